"""What an article says across its sentences: the side a figure with none takes, a person's
full name, and the claimant of an unattributed figure from the article's other figures."""

from __future__ import annotations

import re
from collections import Counter

from index.extraction.acronyms import ACRONYM_RE, spelled_out
from index.extraction.aliases import canonical, counts_civilians, enemy_counted, known
from index.extraction.attribution_patterns import ROLE_WORDS
from index.extraction.figure_dates import OTHER_EVENT_RE, TOPIC_SHIFT_RE
from index.extraction.groups import office_elsewhere
from index.extraction.metrics import UKRAINIAN_CITIES
from index.extraction.nationals import Fighters
from index.extraction.people import AS_CIVILIANS, civilians_cue
from index.extraction.sides import SIDE_RE
from index.model import Figure

# metrics whose side the sentence must say: a default would guess
LOSS_METRICS_NO_SIDE_DEFAULT = ("troops_deployed", "civilians_killed", "civilians_wounded",
                                "civilians_displaced", "other")


def default_sides(figs: list[Figure]) -> None:
    """A loss figure whose words name no side takes the side the article is about: the side of
    the figure before it in its sentence, else (drones and missiles) the side of the article's
    other drones and missiles when they agree, else the side of two thirds of its figures."""
    sided = Counter(f.side for f in figs if f.side in ("russia", "ukraine")
                    and f.metric not in LOSS_METRICS_NO_SIDE_DEFAULT)
    total = sum(sided.values())
    major = None
    if total >= 2:
        side, count = sided.most_common(1)[0]
        if count * 3 >= total * 2:
            major = side
    # drones and missiles brought down: the side of the article's others, when they agree
    airborne = {f.side for f in figs if f.metric in _AIRBORNE and f.side in ("russia", "ukraine")}
    # else the attacker's: in an article whose civilians hit are one side's, what air defence brought
    # down is the other side's ("406 drones and nine missiles were intercepted" over Kyiv's dead)
    hit = Counter(f.side for f in figs if f.metric.startswith("civilians_") and f.side in ("russia", "ukraine"))
    attacker = None
    if hit and hit.most_common(1)[0][1] * 3 >= sum(hit.values()) * 2:
        attacker = "russia" if hit.most_common(1)[0][0] == "ukraine" else "ukraine"
    prev: Figure | None = None
    for f in figs:
        if f.metric in _AIRBORNE and f.side == "russia" and attacker == "ukraine" and not airborne - {"russia"} \
                and not SIDE_RE.search(f.sentence):
            f.side = "ukraine"  # "Air defences destroyed 12 drones over the region" over Belgorod's wounded
        if f.side is None and f.metric in ("aircraft", "helicopters") and _RUSSIAN_ONLY_AIRCRAFT_RE.search(f.sentence):
            f.side = "russia"  # "four Tu-95s were destroyed": only Russia flies them
        if f.side is None and f.metric not in LOSS_METRICS_NO_SIDE_DEFAULT:
            if prev is not None and prev.sentence_start == f.sentence_start and prev.side:
                f.side = prev.side
            elif f.metric in _AIRBORNE and len(airborne) == 1:
                f.side = next(iter(airborne))
            elif f.metric in _AIRBORNE and attacker:
                f.side = attacker
            elif major:
                f.side = major
        prev = f


# an army the sentence names, whose own the count is ("Kremlin forces", North Korea's, on Russia's side)
_ARMY_NAMED_RE = re.compile(r"\b(?:(?:Russian|Ukrainian|Kremlin|Russia['’]s|Ukraine['’]s|Moscow['’]s|Kyiv['’]s)\s+"
                            r"(?:forces|troops|army|soldiers|military|servicemen|losses|casualties)|North\s+Korean?s?|DPRK"
                            r"|Pyongyang)\b")
_FOREIGNERS_RE = re.compile(r"\b(?:mercenar(?:y|ies)|foreign\s+(?:fighters|volunteers|citizens)|recruit(?:s|ed)|nationals"
                            r"|foreigners|(?:International|Foreign)\s+Legion)\b", re.I)


