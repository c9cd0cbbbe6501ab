// Kept apart from protocol.ts so screens can name the reasons without loading Yjs.
/** Why the server turned a device away; sent as the permission-denied or close reason. */
export const REFUSAL = {
  /** The project's sharing was reset with a new secret; this envelope is closed for good. */
  sharingReset: 'sharing-reset',
  wrongToken: 'not-allowed',
  badName: 'bad-name',
  tooManyDocuments: 'too-many-documents',
  /** This address has claimed as many new projects today as the server allows. */
  tooManyNewProjects: 'too-many-new-projects',
  /** The project holds as much as the server keeps for one project. */
  projectFull: 'project-full',
  /** The server holds as much as it is set to keep in all. */
  serverFull: 'server-full',
  /** One message held more entries than the server reads in one go. */
  tooManyEntries: 'too-many-entries',
  /** The connection asked for the whole project again and again. */
  tooManyRequests: 'too-many-requests',
  /** The update was not encrypted entries. */
  badUpdate: 'bad-update',
  /** The server could not store changes (its database is not answering). */
  notStored: 'not-stored',
} as const;

/**
 * Refusals that may pass (tomorrow, after a tidy-up, once the server has room): the device
 * keeps its changes and tries again later instead of giving the project up.
 */
export const PASSING_REFUSALS: ReadonlySet<string> = new Set([
  REFUSAL.tooManyDocuments,
  REFUSAL.tooManyNewProjects,
  REFUSAL.projectFull,
  REFUSAL.serverFull,
  REFUSAL.tooManyEntries,
  REFUSAL.tooManyRequests,
  REFUSAL.badUpdate,
  REFUSAL.notStored,
]);
