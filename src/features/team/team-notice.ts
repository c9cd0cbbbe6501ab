import { signal } from '@preact/signals';

/** A short message shown on the team screen after leaving a member's page (after erasing them). */
export const teamNotice = signal<string | null>(null);
