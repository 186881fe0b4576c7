"""Whether Qt can show a window here, found out before Qt tries.

When Qt finds no platform to show windows on it prints several lines and aborts the
process (SIGABRT): the planner sees ``Aborted (core dumped)`` and no advice. On Linux,
:func:`display_problem` asks the same questions first, without Qt, and says what to do.

Terms:

platform
    Qt's platform plugin: ``xcb`` (an X11 display, also XWayland), ``wayland``, or one
    that needs no desktop (``offscreen``, ``minimal``, ``eglfs``, ``vnc``...). Qt 6 tries
    ``wayland`` first when ``WAYLAND_DISPLAY`` is set (or ``XDG_SESSION_TYPE`` is
    ``wayland``), then ``xcb``; ``QT_QPA_PLATFORM`` (a ``;``-separated list, each name
    possibly followed by ``:options``) overrides that.
display problem
    Why no platform can start, as a catalogue key of :mod:`rbdesk.i18n` and its values:
    ``error.display.none`` (no display at all), ``error.display.library`` (the X libraries
    the ``xcb`` plugin links are missing: a package to install) and
    ``error.display.connect`` (the display named cannot be reached).

Since Qt 6.5 the ``xcb`` plugin links ``libxcb-cursor.so.0``, which many desktops
install but minimal systems and containers lack; :data:`XCB_LIBRARIES` is the plugin's
whole list of X libraries (``ldd`` of ``libqxcb.so`` and ``libQt6XcbQpa.so.6``), each with
the Debian package that holds it. Windows and macOS always have their platform: no check.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: The X libraries Qt's xcb plugin links (``NEEDED`` of ``libqxcb.so`` and
#: ``libQt6XcbQpa.so.6`` in PySide6 6.11), each with the Debian package that holds it.
#: Libraries QtGui itself links (libGL, libxkbcommon, libglib) are not repeated: without
#: them ``import PySide6.QtWidgets`` already fails.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)

#: The platforms that need a desktop session; any other is trusted to start.
_DESKTOP_PLATFORMS = ("xcb", "wayland")


@dataclass(frozen=True)
class DisplayProblem:
    """Why Qt cannot show a window: a catalogue key and the values its message names."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


def _qt_library_folders() -> list[Path]:
    """Where Qt's plugins also find libraries: PySide6's ``Qt/lib`` and, in the bundle,
    the folder of the frozen program's libraries."""
    import PySide6

    folders = []
    if PySide6.__file__:
        folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "lib")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle))
    return folders


def library_loads(soname: str) -> bool:
    """Whether the shared library ``soname`` can be loaded, as Qt's plugin would."""
    candidates = [soname] + [
        str(f / soname) for f in _qt_library_folders() if (f / soname).exists()
    ]
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def x_display_connects(name: str) -> bool:
    """Whether the X display ``name`` accepts a connection (libxcb's ``xcb_connect``, as
    Qt does; the connection is closed again at once)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(name.encode(), None)
    if not connection:
        return False
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)  # also frees a connection in error


def wayland_socket(environ: Mapping[str, str]) -> Path | None:
    """The compositor's socket as libwayland finds it: ``WAYLAND_DISPLAY`` (default
    ``wayland-0``), absolute or under ``XDG_RUNTIME_DIR``."""
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    if name.startswith("/"):
        return Path(name)
    runtime = environ.get("XDG_RUNTIME_DIR")
    return Path(runtime) / name if runtime else None


def wayland_connects(environ: Mapping[str, str]) -> bool:
    """Whether the Wayland compositor's socket accepts a connection."""
    path = wayland_socket(environ)
    if path is None:
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


def _platforms(value: str) -> list[str]:
    """The plugin names of ``QT_QPA_PLATFORM`` (``wayland;xcb``, ``xcb:option``)."""
    return [part.split(":", 1)[0].strip().lower() for part in value.split(";") if part.strip()]


def _needs_desktop(platform: str) -> bool:
    return platform.startswith(_DESKTOP_PLATFORMS)


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    loads: Callable[[str], bool] = library_loads,
    x_connects: Callable[[str], bool] = x_display_connects,
    wayland_ok: Callable[[Mapping[str, str]], bool] = wayland_connects,
) -> DisplayProblem | None:
    """Why Qt could not show a window with the environment ``environ`` (default: this
    process's) on the operating system ``platform`` (default: ``sys.platform``), or
    ``None`` when it can or when only Qt can tell (another platform plugin asked for,
    Windows, macOS). The checks are passed in so tests can fake a machine."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    asked = _platforms(environ.get("QT_QPA_PLATFORM", ""))
    if any(not _needs_desktop(p) for p in asked):
        return None  # offscreen, eglfs, vnc...: trust whoever asked for it
    display = environ.get("DISPLAY", "")
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    if asked:
        tries_wayland = any(p.startswith("wayland") for p in asked)
        tries_xcb = "xcb" in asked
    else:
        tries_wayland, tries_xcb = wayland, True
    if tries_wayland and wayland_ok(environ):
        return None
    if tries_xcb and display:
        missing = [package for soname, package in XCB_LIBRARIES if not loads(soname)]
        if missing:
            return DisplayProblem("error.display.library", {"packages": " ".join(missing)})
        if not x_connects(display):
            return DisplayProblem("error.display.connect", {"display": display})
        return None
    if tries_wayland and environ.get("WAYLAND_DISPLAY"):
        return DisplayProblem("error.display.connect", {"display": environ["WAYLAND_DISPLAY"]})
    return DisplayProblem("error.display.none")
