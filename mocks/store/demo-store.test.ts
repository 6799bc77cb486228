import { describe, expect, it } from 'vitest';
import { TOKENS } from '../seed/fixtures';
import { durations } from '../seed/prng';
import { DemoStore } from './demo-store';
import { memoryPersistence, type DemoPersistence } from './persistence';
import type { TabSync } from './tab-sync';

/** Two "tabs" share storage and a revision stamp, like IndexedDB and localStorage do. */
function sharedRevision() {
  let revision = 0;
  return (): TabSync => {
    let seen = revision;
    return {
      takeForeignChange() {
        if (seen === revision) return false;
        seen = revision;
        return true;
      },
      stamp() {
        revision += 1;
        seen = revision;
      },
    };
  };
}

async function tab(persistence: DemoPersistence, sync: TabSync) {
  const store = new DemoStore(persistence, sync);
  await store.load();
  await store.flush();
  return store;
}

describe('DemoStore persistence', () => {
  it('keeps the user changes, the clock and the settings across a reload', async () => {
    const persistence = memoryPersistence();
    const first = await tab(persistence, sharedRevision()());
    const row = first.tokens.find(TOKENS.ZSIDE_PORT_INACTIVE);
    if (!row) throw new Error('fixture missing');
    first.changeToken(row, (token) => {
      token.name = 'changed before the reload';
    });
    first.advanceClock(durations.day);
    first.updateSettings({ latency: 'slow' });
    await first.flush();

    const reloaded = await tab(persistence, sharedRevision()());
    const again = reloaded.tokens.find(TOKENS.ZSIDE_PORT_INACTIVE);
    expect(again && reloaded.token(again).name).toBe('changed before the reload');
    expect(reloaded.meta.clockOffsetMs).toBe(durations.day);
    expect(reloaded.settings.latency).toBe('slow');
  });

  it('regenerates a scale seed identically instead of storing it', async () => {
    const persistence = memoryPersistence();
    const first = await tab(persistence, sharedRevision()());
    first.reset({ seedSize: 10000 });
    await first.flush();
    const stored = await persistence.load();
    expect(stored?.tokens).toHaveLength(0);
    const reloaded = await tab(persistence, sharedRevision()());
    expect(reloaded.tokens.rows).toHaveLength(10000);
    const sample = [0, 777, 9999].map((index) => first.tokens.rows[index]);
    for (const row of sample) {
      if (!row) throw new Error('missing row');
      const twin = reloaded.tokens.find(row.uuid);
      expect(twin && reloaded.token(twin)).toEqual(first.token(row));
    }
  });

  it("shows one tab's change in the other on its next request", async () => {
    const persistence = memoryPersistence();
    const tabs = sharedRevision();
    const one = await tab(persistence, tabs());
    const two = await tab(persistence, tabs());
    const row = one.tokens.find(TOKENS.ZSIDE_PORT_INACTIVE);
    if (!row) throw new Error('fixture missing');
    one.changeToken(row, (token) => {
      token.state = 'DELETED';
    });
    await one.flush();
    await two.prepare();
    const seen = two.tokens.find(TOKENS.ZSIDE_PORT_INACTIVE);
    expect(seen && two.token(seen).state).toBe('DELETED');
    expect(seen?.state).toBe('DELETED');
  });
});

describe('DemoStore clock', () => {
  it('is real time plus the offset', () => {
    const store = new DemoStore(memoryPersistence(), undefined, () => 1_000_000);
    store.advanceClock(5000);
    expect(store.now()).toBe(1_005_000);
  });
});
