/**
 * The in-process store behind the per-request user read (pure: no I/O, the clock is passed in).
 *
 * One entry per user: what the read returned (the row and the grants) and the session families it found open.
 * Bounded in size (least recently used goes first) and in age (a safety net: correctness comes from eviction on
 * change, see IdentityChangeFeed). A read that started before an eviction must not store what it read (it may
 * predate the change that caused the eviction): `ticket()` is taken before the read and `put` refuses a stale one.
 */
export interface UserReadStoreOptions {
  maxEntries: number;
  maxAgeMs: number;
  /** Open session families remembered per user (a person signed in on several devices). */
  maxFamilies: number;
}

interface Entry<T> {
  value: T;
  families: Set<string>;
  storedAt: number;
}

export class UserReadStore<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Bumped by every eviction and clear: a ticket from before it is refused by `put`. */
  private generation = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly options: UserReadStoreOptions,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(userId: string, familyId: string): T | undefined {
    const entry = this.entries.get(userId);
    if (!entry || !entry.families.has(familyId)) {
      this.misses++;
      return undefined;
    }
    if (this.clock() - entry.storedAt > this.options.maxAgeMs) {
      this.entries.delete(userId);
      this.misses++;
      return undefined;
    }
    // Most recently used last (a Map iterates in insertion order).
    this.entries.delete(userId);
    this.entries.set(userId, entry);
    this.hits++;
    return entry.value;
  }

  ticket(): number {
    return this.generation;
  }

  /** Stores what a read found, unless something was evicted since its ticket. Returns whether it stored. */
  put(ticket: number, userId: string, familyId: string, value: T): boolean {
    if (ticket !== this.generation) return false;
    const previous = this.entries.get(userId);
    const families = new Set(previous && this.clock() - previous.storedAt <= this.options.maxAgeMs ? previous.families : []);
    families.delete(familyId);
    families.add(familyId);
    while (families.size > this.options.maxFamilies) families.delete(families.values().next().value as string);
    this.entries.delete(userId);
    // Keeps the age of the oldest family's check: every family of the entry was open at `storedAt` or later.
    this.entries.set(userId, {
      value,
      families,
      storedAt: previous && families.size > 1 ? Math.min(previous.storedAt, this.clock()) : this.clock(),
    });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return true;
  }

  evict(userId: string): void {
    this.generation++;
    this.entries.delete(userId);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
