"""Generates ``generated/binance_pm`` from ``spec/binance-pm.yaml``.

    python -m generator                # regenerate in place
    python -m generator --check        # regenerate elsewhere and fail on any difference

openapi-python-client renders the models and operation modules; the driver gives the
templates what the generator does not pass them (hosts, security types, weights and
parameter constraints read from the spec's servers, security schemes and ``x-binance-*``
extensions) as the ``binance`` global, and the typed fast path ``wire.py`` plans as the
``wire`` global; it renders the runtime modules in ``templates/runtime/`` and the fast path
(``templates/fast_path/``, a module per operation), and formats
everything with the project's pinned ruff.
"""

from __future__ import annotations

import argparse
import filecmp
import keyword
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier

from binance_pm_spec import (
    OperationFacts,
    SpecError,
    SpecFacts,
    default_spec_path,
    load_document,
    read_facts,
    read_stream_facts,
)

from . import hooks, wire
from .stream import stream_metadata
from .strings import raw

ROOT = Path(__file__).resolve().parent.parent
SPEC = default_spec_path()
OUTPUT = ROOT / "generated" / "binance_pm"
TEMPLATES = Path(__file__).resolve().parent / "templates"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
PYPROJECT = ROOT / "pyproject.toml"
PACKAGE = "binance_pm"
FAST_PATH = "_fast_path"

_STRING_CHECKS = {"minLength": "min_length", "maxLength": "max_length", "pattern": "pattern"}
_NUMBER_CHECKS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
}
# JSON Schema type -> the _params function and the constraints it takes.
_CHECKS = {
    "string": ("check_str", _STRING_CHECKS),
    "integer": ("check_int", _NUMBER_CHECKS),
    "boolean": ("check_bool", {}),
}


# Each check function's kind of value, as the command catalog names it.
_KINDS = {
    "check_str": "str",
    "check_int": "int",
    "check_bool": "bool",
    "check_decimal": "decimal",
    "check_enum": "enum",
}


def _check_function(where: str, schema: Mapping[str, Any]) -> str:
    """The ``_params`` function that checks a parameter of this schema before sending."""
    if schema.get("format") == "decimal":
        return "check_decimal"
    if "enum" in schema:
        return "check_enum"
    kind = str(schema.get("type"))
    if kind not in _CHECKS:
        raise SpecError(f"{where}: parameters of type {kind!r} have no check yet; add one in generator/generate.py")
    return _CHECKS[kind][0]


