"""Learning from outcomes: synthetic hires drawn from known weights are recovered; too few outcomes refuse."""

import json

import numpy as np
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching.service import COMPONENTS
from matchwerk.placements import calibration

TRUE_WEIGHTS = np.array([0.40, 0.20, 0.20, 0.10, 0.05, 0.05])
# With 20,000 outcomes the standard errors are ~0.007; 0.03 is four of them and well below the smallest
# weight difference that matters to an advisor (0.05).
TOLERANCE = 0.03


def synthetic(count: int, seed: int = 7) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Components uniform in [0, 1]; P(hired) = logistic(-5 + 8 · Σ w·x): log-odds follow the weights."""
    rng = np.random.default_rng(seed)
    features = rng.uniform(0, 1, size=(count, len(COMPONENTS)))
    score = features @ TRUE_WEIGHTS
    labels = rng.uniform(0, 1, size=count) < 1 / (1 + np.exp(-(-5 + 8 * score)))
    return features, labels, score


def test_recovers_known_weights_within_tolerance() -> None:
    features, labels, score = synthetic(20_000)
    result = calibration.fit(features, labels, frozen_scores=score, min_outcomes=200)
    suggested = np.array([w.weight for w in result.weights])
    errors = np.array([w.standard_error for w in result.weights])
    assert [w.component for w in result.weights] == list(COMPONENTS)
    assert np.abs(suggested - TRUE_WEIGHTS).max() < TOLERANCE
    assert np.all(np.abs(suggested - TRUE_WEIGHTS) < 4 * errors)  # the reported uncertainty is honest
    assert np.all(errors < 0.02)
    assert (result.outcomes, result.held_out, result.hires) == (20_000, 5_000, int(labels.sum()))
    # the true score is the best possible ranking; the fitted model comes within a hair of it
    assert result.auc_frozen_scores is not None  # frozen scores were given
    assert 0.7 < result.auc_held_out <= result.auc_frozen_scores + 0.01


def test_auc_is_the_share_of_correctly_ordered_pairs() -> None:
    labels = np.array([True, False, True, False])
    assert calibration.auc(np.array([0.9, 0.1, 0.8, 0.3]), labels) == 1.0
    assert calibration.auc(np.array([0.1, 0.9, 0.2, 0.8]), labels) == 0.0
    assert calibration.auc(np.array([0.5, 0.5, 0.9, 0.1]), labels) == 0.875


def test_refuses_below_the_minimum_and_with_one_sided_outcomes() -> None:
    features, labels, _ = synthetic(150)
    with pytest.raises(calibration.NotEnoughOutcomes, match="150 outcomes, at least 200"):
        calibration.fit(features, labels, min_outcomes=200)
    features, _, _ = synthetic(500)
    with pytest.raises(calibration.NotEnoughOutcomes, match="0 hires"):
        calibration.fit(features, np.zeros(500, dtype=bool), min_outcomes=200)


async def test_calibrates_from_stored_placements_and_leaves_weights_alone(session: AsyncSession) -> None:
    features, labels, score = synthetic(600, seed=11)
    employer = (
        await session.execute(
            text("INSERT INTO employers (id, name) VALUES (gen_random_uuid(), 'X') RETURNING id")
        )
    ).scalar_one()
    vacancy = (
        await session.execute(
            text(
                "INSERT INTO vacancies (id, employer_id, title) "
                "VALUES (gen_random_uuid(), :e, 'V') RETURNING id"
            ),
            {"e": employer},
        )
    ).scalar_one()
    rows = [
        {
            "v": vacancy,
            "e": employer,
            "stage": "hired" if hired else "closed",
            "reason": None if hired else "not_suitable",
            "score": float(s),
            "components": json.dumps(
                {n: {"score": float(x), "weight": 0.1} for n, x in zip(COMPONENTS, row, strict=True)}
            ),
        }
        for row, hired, s in zip(features, labels, score, strict=True)
    ]
    rows.append({**rows[0], "stage": "closed", "reason": "consent_withdrawn"})  # says nothing: left out
    await session.execute(
        text(
            "INSERT INTO placements (id, vacancy_id, employer_id, stage, closed_reason, score_at_proposal, "
            "components_at_proposal) VALUES (gen_random_uuid(), :v, :e, :stage, :reason, :score, "
            "CAST(:components AS jsonb))"
        ),
        rows,
    )
    result = await calibration.calibrate(session, min_outcomes=200)
    assert result.outcomes == 600
    assert sum(w.weight for w in result.weights) == pytest.approx(1.0)
    with pytest.raises(calibration.NotEnoughOutcomes):
        await calibration.calibrate(session, min_outcomes=601)


def test_command_refuses_on_an_empty_database(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from matchwerk import cli
    from matchwerk.config import get_settings

    monkeypatch.setenv("MATCHWERK_DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli.app, ["weights", "calibrate"])
        assert result.exit_code == 1
        assert "not calibrated: 0 outcomes, at least 200 are needed" in result.output
    finally:
        get_settings.cache_clear()
