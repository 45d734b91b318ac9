# SPDX-License-Identifier: MIT
"""A read-only list model over Python dicts, the base of every list the QML view shows."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

_FIRST_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class RowListModel(QAbstractListModel):
    """Subclasses name their roles in ROLES; rows are dicts keyed by those names."""

    ROLES: ClassVar[tuple[str, ...]] = ()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {_FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        offset = role - _FIRST_ROLE
        if 0 <= offset < len(self.ROLES):
            return self._rows[index.row()][self.ROLES[offset]]
        return None

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace the rows; same-length updates keep delegates alive (no visitor-visible reset)."""
        if len(rows) == len(self._rows):
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)
