"""Who "the think tank", "the ministry", "the mission" or "it" is: the claimants an article has
named so far, and which of them a description can refer back to.

An article names a claimant once ("the Center for Strategic and International Studies", "the
UK Ministry of Defence") and then describes it ("the think tank noted ...", "according to the
news digest", "the MOD said"). A description names a kind of body or office; it refers to
the most recent claimant of that kind, and to nobody when the article has named none: a wrong
claimant is worse than none. Bodies are recognised by the words of their names; a claimant
whose name says nothing of its kind ("Russia Matters") may be any organisation, never a
ministry, an army or a person.
"""

from __future__ import annotations

import re

from index.extraction.aliases import canonical, first_mentioned

I = re.IGNORECASE

# the head nouns of descriptions, for the attribution patterns
DESCRIPTION_NOUNS = (
    r"ministry|mod|military|army|command|general\s+staff|think[- ]?tanks?|institute|research\s+(?:group|outfit|centre|center|institute)"
    r"|(?<=the\s)cent(?:er|re)"  # "The center reported": the research centre named before (not "a centre")
    r"|outfit|researchers|mission|monitors|monitoring\s+mission|agency|agencies|service|organi[sz]ations?"
    r"|group|body|watchdog|digest|news\s+digest|outlets?|newspaper|paper|publication|broadcaster|website|blog"
    r"|project|update|intelligence\s+update|report|bulletin|statement|assessment|estimates?|analysis"
    r"|investigation|study|survey|research|data|figures|statistics|findings"
    r"|briefing|governor|mayor|spokes(?:man|woman|person)|minister|official|office|department|tank|commander"
    r"|(?<=the\s)administration|(?<=the\s)council|politician"  # ("the regional administration" names itself)
    r"|brigade|battalion|regiment|(?<=the\s)unit|committee|commission"
    r"|president|head\s+of\s+state"  # "The head of state also noted": the president quoted before (PRESIDENT_RE)
    # "the officials said" refers back; "US officials", "regional officials" name whom
    r"|(?<=the\s)officials|(?<=these\s)officials|(?<=those\s)officials"
)

# the last words those heads can end in, for a set lookup before any expression runs
# the words for a president the article quoted before
PRESIDENT_RE = re.compile(r"(?:the\s+)?(?:president|head\s+of\s+(?:the\s+)?state)", I)

DESCRIPTION_HEADS = frozenset(
    "ministry mod military army command staff think-tank tank tanks think-tanks thinktank thinktanks institute group outfit"
    " centre center researchers mission monitors agency agencies service organisation organisations"
    " organization organizations body watchdog digest outlet outlets newspaper paper publication broadcaster website"
    " blog project update report bulletin statement assessment estimate estimates analysis briefing"
    " investigation study survey research data figures statistics findings"
    " governor mayor spokesman spokeswoman spokesperson minister official officials office department commander"
    " head chief president state administration council politician brigade battalion regiment unit committee commission".split())
