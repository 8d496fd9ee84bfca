"""The demo district reproduces the Kbang report, and merged summaries equal the whole."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tools.checking.project import Project
from tools.cli import main
from tools.rollup.merge import merge
from tools.rollup.summary import summarize
from tools.workflow.demo.kbang import kbang

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
    from tools.reading.records import read_minutes

    return read_minutes(path, path.name).data


def test_demo_is_lawful_and_plausible(district: Path) -> None:
    from tools.reading.records import read_yaml
    from tools.workflow.demo.names import WORK

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


def test_merged_summaries_count_shared_files_once(tmp_path: Path) -> None:
    """Two communes' repositories that both keep their province's folder: the province's
    unit.yaml is one file, counted once (as in the summary of the combined tree)."""
    province = "name: Đảng bộ tỉnh Gia Lai\nkind: committee\nlevel: province\n"
    parts = []
    for index, cells in ((1, 6), (2, 7)):
        top = f"huyen-{index}"
        for repo in (tmp_path / top, tmp_path / "all"):
            kbang(repo / "tmp", cells=cells, seed=index, top=top)
            (repo / "records" / "tinh").mkdir(parents=True, exist_ok=True)
            (repo / "tmp" / "records" / top).rename(repo / "records" / "tinh" / top)
            (repo / "records" / "tinh" / "unit.yaml").write_text(province, encoding="utf-8")
            shutil.rmtree(repo / "tmp")
        parts.append(summarize(Project.open(tmp_path / top), "records", *YEAR, TODAY))
    whole = summarize(Project.open(tmp_path / "all"), "records", *YEAR, TODAY)
    merged = merge(json.loads(json.dumps(part)) for part in parts)
    assert merged["data_quality"] == json.loads(json.dumps(whole["data_quality"]))
    assert merged == json.loads(json.dumps(whole))
    # the same summary twice is the same tree
    assert merge([json.loads(json.dumps(parts[0]))] * 2) == json.loads(json.dumps(parts[0]))


def _summarize(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), "summarize", "--year", "2024",
                                     "--today", "2026-11-27", *args])


def test_repeated_cell_names_are_told_apart_in_every_table(district: Path) -> None:
    summary = json.loads(_summarize(district, "--format", "json").output)
    names = [c["name"] for c in summary["cells"]]
    assert len(set(names)) < len(names)  # the district has cells of the same name
    text = _summarize(district, "--section", "cells").output
    rows = [line for line in text.splitlines()[6:] if line.strip()]
    assert len(rows) == len(names)
    shown = [row[2:].split("  ")[0] for row in rows]
    assert len(set(shown)) == len(shown), "two rows of the cells table look the same"
    markdown = _summarize(district, "--format", "markdown", "--section", "cells").output
    cells = [line.split(" | ")[0].lstrip("| ") for line in markdown.splitlines()
             if line.startswith("| ") and not line.startswith("| Chi bộ |")]
    assert len(set(cells)) == len(names)
    output = _summarize(district, "--format", "csv", "--section", "cells").output
    rows = list(csv.reader(io.StringIO(output.removeprefix("\ufeff"))))[1:]
    assert len({row[1] for row in rows}) == len(names)
    repeated = {name for name in names if names.count(name) > 1}
    # a repeated name is followed by its committee's name (or, two in one commune, its path)
    assert all(row[1].startswith(tuple(f"{name} (" for name in repeated)) for row in rows
               if row[1].split(" (")[0] in repeated)
    assert any(row[1].endswith("(Đảng bộ Xã Krong)") for row in rows)


def test_visit_levels_follow_the_hierarchy(district: Path) -> None:
    summary = json.loads(_summarize(district, "--format", "json").output)
    order = ["central", "province", "district", "commune", "grassroots", "partial"]
    levels = list(summary["visits"]["by_level"])
    assert len(levels) >= 2 and levels == sorted(levels, key=order.index)
    text = _summarize(district, "--section", "visits", "--lang", "en").output
    shown = [line.split()[0] for line in text.splitlines()[5:] if line.strip()
             and line.split()[0] in ("Central", "Province", "District", "Commune", "Grassroots")]
    assert [s.lower() for s in shown] == levels


def test_merge_takes_several_files_after_one_flag(district: Path, tmp_path: Path) -> None:
    files = []
    for top in sorted(p.name for p in (district / "records" / "huyen-kbang").iterdir()
                      if p.is_dir())[:3]:
        out = _summarize(district, f"records/huyen-kbang/{top}", "--format", "json")
        files.append(tmp_path / f"{top}.json")
        files[-1].write_text(out.output, encoding="utf-8")
    one_flag = _summarize(district, "--merge", *map(str, files), "--format", "json")
    assert one_flag.exit_code == 0, one_flag.output
    flags = _summarize(district, *(arg for f in files for arg in ("--merge", str(f))),
                       "--format", "json")
    assert json.loads(one_flag.output) == json.loads(flags.output)
    parts = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    assert json.loads(one_flag.output)["structure"]["members"] == sum(
        p["structure"]["members"] for p in parts)
    # without --merge, a second argument is a mistake, not silently dropped
    stray = _summarize(district, str(files[0]), str(files[1]))
    assert stray.exit_code == 2 and "--merge" in stray.output
    assert _summarize(district, "--merge").exit_code == 2
    assert _summarize(district, "--merge", str(district / "records")).exit_code == 2
