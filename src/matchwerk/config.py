"""Settings read from the environment (prefix ``MATCHWERK_``)."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class MatchWeights(BaseSettings):
    """Default weights of the match score components (see MATCHING.md)."""

    model_config = SettingsConfigDict(env_prefix="MATCHWERK_WEIGHT_", extra="ignore")

    occupation: float = 0.45
    language: float = 0.20
    recognition: float = 0.20
    experience: float = 0.10
    availability: float = 0.05
    location: float = 0.05


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
    retention_inactive_days: int = Field(
        default=730,
        ge=1,
        description="`matchwerk retention run` erases inactive/placed profiles older than this.",
    )
    rate_limit_per_minute: int = Field(
        default=600, ge=0, description="Requests per API key and minute, per replica (0: no limit)."
    )
    rate_limit_burst: int = Field(default=120, ge=1, description="Requests an API key may send at once.")
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
