"""The ``crmdesk`` command line (see ARCHITECTURE.md, "Command line": it is a contract).

Exit status 0 on success, 2 on a user error with a one-line message on stderr naming the file,
row or field at fault. No Qt is imported unless the GUI is asked for.

Each sub-command group has a ``_add_<group>`` function that declares its arguments and a
``cmd_<group>_<action>`` handler; handlers return the exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crmdesk import __version__
from crmdesk.domain.errors import UserError
from crmdesk.paths import DataDir, resolve_data_dir

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER_ERROR = 2
MAX_DEMO_CUSTOMERS = 200_000  # twice the size the app is measured at; more is a typo
PRIVATE_UMASK = 0o077  # POSIX: what this process creates is the user's alone (0600, 0700)

_held_locks: list[Any] = []  # the data-folder lock of this command, released by main()


def _data_dir(args: argparse.Namespace) -> DataDir:
    data_dir = DataDir(resolve_data_dir(args.data_dir))
    try:
        return data_dir.ensure()
    except OSError as exc:
        if data_dir.root.is_dir():
            return data_dir  # a read-only folder: reading still works
        raise UserError(
            f"{data_dir.root}: the data folder cannot be made ({exc.strerror})"
        ) from exc


def _lock(args: argparse.Namespace) -> DataDir:
    """Hold the data folder's lock for the rest of the command (one writer per folder)."""
    from crmdesk.services.folder_lock import FolderLock

    data_dir = _data_dir(args)
    if not _held_locks:
        _held_locks.append(FolderLock(data_dir.root).acquire())
    return data_dir


def _open_db(args: argparse.Namespace, write: bool = True) -> Any:
    """The data folder's database; a command that writes holds the folder's lock first.

    With ``--database-url``: the shared database, signed in as ``--user`` (the server keeps
    several writers apart itself; there is no folder to lock).
    """
    if getattr(args, "database_url", None):
        from crmdesk import cli_team

        return cli_team.open_shared(args)
    from crmdesk.db.engine import folder_is_writable
    from crmdesk.services.storage import open_database

    data_dir = _data_dir(args)
    if write:
        _lock(args)
    elif folder_is_writable(data_dir.database):
        from crmdesk.services.folder_lock import FolderLock

        # a reader upgrades an old database only while no one else has the folder open
        lock = FolderLock(data_dir.root)
        if lock.try_acquire():
            _held_locks.append(lock)
    return open_database(data_dir)


def _print_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


# --- backup / restore ----------------------------------------------------------------------


def _add_backup(sub: Any) -> None:
    p = sub.add_parser("backup", help="write a backup of the database to one file")
    p.add_argument("-o", "--output", type=Path, help="backup file (default: DIR/backups/...)")
    p.add_argument(
        "--force", action="store_true", help="replace an existing file that is not a backup"
    )
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="replace the database with a backup (keeps a safety copy)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    import datetime as dt

    from crmdesk.services.backup import BACKUP_SUFFIX, check_backup_target, create_backup

    data_dir = _data_dir(args)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = args.output or data_dir.backups / f"crmdesk-{stamp}{BACKUP_SUFFIX}"
    target = check_backup_target(target, data_dir.database, force=args.force)
    if args.database_url:  # a shared database: the same .crmbackup, a SQLite file inside
        from crmdesk.services.team.transfer import backup_server

        shared = _open_db(args)
        try:
            backup_server(shared, target)
        finally:
            shared.dispose()
        print(target)
        return EXIT_OK
    # a backup only reads (SQLite's online backup is consistent beside a running app); an old
    # database is upgraded first when the folder is free, so the backup is current
    db = _open_db(args, write=False)
    db.dispose()
    info = create_backup(data_dir.database, target)
    print(info.path)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from crmdesk.services.backup import restore_backup

    if args.database_url:
        raise UserError(
            "restore: a backup restores into a data folder (--data-dir); to move it to the"
            " shared database, restore it there first, then `migrate --to URL`"
        )
    # another process writing beside a restore would lose its work into the replaced file
    data_dir = _lock(args)
    safety = restore_backup(args.file, data_dir.database, data_dir.backups)
    print(f"restored {args.file}" + (f" (previous database saved as {safety})" if safety else ""))
    return EXIT_OK