def _checks(where: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """The schema's constraints as that function's keyword arguments."""
    if "enum" in schema:
        return {}
    names = _NUMBER_CHECKS if schema.get("format") == "decimal" else _CHECKS[str(schema.get("type"))][1]
    return {python: schema[key] for key, python in names.items() if key in schema}


def _pyrepr(value: Any) -> str:
    """A spec value (text, number, or tuples of them) as a Python literal."""
    if isinstance(value, tuple | list):
        items = [_pyrepr(item) for item in value]
        # No trailing comma past one item: ruff would keep such a tuple exploded, a line an item.
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    return repr(value if isinstance(value, int | bool) else raw(value))


def _kwargs(values: Mapping[str, Any]) -> str:
    """Keyword arguments as Python source: ``{"maximum": 60000}`` -> ``maximum=60000``."""
    return ", ".join(f"{name}={value!r}" for name, value in values.items())


def _python_name(name: str) -> str:
    """The Python keyword for a parameter's name: its snake case.

    openapi-python-client also appends ``_`` to names of builtins (``type`` -> ``type_``);
    a keyword argument may shadow a builtin harmlessly, and users write Binance's name, so
    only true keywords (``from`` -> ``from_``) keep the underscore.
    """
    identifier = str(PythonIdentifier(name, prefix=""))
    if identifier.endswith("_") and not name.endswith("_") and not keyword.iskeyword(identifier[:-1]):
        return identifier[:-1]
    return identifier


def _rules(op: OperationFacts) -> list[dict[str, Any]]:
    return [
        {
            "kind": rule.kind,
            "parameters": tuple((name, _python_name(name)) for name in rule.parameters),
            "when": rule.when,
            "description": rule.description,
        }
        for rule in op.rules
    ]


def _lookup(facts: SpecFacts, op: OperationFacts) -> dict[str, Any] | None:
    lookup = op.order_lookup
    if lookup is None:
        return None
    # read_facts has checked that the lookup names a real operation and parameters.
    return {
        "module": _module(facts.operation(lookup.operation_id)),
        "id_parameter": lookup.id_parameter,
        "copy": lookup.copy,
        "not_found_codes": lookup.not_found_codes,
    }


def _module(op: OperationFacts) -> str:
    """The operation's module, named as openapi-python-client names it: the package of its
    first tag, then its operationId in snake case."""
    tags = op.operation.get("tags") or ["default"]
    return (
        f"{PACKAGE}.api.{PythonIdentifier(str(tags[0]), prefix='tag')}.{PythonIdentifier(op.operation_id, prefix='')}"
    )


def binance_metadata(facts: SpecFacts) -> dict[str, Any]:
    """Everything the templates need that openapi-python-client does not hand them."""
    rules = facts.signing
    signing = {
        "api_key_header": rules.api_key_header,
        "signature": rules.signature_parameter,
        "timestamp": rules.timestamp_parameter,
        "recv_window": rules.recv_window_parameter,
        "recv_window_default": rules.recv_window_default,
        "recv_window_max": rules.recv_window_max,
        "recv_window_bounds": _checks(rules.recv_window_parameter, rules.recv_window_schema),
    }
    operations: dict[str, Any] = {}
    for op in facts.operations:
        where = f"{op.method} {op.path}"
        meta = {
            "operation_id": op.operation_id,
            "method": op.method,
            "path": op.path,
            "host": op.host,
            "security_type": op.security_type,
            "needs_api_key": op.needs_api_key,
            "signed": op.signed,
            "weight": op.weight,
            "weight_per": op.weight_per,
            "summary": op.summary,
            "weight_when_present": op.weight_when_present,
            "rules": _rules(op),
            "client_order_id": op.client_order_id,
            "lookup": _lookup(facts, op),
            "deprecated": op.deprecated,
            "module": _module(op),
            "doc_group": op.doc_group,
            "catalog_parameters": [
                {
                    "name": p["name"],
                    "python_name": _python_name(str(p["name"])),
                    "kind": _KINDS[_check_function(f"{where} parameter {p['name']}", p["schema"])],
                    "required": bool(p.get("required", False)),
                    "values": tuple(str(v) for v in p["schema"].get("enum", ())),
                    "help": " ".join(str(p.get("description", "")).split()),
                }
                for p in op.parameters
                if not (op.signed and p["name"] == rules.timestamp_parameter)
            ],
            "injected_parameters": [rules.timestamp_parameter] if op.signed else [],
            "parameter_docs": {p["name"]: p.get("description", "") for p in op.parameters},
            "python_names": {p["name"]: _python_name(str(p["name"])) for p in op.parameters},
            "parameter_checks": {
                p["name"]: {
                    "function": _check_function(f"{where} parameter {p['name']}", p["schema"]),
                    "arguments": _checks(f"{where} parameter {p['name']}", p["schema"]),
                }
                for p in op.parameters
            },
        }
        # Templates look operations up by the generator's name for them (snake case).
        for key in (op.operation_id, str(PythonIdentifier(op.operation_id, prefix=""))):
            operations[key] = meta
    return {
        "hosts": dict(facts.hosts),
        # The client's keyword for each host's base URL: the api host's is plain base_url.
        "host_arguments": {name: "base_url" if name == "api" else f"{name}_base_url" for name in facts.hosts},
        "signing": signing,
        "time_path": rules.time_path,
        "operations": operations,
        "spec_version": facts.version,
    }


def project_version(pyproject: Path | None = None) -> str:
    """``[project] version`` of pyproject.toml: the one version, which the templates render as
    ``binance_pm.__version__`` and in the User-Agent (as ``package_version``)."""
    pyproject = pyproject or PYPROJECT
    try:
        with pyproject.open("rb") as file:
            version = tomllib.load(file).get("project", {}).get("version")
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError(f"cannot read the version from {pyproject}: {exc}") from None
    if not isinstance(version, str) or not version:
        raise SpecError(f"{pyproject} has no [project] version")
    return version


def _success_properties(openapi: GeneratorData) -> list[tuple[str, Any]]:
    """Each operation's module name and the property of its first 2XX answer (what it returns)."""
    found = []
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses.patterns:
                status = response.status_code.range
                if status is not None and 200 <= status[0] <= 299:
                    found.append((str(endpoint.name), response.prop))
                    break
    return found


def _generate_into(output: Path, spec: Path) -> wire.WirePlan:
    """Generates the package into ``output``; returns the typed fast path's plan."""
    hooks.install()
    document = load_document(spec)
    config_file = ConfigFile.load_from_path(CONFIG)
    # One version for the project: pyproject's, whatever config.yaml says.
    config_file.package_version_override = project_version()
    config = Config.from_sources(
        config_file,
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
    facts = read_facts(document)
    project.env.globals["binance"] = binance_metadata(facts)
    wire_plan = wire.plan(openapi, _success_properties(openapi))
    project.env.globals["wire"] = wire_plan
    modules = {op.operation_id: _module(op) for op in facts.operations}
    project.env.globals["stream"] = stream_metadata(openapi, read_stream_facts(document), modules)
    project.env.filters["raw"] = raw
    project.env.filters["pyrepr"] = _pyrepr
    project.env.filters["kwargs"] = _kwargs
    problems = project.build()
    if problems:
        details = "\n".join(f"{p.level.value}: {p.header}: {p.detail}" for p in problems)
        raise SpecError(f"openapi-python-client reported problems:\n{details}")
    for template_path in sorted((TEMPLATES / "runtime").glob("*.py.jinja")):
        template = project.env.get_template(f"runtime/{template_path.name}")
        (output / template_path.name.removesuffix(".jinja")).write_text(template.render(), encoding="utf-8")
    # PEP 561: the empty marker that tells a user's type checker to read the package's annotations.
    (output / "py.typed").write_text("", encoding="utf-8")
    # The typed fast path: a module per operation, so that an answer loads only its own
    # structs and models.
    fast_path = output / FAST_PATH
    fast_path.mkdir()
    (fast_path / "__init__.py").write_text(project.env.get_template("fast_path/__init__.py.jinja").render(), "utf-8")
    per_operation = project.env.get_template("fast_path/operation.py.jinja")
    for name, operation in wire_plan.operations.items():
        (fast_path / f"{name}.py").write_text(per_operation.render(op=operation), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--config", str(ROOT / "pyproject.toml"), "--no-cache"]
    # Import sorting, unused imports and None last in unions only: the templates import
    # generously, and the generator writes unions in schema order.
    for step in (["check", *settings, "--fix-only", "--select", "I,F401,RUF036"], ["format", *settings]):
        formatted = subprocess.run([*ruff, *step, str(output)], capture_output=True, text=True, check=False)
        if formatted.returncode != 0:
            # A template rendered invalid Python: ruff's message names the file and line.
            raise SpecError(f"ruff {step[0]} failed on the rendered package:\n{formatted.stdout}{formatted.stderr}")
    return wire_plan


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
            wire_plan = _generate_into(fresh, args.spec)
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
    # Not an error: those answers are parsed by from_dict alone, just more slowly.
    for name, reason in sorted(wire_plan.skipped.items()):
        print(f"typed fast path: {name} is left to the general path: {reason} has no typed mapping")
    return 0


if __name__ == "__main__":
    sys.exit(main())
