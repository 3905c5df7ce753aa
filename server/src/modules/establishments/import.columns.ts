import {
  type EstablishmentKind,
  type EstablishmentStatus,
  establishmentKindLabels,
  establishmentKinds,
  establishmentStatuses,
  establishmentStatusLabels,
  type RevenueBand,
  revenueBandLabels,
  revenueBands,
} from '../../../../shared/schemas/establishments.ts';
import { foldVietnamese } from '../../platform/search.ts';

/**
 * The columns of the import template (and of exports, which add read-only columns at the end so an
 * exported file can be edited and imported again). Headers are matched without accents or case.
 */

export type ColumnKey =
  | 'stt'
  | 'name'
  | 'kind'
  | 'registrationCode'
  | 'representative'
  | 'phone'
  | 'email'
  | 'address'
  | 'unit'
  | 'craftVillage'
  | 'industries'
  | 'products'
  | 'workforce'
  | 'revenueBand'
  | 'womanOwned'
  | 'ethnicMinorityOwned'
  | 'foundedYear'
  | 'cleanerProduction'
  | 'status';

export type ColumnDef = {
  key: ColumnKey;
  header: string;
  required: boolean;
  width: number;
  help: string;
  example: string;
  /** Values offered in a drop-down. */
  list?: readonly string[];
  /** Kept as text (leading zeros). */
  text?: boolean;
  aliases?: readonly string[];
};

export const YES = 'Có';
export const NO = 'Không';

export const kindOptions = establishmentKinds.map((k) => establishmentKindLabels[k].vi);
export const bandOptions = revenueBands.map((b) => revenueBandLabels[b].vi);
export const statusOptions = establishmentStatuses.map((s) => establishmentStatusLabels[s].vi);

export const importColumns: readonly ColumnDef[] = [
  {
    key: 'stt',
    header: 'STT',
    required: false,
    width: 6,
    help: 'Số thứ tự, không bắt buộc; hệ thống bỏ qua cột này.',
    example: '1',
  },
  {
    key: 'name',
    header: 'Tên cơ sở',
    required: true,
    width: 40,
    help: 'Tên đầy đủ theo giấy đăng ký (tối đa 300 ký tự).',
    example: 'Hợp tác xã Dệt may Tân Châu',
    aliases: ['ten co so cnnt', 'ten'],
  },
  {
    key: 'kind',
    header: 'Loại hình',
    required: true,
    width: 24,
    help: 'Chọn trong danh sách: doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã, hộ kinh doanh.',
    example: 'Hợp tác xã',
    list: kindOptions,
  },
  {
    key: 'registrationCode',
    header: 'Mã số thuế/Mã số ĐKKD',
    required: false,
    width: 18,
    text: true,
    help: 'Mã số thuế 10 số (chi nhánh: 10 số-3 số), số định danh 12 số, hoặc mã số hộ kinh doanh (vd 41A8012345). Để trống nếu chưa có. Nhập lại cùng mã sẽ cập nhật cơ sở đã có.',
    example: '1600123456',
    aliases: ['ma so thue', 'mst', 'ma so dkkd', 'ma so thue/ma so dang ky'],
  },
  {
    key: 'representative',
    header: 'Người đại diện',
    required: false,
    width: 24,
    help: 'Họ tên chủ cơ sở hoặc người đại diện theo pháp luật.',
    example: 'Châu Thị Ngọc',
  },
  {
    key: 'phone',
    header: 'Điện thoại',
    required: false,
    width: 16,
    text: true,
    help: 'Số điện thoại liên hệ.',
    example: '0296 3822 123',
    aliases: ['so dien thoai', 'sdt'],
  },
  {
    key: 'email',
    header: 'Email',
    required: false,
    width: 26,
    help: 'Địa chỉ thư điện tử.',
    example: 'htxdetmaytanchau@gmail.com',
    aliases: ['thu dien tu'],
  },
  {
    key: 'address',
    header: 'Địa chỉ (số nhà, đường, ấp/thôn)',
    required: false,
    width: 30,
    help: 'Phần địa chỉ dưới cấp xã.',
    example: 'Ấp Long Hưng',
    aliases: ['dia chi'],
  },
  {
    key: 'unit',
    header: 'Xã/phường, huyện, tỉnh',
    required: true,
    width: 44,
    help: 'Đơn vị hành chính cấp xã, có dấu hoặc không dấu, có hoặc không có chữ "Xã/Phường/Huyện/Tỉnh": theo địa giới trước 01/07/2025 (xã, huyện, tỉnh) hoặc sau (xã, tỉnh).',
    example: 'Phường Tân Châu, An Giang',
    aliases: ['don vi hanh chinh', 'xa/phuong', 'dia ban'],
  },
  {
    key: 'craftVillage',
    header: 'Làng nghề',
    required: false,
    width: 24,
    help: 'Tên làng nghề được UBND cấp tỉnh công nhận, nếu cơ sở sản xuất trong làng nghề.',
    example: 'Làng nghề dệt lụa Tân Châu',
  },
  {
    key: 'industries',
    header: 'Ngành nghề',
    required: false,
    width: 24,
    help: 'Mã hoặc tên ngành nghề theo danh mục (trang "Danh mục"), nhiều ngành cách nhau bởi dấu chấm phẩy (;).',
    example: 'ND45-I6; ND45-I2',
    aliases: ['nganh nghe san xuat'],
  },
  {
    key: 'products',
    header: 'Sản phẩm chính',
    required: false,
    width: 30,
    help: 'Các sản phẩm chính.',
    example: 'Lụa tơ tằm, khăn choàng',
  },
  {
    key: 'workforce',
    header: 'Số lao động',
    required: false,
    width: 12,
    help: 'Số nguyên không âm.',
    example: '45',
    aliases: ['lao dong'],
  },
  {
    key: 'revenueBand',
    header: 'Doanh thu năm',
    required: false,
    width: 22,
    help: 'Chọn khoảng doanh thu trong danh sách.',
    example: 'Từ 1 đến 3 tỷ đồng',
    list: bandOptions,
    aliases: ['doanh thu'],
  },
  {
    key: 'womanOwned',
    header: 'Chủ cơ sở là nữ',
    required: false,
    width: 14,
    help: `${YES} hoặc ${NO} (ưu tiên theo NĐ 235/2025).`,
    example: YES,
    list: [YES, NO],
  },
  {
    key: 'ethnicMinorityOwned',
    header: 'Chủ cơ sở là người dân tộc thiểu số',
    required: false,
    width: 16,
    help: `${YES} hoặc ${NO} (ưu tiên theo NĐ 235/2025).`,
    example: NO,
    list: [YES, NO],
  },
  {
    key: 'foundedYear',
    header: 'Năm thành lập',
    required: false,
    width: 12,
    help: 'Năm có 4 chữ số, từ 1900 đến năm hiện tại.',
    example: '2002',
  },
  {
    key: 'cleanerProduction',
    header: 'Áp dụng sản xuất sạch hơn',
    required: false,
    width: 14,
    help: `${YES} hoặc ${NO}.`,
    example: NO,
    list: [YES, NO],
  },
  {
    key: 'status',
    header: 'Tình trạng hoạt động',
    required: false,
    width: 20,
    help: 'Để trống nghĩa là đang hoạt động.',
    example: 'Đang hoạt động',
    list: statusOptions,
    aliases: ['tinh trang'],
  },
];

