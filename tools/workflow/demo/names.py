"""What the demo district is made of: the sizes of the Kbang district report, and the names,
places, topics and tasks its records are written with."""

from __future__ import annotations

import unicodedata

KBANG = {"cells": 236, "committees": 17, "grassroots_cells": 37, "members": 3814,
         "villages": 110, "heads": 86}

COMMUNES = ["Thị trấn Kbang", "Xã Đak Rong", "Xã Sơn Lang", "Xã Krong", "Xã Sơ Pai",
            "Xã Lơ Ku", "Xã Đông", "Xã Nghĩa An", "Xã Tơ Tung", "Xã Kông Lơng Khơng",
            "Xã Kông Bơ La", "Xã Đak HLơ", "Xã Đak Smar", "Xã Kon Pne"]
OTHER_COMMITTEES = ["Công an huyện", "Quân sự huyện", "Công ty TNHH MTV Lâm nghiệp Sơ Pai"]
AGENCIES = ["Văn phòng Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Huyện ủy",
            "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy", "Văn phòng HĐND và UBND huyện",
            "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Nông nghiệp và PTNT",
            "Phòng Tài nguyên và Môi trường", "Phòng Giáo dục và Đào tạo", "Phòng Y tế",
            "Phòng Dân tộc", "Phòng Văn hóa và Thông tin", "Phòng Lao động - TB&XH",
            "Phòng Kinh tế - Hạ tầng", "Thanh tra huyện", "Tòa án nhân dân huyện",
            "Viện Kiểm sát nhân dân huyện", "Chi cục Thi hành án dân sự", "Chi cục Thuế",
            "Kho bạc Nhà nước", "Bảo hiểm xã hội huyện", "Ngân hàng Chính sách xã hội",
            "Trung tâm Y tế huyện", "Trung tâm Văn hóa - Thể thao", "Trường THPT Kbang",
            "Trường THPT Lương Thế Vinh", "Trường Phổ thông DTNT huyện",
            "Trung tâm GDNN - GDTX", "Hạt Kiểm lâm", "Vườn quốc gia Kon Ka Kinh",
            "Ban Quản lý rừng phòng hộ", "Điện lực Kbang", "Ủy ban MTTQ Việt Nam huyện",
            "Huyện đoàn", "Hội Nông dân huyện"]
VILLAGE_PARTS = ["Kon", "Đê", "Tơ", "Đak", "Lơ", "Hra", "Krăp", "Groi", "Bơ", "Ya"]
VILLAGE_NAMES = ["Mông", "Hring", "Lốk", "Bar", "Pơng", "Tung", "Hlang", "Kơ Tu", "Broch",
                 "Sơ Lam", "Jơ Dreh", "Klah", "Đon", "Lok", "Rơng", "Pling", "Kta", "Ktu"]
SUBORDINATE = ["Trường Tiểu học", "Trường THCS", "Trường Mầm non", "Trạm Y tế", "Công an",
               "Quân sự", "Khối Mặt trận và đoàn thể", "Khối cơ quan", "Đội sản xuất",
               "Tổ bảo vệ rừng"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Lan",
         "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trung",
         "Tuấn", "Vân", "Yến"]
HIGHLAND = [("Đinh Văn", ["Hùng", "Nhứ", "Ken", "Phin", "Thuân", "Blưu", "Hlip", "Thơm"]),
            ("Đinh Thị", ["Hiên", "Bul", "Ngưm", "Hới", "Lăm", "Tih"]),
            ("Rơ Châm", ["Thị Hoa", "Blưu", "Phăm", "H'Luih"]),
            ("Rơ Mah", ["Blưu", "Thơm", "H'Yer", "Tuih"]), ("Ksor", ["H'Nhi", "Phun", "Kơl"]),
            ("Siu", ["Thu", "H'Ngưm", "Pran"]), ("Y", ["Brốh", "Khim", "Nhiên"])]
REASONS = ["Đi làm ăn xa", "Ốm đau", "Bận việc gia đình", "Đi công tác", "Đi học tập trung",
           "Chăm người nhà nằm viện"]
