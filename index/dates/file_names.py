"""The date a file name carries, as scrapers and exporters write it.

A corpus's file names are often the only publication date it has (GDELT exports name every
file by its crawl time), but they also carry hashes and ids: the digits must stand alone
and make a real calendar date in a plausible year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.dates.resolution import valid_date


_NAME_PATTERNS = [
    # 20240504T130000Z_PL_en_0ea2dd10ee.txt
    re.compile(r"(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})T\d{4,6}Z?(?![0-9A-Za-z])"),
    # 2024-05-04-title.txt, 2024_05_04 title.md, 2024.05.04
    re.compile(r"(?<![0-9A-Za-z])(\d{4})([-_.])(\d{2})\2(\d{2})(?!\d)"),
    # title-20240504.html: eight digits standing alone (a hash has letters around them)
    re.compile(r"(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9A-Za-z])"),
]


def date_from_filename(name: str) -> str | None:
    """The date a file name carries ("20240504T130000Z_PL_en_0ea2dd10ee.txt",
    "2024-05-04-title.txt", "2024_05_04 title.md", "title-20240504.html" -> "2024-05-04");
    None when it carries none. Hashes and ids are not dates: the digits must stand alone
    and form a real calendar date in a plausible year."""
    try:
        base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
        for pattern in _NAME_PATTERNS:
            for m in pattern.finditer(base):
                parts = [g for g in m.groups() if g not in ("-", "_", ".")]
                got = valid_date(int(parts[0]), int(parts[1]), int(parts[2]))
                if got and got <= date.today() + timedelta(days=366):
                    return got.isoformat()
    except Exception:
        return None
    return None
