"""``binance-pm-sandbox`` and the demo as the separate processes a user starts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from binance_pm_sandbox.harness import DEMO_API_KEY, DEMO_API_SECRET

from .conftest import BRACKETS_PATH, TIME_PATH, get, hmac_hex, now_ms


@pytest.fixture
def sandbox_process() -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "binance_pm_sandbox", "--port", "0", "--rate-limit", "100"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    lines = [process.stdout.readline().rstrip("\n") for _ in range(4)]
    try:
        yield process, lines
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_sandbox_command_prints_its_url_first_and_the_demo_keys(
    sandbox_process: tuple[subprocess.Popen[str], list[str]],
) -> None:
    process, lines = sandbox_process
    url = lines[0]
    assert url.startswith("http://127.0.0.1:")
    assert lines[1:3] == [f"api key: {DEMO_API_KEY}", f"api secret: {DEMO_API_SECRET}"]
    with httpx.Client(base_url=url, timeout=10.0) as http:
        assert "serverTime" in get(http, TIME_PATH, key=None).json()
        payload = f"timestamp={now_ms()}"
        query = f"{payload}&signature={hmac_hex(payload.encode(), DEMO_API_SECRET)}"
        answer = get(http, BRACKETS_PATH, query, key=DEMO_API_KEY)
        assert answer.status_code == 200, answer.text
    process.send_signal(signal.SIGINT)
    assert process.wait(10) == 0


def test_sandbox_command_stops_cleanly_on_sigterm(sandbox_process: tuple[subprocess.Popen[str], list[str]]) -> None:
    process, _ = sandbox_process
    process.send_signal(signal.SIGTERM)
    assert process.wait(10) == 0


def test_sandbox_command_keeps_a_given_secret_to_itself() -> None:
    secret = "given-secret-MUST-NOT-BE-PRINTED"
    process = subprocess.Popen(
        [sys.executable, "-m", "binance_pm_sandbox", "--api-key", "given-key", "--api-secret", secret],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=10)
    assert first.startswith("http://127.0.0.1:")
    assert secret not in first + out + err
    assert process.returncode == 0


def test_demo_passes() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("BINANCE_")}
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_sandbox.demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "code -1022" in result.stdout
    assert "Demo passed" in result.stdout
