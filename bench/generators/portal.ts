import type { Database } from '../../server/src/db/client.ts';
import { portalItems } from '../../server/src/modules/portal/portal.tables.ts';
import { searchTitleOf, searchVectorOf } from '../../server/src/modules/portal/search.ts';
import { slugify } from '../../server/src/modules/portal/slug.ts';
import { provinces2025 } from '../../server/src/modules/reference/provinces-2025.data.ts';
import { insertRows } from '../lib/batch.ts';
import { crafts, personName, placeName } from '../lib/names.ts';
import type { Rng } from '../lib/prng.ts';
import { type Generator, scaled } from './types.ts';

const shortProvince = (name: string) => name.replace(/^Thành phố /, '');

const titleShapes: readonly ((craft: string, place: string, province: string, year: number) => string)[] = [
  (c, p, v) => `${v}: hỗ trợ cơ sở ${c.toLowerCase()} ${p} ứng dụng máy móc tiên tiến`,
  (c, p) => `Khai giảng lớp đào tạo nghề ${c.toLowerCase()} cho lao động nông thôn ${p}`,
  (c, _p, v, y) =>
    `Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh ${v} năm ${y}: nhóm ${c.toLowerCase()}`,
  (c, p) => `Mô hình trình diễn kỹ thuật sản xuất ${c.toLowerCase()} tại ${p}`,
  (_c, _p, v, y) => `${v} triển khai kế hoạch khuyến công địa phương năm ${y}`,
  (c, p, v) => `Hội thảo nâng cao năng lực quản lý cho cơ sở ${c.toLowerCase()} ${p}, ${v}`,
  (c, _p, v) => `Xây dựng thương hiệu cho sản phẩm ${c.toLowerCase()} của ${v}`,
  (c, p) => `Hợp tác xã ${c} ${p} đổi mới công nghệ nhờ kinh phí khuyến công`,
  (_c, _p, v, y) => `Nghiệm thu các đề án khuyến công quốc gia năm ${y} tại ${v}`,
  (c, _p, v) => `Hỗ trợ xử lý ô nhiễm môi trường cho làng nghề ${c.toLowerCase()} ${v}`,
];

const sentences: readonly ((c: string, p: string, v: string, who: string, y: number) => string)[] = [
  (c, p, v) =>
    `Sở Công Thương ${v} phối hợp với Trung tâm Khuyến công tổ chức khảo sát nhu cầu của các cơ sở ${c.toLowerCase()} tại ${p}.`,
  (c) =>
    `Đề án hỗ trợ ứng dụng máy móc tiên tiến giúp các cơ sở ${c.toLowerCase()} nâng năng suất, giảm chi phí nhân công và ổn định chất lượng sản phẩm.`,
  (_c, _p, _v, who) =>
    `Theo ông (bà) ${who}, chủ cơ sở, kinh phí khuyến công đã giúp cơ sở mạnh dạn đầu tư dây chuyền mới.`,
  (_c, _p, _v, _w, y) =>
    `Năm ${y}, kinh phí khuyến công được tập trung cho đề án điểm, đề án nhóm và các cơ sở có sản phẩm tiêu biểu.`,
  () =>
    `Hoạt động khuyến công cần khắc phục và giảm mạnh việc xây dựng các đề án dàn trải, phân tán, nhỏ lẻ, hiệu quả thấp.`,
  (c) =>
    `Lớp đào tạo nghề ${c.toLowerCase()} có 35 học viên là lao động nông thôn, sau khóa học phần lớn có việc làm ổn định.`,
  () =>
    `Các đơn vị thực hiện cần bám sát tiến độ, báo cáo định kỳ và hoàn thiện hồ sơ nghiệm thu, thanh lý hợp đồng đúng hạn.`,
  (_c, p) =>
    `Chính quyền xã ${p} cam kết tạo điều kiện về mặt bằng sản xuất và kết nối tiêu thụ cho các hộ tham gia.`,
  (c) =>
    `Sản phẩm ${c.toLowerCase()} được giới thiệu tại hội chợ, triển lãm và trên các sàn thương mại điện tử.`,
  () =>
    `Đẩy mạnh các hoạt động hỗ trợ phi tài chính, nâng cao năng lực cạnh tranh và năng suất chất lượng của các cơ sở công nghiệp nông thôn.`,
];

