"""The layout shows the design: packages named for the stages a record goes through, imports
that only go down the layers, no import circle (lazy imports included), no private name used
outside its module, and no function or class a newcomer must scroll through.

The checks read the source with `ast`; each takes a mapping of module names to source text, so
the tests at the end can plant a violation and see it caught.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A function longer than this, or a class longer than that, counted from its `def` or `class`
# line to its last line (docstring included, decorators not), must be split.
FUNCTION_LINES = 40
CLASS_LINES = 150

# The packages of tools/, each with the layers it may import from (besides its own modules).
# "base" is tools/__init__.py, tools/problems.py and tools/messages/: the codes and the words.
LAYERS: dict[str, tuple[str, ...]] = {
    "base": (),
    "reading": ("base",),
    "checking": ("base", "reading"),
    "rollup": ("base", "reading", "checking"),
    "workflow": ("base", "reading", "checking"),
    "outputs": ("base", "reading", "checking", "rollup", "workflow"),
    "cli": ("base", "reading", "checking", "rollup", "workflow", "outputs"),
}
PRIVATE = re.compile(r"^_[^_]")  # `_name`; dunders and `_` alone are not private names


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the module imported
    names: tuple[str, ...]  # what `from target import ...` takes from it
    line: int


def sources(folder: Path, package: str | None) -> dict[str, str]:
    """Every module under `folder` by its dotted name (a package by its own name); without a
    package, the modules of a script that imports its siblings by their bare names."""
    found = {}
    for path in sorted(folder.rglob("*.py")):
        parts = (*([package] if package else []), *path.relative_to(folder).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path.read_text(encoding="utf-8")
    return found


def _packages(modules: dict[str, str]) -> set[str]:
    """The modules that are packages: those with a module below them."""
    return {name.rsplit(".", 1)[0] for name in modules if "." in name}


def _absolute(source: str, node: ast.ImportFrom, packages: set[str]) -> str:
    if not node.level:
        return node.module or ""
    base = source if source in packages else source.rsplit(".", 1)[0]
    for _ in range(node.level - 1):
        base = base.rsplit(".", 1)[0]
    return f"{base}.{node.module}" if node.module else base


def imports(modules: dict[str, str]) -> Iterator[Import]:
    """Every import of one module of `modules` by another, wherever it stands (a function's
    lazy import included)."""
    packages = _packages(modules)
    for source, text in modules.items():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    target = _known(alias.name, modules)
                    if target is not None:
                        yield Import(source, target, (), node.lineno)
            elif isinstance(node, ast.ImportFrom):
                module = _absolute(source, node, packages)
                for alias in node.names:
                    submodule = f"{module}.{alias.name}"
                    if submodule in modules:
                        yield Import(source, submodule, (), node.lineno)
                    elif module in modules:
                        yield Import(source, module, (alias.name,), node.lineno)


def _known(name: str, modules: dict[str, str]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def cycles(modules: dict[str, str]) -> list[list[str]]:
    """The import circles: each group of modules that import one another, directly or not."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for item in imports(modules):
        if item.target != item.source:
            graph[item.source].add(item.target)
    return [sorted(group) for group in _strongly_connected(graph) if len(group) > 1]


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, without recursion."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            child = next(edges, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    groups.append(group)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups


def layer(module: str) -> str:
    parts = module.split(".")
    if module == "tools.__main__":
        return "cli"
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "base"


def upward_imports(modules: dict[str, str]) -> list[str]:
    """Imports of a layer that the importing layer may not use."""
    return [f"{item.source}:{item.line} imports {item.target}"
            for item in imports(modules)
            if layer(item.target) != layer(item.source)
            and layer(item.target) not in LAYERS[layer(item.source)]]


