import type * as Y from 'yjs';
import { metaMap } from '../doc/project-doc';
import { projectMetaSchema, type ProjectMeta } from '../domain/project-meta';

/** The project's own details (name, purpose, archived), if they can be read. */
export function readProjectMeta(doc: Y.Doc): ProjectMeta | undefined {
  const parsed = projectMetaSchema.safeParse(metaMap(doc).toJSON());
  return parsed.success ? parsed.data : undefined;
}
