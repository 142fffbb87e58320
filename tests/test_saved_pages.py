"""A saved web page kept in a .txt file (a scraper's front matter, a title line, then the raw
HTML) is read as a page: its text, not its markup."""

from pathlib import Path

from index.reading.loading import load_file

PAGE = """---
published: 2022-06-01
outlet: Example Ministry
---
The total combat losses of the enemy
<!DOCTYPE html>
<html><head><title>Losses | Ministry</title><script>var x = "tanks 999";</script></head>
<body><nav>HOME NEWS</nav><article><p>The total combat losses of the enemy were:</p>
<p>tanks &#8210; 1361 (+3),</p></article></body></html>
"""


def test_a_saved_page_in_a_text_file_is_read_as_html(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    (art,), skips = load_file(path, "page.txt")
    assert skips == []
    assert art.title == "The total combat losses of the enemy"
    assert art.published == "2022-06-01" and art.outlet == "Example Ministry"
    assert "tanks ‒ 1361 (+3)," in art.text
    assert "<p>" not in art.text and "var x" not in art.text


def test_a_text_file_that_mentions_html_stays_text(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text("How to save a page\nWrite <html> tags by hand, then 3,000 words.\n", encoding="utf-8")
    (art,), _ = load_file(path, "note.txt")
    assert "<html> tags" in art.text
