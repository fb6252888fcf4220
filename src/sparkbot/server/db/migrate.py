"""Schema at startup: create missing tables, then add the columns a newer release declares.

Tables and indexes come from `create_all`; a column added to a model later is added to an existing
table with `ALTER TABLE ... ADD COLUMN` (every such column is nullable or has a default), so a data
directory made by an earlier version keeps working."""

from __future__ import annotations

from sqlalchemy import Column, MetaData, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateColumn

__all__ = ["migrate"]


def _default_sql(column: Column[object], dialect_name: str) -> str:
    default = column.default
    value = getattr(default, "arg", None) if default is not None else None
    if isinstance(value, bool):
        return " DEFAULT " + (("1" if value else "0") if dialect_name == "sqlite" else str(value).upper())
    if isinstance(value, int | float):
        return f" DEFAULT {value}"
    if isinstance(value, str):
        return " DEFAULT '" + value.replace("'", "''") + "'"
    return ""


def migrate(connection: Connection, metadata: MetaData) -> list[str]:
    """Bring the database up to `metadata`; answers the columns added, as `table.column`."""
    metadata.create_all(connection)
    inspector = inspect(connection)
    added: list[str] = []
    for table in metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            spec = str(CreateColumn(column).compile(dialect=connection.dialect))
            if not column.nullable and "DEFAULT" not in spec.upper():
                spec = spec.replace(" NOT NULL", "") + _default_sql(column, connection.dialect.name)
            connection.exec_driver_sql(f'ALTER TABLE "{table.name}" ADD COLUMN {spec}')
            added.append(f"{table.name}.{column.name}")
    return added
