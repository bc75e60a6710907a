/**
 * The client timeout the API is given for a payment provider's stand-in in tests (ALIPAY_TIMEOUT_MS,
 * WECHATPAY_TIMEOUT_MS, STRIPE_TIMEOUT_MS), in milliseconds.
 *
 * A stand-in told to time out does the work and never answers that call (it holds it until it closes), so a
 * "provider timed out" test waits exactly this long and cannot be answered in time. Every other call is answered at
 * once — but on CI's loaded 2-core machine "at once" has reached the 400–600 ms these suites used to allow, turning a
 * normal answer into a timeout. This is far beyond any normal answer there, and a stand-in's `slow` answer
 * (SLOW_ANSWER_MS, which must still count as the answer) sits well inside it.
 */
export const PROVIDER_TIMEOUT_MS = 4000;

/** How late a stand-in's `slow` answer comes: later than a loaded machine's normal answer, well before PROVIDER_TIMEOUT_MS. */
export const SLOW_ANSWER_MS = 1500;
