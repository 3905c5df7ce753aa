import type {
  ArticleCreateInput,
  DocumentCreateInput,
  EventCreateInput,
  PageCreateInput,
} from '../../../../shared/schemas/portal.ts';

/**
 * Demo content: the agency's 2019 mid-year report (adapted from the real portal article in
 * shared/domain/source-article.txt), the events listed at its end, real legal documents of the programme,
 * and two upcoming events (dated from the seeding year) so that registration can be tried.
 */

type Seed<T> = { by: string; input: T; publishAt?: string; status?: 'draft' | 'in_review' | 'published' };

const p = (...paras: string[]) => paras.map((s) => `<p>${s}</p>`).join('\n');

export const seedArticles: Seed<ArticleCreateInput>[] = [
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2019-07-24T09:00:00+07:00',
    input: {
      title: 'Kết quả triển khai hoạt động khuyến công quốc gia 6 tháng đầu năm 2019',
      slug: 'ket-qua-khuyen-cong-quoc-gia-6-thang-dau-nam-2019',
      category: 'tin-hoat-dong',
      tags: ['KCQG', 'kế hoạch khuyến công', '2019'],
      summary:
        'Tính đến tháng 6/2019, việc ký hợp đồng thực hiện các đề án khuyến công quốc gia giữa Cục Công Thương địa phương và các đơn vị thực hiện đã cơ bản hoàn tất; số đề án ngừng, điều chỉnh giảm so với các năm trước.',
      bodyHtml: p(
        'Trong 6 tháng đầu năm 2019, Cục Công Thương địa phương (Bộ Công Thương) cùng với các tổ chức, đơn vị trên cả nước đang tích cực triển khai thực hiện các hoạt động khuyến công.',
        'Theo Báo cáo, tính đến tháng 6/2019 việc ký hợp đồng thực hiện các đề án khuyến công quốc gia (KCQG) giữa Cục Công Thương địa phương và các đơn vị thực hiện đã cơ bản được hoàn tất. Với việc đổi mới công tác giao, triển khai các đề án khuyến công và sự vào cuộc của các đơn vị được giao triển khai đề án nên ngay sau khi được giao kinh phí khuyến công việc ký kết hợp đồng triển khai đề án giữa Cục Công Thương địa phương và các đơn vị đã nhanh chóng được thực hiện.',
        'Cùng đó, với sự chuẩn bị kỹ lưỡng trong các khâu: khảo sát lập đề án, thường xuyên bám sát tình hình, khả năng thực hiện đề án của đơn vị thụ hưởng… nên năm 2019 đã giảm thiểu số đề án ngừng, điều chỉnh so với các năm trước.',
      ),
    },
  },
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2019-07-24T10:00:00+07:00',
    input: {
      title: 'Đổi mới cách thức xây dựng kế hoạch kinh phí khuyến công quốc gia năm 2020',
      category: 'chinh-sach',
      tags: ['KCQG', 'kế hoạch khuyến công', '382/CTĐP-QLKC'],
      summary:
        'Văn bản số 382/CTĐP-QLKC ngày 15/5/2019 hướng dẫn thực hiện kế hoạch KCQG năm 2019 và xây dựng kế hoạch kinh phí khuyến công năm 2020, ưu tiên đề án điểm, đề án nhóm và sản phẩm tiêu biểu.',
      bodyHtml: p(
        'Ngày 15 tháng 5 năm 2019, Cục Công Thương địa phương đã có Văn bản số 382/CTĐP-QLKC về việc thực hiện kế hoạch KCQG năm 2019 và xây dựng kế hoạch kinh phí khuyến công năm 2020. Theo đó, Cục tiếp tục đổi mới công tác giao, triển khai các đề án khuyến công.',
        'Cụ thể, đổi mới cách thức xây dựng kế hoạch, huy động và sử dụng các nguồn lực có hiệu quả để hỗ trợ có trọng tâm, trọng điểm các tổ chức, cá nhân đầu tư sản xuất công nghiệp – tiểu thủ công nghiệp; hỗ trợ các ngành nghề, sản phẩm tiêu biểu phù hợp với tiềm năng, lợi thế cạnh tranh của từng địa phương; xây dựng đề án KCQG điểm, đề án KCQG nhóm, đề án hỗ trợ cơ sở công nghiệp nông thôn có sản phẩm công nghiệp nông thôn tiêu biểu đạt cấp khu vực, cấp quốc gia.',
      ),
    },
  },
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2019-07-25T08:30:00+07:00',
    input: {
      title: 'Ưu tiên hỗ trợ công nghiệp chế biến nông lâm thủy sản và máy nông nghiệp',
      category: 'chinh-sach',
      tags: ['ngành ưu tiên', 'chế biến nông lâm thủy sản'],
      summary:
        'Hoạt động khuyến công cần giảm mạnh các đề án dàn trải, phân tán, nhỏ lẻ; chú trọng ngành chế biến, máy nông nghiệp, vật liệu xây dựng, tiểu thủ công nghiệp và tiết kiệm năng lượng.',
      bodyHtml: `${p(
        'Bối cảnh kinh tế trong nước và quốc tế đang thay đổi nhanh chóng, để phát huy được vai trò của KCQG thì các hoạt động khuyến công cần đổi mới cả về nội dung, hình thức gắn với chất lượng, hội nhập, khả năng cạnh tranh.',
        'Hoạt động khuyến công cần khắc phục và giảm mạnh việc khảo sát, xây dựng các đề án dàn trải, phân tán, nhỏ lẻ, hiệu quả thấp. Các lĩnh vực được ưu tiên gồm:',
      )}
<ul><li>công nghiệp chế biến nông lâm thủy sản, sản xuất vật tư và máy nông nghiệp;</li><li>công nghiệp vật liệu xây dựng, sản xuất tiểu thủ công nghiệp;</li><li>hỗ trợ phi tài chính, nâng cao năng lực cạnh tranh và năng suất chất lượng;</li><li>đề án sử dụng tiết kiệm năng lượng, tài nguyên và bảo vệ môi trường.</li></ul>
${p('Các Sở Công Thương cần tham mưu UBND tỉnh, thành phố tăng mức hỗ trợ kinh phí khuyến công địa phương đối với các địa bàn khó khăn, đặc biệt khó khăn, xã nông thôn mới; hỗ trợ để các đề án tạo nên chuỗi giá trị trong các ngành là thế mạnh của địa phương.')}`,
    },
  },
  {
    by: 'chuyenvien.angiang@khuyencong.vn',
    publishAt: '2026-03-12T08:00:00+07:00',
    input: {
      title: 'Hợp tác xã Dệt may Tân Châu đổi mới máy dệt nhờ kinh phí khuyến công',
      category: 'guong-dien-hinh',
      tags: ['An Giang', 'dệt may', 'máy móc tiên tiến'],
      summary:
        'Đề án ứng dụng máy móc tiên tiến giúp hợp tác xã nâng năng suất dệt lụa Tân Châu và giữ nghề truyền thống.',
      bodyHtml: p(
        'Hợp tác xã Dệt may Tân Châu được hỗ trợ từ nguồn kinh phí khuyến công địa phương để thay thế máy dệt cũ bằng máy dệt có điều khiển điện tử.',
        'Theo ban chủ nhiệm hợp tác xã, năng suất dệt tăng rõ rệt, chất lượng mặt vải đồng đều hơn và các thành viên có thêm việc làm ổn định.',
      ),
    },
  },
  {
    by: 'chuyenvien.hanoi@khuyencong.vn',
    publishAt: '2026-05-20T08:00:00+07:00',
    input: {
      title: 'Hà Nội tập huấn nâng cao năng lực quản lý cho cơ sở công nghiệp nông thôn',
      category: 'tin-hoat-dong',
      tags: ['Hà Nội', 'đào tạo', 'năng lực quản lý'],
      summary:
        'Lớp tập huấn giúp chủ cơ sở nắm quy trình sản xuất sạch hơn, đăng ký thương hiệu và tiếp cận chính sách khuyến công.',
      bodyHtml: p(
        'Sở Công Thương Hà Nội phối hợp với Trung tâm Khuyến công tổ chức lớp tập huấn nâng cao năng lực quản lý cho các cơ sở công nghiệp nông thôn.',
        'Học viên được hướng dẫn về sản xuất sạch hơn, xây dựng và đăng ký thương hiệu, tham gia hội chợ, triển lãm và các thủ tục đề nghị hỗ trợ từ kinh phí khuyến công.',
      ),
    },
  },
  {
    by: 'chuyenvien.angiang@khuyencong.vn',
    status: 'in_review',
    input: {
      title: 'Thông báo bình chọn sản phẩm công nghiệp nông thôn tiêu biểu tỉnh An Giang',
      category: 'thong-bao',
      tags: ['An Giang', 'bình chọn sản phẩm'],
      summary:
        'Mời các cơ sở công nghiệp nông thôn trên địa bàn tỉnh đăng ký tham gia bình chọn sản phẩm tiêu biểu cấp tỉnh.',
      bodyHtml: p(
        'Sở Công Thương An Giang thông báo kế hoạch bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh; hồ sơ gửi về Trung tâm Khuyến công tỉnh.',
      ),
    },
  },
];

