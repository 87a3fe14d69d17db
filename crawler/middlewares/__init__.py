"""Downloader middlewares for unattended, incremental and polite crawling."""
