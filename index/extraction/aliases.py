"""Canonical names for claimants, from the alias table `index/extraction/data/claimants.toml`.

Users extend or override the table with a `claimants.toml` of the same shape in their config
folder: `$TALLY_CONFIG_DIR` if set, else `platformdirs.user_config_dir("tally")`; their entries
win. Tables are read once (tomllib) and kept; `reload()` forgets them.

Matching is on the head of the phrase an article attributes a figure to: an alias must end where
the phrase ends ("Ukrainian President Volodymyr Zelenskyy" is Zelensky; "Ukraine's health
minister" is not Ukraine's military), acronyms match as written ("WHO" is not "who"), and
"U.S."/"U.N."/"U.K." read as "US"/"UN"/"UK". A phrase that matches no alias is kept as written.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from itertools import islice
from pathlib import Path

from index.extraction.transliteration import respelled, sound_table
from index.folders import config_dir as _config_dir  # (asked for every name: no wrapper's call)

_DATA = Path(__file__).with_name("data") / "claimants.toml"


def _norm(s: str) -> str:
    if "." in s:  # (asked of every sentence: most hold no initials)
        s = _INITIALS_RE.sub(lambda m: "".join(g or "" for g in m.groups()), s)
    # (str.split's whitespace is the \s of `re`: runs of it made one space, none at either end)
    return " ".join(s.replace("’", "'").split())  # U.N. -> UN, U.S. -> US


_INITIALS_RE = re.compile(r"([A-Z])(?<!\w.)\.([A-Z])\.(?:([A-Z])\.)?")  # (\b after the capital: re skips to capitals)
_NON_SPACE_RE = re.compile(r"\S+")


@lru_cache(maxsize=4)
def _table(config: str | None) -> tuple[re.Pattern, re.Pattern | None, dict[str, tuple[str, str | None]]]:
    entries: list[dict] = []
    sources = [_DATA]
    if config:
        user = Path(config) / "claimants.toml"
        if user.is_file():
            sources.append(user)
    for path in sources:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError):
            continue
        entries.extend(e for e in data.get("claimant", []) if isinstance(e, dict) and e.get("name"))
    lookup: dict[str, tuple[str, str | None]] = {}
    for e in entries:  # later files override earlier ones
        name, losses = str(e["name"]), e.get("losses")
        people = [str(p) for p in e.get("people", []) if isinstance(p, str)]
        for alias in [name, *e.get("aliases", []), *people]:
            alias = _norm(str(alias))
            if not alias:
                continue
            key = alias if _is_acronym(alias) else alias.lower()
            # a person speaking for the body: "US Department of Defense (Milley)"
            who = f"{name} ({alias.split()[-1]})" if alias in people else name
            lookup[key] = (who, str(losses) if losses else None)
    keys_ci = sorted((k for k in lookup if not _is_acronym(k)), key=len, reverse=True)
    exact = sorted((k for k in lookup if _is_acronym(k)), key=len, reverse=True)
    # a lookahead finds overlapping aliases: "Zelensky's forces" inside "Volodymyr Zelensky's forces"
    ci = re.compile(r"(?<![\w'])(?=(" + "|".join(re.escape(k) for k in keys_ci) + r")(?![\w]))", re.I)
    cs = re.compile(r"(?<![\w'])(?=(" + "|".join(re.escape(k) for k in exact) + r")(?![\w]))") if exact else None
    return ci, cs, lookup


@lru_cache(maxsize=4)
def _sounds(config: str | None) -> dict[str, str]:
    """The table's one-word names (surnames mostly) by their sound (`transliteration`)."""
    return sound_table({k: who for k, (who, _) in _table(config)[2].items() if " " not in k and not _is_acronym(k)})


def _is_acronym(alias: str) -> bool:
    return len(alias) <= 5 and sum(c.isupper() for c in alias) >= 2


def canonical(phrase: str, loss: bool = True) -> str:
    """The canonical name for the words an article attributes a figure to. `loss`: the figure
    is a war loss (then a country's claim is its military's count, e.g. "Kyiv" -> "General
    Staff of Ukraine")."""
    return _canonical(phrase, loss, _config_dir())


