"""The method's rules as triggers, so the file refuses whatever connects to it.

They hold with foreign_keys and recursive_triggers off (the plain ``sqlite3``
shell): no rule relies on a cascade or on REPLACE firing a delete trigger.
``current_triggers`` is the set of a current file: the earlier versions' triggers
(kept as they were, for the migration steps that created them), the rules rewritten
or added in schema 5, and the guards of ``planner.store.guards`` for every table.
Each message is readable on its own and defined, with the sentence a user reads for it,
in ``planner.domain.messages``; ``planner.store.errors`` maps it to that sentence.
"""

from __future__ import annotations

from typing import Final

from planner.domain import messages
from planner.store import search
from planner.store.guards import guard_triggers, stamp_guard, table_guards
from planner.store.tables import (
    DEAL_CONTACTS,
    EXCHANGE_RATES,
    MILESTONE_CONTACTS,
    RATE_ADOPTIONS,
    REASON_CATEGORIES,
    SPACES,
    STAGE_ROLES,
    TABLES,
)

# each rule's message comes from planner.domain.messages, with what the user reads of it
MILESTONE_FINAL: Final = messages.MILESTONE_FINAL.raised
MILESTONE_TWICE: Final = messages.MILESTONE_TWICE.raised
MILESTONE_ORDER: Final = messages.MILESTONE_ORDER.raised
MILESTONE_BLOCKED: Final = messages.MILESTONE_BLOCKED.raised
STAGE_FROZEN: Final = messages.STAGE_FROZEN.raised
MOVE_BACK: Final = messages.MOVE_BACK.raised
MOVE_SKIP: Final = messages.MOVE_SKIP.raised
WRONG_PROCESS: Final = messages.WRONG_PROCESS.raised
DEAL_CLOSED: Final = messages.DEAL_CLOSED.raised
DEAL_START: Final = messages.DEAL_START.raised
DEAL_WON: Final = messages.DEAL_WON.raised
DEAL_LOST: Final = messages.DEAL_LOST.raised
DEAL_REASON: Final = messages.DEAL_REASON.raised
DEAL_KEEP: Final = messages.DEAL_KEEP.raised
PROCESS_FIXED: Final = messages.PROCESS_FIXED.raised
LOG_FINAL: Final = messages.LOG_FINAL.raised
CORRECTION_FINAL: Final = messages.CORRECTION_FINAL.raised
STAGE_HISTORY: Final = messages.STAGE_HISTORY.raised
IN_USE: Final = messages.IN_USE.raised
REQUIRED_STAYS: Final = messages.REQUIRED_STAYS.raised
MILESTONE_FUTURE: Final = messages.MILESTONE_FUTURE.raised
MILESTONE_DATED: Final = messages.MILESTONE_DATED.raised
WORK_CURRENT: Final = messages.WORK_CURRENT.raised
CATEGORY_CLOSED: Final = messages.CATEGORY_CLOSED.raised
CATEGORY_UNKNOWN: Final = messages.CATEGORY_UNKNOWN.raised
ADOPTION_FINAL: Final = messages.ADOPTION_FINAL.raised
ADOPTION_MATCH: Final = messages.ADOPTION_MATCH.raised
GROUP_ACCOUNT: Final = messages.GROUP_ACCOUNT.raised
CONTACT_IN_USE: Final = messages.CONTACT_IN_USE.raised
ROLES_REQUIRED: Final = messages.ROLES_REQUIRED.raised
PEOPLE_FINAL: Final = messages.PEOPLE_FINAL.raised
PEOPLE_ACCOUNT: Final = messages.PEOPLE_ACCOUNT.raised
CLOSED_KEPT: Final = messages.CLOSED_KEPT.raised

MESSAGES: Final = tuple(rule.raised for rule in messages.RULES)


def _frozen(deal: str, stage: str) -> str:
    """SQL true when ``stage`` of ``deal`` lies at or before a confirmed milestone."""
    return f"""EXISTS (SELECT 1 FROM milestones m JOIN stages ms ON ms.id = m.stage_id
        WHERE m.deal_id = {deal}
          AND ms.position >= (SELECT position FROM stages WHERE id = {stage}))"""


def _closed(deal: str) -> str:
    return f"(SELECT status FROM deals WHERE id = {deal}) <> 'open'"


def _raise(message: str) -> str:
    quoted = message.replace("'", "''")
    return f"SELECT RAISE(ABORT, '{quoted}')"


