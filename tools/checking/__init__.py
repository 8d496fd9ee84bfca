"""Checking: the schemas, the rulebooks and the rules, applied cell by cell."""
