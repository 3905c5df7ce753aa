import { formatVnd } from '../../../../shared/format.ts';

/**
 * The allocation model, pure data (no database, no solver): candidates, their priority-weighted value, the
 * constraint rows, the priority ranking and the greedy baseline. `allocation.solve.ts` hands the same rows to
 * HiGHS. Amounts are integer đồng; the solver sees them in millions (floats), and every result is re-checked
 * here in exact bigint arithmetic.
 */
export type Pin = 'in' | 'out' | 'none';

export type Candidate = {
  id: string;
  code: string;
  title: string;
  amount: bigint;
  provinceCode: string;
  contentCode: string;
  point: boolean;
  area: boolean;
  industry: boolean;
  valueChain: boolean;
  /** Council average out of 100, or null when the scheme was not scored. */
  score: number | null;
  pin: Pin;
};

export type Weights = { point: number; area: number; industry: number; valueChain: number };

export type ModelRules = {
  envelope: bigint;
  reserve: bigint;
  provinceCaps: Record<string, bigint>;
  contentCaps: Record<string, bigint>;
  minSchemeAmount: bigint;
  maxProvinceShare: number | null;
  maxContentShare: number | null;
  weights: Weights;
};

export type Row = { key: string; label: string; limit: bigint; members: number[] };

/** Score factor used when a scheme was not scored by a council (a neutral 70 / 100). */
export const UNSCORED = 70;

/** w = point × area × industry × value-chain multipliers × (council score / 100). */
export function weightOf(c: Candidate, w: Weights): number {
  let m = 1;
  if (c.point) m *= w.point;
  if (c.area) m *= w.area;
  if (c.industry) m *= w.industry;
  if (c.valueChain) m *= w.valueChain;
  return m * ((c.score ?? UNSCORED) / 100);
}

/** Value in "priority-weighted million đồng": w_i × a_i / 10^6. */
export function schemeValue(c: Candidate, w: Weights): number {
  return (weightOf(c, w) * Number(c.amount)) / 1e6;
}

export function tierOf(c: Candidate): string {
  const parts = [
    c.point ? 'điểm' : null,
    c.area ? 'địa bàn ưu tiên' : null,
    c.industry ? 'ngành ưu tiên' : null,
  ];
  if (c.valueChain) parts.push('chuỗi giá trị');
  return parts.filter(Boolean).join(', ') || 'thông thường';
}

/**
 * Priority order (TT 36/2013 Art 7: point schemes first; TT 46/2012 Art 6: areas before industries; then
 * value chains, the council score, the smaller request, the code). Used for ranks and by the greedy.
 */
export function rankOrder(cands: readonly Candidate[]): number[] {
  const idx = cands.map((_, i) => i);
  const b = (x: boolean) => (x ? 1 : 0);
  return idx.sort((i, j) => {
    const a = cands[i]!;
    const c = cands[j]!;
    return (
      b(c.point) - b(a.point) ||
      b(c.area) - b(a.area) ||
      b(c.industry) - b(a.industry) ||
      b(c.valueChain) - b(a.valueChain) ||
      (c.score ?? UNSCORED) - (a.score ?? UNSCORED) ||
      (a.amount < c.amount ? -1 : a.amount > c.amount ? 1 : 0) ||
      a.code.localeCompare(c.code)
    );
  });
}

const shareCap = (envelope: bigint, share: number) =>
  (envelope * BigInt(Math.round(share * 10_000))) / 10_000n;

/** Every constraint row: Σ amount_i x_i ≤ limit over its members. */
export function buildRows(cands: readonly Candidate[], r: ModelRules): Row[] {
  const rows: Row[] = [];
  const all = cands.map((_, i) => i);
  rows.push({
    key: 'envelope',
    label: r.reserve > 0n ? `tổng nguồn trừ dự phòng (${formatVnd(r.reserve)})` : 'tổng nguồn kinh phí',
    limit: r.envelope - r.reserve,
    members: all,
  });
  const byProvince = groupBy(cands, (c) => c.provinceCode);
  const byContent = groupBy(cands, (c) => c.contentCode);
  for (const [p, cap] of Object.entries(r.provinceCaps))
    rows.push({
      key: `province:${p}`,
      label: `nguồn của tỉnh ${p}`,
      limit: cap,
      members: byProvince.get(p) ?? [],
    });
  for (const [code, cap] of Object.entries(r.contentCaps))
    rows.push({
      key: `content:${code}`,
      label: `nguồn nội dung ${code}`,
      limit: cap,
      members: byContent.get(code) ?? [],
    });
  if (r.maxProvinceShare !== null) {
    const limit = shareCap(r.envelope, r.maxProvinceShare);
    for (const [p, members] of byProvince)
      rows.push({
        key: `share:province:${p}`,
        label: `tỷ lệ tối đa của tỉnh ${p} (${pct(r.maxProvinceShare)})`,
        limit,
        members,
      });
  }
  if (r.maxContentShare !== null) {
    const limit = shareCap(r.envelope, r.maxContentShare);
    for (const [code, members] of byContent)
      rows.push({
        key: `share:content:${code}`,
        label: `tỷ lệ tối đa của nội dung ${code} (${pct(r.maxContentShare)})`,
        limit,
        members,
      });
  }
  return rows;
}

