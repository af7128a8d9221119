"""Applying again to the same posting: the new application is linked to the earlier one,
the link goes quietly when the earlier one is deleted and comes back when it is restored,
and an export with such a link imports again (on SQLite and PostgreSQL)."""

import io
import json

from nextyes.domain.applications import NewApplication
from nextyes.domain.errors import NotFound
from nextyes.services.applications import add_application, applied_again
from nextyes.services.pipeline import get_application
from nextyes.services.portable import import_data, write_export
from nextyes.services.trash import Kind, delete_item, restore_item
from nextyes.services.workspace import Workspace

LINK = "https://jobs.lumenhealth.example/postings/4411"


def test_adding_it_anyway_links_the_newest_look_alike(ws: Workspace) -> None:
    first = add_application(ws, NewApplication("Lumen Health", "Data Analyst", link=LINK))
    second = add_application(
        ws, NewApplication("Lumen Health Ltd", "Data Analyst"), link_earlier=True
    )
    third = add_application(
        ws, NewApplication("Other Co", "Nurse", link=LINK + "?utm_source=x"), link_earlier=True
    )
    unrelated = add_application(ws, NewApplication("Acme", "Welder"), link_earlier=True)
    assert second.earlier_id == first.id
    assert third.earlier_id == first.id  # the same posting's address, whatever its name
    assert unrelated.earlier_id is None
    seen = applied_again(ws, first)
    assert [a.id for a in seen.later] == [second.id, third.id]
    assert seen.earlier is None


def test_an_earlier_id_must_be_ones_own(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    theirs = add_application(other, NewApplication("Lumen Health", "Data Analyst"))
    try:
        add_application(ws, NewApplication("Lumen Health", "Analyst", earlier_id=theirs.id))
    except NotFound:
        pass
    else:
        raise AssertionError("linked to someone else's application")


def test_deleting_the_earlier_one_unlinks_and_restoring_links_again(ws: Workspace) -> None:
    first = add_application(ws, NewApplication("Lumen Health", "Data Analyst", link=LINK))
    again = add_application(ws, NewApplication("Lumen Health", "Data Analyst"), link_earlier=True)
    deleted = delete_item(ws, Kind.APPLICATION, first.id)
    assert get_application(ws, again.id).earlier_id is None
    assert applied_again(ws, get_application(ws, again.id)).earlier is None

    out = io.StringIO()
    write_export(ws, out)  # a file with no link to a missing row
    fresh = Workspace(ws.db, ws.db.owner_id("moved"), ws.clock)
    import_data(fresh, json.loads(out.getvalue()))

    restore_item(ws, deleted.trash_id)
    assert get_application(ws, again.id).earlier_id == first.id


def test_an_export_with_the_link_imports_with_the_link(ws: Workspace) -> None:
    first = add_application(ws, NewApplication("Lumen Health", "Data Analyst", link=LINK))
    add_application(ws, NewApplication("Lumen Health", "Data Analyst"), link_earlier=True)
    out = io.StringIO()
    write_export(ws, out)
    fresh = Workspace(ws.db, ws.db.owner_id("moved"), ws.clock)
    import_data(fresh, json.loads(out.getvalue()))
    rows = json.loads(out.getvalue())["applications"]
    later = next(row for row in rows if row["earlier_id"] is not None)
    assert later["earlier_id"] == first.id
