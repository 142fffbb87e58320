"""Loading: what a reader notices is a title that is not the title, boilerplate among the
figures, a number broken by an invisible character, or a date that came from nowhere."""

import json
from pathlib import Path

import pytest

from index.reading.cleaning import _is_boilerplate
from index.reading.loading import clean_text, decode_bytes, list_files, load_file, normalise_date, relpath


def load(tmp_path: Path, name: str, data) -> tuple[list, list]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return load_file(path, relpath(path, tmp_path))


def one(tmp_path, name, data):
    arts, skips = load(tmp_path, name, data)
    assert skips == [] and len(arts) == 1
    return arts[0]


def test_a_text_file_title_is_its_first_non_empty_line(tmp_path):
    art = one(tmp_path, "a.txt", "\n\n  Russia lost 500 tanks  \nBody line.\n")
    assert art.title == "Russia lost 500 tanks"
    assert art.text == "Russia lost 500 tanks\nBody line."
    assert art.file == "a.txt"


def test_a_markdown_title_loses_its_marks_only_in_the_title(tmp_path):
    art = one(tmp_path, "a.md", "# Russia lost 500 tanks\n\nBody.\n")
    assert art.title == "Russia lost 500 tanks"
    assert art.text.startswith("# Russia lost 500 tanks\n")


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("lost 765\u200b110 troops and 1\u00ad000 tanks\ufeff", "lost 765110 troops and 1000 tanks"),
        ("1\u00a0000 and 2\u202f000 and 3\u2009000", "1 000 and 2 000 and 3 000"),
        ("red \x1b[31mtext\x1b[0m", "red text"),
        ("copy \x1b]52;c;aGVsbG8=\x07 done", "copy  done"),
        ("link \x1b]8;;http://x\x1b\\here\x1b]8;;\x1b\\ end", "link here end"),
        ("a\x00b\x07c\x9cd\x1bZe", "abcde"),
        ("bidi \u202eevil\u202c \u2066x\u2069", "bidi evil x"),
        ("[bold red]kept[/] [@click=app.quit]q[/]", "[bold red]kept[/] [@click=app.quit]q[/]"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("trailing   \nspaces\t", "trailing\nspaces"),
        ("---\n***\nTitle", "Title"),
    ],
)
def test_cleaning(raw, clean):
    assert clean_text(raw) == clean


def test_boilerplate_lines_go_but_sentences_that_mention_them_stay():
    text = (
        "Title\nShare This Article\nPost a Comment\nRead More @ kyivindependent.com\n@YouTube\n"
        "Advertisement\nSign up for our newsletter\nSubscribe\n"
        "Readers were asked to share this article with friends, the ministry said.\n"
        "Advertisement revenue fell as Russia lost 500 tanks.\n"
    )
    assert clean_text(text) == (
        "Title\nReaders were asked to share this article with friends, the ministry said.\n"
        "Advertisement revenue fell as Russia lost 500 tanks."
    )


def test_the_title_is_the_headline_not_a_dateline_or_a_consent_notice(tmp_path):
    page = (
        "By entering your email address you agree to the Terms of Use and acknowledge the "
        "Privacy Policy of the Daily Dispatch. You may unsubscribe at any time.\n\n"
        "You're reading an excerpt from the Morning Front newsletter. Sign up to get the rest "
        "in your inbox every weekday.\n\n"
        "Kyiv (Reuters) —\n\n09:42\n\nWatch video\n\n"
        "You can follow the war in Ukraine minute by minute in our live blog\n\n"
        "More news can be found on the Daily Dispatch's home page.If you want more, subscribe.\n\n"
        "Ukraine says 40 Russian tanks destroyed near Avdiivka\n\n"
        "Ukraine's military said on Monday that its forces destroyed 40 Russian tanks.\n"
    )
    path = tmp_path / "dispatch.txt"
    path.write_text(page, encoding="utf-8")
    (article,), _ = load_file(path, "dispatch.txt")
    assert article.title == "Ukraine says 40 Russian tanks destroyed near Avdiivka"
    assert "Terms of Use" not in article.text and "Reuters" not in article.text


