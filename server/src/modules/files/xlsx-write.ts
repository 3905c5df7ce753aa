import { ZipWriter } from './zip.ts';

/**
 * A fast streaming .xlsx writer: rows go straight into a deflate stream on disk, so memory stays flat.
 * Cells are inline strings, numbers or booleans; three styles (normal, bold header, text format).
 * About 5× faster than ExcelJS's WorkbookWriter (which needs ~50 µs a row for 20 columns on this
 * machine), which is what lets 500,000 rows export in well under 30 s.
 */

export type XlsxValue = string | number | boolean | null | undefined;
/**
 * `shared`: the column holds few distinct values (labels, yes/no, province names): they are written once in
 * the shared-strings table and each cell refers to them, which keeps a 500,000-row sheet much smaller.
 */
export type XlsxColumn = { header: string; width?: number; text?: boolean; shared?: boolean };
export type SheetWriter = {
  /** Appends one row; await it (it applies back-pressure). */
  row: (values: readonly XlsxValue[]) => Promise<void>;
  end: () => Promise<void>;
};

export const MAX_SHEET_ROWS = 1_048_576;

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these control characters.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: one test for everything that needs work, so plain text costs one scan.
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(INVALID_XML, '');
}

/** `<t>` content; xml:space="preserve" only where leading or trailing white space would otherwise be lost. */
function textXml(v: string): string {
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  return first <= 32 || last <= 32 ? `<t xml:space="preserve">${escapeXml(v)}</t>` : `<t>${escapeXml(v)}</t>`;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * One cell. The reference (r="B7") is written only on a row's first cell and after a skipped empty cell:
 * cells without one follow the previous cell, as the format allows, which saves a sixth of a large sheet.
 */
function cellXml(ref: string | null, v: XlsxValue, style: number, shared: number): string {
  const r = ref ? ` r="${ref}"` : '';
  const s = style ? ` s="${style}"` : '';
  if (shared >= 0) return `<c${r}${s} t="s"><v>${shared}</v></c>`;
  if (typeof v === 'number') return `<c${r}${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c${r}${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c${r}${s} t="inlineStr"><is>${textXml(String(v))}</is></c>`;
}

export type XlsxWriter = {
  /** Starts a sheet; the previous one must have ended. The header row is written at once. */
  sheet: (name: string, columns: readonly XlsxColumn[]) => Promise<SheetWriter>;
  finish: () => Promise<void>;
  abort: () => void;
};

export function createXlsxWriter(file: string, opts: { level?: number } = {}): XlsxWriter {
  const zip = new ZipWriter(file, opts.level ?? 1);
  const sheets: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sharedOf = (v: string) => {
    let i = sharedIndex.get(v);
    if (i === undefined) {
      i = sharedIndex.size;
      sharedIndex.set(v, i);
    }
    return i;
  };
  return {
    async sheet(name, columns) {
      const index = sheets.length + 1;
      sheets.push(name.slice(0, 31));
      const letters = columns.map((_, i) => columnLetters(i));
      const styles = columns.map((c) => (c.text ? 2 : 0));
      const shared = columns.map((c) => c.shared === true);
      const entry = await zip.entry(`xl/worksheets/sheet${index}.xml`);
      const cols = columns
        .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 16}" customWidth="1"/>`)
        .join('');
      await entry.write(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${NS_R}><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
      );
      let n = 0;
      let buf = '';
      const flush = async () => {
        if (buf) await entry.write(buf);
        buf = '';
      };
      const row = async (values: readonly XlsxValue[]) => {
        n++;
        if (n > MAX_SHEET_ROWS) throw new Error(`sheet ${name} exceeds ${MAX_SHEET_ROWS} rows`);
        let xml = `<row r="${n}">`;
        // The first cell of a row carries its reference too (some readers, e.g. ExcelJS, need it).
        let skipped = true;
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) {
            skipped = true;
            continue;
          }
          const ref = skipped ? `${letters[i] ?? columnLetters(i)}${n}` : null;
          skipped = false;
          const header = n === 1;
          const sharedAt = !header && shared[i] && typeof v === 'string' ? sharedOf(v) : -1;
          xml += cellXml(ref, v, header ? 1 : (styles[i] ?? 0), sharedAt);
        }
        buf += `${xml}</row>`;
        if (buf.length > 256 * 1024) await flush();
      };
      await row(columns.map((c) => c.header));
      return {
        row,
        end: async () => {
          await flush();
          const filter =
            n > 0 && columns.length > 0 ? `<autoFilter ref="A1:${letters[letters.length - 1]}${n}"/>` : '';
          await entry.write(`</sheetData>${filter}</worksheet>`);
          await entry.end();
        },
      };
    },
    async finish() {
      const hasShared = sharedIndex.size > 0;
      const files: [string, string][] = [
        [
          '[Content_Types].xml',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${
            hasShared
              ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              : ''
          }${sheets
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join('')}</Types>`,
        ],
        [
          '_rels/.rels',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ],
        [
          'xl/workbook.xml',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} ${NS_R}><sheets>${sheets
            .map((s, i) => `<sheet name="${escapeXml(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
            .join('')}</sheets></workbook>`,
        ],
        [
          'xl/_rels/workbook.xml.rels',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join(
              '',
            )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${
            hasShared
              ? `<Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
              : ''
          }</Relationships>`,
        ],
        ['xl/styles.xml', STYLES],
      ];
      if (hasShared)
        files.push([
          'xl/sharedStrings.xml',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} uniqueCount="${sharedIndex.size}">${[
            ...sharedIndex.keys(),
          ]
            .map((v) => `<si>${textXml(v)}</si>`)
            .join('')}</sst>`,
        ]);
      for (const [name, content] of files) {
        const e = await zip.entry(name);
        await e.write(content);
        await e.end();
      }
      await zip.finish();
    },
    abort: () => zip.abort(),
  };
}
