"""Entry point of extraction: an Article with text in, sentences, dates and figures out.

Per sentence: the figures (`index.extraction.figures`), who claims them (`index.extraction.claimants`), and as of
when (`index.dates`). Across sentences, a claimant carries on: to the next sentences of its
paragraph, to the paragraph right after it (a bulletin list after "The General Staff
reported:"), and to a pronoun ("It only recognizes ..."), but not further.
"""

from __future__ import annotations

import re
from collections import Counter

from index.extraction.claimants import ROLE_WORDS, SAY_VERBS, Attribution, canonical, counts_side, find_attributions
from index.extraction.aliases import mentioned
from index.extraction.anaphora import figures_by_reference
from index.extraction.own_count import outlet_name, own_count
from index.extraction.referents import Referents
from index.dates import date_in_opening, estimate_from_text, find_dates
from index.extraction.figures import figures_in, is_bulletin
from index.extraction.kinds import says_when
from index.extraction.sides import SIDE_RE
from index.extraction.found import Found
from index.extraction.scope import about_the_past, refers_back
from index.model import Article, Figure, Sentence
from index.extraction.sentences import split_sentences

_WORD_RE = re.compile(r"\w(?:[\w’'.,-]*\w)?")  # "1,160" and "Ukraine's" are one word each
# A date right after these starts a period or names an event; it does not date a claim:
# "since the beginning of the full-scale invasion on February 24, 2022", "that began on May 10".
_EVENT_BEFORE_RE = re.compile(
    r"\b(?:since|began|begun|begin|beginning|start(?:ed|ing)?|launch(?:ed|ing)?|invasion|invaded"
    r"|from|between|after|until|till|before)\b[^.;]{0,40}$"
    # "a decree signed by Putin in December": the date of another act, not of the count
    r"|\b(?:signed|adopted|passed|approved|enacted|ratified|issued)\b[^.;,]{0,30}$",
    re.I,
)
# Before a relative date ("last year", "on Saturday") only a start of counting or of the war
# takes it from the claim: "attacks by Russian forces on Tuesday" still dates the count.
_SINCE_BEFORE_RE = re.compile(
    r"\b(?:since|began|begun|start(?:ed|ing)?|launch(?:ed|ing)?|invaded)\b[^.;,]{0,40}$", re.I)
# A year after these dates what is counted ("At the end of 2022, 11.6 million ...").
_YEAR_DATES_RE = re.compile(
    r"\b(?:in|during|throughout|as\s+of|by|(?:at|by|to|until)\s+the\s+end\s+of|end\s+of|end-)\s*$", re.I)
_NUMBER_WORDS = frozenset((
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
    " hundred thousand million dozen").split())
_NUM_HINT_RE = re.compile(rf"\d|\b(?:{'|'.join(sorted(_NUMBER_WORDS))})\b", re.I)
_ATTR_HINT_RE = re.compile(
    rf"\b(?:according|per|from|by|cited|quoted|{SAY_VERBS})\b|:|(?:[–—]| - )(?![\s\S]*[.!?][\"”’')]*\s*$)"
    r"|['’]s\s+(?:latest\s+|own\s+|official\s+)?"
    r"(?:numbers|figures|data|count|tally|estimates?|assessment|update|bulletin|statistics)\b", re.I)
# The hint expressions are case-insensitive alternations that `re` must try at every
# position: a fifth of extraction's time. A whole word of an alternative matches exactly when
# it is one of the sentence's maximal runs of word characters, so a set lookup answers for
# those; only the phrase alternatives ("puts losses at", "Ukraine's figures") still meet the
# expression, and only in a sentence holding their first or last word. A test checks the
# answer is the expressions' on real and generated sentences.
_ATTR_WORDS = frozenset((
    "according per from by cited quoted said says say stated states claims claimed claim"
    " believes believe believed reports reported report estimates estimated estimate announced"
    " announces added adds told wrote writes noted notes confirmed confirms assessed assesses"
    " cites counted counts recognises recognizes recognised recognized acknowledged"
    " acknowledges admitted admits revealed reveals disclosed insisted boasted calculated"
    " tallied documented recorded registered declared posted published updated verified found"
    " finds identified identifies show shows showed indicate indicates indicated suggest"
    " suggests suggested described describes affirm affirms affirmed stressed stresses emphasised"
    " emphasized emphasises emphasizes specified informed asserted clarified detailed highlighted"
    " underlined explained warned maintained announce inform").split())
