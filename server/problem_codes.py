"""Every problem's `code`: stable, machine-readable, named after what the client can do.

A client words its messages by the code and never by the English of `title` or `detail`,
which may change. docs/api-errors.md lists the codes with what a client does about each;
tests/server/test_problem_codes.py keeps the two, and every `Problem(...)`, in step.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING


class Code(StrEnum):
    """A problem's `code`: the value, its HTTP status (None: as sent) and one line of meaning."""

    status: int | None
    meaning: str

    # Hidden from the type checker, which would otherwise take this for the signature of
    # `Code(value)`, the lookup of a member by its value.
    if not TYPE_CHECKING:

        def __new__(cls, value: str, status: int | None, meaning: str) -> Code:
            member = str.__new__(cls, value)
            member._value_ = value
            member.status = status
            member.meaning = meaning
            return member

    # 400: the request cannot be read
    MALFORMED_JSON = "malformed_json", 400, "The body (or the patrol record) is not valid JSON."
    MALFORMED_BODY = "malformed_body", 400, "The body or multipart form could not be read."
    IDEMPOTENCY_KEY_REQUIRED = (
        "idempotency_key_required",
        400,
        "This write needs an Idempotency-Key header.",
    )
    INVALID_IDEMPOTENCY_KEY = (
        "invalid_idempotency_key",
        400,
        "The Idempotency-Key is too long or not printable.",
    )
    INVALID_IF_MATCH = "invalid_if_match", 400, "If-Match is not a case version."
    INVALID_LAST_EVENT_ID = "invalid_last_event_id", 400, "Last-Event-ID is not a sequence number."
    # 401: sign in (again)
    UNAUTHORIZED = "unauthorized", 401, "No bearer token, or one that is not valid."
    SESSION_EXPIRED = "session_expired", 401, "The token has expired."
    SESSION_REVOKED = (
        "session_revoked",
        401,
        "The user's role, department or password changed since the token was issued.",
    )
    ACCOUNT_DISABLED = "account_disabled", 401, "The user's account is disabled."
    WRONG_CREDENTIALS = "wrong_credentials", 401, "Wrong username or password at sign-in."
    # 403: not for this user
    FORBIDDEN_ROLE = "forbidden_role", 403, "The user's role may not do this."
    NOT_YOUR_DEPARTMENT = (
        "not_your_department",
        403,
        "The case is not dispatched to the user's department.",
    )
    SUPERVISOR_REQUIRED = (
        "supervisor_required",
        403,
        "In the case's state this action is the shift supervisor's.",
    )
    FIELD_CHANNELS_ONLY = (
        "field_channels_only",
        403,
        "Department accounts report cases from the field channels only.",
    )
    PASSWORD_CHANGE_REQUIRED = (
        "password_change_required",
        403,
        "The user must choose a password before anything else.",
    )
    WRONG_PASSWORD = "wrong_password", 403, "The current password given is wrong."
    OWN_HANDOVER = (
        "own_handover",
        403,
        "The author of a handover brief cannot sign it; the incoming officer does.",
    )
    # 404, 405: nothing there
    NOT_FOUND = "not_found", 404, "The thing asked for does not exist or is not visible."
    FILE_MISSING = "file_missing", 404, "An attachment's file is missing on the server."
    NO_THUMBNAIL = "no_thumbnail", 404, "The attachment has no thumbnail."
    UNKNOWN_ROUTE = "unknown_route", 404, "No route has this path."
    METHOD_NOT_ALLOWED = "method_not_allowed", 405, "The route does not take this method."
    # 409: changed meanwhile, or taken
    STALE_VERSION = (
        "stale_version",
        409,
        "The case changed since the version sent; `case` and `last_change` say how.",
    )
    RULES_CHANGED = (
        "rules_changed",
        409,
        "Rules (SLA rules or score weights) changed after the version edited; `current` is new.",
    )
    IMPORT_COLLIDED = "import_collided", 409, "A concurrent import stored the same rows."
    DUPLICATE_USERNAME = "duplicate_username", 409, "The username is in use."
    DUPLICATE_CODE = (
        "duplicate_code",
        409,
        "Another camera, volunteer team or service category has this code (or name).",
    )
    OWN_ACCOUNT = (
        "own_account",
        409,
        "Administrators cannot disable or demote their own account.",
    )
    LAST_ADMIN = "last_admin", 409, "The change would leave no active administrator."
    HANDOVER_SIGNED = (
        "handover_signed",
        409,
        "The handover brief is signed already; it is not signed again nor changed.",
    )
    # 410: the feed moved on
    FEED_GONE = "feed_gone", 410, "The feed position is no longer kept or unknown."
    # 413, 415: the body's size or type
    TOO_LARGE = "too_large", 413, "The body, or one photo, is larger than accepted."
    UNSUPPORTED_MEDIA_TYPE = (
        "unsupported_media_type",
        415,
        "The body's content type is not one this route takes.",
    )
    UNSUPPORTED_PHOTO = "unsupported_photo", 415, "A file sent as a photo is not a JPEG or PNG."
    # 422: the request is understood but refused
    INVALID = (
        "invalid",
        422,
        "A field or parameter is wrong; `errors` names the fields, `choices` the values.",
    )
    REASON_REQUIRED = "reason_required", 422, "The action needs a reason in `note`."
    ILLEGAL_TRANSITION = (
        "illegal_transition",
        422,
        "The action is not possible in the case's state; `allowed_actions` are.",
    )
    EXTENSION_PENDING = "extension_pending", 422, "An extension is already awaiting approval."
    NO_EXTENSION_PENDING = "no_extension_pending", 422, "No extension is awaiting approval."
    ALREADY_SUPERVISED = (
        "already_supervised",
        422,
        "The case's current step already has a 督办 item (the ladder's or a supervisor's).",
    )
    PARK_PENDING = "park_pending", 422, "A park request is already awaiting approval."
    NO_PARK_PENDING = "no_park_pending", 422, "No park request is awaiting approval."
    NOT_A_NOTICE = "not_a_notice", 422, "Only a 通报 (notice) item has a bulletin."
    REOPEN_NEEDS_UNSATISFIED_CALLBACK = (
        "reopen_needs_unsatisfied_callback",
        422,
        "A closed case is reopened only after an unsatisfied callback.",
    )
    NEVER_DISPATCHED = (
        "never_dispatched",
        422,
        "The case was answered at intake, so it cannot be reopened.",
    )
    MERGE_INTO_ITSELF = "merge_into_itself", 422, "A case cannot be merged into itself."
    MERGE_TARGET_NOT_FOUND = (
        "merge_target_not_found",
        422,
        "The case to merge into does not exist.",
    )
    MERGE_TARGET_FINAL = (
        "merge_target_final",
        422,
        "The case to merge into is voided or merged itself.",
    )
    CASE_FINAL = "case_final", 422, "The case is voided or merged and takes no evidence."
    CASE_WITHOUT_PLACE = (
        "case_without_place",
        422,
        "The case has neither coordinates nor a street.",
    )
    NOT_ANSWERABLE = (
        "not_answerable",
        422,
        "The category cannot be answered at intake; dispatch the case.",
    )
    INVALID_CSV = "invalid_csv", 422, "The CSV file is unusable; `errors` lists the lines."
    INVALID_UPLOAD = (
        "invalid_upload",
        422,
        "A photo or its file name is unusable (empty, damaged, too big, a path).",
    )
    TOO_MANY_PARTS = "too_many_parts", 422, "The multipart form has too many fields or files."
    IDEMPOTENCY_KEY_REUSED = (
        "idempotency_key_reused",
        422,
        "The Idempotency-Key was used for a different request.",
    )
    # 428
    VERSION_REQUIRED = "version_required", 428, "Send the case version (body or If-Match)."
    TOO_MANY_ATTEMPTS = (
        "too_many_attempts",
        429,
        "Too many wrong passwords for this account or from this address; wait (Retry-After).",
    )
    # 5xx and anything else
    SERVER_ERROR = "server_error", 500, "The server failed; nothing was changed."
    TOO_MANY_STREAMS = "too_many_streams", 503, "The server plays no more live streams now."
    STORAGE_UNAVAILABLE = (
        "storage_unavailable",
        503,
        "The disk or database refuses writes (full, read-only, I/O error); `storage` says which.",
    )
    SIGN_IN_BUSY = "sign_in_busy", 503, "Too many sign-ins are being checked; retry shortly."
    UPLOADS_BUSY = "uploads_busy", 503, "Other large photos are being decoded; retry shortly."
    HTTP_ERROR = "http_error", None, "Another HTTP error of the web framework."
