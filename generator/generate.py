"""Generates ``generated/binance_pm`` from ``spec/binance-pm.yaml``.

    python -m generator                # regenerate in place
    python -m generator --check        # regenerate elsewhere and fail on any difference

openapi-python-client renders the models and operation modules; the driver gives the
templates what the generator does not pass them (hosts, security types, weights and
parameter constraints read from the spec's servers, security schemes and ``x-binance-*``
extensions) as the ``binance`` global, renders the runtime modules in
``templates/runtime/``, and formats everything with the project's pinned ruff.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier
from ruamel.yaml import YAML

from . import hooks

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "binance-pm.yaml"
OUTPUT = ROOT / "generated" / "binance_pm"
TEMPLATES = Path(__file__).resolve().parent / "templates"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
PACKAGE = "binance_pm"

_STRING_CHECKS = {"minLength": "min_length", "maxLength": "max_length", "pattern": "pattern"}
_INTEGER_CHECKS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
}


class SpecError(Exception):
    """The spec lacks something the client needs; the message says what and where."""


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = YAML(typ="safe").load(handle)
    return document


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _checks(where: str, schema: dict[str, Any]) -> dict[str, Any]:
    kind = str(schema.get("type"))
    names = {"string": _STRING_CHECKS, "integer": _INTEGER_CHECKS}.get(kind)
    if names is None:
        raise SpecError(f"{where}: parameters of type {kind!r} have no check yet; add one in generator/generate.py")
    return {python: schema[key] for key, python in names.items() if key in schema}


def _render_kwargs(values: dict[str, Any]) -> str:
    return "".join(f", {name}={value!r}" for name, value in values.items())


def binance_metadata(document: dict[str, Any]) -> dict[str, Any]:
    """Everything the templates need that openapi-python-client does not hand them."""
    hosts = {server["x-binance-host"]: server["url"] for server in document["servers"]}
    schemes = document["components"]["securitySchemes"]
    api_key_scheme = next(name for name, s in schemes.items() if s["type"] == "apiKey" and s["in"] == "header")
    signature_scheme = next(name for name, s in schemes.items() if s["type"] == "apiKey" and s["in"] == "query")
    signature = schemes[signature_scheme]
    recv_window_name = signature["x-binance-recv-window-parameter"]
    timestamp_name = signature["x-binance-timestamp-parameter"]
    recv_window = next(
        _resolve(document, p)
        for p in document["components"]["parameters"].values()
        if _resolve(document, p)["name"] == recv_window_name
    )
    signing = {
        "api_key_header": schemes[api_key_scheme]["name"],
        "signature": signature["name"],
        "timestamp": timestamp_name,
        "recv_window": recv_window_name,
        "recv_window_default": recv_window["schema"]["default"],
        "recv_window_max": recv_window["schema"]["maximum"],
        "recv_window_bounds": _checks("recvWindow", recv_window["schema"]),
        "timestamp_max_ahead_ms": signature["x-binance-timestamp-max-ahead-ms"],
    }
    time_path = document.get("x-binance-time-path", "/api/v3/time")

    operations: dict[str, Any] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            where = f"{method.upper()} {path}"
            requirements = operation.get("security", document.get("security", []))
            schemes_used = {name for requirement in requirements for name in requirement}
            servers = operation.get("servers", document["servers"])
            parameters = [_resolve(document, p) for p in operation.get("parameters", [])]
            signed = signature_scheme in schemes_used
            checks = {
                p["name"]: _checks(f"{where} parameter {p['name']}", _resolve(document, p["schema"]))
                for p in parameters
            }
            meta = {
                "operation_id": operation["operationId"],
                "method": method.upper(),
                "path": path,
                "host": servers[0]["x-binance-host"],
                "security_type": operation["x-binance-security-type"],
                "needs_api_key": api_key_scheme in schemes_used,
                "signed": signed,
                "weight": operation["x-binance-weight"]["value"],
                "weight_per": operation["x-binance-weight"]["per"],
                "summary": operation["summary"],
                "injected_parameters": [timestamp_name] if signed else [],
                "parameter_docs": {p["name"]: p.get("description", "") for p in parameters},
                "parameter_checks": {
                    p["name"]: {
                        "function": "check_str" if _resolve(document, p["schema"])["type"] == "string" else "check_int",
                        "arguments": _render_kwargs(checks[p["name"]]),
                    }
                    for p in parameters
                },
            }
            if meta["host"] not in hosts:
                raise SpecError(f"{where}: server host {meta['host']!r} is not among the document's servers")
            for key in (operation["operationId"], str(PythonIdentifier(operation["operationId"], prefix=""))):
                operations[key] = meta
    return {
        "hosts": hosts,
        "signing": signing,
        "time_path": time_path,
        "operations": operations,
        "spec_version": document["info"]["version"],
    }


def _raw(value: object) -> str:
    """The text of a spec string; the spec is the project's own, so its text may be rendered."""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return str(value)


def _generate_into(output: Path, spec: Path) -> None:
    hooks.install()
    document = load_spec(spec)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(f"{openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals["binance"] = binance_metadata(document)
    project.env.filters["raw"] = _raw
    project.env.filters["pyrepr"] = lambda value: repr(value if isinstance(value, (int, bool)) else _raw(value))
    project.env.filters["kwargs"] = lambda values: ", ".join(f"{k}={v!r}" for k, v in values.items())
    problems = project.build()
    if problems:
        details = "\n".join(f"{p.level.value}: {p.header}: {p.detail}" for p in problems)
        raise SpecError(f"openapi-python-client reported problems:\n{details}")
    for template_path in sorted((TEMPLATES / "runtime").glob("*.py.jinja")):
        template = project.env.get_template(f"runtime/{template_path.name}")
        (output / template_path.name.removesuffix(".jinja")).write_text(template.render(), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--config", str(ROOT / "pyproject.toml"), "--no-cache"]
    # Import sorting and unused imports only: the templates import generously.
    subprocess.run([*ruff, "check", *settings, "--fix-only", "--select", "I,F401", "--quiet", str(output)], check=True)
    subprocess.run([*ruff, "format", *settings, "--quiet", str(output)], check=True)


def _differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only in {comparison.left}: {prefix}{n}" for n in comparison.left_only if n != "__pycache__")
        found.extend(f"only in generated output: {prefix}{n}" for n in comparison.right_only if n != "__pycache__")
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(f"differs: {prefix}{n}" for n in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="binance-pm-gen-") as scratch:
        fresh = Path(scratch) / PACKAGE
        try:
            _generate_into(fresh, args.spec)
        except SpecError as exc:
            print(f"generation failed: {exc}", file=sys.stderr)
            return 1
        if args.check:
            differences = _differences(args.output, fresh) if args.output.is_dir() else [f"missing: {args.output}"]
            for line in differences:
                print(line, file=sys.stderr)
            if differences:
                print("generated/ is out of date: run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"{args.output} is in sync with {args.spec.name}")
            return 0
        if args.output.exists():
            shutil.rmtree(args.output)
        shutil.copytree(fresh, args.output)
    print(f"generated {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
