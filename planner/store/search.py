"""Which deals a search finds: every word somewhere in the deal's title, its account's name,
its notes or risks, its account's people (name and job title) or its stage notes, ignoring
case as the board does (the words arrive case-folded).

The board and the list ask for ``deal_condition`` and never build the text themselves, so the
way a word is found can change (an index) without touching them.
"""

from __future__ import annotations

from collections.abc import Sequence


def search_text(alias: str = "d") -> str:
    """The SQL expression of one deal's searchable text, lower-cased (``alias``: the deals
    table; its account must be joined as ``a``)."""
    return f"""lower({alias}.title || ' ' || a.name || ' ' || {alias}.notes || ' ' || {alias}.risks || ' ' ||
        coalesce((SELECT group_concat(c.name || ' ' || c.title, ' ') FROM contacts c
                  WHERE c.account_id = {alias}.account_id), '') || ' ' ||
        coalesce((SELECT group_concat(n.text, ' ') FROM stage_notes n
                  WHERE n.deal_id = {alias}.id), ''))"""


def deal_condition(words: Sequence[str], alias: str = "d") -> tuple[str, list[object]]:
    """An SQL condition on ``alias`` (a row of ``deals``, its account joined as ``a``) that
    holds when every word is in the deal's text, and its parameters; "1" for no words."""
    if not words:
        return "1", []
    text = search_text(alias)
    return " AND ".join(f"instr({text}, ?) > 0" for _ in words), list(words)
