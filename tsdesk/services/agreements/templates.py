"""Agreement texts: the enterprise's own template per kind, or the text TSDesk ships, with
fields in braces ({员工姓名}) filled from the agreement when it is printed.

The shipped texts were written for TSDesk; they are a starting point for the enterprise's
lawyer, not legal advice. A template naming a field TSDesk does not know is refused, so that
no brace reaches paper unfilled.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
    Agreement,
    AgreementKind,
    AgreementTemplate,
    CompanyProfile,
    Department,
    Party,
    Person,
)
from tsdesk.services.agreements.core import (
    covered_carriers,
    covered_secrets,
    get,
    yuan,
)
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

TEMPLATE_MAX = 20000

# Every field a template may use, with what it is (shown in the template editor).
FIELDS: dict[str, str] = {
    "协议编号": QT_TRANSLATE_NOOP("agreements", "协议的编号"),
    "单位名称": QT_TRANSLATE_NOOP("agreements", "本单位名称（单位信息）"),
    "员工姓名": QT_TRANSLATE_NOOP("agreements", "签订协议的员工"),
    "工号": QT_TRANSLATE_NOOP("agreements", "员工工号"),
    "部门": QT_TRANSLATE_NOOP("agreements", "员工所在部门"),
    "岗位": QT_TRANSLATE_NOOP("agreements", "员工岗位"),
    "相对方": QT_TRANSLATE_NOOP("agreements", "外部相对方名称"),
    "签订日期": QT_TRANSLATE_NOOP("agreements", "签署日期"),
    "生效日期": QT_TRANSLATE_NOOP("agreements", "生效日期"),
    "终止日期": QT_TRANSLATE_NOOP("agreements", "终止日期（无则为“长期”）"),
    "违约金": QT_TRANSLATE_NOOP("agreements", "约定违约金（元）"),
    "涉密事项清单": QT_TRANSLATE_NOOP("agreements", "所涉商业秘密：编号、名称、等级"),
    "载体清单": QT_TRANSLATE_NOOP("agreements", "交接的涉密载体"),
    "竞业期限": QT_TRANSLATE_NOOP("agreements", "竞业限制期限（月）"),
    "竞业起始日": QT_TRANSLATE_NOOP("agreements", "竞业限制起算日（离职日）"),
    "竞业地域": QT_TRANSLATE_NOOP("agreements", "竞业限制地域"),
    "竞业业务": QT_TRANSLATE_NOOP("agreements", "竞业限制业务范围"),
    "竞争单位": QT_TRANSLATE_NOOP("agreements", "列明的竞争单位"),
    "月补偿金": QT_TRANSLATE_NOOP("agreements", "每月竞业限制补偿（元）"),
}

_FIELD = re.compile(r"\{([^{}\n]{1,20})\}")

_COMMON_END = """
第{n}条　违约责任
乙方违反本协议约定的，应向甲方支付违约金人民币{违约金}元；违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。

第{m}条　其他
本协议一式两份，双方各执一份，自双方签字（盖章）之日起生效。本协议未尽事宜，双方协商解决；协商不成的，可向甲方所在地有管辖权的人民法院起诉。
"""

DEFAULT_TEXTS: dict[AgreementKind, str] = {
    AgreementKind.NDA: """甲方（用人单位）：{单位名称}
乙方（员工）：{员工姓名}，工号 {工号}，{部门} {岗位}

为保护甲方的商业秘密，明确乙方在职期间及离职后的保密义务，双方经平等协商，订立本协议。

第一条　保密范围
本协议所称商业秘密，是指不为公众所知悉、具有商业价值并经甲方采取相应保密措施的技术信息、经营信息等商业信息，包括但不限于本协议附列的涉密事项：
{涉密事项清单}

第二条　乙方的保密义务
1. 乙方对因工作接触、知悉的商业秘密负有保密义务，不得以任何方式向第三方披露，不得允许他人使用，不得在职责范围以外使用。
2. 乙方应按甲方的保密制度使用、保管涉密载体，不得擅自复制、摘抄、拍摄或带离涉密区域。
3. 乙方发现商业秘密可能泄露时，应立即报告甲方保密管理人员。

第三条　涉密载体
乙方因工作领用的涉密载体：{载体清单}。乙方应于岗位变动或离职时全部交还，并办理交接手续。

