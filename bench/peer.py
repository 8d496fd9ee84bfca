"""The peer, check-jsonschema: installed into its own venv in the work folder, given the
minutes schema bundled into one file and the front matter of every minutes file as `.yaml`."""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from runner import tail
from settings import REPO, log
from trees import Tree


def inline_refs(minutes: dict, common: dict) -> dict:
    """Bundle minutes.schema.json: replace {"$ref": "common.schema.json#/$defs/X"} (and, inside
    common, {"$ref": "#/$defs/X"}) with the target, so check-jsonschema needs one file."""
    defs = common.get("$defs", {})

    def target(ref: str, in_common: bool) -> dict:
        if ref.startswith("common.schema.json#/$defs/"):
            key = ref[len("common.schema.json#/$defs/"):]
        elif in_common and ref.startswith("#/$defs/"):
            key = ref[len("#/$defs/"):]
        else:
            raise ValueError(f"cannot inline $ref {ref!r}")
        if key not in defs:
            raise ValueError(f"$ref {ref!r}: no such definition in common.schema.json")
        return defs[key]

    def walk(node, in_common: bool, depth: int = 0):
        if depth > 50:
            raise ValueError("$ref cycle")
        if isinstance(node, dict):
            if "$ref" in node and isinstance(node["$ref"], str):
                ref = node["$ref"]
                resolved = walk(copy.deepcopy(target(ref, in_common)), True, depth + 1)
                rest = {k: walk(v, in_common, depth) for k, v in node.items() if k != "$ref"}
                if not rest:
                    return resolved
                merged = dict(resolved)
                merged.update(rest)       # the referrer's own keywords win (titles, minItems)
                return merged
            return {k: walk(v, in_common, depth) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, in_common, depth) for v in node]
        return node

    bundled = walk(copy.deepcopy(minutes), False)
    if "$ref" in json.dumps(bundled):
        raise ValueError("a $ref is left in the bundled schema")
    return bundled


def bundle_schema(work: Path) -> Path:
    schemas = REPO / "tools" / "schemas"  # the schemas the toolkit ships (package data)
    minutes = json.loads((schemas / "minutes.schema.json").read_text(encoding="utf-8"))
    common = json.loads((schemas / "common.schema.json").read_text(encoding="utf-8"))
    out = work / "minutes.bundled.schema.json"
    out.write_text(json.dumps(inline_refs(minutes, common), ensure_ascii=False, indent=1),
                   encoding="utf-8")
    return out


def ensure_peer(work: Path) -> Path:
    venv = work / "peer-venv"
    exe = venv / "bin" / "check-jsonschema"
    if exe.exists():
        return exe
    log(f"installing check-jsonschema into {venv}")
    base = shutil.which("python3") or sys.executable
    pip_log = work / "peer-venv-install.log"
    with open(pip_log, "w") as out:
        for cmd in ([base, "-m", "venv", str(venv)],
                    [str(venv / "bin" / "python"), "-m", "pip", "install",
                     "--disable-pip-version-check", "check-jsonschema"]):
            if subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT).returncode != 0:
                shutil.rmtree(venv, ignore_errors=True)
                raise SystemExit(f"installing check-jsonschema failed: {' '.join(cmd)}\n"
                                 + tail(pip_log, 20))
    return exe


def peer_version(exe: Path) -> str:
    r = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
    return (r.stdout or r.stderr).strip()


FM_RE = re.compile(r"^---[ \t]*$")


def front_matter(text: str) -> str | None:
    """The text between the first two `---` lines, or None."""
    lines = text.splitlines(keepends=True)
    if not lines or not FM_RE.match(lines[0].lstrip("\ufeff").rstrip("\r\n")):
        return None
    for i in range(1, len(lines)):
        if FM_RE.match(lines[i].rstrip("\r\n")):
            return "".join(lines[1:i])
    return None


def build_mirror(tree: Tree) -> tuple[Path, list[str]]:
    """Front matter of each minutes file as a .yaml file in a mirror folder beside the tree
    (made once, reused while the stamp matches)."""
    mirror = tree.path.with_name(tree.path.name + ".frontmatter")
    stamp = mirror / ".bench-mirror.json"
    if stamp.exists():
        try:
            saved = json.loads(stamp.read_text())
        except ValueError:
            saved = {}
        if saved.get("minutes") == len(tree.minutes) and saved.get("files"):
            return mirror, saved["files"]
    if mirror.exists():
        shutil.rmtree(mirror)
    files: list[str] = []
    skipped = 0
    for rel in tree.minutes:
        text = (tree.path / rel).read_text(encoding="utf-8", errors="replace")
        fm = front_matter(text)
        if fm is None:
            skipped += 1
            continue
        out_rel = rel.with_suffix(".yaml")
        out = mirror / out_rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(fm, encoding="utf-8")
        files.append(str(out_rel))
    if skipped:
        log(f"[{tree.name}]   {skipped} minutes files have no front matter; left out of the peer")
    stamp.write_text(json.dumps({"minutes": len(tree.minutes), "files": files}))
    return mirror, files