_ATTR_PHRASE_WORDS = frozenset((
    "pointed put puts increased raised revised lowered updated numbers figures data count tally"
    " estimate estimates assessment update bulletin statistics").split())
_WORDS_RE = re.compile(r"\w+")
_STOPPED_RE = re.compile(r"[.!?][\"”’')]*\s*$")
_DIGIT_RE = re.compile(r"\d")
# the only letters outside ASCII that a case-insensitive `re` matches to ASCII ones
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def hints(stext: str) -> tuple[bool, bool]:
    """(may hold a number, may cite someone): exactly what the two hint expressions say."""
    folded = stext.lower() if stext.isascii() else stext.translate(_FOLD_TO_ASCII).lower()
    words = set(_WORDS_RE.findall(folded))
    has_num = _DIGIT_RE.search(stext) is not None or not _NUMBER_WORDS.isdisjoint(words)
    # a dash names a source only at the end of a title line: "... – Russian MoD"
    titled = ("–" in stext or "—" in stext or " - " in stext) and not _STOPPED_RE.search(stext)
    has_attr = ":" in stext or titled or not _ATTR_WORDS.isdisjoint(words) or (
        not _ATTR_PHRASE_WORDS.isdisjoint(words) and _ATTR_HINT_RE.search(stext) is not None)
    return has_num, has_attr


_LOSS_METRICS_NO_SIDE_DEFAULT = ("troops_deployed", "civilians_killed", "civilians_wounded",
                                 "civilians_displaced", "other")


def analyse(article: Article) -> Article:
    """Fill `article.sentences`, `article.words`, `article.figures`, and, when loading found no
    published date, `published`/`published_from` from an explicit date in the text or else
    `published_estimate`. Never raises on any text; every figure has
    `figure.text == article.text[figure.start:figure.end]`. Returns the same article."""
    text = article.text or ""
    try:
        sentences = split_sentences(text)
    except Exception:
        sentences = [Sentence(0, len(text), 0)] if text.strip() else []
    article.sentences = sentences
    article.words = len(_WORD_RE.findall(text))
    estimate_phrase = None
    try:
        if article.published is None:
            found = date_in_opening(text)
            if found:
                article.published, phrase = found
                article.published_from = f'text: "{phrase}"'
            else:
                est = estimate_from_text(text)
                if est:
                    article.published_estimate, estimate_phrase = est
    except Exception:
        pass
    article.figures = _figures(article, sentences, estimate_phrase)
    return article


class _Dates:
    """Dates of each paragraph, found once (offsets into the article text)."""

    def __init__(self, text: str, sentences: list[Sentence], ref: str | None):
        self.text, self.ref = text, ref
        self.bounds: dict[int, tuple[int, int]] = {}
        for s in sentences:
            a, b = self.bounds.get(s.paragraph, (s.start, s.end))
            self.bounds[s.paragraph] = (min(a, s.start), max(b, s.end))
        self.cache: dict[int, list] = {}
        self.since: dict[int, list[int]] = {}  # where a counting period starts, per paragraph

    def of_paragraph(self, p: int) -> list[tuple[int, int, str, str, str]]:
        if p not in self.cache:
            a, b = self.bounds.get(p, (0, 0))
            out = []
            try:
                chunk = self.text[a:b]
                since = self.since.setdefault(p, [])
                for d in find_dates(chunk, self.ref):
                    if d.kind == "since":
                        since.append(a + d.start)
                    if not d.iso or d.kind in ("since", "range"):
                        continue
                    if d.kind == "year" and not _YEAR_DATES_RE.search(chunk[max(0, d.start - 20):d.start]):
                        continue  # "Russia's 2022 losses", "the 2014 annexation": no date of a claim
                    if (_EVENT_BEFORE_RE if d.kind != "relative" else _SINCE_BEFORE_RE).search(
                            chunk[max(0, d.start - 60):d.start]):
                        # "since autumn last year", "since Russia launched its invasion last
                        # year": where a count starts, never the date of the count
                        if re.search(r"(?i)\bsince\b[^.;,]*$", chunk[max(0, d.start - 60):d.start]):
                            since.append(a + d.start)
                        continue
                    out.append((a + d.start, a + d.end, d.iso, d.phrase, d.kind))
            except Exception:
                out = []
            self.cache[p] = out
        return self.cache[p]


