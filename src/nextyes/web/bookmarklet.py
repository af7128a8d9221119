"""The bookmarklet on the Add page: a link the person drags to their bookmarks bar. Pressed
on a posting's page, it opens NextYes's /applications/clip in a new window and hands it a
trimmed copy of the page (no scripts but the structured data, no styles or images) with
window.postMessage, addressed to this app's origin only. Nothing is saved until the person
presses Save on the filled-in form."""

from urllib.parse import quote

# Characters kept of the trimmed page: a posting's text and structured data fit in far less,
# and the form that carries it on must stay under the app's request limit once URL-encoded.
CLIP_CHARS = 1_200_000

SCRIPT = """(function(){
var o=ORIGIN,w,sent=false;
var d=document.documentElement.cloneNode(true);
d.querySelectorAll(DROP).forEach(function(e){e.remove();});
var page=('<!doctype html>'+d.outerHTML).slice(0,LIMIT);
function hand(e){
if(e.source!==w||e.data!=='nextyes:ready'||sent)return;
sent=true;removeEventListener('message',hand);
w.postMessage({nextyes:'page',page:page,url:location.href},o);}
addEventListener('message',hand);
w=window.open(o+'/applications/clip','_blank');
if(!w){removeEventListener('message',hand);alert(BLOCKED);}
})();"""


BLOCKED = (
    "NextYes could not open a window: allow pop-ups for this site, then press the bookmark again."
)
# What the trimmed copy leaves out: everything but the page's words and structured data.
DROP = (
    'script:not([type="application/ld+json"]),style,svg,noscript,iframe,img,video,picture,'
    'canvas,template,link:not([rel="canonical"])'
)


def bookmarklet(origin: str) -> str:
    """The javascript: link for an app reached at `origin` (scheme, host and port)."""
    code = (
        SCRIPT.replace("ORIGIN", repr(origin.rstrip("/")))
        .replace("LIMIT", str(CLIP_CHARS))
        .replace("DROP", repr(DROP))
        .replace("BLOCKED", repr(BLOCKED))
    )
    return "javascript:" + quote(" ".join(code.split("\n")), safe="(){};,=!'+.:/[]*\"<>|&-_$?")
