import { auditGenerator } from './audit.ts';
import { contractsGenerator } from './contracts.ts';
import { establishmentsGenerator } from './establishments.ts';
import { identityGenerator } from './identity.ts';
import { portalGenerator } from './portal.ts';
import { productsGenerator } from './products.ts';
import { reportingGenerator } from './reporting.ts';
import { schemesGenerator } from './schemes.ts';
import type { Generator } from './types.ts';
import { unitsGenerator } from './units.ts';

/**
 * Every generator in dependency order. A module that gains tables adds its generator here
 * (schemes after identity and units, contracts after schemes, …); each draws from its own forked stream,
 * so adding one does not change the data of the others.
 */
export const generators: readonly Generator[] = [
  unitsGenerator,
  identityGenerator,
  establishmentsGenerator,
  schemesGenerator,
  contractsGenerator,
  reportingGenerator,
  productsGenerator,
  portalGenerator,
  auditGenerator,
];
