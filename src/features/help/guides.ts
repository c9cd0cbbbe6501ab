import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/** The five guides the app draws on, named as their authors name them. */
export const GUIDES = {
  iriss: msg`Iriss co-production project planner`,
  leeds: msg`Co-production briefing paper (University of Leeds, for West Yorkshire)`,
  scie: msg`SCIE: Co-production in social care`,
  westBerkshire: msg`West Berkshire: How to do co-production`,
  timeToShine: msg`Time to Shine co-production toolkit`,
} satisfies Record<string, MessageDescriptor>;

export type GuideId = keyof typeof GUIDES;
