"""The Qt files of the bundle: rbdesk's replacement of PyInstaller's hooks for the Qt
modules it uses (``hook-PySide6.QtCore.py`` and its siblings import :func:`hook`).

PyInstaller's own hooks collect every plugin of a type Qt *might* load and every
translation of Qt. A plugin drags its libraries in (the virtual keyboard plugin alone
brings QtQml and QtQuick from PySide6-Addons, the PDF image format QtPdf), and they are
resolved before a spec could drop the plugin again, so the choice is made here, while
collecting, from ``Analysis(hooksconfig={"rbdesk-qt": {...}})`` in ``build.spec``:

``plugins``
    plugin folder -> the plugin names to keep (file names without ``lib`` and the
    extension), or ``None`` for the whole folder; folders not named are left out.
``languages``
    the languages of Qt's own translations to keep (``qtbase_id.qm`` ...).

Without that configuration everything PyInstaller would collect is kept.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import pyside6_library_info

CONFIG = "rbdesk-qt"


def plugin_name(source: str) -> str:
    """The plugin's name: ``libqxcb.so`` -> ``qxcb``, ``qwindows.dll`` -> ``qwindows``."""
    name = PurePath(source).name.split(".")[0]
    return name.removeprefix("lib")


def keep_plugin(source: str, dest: str, plugins: dict[str, Any] | None) -> bool:
    parts = PurePath(dest).parts
    if plugins is None or "plugins" not in parts or parts[-1] == "plugins":
        return True
    folder = "/".join(parts[parts.index("plugins") + 1 :])
    if folder not in plugins:
        return False
    names = plugins[folder]
    return names is None or plugin_name(source) in names


def keep_translation(source: str, languages: list[str] | None) -> bool:
    if languages is None:
        return True
    stem = PurePath(source).stem  # qtbase_pt_BR
    return any(stem.endswith(f"_{lang}") or f"_{lang}_" in stem for lang in languages)


def hook(hook_api: Any) -> None:
    hiddenimports, binaries, datas = pyside6_library_info.collect_module(hook_api.__name__)
    plugins = get_hook_config(hook_api, CONFIG, "plugins")
    languages = get_hook_config(hook_api, CONFIG, "languages")
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries([(s, d) for s, d in binaries if keep_plugin(s, d, plugins)])
    hook_api.add_datas([(s, d) for s, d in datas if keep_translation(s, languages)])