const pct = (s: number) => `${Math.round(s * 10_000) / 100}%`;

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, number[]> {
  const m = new Map<string, number[]>();
  xs.forEach((x, i) => {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  });
  return m;
}

/** Which candidates may be chosen at all: pinned out and anti-dispersion minimum size fix x_i = 0. */
export function eligible(c: Candidate, r: ModelRules): boolean {
  if (c.pin === 'in') return true;
  return c.pin !== 'out' && c.amount >= r.minSchemeAmount && c.amount > 0n;
}

/** Conflicts that make the model infeasible before any solve: pins in against a cap, or below the minimum. */
export function conflictsOf(cands: readonly Candidate[], rows: readonly Row[], r: ModelRules): string[] {
  const out: string[] = [];
  for (const c of cands)
    if (c.pin === 'in' && c.amount < r.minSchemeAmount)
      out.push(
        `đề án ${c.code} được ghim vào nhưng kinh phí ${formatVnd(c.amount)} dưới mức tối thiểu ${formatVnd(r.minSchemeAmount)}`,
      );
  for (const row of rows) {
    const pinned = row.members.filter((i) => cands[i]!.pin === 'in');
    const sum = pinned.reduce((s, i) => s + cands[i]!.amount, 0n);
    if (sum > row.limit)
      out.push(
        `${pinned.length} đề án ghim vào (${formatVnd(sum)}) vượt ${row.label} (${formatVnd(row.limit)})`,
      );
  }
  if (r.envelope < r.reserve)
    out.push(`dự phòng ${formatVnd(r.reserve)} lớn hơn tổng nguồn ${formatVnd(r.envelope)}`);
  return out;
}

/** Exact check of a selection against every row; returns the violated rows. */
export function violations(cands: readonly Candidate[], rows: readonly Row[], x: readonly boolean[]): Row[] {
  return rows.filter((row) => usedOf(cands, row, x) > row.limit);
}

export function usedOf(cands: readonly Candidate[], row: Row, x: readonly boolean[]): bigint {
  let s = 0n;
  for (const i of row.members) if (x[i]) s += cands[i]!.amount;
  return s;
}

/** Rows per candidate (for explanations and the greedy's fit test). */
export function rowsByCandidate(n: number, rows: readonly Row[]): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  rows.forEach((row, k) => {
    for (const i of row.members) out[i]!.push(k);
  });
  return out;
}

/**
 * The baseline officials use: rank by priority and take each scheme that still fits every envelope and
 * cap ("rank and cut at the budget", skipping what does not fit). Pins in are taken first, pins out never.
 */
export function greedy(cands: readonly Candidate[], rows: readonly Row[], r: ModelRules): boolean[] {
  const x = cands.map(() => false);
  const used = rows.map(() => 0n);
  const byCand = rowsByCandidate(cands.length, rows);
  const take = (i: number) => {
    x[i] = true;
    for (const k of byCand[i]!) used[k]! += cands[i]!.amount;
  };
  cands.forEach((c, i) => {
    if (c.pin === 'in') take(i);
  });
  for (const i of rankOrder(cands)) {
    const c = cands[i]!;
    if (x[i] || !eligible(c, r) || c.pin === 'in') continue;
    if (byCand[i]!.every((k) => used[k]! + c.amount <= rows[k]!.limit)) take(i);
  }
  return x;
}

export function totalValue(cands: readonly Candidate[], x: readonly boolean[], w: Weights): number {
  return cands.reduce((s, c, i) => s + (x[i] ? schemeValue(c, w) : 0), 0);
}

export function totalAmount(cands: readonly Candidate[], x: readonly boolean[]): bigint {
  return cands.reduce((s, c, i) => s + (x[i] ? c.amount : 0n), 0n);
}
