"""The words around a number that make it a figure: the head noun after it ("765,110
Russian troops"), the link before it ("casualties reached 200,000"), a bulletin line ("tanks ‒
1361"), and the cues of loss or supply. The nouns themselves are in `metrics`."""

from __future__ import annotations

import re

from index.extraction.initials import lookahead_of
from index.extraction.metrics import LOSS_CUES, NOT_COUNTED, NOUNS, SUPPLY_CUES

I = re.IGNORECASE

NOUN_CLASSES = [c for c, _ in NOUNS]
NOUNS_RE = "|".join(f"(?P<n{i}>{rx})" for i, (_, rx) in enumerate(NOUNS))
# Where one of the two hundred nouns may open, the nouns grouped by first letter (`initials`):
# put before NOUNS_RE, which `re` tries noun by noun, it passes over the other words at once
# (the head after a number found four times faster, the nouns of a sentence twelve)
ANY_NOUN = lookahead_of("|".join(rx for _, rx in NOUNS))
_FUNC = (
    r"and|or|in|on|at|since|to|from|with|by|for|as|that|which|who|were|was|are|is|have|has|had"
    r"|been|be|the|a|an|over|during|after|before|per|each|every|this|last|than|more|while|but"
    r"|into|across|through|throughout|including|among|amid|against|so|overnight|yesterday"
    r"|daily(?!\s+(?:casualties|losses|deaths))"  # (but "950 daily casualties": a rate of them)
    r"|today|according|said|says|it|its|their|his|her|within|just|only|mark|milestone|figure"
    r"|threshold|level|mostly|alone|total|altogether|there|when|where|since|until|now|of|about"
    r"|than|not|no|early|late|earlier|later|without|despite|following"
    # "the death toll at more than 60,000 combined": both sides' dead added up
    r"|combined|overall|apiece|in\s+all"
)
MOD = rf"(?!(?:{_FUNC})\b)[A-Za-z][\w’'.-]*"
_NOT_HEAD_AFTER = (
    r"\s+(?:crews?|units?|brigades?|battalions?|shells?|rounds?|ammunition|production|factor(?:y|ies)"
    r"|plants?|engines?|parts|operators?|makers?|sales|deliveries|orders|programmes?|programs?"
    r"|industry|strikes?|attacks?|launches|sites?|bases?|raids?|assaults?|manufacturers?|repairs?"
    r"|workshops?|depots?|hangars?|teams?|squads?|companies|regiments?|divisions?|drivers?"
    r"|columns?|convoys?|formations?|fleet|carriers?|groups?|camps?|cemeteries|graves)\b"
)
# "two children's hospitals", "three women's shelters": places named for people, no count of them
_INSTITUTION_AFTER = (r"['’]s\s+(?:hospitals?|homes?|shelters?|schools?|camps?|cent(?:re|er)s?|clinics?|wards?"
                      r"|playgrounds?|charit(?:y|ies)|organi[sz]ations?|rights\b|ombuds\w*|funds?\b)")
FORWARD_RE = re.compile(
    rf"[\"”’]?(?:-plus\b|\+(?!\d))?\s*(?:\(\s*\+?[\d,.\s]+\)\s*)?(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|them\s+"
    # "1,740 of Vladimir Putin's men", "500 of Russia's soldiers"
    r"|(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s\s+)?)?"
    # '63,380 “eliminated personnel”': the bulletin's words quoted
    r"[“\"]?"
    # "45,000 more Ukrainian refugees", "80 other soldiers": a count added to one before
    r"(?:(?:more|other|additional|further|new|total|overall|combined)\s+(?!than\b))?"
    # "500,000 Ukrainian and Russian troops": both sides' adjectives before one noun
    r"(?:(?:Russian|Ukrainian)\s+(?:and|or|&)\s+(?=(?:Russian|Ukrainian)\s))?"
    rf"(?:{MOD}\s+){{0,3}}?{ANY_NOUN}(?:{NOUNS_RE})\b(?!{_NOT_HEAD_AFTER})(?!-)(?!{_INSTITUTION_AFTER})",
    I,
)
NOUN_RE = re.compile(rf"\b{ANY_NOUN}(?:{NOUNS_RE})\b", I)


