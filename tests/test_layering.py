"""The house rule: the core (`viewer/`, all of it) imports no Qt and no widgets, and its
modules import each other without cycles; nor do the widgets' modules.

Three independent checks, so that no clever import slips past all of them: importing every core
module with Qt blocked, a static scan of every import statement, and the import-linter contracts
in pyproject.toml (which also follow indirect imports) -- shown to fail on an injected cycle.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORE = REPO / "viewer"
PLUGIN_POINTS = frozenset({"viewer/commands/__init__.py", "viewer/gui_plugin.py"})
"""The only core files allowed a dynamic import of a computed name: the subcommand registry (a
fixed table of core modules) and the documented lookup of the GUI package's launcher."""
FORBIDDEN_ROOTS = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "widgets")


def _is_forbidden(module: str) -> bool:
    return any(module == root or module.startswith(root + ".") for root in FORBIDDEN_ROOTS)


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _core_files() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


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
                raise ModuleNotFoundError(f"core module imported {{name}}", name=name)
            return None

    sys.meta_path.insert(0, BlockQt())
    """
)


def test_every_core_module_imports_with_qt_blocked() -> None:
    code = _BLOCKER.format(roots=FORBIDDEN_ROOTS) + textwrap.dedent(
        """
        import viewer
        failures, imported = [], []

        def record(name):
            failures.append(f"{{name}}: {{sys.exc_info()[1]!r}}")

        for info in pkgutil.walk_packages(viewer.__path__, "viewer.", onerror=record):
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
    )
    result = _run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr
    imported = int(result.stdout.split()[0])
    assert imported == len(_core_files()) - 1  # all but viewer/__init__ (imported first)


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


def test_console_scripts_run_commands_without_qt() -> None:
    """`parallax-cli align` starts in `widgets.app` (the installed script) and still loads no Qt."""
    code = _BLOCKER.format(roots=("PySide6", "shiboken6")) + textwrap.dedent(
        """
        import contextlib, io
        from widgets.app import main

        for argv in (["align", "--help"], ["export", "--help"], ["align", "--json"]):
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(argv)
            if code != 0 or attempts:
                sys.exit(f"{argv}: exit {code}, Qt imports attempted: {attempts}")
        """
    )
    result = _run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_without_the_gui_package_the_window_is_one_line_and_commands_still_run() -> None:
    code = _BLOCKER.format(roots=("widgets",)) + textwrap.dedent(
        """
        import contextlib, io
        from viewer.cli import main

        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["align", "--json"]) == 0
        sys.exit(main([]))
        """
    )
    result = _run_python(code)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.splitlines() == [
        "parallax: cannot open the window: the window is not installed (no module 'widgets'); "
        "'parallax align' and 'parallax export' work without it"
    ]


def _dynamic_imports_in(tree: ast.AST) -> list[int]:
    """Lines of `import_module(...)`/`__import__(...)` calls on a computed (non-literal) name."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, (ast.Name, ast.Attribute))
        and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
        in ("import_module", "__import__")
        and not (node.args and isinstance(node.args[0], ast.Constant))
    ]


def test_dynamic_imports_happen_only_at_the_documented_plugin_points() -> None:
    """A computed module name hides a dependency from the static checks; only the two plug-in
    points may use one."""
    found = {
        str(path.relative_to(REPO)): lines
        for path in _core_files()
        if (lines := _dynamic_imports_in(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert set(found) == PLUGIN_POINTS, found
    assert _dynamic_imports_in(ast.parse("import importlib\nimportlib.import_module(name)\n"))


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
         " sys.exit(lint_imports_command())", "--no-cache", "pyproject.toml"],
        cwd=root, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def _contracts() -> list[dict[str, object]]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_import_linter_contracts_are_kept_with_no_exceptions() -> None:
    contracts = _contracts()
    assert {"layers", "forbidden", "acyclic_siblings"} <= {c["type"] for c in contracts}
    assert [c["name"] for c in contracts if c.get("ignore_imports")] == []
    result = _lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"{len(contracts)} kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "injected", "broken"),
    [
        # corpus <- engine already; engine -> corpus closes a cycle
        ("viewer/corpus.py", "import viewer.engine", {"acyclic_siblings"}),
        ("viewer/corpus.py", "import widgets.main_window", {"layers", "forbidden"}),
        ("viewer/align_report.py", "import viewer.cli", {"protected", "acyclic_siblings"}),
        # a part typed against the window it is built by: a cycle in widgets/, type-only or not
        ("widgets/window_settings.py", "if TYPE_CHECKING:\n    import widgets.main_window",
         {"acyclic_siblings"}),
    ],
)
def test_import_linter_contracts_fail_on_an_injected_import(
    tmp_path: Path, module: str, injected: str, broken: set[str]
) -> None:
    """The contracts are not vacuous: a copy of the code with one bad import breaks them."""
    for package in ("viewer", "widgets"):
        shutil.copytree(REPO / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    with (tmp_path / module).open("a", encoding="utf-8") as source:
        source.write(f"\n{injected}  # injected by the test\n")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout[-3000:]
    names = {c["name"]: c["type"] for c in _contracts()}
    reported_broken = {names[name] for name in names if f"{name} BROKEN" in result.stdout}
    assert reported_broken == broken, result.stdout[-3000:]
