"""SamplingParams: overrides replace only what they set."""

from bot.generation.base import DEFAULT_MAX_NEW_TOKENS, SamplingParams


def test_an_override_keeps_the_configured_length_unless_it_sets_one() -> None:
    configured = SamplingParams(temperature=0.9, max_new_tokens=20)
    assert configured.merged(SamplingParams(temperature=0.5)).max_new_tokens == 20
    assert configured.merged(SamplingParams(temperature=0.5)).temperature == 0.5
    assert configured.merged(SamplingParams(max_new_tokens=7)).new_tokens == 7
    assert SamplingParams().new_tokens == DEFAULT_MAX_NEW_TOKENS
