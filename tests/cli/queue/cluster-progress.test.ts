import { describe, expect, it } from 'vitest';
import { clusterDoneLine, clusterStatusLine } from '../../../src/cli/queue/cluster-progress.js';

describe('clusterDoneLine', () => {
  it('says why fewer networks than planned went through the queue (identical jobs run once)', () => {
    const line = clusterDoneLine('sensitivity', 'redis://***@h:1/0', 370, 404, 25.44);
    expect(line).toBe('sensitivity on redis://***@h:1/0: done, 370 networks through the queue in 25.4 s (404 planned: 34 repeated identical ones, each computed once and reused)');
  });
  it('is plain when every planned network went through', () => {
    expect(clusterDoneLine('scenario', 'redis://h:1/0', 60, 60, 11)).toBe('scenario on redis://h:1/0: done, 60 networks through the queue in 11.0 s');
  });
});

describe('clusterStatusLine', () => {
  it('shows done of total, rate, ETA and workers', () => {
    expect(clusterStatusLine('fit', 'redis://h:1/0', { done: 10, total: 40, seconds: 5, workers: 2, offline: 0 })).toBe('fit on redis://h:1/0: 10/40 networks · 2.0/s · ETA 15 s · 2 workers');
  });
});