def _work_triggers(table: str) -> list[str]:
    """Stage work (tasks, deliverables, notes) is read-only once frozen or closed."""
    out = []
    for op, refs in (("INSERT", ["NEW"]), ("UPDATE", ["OLD", "NEW"]), ("DELETE", ["OLD"])):
        frozen = " OR ".join(_frozen(f"{r}.deal_id", f"{r}.stage_id") for r in refs)
        closed = " OR ".join(_closed(f"{r}.deal_id") for r in refs)
        out.append(f"""CREATE TRIGGER {table}_{op.lower()}_frozen BEFORE {op} ON {table}
            WHEN {frozen}
            BEGIN {_raise(STAGE_FROZEN)}; END""")
        out.append(f"""CREATE TRIGGER {table}_{op.lower()}_closed BEFORE {op} ON {table}
            WHEN {closed}
            BEGIN {_raise(DEAL_CLOSED)}; END""")
    return out


def _instantiate(deal: str, stage: str) -> list[str]:
    """Copy a stage's task and deliverable templates into a deal entering it."""
    return [
        f"""INSERT INTO {table} (deal_id, stage_id, position, text, required)
            SELECT {deal}, {stage}, position, text, required FROM stage_items
            WHERE stage_id = {stage} AND kind = '{kind}'
              AND NOT EXISTS (SELECT 1 FROM {table} WHERE deal_id = {deal} AND stage_id = {stage})
            ORDER BY position"""
        for table, kind in (("tasks", "task"), ("deliverables", "deliverable"))
    ]


_DEAL_EDITABLE = ("account_id", "title", "value", "currency", "expected_close", "next_target",
                  "follow_up_of", "notes", "risks", "stage_id", "status", "close_reason")

FIRST_STAGE = "(SELECT id FROM stages WHERE process_id = NEW.process_id ORDER BY position LIMIT 1)"
LAST_STAGE = "(SELECT id FROM stages WHERE process_id = NEW.process_id ORDER BY position DESC LIMIT 1)"
NEXT_STAGE = """(SELECT s.id FROM stages s WHERE s.process_id = deals.process_id
    AND s.position > (SELECT position FROM stages WHERE id = NEW.stage_id)
    ORDER BY s.position LIMIT 1)"""


