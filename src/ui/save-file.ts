/**
 * Hands a file the app made (a pack, a backup, a calendar) to the person. It is saved as a
 * download at once; where the browser has a share sheet for files (tablets and phones), a
 * second tap sends it on (Files, email, a messaging app). Works offline: the bytes never
 * leave the device unless the person chooses where to send them.
 */
export function makeFile(bytes: Uint8Array | string, fileName: string, type: string): File {
  return new File([bytes as BlobPart], fileName, { type });
}

export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function canShareFiles(file: File): boolean {
  return typeof navigator.share === 'function' && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

export type ShareOutcome = 'shared' | 'cancelled' | 'failed';

/** Must be called from a tap: browsers open the share sheet only in answer to one. */
export async function shareFile(file: File): Promise<ShareOutcome> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return 'shared';
  } catch (error) {
    // Closing the share sheet is a choice, not a failure.
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
