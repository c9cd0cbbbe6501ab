// Size limits for incoming files, in a module with no imports so the first screen can check
// a chosen file's size before loading the rest of the backup code.

/** Largest file the app will read: well above a very large project (about 1 MB compressed). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest project once decompressed (about nine times the "large" reference project), so a small hostile file cannot swell to fill the device. */
export const MAX_UPDATE_BYTES = 80 * 1024 * 1024;
export const MAX_HEADER_BYTES = 16 * 1024;
