import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import type { Config } from '../../config.ts';
import { tempPath } from '../files/index.ts';
import type { EstablishmentInsert } from './establishments.repo.ts';
import { stagedColumns } from './import.repo.ts';

/**
 * Checked rows wait for confirmation in a file of normalised rows, one JSON object a line: the check
 * writes it as it goes (no database writes), the confirmation streams it into one transaction.
 */
export type StagedLine = { a: 'c' | 'u'; n: number; d: Record<string, unknown> };

const camel = stagedColumns.map(
  (c) => c.replace(/_([a-z0-9])/g, (_m, x: string) => x.toUpperCase()) as keyof EstablishmentInsert,
);

/** The snake_case object jsonb_populate_recordset maps onto the establishments table. */
export function stagedData(
  values: Partial<EstablishmentInsert>,
  target?: { id: string; version: number },
): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  for (let i = 0; i < stagedColumns.length; i++) d[stagedColumns[i]!] = values[camel[i]!] ?? null;
  if (target) {
    d.id = target.id;
    d.version = target.version;
  }
  return d;
}

export class StagingWriter {
  readonly path: string;
  count = 0;
  private readonly out: fs.WriteStream;
  private buf = '';

  constructor(config: Pick<Config, 'filesDir'>) {
    this.path = tempPath(config, '.ndjson');
    this.out = fs.createWriteStream(this.path);
  }

  async write(line: StagedLine): Promise<void> {
    this.buf += `${JSON.stringify(line)}\n`;
    this.count++;
    if (this.buf.length > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buf;
    this.buf = '';
    if (chunk && !this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((res, rej) => this.out.end((e?: Error | null) => (e ? rej(e) : res())));
  }

  discard(): void {
    this.out.destroy();
    fs.rmSync(this.path, { force: true });
  }
}

export async function* readStaged(file: string): AsyncGenerator<StagedLine> {
  const rl = readline.createInterface({
    input: fs.createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of rl) if (line) yield JSON.parse(line) as StagedLine;
}
