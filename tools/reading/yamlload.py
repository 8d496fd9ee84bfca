"""Load YAML as plain data plus a map of where every node stands.

Records need more than a YAML loader gives: each value's line and column (for messages),
duplicate keys and anchors reported instead of silently resolved, and scalars resolved by the
YAML 1.2 core schema with dates kept as the strings the clerk typed. Building the data from the
parser's events gives all of that in one pass, without recursion.

Most records are valid and nobody asks where their values stand: the data is built first,
line by line for the plainest YAML (yamlplain.py), else by a tight loop over libyaml's events
(yamlparse.py, which alone imports the parser), and the positions only when a message needs
one, from the same text read again (`Loaded.values`). Whatever that loop does not take as it
is (an alias, an anchor, a tag, a duplicate or complex key, nesting beyond MAX_DEPTH, a second
document, a syntax error) goes the full way at once, so problems are found exactly as before.
"""

from __future__ import annotations

from tools.reading import yamlplain
from tools.reading.yamldata import PathKey, Positions, YamlProblem
from tools.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any


class Loaded(Value):
    __slots__ = ("data", "problems", "text", "line_offset", "found")
    HIDDEN = ("text", "found")

    def __init__(self, data: Any = None, problems: list[YamlProblem] | None = None,
                 text: str | None = None, line_offset: int = 0,
                 found: Positions | None = None) -> None:
        self.data = data
        self.problems = [] if problems is None else problems
        # the text the data came from, read again for the positions when first asked for
        self.text = text
        self.line_offset = line_offset
        self.found = found

    @property
    def positions(self) -> Positions:
        if self.found is None:
            # the plainest YAML's positions from its lines (yamlplain.py); the parser's else
            plain = yamlplain.positions(self.text, self.line_offset) \
                if self.text is not None else None
            if plain is not None:
                self.found = Positions(plain.values, plain.keys, plain.raw)
                return self.found
            full = Loaded()
            if self.text is not None:
                load_fully(self.text, full, self.line_offset)
            self.found = full.found or Positions()
        return self.found

    @property
    def values(self) -> dict[PathKey, tuple[int, int]]:
        return self.positions.values

    @property
    def keys(self) -> dict[PathKey, tuple[int, int]]:
        return self.positions.keys

    @property
    def raw(self) -> dict[PathKey, str]:
        return self.positions.raw

    def position(self, path: PathKey, key: bool = False) -> tuple[int, int]:
        """The closest known position of `path`, walking up to its parents."""
        table = self.keys if key else self.values
        while path:
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


def load(text: str, line_offset: int = 0) -> Loaded:
    """Parse one YAML document. `line_offset` is added to every line (front matter)."""
    plain = yamlplain.read(text)  # most front matter: read line by line, no parser at all
    if plain is not yamlplain.FULL_WAY:
        return Loaded(data=plain, text=text, line_offset=line_offset)
    from tools.reading import yamlparse  # the parser: loaded only for a file that needs it

    quick = yamlparse.quick(text)
    if quick is not yamlparse.FULL_WAY:
        return Loaded(data=quick, text=text, line_offset=line_offset)
    out = Loaded(text=text, line_offset=line_offset)
    yamlparse.load_fully(text, out, line_offset)
    return out


def load_fully(text: str, out: Loaded, line_offset: int) -> None:
    """The data, the positions and the first problem, from every event (yamlparse.py)."""
    from tools.reading import yamlparse

    yamlparse.load_fully(text, out, line_offset)
