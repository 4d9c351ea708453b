"""The component weights and the occupation gate's default, with no imports so ``config`` can read them."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Weights:
    """Component weights (the defaults of ``MATCHWERK_WEIGHT_*``); location's is taken from occupation's."""

    occupation: float = 0.45
    language: float = 0.20
    recognition: float = 0.20
    experience: float = 0.10
    availability: float = 0.05
    location: float = 0.05


DEFAULT_WEIGHTS = Weights()
# Results need at least this occupation component (MATCHING.md §1, ``MATCHWERK_MIN_OCCUPATION``).
DEFAULT_MIN_OCCUPATION = 0.35
