"""A date inside a rule's message is written in the reader's language, not as ISO text."""

from __future__ import annotations

from datetime import date

import pytest

from planner import i18n
from planner.domain import rules
from planner.domain.errors import PlannerError
from planner.domain.model import Outcome


def _refusal() -> PlannerError:
    with pytest.raises(PlannerError) as caught:
        rules.check_confirmation(Outcome.REACHED, date(2026, 3, 1), "minutes", today=date(2026, 4, 1),
                                 previous=date(2026, 3, 14), blocking=[])
    return caught.value


@pytest.mark.parametrize(("lang", "shown"), [("en", "Mar 14, 2026"), ("zh_TW", "2026年3月14日")])
def test_the_previous_milestones_date_reads_in_the_language(qapp, lang: i18n.Lang, shown: str) -> None:  # noqa: ANN001
    i18n.install(lang)
    try:
        text = i18n.error_text(_refusal())
    finally:
        i18n.install("en")
    assert shown in text and "2026-03-14" not in text
