"""Running a frozen rbdesk program the way it runs on a planner's machine, and watching
what it touches.

The program runs inside ``unshare``: in a network namespace of its own (no interface but
a loopback that is down, so no network at all) and a mount namespace in which the source
checkout, the Python installation and the real home folder are covered by empty
read-only tmpfs mounts, so nothing there can be read even by mistake. Its environment is
built from nothing: HOME and the XDG folders point into the sandbox, no PYTHONPATH, no
LD_LIBRARY_PATH. ``strace`` records every path it names in a file system call and every
``connect``; :meth:`Sandbox.run` fails when a path lies outside the bundle, the
sandbox and the system (libraries, configuration, fonts, locales, kernel interfaces), or
under the checkout or the Python installation, or when anything connects over IP.
"""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

#: What a program may read besides its own folder, the plan files and the settings:
#: the system's libraries, configuration, fonts and locales, and the kernel's interfaces.
SYSTEM_PREFIXES = (
    "/etc", "/usr/share", "/usr/local/share", "/usr/lib", "/usr/lib64", "/usr/lib32",
    "/lib", "/lib64", "/lib32", "/proc", "/sys", "/dev", "/run", "/var/cache/fontconfig",
    "/var/lib/dbus",  # the machine id D-Bus and Qt read
)  # fmt: skip
#: Single paths that are probed, not read: SQLite's and Qt's candidate temporary
#: folders, Qt's check for a Flatpak sandbox.
SYSTEM_PATHS = {"/", "/tmp", "/var/tmp", "/usr/tmp", "/.flatpak-info"}

_QUOTED_PATH = re.compile(r'"(/(?:[^"\\]|\\.)*)"')

# Cover each folder given after the count with an empty read-only tmpfs, then run the
# rest of the arguments. Runs inside the new mount namespace.
_HIDE_AND_RUN = (
    'n=$1; shift; while [ "$n" -gt 0 ]; do '
    'mount -t tmpfs -o ro,size=4k rbdesk-hidden "$1" || exit 97; shift; n=$((n - 1)); '
    'done; exec "$@"'
)


def required(condition: bool, reason: str) -> None:
    """A missing tool skips the bundle tests on a developer's machine and fails them in
    CI (the environment variable ``CI`` set, as CI services do), where they are
    required: ``.ci/run`` installs every tool, and namespaces work on a Linux CI machine
    (as root, or where unprivileged user namespaces are allowed). A CI machine that
    cannot give them leaves the bundle out explicitly, with ``-m "not bundle"``."""
    if condition:
        return
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason}; CI requires it")
    pytest.skip(reason)


def say(config: pytest.Config, text: str) -> None:
    """A line in pytest's output even with ``-q`` (the build time, the sizes)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(f"[bundle] {text}")


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def forbidden_roots() -> list[Path]:
    """The folders a frozen program must never look into: the source checkout, the
    Python installation with its site-packages, and the real home folder (user
    site-packages, real settings). A system prefix such as ``/usr`` is not one of them,
    only the Python folders inside it."""
    candidates = {REPO, Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix)}
    paths = sysconfig.get_paths()
    candidates |= {Path(paths[key]) for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    candidates |= {Path(p) for p in site.getsitepackages()}
    candidates.add(Path(site.getusersitepackages()))
    candidates.add(Path.home())
    system = {Path("/"), Path("/usr"), Path("/usr/local"), Path("/opt")}
    resolved = {p.resolve() for p in candidates if p.is_dir()} - system
    # keep only the outermost folders: a mount hides everything below it
    outer = [p for p in resolved if not any(q != p and p.is_relative_to(q) for q in resolved)]
    return sorted(outer)


def unshare_command() -> list[str]:
    command = ["unshare", "--net", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        command.append("--map-root-user")  # a user namespace lets a user mount
    return command


def check_tools(probe_dir: Path) -> None:
    """Skip or fail (in CI) unless unshare, mounting inside it, and strace work here."""
    required(shutil.which("unshare") is not None, "unshare (util-linux) is not installed")
    required(shutil.which("strace") is not None, "strace is not installed (apt-get install strace)")
    probe_dir.mkdir(parents=True, exist_ok=True)
    probe = subprocess.run(
        [*unshare_command(), "sh", "-c", _HIDE_AND_RUN, "sh", "1", str(probe_dir),
         "strace", "-qq", "-e", "trace=%file", "-o", "/dev/null", "cat", "/proc/net/dev"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    required(
        probe.returncode == 0,
        f"cannot run a program in new network and mount namespaces under strace here: "
        f"{probe.stderr.strip()}",
    )
    # /proc/net/dev: two header lines, then one line per interface
    interfaces = [line.split(":")[0].strip() for line in probe.stdout.splitlines()[2:]]
    assert interfaces == ["lo"], f"the sandbox has a network: {interfaces}"


@dataclass
class Run:
    """What a sandboxed program did: its exit status and output, the absolute paths it
    named in file system calls that succeeded (``touched``) and that failed
    (``probed``: a search along a list of folders, a file that is not there), and its
    ``connect`` calls."""

    command: list[str]
    returncode: int
    stdout: str
    stderr: str
    touched: set[str] = field(default_factory=set)
    probed: set[str] = field(default_factory=set)
    connects: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return (
            f"{' '.join(self.command)}\nexit {self.returncode}\n"
            f"stdout:\n{self.stdout[-3000:]}\nstderr:\n{self.stderr[-3000:]}"
        )


def _succeeded(call: str) -> bool:
    """Whether a traced call returned without error (``= 3``, not ``= -1 ENOENT ...``)."""
    _, _, result = call.rpartition(" = ")
    return bool(result) and not result.startswith("-")


def read_trace(log: Path) -> tuple[set[str], set[str], list[str]]:
    """The normalised absolute paths quoted in an ``strace -f`` log, split into those of
    calls that succeeded and those that failed, and the log's connect lines. Relative
    paths are left out: every program runs in the sandbox's work folder."""
    touched: set[str] = set()
    probed: set[str] = set()
    connects: list[str] = []
    pending: dict[str, list[str]] = {}  # pid -> paths of its call in progress
    for line in log.read_text(errors="replace").splitlines():
        pid, _, call = line.partition(" ")
        call = call.strip()
        if not pid.isdigit():
            continue
        if call.startswith("<..."):  # "<... openat resumed>) = 3"
            paths = pending.pop(pid, [])
        else:
            if call.startswith("connect("):
                connects.append(call)
            paths = [os.path.normpath(p) for p in _QUOTED_PATH.findall(call)]
            if call.endswith("<unfinished ...>"):
                pending[pid] = paths
                continue
        (touched if _succeeded(call) else probed).update(paths)
    return touched, probed, connects


