import type { SQL } from 'drizzle-orm';
import type { LevelFilter } from '../../../../shared/schemas/indicators.ts';
import { ActivityContentListQuery } from '../../../../shared/schemas/reference.ts';
import { type Db, sql } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { currentProvinces, listActivityContents } from '../reference/index.ts';
import { reportScopeFor } from './reports.policy.ts';

/** What an indicator query covers once the actor's scope is applied: a level and the nation or one province. */
export type Filter = { level: LevelFilter; provinceCode: string | null };

/**
 * The province a query may read: the agency any (null = the nation); a department only its own, whether
 * it names it or not (another province → 404, as if it did not exist); anyone else → 403.
 */
export function filterFor(
  actor: Actor,
  q: { level: LevelFilter; provinceCode?: string | undefined },
): Filter {
  const s = reportScopeFor(actor);
  if (s.kind === 'none') throw forbidden();
  if (s.kind === 'province') {
    if (q.provinceCode && q.provinceCode !== s.provinceCode) throw notFound();
    return { level: q.level, provinceCode: s.provinceCode };
  }
  return { level: q.level, provinceCode: q.provinceCode ?? null };
}

/** `level = … and province_code = …` over a view's columns (a bare `true` when the filter is open). */
export function whereOf(f: Filter, level: SQL, province: SQL): SQL {
  const parts: SQL[] = [];
  if (f.level !== 'all') parts.push(sql`${level} = ${f.level}`);
  if (f.provinceCode) parts.push(sql`${province} = ${f.provinceCode}`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** A drill-down URL: an admin list page with only the filters that page already understands. */
export function drill(page: 'de-an' | 'hop-dong' | 'hop-dong/canh-bao', params: Record<string, unknown>) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '' && v !== 'all') sp.set(k, String(v));
  const qs = sp.toString();
  return `/admin/${page}${qs ? `?${qs}` : ''}`;
}

/** Filters of the drill-down lists for a filter and a year. */
export const drillBase = (f: Filter, planYear?: number) => ({
  planYear,
  level: f.level,
  provinceCode: f.provinceCode,
});

/** Percent with one decimal (0 when the base is 0); exact on integer inputs given as strings or numbers. */
export function percent(part: bigint | number | string, whole: bigint | number | string): number {
  const p = BigInt(part);
  const w = BigInt(whole);
  if (w === 0n) return 0;
  // Round half up on the thousandths: (p * 1000 / w) with integer arithmetic, then one decimal.
  const scaled = (p * 2000n + w) / (2n * w);
  return Number(scaled) / 10;
}

/** Today's 34 provinces: code → name. */
export async function provinceNames(db: Db): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [code, p] of await currentProvinces(db)) out.set(code, p.name);
  return out;
}

/** Activity contents (ND45-1…9): code → Vietnamese name. */
export async function contentNames(db: Db, actor: Actor): Promise<Map<string, string>> {
  const q = ActivityContentListQuery.parse({ kind: 'content', pageSize: 200 });
  const res = await listActivityContents(db, actor, q);
  return new Map(res.items.map((c) => [c.code, c.nameVi]));
}
