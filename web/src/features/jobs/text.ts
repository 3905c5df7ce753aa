/** The jobs screens' words, Vietnamese first, English second (picked with useLabel). */
export const tx = {
  title: { vi: 'Công việc của tôi', en: 'My jobs' },
  subtitle: {
    vi: 'Nhập, xuất Excel và các việc chạy nền khác; tiến độ cập nhật tự động.',
    en: 'Excel imports, exports and other background work; progress updates itself.',
  },
  kind: { vi: 'Công việc', en: 'Job' },
  status: { vi: 'Trạng thái', en: 'Status' },
  progress: { vi: 'Tiến độ', en: 'Progress' },
  createdBy: { vi: 'Người tạo', en: 'Started by' },
  createdAt: { vi: 'Bắt đầu', en: 'Started' },
  finishedAt: { vi: 'Kết thúc', en: 'Finished' },
  result: { vi: 'Kết quả', en: 'Result' },
  download: { vi: 'Tải tệp', en: 'Download' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  cancelConfirm: { vi: 'Hủy công việc này?', en: 'Cancel this job?' },
  cancelled: { vi: 'Đã gửi yêu cầu hủy.', en: 'Cancellation requested.' },
  mine: { vi: 'Chỉ việc của tôi', en: 'Only mine' },
  empty: { vi: 'Chưa có công việc nào', en: 'No jobs yet' },
  total: { vi: 'Tổng {total} công việc', en: '{total} jobs' },
  waiting: { vi: 'Đang chờ đến lượt…', en: 'Waiting for its turn…' },
};
