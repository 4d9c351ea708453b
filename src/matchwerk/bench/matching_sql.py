"""The SQL rankings the matching index is compared with: pg_trgm over everyone (v1's baseline) and the strong
one a good engineer would write for v2 — a B-tree prefilter on the occupation area, then ranking the rest."""

import time
from typing import Any

from matchwerk.matching.rules.vocabulary import cefr_rank
from matchwerk.matching.sync.state import MatchingState

BASELINE_QUERIES = 5

TRGM_SQL = """
SELECT c.id, max(
    0.45 * CASE WHEN o.kldb_code = $1 THEN 1.0 WHEN left(o.kldb_code, 4) = left($1, 4) THEN 0.85
                WHEN left(o.kldb_code, 3) = left($1, 3) THEN 0.6
                WHEN left(o.kldb_code, 2) = left($1, 2) THEN 0.35
                ELSE similarity(o.title, $2) * 0.5 END
  + 0.20 * CASE greatest(0, $3 - coalesce(
                    array_position(ARRAY['A1','A2','B1','B2','C1','C2','native'], l.level), 0))
                WHEN 0 THEN 1.0 WHEN 1 THEN 0.6 WHEN 2 THEN 0.25 ELSE 0.05 END
  + 0.20 * CASE o.recognition_status WHEN 'full' THEN 1.0 WHEN 'not_required' THEN 1.0
                WHEN 'zab_evaluated' THEN 1.0 WHEN 'partial' THEN 0.9 ELSE 0.8 END
  + 0.10 * least(1.0, coalesce(o.years_experience, 0) / greatest($4, 1))
  + 0.05) AS score
FROM candidates c
JOIN candidate_occupations o ON o.candidate_id = c.id
LEFT JOIN candidate_languages l ON l.candidate_id = c.id AND l.code = 'de'
WHERE c.status = 'active' AND c.consent_matching AND c.work_authorization <> 'not_permitted'
GROUP BY c.id ORDER BY score DESC, c.id LIMIT 20"""

AREA_INDEX = (
    "CREATE INDEX IF NOT EXISTS bench_candidate_occupations_area "
    "ON candidate_occupations (left(kldb_code, 2), candidate_id)"
)
# v2: the gate first (only the vacancy's area can reach 0.35 here), then occupation x capped weighted mean.
STRONG_SQL = """
WITH reach AS (
  SELECT DISTINCT candidate_id FROM candidate_occupations WHERE left(kldb_code, 2) = left($1, 2)
), scored AS (
  SELECT c.id,
    CASE WHEN o.kldb_code = $1 THEN 1.0 WHEN left(o.kldb_code, 4) = left($1, 4) THEN 0.85
         WHEN left(o.kldb_code, 3) = left($1, 3) THEN 0.6 WHEN left(o.kldb_code, 2) = left($1, 2) THEN 0.35
         ELSE 0.0 END AS occupation,
    CASE greatest(0, $2 - coalesce(array_position(ARRAY['A1','A2','B1','B2','C1','C2','native'], l.level), 0))
         WHEN 0 THEN 1.0 WHEN 1 THEN 0.6 WHEN 2 THEN 0.25 ELSE 0.05 END AS language,
    CASE o.recognition_status WHEN 'full' THEN 1.0 WHEN 'not_required' THEN 1.0
         WHEN 'zab_evaluated' THEN 1.0 WHEN 'partial' THEN 0.9 ELSE 0.8 END AS recognition,
    least(1.0, coalesce(o.years_experience, 0) / greatest($3, 1)) AS experience
  FROM reach r
  JOIN candidates c ON c.id = r.candidate_id
  JOIN candidate_occupations o ON o.candidate_id = c.id
  LEFT JOIN candidate_languages l ON l.candidate_id = c.id AND l.code = 'de'
  WHERE c.status = 'active' AND c.consent_matching AND c.work_authorization <> 'not_permitted'
)
SELECT id, max(occupation * (0.45 + 0.55 * (0.20 * language + 0.20 * recognition + 0.10 * experience
                                            + 0.05) / 0.55)) AS score
FROM scored GROUP BY id HAVING max(occupation) >= 0.35 ORDER BY score DESC, id LIMIT 20"""


async def baselines(
    conn: Any, state: MatchingState, vacancy_ids: list[Any]
) -> tuple[list[float], list[float]]:
    """p50 samples of the pg_trgm ranking and of the strong area-prefiltered one, on resolved vacancies."""
    await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    await conn.execute(AREA_INDEX)
    await conn.execute("ANALYZE candidate_occupations")
    trgm, strong = [], []
    chosen = [v for v in (state.vacancies.get(i) for i in vacancy_ids) if v is not None and v.kldb_code]
    for v in chosen[:BASELINE_QUERIES]:
        started = time.perf_counter()
        await conn.fetch(TRGM_SQL, v.kldb_code, v.title, cefr_rank(v.german_min), v.min_years_experience or 0)
        trgm.append(time.perf_counter() - started)
        started = time.perf_counter()
        await conn.fetch(STRONG_SQL, v.kldb_code, cefr_rank(v.german_min), v.min_years_experience or 0)
        strong.append(time.perf_counter() - started)
    return trgm, strong