TOPICS = ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu "
          "gương (Chỉ thị 05-CT/TW)",
          "Giải pháp hạn chế tín dụng đen trong đồng bào dân tộc thiểu số",
          "Nâng cao chất lượng sinh hoạt chi bộ ở làng đặc biệt khó khăn",
          "Phòng chống cháy rừng mùa khô và bảo vệ rừng đầu nguồn",
          "Xây dựng phong cách, tác phong người đứng đầu theo phong cách Hồ Chí Minh",
          "Chuyển đổi cây trồng, trồng cà phê xen canh trên đất dốc"]
# the month's work a cell reviews and assigns, by the cell's type: a village cell's tasks are
# not a school's
WORK = {
    "village": ["thu hoạch cà phê", "chăm sóc mì (sắn)", "làm cỏ lúa nước",
                "phòng chống cháy rừng", "vận động học sinh ra lớp", "tiêm phòng cho gia súc",
                "sửa đường liên thôn", "thu nộp đảng phí", "vệ sinh môi trường",
                "phòng chống lũ quét", "đăng ký mô hình nuôi bò", "trồng rừng sản xuất",
                "rà soát hộ nghèo", "làm nhà văn hóa"],
    "residential": ["vệ sinh đường phố", "rà soát hộ nghèo", "thu nộp đảng phí",
                    "vận động đóng góp quỹ khuyến học", "phòng chống dịch sốt xuất huyết",
                    "tuần tra an ninh tổ dân phố", "hòa giải mâu thuẫn trong khu dân cư",
                    "vận động người dân cài ứng dụng định danh điện tử",
                    "lắp đèn chiếu sáng ngõ xóm", "đăng ký gia đình văn hóa"],
    "education": ["ôn tập cho học sinh cuối cấp", "bồi dưỡng học sinh giỏi",
                  "phụ đạo học sinh yếu", "vận động học sinh bỏ học trở lại lớp",
                  "soạn đề kiểm tra giữa kỳ", "dự giờ đồng nghiệp", "thu nộp đảng phí",
                  "chuẩn bị khai giảng năm học mới", "tu sửa phòng học",
                  "họp phụ huynh học sinh"],
    "armed-forces": ["tuần tra kiểm soát địa bàn", "huấn luyện điều lệnh",
                     "trực sẵn sàng chiến đấu", "tuyên truyền luật nghĩa vụ quân sự",
                     "thu nộp đảng phí", "giúp dân phòng chống lũ quét",
                     "rà soát thanh niên trong độ tuổi nhập ngũ", "giữ gìn an ninh dịp lễ, Tết"],
    "agency": ["giải quyết hồ sơ đúng hạn", "cải cách thủ tục hành chính",
               "số hóa hồ sơ lưu trữ", "thu nộp đảng phí", "tiếp công dân định kỳ",
               "tham mưu báo cáo sơ kết", "kiểm tra việc thực hiện quy chế dân chủ",
               "chuẩn bị hội nghị cán bộ, công chức"],
    "public-service": ["khám bệnh cho người dân vùng sâu", "tiêm chủng mở rộng",
                       "tuần tra bảo vệ rừng", "tổ chức hoạt động văn hóa, thể thao",
                       "thu nộp đảng phí", "cải tiến quy trình phục vụ người dân",
                       "kiểm kê tài sản", "đào tạo nghề cho lao động nông thôn"],
    "state-enterprise": ["tuần tra bảo vệ rừng", "trồng rừng sản xuất",
                         "khai thác gỗ đúng kế hoạch", "phòng chống cháy rừng",
                         "thu nộp đảng phí", "bảo dưỡng máy móc",
                         "bảo đảm an toàn lao động", "giao khoán bảo vệ rừng cho hộ dân"],
}
# superior visits, as the chance that a meeting has one, by the visitor's level: the grassroots
# committee member who follows a subordinate cell comes often, a district member about once a
# year, a provincial member a few times a year in the whole district
VISITS = {"subordinate": (("grassroots", 0.25), ("district", 0.06), ("province", 0.003)),
          "grassroots": (("district", 0.15), ("province", 0.006))}
AWAY = ["Học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh",
        "Đi làm việc theo hợp đồng ở tỉnh khác, sinh hoạt tạm thời tại nơi làm việc",
        "Đi học đại học hệ tập trung"]
TEMPORARY = "Sinh hoạt tạm thời (đang công tác, làm việc trên địa bàn)"


def slug(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    ascii_ = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_).split())
