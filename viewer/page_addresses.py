"""Web addresses compared as the pages and outlets they name, whatever copy of the page was
saved or annotated: the one reading of a page's address, for the engine (one page saved twice
is one source's text) and the annotations (a note found by its page's address) alike.

An article's `url:` may be written without its scheme ("www.example.com/story"), which
`urlsplit` reads as a path with no host: it is read as "//www.example.com/story". A copy of a
page kept by an archive or served by an AMP cache names the page inside its own address (the
Wayback Machine's `web.archive.org/web/<time>/<page>`, Google's `www.google.com/amp/s/<page>`,
the AMP cache's `<x>.cdn.ampproject.org/c/s/<page>`): `original_address` unwraps it, so both the
look-up by address and the comparison of sites see the page itself.

`page_key` and `url_key` say which page an address names (two spellings of one address);
`site_key` which site it is on: the domain its host is registered under, "bbc.co.uk" for
www.bbc.co.uk and m.bbc.co.uk alike (see `site_key` for why not bbc.com too), but the whole
host on a domain that hosts other people's sites (alice.substack.com, bob.github.io), with
the author where the host names authors in its addresses (medium.com/@alice). No Qt; it imports
nothing of the core's, so that any of its packages may import it.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

_HOST_FIRST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)", re.IGNORECASE)
"""An address starting with a host name (labels, a dot, a top-level domain of letters), with no
scheme before it."""


def split_address(url: str) -> SplitResult:
    """`url` split into its parts, one written without its scheme ("www.example.com/story")
    read as starting with its host; a malformed one ("http://[") as no host."""
    url = url.strip()
    if _HOST_FIRST.match(url):
        url = "//" + url
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 (raises ValueError for a malformed host: "http://[")
    except ValueError:
        return urlsplit("")
    return parts


_WAYBACK = re.compile(r"/web/[0-9*]+(?:[a-z]{2}_)?/(?P<page>.+)")
"""The Wayback Machine's path: a time stamp (with a flag such as "id_") and the page's address."""
_AMP_CACHE = re.compile(r"/(?:c|v|i|r|wp)/(?P<secure>s/)?(?P<page>.+)")
"""The AMP cache's path: the kind of copy, "s/" for an https page, and the page without scheme."""
_GOOGLE_AMP = re.compile(r"/amp/(?P<secure>s/)?(?P<page>.+)")
"""Google's AMP viewer's path: "s/" for an https page, and the page without its scheme."""
_GOOGLE = re.compile(r"(?:www\.)?google(?:\.[a-z]{2,3}){1,2}")


def original_address(url: str) -> str:
    """The page an archive's or AMP cache's copy at `url` is a copy of; else `url` itself."""
    for _ in range(3):  # (a copy of a copy, at most a few deep)
        unwrapped = _unwrapped(url)
        if unwrapped is None:
            return url
        url = unwrapped
    return url


def _unwrapped(url: str) -> str | None:
    parts = split_address(url)
    host = (parts.hostname or "").lower()
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if host in ("web.archive.org", "wayback.archive.org"):
        found = _WAYBACK.fullmatch(path)
        if found is not None:
            # (the archive may collapse the page's "//" into one: "https:/www.example.com")
            return re.sub(r"^(https?):/+", r"\1://", found["page"], flags=re.IGNORECASE)
        return None
    if host.endswith(".cdn.ampproject.org"):
        found = _AMP_CACHE.fullmatch(path)
    elif _GOOGLE.fullmatch(host):
        found = _GOOGLE_AMP.fullmatch(path)
    else:
        return None
    if found is None:
        return None
    return ("https://" if found["secure"] else "http://") + found["page"]


_TRACKING = re.compile(r"(?:utm_\w+|fbclid|gclid|dclid|mc_[ce]id|igshid|cmpid|ocid|at_medium"
                       r"|at_campaign|ref(?:_\w*|src|url|err?er)?)", re.IGNORECASE)
"""Query parameters that say how a reader came to a page, not which page it is, matched whole:
a page's own parameter that merely starts so ("reference=3", "refresh=1", "mc_page=2") names
the page. "ref" and its kin are a referrer's mark wherever a site puts them: "ref_" (IMDb's
"?ref_=nv" and "?ref_=fn" on one title's page), "ref_src", "ref_url", "refsrc", "referrer";
Mailchimp's are its campaign's and its reader's ids, "mc_cid" and "mc_eid", no other "mc_"."""


