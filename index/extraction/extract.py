"""Entry point of extraction: an Article with text in, sentences, dates and figures out.

Per sentence: the figures (`index.extraction.figures`), who claims them (`index.extraction.claimants`), and as of
when (`index.dates`). Across sentences, a claimant carries on: to the next sentences of its
paragraph, to the paragraph right after it (a bulletin list after "The General Staff
reported:"), and to a pronoun ("It only recognizes ..."), but not further; a page whose title
names it as one body's report ("Russian Defence Ministry report on ...") gives that body to the
figures that name no source of their own.
"""

from __future__ import annotations

import re

from index.extraction.aliases import counts_civilians, mentioned
from index.extraction.air_defence import air_defence_claimant, ballistic_as_other
from index.extraction.air_targets import downed_of_launched, part_of_before
from index.extraction.bulletin_match import general_staff_by_record
from index.extraction.anaphora import figures_by_reference
from index.extraction.attribution_patterns import EXPERTS_RE, SUPPOSITION_RE
from index.extraction.article_wide import (claimants_from_the_article, default_sides, fighters_sides,
                                           civilians_of_russian_speakers, full_names, incident_claims,
                                           russias_civilians, strike_dead, title_source)
from index.extraction.cataphora import awaiting_name, name_the_figures, named_first, source_of_before
from index.extraction.claimants import Attribution, canonical, counts_side, find_attributions
from index.extraction.figure_dates import OTHER_EVENT_RE, Dates, estimated_as_of, published_from_text
from index.extraction.figure_fields import figure_of
from index.extraction.figures import figures_in, is_bulletin
from index.extraction.nationals import Fighters
from index.extraction.found import Found
from index.extraction.groups import (GROUP_WHY, governor_named, group_claimant, groups_once_sided, nationless_group,
                                     office_elsewhere, paragraph_before, russian_office, unnamed_office)
from index.extraction.headlines import headline_echoes
from index.extraction.hints import hints
from index.extraction.name_cleaning import clean_name
from index.extraction.kinds import few_soldiers, moscow_briefing_day, says_when
from index.extraction.loss_lists import goes_on_from_losses, is_item, leads_losses
from index.extraction.own_count import outlet_name, own_count, publisher
from index.extraction.own_losses import own_loss_goes_on
from index.extraction.people import harmed_as_other
from index.extraction.quotes import Quotation, follow
from index.extraction.person_names import speaks_for_body
from index.extraction.referents import Referents
from index.extraction.scope import about_the_past, refers_back
from index.extraction.sentence_sources import (claimant_source, confirmed_dead, masked_attributions, reporting_body,
                                               side_changes)
from index.extraction.sentences import one_line, split_sentences
from index.extraction.sides import SIDE_RE
from index.extraction.toll_parts import toll_parts
from index.folders import config_read_once
from index.model import Article, Figure, Sentence

# "1,160" and "Ukraine's" are one word each. Only the count is kept: a word's trailing marks
# ("it's." read as "it's.") change no count, and matching them spares `re` a step back per word
_WORD_RE = re.compile(r"\w[\w’'.,-]*")


def analyse(article: Article) -> Article:
    """Fill `article.sentences`, `.words`, `.figures` and, when loading found no published date,
    `published`/`published_from` from a date in the text or else `published_estimate`. Never raises
    on any text; every figure has `figure.text == article.text[figure.start:figure.end]`."""
    text = article.text or ""
    try:
        sentences = split_sentences(text)
    except Exception:
        sentences = [Sentence(0, len(text), 0)] if text.strip() else []
    article.sentences = sentences
    article.words = len(_WORD_RE.findall(text))
    with config_read_once():
        article.figures = _figures(article, sentences, published_from_text(article))
    return article


_prepared = False


def prepare() -> None:
    """Load what extraction reads lazily (the claimant table, its patterns, the sentence model)
    once in this process, so that a file's CPU budget pays for its own text only."""
    global _prepared
    if not _prepared:
        _prepared = True
        analyse(Article(file="", title="Losses", text="Losses\nThe General Staff said 10 Russian soldiers were "
                        "killed, Reuters reported.", published=None))


