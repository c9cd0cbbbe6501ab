/** A first guess at a name for this device, from the browser's description of it. The facilitator can change it. */
export function guessDeviceName(): string {
  const agent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  if (/iPad/.test(agent) || (/Macintosh/.test(agent) && typeof navigator !== 'undefined' && navigator.maxTouchPoints > 1)) return 'iPad';
  if (/iPhone/.test(agent)) return 'iPhone';
  if (/Android/.test(agent)) return /Mobile/.test(agent) ? 'Android phone' : 'Android tablet';
  if (/CrOS/.test(agent)) return 'Chromebook';
  if (/Windows/.test(agent)) return 'Windows computer';
  if (/Macintosh/.test(agent)) return 'Mac';
  if (/Linux/.test(agent)) return 'Linux computer';
  return 'This device';
}
