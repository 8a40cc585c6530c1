"""Request schemas: strict (unknown fields refused), bounded strings, clear messages."""

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime

# Ids, versions and sequence numbers fit PostgreSQL's INTEGER; larger ones are refused as
# invalid input instead of failing in the database.
MAX_INT = 2**31 - 1

# Instants a client sends: aware, and within years this system can hold and compute with
# (a patrol "from the year 1" failed in the time arithmetic with a 500).
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _within_years(moment: datetime) -> datetime:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(f"give an instant between the years {FIRST_YEAR} and {LAST_YEAR}")
    return moment


Instant = Annotated[AwareDatetime, AfterValidator(_within_years)]