def all_triggers() -> list[str]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _DEAL_EDITABLE)
    triggers = [
        # --- milestones: appended once, in order, never changed ---
        f"""CREATE TRIGGER milestones_no_update BEFORE UPDATE ON milestones
            BEGIN {_raise(MILESTONE_FINAL)}; END""",
        f"""CREATE TRIGGER milestones_no_delete BEFORE DELETE ON milestones
            BEGIN {_raise(MILESTONE_FINAL)}; END""",
        # BEFORE INSERT also stops INSERT OR REPLACE, whose implicit delete fires no trigger
        f"""CREATE TRIGGER milestones_once BEFORE INSERT ON milestones
            WHEN EXISTS (SELECT 1 FROM milestones WHERE deal_id = NEW.deal_id AND stage_id = NEW.stage_id)
            BEGIN {_raise(MILESTONE_TWICE)}; END""",
        f"""CREATE TRIGGER milestones_closed BEFORE INSERT ON milestones
            WHEN {_closed("NEW.deal_id")}
            BEGIN {_raise(DEAL_CLOSED)}; END""",
        f"""CREATE TRIGGER milestones_in_order BEFORE INSERT ON milestones
            WHEN NEW.stage_id IS NOT (SELECT stage_id FROM deals WHERE id = NEW.deal_id)
            BEGIN {_raise(MILESTONE_ORDER)}; END""",
        f"""CREATE TRIGGER milestones_required_work BEFORE INSERT ON milestones
            WHEN NEW.outcome = 'reached' AND (
              EXISTS (SELECT 1 FROM tasks WHERE deal_id = NEW.deal_id AND stage_id = NEW.stage_id
                      AND required = 1 AND done = 0)
              OR EXISTS (SELECT 1 FROM deliverables WHERE deal_id = NEW.deal_id
                      AND stage_id = NEW.stage_id AND required = 1 AND done = 0))
            BEGIN {_raise(MILESTONE_BLOCKED)}; END""",
        # confirming moves the deal on: next stage, won, or lost
        f"""CREATE TRIGGER milestones_advance AFTER INSERT ON milestones
            BEGIN
              UPDATE deals SET status = 'lost',
                close_reason = CASE WHEN trim(NEW.decision) <> '' THEN NEW.decision ELSE NEW.evidence END
                WHERE id = NEW.deal_id AND NEW.outcome = 'against';
              UPDATE deals SET stage_id = {NEXT_STAGE}
                WHERE id = NEW.deal_id AND NEW.outcome = 'reached' AND {NEXT_STAGE} IS NOT NULL;
              UPDATE deals SET status = 'won'
                WHERE id = NEW.deal_id AND NEW.outcome = 'reached' AND stage_id = NEW.stage_id;
            END""",
        # --- corrections and the event log are append-only ---
        f"""CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections
            BEGIN {_raise(CORRECTION_FINAL)}; END""",
        f"""CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections
            BEGIN {_raise(CORRECTION_FINAL)}; END""",
        f"""CREATE TRIGGER corrections_no_replace BEFORE INSERT ON corrections
            WHEN EXISTS (SELECT 1 FROM corrections WHERE id = NEW.id)
            BEGIN {_raise(CORRECTION_FINAL)}; END""",
        f"""CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN {_raise(LOG_FINAL)}; END""",
        f"""CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN {_raise(LOG_FINAL)}; END""",
        f"""CREATE TRIGGER events_no_replace BEFORE INSERT ON events
            WHEN EXISTS (SELECT 1 FROM events WHERE id = NEW.id)
            BEGIN {_raise(LOG_FINAL)}; END""",
        # --- deals ---
        f"""CREATE TRIGGER deals_start BEFORE INSERT ON deals
            WHEN NEW.status <> 'open' OR NEW.stage_id IS NOT {FIRST_STAGE}
            BEGIN {_raise(DEAL_START)}; END""",
        f"""CREATE TRIGGER deals_no_replace BEFORE INSERT ON deals
            WHEN EXISTS (SELECT 1 FROM deals WHERE id = NEW.id)
            BEGIN {_raise(DEAL_KEEP)}; END""",
        f"""CREATE TRIGGER deals_enter_first AFTER INSERT ON deals
            BEGIN {"; ".join(_instantiate("NEW.id", "NEW.stage_id"))}; END""",
        f"""CREATE TRIGGER deals_closed BEFORE UPDATE ON deals
            WHEN OLD.status <> 'open' AND ({changed})
            BEGIN {_raise(DEAL_CLOSED)}; END""",
        f"""CREATE TRIGGER deals_process_fixed BEFORE UPDATE OF process_id ON deals
            WHEN NEW.process_id IS NOT OLD.process_id
            BEGIN {_raise(PROCESS_FIXED)}; END""",
        f"""CREATE TRIGGER deals_stage_process BEFORE UPDATE OF stage_id ON deals
            WHEN NEW.stage_id IS NOT OLD.stage_id
             AND (SELECT process_id FROM stages WHERE id = NEW.stage_id) IS NOT NEW.process_id
            BEGIN {_raise(WRONG_PROCESS)}; END""",
        f"""CREATE TRIGGER deals_no_move_back BEFORE UPDATE OF stage_id ON deals
            WHEN NEW.stage_id IS NOT OLD.stage_id AND {_frozen("NEW.id", "NEW.stage_id")}
            BEGIN {_raise(MOVE_BACK)}; END""",
        f"""CREATE TRIGGER deals_no_skip BEFORE UPDATE OF stage_id ON deals
            WHEN NEW.stage_id IS NOT OLD.stage_id AND EXISTS (
              SELECT 1 FROM stages s WHERE s.process_id = NEW.process_id
                AND s.position >= (SELECT position FROM stages WHERE id = OLD.stage_id)
                AND s.position < (SELECT position FROM stages WHERE id = NEW.stage_id)
                AND NOT EXISTS (SELECT 1 FROM milestones m WHERE m.deal_id = NEW.id
                                AND m.stage_id = s.id AND m.outcome = 'reached'))
            BEGIN {_raise(MOVE_SKIP)}; END""",
        f"""CREATE TRIGGER deals_enter_stage AFTER UPDATE OF stage_id ON deals
            WHEN NEW.stage_id IS NOT OLD.stage_id
            BEGIN {"; ".join(_instantiate("NEW.id", "NEW.stage_id"))}; END""",
        f"""CREATE TRIGGER deals_won BEFORE UPDATE OF status ON deals
            WHEN NEW.status = 'won' AND OLD.status = 'open' AND NOT EXISTS (
              SELECT 1 FROM milestones WHERE deal_id = NEW.id AND outcome = 'reached'
                AND stage_id = {LAST_STAGE})
            BEGIN {_raise(DEAL_WON)}; END""",
        f"""CREATE TRIGGER deals_lost BEFORE UPDATE OF status ON deals
            WHEN NEW.status = 'lost' AND OLD.status = 'open' AND NOT EXISTS (
              SELECT 1 FROM milestones WHERE deal_id = NEW.id AND outcome = 'against')
            BEGIN {_raise(DEAL_LOST)}; END""",
        f"""CREATE TRIGGER deals_abandon_reason BEFORE UPDATE OF status ON deals
            WHEN NEW.status = 'abandoned' AND OLD.status = 'open' AND trim(NEW.close_reason) = ''
            BEGIN {_raise(DEAL_REASON)}; END""",
        f"""CREATE TRIGGER deals_no_delete BEFORE DELETE ON deals
            WHEN EXISTS (SELECT 1 FROM milestones WHERE deal_id = OLD.id)
            BEGIN {_raise(DEAL_KEEP)}; END""",
        # without foreign_keys the cascade does not run: clear the deal's work ourselves
        """CREATE TRIGGER deals_delete_work AFTER DELETE ON deals
            BEGIN
              DELETE FROM tasks WHERE deal_id = OLD.id;
              DELETE FROM deliverables WHERE deal_id = OLD.id;
              DELETE FROM stage_notes WHERE deal_id = OLD.id;
            END""",
        # --- processes and their stages: history is never rewritten ---
        f"""CREATE TRIGGER stages_no_delete_used BEFORE DELETE ON stages
            WHEN EXISTS (SELECT 1 FROM deals WHERE stage_id = OLD.id)
              OR EXISTS (SELECT 1 FROM milestones WHERE stage_id = OLD.id)
            BEGIN {_raise(STAGE_HISTORY)}; END""",
        f"""CREATE TRIGGER stages_no_move_used BEFORE UPDATE OF position, process_id ON stages
            WHEN (NEW.position IS NOT OLD.position OR NEW.process_id IS NOT OLD.process_id)
             AND (EXISTS (SELECT 1 FROM deals WHERE stage_id = OLD.id)
               OR EXISTS (SELECT 1 FROM milestones WHERE stage_id = OLD.id))
            BEGIN {_raise(STAGE_HISTORY)}; END""",
        # a stage slipped in before one that deals reached would be a milestone they skipped
        f"""CREATE TRIGGER stages_no_insert_before_used BEFORE INSERT ON stages
            WHEN EXISTS (SELECT 1 FROM stages s WHERE s.process_id = NEW.process_id
                AND s.position >= NEW.position
                AND (EXISTS (SELECT 1 FROM deals WHERE stage_id = s.id)
                  OR EXISTS (SELECT 1 FROM milestones WHERE stage_id = s.id)))
            BEGIN {_raise(STAGE_HISTORY)}; END""",
        f"""CREATE TRIGGER processes_no_delete_used BEFORE DELETE ON processes
            WHEN EXISTS (SELECT 1 FROM deals WHERE process_id = OLD.id)
            BEGIN {_raise(IN_USE)}; END""",
        f"""CREATE TRIGGER accounts_no_delete_used BEFORE DELETE ON accounts
            WHEN EXISTS (SELECT 1 FROM deals WHERE account_id = OLD.id)
            BEGIN {_raise(IN_USE)}; END""",
    ]
    triggers += _work_triggers("tasks") + _work_triggers("deliverables") + _work_triggers("stage_notes")
    return triggers


