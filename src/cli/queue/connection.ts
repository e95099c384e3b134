import type { Redis, RedisOptions } from 'ioredis';
import { InputError } from '../../errors.js';
import { redactUrl, type QueueUrl } from './url.js';

/** Seconds to wait for Redis at start before giving up with a clear message. */
export const CONNECT_TIMEOUT_SECONDS = 5;

/** ioredis options for a checked URL (BullMQ needs `maxRetriesPerRequest: null`: commands wait for a reconnect). */
export function redisOptions(url: QueueUrl): RedisOptions {
  return {
    host: url.host,
    port: url.port,
    db: url.db,
    ...(url.username !== undefined ? { username: url.username } : {}),
    ...(url.password !== undefined ? { password: url.password } : {}),
    ...(url.tls ? { tls: { servername: url.host } } : {}),
    connectTimeout: CONNECT_TIMEOUT_SECONDS * 1000,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: true,
    // Reconnect for as long as the owner wants (it decides when an outage is too long).
    retryStrategy: (times) => Math.min(100 * times, 1000),
  };
}

/** A Redis error's message without any credentials. */
export function cleanMessage(err: unknown): string {
  return redactUrl(err instanceof Error ? err.message : String(err));
}

/**
 * Connects to Redis within CONNECT_TIMEOUT_SECONDS; otherwise (unreachable, refused, wrong
 * password, TLS mismatch) an `InputError` naming the URL without its password and the last reason.
 */
export async function connectRedis(url: QueueUrl, seconds = CONNECT_TIMEOUT_SECONDS): Promise<Redis> {
  // ioredis loads only here: the commands that never touch a queue do not pay for it at start-up.
  const { Redis } = await import('ioredis');
  const client = new Redis(redisOptions(url));
  let lastError = '';
  // Errors while reconnecting are expected; the owner watches the connection's status instead.
  client.on('error', (err) => (lastError = cleanMessage(err)));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), seconds * 1000);
      }),
    ]);
    return client;
  } catch (err) {
    client.disconnect();
    const reason = lastError || cleanMessage(err);
    throw connectFailure(url, seconds, reason);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The message for a failed connection. Redis answering that a password is missing or wrong is not
 * "unreachable": the advice then is the password (in the URL or `COLLABNET_QUEUE_PASSWORD`), not
 * starting a Redis.
 */
export function connectFailure(url: QueueUrl, seconds: number, reason: string): InputError {
  if (/NOAUTH|WRONGPASS|invalid password|invalid username-password/i.test(reason)) {
    const given = url.password === undefined ? 'no password was given' : 'the password given was refused';
    return new InputError(`--queue ${url.shown}: Redis answered but ${given} (${reason}); expected its password in the URL (redis://:PASSWORD@${url.host}:${url.port}/${url.db}) or in COLLABNET_QUEUE_PASSWORD`);
  }
  return new InputError(`--queue ${url.shown}: cannot reach Redis within ${seconds} s (${reason === 'timeout' ? 'no answer' : reason}); expected a running Redis (start one with: redis-server --port ${url.port})`);
}
