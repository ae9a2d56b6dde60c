// Kept apart from workerRunner.ts because `import.meta.url` only exists in a bundle: webpack 5 sees this
// pattern and emits reviewWorker.ts (with the engine) as its own chunk; jest replaces this module.
import type { WorkerLike } from './workerRunner';

export function spawnReviewWorker(): WorkerLike {
  return new Worker(/* webpackChunkName: "review-worker" */ new URL('./reviewWorker.ts', import.meta.url), { name: 'review-worker' }) as unknown as WorkerLike;
}
