"""rbdesk: plan the restructuring of a regional government's work units, offline."""

__version__ = "0.1.0"