第四条　保密期限
乙方的保密义务自{生效日期}起，至相关信息依法成为公知信息时止，不因劳动关系的解除或终止而免除。
""",
    AgreementKind.BUSINESS: """甲方（信息披露方）：{单位名称}
乙方（信息接收方）：{相对方}

双方因业务合作，甲方需向乙方提供部分商业秘密。为明确乙方的保密责任，订立本协议。

第一条　保密信息
甲方向乙方提供或乙方在合作中接触的下列信息属于保密信息：
{涉密事项清单}

第二条　使用限制
1. 乙方仅可为履行双方合作之目的使用保密信息，不得用于其他任何目的。
2. 乙方应将知悉范围限于履行合作所必需的人员，并使其承担不低于本协议的保密义务。
3. 未经甲方书面同意，乙方不得复制、转交或向第三方披露保密信息。

第三条　涉密载体的交付与返还
甲方交付乙方的涉密载体：{载体清单}。合作结束或甲方要求时，乙方应立即返还或按甲方要求销毁，并出具书面确认。

第四条　期限
本协议自{生效日期}起生效，有效期至{终止日期}；保密义务在保密信息成为公知信息前持续有效。
""",
    AgreementKind.NONCOMPETE: """甲方（用人单位）：{单位名称}
乙方（劳动者）：{员工姓名}，工号 {工号}，{部门} {岗位}

乙方在甲方任职期间知悉甲方的商业秘密。根据《中华人民共和国劳动合同法》第二十三条、第二十四条，双方就乙方离职后的竞业限制订立本协议。

第一条　竞业限制期限
自乙方离职之日（{竞业起始日}）起{竞业期限}个月，最长不超过二年。

第二条　竞业限制范围
1. 地域：{竞业地域}
2. 业务：{竞业业务}
3. 竞争单位：{竞争单位}
限制期内，乙方不得到上述范围内与甲方生产或经营同类产品、从事同类业务的有竞争关系的单位任职，也不得自己开业生产或经营同类产品、从事同类业务。

第三条　经济补偿
在竞业限制期内，甲方按月向乙方支付经济补偿人民币{月补偿金}元。甲方连续三个月未支付经济补偿的，乙方可以解除竞业限制约定。

第四条　甲方解除
在竞业限制期内，甲方可以书面通知乙方解除竞业限制。

第五条　乙方义务
限制期内乙方应如实告知甲方其就业情况；乙方所知悉的甲方商业秘密仍受保密义务约束：
{涉密事项清单}
""",
    AgreementKind.EXIT: """承诺人：{员工姓名}，工号 {工号}，原{部门} {岗位}
致：{单位名称}

本人因离职，郑重承诺如下：

一、本人已将在职期间保管、使用的全部涉密载体交还单位，未私自留存任何复制件、摘抄或电子副本。交还清单：{载体清单}

二、本人知悉下列商业秘密，离职后继续承担保密义务，不以任何方式披露、使用或允许他人使用：
{涉密事项清单}

三、本人已注销或交还单位的门禁、系统账号和密钥等访问权限。

四、本人违反上述承诺的，愿意支付违约金人民币{违约金}元，并赔偿由此给单位造成的损失。

承诺日期：{签订日期}
""",
    AgreementKind.TRANSFER: """甲方（用人单位）：{单位名称}
乙方（员工）：{员工姓名}，工号 {工号}，现{部门} {岗位}

乙方岗位发生变动。为保护甲方商业秘密，双方就岗位变动后的保密事项约定如下。

第一条　原岗位涉密事项
乙方在原岗位知悉的商业秘密，岗位变动后仍负保密义务；与新岗位无关的涉密资料不得继续使用。

第二条　新岗位涉密事项
乙方在新岗位可知悉的商业秘密如下：
{涉密事项清单}

第三条　涉密载体交接
乙方应交还原岗位保管的涉密载体并办理交接；新岗位领用的载体：{载体清单}。

