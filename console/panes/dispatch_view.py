"""The dispatch pane's widgets and how they read; the pane itself (dispatch_pane.py) acts."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.controllers.context import PaneContext
from console.models import labels
from console.panes import dispatch_form as form
from console.panes.dispatch_fields import DepartmentPicker, DuplicateList, titled
from console.panes.dispatch_texts import DispatchTexts
from widgets.countdown import Countdown
from widgets.plain_text import PlainLabel
from widgets.present import present

NOTE_HEIGHT = 50
COMPACT_NOTE_HEIGHT = 38


class DispatchView(DispatchTexts):
    """Header, action list, the fields of every action, the send row and the duplicates."""

    attention_requested = Signal()  # the pane has something for the officer: show it
    focus_requested = Signal()  # the officer's command needs this pane: show it, keyboard in it
    sent = Signal(int, str)  # an action was saved for sending: case id, action

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchPane")
        self._ctx = ctx
        self._compact = False
        self.title = PlainLabel(self.tr("No case selected"), self)
        self.title.setObjectName("dispatchTitle")
        self.meta = PlainLabel(self)
        self.meta.setObjectName("dispatchMeta")
        self.pending_label = PlainLabel(self)
        self.pending_label.setObjectName("pendingNotice")
        self.pending_label.hide()
        self.notice = PlainLabel(self)
        self.notice.setObjectName("dispatchNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.action_list = QListWidget(self)
        self.action_list.setObjectName("actionList")
        self.action_list.setMinimumWidth(120)
        self.action_list.setMaximumWidth(150)
        self._build_fields()
        self.duplicates = DuplicateList(self)
        duplicates_box, self.duplicates_title = titled(
            self.tr("Likely duplicates (500 m, 72 h)"), self.duplicates, self
        )
        actions_box, _ = titled(self.tr("Actions allowed now"), self.action_list, self)
        keys = PlainLabel(self.tr("↑↓ choose · Enter: to the form\nCtrl+Enter: send"), actions_box)
        keys.setObjectName("keysHint")
        present(actions_box.layout(), "the titled box's layout").addWidget(keys)
        body = self._body = QHBoxLayout()
        body.addWidget(actions_box, 0)
        body.addWidget(self._form_host, 5)
        body.addWidget(duplicates_box, 3)
        heading = self._heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.pending_label, 0)
        # The case's page; the pane may add others (a volunteer request's team picker).
        self.case_page = QWidget(self)
        self.case_page.setObjectName("dispatchCasePage")
        layout = self._layout = QVBoxLayout(self.case_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.case_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.addWidget(self.pages)

    def _build_fields(self) -> None:
        host = self._form_host = QWidget(self)
        self.departments = DepartmentPicker(host)
        self.parent_label = PlainLabel(host)
        self.parent_label.setObjectName("mergeTarget")
        self.parent_label.setWordWrap(True)
        self.extension = QDoubleSpinBox(host)
        self.extension.setObjectName("extensionHours")
        self.extension.setRange(0.5, 450.0)
        self.extension.setSingleStep(0.5)
        self.extension.setDecimals(1)
        self.extension.setValue(7.5)
        self.extension.setSuffix(self.tr(" h (clock hours of the step)"))
        # The same length as the history and the deadline preview say it: working days.
        self.extension_hint = PlainLabel(host)
        self.extension_hint.setObjectName("extensionHint")
        self.extension_row = QWidget(host)
        row = QHBoxLayout(self.extension_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.extension)
        row.addWidget(self.extension_hint, 1)
        self.result_combo = QComboBox(host)
        self.result_combo.setObjectName("callbackResult")
        self.result_combo.addItem(self.tr("— choose —"), None)
        for code in labels.CALLBACK_RESULTS:
            self.result_combo.addItem(labels.callback_label(code), code)
        self.target_combo = QComboBox(host)
        self.target_combo.setObjectName("escalateTarget")
        self.target_combo.addItem(self.tr("— choose —"), None)
        for code in labels.ESCALATE_TARGETS:
            self.target_combo.addItem(labels.target_label(code), code)
        self.note = QPlainTextEdit(host)
        self.note.setObjectName("actionNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(NOTE_HEIGHT)
        # On the queue's clock: a drill's deadline counts down in drill time.
        self.deadline = Countdown(host, duration=labels.duration_text, clock=self._ctx.model.now)
        self.send_button = QPushButton(host)
        self.send_button.setObjectName("sendAction")
        self.send_button.setDefault(True)
        self.send_button.setToolTip(
            self.tr("Ctrl+Enter wherever a case is selected; Enter on the department list")
        )
        self.blocker_label = PlainLabel(host)
        self.blocker_label.setObjectName("sendBlocker")
        self.blocker_label.setWordWrap(True)
        # The deadline the action will set, and what is missing, right beside the button.
        said = QVBoxLayout()
        said.setSpacing(0)
        said.addWidget(self.deadline)
        said.addWidget(self.blocker_label)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)
        send_row.addLayout(said, 1)
        self._form = QFormLayout(host)
        self._form.setContentsMargins(4, 0, 4, 0)
        self._form.setVerticalSpacing(4)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.note_caption = PlainLabel(host)
        for caption, widget in (
            (self.tr("Department"), self.departments),
            (self.tr("Merge into"), self.parent_label),
            (self.tr("Extension"), self.extension_row),
            (self.tr("Callback result"), self.result_combo),
            (self.tr("Escalate to"), self.target_combo),
            (self.note_caption, self.note),
        ):
            self._form.addRow(caption, widget)
        self._form.addRow("", send_row)
        self.show_fields("", None)

    def set_compact(self) -> None:
        """A small screen: the facts beside the title (cut short, in full as a tooltip) and a
        lower note field, so that the queue keeps its rows."""
        self._compact = True
        self._body.setStretch(1, 7)  # the form before the duplicates when room is short
        self._body.setStretch(2, 3)
        self.note.setFixedHeight(COMPACT_NOTE_HEIGHT)
        self._layout.removeWidget(self.meta)
        self._heading.setStretchFactor(self.title, 3)
        self._heading.insertWidget(1, self.meta, 2)
        self.meta.setIndent(12)
        self.meta.setMinimumWidth(1)
        policy = self.meta.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.meta.setSizePolicy(policy)
        title = self.title.sizePolicy()
        title.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.title.setSizePolicy(title)

    def sizeHint(self) -> QSize:  # noqa: N802
        # Compact, the pane asks for no more height than it needs: the queue keeps the rest
        # whenever the window lays its docks out again (e.g. when the call form opens).
        hint = super().sizeHint()
        if self._compact:
            hint.setHeight(self.minimumSizeHint().height())
        return hint

    def focus_actions(self) -> None:
        """Show the pane and put the keyboard in the action list."""
        self.attention_requested.emit()
        self.action_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_first_field(self) -> None:
        """Put the keyboard in the first field the chosen action needs."""
        fields = (
            self.departments.list,
            self.duplicates,
            self.extension,
            self.result_combo,
            self.target_combo,
            self.note,
        )
        for widget in fields:
            if self.form_row_visible(widget):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    # -- how things read --------------------------------------------------------------------

    def form_row_visible(self, widget: QWidget) -> bool:
        """Whether the field is part of the chosen action's form."""
        if widget is self.duplicates:
            return self.chosen_action() == "merge"
        if widget is self.departments.list:
            widget = self.departments
        if widget is self.extension:
            widget = self.extension_row
        return self._form.isRowVisible(widget)

    def offered_actions(self) -> list[str]:
        """The actions listed, in order: exactly the case's allowed_actions."""
        items = (self.action_list.item(i) for i in range(self.action_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items]

    def chosen_action(self) -> str:
        """The action whose form is shown ('' for none)."""
        item = self.action_list.currentItem()
        action: str = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        return action

    def choose(self, action: str) -> bool:
        """Show this action's form, if the case allows it."""
        for i in range(self.action_list.count()):
            if self.action_list.item(i).data(Qt.ItemDataRole.UserRole) == action:
                self.action_list.setCurrentRow(i)
                return True
        return False

    def show_fields(self, action: str, result: str | None, *, then_dispatch: bool = False) -> None:
        """Show the rows the action needs; label the note as a reason where one is required.

        With `then_dispatch` (register, then dispatch at once) the department is asked for too.
        """
        extra = "department" if then_dispatch else form.EXTRA_FIELD.get(action)
        for name, widget in (
            ("department", self.departments),
            ("parent", self.parent_label),
            ("extension", self.extension_row),
            ("result", self.result_combo),
            ("target", self.target_combo),
        ):
            self._form.setRowVisible(widget, extra == name)
        self._form.setRowVisible(self.note, bool(action))
        self.deadline.setVisible(bool(action))
        self.note_caption.setText(form.note_label(action, result) if action else "")
        kind = form.note_kind(action, result)
        self.note_caption.setProperty("required", kind in ("reason", "comment"))
        self.note_caption.style().unpolish(self.note_caption)
        self.note_caption.style().polish(self.note_caption)
        if action == "merge":
            self.show_parent(self.duplicates.chosen())
