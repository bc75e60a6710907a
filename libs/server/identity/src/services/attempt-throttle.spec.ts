import { delayAfter, REGISTER_ADDRESS, SIGN_IN_ACCOUNT } from './attempt-throttle';

describe('delayAfter', () => {
  it('lets five sign-in attempts through, then waits 2^n seconds up to 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => delayAfter(n, SIGN_IN_ACCOUNT))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => delayAfter(n, SIGN_IN_ACCOUNT))).toEqual([32, 64, 128, 256, 512]);
    expect([10, 50, 10_000].map((n) => delayAfter(n, SIGN_IN_ACCOUNT))).toEqual([900, 900, 900]);
  });

  it('slows registrations from the 20th on by 2 s, doubling up to 5 minutes', () => {
    expect([19, 20, 21, 22, 28, 100].map((n) => delayAfter(n, REGISTER_ADDRESS))).toEqual([0, 2, 4, 8, 300, 300]);
  });
});
