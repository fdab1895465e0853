"""Create a deal: for which account, along which process, worth what, closing when.

What the dialog says while it is filled in (an error, the new account's name, a name that
another account already has, a close date that has passed) is said in place, and the dialog
grows to show it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.domain.model import Account, Deal
from planner.i18n import current_language, error_text
from planner.services import Planner
from planner.ui.deal.fields import ValueSpinBox, currency_combo
from planner.ui.kit import plain
from planner.ui.kit.formats import account_labels, same_name
from planner.ui.kit.widgets import DateField, InlineError, muted

NEW_ACCOUNT = -1  # the account chooser's "New account…" entry


class NewDealDialog(QDialog):
    """After ``exec() == Accepted``, :attr:`deal_id` holds the new deal's id."""

    def __init__(self, planner: Planner, process_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.deal_id: int | None = None
        self.setWindowTitle(self.tr("New deal"))

        self.account = QComboBox(self)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account.setMinimumContentsLength(16)
        self._accounts = planner.accounts.all(include_archived=True)  # a new name is compared with all
        labels = account_labels(self._accounts)
        for a in self._accounts:
            if not a.archived:
                self.account.addItem(labels[a.id], a.id)  # type: ignore[index]  # a stored account has its id
        self.account.addItem(self.tr("New account…"), NEW_ACCOUNT)
        # no account is preselected: a deal filed under the wrong customer is easy to miss
        self.account.setPlaceholderText(self.tr("Choose an account…"))
        self.account.setCurrentIndex(-1 if self.account.count() > 1 else 0)
        self.new_account = QLineEdit(self)
        self.new_account.setPlaceholderText(self.tr("Name of the new customer"))
        self.new_account.setAccessibleName(self.tr("Name of the new customer"))
        self.twin = InlineError(self, warning=True)  # a name another account already has: said, not refused
        self.new_account.textChanged.connect(lambda _t: self._check_twin())
        self.process = QComboBox(self)
        self.process.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.process.setMinimumContentsLength(16)
        for p in planner.processes.summaries(include_archived=False):
            self.process.addItem(p.name, p.id)
        if process_id is not None and self.process.findData(process_id) >= 0:
            self.process.setCurrentIndex(self.process.findData(process_id))
        self.first_milestone = muted(plain.label(QLabel(self)))
        self.first_milestone.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Warehouse system replacement"))
        self.value = ValueSpinBox(self)  # a minus sign is refused, and the dialog says why
        self.value.setAccessibleName(self.tr("Value"))
        self.value.refused.connect(self._show_error)
        self.currency = currency_combo(self)
        home = planner.rates.home(current_language())  # the currency the file's totals are in
        self.currency.setCurrentText(home)
        self.currency.currentTextChanged.connect(
            lambda code: self.value.setDecimals(formats.edit_decimals(self.value.value(), code.upper())))
        self.value.setDecimals(formats.edit_decimals(0, home))
        self.currency.setAccessibleName(self.tr("Currency"))
        self.expected_close = DateField(self)
        self.expected_close.edit.setAccessibleName(self.tr("Expected close"))
        self.expected_close.warn_if_past(
            lambda: self.tr("This date has passed: the deal will show as overdue."))
        self.next_target = DateField(self)
        self.next_target.edit.setAccessibleName(self.tr("Next milestone target"))
        money = QHBoxLayout()
        money.setContentsMargins(0, 0, 0, 0)
        money.addWidget(self.value, 1)
        money.addWidget(self.currency)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow("", self.new_account)
        form.addRow("", self.twin)
        form.addRow(self.tr("&Process:"), self.process)
        form.addRow("", self.first_milestone)
        form.addRow(self.tr("&Title:"), self.title)
        value_label = QLabel(self.tr("&Value:"), self)
        value_label.setBuddy(self.value)
        form.addRow(value_label, money)
        form.addRow(self.tr("Expected &close:"), self.expected_close)
        form.addRow(self.tr("First &milestone target:"), self.next_target)
        self._form = form
        self.error = InlineError(self)
        self.new_account.textChanged.connect(lambda _t: self.error.show_message(""))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create deal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        for note in (self.error, self.twin, self.new_account, self.first_milestone, self.expected_close.note):
            note.installEventFilter(self)
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        self.process.currentIndexChanged.connect(lambda _i: self._process_changed())
        self._account_changed()
        self._process_changed()
        if self.process.count() == 0:
            self.error.show_message(self.tr("There is no process yet. Tailor a process first, then create deals."))
            self.ok.setEnabled(False)
        self.title.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._fit()  # a note appeared or went: the dialog grows (or shrinks) to show it whole
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Grow to what the form needs at the current width (after the layout has taken the
        change): a word-wrapped note that just appeared is never squeezed into a clipped line."""
        QTimer.singleShot(0, self.fit_height)

    def fit_height(self) -> None:
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.activate()
        width = self.width()
        wanted = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        wanted = max(wanted, layout.totalMinimumSize().height(), layout.totalSizeHint().height())
        if wanted != self.height():
            self.resize(width, wanted)

    def _show_error(self, text: str) -> None:
        self.error.show_message(text)
        self._fit()

    def _account_changed(self) -> None:
        new = self.account.currentData() == NEW_ACCOUNT
        self._form.setRowVisible(self.new_account, new)
        self._check_twin()
        if new:
            self.new_account.setFocus()
        self._fit()

    def _check_twin(self) -> None:
        """A new account named like an existing one is allowed (two branches of one group),
        but said at once, so that it is not a slip that files the deal under a second Acme."""
        twin = None
        if self.account.currentData() == NEW_ACCOUNT:
            twin = same_name(self.new_account.text(), self._accounts)
        text = self.tr("An account named “{name}” already exists: choose it above unless this is "
                       "another customer of the same name.").format(name=twin.name) if twin else ""
        shown = self.twin.isVisible()
        self.twin.show_message(text)
        self._form.setRowVisible(self.twin, bool(text))
        if shown != bool(text):
            self._fit()

    def _process_changed(self) -> None:
        pid = self.process.currentData()
        text = ""
        if pid is not None:
            try:
                stages = self.planner.processes.get(pid).stages
                text = self.tr("Starts in “{stage}”; its milestone: {milestone}").format(
                    stage=stages[0].name, milestone=stages[0].milestone)
            except (PlannerError, IndexError):
                text = ""
        self.first_milestone.setText(text)
        self._form.setRowVisible(self.first_milestone, bool(text))
        self._fit()

    # ------------------------------------------------------------------ validation
    def validate(self) -> str:
        """The first problem in the user's words, or ""."""
        if self.process.currentData() is None:
            return self.tr("There is no process yet. Tailor a process first, then create deals.")
        if self.account.currentData() == NEW_ACCOUNT and not self.new_account.text().strip():
            return self.tr("Enter the name of the new account, or choose an existing one.")
        if self.account.currentData() is None:
            return self.tr("Choose an account.")
        if not self.title.text().strip():
            return self.tr("Give the deal a title.")
        code = self.currency.currentText().strip().upper()
        if len(code) != 3 or not code.isalpha():
            return self.tr("A currency is a three-letter code such as TWD or USD.")
        return ""

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            self._show_error(problem)
            return
        try:
            account_id = self.account.currentData()
            new_account = Account(name=self.new_account.text()) if account_id == NEW_ACCOUNT else None
            # the deal and a new account are written together or not at all
            self.deal_id = self.planner.deals.create(Deal(
                account_id=0 if new_account else account_id, process_id=self.process.currentData(),
                title=self.title.text(), value=float(self.value.value()), currency=self.currency.currentText(),
                expected_close=self.expected_close.date(), next_target=self.next_target.date()),
                new_account=new_account)
        except PlannerError as e:
            self._show_error(error_text(e))
            return
        super().accept()

    def reject(self) -> None:
        """Cancel changes nothing: nothing was written before the deal itself."""
        super().reject()