def required_work_triggers() -> list[str]:
    """Added in schema version 3: deleting or un-requiring work would slip past a milestone's gate."""
    out = []
    for table in ("tasks", "deliverables"):
        out.append(f"""CREATE TRIGGER {table}_required_stays BEFORE DELETE ON {table}
            WHEN OLD.required = 1 AND EXISTS (SELECT 1 FROM deals WHERE id = OLD.deal_id)
            BEGIN {_raise(REQUIRED_STAYS)}; END""")
        out.append(f"""CREATE TRIGGER {table}_required_fixed BEFORE UPDATE OF required ON {table}
            WHEN NEW.required < OLD.required
            BEGIN {_raise(REQUIRED_STAYS)}; END""")
    return out


def milestone_date_triggers() -> list[str]:
    """Added in schema version 4: a milestone carries the day it happened, so it is not
    after today (this computer's local date) nor before the deal's previous milestone."""
    return [
        f"""CREATE TRIGGER milestones_not_ahead BEFORE INSERT ON milestones
            WHEN NEW.confirmed_on > date('now', 'localtime')
            BEGIN {_raise(MILESTONE_FUTURE)}; END""",
        f"""CREATE TRIGGER milestones_in_date_order BEFORE INSERT ON milestones
            WHEN NEW.confirmed_on < (SELECT max(confirmed_on) FROM milestones WHERE deal_id = NEW.deal_id)
            BEGIN {_raise(MILESTONE_DATED)}; END""",
    ]


