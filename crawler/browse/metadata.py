"""What Datasette shows of a Newsloom database: which tables, which facets, which queries.

Only articles and the run records are for people; the other tables are the pipelines'
memory (pages, MinHash buckets, line counts, validators) and are hidden, not removed: they
stay reachable by URL and SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

SHOWN_TABLES = ("articles", "article_versions", "runs", "run_sources")
ARTICLE_VIEW = "/-/article"
CHARTS_VIEW = "/-/charts"

# Each source's 5 newest articles, by publication date, else fetch date. Numbering every
# article by a window over the whole table sorted all of them: 3 s of every view of 100,000
# articles. The 5 newest are among each source's 5 newest dated ones, read from the (source,
# published) index, and its 5 newest undated ones; only these are numbered.
LATEST_PER_SOURCE = """
with sources as (select distinct source from articles),
candidates as (
  select a.* from sources s join articles a on a.rowid in (
    select rowid from articles where source = s.source and published is not null
    order by published desc limit 5)
  union all
  select a.* from sources s join articles a on a.rowid in (
    select rowid from articles where source = s.source and published is null
    order by fetched_at desc limit 5)
)
select source, title, coalesce(published, fetched_at) as date, language, url
from (
  select *, row_number() over (
    partition by source order by coalesce(published, fetched_at) desc
  ) as n
  from candidates
)
where n <= 5
order by source, date desc
"""

DUPLICATE_CLUSTERS = """
select a.duplicate_of as url, o.title as title, o.source as source,
  count(*) as copies, group_concat(distinct a.source) as copied_by,
  round(avg(a.similarity), 2) as mean_similarity
from articles a left join articles o on o.url = a.duplicate_of
where a.duplicate_of is not null
group by a.duplicate_of
order by copies desc, title
"""

RUNS_HEALTH = """
select source,
  count(*) as runs,
  sum(outcome = 'ok') as ok,
  sum(outcome = 'failed') as failed,
  max(started_at) as last_run,
  max(case when outcome = 'ok' then started_at end) as last_ok,
  (select failure from run_sources r2 where r2.source = rs.source
     order by run_id desc limit 1) as last_failure,
  sum(articles_new) as articles_new,
  round(avg(articles_new), 1) as new_per_run
from run_sources rs
group by source
order by failed desc, source
"""


def browse_metadata(database: str, tables: Iterable[str]) -> dict[str, Any]:
    """Datasette metadata for the database named ``database`` holding ``tables``."""
    hidden = {name: {"hidden": True} for name in tables if name not in SHOWN_TABLES}
    links = (
        f'<p><a href="{CHARTS_VIEW}">Charts</a>: articles per day per source, run health.</p>'
        f'<p>Queries: <a href="/{database}/latest_per_source">latest per source</a> · '
        f'<a href="/{database}/duplicate_clusters">duplicate clusters</a> · '
        f'<a href="/{database}/runs_health">runs health</a>. Search the '
        f'<a href="/{database}/articles">articles</a> (full text).</p>'
    )
    return {
        "title": "Newsloom",
        "description_html": links,
        "databases": {
            database: {
                "description_html": links,
                "tables": {
                    **hidden,
                    "articles": {
                        "label_column": "title",
                        "sort_desc": "published",
                        "facets": ["source", "language", {"date": "published"}],
                        "size": 50,
                    },
                    "runs": {"sort_desc": "id"},
                    "run_sources": {"sort_desc": "run_id", "facets": ["source", "outcome"]},
                },
                "queries": {
                    "latest_per_source": {
                        "title": "Latest articles per source",
                        "sql": LATEST_PER_SOURCE,
                    },
                    "duplicate_clusters": {
                        "title": "Duplicate clusters: originals and how often they were copied",
                        "sql": DUPLICATE_CLUSTERS,
                    },
                    "runs_health": {
                        "title": "Runs health per source",
                        "sql": RUNS_HEALTH,
                    },
                },
            }
        },
    }
