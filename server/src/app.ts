import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { identityRoutes, registerSessionHooks } from './modules/identity/index.ts';
import { startJobRunner } from './modules/jobs/index.ts';
import { moduleRoutes } from './modules/routes.ts';
import { registerErrorHandling } from './platform/errors.ts';
import { healthRoutes } from './platform/health.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { responseSerializer } from './platform/serializer.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDist = path.join(root, 'web/dist');

export type BuildOptions = { config: Config; database: Database; logger?: boolean };

export async function buildApp({ config, database, logger = true }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] }
      : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.decorate('db', database.db);
  app.decorate('database', database);
  app.decorate('config', config);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(config.NODE_ENV !== 'production'));
  registerErrorHandling(app);

  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.UPLOAD_MAX_MB * 1024 * 1024, files: 1, fields: 20 },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Khuyến Công API',
        description:
          'API của hệ thống quản lý chương trình khuyến công. Lỗi trả về dạng application/problem+json với mã ổn định (`code`). ' +
          'Các yêu cầu thay đổi dữ liệu khi đã đăng nhập phải gửi header `x-csrf-token` (lấy từ /api/auth/login hoặc /api/auth/me).',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kc_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerSessionHooks(app);
  await app.register(healthRoutes);
  await app.register(identityRoutes);
  await app.register(auditRoutes);
  await app.register(moduleRoutes);
  await startJobRunner(app);

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h' });
    const indexHtml = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
    const spa = async (_req: unknown, reply: import('fastify').FastifyReply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    // `/` is the public portal, server-rendered by modules/portal (docs/decisions.md).
    app.get('/admin', spa);
    app.get('/admin/*', spa);
    app.get('/dang-nhap', spa);
  }
  return app;
}
