"""Show user-controlled text on a terminal safely: control characters are escaped, never obeyed.

Mentions, drafts and model output reach the operator's terminal in `history`, `review list`,
`generate`, `safety check`, the console adapter and log lines. A terminal obeys escape sequences
(ESC]0;title BEL sets the window title, ESC[2J clears the screen, C1 CSI does the same in one
byte) and bidi overrides reorder what is shown, so every such character is shown as its escape.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, bidi marks/embeddings/overrides/isolates,
# line/paragraph separators and lone surrogates (which cannot even be encoded to UTF-8).
_CONTROLS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff"
)
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_OR_NEWLINE = re.compile(f"[{_CONTROLS}\n]")
_UNSAFE_ABOVE_ASCII = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x0A:
        return "\\n"
    if code == 0x0D:
        return "\\r"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """Return `text` with every terminal control character written as a visible escape."""
    pattern = _UNSAFE if keep_newlines else _UNSAFE_OR_NEWLINE
    return pattern.sub(_escape, text)


def find_control(text: str) -> str | None:
    """Return the first control character of `text` that escape_controls would escape, or None.

    Newline and tab are text, not controls. The output safety chain uses this same set, so what
    a terminal would obey never goes out to a platform either.
    """
    match = _UNSAFE.search(text)
    return match.group() if match else None


def escape_json_controls(line: str) -> str:
    """Return a JSON text with the controls json.dumps leaves raw written as \\u escapes.

    json.dumps(ensure_ascii=False) escapes C0 controls but leaves DEL, C1, bidi overrides and
    lone surrogates raw; the \\u form keeps the JSON valid and the decoded value the same.
    """
    return _UNSAFE_ABOVE_ASCII.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Return `text` with lone surrogates (undecodable input bytes) as U+FFFD, so it encodes."""
    return _SURROGATE.sub("\ufffd", text)
