import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test/db.ts';
import { queryRows } from './client.ts';
import { serialiseQueries } from './serial-queries.ts';

/** A stand-in client that records how many promise queries ran at once, and fails the ones asked to. */
function fakeClient() {
  let running = 0;
  let most = 0;
  const order: string[] = [];
  const client = {
    query: async (text: string) => {
      running += 1;
      most = Math.max(most, running);
      order.push(`start ${text}`);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      order.push(`end ${text}`);
      if (text.startsWith('fail')) throw new Error(text);
      return { rows: [text] };
    },
  };
  return { client, most: () => most, order };
}

describe('serialiseQueries', () => {
  it('runs queries started together one after another, in the order they were asked', async () => {
    const fake = fakeClient();
    const client = serialiseQueries(fake.client);
    const results = await Promise.all(['a', 'b', 'c'].map((t) => client.query(t)));
    expect(results.map((r) => r.rows[0])).toEqual(['a', 'b', 'c']);
    expect(fake.most()).toBe(1);
    expect(fake.order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('a failed query rejects only its own caller; the next still runs', async () => {
    const fake = fakeClient();
    const client = serialiseQueries(fake.client);
    const [a, b, c] = await Promise.allSettled([
      client.query('a'),
      client.query('fail b'),
      client.query('c'),
    ]);
    expect(a.status).toBe('fulfilled');
    expect(b.status === 'rejected' && (b.reason as Error).message).toBe('fail b');
    expect(c.status).toBe('fulfilled');
    expect(fake.most()).toBe(1);
  });

  it('wraps a client once, however often it is handed out', async () => {
    const fake = fakeClient();
    const once = serialiseQueries(fake.client);
    const query = once.query;
    expect(serialiseQueries(once).query).toBe(query);
  });

  it('passes callbacks and submittables straight to the client', () => {
    const calls: unknown[][] = [];
    const client = serialiseQueries({
      query: (...args: unknown[]) => {
        calls.push(args);
        return 'direct';
      },
    });
    const submittable = { submit: () => undefined };
    expect(client.query(submittable as never)).toBe('direct');
    const callback = () => undefined;
    expect(client.query('select 1' as never, callback as never)).toBe('direct');
    expect(calls).toEqual([[submittable], ['select 1', callback]]);
  });

  it('a transaction answers queries started together, on either database', async () => {
    const { db } = await testDatabase();
    const rows = await db.transaction(async (tx) =>
      Promise.all(
        [1, 2, 3, 4].map(async (n) => (await queryRows<{ n: number }>(tx, sql`select ${n}::int as n`))[0]?.n),
      ),
    );
    expect(rows).toEqual([1, 2, 3, 4]);
  });
});
