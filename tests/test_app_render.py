"""Article text as styled Text: harmless characters, exact offsets, Rich's own wrapping."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from tui import render


def test_markup_is_text():
    text = render.article_text("say [bold red]x[/] and [@click=app.quit]z")
    assert text.plain == "say [bold red]x[/] and [@click=app.quit]z"
    assert text.spans == []


def test_escape_sequences_become_visible_stand_ins_of_the_same_length():
    raw = "a\x1b[31mb\x1b]52;c;eA==\x07c\u202ed\x00e\x9bf\tg"
    shown = render.safe(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\u202e" not in shown and "\x00" not in shown
    assert "\x9b" not in shown and "\x07" not in shown
    assert shown.startswith("a␛[31mb")


def test_one_line_text_has_no_line_breaks():
    assert render.safe("a\nb\rc", one_line=True) == "a b␍c"


def test_spans_land_on_the_figure_hit_and_sentence():
    class F:
        metric, start, end = "tanks", 4, 7

    text = render.article_text("The 700 tanks.", [F()], hits=[(8, 13)], sentence=(0, 14))
    by_style = {str(s.style): text.plain[s.start:s.end] for s in text.spans}
    assert text.plain[4:7] == "700"
    assert render.HIT in [s.style for s in text.spans]
    assert "tanks" in by_style.values() and "700" in by_style.values()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab cd\nxyz-,.漢字"), max_size=300),
       st.integers(min_value=2, max_value=40))
def test_wrap_offsets_match_what_rich_draws(body, width):
    lines = render.wrap_offsets(body, width)
    console = Console(width=width, file=None, color_system=None)
    drawn = Text(body).wrap(console, width, overflow="fold")
    assert [body[a:b].rstrip() for a, b in lines] == [str(t).rstrip() for t in drawn]


def test_line_of_finds_the_line_holding_an_offset():
    body = "one two three four five six"
    lines = render.wrap_offsets(body, 10)
    for offset in range(len(body)):
        a, b = lines[render.line_of(lines, offset)]
        assert a <= offset <= b
