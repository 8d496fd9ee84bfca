"""The visits a cell is owed by superior committees (`visits.below-quota`): the nearest
committee's local quota in force (rules.md §6), else the rulebook's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tools.checking.project import Project
from tools.reading.dates import parse_date
from tools.reading.layout import ancestors
from tools.rollup.period import Period


def local_rule(committees: dict[str, dict[str, Any]], folder: str, day: dt.date,
               name: str) -> dict[str, Any] | None:
    """The local rule setting `name` in force on `day` for the unit at `folder`: the nearest
    committee's wins (rules.md §6), and within it the latest."""
    for above in reversed(ancestors(folder)[:-1]):
        rules = [rule for rule in (committees.get(above) or {}).get("local_rules") or []
                 if name in rule and _in_force(rule, day)]
        if rules:
            return max(rules, key=lambda rule: rule["effective_from"])
    return None


def _in_force(rule: dict[str, Any], day: dt.date) -> bool:
    first, last = parse_date(rule.get("effective_from")), parse_date(rule.get("effective_to"))
    return first is not None and first <= day and (last is None or day <= last)


def below_quota(project: Project, period: Period, cell: dict[str, Any],
                committees: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """`visits.below-quota`: the nearest committee's local quota in force at the period's
    end, else the rulebook's; the finding names the decision that set it."""
    rule = local_rule(committees, cell["path"], period.end, "visit_quota")
    book = project.book(period.end)
    quota, source = (rule["visit_quota"], rule["source"]) if rule else \
        (book.params.get("visit_quota") or {}, book.params["document"])
    return [{"code": "visits.below-quota", "cell": cell["path"], "cell_name": cell["name"],
             "params": {"level": level, "visits": cell["visits"].get(level, 0),
                        "quota": needed, "source": source}, "files": []}
            for level, needed in sorted(quota.items())
            if cell["exists"] and cell["visits"].get(level, 0) < needed]
