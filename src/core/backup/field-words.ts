// No imports: the restore card on the first screen uses this without loading Yjs or zod.

/** A field name as words, for messages: "endTime" → "end time". */
export function fieldWords(field: string): string {
  if (field === 'v') return 'version';
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
