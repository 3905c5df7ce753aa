import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listResponse, Problem } from '../../../../shared/schemas/common.ts';
import {
  CertificateDto,
  ComplaintDto,
  ConflictInput,
  CouncilMemberDto,
  CouncilMemberInput,
  EntryDto,
  EntryInput,
  EntryStatus,
  ProductGroup,
  RecogniseInput,
  ResultsDto,
  RoundDto,
  RoundInput,
  RoundListItem,
  RoundListQuery,
  RoundTransitionInput,
  RoundUpdateInput,
} from '../../../../shared/schemas/products.ts';
import { requireActor } from '../../platform/auth.ts';
import { annexDocx, annexXlsx } from './annex.ts';
import { listComplaints } from './complaints.service.ts';
import * as council from './council.service.ts';
import { listRoundEntries, registerEntry } from './entries.service.ts';
import { sendBinary } from './products.http.ts';
import { productRulesDto } from './products.present.ts';
import { listRoundCertificates, recognise } from './recognition.service.ts';
import * as rounds from './rounds.service.ts';
import { getResults, mySheets } from './scoring.service.ts';

const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['products'];

export function baseUrlOf(req: FastifyRequest): string {
  const configured = req.server.config.PUBLIC_URL;
  return configured ? configured.replace(/\/$/, '') : `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

const EntryListQuery = z.object({
  group: ProductGroup.optional(),
  status: EntryStatus.optional(),
  q: z.string().trim().max(200).optional(),
});

const MySheets = z.object({
  roundId: z.uuid(),
  status: z.string(),
  memberId: z.uuid(),
  criteria: z.array(
    z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), max: z.number().int() }),
  ),
  items: z.array(
    z.object({
      entryId: z.uuid(),
      name: z.string(),
      establishmentName: z.string(),
      group: ProductGroup,
      conflicted: z.boolean(),
      scores: z
        .array(z.object({ criterion: z.string(), points: z.number().int(), note: z.string() }))
        .nullable(),
      total: z.number().int().nullable(),
    }),
  ),
});

async function sendAnnex(
  app: FastifyInstance,
  req: FastifyRequest,
  id: string,
  reply: FastifyReply,
  kind: 'docx' | 'xlsx',
) {
  const actor = requireActor(req);
  const round = await rounds.getRound(app.db, actor, id);
  const certificates = await listRoundCertificates(app.db, actor, round.id, baseUrlOf(req));
  const input = {
    roundName: round.name,
    level: round.level,
    year: round.year,
    organiserName: round.organiserName,
    decisionNumber: round.decisionNumber ?? '…',
    decisionDate: round.decisionDate ?? round.selectionDate,
    certificates,
  };
  const bytes = kind === 'docx' ? await annexDocx(input) : await annexXlsx(input);
  const type =
    kind === 'docx'
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return sendBinary(reply, { type, name: `Phu-luc-${round.code}.${kind}` }, bytes);
}

export async function productRoundRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.db;

  app.get(
    '/api/product-rules',
    {
      schema: {
        tags,
        summary:
          'Quy định bình chọn sản phẩm CNNT tiêu biểu (cấp, nhóm, phiếu chấm, hội đồng, khu vực) kèm căn cứ',
        response: { 200: z.unknown(), 401: Problem },
      },
    },
    async (req) => {
      requireActor(req);
      return productRulesDto(app.db);
    },
  );
  app.get(
    '/api/product-rounds',
    {
      schema: {
        tags,
        summary: 'Danh sách đợt bình chọn',
        querystring: RoundListQuery,
        response: { 200: listResponse(RoundListItem), ...errors },
      },
    },
    async (req) => rounds.listRounds(db(), requireActor(req), req.query),
  );
  app.post(
    '/api/product-rounds',
    {
      schema: {
        tags,
        summary: 'Tạo đợt bình chọn',
        body: RoundInput,
        response: { 201: RoundDto, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await rounds.createRound(db(), requireActor(req), req.body)),
  );
  app.get(
    '/api/product-rounds/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết đợt bình chọn, hội đồng và quyền thao tác',
        params: IdParams,
        response: { 200: RoundDto, ...errors },
      },
    },
    async (req) => rounds.getRound(db(), requireActor(req), req.params.id),
  );
  app.patch(
    '/api/product-rounds/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đợt bình chọn (trước khi chấm điểm)',
        params: IdParams,
        body: RoundUpdateInput,
        response: { 200: RoundDto, ...errors },
      },
    },
    async (req) => rounds.updateRound(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/product-rounds/:id/transition',
    {
      schema: {
        tags,
        summary: 'Chuyển trạng thái đợt: mở đăng ký, bắt đầu chấm, công bố kết quả, kết thúc',
        params: IdParams,
        body: RoundTransitionInput,
        response: { 200: RoundDto, ...errors },
      },
    },
    async (req) => rounds.transitionRound(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/product-rounds/:id/council',
    {
      schema: {
        tags,
        summary: 'Thêm thành viên hội đồng',
        params: IdParams,
        body: CouncilMemberInput,
        response: { 201: CouncilMemberDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await council.addMember(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/product-rounds/:id/council-candidates',
    {
      schema: {
        tags,
        summary: 'Người có thể mời vào hội đồng (vai trò thành viên hội đồng, đang hoạt động)',
        params: IdParams,
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: {
          200: z.array(
            z.object({ id: z.uuid(), fullName: z.string(), email: z.string(), organisationName: z.string() }),
          ),
          ...errors,
        },
      },
    },
    async (req) => council.councilCandidates(db(), requireActor(req), req.params.id, req.query.q),
  );
  app.delete(
    '/api/product-rounds/:id/council/:memberId',
    {
      schema: {
        tags,
        summary: 'Bớt thành viên hội đồng (trước khi chấm điểm)',
        params: z.object({ id: z.uuid(), memberId: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await council.removeMember(db(), requireActor(req), req.params.id, req.params.memberId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/product-rounds/:id/conflicts',
    {
      schema: {
        tags,
        summary: 'Khai báo xung đột lợi ích của thành viên với một cơ sở',
        params: IdParams,
        body: ConflictInput,
        response: { 201: CouncilMemberDto.shape.conflicts.element, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await council.declareConflict(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/product-rounds/:id/entries',
    {
      schema: {
        tags,
        summary: 'Sản phẩm đăng ký trong đợt (theo phạm vi)',
        params: IdParams,
        querystring: EntryListQuery,
        response: { 200: z.array(EntryDto), ...errors },
      },
    },
    async (req) => listRoundEntries(db(), requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/api/product-rounds/:id/entries',
    {
      schema: {
        tags,
        summary: 'Đăng ký sản phẩm tham gia bình chọn (cơ sở hoặc cán bộ thay mặt cơ sở)',
        params: IdParams,
        body: EntryInput,
        response: { 201: EntryDto, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await registerEntry(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/product-rounds/:id/my-sheets',
    {
      schema: {
        tags,
        summary: 'Phiếu chấm của thành viên hội đồng',
        params: IdParams,
        response: { 200: MySheets, ...errors },
      },
    },
    async (req) => mySheets(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/api/product-rounds/:id/results',
    {
      schema: {
        tags,
        summary: 'Tiến độ chấm và bảng kết quả (điểm bình quân, độ lệch, xếp hạng theo nhóm)',
        params: IdParams,
        response: { 200: ResultsDto, ...errors },
      },
    },
    async (req) => getResults(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/api/product-rounds/:id/recognise',
    {
      schema: {
        tags,
        summary: 'Quyết định công nhận và cấp giấy chứng nhận cho sản phẩm đạt',
        params: IdParams,
        body: RecogniseInput,
        response: { 201: z.array(CertificateDto), ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await recognise(db(), requireActor(req), req.params.id, req.body, baseUrlOf(req))),
  );
  app.get(
    '/api/product-rounds/:id/certificates',
    {
      schema: {
        tags,
        summary: 'Giấy chứng nhận đã cấp trong đợt',
        params: IdParams,
        response: { 200: z.array(CertificateDto), ...errors },
      },
    },
    async (req) => listRoundCertificates(db(), requireActor(req), req.params.id, baseUrlOf(req)),
  );
  app.get(
    '/api/product-rounds/:id/complaints',
    {
      schema: {
        tags,
        summary: 'Khiếu nại về kết quả bình chọn',
        params: IdParams,
        response: { 200: z.array(ComplaintDto), ...errors },
      },
    },
    async (req) => listComplaints(db(), requireActor(req), req.params.id),
  );
  for (const kind of ['docx', 'xlsx'] as const)
    app.get(
      `/api/product-rounds/:id/annex.${kind}`,
      {
        schema: {
          tags,
          summary: `Phụ lục quyết định công nhận (.${kind})`,
          params: IdParams,
          produces: ['application/octet-stream'],
          response: errors,
        },
      },
      async (req, reply) => sendAnnex(app, req, req.params.id, reply as FastifyReply, kind),
    );
}
