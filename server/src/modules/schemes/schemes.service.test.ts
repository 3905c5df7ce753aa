import { beforeAll, describe, expect, it } from 'vitest';
import { SchemeInput, SchemeListQuery } from '../../../../shared/schemas/schemes.ts';
import { queryRows, sql } from '../../db/client.ts';
import { type Actor, systemActor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { listUsers } from '../identity/index.ts';
import { recomputeDrafts } from './schemes.cli.ts';
import { type Fixture, fixture, machineryLines, schemeBody } from './schemes.fixtures.ts';
import { createScheme, getSchemeForModule, listSchemeIdsByState, listSchemes } from './schemes.service.ts';
import { transitionScheme } from './schemes.transitions.ts';

let db: Awaited<ReturnType<typeof testDatabase>>['db'];
let f: Fixture;
const actors = new Map<string, Actor>();

async function actor(email: string): Promise<Actor> {
  const { items } = await listUsers(db, systemActor, { page: 1, pageSize: 5, q: email });
  const u = items.find((x) => x.email === email)!;
  const a: Actor = {
    userId: u.id,
    email,
    fullName: u.fullName,
    role: u.role,
    organisationId: u.organisationId,
    organisationKind: u.organisationKind,
    provinceCode: u.provinceCode,
  };
  actors.set(email, a);
  return a;
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  f = await fixture(db);
});

describe('schemes service', () => {
  it('writes the record, its first version and its audit row in one transaction', async () => {
    const centre = await actor('canbo.ttkc.angiang@khuyencong.vn');
    const s = await createScheme(db, centre, SchemeInput.parse(schemeBody(f)));
    const [audit] = await queryRows<{
      action: string;
      actor_email: string;
      province_code: string;
      after: { title: string; support: { stateAllowed: string } };
    }>(db, sql`select action, actor_email, province_code, after from audit_log where entity_id = ${s.id}`);
    expect(audit).toMatchObject({ action: 'scheme.created', actor_email: centre.email, province_code: '91' });
    expect(audit!.after.support.stateAllowed).toBe('300000000');
    const [v] = await queryRows<{ version: number; reason: string }>(
      db,
      sql`select version, reason from scheme_versions where scheme_id = ${s.id}`,
    );
    expect(v).toEqual({ version: 1, reason: 'created' });
  });

  it('a transition writes state, timeline row, snapshot and audit together; later modules read it by scope', async () => {
    const centre = await actor('canbo.ttkc.angiang@khuyencong.vn');
    const officer = await actor('chuyenvien.angiang@khuyencong.vn');
    const s = await createScheme(db, centre, SchemeInput.parse(schemeBody(f)));
    await transitionScheme(db, centre, s.id, { action: 'submit', version: 1 });
    const fwd = await transitionScheme(db, officer, s.id, {
      action: 'forward',
      version: 2,
      comment: 'Đạt yêu cầu',
    });
    expect(fwd).toMatchObject({ state: 'province_appraised', version: 3 });
    const rows = await queryRows<{
      action: string;
      before: { state: string };
      after: { state: string };
      meta: { comment: string | null };
    }>(
      db,
      sql`select action, before, after, meta from audit_log where entity_id = ${s.id} and action <> 'scheme.created' order by at`,
    );
    expect(rows.map((r) => [r.action, r.before.state, r.after.state, r.meta.comment])).toEqual([
      ['scheme.submitted', 'draft', 'submitted', null],
      ['scheme.forwarded', 'submitted', 'province_appraised', 'Đạt yêu cầu'],
    ]);
    const record = await getSchemeForModule(db, { kind: 'province', provinceCode: '91' }, s.id);
    expect(record).toMatchObject({ state: 'province_appraised', support: { stateAllowed: 300_000_000n } });
    expect(await getSchemeForModule(db, { kind: 'province', provinceCode: '01' }, s.id)).toBeUndefined();
    expect(
      await listSchemeIdsByState(db, {
        state: 'province_appraised',
        planYear: f.planYear,
        provinceCode: '91',
      }),
    ).toContain(s.id);
  });

  it('the demo data holds the 2019 cycle under TT 28/2018 and the current cycle under TT 28/2018 + TT 64/2024', async () => {
    const agency = await actor('chuyenvien.cuc@khuyencong.vn');
    const y2020 = await listSchemes(db, agency, SchemeListQuery.parse({ planYear: '2020', pageSize: '50' }));
    expect(y2020.total).toBeGreaterThanOrEqual(6);
    expect(new Set(y2020.items.map((i) => i.state))).toEqual(new Set(['approved', 'rejected', 'withdrawn']));
    expect(new Set(y2020.items.map((i) => i.support.ruleSetCode))).toEqual(new Set(['TT-28-2018']));
    const current = await listSchemes(
      db,
      agency,
      SchemeListQuery.parse({ planYear: String(f.planYear), pageSize: '50', provinceCode: '66' }),
    );
    expect(current.items.map((i) => i.state)).toEqual(
      expect.arrayContaining(['agency_appraised', 'submitted']),
    );
    expect(current.items.every((i) => i.support.ruleSetCode === 'TT-28-2018-SD-64-2024')).toBe(true);
  });

  it('recomputes stored support of drafts when a province adopts its own rule set, with one audit row', async () => {
    const centre = await actor('canbo.ttkc.angiang@khuyencong.vn');
    const s = await createScheme(
      db,
      centre,
      SchemeInput.parse(schemeBody(f, { level: 'local', costLines: machineryLinesLocal() })),
    );
    expect(s.support.stateAllowed).toBe('300000000');
    const [national] = await queryRows<{ body: { supportItems: { code: string; capVnd: string | null }[] } }>(
      db,
      sql`select body from rule_sets where code = 'TT-28-2018-SD-64-2024'`,
    );
    const body = {
      ...national!.body,
      supportItems: national!.body.supportItems.map((i) =>
        i.code === 'machinery' ? { ...i, capVnd: '250000000' } : i,
      ),
    };
    await db.execute(
      sql`insert into rule_sets (code, name_vi, level, province_code, effective_from, legal_basis, body) values ('NQ-91-KIEMTHU', 'Mức chi KCĐP An Giang (kiểm thử)', 'local', '91', '2020-01-01', 'NQ kiểm thử của HĐND tỉnh An Giang', ${JSON.stringify(body)}::jsonb)`,
    );
    const r = await recomputeDrafts(db, f.planYear);
    expect(r.changed).toBeGreaterThanOrEqual(1);
    const after = await getSchemeForModule(db, { kind: 'all' }, s.id);
    expect(after?.support).toMatchObject({
      stateAllowed: 250_000_000n,
      ruleSetCode: 'NQ-91-KIEMTHU',
      blocking: true,
    });
    const [audit] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where action = 'scheme.support_recomputed'`,
    );
    expect(audit!.n).toBe(1);
  });
});

function machineryLinesLocal() {
  return machineryLines(2, 150, 250, 'local');
}