_ORG = "org"  # any organisation whose kind its name does not say
_OFFICE = re.compile(r"governor|mayor|spokes|minister|official|commander", re.I)  # or a person's name
# (description head, what a compatible claimant's name holds; _ORG: any organisation)
_KINDS: tuple[tuple[re.Pattern, re.Pattern | str], ...] = tuple(
    (re.compile(rf"(?:{head})$", I), name if name in (_ORG, _OFFICE) else re.compile(name, I)) for head, name in (
        (r"ministry|mod|department", r"ministry|\bmod\b|defen[cs]e|department|pentagon"),
        (r"military|army|command|general\s+staff|armed\s+forces|forces",
         r"military|army|forces|general staff|command"),
        (r"think[- ]?tanks?|tank|institute|research\s+\w+|outfit|researchers|cent(?:er|re)",
         r"institute|cent(?:er|re)|stud(?:y|ies)|matters|csis|isw|iiss|rusi|think|research|analys|foundation"),
        (r"mission|monitors|monitoring\s+mission|office",
         r"mission|hrmmu|ohchr|\bun\b|united nations|monitor|office"),
        (r"agency|agencies|service", r"agency|unhcr|iom|service|intelligence"),
        # an outlet is a paper, a broadcaster or a site, never a ministry with no word of a paper in its name
        (r"outlets?|newspaper|paper|publication|broadcaster|website",
         r"times|post|journal|news|herald|tribune|gazette|telegraph|guardian|independent|observer|economist"
         r"|chronicle|standard|mirror|express|mail|daily|weekly|bbc|cnn|reuters|afp|\bap\b|bloomberg|media|press"
         r"|radio|\btv\b|pravda|izvestia|kommersant|mediazona|meduza|magazine|review|wire|agency|kyiv\s+independent"
         r"|insider|politico|axios|\.com|\.org|\.net"),
        (r"organi[sz]ations?|group|body|watchdog|digest|news\s+digest"
         r"|blog|project", _ORG),
        # "the officials said" after "U.S. officials said": a government's people, not one office
        (r"officials", r"officials|intelligence|government|administration|authorities|white house|pentagon"),
        (r"governor|mayor|spokes(?:man|woman|person)|minister|official|commander|politician", _OFFICE),
        # "the brigade said" after "the Azov brigade", "the committee" after "Russia's Investigative Committee"
        (r"brigade|battalion|regiment|unit", r"brigade|battalion|regiment|\bunit\b|azov|legion|corps"),
        (r"committee|commission", r"committee|commission"),
        # "the administration said" after "the Nova Kakhovka city administration": a place's own body
        (r"administration|council", r"administration|council|city\s+hall"),
        (r"president|head\s+of\s+state", r"president|putin|zelensk|biden|trump|lukashenk|macron|erdo[gğ]an|duda|xi jinping"),
        (r"update|intelligence\s+update|report|bulletin|statement|assessment|estimates?|analysis"
         r"|briefing|investigation|study|survey|research|data|figures|statistics|findings", r"."),
    ))
_STATEMENT_RE = re.compile(r"statement|briefing|bulletin|intelligence\s+update|assessment", I)
_WRITTEN_RE = re.compile(r"report|study|survey|analysis|investigation|research|assessment", I)
# news agencies relay statements; they make none of their own
_AGENCY_RE = re.compile(
    r"(?:(?:the|russian|russia's|ukrainian|turkish|chinese|german|spanish)\s+)?"
    r"(?:tass|dpa|reuters|afp|ap|associated\s+press|anadolu|xinhua|interfax|ria(?:\s+novosti)?|ukrinform|unian|sputnik"
    r"|efe|bernama|yonhap|kyodo|prensa\s+latina|europa\s+press|ansa|agence\s+france-presse|pap|bta)"
    r"(?:\s+news)?(?:\s+agency)?", I)


def news_agency(name: str) -> bool:
    """"TASS", "Sputnik news agency", "Anadolu Agency": an agency that relays others' counts."""
    return _AGENCY_RE.fullmatch(name.strip()) is not None
_NOT_ORG_RE = re.compile(r"ministry|\bmod\b|military|army|forces|general staff|command|governor|mayor"
                         r"|president|minister", I)
_HEAD_RE = re.compile(rf"(?:{DESCRIPTION_NOUNS})$", I)