def _defined(tree: ast.Module) -> set[str]:
    """The private names a module defines: at its top level, and as methods or attributes of
    its classes."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            found.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
    return {name for name in found if PRIVATE.match(name)}


def private_uses(modules: dict[str, str]) -> list[str]:
    """Private names used outside the module that defines them: imported from it, read from it
    as a module's attribute, or read as an attribute of another module's object (anything but
    `self` or `cls`)."""
    trees = {name: ast.parse(text) for name, text in modules.items()}
    defined = {name: _defined(tree) for name, tree in trees.items()}
    everywhere = set().union(*defined.values()) if defined else set()
    found = [f"{item.source}:{item.line} imports {name} from {item.target}"
             for item in imports(modules) for name in item.names
             if PRIVATE.match(name) and item.target != item.source]
    for source, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or not PRIVATE.match(node.attr):
                continue
            owner = node.value.id if isinstance(node.value, ast.Name) else None
            if owner in ("self", "cls") or node.attr in defined[source]:
                continue
            if node.attr in everywhere:
                found.append(f"{source}:{node.lineno} uses {node.attr} of another module")
    return found


def too_long(modules: dict[str, str]) -> list[str]:
    found = []
    for source, text in modules.items():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                limit = CLASS_LINES if isinstance(node, ast.ClassDef) else FUNCTION_LINES
                lines = node.end_lineno - node.lineno + 1
                if lines > limit:
                    found.append(f"{source}:{node.lineno} {node.name}: {lines} lines")
    return found


TOOLS = sources(ROOT / "tools", "tools")
BENCH = sources(ROOT / "bench", None)  # bench/run.py imports its siblings


def test_no_import_circle() -> None:
    assert cycles(TOOLS) == []
    assert cycles(BENCH) == []


def test_imports_go_down_the_layers() -> None:
    assert upward_imports(TOOLS) == []


def test_every_module_is_in_a_layer() -> None:
    """A new folder under tools/ is a stage of its own: it must be given its place here."""
    folders = {path.name for path in (ROOT / "tools").iterdir()
               if path.is_dir() and (path / "__init__.py").is_file()}
    assert folders <= set(LAYERS) | {"messages"}


def test_no_private_name_leaves_its_module() -> None:
    assert private_uses(TOOLS) == []
    assert private_uses(BENCH) == []


GENERATED = '"""Generated by '  # code written by a program (tools/checking/compiled/), not read


def test_no_function_or_class_to_scroll_through() -> None:
    assert too_long({name: text for name, text in TOOLS.items()
                     if not text.startswith(GENERATED)}) == []
    assert too_long(BENCH) == []


# -- the checks can fail -----------------------------------------------------------------------


def test_a_planted_circle_is_caught() -> None:
    """A lazy import of the unit tree from the module that reads records closes a circle."""
    planted = dict(TOOLS)
    planted["tools.reading.records"] += "\n\ndef planted():\n    from tools.reading import tree\n"
    assert ["tools.reading.records", "tools.reading.tree"] in cycles(planted)


def test_a_planted_upward_import_is_caught() -> None:
    planted = dict(TOOLS)
    planted["tools.reading.tree"] += "\n\ndef planted():\n    from tools.rollup import people\n"
    assert any(found.startswith("tools.reading.tree:") and "tools.rollup.people" in found
               for found in upward_imports(planted))


def test_a_planted_private_use_is_caught() -> None:
    planted = {
        "tools.a": "def _helper():\n    pass\n\n\nclass A:\n    def _step(self):\n        pass\n",
        "tools.b": "from tools.a import _helper\n",
        "tools.c": "import tools.a\n\n\ndef f(run):\n    tools.a._helper()\n    run._step()\n",
        "tools.d": "def g(stream):\n    stream._unknown_elsewhere()\n",
    }
    assert private_uses(planted) == ["tools.b:1 imports _helper from tools.a",
                                     "tools.c:5 uses _helper of another module",
                                     "tools.c:6 uses _step of another module"]


def test_a_planted_long_function_is_caught() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(FUNCTION_LINES))
    assert too_long({"tools.a": f"def planted():\n{body}"}) == [
        f"tools.a:1 planted: {FUNCTION_LINES + 1} lines"]
