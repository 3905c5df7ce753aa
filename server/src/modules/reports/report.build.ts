import { ActivityContentListQuery, IndustryListQuery } from '../../../../shared/schemas/reference.ts';
import {
  countFigures,
  figureKeys,
  figureLabels,
  type Period,
  type ReportData,
  type ReportDiff,
  type ReportFigures,
  type ReportOutputs,
  type ReportRow,
  reportSections,
} from '../../../../shared/schemas/reports.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../../platform/actor.ts';
import { currentProvinces, listActivityContents, listIndustries, provincesOf } from '../reference/index.ts';
import { emptyFigures, type GroupedFigures } from './report.compute.ts';

export type Labels = {
  provinces: Map<string, string>;
  oldProvinces: Map<string, string>;
  contents: Map<string, string>;
  industries: Map<string, string>;
};

const labelCache = new WeakMap<Db, { at: number; labels: Promise<Labels> }>();

/** Names for the codes in a report; a minute per database handle (catalogues change by decision, not by the hour). */
export function labelsOf(db: Db): Promise<Labels> {
  const hit = labelCache.get(db);
  if (hit && Date.now() - hit.at < 60_000) return hit.labels;
  const labels = loadLabels(db);
  labelCache.set(db, { at: Date.now(), labels });
  labels.catch(() => labelCache.delete(db));
  return labels;
}

async function loadLabels(db: Db): Promise<Labels> {
  const [provinces, old, contents, industries] = await Promise.all([
    currentProvinces(db),
    provincesOf(db, 'pre2025'),
    listActivityContents(db, systemActor, ActivityContentListQuery.parse({ pageSize: 200 })),
    listIndustries(db, systemActor, IndustryListQuery.parse({ pageSize: 200 })),
  ]);
  return {
    provinces: new Map([...provinces].map(([k, v]) => [k, v.name])),
    oldProvinces: new Map([...old].map(([k, v]) => [k, v.name])),
    contents: new Map(contents.items.map((c) => [c.code, c.nameVi])),
    industries: new Map(industries.items.map((c) => [c.code, c.nameVi])),
  };
}

const sourceLabels: Record<string, string> = {
  national: 'Kinh phí khuyến công quốc gia (ngân sách trung ương)',
  local: 'Kinh phí khuyến công địa phương (ngân sách địa phương)',
};
const byKey = (a: ReportRow, b: ReportRow) => a.key.localeCompare(b.key, 'vi', { numeric: true });

/** Turns the grouped figures into the report's sections, labelled and in the official order (by code). */
export function assemble(
  groups: GroupedFigures[],
  ctx: {
    period: Period;
    provinceCode: string | null;
    byOldProvinces: boolean;
    outputs: ReportOutputs;
    labels: Labels;
  },
): ReportData {
  const { labels } = ctx;
  const rows = (dim: GroupedFigures['dim'], label: (key: string) => string): ReportRow[] =>
    groups
      .filter((g) => g.dim === dim)
      .map((g) => ({ key: g.key, label: label(g.key), ...g.figures }))
      .sort(byKey);
  const unknown = (key: string) => (key ? key : 'Chưa xác định');
  const data: ReportData = {
    computedAt: new Date().toISOString(),
    period: ctx.period,
    scope: {
      provinceCode: ctx.provinceCode,
      name: ctx.provinceCode ? (labels.provinces.get(ctx.provinceCode) ?? ctx.provinceCode) : 'Toàn quốc',
    },
    totals: groups.find((g) => g.dim === 'total')?.figures ?? emptyFigures(),
    byProvince: rows('province', (k) => labels.provinces.get(k) ?? k),
    byContent: rows('content', (k) => labels.contents.get(k) ?? unknown(k)),
    byIndustry: rows('industry', (k) => labels.industries.get(k) ?? unknown(k)),
    bySource: rows('source', (k) => sourceLabels[k] ?? k),
    outputs: ctx.outputs,
  };
  if (ctx.byOldProvinces)
    data.byOldProvince = rows('oldProvince', (k) =>
      k ? (labels.oldProvinces.get(k) ?? k) : 'Địa bàn theo đơn vị hành chính mới (sau 01/07/2025)',
    );
  return data;
}

