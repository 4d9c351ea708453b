"""The transition table of placements and who may make which move: the one place these rules live."""

from matchwerk.auth.models import Principal, Role
from matchwerk.errors import Conflict
from matchwerk.placements.models import RELEASED_STAGES, ClosedReason, Stage

S = Stage
# Every allowed move. Forward one stage at a time (trial work is optional); any open stage may close;
# a closed case may be re-opened as a proposal. Hired is final.
TRANSITIONS: dict[Stage, tuple[Stage, ...]] = {
    S.REQUESTED: (S.PROPOSED, S.CLOSED),
    S.PROPOSED: (S.RELEASED, S.CLOSED),
    S.RELEASED: (S.CONTACTED, S.CLOSED),
    S.CONTACTED: (S.INTERVIEW, S.CLOSED),
    S.INTERVIEW: (S.TRIAL_WORK, S.OFFER, S.CLOSED),
    S.TRIAL_WORK: (S.OFFER, S.CLOSED),
    S.OFFER: (S.HIRED, S.CLOSED),
    S.HIRED: (),
    S.CLOSED: (S.PROPOSED,),
}

STAFF = frozenset({Role.ADMIN, Role.ADVISOR})
# The reasons an employer may give when it closes a placement of its own vacancy.
EMPLOYER_CLOSE_REASONS = frozenset(
    {
        ClosedReason.EMPLOYER_DECLINED,
        ClosedReason.CANDIDATE_UNREACHABLE,
        ClosedReason.VACANCY_FILLED,
        ClosedReason.OTHER,
    }
)


def allowed_moves(stage: Stage) -> tuple[Stage, ...]:
    """The stages a placement in ``stage`` may move to."""
    return TRANSITIONS[stage]


def is_allowed(current: Stage, to: Stage) -> bool:
    """Whether the table allows the move."""
    return to in TRANSITIONS[current]


def who_may_not(principal: Principal, current: Stage, to: Stage, reason: ClosedReason | None) -> str | None:
    """Why this caller may not make this (table-allowed) move, or None when it may."""
    if principal.role in STAFF:
        return None
    if principal.role is not Role.EMPLOYER:
        return f"The role '{principal.role}' may not move placements."
    if to is Stage.CLOSED:
        if reason not in EMPLOYER_CLOSE_REASONS:
            allowed = ", ".join(sorted(EMPLOYER_CLOSE_REASONS))
            return f"Employers close placements with one of these reasons: {allowed}."
        return None
    if current in RELEASED_STAGES:
        return None
    return f"Only advisors and admins move a placement to '{to}'; employers move released placements."


class TransitionNotAllowed(Conflict):
    """A move the transition table does not allow; the problem lists the moves that are."""

    type_slug, title = "transition-not-allowed", "Transition not allowed"

    def __init__(self, current: Stage, to: Stage) -> None:
        allowed = [str(stage) for stage in allowed_moves(current)]
        super().__init__(
            f"A placement in stage '{current}' cannot move to '{to}'; "
            f"allowed: {', '.join(allowed) or 'none (final stage)'}.",
            extensions={"allowed_transitions": allowed},
        )


class ConsentMissing(Conflict):
    """The person has not (or no longer) consented to what the move needs."""

    type_slug, title = "consent-missing", "Consent missing"