class Sandbox:
    """A place to run the frozen programs of ``bundle``: ``root/home`` is the user's home
    (settings, documents), ``root/work`` the folder with the plans, the working folder."""

    def __init__(self, bundle: Path, root: Path) -> None:
        self.bundle = bundle
        self.root = root
        self.home = root / "home"
        self.work = root / "work"
        self.logs = root / "logs"
        for folder in (self.home, self.work, self.logs, root / "tmp"):
            folder.mkdir(parents=True, exist_ok=True)
        runtime = self.home / "run"
        runtime.mkdir(mode=0o700, exist_ok=True)
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "TMPDIR": str(root / "tmp"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.forbidden = forbidden_roots()
        for place in (bundle, root):
            for folder in self.forbidden:
                if place.resolve().is_relative_to(folder):
                    pytest.fail(f"the sandbox {place} lies inside {folder}, which it must not see")
        self._count = 0

    def run(self, program: str, *args: str, timeout: float = 300) -> Run:
        """Run ``bundle/program`` with ``args`` in the sandbox; fail on a path it must
        not touch or a network connection."""
        self._count += 1
        log = self.logs / f"{self._count:02d}-{program}.strace"
        executable = self.bundle / program
        command = [
            *unshare_command(), "sh", "-c", _HIDE_AND_RUN, "sh",
            str(len(self.forbidden)), *map(str, self.forbidden),
            "strace", "-f", "-qq", "-s", "4096", "-e", "trace=%file,connect", "-o", str(log),
            str(executable), *args,
        ]  # fmt: skip
        done = subprocess.run(
            command, cwd=self.work, env=self.env, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip
        run = Run([program, *args], done.returncode, done.stdout, done.stderr)
        assert done.returncode != 97, f"could not hide the source tree\n{run.describe()}"
        assert log.exists(), f"strace wrote no log\n{run.describe()}"
        run.touched, run.probed, run.connects = read_trace(log)
        assert run.touched, f"strace recorded nothing\n{run.describe()}"
        self.assert_contained(run)
        return run

    def assert_contained(self, run: Run) -> None:
        """Nothing looked for under the checkout or the Python installation; nothing
        read outside the bundle, the sandbox and the system; no IP connection."""
        own = [str(self.bundle.resolve()), str(self.root.resolve())]
        hidden = [str(p) for p in self.forbidden]
        forbidden = sorted(
            p for p in run.touched | run.probed
            if any(_under(p, r) for r in hidden) and not any(_under(p, r) for r in own)
        )  # fmt: skip
        assert not forbidden, (
            f"{run.command} looked into the checkout or the Python installation: {forbidden[:20]}"
        )
        foreign = sorted(
            p for p in run.touched
            if not any(_under(p, r) or _under(r, p) for r in own)  # r under p: an ancestor
            and p not in SYSTEM_PATHS
            and not any(_under(p, r) for r in SYSTEM_PREFIXES)
        )  # fmt: skip
        assert not foreign, f"{run.command} read paths outside its folder: {foreign[:20]}"
        inet = [call for call in run.connects if "AF_INET" in call]
        assert not inet, f"{run.command} tried the network: {inet[:5]}"
