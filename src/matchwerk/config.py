"""Settings read from the environment (prefix ``MATCHWERK_``)."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from matchwerk.matching.rules.weights import DEFAULT_MIN_OCCUPATION, DEFAULT_WEIGHTS


class MatchWeights(BaseSettings):
    """Default weights of the match score components (see MATCHING.md)."""

    model_config = SettingsConfigDict(env_prefix="MATCHWERK_WEIGHT_", extra="ignore")

    occupation: float = DEFAULT_WEIGHTS.occupation
    language: float = DEFAULT_WEIGHTS.language
    recognition: float = DEFAULT_WEIGHTS.recognition
    experience: float = DEFAULT_WEIGHTS.experience
    availability: float = DEFAULT_WEIGHTS.availability
    location: float = DEFAULT_WEIGHTS.location


class Settings(BaseSettings):
    """Process configuration; every field can be set as ``MATCHWERK_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="MATCHWERK_", extra="ignore")

    database_url: str | None = Field(
        default=None,
        description="libpq URL of the PostgreSQL server; unset starts an embedded server under data_dir.",
    )
    data_dir: Path = Path(".matchwerk")
    host: str = "127.0.0.1"
    port: int = 8000
    bootstrap_admin_token: SecretStr | None = None
    demo_data: bool = True
    migrate_on_start: bool = True
    max_body_bytes: int = 1024 * 1024
    db_pool_size: int = 10
    log_level: str = "info"
    metrics_token: SecretStr | None = Field(
        default=None, description="When set, GET /metrics needs `Authorization: Bearer <this token>`."
    )
    log_format: Literal["json", "text"] = Field(
        default="json", description="json: one object per line (production); text: for a terminal."
    )
    weights: MatchWeights = Field(default_factory=MatchWeights, description="Match score weights.")
    min_occupation: float = Field(
        default=DEFAULT_MIN_OCCUPATION,
        ge=0.0,
        le=1.0,
        description="Matches need at least this occupation component (MATCHING.md §1, the occupation gate).",
    )
    retention_inactive_days: int = Field(
        default=730,
        ge=1,
        description="`matchwerk retention run` erases inactive/placed profiles older than this.",
    )
    audit_retention_days: int = Field(
        default=730,
        ge=31,
        description="`matchwerk retention run` deletes audit events older than this (at least 31: longer "
        "than any backup); consent records of people still here are kept.",
    )
    change_log_days: int = Field(
        default=7,
        ge=1,
        description="`matchwerk retention run` deletes change-log rows older than this that a newer row "
        "of the same candidate or vacancy supersedes.",
    )
    calibration_min_outcomes: int = Field(
        default=200, ge=1, description="`matchwerk weights calibrate` refuses with fewer outcomes."
    )
    rate_limit_per_minute: int = Field(
        default=600, ge=0, description="Requests per API key and minute, per replica (0: no limit)."
    )
    rate_limit_burst: int = Field(default=120, ge=1, description="Requests an API key may send at once.")
    import_max_bytes: int = Field(
        default=32 * 1024 * 1024, ge=1, description="Largest bulk import body (bytes)."
    )
    import_max_rows: int = Field(default=10_000, ge=1, description="Most rows in one bulk import.")
    webhook_allow_private: bool = Field(
        default=False,
        description="Allow webhook URLs on private, loopback or link-local hosts and plain http.",
    )
    webhook_worker: bool = Field(default=True, description="Run the webhook delivery worker in this process.")
    webhook_poll_seconds: float = Field(default=1.0, gt=0, description="Worker's pause when nothing is due.")
    warm_up: bool = Field(
        default=True,
        description="Build the match index and the supply/demand statistic in the background at start-up.",
    )
    auth_failures_per_minute: int = Field(
        default=30,
        ge=0,
        description="Failed authentications per client address and minute, per replica, after the burst "
        "(0: no limit); then 429 except for keys this replica accepted recently.",
    )
    auth_failure_burst: int = Field(default=50, ge=1, description="Failed authentications allowed at once.")
    cors_allow_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Browser origins allowed to call the API (comma-separated); empty: CORS closed.",
    )

    @field_validator("cors_allow_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