@pytest.mark.parametrize("first, title", [
    ("See the video Putin's parade shrinks to one tank", "Putin's parade shrinks to one tank"),
    ("WATCH VIDEO: Kyiv under a night of drones", "Kyiv under a night of drones"),
    ("Videogames join the front line", "Videogames join the front line"),  # a word, not a label
    ("Video", "Video"),
])
def test_a_video_label_is_not_part_of_the_title(tmp_path, first, title):
    path = tmp_path / "v.txt"
    path.write_text(first + "\n\nRussia lost 40 tanks, Kyiv said.\n", encoding="utf-8")
    (article,), _ = load_file(path, "v.txt")
    assert article.title == title and article.text.startswith(first)


def test_a_box_of_links_to_other_stories_is_not_article_text():
    text = ("Headline\nOther Stories of Interest Kremlin Names New Chief – Rescuers say 30 "
            "people remain under rubble in Dnipro; Kyiv says 12 drones downed.\n"
            "Officials said 3 people were wounded.")
    assert clean_text(text) == "Headline\nOfficials said 3 people were wounded."


def test_a_newsletter_box_goes_with_its_pitch_but_not_the_story_after_it():
    text = ("Newsletter Weekdays\n\nThe Front Line: What happened in Ukraine today, explained in five "
            "minutes.\n\nUkraine: Russia lost 300 tanks in May, the ministry said.")
    assert clean_text(text) == "Ukraine: Russia lost 300 tanks in May, the ministry said."
    text = "Newsletter\n\nKyiv: Russia lost 300 tanks in May, the ministry said."
    assert clean_text(text) == "Kyiv: Russia lost 300 tanks in May, the ministry said."  # no pitch: a story


@pytest.mark.parametrize("line", [
    "Washington Post reporters were in Kyiv — the capital — when it began.",
    "Kyiv is calm — for now.",
    "– Grain deal extended –",
    "Russia — a timeline",
    "By submitting its report, the commission said 300 civilians had died.",
    "Other topics discussed at the summit included 40 tanks for Kyiv.",
    "At 09:42 the sirens sounded.",
    "You can follow the money: Russia lost 300 tanks, the ministry said.",
])
def test_sentences_that_look_like_furniture_stay(line):
    assert clean_text("Headline\n" + line) == "Headline\n" + line


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Kyiv – “war” café".encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + "Kyiv – café".encode(), "utf-8"),
        ("Kyiv – café".encode("utf-16"), "utf-16"),
        ("Kyiv – café".encode("utf-16-le"), "utf-16-le"),
        ("Kyiv – café".encode("utf-16-be"), "utf-16-be"),
        ("Les pertes à Kyiv, café – déjà.".encode("cp1252"), "cp1252"),
        ("Российские потери составили 1000 солдат за сутки".encode("cp1251"), "cp1251"),
    ],
)
def test_encodings_decode_to_the_same_text(data, encoding):
    text, _how = decode_bytes(data)
    expected = data.decode(encoding).lstrip("\ufeff")
    assert text == expected


def test_binary_is_refused():
    assert decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))[0] is None
    assert decode_bytes(bytes(range(256)) * 10)[0] is None


def test_front_matter_sets_metadata_and_the_title(tmp_path):
    art = one(
        tmp_path,
        "20200101-a.md",
        "---\ntitle: \"Russia lost 500 tanks\"\npublished: 2024-12-16T08:00:00Z\n"
        "outlet: Kyiv Post\nurl: https://example.org/a\nauthor: X\ntags:\n  - war\n---\n"
        "The ministry said so.\n",
    )
    assert art.title == "Russia lost 500 tanks"
    assert art.text == "Russia lost 500 tanks\n\nThe ministry said so."
    assert (art.published, art.published_from) == ("2024-12-16", "metadata")
    assert (art.outlet, art.url) == ("Kyiv Post", "https://example.org/a")


def test_front_matter_title_is_not_repeated_when_the_body_opens_with_it(tmp_path):
    art = one(tmp_path, "a.md", "---\ntitle: Losses\n---\n# Losses\n\nBody.\n")
    assert art.text == "# Losses\n\nBody."


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Never closed\n\nRussia lost 500 tanks.\n",
        "---\ntitle: X\nthis line is junk\n---\nRussia lost 500 tanks.\n",
    ],
)
def test_malformed_front_matter_is_plain_text(tmp_path, text):
    art = one(tmp_path, "a.md", text)
    assert "Russia lost 500 tanks." in art.text
    assert art.published is None


