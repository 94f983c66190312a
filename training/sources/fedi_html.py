"""Turn a fediverse post's HTML into the plain text the cleaning rules expect."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_ONE_PARAGRAPH = re.compile(r"<p>([^<]*)</p>")
_ACCT_TAIL = re.compile(r"^@?([^@\s]+)")  # "@wren@town.example" -> "wren"
_BLOCKS = frozenset({"p", "div", "blockquote", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})


class _TextParser(HTMLParser):
    """Collect text: mentions as @name, hashtags as #tag, links as their full address."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._anchor: tuple[str, set[str], list[str]] | None = None  # href, classes, text
        self._skipping = False  # inside Mastodon's quote-post fallback ("RE: <link>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a paragraph, a line break, or an anchor whose text is collected apart."""
        values = {key: value or "" for key, value in attrs}
        classes = set(values.get("class", "").split())
        if tag == "br":
            self._append("\n")
        elif tag in _BLOCKS:
            if "quote-inline" in classes:
                self._skipping = True
            elif self.parts:
                self._append("\n\n")
        elif tag == "a" and self._anchor is None:
            self._anchor = (values.get("href", ""), classes, [])

    def handle_endtag(self, tag: str) -> None:
        """Close an anchor (writing it out) or a skipped paragraph."""
        if tag == "a" and self._anchor is not None:
            href, classes, text = self._anchor
            self._anchor = None
            self._append(_anchor_text(href, classes, "".join(text)))
        elif tag in _BLOCKS and self._skipping:
            self._skipping = False

    def handle_data(self, data: str) -> None:
        """Keep text, into the open anchor if there is one."""
        if self._anchor is not None:
            self._anchor[2].append(data)
        else:
            self._append(data)

    def finish(self) -> None:
        """Write out an anchor left open at the end (its text still shows)."""
        if self._anchor is not None:
            self.handle_endtag("a")

    def _append(self, text: str) -> None:
        """Add text unless inside a skipped block."""
        if not self._skipping:
            self.parts.append(text)


def _anchor_text(href: str, classes: set[str], visible: str) -> str:
    """Return what an anchor stands for in plain text."""
    visible = visible.strip()
    if visible.startswith("#") or "hashtag" in classes:
        return "#" + visible.lstrip("#")
    if visible.startswith("@") or "mention" in classes:
        # The cleaning rules know @word; a full @user@server would leave "@server" behind.
        match = _ACCT_TAIL.match(visible)
        return "@" + match.group(1) if match else visible
    if href.startswith(("http://", "https://")):
        return href  # the visible text is shortened ("example.com/long…"); URL rules need it whole
    return visible


def html_to_text(content: str) -> str:
    """Return a post's HTML as plain text (paragraphs as blank lines, <br> as newlines)."""
    if "<" not in content and "&" not in content:
        return content
    simple = _ONE_PARAGRAPH.fullmatch(content)
    if simple:  # most posts: one paragraph of text, no markup inside (10x faster than parsing)
        return html.unescape(simple.group(1)).strip()
    parser = _TextParser()
    parser.feed(content)
    parser.close()
    parser.finish()
    return "".join(parser.parts).strip()
