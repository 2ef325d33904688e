"""What a mutation changed, so views can refresh only what they show (ids and kinds)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids touched by one operation and what kind of change each was.

    ``kinds`` holds flags such as ``item.created``, ``item.review``, ``item.verdict``,
    ``item.due``, ``item.assignee``, ``item.fields``, ``item.merged``, ``item.sources``,
    ``follow_up.added``, ``source.created``.
    """

    items: tuple[int, ...] = ()
    sources: tuple[int, ...] = ()
    follow_ups: tuple[int, ...] = ()
    kinds: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            items=_union(self.items, other.items),
            sources=_union(self.sources, other.sources),
            follow_ups=_union(self.follow_ups, other.follow_ups),
            kinds=self.kinds | other.kinds,
        )

    def __bool__(self) -> bool:
        return bool(self.items or self.sources or self.follow_ups or self.kinds)


def _union(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    seen = dict.fromkeys(a)
    seen.update(dict.fromkeys(b))
    return tuple(seen)


@dataclass(slots=True)
class DocumentResult:
    """What importing one document did."""

    name: str
    source_id: int | None = None
    new_items: list[int] = field(default_factory=list)
    reprints: list[int] = field(default_factory=list)
    duplicate: bool = False
    #: suggestions made: this document as evidence for open items stored before it
    suggestions: list[int] = field(default_factory=list)
    #: (id, subject) of the new items, for the batch's suggestion index
    subjects: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True)
class ImportSummary:
    """The outcome of an import batch: counts, ids, and every file that failed and why.

    ``stopped`` is set when the batch ended early for a reason that would fail every
    further document too (a full disk); the documents before it are stored.
    """

    documents: int = 0
    new_items: list[int] = field(default_factory=list)
    reprints: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    #: files left out on purpose (a link leading out of the chosen folder), with the reason
    skipped: list[tuple[str, str]] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)
    suggestions: list[int] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return not self.failures

    @property
    def changes(self) -> Changes:
        """The batch as a :class:`Changes` for views."""
        kinds: set[str] = set()
        if self.new_items:
            kinds.add("item.created")
        if self.reprints:
            kinds.add("item.sources")
        if self.source_ids:
            kinds.add("source.created")
        if self.suggestions:
            kinds.add("suggestion")
        return Changes(
            items=tuple(dict.fromkeys(self.new_items + self.reprints)),
            sources=tuple(self.source_ids),
            kinds=frozenset(kinds),
        )

    def add(self, result: DocumentResult) -> None:
        """Fold one document's result in."""
        if result.duplicate:
            self.duplicates.append(result.name)
            return
        self.documents += 1
        if result.source_id is not None:
            self.source_ids.append(result.source_id)
        self.new_items.extend(result.new_items)
        self.reprints.extend(result.reprints)
        self.suggestions.extend(result.suggestions)

    def extend(self, other: ImportSummary) -> None:
        """Fold another batch's summary in."""
        self.documents += other.documents
        self.new_items.extend(other.new_items)
        self.reprints.extend(other.reprints)
        self.duplicates.extend(other.duplicates)
        self.failures.extend(other.failures)
        self.skipped.extend(other.skipped)
        self.source_ids.extend(other.source_ids)
        self.suggestions.extend(other.suggestions)
        self.cancelled = self.cancelled or other.cancelled
        self.stopped = self.stopped or other.stopped

    def describe(self, translate: Callable[[str], str] | None = None) -> str:
        """One line for people: 文档 3 · 新条目 7 · 转载 2 · 重复 1 · 失败 0.

        Without ``translate`` the labels are Chinese and English side by side (the log); with
        it, each Chinese label in the one language ``translate`` gives (the CLI passes
        :func:`chinese`, the GUI its translator).
        """
        if translate is not None:
            t = translate
            parts = [
                f"{t('文档')} {self.documents}",
                f"{t('新条目')} {len(self.new_items)}",
                f"{t('转载')} {len(self.reprints)}",
                f"{t('重复')} {len(self.duplicates)}",
                f"{t('失败')} {len(self.failures)}",
            ]
            if self.skipped:
                parts.append(f"{t('跳过')} {len(self.skipped)}")
            if self.suggestions:
                parts.append(f"{t('证据建议')} {len(self.suggestions)}")
            if self.cancelled:
                parts.append(t("已取消"))
            if self.stopped:
                parts.append(f"{t('已停止')}: {_in_one_language(self.stopped, t)}")
            return " · ".join(parts)
        return (
            f"文档/documents {self.documents} · 新条目/new items {len(self.new_items)} · "
            f"转载/reprints {len(self.reprints)} · 重复/duplicates {len(self.duplicates)} · "
            f"失败/failures {len(self.failures)}"
            + (f" · 跳过/skipped {len(self.skipped)}" if self.skipped else "")
            + (f" · 证据建议/suggested evidence {len(self.suggestions)}" if self.suggestions else "")
            + (" · 已取消/cancelled" if self.cancelled else "")
            + (f" · 已停止/stopped: {self.stopped}" if self.stopped else "")
        )


def _in_one_language(reason: str, translate: Callable[[str], str]) -> str:
    """A reason written "中文 / English" (the store's errors), in the summary's one language."""
    zh, sep, en = reason.partition(" / ")
    if not sep:
        return reason
    return zh if translate("文档") == "文档" else en


def chinese(text: str) -> str:
    """The translation the CLI speaks: the Chinese source text as it is (see :mod:`inquiry_tracker.timeline`)."""
    return text
