"""Reading, the first stage: which files the records are and where each stands (files.py,
layout.py), what they hold (text.py, yamlload.py with scalars.py, headings.py, records.py,
dates.py), and the unit tree they make (tree.py). Imports only tools.problems."""
