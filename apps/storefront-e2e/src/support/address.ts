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
  await scope.locator('select[name="provinceCode"]').selectOption({ label: a.province });
  await scope.locator('select[name="cityCode"]').selectOption({ label: a.city });
  await scope.locator('select[name="countyCode"]').selectOption({ label: a.district });
  await scope.locator('input[name="detail"]').fill(a.detail);
}
