import { and, desc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { currentProvinces } from '../reference/index.ts';
import { levelRules } from './products.rules.data.ts';
import { productCertificates } from './products.tables.ts';

/** The portal's transparency page: products recognised in a year (certificates not revoked), highest level first. */
export async function recognisedProductsForPortal(db: Db, year: number) {
  const [rows, names] = await Promise.all([
    db
      .select()
      .from(productCertificates)
      .where(and(eq(productCertificates.year, year), ne(productCertificates.status, 'revoked')))
      .orderBy(desc(productCertificates.levelRank), productCertificates.productName)
      .limit(500),
    currentProvinces(db),
  ]);
  return rows.map((c) => ({
    name: c.productName,
    establishment: c.establishmentName,
    provinceName: names.get(c.provinceCode)?.name ?? c.provinceCode,
    level: levelRules[c.level as keyof typeof levelRules].nameVi,
    year: c.year,
  }));
}
