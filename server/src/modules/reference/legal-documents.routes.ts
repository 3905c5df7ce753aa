import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  CatalogueIdParams,
  LegalDocumentCreateInput,
  LegalDocumentDto,
  LegalDocumentListQuery,
  LegalDocumentUpdateInput,
} from '../../../../shared/schemas/reference.ts';
import { requireActor } from '../../platform/auth.ts';
import * as svc from './legal-documents.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['legal-documents'];

/** The register of legal documents: read by every signed-in user; kept by the system administrator. */
export async function legalDocumentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/legal-documents',
    {
      schema: {
        tags,
        summary: 'Sổ đăng ký văn bản pháp lý (lọc theo loại, năm; tìm theo số hiệu, trích yếu)',
        querystring: LegalDocumentListQuery,
        response: { 200: listResponse(LegalDocumentDto), ...errors },
      },
    },
    async (req) => svc.listLegalDocuments(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/legal-documents/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết văn bản',
        params: CatalogueIdParams,
        response: { 200: LegalDocumentDto, ...errors },
      },
    },
    async (req) => svc.getLegalDocument(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/legal-documents',
    {
      schema: {
        tags,
        summary: 'Đăng ký văn bản',
        body: LegalDocumentCreateInput,
        response: { 201: LegalDocumentDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createLegalDocument(app.db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/legal-documents/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin văn bản',
        params: CatalogueIdParams,
        body: LegalDocumentUpdateInput,
        response: { 200: LegalDocumentDto, ...errors },
      },
    },
    async (req) => svc.updateLegalDocument(app.db, requireActor(req), req.params.id, req.body),
  );
}
