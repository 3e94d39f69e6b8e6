"""The shape of the code: which module may import which.

Every import under ``rakdesk/`` is read with ``ast``, at module level and
inside functions, relative imports resolved. The rules:

- no cycle between rakdesk's modules (not even through a function-level import);
- the core (``rakdesk.core``) never imports the PDF, Excel or window layers:
  a caller that needs a renderer passes it in;
- the window layer (``rakdesk.ui``) never opens the database itself
  (``sqlite3``, ``sqlalchemy``, ``sqlmodel``) nor runs a statement through a
  session (``execute``, ``exec_driver_sql``, ``connection``...): it calls core
  functions, which take the session the document holds;
- one document's printed form never borrows from another's (what they share
  lives in a shared module);
- a module's private names (``_migrate``) are used only inside it.

Known exceptions wait in the allowance lists below, each naming what remains.
The test fails when a new violation appears, and when an allowance is no
longer needed (so that the list only ever shrinks).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "rakdesk"

CORE_MUST_NOT_IMPORT = ("rakdesk.pdf", "rakdesk.xlsx", "rakdesk.ui")
UI_MUST_NOT_IMPORT = ("sqlite3", "sqlalchemy", "sqlmodel")
# One module per printed document; what they share is in rakdesk.pdf's other modules.
DOCUMENT_RENDERERS = ("rakdesk.pdf.rak", "rakdesk.pdf.iku")

# Imports that close a cycle, left for now: (importer, imported).
ALLOWED_CYCLE_EDGES: set[tuple[str, str]] = set()

# rakdesk.core modules importing a pdf/xlsx/ui module, left for now.
ALLOWED_CORE_IMPORTS: set[tuple[str, str]] = set()

# rakdesk.ui modules opening the database themselves, left for now: (module, library).
ALLOWED_UI_DATABASE_IMPORTS: set[tuple[str, str]] = set()

# Session and connection methods that run SQL; the window calls core functions instead.
SQL_METHODS = ("execute", "exec_driver_sql", "connection", "query", "scalar", "scalars",
               "flush")
# rakdesk.ui modules running statements themselves, left for now: (module, method).
ALLOWED_UI_SQL_CALLS: set[tuple[str, str]] = set()

# Private names used from another module, left for now: (user, owner, name).
ALLOWED_PRIVATE_USES: set[tuple[str, str, str]] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported_names(name: str, path: Path, known: set[str]) -> set[str]:
    """Every module ``name`` imports, anywhere in it: rakdesk modules by their
    full dotted name (``from pkg import sub`` names ``pkg.sub`` when that is a
    module), other libraries by their dotted name as written."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            subs = [f"{target}.{alias.name}" for alias in node.names]
            found = [s for s in subs if s in known]
            out.update(found)
            if len(found) < len(subs):
                out.add(target)
    return out


def resolve(imported: str, known: set[str]) -> str | None:
    """The rakdesk module an imported dotted name loads (the longest known
    prefix), or None for another library."""
    parts = imported.split(".")
    for n in range(len(parts), 0, -1):
        candidate = ".".join(parts[:n])
        if candidate in known:
            return candidate
    return None


def graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(rakdesk module -> rakdesk modules it imports, module -> other libraries' top names)."""
    mods = modules()
    known = set(mods)
    internal: dict[str, set[str]] = {}
    external: dict[str, set[str]] = {}
    for name, path in mods.items():
        internal[name], external[name] = set(), set()
        for imported in imported_names(name, path, known):
            target = resolve(imported, known)
            if target is None:
                external[name].add(imported.split(".")[0])
            elif target != name:
                internal[name].add(target)
    return internal, external


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def in_package(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


@pytest.fixture(scope="module")
def imports():
    return graph()


def test_the_reader_sees_function_level_and_relative_imports(tmp_path):
    """The rules are only as good as the reader: an import inside a function
    and a relative one are both found."""
    pkg = tmp_path / "rakdesk" / "core"
    pkg.mkdir(parents=True)
    source = pkg / "example.py"
    source.write_text("def f():\n    from ..pdf import rak\n    from . import model\n"
                      "    import sqlite3\n", encoding="utf-8")
    known = {"rakdesk", "rakdesk.core", "rakdesk.core.model", "rakdesk.pdf", "rakdesk.pdf.rak"}
    found = imported_names("rakdesk.core.example", source, known)
    assert found == {"rakdesk.pdf.rak", "rakdesk.core.model", "sqlite3"}
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]
    view = tmp_path / "view.py"
    view.write_text("def f(doc):\n    doc.session.connection().exec_driver_sql('x')\n"
                    "    dialog.exec()\n", encoding="utf-8")
    assert sql_calls(view) == {"connection", "exec_driver_sql"}


def test_no_import_cycles(imports):
    internal, _ = imports
    edges = {m: {t for t in targets if (m, t) not in ALLOWED_CYCLE_EDGES}
             for m, targets in internal.items()}
    assert cycles(edges) == [], "modules that import each other (directly or round a loop)"
    stale = {e for e in ALLOWED_CYCLE_EDGES if e[1] not in internal.get(e[0], set())}
    assert not stale, f"allowed cycle edges no longer present, remove them: {stale}"


def test_core_never_imports_pdf_xlsx_or_ui(imports):
    internal, _ = imports
    found = {(m, t) for m, targets in internal.items() if in_package(m, "rakdesk.core")
             for t in targets if any(in_package(t, p) for p in CORE_MUST_NOT_IMPORT)}
    assert found - ALLOWED_CORE_IMPORTS == set(), "the core imports a renderer or the window"
    assert ALLOWED_CORE_IMPORTS - found == set(), "allowance no longer needed: remove it"


def test_ui_never_opens_the_database_itself(imports):
    _, external = imports
    found = {(m, lib) for m, libs in external.items() if in_package(m, "rakdesk.ui")
             for lib in libs if lib in UI_MUST_NOT_IMPORT}
    assert found - ALLOWED_UI_DATABASE_IMPORTS == set(), \
        "the window layer imports a database library; call a core function instead"
    assert ALLOWED_UI_DATABASE_IMPORTS - found == set(), "allowance no longer needed: remove it"


def sql_calls(path: Path) -> set[str]:
    """The SQL-running methods ``path`` calls on a session or connection
    (``x.execute(...)``, ``self.doc.session.connection()``...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in SQL_METHODS:
            found.add(node.func.attr)
    return found


def test_ui_runs_no_sql_itself():
    found = {(name, method) for name, path in modules().items()
             if in_package(name, "rakdesk.ui") for method in sql_calls(path)}
    assert found - ALLOWED_UI_SQL_CALLS == set(), \
        "the window layer runs a statement itself; call a core function instead"
    assert ALLOWED_UI_SQL_CALLS - found == set(), "allowance no longer needed: remove it"


def test_documents_do_not_borrow_from_each_other(imports):
    internal, _ = imports
    assert set(DOCUMENT_RENDERERS) <= set(internal), "a document renderer was renamed"
    found = {(m, t) for m in DOCUMENT_RENDERERS for t in internal[m] if t in DOCUMENT_RENDERERS}
    assert found == set(), "move what both documents use to a shared module"


def private_uses(name: str, path: Path, known: set[str]) -> set[tuple[str, str, str]]:
    """(name, other module, private name) for each ``from m import _x`` and each
    ``m._x`` where ``m`` names another rakdesk module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    aliases: dict[str, str] = {}
    found: set[tuple[str, str, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known and alias.asname:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            for alias in node.names:
                if f"{target}.{alias.name}" in known:
                    aliases[alias.asname or alias.name] = f"{target}.{alias.name}"
                elif target in known and alias.name.startswith("_") and target != name:
                    found.add((name, target, alias.name))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in aliases and node.attr.startswith("_")
                and not node.attr.startswith("__") and aliases[node.value.id] != name):
            found.add((name, aliases[node.value.id], node.attr))
    return found


def test_private_names_stay_in_their_module():
    mods = modules()
    known = set(mods)
    found = set().union(*(private_uses(n, p, known) for n, p in mods.items()))
    assert found - ALLOWED_PRIVATE_USES == set(), "make it public or keep it inside"
    assert ALLOWED_PRIVATE_USES - found == set(), "allowance no longer needed: remove it"


MAX_LINES = 600  # a module longer than this holds more than one job: split it by job


def test_no_module_is_a_room_too_big():
    big = {str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py")
           if "generated" not in p.parts
           and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert big == {}, f"modules over {MAX_LINES} lines"
