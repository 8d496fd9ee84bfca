"""What the rules page shows of each problem code and finding: example parameters its message is
rendered with, and the rulebook parameters it rests on (whose `sources` name the documents)."""

from __future__ import annotations

from typing import Any

# a value for each placeholder of the catalogs, as a check would give it; words of the format
# (expected, got, kind, file...) are catalog keys, rendered in the reader's language
DEFAULTS: dict[str, Any] = {
    "admitted": "2024-03-02", "allowed": "regular, thematic, committee, extraordinary",
    "base": 12, "card": "******45", "cause": "votes-count", "cell": "lang-so-lam",
    "cells": "Chi bộ làng Sơ Lam, Chi bộ làng Kon Von", "closest": "regular",
    "closest_label": "", "closest_name": "Y Brốh", "count": 3, "date": "2025-07-05",
    "date_field": "joined", "dates": "2025-03-05, 2025-04-04, 2025-05-06", "days": 41,
    "document": "", "earliest": "2025-03-02", "encoding": "?", "end": "09:00",
    "examples": "2025-07-05-regular.md, 2025-08-04-regular.md", "expected": "integer",
    "field": "date", "file": "members", "filed": "2025-08-15", "format": "date",
    "full": 2, "full_present": 9, "full_since": "2024-09-02", "got": "text",
    "hint": "votes-fix-count", "in_force": "hd42-2025", "joined": "2025-09-01",
    "key": "start", "keywords": "mở đầu, khai mạc", "kind": "regular", "kinds":
    "regular, thematic, committee, extraordinary", "label": "", "left": "", "level": "commune",
    "limit": 1048576, "list": "absent_excused", "member": "y-broh", "minimum": 3,
    "minutes": 75, "mismatch": "date-name", "month": "2025-09", "months": 12,
    "name": "Y Brốh", "officer": "committee_members", "order": "Mở đầu, Nội dung, Kết thúc",
    "other": "2025-07-05-regular-2.md", "other_field": "admitted",
    "other_member": "dinh-van-hung", "other_path": "records/xa-krong/lang-kon-von",
    "other_value": "2008-05-19", "parent": "xa-krong", "percent": 96,
    "present": 8, "previous": "2025-06-04-regular.md", "proposed": "2025/2025-03-05-regular.md",
    "quarter": "2025-Q3", "quota": 6, "quotes": "", "rate": 72.7, "reason": "Permission denied",
    "renamed_to": "", "role": "minutes", "roster": "records/xa-krong/lang-so-lam/members.yaml",
    "rule": "minimum", "rulebook": "hd12-2018", "section": "Kết thúc", "size": 2097152,
    "source": "", "start": "07:30", "target": 85, "temporary": 1, "threshold": 3, "today":
    "2025-07-01", "total": 11, "typed": "", "unpaid": "2025-03, 2025-04, 2025-05",
    "unpaid_months": 3, "value": "2025-03-15", "visits": 2, "votes_for": 6, "what": "body",
    "who": "Y Brốh (y-broh)", "year": 2025,
}

