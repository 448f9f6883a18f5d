// Growth of running time with input size, measured as a ratio (time for 10× the input over time
// for the input) rather than as absolute time, so a busy machine does not make it flaky: linear
// code gives about 10, quadratic about 100.
import { performance } from 'node:perf_hooks';

/** Best of `runs` timings of `run`, in ms (the minimum filters out pauses of a shared machine). */
export function bestTime(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Time for `make(10 * n)` over time for `make(n)`, each input built before timing. A floor of
 * 1 ms on the small run keeps timer resolution from inflating the ratio of very fast code.
 */
export function growthRatio<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
): number {
  const small = make(n);
  const large = make(10 * n);
  run(small); // warm-up: compile the code paths before timing
  const tSmall = bestTime(() => run(small));
  const tLarge = bestTime(() => run(large), 2);
  return tLarge / Math.max(tSmall, 1);
}
