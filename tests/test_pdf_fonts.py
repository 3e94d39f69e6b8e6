"""Fonts parsed once are kept between runs (rakdesk.pdf.fonts): a font read
back from the kept data is the font reportlab parses from the file, and
printing writes the same bytes with it, without it, and with kept data that
is damaged."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from rakdesk.paths import resources_dir
from rakdesk.pdf import fonts as fontmod


@pytest.mark.parametrize("name", fontmod.BUNDLED)
def test_a_kept_font_is_the_parsed_font(name, tmp_path, monkeypatch):
    monkeypatch.setenv("RAKDESK_DATA_DIR", str(tmp_path))
    path = resources_dir() / "fonts" / name
    parsed = fontmod._ttfont("probe", path)  # parses and keeps it
    kept_file = fontmod._cache_file(path)
    assert kept_file.is_file()
    kept = fontmod._from_cache("probe", path, kept_file)
    fresh = TTFont("probe", str(path))
    for font in (parsed, kept):
        assert set(vars(font)) == set(vars(fresh))
        assert {k: v for k, v in vars(font).items() if k not in ("face", "encoding", "state")} \
            == {k: v for k, v in vars(fresh).items() if k not in ("face", "encoding", "state")}
        assert type(font.face) is type(fresh.face) and type(font.encoding) is type(fresh.encoding)
        mine, theirs = vars(font.face), vars(fresh.face)
        assert set(mine) == set(theirs)
        assert all(mine[k] == theirs[k] for k in theirs if k != "_pdfScale")
        assert [mine["_pdfScale"](v) for v in (1, 7, 2048)] == \
            [theirs["_pdfScale"](v) for v in (1, 7, 2048)]


def _render(path, out, data_dir) -> bytes:
    env = dict(os.environ, RAKDESK_DATA_DIR=str(data_dir))
    proc = subprocess.run([sys.executable, "-m", "rakdesk", "render", str(path), "--all", "-o",
                           str(out)], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_printing_writes_the_same_bytes_with_kept_fonts_without_and_with_damaged_ones(tmp_path):
    from rakdesk.core.demo import write_demo

    demo = write_demo(tmp_path / "demo.sqlite")
    data_dir = tmp_path / "data"
    first = _render(demo, tmp_path / "first", data_dir)  # parses and keeps the fonts
    kept = sorted((data_dir / "font-cache").iterdir())
    assert len(kept) == len(fontmod.BUNDLED)
    assert _render(demo, tmp_path / "kept", data_dir) == first
    damaged = [b"", kept[1].read_bytes()[:5000], bytearray(kept[2].read_bytes())]
    damaged[2][len(damaged[2]) // 2] ^= 0xFF  # one flipped byte
    for path, data in zip(kept, damaged, strict=True):
        path.write_bytes(bytes(data))
    assert _render(demo, tmp_path / "damaged", data_dir) == first
    assert [p.read_bytes() for p in kept] != damaged, "parsed again and kept whole"
