import { signal } from '@preact/signals';

/** A file the system handed to the app (a backup tapped in the Files app), waiting to be checked. */
export type OpenedFile = { kind: 'file'; file: File } | { kind: 'unreadable' };

export const openedBackup = signal<OpenedFile | null>(null);

interface LaunchParams {
  files?: readonly { getFile(): Promise<File> }[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/**
 * Where the browser supports file handling (the manifest's `file_handlers`), a backup opened
 * from the device's files arrives here. It only waits in `openedBackup`: nothing is read or
 * written until the restore screen checks it through the same gate as a chosen file.
 */
export function listenForOpenedFiles(onOpened: () => void): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue?.setConsumer) return;
  queue.setConsumer((params) => {
    const handle = params.files?.[0];
    if (!handle) return;
    void handle.getFile().then(
      (file) => {
        openedBackup.value = { kind: 'file', file };
        onOpened();
      },
      () => {
        openedBackup.value = { kind: 'unreadable' };
        onOpened();
      },
    );
  });
}
