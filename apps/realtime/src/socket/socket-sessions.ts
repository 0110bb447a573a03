import type { SessionEndedNotice, SessionEndReason } from '@app/accounts';
import { ServerEvent } from './client-events';

/** The part of a socket the registry needs (a socket.io Socket in the gateway, a fake in the spec). */
export interface SessionSocket {
  id: string;
  disconnect(close?: boolean): unknown;
}

/** Sends one socket an event at once, in order with what follows (see the gateway). */
export type SendNow<S> = (socket: S, event: string, payload: unknown) => void;

interface Entry {
  userId: string;
  sessionId: string;
  timer: NodeJS.Timeout;
}

/**
 * This node's user sockets by session: ends them when their session ends (a notice
 * from the API: logout, revocation, suspension) or when their access token expires,
 * with `session.ended {reason}` and then a server-side disconnect (the client does
 * not reconnect on its own, and the connection state is not kept for recovery).
 * `renew` moves the expiry when the client re-authenticates with a fresh token.
 */
export class SocketSessions<S extends SessionSocket = SessionSocket> {
  private readonly entries = new Map<S, Entry>();

  constructor(
    private readonly send: SendNow<S>,
    private readonly now: () => number = Date.now,
  ) {}

  track(socket: S, userId: string, sessionId: string, expiresAt: Date): void {
    this.untrack(socket);
    this.entries.set(socket, { userId, sessionId, timer: this.expiry(socket, expiresAt) });
  }

  /** A fresh token for the same user: its session (maybe a new one) and expiry replace the old. */
  renew(socket: S, sessionId: string, expiresAt: Date): void {
    const entry = this.entries.get(socket);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.sessionId = sessionId;
    entry.timer = this.expiry(socket, expiresAt);
  }

  untrack(socket: S): void {
    const entry = this.entries.get(socket);
    if (entry) clearTimeout(entry.timer);
    this.entries.delete(socket);
  }

  /** Ends the sockets a notice names; returns how many. */
  apply(notice: SessionEndedNotice): number {
    const matches =
      'userId' in notice
        ? (e: Entry) => e.userId === notice.userId
        : (e: Entry) => notice.sessionIds.includes(e.sessionId);
    let ended = 0;
    for (const [socket, entry] of [...this.entries]) {
      if (!matches(entry)) continue;
      this.end(socket, notice.reason);
      ended += 1;
    }
    return ended;
  }

  /** The user sockets this node holds, for renewing their connection-cap leases. */
  held(): { userId: string; socketId: string }[] {
    return [...this.entries].map(([socket, e]) => ({ userId: e.userId, socketId: socket.id }));
  }

  clear(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
  }

  private end(socket: S, reason: SessionEndReason): void {
    this.untrack(socket);
    this.send(socket, ServerEvent.SessionEnded, { reason });
    socket.disconnect();
  }

  private expiry(socket: S, expiresAt: Date): NodeJS.Timeout {
    const timer = setTimeout(
      () => this.end(socket, 'expired'),
      Math.max(0, expiresAt.getTime() - this.now()),
    );
    timer.unref();
    return timer;
  }
}
