"""Vietnamese catalog: what a clerk reads in the commit window."""

WORDS = {
    "error": "lỗi",
    "warning": "cảnh báo",
    "fix": "Cách sửa",
    "summary": "Đã kiểm tra {checked} tệp: {errors} lỗi, {warnings} cảnh báo.",
    "clean": "Đã kiểm tra {checked} tệp: không có lỗi.",
    "nothing-staged": "Không có thay đổi nào trong records/ được đưa vào commit. Muốn kiểm tra "
                      "toàn bộ hồ sơ: pre-commit run --hook-stage manual check-all-records",
    # value types (schema.type)
    "text": "chữ",
    "integer": "số nguyên",
    "number": "số",
    "boolean": "true hoặc false",
    "list": "danh sách",
    "mapping": "nhóm trường (tên: giá trị)",
    "null": "giá trị trống",
    "empty": "tệp trống",
    # formats (schema.format)
    "date": "ngày NĂM-THÁNG-NGÀY có thật, ví dụ 2025-03-05",
    "time": "giờ \"GIỜ:PHÚT\" theo 24 giờ, trong ngoặc kép thẳng, ví dụ \"07:30\"",
    "id": "mã chữ thường không dấu nối bằng gạch ngang, ví dụ dinh-van-hung",
    "card": "số thẻ chỉ gồm chữ số, trong ngoặc kép, ví dụ \"52012345\"",
    "owner": "tài khoản bắt đầu bằng @, ví dụ \"@van-thu-chi-bo\"",
    # schema rules (schema.invalid)
    "minItems": "phải có số mục ít nhất là",
    "minLength": "không được để trống; độ dài ít nhất",
    "minimum": "không được nhỏ hơn",
    "maximum": "không được lớn hơn",
    # meeting kinds
    "regular": "thường kỳ",
    "thematic": "chuyên đề",
    "committee": "họp chi ủy",
    "combined": "thường kỳ có kết hợp chuyên đề",
    "extraordinary": "bất thường",
    # files and lists
    "members": "danh sách đảng viên (members.yaml)",
    "unit": "thông tin tổ chức (unit.yaml)",
    "ratings": "xếp loại (ratings.yaml)",
    "dues": "đảng phí chưa đóng (dues/NĂM.yaml)",
    "other": "tệp khác",
    "minutes": "biên bản",
    "present": "present (Có mặt)",
    "absent_excused": "absent_excused (Vắng có lý do)",
    "absent_unexcused": "absent_unexcused (Vắng không lý do)",
    # roster dates (roster.dates)
    "admitted": "admitted (Ngày vào Đảng)",
    "full_since": "full_since (Ngày chính thức)",
    "joined": "joined (Ngày về chi bộ)",
    "left": "left (Ngày rời chi bộ)",
    "exempt.from": "from (Miễn từ ngày)",
    "exempt.to": "to (Miễn đến ngày)",
    # layout.date-mismatch
    "date-name": "Ngày họp khác ngày trong tên tệp",
    "year-folder": "Ngày họp không thuộc thư mục năm",
    "kind-name": "Loại buổi sinh hoạt khác loại trong tên tệp",
    # encodings (parse.encoding)
    "UTF-16": "UTF-16",
    "?": "mã hóa khác",
    # causes of YAML syntax errors (parse.yaml)
    "yaml-tab": "dòng này thụt lề bằng ký tự Tab; chỉ thụt lề bằng dấu cách",
    "yaml-character": "giá trị bắt đầu bằng ký tự đặc biệt (như @ hoặc `); đặt cả giá trị trong "
                      "ngoặc kép",
    "yaml-escape": "dấu \\ trong ngoặc kép; viết hai dấu \\\\ hoặc dùng ngoặc đơn ' '",
    "yaml-control": "có ký tự ẩn không được phép (thường do dán từ tài liệu khác); gõ lại dòng này",
    "yaml-quote": "dấu ngoặc kép mở mà chưa đóng",
    "yaml-bracket": "dấu ngoặc [ ] hoặc { } mở mà chưa đóng, hoặc thiếu dấu phẩy",
    "yaml-colon": "dấu hai chấm đặt sai chỗ; nếu nội dung có \": \" hãy đặt cả câu trong ngoặc kép",
    "yaml-indent": "thụt lề không thẳng hàng với các dòng cùng cấp",
    "yaml-documents": "có thêm một dòng --- ở giữa phần thông tin",
    "yaml-complex-key": "tên trường không hợp lệ",
    "yaml-other": "cấu trúc không đúng",
    # v2 (issue 9)
    "away.from": "from (Vắng từ ngày)",
    "away.to": "to (Vắng đến ngày)",
    "month-year": "Tháng không thuộc năm của tệp đảng phí",
    "votes-attendance": "danh sách điểm danh của biên bản này đang có lỗi (quên ghi hoặc ghi sai "
                        "mã người dự), nên có thể số có mặt sai chứ không phải số phiếu",
    "votes-count": "chỉ đảng viên chính thức của chi bộ có mặt mới biểu quyết",
    "votes-fix-attendance": "Sửa các lỗi điểm danh của biên bản này trước (thêm người có mặt bị "
                            "quên vào present, sửa mã ghi sai); nếu thông báo này vẫn còn thì mới "
                            "sửa số phiếu.",
    "votes-fix-count": "Đảng viên dự bị và đảng viên sinh hoạt tạm thời không biểu quyết (Điều lệ "
                       "Đảng, Điều 3); sửa lại số phiếu tán thành, không tán thành, không biểu "
                       "quyết.",
    "secretary": "secretary (Bí thư chi bộ)",
    "deputy_secretary": "deputy_secretary (Phó bí thư)",
    "committee_members": "committee_members (Chi ủy viên)",
    # record.changed-without-correction
    "body": "phần nội dung",
    # schema.format: a value pasted from Word
    "word-quotes": "Dấu ngoặc kép ở đây là ngoặc cong của Word (“ ”): gõ lại bằng ngoặc kép "
                   "thẳng \".",
    # a problem's consequences (tools/checking/fold.py) and a roster that could not be used
    "folded": "Lỗi kéo theo, sẽ hết khi sửa lỗi trên: {items}.",
    "folded-line": "{code} (dòng {line})",
    "folded-many": "{count} lỗi ở {files} tệp",
    "github-more": "Còn {count} {severity} khác ở {files} tệp không hiện thành chú thích: xem "
                   "toàn bộ trong nhật ký của bước này.",
    "unchecked": "Chưa đối chiếu được {count} biên bản của chi bộ với danh sách đảng viên; "
                 "sửa lỗi này rồi kiểm tra lại.",
}