def fighters_sides(figs: list[Figure], fighters: Fighters, text: str) -> None:
    """In an article about foreigners who fight for one side ("Romania, with 504 arrivals, 102
    deaths"), soldiers counted with no side of their own are theirs."""
    unsided = [f for f in figs if f.side is None and (f.metric.startswith("personnel_") or f.metric == "troops_deployed")
               and not _ARMY_NAMED_RE.search(f.sentence)]
    # (the article's sides are read, once, only where it has such figures and speaks of foreigners)
    side = fighters.side() if unsided and _FOREIGNERS_RE.search(text) else None
    if side in ("russia", "ukraine"):
        for f in unsided:
            f.side = side


_AIRBORNE = ("drones", "cruise_missiles")
# aircraft of types that Ukraine's air force does not fly (strategic bombers, Russia's newer jets
# and helicopters, its airborne radar); Su-25s, Su-27s, MiG-29s and Mi-8s fly on both sides
_RUSSIAN_ONLY_AIRCRAFT_RE = re.compile(
    r"\b(?:Tu-?(?:95|22|160|142)\w*|Su-?(?:34|35|30|57)\w*|Ka-?52s?|Mi-?28\w*|A-?50\w*|Il-?78\w*|Be-?12s?"
    r"|Backfires?|Blackjacks?|Bears?(?=\s+bombers?)|strategic\s+(?:bombers?|aviation|aircraft))\b")


_SOLDIER_WORDS_RE = re.compile(r"\b(?:soldiers?|troops|servicemen|service\s*members|fighters|military|army|forces"
                               r"|personnel|combatants|mercenaries|officers|conscripts|front|battle|enemy)\b", re.I)


def strike_dead(figs: list[Figure]) -> None:
    """"Death toll in Kryvyi Rih rises to 4", "five dead" in an article that counts the civilians
    of strikes and no soldier of either side: its civilians, not soldiers of no side."""
    civilians = Counter(f.side for f in figs if f.metric in ("civilians_killed", "civilians_wounded") and f.side)
    if not civilians or any(f.metric.startswith("personnel_") and f.side for f in figs):
        return
    side = civilians.most_common(1)[0][0]
    for f in figs:
        if f.metric in ("personnel_killed", "personnel_wounded", "personnel_missing") and f.side is None \
                and not _SOLDIER_WORDS_RE.search(f.sentence):
            # (civilians missing under the rubble have no metric of their own: `other`)
            f.metric, f.side = AS_CIVILIANS.get(f.metric, "other"), side
            if f.kind == "cumulative" and f.value < 100:
                f.kind = "other"  # a strike's few dead, no running total


_UKRAINE_PLACE_RE = re.compile(rf"\b(?:Ukraine|Ukrainian|{UKRAINIAN_CITIES})\b", re.I)


def russias_civilians(figs: list[Figure]) -> None:
    """"Four people were injured." in an article whose civilians are all hit in Russia ("Ukrainian
    shelling of Shebekino", "in the Kursk region"): Russia's, like the rest."""
    civilians = [f for f in figs if f.metric.startswith("civilians_") and f.metric != "civilians_displaced"]
    cues = [civilians_cue(f.sentence) for f in civilians]
    if "russia" not in cues or "ukraine" in cues:
        return
    for f, cue in zip(civilians, cues):
        # (not a place in Ukraine named, nor the UN's count of Ukraine's civilians)
        if cue is None and not _UKRAINE_PLACE_RE.search(f.sentence) and not counts_civilians(f.claimant):
            f.side = "russia"


# a claimant of Russia's side: its state, its officials, the republics it installed
_RUSSIAN_SPEAKER_RE = re.compile(r"\b(?:Russian?|Russia['’]s|Moscow|Kremlin|Donetsk\s+People|Luhansk\s+People|Lugansk\s+People"
                                 r"|DPR|LPR)\b")
_IN_UKRAINE_RE = re.compile(r"\bin\s+(?:\w+\s+){0,2}Ukraine\b|\bUkrainians\b|\bUkrainian\s+(?:civilians|citizens|children|people"
                            rf"|residents)\b|\b(?:{UKRAINIAN_CITIES})\b", re.I)


