/**
 * Each condition in words, as docs/rulebook.md prints it (a Vietnamese document, issue 8 item 6):
 * rule data, kept apart from the code that evaluates the condition.
 */
export const CONDITION_DESCRIPTIONS = {
  initiative:
    "Có sáng kiến/đề tài được công nhận (có số quyết định và ngày công nhận; theo phạm vi ảnh hưởng, năm công nhận và loại)",
  "members-title-share": "Tỷ lệ cá nhân trong tập thể đạt danh hiệu trong năm xét",
  "members-min-rating": "Mọi cá nhân trong tập thể được xếp loại từ mức đã định trở lên",
  "members-title-count": "Số cá nhân trong tập thể đạt danh hiệu trong năm xét",
  "no-member-discipline-from":
    "Không có cá nhân trong tập thể bị kỷ luật từ hình thức đã định trở lên",
  "ranked-first": "Tập thể dẫn đầu (xếp hạng 1) theo điểm Hội đồng chấm",
  "bloc-leader":
    "Tập thể dẫn đầu cụm, khối thi đua do tỉnh tổ chức (Xếp hạng trong khối = 1, theo kết quả bình xét của khối)",
  "rating-in": "Xếp loại chất lượng năm xét thuộc các mức được chấp nhận",
  "rating-each-year":
    "Mỗi năm trong khoảng liên tục đến năm xét đều đạt mức xếp loại (hoặc danh hiệu) yêu cầu",
  "min-months-worked":
    "Số tháng công tác trong năm không dưới mức tối thiểu (thời gian nghỉ thai sản được tính)",
  "no-discipline-from": "Không bị kỷ luật trong năm từ hình thức đã định trở lên",
  "title-this-year": "Đạt danh hiệu thấp hơn trong năm xét (được đề nghị trong lần xét này)",
  "title-streak": "Đạt danh hiệu trong số năm liên tục kết thúc ở năm xét",
  "title-count-in-window": "Số lần đạt danh hiệu/hình thức trong khoảng năm kết thúc ở năm xét",
  "consecutive-awards":
    "Số lần liên tục được tặng danh hiệu (hai lần liền kề cách nhau không quá số năm của chu kỳ)",
  "award-before": "Đã được tặng hình thức khen thưởng trước khoảng năm xét",
  "consecutive-periods":
    "Số lần liên tục được tặng danh hiệu, tính theo thời kỳ thành tích nối tiếp nhau (lần sau bắt đầu ngay năm sau khi lần trước kết thúc)",
} as const;
