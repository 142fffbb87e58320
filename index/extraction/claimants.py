"""Who claims a figure: attribution phrases in a sentence, and one canonical name per claimant.

Attribution forms found (each gives the words naming the claimant and where they stand):
"according to X" (also "according to an assessment by X"), "per X" / "as per X", "X said /
stated / claims / believes / reports / estimates / announced ..." (with adverbs and an
appositive between: "General Eirik Kristoffersen, the military commander of Norway, stated"),
'"...," said X', "..., claims Ukraine.", "a report from X" / "figures from X" (these cover the
numbers after them), "X's figures", "X, cited by Y" (X), a headline "X: ...", and a pronoun
subject ("It only recognizes ...", "the ministry said") that `index.extraction.extract` resolves to the
previous claimant.

Canonical names come from `index.extraction.aliases` (the alias table `index/extraction/data/claimants.toml`, which
users extend from their config folder). An attribution that matches no alias keeps a cleaned
form of the words ("Estonian Foreign Intelligence Service" stays as written, without a leading
"the" or trailing possessive), so nothing an article says is lost; one that names no one in
particular ("officials said", "a military source") gives no claimant and stops the claimant of
the paragraph before from carrying on; a passive with no agent ("losses are estimated at",
"Moscow is said to have lost") is the source its own paragraph named, or no one.

Policies, decided once:
- A group of officials the article qualifies ("regional officials", "local Russian-imposed
  authorities", "SENIOR DEFENSE OFFICIAL" at the end of a headline) is a claimant in the
  article's words; an unqualified one ("officials said") is not.
- A person's title is no part of their name: "Russian Foreign Minister Sergei Lavrov" is
  "Sergei Lavrov" (unless the whole phrase is a known alias: "Pentagon spokesman John Kirby"
  speaks for "US officials"); within an article `index.extraction.extract` reads a bare surname
  ("Lavrov") as the full name written before it.
- A country's government on the enemy's equipment ("Ukraine said 12 Russian tanks were
  destroyed") is its General Staff's count (the table's `losses`): Kyiv publishes one count.
- A day or time is never a claimant ("..., said Friday their presence ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extraction.aliases import canonical, counts_side, known, names_whole, reload  # noqa: F401 (re-exported)
from index.extraction.attribution_patterns import (
    ACCORDING_RE, ATTRIBUTED_RE, CITED_BY_RE, COUNTRY_WORD_RE, DASH_TAIL_RE, DAY_WORDS, FROM_RE, GENERIC_SUBJECT_RE,
    HEADLINE_LABELS, HEADLINE_RE, HEADLINE_TAIL_RE, HEDGE_RE, LABEL_LINE_RE, LOWER_SAID_AFTER_RE, MONTH_NP_RE,
    NAME_ENDS_RE, NATIONALITY_ONLY_RE, NOT_A_NAME_RE, NOT_SAYING_AFTER_RE, NOT_SAY_BEFORE, NP, ends_in_word,
    OPENING_SUBJECT_RE, OWNER_OF_WORK_RE, PARTICIPLE_SAY_RE, PASSIVE_BY_RE, PASSIVE_RE, PER_RE,
    POSSESSIVE_HINT_RE, POSSESSIVE_RE, PRONOUNS, QUOTE_THEN_NAME, REPORT_OF_RE, ROLE_WORDS,
    SAME_WORK_RE, SAY_RE, SOURCE_LABEL_RE, TITLE_LINE_RE, TRAILING_RE, WORDS_OF_RE, SAYS_AT_END_RE,
    OFFICE_THEN_NAME_RE, ROLE_THEN_NAME_RE, APPOSITIVE_NAME_RE, CITING_LEAD_RE, CITED_BY_TAIL_RE, WITH_SAYING_RE, BY_ITS_OWN_RE,
)
from index.extraction.exclusions import title_case
from index.extraction.hints import hints
from index.extraction.name_cleaning import clean as _clean, is_generic, suffered_not_said, work_as_subject
from index.extraction.referents import PRESIDENT_RE, is_person
from index.extraction.relays import cited, cited_by, of_a_country, quoted
from index.extraction.subjects import subject_before, is_description

@dataclass(slots=True)
class Attribution:
    start: int  # the words naming the claimant: blanked before the side of a figure is read
    end: int
    phrase: str | None  # cleaned words (for a pronoun, the pronoun); None when generic
    scope: str  # "sentence", or "after" (covers only numbers written after it)
    pronoun: bool = False
    generic: bool = False  # "Reports indicate ...": a source, but no one in particular
    passive: bool = False  # "losses are estimated at ...": the source the paragraph named, if any
    until: int | None = None  # "Ukraine's claims of 400 killed, says toll stands at 89": covers up to here
    via: str | None = None  # the outlet that relays this claimant ("The Times reported, citing US officials")


_TO_HAVE_SAID_RE = re.compile(r"\s+to\s+have\s+(?:said|told|stated|claimed|written|announced)\b", re.I)
# "As added, ...", "So said": a conjunction left where a translation dropped the subject.
_LEAD_WORD_RE = re.compile(r"As|So|And|But|Also|Then|Thus|Yet|Here|There|This|That|It\s+was", re.I)

_QUOTE_THEN_NAME_RE = re.compile(QUOTE_THEN_NAME)
_AFTER_COMMA_RE = re.compile(r"[,\"”“’]\s*$")
# a second verb of the sentence's subject: "Governor Syniehubov visited the site and said ..."
_AND_BEFORE_RE = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$")
# a count the subject gives before "and said": "revised an earlier estimate of 30 killed and said"
_ESTIMATE_RE = re.compile(r"\b(?:estimates?|figures?|toll|tally|count|number)\s+(?:of|at|to)\b")
# a headline's subject, for a second verb with none of its own: "Moscow refutes ..., says ..."
_HEADLINE_SUBJECT_RE = re.compile(rf"(?P<np>{NP})\s+(?:[a-z]+s|has\s+[a-z]+ed)\b[^,]*,\s*(?:and\s+)?")
_COUNTED_WORDS_RE = re.compile(
    r"\b(?:killed|wounded|injured|dead|deaths|troops|soldiers|losses|casualties|civilians|tanks)\b", re.I)
_WORKERS_RE = re.compile(r"(?:journalists|researchers|analysts|experts|reporters|volunteers)", re.I)
_WORKERS_OF_RE = re.compile(rf"\s+(?:from|at|of|with)\s+(?P<np>{NP})")
_BASED_RE = re.compile(r"[\w.-]+-based", re.I)
_OWNER_PRONOUN = {"its": "it", "their": "they", "his": "he", "her": "she"}
# "FIFTEEN THOUSAND Russians killed in Ukraine: Wallace reveals ...": a count before the colon, no speaker
_COUNT_HEADING_RE = re.compile(r"\d|\b(?i:killed|dead|died|lost|loses|wounded|injured|casualties|destroyed|thousands?"
                               r"|hundreds?|millions?)\b")
_NP_AFTER_RE = re.compile(rf"\s+(?P<np>{NP})")  # (compiled once: an f-string pattern is hashed anew at every call)


def find_attributions(s: str, headline: bool = False) -> list[Attribution]:
    """Every attribution in sentence `s` (offsets into `s`)."""
    out: list[Attribution] = []

    def add(a: int, b: int, scope: str) -> None:
        if _WORKERS_RE.fullmatch(s[a:b].strip()):
            at = _WORKERS_OF_RE.match(s, b)  # "research by journalists from Mediazona": the body they work for
            if at:
                a, b = at.start("np"), at.end("np")
        phrase = _clean(s[a:b])
        if len(phrase) > 5 and phrase.isupper() and " " in phrase:
            phrase = phrase.title()  # a headline in capitals: "SENIOR DEFENSE OFFICIAL"
        if phrase and HEDGE_RE.fullmatch(phrase) and re.match(r"other\b", phrase, re.I):
            out.append(Attribution(a, b, None, scope, generic=True))  # "Other sources have put": not the context's
            return
        if not phrase or HEDGE_RE.fullmatch(phrase) or _LEAD_WORD_RE.fullmatch(phrase) or s[a:b].strip() in ("A", "An", "The"):
            return  # "according to reports": a hedge, the source is in the context
        if NOT_A_NAME_RE.fullmatch(phrase) and phrase not in ("US", "U.S."):
            return  # "We believe ...", "New Report Reveals": a speaker named elsewhere, or a word of a title
        if _BASED_RE.fullmatch(phrase):
            return  # "by the Washington-based think tank": where it sits, not who it is
        if _COUNTED_WORDS_RE.search(phrase) and canonical(phrase) == phrase:
            return  # "500,000 Ukrainian Troops Reported Killed in Conflict": what is counted, not who counts
        if ("'" in phrase or "’" in phrase) and re.search(r"\w['’]s\s+[A-Z]", phrase) and canonical(phrase) == phrase \
                and title_case(s):
            return  # "Russia's Offensive Claims Over 1,000 ...": in a title, capitals do not make a name
        words = s[a:b].strip().rstrip(" ,.;:!?\"“”’'")
        named = APPOSITIVE_NAME_RE.match(s, b)
        if named and (is_description(words) or is_generic(phrase) and is_person(named.group("np"))):
            # "the Washington-based think tank, the Center for Strategic and International
            # Studies (CSIS), suggests": the name beside the description says who
            out.append(Attribution(named.start("np"), named.end("np"), _clean(named.group("np")), scope))
            return
        if is_description(words) and canonical(phrase) == phrase and re.search(r"\b(?:an?|one)\s+$", s[max(0, a - 4):a], re.I) \
                and not COUNTRY_WORD_RE.search(words):
            out.append(Attribution(a, b, None, scope, generic=True))  # "according to a senior official": unnamed
            return
        if PRONOUNS.match(phrase.lower()) or PRONOUNS.match(words.lower()) or (
                is_description(words) and canonical(phrase) == phrase) or phrase == "general staff":
            # ("the general staff said" in lower case: the one the article named, Kyiv's or Moscow's)
            out.append(Attribution(a, b, s[a:b].strip().rstrip(".,;:!?"), scope, pronoun=True))
        elif not is_generic(phrase):
            out.append(Attribution(a, b, phrase, scope))
        else:
            out.append(Attribution(a, b, None, scope, generic=True))

    if GENERIC_SUBJECT_RE.match(s):
        out.append(Attribution(0, 0, None, "sentence", generic=True))
    low = s.lower()
    cites: list[Attribution] = []  # "as reported by X"
    for rx, scope, hint in ((ACCORDING_RE, "sentence", "according"), (PER_RE, "sentence", "per "),
                            (FROM_RE, "after", " by "), (FROM_RE, "after", " from "),
                            (POSSESSIVE_RE, "sentence", "s "), (CITED_BY_RE, "sentence", "ed by"),
                            (PASSIVE_BY_RE, "sentence", " by ")):
        if hint not in low or (rx is FROM_RE and hint == " from " and " by " in low):
            continue  # cheap guards: most sentences cite no one
        if rx is POSSESSIVE_RE and ("'" not in s and "’" not in s or not POSSESSIVE_HINT_RE.search(s)):
            continue  # (the hint opens with an apostrophe: looked for first, it spares most sentences the hint)
        if rx is CITED_BY_RE and not CITED_BY_TAIL_RE.search(s):
            continue  # (its name is tried at every capital; the words after it rule most sentences out first)
        for m in rx.finditer(s):
            np_ = m.group("np") or m.group("np2") if rx is PASSIVE_BY_RE else m.group("np")
            if rx is ACCORDING_RE and SAME_WORK_RE.match(s, m.start("np")):
                # "according to the same estimate": the source of the estimate before
                out.append(Attribution(m.start("np"), m.end("np"), "the " + SAME_WORK_RE.match(s, m.start("np")).group(1),
                                       scope, pronoun=True))
                continue
            if rx is ACCORDING_RE and re.match(r"(?:reports?|media|sources|some)\b", np_, re.I):
                if re.search(r"\bthe\s+$", s[max(0, m.start("np") - 5):m.start("np")]) and \
                        re.fullmatch(r"report|update|statement", np_.strip(), re.I):
                    # "according to the report": the report the article spoke of, its author's
                    out.append(Attribution(m.start("np") - 4, m.end("np"), "the " + np_.strip().rstrip(".,;:"), scope,
                                           pronoun=True))
                continue  # "according to reports": a hedge, the source is in the context
            if rx is ACCORDING_RE and MONTH_NP_RE.fullmatch(np_.strip(" ,.;:")):
                # "according to United Nations data from August": whose data, not when
                owner = OWNER_OF_WORK_RE.search(s, m.start(), m.start("np"))
                if owner:
                    add(owner.start("np"), owner.end("np"), scope)
                continue
            g = "np2" if m.groupdict().get("np2") else "np"
            if rx is POSSESSIVE_RE and PRESIDENT_RE.fullmatch(m.group(g)):
                continue  # "The president's statement was made public as ...": of what, it does not say
            before = len(out)
            add(m.start(g), m.end(g), scope)
            if rx is POSSESSIVE_RE and len(out) > before and re.search(r"(?:claims?|assertion|admission)$", m.group(0)):
                said = SAY_RE.search(s, m.end())  # a claim quoted covers its own numbers, not what is said next
                out[-1].until = said.start() if said else None
            if rx is PASSIVE_BY_RE and s[m.start():m.start() + 3].lower() == "as " and len(out) > before:
                cites.append(out[-1])  # "..., as reported by Ukrainian authorities, it said": cited
    if (" its " in low or " their " in low or " his " in low or " her " in low) and (m := BY_ITS_OWN_RE.search(s)):
        out.append(Attribution(m.start("p"), m.end("p"), _OWNER_PRONOUN[m.group("p")], "sentence", pronoun=True))
    for m in WITH_SAYING_RE.finditer(s) if " with " in low else ():
        add(m.start("np"), m.end("np"), "after")
    m = TRAILING_RE.search(s) if "," in s else None
    if m:
        add(m.start("np"), m.end("np"), "sentence")
    if headline and ":" in s:
        m = HEADLINE_RE.match(s)
        if m and m.group("np").split()[0].lower() not in HEADLINE_LABELS and m.group("np").split()[-1].lower() != "news" \
                and not _COUNT_HEADING_RE.search(m.group("np")):
            words = m.group("np").split()
            # a known claimant or a body ("Estonian Intelligence: ..."), not a topic heading
            # ("Russia's Ukraine Invasion: Heavy Losses Mount")
            if canonical(m.group("np")) != m.group("np") or (
                len(words) >= 2 and all(w[:1].isupper() for w in words)
                and re.search(rf"\b(?:{ROLE_WORDS})\b", m.group("np").lower())
            ):
                add(m.start("np"), m.end("np"), "sentence")
    if headline and len(s) < 200 and (" - " in s or "–" in s or "—" in s or ":" in s) \
            and (not TITLE_LINE_RE.search(s) or _QUOTE_THEN_NAME_RE.search(s)):  # (the plain tests first)
        m = DASH_TAIL_RE.search(s)
        tail = m.group("np").rstrip(".") if m else ""
        if m and (canonical(tail) != tail or re.search(rf"\b(?:{ROLE_WORDS})\b", tail.lower())):
            add(m.start("np"), m.end("np"), "sentence")
    m = SAYS_AT_END_RE.search(s) if headline and len(s) < 200 and "says" in low else None
    if m and canonical(m.group("np")) != m.group("np") and not out:
        # "Russia lost 25,000 soldiers, 1,100 tanks and many more Ukraine says – international news"
        add(m.start("np"), m.end("np"), "sentence")
    m = (SOURCE_LABEL_RE.match(s) or LABEL_LINE_RE.match(s)) if ":" in s else None
    if m:
        add(m.start("np"), m.end("np"), "sentence")
    if "attributed to" in low or "credited to" in low:
        for m in ATTRIBUTED_RE.finditer(s):
            add(m.start("np"), m.end("np"), "sentence")
    if " of " in low:
        for m in REPORT_OF_RE.finditer(s):
            add(m.start("np"), m.end("np"), "sentence")
        # "according to TASS, in the words of Shoigu": Shoigu's ("word": no letter of it folds to another)
        for m in WORDS_OF_RE.finditer(s) if "word" in low else ():
            add(m.start("np"), m.end("np"), "sentence")
    if headline and ":" in s:
        # a headline ending in who says it: "RUSSIA TO CALL UP 60,000 RESERVISTS: SENIOR
        # DEFENSE OFFICIAL", "Kyiv lost 300 tanks in May: British intelligence"
        m = HEADLINE_TAIL_RE.search(s)
        if m and (re.search(rf"\b(?:{ROLE_WORDS})\b", m.group("np").lower())
                  or canonical(m.group("np")) != m.group("np")):  # "...: Ukraine", "...: Pentagon"
            add(m.start("np"), m.end("np"), "sentence")
    for m in SAY_RE.finditer(s):
        if m.group(0) == "States" and s.endswith("United ", 0, m.start()):
            continue  # "The United States estimates": a name, not a verb
        if (work := work_as_subject(s, m.start())) is not None:  # "Casualty estimates indicate": no speaker named
            out += [Attribution(m.start(), m.start(), None, "sentence", generic=True)] if work == "nobody" else []
            continue
        if NOT_SAY_BEFORE.search(s[max(0, m.start() - 20):m.start()]):
            if (aux := PASSIVE_RE.search(s, max(0, m.start() - 14), m.start())) and not re.match(r"\s+by\b", s[m.end():]):
                if _TO_HAVE_SAID_RE.match(s, m.end()) and (span := subject_before(s, aux.start())) and span[0] != span[1]:
                    add(span[0], span[1], "sentence")  # "Pavel Malkov, the governor, is reported to have said"
                    continue
                # "losses are estimated at ...": someone says so, named in the paragraph or no one
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True, passive=True))
            continue
        if NOT_SAYING_AFTER_RE.match(s, m.end()) and not (" " in m.group(0) and s.startswith(" of", m.end())) or suffered_not_said(s, m):
            continue  # "since Russia declared war", "War claims lives of ...": no one speaks
        coord = _AND_BEFORE_RE.search(s, max(0, m.start() - 14), m.start())
        if coord and (opener := OPENING_SUBJECT_RE.match(s, 0, coord.start())) \
                and not NATIONALITY_ONLY_RE.fullmatch(opener.group("np")) \
                and (not hints(s[opener.end():coord.start()])[0] or _ESTIMATE_RE.search(s, opener.end(), coord.start())):
            # "Governor Syniehubov visited the site and said 12 people were killed": the verbs share
            # the subject (not "the Pope decried a strike that left 18 dead and said he prays")
            add(opener.start("np"), opener.end("np"), "sentence")
            continue
        after_comma = _AFTER_COMMA_RE.search(s[max(0, m.start() - 4):m.start()]) is not None  # (“ closes quotes in some copies)
        if after_comma and m.group(0)[:1].isupper() and (inverted := _NP_AFTER_RE.match(s, m.end())) \
                and inverted.end("np") == len(s.rstrip(" .!?\"”")) and title_case(s):
            # "59 Sri Lankans Killed While Serving in Russian Army, Confirms Foreign Minister": a
            # title's speaker after its verb; its capitals before make no subject
            add(inverted.start("np"), inverted.end("np"), "sentence")
            continue
        span = subject_before(s, m.start())
        if span and span[0] == span[1] and not after_comma:
            out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
        elif span and span[0] != span[1]:
            a, b = span
            add(a, b, "sentence")
        else:
            # no subject before the verb, or the words before its comma are none ("... attack on
            # Ukraine, said the Ukrainian General Staff"): the speaker comes after it
            found_before = len(out)
            office = OFFICE_THEN_NAME_RE.match(s, m.end())
            if office:  # "..., announced its governor, Alexandre Bogomaz": the person named
                add(office.start("np"), office.end("np"), "sentence")
                continue
            role = ROLE_THEN_NAME_RE.match(s, m.end())
            if role and re.search(r"[,\"”“’]\s*$", s[max(0, m.start() - 4):m.start()]):
                # "..., said Monday the commander-in-chief of the Ukrainian army, Valery Zalouzhny."
                add(role.start("np"), role.end("np"), "sentence")
                continue
            # "..., said Pentagon spokesman John Kirby." / '"...," said X'
            after = _NP_AFTER_RE.match(s[m.end():])
            if m.group(0).lower() == "told":
                after = None  # "..., told Fox News": who was told, not who said it
            near = s[max(0, m.start() - 200):m.start()]  # bounded: linear in a long sentence
            if after is None and m.group(0).lower() != "told" and re.search(r"(?:,|\s[-–—])[\"”’]?\s*$", near):
                # "..., hurting 12 people - said the governor of the region"
                after = LOWER_SAID_AFTER_RE.match(s, m.end())
                after = re.match(rf"\s+(?P<np>{re.escape(after.group('np'))})", s[m.end():]) if after else None
            if after and re.match(r"\s+(?:an?|the)\s", s[m.end() + after.end("np"):]):
                # "- said the Reuters agency a senior US official": told to the outlet, the
                # speaker comes after it (a translation's word order)
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
                continue
            if after and re.search(r"(?:[,\"”“’]|\s[-–—])\s*$", near) and \
                    NAME_ENDS_RE.match(s, m.end() + after.end("np")):
                add(m.end() + after.start("np"), m.end() + after.end("np"), "sentence")
            elif ends_in_word(near):
                # someone this module cannot name said it ("soldiers reported"): not the
                # claimant of the paragraph before
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
            elif after is None and m.group(0).lower() in ("says", "adds") and (opener := _HEADLINE_SUBJECT_RE.fullmatch(s, 0, m.start())):
                add(opener.start("np"), opener.end("np"), "sentence")  # "Moscow refutes ..., says toll is 89"
            if span and len(out) == found_before:
                out.append(Attribution(m.start(), m.start(), None, "sentence", generic=True))
    if not out and "," in s and (part := PARTICIPLE_SAY_RE.search(s)) and (opener := OPENING_SUBJECT_RE.match(s, 0, part.start())) \
            and not NATIONALITY_ONLY_RE.fullmatch(opener.group("np")) and not hints(s[opener.end():part.start()])[0]:
        # "Zakharova accused the Kiev regime of ..., reporting 18 deaths": the subject says it, of
        # the counts after the participle only ("the Pope decried a strike that left 18 dead,
        # saying he carries Ukraine in his heart" does not make the toll his)
        add(opener.start("np"), opener.end("np"), "sentence")
    if cites and any((a.phrase or a.pronoun) and all(a is not c for c in cites) for a in out):
        # the one who says it names its source: the claim is the speaker's own statement
        out = [a for a in out if all(a is not c for c in cites)]
    if "citing" in low or "cites" in low or "quot" in low or "based on" in low or " saying" in low and ("reported " in low or "cited " in low) \
            or "cited by" in low or " as putting" in low or " as estimating" in low:
        out = _through_relays(s, out)
    if len(out) > 1 and ":" in s:  # "MOSCOW: ..., the Foreign Ministry said": a dateline in capitals, no speaker
        out = [a for a in out if not (a.phrase and a.phrase.isupper() and " " not in a.phrase and s.startswith(":", a.end))]
    out.sort(key=lambda a: a.start)
    return out


def _through_relays(s: str, out: list[Attribution]) -> list[Attribution]:
    """The source an outlet cites or quotes (`index.extraction.relays`) in place of the outlet."""
    lead = CITING_LEAD_RE.match(s)
    if lead and (np_ := _clean(lead.group("np"))) and (canonical(np_) != np_ or known(np_)):
        # "Citing data from the OHCHR, she reports": the body the table knows counts, the speaker relays
        via = next((x.phrase for x in out if x.start >= lead.end() and x.phrase and not x.pronoun), None)
        return [Attribution(lead.start("np"), lead.end("np"), np_, "sentence", via=via)]
    for at, a, b in cited(s):
        np_ = _clean(s[a:b])
        if not np_ or not (canonical(np_) != np_ or known(np_) or of_a_country(s[a:b])):
            continue  # "citing the press service of the city": the outlet's own report ("citing TASS": TASS's)
        # an outlet relays; a body the table knows ("UK officials citing data from Ukraine") makes
        # its own statement of what it cites
        relays = [x for x in out if x.phrase and x.end <= at and at - x.end <= 60 and canonical(x.phrase) == x.phrase]
        if relays:
            out = [x for x in out if x is not relays[-1]]
            out.append(Attribution(a, b, np_, relays[-1].scope, via=relays[-1].phrase))
        elif s.startswith(" as ", b):  # "..., the BBC quoted Kharkiv's governor as saying"
            out.append(Attribution(a, b, np_, "sentence"))
    for (a, b), (c, d) in cited_by(s):
        np_ = _clean(s[a:b])
        if np_ and (canonical(np_) != np_ or of_a_country(s[a:b])):
            out = [x for x in out if not (c <= x.start < d)] + [Attribution(a, b, np_, "sentence")]
    for a, b, who in quoted(s):
        out = [x for x in out if not (a <= x.start < b)]
        if who:
            out.append(Attribution(who[0], who[1], _clean(s[who[0]:who[1]]), "sentence"))
    return out
