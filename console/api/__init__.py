"""The cc-server REST client and feed follower; imports no Qt."""

from console.api.client import ApiClient, CasePage, EventBatch, UserSession, set_thread_guard
from console.api.errors import (
    ApiError,
    Conflict,
    Forbidden,
    Gone,
    IllegalAction,
    Invalid,
    NotFound,
    ServerUnavailable,
    Unauthorized,
    error_from_problem,
    error_from_response,
)
from console.api.feed import FeedFollower

__all__ = [
    "ApiClient",
    "ApiError",
    "CasePage",
    "Conflict",
    "EventBatch",
    "FeedFollower",
    "Forbidden",
    "Gone",
    "IllegalAction",
    "Invalid",
    "NotFound",
    "ServerUnavailable",
    "Unauthorized",
    "UserSession",
    "error_from_problem",
    "error_from_response",
    "set_thread_guard",
]
