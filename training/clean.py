"""Clean posts for training (huggingtweets' rules, and better) and count what each rule dropped."""

from __future__ import annotations

import html
import json
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.config import DataConfig
from bot.errors import DataError
from bot.prepared import STATS_FILE, TRAIN_FILE, read_records, train_file
from training.dedupe import find_duplicates
from training.mentions import strip_mentions
from training.sources import ReadOptions, read_sources
from training.sources.base import RawPost, load_json_file

COUNT_KEYS = ("downloaded", "retweets", "replies", "short", "duplicates", "other_dropped", "kept")

_URL = re.compile(r"(?:https?://|www\.)\S+|\bpic\.(?:twitter|x)\.com/\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@\w{1,50}")
_LEADING_HANDLES = re.compile(r"^(?:\s*(?<![\w@])@\w{1,50})+[\s,:]*")  # a reply's addressees
_HASHTAG = re.compile(r"(?<![\w#&])#(\w+)")
_TRAILING_HASHTAGS = re.compile(r"(?:\s*(?<![\w#&])#\w+)+\s*$")
_RETWEET = re.compile(r"^\s*RT @\w+:?\s*")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")  # whitespace except newlines
_BLANK_LINES = re.compile(r"\n{3,}")
# Scripts written without spaces between words: CJK ideographs, kana, Thai, Lao, Khmer, Myanmar.
_NO_SPACE_CHAR = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\U00020000-\U0002fa1f]"
)


@dataclass(frozen=True, slots=True)
class CleanPost:
    """One cleaned post, ready to become a training example."""

    id: str
    text: str
    source: str
    account: str
    created_at: str | None = None
    lang: str | None = None
    context: tuple[str, ...] = ()  # the turns this post answers: a (context -> reply) pair


@dataclass
class DataStats:
    """What was read, what each rule dropped, and what was kept (overall and per account)."""

    downloaded: int = 0
    retweets: int = 0
    replies: int = 0
    short: int = 0
    duplicates: int = 0
    other_dropped: int = 0
    kept: int = 0
    pairs: int = 0  # kept posts that answer a context (counted in kept too)
    kept_chars: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # dropped while reading (chat exports)
    other_reasons: dict[str, int] = field(default_factory=dict)  # empty, language, balance
    date_range: list[str] | None = None  # [first, last] ISO dates of the kept posts
    languages: dict[str, int] = field(default_factory=dict)  # kept posts per language code
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)  # account -> counts

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form written to stats.json."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DataStats:
        """Rebuild stats from their JSON form (unknown keys are ignored)."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def rows(self) -> list[tuple[str, int]]:
        """Return the counts table: huggingtweets' rows plus replies, duplicates and other drops."""
        return [
            ("Tweets downloaded", self.downloaded),
            ("Retweets", self.retweets),
            ("Replies", self.replies),
            ("Short tweets", self.short),
            ("Duplicates", self.duplicates),
            ("Other drops", self.other_dropped),
            ("Tweets kept", self.kept),
            ("Pairs (context -> reply)", self.pairs),
        ]


@dataclass
class Prepared:
    """Cleaned posts and the counts that describe them."""

    posts: list[CleanPost]
    stats: DataStats

    @property
    def kept_chars(self) -> int:
        """Return the total length of the kept posts."""
        return sum(len(post.text) for post in self.posts)


def prepare(
    sources: Sequence[str | Path], cfg: DataConfig | None = None, options: ReadOptions | None = None
) -> Prepared:
    """Read every source and clean the posts with the [data] rules."""
    cfg = cfg or DataConfig()
    skipped: Counter[str] = Counter()
    prepared = clean_posts(read_sources(sources, cfg, options, skipped), cfg)
    prepared.stats.skipped = dict(sorted(skipped.items()))
    return prepared


