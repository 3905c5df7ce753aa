import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE on this table. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorEmail: text(),
    actorOrganisationId: uuid(),
    ip: text(),
    userAgent: text(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    /** Province the record belongs to, so departments can read their own trail. */
    provinceCode: text(),
    before: jsonb(),
    after: jsonb(),
    meta: jsonb(),
  },
  (t) => [
    index('audit_at_idx').on(t.at.desc()),
    index('audit_entity_idx').on(t.entityType, t.entityId, t.at.desc()),
    index('audit_actor_idx').on(t.actorId, t.at.desc()),
    index('audit_action_idx').on(t.action, t.at.desc()),
    index('audit_province_idx').on(t.provinceCode, t.at.desc()),
  ],
);
