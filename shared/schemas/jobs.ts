import { z } from 'zod';

export const jobStatuses = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export const JobStatus = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof JobStatus>;

export const jobStatusLabels: Record<JobStatus, { vi: string; en: string }> = {
  queued: { vi: 'Đang chờ', en: 'Queued' },
  running: { vi: 'Đang chạy', en: 'Running' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  failed: { vi: 'Lỗi', en: 'Failed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** Names of job kinds for people; modules add theirs here. */
export const jobKindLabels: Record<string, { vi: string; en: string }> = {
  'establishments.import.validate': {
    vi: 'Kiểm tra tệp nhập cơ sở CNNT',
    en: 'Check establishment import file',
  },
  'establishments.import.commit': { vi: 'Ghi dữ liệu nhập cơ sở CNNT', en: 'Write establishment import' },
  'establishments.export': { vi: 'Xuất danh sách cơ sở CNNT ra Excel', en: 'Export establishments to Excel' },
};

export const JobDto = z.object({
  id: z.uuid(),
  kind: z.string(),
  kindLabel: z.string(),
  status: JobStatus,
  progress: z.number().int().min(0).max(100),
  message: z.string().nullable(),
  input: z.record(z.string(), z.unknown()),
  result: z.record(z.string(), z.unknown()).nullable(),
  resultFileId: z.uuid().nullable(),
  resultFileName: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  attempt: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  abilities: z.object({ cancel: z.boolean(), download: z.boolean() }),
});
export type JobDto = z.infer<typeof JobDto>;

export const JobListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: JobStatus.optional(),
  kind: z.string().trim().max(80).optional(),
  /** Only the caller's own jobs, even for an administrator who may see more. */
  mine: z.enum(['true', 'false']).optional(),
});
export type JobListQuery = z.infer<typeof JobListQuery>;
