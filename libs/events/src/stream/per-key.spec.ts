import { handleInOrderPerKey } from './per-key';

describe('handleInOrderPerKey', () => {
  /** A handler whose calls finish when the test says, recording starts and ends. */
  function gatedHandler() {
    const log: string[] = [];
    const gates = new Map<string, () => void>();
    const handle = (item: { key: string; n: number }) =>
      new Promise<void>((resolve) => {
        const name = `${item.key}${item.n}`;
        log.push(`start ${name}`);
        gates.set(name, () => {
          log.push(`end ${name}`);
          resolve();
        });
      });
    return { log, handle, open: (name: string) => gates.get(name)!() };
  }

  it("starts different keys at once but one key's items only after the previous one finished", async () => {
    const { log, handle, open } = gatedHandler();
    const items = [
      { key: 'a', n: 1 },
      { key: 'b', n: 1 },
      { key: 'a', n: 2 },
    ];
    const done = handleInOrderPerKey(items, (i) => i.key, handle);
    await Promise.resolve();
    expect(log).toEqual(['start a1', 'start b1']);
    open('b1');
    open('a1');
    await new Promise(setImmediate);
    expect(log).toEqual(['start a1', 'start b1', 'end b1', 'end a1', 'start a2']);
    open('a2');
    await done;
    expect(log.at(-1)).toBe('end a2');
  });

  it('fails when any handler fails, so the batch is not acknowledged', async () => {
    const failing = handleInOrderPerKey(
      [{ key: 'a' }, { key: 'b' }],
      (i) => i.key,
      async (i) => {
        if (i.key === 'b') throw new Error('database gone');
      },
    );
    await expect(failing).rejects.toThrow('database gone');
  });
});
