// Size limits for incoming files, in a module with no imports so the first screen can check
// a chosen file's size before loading the rest of the backup code.

/** Largest file the app will read: well above a very large project (about 1 MB compressed). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest project once decompressed (about nine times the "large" reference project), so a small hostile file cannot swell to fill the device. */
export const MAX_UPDATE_BYTES = 80 * 1024 * 1024;
export const MAX_HEADER_BYTES = 16 * 1024;

/** Largest list of people (CSV) the app will read: a list of thousands of names is well under 1 MB. */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;
/** Most rows one list may bring in at once; beyond this a file is far more likely a mistake than a member list. */
export const MAX_LIST_ROWS = 5_000;
/** Most columns a list may have. */
export const MAX_LIST_COLUMNS = 100;
