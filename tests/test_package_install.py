"""The whole path of a commune that keeps only records, with real tools: this repository (as
it is checked out, committed into a temporary clone and tagged) installed by pip from its git
URL at the tag into a fresh virtual environment; `tools init` in a folder outside any copy of
tools/ or schemas/; `tools new`; a real `git commit` through the hook pre-commit takes from the
clone at the tag (a bad minutes file blocked, a good one committed); then the commands of both
CI templates `tools init` wrote, run as written with that installation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from test_precommit import git

from builders import CELL, FILES, MINUTES
from tools import __version__

PROJECT = Path(__file__).resolve().parent.parent
TAG = f"v{__version__}"
TODAY = "2026-11-27"


@pytest.fixture(scope="module")
def toolkit(tmp_path_factory) -> Path:
    """This repository's files as checked out, committed into a new repository and tagged."""
    clone = tmp_path_factory.mktemp("toolkit")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=PROJECT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        if (PROJECT / rel).is_file():
            (clone / rel).parent.mkdir(parents=True, exist_ok=True)
            (clone / rel).write_bytes((PROJECT / rel).read_bytes())
    for args in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-q", "-m", "toolkit"),
                 ("tag", TAG)):
        done = git(clone, *args)
        assert done.returncode == 0, done.stderr
    return clone


