/**
 * The server half of the bare chain floor (bench/parts/floors.ts): a plain socket.io
 * server that SUBSCRIBEs to one Redis channel and emits every message to a room, with
 * nothing of the product in between. Started by the floors part as a child pinned to
 * the server CPU (floor-server.ts).
 *
 * env: REDIS_URL, FLOOR_CHANNEL (the full channel name: ioredis never prefixes channels).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { Server } from 'socket.io';
import { runFloorServer } from './floor-server';

export const FLOOR_ROOM = 'floor';
export const FLOOR_EVENT = 'floor.event';

async function main(): Promise<{ port: number; close: () => Promise<void> }> {
  const channel = process.env.FLOOR_CHANNEL;
  if (!channel) throw new Error('FLOOR_CHANNEL is required');
  const http = createServer();
  const io = new Server(http, { path: '/socket.io', transports: ['websocket'] });
  io.on('connection', (socket) => void socket.join(FLOOR_ROOM));

  const sub = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  // The message is passed on as the product does: parsed, then emitted as an object.
  sub.on('message', (_channel: string, message: string) => {
    io.to(FLOOR_ROOM).emit(FLOOR_EVENT, JSON.parse(message) as unknown);
  });
  await sub.subscribe(channel);

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  const close = async () => {
    sub.disconnect();
    await io.close();
  };
  return { port, close };
}

if (require.main === module) runFloorServer(main);