MESSAGES = {
    "parse.encoding": (
        "Tệp không ở mã hóa UTF-8 nên không đọc được (đang là: {encoding}).",
        "VS Code: bấm tên mã hóa ở thanh trạng thái, chọn Save with Encoding, chọn UTF-8. "
        "Notepad: File, Save As, Encoding: UTF-8."),
    "parse.unreadable": (
        "Không đọc được tệp ({reason}).",
        "Kiểm tra tệp còn đó và máy được quyền đọc; nếu tệp đang mở trong chương trình khác, "
        "đóng chương trình đó rồi kiểm tra lại."),
    "parse.bom": (
        "Tệp có ký tự BOM ở đầu (thường do Notepad trên Windows thêm vào).",
        "Chạy `tools fix`, hoặc lưu lại tệp với mã hóa UTF-8 (không chọn \"UTF-8 with BOM\")."),
    "parse.not-nfc": (
        "Chữ có dấu ở dòng này không ở dạng dựng sẵn (NFC), thường do sao chép từ máy Mac "
        "hoặc từ tài liệu khác.",
        "Chạy `tools fix` để chuẩn hóa, hoặc gõ lại chữ có dấu ở dòng này bằng bàn phím."),
    "parse.no-front-matter": (
        "Biên bản thiếu phần thông tin ở đầu tệp, nằm giữa hai dòng ---.",
        "Dòng đầu tiên của tệp phải là ---, tiếp theo là các trường thông tin, rồi một dòng --- "
        "nữa trước phần nội dung."),
    "parse.yaml": (
        "Sai cú pháp: {hint}[[ (chi tiết: {other})]].",
        "Sửa dòng này hoặc dòng ngay trên: mỗi dòng \"tên: giá trị\", thụt lề bằng dấu cách, "
        "ngoặc và dấu nháy phải đóng đủ."),
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
        "Thiếu trường {key}[[ ({label})]].",
        "Thêm dòng \"{key}: ...\" vào đây, thụt lề thẳng hàng với các trường cùng nhóm."),
    "schema.type": (
        "Trường {key}[[ ({label})]] phải là {expected}, đang là {got}.",
        "[[Viết đúng là: {typed}. ]]Sửa giá trị cho đúng kiểu: {expected}."),
    "schema.enum": (
        "Giá trị \"{value}\" của trường {key}[[ ({label})]] không hợp lệ.",
        "Viết đúng là: {key}: {closest}. Các giá trị được dùng: {allowed}."),
    "schema.format": (
        "Giá trị \"{value}\" của trường {key}[[ ({label})]] không hợp lệ: cần {format}.",
        "[[Viết đúng là: {typed}. ]]Viết lại theo dạng {format}.[[ {quotes}]]"),
    "schema.unknown-field": (
        "Trường {key} không có trong mẫu hồ sơ.",
        "[[Có phải trường {closest}]][[ ({closest_label})]][[? Đổi \"{key}\" thành "
        "\"{closest}\". ]]Tên trường viết đúng như mẫu hồ sơ (chữ không dấu); trường không cần "
        "thì xóa dòng này."),
    "schema.invalid": (
        "Trường {key}[[ ({label})]] không hợp lệ: {rule} {limit}.",
        "Sửa giá trị: {rule} {limit}."),
    "layout.file-name": (
        "Tên tệp không đúng mẫu minutes/NĂM/NĂM-THÁNG-NGÀY-loại.md nên buổi họp này không được "
        "tính vào tổng hợp.",
        "[[Đổi tên tệp thành {proposed}. ]]Tên đúng ví dụ minutes/2025/2025-03-05-regular.md, "
        "loại là một trong: {kinds}; biên bản soạn bằng Word (.docx) hay lưu thành .txt thì chép "
        "nội dung sang một tệp .md."),
    "layout.date-mismatch": (
        "{mismatch}: trong tệp ghi \"{value}\", tên tệp hoặc thư mục ghi \"{name}\".",
        "Sửa trường {field} hoặc đổi tên tệp, thư mục năm cho khớp nhau."),
    "layout.no-unit": (
        "[[Tên thư mục gõ nhầm? Gần giống thư mục {closest} đã có. ]]Thư mục này có hồ sơ nhưng "
        "không có tệp unit.yaml.",
        "[[Chuyển hồ sơ vào {closest} rồi xóa thư mục này. ]]Hồ sơ phải nằm trong thư mục chi bộ "
        "đã có; chỉ người phụ trách kho mới lập tổ chức mới (thêm unit.yaml)."),
    "layout.minutes-outside-cell": (
        "Tệp {file} không nằm trong thư mục của một chi bộ.",
        "Chuyển tệp vào thư mục của chi bộ (unit.yaml có kind: cell)."),
    "layout.cell-has-children": (
        "Chi bộ {cell} chứa một tổ chức khác bên trong.",
        "Chi bộ không có tổ chức trực thuộc: chuyển thư mục này ra ngoài, ngang hàng với chi bộ."),
    "layout.unexpected-file": (
        "Công cụ không đọc tệp này; nó không phải một loại hồ sơ chi bộ.",
        "Nếu đây là biên bản, lưu lại thành tệp .md đúng tên trong minutes/NĂM/; nếu không, "
        "xóa tệp hoặc chuyển ra ngoài thư mục records/."),
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
        "Số thẻ {card} của \"{member}\" trùng với \"{other_member}\" đang sinh hoạt ở "
        "{other_path} trong cùng thời gian.",
        "Kiểm tra số thẻ; nếu đảng viên đã chuyển đi, ghi left và left_reason: transfer ở "
        "chi bộ cũ."),
    "roster.dates": (
        "Đảng viên \"{member}\": {date_field} là {value}, trước {other_field} là {other_value}.",
        "Ngày chính thức và ngày về chi bộ không trước ngày vào Đảng; ngày rời không trước "
        "ngày về chi bộ; ngày kết thúc miễn sinh hoạt hay vắng sinh hoạt (away) không trước "
        "ngày bắt đầu."),
    "roster.probation-overdue": (
        "Đảng viên {name} ({member}) vào Đảng ngày {admitted}, đã quá {months} tháng dự bị mà "
        "chưa có ngày chính thức.",
        "Ghi full_since (Ngày chính thức) nếu đã được công nhận; nếu chưa, báo cáo cấp ủy để xét."),
    "minutes.unknown-member": (
        "Mã \"{member}\" không có trong danh sách đảng viên {roster}.[[ Có phải "
        "\"{closest}\" ({closest_name})?]]",
        "Sửa mã cho đúng như trong members.yaml (kiểm tra chính tả), hoặc thêm đảng viên vào "
        "danh sách."),
    "minutes.not-in-cell": (
        "{name} ({member}) không sinh hoạt ở chi bộ vào ngày {date} (về chi bộ: {joined}"
        "[[; rời: {left}]]).",
        "Xóa mã này khỏi biên bản, hoặc sửa ngày joined/left trong members.yaml."),
    "minutes.attendance-missing": (
        "Đảng viên {name} ({member}) phải dự họp nhưng không có trong danh sách có mặt hay "
        "vắng.",
        "Thêm \"{member}\" vào present (Có mặt), absent_excused (Vắng có lý do, kèm lý do) "
        "hoặc absent_unexcused (Vắng không lý do)."),
    "minutes.attendance-duplicate": (
        "Đảng viên \"{member}\" được ghi nhiều lần (lần sau ở {list}).",
        "Mỗi đảng viên chỉ ghi một lần: có mặt, vắng có lý do hoặc vắng không lý do."),
    "minutes.chair-not-present": (
        "Người chủ trì \"{member}\" không có trong danh sách có mặt.",
        "Thêm \"{member}\" vào present (Có mặt) hoặc sửa trường chair (Chủ trì)."),
    "minutes.secretary-not-present": (
        "Thư ký \"{member}\" không có trong danh sách có mặt.",
        "Thêm \"{member}\" vào present (Có mặt) hoặc sửa trường secretary (Thư ký)."),
    "minutes.speaker-not-present": (
        "\"{member}\" phát biểu nhưng không có trong danh sách có mặt.",
        "Thêm \"{member}\" vào present (Có mặt) hoặc bỏ khỏi speakers (Phát biểu)."),
    "minutes.time-order": (
        "Giờ kết thúc {end} không sau giờ bắt đầu {start}.",
        "Sửa start/end theo giờ 24, ví dụ start: \"14:00\", end: \"16:00\"."),
    "minutes.too-short": (
        "Buổi sinh hoạt chỉ {minutes} phút, ít hơn {minimum} phút theo {document}.",
        "Kiểm tra lại giờ bắt đầu, kết thúc; nếu đúng, chi bộ cần bảo đảm thời lượng ở buổi sau."),
    "minutes.future-date": (
        "Ngày họp {date} sau ngày hôm nay ({today}).",
        "Sửa ngày họp; chỉ ghi biên bản sau khi đã họp."),
    "minutes.votes-exceed": (
        "Tổng số phiếu {total} nhiều hơn số đảng viên chính thức có mặt ({full_present}): "
        "{cause}.",
        "{hint}"),
    "minutes.decision-not-passed": (
        "Ghi \"được thông qua\" nhưng chỉ {votes_for} phiếu tán thành, không quá một nửa của "
        "{base} đảng viên chính thức được tính biểu quyết.",
        "Nghị quyết cần hơn một nửa số đảng viên chính thức của chi bộ tán thành, không tính "
        "người miễn sinh hoạt hay đi sinh hoạt tạm thời nơi khác mà không dự, người bị đình chỉ "
        "sinh hoạt và người vắng có lý do ({document}); sửa số phiếu hoặc ghi adopted: false."),
    "minutes.topic-missing": (
        "Buổi sinh hoạt {kind} thiếu chủ đề (topic).",
        "Thêm dòng topic: với tên chuyên đề (buổi thường kỳ không kết hợp chuyên đề thì ghi "
        "combined: false)."),
    "minutes.missing-section": (
        "Không thấy phần \"{section}\" trong biên bản {kind} (chỉ là gợi ý).",
        "Nếu biên bản có phần này, đặt trước nó một đề mục có một trong các từ: {keywords}. "
        "Không văn bản nào của Đảng quy định đề mục biên bản; đoạn đầu không có đề mục được tính "
        "là phần mở đầu."),
    "minutes.section-order": (
        "Phần \"{section}\" đứng trước phần thường có trước nó (chỉ là gợi ý).",
        "Thứ tự thường gặp: {order}. Không cần sửa nếu buổi họp diễn ra đúng như đã ghi."),
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
    "minutes.exempt-unexcused": (
        "Đảng viên {name} ({member}) được miễn công tác và sinh hoạt đảng nhưng bị ghi vắng "
        "không lý do.",
        "Người được miễn không phải triệu tập, không tính vắng (Hướng dẫn 12-HD/BTCTW): xóa "
        "\"{member}\" khỏi absent_unexcused (Vắng không lý do); nếu có dự thì ghi vào present "
        "(Có mặt)."),
    "minutes.rulebook-not-in-force": (
        "Biên bản ghi rulebook: {rulebook}, nhưng bộ quy định này áp dụng từ {start}[[ đến "
        "{end}]], không gồm ngày họp {date}.",
        "Xóa dòng rulebook: (công cụ tự chọn bộ quy định theo ngày họp, ở đây là {in_force}), "
        "hoặc sửa ngày họp cho đúng."),
    "minutes.temporary-voter": (
        "Tổng số phiếu {total} chỉ khớp khi tính cả {temporary} đảng viên sinh hoạt tạm thời "
        "(đảng viên chính thức của chi bộ có mặt: {full_present}).",
        "Đảng viên sinh hoạt tạm thời không biểu quyết ở nơi sinh hoạt tạm thời ({document}): "
        "ghi số phiếu chỉ của đảng viên chính thức của chi bộ."),
    "unit.probationary-officer": (
        "{name} ({member}) ở trường {officer} còn là đảng viên dự bị vào ngày {date}.",
        "Đảng viên dự bị không ứng cử, bầu cử cơ quan lãnh đạo của Đảng ({document}). Nếu đã "
        "chuyển chính thức, ghi full_since (Ngày chính thức) trong members.yaml; nếu không, sửa "
        "trường {officer}."),
    "unit.temporary-officer": (
        "{name} ({member}) ở trường {officer} là đảng viên sinh hoạt tạm thời ở chi bộ này.",
        "Ở nơi sinh hoạt tạm thời, đảng viên không ứng cử, bầu cử ({document}): sửa trường "
        "{officer}; nếu đảng viên đã chuyển sinh hoạt chính thức về chi bộ, bỏ dòng temporary: "
        "true."),
    "unit.committee-too-small": (
        "Chi bộ ghi có chi ủy (has_committee: true) nhưng chỉ có {full} đảng viên chính thức "
        "(bầu chi ủy khi có từ {threshold}).",
        "Không cần sửa nếu chi ủy được bầu khi chi bộ đông hơn và đang hết nhiệm kỳ. Từ đại hội "
        "chi bộ sau, chi bộ dưới {threshold} đảng viên chính thức bầu bí thư, không bầu chi ủy "
        "({document}); khi đó ghi has_committee: false."),
    "unit.partial-outside-grassroots": (
        "Đảng bộ bộ phận (level: partial) phải trực thuộc một đảng bộ cơ sở, nhưng tổ chức cấp "
        "trên ({parent}) không có level: grassroots.",
        "Chuyển thư mục này vào thư mục của đảng bộ cơ sở (unit.yaml có level: grassroots), "
        "hoặc sửa level cho đúng cấp của tổ chức."),
    "roster.probation-too-short": (
        "{name} ({member}): ngày chính thức {full_since} chưa đủ {months} tháng dự bị kể từ "
        "ngày vào Đảng {admitted} (sớm nhất là {earliest}).",
        "Đối chiếu admitted (Ngày vào Đảng) và full_since (Ngày chính thức) với quyết định kết "
        "nạp và quyết định công nhận đảng viên chính thức, rồi sửa ngày ghi sai ({document}: "
        "thời kỳ dự bị {months} tháng)."),
    # hygiene and protections
    "parse.conflict-marker": (
        "Tệp còn {count} chỗ xung đột khi gộp nhánh, từ dòng này: các dòng <<<<<<<, ======= "
        "và >>>>>>> do git chèn vào.",
        "Ở mỗi chỗ, giữ lại nội dung đúng (phần trên hoặc phần dưới dòng =======, hoặc gộp "
        "cả hai), xóa các dòng <<<<<<<, =======, >>>>>>>, rồi lưu. Không chắc thì hỏi người "
        "phụ trách kho."),
    "layout.case-conflict": (
        "Tên \"{name}\" chỉ khác \"{other}\" ở chữ hoa, chữ thường: trên Windows và macOS hai "
        "tên này là một.",
        "Giữ một tệp (hoặc thư mục), xóa cái thừa; tên trong records/ luôn viết chữ thường."),
    "layout.too-large": (
        "Tệp quá lớn để lưu trong kho hồ sơ ({size} byte, tối đa {limit} byte).",
        "Không đưa ảnh, bản quét hay tệp Word vào kho: bỏ tệp này khỏi commit (Discard hoặc "
        "bỏ chọn), lưu ở nơi khác."),
    "roster.member-removed": (
        "Đảng viên {name} ({member}) bị xóa khỏi danh sách[[ (thay bằng mã mới \"{renamed_to}\")]]"
        "[[; mã \"{member}\" được nhắc trong {count} biên bản, như {examples}]].",
        "[[Giữ mã cũ: sửa \"{renamed_to}\" thành \"{member}\", vì các biên bản đã ghi mã cũ. ]]"
        "Không xóa đảng viên khỏi danh sách: người đã rời chi bộ thì giữ nguyên mục của mình "
        "và ghi thêm left (Ngày rời chi bộ) và left_reason (Lý do rời chi bộ)."),
    "record.deleted": (
        "Tệp {role} đã được commit nay bị xóa. Hồ sơ không bao giờ bị xóa.",
        "Khôi phục tệp (chuột phải vào tệp, chọn Discard). Biên bản ghi sai thì sửa và ghi "
        "corrections (Đính chính); đảng viên rời chi bộ thì ghi left; tổ chức giải thể thì ghi "
        "dissolved trong unit.yaml."),
    "record.changed-without-correction": (
        "Biên bản đã được commit bị sửa ở {what} mà không có mục đính chính mới.",
        "Thêm vào corrections (Đính chính) một mục mới gồm date (ngày sửa) và reason (sửa gì, "
        "vì sao). Nếu sửa nhầm, bỏ thay đổi ở tệp này (Discard)."),
    "review.late": (
        "Biên bản ngày {date} được nộp ngày {filed}, sau {days} ngày (quá {limit} ngày).",
        "Không cần sửa nếu đúng; chi bộ cần nộp biên bản sớm hơn sau mỗi buổi họp."),
}

