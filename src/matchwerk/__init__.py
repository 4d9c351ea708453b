"""matchwerk: skills-to-jobs matching for refugees and new migrants in NRW."""

__version__ = "0.1.0"