def alias_tail(words: str) -> int | None:
    """Where the longest alias of the table that `words` end with starts ("... Ukraine's border
    guards" -> the start of "Ukraine's"), or None. Up to eight words are tried ("General Staff of the
    Russian armed forces")."""
    last = words.rsplit(None, 1)[-1:]
    # no alias ends in the last word of most subjects: read no further (initials never span a space)
    if not last or _norm(last[0]).rstrip(",.;:").lower() not in _grams(_config_dir())[3]:
        return None
    _, _, lookup = _table(_config_dir())
    toks = list(_NON_SPACE_RE.finditer(words))
    normed = _norm(words).split()  # normalised once: "U.S." is still one word
    if len(normed) != len(toks):
        return None
    best = None
    for k in range(1, min(8, len(toks)) + 1):
        cand = " ".join(normed[-k:]).rstrip(",.;:")
        if cand in lookup or cand.lower() in lookup:
            best = toks[-k].start()
    return best


def names_whole(phrase: str) -> bool:
    """An alias of the table is the whole phrase ("President of Ukraine"), not its last words
    ("HuffPost UK")."""
    text = _norm(phrase)
    best = _head_alias(text, _config_dir())
    return best is not None and best[0] >= len(text) and best[0] - len(best[2]) == 0


def known(phrase: str) -> bool:
    """The phrase names a claimant of the table ("Vladimir Putin", "the Pentagon")."""
    best = _head_alias(_norm(phrase), _config_dir())
    return best is not None and best[0] >= len(_norm(phrase))


@lru_cache(maxsize=4096)
def _head_alias(text: str, config: str | None) -> tuple[int, int, str] | None:
    """The alias ending last in `text` (English heads come last), then the longest."""
    ci, cs, _ = _table(config)
    best = None
    for rx, fold in ((ci, True), (cs, False)):
        if rx is None:
            continue
        for m in rx.finditer(text):
            if m.start() + len(m.group(1)) < len(text) - 2:
                continue
            key = m.group(1).lower() if fold else m.group(1)
            cand = (m.start() + len(key), len(key), key)
            if best is None or cand[:2] > best[:2]:
                best = cand
    return best


@lru_cache(maxsize=4096)  # articles name the same few claimants again and again
def _canonical(phrase: str, loss: bool, config: str | None) -> str:
    _, _, lookup = _table(config)
    text = _norm(phrase)
    aide = _AIDE_RE.match(text)
    if aide:  # "aide to President Zelensky": his office (table `aides`), else the words as written
        boss = _entries(config).get(_canonical(text[aide.end():], loss, config), {})
        return str(boss["aides"]) if isinstance(boss.get("aides"), str) else phrase
    best = _head_alias(text, config)
    if best is None or best[0] < len(text):
        # "regional Gov. Oleh Sinehubov": the table's "Syniehubov" under another spelling
        other = respelled(text, _sounds(config))
        if other is not None and _head_alias(other, config) is not None:
            return _canonical(other, loss, config)
        office = _SPEAKER_TAIL_RE.search(text) and _office_before(text, config)  # "Russia's MoD spokesman"
        return _canonical(office, loss, config) if office else phrase
    start = best[0] - len(best[2])
    name, losses = lookup[best[2]]
    country = _COUNTRY_BEFORE_RE.search(text[:start]) if start > 0 and _GENERIC_ALIAS_RE.fullmatch(best[2]) else None
    if country and country.group(0)[:5].lower() not in name.lower():
        # "Estonia's Ministry of Defence" is not the UK's "Ministry of Defence": a country named before
        # a generic alias keeps the article's words (but "Ukrainian armed forces' general staff" is Ukraine's)
        return phrase
    if start > 0 and name.endswith(")") and (office := _office_before(text[:start], config)) \
            and office != name.split(" (")[0]:
        # "Pentagon spokesman John Kirby": the office he spoke for then, not the one the table knows him by
        return f"{office} ({name.rsplit('(', 1)[1]}"
    return losses if (loss and losses) else name


