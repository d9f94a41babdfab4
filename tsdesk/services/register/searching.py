"""Finding secrets: full-text search, the filtered and sorted register list, due reviews,
expiring terms, and the register's reminders on the 工作台."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import (
    Integer,
    Select,
    case,
    column,
    func,
    literal,
    literal_column,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from tsdesk.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    ValidationError,
)
from tsdesk.models import (
    Category,
    Department,
    Grade,
    Person,
    Secret,
    SecretStatus,
    TermKind,
)
from tsdesk.services import reminders
from tsdesk.services.register.core import (
    _CONFIRMED,
    LIVE_STATUSES,
)
from tsdesk.services.reminders import Reminder, Severity

# NEXT_REVIEW_RULE: next_review is set while a secret is confirmed — by confirm, moved by a
# review or a change, cleared by every end. "Review due" still tests the status, so a row
# written another way (a bulk import) cannot show up as due while only proposed.
# The columns as "+secret.status" / "+secret.id": the unary plus keeps SQLite from driving
# a query by the unselective status index, or by row-id lookups of every search hit, when
# a date index or the number order is far cheaper.
_STATUS_NO_INDEX = literal_column("+secret.status", Secret.__table__.c.status.type)
_ID_NO_INDEX = literal_column("+secret.id", Integer)


def _review_due_clause(today: date, within_days: int = 0):
    return (_STATUS_NO_INDEX == _CONFIRMED) & (
        Secret.next_review <= today + timedelta(days=within_days)
    )


def _expiring_clause(today: date, days: int):
    """Live secrets whose dated term ends within `days` — or has already ended."""
    # unlikely(): few terms end soon, so SQLite reads them from the term index (which holds
    # the number too) instead of walking the whole number order: 120 ms → 1 ms. Untyped on
    # purpose: typed Boolean, SQLite gets `unlikely(…) = 1`, which hides the range from the
    # index and scans the register (146–319 ms at 100k–300k secrets).
    ends_soon = func.unlikely(Secret.term_until <= today + timedelta(days=days))
    return (
        _STATUS_NO_INDEX.in_(LIVE_STATUSES) & (Secret.term_kind == TermKind.UNTIL_DATE) & ends_soon
    )


def review_due(
    session: Session, *, today: date | None = None, within_days: int = 0
) -> list[Secret]:
    """Confirmed secrets whose review falls due by today (+ within_days), soonest first."""
    q = (
        select(Secret)
        .where(_review_due_clause(today or date.today(), within_days))
        .order_by(Secret.next_review, Secret.id)
    )
    return list(session.scalars(q))


def terms_expiring(session: Session, days: int, *, today: date | None = None) -> list[Secret]:
    """Live secrets whose term ends within `days` days (ended ones included), soonest first."""
    q = (
        select(Secret)
        .where(_expiring_clause(today or date.today(), days))
        .order_by(Secret.term_until, Secret.id)
    )
    return list(session.scalars(q))


class SearchSql(NamedTuple):
    sql: str
    params: dict[str, str]
    # Asking the index whether one given row matches is cheap (~25 µs) — except for a
    # one-character prefix, which opens every token beginning with it (~30 ms a row).
    row_check_cheap: bool = True


def search_ids_sql(query: str) -> SearchSql:
    """SQL selecting the ids of secrets matching `query` (for use in an IN clause).

    The trigram table indexes every 3-character window, so MATCH finds any substring of
    3+ characters, Chinese included. Trigrams cannot answer one or two characters; for those
    secret_fts_grams holds every 2-character window as one token (see _grams): two
    characters are one token, one character is a prefix. A short query with a character
    unicode61 does not index (punctuation, "%") falls back to LIKE over the whole table."""
    q = query.strip()
    if len(q) >= 3:
        return SearchSql(
            "SELECT rowid FROM secret_fts WHERE secret_fts MATCH :q",
            {"q": '"' + q.replace('"', '""') + '"'},
        )
    if q.isalnum():
        return SearchSql(
            "SELECT rowid FROM secret_fts_grams WHERE secret_fts_grams MATCH :q",
            {"q": f'"{q}"' if len(q) == 2 else f'"{q}" *'},
            row_check_cheap=len(q) == 2,
        )
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return SearchSql(
        "SELECT rowid FROM secret_fts WHERE (number LIKE :q ESCAPE '\\' OR subject LIKE :q ESCAPE '\\' "
        "OR description LIKE :q ESCAPE '\\' OR points LIKE :q ESCAPE '\\')",
        {"q": like},
    )


def search(session: Session, query: str, limit: int = 200) -> list[int]:
    sql, params, _ = search_ids_sql(query)
    return [row[0] for row in session.execute(text(f"{sql} LIMIT {int(limit)}"), params)]


# --- the register list -----------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterFilter:
    """What the register page filters by; every field left at its default means "all"."""

    grade_id: int | None = None
    category: Category | None = None
    department_id: int | None = None
    status: SecretStatus | None = None
    review_due: bool = False  # confirmed and next review on or before today
    expiring_within_days: int | None = None  # dated term ends within N days (or has ended)
    search: str = ""  # number, subject, description, secret points
    today: date | None = None  # for tests; None: the real today

    @property
    def search_only(self) -> bool:
        """A search and no other filter: the search index alone answers it."""
        return bool(self.search.strip()) and self == RegisterFilter(
            search=self.search, today=self.today
        )


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One line of the register list: plain values, names already joined in."""

    id: int
    number: str
    subject: str
    category: Category
    grade: str
    grade_rank: int
    term_kind: TermKind
    term_until: date | None
    term_event: str
    department: str
    owner: str
    status: SecretStatus
    next_review: date | None


