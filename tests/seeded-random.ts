/**
 * The benchmark's seedable pseudo-random generator (mulberry32), for tests
 * whose generated inputs must replay exactly from a seed: one generator for
 * both, so a seed means the same inputs in a test and in a benchmark.
 */
export {seededRandom} from '../bench/seeded-random.mjs'