def noun_class(m: re.Match) -> tuple[str, int, int]:
    """(class, start, end) of the noun a match of NOUNS_RE found."""
    for i, c in enumerate(NOUN_CLASSES):
        if m.group(f"n{i}") is not None:
            return c, m.start(f"n{i}"), m.end(f"n{i}")
    raise AssertionError
NOT_COUNTED_RE = re.compile(rf"\s*(?:{MOD}\s+){{0,2}}?(?:{NOT_COUNTED})\b", I)
FIRST_WORD_RE = re.compile(r"\s*(?:\(\s*\+?[\d,.\s]+\)\s*)?([A-Za-z][\w’'-]*)")
FUNC_RE = re.compile(rf"(?:{_FUNC})$", I)
LINK_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|reached|reach|reaches|reaching|stood|stands|stand"
    r"|total(?:s|led|ed|ing)?|exceed(?:s|ed|ing)?|rose|risen|rising|climbed|climbing|increased"
    r"|increase|increasing|grew|grown|jumped|surpassed|passed|hit|topped|amount(?:s|ed|ing)?|crossed|crosses"
    r"|number(?:s|ed|ing)?|at|to|by|citing|cites|put|puts|now|currently|some|about|around"
    r"|estimated(?:\s+at)?|between|approximately|roughly|nearly|almost|tops|top|passes|surpasses|exceeds"
    r"|be|been|as\s+(?:high|many)\s+as|compared\s+(?:with|to)|versus|vs"
    # "total personnel losses nearing 1 million", "refugees rapidly approaching four million"
    r"|nearing|near|approaching|approach|approached|approaches|closer\s+to|close\s+to"
    r"|averaged|averaging|averages|average"  # "Russian daily casualties averaged 1,286"
    r"|rang(?:e|es|ed|ing)(?:\s+(?:from|between))?)\b"  # "deaths ranging from 100,000 to 140,000"
    r"|^\s*[:‒–—=-]?\s*$",
    I,
)
LOSS_RE = re.compile(rf"\b(?:{LOSS_CUES})\b", I)
# before a count, an army's casualties that include machines: "casualties included 14 fighter jets"
LOSS_BEFORE_RE = re.compile(
    rf"\b(?:{LOSS_CUES}|casualties(?=\s+(?:so\s+far\s+|to\s+date\s+)?(?:include[sd]?|included|comprised?|comprises|were|are)\b))\b", I)
SUPPLY_RE = re.compile(rf"\b(?:{SUPPLY_CUES})\b", I)
BULLETIN_RE = re.compile(
    # (a hyphen between a letter and a digit is a type's name, "Su-25", not a list's dash)
    r"^\W{0,3}[A-Za-z][A-Za-z ()/,'’-]{1,60}?(?:\s*[:‒–—]|\s+-|-(?=\s))\s*(?:about\s+|approx\.?\s+|~\s*|over\s+)?\+?\d", I
)

# what happened to the people counted, as the metric of soldiers or of civilians
PERSONNEL_METRIC = {"killed": "personnel_killed", "wounded": "personnel_wounded", "casualties": "personnel_casualties",
              "missing": "personnel_missing", "captured": "personnel_captured", "deserters": "deserters",
              "deployed": "troops_deployed"}
CIVIL_METRIC = {"killed": "civilians_killed", "casualties": "civilians_killed", "wounded": "civilians_wounded",
                # people who joined an army are a force; people gone missing have no civilian metric
                "deployed": "troops_deployed", "missing": "personnel_missing",
          "displaced": "civilians_displaced"}


_FOOTNOTE_RE = re.compile(r"(?<=[\w,.;\"”’)])\[\d{1,3}\]")


def without_footnotes(s: str) -> str:
    """`s` with a footnote's marks glued to words blanked, same length ("498[2] soldiers")."""
    return _FOOTNOTE_RE.sub(lambda m: " " * len(m.group()), s)

# "nine of the drones": a part of a whole the sentence does not count (not "one of the deadliest")
OF_THE_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|these|those)\s+(?!most\b|\w+est\b|first\b|last\b|\w+ing\b)")
SMO_RE = re.compile(r"\bspecial\s+military\s+operation\b", I)
SHOUTED_RE = re.compile(r"^[^a-z]*[A-Z]{3,}[^a-z]*$")
# "one of the ...", "two of the 25,000 dead fighters": a few of a count are no count of their own
FEW_OF_RE = re.compile(r"\s*of\b(?:\s+the)?(\s+\d{1,3}(?:,\d{3})+)?", I)