@pytest.fixture(scope="module")
def installed(toolkit: Path, tmp_path_factory) -> Path:
    """A fresh virtual environment with the toolkit pip installed from its git URL at the tag;
    its bin/ folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet",
                          "--disable-pip-version-check", f"git+file://{toolkit}@{TAG}"],
                         capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr
    return venv / "bin"


def environment(bin_: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "TOOLS_LANG", "VIRTUAL_ENV")}
    return {**env, "PATH": f"{bin_}{os.pathsep}{env['PATH']}", "TOOLS_TODAY": TODAY, **extra}


def run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def clerk(installed: Path, toolkit: Path, tmp_path_factory) -> Path:
    """A repository made by the installed `tools init`, a cell added, the hook installed."""
    work = tmp_path_factory.mktemp("commune")
    env = environment(installed)
    made = run("tools init clerk --unit xa-dak-roong --name 'Đảng bộ xã Đak Rong' "
               "--level commune", work, env)
    assert made.returncode == 0, made.stderr
    repo = work / "clerk"
    for rel, text in FILES.items():
        if rel.startswith(f"{CELL}/") and rel != MINUTES:
            (repo / rel).parent.mkdir(parents=True, exist_ok=True)
            (repo / rel).write_text(text, encoding="utf-8")
    hook = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo,
                          capture_output=True, text=True)
    assert hook.returncode == 0, hook.stderr
    return repo


def test_the_installed_toolkit_carries_its_schemas(installed: Path, toolkit: Path) -> None:
    where = subprocess.run([str(installed / "python"), "-c",
                            "import tools.checking.project as p; print(p.SHIPPED)"],
                           capture_output=True, text=True, check=True, cwd="/").stdout.strip()
    assert Path(where).is_relative_to(installed.parent)
    assert (Path(where) / "rulebooks" / "hd42-2025.yaml").is_file()
    version = run("tools --version", Path("/"), environment(installed))
    assert version.stdout.splitlines()[0] == f"tools, phiên bản {__version__}"
    assert "hd42-2025" in version.stdout


def test_init_pins_the_tag_it_was_installed_from(clerk: Path, toolkit: Path) -> None:
    config = YAML(typ="safe").load((clerk / ".pre-commit-config.yaml").read_text("utf-8"))
    assert config["repos"][0]["repo"] == f"file://{toolkit}"
    assert config["repos"][0]["rev"] == TAG
    assert not (clerk / "tools").exists() and not (clerk / "schemas").exists()


def test_a_clerks_commit_goes_through_the_hook(clerk: Path, installed: Path,
                                               tmp_path_factory) -> None:
    env = environment(installed, PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit")))
    started = run("tools new records/xa-dak-roong/lang-kon-hring --date 2025-03-05 "
                  "--kind regular", clerk, env)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == MINUTES
    commit = ["git", "-c", "user.name=Văn thư", "-c", "user.email=vt@example.org", "commit",
              "-q", "-m", "Hồ sơ ban đầu"]
    git(clerk, "add", "-A")
    # the pre-filled file, its times and place still empty: the hook blocks the commit
    blocked = subprocess.run(commit, cwd=clerk, env=env, capture_output=True, text=True)
    assert blocked.returncode != 0
    assert f"{MINUTES}:8:8: lỗi schema.format" in blocked.stdout + blocked.stderr
    (clerk / MINUTES).write_text(FILES[MINUTES], encoding="utf-8")
    git(clerk, "add", "-A")
    done = subprocess.run(commit, cwd=clerk, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout + done.stderr
    assert git(clerk, "rev-list", "--count", "HEAD").stdout.strip() == "1"


def _feature(clerk: Path, tmp: Path) -> str:
    """A merge request: a second month's minutes on a branch; the base's commit."""
    remote = tmp / "remote.git"
    git(clerk, "branch", "-M", "main")
    git(clerk, "clone", "-q", "--bare", str(clerk), str(remote))
    git(clerk, "remote", "add", "origin", str(remote))
    git(clerk, "fetch", "-q", "origin")
    git(clerk, "checkout", "-q", "-b", "feature")
    april = MINUTES.replace("2025-03-05", "2025-04-05")
    (clerk / april).write_text(FILES[MINUTES].replace("2025-03-05", "2025-04-05"), "utf-8")
    git(clerk, "add", "-A")
    assert git(clerk, "-c", "core.hooksPath=/dev/null", "commit", "-q", "-m",
               "Biên bản tháng 4").returncode == 0
    return git(clerk, "merge-base", "main", "feature").stdout.strip()


def test_the_ci_templates_run_as_written(clerk: Path, installed: Path, toolkit: Path,
                                         tmp_path: Path) -> None:
    if git(clerk, "rev-list", "--count", "HEAD").returncode != 0:
        pytest.skip("needs the commit of test_a_clerks_commit_goes_through_the_hook")
    base = _feature(clerk, tmp_path)
    summary = tmp_path / "step-summary.md"
    env = environment(installed, CI_MERGE_REQUEST_DIFF_BASE_SHA=base,
                      CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", BASE_REF="main",
                      GITHUB_STEP_SUMMARY=str(summary))
    gitlab = YAML(typ="safe").load((clerk / ".gitlab-ci.yml").read_text("utf-8"))
    github = YAML(typ="safe").load((clerk / ".github/workflows/records.yml").read_text("utf-8"))
    install = f'pip install --quiet "git+file://{toolkit}@{TAG}"'
    assert gitlab["records"]["before_script"] == [install]
    # every line as written, but the pip line: the fixture made that very installation
    lines = [*gitlab["records"]["script"], *(step["run"] for step in github["jobs"]["records"][
        "steps"] if "run" in step and step["run"] != install)]
    assert len(lines) == 10
    for line in lines:
        done = run(line, clerk, env)
        assert done.returncode == 0, (line, done.stdout, done.stderr)
    assert "lang-kon-hring" in (clerk / "review.md").read_text("utf-8")
    # the MR widget's report: warnings only (the copied body), as the validation passed
    report = json.loads((clerk / "gl-code-quality-report.json").read_text("utf-8"))
    assert {issue["severity"] for issue in report} <= {"minor", "info"}
    assert summary.read_text("utf-8").strip()


def test_the_summary_jobs_write_summary_json(clerk: Path, installed: Path,
                                             toolkit: Path) -> None:
    env = environment(installed)
    gitlab = YAML(typ="safe").load((clerk / ".gitlab-ci.yml").read_text("utf-8"))
    github = YAML(typ="safe").load((clerk / ".github/workflows/records.yml").read_text("utf-8"))
    steps = [step["run"] for step in github["jobs"]["summary"]["steps"] if "run" in step]
    assert steps[0] == gitlab["summary"]["before_script"][0]
    expected = run("tools summarize --format json", clerk, env)
    for line in [*gitlab["summary"]["script"], *steps[1:]]:
        (clerk / "summary.json").unlink(missing_ok=True)
        done = run(line, clerk, env)
        assert done.returncode == 0, (line, done.stderr)
        if "summary.json" in line:
            written = json.loads((clerk / "summary.json").read_text("utf-8"))
            assert written == json.loads(expected.stdout)
    assert written["structure"]["cells"] == 1 and written["structure"]["members"] == 3
    assert git(clerk, "status", "--porcelain").stdout.strip() == ""  # ignored: .gitignore
