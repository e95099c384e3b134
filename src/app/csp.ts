// Imported first by the page and its workers. The built page runs under a Content-Security-Policy
// without 'unsafe-eval' (vite.config.ts): zod must not compile its parsers with `new Function`,
// nor even probe whether it may (the probe alone is reported as a policy violation).
import { z } from 'zod';

z.config({ jitless: true });
