/**
 * A small, fast, seeded pseudo-random generator (mulberry32): the same seed
 * gives the same sequence. Numbers in [0, 1).
 */
export declare function seededRandom(seed: number): () => number
