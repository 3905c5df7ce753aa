import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type Session, signIn, type TestApp, testApp } from '../../test/http.ts';
import { type Fixture, fixture, schemeBody } from './schemes.fixtures.ts';

let t: TestApp;
let f: Fixture;
let centre: Session;
let officer: Session;
beforeAll(async () => {
  t = await testApp({ JOB_RUNNER: 'off' });
  f = await fixture(t.database.db);
  centre = await signIn(t.app, demo.centreStaff);
  officer = await signIn(t.app, demo.angiangOfficer);
});

const created = async (over: Record<string, unknown> = {}) => {
  const res = await centre.post('/api/schemes', schemeBody(f, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};

describe('schemes seen from an establishment', () => {
  it("lists the schemes supporting an establishment (its page), in the actor's scope only", async () => {
    const s = await created({ title: 'Hỗ trợ máy dệt cho cơ sở hưởng lợi' });
    const mine = (await officer.get(`/api/schemes?beneficiaryId=${f.tanChau.id}&pageSize=100`)).json() as {
      items: { id: string }[];
    };
    expect(mine.items.map((i) => i.id)).toContain(s.id);
    const other = (
      await officer.get('/api/schemes?beneficiaryId=00000000-0000-4000-8000-000000000000')
    ).json() as {
      items: { id: string }[];
    };
    expect(other.items.map((i) => i.id)).not.toContain(s.id);
    const hanoi = await signIn(t.app, demo.hanoiOfficer);
    const hidden = (await hanoi.get(`/api/schemes?beneficiaryId=${f.tanChau.id}`)).json() as {
      total: number;
    };
    expect(hidden.total).toBe(0);
    expect((await officer.get('/api/schemes?beneficiaryId=khong-phai-uuid')).statusCode).toBe(422);
  });
});