def clean_text(text: str, cfg: DataConfig, retweet: bool = False) -> str:
    """Return a post's text cleaned by the [data] rules (it may come back empty)."""
    text = html.unescape(text)
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    if retweet:  # kept retweets lose "RT @who:" and the "…" X puts on truncated ones
        text = _RETWEET.sub("", text)
        text = re.sub(r"\s*\S*…$", "", text)
    if cfg.remove_urls and _may_have_url(text):
        text = _URL.sub(" ", text)
    if cfg.mentions == "strip":
        text = strip_mentions(text)
    elif cfg.mentions == "placeholder":
        text = _MENTION.sub(cfg.mention_placeholder, text)
    if cfg.hashtags == "strip":  # a trailing block of tags goes; tags inside a sentence lose "#"
        text = _HASHTAG.sub(r"\1", _TRAILING_HASHTAGS.sub("", text))
    return _collapse_whitespace(text, cfg.keep_newlines)


def _collapse_whitespace(text: str, keep_newlines: bool) -> str:
    """Collapse runs of spaces; keep single newlines (and one blank line) only if asked."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_newlines:
        return " ".join(text.split())
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def is_retweet(post: RawPost) -> bool:
    """Say whether a post is a retweet (archives say retweeted=false even then: check RT @)."""
    if post.reposts_marked:  # the source marks every repost; "RT @" text is a crossposted one
        return post.is_retweet
    return post.is_retweet or bool(_RETWEET.match(html.unescape(post.text)))


def is_short(text: str, cfg: DataConfig) -> bool:
    """Say whether a post is too short: words, or characters in scripts written without spaces."""
    if cfg.min_words <= 0 or _plain_words(text, cfg.min_words):
        return False
    body = _HASHTAG.sub(" ", _MENTION.sub(" ", _URL.sub(" ", text)))
    chars = len(_NO_SPACE_CHAR.findall(body))
    words = sum(1 for tok in _NO_SPACE_CHAR.sub(" ", body).split() if any(c.isalnum() for c in tok))
    score = words / cfg.min_words
    if chars:  # mixed posts add up: two English words and a few kanji can be enough
        score += chars / cfg.min_chars_no_spaces if cfg.min_chars_no_spaces else 1.0
    return score < 1.0


def _may_have_url(text: str) -> bool:
    """Cheaply say whether the URL pattern could match (most posts have no link)."""
    return "://" in text or "www." in text.lower() or "pic." in text.lower()


def _plain_words(text: str, needed: int) -> bool:
    """Fast path: say whether `needed` plain ASCII words are there (no link, tag or handle)."""
    count = 0
    for token in text.split():
        if token.strip(".,!?;:'\"()").isalnum() and token.isascii():
            count += 1
            if count >= needed:
                return True
    return False


def _codes(languages: list[str]) -> set[str]:
    """Return the configured language codes, lowercased like the posts' codes."""
    return {code.strip().lower() for code in languages}


def clean_context(turns: Sequence[str], cfg: DataConfig) -> tuple[str, ...]:
    """Return a pair's context turns cleaned like posts (turns left empty are dropped)."""
    cleaned = (clean_text(turn, cfg) for turn in turns)
    return tuple(turn for turn in cleaned if turn)


def judge(post: RawPost, cfg: DataConfig) -> tuple[str | None, str]:
    """Return (the rule that drops the post or None, its cleaned text); duplicates come later.

    A reply with its context is a pair and stays even with drop_replies: the context is what
    replies lacked. A pair's reply loses its leading @handles (the platform adds those).
    """
    retweet = is_retweet(post)
    if retweet and cfg.drop_retweets:
        return "retweets", ""
    if post.visibility == "direct":  # written for one person (a Mastodon DM), never for a bot
        return "private", ""
    if post.reposts_marked and _RETWEET.match(html.unescape(post.text)):
        return "crossposted_retweet", ""  # someone else's words, yet not a boost to count
    if post.is_reply and cfg.drop_replies and not post.context:
        return "replies", ""
    if cfg.languages and post.lang is not None and post.lang not in _codes(cfg.languages):
        return "language", ""  # posts X could not place (und, qme, zxx) are kept
    raw = _LEADING_HANDLES.sub("", post.text) if post.context else post.text
    text = clean_text(raw, cfg, retweet=retweet)
    if not text:
        return "empty", ""
    if is_short(text, cfg):
        return "short", text
    return None, text


