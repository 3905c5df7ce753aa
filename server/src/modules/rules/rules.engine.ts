import { formatVnd } from '../../../../shared/format.ts';
import type {
  Citation,
  ComputeInput,
  ComputeResult,
  CostLineInput,
  ItemResult,
  RuleSetBody,
  SchemeLevel,
  SupportItem,
  Violation,
} from '../../../../shared/schemas/rules.ts';

/** A rule set as the engine needs it (from the database or from rules.data.ts). */
export type RuleSetRecord = {
  code: string;
  nameVi: string;
  level: SchemeLevel;
  provinceCode: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  legalBasis: string;
  active: boolean;
  body: RuleSetBody;
};

export function citationText(c: Citation | null | undefined): string {
  if (!c) return '';
  const parts = [
    c.document,
    c.article && `Điều ${c.article}`,
    c.clause && `khoản ${c.clause}`,
    c.point && `điểm ${c.point}`,
  ].filter(Boolean);
  return parts.join(', ');
}

const inForce = (s: RuleSetRecord, date: string) =>
  s.active && s.effectiveFrom <= date && (s.effectiveTo === null || date <= s.effectiveTo);

/**
 * The rule set for a scheme on a date: a named one if asked; for a local scheme the province's own
 * set in force, else the national set (the ministry's levels are then the ceiling); for a national
 * scheme the national set in force.
 */
export function pickRuleSet(
  sets: readonly RuleSetRecord[],
  q: { date: string; level: SchemeLevel; provinceCode?: string | null; code?: string },
): { set: RuleSetRecord; fallbackVi?: string } | undefined {
  if (q.code) {
    const named = sets.find((s) => s.code === q.code);
    return named ? { set: named } : undefined;
  }
  const latest = (list: RuleSetRecord[]) =>
    list.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (q.level === 'local' && q.provinceCode) {
    const own = latest(
      sets.filter((s) => s.level === 'local' && s.provinceCode === q.provinceCode && inForce(s, q.date)),
    );
    if (own) return { set: own };
  }
  const national = latest(sets.filter((s) => s.level === 'national' && inForce(s, q.date)));
  if (!national) return undefined;
  return q.level === 'local'
    ? {
        set: national,
        fallbackVi:
          'Tỉnh chưa có mức chi khuyến công địa phương trong hệ thống: áp dụng mức của Bộ Tài chính làm trần.',
      }
    : { set: national };
}

// biome-ignore lint/complexity/useMathMinMax: Math.min does not accept bigint.
const minBig = (...xs: bigint[]) => xs.reduce((a, b) => (b < a ? b : a));
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
const ref = (l: CostLineInput, i: number) => l.ref ?? String(i + 1);

/** total must equal quantity × unit price rounded to the đồng (quantity to 3 decimals). */
export function lineTotalIsConsistent(l: Pick<CostLineInput, 'quantity' | 'unitPrice' | 'total'>): boolean {
  const q = BigInt(Math.round(l.quantity * 1000));
  return (q * BigInt(l.unitPrice) + 500n) / 1000n === BigInt(l.total);
}

function stateSourceFor(level: SchemeLevel) {
  return level === 'national' ? 'national' : 'local';
}

function capOf(item: SupportItem, body: RuleSetBody): bigint | null {
  if (item.capVnd !== null) return BigInt(item.capVnd);
  if (item.capOf) {
    const other = body.supportItems.find((s) => s.code === item.capOf!.itemCode);
    if (other?.capVnd) return (BigInt(other.capVnd) * BigInt(Math.round(item.capOf.factor * 1000))) / 1000n;
  }
  return null;
}

