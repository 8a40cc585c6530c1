"""The wall's client: reads only. Every write is refused here, before anything is sent.

A wall never acts on a case; rather than trusting that no code path asks, the one client a
wall holds cannot send anything but GET (and HEAD), except the sign-in itself. Qt-free.
"""

from __future__ import annotations

from typing import Any

import requests

from console.api import ApiClient

SIGN_IN = "/api/v1/auth/token"
READS = frozenset({"GET", "HEAD"})


class WallIsReadOnly(PermissionError):
    """A write was asked of the wall's client (a bug: the wall has no action)."""


class ReadOnlyClient(ApiClient):
    """An ApiClient that sends reads and the sign-in only."""

    def _response(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        verb = method.upper()
        if verb not in READS and not (verb == "POST" and path == SIGN_IN):
            raise WallIsReadOnly(f"the wall is read-only: {verb} {path} refused")
        return super()._response(method, path, **kwargs)