SUMMARY = {
    "section": "Phần",
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
    "committee_months": "Tháng chi ủy có họp (chi bộ có chi ủy)",
    "committee_compliance_pct": "Tỷ lệ tháng chi ủy có họp (%)",
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
    "removal": "xem xét xóa tên: vắng sinh hoạt hoặc không đóng đảng phí nhiều tháng",
    "streak": "vắng có lý do nhiều buổi liên tiếp",
    "thematic_absence": "vắng sinh hoạt chuyên đề không lý do",
    "dues": "không đóng đảng phí nhiều tháng",
    "level": "Cấp",
    "never_visited": "Chi bộ chưa có cấp trên dự",
    "adopted": "Được thông qua",
    "rating": "Mức xếp loại",
    "files_checked": "Số tệp đã kiểm tra",
    "errors": "Lỗi",
    "warnings": "Cảnh báo",
    "file_with_errors": "Tệp có lỗi (chạy tools validate để xem)",
    "file_partly_counted": "Biên bản có lỗi vẫn tính là đã họp, trừ số liệu",
    "left_attendance": "dự họp",
    "left_decisions": "biểu quyết",
    "left_duration": "thời lượng",
    "left_visits": "cấp trên dự",
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
    "partial": "Đảng bộ bộ phận",
    "excellent": "Hoàn thành xuất sắc nhiệm vụ",
    "good": "Hoàn thành tốt nhiệm vụ",
    "complete": "Hoàn thành nhiệm vụ",
    "incomplete": "Không hoàn thành nhiệm vụ",
    "all_records": "toàn bộ hồ sơ",
    "none": "Không có.",
}

FINDINGS = {
    "cadence.missing-regular": "Tháng {month} không có sinh hoạt thường kỳ.",
    "cadence.missing-thematic": "Quý {quarter} không có sinh hoạt chuyên đề.",
    "cadence.missing-committee": "Tháng {month} chi ủy không họp (Điều lệ Đảng, Điều 24: chi "
                                 "ủy họp thường lệ mỗi tháng một lần).",
    "members.removal-review": "{who}, năm {year}: [[vắng sinh hoạt thường kỳ không lý do "
                              "{months} tháng (ngày {dates}); ]][[không đóng đảng phí không lý "
                              "do {unpaid_months} tháng ({unpaid}); ]][[sinh hoạt tại {cells}; "
                              "]]chi bộ phải xem xét xóa tên (từ {threshold} tháng trong năm).",
    "members.excused-streak": "{who} vắng có lý do {count} buổi liên tiếp (ngày {dates}).",
    "members.thematic-absence": "{who} vắng không lý do {count} buổi sinh hoạt chuyên đề năm "
                                "{year} (ngày {dates}); không tính vào việc xem xét xóa tên.",
    "members.dues-unpaid": "{who} không đóng đảng phí {count} tháng của năm {year} mà không có "
                           "lý do (tháng {months}): là căn cứ xem xét xóa tên.",
    "attendance.below-target": "Tỷ lệ dự họp {rate}% chưa đạt trên {target}%.",
    "attendance.meeting-below-target": "Buổi sinh hoạt ngày {date}: tỷ lệ dự họp {rate}% "
                                       "({present}/{expected}), chưa đạt trên {target}% "
                                       "({document}).",
    "visits.below-quota": "Cấp {level} dự sinh hoạt {visits} lần, ít hơn định mức {quota} "
                          "({source}).",
    "cells.no-committee": "Có {full} đảng viên chính thức (từ {threshold} trở lên) nhưng chưa "
                          "có chi ủy.",
}

