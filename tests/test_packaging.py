"""The wheel (the offline kit's install) holds every package of the source
tree: pyproject.toml lists them by hand (resources/ is mapped into the
package), so a new folder of modules must be added there too."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_of_the_source_tree_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    in_tree = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "rakdesk").rglob("*.py") if "__pycache__" not in p.parts}
    assert in_tree - listed == set(), "add these packages to pyproject.toml"
    for name, folder in config["setuptools"]["package-dir"].items():
        assert (ROOT / folder).is_dir() and name in listed
    data = {name for name in listed if name.startswith("rakdesk.data")}
    assert data == {"rakdesk.data"} and (ROOT / "rakdesk" / "data").is_dir()
