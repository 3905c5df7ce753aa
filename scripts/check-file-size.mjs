// Fails when a hand-written .ts/.tsx file is longer than the limit (400 lines): split by use case first.
// Looks under server/, shared/, web/src/, bench/, e2e/ and scripts/. Generated migrations and
// `*.data.ts` files (typed public reference data) are not hand-written code and are skipped.
// Usage: node scripts/check-file-size.mjs [--root DIR] [--max N]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = path.resolve(option('--root', path.resolve(import.meta.dirname, '..')));
const max = Number(option('--max', '400'));

const roots = ['server', 'shared', 'web/src', 'bench', 'e2e', 'scripts'];
const skipDirs = new Set(['node_modules', 'dist', 'out', 'migrations', '.git', 'test-results']);
const isSource = (name) =>
  /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.data.ts');

/** Lines as an editor numbers them: a final newline does not start another line. */
function countLines(text) {
  if (text.length === 0) return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

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
    } else if (e.isFile() && isSource(e.name)) {
      yield full;
    }
  }
}

const tooLong = [];
let checked = 0;
for (const r of roots) {
  for (const file of walk(path.join(root, r))) {
    checked++;
    const lines = countLines(fs.readFileSync(file, 'utf8'));
    if (lines > max) tooLong.push({ file: path.relative(root, file), lines });
  }
}

if (tooLong.length > 0) {
  tooLong.sort((a, b) => b.lines - a.lines);
  console.error(`Tệp quá ${max} dòng — hãy tách theo nghiệp vụ / files over ${max} lines — split them:`);
  for (const t of tooLong) console.error(`  ${t.file}: ${t.lines} dòng`);
  process.exit(1);
}
console.log(`check-file-size: ${checked} tệp, không tệp nào quá ${max} dòng / no file over ${max} lines`);
