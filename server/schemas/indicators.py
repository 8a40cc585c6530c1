"""Request schemas of the indicators: the color rule an admin may set per indicator."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from server.schemas.case import Strict

Percent = Annotated[float, Field(ge=-100, le=10_000, allow_inf_nan=False)]


class PaceRule(Strict):
    """Green from the row's target growth (or `pace` without one), red below `red_below`."""

    kind: Literal["pace"]
    pace: Percent = 0.0
    red_below: Percent = 0.0


class ThresholdRule(Strict):
    """Green from the fixed growth `green`, whatever the target; red below `red_below`."""

    kind: Literal["threshold"]
    green: Percent
    red_below: Percent = 0.0


class IndicatorUpdate(Strict):
    """What an admin may change of an indicator: its color rule."""

    color_rule: Annotated[PaceRule | ThresholdRule, Field(discriminator="kind")]
