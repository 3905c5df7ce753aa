import { type ChangeKind, changeKindLabels } from '../../../../shared/schemas/contracts-monitoring.ts';
import type { Db } from '../../db/client.ts';
import { LICENCE, paths } from './opendata.config.ts';
import { type ExportContext, funderOf, type Org, recipientOf } from './opendata.context.ts';
import { changePage, type EventRow, keyOf, liquidatedPage, signedPage } from './opendata.sql.ts';
import { amountOf, chunked, keysetPages, mergeSorted, scrub, vnStartOfDay } from './opendata.stream.ts';

/**
 * Open Contracting Data Standard 1.1 release packages (https://standard.open-contracting.org/1.1/):
 * one contracting process (ocid) per scheme, one release per event — the contract signed (`contract`), each
 * approved change request (`contractAmendment`), a stop or the liquidation (`contractTermination`) — in date
 * order. Mapping: docs/open-data.md.
 */
type Value = { amount: number; currency: 'VND' };
type Amendment = { id: string; date: string; rationale: string; description: string };

export type Release = {
  ocid: string;
  id: string;
  date: string;
  tag: ('contract' | 'contractAmendment' | 'contractTermination')[];
  initiationType: 'tender';
  language: 'vi';
  parties: (Org & { roles: ('buyer' | 'supplier')[] })[];
  buyer: Org;
  awards: { id: string; title: string; status: 'active'; date: string; value: Value; suppliers: Org[] }[];
  contracts: {
    id: string;
    awardID: string;
    title: string;
    status: 'pending' | 'active' | 'cancelled' | 'terminated';
    period: { startDate: string; endDate: string };
    value: Value;
    dateSigned?: string;
    amendments?: Amendment[];
  }[];
};

const vnd = (text: string | null): Value => ({ amount: amountOf(text), currency: 'VND' });
const vnDateOf = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3600e3).toISOString().slice(0, 10);
const money = (text: string) => `${amountOf(text).toLocaleString('vi-VN')} đồng`;

/** What changed, in words: the kinds of change, the amount, the decision. */
function changeDescription(r: EventRow): string {
  const kinds = (r.changeKinds ?? []) as ChangeKind[];
  const parts = [kinds.map((k) => changeKindLabels[k]?.vi ?? k).join(', ')];
  if (r.changeAmount && kinds.includes('funding_increase')) parts.push(`tăng ${money(r.changeAmount)}`);
  if (r.changeAmount && kinds.includes('funding_decrease')) parts.push(`giảm ${money(r.changeAmount)}`);
  if (r.decisionNumber) parts.push(`quyết định số ${r.decisionNumber}`);
  return parts.join('; ');
}

export function releaseOf(ctx: ExportContext, r: EventRow): Release {
  const buyer = funderOf(ctx, r.level, r.provinceCode);
  const supplier = recipientOf(ctx, r.implementerOrgId, r.implementerName);
  const title = scrub(r.title);
  const awardId = `${r.code}-award`;
  const stop = r.kind === 'change' && (r.changeKinds ?? []).includes('stop');
  const date = r.kind === 'change' ? r.date : vnStartOfDay(r.date);
  // Was the contract signed when the event happened? A change decided on the signing day counts as after it.
  const signedThen = r.signedDate !== null && (r.kind !== 'change' || r.signedDate <= vnDateOf(r.date));
  const status =
    r.kind === 'liquidated'
      ? 'terminated'
      : stop
        ? signedThen
          ? 'terminated'
          : 'cancelled'
        : signedThen
          ? 'active'
          : 'pending';
  const tag =
    r.kind === 'signed'
      ? 'contract'
      : stop || r.kind === 'liquidated'
        ? 'contractTermination'
        : 'contractAmendment';
  return {
    ocid: `${ctx.settings.ocidPrefix}-${r.code}`,
    id: `${r.kind}-${r.id}`,
    date,
    tag: [tag],
    initiationType: 'tender',
    language: 'vi',
    parties: [
      { ...buyer, roles: ['buyer'] },
      { ...supplier, roles: ['supplier'] },
    ],
    buyer,
    awards: [
      {
        id: awardId,
        title,
        status: 'active',
        date: r.awardDate,
        value: vnd(r.awardAmount),
        suppliers: [supplier],
      },
    ],
    contracts: [
      {
        id: r.contractId,
        awardID: awardId,
        title,
        status,
        period: { startDate: vnStartOfDay(r.startDate), endDate: `${r.endDate}T23:59:59+07:00` },
        value: vnd(r.value),
        ...(r.signedDate && signedThen ? { dateSigned: vnStartOfDay(r.signedDate) } : {}),
        ...(r.kind === 'change'
          ? {
              amendments: [
                {
                  id: r.id,
                  date: r.date,
                  rationale: scrub(r.reason ?? ''),
                  description: changeDescription(r),
                },
              ],
            }
          : {}),
      },
    ],
  };
}

const rank = { signed: 0, change: 1, liquidated: 2 } as const;
const byDate = (a: EventRow, b: EventRow) =>
  a.at < b.at
    ? -1
    : a.at > b.at
      ? 1
      : rank[a.kind] - rank[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The events of a year (null = every year), merged in date order from three keyset-paged sources. */
export function events(db: Db, year: number | null): AsyncGenerator<EventRow> {
  const source = (page: typeof signedPage) =>
    keysetPages((after: ReturnType<typeof keyOf> | null, size) => page(db, year, after, size), keyOf);
  return mergeSorted([source(signedPage), source(changePage), source(liquidatedPage)], byDate);
}

/** An OCDS 1.1 release package, streamed: the package metadata, then the releases one by one. */
export async function* releasesJson(
  db: Db,
  ctx: ExportContext,
  year: number | null,
  self: string,
): AsyncGenerator<string> {
  const head = {
    uri: self,
    version: '1.1',
    publishedDate: ctx.generatedAt,
    publisher: { name: ctx.settings.publisher, uri: ctx.base },
    license: LICENCE.url,
    publicationPolicy: `${ctx.base}${paths.catalogue}`,
  };
  async function* parts(): AsyncGenerator<string> {
    yield `${JSON.stringify(head).slice(0, -1)},"releases":[`;
    let first = true;
    for await (const e of events(db, year)) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(releaseOf(ctx, e))}`;
      first = false;
    }
    yield '\n]}\n';
  }
  yield* chunked(parts());
}
