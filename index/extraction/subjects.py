"""Who is the subject of a verb of saying: the noun phrase before "said", past adverbs and
appositives ("General Eirik Kristoffersen, the military commander of Norway, stated"), a
pronoun or a description that refers back ("it said", "the think tank noted"), a body after
"which" ("Ukraine, which says ..."), and not an object the verb follows ("authorities in Sumy
oblast bordering Russia reported")."""

from __future__ import annotations

import re

from index.extraction.aliases import alias_tail, canonical, known
from index.extraction.attribution_patterns import (
    ADVERBIALS, DESCRIPTION_SUBJECT_RE, GROUP_WORDS, NP_TOKEN, DESCRIPTION_RE, OFFICE_OF_REGION, PLACE_IN, ROLE_WORDS,
)
from index.extraction.datelines import AFTER_PLACE_RE
from index.extraction.referents import DESCRIPTION_HEADS, PRESIDENT_RE

_CLAUSE_WORD_RE = re.compile(
    r"that|and|but|while|as|when|after|because|so|meanwhile|also|then|where|though|although|since"
    r"|whereas|yet|if|now|however|said|says|and|or|before|until|once|what|which|who|whom|whose")


_REPORT_NOUN_RE = re.compile(
    r"\b(?:reports?|figures|data|numbers|statistics|estimates?|assessment|update|bulletin|count|tally)"
    r"(?:,?\s+(?:released|published|issued|compiled|provided))?\s+(?:from|by)\s+$", re.I)
_NAME_APPOSITIVE_RE = re.compile(
    r"\s*,\s*((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)\s*,")


_WORK_ADJ = r"(?:(?:latest|new|recent|annual|own|monthly|weekly|daily|fresh|updated|official|leaked|confidential|classified"
_WORK_ADJ += r"|declassified|secret|internal)\s+)*"
_OWNED_WORK_RE = re.compile(
    r"(?:^|\b(?i:the|a|an|its)\s+)" + _WORK_ADJ + r"(?!(?:The|A|An|This|That|Its|Their|New|Latest)\b)(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:['’]s)?\s+"
    + _WORK_ADJ + r"(?:survey|report|study|analysis|assessment|estimates?|update|data|figures|count|tally|research"
    r"|investigation|bulletin|tracker|database)\s*$")
_WORK_NOUNS = ("survey", "report", "study", "analysis", "assessment", "estimate", "estimates", "update", "data",
               "figures", "count", "tally", "research", "investigation", "bulletin", "tracker", "database")
_NATIONALITY_RE = re.compile(r"Ukrainian|Russian|British|American|Western|European|Polish|German|French|Israeli")
_PRONOUN_SUBJECT_RE = re.compile(
    r"(?:^|[,;:\"”“’—–]\s*|\b(?:and|but|when|after|while|because|although|though|where|what)\s+)(it|he|she|they)\s*$", re.I)
_RELATIVE_RE = re.compile(r"\s*,\s*(?:which|who)\s*$")
_PLACE_AFTER_RE = re.compile(
    rf"\s+{PLACE_IN}(?P<region>\s+(?:region|oblast|province|district|area))?\s*$")
# a word right before a subject's name that is a title of it, not a verb or place it follows
_TITLE_NOUN_RE = re.compile(
    r"(?:[a-z]+-)?(?:candidate|host|analyst|expert|lawmaker|politician|activist|blogger|journalist|correspondent"
    r"|researcher|historian|economist|diplomat|envoy|negotiator|leader|chairman|chairwoman|chair"
    r"|founder|owner|boss|member|veteran|investigator|strategist|colonel|general|officer|minister"
    r"|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|commander|governor|mayor"
    # a kind of outlet or body before its name: "news website The Kyiv Independent believes"
    r"|website|site|outlet|newspaper|daily|weekly|magazine|broadcaster|channel|portal|tabloid|agency"
    r"|publication|tank|think-tank|non-?profit|watchdog|monitor|project|group|organi[sz]ation|initiative|NGO)(?:-[a-z]+)*", re.I)
# a group with no name of its own that the place after it names ("officials in Kyiv"), as the
# subject of its clause (not "... killed by the military in Sumy")
_GROUP_BEFORE_PLACE_RE = re.compile(
    r"(?:^|[,;:\"“”]\s*|\b(?:that|and|but|while|when|as)\s+)(?P<g>(?:(?i:the|an?|local|regional|city|provincial|state"
    rf"|senior|top|military|emergency)\s+){{0,3}}(?i:{GROUP_WORDS}))$")
