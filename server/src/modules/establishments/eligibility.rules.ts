import type {
  CitationDto,
  EligibilityStatus,
  EstablishmentStatus,
} from '../../../../shared/schemas/establishments.ts';
import type { EligibilityInput, LocationFacts, Reason, Verdict } from './eligibility.ts';

/**
 * The two assessments of eligibility.ts, with their citations: the 2012 rule (NĐ 45/2012 Art 1.2,
 * TT 46/2012 Art 3) and the 2025 rule (NĐ 45/2012 as amended by NĐ 235/2025, points a and b).
 */

const ND45: CitationDto = { document: 'Nghị định 45/2012/NĐ-CP', article: 'Điều 1', clause: 'khoản 2' };
const TT46: CitationDto = { document: 'Thông tư 46/2012/TT-BCT', article: 'Điều 3' };
const ND235 = (point: 'a' | 'b'): CitationDto => ({
  document: 'Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP',
  article: 'Điều 1',
  clause: 'khoản 2',
  point,
  note: 'Hiệu lực từ 15/10/2025',
});

export const r = (code: string, vi: string, en: string): Reason => ({ code, vi, en });

function statusVerdict(status: EstablishmentStatus, citations: CitationDto[]): Verdict | null {
  if (status === 'closed')
    return {
      status: 'not_eligible',
      reasons: [
        r(
          'status_closed',
          'Cơ sở đã giải thể hoặc ngừng hoạt động, không còn trực tiếp sản xuất.',
          'The establishment has closed and no longer produces.',
        ),
      ],
      citations,
    };
  if (status === 'suspended')
    return {
      status: 'not_eligible',
      reasons: [
        r(
          'status_suspended',
          'Cơ sở đang tạm ngừng hoạt động, không trực tiếp sản xuất tại thời điểm xét.',
          'The establishment is suspended and does not produce at this time.',
        ),
      ],
      citations,
    };
  return null;
}

function combine(parts: Verdict[]): Verdict {
  const status: EligibilityStatus = parts.some((p) => p.status === 'not_eligible')
    ? 'not_eligible'
    : parts.some((p) => p.status === 'undetermined')
      ? 'undetermined'
      : 'eligible';
  const relevant = parts.filter((p) => status === 'eligible' || p.status === status);
  return {
    status,
    reasons: relevant.flatMap((p) => p.reasons),
    citations: dedupe(parts.flatMap((p) => p.citations)),
  };
}

