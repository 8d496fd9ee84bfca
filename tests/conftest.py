from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tools.checking.project import Project

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.open(ROOT)
