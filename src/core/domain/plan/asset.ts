import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** The four kinds of asset in the Time to Shine toolkit's asset mapping. */
export const ASSET_KINDS = ['knowledge', 'skills', 'experience', 'resources'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
export const ASSET_KIND_LABELS: Record<AssetKind, string> = {
  knowledge: 'Knowledge',
  skills: 'Skills',
  experience: 'Experience',
  resources: 'Resources',
};

export const ASSET_STATES = ['have', 'need'] as const;
export type AssetState = (typeof ASSET_STATES)[number];

export const assetSchema = z.object({
  ...baseFields,
  kind: z.enum(ASSET_KINDS, { error: 'Choose knowledge, skills, experience or resources.' }),
  description: requiredText('What it is', 300),
  /** Who brings it, in words (a member, a partner, "the council"). */
  source: shortText('Who brings it', 160).optional(),
  state: z.enum(ASSET_STATES, { error: 'Say whether the group has it or still needs it.' }),
});
export type Asset = z.infer<typeof assetSchema>;

export const assetType = defineRecordType({
  collection: 'assets',
  noun: 'asset',
  schema: assetSchema,
  version: 1,
  index: { k1: 'kind', k2: 'state' },
});
