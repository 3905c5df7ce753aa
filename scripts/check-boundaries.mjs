// Module boundaries (DESIGN §4): a module reads and writes only its own tables and uses other modules
// through their index.ts. Fails when
//   1. a file under server/src/ outside module <b> imports anything of server/src/modules/<b>/ other than
//      <b>/index.ts — type-only imports included (another module's *.tables.ts, repo or service);
//      allowed: the registries server/src/modules/routes.ts and cli-commands.ts, and server/src/db/seed.ts;
//   2. a file under shared/ imports from server/ or web/, or a Node built-in (node:fs, path, …):
//      shared code runs in the browser too.
// bench/ and scripts/ are tooling, not product code, and are not checked.
// Usage: node scripts/check-boundaries.mjs [--root DIR]
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = path.resolve(
  rootIndex >= 0 && args[rootIndex + 1] ? args[rootIndex + 1] : path.resolve(import.meta.dirname, '..'),
);

const MODULES = 'server/src/modules';
const registries = new Set([`${MODULES}/routes.ts`, `${MODULES}/cli-commands.ts`, 'server/src/db/seed.ts']);
const builtins = new Set(builtinModules);
const skipDirs = new Set(['node_modules', 'dist', 'migrations', '.git']);

function* walk(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDirs.has(e.name)) yield* walk(full);
    } else if (e.isFile() && /\.(ts|tsx|mts|cts)$/.test(e.name) && !e.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

const rel = (p) => path.relative(root, p).split(path.sep).join('/');

/** The module a repository-relative path belongs to, or null outside server/src/modules/<name>/. */
function moduleOf(relPath) {
  const m = relPath.match(/^server\/src\/modules\/([^/]+)\/.+/);
  return m ? m[1] : null;
}

/** Whether an import target inside module `name` is that module's public entry. */
function isModuleEntry(relTarget, name) {
  const base = `${MODULES}/${name}`;
  return [base, `${base}/`, `${base}/index`, `${base}/index.ts`, `${base}/index.js`].includes(relTarget);
}

function importsOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((i) => ({ spec: i.fileName, line: text.slice(0, i.pos).split('\n').length }));
}

const violations = [];
let checked = 0;

for (const file of walk(path.join(root, 'server/src'))) {
  checked++;
  const from = rel(file);
  if (registries.has(from)) continue;
  const own = moduleOf(from);
  for (const { spec, line } of importsOf(file)) {
    if (!spec.startsWith('.')) continue;
    const target = rel(path.resolve(path.dirname(file), spec));
    const targetModule = moduleOf(target);
    if (!targetModule || targetModule === own) continue;
    if (!isModuleEntry(target, targetModule)) {
      violations.push(`${from}:${line} nhập "${spec}" — chỉ được dùng ${MODULES}/${targetModule}/index.ts`);
    }
  }
}

for (const file of walk(path.join(root, 'shared'))) {
  checked++;
  const from = rel(file);
  for (const { spec, line } of importsOf(file)) {
    if (spec.startsWith('node:') || builtins.has(spec.split('/')[0])) {
      violations.push(
        `${from}:${line} nhập "${spec}" — shared/ không được dùng mô-đun của Node (chạy cả trên trình duyệt)`,
      );
      continue;
    }
    if (!spec.startsWith('.')) continue;
    const target = rel(path.resolve(path.dirname(file), spec));
    if (
      target === 'server' ||
      target.startsWith('server/') ||
      target === 'web' ||
      target.startsWith('web/')
    ) {
      violations.push(`${from}:${line} nhập "${spec}" — shared/ không được phụ thuộc server/ hay web/`);
    }
  }
}

if (violations.length > 0) {
  console.error('Vi phạm ranh giới mô-đun / module boundary violations:');
  for (const v of violations) console.error(`  ${v}`);
  process.exit(1);
}
console.log(`check-boundaries: ${checked} tệp, không vi phạm ranh giới / no boundary violations`);
