import * as Y from 'yjs';
import { restoreOnDevice, mergeCheckedProject } from '../../../src/core/backup/apply';
import { createBackup } from '../../../src/core/backup/create';
import { applyMerge, planMerge } from '../../../src/core/backup/merge';
import { markAttendance } from '../../../src/core/commands/attendance';
import { recordConsent } from '../../../src/core/commands/team-consent';
import { updateMemberDetails } from '../../../src/core/commands/team-members';
import { checkBackupFile } from '../../../src/core/backup/restore';
import { openDatabase } from '../../../src/core/db/database';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { newId } from '../../../src/core/ids';
import { makePack } from '../../../src/core/pack/build';
import { defaultPackOptions } from '../../../src/core/pack/options';
import { packContextFromDoc } from '../../../src/core/pack/from-doc';
import { reportBodyHtml } from '../../../src/core/pack/report-html';
import { packZip } from '../../../src/core/pack/zip';
import { openProjectSession } from '../../../src/core/projects/project-session';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { LARGE } from '../../../src/core/reference/sizes';

function largeProject(id = newId('p')): Y.Doc {
  const doc = createProjectDoc(id);
  generateReferenceProject(doc, { size: LARGE });
  return doc;
}

/** Times making the whole project pack (report, CSV files, zip) for the large reference project. */
export async function packExportLarge(runs = 3): Promise<{ ms: number[]; reportMs: number; zipBytes: number; files: number }> {
  const doc = largeProject();
  const ms: number[] = [];
  let zipBytes = 0;
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const made = await makePack(packContextFromDoc(doc, defaultPackOptions('group'), '2027-01-01')!, { withFiles: true });
    const zip = packZip(made, 'bench');
    ms.push(performance.now() - started);
    zipBytes = zip.length;
    files = made.files.length + 2;
  }
  const started = performance.now();
  const made = await makePack(packContextFromDoc(doc, defaultPackOptions('partners'), '2027-01-01')!, { withFiles: false });
  reportBodyHtml(made.report);
  const reportMs = performance.now() - started;
  doc.destroy();
  return { ms, reportMs, zipBytes, files };
}

const BENCH_PASSPHRASE = 'orange kettle under the stairs';

/** A copy of the project with changes made through the commands, as on another device. */
function editedCopy(doc: Y.Doc): Y.Doc {
  const copy = createProjectDoc(doc.guid);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  for (let i = 0; i < 30; i++) {
    recordConsent(copy, `person-${i}`, 'photos', { given: i % 2 === 0, date: '2026-06-01' });
    updateMemberDetails(copy, `person-${i}`, { phone: `07700 900${String(100 + i)}` });
    markAttendance(copy, 'meeting-0', `person-${i}`, 'apologies');
  }
  return copy;
}

/**
 * Times the backup of the large reference project, then restoring it through the gate onto
 * a device that does not have it (a new project) and onto one that does (a merge).
 */
export async function backupRestoreLarge(runs = 2): Promise<{ backupMs: number[]; restoreNewMs: number[]; storeMs: number[]; firstOpenMs: number[]; mergeMs: number[]; mergeChangedMs: number[]; checkMs: number[]; fileBytes: number }> {
  const doc = largeProject();
  const out = { backupMs: [] as number[], restoreNewMs: [] as number[], storeMs: [] as number[], firstOpenMs: [] as number[], mergeMs: [] as number[], mergeChangedMs: [] as number[], checkMs: [] as number[], fileBytes: 0 };
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    // As the screen makes it by default: locked with a passphrase.
    const file = await createBackup(doc, { appVersion: 'bench', protection: { passphrase: BENCH_PASSPHRASE } });
    if (!file.ok) throw new Error(file.message);
    out.backupMs.push(performance.now() - started);
    out.fileBytes = file.value.bytes.length;

    // A device that has never seen the project: check, store, project.
    const db = openDatabase(`bench-${newId()}`);
    started = performance.now();
    const checked = await checkBackupFile(file.value.bytes, { passphrase: BENCH_PASSPHRASE });
    if (!checked.ok) throw new Error(checked.message);
    out.checkMs.push(performance.now() - started);
    const stored = performance.now();
    const restored = await restoreOnDevice({ db, openSession: (id) => openProjectSession(db, id) }, checked.value);
    if (!restored.ok) throw new Error(restored.message);
    out.restoreNewMs.push(performance.now() - started);
    out.storeMs.push(performance.now() - stored);
    // Opening it afterwards loads the doc and builds the projection (the projector's work, not the gate's).
    const opening = performance.now();
    const session = await openProjectSession(db, restored.value.projectId);
    out.firstOpenMs.push(performance.now() - opening);
    await session.close();

    // A device that already has the project: check, then merge what is new.
    const here = createProjectDoc(doc.guid);
    Y.applyUpdate(here, Y.encodeStateAsUpdate(doc));
    started = performance.now();
    const again = await checkBackupFile(file.value.bytes, { passphrase: BENCH_PASSPHRASE });
    if (!again.ok) throw new Error(again.message);
    const merged = mergeCheckedProject(here, again.value);
    if (!merged.ok) throw new Error(merged.message);
    out.mergeMs.push(performance.now() - started);
    here.destroy();

    // A file from a device that went its own way: consent, details and marks changed on 30
    // members. Check, plan (in a scratch copy, shown before merging), then merge.
    const changedFile = await createBackup(editedCopy(doc), { appVersion: 'bench', protection: { passphrase: BENCH_PASSPHRASE } });
    if (!changedFile.ok) throw new Error(changedFile.message);
    const device = createProjectDoc(doc.guid);
    Y.applyUpdate(device, Y.encodeStateAsUpdate(doc));
    started = performance.now();
    const changed = await checkBackupFile(changedFile.value.bytes, { passphrase: BENCH_PASSPHRASE });
    if (!changed.ok) throw new Error(changed.message);
    const plan = planMerge(device, changed.value);
    if (!plan.ok || plan.value.nothingNew) throw new Error(plan.ok ? 'the plan found nothing new' : plan.message);
    const applied = applyMerge(device, plan.value);
    if (!applied.ok) throw new Error(applied.message);
    out.mergeChangedMs.push(performance.now() - started);
    device.destroy();
    db.close();
    await db.delete();
  }
  doc.destroy();
  return out;
}
