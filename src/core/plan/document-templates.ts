import { t } from '@lingui/core/macro';
import type { DocumentKind } from '../domain/plan/plan-document';

export interface TemplateSection {
  key: string;
  readonly heading: string;
  readonly body: string;
}

export interface DocumentTemplate {
  kind: DocumentKind;
  key: string;
  readonly title: string;
  readonly credit: string;
  /**
   * True when each section's `body` is a prompt for the group to answer in its own words:
   * shown as a placeholder in the empty box, never saved as the document's text.
   */
  promptsOnly: boolean;
  sections: readonly TemplateSection[];
}

/**
 * A section whose words are made when they are read, in the language chosen then: a group
 * starting a document gets the template in its own language, and keeps those words.
 */
function section(key: string, heading: () => string, body: () => string): TemplateSection {
  return {
    key,
    get heading() {
      return heading();
    },
    get body() {
      return body();
    },
  };
}

/**
 * Starting text for the terms of reference. The section list follows the West Berkshire
 * template; the wording is ours and is meant to be rewritten by the group.
 */
export const TERMS_TEMPLATE: DocumentTemplate = {
  kind: 'terms',
  key: 'terms-v1',
  promptsOnly: true,
  get title() {
    return t`Terms of reference`;
  },
  get credit() {
    return t`Sections based on the terms of reference template in the West Berkshire “How to do co-production” resource. Talk it through at your first meeting, bring a draft to the second and agree it at the third.`;
  },
  sections: [
    section(
      'purpose',
      () => t({ message: 'Purpose', comment: 'A heading in the terms of reference' }),
      () => t`Why this group exists, what it is here to change, and what success would look like.`,
    ),
    section(
      'membership',
      () => t({ message: 'Membership', comment: 'A heading in the terms of reference' }),
      () => t`Who is in the group, how new members join, and how we keep a balance of people with lived experience and people who work in services.`,
    ),
    section(
      'roles',
      () => t({ message: 'Roles', comment: 'A heading in the terms of reference' }),
      () => t`Who chairs or co-chairs, who takes notes, who sends out papers, and what every member agrees to do.`,
    ),
    section(
      'decisions',
      () => t`How we make decisions`,
      () => t`We aim to agree by consensus. If we cannot, we say how we will decide. We say who our decisions go to and what they can change.`,
    ),
    section(
      'confidentiality',
      () => t({ message: 'Confidentiality', comment: 'A heading in the terms of reference' }),
      () => t`What can be shared outside the group, and how we respect personal stories and each organisation’s private business.`,
    ),
    section(
      'expenses',
      () => t`Expenses and payment`,
      () =>
        t`What is paid for (travel, care, food), how it is paid (up front where possible), and any payment for time. Members can get advice if payment might affect their benefits.`,
    ),
    section(
      'accessibility',
      () => t({ message: 'Accessibility', comment: 'A heading in the terms of reference' }),
      () =>
        t`Where and when we meet, breaks, the formats papers come in, and how anyone can tell us what they need. Papers go out at least a week before each meeting.`,
    ),
    section(
      'ground-rules',
      () => t({ message: 'Ground rules', comment: 'A heading in the terms of reference' }),
      () => t`Where the group’s ground rules are kept, and when they are read out (for example at the start of each meeting).`,
    ),
  ],
};

export const GROUND_RULES_TEMPLATE: DocumentTemplate = {
  kind: 'ground-rules',
  key: 'ground-rules-v1',
  promptsOnly: false,
  get title() {
    return t`Ground rules`;
  },
  get credit() {
    return t`Drawing on the advice on ground rules in the West Berkshire “How to do co-production” resource, with respect for names and pronouns and no tolerance of sexist or homophobic remarks from the Iriss co-production project planner, and inclusive language from the West Yorkshire co-production briefing. Agree them at the start of your first meeting.`;
  },
  sections: [
    section(
      'respect',
      () => t({ message: 'Respect', comment: 'A heading in the ground rules' }),
      () => t`We treat each other as equals. Everyone’s experience counts.`,
    ),
    section(
      'listening',
      () => t({ message: 'Listening', comment: 'A heading in the ground rules' }),
      () => t`One person speaks at a time. We listen to understand, not to reply.`,
    ),
    section(
      'plain-words',
      () => t({ message: 'Plain words', comment: 'A heading in the ground rules' }),
      () => t`We avoid jargon and explain any short forms. Anyone can ask “what does that mean?”.`,
    ),
    section(
      'stories',
      () => t({ message: 'Personal stories', comment: 'A heading in the ground rules' }),
      () => t`What people share about their own lives stays in the room unless they say otherwise.`,
    ),
    section(
      'who-we-are',
      () => t({ message: 'Respecting who people are', comment: 'A heading in the ground rules' }),
      () =>
        t`We use the names and pronouns people ask us to use. Misgendering someone, and sexist or homophobic remarks, are never acceptable here: anyone can call it out, and the facilitators will always step in.`,
    ),
    section(
      'inclusive-words',
      () => t({ message: 'Words that include', comment: 'A heading in the ground rules' }),
      () =>
        t`We describe people the way they would describe themselves. We do not call anyone “hard to reach” or use labels that shame. If a word hurts, anyone can say so and we will find a better one.`,
    ),
    section(
      'wellbeing',
      () => t({ message: 'Looking after ourselves', comment: 'A heading in the ground rules' }),
      () => t`Anyone can take a break or step out at any time, no reason needed.`,
    ),
  ],
};

export const DOCUMENT_TEMPLATES: Record<DocumentKind, DocumentTemplate> = {
  terms: TERMS_TEMPLATE,
  'ground-rules': GROUND_RULES_TEMPLATE,
};

const TEMPLATES_BY_KEY = new Map(Object.values(DOCUMENT_TEMPLATES).map((template) => [template.key, template]));

/** The prompt for a section of a document started from a template of prompts, to show in its empty box. */
export function sectionPrompt(templateKey: string | undefined, sectionKey: string | undefined): string | undefined {
  const template = templateKey ? TEMPLATES_BY_KEY.get(templateKey) : undefined;
  if (!template?.promptsOnly) return undefined;
  return template.sections.find((s) => s.key === sectionKey)?.body;
}

/**
 * True when a section holds words of the group's own: not empty, and not one of its template's
 * prompts (documents started before prompts became placeholders hold the prompt as text).
 */
export function hasOwnWords(body: string, templateKey: string | undefined): boolean {
  const words = body.trim();
  if (!words) return false;
  const template = templateKey ? TEMPLATES_BY_KEY.get(templateKey) : undefined;
  return !template?.promptsOnly || !template.sections.some((s) => s.body.trim() === words);
}
