import type { Database } from '../db/client.ts';
import { establishmentCommands } from './establishments/index.ts';
import { identityCommands } from './identity/identity.cli.ts';
import { productsCommands } from './products/index.ts';
import { referenceCommands } from './reference/index.ts';
import { schemesCommands } from './schemes/index.ts';

export type CliCommand = { help: string; run: (args: string[]) => Promise<void> };
export type Opener = () => Promise<Database>;

/** Commands contributed by the domain modules (units:import, user:create, …). Each module adds its entries. */
export function cliCommands(open: Opener): Record<string, CliCommand> {
  return {
    ...identityCommands(open),
    ...establishmentCommands(open),
    ...referenceCommands(open),
    ...productsCommands(open),
    ...schemesCommands(open),
  };
}
