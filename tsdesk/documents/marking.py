"""What a confidentiality mark says: one place for the words on labels, covers, signs and stamps.

003 §9.2.1: a 保密标记 carries 编号, 保密等级, 保密期限 and 责任单位, placed where it is seen.
003 §9.2.2: 警示标记 remind the user of the duty of confidentiality — (b) on an electronic
document's first page, header, footer and watermark, (d) at a secret area's entrances and on a
carrier's surface. 003 §9.1.2.1: paper material is clearly marked 商业秘密 with its grade and term.
"""

from __future__ import annotations

from dataclasses import dataclass

MARK_TITLE = "商业秘密"  # 003 §9.1.2.1
WARNING = "未经授权 禁止复制、传播"  # the warning line on labels and covers, 003 §9.2.2 d
DOCUMENT_WARNING = "本文件含本单位商业秘密，未经授权禁止复制、传播、披露"  # stamps, 003 §9.2.2 b
COVER_WARNING = (
    "本文件含本单位商业秘密，持有人负有保密义务。未经授权，禁止复制、摘抄、拍照、传播或向他人披露；"
    "使用完毕应及时归还，妥善保管，不得遗失。"
)
AREA_TITLE = "涉密区域"
AREA_WARNING = "非授权人员禁止入内"  # 003 §9.1.1.2 b, §9.2.2 d
AREA_RULES = "禁止携带具有录音、摄像、拍照、信息存储功能的设备进入"  # 003 §9.1.1.2 d

# Field captions, long and short (small labels use the short ones).
CAPTIONS: dict[str, tuple[str, str]] = {
    "number": ("编号", "编号"),
    "grade": ("保密等级", "密级"),
    "term": ("保密期限", "期限"),
    "unit": ("责任单位", "责任"),
    "person": ("责任人", "责任人"),
    "title": ("载体名称", "名称"),
    "area": ("区域名称", "区域"),
}


def reprint_mark(issue: int) -> str:
    """The mark of a reprinted label: its issue number (the first print carries none)."""
    return f"补 {issue}" if issue >= 2 else ""


@dataclass(frozen=True)
class Mark:
    """The facts a mark shows (003 §9.2.1), as plain text."""

    number: str
    grade: str
    term: str  # a date, 长期, or the event that ends it; "" for areas (no term)
    unit: str  # 责任单位
    person: str = ""  # 责任人
    title: str = ""  # the carrier's or area's name, where the mark has room for it
