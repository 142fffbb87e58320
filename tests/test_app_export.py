"""Export as a user meets it: nothing is overwritten without asking, and the chosen format
is the one that looks chosen, in every theme."""

from __future__ import annotations

from tests.app_helpers import run_async, settle
from tests.fake_library import SAMPLES, FakeLibrary
from tui.app import TallyApp
from tui.dialogs.export_dialog import ExportDialog

SIZE = (160, 48)


async def open_export(pilot) -> ExportDialog:
    await pilot.press("ctrl+e")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportDialog)
    return pilot.app.screen


@run_async
async def test_export_asks_before_replacing_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        target = tmp_path / "mine.csv"
        target.write_text("my own notes\n", encoding="utf-8")
        dialog = await open_export(pilot)
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        # the file is untouched and the dialog says why it waits
        assert target.read_text(encoding="utf-8") == "my own notes\n"
        assert app.screen is dialog
        assert "already exists" in str(dialog.query_one("#export-message").render())
        await pilot.press("enter")  # asked and confirmed
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("file,value")
        assert not isinstance(app.screen, ExportDialog)


@run_async
async def test_a_second_export_proposes_a_new_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_export(pilot)
        await pilot.press("enter")
        await pilot.pause()
        first = (tmp_path / "tally-figures.csv").read_text(encoding="utf-8")
        dialog = await open_export(pilot)
        proposed = dialog.query_one("#export-path").value
        assert proposed.endswith("tally-figures-2.csv")
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "tally-figures.csv").read_text(encoding="utf-8") == first
        assert (tmp_path / "tally-figures-2.csv").exists()


@run_async
async def test_only_the_chosen_format_looks_selected_in_the_light_theme(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        dialog = await open_export(pilot)
        await pilot.pause()
        on = dialog.query_one("#fmt-csv").get_component_rich_style("toggle--button")
        off = dialog.query_one("#fmt-jsonl").get_component_rich_style("toggle--button")
        # the unchosen button's dot is drawn in its own background colour: no dot at all
        assert off.color == off.bgcolor
        assert on.color != on.bgcolor


@run_async
async def test_export_writes_the_columns_of_tally_figures_csv_with_the_filter_named(
        tmp_path, monkeypatch):
    import csv
    import io

    from tui.cli.output import FIGURE_KEYS
    from tui.figure_filter import FigureFilter

    monkeypatch.chdir(tmp_path)
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", "a")
        app.figure_filter = FigureFilter(claimants=("General Staff",))
        app._scope_figures()
        await settle(pilot)
        dialog = await open_export(pilot)
        label = str(dialog.query_one("Label").render())
        assert "library · claimant General Staff" in label
        path = dialog.query_one("#export-path").value
        assert path.endswith("tally-figures-general-staff.csv")
        await pilot.press("enter")
        await pilot.pause()
        rows = list(csv.DictReader(io.StringIO(open(path, encoding="utf-8").read())))
        assert list(rows[0]) == FIGURE_KEYS
        assert {r["claimant"] for r in rows} == {"General Staff of Ukraine"}
        assert len(rows) == len(app.figures_pane.ordered)


@run_async
async def test_ctrl_e_with_the_timeline_shown_exports_the_timelines_points(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = TallyApp(SAMPLES, FakeLibrary())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        dialog = await open_export(pilot)
        points = [p for p in app.timeline.rows if p is not None]
        assert len(dialog.figures) == len(points)
        assert {(f.file, f.start) for f in dialog.figures} == {(p.file, p.start) for p in points}
        assert "timeline · personnel" in str(dialog.query_one("Label").render())
