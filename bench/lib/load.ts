/** Throughput and latency of a bounded, fixed-concurrency loop (an autocannon-like loop without a dependency). */
export type LoadResult = {
  count: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  firstError?: string;
  /** Every measured latency in ms, sorted (to merge rounds). */
  latenciesMs?: number[];
};

export type LoadOptions = {
  concurrency: number;
  /** Stop after this many operations … */
  maxCount: number;
  /** … or after this many seconds, whichever comes first. */
  maxSeconds: number;
  /** Operations run first and not measured (JIT, caches, connections). */
  warmup: number;
  /** Return every latency (`latenciesMs`), to merge rounds; off, results stay small enough for the JSON. */
  keepLatencies?: boolean;
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

async function loop(
  op: (i: number) => Promise<void>,
  concurrency: number,
  maxCount: number,
  deadline: number,
  latencies: number[] | null,
) {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const worker = async () => {
    while (next < maxCount && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        await op(i);
        latencies?.push(performance.now() - t0);
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { count: next, errors, firstError };
}

export async function runLoad(op: (i: number) => Promise<void>, opts: LoadOptions): Promise<LoadResult> {
  const warm = await loop(op, opts.concurrency, opts.warmup, performance.now() + 30_000, null);
  if (warm.errors > 0 && warm.errors === warm.count) {
    return {
      count: 0,
      errors: warm.errors,
      seconds: 0,
      perSecond: 0,
      p50Ms: 0,
      p95Ms: 0,
      firstError: warm.firstError,
    };
  }
  const latencies: number[] = [];
  const started = performance.now();
  const run = await loop(op, opts.concurrency, opts.maxCount, started + opts.maxSeconds * 1000, latencies);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: run.count,
    errors: run.errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    firstError: run.firstError,
    ...(opts.keepLatencies ? { latenciesMs: latencies } : {}),
  };
}

/** Several rounds of one loop as one result: operations over total time, percentiles over every latency. */
export function mergeLoads(rounds: readonly LoadResult[]): LoadResult {
  const latencies = rounds.flatMap((r) => r.latenciesMs ?? []).sort((a, b) => a - b);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  return {
    count: rounds.reduce((s, r) => s + r.count, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    seconds,
    perSecond: seconds > 0 ? latencies.length / seconds : 0,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    firstError: rounds.find((r) => r.firstError)?.firstError,
    latenciesMs: latencies,
  };
}

/** Something that runs a bounded load and measures it: a loop of operations here, or an outside tool (wrk). */
export type Runner = { run: (opts: LoadOptions) => Promise<LoadResult> };
export type Load = ((i: number) => Promise<void>) | Runner;

const runnerOf = (load: Load): Runner =>
  typeof load === 'function' ? { run: (opts) => runLoad(load, opts) } : load;

/**
 * Two loops in alternating rounds (each a share of `opts`' count and time), merged: on two shared cores the
 * machine's pace drifts by tens of percent over a minute, and a ratio of two loops run minutes apart carries
 * that drift. `each` is a's rate ÷ b's, round by round. The merged results keep no latency list.
 */
export async function pairedLoads(
  a: Load,
  b: Load,
  opts: LoadOptions,
  rounds: number,
): Promise<{ a: LoadResult; b: LoadResult; each: number[] }> {
  const n = Math.max(1, rounds);
  const round: LoadOptions = {
    ...opts,
    keepLatencies: true,
    maxCount: Math.ceil(opts.maxCount / n),
    maxSeconds: opts.maxSeconds / n,
  };
  const ra: LoadResult[] = [];
  const rb: LoadResult[] = [];
  // The warm-up runs before each round (it also settles the switch between the loops).
  const [ar, br] = [runnerOf(a), runnerOf(b)];
  for (let k = 0; k < n; k++) {
    ra.push(await ar.run(round));
    rb.push(await br.run(round));
  }
  const each = ra.map((x, k) => x.perSecond / Math.max(1e-9, rb[k]!.perSecond));
  const strip = ({ latenciesMs: _l, ...r }: LoadResult): LoadResult => r;
  return { a: strip(mergeLoads(ra)), b: strip(mergeLoads(rb)), each };
}
