"""The desktop app (PySide6): main window, table models, dialogs, background tasks.

Start it with ``inquiry-tracker`` (no command) or ``python -m inquiry_tracker.gui``;
:func:`inquiry_tracker.gui.app.main` is the composition root. Nothing outside this
package imports Qt.
"""

#: what ``--view`` may open (shared with the CLI, which must not import Qt to know them)
VIEWS = ("main", "detail", "timeline", "brief", "inbox", "dashboard", "import-preview", "export", "settings")
#: interface languages (``--lang``)
LANGUAGES = ("zh", "en")
