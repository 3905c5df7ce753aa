/**
 * Tiny HTML templating for the public site: every interpolated value is escaped unless it is already
 * SafeHtml (built by `html` or deliberately marked with `raw` — only for sanitised bodies and our own markup).
 */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interp = SafeHtml | string | number | null | undefined | false | readonly Interp[];

function render(v: Interp): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Interp[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks markup as safe: the sanitised body of an item, or a highlight built by escaping. */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s);
}

/** XML text/attribute escaping for RSS and the sitemap (same rules as HTML, plus control characters dropped). */
export function escapeXml(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; they are removed.
  return escapeHtml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}