_HEAD_OF_PLACE_RE = re.compile(
    r"\b(?:head|chief|leader|governor|mayor)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:region|republic|oblast|city|province)\s+$",
    re.I)
_WORKERS_BEFORE_RE = re.compile(r"\b(?:analysts|researchers|journalists|experts|reporters|volunteers|investigators)\s+(?:from|at|of|with)\s+$", re.I)
_OBJECT_BEFORE_RE = re.compile(r"\w+(?:ing|ed)|in|on|at|near|from|with|against|to|into|over|under", re.I)


_THE_TITLE_RE = re.compile(r"[Tt]he\s+[A-Z][a-z]+")
_NATION_WORDS = {"british", "uk", "u.k.", "russian", "ukrainian", "us", "u.s.", "american", "un", "u.n.",
                 "western", "nato", "eu", "european", "kremlin", "kyiv", "moscow"}


def is_description(words: str) -> bool:
    """"the think tank", "the British ministry", "the MOD": a kind of body, not a name (a
    head noun in lower case, or a bare MOD; no alias of the table)."""
    words = words.strip()
    if PRESIDENT_RE.fullmatch(words) and "state" in words:
        return True
    if not words or words.split()[-1].lower() not in DESCRIPTION_HEADS or not DESCRIPTION_RE.match(words):
        return False
    head = words.split()[-1]
    if not (head.islower() or head in ("MOD", "MoD") or (head.istitle() and _THE_TITLE_RE.fullmatch(words))):
        return False  # "the Minister revealed" in a house style of capitals; "Defence Ministry" is a name
    bare = re.sub(r"^(?:the|this|that|its|their)\s+", "", words, flags=re.I)
    modifiers = bare.split()[:-1]
    if any((w[:1].isupper() and w.lower() not in _NATION_WORDS and not w.endswith("-based")) or w[:1].isdigit()
           for w in modifiers):
        return False  # "Pentagon estimates", "the 93rd brigade": a name, not a description
    if sum(1 for w in modifiers if w.lower() not in _NATION_WORDS and not w.endswith("-based")
           and w.lower() not in ("two", "three", "both", "human")) > 1:
        return False  # "the Ukrainian prosecutor general's office": a body named by its words
    return bare in ("MOD", "MoD") or (head not in ("MOD", "MoD") and canonical(bare) == bare)


_ADVERBIAL_WINDOW = 400  # characters before a say-verb searched for adverbs and appositives
_TOKEN_RE = re.compile(r"[\w’'.&-]+|[^\w\s]")


_PLACE_NAMES = {"ukraine", "russia", "kyiv", "kiev", "moscow", "washington", "us", "uk", "britain", "kremlin"}


