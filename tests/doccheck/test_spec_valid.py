"""The spec stays valid OpenAPI 3.1 for openapi-spec-validator (and a broken one is caught)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from binance_pm_spec import load_document

SPEC = Path(__file__).resolve().parents[2] / "spec" / "binance-pm.yaml"


def test_spec_validates() -> None:
    validate(load_document(SPEC))


def test_validator_rejects_a_broken_copy() -> None:
    broken = copy.deepcopy(load_document(SPEC))
    del broken["paths"]["/sapi/v1/portfolio/account"]["get"]["responses"]["200"]["description"]
    with pytest.raises(OpenAPIValidationError):
        validate(broken)
