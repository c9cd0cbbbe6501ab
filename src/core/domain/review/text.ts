import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { longText } from '../fields';

/** Several lines of text that must not be empty (stored as Y.Text so typing on two devices merges). */
export function requiredLongText(label: string, max = 5_000) {
  return longText(label, max).pipe(z.string().min(1, { error: () => t`${label} cannot be empty.` }));
}
