const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_TEXT}$`, 'i');
const UUID_INSIDE = new RegExp(UUID_TEXT, 'i');

/** Whether `value` is a UUID (either case): ids from clients are checked before they reach a `uuid` column. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The first UUID written inside `text` (a pasted link such as `/product/<id>`), or null. */
export function uuidIn(text: string): string | null {
  return UUID_INSIDE.exec(text)?.[0] ?? null;
}
