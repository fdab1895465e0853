"""Which column of an export holds what: the fields an import fills, and the header
spellings Pipedrive, HubSpot and our own CSV export use for them.

Pipedrive names its columns ``Entity - Field`` ("Deal - Title", "Organization - Name",
"Person - Email"), the linked organization and person of a deal either bare
("Organization", "Contact person") or prefixed ("Deal - Organization"); HubSpot uses plain
labels ("Deal Name", "Deal Stage", "Associated Company"). A guess compares headers folded
(case, spaces, punctuation and a trailing "*" ignored), first as spelled, then without the
entity prefix. The user sees and can change every guess (the wizard's columns page, the
command's dry run); a column nobody maps is left out and listed as such.
"""

from __future__ import annotations

import re
from enum import StrEnum

from planner.domain.errors import QT_TRANSLATE_NOOP


class Source(StrEnum):
    PIPEDRIVE = "pipedrive"
    HUBSPOT = "hubspot"
    CSV = "csv"


SOURCE_NAMES = {Source.PIPEDRIVE: "Pipedrive", Source.HUBSPOT: "HubSpot",
                Source.CSV: QT_TRANSLATE_NOOP("transfer", "a spreadsheet")}


class Kind(StrEnum):
    """The three files an export may have: one per kind of record."""

    DEALS = "deals"
    ORGANIZATIONS = "organizations"
    PEOPLE = "people"


class Field(StrEnum):
    # deals
    TITLE = "title"
    ORGANIZATION = "organization"
    VALUE = "value"
    CURRENCY = "currency"
    PIPELINE = "pipeline"
    STAGE = "stage"
    STATUS = "status"
    EXPECTED_CLOSE = "expected_close"
    NEXT_TARGET = "next_target"
    LOST_REASON = "lost_reason"
    WON_REASON = "won_reason"
    CLOSED_ON = "closed_on"
    CREATED = "created"
    CONTACT_PERSON = "contact_person"
    NOTES = "notes"
    RISKS = "risks"
    EXTERNAL_ID = "external_id"
    # organizations (NAME and NOTES too)
    NAME = "name"
    INDUSTRY = "industry"
    SIZE = "size"
    KIND = "kind"
    RELATIONSHIP = "relationship"
    ADDRESS = "address"
    # people (NAME, ORGANIZATION, NOTES too)
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    JOB_TITLE = "job_title"
    EMAIL = "email"
    PHONE = "phone"


FIELDS: dict[Kind, tuple[Field, ...]] = {
    Kind.DEALS: (Field.TITLE, Field.ORGANIZATION, Field.VALUE, Field.CURRENCY, Field.PIPELINE, Field.STAGE,
                 Field.STATUS, Field.EXPECTED_CLOSE, Field.NEXT_TARGET, Field.LOST_REASON, Field.WON_REASON,
                 Field.CLOSED_ON, Field.CREATED, Field.CONTACT_PERSON, Field.NOTES, Field.RISKS,
                 Field.EXTERNAL_ID),
    Kind.ORGANIZATIONS: (Field.NAME, Field.INDUSTRY, Field.SIZE, Field.KIND, Field.RELATIONSHIP, Field.ADDRESS,
                         Field.NOTES, Field.EXTERNAL_ID),
    Kind.PEOPLE: (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME, Field.ORGANIZATION, Field.JOB_TITLE, Field.EMAIL,
                  Field.PHONE, Field.NOTES, Field.EXTERNAL_ID),
}
REQUIRED: dict[Kind, tuple[Field, ...]] = {
    Kind.DEALS: (Field.TITLE, Field.ORGANIZATION),
    Kind.ORGANIZATIONS: (Field.NAME,),
    Kind.PEOPLE: (Field.ORGANIZATION,),  # and a name: NAME, or FIRST_NAME / LAST_NAME
}

