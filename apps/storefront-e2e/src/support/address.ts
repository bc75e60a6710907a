import type { Locator, Page } from 'playwright-core';

export interface AddressToFill {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
}

/**
 * Fills the address form as a person does: name and phone typed, 省/市/区 picked through the cascader (each
 * select's options load once the level above is chosen; selectOption waits for them), then the street.
 */
export async function fillAddress(scope: Page | Locator, a: AddressToFill): Promise<void> {
  await scope.locator('input[name="recipient"]').fill(a.recipient);
  await scope.locator('input[name="phone"]').fill(a.phone);
  await pickRegion(scope, a);
  await scope.locator('input[name="detail"]').fill(a.detail);
}

/** 省 → 市 → 区/县 through the 省市区 cascader (the address form's, and the admin's county pickers). */
export async function pickRegion(scope: Page | Locator, r: { province: string; city: string; district: string }): Promise<void> {
  await scope.locator('select[name="provinceCode"]').selectOption({ label: r.province });
  await scope.locator('select[name="cityCode"]').selectOption({ label: r.city });
  await scope.locator('select[name="countyCode"]').selectOption({ label: r.district });
}
