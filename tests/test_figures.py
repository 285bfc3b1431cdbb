"""Figures: counts of people with what they count, qualifier, side, reporter, breakdowns and negations."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
import yaml

from marsad.errors import MarsadError
from marsad.lang.ar.normalize import normalize_with_offsets
from marsad.text.figures import (
    COUNTS,
    QUALIFIERS,
    REPORTER_KINDS,
    SIDE_CATEGORIES,
    extract_figures,
    load_figure_words,
    validate_figure_words,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _summary(figure):
    return (
        figure.value,
        figure.coded,
        figure.counts,
        figure.qualifier,
        figure.side.category if figure.side else None,
        figure.reporter.kind if figure.reporter else None,
    )


# (text, [(value, coded, counts, qualifier, side category, reporter kind)]) for the top-level figures
FIGURE_ROWS = [
    # killed, with the noun or an event word deciding
    ("قتل 12 شخصاً في انفجار سيارة مفخخة في الصومال.", [(12, 12, "killed", "exact", None, None)]),
    ("سقط 7 قتلى في اشتباكات قبلية بدارفور.", [(7, 7, "killed", "exact", None, None)]),
    ("لقي 4 مدنيين حتفهم بقصف على ريف حماة.", [(4, 4, "killed", "exact", "civilians", None)]),
    ("قضى ثلاثة أطفال غرقاً", [(3, 3, "killed", "exact", "civilians", None)]),
    ("قالت الشرطة إن 20 شخصا لقوا حتفهم في الحريق.", [(20, 20, "killed", "exact", None, None)]),
    ("ارتفعت حصيلة القتلى إلى 27 بحسب وزارة الصحة.", [(27, 27, "killed", "exact", None, "ministry")]),
    ("مقتل 3 انتحاريين قبل وصولهم إلى الهدف", [(3, 3, "killed", "exact", "militants", None)]),
    ("قتل الجيش 15 مسلحاً في ولاية بورنو.", [(15, 15, "killed", "exact", "militants", None)]),
    ("مقتل جنديين في هجوم على حاجز في سيناء", [(2, 2, "killed", "exact", "security_forces", None)]),
    # one death told of one person without a number: possessed, or a body found
    ("ما أدى إلى استشهاد سائقها وإصابة عامل كان يمر بجروح", [(1, 1, "killed", "exact", None, None),
                                                           (1, 1, "wounded", "exact", "civilians", None)]),
    ("عثر الأهالي صباح اليوم على جثة رجل قرب ضفة النهر", [(1, 1, "killed", "exact", None, None)]),
    ("أسفر القصف عن مقتل حارسه الشخصي", [(1, 1, "killed", "exact", "security_forces", None)]),
    ("نجا رئيس البلدية من محاولة اغتيال مرافقه أمس", []),
    ("سقط قتيل واحد في الاشتباك", [(1, 1, "killed", "exact", None, None)]),
    ("أسفر الهجوم عن مقتل شخص في حي الشعار", [(1, 1, "killed", "exact", None, None)]),
    ("عثر على 9 جثث مجهولة الهوية في الأنبار", [(9, 9, "killed", "exact", None, None)]),
    ("مقتل عشرات المدنيين في غارات على إدلب", [(None, 12, "killed", "exact", "civilians", None)]),
    # wounded, and the nearest event word deciding a bare number
    ("أصيب 15 شخصاً بجروح في انفجار عبوة ناسفة ببغداد.", [(15, 15, "wounded", "exact", None, None)]),
    ("أسفر الانفجار عن مقتل 3 أشخاص وإصابة 12 آخرين.", [
        (3, 3, "killed", "exact", None, None), (12, 12, "wounded", "exact", None, None)]),
    ("قتل جنديان وأصيب ثلاثة آخرون في هجوم على حاجز.", [
        (2, 2, "killed", "exact", "security_forces", None), (3, 3, "wounded", "exact", None, None)]),
    ("سقط 5 قتلى و10 جرحى في التفجير", [
        (5, 5, "killed", "exact", None, None), (10, 10, "wounded", "exact", None, None)]),
    ("أصيب جنديان إسرائيليان في عملية طعن", [(2, 2, "wounded", "exact", "security_forces", None)]),
    ("سجلت المستشفيات 40 إصابة", [(40, 40, "wounded", "exact", None, None)]),
    # qualifiers
    ("قُتل أكثر من 200 شخص في الفيضانات والمعارك", [(200, 200, "killed", "more_than", None, None)]),
    ("قتل ما يزيد عن 30 مدنياً", [(30, 30, "killed", "more_than", "civilians", None)]),
    ("قتل نحو 50 مسلحاً في الغارات", [(50, 50, "killed", "approx", "militants", None)]),
    ("أصيب حوالي 60 متظاهراً", [(60, 60, "wounded", "approx", None, None)]),
    ("نزح زهاء 2000 شخص", [(2000, 2000, "displaced", "approx", None, None)]),
    ("قُتل ما يقارب 100 شخص", [(100, 100, "killed", "approx", None, None)]),
    ("قتل قرابة 40 عنصراً من الحوثيين", [(40, 40, "killed", "approx", "militants", None)]),
    ("قُتل 3 مسلحين على الأقل في اشتباك مع الجيش الصومالي.", [
        (3, 3, "killed", "at_least", "militants", None)]),
    ("اعتقلت قوات الأمن ما لا يقل عن 25 شخصاً في بنغازي.", [(25, 25, "arrested", "at_least", None, None)]),
    ("قد يصل عدد القتلى حتى 50 شخصا", [(50, 50, "killed", "up_to", None, None)]),
    ("قتل ما يصل إلى 80 شخصاً", [(80, 80, "killed", "up_to", None, None)]),
    ("أصيب أقل من 10 أشخاص", [(10, 10, "wounded", "less_than", None, None)]),
    # other counts
    ("اختطف مسلحون 12 طالباً من مدرسة في ولاية زمفرة.", [(12, 12, "abducted", "exact", "civilians", None)]),
    ("احتجز المسلحون 30 رهينة في الفندق", [(30, 30, "hostages", "exact", None, None)]),
    ("فرّ 20 سجيناً من سجن الحلة المركزي.", [(20, 20, "escaped", "exact", None, None)]),
    ("يقبع 5000 معتقل في السجن", [(5000, 5000, "prisoners", "exact", None, None)]),
    ("نزح أكثر من 5 آلاف شخص جراء القصف.", [(5000, 5000, "displaced", "more_than", None, None)]),
    ("اعتقال 14 مطلوباً بتهم إرهابية", [(14, 14, "arrested", "exact", None, None)]),
    ("فقد 6 صيادين في البحر", [(6, 6, "missing", "exact", "civilians", None)]),
    ("لا يزال 11 شخصاً مفقودين", [(11, 11, "missing", "exact", None, None)]),
    ("هاجم 40 مسلحاً قاعدة عسكرية في مالي", [(40, 40, "attackers", "exact", "militants", None)]),
    ("نفذه 5 انتحاريين", [(5, 5, "attackers", "exact", "militants", None)]),
    ("انتشر 300 جندي في المدينة", [(300, 300, "fighters", "exact", "security_forces", None)]),
    ("تضم القرية 40 عائلة", [(40, 40, "families", "exact", None, None)]),
    ("قتل 3 فلسطينيين برصاص الاحتلال", [(3, 3, "killed", "exact", None, None)]),
    # sides
    ("قتل 8 من عناصر داعش في غارة", [(8, 8, "killed", "exact", "militants", None)]),
    ("مقتل 6 من قوات الأمن العراقية", [(6, 6, "killed", "exact", "security_forces", None)]),
    ("أصيب 9 من المدنيين", [(9, 9, "wounded", "exact", "civilians", None)]),
    ("مقتل 4 من منتسبي الأجهزة الأمنية", [(4, 4, "killed", "exact", "security_forces", None)]),
    ("قتل 3 عناصر من الشرطة", [(3, 3, "killed", "exact", "security_forces", None)]),
    ("قتل 10 عناصر لداعش", [(10, 10, "killed", "exact", "militants", None)]),
    ("أصيب 3 أشخاص من أبناء القرية", [(3, 3, "wounded", "exact", "unknown", None)]),
    # reporters
    ("قتل 5 أشخاص، بحسب بيان للجيش.", [(5, 5, "killed", "exact", None, "statement")]),
    ("وفق المرصد السوري لحقوق الإنسان قتل 9 مدنيين.", [(9, 9, "killed", "exact", "civilians", "monitor")]),
    ("أعلنت وزارة الداخلية مقتل 7 مسلحين.", [(7, 7, "killed", "exact", "militants", "ministry")]),
    ("قال مصدر أمني إن 4 جنود قتلوا.", [(4, 4, "killed", "exact", "security_forces", "source")]),
    ("أفاد مراسلنا بسقوط 6 قتلى.", [(6, 6, "killed", "exact", None, "correspondent")]),
    ("نقلا عن وكالة الأنباء الرسمية، قتل 11 شخصاً.", [(11, 11, "killed", "exact", None, "media")]),
    ("قال شهود عيان إن 3 أشخاص أصيبوا.", [(3, 3, "wounded", "exact", None, "witness")]),
    ("قال المتحدث باسم الشرطة إن 8 أشخاص قتلوا.", [(8, 8, "killed", "exact", None, "official")]),
    ("كشف التحقيق أن 3 أشخاص قتلوا.", [(3, 3, "killed", "exact", None, None)]),
    # negated outcomes
    ("انفجرت عبوة ناسفة دون وقوع إصابات.", [
        (0, 0, "killed", "exact", None, None), (0, 0, "wounded", "exact", None, None)]),
    ("لم يسفر الانفجار عن سقوط ضحايا، بحسب الدفاع المدني.", [
        (0, 0, "killed", "exact", None, "official"), (0, 0, "wounded", "exact", None, "official")]),
    ("سقطت قذيفة دون أن تسفر عن قتلى", [(0, 0, "killed", "exact", None, None)]),
    ("لم يصب أحد في الحادث", [(0, 0, "killed", "exact", None, None), (0, 0, "wounded", "exact", None, None)]),
    ("لا توجد معلومات عن ضحايا حتى الآن", []),
    # counts without digits or number words: a singular noun, a dual, a list of both
    ("استشهد شاب برصاص قوات الاحتلال قرب نابلس", [(1, 1, "killed", "exact", None, None)]),
    ("اغتيل ضابط في الجيش برصاص مجهولين أمام منزله", [(1, 1, "killed", "exact", "security_forces", None)]),
    ("قُتلت امرأة وطفلاها في غارة على بلدة كفرنبل", [(3, 3, "killed", "exact", None, None)]),
    ("استشهاد ضابط وجنديين إثر انفجار عبوة ناسفة", [(3, 3, "killed", "exact", None, None)]),
    ("لقي طفلان شقيقان حتفهما إثر انفجار جسم غريب", [(2, 2, "killed", "exact", "civilians", None)]),
    # a dual and the number word that confirms it are one count of two, not two counts of two
    ("أصيب جنديين اثنين بجروح في انفجار عبوة ناسفة", [(2, 2, "wounded", "exact", "security_forces", None)]),
    ("قُتل جنديان اثنان في هجوم على حاجز للجيش قرب درعا", [(2, 2, "killed", "exact", "security_forces", None)]),
    # a possessed dual as the next item of a list: a man and his two children
    ("استشهد رجل وطفليه بغارة إسرائيلية على دير البلح", [(3, 3, "killed", "exact", None, None)]),
    ("مقتل رجل وطفليه في قصف على منزلهم", [(3, 3, "killed", "exact", None, None)]),
    ("اعتقال شاب على حاجز عسكري في الخليل", [(1, 1, "arrested", "exact", None, None)]),
    ("تجددت الاشتباكات بين الطرفين في المدينة", []),
    # the killing verb wins over a status noun; a military "neutralised" counts the dead
    ("قُتل ستة نازحين في قصف على مخيم قرب سرمدا", [(6, 6, "killed", "exact", None, None)]),
    ("نزح نحو 300 نازح من القرى الحدودية", [(300, 300, "displaced", "approx", None, None)]),
    ("أعلن الجيش تحييد ثلاثة إرهابيين في ولاية جيجل", [(3, 3, "killed", "exact", "militants", None)]),
    ("تمكنت مفرزة للجيش من القضاء على 3 إرهابيين قرب الحدود", [(3, 3, "killed", "exact", "militants", None)]),
    ("سقطت قذائف على أطراف البلدة، دون أن تُسجَّل إصابات", [
        (0, 0, "killed", "exact", None, None), (0, 0, "wounded", "exact", None, None)]),
    ("سقطت قذائف على أطراف كفرشوبا، من دون أن يُبلَّغ عن إصابات", [
        (0, 0, "killed", "exact", None, None), (0, 0, "wounded", "exact", None, None)]),
    ("انفجرت العبوة قرب الدورية دون ورود أنباء عن ضحايا", [
        (0, 0, "killed", "exact", None, None), (0, 0, "wounded", "exact", None, None)]),
    ("لم يبلغ عن الحادث إلا بعد يومين", []),
    ("أسفر الانفجار عن مقتل راعٍ في الخمسين من عمره", [(1, 1, "killed", "exact", "civilians", None)]),
    # a head in the clause before a new clause (وأن) does not count the number after it
    ("قالت الحركة إن مقاتليها قتلوا عدداً من الجنود، وأن اثنين من مقاتليها أصيبوا بجروح", [
        (2, 2, "wounded", "exact", "unknown", None)]),
    ("قتل خمسة جنود بينما أصيب ثلاثة مدنيين", [
        (5, 5, "killed", "exact", "security_forces", None), (3, 3, "wounded", "exact", "civilians", None)]),
    ("أصيب ثلاثة مدنيين، من دون تسجيل وفيات", [
        (3, 3, "wounded", "exact", "civilians", None), (0, 0, "killed", "exact", None, None)]),
    ("استهدفت الغارة موقعاً عسكرياً لكنها لم تسفر عن خسائر بشرية", [
        (0, 0, "killed", "exact", None, None), (0, 0, "wounded", "exact", None, None)]),
    # issue #3/#4 item 1: a dual after a death word counts two, listed or not, marked by vowels or by اثنين
    ("أسفر القصف عن مقتل بائعَين في سوق الخضار", [(2, 2, "killed", "exact", None, None)]),
    ("استشهد منتسبان في الدفاع المدني خلال إخماد الحريق", [(2, 2, "killed", "exact", "security_forces", None)]),
    ("لقي محتجان مصرعهما خلال تفريق التظاهرة", [(2, 2, "killed", "exact", None, None)]),
    ("أعلنت مصادر طبية سقوط شهيدين في قصف على المخيم", [(2, 2, "killed", "exact", None, "source")]),
    ("أعلن الجيش مقتل إرهابيَّين اثنين في كمين قرب الحدود", [(2, 2, "killed", "exact", "militants", None)]),
    ("أعلن الجيش مقتل إرهابيين اثنين في كمين قرب الحدود", [(2, 2, "killed", "exact", "militants", None)]),
    ("قتل الجيش مسلحِين في الجبل", []),
    ("مقتل سليمان في حادث سير", []),
    ("جرح شخصين في الشجار", [(2, 2, "wounded", "exact", None, None)]),
    ("عثر الأهالي على جثتين قرب النهر", []),
    ("وصل وفد يضم مسؤولين اثنين إلى المدينة", []),
    # item 2: singular nouns listed after a death word add up, past a rank, an adjective or a genitive
    ("مقتل ممرضة ومرافق في قصف استهدف سيارة إسعاف", [(2, 2, "killed", "exact", None, None)]),
    ("قُتل ضابط برتبة ملازم وجندي في هجوم على دورية", [(2, 2, "killed", "exact", None, None)]),
    ("قُتل شاب مدني وعنصر مسلح خلال تبادل لإطلاق النار", [(2, 2, "killed", "exact", None, None)]),
    ("قُتل مختار القرية وابن شقيقه برصاص مجهولين", [(2, 2, "killed", "exact", None, None)]),
    ("قُتل جندي في الهجوم وعنصر من الشرطة", [(1, 1, "killed", "exact", "security_forces", None)]),
    ("قُتل جندي في الكمين وأصيب عنصر آخر", [
        (1, 1, "killed", "exact", "security_forces", None), (1, 1, "wounded", "exact", None, None)]),
    ("توفي راعٍ إثر انفجار لغم أرضي", [(1, 1, "killed", "exact", "civilians", None)]),
    ("اغتيل مختار البلدة أمام منزله", [(1, 1, "killed", "exact", None, None)]),
    # item 3: "one from each side" restates how the two split
    ("أسفرت المواجهات عن مقتل عنصرين، واحد من كل طرف", [(2, 2, "killed", "exact", None, None)]),
    ("يعد واحد من أبرز قادة التنظيم", []),
    # item 4: a death verb after the counted nouns governs the whole list
    ("قال مصدر إن ستة عسكريين وثلاثة من المتطوعين سقطوا قتلى في الهجوم", [
        (9, 9, "killed", "exact", None, "source")]),
    ("وصل ستة عسكريين إلى المعبر", [(6, 6, "fighters", "exact", "security_forces", None)]),
    ("أكدت الوزارة أن عنصرين من الشرطة قُتلا في الاشتباك", [
        (2, 2, "killed", "exact", "security_forces", "ministry")]),
    # item 5: a group named by a construct plural joins the list that follows it
    ("قتل تسعة من متطوعي الدفاع الذاتي ومدنيان اثنان في الغارة", [(11, 11, "killed", "exact", None, None)]),
    # item 6: one of them
    ("هاجم مسلحون الحاجز ما أدى إلى مقتل أحدهم", [(1, 1, "killed", "exact", None, None)]),
    ("وقُتل أحد الحراس خلال الهجوم على المصرف", [(1, 1, "killed", "exact", "security_forces", None)]),
    # item 7: attackers are on the militant side
    ("أسفر تبادل إطلاق النار عن مقتل أحد المهاجمين", [(1, 1, "killed", "exact", "militants", None)]),
    ("تمكنت القوات من قتل خمسة مهاجمين", [(5, 5, "killed", "exact", "militants", None)]),
    # item 8: a report silent on casualties is not a report of none
    ("انفجرت عبوة ناسفة قرب دورية من دون الإشارة إلى وقوع ضحايا", []),
    ("ولم يشر البيان إلى وقوع إصابات", []),
    ("سقطت قذيفة على المنزل دون وقوع إصابات", [
        (0, 0, "killed", "exact", None, None), (0, 0, "wounded", "exact", None, None)]),
    # numbers that do not count people
    ("سقطت القذيفة على بعد 200 متر من المدرسة.", []),
    ("تبعد البلدة 5 كيلومترات عن الحدود.", []),
    ("احترقت 3 سيارات في الهجوم.", []),
    ("بلغت الفدية 10 دولارات فقط", []),
    ("ارتفعت الأسعار 20% خلال شهر", []),
    ("استمرت المعارك 6 أيام", []),
    ("بدأت الحرب عام 2015", []),
    ("أصدر مجلس الأمن القرار 2254", []),
    ("أطلق المسلحون 4 صواريخ", []),
    ("تضررت 12 منزلاً بالقصف", []),
    ("اتصلوا على 00963 939 114 037", []),
    ("في 20/1/2022 دخلت القوات المدينة", []),
    ("إصابة 3 منازل بأضرار", []),
    ("قوات الفيلق الخامس", []),
    ("جائحة كوفيد-19", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_ROWS)
def test_extract_figures_resolves_count_qualifier_side_and_reporter(text, expected):
    figures = extract_figures(text)
    assert [_summary(f) for f in figures] == expected
    for figure in figures:
        assert text[figure.start : figure.end] == figure.surface
        assert figure.counts in COUNTS and figure.qualifier in QUALIFIERS
        if figure.side:
            assert figure.side.category in SIDE_CATEGORIES
            assert text[figure.side.start : figure.side.end] == figure.side.surface
        if figure.reporter:
            assert figure.reporter.kind in REPORTER_KINDS
            assert text[figure.reporter.start : figure.reporter.end] == figure.reporter.surface


BOUNDS_ROWS = [
    ("قتل 12 شخصاً", 12, 12),
    ("قتل أكثر من 200 شخص", 201, None),
    ("قتل ما لا يقل عن 25 شخصاً", 25, None),
    ("قتل نحو 50 شخصاً", None, None),
    ("قتل ما يصل إلى 80 شخصاً", None, 80),
    ("قتل أقل من 10 أشخاص", None, 9),
    ("قتل عشرات الأشخاص", 10, 99),
    ("قتل المئات من المدنيين", 100, 999),
]


@pytest.mark.parametrize(("text", "low", "high"), BOUNDS_ROWS)
def test_bounds_follow_the_qualifier(text, low, high):
    (figure,) = extract_figures(text)
    assert (figure.low, figure.high) == (low, high)


def test_stated_total_keeps_its_value_and_lists_parts():
    text = "أعلنت وزارة الصحة مقتل 41 شخصاً هم 20 من عناصر الشرطة و16 من مسلحي التنظيم و5 مدنيين."
    (figure,) = extract_figures(text)
    assert (figure.value, figure.counts, figure.reporter.kind) == (41, "killed", "ministry")
    assert [(p.value, p.counts, p.side.category) for p in figure.parts] == [
        (20, "killed", "security_forces"), (16, "killed", "militants"), (5, "killed", "civilians")]


def test_list_without_total_sums_its_parts():
    text = ("وبلغ عدد القتلى وفق بيان الجيش 50 من المسلحين، و12 قتيلاً من الجنود، إضافة إلى 3 قتلى من "
            "المدنيين.")
    (figure,) = extract_figures(text)
    assert (figure.value, figure.coded, figure.counts, figure.reporter.kind) == (65, 65, "killed", "statement")
    assert [(p.value, p.side.category) for p in figure.parts] == [
        (50, "militants"), (12, "security_forces"), (3, "civilians")]
    assert figure.surface.startswith("50") and figure.surface.endswith("قتلى")


def test_subset_inherits_the_count_of_its_total():
    (figure,) = extract_figures("أطلق سراح 10 رهائن بينهم 3 نساء.")
    assert (figure.value, figure.counts) == (10, "hostages")
    assert [(p.value, p.counts, p.side.category) for p in figure.parts] == [(3, "hostages", "civilians")]


def test_single_people_listed_with_and_add_up():
    (killed, wounded) = extract_figures("مقتل طفل وامرأة وإصابة جنديين بقصف مدفعي")
    assert (killed.value, killed.counts, [p.surface for p in killed.parts]) == (2, "killed", ["طفل", "امرأة"])
    assert (wounded.value, wounded.counts) == (2, "wounded")


def test_different_counts_are_not_summed():
    figures = extract_figures("قتل 3 جنود وأصيب 5 مدنيين")
    assert [(f.value, f.counts, f.parts) for f in figures] == [(3, "killed", ()), (5, "wounded", ())]


def test_reporter_of_the_governing_sentence_carries_over():
    text = "أصدرت وزارة الدفاع بياناً حول الهجوم. وأضافت أن 6 جنود قتلوا."
    (figure,) = extract_figures(text)
    assert figure.reporter is not None and figure.reporter.kind == "ministry"


def test_caller_sentences_bound_the_search():
    @dataclass
    class Sentence:
        start: int
        end: int
        text: str

    text = "قال مصدر أمني إن الوضع هادئ في المدينة وقتل 4 أشخاص"
    cut = text.index("وقتل")
    sentences = [Sentence(0, cut, text[:cut]), Sentence(cut, len(text), text[cut:])]
    assert extract_figures(text)[0].reporter.kind == "source"
    assert extract_figures(text, sentences)[0].reporter is None


# ---------------------------------------------------------------------------------------------------------
# the two third-party seed articles (read from ../shared; never copied into the repository)


def _seed(name: str) -> str:
    path = SEEDS / f"{name}.txt"
    if not path.is_file():
        pytest.skip("../shared/seeds is not present on this machine")
    return path.read_text(encoding="utf-8")


def test_seed_final_toll_is_one_breakdown_with_its_statement():
    figures = extract_figures(_seed("002_a0e098ed16ea4781"))
    (toll,) = [f for f in figures if f.parts and f.counts == "killed"]
    assert (toll.value, toll.reporter.kind) == (495, "statement")
    assert [(p.value, p.side.category) for p in toll.parts] == [
        (374, "militants"), (117, "security_forces"), (4, "civilians")]


def test_seed_attackers_prisoners_and_hostages():
    attack = extract_figures(_seed("000_7fd397a2ddf4eca3"))
    summary = {(f.value, f.counts, f.qualifier) for f in attack}
    assert (200, "attackers", "more_than") in summary
    assert (200, "attackers", "approx") in summary
    assert (5000, "prisoners", "exact") in summary
    assert (700, "hostages", "exact") in summary
    later = extract_figures(_seed("002_a0e098ed16ea4781"))
    assert {(f.value, f.counts) for f in later} >= {(200, "attackers"), (5000, "prisoners")}


def test_seed_phone_number_and_dates_yield_no_figure():
    for name in ("000_7fd397a2ddf4eca3", "002_a0e098ed16ea4781"):
        values = {f.value for f in extract_figures(_seed(name))}
        assert not values & {963, 939, 114, 37, 2022, 2019, 20, 31, 7, 6}


# ---------------------------------------------------------------------------------------------------------
# the word list


def _shipped_data() -> dict:
    text = (resources.files("marsad.lang.ar.data") / "figures.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def test_shipped_figures_yaml_is_valid_and_versioned():
    data = _shipped_data()
    assert validate_figure_words(data) == []
    assert load_figure_words().version == data["version"] >= 1


BROKEN_ROWS = [
    ("unknown count", lambda d: d["people_nouns"][0].update(counts="dead"), "counts 'dead'"),
    ("bad strength", lambda d: d["people_nouns"][0].update(strength="strong"), "strength"),
    ("bad side", lambda d: d["people_nouns"][9].update(side="rebels"), "side 'rebels'"),
    ("side category missing", lambda d: d["sides"].pop("civilians"), "civilians is missing"),
    ("unknown qualifier", lambda d: d["qualifiers"].update(roughly={"before": [], "after": []}), "roughly"),
    ("negation count", lambda d: d["negations"]["objects"].update(أسرى=["prisoners"]), "killed and/or wounded"),
    ("reporter kind", lambda d: d["reporters"]["kinds"].update(blog=["مدونة"]), "'blog'"),
    ("no version", lambda d: d.pop("version"), "version"),
    ("empty followers", lambda d: d.update(followers=[]), "followers"),
    ("no distributive", lambda d: d["breakdown"].pop("distributive"), "missing key 'distributive'"),
    ("single deaths without persons", lambda d: d["single_deaths"].pop("persons"), "missing key 'persons'"),
    ("single deaths not a mapping", lambda d: d.update(single_deaths=["مقتل"]), "single_deaths must be a mapping"),
]


@pytest.mark.parametrize(("case", "change", "problem"), BROKEN_ROWS, ids=[r[0] for r in BROKEN_ROWS])
def test_validator_names_each_problem(case, change, problem):
    data = copy.deepcopy(_shipped_data())
    change(data)
    problems = validate_figure_words(data)
    assert any(problem in p for p in problems), problems


def test_loading_an_invalid_file_raises_a_typed_error(tmp_path):
    path = tmp_path / "figures.yaml"
    path.write_text("version: 1\npeople_nouns: []\n", encoding="utf-8")
    with pytest.raises(MarsadError, match="figures.yaml"):
        load_figure_words(path)


def test_figures_from_text_already_normalised_are_the_same():
    # the trailing tanween of ثلاثةُ belongs to the span whether or not the caller normalised first
    text = "قُتل ثلاثةُ مدنيين وأصيب 5 آخرون، بحسب المرصد السوري"
    assert extract_figures(text, normalized=normalize_with_offsets(text)) == extract_figures(text)


def test_figures_reject_a_normalisation_of_another_text():
    with pytest.raises(ValueError, match="normalize_with_offsets"):
        extract_figures("قتل 3 أشخاص", normalized=normalize_with_offsets("قتل"))