# Sort keys, one per list column. Ties fall back to the id so paging is stable.
SORT_KEYS = (
    "number",
    "subject",
    "category",
    "grade",
    "term",
    "department",
    "owner",
    "status",
    "next_review",
)
_SORT_COLUMNS = {
    "number": Secret.number,
    "subject": Secret.subject,
    "category": Secret.category,
    "grade": Grade.rank,
    # Dated terms by date; long-term and event terms after every date.
    "term": case((Secret.term_kind == TermKind.UNTIL_DATE, Secret.term_until), else_="9999-12-31"),
    "department": Department.name,
    "owner": Person.name,
    "status": Secret.status,
    "next_review": func.coalesce(Secret.next_review, "9999-12-31"),
}


# How a search narrows the list (SQLite cannot guess how many rows a MATCH returns, so
# _search_clause counts them, up to a cap, and picks):
# - up to _FEW_HITS hits: look each hit up by id and sort them (walking the number order
#   for a rare word would read the whole register);
# - more: walk the sort order, testing each id against the list of hits (building that list
#   costs ~0.2 µs a hit);
# - half the register or more, when only the first rows in number order are wanted: walk
#   the number order asking the index about each row (~25 µs a row, but a page is found
#   within 2 × its length; building a list of 100,000 hits takes 20 ms) — unless the
#   question is dear (SearchSql.row_check_cheap).
_FEW_HITS = 500
_PROBE_AT_MOST = 1000  # rows walked with one index question each
# count_secrets leaves a search's hit count here (session.info) for the list that follows
# in the same session; it only steers the plan, so a stale figure costs time, never rows.
_HITS_COUNTED = "register.search_hits"


def _search_clause(session: Session, query: str, first_rows: int | None):
    """The WHERE condition for a search. `first_rows`: how many rows of the number order are
    wanted, when nothing but the search filters them; None if the plan cannot stop early."""
    sql, params, row_check_cheap = search_ids_sql(query)
    register_size = session.scalar(select(func.max(Secret.id))) or 0
    cap = max(_FEW_HITS, register_size // 2)
    hits = session.info.get(_HITS_COUNTED, {}).get(query)  # the page counted them just now
    if hits is None:
        hits = session.scalar(text(f"SELECT count(*) FROM ({sql} LIMIT {cap})"), params)
    if hits < _FEW_HITS:
        return Secret.id.in_(text(sql).bindparams(**params).columns(column("rowid", Integer)))
    walk_is_short = first_rows is not None and 2 * first_rows <= _PROBE_AT_MOST
    if hits >= cap and walk_is_short and row_check_cheap:
        return text(f"EXISTS ({sql} AND rowid = secret.id)").bindparams(**params)
    return _ID_NO_INDEX.in_(text(sql).bindparams(**params).columns(column("rowid", Integer)))


def search_condition(session: Session, query: str, first_rows: int | None = None):
    """The register search as a WHERE condition on `secret`, for other lists of secrets
    (the pickers); `first_rows` as for _search_clause."""
    return _search_clause(session, query, first_rows)


def _where(session: Session, f: RegisterFilter, first_rows: int | None = None) -> list:
    today = f.today or date.today()
    conditions: list = []
    if f.grade_id is not None:
        conditions.append(Secret.grade_id == f.grade_id)
    if f.category is not None:
        conditions.append(Secret.category == f.category)
    if f.department_id is not None:
        conditions.append(Secret.department_id == f.department_id)
    if f.status is not None:
        conditions.append(Secret.status == f.status)
    if f.review_due:
        conditions.append(_review_due_clause(today))
    if f.expiring_within_days is not None:
        conditions.append(_expiring_clause(today, f.expiring_within_days))
    if f.search.strip():
        stops_early = first_rows if f.search_only else None
        conditions.append(_search_clause(session, f.search, stops_early))
    return conditions


def count_secrets(session: Session, f: RegisterFilter) -> int:
    """How many secrets match (cheap: no joins, every filter is on the secret row)."""
    if f.search_only:
        sql, params, _ = search_ids_sql(f.search)  # a search alone: count the index's hits
        hits = session.scalar(text(f"SELECT count(*) FROM ({sql})"), params) or 0
        session.info.setdefault(_HITS_COUNTED, {})[f.search] = hits
        return hits
    return session.scalar(select(func.count(Secret.id)).where(*_where(session, f))) or 0


# The table a sort key needs joined beyond `secret`.
_SORT_JOINS = {"grade": "grade", "department": "department", "owner": "person"}


def _order(sort: str, descending: bool) -> tuple:
    if sort not in _SORT_COLUMNS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "无法按此列排序"))
    key = _SORT_COLUMNS[sort]
    return (key.desc(), Secret.id.desc()) if descending else (key, Secret.id)