# what the columns page and the dry run call each field
LABELS: dict[Field, str] = {
    Field.TITLE: QT_TRANSLATE_NOOP("transfer", "Deal title"),
    Field.ORGANIZATION: QT_TRANSLATE_NOOP("transfer", "Organization (account)"),
    Field.VALUE: QT_TRANSLATE_NOOP("transfer", "Value"),
    Field.CURRENCY: QT_TRANSLATE_NOOP("transfer", "Currency"),
    Field.PIPELINE: QT_TRANSLATE_NOOP("transfer", "Pipeline"),
    Field.STAGE: QT_TRANSLATE_NOOP("transfer", "Stage"),
    Field.STATUS: QT_TRANSLATE_NOOP("transfer", "Status (open, won, lost)"),
    Field.EXPECTED_CLOSE: QT_TRANSLATE_NOOP("transfer", "Expected close date"),
    Field.NEXT_TARGET: QT_TRANSLATE_NOOP("transfer", "Next milestone target"),
    Field.LOST_REASON: QT_TRANSLATE_NOOP("transfer", "Lost reason"),
    Field.WON_REASON: QT_TRANSLATE_NOOP("transfer", "Won reason"),
    Field.CLOSED_ON: QT_TRANSLATE_NOOP("transfer", "Closed on"),
    Field.CREATED: QT_TRANSLATE_NOOP("transfer", "Created on"),
    Field.CONTACT_PERSON: QT_TRANSLATE_NOOP("transfer", "Contact person"),
    Field.NOTES: QT_TRANSLATE_NOOP("transfer", "Notes"),
    Field.RISKS: QT_TRANSLATE_NOOP("transfer", "Risks"),
    Field.EXTERNAL_ID: QT_TRANSLATE_NOOP("transfer", "Their ID"),
    Field.NAME: QT_TRANSLATE_NOOP("transfer", "Name"),
    Field.INDUSTRY: QT_TRANSLATE_NOOP("transfer", "Industry"),
    Field.SIZE: QT_TRANSLATE_NOOP("transfer", "Size"),
    Field.KIND: QT_TRANSLATE_NOOP("transfer", "Kind of customer"),
    Field.RELATIONSHIP: QT_TRANSLATE_NOOP("transfer", "Relationship"),
    Field.ADDRESS: QT_TRANSLATE_NOOP("transfer", "Address"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("transfer", "First name"),
    Field.LAST_NAME: QT_TRANSLATE_NOOP("transfer", "Last name"),
    Field.JOB_TITLE: QT_TRANSLATE_NOOP("transfer", "Job title"),
    Field.EMAIL: QT_TRANSLATE_NOOP("transfer", "Email"),
    Field.PHONE: QT_TRANSLATE_NOOP("transfer", "Phone"),
}
KIND_LABELS: dict[Kind, str] = {
    Kind.DEALS: QT_TRANSLATE_NOOP("transfer", "deals"),
    Kind.ORGANIZATIONS: QT_TRANSLATE_NOOP("transfer", "organizations"),
    Kind.PEOPLE: QT_TRANSLATE_NOOP("transfer", "people"),
}


def fold(header: str) -> str:
    """A header compared loosely: lower case, letters and digits only ("Deal - Title*" -> "dealtitle")."""
    return re.sub(r"[\W_]+", "", header.casefold())


# Header spellings, folded. Pipedrive: its import field list and the columns of its
# list-view exports ("Deal - Currency of value", "Deal - Deal created", bare "Organization");
# HubSpot: its export labels ("Deal Name", "Close Date", "Associated Company", "Closed Lost
# Reason"); ours: the headers ``crm_export`` writes for --to csv.
_ALIASES: dict[Kind, dict[Field, tuple[str, ...]]] = {
    Kind.DEALS: {
        Field.TITLE: ("title", "dealtitle", "dealname", "deal", "name", "opportunity", "opportunityname", "商機"),
        Field.ORGANIZATION: ("organization", "organisation", "organizationname", "organisationname",
                             "dealorganization", "associatedcompany", "company", "companyname", "account",
                             "accountname", "customer", "客戶"),
        Field.VALUE: ("value", "dealvalue", "amount", "dealamount", "金額"),
        Field.CURRENCY: ("currency", "currencyofvalue", "dealcurrency", "dealcurrencycode", "currencycode",
                         "幣別"),
        Field.PIPELINE: ("pipeline", "dealpipeline", "process", "銷售管道"),
        Field.STAGE: ("stage", "dealstage", "stagepipeline", "pipelinestage", "階段"),
        Field.STATUS: ("status", "dealstatus", "狀態"),
        Field.EXPECTED_CLOSE: ("expectedclosedate", "expectedclose", "closedate", "expectedclosingdate",
                               "預計成交日"),
        Field.NEXT_TARGET: ("nextmilestonetarget", "nexttarget", "nextmilestone"),
        Field.LOST_REASON: ("lostreason", "closedlostreason", "closereason", "reason"),
        Field.WON_REASON: ("wonreason", "closedwonreason"),
        Field.CLOSED_ON: ("closedon", "dealclosedon", "wontime", "losttime", "closetime", "closed"),
        Field.CREATED: ("created", "dealcreated", "creationdate", "createdate", "addtime", "createdon"),
        Field.CONTACT_PERSON: ("contactperson", "dealcontactperson", "person", "associatedcontact", "contact"),
        Field.NOTES: ("notes", "note", "notecontent", "description", "dealdescription"),
        Field.RISKS: ("risks",),
        Field.EXTERNAL_ID: ("id", "dealid", "recordid", "pipedrivesystemid", "dealpipedrivesystemid"),
    },
    Kind.ORGANIZATIONS: {
        Field.NAME: ("name", "organizationname", "organisationname", "organization", "companyname", "company",
                     "account", "accountname", "名稱", "客戶"),
        Field.INDUSTRY: ("industry", "industrytext", "產業"),
        Field.SIZE: ("size", "numberofemployees", "employees", "companysize", "規模"),
        Field.KIND: ("kind", "customerkind", "type", "companytype", "label", "labels", "organizationlabels"),
        Field.RELATIONSHIP: ("relationship",),
        Field.ADDRESS: ("address", "organizationaddress", "fullcombinedaddressofaddress", "streetaddress",
                        "地址"),
        Field.NOTES: ("notes", "note", "description", "about", "aboutus"),
        Field.EXTERNAL_ID: ("id", "recordid", "organizationid", "pipedrivesystemid",
                            "organizationpipedrivesystemid"),
    },
    Kind.PEOPLE: {
        Field.NAME: ("name", "personname", "fullname", "contactname", "contact", "姓名"),
        Field.FIRST_NAME: ("firstname", "givenname", "personfirstname"),
        Field.LAST_NAME: ("lastname", "surname", "familyname", "personlastname"),
        Field.ORGANIZATION: ("organization", "organisation", "organizationname", "personorganization",
                             "associatedcompany", "company", "companyname", "account", "客戶"),
        Field.JOB_TITLE: ("jobtitle", "title", "position", "role", "職稱"),
        Field.EMAIL: ("email", "emailaddress", "emailwork", "workemail", "emailhome", "emailother", "mail"),
        Field.PHONE: ("phone", "phonenumber", "phonework", "workphone", "mobilephone", "mobile", "phonemobile",
                      "telephone", "電話"),
        Field.NOTES: ("notes", "note", "description"),
        Field.EXTERNAL_ID: ("id", "recordid", "personid", "pipedrivesystemid", "personpipedrivesystemid"),
    },
}
_PREFIXES: dict[Kind, tuple[str, ...]] = {
    Kind.DEALS: ("deal",), Kind.ORGANIZATIONS: ("organization", "organisation", "company"),
    Kind.PEOPLE: ("person", "contact"),
}


def guess(kind: Kind, header: str) -> Field | None:
    """The field a header names, if it names one."""
    folded = fold(header)
    if not folded:
        return None
    table = _ALIASES[kind]
    for f, spellings in table.items():
        if folded in spellings:
            return f
    for prefix in _PREFIXES[kind]:
        if folded.startswith(prefix) and len(folded) > len(prefix):
            rest = folded[len(prefix):]
            for f, spellings in table.items():
                if rest in spellings:
                    return f
    return None


Mapping = dict[Field, int]  # field -> the column (index) that fills it


def guess_mapping(kind: Kind, headers: list[str]) -> Mapping:
    """Each field from the first column that names it; a column fills one field at most."""
    found: Mapping = {}
    for i, header in enumerate(headers):
        f = guess(kind, header)
        if f is not None and f not in found:
            found[f] = i
    return found


def guess_kind(headers: list[str]) -> Kind:
    """Which kind of records a file holds, by how many of its headers each kind knows
    (a deals file wins ties: its file is the one an import needs)."""
    def score(kind: Kind) -> int:
        return len(guess_mapping(kind, headers))

    return max((Kind.DEALS, Kind.ORGANIZATIONS, Kind.PEOPLE), key=score)
