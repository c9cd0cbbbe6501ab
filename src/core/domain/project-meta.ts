import { z } from 'zod';
import { isoDateTime, requiredText, shortText } from './fields';

/** The project's own details, held in the doc's `meta` map and shared by every device. */
export const projectMetaSchema = z.object({
  id: z.string().min(1).max(64),
  name: requiredText('Project name', 120),
  purpose: shortText('Purpose', 300).default(''),
  archived: z.boolean().default(false),
  createdAt: isoDateTime('Created'),
  schemaVersion: z.number().int().min(1),
});
export type ProjectMeta = z.infer<typeof projectMetaSchema>;

/** Version of the doc layout as a whole; bump with a migration in core/doc/migrations. */
export const DOC_SCHEMA_VERSION = 1;
