"""Outputs: problems, summaries and reviews as text, JSON, CI annotations and papers."""
