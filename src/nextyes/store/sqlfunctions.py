"""SQL written once and compiled for each engine: date arithmetic differs between them
(SQLite stores dates as ISO text, PostgreSQL as dates), as do a few functions. Used by the
insights' queries and by the indexes that serve them (tables.py), which must spell each
expression exactly as the queries do."""

from typing import Any

from sqlalchemy import ColumnElement, Integer, String, case, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from nextyes.domain.insights import rank
from nextyes.domain.stages import Stage


class days_between(FunctionElement[int]):  # noqa: N801 - named like the SQL functions it is
    """Whole days from the second date to the first."""

    type = Integer()
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"({later} - {earlier})"


class month_of(FunctionElement[str]):  # noqa: N801
    """A date's month as YYYY-MM."""

    type = String()
    inherit_cache = True


@compiles(month_of, "sqlite")
def _month_sqlite(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(month_of, "postgresql")
def _month_postgresql(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class month_key(FunctionElement[Any]):  # noqa: N801
    """A date's month, cheap to compute for every row and to group by: YYYY-MM on SQLite
    (ISO text), the month's first day on PostgreSQL (to_char for 100,000 rows costs more
    than the grouping). `month_text` turns a key into YYYY-MM, after grouping."""

    type = String()
    inherit_cache = True


@compiles(month_key, "sqlite")
def _month_key_sqlite(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(month_key, "postgresql")
def _month_key_postgresql(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)
    return f"CAST(date_trunc('month', CAST({day} AS TIMESTAMP)) AS DATE)"


class month_text(FunctionElement[str]):  # noqa: N801
    """A month_key as YYYY-MM."""

    type = String()
    inherit_cache = True


@compiles(month_text, "sqlite")
def _month_text_sqlite(element: month_text, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(month_text, "postgresql")
def _month_text_postgresql(element: month_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class unindexed(FunctionElement[Any]):  # noqa: N801
    """A column SQLite's planner must not pick an index for (a unary `+`); as is elsewhere."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"


class greatest(FunctionElement[int]):  # noqa: N801
    """The larger of two whole numbers (neither NULL)."""

    type = Integer()
    inherit_cache = True


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "postgresql")
def _greatest_postgresql(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


def stage_rank(column: Any) -> ColumnElement[int]:
    """domain.insights.rank, as SQL."""
    ranked = {stage.value: rank(stage) for stage in Stage if rank(stage) >= 0}
    return case(ranked, value=column, else_=literal(-1, Integer))
