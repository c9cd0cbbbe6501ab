import * as Y from 'yjs';

/**
 * The calibration task: decoding one fixed Yjs update into a fresh doc. It is built from Yjs
 * alone with a fixed client id and a seeded generator (no app code), so it stays the same
 * bytes while the app changes; `calibrationBytes` and `calibrationChecksum` in the bench
 * output show if Yjs itself ever changes it. Every timed figure is also reported as a ratio
 * to this task timed in the same run, so runs on machines of different speed compare.
 */
let reference: Uint8Array | null = null;

function referenceUpdate(): Uint8Array {
  if (reference) return reference;
  const doc = new Y.Doc({ gc: true });
  doc.clientID = 20_26;
  let seed = 12_345;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const words = ['present', 'apologies', 'absent', 'kiosk', 'paper', 'carer', 'resident', 'Village hall', 'Felt listened to'];
  doc.transact(() => {
    const records = doc.getMap('records');
    for (let i = 0; i < 4_000; i++) {
      const record = new Y.Map<unknown>();
      records.set(`record-${i}`, record);
      record.set('id', `record-${i}`);
      record.set('v', 1);
      record.set('day', `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
      record.set('kind', words[Math.floor(next() * words.length)]);
      record.set('score', Math.floor(next() * 5));
      if (next() < 0.3) record.set('answers', { a: Math.floor(next() * 5), b: next() < 0.5 });
    }
    const notes = doc.getText('notes');
    for (let i = 0; i < 400; i++) notes.insert(Math.floor(next() * notes.length), words[i % words.length] + ' ');
  });
  reference = Y.encodeStateAsUpdate(doc);
  return reference;
}

function checksum(bytes: Uint8Array): number {
  let hash = 2_166_136_261;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 16_777_619) >>> 0;
  return hash;
}

/** One run of the calibration task between two marks (`calibration-start-<n>`, `calibration-end-<n>`) for the trace. */
export function markedCalibrationRun(n: number): number {
  const update = referenceUpdate();
  performance.mark(`calibration-start-${n}`);
  const t0 = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const ms = performance.now() - t0;
  performance.mark(`calibration-end-${n}`);
  doc.destroy();
  return ms;
}

export function calibrationUpdateFacts(): { bytes: number; checksum: number } {
  const update = referenceUpdate();
  return { bytes: update.length, checksum: checksum(update) };
}

/** Times the calibration task `runs` times after `warmUp` untimed runs; returns every time. */
export function timeCalibration(runs = 7, warmUp = 2): { times: number[]; bytes: number; checksum: number } {
  const update = referenceUpdate();
  const times: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const t0 = performance.now();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const ms = performance.now() - t0;
    doc.destroy();
    if (i >= warmUp) times.push(ms);
  }
  return { times, bytes: update.length, checksum: checksum(update) };
}
