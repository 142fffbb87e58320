"""Who an unnamed office or group is, from what it reports.

Wire copy names the office, not the person: "the region's governor said", "the governor of
the southern Mykolaiv region said", a headline "... in Ukraine's Donetsk region - governor".
The office of a region the sentence (or its paragraph) names is that region's governor:
"Donetsk governor", one line on the timeline whoever held the post. A region may be named by
itself or by a city of it ("In Kherson, the regional governor said", "the city of Dnipro").
A person the sentence names as a governor keeps the office beside the name ("Oleh Kipper, the
regional governor of Odessa" is "Odesa governor (Oleh Kipper)"), so the office stays one line
however a translation spells the person.

An unqualified group ("local officials say", "..., say authorities", "At least two die in
Russian attacks: Officials") names no one by itself; but a group reporting the dead of Russian
strikes on Ukraine is Ukraine's, and one reporting the dead of Ukrainian strikes on Russia is
Russia's, as any reader takes it; so is a group speaking in its capital ("officials said in
Moscow"). Nothing else decides a group's nationality here: a group reporting soldiers' deaths
keeps no claimant, since a wrong claimant is worse than none.
"""

from __future__ import annotations

import re

from index.extraction.aliases import canonical
from index.extraction.metrics import RUSSIAN_PLACES
from index.model import Figure, Sentence

_WORD = r"[A-Z][\w’'-]+"
# "Donetsk region", "Kharkiv Oblast", "the region of Kherson"
_REGION_RE = re.compile(
    rf"\b(?P<a>{_WORD})\s+(?:region|oblast|province|Region|Oblast|Province)\b"
    rf"|\b(?:region|oblast|province)\s+of\s+(?P<b>{_WORD})")
_NOT_REGIONS = {"The", "This", "That", "Its", "Each", "Every", "Russian", "Ukrainian", "Southern", "Northern",
                "Eastern", "Western", "Central", "Border", "Frontline", "Occupied"}

_SAY = r"(?:said|says|say|reported|reports|report|told|added|confirmed|stated|wrote|announced|announces|noted|specified)"
# the office of a region that speaks: "the region's governor", "its governor", "regional governor",
# "the governor of the southern Mykolaiv region", "Donetsk's governor"
_GOVERNOR = (r"(?:the\s+)?(?:(?:region['’]s|regional|its|local|province['’]s|oblast['’]s|"
             rf"{_WORD}['’]s)\s+)?(?:governor|Gov\.|head\s+of\s+the\s+(?:regional\s+)?(?:military\s+)?administration"
             # "the head of the southern Kherson region"
             rf"|head(?=\s+of\s+(?:the\s+)?(?:\w+\s+)?{_WORD}\s+(?:region|oblast|province)))"
             rf"(?:\s+of\s+(?:the\s+)?(?:\w+\s+)?{_WORD}\s+(?:region|oblast|province)|\s+of\s+the\s+(?:region|oblast|province))?")
# a city's mayor the sentence does not name: "the city's mayor has said", "according to its mayor"
_MAYOR = r"(?:the\s+)?(?:city['’]s|town['’]s|its|the\s+city|the\s+town|local)\s+mayor"
_MAYOR_SAYS_RE = re.compile(rf"\b{_MAYOR}\s+(?:has\s+|had\s+)?{_SAY}\b|\b{_SAY}\s+{_MAYOR}\b|according\s+to\s+{_MAYOR}\b", re.I)
# a word each of those patterns holds ("governor", "Gov.", "head"; not "government" nor "the Biden
# administration"), looked for first with the class of their first letters, which re skips to
_OFFICE_WORD_RE = re.compile(r"(?-i:[gGhH])(?:overnor|ov\.|ead)", re.I)
_GOVERNOR_SAYS_RE = re.compile(
    rf"(?:\b{_GOVERNOR}\s+(?:has\s+|had\s+)?{_SAY}\b|\b{_SAY}\s+{_GOVERNOR}\b|according\s+to\s+{_GOVERNOR}\b"
    rf"|\s[-–—:]\s*(?:regional\s+)?governor\s*$|,\s*(?:regional\s+)?governor\s+says\s*$)", re.I)

_GROUP = (r"(?:(?:local|regional|city|provincial|senior|top|military|government|emergency|health|rescue)\s+){0,3}"
          r"(?:officials?|authorities|governors|rescuers|(?:emergency|rescue)\s+(?:services?|agency|workers)|prosecutors|police"
          # a ministry no one named before: "the interior ministry said" of civilians killed in Chernihiv
          r"|(?:interior|emergencies|emergency|health)\s+ministry)")
_GROUP_SAYS_RE = re.compile(
    rf"(?:(?P<a>\b{_GROUP})\s+(?:have\s+|had\s+|also\s+|later\s+|earlier\s+)?{_SAY}\b|\b{_SAY}\s+(?:the\s+|an?\s+)?(?P<b>{_GROUP})\b"
    rf"|according\s+to\s+(?:the\s+|an?\s+)?(?P<c>{_GROUP})\b|[:–—-]\s*(?P<d>{_GROUP})\s*$)", re.I)


