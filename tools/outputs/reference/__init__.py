"""The reference pages, generated so that they cannot drift: docs/format.md from the JSON
Schemas, docs/rules.md from the catalogs and the rulebooks, in Vietnamese (docs/) and English
(docs/en/). The same inputs give the same bytes: no date, everything in a fixed order."""

from __future__ import annotations

from pathlib import Path

from tools.checking.project import Project
from tools.outputs.reference import format_page, rules_page
from tools.outputs.reference.examples import sample_records

# each page by its path under the docs folder, and its language
PAGES = (("format.md", "vi"), ("rules.md", "vi"), ("en/format.md", "en"), ("en/rules.md", "en"))


def pages(root: Path) -> dict[str, str]:
    """Every reference page's text by its path under the docs folder."""
    project = Project.open(root)
    records = sample_records(root)
    records["rulebook"] = [book.params for book in sorted(project.rulebooks,
                                                         key=lambda book: book.id)]
    found = {}
    for name, lang in PAGES:
        if name.endswith("format.md"):
            found[name] = format_page.render(project.schemas, records, lang)
        else:
            found[name] = rules_page.render_page(project.rulebooks, project.schemas, lang)
    return found

