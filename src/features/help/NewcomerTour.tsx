import { t } from '@lingui/core/macro';
import { useEffect, useRef } from 'preact/hooks';
import { tourSeen } from '../../core/settings/settings';
import { href, navigate } from '../../state/router';
import { saveSetting } from '../../state/settings';
import { Button, LinkButton } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { Term } from './Term';

const STEPS = 4;

/** Four short screens for a new facilitator. Every one has a way out; the last says what to do first. */
export function NewcomerTour({ step }: { step: number }) {
  const current = Math.min(Math.max(1, Math.round(step)), STEPS);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [current]);
  const finish = async (to: string[]) => {
    await saveSetting(tourSeen, true);
    navigate(...to);
  };
  const titles = [t`What co-production is`, t`How a group works together`, t`Where each step is in Common Ground`, t`What to do first`];
  const stepOf = t({ message: `Step ${current} of ${STEPS}`, comment: 'Progress through the newcomer tour' });
  return (
    <Page title={t`A short tour`} back={{ href: href('help'), label: t`Help` }}>
      <section class="card tour-step" aria-labelledby="tour-step-heading">
        <p class="tour-progress">{stepOf}</p>
        <h2 id="tour-step-heading" ref={heading} tabIndex={-1}>
          {titles[current - 1]}
        </h2>
        {current === 1 && <WhatItIs />}
        {current === 2 && <HowItWorks />}
        {current === 3 && <WhereThingsAre />}
        {current === 4 && <WhatFirst />}
        <div class="row">
          {current > 1 && <LinkButton href={href('help', 'start', String(current - 1))}>{t`Back`}</LinkButton>}
          {current < STEPS ? (
            <LinkButton href={href('help', 'start', String(current + 1))} variant="primary">
              {t`Next`}
            </LinkButton>
          ) : (
            <Button variant="primary" onClick={() => void finish([])}>
              {t`Go to your projects`}
            </Button>
          )}
          {current < STEPS && <Button onClick={() => void finish([])}>{t`Skip the tour`}</Button>}
        </div>
      </section>
    </Page>
  );
}

function WhatItIs() {
  return (
    <>
      <p>
        {t`In co-production, people who use services, carers, local residents and staff plan and do a project together, as equals, from the first idea to the end.`}{' '}
        <Term id="co-production">{t`More about the word`}</Term>
      </p>
      <p>{t`It is not asking people for their views once the decisions have been made. Everyone's knowledge counts: what people know from their own lives as much as what others know from training.`}</p>
    </>
  );
}

function HowItWorks() {
  return (
    <ul>
      <li>{t`Power is shared: the group decides together, and records how each decision was made.`}</li>
      <li>
        {t`People get something back for their time: payment, vouchers, expenses, training, or being told what changed.`}{' '}
        <Term id="reciprocity">{t`This is called reciprocity`}</Term>
      </li>
      <li>{t`Meetings are arranged so that everyone can take part: the place, the time, the papers and any support each person needs.`}</li>
      <li>{t`Relationships and trust come first, and they take time.`}</li>
    </ul>
  );
}

function WhereThingsAre() {
  return (
    <ul>
      <li>{t`Planning: Plan (whether to co-produce, aims, terms of reference, dates) and Team (who is in the group and what each person needs).`}</li>
      <li>{t`Carrying out the plan: Meetings (agendas, the register, notes, decisions and actions) and Feedback (anonymous questionnaires, on paper or on a tablet passed round).`}</li>
      <li>{t`Reflecting and learning: Review and share (what changed, what the group learnt, and a pack to share).`}</li>
      <li>{t`Work together: share a project with other facilitators. What is sent is locked so that only your team can read it.`}</li>
    </ul>
  );
}

function WhatFirst() {
  return (
    <>
      <p>{t`Everything is kept on this device and works with no signal. Two ways to begin:`}</p>
      <ul>
        <li>{t`Try the example project to look around. It is made up, so nothing you do there matters.`}</li>
        <li>{t`Or start your own: say what it is for, add the members and what helps each of them take part, record their consent, and plan the first meeting.`}</li>
      </ul>
      <p>{t`Each section has “What the guides say” at the top, and Help explains the words the guides use.`}</p>
    </>
  );
}
