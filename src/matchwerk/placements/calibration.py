"""Learning from outcomes (MATCHING.md §6): hired-vs-not fitted on the components frozen at proposal.

A logistic regression (statsmodels ``Logit``, unpenalised maximum likelihood) of ``hired`` on the six
component values. Its coefficients, scaled to sum to 1, are the suggested weights; their standard errors
come from the coefficients' covariance by the delta method. The AUC is measured on held-out placements
(a model fitted on the rest), next to the AUC of the scores frozen at proposal on the same placements.
Nothing here changes the running weights.
"""

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.matching.service import COMPONENTS
from matchwerk.placements import repository
from matchwerk.placements.models import ClosedReason, Stage

# Closed for reasons that say nothing about the match itself: left out of the fit.
UNINFORMATIVE = frozenset(
    {ClosedReason.CONSENT_WITHDRAWN, ClosedReason.DUPLICATE, ClosedReason.VACANCY_CLOSED}
)
HELD_OUT_SHARE = 0.25
MIN_PER_CLASS = 10


class NotEnoughOutcomes(Exception):
    """Too few (or too one-sided) outcomes to fit anything worth reporting."""


@dataclass(frozen=True)
class SuggestedWeight:
    """A component's suggested weight with its standard error and the raw log-odds coefficient."""

    component: str
    weight: float
    standard_error: float
    coefficient: float


@dataclass(frozen=True)
class Calibration:
    """What a calibration run reports."""

    outcomes: int
    hires: int
    held_out: int
    weights: list[SuggestedWeight]
    auc_held_out: float
    auc_frozen_scores: float | None


def auc(scores: NDArray[np.float64], labels: NDArray[np.bool_]) -> float:
    """Area under the ROC curve (Mann–Whitney U with mid-ranks for ties)."""
    from scipy.stats import rankdata  # type: ignore[import-untyped]

    positives = int(labels.sum())
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    ranks = rankdata(scores)
    return float((ranks[labels].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def _logit(features: NDArray[np.float64], labels: NDArray[np.bool_]) -> Any:
    import statsmodels.api as sm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter; failures raise below
        try:
            return sm.Logit(labels.astype(float), sm.add_constant(features, has_constant="add")).fit(
                disp=False, maxiter=200
            )
        except (np.linalg.LinAlgError, ValueError) as exc:
            raise NotEnoughOutcomes(f"the regression cannot be fitted: {exc}") from exc


def fit(
    features: NDArray[np.float64],
    labels: NDArray[np.bool_],
    *,
    frozen_scores: NDArray[np.float64] | None = None,
    min_outcomes: int,
    seed: int = 0,
) -> Calibration:
    """Suggested weights from component values (one row per placement, columns as COMPONENTS)."""
    count, hires = len(labels), int(labels.sum())
    if count < min_outcomes:
        raise NotEnoughOutcomes(f"{count} outcomes, at least {min_outcomes} are needed")
    if min(hires, count - hires) < MIN_PER_CLASS:
        raise NotEnoughOutcomes(f"{hires} hires among {count} outcomes; both need at least {MIN_PER_CLASS}")
    result = _logit(features, labels)
    coefficients = np.asarray(result.params)[1:]
    covariance = np.asarray(result.cov_params())[1:, 1:]
    total = coefficients.sum()
    if not np.isfinite(total) or total <= 0:
        raise NotEnoughOutcomes("the outcomes do not rise with the components; no weights to suggest")
    weights = coefficients / total
    # delta method for w_i = b_i / Σ b: gradient row i is (e_i − w_i · 1) / Σ b
    jacobian = (np.eye(len(weights)) - np.outer(weights, np.ones(len(weights)))) / total
    errors = np.sqrt(np.clip(np.diag(jacobian @ covariance @ jacobian.T), 0, None))
    order = np.random.default_rng(seed).permutation(count)
    test = order[: max(1, int(count * HELD_OUT_SHARE))]
    train = order[len(test) :]
    held_out = _logit(features[train], labels[train])
    import statsmodels.api as sm

    predicted = held_out.predict(sm.add_constant(features[test], has_constant="add"))
    return Calibration(
        outcomes=count,
        hires=hires,
        held_out=len(test),
        weights=[
            SuggestedWeight(name, float(w), float(e), float(b))
            for name, w, e, b in zip(COMPONENTS, weights, errors, coefficients, strict=True)
        ],
        auc_held_out=auc(np.asarray(predicted), labels[test]),
        auc_frozen_scores=auc(frozen_scores[test], labels[test]) if frozen_scores is not None else None,
    )


Outcome = tuple[dict[str, Any], str, str | None, float]


def design(
    rows: list[Outcome],
) -> tuple[NDArray[np.float64], NDArray[np.bool_], NDArray[np.float64]]:
    """Feature matrix, hired labels and frozen scores of stored outcomes (uninformative closures left out)."""
    kept = [row for row in rows if row[2] not in UNINFORMATIVE]
    features = np.array(
        [[float(row[0].get(name, {}).get("score", 0.0)) for name in COMPONENTS] for row in kept],
        dtype=np.float64,
    ).reshape(len(kept), len(COMPONENTS))
    labels = np.array([row[1] == Stage.HIRED.value for row in kept], dtype=np.bool_)
    scores = np.array([row[3] for row in kept], dtype=np.float64)
    return features, labels, scores


async def calibrate(session: AsyncSession, *, min_outcomes: int, seed: int = 0) -> Calibration:
    """Fit on every finished placement in the database; raises NotEnoughOutcomes below the minimum."""
    features, labels, scores = design(await repository.outcomes(session))
    return fit(features, labels, frozen_scores=scores, min_outcomes=min_outcomes, seed=seed)
