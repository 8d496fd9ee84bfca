"""Plain value classes: equality, hash and repr from their fields, as dataclasses wrote them.

The classes on the commit hook's path are not dataclasses: importing dataclasses brings
inspect, ast and tokenize (about 20 ms of each commit), and writing each class's methods costs
about a millisecond more. A value class names its fields in `__slots__` (in order), writes its
own `__init__`, and gets from here what @dataclass gave it:

- repr: `Name(field=value, ...)`, without the fields in HIDDEN;
- equality: the same class and the same fields, those in UNCOMPARED left out;
- hash: none for a Value (a mutable dataclass has none); a Frozen's is the hash of the
  compared fields, as a frozen dataclass's (a Frozen is not changed once made: by convention,
  nothing enforces it).
"""

from __future__ import annotations


class Value:
    __slots__ = ()
    HIDDEN: tuple[str, ...] = ()  # left out of repr
    UNCOMPARED: tuple[str, ...] = ()  # left out of equality and hash
    _shown: tuple[str, ...] = ()
    _compared: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        fields = [name for klass in reversed(cls.__mro__)
                  for name in klass.__dict__.get("__slots__", ())]
        cls._shown = tuple(name for name in fields if name not in cls.HIDDEN)
        cls._compared = tuple(name for name in fields if name not in cls.UNCOMPARED)

    def _compared_values(self) -> tuple:
        return tuple([getattr(self, name) for name in self._compared])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared_values() == other._compared_values()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"


class Frozen(Value):
    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._compared_values())
