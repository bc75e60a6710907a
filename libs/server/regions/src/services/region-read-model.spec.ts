import { EventEmitter } from 'node:events';
import type { Client } from 'pg';
import type { Region } from '../entities/region.entity';
import { REGIONS_CHANNEL, RegionReadModel } from './region-read-model';

class FakeClient extends EventEmitter {
  readonly sql: string[] = [];
  async query(text: string): Promise<unknown> {
    this.sql.push(text);
    return { rows: [] };
  }
  async end(): Promise<void> {}
  notify(): void {
    this.emit('notification', { channel: REGIONS_CHANNEL, payload: 'changed' });
  }
}

const region = (code: string, name: string) => ({ code, name }) as Region;

function setup() {
  const client = new FakeClient();
  const reads: { resolve: (rows: Region[]) => void }[] = [];
  const model = new RegionReadModel(
    async () => client as unknown as Client,
    () => new Promise<Region[]>((resolve) => reads.push({ resolve })),
    10,
  );
  return { client, reads, model };
}

describe('RegionReadModel', () => {
  it('serves nothing until it listens, then reads the table once and keeps it', async () => {
    const { client, reads, model } = setup();
    expect(model.current()).toBeNull();
    await model.start();
    expect(client.sql).toEqual([`LISTEN ${REGIONS_CHANNEL}`]);
    const first = model.current();
    expect(model.current()).toBe(first); // one read for concurrent callers
    reads[0].resolve([region('141034', '汾西县')]);
    expect((await first)!.get('141034')?.name).toBe('汾西县');
    expect((model.current() as ReadonlyMap<string, Region>).get('141034')?.name).toBe('汾西县');
    expect(reads).toHaveLength(1);
    expect(model.tableReads).toBe(1);
    await model.stop();
  });

  it('a change heard while the table is being read: the waiting callers get that read, nobody after them', async () => {
    const { client, reads, model } = setup();
    await model.start();
    const before = model.current();
    client.notify();
    reads[0].resolve([region('141034', '汾西县')]);
    expect((await before)!.get('141034')?.name).toBe('汾西县');
    const after = model.current();
    expect(after).toBeInstanceOf(Promise);
    reads[1].resolve([region('141034', '汾西县（改）')]);
    expect((await after)!.get('141034')?.name).toBe('汾西县（改）');
    client.notify();
    expect(model.current()).toBeInstanceOf(Promise);
    expect(reads).toHaveLength(3);
    await model.stop();
  });

  it('a lost listener stops serving at once and listens again', async () => {
    const { client, reads, model } = setup();
    await model.start();
    const held = model.current();
    reads[0].resolve([region('141034', '汾西县')]);
    await held;
    client.emit('end');
    expect(model.current()).toBeNull();
    await new Promise((r) => setTimeout(r, 30));
    expect(client.sql.filter((s) => s.startsWith('LISTEN'))).toHaveLength(2);
    expect(model.current()).toBeInstanceOf(Promise);
    await model.stop();
    expect(model.current()).toBeNull();
  });
});