class Referents:
    """The claimants of one article in the order it names them (canonical names). Sentences
    are read for mentions only when a pronoun or description needs them: most articles never
    ask, and every sentence is told."""

    def __init__(self) -> None:
        self._names: list[str] = []
        self.speakers: set[str] = set()  # named as who says something, not only mentioned
        self._acting: set[str] = set()  # forces last mentioned acting, not speaking
        self._pending: list[tuple[str, str]] = []  # ("name", name) or ("text", sentence), in order
        self._country: str | None = None  # the country the last sentence that opens with one is about
        self._relayed: dict[str, str] = {}  # an outlet -> the source it cited ("citing US officials")
        self._authors: set[str] = set()  # named as the author of a report, study or assessment

    def _relays(self, atts: list) -> None:
        """Remember the sources the outlets of a sentence relay: "the newspaper reported" later
        is the source the newspaper cited, not the newspaper."""
        for a in atts:
            if a.via and a.phrase:
                self._relayed[_bare(a.via)] = a.phrase
                self.named(a.via)  # (still the one "the newspaper" names)

    def named(self, name: str | None) -> None:
        if name:
            self._pending.append(("name", name))

    def mentioned_in(self, sentence: str, atts: list = ()) -> None:
        """Remember the known claimants a sentence mentions, attributed to or not ("The Russian
        Defence Ministry gave its weekly update." before "..., it said."), and the sources its
        outlets relay (`atts`, its attributions)."""
        self._relays(atts)
        self._pending.append(("text", sentence))

    @property
    def names(self) -> list[str]:
        self._read_pending()
        return self._names

    def _read_pending(self) -> None:
        for what, value in self._pending:
            if what == "name":
                self.speakers.add(value)
            # a body mentioned as the subject of its sentence ("The Russian Defence Ministry
            # gave its weekly update."), not one mentioned in passing ("the losses of Kyiv's army")
            first = first_mentioned(value) if what == "text" else []
            subject = [p for p in first if _SUBJECT_START_RE.match(
                value[:value.find(p.split()[0]) if p.split()[0] in value else 0] or "")
                and not _OWNER_OF_COUNT_RE.match(value, value.find(p) + len(p) if p in value else 0)]
            if what == "text":  # "Russia, meanwhile, has released far lower figures." before "Its ..."
                self._country = subject[0] if subject and COUNTRY_RE.fullmatch(subject[0]) else None
            found = [value] if what == "name" else [canonical(p) for p in subject if p.lower() not in _PLACES]
            if what == "text" and _WORK_WORDS_RE.search(value):
                # "New CSIS report claims ...", "a report last month by the Center for ...", "The
                # assessment, published Tuesday by the Centre ...": the author of a work, whom "It
                # estimated" and "the report" refer to (before anyone who only spoke)
                words = [re.sub(r"\s+(?:of|for|and)$", "", _LEAD_WORDS_RE.sub("", m.group("np")))
                         for rx in (_WORK_OWNER_RE, _WORK_BY_RE) for m in rx.finditer(value)]
                authors = [canonical(w) for w in words if w and not _NATION_WORD_RE.fullmatch(w) and w.lower() not in _PLACES
                           and not is_person(w)]  # (a body's work: "a report by John Smith" names no one "it" is)
                self._authors.update(authors)
                found += [a for a in authors if a not in found]
            for name in found:
                if name in self._names:
                    self._names.remove(name)
                self._names.append(name)
                # a fighting force as a subject acts ("Russian forces carried out five attacks"): "it
                # said" may be its command, but it wrote no report ("according to the report")
                if what == "text" and subject and _FORCE_RE.search(subject[0]):
                    self._acting.add(name)
                else:
                    self._acting.discard(name)
        self._pending.clear()

    def one_speaker(self) -> bool:
        """The article has quoted one claimant so far: an estimate no one is named for in the
        next paragraph ("Ukrainian deaths are estimated to be 70,000") goes on with it; in a
        roundup of several it may be anyone's."""
        self._read_pending()
        return len(self.speakers) == 1

    def last_body(self) -> str | None:
        """The body the article named last that is neither a state's organ nor a person
        ("Mediazona", "BBC Russian"): whose "we" a republished report carries."""
        return next((n for n in reversed(self.names) if canonical(n) == n and not _NOT_ORG_RE.search(n)
                     and not is_person(n) and n.lower() not in _PLACES), None)

    def resolve(self, words: str, last: str | None) -> str | None:
        """The claimant a pronoun or a description refers to, or None (an outlet that relayed a
        source: that source)."""
        who = self._resolve(words, last)
        return self._relayed.get(_bare(who), who) if who else who

    def _resolve(self, words: str, last: str | None) -> str | None:
        low = re.sub(r"\s+", " ", words.strip()).lower()
        low = {"him": "he", "her": "she", "them": "they"}.get(low, low)  # "according to him"
        # "the agency's data": the agency
        low = re.sub(r"['’]s\s+(?:\w+\s+)?(?:data|figures|statistics|findings|estimates?|report|update)$", "", low)
        if low in ("it", "he", "she", "they"):
            person = low in ("he", "she")
            if person and last and is_person(last):
                return last  # "Kahl said ... He also added": the person just quoted
            for name in reversed(self.names):
                if low == "it" and _personal(name):
                    return None  # "..., the governor said. It stated ...": not him, and no body before him
                # "he" is someone the article quoted, not anyone it mentioned
                if _personal(name) == person and (not person or name in self.speakers):
                    return name
            return None if low == "it" and last and _personal(last) else last
        head = _HEAD_RE.search(low)
        if head is None:
            return last
        if low.startswith(("a ", "an ", "one ")):
            return None  # "according to a senior official": someone new, unnamed
        names = self.names
        if low.startswith(("its ", "their ")) and self._country:
            # "Its defence ministry confirmed" after a sentence about Russia: Russia's ministry
            phrase = f"{self._country}'s {words.strip().split(None, 1)[1]}"
            if canonical(phrase) != phrase:
                return canonical(phrase)
        for rx, need in _KINDS:
            if rx.fullmatch(head.group(0)):
                break
        else:
            return None
        modifiers = [w for w in low[:head.start()].split()  # "the British ministry": British
                     if w not in ("the", "this", "that", "its", "their")]
        candidates = ([last] if last else []) + names
        if _WRITTEN_RE.fullmatch(head.group(0)) and self._authors:
            # "according to the report": a body that wrote one, before one that only "reported"
            candidates = [n for n in candidates if n not in self._authors] + [n for n in candidates if n in self._authors]
        for name in reversed(candidates):
            if need == _ORG:
                ok = not _NOT_ORG_RE.search(name) and not is_person(name)
            elif need is _OFFICE:  # "Ukrainian Air Force" is no governor; "... (Shoigu)" speaks for his
                ok = bool(_OFFICE.search(name)) or is_person(name) or _SPOKEN_FOR_RE.search(name) is not None
                if head.group(0) in ("governor", "mayor") and not is_person(name):
                    ok = head.group(0) in name.lower()  # "the town's mayor" is no prosecutor quoted before
            else:
                ok = bool(need.search(name))
            if ok and _STATEMENT_RE.fullmatch(head.group(0)) and news_agency(name):
                ok = False  # "according to the statement" after "DPA reported": the body's, not the agency's
            if ok and name in self._acting and _WRITTEN_RE.fullmatch(head.group(0)):
                ok = False
            if ok and all(_fits(m, name) for m in modifiers):
                return name
        return None


