import { like } from 'drizzle-orm';
import { organisations, users } from '../../server/src/modules/identity/identity.tables.ts';
import { provinces2025 } from '../../server/src/modules/reference/provinces-2025.data.ts';
import type { OrgKind, Role } from '../../shared/schemas/identity.ts';
import { insertRows } from '../lib/batch.ts';
import {
  emailLocal,
  establishmentName,
  implementerName,
  institutionName,
  personName,
  placeName,
} from '../lib/names.ts';
import type { Rng } from '../lib/prng.ts';
import { type GenContext, type GeneratedUser, type Generator, scaled } from './types.ts';

/**
 * argon2id of the demo password (KhuyenCong@2026) with the server's parameters, computed once and reused:
 * hashing 5,000 passwords would take minutes and prove nothing. Every generated user can sign in with it.
 */
export const BENCH_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$pZugmz/YH29Z3y5XcIFsWA$6Y54J0pifKgQX2B/S1WvaeB1rBl/xUDcXvJnZ+EloEs';

export const BENCH_CODE_PREFIX = 'BENCH-';
export const BENCH_EMAIL_DOMAIN = 'bench.khuyencong.vn';

/** Share of each role among the ~5,000 users at scale 1. */
const roleMix: readonly (readonly [Role, number])[] = [
  ['agency_leader', 0.2],
  ['agency_officer', 0.6],
  ['department_admin', 1.4],
  ['department_leader', 2],
  ['department_officer', 14],
  ['implementer_staff', 38],
  ['council_member', 14],
  ['establishment_rep', 29.8],
];

const titles: Record<Role, readonly string[]> = {
  system_admin: ['Quản trị hệ thống'],
  agency_leader: ['Phó Cục trưởng', 'Trưởng phòng Quản lý khuyến công'],
  agency_officer: ['Chuyên viên', 'Chuyên viên chính'],
  department_admin: ['Quản trị hệ thống Sở'],
  department_leader: ['Giám đốc Sở', 'Phó Giám đốc Sở', 'Trưởng phòng Quản lý công nghiệp'],
  department_officer: ['Chuyên viên', 'Chuyên viên Phòng Quản lý công nghiệp', 'Kế toán'],
  implementer_staff: ['Chủ nhiệm đề án', 'Cán bộ khuyến công', 'Kế toán', 'Giám đốc Trung tâm'],
  council_member: ['Chuyên gia phản biện', 'Thành viên hội đồng', 'PGS.TS', 'Thạc sĩ'],
  establishment_rep: ['Chủ cơ sở', 'Giám đốc', 'Chủ nhiệm HTX'],
};

const provinceWeights = provinces2025.map((p) => {
  const big = p.code === '01' || p.code === '79';
  return [p.code, big ? 4 : p.type === 'thanh_pho_tw' ? 2 : 1] as const;
});

type Org = { id: string; kind: OrgKind; provinceCode: string | null; code: string };

const TEN_YEARS_FROM = Date.UTC(2016, 0, 1);
const TEN_YEARS_TO = Date.UTC(2025, 11, 31);
const dateIn = (rng: Rng, from = TEN_YEARS_FROM, to = TEN_YEARS_TO) =>
  new Date(from + Math.floor(rng.next() * (to - from)));
