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

/** 李建国's canteen address in 汾西县, the purchaser's in the checkout suites. */
export const CANTEEN_ADDRESS: AddressToFill = {
  recipient: '李建国',
  phone: '13800000002',
  province: '山西省',
  city: '临汾市',
  district: '汾西县',
  detail: '永安镇府前街1号 第一中学食堂',
};

/**
 * On the checkout page (or the live room's buy panel, `scope`): keeps the buyer's saved address when there is one,
 * else fills and saves `a`. The browser suites share one API, so whether an earlier suite gave the buyer an address
 * depends on the order Jest runs them in.
 */
export async function useOrAddAddress(scope: Page | Locator, a: AddressToFill = CANTEEN_ADDRESS): Promise<void> {
  await scope.getByTestId('address-option').or(scope.getByTestId('address-form')).first().waitFor();
  if ((await scope.getByTestId('address-option').count()) === 0) {
    await fillAddress(scope, a);
    await scope.getByTestId('save-address').click();
  }
  await scope.getByTestId('address-option').first().waitFor();
}
