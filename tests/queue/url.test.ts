import { describe, expect, it } from 'vitest';
import { inputErrorMessage } from '../helpers.js';
import { parseQueueUrl, redactUrl } from '../../src/cli/queue/url.js';
import { taskKey, TaskDataSchema } from '../../src/cli/queue/protocol.js';

const message = inputErrorMessage;

describe('parseQueueUrl', () => {
  it('refuses what is not a Redis URL, naming the flag, never showing the password', () => {
    for (const [url, why] of [
      ['nonsense', 'not a URL'],
      ['http://u:hunter2@h:1/0', 'the scheme "http" is not redis or rediss'],
      ['redis://:hunter2@h:0/0', 'the port is not in [1, 65535]'],
      ['redis://:hunter2@h/zero', 'the database "zero" is not a number'],
      ['redis://:hunter2@h/0?x=1', 'a query or fragment is not supported'],
    ] as const) {
      const m = message(() => parseQueueUrl(url));
      expect(m).toContain(`--queue `);
      expect(m).toContain(why);
      expect(m).not.toContain('hunter2');
    }
  });

  it('never shows a password holding an unencoded "/", "@", space or "#", nor fails raw on a bad %-escape', () => {
    for (const [url, why] of [
      ['redis://u:hunter2/x@h:1/0', 'not a URL'],
      ['redis://u:hun@ter2@h/x', 'the database "x" is not a number'],
      ['redis://:hun ter2@h:99999', 'not a URL'],
      ['redis://:hunter2%zz@h', 'the password has a malformed %-escape'],
      ['redis://hunter2%zz:pw@h', 'the user name has a malformed %-escape'],
      ['u:hunter2/x@h:1', 'is not redis or rediss'],
    ] as const) {
      const m = message(() => parseQueueUrl(url));
      expect(m).toContain(why);
      expect(m).not.toMatch(/hun|ter2/);
    }
    expect(redactUrl('failed: redis://u:hun@ter2/x@h:1 then')).toBe('failed: redis://***@h:1 then');
  });

  it('reads host, port, database, user, password and TLS; shows the URL without credentials', () => {
    expect(parseQueueUrl('redis://127.0.0.1')).toMatchObject({ host: '127.0.0.1', port: 6379, db: 0, tls: false, password: undefined, shown: 'redis://127.0.0.1:6379/0' });
    const u = parseQueueUrl('rediss://alice:p%40ss@queue.example:6380/3');
    expect(u).toMatchObject({ host: 'queue.example', port: 6380, db: 3, tls: true, username: 'alice', password: 'p@ss', shown: 'rediss://***@queue.example:6380/3' });
    expect(parseQueueUrl('redis://:secret@[::1]:7000/1')).toMatchObject({ host: '::1', port: 7000, db: 1, password: 'secret' });
  });

  it('redactUrl hides credentials inside any text (client error messages)', () => {
    expect(redactUrl('connect to redis://u:pw@h:1 failed; also rediss://:x@y')).toBe('connect to redis://***@h:1 failed; also rediss://***@y');
  });
});

describe('job protocol', () => {
  it('a job key depends on everything that determines the result, and on nothing else', () => {
    const base = { kind: 'sweep' as const, models: ['a'.repeat(64)], seeds: [1, 2], betweennessSamples: 256 };
    expect(taskKey(base)).toBe(taskKey({ ...base }));
    expect(taskKey(base)).not.toBe(taskKey({ ...base, seeds: [2, 1] }));
    expect(taskKey(base)).not.toBe(taskKey({ ...base, betweennessSamples: null }));
    expect(taskKey(base)).not.toBe(taskKey({ ...base, kind: 'fit' }));
  });

  it('job data with a file path or an unknown field is refused by the schema', () => {
    const ok = { protocol: 1, version: '0.1.0+x', run: 'abcdef0123456789', key: 'a'.repeat(40), kind: 'sweep', models: ['b'.repeat(64)], seeds: [1], betweennessSamples: 256 };
    expect(TaskDataSchema.safeParse(ok).success).toBe(true);
    expect(TaskDataSchema.safeParse({ ...ok, spec: '/home/me/model.json' }).success).toBe(false);
    expect(TaskDataSchema.safeParse({ ...ok, models: ['../model.json'] }).success).toBe(false);
  });
});

describe('parseQueueUrl: the password from the environment', () => {
  it('takes COLLABNET_QUEUE_PASSWORD when the URL has none, so it need not be on the command line (ps)', () => {
    const url = parseQueueUrl('redis://queue-host:6379/0', '--queue', { COLLABNET_QUEUE_PASSWORD: 'hunter2' });
    expect(url.password).toBe('hunter2');
    expect(url.shown).toBe('redis://queue-host:6379/0');
    expect(url.shown).not.toContain('hunter2');
  });
  it("keeps the URL's own password, and ignores an empty variable", () => {
    expect(parseQueueUrl('redis://:inurl@h:1/0', '--queue', { COLLABNET_QUEUE_PASSWORD: 'env' }).password).toBe('inurl');
    expect(parseQueueUrl('redis://h:1/0', '--queue', { COLLABNET_QUEUE_PASSWORD: '' }).password).toBeUndefined();
    expect(parseQueueUrl('redis://h:1/0').password).toBeUndefined();
  });
});
