import { seedCalls } from '../modules/calls/index.ts';
import { seedContracts } from '../modules/contracts/index.ts';
import { seedEstablishments } from '../modules/establishments/index.ts';
import { identityIsEmpty, seedIdentity } from '../modules/identity/index.ts';
import { seedPlans } from '../modules/plans/index.ts';
import { seedPortal } from '../modules/portal/index.ts';
import { seedProducts } from '../modules/products/index.ts';
import { seedReference } from '../modules/reference/index.ts';
import { seedRules } from '../modules/rules/index.ts';
import { seedSchemes } from '../modules/schemes/index.ts';
import type { Db } from './client.ts';

/** Module seeds in dependency order. Each is idempotent and deterministic. */
export async function seedDemo(db: Db): Promise<void> {
  await seedReference(db);
  await seedIdentity(db);
  await seedEstablishments(db);
  await seedProducts(db);
  await seedPortal(db);
  await seedRules(db);
  await seedCalls(db);
  await seedSchemes(db);
  await seedPlans(db);
  await seedContracts(db);
}

export async function isEmpty(db: Db): Promise<boolean> {
  return identityIsEmpty(db);
}