_SPEAKER_ROLES = r"spokes(?:man|woman|person)|press\s+secretary|official|chief|head"
_ROLE_TAIL_RE = re.compile(rf"\s+(?:{_SPEAKER_ROLES}|secretary)\s*$", re.I)
_SPEAKER_TAIL_RE = re.compile(rf"\s+(?:{_SPEAKER_ROLES})\s*$", re.I)  # (a bare "Secretary" is a cabinet post cut short)


def _office_before(words: str, config: str | None) -> str | None:
    """The claimant a person's title names ("Pentagon spokesman" -> the Pentagon's entry)."""
    role = _ROLE_TAIL_RE.search(words)
    if role is None:
        return None
    office = words[:role.start()].strip()
    best = _head_alias(office, config) if office else None
    if best is None or best[0] < len(office) or best[0] - len(best[2]) > 0:
        return None
    name = _table(config)[2][best[2]][0]
    return None if name.endswith(")") else name


def mentioned(sentence: str) -> list[str]:
    """The known claimants a sentence names, as written (normalised), in text order; an alias
    inside a longer one counts once ("Ukraine's General Staff", not also "Ukraine"). Looked up
    word by word in a table of the aliases' words: every sentence of an article is asked."""
    return list(_mentions(sentence))


def first_mentioned(sentence: str) -> list[str]:
    """`mentioned(sentence)[:1]`, read only as far as the first claimant (asked of every sentence)."""
    return list(islice(_mentions(sentence), 1))


def _mentions(sentence: str):
    folded, starts, exact, _ = _grams(_config_dir())
    words = [w.rstrip(".,;:") for w in _WORD_RE.findall(_norm(sentence))]
    lows = [w.lower() for w in words]
    i = 0
    # only a word that starts an alias or is an acronym opens a mention: the others (five in six) skipped at once
    for at in [j for j, low in enumerate(lows) if low in starts or words[j] in exact]:
        if at < i:
            continue  # inside the alias just found
        i, low = at, lows[at]
        for n in starts.get(low, ()):  # the lengths of the aliases starting with this word
            if tuple(lows[i:i + n]) in folded:
                yield " ".join(words[i:i + n])
                i += n
                break
        else:
            if words[i] in exact:
                yield words[i]
            i += 1


_WORD_RE = re.compile(r"[\w'.&-]+")


@lru_cache(maxsize=4)
def _grams(config: str | None) -> tuple[frozenset, dict[str, tuple[int, ...]], frozenset, frozenset]:
    """The aliases as tuples of lower-cased words; for each first word, the lengths of the
    aliases it starts, longest first; the acronyms as written; the aliases' last words, lower-cased."""
    _, _, lookup = _table(config)
    folded, exact, starts = set(), set(), {}
    for key in lookup:
        if _is_acronym(key):
            exact.add(key)
            continue
        gram = tuple(m.group().rstrip(".,;:").lower() for m in _WORD_RE.finditer(key))
        if gram:
            folded.add(gram)
            starts.setdefault(gram[0], set()).add(len(gram))
    return frozenset(folded), {w: tuple(sorted(ns, reverse=True)) for w, ns in starts.items()}, frozenset(exact), \
        frozenset(key.rsplit(" ", 1)[-1].lower() for key in lookup)


# Aliases that name a kind of body rather than one body; what comes before them decides.
_GENERIC_ALIAS_RE = re.compile(
    r"(?:(?:ministry|of|defen[cs]e|general|staff|the|armed|forces|military|army|intelligence|mod"
    r"|navy|air|force|command|officials|authorities|government)\s*)+", re.I)
_AIDE_RE = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w'-]+\s+)?(?:aide|adviser|advisor|assistant)s?\s+(?:to|for)\s+(?:the\s+)?", re.I)
_COUNTRY_BEFORE_RE = re.compile(r"\b(?!The\b)[A-Z][a-z]+(?:['’]s|ian|ish|ese|ch|i|ic)?\b")


