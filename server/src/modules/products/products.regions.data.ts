import type { Citation } from '../../../../shared/schemas/rules.ts';

/**
 * The three selection regions of TT 26/2014/TT-BCT Điều 3 over the 63 pre-2025 province codes.
 * The counts (North 28, Central and Central Highlands 15, South 20) were read in the text ([PD]); the
 * membership below is an inference that matches those counts: the North runs to Hà Tĩnh, the Centre from
 * Quảng Bình to Ninh Thuận plus the five Central Highlands provinces, the South from Bình Thuận.
 * The regions after the 2025 reorganisation are not known: a regional round lists its provinces itself
 * (today's codes); these presets only help fill that list.
 */
export type Region2014 = {
  code: string;
  nameVi: string;
  nameEn: string;
  provinceCodes: readonly string[];
  citation: Citation;
};

const citation = (count: number): Citation => ({
  document: 'TT 26/2014/TT-BCT',
  article: '3',
  note: `${count} tỉnh, thành phố (số lượng đã đọc trong văn bản); danh sách tỉnh cụ thể là suy luận khớp với số lượng.`,
});

export const regions2014: readonly Region2014[] = [
  {
    code: 'north_2014',
    nameVi: 'Khu vực phía Bắc',
    nameEn: 'North',
    provinceCodes: [
      '01',
      '02',
      '04',
      '06',
      '08',
      '10',
      '11',
      '12',
      '14',
      '15',
      '17',
      '19',
      '20',
      '22',
      '24',
      '25',
      '26',
      '27',
      '30',
      '31',
      '33',
      '34',
      '35',
      '36',
      '37',
      '38',
      '40',
      '42',
    ],
    citation: citation(28),
  },
  {
    code: 'central_2014',
    nameVi: 'Khu vực miền Trung – Tây Nguyên',
    nameEn: 'Central and Central Highlands',
    provinceCodes: ['44', '45', '46', '48', '49', '51', '52', '54', '56', '58', '62', '64', '66', '67', '68'],
    citation: citation(15),
  },
  {
    code: 'south_2014',
    nameVi: 'Khu vực phía Nam',
    nameEn: 'South',
    provinceCodes: [
      '60',
      '70',
      '72',
      '74',
      '75',
      '77',
      '79',
      '80',
      '82',
      '83',
      '84',
      '86',
      '87',
      '89',
      '91',
      '92',
      '93',
      '94',
      '95',
      '96',
    ],
    citation: citation(20),
  },
];

/**
 * Today's provinces a 2014 region went into, given the old → new province links. A new province that
 * took old provinces from two regions (e.g. Lâm Đồng: Lâm Đồng and Đắk Nông from the Centre, Bình Thuận
 * from the South) is listed in `ambiguous` rather than guessed.
 */
export function regionSuccessors(
  region: Region2014,
  successorOf: ReadonlyMap<string, string>,
): { provinceCodes: string[]; ambiguous: string[] } {
  const inRegion = new Set(
    region.provinceCodes.map((c) => successorOf.get(c)).filter((c): c is string => !!c),
  );
  const ambiguous = new Set<string>();
  for (const [old, next] of successorOf)
    if (inRegion.has(next) && !region.provinceCodes.includes(old)) ambiguous.add(next);
  return {
    provinceCodes: [...inRegion].filter((c) => !ambiguous.has(c)).sort(),
    ambiguous: [...ambiguous].sort(),
  };
}
