// Worker entry for a queue worker's thread pool: loads the TypeScript core through tsx and runs
// queue tasks with exactly the functions the local pools use (results do not depend on where they run).
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./queue/task.ts');

export default function run(task) {
  return runTask(task);
}
