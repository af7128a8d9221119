"""API: read a job posting (its address, or the page itself) into an application to add.
Nothing is saved: the caller adds it with POST /applications once it looks right."""

from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import Field, StringConstraints, model_validator

from nextyes.domain.errors import InvalidInput
from nextyes.services.postings import MAX_PASTED_CHARS, preview_address, preview_page
from nextyes.web.api.fields import In, Link, Out, problems
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["applications"])
Page = Annotated[str, StringConstraints(max_length=MAX_PASTED_CHARS)]


class PostingIn(In):
    url: Link | None = Field(
        None,
        description="The posting's address: fetched once, with a timeout and a size cap."
        " In hosted mode only public internet addresses.",
    )
    page: Page | None = Field(
        None,
        description="The posting's page (HTML) instead, when it cannot be fetched (behind a"
        " sign-in, say). `url` then only names where it came from.",
    )

    @model_validator(mode="after")
    def one_source(self) -> "PostingIn":
        if not self.url and not self.page:
            raise ValueError("give the posting's `url`, or its `page`")
        return self


class SimilarOut(Out):
    id: int = Field(description="The application already in the search.")
    company: str = Field(description="Its company.")
    role: str = Field(description="Its role.")
    said: str = Field(description="It in a few words, with its dates and any reply.")


class PostingOut(Out):
    company: str = Field(description="The employer; empty when the page does not say.")
    role: str = Field(description="The job title; empty when the page does not say.")
    link: str | None = Field(description="The posting's own address.")
    location: str | None = Field(description="Where the job is, as the posting says.")
    description: str | None = Field(description="The posting's text, plain.")
    salary_min: int | None = Field(description="Yearly pay, lower end, when the posting says.")
    salary_max: int | None = Field(description="Yearly pay, upper end.")
    salary_currency: str | None = Field(description="The pay's currency, e.g. GBP.")
    notes: str | None = Field(
        description="What else the posting says (pay by the hour, dates, contract type)."
    )
    said: list[str] = Field(description="What the person should know: what was not found.")
    closed: bool = Field(description="The page says the job is no longer open.")
    similar: list[SimilarOut] = Field(description="Applications that look like this posting.")


@router.post(
    "/postings/read",
    summary="Read a job posting into an application to add (saves nothing)",
    responses=problems(400, 403, 422),
)
def read_posting(body: PostingIn, ws: WorkspaceDep, request: Request) -> PostingOut:
    """Reads schema.org JobPosting data (JSON-LD, then microdata), then OpenGraph, then the
    page's title. 422 when the page cannot be fetched or is not a job posting."""
    if body.page:
        preview = preview_page(ws, body.page, body.url)
    elif body.url:
        config = request.app.state.settings
        preview = preview_address(ws, body.url, config.hosted(), config.fetch_timeout)
    else:  # the validator makes this impossible
        raise InvalidInput("give the posting's url, or its page")
    p = preview.proposal
    return PostingOut(
        company=p.company,
        role=p.role,
        link=p.link,
        location=p.location,
        description=p.description,
        salary_min=p.salary_min,
        salary_max=p.salary_max,
        salary_currency=p.salary_currency,
        notes=p.notes,
        said=list(p.said),
        closed=p.closed,
        similar=[
            SimilarOut(
                id=s.application.id,
                company=s.application.company,
                role=s.application.role,
                said=s.describe(),
            )
            for s in preview.similar
        ],
    )
