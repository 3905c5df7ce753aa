import type { OpenDataCatalogue, OpenDataFile } from '../../../../shared/schemas/opendata.ts';
import type { Db } from '../../db/client.ts';
import { LICENCE, type OpenDataSettings, paths } from './opendata.config.ts';
import { contractYears, grantYears } from './opendata.sql.ts';

const JSON_MEDIA = 'application/json';
const CSV_MEDIA = 'text/csv';

export const ANONYMISATION =
  'Không công bố người liên hệ, số điện thoại, email của đề án; không công bố tên, mã số của cơ sở, hộ kinh doanh, cá nhân thụ hưởng (chỉ số lượng cơ sở thụ hưởng); ' +
  'email và số điện thoại gõ trong tên đề án, mục tiêu, lý do điều chỉnh được thay bằng "[đã ẩn]". ' +
  'Đơn vị thực hiện và cơ quan cấp kinh phí là tổ chức và được công bố tên.';

/** The datasets, their files for every year and per plan year, and the rules they follow. */
export async function catalogueOf(
  db: Db,
  settings: OpenDataSettings,
  base: string,
  lastModified: string | null,
): Promise<OpenDataCatalogue> {
  const [grants, contracts] = await Promise.all([grantYears(db), contractYears(db)]);
  const file = (format: 'json' | 'csv', path: string): OpenDataFile => ({
    format,
    mediaType: format === 'json' ? JSON_MEDIA : CSV_MEDIA,
    url: `${base}${path}`,
  });
  return {
    title: 'Dữ liệu mở chương trình khuyến công',
    description:
      'Các đề án khuyến công quốc gia và địa phương được hỗ trợ (chuẩn 360Giving, JSON và CSV) và hợp đồng, điều chỉnh, ngừng thực hiện (chuẩn OCDS 1.1), theo năm kế hoạch. Đường dẫn ổn định, cập nhật trực tiếp từ dữ liệu quản lý.',
    publisher: { name: settings.publisher, url: base },
    licence: { ...LICENCE },
    anonymisation: ANONYMISATION,
    identifiers: { grantPrefix: settings.grantPrefix, ocidPrefix: settings.ocidPrefix },
    lastModified,
    datasets: [
      {
        id: '360giving-grants',
        title: 'Đề án khuyến công được hỗ trợ',
        titleEn: 'Funded industrial-promotion schemes (grants)',
        description:
          'Mỗi đề án trong kế hoạch khuyến công đã phê duyệt là một khoản hỗ trợ: kinh phí hỗ trợ hiện hành, số đã chi, đơn vị thực hiện, cơ quan cấp kinh phí, địa bàn, nội dung hoạt động, số cơ sở thụ hưởng.',
        standard: {
          name: '360Giving Data Standard',
          version: '1',
          url: 'https://standard.threesixtygiving.org/',
        },
        files: [file('json', paths.grants('json')), file('csv', paths.grants('csv'))],
        years: grants.map((y) => ({
          year: y.year,
          records: y.n,
          files: [file('json', paths.grants('json', y.year)), file('csv', paths.grants('csv', y.year))],
        })),
      },
      {
        id: 'ocds-releases',
        title: 'Hợp đồng, điều chỉnh và ngừng thực hiện đề án',
        titleEn: 'Contracts, amendments and terminations',
        description:
          'Mỗi đề án là một quy trình (ocid); mỗi sự kiện là một release: ký hợp đồng (contract), điều chỉnh được chấp thuận (contractAmendment), ngừng thực hiện hoặc thanh lý (contractTermination), theo thứ tự thời gian.',
        standard: {
          name: 'Open Contracting Data Standard',
          version: '1.1',
          url: 'https://standard.open-contracting.org/1.1/',
        },
        files: [file('json', paths.releases())],
        years: contracts.map((y) => ({
          year: y.year,
          records: y.n,
          files: [file('json', paths.releases(y.year))],
        })),
      },
    ],
  };
}
