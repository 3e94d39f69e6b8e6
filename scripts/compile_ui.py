"""Compile the Qt Designer forms and the translations ahead of time.

    python scripts/compile_ui.py           # forms/*.ui -> rakdesk/ui/generated/ui_*.py,
                                            # resources/translations/*.ts -> *.qm
    python scripts/compile_ui.py --check   # exit 1 if a committed output differs
    python scripts/compile_ui.py --update-ts  # refresh the .ts files from the sources

The outputs are committed (the app never compiles at run time); a test runs
--check so they cannot drift from their sources.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "rakdesk" / "ui" / "generated"
TRANSLATIONS = ROOT / "resources" / "translations"
HEADER = "# Generated from forms/{name} by scripts/compile_ui.py. Do not edit: edit the .ui file.\n"


def tool(name: str) -> str:
    """pyside6-uic and friends, next to this Python first."""
    folder = Path(sys.executable).parent
    here = next((p for p in (folder / name, folder / f"{name}.exe") if p.exists()), None)
    found = str(here) if here else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def compile_form(ui: Path, out: Path) -> None:
    result = subprocess.run([tool("pyside6-uic"), "--from-imports", str(ui)], check=True,
                            capture_output=True, text=True).stdout
    out.write_text(HEADER.format(name=ui.name) + result, encoding="utf-8")


def compile_ts(ts: Path, out: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)


def outputs(target_forms: Path, target_qm: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for ui in sorted(FORMS.glob("*.ui")):
        out = target_forms / f"ui_{ui.stem}.py"
        compile_form(ui, out)
        pairs.append((out, GENERATED / out.name))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        out = target_qm / f"{ts.stem}.qm"
        compile_ts(ts, out)
        pairs.append((out, TRANSLATIONS / out.name))
    return pairs


def update_ts() -> None:
    """Refresh rakdesk's own .ts files. qtbase_*.ts (Qt's own texts, which Qt
    ships no Indonesian for) are kept by hand, checked by scripts/qt_texts.py:
    lupdate would drop them all."""
    sources = [str(p) for p in sorted((ROOT / "rakdesk" / "ui").glob("*.py"))]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    for ts in sorted(TRANSLATIONS.glob("rakdesk_*.ts")):
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)],
                       check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--update-ts", action="store_true")
    args = parser.parse_args()
    if args.update_ts:
        update_ts()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            stale = [str(committed.relative_to(ROOT))
                     for built, committed in outputs(Path(tmp), Path(tmp))
                     if not committed.exists() or committed.read_bytes() != built.read_bytes()]
        if stale:
            print("out of date (run python scripts/compile_ui.py): " + ", ".join(stale))
            return 1
        print("compiled forms and translations match their sources")
        return 0
    GENERATED.mkdir(parents=True, exist_ok=True)
    (GENERATED / "__init__.py").write_text('"""Compiled forms: see scripts/compile_ui.py."""\n')
    outputs(GENERATED, TRANSLATIONS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
