import type { CertificateStatus, ProductGroup, ProductLevel } from '../../../../shared/schemas/products.ts';
import {
  type Criterion,
  certificateValidity,
  complaintRules,
  type EraRule,
  eras,
  levelRules,
  type ScoreSheet,
  scoreSheets,
} from './products.rules.data.ts';

/** Pure rules of the selection: eras and levels, council size, sheets, validity, working days, results. */

export function eraOn(date: string): EraRule | null {
  return (
    eras.find((e) => e.effectiveFrom <= date && (e.effectiveTo === null || date <= e.effectiveTo)) ?? null
  );
}

export function levelRank(level: ProductLevel): number {
  return levelRules[level].rank;
}

/** The level just below `level` in the era of `date` (null for the lowest). */
export function levelBelow(level: ProductLevel, date: string): ProductLevel | null {
  const era = eraOn(date);
  const rank = levelRank(level);
  if (!era || rank === 1) return null;
  return era.levels.find((l) => levelRank(l) === rank - 1) ?? null;
}

export function isLowest(level: ProductLevel): boolean {
  return levelRank(level) === 1;
}

export function councilSizeProblem(level: ProductLevel, size: number): string | null {
  const { min, max } = levelRules[level].councilSize;
  if (size < min || size > max || size % 2 === 0) return `${min} hoặc ${max}`;
  return null;
}

export function currentScoreSheet(): ScoreSheet {
  return scoreSheets[scoreSheets.length - 1]!;
}

export function scoreSheetOf(version: string): ScoreSheet {
  return scoreSheets.find((s) => s.version === version) ?? currentScoreSheet();
}

export type SheetProblem = {
  path: string;
  code: 'criterion_unknown' | 'criterion_missing' | 'points_out_of_scale';
  params: Record<string, unknown>;
};

/** Every criterion of the sheet exactly once, each an integer between 0 and its maximum. */
export function checkSheet(
  sheet: ScoreSheet,
  scores: readonly { criterion: string; points: number }[],
): { total: number; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const byCode = new Map(sheet.criteria.map((c) => [c.code, c]));
  const seen = new Set<string>();
  let total = 0;
  scores.forEach((s, i) => {
    const c = byCode.get(s.criterion);
    if (!c || seen.has(s.criterion)) {
      problems.push({
        path: `scores.${i}.criterion`,
        code: 'criterion_unknown',
        params: { criterion: s.criterion },
      });
      return;
    }
    seen.add(s.criterion);
    if (!Number.isInteger(s.points) || s.points < 0 || s.points > c.max)
      problems.push({
        path: `scores.${i}.points`,
        code: 'points_out_of_scale',
        params: { max: c.max, name: c.nameVi },
      });
    else total += s.points;
  });
  for (const c of sheet.criteria)
    if (!seen.has(c.code))
      problems.push({ path: 'scores', code: 'criterion_missing', params: { name: c.nameVi } });
  return { total, problems };
}

const parse = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, day!));
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** 31 December of the third year, the recognition year counting as the first. */
export function certificateValidUntil(decisionDate: string): string {
  const year = Number(decisionDate.slice(0, 4));
  return `${year + certificateValidity.years - 1}-12-31`;
}

export function certificateStatusOn(
  cert: { validUntil: string; status: string },
  date: string,
): CertificateStatus {
  if (cert.status === 'revoked') return 'revoked';
  return date > cert.validUntil ? 'expired' : 'valid';
}

/** A certificate counts on `date` when it was issued by then, is not revoked and has not run out. */
export function certificateValidOn(
  cert: { decisionDate: string; validUntil: string; status: string },
  date: string,
): boolean {
  return cert.status !== 'revoked' && cert.decisionDate <= date && date <= cert.validUntil;
}

/** `n` working days (Monday–Friday) after `date`; public holidays are not modelled. */
export function addWorkingDays(date: string, n: number): string {
  const d = parse(date);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) left--;
  }
  return iso(d);
}

export function complaintWindowEnds(resultsPublishedOn: string): string {
  return addWorkingDays(resultsPublishedOn, complaintRules.fileWithinWorkingDays);
}

export function complaintResponseDue(submittedOn: string): string {
  return addWorkingDays(submittedOn, complaintRules.answerWithinWorkingDays);
}

