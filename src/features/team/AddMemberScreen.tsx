import { addMember } from '../../core/commands/team-members';
import type { ProjectSession } from '../../core/projects/project-session';
import { href, navigate } from '../../state/router';
import { emptyMember, MemberForm } from './MemberForm';

export function AddMemberScreen({ session }: { session: ProjectSession }) {
  return (
    <div class="team">
      <a class="back-link" href={href('p', session.projectId, 'team')}>
        <span aria-hidden="true">←</span> All members
      </a>
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Add a member</h2>
        <MemberForm
          initial={emptyMember()}
          withStatus
          submitLabel="Add member"
          onCancel={() => navigate('p', session.projectId, 'team')}
          onSubmit={(v) => {
            const r = addMember(session.doc, v);
            if (!r.ok) return r;
            navigate('p', session.projectId, 'team', 'member', r.value.id);
            return { ok: true };
          }}
        />
      </section>
    </div>
  );
}