/** The events listed at the end of the source article, published on 24/07/2019 as the portal shows them. */
export function seedEvents(year: number): Seed<EventCreateInput>[] {
  const next = year + 1;
  const listed = (title: string, input: Omit<EventCreateInput, 'title'>): Seed<EventCreateInput> => ({
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2019-07-24T08:00:00+07:00',
    input: { title, ...input },
  });
  return [
    listed('KẾ HOẠCH Tổ chức Hội nghị giao thương quốc tế - Kết nối, nâng tầm cà phê Việt', {
      eventKind: 'trade_conference',
      startsOn: '2019-09-19',
      endsOn: '2019-09-19',
      place: 'Thành phố Buôn Ma Thuột, tỉnh Đắk Lắk',
      organiser: 'Cục Công Thương địa phương',
      registrationMode: 'none',
      tags: ['cà phê', 'giao thương'],
      summary: 'Hội nghị kết nối doanh nghiệp, hợp tác xã cà phê với nhà nhập khẩu và hệ thống phân phối.',
    }),
    listed('MỜI THAM GIA HỘI CHỢ FESTIVAL HOA ĐÀ LẠT NĂM 2024', {
      eventKind: 'fair',
      startsOn: '2024-12-12',
      endsOn: '2024-12-16',
      place: 'Thành phố Đà Lạt, tỉnh Lâm Đồng',
      organiser: 'UBND tỉnh Lâm Đồng',
      registrationMode: 'none',
      tags: ['hội chợ', 'hoa'],
    }),
    listed('Mời tham gia Đoàn giao dịch thương mại và đầu tư tại Cộng hoà Ba Lan, Cộng hoà Séc và Thụy Sỹ', {
      eventKind: 'trade_mission',
      startsOn: '2019-10-07',
      endsOn: '2019-10-16',
      place: 'Warszawa, Praha, Zürich',
      organiser: 'Cục Công Thương địa phương',
      registrationMode: 'none',
      tags: ['xúc tiến thương mại', 'châu Âu'],
    }),
    listed(
      'Triển lãm và Hội thảo quốc tế lần thứ 7 về công nghệ sản xuất và chế biến Rau, Hoa, Quả HORTEX VIETNAM 2025',
      {
        eventKind: 'exhibition',
        startsOn: '2025-03-12',
        endsOn: '2025-03-14',
        place: 'Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), Thành phố Hồ Chí Minh',
        organiser: 'Bộ Nông nghiệp và Phát triển nông thôn',
        registrationMode: 'none',
        tags: ['triển lãm', 'rau hoa quả'],
      },
    ),
    listed('“Hội chợ Triển lãm Xúc tiến Thương mại Vùng Biên giới - Đồng Tháp năm 2024”', {
      eventKind: 'fair',
      startsOn: '2024-11-22',
      endsOn: '2024-11-28',
      place: 'Thành phố Hồng Ngự, tỉnh Đồng Tháp',
      organiser: 'Sở Công Thương Đồng Tháp',
      registrationMode: 'none',
      tags: ['hội chợ', 'vùng biên giới'],
    }),
    {
      by: 'chuyenvien.angiang@khuyencong.vn',
      publishAt: `${year}-11-02T08:00:00+07:00`,
      input: {
        title: `Hội chợ Công nghiệp nông thôn tiêu biểu khu vực phía Nam năm ${next}`,
        eventKind: 'fair',
        startsOn: `${next}-04-15`,
        endsOn: `${next}-04-19`,
        place: 'Quảng trường Long Xuyên, tỉnh An Giang',
        organiser: 'Sở Công Thương An Giang',
        registrationMode: 'form',
        registrationDeadline: `${next}-03-31`,
        tags: ['hội chợ', 'sản phẩm tiêu biểu', 'An Giang'],
        summary:
          'Gian hàng miễn phí cho cơ sở công nghiệp nông thôn có sản phẩm tiêu biểu; đăng ký trực tuyến trên cổng thông tin.',
        bodyHtml: p(
          'Hội chợ dành 150 gian hàng cho cơ sở công nghiệp nông thôn các tỉnh phía Nam. Cơ sở đăng ký trên cổng thông tin trước hạn; Ban tổ chức xếp gian hàng theo nhóm sản phẩm.',
        ),
      },
    },
    {
      by: 'chuyenvien.hanoi@khuyencong.vn',
      publishAt: `${year}-11-05T08:00:00+07:00`,
      input: {
        title: `Tập huấn thiết kế bao bì và thương hiệu cho sản phẩm thủ công mỹ nghệ năm ${next}`,
        eventKind: 'training',
        startsOn: `${next}-02-24`,
        endsOn: `${next}-02-26`,
        place: 'Trung tâm Khuyến công Hà Nội',
        organiser: 'Trung tâm Khuyến công Hà Nội',
        registrationMode: 'link',
        registrationUrl: 'https://example.com/dang-ky-tap-huan',
        tags: ['đào tạo', 'thủ công mỹ nghệ'],
      },
    },
  ];
}

