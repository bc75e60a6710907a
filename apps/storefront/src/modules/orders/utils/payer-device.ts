/** A phone's browser (by its user agent, not the window's width: WeChat Pay H5 refuses a desktop browser). */
export const isPhoneBrowser = (ua: string = typeof navigator === 'undefined' ? '' : navigator.userAgent): boolean =>
  /Android|iPhone|iPod|Mobile|HarmonyOS/i.test(ua);

/** What startPayment is told: a phone pays by WeChat Pay H5 / Alipay 手机网站支付, anything else by the Native QR code / 电脑网站支付. */
export const payerDevice = (): 'phone' | 'desktop' => (isPhoneBrowser() ? 'phone' : 'desktop');
