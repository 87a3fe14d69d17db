"""Where a Scrapyd node's login comes from (``crawlall --scrapyd``): a netrc file, not the
command line.

Scrapyd's basic auth (its ``username`` and ``password`` settings) may be given in the node's
URL, ``--scrapyd http://USER:PASSWORD@HOST:PORT``, but a command line is no place for a
password: ``ps`` shows it to every user of the machine for as long as the run lasts, and the
crontab line that starts the run shows it to whoever reads that crontab. A node's URL may
therefore carry none: its login is then read from a netrc file (``~/.netrc``, or the file
``NEWS_SCRAPYD_NETRC`` names), one entry per node host, as curl, scrapyd-deploy and Python's
``netrc`` module read it::

    machine n1.example.org login bob password s3cret

An entry names a host, not a port (netrc has no ports): the nodes of one host share a login.
The file holds passwords, so it is read only when it is this user's and no one else may read
or write it (mode 600 or 400), as curl and Python's reader demand of ``~/.netrc``; another is
refused in one line, before anything is scheduled. A URL that carries a password is still
taken, and the command says in one line, counting them, that the password is visible.
"""

from __future__ import annotations

import netrc
import os
import stat
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Settings: the netrc file of the nodes' logins; "" is ~/.netrc.
NETRC_SETTING = "NEWS_SCRAPYD_NETRC"

Login = tuple[str, str]


class LoginFileError(ValueError):
    """The netrc file cannot be read, does not parse, or others may read or write it."""


def netrc_path(setting: str) -> Path:
    """The netrc file: the setting's path, else ``~/.netrc``."""
    return Path(setting).expanduser() if setting else Path.home() / ".netrc"


def _split(url: str) -> urllib.parse.SplitResult | None:
    """``url``'s parts; None for one urllib cannot split (an unclosed ``[``), which the node
    then refuses as any unreachable one."""
    try:
        return urllib.parse.urlsplit(url)
    except ValueError:
        return None


def url_login(url: str) -> Login | None:
    """The ``user:password@`` of ``url``, unquoted; None when it carries no password."""
    parts = _split(url)
    if parts is None or parts.password is None:
        return None
    return urllib.parse.unquote(parts.username or ""), urllib.parse.unquote(parts.password)


def _host(url: str) -> str:
    parts = _split(url)
    return (parts.hostname if parts is not None else None) or ""


def visible_passwords(urls: Sequence[str]) -> str | None:
    """The line that says how many node URLs carry a password and where it shows; None
    when none does."""
    count = sum(1 for url in urls if url_login(url) is not None)
    if not count:
        return None
    urls_carry = "URL carries" if count == 1 else "URLs carry"
    return (
        f"{count} --scrapyd {urls_carry} a password, which every user of this machine can "
        "read in the process list while the run lasts (and in the crontab line that starts "
        "it): give it in ~/.netrc, 'machine HOST login USER password PASSWORD', mode 600 "
        f"(or the file {NETRC_SETTING} names), and leave it out of the URL"
    )


@dataclass(frozen=True)
class NodeLogins:
    """The logins of the nodes whose URLs carry no password, by host, and the file read."""

    path: Path
    by_host: dict[str, Login] = field(default_factory=dict)

    def login(self, url: str) -> Login | None:
        """The login ``url`` gives, else the file's for its host, else none."""
        given = url_login(url)
        if given is not None:
            return given
        return self.by_host.get(_host(url))


def read_logins(urls: Sequence[str], setting: str) -> NodeLogins:
    """The netrc file's logins for the hosts of ``urls`` that carry no password.

    The file is not read when every URL carries one, and a missing file gives none (a node
    that asks for a login then says so). Raises :class:`LoginFileError` for a file that
    cannot be read or parsed, or that gives a login while others may read or write it or it
    is another user's: the password it holds is no secret there.
    """
    path = netrc_path(setting)
    hosts = {_host(url) for url in urls if url_login(url) is None} - {""}
    if not hosts:
        return NodeLogins(path)
    try:
        entries = netrc.netrc(str(path))
    except FileNotFoundError:
        if setting:  # named, and not there: a mistake to say, not a node without a login
            raise LoginFileError(f"{NETRC_SETTING}: no file at {path}") from None
        return NodeLogins(path)
    except netrc.NetrcParseError as exc:
        # Not its message: the token it names may be a piece of a password.
        raise LoginFileError(
            f"cannot read the nodes' logins: {path}, line {exc.lineno}, is no netrc entry"
        ) from None
    except OSError as exc:
        raise LoginFileError(f"cannot read the nodes' logins in {path}: {exc.strerror}") from None
    found: dict[str, Login] = {}
    for host in sorted(hosts):
        entry = entries.authenticators(host)
        if entry is not None and entry[2]:
            found[host] = (entry[0], entry[2])
    if found:
        _check_private(path)
    return NodeLogins(path, found)


def _check_private(path: Path) -> None:
    """Refuse a netrc file of passwords that another user owns or may read or write."""
    info = path.stat()
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise LoginFileError(
            f"{path} holds the nodes' passwords but is another user's: make it your own "
            f"(a copy of your own, mode 600)"
        )
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        mode = stat.S_IMODE(info.st_mode)
        raise LoginFileError(
            f"{path} holds the nodes' passwords and other users may read or write it "
            f"(mode {mode:o}): chmod 600 {path}"
        )
