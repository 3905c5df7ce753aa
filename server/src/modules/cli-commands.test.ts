import { describe, expect, it } from 'vitest';
import { cliCommand, commandModules, commandOwners, moduleCommands, type Opener } from './cli-commands.ts';

const open: Opener = () => Promise.reject(new Error('no database in this test'));

describe('CLI command registry', () => {
  it('names the owner of every command the modules contribute, and no command they do not', async () => {
    const seen: Record<string, string> = {};
    for (const m of commandModules)
      for (const [name, cmd] of Object.entries(await moduleCommands(m, open))) {
        seen[name] = m;
        expect(cmd.help.length, name).toBeGreaterThan(0);
      }
    expect(seen).toEqual(commandOwners);
  });

  it('finds a command through its owner and nothing for an unknown one', async () => {
    expect((await cliCommand('establishments:import', open))?.help).toMatch(/nhập/i);
    expect(await cliCommand('khong:co', open)).toBeUndefined();
  });
});
