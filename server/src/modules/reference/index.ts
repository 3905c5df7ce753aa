export { seedReference } from './reference.seed.ts';
export { referenceRoutes } from './reference.routes.ts';
export { countUnits, currentProvinces, isCurrentProvince, provinceName } from './units.service.ts';