_TOPIC_SHIFT_RE = re.compile(r"\W*(?:Meanwhile|Separately|Elsewhere|In\s+other\s+news|Also|In\s+addition"
                             r"|Earlier|Later|Previously|At\s+the\s+same\s+time)\b")


def _as_of(dates: _Dates, s: Sentence, at: int, published: str | None) -> tuple[str | None, str | None]:
    found = dates.of_paragraph(s.paragraph)
    inside = [d for d in found if s.start <= d[0] < s.end]
    if any(s.start <= x < s.end for x in dates.since.get(s.paragraph, ())):
        # a count "since" some time runs up to when it is told: no date of another sentence
        # dates it, only one of its own ("in remarks published Saturday")
        found = inside
    elif _TOPIC_SHIFT_RE.match(dates.text, s.start, s.end):
        found = inside  # "Meanwhile, ...": another matter than the dated sentence before it
    else:
        # a date written after the figure's sentence tells of what came next, not of the figure
        found = [d for d in found if d[0] < s.end]
    for pool, label in (
        ([d for d in inside if d[4] != "relative"], "sentence"),
        # a year alone dates only its own sentence ("In 2014, 298 people died")
        ([d for d in found if d[4] not in ("relative", "year") and d not in inside], "paragraph"),
        ([d for d in inside if d[4] == "relative"], None),
        ([d for d in found if d[4] == "relative"], None),
    ):
        if pool:
            d = min(pool, key=lambda d: abs(d[0] - at))
            return d[2], label or f"relative: {d[3]}"
    if published:
        return published, "published"
    return None, None


def _masked(s: str, atts: list[Attribution]) -> str:
    for a in atts:
        if a.phrase and not a.pronoun:
            s = s[:a.start] + " " * (a.end - a.start) + s[a.end:]
    return s


