"""Outputs: problems (validation.py), summaries (summary_tables.py, summary_report.py) and
reviews (review_report.py) as text, Markdown, CSV, JSON and CI annotations; the papers
(papers/); card numbers masked (privacy.py). Built from what the layers below compute; only
the CLI imports them."""
