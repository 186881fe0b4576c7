"""Open a plan with ``Store.open`` and report, as one JSON line, what happened.

Used by ``test_read_only.py`` to see a read-only file the way an ordinary user does:
run as root, it imports everything (and reads the message catalogue) first and then
drops to the ``nobody`` user (uid/gid 65534), for whom file permissions are enforced
(root's are not).

    python open_as_user.py PLAN [--as-nobody]
"""

from __future__ import annotations

import json
import os
import sys

from rbdesk.i18n import labels
from rbdesk.store import PlanFileError, ReadOnlyError, Store

NOBODY = 65534


def main(argv: list[str]) -> int:
    path = argv[0]
    labels("en")  # the catalogue errors are said from, read while it still can be
    if "--as-nobody" in argv:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    result: dict[str, object] = {"uid": os.getuid()}
    try:
        store = Store.open(path)
    except PlanFileError as exc:
        result["refused"] = str(exc)
    else:
        with store:
            result["read_only"] = store.read_only
            result["scenarios"] = [s.name for s in store.scenarios()]
            try:
                store.set_meta("edited", "yes")
                result["write"] = "written"
            except ReadOnlyError as exc:
                result["write"] = f"ReadOnlyError: {exc}"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
