/** Whether a route (from src/state/router) is kiosk mode: "#/p/<id>/feedback/kiosk/…". */
export function isKioskRoute(route: readonly string[]): boolean {
  return route[0] === 'p' && route[2] === 'feedback' && route[3] === 'kiosk';
}
