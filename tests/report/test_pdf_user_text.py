"""User text is data, never markup: it prints exactly as typed and never breaks the build."""

from __future__ import annotations

import re

import pytest
from pdf_helpers import flat
from pdf_plans import realistic_plan, small_plan

from planner.domain.model import Attitude, BuyingRole, Contact, Correction, DealStatus, Influence
from planner.report.markup import clean, para

HOSTILE = [
    "R&D <b>測試 & Co",
    "<font size=40>big</font>",
    "<b>unclosed bold",
    "AT&T",
    "a </para> b",
    "&amp; stays &amp;",
    "<br/> is not a break",
    '<img src="x.png"/>',
    "]]> <![CDATA[ x",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_prints_literally_everywhere(write, text):
    plan = small_plan(
        name=text,
        notes=text,
        deal_title=text,
        deal_notes=text,
        evidence=text,
        task=text,
        planner_name=text,
        contacts=[Contact(1, text, text, notes=text)],
    )
    plan.open_deals[0].process.stages[0].name = text
    written = write(plan, "en")
    body = written.text
    # name, overview notes, deal title, notes, evidence, task, contact name/title/notes, planner, stage
    assert body.count(text) >= 8, body
    assert flat(text) in flat(body)


def test_the_brief_example_in_chinese(write):
    written = write(small_plan(name="R&D <b>測試 & Co", deal_title="R&D <b>測試 & Co"), "zh_TW")
    assert written.text.count("R&D <b>測試 & Co") >= 3  # header, title, deal


def test_markup_is_escaped_and_newlines_become_breaks():
    assert para("R&D <b>x\nsecond") == "R&amp;D &lt;b&gt;x<br/>second"


def test_control_characters_are_removed_newlines_and_tabs_kept():
    assert clean("a\x00b\x07c\x1b[31md\r\ne\tf\x7f\u200bg\ufeff") == "abc[31md\ne    fg"
    assert clean(None) == ""
    assert clean(42) == "42"


def test_lone_surrogates_are_dropped():
    assert clean("ok \ud800 fine") == "ok  fine"


def test_emoji_and_control_characters_do_not_crash(write):
    nasty = "Deal 🚀🇹🇼👩‍💻 bell\x07 nul\x00 esc\x1b[0m tab\tend \ud83d lone 𠀀 ext-B"
    plan = small_plan(name=nasty, notes=nasty, deal_title=nasty, deal_notes=nasty, evidence=nasty, task=nasty,
                      contacts=[Contact(1, nasty, nasty, notes=nasty)], planner_name=nasty)
    written = write(plan, "en")
    text = written.text
    assert "bell" in text and "nul" in text and "end" in text
    assert "\x00" not in text and "\x07" not in text
    written = write(plan, "zh_TW")
    assert written.pages >= 1


def test_long_words_and_urls_wrap(write):
    word = "x" * 300
    url = "https://example.com/" + "/".join(f"segment{i}" for i in range(60)) + "?q=" + "y" * 80
    plan = small_plan(name="Wrap " + word, notes=f"{word} {url}", deal_title=word, deal_notes=url,
                      evidence=word + " " + url, task=url,
                      contacts=[Contact(1, word, url, notes=url)])
    written = write(plan, "en")
    text = flat(written.text)
    assert word in text
    assert flat(url) in text


def test_long_chinese_without_spaces_wraps(write):
    long_zh = "客戶要求在越南新廠導入製造執行系統並與總廠資料整合" * 40
    written = write(small_plan(notes=long_zh, deal_title=long_zh[:200], evidence=long_zh), "zh_TW")
    assert long_zh in flat(written.text)


# 10,000 characters of numbered words: every one must come back, whatever the page breaks
NOTE = " ".join(f"w{i:04d}" for i in range(1667))[:9_999] + "."


def _words(text: str) -> list[int]:
    return [int(w) for w in re.findall(r"w(\d{4})", text)]


WORDS = set(_words(NOTE))
assert len(NOTE) == 10_000 and len(WORDS) == 1666


@pytest.mark.parametrize("where", ["account", "deal", "evidence", "task", "correction", "close_reason",
                                   "contact", "risks", "plan_note", "stage_name"])
def test_a_10000_character_note_splits_across_pages(write, where):
    short = write(_plan_with_note(where, "short note"), "en")
    long = write(_plan_with_note(where, NOTE), "en")
    if where == "contact":  # the decision-maker table shows short notes only, cut with an ellipsis
        assert long.pages >= short.pages
        assert "…" in long.text
        return
    assert long.pages > short.pages, (short.pages, long.pages)
    words = _words(long.text)
    if where == "stage_name":  # ellipsised in the stage map, whole in the milestone table
        assert set(words) == WORDS
    else:
        assert sorted(words) == sorted(WORDS), "a word was lost or printed twice at a page break"


def test_a_10000_character_chinese_note_splits(write):
    note = ("本案客戶要求分期交貨，第一期於越南新廠上線，第二期於台中總廠導入。" * 400)[:10_000]
    short = write(small_plan(notes="短"), "zh_TW")
    long = write(small_plan(notes=note, deal_notes=note, evidence=note), "zh_TW")
    assert long.pages >= short.pages + 6


def _plan_with_note(where: str, note: str):
    plan = realistic_plan(chinese=False)
    first = plan.open_deals[0]
    if where == "account":
        plan.account.notes = note
    elif where == "deal":
        first.deal.notes = note
    elif where == "risks":
        first.deal.risks = note
    elif where == "evidence":
        first.milestones[0].evidence = note
    elif where == "task":
        first.open_tasks[0].text = note
    elif where == "correction":
        first.milestones[0].corrections.append(Correction(0, first.milestones[0].confirmed_on, note))
    elif where == "close_reason":
        next(dp for dp in plan.closed_deals if dp.deal.status == DealStatus.LOST).deal.close_reason = note
    elif where == "contact":
        plan.contacts.append(Contact(1, "Verbose", "Analyst", BuyingRole.USER, Attitude.NEUTRAL, Influence.LOW,
                                     notes=note))
    elif where == "plan_note":
        plan.notes = [note]
    elif where == "stage_name":
        first.process.stages[0].name = note
    return plan
