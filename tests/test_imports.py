"""The import graph of bot/ and training/, read with `ast` (nothing imported): layers hold.

Every import counts, wherever it is written: at the top, inside a function, under
``if TYPE_CHECKING:``. A lazy import still ties the two modules together.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "training")


@dataclass(frozen=True)
class Import:
    """One import statement: who imports what (a dotted name, ours or a library's), where."""

    module: str  # the importing module, e.g. "bot.app"
    target: str  # the imported module, e.g. "bot.pipeline" or "discord.ui"
    line: int

    def __str__(self) -> str:
        return f"{self.module} imports {self.target} (line {self.line})"


def module_name(path: Path) -> str:
    """Return the dotted module name of a file under ROOT."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files() -> dict[str, Path]:
    """Return every module of bot/ and training/ by dotted name."""
    return {
        module_name(p): p
        for pkg in PACKAGES
        for p in sorted((ROOT / pkg).rglob("*.py"))
        if ".venv" not in p.parts
    }


MODULES = source_files()


def _resolve(name: str) -> str:
    """Return the longest prefix of `name` that is one of our modules, else `name` itself."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in MODULES:
            return candidate
    return name


def imports_of(module: str, path: Path) -> Iterator[Import]:
    """Yield every import in one file, relative ones resolved, `from pkg import mod` as pkg.mod."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, _resolve(alias.name), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")[: None if is_package else -1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                yield Import(module, _resolve(f"{base}.{alias.name}"), node.lineno)


ALL_IMPORTS = [imp for module, path in MODULES.items() for imp in imports_of(module, path)]


def _in(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def cycles() -> list[list[str]]:
    """Return the import cycles among our modules (strongly connected components, Tarjan)."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for imp in ALL_IMPORTS:
        if imp.target in MODULES and imp.target != imp.module:
            graph[imp.module].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def violations(importer: Callable[[str], bool], forbidden: Callable[[str], bool]) -> list[str]:
    """Return the imports by modules `importer` accepts of targets `forbidden` accepts."""
    return [str(i) for i in ALL_IMPORTS if importer(i.module) and forbidden(i.target)]


def is_core(module: str) -> bool:
    """bot/ outside its adapters, its CLI commands and the CLI entry points."""
    entry = ("bot.cli", "bot.__main__")
    return _in(module, "bot") and not _in(module, "bot.adapters", "bot.commands", *entry)


def is_serving(module: str) -> bool:
    """bot/ outside its CLI commands (a deployment that only serves has no training package)."""
    return _in(module, "bot") and not _in(module, "bot.commands", "bot.cli", "bot.__main__")


def test_the_reader_sees_lazy_and_type_checking_imports() -> None:
    targets = {(i.module, i.target) for i in ALL_IMPORTS}
    assert ("bot.pipeline", "bot.control") in targets  # a top-level import
    assert ("bot.wiring", "bot.generation.factory") in targets  # inside a function
    assert ("bot.commands.x_cmd", "bot.adapters.x.adapter") in targets  # under TYPE_CHECKING
    assert len(MODULES) > 50


def test_a_cycle_would_be_found(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Import("bot.events", "bot.pipeline", 1)  # events -> pipeline -> ... -> events
    monkeypatch.setattr(f"{__name__}.ALL_IMPORTS", [*ALL_IMPORTS, fake])
    assert any({"bot.events", "bot.pipeline"} <= set(c) for c in cycles())


def test_no_import_cycles() -> None:
    assert cycles() == []


def test_the_core_never_imports_an_adapter() -> None:
    assert violations(is_core, lambda t: _in(t, "bot.adapters")) == []


def test_serving_never_imports_training() -> None:
    assert violations(is_serving, lambda t: _in(t, "training")) == []


def test_discord_only_in_its_adapter_package() -> None:
    outside = violations(lambda m: not _in(m, "bot.adapters.discord"), lambda t: _in(t, "discord"))
    assert outside == []


def test_tweepy_only_in_the_x_adapter_and_downloader() -> None:
    allowed = ("bot.adapters.x", "training.sources.x_api")
    assert violations(lambda m: not _in(m, *allowed), lambda t: _in(t, "tweepy")) == []
