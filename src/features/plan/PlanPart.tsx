import { t } from '@lingui/core/macro';
import type { ComponentChildren } from 'preact';
import { useProjectId } from '../../state/project-context';
import { href } from '../../state/router';

/** The frame of each part of the plan: a way back to the plan, its heading, what it is for and whose idea it is. */
export function PlanPart(props: { title: string; intro?: ComponentChildren; credit?: string; children: ComponentChildren }) {
  const projectId = useProjectId();
  return (
    <div class="plan-part">
      <nav aria-label={t({ message: 'Plan', comment: 'Name of the navigation back to the whole plan' })}>
        <a class="plan-back" href={href('p', projectId, 'plan')}>
          <span aria-hidden="true">←</span> {t`All of the plan`}
        </a>
      </nav>
      <h2 class="plan-part-title">{props.title}</h2>
      {props.intro && <p class="lead">{props.intro}</p>}
      {props.children}
      {props.credit && <p class="plan-credit">{props.credit}</p>}
    </div>
  );
}

/** Shown while a part's records are read from the device. */
export function PlanLoading() {
  return <p role="status">{t`Loading…`}</p>;
}
