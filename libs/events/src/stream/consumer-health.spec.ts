import { consumerState, groupInfo, STALLED_AFTER_MS } from './consumer-health';

describe('consumerState', () => {
  const t0 = 1_000_000;

  it('is ok while reads succeed, with the lag and pending counts', () => {
    expect(
      consumerState({ startedAt: t0, lastReadAt: t0 + 100, lag: 3, pending: 1 }, t0 + 600),
    ).toEqual({
      ok: true,
      lag: 3,
      pending: 1,
      lastReadAgeMs: 500,
    });
  });

  it('is stalled, with the reason, when the consumer group is missing', () => {
    const state = consumerState(
      { startedAt: t0, lastReadAt: t0, groupMissingSince: t0 + 10 },
      t0 + 20,
    );
    expect(state).toMatchObject({ ok: false, reason: expect.stringContaining('group missing') });
  });

  it('is stalled when no read succeeded for too long, naming the last error', () => {
    const state = consumerState(
      { startedAt: t0, lastReadAt: t0, lastError: 'NOGROUP No such key' },
      t0 + STALLED_AFTER_MS + 1000,
    );
    expect(state.ok).toBe(false);
    expect(state.reason).toMatch(/no read of the event stream for 16 s: NOGROUP/);
    expect(consumerState({ startedAt: t0 }, t0 + STALLED_AFTER_MS - 1).ok).toBe(true);
  });
});

describe('groupInfo', () => {
  const reply = [
    [
      'name',
      'realtime',
      'consumers',
      2,
      'pending',
      0,
      'last-delivered-id',
      '1-0',
      'entries-read',
      5,
      'lag',
      0,
    ],
    [
      'name',
      'matcher',
      'consumers',
      1,
      'pending',
      4,
      'last-delivered-id',
      '1-0',
      'entries-read',
      1,
      'lag',
      7,
    ],
  ];

  it("reads the named group's lag and pending entries", () => {
    expect(groupInfo(reply, 'matcher')).toEqual({ lag: 7, pending: 4 });
    expect(groupInfo(reply, 'realtime')).toEqual({ lag: 0, pending: 0 });
  });

  it('is undefined for a missing group and leaves an unknown (nil) lag out', () => {
    expect(groupInfo(reply, 'nobody')).toBeUndefined();
    expect(groupInfo([['name', 'g', 'pending', 2, 'lag', null]], 'g')).toEqual({
      lag: undefined,
      pending: 2,
    });
  });
});
