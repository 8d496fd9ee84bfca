"""What reading YAML gives besides the data: where each value stands, and the first problem
(yamlload.py builds them, yamlparse.py fills them from the parser's events)."""

from __future__ import annotations

from tools.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

PathKey = tuple[str | int, ...]


class YamlProblem(Value):
    __slots__ = ("code", "line", "column", "params")

    def __init__(self, code: str, line: int, column: int,
                 params: dict[str, Any] | None = None) -> None:
        self.code = code  # parse.yaml | parse.duplicate-key | parse.alias | parse.not-mapping
        self.line = line
        self.column = column
        self.params = {} if params is None else params


class Positions(Value):
    __slots__ = ("values", "keys", "raw")

    def __init__(self, values: dict[PathKey, tuple[int, int]] | None = None,
                 keys: dict[PathKey, tuple[int, int]] | None = None,
                 raw: dict[PathKey, str] | None = None) -> None:
        # path -> (line, column) of the value, 1-based
        self.values = {} if values is None else values
        # path -> (line, column) of the mapping key that introduces the value
        self.keys = {} if keys is None else keys
        # path -> the text of a plain scalar read as a number (0730 is 730): messages quote it
        self.raw = {} if raw is None else raw
