"""A small valid records tree written into a temporary folder, for tests that mutate it."""

from __future__ import annotations

from pathlib import Path

CELL = "records/xa-dak-roong/lang-kon-hring"
MINUTES = f"{CELL}/minutes/2025/2025-03-05-regular.md"

FILES = {
    "records/xa-dak-roong/unit.yaml": "name: Đảng bộ xã Đak Rong\nkind: committee\n"
                                      "level: commune\n",
    f"{CELL}/unit.yaml": (
        "name: Chi bộ làng Kon Hring\nkind: cell\ntype: village\nhas_committee: false\n"
        "secretary: dinh-van-hung\nsecretary_is_village_head: true\n"),
    f"{CELL}/members.yaml": (
        "members:\n"
        "  - id: dinh-van-hung\n    name: Đinh Văn Hùng\n    card: \"52012345\"\n"
        "    admitted: 2010-03-02\n    full_since: 2011-03-02\n    joined: 2010-03-02\n"
        "  - id: rcham-thi-hoa\n    name: Rơ Châm Thị Hoa\n    admitted: 2012-05-19\n"
        "    full_since: 2013-05-19\n    joined: 2012-05-19\n"
        "  - id: y-broh\n    name: Y Brốh\n    admitted: 2015-09-02\n"
        "    full_since: 2016-09-02\n    joined: 2015-09-02\n"),
    MINUTES: (
        "---\nkind: regular\ndate: 2025-03-05\nstart: \"07:30\"\nend: \"09:30\"\n"
        "place: Nhà rông làng Kon Hring\nchair: dinh-van-hung\nsecretary: rcham-thi-hoa\n"
        "present: [dinh-van-hung, rcham-thi-hoa, y-broh]\nminutes_adopted: true\n---\n\n"
        "## Mở đầu\n\nĐồng chí Đinh Văn Hùng, Bí thư chi bộ, khai mạc lúc 07 giờ 30.\n\n"
        "## Nội dung\n\nChi bộ đánh giá việc chăm sóc cà phê và phòng chống cháy rừng.\n\n"
        "## Kết thúc\n\nBiên bản được thông qua; kết thúc lúc 09 giờ 30.\n"),
}


def write_tree(root: Path) -> Path:
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    return root
