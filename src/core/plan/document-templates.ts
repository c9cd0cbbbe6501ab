import type { DocumentKind } from '../domain/plan/plan-document';

export interface DocumentTemplate {
  kind: DocumentKind;
  key: string;
  title: string;
  credit: string;
  sections: { key: string; heading: string; body: string }[];
}

/**
 * Starting text for the terms of reference. The section list follows the West Berkshire
 * template; the wording is ours and is meant to be rewritten by the group.
 */
export const TERMS_TEMPLATE: DocumentTemplate = {
  kind: 'terms',
  key: 'terms-v1',
  title: 'Terms of reference',
  credit: 'Sections based on the terms of reference template in the West Berkshire “How to do co-production” resource. Talk it through at your first meeting, bring a draft to the second and agree it at the third.',
  sections: [
    { key: 'purpose', heading: 'Purpose', body: 'Why this group exists, what it is here to change, and what success would look like.' },
    { key: 'membership', heading: 'Membership', body: 'Who is in the group, how new members join, and how we keep a balance of people with lived experience and people who work in services.' },
    { key: 'roles', heading: 'Roles', body: 'Who chairs or co-chairs, who takes notes, who sends out papers, and what every member agrees to do.' },
    { key: 'decisions', heading: 'How we make decisions', body: 'We aim to agree by consensus. If we cannot, we say how we will decide. We say who our decisions go to and what they can change.' },
    { key: 'confidentiality', heading: 'Confidentiality', body: 'What can be shared outside the group, and how we respect personal stories and each organisation’s private business.' },
    { key: 'expenses', heading: 'Expenses and payment', body: 'What is paid for (travel, care, food), how it is paid (up front where possible), and any payment for time. Members can get advice if payment might affect their benefits.' },
    { key: 'accessibility', heading: 'Accessibility', body: 'Where and when we meet, breaks, the formats papers come in, and how anyone can tell us what they need. Papers go out at least a week before each meeting.' },
    { key: 'ground-rules', heading: 'Ground rules', body: 'Our ground rules are kept as their own short document, so they can be read out at the start of each meeting.' },
  ],
};

export const GROUND_RULES_TEMPLATE: DocumentTemplate = {
  kind: 'ground-rules',
  key: 'ground-rules-v1',
  title: 'Ground rules',
  credit: 'Based on the advice on ground rules in the West Berkshire “How to do co-production” resource. Agree them at the start of your first meeting.',
  sections: [
    { key: 'respect', heading: 'Respect', body: 'We treat each other as equals. Everyone’s experience counts.' },
    { key: 'listening', heading: 'Listening', body: 'One person speaks at a time. We listen to understand, not to reply.' },
    { key: 'plain-words', heading: 'Plain words', body: 'We avoid jargon and explain any short forms. Anyone can ask “what does that mean?”.' },
    { key: 'stories', heading: 'Personal stories', body: 'What people share about their own lives stays in the room unless they say otherwise.' },
    { key: 'wellbeing', heading: 'Looking after ourselves', body: 'Anyone can take a break or step out at any time, no reason needed.' },
  ],
};

export const DOCUMENT_TEMPLATES: Record<DocumentKind, DocumentTemplate> = {
  terms: TERMS_TEMPLATE,
  'ground-rules': GROUND_RULES_TEMPLATE,
};
