import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, type TestApp, testApp } from '../../../test/http.ts';

let t: TestApp;
const get = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await testApp();
});

/** Throws unless the text is well-formed XML. */
function parseXml(xml: string): string[] {
  const names: string[] = [];
  const p = new SaxesParser();
  p.on('error', (e) => {
    throw e;
  });
  p.on('opentag', (tag) => names.push(tag.name));
  p.write(xml).close();
  return names;
}

describe('public pages', () => {
  it('serves the home page as server-rendered HTML with the latest items and a sign-in link', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers.etag).toBeTruthy();
    expect(res.body).toContain('<html lang="vi">');
    expect(res.body).toContain('Đổi mới cách thức xây dựng kế hoạch kinh phí khuyến công quốc gia năm 2020');
    expect(res.body).toMatch(/Hội chợ Công nghiệp nông thôn tiêu biểu khu vực phía Nam năm \d{4}/);
    expect(res.body).toContain('382/CTĐP-QLKC');
    // this year's plan as seeded (An Giang, four schemes of 300 tr), from the reports module's source
    expect(res.body).toContain('<div><dt>Số đề án</dt><dd>4</dd></div>');
    expect(res.body).toContain('<div><dt>Kinh phí hỗ trợ</dt><dd>1.200.000.000 ₫</dd></div>');
    expect(res.body).toContain('<a class="login" href="/dang-nhap">Đăng nhập</a>');
    expect(res.body).not.toContain('<script');
    const again = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('renders an article with Open Graph tags, dd/mm/yyyy dates and related items as in the source list', async () => {
    const res = await get('/tin-tuc/ket-qua-khuyen-cong-quoc-gia-6-thang-dau-nam-2019');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta property="og:type" content="article">');
    expect(res.body).toContain(
      '<meta property="og:title" content="Kết quả triển khai hoạt động khuyến công quốc gia 6 tháng đầu năm 2019">',
    );
    expect(res.body).toContain('Ngày đăng: <time datetime="2019-07-24T02:00:00.000Z">24/07/2019</time>');
    expect(res.body).toMatch(/<section class="related"><h2>Tin liên quan<\/h2>/);
  });

  it('escapes every field and keeps the sanitised body', async () => {
    const officer = await signIn(t.app, demo.hanoiOfficer);
    const leader = await signIn(t.app, demo.hanoiLeader);
    const a = (
      await officer.post('/api/portal/articles', {
        title: 'Tin <script>alert("x")</script> & "ngoặc"',
        summary: '<img src=x onerror=alert(1)>',
        category: 'tin-hoat-dong',
        tags: ['<b>thẻ</b>'],
        bodyHtml:
          '<p>An toàn</p><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><iframe src="https://evil.example"></iframe>',
      })
    ).json() as { id: string; version: number; publicUrl: string };
    await leader.post(`/api/portal/items/${a.id}/transitions`, { action: 'publish', version: a.version });
    const res = await get(a.publicUrl);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'Tin &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;ngoặc&quot;',
    );
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(res.body).toContain('#&lt;b&gt;thẻ&lt;/b&gt;');
    expect(res.body.match(/<script>alert|<img src="?x|javascript:|evil\.example/)?.[0]).toBeUndefined();
    expect(res.body).toContain('<p>An toàn</p>');
  });

  it('redirects an accented or capitalised slug to its canonical URL and answers 404 in HTML otherwise', async () => {
    const redirect = await get(
      `/tin-tuc/${encodeURIComponent('Kết-quả-khuyến-công-quốc-gia-6-tháng-đầu-năm-2019')}`,
    );
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/tin-tuc/ket-qua-khuyen-cong-quoc-gia-6-thang-dau-nam-2019');
    const missing = await get('/tin-tuc/khong-ton-tai');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Không tìm thấy trang');
    expect((await get('/tin-tuc/chuyen-muc/khong-co')).statusCode).toBe(404);
  });

  it('lists with filters and paging, the documents library searches by number without accents', async () => {
    const news = await get('/tin-tuc/chuyen-muc/chinh-sach');
    expect(news.body).toContain('Ưu tiên hỗ trợ công nghiệp chế biến nông lâm thủy sản và máy nông nghiệp');
    expect(news.body).not.toContain('Hợp tác xã Dệt may Tân Châu đổi mới máy dệt');
    const docs = await get(`/van-ban?q=${encodeURIComponent('382/ctdp')}`);
    expect(docs.body).toContain('382/CTĐP-QLKC');
    expect(docs.body).not.toContain('45/2012/NĐ-CP');
    const byIssuer = await get(`/van-ban?q=${encodeURIComponent('chinh phu')}&loai=nghi_dinh`);
    expect(byIssuer.body).toContain('45/2012/NĐ-CP');
    const past = await get('/su-kien?thoi-gian=da-dien-ra&loai=trade_mission');
    expect(past.body).toContain('Cộng hoà Ba Lan');
  });

  it('searches articles, events and documents without accents, ranked, with highlights', async () => {
    const res = await get(`/tim-kiem?q=${encodeURIComponent('hoi cho cong nghiep nong thon')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(
      /<mark>Hội<\/mark> <mark>chợ<\/mark> <mark>Công<\/mark> <mark>nghiệp<\/mark> <mark>nông<\/mark> <mark>thôn<\/mark>/,
    );
    const doc = await get(
      `/tim-kiem?q=${encodeURIComponent('xay dung ke hoach kinh phi 2020')}&loai=document`,
    );
    expect(doc.body).toContain('382/CTĐP-QLKC');
    const none = await get('/tim-kiem?q=zzzqqq');
    expect(none.body).toContain('Không tìm thấy nội dung phù hợp');
  });

  it('shows the calendar, transparency (no made-up figures), about and contact pages', async () => {
    const cal = await get('/lich-su-kien?thang=2019-09');
    expect(cal.body).toContain('Kết nối, nâng tầm cà phê Việt');
    expect(cal.body).toContain('Tháng 09/2019');
    const tr = await get('/minh-bach?nam=2025');
    expect(tr.body).toContain('Chưa có dữ liệu kế hoạch khuyến công năm 2025');
    expect(tr.body).not.toMatch(/\d\.\d{3}\.\d{3} ₫/);
    expect((await get('/gioi-thieu')).body).toContain('Khuyến công là hoạt động hỗ trợ');
    expect((await get('/lien-he')).statusCode).toBe(200);
    const en = await get('/?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Latest news');
  });
});

describe('feeds and sitemap', () => {
  it('serves well-formed RSS 2.0, per category too', async () => {
    const res = await get('/rss.xml');
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const tags = parseXml(res.body);
    expect(tags.filter((n) => n === 'item').length).toBeGreaterThanOrEqual(5);
    expect(res.body).toContain(
      '<link>http://localhost:80/tin-tuc/ket-qua-khuyen-cong-quoc-gia-6-thang-dau-nam-2019</link>',
    );
    const cat = await get('/tin-tuc/chuyen-muc/chinh-sach/rss.xml');
    parseXml(cat.body);
    expect(cat.body).toContain('Đổi mới cách thức xây dựng kế hoạch');
    expect(cat.body).not.toContain('Kết quả triển khai hoạt động');
    parseXml((await get('/su-kien/rss.xml')).body);
    parseXml((await get('/van-ban/rss.xml')).body);
    expect((await get('/tin-tuc/chuyen-muc/khong-co/rss.xml')).statusCode).toBe(404);
  });

  it('lists every public URL in the sitemap and none that is not public', async () => {
    const res = await get('/sitemap.xml');
    parseXml(res.body);
    expect(res.body).toContain(
      '<loc>http://localhost:80/van-ban/45-2012-nd-cp-nghi-dinh-ve-khuyen-cong</loc>'.replace(
        '45-2012-nd-cp-',
        '',
      ),
    );
    expect(res.body).not.toContain(
      'thong-bao-binh-chon-san-pham-cong-nghiep-nong-thon-tieu-bieu-tinh-an-giang',
    );
  });
});
