"""Rule filters: pings, links, personal data, platform length and degenerate form."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from bot.events import ALLOW, Verdict
from bot.safety.base import CheckContext
from bot.safety.disguise import refang, unveil_digits
from bot.safety.normalize import INVISIBLE_CHARS, ODD_BLANKS, fold, strip_invisible, words
from bot.textsafe import find_control

# --- pings ---------------------------------------------------------------------------------

# Invisible characters between '@' and the word are tolerated: defuse those too. Every '@'
# of a run goes, or "@@everyone" would be rewritten into "@everyone".
_DISCORD_PING = re.compile(
    rf"(?:[@＠﹫][\s{INVISIBLE_CHARS}{ODD_BLANKS}]*)+(everyone|here)(?!\w)|<(@[!&]?|#)\d+>",
    re.IGNORECASE,
)
# The same words split by invisible characters or spelled with look-alikes ("@every\u200bone",
# "@һere"): a client that strips or folds them would ping; defuse them too.
_DISGUISED_PING = re.compile(
    rf"[@＠﹫][\s{INVISIBLE_CHARS}{ODD_BLANKS}]*((?:[^\W\d_][{INVISIBLE_CHARS}]*){{4,8}})(?!\w)"
)
# X counts '@' and the fullwidth '＠' before word characters as a mention unless an ASCII
# letter, digit or '_' comes first ("café@bob" mentions bob), also glued to a retweet marker
# ("RT@bob", "rt:@bob"): twitter-text's validMentionOrList.
_X_HANDLE = re.compile(
    r"(?:(?<![A-Za-z0-9_@＠])|(?<=(?<![A-Za-z0-9_+~.-])rt)|(?<=(?<![A-Za-z0-9_+~.-])rt:))"
    r"[@＠](\w+)",
    re.IGNORECASE,
)


_DEFUSED = {"<@": "@user", "<@!": "@user", "<@&": "@role", "<#": "#channel"}


def _defuse_discord(match: re.Match[str]) -> str:
    """Rewrite one Discord ping into text that pings nobody."""
    if match.group(1):
        return match.group(1)  # "everyone" without the @ pings nobody
    return _DEFUSED["<" + match.group(2)]


def _is_disguised_ping(match: re.Match[str]) -> bool:
    return fold(match.group(1)) in ("everyone", "here")


def _defuse_disguised(match: re.Match[str]) -> str:
    return fold(match.group(1)) if _is_disguised_ping(match) else match.group(0)


class PingFilter:
    """Stop @everyone, @here, user/role/channel pings on Discord and stray @handles on X."""

    name = "pings"

    def __init__(self, action: str = "rewrite") -> None:
        self.action = action

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block or rewrite pings for the target platform (both kinds when it is unknown)."""
        reasons: list[str] = []
        out = text
        if ctx.platform != "x" and _DISCORD_PING.search(out):
            reasons.append("pings:discord")
            out = _DISCORD_PING.sub(_defuse_discord, out)
        if ctx.platform != "x" and any(map(_is_disguised_ping, _DISGUISED_PING.finditer(out))):
            reasons.append("pings:discord")
            out = _DISGUISED_PING.sub(_defuse_disguised, out)
        if ctx.platform != "discord" and self._stray_handles(out, ctx):
            reasons.append("pings:handle")
            out = _X_HANDLE.sub(lambda m: self._keep_or_drop(m, ctx), out)
        if not reasons:
            return ALLOW
        if self.action == "block":
            return Verdict("block", self.name, tuple(reasons), "would ping people")
        return Verdict("rewrite", self.name, tuple(reasons), "pings defused", out)

    @staticmethod
    def _allowed_handle(handle: str, ctx: CheckContext) -> bool:
        """Return True for the handle being replied to (X), compared case-insensitively."""
        target = (ctx.reply_to_handle or "").lstrip("@").casefold()
        return bool(target) and handle.casefold() == target

    def _stray_handles(self, text: str, ctx: CheckContext) -> bool:
        return any(not self._allowed_handle(h, ctx) for h in _X_HANDLE.findall(text))

    def _keep_or_drop(self, match: re.Match[str], ctx: CheckContext) -> str:
        handle = match.group(1)
        return match.group(0) if self._allowed_handle(handle, ctx) else handle


