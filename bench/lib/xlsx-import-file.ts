import { importColumns } from '../../server/src/modules/establishments/import.columns.ts';
import { createXlsxWriter } from '../../server/src/modules/files/xlsx-write.ts';
import { taxCodeCheckDigitOk } from '../../shared/registration-code.ts';

export type ImportRowSpec = {
  name: string;
  kind: string;
  hasCode: boolean;
  representative: string;
  unit: string;
  workforce: number;
  year: number;
};

/** An import file in the template's layout, streamed to disk (any size). */
export async function writeImportFile(
  file: string,
  rows: number,
  row: (i: number) => ImportRowSpec,
): Promise<void> {
  const w = createXlsxWriter(file, { level: 6 });
  const sheet = await w.sheet(
    'Danh sách',
    importColumns.map((c) => ({ header: c.header, width: c.width, text: c.text })),
  );
  let k = 5_000_000;
  const nextCode = () => {
    for (;;) {
      const nine = `16${String(k++).padStart(7, '0')}`;
      for (let d = 0; d <= 9; d++) if (taxCodeCheckDigitOk(`${nine}${d}`)) return `${nine}${d}`;
    }
  };
  for (let i = 0; i < rows; i++) {
    const r = row(i);
    const byKey: Record<string, string | number | null> = {
      stt: i + 1,
      name: r.name,
      kind: r.kind,
      registrationCode: r.hasCode ? nextCode() : null,
      representative: r.representative,
      unit: r.unit,
      industries: 'ND45-I6',
      workforce: r.workforce,
      foundedYear: r.year,
      womanOwned: 'Không',
      status: 'Đang hoạt động',
    };
    await sheet.row(importColumns.map((c) => byKey[c.key] ?? null));
  }
  await sheet.end();
  await w.finish();
}
