"""The preferences, declared once with their types, defaults, labels and owner.

Who a setting belongs to decides where it lives:

- **The person** (``Scope.PERSON``): your name, the language and the paper. They follow you
  from file to file on this computer, so they live in QSettings (``planner.local_settings``):
  opening a colleague's file does not switch your app to their language or print their name.
- **The file** (``Scope.FILE``): when a deal counts as idle and how long its snapshots are
  kept. They depend on the business a file holds (a long sales cycle, a file worth more
  history), so they travel with the file, in its ``settings`` table; see
  ``planner.snapshots.Retention`` for the snapshots.

Older versions kept every setting in the file. A file's stored value of a person setting is
read once, as the person's starting value, the first time this computer has none of its own
(``planner.local_settings.adopt``); after that the file's old value is ignored and never
rewritten (the file's history is not touched).

Every value is stored as text (QSettings and the ``settings`` table alike) and read back
through its declaration: an int setting gives an ``int``, a choice gives its ``enum`` member,
and a stored value that does not parse gives the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from planner.domain import rules
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

CONTEXT = "settings"


class Scope(Enum):
    PERSON = "person"  # this computer's user, in QSettings, shared by every file
    FILE = "file"  # the planner file's own ``settings`` table


class Language(StrEnum):
    SYSTEM = ""  # follow the system's language
    EN = "en"
    ZH_TW = "zh_TW"


class Paper(StrEnum):
    BY_LANGUAGE = ""  # A4 for Chinese, the system's paper for English
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class Setting[T]:
    key: str
    default: T
    label: str  # source text in the "settings" context
    scope: Scope

    def parse(self, text: str) -> T:
        """The typed value of ``text``, or InvalidInput saying what is expected."""
        raise NotImplementedError

    def text(self, value: T) -> str:
        """How ``value`` is stored."""
        return str(value)

    def of(self, stored: Mapping[str, str]) -> T:
        """The value in ``stored`` (a file's settings, the person's), else the default."""
        if self.key not in stored:
            return self.default
        try:
            return self.parse(stored[self.key])
        except InvalidInput:  # written by hand or by a future version: the default is safe
            return self.default


@dataclass(frozen=True)
class TextSetting(Setting[str]):
    def parse(self, text: str) -> str:
        return rules.check_text(text.strip())


@dataclass(frozen=True)
class IntSetting(Setting[int]):
    minimum: int = 1
    maximum: int = 9999

    def parse(self, text: str) -> int:
        text = text.strip()
        if not (text.isascii() and text.isdigit()) or not self.minimum <= int(text) <= self.maximum:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter a whole number from 1 to 9999."))
        return int(text)


@dataclass(frozen=True)
class ChoiceSetting[E: StrEnum](Setting[E]):
    choices: type[E]

    def parse(self, text: str) -> E:
        try:
            return self.choices(text)
        except ValueError:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose one of the offered values.")) from None

    def text(self, value: E) -> str:
        return str(self.choices(value).value)


@dataclass(frozen=True)
class CurrencySetting(Setting[str]):
    """A currency code (three letters, any case typed, stored in capitals); "" = not chosen."""

    def parse(self, text: str) -> str:
        from planner.domain.money import is_code

        code = text.strip().upper()
        if code and not is_code(code):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter a currency as three letters, such as TWD."))
        return code


PLANNER_NAME = TextSetting("planner_name", "", QT_TRANSLATE_NOOP(
    "settings", "Your name (printed on account plans)"), Scope.PERSON)
IDLE_DAYS = IntSetting("idle_days", 14, QT_TRANSLATE_NOOP(
    "settings", "Mark a deal idle after this many days without a milestone"), Scope.FILE)
LANGUAGE = ChoiceSetting("language", Language.SYSTEM, QT_TRANSLATE_NOOP(
    "settings", "Language (empty: follow the system)"), Scope.PERSON, Language)
PAPER = ChoiceSetting("paper", Paper.BY_LANGUAGE, QT_TRANSLATE_NOOP(
    "settings", "Paper for account plans (empty: by language)"), Scope.PERSON, Paper)
SNAPSHOT_DAYS = IntSetting("snapshot_days", 7, QT_TRANSLATE_NOOP(
    "settings", "Keep the daily snapshots of this file for"), Scope.FILE)
SNAPSHOT_WEEKS = IntSetting("snapshot_weeks", 4, QT_TRANSLATE_NOOP(
    "settings", "Keep this many weekly snapshots"), Scope.FILE)
# "" until chosen: the file then takes its deals' usual currency, or its user's language's
# (planner.services.rates.Rates.home); the first exchange rate fixes it in the file, since
# rates only mean something against it
HOME_CURRENCY = CurrencySetting("home_currency", "", QT_TRANSLATE_NOOP(
    "settings", "Home currency: every total is shown in it"), Scope.FILE)

SETTINGS: tuple[Setting[Any], ...] = (  # the order the settings dialog shows them in
    PLANNER_NAME, LANGUAGE, PAPER, HOME_CURRENCY, IDLE_DAYS, SNAPSHOT_DAYS, SNAPSHOT_WEEKS)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in SETTINGS}
PERSON = tuple(s for s in SETTINGS if s.scope is Scope.PERSON)
FILE = tuple(s for s in SETTINGS if s.scope is Scope.FILE)


def value(stored: Mapping[str, str], key: str) -> str:
    """The stored text of ``key`` as its declaration reads it (for callers that want text)."""
    setting = BY_KEY[key]
    return setting.text(setting.of(stored))


def int_value(stored: Mapping[str, str], key: str) -> int:
    """An int setting's value; ``IDLE_DAYS.of(stored)`` says the same with its type."""
    found = BY_KEY[key].of(stored)
    assert isinstance(found, int), key
    return found
