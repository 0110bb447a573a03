import { IsJWT, IsUUID } from 'class-validator';
import { LocationDto } from '@app/common';

/** Client → server event names (everything else is ignored by the server). */
export const ClientEvent = {
  Presence: 'presence',
  ShiftWatch: 'shift.watch',
  /** A fresh access token for this socket, before the old one expires: the socket stays open. */
  AuthRefresh: 'auth.refresh',
} as const;

/** Server → client events the gateway itself sends (domain events come from the stream). */
export const ServerEvent = {
  OffersSnapshot: 'offers.snapshot',
  AssignmentsSnapshot: 'assignments.snapshot',
  Draining: 'server.draining',
  /** The session ended (`reason`: logout, revoked, expired, suspended); a disconnect follows. */
  SessionEnded: 'session.ended',
} as const;

/** `presence` heartbeat: where the worker is now. */
export class PresenceEventDto extends LocationDto {}

/** `shift.watch`: follow one shift's live fill (its employer, or a worker offered or assigned to it). */
export class ShiftWatchDto {
  @IsUUID()
  shiftId!: string;
}

/** `auth.refresh`: a fresh access token of the same user (from POST /auth/refresh). */
export class AuthRefreshDto {
  @IsJWT()
  token!: string;
}
