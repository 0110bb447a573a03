import { fromStreamEntry, toStreamFields } from './stream-entry';

describe('stream entries', () => {
  it('round-trip an event with its eventId, rooms and data', () => {
    const event = {
      eventId: '42',
      type: 'offer.closed' as const,
      rooms: ['worker:w1'],
      data: { offerId: 'o1', shiftId: 's1', reason: 'expired' as const },
      at: '2026-12-01T09:00:00.000+08:00',
    };
    expect(fromStreamEntry('1-0', toStreamFields(event))).toEqual({ ...event, streamId: '1-0' });
  });
});
