// Worker entry for the sensitivity pool: loads the TypeScript core through tsx and evaluates
// figure jobs with exactly the function the main thread uses (results do not depend on the worker count).
import { register } from 'tsx/esm/api';

register();
const { evaluateFigureJob } = await import('../sensitivity/figure-job.ts');

export default function evaluate(job) {
  return evaluateFigureJob(job);
}