# --- demo data -----------------------------------------------------------------------------


def _add_demo(sub: Any) -> None:
    p = sub.add_parser("demo-data", help="add realistic bilingual sample data")
    p.add_argument("--customers", type=int, default=200, metavar="N")
    p.add_argument(
        "--lang",
        dest="demo_lang",
        choices=("en", "zh_CN"),
        default=None,
        help="language of the sample data (default: the language set in Settings)",
    )
    p.set_defaults(handler=cmd_demo_data)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from crmdesk.services.demo.data import generate_demo

    if not 0 <= args.customers <= MAX_DEMO_CUSTOMERS:
        raise UserError(f"--customers: must be between 0 and {MAX_DEMO_CUSTOMERS:,}")
    db = _open_db(args)
    language = args.demo_lang or args.lang
    if language is None:
        from crmdesk import settings
        from crmdesk.i18n import resolve_language

        options = settings.Settings(DataDir(resolve_data_dir(args.data_dir)).settings_file)
        language = resolve_language(options.get(settings.LANGUAGE))
    added = generate_demo(db, args.customers, progress=_print_progress, language=language)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"added {added} demo customers")
    return EXIT_OK


# --- customers -----------------------------------------------------------------------------


def _add_customers(sub: Any) -> None:
    p = sub.add_parser("customers", help="list and search customers")
    actions = p.add_subparsers(dest="action", required=True)
    lst = actions.add_parser("list", help="list customers")
    lst.add_argument("--search", default=None, metavar="TEXT")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(handler=cmd_customers_list)


def cmd_customers_list(args: argparse.Namespace) -> int:
    from crmdesk.services.customers.store import list_customers, load_inputs

    db = _open_db(args, write=False)
    rows = list_customers(db, search=args.search)
    if args.json:
        inputs = load_inputs(db, [r.id for r in rows])
        data = []
        for r in rows:
            full = inputs[r.id]
            data.append(
                {
                    "id": r.id,
                    "name": r.name,
                    "company": r.company,
                    "phone": r.phone,
                    "email": r.email,
                    "phones": full.phones,
                    "emails": full.emails,
                    "wechat": full.wechat,
                    "qq": full.qq,
                    "title": full.title,
                    "address": full.address,
                    "birthday": full.birthday.isoformat() if full.birthday else None,
                    "stage": r.stage,
                    "tags": list(r.tags),
                    "notes": full.notes,
                    "created_at": r.created_at.isoformat(),
                }
            )
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        print("\t".join((str(r.id), r.name, r.company, r.phone, r.email)))
    return EXIT_OK


# --- export --------------------------------------------------------------------------------


def _add_export(sub: Any) -> None:
    p = sub.add_parser("export", help="export records to a file")
    actions = p.add_subparsers(dest="action", required=True)
    # each exported kind declares its action here in its own _add_export_<kind>(actions)
    _add_export_followups(actions)
    _add_export_customers(actions)


def _add_export_followups(actions: Any) -> None:
    p = actions.add_parser("followups", help="export follow-ups to an iCalendar (.ics) file")
    p.add_argument("file", type=Path, metavar="FILE.ics")
    p.add_argument("--all", action="store_true", help="include done and cancelled ones too")
    p.set_defaults(handler=cmd_export_followups)


def cmd_export_followups(args: argparse.Namespace) -> int:
    from crmdesk.services.followups.ical import export_followups

    count = export_followups(_open_db(args, write=False), args.file, include_closed=args.all)
    print(f"exported {count} follow-ups to {args.file}")
    return EXIT_OK


def _add_export_customers(actions: Any) -> None:
    p = actions.add_parser("customers", help="export customers to .csv (UTF-8 with BOM) or .xlsx")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--search", default=None, metavar="TEXT", help="only customers matching TEXT")
    p.set_defaults(handler=cmd_export_customers)


def cmd_export_customers(args: argparse.Namespace) -> int:
    from crmdesk.services.customers.export import export_customers

    count = export_customers(_open_db(args, write=False), args.file, search=args.search)
    print(f"exported {count} customers to {args.file}")
    return EXIT_OK


