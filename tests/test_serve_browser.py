"""`tally serve` in a real browser: Debian's headless chromium, driven through its
chromium-driver by selenium, opens the served reader, sees the article list, searches with
`/` `Bakhmut` `enter` and sees the hit. A screenshot of each step is saved beside the test's
files (and its path printed), so a failure can be looked at.

The page draws the terminal with xterm.js; with 2D and WebGL canvases refused it falls back to
drawing rows of text in the page, which the test can read as a user reads the screen.

Every wait has a deadline and a watchdog ends the server and the browser, so a stuck browser
fails the test instead of hanging the suite. Skipped with the reason where chromium, its
driver, selenium or textual-serve is missing (`.ci/run` installs chromium with apt).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
WATCHDOG = 150  # seconds for the whole test; it takes about 10
TEXT_ROWS = "var r = document.querySelector('.xterm-rows'); return r ? r.innerText : '';"


def _missing() -> str | None:
    if not CHROMIUM or not DRIVER:
        return "no chromium and chromium-driver here (Debian: apt-get install chromium chromium-driver)"
    for module, package in (("selenium", "selenium"), ("textual_serve", "textual-serve")):
        try:
            __import__(module)
        except ImportError:
            return f"{package} is not installed (pip install -e '.[test]')"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"tally serve exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"tally serve did not listen on port {port}")


@pytest.fixture
def served(tmp_path, samples_dir):
    port = _free_port()
    env = dict(os.environ, TALLY_CACHE_DIR=str(tmp_path / "cache"))
    log = open(tmp_path / "serve.log", "wb")
    # its own process group: the readers textual-serve starts for each tab end with it
    server = subprocess.Popen([sys.executable, "-m", "tally", "serve", str(samples_dir),
                               "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        _wait_for_port(port, server, time.monotonic() + 30)
        yield f"http://127.0.0.1:{port}", server
    finally:
        with _quietly():
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with _quietly():
                os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
        log.close()


class _quietly:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is not None and issubclass(exc[0], OSError)


def _browser(tmp_path: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,800", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(10)
    # no canvas: xterm.js draws its rows as text the test can read
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
        "source": "HTMLCanvasElement.prototype.getContext = function () { return null; };"})
    return driver


def _text_pane(screen: str) -> str:
    """The article pane: right of the list's border on each row."""
    return "\n".join(line.split("││", 1)[1] for line in screen.splitlines() if "││" in line)


def _screen_until(driver, wanted: list[str], seconds: float, in_text: str = "") -> str:
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = driver.execute_script(TEXT_ROWS) or ""
        if all(w in screen for w in wanted) and in_text in _text_pane(screen):
            return screen
        time.sleep(0.25)
    raise AssertionError(f"the page never showed {wanted}; it showed:\n{screen}")


def test_the_served_reader_lists_articles_and_finds_bakhmut(served, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    url, server = served
    pids: list[int] = []

    def stop() -> None:  # the watchdog: a hung browser ends the test, not the suite
        with _quietly():
            os.killpg(server.pid, signal.SIGKILL)
        for pid in pids:
            with _quietly():
                os.kill(pid, signal.SIGKILL)

    watchdog = threading.Timer(WATCHDOG, stop)
    watchdog.start()
    try:
        driver = _browser(tmp_path)
    except BaseException:
        watchdog.cancel()
        raise
    pids.append(driver.service.process.pid)
    try:
        driver.get(url)
        # the list of the five sample articles, their dates and figure counts
        screen = _screen_until(driver, ["Articles", "Russia claims to have trained", "6 fig",
                                        "5 articles"], 60)
        driver.save_screenshot(str(tmp_path / "served-reader.png"))
        assert "Traceback" not in screen
        keys = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
        keys.send_keys("/")
        keys.send_keys("Bakhmut")
        keys.send_keys(Keys.ENTER)
        # two articles name the town; the first hit is open, scrolled to the word
        _screen_until(driver, ["2 articles match", "hit 1/2", "1 hit"], 30, in_text="Bakhmut")
        shot = tmp_path / "served-search.png"
        driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
        print(f"screenshots: {tmp_path}")
    finally:
        watchdog.cancel()
        with _quietly():
            driver.quit()
