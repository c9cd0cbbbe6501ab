import { formatNumber } from './intl';

/** 0.64 → "64%"; null (nothing to divide by) → "–". */
export function formatShare(share: number | null): string {
  return share === null ? '–' : formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
}

/** 123450 pence → "£1,234.50". */
export function formatPence(pence: number): string {
  return formatNumber(pence / 100, { style: 'currency', currency: 'GBP' });
}

/** 2.5 → "2.5 hours", 1 → "1 hour". */
export function formatHours(hours: number): string {
  return formatNumber(Math.round(hours * 100) / 100, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
}

const BYTE_UNITS = [
  [1024 ** 3, 'gigabyte', 1],
  [1024 ** 2, 'megabyte', 1],
  [1024, 'kilobyte', 0],
] as const;

/** 1536 → "2 kB", 5_000_000 → "4.8 MB". */
export function formatBytes(bytes: number): string {
  for (const [size, unit, digits] of BYTE_UNITS) {
    if (bytes >= size) return formatNumber(bytes / size, { style: 'unit', unit, maximumFractionDigits: digits });
  }
  return formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
}
