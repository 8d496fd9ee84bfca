"""Party card numbers stay in the repository: reports show only their last two digits, enough
to tell which card is meant, unless asked for (`--with-cards`). CI keeps its outputs (logs,
artifacts, merge-request widgets) where more people can read them than the rosters."""

from __future__ import annotations

from tools.problems import Problem

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

CARD_FIELD = "card"


def mask(card: Any) -> Any:
    if card is None or isinstance(card, bool) or not isinstance(card, (str, int)):
        return card
    text = str(card)
    return "*" * (len(text) - 2) + text[-2:] if len(text) > 4 else "*" * len(text)


def hide_cards(problems: list[Problem]) -> list[Problem]:
    return [_hidden(item) for item in problems]


def _hidden(item: Problem) -> Problem:
    if item.folded:  # a consequence folded under its cause may name a card too
        item = item.replace(folded=tuple(_hidden(f) for f in item.folded))
    params = item.params
    about_card = params.get("key") == CARD_FIELD  # a schema problem of a card field
    if CARD_FIELD not in params and not about_card:
        return item
    params = dict(params)
    if CARD_FIELD in params:
        params[CARD_FIELD] = mask(params[CARD_FIELD])
    if about_card and "value" in params:
        params["value"] = mask(params["value"])
    return item.replace(params=params)


def hide_review_cards(review: Any) -> None:
    """The same for a review: its problems, its validation, and card edits in rosters."""
    review.problems = hide_cards(review.problems)
    review.validation.problems = hide_cards(review.validation.problems)
    for entry in review.entries:
        for change in entry.changes:
            if change.get("field") == "member-field" and change.get("key") == CARD_FIELD:
                change["before"], change["after"] = mask(change["before"]), mask(change["after"])
