import { formatDateWith } from '../../core/format/intl';

/** "3 Feb 2026" from "2026-02-03". */
export function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.slice(0, 10) + 'T12:00:00Z');
  if (Number.isNaN(d.getTime())) return iso;
  return formatDateWith(d, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