def _ids_query(
    session: Session, f: RegisterFilter, sort: str, descending: bool, first_rows: int | None = None
) -> Select:
    """The ids of the filtered list in order: narrow rows sort fast, and only the page's
    ids then get their names joined (a wide 100,000-row sort takes seconds)."""
    q = select(Secret.id).where(*_where(session, f, first_rows if sort == "number" else None))
    return _joined(q, sort).order_by(*_order(sort, descending))


def _joined(q: Select, sort: str) -> Select:
    """`q` with the table the sort key lives in joined."""
    joined = _SORT_JOINS.get(sort)
    if joined == "grade":
        q = q.join(Grade, Grade.id == Secret.grade_id)
    elif joined == "department":
        q = q.outerjoin(Department, Department.id == Secret.department_id)
    elif joined == "person":
        q = q.outerjoin(Person, Person.id == Secret.owner_id)
    return q


def _named_rows() -> Select:
    """RegisterRow's columns: the secret with its grade, department and owner names."""
    return (
        select(
            Secret.id,
            Secret.number,
            Secret.subject,
            Secret.category,
            Grade.name,
            Grade.rank,
            Secret.term_kind,
            Secret.term_until,
            Secret.term_event,
            func.coalesce(Department.name, ""),
            func.coalesce(Person.name, ""),
            Secret.status,
            Secret.next_review,
        )
        .join(Grade, Grade.id == Secret.grade_id)
        .outerjoin(Department, Department.id == Secret.department_id)
        .outerjoin(Person, Person.id == Secret.owner_id)
    )


def row(session: Session, secret_id: int) -> RegisterRow:
    """One secret as a list row (names joined in)."""
    found = session.execute(_named_rows().where(Secret.id == secret_id)).first()
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))
    return RegisterRow(*found)


def list_secrets(
    session: Session,
    f: RegisterFilter,
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "number",
    descending: bool = False,
) -> list[RegisterRow]:
    """One page of the filtered register (all of it without `limit`), names joined in."""
    first_rows = None if limit is None else offset + limit
    ids = _ids_query(session, f, sort, descending, first_rows).offset(offset)
    if limit is not None:
        ids = ids.limit(limit)
    q = _named_rows().where(Secret.id.in_(ids.scalar_subquery()))
    q = q.order_by(*_order(sort, descending))
    return [RegisterRow(*r) for r in session.execute(q)]


# A sort key on a joined table: the secret's column pointing at it, its id, and the key.
_JOINED_KEYS = {
    "grade": (Secret.grade_id, Grade.id, Grade.rank),
    "department": (Secret.department_id, Department.id, Department.name),
    "owner": (Secret.owner_id, Person.id, Person.name),
}


def _before(sort: str, value, secret_id: int, descending: bool, *, inclusive: bool = False):
    """The rows listed before a secret whose sort key is `value` (ties go by id; with
    `inclusive`, the secret too). A joined key is asked of its own small table (the ids of
    the grades, departments or people that sort earlier): no join per secret. SQLite sorts
    NULL first (a secret without department or owner); only the joined keys can be NULL."""
    if descending:
        earlier_id = Secret.id >= secret_id if inclusive else Secret.id > secret_id
    else:
        earlier_id = Secret.id <= secret_id if inclusive else Secret.id < secret_id
    if sort not in _JOINED_KEYS:
        key = _SORT_COLUMNS[sort]
        typed = literal(value, key.type)  # type: ignore[attr-defined]  # a column expression's type
        pair, mine = tuple_(key, Secret.id), tuple_(typed, secret_id)
        if descending:  # a range of the key's index
            return pair >= mine if inclusive else pair > mine
        return pair <= mine if inclusive else pair < mine
    fk, table_id, key = _JOINED_KEYS[sort]
    if value is None:
        return (fk.is_not(None) | earlier_id) if descending else (fk.is_(None) & earlier_id)
    earlier_key = key > value if descending else key < value
    ties = fk.in_(select(table_id).where(key == value)) & earlier_id
    before = fk.in_(select(table_id).where(earlier_key)) | ties
    return before if descending else fk.is_(None) | before


