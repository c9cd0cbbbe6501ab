import { round, type Benchmark } from './context';

interface AtRest {
  updates: number;
  updateBytes: number;
  rows: number;
  rowBytes: number;
  deriveKeyMs: number;
  encryptUpdatesMs: number;
  decryptUpdatesMs: number;
  encryptRowsMs: number;
  decryptRowsMs: number;
  encryptThirtyMarksMs: number;
}

/**
 * The cost of encrypting the device's copy of a project under the facilitator PIN (AES-GCM,
 * key from PBKDF2 as the PIN hash uses), on the large reference project: measured to decide
 * whether to build it. The app does not encrypt at rest; see the README's privacy notes.
 */
const atRest: Benchmark = async (ctx) => {
  const bp = await ctx.openBenchPage();
  try {
    const { projectId } = await bp.page.evaluate(() => (window as any).bench.prepareLargeProject());
    const plain: AtRest = await bp.page.evaluate((id) => (window as any).bench.timeAtRestEncryption(id), projectId);
    const cdp = await bp.context.newCDPSession(bp.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slow: AtRest = await bp.page.evaluate((id) => (window as any).bench.timeAtRestEncryption(id), projectId);
    return {
      atRestLargeStoredUpdates: plain.updates,
      atRestLargeStoredUpdateKB: round(plain.updateBytes / 1024),
      atRestLargeProjectionRows: plain.rows,
      atRestLargeProjectionKB: round(plain.rowBytes / 1024),
      atRestPinKeyDeriveMs: round(plain.deriveKeyMs),
      atRestEncryptUpdatesMs: round(plain.encryptUpdatesMs),
      atRestDecryptUpdatesMs: round(plain.decryptUpdatesMs),
      atRestDecryptProjectionMs: round(plain.decryptRowsMs),
      atRestEncryptThirtyMarksMs: round(plain.encryptThirtyMarksMs),
      atRestPinKeyDeriveMs4x: round(slow.deriveKeyMs),
      atRestDecryptUpdatesMs4x: round(slow.decryptUpdatesMs),
      atRestDecryptProjectionMs4x: round(slow.decryptRowsMs),
      atRestEncryptThirtyMarksMs4x: round(slow.encryptThirtyMarksMs),
    };
  } finally {
    await bp.close();
  }
};

export default atRest;
