"""The form engine: each printed form is data (resources/forms/<id>.json), drawn as a ruled table.

A definition holds `id`, `title`, optional `subtitle`, optional `annex` (the small
"附表3" line above the title), optional `source` (the seed it copies), optional `columns`
(relative widths of the grid columns; equal if absent), optional `subject` (what the form
is, for the PDF's document info) and `rows`. A form with an `annex` line is one submitted to
an authority (004 附表1–3): its page shows neither the audit-chain head nor who printed it
(they stay in the document info), nor the company heading and signature line that the
company's own forms carry. Each row lists its
cells left to right; a cell has `label` (printed text) or `field` (a key into the data
dict), optional `colspan`, `rowspan`, `height_mm` (minimum height, for free-text boxes),
and `kind`: "label", "value" or "sign" (a signature block at the bottom right; `stamp`
says what is stamped, "（单位公章）" unless given).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from tsdesk import paths
from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.text import CJKParagraph, wrap_text

KINDS = ("label", "value", "sign")
DEFAULT_STAMP = "（单位公章）"
ROW_HEIGHT_MM = 11.0  # minimum height of an ordinary row: room to write by hand
PAD_X = 4.0  # cell padding, points
PAD_Y = 3.0
MAX_CELL_SHARE = 0.55  # of the page body: a value taller than this continues on an annex page
SPILL_NOTE = "（续见附页）"
SIGN_LINE = "编制：＿＿＿＿＿＿＿＿　　审核：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿"


@dataclass(frozen=True)
class FormCell:
    kind: str
    label: str = ""
    field: str = ""
    colspan: int = 1
    rowspan: int = 1
    height_mm: float = 0.0
    stamp: str = DEFAULT_STAMP


@dataclass(frozen=True)
class FormDef:
    id: str
    title: str
    columns: tuple[float, ...]
    rows: tuple[tuple[FormCell, ...], ...]
    subtitle: str = ""
    annex: str = ""
    source: str = ""
    subject: str = ""

    @property
    def official(self) -> bool:
        """Submitted to an authority: no internal log or operator on its page."""
        return bool(self.annex)

    def labels(self) -> list[str]:
        return [cell.label for row in self.rows for cell in row if cell.kind == "label"]

    def fields(self) -> list[str]:
        return [cell.field for row in self.rows for cell in row if cell.field]


def forms_dir() -> Path:
    return paths.resources_dir() / "forms"


def _cell(raw: Mapping[str, Any], where: str) -> FormCell:
    label, field = raw.get("label", ""), raw.get("field", "")
    kind = raw.get("kind") or ("value" if field else "label")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be one of {KINDS}, not {kind!r}")
    if kind == "label" and (not label or field):
        raise ValueError(f"{where}: a label cell needs `label` and no `field`")
    if kind == "value" and (not field or label):
        raise ValueError(f"{where}: a value cell needs `field` and no `label`")
    colspan, rowspan = int(raw.get("colspan", 1)), int(raw.get("rowspan", 1))
    if colspan < 1 or rowspan < 1:
        raise ValueError(f"{where}: colspan and rowspan must be at least 1")
    return FormCell(
        kind=kind,
        label=label,
        field=field,
        colspan=colspan,
        rowspan=rowspan,
        height_mm=float(raw.get("height_mm", 0.0)),
        stamp=raw.get("stamp", DEFAULT_STAMP),
    )


def _place(form: FormDef) -> list[tuple[int, int, FormCell]]:
    """(row, column, cell) of every cell; checks that the cells tile the grid exactly."""
    n_cols, n_rows = len(form.columns), len(form.rows)
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(form.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:  # covered by a rowspan from above
                c += 1
            if c + cell.colspan > n_cols or r + cell.rowspan > n_rows:
                raise ValueError(f"form {form.id}: row {r + 1}: a cell runs past the table")
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    if (rr, cc) in taken:
                        raise ValueError(f"form {form.id}: row {rr + 1}: cells overlap")
                    taken.add((rr, cc))
            placed.append((r, c, cell))
            c += cell.colspan
        if any((r, cc) not in taken for cc in range(n_cols)):
            raise ValueError(f"form {form.id}: row {r + 1} does not fill {n_cols} columns")
    return placed


def parse_form(raw: Mapping[str, Any]) -> FormDef:
    """Build and check a form definition from its JSON data; ValueError says what is wrong."""
    form_id = raw.get("id")
    if not form_id or not raw.get("title") or not raw.get("rows"):
        raise ValueError(f"form {form_id!r}: `id`, `title` and `rows` are required")
    rows = tuple(
        tuple(_cell(cell, f"form {form_id}: row {r + 1}") for cell in row)
        for r, row in enumerate(raw["rows"])
    )
    columns = raw.get("columns") or [1.0] * sum(cell.colspan for cell in rows[0])
    form = FormDef(
        id=form_id,
        title=raw["title"],
        columns=tuple(float(w) for w in columns),
        rows=rows,
        subtitle=raw.get("subtitle", ""),
        annex=raw.get("annex", ""),
        source=raw.get("source", ""),
        subject=raw.get("subject", ""),
    )
    _place(form)
    return form


def load_form(form_id: str) -> FormDef:
    """The form defined in resources/forms/<form_id>.json."""
    path = forms_dir() / f"{form_id}.json"
    if not path.is_file():
        raise ValueError(f"no form definition {path.name}")
    return parse_form(json.loads(path.read_text(encoding="utf-8")))


def list_forms() -> list[tuple[str, str]]:
    """(id, title) of every shipped form, by id."""
    forms = (load_form(path.stem) for path in sorted(forms_dir().glob("*.json")))
    return [(form.id, form.title) for form in forms]


def sign_text(stamp: str = DEFAULT_STAMP) -> str:
    """The signature block printed at the bottom right of opinion boxes (004 附表1–3)."""
    return f"负责人：{'　' * 7}{stamp}\n年　　月　　日"


def _padded(content: Flowable, width: float, min_height: float, where: str) -> list[Flowable]:
    """`content` with spacers around it so it is at least `min_height` tall."""
    _, height = content.wrap(width, 1e6)
    spare = max(0.0, min_height - height)
    before = {"top": 0.0, "middle": spare / 2, "bottom": spare}[where]
    after = spare - before
    flowables = [Spacer(1, before)] if before else []
    flowables.append(content)
    if after:
        flowables.append(Spacer(1, after))
    return flowables


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def _spill(text: str, style: ParagraphStyle, width: float, max_height: float) -> tuple[str, str]:
    """Cut `text` to what fits `max_height` in the cell, plus a note; the rest goes to an annex."""
    lines = wrap_text(text, style.fontName, style.fontSize, width)
    if len(lines) * style.leading <= max_height:
        return text, ""
    keep = max(1, int(max_height // style.leading) - 1)  # one line is left for the note
    # Find where the kept lines end in `text`, counting only non-space characters
    # (the wrap drops the spaces it breaks at).
    wanted = sum(len("".join(line.split())) for line in lines[:keep])
    i = seen = 0
    while seen < wanted:
        seen += not text[i].isspace()
        i += 1
    return text[:i].rstrip() + "\n" + SPILL_NOTE, text[i:].lstrip()


def _resolve(form: str | Mapping[str, Any] | FormDef) -> FormDef:
    if isinstance(form, FormDef):
        return form
    return load_form(form) if isinstance(form, str) else parse_form(form)


@dataclass(frozen=True)
class FieldFit:
    """How a value fits its box: the characters printed in the cell and those continued on
    the annex page (spaces at a cut are not counted)."""

    field: str
    in_cell: int
    continued: int


@dataclass
class _Layout:
    heading: list[Flowable]
    table: Table
    tail: list[Flowable]
    annex: list[tuple[str, str]]  # (label, text) continued after the table
    fits: dict[str, FieldFit]


def _lay_out(form: FormDef, data: Mapping[str, Any], company: str) -> _Layout:
    st = styles()
    label_style = ParagraphStyle("label", parent=st.cell, alignment=TA_CENTER)
    sign_style = ParagraphStyle(
        "sign", parent=st.cell, alignment=TA_RIGHT, leading=26, rightIndent=10
    )
    width, frame_height = frame_size()
    total = sum(form.columns)
    col_widths = [width * w / total for w in form.columns]

    heading: list[Flowable] = []
    if company and not form.official:
        heading.append(
            CJKParagraph(company, ParagraphStyle("co", parent=st.heading, alignment=TA_CENTER))
        )
    if form.annex:
        heading.append(CJKParagraph(form.annex, st.heading))
    heading.append(CJKParagraph(form.title, st.title))
    if form.subtitle:
        heading.append(
            CJKParagraph(form.subtitle, ParagraphStyle("sub", parent=st.body, alignment=TA_CENTER))
        )

    # The company's own forms end with who drew the form up and who checked it.
    tail: list[Flowable] = []
    if not form.official:
        tail = [Spacer(1, 6 * mm), CJKParagraph(SIGN_LINE, st.body)]

    # Pass 1: every cell's text and natural height.
    cells = []  # (row, column, cell, inner width, minimum height, paragraph)
    for r, c, cell in _place(form):
        inner = sum(col_widths[c : c + cell.colspan]) - 2 * PAD_X
        min_height = (cell.height_mm or ROW_HEIGHT_MM) * mm - 2 * PAD_Y
        if cell.kind == "label":
            para = CJKParagraph(cell.label, label_style)
        elif cell.kind == "value":
            para = CJKParagraph(_as_text(data.get(cell.field)), st.cell)
        else:
            para = CJKParagraph(sign_text(cell.stamp), sign_style)
        cells.append((r, c, cell, inner, min_height, para))
    natural = {(r, c): max(m, p.wrap(w, 1e6)[1]) for r, c, _, w, m, p in cells}
    row_height = [0.0] * len(form.rows)
    for r, c, cell, *_ in cells:
        row_height[r] = max(row_height[r], (natural[r, c] + 2 * PAD_Y) / cell.rowspan)

    # Budgets for values: free-text boxes, tallest first, give up what would push the
    # table onto a second page (never below their own minimum height).
    budget = {
        (r, c): min(natural[r, c], frame_height * MAX_CELL_SHARE)
        for r, c, cell, *_ in cells
        if cell.kind == "value"
    }
    used = sum(f.wrap(width, frame_height)[1] + f.getSpaceAfter() for f in heading + tail)
    excess = used + sum(row_height) + 2 * mm - frame_height
    free_boxes = sorted(
        ((r, c, m) for r, c, cell, _, m, _ in cells if cell.kind == "value" and cell.height_mm),
        key=lambda rcm: -budget[rcm[0], rcm[1]],
    )
    for r, c, min_height in free_boxes:
        if excess <= 0:
            break
        cut = min(excess, budget[r, c] - min_height)
        if cut > 0:
            budget[r, c] -= cut
            excess -= cut

    # Pass 2: the table itself.
    grid: list[list[Any]] = [[""] * len(col_widths) for _ in form.rows]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
    ]
    annex: list[tuple[str, str]] = []
    fits: dict[str, FieldFit] = {}
    for r, c, cell, inner, min_height, para in cells:
        last = (c + cell.colspan - 1, r + cell.rowspan - 1)
        if last != (c, r):
            commands.append(("SPAN", (c, r), last))
        if cell.kind == "value":
            text, rest = _spill(para.text, st.cell, inner, budget[r, c])
            if rest:
                labels = [other.label for other in form.rows[r] if other.kind == "label"]
                annex.append(((labels[0] if labels else form.title).replace("\n", ""), rest))
                para = CJKParagraph(text, st.cell)
                text = text[: -len(SPILL_NOTE)]
            fits[cell.field] = FieldFit(cell.field, _counted(text), _counted(rest))
            # Free-text boxes fill from the top; ordinary values sit in the middle.
            valign = "TOP" if cell.height_mm else "MIDDLE"
        else:
            valign = "MIDDLE" if cell.kind == "label" else "BOTTOM"
        grid[r][c] = _padded(para, inner, min_height, valign.lower())
        commands.append(("VALIGN", (c, r), (c, r), valign))
    table = Table(grid, colWidths=col_widths, style=TableStyle(commands))
    return _Layout(heading, table, tail, annex, fits)


def _counted(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def fits(form: str | Mapping[str, Any] | FormDef, data: Mapping[str, Any]) -> dict[str, FieldFit]:
    """How each value of `data` fits its box on the printed form (no PDF is made)."""
    return _lay_out(_resolve(form), data, "").fits


def capacity(form: str | Mapping[str, Any] | FormDef, data: Mapping[str, Any], field: str) -> int:
    """About how many characters of CJK text the box of `field` holds before the rest
    continues on the annex page, the other values being `data`."""
    probe = {**data, field: "字" * 6000}
    return fits(form, probe)[field].in_cell


def render_form(
    out: str | IO[bytes],
    form: str | Mapping[str, Any] | FormDef,
    data: Mapping[str, Any],
    footer: FooterInfo,
) -> None:
    """Print `form` (an id, a JSON-like definition or a FormDef) filled from `data`.

    Missing keys print as empty cells. Long values wrap inside their cell and grow the row.
    A free-text box grows until the form would no longer fit on one page, any value at most
    to about half a page; text beyond that continues on an annex page after the table.
    """
    form = _resolve(form)
    st = styles()
    laid = _lay_out(form, data, footer.company)
    heading, tail, annex = laid.heading, laid.tail, laid.annex
    story = [*heading, laid.table, *tail]
    if annex:
        story.append(PageBreak())
        story.append(CJKParagraph(f"附页：{form.title}", st.title))
        for label, rest in annex:
            story.append(CJKParagraph(f"{label}（续）", st.heading))
            story.append(CJKParagraph(rest, st.body))
    subject = form.subject or ("申报表" if form.official else "审批表")
    build_pdf(
        out,
        story,
        footer,
        title=form.title,
        subject=subject,
        scope=_as_text(data.get("number", "")),
        official=form.official,
    )
