"""The toolkit as a package other repositories take: the schemas and rulebooks it ships (and a
records repository's own rulebooks beside them), `tools init`, and a province's rollup of
many repositories made by it. The real install from a tag is tests/test_package_install.py."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from builders import FILES, write_tree
from tools import __version__
from tools.checking.cache import environment_key
from tools.checking.project import SHIPPED, Project, schema_sources
from tools.cli import main
from tools.cli.init import LEVELS
from tools.workflow import init as init_module
from tools.workflow.demo.kbang import kbang
from tools.workflow.scaffold import Toolkit

URL = "https://gitlab.example.vn/tinh-gia-lai/tools.git"
HD42 = SHIPPED / "rulebooks" / "hd42-2025.yaml"


def local_rulebook(root: Path, name: str, id_: str, start: str) -> Path:
    """A records repository's own rulebook: HD 42's parameters under another id and dates."""
    text = HD42.read_text(encoding="utf-8").replace("id: hd42-2025", f"id: {id_}").replace(
        "effective_from: 2025-10-28", f"effective_from: {start}")
    path = root / "schemas" / "rulebooks" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_schemas_and_rulebooks_are_shipped_inside_the_package() -> None:
    assert SHIPPED.parent.name == "tools" and (SHIPPED / "minutes.schema.json").is_file()
    found = schema_sources()
    assert found.schemas == SHIPPED
    assert [path.name for path in found.rulebooks] == ["hd12-2018.yaml", "hd42-2025.yaml"]
    # the package data declared for the wheel covers every shipped file
    config = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8")
    assert 'tools = ["schemas/*.json", "schemas/rulebooks/*.yaml"]' in config
    assert {p.suffix for p in SHIPPED.rglob("*") if p.is_file()} == {".json", ".yaml"}


def test_a_repository_without_schemas_uses_the_shipped_ones(tmp_path: Path) -> None:
    write_tree(tmp_path)
    project = Project.open(tmp_path)
    assert project.sources.schemas == SHIPPED
    assert [book.id for book in project.rulebooks] == ["hd12-2018", "hd42-2025"]


def test_local_rulebooks_add_to_the_shipped_ones_and_key_the_cache(tmp_path: Path) -> None:
    write_tree(tmp_path)
    before = environment_key(schema_sources(tmp_path).files)
    local = local_rulebook(tmp_path, "tinh-2030.yaml", "tinh-2030", "2030-01-01")
    project = Project.open(tmp_path)
    assert project.sources.schemas == SHIPPED  # no schemas of its own: the shipped ones
    assert [book.id for book in project.rulebooks] == ["hd12-2018", "hd42-2025", "tinh-2030"]
    assert local in project.sources.files
    key = environment_key(project.sources.files)
    assert key != before
    local.write_text(local.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert environment_key(schema_sources(tmp_path).files) != key
    # a file of the repository's that is no rulebook in use changes nothing
    (tmp_path / "schemas" / "rulebooks" / "notes.txt").write_text("x", encoding="utf-8")
    assert environment_key(schema_sources(tmp_path).files) == \
        environment_key(Project.open(tmp_path).sources.files)


def test_a_local_rulebook_of_a_shipped_name_takes_its_place(tmp_path: Path) -> None:
    write_tree(tmp_path)
    local = local_rulebook(tmp_path, "hd42-2025.yaml", "hd42-2025", "2025-11-01")
    project = Project.open(tmp_path)
    assert project.sources.rulebooks[-1] == local
    assert [str(book.start) for book in project.rulebooks] == ["2018-07-06", "2025-11-01"]


def test_two_rulebooks_with_one_id_cannot_run(tmp_path: Path) -> None:
    write_tree(tmp_path)
    local_rulebook(tmp_path, "copy.yaml", "hd42-2025", "2030-01-01")
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "validate"])
    assert result.exit_code == 2 and "hd42-2025" in result.output


def test_version_names_the_toolkit_and_its_rulebooks(tmp_path: Path, monkeypatch) -> None:
    write_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    shipped = CliRunner().invoke(main, ["--version"], env={"TOOLS_LANG": "en"})
    assert shipped.exit_code == 0
    assert shipped.output.splitlines() == [
        f"tools, version {__version__}",
        "  rulebook hd12-2018: in force from 2018-07-06 to 2025-10-27",
        "  rulebook hd42-2025: in force from 2025-10-28"]
    local_rulebook(tmp_path, "tinh-2030.yaml", "tinh-2030", "2030-01-01")
    vietnamese = CliRunner().invoke(main, ["--version"], env={"TOOLS_LANG": "vi"})
    assert vietnamese.output.splitlines()[0] == f"tools, phiên bản {__version__}"
    assert vietnamese.output.splitlines()[-1] == "  bộ quy định tinh-2030: hiệu lực từ 2030-01-01"


def test_the_hook_repository_exposes_the_project_hooks() -> None:
    root = Path(__file__).resolve().parent.parent
    hooks = {hook["id"]: hook for hook in YAML(typ="safe").load(
        (root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    own = {hook["id"]: hook for repo in YAML(typ="safe").load(
        (root / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"]
        for hook in repo["hooks"]}
    assert set(hooks) == set(own) == {"check-records", "check-all-records"}
    for name, hook in hooks.items():
        # the same command, from the installed toolkit rather than the checked-out tools/
        assert hook["entry"] == own[name]["entry"].replace("python -m tools", "tools")
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        assert hook.get("stages") == own[name].get("stages")


# -- tools init -------------------------------------------------------------------------------


def init(directory: Path, *args: str, unit: str = "xa-dak-roong", env: dict | None = None):
    return CliRunner().invoke(main, ["init", str(directory), "--unit", unit, "--name",
                                     "Đảng bộ xã Đak Rong", "--level", "commune", *args],
                              env=env)


def test_levels_are_the_schemas() -> None:
    common = json.loads((SHIPPED / "common.schema.json").read_text(encoding="utf-8"))
    assert LEVELS == tuple(common["$defs"]["level"]["enum"])


def test_init_writes_a_repository_pinned_to_this_version(tmp_path: Path) -> None:
    repo = tmp_path / "xa"
    result = init(repo, "--toolkit", URL, "--owner", "@van-phong-xa")
    assert result.exit_code == 0, result.output
    assert (repo / ".git").is_dir()
    unit = YAML(typ="safe").load((repo / "records/xa-dak-roong/unit.yaml").read_text("utf-8"))
    assert unit == {"name": "Đảng bộ xã Đak Rong", "kind": "committee", "level": "commune",
                    "owners": ["@van-phong-xa"]}
    config = YAML(typ="safe").load((repo / ".pre-commit-config.yaml").read_text("utf-8"))
    assert config["repos"] == [{"repo": URL, "rev": f"v{__version__}", "hooks": [
        {"id": "check-records"}, {"id": "check-all-records"}]}]
    install = f'pip install --quiet "git+{URL}@v{__version__}"'
    gitlab = YAML(typ="safe").load((repo / ".gitlab-ci.yml").read_text("utf-8"))
    assert gitlab["records"]["before_script"] == gitlab["summary"]["before_script"] == [install]
    assert gitlab["summary"]["artifacts"]["paths"] == ["summary.json"]
    github = YAML(typ="safe").load((repo / ".github/workflows/records.yml").read_text("utf-8"))
    runs = [step.get("run") for job in github["jobs"].values() for step in job["steps"]]
    assert runs.count(install) == 2 and "pip install --quiet ." not in runs
    assert "/records/xa-dak-roong/ @van-phong-xa" in (repo / "CODEOWNERS").read_text("utf-8")
    assert CliRunner().invoke(main, ["--root", str(repo), "codeowners", "--check"]).exit_code == 0
    settings = json.loads((repo / ".vscode/settings.json").read_text("utf-8"))
    assert settings["yaml.schemas"][
        f"https://gitlab.example.vn/tinh-gia-lai/tools/-/raw/v{__version__}/tools/schemas/"
        "unit.schema.json"] == "records/**/unit.yaml"
    readme = (repo / "README.md").read_text("utf-8")
    assert f'pip install "git+{URL}@v{__version__}" pre-commit' in readme
    assert "pre-commit install" in readme
    assert CliRunner().invoke(main, ["--root", str(repo), "validate"]).exit_code == 0


def test_the_editor_reads_the_schemas_of_the_pinned_version() -> None:
    github = Toolkit("https://github.com/tinh/tools.git", "1.2.0")
    assert github.schema("unit") == \
        "https://raw.githubusercontent.com/tinh/tools/v1.2.0/tools/schemas/unit.schema.json"
    assert Toolkit("file:///srv/tools", "1.2.0").schema("dues") == \
        "/srv/tools/tools/schemas/dues.schema.json"


def test_init_never_overwrites_and_writes_nothing_then(tmp_path: Path) -> None:
    repo = tmp_path / "xa"
    (repo / ".github/workflows").mkdir(parents=True)
    (repo / ".github/workflows/records.yml").write_text("mine\n", encoding="utf-8")
    result = init(repo, "--toolkit", URL, env={"TOOLS_LANG": "vi"})
    assert result.exit_code == 1
    assert "Đã có" in result.output and ".github/workflows/records.yml" in result.output
    assert (repo / ".github/workflows/records.yml").read_text("utf-8") == "mine\n"
    assert sorted(p.name for p in repo.iterdir()) == [".github"]
    english = init(repo, "--toolkit", URL, env={"TOOLS_LANG": "en"})
    assert english.exit_code == 1 and "exists already" in english.output


def test_init_without_a_recorded_origin_asks_for_the_toolkit(tmp_path: Path,
                                                             monkeypatch) -> None:
    monkeypatch.setattr(init_module, "installed_from", lambda: None)
    result = init(tmp_path / "xa", env={"TOOLS_LANG": "vi"})
    assert result.exit_code == 2 and "--toolkit" in result.output
    assert "Không biết công cụ được cài từ đâu" in result.output
    assert not (tmp_path / "xa").exists()
    monkeypatch.setattr(init_module, "installed_from", lambda: "file:///srv/tools")
    assert init(tmp_path / "xa").exit_code == 0
    assert "repo: file:///srv/tools" in (tmp_path / "xa/.pre-commit-config.yaml").read_text(
        encoding="utf-8")


@pytest.mark.parametrize(("option", "value"), [("--unit", "Xã Krong"), ("--owner", "nobody"),
                                               ("--level", "village")])
def test_init_refuses_what_cannot_be_written(tmp_path: Path, option: str, value: str) -> None:
    args = ["init", str(tmp_path / "xa"), "--unit", "xa-krong", "--name", "Xã Krong",
            "--level", "commune", "--toolkit", URL, option, value]
    result = CliRunner().invoke(main, args, env={"TOOLS_LANG": "vi"})
    assert result.exit_code == 2 and "Lỗi" in result.output
    assert not (tmp_path / "xa").exists()


def test_init_help_speaks_both_languages() -> None:
    vi = CliRunner().invoke(main, ["init", "--help"], env={"TOOLS_LANG": "vi"})
    en = CliRunner().invoke(main, ["init", "--help"], env={"TOOLS_LANG": "en"})
    assert "Không bao giờ ghi đè" in vi.output and "Never overwrites" in en.output


# -- many repositories, one rollup ------------------------------------------------------------


def ci_summary_command(repo: Path) -> str:
    """The line of the repository's GitLab CI that writes summary.json."""
    script = YAML(typ="safe").load((repo / ".gitlab-ci.yml").read_text("utf-8"))["summary"]
    [line] = [line for line in script["script"] if "summary.json" in line]
    return line


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TOOLS_TODAY": "2024-12-31", "TOOLS_LANG": "vi",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8")


