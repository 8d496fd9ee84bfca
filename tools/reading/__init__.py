"""Reading: which files the records are, where each stands in the tree, and what they hold."""