def _figures(article: Article, sentences: list[Sentence], estimate_phrase: str | None = None) -> list[Figure]:
    text = article.text or ""
    dates = _Dates(text, sentences, article.published)
    out: list[Figure] = []
    last_phrase: str | None = None  # the claimant in force, as the article wrote it
    last_para = -10
    last_counted = False  # the claimant's paragraph gave figures: it may carry into the next
    past_para = -10  # paragraph of the last sentence about another war or a past event
    refs = Referents()  # the claimants named so far, for "it" and "the think tank"
    previous: tuple[Found, int] | None = None  # the last figure found, and its paragraph
    unsourced: set[int] = set()
    list_side: str | None = None  # "The total combat losses of the enemy were:" over its list
    # (kind, paragraph, claimant) of the last figures a word of time dated: "Since the
    # counteroffensive began, Kyiv lost 26,000 soldiers. ... Russian forces destroyed 21 aircraft."
    kind_ctx: tuple[str, int, str | None] | None = None
    for sent in sentences:
        try:
            stext = text[sent.start:sent.end]
            has_num, has_attr = hints(stext)
            if not has_num and not has_attr:
                refs.mentioned_in(stext)  # "The ministry gave its weekly update." before "it said"
                continue  # nothing to count, nobody cited: the common case, kept cheap
            atts = find_attributions(stext, headline=True) if has_attr else []
            masked = _masked(stext, atts)
            found = figures_in(stext, masked) if has_num else []
            if has_num and previous is not None and sent.paragraph - previous[1] <= 1:
                found += figures_by_reference(stext, found, previous[0])  # "the number rose to 37,633"
                found.sort(key=lambda f: f.number.start)
            if found:
                previous = (found[-1], sent.paragraph)
            if has_num and about_the_past(stext):
                past_para = sent.paragraph
            elif found and sent.paragraph - past_para in (0, 1) and refers_back(stext):
                found = []  # "Over a million people perished in the battle" after Stalingrad
            generic = any(a.generic for a in atts)
            named = [a for a in atts if a.phrase or a.pronoun]
            referred: dict[int, str] = {}  # attribution -> the words that referred back
            for a in named:
                if a.pronoun:
                    referred[id(a)] = a.phrase or ""
                    inside = mentioned(stext[:a.start]) if (a.phrase or "").lower() in ("it", "they") \
                        and _SUBCLAUSE_RE.search(stext, max(0, a.start - 12), a.start) else []
                    # "Russia last published its toll in 2022, when it said ...": the sentence's subject
                    subject = inside[0] if inside and stext.lstrip().startswith(inside[0]) else None
                    a.phrase = subject or refs.resolve(a.phrase or "", last_phrase)
                    if a.phrase is None:  # a description of no one named yet: no one
                        generic = True
                else:
                    refs.named(canonical(a.phrase))
            carried = False
            if found and not [a for a in named if a.phrase] and own_count(stext):
                # "we have identified 106,745 soldiers": the outlet's own count
                own = outlet_name(article.outlet)
                named = [Attribution(0, 0, own, "sentence")] if own else named
                if own:
                    referred[id(named[0])] = "the outlet's own count"
                generic = generic or own is None
            if stext.rstrip().endswith(":"):
                sides = {h.lastgroup for h in SIDE_RE.finditer(stext)} - {"both"}
                list_side = sides.pop() if len(sides) == 1 else None
            elif found and not is_bulletin(stext):
                list_side = None
            for f in found:
                if f.side is None and list_side and is_bulletin(stext):
                    f.side = list_side
                source = _claimant_source(f, named)
                phrase = source.phrase if source else None
                how = None
                if source is not None and id(source) in referred:
                    words = referred[id(source)]
                    how = words if words == "the outlet's own count" else f'refers back: "{words}"'
                if phrase is None and not generic and last_phrase and (
                        sent.paragraph == last_para or (sent.paragraph == last_para + 1 and last_counted)) \
                        and not (f.metric.startswith("civilians_") and counts_side(canonical(last_phrase, True))):
                    # an army's spokesman counts the enemy's losses, not the dead of a strike
                    # reported in the next sentence
                    phrase, carried, how = last_phrase, True, "carried from the sentence before"
                fig = _figure(article, sent, stext, f, phrase, dates, masked)
                fig.claimant_from = how if fig.claimant else None
                if says_when(stext):
                    kind_ctx = (fig.kind, sent.paragraph, fig.claimant) if fig.kind == "period" else None
                elif kind_ctx and fig.kind == "cumulative" and sent.paragraph - kind_ctx[1] <= 1 \
                        and fig.claimant == kind_ctx[2] and not fig.metric.startswith("civilians_"):
                    fig.kind = kind_ctx[0]  # the same source going on about the same period
                    kind_ctx = (kind_ctx[0], sent.paragraph, kind_ctx[2])
                out.append(fig)
                if generic and phrase is None:
                    unsourced.add(id(out[-1]))  # "officials said": a source, unnamed
            if named:
                used = [a for a in named if a.phrase]
                if used:
                    if sent.paragraph != last_para or used[-1].phrase != last_phrase:
                        last_counted = False
                    last_phrase, last_para = used[-1].phrase, sent.paragraph
                    # a paragraph that gave this claimant figures, or announced them ("The General
                    # Staff reported:"), goes on into the next; one that only quoted it does not
                    # ("Ukraine's leader told people not to panic" says nothing of 100,000 troops)
                    last_counted = last_counted or bool(found) or stext.rstrip().endswith(":")
                elif any(a.pronoun for a in named) and last_phrase:
                    last_para = sent.paragraph
            elif carried or (not found and last_phrase and sent.paragraph == last_para + 1 and is_bulletin(stext)):
                last_para, last_counted = sent.paragraph, True  # a list goes on, line by line
            refs.mentioned_in(stext)
        except Exception:  # one odd sentence must not lose the article
            continue
    _default_sides(out)
    _full_names(text, out)
    _claimants_from_the_article(out, unsourced)
    # A figure that names neither whose losses nor who claims them is still what the article
    # says ("two soldiers killed and three wounded"): side and claimant stay null, as written.
    if article.published is None and article.published_estimate:
        for f in out:
            if f.as_of is None:
                f.as_of_estimate = article.published_estimate
                f.as_of_from = "estimate: " + (estimate_phrase or "the article's text")
    return out


