export { auditRoutes } from './audit.routes.ts';
export { type AuditRecord, listAudit, record } from './audit.service.ts';
