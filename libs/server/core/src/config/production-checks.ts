/**
 * What NODE_ENV=production refuses beyond "is it set": secrets that are placeholders copied from an example
 * (docker/compose.yaml, the README) or too guessable to protect real data. Each check returns the reason in a
 * few words, or null; app-config.ts turns it into one ConfigError line naming the setting.
 */

/** Words that only appear in example secrets. */
const PLACEHOLDER_WORDS =
  /change[-_ ]?me|changeit|placeholder|example|replace[-_ ]?(me|this)|your[-_ ]?secret|not[-_ ]?for[-_ ]?production|dummy|secret-of-32|yigou-demo/i;

/** The number of different characters (or bytes) in a value: a random 32-character secret has more than 20. */
function distinct(values: Iterable<unknown>): number {
  return new Set(values).size;
}

/** JWT_SECRET in production: at least 32 characters, no example wording, not one or two characters repeated. */
export function weakJwtSecret(secret: string): string | null {
  if (PLACEHOLDER_WORDS.test(secret)) return 'is a placeholder from an example; set a random value (e.g. `openssl rand -hex 32`)';
  if (distinct(secret) < 10) return 'is too guessable (too few different characters); use a random value (e.g. `openssl rand -hex 32`)';
  return null;
}

/** HOUSEHOLD_ID_KEY in production (already known to decode to 32 bytes): all-zero or patterned keys are refused. */
export function weakHouseholdKey(key: Buffer): string | null {
  if (distinct(key) < 12) return 'is too guessable (all zero or a repeated pattern); use `openssl rand -hex 32`';
  return null;
}
