import { t } from '@lingui/core/macro';
import { addMember } from '../../core/commands/team-members';
import { useProjectId, useSession } from '../../state/project-context';
import { href, navigate } from '../../state/router';
import { emptyMember, MemberForm } from './MemberForm';

export function AddMemberScreen() {
  const projectId = useProjectId();
  const { doc } = useSession();
  return (
    <div class="team">
      <a class="back-link" href={href('p', projectId, 'team')}>
        <span aria-hidden="true">←</span> {t`All members`}
      </a>
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">{t`Add a member`}</h2>
        <MemberForm
          initial={emptyMember()}
          withStatus
          submitLabel={t`Add member`}
          onCancel={() => navigate('p', projectId, 'team')}
          onSubmit={(values) => {
            const added = addMember(doc, values);
            if (added.ok) navigate('p', projectId, 'team', 'member', added.value.id);
            return added;
          }}
        />
      </section>
    </div>
  );
}
