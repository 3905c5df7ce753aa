import { and, asc, desc, eq, gte, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { PortalKind } from '../../../../shared/schemas/portal.ts';
import { type Db, queryRows } from '../../db/client.ts';
import { isPublicSql } from './portal.repo.ts';
import { portalItems } from './portal.tables.ts';
import { matchesAll, rankOf, withIndexPlanner } from './search.ts';

/** The columns a list shows: everything but the body. */
const listCols = {
  id: portalItems.id,
  kind: portalItems.kind,
  slug: portalItems.slug,
  title: portalItems.title,
  summary: portalItems.summary,
  category: portalItems.category,
  tags: portalItems.tags,
  provinceCode: portalItems.provinceCode,
  publishedAt: portalItems.publishedAt,
  updatedAt: portalItems.updatedAt,
  coverMediaId: portalItems.coverMediaId,
  attachments: portalItems.attachments,
  eventKind: portalItems.eventKind,
  startsOn: portalItems.startsOn,
  endsOn: portalItems.endsOn,
  place: portalItems.place,
  organiser: portalItems.organiser,
  registrationMode: portalItems.registrationMode,
  registrationDeadline: portalItems.registrationDeadline,
  docNumber: portalItems.docNumber,
  docKind: portalItems.docKind,
  issuer: portalItems.issuer,
  issuedOn: portalItems.issuedOn,
};

export type PublicListRow = { [K in keyof typeof listCols]: (typeof portalItems.$inferSelect)[K] };

export type PublicFilter = {
  kind: PortalKind;
  category?: string;
  provinceCode?: string;
  eventKind?: string;
  docKind?: string;
  year?: number;
  tag?: string;
  /** Folded query tokens (search.ts queryTokens): every one must be a word of the item. */
  tokens?: string[];
  /** Events: 'upcoming' (not yet ended, soonest first) or 'past' (latest first). */
  when?: 'upcoming' | 'past';
  today?: string;
};

function whereOf(f: PublicFilter): SQL | undefined {
  return and(
    eq(portalItems.kind, f.kind),
    isPublicSql,
    f.category ? eq(portalItems.category, f.category) : undefined,
    f.provinceCode ? eq(portalItems.provinceCode, f.provinceCode) : undefined,
    f.eventKind ? eq(portalItems.eventKind, f.eventKind) : undefined,
    f.docKind ? eq(portalItems.docKind, f.docKind) : undefined,
    f.tag ? sql`${portalItems.tags} @> array[${f.tag}]::text[]` : undefined,
    f.year && f.kind === 'document'
      ? and(gte(portalItems.issuedOn, `${f.year}-01-01`), lte(portalItems.issuedOn, `${f.year}-12-31`))
      : undefined,
    f.tokens?.length ? matchesAll(portalItems.searchVector, f.tokens) : undefined,
    f.when === 'upcoming' && f.today ? gte(portalItems.endsOn, f.today) : undefined,
    f.when === 'past' && f.today ? sql`${portalItems.endsOn} < ${f.today}` : undefined,
  );
}

function orderOf(f: PublicFilter): SQL[] {
  if (f.tokens?.length)
    return [sql`${rankOf(portalItems.searchTitle, f.tokens)} desc`, desc(portalItems.publishedAt)];
  if (f.kind === 'event')
    return f.when === 'upcoming' ? [asc(portalItems.startsOn)] : [desc(portalItems.startsOn)];
  if (f.kind === 'document')
    return [sql`${portalItems.issuedOn} desc nulls last`, desc(portalItems.publishedAt)];
  return [desc(portalItems.publishedAt)];
}

/**
 * A page of public items in the list's order. The total (for the pager) is a separate count on the same
 * index, asked only when the page shows one: a window count would read every row to show seven.
 */
export async function listPublic(
  db: Db,
  f: PublicFilter,
  limit: number,
  offset = 0,
  opts: { total?: boolean } = {},
): Promise<{ rows: PublicListRow[]; total: number }> {
  const where = whereOf(f);
  const run = async (t: Db) => {
    const rows = await t
      .select(listCols)
      .from(portalItems)
      .where(where)
      .orderBy(...orderOf(f), asc(portalItems.id))
      .limit(limit)
      .offset(offset);
    if (!opts.total) return { rows, total: rows.length };
    const [c] = await t.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(where);
    return { rows, total: c?.n ?? 0 };
  };
  return f.tokens?.length ? withIndexPlanner(db, run) : run(db);
}

export async function findPublicBySlug(db: Db, kind: PortalKind, slug: string) {
  const [row] = await db
    .select()
    .from(portalItems)
    .where(and(eq(portalItems.kind, kind), eq(portalItems.slug, slug), isPublicSql));
  return row;
}

/** Public items among ids (an event's related documents), in publication order. */
export async function publicByIds(db: Db, ids: string[]): Promise<PublicListRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(listCols)
    .from(portalItems)
    .where(and(inArray(portalItems.id, ids), isPublicSql))
    .orderBy(desc(portalItems.publishedAt));
}