REVIEW = {
    "title": "Xem xét thay đổi hồ sơ: {base} → {head}",
    "worktree": "thư mục làm việc",
    "blocking": "Lỗi phải sửa trước khi duyệt",
    "advice": "Lưu ý (không chặn duyệt)",
    "added": "Thêm mới",
    "changed": "Sửa đổi",
    "deleted": "Bị xóa",
    "nothing": "Không có thay đổi nào trong records/.",
    "none": "Không có.",
    "minutes": "biên bản",
    "members": "danh sách đảng viên",
    "unit": "thông tin tổ chức",
    "ratings": "xếp loại",
    "other": "tệp khác",
    "meeting": "{kind} ngày {date}: có mặt {present}, vắng có lý do {absent_excused}, "
               "vắng không lý do {absent_unexcused}",
    "guests": "khách mời {count}",
    "decision": "biểu quyết \"{text}\": {votes}{adopted}",
    "adopted": ", thông qua",
    "rejected": ", không thông qua",
    "votes": "tán thành {for}, không tán thành {against}, không biểu quyết {abstain}",
    "field": "{label}: {before} → {after}",
    "yes": "có",
    "no": "không",
    "decision-field": "{label} của \"{decision}\": {before} → {after}",
    "decision-added": "thêm biểu quyết \"{decision}\" ({votes})",
    "decision-removed": "bỏ biểu quyết \"{decision}\" ({votes})",
    "format-only": "chỉ sửa định dạng (BOM, NFC, xuống dòng, dấu ngoặc kép), nội dung không đổi",
    "body": "{label}: \"{before}\" → \"{after}\"",
    "body-spacing": "{label}: chỉ đổi dấu cách, xuống dòng",
    "member-added": "thêm đảng viên {member}",
    "member-removed": "bỏ đảng viên {member}",
    "member-field": "{member}: {label} {before} → {after}",
    "summary": "{entries} tệp thay đổi; {errors} lỗi, {warnings} lưu ý.",
}

CLI = {
    "version": "tools, phiên bản {version}",
    "version-rulebook": "  bộ quy định {id}: hiệu lực từ {start} đến {end}",
    "version-rulebook-open": "  bộ quy định {id}: hiệu lực từ {start}",
    "cannot-run": "Công cụ không chạy được: {detail}",
    "internal-error": "tools: lỗi bên trong công cụ ({detail}). Hãy báo người phụ trách kho.",
    "not-a-date": "\"{value}\" không phải ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-07-06.",
    "staged-alone": "--staged kiểm tra những gì đã đưa vào commit: không dùng cùng --since hay "
                    "tên tệp.",
    "not-a-folder": "{path} không phải một thư mục trong kho {root}.",
    "not-a-unit-folder": "{path} không phải thư mục đảng bộ, chi bộ trong records/.",
    "year-and-period": "Dùng --year hoặc --from và --to, không dùng cả hai.",
    "from-and-to": "--from và --to đi cùng nhau, --from là ngày đầu.",
    "not-a-summary": "Không đọc được {path} ({detail}); cần tệp do tools summarize --format json "
                     "tạo ra.",
    "stray-argument": "Thừa: {arguments}. Chỉ ghi một thư mục; muốn gộp các tệp tổng hợp JSON "
                      "thì thêm --merge trước chúng.",
    "merge-nothing": "--merge cần ít nhất một tệp tổng hợp JSON.",
    "not-a-file": "{path} không phải một tệp.",
    "cannot-merge": "Không gộp được các bản tổng hợp: {detail}",
    "demo-exists": "{path} đã có; chọn một thư mục trống.",
    "demo-written": "Đã ghi {count} tệp vào {path}",
    "codeowners-stale": "{path} chưa cập nhật: chạy tools codeowners.",
    "new-nobody": "Không có đảng viên nào phải dự họp ở {cell} ngày {date}: xem lại ngày họp và "
                  "members.yaml.",
    "new-kind": "Loại buổi họp phải là một trong: {kinds}.",
    "new-not-a-cell": "{cell} không phải thư mục chi bộ (có unit.yaml với kind: cell). Gõ đúng "
                      "đường dẫn thư mục chi bộ, tính từ thư mục kho.",
    "new-no-roster": "{cell}/members.yaml chưa có hoặc còn lỗi: chạy tools validate rồi sửa "
                     "trước.",
    "init-exists": "Đã có {path}; tools init không ghi đè tệp nào và chưa ghi gì. Chọn một "
                   "thư mục mới, hoặc chuyển tệp đó đi chỗ khác rồi chạy lại.",
    "init-no-toolkit": "Không biết công cụ được cài từ đâu (pip không ghi lại địa chỉ kho), nên "
                       "không ghim được phiên bản cho kho mới. Ghi địa chỉ kho công cụ bằng "
                       "--toolkit, ví dụ --toolkit https://gitlab.example.vn/tinh/tools.git.",
    "init-unit-id": "\"{value}\" không dùng được làm mã tổ chức: chỉ chữ thường không dấu, chữ số "
                    "và dấu gạch ngang, ví dụ xa-krong.",
    "init-owner": "\"{value}\" không phải tài khoản GitHub hay GitLab: ghi dạng @ten hoặc "
                  "@nhom/ten.",
    "init-written": "Đã tạo kho hồ sơ {path} cho {name}. Tiếp theo: thêm thư mục các chi bộ "
                    "trong records/{unit}/, rồi commit; đọc README.md để cài bước kiểm tra khi "
                    "commit.",
    "exists": "Đã có tệp {path}; mở tệp đó để sửa. Nếu là buổi họp thứ hai cùng ngày, "
              "thêm --another.",
    "cannot-write": "Không ghi được {path} ({reason}); tệp vẫn giữ nguyên như cũ.",
    "leftover": "Còn tệp tạm {path}, có thể của một lần sửa bị ngắt; xem rồi tự xóa nếu "
                "không cần (máy không tự xóa tệp không do mình tạo ra).",
    "cache-unwritable": "Không ghi được bộ nhớ đệm {path}; kết quả vẫn đúng, lần sau chỉ "
                        "chậm hơn.",
    "fixed": "Đã sửa {path}: {fixes}.",
    "would-fix": "Sẽ sửa {path}: {fixes}.",
    "nothing-to-fix": "Không có gì cần sửa.",
    "no-such-path": "Không có tệp hay thư mục {path}; kiểm tra lại tên và thư mục đang đứng.",
    "outside-repository": "{path} nằm ngoài kho hồ sơ {root}; chỉ kiểm tra, sửa được tệp "
                          "trong kho.",
    "not-records": "{path} không phải hồ sơ: hồ sơ nằm trong thư mục records/.",
    "no-records": "Thư mục {path} không có tệp hồ sơ nào.",
    "through-link": "{path} đi qua liên kết tắt (symlink) {link}; không đọc, không ghi gì qua "
                    "liên kết. Thay liên kết bằng thư mục thật.",
    "no-ref": "Không có nhánh hay commit {ref} trong kho; kiểm tra lại tên, hoặc chạy "
              "git fetch để lấy về.",
    "no-merge-base": "{base} và {head} không có commit chung nào, nên không biết thay đổi bắt "
                     "đầu từ đâu.",
    "no-merge-base-shallow": "Không tìm thấy commit chung của {base} và {head}: bản sao kho "
                             "này chỉ có vài commit gần nhất (shallow clone). Lấy đủ lịch sử "
                             "bằng git fetch --unshallow; trong CI đặt GIT_DEPTH: \"0\" "
                             "(GitLab) hoặc fetch-depth: 0 (GitHub Actions).",
    "fix-too-large": "Bỏ qua {path}: tệp quá lớn ({size} byte, tối đa {limit} byte), không "
                     "phải một hồ sơ.",
    "fix-link": "Bỏ qua {path}: {link} là liên kết tắt (symlink); không sửa tệp qua liên kết.",
    "fix-unreadable": "Bỏ qua {path}: không đọc được tệp ({reason}).",
    "fix-bom": "bỏ ký tự BOM",
    "fix-eol": "đổi xuống dòng CRLF thành LF",
    "fix-nfc": "chuẩn hóa chữ có dấu (NFC)",
    "fix-times": "đặt giờ trong ngoặc kép",
    "fix-time-format": "viết giờ dạng \"GIỜ:PHÚT\"",
    "fix-date-format": "viết ngày dạng NĂM-THÁNG-NGÀY",
    "docs-stale": "{path} chưa cập nhật với lược đồ, danh mục thông báo và bộ quy định: chạy "
                  "{command} rồi commit các tệp nó viết.",
}

# Fields by role and key, as tools review names them (the schemas' titles)
FIELDS = {
    "minutes.kind": "Loại buổi sinh hoạt",
    "minutes.date": "Ngày họp",
    "minutes.start": "Giờ bắt đầu",
    "minutes.end": "Giờ kết thúc",
    "minutes.place": "Địa điểm",
    "minutes.chair": "Chủ trì",
    "minutes.secretary": "Thư ký",
    "minutes.present": "Có mặt",
    "minutes.absent_excused": "Vắng có lý do",
    "minutes.absent_unexcused": "Vắng không lý do",
    "minutes.guests": "Khách mời",
    "minutes.guests.name": "Họ tên khách mời",
    "minutes.guests.position": "Chức vụ",
    "minutes.guests.level": "Cấp của khách mời",
    "minutes.topic": "Chủ đề",
    "minutes.combined": "Kết hợp chuyên đề",
    "minutes.speakers": "Phát biểu",
    "minutes.tasks": "Phân công nhiệm vụ",
    "minutes.tasks.member": "Đảng viên được giao",
    "minutes.tasks.task": "Nhiệm vụ",
    "minutes.tasks.due": "Hạn hoàn thành",
    "minutes.decisions": "Biểu quyết",
    "minutes.decisions.text": "Nội dung biểu quyết",
    "minutes.decisions.number": "Số văn bản",
    "minutes.decisions.votes": "Kết quả biểu quyết",
    "minutes.decisions.adopted": "Được thông qua",
    "minutes.minutes_adopted": "Biên bản được thông qua",
    "minutes.quality": "Tự đánh giá chất lượng",
    "minutes.rulebook": "Bộ quy định áp dụng",
    "minutes.corrections": "Đính chính",
    "minutes.body": "Nội dung biên bản",
    "members.id": "Mã đảng viên",
    "members.name": "Họ và tên",
    "members.card": "Số thẻ đảng viên",
    "members.admitted": "Ngày vào Đảng",
    "members.full_since": "Ngày chính thức",
    "members.joined": "Ngày về chi bộ",
    "members.left": "Ngày rời chi bộ",
    "members.left_reason": "Lý do rời chi bộ",
    "members.exempt": "Miễn công tác và sinh hoạt đảng",
    "members.temporary": "Sinh hoạt tạm thời",
    "members.away": "Vắng sinh hoạt ở chi bộ",
    "unit.name": "Tên tổ chức",
    "unit.kind": "Loại tổ chức",
    "unit.level": "Cấp",
    "unit.type": "Loại hình chi bộ",
    "unit.established": "Ngày thành lập",
    "unit.dissolved": "Ngày giải thể",
    "unit.predecessors": "Tổ chức tiền thân",
    "unit.has_committee": "Có chi ủy",
    "unit.secretary": "Bí thư chi bộ",
    "unit.deputy_secretary": "Phó bí thư",
    "unit.committee_members": "Chi ủy viên",
    "unit.secretary_is_village_head": "Bí thư kiêm trưởng thôn",
    "unit.local_rules": "Quy định của cấp ủy",
    "unit.owners": "Người phụ trách thư mục",
}

