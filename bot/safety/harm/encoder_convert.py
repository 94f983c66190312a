"""Convert the sentence encoder to CTranslate2 int8: `python -m bot.safety.harm.encoder_convert
SRC OUT` (run as a child process by bot.safety.harm.encoder)."""

from __future__ import annotations

import sys


def convert(src: str, out: str) -> None:
    """Write an int8 CTranslate2 copy of the BERT model in src, with its tokenizer, to out."""
    from ctranslate2.converters import TransformersConverter

    TransformersConverter(src, copy_files=["tokenizer.json"]).convert(out, quantization="int8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m bot.safety.harm.encoder_convert SRC OUT")
    convert(sys.argv[1], sys.argv[2])
