"""The demo district reproduces the Kbang report, and merged summaries equal the whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tools.cli import main
from tools.demo import kbang
from tools.summary import merge, summarize
from tools.validate import Project

TODAY = dt.date(2026, 11, 27)
YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("kbang")
    result = CliRunner().invoke(main, ["demo", "kbang", str(root)])
    assert result.exit_code == 0, result.output
    return root


def test_demo_reproduces_the_report(district: Path) -> None:
    result = CliRunner().invoke(main, ["summarize", str(district / "records/huyen-kbang"),
                                       "--year", "2024", "--format", "json",
                                       "--today", "2026-11-27"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    structure = {k: v for k, v in summary["structure"].items()
                 if k not in ("full_members", "probationary_members")}
    assert structure == {
        "grassroots_organizations": 54, "grassroots_committees": 17, "grassroots_cells": 37,
        "subordinate_cells": 199, "cells": 236, "members": 3814, "village_cells": 110,
        "village_cells_with_committee": 110, "village_secretaries_heads": 86,
        "village_secretaries_heads_pct": 78.18}
    assert summary["data_quality"]["errors"] == 0
    codes = {f["code"] for f in summary["findings"]}
    assert {"cadence.missing-regular", "cadence.missing-thematic",
            "members.removal-review"} <= codes
    assert summary["visits"]["cells_never_visited"]


def _front(path: Path) -> dict:
    from tools.records import read_minutes

    return read_minutes(path, path.name).data


def test_demo_is_lawful_and_plausible(district: Path) -> None:
    from tools.demo import WORK
    from tools.records import read_yaml

    cells = sorted(p.parent for p in (district / "records").rglob("members.yaml"))
    with_committee = 0
    for cell in cells:
        unit = read_yaml(cell / "unit.yaml", "unit.yaml").data
        people = read_yaml(cell / "members.yaml", "members.yaml").data["members"]
        full = [p for p in people if p.get("full_since") and not p.get("temporary")]
        # Charter, Art. 24.4: a cell committee where 9 full members or more
        assert unit["has_committee"] == (len(full) >= 9), cell
        minutes = sorted((cell / "minutes").rglob("*.md"))
        committee = [p for p in minutes if p.name.endswith("-committee.md")]
        if unit["has_committee"]:
            with_committee += 1
            assert len(committee) >= 9, cell  # monthly, with a rare miss
        else:
            assert committee == []
        for path in minutes[::5]:
            data = _front(path)
            hours, mins = data["end"].split(":")
            assert f"kết thúc lúc {int(hours)} giờ {mins} phút" in path.read_text("utf-8")
            for task in data.get("tasks") or []:
                text = task["task"]
                assert text[0].lower() + text[1:] in WORK[unit["type"]], (path, task)
    assert with_committee >= 110
    summary = summarize(Project.open(district), "records/huyen-kbang", *YEAR, TODAY)
    visits, meetings = summary["visits"]["by_level"], summary["meetings"]["meetings"]
    # the followers from the grassroots committee come often, provincial members rarely
    assert visits["grassroots"] > visits["district"] > visits["province"] > 0
    assert visits["province"] < 20 < visits["district"] < meetings // 10
    codes = {f["code"] for f in summary["findings"]}
    assert {"cadence.missing-committee", "members.dues-unpaid",
            "members.thematic-absence", "attendance.meeting-below-target"} <= codes


def test_demo_has_every_kind_of_record(district: Path) -> None:
    rosters = "".join(p.read_text("utf-8")
                      for p in (district / "records").rglob("members.yaml"))
    assert "temporary: true" in rosters and "kind: temporary" in rosters
    assert list((district / "records").rglob("dues/2024.yaml"))
    units = [p.read_text("utf-8") for p in (district / "records").rglob("unit.yaml")]
    assert sum("level: partial" in u for u in units) == 1


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_demo_is_deterministic(tmp_path: Path) -> None:
    kbang(tmp_path / "a", cells=12)
    kbang(tmp_path / "b", cells=12)
    kbang(tmp_path / "c", cells=12, seed=2)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")


@pytest.mark.parametrize("sizes", [(8, 5), (15, 11), (6, 30)])
def test_merged_summaries_equal_the_combined_tree(tmp_path: Path, sizes) -> None:
    parts = []
    for index, cells in enumerate(sizes, start=1):
        top = f"huyen-{index}"
        kbang(tmp_path / top, cells=cells, seed=index, top=top)
        kbang(tmp_path / "all", cells=cells, seed=index, top=top)
        parts.append(summarize(Project.open(tmp_path / top), "records", *YEAR, TODAY))
    whole = summarize(Project.open(tmp_path / "all"), "records", *YEAR, TODAY)
    merged = merge(json.loads(json.dumps(part)) for part in parts)
    assert merged == json.loads(json.dumps(whole))


def test_merge_from_the_command_line(tmp_path: Path) -> None:
    files = []
    for index in (1, 2):
        top = f"huyen-{index}"
        kbang(tmp_path / top, cells=6, seed=index, top=top)
        out = CliRunner().invoke(main, ["--root", str(tmp_path / top), "summarize", "--year",
                                        "2024", "--format", "json", "--today", "2026-11-27"])
        files.append(tmp_path / f"{top}.json")
        files[-1].write_text(out.output, encoding="utf-8")
    result = CliRunner().invoke(main, ["summarize", "--merge", str(files[0]), "--merge",
                                       str(files[1]), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["structure"]["cells"] == 12
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert CliRunner().invoke(main, ["summarize", "--merge", str(bad)]).exit_code == 2
