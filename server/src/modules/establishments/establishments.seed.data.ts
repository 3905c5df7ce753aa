import type { EstablishmentKind, EstablishmentStatus, RevenueBand } from '../../../../shared/schemas/establishments.ts';

/** Demo establishments: typical rural industries of Hà Nội (01), An Giang (91) and Đắk Lắk (66). */
export type DemoEstablishment = {
  name: string;
  kind: EstablishmentKind;
  province: '01' | '91' | '66';
  /** The unit as an official would type it (either era). */
  unit: string;
  representative: string;
  craftVillage?: string;
  industries: string[];
  products: string;
  workforce: number;
  band: RevenueBand;
  founded: number;
  woman?: boolean;
  ethnic?: boolean;
  cleaner?: boolean;
  status?: EstablishmentStatus;
  /** Code of the identity organisation its representatives belong to. */
  org?: string;
  noCode?: boolean;
};

export const demoEstablishments: readonly DemoEstablishment[] = [
  // An Giang
  { name: 'Hợp tác xã Dệt may Tân Châu', kind: 'cooperative', province: '91', unit: 'Phường Tân Châu, An Giang', representative: 'Châu Thị Ngọc', craftVillage: 'Làng nghề dệt lụa Tân Châu', industries: ['ND45-I6', 'ND45-I2'], products: 'Lụa Mỹ A, khăn choàng, vải thổ cẩm', workforce: 45, band: '1b_3b', founded: 2002, woman: true, org: 'HTX-DETMAY-TANCHAU' },
  { name: 'Cơ sở Dệt thổ cẩm Văn Giáo', kind: 'household', province: '91', unit: 'Xã Văn Giáo, Thị xã Tịnh Biên, Tỉnh An Giang', representative: 'Néang Sóc Khol', craftVillage: 'Làng nghề dệt thổ cẩm Văn Giáo', industries: ['ND45-I6'], products: 'Khăn rằn, sà rông thổ cẩm', workforce: 12, band: 'under_1b', founded: 1998, woman: true, ethnic: true, noCode: true },
  { name: 'Doanh nghiệp tư nhân Mắm Châu Đốc Bảy Thuận', kind: 'sme', province: '91', unit: 'Phường Châu Đốc, An Giang', representative: 'Trần Văn Bảy', industries: ['ND45-I1'], products: 'Mắm thái, mắm cá linh, mắm cá lóc', workforce: 30, band: '3b_50b', founded: 2008 },
  { name: 'Hợp tác xã Đường thốt nốt Tri Tôn', kind: 'cooperative', province: '91', unit: 'Xã Tri Tôn, An Giang', representative: 'Chau Sóc Kha', industries: ['ND45-I1'], products: 'Đường thốt nốt, nước thốt nốt đóng chai', workforce: 60, band: '1b_3b', founded: 2015, ethnic: true },
  { name: 'Công ty TNHH Cơ khí nông nghiệp Chợ Mới', kind: 'sme', province: '91', unit: 'Xã Chợ Mới, An Giang', representative: 'Lê Hoàng Phong', industries: ['ND45-I5'], products: 'Máy sấy lúa, máy gặt đập liên hợp cỡ nhỏ', workforce: 85, band: '3b_50b', founded: 2006, cleaner: true },
  { name: 'Tổ hợp tác Đan đát Châu Phong', kind: 'cooperative_group', province: '91', unit: 'Xã Châu Phong, Thị xã Tân Châu, Tỉnh An Giang', representative: 'Mohamad Ly', industries: ['ND45-I6'], products: 'Giỏ, túi đan lục bình', workforce: 25, band: 'under_1b', founded: 2012, woman: true, ethnic: true, noCode: true },
  { name: 'Công ty TNHH Nước mắm Phú Quốc Hưng Thành', kind: 'sme', province: '91', unit: 'Đặc khu Phú Quốc, An Giang', representative: 'Nguyễn Văn Hưng', industries: ['ND45-I1'], products: 'Nước mắm cá cơm Phú Quốc', workforce: 70, band: '3b_50b', founded: 1995 },
  { name: 'Cơ sở Gạch nung Long Phú', kind: 'household', province: '91', unit: 'Phường Long Phú, An Giang', representative: 'Phạm Văn Lực', industries: ['ND45-I4'], products: 'Gạch nung thủ công', workforce: 8, band: 'under_1b', founded: 1990, status: 'closed', noCode: true },
  { name: 'Liên hiệp Hợp tác xã Nông sản An Giang', kind: 'cooperative_union', province: '91', unit: 'Xã Thoại Sơn, An Giang', representative: 'Võ Thanh Tâm', industries: ['ND45-I1'], products: 'Gạo sạch, bánh phồng', workforce: 120, band: '3b_50b', founded: 2021 },
  // Hà Nội
  { name: 'Cơ sở Mây tre đan Phú Vinh', kind: 'household', province: '01', unit: 'Xã Phú Nghĩa, Hà Nội', representative: 'Nguyễn Văn Vinh', craftVillage: 'Làng nghề mây tre đan Phú Vinh', industries: ['ND45-I6'], products: 'Đồ mây tre đan mỹ nghệ', workforce: 20, band: '1b_3b', founded: 2000, org: 'CS-MAYTRE-PHUVINH' },
  { name: 'Công ty TNHH Gốm sứ Bát Tràng Hưng Long', kind: 'sme', province: '01', unit: 'Xã Bát Tràng, Hà Nội', representative: 'Lê Văn Long', craftVillage: 'Làng gốm Bát Tràng', industries: ['ND45-I6'], products: 'Gốm men lam, gốm men rạn', workforce: 55, band: '3b_50b', founded: 2004 },
  { name: 'Hợp tác xã Lụa Vạn Phúc', kind: 'cooperative', province: '01', unit: 'Phường Vạn Phúc, Quận Hà Đông, Thành phố Hà Nội', representative: 'Triệu Thị Lan', craftVillage: 'Làng lụa Vạn Phúc', industries: ['ND45-I6', 'ND45-I2'], products: 'Lụa tơ tằm, gấm Vạn Phúc', workforce: 40, band: '1b_3b', founded: 2001, woman: true },
  { name: 'Cơ sở Cơ khí Thanh Thùy', kind: 'household', province: '01', unit: 'Phường Hà Đông, Hà Nội', representative: 'Đặng Văn Thùy', industries: ['ND45-I5'], products: 'Gia công cơ khí, khung nhà xưởng', workforce: 9, band: 'under_1b', founded: 2011 },
  { name: 'Hợp tác xã Chế biến nông sản Ba Vì', kind: 'cooperative', province: '01', unit: 'Xã Ba Vì, Hà Nội', representative: 'Đinh Thị Hoa', industries: ['ND45-I1'], products: 'Sữa chua, bánh sữa Ba Vì', workforce: 35, band: '1b_3b', founded: 2016, woman: true, ethnic: true },
  { name: 'Công ty Cổ phần Sơn mài Hạ Thái', kind: 'sme', province: '01', unit: 'Xã Thường Tín, Hà Nội', representative: 'Vũ Quang Thái', craftVillage: 'Làng sơn mài Hạ Thái', industries: ['ND45-I6'], products: 'Tranh sơn mài, đồ gỗ sơn mài', workforce: 48, band: '3b_50b', founded: 1999 },
  { name: 'Cơ sở Nón lá Chuông', kind: 'household', province: '01', unit: 'Xã Thanh Oai, Hà Nội', representative: 'Nguyễn Thị Chuông', craftVillage: 'Làng nghề nón lá Chuông', industries: ['ND45-I6'], products: 'Nón lá, nón quai thao', workforce: 15, band: 'under_1b', founded: 1993, woman: true, noCode: true },
  { name: 'Hợp tác xã Dệt may Phùng Xá', kind: 'cooperative', province: '01', unit: 'Xã Thạch Thất, Hà Nội', representative: 'Kiều Văn Xá', industries: ['ND45-I2'], products: 'Quần áo bảo hộ lao động', workforce: 90, band: '3b_50b', founded: 2010, cleaner: true },
  // Đắk Lắk
  { name: 'Hợp tác xã Cà phê Ea Tul', kind: 'cooperative', province: '66', unit: "Xã Ea Tul, Huyện Cư M'gar, Tỉnh Đắk Lắk", representative: 'Y Khu Niê', industries: ['ND45-I1'], products: 'Cà phê nhân, cà phê rang xay', workforce: 40, band: '3b_50b', founded: 2014, ethnic: true },
  { name: 'Công ty TNHH Chế biến Cà phê Buôn Ma Thuột', kind: 'sme', province: '66', unit: 'Phường Buôn Ma Thuột, Đắk Lắk', representative: 'Trịnh Văn Quang', industries: ['ND45-I1', 'ND235-I3'], products: 'Cà phê hòa tan, cà phê bột', workforce: 150, band: '50b_200b', founded: 2005 },
  { name: 'Tổ hợp tác Dệt thổ cẩm Buôn Đôn', kind: 'cooperative_group', province: '66', unit: 'Xã Buôn Đôn, Đắk Lắk', representative: 'H Nguyễn Mlô', industries: ['ND45-I6'], products: 'Váy áo, khăn thổ cẩm Ê Đê', workforce: 18, band: 'under_1b', founded: 2017, woman: true, ethnic: true, noCode: true },
  { name: 'Cơ sở Mộc mỹ nghệ Krông Ana', kind: 'household', province: '66', unit: 'Xã Krông Ana, Đắk Lắk', representative: 'Nguyễn Văn Mộc', industries: ['ND45-I6'], products: 'Bàn ghế, tượng gỗ mỹ nghệ', workforce: 11, band: 'under_1b', founded: 2009 },
  { name: 'Hợp tác xã Sầu riêng Krông Pắc', kind: 'cooperative', province: '66', unit: 'Xã Krông Pắc, Đắk Lắk', representative: 'Lê Thị Riêng', industries: ['ND45-I1'], products: 'Sầu riêng cấp đông', workforce: 26, band: '1b_3b', founded: 2019, woman: true, status: 'suspended' },
  { name: 'Cơ sở Bánh tráng Tuy An', kind: 'household', province: '66', unit: 'Xã Tuy An Bắc, Đắk Lắk', representative: 'Huỳnh Thị Tráng', industries: ['ND45-I1'], products: 'Bánh tráng phơi sương', workforce: 7, band: 'under_1b', founded: 2003, woman: true, noCode: true },
];
