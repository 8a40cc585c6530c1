"""/docs and /redoc work on a closed network: every script, style and icon they load is served
by the server itself (server/api_docs.py), nothing comes from a CDN."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

ABSOLUTE = re.compile(r"""(?:https?:)?//[^\s"'<>)]+""")


class _References(HTMLParser):
    """Every URL a page loads: src and href attributes, and the spec URL of the page's
    script (Swagger UI's `url:`, ReDoc's `spec-url`)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        for name, value in attrs:
            if name in ("src", "href", "spec-url") and value:
                self.urls.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.urls += re.findall(r"""\burl:\s*'([^']+)'""", data)


def references(html: str) -> list[str]:
    parser = _References()
    parser.feed(html)
    return parser.urls


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_load_nothing_from_outside_the_server(client: TestClient, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    # No address of another host anywhere in the page, not even in its inline script.
    assert ABSOLUTE.findall(html) == []
    urls = references(html)
    assert any(url.endswith(".js") for url in urls), urls
    assert "/openapi.json" in urls
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, url
        fetched = client.get(url)
        assert fetched.status_code == 200, url
        assert fetched.content, url


def test_the_scripts_are_the_real_bundles(client: TestClient) -> None:
    """Served from the installed package: the Swagger UI and ReDoc bundles themselves."""
    swagger = client.get("/docs-assets/swagger-ui-bundle.js")
    assert swagger.status_code == 200
    assert "javascript" in swagger.headers["content-type"]
    assert "SwaggerUIBundle" in swagger.text[:2000]
    assert len(swagger.content) > 500_000
    redoc = client.get("/docs-assets/redoc.standalone.js")
    assert redoc.status_code == 200
    assert "Redoc" in redoc.text[:2000]
    assert client.get("/docs-assets/nothing.js").status_code == 404


def test_swagger_ui_calls_no_online_validator(client: TestClient) -> None:
    """Swagger UI's default validator badge would fetch from validator.swagger.io."""
    assert '"validatorUrl": null' in client.get("/docs").text


def test_behind_a_proxy_prefix_the_pages_point_under_it(client: TestClient) -> None:
    """A reverse proxy serving the server under /cc (uvicorn's root_path) gets links under
    /cc, so that the browser asks the proxy for them."""
    html = client.get("/docs", headers={}, params={}).text
    assert "/docs-assets/swagger-ui-bundle.js" in html
    prefixed = TestClient(client.app, root_path="/cc")
    urls = references(prefixed.get("/docs").text)
    assert urls and all(url.startswith("/cc/") for url in urls), urls
