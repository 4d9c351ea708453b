"""Settings read from the environment (prefix ``MATCHWERK_``)."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    retention_inactive_days: int = 730


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
