"""The form engine and the three base application forms of 004 附表1–3."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from tsdesk.documents.forms import (
    SPILL_NOTE,
    list_forms,
    load_form,
    parse_form,
    render_form,
)

# Every label of each source form, in the source's order (004_15f4edb14111ad52.txt 附表1–3).
SOURCE_LABELS = {
    "shaoxing_base_zone": [
        "园区名称", "负责人", "联系地址", "邮政编码", "园区类型", "入园企业数量", "园区产值",
        "省级示范站(点)已建数", "市级示范站(点)已建数", "联系人", "职务/职称", "联系电话",
        "商业秘密保护工作开展情况", "园区管委会申报意见", "县市场监管局推荐意见", "市局验收意见",
    ],
    "shaoxing_base_station": [
        "组织名称", "法定代表人", "注册地址", "邮政编码", "会员数量", "省级示范点已建数",
        "市级示范点已建数", "组织类型", "所属行业", "行业年产值", "联系人", "职务/职称", "联系电话",
        "商业秘密保护工作开展情况", "申报单位意见", "县市场监管局推荐意见", "市局验收意见",
    ],
    "shaoxing_base_point": [
        "企业名称", "法定代表人", "经营地址", "邮政编码", "员工数量", "企业类型", "所属行业",
        "年产值", "联系人", "职务/职称", "联系电话", "商业秘密保护工作开展情况", "申报企业意见",
        "县市场监管局推荐意见", "市局验收意见",
    ],
}  # fmt: skip

TITLES = {
    "shaoxing_base_zone": ("附表1", "绍兴市商业秘密保护基地（示范区）申报表"),
    "shaoxing_base_station": ("附表2", "绍兴市商业秘密保护基地（示范指导站）申报表"),
    "shaoxing_base_point": ("附表3", "绍兴市商业秘密保护基地（示范点）申报表"),
}

# Which data key fills the box beside each label (the company profile uses these keys).
FIELDS = {
    "shaoxing_base_zone": {
        "园区名称": "org_name", "负责人": "legal_representative", "联系地址": "address",
        "邮政编码": "postal_code", "园区类型": "org_type", "入园企业数量": "headcount",
        "园区产值": "annual_output", "省级示范站(点)已建数": "provincial_bases_built",
        "市级示范站(点)已建数": "municipal_bases_built", "联系人": "contact_person",
        "职务/职称": "contact_title", "联系电话": "contact_phone",
        "商业秘密保护工作开展情况": "protection_work_summary",
    },
    "shaoxing_base_station": {
        "组织名称": "org_name", "法定代表人": "legal_representative", "注册地址": "address",
        "邮政编码": "postal_code", "会员数量": "headcount",
        "省级示范点已建数": "provincial_bases_built", "市级示范点已建数": "municipal_bases_built",
        "组织类型": "org_type", "所属行业": "industry", "行业年产值": "annual_output",
        "联系人": "contact_person", "职务/职称": "contact_title", "联系电话": "contact_phone",
        "商业秘密保护工作开展情况": "protection_work_summary",
    },
    "shaoxing_base_point": {
        "企业名称": "org_name", "法定代表人": "legal_representative", "经营地址": "address",
        "邮政编码": "postal_code", "员工数量": "headcount", "企业类型": "org_type",
        "所属行业": "industry", "年产值": "annual_output", "联系人": "contact_person",
        "职务/职称": "contact_title", "联系电话": "contact_phone",
        "商业秘密保护工作开展情况": "protection_work_summary",
    },
}  # fmt: skip

SIGN_BOXES = {  # opinion box -> what is stamped there
    "shaoxing_base_zone": ["（单位公章）", "（单位公章）", "（签名或盖章）"],
    "shaoxing_base_station": ["(单位公章)", "(单位公章)", "(签名或盖章)"],
    "shaoxing_base_point": ["(单位公章)", "(单位公章)", "(签名或盖章)"],
}

SUMMARY = (
    "我公司于二〇二一年建立商业秘密管理制度，明确商业秘密的范围、密级和保密期限；"
    "与全体员工签订保密协议，与核心技术人员签订竞业限制协议；对研发中心实行门禁分区管理，"
    "涉密图纸一律加盖保密标识并登记载体编号，每季度开展一次保密培训和泄密应急演练。"
)

DATA = {
    "org_name": "绍兴示例纺织印染有限公司",
    "legal_representative": "王五",
    "address": "浙江省绍兴市越城区示例路八十八号创新大厦十二楼东侧办公区",
    "postal_code": "312000",
    "headcount": 230,
    "org_type": "有限责任公司",
    "industry": "纺织印染",
    "annual_output": "1.2亿元",
    "contact_person": "赵六",
    "contact_title": "法务经理",
    "contact_phone": "0575-88886666",
    "protection_work_summary": SUMMARY,
    "provincial_bases_built": 2,
    "municipal_bases_built": 5,
}


def render(form, data, footer) -> bytes:
    out = io.BytesIO()
    render_form(out, form, data, footer)
    return out.getvalue()


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def test_list_forms_names_the_three_base_forms():
    assert dict(list_forms()) == {form_id: title for form_id, (_, title) in TITLES.items()}


@pytest.mark.parametrize("form_id", sorted(SOURCE_LABELS))
def test_definition_copies_the_source_form(form_id):
    form = load_form(form_id)
    assert (form.annex, form.title) == TITLES[form_id]
    assert [label.replace("\n", "") for label in form.labels()] == SOURCE_LABELS[form_id]
    stamps = [cell.stamp for row in form.rows for cell in row if cell.kind == "sign"]
    assert stamps == SIGN_BOXES[form_id]
    # The value box right of each label is filled from the agreed data key.
    beside = {}
    for row in form.rows:
        for left, right in zip(row, row[1:], strict=False):
            if left.kind == "label" and right.kind == "value":
                beside[left.label.replace("\n", "")] = right.field
    assert beside == FIELDS[form_id]


@pytest.mark.parametrize("form_id", sorted(SOURCE_LABELS))
def test_rendered_form_shows_every_label_in_order_and_the_values(form_id, footer, pdf):
    data = render(form_id, DATA, footer)
    assert page_count(data) == 1
    flat = pdf.flat(pdf.text(data))
    annex, title = TITLES[form_id]
    assert flat.startswith(annex + title)
    position = 0
    for label in SOURCE_LABELS[form_id]:
        found = flat.find(label, position)
        assert found >= 0, f"{label} missing or out of order"
        position = found + len(label)
    for key in FIELDS[form_id].values():
        assert pdf.flat(str(DATA[key])) in flat, key
    assert SUMMARY in flat  # wrapped over many lines, read back whole
    assert flat.count("负责人：") == 3
    assert flat.count("年月日") == 3
    assert pdf.font_problems(data) == []
    assert pdf.print_scaling(data) == "/None"
    # Submitted to an authority: the log anchor only in the document info, no operator.
    assert "审计链" not in flat and footer.operator not in flat
    info = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert "审计链 #1234 3f9a0c1be47d" in info.keywords
    assert title in info.title and footer.company in info.title and info.author == footer.company


@pytest.mark.parametrize("form_id", sorted(SOURCE_LABELS))
def test_missing_values_print_as_empty_boxes(form_id, footer, pdf):
    data = render(form_id, {}, footer)
    text = pdf.text(data)
    assert page_count(data) == 1
    assert "None" not in text
    assert all(label in pdf.flat(text) for label in SOURCE_LABELS[form_id])


def test_long_values_grow_their_rows(footer, pdf):
    long_address = "浙江省绍兴市柯桥区" + "示例工业园区第三期厂房" * 8
    data = render("shaoxing_base_point", {**DATA, "address": long_address}, footer)
    flat = pdf.flat(pdf.text(data))
    assert long_address in flat
    assert SUMMARY in flat


def test_text_beyond_the_page_continues_on_an_annex(footer, pdf):
    summary = "".join(f"第{i}条：{SUMMARY}\n" for i in range(1, 41))
    data = render("shaoxing_base_point", {**DATA, "protection_work_summary": summary}, footer)
    text = pdf.text(data)
    flat = pdf.flat(text)
    assert page_count(data) > 1
    assert SPILL_NOTE in flat
    assert "附页：绍兴市商业秘密保护基地（示范点）申报表" in flat
    assert "商业秘密保护工作开展情况（续）" in flat
    # Cell part then annex part give back the whole text, nothing lost or repeated.
    pages = [pdf.flat(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]
    footers = re.compile(r"第\d+/\d+页")  # an authority's form: page numbers only
    body = "".join(footers.sub("", page) for page in pages)
    assert len(footers.findall("".join(pages))) == len(pages)
    cell_part = body[body.index("第1条") : body.index(SPILL_NOTE)]
    annex_part = body[body.index("（续）") + len("（续）") :]
    assert cell_part + annex_part == pdf.flat(summary)
    # The form itself stays on its first page, sign boxes included.
    assert "市局验收意见" in pages[0]


def test_custom_definition_with_rowspan(footer, pdf):
    form = {
        "id": "demo",
        "title": "演示表",
        "subtitle": "（内部使用）",
        "rows": [
            [{"label": "载体", "rowspan": 2}, {"label": "编号"}, {"field": "code"}],
            [{"label": "密级"}, {"field": "grade"}],
            [{"kind": "sign", "colspan": 3, "height_mm": 20}],
        ],
    }
    data = render(form, {"code": "TS-2024-0001", "grade": "一级商密"}, footer)
    flat = pdf.flat(pdf.text(data))
    for text in (
        "演示表",
        "（内部使用）",
        "载体",
        "编号",
        "TS-2024-0001",
        "密级",
        "一级商密",
        "（单位公章）",
    ):
        assert text in flat


@pytest.mark.parametrize(
    "rows, problem",
    [
        ([[{"label": "甲"}, {"field": "a"}], [{"label": "乙"}]], "does not fill"),
        (
            [[{"label": "甲", "rowspan": 2}, {"field": "a"}], [{"label": "乙"}, {"field": "b"}]],
            "past the table",
        ),
        (
            [[{"label": "甲"}, {"field": "a"}], [{"label": "乙", "kind": "box"}, {"field": "b"}]],
            "kind",
        ),
        ([[{"label": "甲", "field": "a"}, {"field": "a"}]], "label"),
        ([[{"label": "甲", "colspan": 3}]], "past the table"),
    ],
)
def test_bad_definitions_are_refused(rows, problem):
    with pytest.raises(ValueError, match=problem):
        parse_form({"id": "bad", "title": "坏表", "columns": [1, 1], "rows": rows})
