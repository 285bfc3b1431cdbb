"""Fatalities from figures without digits: single victims, duals, lists, neutralised fighters, no casualties."""

from __future__ import annotations

import pytest

from marsad.events.coder import EventCoder
from marsad.events.predict import code_text


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.default()


def _fatalities(coder: EventCoder, text: str) -> int | None:
    mentions = code_text("test", text, published="2024-03-12", coder=coder).mentions
    assert mentions, text
    return mentions[0].fatalities


FATALITY_ROWS = [
    ("الخليل - استشهد شاب برصاص قوات الاحتلال الإسرائيلي خلال اقتحام بلدة بيت أمر شمال الخليل.", 1),
    ("دمشق - قُتلت امرأة وطفلاها جراء قصف مدفعي لقوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي.", 3),
    ("بغداد - قُتل ضابط وجنديان بانفجار عبوة ناسفة استهدفت عجلة عسكرية للجيش العراقي في قضاء الطارمية شمال بغداد.", 3),
    ("إدلب - قُتل ستة نازحين جراء قصف صاروخي لقوات النظام على مخيم قرب بلدة سرمدا في ريف إدلب.", 6),
    ("بيروت - سقطت قذائف مدفعية إسرائيلية على أطراف بلدة عيترون جنوب لبنان، دون أن تُسجَّل إصابات.", 0),
]


@pytest.mark.parametrize(("text", "fatalities"), FATALITY_ROWS)
def test_fatalities_read_counts_without_digits_and_stated_absence(coder, text, fatalities):
    assert _fatalities(coder, text) == fatalities


def test_an_arrested_young_man_is_not_a_death(coder):
    text = "الخليل - اعتقلت قوات الاحتلال الإسرائيلي شاباً خلال اقتحام بلدة بيت أمر، واعتقال شاب آخر على حاجز."
    for mention in code_text("test", text, published="2024-03-12", coder=coder).mentions:
        assert not mention.fatalities
