import type { Db } from '../../db/client.ts';
import { LICENCE, paths } from './opendata.config.ts';
import {
  type ExportContext,
  funderOf,
  type Org,
  programmeOf,
  provinceLabel,
  recipientOf,
} from './opendata.context.ts';
import { type GrantRow, grantPage } from './opendata.sql.ts';
import { amountOf, csvLine, keysetPages, scrub } from './opendata.stream.ts';

/**
 * 360Giving Data Standard (https://standard.threesixtygiving.org): one grant per scheme in an approved plan.
 * Field mapping and anonymisation: docs/open-data.md. No contact, no beneficiary name is ever read.
 */
export type Grant = {
  id: string;
  title: string;
  description: string;
  currency: 'VND';
  amountAwarded: number;
  amountDisbursed: number;
  awardDate: string;
  plannedDates?: { startDate?: string; endDate?: string }[];
  recipientOrganization: Org[];
  fundingOrganization: Org[];
  beneficiaryLocation: { name: string; countryCode: 'VN'; geoCode: string }[];
  grantProgramme: { code: string; title: string }[];
  classifications: { vocabulary: string; code: string; title?: string }[];
  /** Additional field: how many establishments benefit (never their names). */
  beneficiaryCount: number;
  dateModified: string;
  dataSource: string;
};

export const CONTENT_VOCABULARY = 'Nội dung hoạt động khuyến công';

/** The Vietnamese date of a UTC instant. */
const vnDateOf = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3600e3).toISOString().slice(0, 10);

export function grantOf(ctx: ExportContext, r: GrantRow): Grant {
  const title = scrub(r.title);
  const planned = r.startDate || r.endDate;
  const province = provinceLabel(ctx, r.provinceCode);
  const contentTitle = ctx.contents.get(r.contentCode);
  return {
    id: `${ctx.settings.grantPrefix}-${r.code}`,
    title,
    description: scrub(r.goals?.trim() || r.title),
    currency: 'VND',
    amountAwarded: amountOf(r.award),
    amountDisbursed: amountOf(r.disbursed),
    awardDate: r.decisionDate ?? vnDateOf(r.approvedAt),
    ...(planned
      ? {
          plannedDates: [
            {
              ...(r.startDate ? { startDate: r.startDate } : {}),
              ...(r.endDate ? { endDate: r.endDate } : {}),
            },
          ],
        }
      : {}),
    recipientOrganization: [recipientOf(ctx, r.implementerOrgId, r.implementerName)],
    fundingOrganization: [funderOf(ctx, r.level, r.provinceCode)],
    beneficiaryLocation: [
      r.unitCode && r.unitName && r.unitCode !== r.provinceCode
        ? { name: `${r.unitName}, ${province}`, countryCode: 'VN', geoCode: r.unitCode }
        : { name: province, countryCode: 'VN', geoCode: r.provinceCode },
    ],
    grantProgramme: [programmeOf(ctx, r.level, r.provinceCode)],
    classifications: [
      {
        vocabulary: CONTENT_VOCABULARY,
        code: r.contentCode,
        ...(contentTitle ? { title: contentTitle } : {}),
      },
    ],
    beneficiaryCount: r.beneficiaries,
    dateModified: r.modified,
    dataSource: `${ctx.base}${paths.grants('json', r.planYear)}`,
  };
}

/** The CSV columns: the standard's column titles (one-row-per-grant summary table), then our additional one. */
export const CSV_COLUMNS: [string, (g: Grant) => string | number | undefined][] = [
  ['Identifier', (g) => g.id],
  ['Title', (g) => g.title],
  ['Description', (g) => g.description],
  ['Currency', (g) => g.currency],
  ['Amount Awarded', (g) => g.amountAwarded],
  ['Amount Disbursed', (g) => g.amountDisbursed],
  ['Award Date', (g) => g.awardDate],
  ['Planned Dates:Start Date', (g) => g.plannedDates?.[0]?.startDate],
  ['Planned Dates:End Date', (g) => g.plannedDates?.[0]?.endDate],
  ['Recipient Org:Identifier', (g) => g.recipientOrganization[0]?.id],
  ['Recipient Org:Name', (g) => g.recipientOrganization[0]?.name],
  ['Beneficiary Location:Name', (g) => g.beneficiaryLocation[0]?.name],
  ['Beneficiary Location:Country Code', (g) => g.beneficiaryLocation[0]?.countryCode],
  ['Beneficiary Location:Geographic Code', (g) => g.beneficiaryLocation[0]?.geoCode],
  ['Funding Org:Identifier', (g) => g.fundingOrganization[0]?.id],
  ['Funding Org:Name', (g) => g.fundingOrganization[0]?.name],
  ['Grant Programme:Code', (g) => g.grantProgramme[0]?.code],
  ['Grant Programme:Title', (g) => g.grantProgramme[0]?.title],
  ['Classifications:Vocabulary', (g) => g.classifications[0]?.vocabulary],
  ['Classifications:Code', (g) => g.classifications[0]?.code],
  ['Classifications:Title', (g) => g.classifications[0]?.title],
  ['Last modified', (g) => g.dateModified],
  ['Data Source', (g) => g.dataSource],
  ['Beneficiary Count', (g) => g.beneficiaryCount],
];

/** Pages of grants over the given plan years, in year then scheme-code order. */
async function* grantPages(db: Db, ctx: ExportContext, years: number[]): AsyncGenerator<Grant[]> {
  for (const year of years)
    for await (const rows of keysetPages(
      (after: string | null, size) => grantPage(db, year, after, size),
      (r) => r.code,
    ))
      yield rows.map((r) => grantOf(ctx, r));
}

/** A 360Giving grants package, streamed page by page: `{…metadata, "grants": [ … ]}`. */
export async function* grantsJson(
  db: Db,
  ctx: ExportContext,
  years: number[],
  self: string,
): AsyncGenerator<string> {
  const head = {
    title: `Đề án khuyến công được hỗ trợ${years.length === 1 ? ` năm ${years[0]}` : ''} (360Giving)`,
    description:
      'Các đề án khuyến công quốc gia và địa phương trong kế hoạch đã phê duyệt: kinh phí hỗ trợ, đơn vị thực hiện, cơ quan cấp kinh phí. Không có thông tin cá nhân.',
    issued: ctx.generatedAt,
    identifier: self.slice(ctx.base.length),
    publisher: { name: ctx.settings.publisher, website: ctx.base },
    downloadURL: self,
    accessURL: `${ctx.base}${paths.catalogue}`,
    license: LICENCE.url,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"grants":[`;
  let first = true;
  for await (const page of grantPages(db, ctx, years)) {
    let s = '';
    for (const g of page) {
      s += `${first ? '\n' : ',\n'}${JSON.stringify(g)}`;
      first = false;
    }
    yield s;
  }
  yield '\n]}\n';
}

/** The same grants as CSV (UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese). */
export async function* grantsCsv(db: Db, ctx: ExportContext, years: number[]): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(CSV_COLUMNS.map(([title]) => title))}`;
  for await (const page of grantPages(db, ctx, years)) {
    let s = '';
    for (const g of page) s += csvLine(CSV_COLUMNS.map(([, get]) => get(g)));
    yield s;
  }
}