def _claimant_source(f: Found, named: list[Attribution]) -> Attribution | None:
    """The attribution that names the claimant of `f`: the last before it, else the first
    after it that covers the whole sentence."""
    n = f.number
    before = [a for a in named if a.start <= n.start]
    after = [a for a in named if a.start > n.start and a.scope == "sentence"]
    return before[-1] if before else (after[0] if after else None)


def _figure(article: Article, sent: Sentence, stext: str, f: Found, phrase: str | None,
            dates: _Dates, masked: str | None = None) -> Figure:
    n = f.number
    start, end = sent.start + n.start, sent.start + n.end
    as_of, why = _as_of(dates, sent, start, article.published)
    claimant = canonical(phrase, f.loss) if phrase else None
    side = f.side
    counts = counts_side(claimant)
    own = _OWN_SIDE.get((phrase or "").lower().replace("’", "'"))
    if own and side is None and _SELF_LOSS_RE.search(stext, 0, f.number.start):
        # "Ukraine says it has lost up to 13,000 soldiers": its own losses, not its count of Russia's
        side, claimant, counts = own, canonical(phrase, False), None
    if side == "russia" and counts == "ukraine" and _ENEMY_RE.search(stext) and not _RUSSIA_RE.search(masked or stext):
        side = "ukraine"  # "the enemy lost up to 320 servicemen", in Moscow's briefing: Ukraine's
    if side is None and f.metric not in _LOSS_METRICS_NO_SIDE_DEFAULT:
        side = counts
        if counts and _OWN_TROOPS_RE.match(stext, f.number.end, f.number.end + 40):
            side = {"russia": "ukraine", "ukraine": "russia"}[counts]  # "498 of its troops": its own
    elif counts and side and side != counts and phrase:
        # Kyiv on Ukraine's own losses is not the General Staff's count of Russia's
        claimant = canonical(phrase, False)
    return Figure(
        file=article.file, value=int(n.value), upper=n.upper, approx=n.approx, metric=f.metric,
        side=side, claimant=claimant, kind=f.kind, as_of=as_of, text=article.text[start:end],
        start=start, end=end, sentence=stext, sentence_start=sent.start, sentence_end=sent.end,
        as_of_from=why,
    )


_OWN_SIDE = {"ukraine": "ukraine", "kyiv": "ukraine", "kiev": "ukraine", "russia": "russia", "moscow": "russia",
             "the kremlin": "russia", "kremlin": "russia"}
_SELF_LOSS_RE = re.compile(r"\b(?:it|they)\s+(?:has|have|had)?\s*(?:now\s+)?(?:lost|suffered)\b[^.;]{0,40}$", re.I)
_OWN_TROOPS_RE = re.compile(
    r"\s*(?:of\s+)?(?:its|their)\s+(?:own\s+)?(?:troops|soldiers|servicemen|forces|personnel|military|men|fighters)\b", re.I)
_SUBCLAUSE_RE = re.compile(r"\b(?:when|and|but|as|after|before|because|while|where|since)\s+$", re.I)
_ENEMY_RE = re.compile(r"\b(?:enemy|enemy['’]s|adversary|adversary['’]s)\b", re.I)
_RUSSIA_RE = re.compile(r"\b(?:Russia|Russian|Russians|Russia['’]s|Moscow|Kremlin|occupiers?|invaders?)\b")


