/**
 * The inner loop of the .xlsx reader: a byte-level scanner over worksheet XML that turns complete
 * <row> elements into cells without decoding the markup to strings (only cell values are decoded).
 * Handles namespace prefixes (<x:c>), shared and inline strings, formulas, booleans and errors.
 */

export type XlsxCell = { v: string | number | boolean; formula?: boolean; error?: boolean };
export type XlsxRow = { n: number; cells: (XlsxCell | undefined)[] };
export type SheetState = { seq: number };

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  let out = s;
  if (out.includes('&')) {
    out = out.replace(ENTITY, (_m, e: string) => {
      if (e[0] === '#')
        return String.fromCodePoint(
          e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10),
        );
      return named[e] ?? '';
    });
  }
  if (out.includes('_x'))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return out;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13;
}

function typeCode(b: Uint8Array, s: number, e: number): number {
  const len = e - s;
  const c = b[s];
  if (len === 1)
    return c === 115 ? T_SHARED : c === 98 ? T_BOOL : c === 101 ? T_ERROR : c === 100 ? T_STR : T_NUMBER;
  if (len === 3 && c === 115) return T_STR; // str
  if (len === 9 && c === 105) return T_INLINE; // inlineStr
  return T_NUMBER;
}

/**
 * Parses every row that lies wholly in b[0, end) and appends it to `out`.
 * The caller cuts the buffer right after a row's end, so no element straddles `end`.
 */
export function parseRows(
  b: Buffer,
  end: number,
  strings: readonly string[],
  state: SheetState,
  out: XlsxRow[],
): void {
  let i = 0;
  let row: XlsxRow | null = null;
  let col = -1;
  let cellCol = -1;
  let cellType = T_NUMBER;
  let formula = false;
  let vStart = -1;
  let vEnd = -1;
  let inIs = false;
  let inRph = false;
  let text: string | null = null;
  while (i < end) {
    while (i < end && b[i] !== LT) i++;
    if (i >= end) break;
    const closing = b[i + 1] === SLASH;
    let ns = i + (closing ? 2 : 1);
    const first = b[ns];
    if (first === 63 || first === 33) {
      // <?…?> or <!-- … -->
      if (first === 33 && b[ns + 1] === 45) {
        const stop = b.indexOf('-->', ns);
        i = stop < 0 ? end : stop + 3;
      } else {
        while (i < end && b[i] !== GT) i++;
        i++;
      }
      continue;
    }
    let ne = ns;
    while (ne < end && !isNameEnd(b[ne]!)) {
      if (b[ne] === 58) ns = ne + 1;
      ne++;
    }
    const len = ne - ns;
    const c0 = b[ns];
    // attributes (only r and t matter) and the tag's end
    let j = ne;
    let rS = -1;
    let rE = -1;
    let tS = -1;
    let tE = -1;
    while (j < end && b[j] !== GT) {
      const ch = b[j]!;
      if (ch === EQ) {
        const nameEnd = j;
        let k = j - 1;
        while (k > ne && b[k] !== 32 && b[k] !== 9 && b[k] !== 10 && b[k] !== 13) k--;
        const quote = b[j + 1]!;
        const vs = j + 2;
        let ve = vs;
        while (ve < end && b[ve] !== quote) ve++;
        if (nameEnd - k === 2) {
          if (b[k + 1] === 114) {
            rS = vs;
            rE = ve;
          } else if (b[k + 1] === 116) {
            tS = vs;
            tE = ve;
          }
        }
        j = ve + 1;
        continue;
      }
      j++;
    }
    const selfClosing = b[j - 1] === SLASH;
    i = j + 1;
    if (len === 3 && c0 === 114 && b[ns + 1] === 111 && b[ns + 2] === 119) {
      // row
      if (closing) {
        if (row) out.push(row);
        row = null;
        continue;
      }
      let n = 0;
      for (let k = rS; k >= 0 && k < rE; k++) n = n * 10 + (b[k]! - 48);
      n = rS >= 0 ? n : state.seq + 1;
      state.seq = n;
      col = -1;
      row = { n, cells: [] };
      if (selfClosing) {
        out.push(row);
        row = null;
      }
      continue;
    }
    if (len === 1 && c0 === 99) {
      // c
      if (!closing) {
        if (rS >= 0) {
          let letters = 0;
          for (let k = rS; k < rE && b[k]! >= 65 && b[k]! <= 90; k++) letters = letters * 26 + (b[k]! - 64);
          col = letters - 1;
        } else col++;
        cellCol = col;
        cellType = tS >= 0 ? typeCode(b, tS, tE) : T_NUMBER;
        formula = false;
        vStart = -1;
        text = null;
        if (selfClosing) cellCol = -1;
        continue;
      }
      if (!row || cellCol < 0) continue;
      let v: string | number | boolean | undefined;
      if (cellType === T_INLINE) v = text ?? '';
      else if (vStart >= 0) {
        if (cellType === T_SHARED) {
          let idx = 0;
          for (let k = vStart; k < vEnd; k++) idx = idx * 10 + (b[k]! - 48);
          v = strings[idx] ?? '';
        } else if (cellType === T_BOOL) v = b[vStart] === 49;
        else if (cellType === T_NUMBER) {
          const raw = b.toString('latin1', vStart, vEnd);
          const num = Number(raw);
          v = Number.isFinite(num) && raw.trim() !== '' ? num : decodeXml(b.toString('utf8', vStart, vEnd));
        } else v = decodeXml(b.toString('utf8', vStart, vEnd));
      } else if (formula) v = '';
      if (v !== undefined) {
        row.cells[cellCol] =
          formula || cellType === T_ERROR ? { v, formula, error: cellType === T_ERROR } : { v };
      }
      cellCol = -1;
      continue;
    }
    if (closing) {
      if (len === 2 && c0 === 105 && b[ns + 1] === 115) inIs = false;
      else if (len === 3 && c0 === 114 && b[ns + 1] === 80) inRph = false;
      continue;
    }
    if (len === 1 && c0 === 118) {
      // v
      if (selfClosing) continue;
      vStart = i;
      while (i < end && b[i] !== LT) i++;
      vEnd = i;
    } else if (len === 1 && c0 === 102) {
      // f
      formula = true;
      if (!selfClosing) while (i < end && b[i] !== LT) i++;
    } else if (len === 2 && c0 === 105 && b[ns + 1] === 115) inIs = !selfClosing;
    else if (len === 3 && c0 === 114 && b[ns + 1] === 80 && b[ns + 2] === 104) inRph = !selfClosing;
    else if (len === 1 && c0 === 116 && inIs && !inRph && !selfClosing) {
      const s = i;
      while (i < end && b[i] !== LT) i++;
      text = (text ?? '') + decodeXml(b.toString('utf8', s, i));
    }
  }
  if (row) out.push(row);
}