def civilians_of_russian_speakers(text: str, figs: list[Figure]) -> None:
    """"Yesterday's attacks killed 6 and injured 55 people," Nebenzia said: civilians that
    Moscow's officials count, with no attacker and no place in Ukraine named, are Russia's side
    (those its strikes hit are Kyiv's to count). Its officials are the bodies of its name and the
    people the article calls Russian ("Russia's UN envoy Vassily Nebenzia"). (Read once the
    article's claimants are settled.)"""
    russian: dict[str, bool] = {}
    for f in figs:
        if f.metric.startswith("civilians_") and f.metric != "civilians_displaced" and f.side == "ukraine" \
                and f.claimant and "Ukrain" not in f.claimant and civilians_cue(f.sentence) is None \
                and not _IN_UKRAINE_RE.search(f.sentence):
            if f.claimant not in russian:
                russian[f.claimant] = _RUSSIAN_SPEAKER_RE.search(f.claimant) is not None or _called_russian(text, f.claimant)
            if russian[f.claimant]:
                f.side = "russia"


def _called_russian(text: str, name: str) -> bool:
    """The article calls the person Russian where it names them: "Russian Foreign Ministry
    spokeswoman Maria Zakharova", "Russia's UN envoy Vassily Nebenzia"."""
    surname = name.split(" (")[0].split()[-1]
    if not surname[:1].isupper():
        return False
    return re.search(rf"\b(?:Russian|Russia['’]s|Kremlin|Russian\s+Federation)(?:\s+(?:[A-Z][\w.’'-]*|of|the|to|{ROLE_WORDS})){{0,6}}?"
                     rf"\s+{re.escape(surname)}\b", text) is not None


_ASIDE_RE = re.compile(r"\W*(?:Earlier|Previously|Meanwhile|Separately|Elsewhere|By\s+comparison|In\s+comparison"
                       r"|For\s+comparison|By\s+contrast|In\s+contrast)\b", re.I)


def _admits_own(g: Figure) -> bool:
    """A body that counts the enemy's losses giving its own side's: an admission."""
    counts = enemy_counted(g.claimant)
    return counts is not None and g.side is not None and g.side != counts and g.side != "both"


_OWN_COUNT = "the outlet's own count"


