import { foldVietnamese } from '../../server/src/platform/search.ts';
import type { Rng } from './prng.ts';

/** Surnames with their approximate share of the population (Nguyễn ≈ 38 %). */
const surnames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trương', 0.6],
  ['Lâm', 0.4],
  ['Mai', 0.4],
  ['Tạ', 0.3],
  ['Châu', 0.2],
  ['Lương', 0.3],
  ['Cao', 0.3],
];

const middleMale = [
  'Văn',
  'Hữu',
  'Đức',
  'Minh',
  'Quang',
  'Thanh',
  'Công',
  'Xuân',
  'Đình',
  'Ngọc',
  'Tuấn',
  'Quốc',
  'Gia',
];
const middleFemale = [
  'Thị',
  'Thị',
  'Thị',
  'Ngọc',
  'Thu',
  'Kim',
  'Thanh',
  'Minh',
  'Phương',
  'Mỹ',
  'Hồng',
  'Bích',
];
const givenMale = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đức',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Khánh',
  'Khoa',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Quang',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Thịnh',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
];
const givenFemale = [
  'Anh',
  'Chi',
  'Dung',
  'Duyên',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hồng',
  'Hương',
  'Lan',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phương',
  'Quyên',
  'Thảo',
  'Thủy',
  'Trang',
  'Uyên',
  'Vân',
  'Yến',
  'Xuân',
];

/** Syllables of Vietnamese place names: two of them make a plausible commune or village. */
const placeSyllables = [
  'An',
  'Bình',
  'Châu',
  'Đại',
  'Đông',
  'Gia',
  'Hải',
  'Hòa',
  'Hưng',
  'Khánh',
  'Lộc',
  'Long',
  'Mỹ',
  'Nam',
  'Phú',
  'Phước',
  'Quang',
  'Sơn',
  'Tân',
  'Tây',
  'Thạnh',
  'Thịnh',
  'Thuận',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Hiệp',
  'Phong',
  'Thái',
  'Định',
  'Lạc',
  'Kim',
  'Ninh',
  'Vạn',
  'Bảo',
];

/** Crafts and trades of rural industrial establishments (priority industries of the programme). */
export const crafts = [
  'Dệt may',
  'Mây tre đan',
  'Gốm sứ',
  'Chế biến nông sản',
  'Cơ khí nông nghiệp',
  'Đồ gỗ mỹ nghệ',
  'Sơn mài',
  'Nước mắm',
  'Chế biến chè',
  'Cà phê',
  'Xay xát gạo',
  'Thêu ren',
  'Chế biến thủy sản',
  'Vật liệu xây dựng',
  'Rèn đúc',
  'Bánh kẹo',
  'Miến dong',
  'Nón lá',
  'Chiếu cói',
  'Đan lát',
  'Mộc dân dụng',
  'Chế biến hạt điều',
  'Rượu truyền thống',
  'Hương trầm',
  'Chạm khắc đá',
  'Tơ lụa',
];

const companyWords = [
  'Phát Đạt',
  'Thành Công',
  'Hưng Thịnh',
  'Tiến Phát',
  'Minh Long',
  'Đại Việt',
  'Sao Mai',
  'Hoàng Gia',
  'Tân Tiến',
  'Phú Cường',
  'An Khang',
  'Việt Hưng',
  'Nam Phong',
  'Trường Sơn',
  'Kim Ngân',
  'Thái Bình Dương',
];

export type Person = { fullName: string; given: string; surname: string; female: boolean };

export function personName(rng: Rng): Person {
  const female = rng.chance(0.5);
  const surname = rng.weighted(surnames);
  const middle = rng.pick(female ? middleFemale : middleMale);
  const given = rng.pick(female ? givenFemale : givenMale);
  const twoMiddles = rng.chance(0.15);
  const fullName = [surname, middle, twoMiddles ? rng.pick(female ? givenFemale : givenMale) : null, given]
    .filter(Boolean)
    .join(' ');
  return { fullName, given, surname, female };
}

export function placeName(rng: Rng): string {
  const a = rng.pick(placeSyllables);
  let b = rng.pick(placeSyllables);
  while (b === a) b = rng.pick(placeSyllables);
  return `${a} ${b}`;
}

/** "nguyenvana" style e-mail local part: given name, then initials of the others, accent-free. */
export function emailLocal(p: Person, serial: number): string {
  const words = foldVietnamese(p.fullName).split(' ');
  const given = words[words.length - 1] ?? 'user';
  const initials = words
    .slice(0, -1)
    .map((w) => w[0])
    .join('');
  return `${given}.${initials}.${String(serial).padStart(6, '0')}`;
}

export function implementerName(rng: Rng, place: string): string {
  return rng.weighted([
    [`Công ty TNHH ${rng.pick(companyWords)} ${place}`, 4],
    [`Công ty Cổ phần ${rng.pick(crafts)} ${rng.pick(companyWords)}`, 3],
    [`Trung tâm Tư vấn và Chuyển giao công nghệ ${place}`, 1],
    [`Viện Nghiên cứu ${rng.pick(crafts)}`, 0.5],
    [`Hợp tác xã Dịch vụ ${rng.pick(crafts)} ${place}`, 1.5],
  ]);
}

export function establishmentName(rng: Rng, place: string): string {
  const craft = rng.pick(crafts);
  return rng.weighted([
    [`Cơ sở ${craft} ${place}`, 5],
    [`Hợp tác xã ${craft} ${place}`, 3],
    [`Hộ kinh doanh ${craft} ${personName(rng).fullName}`, 2],
    [`Công ty TNHH ${craft} ${place}`, 2],
  ]);
}

export function institutionName(rng: Rng, place: string): string {
  return rng.weighted([
    [
      `Trường Đại học ${rng.pick(['Kinh tế', 'Kỹ thuật', 'Nông lâm', 'Công nghiệp', 'Bách khoa'])} ${place}`,
      2,
    ],
    [
      `Viện ${rng.pick(['Cơ điện nông nghiệp', 'Nghiên cứu Da giày', 'Dệt may', 'Công nghệ thực phẩm'])} ${place}`,
      1,
    ],
    [`Hội ${rng.pick(['Làng nghề', 'Doanh nghiệp nhỏ và vừa', 'Nông dân'])} ${place}`, 1],
  ]);
}
