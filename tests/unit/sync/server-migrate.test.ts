import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { insertRecord, readRecord } from '../../../src/core/commands/records';
import { personType } from '../../../src/core/domain/person';
import { newSecret } from '../../../src/core/sync/crypto';
import { migrate } from '../../../server/migrate';
import { openBackend } from '../../../server/store/open-backend';
import { attack, authMessage, madeUpRoom } from './server-attacker';
import { eventually, nodeDevice, startServerProcess, type NodeDevice, type ServerProcess } from './server-harness';
import { POSTGRES, SQLITE } from './server-stores';

const devices: NodeDevice[] = [];
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const d of devices) d.destroy();
  for (const s of servers) await s.stop();
});

async function claimWith(server: ServerProcess, room: { room: string; token: string }) {
  const a = await attack(server.wsUrl);
  a.send(authMessage(room.room, room.token));
  const reply = await a.reply((r) => r.document === room.room && (r.kind === 'authenticated' || r.kind === 'denied'));
  a.close();
  return reply;
}

describe('moving a server’s data between SQLite and PostgreSQL', { timeout: 240_000 }, () => {
  it('copies every project and token hash, there and back, and devices carry on', async () => {
    const sqliteEnv = await SQLITE.env();
    const first = await startServerProcess(sqliteEnv);
    servers.push(first);
    const secret = newSecret();
    const a = await nodeDevice(first.wsUrl, 'p-move', secret);
    devices.push(a);
    for (let i = 0; i < 20; i++) insertRecord(a.doc, personType, { id: `m${i}`, name: `Member ${i}`, role: 'carer', status: 'active' });
    expect(await a.sync.whenConfirmed()).toBe(true);
    const other = madeUpRoom();
    expect((await claimWith(first, other)).kind).toBe('authenticated');
    expect((await a.sync.retire()).ok).toBe(true); // a room closed by a reset must stay closed
    const b = await nodeDevice(first.wsUrl, 'p-move-2', secret);
    devices.push(b);
    insertRecord(b.doc, personType, { id: 'x', name: 'Amira Khan', role: 'carer', status: 'active' });
    expect(await b.sync.whenConfirmed()).toBe(true);
    await first.stop();

    const postgresEnv = await POSTGRES.env();
    const lines: string[] = [];
    const there = await migrate(`sqlite:${sqliteEnv.DATA_DIR}`, postgresEnv.DATABASE_URL!, (line) => lines.push(line));
    expect(there).toEqual({ copied: 3, merged: 0, skipped: [] });
    expect(lines.at(-1)).toMatch(/3 copied/);

    const onPostgres = await startServerProcess(postgresEnv);
    servers.push(onPostgres);
    const c = await nodeDevice(onPostgres.wsUrl, 'p-move-2', secret);
    devices.push(c);
    await eventually(() => readRecord(c.doc, personType, 'x') !== undefined, 30_000, 'the project to come from PostgreSQL');
    expect((await claimWith(onPostgres, other)).kind).toBe('authenticated');
    expect(await claimWith(onPostgres, { room: other.room, token: madeUpRoom().token })).toMatchObject({ kind: 'denied', reason: 'not-allowed' });
    expect(await claimWith(onPostgres, { room: a.keys.room, token: a.keys.token })).toMatchObject({ kind: 'denied', reason: 'sharing-reset' });
    insertRecord(c.doc, personType, { id: 'y', name: 'Ben Ojo', role: 'carer', status: 'active' });
    expect(await c.sync.whenConfirmed()).toBe(true);
    await onPostgres.stop();

    // And back, into a new SQLite folder; running it twice doubles nothing.
    const backEnv = await SQLITE.env();
    expect(await migrate(postgresEnv.DATABASE_URL!, `sqlite:${backEnv.DATA_DIR}`, () => undefined)).toMatchObject({ copied: 3 });
    expect(await migrate(postgresEnv.DATABASE_URL!, `sqlite:${backEnv.DATA_DIR}`, () => undefined)).toMatchObject({ merged: 3 });
    const back = await openBackend(`sqlite:${backEnv.DATA_DIR}`);
    const source = await openBackend(postgresEnv.DATABASE_URL!);
    expect((await back.usage(c.keys.room)).entries).toBe((await source.usage(c.keys.room)).entries);
    await back.close();
    await source.close();
    const onSqlite = await startServerProcess(backEnv);
    servers.push(onSqlite);
    const d = await nodeDevice(onSqlite.wsUrl, 'p-move-2', secret);
    devices.push(d);
    await eventually(() => readRecord(d.doc, personType, 'y') !== undefined && readRecord(d.doc, personType, 'x') !== undefined, 30_000, 'the project to come back to SQLite');
  });

  it('says in one line how to call it when it is called wrongly', async () => {
    const run = promisify(execFile);
    const failed = await run(process.execPath, ['--no-warnings', '--import', 'tsx', 'server/migrate.ts', '--from', 'mysql://x'], { cwd: process.cwd() }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    expect((failed as { stderr: string }).stderr).toMatch(/--from must be sqlite:<folder> or postgres/);
  });
});