# The command line's help: commands and options by their path, placeholders (tools/cli/clicklang.py)
HELP = {
    "COMMAND [ARGS]...": "LỆNH [THAM_SỐ]...",
    "[OPTIONS]": "[TÙY_CHỌN]",
    "METAVAR DATE": "NGÀY",
    "METAVAR DIR": "THƯ_MỤC",
    "METAVAR FILE": "TỆP",
    "METAVAR N": "SỐ",
    "METAVAR REF": "NHÁNH",
    "METAVAR YEAR": "NĂM",
    "tools": "Kiểm tra và tổng hợp hồ sơ sinh hoạt chi bộ lưu trong git.",
    "tools --version": "In phiên bản rồi thoát.",
    "tools --root": "Thư mục gốc của kho (mặc định: thư mục gần nhất ở trên có records/ hoặc "
                    ".git).",
    "tools validate": "Kiểm tra hồ sơ: cả cây records/, hoặc các TỆP được nêu (như pre-commit "
                      "truyền vào).",
    "tools validate paths": "[TỆP]...",
    "tools validate --format": "Dạng báo cáo.",
    "tools validate --lang": "Ngôn ngữ thông báo (hoặc biến TOOLS_LANG).",
    "tools validate --strict": "Có cảnh báo cũng trả mã lỗi 1.",
    "tools validate --today": "Coi NGÀY là hôm nay (hoặc biến TOOLS_TODAY), để kết quả chạy lại "
                              "được y hệt.",
    "tools validate --since": "Kiểm tra những gì đổi từ điểm rẽ nhánh với NHÁNH (cho CI), so với "
                              "hồ sơ lúc đó, cùng việc kiểm tra số thẻ toàn kho.",
    "tools validate --staged": "Kiểm tra những gì đã đưa vào commit tiếp theo, kể cả tệp bị xóa, "
                               "so với lần commit trước (bước kiểm tra khi commit).",
    "tools validate --no-cache": "Kiểm tra lại từ đầu (hoặc TOOLS_NO_CACHE=1); bộ nhớ đệm không "
                                 "bao giờ đổi kết quả, chỉ đổi thời gian chạy.",
    "tools summarize": "Tổng hợp hồ sơ của THƯ_MỤC (mặc định: cả records/) trong một kỳ: tổ chức, "
                       "sinh hoạt, dự họp, đảng viên cần xem xét, cấp trên dự, biểu quyết, xếp "
                       "loại, chất lượng dữ liệu và các phát hiện.",
    "tools summarize unit": "[THƯ_MỤC] | --merge JSON...",
    "tools summarize --year": "Năm dương lịch (mặc định: năm nay).",
    "tools summarize --from": "Ngày đầu của kỳ.",
    "tools summarize --to": "Ngày cuối của kỳ.",
    "tools summarize --format": "Dạng báo cáo.",
    "tools summarize --section": "Chỉ phần này (ghi nhiều lần được).",
    "tools summarize --lang": "Ngôn ngữ báo cáo (hoặc biến TOOLS_LANG).",
    "tools summarize --no-names": "Ghi mã đảng viên thay cho họ tên ở mọi chỗ.",
    "tools summarize --merge": "Gộp các tệp tổng hợp JSON (do tools summarize --format json làm ở "
                               "các kho khác) ghi sau lựa chọn này, thay cho việc đọc hồ sơ.",
    "tools summarize --today": "Coi NGÀY là hôm nay (hoặc biến TOOLS_TODAY), để kết quả chạy lại "
                               "được y hệt.",
    "tools summarize --no-cache": "Đọc lại mọi thứ từ đầu (hoặc TOOLS_NO_CACHE=1).",
    "tools demo": "Tạo cây hồ sơ giả lập, để trình diễn và đo tốc độ.",
    "tools demo kbang": "Tạo trong THƯ_MỤC/records một huyện theo mẫu báo cáo Kbang: mặc định 17 "
                        "đảng bộ cơ sở với 199 chi bộ, 37 chi bộ cơ sở, 3.814 đảng viên, 110 chi "
                        "bộ thôn (86 bí thư kiêm trưởng thôn) và một năm biên bản có những thiếu "
                        "sót thường gặp.",
    "tools demo kbang directory": "THƯ_MỤC",
    "tools demo kbang --cells": "Số chi bộ (các số khác giữ tỷ lệ như Kbang).",
    "tools demo kbang --years": "Số năm biên bản, kết thúc ở --year.",
    "tools demo kbang --year": "Năm cuối của biên bản (2024: theo bộ quy định năm 2018).",
    "tools demo kbang --seed": "Hạt giống ngẫu nhiên.",
    "tools init": "Tạo ở THƯ_MỤC một kho chỉ chứa hồ sơ, sẵn sàng cho văn thư: unit.yaml của "
                  "tổ chức cao nhất, bước kiểm tra khi commit và mẫu CI ghim đúng phiên bản công "
                  "cụ này, CODEOWNERS, .gitignore, thiết lập trình soạn thảo và README cho văn "
                  "thư. Không bao giờ ghi đè tệp đã có.",
    "tools init directory": "THƯ_MỤC",
    "tools init --unit": "Mã của tổ chức cao nhất (tên thư mục trong records/), ví dụ xa-krong.",
    "tools init --name": "Tên chính thức của tổ chức, có dấu.",
    "tools init --level": "Cấp của đảng bộ.",
    "tools init --owner": "Tài khoản duyệt hồ sơ của tổ chức, ví dụ @van-phong-dang-uy (ghi "
                          "nhiều lần được).",
    "tools init --toolkit": "Địa chỉ kho công cụ (mặc định: nơi pip đã cài công cụ này).",
    "tools init --lang": "Ngôn ngữ thông báo (hoặc biến TOOLS_LANG).",
    "METAVAR ID": "MÃ",
    "METAVAR TEXT": "CHỮ",
    "METAVAR URL": "ĐỊA_CHỈ",
    "METAVAR ACCOUNT": "TÀI_KHOẢN",
    "tools new": "Tạo biên bản một buổi họp trong THƯ_MỤC_CHI_BỘ từ tệp điền sẵn: mọi người phải "
                 "dự họp ngày đó trong present, các đề mục theo quy định, ghi chú cho từng trường."
                 " Không bao giờ ghi đè tệp đã có.",
    "tools new cell": "THƯ_MỤC_CHI_BỘ",
    "tools new --date": "Ngày họp.",
    "tools new --kind": "Loại buổi họp.",
    "tools new --another": "Buổi họp thứ hai cùng loại trong ngày (tên tệp thêm -2, -3...).",
    "tools new --lang": "Ngôn ngữ thông báo (hoặc biến TOOLS_LANG).",
    "tools new --today": "Coi NGÀY là hôm nay (hoặc biến TOOLS_TODAY).",
    "tools fix": "Sửa những lỗi không làm đổi nội dung (ký tự BOM, chữ có dấu NFC, kiểu xuống "
                 "dòng, ngoặc kép quanh giờ) và viết lại giờ, ngày cho đúng dạng, ở các TỆP hoặc "
                 "cả records/. Giữ nguyên ghi chú và cách trình bày; ghi tệp an toàn.",
    "tools fix paths": "[TỆP]...",
    "tools fix --check": "Chỉ in những chỗ sẽ sửa; không ghi gì.",
    "tools fix --lang": "Ngôn ngữ thông báo (hoặc biến TOOLS_LANG).",
    "tools codeowners": "Ghi tệp CODEOWNERS từ trường owners của mỗi unit.yaml (cú pháp GitHub và "
                        "GitLab).",
    "tools codeowners --output": "Ghi vào đâu (mặc định: CODEOWNERS ở thư mục gốc của kho).",
    "tools codeowners --check": "Trả mã lỗi 1 nếu tệp chưa cập nhật.",
    "tools docs": "Viết tài liệu tra cứu docs/format.md (mọi tệp, mọi trường) và docs/rules.md "
                  "(mọi mã lỗi, phát hiện và bộ quy định), cùng bản tiếng Anh trong docs/en/, từ "
                  "lược đồ, danh mục thông báo và bộ quy định.",
    "tools docs --out": "Thư mục ghi tài liệu (mặc định: docs/ ở thư mục gốc của kho).",
    "tools docs --check": "Không ghi gì; trả mã lỗi 1 nếu tài liệu chưa cập nhật.",
    "tools review": "Báo cáo một thay đổi làm gì với hồ sơ, cho người duyệt: hồ sơ thêm, sửa, xóa "
                    "bằng lời thường, và các lỗi của riêng những tệp thay đổi.",
    "tools review --base": "Nhánh sẽ nhận thay đổi.",
    "tools review --head": "Bản đã thay đổi (mặc định: thư mục làm việc).",
    "tools review --format": "Dạng báo cáo.",
    "tools review --lang": "Ngôn ngữ báo cáo (hoặc biến TOOLS_LANG).",
    "tools review --late-days": "Biên bản commit sau ngày họp quá ngần này ngày thì có lưu ý.",
    "tools review --today": "Coi NGÀY là hôm nay (hoặc biến TOOLS_TODAY).",
    "tools validate --with-cards": "Ghi số thẻ đảng viên đầy đủ (mặc định chỉ hai số cuối, vì CI "
                                   "lưu lại kết quả).",
    "tools summarize --output": "Ghi báo cáo vào TỆP thay vì in ra màn hình (bắt buộc với xlsx và "
                                "docx khi chạy ở cửa sổ lệnh).",
    "tools review --with-cards": "Ghi số thẻ đảng viên đầy đủ (mặc định chỉ hai số cuối, vì CI "
                                 "lưu lại kết quả).",
    "tools print": "In biên bản thành văn bản theo thể thức của Đảng (Hướng dẫn 36-HD/VPTW): khổ "
                   "A4, tên cấp ủy và \"ĐẢNG CỘNG SẢN VIỆT NAM\" ở đầu trang, thông tin buổi họp, "
                   "nội dung, biểu quyết, chữ ký của chủ trì và thư ký. Biên bản còn lỗi thì "
                   "không in.",
    "tools print paths": "TỆP...",
    "tools print --format": "docx (Word, để sửa và in) hoặc pdf (qua LibreOffice).",
    "tools print --out": "Thư mục ghi văn bản.",
    "tools print --lang": "Ngôn ngữ thông báo và chữ trên văn bản (hoặc biến TOOLS_LANG).",
    "tools print --today": "Coi NGÀY là hôm nay (hoặc biến TOOLS_TODAY).",
}

