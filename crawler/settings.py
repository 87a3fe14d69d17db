"""Scrapy settings for Newsloom.

Every project setting carries the ``NEWS_`` prefix and a one-line comment. Each one, like every
Scrapy setting, can be overridden per run with ``-s NAME=VALUE``.
Each setting here is a rule setting (it decides what the pipelines store of a page) or a run
setting: ``rule_settings`` and ``run_settings`` at the end say which.
"""

from scrapy.settings import default_settings as _scrapy_defaults

from crawler.exports.fields import export_fields

BOT_NAME = "newsloom"

SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# Builds one spider per source declared in sources.toml, beside the module spiders.
SPIDER_LOADER_CLASS = "crawler.spiderloader.SourceSpiderLoader"
COMMANDS_MODULE = "crawler.commands"

# --- Newsloom ---------------------------------------------------------------------------------
# SQLite database the articles land in (relative paths are taken from the working directory).
NEWS_DB = "news.db"
# The sources file; relative paths are taken from the working directory.
NEWS_SOURCES = "sources.toml"
# Articles written per transaction; a batch is also flushed every NEWS_DB_FLUSH_SECONDS.
NEWS_DB_BATCH_SIZE = 200
# Longest time (seconds) a scraped article waits in memory before it is committed.
NEWS_DB_FLUSH_SECONDS = 2.0
# Milliseconds a writer waits for another process's write lock before giving up.
NEWS_DB_BUSY_TIMEOUT_MS = 60_000
# Shortest extracted text (characters) kept as an article; shorter pages are not articles.
NEWS_MIN_TEXT_CHARS = 250
# Worker processes for extraction and text analysis; 0 means one per CPU core.
NEWS_WORKERS = 0
# Seconds one page may spend in extraction and analysis before its worker is killed.
NEWS_EXTRACT_TIMEOUT = 20.0
# Longer pages (characters) are dropped before extraction: trafilatura's time grows with size
# (about 1 s per MB here; 270 s were seen for one 30 MB page) and the largest of 110 sampled
# real news pages was 0.9 MB.
NEWS_EXTRACT_MAX_CHARS = 4_000_000
# A worker process is replaced after this many pages, bounding slow growth in lxml's memory.
NEWS_WORKER_MAX_TASKS = 500
# Modules (comma-separated) the workers' fork server imports before it forks any worker: started
# with them as the crawl is set up (crawler/extensions/workerserver.py), and the extraction pool
# sets the same. Empty: none, each worker loads the text stack itself as it starts.
NEWS_WORKER_PRELOAD = "pipelines.extract.preload"
# Near-duplicate threshold: estimated Jaccard of 5-word shingles (benchmarks/dedup_quality.py).
NEWS_DEDUP_THRESHOLD = 0.5
# Characters of cleaned text given to langdetect: the shortest prefix that kept its accuracy
# (benchmarks/language_prefix.py; pipelines/text/language.py DEFAULT_MAX_CHARS says more).
NEWS_LANGUAGE_CHARS = 500
# A line is learned as a source's boilerplate once seen in this many of its articles...
NEWS_LEARN_MIN_ARTICLES = 20
# ...and in at least this share of them.
NEWS_LEARN_MIN_SHARE = 0.3
# Seconds between refreshes of the learned boilerplate lines handed to the workers.
NEWS_LEARN_REFRESH_SECONDS = 30.0
# Keep each article page's HTML, zstd-compressed (crawler/storage/pagecodec.py), so
# `scrapy reprocess` can rerun the pipeline.
NEWS_KEEP_HTML = True
# Log every text-block decision (kept, dropped, inserted; stage and reason) at INFO level;
# `scrapy explain URL|FILE` sets it for one page.
NEWS_EXPLAIN = False
# The crawl's database is removed as the command ends (`scrapy explain` without -s NEWS_DB):
# nothing it records is kept for a later run, so no line may say "kept pending".
NEWS_DB_TEMPORARY = False
# Ask resiliparse for a second opinion and insert paragraphs trafilatura skipped inside the
# article (pipelines/text/consensus.py); costs about 5 ms a page.
NEWS_TEXT_CONSENSUS = True
# Run trafilatura without its readability/jusText comparison, and redo the full extraction
# only where the second opinion doubts the fast text (about one page in 12): roughly 15 ms a
# page less. Needs NEWS_TEXT_CONSENSUS. False always runs the full extraction.
NEWS_TEXT_FAST = True

