"""The export file's JSON Schema, made from the tables themselves, so it cannot drift from
what `nextyes export` writes. docs/export.schema.json is this, written by
`scripts/export_schema.py`; a test checks the two agree."""

from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, LargeBinary, String

from nextyes.store.portable import exported_columns, exported_tables
from nextyes.store.tables import Base

FORMAT = "nextyes-export"


def column_schema(column: Column[Any]) -> dict[str, Any]:
    kind = column.type
    schema: dict[str, Any]
    if isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer):
        schema = {"type": "integer"}
    elif isinstance(kind, Float):
        schema = {"type": "number"}
    elif isinstance(kind, DateTime):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(kind, Date):
        schema = {"type": "string", "format": "date"}
    elif isinstance(kind, LargeBinary):
        schema = {"type": "string", "contentEncoding": "base64"}
    elif isinstance(kind, String):
        schema = {"type": "string"}
        if kind.length is not None:
            schema["maxLength"] = kind.length
    else:  # pragma: no cover - a new column type must be added above
        raise TypeError(f"no JSON Schema for {kind}")
    if column.nullable:
        schema["type"] = [schema["type"], "null"]
    if column.comment:
        schema["description"] = column.comment
    return schema


def export_schema(version: int) -> dict[str, Any]:
    lists: dict[str, Any] = {}
    for table in exported_tables(Base.metadata):
        columns = exported_columns(table)
        row = {
            "type": "object",
            "properties": {column.name: column_schema(column) for column in columns},
            "required": [column.name for column in columns if not column.nullable],
            "additionalProperties": False,
        }
        lists[table.name] = {"type": "array", "items": row}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://nextyes.invalid/export/v{version}.schema.json",
        "title": f"NextYes export, version {version}",
        "description": "Everything one person keeps in NextYes; see docs/export.md.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": version},
            "exported_at": {"type": "string", "format": "date-time"},
            **lists,
        },
        "required": ["format", "version", "exported_at"],
        "additionalProperties": False,
    }
