import { z } from 'zod';

/** One downloadable file of a dataset. */
export const OpenDataFile = z.object({
  format: z.enum(['json', 'csv']),
  mediaType: z.string(),
  url: z.string(),
});
export type OpenDataFile = z.infer<typeof OpenDataFile>;

export const OpenDataDataset = z.object({
  id: z.enum(['360giving-grants', 'ocds-releases']),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  standard: z.object({ name: z.string(), version: z.string(), url: z.string() }),
  /** Every year in one file (stable URL). */
  files: z.array(OpenDataFile),
  /** One file per plan year; `records` = grants or contracts of that year. */
  years: z.array(
    z.object({ year: z.number().int(), records: z.number().int(), files: z.array(OpenDataFile) }),
  ),
});
export type OpenDataDataset = z.infer<typeof OpenDataDataset>;

/** GET /api/public/open-data: what is published, where, under which licence. */
export const OpenDataCatalogue = z.object({
  title: z.string(),
  description: z.string(),
  publisher: z.object({ name: z.string(), url: z.string() }),
  licence: z.object({ id: z.string(), title: z.string(), url: z.string() }),
  /** The rules that keep personal data out of the files. */
  anonymisation: z.string(),
  identifiers: z.object({ grantPrefix: z.string(), ocidPrefix: z.string() }),
  /** Latest change to the published data (ISO 8601), null before the first approved plan. */
  lastModified: z.string().nullable(),
  datasets: z.array(OpenDataDataset),
});
export type OpenDataCatalogue = z.infer<typeof OpenDataCatalogue>;