# --- import --------------------------------------------------------------------------------


def _add_import(sub: Any) -> None:
    p = sub.add_parser("import", help="import records from a file, or undo an import")
    actions = p.add_subparsers(dest="action", required=True)
    c = actions.add_parser(
        "customers", help="import customers from CSV (any common encoding), XLSX or vCard .vcf"
    )
    c.add_argument("file", type=Path, metavar="FILE")
    c.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    c.add_argument(
        "--update",
        action="store_true",
        help="update customers with the same phone or e-mail (default: skip those rows)",
    )
    c.set_defaults(handler=cmd_import_customers)
    u = actions.add_parser("undo", help="undo a whole customer import (default: the latest)")
    u.add_argument("batch", type=int, nargs="?", default=None, metavar="BATCH")
    u.set_defaults(handler=cmd_import_undo)


def cmd_import_customers(args: argparse.Namespace) -> int:
    from crmdesk.services.customers.imports import import_customers

    report = import_customers(
        _open_db(args),
        args.file,
        dry_run=args.dry_run,
        update_existing=args.update,
        progress=_print_progress,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    dupes = len(report.duplicates)
    if report.dry_run:
        verb = "would update" if report.update_existing else "would skip"
        print(
            f"dry run of {report.source} ({report.rows} rows): {report.new} new, "
            f"{dupes} duplicates ({verb}), {len(report.invalid)} invalid, "
            f"{len(report.kept)} values kept in the notes; nothing was written"
        )
    else:
        print(
            f"imported {report.source}: {report.new} new, {report.updated} updated, "
            f"{dupes - report.updated} duplicates skipped, {len(report.invalid)} invalid, "
            f"{len(report.kept)} values kept in the notes "
            f"(batch {report.batch_id}; undo with: crmdesk import undo {report.batch_id})"
        )
    for d in report.duplicates:
        what = (
            f"same {d.match} as customer {d.customer_id} ({d.customer_name})"
            if d.customer_id is not None
            else f"same {d.match} as row {d.earlier_row}"
        )
        print(f"row {d.row}: duplicate: {d.name}: {what}")
    for problem in report.invalid:
        print(f"row {problem.row}: invalid: {problem.field}: {problem.message}")
    for problem in report.kept:
        print(f"row {problem.row}: kept: {problem.field}: {problem.message}")
    for warning in report.warnings:
        print(f"warning: {warning.message}")
    return EXIT_OK


def cmd_import_undo(args: argparse.Namespace) -> int:
    from crmdesk.services.customers.imports import undo_import

    result = undo_import(_open_db(args), args.batch)
    print(
        f"undid import {result.batch_id} ({result.source}): {result.removed} customers removed, "
        f"{result.binned} moved to the recycle bin (they have follow-ups or tickets), "
        f"{result.restored} restored to their earlier values"
    )
    return EXIT_OK


# --- plan ----------------------------------------------------------------------------------


def _add_plan(sub: Any) -> None:
    p = sub.add_parser("plan", help="CRM budget plans")
    actions = p.add_subparsers(dest="action", required=True)
    _add_plan_metrics(actions)
    _add_plan_report(actions)
    _add_plan_actual(actions)
    _add_plan_wizard(actions)


def _add_plan_metrics(actions: Any) -> None:
    p = actions.add_parser("metrics", help="compute a plan's metrics from a plan file")
    p.add_argument("plan", type=Path, metavar="PLAN.json")
    p.add_argument("--json", action="store_true", help="print one JSON object (the contract)")
    p.set_defaults(handler=cmd_plan_metrics)


def cmd_plan_metrics(args: argparse.Namespace) -> int:
    from crmdesk.domain.planning.metrics import compute_metrics, metrics_to_json
    from crmdesk.domain.planning.metrics_text import metrics_to_text
    from crmdesk.services.planning.files import load_plan_file

    metrics = compute_metrics(load_plan_file(args.plan))
    if args.json:
        print(json.dumps(metrics_to_json(metrics), ensure_ascii=False, indent=2))
    else:
        print(metrics_to_text(metrics))
    return EXIT_OK


def _add_plan_report(actions: Any) -> None:
    p = actions.add_parser("report", help="print a plan as a PDF budget report")
    p.add_argument("plan", type=Path, metavar="PLAN.json")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    # own dest: the hidden global --lang (for the GUI) must not be overwritten by a default
    p.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "zh_CN"),
        default=None,
        help="report language (default: the language set in Settings)",
    )
    p.add_argument(
        "--paper", choices=("A4", "Letter"), default=None, help="paper size (default: Settings, A4)"
    )
    p.add_argument(
        "--compare",
        type=Path,
        action="append",
        default=[],
        metavar="OTHER.json",
        help="add a scenario comparison with up to three other plans",
    )
    p.add_argument(
        "--evaluation",
        type=Path,
        default=None,
        metavar="EVAL.json",
        help="with --compare: print a weighted evaluation scorecard (crmdesk-evaluation file)",
    )
    p.add_argument(
        "--baseline",
        default=None,
        metavar="PLAN|N|do-nothing",
        help="with --compare: measure the other plans against this one (its file, its"
        " position 1.. with PLAN.json first, or do-nothing for a plan with no CRM)",
    )
    p.set_defaults(handler=cmd_plan_report)


