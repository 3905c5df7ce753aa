import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import type { Config } from '../../config.ts';
import { tempPath } from '../files/index.ts';
import type { EstablishmentInsert } from './establishments.repo.ts';

/**
 * Checked rows wait for confirmation in a file of normalised rows, one JSON object a line: the check
 * writes it as it goes (no database writes), the confirmation streams it into one transaction.
 */
export type StagedLine = { a: 'c' | 'u'; n: number; d: Record<string, unknown> };

/**
 * The snake_case object jsonb_populate_recordset maps onto the establishments table, with the keys of
 * `stagedColumns` (a test holds the two together). Written out rather than looped over the column list:
 * an object given 27 keys one by one goes to V8's slow dictionary mode (6 µs a row instead of 0.3 µs).
 */
export function stagedData(
  v: Partial<EstablishmentInsert>,
  target?: { id: string; version: number },
): Record<string, unknown> {
  return {
    name: v.name ?? null,
    name_key: v.nameKey ?? null,
    kind: v.kind ?? null,
    registration_code: v.registrationCode ?? null,
    representative: v.representative ?? null,
    phone: v.phone ?? null,
    email: v.email ?? null,
    address: v.address ?? null,
    craft_village: v.craftVillage ?? null,
    industries: v.industries ?? null,
    products: v.products ?? null,
    workforce: v.workforce ?? null,
    revenue_band: v.revenueBand ?? null,
    woman_owned: v.womanOwned ?? null,
    ethnic_minority_owned: v.ethnicMinorityOwned ?? null,
    founded_year: v.foundedYear ?? null,
    status: v.status ?? null,
    cleaner_production: v.cleanerProduction ?? null,
    unit_id: v.unitId ?? null,
    unit_era: v.unitEra ?? null,
    unit_code: v.unitCode ?? null,
    unit_label: v.unitLabel ?? null,
    current_unit_id: v.currentUnitId ?? null,
    province_code: v.provinceCode ?? null,
    location_facts: v.locationFacts ?? null,
    elig2012: v.elig2012 ?? null,
    elig2025: v.elig2025 ?? null,
    // Undefined for a new row: JSON leaves the keys out and the insert never reads them.
    id: target?.id,
    version: target?.version,
  };
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

  async writeAll(lines: StagedLine[]): Promise<void> {
    for (const line of lines) await this.write(line);
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
