"""Every setting is declared once and documented everywhere it is promised (STYLE #9)."""

from __future__ import annotations

from dataclasses import fields
from importlib import resources

import pytest

from marsad.errors import UsageError
from marsad.settings import (
    SETTINGS,
    Settings,
    check_settings,
    load_settings,
    tile_url_origin,
    tile_url_problem,
)


def test_every_declared_setting_is_a_field_with_the_same_default():
    declared = {s.name: s.default for s in SETTINGS}
    assert declared == {f.name: f.default for f in fields(Settings)}


def test_every_setting_is_documented_in_the_shipped_default_config():
    shipped = resources.files("marsad").joinpath("default_config.toml").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"# {setting.name} = " in shipped, setting.name
        assert setting.help in shipped, setting.name


def test_settings_come_from_config_file_then_environment_then_options(tmp_path, monkeypatch):
    config = tmp_path / "marsad.toml"
    config.write_text('[marsad]\ndb = "from-file.db"\nbatch_size = 7\n', encoding="utf-8")
    monkeypatch.setenv("MARSAD_CONFIG", str(config))
    assert load_settings().db == "from-file.db"
    monkeypatch.setenv("MARSAD_DB", "from-env.db")
    assert load_settings().db == "from-env.db"
    assert load_settings(db="from-option.db").db == "from-option.db"
    assert load_settings().batch_size == 7


@pytest.mark.parametrize(
    "content, message",
    [
        ('[marsad]\nbatch = 3\n', "unknown setting 'batch'"),
        ('[marsad]\nbatch_size = "many"\n', "must be a int"),
        ("[marsad\n", "cannot read config file"),
    ],
)
def test_a_bad_config_file_is_a_usage_error_that_names_the_file(tmp_path, monkeypatch, content, message):
    config = tmp_path / "bad.toml"
    config.write_text(content, encoding="utf-8")
    monkeypatch.setenv("MARSAD_CONFIG", str(config))
    with pytest.raises(UsageError, match=message) as caught:
        load_settings()
    assert str(config) in str(caught.value)


# -- the dashboard's tile base layer (issue #6) ------------------------------------------------------------------

@pytest.mark.parametrize("template, origin", [
    ("", None),
    ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
    ("http://127.0.0.1:8080/styles/basic/{z}/{x}/{y}.png", "http://127.0.0.1:8080"),
    ("http://localhost:8080/data/{z}/{x}/{y}.pbf?key=abc", "http://localhost:8080"),
    ("HTTPS://Tiles.Example.ORG:443/{z}/{y}/{x}.png", "https://tiles.example.org"),
    ("https://tiles.example.org:8443/wmts/{z}/{x}/{y}", "https://tiles.example.org:8443"),
])
def test_a_tile_url_template_is_accepted_and_loads_from_its_origin(template, origin):
    assert tile_url_problem(template) is None
    assert tile_url_origin(template) == origin


@pytest.mark.parametrize("template, message", [
    ("ftp://tiles.example.org/{z}/{x}/{y}.png", "must be an http:// or https:// URL template"),
    ("javascript:alert(1)//{z}/{x}/{y}", "must be an http:// or https:// URL template"),
    ("tiles.example.org/{z}/{x}/{y}.png", "must be an http:// or https:// URL template"),
    ("https://tiles.example.org/{z}/{x}.png", "missing {y}"),
    ("https://tiles.example.org/{z}/{x}/{-y}.png", "missing {y}"),
    ("https://tiles.example.org/{z}/{x}/{y}{r}.png", "has {r}, which marsad does not fill in"),
    ("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "write one host instead"),
    ("https://{z}.tiles.example.org/{x}/{y}.png", "not in the host"),
    ("https://user:secret@tiles.example.org/{z}/{x}/{y}.png", "user name or password"),
    ("https://[::1]:8080/{z}/{x}/{y}.png", "IPv6"),
    ("https://tiles.example.org:0/{z}/{x}/{y}.png", "invalid port"),
    ("https://tiles.example.org:99999/{z}/{x}/{y}.png", "invalid port"),
    ("https://خرائط.example/{z}/{x}/{y}.png", "xn--"),
    ("https://tiles.example.org;script-src:*/{z}/{x}/{y}.png", "not a plain ASCII host name"),
    ("https://tiles.example.org/{z}/{x}/{y}.png 'unsafe-inline'", "without spaces"),
    ('https://tiles.example.org/{z}/{x}/{y}.png"><script>', "without spaces, quotes, angle brackets"),
])
def test_a_bad_tile_url_template_says_what_is_wrong(template, message):
    assert message in tile_url_problem(template)


def test_a_bad_tile_url_from_the_environment_is_a_one_line_usage_error_naming_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("MARSAD_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("MARSAD_TILE_URL", "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")
    with pytest.raises(UsageError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("MARSAD_TILE_URL: setting 'tile_url' uses {s}") and "\n" not in message
    monkeypatch.delenv("MARSAD_TILE_URL")
    with pytest.raises(UsageError, match=r"^--tile-url: setting 'tile_url' must contain"):
        load_settings(tile_url="http://localhost:8080/{z}.png")


def test_tile_settings_come_from_the_config_file_with_an_arabic_attribution(tmp_path, monkeypatch):
    config = tmp_path / "marsad.toml"
    config.write_text('[marsad]\ntile_url = "http://localhost:8080/{z}/{x}/{y}.png"\n'
                      'tile_attribution = "© مساهمو OpenStreetMap"\ntile_max_zoom = 17\n', encoding="utf-8")
    monkeypatch.setenv("MARSAD_CONFIG", str(config))
    settings = load_settings()
    assert (settings.tile_url, settings.tile_attribution, settings.tile_max_zoom) == (
        "http://localhost:8080/{z}/{x}/{y}.png", "© مساهمو OpenStreetMap", 17)
    assert load_settings(tile_url="http://127.0.0.1:9000/{z}/{x}/{y}.png").tile_url.endswith(":9000/{z}/{x}/{y}.png")
    assert Settings().tile_url == "" and tile_url_origin(Settings().tile_url) is None  # offline by default


@pytest.mark.parametrize("zoom, ok", [(0, True), (19, True), (24, True), (-1, False), (25, False)])
def test_tile_max_zoom_must_be_a_zoom_level_tile_servers_use(tmp_path, monkeypatch, zoom, ok):
    monkeypatch.setenv("MARSAD_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("MARSAD_TILE_MAX_ZOOM", str(zoom))
    if ok:
        assert load_settings().tile_max_zoom == zoom
    else:
        with pytest.raises(UsageError, match="MARSAD_TILE_MAX_ZOOM: setting 'tile_max_zoom' must be between 0 and 24"):
            load_settings()


def test_settings_built_in_code_are_checked_like_those_from_a_file():
    assert check_settings(Settings(tile_url="https://tiles.example.org/{z}/{x}/{y}.png")).tile_max_zoom == 19
    with pytest.raises(UsageError, match="setting 'tile_url' must be an http"):
        check_settings(Settings(tile_url="data:image/png;base64,{z}{x}{y}"))
