import type { Database } from '../../server/src/db/client.ts';
import type { CapturedQuery } from '../lib/capture.ts';
import type { ServerHandle } from '../lib/server.ts';

export type HttpRequest = { path: string; headers: Record<string, string> };

export type Prepared = {
  /** Requests sent round-robin by the HTTP load. */
  requests: HttpRequest[];
  /**
   * With the database open in the bench process (the server stopped: PGlite has one owner): the statements
   * each request runs, captured from the product's own functions, in the order of `requests`.
   */
  capture: (database: Database) => Promise<CapturedQuery[][]>;
};

export type Scenario = {
  name: string;
  /** What is measured, in Vietnamese, for the results table. */
  label: string;
  prepare: (server: ServerHandle) => Promise<Prepared | { skipped: string }>;
};