def _used(stage: str) -> str:
    return f"""(EXISTS (SELECT 1 FROM deals WHERE stage_id = {stage})
        OR EXISTS (SELECT 1 FROM milestones WHERE stage_id = {stage}))"""


def _current_stage_work(table: str) -> list[str]:
    """Work exists only for the stage a deal is in (and the ones it passed): a row put in
    place for a later stage would stop that stage's required work from being copied in."""
    elsewhere = "NEW.stage_id IS NOT (SELECT stage_id FROM deals WHERE id = NEW.deal_id)"
    return [
        f"""CREATE TRIGGER {table}_current_stage BEFORE INSERT ON {table}
            WHEN {elsewhere}
            BEGIN {_raise(WORK_CURRENT)}; END""",
        f"""CREATE TRIGGER {table}_stays_in_stage BEFORE UPDATE OF deal_id, stage_id ON {table}
            WHEN (NEW.deal_id IS NOT OLD.deal_id OR NEW.stage_id IS NOT OLD.stage_id) AND {elsewhere}
            BEGIN {_raise(WORK_CURRENT)}; END""",
    ]


def _version5_rules() -> list[str]:
    """Rules rewritten or added in schema version 5; a rewrite keeps its trigger's name."""
    filled = f"trim(NEW.decision, {SPACES}) <> ''"
    before_used = f"""EXISTS (SELECT 1 FROM stages s WHERE s.process_id = NEW.process_id
                AND s.id IS NOT NEW.id AND s.position >= NEW.position AND {_used("s.id")})"""
    return [
        f"""CREATE TRIGGER milestones_advance AFTER INSERT ON milestones
            BEGIN
              UPDATE deals SET status = 'lost',
                close_reason = CASE WHEN {filled} THEN NEW.decision ELSE NEW.evidence END
                WHERE id = NEW.deal_id AND NEW.outcome = 'against';
              UPDATE deals SET stage_id = {NEXT_STAGE}
                WHERE id = NEW.deal_id AND NEW.outcome = 'reached' AND {NEXT_STAGE} IS NOT NULL;
              UPDATE deals SET status = 'won'
                WHERE id = NEW.deal_id AND NEW.outcome = 'reached' AND stage_id = NEW.stage_id;
            END""",
        # won by the milestone of the stage it is in, while that stage is the last one: a
        # stage added later after it changes nothing for the deal (see invariants)
        f"""CREATE TRIGGER deals_won BEFORE UPDATE OF status ON deals
            WHEN NEW.status = 'won' AND OLD.status = 'open' AND (
              NEW.stage_id IS NOT {LAST_STAGE}
              OR NOT EXISTS (SELECT 1 FROM milestones WHERE deal_id = NEW.id AND outcome = 'reached'
                             AND stage_id = NEW.stage_id))
            BEGIN {_raise(DEAL_WON)}; END""",
        f"""CREATE TRIGGER deals_abandon_reason BEFORE UPDATE OF status ON deals
            WHEN NEW.status = 'abandoned' AND OLD.status = 'open'
             AND trim(NEW.close_reason, {SPACES}) = ''
            BEGIN {_raise(DEAL_REASON)}; END""",
        # a stage placed before one that deals reached would be a milestone they skipped
        f"""CREATE TRIGGER stages_no_insert_before_used BEFORE INSERT ON stages
            WHEN {before_used}
            BEGIN {_raise(STAGE_HISTORY)}; END""",
        f"""CREATE TRIGGER stages_no_move_before_used BEFORE UPDATE OF position, process_id ON stages
            WHEN (NEW.position IS NOT OLD.position OR NEW.process_id IS NOT OLD.process_id)
             AND {before_used}
            BEGIN {_raise(STAGE_HISTORY)}; END""",
        *_current_stage_work("tasks"),
        *_current_stage_work("deliverables"),
    ]


def _name(trigger: str) -> str:
    return trigger.split()[2]


