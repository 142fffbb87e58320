"""A person's name without the title an article writes before it: "Russian Foreign Minister
Sergei Lavrov" is "Sergei Lavrov", "Ursula von der Leyen" keeps her particles."""

from __future__ import annotations

import re

from index.extraction.aliases import canonical
from index.extraction.attribution_patterns import ROLE_WORDS

_ROLE_WORD_RE = re.compile(rf"(?:{ROLE_WORDS})")  # (compiled once: asked of every word of a name)
_NAME_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČŠŽ][a-zà-öø-ÿłśżźćńčšžę’'-]+")
_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "al", "bin", "le", "la"}
_RANKS = {"admiral", "colonel", "col", "lt", "lieutenant", "major", "maj", "captain", "capt", "sergeant",
          "marshal", "gen", "brigadier", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "sir",
          "dame", "lord", "colonel-general", "lieutenant-general", "major-general", "chairman", "chairwoman",
          "chancellor", "commissioner"}


# words of bodies' names, never of a person's
_NOT_NAMES = {"assistance", "center", "centre", "service", "services", "agency", "institute", "office", "council",
              "committee", "ministry", "department", "directorate", "administration", "police", "command",
              "forces", "army", "group", "mission", "bureau", "network", "project", "foundation", "union"}


def person_without_title(np_: str) -> str:
    """"Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov": a person's name after a
    title is the claimant; the title says what they are, not who. Only when the words before
    the name hold a title (a role word), and the name is two or three capitalised words."""
    if canonical(np_) != np_:
        return np_  # a known claimant ("Pentagon spokesman John Kirby" speaks for US officials)
    words = np_.split()
    name: list[str] = []
    for w in reversed(words):
        if (_NAME_WORD_RE.fullmatch(w) and not _ROLE_WORD_RE.fullmatch(w.lower())
                and w.lower().rstrip(".") not in _RANKS) or (name and w in _PARTICLES):
            name.insert(0, w)  # "Ursula von der Leyen": particles inside a name
        else:
            break
    while name and name[0] in _PARTICLES:
        name.pop(0)
    if any(w.lower() in _NOT_NAMES for w in name):
        return np_  # "Regional Center for Emergency Medical Assistance": a body, not a person
    rest = words[:len(words) - len(name)]
    if 2 <= len([w for w in name if w not in _PARTICLES]) <= 3 and rest and (_ROLE_WORD_RE.fullmatch(rest[-1].lower())
                                         or rest[-1].lower().rstrip(".") in _RANKS) \
            and not any(w.lower() in ("of", "for", "and") for w in rest[-1:]):
        return " ".join(name)
    return np_


# "Danielle Bell, Head of the HRMMU", "Andriy Demchenko, spokesman of the ...": the body one speaks for
_OF_BODY_RE = re.compile(
    r",\s+(?:the\s+)?(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]pokes(?:man|woman|person)|[Cc]hair(?:man|woman)?)\s+of\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|the|and|on)){0,8})")


def speaks_for_body(sentence: str, name: str) -> str | None:
    """"UN OHCHR (HRMMU) (Bell)" when `sentence` calls `name` the head or spokesperson of a body
    the table knows ("Danielle Bell, Head of the HRMMU"); else None."""
    at = sentence.find(name + ",")
    m = _OF_BODY_RE.match(sentence, at + len(name)) if at >= 0 else None
    if m is None:
        return None
    body = re.sub(r"\s+(?:of|for|the|and|on)$", "", m.group("body").rstrip(".,;:")).removeprefix("the ")
    known = canonical(body)
    return f"{known} ({name.split()[-1]})" if known != body else None
