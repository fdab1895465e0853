"""Header spellings of the tools' exports, and which kind of records a file holds."""

from __future__ import annotations

import pytest

from planner.transfer.columns import Field, Kind, guess, guess_kind, guess_mapping

PIPEDRIVE_DEALS = ["Deal - ID", "Deal - Title", "Deal - Owner", "Deal - Value", "Deal - Currency of value",
                   "Deal - Organization", "Deal - Pipeline", "Deal - Contact person", "Deal - Stage",
                   "Deal - Status", "Deal - Deal created", "Deal - Won time", "Deal - Lost reason",
                   "Deal - Expected close date"]
HUBSPOT_DEALS = ["Record ID", "Deal Name", "Deal owner", "Amount", "Create Date", "Deal Stage", "Pipeline",
                 "Associated Company", "Close Date", "Closed Lost Reason", "Closed Won Reason"]


def test_pipedrive_deal_columns() -> None:
    found = guess_mapping(Kind.DEALS, PIPEDRIVE_DEALS)
    assert {f: PIPEDRIVE_DEALS[i] for f, i in found.items()} == {
        Field.EXTERNAL_ID: "Deal - ID", Field.TITLE: "Deal - Title", Field.VALUE: "Deal - Value",
        Field.CURRENCY: "Deal - Currency of value", Field.ORGANIZATION: "Deal - Organization",
        Field.PIPELINE: "Deal - Pipeline", Field.CONTACT_PERSON: "Deal - Contact person",
        Field.STAGE: "Deal - Stage", Field.STATUS: "Deal - Status", Field.CREATED: "Deal - Deal created",
        Field.CLOSED_ON: "Deal - Won time", Field.LOST_REASON: "Deal - Lost reason",
        Field.EXPECTED_CLOSE: "Deal - Expected close date"}


def test_hubspot_deal_columns() -> None:
    found = {f: HUBSPOT_DEALS[i] for f, i in guess_mapping(Kind.DEALS, HUBSPOT_DEALS).items()}
    assert found[Field.TITLE] == "Deal Name"
    assert found[Field.ORGANIZATION] == "Associated Company"
    assert found[Field.VALUE] == "Amount"
    assert found[Field.STAGE] == "Deal Stage"
    assert found[Field.EXPECTED_CLOSE] == "Close Date"
    assert found[Field.LOST_REASON] == "Closed Lost Reason"
    assert found[Field.WON_REASON] == "Closed Won Reason"


@pytest.mark.parametrize(("kind", "header", "field"), [
    (Kind.ORGANIZATIONS, "Organization - Name", Field.NAME),
    (Kind.ORGANIZATIONS, "Company name", Field.NAME),
    (Kind.ORGANIZATIONS, "Number of Employees", Field.SIZE),
    (Kind.PEOPLE, "Person - Name*", Field.NAME),
    (Kind.PEOPLE, "Person - Email (Work)", Field.EMAIL),
    (Kind.PEOPLE, "Organization name", Field.ORGANIZATION),
    (Kind.PEOPLE, "First Name", Field.FIRST_NAME),
    (Kind.PEOPLE, "Phone Number", Field.PHONE),
    (Kind.DEALS, "Deal - Currency", Field.CURRENCY),
    (Kind.DEALS, "Deal - Deal closed on", Field.CLOSED_ON),
])
def test_other_spellings(kind: Kind, header: str, field: Field) -> None:
    assert guess(kind, header) is field


def test_the_kind_of_a_file_from_its_headers() -> None:
    assert guess_kind(HUBSPOT_DEALS) is Kind.DEALS
    assert guess_kind(["Record ID", "First Name", "Last Name", "Email", "Associated Company"]) is Kind.PEOPLE
    assert guess_kind(["Organization - Name", "Organization - Address", "Organization - Labels"]) is Kind.ORGANIZATIONS
