import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers (Content-Security-Policy, HSTS, nosniff, frame options …) on every response, by
 * `helmet` built once. @fastify/helmet rebuilt the middleware from its options on every request, which
 * showed in the profile of the lists (docs/benchmarks.md).
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  const apply = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS at run time; Swagger UI needs inline styles too.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (req, reply, done) => {
    apply(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
}
