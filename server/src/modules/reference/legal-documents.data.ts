import type { LegalDocKind } from '../../../../shared/schemas/reference.ts';

/**
 * The documents /work/shared/domain/regulations.md names, for the demo register. Dates only where that file
 * gives them; titles are the documents' subjects as summarised there (`note` says when one is inferred).
 */
export type LegalDocumentSeed = {
  number: string;
  kind: LegalDocKind;
  issueDate: string | null;
  issuer: string;
  title: string;
  effectiveFrom: string | null;
  note: string | null;
};

const GOV = 'Chính phủ';
const PM = 'Thủ tướng Chính phủ';
const MOIT = 'Bộ Công Thương';
const MOF = 'Bộ Tài chính';
const inferred = 'Trích yếu tóm tắt theo tài liệu nghiệp vụ; cần đối chiếu văn bản gốc.';

const d = (
  number: string,
  kind: LegalDocKind,
  issueDate: string | null,
  issuer: string,
  title: string,
  effectiveFrom: string | null,
  note: string | null = null,
): LegalDocumentSeed => ({ number, kind, issueDate, issuer, title, effectiveFrom, note });

export const legalDocumentSeeds: readonly LegalDocumentSeed[] = [
  d(
    '134/2004/NĐ-CP',
    'nghi_dinh',
    null,
    GOV,
    'Về khuyến khích phát triển công nghiệp nông thôn',
    null,
    'Được thay thế bởi NĐ 45/2012/NĐ-CP.',
  ),
  d(
    '45/2012/NĐ-CP',
    'nghi_dinh',
    '2012-05-21',
    GOV,
    'Về khuyến công',
    '2012-07-05',
    'Được sửa đổi, bổ sung bởi NĐ 235/2025/NĐ-CP.',
  ),
  d(
    '235/2025/NĐ-CP',
    'nghi_dinh',
    '2025-08-27',
    GOV,
    'Sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP về khuyến công',
    '2025-10-15',
    'Mở rộng đối tượng và ngành nghề; Chương trình khuyến công quốc gia do Bộ Công Thương phê duyệt; bổ sung sản xuất và tiêu dùng bền vững, chuyển đổi số, hỗ trợ nghệ nhân.',
  ),
  d(
    '40/2025/NĐ-CP',
    'nghi_dinh',
    '2025-02-26',
    GOV,
    'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương',
    null,
  ),
  d(
    '46/2012/TT-BCT',
    'thong_tu',
    null,
    MOIT,
    'Quy định chi tiết một số nội dung của Nghị định số 45/2012/NĐ-CP về khuyến công',
    '2013-02-10',
    'Được sửa đổi bởi TT 20/2017/TT-BCT.',
  ),
  d('20/2017/TT-BCT', 'thong_tu', null, MOIT, 'Sửa đổi, bổ sung Thông tư số 46/2012/TT-BCT', null, inferred),
  d(
    '36/2013/TT-BCT',
    'thong_tu',
    null,
    MOIT,
    'Quy định về xây dựng kế hoạch, tổ chức thực hiện và quản lý kinh phí khuyến công quốc gia',
    '2014-02-10',
  ),
  d(
    '26/2014/TTLT-BTC-BCT',
    'thong_tu_lien_tich',
    null,
    `${MOF} – ${MOIT}`,
    'Hướng dẫn quản lý và sử dụng kinh phí khuyến công quốc gia và kinh phí khuyến công địa phương',
    '2014-04-08',
    `Thay thế TTLT 125/2009; được thay thế bởi TT 28/2018/TT-BTC. ${inferred}`,
  ),
  d(
    '28/2018/TT-BTC',
    'thong_tu',
    '2018-03-28',
    MOF,
    'Hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công',
    '2018-05-11',
    'Được sửa đổi bởi TT 64/2024/TT-BTC.',
  ),
  d(
    '64/2024/TT-BTC',
    'thong_tu',
    '2024-08-28',
    MOF,
    'Sửa đổi, bổ sung một số điều của Thông tư số 28/2018/TT-BTC hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công',
    null,
  ),
  d(
    '26/2014/TT-BCT',
    'thong_tu',
    null,
    MOIT,
    'Quy định về việc tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
    '2014-10-21',
    'Được sửa đổi bởi TT 14/2018/TT-BCT và TT 38/2025/TT-BCT.',
  ),
  d(
    '14/2018/TT-BCT',
    'thong_tu',
    null,
    MOIT,
    'Sửa đổi, bổ sung một số điều của Thông tư số 26/2014/TT-BCT',
    '2018-08-16',
  ),
  d(
    '38/2025/TT-BCT',
    'thong_tu',
    '2025-06-19',
    MOIT,
    'Sửa đổi, bổ sung một số điều của Thông tư số 26/2014/TT-BCT về bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
    '2025-07-01',
    'Các cấp bình chọn: xã, tỉnh, khu vực, quốc gia.',
  ),
  d(
    '16/2011/TTLT-BCT-BNV',
    'thong_tu_lien_tich',
    null,
    `${MOIT} – Bộ Nội vụ`,
    'Hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Khuyến công địa phương',
    null,
    inferred,
  ),
  d(
    '136/2007/QĐ-TTg',
    'quyet_dinh',
    null,
    PM,
    'Phê duyệt Chương trình khuyến công quốc gia đến năm 2012',
    null,
  ),
  d(
    '1288/QĐ-TTg',
    'quyet_dinh',
    '2014-08-01',
    PM,
    'Phê duyệt Chương trình khuyến công quốc gia đến năm 2020',
    null,
  ),
  d(
    '1881/QĐ-TTg',
    'quyet_dinh',
    '2020-11-20',
    PM,
    'Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021–2025',
    null,
  ),
  d(
    '2646/QĐ-BCT',
    'quyet_dinh',
    '2025-09-23',
    'Bộ trưởng Bộ Công Thương',
    'Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026–2030',
    '2025-09-23',
    'Có hiệu lực từ ngày ký.',
  ),
  d(
    '382/CTĐP-QLKC',
    'cong_van',
    '2019-05-15',
    'Cục Công Thương địa phương',
    'Hướng dẫn xây dựng kế hoạch khuyến công quốc gia năm 2020',
    null,
    inferred,
  ),
  d(
    '20/CT-BCT',
    'chi_thi',
    '2025-12-04',
    'Bộ trưởng Bộ Công Thương',
    'Về các nhóm nhiệm vụ công tác khuyến công',
    null,
    `Mười nhóm nhiệm vụ. ${inferred}`,
  ),
  d(
    '202/2025/QH15',
    'nghi_quyet',
    null,
    'Quốc hội',
    'Về việc sắp xếp đơn vị hành chính cấp tỉnh',
    '2025-07-01',
    '34 đơn vị hành chính cấp tỉnh từ 01/07/2025.',
  ),
];

/** The year of a document: its issue date's, else the 4-digit year in its number (45/2012/NĐ-CP → 2012). */
export function documentYear(number: string, issueDate: string | null | undefined): number | null {
  if (issueDate) return Number(issueDate.slice(0, 4));
  const m = /\/((?:19|20)\d{2})\//.exec(number);
  return m ? Number(m[1]) : null;
}