def _sort_value(session: Session, where: list, sort: str, secret_id: int) -> tuple | None:
    """(the secret's sort key,) — None when it is not in the list."""
    _order(sort, False)  # an unknown column: the same error as the list's
    key = select(_SORT_COLUMNS[sort]).select_from(Secret)
    found = session.execute(_joined(key.where(*where, Secret.id == secret_id), sort)).first()
    return None if found is None else tuple(found)


def row_position(
    session: Session,
    f: RegisterFilter,
    secret_id: int,
    *,
    sort: str = "number",
    descending: bool = False,
    total: int | None = None,
) -> int | None:
    """Where a secret sits in the sorted, filtered list (to select it after a change): its
    sort key, then one count of the rows before it — not a walk of the list up to it. Given
    the list's length (`total`), the rows after it are counted first, up to half of it: a
    new number lands last, and the few rows after it are counted at once."""
    where = _where(session, f)
    found = _sort_value(session, where, sort, secret_id)
    if found is None:  # gone, or not in this list
        return None
    if total is not None:
        after = _before(sort, found[0], secret_id, not descending)
        rows_after = select(Secret.id).where(*where, after).limit(total // 2 + 1).subquery()
        counted = session.scalar(select(func.count()).select_from(rows_after)) or 0
        if counted <= total // 2:
            return max(0, total - 1 - counted)
    before = _before(sort, found[0], secret_id, descending)
    return session.scalar(select(func.count(Secret.id)).where(*where, before)) or 0


def rows_around(
    session: Session,
    f: RegisterFilter,
    secret_id: int,
    *,
    ahead: int,
    limit: int,
    sort: str = "number",
    descending: bool = False,
) -> list[RegisterRow]:
    """`limit` rows of the sorted, filtered list, starting `ahead` rows before a secret: read
    from its sort key both ways (an OFFSET would walk every row up to them)."""
    where = _where(session, f)
    found = _sort_value(session, where, sort, secret_id)
    if found is None:
        return []
    value = found[0]

    def ids(condition, backwards: bool, n: int) -> Select:
        q = _joined(select(Secret.id).where(*where, condition), sort)
        return q.order_by(*_order(sort, descending != backwards)).limit(n)

    earlier = ids(_before(sort, value, secret_id, descending), True, ahead)
    rest = _before(sort, value, secret_id, not descending, inclusive=True)
    wanted = list(session.scalars(earlier)) + list(session.scalars(ids(rest, False, limit - ahead)))
    q = _named_rows().where(Secret.id.in_(wanted)).order_by(*_order(sort, descending))
    return [RegisterRow(*r) for r in session.execute(q)]


# --- reminders on the 工作台 ------------------------------------------------------------------


def _register_reminder(
    key: str,
    title: str,
    severity: Severity,
    order: int,
    hint: str = "",
    badge: bool = True,
    **filters,
) -> None:
    f = RegisterFilter(**filters)
    reminders.register(
        Reminder(
            key=key,
            title=title,
            severity=severity,
            # the page's own filter, so the tile's figure is the length of the list it opens
            count=lambda session, today: count_secrets(session, replace(f, today=today)),
            page="register",
            filter={k: v.value if isinstance(v, enum.Enum) else v for k, v in filters.items()},
            hint=hint,
            badge=badge,
            order=order,
        )
    )


_register_reminder(
    "register.proposed",
    QT_TRANSLATE_NOOP("reminders", "拟定事项待定密"),
    Severity.DUE,
    10,
    status=SecretStatus.PROPOSED,
)
_register_reminder(
    "register.review_due",
    QT_TRANSLATE_NOOP("reminders", "审查已到期"),
    Severity.DUE,
    11,
    QT_TRANSLATE_NOOP("reminders", "已确定的商业秘密，下次审查日期已到或已过。"),
    review_due=True,
)
_register_reminder(
    "register.term_ended",
    QT_TRANSLATE_NOOP("reminders", "保密期限已届满"),
    Severity.OVERDUE,
    12,
    expiring_within_days=-1,
)
_register_reminder(
    "register.term_30",
    QT_TRANSLATE_NOOP("reminders", "保密期限 30 天内届满"),
    Severity.DUE,
    13,
    QT_TRANSLATE_NOOP("reminders", "含已届满的；届满前应审查是否延长或解密。"),
    badge=False,  # holds the ended ones, already counted above: no double badge
    expiring_within_days=30,
)
_register_reminder(
    "register.term_90",
    QT_TRANSLATE_NOOP("reminders", "保密期限 90 天内届满"),
    Severity.INFO,
    14,
    QT_TRANSLATE_NOOP("reminders", "含已届满的。"),
    expiring_within_days=90,
)