def counts_side(name: str | None) -> str | None:
    """Whose losses a canonical claimant counts when its sentence does not say (table `counts`)."""
    if not name:
        return None
    side = _counts(name)
    return side if side in ("russia", "ukraine") else None


def enemy_counted(name: str | None) -> str | None:
    """Whose losses a claimant counts, or the body whose count its words of losses give
    ("Russian officials" speak of losses with the defence ministry's count: Ukraine's)."""
    side = counts_side(name)
    if side or not name:
        return side
    entries = _entries(_config_dir())
    entry = entries.get(name) or entries.get(_without_person(name))
    return counts_side(entry["losses"]) if entry and isinstance(entry.get("losses"), str) else None


def _counts(name: str) -> str | None:
    """The table's `counts` for a canonical claimant, also under its person ("... (Shoigu)")."""
    sides = _sides(_config_dir())
    return sides.get(name) or sides.get(_without_person(name))


def _without_person(name: str) -> str:
    """"Russian Ministry of Defence (Shoigu)" -> "Russian Ministry of Defence": the table's entry."""
    return re.sub(r"\s*\([^()]*\)$", "", name)


@lru_cache(maxsize=4)
def _sides(config: str | None) -> dict[str, str]:
    return {name: e["counts"] for name, e in _entries(config).items() if e.get("counts") in ("russia", "ukraine", "civilians")}


@lru_cache(maxsize=4)
def _entries(config: str | None) -> dict[str, dict]:
    """The table's entries by canonical name; the user's win."""
    out: dict[str, dict] = {}
    for path in [_DATA] + ([Path(config) / "claimants.toml"] if config else []):
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError):
            continue
        for e in data.get("claimant", []):
            if isinstance(e, dict) and e.get("name"):
                out[str(e["name"])] = e
    return out


def reports_own_losses(name: str | None) -> bool:
    """The body also reports its own side's losses (table `own = true`: Russia's defence
    ministry has given Russia's dead); one that only counts the enemy's (Ukraine's General
    Staff) is not who "Ukraine said 13,000 of its soldiers died" quotes."""
    entries = _entries(_config_dir())
    entry = (entries.get(name) or entries.get(_without_person(name))) if name else None  # also under its person
    return bool(entry and entry.get("own") is True)


def counting_body(name: str | None, metric: str, kind: str, counted: bool) -> str | None:
    """The body whose count a claimant gives, where the table says so: a running tally (`tally`:
    Ukraine's defence ministry or armed forces on Russia's losses in total or in a day give the
    General Staff's count; `counted`: of the losses the claimant counts), or an organisation's
    agency for one metric (`bodies`: the UN's refugee counts are UNHCR's). A person speaking for a body keeps their words."""
    entry = _entries(_config_dir()).get(name) if name else None
    if not entry:
        return name
    # (troops massed at the border are no loss of the tally, nor a night's air defence)
    if counted and kind in ("cumulative", "daily") and isinstance(entry.get("tally"), str) and metric != "troops_deployed" \
            and not (kind == "daily" and metric in ("drones", "cruise_missiles")):
        return entry["tally"]
    bodies = entry.get("bodies")
    if isinstance(bodies, dict) and isinstance(bodies.get(metric), str):
        return bodies[metric]
    return name


def is_outlet(name: str | None) -> bool:
    """A news outlet of the table (`outlet = true`): it relays what others count."""
    entry = _entries(_config_dir()).get(name) if name else None
    return bool(entry and entry.get("outlet") is True)


def counts_civilians(name: str | None) -> bool:
    """A claimant that counts the war's civilian dead and hurt (table `counts = "civilians"`):
    a bare "338 dead" in its report is civilians'."""
    return bool(name) and _counts(name) == "civilians"


TABLE_CACHES: list = []  # other modules' caches of answers that come from the tables: forgotten with them


def reload() -> None:
    """Forget the loaded tables (after the user edits their claimants.toml)."""
    # (the names by their sound too: a surname added to the table is found under its other spellings)
    for cached in (*TABLE_CACHES, _table, _grams, _canonical, _head_alias, _sides, _entries, _sounds):
        cached.cache_clear()
