import { memoize } from "./normalize";

/**
 * Frequent syllables of Vietnamese names and of the words an emulation register holds (units,
 * positions, titles, ratings). Two legacy decodings of one cell can both give well-formed
 * syllables ("Leâ Thò" reads as VNI "Lê Thị" and as TCVN3 "Leõ Thũ"); the one that gives
 * common syllables is the right one.
 */
const WORDS = `
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào đoàn lương
trịnh mai cao lâm tạ tô hà chu triệu thái quách la kiều vương từ mạc lưu khổng tăng lại
văn thị thu minh ngọc quốc thanh hồng xuân đức hữu công quang hoài hải thành trung kim bảo
thùy thuỳ phương anh tuấn hùng dũng hương lan hoa hằng hạnh hiền hiếu hòa hoà huệ hưng
huy khánh khoa kiên lam linh loan long mạnh my mỹ nam nga ngân nghĩa nhung oanh phong phúc
phụng quân quyên quỳnh sơn tâm tân thảo thắng thiện thịnh thơ thủy thuỷ tiến toàn trang
trâm trí trinh trọng trúc tú tuệ tùng tuyết uyên vân việt vinh yến an ánh bình chi cường
diệp dung duy giang hạ hào hiệp hiển hoàn hường khải khang lộc lợi luân mai my nhân nhi
ninh phát quý sang sáng sinh tài thái thanh thảo thông thuận tình toản trâm tuyền vy
xuân yên đạt điệp định đông hậu hiên hiếu hợp hướng khôi lực mẫn nhật nhàn phước quyết
sâm tấn thạch thu thư tín tuân tường ước vĩnh vượng ý
phòng ban sở khoa học kỹ kĩ thuật công nghệ kế hoạch tài chính tổ chức hành văn thanh tra
trung tâm chi cục đoàn niên tiêu chuẩn đo lường chất lượng ứng dụng tiến bộ thông tin
quản lý chuyên ngành sở hữu trí tuệ bức xạ hạt nhân an toàn đánh giá thẩm định dịch vụ
phát triển nghiên cứu sáng kiến đề tài giải pháp cơ sở tỉnh toàn quốc cấp huyện xã
lao động tiên tiến xuất sắc tập thể chiến sĩ thi đua cờ giấy khen bằng của chủ tịch ủy
uỷ nhân dân bộ trưởng thủ tướng chính phủ giám đốc phó trưởng chánh viên chuyên kế toán
thủ quỹ văn thư lái xe bảo vệ tạp nhân viên hợp đồng kiêm nhiệm hoàn thành tốt nhiệm vụ
không có nữ khiển trách cảnh cáo hạ bậc lương giáng cách buộc thôi việc ghi chú số ngày
tháng năm quyết định đăng ký hình thức danh hiệu đối tượng tên mã loại thứ tự điểm tối đa
tự chấm hội đồng minh chứng nội dung cộng thưởng trừ thực hiện xây dựng kỷ cương công tác
phong trào đẩy mạnh cải cách đổi mới chuyển số hóa hoá hồ sơ báo cáo tham mưu văn bản
việt tĩnh nội hà huế sài gòn đà nẵng nghệ an thanh hoá hóa
`;

/** Lower-case NFC syllables. */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.normalize("NFC"))
);

/** True when the word (any case) is one of the frequent syllables. */
export function isCommonSyllable(word: string): boolean {
  return memoCommon(word);
}

// Remembered per word, like isVietnameseSyllable: no NFC and lower-casing of the same word again.
const memoCommon = memoize((word: string) =>
  COMMON_SYLLABLES.has(word.normalize("NFC").toLowerCase())
);
