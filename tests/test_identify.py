"""Language identification: Arabic goes on, other languages (including Arabic-script ones) are named."""

from __future__ import annotations

import pytest

from marsad.lang.identify import identify_language

ROWS = [
    # (text, expected language)
    ("أعلنت وزارة الدفاع السورية مقتل ثلاثة جنود في هجوم شنه مسلحون على حاجز عسكري في ريف درعا الغربي فجر اليوم.",
     "ar"),
    ("قالت مصادر محلية إن قصفاً مدفعياً استهدف أحياء سكنية في مدينة الفاشر، ما أسفر عن سقوط عدد من الجرحى بين المدنيين.",
     "ar"),
    # a Persian-spelled name inside Arabic text does not make it Persian
    ("استقبل وزير الخارجية نظيره الإيراني في بغداد، وبحث الجانبان ملف المياه والحدود، وقال المتحدث گلزار إن اللقاء كان إيجابياً ومثمراً للغاية.",
     "ar"),
    ("وزارت امور خارجه ایران روز دوشنبه اعلام کرد که گفتگوها با کشورهای همسایه ادامه خواهد داشت و نتیجه آن به زودی اعلام می‌شود.",
     "fa"),
    ("The ministry of defence said on Monday that five soldiers were killed when their patrol was ambushed near the border town.",
     "en"),
    ("Le ministère de la Défense a annoncé lundi que cinq soldats avaient été tués lors d'une embuscade près de la frontière.",
     "fr"),
    ("Savunma Bakanlığı pazartesi günü yaptığı açıklamada sınır kasabası yakınında pusuya düşürülen devriyede beş askerin öldüğünü bildirdi.",
     "tr"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_identify_language_names_the_article_language(text, expected):
    assert identify_language(text).language == expected


def test_identify_language_calls_kurdish_sorani_not_arabic():
    guess = identify_language("ئەمە دەقێکی کوردییە لەسەر هەرێمی کوردستان و شاری هەولێر کە دوێنێ بڵاوکرایەوە بە هەموو لایەک")
    assert not guess.is_arabic


def test_identify_language_says_undetermined_for_text_without_words():
    assert identify_language("00963 939 114 037 — 2022 / 1 / 20").language == "und"


def test_identify_language_does_not_call_an_english_article_with_an_arabic_quote_arabic():
    text = ("Residents of the town told reporters that the shelling continued through the night, and one of them "
            "shouted «الله أكبر» as the building collapsed; the army has not commented on the incident yet.")
    assert identify_language(text).language == "en"
