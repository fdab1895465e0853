"""The file's home currency and the exchange rates the user keeps into it."""

from __future__ import annotations

import math
from datetime import date

from planner import settings
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from planner.domain.money import Rate, default_home, is_code
from planner.services.changes import Changes
from planner.services.noun import Noun

CHANGED = "exchange_rates"  # what Changes.settings names after a rate is set or removed


class Rates(Noun):
    """``planner.rates``: what every total is converted with."""

    def home(self, language: str = "en", system_locale: str | None = None) -> str:
        """The file's home currency. A file that has none yet takes the currency most of its
        deals are in (by count, not amount: one large deal in yen does not turn it), so that
        its totals never change with the language of whoever opens it; a file without deals
        follows the language (see ``planner.domain.money.default_home``)."""
        return (settings.HOME_CURRENCY.of(self.store.settings()) or self.store.usual_currency()
                or default_home(language, system_locale))

    def all(self) -> list[Rate]:
        return self.store.exchange_rates()

    def table(self) -> dict[str, float]:
        """Currency -> units of the home currency, as ``planner.domain.money`` takes them."""
        return {r.currency: r.rate for r in self.all()}

    def set(self, currency: str, rate: float, set_on: date | None = None, language: str = "en") -> Changes:
        """Set (or replace) the rate of ``currency``, dated ``set_on`` (today by default).
        The first rate also fixes the home currency in the file: it is what rates are against."""
        currency = currency.strip().upper()
        if not is_code(currency):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter a currency as three letters, such as TWD."))
        if not (isinstance(rate, int | float) and math.isfinite(rate) and 0 < rate < 1e15):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter a rate greater than zero."))
        home = self.home(language)
        if currency == home:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "errors", "{currency} is the home currency: it needs no rate."), currency=currency)
        with self.write() as changes:
            if not settings.HOME_CURRENCY.of(self.store.settings()):
                self.store.set_setting(settings.HOME_CURRENCY.key, home)
                changes.settings.add(settings.HOME_CURRENCY.key)
            self.store.set_exchange_rate(currency, float(rate), set_on or date.today())
            changes.settings.add(CHANGED)
        return changes.frozen()

    def set_home(self, currency: str, language: str = "en") -> Changes:
        """Make ``currency`` the home currency, rebasing every rate onto it: the old home
        gets a rate of its own (1 / the new home's rate). Refused while rates exist but none
        for ``currency``: they could not be carried over."""
        code = settings.HOME_CURRENCY.parse(currency)  # InvalidInput says what is expected
        old, rates = self.home(language), {r.currency: r for r in self.all()}
        if not code or (code == old and settings.HOME_CURRENCY.of(self.store.settings())):
            return Changes()
        pivot = rates.get(code)
        if rates and code != old and pivot is None:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "errors", "Set an exchange rate for {currency} first: the other rates are converted with it."),
                currency=code)
        with self.write() as changes:
            self.store.set_setting(settings.HOME_CURRENCY.key, code)
            changes.settings.add(settings.HOME_CURRENCY.key)
            if pivot is not None and code != old:
                self.store.delete_exchange_rate(code)
                for rate in rates.values():
                    if rate.currency != code:
                        self.store.set_exchange_rate(rate.currency, rate.rate / pivot.rate, rate.set_on)
                self.store.set_exchange_rate(old, 1 / pivot.rate, pivot.set_on)
                changes.settings.add(CHANGED)
        return changes.frozen()

    def remove(self, currency: str) -> Changes:
        with self.write() as changes:
            if self.store.delete_exchange_rate(currency.strip().upper()):
                changes.settings.add(CHANGED)
        return changes.frozen()