# Click's own words, by the English text Click gives them (tools/cli/clicklang.py)
CLICK = {
    "required": "bắt buộc",
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Positional arguments": "Tham số",
    "Show this message and exit.": "In hướng dẫn này rồi thoát.",
    "Show the version and exit.": "In phiên bản rồi thoát.",
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Gõ '{command} {option}' để xem hướng dẫn.",
    "Aborted!": "Đã dừng.",
    "Missing command.": "Thiếu tên lệnh.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "Did you mean {possibility}?": "Có phải {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Có phải một trong: {possibilities}?)",
    "Got unexpected extra argument ({args})": "Thừa tham số ({args})",
    "Got unexpected extra arguments ({args})": "Thừa tham số ({args})",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Missing {param_type}": "Thiếu {param_type}",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn {name!r} cần {nargs} giá trị.",
    "Argument {name!r} takes {nargs} values.": "Tham số {name!r} nhận {nargs} giá trị.",
    "Takes {nargs} values but 1 was given.": "Cần {nargs} giá trị nhưng chỉ có 1.",
    "Takes {nargs} values but {len} were given.": "Cần {nargs} giá trị nhưng có {len}.",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
    "unknown error": "lỗi không rõ",
    "{value!r} is not {choice}.": "{value!r} không phải {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} không phải một trong {choices}.",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{value} is not in the range {range}.": "{value} không nằm trong khoảng {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải {number_type} hợp lệ.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} không phải giá trị"
                                                                     " đúng/sai. Dùng: {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} không tồn tại.",
    "{name} {filename!r} is a file.": "{name} {filename!r} là tệp, không phải thư mục.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} là thư mục, không phải tệp.",
    "{name} {filename!r} is not readable.": "Không đọc được {name} {filename!r}.",
    "{name} {filename!r} is not writable.": "Không ghi được vào {name} {filename!r}.",
    "file": "Tệp",
    "directory": "Thư mục",
    "path": "Đường dẫn",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "(dynamic)": "(tùy lúc)",
    "deprecated": "không còn dùng",
    "Error: invalid input": "Lỗi: giá trị không hợp lệ",
}

# The papers that leave the repository: printed minutes (tools print) and the HTML, XLSX and
# DOCX summaries. A printed document's words follow Hướng dẫn 36-HD/VPTW.
PAPERS = {
    "party": "ĐẢNG CỘNG SẢN VIỆT NAM",
    "date": "ngày {day} tháng {month} năm {year}",
    "minutes": "Biên bản",
    "title-regular": "Sinh hoạt chi bộ thường kỳ tháng {month} năm {year}",
    "title-combined": "Sinh hoạt chi bộ thường kỳ kết hợp sinh hoạt chuyên đề tháng {month} "
                      "năm {year}",
    "title-thematic": "Sinh hoạt chi bộ chuyên đề tháng {month} năm {year}",
    "title-committee": "Họp chi ủy tháng {month} năm {year}",
    "title-extraordinary": "Sinh hoạt chi bộ bất thường tháng {month} năm {year}",
    "clock": "{hour} giờ {minute}",
    "time": "Thời gian: từ {start} đến {end}, {date}.",
    "place": "Địa điểm: {place}.",
    "topic": "Chuyên đề: {topic}.",
    "chair": "Chủ trì: đồng chí {name}[[, {role}]].",
    "secretary": "Thư ký: đồng chí {name}[[, {role}]].",
    "role-secretary": "Bí thư Chi bộ",
    "role-deputy_secretary": "Phó Bí thư Chi bộ",
    "role-committee_member": "Chi ủy viên",
    "members": "Tổng số đảng viên của chi bộ: {total} đồng chí ({full} chính thức, "
               "{probationary} dự bị)[[; {exempt} đồng chí được miễn công tác và sinh hoạt "
               "đảng]][[; {away} đồng chí sinh hoạt tạm thời nơi khác hoặc bị đình chỉ sinh "
               "hoạt]][[; {temporary} đồng chí nơi khác đến sinh hoạt tạm thời]].",
    "summoned": "Số đồng chí phải dự: {count}.",
    "present": "Có mặt: {count} đồng chí[[ ({names})]].",
    "excused": "Vắng có lý do: {count} đồng chí[[ ({names})]].",
    "unexcused": "Vắng không lý do: {count} đồng chí[[ ({names})]].",
    "guests": "Khách mời: {names}.",
    "guest": "đồng chí {name}[[, {position}]]",
    "speakers": "Phát biểu ý kiến: {names}.",
    "decisions": "Kết quả biểu quyết",
    "decision": "{text}[[ (số {number})]]: tán thành {for}, không tán thành {against}, không "
                "biểu quyết {abstain}; {result}.",
    "adopted": "thông qua",
    "rejected": "không thông qua",
    "tasks": "Phân công nhiệm vụ",
    "task": "Đồng chí {name}: {task}[[ (thời hạn: {due})]].",
    "minutes-adopted": "Biên bản đã được đọc lại tại cuộc họp và được thông qua.",
    "minutes-not-adopted": "Biên bản chưa được thông qua trước khi kết thúc.",
    "quality": "Chi bộ tự đánh giá chất lượng buổi sinh hoạt: {quality}.",
    "quality-good": "tốt",
    "quality-fair": "khá",
    "quality-average": "trung bình",
    "quality-poor": "kém",
    "correction": "Đính chính {date}: {reason}.",
    "chair-sign": "Chủ trì",
    "secretary-sign": "Thư ký",
    "sign-note": "(Ký, ghi rõ họ tên)",
    # tools print
    "no-such-file": "Không có tệp {path}: kiểm tra lại tên tệp và thư mục.",
    "not-minutes": "{path} không phải là tệp biên bản trong records/ (dạng "
                   "<chi bộ>/minutes/<năm>/<ngày>-<loại>.md), nên không in được.",
    "refused": "Không in {path}: biên bản còn lỗi ở trên. Sửa các lỗi đó rồi in lại.",
    "no-papers": "Chưa cài thư viện để làm tệp Word và Excel (python-docx, openpyxl). Cài bằng "
                 "lệnh: pip install python-docx openpyxl",
    "no-soffice": "Không tìm thấy LibreOffice (lệnh soffice) để làm tệp PDF. Trên "
                  "Debian/Ubuntu, người quản trị máy cài bằng: sudo apt-get install "
                  "libreoffice-writer-nogui fonts-liberation2. Hoặc in ra tệp Word: "
                  "--format docx.",
    "no-font": "Không tìm thấy phông chữ Liberation Serif (thay cho Times New Roman) để làm tệp "
               "PDF đúng thể thức. Trên Debian/Ubuntu cài bằng: sudo apt-get install "
               "fonts-liberation2.",
    "pdf-failed": "LibreOffice không chuyển được {path} sang PDF: {reason}",
    "binary-terminal": "Định dạng {format} là tệp nhị phân, không hiện ra màn hình được: thêm "
                       "--output TÊN-TỆP, ví dụ --output bao-cao.{format}",
    # the summary as HTML, XLSX and DOCX
    "report": "Báo cáo",
    "report-subject": "Tình hình sinh hoạt chi bộ từ {start} đến {end}",
    "prepared-by": "Người lập báo cáo",
    "recipients": "Nơi nhận:",
    "recipients-file": "- Lưu văn phòng.",
    "headline": "Số liệu chính",
    "heatmap": "Sinh hoạt thường kỳ theo tháng",
    "heatmap-note": "Mỗi ô là một chi bộ trong một tháng; rê chuột lên ô để xem chi tiết. Chữ "
                    "trong ô: T = thường kỳ, K = thường kỳ kết hợp chuyên đề, ✗ = không sinh "
                    "hoạt, để trống = chi bộ chưa thành lập hoặc đã giải thể.",
    "quarters": "Sinh hoạt chuyên đề theo quý",
    "attendance-bars": "Tỷ lệ dự họp theo chi bộ (mục tiêu {target}%)",
    "target": "Mục tiêu",
    "state-regular": "Có sinh hoạt thường kỳ",
    "state-combined": "Thường kỳ kết hợp chuyên đề",
    "state-missing": "Không sinh hoạt thường kỳ",
    "state-absent": "Chi bộ chưa thành lập hoặc đã giải thể",
    "quarter-held": "Có sinh hoạt chuyên đề",
    "quarter-missing": "Không sinh hoạt chuyên đề",
    "mark-regular": "T",
    "mark-combined": "K",
    "mark-missing": "✗",
    "mark-held": "✓",
    "parent": "Trực thuộc",
    "path": "Thư mục",
    "file": "Tệp",
    "files": "Tệp làm căn cứ",
    "month": "Tháng",
    "quarter": "Quý",
    "status": "Tình trạng",
    "months-held": "Số tháng có sinh hoạt",
    "months-required": "Số tháng phải sinh hoạt",
    "quarters-held": "Số quý có chuyên đề",
    "quarters-required": "Số quý phải có chuyên đề",
    "committee-months-required": "Số tháng chi ủy phải họp",
    "detail": "Mã lỗi, hoặc số liệu không tính",
    "attendance-pct": "Tỷ lệ dự họp",
    "expected": "Lượt phải dự",
    "present-count": "Lượt có mặt",
    "headline-cells": "Chi bộ",
    "headline-members": "Đảng viên",
    "headline-regular": "Tháng có sinh hoạt thường kỳ",
    "headline-thematic": "Quý có sinh hoạt chuyên đề",
    "headline-attendance": "Tỷ lệ dự họp",
    "headline-findings": "Phát hiện",
    "headline-committee": "Tháng chi ủy có họp",
    "headline-errors": "Tệp có lỗi",
    "sheet-headline": "Tổng quan",
    "sheet-committees": "Đảng bộ",
    "sheet-cells": "Chi bộ",
    "sheet-months": "Theo tháng",
    "sheet-quarters": "Theo quý",
    "sheet-members": "Đảng viên cần xem xét",
    "sheet-findings": "Phát hiện",
    "sheet-quality": "Chất lượng dữ liệu",
    "sheet-structure": "Tổ chức, đảng viên",
    "sheet-meetings": "Sinh hoạt",
    "sheet-attendance": "Dự họp",
    "sheet-visits": "Cấp trên dự",
    "sheet-decisions": "Biểu quyết",
    "sheet-ratings": "Xếp loại",
    "legend": "Chú thích",
    "generated": "Lập bằng tools summarize, dữ liệu trong records/",
}

