"""The CSRF token API clients send back in the X-CSRF-Token header."""

from fastapi import APIRouter, Request
from pydantic import BaseModel

from nextyes.web.templating import csrf_token

router = APIRouter(tags=["session"])


class CsrfToken(BaseModel):
    csrf_token: str
    header: str = "X-CSRF-Token"


@router.get("/csrf-token", summary="The token every state-changing request must carry")
def get_csrf_token(request: Request) -> CsrfToken:
    return CsrfToken(csrf_token=csrf_token(request))