def _known_body(words: str) -> bool:
    """A body of the alias table, not a place: the speaker even after "of" or "at"."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I)
    return bool(bare) and bare.lower() not in _PLACE_NAMES and (canonical(bare) != bare or known(bare))


def subject_before(s: str, pos: int) -> tuple[int, int] | None:
    """Span of the noun phrase that ends (modulo adverbs and an appositive) at `pos`."""
    before = s[:pos]
    # ("he", "she", "they", "it", "has", "had", "also", "later" end it: most subjects end otherwise)
    as_said = _AS_PRONOUN_RE.search(before, max(0, pos - 30)) if _ends_in(before, max(0, pos - 30), pos, "eytsdor", True) \
        else None
    if as_said:  # "As he explained, six people were killed": the one quoted before
        return as_said.start("p"), as_said.end("p")
    office = (_OFFICE_NAME_BEFORE_RE.search(before, max(0, pos - 120)) or _NAME_TITLE_BEFORE_RE.search(
        before, max(0, pos - 200)) or _TITLE_NAME_BEFORE_RE.search(before, max(0, pos - 160))) \
        if before.rstrip().endswith(",") else None
    if office:  # "..., its governor, Oleksandr Hanzha, said", "..., General Oleksandr Tarnavskyi, the
        return office.start("name"), office.end("name")  # commander of ..., said": whatever commas came before
    unclosed = _NAME_ROLE_UNCLOSED_RE.match(before) if "," in before else None
    if unclosed:  # "Colin Kahl, the Pentagon's top policy official said": the appositive's comma left out
        return unclosed.start("name"), unclosed.end("name")
    if before.rstrip().endswith(")") and (paren := _PAREN_BEFORE_RE.search(before, max(0, pos - 140))):
        return subject_before(s, paren.start())  # "ACLED (Armed Conflict Location and Event Data) estimates"
    if before.rstrip()[-1:] in ("—", "–") and (dashed := _DASHED_BEFORE_RE.search(before, max(0, pos - 140))):
        return subject_before(s, dashed.start())  # "Valentyn Reznichenko — the regional governor — said"
    placed = _PLACE_AFTER_RE.search(before, max(0, pos - 60)) if " in " in before[-60:] else None
    if placed and not placed.group("region") and (tail := alias_tail(before[max(0, placed.start() - 80):placed.start()])) is not None:
        # "The United Nations human rights office in Geneva said": the body the table knows, not its seat
        return max(0, placed.start() - 80) + tail, placed.start()
    # atomic groups and a bounded window: a scraped table (", , item") once took exponential time
    m = ADVERBIALS.search(before, max(0, pos - _ADVERBIAL_WINDOW))
    span = _subject_ending(before, m.start() if m else len(before.rstrip()))
    if span is not None and AFTER_PLACE_RE.match(before, span[1]) and not before[:span[0]].strip():
        span = None  # "Moscow, Dec 31 (UNI) The shelling ...": where the copy was filed, not who says
    for _ in range(4):
        # "On the other hand, the Office of the UN ..., on the 1st, pointed out": the first
        # "appositive" was the subject itself; "21 deaths, including three children, and damage
        # ..., Vyacheslav Gladkov, governor of the region, said": clauses before the name too
        if span is not None or m is None or not before[m.start():].lstrip().startswith(",") \
                or before.count(",", m.start()) < 2:
            break
        m2 = ADVERBIALS.search(before, m.start() + 1)
        if m2 is None or m2.start() <= m.start():
            break
        m = m2
        span = _subject_ending(before, m.start())
    if span is not None and _DISCOURSE_RE.fullmatch(before[span[0]:span[1]]):
        # "Earlier, the head of the CIA, William Burns, said", "Finally, ..., announced its
        # governor": a word that opens the sentence is nobody; the name set off last may be
        last = _LAST_APPOSITIVE_NAME_RE.search(before, max(0, pos - 80))
        return (last.start(1), last.end(1)) if last else None
    if span is not None and _ends_in(before, max(0, span[0] - 40), span[0], "oOrR", True) \
            and (aide := _AIDE_BEFORE_RE.search(before, max(0, span[0] - 40), span[0])):
        # "an aide to President Zelensky said": the aide, not the president, by name if given
        # ("Mykhaylo Podolyak, a top aide to Ukraine's president Zelensky, told the BBC")
        named = _NAME_THEN_ROLE_RE.search(before, max(0, aide.start() - 60), aide.start())
        return (named.start(1), named.end(1)) if named else (aide.start(), span[1])
    return span


_PAREN_BEFORE_RE = re.compile(r"\s*\([^()]{1,120}\)\s*$")
_DASHED_BEFORE_RE = re.compile(r"\s*[—–]\s*[a-z][^—–.;]{1,110}[—–]\s*$")  # an appositive set off by dashes
_PLACE_OWNS_RE = re.compile(r"(?:capital|city|region|country|province|oblast|town|port)['’]s")
_AS_PRONOUN_RE = re.compile(r"(?:^|\W)(?:As|as|So|so)\s+(?P<p>he|she|they|it)\s+(?:has\s+|had\s+|also\s+|later\s+)?$")
_NAME = r"(?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'.-]+"  # "Oleksandr Hanzha", "Vadym Skibitskyi"
_OFFICE_NAME_BEFORE_RE = re.compile(
    r",\s*(?:its|the|the\s+region['’]s|the\s+city['’]s)\s+(?:regional\s+|acting\s+|local\s+)?"
    r"(?:governor|mayor|head|spokes(?:man|woman|person)|chief|commander)\s*,\s*"
    rf"(?P<name>{_NAME})\s*,\s*$")
_NAME_TITLE_BEFORE_RE = re.compile(
    r"(?:^|[,\"”])\s*(?P<name>(?:(?:General|Gen\.|Colonel|Col\.|Major|Lieutenant|Admiral|Brigadier)\s+)?"
    rf"{_NAME})\s*,\s*(?:the|a|an|its)\s+(?:[\w’'-]+\s+){{0,8}}?"
    r"(?:commander|governor|head|spokes(?:man|woman|person)|chief|minister|mayor|adviser|advisor|secretary|director)"
    r"\b[^,]{0,80},\s*$")
_NAME_ROLE_UNCLOSED_RE = re.compile(
    r"\W{0,3}(?!(?:In|On|At|For|From|With|By|After|Before|During|Since|As|According|Meanwhile|However|Earlier|Later"
    r"|Also|But|And|Then|Still|Now|Across|Near|Over|Under|Inside|Outside)\b)"
    rf"(?P<name>{_NAME})\s*,\s*(?:(?:the|a|an|its|his|her)\s+)?(?:[\w’'-]+\s+){{0,6}}?"
    r"(?:commander|governor|head|spokes(?:man|woman|person)|chief|minister|mayor|adviser|advisor|secretary|director"
    r"|official|officer|representative)(?:-[a-z]+)*(?:\s+(?:of|for|to|at|in)\s+[^,;:]{2,60}?)?\s*$")
# "..., military adviser to Ukrainian President Volodymyr Zelenskyy, Oleksiy Arestovich, said"
_TITLE_NAME_BEFORE_RE = re.compile(
    r",\s*(?:(?:an?|the|its|his|her)\s+)?(?:[\w’'-]+\s+){0,2}(?:adviser|advisor|aide|assistant|spokes(?:man|woman|person)"
    r"|deputy|chief|commander|minister|director|secretary)\s+(?:to|of|for)\s+[^,]{2,80},\s*"
    rf"(?P<name>{_NAME})\s*,\s*$")
_NAME_THEN_ROLE_RE = re.compile(rf"({_NAME}),\s+(?:(?:an?|the)\s+)?$")
_AIDE_BEFORE_RE = re.compile(r"\b(?:[\w’'-]+\s+)?(?:aide|adviser|advisor|assistant)\s+(?:to|for)\s+$", re.I)
_DISCOURSE_RE = re.compile(
    r"Finally|Earlier|Later|Meanwhile|However|Separately|Elsewhere|Additionally|Moreover|Furthermore|Overall"
    r"|Still|Now|Then|Also|Previously|Subsequently|Nevertheless|Indeed|Besides|Likewise|Similarly|Today|Yesterday")
# a titled name and where its office is, before the verb
_OFFICE_OF_PLACE_RE = re.compile(rf"\b(?i:the\s+)?{OFFICE_OF_REGION}\s*$")
_NAME_OF_PLACE_RE = re.compile(
    r"(?:^|(?<=[\s,;:\"“”]))(?P<name>(?:(?!(?:Staff|Council|Ministry|Service|Forces|Office|Committee|Agency|Department"
    r"|Command|Administration|Institute|Centre|Center|Mission|Bureau|Directorate|Guard|Army|Navy)\b)[A-Z][\w’'.-]+\s+){2,4})"
    r"of\s+(?:the\s+)?[A-Z][\w’'-]+"
    r"(?:\s+(?:region|oblast|province|district|area|city|republic))?\s*$")
# a place's own body, named by the place and a body in lower case
_PLACE_BODY_HEADS = ("council", "hall", "administration", "police", "service", "office", "department")
_PLACE_BODY_RE = re.compile(
    r"(?:^|(?<=[\s,;:\"“”(]))(?:(?i:the)\s+)?(?P<name>(?!(?:The|A|An|In|On|At|As|After|When|While)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"\s+(?:(?:city|regional|oblast|district|municipal|military|state|civil|local)\s+){1,3}"
    r"(?:council|hall|administration|police|emergency\s+service|prosecutor['’]s\s+office|health\s+department))\s*$")
_UNIT_HEADS = ("brigade", "regiment", "battalion", "unit")
# "Ukraine's Azov brigade said", "the 47th Mechanized brigade reported": a unit by its name or number
_UNIT_RE = re.compile(
    r"(?:^|(?<=[\s,;:\"“”(]))(?P<name>(?!(?:The|A|An|In|On|At|As|After|When|While|Ukraine|Russia|Ukrainian|Russian)\b)"
    r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][\w’'-]+)(?:\s+(?:[A-Z][\w’'-]+|separate|mechani[sz]ed|assault|airborne|marine"
    r"|special|drone|tank|motori[sz]ed|rifle|infantry)){0,3}\s+(?i:brigade|regiment|battalion|unit))\s*$")
_BODY_ON_RE = re.compile(
    r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]+\s+){0,2}(?:Action|Committee|Commission|Council|Campaign|Coalition|Centre|Center"
    r"|Institute|Office|Network|Initiative|Conference|Court|Group|Mission|Panel)\s+on\s+(?:(?:the|and)\s+|[A-Z][\w’'-]+\s+){0,4}"
    r"[A-Z][\w’'-]+)\s*$")
_LAST_APPOSITIVE_NAME_RE = re.compile(r",\s*((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)\s*,\s*$")


def _ends_in(text: str, lo: int, hi: int, last: str, spaced: bool = False) -> bool:
    """`text[lo:hi]` ends, but for whitespace (at least one: `spaced`), in a character of `last`:
    a test cheaper than the pattern it rules out ("it", "he", "she", "they" end in t, e or y,
    which no other letter folds to under IGNORECASE; str.strip's whitespace is re's \\s)."""
    window = text[lo:hi]
    stripped = window.rstrip()
    return stripped[-1:] != "" and stripped[-1] in last and (not spaced or len(stripped) < len(window))


def _subject_ending(before: str, end: int) -> tuple[int, int] | None:
    # (the work's noun must end the words: looked at first, it spares most subjects the search)
    work = _OWNED_WORK_RE.search(before, max(0, end - 120), end) \
        if before[max(0, end - 120):end].rstrip().endswith(_WORK_NOUNS) else None
    if work and _NATIONALITY_RE.fullmatch(work.group("owner")):
        work = None  # "a confidential Ukrainian estimate": whose country, not who made it
    if work:  # "The latest IOM survey estimates", "a new CSIS study finds": whose work it is
        return work.start("owner"), work.end("owner")
    named = _NAME_APPOSITIVE_RE.match(before, end)
    if named:  # "the head of the presidential office, Andriy Yermak, said": the name says who
        return named.start(1), named.end(1)
    # (the two place patterns hold a case-sensitive "of": most windows have none)
    of_place = _NAME_OF_PLACE_RE.search(before, max(0, end - 120), end) if before.find("of", max(0, end - 120), end) >= 0 else None
    if of_place:  # "Governor Vyacheslav Gladkov of the Belgorod region confirmed": the person
        return of_place.start("name"), of_place.end("name") - 1
    office_of = _OFFICE_OF_PLACE_RE.search(before, max(0, end - 80), end) if before.find("of", max(0, end - 80), end) >= 0 \
        else None
    if office_of:  # "the governor of the Dnipropetrovsk region later specified": that region's governor
        return office_of.start(), end
    place_body = _PLACE_BODY_RE.search(before, max(0, end - 90), end) \
        if before[max(0, end - 30):end].rstrip().endswith(_PLACE_BODY_HEADS) else None
    if place_body:  # "Mariupol city hall wrote", "the Sumy regional military administration said"
        return place_body.start("name"), place_body.end("name")
    unit = _UNIT_RE.search(before, max(0, end - 90), end) \
        if before[max(0, end - 12):end].rstrip().lower().endswith(_UNIT_HEADS) else None
    if unit:  # "Ukraine's Azov brigade said": the unit, not its country
        return unit.start("name"), unit.end("name")
    body_on = _BODY_ON_RE.search(before, max(0, end - 90), end) if " on " in before[max(0, end - 90):end] else None
    if body_on:  # "Action on Armed Violence reported", "the Commission on Human Rights found"
        return body_on.start("name"), body_on.end("name")
    pro = _PRONOUN_SUBJECT_RE.search(before, max(0, end - 40), end) if _ends_in(before, max(0, end - 40), end, "tTeEyY") \
        else None
    if pro:  # "..., it said": who "it" is, the article said before
        return pro.start(1), pro.end(1)
    last_word = before[max(0, end - 30):end].rsplit(None, 1)[-1:]
    desc = DESCRIPTION_SUBJECT_RE.search(before, max(0, end - 80), end) \
        if last_word and last_word[0].lower() in DESCRIPTION_HEADS else None
    if desc and (is_description(desc.group(0)) or _known_body(desc.group(0))):
        return desc.start(), end  # "The think tank noted": the body named before; "the UN human rights body"
    lo = max(0, end - 80)
    tail = alias_tail(before[lo:end].rstrip())
    prev = re.search(r"(\w+)\W*$", before[lo:lo + tail]) if tail is not None else None
    if tail is not None and " " in before[lo + tail:end].strip() and not _RELATIVE_RE.search(before, max(0, end - 40), end) \
            and not (prev and prev.group(1).islower() and _OBJECT_BEFORE_RE.fullmatch(prev.group(1))):
        # a body the table knows, of several words, however they look ("Ukraine's border guards
        # say"), unless it is an object ("authorities in Sumy oblast bordering Russia reported"),
        # with the title before it ("Russian Defence Minister Sergey Shoygu")
        start = lo + tail
        for t in reversed(list(_TOKEN_RE.finditer(before, max(0, start - 120), start))):
            if not NP_TOKEN.match(t.group(0)) or t.group(0) in ("the", "of", "and", "for"):
                break
            start = t.start()
        return start, len(before[:end].rstrip())
    rel = _RELATIVE_RE.search(before, max(0, end - 40), end)
    if rel:  # "Ukraine, which says it has shot down 88 aircraft": the body before "which"
        end = rel.start()
    scan_end = end
    post = _PLACE_AFTER_RE.search(before, max(0, end - 120), end)
    group = _GROUP_BEFORE_PLACE_RE.search(before, max(0, post.start() - 60), post.start()) if post else None
    if group:  # "Officials in Kyiv claimed", "Regional prosecutors in Sumy said": that place's
        return group.start("g"), end
    if post and post.group("region"):
        scan_end = post.start()  # "Separatist authorities in the Donetsk region said": their name
    elif post and re.search(r"[A-Z][\w’'.-]*$", before[max(0, post.start() - 60):post.start()]):
        scan_end = end = post.start()  # "the UN Monitoring Mission in Ukraine said": the mission
    toks = list(_TOKEN_RE.finditer(before, max(0, scan_end - 200), scan_end))
    start = None
    stop = None  # the word before the phrase
    for t in reversed(toks):
        if not NP_TOKEN.match(t.group(0)):
            stop = t.group(0)
            break
        start = t.start()
    if start is None:
        return None
    if stop in ("from", "by") and _REPORT_NOUN_RE.search(before, max(0, start - 200), start):
        return start, end  # "Data from Ukraine's General Staff shows ...": the source says it
    if stop in ("from", "at", "of", "with") and _WORKERS_BEFORE_RE.search(before, max(0, start - 40), start):
        return start, end  # "Analysts from MediaZone and the BBC have confirmed": the body they work for
    first = before[start:end].split()[0]
    titled = first.islower() and (_TITLE_NOUN_RE.fullmatch(first) is not None or re.fullmatch(ROLE_WORDS, first) is not None) \
        and re.search(r"[A-Z]", before[start:end]) is not None  # "war correspondent Tom Brady"
    named_body = _known_body(before[start:end])  # "the team of researchers at the Oryx blog said"
    # "Russia-appointed head of the region Denis Pushilin said": a title ending in its place
    titled = titled or _HEAD_OF_PLACE_RE.search(before, max(0, start - 60), start) is not None
    # "the capital's Mayor Sergei Sobyanin said": the place's office, then the name
    titled = titled or (stop is not None and _PLACE_OWNS_RE.fullmatch(stop) is not None and before[start:start + 1].isupper())
    if stop and stop[:1].islower() and not _CLAUSE_WORD_RE.fullmatch(stop) and not titled and not named_body and (
            _OBJECT_BEFORE_RE.fullmatch(stop) or not _TITLE_NOUN_RE.fullmatch(stop)):
        # "Authorities in Sumy oblast bordering Russia reported": the words right before the
        # verb are an object, and who said it lies further back (but "presidential candidate
        # Robert F. Kennedy Jr. claimed": a title before a name)
        return (start, start)
    if re.match(r"(?:On|In|At|From|Via|Through|By|With)\s+(?:(?:the|a|an|his|her|its|their)\s+)?[A-Z]", before[start:end]) and \
            not _known_body(before[start:end]):
        return None  # "On Twitter, the UN refugee chief, Filippo Grandi, wrote": where, not who
    while True:  # no leading "of"/"and"/"As"
        m2 = re.match(r"(?:of|and|for|As|And|But|While|So|Then|Meanwhile|However|Also|When|If|Now"
                      r"|Yet|Still|Earlier|Later|Separately|Instead|Despite|Although|Though|Amid|After"
                      r"|Before|Because|Given|Unlike|With|Without|Since|Like)\s+", before[start:end])
        if not m2:
            break
        start += m2.end()
    return (start, end) if end > start else None
