import { t } from '@lingui/core/macro';

/** Shown wherever a payment or voucher is given or totalled. */
export function BenefitsCaution() {
  return (
    <p class="notice benefits-caution" data-testid="benefits-caution">
      <strong>{t({ message: 'Benefits:', comment: 'In bold before a caution about payments affecting someone’s benefits' })}</strong>{' '}
      {t`payments and vouchers can affect some people’s benefits. Talk it through with the person before you pay them, and point them to free benefits advice if they are not sure. The SCIE guide on paying people who receive benefits has more.`}
    </p>
  );
}