def current_triggers() -> list[str]:
    """Every trigger of a current file (schema version 5 on), guards included."""
    rewritten = {_name(t): t for t in _version5_rules()}
    earlier = all_triggers() + required_work_triggers() + milestone_date_triggers()
    out = [rewritten.pop(_name(t), t) for t in earlier]
    return out + list(rewritten.values()) + guard_triggers()


def exchange_rate_triggers() -> list[str]:
    """Schema version 7: the exchange rates' guards, as every editable table has."""
    return table_guards(EXCHANGE_RATES)


def reason_category_triggers() -> list[str]:
    """Schema version 8: a lost or abandoned deal may name a reason category of the list;
    no other deal can, and a category that deals carry cannot be deleted (it is retired)."""
    return [
        *table_guards(REASON_CATEGORIES),
        f"""CREATE TRIGGER reason_categories_no_delete_used BEFORE DELETE ON reason_categories
            WHEN EXISTS (SELECT 1 FROM deals WHERE close_category = OLD.id)
            BEGIN {_raise(IN_USE)}; END""",
        # a deal starts open (deals_start), so it starts without one
        f"""CREATE TRIGGER deals_category_at_start BEFORE INSERT ON deals
            WHEN NEW.close_category IS NOT NULL
            BEGIN {_raise(CATEGORY_CLOSED)}; END""",
        f"""CREATE TRIGGER deals_category_closed BEFORE UPDATE OF close_category, status ON deals
            WHEN NEW.close_category IS NOT NULL AND NEW.status NOT IN ('lost', 'abandoned')
            BEGIN {_raise(CATEGORY_CLOSED)}; END""",
        f"""CREATE TRIGGER deals_category_known BEFORE UPDATE OF close_category ON deals
            WHEN NEW.close_category IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM reason_categories WHERE id = NEW.close_category)
            BEGIN {_raise(CATEGORY_UNKNOWN)}; END""",
    ]


def rate_adoption_triggers() -> list[str]:
    """Schema version 8: the record of adopted win rates is append-only, each row names the
    rate its stage was given, and a stage or process it names stays."""
    return [
        *table_guards(RATE_ADOPTIONS),
        f"""CREATE TRIGGER rate_adoptions_no_update BEFORE UPDATE ON rate_adoptions
            BEGIN {_raise(ADOPTION_FINAL)}; END""",
        f"""CREATE TRIGGER rate_adoptions_no_delete BEFORE DELETE ON rate_adoptions
            BEGIN {_raise(ADOPTION_FINAL)}; END""",
        # BEFORE INSERT also stops INSERT OR REPLACE, whose implicit delete fires no trigger
        f"""CREATE TRIGGER rate_adoptions_no_replace BEFORE INSERT ON rate_adoptions
            WHEN EXISTS (SELECT 1 FROM rate_adoptions WHERE id = NEW.id)
            BEGIN {_raise(ADOPTION_FINAL)}; END""",
        # written in the transaction that sets the rate, after it: the stage has it now
        f"""CREATE TRIGGER rate_adoptions_as_set BEFORE INSERT ON rate_adoptions
            WHEN (SELECT process_id FROM stages WHERE id = NEW.stage_id) IS NOT NEW.process_id
              OR (SELECT win_rate FROM stages WHERE id = NEW.stage_id) IS NOT NEW.new_rate
            BEGIN {_raise(ADOPTION_MATCH)}; END""",
        f"""CREATE TRIGGER stages_keep_adoptions BEFORE DELETE ON stages
            WHEN EXISTS (SELECT 1 FROM rate_adoptions WHERE stage_id = OLD.id)
            BEGIN {_raise(STAGE_HISTORY)}; END""",
        f"""CREATE TRIGGER processes_keep_adoptions BEFORE DELETE ON processes
            WHEN EXISTS (SELECT 1 FROM rate_adoptions WHERE process_id = OLD.id)
            BEGIN {_raise(IN_USE)}; END""",
    ]


def _group_of_account(deal: str, contact: str) -> str:
    """SQL true when ``contact`` is no contact of ``deal``'s account (or either is missing)."""
    return f"""(SELECT account_id FROM contacts WHERE id = {contact})
        IS NOT (SELECT account_id FROM deals WHERE id = {deal})
        OR NOT EXISTS (SELECT 1 FROM deals WHERE id = {deal})"""


