/**
 * The Alipay stand-in as its own process, for the browser tests (their API is a child process configured at start):
 * reads ALIPAY_STANDIN_APP_ID and ALIPAY_STANDIN_APP_PUBLIC_KEY, prints one JSON line
 * `{ "port": …, "alipayPublicKey": "…" }` and serves until killed.
 */
import { AlipayStandin } from './alipay-standin';

async function main(): Promise<void> {
  const standin = new AlipayStandin(process.env.ALIPAY_STANDIN_APP_ID ?? '', process.env.ALIPAY_STANDIN_APP_PUBLIC_KEY ?? '');
  const port = await standin.start();
  process.stdout.write(`${JSON.stringify({ port, alipayPublicKey: standin.alipayKeys.publicKey })}\n`);
  const stop = () => void standin.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