const categories = [
  'tin-hoat-dong',
  'tin-hoat-dong',
  'tin-hoat-dong',
  'chinh-sach',
  'thong-bao',
  'xuc-tien-thuong-mai',
  'guong-dien-hinh',
];

type Author = { id: string; fullName: string; organisationId: string; provinceCode: string | null };

async function authorsOf(database: Database): Promise<Author[]> {
  const rows = await database.raw<{
    id: string;
    full_name: string;
    organisation_id: string;
    province_code: string | null;
  }>(
    `select id, full_name, organisation_id, province_code from users
      where role in ('agency_officer', 'department_officer') order by email limit 200`,
  );
  if (rows.length === 0)
    throw new Error('portal generator: no officers to author articles (seed identity first)');
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    organisationId: r.organisation_id,
    provinceCode: r.province_code,
  }));
}

/** One article with a realistic Vietnamese title and a 6–12 sentence body (about 1.5–3 KB). */
function* articles(rng: Rng, count: number, authors: Author[], now: number) {
  const tenYears = 10 * 365 * 86400_000;
  for (let i = 0; i < count; i++) {
    const author = rng.pick(authors);
    const province = author.provinceCode
      ? (provinces2025.find((p) => p.code === author.provinceCode) ?? rng.pick(provinces2025))
      : rng.pick(provinces2025);
    const v = shortProvince(province.name);
    const c = rng.pick(crafts);
    const p = placeName(rng);
    const publishedAt = new Date(now - Math.floor(rng.next() * tenYears));
    const y = publishedAt.getUTCFullYear();
    const title = rng.pick(titleShapes)(c, p, v, y);
    const who = personName(rng).fullName;
    const paragraphs: string[] = [];
    const n = rng.int(3, 6);
    for (let k = 0; k < n; k++) {
      paragraphs.push(`${rng.pick(sentences)(c, p, v, who, y)} ${rng.pick(sentences)(c, p, v, who, y)}`);
    }
    const summary = paragraphs[0]!;
    const bodyText = paragraphs.join('\n');
    const tags = [c, v];
    const status = rng.chance(0.96) ? 'published' : 'draft';
    yield {
      kind: 'article',
      slug: `${slugify(title).slice(0, 80)}-b${i.toString(36)}`,
      title,
      summary,
      bodyHtml: paragraphs.map((s) => `<p>${s}</p>`).join('\n'),
      category: rng.pick(categories),
      tags,
      provinceCode: author.provinceCode,
      organisationId: author.organisationId,
      authorId: author.id,
      authorName: author.fullName,
      status,
      publishedAt: status === 'published' ? publishedAt : null,
      searchTitle: searchTitleOf(title),
      searchVector: searchVectorOf([title, summary, tags.join(' '), bodyText]),
    } satisfies typeof portalItems.$inferInsert;
  }
}

/** Inserts `count` generated articles; returns how many. Used by the generator and by bench/portal.ts. */
export async function generatePortalArticles(
  database: Database,
  rng: Rng,
  count: number,
  now = Date.now(),
): Promise<number> {
  const authors = await authorsOf(database);
  return insertRows(database, portalItems, articles(rng, count, authors, now), { rowsPerTx: 5000 });
}

/** DESIGN §6: 10,000 portal articles over ten years at scale 1. */
export const portalGenerator: Generator = {
  name: 'portal',
  describe: '10.000 tin bài cổng thông tin (10 năm, 34 tỉnh và Cục)',
  run: async (ctx) => {
    const n = await generatePortalArticles(ctx.database, ctx.rng, scaled(10_000, ctx.scale, 50));
    return { rows: { portal_items: n } };
  },
};
