"""The official record: the General Staff of Ukraine's daily bulletins of Russian losses.

A copy ships with tally (`data/genstaff_daily.csv`, MIT, see `data/LICENSE-genstaff.txt`);
a newer one imported with `tally reference import` lives in the user's data folder and wins.
One row per bulletin; `date` is the bulletin's "as of" date.
"""

from __future__ import annotations

import bisect
import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent / "data" / "genstaff_daily.csv"
FILE_NAME = "genstaff_daily.csv"

# tally's metric -> the record's columns (the first one a bulletin fills is used). The
# General Staff's "personnel" count is what articles call its killed, deaths or casualties:
# both metrics are checked against it, which is what the figures say, not a judgement on it.
COLUMNS = {
    "personnel_killed": ("personnel",),
    "personnel_casualties": ("personnel",),
    "personnel_captured": ("POW",),
    "tanks": ("tank",),
    "armored_vehicles": ("APC",),
    "artillery": ("artillery",),
    "mlrs": ("MLRS",),
    "aircraft": ("aircraft",),
    "helicopters": ("helicopter",),
    "drones": ("drone",),
    "ships": ("ship",),
    "submarines": ("submarine",),
    "vehicles": ("vehicles_fuel_tanks", "military_auto"),
    "air_defense": ("air_defense",),
    "cruise_missiles": ("cruise_missiles",),
    "special_equipment": ("special_equipment",),
}
DAILY_COLUMN = {"personnel": "personnel_daily_delta"}  # published; others are differences
COLUMN_ORDER = ("date", "day", "personnel", "personnel_qualifier", "POW", "tank", "APC",
                "artillery", "MLRS", "aircraft", "helicopter", "drone", "ship", "submarine",
                "vehicles_fuel_tanks", "military_auto", "fuel_tank", "air_defense",
                "cruise_missiles", "special_equipment", "mobile_SRBM", "ground_robotic_systems",
                "greatest_losses_direction", "personnel_daily_delta")


class RecordError(ValueError):
    """A record file that cannot be read; the message says which and why."""


def data_home() -> Path:
    """`TALLY_DATA_DIR` when set, else the platform's data folder (where an imported record
    is kept: the cache can be wiped, an import should not vanish with it)."""
    env = os.environ.get("TALLY_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("tally"))


@dataclass
class Record:
    dates: list[str]
    columns: dict[str, list[int | None]]  # column -> value per bulletin (None: not given)
    path: Path
    imported: bool = False
    _sorted: dict = field(default_factory=dict, repr=False)

    @property
    def first(self) -> str:
        return self.dates[0]

    @property
    def last(self) -> str:
        return self.dates[-1]

    def values(self, metric: str, daily: bool = False) -> list[int | None]:
        """One value per bulletin: the cumulative count, or the day's change (`daily`)."""
        key = (metric, daily)
        if key not in self._sorted:
            self._sorted[key] = self._build(metric, daily)
        return self._sorted[key][0]

    def _build(self, metric: str, daily: bool):
        cols = [self.columns[c] for c in COLUMNS[metric] if c in self.columns]
        total = [next((col[i] for col in cols if col[i] is not None), None)
                 for i in range(len(self.dates))]
        values = total
        if daily:
            given = self.columns.get(DAILY_COLUMN.get(COLUMNS[metric][0], ""))
            values = [given[i] if given and given[i] is not None else
                      (total[i] - total[i - 1] if i and total[i] is not None
                       and total[i - 1] is not None else None)
                      for i in range(len(total))]
        ranked = sorted((v, i) for i, v in enumerate(values) if v is not None)
        return values, ranked

    def allowing(self, metric: str, lo: float, hi: float, daily: bool = False) -> list[int]:
        """Indexes of the bulletins whose value lies in [lo, hi], in date order."""
        self.values(metric, daily)
        ranked = self._sorted[(metric, daily)][1]
        a = bisect.bisect_left(ranked, (lo, -1))
        b = bisect.bisect_right(ranked, (hi, len(self.dates)))
        return sorted(i for _, i in ranked[a:b])

    def index_of(self, date: str) -> int | None:
        """The bulletin of `date`, else None (before the first or after the last)."""
        if not date or date < self.first or date > self.last:
            return None
        i = bisect.bisect_right(self.dates, date[:10]) - 1
        return i if i >= 0 else None

    def series(self, metric: str) -> list[tuple[str, int]]:
        """(bulletin date, cumulative value) for every bulletin that gives `metric`."""
        if metric not in COLUMNS:
            return []
        return [(d, v) for d, v in zip(self.dates, self.values(metric)) if v is not None]


def read_csv(path: Path, imported: bool = False) -> Record:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise RecordError(f"cannot read {path.name}: {err.__class__.__name__}") from None
    if not rows or "date" not in rows[0] or "personnel" not in rows[0]:
        raise RecordError(f"{path.name} is not a record of bulletins (no date and "
                          "personnel columns)")
    rows.sort(key=lambda r: r["date"])
    names = [c for c in rows[0] if c in COLUMN_ORDER and c not in ("date", "day",
                                                                   "personnel_qualifier",
                                                                   "greatest_losses_direction")]
    columns = {c: [_int(r.get(c)) for r in rows] for c in names}
    return Record([r["date"][:10] for r in rows], columns, path, imported)


def _int(text) -> int | None:
    if text is None or str(text).strip() == "":
        return None
    try:
        return int(float(str(text).replace(",", "")))
    except ValueError:
        return None


def record_path() -> tuple[Path, bool]:
    """The copy in use: the imported one when present, else the shipped one."""
    mine = data_home() / FILE_NAME
    return (mine, True) if mine.is_file() else (SHIPPED, False)


def load_record() -> Record:
    path, imported = record_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    try:
        return _load(path, stamp, imported)
    except RecordError:
        if not imported:
            raise
        return _load(SHIPPED, 0, False)  # a damaged import falls back to the shipped copy


@lru_cache(maxsize=4)
def _load(path: Path, stamp: int, imported: bool) -> Record:
    return read_csv(path, imported)
