"""The offline bundle of issue 6: ``pyinstaller build.spec`` builds one folder with the
window program ``rbdesk`` and the command line ``rbdesk-cli``; the folder holds what
rbdesk reads and leaves out what it does not use; and its programs, copied away from the
checkout, work with no network and read nothing outside their folder but the plan files
and the settings (see ``sandbox.py`` for how that is watched).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from rbdesk import __version__
from rbdesk.paths import BUNDLED_RESOURCES
from tests.bundle.sandbox import REPO, Sandbox, say

pytestmark = pytest.mark.bundle

MB = 1_000_000
FOLDER_LIMIT = 150 * MB
ZIP_LIMIT = 70 * MB

GUI = "rbdesk"
CLI = "rbdesk-cli"

#: The only Qt Python modules rbdesk imports, and the Qt libraries they and the kept
#: plugins need. Nothing from PySide6-Addons.
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtSvg"}  # QtSvg: rbdesk chart -o OUT.svg
QT_LIBRARIES = {"Core", "Gui", "Widgets", "DBus", "XcbQpa", "WaylandClient", "Svg"}
QT_PLUGINS_ALLOWED = {
    "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "wayland-shell-integration/libxdg-shell.so",
    "wayland-decoration-client/libbradient.so",
}  # fmt: skip
QT_PLUGINS_REQUIRED = {"platforms/libqxcb.so", "platforms/libqoffscreen.so"}
#: Packages the bundle must not carry: the test and lint tools, other toolkits,
#: networkx's optional back-ends, the build tools.
LEFT_OUT = [
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "mypy", "ruff", "tkinter",
    "_tkinter", "IPython", "numpy", "scipy", "pandas", "matplotlib", "setuptools",
    "pkg_resources", "PyInstaller", "unittest", "ssl", "_ssl", "_hashlib",
]  # fmt: skip
SOURCE_ONLY_SUFFIXES = {".ts", ".py", ".pyc"}


def internal(bundle: Path) -> Path:
    return bundle / "_internal"


def runtime_resources() -> list[Path]:
    """The files of resources/ that rbdesk reads at run time (not the .ts sources)."""
    root = REPO / "resources"
    return sorted(
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and p.suffix not in SOURCE_ONLY_SUFFIXES and "__pycache__" not in p.parts
    )


# -- the folder ------------------------------------------------------------------------


def test_both_programs_share_one_folder(bundle: Path) -> None:
    for program in (GUI, CLI):
        path = bundle / program
        assert path.is_file() and path.stat().st_mode & 0o111, program
    # one set of libraries: the programs are small launchers of the same _internal/
    assert (internal(bundle) / "PySide6" / "QtCore.abi3.so").is_file()
    assert sorted(p.name for p in bundle.iterdir()) == ["_internal", GUI, CLI]


def test_every_resource_is_inside(bundle: Path) -> None:
    shipped = internal(bundle) / BUNDLED_RESOURCES  # where rbdesk.paths looks when frozen
    expected = runtime_resources()
    assert expected, "resources/ is empty?"
    for rel in expected:
        copy = shipped / rel
        assert copy.is_file(), f"{rel} is missing from the bundle"
        assert copy.read_bytes() == (REPO / "resources" / rel).read_bytes(), rel
    extra = {p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file()} - set(expected)
    assert not extra, f"files in the bundle's resources/ that are not run-time resources: {extra}"
    # Sastrawi's stemming dictionary, read by the text checks
    assert (internal(bundle) / "Sastrawi" / "Stemmer" / "data" / "kata-dasar.txt").is_file()


def test_only_the_qt_rbdesk_uses(bundle: Path) -> None:
    pyside = internal(bundle) / "PySide6"
    modules = {p.name.split(".")[0] for p in pyside.glob("Qt*.so")}
    assert modules == QT_MODULES
    libraries = {
        p.name.removeprefix("libQt6").split(".")[0] for p in (pyside / "Qt" / "lib").glob("libQt6*")
    }
    unneeded = libraries - QT_LIBRARIES
    assert not unneeded, f"Qt libraries rbdesk does not need: {unneeded}"
    plugins_dir = pyside / "Qt" / "plugins"
    plugins = {str(p.relative_to(plugins_dir)) for p in plugins_dir.rglob("*") if p.is_file()}
    assert plugins <= QT_PLUGINS_ALLOWED, f"unused Qt plugins: {plugins - QT_PLUGINS_ALLOWED}"
    assert plugins >= QT_PLUGINS_REQUIRED
    translations = [p.stem for p in (pyside / "Qt" / "translations").glob("*.qm")]
    assert all(t.endswith(("_id", "_en")) for t in translations), translations


def test_every_library_finds_what_it_links(bundle: Path) -> None:
    """Each shared library and Qt plugin resolves its dependencies the way it will at run
    time (the launcher puts _internal/ on LD_LIBRARY_PATH): a plugin whose Qt library was
    left out, or a system library that was not there to bundle, shows as not found."""
    root = internal(bundle)
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(root)}
    missing: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        lost = [line.split()[0] for line in done.stdout.splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(root))] = lost
    assert not missing, f"libraries that would not load: {missing}"


def test_what_rbdesk_does_not_use_is_left_out(bundle: Path) -> None:
    root = internal(bundle)
    base_names: set[str] = set()
    if (root / "base_library.zip").exists():  # absent when build.spec says noarchive
        with zipfile.ZipFile(root / "base_library.zip") as base:
            base_names = {name.split("/")[0].split(".")[0] for name in base.namelist()}
    dynload = {p.name.split(".")[0] for p in (root / "python3.11" / "lib-dynload").glob("*.so")}
    top = {p.name.split(".")[0] for p in root.iterdir()}
    found = [name for name in LEFT_OUT if name in top | base_names | dynload]
    assert not found, f"packages in the bundle that rbdesk does not use: {found}"
    metadata = [p.name for p in root.glob("*.dist-info") if p.name.split("-")[0] in LEFT_OUT]
    assert not metadata, metadata


def test_folder_and_zip_sizes(bundle: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    folder = sum(p.lstat().st_size for p in bundle.rglob("*") if not p.is_dir())
    out = tmp_path / "rbdesk.zip"
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "zip_bundle.py"), str(bundle), "-o", str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    size = out.stat().st_size
    say(request.config, f"folder {folder / MB:.1f} MB, zip {size / MB:.1f} MB")
    assert folder < FOLDER_LIMIT, f"the folder is {folder / MB:.1f} MB"
    assert size < ZIP_LIMIT, f"the zip is {size / MB:.1f} MB"
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        links = [i for i in archive.infolist() if (i.external_attr >> 16) & 0o170000 == 0o120000]
    assert {f"rbdesk/{GUI}", f"rbdesk/{CLI}"} <= names
    # the Qt libraries PyInstaller links into _internal/ are stored once, as links
    assert links and all(link.file_size < 300 for link in links)


# -- the programs, offline -------------------------------------------------------------


def source(*args: str) -> subprocess.CompletedProcess[str]:
    """The same command from the checkout, to compare with."""
    return subprocess.run(
        [sys.executable, "-m", "rbdesk", *args], capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def plan(sandbox: Sandbox) -> Path:
    """``rbdesk-cli sample``: the sample region written by the frozen program."""
    path = sandbox.work / "sukamaju.rbd"
    run = sandbox.run(CLI, "sample", "-o", str(path))
    assert run.returncode == 0, run.describe()
    assert "Kabupaten Sukamaju" in run.stdout
    assert path.is_file()
    return path


def test_version_comes_from_the_package(sandbox: Sandbox) -> None:
    run = sandbox.run(CLI, "--version")
    assert run.returncode == 0, run.describe()
    assert run.stdout.strip() == f"rbdesk {__version__}"


def test_sample_and_info_match_the_source(sandbox: Sandbox, plan: Path) -> None:
    run = sandbox.run(CLI, "info", str(plan), "--json")
    assert run.returncode == 0, run.describe()
    frozen = json.loads(run.stdout)
    assert frozen["region"]["name"] == "Kabupaten Sukamaju"
    assert len(frozen["scenarios"]) == 2
    from_source = source("info", str(plan), "--json")
    assert from_source.returncode == 0, from_source.stderr
    # the same plan, the same content fingerprint (hashlib without OpenSSL in the bundle)
    assert frozen == json.loads(from_source.stdout)


def test_check_finds_what_the_source_finds(sandbox: Sandbox, plan: Path) -> None:
    run = sandbox.run(CLI, "check", str(plan), "--format", "json", "--lang", "en")
    # exit 1: the sample has errors on purpose; an internal error (also 1) prints no JSON
    assert run.returncode == 1 and run.stdout.startswith("{"), run.describe()
    frozen = json.loads(run.stdout)
    assert frozen["rule_pack"]["id"] == "pp18-2016"
    families = {f["family"] for f in frozen["findings"]}
    assert {"caps", "overlap", "layers"} <= families
    expected = source("check", str(plan), "--format", "json", "--lang", "en")
    assert frozen == json.loads(expected.stdout)
    text = sandbox.run(CLI, "check", str(plan))
    assert text.returncode == 1, text.describe()
    assert "galat" in text.stdout and "Dasar:" in text.stdout


def test_report_writes_a_valid_pdf(sandbox: Sandbox, plan: Path) -> None:
    out = sandbox.work / "usulan.pdf"
    run = sandbox.run(CLI, "report", str(plan), "-o", str(out))
    assert run.returncode == 0, run.describe()
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    from pypdf import PdfReader

    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert "Sukamaju" in reader.pages[0].extract_text()
    assert not unembedded_fonts(reader), "fonts missing from the PDF (not found in the bundle?)"


def test_report_as_the_window_runs_it(sandbox: Sandbox, plan: Path) -> None:
    """Berkas -> Ekspor PDF runs ``rbdesk-cli report --progress --cancel-file``: progress
    lines and the page count on stdout; an existing cancel file stops it, nothing written."""
    out = sandbox.work / "jendela.pdf"
    cancel = sandbox.work / "batal"
    run = sandbox.run(CLI, "report", str(plan), "-o", str(out), "--progress",
                      "--cancel-file", str(cancel))  # fmt: skip
    assert run.returncode == 0, run.describe()
    lines = run.stdout.splitlines()
    assert lines[0] == "progress 0 1"
    assert any(line.startswith("pages ") for line in lines)
    assert out.read_bytes().startswith(b"%PDF-")
    cancel.touch()
    stopped = sandbox.work / "batal.pdf"
    run = sandbox.run(CLI, "report", str(plan), "-o", str(stopped), "--progress",
                      "--cancel-file", str(cancel))  # fmt: skip
    assert run.returncode == 3, run.describe()
    assert not stopped.exists()
    assert not [p for p in sandbox.work.iterdir() if p.name.startswith("batal.pdf")]


def test_window_first_run_copies_the_sample_home(fresh_sandbox: Sandbox) -> None:
    """``rbdesk`` with no plan: the first run writes the sample to the user's documents
    folder and the settings to the user's config folder, nothing into its own folder."""
    out = fresh_sandbox.work / "first.png"
    before = snapshot(fresh_sandbox.bundle)
    run = fresh_sandbox.run(GUI, "--screenshot", str(out), "--size", "1280x800")
    assert run.returncode == 0, run.describe()
    assert png_size(out) == (1280, 800)
    assert not png_is_blank(out)
    home = fresh_sandbox.home
    assert (home / "Documents" / "rbdesk" / "Kabupaten Sukamaju (contoh).rbd").is_file()
    assert (home / ".config" / "rbdesk" / "rbdesk.ini").is_file()
    assert snapshot(fresh_sandbox.bundle) == before, "the program wrote into its own folder"