# where a code's message needs other values than the defaults
OVERRIDES: dict[str, dict[str, Any]] = {
    "parse.yaml": {"hint": "yaml-tab", "other": ""},
    "parse.duplicate-key": {"key": "place"},
    "parse.too-large": {"size": 2097152},
    "schema.required": {"key": "start", "label": ("minutes", ("start",))},
    "schema.type": {"key": "votes.for", "expected": "integer", "got": "text", "typed": "9",
                    "label": ("minutes", ("decisions", 0, "votes", "for"))},
    "schema.enum": {"key": "kind", "value": "reguler", "label": ("minutes", ("kind",))},
    "schema.format": {"key": "start", "value": "7h30", "format": "time", "typed": "\"07:30\"",
                      "label": ("minutes", ("start",))},
    "schema.unknown-field": {"key": "presnt", "closest": "present",
                             "closest_label": ("minutes", ("present",))},
    "schema.invalid": {"key": "present", "rule": "minItems", "limit": 1,
                       "label": ("minutes", ("present",))},
    "layout.date-mismatch": {"value": "2025-03-15", "name": "2025-03-05", "field": "date"},
    "layout.no-unit": {"closest": "lang-so-lam"},
    "layout.symlink": {"target": "/home/van-thu/bien-ban.md"},
    "roster.dates": {"value": "2008-05-01", "other_value": "2008-05-19"},
    "minutes.time-order": {"start": "09:00", "end": "07:30"},
    "minutes.future-date": {"date": "2025-07-05"},
    "minutes.rulebook-not-in-force": {"rulebook": "hd42-2025", "start": "2025-10-28", "end": "",
                                      "date": "2025-07-05", "in_force": "hd12-2018"},
    "minutes.votes-exceed": {"total": 11, "full_present": 9},
    "minutes.too-short": {"minutes": 75, "minimum": 90},
    "minutes.unknown-member": {"member": "y-brho", "closest": "y-broh"},
    "unit.committee-not-member": {"field": "committee_members"},
    "attendance.meeting-below-target": {"present": 8, "expected": 11},
    "members.excused-streak": {"count": 4, "dates": "2025-03-05, 2025-04-04, 2025-05-06, "
                                                    "2025-06-05"},
    "minutes.temporary-voter": {"total": 10, "full_present": 9},
    "minutes.topic-missing": {"kind": "thematic"},
    "unit.too-few-members": {"full": 2, "minimum": 3},
    "unit.committee-expected": {"full": 10, "threshold": 9},
    "unit.committee-too-small": {"full": 7, "threshold": 9},
    "cells.no-committee": {"full": 10, "threshold": 9},
    "unit.probationary-officer": {"date": "2025-07-05"},
    "roster.probation-overdue": {"admitted": "2024-03-02"},
    "record.changed-without-correction": {"what": "body"},
    "review.late": {"date": "2025-07-05", "limit": 30},
    "layout.case-conflict": {"name": "Members.yaml", "other": "members.yaml"},
    "members.removal-review": {"months": 3},
    "members.dues-unpaid": {"months": "2025-03, 2025-04, 2025-05"},
    "visits.below-quota": {"visits": 2, "quota": 6,
                           "source": "Quyết định 15-QĐ/ĐU, 2025-11-20, Đảng ủy xã Krong"},
}

# the rulebook parameters (and the rules named in rulebook sources) a code or finding rests on
BASIS: dict[str, tuple[str, ...]] = {
    "unit.too-few-members": ("min_full_members",),
    "unit.committee-expected": ("committee_full_members",),
    "unit.committee-too-small": ("committee_full_members",),
    "cells.no-committee": ("committee_full_members",),
    "unit.probationary-officer": ("officers",),
    "unit.temporary-officer": ("temporary_members",),
    "roster.probation-overdue": ("probation_months",),
    "roster.probation-too-short": ("probation_months",),
    "minutes.too-short": ("min_minutes",),
    "minutes.votes-exceed": ("voting_base",),
    "minutes.decision-not-passed": ("voting_base",),
    "minutes.temporary-voter": ("temporary_members",),
    "minutes.missing-section": ("parts",),
    "minutes.section-order": ("parts",),
    "minutes.unexcused-absence": ("attendance_target",),
    "cadence.missing-regular": ("regular_per_month",),
    "cadence.missing-committee": ("regular_per_month",),
    "cadence.missing-thematic": ("thematic_per_quarter",),
    "members.removal-review": ("removal_review_months",),
    "members.dues-unpaid": ("removal_review_months",),
    "members.excused-streak": ("excused_streak",),
    "attendance.below-target": ("attendance_target",),
    "attendance.meeting-below-target": ("attendance_target",),
}


def example_params(code: str, document: str, schemas: Any) -> dict[str, Any]:
    """The parameters a code's message is shown with; `document` is what the newest rulebook
    cites for it; a field's label is the schema's title, as the checks give it."""
    params = {**DEFAULTS, "document": document, **OVERRIDES.get(code, {})}
    return {name: schemas.title(*value) if isinstance(value, tuple) else value
            for name, value in params.items()}
