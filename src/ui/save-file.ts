/**
 * Hands a file the app made (a pack, a backup, a calendar) to the person: through the system's
 * share sheet where the browser offers one for files (tablets and phones: Files, email, a
 * messaging app), otherwise as a download. Works offline: the bytes never leave the device
 * unless the person chooses where to send them.
 */
export type SaveOutcome = 'shared' | 'saved' | 'cancelled';

export function canShareFiles(file: File): boolean {
  return typeof navigator.share === 'function' && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

export async function shareFile(file: File): Promise<SaveOutcome> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return 'shared';
  } catch (error) {
    // Closing the share sheet is a choice, not a failure; anything else falls back to a download.
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    downloadFile(file);
    return 'saved';
  }
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

export function makeFile(bytes: Uint8Array | string, fileName: string, type: string): File {
  return new File([bytes as BlobPart], fileName, { type });
}
