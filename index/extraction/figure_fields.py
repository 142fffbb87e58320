"""One count of a sentence made a Figure: whose losses it is and who claims it, as the speaker
and the sentence's words settle them together ("Ukraine says it has lost 13,000 soldiers" is
Ukraine's own loss; "the enemy lost 320 servicemen" in Moscow's words is Ukraine's)."""

from __future__ import annotations

from index.extraction.aliases import counting_body, counts_civilians, reports_own_losses
from index.extraction.article_wide import LOSS_METRICS_NO_SIDE_DEFAULT
from index.extraction.claimants import canonical, counts_side
from index.extraction.figure_dates import Dates, valid_as_of
from index.extraction.found import Found
from index.extraction.own_losses import (ENEMY_OF, enemy_is_ukraine, moscows_words, of_its_own_troops, own_dead_named,
                                         own_side, speaks_of_own_loss)
from index.extraction.people import AS_CIVILIANS
from index.extraction.sides import downed_by_ukraine
from index.model import Article, Figure, Sentence


def figure_of(article: Article, sent: Sentence, stext: str, f: Found, phrase: str | None,
            dates: Dates, masked: str | None = None) -> Figure:
    """The figure a sentence's count makes: claimed by `phrase` (as written, or None), with the
    side, metric and claimant that who says it and how settle."""
    n = f.number
    start, end = sent.start + n.start, sent.start + n.end
    as_of, why = valid_as_of(dates, sent, start, article.published)
    claimant = canonical(phrase, f.loss) if phrase else None
    side = f.side
    counts = counts_side(claimant)
    own = own_side(phrase, counts, claimant)
    if own and side is None and (speaks_of_own_loss(stext, f.number) or (
            reports_own_losses(claimant) and own_dead_named(stext, f.number))):
        # "Ukraine says it has lost up to 13,000 soldiers", "Russia's Defence Ministry said 498
        # service members have died": its own losses, not its count of the enemy's
        side, claimant, counts = own, canonical(phrase, False), None
    if side == "russia" and (counts == "ukraine" or moscows_words(article.text or "")) \
            and enemy_is_ukraine(stext, masked):
        side = "ukraine"  # "the enemy lost up to 320 servicemen", in Moscow's briefing or words: Ukraine's
    metric = f.metric
    if side is None and metric in AS_CIVILIANS and counts_civilians(claimant):
        metric, side = AS_CIVILIANS[metric], "ukraine"  # "338 dead" in the UN mission's report
    if side is None and f.metric not in LOSS_METRICS_NO_SIDE_DEFAULT:
        side = counts or ("russia" if downed_by_ukraine(stext, metric) else None)
        if counts and of_its_own_troops(stext, f.number):
            side = ENEMY_OF[counts]  # "498 of its troops": its own, not its count of the enemy's
            claimant = claimant if reports_own_losses(claimant) or not phrase else canonical(phrase, False)
        elif own and not counts and of_its_own_troops(stext, f.number):
            side = own  # "Zelensky said 31,000 of his country's soldiers had been killed"
    elif counts and side and side != counts and phrase:
        # Kyiv on Ukraine's own losses is not the General Staff's count of Russia's
        claimant = canonical(phrase, False)
    claimant = counting_body(claimant, metric, f.kind, bool(side) and side == counts)
    return Figure(
        file=article.file, value=int(n.value), upper=n.upper, approx=n.approx, metric=metric,
        side=side, claimant=claimant, kind=f.kind, as_of=as_of, text=article.text[start:end],
        start=start, end=end, sentence=stext, sentence_start=sent.start, sentence_end=sent.end,
        as_of_from=why,
    )
