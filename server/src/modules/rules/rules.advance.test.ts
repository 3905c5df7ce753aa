import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { testDatabase } from '../../test/db.ts';
import { advanceRulesFor } from './rules.service.ts';

let db: Db;
beforeAll(async () => {
  db = (await testDatabase()).db;
});

describe('advance rules of the rule set in force', () => {
  it('TTLT 26/2014: the TT 36/2013 percentages and the 70 % overall cap of Art 8.2b', async () => {
    const r = await advanceRulesFor(db, { date: '2016-06-01', level: 'national' });
    expect(r?.ruleSetCode).toBe('TTLT-26-2014');
    expect(r?.cap).toMatchObject({ percent: 70, citation: { article: '8', clause: '2', point: 'b' } });
    expect(r?.rules.map((x) => [x.code, x.percent, x.afterProgressPercent])).toEqual([
      ['advance_cluster_infra', 30, 50],
      ['advance_soft', 70, null],
      ['advance_models_machinery', 70, 70],
      ['advance_enterprise_setup', 100, null],
    ]);
  });

  it('a named rule set wins over the date; after 2018 no cap is known', async () => {
    const r = await advanceRulesFor(db, { code: 'TT-28-2018', date: '2016-06-01', level: 'national' });
    expect(r?.ruleSetCode).toBe('TT-28-2018');
    expect(r?.cap).toBeNull();
    expect(await advanceRulesFor(db, { date: '1990-01-01', level: 'national' })).toBeNull();
  });
});
