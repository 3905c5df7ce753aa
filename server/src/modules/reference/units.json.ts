/**
 * A small JSON parser that remembers the line each object or array starts on, so that the importer can
 * say "units-before-2025.json, dòng 1234: …" about a value that is well-formed JSON but wrong in shape.
 */
export type JsonWithLines = { value: unknown; lineOf: (node: unknown) => number | undefined };

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonWithLines(text: string): JsonWithLines {
  const lines = new WeakMap<object, number>();
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  const fail = (detail: string): never => {
    throw new JsonSyntaxError(line, detail);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      i++;
    }
  };
  const expect = (ch: string, what: string) => {
    ws();
    if (text[i] !== ch) fail(`thiếu ${what}`);
    i++;
  };
  const str = (): string => {
    let j = i + 1;
    let escaped = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) break;
      if (c === 10) fail('chuỗi ký tự không được xuống dòng');
      if (c === 92) {
        escaped = true;
        j += 2;
      } else j++;
    }
    if (j >= n) fail('chuỗi ký tự không có dấu " đóng');
    const raw = text.slice(i, j + 1);
    i = j + 1;
    if (!escaped) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return fail('chuỗi ký tự có ký tự thoát không hợp lệ');
    }
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return str();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(i >= n ? 'tệp kết thúc giữa chừng' : `ký tự không mong đợi "${c}"`);
  };
  const object = (): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    lines.set(o, line);
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return o;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail('thiếu tên trường trong dấu ngoặc kép');
      const key = str();
      expect(':', 'dấu ":"');
      const v = value();
      Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === '}') {
        i++;
        return o;
      } else fail('thiếu dấu "," hoặc "}"');
    }
  };
  const array = (): unknown[] => {
    const a: unknown[] = [];
    lines.set(a, line);
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return a;
    }
    for (;;) {
      a.push(value());
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === ']') {
        i++;
        return a;
      } else fail('thiếu dấu "," hoặc "]"');
    }
  };

  const result = value();
  ws();
  if (i < n) fail('có nội dung thừa sau giá trị JSON');
  return {
    value: result,
    lineOf: (node) => (node !== null && typeof node === 'object' ? lines.get(node) : undefined),
  };
}
