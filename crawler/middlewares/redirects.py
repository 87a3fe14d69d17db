"""Redirects (HTTP 3xx and meta refresh) followed only to URLs that can be fetched.

Scrapy builds the redirected request before it checks the target's scheme: a Location (or a
meta refresh) naming ``javascript:…``, ``mailto:…`` or ``about:blank`` made ``Request`` raise
ValueError ("Missing scheme") out of the middleware, a traceback counted as an error, and the
article kept pending to fail so again in each of its next tries. A target that is no http(s)
URL with a host is not followed now, whatever its scheme (``ftp:`` and ``file:`` were already
not): the 3xx is the answer (an HTTP error the spider counts as a drop, ``news/skip/http_302``),
a page with such a meta refresh is read as it is, and the redirect is counted
(``news/redirect/not_followed``) and named in a warning.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import BaseRedirectMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware as ScrapyRedirectMiddleware
from scrapy.http import Response

from crawler.urls import is_http_url, masked_userinfo, without_credentials

logger = logging.getLogger(__name__)

# Of a target that is not followed, this much is shown in the warning.
_SHOWN_CHARS = 200


class _NotFetchable(Exception):
    """Raised where Scrapy is about to build a redirected request for ``url``."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


class HttpTargetsOnly(BaseRedirectMiddleware):
    """Mixin for Scrapy's redirect middlewares: no request is built for a target that is no
    fetchable http(s) URL (``crawler.urls.is_http_url``); the answer goes on unfollowed."""

    def _build_redirect_request(
        self, source_request: Request, response: Response, *, url: str, **kwargs: Any
    ) -> Request:
        if not is_http_url(url):
            raise _NotFetchable(url)
        url = without_credentials(url, self.crawler.stats)
        return super()._build_redirect_request(source_request, response, url=url, **kwargs)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        # ``spider`` only to match the parent's signature: Scrapy never passes an optional one.
        try:
            return super().process_response(request, response)  # type: ignore[misc]
        except _NotFetchable as exc:
            self.crawler.stats.inc_value("news/redirect/not_followed")
            logger.warning(
                "Not following the redirect of %s (HTTP %d) to %s: not an http(s) URL",
                request.url,
                response.status,
                masked_userinfo(exc.url)[:_SHOWN_CHARS],
            )
            return response


class RedirectMiddleware(HttpTargetsOnly, ScrapyRedirectMiddleware):
    """Scrapy's ``RedirectMiddleware`` (same settings), following http(s) targets only."""