def _figures(article: Article, sentences: list[Sentence], estimate_phrase: str | None = None) -> list[Figure]:
    text = article.text or ""
    dates = Dates(text, sentences, article.published)
    out: list[Figure] = []
    last_phrase, last_para = None, -10  # the claimant in force, as the article wrote it, and its paragraph
    last_counted = False  # the claimant's paragraph gave figures: it may carry into the next
    past_para = -10  # paragraph of the last sentence about another war or a past event
    refs = Referents()  # the claimants named so far, for "it" and "the think tank"
    previous: tuple[Found, int] | None = None  # the last figure found, and its paragraph
    unsourced: set[int] = set()
    found_in = -2  # the index of the last sentence that gave figures
    unnamed: tuple[list[Figure], int, bool, bool] | None = None  # figures of "a senior official said", awaiting the name
    made_last: tuple[list[Figure], int] | None = None  # the last sentence's figures, for "This was announced by X"
    list_side: str | None = None  # "The total combat losses of the enemy were:" over its list
    in_list = False  # the line before led or went on with a list of losses, an item a line
    # (kind, paragraph, claimant) of the last figures a word of time dated: "Since the
    # counteroffensive began, Kyiv lost 26,000 soldiers. ... Russian forces destroyed 21 aircraft."
    kind_ctx: tuple[str, int, str | None] | None = None
    offices: dict[str, str] = {}  # a person named as a region's governor -> "Odesa governor (Oleh Kipper)"
    page_source = title_source(text[sentences[0].start:sentences[0].end]) if sentences else None
    quote: Quotation | None = None  # a quotation of several sentences, open: its figures so far
    fighters = Fighters(text)  # whether the article is about foreigners in the armies, and whose
    for si, sent in enumerate(sentences):
        try:
            stext = one_line(text[sent.start:sent.end])
            has_num, has_attr = hints(stext)
            if not has_num and not has_attr:
                refs.mentioned_in(stext)  # "The ministry gave its weekly update." before "it said"
                continue  # nothing to count, nobody cited: the common case, kept cheap
            atts = find_attributions(stext, headline=True) if has_attr else []
            masked = masked_attributions(stext, atts)
            # "This includes 539 tanks, ..." goes on from losses counted in the sentence right before
            losses_before = found_in == si - 1 and previous is not None and previous[0].loss \
                and sent.paragraph - previous[1] <= 1  # "Among them 127 aircraft, ..." on a line of its own
            losses_before = losses_before or (has_num and goes_on_from_losses(text, sentences, si))
            item = has_num and is_item(stext) and (in_list or losses_before)
            found = figures_in(stext, masked, losses_before or item, fighters, item) if has_num else []
            in_list = leads_losses(stext) or (item and bool(found)) or (
                bool(found) and found[0].loss and is_item(stext))  # "• 11,557 tanks, including seven destroyed"
            before = one_line(text[sentences[si - 1].start:sentences[si - 1].end]) if has_num and si \
                and sentences[si - 1].paragraph == sent.paragraph and part_of_before(stext) else ""
            found += downed_of_launched(stext, found, before) if has_num else []  # "six missiles, three of which were shot down"
            if has_num and previous is not None and sent.paragraph - previous[1] <= 1:
                found += figures_by_reference(stext, found, previous[0])  # "the number rose to 37,633"
                found.sort(key=lambda f: f.number.start)
            if found:
                previous, found_in = (found[-1], sent.paragraph), si
            if has_num and about_the_past(stext):
                past_para = sent.paragraph
            elif found and sent.paragraph - past_para in (0, 1) and refers_back(stext):
                found = []  # "Over a million people perished in the battle" after Stalingrad
            generic = any(a.generic and not a.passive for a in atts)
            passive = any(a.passive for a in atts)
            named = [a for a in atts if a.phrase or a.pronoun]
            # the region's governor the sentence cites without naming ("..., its governor said")
            office = unnamed_office(text, sentences, si, stext) if has_attr else None
            referred: dict[int, str] = {}  # attribution -> why it names its claimant
            for i, a in enumerate(named):
                if a.pronoun:
                    referred[id(a)] = f'refers back: "{a.phrase or ""}"'
                    inside = mentioned(stext[:a.start]) if (a.phrase or "").lower() in ("it", "they", "he", "she") \
                        and _SUBCLAUSE_RE.search(stext, max(0, a.start - 70), a.start) else []
                    # "Russia last published its toll in 2022, when it said ...": the sentence's subject
                    subject = inside[0] if inside and re.sub(r"^(?:The|the)\s+", "", stext.lstrip()).startswith(inside[0]) \
                        else None
                    governor = office if re.search(r"governor$", a.phrase or "", re.I) else None
                    if governor:  # "..., over the region of Kherson, its governor said": that region's
                        referred[id(a)] = "the governor of the region named"
                    a.phrase = governor or subject or refs.resolve(a.phrase or "", last_phrase)
                    speaker = next((b.phrase for b in reversed(named[:i]) if b.phrase and not b.pronoun), None)
                    if a.phrase is None and speaker:
                        # "CIA Director William Burns said that the agency estimated ...": a body
                        # not named before, spoken for by the one the sentence names
                        a.phrase, referred[id(a)] = speaker, f'said by {speaker}'
                    if a.phrase is None and not any(b.phrase and not b.pronoun for b in named):
                        generic = True  # a description of no one named yet: no one
                else:
                    refs.named(speaks_for_body(stext, a.phrase) or canonical(a.phrase))
            if any(a.phrase for a in named):  # ("according to the latest data ... released by the ministry")
                named = [a for a in named if a.phrase]
            if made_last is not None and sent.paragraph - made_last[1] <= 1 and (src := source_of_before(stext)):
                # "This was announced by Oleg Sinegubov": the figures just before are his
                src = clean_name(src)
                name_the_figures(made_last[0], src, over_carried=True)
                refs.named(canonical(src))
                last_phrase, last_para, last_counted = src, sent.paragraph, False
            if unnamed is not None and sent.paragraph - unnamed[1] <= 1:
                name = named_first(stext, [(a.start, a.phrase) for a in named if a.phrase and not a.pronoun], *unnamed[2:])
                if name:
                    name_the_figures(unnamed[0], name)
                unnamed = None
            carried = False
            if found and not [a for a in named if a.phrase and not EXPERTS_RE.fullmatch(a.phrase)] and own_count(stext):
                # "we have identified 106,745 soldiers" (or "experts estimate our number covers ..."):
                # the outlet's own count, or that of the body keeping a count whose report a site
                # republishes ("according to data analysed by Mediazona" before it)
                own = outlet_name(article.outlet)
                if (own is None or canonical(own) == own) and (body := refs.last_body()) \
                        and (counts_side(body) or counts_civilians(body)):  # a body that keeps a count
                    own = body
                named = [Attribution(0, 0, own, "sentence")] if own else named
                if own:
                    referred[id(named[0])] = "the outlet's own count"
                generic = generic or own is None
            if not [a for a in named if a.phrase] and "combat" in stext.lower() and _GS_FORMULA_RE.search(stext):
                # "The total combat losses of the enemy from 24.02 to 01.06 were approximately:":
                # the General Staff's own words over its daily list, wherever it is copied
                named = [Attribution(0, 0, "General Staff of Ukraine", "sentence")]
                referred[id(named[0])] = "the General Staff's bulletin form"
            bulletin = bool(found) and (item or is_bulletin(stext))
            if stext.rstrip().endswith(":"):
                sides = {h.lastgroup for h in SIDE_RE.finditer(stext)} - {"both"}
                list_side = sides.pop() if len(sides) == 1 else None
            elif found and not bulletin:
                list_side = None
            made: list[Figure] = []
            briefing = False  # a figure of this sentence was read as Moscow's daily briefing
            # where "Oleh Kipper, the regional governor of ..." may name the region
            gov_context = paragraph_before(text, sentences, si) if found and _OFFICE_WORD_RE.search(stext) else ""
            for f in found:
                if f.side is None and list_side and bulletin:
                    f.side = list_side
                source = claimant_source(f, named, stext)
                phrase = source.phrase if source else None
                how = referred.get(id(source)) if source is not None else None
                if phrase is None and not generic and not passive and (body := reporting_body(stext)):
                    phrase, how = body, "the body the sentence is about"  # "OHCHR expressed concern over ..."
                if phrase is None and not generic and last_phrase and (
                        sent.paragraph == last_para or (sent.paragraph == last_para + 1 and last_counted and (
                            not passive or (refs.one_speaker() and made_last and made_last[0][-1].metric.startswith(
                                "civilians_") == f.metric.startswith("civilians_"))))) \
                        and not (f.metric.startswith("civilians_") and counts_side(canonical(last_phrase, True))) \
                        and not EXPERTS_RE.fullmatch(last_phrase) and not office_elsewhere(canonical(last_phrase, True), stext) \
                        and not OTHER_EVENT_RE.search(stext) and not SUPPOSITION_RE.search(stext) and not (side_changes(f, made_last) and not refs.one_speaker()):
                    # an army's spokesman counts the enemy's losses, not the dead of a strike
                    # reported in the next sentence
                    phrase, carried, how = last_phrase, True, "carried from the sentence before"
                if phrase is None and not generic and not passive and page_source:
                    phrase, how = page_source, "the page's title"  # "Russian Defence Ministry report on ..."
                fig = figure_of(article, sent, stext, f, phrase, dates, masked)
                fig.claimant_from = how if fig.claimant else None
                if made and own_loss_goes_on(stext, sent.start, made[-1], fig):
                    fig.side = made[-1].side  # "487 of its servicemen had been killed and 1,600 wounded"
                if nationless_group(fig.claimant) and (who := group_claimant(stext, fig.metric, fig.side)):
                    fig.claimant, fig.claimant_from = who, GROUP_WHY  # "regional officials reported": whose?
                elif carried and nationless_group(fig.claimant) and made_last and \
                        (made_last[0][-1].claimant or "").endswith(" " + fig.claimant):
                    fig.claimant = made_last[0][-1].claimant  # the group as the sentence before named it, with its country
                if fig.claimant is None:
                    if office:
                        fig.claimant, fig.claimant_from = office, "the governor of the region named"
                    elif who := group_claimant(stext, fig.metric, fig.side):
                        fig.claimant, fig.claimant_from = who, GROUP_WHY
                if fig.claimant and fig.claimant == phrase and (who := offices.get(fig.claimant) or governor_named(
                        stext, fig.claimant, gov_context) or speaks_for_body(stext, fig.claimant)):
                    # "Oleh Kipper, the regional governor of Odessa": the office, and he, also when
                    # "the governor added" later
                    offices[fig.claimant], fig.claimant = who, who
                if fig.metric.startswith("civilians_") and fig.claimant and russian_office(fig.claimant):
                    fig.side = "russia"  # a Russian region's governor counts its own civilians ("two women were killed")
                if (who := air_defence_claimant(stext, phrase, fig.claimant, fig.metric, fig.side, fig.kind,
                                                bulletin)) != fig.claimant:
                    fig.claimant, fig.claimant_from = who, "who reports a night's air defence"
                if fig.kind in ("cumulative", "other") and not says_when(stext) and (moscow_briefing_day(fig) or (
                        briefing and fig.value < 1000 and fig.claimant == made[-1].claimant)):
                    # "the enemy lost up to 320 servicemen, three tanks, ..." in Moscow's daily briefing
                    fig.kind, briefing = "daily", True
                if kind_ctx and fig.kind == "period" and sent.paragraph - kind_ctx[1] <= 1 \
                        and _SAME_PERIOD_RE.search(stext):
                    fig.kind = kind_ctx[0]  # "during the same period": the period said before (a day's, too)
                if says_when(stext):
                    kind_ctx = (fig.kind, sent.paragraph, fig.claimant) if fig.kind in ("period", "daily") else None
                elif kind_ctx and (fig.kind == "cumulative" or (fig.kind == "other" and fig.metric == "other")) \
                        and sent.paragraph - kind_ctx[1] <= 1 \
                        and fig.claimant == kind_ctx[2] and (
                            (kind_ctx[0] == "period" and not fig.metric.startswith("civilians_"))
                            or (kind_ctx[0] == "daily" and not any(
                                g.number.value > _DAY_SIZED.get(g.metric, 400) for g in found))):
                    # the same source going on about the same period, or the same day's report
                    # ("The enemy also lost 14 armoured vehicles ..." after "over the past 24
                    # hours"): a day's counts are small, a running total's are not
                    fig.kind = kind_ctx[0]
                    kind_ctx = (kind_ctx[0], sent.paragraph, kind_ctx[2])
                out.append(fig)
                made.append(fig)
                if (generic or (passive and not confirmed_dead(stext))) and phrase is None:
                    unsourced.add(id(out[-1]))  # "officials said": a source, unnamed
            if made:
                made_last = (made, sent.paragraph)
            quote, quoted, speaker = follow(quote, stext, sent.paragraph, made,
                                            [(a.start, a.phrase) for a in named if a.phrase])
            if speaker:  # '"... Twenty-seven people are injured. ...," the governor said'
                name_the_figures(quoted, speaker, over_carried=True, why="the speaker of the quotation")
            waiting = [f for f in made if f.claimant is None]
            unnamed = awaiting_name(stext, waiting, sent.paragraph, si <= 2 and not generic and not named) or unnamed
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
            if office and any(f.claimant == office for f in made):  # "he said" next is that governor
                last_phrase, last_para, last_counted = office, sent.paragraph, True
            refs.mentioned_in(stext, atts)
        except Exception:  # one odd sentence must not lose the article
            continue
    strike_dead(out)
    russias_civilians(out)
    fighters_sides(out, fighters, text)
    default_sides(out)
    groups_once_sided(out)
    full_names(text, out)
    claimants_from_the_article(out, unsourced)
    few_soldiers(out)
    incident_claims(out)
    headline_echoes(text, out)
    if (own := publisher(article.outlet)) is not None:
        for f in out:  # a UNICEF statement's "nine children have reportedly been killed"
            if f.claimant is None and id(f) not in unsourced:
                f.claimant, f.claimant_from = own, "the body that publishes the article"
    # A figure that names neither whose losses nor who claims them is still what the article
    # says ("two soldiers killed and three wounded"): side and claimant stay null, as written.
    if article.published is None and article.published_estimate:
        estimated_as_of(out, article.published_estimate, estimate_phrase)
    general_staff_by_record(out)
    civilians_of_russian_speakers(text, out)
    toll_parts(text, sentences, out)
    ballistic_as_other(out)
    harmed_as_other(out)
    return out


_OFFICE_WORD_RE = re.compile(r"governor|administration", re.I)
_GS_FORMULA_RE = re.compile(
    r"\btotal\s+combat\s+losses\s+of\s+the\s+(?:enemy|occupiers|Russian\s+(?:forces|army|troops|invaders|occupiers))\b", re.I)
_SAME_PERIOD_RE = re.compile(r"\b(?:the\s+same|that)\s+(?:time\s+)?(?:period|timeframe|time\s+frame|time\s+span)\b", re.I)
# the largest count one day's report gives: more is a running total
_DAY_SIZED = {"personnel_casualties": 2500, "personnel_killed": 2500, "personnel_wounded": 2500,
              "civilians_killed": 200, "civilians_wounded": 500, "drones": 1000}
# "..., when it said", "... but at the start of the month, it reported": the sentence's subject
_SUBCLAUSE_RE = re.compile(r"\b(?:(?:when|and|but|as|after|before|because|while|where|since)\s+"
                           r"|(?:but|when|while|after|before|because|since)\s+(?:at|in|on|by|after|for)\s[^,.;]{1,45},\s*)$", re.I)
