import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntryInput } from '../../../../shared/schemas/products.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { testDatabase } from '../../test/db.ts';
import { listRoundEntries, registerEntry, withdrawEntry } from './entries.service.ts';
import type { EstablishmentRef } from './products.establishments.ts';
import { productEntries } from './products.tables.ts';
import {
  actorFor,
  auditRows,
  establishmentNamed,
  openRound,
  pastCertificate,
  shift,
} from './products.test-support.ts';
import { createRound } from './rounds.service.ts';

let database: Database;
let agOfficer: Actor;
let agRep: Actor;
let hnOfficer: Actor;
let agencyOfficer: Actor;
let tanchau: EstablishmentRef;
let phuvinh: EstablishmentRef;
let communeCert: { number: string; productId: string };
let oldProvinceCert: { number: string; productId: string };
let provinceCert: { number: string; productId: string };

beforeAll(async () => {
  database = await testDatabase();
  const db = database.db;
  [agOfficer, agRep, hnOfficer, agencyOfficer] = await Promise.all([
    actorFor(db, 'chuyenvien.angiang@khuyencong.vn'),
    actorFor(db, 'coso.tanchau@khuyencong.vn'),
    actorFor(db, 'chuyenvien.hanoi@khuyencong.vn'),
    actorFor(db, 'chuyenvien.cuc@khuyencong.vn'),
  ]);
  tanchau = await establishmentNamed(db, 'Dệt may Tân Châu');
  phuvinh = await establishmentNamed(db, 'Mây tre đan Phú Vinh');
  communeCert = await pastCertificate(db, tanchau, 'commune', shift(-100), 'Lụa Mỹ A Tân Châu');
  const year = Number(shift(0).slice(0, 4));
  oldProvinceCert = await pastCertificate(
    db,
    phuvinh,
    'province',
    `${year - 3}-06-01`,
    'Bộ bàn ghế mây tre đan',
  );
  provinceCert = await pastCertificate(db, phuvinh, 'province', shift(-30), 'Bộ bàn ghế mây tre đan');
});

