"""SQLAlchemy models; importing this package registers every table on Base.metadata."""

from server.models.case import Attachment, Case, CaseAction, DrillRun, Escalation
from server.models.feed import Event, FeedHead, IdempotencyRecord
from server.models.intake import (
    Open311Key,
    Open311Request,
    Patrol,
    PatrolProblem,
    River,
    RiverSegment,
)
from server.models.reference import Category, Community, Department, Grid, SlaRule, Street
from server.models.user import ROLES, ServerSecret, User
from server.models.video import CAMERA_KINDS, CAMERA_STATUSES, Camera

__all__ = [
    "CAMERA_KINDS",
    "CAMERA_STATUSES",
    "ROLES",
    "Attachment",
    "Camera",
    "Case",
    "CaseAction",
    "Category",
    "Community",
    "Department",
    "DrillRun",
    "Escalation",
    "Event",
    "FeedHead",
    "Grid",
    "IdempotencyRecord",
    "Open311Key",
    "Open311Request",
    "Patrol",
    "PatrolProblem",
    "River",
    "RiverSegment",
    "ServerSecret",
    "SlaRule",
    "Street",
    "User",
]
