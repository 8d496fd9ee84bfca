"""Rolling up: while the engine checks a cell, its facts for the period (request.py, cell.py,
from cadence.py, attendance.py, members.py, activity.py); then every figure of a summary from
the facts alone (facts.py, sections.py), which is what lets merge.py combine repositories.
Imports checking, reading and the base."""
