"""One lazily-fetching table model for the long lists (register, carriers, audit): the view
asks for rows as it scrolls and the model reads them BATCH at a time for the current filter.
A row far down the list can be brought in alone (`load_position`): the batches before it stay
holes, read when the view shows them."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import Index

R = TypeVar("R")  # a row as the service returns it
F = TypeVar("F")  # the service's filter
BATCH = 200


class PagedModel(QAbstractTableModel, Generic[R, F]):
    """A screen gives its columns (`HEADERS`, translated in `CONTEXT`), how to count and read
    a batch (`load`, `fetch`) and its `data`; loading, fetching on and resetting live here."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, session: UiSession, filter: F, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = filter
        self._rows: list[R | None] = []  # None: a hole, in a batch not read yet
        self._total = 0

    # --- what a screen provides -----------------------------------------------------------
    def load(self) -> tuple[int, list[R]]:
        """The number of matching rows, and any rows read with it (none: the view fetches)."""
        raise NotImplementedError

    def fetch(self, offset: int) -> list[R]:
        """The next batch after the first `offset` rows (empty: there are no more)."""
        raise NotImplementedError

    def keep(self, rows: list[R]) -> None:
        """Append rows that were read (a screen keeps what it worked out for them here)."""
        self._rows.extend(rows)

    def forget(self) -> None:
        self._rows = []

    # --- loading ------------------------------------------------------------------------------
    def set_filter(self, f: F) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.forget()
        self._total, first = self.load()
        self.keep(first)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.forget()
        self._total = 0
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> R:
        found = self._rows[row]
        if found is None:  # a hole left by load_position: read its batch now
            start = row - row % BATCH
            batch = self.fetch(start)[:BATCH]
            end = min(start + len(batch), len(self._rows))
            self._rows[start:end] = batch[: end - start]
            found = self._rows[row]
        if found is None:  # the list shrank meanwhile; the next reload mends it
            raise IndexError(row)
        return found

    def loaded_rows(self) -> list[tuple[int, R]]:
        """The rows read so far with their positions (holes left out, none read)."""
        return [(i, r) for i, r in enumerate(self._rows) if r is not None]

    def load_position(self, position: int, batch: list[R] | None = None) -> bool:
        """Make row `position` of the list a loaded row of the model: only the batch holding
        it is read (or given: the rows from its start); the batches between the loaded rows
        and it become holes."""
        if position < len(self._rows):
            self.row_at(position)
            return True
        if position >= self._total:
            return False
        start = position - position % BATCH
        batch = self.fetch(start) if batch is None else batch
        if start + len(batch) <= position:  # the list shrank meanwhile
            return False
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, start + len(batch) - 1)
        self._rows.extend([None] * (start - first))
        self.keep(batch)
        self.endInsertRows()
        return True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid():
            return
        batch = self.fetch(len(self._rows))
        if not batch:
            self._total = len(self._rows)  # the list shrank meanwhile: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self.keep(batch)
        self.endInsertRows()

    # --- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
