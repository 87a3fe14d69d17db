"""WARC in and out: reading archives into Article items, recording crawls, exporting pages."""
