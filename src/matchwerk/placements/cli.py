"""``matchwerk weights calibrate``: suggested weights from placement outcomes (never applied by itself)."""

import json
from dataclasses import asdict
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.config import get_settings
from matchwerk.db import run_in_session
from matchwerk.placements import calibration

app = typer.Typer(help="Match score weights.", no_args_is_help=True)


def _report(result: calibration.Calibration, current: dict[str, float]) -> str:
    lines = [
        f"outcomes used: {result.outcomes} ({result.hires} hired), held out for the AUC: {result.held_out}",
        f"{'component':<14}{'running':>9}{'suggested':>11}{'± s.e.':>9}   95 % interval",
    ]
    for item in result.weights:
        low, high = item.weight - 1.96 * item.standard_error, item.weight + 1.96 * item.standard_error
        lines.append(
            f"{item.component:<14}{current[item.component]:>9.3f}{item.weight:>11.3f}"
            f"{item.standard_error:>9.3f}   [{low:.3f}, {high:.3f}]"
        )
    frozen = "n/a" if result.auc_frozen_scores is None else f"{result.auc_frozen_scores:.3f}"
    lines.append(f"AUC on held-out placements: fitted {result.auc_held_out:.3f}, scores at proposal {frozen}")
    lines.append("The running weights are unchanged; set MATCHWERK_WEIGHT_<COMPONENT> to adopt suggestions.")
    return "\n".join(lines)


@app.command("calibrate")
def calibrate(
    min_outcomes: Annotated[
        int | None,
        typer.Option(
            min=1, help="Refuse below this many outcomes (default MATCHWERK_CALIBRATION_MIN_OUTCOMES)."
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the held-out split.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Fit hired-vs-not on the components frozen at proposal and print suggested weights; changes nothing."""
    settings = get_settings()
    minimum = min_outcomes if min_outcomes is not None else settings.calibration_min_outcomes

    async def action(session: AsyncSession) -> calibration.Calibration:
        return await calibration.calibrate(session, min_outcomes=minimum, seed=seed)

    try:
        result = run_in_session(action)
    except calibration.NotEnoughOutcomes as exc:
        typer.echo(f"not calibrated: {exc}", err=True)
        raise typer.Exit(1) from exc
    current = settings.weights.model_dump()
    typer.echo(json.dumps(asdict(result), indent=2) if as_json else _report(result, current))
