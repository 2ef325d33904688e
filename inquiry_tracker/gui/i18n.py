"""Languages: the interface is written in Chinese; English comes from a Qt ``.ts`` catalogue.

The source strings in ``tr()`` calls are the Chinese text. ``inquiry_tracker/resources/i18n/
inquiry_tracker_en.ts`` holds the English for each; :class:`TsTranslator` reads that XML at
start-up and answers Qt's lookups from a dictionary, so no compiled ``.qm`` file (and no
``lrelease`` step) is needed. PySide6 uses the runtime class name as a ``tr()`` context, so
a lookup falls back to the source text alone when its context is unknown.

Refresh the catalogue after changing strings (new ones get empty translations to fill in)::

    pyside6-lupdate inquiry_tracker/gui/*.py -ts inquiry_tracker/resources/i18n/inquiry_tracker_en.ts -no-obsolete -locations none

The fixed vocabulary (kinds, verdicts, progress) is translated in the ``vocab`` context.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inquiry_tracker.resources import resource_file
from inquiry_tracker.vocab import KIND_LABELS, PROGRESS_LABELS, REVIEW_LABELS, VERDICT_LABELS

log = logging.getLogger("inquiry_tracker.gui")

#: language codes the settings offer, with their names as shown in the picker
LANGUAGES: dict[str, str] = {"zh": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh"


def catalogue_path(lang: str) -> Path | None:
    """The ``.ts`` file of ``lang`` in the package's ``resources/i18n``, if there is one."""
    path = resource_file(f"i18n/inquiry_tracker_{lang}.ts")
    return path if path.is_file() else None


Forms = tuple[str, ...]


def parse_ts(path: Path) -> dict[tuple[str, str], Forms]:
    """``{(context, source): forms}`` for every finished message of a ``.ts`` file.

    ``forms`` has one text, or the singular and plural forms of a ``%n`` message.
    """
    table: dict[tuple[str, str], Forms] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("obsolete", "vanished", "unfinished"):
                continue
            forms = tuple(f.text or "" for f in node.iter("numerusform")) or (node.text or "",)
            if any(f.strip() for f in forms):
                table[(ctx, source)] = forms
    return table


class TsTranslator(QTranslator):
    """A translator that answers from a ``.ts`` file parsed at run time."""

    def __init__(self, table: dict[tuple[str, str], Forms], lang: str) -> None:
        super().__init__()
        self._by_context = table
        self._by_source: dict[str, Forms] = {}
        for (_ctx, source), text in table.items():
            self._by_source.setdefault(source, text)
        self._lang = lang

    def language(self) -> str:
        return self._lang

    def isEmpty(self) -> bool:
        return not self._by_context

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = self._by_context.get((context, source)) or self._by_source.get(source)
        if not forms:
            return None
        return forms[0] if n == 1 or len(forms) == 1 else forms[-1]


