import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../../../shared/schemas/common.ts';
import { OpenDataCatalogue } from '../../../../shared/schemas/opendata.ts';
import { AppError } from '../../platform/errors.ts';
import { vnToday } from '../calls/index.ts';
import { contentDisposition } from '../files/index.ts';
import { catalogueOf } from './opendata.catalogue.ts';
import { FIRST_YEAR, OPEN_DATA_PATH, openDataSettings } from './opendata.config.ts';
import { type ExportContext, exportContext } from './opendata.context.ts';
import { grantsCsv, grantsJson } from './opendata.giving.ts';
import { releasesJson } from './opendata.ocds.ts';
import { freshness, grantYears } from './opendata.sql.ts';

/** Bumped when the files' shape changes, so caches holding an older shape revalidate. */
const FORMAT_VERSION = '1';
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

export function baseUrlOf(req: FastifyRequest): string {
  const configured = req.server.config.PUBLIC_URL;
  return configured ? configured.replace(/\/+$/, '') : `${req.protocol}://${req.host}`;
}

/** "2025" → 2025; anything else 400, a year outside the programme 404 (a year without data is an empty file). */
export function parseYear(raw: string, today = vnToday()): number {
  if (!/^\d{4}$/.test(raw)) throw new AppError('OPEN_DATA_YEAR_INVALID', { year: raw.slice(0, 20) });
  const year = Number(raw);
  const last = Number(today.slice(0, 4)) + 1;
  if (year < FIRST_YEAR || year > last)
    throw new AppError('OPEN_DATA_YEAR_NOT_FOUND', { year, from: FIRST_YEAR, to: last });
  return year;
}

const YearParams = z.object({ year: z.string().max(40) });
const fileDescription =
  'Công khai, không cần đăng nhập; giấy phép CC BY 4.0. Không chứa thông tin cá nhân (người liên hệ, điện thoại, email, tên hộ kinh doanh/cá nhân thụ hưởng). ' +
  'Tệp được truyền dần (streaming), có ETag/Last-Modified để tải lại có điều kiện. Mô tả trường dữ liệu: docs/open-data.md.';

/** The public open-data downloads (360Giving grants, OCDS releases) and their catalogue; no session needed. */
export async function openDataRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const settings = openDataSettings();
  const tags = ['open-data'];

  /** Answers 304 when the client holds the current version; otherwise streams what `produce` writes. */
  async function download(
    req: FastifyRequest,
    reply: FastifyReply,
    file: { name: string; type: string },
    produce: (ctx: ExportContext, self: string) => AsyncIterable<string>,
  ) {
    const base = baseUrlOf(req);
    const path = req.url.split('?')[0] ?? '';
    const fresh = await freshness(app.db);
    const etag = `W/"${createHash('sha1')
      .update([FORMAT_VERSION, base, path, JSON.stringify(settings), fresh.signature].join('\n'))
      .digest('hex')
      .slice(0, 27)}"`;
    reply.header('cache-control', 'public, max-age=300').header('etag', etag);
    if (fresh.lastModified) reply.header('last-modified', new Date(fresh.lastModified).toUTCString());
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    const ctx = await exportContext(app.db, settings, base);
    reply.type(file.type).header('content-disposition', contentDisposition(file.name));
    return reply.send(Readable.from(produce(ctx, `${base}${path}`), { objectMode: false }));
  }

  const allYears = async () => (await grantYears(app.db)).map((y) => y.year);
  const yearOf = (req: { params: { year: string } }) => parseYear(req.params.year);
  const fileSchema = (summary: string) => ({
    tags,
    summary,
    description: fileDescription,
    security: [],
    response: { 400: Problem, 404: Problem },
  });
  const yearFileSchema = (summary: string) => ({ ...fileSchema(summary), params: YearParams });

  app.get(
    OPEN_DATA_PATH,
    {
      schema: {
        tags,
        summary: 'Danh mục dữ liệu mở: các bộ dữ liệu, định dạng, đường dẫn tải theo năm, giấy phép',
        description: fileDescription,
        security: [],
        response: { 200: OpenDataCatalogue },
      },
    },
    async (req, reply) => {
      const fresh = await freshness(app.db);
      reply.header('cache-control', 'public, max-age=300');
      return catalogueOf(app.db, settings, baseUrlOf(req), fresh.lastModified);
    },
  );

  app.get(
    `${OPEN_DATA_PATH}/360giving/grants.json`,
    { schema: fileSchema('Đề án được hỗ trợ, mọi năm — chuẩn 360Giving (JSON)') },
    async (req, reply) => {
      const years = await allYears();
      return download(
        req,
        reply,
        { name: 'khuyencong-360giving-grants.json', type: JSON_TYPE },
        (ctx, self) => grantsJson(app.db, ctx, years, self),
      );
    },
  );
  app.get(
    `${OPEN_DATA_PATH}/360giving/grants.csv`,
    { schema: fileSchema('Đề án được hỗ trợ, mọi năm — chuẩn 360Giving (CSV)') },
    async (req, reply) => {
      const years = await allYears();
      return download(req, reply, { name: 'khuyencong-360giving-grants.csv', type: CSV_TYPE }, (ctx) =>
        grantsCsv(app.db, ctx, years),
      );
    },
  );
  app.get(
    `${OPEN_DATA_PATH}/360giving/grants-:year.json`,
    { schema: yearFileSchema('Đề án được hỗ trợ trong kế hoạch một năm — chuẩn 360Giving (JSON)') },
    async (req, reply) => {
      const year = yearOf(req);
      return download(
        req,
        reply,
        { name: `khuyencong-360giving-grants-${year}.json`, type: JSON_TYPE },
        (ctx, self) => grantsJson(app.db, ctx, [year], self),
      );
    },
  );
  app.get(
    `${OPEN_DATA_PATH}/360giving/grants-:year.csv`,
    { schema: yearFileSchema('Đề án được hỗ trợ trong kế hoạch một năm — chuẩn 360Giving (CSV)') },
    async (req, reply) => {
      const year = yearOf(req);
      return download(
        req,
        reply,
        { name: `khuyencong-360giving-grants-${year}.csv`, type: CSV_TYPE },
        (ctx) => grantsCsv(app.db, ctx, [year]),
      );
    },
  );
  app.get(
    `${OPEN_DATA_PATH}/ocds/releases.json`,
    { schema: fileSchema('Hợp đồng, điều chỉnh, ngừng thực hiện, mọi năm — gói release OCDS 1.1') },
    async (req, reply) =>
      download(req, reply, { name: 'khuyencong-ocds-releases.json', type: JSON_TYPE }, (ctx, self) =>
        releasesJson(app.db, ctx, null, self),
      ),
  );
  app.get(
    `${OPEN_DATA_PATH}/ocds/releases-:year.json`,
    {
      schema: yearFileSchema('Hợp đồng của kế hoạch một năm và các điều chỉnh, ngừng — gói release OCDS 1.1'),
    },
    async (req, reply) => {
      const year = yearOf(req);
      return download(
        req,
        reply,
        { name: `khuyencong-ocds-releases-${year}.json`, type: JSON_TYPE },
        (ctx, self) => releasesJson(app.db, ctx, year, self),
      );
    },
  );
}
