"""Tools for party-cell meeting records kept in git."""

__version__ = "0.2.0"
