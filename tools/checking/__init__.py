"""Checking: the JSON Schemas (schemas.py, schema_errors.py, labels.py), the rulebooks
(rulebook.py) and the rules (rules/), applied cell by cell (run.py, placing.py, cell.py,
meeting.py); over the whole tree with a per-cell cache and every core (engine.py, walk.py,
cell_entry.py, workers.py, cache.py), or over the files given (validate.py); then one problem
per mistake (fold.py). Imports reading and the base, nothing above: a summary's facts reach
the engine as a request the caller passes (cell_entry.FactsRequest)."""
