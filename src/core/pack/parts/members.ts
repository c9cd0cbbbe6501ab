import { FORMAT_LABELS, hasConsent, personType, ROLE_LABELS, STATUS_LABELS, type Person } from '../../domain/person';
import { toCsv } from '../csv';
import { mayInclude } from '../options';
import type { PackPart } from '../part';
import { compareText } from '../../format/intl';
import { nameForPack } from '../../team/naming';

const NEED_LABELS: Record<string, string> = {
  'step-free': 'Step-free access',
  'accessible-toilet': 'Accessible toilet',
  'hearing-loop': 'Hearing loop',
  'quiet-space': 'Quiet space',
  parking: 'Parking',
  'public-transport': 'Near public transport',
};

/**
 * members.csv, made only when the facilitator ticks contact details or access needs, and
 * listing only people who agreed to be named in the pack (a pseudonym beside a role and an
 * access need would still point to one person). Each person's other consents still apply:
 * contact details only for people who agreed to be contacted, and for partners and funders
 * only for people who agreed to share with them.
 */
export const membersPart: PackPart = {
  id: 'members',
  title: 'Members',
  sensitive: ['contactDetails', 'accessNeeds'],
  holds: (ctx) => ctx.source.records(personType).some((p) => !p.guest),
  files(ctx) {
    const contactDetails = mayInclude(ctx.options, 'contactDetails');
    const accessNeeds = mayInclude(ctx.options, 'accessNeeds');
    if (!contactDetails && !accessNeeds) return [];
    const people = ctx.source.records(personType).filter((p) => !p.guest && nameForPack(p) !== null);
    if (people.length === 0) return [];
    const forPartners = ctx.options.audience === 'partners';
    const mayShare = (p: Person) => !forPartners || hasConsent(p, 'shareWithPartners');
    const header = ['Person', 'Role', 'Status'];
    if (contactDetails) header.push('Email', 'Phone');
    if (accessNeeds) header.push('Access needs', 'Access notes', 'Formats', 'Language', 'Interpreter', 'Childcare', 'Travel support');
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
            (i?.accessNeeds ?? []).map((n) => NEED_LABELS[n] ?? n).join('; '),
            i?.accessNotes ?? '',
            (i?.formats ?? []).map((f) => FORMAT_LABELS[f]).join('; '),
            i?.language ?? '',
            i?.interpreter ? 'Yes' : '',
            i?.childcare ? 'Yes' : '',
            i?.travelSupport ? 'Yes' : '',
          );
        }
        return row;
      })
      .sort((a, b) => compareText(String(a[0]), String(b[0]), { numeric: true }));
    const shared = [contactDetails && 'contact details', accessNeeds && 'access needs'].filter(Boolean).join(' and ');
    return [
      {
        name: 'members.csv',
        about: `PERSONAL INFORMATION: the members who agreed to be named, with their ${shared}, included because this was ticked when the pack was made. Blank where a person did not agree to share. Keep this file safe and delete it when it is no longer needed.`,
        data: toCsv(header, rows),
      },
    ];
  },
  leftOut(ctx) {
    const ticked = mayInclude(ctx.options, 'contactDetails') || mayInclude(ctx.options, 'accessNeeds');
    return ticked ? ['The contact details and access needs of people who did not agree to be named.'] : [];
  },
};
