import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  ContractDto,
  ContractFileParams,
  ContractInput,
  ContractListItemDto,
  ContractListQuery,
  ContractTransitionInput,
  ContractUpdateInput,
  DocumentRef,
  MoneyDto,
  MoneyEntryInput,
  PrepareContractsInput,
  SigningProgressDto,
  SigningProgressQuery,
} from '../../../../shared/schemas/contracts.ts';
import { requireActor } from '../../platform/auth.ts';
import { AppError } from '../../platform/errors.ts';
import { contentDisposition } from '../files/index.ts';
import { type ContractForm, contractDocx } from './contracts.docx.ts';
import * as svc from './contracts.service.ts';
import { sendContractFile, uploadContractFile } from './documents.service.ts';
import { moneyOf, recordEntry } from './money.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function contractsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['contracts'];

  app.get(
    '/api/contracts',
    {
      schema: {
        tags,
        summary: 'Sổ hợp đồng: lọc theo năm, cấp, tỉnh, trạng thái; tìm theo mã đề án, số hợp đồng, đơn vị',
        querystring: ContractListQuery,
        response: { 200: listResponse(ContractListItemDto).extend({ totalCapped: z.boolean() }), ...errors },
      },
    },
    async (req) => svc.listContracts(app.db, requireActor(req), req.query),
  );
  app.get(
    '/api/contracts/signing-progress',
    {
      schema: {
        tags,
        summary: 'Tiến độ ký hợp đồng của kế hoạch năm: tỷ lệ và chuỗi theo ngày',
        querystring: SigningProgressQuery,
        response: { 200: SigningProgressDto, ...errors },
      },
    },
    async (req) => svc.signingProgress(app.db, requireActor(req), req.query),
  );
  app.post(
    '/api/contracts',
    {
      schema: {
        tags,
        summary: 'Lập dự thảo hợp đồng cho đề án đã giao',
        body: ContractInput,
        response: { 201: ContractDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createContract(app.db, requireActor(req), req.body)),
  );
  app.post(
    '/api/contracts/prepare',
    {
      schema: {
        tags,
        summary: 'Lập dự thảo hợp đồng cho mọi đề án đã giao của kế hoạch năm chưa có hợp đồng',
        body: PrepareContractsInput,
        response: { 200: z.object({ created: z.number().int() }), ...errors },
      },
    },
    async (req) => svc.prepareContracts(app.db, requireActor(req), req.body),
  );
  app.get(
    '/api/contracts/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết hợp đồng',
        params: IdParams,
        response: { 200: ContractDto, ...errors },
      },
    },
    async (req) => svc.getContract(app.db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/schemes/:id/contract',
    {
      schema: {
        tags,
        summary: 'Hợp đồng của đề án (nếu có)',
        params: IdParams,
        response: { 200: z.object({ contract: ContractDto.nullable() }), ...errors },
      },
    },
    async (req) => ({ contract: await svc.getContractOfScheme(app.db, requireActor(req), req.params.id) }),
  );
  app.patch(
    '/api/contracts/:id',
    {
      schema: {
        tags,
        summary: 'Sửa hợp đồng (dự thảo hoặc đã gửi)',
        params: IdParams,
        body: ContractUpdateInput,
        response: { 200: ContractDto, ...errors },
      },
    },
    async (req) => svc.updateContract(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/contracts/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Gửi, ký, thanh lý hợp đồng',
        params: IdParams,
        body: ContractTransitionInput,
        response: { 200: ContractDto, ...errors },
      },
    },
    async (req) => svc.transitionContract(app.db, requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/api/contracts/:id/money',
    {
      schema: {
        tags,
        summary: 'Sổ chi của hợp đồng: các khoản, đối chiếu theo nguồn, mức tạm ứng theo quy định',
        params: IdParams,
        response: { 200: MoneyDto, ...errors },
      },
    },
    async (req) => moneyOf(app.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/contracts/:id/money',
    {
      schema: {
        tags,
        summary: 'Ghi tạm ứng, thanh toán, thu hồi hoặc kinh phí đối ứng',
        params: IdParams,
        body: MoneyEntryInput,
        response: { 200: MoneyDto, ...errors },
      },
    },
    async (req) => recordEntry(app.db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/contracts/:id/files',
    {
      schema: {
        tags,
        summary:
          'Tải lên ảnh, tài liệu của hợp đồng (multipart, trường "file"; PDF, Word, Excel, JPEG, PNG): trả về tham chiếu để ghi vào "documents" của báo cáo, kiểm tra, điều chỉnh, nghiệm thu, quyết toán',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: DocumentRef, 413: Problem, 415: Problem, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const part = await req.file();
      const ref = await uploadContractFile(app.db, app.config, actor, req.params.id, part);
      return reply.status(201).send(ref);
    },
  );
  app.get(
    '/api/contracts/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Tải về tệp đã tải lên cho hợp đồng',
        params: ContractFileParams,
        produces: ['application/octet-stream'],
        response: { 401: Problem, 404: Problem },
      },
    },
    async (req, reply) =>
      sendContractFile(app.db, app.config, requireActor(req), reply, req.params.id, req.params.fileId),
  );
  app.get(
    '/api/contracts/:id/document.docx',
    {
      schema: {
        tags,
        summary: 'In hợp đồng, biên bản nghiệm thu, biên bản thanh lý, báo cáo quyết toán (.docx)',
        params: IdParams,
        querystring: z.object({
          form: z.enum(['contract', 'acceptance', 'liquidation', 'settlement']).default('contract'),
        }),
      },
    },
    async (req, reply) => {
      const { name, bytes } = await contractDocx(
        app.db,
        requireActor(req),
        req.params.id,
        req.query.form as ContractForm,
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );
}
