import { z } from 'zod';
import { OptText, ProvinceCode, Text } from './common.ts';

export const roles = [
  'system_admin',
  'agency_leader',
  'agency_officer',
  'department_admin',
  'department_leader',
  'department_officer',
  'implementer_staff',
  'council_member',
  'establishment_rep',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  agency_leader: { vi: 'Lãnh đạo Cục', en: 'Agency leader' },
  agency_officer: { vi: 'Chuyên viên Cục', en: 'Agency officer' },
  department_admin: { vi: 'Quản trị Sở Công Thương', en: 'Department administrator' },
  department_leader: { vi: 'Lãnh đạo Sở Công Thương', en: 'Department leader' },
  department_officer: { vi: 'Chuyên viên Sở Công Thương', en: 'Department officer' },
  implementer_staff: { vi: 'Cán bộ Trung tâm / đơn vị thực hiện', en: 'Centre or implementer staff' },
  council_member: { vi: 'Thành viên hội đồng', en: 'Council member' },
  establishment_rep: { vi: 'Đại diện cơ sở CNNT', en: 'Establishment representative' },
};

export const orgKinds = ['agency', 'department', 'centre', 'implementer', 'establishment', 'other'] as const;
export const OrgKind = z.enum(orgKinds);
export type OrgKind = z.infer<typeof OrgKind>;

export const orgKindLabels: Record<OrgKind, { vi: string; en: string }> = {
  agency: { vi: 'Cục (Bộ Công Thương)', en: 'Agency (MOIT)' },
  department: { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' },
  centre: { vi: 'Trung tâm Khuyến công', en: 'Industrial-promotion centre' },
  implementer: { vi: 'Đơn vị thực hiện', en: 'Implementing unit' },
  establishment: { vi: 'Cơ sở công nghiệp nông thôn', en: 'Rural industrial establishment' },
  other: { vi: 'Tổ chức khác (chuyên gia, viện, trường)', en: 'Other (experts, institutes)' },
};

/** Which roles a user of an organisation of each kind may hold. */
export const rolesForOrgKind: Record<OrgKind, readonly Role[]> = {
  agency: ['system_admin', 'agency_leader', 'agency_officer', 'council_member'],
  department: ['department_admin', 'department_leader', 'department_officer', 'council_member'],
  centre: ['implementer_staff', 'council_member'],
  implementer: ['implementer_staff', 'council_member'],
  establishment: ['establishment_rep'],
  other: ['council_member'],
};

/** Kinds that always sit in one province. */
export const provincialOrgKinds: readonly OrgKind[] = ['department', 'centre', 'establishment'];

export const UserStatus = z.enum(['active', 'disabled']);
export type UserStatus = z.infer<typeof UserStatus>;

export const Email = z
  .email()
  .max(254)
  .transform((s) => s.trim().toLowerCase());

/** At least 10 characters with upper case, lower case and a digit. */
export const Password = z
  .string()
  .max(200)
  .refine((p) => p.length >= 10 && /[A-Z]/.test(p) && /[a-z]/.test(p) && /\d/.test(p), {
    message: 'Mật khẩu phải dài ít nhất 10 ký tự, có chữ hoa, chữ thường và chữ số.',
  });

export const LoginInput = z.strictObject({
  email: z.string().trim().max(254),
  password: z.string().max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().max(200),
  newPassword: Password,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const Abilities = z.record(z.string(), z.boolean());

export const OrganisationDto = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: OrgKind,
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  userCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Abilities,
});
export type OrganisationDto = z.infer<typeof OrganisationDto>;

export const OrganisationCreateInput = z.strictObject({
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Za-z0-9_.-]+$/, 'Mã chỉ gồm chữ không dấu, số và . _ -'),
  name: Text(300),
  shortName: OptText(100),
  kind: OrgKind,
  provinceCode: ProvinceCode.nullish(),
  parentId: z.uuid().nullish(),
  address: OptText(500),
  phone: OptText(40),
  email: z.email().max(254).nullish(),
});
export type OrganisationCreateInput = z.infer<typeof OrganisationCreateInput>;

export const OrganisationUpdateInput = OrganisationCreateInput.omit({ code: true, kind: true })
  .partial()
  .extend({ version: z.number().int().min(1), active: z.boolean().optional() })
  .strict();
export type OrganisationUpdateInput = z.infer<typeof OrganisationUpdateInput>;

export const OrganisationListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(200).optional(),
  sort: z.string().trim().max(60).optional(),
  kind: OrgKind.optional(),
  provinceCode: ProvinceCode.optional(),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;

export const UserDto = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  role: Role,
  status: UserStatus,
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationKind: OrgKind,
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Abilities,
});
export type UserDto = z.infer<typeof UserDto>;

export const UserCreateInput = z.strictObject({
  email: Email,
  fullName: Text(200),
  title: OptText(200),
  phone: OptText(40),
  role: Role,
  organisationId: z.uuid(),
  password: Password,
});
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z.strictObject({
  version: z.number().int().min(1),
  fullName: Text(200).optional(),
  title: OptText(200),
  phone: OptText(40),
  role: Role.optional(),
  organisationId: z.uuid().optional(),
  status: UserStatus.optional(),
  /** Clears a lock after repeated failed sign-ins. */
  unlock: z.boolean().optional(),
  newPassword: Password.optional(),
});
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(200).optional(),
  sort: z.string().trim().max(60).optional(),
  role: Role.optional(),
  organisationId: z.uuid().optional(),
  provinceCode: ProvinceCode.optional(),
  status: UserStatus.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const MeDto = z.object({
  user: UserDto,
  csrfToken: z.string(),
  permissions: z.record(z.string(), z.boolean()),
});
export type MeDto = z.infer<typeof MeDto>;
