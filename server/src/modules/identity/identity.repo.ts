import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { parseSort } from '../../../../shared/schemas/common.ts';
import type { OrganisationListQuery, UserListQuery } from '../../../../shared/schemas/identity.ts';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { unaccentAllWords } from '../../platform/search.ts';
import { organisations, sessions, users } from './identity.tables.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type UserWithOrg = UserRow & { org: OrganisationRow };

function orgScope(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(organisations.provinceCode, scope.provinceCode);
    case 'organisation':
      return eq(organisations.id, scope.organisationId);
    case 'self':
      return sql`false`;
  }
}

function userScope(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(users.provinceCode, scope.provinceCode);
    case 'organisation':
      return eq(users.organisationId, scope.organisationId);
    case 'self':
      return eq(users.id, scope.userId);
  }
}

// ---- organisations ----

export async function findOrganisation(
  db: Db,
  scope: Scope,
  id: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), orgScope(scope)));
  return row;
}

export async function findOrganisationByCode(db: Db, code: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.code, code));
  return row;
}

const orgSorts = ['name', 'code', 'kind', 'provinceCode', 'createdAt'] as const;

export async function listOrganisations(db: Db, scope: Scope, q: OrganisationListQuery) {
  const where = and(
    orgScope(scope),
    q.kind ? eq(organisations.kind, q.kind) : undefined,
    q.provinceCode ? eq(organisations.provinceCode, q.provinceCode) : undefined,
    q.q ? unaccentAllWords(sql`${organisations.name} || ' ' || ${organisations.code}`, q.q) : undefined,
  );
  const sort = parseSort(q.sort, orgSorts, 'name');
  const col = organisations[sort.key];
  // Qualified by hand: inside a subquery drizzle renders bare column names, and a bare "id" would bind to users.id.
  const userCount = sql<number>`(select count(*)::int from users u where u.organisation_id = "organisations"."id")`;
  const rows = await db
    .select({ org: organisations, userCount, total: sql<number>`count(*) over()::int` })
    .from(organisations)
    .where(where)
    .orderBy(sort.desc ? desc(col) : asc(col), asc(organisations.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total =
    rows[0]?.total ??
    (q.page > 1
      ? ((await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where))[0]?.n ?? 0)
      : 0);
  return { rows, total };
}

export async function countUsersOf(db: Db, organisationId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.organisationId, organisationId));
  return r?.n ?? 0;
}

export async function insertOrganisation(
  db: Db,
  values: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  return row!;
}

/** Optimistic update: undefined when the version no longer matches. */
export async function updateOrganisation(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof organisations.$inferInsert>,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .update(organisations)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning();
  return row;
}

/** Keeps users.province_code in step with their organisation's province. */
export async function syncUserProvinces(db: Db, organisationId: string, provinceCode: string | null) {
  await db.update(users).set({ provinceCode }).where(eq(users.organisationId, organisationId));
}

// ---- users ----

export async function findUser(db: Db, scope: Scope, id: string): Promise<UserWithOrg | undefined> {
  const [row] = await db
    .select({ user: users, org: organisations })
    .from(users)
    .innerJoin(organisations, eq(users.organisationId, organisations.id))
    .where(and(eq(users.id, id), userScope(scope)));
  return row ? { ...row.user, org: row.org } : undefined;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserWithOrg | undefined> {
  const [row] = await db
    .select({ user: users, org: organisations })
    .from(users)
    .innerJoin(organisations, eq(users.organisationId, organisations.id))
    .where(eq(users.email, email.trim().toLowerCase()));
  return row ? { ...row.user, org: row.org } : undefined;
}

const userSorts = ['fullName', 'email', 'role', 'provinceCode', 'createdAt', 'lastLoginAt'] as const;

export async function listUsers(db: Db, scope: Scope, q: UserListQuery) {
  const where = and(
    userScope(scope),
    q.role ? eq(users.role, q.role) : undefined,
    q.status ? eq(users.status, q.status) : undefined,
    q.organisationId ? eq(users.organisationId, q.organisationId) : undefined,
    q.provinceCode ? eq(users.provinceCode, q.provinceCode) : undefined,
    q.q ? unaccentAllWords(sql`${users.fullName} || ' ' || ${users.email}`, q.q) : undefined,
  );
  const sort = parseSort(q.sort, userSorts, 'fullName');
  const col = users[sort.key];
  const rows = await db
    .select({ user: users, org: organisations, total: sql<number>`count(*) over()::int` })
    .from(users)
    .innerJoin(organisations, eq(users.organisationId, organisations.id))
    .where(where)
    .orderBy(sort.desc ? desc(col) : asc(col), asc(users.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total =
    rows[0]?.total ??
    (q.page > 1
      ? ((await db.select({ n: sql<number>`count(*)::int` }).from(users).where(where))[0]?.n ?? 0)
      : 0);
  return { rows: rows.map((r) => ({ ...r.user, org: r.org })), total };
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

/** Sign-in bookkeeping that is not a user edit: does not bump the version. */
export async function setLoginState(
  db: Db,
  id: string,
  patch: Pick<Partial<UserRow>, 'failedLoginCount' | 'lockedUntil' | 'lastLoginAt'>,
) {
  await db.update(users).set(patch).where(eq(users.id, id));
}

// ---- sessions ----

export async function insertSession(db: Db, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

function sessionLookup(db: Db) {
  // Only what the request's actor and the session checks need: every API request runs it, and the full
  // rows (the password hash among them) were 45 columns to send, parse and map each time.
  return db
    .select({
      session: { expiresAt: sessions.expiresAt, csrfToken: sessions.csrfToken },
      user: {
        id: users.id,
        email: users.email,
        fullName: users.fullName,
        role: users.role,
        organisationId: users.organisationId,
        status: users.status,
      },
      org: {
        kind: organisations.kind,
        provinceCode: organisations.provinceCode,
        active: organisations.active,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .innerJoin(organisations, eq(users.organisationId, organisations.id))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('kc_session_lookup');
}
/**
 * Every API request looks its session up: the statement is built once per database handle (building a
 * select of three tables' columns cost more CPU than the query itself under load).
 */
const sessionLookups = new WeakMap<Db, ReturnType<typeof sessionLookup>>();

export async function findSessionWithUser(db: Db, id: string) {
  let q = sessionLookups.get(db);
  if (!q) {
    q = sessionLookup(db);
    sessionLookups.set(db, q);
  }
  const [row] = await q.execute({ id });
  return row;
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOf(db: Db, userId: string, exceptId?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptId ? sql`${sessions.id} <> ${exceptId}` : undefined));
}

export async function deleteExpiredSessions(db: Db) {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}
