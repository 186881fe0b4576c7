"""PySide6.QtWidgets with only the Qt plugins and translations rbdesk ships: rbdesk_qt_hook.py."""

from rbdesk_qt_hook import hook

__all__ = ["hook"]
