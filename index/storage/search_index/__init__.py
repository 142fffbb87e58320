"""The search index, on Whoosh. The only package that imports whoosh, so another engine could
replace it behind the same few calls: open/verify, docs(), write(), parse(), search().

One document per article: title and body (stemmed), outlet, and the figures' claimants,
metrics, sides and values, so a query can ask for `claimant:"General Staff of Ukraine"` or
`value:>500000`. The body text is not stored here: the catalog has it, and hit offsets are
computed by tokenising it with the same analyzer the index used.

The parts: `schema` (fields and the one-loop analysis), `store` (the folder, commits,
searching), `segments` (fast segment writing, also by workers), `matching` (query expansion
and ranges), `highlights` (hit offsets in the text).
"""

from index.storage.search_index.highlights import offsets as _offsets, query_terms as _query_terms
from index.storage.search_index.schema import _FAST, FIELDS, STEM as _STEM, StemmedText, make_schema
from index.storage.search_index.segments import SegmentBuilder
from index.storage.search_index.store import MAX_SEGMENTS, Store, StoreDamaged, StoreMissing

__all__ = ["FIELDS", "MAX_SEGMENTS", "SegmentBuilder", "StemmedText", "Store", "StoreDamaged",
           "StoreMissing", "make_schema", "_FAST", "_STEM", "_offsets", "_query_terms"]
