"""The clerk's and the reviewer's work: git, protections, review, fix, new, codeowners, demo."""