_GROUP_ONLY_RE = re.compile(rf"(?:the\s+)?{_GROUP}", re.I)


_CAPITAL_RE = re.compile(r"\s+in\s+(Moscow|Kyiv|Kiev)\b")


def nationless_group(name: str | None) -> bool:
    """"regional officials": a group the article qualified, but not by its country."""
    return bool(name) and _GROUP_ONLY_RE.fullmatch(name) is not None


# regions whose name a sentence may give alone ("In Kherson, the regional governor said"), and
# cities that name theirs ("the central Ukrainian city of Dnipro")
_REGIONS = ("Kherson Mykolaiv Odesa Kharkiv Donetsk Luhansk Zaporizhzhia Dnipropetrovsk Sumy Chernihiv Kyiv"
            " Poltava Kirovohrad Cherkasy Vinnytsia Zhytomyr Rivne Volyn Lviv Ternopil Khmelnytskyi Zakarpattia"
            " Chernivtsi Belgorod Kursk Bryansk Rostov Voronezh").split()
_CITY_REGION = {"Dnipro": "Dnipropetrovsk", "Kryvyi Rih": "Dnipropetrovsk", "Nikopol": "Dnipropetrovsk",
                "Pavlohrad": "Dnipropetrovsk", "Kramatorsk": "Donetsk", "Sloviansk": "Donetsk", "Pokrovsk": "Donetsk",
                "Kostiantynivka": "Donetsk", "Izmail": "Odesa", "Shebekino": "Belgorod", "Kupiansk": "Kharkiv",
                "Ochakiv": "Mykolaiv", "Melitopol": "Zaporizhzhia", "Bila Tserkva": "Kyiv",
                # other spellings of the regions
                "Odessa": "Odesa", "Kharkov": "Kharkiv", "Zaporozhye": "Zaporizhzhia", "Nikolaev": "Mykolaiv",
                "Kiev": "Kyiv", "Dnepropetrovsk": "Dnipropetrovsk", "Lugansk": "Luhansk", "Chernigov": "Chernihiv"}
_SPELLING = {k: v for k, v in _CITY_REGION.items() if k in ("Odessa", "Kharkov", "Zaporozhye", "Nikolaev", "Kiev", "Lugansk",
                                                                "Chernigov")}
_PLACE_RE = re.compile(r"\b(" + "|".join(sorted(_REGIONS + list(_CITY_REGION), key=len, reverse=True)) + r")\b")


def region_named(text: str) -> str | None:
    """The last region `text` names ("in Ukraine's Donetsk region" -> "Donetsk"), else the last
    region or city of one it names alone ("In Kherson, ...", "the city of Dnipro")."""
    found = None
    for m in _REGION_RE.finditer(text):
        word = m.group("a") or m.group("b")
        if word not in _NOT_REGIONS:
            found = word.rstrip("’'s") if word.endswith(("’s", "'s")) else word
    if found is not None:
        return _CITY_REGION.get(found, found)
    for m in _PLACE_RE.finditer(text):
        found = _CITY_REGION.get(m.group(1), m.group(1))
    return found


# a person the sentence names as a region's governor: "its governor, Oleksandr Hanzha",
# "Oleh Kipper, the regional governor of Odessa", "Kharkiv regional governor Oleg Synegubov",
# "acting governor of this region", "Governor Vyacheslav Gladkov"
_NAME = r"(?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'.-]+"
_TITLE = r"(?:(?:acting|regional|the\s+region['’]s)\s+)?(?:governor|head\s+of\s+the\s+(?:regional\s+)?(?:military\s+)?administration)"


def governor_named(sentence: str, name: str, context: str = "") -> str | None:
    """"Odessa governor (Oleh Kipper)" when `sentence` calls `name` a region's governor and the
    sentence (or `context`) names the region; else None. The office keeps one line on the
    timeline however a translation spells the person."""
    n = re.escape(name)
    m = re.search(rf"\b{_TITLE}[\s,]+{n}\b|\b{n},\s+(?:the\s+|its\s+)?{_TITLE}\b", sentence, re.I)
    if m is None:
        return None
    region = region_named(sentence[m.start():]) or region_named(sentence) or region_named(context)
    return f"{region} governor ({name})" if region else None


def cites_an_office(sentence: str) -> bool:
    """The sentence cites a region's governor or a city's mayor it does not name ("its governor
    said", "the city's mayor has said")."""
    low = sentence.lower()
    return (("gov" in low or "administration" in low or "head of" in low) and _OFFICE_WORD_RE.search(sentence) is not None
            and _GOVERNOR_SAYS_RE.search(sentence) is not None) \
        or ("mayor" in low and _MAYOR_SAYS_RE.search(sentence) is not None)


