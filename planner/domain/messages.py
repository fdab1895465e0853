"""The method's rules, each said once: what the file's trigger raises and what the user reads.

A ``Rule`` pairs the two texts of one rule of the planner file. ``raised`` is the message of
the trigger that enforces it (``planner.store.triggers`` builds its SQL from it): it is part of
every planner file's schema, which ``planner.store.tamper`` compares with what this version
writes, so it is never reworded. ``says`` is the sentence shown when that rule refuses
something, whether the file refused it (``planner.store.errors``) or the domain saw it first
(``planner.domain.lifecycle``, ``planner.domain.rules``, the services).

The messages below the rules have no trigger: the file cannot judge evidence or a
customer's decision, so only the domain refuses those.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from planner.domain.errors import QT_TRANSLATE_NOOP


class Rule(NamedTuple):
    """One rule of the planner file: its trigger's message and the user's sentence."""

    raised: str  # RAISE(ABORT, ...) in the file's triggers: never reworded (see module doc)
    says: str  # English source text, translated in the "errors" context


MILESTONE_FINAL: Final = Rule(
    "a confirmed milestone cannot be changed or deleted",
    QT_TRANSLATE_NOOP("errors", "A confirmed milestone cannot be changed or deleted. Add a correction note instead."))
MILESTONE_TWICE: Final = Rule(
    "this milestone is already confirmed and cannot be replaced",
    QT_TRANSLATE_NOOP("errors", "This milestone is already confirmed and cannot be replaced."))
MILESTONE_ORDER: Final = Rule(
    "only the milestone of the deal's current stage can be confirmed",
    QT_TRANSLATE_NOOP(
        "errors", "Milestones are confirmed in order: only the current stage's milestone can be confirmed now."))
MILESTONE_BLOCKED: Final = Rule(
    "required tasks or deliverables of this stage are missing",
    QT_TRANSLATE_NOOP("errors", "Required tasks or deliverables of this stage are still missing."))
STAGE_FROZEN: Final = Rule(
    "this stage is frozen by a confirmed milestone",
    QT_TRANSLATE_NOOP("errors", "This stage is frozen by a confirmed milestone and is read-only."))
MOVE_BACK: Final = Rule(
    "a deal never moves back into a frozen stage",
    QT_TRANSLATE_NOOP("errors", "A deal never moves back into a frozen stage."))
MOVE_SKIP: Final = Rule(
    "a deal leaves a stage only by confirming its milestone",
    QT_TRANSLATE_NOOP("errors", "A deal leaves a stage only by confirming its milestone."))
WRONG_PROCESS: Final = Rule(
    "the stage belongs to another process",
    QT_TRANSLATE_NOOP("errors", "That stage belongs to another process."))
DEAL_CLOSED: Final = Rule(
    "this deal is closed and read-only",
    QT_TRANSLATE_NOOP("errors", "This deal is closed and can no longer be changed."))
DEAL_START: Final = Rule(
    "a new deal starts open in the first stage of its process",
    QT_TRANSLATE_NOOP("errors", "A new deal starts open, in the first stage of its process."))
DEAL_WON: Final = Rule(
    "a deal is won only by confirming its last milestone",
    QT_TRANSLATE_NOOP("errors", "A deal is won only by confirming the last milestone."))
DEAL_LOST: Final = Rule(
    "a deal is lost only by a milestone that went against us",
    QT_TRANSLATE_NOOP("errors", "A deal is lost only through a milestone that went against us."))
DEAL_REASON: Final = Rule(
    "an abandoned deal needs a reason",
    QT_TRANSLATE_NOOP("errors", "Give a reason."))
DEAL_KEEP: Final = Rule(
    "a deal with confirmed milestones cannot be deleted",
    QT_TRANSLATE_NOOP("errors", "A deal with confirmed milestones cannot be deleted. Archive it instead."))
PROCESS_FIXED: Final = Rule(
    "a deal cannot change its process",
    QT_TRANSLATE_NOOP("errors", "A deal cannot change its process."))
LOG_FINAL: Final = Rule(
    "the event log is append-only",
    QT_TRANSLATE_NOOP("errors", "The event log cannot be changed."))
CORRECTION_FINAL: Final = Rule(
    "a correction note cannot be changed or deleted",
    QT_TRANSLATE_NOOP("errors", "A correction note cannot be changed or deleted."))
STAGE_HISTORY: Final = Rule(
    "a stage that deals are in or have passed cannot be removed or moved",
    QT_TRANSLATE_NOOP("errors", "A stage that deals are in or have passed cannot be removed or moved."))
IN_USE: Final = Rule(
    "deals still use it",
    QT_TRANSLATE_NOOP("errors", "It cannot be deleted while deals use it."))
REQUIRED_STAYS: Final = Rule(
    "required work cannot be removed or made optional",
    QT_TRANSLATE_NOOP("errors", "Required work cannot be removed: the stage's milestone depends on it."))
MILESTONE_FUTURE: Final = Rule(
    "a milestone cannot be dated after today",
    QT_TRANSLATE_NOOP("errors", "A milestone cannot be confirmed in the future."))
MILESTONE_DATED: Final = Rule(
    "a milestone cannot be dated before the deal's previous milestone",
    QT_TRANSLATE_NOOP("errors", "A milestone cannot be dated before the deal's previous milestone."))
WORK_CURRENT: Final = Rule(
    "work belongs to the stage the deal is in",
    QT_TRANSLATE_NOOP("errors", "Work can be added only to the current stage."))
# schema 8: reason categories of closed deals, and the record of adopted win rates
CATEGORY_CLOSED: Final = Rule(
    "only a lost or abandoned deal has a reason category",
    QT_TRANSLATE_NOOP("errors", "Only a lost or abandoned deal has a reason category."))
CATEGORY_UNKNOWN: Final = Rule(
    "the reason category does not exist",
    QT_TRANSLATE_NOOP("errors", "That reason category does not exist."))
ADOPTION_FINAL: Final = Rule(
    "the record of adopted win rates is append-only",
    QT_TRANSLATE_NOOP("errors", "The record of adopted win rates cannot be changed."))
ADOPTION_MATCH: Final = Rule(
    "an adopted rate is recorded as its stage's win rate, in the stage's process",
    QT_TRANSLATE_NOOP("errors", "An adopted rate must be recorded as the stage's new win rate, in its process."))
# schema 9: the deal's buying group, the roles a stage requires, who confirmed a milestone
GROUP_ACCOUNT: Final = Rule(
    "a deal's buying group holds only people of the deal's account",
    QT_TRANSLATE_NOOP("errors", "A deal's buying group holds only people of the deal's account."))
CONTACT_IN_USE: Final = Rule(
    "a person in a buying group or named on a milestone cannot be deleted",
    QT_TRANSLATE_NOOP(
        "errors", "This person is in a deal's buying group or named on a milestone, so they cannot be deleted."))
ROLES_REQUIRED: Final = Rule(
    "the buying group lacks a role this stage's milestone requires",
    QT_TRANSLATE_NOOP("errors", "The deal's buying group lacks a role this stage's milestone requires."))
PEOPLE_FINAL: Final = Rule(
    "who confirmed a milestone is recorded with it and never changed",
    QT_TRANSLATE_NOOP("errors", "Who confirmed a milestone is recorded with it and cannot be changed later."))
PEOPLE_ACCOUNT: Final = Rule(
    "who confirmed a milestone is a person of the deal's account",
    QT_TRANSLATE_NOOP("errors", "Only people of the deal's account can be named as confirming its milestone."))
# the guards of planner.store.guards, on every table
KEY_TAKEN: Final = Rule(
    "a row with this id or key already exists and cannot be replaced",
    QT_TRANSLATE_NOOP("errors", "A row with this id already exists and cannot be replaced."))
ID_FIXED: Final = Rule(
    "the id of a row cannot be changed",
    QT_TRANSLATE_NOOP("errors", "The id of a row cannot be changed."))
# schema 14: when a row was written (planner.store.guards.stamp_guard); a closed deal stays
STAMP_FIXED: Final = Rule(
    "when a row was written is recorded once and never changed",
    QT_TRANSLATE_NOOP("errors", "When a record was created is kept as it was written and cannot be changed."))
CLOSED_KEPT: Final = Rule(
    "a closed deal cannot be deleted",
    QT_TRANSLATE_NOOP("errors", "A closed deal cannot be deleted: it counts in the win rates. Archive it instead."))

RULES: Final = (
    MILESTONE_FINAL, MILESTONE_TWICE, MILESTONE_ORDER, MILESTONE_BLOCKED, STAGE_FROZEN,
    MOVE_BACK, MOVE_SKIP, WRONG_PROCESS, DEAL_CLOSED, DEAL_START, DEAL_WON, DEAL_LOST,
    DEAL_REASON, DEAL_KEEP, PROCESS_FIXED, LOG_FINAL, CORRECTION_FINAL, STAGE_HISTORY, IN_USE,
    REQUIRED_STAYS, MILESTONE_FUTURE, MILESTONE_DATED, WORK_CURRENT, KEY_TAKEN, ID_FIXED,
    CATEGORY_CLOSED, CATEGORY_UNKNOWN, ADOPTION_FINAL, ADOPTION_MATCH,
    GROUP_ACCOUNT, CONTACT_IN_USE, ROLES_REQUIRED, PEOPLE_FINAL, PEOPLE_ACCOUNT, STAMP_FIXED,
    CLOSED_KEPT,
)

# --- refusals only the domain can make (no trigger judges them) ---
# the file's MILESTONE_DATED cannot name the date; the domain can, so it does
DATED_BEFORE: Final = QT_TRANSLATE_NOOP(
    "errors", "The date cannot be earlier than the previous milestone ({date}).")
EVIDENCE_MISSING: Final = QT_TRANSLATE_NOOP("errors", "Describe the evidence for this milestone.")
DECISION_MISSING: Final = QT_TRANSLATE_NOOP(
    "errors", "A milestone that went against us needs the customer's decision (why the deal is lost).")
WORK_MISSING: Final = QT_TRANSLATE_NOOP("errors", "Required work is missing: {items}.")
NEVER_BACK: Final = QT_TRANSLATE_NOOP(
    "errors", "A deal never moves back: the stage “{stage}” is frozen by a confirmed milestone.")
TEXT_TOO_LONG: Final = QT_TRANSLATE_NOOP("errors", "The text is too long (at most {n} characters).")
# the roles a stage requires, one refusal per role missing (a role's name is a parameter the
# user reads in their language: each is a message of the "errors" context)
ROLE_MISSING: Final = QT_TRANSLATE_NOOP(
    "errors", "This stage's milestone needs someone in the buying group as {role}.")
ROLE_NAMES: Final = {
    "economic_buyer": QT_TRANSLATE_NOOP("errors", "economic buyer"),
    "technical_evaluator": QT_TRANSLATE_NOOP("errors", "technical evaluator"),
    "user": QT_TRANSLATE_NOOP("errors", "user"),
    "coach": QT_TRANSLATE_NOOP("errors", "coach"),
    "procurement": QT_TRANSLATE_NOOP("errors", "procurement"),
    "other": QT_TRANSLATE_NOOP("errors", "other role"),
}
# who confirmed a milestone is someone of its buying group then: the file can check the account
# only (a group changes later, and a rebuilt file must take the milestone as it was confirmed)
NOT_IN_GROUP: Final = QT_TRANSLATE_NOOP(
    "errors", "Only people of the deal's buying group can be named as confirming its milestone.")
IN_GROUP_ALREADY: Final = QT_TRANSLATE_NOOP("errors", "{name} is already in the deal's buying group.")
GROUP_MOVES: Final = QT_TRANSLATE_NOOP(
    "errors", "The deal cannot move to another account while people of its account are in its buying group "
              "or named on its milestones.")
STEP_DATE_ALONE: Final = QT_TRANSLATE_NOOP(
    "errors", "A next step's date needs the step itself: write what is to be done first.")