def test_published_comes_from_the_file_name_when_there_is_no_metadata(tmp_path):
    art = one(tmp_path, "20240504T130000Z_PL_en_0ea2dd10ee.txt", "Title\nBody.\n")
    assert (art.published, art.published_from) == ("2024-05-04", "filename")
    art = one(tmp_path, "000_192668a7a594febb.txt", "Title\nOn December 16, 2024, x.\n")
    assert (art.published, art.published_from) == (None, None)  # the text is extraction's job


HTML = """<!doctype html><html><head>
<title>Losses - Site</title>
<meta property="og:title" content="Russia lost 500 tanks">
<meta property="article:published_time" content="2024-12-16T10:00:00+02:00">
<meta property="og:site_name" content="Kyiv Independent">
<link rel="canonical" href="https://kyivindependent.com/a">
</head><body>
<nav>Home | World</nav><header>Top banner</header>
<article><h1>Russia lost 500 tanks</h1>
<p>The General Staff said
   Russia lost <b>500</b> tanks.</p>
<p>Second paragraph.<br>Its second line.</p>
<ul><li>tanks ‒ 1361 (+3)</li><li>artillery ‒ 2914 (+6)</li></ul>
<script>var evil = 1;</script><aside>Related stories</aside>
<form>Subscribe form</form></article>
<footer>Copyright</footer></body></html>"""


def test_html_gives_readable_paragraphs_title_and_metadata(tmp_path):
    art = one(tmp_path, "a.html", HTML)
    assert art.title == "Russia lost 500 tanks"
    assert art.text == (
        "Russia lost 500 tanks\n\nThe General Staff said Russia lost 500 tanks.\n\n"
        "Second paragraph.\nIts second line.\n\ntanks ‒ 1361 (+3)\n\nartillery ‒ 2914 (+6)"
    )
    assert (art.published, art.published_from) == ("2024-12-16", "metadata")
    assert art.outlet == "Kyiv Independent"
    assert art.url == "https://kyivindependent.com/a"


def test_html_title_falls_back_to_title_tag_and_date_to_time(tmp_path):
    art = one(
        tmp_path,
        "b.htm",
        "<html><head><title>Plain title</title></head><body><p>Text here.</p>"
        '<time datetime="2023-02-14">Feb 14</time></body></html>',
    )
    assert art.title == "Plain title"
    assert art.text.startswith("Plain title\n\nText here.")
    assert art.published == "2023-02-14"


def test_jsonl_records_load_and_bad_ones_are_skipped_with_their_line(tmp_path):
    lines = [
        json.dumps({"title": "One", "text": "Russia lost 1 tank.", "published": "2024-01-02",
                    "outlet": "X", "url": "https://x"}),
        json.dumps({"title": "Two", "text": 7}),
        "",
        json.dumps({"title": "Four", "content": "Russia lost 4 tanks."}),
    ]
    arts, skips = load(tmp_path, "r.jsonl", "\n".join(lines))
    assert [(a.file, a.title, a.text) for a in arts] == [
        ("r.jsonl#1", "One", "One\n\nRussia lost 1 tank."),
        ("r.jsonl#4", "Four", "Four\n\nRussia lost 4 tanks."),
    ]
    assert (arts[0].published, arts[0].outlet, arts[0].url) == ("2024-01-02", "X", "https://x")
    assert [(s.file, s.reason) for s in skips] == [("r.jsonl#2", "line 2: 'text' is not a string")]