function dedupe(cs: CitationDto[]): CitationDto[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const k = JSON.stringify(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function assess2012(input: EligibilityInput): Verdict {
  const cite = [ND45, TT46];
  const byStatus = statusVerdict(input.status, cite);
  if (byStatus) return byStatus;
  if (input.cleanerProduction)
    return {
      status: 'eligible',
      reasons: [
        r(
          'cleaner_production',
          'Cơ sở áp dụng sản xuất sạch hơn: thuộc đối tượng không phụ thuộc địa bàn.',
          'Applies cleaner production: eligible wherever it is.',
        ),
      ],
      citations: [TT46],
    };
  const kind: Verdict =
    input.kind === 'cooperative_union'
      ? {
          status: 'undetermined',
          reasons: [
            r(
              'kind_union_2012',
              'Liên hiệp hợp tác xã không được nêu riêng trong NĐ 45/2012 (chỉ nêu hợp tác xã, tổ hợp tác): cần xác minh.',
              'A union of cooperatives is not named separately by the 2012 decree: verify.',
            ),
          ],
          citations: [ND45],
        }
      : {
          status: 'eligible',
          reasons: [
            r(
              'kind_ok',
              'Loại hình thuộc đối tượng (DNNVV, HTX, tổ hợp tác, hộ kinh doanh).',
              'The kind of establishment is covered.',
            ),
          ],
          citations: [ND45],
        };
  return combine([kind, place2012(input.location)]);
}

function place2012(loc: LocationFacts): Verdict {
  const p = loc.entered;
  const ok = (code: string, vi: string, en: string): Verdict => ({
    status: 'eligible',
    reasons: [r(code, vi, en)],
    citations: [ND45],
  });
  const verify = (code: string, vi: string, en: string): Verdict => ({
    status: 'undetermined',
    reasons: [r(code, vi, en)],
    citations: [ND45, TT46],
  });
  if (p.era === '2025') {
    if (p.communeType === 'xa') return ok('place_commune', 'Địa bàn là xã.', 'Located in a commune.');
    if (p.communeType === 'dac_khu')
      return ok(
        'place_special_zone',
        'Địa bàn là đặc khu (trước đây là huyện đảo).',
        'Located in a special zone (formerly an island district).',
      );
    return verify(
      'place_ward_2025',
      'Phường sau sắp xếp 01/07/2025: quy định năm 2012 chỉ áp dụng cho phường thuộc thị xã hoặc thành phố loại II, III — cần xác minh.',
      'A ward after 1 July 2025: the 2012 rule covers only wards of towns or class-2/3 cities — verify.',
    );
  }
  if (p.communeType === 'xa') return ok('place_commune', 'Địa bàn là xã.', 'Located in a commune.');
  if (p.communeType === 'thi_tran')
    return ok('place_township', 'Địa bàn là thị trấn.', 'Located in a township.');
  if (p.communeType === 'phuong') {
    if (p.districtType === 'thi_xa')
      return ok('place_town_ward', 'Phường thuộc thị xã.', 'A ward of a town (thị xã).');
    if (p.districtType === 'quan')
      return {
        status: 'not_eligible',
        reasons: [
          r(
            'place_urban_ward',
            'Phường thuộc quận của thành phố trực thuộc trung ương: không thuộc địa bàn áp dụng.',
            'A ward of an urban district of a centrally-run city is not covered.',
          ),
        ],
        citations: [ND45, TT46],
      };
    return verify(
      'place_city_ward_class',
      'Phường thuộc thành phố: chỉ đủ điều kiện nếu là đô thị loại II, III (hoặc loại I và phường mới chuyển từ xã chưa quá 5 năm); hệ thống chưa có phân loại đô thị — cần xác minh.',
      'A city ward: eligible only in a class-2/3 city (or a class-1 city, converted from a commune under 5 years ago) — verify.',
    );
  }
  if (p.districtType === 'huyen' || p.districtType === 'thi_xa')
    return ok('place_district', 'Địa bàn thuộc huyện hoặc thị xã.', 'Located in a rural district or town.');
  return verify(
    'place_unknown',
    'Chưa xác định được loại đơn vị hành chính cấp xã của cơ sở.',
    'The commune type is not known.',
  );
}

export function assess2025(input: EligibilityInput): Verdict {
  const byStatus = statusVerdict(input.status, [ND235('a')]);
  if (byStatus) return byStatus;
  if (input.cleanerProduction)
    return {
      status: 'eligible',
      reasons: [
        r(
          'cleaner_production',
          'Cơ sở áp dụng sản xuất sạch hơn, sản xuất bền vững: thuộc đối tượng điểm b, không phụ thuộc địa bàn.',
          'Cleaner or sustainable production: eligible under point b wherever it is.',
        ),
      ],
      citations: [ND235('b')],
    };
  const kind: Verdict = {
    status: 'eligible',
    reasons: [
      r(
        'kind_ok',
        'Loại hình thuộc đối tượng (DNNVV, tổ hợp tác, HTX, liên hiệp HTX, hộ kinh doanh).',
        'The kind of establishment is covered.',
      ),
    ],
    citations: [ND235('a')],
  };
  if (input.craftVillage)
    return combine([
      kind,
      {
        status: 'eligible',
        reasons: [
          r(
            'craft_village',
            `Sản xuất tại làng nghề được UBND cấp tỉnh công nhận (${input.craftVillage}).`,
            `Produces in a recognised craft village (${input.craftVillage}).`,
          ),
        ],
        citations: [ND235('a')],
      },
    ]);
  return combine([kind, place2025(input.location)]);
}

function place2025(loc: LocationFacts): Verdict {
  const cite = [ND235('a')];
  const place = loc.current ?? (loc.entered.era === '2025' ? loc.entered : null);
  const provinceType = place?.provinceType ?? loc.currentProvinceType;
  if (provinceType === 'tinh')
    return {
      status: 'eligible',
      reasons: [
        r(
          'place_province',
          'Địa bàn là xã, phường hoặc đặc khu thuộc tỉnh.',
          'A commune, ward or special zone of a province.',
        ),
      ],
      citations: cite,
    };
  if (provinceType !== 'thanh_pho_tw')
    return {
      status: 'undetermined',
      reasons: [
        r(
          'place_unknown',
          'Chưa xác định được tỉnh/thành phố hiện hành của đơn vị hành chính.',
          "Today's province of the unit is not known.",
        ),
      ],
      citations: cite,
    };
  if (!place)
    return {
      status: 'undetermined',
      reasons: [
        r(
          'place_city_unmapped',
          'Thuộc thành phố trực thuộc trung ương nhưng chưa xác định được xã/phường sau sắp xếp 01/07/2025: cần xác minh (chỉ xã, đặc khu hoặc làng nghề được công nhận mới đủ điều kiện).',
          'In a centrally-run city, but the post-2025 commune is not known: verify.',
        ),
      ],
      citations: cite,
    };
  if (place.communeType === 'xa' || place.communeType === 'dac_khu')
    return {
      status: 'eligible',
      reasons: [
        r(
          'place_city_commune',
          'Xã hoặc đặc khu thuộc thành phố trực thuộc trung ương.',
          'A commune or special zone of a centrally-run city.',
        ),
      ],
      citations: cite,
    };
  return {
    status: 'not_eligible',
    reasons: [
      r(
        'place_city_ward',
        'Phường thuộc thành phố trực thuộc trung ương, không sản xuất tại làng nghề được công nhận.',
        'A ward of a centrally-run city, outside a recognised craft village.',
      ),
    ],
    citations: cite,
  };
}
