"""What SECURITY.md claims, checked: no network, records never executed, nothing read outside
the repository, names only where a finding needs them."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from builders import CELL, MINUTES, write_tree
from tools.checking.project import Project
from tools.checking.validate import validate_tree
from tools.cli import main
from tools.rollup.summary import summarize

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the tools opened a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_no_command_touches_the_network(tmp_path: Path, no_network) -> None:
    write_tree(tmp_path)
    runner = CliRunner()
    for args in (["validate", "--today", "2026-11-27"],
                 ["summarize", "--year", "2025", "--today", "2026-11-27", "--format", "json"],
                 ["new", CELL, "--date", "2026-07-06", "--kind", "regular"],
                 ["fix", "--check"], ["codeowners", "--check"]):
        result = runner.invoke(main, ["--root", str(tmp_path), *args])
        assert result.exception is None or isinstance(result.exception, SystemExit), args


def test_yaml_tags_are_never_executed(tmp_path: Path) -> None:
    write_tree(tmp_path)
    marker = tmp_path / "executed"
    path = tmp_path / MINUTES
    path.write_text(path.read_text(encoding="utf-8").replace(
        "place: Nhà rông làng Kon Hring",
        f"place: !!python/object/apply:os.system ['touch {marker}']"), encoding="utf-8")
    result = validate_tree(Project.open(tmp_path), TODAY)
    assert [p.code for p in result.problems] == ["parse.alias"]
    assert not marker.exists()


def test_a_symlink_out_of_the_repository_is_not_followed(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "repo")
    secret = tmp_path / "secret.md"
    secret.write_text("---\nkind: regular\n---\nmật\n", encoding="utf-8")
    link = root / CELL / "minutes/2025/2025-04-05-regular.md"
    os.symlink(secret, link)
    result = validate_tree(Project.open(root), TODAY)
    assert [(p.code, p.path) for p in result.problems] == [
        ("layout.symlink", link.relative_to(root).as_posix())]
    assert all("mật" not in json.dumps(p.params, ensure_ascii=False) for p in result.problems)


def test_names_appear_only_in_findings(tmp_path: Path) -> None:
    write_tree(tmp_path)
    summary = summarize(Project.open(tmp_path), "records", dt.date(2025, 1, 1),
                        dt.date(2025, 12, 31), TODAY)
    text = json.dumps({k: v for k, v in summary.items() if k not in ("findings", "members")},
                      ensure_ascii=False)
    for name in ("Đinh Văn Hùng", "Rơ Châm Thị Hoa", "Y Brốh"):
        assert name not in text
