import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { AuditEntryDto, AuditListQuery } from '../../../../shared/schemas/audit.ts';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { forbidden } from '../../platform/errors.ts';
import { auditScopeFor, canReadAudit } from './audit.policy.ts';
import { auditLog } from './audit.tables.ts';

export type AuditRecord = {
  action: string;
  entityType: string;
  entityId?: string | null;
  provinceCode?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: Record<string, unknown>;
};

const SECRET_KEYS = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'csrfToken']);

/** Strips secrets and turns bigint/Date into JSON-safe values before they enter the trail. */
function clean(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(clean);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, v]) => [k, clean(v)]),
    );
  }
  return value;
}

/** Appends one audit row; call it inside the use case's transaction. */
export async function record(db: Db, actor: Actor | null, entry: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.userId === '00000000-0000-0000-0000-000000000000' ? null : (actor?.userId ?? null),
    actorEmail: actor?.email ?? null,
    actorOrganisationId:
      actor?.organisationId === '00000000-0000-0000-0000-000000000000'
        ? null
        : (actor?.organisationId ?? null),
    ip: actor?.ip ?? null,
    userAgent: actor?.userAgent?.slice(0, 300) ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    provinceCode: entry.provinceCode ?? null,
    before: clean(entry.before) ?? null,
    after: clean(entry.after) ?? null,
    meta: clean(entry.meta) ?? null,
  });
}

export async function listAudit(
  db: Db,
  actor: Actor,
  query: AuditListQuery,
): Promise<ListResponse<AuditEntryDto>> {
  if (!canReadAudit(actor)) throw forbidden();
  const scope = auditScopeFor(actor);
  const where: SQL[] = [];
  if (scope.kind === 'province') where.push(eq(auditLog.provinceCode, scope.provinceCode));
  if (scope.kind === 'self') where.push(eq(auditLog.actorId, scope.userId));
  if (query.actorId) where.push(eq(auditLog.actorId, query.actorId));
  if (query.actor) where.push(sql`${auditLog.actorEmail} ILIKE ${`%${query.actor}%`}`);
  if (query.action) where.push(sql`${auditLog.action} LIKE ${`${query.action}%`}`);
  if (query.entityType) where.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
  if (query.from) where.push(gte(auditLog.at, new Date(`${query.from}T00:00:00+07:00`)));
  if (query.to) where.push(lte(auditLog.at, new Date(`${query.to}T23:59:59.999+07:00`)));
  const cond = where.length ? and(...where) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(cond),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorEmail: r.actorEmail,
      ip: r.ip,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      provinceCode: r.provinceCode,
      before: r.before ?? null,
      after: r.after ?? null,
      meta: (r.meta as Record<string, unknown> | null) ?? null,
    })),
    total: count?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
