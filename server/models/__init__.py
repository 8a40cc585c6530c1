"""SQLAlchemy models; importing this package registers every table on Base.metadata."""

from server.models.case import Attachment, Case, CaseAction, DrillRun, Escalation
from server.models.feed import Event, FeedHead, IdempotencyRecord
from server.models.reference import Category, Community, Department, Grid, SlaRule, Street
from server.models.user import ROLES, ServerSecret, User

__all__ = [
    "ROLES",
    "Attachment",
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
    "ServerSecret",
    "SlaRule",
    "Street",
    "User",
]