def clean_posts(raw: Iterable[RawPost], cfg: DataConfig | None = None) -> Prepared:
    """Apply every rule in order (each post counted once, by the first rule that drops it)."""
    cfg = cfg or DataConfig()
    tally = _Tally()
    survivors: list[tuple[RawPost, str]] = []
    seen_ids: set[tuple[str, str]] = set()
    # Oldest first: of two duplicates the original stays, and train.jsonl reads in time order.
    ordered = sorted(raw, key=lambda p: (p.created_at is None, p.created_at or ""))
    for post in _progress(ordered, "cleaning"):
        reason, text = judge(post, cfg)
        if reason is None and cfg.drop_duplicates and (post.account, post.id) in seen_ids:
            reason = "duplicates"  # the same post from two sources (archive and API dump)
        seen_ids.add((post.account, post.id))
        tally.add(post.account, reason)
        if reason is None:
            survivors.append((post, text))
    kept = _drop_duplicates(survivors, cfg, tally)
    if cfg.balance_accounts:
        kept = balance_accounts(kept, tally)
    return Prepared(kept, tally.finish(kept))


def _drop_duplicates(
    survivors: list[tuple[RawPost, str]], cfg: DataConfig, tally: _Tally
) -> list[CleanPost]:
    """Drop exact and near duplicates (the first one seen stays)."""
    if cfg.drop_duplicates:
        texts = [text for _post, text in survivors]
        flags = find_duplicates(texts, cfg.near_duplicate_threshold)
    else:
        flags = [False] * len(survivors)
    kept = []
    for (post, text), duplicate in zip(survivors, flags, strict=True):
        if duplicate:
            tally.move(post.account, "duplicates")
        else:
            context = clean_context(post.context, cfg) if post.context else ()
            kept.append(
                CleanPost(
                    post.id, text, post.source, post.account, post.created_at, post.lang, context
                )
            )
    return kept


def balance_accounts(posts: list[CleanPost], tally: _Tally | None = None) -> list[CleanPost]:
    """Give every account about the same amount of text by trimming the larger ones (stable)."""
    chars: Counter[str] = Counter()
    for post in posts:
        chars[post.account] += len(post.text)
    if len(chars) < 2:
        return posts
    target = min(chars.values())
    keep_ids: set[tuple[str, str]] = set()
    for account in chars:
        mine = sorted((p for p in posts if p.account == account), key=_stable_order)
        total = 0
        for post in mine:
            if total >= target:
                break
            keep_ids.add((account, post.id))
            total += len(post.text)
    kept = [p for p in posts if (p.account, p.id) in keep_ids]
    if tally is not None:
        for post in posts:
            if (post.account, post.id) not in keep_ids:
                tally.move(post.account, "balance")
    return kept


def _stable_order(post: CleanPost) -> int:
    """Order posts pseudo-randomly but identically on every run."""
    return zlib.crc32(f"{post.account}/{post.id}".encode())


def _progress(items: Iterable[RawPost], desc: str) -> Iterable[RawPost]:
    """Wrap a large job in a progress bar when stderr is a terminal."""
    if not sys.stderr.isatty() or (isinstance(items, list) and len(items) < 20_000):
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit=" posts", leave=False)


class _Tally:
    """Counts per account, with each dropped post in exactly one bucket."""

    BUCKETS = frozenset({"retweets", "replies", "short", "duplicates"})

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = {}

    def add(self, account: str, reason: str | None) -> None:
        """Count one post read, and the rule that dropped it (None: it survived so far)."""
        counts = self.counts.setdefault(account, Counter())
        counts["downloaded"] += 1
        if reason is not None:
            counts[reason] += 1

    def move(self, account: str, reason: str) -> None:
        """Count a surviving post as dropped after all (duplicate, balance)."""
        self.counts[account][reason] += 1

    def finish(self, kept: list[CleanPost]) -> DataStats:
        """Return the stats: overall, per account, with the kept posts' dates and languages."""
        kept_by: Counter[str] = Counter(p.account for p in kept)
        pairs_by: Counter[str] = Counter(p.account for p in kept if p.context)
        chars_by: Counter[str] = Counter()
        for post in kept:
            chars_by[post.account] += len(post.text)
        stats = DataStats()
        reasons: Counter[str] = Counter()
        for account, counts in sorted(self.counts.items()):
            row = self._row(counts, kept_by[account], chars_by[account])
            row["pairs"] = pairs_by[account]
            stats.by_source[account] = row
            for key, value in row.items():
                setattr(stats, key, getattr(stats, key) + value)
            skip = self.BUCKETS | {"downloaded"}
            reasons.update({k: v for k, v in counts.items() if k not in skip})
        stats.other_reasons = dict(sorted(reasons.items()))
        stats.date_range = _date_range(kept)
        stats.languages = dict(Counter(p.lang or "und" for p in kept).most_common())
        return stats

    def _row(self, counts: Counter[str], kept: int, chars: int) -> dict[str, int]:
        """Return one account's integer counts."""
        named = {"downloaded", *self.BUCKETS}
        row = {key: counts[key] for key in COUNT_KEYS}
        row["other_dropped"] = sum(v for k, v in counts.items() if k not in named)
        row["kept"] = kept
        row["kept_chars"] = chars
        return row