const entry = (establishmentId: string, over: Partial<EntryInput> = {}): EntryInput => ({
  establishmentId,
  name: 'Lụa Mỹ A Tân Châu',
  group: 'handicraft',
  isSet: false,
  description: 'Lụa tơ tằm nhuộm trái mặc nưa.',
  productionCapacity: '5.000 m/năm',
  market: 'Trong nước và xuất khẩu',
  photoFileIds: [],
  documents: [],
  lowerCertificateNumber: communeCert.number,
  ...over,
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code ?? String(e),
  );

describe('rounds', () => {
  it('takes the threshold, quorum, score sheet and era from the rules and audits the creation', async () => {
    const r = await openRound(database.db, agOfficer);
    expect(r).toMatchObject({
      passThreshold: 70,
      quorumPercent: 66,
      era: 'tt38_2025',
      status: 'registration',
      scoreSheetVersion: 'tt26-2014-tt14-2018',
    });
    const rows = await auditRows(database.db, r.id);
    expect(rows.map((x) => x.action)).toEqual(['product_round.created', 'product_round.open_registration']);
  });

  it('refuses a level of another era, a region without provinces, a prize over the cap and another province’s round', async () => {
    const base = {
      name: 'x',
      year: 2026,
      organiserName: 'x',
      regionProvinceCodes: [],
      registrationOpens: '2026-01-01',
      registrationCloses: '2026-02-01',
      selectionDate: '2026-03-01',
      groups: ['other' as const],
      prizes: [],
    };
    await expect(
      code(
        createRound(database.db, agOfficer, {
          ...base,
          code: 'ERA-1',
          level: 'district',
          provinceCode: '91',
        }),
      ),
    ).resolves.toBe('PRODUCT_LEVEL_NOT_IN_ERA');
    await expect(
      code(createRound(database.db, agencyOfficer, { ...base, code: 'ERA-2', level: 'region' })),
    ).resolves.toBe('PRODUCT_ROUND_PLACE_REQUIRED');
    await expect(
      code(
        createRound(database.db, agencyOfficer, {
          ...base,
          code: 'ERA-3',
          level: 'nation',
          prizes: [{ labelVi: 'Giải', amountVnd: '12000000', count: 1 }],
        }),
      ),
    ).resolves.toBe('PRODUCT_PRIZE_OVER_CAP');
    await expect(
      code(
        createRound(database.db, hnOfficer, {
          ...base,
          code: 'ERA-4',
          level: 'province',
          provinceCode: '91',
        }),
      ),
    ).resolves.toBe('FORBIDDEN');
    await expect(
      code(
        createRound(database.db, agOfficer, {
          ...base,
          code: 'ERA-5',
          level: 'province',
          provinceCode: '91',
          selectionDate: '2026-01-15',
        }),
      ),
    ).resolves.toBe('PRODUCT_ROUND_DATES_INVALID');
  });
});

describe('registration', () => {
  it('lets the representative register its product with the commune certificate; the product keeps its history', async () => {
    const r = await openRound(database.db, agOfficer);
    const e = await registerEntry(database.db, agRep, r.id, entry(tanchau.id));
    expect(e).toMatchObject({
      status: 'registered',
      productId: communeCert.productId,
      lowerCertificateNumber: communeCert.number,
      provinceCode: '91',
      establishmentName: tanchau.name,
    });
    const rows = await auditRows(database.db, e.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'product_entry.registered',
      provinceCode: '91',
      actorEmail: 'coso.tanchau@khuyencong.vn',
    });
    const again = await openRound(database.db, agOfficer);
    const e2 = await registerEntry(
      database.db,
      agOfficer,
      again.id,
      entry(tanchau.id, { name: 'Lụa Mỹ A (mẫu mới)' }),
    );
    expect(e2.productId).toBe(e.productId);
    expect((await listRoundEntries(database.db, agRep, r.id, {})).map((x) => x.id)).toEqual([e.id]);
  });

  it('refuses outside the registration window and writes nothing', async () => {
    const r = await openRound(database.db, agOfficer, {
      registrationOpens: shift(1),
      registrationCloses: shift(3),
    });
    await expect(code(registerEntry(database.db, agRep, r.id, entry(tanchau.id)))).resolves.toBe(
      'PRODUCT_REGISTRATION_CLOSED',
    );
    const late = await openRound(database.db, agOfficer, {
      registrationOpens: shift(-9),
      registrationCloses: shift(-1),
    });
    await expect(code(registerEntry(database.db, agRep, late.id, entry(tanchau.id)))).resolves.toBe(
      'PRODUCT_REGISTRATION_CLOSED',
    );
    const written = await database.db.select().from(productEntries).where(eq(productEntries.roundId, r.id));
    expect(written).toHaveLength(0);
  });

  it('refuses a product of another establishment', async () => {
    const r = await openRound(database.db, agOfficer);
    await expect(code(registerEntry(database.db, agRep, r.id, entry(phuvinh.id)))).resolves.toBe(
      'PRODUCT_NOT_OWN_ESTABLISHMENT',
    );
    await expect(code(registerEntry(database.db, agOfficer, r.id, entry(phuvinh.id)))).resolves.toBe(
      'NOT_FOUND',
    );
    const hn = await openRound(database.db, agencyOfficer, {
      level: 'nation',
      provinceCode: null,
      organiserName: 'Bộ Công Thương',
    });
    const certOfOther = entry(phuvinh.id, { lowerCertificateNumber: null });
    await expect(
      code(
        registerEntry(database.db, agencyOfficer, hn.id, {
          ...certOfOther,
          establishmentId: tanchau.id,
          lowerCertificateNumber: provinceCert.number,
        }),
      ),
    ).resolves.toBe('PRODUCT_LOWER_CERTIFICATE_OTHER');
  });

  it('checks the level chain: a certificate of the level just below, of this establishment, valid on the selection date', async () => {
    const prov = await openRound(database.db, agOfficer);
    await expect(
      code(registerEntry(database.db, agRep, prov.id, entry(tanchau.id, { lowerCertificateNumber: null }))),
    ).resolves.toBe('PRODUCT_LOWER_CERTIFICATE_REQUIRED');
    await expect(
      code(
        registerEntry(
          database.db,
          agRep,
          prov.id,
          entry(tanchau.id, { lowerCertificateNumber: 'KHONG-CO-123' }),
        ),
      ),
    ).resolves.toBe('PRODUCT_LOWER_CERTIFICATE_UNKNOWN');
    const region = await openRound(database.db, agencyOfficer, {
      level: 'region',
      provinceCode: null,
      organiserName: 'Cục ĐMST-CĐX-KC',
      regionName: 'Khu vực phía Nam',
      regionProvinceCodes: ['91', '92', '96', '01'],
    });
    await expect(code(registerEntry(database.db, agRep, region.id, entry(tanchau.id)))).resolves.toBe(
      'PRODUCT_LOWER_CERTIFICATE_WRONG_LEVEL',
    );
    const hanoi = entry(phuvinh.id, {
      name: 'Bộ bàn ghế mây tre đan Phú Vinh',
      lowerCertificateNumber: oldProvinceCert.number,
    });
    await expect(code(registerEntry(database.db, agencyOfficer, region.id, hanoi))).resolves.toBe(
      'PRODUCT_LOWER_CERTIFICATE_EXPIRED',
    );
    const valid = { ...hanoi, lowerCertificateNumber: provinceCert.number };
    await expect(registerEntry(database.db, hnOfficer, region.id, valid)).resolves.toMatchObject({
      lowerCertificateNumber: provinceCert.number,
      productId: provinceCert.productId,
    });
  });

  it('refuses an establishment outside the round’s area, a group the round does not select, and a second registration', async () => {
    const r = await openRound(database.db, agOfficer, { groups: ['handicraft'] });
    await expect(
      code(
        registerEntry(database.db, agencyOfficer, r.id, entry(phuvinh.id, { lowerCertificateNumber: null })),
      ),
    ).resolves.toBe('PRODUCT_OUTSIDE_ROUND_AREA');
    await expect(
      code(registerEntry(database.db, agRep, r.id, entry(tanchau.id, { group: 'machinery' }))),
    ).resolves.toBe('PRODUCT_GROUP_NOT_IN_ROUND');
    await registerEntry(database.db, agRep, r.id, entry(tanchau.id));
    await expect(code(registerEntry(database.db, agRep, r.id, entry(tanchau.id)))).resolves.toBe(
      'PRODUCT_ALREADY_REGISTERED',
    );
  });

  it('withdraws during registration, with its audit row, and only once', async () => {
    const r = await openRound(database.db, agOfficer);
    const e = await registerEntry(database.db, agRep, r.id, entry(tanchau.id));
    const w = await withdrawEntry(database.db, agRep, e.id, e.version);
    expect(w.status).toBe('withdrawn');
    expect((await auditRows(database.db, e.id)).map((x) => x.action)).toEqual([
      'product_entry.registered',
      'product_entry.withdrawn',
    ]);
    await expect(code(withdrawEntry(database.db, agRep, e.id, w.version))).resolves.toBe(
      'PRODUCT_ENTRY_WITHDRAWN',
    );
  });
});
