"""What reading YAML gives besides the data: where each value stands, and the first problem
(yamlload.py builds them, yamlparse.py fills them from the parser's events)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PathKey = tuple[str | int, ...]


@dataclass
class YamlProblem:
    code: str  # parse.yaml | parse.duplicate-key | parse.alias | parse.not-mapping
    line: int
    column: int
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Positions:
    # path -> (line, column) of the value, 1-based
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    # path -> (line, column) of the mapping key that introduces the value
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    # path -> the text of a plain scalar read as a number (0730 is 730): messages quote it
    raw: dict[PathKey, str] = field(default_factory=dict)
