/**
 * The attacking side of bench/abuse, in its own process so that its CPU does not delay the probes' clocks:
 * `connections` anonymous clients, each request from a random address (X-Forwarded-For; the API trusts
 * the loopback proxy), sending expensive queries for `seconds`. Prints one JSON line of counts.
 *
 *   node -r @swc-node/register bench/abuse/attacker.ts <base url> <connections> <seconds>
 */
import autocannon from 'autocannon';
import { WORDS } from '../support/seed-products';

const [base, connections, seconds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];

/** A thousand aliases of a product search: the request of issue 15. */
const aliasBomb = JSON.stringify({
  query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: products(search: "${WORDS[i % WORDS.length]}${i}", first: 1) { totalCount }`).join(' ')} }`,
});
/** The costliest search the limits let through: 100 products with their relations, text that misses the cache. */
const wideSearch = (text: string) =>
  JSON.stringify({
    query: `query($s: String) { products(search: $s, first: 100) { totalCount edges { node { id name priceFen stockState certified coverImageUrl supplier { id name } county { name } skus { id spec priceFen available } } } } }`,
    variables: { s: text },
  });

let n = 0;
const randomIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

async function main(): Promise<void> {
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: `${base}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          n++;
          const body = n % 4 === 0 ? aliasBomb : wideSearch(`${WORDS[n % WORDS.length].slice(0, 1)}${n % 997}`);
          return { ...req, body, headers: { 'content-type': 'application/json', 'x-forwarded-for': randomIp() } };
        },
        onResponse: (status: number) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  const out = await instance;
  process.stdout.write(
    `${JSON.stringify({ requests: out.requests.total, statuses, errors: out.errors, timeouts: out.timeouts, p99: out.latency.p99 })}\n`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
