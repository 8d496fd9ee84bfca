"""Vietnamese catalog: what a clerk reads in the commit window."""

WORDS = {
    "error": "lỗi",
    "warning": "cảnh báo",
    "fix": "Cách sửa",
    "summary": "Đã kiểm tra {checked} tệp: {errors} lỗi, {warnings} cảnh báo.",
    "clean": "Đã kiểm tra {checked} tệp: không có lỗi.",
    "text": "chữ",
    "integer": "số nguyên",
    "number": "số",
    "boolean": "true hoặc false",
    "list": "danh sách",
    "mapping": "nhóm trường (tên: giá trị)",
    "null": "để trống",
    "empty": "tệp trống",
    "date": "ngày NĂM-THÁNG-NGÀY",
    "time": "giờ \"GIỜ:PHÚT\"",
    "id": "mã (chữ thường không dấu, số, gạch ngang)",
    "card": "số thẻ (chỉ gồm chữ số, trong ngoặc kép)",
    "owner": "tài khoản bắt đầu bằng @",
    "regular": "thường kỳ",
    "thematic": "chuyên đề",
    "committee": "họp chi ủy",
    "combined": "thường kỳ kết hợp chuyên đề",
    "extraordinary": "bất thường",
    "members": "danh sách đảng viên (members.yaml)",
    "minutes": "biên bản",
    "UTF-16": "UTF-16",
    "?": "không phải UTF-8",
}

