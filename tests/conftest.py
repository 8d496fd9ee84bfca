from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tools.validate import Project

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.open(ROOT)


@pytest.fixture
def today() -> dt.date:
    return dt.date(2026, 11, 27)
