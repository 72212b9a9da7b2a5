"""Evaluation scorecards: kept in the database with the plans, and read from / written to
``crmdesk-evaluation`` JSON files (the sibling of the plan file).

A scorecard belongs to a set of compared plans, found by their names in any order; loading
it for a comparison puts its candidates in the comparison's order (``matched_to``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.engine import Database
from crmdesk.db.models import PlanEvaluation
from crmdesk.domain.dates import utcnow
from crmdesk.domain.errors import UserError, ValidationError
from crmdesk.domain.planning.evaluation import Evaluation, validate_evaluation
from crmdesk.domain.planning.evaluation_file import (
    evaluation_from_json,
    evaluation_to_json,
    matched_to,
)
from crmdesk.services.planning.files import read_json_text

log = logging.getLogger(__name__)

MAX_EVALUATION_BYTES = 5 * 1024 * 1024


class EvaluationFileError(UserError):
    """An evaluation file that cannot be read or written; the message names the file
    (and ``field`` the value at fault when it was readable but invalid)."""

    def __init__(self, path: Path, message: str, field: str = "") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.field = field


def _key(names: Sequence[str]) -> str:
    return json.dumps(sorted(names), ensure_ascii=False)


def add_evaluation(session: Session, evaluation: Evaluation) -> int:
    """Store ``evaluation`` in the caller's transaction, replacing the one kept for the same
    candidates; return its id. ``ValidationError`` if the weights do not add up to 100."""
    validate_evaluation(evaluation)
    key = _key(evaluation.candidates)
    row = session.scalar(select(PlanEvaluation).where(PlanEvaluation.candidates == key))
    if row is None:
        row = PlanEvaluation(candidates=key)
        session.add(row)
    row.data = evaluation_to_json(evaluation)
    row.updated_at = utcnow()
    session.flush()
    return row.id


def save_evaluation(db: Database, evaluation: Evaluation) -> int:
    """Save the scorecard of the compared plans ``evaluation.candidates``; its id."""
    with db.session() as session:
        evaluation_id = add_evaluation(session, evaluation)
    log.info("saved evaluation %s", evaluation_id)
    return evaluation_id


def load_evaluation(db: Database, names: Sequence[str]) -> Evaluation | None:
    """The scorecard kept for the plans ``names`` (in that order), or None if there is none."""
    with db.session() as session:
        data = session.scalar(
            select(PlanEvaluation.data).where(PlanEvaluation.candidates == _key(names))
        )
    if data is None:
        return None
    return matched_to(evaluation_from_json(data), names)


def load_evaluation_file(path: str | os.PathLike[str]) -> Evaluation:
    """Read and validate an evaluation file; ``EvaluationFileError`` names the file and field."""
    file = Path(path)
    text = read_json_text(file, MAX_EVALUATION_BYTES, EvaluationFileError, "an evaluation")
    try:
        evaluation = evaluation_from_json(text)
    except ValidationError as error:
        raise EvaluationFileError(file, str(error), error.field) from None
    log.info("opened evaluation %s", file)
    return evaluation


def save_evaluation_file(evaluation: Evaluation, path: str | os.PathLike[str]) -> Path:
    """Write the scorecard as UTF-8 JSON atomically (a temp file, then ``os.replace``)."""
    file = Path(path)
    payload = evaluation_to_json(validate_evaluation(evaluation)).encode("utf-8")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{file.name}.", suffix=".tmp", dir=file.parent
        )
    except OSError as error:
        raise EvaluationFileError(file, f"cannot be written ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, file)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise EvaluationFileError(file, f"cannot be written ({error.strerror or error})") from None
    log.info("saved evaluation %s", file)
    return file
