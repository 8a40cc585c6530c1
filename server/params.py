"""Path parameters that several routers take."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from server.schemas import MAX_INT

CaseId = Annotated[int, Path(ge=1, le=MAX_INT, description="the case id")]
