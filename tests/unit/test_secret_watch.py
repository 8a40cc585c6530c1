"""The log watch of the test session recognises the secrets it is there to catch."""

from __future__ import annotations

import logging
from pathlib import Path

from tests.support.secret_watch import SecretWatch, secrets_in_files

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwibmFtZSI6ImEifQ.c2lnbmF0dXJlLXZhbHVl"


def test_a_hash_or_a_token_in_a_record_is_caught_and_ordinary_lines_are_not() -> None:
    watch = SecretWatch()
    logger = logging.getLogger("test.secret_watch")
    logger.addHandler(watch)
    logger.propagate = False  # the session's own watch would rightly fail the run
    try:
        logger.error("sign-in refused: too many wrong passwords for account 'duty_officer'")
        logger.error("insert failed: ('$argon2id$v=19$m=65536,t=3,p=4$abc',)")
        logger.error("request with Authorization: Bearer %s", TOKEN)
    finally:
        logger.removeHandler(watch)
        logger.propagate = True
    assert len(watch.offenders) == 2
    assert "$argon2id$" in watch.offenders[0] and TOKEN in watch.offenders[1]


def test_server_log_files_are_read(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    log.write_text(f"INFO ok\nERROR token {TOKEN} leaked\n", encoding="utf-8")
    assert secrets_in_files([log]) == [f"server.log: ERROR token {TOKEN} leaked"]