# an office one person holds, named with them: "Kyiv governor (Kalashnyk)", "governor Mykola
# Kalashnyk" is no "it"
_PERSONAL_OFFICE_RE = re.compile(r"\b(?:governor|mayor|president|minister|commander|spokes\w+|ombuds\w+|ambassador"
                                 r"|envoy)\s*(?:\(|(?-i:[A-Z]))", I)


def _personal(name: str) -> bool:
    return is_person(name) or _PERSONAL_OFFICE_RE.search(name) is not None


_LEAD_WORDS_RE = re.compile(r"^(?:(?:The|A|An|New|Latest|Recent|Its|Their|This|That|These|Those|In|According\s+to)(?:\s+|$))+")
_WORK_WORDS_RE = re.compile(r"\b(?:report|study|assessment|analysis|survey|estimate|update|investigation)\b", I)
_WORK_OWNER_RE = re.compile(
    r"(?P<np>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and)){0,7}?)(?:['’]s)?\s+(?:(?:new|latest|recent|annual)\s+)?"
    r"(?:report|study|assessment|analysis|survey)\b")
_WORK_BY_RE = re.compile(
    r"\b(?:report|study|assessment|analysis|survey|estimate|update|investigation),?\s+(?:(?:published|released|issued)\s+)?(?:\w+\s+){0,3}?(?:by|from)\s+"
    r"(?:the\s+)?(?P<np>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and)){0,7}(?<![\s,.]))")
