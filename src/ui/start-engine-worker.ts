// Starts the engine worker of the pane bundle (kept apart from worker-checker.ts because
// `import.meta.url` is for the bundler; webpack emits check-worker.ts as its own file).
import {
  workerChecker,
  type AsyncChecker,
  type SyncChecker,
  type WorkerLike,
} from './worker-checker';

/** Started as early as possible, so that the worker loads and warms up meanwhile. */
export function startEngineWorker(fallback: SyncChecker): AsyncChecker {
  return workerChecker(
    () => new Worker(new URL('./check-worker.ts', import.meta.url)) as unknown as WorkerLike,
    fallback,
  );
}
