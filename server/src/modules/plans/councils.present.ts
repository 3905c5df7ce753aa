import type { Council, CouncilSchemeRow } from '../../../../shared/schemas/councils.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { getSchemeForModule } from '../schemes/index.ts';
import * as repo from './councils.repo.ts';

/** Progress per member and scheme, averages and spread over each member's latest revision, the rescoring history. */
export async function councilDto(
  db: Db,
  actor: Actor,
  c: repo.CouncilRow,
  members: repo.MemberRow[],
  manage: boolean,
): Promise<Council> {
  const sheet = (await repo.findSheet(db, c.sheetId))!;
  const assignments = await repo.assignmentsOf(db, c.id);
  const scores = await repo.scoresOf(db, c.id);
  const names = new Map(members.map((m) => [m.userId, m.fullName]));
  const rows: CouncilSchemeRow[] = [];
  for (const cs of await repo.schemesOf(db, c.id)) {
    const s = await getSchemeForModule(db, { kind: 'all' }, cs.schemeId);
    const mine = scores.filter((x) => x.schemeId === cs.schemeId);
    const latest = new Map<string, repo.ScoreRow>();
    for (const x of mine) latest.set(x.userId, x);
    const totals = [...latest.values()].map((x) => x.total);
    const progress: CouncilSchemeRow['progress'] = {};
    let done = 0;
    let pending = 0;
    let conflicted = 0;
    for (const m of members) {
      const a = assignments.find((x) => x.schemeId === cs.schemeId && x.userId === m.userId);
      if (a?.conflict) {
        progress[m.userId] = 'conflict';
        conflicted++;
      } else if (latest.has(m.userId)) {
        progress[m.userId] = 'done';
        done++;
      } else if (a) {
        progress[m.userId] = 'pending';
        pending++;
      } else progress[m.userId] = 'unassigned';
    }
    const avg = totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null;
    rows.push({
      schemeId: cs.schemeId,
      code: s?.code ?? '',
      title: s?.title ?? '',
      provinceCode: s?.provinceCode ?? '',
      state: s?.state ?? '',
      average: avg === null ? null : Math.round(avg * 100) / 100,
      spread: totals.length ? Math.max(...totals) - Math.min(...totals) : null,
      done,
      pending,
      conflicted,
      conclusion: (cs.conclusion as CouncilSchemeRow['conclusion']) ?? null,
      conclusionNote: cs.conclusionNote,
      version: cs.version,
      progress,
      scores: mine.map((x) => ({
        userId: x.userId,
        fullName: names.get(x.userId) ?? '',
        revision: x.revision,
        total: x.total,
        points: x.points,
        rationale: x.rationale,
        at: x.at.toISOString(),
      })),
    });
  }
  rows.sort((a, b) => a.code.localeCompare(b.code));
  const me = members.find((m) => m.userId === actor.userId);
  const open = c.state === 'open';
  return {
    id: c.id,
    planYear: c.planYear,
    level: c.level as Council['level'],
    provinceCode: c.provinceCode,
    name: c.name,
    state: c.state as Council['state'],
    decisionNumber: c.decisionNumber,
    version: c.version,
    sheet: {
      code: sheet.code,
      version: sheet.sheetVersion,
      name: sheet.name,
      citation: sheet.citation,
      passFrom: sheet.passFrom,
      conditionalFrom: sheet.conditionalFrom,
      criteria: sheet.criteria,
    },
    members: members.map((m) => ({
      userId: m.userId,
      fullName: m.fullName,
      role: m.role as 'chair' | 'secretary' | 'member',
    })),
    schemes: rows,
    abilities: {
      manage: manage && open,
      score: Boolean(me) && open,
      conclude: me?.role === 'secretary' && open,
      close: (manage || (me !== undefined && me.role !== 'member')) && open,
    },
  };
}
