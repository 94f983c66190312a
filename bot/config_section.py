"""The base of every config section: unknown keys, nan/inf, true-as-a-number and overlong
durations are errors, and a section can refuse keys that do not work together."""

from __future__ import annotations

from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator, model_validator

from bot.config_types import YEAR_S

_SCALES = {"s": 1.0, "ms": 0.001, "minutes": 60.0}  # a key ending _s, _ms or _minutes


def _plain(kind: Any) -> Any:
    """Return the type inside Annotated[...] (a Seed is an int)."""
    return get_args(kind)[0] if get_origin(kind) is Annotated else kind


class SectionBase(BaseModel):
    """Base for every config section: unknown keys are an error."""

    # nan and inf pass every `gt`/`le` they are not compared against, then break timers.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    @field_validator("*", mode="before")
    @classmethod
    def _no_bool_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """Refuse true/false where a number belongs (pydantic would read true as 1)."""
        field = cls.model_fields.get(info.field_name or "")
        if isinstance(value, bool) and field is not None:
            kinds = [_plain(k) for k in get_args(field.annotation) or (field.annotation,)]
            if bool not in kinds and any(k in (int, float) for k in kinds):
                raise ValueError(f"is {str(value).lower()}, but it needs a number")
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _bounded_duration(cls, value: object, info: ValidationInfo) -> object:
        """Refuse a duration longer than a year (timers overflow, or never fire)."""
        scale = _SCALES.get((info.field_name or "").rpartition("_")[2])
        if scale and isinstance(value, int | float) and value * scale > YEAR_S:
            raise ValueError("is longer than a year; use a shorter duration")
        return value

    @model_validator(mode="after")
    def _keys_agree(self) -> SectionBase:
        self._cross_check()
        return self

    def _cross_check(self) -> None:
        """Raise ValueError when keys that are each valid do not work together."""