const addFigures = (a: ReportFigures, b: ReportFigures): ReportFigures => {
  const out = { ...a } as Record<keyof ReportFigures, string | number>;
  for (const k of figureKeys)
    out[k] = countFigures.has(k)
      ? (a[k] as number) + (b[k] as number)
      : String(BigInt(a[k] as string) + BigInt(b[k] as string));
  return out as ReportFigures;
};

function sumRows(lists: ReportRow[][]): ReportRow[] {
  const m = new Map<string, ReportRow>();
  for (const list of lists)
    for (const r of list) {
      const prev = m.get(r.key);
      m.set(r.key, prev ? { ...addFigures(prev, r), key: r.key, label: prev.label } : { ...r });
    }
  return [...m.values()].sort(byKey);
}

/**
 * The agency's consolidation: the provinces' frozen reports added up (each province's totals become its
 * row; the other sections are summed key by key), with the provinces that have not submitted named.
 */
export function consolidate(
  period: Period,
  parts: { provinceCode: string; data: ReportData }[],
  labels: Labels,
): ReportData {
  const submitted = new Set(parts.map((p) => p.provinceCode));
  const totals = parts.reduce((acc, p) => addFigures(acc, p.data.totals), emptyFigures());
  const outputs = parts.reduce(
    (acc, p) => {
      for (const k of Object.keys(acc) as (keyof ReportOutputs)[]) acc[k] += p.data.outputs[k];
      return acc;
    },
    { models: 0, machines: 0, trainees: 0, establishments: 0, productsRecognised: 0 } as ReportOutputs,
  );
  const old = parts.filter((p) => p.data.byOldProvince).map((p) => p.data.byOldProvince ?? []);
  return {
    computedAt: new Date().toISOString(),
    period,
    scope: { provinceCode: null, name: 'Toàn quốc (tổng hợp báo cáo của các tỉnh, thành phố)' },
    totals,
    byProvince: parts
      .map((p) => ({
        key: p.provinceCode,
        label: labels.provinces.get(p.provinceCode) ?? p.provinceCode,
        ...p.data.totals,
      }))
      .sort(byKey),
    byContent: sumRows(parts.map((p) => p.data.byContent)),
    byIndustry: sumRows(parts.map((p) => p.data.byIndustry)),
    bySource: sumRows(parts.map((p) => p.data.bySource)),
    ...(old.length ? { byOldProvince: sumRows(old) } : {}),
    outputs,
    missingProvinces: [...labels.provinces]
      .filter(([code]) => !submitted.has(code))
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** Figure by figure, what a new version changes against the one it replaces. */
export function diffReports(
  before: ReportData,
  after: ReportData,
  against: { id: string; version: number },
): ReportDiff {
  const changes: ReportDiff['changes'] = [];
  const compare = (section: string, key: string, label: string, a?: ReportFigures, b?: ReportFigures) => {
    for (const f of figureKeys) {
      const x = String(a?.[f] ?? 0);
      const y = String(b?.[f] ?? 0);
      if (x !== y) changes.push({ section, key, label, figure: figureLabels[f].vi, before: x, after: y });
    }
  };
  compare('totals', '', 'Tổng cộng', before.totals, after.totals);
  for (const section of reportSections) {
    const a = new Map((before[section] ?? []).map((r) => [r.key, r]));
    const b = new Map((after[section] ?? []).map((r) => [r.key, r]));
    for (const key of new Set([...a.keys(), ...b.keys()]))
      compare(section, key, (b.get(key) ?? a.get(key))?.label ?? key, a.get(key), b.get(key));
  }
  for (const k of Object.keys(after.outputs) as (keyof ReportOutputs)[])
    if (before.outputs[k] !== after.outputs[k])
      changes.push({
        section: 'outputs',
        key: k,
        label: k,
        figure: k,
        before: String(before.outputs[k]),
        after: String(after.outputs[k]),
      });
  return { againstId: against.id, againstVersion: against.version, changes };
}