def _baseline_position(choice: str, files: list[Path]) -> int | None:
    """The position of ``--baseline`` among the plans, or None for do-nothing (added last)."""
    if choice.strip().lower() in ("do-nothing", "nothing", "none"):
        return None
    if choice.strip().isdigit():
        position = int(choice)
        if not 1 <= position <= len(files):
            raise UserError(f"--baseline: give a position from 1 to {len(files)}, not {choice}")
        return position - 1
    wanted = Path(choice).resolve()
    for i, file in enumerate(files):
        if file.resolve() == wanted:
            return i
    raise UserError(f"--baseline: {choice} is not one of the plans compared")


def cmd_plan_report(args: argparse.Namespace) -> int:
    from crmdesk import settings
    from crmdesk.i18n import install_translators, resolve_language, translate
    from crmdesk.reports.budget.report import build_budget_report
    from crmdesk.services.planning.files import load_plan_file

    output: Path = args.output
    if output.is_dir():
        raise UserError(f"{output}: is a folder; give the name of the PDF file to write")
    if not output.parent.is_dir():
        raise UserError(f"{output}: the folder {output.parent} does not exist")
    # reading settings must not create a data dir that does not exist yet
    data_dir = DataDir(resolve_data_dir(args.data_dir))
    options = settings.Settings(data_dir.settings_file)
    if data_dir.database.is_file():
        from crmdesk.services.business import DatabaseBusinessStore
        from crmdesk.services.storage import Database

        # the company name and paper size belong to the business: they live in the database
        report_db = Database(data_dir.database)
        options.attach_store(DatabaseBusinessStore(lambda: report_db))
    lang = args.report_lang or args.lang or resolve_language(options.get(settings.LANGUAGE))
    paper = args.paper or options.get(settings.REPORT_PAPER)
    plan = load_plan_file(args.plan)
    comparison = None
    if args.compare:
        from crmdesk.domain.planning.scenarios import compare_plans

        if len(args.compare) > 3:
            raise UserError("--compare: at most three other plans")
        plans = [plan, *(load_plan_file(f) for f in args.compare)]
        baseline = None
        if args.baseline is not None:
            from crmdesk.domain.planning.scenarios import do_nothing_plan

            baseline = _baseline_position(args.baseline, [args.plan, *args.compare])
            if baseline is None:
                if len(plans) > 3:
                    raise UserError("--baseline do-nothing: compare at most two other plans")
                install_translators(lang)
                plans.append(do_nothing_plan(plan, translate("Report", "Do nothing")))
                baseline = len(plans) - 1
        comparison = compare_plans(plans, baseline)
    elif args.baseline is not None:
        raise UserError("--baseline: needs --compare")
    evaluation = None
    if args.evaluation is not None:
        evaluation = _evaluation_result(args.evaluation, comparison)
    install_translators(lang)
    build_budget_report(
        plan,
        output,
        lang=lang,
        paper=paper,
        company=options.get(settings.COMPANY_NAME),
        comparison=comparison,
        evaluation=evaluation,
        profile=settings.company_profile(options),
    )
    from crmdesk.reports.fonts import no_font_message, report_fonts

    if not report_fonts().embedded:
        print(f"warning: {no_font_message()}", file=sys.stderr)
    print(output)
    return EXIT_OK


