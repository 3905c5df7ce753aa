import type { Database } from '../db/client.ts';

export type CliCommand = { help: string; run: (args: string[]) => Promise<void> };
export type Opener = () => Promise<Database>;
type Contributor = (open: Opener) => Record<string, CliCommand>;

/**
 * The domain modules that contribute commands, each loaded only when needed: one command loads its own
 * module (loading every module's code first took 1.4 s of each run of `npm run cli`).
 */
const contributors = {
  identity: () => import('./identity/identity.cli.ts').then((m): Contributor => m.identityCommands),
  establishments: () =>
    import('./establishments/establishments.cli.ts').then((m): Contributor => m.establishmentCommands),
  reference: () => import('./reference/reference.cli.ts').then((m): Contributor => m.referenceCommands),
  products: () => import('./products/products.cli.ts').then((m): Contributor => m.productsCommands),
  schemes: () => import('./schemes/schemes.cli.ts').then((m): Contributor => m.schemesCommands),
} as const;
type ModuleName = keyof typeof contributors;

/** Which module answers each command (a test checks this against what the modules contribute). */
export const commandOwners: Record<string, ModuleName> = {
  'user:create': 'identity',
  'establishments:import': 'establishments',
  'establishments:export': 'establishments',
  'establishments:reorder-search': 'establishments',
  'units:import': 'reference',
  'products:refresh-expiry': 'products',
  'schemes:recompute': 'schemes',
};

/** One module's commands. */
export async function moduleCommands(module: ModuleName, open: Opener): Promise<Record<string, CliCommand>> {
  return (await contributors[module]())(open);
}

/** The command of that name, loading only the module that owns it. */
export async function cliCommand(name: string, open: Opener): Promise<CliCommand | undefined> {
  const owner = commandOwners[name];
  return owner ? (await moduleCommands(owner, open))[name] : undefined;
}

/** Every module's commands (the help listing). */
export async function cliCommands(open: Opener): Promise<Record<string, CliCommand>> {
  const all: Record<string, CliCommand> = {};
  for (const m of Object.keys(contributors) as ModuleName[])
    Object.assign(all, await moduleCommands(m, open));
  return all;
}

export const commandModules = Object.keys(contributors) as ModuleName[];
