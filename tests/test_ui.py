"""The browser UI and the report in headless Chromium (Debian's chromium + chromium-driver, installed here if missing).

The page is served by a real ``sitrep serve``; the tests load it, filter, open events, check the
highlighted evidence, try a hostile article, open the report, and save screenshots (in
``$SITREP_SCREENSHOTS`` or a temporary folder, printed at the end of each test).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .api_corpus import ROOT, build_corpus, running_server

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,950")


def ensure_chromium() -> None:
    """Install Debian's chromium and chromium-driver when they are missing (a browser test sets itself up)."""
    if os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER):
        return
    apt = shutil.which("apt-get")
    if not apt or os.geteuid() != 0:
        pytest.fail("the UI tests need Chromium and ChromeDriver: run `sudo apt-get install chromium chromium-driver`")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in ([apt, "update", "-q"], [apt, "install", "-y", "-q", "chromium", "chromium-driver"]):
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1200)
        if done.returncode != 0:
            pytest.fail(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-1500:]}")


@pytest.fixture(scope="module")
def browser():
    ensure_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="sitrep-ui-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    db = tmp_path_factory.mktemp("ui") / "ui.db"
    return db, build_corpus(db, with_hostile=True)


@pytest.fixture(scope="module")
def base(corpus):
    with running_server(corpus[0]) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("SITREP_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def wait_for(driver, script: str, timeout: float = 30):
    """Wait until the JavaScript expression ``script`` is truthy; returns its value."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: d.execute_script(f"return {script};"))


def screenshot(driver, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    assert driver.save_screenshot(str(path)), f"no screenshot written to {path}"
    assert path.stat().st_size > 10_000
    print(f"screenshot: {path}")
    return path


def open_overview(driver, base: str, hash_: str = "#/") -> None:
    driver.get("about:blank")  # a new load, not a hash change of the page already open
    driver.get(base + "/" + hash_)
    wait_for(driver, "document.querySelectorAll('#event-list li').length > 0")
    wait_for(driver, "document.getElementById('map').getAttribute('data-basemap') === 'loaded'")


def test_overview_map_timeline_list(browser, base, shots):
    open_overview(browser, base)
    assert wait_for(browser, "document.querySelectorAll('path.ev-marker').length") == 6
    assert len(browser.find_elements("css selector", "#event-list li")) == 6
    assert browser.find_element("id", "list-title").text == "6 event(s)"
    assert len(browser.find_elements("css selector", "#timeline rect.bar")) >= 5
    assert browser.execute_script("return document.querySelectorAll('.leaflet-overlay-pane path').length") > 150
    # Everything the page loaded came from the server itself: no tile server, no CDN.
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources and all(r.startswith(base) for r in resources), resources
    assert browser.execute_script("return window.__xss") is None
    screenshot(browser, shots, "overview")


def test_filter_by_form_and_by_timeline(browser, base, shots):
    from selenium.webdriver.support.ui import Select

    open_overview(browser, base)
    Select(browser.find_element("css selector", "select[name=country]")).select_by_value("AF")
    browser.find_element("id", "apply").click()
    wait_for(browser, "document.getElementById('list-title').textContent === '1 event(s)'")
    assert "country=AF" in browser.current_url
    assert "Bagram" in browser.find_element("id", "event-list").text
    assert wait_for(browser, "document.querySelectorAll('path.ev-marker').length === 1 && 1")
    assert "country=AF" in browser.find_element("id", "export-csv").get_attribute("href")
    screenshot(browser, shots, "filtered")

    browser.find_element("id", "reset").click()
    wait_for(browser, "document.getElementById('list-title').textContent === '6 event(s)'")
    browser.find_element("css selector", "input[name=text]").send_keys("Gladkikh")
    browser.find_element("id", "apply").click()
    wait_for(browser, "document.getElementById('list-title').textContent === '1 event(s)'")
    assert "Deir ez-Zor" in browser.find_element("id", "event-list").text

    open_overview(browser, base)
    wait_for(browser, "document.querySelectorAll('#timeline rect.bar').length > 0")
    key = browser.execute_script("const r = document.querySelector('#timeline rect.bar'); "
                                 "r.dispatchEvent(new MouseEvent('click', {bubbles: true})); return r.getAttribute('data-key');")
    wait_for(browser, f"location.hash.includes('since={key}')")
    wait_for(browser, "document.getElementById('list-title').textContent !== '6 event(s)'")


def test_event_page_highlights_each_fields_evidence(browser, base, shots):
    open_overview(browser, base, "#/?type=drone")
    wait_for(browser, "document.getElementById('list-title').textContent === '1 event(s)'")
    browser.find_element("css selector", "#event-list li a").click()
    wait_for(browser, "document.querySelectorAll('#doc-text mark').length > 0")
    assert not browser.find_element("id", "event-view").get_attribute("hidden")
    assert browser.find_element("tag name", "h1").text == "Air/drone strike — Iraq"

    def marks(key: str) -> list[str]:
        return browser.execute_script(
            "return [...document.querySelectorAll('#doc-text mark')].filter(m => m.dataset.keys.split(' ').includes(arguments[0]))"
            ".map(m => m.textContent);", key)

    row = browser.find_element("css selector", "#fields tr[data-field=actor1]")
    assert "Islamic Resistance in Iraq" in row.text and "Résistance islamique en Irak" in row.text
    assert "".join(marks("f:actor1")) == "Résistance islamique en Irak"
    assert "".join(marks("f:casualties_text")) == "blessés légers"
    assert marks("f:weapons") == ["drone", "roquette"]
    assert "".join(marks("c:1")).startswith("La plupart des attaques ont été revendiquées")
    row.click()
    active = browser.execute_script("return [...document.querySelectorAll('#doc-text mark.active')].map(m => m.textContent).join('')")
    assert active == "Résistance islamique en Irak"
    assert "Yahya Rassoul" in browser.find_element("id", "statements").text
    assert "Telegram" in browser.find_element("id", "claims").text
    screenshot(browser, shots, "event")


def test_arabic_event_page(browser, base, shots):
    open_overview(browser, base, "#/?country=IQ&type=suicide")
    wait_for(browser, "document.getElementById('list-title').textContent === '1 event(s)'")
    browser.find_element("css selector", "#event-list li a").click()
    wait_for(browser, "document.querySelectorAll('#doc-text mark').length > 0")
    location = browser.execute_script(
        "return [...document.querySelectorAll('#doc-text mark')].filter(m => m.dataset.keys.includes('f:location'))"
        ".map(m => m.textContent).join('')")
    assert location == "طوز خورماتو"
    assert browser.execute_script("return getComputedStyle(document.getElementById('doc-text')).direction") == "rtl"
    screenshot(browser, shots, "event-arabic")


def test_hostile_article_never_runs(browser, base, shots):
    open_overview(browser, base)
    assert "<b onmouseover" in browser.find_element("id", "event-list").text
    browser.find_element("css selector", "#event-list li a").click()  # newest: the hostile article
    wait_for(browser, "document.querySelectorAll('#doc-text mark').length > 0")
    text = browser.find_element("id", "doc-text").text
    assert "<script>window.__xss = 'script';</script>" in text and "onerror=" in text
    assert browser.execute_script("return document.querySelectorAll('#event-page img, #event-page script, #event-page svg').length") == 0
    assert browser.execute_script("return [...document.querySelectorAll('#event-page a')].every(a => !a.href.startsWith('javascript:'))")
    # Offsets are code points: two emoji before the spans do not shift the highlight.
    located = browser.execute_script(
        "return [...document.querySelectorAll('#doc-text mark')].filter(m => m.dataset.keys.includes('f:location'))"
        ".map(m => m.textContent).join('')")
    assert located == "Mosul"
    for mark in browser.find_elements("css selector", "#doc-text mark"):
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", mark)
    browser.find_element("css selector", "#fields tr[data-field=actor1]").click()
    assert browser.execute_script("return window.__xss") is None
    screenshot(browser, shots, "hostile")


def test_report_opens_offline_in_the_browser(browser, corpus, shots, tmp_path):
    db, _ = corpus
    out = tmp_path / "report.html"
    done = subprocess.run([sys.executable, "-m", "sitrep", "report", "--db", str(db), "--since", "2015-01-01",
                           "-o", str(out), "--pdf"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.with_suffix(".pdf").read_bytes()[:4] == b"%PDF"
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html.replace("&lt;script", "") and "http://" not in html.split("<body>")[0]
    browser.get(out.as_uri())
    wait_for(browser, "document.querySelector('table.events') !== null")
    assert browser.execute_script("return document.scripts.length") == 0
    assert browser.execute_script("return window.__xss") is None
    assert len(browser.find_elements("css selector", "table.events tbody tr")) == 6
    assert len(browser.find_elements("css selector", "svg.map circle")) == 6
    assert len(browser.find_elements("css selector", "svg.map .land path")) > 5
    assert "Islamic Resistance in Iraq" in browser.find_element("tag name", "body").text
    assert "Yahya Rassoul" in browser.find_element("tag name", "body").text
    assert "<script>window.__xss='notes'</script>" in browser.find_element("css selector", "table.events").text
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources == []
    screenshot(browser, shots, "report")
