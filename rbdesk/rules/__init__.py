"""Reference catalogues and rule packs, read from ``resources/`` and validated."""

from rbdesk.rules.catalogue import Catalogue, CatalogueError, default_catalogue, load_catalogue

__all__ = ["Catalogue", "CatalogueError", "default_catalogue", "load_catalogue"]