def _date_range(posts: list[CleanPost]) -> list[str] | None:
    """Return the first and last ISO dates of the posts (unparsed dates are ignored)."""
    dates = sorted(p.created_at for p in posts if p.created_at and p.created_at[:1].isdigit())
    return [dates[0], dates[-1]] if dates else None


def ensure_enough(prepared: Prepared, min_chars: int) -> None:
    """Raise DataError when the kept text is below the usable minimum (huggingtweets' gate)."""
    chars = prepared.kept_chars
    if chars < min_chars:
        raise DataError(
            f"only {chars:,} characters in {len(prepared.posts):,} kept posts; "
            f"fine-tuning needs at least {min_chars:,}",
            hint="add more posts or another source, loosen the [data] rules, "
            "or lower [data] min_kept_chars",
        )


def write_prepared(prepared: Prepared, out_dir: str | Path) -> Path:
    """Write train.jsonl (one cleaned post per line) and stats.json into out_dir.

    `data prepare` writes into bot.outputs.replace_dir's private staging folder, which is moved
    into place whole, so no reader ever sees half a file.
    """
    out = Path(out_dir)
    lines = (json.dumps(_row_of(post), ensure_ascii=False) + "\n" for post in prepared.posts)
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / TRAIN_FILE).write_text("".join(lines), encoding="utf-8")
        stats = json.dumps(prepared.stats.to_dict(), indent=2) + "\n"
        (out / STATS_FILE).write_text(stats, encoding="utf-8")
    except OSError as exc:
        raise DataError(
            f"cannot write to {out}: {exc.strerror or exc}",
            hint="choose a directory you can write to with --out",
        ) from None
    return out


def _row_of(post: CleanPost) -> dict[str, Any]:
    """Return a train.jsonl row: the post's fields, with "context" only for pairs."""
    row = asdict(post)
    context = row.pop("context")
    return {**row, "context": list(context)} if context else row


def read_prepared(path: str | Path) -> Prepared:
    """Read what write_prepared wrote (a directory, or its train.jsonl)."""
    train = train_file(path)
    posts = [_post(obj, train, number) for number, obj in read_records(train)]
    stats_file = train.with_name(STATS_FILE)
    if stats_file.is_file():
        stats = _read_stats(stats_file)
    else:
        stats = DataStats(downloaded=len(posts), kept=len(posts))
    return Prepared(posts, stats)


def _read_stats(path: Path) -> DataStats:
    """Read stats.json; a damaged one is a DataError line, not a traceback."""
    hint = "prepare the data again"
    data = load_json_file(path, hint)
    if not isinstance(data, dict):
        raise DataError(f"{path} is not a stats object", hint=hint)
    return DataStats.from_dict(data)


def _post(obj: dict[str, Any], path: Path, number: int) -> CleanPost:
    """Turn one parsed train.jsonl line into a post."""
    context = obj.get("context") or []
    if not isinstance(context, list) or not all(isinstance(t, str) for t in context):
        raise DataError(f"{path}:{number} is not a prepared post", hint="prepare the data again")
    return CleanPost(
        id=str(obj.get("id", f"{path.stem}:{number}")),
        text=str(obj["text"]),
        source=str(obj.get("source", path)),
        account=str(obj.get("account", path.parent.name)),
        created_at=obj.get("created_at"),
        lang=obj.get("lang"),
        context=tuple(context),
    )
