"""``scrapy demo``: crawl the bundled demo news site, served locally for the crawl's duration."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from scrapy.exceptions import UsageError

from crawler.console import program_name, tool_command
from crawler.demo import DEMO_PORT, SITE_DIR
from crawler.demo.server import CONTENT_TYPES, Route, serve_directory
from crawler.runs.runner import RunCommand, Target
from crawler.runs.summary import db_option, password_hint
from crawler.sources import Source
from crawler.spiderloader import spider_for
from crawler.storage.database import database_from_settings, redact
from crawler.storage.postgres import is_postgres_url


class Command(RunCommand):
    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Serve the bundled demo news site on 127.0.0.1 and crawl it into NEWS_DB"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--port", type=int, default=DEMO_PORT, help=f"port to serve on (default {DEMO_PORT})"
        )

    def check_usage(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError("scrapy demo takes no arguments")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.crawler_process is not None and self.settings is not None
        # Filled once the port is bound: the server reads its routes on every request.
        routes: dict[str, Route] = {}
        with contextlib.ExitStack() as serving:
            try:
                base_url = serving.enter_context(
                    serve_directory(SITE_DIR, port=opts.port, routes=routes)
                )
            except (OSError, OverflowError) as exc:
                # A port in use (a demo already running) or past 65535 ended in a traceback.
                raise UsageError(
                    f"cannot serve the demo site on 127.0.0.1:{opts.port}: {exc}; "
                    "choose another port with --port N",
                    print_help=False,
                ) from None
            routes.update(rebased_routes(base_url))
            source = Source(
                name="demo",
                feeds=(f"{base_url}/feed.xml",),
                sitemaps=(f"{base_url}/sitemap.xml",),
                languages=("de",),
                # One local host: politeness delays would only slow the demo down.
                settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False},
                description="The bundled demo site",
            )
            # Locked, logged and recorded like any run (crawler/runs/runner.py).
            self.execute_run("demo", [Target("demo", spider_for(source))])
        db_arg = self.settings.get("NEWS_DB")
        postgres = is_postgres_url(db_arg)
        if self.exitcode != 0 or not (postgres or Path(db_arg).exists()):
            return
        db = database_from_settings(self.settings)
        try:
            total = db.execute("SELECT count(*) FROM articles WHERE source = 'demo'").fetchone()
        finally:
            db.close()
        # A PostgreSQL store is named by its URL (password left out), not as a local file.
        where = redact(db_arg) if postgres else str(Path(db_arg).resolve())
        print(f"\nDemo done: {total[0]} demo articles in {where}")
        option = db_option(db_arg if postgres else where, "news.db")
        if postgres:  # browse and sqlite-utils read SQLite only
            print(f"Try:  {program_name()} export demo.jsonl{option}")
            print(f"      {program_name()} runs{option}")
            if hint := password_hint(db_arg):
                print(f"      ({hint.removeprefix('; ')})")
            return
        sqlite_utils = tool_command("sqlite-utils")
        print(f"Try:  {sqlite_utils} search {db_arg} articles Nordkorea -c url -c title")
        print(f"      {program_name()} browse{option}")


def rebased_routes(base_url: str, site: Path = SITE_DIR) -> dict[str, Route]:
    """Routes that serve the site's files naming the default port's base URL with ``base_url``.

    Served on another port (``--port N``), the committed sitemap sent the crawl to port 8765, a
    private address nobody named: every sitemap entry was refused with a warning. The files
    are read on each request, as the server reads the others.
    """
    default = f"http://127.0.0.1:{DEMO_PORT}".encode()
    if base_url.encode() == default:
        return {}
    routes: dict[str, Route] = {}
    for path in sorted(site.iterdir()):
        if path.is_file() and default in path.read_bytes():
            routes[f"/{path.name}"] = _rebased(path, default, base_url.encode())
    return routes


def _rebased(path: Path, default: bytes, base_url: bytes) -> Route:
    headers = {"Content-Type": CONTENT_TYPES[path.suffix.lower()]}

    def answer(count: int) -> tuple[int, dict[str, str], bytes]:
        return 200, headers, path.read_bytes().replace(default, base_url)

    return answer
