import type { PublishedEvent } from '@app/contracts';
import { planReplay } from './replay-plan';

const event = (eventId: string, rooms: string[]): PublishedEvent =>
  ({ eventId, rooms, type: 'shift.updated', data: {}, at: '' }) as unknown as PublishedEvent;

describe('planReplay', () => {
  const rooms = new Set(['worker:w1']);
  // Stream order (oldest first): 1, 2, 4, 3 (publishers overlapped), 5.
  const stream = [
    event('1', ['worker:w1']),
    event('2', ['worker:w2']),
    event('4', ['worker:w1', 'shift:s']),
    event('3', ['worker:w1']),
    event('5', ['employer:e']),
  ];
  const newestFirst = [...stream].reverse();

  it('replays, oldest first, the events after lastEventId in stream order for the client rooms', () => {
    const plan = planReplay(newestFirst, '2', rooms);
    expect(plan).toEqual({ kind: 'replay', events: [stream[2], stream[3]] });
  });

  it('replays nothing when the client saw the newest event', () => {
    expect(planReplay(newestFirst, '5', rooms)).toEqual({ kind: 'replay', events: [] });
  });

  it('reports a gap when lastEventId is no longer in the stream', () => {
    expect(planReplay(newestFirst, '0', rooms)).toEqual({ kind: 'gap' });
  });
});
