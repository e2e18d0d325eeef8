"""The house rule: the core (`viewer/` minus the GUI entry point `viewer/app.py`) imports no Qt.

Three independent checks, so that no clever import slips past all of them: importing every core
module with Qt blocked, a static scan of every import statement, and the import-linter contract
in pyproject.toml (which also follows indirect imports).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORE = REPO / "viewer"
GUI_ENTRY_POINTS = frozenset({"viewer.app"})
"""Modules of `viewer/` allowed to import Qt: the window's entry point only."""
FORBIDDEN_ROOTS = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "widgets")


def _is_forbidden(module: str) -> bool:
    return any(module == root or module.startswith(root + ".") for root in FORBIDDEN_ROOTS)


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _core_files() -> list[Path]:
    return [p for p in sorted(CORE.rglob("*.py")) if _module_name(p) not in GUI_ENTRY_POINTS]


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("QT_QPA_PLATFORM", None)  # the core must not need even an offscreen display
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=300, stdin=subprocess.DEVNULL,
    )


_BLOCKER = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    ROOTS = {roots!r}
    attempts = []

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if any(name == r or name.startswith(r + ".") for r in ROOTS):
                attempts.append(name)
                raise ImportError(f"core module imported {{name}}")
            return None

    sys.meta_path.insert(0, BlockQt())
    """
)


def test_every_core_module_imports_with_qt_blocked() -> None:
    code = _BLOCKER.format(roots=FORBIDDEN_ROOTS) + textwrap.dedent(
        """
        import viewer
        exempt = {exempt!r}
        failures, imported = [], []

        def record(name):
            failures.append(f"{{name}}: {{sys.exc_info()[1]!r}}")

        for info in pkgutil.walk_packages(viewer.__path__, "viewer.", onerror=record):
            if info.name in exempt:
                continue
            before = len(attempts)
            try:
                importlib.import_module(info.name)
                imported.append(info.name)
            except Exception as error:
                failures.append(f"{{info.name}}: {{error!r}}")
            # Catches a core module that swallows the ImportError (try: import PySide6 ...).
            if len(attempts) > before:
                failures.append(f"{{info.name}} tried to import {{attempts[before:]}}")
        print(len(imported))
        print("\\n".join(failures))
        sys.exit(1 if failures else 0)
        """
    ).format(exempt=set(GUI_ENTRY_POINTS))
    result = _run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr
    imported = int(result.stdout.split()[0])
    assert imported >= len(_core_files()) - 1  # every core file (viewer/__main__ included)


def test_command_line_align_and_export_run_without_qt() -> None:
    code = _BLOCKER.format(roots=FORBIDDEN_ROOTS) + textwrap.dedent(
        """
        import contextlib, io
        from viewer.cli import main

        for argv in (["align", "--help"], ["export", "--help"], ["align", "--json"]):
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(argv)
            if code != 0 or attempts:
                sys.exit(f"{argv}: exit {code}, Qt imports attempted: {attempts}")
        """
    )
    result = _run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr


def _imports_in(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def test_no_core_source_file_contains_a_qt_import() -> None:
    offences = []
    files = _core_files()
    assert len(files) >= 5
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        offences += [
            f"{path.relative_to(REPO)}:{line}: imports {module}"
            for line, module in _imports_in(tree)
            if _is_forbidden(module)
        ]
    assert offences == []


def test_static_scan_sees_imports_inside_functions_and_dynamic_ones() -> None:
    sample = textwrap.dedent(
        """
        def later():
            from PySide6.QtWidgets import QWidget
            import importlib
            importlib.import_module("PySide6.QtGui")
            __import__("widgets.main_window")
        """
    )
    modules = [module for _, module in _imports_in(ast.parse(sample))]
    assert [m for m in modules if _is_forbidden(m)] == [
        "PySide6.QtWidgets", "PySide6.QtGui", "widgets.main_window"
    ]


def test_import_linter_contract_is_kept() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
         " sys.exit(lint_imports_command())", "--no-cache", "--config", "pyproject.toml"],
        cwd=REPO, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "1 kept, 0 broken" in result.stdout
