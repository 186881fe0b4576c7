"""Without a display ``rbdesk`` says so in one line and exits with status 2, in the run's
language, instead of letting Qt abort; ``--screenshot`` needs no display at all."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from rbdesk.i18n import say
from rbdesk.ui.display import display_problem, wayland_connects

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")


def headless_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """This process's environment without any display, with an empty settings folder
    and no chosen language (so Indonesian, the default)."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.pop("RBDESK_LANG", None)
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(config), XDG_RUNTIME_DIR=str(tmp_path))
    env.update(extra)
    return env


def rbdesk(env: Mapping[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rbdesk", *args],
        capture_output=True, text=True, env=dict(env), timeout=120,
    )  # fmt: skip


def unused_x_display() -> str:
    """An X display number no server listens on here."""
    for number in range(99, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    pytest.fail("no free X display number")


def assert_one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("rbdesk: "), done.stderr
    for noise in ("Aborted", "qt.qpa", "Traceback", "plugin"):
        assert noise not in done.stderr
    return lines[0]


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the display check is Linux's"
)


# -- the command ---------------------------------------------------------------------


@linux_only
def test_no_display_is_one_line_in_indonesian_by_default(tmp_path: Path) -> None:
    line = assert_one_line(rbdesk(headless_env(tmp_path)))
    assert line == "rbdesk: " + say("error.display.none", "id")
    assert "tidak ada layar" in line and "--screenshot" in line


@linux_only
def test_no_display_in_english_when_asked(tmp_path: Path) -> None:
    line = assert_one_line(rbdesk(headless_env(tmp_path, RBDESK_LANG="en")))
    assert line == "rbdesk: " + say("error.display.none", "en")
    assert "no display" in line
    line = assert_one_line(rbdesk(headless_env(tmp_path), "--lang", "en"))
    assert "no display" in line


@linux_only
def test_a_display_nobody_listens_on(tmp_path: Path) -> None:
    display = unused_x_display()
    line = assert_one_line(rbdesk(headless_env(tmp_path, DISPLAY=display, RBDESK_LANG="en")))
    assert display in line
    line = assert_one_line(rbdesk(headless_env(tmp_path, DISPLAY=display)))
    assert line == "rbdesk: " + say("error.display.connect", "id", {"display": display})


@linux_only
def test_a_wayland_display_nobody_listens_on(tmp_path: Path) -> None:
    line = assert_one_line(rbdesk(headless_env(tmp_path, WAYLAND_DISPLAY="wayland-77")))
    assert "wayland-77" in line


def test_a_screenshot_needs_no_display(tmp_path: Path) -> None:
    env = headless_env(tmp_path)
    plan = tmp_path / "sukamaju.rbd"
    made = rbdesk(env, "sample", "-o", str(plan))
    assert made.returncode == 0, made.stderr
    out = tmp_path / "out.png"
    done = rbdesk(env, str(plan), "--screenshot", str(out), "--size", "800x600")
    assert done.returncode == 0, done.stderr
    assert "Aborted" not in done.stderr and "qt.qpa" not in done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- the decision ----------------------------------------------------------------------


def decide(environ: Mapping[str, str], platform: str = "linux", **checks: object):
    """``display_problem`` on a fake machine: every library loads, every display and
    compositor answers, unless ``checks`` say otherwise."""
    fakes = {
        "loads": lambda soname: True,
        "x_connects": lambda name: True,
        "wayland_ok": lambda env: True,
    }
    fakes.update(checks)
    return display_problem(environ, platform, **fakes)  # type: ignore[arg-type]


def test_windows_and_macos_are_not_checked() -> None:
    assert decide({}, "win32") is None
    assert decide({}, "darwin") is None


def test_nothing_to_show_on() -> None:
    problem = decide({})
    assert problem is not None and problem.key == "error.display.none"
    assert decide({"QT_QPA_PLATFORM": "xcb"}).key == "error.display.none"


@pytest.mark.parametrize(
    "value", ["offscreen", "minimal", "eglfs", "vnc:size=800x600", "wayland;offscreen"]
)
def test_a_platform_without_desktop_is_trusted(value: str) -> None:
    assert decide({"QT_QPA_PLATFORM": value}, x_connects=lambda name: False) is None


def test_an_x_display_that_answers() -> None:
    assert decide({"DISPLAY": ":0"}) is None


def test_an_x_display_that_does_not_answer() -> None:
    problem = decide({"DISPLAY": ":5"}, x_connects=lambda name: False)
    assert problem is not None
    assert problem.key == "error.display.connect" and problem.params == {"display": ":5"}


def test_a_missing_x_library_names_its_debian_package() -> None:
    problem = decide({"DISPLAY": ":0"}, loads=lambda soname: soname != "libxcb-cursor.so.0")
    assert problem is not None and problem.key == "error.display.library"
    assert problem.params == {"packages": "libxcb-cursor0"}
    assert say(problem.key, "en", problem.params) == (
        "Qt cannot use the X display: install libxcb-cursor0 (apt-get install libxcb-cursor0)"
    )
    missing = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"}
    problem = decide({"DISPLAY": ":0"}, loads=lambda soname: soname not in missing)
    assert problem is not None
    assert problem.params == {"packages": "libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"}


def test_wayland_first_then_x() -> None:
    both = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    no_x = {"x_connects": lambda name: False, "loads": lambda soname: False}
    assert decide(both, **no_x) is None  # the compositor answers: X is not asked
    assert decide({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert decide({"XDG_SESSION_TYPE": "wayland"}) is None
    # the compositor does not answer: Qt falls back to X, which must work
    assert decide(both, wayland_ok=lambda env: False) is None
    problem = decide(both, wayland_ok=lambda env: False, x_connects=lambda name: False)
    assert problem is not None and problem.key == "error.display.connect"
    problem = decide({"WAYLAND_DISPLAY": "wayland-1"}, wayland_ok=lambda env: False)
    assert problem is not None and problem.params == {"display": "wayland-1"}


def test_qt_qpa_platform_chooses_between_x_and_wayland() -> None:
    both = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    # xcb asked for: the compositor does not matter, the X display does
    problem = decide({**both, "QT_QPA_PLATFORM": "xcb"}, x_connects=lambda name: False)
    assert problem is not None and problem.key == "error.display.connect"
    # wayland asked for: X does not matter
    assert decide({**both, "QT_QPA_PLATFORM": "wayland"}, x_connects=lambda n: False) is None
    problem = decide({**both, "QT_QPA_PLATFORM": "wayland-egl"}, wayland_ok=lambda env: False)
    assert problem is not None and problem.params == {"display": "wayland-0"}


@linux_only
def test_the_real_checks() -> None:
    """The functions the check uses, on this machine: a library loads or not; nobody
    listens on an unused X display."""
    from rbdesk.ui.display import library_loads, x_display_connects

    assert library_loads("libc.so.6")
    assert not library_loads("libnot-a-real-library.so.9")
    assert not x_display_connects(unused_x_display())


def test_a_wayland_socket_that_answers(tmp_path: Path) -> None:
    import socket

    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets")
    env = {"XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-9"}
    assert not wayland_connects(env)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-9"))
        server.listen(1)
        assert wayland_connects(env)
        assert wayland_connects({"WAYLAND_DISPLAY": str(tmp_path / "wayland-9")})
    assert not wayland_connects({"WAYLAND_DISPLAY": "wayland-9"})  # no XDG_RUNTIME_DIR
