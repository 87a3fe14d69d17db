"""The bundled demo news site (``site/``) and the server ``scrapy demo`` crawls it on.

The pages are built from the seed texts by ``tests/support/demo_site.py`` and committed, so the
demo needs nothing outside the repository.
"""

from pathlib import Path

SITE_DIR = Path(__file__).with_name("site")
# The demo server binds this port unless told otherwise; the sitemap's URLs (absolute, as a
# sitemap's are) and the pages' canonical links name it.
DEMO_PORT = 8765
