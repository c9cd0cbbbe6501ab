import { parseArgs } from 'node:util';
import { describeStore, isPostgresUrl, openBackend } from './store/open-backend';

/**
 * `npm run server:migrate -- --from sqlite:./data --to postgres://…` (or the other way):
 * copies every room, its token hash and its rows from one store to the other. Rooms already
 * in the target with the same token get the rows added (Yjs updates merge, so nothing is
 * doubled); a room the target holds under another token is left alone and reported.
 * Stop the servers first, or run it again afterwards: what is already there is merged, not doubled.
 */

const usage = 'Usage: npm run server:migrate -- --from sqlite:./data --to postgres://user@host/database   (either way round)';

function storeUrl(value: string | undefined, name: string): string {
  if (!value) throw new Error(`Missing --${name}. ${usage}`);
  if (isPostgresUrl(value) || value.startsWith('sqlite:')) return value;
  throw new Error(`--${name} must be sqlite:<folder> or postgres://…, not "${value}". ${usage}`);
}

export async function migrate(from: string, to: string, log: (line: string) => void = console.log): Promise<{ copied: number; merged: number; skipped: string[] }> {
  const source = await openBackend(from);
  const target = await openBackend(to);
  const result = { copied: 0, merged: 0, skipped: [] as string[] };
  try {
    const names = await source.roomNames();
    log(`Copying ${names.length} shared projects from ${describeStore(from)} to ${describeStore(to)}…`);
    for (const name of names) {
      const room = await source.dump(name);
      if (!room) continue;
      const outcome = await target.import(room);
      if (outcome === 'copied') result.copied++;
      else if (outcome === 'merged') {
        result.merged++;
        await target.compact(name); // the same entries from both sides become one row
      } else result.skipped.push(name);
    }
    log(`Done: ${result.copied} copied, ${result.merged} added to the same project already there${result.skipped.length ? `, ${result.skipped.length} left alone because the target holds them under another token: ${result.skipped.join(', ')}` : ''}.`);
    return result;
  } finally {
    await source.close();
    await target.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
    await migrate(storeUrl(values.from, 'from'), storeUrl(values.to, 'to'));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
