"""`tally reference import FILE...`: a newer copy of the official record, kept in the user's
data folder and used from then on.

Takes the source's own files (`russia_losses_personnel.json`, `russia_losses_equipment.json`,
either or both) or a CSV in tally's form. Each file's bulletins are laid over the copy in use
date by date, so importing only the personnel file keeps the equipment columns.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

from index.checking.record import (COLUMN_ORDER, FILE_NAME, Record, RecordError, data_home,
                                   load_record, read_csv, record_path)

# the source's JSON keys -> the record's columns
JSON_KEYS = {
    "personnel": "personnel", "personnel*": "personnel_qualifier", "POW": "POW",
    "tank": "tank", "APC": "APC", "field artillery": "artillery", "MRL": "MLRS",
    "aircraft": "aircraft", "helicopter": "helicopter", "drone": "drone", "naval ship": "ship",
    "submarines": "submarine", "vehicles and fuel tanks": "vehicles_fuel_tanks",
    "military auto": "military_auto", "fuel tank": "fuel_tank",
    "anti-aircraft warfare": "air_defense", "cruise missiles": "cruise_missiles",
    "special equipment": "special_equipment", "mobile SRBM system": "mobile_SRBM",
    "ground robotic systems": "ground_robotic_systems",
    "greatest losses direction": "greatest_losses_direction", "day": "day",
}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_BYTES = 50 * 1024 * 1024


def read_rows(path: Path) -> list[dict[str, str]]:
    """A file's bulletins as rows of the record's columns; RecordError says what is wrong."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise RecordError(f"{path.name} is over 50 MB: not a record of bulletins")
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise RecordError(f"cannot read {path.name}: {err.__class__.__name__}") from None
    if raw.lstrip()[:1] in ("[", "{"):
        try:
            items = json.loads(raw)
        except ValueError as err:
            raise RecordError(f"{path.name} is not valid JSON ({err})") from None
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise RecordError(f"{path.name} is not a list of bulletins")
        rows = [{JSON_KEYS[k]: _cell(v) for k, v in item.items() if k in JSON_KEYS}
                | {"date": str(item.get("date", ""))[:10]} for item in items]
    else:
        rows = list(csv.DictReader(io.StringIO(raw)))
        rows = [{k: (v or "") for k, v in r.items() if k in COLUMN_ORDER} for r in rows]
    bad = next((r.get("date") for r in rows if not DATE_RE.match(r.get("date") or "")), None)
    if bad is not None or not rows:
        raise RecordError(f"{path.name}: " + (f"a bulletin has no valid date ({bad!r})"
                                             if rows else "no bulletins in it"))
    if not any(c in r for r in rows[:5] for c in ("personnel", "tank")):
        raise RecordError(f"{path.name} has neither personnel nor equipment counts")
    return rows


def _cell(value) -> str:
    return "" if value is None else str(value)


def import_files(paths: list[Path]) -> Record:
    """Lay the files' bulletins over the copy in use and keep the result as the user's copy."""
    merged: dict[str, dict[str, str]] = {}
    current, _ = record_path()
    for row in read_rows(current) if current.is_file() else []:
        merged[row["date"]] = row
    for path in paths:
        for row in read_rows(path):
            merged.setdefault(row["date"], {}).update({k: v for k, v in row.items() if v != ""})
    dates = sorted(merged)
    previous = None
    for d in dates:  # the day's change in personnel, as the source's site shows it
        row, now = merged[d], merged[d].get("personnel", "")
        if previous not in (None, "") and now != "":
            row["personnel_daily_delta"] = str(int(float(now)) - int(float(previous)))
        previous = now or previous
    folder = data_home()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FILE_NAME
    tmp = folder / (FILE_NAME + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMN_ORDER, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(merged[d] for d in dates)
    read_csv(tmp, imported=True)  # what was written must read back before it replaces a copy
    os.replace(tmp, target)
    return load_record()