# The reference pages (tools docs): their words
DOCS = {
    "generated": "> Trang này do lệnh `./dev tools docs` viết ra (`tools docs` khi đã cài bộ công "
                 "cụ), từ lược đồ JSON, danh mục thông báo và bộ quy định của bộ công cụ: đừng "
                 "sửa tay. CI chạy `tools docs --check` để trang không lệch với bộ công cụ.",
    "format-title": "Định dạng hồ sơ: các tệp và các trường",
    "format-intro": "Mỗi trường ghi: tên trường (viết đúng như dưới đây, chữ không dấu), tên tiếng "
                    "Việt mà thông báo lỗi dùng, ý nghĩa, kiểu giá trị, giá trị được dùng, có bắt "
                    "buộc không và một ví dụ (lấy từ hồ sơ mẫu trong `records/` nếu có). Trường "
                    "lồng trong trường khác viết bằng dấu chấm; `[]` là một mục của danh sách; "
                    "`<id>` là mã (của đảng viên, của phần buổi họp), `<level>` là một cấp, "
                    "`<YYYY>` là một năm. Không được thêm trường nào khác. Ý nghĩa của từng mã lỗi "
                    "ở trang [Mã lỗi, phát hiện và bộ quy định](rules.md).",
    "files": "Các tệp",
    "tree": "Kho hồ sơ là cây thư mục trong `records/`, theo hệ thống tổ chức đảng: mỗi thư mục "
            "là một tổ chức (tên thư mục là mã của tổ chức: chữ thường không dấu, số, gạch "
            "ngang) và có `unit.yaml`; thư mục chi bộ có thêm `members.yaml`, có thể có "
            "`ratings.yaml`, thư mục `dues/` và thư mục `minutes/`. Một thư mục có thể có "
            "`README.md` để ghi chú. Bộ quy định đi kèm bộ công cụ.",
    "file": "Tệp",
    "content": "Nội dung",
    "minutes-names": "Biên bản nằm trong `minutes/<YYYY>/` của chi bộ, tên tệp là "
                     "`<YYYY-MM-DD>-<kind>.md`: ngày họp (phải trùng trường `date`, và năm trùng "
                     "thư mục năm) và loại buổi sinh hoạt, một trong {kinds} (phải trùng trường "
                     "`kind`). Buổi thứ hai cùng loại trong một ngày thêm `-2`, `-3`…, ví dụ "
                     "`minutes/2025/2025-03-05-regular-2.md`. Tệp gồm phần thông tin (YAML, giữa "
                     "hai dòng `---` ở đầu tệp) rồi phần nội dung (Markdown, các đề mục `#`).",
    "file-unit": "Nằm trong thư mục của mỗi tổ chức (đảng bộ hoặc chi bộ).",
    "file-members": "Nằm trong thư mục của mỗi chi bộ. Đảng viên rời chi bộ vẫn giữ mục của mình, "
                    "ghi thêm `left` và `left_reason`.",
    "file-ratings": "Nằm trong thư mục chi bộ (không bắt buộc).",
    "file-dues": "Nằm trong thư mục `dues/` của chi bộ, mỗi năm một tệp (không bắt buộc).",
    "file-minutes": "Phần thông tin ở đầu biên bản; phần nội dung sau đó là văn bản tự do với "
                    "các đề mục (các phần gợi ý theo bộ quy định, xem trang "
                    "[Mã lỗi, phát hiện và bộ quy định](rules.md)).",
    "file-rulebook": "Bộ quy định đi kèm bộ công cụ, mỗi văn bản một tệp; kho hồ sơ có thể thêm "
                     "bộ quy định riêng. Tham số của từng bộ ở trang "
                     "[Mã lỗi, phát hiện và bộ quy định](rules.md).",
    "type": "Kiểu",
    "allowed": "Giá trị",
    "required": "Bắt buộc",
    "example": "Ví dụ",
    "yes": "có",
    "no": "không",
    "or": " hoặc ",
    "list-of": " (mỗi mục: {item})",
    "required-with": "có, khi có {fields}",
    "required-when": "có, khi {conditions}",
    "pattern": "khớp mẫu `{pattern}`",
    "range": "từ {low} đến {high}",
    "at-least": "từ {low} trở lên",
    "not-empty": "không để trống",
    "min-items": "ít nhất {count} mục",
    "each-item": "mỗi mục: {what}",
    "each-key": "tên mỗi khóa: {what}",
    "each-value": "mỗi giá trị: {what}",
    "format-month": "tháng NĂM-THÁNG, ví dụ 2025-03",
    "rules-title": "Mã lỗi, phát hiện của bản tổng hợp và bộ quy định",
    "rules-intro": "Mỗi thông báo có một mã cố định, không đổi theo ngôn ngữ hay lời văn. Thông "
                   "báo dưới đây là ví dụ, với tên và số liệu mẫu; khi kiểm tra thật, chỗ đó là "
                   "tên tệp, dòng và giá trị của hồ sơ. Cách ghi từng trường ở "
                   "trang [Định dạng hồ sơ](format.md); cách làm từng bước ở "
                   "[Hướng dẫn văn thư](huong-dan-van-thu.md).",
    "codes": "Mã lỗi và cảnh báo",
    "codes-intro": "*Lỗi* chặn commit và làm `tools validate` trả mã 1; *cảnh báo* không chặn "
                   "(trừ khi chạy với `--strict`), nhưng cần đọc và xem lại.",
    "code": "Mã",
    "severity": "Mức độ",
    "severity-error": "chặn commit",
    "severity-warning": "không chặn commit",
    "when": "Khi nào",
    "message": "Thông báo (ví dụ)",
    "fix": "Cách sửa",
    "fixable": "`tools fix` tự sửa được.",
    "history": "Chỉ có khi so với hồ sơ đã commit trước đó (bước kiểm tra khi commit, CI và "
               "`tools review`).",
    "source": "Căn cứ",
    "findings": "Phát hiện của bản tổng hợp",
    "findings-intro": "`tools summarize` nêu các phát hiện sau trong phần Phát hiện, mỗi phát hiện "
                      "kèm các tệp làm căn cứ. Phát hiện không phải lỗi của tệp: đó là việc chi "
                      "bộ, cấp ủy cần xem xét.",
    "rulebooks": "Bộ quy định",
    "rulebooks-intro": "Mỗi buổi sinh hoạt được xét theo bộ quy định có hiệu lực vào ngày họp; "
                       "cấp ủy có thể đặt quy định riêng cho các tổ chức trực thuộc "
                       "(`local_rules` trong `unit.yaml`). Mỗi tham số ghi văn bản làm căn cứ.",
    "document": "Văn bản",
    "in-force": "Hiệu lực",
    "in-force-open": "nay",
    "parameter": "Tham số",
    "label": "Tên",
    "value": "Giá trị",
    "sources": "Các văn bản làm căn cứ",
}

