export { listActivityContents, listIndustries, listSchemeKinds } from './catalogues.service.ts';
export { getLegalDocument, listLegalDocuments } from './legal-documents.service.ts';
export { provinces2025 } from './provinces-2025.data.ts';
export { referenceCommands } from './reference.cli.ts';
export { canReference, type ReferenceAction } from './reference.policy.ts';
export { referenceRoutes } from './reference.routes.ts';
export { seedReference } from './reference.seed.ts';
export {
  defaultUnitsDir,
  importUnits,
  parseUnitFiles,
  readUnitFiles,
  type UnitFileTexts,
  type UnitImportCounts,
} from './units.import.ts';
export { ERA_2025_FROM, PRE2025_FROM, PRE2025_TO, unitNameKey } from './units.names.ts';
export { resolveUnitText, type UnitLookups } from './units.resolve.ts';
export {
  countUnits,
  currentProvinceOf,
  currentProvinces,
  findUnit,
  getUnitById,
  isCurrentProvince,
  type ProvinceRef,
  provinceName,
  provinceSuccessors,
  provincesOf,
} from './units.service.ts';
