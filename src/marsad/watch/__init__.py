"""`marsad watch`: poll news feeds and sitemaps, hand new articles to the pipeline, alert on watched events.

Library only; the CLI and the database-backed state stores are wired elsewhere. See docs/watch.md.
"""

from marsad.watch.alerts import (
    Alert,
    AlertEngine,
    AlertStateStore,
    Channel,
    ChannelError,
    Delivery,
    DeliveryReport,
    InMemoryAlertStateStore,
    render_html,
    render_text,
)
from marsad.watch.channels import (
    build_channels,
    channel_types,
    create_channel,
    register_channel,
)
from marsad.watch.channels.atom import render_atom
from marsad.watch.config import (
    ChannelSpec,
    FetchLimits,
    SourceConfig,
    WatchConfig,
    load_config,
    parse_config,
)
from marsad.watch.fetch import Fetcher, FetchError, FetchResult, decode_body
from marsad.watch.poll import (
    FetchedArticle,
    PollReport,
    SourceReport,
    next_due,
    poll_once,
    watch_forever,
)
from marsad.watch.ssrf import AddressPolicy, AddressRefused
from marsad.watch.state import FetchStateStore, InMemoryFetchStateStore, SourceState
from marsad.watch.watchlists import (
    MatchResult,
    Watchlist,
    load_watchlists,
    match,
    parse_watchlist,
)

__all__ = [
    "AddressPolicy", "AddressRefused", "Alert", "AlertEngine", "AlertStateStore", "Channel", "ChannelError",
    "ChannelSpec", "Delivery", "DeliveryReport", "FetchError", "FetchLimits", "FetchResult", "FetchStateStore",
    "FetchedArticle", "Fetcher", "InMemoryAlertStateStore", "InMemoryFetchStateStore", "MatchResult", "PollReport",
    "SourceConfig", "SourceReport", "SourceState", "WatchConfig", "Watchlist", "build_channels", "channel_types",
    "create_channel", "decode_body", "load_config", "load_watchlists", "match", "next_due", "parse_config",
    "parse_watchlist", "poll_once", "register_channel", "render_atom", "render_html", "render_text",
    "watch_forever",
]
