import { createHash } from 'node:crypto';

export type Rendered = { status: number; type: string; body: string } | { status: 301; location: string };

export type CacheEntry = Rendered & { etag: string; expires: number };

/**
 * Rendered public pages kept in memory for a few seconds, so the home and article pages answer as fast as a
 * static file. Any save in this process clears it (portal.events); other processes catch up within the TTL.
 * Scheduled items appear at most TTL late, since visibility itself is computed at read time by the database.
 */
export class PageCache {
  private readonly map = new Map<string, CacheEntry>();

  constructor(
    readonly ttlMs = 5000,
    readonly max = 1000,
  ) {}

  get(key: string, now = Date.now()): CacheEntry | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.expires <= now) {
      this.map.delete(key);
      return undefined;
    }
    return e;
  }

  set(key: string, r: Rendered, now = Date.now()): CacheEntry {
    const etag =
      'body' in r ? `W/"${createHash('sha1').update(r.body).digest('base64url').slice(0, 22)}"` : '';
    const entry: CacheEntry = { ...r, etag, expires: now + this.ttlMs };
    if (this.ttlMs <= 0) return entry;
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(key, entry);
    return entry;
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