@pytest.mark.parametrize("program", [GUI, CLI])
def test_window_opens_a_plan(sandbox: Sandbox, plan: Path, program: str) -> None:
    """``rbdesk FILE --screenshot``, from either program (both run the same main)."""
    out = sandbox.work / f"{program}.png"
    args = ["--lang", "en", "--screenshot", str(out), "--size", "1000x700"]
    run = sandbox.run(program, str(plan), *args)
    assert run.returncode == 0, run.describe()
    assert png_size(out) == (1000, 700)
    assert not png_is_blank(out)


def test_the_sandbox_catches_a_look_into_the_checkout(sandbox: Sandbox, plan: Path) -> None:
    """The watch itself: a program given a file of the checkout is caught (and cannot
    read it, the checkout being hidden)."""
    pack = REPO / "resources" / "rules" / "pp18-2016.json"
    with pytest.raises(AssertionError, match="looked into the checkout"):
        sandbox.run(CLI, "check", str(plan), "--rules", str(pack))


# -- helpers ---------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def _png_chunks(path: Path) -> list[tuple[bytes, bytes]]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    chunks, pos = [], 8
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        chunks.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return chunks


def png_size(path: Path) -> tuple[int, int]:
    kind, header = _png_chunks(path)[0]
    assert kind == b"IHDR"
    return int.from_bytes(header[:4], "big"), int.from_bytes(header[4:8], "big")


def png_is_blank(path: Path) -> bool:
    """Whether the picture is (nearly) one colour: few distinct bytes in its pixels."""
    pixels = zlib.decompress(b"".join(body for kind, body in _png_chunks(path) if kind == b"IDAT"))
    return len(set(pixels)) < 16


def unembedded_fonts(reader: Any) -> set[str]:
    """The fonts a PDF uses without embedding them, on its pages and in their forms."""
    missing: set[str] = set()

    def fonts_of(resources: Any, depth: int = 0) -> None:
        if resources is None or depth > 8:  # forms nest a few levels at most
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            parts = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            for part in parts:
                if part.get("/Subtype") == "/Type0":
                    continue
                descriptor = part.get("/FontDescriptor")
                files = ("/FontFile", "/FontFile2", "/FontFile3")
                if descriptor is None or not any(k in descriptor.get_object() for k in files):
                    missing.add(str(part.get("/BaseFont")))
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                fonts_of(xobject.get("/Resources"), depth + 1)

    for page in reader.pages:
        fonts_of(page.get("/Resources"))
    return missing