MESSAGES = {
    "parse.encoding": (
        "Tệp không đọc được dưới dạng UTF-8 ({encoding}).",
        "Mở tệp bằng VS Code hoặc Notepad, chọn Lưu với mã hóa UTF-8 rồi lưu lại."),
    "parse.bom": (
        "Tệp có ký tự BOM ở đầu (thường do Notepad trên Windows thêm vào).",
        "Chạy `tools fix` hoặc lưu lại tệp với mã hóa \"UTF-8\" (không có BOM)."),
    "parse.not-nfc": (
        "Chữ tiếng Việt trong tệp không ở dạng dựng sẵn (NFC), thường do máy Mac ghi.",
        "Chạy `tools fix` để chuẩn hóa, hoặc gõ lại dòng này trên máy Windows."),
    "parse.no-front-matter": (
        "Biên bản thiếu phần thông tin ở đầu tệp, nằm giữa hai dòng ---.",
        "Dòng đầu tiên của tệp phải là ---, tiếp theo là các trường thông tin, rồi một dòng --- "
        "nữa trước phần nội dung."),
    "parse.yaml": (
        "Sai cú pháp YAML: {detail}.",
        "Kiểm tra dòng này và dòng ngay trên: dấu hai chấm sau tên trường, thụt lề bằng dấu cách "
        "(không dùng Tab), ngoặc và dấu nháy phải đóng đủ."),
    "parse.duplicate-key": (
        "Trường \"{key}\" được ghi hai lần.",
        "Giữ lại một dòng \"{key}\" và xóa dòng còn lại."),
    "parse.alias": (
        "Tệp dùng ký hiệu YAML đặc biệt (&, * hoặc !) mà hồ sơ không cho phép.",
        "Viết đầy đủ giá trị thay cho ký hiệu &, * hoặc !."),
    "parse.too-large": (
        "Tệp quá lớn ({size} byte, tối đa {limit} byte).",
        "Biên bản chỉ ghi chữ; không dán ảnh hay tài liệu đính kèm vào tệp."),
    "parse.not-mapping": (
        "Nội dung không phải danh sách các trường dạng \"tên: giá trị\" (đang là: {got}).",
        "Mỗi dòng ghi một trường: tên trường, dấu hai chấm, giá trị. Xem tệp mẫu trong "
        "hướng dẫn."),
    "schema.required": (
        "Thiếu trường {field}[[ ({label})]].",
        "Thêm dòng \"{field}: ...\" với giá trị phù hợp."),
    "schema.type": (
        "Trường {field}[[ ({label})]] phải là {expected}, đang là {got}.",
        "Sửa giá trị cho đúng kiểu: {expected}. Giờ và số thẻ đặt trong ngoặc kép."),
    "schema.enum": (
        "Giá trị \"{value}\" của trường {field}[[ ({label})]] không hợp lệ.",
        "Dùng một trong các giá trị: {allowed}. Gần nhất: \"{closest}\"."),
    "schema.format": (
        "Giá trị \"{value}\" của trường {field}[[ ({label})]] sai dạng: cần {format}.",
        "Viết lại theo dạng {format}, ví dụ ngày 2025-03-05, giờ \"07:30\", mã dinh-van-hung."),
    "schema.unknown-field": (
        "Trường {field} không có trong mẫu hồ sơ.",
        "Sửa tên trường cho đúng[[ (có phải \"{closest}\"?)]] hoặc xóa dòng này."),
    "schema.invalid": (
        "Giá trị của trường {field}[[ ({label})]] không đạt điều kiện {rule}: {limit}.",
        "Sửa giá trị theo điều kiện {rule}: {limit}."),
    "layout.file-name": (
        "Tên tệp biên bản không đúng mẫu minutes/NĂM/NĂM-THÁNG-NGÀY-loại.md.",
        "Đổi tên tệp, ví dụ minutes/2025/2025-03-05-regular.md; loại là một trong: {kinds}."),
    "layout.date-mismatch": (
        "Trường {field} là \"{value}\" nhưng tên tệp ghi \"{name}\" (thư mục năm {year}).",
        "Sửa {field} hoặc đổi tên tệp, thư mục năm cho khớp nhau."),
    "layout.no-unit": (
        "Thư mục này có hồ sơ nhưng không có tệp unit.yaml.",
        "Thêm tệp unit.yaml (tên, loại tổ chức) vào thư mục, hoặc chuyển hồ sơ về đúng thư mục "
        "chi bộ."),
    "layout.minutes-outside-cell": (
        "Tệp {file} nằm trong thư mục của một đảng bộ, không phải chi bộ.",
        "Chuyển tệp vào thư mục của chi bộ (unit.yaml có kind: cell)."),
    "layout.cell-has-children": (
        "Chi bộ {cell} chứa một tổ chức khác bên trong.",
        "Chi bộ không có tổ chức trực thuộc: chuyển thư mục này ra ngoài, ngang hàng với chi bộ."),
    "layout.unexpected-file": (
        "Tệp này không thuộc hồ sơ chi bộ.",
        "Xóa tệp hoặc chuyển ra ngoài thư mục records/; biên bản phải là tệp .md trong "
        "minutes/NĂM/."),
    "layout.symlink": (
        "Đây là liên kết tắt (symlink) tới {target}, không phải tệp thật.",
        "Thay liên kết bằng tệp thật, hoặc xóa nó."),
    "unit.secretary-not-member": (
        "Bí thư \"{member}\" không phải đảng viên đang sinh hoạt trong {roster}.",
        "Sửa trường secretary (Bí thư chi bộ) thành mã đúng trong danh sách đảng viên."),
    "unit.too-few-members": (
        "Chi bộ chỉ có {full} đảng viên chính thức (tối thiểu {minimum}, Điều lệ Đảng Điều 21).",
        "Báo cáo cấp ủy cấp trên để kiện toàn hoặc ghép chi bộ."),
    "unit.committee-expected": (
        "Chi bộ có {full} đảng viên chính thức (từ {threshold} trở lên) nhưng chưa có chi ủy.",
        "Nếu chi bộ đã bầu chi ủy, ghi has_committee: true và danh sách committee_members."),
    "unit.committee-not-member": (
        "\"{member}\" trong trường {field} không phải đảng viên đang sinh hoạt trong {roster}.",
        "Sửa mã cho đúng danh sách đảng viên, hoặc bỏ người đã chuyển đi."),
    "roster.duplicate-id": (
        "Mã đảng viên \"{member}\" xuất hiện hai lần trong danh sách.",
        "Mỗi đảng viên một mã riêng: thêm chữ số vào mã trùng, ví dụ {member}-2."),
    "roster.duplicate-card": (
        "Số thẻ {card} của \"{member}\" cũng đang sinh hoạt ở {other_path} (\"{other_member}\") "
        "cùng thời gian.",
        "Kiểm tra số thẻ; nếu đảng viên đã chuyển đi, ghi ngày left và left_reason: transfer ở "
        "chi bộ cũ."),
    "roster.dates": (
        "Đảng viên \"{member}\": {field} ({value}) trước {other} ({other_value}).",
        "Sửa lại ngày cho đúng thứ tự: vào Đảng, chính thức, về chi bộ, rời chi bộ."),
    "roster.probation-overdue": (
        "Đảng viên {name} ({member}) vào Đảng ngày {admitted}, đã quá {months} tháng dự bị mà "
        "chưa có ngày chính thức.",
        "Ghi full_since nếu đã được công nhận chính thức; nếu chưa, báo cáo cấp ủy để xét."),
    "minutes.unknown-member": (
        "Mã \"{member}\" không có trong danh sách đảng viên {roster}.",
        "Sửa mã cho đúng như trong members.yaml (kiểm tra chính tả), hoặc thêm đảng viên vào "
        "danh sách."),
    "minutes.not-in-cell": (
        "{name} ({member}) không sinh hoạt ở chi bộ vào ngày {date} (về chi bộ: {joined}; "
        "rời: {left}).",
        "Xóa mã này khỏi biên bản, hoặc sửa ngày joined/left trong members.yaml."),
    "minutes.attendance-missing": (
        "Đảng viên {name} ({member}) phải dự họp nhưng không có trong danh sách có mặt hay "
        "vắng.",
        "Thêm \"{member}\" vào present, absent_excused (kèm lý do) hoặc absent_unexcused."),
    "minutes.attendance-duplicate": (
        "Đảng viên \"{member}\" được ghi nhiều lần (lần sau ở {field}).",
        "Mỗi đảng viên chỉ ghi một lần: có mặt, vắng có lý do hoặc vắng không lý do."),
    "minutes.chair-not-present": (
        "Người chủ trì \"{member}\" không có trong danh sách có mặt.",
        "Thêm \"{member}\" vào present hoặc sửa trường chair."),
    "minutes.secretary-not-present": (
        "Thư ký \"{member}\" không có trong danh sách có mặt.",
        "Thêm \"{member}\" vào present hoặc sửa trường secretary."),
    "minutes.speaker-not-present": (
        "\"{member}\" phát biểu nhưng không có trong danh sách có mặt.",
        "Thêm \"{member}\" vào present hoặc bỏ khỏi speakers."),
    "minutes.time-order": (
        "Giờ kết thúc {end} không sau giờ bắt đầu {start}.",
        "Sửa start/end theo giờ 24, ví dụ start: \"14:00\", end: \"16:00\"."),
    "minutes.too-short": (
        "Buổi sinh hoạt chỉ {minutes} phút, ít hơn {minimum} phút theo {rulebook}.",
        "Kiểm tra lại giờ bắt đầu, kết thúc; nếu đúng, chi bộ cần bảo đảm thời lượng ở buổi sau."),
    "minutes.future-date": (
        "Ngày họp {date} sau ngày hôm nay ({today}).",
        "Sửa ngày họp; chỉ ghi biên bản sau khi đã họp."),
    "minutes.votes-exceed": (
        "Tổng số phiếu {total} nhiều hơn số đảng viên chính thức có mặt ({full_present}).",
        "Đảng viên dự bị không biểu quyết; sửa lại số phiếu tán thành, không tán thành, "
        "không biểu quyết."),
    "minutes.decision-not-passed": (
        "Ghi \"được thông qua\" nhưng chỉ {votes_for} phiếu tán thành trên {eligible} đảng viên "
        "chính thức.",
        "Nghị quyết cần quá nửa số đảng viên chính thức tán thành; sửa số phiếu hoặc ghi "
        "adopted: false."),
    "minutes.topic-missing": (
        "Buổi sinh hoạt {kind} thiếu chủ đề (topic).",
        "Thêm dòng topic: với tên chuyên đề."),
    "minutes.missing-section": (
        "Biên bản {kind} thiếu phần \"{section}\".",
        "Thêm đề mục \"## {section}\" vào phần nội dung biên bản, trước dòng này."),
    "minutes.section-order": (
        "Phần \"{section}\" không đúng thứ tự.",
        "Sắp xếp các phần theo thứ tự: {order}."),
    "minutes.duplicate": (
        "Biên bản này trùng ngày, loại và giờ bắt đầu với {other}.",
        "Nếu là bản sao, xóa tệp này; nếu là buổi họp khác, sửa giờ bắt đầu cho đúng."),
    "minutes.unexcused-absence": (
        "Đảng viên \"{member}\" vắng không lý do.",
        "Không cần sửa nếu đúng; chi bộ nhắc nhở đảng viên (buổi họp không đạt loại tốt)."),
    "minutes.not-adopted": (
        "Biên bản chưa ghi đã được thông qua (minutes_adopted).",
        "Sau khi đọc và thông qua biên bản trước khi bế mạc, ghi minutes_adopted: true."),
    "minutes.copy-of-previous": (
        "Nội dung biên bản giống {percent}% biên bản trước ({previous}).",
        "Ghi đúng nội dung đã bàn ở buổi họp này, không sao chép biên bản cũ."),
}

