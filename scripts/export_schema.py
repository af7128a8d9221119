"""Writes docs/export.schema.json, the JSON Schema of `nextyes export` files, from the tables.

    .venv/bin/python scripts/export_schema.py

Run it after a migration changes an owned table (tests/test_portable.py says when)."""

import json
from pathlib import Path

from nextyes.services.portable import VERSION
from nextyes.store.portable_schema import export_schema

OUT = Path(__file__).resolve().parent.parent / "docs" / "export.schema.json"


def main() -> None:
    OUT.write_text(json.dumps(export_schema(VERSION), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