export const seedDocuments: Seed<DocumentCreateInput>[] = [
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2019-05-16T08:00:00+07:00',
    input: {
      title: 'Về việc thực hiện kế hoạch KCQG năm 2019 và xây dựng kế hoạch kinh phí khuyến công năm 2020',
      docNumber: '382/CTĐP-QLKC',
      docKind: 'cong_van',
      issuer: 'Cục Công Thương địa phương',
      issuedOn: '2019-05-15',
      summary:
        'Hướng dẫn các Sở Công Thương và đơn vị thực hiện xây dựng kế hoạch kinh phí khuyến công quốc gia năm 2020.',
    },
  },
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2012-05-22T08:00:00+07:00',
    input: {
      title: 'Nghị định về khuyến công',
      docNumber: '45/2012/NĐ-CP',
      docKind: 'nghi_dinh',
      issuer: 'Chính phủ',
      issuedOn: '2012-05-21',
      effectiveFrom: '2012-07-05',
      summary:
        'Quy định hoạt động khuyến công, chương trình khuyến công và kinh phí khuyến công; thay thế Nghị định 134/2004/NĐ-CP.',
    },
  },
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2025-08-28T08:00:00+07:00',
    input: {
      title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP về khuyến công',
      docNumber: '235/2025/NĐ-CP',
      docKind: 'nghi_dinh',
      issuer: 'Chính phủ',
      issuedOn: '2025-08-27',
      effectiveFrom: '2025-10-15',
      summary:
        'Mở rộng đối tượng thụ hưởng; chương trình khuyến công quốc gia do Bộ Công Thương phê duyệt; bổ sung chuyển đổi số, sản xuất và tiêu dùng bền vững.',
    },
  },
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2025-09-24T08:00:00+07:00',
    input: {
      title: 'Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026–2030',
      docNumber: '2646/QĐ-BCT',
      docKind: 'quyet_dinh',
      issuer: 'Bộ Công Thương',
      issuedOn: '2025-09-23',
      effectiveFrom: '2025-09-23',
    },
  },
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2018-03-29T08:00:00+07:00',
    input: {
      title: 'Hướng dẫn lập, quản lý và sử dụng kinh phí khuyến công',
      docNumber: '28/2018/TT-BTC',
      docKind: 'thong_tu',
      issuer: 'Bộ Tài chính',
      issuedOn: '2018-03-28',
      effectiveFrom: '2018-05-11',
      summary: 'Được sửa đổi, bổ sung bởi Thông tư 64/2024/TT-BTC ngày 28/8/2024.',
    },
  },
];

