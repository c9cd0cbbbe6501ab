import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CheckboxGroup, RadioGroup, toggle } from '../../../src/ui/form/ChoiceGroup';
import { CommandError } from '../../../src/ui/form/CommandError';
import { ItemActions } from '../../../src/ui/form/ItemActions';
import { meetingOptions, personOptions } from '../../../src/ui/form/pickers';
import { SelectField } from '../../../src/ui/form/SelectField';

const noop = () => undefined;

describe('the form kit', () => {
  it('ties a field’s label, hint and error to its control, and marks fields that may be left empty', () => {
    const html = render(
      <SelectField
        label="Who leads it"
        hint="Anyone in the group"
        error="Choose someone."
        value=""
        options={[{ value: 'a', label: 'Ann' }]}
        onChange={noop}
        emptyLabel="Choose…"
      />,
    );
    const id = html.match(/<select id="([^"]+)"/)![1]!;
    expect(html).toContain(`<label for="${id}">Who leads it<span class="optional"> (optional)</span></label>`);
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    expect(html).toContain(`<p class="error" id="${id}-error" role="alert">Choose someone.</p>`);
    expect(html).toContain('aria-invalid');
    expect(html).toMatch(/<option( selected)? value(="")?>Choose…<\/option>/);
  });

  it('has no empty choice unless asked for, and no "(optional)" on a required field', () => {
    const html = render(<SelectField label="Kind" required value="a" options={[{ value: 'a', label: 'A' }]} onChange={noop} />);
    expect(html).not.toMatch(/<option( selected)? value(="")?>/);
    expect(html).not.toContain('(optional)');
    expect(html).not.toContain('aria-describedby');
  });

  it('groups radio buttons under their question with one shared name, and checks the chosen one', () => {
    const html = render(
      <RadioGroup
        legend="How was it decided?"
        options={[
          { value: 'vote', label: 'Vote' },
          { value: 'consensus', label: 'Consensus' },
        ]}
        value="consensus"
        onChange={noop}
        inline
      />,
    );
    expect(html).toMatch(/^<fieldset class="choices"><legend>How was it decided\?<\/legend><div class="choice-row">/);
    const names = [...html.matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(names).size).toBe(1);
    expect(html).toMatch(/value="consensus" checked/);
    expect(html).not.toMatch(/value="vote" checked/);
  });

  it('ticks boxes and keeps the answer in the order things were ticked', () => {
    const html = render(
      <CheckboxGroup
        legend="Needs"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        value={['b']}
        onChange={noop}
      />,
    );
    expect(html.match(/checked/g)).toHaveLength(1);
    expect(toggle(['b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggle(['b', 'a'], 'b', false)).toEqual(['a']);
    expect(toggle(['b'], 'b', true)).toEqual(['b']);
  });

  it('names the item on every ordered-item button for screen readers, and cannot move the first up or the last down', () => {
    const html = render(<ItemActions name="Tea and biscuits" onEdit={noop} onMove={noop} onRemove={noop} first />);
    expect(html).toContain('aria-label="Change Tea and biscuits"');
    expect(html).toMatch(/aria-label="Move up: Tea and biscuits"[^>]*disabled|disabled[^>]*aria-label="Move up: Tea and biscuits"/);
    expect(html).toContain('aria-label="Remove Tea and biscuits"');
    expect(render(<ItemActions name="x" onMove={noop} last />)).toMatch(/disabled[^>]*aria-label="Move down: x"|aria-label="Move down: x"[^>]*disabled/);
  });

  it('says why a command did nothing as an alert, and nothing at all when it worked', () => {
    expect(render(<CommandError error="That meeting is no longer here." />)).toBe(
      '<p class="error command-error" role="alert">That meeting is no longer here.</p>',
    );
    expect(render(<CommandError error={null} />)).toBe('');
  });
});

describe('the pickers', () => {
  it('lists members by name, then walk-ins, leaving out people who left or were archived', () => {
    const options = personOptions([
      { id: 'w', name: 'Zoe', guest: true },
      { id: 'b', name: 'bethan' },
      { id: 'l', name: 'Lee', status: 'left' },
      { id: 'x', name: 'Xan', archived: true },
      { id: 'a', name: 'Aled' },
    ]);
    expect(options).toEqual([
      { value: 'a', label: 'Aled' },
      { value: 'b', label: 'bethan' },
      { value: 'w', label: 'Zoe (walk-in)' },
    ]);
  });

  it('lists meetings by date with their titles, newest or soonest first, leaving out cancelled ones', () => {
    const meetings = [
      { id: '1', date: '2026-03-03', title: 'Planning' },
      { id: '2', date: '2026-03-10' },
      { id: '3', date: '2026-03-17', cancelled: true },
    ];
    expect(meetingOptions(meetings).map((o) => o.value)).toEqual(['2', '1']);
    expect(meetingOptions(meetings, 'soonest')[0]).toEqual({ value: '1', label: expect.stringMatching(/^Tue,? 3 Mar 2026: Planning$/) });
    expect(meetingOptions(meetings)[0]!.label).toMatch(/: Meeting$/);
  });
});
