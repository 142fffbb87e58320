"""NLTK's Punkt as `index.extraction.sentences` runs it on a piece of bounded length: the same
compiled patterns without nltk's per-match time limit, and the test Punkt makes at each
possible break ("does 'Feb. 24' hold a sentence break?") in plain Python.

Punkt asks that test of the few words around every stop: it builds a token object per word
(a pattern substitution and five attributes each) and two generator passes, more than half
of sentence splitting. With no training, as here (no collocations, no orthographic counts),
the test is short: a stop token breaks unless it is a known abbreviation (which still breaks
before a capitalised frequent starter: "... in the U.S. The ministry said"), or an initial or
a number that the next word, in lower case or punctuation, continues; an initial also goes on
into a capitalised word ("J. Bach"). `PunktFree.text_contains_sentbreak` decides exactly as
nltk's first and second passes do (tests/test_sentences.py compares the two on real lines).

Imported on first use only, as nltk itself (`sentences._punkt`).
"""

from __future__ import annotations


def free_parts() -> dict:
    """Punkt's language variables and token class with the same compiled patterns, run
    without nltk's time limit (`redos.compile(pattern, timeout=None)`, nltk's own way to
    trust a pattern); none (the limit kept) for an nltk laid out otherwise, and none to
    change before nltk 3.10, which sets no limit."""
    try:
        from nltk import redos
        from nltk.tokenize import punkt

        def free(pattern):  # (the engine's own pattern: its wrapper would only pass timeout=None on)
            compiled = redos.compile(pattern, timeout=None)
            return getattr(compiled, "_rx", compiled)

        non_punct = free(punkt._re_non_punct)

        class Vars(punkt.PunktLanguageVars):
            re_boundary_realignment = free(punkt.PunktLanguageVars.re_boundary_realignment)

        class Token(punkt.PunktToken):
            _RE_ELLIPSIS = free(punkt.PunktToken._RE_ELLIPSIS)
            _RE_NUMERIC = free(punkt.PunktToken._RE_NUMERIC)
            _RE_INITIAL = free(punkt.PunktToken._RE_INITIAL)
            _RE_ALPHA = free(punkt.PunktToken._RE_ALPHA)

            @property
            def is_non_punct(self):
                return non_punct.search(self.type)

        lang = Vars()
        # the two patterns an instance compiles on first use, and keeps in these attributes
        lang._re_word_tokenizer = free(lang._word_tokenizer_re())
        lang._re_period_context = free(lang.period_context_re())
    except (ImportError, AttributeError, TypeError):
        return {}
    return {"lang_vars": lang, "token_cls": Token}


def free_tokenizer(params):
    """A Punkt tokenizer for `params` (abbreviations and sentence starters, nothing trained)
    with the untimed patterns and the plain test at each break; nltk's own tokenizer, limit
    and all, when its parts are not as expected."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    parts = free_parts()
    if not parts or params.collocations or any(params.ortho_context.values()):
        return PunktSentenceTokenizer(params, **parts)

    words = parts["lang_vars"]._re_word_tokenizer.findall
    token = parts["token_cls"]
    ellipsis, numeric, initial = token._RE_ELLIPSIS, token._RE_NUMERIC, token._RE_INITIAL
    ends = tuple(parts["lang_vars"].sent_end_chars)
    abbreviations, starters = params.abbrev_types, params.sent_starters

    def kind(tok: str) -> str:  # PunktToken.type
        low = tok.lower()
        return "##number##" if numeric.match(low) else low

    def no_period(typ: str) -> str:  # PunktToken.type_no_period
        return typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ

    def first_pass(tok: str) -> tuple[bool, bool]:
        """(sentence break, abbreviation or ellipsis) from the token alone."""
        if tok in ends:
            return True, False
        if ellipsis.match(tok):
            return False, True
        if tok.endswith(".") and not tok.endswith(".."):
            low = tok[:-1].lower()
            known = low in abbreviations or low.split("-")[-1] in abbreviations
            return not known, known
        return False, False

    def breaks(tok: str, nxt: str) -> bool:
        """Whether `tok` ends a sentence, `nxt` coming after it (Punkt's two passes)."""
        brk, abbr = first_pass(tok)
        if not tok.endswith("."):
            return brk
        is_initial = initial.match(tok) is not None
        if abbr and not is_initial and nxt[0].isupper():
            nxt_brk, _ = first_pass(nxt)
            nxt_type = no_period(kind(nxt)) if nxt_brk else kind(nxt)
            if nxt_type in starters:
                return True
        if is_initial or no_period(kind(tok)) == "##number##":
            # with no orthographic counts the next word settles it only when it is
            # punctuation or lower case (not a sentence start), or an initial's capital
            if nxt in _PUNCTUATION or nxt[0].islower() or (is_initial and nxt[0].isupper()):
                return False
        return brk

    class PunktFree(PunktSentenceTokenizer):
        def text_contains_sentbreak(self, text: str) -> bool:
            toks = ([t for line in text.split("\n") if line.strip() for t in words(line)] if "\n" in text
                    else words(text) if text.strip() else [])  # (one line, as nearly every context is)
            # a token that breaks before another (the last token's break does not count)
            return any(breaks(toks[i], toks[i + 1]) for i in range(len(toks) - 1))

    return PunktFree(params, **parts)


_PUNCTUATION = tuple(";:,.!?")  # (Punkt's: a token that is one of these starts no sentence)