_NATION_WORD_RE = re.compile(r"(?:Ukrainian|Russian|British|American|US|UK|Western|European)", I)
# "Russia's military casualties are approaching 300,000": whose losses, not who speaks
_OWNER_OF_COUNT_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:casualties|losses|deaths|dead|death\s+toll|toll|killed|wounded)\b", I)
_SUBJECT_START_RE = re.compile(r"^\W*(?:(?:The|A|An|In|On|Meanwhile|Earlier|Later|Also|But|And)\s+)?(?:[\w’'-]+\s+){0,1}$")
# a country or capital in passing ("Russia invaded Ukraine") is no body that "it" refers to
_PLACES = {"ukraine", "russia", "kyiv", "kiev", "moscow", "washington", "us", "uk", "britain"}
# a country or its capital named as a speaker ("Moscow says", "The United States estimates")
COUNTRY_RE = re.compile(r"(?:the\s+)?(?:United\s+States|US|U\.S\.|Washington|Russia|Moscow|Ukraine|Kyiv|Kiev|Britain|UK)",
                        re.I)
_FORCE_RE = re.compile(r"\b(?:forces|troops|army|armed|military)\b", re.I)
_PERSON_RE = re.compile(r"[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'.-]+){1,2}")


def is_person(name: str) -> bool:
    """"Volodymyr Zelensky": two or three capitalised words, none of a body's ("Ukrainian Air Force")."""
    return bool(_PERSON_RE.fullmatch(name)) and not _ORG_WORD_RE.search(name)


_ORG_WORD_RE = re.compile(
    r"matters|institute|studies|blog|research|cent(?:er|re)|group|project|foundation|monitor|watch|media"
    r"|news|agency|service|office|committee|council|network|lab|initiative|forum|times|post|press|tank"
    r"|journal|herald|tribune|gazette|telegraph|guardian|independent|observer|economist|chronicle|mirror|express"
    r"|mission|ministry|staff|forces?|army|navy|guard|command|intelligence|book|database|count|international|rights|cross"
    r"|embassy|consulate|government|parliament|brigade|regiment|battalion"
    r"|^(?:Ukrainian|Russian|British|American|US|UK|UN|Western|European|Polish|German|French)\b", I)


# an adjective in a description must agree with the claimant ("the British ministry" is not
# Russia's); words the table does not know do not decide
_NATIONS = {
    "british": "uk|british", "uk": "uk|british", "u.k.": "uk|british", "russian": "russia",
    "ukrainian": "ukrain", "ukraine's": "ukrain", "us": r"\bus\b|american|pentagon|white house",
    "u.s.": r"\bus\b|american|pentagon", "american": r"\bus\b|american|pentagon",
    "un": r"\bun\b|united nations|ohchr|hrmmu|unhcr", "u.n.": r"\bun\b|united nations|ohchr|hrmmu|unhcr",
}


# ... and so must a ministry's portfolio: "the interior ministry" is not the defence ministry
_PORTFOLIOS = {
    "interior": "interior|internal", "internal": "interior|internal", "defence": r"defen[cs]e|\bmod\b|pentagon",
    "defense": r"defen[cs]e|\bmod\b|pentagon", "foreign": "foreign|external", "health": "health",
    "emergency": "emergenc", "emergencies": "emergenc", "justice": "justice",
    "rights": "rights|ohchr|hrmmu|amnesty|hrw",
}
_SPOKEN_FOR_RE = re.compile(r"\([A-Z][\w’'-]+\)$")


def _fits(modifier: str, name: str) -> bool:
    rx = _NATIONS.get(modifier) or _PORTFOLIOS.get(modifier)
    return rx is None or re.search(rx, name, I) is not None


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower()
