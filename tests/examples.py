"""How thoroughly the property tests (Hypothesis) search, one setting for all of them.

Three profiles, chosen by the ``HYPOTHESIS_PROFILE`` environment variable (see
``tests/conftest.py``):

* ``default`` (a developer's run): new random examples on every run, each test's own
  number of them; a failure found is replayed from the local example database.
* ``ci`` (``.ci/run``): the same examples on every run of one commit (``derandomize``),
  so that CI passes or fails for the code, not for the examples drawn that day; no
  example database is written into the clone.
* ``deep``: random examples, ``DEEP`` times each test's number (``examples(n)``): the
  search to run by hand before a release or after changing a property-tested module.
"""

from __future__ import annotations

import os

from hypothesis import settings

#: How many times its usual number of examples each property test tries in ``deep``.
DEEP = 12

# Both profiles build on Hypothesis's own "default", never on the settings in force
# at import: Hypothesis loads its built-in "ci" profile (derandomize) when the CI
# environment variable is set, and an unparented profile would inherit it.
_BASE = settings.get_profile("default")
settings.register_profile("ci", parent=_BASE, derandomize=True, database=None, print_blob=True)
settings.register_profile("deep", parent=_BASE, derandomize=False, print_blob=True)


def profile() -> str:
    """The profile this run asks for (``default`` unless ``HYPOTHESIS_PROFILE`` says)."""
    return os.environ.get("HYPOTHESIS_PROFILE", "default")


def examples(usual: int) -> int:
    """A property test's number of examples: ``usual``, or ``DEEP`` times it in ``deep``."""
    return usual * DEEP if profile() == "deep" else usual
