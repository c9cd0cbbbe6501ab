/** A kept or dropped value, as a facilitator would read it. */
export function describeValue(value: unknown, max = 60): string {
  if (value === undefined || value === null || value === '') return 'nothing';
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max - 1)}…` : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'nothing' : describeValue(value.map((v) => describeValue(v, 20)).join(', '), max);
  return 'a different set of answers';
}

/** "accessNotes" → "Access notes", for fields a screen did not give a label. */
export function fieldLabel(field: string, labels: Record<string, string> = {}): string {
  if (labels[field]) return labels[field];
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
