"""Wizard drafts: saved as typed, listed newest first, unreadable ones skipped, deleted."""

from __future__ import annotations

import json
import time

from crmdesk.paths import DataDir
from crmdesk.services.planning import drafts as plan_drafts
from tests.unit.domain.planning.form.test_form import filled_form


def test_a_draft_keeps_half_typed_text_and_the_plan(data_dir: DataDir) -> None:
    form = filled_form()
    form.set("benefits.uplift", "5%%")  # not yet a number
    draft_id = plan_drafts.new_draft_id()
    path = plan_drafts.save_draft(data_dir.drafts, draft_id, form, plan_id=7)
    [draft] = plan_drafts.list_drafts(data_dir.drafts)
    assert (draft.id, draft.plan_id, draft.name) == (draft_id, 7, "Sales team CRM")
    assert draft.form == form
    assert "plan" not in json.loads(path.read_text(encoding="utf-8"))  # not valid yet
    form.set("benefits.uplift", "5%")
    plan_drafts.save_draft(data_dir.drafts, draft_id, form)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["plan"]["format"] == "crmdesk-plan" and data["plan"]["users"] == 8


def test_drafts_are_listed_newest_first_and_damaged_ones_skipped(data_dir: DataDir) -> None:
    older, newer = plan_drafts.new_draft_id(), plan_drafts.new_draft_id()
    plan_drafts.save_draft(data_dir.drafts, older, filled_form())
    time.sleep(0.01)
    plan_drafts.save_draft(data_dir.drafts, newer, filled_form())
    (data_dir.drafts / f"{'0' * 32}.json").write_text("{ not json", encoding="utf-8")
    assert [d.id for d in plan_drafts.list_drafts(data_dir.drafts)] == [newer, older]
    plan_drafts.delete_draft(data_dir.drafts, newer)
    plan_drafts.delete_draft(data_dir.drafts, newer)  # already gone: fine
    assert [d.id for d in plan_drafts.list_drafts(data_dir.drafts)] == [older]
    assert list(data_dir.drafts.glob("*.tmp")) == []
