"""Passwords (argon2) and bearer tokens (signed JWT with expiry)."""

from __future__ import annotations

import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import jwt
from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.config import Settings
from server.models import ServerSecret, User
from server.problems import Code, Problem
from server.services.lifecycle import Actor

# For test suites only, never a deployment: CC_TEST_CHEAP_PASSWORD_HASH=1 (read once, at import)
# hashes new passwords with argon2's cheapest parameters, so that the thousands of sign-ins of
# a test run take microseconds instead of ~0.2 s each. Off by default; verifying always uses
# the parameters stored in the hash, so hashes made either way are checked alike.
CHEAP_HASH_ENV = "CC_TEST_CHEAP_PASSWORD_HASH"


def _password_hasher() -> PasswordHasher:
    if os.environ.get(CHEAP_HASH_ENV) == "1":
        return PasswordHasher.from_parameters(profiles.CHEAPEST)
    return PasswordHasher()


log = logging.getLogger(__name__)
_hasher = _password_hasher()
ALGORITHM = "HS256"
USER_RECHECK_SECONDS = 10.0
# Verifying against this keeps the time of a login with an unknown user like a real one.
_DUMMY_HASH = _hasher.hash("not-a-password")


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher.hash(password)


@dataclass(frozen=True)
class StoredAccount:
    """What a sign-in checks, read from the database before the (slow) hash check."""

    user_id: int | None
    password_hash: str
    active: bool

    def matches(self, password: str) -> bool:
        """Whether this is an active user and the password is theirs (argon2, ~0.2 s)."""
        try:
            _hasher.verify(self.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
        return self.user_id is not None and self.active


def stored_account(session: Session, username: str) -> StoredAccount:
    """The account as stored; an unknown user gets a dummy hash, so that a sign-in with an
    unknown name takes as long as one with a known name."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        return StoredAccount(None, _DUMMY_HASH, False)
    return StoredAccount(user.id, user.password_hash, user.active)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with these credentials, or None."""
    account = stored_account(session, username)
    if not account.matches(password):
        return None
    return session.get(User, account.user_id)


def configured_signing_key(settings: Settings) -> str | None:
    """The key given outside the database (CC_TOKEN_KEY or CC_TOKEN_KEY_FILE), if any."""
    if settings.token_key:
        return settings.token_key
    if not settings.token_key_file:
        return None
    path = Path(settings.token_key_file)
    try:
        key = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise SystemExit(
            f"cc-server: cannot read the token key file {path}: {exc.strerror}"
        ) from None
    if len(key) < 32:
        raise SystemExit(f"cc-server: the token key in {path} is shorter than 32 characters")
    if path.stat().st_mode & 0o077:
        log.warning("the token key file %s is readable by other users: chmod 600 it", path)
    return key


def rotate_signing_key(session: Session) -> None:
    """Invalidate every token issued so far (e.g. when demo users are switched off)."""
    secret = session.get(ServerSecret, "token_key")
    if secret is not None:
        secret.value = secrets.token_urlsafe(48)
        session.flush()


def signing_key(session: Session) -> str:
    """The token signing key shared by every server process, created on first use."""
    secret = session.get(ServerSecret, "token_key")
    if secret is None:
        secret = ServerSecret(name="token_key", value=secrets.token_urlsafe(48))
        session.add(secret)
        session.flush()
    return secret.value


def issue_token(user: User, *, key: str, now: datetime, minutes: int) -> tuple[str, datetime]:
    """A bearer token for the user and its expiry."""
    expires = now + timedelta(minutes=minutes)
    claims = {
        "sub": str(user.id),
        "name": user.username,
        "display": user.display_name,
        "role": user.role,
        "dept": user.department_id,
        "gen": user.token_generation,
        "exp": int(expires.timestamp()),
        "iat": int(now.timestamp()),
    }
    return jwt.encode(claims, key, algorithm=ALGORITHM), expires


def unauthorized(code: Code, detail: str) -> Problem:
    """A 401 that tells the client to sign in again (`code` says why)."""
    problem = Problem(401, "Not signed in", detail, code=code, kind="unauthorized")
    problem.headers["WWW-Authenticate"] = "Bearer"
    return problem


@dataclass(frozen=True)
class Account:
    """What decides whether a user's tokens still hold, as stored now."""

    active: bool
    role: str
    department_id: int | None
    token_generation: int
    must_change_password: bool


@dataclass(frozen=True)
class TokenClaims:
    """A verified token: who it speaks for, until when, and in which generation."""

    actor: Actor
    expires: float
    generation: int
    issued: float = 0.0


def password_change_required() -> Problem:
    """403 for every route but sign-in and the password change, until the user sets one."""
    return Problem(
        403,
        "Password change required",
        "Your password was set by an administrator: choose your own first "
        "(POST /api/v1/auth/password).",
        code=Code.PASSWORD_CHANGE_REQUIRED,
        kind="password-change-required",
    )


class UserCheck:
    """Whether a token's user may still act as the token says, re-read every few seconds.

    Tokens are stateless, so without this a disabled user (or a changed role, or a reset
    password) would keep working until the token expires.
    """

    def __init__(self, load: Callable[[int], Account | None]) -> None:
        self._load = load  # user id -> the account as stored, or None if gone
        self._seen: dict[int, tuple[float, Account | None]] = {}

    def stale(self, user_id: int) -> bool:
        """Whether the user must be read again before the next check."""
        seen = self._seen.get(user_id)
        return seen is None or time.monotonic() - seen[0] > USER_RECHECK_SECONDS

    def refresh(self, user_id: int) -> None:
        """Read the user again (a database read: call it off the event loop)."""
        self._seen[user_id] = (time.monotonic(), self._load(user_id))

    def verify(self, claims: TokenClaims, *, changing_password: bool = False) -> None:
        """401 unless the user exists, is active, still has the token's role and the token is
        of the current generation; 403 while a password change is due (but for the change)."""
        actor = claims.actor
        assert actor.user_id is not None
        if self.stale(actor.user_id):
            self.refresh(actor.user_id)
        current = self._seen[actor.user_id][1]
        if current is None or not current.active:
            raise unauthorized(
                Code.ACCOUNT_DISABLED, "This account is disabled; ask the administrator."
            )
        if (current.role, current.department_id) != (actor.role, actor.department_id):
            raise unauthorized(Code.SESSION_REVOKED, "Your role has changed; sign in again.")
        if current.token_generation != claims.generation:
            raise unauthorized(
                Code.SESSION_REVOKED, "Your password or account was changed; sign in again."
            )
        if current.must_change_password and not changing_password:
            raise password_change_required()


class TokenCache:
    """Tokens already verified, by their text: a signed token never changes, so its signature
    is checked once (about a sixth of a cheap request's time) while its expiry is checked on
    every use."""

    MAX_TOKENS = 4096
    SLACK_SECONDS = 60  # clocks of several server processes may differ a little

    def __init__(self, max_minutes: float = 12 * 60) -> None:
        self._verified: dict[tuple[str, str], TokenClaims] = {}
        # No token lives longer than the server issues them for, whatever its `exp` says (a
        # stolen signing key then buys hours, not years).
        self._max_seconds = max_minutes * 60 + self.SLACK_SECONDS

    def claims(self, token: str, key: str, now: datetime) -> TokenClaims:
        """What a valid token says at `now`; 401 for a missing, forged or expired token."""
        found = self._verified.get((key, token))
        if found is None:
            found = _verify(token, key)
            if len(self._verified) >= self.MAX_TOKENS:
                self._verified.clear()
            self._verified[(key, token)] = found
        if now.timestamp() >= found.expires:
            raise unauthorized(Code.SESSION_EXPIRED, "Your session has expired; sign in again.")
        if found.expires - found.issued > self._max_seconds:
            raise unauthorized(
                Code.UNAUTHORIZED, "The access token lives longer than this server allows."
            )
        return found


def _verify(token: str, key: str) -> TokenClaims:
    """The token's actor and its expiry (epoch seconds), if its signature holds. The expiry
    is checked by the caller, against the server's clock rather than the library's."""
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            options={"require": ["exp", "iat"], "verify_exp": False, "verify_iat": False},
        )
    except jwt.InvalidTokenError as exc:
        raise unauthorized(
            Code.UNAUTHORIZED, "The access token is not valid; sign in again."
        ) from exc
    actor = Actor(
        user_id=int(claims["sub"]),
        name=str(claims.get("display") or claims["name"]),
        role=str(claims["role"]),
        department_id=claims.get("dept"),
        username=str(claims["name"]),
    )
    return TokenClaims(
        actor, float(claims["exp"]), int(claims.get("gen") or 0), issued=float(claims["iat"])
    )