def buying_group_triggers() -> list[str]:
    """Schema version 9: who decides.

    A deal's buying group (``deal_contacts``) holds people of the deal's account and is
    read-only once the deal is closed, like the rest of it. A stage's required roles
    (``stage_roles``) gate its milestone as required work does. Who confirmed a milestone
    (``milestone_contacts``) is a person of the deal's account (the app names only people of its
    buying group, in the role they play there); it is written with the milestone, before the
    milestone is sealed into the ledger, and is never changed after (it is also written to the
    sealed event log, which ``check`` compares).
    """
    closed = {op: " OR ".join(_closed(f"{r}.deal_id") for r in refs)
              for op, refs in (("INSERT", ["NEW"]), ("UPDATE", ["OLD", "NEW"]), ("DELETE", ["OLD"]))}
    sealed = "EXISTS (SELECT 1 FROM ledger WHERE tbl = 'milestones' AND row_id = NEW.milestone_id)"
    return [
        *table_guards(DEAL_CONTACTS), *table_guards(STAGE_ROLES), *table_guards(MILESTONE_CONTACTS),
        # --- the buying group ---
        *(f"""CREATE TRIGGER deal_contacts_{op.lower()}_closed BEFORE {op} ON deal_contacts
            WHEN {closed[op]}
            BEGIN {_raise(DEAL_CLOSED)}; END""" for op in ("INSERT", "UPDATE", "DELETE")),
        f"""CREATE TRIGGER deal_contacts_of_account BEFORE INSERT ON deal_contacts
            WHEN {_group_of_account("NEW.deal_id", "NEW.contact_id")}
            BEGIN {_raise(GROUP_ACCOUNT)}; END""",
        f"""CREATE TRIGGER deal_contacts_stay_of_account BEFORE UPDATE OF deal_id, contact_id ON deal_contacts
            WHEN (NEW.deal_id IS NOT OLD.deal_id OR NEW.contact_id IS NOT OLD.contact_id)
             AND ({_group_of_account("NEW.deal_id", "NEW.contact_id")})
            BEGIN {_raise(GROUP_ACCOUNT)}; END""",
        # the people of a deal's group and of its milestones stay of the deal's account
        f"""CREATE TRIGGER deals_account_keeps_people BEFORE UPDATE OF account_id ON deals
            WHEN NEW.account_id IS NOT OLD.account_id AND (
              EXISTS (SELECT 1 FROM deal_contacts g JOIN contacts c ON c.id = g.contact_id
                      WHERE g.deal_id = OLD.id AND c.account_id IS NOT NEW.account_id)
              OR EXISTS (SELECT 1 FROM milestone_contacts p JOIN milestones m ON m.id = p.milestone_id
                         JOIN contacts c ON c.id = p.contact_id
                         WHERE m.deal_id = OLD.id AND c.account_id IS NOT NEW.account_id))
            BEGIN {_raise(GROUP_ACCOUNT)}; END""",
        f"""CREATE TRIGGER contacts_stay_with_deals BEFORE UPDATE OF account_id ON contacts
            WHEN NEW.account_id IS NOT OLD.account_id
             AND (EXISTS (SELECT 1 FROM deal_contacts WHERE contact_id = OLD.id)
               OR EXISTS (SELECT 1 FROM milestone_contacts WHERE contact_id = OLD.id))
            BEGIN {_raise(GROUP_ACCOUNT)}; END""",
        f"""CREATE TRIGGER contacts_no_delete_used BEFORE DELETE ON contacts
            WHEN EXISTS (SELECT 1 FROM deal_contacts WHERE contact_id = OLD.id)
              OR EXISTS (SELECT 1 FROM milestone_contacts WHERE contact_id = OLD.id)
            BEGIN {_raise(CONTACT_IN_USE)}; END""",
        # without foreign_keys the cascade does not run: a deleted deal takes its group along
        # (only a deal without milestones can be deleted, so nobody confirmed one of them)
        """CREATE TRIGGER deals_delete_people AFTER DELETE ON deals
            BEGIN DELETE FROM deal_contacts WHERE deal_id = OLD.id; END""",
        # --- the roles a stage requires ---
        f"""CREATE TRIGGER milestones_required_roles BEFORE INSERT ON milestones
            WHEN NEW.outcome = 'reached' AND EXISTS (
              SELECT 1 FROM stage_roles r WHERE r.stage_id = NEW.stage_id
                AND NOT EXISTS (SELECT 1 FROM deal_contacts g
                                WHERE g.deal_id = NEW.deal_id AND g.role = r.role))
            BEGIN {_raise(ROLES_REQUIRED)}; END""",
        """CREATE TRIGGER stages_delete_roles AFTER DELETE ON stages
            BEGIN DELETE FROM stage_roles WHERE stage_id = OLD.id; END""",
        # --- who confirmed a milestone ---
        f"""CREATE TRIGGER milestone_contacts_no_update BEFORE UPDATE ON milestone_contacts
            BEGIN {_raise(PEOPLE_FINAL)}; END""",
        f"""CREATE TRIGGER milestone_contacts_no_delete BEFORE DELETE ON milestone_contacts
            BEGIN {_raise(PEOPLE_FINAL)}; END""",
        # with the milestone: it exists and is not sealed yet (the app seals in the write
        # transaction that confirms it, right before COMMIT)
        f"""CREATE TRIGGER milestone_contacts_with_milestone BEFORE INSERT ON milestone_contacts
            WHEN NOT EXISTS (SELECT 1 FROM milestones WHERE id = NEW.milestone_id) OR {sealed}
            BEGIN {_raise(PEOPLE_FINAL)}; END""",
        # of the deal's account; that they are in its buying group is the app's to judge when
        # confirming (a group changes later: a rebuilt file takes the milestone as confirmed)
        f"""CREATE TRIGGER milestone_contacts_of_account BEFORE INSERT ON milestone_contacts
            WHEN (SELECT account_id FROM contacts WHERE id = NEW.contact_id) IS NOT (
              SELECT d.account_id FROM milestones m JOIN deals d ON d.id = m.deal_id WHERE m.id = NEW.milestone_id)
              OR NOT EXISTS (SELECT 1 FROM contacts WHERE id = NEW.contact_id)
            BEGIN {_raise(PEOPLE_ACCOUNT)}; END""",
    ]