def claimants_from_the_article(figs: list[Figure], unsourced: set[int]) -> None:
    """A figure its sentence attributes to no one takes the claimant the article gives figures
    of the same kind to (whose losses, soldiers or civilians), when that is one claimant: the
    one named before it, else after it ("516,080 soldiers" in the lead, "according to the General
    Staff" in the next paragraph), as a careful reader does. It stays unattributed when two
    claimants give that kind, when its sentence
    cites someone unnamed ("officials said"), turns to another matter ("Separately, ..."), or
    rounds ("over 1 million troops": the writer's own summary), or no one gave that kind."""
    def kind(f: Figure) -> tuple:  # whose losses, and of what: soldiers, civilians, refugees, machines
        family = ("displaced" if f.metric == "civilians_displaced" else "civilians" if f.metric.startswith("civilians_")
                  else "personnel" if f.metric.startswith("personnel_") or f.metric == "deserters" else
                  "deployed" if f.metric == "troops_deployed" else "other" if f.metric == "other"
                  # what air defence downs is the Air Force's to report, not what the ground forces destroy
                  else "airborne" if f.metric in ("drones", "cruise_missiles") else "equipment")
        return f.side, family

    sources = {g.claimant for g in figs if g.claimant}  # a roundup of many sources has no one source
    # an article that is a body's own count ("we have identified", "according to our data", more
    # than once): its figures that name no one are that body's, whoever else it quotes
    own = [g.claimant for g in figs if g.claimant_from == _OWN_COUNT]
    own_body = own[0] if len(own) >= 2 and len(set(own)) == 1 else None
    civilian_sources: dict[tuple, set[str]] = {}
    for g in figs:
        if g.claimant and g.metric.startswith("civilians_"):
            civilian_sources.setdefault(kind(g), set()).add(g.claimant)
    for i, f in enumerate(figs):
        if f.claimant or id(f) in unsourced or f.side is None:
            continue
        if f.kind == "other":
            # one incident's dead are each their own report's, unless the article has one source
            # for its side's civilians ("Russian shelling killed two in Prykolote" in a governor's roundup)
            only = civilian_sources.get(kind(f), set())
            local = len(only) == 1 and _LOCAL_VOICE_RE.search(next(iter(only))) is not None
            if f.metric.startswith("civilians_") and local and len(sources) <= 2 and f.sentence_start > 0 \
                    and not TOPIC_SHIFT_RE.match(f.sentence) and not OTHER_EVENT_RE.search(f.sentence) \
                    and not office_elsewhere(next(iter(only)), f.sentence):
                # (a headline's own toll may be newer; "The attack came a day after ..." is another's)
                f.claimant, f.claimant_from = next(iter(only)), "the article's only source of its civilians"
            elif not f.metric.startswith("civilians_") and len(sources) == 1 and f.sentence_start > 0 \
                    and any(g.claimant and kind(g) == kind(f) for g in figs) and not TOPIC_SHIFT_RE.match(f.sentence) \
                    and not OTHER_EVENT_RE.search(f.sentence):
                # "Ukraine has also lost more than 1,970 soldiers in the Donetsk direction" in a report of one source
                f.claimant, f.claimant_from = next(iter(sources)), "the article's only source"
            continue
        if (f.approx and f.value >= 100_000 and f.value % 100_000 == 0) or f.kind == "rate" or TOPIC_SHIFT_RE.match(f.sentence) \
                or _CLAIM_CHECKED_RE.match(f.sentence):
            # "over 1 million troops": the writer's own round summary, "13,300 soldiers a month" the
            # writer's own arithmetic; "Separately, ..."; "Fake:
            # Ukraine lost 10,000 ...": the claim a fact-check answers is not the checker's sources'
            continue
        # (a source brought in as an aside, "Earlier, the head of the CIA said ...", speaks for no
        # other figure)
        # (nor does a side admitting its own dead, "Russia has acknowledged 6,000", speak for
        # another's count of them)
        before = [g for g in figs[:i] if g.claimant and kind(g) == kind(f) and not _ASIDE_RE.match(g.sentence)
                  and not _admits_own(g)]
        after = [g for g in figs[i + 1:] if g.claimant and kind(g) == kind(f) and not _ASIDE_RE.match(g.sentence)
                 and not _admits_own(g)]
        source = before[-1] if before else (after[0] if after else None)
        if source is not None and len(named := {g.claimant for g in before + after}) > 1:
            # two sources of the same kind of count: naming the nearer was right as often as wrong
            # (38 right, 39 wrong or no one's on the tuning sets), and a wrong name is worse than none
            source = next((g for g in before + after if g.claimant == own_body), None) if own_body in named else None
        if source is not None:
            f.claimant = source.claimant
            f.claimant_from = "the article's other figures"


# who reports each strike's dead in a roundup: a governor, a mayor, local officials, rescuers
_LOCAL_VOICE_RE = re.compile(r"governor|mayor|administration|officials|authorities|police|emergenc|rescue|interior", re.I)
_CLAIM_CHECKED_RE = re.compile(
    r"^\W*(?:fake|false|claim|misleading|fact[\s-]*check|myth|disinformation|debunked|rumou?r|verdict"
    r"|rating|misinformation|propaganda)\b\s*[:–—-]", re.I)


_SURNAME_RE = re.compile(r"[A-Z][a-zà-ÿłśżźćńčšž’'-]+")
_GIVEN_RE = re.compile(r"[A-Z][a-zà-ÿłśżźćńčšž’'-]+|[A-Z]\.")
_TITLES = {"pope", "president", "chancellor", "patriarch", "king", "premier"}
_NOT_GIVEN = {"mr", "mrs", "ms", "dr", "sir", "gen", "lt", "col", "however", "but", "and", "when", "while",
              "yesterday", "today", "then", "meanwhile", "as", "so", "if", "after", "before"}


