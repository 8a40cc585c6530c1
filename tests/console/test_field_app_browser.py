"""The field app (/field/, issue #21) in a real headless Chromium against a real cc-server:
a river chief's patrol with a problem and a photo reaching a console's queue, the refusal
to track on a plain-HTTP page, a team lead taking a request, an upload made offline
arriving exactly once, and each field account seeing the photos of what is his. Fake GPS
and network through Chromium's DevTools protocol."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.console.conftest import WAIT_MS
from tests.support.factories import new_key
from tests.support.live_server import LiveServer

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver"
)
RIVER_START = (32.0500, 120.8300)


@pytest.fixture
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=360,640", "--lang=zh-CN"):  # fmt: skip
        options.add_argument(argument)
    metrics = {"width": 360, "height": 640, "pixelRatio": 2}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A phone-sized photo (3000×2000): the app makes it smaller before it is sent."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (3000, 2000), (40, 110, 90))
    draw = ImageDraw.Draw(image)
    for x in range(0, 3000, 150):
        draw.ellipse((x, 900, x + 120, 1000), fill=(90, 160, 60))
    path = tmp_path / "weeds.jpg"
    image.save(path, quality=90)
    return path


def wait(driver: Any, condition: Callable[[Any], Any], seconds: float = 20) -> Any:
    return WebDriverWait(driver, seconds, poll_frequency=0.2).until(condition)


def sign_in(driver: Any, base: str, username: str) -> None:
    driver.get(f"{base}/field/")
    wait(driver, lambda d: d.find_elements(By.NAME, "username"))
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "password").send_keys("demo")
    driver.find_element(By.CSS_SELECTOR, "#login button").click()
    wait(driver, lambda d: not d.find_elements(By.ID, "login"))


def gps(driver: Any, lat: float, lon: float) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setGeolocationOverride", {"latitude": lat, "longitude": lon, "accuracy": 5}
    )


def card_text(driver: Any) -> str:
    return str(driver.find_element(By.ID, "patrolCard").text)


def track_points(driver: Any) -> int:
    found = re.search(r"(\d+) 个轨迹点", card_text(driver))
    return int(found.group(1)) if found else 0


def network(driver: Any, *, offline: bool) -> None:
    conditions = {"offline": offline, "latency": 0, "downloadThroughput": -1,
                  "uploadThroughput": -1}  # fmt: skip
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", conditions)


def body_data(driver: Any, name: str) -> str:
    return str(driver.find_element(By.TAG_NAME, "body").get_attribute(f"data-{name}"))


def test_a_river_chiefs_patrol_with_a_problem_and_photo_reaches_the_queue(
    server: LiveServer, open_window: Any, qtbot: Any, browser: Any, photo: Path
) -> None:
    window = open_window(server)
    browser.execute_cdp_cmd(
        "Browser.grantPermissions", {"permissions": ["geolocation"], "origin": server.url}
    )
    gps(browser, *RIVER_START)
    sign_in(browser, server.url, "river_chief")
    wait(browser, lambda d: d.find_element(By.ID, "startPatrol").is_displayed())
    browser.find_element(By.ID, "startPatrol").click()
    for step in range(1, 4):  # walking along the river: the track follows the GPS
        gps(browser, RIVER_START[0] + step * 0.001, RIVER_START[1] + step * 0.001)
        wait(browser, lambda d, n=step: track_points(d) >= n)
    browser.find_element(By.ID, "markProblem").click()
    description = "金通河唐闸段河面大片水草，夹杂塑料瓶"
    browser.find_element(By.NAME, "description").send_keys(description)
    browser.find_element(By.CSS_SELECTOR, "#problemForm input[type=file]").send_keys(str(photo))
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#problemForm .thumbs img"))
    browser.find_element(By.ID, "saveProblem").click()
    browser.find_element(By.ID, "endPatrol").click()
    wait(browser, lambda d: body_data(d, "waiting") == "0" and "问题 1 个" in d.page_source)
    assert body_data(browser, "failed") == "0"
    # The chief follows his problem in his patrol history, with its photo.
    assert len(shown_photos(browser, "#patrolHistory li:first-child")) == 1
    # The problem is a river_patrol case with its (smaller) photo, in the officer's queue.
    model = window.ctx.model
    qtbot.waitUntil(
        lambda: any(
            c.channel == "river_patrol" and description in c.description
            for c in (model.case(i) for i in model.known_ids())
            if c is not None
        ),
        timeout=WAIT_MS,
    )
    case = next(c for c in (model.case(i) for i in model.known_ids())
                if c is not None and description in c.description)  # fmt: skip
    detail = requests.get(f"{server.url}/api/v1/cases/{case.id}", headers=server.headers(
        "duty_officer"), timeout=30).json()  # fmt: skip
    photos = detail["attachments"]
    assert len(photos) == 1
    picture = requests.get(f"{server.url}/api/v1/attachments/{photos[0]['id']}",
                           headers=server.headers("duty_officer"), timeout=30)  # fmt: skip
    assert 0 < len(picture.content) < photo.stat().st_size  # downscaled on the phone


def test_a_plain_http_page_says_no_track_can_be_recorded(browser: Any, tmp_path: Path) -> None:
    # From another machine over plain HTTP (not localhost): not a secure context.
    live = LiveServer(f"sqlite:///{tmp_path / 'cc.db'}", env={"CC_HOST": "0.0.0.0"},
                      log_path=tmp_path / "server.log")  # fmt: skip
    live.start()
    try:
        address = _outside_address()
        if address is None:
            pytest.skip("this machine has no address but loopback")
        base = live.url.replace("127.0.0.1", address)
        sign_in(browser, base, "river_chief")
        wait(browser, lambda d: d.find_elements(By.ID, "startPatrol"))
        assert body_data(browser, "secure") == "false"
        notice = browser.find_element(By.ID, "insecure")
        assert notice.is_displayed() and "无法记录巡河轨迹" in notice.text
        start = browser.find_element(By.ID, "startPatrol")
        assert not start.is_enabled()
        assert "https://" in browser.find_element(By.ID, "patrolCard").text
    finally:
        live.stop()


def _outside_address() -> str | None:
    import socket

    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: the route's source address
        address = str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def test_a_team_lead_takes_a_request(server: LiveServer, browser: Any) -> None:
    officer = server.headers("duty_officer")
    created = requests.post(f"{server.url}/api/v1/volunteers/requests", json={
        "category": "minor_repairs", "street": "虹桥",
        "description": "独居老人家中水龙头漏水", "resident_name": "李奶奶",
        "resident_phone": "13812345678"}, headers={**officer, "Idempotency-Key": new_key()},
        timeout=30)  # fmt: skip
    assert created.status_code == 201, created.text
    request = created.json()
    offered = requests.post(
        f"{server.url}/api/v1/volunteers/requests/{request['id']}/actions",
        json={"action": "offer", "version": request["version"], "team": "feiniu"},
        headers={**officer, "Idempotency-Key": new_key()}, timeout=30)  # fmt: skip
    assert offered.status_code == 200, offered.text
    sign_in(browser, server.url, "volunteer_lead")
    item = f"li[data-request='{request['id']}']"
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, item))
    accept = browser.find_element(By.CSS_SELECTOR, f"{item} button.primary")
    assert accept.text == "接单"
    accept.click()
    wait(browser, lambda d: body_data(d, "waiting") == "0")

    def state() -> str:
        answer = requests.get(f"{server.url}/api/v1/volunteers/requests/{request['id']}",
                              headers=officer, timeout=30)  # fmt: skip
        return str(answer.json()["state"])

    deadline = time.monotonic() + 20
    while state() != "accepted" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert state() == "accepted"


def test_a_report_made_offline_arrives_exactly_once(
    server: LiveServer, browser: Any, photo: Path
) -> None:
    sign_in(browser, server.url, "grid_member")
    wait(browser, lambda d: d.find_elements(By.ID, "report"))
    title = f"楼道堆放杂物 {new_key()[-6:]}"
    browser.execute_cdp_cmd("Network.enable", {})
    network(browser, offline=True)
    browser.find_element(By.NAME, "title").send_keys(title)
    browser.find_element(By.CSS_SELECTOR, "#report input[type=file]").send_keys(str(photo))
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#report .thumbs img"))
    browser.find_element(By.ID, "sendReport").click()
    wait(browser, lambda d: body_data(d, "waiting") == "1")
    mine = server.headers("grid_member")

    def reported() -> list[dict[str, Any]]:
        body = requests.get(f"{server.url}/api/v1/field-reports", params={"limit": 100},
                            headers=mine, timeout=30).json()  # fmt: skip
        return [c for c in body["items"] if c["title"] == title]

    assert reported() == []  # still on the phone
    network(browser, offline=False)
    browser.execute_script("return window.ccField.flush()")
    wait(browser, lambda d: body_data(d, "waiting") == "0")
    assert len(reported()) == 1
    # The same write again (its answer lost on the way back): the key makes it a replay.
    browser.execute_async_script(
        """const done = arguments[arguments.length - 1];
        window.ccField.replayLast().then(done, (e) => done(String(e)));"""
    )
    wait(browser, lambda d: body_data(d, "waiting") == "0")
    assert len(reported()) == 1


def shown_photos(driver: Any, item: str) -> list[Any]:
    """Open the photo fold of a list item; its thumbnails once each has loaded from a blob
    (fetched with the account's token: an <img src> of the API itself would get 401)."""
    driver.find_element(By.CSS_SELECTOR, f"{item} details summary").click()
    script = """return [...document.querySelectorAll(arguments[0] + ' details img')]
        .filter((i) => i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0)
        .map((i) => [i.naturalWidth, i.dataset.photo]);"""
    wait(driver, lambda d: d.execute_script(script, item))
    return list(driver.execute_script(script, item))


def test_a_grid_member_sees_the_photos_of_his_report(
    server: LiveServer, browser: Any, photo: Path
) -> None:
    sign_in(browser, server.url, "grid_member")
    wait(browser, lambda d: d.find_elements(By.ID, "report"))
    title = f"井盖缺失 {new_key()[-6:]}"
    browser.find_element(By.NAME, "title").send_keys(title)
    browser.find_element(By.CSS_SELECTOR, "#report input[type=file]").send_keys(str(photo))
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#report .thumbs img"))
    browser.find_element(By.ID, "sendReport").click()
    wait(browser, lambda d: body_data(d, "waiting") == "0" and title in d.page_source)
    mine = requests.get(f"{server.url}/api/v1/field-reports", headers=server.headers(
        "grid_member"), timeout=30).json()["items"]  # fmt: skip
    case = next(c for c in mine if c["title"] == title)
    thumbs = shown_photos(browser, f"#myReports li[data-case='{case['id']}']")
    assert len(thumbs) == 1
    width, full = thumbs[0]
    assert width <= 240 and re.fullmatch(r"/api/v1/attachments/\d+", full)


def test_a_team_lead_sees_the_photos_of_a_service_done(
    server: LiveServer, browser: Any, photo: Path
) -> None:
    officer, lead = server.headers("duty_officer"), server.headers("volunteer_lead")
    base = f"{server.url}/api/v1/volunteers/requests"
    created = requests.post(base, json={"category": "cleaning", "street": "虹桥",
        "description": "楼道清扫", "resident_name": "周大爷", "resident_phone": "13812345679"},
        headers={**officer, "Idempotency-Key": new_key()}, timeout=30)  # fmt: skip
    request = created.json()
    for who, action in (
        (officer, {"action": "offer", "team": "feiniu"}),
        (lead, {"action": "accept"}),
    ):
        answer = requests.post(f"{base}/{request['id']}/actions", timeout=30,
                               json={**action, "version": request["version"]},
                               headers={**who, "Idempotency-Key": new_key()})  # fmt: skip
        assert answer.status_code == 200, answer.text
        request = answer.json()
    files: list[Any] = [("version", (None, str(request["version"]))), ("hours", (None, "2")),
             ("photos", ("clean.jpg", photo.read_bytes(), "image/jpeg"))]  # fmt: skip
    finished = requests.post(f"{base}/{request['id']}/done", files=files, timeout=30,
                             headers={**lead, "Idempotency-Key": new_key()})  # fmt: skip
    assert finished.status_code == 200, finished.text
    sign_in(browser, server.url, "volunteer_lead")
    item = f"#servedRequests li[data-request='{request['id']}']"
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, item))
    thumbs = shown_photos(browser, item)
    assert [width <= 240 for width, _ in thumbs] == [True]
    # A tap shows the photo itself, larger than its thumbnail.
    browser.find_element(By.CSS_SELECTOR, f"{item} details img").click()
    wait(browser, lambda d: d.execute_script(
        "const i = document.querySelector(arguments[0] + ' details img');"
        "return i.classList.contains('full') && i.naturalWidth > 240;", item))  # fmt: skip
