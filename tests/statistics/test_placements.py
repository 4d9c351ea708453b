"""GET /api/v1/statistics/placements: steps of the placement workflow per month and region."""

import httpx
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

URL = "/api/v1/statistics/placements"
EMPLOYER = "00000000-0000-0000-0000-0000000000e1"
VACANCIES = {
    "40210": "00000000-0000-0000-0000-0000000000a1",  # Düsseldorf
    "53111": "00000000-0000-0000-0000-0000000000a2",  # Bonn
    "48143": "00000000-0000-0000-0000-0000000000a3",  # Münster
}


async def seed(session: AsyncSession) -> None:
    """Nursing in Düsseldorf: 8 proposed, 8 released, 6 interviews, 6 hired (2 below qualification);
    Bonn: 3 proposed (small), Münster: 6 proposed."""
    await session.execute(sa.text(f"INSERT INTO employers (id, name) VALUES ('{EMPLOYER}', 'Klinik')"))
    for postal_code, vacancy in VACANCIES.items():
        await session.execute(
            sa.text(
                "INSERT INTO vacancies (id, employer_id, title, kldb_code, postal_code, positions, status) "
                f"VALUES ('{vacancy}', '{EMPLOYER}', 'Pflegefachkraft', '81302', '{postal_code}', 10, 'open')"
            )
        )
    for number in range(17):
        candidate = f"00000000-0000-0000-0000-0000000001{number:02d}"
        placement = f"00000000-0000-0000-0000-0000000002{number:02d}"
        postal_code = "40210" if number < 8 else "53111" if number < 11 else "48143"
        steps = (
            ["proposed"] if number >= 8 else ["proposed", "released"] + ["interview", "hired"] * (number < 6)
        )
        await session.execute(
            sa.text(
                "INSERT INTO candidates (id, reference, reception_centre, created_at) "
                f"VALUES ('{candidate}', 'PL-{number}', 'ZUE Ratingen', '2026-10-01T10:00:00Z')"
            )
        )
        await session.execute(
            sa.text(
                "INSERT INTO placements (id, candidate_id, vacancy_id, employer_id, stage, flags_at_proposal)"
                " VALUES (:id, :candidate, :vacancy, :employer, :stage, :flags)"
            ),
            {
                "id": placement,
                "candidate": candidate,
                "vacancy": VACANCIES[postal_code],
                "employer": EMPLOYER,
                "stage": steps[-1],
                "flags": ["below_qualification"] if number < 2 else [],
            },
        )
        for version, stage in enumerate(steps, start=1):
            await session.execute(
                sa.text(
                    "INSERT INTO placement_history (id, placement_id, version, stage, by_role, at) VALUES "
                    f"(gen_random_uuid(), '{placement}', {version}, '{stage}', 'advisor', "
                    f"'2026-11-{10 + version}T10:00:00Z')"
                )
            )
    await session.commit()


async def test_placements_per_month_and_region(partner_key: httpx.AsyncClient, session: AsyncSession) -> None:
    await seed(session)  # fails (instead of skipping) should the placement workflow's tables ever be missing
    body = (await partner_key.get(URL, params={"group_by": "region"})).json()
    cells = {c["key"]["region"]: c for c in body["cells"]}
    duesseldorf = cells["051"]
    assert duesseldorf["count"] == 8
    values = duesseldorf["values"]
    assert (values["proposed"], values["released"], values["interviews"], values["hired"]) == (8, 8, 6, 6)
    assert values["median_days_to_hire"] == 44.0  # intake 1 Oct, hired 14 Nov
    # two of six hires below qualification: a small number, so neither it nor the share is published
    assert values["below_qualification"] is None
    assert values["share_below_qualification"] is None
    assert cells["053"] == cells["053"] | {"count": None, "suppressed": True}  # Bonn: three proposals
    assert cells["055"]["suppressed"] is True  # Münster's 6 hides them (the total would give them away)
    assert body["total"] == 17
    # by month and region, one month makes every region total a known sum: everything stays hidden
    by_month = (await partner_key.get(URL, params={"group_by": "month,region"})).json()
    assert all(cell["suppressed"] for cell in by_month["cells"])
    by_stage = (await partner_key.get(URL, params={"group_by": "stage"})).json()
    assert {c["key"]["stage"]: c["count"] for c in by_stage["cells"]} == {
        "proposed": 17,
        "released": 8,
        "interview": 6,
        "hired": 6,
    }
    by_area = (
        await partner_key.get(URL, params={"group_by": "occupation_area", "occupation_level": "3"})
    ).json()
    assert [(c["key"]["occupation_area"], c["count"]) for c in by_area["cells"]] == [("813", 17)]
    csv = await partner_key.get(URL, params={"lang": "de"}, headers={"Accept": "text/csv"})
    assert "Median Tage Aufnahme bis Einstellung" in csv.text.splitlines()[0]