# schema 9's indexes: the buying group and the milestones' people by person (a contact's
# deletion looks them up); by deal and by milestone, their keys' own indexes serve
BUYING_GROUP_INDEXES: tuple[str, ...] = (
    "CREATE INDEX deal_contacts_by_contact ON deal_contacts (contact_id)",
    "CREATE INDEX milestone_contacts_by_contact ON milestone_contacts (contact_id)",
)


def next_step_triggers() -> list[str]:
    """Added by "0010_next_steps": a closed deal's next step is read-only like the rest of it
    (``deals_closed`` names the columns of its own day). A task's or deliverable's due date
    needs no trigger of its own: the work triggers refuse any change to a frozen stage's or a
    closed deal's work, whatever the column."""
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in ("next_step", "next_step_due"))
    return [
        f"""CREATE TRIGGER deals_closed_next_step BEFORE UPDATE OF next_step, next_step_due ON deals
            WHEN OLD.status <> 'open' AND ({changed})
            BEGIN {_raise(DEAL_CLOSED)}; END""",
    ]


def search_triggers() -> list[str]:
    """Added by "0011_search": the search index kept in step with the deals' text (declared
    with the index in ``planner.store.search``)."""
    return search.triggers()


def _before_stamps() -> list[str]:
    return (current_triggers() + exchange_rate_triggers() + reason_category_triggers() + rate_adoption_triggers()
            + buying_group_triggers() + next_step_triggers() + search_triggers())


def stamp_triggers() -> list[str]:
    """Added by "0014_kept_record": a row's fixed columns (``Column.fixed``: when it was
    written) refuse every change, on each table that takes updates at all (an append-only
    table's own trigger already refuses them, with its own message)."""
    append_only = {_name(t).removesuffix("_no_update") for t in _before_stamps() if _name(t).endswith("_no_update")}
    return [g for table in TABLES if table.name not in append_only for g in stamp_guard(table)]


def kept_deal_triggers() -> list[str]:
    """Added by "0014_kept_record": a closed deal stays, as the win rates and the reasons for
    losing count it; one with confirmed milestones is kept by ``deals_no_delete`` already, so
    this one judges only the others (a deal abandoned before its first milestone)."""
    return [
        f"""CREATE TRIGGER deals_closed_kept BEFORE DELETE ON deals
            WHEN OLD.status <> 'open' AND NOT EXISTS (SELECT 1 FROM milestones WHERE deal_id = OLD.id)
            BEGIN {_raise(CLOSED_KEPT)}; END""",
    ]


def trigger_names() -> list[str]:
    return [_name(t) for t in _before_stamps() + stamp_triggers() + kept_deal_triggers()]
