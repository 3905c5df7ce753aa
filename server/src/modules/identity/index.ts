export { actorOf, resolveSession } from './auth.service.ts';
export { registerSessionHooks } from './identity.hooks.ts';
export { canOrg, canUser, permissionsOf, scopeFor, setPermissionSource } from './identity.policy.ts';
export { identityRoutes } from './identity.routes.ts';
export { DEMO_PASSWORD, demoUsers, identityIsEmpty, seedIdentity } from './identity.seed.ts';
export { createOrganisation, getOrganisation, listOrganisations } from './organisations.service.ts';
export { createUser, getUser, listUsers } from './users.service.ts';
