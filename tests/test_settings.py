"""Every setting is declared once and documented everywhere it is promised (STYLE #9)."""

from __future__ import annotations

from dataclasses import fields
from importlib import resources

import pytest

from marsad.errors import UsageError
from marsad.settings import SETTINGS, Settings, load_settings


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