function computeItem(
  set: RuleSetRecord,
  input: ComputeInput,
  code: string,
  lines: { line: CostLineInput; ref: string }[],
): ItemResult {
  const item = set.body.supportItems.find((s) => s.code === code);
  const refs = lines.map((l) => l.ref);
  const eligibleCost = sum(lines.map((l) => BigInt(l.line.total)));
  const stateSource = stateSourceFor(input.level);
  const requestedState = sum(
    lines.filter((l) => l.line.fundingSource === stateSource).map((l) => BigInt(l.line.total)),
  );
  const violations: Violation[] = [];
  const wrongSource = lines.filter(
    (l) => l.line.fundingSource === (input.level === 'national' ? 'local' : 'national'),
  );
  if (wrongSource.length)
    violations.push({
      code: 'FUNDING_SOURCE_MISMATCH',
      messageVi: `Đề án ${input.level === 'national' ? 'khuyến công quốc gia' : 'khuyến công địa phương'} không dùng nguồn ${input.level === 'national' ? 'ngân sách địa phương' : 'ngân sách trung ương'} cho khoản hỗ trợ.`,
      lineRefs: wrongSource.map((l) => l.ref),
    });
  const result = (allowed: bigint, explanationVi: string, extra: Partial<ItemResult> = {}): ItemResult => ({
    itemCode: code,
    itemNameVi: item?.nameVi ?? code,
    lineRefs: refs,
    eligibleCost: String(eligibleCost),
    requestedState: String(requestedState),
    allowedState: String(allowed),
    counterpartRequired: String(eligibleCost - minBig(requestedState, allowed)),
    percent: item?.percent ?? null,
    capVnd: null,
    multiplier: 1,
    citation: item?.citation ?? null,
    explanationVi,
    violations,
    ...extra,
  });
  if (!item) {
    violations.push({
      code: 'ITEM_NOT_IN_RULESET',
      messageVi: `Nội dung "${code}" không có trong ${set.legalBasis}: không được hỗ trợ.`,
      lineRefs: refs,
    });
    return result(0n, 'Không có mức hỗ trợ cho nội dung này.');
  }
  if (item.unknown) {
    violations.push({
      code: 'RULE_UNKNOWN',
      messageVi:
        `Mức hỗ trợ "${item.nameVi}" theo ${set.legalBasis} chưa được xác minh; hệ thống không tự suy đoán. ${item.citation.note ?? ''}`.trim(),
      lineRefs: refs,
    });
    return result(0n, 'Chưa xác minh được mức hỗ trợ: cần bổ sung bộ quy tắc.');
  }
  if (!item.levels.includes(input.level)) {
    violations.push({
      code: 'LEVEL_NOT_FUNDED',
      messageVi: `Nội dung "${item.nameVi}" không được hỗ trợ ở cấp ${input.level === 'national' ? 'quốc gia' : 'địa phương'}.`,
      lineRefs: refs,
    });
    return result(0n, 'Cấp đề án không được hỗ trợ nội dung này.');
  }
  const pm = set.body.priorityMultiplier;
  const multiplier = input.priorityArea && pm && item.priorityEligible ? pm.factor : 1;
  const m1000 = BigInt(Math.round(multiplier * 1000));
  const baseCap = capOf(item, set.body);
  const cap = baseCap === null ? null : (baseCap * m1000) / 1000n;
  const pct = item.percent === null ? null : Math.min(100, item.percent * multiplier);
  const byPercent = pct === null ? eligibleCost : (eligibleCost * BigInt(Math.round(pct * 1000))) / 100_000n;
  const allowed = minBig(eligibleCost, byPercent, ...(cap === null ? [] : [cap]));
  const steps = [
    pct === null
      ? `chi phí ${formatVnd(eligibleCost)}`
      : `${pct}% × ${formatVnd(eligibleCost)} = ${formatVnd(byPercent)}`,
    cap === null
      ? 'không quy định mức trần'
      : `mức trần ${formatVnd(cap)}${multiplier !== 1 ? ` (${multiplier} × ${formatVnd(baseCap!)}, địa bàn/ngành ưu tiên theo ${citationText(pm?.citation)})` : ''}`,
  ];
  const explanationVi = `${steps.join('; ')} → tối đa ${formatVnd(allowed)} theo ${citationText(item.citation)}.`;
  if (requestedState > allowed)
    violations.push({
      code: 'CAP_EXCEEDED',
      messageVi: `Đề nghị ngân sách hỗ trợ ${formatVnd(requestedState)} cho "${item.nameVi}" vượt mức tối đa ${formatVnd(allowed)} (${citationText(item.citation)}).`,
      lineRefs: refs,
    });
  return result(allowed, explanationVi, {
    capVnd: cap === null ? null : String(cap),
    multiplier,
    percent: pct,
  });
}

/** Computes, per support item and in total, the state support the rule set allows and why. Pure. */
export function computeSupport(set: RuleSetRecord, input: ComputeInput, fallbackVi?: string): ComputeResult {
  const violations: Violation[] = [];
  const groups = new Map<string, { line: CostLineInput; ref: string }[]>();
  input.lines.forEach((line, i) => {
    const r = ref(line, i);
    if (!lineTotalIsConsistent(line))
      violations.push({
        code: 'TOTAL_MISMATCH',
        messageVi: `Dòng ${r}: thành tiền không bằng số lượng × đơn giá.`,
        lineRefs: [r],
      });
    // Counterpart and other money count toward the item's eligible cost but request no state support.
    const list = groups.get(line.itemCode) ?? [];
    list.push({ line, ref: r });
    groups.set(line.itemCode, list);
  });
  const items = [...groups.entries()].map(([code, lines]) => computeItem(set, input, code, lines));
  const cost = sum(input.lines.map((l) => BigInt(l.total)));
  const allowed = sum(items.map((i) => BigInt(i.allowedState)));
  const requested = sum(items.map((i) => BigInt(i.requestedState)));
  return {
    ruleSet: {
      code: set.code,
      nameVi: set.nameVi,
      legalBasis: set.legalBasis,
      effectiveFrom: set.effectiveFrom,
      effectiveTo: set.effectiveTo,
    },
    items,
    totals: {
      cost: String(cost),
      requestedState: String(requested),
      allowedState: String(allowed),
      counterpartRequired: String(sum(items.map((i) => BigInt(i.counterpartRequired)))),
    },
    violations: [...violations, ...items.flatMap((i) => i.violations)],
    unknownsVi: [...(fallbackVi ? [fallbackVi] : []), ...set.body.unknownsVi],
  };
}