def page_key(url: str) -> str:
    """`url` as the page it names: the original of an archived or AMP copy, without its scheme,
    "www.", user info, fragment, trailing slash and tracking parameters, the host in lower case
    with its port (`_host_and_port`). A page
    imported again at another spelling of its address keeps its annotations (they are found by
    their address, not by their words: `viewer.annotations.anchoring`), and a page saved twice,
    once from a link carrying "?utm_source=twitter", is one source's text
    (`viewer.engine.identical_texts`)."""
    parts = split_address(original_address(url))
    return _host_and_port(parts) + _path_and_query(parts)


_DEFAULT_PORTS = {"": ("80", "443"), "http": ("80",), "https": ("443",)}
"""The port an address without one is served from, by scheme (either, written without one)."""


def _host_and_port(parts: SplitResult) -> str:
    """The host in lower case without "www.", with its port: two servers on one host serve two
    sites' pages (ex.com:8080/story is not ex.com:9090/story), but a scheme's own port is the
    address without it. The user info before "@" names no page, and is no part of a key."""
    host_and_port = parts.netloc.rpartition("@")[2].lower().removeprefix("www.")
    host, colon, port = host_and_port.rpartition(":")
    if colon and "]" not in port and port in _DEFAULT_PORTS.get(parts.scheme.lower(), ()):
        return host
    return host_and_port


def _path_and_query(parts: SplitResult) -> str:
    """The part of `page_key` after the host: the path without its trailing slash, and the
    query's parameters but for tracking ones, sorted."""
    query = _page_query(parts)
    path = parts.path.rstrip("/") or "/"
    return path + (f"?{query}" if query else "")


def _page_query(parts: SplitResult) -> str:
    return "&".join(sorted(pair for pair in parts.query.split("&")
                           if pair and not _TRACKING.fullmatch(pair.split("=", 1)[0])))


def queries_conflict(first: str, second: str) -> bool:
    """Do two addresses `url_key` takes for one name different pages by their queries: both
    have one (but for tracking parameters) and they differ. A script's pages are told apart
    there (blog.naver.com/PostView.naver?blogId=alice&logNo=1 is not ?blogId=bob&logNo=2);
    a query on one side only is taken for one the other's copy lost or never had."""
    queries = [_page_query(split_address(original_address(url))) for url in (first, second)]
    return all(queries) and queries[0] != queries[1]


def url_key(iri: str) -> str:
    """An IRI compared loosely: the original of an archived or AMP copy, no scheme, `www.`,
    user info, fragment, query or trailing slash; host in lower case, with its port (the same
    article saved from http and https, with or without tracking). An IRI with no host (a file
    name, a URN) as it is."""
    parts = split_address(original_address(iri))
    if not parts.netloc:
        return iri.strip()
    return f"{_host_and_port(parts)}{parts.path.rstrip('/')}"


_GENERIC_SECOND_LEVEL = frozenset(
    ("co", "com", "net", "org", "gov", "gob", "edu", "ac", "ne", "or", "go", "mil", "ltd", "plc"))
"""Labels a country's domain registers names under (bbc.co.uk, abc.net.au, asahi.co.jp)."""


_SHARED_HOSTS = frozenset((
    "substack.com", "medium.com", "wordpress.com", "wpcomstaging.com", "blogspot.com",
    "blogger.com", "tumblr.com", "ghost.io", "beehiiv.com", "github.io", "gitlab.io",
    "netlify.app", "vercel.app", "pages.dev", "herokuapp.com", "wixsite.com", "weebly.com",
    "squarespace.com", "typepad.com", "livejournal.com", "dreamwidth.org", "over-blog.com",
    "jimdofree.com", "webflow.io", "bearblog.dev", "micro.blog", "neocities.org", "glitch.me",
    "posthaven.com", "mataroa.blog", "hatenablog.com", "hatenablog.jp", "hateblo.jp",
    "tistory.com", "livedoor.blog", "seesaa.net", "exblog.jp", "fc2.com", "mirror.xyz"))
"""Domains under which each host is someone else's site -- a newsletter, a blog, a project's
pages -- rather than one outlet's (as the Public Suffix List's private section lists them; a
short list shipped here, nothing fetched): bob.substack.com is not alice.substack.com. Blogger
serves its blogs under a country's domain too (alice.blogspot.co.uk, alice.blogspot.de)."""
_SITE_IN_PATH = frozenset(("medium.com", "substack.com", "tumblr.com", "blog.naver.com",
                           "note.com", "ameblo.jp"))
