import { describe, expect, it } from 'vitest';
import { checkUpload, cleanName } from './media.types.ts';
import { sanitizeBody, textOf } from './sanitize.ts';
import { highlight, queryWords, snippet } from './search.ts';
import { firstFreeSlug, isCanonicalSlug, slugify } from './slug.ts';

describe('sanitizeBody', () => {
  const cases: [string, string, RegExp[]][] = [
    ['img onerror', '<p>Ảnh <img src=x onerror=alert(1)></p>', [/onerror/i, /alert/]],
    ['script tag', '<p>Tin</p><script>alert(document.cookie)</script>', [/<script/i, /alert/]],
    ['javascript: link', '<a href="javascript:alert(1)">bấm</a>', [/javascript:/i]],
    ['encoded javascript: link', '<a href="jav&#x09;ascript:alert(1)">x</a>', [/javascript/i, /alert/]],
    ['event handler', '<p onclick="steal()">a</p><b onmouseover=x>b</b>', [/onclick/i, /onmouseover/i]],
    ['foreign iframe', '<iframe src="https://evil.example/x"></iframe>', [/iframe/i, /evil/]],
    ['svg with script', '<svg><script>alert(1)</script></svg>', [/svg/i, /alert/]],
    ['style tag', '<style>body{display:none}</style><p>x</p>', [/style/i, /display/]],
    ['inline style', '<p style="background:url(javascript:alert(1))">x</p>', [/style/i, /javascript/i]],
    ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', [/data:/]],
    ['foreign image', '<img src="https://tracker.example/p.gif">', [/tracker/]],
    ['form', '<form action="https://evil.example"><input name=x></form>', [/<form/i, /<input/i]],
    ['object/embed', '<object data="x.swf"></object><embed src="x.swf">', [/object/i, /embed/i]],
  ];
  it.each(cases)('neutralises %s', (_name, input, forbidden) => {
    const out = sanitizeBody(input);
    for (const re of forbidden) expect(out).not.toMatch(re);
  });

  it('keeps the formatting an article needs', () => {
    const input =
      '<h1>Tiêu đề</h1><h2>Mục</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href="https://moit.gov.vn" target="_blank">link</a></p>' +
      '<ul><li>một</li></ul><ol><li>hai</li></ol><figure><img src="/tep/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/anh.png" alt="ảnh"><figcaption>Chú thích</figcaption></figure>' +
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen></iframe><table><tr><td colspan="2">ô</td></tr></table>';
    const out = sanitizeBody(input);
    expect(out).toContain('<h2>Tiêu đề</h2>');
    expect(out).toContain('<strong>Đậm</strong>');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
    expect(out).toContain('<img src="/tep/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/anh.png" alt="ảnh" />');
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/abc"');
    expect(out).toContain('<td colspan="2">ô</td>');
  });

  it('derives plain text with lines and decoded entities', () => {
    expect(textOf(sanitizeBody('<p>A &amp; B</p><p>Hội&nbsp;chợ</p><ul><li>x</li></ul>'))).toBe(
      'A & B\nHội chợ\nx',
    );
  });
});

describe('slugs', () => {
  it.each([
    ['Hội chợ Công nghiệp nông thôn tiêu biểu 2019', 'hoi-cho-cong-nghiep-nong-thon-tieu-bieu-2019'],
    ['Văn bản số 382/CTĐP-QLKC', 'van-ban-so-382-ctdp-qlkc'],
    ['  ĐẮK LẮK — “cà phê” !!! ', 'dak-lak-ca-phe'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(isCanonicalSlug(slug)).toBe(true);
  });
  it('refuses broken slugs and picks the first free one', () => {
    for (const bad of ['Hoi-Cho', 'hội-chợ', 'a--b', '-a', 'a b', '../etc'])
      expect(isCanonicalSlug(bad)).toBe(false);
    expect(firstFreeSlug('tin', new Set(['tin', 'tin-2']))).toBe('tin-3');
    expect(slugify('x'.repeat(300)).length).toBeLessThanOrEqual(100);
  });
});

describe('search helpers', () => {
  it('folds the query and highlights matches in the original text', () => {
    const words = queryWords('hoi cho  DONG thap');
    expect(words).toEqual(['hoi', 'cho', 'dong', 'thap']);
    expect(highlight('Hội chợ Đồng Tháp <2024>', words)).toBe(
      '<mark>Hội</mark> <mark>chợ</mark> <mark>Đồng</mark> <mark>Tháp</mark> &lt;2024&gt;',
    );
  });
  it('builds an escaped excerpt around the first match', () => {
    const text = `${'mở đầu '.repeat(60)}kế hoạch khuyến công <b>năm 2020</b> ${'kết thúc '.repeat(60)}`;
    const s = snippet(text, queryWords('khuyen cong'));
    expect(s).toContain('<mark>khuyến</mark> <mark>công</mark>');
    expect(s).toContain('&lt;b&gt;');
    expect(s.startsWith('… ')).toBe(true);
  });
});

describe('upload checks', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n');
  const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
  it('accepts real images and documents', () => {
    expect(checkUpload('anh.PNG', png).mime).toBe('image/png');
    expect(checkUpload('van-ban.pdf', pdf).mime).toBe('application/pdf');
  });
  it('refuses a program renamed .pdf, a mismatched extension, SVG and empty files', () => {
    expect(() => checkUpload('van-ban.pdf', exe)).toThrow(/PORTAL_FILE_TYPE_REFUSED/);
    expect(() => checkUpload('anh.jpg', png)).toThrow(/PORTAL_FILE_TYPE_REFUSED/);
    expect(() => checkUpload('anh.svg', new TextEncoder().encode('<svg onload=alert(1)>'))).toThrow(
      /PORTAL_FILE_TYPE_REFUSED/,
    );
    expect(() => checkUpload('rong.pdf', new Uint8Array())).toThrow(/PORTAL_FILE_TYPE_REFUSED/);
    expect(() => checkUpload('van-ban.pdf', pdf, { imageOnly: true })).toThrow(/PORTAL_FILE_TYPE_REFUSED/);
  });
  it('refuses oversized files and cleans names', () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png);
    expect(() => checkUpload('anh.png', big)).toThrow(/PORTAL_FILE_TOO_LARGE/);
    expect(cleanName('C:\\Users\\x\\<b>bao cao".pdf')).toBe('bbao cao.pdf');
    expect(cleanName('../../etc/passwd')).toBe('passwd');
  });
});
