import type { FastifyInstance } from 'fastify';
import { checkCsrf, SESSION_COOKIE } from '../../platform/auth.ts';
import { resolveSession } from './auth.service.ts';

/** Resolves the session cookie into req.actor and applies the CSRF check to unsafe methods. */
export function registerSessionHooks(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionState', 'none');
  app.decorateRequest('csrfToken', null);
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resolveSession(app.db, token, { ip: req.ip, userAgent: req.headers['user-agent'] });
      if (found.ok) {
        req.actor = found.session.actor;
        req.csrfToken = found.session.csrfToken;
        req.sessionState = 'valid';
      } else {
        req.sessionState = 'expired';
      }
    }
    const exempt =
      req.routeOptions.config && (req.routeOptions.config as { csrfExempt?: boolean }).csrfExempt === true;
    checkCsrf(req, app.config, Boolean(exempt));
  });
}