"""Hosts that put each author's or publication's site in the first segment of the path
(medium.com/@alice, www.tumblr.com/alice, blog.naver.com/alice): there the site is the host
with that segment where the segment names an author (`_author_in_path`)."""
_AUTHOR_AS_AT_NAME = frozenset(("medium.com", "substack.com"))
"""Hosts whose authors' sites are "@name" (medium.com/@alice, substack.com/@alice): any other
first segment is one of the host's own pages (medium.com/p/<id>, substack.com/home/post/<id>)
or a publication whose name cannot be told from those pages' words."""
_NOT_AN_AUTHOR = frozenset((
    "p", "post", "posts", "home", "inbox", "blog", "blogs", "view", "tag", "tagged", "tags",
    "topic", "topics", "hashtag", "search", "explore", "dashboard", "settings", "notifications",
    "login", "signin", "signup", "register", "m", "me", "api", "feed", "likes", "following",
    "new", "reader", "discover", "category", "categories", "entry", "notes", "share"))
"""First path segments that name a kind of page of the host's own, not an author, on the
other `_SITE_IN_PATH` hosts (www.tumblr.com/blog/view/alice/1, note.com/hashtag/<tag>)."""
_AUTHOR_PARAMETER = {"blog.naver.com": "blogid"}
"""The query parameter naming the author on hosts whose usual link has it there, not in the
path (blog.naver.com/PostView.naver?blogId=alice&logNo=1), in lower case."""
_COPY_PREFIXES = ("www.", "m.", "mobile.", "amp.")
"""A host's copies of one site: its www., mobile and AMP hosts."""


def site_key(url: str) -> str:
    """The site `url` (or the page it is a copy of) is on: the domain its host is registered
    under, in lower case ("cnn.com" for edition.cnn.com and www.cnn.com, "bbc.co.uk" for
    www.bbc.co.uk and m.bbc.co.uk); "" for no host.

    The registered domain, not the whole host: an outlet serves its pages from several hosts
    (www. and m., edition. and uk.), and a note on one of them belongs in its article from
    another. It is the last two labels, or three after a generic second level under a
    country's domain (co.uk, com.au): no list of every registry is shipped. Not the name alone
    (bbc.co.uk and bbc.com as one): outlets of one name under different domains are different
    outlets often enough (thestar.com in Toronto, thestar.com.my in Kuala Lumpur; independent.
    co.uk and independent.ie), and wire copy puts the same sentences in both, context and all;
    a note on bbc.com is left unplaced beside a bbc.co.uk article, with the reason, rather than
    risk another outlet's. On a domain that hosts other people's sites (`_SHARED_HOSTS`) the
    registered domain says nothing of whose page it is: there the site is the whole host less
    its www., mobile or AMP prefix ("alice.substack.com"), or with the author where the host
    puts the author in the path (`_SITE_IN_PATH`: "medium.com/@alice"); a page there that
    names no author ("medium.com/p/<id>") is a site of its own, the page itself, so that a note
    on it is never placed in an article at another page of the host, which may be anyone's."""
    parts = split_address(original_address(url))
    host = (parts.hostname or "").lower().rstrip(".")
    labels = [label for label in host.split(".") if label]
    if not labels or _is_ip_address(host):
        return host
    hosted = _hosted_site(labels)
    if hosted is not None:
        if hosted in _SITE_IN_PATH:
            author = _author_in_path(hosted, parts)
            return f"{hosted}/{author}" if author else hosted + _path_and_query(parts)
        return hosted
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _author_in_path(hosted: str, parts: SplitResult) -> str:
    """The author whose site a page on `hosted` (one of `_SITE_IN_PATH`) is, in lower case:
    the path's first segment where it is one, else the author named in the query; "" where
    the address names none (a page of the host's own, a script's name such as
    "PostView.naver", a first segment Medium or Substack give no author)."""
    first = parts.path.strip("/").split("/", 1)[0].lower()
    if hosted in _AUTHOR_AS_AT_NAME:
        if first.startswith("@") and len(first) > 1:
            return first
    elif first and first not in _NOT_AN_AUTHOR and "." not in first:
        return first
    parameter = _AUTHOR_PARAMETER.get(hosted)
    if parameter is None:
        return ""
    for pair in parts.query.split("&"):
        name, _, value = pair.partition("=")
        if name.lower() == parameter and value:
            return value.lower()
    return ""


def _hosted_site(labels: list[str]) -> str | None:
    """The site of a host on a shared hosting domain, or of one such domain's own host: the
    host less the prefixes of its copies; None for a host on no such domain."""
    for start in range(len(labels)):
        suffix = labels[start:]
        joined = ".".join(suffix)
        if joined in _SHARED_HOSTS or joined in _SITE_IN_PATH or (
                suffix[0] == "blogspot" and len(suffix) <= 3 and len(suffix[-1]) == 2):
            break
    else:
        return None
    host = ".".join(labels)
    while host.startswith(_COPY_PREFIXES) and host.count(".") >= len(suffix):
        host = host.split(".", 1)[1]
    return host


def _is_ip_address(host: str) -> bool:
    return ":" in host or all(label.isdigit() for label in host.split("."))
