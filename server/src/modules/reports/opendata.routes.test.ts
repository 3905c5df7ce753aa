import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { demo, signIn, type TestApp, testApp } from '../../test/http.ts';
import { currentPlanYear } from '../calls/index.ts';
import type { Grant } from './opendata.giving.ts';
import type { Release } from './opendata.ocds.ts';

/**
 * Fixture: the seeded An Giang local plan of the current cycle (five schemes of TTKC An Giang, 300 tr đồng
 * each; contract 1 signed with a 210 tr advance, contract 2 signed, contract 3 in draft, two assigned without
 * a contract), then through the real API: a 20 tr reduction on contract 1 (its reason carries a phone number
 * and an e-mail) and a stop of contract 2, both approved by the department's leader. Scheme 3 gets contacts.
 */
let t: TestApp;
const year = currentPlanYear();
const BASE = '/api/public/open-data';
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
type Row = { schemeId: string; code: string; contractId: string | null };
let schemes: Row[];
const changeIds: string[] = [];
const CONTACT = { name: 'Nguyễn Thị Liên', phone: '0912 345 678', email: 'lien.nguyen@tanchau.vn' };

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

beforeAll(async () => {
  t = await testApp();
  const db = t.database.db;
  schemes = await queryRows<Row>(
    db,
    sql`SELECT l.scheme_id AS "schemeId", s.code, c.contract_id AS "contractId"
    FROM rpt_plan_lines l JOIN rpt_schemes s ON s.scheme_id = l.scheme_id
    LEFT JOIN rpt_contracts c ON c.scheme_id = l.scheme_id
    WHERE l.plan_year = ${year} ORDER BY s.code`,
  );
  const centre = await signIn(t.app, demo.centreStaff);
  const dept = await signIn(t.app, demo.angiangOfficer);
  const leader = await signIn(t.app, demo.angiangLeader);
  const change = async (schemeId: string, body: Record<string, unknown>, decisionNumber: string) => {
    const s = (await dept.get(`/api/schemes/${schemeId}`)).json() as { version: number };
    const who = body.kinds && (body.kinds as string[]).includes('stop') ? dept : centre;
    const raised = await who.post(`/api/schemes/${schemeId}/change-requests`, {
      changes: {},
      documents: [],
      schemeVersion: s.version,
      ...body,
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const cr = raised.json() as { id: string; version: number };
    const ok = await leader.post(`/api/change-requests/${cr.id}/decision`, {
      decision: 'approve',
      version: cr.version,
      decisionNumber,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    changeIds.push(cr.id);
  };
  const [s1, s2, s3] = schemes;
  await change(
    s1!.schemeId,
    {
      kinds: ['funding_decrease'],
      amount: '20000000',
      reason: 'Giá máy giảm; liên hệ anh Ba 0987 654 321 hoặc ba.tran@example.vn',
    },
    '15/QĐ-SCT',
  );
  await change(
    s2!.schemeId,
    { kinds: ['stop'], reason: 'Cơ sở không còn đủ điều kiện đối ứng' },
    '16/QĐ-SCT',
  );
  await db.execute(
    sql`UPDATE schemes SET contacts = ${JSON.stringify([CONTACT])}::jsonb WHERE id = ${s3!.schemeId}`,
  );
}, 120_000);

describe('360Giving', () => {
  it('publishes every grant of the year with exact current amounts and the required fields', async () => {
    const res = await get(`${BASE}/360giving/grants-${year}.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`khuyencong-360giving-grants-${year}.json`);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.json() as { grants: Grant[]; license: string };
    expect(body.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(body.grants.map((g) => g.id)).toEqual(schemes.map((s) => `360G-khuyencong-${s.code}`));
    // reduced to 280 tr and 210 tr advanced; stopped with nothing paid; three at their assigned 300 tr
    expect(body.grants.map((g) => [g.amountAwarded, g.amountDisbursed])).toEqual([
      [280_000_000, 210_000_000],
      [0, 0],
      [300_000_000, 0],
      [300_000_000, 0],
      [300_000_000, 0],
    ]);
    const g = body.grants[0]!;
    expect(g).toMatchObject({
      title: 'Máy dệt kiếm tự động, đợt 1 (khuyến công địa phương)',
      description: 'Nâng năng suất dệt lụa, ổn định chất lượng.',
      currency: 'VND',
      awardDate: `${year - 1}-12-15`,
      plannedDates: [{ startDate: `${year}-03-01`, endDate: `${year}-10-31` }],
      fundingOrganization: [{ id: '360G-khuyencong-ORG-SCT-91', name: 'Sở Công Thương tỉnh An Giang' }],
      recipientOrganization: [{ name: 'Trung tâm Khuyến công An Giang' }],
      grantProgramme: [{ code: 'KCDP-91', title: 'Chương trình khuyến công địa phương tỉnh An Giang' }],
      classifications: [{ vocabulary: 'Nội dung hoạt động khuyến công', code: 'ND45-3' }],
      beneficiaryCount: 1,
      dataSource: `http://localhost:80${BASE}/360giving/grants-${year}.json`,
    });
    expect(g.recipientOrganization[0]!.id).toMatch(/^360G-khuyencong-ORG-[0-9a-f-]{36}$/);
    expect(g.beneficiaryLocation[0]).toMatchObject({ countryCode: 'VN' });
    expect(g.beneficiaryLocation[0]!.name).toMatch(/, An Giang$/);
    expect(Date.parse(g.dateModified)).not.toBeNaN();
  });

  it('writes the same grants as CSV with the standard column titles', async () => {
    const res = await get(`${BASE}/360giving/grants-${year}.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header!.slice(0, 7)).toEqual([
      'Identifier',
      'Title',
      'Description',
      'Currency',
      'Amount Awarded',
      'Amount Disbursed',
      'Award Date',
    ]);
    expect(header).toContain('Recipient Org:Identifier');
    expect(header).toContain('Funding Org:Name');
    expect(rows).toHaveLength(5);
    const col = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
    expect(col('Amount Awarded')).toEqual(['280000000', '0', '300000000', '300000000', '300000000']);
    expect(col('Identifier')[0]).toBe(`360G-khuyencong-${schemes[0]!.code}`);
    expect(col('Description')[0]).toBe('Nâng năng suất dệt lụa, ổn định chất lượng.');
    expect(col('Funding Org:Name')[0]).toBe('Sở Công Thương tỉnh An Giang');
    expect(col('Beneficiary Count')).toEqual(['1', '1', '1', '1', '1']);
    expect(res.body).toContain('"Nâng năng suất dệt lụa, ổn định chất lượng."');
  });

  it('gives a valid empty file for a year without data, and rejects an invalid year', async () => {
    const empty = await get(`${BASE}/360giving/grants-2015.json`);
    expect(empty.statusCode).toBe(200);
    expect((empty.json() as { grants: unknown[] }).grants).toEqual([]);
    const csv = await get(`${BASE}/360giving/grants-2015.csv`);
    expect(parseCsv(csv.body.slice(1))).toHaveLength(1);
    const bad = await get(`${BASE}/360giving/grants-20x5.json`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'OPEN_DATA_YEAR_INVALID' });
    const old = await get(`${BASE}/ocds/releases-1990.json`);
    expect(old.statusCode).toBe(404);
    expect(old.json()).toMatchObject({ code: 'OPEN_DATA_YEAR_NOT_FOUND' });
  });

  it('answers 304 to a client holding the current version, and a new version after a change', async () => {
    const url = `${BASE}/360giving/grants.json`;
    const first = await get(url);
    const etag = String(first.headers.etag);
    expect(first.headers['last-modified']).toMatch(/GMT$/);
    expect((await get(url, { 'if-none-match': etag })).statusCode).toBe(304);
    const dept = await signIn(t.app, demo.angiangOfficer);
    const c1 = schemes[0]!.contractId!;
    const c = (await dept.get(`/api/contracts/${c1}`)).json() as { version: number };
    // a recovery of 1 tr changes what was disbursed, so the file and its ETag change
    const paid = await dept.post(`/api/contracts/${c1}/money`, {
      kind: 'recovery',
      amount: '1000000',
      date: new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10),
      reference: 'Thu hồi tạm ứng 01',
      contractVersion: c.version,
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const after = await get(url, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const g = (after.json() as { grants: Grant[] }).grants.find((x) => x.id.endsWith(schemes[0]!.code))!;
    expect(g.amountDisbursed).toBe(209_000_000);
  });
});

describe('OCDS', () => {
  it('publishes a release per event in date order: signed, amended, terminated', async () => {
    const res = await get(`${BASE}/ocds/releases-${year}.json`);
    expect(res.statusCode).toBe(200);
    const pkg = res.json() as {
      version: string;
      uri: string;
      releases: Release[];
      publicationPolicy: string;
    };
    expect(pkg.version).toBe('1.1');
    expect(pkg.uri).toBe(`http://localhost:80${BASE}/ocds/releases-${year}.json`);
    const [s1, s2] = schemes;
    const rel = pkg.releases;
    expect(rel.map((r) => [r.ocid, r.tag[0]])).toEqual([
      ...[s1!, s2!]
        .sort((a, b) => (a.contractId! < b.contractId! ? -1 : 1))
        .map((s) => [`ocds-khcong-${s.code}`, 'contract']),
      [`ocds-khcong-${s1!.code}`, 'contractAmendment'],
      [`ocds-khcong-${s2!.code}`, 'contractTermination'],
    ]);
    const dates = rel.map((r) => Date.parse(r.date));
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    const signed1 = rel.find((r) => r.ocid.endsWith(s1!.code) && r.tag[0] === 'contract')!;
    expect(signed1.contracts[0]).toMatchObject({
      status: 'active',
      value: { amount: 300_000_000, currency: 'VND' },
    });
    expect(signed1.contracts[0]!.dateSigned).toMatch(/T00:00:00\+07:00$/);
    expect(signed1.buyer).toEqual({ id: '360G-khuyencong-ORG-SCT-91', name: 'Sở Công Thương tỉnh An Giang' });
    expect(signed1.parties.map((p) => p.roles[0])).toEqual(['buyer', 'supplier']);
    expect(signed1.awards[0]).toMatchObject({
      status: 'active',
      value: { amount: 300_000_000, currency: 'VND' },
    });
    const amended = rel[2]!;
    expect(amended.contracts[0]).toMatchObject({ status: 'active', value: { amount: 280_000_000 } });
    expect(amended.contracts[0]!.amendments).toEqual([
      {
        id: changeIds[0],
        date: amended.date,
        rationale: 'Giá máy giảm; liên hệ anh Ba [đã ẩn] hoặc [đã ẩn]',
        description: 'Giảm kinh phí; giảm 20.000.000 đồng; quyết định số 15/QĐ-SCT',
      },
    ]);
    const stopped = rel[3]!;
    expect(stopped.contracts[0]).toMatchObject({ status: 'terminated', value: { amount: 300_000_000 } });
    expect(stopped.contracts[0]!.amendments![0]).toMatchObject({
      id: changeIds[1],
      rationale: 'Cơ sở không còn đủ điều kiện đối ứng',
    });
    // every year: the same releases of this year's plan among the others, all in date order
    const all = (await get(`${BASE}/ocds/releases.json`)).json() as { releases: Release[] };
    const ocids = new Set(rel.map((r) => r.ocid));
    expect(all.releases.filter((r) => ocids.has(r.ocid)).map((r) => r.id)).toEqual(rel.map((r) => r.id));
    const allDates = all.releases.map((r) => Date.parse(r.date));
    expect([...allDates].sort((a, b) => a - b)).toEqual(allDates);
    const none = (await get(`${BASE}/ocds/releases-2015.json`)).json() as { releases: Release[] };
    expect(none.releases).toEqual([]);
  });
});

describe('anonymisation and catalogue', () => {
  it('never publishes contacts or beneficiary names', async () => {
    for (const url of [
      `${BASE}/360giving/grants.json`,
      `${BASE}/360giving/grants.csv`,
      `${BASE}/ocds/releases.json`,
    ]) {
      const body = (await get(url)).body;
      expect(body).toContain(schemes[url.includes('ocds') ? 0 : 2]!.code);
      for (const secret of [
        CONTACT.name,
        CONTACT.email,
        CONTACT.phone,
        '0987 654 321',
        'ba.tran@example.vn',
        'Hợp tác xã Dệt may Tân Châu',
      ])
        expect(body, `${url} leaks ${secret}`).not.toContain(secret);
    }
  });

  it('lists the datasets, their yearly files and the licence', async () => {
    const res = await get(BASE);
    expect(res.statusCode).toBe(200);
    const cat = res.json() as {
      licence: { id: string };
      datasets: { id: string; files: { url: string }[]; years: { year: number; records: number }[] }[];
    };
    expect(cat.licence.id).toBe('CC-BY-4.0');
    const [grants, releases] = cat.datasets;
    expect(grants!.files.map((f) => f.url)).toEqual([
      `http://localhost:80${BASE}/360giving/grants.json`,
      `http://localhost:80${BASE}/360giving/grants.csv`,
    ]);
    expect(grants!.years).toContainEqual(expect.objectContaining({ year, records: 5 }));
    expect(releases!.years).toContainEqual(expect.objectContaining({ year, records: 2 }));
    const spec = (await get('/api/openapi.json')).json() as {
      paths: Record<string, { get?: { tags?: string[] } }>;
    };
    expect(spec.paths[`${BASE}/360giving/grants-{year}.json`]?.get?.tags).toEqual(['open-data']);
  });
});
