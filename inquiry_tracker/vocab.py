"""The tracker's fixed vocabulary: kinds, review states, verdicts, progress, with Chinese labels.

Shared by the store (CHECK constraints, SQL filters), the services, the CLI and the GUI.
No imports beyond the standard library.
"""

from __future__ import annotations

from datetime import date
from typing import Final, Literal

Kind = Literal["inquiry", "promise"]
ReviewState = Literal["pending", "accepted", "rejected", "merged"]
Verdict = Literal["unchecked", "in_progress", "kept", "partial", "delayed", "broken", "unverifiable", "withdrawn"]
Progress = Literal["no_deadline", "not_due", "due_soon", "overdue", "closed"]

KINDS: Final = ("inquiry", "promise")
REVIEW_STATES: Final = ("pending", "accepted", "rejected", "merged")
VERDICTS: Final = ("unchecked", "in_progress", "kept", "partial", "delayed", "broken", "unverifiable", "withdrawn")
#: verdicts that close an item: it can no longer be overdue
FINAL_VERDICTS: Final = frozenset({"kept", "partial", "broken", "unverifiable", "withdrawn"})
#: verdicts that may be recorded without a note or evidence; every other one says why
NOTE_OPTIONAL_VERDICTS: Final = frozenset({"unchecked", "in_progress"})
PROGRESS: Final = ("no_deadline", "not_due", "due_soon", "overdue", "closed")
#: an open item is "due soon" when its due date is at most this many days away
DUE_SOON_DAYS: Final = 7
#: review states shown by default (rejected and merged items are hidden)
VISIBLE_STATES: Final = ("pending", "accepted")

KIND_LABELS: Final = {"inquiry": "问政", "promise": "承诺"}
REVIEW_LABELS: Final = {"pending": "待审核", "accepted": "已采纳", "rejected": "已驳回", "merged": "已合并"}
VERDICT_LABELS: Final = {
    "unchecked": "待核实",
    "in_progress": "推进中",
    "kept": "已兑现",
    "partial": "部分兑现",
    "delayed": "已延期",
    "broken": "未兑现",
    "unverifiable": "无法核实",
    "withdrawn": "已撤回",
}
FOLLOW_UP_LABELS: Final = {
    "note": "备注",
    "verdict": "结论",
    "due_change": "延期",
    "assign": "指派",
    "evidence": "证据",
    "review": "审核",
    "merge": "合并",
    "suggestion": "新闻报道(证据)",
    "edit": "修改",
    "correction": "更正",
    "withdrawal": "撤回",
}
#: item fields as a timeline's edit entry names them
FIELD_LABELS: Final = {
    "kind": "类型",
    "subject": "事项",
    "question": "网友提问",
    "reply": "部门答复",
    "statement": "承诺原文",
    "department": "责任部门",
    "deadline_expr": "期限原文",
    "due": "到期日",
    "approximate": "约数",
    "conditional": "附条件",
}
PROGRESS_LABELS: Final = {
    "no_deadline": "无时限",
    "not_due": "未到期",
    "due_soon": "即将到期",
    "overdue": "已逾期",
    "closed": "已结案",
}


def parse_term(value: str, vocabulary: dict[str, str]) -> str | None:
    """The vocabulary key for ``value`` given as key or Chinese label (None if unknown)."""
    v = value.strip()
    if v in vocabulary:
        return v
    for key, label in vocabulary.items():
        if label == v:
            return key
    return None

#: due dates the tracker keeps (anything outside is a misreading or a typo, and would break
#: calendar exports that compute the day after)
DUE_MIN: Final = date(1900, 1, 1)
DUE_MAX: Final = date(2100, 12, 31)


def due_in_range(due: date | None) -> bool:
    """True for no due date or one within :data:`DUE_MIN`–:data:`DUE_MAX`."""
    return due is None or DUE_MIN <= due <= DUE_MAX


def verdict_needs_note(verdict: str) -> bool:
    """Whether recording ``verdict`` needs a note or a piece of evidence."""
    return verdict not in NOTE_OPTIONAL_VERDICTS
