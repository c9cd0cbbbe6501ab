import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { requiredText, shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** The four kinds of asset in the Time to Shine toolkit's asset mapping. */
export const ASSET_KINDS = ['knowledge', 'skills', 'experience', 'resources'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
/** Read when shown, so each is in the language chosen then. */
export const ASSET_KIND_LABELS: Readonly<Record<AssetKind, string>> = {
  get knowledge() {
    return t({ message: 'Knowledge', comment: 'A kind of asset a group has or needs' });
  },
  get skills() {
    return t({ message: 'Skills', comment: 'A kind of asset a group has or needs' });
  },
  get experience() {
    return t({ message: 'Experience', comment: 'A kind of asset a group has or needs' });
  },
  get resources() {
    return t({ message: 'Resources', comment: 'A kind of asset a group has or needs' });
  },
};

export const ASSET_STATES = ['have', 'need'] as const;
export type AssetState = (typeof ASSET_STATES)[number];

export const assetSchema = z.object({
  ...baseFields,
  kind: z.enum(ASSET_KINDS, { error: () => t`Choose knowledge, skills, experience or resources.` }),
  description: requiredText('What it is', 300),
  /** Who brings it, in words (a member, a partner, "the council"). */
  source: shortText('Who brings it', 160).optional(),
  state: z.enum(ASSET_STATES, { error: () => t`Say whether the group has it or still needs it.` }),
});
export type Asset = z.infer<typeof assetSchema>;

export const assetType = defineRecordType({
  collection: 'assets',
  noun: msg({ message: 'asset', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: assetSchema,
  version: 1,
  index: { k1: 'kind', k2: 'state' },
});
