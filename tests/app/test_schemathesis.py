"""Schemathesis over every route of /openapi.json (bounded examples per route): no 5xx.

The app has the fake capabilities, so the run tests the service layer (parsing, limits, errors,
headers), not the models; each operation gets a few generated examples, derandomised so the
run is reproducible.
"""

from __future__ import annotations

import tempfile

import pytest

schemathesis = pytest.importorskip("schemathesis")
from app_fakes import fake_capabilities  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402

from app.main import create_app  # noqa: E402
from app.settings import Settings  # noqa: E402

EXAMPLES = 8

_tmp = tempfile.mkdtemp(prefix="fulian-schemathesis-")
_caps = fake_capabilities()
APP = create_app(Settings(ui=False, database_url=f"sqlite:///{_tmp}/audit.db", trusted_hosts="testserver",
                          background_load=False, max_body_bytes=200_000, max_chars=20_000),
                 capabilities=lambda _s: _caps)
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP)
OPERATIONS = {op.label: op for op in (r.ok() for r in SCHEMA.get_all_operations())}


@pytest.fixture(scope="module", autouse=True)
def running_app():
    with TestClient(APP):  # the lifespan: audit store and capabilities stay in place for every call
        yield


@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_no_server_errors(label):
    operation = OPERATIONS[label]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              database=None)
    def check(case):
        response = case.call()
        assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])

    check()
