"""Packaging: the spec, the desktop files, the MIME type and the icon (fast checks only).

Building the bundle takes too long for every run: packaging/build.sh and
packaging/check-bundle.sh do that before a release (see packaging/README.md).
"""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from planner import APP_ID, __version__
from planner.cli import file_argument
from planner.store.database import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
SVG = ROOT / "resources" / "icons" / "deal-planner.svg"
HICOLOR = LINUX / "icons" / "hicolor"
MIME_TYPE = "application/x-deal-planner"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


# --- the spec and the scripts ---------------------------------------------------------------

def _spec_strings() -> set[str]:
    tree = ast.parse((PACKAGING / "deal-planner.spec").read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_spec_is_python_that_builds_the_named_folder_with_our_resources() -> None:
    strings = _spec_strings()  # raises SyntaxError if the spec does not parse
    assert "deal-planner" in strings  # the executable and the folder
    assert "planner.resources" in strings  # all of resources/, whatever the parts add
    assert "**/*.ts" in strings  # translation sources stay out; the .qm go in
    assert {"CFBundleDocumentTypes", "UTExportedTypeDeclarations", "planner"} <= strings  # macOS owns .planner
    assert (PACKAGING / "launcher.py").is_file()


def test_every_planner_package_is_installed() -> None:
    """The bundle is built from a normal install, which carries only the packages pyproject lists."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    on_disk = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "planner").rglob("__init__.py")}
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_build_and_check_scripts_are_valid_executable_shell() -> None:
    for script in (PACKAGING / "build.sh", PACKAGING / "check-bundle.sh", LINUX / "install-desktop.sh"):
        assert os.access(script, os.X_OK), f"{script.name} is not executable"
        shell = "bash" if script.suffix == ".sh" and "bash" in script.read_text().splitlines()[0] else "sh"
        result = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


# --- a double-clicked file opens in the app -------------------------------------------------

def test_a_lone_file_argument_means_db() -> None:
    assert file_argument(["/home/me/Big deal.planner"]) == ["--db", "/home/me/Big deal.planner"]
    assert file_argument(["x.planner", "--quit-after-startup"]) == ["--db", "x.planner", "--quit-after-startup"]
    assert file_argument(["demo", "--db", "x.planner"]) == ["demo", "--db", "x.planner"]
    assert file_argument(["--version"]) == ["--version"]
    assert file_argument([]) == []


def test_the_desktop_command_line_opens_the_given_file(tmp_path: Path) -> None:
    """What the file manager runs for Exec=deal-planner %f: the file, not the default one."""
    missing = tmp_path / "Q3 deal.planner"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "planner", str(missing), "--quit-after-startup"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert str(missing) in result.stderr  # it tried this file (and says it does not exist)
    assert not missing.exists()


# --- Linux desktop integration -------------------------------------------------------------

def test_desktop_file_launches_the_app_for_planner_files() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Deal Planner"
    assert entry["Comment"] and entry["Comment[zh_TW]"]
    assert entry["Exec"].split() == ["deal-planner", "%f"]
    assert entry["TryExec"] == "deal-planner"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["MimeType"].endswith(";") and entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_describes_this_app_and_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "deal-planner"
    assert component.findtext("provides/mediatype") == MIME_TYPE
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    languages = {s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in component.findall("summary")}
    assert languages == {None, "zh_TW"}  # English and Traditional Chinese
    releases = [r.get("version") for r in component.findall("releases/release")]
    assert __version__ in releases, "add a <release> for this version to the metainfo"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_matches_the_files_own_mark() -> None:
    mime_type = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.planner"]
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"  # type: ignore[union-attr]
    header = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert header is not None
    assert (header.get("type"), header.get("offset"), header.get("value")) == ("string", "0", r"SQLite format 3\000")
    mark = header.find(f"{MIME_NS}match")
    assert mark is not None and (mark.get("type"), mark.get("offset")) == ("big32", "68")
    assert int(mark.get("value", ""), 0) == APPLICATION_ID


_DETECT = """
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path, QMimeDatabase.MatchMode.MatchContent).name())
"""


def test_mime_magic_recognises_a_planner_file_by_content(planner, tmp_path: Path) -> None:
    """With our MIME package installed, Qt's shared-mime-info reader tells a planner file from
    any other SQLite database, even without the .planner name."""
    data_home = tmp_path / "share"
    (data_home / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, data_home / "mime" / "packages" / f"{APP_ID}.xml")
    ours = tmp_path / "renamed"
    shutil.copy(planner.path, ours)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    result = subprocess.run([sys.executable, "-c", _DETECT, str(ours), str(other)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.split() == [MIME_TYPE, "application/vnd.sqlite3"], result.stderr


def test_install_script_puts_the_files_in_place_and_removes_them(tmp_path: Path) -> None:
    folder = tmp_path / "My Apps" / "deal-planner"
    folder.mkdir(parents=True)
    exe = folder / "deal-planner"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    home = tmp_path / "home"
    data = home / ".local" / "share"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(home / ".config")}
    script = LINUX / "install-desktop.sh"

    subprocess.run([str(script), str(exe)], env=env, check=True, capture_output=True)
    installed = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{exe}" %f' in installed.splitlines()  # quoted: the path has a space
    assert f"TryExec={exe}" in installed.splitlines()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME_XML.read_bytes()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    subprocess.run([str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not list(data.rglob(f"{APP_ID}*"))


# --- the icon ---------------------------------------------------------------------------------

def test_icon_svg_parses_and_renders_at_small_and_large_sizes(qapp) -> None:
    assert ET.parse(SVG).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()  # square
    for size in (16, 256):
        image = _render(renderer, size)
        centre = QColor(image.pixel(size // 2, size // 2))
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255, f"the middle of the {size} px icon is not drawn"
        assert corner.alpha() == 0, f"the {size} px icon fills its corners: no rounded tile"


def test_png_icons_exist_in_every_size_and_match_the_svg(qapp) -> None:
    renderer = QSvgRenderer(str(SVG))
    for size in ICON_SIZES:
        png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SVG.read_bytes(), "run packaging/linux/make_icons.py"
    # A PNG left over from an older SVG differs a lot; renderer versions differ a little.
    committed = QImage(str(HICOLOR / "64x64" / "apps" / f"{APP_ID}.png")).convertToFormat(
        QImage.Format.Format_ARGB32)
    fresh = _render(renderer, 64).convertToFormat(QImage.Format.Format_ARGB32)
    diff = sum(abs(committed.pixelColor(x, y).red() - fresh.pixelColor(x, y).red())
               + abs(committed.pixelColor(x, y).alpha() - fresh.pixelColor(x, y).alpha())
               for x in range(64) for y in range(64)) / (64 * 64)
    assert diff < 4, "the PNG icons are stale: run packaging/linux/make_icons.py"
