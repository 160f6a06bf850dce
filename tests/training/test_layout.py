"""What ``pip install`` ships is what runs: training code stays outside the installed packages."""

import ast
import tomllib
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[2]


def _shipped_packages() -> list[str]:
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = cfg["tool"]["setuptools"]["packages"]["find"]["include"]
    return find_packages(str(ROOT), include=include)


def test_training_is_not_a_shipped_package():
    shipped = _shipped_packages()
    assert "models.ner" in shipped and "eval" in shipped
    assert not [p for p in shipped if p.split(".")[0] in ("training", "tests", "scripts")]


@pytest.mark.parametrize("module", ["train", "teacher", "synth", "pretrained"])
def test_training_modules_left_the_runtime_package(module):
    assert not (ROOT / "models" / "ner" / f"{module}.py").exists()
    assert (ROOT / "training" / "ner" / f"{module}.py").is_file()


def test_no_shipped_module_imports_training():
    offenders = []
    for pkg in _shipped_packages():
        for path in (ROOT / pkg.replace(".", "/")).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in ("training", "scripts")]
    assert offenders == []
