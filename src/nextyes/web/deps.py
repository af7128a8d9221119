"""What every route asks for: the person's workspace and the app's settings.

Routes take these as dependencies, never from a global, so accounts (many owners in one
process) change only `workspace` below."""

from typing import Annotated

from fastapi import Depends, Request

from nextyes.config import Settings
from nextyes.services.workspace import Workspace


def workspace(request: Request) -> Workspace:
    ws: Workspace = request.app.state.workspace
    return ws


def settings(request: Request) -> Settings:
    config: Settings = request.app.state.settings
    return config


WorkspaceDep = Annotated[Workspace, Depends(workspace)]
SettingsDep = Annotated[Settings, Depends(settings)]
