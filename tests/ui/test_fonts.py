"""Chinese shows on every system: the bundled CJK font is added where the system has none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.paths import resource_path

PROBE = """
import json
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.ui.app import load_fonts
added = load_fonts()
print(json.dumps({"added": added,
                  "tc": QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese)}))
"""


def probe(tmp_path: Path, system_fonts: Path) -> dict:
    """Run load_fonts() in a process whose fontconfig sees only ``system_fonts``."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{system_fonts}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>
""", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig decides the system's fonts on Linux")
def test_bundled_font_is_added_where_the_system_has_no_chinese(tmp_path: Path) -> None:
    latin_only = tmp_path / "fonts"
    latin_only.mkdir()
    found = probe(tmp_path, latin_only)
    assert found["added"] is True
    assert "WenQuanYi Micro Hei" in found["tc"]


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig decides the system's fonts on Linux")
def test_system_chinese_font_is_used_as_it_is(tmp_path: Path) -> None:
    system = tmp_path / "fonts"
    system.mkdir()
    (system / "cjk.ttc").symlink_to(resource_path("fonts", "wqy-microhei.ttc"))
    found = probe(tmp_path, system)
    assert found["added"] is False  # not read twice: the system's copy already covers Chinese
    assert "WenQuanYi Micro Hei" in found["tc"]
