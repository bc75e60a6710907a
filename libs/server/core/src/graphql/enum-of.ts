/**
 * An enum object for `registerEnumType` from a list of string values (the list and its union type live with the
 * domain's rules; the GraphQL enum in its dto/): `enumOf(['a', 'b'])` is `{ a: 'a', b: 'b' }`.
 */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
