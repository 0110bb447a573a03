import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventsReader } from '@app/events';
import {
  employerWithProfile,
  northOfCentre,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { startMatcherInProcess } from '../support/processes';
import { startApi, TestApi } from '../support/test-api';
import { AppClock } from '../support/test-clock';

const PHONE = '13912345678';

/**
 * An employer types a phone number into a shift's title and address. Every surface of
 * the shift shows it masked; the offer card a worker receives (the socket event and the
 * offer routes) must too, whoever the worker is.
 */
describe('personal numbers on the offer card', () => {
  const clock = AppClock.at('10:00');
  let api: TestApi;
  let matcher: NestFastifyApplication;

  beforeAll(async () => {
    api = await startApi(clock.env);
    matcher = await startMatcherInProcess(api, clock.env);
  });
  afterAll(async () => {
    await matcher?.close();
    await api?.close();
  });

  it('the offer event, the offer list and the offer itself show the number masked', async () => {
    const worker = await workerWithProfile(api, {
      availability: [],
      trades: [{ code: 'loader', level: 3 }],
      maxTravelKm: 50,
    });
    await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(0.5) },
      { token: worker.token },
    );
    const employer = await employerWithProfile(api);
    const body = shiftBody(clock.now(), { instant: true, headcount: 1 });
    const shift = await postShift(api, employer.token, {
      ...body,
      title: `卸货 急招 联系${PHONE}`,
      location: { ...body.location, address: `人民路1号 电话 ${PHONE}` },
    });

    const [event] = await new EventsReader(api.redis).waitFor(
      (e) => e.type === 'offer.created' && JSON.stringify(e.data).includes(shift.id),
    );
    const list = await api.get('/api/v1/workers/me/offers', { token: worker.token });
    const offer = await api.get(`/api/v1/offers/${list.body.items[0].id}`, { token: worker.token });
    for (const shown of [event!.data, list.body, offer.body]) {
      const text = JSON.stringify(shown);
      expect(text).toContain('卸货 急招');
      expect(text).not.toContain(PHONE);
    }
  });
});
