/**
 * Queries on one pg connection, one after another. Services sometimes start several queries together
 * (`Promise.all`) on a transaction, which holds a single connection. pg 8 queues them itself but warns that
 * pg 9 will refuse a query while another runs; here each query waits for the one before it to finish, so
 * the code stays free to ask in parallel and the driver never sees two at once.
 */

/** The part of a pg client this needs: `query` with a promise, a callback or a submittable (cursor). */
export type QueryingClient = { query: (...args: never[]) => unknown };

const serialised = Symbol('serialised queries');

function isPromiseCall(args: unknown[]): boolean {
  const first = args[0] as { submit?: unknown } | undefined;
  // Callbacks and submittables (cursors, streams) manage their own flow; they keep pg's own handling.
  return typeof first?.submit !== 'function' && typeof args.at(-1) !== 'function';
}

/** Makes `client.query` wait for the client's previous promise query to settle. Idempotent. */
export function serialiseQueries<C extends QueryingClient>(client: C): C {
  const marked = client as C & { [serialised]?: true };
  if (marked[serialised]) return client;
  marked[serialised] = true;
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this forwards them untouched.
  const query = client.query.bind(client) as (...args: any[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  // biome-ignore lint/suspicious/noExplicitAny: as above
  client.query = ((...args: any[]) => {
    if (!isPromiseCall(args)) return query(...args);
    const run = tail.then(() => query(...args));
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }) as C['query'];
  return client;
}
