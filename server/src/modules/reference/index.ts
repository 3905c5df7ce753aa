export { referenceRoutes } from './reference.routes.ts';
export { seedReference } from './reference.seed.ts';
export { countUnits, currentProvinces, isCurrentProvince, provinceName } from './units.service.ts';