# Items of `scrapy reprocess` in the pipelines at once; 0 means 8 per extraction worker.
# Without a bound every stored page would be read into memory while the workers catch up.
NEWS_REPROCESS_IN_FLIGHT = 0
# Every write to the store rolled back, none committed, no run recorded: set by
# `scrapy reprocess --dry-run`, which says what it would change and changes nothing.
NEWS_DRY_RUN = False

# --- Archives (WARC) ---------------------------------------------------------------------------
# Items of `-a warc=` ingestion in the pipelines at once; 0 means 8 per extraction worker.
NEWS_WARC_IN_FLIGHT = 0
# Seconds between saves of how far each WARC file is ingested (a rerun resumes there).
NEWS_WARC_CHECKPOINT_SECONDS = 2.0
# Folder to record every fetched response of a crawl into, as WARC; empty records nothing.
NEWS_WARC_DIR = ""
# A recorded WARC file is closed and a new one started past this many megabytes (gzipped).
NEWS_WARC_MAX_MB = 1000
# Recorded request records keep the Cookie header the crawl sent (a subscriber's session, given
# in DEFAULT_REQUEST_HEADERS or set by the site): off, as WARC files are shared.
NEWS_WARC_KEEP_REQUEST_COOKIES = False

# --- Unattended operation ---------------------------------------------------------------------
# Folder of the per-run log files; empty means a `logs` folder beside NEWS_DB.
NEWS_LOG_DIR = ""
# Level of the per-run log file (stderr keeps LOG_LEVEL).
NEWS_LOG_LEVEL = "INFO"
# Also show Scrapy's dumps (settings, components, closing stats) on stderr, not only in the run's
# log file: for scripts and tests that read the closing stats from stderr.
NEWS_TERMINAL_DUMPS = False
# Run logs older than this many days are deleted at the start of a run; 0 keeps them all.
NEWS_LOG_KEEP_DAYS = 30
# Sources `scrapy crawlall` crawls at the same time (never two sharing a host).
NEWS_CRAWLALL_CONCURRENCY = 4
# `crawlall --scrapyd`: the project name the egg was deployed under, seconds between polls of
# the nodes' job lists, seconds a node may stay silent before it is given up (its waiting
# sources move to the other nodes), and jobs started on one node at once.
NEWS_SCRAPYD_PROJECT = "newsloom"
NEWS_SCRAPYD_POLL_SECONDS = 1.0
NEWS_SCRAPYD_NODE_TIMEOUT = 30.0
NEWS_SCRAPYD_JOBS_PER_NODE = 2
# `crawlall --scrapyd`: the netrc file of the nodes' logins (Scrapyd's basic auth), read for a
# node URL without one; "" is ~/.netrc. A path, never the password: see crawler/runs/nodelogins.py.
NEWS_SCRAPYD_NETRC = ""
# Set by the commands: the `runs` row this process records into (0: none yet).
NEWS_RUN_ID = 0
# Skip article URLs the database already holds (by canonical URL, redirects included).
NEWS_INCREMENTAL = True
# Hours before a page that held no article (dropped, not HTML, 404) is fetched again.
NEWS_RECHECK_AFTER_HOURS = 24.0
# Entries new to the store taken from one feed or sitemap per run, in the listing's order; the
# rest are counted (news/listing/capped_entries) and the listing is read in full again next
# run, which takes the next ones. 0: no cap.
NEWS_LISTING_MAX_ENTRIES = 5000
# Bytes a sitemap or sitemap index may have, downloaded or unpacked: the protocol allows 50 MiB
# (52,428,800 bytes) and 50,000 URLs, so a big publisher's sitemap over DOWNLOAD_MAXSIZE is read
# (news/sitemap/too_large past this). Other requests keep DOWNLOAD_MAXSIZE; a larger
# DOWNLOAD_MAXSIZE, or 0 (no limit), applies to sitemaps too.
NEWS_SITEMAP_MAXSIZE = 50 * 1024 * 1024
# Levels of sitemap indexes followed below an entry sitemap (news/sitemap/too_deep past it).
NEWS_SITEMAP_MAX_DEPTH = 3
# Sitemaps (indexes included) read per source and run, each counted as it is sent; an index
# naming more is read whole over several runs, those not read yet first
# (news/sitemap/children_deferred: left for later).
NEWS_SITEMAP_MAX_COUNT = 1000
# Requests waiting in the scheduler below which the next sitemap of an index is fetched: an
# index's sitemaps are read as the queue drains, not all at once (crawler/backpressure.py).
NEWS_SITEMAP_LOW_WATER = 200
# Minutes before an unfinished article (503, timeout, cut body, failed write) is tried again;
# the wait doubles after each failed try. 0 retries every pending article in the next run.
NEWS_PENDING_BACKOFF_MINUTES = 30.0
# Failed tries after which a pending article is given up (kept in pending_articles, counted).
NEWS_PENDING_MAX_ATTEMPTS = 8
# Ask a source's given-up articles again this run (one more try each), e.g. pages given up as
# over DOWNLOAD_MAXSIZE once the limit is raised: `-s NEWS_PENDING_RETRY_GIVEN_UP=True`.
NEWS_PENDING_RETRY_GIVEN_UP = False
# Seconds between the writes that keep a crawl's listed, unfinished articles pending while it
# runs, so a crawl killed with -9 (no close) leaves them for the next run to ask for, whatever
# the listing names by then (0: kept only when the crawl closes).
NEWS_PENDING_CHECKPOINT_SECONDS = 5.0
# Seconds one source may crawl per run (0: no limit); then it stops, counted
# news/bound/time_budget, and its unfinished articles stay pending. Below the cron interval.
NEWS_SOURCE_TIME_BUDGET = 600.0
# Revisit stored articles first fetched within this many days to record their updates as
# versions (crawler/revisit.py); 0 turns revisits off. A source's revisit_days overrides it.
NEWS_REVISIT_DAYS = 0.0
# Hours between two revisits of one article (a source's revisit_every_hours overrides it).
NEWS_REVISIT_EVERY_HOURS = 6.0
# Revisits one source asks for per run at most, those checked longest ago first; 0: no cap.
NEWS_REVISIT_MAX = 1000
# Send If-None-Match / If-Modified-Since for feeds and sitemaps; a 304 is not parsed.
NEWS_CONDITIONAL_GET = True
# Longest Retry-After (seconds) waited for; a host asking for more is left alone for the run.
NEWS_RETRY_AFTER_MAX = 300.0
# Upper bound (seconds) on a robots.txt Crawl-delay applied as the per-host delay; a larger one
# is said in a warning (news/crawl_delay/capped).
NEWS_CRAWL_DELAY_MAX = 60.0
# While a host's robots.txt is unreachable (5xx, 429, no answer), the copy it last answered is
# read instead when no older than this many days (RFC 9309 2.4; 2.3.1.4's example of a long
# outage is 30 days); without one, or older, the host is complete disallow. 0: never.
NEWS_ROBOTS_COPY_MAX_DAYS = 30.0

