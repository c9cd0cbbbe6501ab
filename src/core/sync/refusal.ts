// Kept apart from protocol.ts so screens can name the reasons without loading Yjs.
/** Why the server turned a device away; sent as the permission-denied reason. */
export const REFUSAL = {
  /** The project's sharing was reset with a new secret; this envelope is closed for good. */
  sharingReset: 'sharing-reset',
  wrongToken: 'not-allowed',
  badName: 'bad-name',
  tooManyDocuments: 'too-many-documents',
} as const;
