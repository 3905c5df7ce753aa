import { openXlsx } from './server/src/modules/files/xlsx-read.ts';
const b2 = await openXlsx('/tmp/kcx/t.xlsx'); let n = 0;
let t = performance.now();
const it = b2.rows();
let waits = 0;
for (;;) { const a = performance.now(); const r = await it.next(); waits += performance.now() - a; if (r.done) break; n++; }
console.log('read', n, Math.round(performance.now()-t), 'in next()', Math.round(waits));
