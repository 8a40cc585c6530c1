"""The camera registry's writes (admin) beside the client's reads; imports no Qt.

Contract: docs/api-indicators-video.md. Writes are sent once (`retry=False`): the camera
routes take no Idempotency-Key, and a POST repeated after a slow answer would meet its own
first success as "code in use".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from console.api.client import ApiClient

FIELDS = ("code", "name", "street", "lat", "lon", "stream_url", "kind", "status")
KINDS = ("camera", "relay")
STATUSES = ("online", "offline", "maintenance")


class CameraAdminApi:
    """List, add, change and remove cameras (worker threads only)."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def cameras(self) -> list[dict[str, Any]]:
        """Every camera and relay, ordered by street and name."""
        return self._client.cameras()

    def create(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Add a camera (201): returns it as stored."""
        fields = {name: body[name] for name in FIELDS if name in body}
        return self._client.request_object("POST", "/api/v1/cameras", retry=False, json=fields)

    def update(self, camera_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change the fields given (the others stay); returns the camera."""
        fields = {name: changes[name] for name in FIELDS if name in changes}
        return self._client.request_object(
            "PATCH", f"/api/v1/cameras/{int(camera_id)}", retry=False, json=fields
        )

    def delete(self, camera_id: int) -> None:
        """Remove the camera from the registry (204)."""
        self._client.request("DELETE", f"/api/v1/cameras/{int(camera_id)}", retry=False)
