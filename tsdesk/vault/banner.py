"""What the login screen shows before unlock: the company's name and the confidentiality
notice, kept in the key-slot file. The notice's default lives here, below the settings that
declare it (tsdesk/settings.py), because the vault writes it when it creates a database."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from tsdesk.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the login imports DEFAULT_NOTICE before SQLAlchemy is needed
    from sqlalchemy.orm import Session

# 003 §9.1.2.3 c: a confidentiality-duty reminder on the login screen and on the main screen.
DEFAULT_NOTICE = QT_TRANSLATE_NOOP(
    "settings",
    "保密提示：本系统存储本企业商业秘密。您对在此查看、处理的信息负有保密义务，"
    "未经授权不得复制、传播或向他人披露；所有操作均被记录审计。",
)
NOTICE_SETTING = "confidentiality_notice"  # its key among the settings


def from_database(session: Session) -> dict[str, str]:
    """The banner as the database holds it (the slot file's copy may be lost or altered)."""
    from tsdesk.models import CompanyProfile, Setting

    profile = session.get(CompanyProfile, 1)
    notice = session.get(Setting, NOTICE_SETTING)
    return {
        "company": profile.org_name if profile else "",
        "notice": json.loads(notice.value) if notice else DEFAULT_NOTICE,
    }