def test_json_object_and_list(tmp_path):
    art = one(tmp_path, "o.json", json.dumps({"title": "T", "text": "Body."}))
    assert (art.file, art.text) == ("o.json", "T\n\nBody.")
    arts, skips = load(tmp_path, "l.json", json.dumps([{"text": "A\nB"}, 5]))
    assert [(a.file, a.title) for a in arts] == [("l.json#1", "A")]
    assert [(s.file, s.reason) for s in skips] == [("l.json#2", "record 2: not an object")]


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2024-12-16", "2024-12-16"),
        ("2024-12-16T23:30:00Z", "2024-12-16"),
        ("Mon, 16 Dec 2024 10:00:00 GMT", "2024-12-16"),
        ("16 December 2024", "2024-12-16"),
        ("1.2.2024", "2024-02-01"),  # dotted dates are day first, as in find_dates
        ("12/16/2024", "2024-12-16"),
        ("Updated: Dec. 16, 2024 at 10:00 GMT", "2024-12-16"),
        ("0001-01-01", None),
        ("December 2024", None),
        ("2024", None),
        ("yesterday", None),
        ("", None),
        (20240101, None),
    ],
)
def test_metadata_dates(value, iso):
    assert normalise_date(value) == iso


def test_list_files_is_recursive_sorted_and_ignores_hidden_and_other_types(tmp_path):
    for name in ["b.txt", "a/c.md", "a/d.html", "e.jsonl", "f.JSON", ".hidden.txt", ".git/x.txt", "g.pdf", "h"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    files, skips = list_files(tmp_path)
    assert [relpath(f, tmp_path) for f in files] == ["a/c.md", "a/d.html", "b.txt", "e.jsonl", "f.JSON"]
    assert skips == []


def test_a_single_file_is_a_corpus(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Title\nBody.")
    assert list_files(path) == ([path], [])
    assert relpath(path, path) == "one.txt"


def test_a_missing_root_is_a_skip_not_an_error(tmp_path):
    files, skips = list_files(tmp_path / "nope")
    assert files == [] and len(skips) == 1 and "vanished" in skips[0].reason


def test_the_samples_load_verbatim_apart_from_trailing_spaces(samples_dir):
    files, skips = list_files(samples_dir)
    assert len(files) == 5 and skips == []
    for f in files:
        arts, skips = load_file(f, relpath(f, samples_dir))
        assert skips == [] and len(arts) == 1
        raw = f.read_text(encoding="utf-8")
        # every line of the file is in the text as written, but page furniture
        kept = [line.strip() for line in raw.splitlines() if not _is_boilerplate(line)]
        assert all(line in arts[0].text for line in kept)
        assert "Share This Article" not in arts[0].text


def test_every_real_article_loads_with_its_file_name_date(gdelt_dir):
    files, skips = list_files(gdelt_dir)
    assert skips == [] and len(files) > 400
    for f in files:
        arts, skips = load_file(f, relpath(f, gdelt_dir))
        # even a newsletter sign-up page saved as an article is listed, not lost
        assert skips == [] and len(arts) == 1, f
        assert arts[0].published_from == "filename"
        assert arts[0].published.replace("-", "") == f.name[:8]


def test_a_page_of_nothing_but_furniture_is_still_an_article(tmp_path):
    page = "Newsletter Thursdays\n\nBy submitting your email, you agree to our Terms of Service.\n"
    art = one(tmp_path, "signup.txt", page.encode())
    assert "By submitting your email" in art.text


def test_an_html_page_in_its_declared_legacy_charset(tmp_path):
    page = '<html><head><meta charset="windows-1251"><title>Потери</title></head><body><p>Россия потеряла 500 танков.</p></body></html>'
    art = one(tmp_path, "ru.html", page.encode("cp1251"))
    assert art.title == "Потери"
    assert "Россия потеряла 500 танков." in art.text


def test_json_fields_as_news_apis_name_them(tmp_path):
    rec = {"title": "T", "content": "Body.", "publishedAt": "2024-12-16T08:00:00Z",
           "source": {"id": None, "name": "BBC News"}, "link": "https://bbc.example/a",
           "outlet": 5}
    art = one(tmp_path, "api.json", json.dumps(rec))
    assert (art.published, art.outlet, art.url) == ("2024-12-16", "BBC News", "https://bbc.example/a")


def test_an_html_title_loses_the_site_name(tmp_path):
    page = ('<html><head><title>Russia lost 500 tanks | Kyiv Independent</title>'
            '<meta property="og:site_name" content="Kyiv Independent"></head>'
            "<body><p>Text.</p></body></html>")
    art = one(tmp_path, "a.html", page)
    assert (art.title, art.outlet) == ("Russia lost 500 tanks", "Kyiv Independent")
