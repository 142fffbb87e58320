"""The reader's line about the marked figure says who claims it, and why tally says so when
the figure's sentence names no one."""

from index.extraction.extract import analyse
from index.model import Article
from tui.panes.article_view import figure_line


def test_the_line_says_where_an_inferred_claimant_comes_from():
    art = analyse(Article(file="a.txt", title="Title", text=(
        "Title\nRussia has lost 516,080 soldiers since the invasion began.\n\n"
        "According to the General Staff, Russia lost 1,080 soldiers during the day.\n"), published="2024-06-20"))
    inferred = next(f for f in art.figures if f.value == 516080)
    named = next(f for f in art.figures if f.value == 1080)
    assert "General Staff of Ukraine (the article's other figures)" in figure_line(
        art, (inferred.start, inferred.end)).plain
    line = figure_line(art, (named.start, named.end)).plain
    assert "General Staff of Ukraine" in line and "other figures" not in line
