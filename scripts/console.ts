// `npm run console -- <command>`: console organisations and accounts from the command line (no default password).
//   add-org <id> <name>
//   add-user <username> --name "<display name>" --org <id> --roles editor[,reviewer,admin,desk] [--lang fr|nl|en]
//   set-password <username>
//   disable-user <username>
//   list
// Passwords are read from standard input (one line; typed without echo on a terminal), never from the arguments.
import { createInterface } from 'node:readline';
import { AccountError, Accounts } from '../src/console/accounts';
import type { ConsoleLang, Role } from '../src/console/types';
import { openConfiguredStore, processIO, reportFailure, takeDataDir, type CommandIO } from '../src/store/cli';

const USAGE = [
  'usage: npm run console -- add-org <id> "<name>"',
  '       npm run console -- add-user <username> --name "<display name>" --org <id> --roles editor,reviewer,admin,desk [--lang fr|nl|en]',
  '       npm run console -- set-password <username>',
  '       npm run console -- disable-user <username>',
  '       npm run console -- list',
  '       (the password is read from standard input; --data-dir DIR as for the bot)',
].join('\n');

/** Reads one line from stdin without echoing it on a terminal. */
export async function readPassword(prompt: string, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string> {
  const tty = (input as NodeJS.ReadStream).isTTY === true;
  if (tty) output.write(prompt);
  const rl = createInterface({ input, output: tty ? undefined : undefined, terminal: false });
  const line = await new Promise<string>((resolve) => {
    let got = false;
    rl.once('line', (l) => {
      got = true;
      resolve(l);
    });
    rl.once('close', () => {
      if (!got) resolve('');
    });
  });
  rl.close();
  if (tty) output.write('\n');
  return line.replace(/\r$/, '');
}

function options(args: string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) flags[args[i].slice(2)] = args[++i] ?? '';
    else positional.push(args[i]);
  }
  return { positional, flags };
}

export async function main(argv: string[], io: CommandIO, password: () => Promise<string> = () => readPassword('password: ')): Promise<number> {
  const { dataDir, rest } = takeDataDir(argv);
  const [command, ...args] = rest;
  const { positional, flags } = options(args);
  if (!command || !['add-org', 'add-user', 'set-password', 'disable-user', 'list'].includes(command)) {
    io.err(`console: ${command ? `unknown command "${command}"` : 'no command given'}\n${USAGE}`);
    return 2;
  }
  try {
    const store = await openConfiguredStore('console', io, dataDir);
    try {
      const accounts = new Accounts(store.consoleCollection('consoleAccounts'), store.consoleCollection('consoleAudit'));
      if (command === 'add-org') {
        if (positional.length !== 2) {
          io.err(`console: add-org needs an id and a name\n${USAGE}`);
          return 2;
        }
        const org = await accounts.addOrganisation(positional[0], positional[1], 'cli');
        io.out(`console: organisation "${org.id}" (${org.name}) added`);
      } else if (command === 'add-user') {
        if (positional.length !== 1 || !flags.name || !flags.org || !flags.roles) {
          io.err(`console: add-user needs a username, --name, --org and --roles\n${USAGE}`);
          return 2;
        }
        const secret = await password();
        const person = await accounts.addUser(
          { username: positional[0], displayName: flags.name, orgId: flags.org, roles: flags.roles.split(',').map((r) => r.trim()) as Role[], password: secret, lang: (flags.lang ?? 'fr') as ConsoleLang },
          'cli',
        );
        io.out(`console: user "${person.username}" (${person.roles.join(', ')}) added to "${person.orgId}"`);
      } else if (command === 'set-password') {
        if (positional.length !== 1) {
          io.err(`console: set-password needs a username\n${USAGE}`);
          return 2;
        }
        await accounts.setPassword(positional[0], await password(), 'cli');
        io.out(`console: password of "${positional[0]}" changed`);
      } else if (command === 'disable-user') {
        if (positional.length !== 1) {
          io.err(`console: disable-user needs a username\n${USAGE}`);
          return 2;
        }
        await accounts.disableUser(positional[0], 'cli');
        io.out(`console: user "${positional[0]}" disabled; their sessions no longer work`);
      } else {
        for (const o of await accounts.organisations()) io.out(`org  ${o.id}\t${o.name}`);
        for (const p of await accounts.people()) io.out(`user ${p.username}\t${p.displayName}\t${p.orgId}\t${p.roles.join(',')}${p.disabled ? '\tdisabled' : ''}`);
      }
    } finally {
      await store.close();
    }
    return 0;
  } catch (err) {
    if (err instanceof AccountError) {
      io.err(`console: ${err.message}`);
      return 1;
    }
    return reportFailure('console', io, err);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), processIO()).then((code) => (process.exitCode = code));
}
