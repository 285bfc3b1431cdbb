"""Date resolution, one row per case, grouped by kind: (text, anchor, expected value ISO or None, precision)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from marsad.lang.ar.normalize import normalize_with_offsets
from marsad.text.dates import DateMention, date_from_url, resolve_dates

THURSDAY = date(2022, 1, 27)  # the anchor of most rows
FRIDAY = date(2022, 1, 21)
MID_MARCH = date(2022, 3, 15)


def _single(text: str, anchor: date | None) -> DateMention:
    mentions = resolve_dates(text, anchor)
    assert len(mentions) == 1, f"{text!r}: expected one mention, got {mentions}"
    mention = mentions[0]
    assert mention.surface == text[mention.start:mention.end]
    return mention


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


ABSOLUTE = [
    # numeric, day-first, with the spaces around "/" that outlets type
    ("مساء الخميس 20 / 1/ 2022", THURSDAY, "2022-01-20", "day"),
    ("يوم الاثنين 31/ 1/ 2022", THURSDAY, "2022-01-31", "day"),
    ("20 / 1/ 2022", None, "2022-01-20", "day"),
    ("31/ 1/ 2022", None, "2022-01-31", "day"),
    ("20/1/2022", None, "2022-01-20", "day"),
    ("2022-01-20", None, "2022-01-20", "day"),
    ("2022/01/20", None, "2022-01-20", "day"),
    ("20-1-2022", None, "2022-01-20", "day"),
    ("20.1.2022", None, "2022-01-20", "day"),
    ("20/1/22", None, "2022-01-20", "day"),
    ("٣١/١/٢٠٢٢", None, "2022-01-31", "day"),
    ("وقع الهجوم في 3/4/2021 فجرا", None, "2021-04-03", "day"),
    # day + month name + year, every regional system
    ("٢٠ يناير ٢٠٢٢", None, "2022-01-20", "day"),
    ("20 كانون الثاني 2022", None, "2022-01-20", "day"),
    ("3 كانون ثاني 2022", None, "2022-01-03", "day"),
    ("الخميس 20 كانون الثاني/يناير 2022", None, "2022-01-20", "day"),
    ("20 كانون الثاني (يناير) 2022", None, "2022-01-20", "day"),
    ("20 يناير/كانون الثاني 2022", None, "2022-01-20", "day"),
    ("14 شباط 2021", None, "2021-02-14", "day"),
    ("10 آذار 2021", None, "2021-03-10", "day"),
    ("10 اذار 2021", None, "2021-03-10", "day"),
    ("2 نيسان 2021", None, "2021-04-02", "day"),
    ("17 ايار 2021", None, "2021-05-17", "day"),
    ("في 5 أيار 2021", None, "2021-05-05", "day"),
    ("23 حزيران 2018", None, "2018-06-23", "day"),
    ("9 تموز 2019", None, "2019-07-09", "day"),
    ("1 آب 2020", None, "2020-08-01", "day"),
    ("12 أيلول 2017", None, "2017-09-12", "day"),
    ("7 تشرين الأول 2021", None, "2021-10-07", "day"),
    ("7 تشرين اول 2021", None, "2021-10-07", "day"),
    ("18 تشرين الثاني 2020", None, "2020-11-18", "day"),
    ("25 كانون الأول 2019", None, "2019-12-25", "day"),
    ("25 كانون اول 2019", None, "2019-12-25", "day"),
    ("6 فبراير 2021", None, "2021-02-06", "day"),
    ("9 مارس 2021", None, "2021-03-09", "day"),
    ("11 إبريل 2021", None, "2021-04-11", "day"),
    ("11 أبريل 2021", None, "2021-04-11", "day"),
    ("1 مايو 2021", None, "2021-05-01", "day"),
    ("30 يونيه 2021", None, "2021-06-30", "day"),
    ("30 يونيو 2021", None, "2021-06-30", "day"),
    ("4 يوليه 2021", None, "2021-07-04", "day"),
    ("4 يوليو 2021", None, "2021-07-04", "day"),
    ("15 أغسطس 2021", None, "2021-08-15", "day"),
    ("11 سبتمبر 2001", None, "2001-09-11", "day"),
    ("6 أكتوبر 1973", None, "1973-10-06", "day"),
    ("25 نوفمبر 2021", None, "2021-11-25", "day"),
    ("31 ديسمبر 2021", None, "2021-12-31", "day"),
    ("14 جانفي 2011", None, "2011-01-14", "day"),
    ("20 فيفري 2021", None, "2021-02-20", "day"),
    ("9 أفريل 2021", None, "2021-04-09", "day"),
    ("8 ماي 2021", None, "2021-05-08", "day"),
    ("12 جوان 2021", None, "2021-06-12", "day"),
    ("5 جويلية 2021", None, "2021-07-05", "day"),
    ("20 أوت 2021", None, "2021-08-20", "day"),
    ("16 ماي 2003", None, "2003-05-16", "day"),
    ("30 يوليوز 2021", None, "2021-07-30", "day"),
    ("20 غشت 2021", None, "2021-08-20", "day"),
    ("15 شتنبر 2021", None, "2021-09-15", "day"),
    ("6 نونبر 2021", None, "2021-11-06", "day"),
    ("11 دجنبر 2021", None, "2021-12-11", "day"),
    # other written forms of one date
    ("20 من يناير 2022", None, "2022-01-20", "day"),
    ("20 من شهر يناير 2022", None, "2022-01-20", "day"),
    ("20 يناير، 2022", None, "2022-01-20", "day"),
    ("20 يناير عام 2022", None, "2022-01-20", "day"),
    ("الخميس، 20 يناير 2022", None, "2022-01-20", "day"),
    ("في الخامس من حزيران 2022", None, "2022-06-05", "day"),
    ("الأول من تشرين الأول 2021", None, "2021-10-01", "day"),
    ("الحادي عشر من أيلول 2001", None, "2001-09-11", "day"),
    ("الثالث والعشرين من آذار 2021", None, "2021-03-23", "day"),
    ("الحادي والثلاثين من كانون الأول 2021", None, "2021-12-31", "day"),
    # a weekday that contradicts the explicit date: the date wins (20 January 2022 was a Thursday)
    ("الثلاثاء 20 يناير 2022", None, "2022-01-20", "day"),
    ("يوم السبت 31/1/2022", THURSDAY, "2022-01-31", "day"),
    # year-less: the most recent such day on or before the anchor, up to a week after it
    ("العشرون من كانون الثاني", THURSDAY, "2022-01-20", "day"),
    ("الحادي والعشرين من شهر يناير الجاري", THURSDAY, "2022-01-21", "day"),
    ("20 يناير", THURSDAY, "2022-01-20", "day"),
    ("30 يناير", THURSDAY, "2022-01-30", "day"),
    ("3 فبراير", THURSDAY, "2022-02-03", "day"),
    ("4 فبراير", THURSDAY, "2021-02-04", "day"),
    ("20 ديسمبر", THURSDAY, "2021-12-20", "day"),
    ("29 فبراير", THURSDAY, "2020-02-29", "day"),
    ("العاشر من الشهر الجاري", THURSDAY, "2022-01-10", "day"),
    ("العاشر من الشهر الماضي", THURSDAY, "2021-12-10", "day"),
    ("20 من الشهر الجاري", THURSDAY, "2022-01-20", "day"),
    # without an anchor a year-less date is not guessed
    ("20 يناير", None, None, "unknown"),
    ("العشرون من كانون الثاني", None, None, "unknown"),
    ("العاشر من الشهر الماضي", None, None, "unknown"),
]


@pytest.mark.parametrize("text, anchor, value, precision", ABSOLUTE)
def test_absolute_dates_resolve_day_first(text, anchor, value, precision):
    mention = _single(text, anchor)
    assert (mention.kind, _iso(mention.value), mention.precision) == ("absolute", value, precision)


MONTHS = [
    ("يناير 2022", None, "2022-01-01", "month"),
    ("كانون الثاني 2022", None, "2022-01-01", "month"),
    ("كانون الثاني/يناير 2022", None, "2022-01-01", "month"),
    ("شباط 2021", None, "2021-02-01", "month"),
    ("آب 2021", None, "2021-08-01", "month"),
    ("أيار 2021", None, "2021-05-01", "month"),
    ("حزيران 2020", None, "2020-06-01", "month"),
    ("جوان 2021", None, "2021-06-01", "month"),
    ("شتنبر 2021", None, "2021-09-01", "month"),
    ("دجنبر 2020", None, "2020-12-01", "month"),
    ("تشرين الأول 2021", None, "2021-10-01", "month"),
    ("مطلع شباط", MID_MARCH, "2022-02-01", "month"),
    ("منتصف آذار", MID_MARCH, "2022-03-01", "month"),
    ("أواخر نيسان", MID_MARCH, "2021-04-01", "month"),
    ("نهاية كانون الأول", MID_MARCH, "2021-12-01", "month"),
    ("أوائل أيار 2021", None, "2021-05-01", "month"),
    ("في يناير", THURSDAY, "2022-01-01", "month"),
    ("شهر أيار", MID_MARCH, "2021-05-01", "month"),
    ("بشهر تموز", MID_MARCH, "2021-07-01", "month"),
    ("مارس الماضي", MID_MARCH, "2021-03-01", "month"),
    ("فبراير الماضي", MID_MARCH, "2022-02-01", "month"),
    ("مارس الجاري", MID_MARCH, "2022-03-01", "month"),
    ("أبريل المقبل", MID_MARCH, "2022-04-01", "month"),
    ("في يناير", None, None, "unknown"),
    ("مطلع شباط", None, None, "unknown"),
    # an impossible day falls back to the month it names
    ("31 فبراير 2022", None, "2022-02-01", "month"),
    # an ordinal after a period noun counts the period, not the day
    ("الأسبوع الأول من سبتمبر 2021", None, "2021-09-01", "month"),
]


@pytest.mark.parametrize("text, anchor, value, precision", MONTHS)
def test_month_mentions_resolve_to_the_first_of_the_month(text, anchor, value, precision):
    mention = _single(text, anchor)
    assert (mention.kind, _iso(mention.value), mention.precision) == ("month", value, precision)


MONTH_PART_RANGES = [
    ("مطلع شباط", MID_MARCH, "2022-02-01", "2022-02-10"),
    ("منتصف آذار", MID_MARCH, "2022-03-11", "2022-03-20"),
    ("أواخر نيسان", MID_MARCH, "2021-04-21", "2021-04-30"),
    ("أواخر شباط 2021", None, "2021-02-21", "2021-02-28"),
    ("منتصف الشهر الماضي", MID_MARCH, "2022-02-11", "2022-02-20"),
    ("مطلع العام الجاري", MID_MARCH, "2022-01-01", "2022-04-30"),
    ("نهاية العام الماضي", MID_MARCH, "2021-09-01", "2021-12-31"),
]


@pytest.mark.parametrize("text, anchor, earliest, latest", MONTH_PART_RANGES)
def test_month_parts_narrow_the_range_to_about_ten_days(text, anchor, earliest, latest):
    mention = _single(text, anchor)
    assert (_iso(mention.earliest), _iso(mention.latest)) == (earliest, latest)


YEARS = [
    ("عام 2019", None, "2019-01-01", "year"),
    ("في 2019", None, "2019-01-01", "year"),
    ("بعد هزيمته في الباغوز 2019، في هذا الصدد", None, "2019-01-01", "year"),
    ("العام 2015", None, "2015-01-01", "year"),
    ("سنة 2011", None, "2011-01-01", "year"),
    ("منذ 2011", None, "2011-01-01", "year"),
    ("حتى 2020", None, "2020-01-01", "year"),
    ("2019م", None, "2019-01-01", "year"),
    ("عام 1982", None, "1982-01-01", "year"),
    ("عام 1516", None, "1516-01-01", "year"),
    ("خلال العام 2014", None, "2014-01-01", "year"),
    ("خلال عام 2014", None, "2014-01-01", "year"),
    ("في عام 2014", None, "2014-01-01", "year"),
    ("في 2019 قتل العشرات", None, "2019-01-01", "year"),
    ("وفي 2016 بدأت العملية", None, "2016-01-01", "year"),
]


@pytest.mark.parametrize("text, anchor, value, precision", YEARS)
def test_years_resolve_with_year_precision(text, anchor, value, precision):
    mention = _single(text, anchor)
    assert (mention.kind, _iso(mention.value), mention.precision) == ("year", value, precision)
    assert mention.latest == date(mention.value.year, 12, 31)


@pytest.mark.parametrize("text, years", [
    ("بين عامي 2014 و2015", [2014, 2015]),
    ("في الفترة بين 2011-2019", [2011, 2019]),
])
def test_two_years_in_a_range_are_two_mentions(text, years):
    assert [m.value.year for m in resolve_dates(text, None)] == years


HIJRI = [
    ("رجب 1443", None, "2022-02-02", "month"),
    ("15 رمضان 1444 هـ", None, "2023-04-06", "day"),
    ("1 محرم 1444", None, "2022-07-30", "day"),
    ("10 ذو الحجة 1443", None, "2022-07-09", "day"),
    ("1 شوال 1443 هـ", None, "2022-05-02", "day"),
    ("27 رجب 1443", None, "2022-02-28", "day"),
    ("ربيع الأول 1443", None, "2021-10-07", "month"),
    ("جمادى الآخرة 1443", None, "2022-01-04", "month"),
    ("1443 هـ", None, "2021-08-09", "year"),
    ("عام 1443 هـ", None, "2021-08-09", "year"),
    ("15 رمضان", date(2023, 4, 10), "2023-04-06", "day"),
    ("15 رمضان", FRIDAY, "2021-04-27", "day"),
    ("15 رمضان", None, None, "unknown"),
]


@pytest.mark.parametrize("text, anchor, value, precision", HIJRI)
def test_hijri_dates_convert_to_gregorian(text, anchor, value, precision):
    mention = _single(text, anchor)
    assert (mention.kind, _iso(mention.value), mention.precision) == ("hijri", value, precision)


def test_hijri_month_range_ends_on_the_last_day_of_the_month():
    mention = _single("رجب 1443", None)
    assert (_iso(mention.earliest), _iso(mention.latest)) == ("2022-02-02", "2022-03-03")


WEEKDAYS = [
    ("يوم الخميس", THURSDAY, "2022-01-27", "day"),
    ("الخميس الماضي", THURSDAY, "2022-01-20", "day"),
    ("الخميس الفائت", THURSDAY, "2022-01-20", "day"),
    ("مساء الخميس", FRIDAY, "2022-01-20", "day"),
    ("يوم الأربعاء", THURSDAY, "2022-01-26", "day"),
    ("الأربعاء الفائت", THURSDAY, "2022-01-26", "day"),
    ("الثلاثاء", THURSDAY, "2022-01-25", "day"),
    ("وفي يوم الثلاثاء", THURSDAY, "2022-01-25", "day"),
    ("الاثنين", THURSDAY, "2022-01-24", "day"),
    ("الإثنين", THURSDAY, "2022-01-24", "day"),
    ("الأحد", THURSDAY, "2022-01-23", "day"),
    ("السبت", THURSDAY, "2022-01-22", "day"),
    ("الجمعة", THURSDAY, "2022-01-21", "day"),
    ("يوم الجمعة الماضي", THURSDAY, "2022-01-21", "day"),
    ("الجمعة المقبلة", THURSDAY, "2022-01-28", "day"),
    ("الخميس المقبل", THURSDAY, "2022-02-03", "day"),
    ("الخميس القادم", THURSDAY, "2022-02-03", "day"),
    ("صباح يوم الاثنين", THURSDAY, "2022-01-24", "day"),
    ("ليل الخميس - الجمعة", FRIDAY, "2022-01-20", "day"),
    ("الخميس مساءً", FRIDAY, "2022-01-20", "day"),
    ("يوم الخميس", None, None, "unknown"),
    ("مساء الخميس", None, None, "unknown"),
]


@pytest.mark.parametrize("text, anchor, value, precision", WEEKDAYS)
def test_weekdays_resolve_to_the_most_recent_such_day(text, anchor, value, precision):
    mention = _single(text, anchor)
    assert (mention.kind, _iso(mention.value), mention.precision) == ("weekday", value, precision)


RELATIVE = [
    ("أمس", THURSDAY, "2022-01-26", "day"),
    ("البارحة", THURSDAY, "2022-01-26", "day"),
    ("يوم أمس", THURSDAY, "2022-01-26", "day"),
    ("منذ أمس", THURSDAY, "2022-01-26", "day"),
    ("أول أمس", THURSDAY, "2022-01-25", "day"),
    ("أول من أمس", THURSDAY, "2022-01-25", "day"),
    ("أمس الأول", THURSDAY, "2022-01-25", "day"),
    ("اليوم", THURSDAY, "2022-01-27", "day"),
    ("حتى اليوم", THURSDAY, "2022-01-27", "day"),
    ("الليلة الماضية", THURSDAY, "2022-01-26", "day"),
    ("ليلة أمس", THURSDAY, "2022-01-26", "day"),
    ("فجر اليوم", THURSDAY, "2022-01-27", "day"),
    ("صباح اليوم", THURSDAY, "2022-01-27", "day"),
    ("مساء أمس", THURSDAY, "2022-01-26", "day"),
    ("أمس الأربعاء", THURSDAY, "2022-01-26", "day"),
    # the weekday is written, the anchor only inferred: when they disagree, the named day nearest wins
    ("أمس الخميس", THURSDAY, "2022-01-27", "day"),
    ("أمس الثلاثاء", THURSDAY, "2022-01-25", "day"),
    ("غدا", THURSDAY, "2022-01-28", "day"),
    ("الأسبوع الماضي", THURSDAY, "2022-01-15", "week"),
    ("الأسبوع الجاري", THURSDAY, "2022-01-22", "week"),
    ("هذا الأسبوع", THURSDAY, "2022-01-22", "week"),
    ("الشهر الماضي", THURSDAY, "2021-12-01", "month"),
    ("الشهر الجاري", THURSDAY, "2022-01-01", "month"),
    ("الشهر المقبل", THURSDAY, "2022-02-01", "month"),
    ("العام الماضي", THURSDAY, "2021-01-01", "year"),
    ("السنة الماضية", THURSDAY, "2021-01-01", "year"),
    ("العام الجاري", THURSDAY, "2022-01-01", "year"),
    ("هذا العام", THURSDAY, "2022-01-01", "year"),
    ("العام المقبل", THURSDAY, "2023-01-01", "year"),
    ("منذ ثلاثة أيام", THURSDAY, "2022-01-24", "day"),
    ("قبل يومين", THURSDAY, "2022-01-25", "day"),
    ("قبل 5 أيام", THURSDAY, "2022-01-22", "day"),
    ("منذ يوم", THURSDAY, "2022-01-26", "day"),
    ("قبل 48 ساعة", THURSDAY, "2022-01-25", "day"),
    ("قبل أسبوع", THURSDAY, "2022-01-20", "week"),
    ("منذ أسبوعين", THURSDAY, "2022-01-13", "week"),
    ("قبل شهر", THURSDAY, "2021-12-01", "month"),
    ("منذ شهرين", THURSDAY, "2021-11-01", "month"),
    ("منذ 3 أشهر", THURSDAY, "2021-10-01", "month"),
    ("قبل عام", THURSDAY, "2021-01-01", "year"),
    ("منذ عامين", THURSDAY, "2020-01-01", "year"),
    ("منذ 10 سنوات", THURSDAY, "2012-01-01", "year"),
    ("منذ أكثر من 4 أيام", THURSDAY, "2022-01-23", "day"),
    # windows that end at the anchor: no single value, a range whose width gives the precision
    ("خلال الأيام الماضية", THURSDAY, None, "week"),
    ("في الأيام الأخيرة", THURSDAY, None, "week"),
    ("منذ أيام", THURSDAY, None, "week"),
    ("خلال الساعات الماضية", THURSDAY, None, "day"),
    ("خلال الـ24 ساعة الماضية", THURSDAY, None, "day"),
    ("قبل ساعات", THURSDAY, None, "day"),
    ("اليومين الماضيين", THURSDAY, None, "week"),
    ("الأسبوعين الماضيين", THURSDAY, None, "month"),
    ("في الأشهر الماضية", THURSDAY, None, "year"),
    ("الأشهر الثلاثة الماضية", THURSDAY, None, "year"),
    # no anchor, no guess
    ("أمس", None, None, "unknown"),
    ("اليوم", None, None, "unknown"),
    ("الأسبوع الماضي", None, None, "unknown"),
    ("العام الماضي", None, None, "unknown"),
    ("منذ ثلاثة أيام", None, None, "unknown"),
    ("خلال الأيام الماضية", None, None, "unknown"),
]


@pytest.mark.parametrize("text, anchor, value, precision", RELATIVE)
def test_relative_expressions_resolve_toward_the_past(text, anchor, value, precision):
    mention = _single(text, anchor)
    assert (mention.kind, _iso(mention.value), mention.precision) == ("relative", value, precision)


WINDOW_RANGES = [
    ("خلال الأيام الماضية", "2022-01-20", "2022-01-27"),
    ("خلال الـ24 ساعة الماضية", "2022-01-26", "2022-01-27"),
    ("اليومين الماضيين", "2022-01-25", "2022-01-27"),
    ("الأسبوع الماضي", "2022-01-15", "2022-01-21"),
]


@pytest.mark.parametrize("text, earliest, latest", WINDOW_RANGES)
def test_windows_and_weeks_give_a_date_range(text, earliest, latest):
    mention = _single(text, THURSDAY)
    assert (_iso(mention.earliest), _iso(mention.latest)) == (earliest, latest)


PARTS_OF_DAY = [
    ("مساء الخميس 20 / 1/ 2022", "evening"),
    ("صباح 20 يناير 2022", "morning"),
    ("فجر الاثنين 31/1/2022", "dawn"),
    ("فجر اليوم", "dawn"),
    ("ظهر اليوم", "noon"),
    ("الليلة الماضية", "night"),
    ("ليلة أمس", "night"),
    ("مساء أمس", "evening"),
    ("ليل الخميس - الجمعة", "night"),
    ("الخميس مساءً", "evening"),
    ("أمس صباحا", "morning"),
    ("يوم الخميس", None),
]


@pytest.mark.parametrize("text, part", PARTS_OF_DAY)
def test_part_of_day_is_kept_with_the_day(text, part):
    assert _single(text, FRIDAY).part_of_day == part


DURATIONS = [
    ("أكثر من 4 أيام", 4, "day", "more_than"),
    ("لأكثر من 7 ايام", 7, "day", "more_than"),
    ("لمدة 6 أشهر", 6, "month", "exact"),
    ("أسبوعين", 2, "week", "exact"),
    ("ثلاثة أيام", 3, "day", "exact"),
    ("48 ساعة", 48, "hour", "exact"),
    ("لمدة أسبوع", 1, "week", "exact"),
    ("يوم واحد", 1, "day", "exact"),
    ("ثلاثة أيام على الأقل", 3, "day", "at_least"),
    ("نحو أسبوعين", 2, "week", "about"),
    ("قرابة شهرين", 2, "month", "about"),
    ("حوالي 10 ساعات", 10, "hour", "about"),
    ("أقل من 24 ساعة", 24, "hour", "less_than"),
    ("ما لا يقل عن خمسة أيام", 5, "day", "at_least"),
    ("ما يزيد على ثلاثة أسابيع", 3, "week", "more_than"),
    ("لمدة 3 أشهر تقريبا", 3, "month", "about"),
    ("خمسة عشر يوما", 15, "day", "exact"),
    ("أحد عشر يوما", 11, "day", "exact"),
    ("اثني عشر شهرا", 12, "month", "exact"),
    ("خمسة وعشرين يوما", 25, "day", "exact"),
    ("عشرة أيام", 10, "day", "exact"),
    ("ثلاثين يوما", 30, "day", "exact"),
    ("مئة يوم", 100, "day", "exact"),
    ("سبع سنوات", 7, "year", "exact"),
    ("12 عاما", 12, "year", "exact"),
    ("طوال عام", 1, "year", "exact"),
    ("عامين", 2, "year", "exact"),
    ("سنتين", 2, "year", "exact"),
    ("ساعتين", 2, "hour", "exact"),
    ("شهرين", 2, "month", "exact"),
    ("على مدى يومين", 2, "day", "exact"),
    # counted from another event, not from the anchor: only the length is known
    ("قبل يومين من الهجوم", 2, "day", "exact"),
]


@pytest.mark.parametrize("text, amount, unit, bound", DURATIONS)
def test_durations_are_lengths_not_dates(text, amount, unit, bound):
    mention = _single(text, THURSDAY)
    assert (mention.kind, mention.value, mention.precision) == ("duration", None, "unknown")
    duration = mention.duration
    assert (duration.amount, duration.unit, duration.bound) == (amount, unit, bound)


NOT_DATES = [
    "5000", "200", "قرابة 200 عنصر", "5000عنصر من عناصره", "374 من عناصر داعش", "00963 939 114 037",
    "المادة 20", "الساعة 10", "10:30", "الساعة 10:30", "القرار 2254", "القرار 2043", "الفيلق 5",
    "كوفيد-19", "كوفيد-2019", "طائرة اف-16", "20%", "2019%", "بنسبة 50 بالمئة", "1/2", "3/4", "نصف 1/2 الكمية",
    "بسعر 2000 ليرة", "2000 دولار", "بلغ عددهم 2000.", "نحو 2000", "أكثر من 2000.", "في 2000 منزل",
    "الـ5 آلاف", "الرقم 1999", "32/1/2022", "31/2/2022", "20/13/2022", "20.1.22", "مارس الضغط على الحكومة",
    "كلا الاثنين", "الأحد عشر", "في آب", "نيسان", "صفر", "رصيد صفر", "شهر رمضان", "رمضان", "اليوم التالي",
    "في اليوم الأول من المعارك", "في مثل هذا اليوم", "منذ الساعة الأولى", "الأمين العام", "بشكل عام", "الأيام",
    "يوم", "منتصف ستينيات القرن الماضي", "أبو محمد", "باب الهوى", "الأسباب", "استمرت المعارك",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_and_words_that_are_not_dates_give_no_mention(text):
    assert resolve_dates(text, THURSDAY) == []


def test_offsets_point_into_the_original_text_with_diacritics_and_tatweel():
    text = "وكانت المعركة بدأت مَسَاءً الخميس 20 / 1/ 2022، وفي 15 رمضان 1444 هـ انتهت"
    surfaces = [m.surface for m in resolve_dates(text, None)]
    assert surfaces == ["مَسَاءً الخميس 20 / 1/ 2022", "15 رمضان 1444 هـ"]


def test_datetime_anchor_resolves_like_its_date():
    assert _single("أمس", datetime(2022, 1, 27, 23, 30)).value == date(2022, 1, 26)


def test_shared_normalisation_gives_the_same_mentions():
    text = "قال مسؤول أمس إن الهجوم بدأ مساء الخميس 20 / 1/ 2022 واستمر أكثر من 4 أيام"
    assert resolve_dates(text, THURSDAY, normalize_with_offsets(text)) == resolve_dates(text, THURSDAY)


def test_normalisation_of_another_text_is_refused():
    with pytest.raises(ValueError):
        resolve_dates("أمس", THURSDAY, normalize_with_offsets("اليوم أيضا"))


def test_several_dates_in_one_sentence_come_in_text_order():
    text = "بدأ الهجوم مساء الخميس 20 / 1/ 2022 واستمر لأكثر من 7 ايام قبل إعلان يوم الاثنين 31/ 1/ 2022"
    found = [(m.kind, _iso(m.value)) for m in resolve_dates(text, None)]
    assert found == [("absolute", "2022-01-20"), ("duration", None), ("absolute", "2022-01-31")]


def test_seed_002_states_the_battle_dates(seeds_dir):
    text = (seeds_dir / "002_a0e098ed16ea4781.txt").read_text(encoding="utf-8")
    mentions = resolve_dates(text, None)
    absolute = [(m.value.isoformat(), m.part_of_day) for m in mentions if m.kind == "absolute"]
    assert absolute == [("2022-01-20", "evening"), ("2022-01-31", None)]
    assert [m.value.year for m in mentions if m.kind == "year"] == [2019]
    assert [(m.duration.amount, m.duration.bound) for m in mentions if m.kind == "duration"] == [(7, "more_than")]


def test_seed_000_has_no_absolute_date(seeds_dir):
    text = (seeds_dir / "000_7fd397a2ddf4eca3.txt").read_text(encoding="utf-8")
    mentions = resolve_dates(text, THURSDAY)
    assert [m for m in mentions if m.kind in ("absolute", "month", "year", "hijri")] == []
    assert {m.kind for m in mentions} == {"duration", "relative"}


URLS = [
    ("https://example.com/news/2022/01/21/hasaka-prison/", "2022-01-21"),
    ("https://example.com/2022-01-21/story.html", "2022-01-21"),
    ("https://example.com/ar/20220121-attack", "2022-01-21"),
    ("https://example.com/2022/1/5/x", "2022-01-05"),
    ("https://example.com/archive/2022/01/", None),
    ("https://example.com/news/123456789", None),
    ("https://example.com/2022/13/40/x", None),
    ("https://example.com/story?date=2022-01-21", None),
]


@pytest.mark.parametrize("url, expected", URLS)
def test_date_from_url_reads_dates_in_the_path(url, expected):
    assert _iso(date_from_url(url)) == expected
