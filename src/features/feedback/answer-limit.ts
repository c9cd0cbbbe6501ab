import { t } from '@lingui/core/macro';
import { MAX_ANSWER_LENGTH } from '../../core/domain/response';
import { formatNumber } from '../../core/format/intl';

/** What a written answer's box says about its length: how much it can hold, or that it is full. */
export function answerLimit(length: number): { reached: boolean; words: string } {
  const max = formatNumber(MAX_ANSWER_LENGTH);
  const reached = length >= MAX_ANSWER_LENGTH;
  return { reached, words: reached ? t`That is the most this answer can hold: ${max} characters.` : t`You can write up to ${max} characters.` };
}
