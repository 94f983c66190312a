"""The Dockerfile's steps, run in a clean virtual environment (no container engine needed).

The image build cannot run here (no registry for the base image), so this test repeats its
commands: copy the same sources, build the wheel, install it into a fresh venv, run
`tweetling --version`, `check-config` on the image's config, then the daemon and the image's
HEALTHCHECK command against it. The dependencies come from this checkout's venv (a .pth file)
instead of PyPI, which this test must not reach.
"""

from __future__ import annotations

import os
import shutil
import site
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.test_deploy import IMAGE_CONFIG, ROOT, dockerfile, healthcheck_cmd

pytestmark = pytest.mark.slow


def copied_sources() -> list[str]:
    """Return what the build stage COPYs from the context (the runtime stage's config aside)."""
    found = dockerfile()
    first_stage = [rest for stage, word, rest in found if stage == 0 and word == "COPY"]
    return [src for rest in first_stage for src in rest.split()[:-1]]


def free_port() -> int:
    """Return a loopback port that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output if it exits non-zero."""
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def image_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from a copy of the build context and install it into a fresh venv."""
    work = tmp_path_factory.mktemp("image")
    src = work / "src"
    for name in copied_sources():  # COPY pyproject.toml README.md ./, COPY bot ./bot, ...
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(path, src / name)
    wheels = work / "wheels"
    # RUN pip wheel --no-deps --wheel-dir /wheels .  (offline: this venv's setuptools)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "--wheel-dir", str(wheels), str(src)])  # fmt: skip
    (wheel,) = wheels.glob("tweetling-*.whl")
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)])  # RUN python -m venv /opt/venv
    py = venv / "bin" / "python"
    purelib = run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    # torch and the other dependencies: this checkout's, appended after the venv's own packages
    deps = [p for p in site.getsitepackages() if p.endswith("site-packages")]
    Path(purelib.stdout.strip(), "zz_deps.pth").write_text("\n".join(deps) + "\n")
    run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)])
    return venv


def image_env(venv: Path, home: Path, port: int) -> dict[str, str]:
    """Return the environment the image gives the bot (its ENV lines), for this venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWEETLING_")}
    env.update(
        PATH=f"{venv / 'bin'}:{env.get('PATH', '')}",
        HOME=str(home),
        TWEETLING_CACHE_DIR=str(home / "cache"),
        HF_HOME=str(home / "huggingface"),
        TWEETLING_HEALTHZ_URL=f"http://127.0.0.1:{port}/healthz",
        PYTHONUNBUFFERED="1",
    )
    return env


def image_config(tmp: Path, model: Path, port: int) -> Path:
    """Return the image's config with its volumes and port moved under `tmp`."""
    text = IMAGE_CONFIG.read_text(encoding="utf-8")
    text = text.replace('"/models/current"', f'"{model}"')
    text = text.replace("/var/lib/tweetling", str(tmp / "state"))
    text = text.replace("port = 9108", f"port = {port}")
    cfg = tmp / "tweetling.toml"
    cfg.write_text(text, encoding="utf-8")
    return cfg


def test_the_installed_wheel_is_the_one_that_runs(image_venv: Path, tmp_path: Path) -> None:
    tool = image_venv / "bin" / "tweetling"
    assert run([str(tool), "--version"], cwd=tmp_path).stdout.startswith("tweetling ")
    where = run([str(image_venv / "bin" / "python"), "-c", "import bot; print(bot.__file__)"],
                cwd=tmp_path)  # fmt: skip
    assert where.stdout.strip().startswith(str(image_venv))
    assert "run" in run([str(tool), "--help"], cwd=tmp_path).stdout


def test_check_config_and_healthcheck_on_the_image_config(
    image_venv: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    port = free_port()
    env = image_env(image_venv, tmp_path / "state", port)
    cfg = image_config(tmp_path, tiny_model_dir, port)
    tool = str(image_venv / "bin" / "tweetling")
    checked = run([tool, "check-config", str(cfg)], cwd=tmp_path, env=env)
    assert "ok    model:" in checked.stdout and "ok    store:" in checked.stdout
    assert "would run: metrics" in checked.stdout

    # The daemon as the image starts it, with --console instead of a Discord token.
    daemon = subprocess.Popen(
        [tool, "--log-level", "INFO", "run", "--console", "--config", str(cfg)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=tmp_path, env=env,
    )  # fmt: skip
    killer = threading.Timer(240, daemon.kill)  # a hung daemon fails the test, never the suite
    killer.start()
    try:
        assert daemon.stderr is not None and daemon.stdin is not None
        for line in daemon.stderr:  # wait for the event, not a sleep
            if "metrics on http://" in line:
                break
        else:
            pytest.fail(f"the daemon exited before serving metrics (rc {daemon.wait()})")
        health = subprocess.run(healthcheck_cmd(), env=env, capture_output=True, timeout=30)
        assert health.returncode == 0, health.stderr
        daemon.stdin.close()  # console input ends: the daemon drains and exits
        assert daemon.wait(timeout=120) == 0
    finally:
        killer.cancel()
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
    # ...and once it is gone the same check reports unhealthy
    assert subprocess.run(healthcheck_cmd(), env=env, capture_output=True).returncode != 0
