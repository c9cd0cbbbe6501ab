import type { MessageDescriptor } from '@lingui/core';
import { i18n } from '#i18n';

/**
 * The words for each value of a fixed list (roles, statuses, reasons…), written once with
 * `msg` and read in the app's chosen language each time one is used: `ROLE_LABELS.carer` is
 * "Carer or family", or its Welsh once Welsh is chosen. Callers use them as plain strings.
 */
export function labelsIn<K extends string>(words: Record<K, MessageDescriptor>): Readonly<Record<K, string>> {
  const labels = {} as Record<K, string>;
  for (const key of Object.keys(words) as K[]) {
    Object.defineProperty(labels, key, { enumerable: true, get: () => i18n._(words[key]) });
  }
  return labels;
}
