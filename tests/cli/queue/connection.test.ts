import { describe, expect, it } from 'vitest';
import { connectFailure } from '../../../src/cli/queue/connection.js';
import { parseQueueUrl } from '../../../src/cli/queue/url.js';

describe('connectFailure', () => {
  it('a Redis that wants a password is not "unreachable": the message asks for the password, never prints it', () => {
    const none = connectFailure(parseQueueUrl('redis://127.0.0.1:6390/0'), 5, 'NOAUTH Authentication required.').message;
    expect(none).toBe('--queue redis://127.0.0.1:6390/0: Redis answered but no password was given (NOAUTH Authentication required.); expected its password in the URL (redis://:PASSWORD@127.0.0.1:6390/0) or in COLLABNET_QUEUE_PASSWORD');
    const wrong = connectFailure(parseQueueUrl('redis://:hunter2@h:1/0'), 5, 'WRONGPASS invalid username-password pair or user is disabled.').message;
    expect(wrong).toContain('the password given was refused');
    expect(wrong).not.toContain('hunter2');
    expect(wrong).not.toContain('start one with');
  });
  it('an unreachable Redis: no answer, and how to start one', () => {
    expect(connectFailure(parseQueueUrl('redis://h:6390/0'), 5, 'timeout').message).toBe('--queue redis://h:6390/0: cannot reach Redis within 5 s (no answer); expected a running Redis (start one with: redis-server --port 6390)');
  });
});
