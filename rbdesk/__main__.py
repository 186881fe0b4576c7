"""``python -m rbdesk``: the same as the ``rbdesk`` command."""

from rbdesk.cli import main

main()