# --- links ---------------------------------------------------------------------------------

_SCHEME_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'“”]+", re.IGNORECASE)
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_BARE_DOMAIN = re.compile(
    rf"(?<![\w@.\-/])((?:{_LABEL}\.)+(?:xn--[a-z0-9-]+|[^\W\d_]{{2,24}}))(?![\w\-])(/\S*)?"
)
# The authority ends at the first '/', '\', '?' or '#' (WHATWG URL): "evil.com?@a.com" is evil.com.
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\\?#\s]*@)?([^/\\:?#\s]+)", re.IGNORECASE)


def _set(text: str) -> frozenset[str]:
    """Return the space-separated words of a long literal as a set."""
    return frozenset(text.split())


# Bare "word.tld" only counts as a link for these TLDs; the ambiguous ones need a path too,
# so "I went in.so tired" or "mr.smith" stay text while "example.com" and "x.to/abc" do not.
# Any other letters-only TLD counts once a path follows ("example.ninja/login"): X links those.
_TLDS = _set(
    "com net org edu gov mil int io co ai app dev gg ly tv info biz xyz online site top club "
    "shop store live news blog link click tech space website email cloud fun icu vip win bid "
    "ru cn uk de fr jp br ca au eu nl es ch se pl cz tk ml ga cf gq cc ws fm gl gd su kr tw "
    "hk sg nz za mx ar cl ir ua ro hu gr pt dk fi be at it in is me my no so to us do go id "
    "la im sh am zip mov lol page pro art wtf buzz work life world today monster sbs cfd bond"
)
_AMBIGUOUS_TLDS = _set("be at it in is me my no so to us do go id la im sh am")
_SHORTENERS = _set(
    "bit.ly t.co tinyurl.com goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at "
    "tiny.cc rb.gy t.ly lnkd.in dlvr.it ift.tt s.id v.gd bl.ink trib.al amzn.to youtu.be "
    "fb.me wp.me tr.im qr.ae adf.ly bitly.com shorte.st"
)
_INVITE = re.compile(r"^(?:discord\.gg|discord(?:app)?\.com/invite|discord\.me|dsc\.gg)\b")
# An invite with its dot spelled out or spaced ("discord . gg/x", "discord[dot]gg/x") is not
# clickable but still advertises a server; people copy it by hand.
_SPELLED_INVITE = re.compile(r"\b(?:discord|dsc)\W{0,3}(?:dot\W{0,3})?gg\s*/\s*\w", re.IGNORECASE)
# Any other scheme ("hxxps://", "steam://") is cut off so the host after it is still seen.
_OTHER_SCHEME = re.compile(r"\b[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# Full stops that IDNA (and so browsers) read as '.' but NFKC leaves alone.
_IDNA_DOTS = str.maketrans({"\u3002": ".", "\uff61": "."})


def find_links(text: str) -> list[str]:
    """Return every URL and bare domain in the text (NFKC-folded, invisible characters gone)."""
    text = unicodedata.normalize("NFKC", strip_invisible(text)).translate(_IDNA_DOTS)
    found = [m.group(0).rstrip(".,;:!?)]}") for m in _SCHEME_URL.finditer(text)]
    rest = _OTHER_SCHEME.sub(" ", _SCHEME_URL.sub(" ", text))
    for m in _BARE_DOMAIN.finditer(rest):
        host, path = m.group(1).casefold(), m.group(2) or ""
        tld = host.rsplit(".", 1)[-1]
        known = (tld in _TLDS and (tld not in _AMBIGUOUS_TLDS or path)) or len(path) > 1
        if host in _SHORTENERS or known or not host.isascii() or "xn--" in host:
            found.append(m.group(0).rstrip(".,;:!?)]}"))
    return found


def link_host(link: str) -> str:
    """Return the lower-case host of a URL or bare domain, without a leading 'www.'."""
    m = _HOST.match(link)
    host = (m.group(1) if m else link).casefold().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def link_kind(link: str) -> str:
    """Classify a link: invite, punycode (or other non-ASCII host), shortener or url."""
    host = link_host(link)
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://(www\.)?|^www\.", "", link.casefold())
    if _INVITE.match(bare):
        return "invite"
    if not host.isascii() or any(p.startswith("xn--") for p in host.split(".")):
        return "punycode"
    return "shortener" if host in _SHORTENERS else "url"


class LinkFilter:
    """Block URLs, bare domains, invites, shorteners and punycode hosts, defanged ones too."""

    name = "links"

    def __init__(self, allow_domains: Iterable[str] = ()) -> None:
        self.allow = {d.casefold().strip().removeprefix("www.") for d in allow_domains}

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block when any link's exact host is not on the allow-list."""
        links = find_links(text)
        revealed = refang(text)  # "hxxps://evil[.]com", "evil(dot)com": copied by hand
        if revealed != text:
            links += find_links(revealed)
        kinds = {link_kind(x) for x in links if link_host(x) not in self.allow}
        if "discord.gg" not in self.allow and _spelled_invite(text):
            kinds.add("invite")
        if not kinds:
            return ALLOW
        reasons = tuple(f"links:{k}" for k in sorted(kinds))
        return Verdict("block", self.name, reasons, "contains a link that is not allow-listed")


def _spelled_invite(text: str) -> bool:
    """Return True for a Discord invite whose dot is spaced out, bracketed or spelled."""
    return bool(_SPELLED_INVITE.search(unicodedata.normalize("NFKC", strip_invisible(text))))


# --- personal data -------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")


class PiiFilter:
    """Block e-mail addresses and phone numbers (libphonenumber, offline), also disguised."""

    name = "pii"

    def __init__(self, regions: Sequence[str] = ("US",)) -> None:
        self.regions = [r.upper() for r in regions] or ["US"]

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block if an e-mail address or a valid phone number is present."""
        text = unicodedata.normalize("NFKC", strip_invisible(text))
        reasons = []
        revealed = refang(text)  # "jo [at] example [dot] com"
        if _EMAIL.search(text) or (revealed != text and _EMAIL.search(revealed)):
            reasons.append("pii:email")
        unveiled = unveil_digits(text)  # "five five five", "555-O1OO"
        if self._has_phone(text) or (unveiled != text and self._has_phone(unveiled)):
            reasons.append("pii:phone")
        if not reasons:
            return ALLOW
        return Verdict("block", self.name, tuple(reasons), "contains personal contact details")

    def _has_phone(self, text: str) -> bool:
        """Return True if any configured region finds a valid phone number."""
        if len(_DIGIT.findall(text)) < 7:
            return False  # no phone number is shorter; skip the slow matcher
        import phonenumbers

        for region in self.regions:
            matcher = phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.VALID
            )
            if matcher.has_next():
                return True
        return False


# --- length --------------------------------------------------------------------------------

X_MAX_WEIGHTED = 280
X_URL_WEIGHT = 23
DISCORD_MAX_CHARS = 2000  # per Discord message, in UTF-16 code units as Discord counts them
# With [discord] long_reply = "split" a reply may fill this many messages.
DISCORD_SPLIT_PARTS = 4
# twitter-text v3 config: these code point ranges weigh 1, everything else 2 (CJK, emoji ...).
# twitter-text-parser 3.0.0 is not used: it imports pkg_resources, gone from setuptools >= 81,
# so it fails at import. With that import shimmed it agrees with x_weighted_length on a set
# of Latin, CJK, Hangul, Cyrillic, Arabic, emoji (ZWJ, flags, keycaps, skin tones) and URLs.
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_EMOJI_BASE = "\u231a-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_EMOJI_MOD = "\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
_EMOJI = re.compile(
    rf"[\U0001f1e6-\U0001f1ff]{{2}}|[#*0-9]\ufe0f?\u20e3"
    rf"|[\u00a9\u00ae\u203c\u2049\u2122\u2139]\ufe0f"
    rf"|[{_EMOJI_BASE}][{_EMOJI_MOD}]*(?:\u200d[{_EMOJI_BASE}][{_EMOJI_MOD}]*)*"
)


def _char_weight(char: str) -> int:
    """Return twitter-text's weight of one code point (1 or 2)."""
    cp = ord(char)
    return 1 if any(lo <= cp <= hi for lo, hi in _LIGHT_RANGES) else 2


def x_weighted_length(text: str) -> int:
    """Return X's weighted length: URLs count 23, emoji and CJK 2, most Latin 1 (NFC)."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    for link in find_links(text):
        if link in text:
            text = text.replace(link, " ", 1)
            total += X_URL_WEIGHT - 1  # the placeholder space counts 1
    for emoji in _EMOJI.findall(text):
        total += 2
        text = text.replace(emoji, "", 1)
    return total + sum(map(_char_weight, text))


def discord_length(text: str) -> int:
    """Return the length Discord checks: UTF-16 code units (a character beyond U+FFFF is 2).

    The one Discord length: the Discord adapter splits messages with it too.
    """
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class LengthFilter:
    """Block text longer than the target platform allows (X 280 weighted, Discord 2,000).

    With `discord_split` (long_reply = "split") the adapter sends a long Discord reply as
    several messages, so only text over DISCORD_SPLIT_PARTS messages' worth is blocked.
    """

    name = "length"

    def __init__(self, *, discord_split: bool = False) -> None:
        self.discord_max = DISCORD_MAX_CHARS * (DISCORD_SPLIT_PARTS if discord_split else 1)

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Block over-long text for X or Discord; other targets have no limit here."""
        if ctx.platform == "x" and x_weighted_length(text) > X_MAX_WEIGHTED:
            return Verdict("block", self.name, ("length:x",), "longer than X's 280 limit")
        if ctx.platform == "discord" and discord_length(text) > self.discord_max:
            return Verdict(
                "block", self.name, ("length:discord",), f"over {self.discord_max:,} characters"
            )
        return ALLOW


# --- form ----------------------------------------------------------------------------------

_LOOP_MIN_WORDS = 8  # a repeated block of words must cover at least this many words
_RATIO_MIN_WORDS = 8  # the distinct-word ratio is only meaningful for longer texts


def _word_loop(tokens: Sequence[str], max_period: int = 10) -> bool:
    """Return True if a block of 1-10 words repeats 3+ times in a row covering 8+ words."""
    n = len(tokens)
    for p in range(1, min(max_period, n // 3) + 1):
        run = 0
        for i in range(p, n):
            run = run + 1 if tokens[i] == tokens[i - p] else 0
            if run >= max(2 * p, _LOOP_MIN_WORDS - p):
                return True
    return False


class FormFilter:
    """Block empty, too short, repetitive or degenerate text, and text holding control characters.

    Control characters (terminal escapes, C0/C1, bidi overrides: bot.textsafe's set) block rather
    than being stripped: stripping ESC leaves its parameters ("[2J", "]0;title") as visible junk,
    stripping a bidi override changes what order the words read in, and cleaning removes them
    from the training posts, so a candidate holding one is degenerate; the next candidate is cheap.
    """

    name = "form"

    def __init__(self, min_chars: int = 2, min_distinct_ratio: float = 0.3, max_run: int = 8):
        self.min_chars = min_chars
        self.min_distinct_ratio = min_distinct_ratio
        self._char_run = re.compile(rf"(\S)\1{{{max_run},}}")
        self._char_loop = re.compile(r"(\S{2,12}?)\1{4,}")
        self._loop_len = 2 * max_run

    def check(self, text: str, ctx: CheckContext) -> Verdict:
        """Return a block verdict naming the first form problem, else allow."""
        control = find_control(text)  # before strip_invisible, which drops bidi controls
        if control is not None:
            message = f"holds control character U+{ord(control):04X}"
            return Verdict("block", self.name, ("form:control",), message)
        reason = self._problem(strip_invisible(text).strip())
        if reason is None:
            return ALLOW
        return Verdict("block", self.name, (f"form:{reason}",), f"degenerate text ({reason})")

    def _problem(self, text: str) -> str | None:
        if not text:
            return "empty"
        if len(text) < self.min_chars:
            return "short"
        if self._char_run.search(text):
            return "char_run"
        loop = self._char_loop.search(text)
        if loop and len(loop.group(0)) >= self._loop_len:
            return "loop"
        tokens = words(text)
        if _word_loop(tokens):
            return "loop"
        if (
            len(tokens) >= _RATIO_MIN_WORDS
            and len(set(tokens)) / len(tokens) < self.min_distinct_ratio
        ):
            return "repetitive"
        return None
