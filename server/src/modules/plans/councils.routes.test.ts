import { beforeAll, describe, expect, it } from 'vitest';
import type { Council, CouncilSummary } from '../../../../shared/schemas/councils.ts';
import { demo, type Session, signIn, testApp } from '../../test/http.ts';
import { currentPlanYear } from '../calls/index.ts';

let app: Awaited<ReturnType<typeof testApp>>['app'];
let officer: Session;
let leader: Session;
let expert: Session;
let council: Council;
const points = { fit: 12, goals: 25, cost: 16, capacity: 12, integration: 8, dossier: 9 };

beforeAll(async () => {
  ({ app } = await testApp());
  officer = await signIn(app, demo.agencyOfficer);
  leader = await signIn(app, demo.agencyLeader);
  expert = await signIn(app, demo.councilMember);
  const list = (await officer.get(`/api/councils?planYear=${currentPlanYear()}`)).json() as CouncilSummary[];
  council = (await officer.get(`/api/councils/${list[0]!.id}`)).json() as Council;
});

describe('appraisal councils', () => {
  it('the seeded agency council has the TT 36/2013 Art 9 sheet, members assigned and the chair’s scores', () => {
    expect(council.sheet.criteria.map((c) => c.code)).toEqual([
      'fit',
      'goals',
      'cost',
      'capacity',
      'integration',
      'dossier',
    ]);
    expect(council.sheet.criteria.reduce((s, c) => s + c.max, 0)).toBe(100);
    expect(council.members.map((m) => m.role).sort()).toEqual(['chair', 'member', 'secretary']);
    const row = council.schemes[0]!;
    expect(row.done).toBe(1);
    expect(row.pending).toBe(1);
  });

  it('a member who declared a conflict cannot score that scheme; out of scale and incomplete sheets are refused', async () => {
    const [a, b] = council.schemes;
    const conflict = await expert.post(`/api/councils/${council.id}/conflicts`, {
      schemeId: a!.schemeId,
      conflict: true,
      note: 'Người thân làm việc tại đơn vị thụ hưởng',
    });
    expect(conflict.statusCode).toBe(200);
    const refused = await expert.post(`/api/councils/${council.id}/scores`, {
      schemeId: a!.schemeId,
      points,
      rationale: 'x',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'COUNCIL_CONFLICT_OF_INTEREST' });
    expect(refused.json().detail).toContain(a!.code);
    const outOfScale = await expert.post(`/api/councils/${council.id}/scores`, {
      schemeId: b!.schemeId,
      points: { ...points, goals: 31 },
      rationale: 'Mục tiêu rõ',
    });
    expect(outOfScale.statusCode).toBe(422);
    expect(outOfScale.json().code).toBe('COUNCIL_SCORE_OUT_OF_SCALE');
    const incomplete = await expert.post(`/api/councils/${council.id}/scores`, {
      schemeId: b!.schemeId,
      points: { fit: 1 },
      rationale: 'x',
    });
    expect(incomplete.json().code).toBe('COUNCIL_SCORE_INCOMPLETE');
    const noRationale = await expert.post(`/api/councils/${council.id}/scores`, {
      schemeId: b!.schemeId,
      points,
      rationale: '',
    });
    expect(noRationale.statusCode).toBe(422);
  });

  it('scores, rescoring history, progress, average and spread; the secretary concludes once no one is pending', async () => {
    const [a, b] = council.schemes;
    await expert.post(`/api/councils/${council.id}/scores`, {
      schemeId: b!.schemeId,
      points,
      rationale: 'Đề án khả thi',
    });
    const rescored = await expert.post(`/api/councils/${council.id}/scores`, {
      schemeId: b!.schemeId,
      points: { ...points, goals: 20 },
      rationale: 'Chấm lại sau khi xem hồ sơ bổ sung',
    });
    const row = (rescored.json() as Council).schemes.find((s) => s.schemeId === b!.schemeId)!;
    expect(row.scores.filter((s) => s.userId === expert.userId).map((s) => s.revision)).toEqual([1, 2]);
    expect(row.done).toBe(2);
    expect(row.pending).toBe(0);
    expect(row.spread).not.toBeNull();
    const chairTotal = row.scores.find((s) => s.userId === leader.userId)!.total;
    expect(row.average).toBeCloseTo((chairTotal + 77) / 2, 2);
    // not the secretary
    const notSecretary = await expert.post(`/api/councils/${council.id}/conclusions`, {
      schemeId: b!.schemeId,
      conclusion: 'pass',
      version: row.version,
    });
    expect(notSecretary.json().code).toBe('COUNCIL_SECRETARY_ONLY');
    const ok = await officer.post(`/api/councils/${council.id}/conclusions`, {
      schemeId: b!.schemeId,
      conclusion: 'pass',
      note: 'Đạt',
      version: row.version,
    });
    expect(ok.statusCode).toBe(200);
    // the conflicted member is not pending on a: the chair alone has scored, so a can be concluded
    const rowA = (ok.json() as Council).schemes.find((s) => s.schemeId === a!.schemeId)!;
    expect(rowA.progress[expert.userId]).toBe('conflict');
    expect(rowA.pending).toBe(0);
  });

  it('after the council closes nobody scores; a stranger does not see the council', async () => {
    const current = (await officer.get(`/api/councils/${council.id}`)).json() as Council;
    const closed = await officer.post(`/api/councils/${council.id}/close`, { version: current.version });
    expect(closed.statusCode).toBe(200);
    const late = await leader.post(`/api/councils/${council.id}/scores`, {
      schemeId: council.schemes[2]!.schemeId,
      points,
      rationale: 'muộn',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('COUNCIL_CLOSED');
    const stranger = await signIn(app, demo.establishmentRep);
    expect((await stranger.get(`/api/councils/${council.id}`)).statusCode).toBe(404);
  });
});
