"""Current table definitions (SQLAlchemy Core). `migrations.py` is what creates and upgrades them."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("applied_at", sa.Text, nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("command", sa.Text, nullable=False),
    sa.Column("started_at", sa.Text, nullable=False),
    sa.Column("finished_at", sa.Text),
    sa.Column("status", sa.Text, nullable=False),  # running | completed | interrupted
    sa.Column("summary", sa.Text),  # JSON counts
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("input_format", sa.Text, nullable=False),
    sa.Column("content_type", sa.Text, nullable=False),
    sa.Column("encoding", sa.Text),
    sa.Column("raw_sha256", sa.Text, nullable=False),
    sa.Column("text_sha256", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("byline", sa.Text),
    sa.Column("dateline", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("published_from", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("language_score", sa.Float),
    sa.Column("status", sa.Text, nullable=False),  # ok | non_arabic | duplicate
    sa.Column("duplicate_of", sa.Text),
    sa.Column("similarity", sa.Float),
    sa.Column("n_chars", sa.Integer, nullable=False),
    sa.Column("source_text", sa.Text, nullable=False),
    sa.Column("clean_text", sa.Text, nullable=False),
    sa.Column("segments", sa.Text, nullable=False),  # JSON [[clean_start, source_start, length], ...]
    sa.Column("removed", sa.Text, nullable=False),  # JSON [[start, end, kind], ...]
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    sa.Column("ingested_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

article_signatures = sa.Table(
    "article_signatures",
    metadata,
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("minhash", sa.LargeBinary, nullable=False),
)

rejections = sa.Table(
    "rejections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),  # "{article_id}#{n}"
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Column("event_type", sa.Text, nullable=False),
    sa.Column("sub_event_type", sa.Text, nullable=False),
    sa.Column("disorder_type", sa.Text),
    sa.Column("civilian_targeting", sa.Text),
    sa.Column("event_date", sa.Text),
    sa.Column("time_precision", sa.Integer),
    sa.Column("actor1", sa.Text),
    sa.Column("assoc_actor_1", sa.Text),
    sa.Column("inter1", sa.Integer),
    sa.Column("actor2", sa.Text),
    sa.Column("assoc_actor_2", sa.Text),
    sa.Column("inter2", sa.Integer),
    sa.Column("actor1_surface", sa.Text),
    sa.Column("actor2_surface", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("iso", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("figures", sa.Text, nullable=False),  # JSON list
    sa.Column("evidence", sa.Text, nullable=False),  # JSON list of {field, start, end, text}
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("coder_version", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.Text, nullable=False),  # accusation | responsibility_claim | denial | threat
    sa.Column("claimant", sa.Text),
    sa.Column("target", sa.Text),
    sa.Column("mention_id", sa.Text),
    sa.Column("evidence", sa.Text, nullable=False),  # JSON {field, start, end, text}
)

_EVENT_COLUMNS = (
    ("event_type", sa.Text), ("sub_event_type", sa.Text), ("disorder_type", sa.Text), ("event_date", sa.Text),
    ("time_precision", sa.Integer), ("actor1", sa.Text), ("assoc_actor_1", sa.Text), ("inter1", sa.Integer),
    ("actor2", sa.Text), ("assoc_actor_2", sa.Text), ("inter2", sa.Integer), ("civilian_targeting", sa.Text),
    ("country", sa.Text), ("iso", sa.Text), ("admin1", sa.Text), ("admin2", sa.Text), ("location", sa.Text),
    ("latitude", sa.Float), ("longitude", sa.Float), ("geo_precision", sa.Integer), ("fatalities", sa.Integer),
    ("fatalities_low", sa.Integer), ("fatalities_best", sa.Integer), ("fatalities_high", sa.Integer),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("incident_id", sa.Text),
    *(sa.Column(name, kind) for name, kind in _EVENT_COLUMNS),
    sa.Column("sources", sa.Integer, nullable=False),  # distinct original articles
    sa.Column("outlets", sa.Text, nullable=False),  # JSON list
    sa.Column("mention_ids", sa.Text, nullable=False),  # JSON list
    sa.Column("article_ids", sa.Text, nullable=False),  # JSON list
    sa.Column("counts", sa.Text, nullable=False),  # JSON {count: {coded, low, best, high, timeline}}
    sa.Column("figures", sa.Text, nullable=False),  # JSON list of every reported figure
    sa.Column("conflicts", sa.Text, nullable=False),  # JSON list
    sa.Column("n_conflicts", sa.Integer, nullable=False),
    sa.Column("linked_at", sa.Text, nullable=False),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("first_date", sa.Text),
    sa.Column("last_date", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("admin1s", sa.Text, nullable=False),  # JSON
    sa.Column("locations", sa.Text, nullable=False),  # JSON
    sa.Column("actors", sa.Text, nullable=False),  # JSON
    sa.Column("event_ids", sa.Text, nullable=False),  # JSON
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("fatalities", sa.Integer),
    sa.Column("fatalities_low", sa.Integer),
    sa.Column("fatalities_best", sa.Integer),
    sa.Column("fatalities_high", sa.Integer),
    sa.Column("timeline", sa.Text, nullable=False),  # JSON
    sa.Column("conflicts", sa.Text, nullable=False),  # JSON
    sa.Column("linked_at", sa.Text, nullable=False),
)

mention_links = sa.Table(
    "mention_links",
    metadata,
    sa.Column("mention_id", sa.Text, primary_key=True),
    sa.Column("event_id", sa.Text, nullable=False),
    sa.Column("incident_id", sa.Text),
)

# -- incremental linking state (migration 7): what the linker needs to link new mentions without the whole store

link_mentions = sa.Table(
    "link_mentions",
    metadata,
    sa.Column("mention_id", sa.Text, primary_key=True),
    sa.Column("article_id", sa.Text, nullable=False),
    sa.Column("source_id", sa.Text, nullable=False),  # the original story (a syndicated copy's original)
    sa.Column("fingerprint", sa.Text, nullable=False),  # of everything linking reads; a change re-links the mention
    sa.Column("block", sa.Text, nullable=False),  # "country|event_type": mentions of different blocks never link
    sa.Column("day", sa.Integer),  # ordinal of the event date (publication date when undated); NULL never links
    sa.Column("tolerance", sa.Integer, nullable=False),  # days the date may be off (by time precision)
    sa.Column("admin1", sa.Text, nullable=False),  # "country|admin1"
    sa.Column("latitude", sa.Float),  # only for precise points (geo_precision 1-2)
    sa.Column("longitude", sa.Float),
)

link_pending = sa.Table(
    "link_pending",
    metadata,
    sa.Column("article_id", sa.Text, primary_key=True),  # coding or copies changed since the last link
    sa.Column("token", sa.BigInteger, nullable=False),  # changes when queued again, so a concurrent link keeps it
)

link_copies = sa.Table(
    "link_copies",
    metadata,
    sa.Column("copy_id", sa.Text, primary_key=True),  # syndicated copies as the last link listed them
    sa.Column("original_id", sa.Text, nullable=False),
)

link_state = sa.Table(
    "link_state",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),  # one row, id 1
    sa.Column("generation", sa.Integer, nullable=False),  # bumped by every link; also the linkers' lock row
    sa.Column("rules", sa.Text),  # linking rules and options the state was built with; NULL: rebuild needed
    sa.Column("linked_at", sa.Text),
)

# migration 8: the totals every link reports, kept up to date by each pass instead of counted over the whole store
link_totals = sa.Table(
    "link_totals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),  # one row, id 1
    sa.Column("mentions", sa.Integer, nullable=False),  # rows of link_mentions
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("incidents", sa.Integer, nullable=False),
    sa.Column("multi_source_events", sa.Integer, nullable=False),  # events with sources > 1
    sa.Column("events_with_conflicts", sa.Integer, nullable=False),  # events with n_conflicts > 0
)

LINK_STATE_INDEXES = (
    sa.Index("ix_link_mentions_block_day", link_mentions.c.block, link_mentions.c.day),
    sa.Index("ix_link_mentions_article", link_mentions.c.article_id),
    sa.Index("ix_link_mentions_source", link_mentions.c.source_id),
    sa.Index("ix_link_copies_original", link_copies.c.original_id),
)

INDEXES = (
    sa.Index("ix_articles_raw_sha256", articles.c.raw_sha256),
    sa.Index("ix_articles_text_sha256", articles.c.text_sha256),
    sa.Index("ix_articles_status", articles.c.status),
    sa.Index("ix_articles_outlet", articles.c.outlet),
    sa.Index("ix_articles_published", articles.c.published),
    sa.Index("ix_articles_duplicate_of", articles.c.duplicate_of),
    sa.Index("ix_rejections_run", rejections.c.run_id),
)

MENTION_INDEXES = (
    sa.Index("ix_mentions_article", mentions.c.article_id),
    sa.Index("ix_mentions_date", mentions.c.event_date),
    sa.Index("ix_mentions_type", mentions.c.event_type),
    sa.Index("ix_mentions_country", mentions.c.country),
    sa.Index("ix_claims_article", claims.c.article_id),
)

EVENT_INDEXES = (
    sa.Index("ix_events_date", events.c.event_date),
    sa.Index("ix_events_type", events.c.event_type),
    # migration 3 also created ix_events_country and ix_events_latlon; migration 5 replaces them
    sa.Index("ix_events_country", events.c.country, events.c.admin1),
    sa.Index("ix_events_incident", events.c.incident_id),
    sa.Index("ix_events_latlon", events.c.latitude, events.c.longitude),
    sa.Index("ix_mention_links_event", mention_links.c.event_id),
)


# migration 9: mentions the learned mention filter set aside, kept for review (`marsad show`); nothing links,
# exports or alerts on them
set_aside_mentions = sa.Table(
    "set_aside_mentions",
    metadata,
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True),  # the mention's place among what the rules coded, from 1
    sa.Column("probability", sa.Float, nullable=False),  # the filter's score
    sa.Column("mention", sa.Text, nullable=False),  # JSON of the mention's fields, evidence and figures
    sa.Column("coder_version", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
)