第四条　效力
本协议自{生效日期}起生效，是双方原保密协议的补充；未约定事项按原保密协议执行。
""",
}
# The closing articles (damages, copies, disputes) of the contracts; the pledge has its own.
for _kind, _n, _m in (
    (AgreementKind.NDA, "五", "六"),
    (AgreementKind.BUSINESS, "五", "六"),
    (AgreementKind.NONCOMPETE, "六", "七"),
    (AgreementKind.TRANSFER, "五", "六"),
):
    DEFAULT_TEXTS[_kind] += _COMMON_END.replace("{n}", _n).replace("{m}", _m)


def fields_in(text: str) -> list[str]:
    return list(dict.fromkeys(_FIELD.findall(text)))


def check_template(text: str) -> None:
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "模板内容不能为空"))
    if len(text) > TEMPLATE_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "模板最多 20000 个字符"))
    unknown = [f for f in fields_in(text) if f not in FIELDS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "模板中有未知字段：{fields}；可用字段见右侧列表"),
            fields="、".join("{" + f + "}" for f in unknown),
        )


def template_text(session: Session, kind: AgreementKind) -> str:
    """The enterprise's template of `kind`, or the shipped text."""
    own = session.get(AgreementTemplate, AgreementKind(kind))
    return own.text if own is not None else DEFAULT_TEXTS[AgreementKind(kind)]


def is_customised(session: Session, kind: AgreementKind) -> bool:
    return session.get(AgreementTemplate, AgreementKind(kind)) is not None


def save_template(uow: UnitOfWork, kind: AgreementKind, text: str) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    kind = AgreementKind(kind)
    check_template(text)
    row = uow.session.get(AgreementTemplate, kind)
    before = {"text": row.text if row is not None else DEFAULT_TEXTS[kind]}
    if before["text"] == text:
        return
    if row is None:
        row = AgreementTemplate(kind=kind, text=text, updated_by=uow.actor.name)
        uow.session.add(row)
    else:
        row.text, row.updated_by = text, uow.actor.name
    uow.session.flush()
    uow.record(
        "agreement.template",
        "agreement_template",
        0,
        before=before | {"kind": kind.value},
        after={"text": text, "kind": kind.value},
    )


def reset_template(uow: UnitOfWork, kind: AgreementKind) -> None:
    """Back to the text TSDesk ships."""
    require(uow.actor, Permission.EDIT_DATA)
    kind = AgreementKind(kind)
    row = uow.session.get(AgreementTemplate, kind)
    if row is None:
        return
    before = {"text": row.text, "kind": kind.value}
    uow.session.delete(row)
    uow.session.flush()
    uow.record(
        "agreement.template_reset",
        "agreement_template",
        0,
        before=before,
        after={"text": DEFAULT_TEXTS[kind], "kind": kind.value},
    )


def _day(d: date | None, empty: str = "＿＿＿＿年＿＿月＿＿日") -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else empty


def values_for(session: Session, a: Agreement) -> dict[str, str]:
    """Every field's value for agreement `a` (blank lines to fill by hand where unknown)."""
    person = session.get(Person, a.person_id) if a.person_id else None
    party = session.get(Party, a.party_id) if a.party_id else None
    department = (
        session.get(Department, person.department_id)
        if person is not None and person.department_id
        else None
    )
    profile = session.get(CompanyProfile, 1)
    secrets = covered_secrets(session, a.id)
    carriers = covered_carriers(session, a.id)
    blank = "＿＿＿＿＿＿"
    return {
        "协议编号": a.number,
        "单位名称": (profile.org_name.strip() if profile is not None else "") or blank,
        "员工姓名": person.name if person else blank,
        "工号": person.number if person else blank,
        "部门": department.name if department else "",
        "岗位": person.post if person else "",
        "相对方": party.name if party else blank,
        "签订日期": _day(a.signed_on),
        "生效日期": _day(a.effective_on, "双方签字之日"),
        "终止日期": _day(a.end_on, "长期"),
        "违约金": yuan(a.damages_fen) or blank,
        "涉密事项清单": "\n".join(
            f"（{i}）{s.number} {s.subject}（{s.grade}）" + ("［已解密］" if s.declassified else "")
            for i, s in enumerate(secrets, start=1)
        )
        or "（见甲方商业秘密清单中与乙方岗位相关的事项）",
        "载体清单": "、".join(f"{c.number} {c.title}" for c in carriers) or "无",
        "竞业期限": str(a.nc_months or blank),
        "竞业起始日": _day(a.nc_starts_on, "乙方离职之日"),
        "竞业地域": a.nc_area or blank,
        "竞业业务": a.nc_business or blank,
        "竞争单位": a.nc_competitors or blank,
        "月补偿金": yuan(a.nc_monthly_fen) or blank,
    }


def fill(text: str, values: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def filled_text(session: Session, agreement_id: int) -> str:
    a = get(session, agreement_id)
    return fill(template_text(session, a.kind), values_for(session, a))
