import { useContainer } from 'class-validator';

const provided = new Map<unknown, unknown>();

/**
 * class-validator builds its constraint classes itself (`new C()`), so a constraint that needs a service hands the
 * instance Nest built over here (from its `onModuleInit`); class-validator then asks this map first and builds every
 * other constraint itself, as before. (Not Nest's own container: asked for each built-in constraint of every validated
 * field, it would throw and catch an exception each time.)
 */
export function provideConstraint<T extends object>(cls: abstract new (...args: never[]) => T, instance: T): void {
  provided.set(cls, instance);
  useContainer({ get: (c: unknown) => provided.get(c) }, { fallback: true });
}

/** The module that provided `instance` is closing: class-validator builds the class itself again. */
export function forgetConstraint<T extends object>(cls: abstract new (...args: never[]) => T, instance: T): void {
  if (provided.get(cls) === instance) provided.delete(cls);
}
