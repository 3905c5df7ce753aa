import { openZip } from './server/src/modules/files/zip.ts';
const z = await openZip('/tmp/kcx/t.xlsx');
const e = z.entries.get('xl/worksheets/sheet1.xml')!;
let t = performance.now(); let n = 0, c = 0;
for await (const ch of await z.open(e)) { n += ch.length; c++; }
console.log('inflate only', n, c, Math.round(performance.now()-t));
t = performance.now(); n = 0; c = 0;
for await (const ch of await z.open(e, () => {})) { n += ch.length; c++; }
console.log('inflate w/ progress', n, c, Math.round(performance.now()-t));
