"""Build the input and output filter chains from the [safety] config."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bot.config import Config, SafetyConfig
from bot.errors import DataError
from bot.events import ALLOW, Verdict
from bot.prepared import read_texts
from bot.safety.base import CheckContext, Filter, FilterChain
from bot.safety.classifier import ClassifierFilter, get_model
from bot.safety.dedupe import DedupeFilter, RecentPosts
from bot.safety.harm.build import build_harm_filter
from bot.safety.lexicon import LexiconFilter, build_lexicon
from bot.safety.memorization import INDEX_FILENAME, MemorizationFilter, MemorizationIndex
from bot.safety.rules import FormFilter, LengthFilter, LinkFilter, PiiFilter, PingFilter
from bot.safety.sensitive import SensitiveFilter, build_sensitive_lexicon

log = logging.getLogger(__name__)

# The filters that judge the language itself rather than platform form (used by `safety eval`).
CONTENT_FILTERS = ("lexicon", "classifier", "harm", "sensitive")


@dataclass
class Safety:
    """The output chain, the input chain and the near-duplicate memory."""

    output: FilterChain
    input: FilterChain
    recent: RecentPosts | None = None
    input_enabled: bool = True

    def check_output(self, text: str, ctx: CheckContext | None = None) -> Verdict:
        """Check a generated candidate before anyone sees it."""
        return self.output.check(text, ctx or CheckContext())

    def prime_output(self, texts: Sequence[str]) -> None:
        """Score a request's candidates as one batch where a filter can (before check_output)."""
        self.output.prime(texts)

    def check_input(self, text: str, ctx: CheckContext | None = None) -> Verdict:
        """Check a person's prompt or mention before generating anything."""
        if not self.input_enabled:
            return ALLOW
        return self.input.check(text, replace(ctx or CheckContext(), is_input=True))

    def remember(self, text: str) -> None:
        """Add a post that went out to the near-duplicate memory."""
        if self.recent is not None:
            self.recent.remember(text)


def build_safety(
    cfg: Config, *, model_dir: Path | None = None, recent_posts: Sequence[str] = ()
) -> Safety:
    """Build the chains; `recent_posts` (newest last) seeds the near-duplicate memory."""
    s = cfg.safety
    content = _content_filters(s)
    output: list[Filter] = []
    if s.pings.enabled:
        output.append(PingFilter(s.pings.action))
    if s.form.enabled:
        form = s.form
        output += [FormFilter(form.min_chars, form.min_distinct_words_ratio, form.max_char_run)]
        output.append(LengthFilter(discord_split=cfg.discord.long_reply == "split"))
    if s.links.enabled:
        output.append(LinkFilter(s.links.allow_domains))
    if s.pii.enabled:
        output.append(PiiFilter(s.pii.regions))
    output += [f for f in content if f.name != "sensitive"]
    if s.memorization.enabled:
        index = load_memorization_index(cfg, model_dir)
        if index is not None:
            output.append(MemorizationFilter(index))
    recent = None
    if s.dedupe.enabled:
        recent = RecentPosts(s.dedupe.recent, recent_posts[-s.dedupe.recent :])
        output.append(DedupeFilter(recent, s.dedupe.threshold))
    output += [f for f in content if f.name == "sensitive"]  # hold only after every block
    return Safety(FilterChain(output), FilterChain(content), recent, s.check_input)


def _content_filters(s: SafetyConfig) -> list[Filter]:
    """Return the language filters shared by the input and output chains."""
    filters: list[Filter] = []
    lexicon = build_lexicon(s.lexicon)
    if s.lexicon.enabled:
        filters.append(LexiconFilter(lexicon))
    if s.classifier.enabled:
        # load the model now, not on the first candidate (it takes a second or two); it scores
        # text with the lexicon's allowed phrases blanked, as the lexicon itself reads it
        model = get_model()
        filters.append(ClassifierFilter(s.classifier.threshold, model, lexicon.blank_phrases))
    if s.harm.enabled:
        filters.append(build_harm_filter(s.harm))  # loads the model now, like the classifier
    if s.sensitive.enabled:
        filters.append(SensitiveFilter(build_sensitive_lexicon(s.sensitive), s.sensitive.action))
    return filters


def load_memorization_index(cfg: Config, model_dir: Path | None) -> MemorizationIndex | None:
    """Load the index from index_path or the model dir, else build it from data; warn if none."""
    m = cfg.safety.memorization
    path = Path(m.index_path).expanduser() if m.index_path else None
    if path is None and model_dir is not None and (Path(model_dir) / INDEX_FILENAME).is_file():
        path = Path(model_dir) / INDEX_FILENAME
    if path is not None:
        index = MemorizationIndex.load(path)
        if index.n != m.ngram:
            log.info("memorization index %s uses %d-grams (config says %d)", path, index.n, m.ngram)
        return index
    if m.data:
        posts = read_training_texts(Path(m.data).expanduser())
        log.info("built the memorization index from %d posts in %s", len(posts), m.data)
        return MemorizationIndex.build(posts, m.ngram)
    where = f"{model_dir}/{INDEX_FILENAME}" if model_dir else "no model dir given"
    log.warning(
        "memorization filter is enabled but no index was found (%s): copies of training "
        "posts will NOT be blocked; set [safety.memorization] index_path or data",
        where,
    )
    return None


def read_training_texts(path: Path) -> list[str]:
    """Return the post texts of a prepared data dir or a train.jsonl file. Raises DataError."""
    try:
        return read_texts(path)
    except DataError as exc:
        raise DataError(
            f"cannot read training posts for [safety.memorization] data: {exc.message}",
            "point [safety.memorization] data at a dir from `tweetling data prepare`",
        ) from None
