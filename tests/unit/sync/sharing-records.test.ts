import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeCheckedProject } from '../../../src/core/backup/apply';
import { checkBackupFile, checkProjectUpdate } from '../../../src/core/backup/restore';
import { initialiseProject } from '../../../src/core/commands/project';
import { readAll, readRecord } from '../../../src/core/commands/records';
import { registerDevice, renameDevice } from '../../../src/core/commands/sharing';
import { canonicalJson, collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { deviceType, MAX_DEVICE_PROOFS } from '../../../src/core/domain/sharing/device';
import { sharingResetType } from '../../../src/core/domain/sharing/sharing-reset';
import { deriveProjectKeys, newSecret } from '../../../src/core/sync/crypto';
import { ensureThisDevice, renameThisDevice, thisDevice, type DeviceIdentity } from '../../../src/core/sync/device-identity';
import { registerThisDevice } from '../../../src/core/sync/shared-project';
import { prepareReset } from '../../../src/core/sync/sharing-reset';
import { readTeam } from '../../../src/core/sync/team';
import { freshDb } from '../helpers';
import { protectedFile } from '../review/backup-files';

async function identity(name: string): Promise<DeviceIdentity> {
  const made = await ensureThisDevice(freshDb(), name);
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

describe('this device’s identity', () => {
  it('is made once, kept on the device, and its private keys cannot be read out', async () => {
    const db = freshDb();
    const [one, two] = await Promise.all([ensureThisDevice(db, 'Sam’s tablet'), ensureThisDevice(db, 'Another name')]);
    expect(one.ok && two.ok && one.value.id === two.value.id).toBe(true);
    const stored = await thisDevice(db);
    expect(stored?.id).toBe(one.ok ? one.value.id : '');
    expect(stored?.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    for (const key of [stored!.signing.privateKey, stored!.exchange.privateKey]) {
      expect(key.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('pkcs8', key)).rejects.toThrow();
    }
    expect((await renameThisDevice(db, '  Sam’s   phone ')).ok).toBe(true);
    expect((await thisDevice(db))?.name).toBe('Sam’s phone');
    expect(await renameThisDevice(db, '   ')).toEqual({ ok: false, message: 'Give this device a name, so the other facilitators know which one it is.' });
  });
});

describe('device records', () => {
  it('keep a device’s keys for good, its latest proofs, and its name as given', async () => {
    const doc = createProjectDoc('p-devices');
    const me = await identity('Sam’s tablet');
    const other = await identity('Other');
    const secrets = Array.from({ length: MAX_DEVICE_PROOFS + 3 }, () => newSecret());
    for (const secret of secrets) expect((await registerThisDevice(doc, await deriveProjectKeys('p-devices', secret), me)).ok).toBe(true);
    const record = readRecord(doc, deviceType, me.id)!;
    expect(record.proofs).toHaveLength(MAX_DEVICE_PROOFS);
    const newest = await deriveProjectKeys('p-devices', secrets.at(-1)!);
    expect(record.proofs.at(-1)?.key).toBe(newest.fingerprint);
    const team = await readTeam(doc, 'p-devices', newest);
    expect(team.devices.get(me.id)?.standing).toBe('current');
    expect((await readTeam(doc, 'p-devices', await deriveProjectKeys('p-devices', secrets[0]!))).devices.get(me.id)?.standing).toBe('unconfirmed');

    const sameIdOtherKeys = registerDevice(doc, { id: me.id, name: 'Impostor', signingKey: other.signingKey, exchangeKey: other.exchangeKey, proof: record.proofs[0]! });
    expect(sameIdOtherKeys.ok).toBe(false);
    expect(readRecord(doc, deviceType, me.id)?.signingKey).toBe(me.signingKey);
    expect(renameDevice(doc, me.id, 'x'.repeat(61)).ok).toBe(false);
    expect(renameDevice(doc, me.id, 'Sam’s phone').ok).toBe(true);
  });

  it('and reset announcements pass the backup gate and come back exactly, and a damaged one is refused in words', async () => {
    const doc = createProjectDoc('p-shared');
    initialiseProject(doc, { name: 'Riverside', purpose: 'Together' });
    const keys = await deriveProjectKeys('p-shared', newSecret());
    const [asha, ben] = [await identity('Asha’s tablet'), await identity('Ben’s phone')];
    await registerThisDevice(doc, keys, asha);
    await registerThisDevice(doc, keys, ben);
    const reset = await prepareReset(doc, keys, asha, [], new Set());
    if (!reset.ok) throw new Error(reset.message);
    Y.applyUpdate(doc, reset.value.update);
    expect(readAll(doc, sharingResetType)).toHaveLength(1);

    const checked = await checkBackupFile(await protectedFile(doc, 'a long enough passphrase'), { passphrase: 'a long enough passphrase' });
    if (!checked.ok) throw new Error(checked.message);
    const copy = createProjectDoc('p-shared');
    expect(mergeCheckedProject(copy, checked.value).ok).toBe(true);
    expect(canonicalJson(copy)).toBe(canonicalJson(doc));
    expect(readRecord(copy, deviceType, ben.id)?.name).toBe('Ben’s phone');

    const damaged = createProjectDoc('p-shared');
    Y.applyUpdate(damaged, Y.encodeStateAsUpdate(doc));
    (collectionMap(damaged, deviceType.collection).get(ben.id) as Y.Map<unknown>).set('signingKey', 'not a key');
    const refused = checkProjectUpdate(Y.encodeStateAsUpdate(damaged), 'p-shared');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/device/);
  });
});
