"""Data in and out of a planner file: CRM spreadsheets (Pipedrive, HubSpot, any CSV) in and
out, the full export as JSON and back into a new file, and a calendar of dates to come.

- ``csv_files``: reading and writing the CSV text the tools exchange (encodings, BOM,
  delimiters, quoted line breaks);
- ``values``: their numbers, dates and currencies as people and tools write them;
- ``columns``: which column holds what, by the header spellings of each tool;
- ``import_plan``: what an import will do, row by row, and what is wrong (the dry run);
- ``import_run``: doing it, in one transaction, after a snapshot;
- ``crm_export``: deals, organizations and people in the columns the tools' importers take;
- ``full_export`` / ``full_import``: every row of a file as JSON, and a new file from it;
- ``calendar``: next-milestone targets and expected closes as an .ics file;
- ``commands``: the ``import`` and ``export`` commands of the command line.
"""
