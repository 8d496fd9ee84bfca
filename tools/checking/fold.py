"""One problem per mistake: a problem whose cause is another problem is folded into it.

The rules report what they see, each on its own; this step, run last, puts the consequences
of a mistake under the problem that names the mistake (`Problem.folded`), so a clerk is sent to
the cause and told that the rest will go with it. Nothing is dropped: every folded problem is
still in the report, under its cause.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tools.checking.protection import Removed
from tools.problems import Problem

# problems about a member that is not in `present`: gone once the attendance is right
NOT_PRESENT = ("minutes.speaker-not-present", "minutes.chair-not-present",
               "minutes.secretary-not-present")
# problems about a meeting's figures that follow from its attendance lists
FIGURES = ("minutes.votes-exceed", "minutes.temporary-voter")
EXAMPLES = 3
SIMILAR = 0.6


def fold(problems: Iterable[Problem], removed: Iterable[Removed] = ()) -> list[Problem]:
    problems = list(problems)
    problems = _removed_members(problems, list(removed))
    by_file: dict[str, list[Problem]] = defaultdict(list)
    for item in problems:
        by_file[item.path].append(item)
    out = []
    for found in by_file.values():
        out += _attendance(_misnamed(found))
    return sorted(out, key=Problem.sort_key)


def _under(cause: Problem, effects: list[Problem], **params) -> Problem:
    every = {f.identity(): f.replace(folded=())
             for f in [*cause.folded, *effects, *(f for e in effects for f in e.folded)]}
    return cause.replace(params={**cause.params, **params},
                         folded=tuple(sorted(every.values(), key=Problem.sort_key)))


# -- a member removed from the roster (known only against the committed roster) ---------------


def _removed_members(problems: list[Problem], removed: list[Removed]) -> list[Problem]:
    causes = {(r.roster, r.member): r for r in removed}
    effects: dict[tuple[str, str], list[Problem]] = defaultdict(list)
    kept = []
    for item in problems:
        reason = _removal(item, removed)
        if reason is not None:
            effects[(reason.roster, reason.member)].append(item)
        else:
            kept.append(item)
    # a meeting whose figures lost a present member to the removal
    touched = {e.path: key for key, found in effects.items() for e in found}
    out = []
    for item in kept:
        if item.code in FIGURES and item.path in touched:
            effects[touched[item.path]].append(item)
        else:
            out.append(item)
    return [_complete(item, effects[key]) if item.code == "roster.member-removed"
            and (key := (item.path, item.params.get("member"))) in causes else item
            for item in out]


def _removal(item: Problem, removed: list[Removed]) -> Removed | None:
    member = item.params.get("member")
    for reason in removed:
        if not item.path.startswith(reason.cell + "/") or item.path == reason.roster:
            continue
        if member == reason.member or (reason.renamed_to and member == reason.renamed_to
                                       and item.code == "minutes.attendance-missing"):
            return reason
    return None


def _complete(cause: Problem, effects: list[Problem]) -> Problem:
    minutes = sorted({e.path for e in effects if e.path.endswith(".md")})
    examples = ", ".join(path.rsplit("/", 1)[-1] for path in minutes[:EXAMPLES])
    return _under(cause, effects, count=len(minutes), files=minutes, examples=examples)


# -- a misspelt field name ----------------------------------------------------------------------


def _misnamed(found: list[Problem]) -> list[Problem]:
    """`dia_diem: …` for `place: …`: the unknown field that suggests a missing required one
    takes the "missing" problem with it."""
    required = {p.params.get("field"): p for p in found if p.code == "schema.required"}
    effects: dict[int, list[Problem]] = {}
    for item in found:
        if item.code == "schema.unknown-field" and item.params.get("closest"):
            field = str(item.params.get("field", ""))
            sibling = (field.rsplit(".", 1)[0] + "." if "." in field else "") + \
                str(item.params["closest"])
            if sibling in required:
                effects[id(item)] = [required.pop(sibling)]
    gone = {id(e) for listed in effects.values() for e in listed}
    return [_under(p, effects[id(p)]) if id(p) in effects else p
            for p in found if id(p) not in gone]


# -- a forgotten or misspelt attendee ----------------------------------------------------------


def _attendance(found: list[Problem]) -> list[Problem]:
    """In one minutes file: an unknown id that is a misspelling of a member missing from the
    attendance takes that member's problems; the figures follow the attendance."""
    missing = {p.params.get("member"): p for p in found if p.code == "minutes.attendance-missing"}
    replaced: dict[int, Problem] = {}  # a cause, with what the fold learnt, by id of the original
    effects: dict[int, list[Problem]] = defaultdict(list)
    stands_for: dict[str, int] = {}  # a missing member -> the cause that explains them
    for item in found:
        if item.code != "minutes.unknown-member":
            continue
        match = _closest(str(item.params.get("member")),
                         [m for m in missing if m not in stands_for])
        if match is not None:
            stands_for[match] = id(item)
            effects[id(item)].append(missing[match])
            replaced[id(item)] = item.replace(params={
                **item.params, "closest": match,
                "closest_name": missing[match].params.get("name", "")})
    for member, item in missing.items():
        stands_for.setdefault(member, id(item))
    for item in found:  # an unknown id is not present either: one problem, about the id
        if item.code == "minutes.unknown-member":
            stands_for.setdefault(item.params.get("member"), id(item))
    causes = [p for p in found if p.code == "minutes.unknown-member"
              or (p.code == "minutes.attendance-missing"
                  and stands_for[p.params.get("member")] == id(p))]
    first = id(min(causes, key=Problem.sort_key)) if causes else None
    for item in found:
        if item.code in NOT_PRESENT and item.params.get("member") in stands_for:
            effects[stands_for[item.params["member"]]].append(item)
        elif item.code in FIGURES and first is not None:
            effects[first].append(item)
    gone = {id(e) for listed in effects.values() for e in listed}
    return [_under(replaced.get(id(p), p), effects[id(p)]) if effects.get(id(p))
            else replaced.get(id(p), p) for p in found if id(p) not in gone]


def _closest(member: str, candidates: list[str]) -> str | None:
    import difflib  # imported when a member is unknown, not by every commit hook

    scored = [(difflib.SequenceMatcher(None, member, c).ratio(), c) for c in candidates]
    best = max(scored, default=None)
    return best[1] if best is not None and best[0] >= SIMILAR else None
