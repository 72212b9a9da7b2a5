"""Backups: one file holding a consistent copy of the database and a manifest.

A backup is a zip with ``crmdesk.db`` (SQLite's online backup, so it is consistent even while
the app runs) and ``manifest.json`` (app version, schema revision, creation time, SHA-256).
Restore checks all of that before it touches the current database, and keeps a safety copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from crmdesk import __version__
from crmdesk.db import schema
from crmdesk.domain.errors import UserError
from crmdesk.domain.retention import backups_to_keep

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".crmbackup"
MANIFEST = "manifest.json"
DB_MEMBER = "crmdesk.db"
FORMAT = "crmdesk-backup"


class BackupError(UserError):
    """A backup file that cannot be made or used; the message names the file."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    app_version: str
    schema_revision: str | None
    created_at: str
    sha256: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def create_backup(database: Path, target: Path) -> BackupInfo:
    """Write a backup of ``database`` to ``target`` (a new file; written whole or not at all)."""
    if not database.exists():
        raise BackupError(f"{database}: there is no database to back up yet.")
    target = target.with_suffix(BACKUP_SUFFIX) if not target.suffix else target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        copy = Path(tmp) / DB_MEMBER
        src = sqlite3.connect(database)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        revision = schema.read_revision(copy)
        info = {
            "format": FORMAT,
            "version": 1,
            "app_version": __version__,
            "schema_revision": revision,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "sha256": _sha256(copy),
            "size": copy.stat().st_size,
        }
        partial = Path(tmp) / "partial.zip"
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(info, indent=2))
                zf.write(copy, DB_MEMBER)
            os.replace(partial, target)
        except OSError as exc:
            raise BackupError(
                f"{target}: the backup could not be written ({exc.strerror})."
            ) from exc
    log.info("backup written to %s", target)
    return BackupInfo(target, __version__, revision, str(info["created_at"]), str(info["sha256"]))


def verify_backup(path: Path, extract_to: Path | None = None) -> BackupInfo:
    """Check ``path`` is a complete CRMDesk backup this version can open; raise BackupError if not.

    With ``extract_to`` the verified database is left at that path.
    """
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file.")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names or DB_MEMBER not in names:
                raise BackupError(f"{path} is not a CRMDesk backup (manifest or database missing).")
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BackupError(f"{path} is not a CRMDesk backup (unknown format).")
            with tempfile.TemporaryDirectory() as tmp:
                db = Path(tmp) / DB_MEMBER
                with zf.open(DB_MEMBER) as src, db.open("wb") as dst:
                    while block := src.read(1 << 20):
                        dst.write(block)
                if _sha256(db) != manifest.get("sha256"):
                    raise BackupError(f"{path} is damaged: its checksum does not match.")
                revision = schema.read_revision(db)
                schema.check_not_newer(path, revision)
                if extract_to is not None:
                    extract_to.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(db, extract_to)
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError, KeyError) as exc:
        raise BackupError(f"{path} is not a readable CRMDesk backup ({exc}).") from exc
    except schema.DatabaseDamagedError as exc:
        raise BackupError(f"{path}: the database inside is damaged ({exc}).") from exc
    except schema.DatabaseTooNewError as exc:
        raise BackupError(str(exc)) from exc
    except OSError as exc:
        raise BackupError(f"{path} could not be read ({exc.strerror}).") from exc
    return BackupInfo(
        path,
        str(manifest.get("app_version", "")),
        revision,
        str(manifest.get("created_at", "")),
        str(manifest["sha256"]),
    )


def restore_backup(path: Path, database: Path, backups_dir: Path) -> Path | None:
    """Replace ``database`` with the backup at ``path``; return the safety copy made first.

    Every open connection to ``database`` must be closed by the caller. A bad backup raises
    BackupError and changes nothing.
    """
    staged = database.with_name(database.name + ".restoring")
    verify_backup(path, extract_to=staged)
    safety: Path | None = None
    try:
        if database.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = backups_dir / f"before-restore-{stamp}{BACKUP_SUFFIX}"
            create_backup(database, safety)
        for suffix in ("-wal", "-shm"):
            side = database.with_name(database.name + suffix)
            if side.exists():
                side.unlink()
        os.replace(staged, database)
    finally:
        if staged.exists():
            staged.unlink()
    log.info("restored %s from %s (safety copy %s)", database, path, safety)
    return safety


def daily_backup(
    database: Path, backups_dir: Path, today: dt.date, keep_daily: int = 7, keep_weekly: int = 4
) -> Path | None:
    """Take today's automatic backup if there is none yet, then rotate old ones."""
    if not database.exists():
        return None
    target = backups_dir / f"daily-{today.isoformat()}{BACKUP_SUFFIX}"
    made = None
    if not target.exists():
        create_backup(database, target)
        made = target
    rotate(backups_dir, keep_daily, keep_weekly)
    return made


def rotate(backups_dir: Path, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete automatic backups that the 7-daily/4-weekly policy does not keep; return them."""
    dated: dict[dt.date, Path] = {}
    for file in backups_dir.glob(f"daily-*{BACKUP_SUFFIX}"):
        try:
            dated[dt.date.fromisoformat(file.name[6:16])] = file
        except ValueError:
            continue
    keep = backups_to_keep(dated, keep_daily, keep_weekly)
    removed = [file for day, file in dated.items() if day not in keep]
    for file in removed:
        file.unlink()
    return removed


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups in ``backups_dir``, newest first."""
    return sorted(
        backups_dir.glob(f"*{BACKUP_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True
    )
