import { openDatabase } from '../core/db/database';

/** The device's one Dexie database: project list, projection, settings, kiosk queue, keys. */
export const db = openDatabase();
