"""``scrapy browse``: the database in Datasette, arranged for reading news, with charts."""
