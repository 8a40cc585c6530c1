"""SQLAlchemy models; importing this package registers every table on Base.metadata."""

from server.models.admin import AdminRecord, CalendarDay, SlaRuleSet
from server.models.case import Attachment, Case, CaseAction, DrillRun, Escalation
from server.models.drill import CaseNumber, DrillInject
from server.models.feed import Event, FeedHead, IdempotencyRecord
from server.models.field import (
    GridMember,
    RiverChiefSegment,
    ServiceCategory,
    ServiceRequest,
    ServiceRequestPhoto,
    ServiceRequestStep,
    VolunteerTeam,
)
from server.models.handover import Handover
from server.models.indicators import (
    Indicator,
    IndicatorStreetValue,
    IndicatorTarget,
    IndicatorValue,
)
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
    "AdminRecord",
    "Attachment",
    "CalendarDay",
    "Camera",
    "Case",
    "CaseAction",
    "CaseNumber",
    "Category",
    "Community",
    "Department",
    "DrillInject",
    "DrillRun",
    "Escalation",
    "Event",
    "FeedHead",
    "Grid",
    "GridMember",
    "Handover",
    "IdempotencyRecord",
    "Indicator",
    "IndicatorStreetValue",
    "IndicatorTarget",
    "IndicatorValue",
    "Open311Key",
    "Open311Request",
    "Patrol",
    "PatrolProblem",
    "River",
    "RiverChiefSegment",
    "RiverSegment",
    "ServerSecret",
    "ServiceCategory",
    "ServiceRequest",
    "ServiceRequestPhoto",
    "ServiceRequestStep",
    "SlaRule",
    "SlaRuleSet",
    "Street",
    "User",
    "VolunteerTeam",
]
