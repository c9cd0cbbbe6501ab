/** Shown wherever a payment or voucher is given or totalled. */
export function BenefitsCaution() {
  return (
    <p class="notice benefits-caution" data-testid="benefits-caution">
      <strong>Benefits:</strong> payments and vouchers can affect some people’s benefits. Talk it through with the person before you pay them, and point them to free benefits advice if they are not sure. The SCIE guide on paying people who receive benefits has more.
    </p>
  );
}
