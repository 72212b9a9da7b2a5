"""Wizard drafts: what the owner has typed so far, saved every few seconds to the drafts folder.

A draft is a small JSON file (``DataDir.drafts/<id>.json``) holding the wizard's form exactly as
typed (half-typed numbers included) plus, when the form already makes a valid plan, that plan
in the ``crmdesk-plan`` format, so even a draft can be opened by hand. A draft is deleted when
the wizard finishes or the user discards it; one left behind by a crash is offered at the next
start. Files are written atomically (temp file + ``os.replace``), so a crash during the write
leaves the previous draft intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crmdesk.domain.planning.form.build import build_plan
from crmdesk.domain.planning.form.model import PlanForm, form_from_dict, form_to_dict
from crmdesk.domain.planning.planfile import plan_to_dict

log = logging.getLogger(__name__)

FORMAT = "crmdesk-plan-draft"
VERSION = 1
_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Draft:
    """A saved draft: its id, the plan it edits (None for a new plan), name and time saved."""

    id: str
    plan_id: int | None
    name: str
    saved_at: dt.datetime
    form: PlanForm


def new_draft_id() -> str:
    """A fresh id for a wizard session's draft file."""
    return uuid.uuid4().hex


def _path(folder: Path, draft_id: str) -> Path:
    if not _ID.match(draft_id):
        raise ValueError(f"not a draft id: {draft_id!r}")
    return folder / f"{draft_id}.json"


def save_draft(folder: Path, draft_id: str, form: PlanForm, plan_id: int | None = None) -> Path:
    """Write (or overwrite) the draft ``draft_id``; returns its path. OSError propagates."""
    result = build_plan(form)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(),
        "plan_id": plan_id,
        "name": form.get("scope.name").strip(),
        "form": form_to_dict(form),
    }
    if result.ok:
        data["plan"] = plan_to_dict(result.plan)
    path = _path(folder, draft_id)
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def _read(path: Path) -> Draft | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a draft")
        saved = dt.datetime.fromisoformat(str(data["saved_at"]))
        if saved.tzinfo is None:
            saved = saved.replace(tzinfo=dt.UTC)
        plan_id = data.get("plan_id")
        return Draft(
            id=path.stem,
            plan_id=plan_id if isinstance(plan_id, int) else None,
            name=str(data.get("name", "")),
            saved_at=saved,
            form=form_from_dict(data.get("form")),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("ignoring unreadable draft %s: %s", path, error)
        return None


def list_drafts(folder: Path) -> list[Draft]:
    """Drafts in ``folder``, newest first; unreadable files are skipped (and logged)."""
    if not folder.is_dir():
        return []
    drafts = [
        draft
        for path in folder.glob("*.json")
        if _ID.match(path.stem) and (draft := _read(path)) is not None
    ]
    return sorted(drafts, key=lambda d: d.saved_at, reverse=True)


def load_draft(folder: Path, draft_id: str) -> Draft | None:
    """One draft, or None if it is gone or unreadable."""
    return _read(_path(folder, draft_id))


def delete_draft(folder: Path, draft_id: str) -> None:
    """Remove a draft (finished or discarded); a missing file is fine."""
    with contextlib.suppress(FileNotFoundError):
        _path(folder, draft_id).unlink()