const phone = (rng: Rng) => `09${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

function* organisationRows(rng: Rng, scale: number, out: Org[]) {
  const parts: readonly {
    kind: OrgKind;
    count: number;
    code: string;
    name: (r: Rng, place: string) => string;
  }[] = [
    { kind: 'implementer', count: scaled(2000, scale, 5), code: 'DVTH', name: implementerName },
    { kind: 'establishment', count: scaled(1500, scale, 5), code: 'CS', name: establishmentName },
    { kind: 'other', count: scaled(100, scale, 2), code: 'TC', name: institutionName },
  ];
  for (const part of parts) {
    for (let i = 1; i <= part.count; i++) {
      const national = part.kind !== 'establishment' && rng.chance(part.kind === 'implementer' ? 0.15 : 0.4);
      const provinceCode = national ? null : rng.weighted(provinceWeights);
      const place = placeName(rng);
      const createdAt = dateIn(rng);
      const row = {
        id: rng.uuid(),
        code: `${BENCH_CODE_PREFIX}${part.code}-${String(i).padStart(6, '0')}`,
        name: part.name(rng, place),
        kind: part.kind,
        provinceCode,
        address: `Xã ${place}`,
        phone: phone(rng),
        active: !rng.chance(0.02),
        createdAt,
        updatedAt: createdAt,
      };
      out.push({ id: row.id, kind: part.kind, provinceCode, code: row.code });
      yield row;
    }
  }
}

function orgPicker(rng: Rng, all: readonly Org[]) {
  const byKind = (k: OrgKind) => all.filter((o) => o.kind === k);
  const agency = byKind('agency').find((o) => o.code === 'CUC-DMST-KC') ?? byKind('agency')[0];
  const departments = new Map(byKind('department').map((o) => [o.provinceCode, o]));
  const centres = new Map(byKind('centre').map((o) => [o.provinceCode, o]));
  const implementers = byKind('implementer').filter((o) => o.code.startsWith(BENCH_CODE_PREFIX));
  const institutions = byKind('other').filter((o) => o.code.startsWith(BENCH_CODE_PREFIX));
  const establishments = byKind('establishment').filter((o) => o.code.startsWith(BENCH_CODE_PREFIX));
  if (!agency || departments.size === 0 || centres.size === 0) {
    throw new Error('Thiếu dữ liệu mẫu (Cục, Sở, Trung tâm): chạy seed trước khi sinh dữ liệu bench.');
  }
  let nextEstablishment = 0;
  const province = () => rng.weighted(provinceWeights);
  const department = () => departments.get(province()) ?? rng.pick([...departments.values()]);
  return (role: Role): Org => {
    switch (role) {
      case 'system_admin':
      case 'agency_leader':
      case 'agency_officer':
        return agency;
      case 'department_admin':
      case 'department_leader':
      case 'department_officer':
        return department();
      case 'implementer_staff':
        return rng.chance(0.25)
          ? (centres.get(province()) ?? rng.pick([...centres.values()]))
          : rng.pick(implementers);
      case 'council_member':
        return rng.weighted<() => Org>([
          [() => rng.pick(institutions), 5],
          [department, 3],
          [() => agency, 2],
        ])();
      case 'establishment_rep':
        return establishments[nextEstablishment++ % establishments.length] as Org;
    }
  };
}

function* userRows(rng: Rng, scale: number, pickOrg: (role: Role) => Org, out: GeneratedUser[]) {
  const count = scaled(5000, scale, 20);
  for (let i = 1; i <= count; i++) {
    const role = rng.weighted(roleMix);
    const org = pickOrg(role);
    const person = personName(rng);
    const createdAt = dateIn(rng);
    const email = `${emailLocal(person, i)}@${BENCH_EMAIL_DOMAIN}`;
    const row = {
      id: rng.uuid(),
      email,
      fullName: person.fullName,
      title: rng.pick(titles[role]),
      phone: rng.chance(0.8) ? phone(rng) : null,
      passwordHash: BENCH_PASSWORD_HASH,
      organisationId: org.id,
      role,
      provinceCode: org.provinceCode,
      status: rng.chance(0.03) ? 'disabled' : 'active',
      lastLoginAt: rng.chance(0.7) ? dateIn(rng, +createdAt) : null,
      passwordChangedAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    };
    out.push({ id: row.id, email, organisationId: org.id, provinceCode: org.provinceCode });
    yield row;
  }
}

async function run(ctx: GenContext) {
  const { db, rng, scale } = ctx;
  const existing = await db
    .select({ code: organisations.code })
    .from(organisations)
    .where(like(organisations.code, `${BENCH_CODE_PREFIX}%`))
    .limit(1);
  if (existing.length > 0) {
    throw new Error('Cơ sở dữ liệu đã có dữ liệu bench (mã BENCH-…): hãy sinh vào một cơ sở dữ liệu mới.');
  }
  const orgs: Org[] = [];
  const orgCount = await insertRows(
    ctx.database,
    organisations,
    organisationRows(rng.fork('organisations'), scale, orgs),
  );
  const all = (
    await db
      .select({
        id: organisations.id,
        kind: organisations.kind,
        provinceCode: organisations.provinceCode,
        code: organisations.code,
      })
      .from(organisations)
      .orderBy(organisations.code)
  ).map((o) => ({ ...o, kind: o.kind as OrgKind }));
  const userRng = rng.fork('users');
  const generated: GeneratedUser[] = [];
  const userCount = await insertRows(
    ctx.database,
    users,
    userRows(userRng, scale, orgPicker(userRng, all), generated),
  );
  ctx.shared.organisations.push(...all);
  ctx.shared.users.push(...generated);
  return { rows: { organisations: orgCount, users: userCount } };
}

export const identityGenerator: Generator = {
  name: 'identity',
  describe:
    'tổ chức (≈2.000 đơn vị thực hiện, 1.500 cơ sở, 100 viện/trường) và ≈5.000 người dùng theo tỉnh và vai trò',
  run,
};
