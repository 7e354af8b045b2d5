"""One build step on top of pyproject.toml: the wheel carries the spec.

``spec/binance-pm.yaml`` is the spec's only path in the repository. A wheel holds only
packages, so ``build_spec`` copies that file into the build as package data of
``binance_pm_spec`` (``binance_pm_spec/binance-pm.yaml``), where
``binance_pm_spec.default_spec_path()`` finds it once installed. Nothing is copied in the
checkout itself: the copy exists only in build outputs (``build/lib``, the wheel).

``build_spec`` is a ``build`` sub-command written to setuptools' documented protocol for
them (``setuptools.command.build.SubCommand``, in "Extending or Customizing Setuptools"):
- ``get_source_files`` puts the spec in the sdist, so a wheel built from the sdist (the way
  ``python -m build`` builds it) carries it too;
- in editable mode it copies nothing: the package reads ``spec/`` of the checkout;
- ``get_outputs`` and ``get_output_mapping`` name the copy without running the step.
"""

from __future__ import annotations

import os
from typing import ClassVar

from setuptools import Command, setup
from setuptools.command.build import build

SPEC_SOURCE = "spec/binance-pm.yaml"
SPEC_PACKAGE_PATH = ("binance_pm_spec", "binance-pm.yaml")


class BuildSpec(Command):
    """Copies the spec into ``binance_pm_spec`` of the build directory."""

    description = f"copy {SPEC_SOURCE} into the build as package data of binance_pm_spec"
    user_options: ClassVar[list[tuple[str, str | None, str]]] = []
    # setuptools sets this on every build sub-command that has it, for editable installs.
    editable_mode = False

    def initialize_options(self) -> None:
        self.build_lib: str | None = None

    def finalize_options(self) -> None:
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def target(self) -> str:
        assert self.build_lib is not None
        return os.path.join(self.build_lib, *SPEC_PACKAGE_PATH)

    def run(self) -> None:
        if self.editable_mode:
            return
        self.mkpath(os.path.dirname(self.target()))
        self.copy_file(SPEC_SOURCE, self.target(), preserve_mode=False)

    def get_source_files(self) -> list[str]:
        return [SPEC_SOURCE]

    def get_outputs(self) -> list[str]:
        return [self.target()]

    def get_output_mapping(self) -> dict[str, str]:
        return {self.target(): SPEC_SOURCE}


class BuildWithSpec(build):
    sub_commands: ClassVar[list[tuple[str, object]]] = [*build.sub_commands, ("build_spec", None)]


if __name__ == "__main__":  # setuptools' build backend runs this file as __main__
    setup(cmdclass={"build": BuildWithSpec, "build_spec": BuildSpec})
