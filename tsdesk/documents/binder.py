"""The evidence binder for the inspection visit (004 第十一条（四） 实地考察): one PDF of
sections made elsewhere, behind a table of contents and followed by a hash index (the
SHA-256 of each section's own PDF and the audit-chain head it was printed under), with a
bookmark per section. Also the small documents only the binder needs: a ruled list for
records that have no print of their own, and scanned images placed on pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak, Spacer

from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.page import FooterInfo, build_pdf, doc_info, frame_size, styles
from tsdesk.documents.text import CJKParagraph, ruled_table

BINDER_TITLE = "商业秘密保护基地实地考察资料汇编"
BINDER_SUBJECT = "商业秘密保护基地申报验收资料汇编（目录、各部分文件及哈希索引）"


@dataclass(frozen=True)
class Part:
    """One section as it goes into the binder."""

    title: str
    pdf: bytes
    pages: int
    sha256: str
    chain: str  # the audit-chain head the section was printed under ("审计链 #n abc…")


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _table(rows: list[list[str]], widths: Sequence[float]) -> Flowable:
    st = styles()
    cell = st.cell.clone("bindercell", fontSize=9, leading=12)
    data = [[CJKParagraph(text, cell) for text in row] for row in rows]
    return ruled_table(data, list(widths), header_rows=1)


def render_list(
    title: str,
    lines: Sequence[str],
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    footer: FooterInfo,
    *,
    landscape: bool = False,
    empty: str = "（无记录）",
) -> bytes:
    """A ruled list of records under a title: `shares` are the columns' relative widths."""
    st = styles()
    width, _ = frame_size(landscape=landscape)
    story: list[Flowable] = [CJKParagraph(title, st.title)]
    if footer.company:
        story.insert(0, CJKParagraph(footer.company, st.heading))
    story += [CJKParagraph(line, st.body) for line in lines]
    story.append(Spacer(1, 3 * mm))
    if rows:
        total = sum(shares)
        story.append(
            _table([list(header), *[list(r) for r in rows]], [width * s / total for s in shares])
        )
    else:
        story.append(CJKParagraph(empty, st.body))
    out = io.BytesIO()
    build_pdf(out, story, footer, title=title, subject=title, landscape=landscape)
    return out.getvalue()


def image_pages(title: str, images: Sequence[tuple[str, bytes]], footer: FooterInfo) -> bytes:
    """Each scanned image on a page of its own, scaled to fit, its file name above it."""
    st = styles()
    width, height = frame_size()

    class _Image(Flowable):
        def __init__(self, data: bytes) -> None:
            super().__init__()
            self.reader = ImageReader(io.BytesIO(data))
            w, h = self.reader.getSize()
            scale = min(width / w, (height - 20 * mm) / h)  # the page's room, kept in shape
            self.size = (w * scale, h * scale)

        def wrap(self, *_args: float) -> tuple[float, float]:
            return self.size

        def draw(self) -> None:
            self.canv.drawImage(self.reader, 0, 0, *self.size, preserveAspectRatio=True)

    story: list[Flowable] = []
    for i, (name, data) in enumerate(images):
        if i:
            story.append(PageBreak())
        story += [CJKParagraph(f"{title}：{name}", st.heading), _Image(data)]
    out = io.BytesIO()
    build_pdf(out, story, footer, title=title, subject=title)
    return out.getvalue()


def _contents(
    parts: Sequence[Part], first_page: int, lines: Sequence[str], footer: FooterInfo
) -> bytes:
    st = styles()
    width, _ = frame_size()
    story: list[Flowable] = [CJKParagraph(BINDER_TITLE, st.title)]
    story += [CJKParagraph(line, st.body) for line in lines]
    story += [Spacer(1, 4 * mm), CJKParagraph("目　录", st.heading)]
    rows = [["序号", "内容", "页数", "起始页"]]
    page = first_page
    for number, part in enumerate(parts, start=1):
        rows.append([str(number), part.title, str(part.pages), str(page)])
        page += part.pages
    rows.append([str(len(parts) + 1), "哈希索引", "", str(page)])
    story.append(_table(rows, [width * s for s in (0.1, 0.6, 0.12, 0.18)]))
    out = io.BytesIO()
    build_pdf(out, story, footer, title=BINDER_TITLE, subject=BINDER_SUBJECT)
    return out.getvalue()


def _hash_index(parts: Sequence[Part], footer: FooterInfo) -> bytes:
    st = styles()
    width, _ = frame_size()
    mono = st.cell.clone("hash", fontName=register_fonts(), fontSize=7.5, leading=10)
    rows = [["序号", "内容", "页数", "打印时审计链", "SHA-256（该部分 PDF 文件）"]]
    for number, part in enumerate(parts, start=1):
        rows.append([str(number), part.title, str(part.pages), part.chain, part.sha256])
    data = [[CJKParagraph(text, mono if c == 4 else st.cell) for c, text in enumerate(row)]
            for row in rows]  # fmt: skip
    story: list[Flowable] = [
        CJKParagraph("哈希索引", st.title),
        CJKParagraph(
            "下列各部分在汇编前单独生成，其 PDF 文件的 SHA-256 与打印时的审计链头记录于此，"
            "并写入本系统审计记录，可据此核对各部分未被替换或改动。",
            st.body,
        ),
        Spacer(1, 3 * mm),
        ruled_table(data, [width * s for s in (0.07, 0.3, 0.08, 0.2, 0.35)], header_rows=1),
    ]
    out = io.BytesIO()
    build_pdf(out, story, footer, title=BINDER_TITLE, subject=BINDER_SUBJECT)
    return out.getvalue()


def assemble(parts: Sequence[Part], lines: Sequence[str], footer: FooterInfo) -> bytes:
    """Contents, the parts in order (a bookmark each), the hash index; one document info."""
    length = 1  # the contents' own length moves the start pages it lists
    contents = _contents(parts, length + 1, lines, footer)
    while page_count(contents) != length:
        length = page_count(contents)
        contents = _contents(parts, length + 1, lines, footer)
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(contents)))
    writer.add_outline_item(title="目录", page_number=0)
    for part in parts:
        start = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(part.pdf)))
        writer.add_outline_item(title=part.title, page_number=start)
    start = len(writer.pages)
    writer.append(PdfReader(io.BytesIO(_hash_index(parts, footer))))
    writer.add_outline_item(title="哈希索引", page_number=start)
    writer.add_metadata(doc_info(BINDER_TITLE, BINDER_SUBJECT, footer).pdf_dict())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
