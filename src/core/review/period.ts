/** A stretch of days, both ends included. Open ends mean "from the start" and "up to now". */
export interface Period {
  from?: string;
  to?: string;
}

export function inPeriod(day: string, period: Period | undefined): boolean {
  if (!period) return true;
  if (period.from && day < period.from) return false;
  if (period.to && day > period.to) return false;
  return true;
}
