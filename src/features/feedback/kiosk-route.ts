import type { KioskSession } from '../../core/feedback/kiosk-session';
import { href } from '../../state/router';

/** The parts of a kiosk's address: "#/p/<id>/feedback/kiosk/<questionnaire>[/<meeting>]". */
export function kioskRouteParts(session: KioskSession): string[] {
  return ['p', session.projectId, 'feedback', 'kiosk', session.questionnaireId, ...(session.meetingId ? [session.meetingId] : [])];
}

export function kioskHash(session: KioskSession): string {
  return href(...kioskRouteParts(session));
}

/** Whether a route (from src/state/router) is the address of this kiosk session, exactly. */
export function routeShowsKiosk(route: readonly string[], session: KioskSession): boolean {
  const parts = kioskRouteParts(session);
  return route.length === parts.length && parts.every((part, i) => route[i] === part);
}
