"""Where a wire story was filed, which is never who says it nor whose losses it counts. Copy
gives it three ways, and each reader of a sentence looks for the one it meets:

- `DASHED_RE`, at a sentence's start: "KYIV, Ukraine (AP) —", "MOSCOW (dpa-AFX) -" (its place
  names no side of the losses after it: `sides`);
- `AFTER_PLACE_RE`, after a place the subject scan took for a name: "Moscow, Dec 31 (UNI) The
  shelling ..." (`subjects`);
- `AGENCY_DASH_RE`, before a name the sentence gave: "Lugansk, SANA- The command" (`name_cleaning`).
"""

from __future__ import annotations

import re

DASHED_RE = re.compile(r"\W{0,3}[A-Z][A-Za-z’'-]+(?:,\s+[A-Z][A-Za-z]+){0,2}\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s")
AFTER_PLACE_RE = re.compile(
    r"\s*,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|(?:[A-Z][\w-]+\s+)?\((?:AP|AFP|UNI|IANS|PTI|Reuters|Xinhua|ANI|dpa|TASS|RIA|Sputnik)\))")
AGENCY_DASH_RE = re.compile(r"^(?:[A-Z][\w’'-]+,\s+)?[A-Z]{2,}\s*[-–—]+\s+")
