"""Serving on CTranslate2 needs neither torch, transformers, scikit-learn nor the training package.

The console daemon runs in a fresh process on a tiny exported model with the full safety chain
(classifier and memorization index included) and reports which heavy modules it imported.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.generation.ctranslate2 import export_model
from bot.generation.tokenizer import FastTokenizer
from tests.conftest import ROOT, TINY_CORPUS

HEAVY = ("torch", "transformers", "sklearn", "training")
TEXTS = [
    "coffee first, then the world",
    "  spaces  and\nnew lines\n\n",
    "héllo 日本 🙂 <|endoftext|> again",
    "",
]

# Run the daemon in-process (so sys.modules can be read after it exits), stdin piped.
RUNNER = """
import json, sys
from bot.cli import main
code = main(["run", "--console", "--config", sys.argv[1]])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})
print(json.dumps({{"code": code, "heavy": heavy}}), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def served(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model dir with its CTranslate2 export and prepared posts, like a trained model."""
    root = tmp_path_factory.mktemp("served")
    model = Path(shutil.copytree(tiny_model_dir, root / "model"))
    export_model(model)
    (root / "data").mkdir()
    lines = [json.dumps({"id": str(i), "text": t}) for i, t in enumerate(TINY_CORPUS)]
    (root / "data" / "train.jsonl").write_text("\n".join(lines) + "\n")
    return root


def test_fast_tokenizer_matches_transformers(served: Path) -> None:
    from transformers import AutoTokenizer

    ct2 = served / "model" / "ct2"
    ref, fast = AutoTokenizer.from_pretrained(str(ct2)), FastTokenizer.from_dir(ct2)
    assert (fast.eos_token, fast.eos_token_id) == (ref.eos_token, ref.eos_token_id)
    assert fast.pad_token_id == ref.pad_token_id
    assert set(fast.all_special_ids) == set(ref.all_special_ids)
    for text in TEXTS:
        ids = ref(text, add_special_tokens=False)["input_ids"]
        assert fast.encode(text) == ids
        assert fast.convert_ids_to_tokens(ids) == ref.convert_ids_to_tokens(ids)
        for skip in (True, False):
            assert fast.decode(ids, skip_special_tokens=skip) == ref.decode(
                ids, skip_special_tokens=skip
            )


def test_console_daemon_on_ctranslate2_imports_no_heavy_stack(served: Path) -> None:
    config = served / "bot.toml"
    config.write_text(
        f"""
[model]
path = "{served / "model"}"
backend = "ctranslate2"
fallback_to_local = false

[generation]
num_candidates = 2
max_new_tokens = 8

[safety.classifier]
enabled = true

[safety.memorization]
enabled = true
data = "{served / "data"}"

[storage]
path = "{served / "bot.sqlite3"}"
"""
    )
    done = subprocess.run(
        [sys.executable, "-c", RUNNER.format(heavy=HEAVY), str(config)],
        cwd=ROOT,
        input="coffee first\nmy cat has\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr
    assert done.stdout.strip(), "the daemon answered nothing"
    assert report["heavy"] == [], f"serving imported {report['heavy']}"


@pytest.mark.slow
def test_fast_tokenizer_matches_transformers_on_the_bundled_model() -> None:
    from transformers import AutoTokenizer

    from bot.models import resolve_base_model

    path = resolve_base_model("bundled:smollm2-135m")
    ref, fast = AutoTokenizer.from_pretrained(path), FastTokenizer.from_dir(path)
    assert (fast.eos_token, fast.eos_token_id) == (ref.eos_token, ref.eos_token_id)
    assert set(fast.all_special_ids) == set(ref.all_special_ids)
    for text in [*TEXTS, "<|im_start|>user\nhi<|im_end|>", "I love   sourdough!!"]:
        ids = ref(text, add_special_tokens=False)["input_ids"]
        assert fast.encode(text) == ids
        assert fast.decode(ids, skip_special_tokens=True) == ref.decode(
            ids, skip_special_tokens=True
        )
