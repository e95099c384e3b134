import { describe, expect, it } from 'vitest';
import config from '../vite.config.js';

describe('vite.config: the explorer build collabnet start runs on the user machine', () => {
  it('prints no bundler-timing warnings (a busy machine is not a fault), for the page and its workers', () => {
    expect(config.build?.rolldownOptions?.checks?.bundlerTimings).toBe(false);
    expect(config.worker?.rolldownOptions?.checks?.bundlerTimings).toBe(false);
  });
});