def office_claimant(sentence: str, context: str = "") -> str | None:
    """"Donetsk governor" when `sentence` cites a region's unnamed governor and the sentence,
    else the paragraph before it (`context`), names the region; else None."""
    if not cites_an_office(sentence):
        return None
    if "mayor" in sentence.lower() and _MAYOR_SAYS_RE.search(sentence):
        city = city_named(sentence) or city_named(context)
        return f"{city} mayor" if city else None
    region = region_named(sentence) or region_named(context)
    return f"{region} governor" if region else None


def city_named(text: str) -> str | None:
    """The last city `text` names, in the spelling the alias table uses ("Kharkov" -> "Kharkiv")."""
    found = None
    for m in _PLACE_RE.finditer(text):
        found = _SPELLING.get(m.group(1), m.group(1))
    return found


def group_claimant(sentence: str, metric: str, side: str | None) -> str | None:
    """"Ukrainian local officials" for "Local officials say at least two civilians have been
    killed in Russian attacks": a group's nationality from the civilians it counts."""
    m = _GROUP_SAYS_RE.search(sentence)
    if m is None:
        return None
    group = next(i for i, g in enumerate(m.groups(), 1) if g)
    words = m.group(group)
    if re.search(r"\bofficial$", words, re.I) and not re.search(r"\ban?\s+$", sentence[:m.start(group)], re.I):
        return None  # "the official" is one named before; only "an official" is one of a group
    where = _CAPITAL_RE.match(sentence, m.end())
    if where:  # "Senior military officials said in Moscow": whose officials, whatever they count
        nation = "Russian" if where.group(1) == "Moscow" else "Ukrainian"
    elif metric.startswith("civilians_") and side in ("ukraine", "russia"):
        nation = "Ukrainian" if side == "ukraine" else "Russian"
    else:
        return None
    words = re.sub(r"\bofficial$", "officials", " ".join(words.lower().split()))  # "an official said": one of them
    if words.endswith("ministry"):  # "Ukrainian Interior Ministry", as the table names ministries
        words = words.title()
    if re.search(r"rescue|emergency", words):  # "Ukrainian emergency services": the State Emergency Service
        words = re.sub(r"^(?:(?:local|regional|city|provincial)\s+)+|\bagency$", lambda m: "service" if m.group(0) == "agency" else "", words)
        return canonical(f"{nation} {words}")
    return f"{nation} {words}"  # (officials, authorities: a group, not the body the table names for the country)


GROUP_WHY = "a group's country, from whose civilians it counts or where it speaks"


def groups_once_sided(figs: list[Figure]) -> None:
    """"79 were injured, ..., according to emergency services": the group's country, once the
    article has settled whose civilians a bare count is."""
    for f in figs:
        if f.claimant_from == GROUP_WHY:  # named while its side was unsettled: "Ukrainian drones struck
            f.claimant = group_claimant(f.sentence, f.metric, f.side) or f.claimant  # Belgorod ... emergency services said"
        elif f.claimant is None and f.metric.startswith("civilians_") and (who := group_claimant(f.sentence, f.metric, f.side)):
            f.claimant, f.claimant_from = who, GROUP_WHY


def unnamed_office(text: str, sentences: list[Sentence], si: int, stext: str) -> str | None:
    """"Kherson governor" for "..., its governor said": the region from the sentence or the
    two before it in its paragraph."""
    if not cites_an_office(stext):
        return None
    return office_claimant(stext, paragraph_before(text, sentences, si))


def paragraph_before(text: str, sentences: list[Sentence], si: int) -> str:
    """The two sentences before sentence `si` in its paragraph."""
    para = sentences[si].paragraph
    return " ".join(text[s.start:s.end] for s in sentences[max(0, si - 2):si] if s.paragraph == para)


_RUSSIAN_OFFICE_RE = re.compile(rf"(?:{RUSSIAN_PLACES}|Moscow|Crimea|Sevastopol)\s+(?:governor|mayor)\b")


def russian_office(claimant: str) -> bool:
    """"Kursk governor (Khinshtein)": the office of a Russian region (or one Russia holds), whose
    civilians it counts."""
    return _RUSSIAN_OFFICE_RE.match(claimant) is not None


# a place's own office, as the table names it: "Kharkiv governor (Syniehubov)", "Odesa city council"
_PLACE_OFFICE_RE = re.compile(_PLACE_RE.pattern + r"\s+(?:(?:regional|city|oblast|district|military)\s+){0,2}"
                              r"(?:governor|mayor|administration|council|police|prosecutors|head|authorities|officials)\b")


def office_elsewhere(claimant: str, sentence: str) -> bool:
    """A place's office and a sentence about another region ("In the Sumy region, three people
    were injured" after the Dnipropetrovsk governor's toll): that office does not count it."""
    m = _PLACE_OFFICE_RE.match(claimant)
    there = region_named(sentence) if m else None
    return there is not None and there != _CITY_REGION.get(m.group(1), m.group(1))
