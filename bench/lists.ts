// `npx tsx bench/lists.ts --database-url URL [--scenarios a,b] [--concurrency 8] [--seconds 8] [--rounds 4] [--latency-concurrency 2] [--http-client wrk|node]`
// The HTTP and driver halves of `npm run bench` for the list scenarios, against a database that already holds
// the data set (a kept bench database, `npm run bench -- --keep`, or one filled by `npm run bench:data`): the
// tool to re-measure one list after a change without regenerating 500,000 rows. Same loops, same figures.
// With --latency-concurrency N it also measures each list at N requests in flight (N = cores: no queueing),
// which is the latency one official sees when the server is not saturated.
// HTTP and driver run in alternating rounds (--rounds, each --seconds ÷ rounds long): on two shared cores
// the machine's pace drifts by tens of percent over a minute, and a ratio of two loops measured minutes
// apart carried that drift. The figures merge the rounds; the per-round ratios are printed beside them.

import { openDatabase } from '../server/src/db/client.ts';
import { parseArgs } from './lib/args.ts';
import { type LoadOptions, type LoadResult, pairedLoads } from './lib/load.ts';
import { startServer } from './lib/server.ts';
import { chooseHttpClient, httpLoad } from './scenarios/http.ts';
import { listScenarios } from './scenarios/index.ts';

const fmt = (r: LoadResult) =>
  `${Math.round(r.perSecond)}/s p50 ${r.p50Ms.toFixed(0)} ms p95 ${r.p95Ms.toFixed(0)} ms${r.errors ? ` (${r.errors} lỗi: ${r.firstError})` : ''}`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const databaseUrl = args.string('database-url');
  if (!databaseUrl) throw new Error('--database-url');
  const wanted = args.string('scenarios')?.split(',');
  const load: LoadOptions = {
    concurrency: args.number('concurrency', 8),
    maxCount: args.number('requests', 4000),
    maxSeconds: args.number('seconds', 8),
    warmup: args.number('warmup', 100),
  };
  const latencyConcurrency = args.number('latency-concurrency', 0);
  const rounds = Math.max(1, args.number('rounds', 4));
  const client = chooseHttpClient(args.string('http-client'));
  console.log(`Tải HTTP / HTTP load: ${client === 'wrk' ? 'wrk' : 'client Node trong tiến trình bench'}`);
  const chosen = listScenarios.filter((s) => !wanted || wanted.includes(s.name));
  if (chosen.length === 0) throw new Error(`--scenarios: ${listScenarios.map((s) => s.name).join(', ')}`);
  const server = await startServer({ databaseUrl }, { logLevel: 'warn' });
  const database = await openDatabase({ databaseUrl, poolMax: 10 });
  try {
    for (const scenario of chosen) {
      const prepared = await scenario.prepare(server);
      if ('skipped' in prepared) {
        console.log(`${scenario.name}: bỏ qua — ${prepared.skipped}`);
        continue;
      }
      const hit = httpLoad(server.url, prepared.requests, client);
      const sequences = await prepared.capture(database);
      const direct = async (i: number) => {
        for (const q of sequences[i % sequences.length]!) await database.raw(q.text, q.params);
      };
      const { a: http, b: driver, each } = await pairedLoads(hit, direct, load, rounds);
      const spread = `${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)}`;
      console.log(
        `${scenario.name} c=${load.concurrency}: HTTP ${fmt(http)} | driver ${fmt(driver)} | ratio ${(http.perSecond / driver.perSecond).toFixed(2)}× (rounds ${spread})`,
      );
      if (latencyConcurrency > 0) {
        const low = await pairedLoads(hit, direct, { ...load, concurrency: latencyConcurrency }, rounds);
        console.log(`${scenario.name} c=${latencyConcurrency}: HTTP ${fmt(low.a)} | driver ${fmt(low.b)}`);
      }
    }
  } finally {
    await database.close();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
