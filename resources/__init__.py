"""Data files shipped with rbdesk (a package only so that installs carry it)."""
