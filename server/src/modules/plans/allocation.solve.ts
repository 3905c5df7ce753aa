import highsLoader, { type Highs } from 'highs';
import { formatVnd } from '../../../../shared/format.ts';
import type { RunDecision } from '../../../../shared/schemas/plans.ts';
import { AppError } from '../../platform/errors.ts';
import {
  buildRows,
  type Candidate,
  conflictsOf,
  eligible,
  greedy,
  type ModelRules,
  type Row,
  rankOrder,
  rowsByCandidate,
  schemeValue,
  tierOf,
  totalAmount,
  totalValue,
  usedOf,
  violations,
  weightOf,
} from './allocation.model.ts';

let loaded: Promise<Highs> | undefined;
/** The WebAssembly solver, loaded once per process. */
export function highs(): Promise<Highs> {
  loaded ??= highsLoader();
  return loaded;
}

export type AllocationResult = {
  status: 'optimal' | 'time_limit';
  x: boolean[];
  greedyX: boolean[];
  mipValue: number;
  greedyValue: number;
  mipAmount: bigint;
  greedyAmount: bigint;
  /** Relative MIP gap reported by HiGHS (0 when proven optimal to tolerance). */
  gap: number;
  solveMs: number;
  rows: Row[];
};

export type SolveOptions = { gap?: number; timeLimitSeconds?: number };

/**
 * Solves max Σ v_i x_i subject to every row, x_i ∈ {0,1}, pins and minimum size as bounds, starting from the
 * greedy solution (so the answer is never worse than greedy). Refuses infeasible pins before solving.
 */
export async function allocate(
  cands: readonly Candidate[],
  r: ModelRules,
  opts: SolveOptions = {},
): Promise<AllocationResult> {
  const rows = buildRows(cands, r);
  const conflicts = conflictsOf(cands, rows, r);
  if (conflicts.length) throw new AppError('ALLOCATION_INFEASIBLE', { conflicts: conflicts.join('; ') });
  const greedyX = greedy(cands, rows, r);
  const started = performance.now();
  const h = await highs();
  const n = cands.length;
  const byCand = rowsByCandidate(n, rows);
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    starts[i] = indices.length;
    for (const k of byCand[i]!) {
      indices.push(k);
      values.push(Number(cands[i]!.amount) / 1e6);
    }
  }
  starts[n] = indices.length;
  const lower = cands.map((c) => (c.pin === 'in' ? 1 : 0));
  const upper = cands.map((c) => (eligible(c, r) ? 1 : 0));
  const cost = cands.map((c) => schemeValue(c, r.weights));
  const outcome = h.withModel(
    {
      numCols: n,
      numRows: rows.length,
      sense: h.constants.objectiveSense.maximize,
      colCost: cost,
      colLower: lower,
      colUpper: upper,
      rowLower: rows.map(() => -h.infinity),
      // A hair below the exact limit so float rounding can never let a selection overshoot by a đồng.
      rowUpper: rows.map((row) => Number(row.limit) / 1e6 - 1e-7),
      matrix: {
        format: 'csc',
        numRows: rows.length,
        numCols: n,
        starts,
        indices: new Int32Array(indices),
        values: new Float64Array(values),
      },
      integrality: cands.map(() => h.constants.variableType.integer),
    },
    (model) => {
      model.options.set({
        output_flag: false,
        mip_rel_gap: opts.gap ?? 1e-4,
        time_limit: opts.timeLimitSeconds ?? 30,
      });
      model.setSolution({ colValue: greedyX.map((v) => (v ? 1 : 0)) });
      model.run();
      const status = model.getModelStatus();
      const info = model.info.get('mip_gap');
      return {
        status,
        x: Array.from(model.getSolution().colValue, (v) => v > 0.5),
        gap: typeof info === 'number' && Number.isFinite(info) ? info : 0,
      };
    },
  );
  const solveMs = performance.now() - started;
  const ms = h.constants.modelStatus;
  if (outcome.status === ms.infeasible)
    throw new AppError('ALLOCATION_INFEASIBLE', {
      conflicts: 'các ràng buộc mâu thuẫn nhau (HiGHS: Infeasible)',
    });
  if (outcome.status !== ms.optimal && outcome.status !== ms.timeLimit)
    throw new AppError('ALLOCATION_SOLVER_FAILED', { status: String(outcome.status) });
  const greedyValue = totalValue(cands, greedyX, r.weights);
  let x = outcome.x;
  // Exact re-check; the greedy is the floor whatever the solver returned.
  if (violations(cands, rows, x).length || totalValue(cands, x, r.weights) < greedyValue) x = greedyX;
  return {
    status: outcome.status === ms.optimal ? 'optimal' : 'time_limit',
    x,
    greedyX,
    mipValue: totalValue(cands, x, r.weights),
    greedyValue,
    mipAmount: totalAmount(cands, x),
    greedyAmount: totalAmount(cands, greedyX),
    gap: outcome.gap,
    solveMs,
    rows,
  };
}

/** Why each scheme is in or out, and what it would take to get in without dropping a funded scheme. */
export function explain(cands: readonly Candidate[], r: ModelRules, res: AllocationResult): RunDecision[] {
  const order = rankOrder(cands);
  const rank = new Array<number>(cands.length);
  order.forEach((i, k) => {
    rank[i] = k + 1;
  });
  const byCand = rowsByCandidate(cands.length, res.rows);
  const used = res.rows.map((row) => usedOf(cands, row, res.x));
  return cands.map((c, i) => {
    const needs: { constraint: string; amount: string }[] = [];
    let reason: string;
    const fmtValue = schemeValue(c, r.weights).toFixed(1);
    if (c.pin === 'in') reason = 'Lãnh đạo ghim vào kế hoạch.';
    else if (c.pin === 'out') reason = 'Lãnh đạo loại khỏi kế hoạch.';
    else if (c.amount < r.minSchemeAmount)
      reason = `Kinh phí ${formatVnd(c.amount)} dưới mức tối thiểu ${formatVnd(r.minSchemeAmount)} (chống dàn trải).`;
    else if (res.x[i])
      reason = `Được chọn: hạng ${rank[i]}, đề án ${tierOf(c)}, giá trị ưu tiên ${fmtValue}.`;
    else {
      for (const k of byCand[i]!) {
        const row = res.rows[k]!;
        const slack = row.limit - used[k]!;
        if (c.amount > slack) needs.push({ constraint: row.label, amount: String(c.amount - slack) });
      }
      reason = needs.length
        ? `Chưa được chọn: ${needs.map((n) => `được bố trí nếu ${n.constraint} tăng thêm ${formatVnd(BigInt(n.amount))}`).join('; ')}.`
        : `Chưa được chọn: giá trị ưu tiên ${fmtValue} thấp hơn các đề án được chọn.`;
    }
    return {
      schemeId: c.id,
      code: c.code,
      title: c.title,
      provinceCode: c.provinceCode,
      contentCode: c.contentCode,
      amount: String(c.amount),
      weight: Math.round(weightOf(c, r.weights) * 10_000) / 10_000,
      value: Math.round(schemeValue(c, r.weights) * 100) / 100,
      rank: rank[i]!,
      tier: tierOf(c),
      inMip: res.x[i]!,
      inGreedy: res.greedyX[i]!,
      pin: c.pin,
      reason,
      needs,
    };
  });
}