export const seedPages: Seed<PageCreateInput>[] = [
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2019-01-01T08:00:00+07:00',
    input: {
      title: 'Giới thiệu',
      slug: 'gioi-thieu',
      summary: 'Cổng thông tin của chương trình khuyến công quốc gia và địa phương.',
      bodyHtml: `${p(
        'Khuyến công là hoạt động hỗ trợ các tổ chức, cá nhân đầu tư sản xuất công nghiệp nông thôn: đào tạo nghề, nâng cao năng lực quản lý, xây dựng mô hình trình diễn kỹ thuật, ứng dụng máy móc tiên tiến, hỗ trợ hội chợ, triển lãm, bình chọn sản phẩm tiêu biểu và tư vấn.',
        'Cổng thông tin do Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (Bộ Công Thương) và các Sở Công Thương cùng cập nhật: tin tức, sự kiện, văn bản và số liệu công khai của chương trình.',
      )}`,
    },
  },
  {
    by: 'chuyenvien.cuc@khuyencong.vn',
    publishAt: '2019-01-01T08:00:00+07:00',
    input: {
      title: 'Liên hệ',
      slug: 'lien-he',
      bodyHtml: `${p('<strong>Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công — Bộ Công Thương</strong>')}
<ul><li>Địa chỉ: trụ sở Bộ Công Thương, 54 Hai Bà Trưng, Hà Nội</li></ul>
${p('Các Sở Công Thương và Trung tâm Khuyến công tỉnh, thành phố tiếp nhận hồ sơ đề nghị hỗ trợ của cơ sở công nghiệp nông thôn trên địa bàn.')}`,
    },
  },
];
