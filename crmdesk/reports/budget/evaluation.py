"""The evaluation scorecard as a section of the comparison report: every criterion with its
group, weight and each candidate's score (the cost-benefit ones with the figure behind them),
the weighted totals and ranks, how robust the ranking is, the stated scoring rule, and the
evidence noted for the typed scores."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from crmdesk.domain.planning.evaluation import EvaluationResult
from crmdesk.domain.planning.evaluation_rules import NO_BENEFITS_RULE, RULES, EngineScore, Metric
from crmdesk.domain.planning.evaluation_text import (
    criterion_label,
    group_label,
    number,
    ranking_sentences,
    robustness_sentence,
)
from crmdesk.i18n import translate
from crmdesk.reports.blocks import data_table, widths
from crmdesk.reports.formats import Formats
from crmdesk.reports.styles import ReportStyles


def _figure(metric: Metric, engine: EngineScore, f: Formats) -> str:
    if engine.figure is None:
        return "\u2014"
    if metric is Metric.NPV or metric is Metric.TCO:
        return f.money(engine.figure, symbol=False)
    if metric is Metric.PAYBACK:
        return f.years(engine.figure)
    return f.ratio(engine.figure)


def evaluation_section(
    result: EvaluationResult, f: Formats, styles: ReportStyles, width: float
) -> list[Flowable]:
    """The scorecard table, the ranking, the robustness sentence, the rule and the notes."""
    evaluation = result.evaluation
    names = list(evaluation.candidates)
    count = len(names)
    flow: list[Flowable] = [
        styles.p(
            translate(
                "Report",
                "Weights in percent add up to 100; scores run from 1 (poor) to 5 (excellent)."
                " A candidate's weighted total is the sum of weight times score divided by"
                " 100, on the same 1-5 scale. Cost-benefit scores come from each plan's"
                " figures (shown in brackets) by the rule below.",
            ),
            styles.body,
        )
    ]
    header = [
        translate("Report", "Criterion"),
        translate("Report", "Weight"),
        *names,
    ]
    rows: list[list[Any]] = []
    group = None
    for criterion in evaluation.criteria:
        if criterion.group is not group:
            group = criterion.group
            rows.append([styles.bold(f.sentence(group_label(criterion)), styles.cell)])
            rows[-1] += [""] * (count + 1)
        cells: list[Any] = [f.sentence(criterion_label(criterion)), f"{number(criterion.weight)}%"]
        for i, name in enumerate(names):
            score = result.scores[i][criterion.key]
            if criterion.metric is not None:
                engine = result.engine[i][criterion.key]
                cells.append(f"{engine.score} ({_figure(criterion.metric, engine, f)})")
            else:
                typed = evaluation.scores.get((name, criterion.key))
                cells.append(
                    "\u2014" if score is None else f"{score}{'*' if typed and typed.note else ''}"
                )
        rows.append(cells)
    rows.append(
        [
            styles.bold(translate("Report", "Weighted total"), styles.cell),
            f"{number(evaluation.weight_sum)}%",
            *[
                styles.bold("\u2014" if t is None else number(t), styles.cell_num)
                for t in result.totals
            ],
        ]
    )
    rows.append(
        [
            translate("Report", "Rank"),
            "",
            *["\u2014" if r is None else str(r) for r in result.ranks],
        ]
    )
    flow.append(
        data_table(
            header,
            rows,
            styles,
            widths(width, [2.6, 0.8] + [1.2] * count),
            numeric=range(1, count + 2),
            keep_last=2,  # "Weighted total" and "Rank" never start a page
        )
    )
    flow.append(Spacer(1, 6))
    flow.append(styles.heading(translate("Report", "Ranking and how robust it is"), 2, 60))
    for line in ranking_sentences(result):
        flow.append(styles.p(f.sentence(line), styles.body))
    flow.append(styles.p(f.sentence(robustness_sentence(result)), styles.body))
    flow.append(styles.heading(translate("Report", "How the cost-benefit scores are set"), 2, 60))
    metrics = {c.metric for c in evaluation.criteria if c.metric is not None}
    for metric in Metric:
        if metric in metrics:
            flow.append(styles.p(translate("Evaluation", RULES[metric]), styles.note))
    if metrics:
        flow.append(styles.p(translate("Evaluation", NO_BENEFITS_RULE), styles.note))
    notes = [
        [name, f.sentence(criterion_label(c)), str(score.value), score.note]
        for name in names
        for c in evaluation.criteria
        if (score := evaluation.scores.get((name, c.key))) is not None and score.note
    ]
    if notes:
        flow.append(styles.heading(translate("Report", "Evidence behind the scores (*)"), 2, 60))
        flow.append(
            data_table(
                [
                    translate("Report", "Candidate"),
                    translate("Report", "Criterion"),
                    translate("Report", "Score"),
                    translate("Report", "Evidence"),
                ],
                notes,
                styles,
                widths(width, [1.6, 2.2, 0.6, 2.6]),
                numeric=(2,),
            )
        )
    return flow
