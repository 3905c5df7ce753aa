import { and, asc, desc, eq, gte, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  ProductGroup,
  ProductLevel,
  PublicProductDto,
  RegistryItem,
  RegistryQuery,
  VerifyDto,
} from '../../../../shared/schemas/products.ts';
import type { Db } from '../../db/client.ts';
import type { Scope } from '../../platform/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { escapeLike, foldVietnamese } from '../../platform/search.ts';
import { currentProvinces } from '../reference/index.ts';
import { levelRules } from './products.rules.data.ts';
import { certificateStatusOn, todayVn } from './products.rules.ts';
import { productCertificates, productRounds, typicalProducts } from './products.tables.ts';

/** The public registry: recognised products (one row per certificate not revoked), searchable and filtered. */
export async function searchRegistry(
  db: Db,
  q: RegistryQuery,
  today = todayVn(),
): Promise<ListResponse<RegistryItem>> {
  const c = productCertificates;
  const where: SQL[] = [ne(c.status, 'revoked')];
  if (q.level) where.push(eq(c.level, q.level));
  if (q.year) where.push(eq(c.year, q.year));
  if (q.group) where.push(eq(c.group, q.group));
  if (q.provinceCode) where.push(eq(c.provinceCode, q.provinceCode));
  if (q.validOnly === 'true') where.push(gte(c.validUntil, today));
  if (q.q)
    for (const word of foldVietnamese(q.q).split(' ').filter(Boolean).slice(0, 8))
      where.push(sql`${c.searchKey} like ${`%${escapeLike(word)}%`}`);
  const cond = and(...where);
  // The page through the registry index (year, level, number) and the count apart: a window count over a
  // join would carry every matching row along just to count them.
  const [rows, names] = await Promise.all([
    db
      .select({
        cert: {
          number: c.number,
          productId: c.productId,
          productName: c.productName,
          establishmentName: c.establishmentName,
          provinceCode: c.provinceCode,
          level: c.level,
          year: c.year,
          group: c.group,
          validUntil: c.validUntil,
          status: c.status,
        },
        photo: sql<
          string | null
        >`(select ${typicalProducts.photoFileIds}->>0 from ${typicalProducts} where ${typicalProducts.id} = ${c.productId})`,
      })
      .from(c)
      .where(cond)
      // NULLS LAST as in product_certificates_registry_idx, so the index serves the order.
      .orderBy(sql`${c.year} desc nulls last`, sql`${c.levelRank} desc nulls last`, asc(c.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    currentProvinces(db),
  ]);
  // A first page that is not full is the whole result: no count needed.
  const total =
    q.page === 1 && rows.length < q.pageSize
      ? rows.length
      : ((await db.select({ n: sql<number>`count(*)::int` }).from(c).where(cond))[0]?.n ?? 0);
  return {
    items: rows.map(({ cert, photo }) => ({
      certificateNumber: cert.number,
      productId: cert.productId,
      productName: cert.productName,
      establishmentName: cert.establishmentName,
      provinceCode: cert.provinceCode,
      provinceName: names.get(cert.provinceCode)?.name ?? null,
      level: cert.level as ProductLevel,
      year: cert.year,
      group: cert.group as ProductGroup,
      validUntil: cert.validUntil,
      status: certificateStatusOn(cert, today),
      photoFileId: photo,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A recognised product with its level history; 404 for a product that never held a certificate. */
export async function publicProduct(db: Db, productId: string, today = todayVn()): Promise<PublicProductDto> {
  const [product] = await db.select().from(typicalProducts).where(eq(typicalProducts.id, productId));
  if (!product) throw notFound();
  const certs = await db
    .select({ cert: productCertificates, roundName: productRounds.name })
    .from(productCertificates)
    .innerJoin(productRounds, eq(productRounds.id, productCertificates.roundId))
    .where(eq(productCertificates.productId, productId))
    .orderBy(desc(productCertificates.decisionDate), desc(productCertificates.levelRank));
  if (!certs.some((c) => c.cert.status !== 'revoked')) throw notFound();
  const names = await currentProvinces(db);
  return {
    id: product.id,
    name: product.name,
    group: product.group as ProductGroup,
    description: product.description,
    establishmentName: product.establishmentName,
    provinceCode: product.provinceCode,
    provinceName: names.get(product.provinceCode)?.name ?? null,
    photoFileIds: product.photoFileIds,
    history: certs.map(({ cert, roundName }) => ({
      certificateNumber: cert.number,
      level: cert.level as ProductLevel,
      year: cert.year,
      roundName,
      organiserName: cert.organiserName,
      decisionNumber: cert.decisionNumber,
      decisionDate: cert.decisionDate,
      validUntil: cert.validUntil,
      status: certificateStatusOn(cert, today),
    })),
  };
}

/** Certificate verification by number (revoked and expired certificates answer with their status). */
export async function verifyCertificate(db: Db, number: string, today = todayVn()): Promise<VerifyDto> {
  const [cert] = await db.select().from(productCertificates).where(eq(productCertificates.number, number));
  if (!cert) throw notFound();
  return {
    number: cert.number,
    status: certificateStatusOn(cert, today),
    validOn: today,
    productId: cert.productId,
    productName: cert.productName,
    establishmentName: cert.establishmentName,
    provinceName: (await currentProvinces(db)).get(cert.provinceCode)?.name ?? null,
    level: cert.level as ProductLevel,
    year: cert.year,
    organiserName: cert.organiserName,
    decisionNumber: cert.decisionNumber,
    decisionDate: cert.decisionDate,
    validUntil: cert.validUntil,
    revokedReason: cert.revokedReason,
  };
}

/** Whether a photo may be shown publicly: it belongs to a product that holds a certificate not revoked. */
export async function isPublicPhoto(db: Db, productId: string, fileId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: typicalProducts.id })
    .from(typicalProducts)
    .where(
      and(
        eq(typicalProducts.id, productId),
        sql`${typicalProducts.photoFileIds} @> ${JSON.stringify([fileId])}::jsonb`,
        sql`exists (select 1 from ${productCertificates} c where c.product_id = ${typicalProducts.id} and c.status <> 'revoked')`,
      ),
    );
  return !!r;
}

/**
 * For the schemes' priority rules: does the establishment hold, on `date`, a certificate of at least
 * `minLevel` (province < region < nation) that was issued by then, is not revoked and has not expired?
 */
export async function holdsValidCertificate(
  db: Db,
  establishmentId: string,
  opts: { minLevel: 'province' | 'region' | 'nation'; date: string },
): Promise<boolean> {
  const [r] = await db
    .select({ id: productCertificates.id })
    .from(productCertificates)
    .where(
      and(
        eq(productCertificates.establishmentId, establishmentId),
        gte(productCertificates.levelRank, levelRules[opts.minLevel].rank),
        ne(productCertificates.status, 'revoked'),
        lte(productCertificates.decisionDate, opts.date),
        gte(productCertificates.validUntil, opts.date),
      ),
    )
    .limit(1);
  return !!r;
}

export type RecognisedProduct = {
  certificateNumber: string;
  productId: string;
  productName: string;
  level: ProductLevel;
  year: number;
  decisionDate: string;
  validUntil: string;
  status: 'valid' | 'expired' | 'revoked';
};

/** The establishment's recognised products across levels and rounds (for its page); a province scope sees its province only. */
export async function recognisedProductsOf(
  db: Db,
  scope: Scope,
  establishmentId: string,
  today = todayVn(),
): Promise<RecognisedProduct[]> {
  const where: SQL[] = [eq(productCertificates.establishmentId, establishmentId)];
  if (scope.kind === 'province') where.push(eq(productCertificates.provinceCode, scope.provinceCode));
  const rows = await db
    .select()
    .from(productCertificates)
    .where(and(...where))
    .orderBy(desc(productCertificates.decisionDate), desc(productCertificates.levelRank));
  return rows.map((c) => ({
    certificateNumber: c.number,
    productId: c.productId,
    productName: c.productName,
    level: c.level as ProductLevel,
    year: c.year,
    decisionDate: c.decisionDate,
    validUntil: c.validUntil,
    status: certificateStatusOn(c, today),
  }));
}