/**
 * Related items: the latest 50 public items of the same kind and category (or event kind, or issuer),
 * those sharing tags first. Bounded by the public index, so it stays fast with 10,000 articles.
 */
export async function relatedTo(
  db: Db,
  item: {
    id: string;
    kind: string;
    category: string | null;
    eventKind: string | null;
    docKind: string | null;
    tags: string[];
  },
  limit = 5,
): Promise<PublicListRow[]> {
  const same =
    item.kind === 'article' && item.category
      ? eq(portalItems.category, item.category)
      : item.kind === 'event' && item.eventKind
        ? eq(portalItems.eventKind, item.eventKind)
        : item.kind === 'document' && item.docKind
          ? eq(portalItems.docKind, item.docKind)
          : undefined;
  const candidates = await db
    .select(listCols)
    .from(portalItems)
    .where(and(eq(portalItems.kind, item.kind), isPublicSql, ne(portalItems.id, item.id), same))
    .orderBy(desc(portalItems.publishedAt))
    .limit(50);
  const tags = new Set(item.tags);
  const shared = (r: PublicListRow) => r.tags.filter((t) => tags.has(t)).length;
  return candidates
    .map((r, i) => ({ r, i, s: shared(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.r);
}

/** Events that overlap [from, to] (the calendar's month). */
export async function eventsBetween(db: Db, from: string, to: string): Promise<PublicListRow[]> {
  return db
    .select(listCols)
    .from(portalItems)
    .where(
      and(
        eq(portalItems.kind, 'event'),
        isPublicSql,
        lte(portalItems.startsOn, to),
        gte(portalItems.endsOn, from),
      ),
    )
    .orderBy(asc(portalItems.startsOn), asc(portalItems.id))
    .limit(500);
}

export type SearchRow = PublicListRow & { bodyHtml: string };

/**
 * Ranked, diacritic-insensitive search over every public article, event, document and page: the ids of the
 * page first (rank computed on the index's matches only), then the rows of those ids with their text.
 */
export async function searchPublic(
  db: Db,
  tokens: string[],
  kind: PortalKind | undefined,
  limit: number,
  offset: number,
) {
  if (tokens.length === 0) return { rows: [] as SearchRow[], total: 0 };
  const i = portalItems;
  return withIndexPlanner(db, async (t) => {
    // The word match alone in a materialised CTE: answered by the GIN index, reading only short columns.
    const top = await queryRows<{ id: string; total: number }>(
      t,
      sql`with m as materialized (
            select ${i.id} as id, ${i.kind} as kind, ${i.status} as status, ${i.publishedAt} as published_at,
                   ${i.searchTitle} as search_title
              from ${i} where ${matchesAll(i.searchVector, tokens)})
          select id, count(*) over()::int as total from m
           where status = 'published' and published_at <= now() ${kind ? sql`and kind = ${kind}` : sql``}
           order by ${rankOf(sql.raw('search_title'), tokens)} desc, published_at desc, id
           limit ${limit} offset ${offset}`,
    );
    let total = top[0]?.total ?? 0;
    if (top.length === 0 && offset > 0) {
      const where = and(isPublicSql, kind ? eq(i.kind, kind) : undefined, matchesAll(i.searchVector, tokens));
      total = (await t.select({ n: sql<number>`count(*)::int` }).from(i).where(where))[0]?.n ?? 0;
    }
    if (top.length === 0) return { rows: [] as SearchRow[], total };
    const ids = top.map((r) => r.id);
    const found = await t
      .select({ ...listCols, bodyHtml: sql<string>`left(${i.bodyHtml}, 30000)` })
      .from(i)
      .where(inArray(i.id, ids));
    const byId = new Map(found.map((r) => [r.id, r]));
    return { rows: ids.map((id) => byId.get(id)).filter((r): r is SearchRow => r !== undefined), total };
  });
}

/** Every public URL for the sitemap, newest first (at most 50,000, the sitemap protocol's limit). */
export async function sitemapRows(db: Db) {
  return db
    .select({ kind: portalItems.kind, slug: portalItems.slug, updatedAt: portalItems.updatedAt })
    .from(portalItems)
    .where(isPublicSql)
    .orderBy(desc(portalItems.publishedAt))
    .limit(50000);
}