def commune(repo: Path, unit: str, cells: int, seed: int) -> None:
    """A commune's repository made by `tools init`, its cells and a year of minutes from the
    demo district's builder, moved under the commune's folder."""
    assert init(repo, "--toolkit", URL, unit=unit).exit_code == 0
    staging = repo.parent / f"{unit}-staging"
    kbang(staging, cells=cells, seed=seed, top=unit)
    for child in (staging / "records" / unit).iterdir():
        if child.is_dir():
            shutil.move(child, repo / "records" / unit / child.name)
    shutil.rmtree(staging)


def test_three_repositories_merge_into_the_combined_tree(tmp_path: Path) -> None:
    communes = [("xa-dak-roong", 6, 1), ("xa-krong", 8, 2), ("xa-son-lang", 5, 3)]
    summaries = []
    for unit, cells, seed in communes:
        repo = tmp_path / unit
        commune(repo, unit, cells, seed)
        done = shell(ci_summary_command(repo), repo)
        assert done.returncode == 0, done.stderr
        summaries.append(repo / "summary.json")
        shutil.copytree(repo / "records" / unit, tmp_path / "huyen" / "records" / unit)
    merged = shell(f"tools summarize --format json --merge {' '.join(map(str, summaries))}",
                   tmp_path)
    whole = shell("tools summarize --format json", tmp_path / "huyen")
    assert merged.returncode == whole.returncode == 0, merged.stderr + whole.stderr
    assert json.loads(merged.stdout) == json.loads(whole.stdout)
    figures = json.loads(merged.stdout)["structure"]
    assert figures["cells"] == sum(
        json.loads(path.read_text("utf-8"))["structure"]["cells"] for path in summaries) > 0
    assert json.loads(merged.stdout)["period"] == {"from": "2024-01-01", "to": "2024-12-31"}


def test_builders_top_unit_is_what_init_writes(tmp_path: Path) -> None:
    """The tests' small tree fits in a repository made by `tools init` (test_package_install)."""
    init(tmp_path / "xa", "--toolkit", URL)
    written = (tmp_path / "xa/records/xa-dak-roong/unit.yaml").read_text("utf-8")
    assert YAML(typ="safe").load(FILES["records/xa-dak-roong/unit.yaml"]) == \
        YAML(typ="safe").load(written)
