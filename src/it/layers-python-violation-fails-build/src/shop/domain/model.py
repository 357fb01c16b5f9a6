"""The order model.

Docstrings are not code: from shop.infrastructure import db
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..infrastructure.db import Session  # a relative import of an outer layer
from ..shared import ids

if TYPE_CHECKING:
    from shop.presentation.cli import App


class Order:
    note = f"{ids!r:>10} import shop.infrastructure.db"  # an f-string, not an import

    def save(self, session: Session) -> None:
        session.add(self)


from sqlalchemy.orm import Session as OrmSession, relationship  # the framework the domain must stay free of
import fastapi as api
import sqlalchemyx  # a look-alike: another module