def full_names(text: str, figs: list[Figure]) -> None:
    """Within one article a person is one claimant: "Lavrov" after "Russian Foreign Minister
    Sergei Lavrov" is "Sergei Lavrov", "the Pope" is "Pope Francis" when the article names him.
    A surname takes the given names the article writes before it, titles left out."""
    cache: dict[str, str] = {}
    for f in figs:
        c = f.claimant
        if c and ACRONYM_RE.fullmatch(c) and canonical(c) == c:
            if c not in cache:  # "KHPG" after "the Kharkiv Human Rights Protection Group (KHPG)"
                cache[c] = spelled_out(text, c) or c
            f.claimant = cache[c]
            continue
        if c and (sir := re.fullmatch(r"(?:Sir|Dame)\s+([A-Z][a-z]+)", c)):
            # "Sir Tony" after "Admiral Sir Tony Radakin": the knight by his full name
            m = re.search(rf"\b{c}\s+({_SURNAME_RE.pattern})", text)
            f.claimant = f"{sir.group(1)} {m.group(1)}" if m else c
            continue
        if not c or not _SURNAME_RE.fullmatch(c) or canonical(c) != c:
            continue
        if c not in cache:
            cache[c] = c
            if c.lower() in _TITLES:
                m = re.search(rf"\b{re.escape(c)}\s+({_SURNAME_RE.pattern})\b", text)
                if m and not re.fullmatch(ROLE_WORDS, m.group(1).lower()):
                    cache[c] = f"{c} {m.group(1)}"
            else:
                # (on one line: a title's last word is no given name of the body that opens the text)
                for m in re.finditer(rf"((?:\S+[^\S\n]+){{1,2}}){re.escape(c)}\b", text):
                    given = []
                    for w in reversed(m.group(1).split()):
                        if _GIVEN_RE.fullmatch(w) and not re.fullmatch(ROLE_WORDS, w.lower()) \
                                and w.lower() not in _TITLES and w.lower() not in _NOT_GIVEN:
                            given.insert(0, w)
                        else:
                            break
                    if given and len(given) == len(m.group(1).split()) and \
                            re.search(r"(?:^|[.!?:\n\"“]\s*)$", text[max(0, m.start() - 3):m.start()]):
                        continue  # "Yesterday Lavrov said": a sentence's first word is no given name
                    if given:
                        cache[c] = " ".join(given + [c])
                        break
        f.claimant = cache[c]


# a page that is one body's report, by its title: "Russian Defence Ministry report on the progress
# of the special military operation", "Report of the UK Ministry of Defence: ...", "General Staff
# update, 5 December"
_REPORT_WORDS = r"(?i:report|briefing|update|statement|bulletin|summary|intelligence\s+update)"
_TITLE_SOURCE_RE = re.compile(
    rf"^\W*(?P<a>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|for))*?)['’]?s?\s+(?i:daily\s+|weekly\s+)?{_REPORT_WORDS}\b"
    rf"|^\W*(?:(?:Daily|Weekly)\s+)?{_REPORT_WORDS}\s+(?i:of|by|from)\s+(?:the\s+)?(?P<b>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|for))*)")


def title_source(title: str) -> str | None:
    """The body whose report a page is, when its title says so and the table knows the body;
    its figures that name no source of their own are that body's."""
    m = _TITLE_SOURCE_RE.match(title)
    if m is None:
        return None
    name = (m.group("a") or m.group("b") or "").strip()
    return name if name and (canonical(name) != name or known(name)) else None


_STAFF_RE = re.compile(r"\bstaff\b", re.I)


def incident_claims(figs: list[Figure]) -> None:
    """"Ukraine's army said it killed 14 Russian soldiers in Rubizhne": one incident's claim of
    the military, not the General Staff's running tally that its other figures are; the table
    reads "Ukraine's military" as the General Staff only for the tally."""
    for f in figs:
        if f.claimant == "General Staff of Ukraine" and f.kind == "other" and not f.metric.startswith("civilians_") \
                and not _STAFF_RE.search(f.sentence) \
                and f.claimant_from in (None, "carried from the sentence before"):
            f.claimant = "Ukrainian Armed Forces"
