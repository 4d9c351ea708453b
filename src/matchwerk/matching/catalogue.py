"""The occupation catalogue as the matching core sees it: always the one in use right now."""

from collections.abc import Mapping

from matchwerk.occupations import service as occupation_service


class LiveCatalogue:
    """The occupation catalogue in use right now (imports replace it without a restart)."""

    def is_regulated(self, kldb_code: str) -> bool:
        return occupation_service.catalogue().is_regulated(kldb_code)

    def related(self, kldb_code: str) -> Mapping[str, float]:
        return occupation_service.catalogue().related(kldb_code)

    def helper_code(self, kldb_code: str) -> str | None:
        return occupation_service.catalogue().helper_code(kldb_code)

    def title(self, kldb_code: str, lang: str) -> str:
        return occupation_service.catalogue().title(kldb_code, lang)

    def normalise(self, title: str) -> str:
        return occupation_service.catalogue().normalise(title)


CATALOGUE = LiveCatalogue()
