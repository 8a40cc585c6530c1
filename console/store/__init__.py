"""The console's local store: the durable outbox and its replay; imports no Qt."""

from console.store.outbox import Outbox, OutboxError, OutboxItem
from console.store.paths import outbox_path
from console.store.replay import ReplayResult, replay

__all__ = ["Outbox", "OutboxError", "OutboxItem", "ReplayResult", "outbox_path", "replay"]