# When each problem code is given and each finding made (docs/rules.md)
WHEN = {
    "parse.encoding": "Tệp không lưu bằng mã hóa UTF-8.",
    "parse.unreadable": "Máy không đọc được tệp (không có quyền, tệp vừa bị xóa).",
    "parse.bom": "Có ký tự ẩn BOM ở đầu tệp.",
    "parse.not-nfc": "Chữ tiếng Việt dạng tổ hợp (máy Mac).",
    "parse.no-front-matter": "Thiếu phần thông tin giữa hai dòng `---`.",
    "parse.yaml": "Sai cú pháp trong phần thông tin.",
    "parse.duplicate-key": "Một trường ghi hai lần.",
    "parse.alias": "Dùng ký hiệu đặc biệt `&`, `*`, `!`.",
    "parse.too-large": "Tệp lớn hơn 1 MB.",
    "parse.not-mapping": "Phần thông tin không phải dạng `tên: giá trị`.",
    "schema.required": "Thiếu trường bắt buộc.",
    "schema.type": "Giá trị sai kiểu (chữ, số, true/false, danh sách…).",
    "schema.enum": "Giá trị không nằm trong danh sách cho phép.",
    "schema.format": "Ngày, giờ, mã, số thẻ sai dạng.",
    "schema.unknown-field": "Tên trường lạ (thường do gõ sai).",
    "schema.invalid": "Giá trị không đạt điều kiện khác (để trống, số âm…).",
    "layout.file-name": "Tệp trong `minutes/` sai tên hoặc sai loại tệp (`.docx`, `.md.txt`, "
                        "`.MD`).",
    "layout.date-mismatch": "Tên tệp, thư mục năm và phần thông tin không khớp.",
    "layout.no-unit": "Thư mục thiếu `unit.yaml`.",
    "layout.minutes-outside-cell": "Biên bản hoặc danh sách đảng viên nằm ngoài thư mục chi bộ.",
    "layout.cell-has-children": "Thư mục chi bộ chứa tổ chức khác.",
    "layout.unexpected-file": "Tệp lạ trong kho hồ sơ.",
    "layout.symlink": "Liên kết tắt thay cho tệp thật.",
    "unit.secretary-not-member": "Bí thư không có trong danh sách đảng viên.",
    "unit.too-few-members": "Chi bộ dưới {min_full_members} đảng viên chính thức.",
    "unit.committee-expected": "Chi bộ từ {committee_full_members} đảng viên chính thức mà chưa "
                               "có chi ủy.",
    "unit.committee-not-member": "Chi ủy viên, phó bí thư không có trong danh sách.",
    "roster.duplicate-id": "Hai đảng viên trùng mã.",
    "roster.duplicate-card": "Một số thẻ sinh hoạt hai nơi cùng lúc.",
    "roster.dates": "Các ngày của một đảng viên sai thứ tự.",
    "roster.probation-overdue": "Quá {probation_months} tháng dự bị chưa ghi ngày chính thức.",
    "minutes.unknown-member": "Mã không có trong danh sách đảng viên.",
    "minutes.not-in-cell": "Đảng viên chưa về hoặc đã rời chi bộ vào ngày họp.",
    "minutes.attendance-missing": "Thiếu người trong điểm danh.",
    "minutes.attendance-duplicate": "Một người ghi hai lần trong điểm danh.",
    "minutes.chair-not-present": "Chủ trì không có mặt.",
    "minutes.secretary-not-present": "Thư ký không có mặt.",
    "minutes.speaker-not-present": "Người phát biểu không có mặt.",
    "minutes.time-order": "Giờ kết thúc không sau giờ bắt đầu.",
    "minutes.too-short": "Buổi họp ngắn hơn thời gian tối thiểu.",
    "minutes.future-date": "Ngày họp sau ngày hôm nay.",
    "minutes.votes-exceed": "Tổng số phiếu nhiều hơn số đảng viên chính thức có mặt.",
    "minutes.decision-not-passed": "Ghi “được thông qua” nhưng không đủ quá nửa.",
    "minutes.topic-missing": "Thiếu chủ đề sinh hoạt chuyên đề.",
    "minutes.missing-section": "Không thấy một phần của buổi họp (gợi ý).",
    "minutes.section-order": "Các phần khác thứ tự thường gặp (gợi ý).",
    "minutes.duplicate": "Hai biên bản trùng ngày, loại và giờ bắt đầu.",
    "minutes.unexcused-absence": "Có đảng viên vắng không lý do.",
    "minutes.not-adopted": "Chưa ghi biên bản đã được thông qua.",
    "minutes.copy-of-previous": "Nội dung gần giống biên bản trước.",
    "minutes.exempt-unexcused": "Đảng viên được miễn sinh hoạt bị ghi vắng không lý do.",
    "minutes.rulebook-not-in-force": "`rulebook:` ghi bộ quy định không áp dụng vào ngày họp.",
    "minutes.temporary-voter": "Số phiếu chỉ khớp khi tính cả đảng viên sinh hoạt tạm thời.",
    "unit.probationary-officer": "Bí thư, phó bí thư, chi ủy viên là đảng viên dự bị.",
    "unit.temporary-officer": "Bí thư, phó bí thư, chi ủy viên là đảng viên sinh hoạt tạm thời.",
    "unit.committee-too-small": "Có chi ủy mà chi bộ dưới {committee_full_members} đảng viên "
                                "chính thức.",
    "unit.partial-outside-grassroots": "Đảng bộ bộ phận không nằm trong đảng bộ cơ sở.",
    "roster.probation-too-short": "Ngày chính thức chưa đủ {probation_months} tháng sau ngày vào "
                                  "Đảng.",
    "parse.conflict-marker": "Còn dấu xung đột `<<<<<<<`, `>>>>>>>` khi gộp nhánh.",
    "layout.case-conflict": "Hai tên chỉ khác chữ hoa, chữ thường.",
    "layout.too-large": "Tệp (ảnh, bản quét…) lớn hơn 1 MB trong kho.",
    "roster.member-removed": "Xóa đảng viên khỏi danh sách, hoặc đổi mã đảng viên.",
    "record.deleted": "Xóa hồ sơ đã commit.",
    "record.changed-without-correction": "Sửa biên bản đã commit mà không thêm đính chính.",
    "review.late": "Biên bản gửi duyệt quá 30 ngày sau ngày họp.",
    # findings of a summary
    "cadence.missing-regular": "Một tháng chi bộ tồn tại mà không có biên bản sinh hoạt thường "
                               "kỳ (kể cả thường kỳ kết hợp chuyên đề).",
    "cadence.missing-thematic": "Một quý chi bộ tồn tại mà không có sinh hoạt chuyên đề (buổi "
                                "thường kỳ có combined: true cũng tính).",
    "cadence.missing-committee": "Chi bộ có chi ủy mà một tháng không có biên bản họp chi ủy.",
    "members.removal-review": "Một đảng viên vắng sinh hoạt thường kỳ không lý do, hoặc không "
                              "đóng đảng phí không lý do, từ số tháng trong năm của bộ quy định "
                              "trở lên (tính cả ở các chi bộ đảng viên đã sinh hoạt).",
    "members.excused-streak": "Một đảng viên vắng có lý do nhiều buổi liên tiếp hơn số lần của "
                              "bộ quy định.",
    "members.thematic-absence": "Một đảng viên vắng không lý do buổi sinh hoạt chuyên đề (chỉ "
                                "nêu, không tính vào việc xem xét xóa tên).",
    "members.dues-unpaid": "Tệp đảng phí ghi một đảng viên chưa đóng đảng phí, không có lý do, "
                           "từ số tháng trong năm của bộ quy định trở lên.",
    "attendance.below-target": "Tỷ lệ dự họp của một chi bộ trong kỳ không cao hơn mức của bộ "
                               "quy định.",
    "attendance.meeting-below-target": "Tỷ lệ dự họp của một buổi sinh hoạt không cao hơn mức "
                                       "của bộ quy định.",
    "visits.below-quota": "Cấp ủy viên một cấp dự sinh hoạt với chi bộ ít lần hơn định mức "
                          "(quy định của cấp ủy trong local_rules, nếu không thì của bộ quy "
                          "định).",
    "cells.no-committee": "Chi bộ có từ số đảng viên chính thức của bộ quy định trở lên nhưng "
                          "unit.yaml không ghi có chi ủy.",
}
