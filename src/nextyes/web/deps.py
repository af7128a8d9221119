"""What every route asks for: the person's workspace and the app's settings.

Routes take these as dependencies, never from a global, so accounts (many owners in one
process) change only `workspace` below."""

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from nextyes.config import Settings
from nextyes.services.workspace import Workspace


def workspace(request: Request) -> Workspace:
    """Local mode: the installation's one workspace. Hosted mode: the signed-in person's,
    on the app's database and clock (web/identity.py has let no one else this far)."""
    ws: Workspace = request.app.state.workspace
    if not request.app.state.settings.hosted():
        return ws
    from nextyes.web.identity import who_is  # identity needs services; deps stays light

    who = who_is(request)
    if who is None:
        raise HTTPException(status_code=401, detail="sign in first: this needs your account")
    return Workspace(ws.db, who.user_id, ws.clock)


def settings(request: Request) -> Settings:
    config: Settings = request.app.state.settings
    return config


WorkspaceDep = Annotated[Workspace, Depends(workspace)]
SettingsDep = Annotated[Settings, Depends(settings)]
