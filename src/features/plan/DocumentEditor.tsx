import { t } from '@lingui/core/macro';
import { addSection, moveSection, removeSection, renameSection } from '../../core/commands/plan-documents';
import { documentSectionType, SECTION_BODY_MAX, type DocumentSection } from '../../core/domain/plan/document-section';
import type { PlanDocument } from '../../core/domain/plan/plan-document';
import { sectionPrompt } from '../../core/plan/document-templates';
import { useSession } from '../../state/project-context';
import { useSharedText } from '../../state/shared-text';
import { SharedTextField } from '../../ui/form/SharedTextField';
import { Disclosure } from '../../ui/Disclosure';
import { AddTextForm } from './AddTextForm';
import { OrderedTitle } from './OrderedTitle';

const HEADING_MAX = 120;

/** A document's sections, each with its heading and its shared text, in the group's order. */
export function DocumentEditor({ document, sections }: { document: PlanDocument; sections: DocumentSection[] }) {
  const { doc } = useSession();
  return (
    <section aria-labelledby="doc-sections">
      <h3 id="doc-sections" class="plan-doc-heading">
        {t`The sections`}
      </h3>
      <p class="hint">{t`Everyone editing sees each other’s typing when online. Offline edits are merged when devices next connect.`}</p>
      <ol class="plan-doc-sections">
        {sections.map((section, i) => (
          <SectionEditor key={section.id} section={section} prompt={sectionPrompt(document.template, section.key)} first={i === 0} last={i === sections.length - 1} />
        ))}
      </ol>
      <Disclosure label={t`Add a section`}>
        {(close) => (
          <AddTextForm
            label={t`Section heading`}
            button={t`Add section`}
            maxLength={HEADING_MAX}
            autoFocus
            onCancel={close}
            onAdd={(heading) => addSection(doc, document.id, heading)}
          />
        )}
      </Disclosure>
    </section>
  );
}

function SectionEditor({ section, prompt, first, last }: { section: DocumentSection; prompt: string | undefined; first: boolean; last: boolean }) {
  const { doc } = useSession();
  const body = useSharedText(documentSectionType, section.id, 'body');
  const heading = section.heading;
  return (
    <li class="card plan-doc-section">
      <OrderedTitle
        id={section.id}
        title={heading}
        show={(words) => <h4>{words}</h4>}
        headClass="plan-doc-section-head"
        name={t`section “${heading}”`}
        label={t`Section heading`}
        maxLength={HEADING_MAX}
        first={first}
        last={last}
        onSave={(words) => renameSection(doc, section.id, words)}
        onMove={(direction) => moveSection(doc, section.id, direction)}
        removeQuestion={{ title: t`Remove this section?`, body: t`“${heading}” will be taken out of the document. Earlier versions still show it.` }}
        onRemove={() => removeSection(doc, section.id)}
      />
      <SharedTextField text={body} label={t`${heading}: text`} labelHidden maxLength={SECTION_BODY_MAX} placeholder={prompt} hint={prompt ? t`The grey words are a prompt, not part of the document. Write the group’s own answer.` : undefined} />
    </li>
  );
}