/** Today in Vietnam (UTC+7), as yyyy-mm-dd. */
export function todayVn(now: Date = new Date()): string {
  return iso(new Date(now.getTime() + 7 * 3600_000));
}

export type ResultsInput = {
  threshold: number;
  quorumPercent: number;
  criteria: readonly Criterion[];
  memberIds: readonly string[];
  conflicts: readonly { memberId: string; establishmentId: string }[];
  entries: readonly { id: string; group: ProductGroup; establishmentId: string; status: string }[];
  sheets: readonly { entryId: string; memberId: string; total: number; points: Record<string, number> }[];
};

export type EntryResult = {
  entryId: string;
  sheets: number;
  eligibleMembers: number;
  quorum: number;
  quorumMet: boolean;
  average: number | null;
  criterionAverages: Record<string, number>;
  min: number | null;
  max: number | null;
  spread: number | null;
  stdDev: number | null;
  passed: boolean;
  rankInGroup: number | null;
  tied: boolean;
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Average, spread and pass/fail per entry, ranking per group. Members who declared a conflict with the
 * entry's establishment are not eligible; an entry needs sheets from `quorumPercent` of its eligible
 * members (rounded up, at least one). Pass compares exactly: sum ≥ threshold × sheets.
 * Equal averages share a rank and are flagged as tied.
 */
export function computeResults(input: ResultsInput): EntryResult[] {
  const conflicted = new Set(input.conflicts.map((c) => `${c.memberId}|${c.establishmentId}`));
  const members = new Set(input.memberIds);
  const byEntry = new Map<string, ResultsInput['sheets'][number][]>();
  for (const s of input.sheets) {
    if (!members.has(s.memberId)) continue;
    const list = byEntry.get(s.entryId) ?? [];
    list.push(s);
    byEntry.set(s.entryId, list);
  }
  const results = input.entries.map((e) => {
    const eligible = input.memberIds.filter((m) => !conflicted.has(`${m}|${e.establishmentId}`)).length;
    const sheets = (byEntry.get(e.id) ?? []).filter(
      (s) => !conflicted.has(`${s.memberId}|${e.establishmentId}`),
    );
    const n = sheets.length;
    const quorum = Math.max(1, Math.ceil((eligible * input.quorumPercent) / 100));
    const totals = sheets.map((s) => s.total);
    const sum = totals.reduce((a, b) => a + b, 0);
    const mean = n ? sum / n : null;
    const criterionAverages: Record<string, number> = {};
    if (n)
      for (const c of input.criteria)
        criterionAverages[c.code] = round2(sheets.reduce((a, s) => a + (s.points[c.code] ?? 0), 0) / n);
    const quorumMet = e.status !== 'withdrawn' && n >= quorum;
    return {
      entryId: e.id,
      group: e.group,
      sum,
      n,
      result: {
        entryId: e.id,
        sheets: n,
        eligibleMembers: eligible,
        quorum,
        quorumMet,
        average: mean === null ? null : round2(mean),
        criterionAverages,
        min: n ? Math.min(...totals) : null,
        max: n ? Math.max(...totals) : null,
        spread: n ? Math.max(...totals) - Math.min(...totals) : null,
        stdDev: mean === null ? null : round2(Math.sqrt(totals.reduce((a, t) => a + (t - mean) ** 2, 0) / n)),
        passed: quorumMet && sum >= input.threshold * n,
        rankInGroup: null as number | null,
        tied: false as boolean,
      } satisfies EntryResult,
    };
  });
  const groups = new Map<string, typeof results>();
  for (const r of results) {
    if (!r.result.quorumMet) continue;
    const list = groups.get(r.group) ?? [];
    list.push(r);
    groups.set(r.group, list);
  }
  for (const list of groups.values()) {
    // a/n_a vs b/n_b compared without division
    list.sort((a, b) => b.sum * a.n - a.sum * b.n);
    list.forEach((r, i) => {
      const prev = list[i - 1];
      const same = prev && prev.sum * r.n === r.sum * prev.n;
      r.result.rankInGroup = same ? prev.result.rankInGroup : i + 1;
      if (same) {
        r.result.tied = true;
        prev.result.tied = true;
      }
    });
  }
  return results.map((r) => r.result);
}
