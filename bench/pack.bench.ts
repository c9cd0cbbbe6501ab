import { median, round, type Benchmark } from './context';

interface PackFigures {
  ms: number[];
  reportMs: number;
  zipBytes: number;
  files: number;
}
interface BackupFigures {
  backupMs: number[];
  restoreNewMs: number[];
  storeMs: number[];
  firstOpenMs: number[];
  mergeMs: number[];
  mergeChangedMs: number[];
  checkMs: number[];
  fileBytes: number;
}

/** Project pack export and backup restore for the large reference project, in the browser, no throttle (targets ≤ 3 s each). */
const bench: Benchmark = async (ctx) => {
  // The static server sends "/bench/" (a folder) to the app's index.html, so ask for the bench page by name.
  const bp = await ctx.newPage();
  try {
    await bp.page.goto(`${ctx.benchUrl.replace(/\/?$/, '/')}index.html`);
    await bp.page.waitForFunction(() => 'bench' in window, undefined, { timeout: 60_000 });
    const pack = await bp.page.evaluate(() => (window as unknown as { bench: { packExportLarge: () => Promise<PackFigures> } }).bench.packExportLarge());
    const backup = await bp.page.evaluate(() => (window as unknown as { bench: { backupRestoreLarge: () => Promise<BackupFigures> } }).bench.backupRestoreLarge());
    return {
      packExportMs: round(median(pack.ms)),
      packReportOnlyMs: round(pack.reportMs),
      packZipKB: round(pack.zipBytes / 1024, 0),
      packFiles: pack.files,
      backupMakeMs: round(median(backup.backupMs)),
      backupFileKB: round(backup.fileBytes / 1024, 0),
      restoreCheckMs: round(median(backup.checkMs)),
      restoreNewDeviceMs: round(median(backup.restoreNewMs)),
      restoreStoreMs: round(median(backup.storeMs)),
      firstOpenAfterRestoreMs: round(median(backup.firstOpenMs)),
      restoreMergeMs: round(median(backup.mergeMs)),
      restoreMergeChangedMs: round(median(backup.mergeChangedMs)),
      packExportWithinTarget: median(pack.ms) <= 3000,
      restoreWithinTarget: median(backup.restoreNewMs) <= 3000,
    };
  } finally {
    await bp.close();
  }
};

export default bench;
