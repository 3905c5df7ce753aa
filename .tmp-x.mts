import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { createXlsxWriter } from './server/src/modules/files/xlsx-write.ts';
import { openXlsx } from './server/src/modules/files/xlsx-read.ts';
const N = Number(process.argv[2] ?? 100000);
for (const level of [1, 6]) {
let t = performance.now();
const w = createXlsxWriter('/tmp/kcx/mine.xlsx', { level });
const s = await w.sheet('Danh sách', Array.from({length: 20}, (_, i) => ({ header: `Cột ${i} & <x>`, text: i === 3 })));
for (let i = 0; i < N; i++) await s.row([i+1, `Hợp tác xã Dệt may số ${i}`, 'Hợp tác xã', String(1000000000+i).padStart(10,'0'), 'Nguyễn Văn A', '0912345678', 'a@b.vn', 'Ấp Long Hưng', 'Xã Tân Hòa, Huyện Chợ Mới, Tỉnh An Giang', 'Làng lụa Tân Châu', 'C13;C14', 'Khăn lụa', 25, 'Dưới 1 tỷ đồng', true, 'Không', 2001, 'Không', 'Đang hoạt động', null]);
await s.end();
const s2 = await w.sheet('Thông tin', [{header:'Khóa'},{header:'Giá trị'}]); await s2.row(['Xuất lúc','27/11/2026']); await s2.end();
await w.finish();
console.log('level', level, 'mine write', N, Math.round(performance.now()-t), 'ms', fs.statSync('/tmp/kcx/mine.xlsx').size, 'rss', Math.round(process.memoryUsage().rss/1e6));
}
let t = performance.now();
const book = await openXlsx('/tmp/kcx/mine.xlsx');
let n = 0; let last;
for await (const r of book.rows(undefined)) { n++; last = r; }
console.log('mine read', n, Math.round(performance.now()-t), 'ms', book.sheetNames, JSON.stringify(last).slice(0,300));
await book.close();
t = performance.now();
const b2 = await openXlsx('/tmp/kcx/t.xlsx'); n = 0;
for await (const r of b2.rows()) { n++; last = r; }
console.log('read exceljs file', n, Math.round(performance.now()-t), 'ms', JSON.stringify(last).slice(0,200), 'rss', Math.round(process.memoryUsage().rss/1e6));
if (N <= 2000) { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile('/tmp/kcx/mine.xlsx'); const ws = wb.worksheets[0]!; console.log('exceljs reads mine', ws.rowCount, JSON.stringify(ws.getRow(1).values).slice(0,80), JSON.stringify(ws.getRow(3).values).slice(0,200), wb.worksheets.map(w=>w.name)); }
