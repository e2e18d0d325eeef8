"""`parallax fetch URL ... -o FOLDER`: save web pages as article files, with their raw HTML.

For each URL: `FOLDER/NAME.txt` holds the article text under a metadata header (title, outlet,
url, author, published, fetched, snapshot), and `FOLDER/snapshots/NAME.html` the page exactly
as received, so the comparison survives the page changing or disappearing. Written file paths
go to stdout, one a line; each URL that fails gets one line on stderr
(`parallax: URL: reason`) and the others are still fetched. Exit 0 when every URL was saved,
1 when any failed, 2 for bad usage. Existing files are never replaced. No display needed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from viewer.commands.common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, say, seconds


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = ("Each page becomes FOLDER/NAME.txt (text under a metadata header: title, "
                     "outlet, url, author, published, fetched) and FOLDER/snapshots/NAME.html "
                     "(the page as received). Existing files are never replaced.")
    parser.add_argument("urls", nargs="+", metavar="URL", help="http:// or https:// address")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER",
                        help="folder to write the articles to (created if missing)")
    parser.add_argument("--timeout", type=seconds, default=None, metavar="SECONDS",
                        help="give up on a page that does not answer within this many seconds "
                             "(default 20)")


def run(args: argparse.Namespace) -> int:
    from viewer.fetching import (
        DEFAULT_TIMEOUT_SECONDS,
        FetchError,
        article_from_fetched,
        check_url,
        fetch_page,
        write_article,
    )
    from viewer.printable import printable

    folder: Path = args.output
    # (the argument's type, `seconds`, refuses a timeout of 0 or less)
    timeout = args.timeout if args.timeout is not None else DEFAULT_TIMEOUT_SECONDS
    bad = [(url, check_url(url)) for url in args.urls if check_url(url) is not None]
    if bad:
        for url, problem in bad:
            say(f"{printable(url)}: {problem}")
        return EXIT_USAGE
    if folder.exists() and not folder.is_dir():
        say(f"{printable(folder)}: not a folder (-o names the folder to write the articles to)")
        return EXIT_USAGE
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        say(f"{printable(folder)}: cannot create the folder ({error.strerror or error})")
        return EXIT_FAILURE
    failures = 0
    for url in args.urls:
        try:
            page = fetch_page(url, timeout=timeout)
            written = write_article(article_from_fetched(page), page, folder)
        except FetchError as error:
            say(str(error))
            failures += 1
            continue
        except OSError as error:
            say(f"{printable(folder)}: could not write the article for {printable(url)} "
                f"({error.strerror or error})")
            failures += 1
            continue
        print(written)
    return EXIT_FAILURE if failures else EXIT_OK
