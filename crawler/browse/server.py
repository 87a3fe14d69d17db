"""Serve a Newsloom database with Datasette on 127.0.0.1, read-only.

Datasette opens a file it was given as mutable with ``mode=ro`` connections, which read a WAL
database while a crawl writes it (immutable mode would assume the file never changes and
show stale or broken pages). Only a store on read-only storage that no process has open is
given as immutable, the one way SQLite reads it there (crawler/storage/database.py's
``read_only_uri``). Nothing here writes: no write permissions are granted.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
from pathlib import Path
from typing import Any

from crawler.storage.database import read_only_uri

from .metadata import browse_metadata

logger = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"


def table_names(uri: str) -> list[str]:
    """The tables of the database at the SQLite ``uri``, a read-only one."""
    conn = sqlite3.connect(uri, uri=True)
    try:
        return [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
    finally:
        conn.close()


def make_datasette(path: Path) -> Any:
    """A Datasette for ``path`` with Newsloom's metadata, templates and plugin."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from . import plugin

    if pm.get_plugin("newsloom") is None:
        pm.register(plugin, name="newsloom")
    name = path.stem
    uri = read_only_uri(path)
    immutable = uri.endswith("immutable=1")
    return Datasette(
        files=[] if immutable else [str(path)],
        immutables=[str(path)] if immutable else [],
        metadata=browse_metadata(name, table_names(uri)),
        template_dir=str(TEMPLATES),
        # No suggested facets: Datasette tries a facet on each column of a page without
        # configured ones, one query each, which on unique_articles (a view, no index to use)
        # took 3.7 s of every page of 100,000 articles; the articles table has its facets.
        settings={"default_page_size": 50, "sql_time_limit_ms": 3000, "suggest_facets": False},
    )


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 takes a free one, which the caller reads back."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def serve(datasette: Any, sock: socket.socket, log_level: str = "warning") -> None:
    """Serve until interrupted (Ctrl-C)."""
    import uvicorn

    config = uvicorn.Config(datasette.app(), log_level=log_level, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