def _default_sides(figs: list[Figure]) -> None:
    """A loss figure whose words name no side takes the side the article is about: the side of
    the figure before it in its sentence, else the side of two thirds of the article's figures."""
    sided = Counter(f.side for f in figs if f.side in ("russia", "ukraine")
                    and f.metric not in _LOSS_METRICS_NO_SIDE_DEFAULT)
    total = sum(sided.values())
    major = None
    if total >= 2:
        side, count = sided.most_common(1)[0]
        if count * 3 >= total * 2:
            major = side
    prev: Figure | None = None
    for f in figs:
        if f.side is None and f.metric not in _LOSS_METRICS_NO_SIDE_DEFAULT:
            if prev is not None and prev.sentence_start == f.sentence_start and prev.side:
                f.side = prev.side
            elif major:
                f.side = major
        prev = f


def _claimants_from_the_article(figs: list[Figure], unsourced: set[int]) -> None:
    """A figure its sentence attributes to no one takes the claimant the article gives figures
    of the same kind to (whose losses, soldiers or civilians): the one named before it, else
    the first named after it ("516,080 soldiers" in the lead, "according to the General Staff"
    in the next paragraph), as a careful reader does. It stays unattributed when its sentence
    cites someone unnamed ("officials said"), turns to another matter ("Separately, ..."), or
    rounds ("over 1 million troops": the writer's own summary), or no one gave that kind."""
    def kind(f: Figure) -> tuple:  # whose losses, and of what: soldiers, civilians, refugees, machines
        family = ("displaced" if f.metric == "civilians_displaced" else "civilians" if f.metric.startswith("civilians_")
                  else "personnel" if f.metric.startswith("personnel_") or f.metric == "deserters" else
                  "deployed" if f.metric == "troops_deployed" else "other" if f.metric == "other" else "equipment")
        return f.side, family

    for i, f in enumerate(figs):
        if f.claimant or id(f) in unsourced or f.side is None or f.kind == "other":
            continue  # (one incident's dead are each their own report's)
        if (f.approx and f.value >= 100_000 and f.value % 100_000 == 0) or _TOPIC_SHIFT_RE.match(f.sentence):
            continue  # "over 1 million troops": the writer's own round summary; "Separately, ..."
        before = [g for g in figs[:i] if g.claimant and kind(g) == kind(f)]
        after = [g for g in figs[i + 1:] if g.claimant and kind(g) == kind(f)]
        source = before[-1] if before else (after[0] if after else None)
        if source is not None:
            f.claimant = source.claimant
            f.claimant_from = "the article's other figures"


_SURNAME_RE = re.compile(r"[A-Z][a-zà-ÿłśżźćńčšž’'-]+")
_GIVEN_RE = re.compile(r"[A-Z][a-zà-ÿłśżźćńčšž’'-]+|[A-Z]\.")
_TITLES = {"pope", "president", "chancellor", "patriarch", "king", "premier"}
_NOT_GIVEN = {"mr", "mrs", "ms", "dr", "sir", "gen", "lt", "col", "however", "but", "and", "when", "while",
              "yesterday", "today", "then", "meanwhile", "as", "so", "if", "after", "before"}


def _full_names(text: str, figs: list[Figure]) -> None:
    """Within one article a person is one claimant: "Lavrov" after "Russian Foreign Minister
    Sergei Lavrov" is "Sergei Lavrov", "the Pope" is "Pope Francis" when the article names him.
    A surname takes the given names the article writes before it, titles left out."""
    cache: dict[str, str] = {}
    for f in figs:
        c = f.claimant
        if not c or not _SURNAME_RE.fullmatch(c) or canonical(c) != c:
            continue
        if c not in cache:
            cache[c] = c
            if c.lower() in _TITLES:
                m = re.search(rf"\b{re.escape(c)}\s+({_SURNAME_RE.pattern})\b", text)
                if m and not re.fullmatch(ROLE_WORDS, m.group(1).lower()):
                    cache[c] = f"{c} {m.group(1)}"
            else:
                for m in re.finditer(rf"((?:\S+\s+){{1,2}}){re.escape(c)}\b", text):
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
