import { renderCertificatePdf } from './certificate.pdf.ts';

const c = {
  id: '00000000-0000-0000-0000-000000000001',
  number: 'T91-2026-001',
  productId: '00000000-0000-0000-0000-000000000002',
  roundId: '00000000-0000-0000-0000-000000000003',
  roundName: 'x',
  establishmentId: '00000000-0000-0000-0000-000000000004',
  establishmentName: 'Hợp tác xã Dệt may Tân Châu',
  provinceCode: '91',
  provinceName: 'An Giang',
  level: 'province',
  year: 2026,
  group: 'handicraft',
  productName: 'Khăn choàng lụa Tân Châu',
  decisionNumber: '123/QĐ-SCT',
  decisionDate: '2026-05-10',
  organiserName: 'Sở Công Thương An Giang',
  validUntil: '2028-12-31',
  status: 'valid',
  averageScore: 82.5,
  verifyUrl: 'http://localhost:3000/xac-minh-chung-nhan/T91-2026-001',
} as const;
for (let i = 0; i < 5; i++) await renderCertificatePdf(c as never);
const cpu = process.cpuUsage();
for (let i = 0; i < 20; i++) await renderCertificatePdf(c as never);
const u = process.cpuUsage(cpu);
console.log('avg cpu ms', ((u.user + u.system) / 1000 / 20).toFixed(1));
