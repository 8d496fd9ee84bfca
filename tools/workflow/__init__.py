"""The clerk's and the reviewer's work around the checks: git (git.py), the protections of
committed records (protect.py) and the check of a change (changes.py), the review
(review.py, review_reader.py, record_changes.py, checkout.py), `tools fix` (fix.py,
repair.py), `tools new` (new.py, template.py), `tools codeowners`, and the demo district
(demo/). Imports checking, reading and the base; never the rollup or the outputs."""