def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own catalogue for ``lang`` (OK/Cancel, file dialogs, the calendar, "Show Details…"),
    shipped with PySide6; None when it is missing."""
    name = {"zh": "qtbase_zh_CN"}.get(lang)
    if name is None:
        return None
    translator = QTranslator()
    if not translator.load(name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        log.warning("Qt's own %s catalogue is missing", name)
        return None
    return translator


def install_language(lang: str) -> QTranslator | None:
    """Install the translator for ``lang`` on the running application.

    Chinese (the source language) gets Qt's own Chinese catalogue for Qt's dialogs and
    widgets; English gets this program's catalogue (Qt's own texts are English already).
    """
    app = QCoreApplication.instance()
    if app is None:
        return None
    if lang == DEFAULT_LANGUAGE:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        translator = qt_translator(lang)
        if translator is not None:
            app.installTranslator(translator)
        return translator
    path = catalogue_path(lang)
    if path is None:
        log.warning("no translation catalogue for %r", lang)
        return None
    translator = TsTranslator(parse_ts(path), lang)
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Chinese))
    return translator


def remove_language(translator: QTranslator | None) -> None:
    """Undo :func:`install_language`."""
    app = QCoreApplication.instance()
    if app is not None and translator is not None:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


#: the vocabulary's labels, listed so ``lupdate`` puts them in the catalogue
VOCAB_STRINGS = (
    QT_TRANSLATE_NOOP("vocab", "问政"),
    QT_TRANSLATE_NOOP("vocab", "承诺"),
    QT_TRANSLATE_NOOP("vocab", "待审核"),
    QT_TRANSLATE_NOOP("vocab", "已采纳"),
    QT_TRANSLATE_NOOP("vocab", "已驳回"),
    QT_TRANSLATE_NOOP("vocab", "已合并"),
    QT_TRANSLATE_NOOP("vocab", "待核实"),
    QT_TRANSLATE_NOOP("vocab", "推进中"),
    QT_TRANSLATE_NOOP("vocab", "已兑现"),
    QT_TRANSLATE_NOOP("vocab", "部分兑现"),
    QT_TRANSLATE_NOOP("vocab", "已延期"),
    QT_TRANSLATE_NOOP("vocab", "未兑现"),
    QT_TRANSLATE_NOOP("vocab", "无法核实"),
    QT_TRANSLATE_NOOP("vocab", "已撤回"),
    QT_TRANSLATE_NOOP("vocab", "无时限"),
    QT_TRANSLATE_NOOP("vocab", "未到期"),
    QT_TRANSLATE_NOOP("vocab", "即将到期"),
    QT_TRANSLATE_NOOP("vocab", "已逾期"),
    QT_TRANSLATE_NOOP("vocab", "已结案"),
    # timeline entries (inquiry_tracker/timeline.py): kinds, edited fields, templates
    QT_TRANSLATE_NOOP("vocab", "备注"),
    QT_TRANSLATE_NOOP("vocab", "结论"),
    QT_TRANSLATE_NOOP("vocab", "延期"),
    QT_TRANSLATE_NOOP("vocab", "指派"),
    QT_TRANSLATE_NOOP("vocab", "证据"),
    QT_TRANSLATE_NOOP("vocab", "审核"),
    QT_TRANSLATE_NOOP("vocab", "合并"),
    QT_TRANSLATE_NOOP("vocab", "新闻报道(证据)"),
    QT_TRANSLATE_NOOP("vocab", "修改"),
    QT_TRANSLATE_NOOP("vocab", "更正"),
    QT_TRANSLATE_NOOP("vocab", "撤回"),
    QT_TRANSLATE_NOOP("vocab", "类型"),
    QT_TRANSLATE_NOOP("vocab", "事项"),
    QT_TRANSLATE_NOOP("vocab", "网友提问"),
    QT_TRANSLATE_NOOP("vocab", "部门答复"),
    QT_TRANSLATE_NOOP("vocab", "承诺原文"),
    QT_TRANSLATE_NOOP("vocab", "责任部门"),
    QT_TRANSLATE_NOOP("vocab", "期限原文"),
    QT_TRANSLATE_NOOP("vocab", "到期日"),
    QT_TRANSLATE_NOOP("vocab", "约数"),
    QT_TRANSLATE_NOOP("vocab", "附条件"),
    QT_TRANSLATE_NOOP("vocab", "%1 → %2"),
    QT_TRANSLATE_NOOP("vocab", "期限:%1 → %2"),
    QT_TRANSLATE_NOOP("vocab", "指派给:%1"),
    QT_TRANSLATE_NOOP("vocab", "无人"),
    QT_TRANSLATE_NOOP("vocab", "出处:%1"),
    # the story brief (services/brief.py)
    QT_TRANSLATE_NOOP("vocab", "问政追踪 · 简报(%1)"),
    QT_TRANSLATE_NOOP("vocab", "(原定 %1)"),
    QT_TRANSLATE_NOOP("vocab", "逾期 %1 天"),
    QT_TRANSLATE_NOOP("vocab", "期限"),
    QT_TRANSLATE_NOOP("vocab", "核实结论"),
    QT_TRANSLATE_NOOP("vocab", "跟进记录"),
    QT_TRANSLATE_NOOP("vocab", "出处"),
    QT_TRANSLATE_NOOP("vocab", "无法确定日期"),
    QT_TRANSLATE_NOOP("vocab", "(无标题)"),
    QT_TRANSLATE_NOOP("vocab", "未注明"),
    QT_TRANSLATE_NOOP("vocab", "[已撤回]"),
    QT_TRANSLATE_NOOP("vocab", "[已更正]"),
    QT_TRANSLATE_NOOP("vocab", "部门记分"),
    QT_TRANSLATE_NOOP("vocab", "%1:%2 条,兑现 %3,部分兑现 %4,未兑现 %5,逾期 %6,兑现率 %7,逾期天数中位 %8"),
    # the import summary (ImportSummary.describe)
    QT_TRANSLATE_NOOP("vocab", "文档"),
    QT_TRANSLATE_NOOP("vocab", "新条目"),
    QT_TRANSLATE_NOOP("vocab", "转载"),
    QT_TRANSLATE_NOOP("vocab", "重复"),
    QT_TRANSLATE_NOOP("vocab", "失败"),
    QT_TRANSLATE_NOOP("vocab", "跳过"),
    QT_TRANSLATE_NOOP("vocab", "证据建议"),
    QT_TRANSLATE_NOOP("vocab", "已取消"),
    QT_TRANSLATE_NOOP("vocab", "已停止"),
)


def _vocab(label: str) -> str:
    return QCoreApplication.translate("vocab", label)


def department_label(name: str) -> str:
    """A scorecard department as shown: the name, or 未注明 (no department) translated."""
    from inquiry_tracker.services.scorecard import UNNAMED

    return _vocab(UNNAMED) if name == UNNAMED else name


def vocab_text(text: str) -> str:
    """A vocabulary label or timeline template (Chinese source) in the current language."""
    return _vocab(text)


def kind_label(kind: str) -> str:
    """问政 / 承诺 in the current language."""
    return _vocab(KIND_LABELS.get(kind, kind))


def verdict_label(verdict: str) -> str:
    """The verdict's label in the current language."""
    return _vocab(VERDICT_LABELS.get(verdict, verdict))


def progress_label(progress: str) -> str:
    """The progress state's label in the current language."""
    return _vocab(PROGRESS_LABELS.get(progress, progress))


def review_label(state: str) -> str:
    """The review state's label in the current language."""
    return _vocab(REVIEW_LABELS.get(state, state))


def days_text(days: int | None) -> str:
    """``剩 5 天`` / ``今天到期`` / ``逾期 12 天`` in the current language."""
    if days is None:
        return ""
    if days < 0:
        return QCoreApplication.translate("vocab", "逾期 %n 天", "", -days)
    if days == 0:
        return QCoreApplication.translate("vocab", "今天到期")
    return QCoreApplication.translate("vocab", "剩 %n 天", "", days)
