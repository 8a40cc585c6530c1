"""Words of the call form's similar-case list added for the everyday work (issue #13)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class SimilarHints(QObject):
    """What the ★ of a similar case means."""

    def suggested(self) -> str:
        """After the count: the starred case is preselected as likely the same matter."""
        return self.tr("★ likely the same matter (preselected).")
