/**
 * Typical rural industrial products (sản phẩm công nghiệp nông thôn tiêu biểu): selection rounds,
 * registrations, councils and scores, certificates, complaints and the public registry.
 */
export * from './products-results.ts';
export * from './products-rounds.ts';
