/** Polls `ok` every `everyMs` until it holds; fails naming `what` after `ms`. For changes another process hears later. */
export async function until(what: string, ok: () => Promise<boolean>, ms = 5000, everyMs = 25): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
