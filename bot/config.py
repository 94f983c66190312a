"""The config's schema: pydantic models of the whole TOML (unknown keys are errors) and Secrets.

Reading files, the .env file and error lines that name the key: ``bot.config_loader``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from bot import config_types as ct
from bot.config_section import SectionBase
from bot.generation.base import DEFAULT_MAX_NEW_TOKENS


class Section(SectionBase, BaseModel):  # BaseModel named again so linters see a pydantic model
    """Base for every config section (checks in bot/config_section.py)."""


class ModelConfig(Section):
    """Which model the bot speaks through and with which backend."""

    path: str = "models/demo"  # trained model dir, HF id, or bundled:smollm2-135m
    backend: Literal["local", "ctranslate2", "remote", "scripted"] = "local"
    device: Literal["auto", "cpu", "cuda"] = "auto"
    ct2_dir: str = ""  # converted model for the ctranslate2 backend; default <path>/ct2
    compute_type: ct.ComputeType = "int8"  # ctranslate2 compute type on CPU
    fallback_to_local: bool = True  # use transformers if the ctranslate2 model is missing
    remote_url: ct.HttpUrl = ""  # OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1
    remote_model: str = ""
    remote_timeout_s: float = Field(30.0, gt=0)
    remote_retries: int = Field(3, ge=0)
    remote_eos: str = ""  # the model's EOS text; default: read from the local tokenizer
    scripted_outputs: list[str] = []  # texts the scripted backend cycles through

    def _cross_check(self) -> None:
        ct.check_remote_url(self.backend, self.remote_url)


class GenerationConfig(Section):
    """Sampling defaults and engine limits (the model's generation config fills gaps)."""

    num_candidates: int = Field(4, ge=1, le=16)
    temperature: float | None = Field(None, gt=0, le=5)
    top_p: float | None = Field(None, gt=0, le=1)
    top_k: int | None = Field(None, ge=0)
    max_new_tokens: int = Field(DEFAULT_MAX_NEW_TOKENS, ge=1, le=1024)
    repetition_penalty: float | None = Field(None, gt=0)
    seed: ct.Seed | None = None
    max_batch_size: int = Field(32, ge=1)  # sequences per generate call
    batch_wait_ms: float = Field(5.0, ge=0)
    request_timeout_s: float = Field(120.0, gt=0)
    # A longer prompt (a /generate prefix, a mention continued) keeps only its last tokens; the
    # model's context window lowers it further. Posts are short: 256 tokens is ~1,000 chars.
    max_prompt_tokens: int = Field(256, ge=8, le=32768)
    queue_max: int = Field(64, ge=1)  # generation requests waiting for the model; more: busy
    threads: int = Field(0, ge=0)  # torch/ct2 intra-op threads; 0 = library default
    max_attempts: int = Field(3, ge=1)  # regenerate when every candidate is blocked
    pick: Literal["first", "score"] = "score"
    on_all_blocked: Literal["silent", "fallback"] = "fallback"
    fallback_message: str = "I don't have anything good to say about that right now."
    # reply: answer the mention and its reply chain in the person's voice (the pair format);
    # free: a fresh post that ignores the mention; continue: continue the mention's words.
    mention_style: Literal["reply", "free", "continue"] = "reply"


class LexiconConfig(Section):
    """Deny-list of slurs and severe profanity with an allow-list."""

    enabled: bool = True
    use_default_list: bool = True
    deny_files: list[str] = []
    allow_files: list[str] = []
    deny: list[str] = []
    allow: list[str] = []


class ClassifierConfig(Section):
    """Offline offensive-language classifier."""

    enabled: bool = True
    backend: Literal["profanity-check"] = "profanity-check"
    # 0.95: the harm model covers insults now. At 0.75 this alone flagged 2.6% of benign
    # moderation dev rows (0.7% at 0.95) for 0.6% of Davidson's offensive ones (0.2%)
    threshold: float = Field(0.95, ge=0, le=1)


HarmCategory = Literal["hate", "harassment", "violence", "sexual", "self_harm"]


class HarmConfig(Section):
    """The harm classifier (bot/safety/harm): five categories, thresholds and actions each."""

    enabled: bool = True
    provider: Literal["local", "openai", "guard"] = "local"  # guard: OpenAI-compatible chat
    model_dir: str = ""  # output of `tweetling safety train-harm`; empty: the shipped model
    thresholds: dict[HarmCategory, float] = {}  # override the tuned ones (see the model card)
    actions: dict[HarmCategory, Literal["block", "hold"]] = {}  # unset categories block
    remote_url: ct.HttpUrl = "https://api.openai.com/v1"
    remote_model: str = "omni-moderation-latest"
    remote_api_key_env: str = "OPENAI_API_KEY"  # the variable holding the key, not the key
    remote_timeout_s: float = Field(5.0, gt=0)

    @field_validator("thresholds")
    @classmethod
    def _probabilities(cls, v: dict[str, float]) -> dict[str, float]:
        bad = [k for k, t in v.items() if not 0 <= t <= 1]
        if bad:
            raise ValueError(f"thresholds must be between 0 and 1 (check {', '.join(bad)})")
        return v


class PingsConfig(Section):
    """Pings: @everyone/@here/user/role/channel mentions on Discord, @handles on X."""

    enabled: bool = True
    action: Literal["block", "rewrite"] = "rewrite"


class LinksConfig(Section):
    """URLs, bare domains, invites and shorteners."""

    enabled: bool = True
    allow_domains: list[ct.Domain] = []


class PiiConfig(Section):
    """E-mail addresses and phone numbers."""

    enabled: bool = True
    regions: list[ct.Region] = ["US", "GB", "DE", "FR", "IN"]


class MemorizationConfig(Section):
    """Block verbatim copies of training posts."""

    enabled: bool = True
    ngram: int = Field(8, ge=3)
    index_path: str = ""  # default <model dir>/memorization.json(.gz); built from data if missing
    data: str = ""  # prepared data dir or train.jsonl to build the index from


class DedupeConfig(Section):
    """Near-duplicates of the bot's own recent posts."""

    enabled: bool = True
    recent: int = Field(200, ge=1)
    threshold: float = Field(0.8, gt=0, le=1)


class FormConfig(Section):
    """Length and form: empty, too long, repetitive or degenerate text."""

    enabled: bool = True
    min_chars: int = Field(2, ge=1)
    min_distinct_words_ratio: float = Field(0.3, ge=0, le=1)
    max_char_run: int = Field(8, ge=2)


class SensitiveConfig(Section):
    """A second list of sensitive topics whose action is block or hold for review."""

    enabled: bool = True
    action: Literal["block", "hold"] = "hold"
    use_default_list: bool = True  # the shipped list (self-harm, mass violence, sexual abuse)
    terms: list[str] = []
    files: list[str] = []


class SafetyConfig(Section):
    """The safety chain; every filter can be switched off."""

    check_input: bool = True
    refusal_message: str = "Sorry, I can't respond to that."
    lexicon: LexiconConfig = LexiconConfig()
    classifier: ClassifierConfig = ClassifierConfig()
    harm: HarmConfig = HarmConfig()
    pings: PingsConfig = PingsConfig()
    links: LinksConfig = LinksConfig()
    pii: PiiConfig = PiiConfig()
    memorization: MemorizationConfig = MemorizationConfig()
    dedupe: DedupeConfig = DedupeConfig()
    form: FormConfig = FormConfig()
    sensitive: SensitiveConfig = SensitiveConfig()


class DiscordConfig(Section):
    """The Discord adapter."""

    enabled: bool = False
    reply_to_mentions: bool = True
    reply_to_replies: bool = True
    reply_to_dms: bool = False
    mention_author: bool = False  # let a reply ping the person it answers
    ephemeral: bool = False  # /generate answers visible only to the caller
    command_name: ct.CommandName = "generate"
    guild_allow: list[ct.Snowflake] = []
    guild_block: list[ct.Snowflake] = []
    channel_allow: list[ct.Snowflake] = []
    channel_block: list[ct.Snowflake] = []
    user_allow: list[ct.Snowflake] = []
    user_block: list[ct.Snowflake] = []
    admin_ids: list[ct.Snowflake] = []
    user_cooldown_s: float = Field(30.0, ge=0)
    channel_cooldown_s: float = Field(5.0, ge=0)
    channel_queue_max: int = Field(3, ge=1)
    long_reply: Literal["regenerate", "split"] = "regenerate"
    schedule_channel_id: ct.Snowflake | None = None
    review_channel_id: ct.Snowflake | None = None
    sharded: bool = False
    max_ratelimit_timeout_s: float = Field(30.0, gt=0)


class XConfig(Section):
    """The X adapter."""

    enabled: bool = False
    dry_run: bool = False
    reply_to_mentions: bool = False
    poll_interval_s: float = Field(300.0, ge=15)
    max_pages: int = Field(5, ge=1)
    opt_out: list[str] = []  # handles or user ids that never get replies
    per_user_daily_cap: int = Field(3, ge=0)
    request_timeout_s: float = Field(30.0, gt=0)  # per HTTP request to api.twitter.com
    max_retries: int = Field(3, ge=0)  # retries after a 429, a 5xx or a network error
    max_rate_limit_wait_s: float = Field(900.0, ge=0)  # a later rate-limit reset skips instead


class QuietHours(Section):
    """A daily window (local time) with no scheduled posts; may wrap midnight."""

    start: ct.ClockTime = "23:00"
    end: ct.ClockTime = "07:00"

    def _cross_check(self) -> None:
        ct.check_quiet_window(self.start, self.end)


class ScheduleRule(Section):
    """One posting rule: a cron expression or an interval."""

    name: str = ""
    cron: ct.Crontab | None = None  # five-field crontab, in the schedule's time zone
    interval_minutes: float | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _one_trigger(self) -> ScheduleRule:
        if (self.cron is None) == (self.interval_minutes is None):
            raise ValueError("a schedule rule needs exactly one of 'cron' or 'interval_minutes'")
        return self


class ScheduleConfig(Section):
    """Scheduled posts."""

    enabled: bool = False
    timezone: ct.TimeZone = "UTC"
    rules: list[ScheduleRule] = []
    targets: list[Literal["x", "discord", "console"]] = ["x"]
    jitter_s: float = Field(300.0, ge=0)
    min_gap_minutes: float = Field(60.0, ge=0)
    daily_cap: int = Field(8, ge=0)
    quiet_hours: QuietHours | None = None
    review: bool = False  # scheduled posts wait as drafts until approved
    misfire_grace_s: float = Field(900.0, gt=0)
    speedup: float = Field(1.0, gt=0)  # console mode only: run the schedule faster

    def _cross_check(self) -> None:
        ct.check_schedule_posts(self.enabled, len(self.rules), len(self.targets))


class StorageConfig(Section):
    """Where the bot keeps its state."""

    # default: <user data dir>/tweetling/tweetling.sqlite3; ':memory:' for tests
    path: ct.StorePath = ""

    def resolved_path(self) -> str:
        """Return the database path, defaulting under the user's data dir."""
        if self.path:
            return self.path
        return str(Path(user_data_dir("tweetling")) / "tweetling.sqlite3")


class LoraConfig(Section):
    """LoRA fine-tuning through peft."""

    enabled: bool = False
    r: int = Field(16, ge=1)
    alpha: int = Field(32, ge=1)
    dropout: float = Field(0.05, ge=0, lt=1)
    merge: bool = True  # merge into the saved model; False saves an adapter


class TrainingConfig(Section):
    """Fine-tuning (also settable with `tweetling train` flags)."""

    base_model: str = "gpt2"
    data: str = ""  # dir from `tweetling data prepare`, or sources
    out: str = "models/demo"
    epochs: float = Field(2.0, gt=0)
    max_steps: int = Field(-1, ge=-1)  # -1: train for `epochs`
    learning_rate: float = Field(5e-5, gt=0)
    lr_scheduler: ct.Scheduler = "linear"
    warmup_ratio: float = Field(0.0, ge=0, lt=1)
    batch_size: int = Field(8, ge=1)
    grad_accum: int = Field(1, ge=1)
    max_length: int = Field(128, ge=8)
    val_fraction: float = Field(0.1, ge=0, lt=1)
    early_stopping_patience: int = Field(2, ge=0)
    seed: ct.Seed = 42
    report_to: list[str] = []
    export_ct2: bool = True
    eval_samples: int = Field(20, ge=0)
    # Share of the posts also learned as "Topic: a few of their words -> the post" (0: none).
    # Off by default: measured, it did not make replies clearly more on topic than the pair
    # prompt with reranking, and at a fixed step budget it cost post perplexity (the voice).
    topic_pairs: float = Field(0.0, ge=0, le=1)
    cache_dir: str = ""  # base-model cache; default ~/.cache/tweetling
    keep_checkpoints: bool = False  # keep <out>/checkpoints after a successful run
    lora: LoraConfig = LoraConfig()


class DataConfig(Section):
    """Reading and cleaning posts (huggingtweets' rules as the baseline)."""

    drop_retweets: bool = True
    drop_replies: bool = False
    drop_duplicates: bool = True
    near_duplicate_threshold: float = Field(0.9, gt=0, le=1)
    remove_urls: bool = True
    keep_newlines: bool = False
    mentions: Literal["keep", "strip", "placeholder"] = "keep"
    mention_placeholder: str = "@user"
    hashtags: Literal["keep", "strip"] = "keep"
    min_words: int = Field(3, ge=0)
    min_chars_no_spaces: int = Field(6, ge=0)  # the short rule for Japanese, Chinese ...
    languages: list[str] = []  # keep only these (empty = all)
    balance_accounts: bool = True
    min_kept_chars: int = Field(6000, ge=0)
    csv_text_column: str = "text"


class LoggingConfig(Section):
    """Log format and level."""

    format: Literal["text", "json"] = "text"
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class MetricsConfig(Section):
    """Health endpoint and Prometheus metrics on a local port."""

    enabled: bool = False
    host: ct.Host = "127.0.0.1"
    port: int = Field(9108, ge=1, le=65535)


class BotConfig(Section):
    """Who the bot is and global switches."""

    name: str = "tweetling"
    paused: bool = False
    opt_out_users: list[ct.OptOut] = []  # "platform:user_id" never get answers
    shutdown_grace_s: float = Field(20.0, gt=0)
    queue_max: int = Field(64, ge=1)  # events waiting for the pipeline; more: "busy" notices
    console_scheduled: bool = True  # console mode prints scheduled posts


class Config(Section):
    """The whole TOML file."""

    bot: BotConfig = BotConfig()
    model: ModelConfig = ModelConfig()
    generation: GenerationConfig = GenerationConfig()
    safety: SafetyConfig = SafetyConfig()
    discord: DiscordConfig = DiscordConfig()
    x: XConfig = XConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    storage: StorageConfig = StorageConfig()
    training: TrainingConfig = TrainingConfig()
    data: DataConfig = DataConfig()
    logging: LoggingConfig = LoggingConfig()
    metrics: MetricsConfig = MetricsConfig()
    source_path: Path | None = Field(None, exclude=True)


class Secrets(BaseModel):
    """Tokens and keys, read only from the environment (or a .env file)."""

    model_config = ConfigDict(frozen=True)

    discord_token: SecretStr | None = None
    remote_api_key: SecretStr | None = None  # for [model] backend = "remote"
    x_bearer_token: SecretStr | None = None
    x_api_key: SecretStr | None = None
    x_api_secret: SecretStr | None = None
    x_access_token: SecretStr | None = None
    x_access_token_secret: SecretStr | None = None

    @property
    def x_user_auth(self) -> bool:
        """Return True if all four OAuth 1.0a user-context values are present."""
        return all(
            (self.x_api_key, self.x_api_secret, self.x_access_token, self.x_access_token_secret)
        )

    def present(self) -> dict[str, bool]:
        """Return which secrets are set, by environment variable name, never their values."""
        return {secret_env(name): getattr(self, name) is not None for name in SECRET_NAMES}


ENV_PREFIX = "TWEETLING_"
SECRET_NAMES = tuple(Secrets.model_fields)


def secret_env(name: str) -> str:
    """Return the environment variable a secret is read from, e.g. TWEETLING_DISCORD_TOKEN."""
    if name not in SECRET_NAMES:
        raise KeyError(f"{name!r} is not a secret (known: {', '.join(SECRET_NAMES)})")
    return ENV_PREFIX + name.upper()
