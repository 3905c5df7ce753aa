import { openXlsx } from './server/src/modules/files/xlsx-read.ts';
let t = performance.now();
const b2 = await openXlsx('/tmp/kcx/t.xlsx'); let n = 0;
for await (const r of b2.rows()) { n++; }
console.log('read', n, Math.round(performance.now()-t));
