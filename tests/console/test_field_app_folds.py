"""The field app's photo folds (/field/) in a real headless Chromium against a real cc-server:
a fold the user opened stays open when a queued upload is sent and the list is read again,
and it shows what the server has now (a photo added meanwhile), read with the account's token.
The browser and its helpers are the field app tests' own (tests/console/test_field_app_browser.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
from selenium.webdriver.common.by import By

from tests.console.test_field_app_browser import (
    body_data,
    browser,
    network,
    photo,
    shown_photos,
    sign_in,
    wait,
)
from tests.support.factories import new_key
from tests.support.live_server import LiveServer

__all__ = ["browser", "photo"]  # the fixtures, used by name

LOADED = """return [...document.querySelectorAll(arguments[0] + ' details[open] img')]
    .filter((i) => i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0).length;"""


def report(driver: Any, title: str, photo: Path) -> None:
    """The grid member's report form filled (title, one photo) and sent (or queued)."""
    driver.find_element(By.NAME, "title").send_keys(title)
    driver.find_element(By.CSS_SELECTOR, "#report input[type=file]").send_keys(str(photo))
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#report .thumbs img"))
    driver.find_element(By.ID, "sendReport").click()


def test_an_open_photo_fold_stays_open_when_a_queued_upload_is_sent(
    server: LiveServer, browser: Any, photo: Path
) -> None:
    sign_in(browser, server.url, "grid_member")
    wait(browser, lambda d: d.find_elements(By.ID, "report"))
    first = f"路灯不亮 {new_key()[-6:]}"
    report(browser, first, photo)
    wait(browser, lambda d: body_data(d, "waiting") == "0" and first in d.page_source)
    mine = server.headers("grid_member")
    listed = requests.get(f"{server.url}/api/v1/field-reports", headers=mine, timeout=30)
    case = next(c for c in listed.json()["items"] if c["title"] == first)
    item = f"#myReports li[data-case='{case['id']}']"
    assert len(shown_photos(browser, item)) == 1  # the member opens its photos

    # Meanwhile the center adds a photo to it (a frame of its camera).
    frame: dict[str, Any] = {
        "caption": (None, "监控截图"),
        "photo": ("frame.jpg", photo.read_bytes(), "image/jpeg"),
    }
    added = requests.post(
        f"{server.url}/api/v1/cases/{case['id']}/attachments",
        files=frame,
        headers={**server.headers("duty_officer"), "Idempotency-Key": new_key()},
        timeout=30,
    )
    assert added.status_code == 201, added.text

    # A second report made offline waits on the phone; the fold is still open meanwhile.
    browser.execute_cdp_cmd("Network.enable", {})
    network(browser, offline=True)
    second = f"楼道堆放杂物 {new_key()[-6:]}"
    report(browser, second, photo)
    wait(browser, lambda d: body_data(d, "waiting") == "1")
    # Back online, the queued upload is sent and the list read again.
    network(browser, offline=False)
    browser.execute_script("return window.ccField.flush()")
    wait(browser, lambda d: body_data(d, "waiting") == "0" and second in d.page_source)
    # (read in the page, in one step: the list is drawn again while its photos arrive)
    opened = "return document.querySelector(arguments[0] + ' details')?.open === true;"
    assert browser.execute_script(opened, item), "the fold the member opened closed"
    # It shows the photos the server has now, the one added meanwhile too.
    wait(browser, lambda d: d.execute_script(LOADED, item) == 2)