SUMMARY = {
    "title": "Tổng hợp: {who}, từ {start} đến {end}",
    "structure": "Tổ chức và đảng viên (tại ngày {end})",
    "committees": "Theo đảng bộ",
    "cells": "Theo chi bộ",
    "meetings": "Sinh hoạt",
    "attendance": "Dự họp",
    "members": "Đảng viên cần chi bộ xem xét",
    "visits": "Cấp trên dự sinh hoạt",
    "decisions": "Biểu quyết",
    "ratings": "Xếp loại chất lượng",
    "data_quality": "Chất lượng dữ liệu",
    "findings": "Phát hiện",
    "item": "Chỉ tiêu",
    "value": "Số liệu",
    "grassroots_organizations": "Tổ chức cơ sở đảng",
    "grassroots_committees": "Đảng bộ cơ sở",
    "grassroots_cells": "Chi bộ cơ sở",
    "subordinate_cells": "Chi bộ trực thuộc đảng ủy cơ sở",
    "cells_total": "Tổng số chi bộ",
    "members_total": "Đảng viên",
    "full_members": "Đảng viên chính thức",
    "probationary_members": "Đảng viên dự bị",
    "village_cells": "Chi bộ thôn, làng, tổ dân phố",
    "village_cells_with_committee": "Chi bộ thôn, làng, tổ dân phố có cấp ủy",
    "village_secretaries_heads": "Bí thư chi bộ kiêm trưởng thôn, làng, tổ dân phố",
    "village_secretaries_heads_pct": "Tỷ lệ bí thư kiêm trưởng thôn (%)",
    "meetings_total": "Số buổi sinh hoạt",
    "regular": "Thường kỳ",
    "thematic": "Chuyên đề",
    "committee": "Họp chi ủy",
    "extraordinary": "Bất thường",
    "combined": "Thường kỳ kết hợp chuyên đề",
    "regular_months": "Tháng có sinh hoạt thường kỳ",
    "regular_compliance_pct": "Tỷ lệ tháng có sinh hoạt thường kỳ (%)",
    "thematic_quarters": "Quý có sinh hoạt chuyên đề",
    "thematic_compliance_pct": "Tỷ lệ quý có sinh hoạt chuyên đề (%)",
    "average_minutes": "Thời lượng trung bình (phút)",
    "expected": "Lượt phải dự",
    "present": "Lượt có mặt",
    "rate_pct": "Tỷ lệ dự họp (%)",
    "unexcused_absences": "Lượt vắng không lý do",
    "excused_absences": "Lượt vắng có lý do",
    "participation_pct": "Tỷ lệ phát biểu trên số có mặt (%)",
    "members_with_tasks": "Đảng viên được phân công nhiệm vụ",
    "unit": "Đơn vị",
    "cell": "Chi bộ",
    "member": "Đảng viên",
    "year": "Năm",
    "count": "Số lần",
    "dates": "Ngày",
    "reason": "Lý do",
    "removal": "vắng không lý do trong nhiều tháng: xem xét xóa tên",
    "streak": "vắng có lý do nhiều buổi liên tiếp",
    "level": "Cấp",
    "never_visited": "Chi bộ chưa có cấp trên dự",
    "adopted": "Được thông qua",
    "rating": "Mức xếp loại",
    "files_checked": "Số tệp đã kiểm tra",
    "errors": "Lỗi",
    "warnings": "Cảnh báo",
    "file_with_errors": "Tệp có lỗi, chưa được tính (chạy tools validate để xem)",
    "code": "Mã",
    "finding": "Nội dung",
    "col_organizations": "TCCS đảng",
    "col_cells": "Chi bộ",
    "col_members": "Đảng viên",
    "col_village_cells": "CB thôn",
    "col_heads_pct": "% BT kiêm TT",
    "col_regular_pct": "% tháng có SH",
    "col_thematic_pct": "% quý có CĐ",
    "col_attendance_pct": "% dự họp",
    "col_regular": "Tháng có SH",
    "col_thematic": "Quý có CĐ",
    "col_unexcused": "Vắng KLD",
    "col_visits": "Cấp trên dự",
    "col_findings": "Phát hiện",
    "central": "Trung ương",
    "province": "Tỉnh",
    "district": "Huyện",
    "commune": "Xã",
    "grassroots": "Cơ sở",
    "excellent": "Hoàn thành xuất sắc nhiệm vụ",
    "good": "Hoàn thành tốt nhiệm vụ",
    "complete": "Hoàn thành nhiệm vụ",
    "incomplete": "Không hoàn thành nhiệm vụ",
    "none": "Không có.",
}

FINDINGS = {
    "cadence.missing-regular": "Tháng {month} không có sinh hoạt thường kỳ.",
    "cadence.missing-thematic": "Quý {quarter} không có sinh hoạt chuyên đề.",
    "members.removal-review": "{who} vắng không lý do trong {months} tháng của năm {year} "
                              "(ngày {dates}): chi bộ phải xem xét xóa tên.",
    "members.excused-streak": "{who} vắng có lý do {count} buổi liên tiếp (ngày {dates}).",
    "attendance.below-target": "Tỷ lệ dự họp {rate}% thấp hơn mục tiêu {target}%.",
    "visits.below-quota": "Cấp {level} dự sinh hoạt {visits} lần, ít hơn định mức {quota}.",
    "cells.no-committee": "Có {full} đảng viên chính thức (từ {threshold} trở lên) nhưng chưa "
                          "có chi ủy.",
}
