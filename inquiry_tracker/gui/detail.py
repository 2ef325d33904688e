"""The detail pane: one item in full, its sources and timeline, and the follow-up actions.

Top: subject, kind, department, verdict and progress; the deadline phrase exactly as
printed next to the resolved date, with a note when it was hedged (约数), conditional or
moved; the question and reply, or the promise clause. Below, two tabs: the source text with
the item's span highlighted (and every reprint), and the follow-up timeline. The action
buttons run the services through the writer thread with the version the pane last read,
so a stale edit is refused; the pane then reloads.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inquiry_tracker.gui.actions import (
    AssignDialog,
    CorrectDialog,
    DueDialog,
    NoteDialog,
    VerdictDialog,
    WithdrawDialog,
)
from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.i18n import (
    days_text,
    kind_label,
    progress_label,
    verdict_label,
    vocab_text,
)
from inquiry_tracker.gui.source_view import SourceView
from inquiry_tracker.gui.widgets import add_button
from inquiry_tracker.services import (
    Changes,
    ItemRow,
    add_note,
    assign,
    change_due,
    correct_entry,
    facet_values,
    get_item,
    set_verdict,
    withdraw_entry,
)
from inquiry_tracker.services.corrections import CORRECTABLE, WITHDRAWABLE
from inquiry_tracker.store import (
    ConflictError,
    FollowUpRecord,
    ItemDetail,
    NotFoundError,
    SourceRef,
)
from inquiry_tracker.timeline import entry_parts

log = logging.getLogger("inquiry_tracker.gui")


class DetailPane(QWidget):
    """Everything about the selected item, and what a reporter can do with it.

    Signals:
        loaded(int item_id): the pane shows this item (after a selection or a reload).
        conflict(int item_id): a change was refused because someone else changed the item.
        copied(str text): a citation was put on the clipboard.
        undoable(bool): whether there is a last action to undo.
    """

    loaded = Signal(int)
    conflict = Signal(int)
    copied = Signal(str)
    undoable = Signal(bool)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._backend = backend
        self._detail: ItemDetail | None = None
        self._row: ItemRow | None = None
        self.dialog: QWidget | None = None
        self.menu: QMenu | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.placeholder = QLabel(self.tr("在左侧表格中选择一条记录"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777;")
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._build_body())
        backend.changed.connect(self._on_changes)

    # ------------------------------------------------------------------ layout
    def _build_body(self) -> QWidget:
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("detailSplitter")
        summary = QWidget()
        lay = QVBoxLayout(summary)
        self.title = self._label("title", "font-size: 16px; font-weight: bold;")
        self.badges = self._label("badges", "color: #444;")
        self.deadline = self._label("deadline", "")
        self.deadline_note = self._label("deadlineNote", "color: #8a5a00;")
        self.question = self._label("question", "")
        self.reply = self._label("reply", "")
        self.statement = self._label("statement", "")
        self.citations = self._label("citations", "color: #333;")
        for w in (self.title, self.badges, self.deadline, self.deadline_note, self.question, self.reply, self.statement, self.citations):
            lay.addWidget(w)
        actions = QHBoxLayout()
        self.verdict_button = add_button(actions, "verdictButton", self.tr("核实结论…"), lambda: self.open_verdict())
        self.due_button = add_button(actions, "dueButton", self.tr("延期…"), self.open_due)
        self.assign_button = add_button(actions, "assignButton", self.tr("指派…"), self.open_assign)
        self.note_button = add_button(actions, "noteButton", self.tr("备注…"), self.open_note)
        self.copy_button = add_button(actions, "copyCitationButton", self.tr("复制引用"), self.copy_citation)
        actions.addStretch(1)
        lay.addLayout(actions)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(summary)
        body.addWidget(scroll)

        self.tabs = QTabWidget()
        self.sources = SourceView(self._backend)
        self.tabs.addTab(self.sources, self.tr("原文"))
        timeline_page = QWidget()
        page = QVBoxLayout(timeline_page)
        page.setContentsMargins(0, 0, 0, 0)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)
        self.timeline.currentItemChanged.connect(lambda *_a: self._entry_buttons())
        page.addWidget(self.timeline, 1)
        entry_actions = QHBoxLayout()
        self.correct_button = add_button(entry_actions, "correctButton", self.tr("更正…"), self.open_correct)
        self.withdraw_button = add_button(entry_actions, "withdrawButton", self.tr("撤回…"), self.open_withdraw)
        entry_actions.addStretch(1)
        page.addLayout(entry_actions)
        self.tabs.addTab(timeline_page, self.tr("跟进记录"))
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        self.splitter = body
        return body

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        return label

    # ------------------------------------------------------------------ showing
    @property
    def item_id(self) -> int | None:
        """The item shown, if any."""
        return self._detail.item.id if self._detail else None

    @property
    def row(self) -> ItemRow | None:
        """The shown item's row (record, progress, days left)."""
        return self._row

    def show_item(self, item_id: int | None) -> None:
        """Show ``item_id`` (None: the placeholder)."""
        if item_id is None:
            self._detail = self._row = None
            self.stack.setCurrentIndex(0)
            return
        try:
            detail, row = self._backend.now(get_item, item_id, clock=self._backend.clock)
        except NotFoundError:
            self.show_item(None)
            return
        same = self._detail is not None and self._detail.item.id == item_id
        self._detail, self._row = detail, row
        self._fill(detail, row, keep_source=same)
        self.stack.setCurrentIndex(1)
        self.loaded.emit(item_id)

    def reload(self) -> None:
        """Read the shown item again."""
        if self._detail is not None:
            self.show_item(self._detail.item.id)

    def _fill(self, detail: ItemDetail, row: ItemRow, keep_source: bool) -> None:
        it = detail.item
        self.title.setText(it.subject or self.tr("(无标题)"))
        dept = it.department_canonical or it.department or self.tr("未注明部门")
        if it.department and it.department_canonical and it.department != it.department_canonical:
            dept += self.tr("(原文:%1)").replace("%1", it.department)
        badges = [kind_label(it.kind), dept, verdict_label(it.verdict), progress_label(row.progress)]
        if it.assignee:
            badges.append(self.tr("记者:%1").replace("%1", it.assignee))
        self.badges.setText(" · ".join(badges))
        self.deadline.setText(self._deadline_html(row))
        notes = []
        if it.approximate:
            notes.append(self.tr("约数:原文的期限有“左右/力争/预计”等留有余地的说法"))
        if it.conditional:
            notes.append(self.tr("附条件:承诺以某个前提为条件"))
        if it.original_due and it.due and it.original_due != it.due:
            notes.append(self.tr("原定 %1,已调整为 %2").replace("%1", it.original_due.isoformat()).replace("%2", it.due.isoformat()))
        self.deadline_note.setText("\n".join(notes))
        self.deadline_note.setVisible(bool(notes))
        self._set_text(self.question, self.tr("网友提问"), it.question)
        self._set_text(self.reply, self.tr("部门答复"), it.reply)
        self._set_text(self.statement, self.tr("承诺原文") if it.kind == "promise" else self.tr("答复中的承诺"), it.statement)
        self._show_citations(detail)
        if not keep_source:
            self.sources.set_sources(detail.sources)
        self.timeline.clear()
        set_right = {f.replaces_id: f for f in detail.follow_ups if f.replaces_id}
        for entry in detail.follow_ups:
            self._add_entry(entry, set_right.get(entry.id))
        for suggestion in detail.suggestions:
            if suggestion.state == "open":  # reviewed in the inbox; shown here so it is not missed
                text = self.tr("待确认的证据建议(收件箱):%1").replace("%1", suggestion.excerpt or "")
                QListWidgetItem(text, self.timeline)
        if not detail.follow_ups and not any(x.state == "open" for x in detail.suggestions):
            QListWidgetItem(self.tr("还没有跟进记录"), self.timeline)
        self._entry_buttons()
        self.tabs.setTabText(1, self.tr("跟进记录 (%1)").replace("%1", str(len(detail.follow_ups))))

    def _show_citations(self, detail: ItemDetail) -> None:
        lines = [html.escape(ref.citation()) for ref in detail.sources if ref.citation()]
        self.citations.setVisible(bool(lines))
        title = self.tr("出处") if len(lines) == 1 else self.tr("出处(%1 处)").replace("%1", str(len(lines)))
        self.citations.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(lines))

    def sources_shown(self) -> list[SourceRef]:
        """The shown item's sources (first-imported first)."""
        return list(self._detail.sources) if self._detail else []

    def department_name(self) -> str:
        """The shown item's department (canonical name when known; "" for none)."""
        if self._detail is None:
            return ""
        return self._detail.item.department_canonical or self._detail.item.department or ""

    def citation_text(self) -> str:
        """The shown item's citations, one line per source."""
        if self._detail is None:
            return ""
        return "\n".join(c for ref in self._detail.sources if (c := ref.citation()))

    def copy_citation(self) -> None:
        """Put the shown item's citations on the clipboard."""
        if text := self.citation_text():
            QApplication.clipboard().setText(text)
            self.copied.emit(text)

    def _deadline_html(self, row: ItemRow) -> str:
        it = row.item
        phrase = html.escape(it.deadline_expr) if it.deadline_expr else self.tr("(原文无期限)")
        due = it.due.isoformat() if it.due else self.tr("无法确定日期")
        approx = " ≈" if it.approximate and it.due else ""
        days = days_text(row.days_left) if row.progress != "closed" else ""
        colour = {"overdue": "#b3261e", "due_soon": "#8a5a00"}.get(row.progress, "#333")
        return (
            f"{self.tr('期限原文')}: <b>「{phrase}」</b> → {self.tr('到期日')}: <b>{due}{approx}</b>"
            + (f' <span style="color:{colour};font-weight:bold;">{days}</span>' if days else "")
        )

    def _set_text(self, label: QLabel, title: str, text: str | None) -> None:
        label.setVisible(bool(text))
        if text:
            label.setText(f"<b>{html.escape(title)}</b><br>{html.escape(text)}")

    def _entry_text(self, f: FollowUpRecord) -> str:
        when = f.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        parts = [when, *entry_parts(f, vocab_text)]
        if f.author:
            parts.append(f"— {f.author}")
        return "  ".join(parts)

    def _add_entry(self, f: FollowUpRecord, set_right: FollowUpRecord | None) -> None:
        entry = QListWidgetItem(self._entry_text(f), self.timeline)
        entry.setData(Qt.ItemDataRole.UserRole, f.id)
        if set_right is None:
            return
        font = entry.font()
        font.setStrikeOut(True)
        entry.setFont(font)
        entry.setForeground(QColor("#777"))
        by = set_right.author or self.tr("(未署名)")
        when = set_right.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        template = self.tr("已撤回:%1,%2") if set_right.kind == "withdrawal" else self.tr("已更正:%1,%2")
        entry.setToolTip(template.replace("%1", by).replace("%2", when))
        entry.setText(entry.text() + "  [" + entry.toolTip() + "]")

    # ------------------------------------------------------------------ actions
    def _open(self, dialog: Any, on_ok: Any) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_ok(dialog.values()))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.window().activateWindow()  # give the keyboard back to the main window

    def open_verdict(self, verdict: str | None = None) -> None:
        """Ask for a verdict (preset to ``verdict``), then record it."""
        if self._detail is None:
            return
        item_id, version = self._detail.item.id, self._detail.item.version
        choice = verdict or ("kept" if self._detail.item.verdict == "unchecked" else self._detail.item.verdict)
        dialog = VerdictDialog(choice, self._backend.clock(), self)
        self._open(dialog, lambda v: self._write(set_verdict, item_id, expected_version=version, clock=self._backend.clock, **v))

    def open_due(self) -> None:
        """Ask for a new due date (延期), then move it."""
        if self._detail is None:
            return
        it = self._detail.item
        dialog = DueDialog(it.due, self._backend.clock(), self)
        self._open(dialog, lambda v: self._write(change_due, it.id, expected_version=it.version, **v))

    def open_assign(self) -> None:
        """Ask for a reporter, then assign the item."""
        if self._detail is None:
            return
        it = self._detail.item
        dialog = AssignDialog(it.assignee, self._backend.now(facet_values, "assignee"), self)
        self._open(dialog, lambda v: self._write(assign, it.id, expected_version=it.version, **v))

    # ------------------------------------------------------------------ correcting the record
    def selected_entry(self) -> FollowUpRecord | None:
        """The timeline entry selected in the list, if it still stands."""
        current = self.timeline.currentItem()
        if self._detail is None or current is None:
            return None
        entry_id = current.data(Qt.ItemDataRole.UserRole)
        set_right = {f.replaces_id for f in self._detail.follow_ups if f.replaces_id}
        return next((f for f in self._detail.follow_ups if f.id == entry_id and f.id not in set_right), None)

    def _entry_buttons(self) -> None:
        entry = self.selected_entry()
        self.correct_button.setEnabled(entry is not None and entry.kind in CORRECTABLE)
        self.withdraw_button.setEnabled(entry is not None and entry.kind in WITHDRAWABLE)

    def _timeline_menu(self, pos: QPoint) -> None:
        if (under := self.timeline.itemAt(pos)) is not None:
            self.timeline.setCurrentItem(under)
        entry = self.selected_entry()
        if entry is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("更正…"), self.open_correct).setEnabled(entry.kind in CORRECTABLE)
        menu.addAction(self.tr("撤回…"), self.open_withdraw).setEnabled(entry.kind in WITHDRAWABLE)
        menu.popup(self.timeline.viewport().mapToGlobal(pos))
        self.menu = menu

    def open_correct(self) -> None:
        """Correct the selected timeline entry (a new entry; the old one is struck through)."""
        entry = self.selected_entry()
        if entry is None or entry.kind not in CORRECTABLE:
            return
        self._open(CorrectDialog(entry, self), lambda v: self._write(correct_entry, entry.id, clock=self._backend.clock, **v))

    def open_withdraw(self) -> None:
        """Withdraw the selected timeline entry and what it changed."""
        entry = self.selected_entry()
        if entry is None or entry.kind not in WITHDRAWABLE:
            return
        self._open(WithdrawDialog(self), lambda v: self._write(withdraw_entry, entry.id, **v))

    def undo_last(self) -> bool:
        """Withdraw the last verdict, 延期, assignment or note recorded in this session."""
        entry_id = self._backend.last_entry
        if entry_id is None:
            return False
        self._backend.last_entry = None
        self._backend.write(withdraw_entry, entry_id, reason=self.tr("撤销"), author=self._backend.author, error=self._failed)
        return True

    def open_note(self) -> None:
        """Ask for a note or evidence, then add it to the timeline."""
        if self._detail is None:
            return
        item_id = self._detail.item.id
        self._open(NoteDialog(self), lambda v: self._write(add_note, item_id, **v))

    def _write(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        undoable = fn in (set_verdict, change_due, assign, add_note)
        self._backend.write(
            fn, *args, error=self._failed, author=self._backend.author, done=self._wrote if undoable else None, **kwargs
        )

    def _wrote(self, changes: Changes) -> None:
        if changes.follow_ups:
            self._backend.last_entry = changes.follow_ups[-1]
            self.undoable.emit(True)

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, ConflictError) and self._detail is not None:
            item_id = self._detail.item.id
            self.reload()
            self.conflict.emit(item_id)

    def _on_changes(self, changes: Changes) -> None:
        if self._detail is not None and self._detail.item.id in changes.items:
            self.reload()
