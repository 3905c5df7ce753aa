import type { ListResponse } from '../../../../shared/schemas/common.ts';
import type {
  PublicProductDto,
  RegistryItem,
  RegistryQuery,
  VerifyDto,
} from '../../../../shared/schemas/products.ts';
import { groupRules, levelRules } from './products.rules.data.ts';

/** Server-rendered public pages of the registry: plain HTML, every value escaped, mobile-friendly. */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);

const dmy = (d: string) => d.split('-').reverse().join('/');
const levelName = (l: string) => levelRules[l as keyof typeof levelRules]?.nameVi ?? l;
const groupName = (g: string) => groupRules.find((x) => x.code === g)?.nameVi ?? g;
const statusBadge = (s: string) =>
  s === 'valid'
    ? '<span class="b ok">Còn hiệu lực</span>'
    : s === 'expired'
      ? '<span class="b old">Hết hiệu lực</span>'
      : '<span class="b bad">Đã thu hồi</span>';

const css = `*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#f5f7fa;line-height:1.5}
header{background:#0b4f8a;color:#fff;padding:12px 16px}header a{color:#fff;text-decoration:none}header nav{display:flex;gap:16px;flex-wrap:wrap;align-items:center;max-width:1100px;margin:0 auto}
header strong{font-size:1.1rem;margin-right:auto}main{max-width:1100px;margin:0 auto;padding:16px}h1{font-size:1.5rem;margin:8px 0 16px}
form.f{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:8px;background:#fff;padding:12px;border-radius:8px;margin-bottom:16px}
form.f input,form.f select,form.f button{padding:8px;border:1px solid #cbd2d9;border-radius:6px;font:inherit}form.f button{background:#0b4f8a;color:#fff;border:0;cursor:pointer}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}.card{background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 2px rgba(0,0,0,.08);display:flex;flex-direction:column}
.card img{width:100%;height:160px;object-fit:cover;background:#e4e7eb}.card .ph{height:160px;background:#e4e7eb;display:flex;align-items:center;justify-content:center;color:#7b8794}
.card .c{padding:10px 12px}.card h2{font-size:1rem;margin:0 0 4px}.card h2 a{color:#0b4f8a}.m{color:#52606d;font-size:.9rem}
.b{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8rem}.ok{background:#e3f9e5;color:#05400a}.old{background:#fff3c4;color:#513c06}.bad{background:#ffe3e3;color:#610404}
table{width:100%;border-collapse:collapse;background:#fff}th,td{padding:8px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top}
.pager{display:flex;gap:8px;margin:16px 0}.pager a{padding:6px 12px;background:#fff;border-radius:6px;color:#0b4f8a}.photos{display:flex;gap:8px;flex-wrap:wrap}.photos img{max-width:100%;width:320px;border-radius:8px}
.box{background:#fff;border-radius:8px;padding:16px;margin-bottom:16px}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}dt{color:#52606d}
@media(max-width:600px){dl{grid-template-columns:1fr}th:nth-child(n+4),td:nth-child(n+4){display:none}}`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} – Khuyến Công</title><style>${css}</style></head><body>
<header><nav><strong><a href="/">Khuyến Công</a></strong><a href="/san-pham-tieu-bieu">Sản phẩm CNNT tiêu biểu</a><a href="/xac-minh-chung-nhan">Xác minh giấy chứng nhận</a></nav></header>
<main>${body}</main></body></html>`;
}

const option = (value: string, label: string, current: string | number | undefined) =>
  `<option value="${esc(value)}"${String(current ?? '') === value ? ' selected' : ''}>${esc(label)}</option>`;

export function registryPage(
  data: ListResponse<RegistryItem>,
  q: RegistryQuery,
  provinces: { code: string; name: string }[],
): string {
  const years = Array.from({ length: 13 }, (_, i) => String(new Date().getFullYear() - i));
  const form = `<form class="f" method="get" action="/san-pham-tieu-bieu" role="search">
<input type="search" name="q" value="${esc(q.q)}" placeholder="Tên sản phẩm, cơ sở (gõ không dấu được)" aria-label="Tìm kiếm">
<select name="level" aria-label="Cấp">${option('', 'Mọi cấp', q.level)}${['nation', 'region', 'province', 'commune', 'district'].map((l) => option(l, levelName(l), q.level)).join('')}</select>
<select name="year" aria-label="Năm">${option('', 'Mọi năm', q.year)}${years.map((y) => option(y, y, q.year)).join('')}</select>
<select name="group" aria-label="Nhóm">${option('', 'Mọi nhóm', q.group)}${groupRules.map((g) => option(g.code, g.nameVi, q.group)).join('')}</select>
<select name="provinceCode" aria-label="Tỉnh, thành phố">${option('', 'Mọi tỉnh, thành phố', q.provinceCode)}${provinces.map((p) => option(p.code, p.name, q.provinceCode)).join('')}</select>
<button type="submit">Tìm</button></form>`;
  const cards = data.items
    .map(
      (i) => `<article class="card">${
        i.photoFileId
          ? `<img src="/api/public/products/${esc(i.productId)}/photos/${esc(i.photoFileId)}" alt="${esc(i.productName)}" loading="lazy">`
          : '<div class="ph">Chưa có ảnh</div>'
      }<div class="c"><h2><a href="/san-pham-tieu-bieu/${esc(i.productId)}">${esc(i.productName)}</a></h2>
