// Worker entry for the scenario pool: loads the TypeScript core through tsx, then evaluates jobs
// with exactly the function the main thread uses (results do not depend on the worker count).
import { register } from 'tsx/esm/api';

register();
const { evaluateInline } = await import('../scenarios/sweep.ts');

export default function evaluate(job) {
  return evaluateInline(job);
}
