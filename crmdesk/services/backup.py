"""Backups: one file holding a consistent copy of the database and a manifest.

A backup is a zip with ``crmdesk.db`` (SQLite's online backup, so it is consistent even while
the app runs) and ``manifest.json`` (app version, schema revision, creation time, SHA-256).
Restore checks all of that before it touches the current database, and keeps a safety copy.

Restore is written for the day the current database is damaged: the safety copy falls back to
a plain copy of the files when SQLite cannot read them; the backup is unpacked in the database's
own folder (a temp folder on another filesystem cannot be renamed into place) and swapped in
with one rename; the old WAL and SHM are moved aside first and deleted only once the swap
succeeded, put back otherwise. The archive is checked against its declared sizes and its
checksum before a byte is written to disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO

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
        try:
            src = sqlite3.connect(database)
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
                src.close()
            revision = schema.read_revision(copy)
        except (sqlite3.DatabaseError, schema.DatabaseDamagedError) as exc:
            raise BackupError(
                f"{database} cannot be backed up: SQLite cannot read it ({exc})."
            ) from exc
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


MAX_MANIFEST_BYTES = 64 * 1024
_BLOCK = 1 << 20


def check_backup_target(target: Path, database: Path, force: bool = False) -> Path:
    """Where ``backup -o target`` may write; refuse the live database and files not ours.

    A target without a suffix gets ``.crmbackup``. The live database (and its WAL/SHM) is never
    replaced; another existing file only with ``force``; an existing .crmbackup is replaced
    (whole or not at all).
    """
    target = target.with_suffix(BACKUP_SUFFIX) if not target.suffix else target
    if target.is_dir():
        raise BackupError(f"{target}: is a folder; give the name of the backup file to write.")
    live = {
        database.absolute(),
        *(database.absolute().with_name(database.name + s) for s in ("-wal", "-shm", "-journal")),
    }
    resolved = target.absolute()
    if resolved in live or (target.exists() and database.exists() and target.samefile(database)):
        raise BackupError(f"{target}: is the live database; a backup cannot replace it.")
    if target.exists() and target.suffix.lower() != BACKUP_SUFFIX and not force:
        raise BackupError(
            f"{target}: the file exists and is not a CRMDesk backup; "
            f"choose another name (ending {BACKUP_SUFFIX}) or add --force to replace it."
        )
    return target


def _read_manifest(path: Path, zf: zipfile.ZipFile) -> tuple[dict[str, object], zipfile.ZipInfo]:
    names = set(zf.namelist())
    if MANIFEST not in names or DB_MEMBER not in names:
        raise BackupError(f"{path} is not a CRMDesk backup (manifest or database missing).")
    if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
        raise BackupError(f"{path} is not a CRMDesk backup (its manifest is too large).")
    manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a CRMDesk backup (unknown format).")
    member = zf.getinfo(DB_MEMBER)
    declared = manifest.get("size")
    if declared is not None and (type(declared) is not int or declared != member.file_size):
        raise BackupError(
            f"{path} is damaged: the database inside is not the size its manifest declares."
        )
    if not isinstance(manifest.get("sha256"), str):
        raise BackupError(f"{path} is not a CRMDesk backup (no checksum in its manifest).")
    return manifest, member


def _stream_member(zf: zipfile.ZipFile, member: zipfile.ZipInfo, out: IO[bytes] | None) -> str:
    """Unpack ``member`` (into ``out`` if given) reading no more than it declares; its SHA-256."""
    digest = hashlib.sha256()
    left = member.file_size
    with zf.open(member) as src:
        while block := src.read(min(_BLOCK, left + 1)):
            left -= len(block)
            if left < 0:
                raise zipfile.BadZipFile("the database is larger than declared")
            digest.update(block)
            if out is not None:
                out.write(block)
    return digest.hexdigest()


def verify_backup(path: Path, extract_to: Path | None = None) -> BackupInfo:
    """Check ``path`` is a complete CRMDesk backup this version can open; raise BackupError if not.

    With ``extract_to`` the verified database is left at that path; it is unpacked in that
    path's folder (never the system temp folder, which may be another filesystem). Nothing is
    written before the checksum of the packed database proved right, and the disk must have
    room for its declared size.
    """
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file.")
    work_dir = extract_to.parent if extract_to is not None else None
    try:
        with zipfile.ZipFile(path) as zf:
            manifest, member = _read_manifest(path, zf)
            # first pass: checksum only, nothing written (a 2 MB zip may unpack to 2 GB)
            if _stream_member(zf, member, None) != manifest["sha256"]:
                raise BackupError(f"{path} is damaged: its checksum does not match.")
            if work_dir is not None:
                work_dir.mkdir(parents=True, exist_ok=True)
                free = shutil.disk_usage(work_dir).free
                if member.file_size > free:
                    raise BackupError(
                        f"{path}: there is not enough free disk space to restore it "
                        f"({member.file_size // 1_000_000 + 1} MB needed)."
                    )
            with tempfile.TemporaryDirectory(dir=work_dir, prefix=".crmdesk-restore-") as tmp:
                db = Path(tmp) / DB_MEMBER
                with db.open("wb") as dst:
                    if _stream_member(zf, member, dst) != manifest["sha256"]:
                        raise BackupError(f"{path} is damaged: its checksum does not match.")
                revision = schema.read_revision(db)
                schema.check_not_newer(path, revision)
                if extract_to is not None:
                    os.replace(db, extract_to)
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError, KeyError) as exc:
        raise BackupError(f"{path} is not a readable CRMDesk backup ({exc}).") from exc
    except (schema.DatabaseDamagedError, sqlite3.DatabaseError) as exc:
        raise BackupError(f"{path}: the database inside is damaged ({exc}).") from exc
    except schema.DatabaseTooNewError as exc:
        raise BackupError(str(exc)) from exc
    except (OSError, EOFError, zlib.error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise BackupError(f"{path} could not be read ({reason}).") from exc
    return BackupInfo(
        path,
        str(manifest.get("app_version", "")),
        revision,
        str(manifest.get("created_at", "")),
        str(manifest["sha256"]),
    )


def _safety_copy(database: Path, backups_dir: Path) -> Path | None:
    """Keep what ``database`` holds now: a backup, or the raw files when SQLite cannot read it.

    The raw copy (``before-restore-*.damaged.db`` plus its WAL) is not a .crmbackup, so it is
    never offered as "the latest backup"; it is there for a specialist's recovery tools.
    """
    if not database.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backups_dir / f"before-restore-{stamp}{BACKUP_SUFFIX}"
    try:
        create_backup(database, safety)
        return safety
    except BackupError as exc:
        log.warning("safety backup impossible (%s); copying the files as they are", exc)
    raw = backups_dir / f"before-restore-{stamp}.damaged.db"
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, raw)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, raw.with_name(raw.name + "-wal"))
    except OSError as exc:
        raise BackupError(
            f"{database}: not even a plain copy of the current database could be kept "
            f"({exc.strerror}); nothing was restored."
        ) from exc
    return raw


def restore_backup(path: Path, database: Path, backups_dir: Path) -> Path | None:
    """Replace ``database`` with the backup at ``path``; return the safety copy made first.

    Every open connection to ``database`` must be closed by the caller, and the caller holds
    the data folder's lock (services.folder_lock). A bad backup raises BackupError and changes
    nothing; so does a swap the system refuses.
    """
    staged = database.with_name(database.name + ".restoring")
    verify_backup(path, extract_to=staged)
    safety: Path | None = None
    aside: list[tuple[Path, Path]] = []
    try:
        safety = _safety_copy(database, backups_dir)
        # the old WAL/SHM must not meet the new file, but they hold saved work until the swap
        for suffix in ("-wal", "-shm"):
            side = database.with_name(database.name + suffix)
            if side.exists():
                moved = side.with_name(side.name + ".before-restore")
                os.replace(side, moved)
                aside.append((moved, side))
        try:
            os.replace(staged, database)
        except OSError as exc:
            for moved, side in reversed(aside):
                os.replace(moved, side)
            aside = []
            raise BackupError(
                f"{database} could not be replaced ({exc.strerror}); it was left as it was."
            ) from exc
        for moved, _side in aside:
            with contextlib.suppress(OSError):
                moved.unlink()
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