<div class="m">${esc(i.establishmentName)} · ${esc(i.provinceName)}</div>
<div class="m">${esc(levelName(i.level))} ${esc(i.year)} · ${esc(groupName(i.group))}</div>
<div class="m">Số GCN <a href="/xac-minh-chung-nhan/${encodeURIComponent(i.certificateNumber)}">${esc(i.certificateNumber)}</a> ${statusBadge(i.status)}</div></div></article>`,
    )
    .join('');
  const params = (p: number) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...q, page: p, pageSize: undefined, lang: undefined }))
      if (v !== undefined && v !== '') u.set(k, String(v));
    return `/san-pham-tieu-bieu?${u.toString()}`;
  };
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pager = `<div class="pager">${data.page > 1 ? `<a href="${esc(params(data.page - 1))}">‹ Trang trước</a>` : ''}<span>Trang ${data.page}/${pages} · ${data.total.toLocaleString('vi-VN')} sản phẩm</span>${
    data.page < pages ? `<a href="${esc(params(data.page + 1))}">Trang sau ›</a>` : ''
  }</div>`;
  return page(
    'Sản phẩm công nghiệp nông thôn tiêu biểu',
    `<h1>Sản phẩm công nghiệp nông thôn tiêu biểu</h1>${form}${data.items.length ? `<div class="grid">${cards}</div>` : '<p>Không tìm thấy sản phẩm phù hợp.</p>'}${pager}`,
  );
}

export function productPage(p: PublicProductDto): string {
  const photos = p.photoFileIds.length
    ? `<div class="photos">${p.photoFileIds.map((f) => `<img src="/api/public/products/${esc(p.id)}/photos/${esc(f)}" alt="${esc(p.name)}">`).join('')}</div>`
    : '';
  const rows = p.history
    .map(
      (
        h,
      ) => `<tr><td>${esc(levelName(h.level))} ${esc(h.year)}</td><td><a href="/xac-minh-chung-nhan/${encodeURIComponent(h.certificateNumber)}">${esc(h.certificateNumber)}</a></td>
<td>${statusBadge(h.status)}<br><span class="m">đến ${esc(dmy(h.validUntil))}</span></td><td>${esc(h.organiserName)}, QĐ ${esc(h.decisionNumber)} ngày ${esc(dmy(h.decisionDate))}</td></tr>`,
    )
    .join('');
  return page(
    p.name,
    `<p><a href="/san-pham-tieu-bieu">‹ Danh mục sản phẩm tiêu biểu</a></p><h1>${esc(p.name)}</h1>
<div class="box"><dl><dt>Cơ sở sản xuất</dt><dd>${esc(p.establishmentName)}</dd><dt>Tỉnh, thành phố</dt><dd>${esc(p.provinceName)}</dd>
<dt>Nhóm sản phẩm</dt><dd>${esc(groupName(p.group))}</dd></dl></div>${photos}
<div class="box"><h2>Mô tả</h2><p>${esc(p.description).replace(/\n/g, '<br>')}</p></div>
<h2>Quá trình công nhận</h2><table><thead><tr><th>Cấp, năm</th><th>Số giấy chứng nhận</th><th>Hiệu lực</th><th>Quyết định</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

export function notFoundPage(title: string, message: string): string {
  return page(
    title,
    `<h1>${esc(title)}</h1><div class="box"><p>${esc(message)}</p><p><a href="/san-pham-tieu-bieu">‹ Danh mục sản phẩm tiêu biểu</a></p></div>`,
  );
}

export function verifyPage(number: string, v: VerifyDto | null, qrSvg: string | null): string {
  const form = `<form class="f" method="get" action="/xac-minh-chung-nhan"><input name="so" value="${esc(number)}" placeholder="Số giấy chứng nhận" aria-label="Số giấy chứng nhận" required><button type="submit">Xác minh</button></form>`;
  if (!number) return page('Xác minh giấy chứng nhận', `<h1>Xác minh giấy chứng nhận</h1>${form}`);
  if (!v)
    return page(
      'Không tìm thấy giấy chứng nhận',
      `<h1>Xác minh giấy chứng nhận</h1>${form}<div class="box"><p><span class="b bad">Không tìm thấy</span> Không có giấy chứng nhận số <strong>${esc(number)}</strong> trong cơ sở dữ liệu.</p></div>`,
    );
  const verdict =
    v.status === 'valid'
      ? `Giấy chứng nhận <strong>còn hiệu lực</strong> vào ngày ${esc(dmy(v.validOn))}.`
      : v.status === 'expired'
        ? `Giấy chứng nhận <strong>đã hết hiệu lực</strong> từ sau ngày ${esc(dmy(v.validUntil))}.`
        : `Giấy chứng nhận <strong>đã bị thu hồi</strong>${v.revokedReason ? `: ${esc(v.revokedReason)}` : ''}.`;
  return page(
    `Giấy chứng nhận ${v.number}`,
    `<h1>Xác minh giấy chứng nhận</h1>${form}<div class="box"><p>${statusBadge(v.status)} ${verdict}</p>
<dl><dt>Số</dt><dd>${esc(v.number)}</dd><dt>Sản phẩm</dt><dd><a href="/san-pham-tieu-bieu/${esc(v.productId)}">${esc(v.productName)}</a></dd>
<dt>Cơ sở</dt><dd>${esc(v.establishmentName)}${v.provinceName ? `, ${esc(v.provinceName)}` : ''}</dd><dt>Cấp</dt><dd>${esc(levelName(v.level))} năm ${esc(v.year)}</dd>
<dt>Quyết định</dt><dd>Số ${esc(v.decisionNumber)} ngày ${esc(dmy(v.decisionDate))} của ${esc(v.organiserName)}</dd><dt>Hiệu lực đến</dt><dd>${esc(dmy(v.validUntil))}</dd></dl>
${qrSvg ? `<div style="width:140px;margin-top:12px" aria-label="Mã QR của trang xác minh">${qrSvg}</div>` : ''}</div>`,
  );
}
