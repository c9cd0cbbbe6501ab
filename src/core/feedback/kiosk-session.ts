/*
 * Kept apart from kiosk.ts: every screen checks for a running kiosk as it loads, so this
 * file is in the first screen's code and must stay small.
 */
/**
 * Kiosk mode running on this device: which questionnaire, and the day it started. Kept on the
 * device (never synced) from before the first question until a facilitator leaves with the
 * PIN; while it is set, every screen of the app except this kiosk is locked, in every tab.
 */
export interface KioskSession {
  projectId: string;
  questionnaireId: string;
  meetingId?: string;
  startedDay: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** A stored kiosk session, or null for anything that is not one. */
export function readKioskSession(value: unknown): KioskSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isId(v.projectId) || !isId(v.questionnaireId) || typeof v.startedDay !== 'string' || !DAY.test(v.startedDay)) return null;
  if (v.meetingId !== undefined && !isId(v.meetingId)) return null;
  return { projectId: v.projectId, questionnaireId: v.questionnaireId, ...(v.meetingId ? { meetingId: v.meetingId } : {}), startedDay: v.startedDay };
}
