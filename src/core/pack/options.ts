/** Who a pack is for. */
export const AUDIENCES = ['group', 'partners'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  group: 'For the group',
  partners: 'For partners and funders',
};

/** Kinds of personal information a pack leaves out unless the facilitator ticks a box for each. */
export const SENSITIVE_CHOICES = ['contactDetails', 'accessNeeds', 'payments'] as const;
export type SensitiveChoice = (typeof SENSITIVE_CHOICES)[number];
export const SENSITIVE_LABELS: Record<SensitiveChoice, { label: string; hint: string }> = {
  contactDetails: {
    label: 'Contact details (email and phone)',
    hint: 'Only for people who agreed to be contacted. For partners and funders, only for people who also agreed to share with partners.',
  },
  accessNeeds: {
    label: 'Access needs and support',
    hint: 'Access needs, preferred formats, language, interpreter, childcare and travel support. For partners and funders, only for people who agreed to share with partners.',
  },
  payments: {
    label: 'Payments to named people',
    hint: 'Payments, vouchers and expenses against each person’s name. Without this, only totals are shown.',
  },
};

/** Kinds a pack for partners and funders never holds, whatever is ticked. */
export const NEVER_FOR_PARTNERS: readonly SensitiveChoice[] = ['payments'];

/** Whether one audience can be offered this kind at all. */
export function offeredFor(audience: Audience, choice: SensitiveChoice): boolean {
  return audience === 'group' || !NEVER_FOR_PARTNERS.includes(choice);
}

export interface PackOptions {
  audience: Audience;
  /** Each sensitive kind is included only when its box is ticked. */
  include: Record<SensitiveChoice, boolean>;
}

/** True when this pack includes this kind: its box was ticked and its audience may have it. Parts ask this, not `include`. */
export function mayInclude(options: PackOptions, choice: SensitiveChoice): boolean {
  return options.include[choice] && offeredFor(options.audience, choice);
}

/** Nothing sensitive, whoever the pack is for. */
export function defaultPackOptions(audience: Audience): PackOptions {
  return { audience, include: { contactDetails: false, accessNeeds: false, payments: false } };
}

/** Reads pack options from a query string such as "audience=partners&include=accessNeeds". */
export function packOptionsFromQuery(query: string): PackOptions {
  const params = new URLSearchParams(query);
  const audience = params.get('audience') === 'partners' ? 'partners' : 'group';
  const options = defaultPackOptions(audience);
  for (const choice of params.getAll('include')) {
    if ((SENSITIVE_CHOICES as readonly string[]).includes(choice) && offeredFor(audience, choice as SensitiveChoice)) options.include[choice as SensitiveChoice] = true;
  }
  return options;
}

export function packOptionsQuery(options: PackOptions): string {
  const params = new URLSearchParams({ audience: options.audience });
  for (const choice of SENSITIVE_CHOICES) if (options.include[choice]) params.append('include', choice);
  return params.toString();
}
