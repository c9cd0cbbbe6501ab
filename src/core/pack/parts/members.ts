import { msg } from '@lingui/core/macro';
import { FORMAT_LABELS, hasConsent, personType, ROLE_LABELS, STATUS_LABELS, type Person } from '../../domain/person';
import { compareText } from '../../format/intl';
import { nameForPack } from '../../team/naming';
import { toCsv } from '../csv';
import { mayInclude } from '../options';
import type { PackPart } from '../part';

/** Access needs as the members' file names them (a venue's list words some differently). */
const NEED_LABELS = {
  'step-free': msg`Step-free access`,
  'accessible-toilet': msg`Accessible toilet`,
  'hearing-loop': msg`Hearing loop`,
  'quiet-space': msg`Quiet space`,
  parking: msg`Parking`,
  'public-transport': msg`Near public transport`,
} as const;

/**
 * members.csv, made only when the facilitator ticks contact details or access needs, and
 * listing only people who agreed to be named in the pack (a pseudonym beside a role and an
 * access need would still point to one person). Each person's other consents still apply:
 * contact details only for people who agreed to be contacted, and for partners and funders
 * only for people who agreed to share with them.
 */
export const membersPart: PackPart = {
  id: 'members',
  title: msg`Members`,
  sensitive: ['contactDetails', 'accessNeeds'],
  holds: (ctx) => ctx.source.records(personType).some((p) => !p.guest),
  files(ctx) {
    const { i18n } = ctx;
    const contactDetails = mayInclude(ctx.options, 'contactDetails');
    const accessNeeds = mayInclude(ctx.options, 'accessNeeds');
    if (!contactDetails && !accessNeeds) return [];
    const people = ctx.source.records(personType).filter((p) => !p.guest && nameForPack(p) !== null);
    if (people.length === 0) return [];
    const forPartners = ctx.options.audience === 'partners';
    const mayShare = (p: Person) => !forPartners || hasConsent(p, 'shareWithPartners');
    const yes = i18n._(msg({ message: 'Yes', comment: 'A yes-or-no cell in a spreadsheet' }));
    const header = [i18n._(msg`Person`), i18n._(msg`Role`), i18n._(msg`Status`)];
    if (contactDetails) header.push(i18n._(msg`Email`), i18n._(msg`Phone`));
    if (accessNeeds) {
      header.push(
        i18n._(msg`Access needs`),
        i18n._(msg`Access notes`),
        i18n._(msg`Formats`),
        i18n._(msg`Language`),
        i18n._(msg`Interpreter`),
        i18n._(msg`Childcare`),
        i18n._(msg`Travel support`),
      );
    }
    const rows = people
      .map((p) => {
        const row: (string | boolean)[] = [nameForPack(p)!, ROLE_LABELS[p.role], STATUS_LABELS[p.status]];
        if (contactDetails) {
          const share = hasConsent(p, 'contact') && mayShare(p);
          row.push(share ? (p.email ?? '') : '', share ? (p.phone ?? '') : '');
        }
        if (accessNeeds) {
          const i = mayShare(p) && !p.inclusion?.declined ? p.inclusion : undefined;
          row.push(
            (i?.accessNeeds ?? []).map((n) => (n in NEED_LABELS ? i18n._(NEED_LABELS[n as keyof typeof NEED_LABELS]) : n)).join('; '),
            i?.accessNotes ?? '',
            (i?.formats ?? []).map((f) => FORMAT_LABELS[f]).join('; '),
            i?.language ?? '',
            i?.interpreter ? yes : '',
            i?.childcare ? yes : '',
            i?.travelSupport ? yes : '',
          );
        }
        return row;
      })
      .sort((a, b) => compareText(String(a[0]), String(b[0]), { numeric: true }));
    return [
      {
        name: 'members.csv',
        about:
          contactDetails && accessNeeds
            ? i18n._(
                msg`PERSONAL INFORMATION: the members who agreed to be named, with their contact details and access needs, included because this was ticked when the pack was made. Blank where a person did not agree to share. Keep this file safe and delete it when it is no longer needed.`,
              )
            : contactDetails
              ? i18n._(
                  msg`PERSONAL INFORMATION: the members who agreed to be named, with their contact details, included because this was ticked when the pack was made. Blank where a person did not agree to share. Keep this file safe and delete it when it is no longer needed.`,
                )
              : i18n._(
                  msg`PERSONAL INFORMATION: the members who agreed to be named, with their access needs, included because this was ticked when the pack was made. Blank where a person did not agree to share. Keep this file safe and delete it when it is no longer needed.`,
                ),
        data: toCsv(header, rows, i18n),
      },
    ];
  },
  leftOut(ctx) {
    const ticked = mayInclude(ctx.options, 'contactDetails') || mayInclude(ctx.options, 'accessNeeds');
    return ticked ? [ctx.i18n._(msg`The contact details and access needs of people who did not agree to be named.`)] : [];
  },
};
