"""What `tools init` writes into a new records repository: the texts, filled in with the unit
and the toolkit (its URL and version), so the repository takes the toolkit at a pinned tag and
never copies it. The CI templates are the project's own (`.gitlab-ci.yml`,
`.github/workflows/records.yml`) with the toolkit installed from its tag, plus the job that
writes `summary.json`, the artifact a province's rollup merges (`tools summarize --merge`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

# the JSON Schemas the editor checks each kind of file with (VS Code's YAML extension)
EDITOR_SCHEMAS = {
    "unit": "records/**/unit.yaml",
    "members": "records/**/members.yaml",
    "ratings": "records/**/ratings.yaml",
    "dues": "records/**/dues/*.yaml",
    "rulebook": "schemas/rulebooks/*.yaml",
}


@dataclass(frozen=True)
class Toolkit:
    """The toolkit a records repository takes: where it is kept and the version it pins."""

    url: str
    version: str

    @property
    def rev(self) -> str:
        return f"v{self.version}"

    @property
    def requirement(self) -> str:
        """What pip installs: this repository at the version's tag."""
        return f"git+{self.url}@{self.rev}"

    def schema(self, kind: str) -> str:
        """Where an editor reads a JSON Schema of this version: the host's raw file (GitHub,
        else GitLab's `/-/raw/`), or the file itself in a local clone."""
        path = f"tools/schemas/{kind}.schema.json"
        parts = urlsplit(self.url)
        base = self.url.removesuffix("/").removesuffix(".git")
        if parts.scheme in ("", "file"):
            return f"{parts.path if parts.scheme else self.url}/{path}"
        if parts.hostname == "github.com":
            return f"https://raw.githubusercontent.com{urlsplit(base).path}/{self.rev}/{path}"
        return f"{base}/-/raw/{self.rev}/{path}"


def unit_yaml(name: str, level: str, owners: tuple[str, ...]) -> str:
    # JSON strings are YAML double-quoted strings: any name is written safely
    text = f"name: {json.dumps(name, ensure_ascii=False)}\nkind: committee\nlevel: {level}\n"
    if owners:
        text += f"owners: [{', '.join(json.dumps(owner) for owner in owners)}]\n"
    return text


def precommit_config(toolkit: Toolkit) -> str:
    return f"""\
# Hooks for clerks' commits: the records are checked by the toolkit at a pinned version.
#   pip install pre-commit && pre-commit install
# The hook never rewrites a file; `tools fix` does safe fixes on request.
default_install_hook_types: [pre-commit]
repos:
  - repo: {toolkit.url}
    rev: {toolkit.rev}
    hooks:
      # what the commit stages under records/, deletions included, checked and compared with
      # the last commit
      - id: check-records
      # the whole records/ tree, on request only:
      #   pre-commit run --hook-stage manual check-all-records
      - id: check-all-records
"""


def gitlab_ci(toolkit: Toolkit) -> str:
    return _fill(GITLAB_CI, install=_install(toolkit), quality=(
        'tools validate --since "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format gitlab'
        " > gl-code-quality-report.json || true"))


def github_workflow(toolkit: Toolkit) -> str:
    return _fill(GITHUB_WORKFLOW, install=_install(toolkit), review=(
        'tools review --base "origin/$BASE_REF" --format markdown'
        ' >> "$GITHUB_STEP_SUMMARY" || true'))


def _install(toolkit: Toolkit) -> str:
    return f'pip install --quiet "{toolkit.requirement}"'


def _fill(template: str, **values: str) -> str:
    """The template with each `<name>` replaced (the CI's own `${...}` and `$NAME` kept)."""
    for name, value in values.items():
        template = template.replace(f"<{name}>", value)
    return template


GITLAB_CI = """\
# Merge requests: validate exactly what changed, post the review as an artifact and show
# problems in the MR widget. The default branch: the summary a province's rollup merges.
records:
  image: python:3.12
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: "0"
  before_script:
    - <install>
  script:
    - git fetch --quiet origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - tools review --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --format markdown > review.md || true
    - <quality>
    - tools codeowners --check
    - tools validate --since "$CI_MERGE_REQUEST_DIFF_BASE_SHA"
    - tools review --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA"
  artifacts:
    when: always
    expose_as: "Review"
    paths:
      - review.md
    reports:
      codequality: gl-code-quality-report.json

summary:
  image: python:3.12
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  before_script:
    - <install>
  script:
    - tools validate || true
    # SUMMARY_PERIOD, a CI variable, e.g. --year 2025 (default: this year, up to today);
    # TOOLS_PERSON_KEY, a masked CI variable, the same in every repository merged
    - tools summarize --format json $SUMMARY_PERIOD > summary.json
  artifacts:
    when: always
    paths:
      - summary.json
"""

