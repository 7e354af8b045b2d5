"""What an installed wheel relies on, checked in-process: the spec found as package data
when no repository is around (put there by setup.py's own build step), one version from
pyproject.toml, and the py.typed markers. ``make wheel-check`` installs the real wheel."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import shutil
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import binance_pm
import pytest
from binance_pm import client

from binance_pm_spec import SPEC_ENV_VAR, SpecError, default_docs_path, default_spec_path
from generator.generate import project_version

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "binance-pm.yaml"
TOOL_PACKAGES = ("binance_pm_spec", "binance_pm_cli", "binance_pm_sandbox", "binance_pm_doccheck")


def _load(name: str, path: Path, search: Path | None = None) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        name, path, submodule_search_locations=[str(search)] if search is not None else None
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def setup_script() -> Iterator[ModuleType]:
    """The repository's setup.py as a module (its ``setup()`` call runs only as ``__main__``)."""
    yield _load("binance_pm_setup_under_test", REPO / "setup.py")
    sys.modules.pop("binance_pm_setup_under_test", None)


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], ModuleType]]:
    """Loads a copy of binance_pm_spec from a folder (a stand-in for site-packages), under a
    name of its own, with ``$BINANCE_PM_SPEC`` unset."""
    monkeypatch.delenv(SPEC_ENV_VAR, raising=False)
    names: list[str] = []

    def load(site: Path) -> ModuleType:
        package = site / "binance_pm_spec"
        package.mkdir(parents=True, exist_ok=True)
        for source in (REPO / "binance_pm_spec").glob("*.py"):
            shutil.copy(source, package / source.name)
        name = f"installed_binance_pm_spec_{len(names)}"
        names.append(name)
        return _load(name, package / "__init__.py", search=package)

    yield load
    for name in names:
        for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[module]


def _build_spec_step(setup_script: ModuleType, build_lib: Path, *, editable: bool = False) -> Any:
    # Through importlib: the dev venv's setuptools ships no type information.
    distribution = importlib.import_module("setuptools.dist").Distribution({"name": "binance-pm"})
    step = setup_script.BuildSpec(distribution)
    step.initialize_options()
    step.build_lib = str(build_lib)
    step.editable_mode = editable
    return step


def test_the_build_step_puts_the_spec_where_an_installed_package_finds_it(
    setup_script: ModuleType, installed: Callable[[Path], ModuleType], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site-packages"
    monkeypatch.chdir(REPO)  # setup.py runs from the project root
    _build_spec_step(setup_script, site).run()
    monkeypatch.chdir(tmp_path)
    package = installed(site)

    found = package.default_spec_path()

    assert found == site / "binance_pm_spec" / "binance-pm.yaml"
    assert found.read_bytes() == SPEC.read_bytes()
    document = package.load_document()
    assert len(package.read_facts(document).operations) == len(list(package.iter_operations(document)))


def test_the_sdist_carries_the_spec_and_an_editable_install_copies_nothing(
    setup_script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    step = _build_spec_step(setup_script, tmp_path, editable=True)

    step.run()

    assert list(tmp_path.iterdir()) == []
    assert step.get_source_files() == ["spec/binance-pm.yaml"]
    assert step.get_output_mapping() == {str(tmp_path / "binance_pm_spec" / "binance-pm.yaml"): "spec/binance-pm.yaml"}


def test_the_build_runs_the_spec_step(setup_script: ModuleType) -> None:
    assert ("build_spec", None) in setup_script.BuildWithSpec.sub_commands


def test_an_installed_package_without_its_spec_names_the_packaged_path(
    installed: Callable[[Path], ModuleType], tmp_path: Path
) -> None:
    site = tmp_path / "site-packages"
    package = installed(site)

    with pytest.raises(
        package.SpecError, match=r"cannot read the spec at .*site-packages/binance_pm_spec/binance-pm\.yaml"
    ):
        package.load_document()


def test_in_a_checkout_the_repository_spec_wins_over_a_packaged_copy(
    installed: Callable[[Path], ModuleType], tmp_path: Path
) -> None:
    checkout = tmp_path / "checkout"
    (checkout / "spec").mkdir(parents=True)
    (checkout / "spec" / "binance-pm.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    package = installed(checkout)
    (checkout / "binance_pm_spec" / "binance-pm.yaml").write_text("stale: copy\n", encoding="utf-8")

    assert package.default_spec_path() == checkout / "spec" / "binance-pm.yaml"


def test_the_environment_variable_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(SPEC_ENV_VAR, str(tmp_path / "mine.yaml"))

    assert default_spec_path() == tmp_path / "mine.yaml"


def test_this_checkout_reads_its_own_spec_and_docs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SPEC_ENV_VAR, raising=False)

    assert default_spec_path() == SPEC
    assert default_docs_path() == REPO / "spec" / "docs"


def test_an_installed_package_has_no_default_doc_pages(installed: Callable[[Path], ModuleType], tmp_path: Path) -> None:
    package = installed(tmp_path / "site-packages")

    assert package.default_docs_path() is None


def _pyproject_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    assert isinstance(version, str)
    return version


def test_the_package_version_is_the_distribution_version() -> None:
    assert binance_pm.__version__ == importlib.metadata.version("binance-pm") == _pyproject_version()


def test_the_user_agent_carries_the_package_version() -> None:
    user_agent = client.USER_AGENT

    assert user_agent == f"binance-pm/{_pyproject_version()}"


def test_the_generator_reads_the_version_from_pyproject(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "binance-pm"\nversion = "9.8.7rc1"\n', encoding="utf-8")

    assert project_version(pyproject) == "9.8.7rc1"
    assert project_version() == _pyproject_version()


def test_the_generator_refuses_a_pyproject_without_a_version(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "binance-pm"\n', encoding="utf-8")

    with pytest.raises(SpecError, match=r"has no \[project\] version"):
        project_version(pyproject)


def test_every_package_is_marked_typed() -> None:
    generated = Path(binance_pm.__file__).parent / "py.typed"
    assert generated.is_file() and generated.read_bytes() == b""
    for name in TOOL_PACKAGES:
        assert (REPO / name / "py.typed").is_file(), name
    with (REPO / "pyproject.toml").open("rb") as file:
        package_data = tomllib.load(file)["tool"]["setuptools"]["package-data"]
    assert "py.typed" in package_data["*"]


def test_a_spec_that_is_not_utf8_is_a_spec_error_naming_it(tmp_path: Path) -> None:
    from binance_pm_spec import SpecError, load_document

    spec = tmp_path / "spec.yaml"
    spec.write_bytes(b"openapi: 3.1.0\ninfo: \xff\xfe\n")
    with pytest.raises(SpecError, match=r"cannot read the spec at .*spec\.yaml: not UTF-8 text"):
        load_document(spec)
