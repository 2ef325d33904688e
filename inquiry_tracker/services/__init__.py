"""Use cases over the reader and the store; no Qt.

Every mutation returns what it changed (:class:`Changes`, :class:`ImportSummary`);
queries return plain dataclasses. Functions take the open :class:`~inquiry_tracker.store.Database`
first and, where "today" matters, an injectable ``clock``.
"""

from inquiry_tracker.services.brief import Brief, brief_html, brief_text, collect_brief
from inquiry_tracker.services.clock import Clock, fixed, system_today
from inquiry_tracker.services.corrections import correct_entry, withdraw_entry
from inquiry_tracker.services.demo import load_demo
from inquiry_tracker.services.exports import FORMATS, ExportError, export_file, export_items
from inquiry_tracker.services.followup import (
    add_note,
    assign,
    assign_many,
    change_due,
    set_verdict,
    set_verdicts,
)
from inquiry_tracker.services.importing import (
    ImportOptions,
    expand_paths,
    import_analysed,
    import_bytes,
    import_decoded,
    import_paths,
    import_text,
    prepare,
    write_document,
)
from inquiry_tracker.services.listing import (
    ItemFilter,
    ItemRow,
    Page,
    count_items,
    facet_values,
    find_item_ids,
    get_item,
    get_source,
    list_items,
    rows_by_ids,
)
from inquiry_tracker.services.progress import days_left, item_progress, progress_of
from inquiry_tracker.services.results import Changes, DocumentResult, ImportSummary
from inquiry_tracker.services.review import accept, edit_item, merge, reject
from inquiry_tracker.services.scorecard import DepartmentScore, scorecard
from inquiry_tracker.services.suggest import (
    SuggestionRow,
    accept_suggestion,
    dismiss_suggestion,
    list_suggestions,
    suggested_action,
)

__all__ = [
    "FORMATS",
    "Changes",
    "Clock",
    "DepartmentScore",
    "DocumentResult",
    "ImportOptions",
    "ImportSummary",
    "ItemFilter",
    "ItemRow",
    "ExportError",
    "Page",
    "SuggestionRow",
    "accept",
    "accept_suggestion",
    "add_note",
    "assign",
    "change_due",
    "count_items",
    "days_left",
    "dismiss_suggestion",
    "edit_item",
    "expand_paths",
    "export_file",
    "export_items",
    "facet_values",
    "find_item_ids",
    "fixed",
    "get_item",
    "get_source",
    "import_bytes",
    "import_decoded",
    "import_analysed",
    "import_paths",
    "import_text",
    "item_progress",
    "list_items",
    "list_suggestions",
    "load_demo",
    "suggested_action",
    "merge",
    "prepare",
    "progress_of",
    "reject",
    "rows_by_ids",
    "scorecard",
    "set_verdict",
    "set_verdicts",
    "assign_many",
    "Brief",
    "brief_html",
    "brief_text",
    "collect_brief",
    "correct_entry",
    "withdraw_entry",
    "system_today",
    "write_document",
]