/** Columns an export adds after the template's; an import ignores them. */
export const exportOnlyHeaders = [
  'Tỉnh/thành phố hiện hành',
  'Đủ điều kiện hỗ trợ (hiện hành)',
  'Căn cứ pháp lý',
  'Cập nhật lần cuối',
  'Mã hệ thống',
] as const;

const headerIndex = new Map<string, ColumnKey>();
for (const c of importColumns) {
  headerIndex.set(foldVietnamese(c.header), c.key);
  for (const a of c.aliases ?? []) headerIndex.set(a, c.key);
}
const ignored = new Set(exportOnlyHeaders.map(foldVietnamese));

export function columnOfHeader(header: string): ColumnKey | 'ignored' | null {
  const key = foldVietnamese(header)
    .replace(/\s*\(\*\)\s*$/, '')
    .replace(/\s*\*$/, '');
  if (ignored.has(key)) return 'ignored';
  return headerIndex.get(key) ?? null;
}

const kindWords: Record<string, EstablishmentKind> = {
  ...Object.fromEntries(establishmentKinds.map((k) => [foldVietnamese(establishmentKindLabels[k].vi), k])),
  ...Object.fromEntries(establishmentKinds.map((k) => [k, k])),
  dnnvv: 'sme',
  'doanh nghiep': 'sme',
  'cong ty': 'sme',
  htx: 'cooperative',
  tht: 'cooperative_group',
  'lien hiep htx': 'cooperative_union',
  hkd: 'household',
  'ho kinh doanh ca the': 'household',
  'co so san xuat': 'household',
};
export function parseKind(s: string): EstablishmentKind | null {
  return kindWords[foldVietnamese(s)] ?? null;
}

const bandWords = new Map<string, RevenueBand>([
  ...revenueBands.map((b) => [foldVietnamese(revenueBandLabels[b].vi), b] as const),
  ...revenueBands.map((b) => [b, b] as const),
]);
export function parseBand(s: string): RevenueBand | null {
  return bandWords.get(foldVietnamese(s)) ?? null;
}

const statusWords = new Map<string, EstablishmentStatus>([
  ...establishmentStatuses.map((s) => [foldVietnamese(establishmentStatusLabels[s].vi), s] as const),
  ...establishmentStatuses.map((s) => [s, s] as const),
  ['hoat dong', 'active'],
  ['tam ngung', 'suspended'],
  ['giai the', 'closed'],
  ['ngung hoat dong', 'closed'],
]);
export function parseStatus(s: string): EstablishmentStatus | null {
  return statusWords.get(foldVietnamese(s)) ?? null;
}

const yes = new Set(['co', 'x', '1', 'true', 'yes', 'y', 'c', 'dung']);
const no = new Set(['khong', '0', 'false', 'no', 'n', 'k', 'sai']);
export function parseYesNo(v: string | number | boolean): boolean | null {
  if (typeof v === 'boolean') return v;
  const s = foldVietnamese(String(v));
  if (yes.has(s)) return true;
  if (no.has(s)) return false;
  return null;
}
