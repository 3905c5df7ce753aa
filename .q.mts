import fs from 'node:fs';
import { openDatabase } from './server/src/db/client.ts';
import { templatePath } from './server/src/test/template.ts';
let t = performance.now();
const d = await openDatabase({ loadDataDir: new Blob([fs.readFileSync(templatePath())]) });
console.log('load', Math.round(performance.now() - t));
console.log(await d.raw('select count(*) from admin_units'), await d.raw('select count(*) from establishments'));
await d.close();
