/** Random ids that are safe in URLs and as IndexedDB keys. */
export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = '';
  for (const b of bytes) out += (b & 63).toString(36).padStart(2, '0');
  return prefix + out.slice(0, 20);
}

/** Today's date as YYYY-MM-DD in the device's time zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