def _evaluation_result(path: Path, comparison: Any) -> Any:
    """The scorecard of ``path`` scored against the compared plans (names must match)."""
    from crmdesk.domain.planning.evaluation import evaluate
    from crmdesk.domain.planning.evaluation_file import matched_to
    from crmdesk.services.planning.evaluations import load_evaluation_file

    if comparison is None:
        raise UserError("--evaluation: needs --compare with the plans it scores")
    evaluation = load_evaluation_file(path)
    names = [m.plan.name for m in comparison.metrics]
    if sorted(evaluation.candidates) != sorted(names):
        raise UserError(
            f"{path}: candidates: {', '.join(evaluation.candidates)} do not match the compared"
            f" plans {', '.join(names)}"
        )
    return evaluate(matched_to(evaluation, names), comparison.metrics)


def _add_plan_actual(actions: Any) -> None:
    p = actions.add_parser(
        "actual", help="print a saved plan's plan-versus-actual report with its realised return"
    )
    p.add_argument("plan", metavar="PLAN", help="the saved plan's number or exact name")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument(
        "--as-of",
        default=None,
        metavar="YYYY-MM-DD",
        help="measure spending and realised return up to the end of this day (default:"
        " yesterday), so a reprint for the same date is identical",
    )
    p.add_argument("--lang", dest="report_lang", choices=("en", "zh_CN"), default=None)
    p.add_argument("--paper", choices=("A4", "Letter"), default=None)
    p.set_defaults(handler=cmd_plan_actual)


def cmd_plan_actual(args: argparse.Namespace) -> int:
    import datetime as dt

    from crmdesk import settings
    from crmdesk.i18n import install_translators, resolve_language
    from crmdesk.reports.spending.plan_vs_actual import write_plan_vs_actual
    from crmdesk.services.business import DatabaseBusinessStore
    from crmdesk.services.clock import local_zone
    from crmdesk.services.planning.store import list_plans
    from crmdesk.services.spending.actuals import plan_vs_actual
    from crmdesk.services.spending.realised import default_as_of, realised_return

    output: Path = args.output
    if output.is_dir() or not output.parent.is_dir():
        raise UserError(f"{output}: give the name of a PDF file in an existing folder")
    tz = local_zone()
    if args.as_of is None:
        as_of = default_as_of(dt.datetime.now(tz).date())
    else:
        try:
            as_of = dt.date.fromisoformat(args.as_of)
        except ValueError:
            raise UserError(f"--as-of: {args.as_of} is not a date written YYYY-MM-DD") from None
    db = _open_db(args)
    saved = list_plans(db)
    chosen = [p for p in saved if str(p.id) == args.plan.strip() or p.name == args.plan]
    if not chosen:
        raise UserError(f"{args.plan}: no saved plan has this number or name")
    plan_id = chosen[0].id
    options = settings.Settings(_data_dir(args).settings_file)
    # the company profile and paper size belong to the business: they live in the database
    options.attach_store(DatabaseBusinessStore(lambda: db))
    lang = args.report_lang or args.lang or resolve_language(options.get(settings.LANGUAGE))
    install_translators(lang)
    result = plan_vs_actual(db, plan_id, as_of, tz)
    realised = realised_return(db, plan_id, as_of, tz)
    write_plan_vs_actual(
        output,
        result,
        realised,
        as_of,
        lang,
        company=options.get(settings.COMPANY_NAME),
        paper=args.paper or options.get(settings.REPORT_PAPER),
        profile=settings.company_profile(options),
    )
    print(output)
    return EXIT_OK


