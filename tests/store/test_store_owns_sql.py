"""The store owns SQL (issue 13): outside ``store/`` no module imports SQLAlchemy except for
type hints under ``if TYPE_CHECKING:``, and the store's own query type (``ItemQuery``) never
leaves it — services, CLI, GUI and exports speak in store calls, dataclasses and ``ItemFilter``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import inquiry_tracker

PACKAGE = Path(inquiry_tracker.__file__).parent
OUTSIDE_STORE = sorted(p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts[:1])


def _runtime_imports(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, module) of every import not under ``if TYPE_CHECKING:``."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_sqlalchemy_outside_the_store() -> None:
    assert OUTSIDE_STORE  # the walk found the package
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line} imports {module}"
        for p in OUTSIDE_STORE
        for line, module in _runtime_imports(ast.parse(p.read_text(encoding="utf-8")))
        if module == "sqlalchemy" or module.startswith("sqlalchemy.")
    ]
    assert offenders == []


def test_the_store_query_type_stays_in_the_store() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in OUTSIDE_STORE if "ItemQuery" in p.read_text(encoding="utf-8")]
    assert offenders == []
