import { and, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { establishmentImportRows, establishmentImports, establishments } from './establishments.tables.ts';

export type ImportRow = typeof establishmentImports.$inferSelect;
export type StagedRow = typeof establishmentImportRows.$inferInsert;

/** Columns an import writes, as snake_case keys of the staged jsonb (jsonb_populate_record reads them). */
export const stagedColumns = [
  'name',
  'name_key',
  'kind',
  'registration_code',
  'representative',
  'phone',
  'email',
  'address',
  'craft_village',
  'industries',
  'products',
  'workforce',
  'revenue_band',
  'woman_owned',
  'ethnic_minority_owned',
  'founded_year',
  'status',
  'cleaner_production',
  'unit_id',
  'unit_era',
  'unit_code',
  'unit_label',
  'current_unit_id',
  'province_code',
  'location_facts',
  'elig2012',
  'elig2025',
] as const;

const snakeCache = new Map<string, string>();
export function toSnake(k: string): string {
  let v = snakeCache.get(k);
  if (v === undefined) {
    v = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    snakeCache.set(k, v);
  }
  return v;
}

export async function insertImport(db: Db, values: typeof establishmentImports.$inferInsert): Promise<ImportRow> {
  const [row] = await db.insert(establishmentImports).values(values).returning();
  return row!;
}

export async function findImport(db: Db, scope: Scope, id: string): Promise<ImportRow | undefined> {
  const where =
    scope.kind === 'all'
      ? undefined
      : scope.kind === 'province'
        ? eq(establishmentImports.provinceCode, scope.provinceCode)
        : sql`false`;
  const [row] = await db
    .select()
    .from(establishmentImports)
    .where(and(eq(establishmentImports.id, id), where));
  return row;
}

export async function updateImport(db: Db, id: string, patch: Partial<typeof establishmentImports.$inferInsert>, fromStatus?: string) {
  const [row] = await db
    .update(establishmentImports)
    .set(patch)
    .where(and(eq(establishmentImports.id, id), fromStatus ? eq(establishmentImports.status, fromStatus) : undefined))
    .returning();
  return row;
}

/** Stages rows with one statement per thousand: the rows travel as one jsonb parameter. */
export async function stageRows(db: Db, importId: string, rows: Omit<StagedRow, 'importId'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const json = JSON.stringify(rows.slice(i, i + 1000));
    await db.execute(
      sql`insert into ${establishmentImportRows} (import_id, row_no, action, target_id, target_version, data)
          select ${importId}::uuid, x."rowNo", x.action, x."targetId", x."targetVersion", x.data
          from jsonb_to_recordset(${json}::jsonb) as x("rowNo" int, action text, "targetId" uuid, "targetVersion" int, data jsonb)`,
    );
  }
}

export async function deleteStaged(db: Db, importId: string): Promise<void> {
  await db.delete(establishmentImportRows).where(eq(establishmentImportRows.importId, importId));
}

export async function stagedRange(db: Db, importId: string): Promise<{ lo: number; hi: number; n: number }> {
  const [r] = await queryRows<{ lo: number | null; hi: number | null; n: number }>(
    db,
    sql`select min(row_no) as lo, max(row_no) as hi, count(*)::int as n from ${establishmentImportRows} where import_id = ${importId}`,
  );
  return { lo: r?.lo ?? 0, hi: r?.hi ?? 0, n: r?.n ?? 0 };
}

/** Serialises imports into one province: a transaction-scoped advisory lock. */
export async function lockProvinceImports(db: Db, provinceCode: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`establishments.import:${provinceCode}`}))`);
}

/** Staged "create" rows that a live record now matches (someone wrote it after the check). */
export async function countStaleCreates(db: Db, importId: string): Promise<number> {
  const [r] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${establishmentImportRows} r
        where r.import_id = ${importId} and r.action = 'create' and exists (
          select 1 from ${establishments} e where e.deleted_at is null and (
            e.registration_code = r.data->>'registration_code'
            or (e.province_code = r.data->>'province_code' and e.unit_id = (r.data->>'unit_id')::int and e.name_key = r.data->>'name_key')))`,
  );
  return r?.n ?? 0;
}

const cols = sql.raw(stagedColumns.join(', '));
const pcols = sql.raw(stagedColumns.map((c) => `p.${c}`).join(', '));
const sets = sql.raw(stagedColumns.map((c) => `${c} = p.${c}`).join(', '));

/** Inserts the staged "create" rows numbered lo..hi; returns the new ids. */
export async function insertStaged(db: Db, importId: string, lo: number, hi: number, actorId: string | null): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into ${establishments} (${cols}, created_by, updated_by, import_id)
        select ${pcols}, ${actorId}::uuid, ${actorId}::uuid, ${importId}::uuid
        from ${establishmentImportRows} r, jsonb_populate_record(null::establishments, r.data) p
        where r.import_id = ${importId} and r.action = 'create' and r.row_no between ${lo} and ${hi}
        order by r.row_no
        returning id`,
  );
  return rows.map((r) => r.id);
}

/** The current state of the records that staged "update" rows lo..hi will change (for the audit trail). */
export async function stagedTargets(db: Db, importId: string, lo: number, hi: number): Promise<{ id: string; version: number; expected: number; before: unknown }[]> {
  return queryRows(
    db,
    sql`select e.id, e.version, r.target_version as expected, to_jsonb(e) - 'location_facts' as before
        from ${establishmentImportRows} r join ${establishments} e on e.id = r.target_id and e.deleted_at is null
        where r.import_id = ${importId} and r.action = 'update' and r.row_no between ${lo} and ${hi}`,
  );
}

export async function countStagedUpdates(db: Db, importId: string, lo: number, hi: number): Promise<number> {
  const [r] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${establishmentImportRows} where import_id = ${importId} and action = 'update' and row_no between ${lo} and ${hi}`,
  );
  return r?.n ?? 0;
}

/** Applies staged "update" rows lo..hi where the record still has the version seen at check time. */
export async function updateStaged(db: Db, importId: string, lo: number, hi: number, actorId: string | null): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update ${establishments} e set ${sets}, version = e.version + 1, updated_at = now(), updated_by = ${actorId}::uuid, import_id = ${importId}::uuid
        from ${establishmentImportRows} r, jsonb_populate_record(null::establishments, r.data) p
        where r.import_id = ${importId} and r.action = 'update' and r.row_no between ${lo} and ${hi}
          and e.id = r.target_id and e.version = r.target_version and e.deleted_at is null
        returning e.id`,
  );
  return rows.map((r) => r.id);
}
