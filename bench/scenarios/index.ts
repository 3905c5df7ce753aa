import {
  contractsAtRiskAsAgency,
  contractsAtRiskAsDepartment,
  contractsRegisterAsAgency,
} from './contracts.ts';
import { establishmentsAsAgency, establishmentsAsDepartment } from './establishments.ts';
import { productRegistry } from './products.ts';
import { dashboardAsAgency, dashboardAsDepartment } from './reports.ts';
import { schemesAsAgency, schemesAsDepartment } from './schemes.ts';
import type { Scenario } from './types.ts';
import { unitSearch } from './units.ts';
import { usersAsAdmin, usersAsOfficer } from './users.ts';

/** Every HTTP scenario of `npm run bench`, in the order they run (also `bench/lists.ts`). */
export const listScenarios: readonly Scenario[] = [
  establishmentsAsAgency,
  establishmentsAsDepartment,
  unitSearch,
  usersAsAdmin,
  usersAsOfficer,
  schemesAsAgency,
  schemesAsDepartment,
  contractsRegisterAsAgency,
  contractsAtRiskAsAgency,
  contractsAtRiskAsDepartment,
  productRegistry,
  dashboardAsAgency,
  dashboardAsDepartment,
];