GITHUB_WORKFLOW = """\
# Every pull request: validate exactly what changed (annotations on the changed lines) and put
# the review in the job summary. Every push to the default branch: the summary a province's
# rollup merges (`tools summarize --merge`), kept as the artifact `summary`.
name: records
on:
  pull_request:
  push:
    branches: [main, master]
permissions:
  contents: read
jobs:
  records:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    env:
      # a branch name is data: handed to the shell as a variable, never pasted into a script
      BASE_REF: ${{ github.base_ref }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install the toolkit
        run: <install>
      - name: Review
        if: always()
        run: <review>
      - name: CODEOWNERS is up to date
        run: tools codeowners --check
      - name: Validate what changed
        run: tools validate --since "origin/$BASE_REF" --format github
      - name: Review blocks on errors
        run: tools review --base "origin/$BASE_REF"
  summary:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    env:
      # e.g. --year 2025 (default: this year, up to today); the key the same in every
      # repository whose summaries are merged
      SUMMARY_PERIOD: ${{ vars.SUMMARY_PERIOD }}
      TOOLS_PERSON_KEY: ${{ secrets.TOOLS_PERSON_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install the toolkit
        run: <install>
      - name: Summary
        run: tools summarize --format json $SUMMARY_PERIOD > summary.json
      - uses: actions/upload-artifact@v4
        with:
          name: summary
          path: summary.json
"""


GITIGNORE = """\
.venv/
__pycache__/
review.md
summary.json
gl-code-quality-report.json
.DS_Store
Thumbs.db
desktop.ini
~$*
"""


def vscode_settings(toolkit: Toolkit) -> str:
    settings = {"yaml.schemas": {toolkit.schema(kind): glob
                                 for kind, glob in EDITOR_SCHEMAS.items()},
                "files.encoding": "utf8", "files.eol": "\n",
                "[markdown]": {"files.trimTrailingWhitespace": False}}
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def readme(unit: str, name: str, toolkit: Toolkit) -> str:
    return f"""\
# Hồ sơ sinh hoạt: {name}

Kho này chỉ giữ hồ sơ (thư mục `records/{unit}/`). Công cụ kiểm tra là bộ `tools`, phiên bản
{toolkit.version}, lấy từ {toolkit.url}; mỗi lần commit, máy kiểm tra hồ sơ và chặn commit khi
hồ sơ có lỗi, kèm cách sửa.

## Cài đặt (một lần trên mỗi máy)

Mở cửa sổ lệnh ở thư mục kho này rồi chạy hai lệnh:

```
pip install "{toolkit.requirement}" pre-commit
pre-commit install
```

Sau đó ghi hồ sơ và commit như thường bằng phần mềm git quen dùng (GitHub Desktop, GitKraken,
TortoiseGit...). Lệnh `pre-commit install` chỉ cần chạy lại khi lấy kho về một máy khác.

## Lệnh hay dùng

- `tools new records/{unit}/<chi-bo> --date 2026-01-05 --kind regular`: tạo biên bản điền sẵn.
- `tools validate`: kiểm tra toàn bộ hồ sơ.
- `tools summarize`: tổng hợp tình hình sinh hoạt trong năm.
- `tools docs --out tai-lieu`: viết tài liệu tra cứu vào thư mục `tai-lieu/`: `format.md` (mỗi
  tệp, mỗi trường ghi thế nào, kèm ví dụ) và `rules.md` (mỗi thông báo lỗi nghĩa là gì, sửa thế
  nào, theo văn bản nào của Đảng).

## Thêm một chi bộ

Mỗi chi bộ là một thư mục trong `records/{unit}/` (tên không dấu, nối bằng gạch ngang, ví dụ
`thon-1`), có `unit.yaml` (tên, loại chi bộ, bí thư) và `members.yaml` (danh sách đảng viên);
biên bản nằm trong `minutes/<năm>/`. Cách ghi hai tệp này có trong `format.md` ở trên.
"""
