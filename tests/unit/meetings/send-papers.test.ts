import { describe, expect, it } from 'vitest';
import { callBeforeList, channelOf, mailtoUrl, sendingPlan, sendingWords, smsUrl } from '../../../src/core/meetings/send-papers';
import { meetingRecord } from '../../../src/core/meetings/meeting-record';
import { seededRandom } from '../../../src/core/reference/random';
import { FORMATS, type Person } from '../../../src/core/domain/person';
import { meeting, person } from './fixtures';

const people: Person[] = [
  person('ann', { name: 'Ann', email: 'ann@example.org', inclusion: { formats: ['email'] } }),
  person('bob', { name: 'Bob', email: 'bob@example.org' }),
  person('cat', { name: 'Cat', email: 'cat@example.org', inclusion: { formats: ['easy-read', 'email'] } }),
  person('dee', { name: 'Dee', phone: '07700 900123', inclusion: { formats: ['text'] } }),
  person('eve', { name: 'Eve', inclusion: { formats: ['large-print', 'post'] } }),
  person('fay', { name: 'Fay', phone: '01632 960001', inclusion: { formats: ['phone'] }, support: ['call-before'] }),
  person('gus', { name: 'Gus', inclusion: { formats: ['email'] } }),
  person('hal', { name: 'Hal' }),
  person('ivy', { name: 'Ivy', inclusion: { formats: ['text'] } }),
  person('jo', { name: 'Jo', email: 'jo@example.org', consent: { contact: { given: false, date: '2026-01-01' } } }),
];

describe('sending papers in each person’s way', () => {
  it('groups people by the channel and format they asked for', () => {
    const plan = sendingPlan(people);
    const ids = (list: { person: Person }[]) => list.map((r) => r.person.id);
    expect(ids(plan.emailTogether)).toEqual(['ann', 'bob']);
    expect(plan.emailEach.map((r) => [r.person.id, r.format, r.address])).toEqual([['cat', 'easy-read', 'cat@example.org']]);
    expect(plan.text.map((r) => [r.person.id, r.address])).toEqual([['dee', '07700 900123']]);
    expect(plan.post.map((r) => [r.person.id, r.format])).toEqual([['eve', 'large-print']]);
    expect(ids(plan.call)).toEqual(['fay']);
    expect(plan.anotherWay.map((a) => `${a.person.id}: ${a.why}`)).toEqual([
      'gus: Asked for email, but no email address is recorded.',
      'hal: No email, phone or way of sending is recorded.',
      'ivy: Asked for a text or a call, but no phone number is recorded.',
      'jo: Said no to being contacted: ask the group how they would like to hear.',
    ]);
    expect(ids(callBeforeList(people))).toEqual(['fay']);
  });

  it('puts every person in exactly one group, whatever their formats and details, over many seeds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const group = Array.from({ length: random.int(0, 12) }, (_, i) =>
        person(`p${i}`, {
          name: `P${i}`,
          ...(random.chance(0.5) ? { email: random.chance(0.9) ? `p${i}@example.org` : '  ' } : {}),
          ...(random.chance(0.5) ? { phone: '07700 900000' } : {}),
          inclusion: { formats: random.shuffle([...FORMATS]).slice(0, random.int(0, 3)), ...(random.chance(0.1) ? { declined: true } : {}) },
        }),
      );
      const plan = sendingPlan(group);
      const placed = [...plan.emailTogether, ...plan.emailEach, ...plan.text, ...plan.post, ...plan.call, ...plan.anotherWay].map((r) => r.person.id);
      expect(placed.sort()).toEqual(group.map((p) => p.id).sort());
      for (const r of [...plan.emailTogether, ...plan.emailEach]) expect(r.address).toMatch(/@/);
      for (const r of [...plan.text, ...plan.call]) expect(r.address).toBeTruthy();
      for (const p of group) if (channelOf(p) === undefined) expect(plan.anotherWay.some((a) => a.person.id === p.id)).toBe(true);
    }
  });

  it('fills a mailto: link with everyone in BCC, the subject and the body, and an sms: link with the body', () => {
    const record = meetingRecord({
      meeting: meeting('m', '2026-03-10', { title: 'March & more' }),
      where: 'Village hall',
      people: [],
      agenda: [{ id: 'a', v: 1, createdAt: '2026-01-01T00:00:00.000Z', meetingId: 'm', title: 'Respite budget', order: 1 }],
      attendance: [],
      notes: [],
      decisions: [],
      actions: [],
      reflections: [],
    });
    const words = sendingWords(record, ['Budget summary'], 'papers');
    const url = mailtoUrl({ bcc: ['ann@example.org', 'bob+x@example.org'], ...words });
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('mailto:');
    expect(parsed.pathname).toBe('');
    expect(parsed.searchParams.get('bcc')).toBe('ann@example.org,bob+x@example.org');
    expect(parsed.searchParams.get('subject')).toBe('Papers for March & more');
    const body = parsed.searchParams.get('body')!;
    expect(body).toContain('1. Respite budget');
    expect(body).toContain('- Budget summary');
    expect(body).toContain('Village hall');
    expect(mailtoUrl({ to: 'cat@example.org', ...words })).toMatch(/^mailto:cat%40example\.org\?subject=/);
    expect(smsUrl(['07700 900123', '+44 7700 900456'], 'Hi & bye')).toBe('sms:07700900123,+447700900456?body=Hi%20%26%20bye');
    expect(sendingWords(record, [], 'reminder').subject).toBe('Reminder: March & more tomorrow');
  });
});
