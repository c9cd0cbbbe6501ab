import { t } from '@lingui/core/macro';
import type { Person } from '../../core/domain/person';
import { formatList } from '../../core/format/intl';

/** Who among those waiting for papers needs them in easy read or large print. */
export function FormatNeeds({ easyRead, largePrint }: { easyRead: readonly Person[]; largePrint: readonly Person[] }) {
  const easy = formatList(easyRead.map((p) => p.name));
  const large = formatList(largePrint.map((p) => p.name));
  return (
    <>
      {easyRead.length > 0 && <p>{t`Easy read for: ${easy}.`}</p>}
      {largePrint.length > 0 && <p>{t`Large print for: ${large}.`}</p>}
    </>
  );
}
