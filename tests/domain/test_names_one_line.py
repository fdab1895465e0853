"""A name is one line of text: white space tidied, and no bidirectional control in it.

Found from outside: an account named with a right-to-left override (U+202E) and nothing to
end it turned the process named after it around in the deal panel ("ssecorp lluf eht").
Names (deals, accounts, people, processes, stages, tasks, reasons) and next steps now drop
those controls, as they tidy white space; a Hebrew or Arabic name keeps its letters.
"""

from __future__ import annotations

from builders import new_deal
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import rules
from planner.domain.model import Account
from planner.services import Planner

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@given(st.text(alphabet=st.sampled_from(list(CONTROLS) + list("Acme 商機\tעסקה\n")), min_size=1))
def test_a_name_keeps_every_character_but_the_controls_and_extra_white_space(text: str) -> None:
    kept = "".join(c for c in text if c not in CONTROLS)
    if not kept.strip():
        return
    name = rules.check_name(text)
    assert not set(name) & set(CONTROLS)
    assert name == " ".join(kept.split())


def test_names_written_through_the_services_hold_no_override(planner: Planner) -> None:
    account_id = planner.accounts.create(Account(name="\u202eAcme\u202c Co"))
    assert planner.accounts.get(account_id).name == "Acme Co"
    deal_id = new_deal(planner, title="\u202eMES rollout")
    assert planner.deals.get(deal_id).title == "MES rollout"
    planner.deals.update(deal_id, title="עסקה \u2067בעברית\u2069")
    assert planner.deals.get(deal_id).title == "עסקה בעברית"
    planner.deals.set_next_step(deal_id, "Call\u202e the CFO", None)
    assert planner.deals.get(deal_id).next_step == "Call the CFO"
