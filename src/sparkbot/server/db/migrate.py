"""Schema at startup: create missing tables, then add the columns and indexes a newer release declares.

Tables come from `create_all`; a column added to a model later is added to an existing table with
`ALTER TABLE ... ADD COLUMN` (every such column is nullable or has a default), and an index added
later is created (`CREATE INDEX`, once, on the rows already there), so a data directory made by an
earlier version keeps working, and its lists stay fast."""

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
    """Bring the database up to `metadata`; answers the columns added, as `table.column`, and the
    indexes created on tables that were already there, as `table.index`."""
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
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            if index.name not in indexes:
                index.create(connection)
                added.append(f"{table.name}.{index.name}")
    return added
