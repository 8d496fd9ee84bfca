"""The docs keep up with the code: every problem code is explained to clerks."""

from __future__ import annotations

from pathlib import Path

from tools.problems import CODES

ROOT = Path(__file__).resolve().parent.parent


def test_clerk_guide_explains_every_code() -> None:
    guide = (ROOT / "docs" / "huong-dan-van-thu.md").read_text(encoding="utf-8")
    clerks = [code for code in CODES if not code.startswith("review.")]
    assert [code for code in clerks if f"`{code}`" not in guide] == []


def test_readme_names_every_command() -> None:
    from tools.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [name for name in main.commands if f"tools {name}" not in readme] == []


def test_vscode_maps_every_record_schema() -> None:
    import json

    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    for schema, pattern in settings["yaml.schemas"].items():
        assert (ROOT / schema).is_file(), schema
        assert list(ROOT.glob(pattern.replace("**/", "**/"))), pattern


def test_every_test_security_md_names_exists() -> None:
    """SECURITY.md backs each claim with tests: `tests/x.py::name`, or `name` after one."""
    import re

    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    missing, current = [], None
    for match in re.finditer(r"`(tests/[\w/]+\.py)(?:::(\w+))?`|`(test_\w+)`", text):
        path, name, bare = match.groups()
        current = path or current
        source = (ROOT / current).read_text(encoding="utf-8") if current else ""
        if (name or bare) and f"def {name or bare}(" not in source:
            missing.append(f"{current}::{name or bare}")
    assert missing == []


def _pattern(template: str) -> str:
    """A template as a regular expression: its words as written, any value in a placeholder,
    optional segments optional."""
    import re

    from tools.messages import OPTIONAL

    def literal(text: str) -> str:
        return re.sub(r"\\\{[^}]*\\\}", ".+?", re.escape(text))

    out, last = "", 0
    for match in OPTIONAL.finditer(template):
        out += literal(template[last:match.start()]) + f"(?:{literal(match.group(1))})?"
        last = match.end()
    return out + literal(template[last:])


def test_the_guide_quotes_the_messages_as_the_tool_prints_them() -> None:
    """Every example line of the clerk's guide (`… lỗi CODE message`, `Cách sửa: …`, `Lỗi kéo
    theo …`) matches the Vietnamese catalog's template of its code."""
    import re

    from tools.messages import vi

    guide = (ROOT / "docs" / "huong-dan-van-thu.md").read_text(encoding="utf-8")
    line = re.compile(r"(?:^|`|\n\s*)(?:…|records/)\S*?(?::\d+)?(?::\d+)?: (lỗi|cảnh báo) "
                      r"([a-z]+\.[a-z-]+) (.+?)(?:`|\n|$)")
    checked, wrong = 0, []
    for match in line.finditer(guide):
        code, text = match.group(2), match.group(3).rstrip()
        if code not in vi.MESSAGES:
            wrong.append((code, "unknown code"))
            continue
        checked += 1
        if not re.fullmatch(_pattern(vi.MESSAGES[code][0]), text):
            wrong.append((code, text))
    fixes = re.findall(r"^\s+Cách sửa: (.+)$", guide, re.MULTILINE)
    templates = [_pattern(m[1]) for m in vi.MESSAGES.values()]
    wrong += [("fix", text) for text in fixes
              if not any(re.fullmatch(t, text) for t in templates)]
    assert checked > 60 and wrong == []
