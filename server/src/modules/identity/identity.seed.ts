import { count, eq } from 'drizzle-orm';
import type { OrgKind, Role } from '../../../../shared/schemas/identity.ts';
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { provinces2025 } from '../reference/index.ts';
import { organisations, users } from './identity.tables.ts';

export const DEMO_PASSWORD = 'KhuyenCong@2026';

type DemoUser = { email: string; fullName: string; title: string; role: Role; org: string };

const shortProvince = (name: string) => name.replace(/^Thành phố /, '');

/** Organisations: the agency, all 34 departments and their centres, a national implementer, demo establishments. */
function demoOrganisations() {
  const list: {
    code: string;
    name: string;
    shortName?: string;
    kind: OrgKind;
    provinceCode: string | null;
    parent?: string;
  }[] = [
    {
      code: 'CUC-DMST-KC',
      name: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
      shortName: 'Cục ĐMST-CĐX-KC',
      kind: 'agency',
      provinceCode: null,
    },
    {
      code: 'VIEN-CK',
      name: 'Viện Nghiên cứu Cơ khí',
      shortName: 'NARIME',
      kind: 'implementer',
      provinceCode: null,
    },
  ];
  for (const p of provinces2025) {
    list.push({
      code: `SCT-${p.code}`,
      name: `Sở Công Thương ${shortProvince(p.name)}`,
      kind: 'department',
      provinceCode: p.code,
    });
    list.push({
      code: `TTKC-${p.code}`,
      name: `Trung tâm Khuyến công ${shortProvince(p.name)}`,
      kind: 'centre',
      provinceCode: p.code,
      parent: `SCT-${p.code}`,
    });
  }
  list.push(
    {
      code: 'HTX-DETMAY-TANCHAU',
      name: 'Hợp tác xã Dệt may Tân Châu',
      kind: 'establishment',
      provinceCode: '91',
    },
    {
      code: 'CS-MAYTRE-PHUVINH',
      name: 'Cơ sở Mây tre đan Phú Vinh',
      kind: 'establishment',
      provinceCode: '01',
    },
    { code: 'DHBK-HN', name: 'Đại học Bách khoa Hà Nội', kind: 'other', provinceCode: '01' },
  );
  return list;
}

export const demoUsers: readonly DemoUser[] = [
  {
    email: 'admin@khuyencong.vn',
    fullName: 'Nguyễn Văn Quản',
    title: 'Quản trị hệ thống',
    role: 'system_admin',
    org: 'CUC-DMST-KC',
  },
  {
    email: 'lanhdao.cuc@khuyencong.vn',
    fullName: 'Trần Thị Lâm',
    title: 'Phó Cục trưởng',
    role: 'agency_leader',
    org: 'CUC-DMST-KC',
  },
  {
    email: 'chuyenvien.cuc@khuyencong.vn',
    fullName: 'Lê Minh Đức',
    title: 'Chuyên viên Phòng Quản lý khuyến công',
    role: 'agency_officer',
    org: 'CUC-DMST-KC',
  },
  {
    email: 'quantri.hanoi@khuyencong.vn',
    fullName: 'Phạm Thu Hà',
    title: 'Quản trị hệ thống Sở',
    role: 'department_admin',
    org: 'SCT-01',
  },
  {
    email: 'lanhdao.hanoi@khuyencong.vn',
    fullName: 'Đỗ Quang Huy',
    title: 'Phó Giám đốc Sở',
    role: 'department_leader',
    org: 'SCT-01',
  },
  {
    email: 'chuyenvien.hanoi@khuyencong.vn',
    fullName: 'Vũ Thị Hồng',
    title: 'Chuyên viên Phòng Quản lý công nghiệp',
    role: 'department_officer',
    org: 'SCT-01',
  },
  {
    email: 'quantri.angiang@khuyencong.vn',
    fullName: 'Huỳnh Văn Tài',
    title: 'Quản trị hệ thống Sở',
    role: 'department_admin',
    org: 'SCT-91',
  },
  {
    email: 'lanhdao.angiang@khuyencong.vn',
    fullName: 'Nguyễn Thị Kim Loan',
    title: 'Giám đốc Sở',
    role: 'department_leader',
    org: 'SCT-91',
  },
  {
    email: 'chuyenvien.angiang@khuyencong.vn',
    fullName: 'Trần Văn Phúc',
    title: 'Chuyên viên',
    role: 'department_officer',
    org: 'SCT-91',
  },
  {
    email: 'chuyenvien.daklak@khuyencong.vn',
    fullName: 'Y Bhin Niê',
    title: 'Chuyên viên',
    role: 'department_officer',
    org: 'SCT-66',
  },
  {
    email: 'canbo.ttkc.angiang@khuyencong.vn',
    fullName: 'Lâm Thị Mỹ',
    title: 'Viên chức Trung tâm Khuyến công',
    role: 'implementer_staff',
    org: 'TTKC-91',
  },
  {
    email: 'canbo.vienck@khuyencong.vn',
    fullName: 'Hoàng Đình Nam',
    title: 'Chủ nhiệm đề án',
    role: 'implementer_staff',
    org: 'VIEN-CK',
  },
  {
    email: 'chuyengia@khuyencong.vn',
    fullName: 'PGS.TS Bùi Văn Thành',
    title: 'Chuyên gia phản biện',
    role: 'council_member',
    org: 'DHBK-HN',
  },
  {
    email: 'coso.tanchau@khuyencong.vn',
    fullName: 'Châu Thị Ngọc',
    title: 'Chủ nhiệm HTX',
    role: 'establishment_rep',
    org: 'HTX-DETMAY-TANCHAU',
  },
];

export async function identityIsEmpty(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(users);
  return (r?.n ?? 0) === 0;
}

/** Deterministic demo organisations and users. Idempotent: rows that exist are left alone. */
export async function seedIdentity(db: Db): Promise<void> {
  const orgs = demoOrganisations();
  const inserted = await db
    .insert(organisations)
    .values(orgs.map(({ parent: _p, ...o }) => ({ ...o, shortName: o.shortName ?? null })))
    .onConflictDoNothing()
    .returning({ id: organisations.id, code: organisations.code });
  const all = await db
    .select({ id: organisations.id, code: organisations.code, provinceCode: organisations.provinceCode })
    .from(organisations);
  const byCode = new Map(all.map((o) => [o.code, o]));
  for (const o of orgs) {
    if (o.parent && inserted.some((i) => i.code === o.code)) {
      await db
        .update(organisations)
        .set({ parentId: byCode.get(o.parent)!.id })
        .where(eq(organisations.code, o.code));
    }
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(users)
    .values(
      demoUsers.map((u) => {
        const org = byCode.get(u.org)!;
        return {
          email: u.email,
          fullName: u.fullName,
          title: u.title,
          role: u.role,
          organisationId: org.id,
          provinceCode: org.provinceCode,
          passwordHash,
          passwordChangedAt: new Date(),
        };
      }),
    )
    .onConflictDoNothing();
}
