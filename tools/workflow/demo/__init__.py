"""`tools demo kbang`: a synthetic, deterministic district (kbang.py)."""