# --- Politeness and safe defaults -------------------------------------------------------------
# Descriptive User-Agent; NEWS_CONTACT is appended so site owners can reach the operator.
NEWS_CONTACT = ""
USER_AGENT = "Newsloom/0.1 (news research crawler; +https://example.invalid/newsloom)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Scrapy 2.19's downloader overruns CONCURRENT_REQUESTS_PER_DOMAIN when DOWNLOAD_DELAY is 0.
DOWNLOADER = "crawler.downloader.PoliteDownloader"
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
# News pages are tens to hundreds of KB; 10 MiB leaves room and stops runaway bodies.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
RETRY_TIMES = 2
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Only plain web fetching: no file:, data: or ftp: downloads from links found in content.
DOWNLOAD_HANDLERS = {
    "file": None,
    "data": None,
    "ftp": None,
    "s3": None,
}

# --- Engine -----------------------------------------------------------------------------------
# Outputs of one response processed in parallel. Scrapy starts this many asyncio tasks for every
# response, whatever it yields; an article page yields one item, and the default 100 cost about
# 7 % of the crawl process's CPU (py-spy, benchmarks/throughput.py). Items of different
# responses still run concurrently.
CONCURRENT_ITEMS = 4
# The dupefilter keys requests by canonical URL, the same key as the articles table.
REQUEST_FINGERPRINTER_CLASS = "crawler.fingerprinter.CanonicalRequestFingerprinter"
# Scrapy's filter with a 60-bit int per request, not a bytes fingerprint (crawler/dupefilter.py).
DUPEFILTER_CLASS = "crawler.dupefilter.CompactDupeFilter"
# Scrapy's in-memory stats minus a wrapper that ran on every stats call (crawler/stats.py).
STATS_CLASS = "crawler.stats.DirectStatsCollector"
# Scrapy's caching resolver, answering with the address the private-address guard checked, so
# the download connects where the check looked (middlewares/addresses.py).
TWISTED_DNS_RESOLVER = "crawler.middlewares.addresses.PinningResolver"
# Requests of equal priority leave in the order they were made (FIFO): articles are fetched in
# the listing's order. Scrapy's default LIFO took a long listing's last entries first and left
# the entries queued before them waiting for the whole rest.
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
# `scrapy crawl SOURCE -O out.jsonl` writes the article's stored fields only: no HTML, no
# compressed page, no signature (bytes no feed format can hold), no pipeline internals.
FEED_EXPORT_FIELDS = export_fields()
# `-O out.csv` writes lists (authors, tags) and meta_origin as JSON text, as `scrapy export` does;
# `-O out.xml` a NULL as an empty element (Scrapy's wrote the text "None"); `-O out.jsonl` each
# record on one line for any line reader (crawler/exports/jsonlines.py).
FEED_EXPORTERS = {
    **dict.fromkeys(
        ("jsonlines", "jsonl", "jl"), "crawler.exports.jsonlines.OneLineJsonLinesItemExporter"
    ),
    "csv": "crawler.exports.feedcsv.JsonCellsCsvItemExporter",
    "xml": "crawler.exports.feedxml.NullsEmptyXmlItemExporter",
}
# `-O FILE` appears under its name only when complete; a write that fails fails the source.
FEED_STORAGES = {
    "": "crawler.exports.feedfile.AtomicFileFeedStorage",
    "file": "crawler.exports.feedfile.AtomicFileFeedStorage",
}
LOG_LEVEL = "INFO"
# Scrapy's once-a-minute LogStats line gives way to crawler/extensions/progress.py.
LOGSTATS_INTERVAL = 0
# Seconds between progress lines (fetched, stored, copies, dropped, rate, ETA); 0 turns them off.
NEWS_PROGRESS_INTERVAL = 10.0
# Scrapy's messages minus per-page DEBUG ones built for nothing at INFO (crawler/logformatter.py).
LOG_FORMATTER = "crawler.logformatter.QuietLogFormatter"
# No list of library versions at start-up: a dozen lines before anything happens.
LOG_VERSIONS: list[str] = []
# Scrapy 2.19's remote-control server stays off: no listening port, no job files under $HOME.
REMOTE_CONTROL_ENABLED = False
# Scrapy imports every component its EXTENSIONS and DOWNLOADER_MIDDLEWARES name, also one set to
# None (it loads the key to resolve it), before from_crawler can say NotConfigured. Two of its
# defaults are off here and their imports cost each start a quarter of a second of CPU (aiohttp;
# tldextract with requests), so they leave the _BASE dicts, and crawler/optional.py builds them
# only when REMOTE_CONTROL_ENABLED or COOKIES_ENABLED turns them on.
_SCRAPY_CORESTATS = "scrapy.extensions.corestats.CoreStats"
_SCRAPY_AUTOTHROTTLE = "scrapy.extensions.throttle.AutoThrottle"
_SCRAPY_REPLACED = (
    "scrapy.extensions.remote_control.RemoteControl",
    _SCRAPY_CORESTATS,
    _SCRAPY_AUTOTHROTTLE,
)
EXTENSIONS_BASE = {
    **{
        path: order
        for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
        if path not in _SCRAPY_REPLACED
    },
    "crawler.optional.OptionalRemoteControl": 0,
    # Scrapy's, minus its AssertionError traceback for a crawl that never opened.
    "crawler.extensions.corestats.OpenedCoreStats": _scrapy_defaults.EXTENSIONS_BASE[
        _SCRAPY_CORESTATS
    ],
    # Scrapy's, never lowering a host's delay below its robots.txt Crawl-delay.
    "crawler.extensions.throttle.CrawlDelayAutoThrottle": _scrapy_defaults.EXTENSIONS_BASE[
        _SCRAPY_AUTOTHROTTLE
    ],
}
_SCRAPY_DOWNLOADER_STATS = "scrapy.downloadermiddlewares.stats.DownloaderStats"
_SCRAPY_COMPRESSION = "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware"
_SCRAPY_RETRY = "scrapy.downloadermiddlewares.retry.RetryMiddleware"
DOWNLOADER_MIDDLEWARES_BASE = {
    **{
        path: order
        for path, order in _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE.items()
        if path
        not in (
            "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
            _SCRAPY_DOWNLOADER_STATS,
            _SCRAPY_COMPRESSION,
            _SCRAPY_RETRY,
        )
    },
    "crawler.optional.OptionalCookies": 700,
    # Scrapy's, minus the robots.txt answers handed over to the spider: no download.
    "crawler.middlewares.downloadstats.DownloadedStats": (
        _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE[_SCRAPY_DOWNLOADER_STATS]
    ),
    # Scrapy's, keeping the start of a robots.txt that unpacks past its size limit.
    "crawler.middlewares.compression.PartialHttpCompressionMiddleware": (
        _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE[_SCRAPY_COMPRESSION]
    ),
    # Scrapy's, marking a request it gave up on, so its download error is said once.
    "crawler.middlewares.retries.SayOnceRetryMiddleware": (
        _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE[_SCRAPY_RETRY]
    ),
}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "crawler.extensions.database.DatabaseExtension": 0,
    "crawler.extensions.workerserver.WorkerServer": 1,
    # Before RunRecorder: its closing stats (news/pending/…) go into the run record.
    "crawler.extensions.pending.PendingArticles": 5,
    "crawler.extensions.budget.TimeBudget": 6,
    "crawler.extensions.run_recorder.RunRecorder": 10,
    "crawler.extensions.progress.Progress": 20,
    "crawler.extensions.quietlog.SkipUnheardRecords": 30,
    "crawler.extensions.closing.CloseAfterStartItems": 40,
}

DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100): a private host gets no robots.txt request either.
    "crawler.middlewares.addresses.PrivateAddressMiddleware": 50,
    "crawler.middlewares.incremental.IncrementalMiddleware": 60,
    "crawler.middlewares.conditional.ConditionalGetMiddleware": 70,
    # Scrapy's own (100), reading a robots.txt that answered 5xx or nothing as RFC 9309 asks.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.politeness.RobotsTxtPolicyMiddleware": 100,
    # After robots.txt (100), whose parser it reads.
    "crawler.middlewares.politeness.CrawlDelayMiddleware": 110,
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "crawler.middlewares.politeness.ContactUserAgentMiddleware": 500,
    # Sees 429/503 before RetryMiddleware (550), which would retry without waiting.
    "crawler.middlewares.retryafter.RetryAfterMiddleware": 560,
    # Scrapy's own (580), minus the scan of pages that hold no "refresh" at all.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.metarefresh.QuickMetaRefreshMiddleware": 580,
    # Scrapy's own (600), following no redirect to a target that is no http(s) URL.
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.redirects.RedirectMiddleware": 600,
    # Next to the downloader: records each answer as received, before decompression (590),
    # redirects (600) and retries (550) act on it. Off unless NEWS_WARC_DIR is set.
    "crawler.warc.recorder.WarcRecorderMiddleware": 950,
}

