"""Entry script of both frozen programs, ``rbdesk`` (GUI) and ``rbdesk-cli`` (console).

Both run ``rbdesk.cli.main``: without a command it opens the window, with one it runs
the command line, so ``rbdesk FILE --screenshot OUT.png`` works from either program.
"""

from __future__ import annotations

import os
import sys

# The GUI program on Windows is built without a console: there sys.stdout and
# sys.stderr are None, and the first print (a message, argparse's help) would raise.
# Send them to the null device instead.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")

from rbdesk.cli import main  # noqa: E402

main()