def _add_plan_wizard(actions: Any) -> None:
    p = actions.add_parser("wizard", help="open the budget wizard (on a plan file, if given)")
    p.add_argument("plan", type=Path, nargs="?", default=None, metavar="PLAN.json")
    p.set_defaults(handler=cmd_plan_wizard)


def cmd_plan_wizard(args: argparse.Namespace) -> int:
    # the one plan action that needs Qt widgets: imported here, never on other CLI paths
    from crmdesk.ui.planner.standalone import run_wizard

    outcome = run_wizard(_lock(args), args.plan, args.lang)
    if outcome.plan_id is not None:
        print(f"saved plan {outcome.plan_id}" + (f" and {outcome.file}" if outcome.file else ""))
    return EXIT_OK


# --- the parser ----------------------------------------------------------------------------


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only the options a window start takes
    (``--version`` and ``--help`` are then left to the whole parser)."""
    parser = argparse.ArgumentParser(
        prog="crmdesk",
        description="CRMDesk: offline CRM and CRM budget planner.",
        add_help=commands,
        exit_on_error=commands,
    )
    if commands:
        parser.add_argument("--version", action="version", version=f"CRMDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        default=None,
        metavar="DIR",
        help="data folder (default: CRMDESK_DATA_DIR or the per-user folder)",
    )
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lang", default=None, choices=("en", "zh_CN"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--minimised",
        action="store_true",
        help="start in the tray (used when starting with the system)",
    )
    from crmdesk import cli_team

    cli_team.add_global_options(parser)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # one entry per sub-command group; a new group adds its _add_ function here
    for add in (_add_backup, _add_demo, _add_customers, _add_import, _add_export, _add_plan):
        add(sub)
    cli_team.add_commands(sub)
    return parser


def _setup_logging(args: argparse.Namespace) -> None:
    from crmdesk.logs import setup_logging

    # a read-only data dir must not stop a command that only reads
    with contextlib.suppress(OSError):
        setup_logging(DataDir(resolve_data_dir(args.data_dir)).logs, console=False)


def _utf8_when_redirected() -> None:
    """Piped or redirected output is UTF-8 (a GBK or cp1252 locale cannot encode ¥ and 张伟)."""
    for stream in (sys.stdout, sys.stderr):
        if not stream.isatty() and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="replace")


def _quiet_closed_pipe() -> int:
    """``crmdesk customers list | head``: the reader left; end quietly, as `cat` does."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not fail
    return EXIT_OK


def _storage_failure(exc: BaseException) -> str | None:
    """Busy/full/read-only failures from SQLite, SQLAlchemy or the OS, in plain words."""
    from crmdesk.services.storage import explain_storage_error

    return explain_storage_error(exc)


def _run(args: argparse.Namespace) -> int:
    try:
        status = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows here, not in Python's flush at exit
        return status
    except UserError as exc:
        log.info("user error: %s", exc)
        print(f"crmdesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return _quiet_closed_pipe()
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = _storage_failure(exc)
        if message is None:
            raise
        # the log keeps the type only: a failed statement's text may hold personal data
        log.warning("storage failure: %s", type(exc).__name__)
        print(f"crmdesk: {message}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        while _held_locks:
            _held_locks.pop().release()


def _window_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a plain window start, or None when a command, ``--help`` or anything
    else is asked for. Building every command's parser costs about 10 ms of start-up, which a
    double-click does not need; the whole parser then reads (and explains) the rest."""
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; with no command, open the GUI."""
    args = _window_start(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    # personal data: files and folders this process creates are the user's alone (POSIX)
    old_umask = os.umask(PRIVATE_UMASK) if os.name == "posix" else None
    try:
        if args.command is None:
            from crmdesk.app import run_gui

            return run_gui(
                data_dir=args.data_dir,
                smoke=args.smoke,
                lang=args.lang,
                minimised=args.minimised,
                database_url=args.database_url,
                user=args.user,
            )
        _setup_logging(args)
        _utf8_when_redirected()
        try:
            return _run(args)
        except BrokenPipeError:  # raised again while the error message itself was printed
            return _quiet_closed_pipe()
    finally:
        if old_umask is not None:
            os.umask(old_umask)


if __name__ == "__main__":
    sys.exit(main())