ITEM_PIPELINES = {
    "pipelines.extract.pipeline.ExtractPipeline": 100,
    "pipelines.language_policy.LanguagePolicyPipeline": 300,
    "pipelines.store.StorePipeline": 900,
}

# --- Rules and runs ---------------------------------------------------------------------------
# A stopped `scrapy reprocess` is continued by its rerun only under the same rules
# (crawler/rules_fingerprint.py), so every setting above is one of two kinds, and a new one
# goes into one of these sets: tests/unit/test_reprocess_passes.py fails, naming it, until it
# does. (Lower-case names: Scrapy takes only upper-case ones as settings.)
# A rule decides what the pipelines make of a stored page: changing one between a stopped
# reprocess and its rerun makes the rerun read every page again.
rule_settings = frozenset(
    {
        "NEWS_MIN_TEXT_CHARS",
        "NEWS_EXTRACT_MAX_CHARS",
        "NEWS_DEDUP_THRESHOLD",
        "NEWS_LANGUAGE_CHARS",
        "NEWS_LEARN_MIN_ARTICLES",
        "NEWS_LEARN_MIN_SHARE",
        "NEWS_KEEP_HTML",
        "NEWS_TEXT_CONSENSUS",
        "NEWS_TEXT_FAST",
        "ITEM_PIPELINES",
    }
)
# A run setting decides how a run goes (which store, how fast, how much it fetches, what it
# logs or exports, the boilerplate's refresh), not what a page's row holds.
run_settings = frozenset(
    """
    BOT_NAME SPIDER_MODULES NEWSPIDER_MODULE SPIDER_LOADER_CLASS COMMANDS_MODULE NEWS_DB
    NEWS_SOURCES NEWS_DB_BATCH_SIZE NEWS_DB_FLUSH_SECONDS NEWS_DB_BUSY_TIMEOUT_MS NEWS_WORKERS
    NEWS_EXTRACT_TIMEOUT NEWS_WORKER_MAX_TASKS NEWS_WORKER_PRELOAD NEWS_LEARN_REFRESH_SECONDS
    NEWS_EXPLAIN NEWS_DB_TEMPORARY NEWS_REPROCESS_IN_FLIGHT NEWS_DRY_RUN NEWS_RUN_ID
    NEWS_PROGRESS_INTERVAL NEWS_WARC_IN_FLIGHT NEWS_WARC_CHECKPOINT_SECONDS NEWS_WARC_DIR
    NEWS_WARC_MAX_MB NEWS_WARC_KEEP_REQUEST_COOKIES NEWS_LOG_DIR NEWS_LOG_LEVEL
    NEWS_TERMINAL_DUMPS NEWS_LOG_KEEP_DAYS
    NEWS_CRAWLALL_CONCURRENCY NEWS_SCRAPYD_PROJECT NEWS_SCRAPYD_POLL_SECONDS
    NEWS_SCRAPYD_NODE_TIMEOUT NEWS_SCRAPYD_JOBS_PER_NODE NEWS_SCRAPYD_NETRC NEWS_INCREMENTAL
    NEWS_RECHECK_AFTER_HOURS NEWS_LISTING_MAX_ENTRIES NEWS_SITEMAP_MAXSIZE
    NEWS_SITEMAP_MAX_DEPTH NEWS_SITEMAP_MAX_COUNT NEWS_SITEMAP_LOW_WATER
    NEWS_PENDING_BACKOFF_MINUTES NEWS_PENDING_MAX_ATTEMPTS NEWS_PENDING_RETRY_GIVEN_UP
    NEWS_PENDING_CHECKPOINT_SECONDS NEWS_SOURCE_TIME_BUDGET NEWS_REVISIT_DAYS
    NEWS_REVISIT_EVERY_HOURS NEWS_REVISIT_MAX NEWS_CONDITIONAL_GET NEWS_RETRY_AFTER_MAX
    NEWS_CRAWL_DELAY_MAX NEWS_ROBOTS_COPY_MAX_DAYS NEWS_CONTACT USER_AGENT ROBOTSTXT_OBEY
    CONCURRENT_REQUESTS CONCURRENT_REQUESTS_PER_DOMAIN DOWNLOADER DOWNLOAD_DELAY
    AUTOTHROTTLE_ENABLED AUTOTHROTTLE_START_DELAY AUTOTHROTTLE_MAX_DELAY
    AUTOTHROTTLE_TARGET_CONCURRENCY DOWNLOAD_TIMEOUT DOWNLOAD_MAXSIZE DOWNLOAD_WARNSIZE
    REDIRECT_MAX_TIMES RETRY_TIMES COOKIES_ENABLED TELNETCONSOLE_ENABLED DOWNLOAD_HANDLERS
    CONCURRENT_ITEMS REQUEST_FINGERPRINTER_CLASS DUPEFILTER_CLASS STATS_CLASS
    TWISTED_DNS_RESOLVER SCHEDULER_MEMORY_QUEUE SCHEDULER_DISK_QUEUE TWISTED_REACTOR
    FEED_EXPORT_ENCODING FEED_EXPORT_FIELDS FEED_EXPORTERS FEED_STORAGES FEEDS LOG_LEVEL
    LOGSTATS_INTERVAL LOG_FORMATTER LOG_VERSIONS REMOTE_CONTROL_ENABLED EXTENSIONS_BASE
    DOWNLOADER_MIDDLEWARES_BASE EXTENSIONS DOWNLOADER_MIDDLEWARES
    """.split()  # noqa: SIM905 - names in a block, as the settings above read
)
