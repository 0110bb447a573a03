import type { PublishedEvent } from '@app/contracts';
import { BoardDeltasService, BoardService } from '@app/boards';
import { startApi, SignedIn, TestApi } from '../support/test-api';
import { createMarket } from '../markets/market-factory';
import {
  employerWithProfile,
  districtAt,
  northOfCentre,
  siteNorth,
  postShift,
  shiftBody,
  workerWithProfile,
} from '../listings/listings-factory';
import { eventsSince, lastEventId, OutboxEvent } from '../matching/matching-factory';
import { GRAB_BODY } from '../support/grab-body';

/*
 * The API's clock stands at 10:00 in Dalian, whatever the hour the tests run: shifts
 * and seats are stamped on the domain clock, so "today" of the counters is its day.
 */
export const NOW = new Date('2030-03-11T10:00:00+08:00');
export const BASE_URL = 'https://lg.example.cn';
export const MINUTE = 60_000;

/** A mobile number anywhere in a JSON text, also with spaces or dashes between the digits. */
export const PHONE_IN_JSON = /(?<!\d)1[3-9](?:[ -]?\d){9}(?!\d)/;
/** Ids are not phones, but a uuid's last group can hold eleven digits that look like one. */
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** An outbox row as the gateway receives it from the events stream. */
export function published(e: OutboxEvent): PublishedEvent {
  return {
    eventId: String(e.id),
    at: new Date().toISOString(),
    type: e.type as PublishedEvent['type'],
    rooms: e.rooms,
    data: e.data,
  };
}

/**
 * An API with a business employer, an individual employer (王小明), an admin and
 * helpers; every payload a board receives goes through `board()`, which checks it
 * for phone numbers and personal words and keeps it for a final scan.
 */
export class BoardWorld {
  readonly seen: unknown[] = [];
  /** Text that must never reach a board: names in full, phones of everyone signed in. */
  readonly personal: string[] = ['王小明', '张三丰', '"homeLocation"', '"phone"', '13912345678'];
  boards!: BoardService;
  boardDeltas!: BoardDeltasService;
  admin!: SignedIn;
  business!: SignedIn;
  person!: SignedIn;
  loaderZh!: string;

  private constructor(readonly api: TestApi) {}

  static async start(): Promise<BoardWorld> {
    const api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString(), PUBLIC_BASE_URL: BASE_URL });
    const world = new BoardWorld(api);
    world.boards = api.app.get(BoardService);
    world.boardDeltas = api.app.get(BoardDeltasService);
    world.admin = await api.signIn('admin');
    world.business = await employerWithProfile(api);
    world.person = await employerWithProfile(api, {
      kind: 'individual',
      name: '王小明',
      creditCode: undefined,
    });
    world.personal.push(world.business.phone, world.person.phone);
    const [trade] = await api.db.query(`SELECT name_zh FROM trades WHERE code = 'loader'`);
    world.loaderZh = trade.name_zh;
    return world;
  }

  /** Checks a payload a board received and keeps it for the final scan. */
  board<T>(payload: T): T {
    this.seen.push(payload);
    this.expectNothingPersonal(payload);
    return payload;
  }

  expectNothingPersonal(payload: unknown): void {
    const json = JSON.stringify(payload).replace(UUIDS, '<id>');
    expect(json).not.toMatch(PHONE_IN_JSON);
    for (const word of this.personal) expect(json).not.toContain(word);
  }

  async worker(): Promise<SignedIn> {
    const w = await workerWithProfile(this.api, { availability: [] });
    this.personal.push(w.phone);
    return w;
  }

  async grab(shiftId: string, w: SignedIn): Promise<any> {
    const res = await this.api.post(`/api/v1/shifts/${shiftId}/grab`, GRAB_BODY, {
      token: w.token,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** A market (listed) `km` north of the city centre; each test works in its own stretch of map. */
  hallAt(km: number): Promise<any> {
    const location = northOfCentre(km);
    return createMarket(this.api, this.admin.token, { location, district: districtAt(location) });
  }

  /** A shift `km` north of the city centre, by the business employer unless `token` says otherwise. */
  postAt(
    km: number,
    extra: Record<string, unknown> = {},
    token = this.business.token,
  ): Promise<any> {
    const location = { ...siteNorth(km), address: '人民路' };
    return postShift(this.api, token, shiftBody(NOW, { location, ...extra }));
  }

  /** The outbox events a step recorded, as the gateway would hand them to the board service. */
  async eventsOf(step: () => Promise<unknown>, type?: string): Promise<PublishedEvent[]> {
    const since = await lastEventId(this.api);
    await step();
    return (await eventsSince(this.api, since, type)).map(published);
  }

  async deltas(events: PublishedEvent[]) {
    return this.board(
      (await this.boardDeltas.deltasFor(events)).map(({ marketId, delta }) => ({
        marketId,
        delta,
      })),
    );
  }
}
