// Growth of running time with input size, measured as a ratio (time for 10× the input over time
// for the input) rather than as absolute time, so a busy machine does not make it flaky: linear
// code gives about 10, quadratic about 100. Shared by the unit tests and `npm run bench`.
import { performance } from 'node:perf_hooks';

/** Best of `runs` timings of `reps` calls of `run`, in ms (the minimum filters out pauses). */
export function bestTime(run: () => unknown, runs = 3, reps = 1): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let k = 0; k < reps; k++) run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Time for `run(make(10 * n))` over time for `run(make(n))`, the inputs built before timing.
 * Fast code is repeated until the small input takes at least `floorMs`, so timer resolution does
 * not decide the ratio; the large input is run as many times.
 */
export function growthRatio<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  floorMs = 2,
): number {
  const small = make(n);
  const large = make(10 * n);
  run(small); // warm-up: compile the code paths before timing
  run(large);
  let reps = 1;
  let tSmall = bestTime(() => run(small), 3, reps);
  while (tSmall < floorMs && reps < 1 << 16) {
    reps *= 4;
    tSmall = bestTime(() => run(small), 3, reps);
  }
  const tLarge = bestTime(() => run(large), 2, reps);
  return tLarge / tSmall;
}
