"""A date inside a rule's message is written in the reader's language, not as ISO text."""

from __future__ import annotations

from datetime import date

import pytest
from builders import simple_process

from planner import i18n
from planner.domain import lifecycle
from planner.domain.errors import PlannerError
from planner.domain.lifecycle import Confirmation
from planner.domain.model import Deal, Milestone


def _refusal() -> PlannerError:
    process = simple_process(2)
    for n, stage in enumerate(process.stages):
        stage.id = n + 1
    deal = Deal(1, 1, "Deal", id=1, stage_id=2)
    earlier = [Milestone(1, 1, date(2026, 3, 14), "kick-off minutes")]
    with pytest.raises(PlannerError) as caught:
        lifecycle.decide(process, deal, earlier, [], [], Confirmation(2, date(2026, 3, 1), "minutes"),
                         today=date(2026, 4, 1)).enforce()
    return caught.value


@pytest.mark.parametrize(("lang", "shown"), [("en", "Mar 14, 2026"), ("zh_TW", "2026年3月14日")])
def test_the_previous_milestones_date_reads_in_the_language(qapp, lang: i18n.Lang, shown: str) -> None:  # noqa: ANN001
    i18n.install(lang)
    try:
        text = i18n.error_text(_refusal())
    finally:
        i18n.install("en")
    assert shown in text and "2026-03-14" not in text
