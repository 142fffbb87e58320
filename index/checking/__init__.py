"""Fact-checking: figures against the General Staff's daily record, undated articles dated
from the bulletins they quote, a value traced to who said it first, claimants side by side.

Uses the records of `index.model` and `index.api` only: it never reads files or extracts.
"""

from index.checking.check_list import check_all
from index.checking.checks import Check
from index.checking.dating import date_undated
from index.checking.record import Record, RecordError, load_record

__all__ = ["Check", "Record", "RecordError", "check_all", "date_undated", "load_record"]
