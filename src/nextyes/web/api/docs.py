"""The API's reference page, rendered on the server from the app's own OpenAPI document.

No Swagger UI: it needs inline scripts and a CDN, which the page's security policy forbids.
The page reads the same document clients get at /api/v1/openapi.json, so it cannot drift."""

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nextyes.web.templating import render

router = APIRouter()

Schema = dict[str, Any]
# A type as words, each piece with the anchor of the shape it names (or None).
TypeParts = list[tuple[str, str | None]]
WORDS = {
    "string": "text",
    "integer": "whole number",
    "number": "number",
    "boolean": "true or false",
    "object": "object",
}
FORMATS = {"date": "date (YYYY-MM-DD)", "date-time": "timestamp (ISO 8601, UTC)"}
SUCCESS = {"200": "Success.", "201": "Created."}
ORDER = ["session", "today", "applications", "plans", "drafts", "reflections", "lessons"]


@dataclass(frozen=True)
class FieldDoc:
    name: str
    type_parts: TypeParts
    required: bool
    description: str
    notes: list[str]


@dataclass(frozen=True)
class ShapeDoc:
    name: str
    anchor: str
    description: str
    fields: list[FieldDoc]
    values: list[str]  # an enum's values


@dataclass(frozen=True)
class ResponseDoc:
    status: str
    description: str
    media_type: str | None
    type_parts: TypeParts
    headers: list[str]


@dataclass(frozen=True)
class OperationDoc:
    method: str
    path: str
    anchor: str
    summary: str
    description: str
    parameters: list[FieldDoc]
    body: list[FieldDoc]
    body_type: TypeParts
    responses: list[ResponseDoc]

    @property
    def short_path(self) -> str:
        """The path without the /api/v1 every path shares, for the contents."""
        return self.path.removeprefix("/api/v1")


@dataclass(frozen=True)
class TagDoc:
    name: str
    operations: list[OperationDoc] = field(default_factory=list)


def ref_name(schema: Schema) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def shape_anchor(name: str) -> str:
    return f"shape-{name}"


def type_parts(schema: Schema) -> TypeParts:
    name = ref_name(schema)
    if name is not None:
        return [(name, f"#{shape_anchor(name)}")]
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        parts: TypeParts = []
        for option in options:
            parts += ([(" or ", None)] if parts else []) + type_parts(option)
        if len(options) < len(schema["anyOf"]):
            parts.append((" or null", None))
        return parts
    kind = schema.get("type")
    if kind == "array":
        return [("list of ", None), *type_parts(schema.get("items", {}))]
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return [("map of text to ", None), *type_parts(schema["additionalProperties"])]
    if "format" in schema and schema["format"] in FORMATS:
        return [(FORMATS[schema["format"]], None)]
    return [(WORDS.get(str(kind), "any value"), None)]


def number(value: float) -> str:
    # JSON Schema bounds arrive as 5.0 or 2147483647.0; a person reads 5 and 2,147,483,647.
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def notes(schema: Schema) -> list[str]:
    """Limits and defaults, in words; those of a nullable value's non-null branch too."""
    found: list[str] = []
    branches = [schema, *[s for s in schema.get("anyOf", []) if s.get("type") != "null"]]
    for part in branches:
        low, high = part.get("minimum"), part.get("maximum")
        if low is not None and high is not None:
            found.append(f"from {number(low)} to {number(high)}")
        elif low is not None:
            found.append(f"at least {number(low)}")
        if part.get("maxLength") is not None:
            least = part.get("minLength") or 0
            span = f"{least} to " if least else "up to "
            found.append(f"{span}{part['maxLength']:,} characters")
        if part.get("maxItems") is not None:
            least = part.get("minItems") or 0
            found.append(
                f"exactly {least} items"
                if least == part["maxItems"]
                else f"up to {part['maxItems']} items"
            )
        items = part.get("items", {})
        if items.get("minimum") is not None and items.get("maximum") is not None:
            found.append(f"each from {number(items['minimum'])} to {number(items['maximum'])}")
    if "default" in schema and schema["default"] is not None:
        found.append(f"default {schema['default']}")
    return found


def fields_of(schema: Schema) -> list[FieldDoc]:
    required = set(schema.get("required", []))
    return [
        FieldDoc(
            name=name,
            type_parts=type_parts(prop),
            required=name in required,
            description=str(prop.get("description", "")),
            notes=notes(prop),
        )
        for name, prop in schema.get("properties", {}).items()
    ]


def operation_doc(method: str, path: str, op: Schema, shapes: dict[str, Schema]) -> OperationDoc:
    parameters = [
        FieldDoc(
            name=f"{p['name']} ({p['in']})",
            type_parts=type_parts(p.get("schema", {})),
            required=bool(p.get("required")),
            description=str(p.get("description", "")),
            notes=notes(p.get("schema", {})),
        )
        for p in op.get("parameters", [])
    ]
    body_schema = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    body_schema = body_schema.get("schema", {})
    # An optional body is "X or null"; its fields are X's.
    body_name = ref_name(body_schema) or next(
        (ref_name(s) for s in body_schema.get("anyOf", []) if ref_name(s)), None
    )
    body = fields_of(shapes.get(body_name, {})) if body_name else []
    responses = []
    for status, response in op.get("responses", {}).items():
        media: dict[str, Schema] = response.get("content", {})
        media_type = next(iter(media), None)
        schema: Schema = media[media_type].get("schema", {}) if media_type else {}
        problem = media_type == "application/problem+json"
        responses.append(
            ResponseDoc(
                status=status,
                # FastAPI's stock words for a success say nothing a reader needs.
                description=SUCCESS.get(status, "")
                if response.get("description") == "Successful Response"
                else str(response.get("description", "")),
                media_type=media_type,
                type_parts=[("Problem", "#errors")] if problem else type_parts(schema),
                headers=list(response.get("headers", {})),
            )
        )
    return OperationDoc(
        method=method.upper(),
        path=path,
        anchor=f"{method}{path}".replace("/", "-").replace("{", "").replace("}", ""),
        summary=str(op.get("summary", "")),
        description=str(op.get("description", "")),
        parameters=parameters,
        body=body,
        body_type=type_parts(body_schema) if body_schema else [],
        responses=responses,
    )


def describe(openapi: Schema) -> tuple[list[TagDoc], list[ShapeDoc]]:
    """Operations grouped by area (in the order a person meets them), and every shape."""
    shapes: dict[str, Schema] = openapi.get("components", {}).get("schemas", {})
    tags: dict[str, TagDoc] = {}
    for path, methods in openapi.get("paths", {}).items():
        for method, op in methods.items():
            tag = (op.get("tags") or ["other"])[0]
            tags.setdefault(tag, TagDoc(tag)).operations.append(
                operation_doc(method, path, op, shapes)
            )
    ordered = sorted(
        tags.values(),
        key=lambda t: (ORDER.index(t.name) if t.name in ORDER else len(ORDER), t.name),
    )
    shape_docs = [
        ShapeDoc(
            name=name,
            anchor=shape_anchor(name),
            description=str(schema.get("description", "")),
            fields=fields_of(schema),
            values=[str(v) for v in schema.get("enum", [])],
        )
        for name, schema in sorted(shapes.items())
        # FastAPI's own validation-error shapes: our errors are problem+json instead.
        if name not in ("HTTPValidationError", "ValidationError")
    ]
    return ordered, shape_docs


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    tags, shapes = describe(request.app.openapi())
    return render(
        request,
        "api_docs.html",
        {"tags": tags, "shapes": shapes, "title": request.app.title, "active": None},
    )
