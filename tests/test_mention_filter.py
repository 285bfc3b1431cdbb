"""The learned mention filter (marsad.events.mention_filter): its model file, its training, and what it keeps.

Every article here is original and fictional.
"""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from marsad.evaluate import default_actor_aliases, load_gold
from marsad.events.coder import EventCoder
from marsad.events.mention_filter import (MODEL_PATH, ArticleView, MentionFilter, MentionFilterError,
                                          kept_by_thresholds, label_mentions, mention_features, read_training_set,
                                          validate_model)
from marsad.events.model import EventMention, Evidence
from marsad.events.predict import code_text

ROOT = Path(__file__).resolve().parent.parent
TRAINING_SET = ROOT / "training" / "mention_filter" / "training_set.jsonl.gz"

RAID_WITH_REACTION = """شبكة أخبار الفرات | الرئيسية | أمن

مقتل عنصرين من قسد بهجوم مسلح في ريف دير الزور الشرقي

دير الزور – شبكة أخبار الفرات
الثلاثاء 8 نيسان 2025

قُتل عنصران من قوات سوريا الديمقراطية (قسد)، مساء أمس الاثنين، بهجوم شنه مسلحون مجهولون على حاجز لها عند مدخل بلدة الشحيل في ريف دير الزور الشرقي، بحسب مصادر محلية.

وقالت المصادر إن المهاجمين استقلوا دراجة نارية وفروا باتجاه البادية بعد الهجوم.

وأدان مجلس دير الزور العسكري الهجوم، متوعداً بملاحقة المنفذين، فيما شنت قسد حملة دهم في البلدة اعتقلت خلالها عدداً من الشبان.

وتشهد المنطقة منذ سنوات هجمات متكررة تتبناها خلايا تنظيم الدولة الإسلامية.
"""

ANALYSIS_PIECE = """مركز الدراسات الاستراتيجية | تحليلات

هل تتجه ليبيا نحو جولة جديدة من الحرب؟

طرابلس — مركز الدراسات الاستراتيجية
الخميس 5 يونيو 2025

تتزايد المخاوف من عودة المواجهات المسلحة إلى العاصمة الليبية، بعد أسابيع من التحشيد العسكري المتبادل بين الكتائب المسلحة في طرابلس ومحيطها.

ويرى محللون أن أي اشتباك في منطقة أبو سليم قد يتحول سريعاً إلى حرب شوارع، كما حدث في صيف 2023 حين قُتل العشرات في اشتباكات بين جهاز الردع واللواء 444.

ويحذر دبلوماسيون من أن فشل المسار السياسي سيمنح قادة المجموعات المسلحة ذريعة لتوسيع نفوذهم.

وتبقى الأسابيع المقبلة حاسمة في تحديد مسار الأزمة.
"""

ONE_SENTENCE = "اعتقلت قوات الأمن صباح اليوم خمسة مطلوبين في حي الشعلة ببغداد."


@pytest.fixture(scope="module")
def coders() -> tuple[EventCoder, EventCoder]:
    return EventCoder.default(mention_filter=False), EventCoder.default()


# --------------------------------------------------------------------------------------------------------------
# What it keeps


def test_a_condemnation_that_names_the_attack_again_scores_below_the_attack(coders):
    rules_only, filtered = coders
    by_rules = code_text("raid", RAID_WITH_REACTION, coder=rules_only).mentions
    assert [(m.event_type, m.location) for m in by_rules] == [("Battles", "Al-Shuhayl, Deir ez-Zor"),
                                                             ("Battles", "Deir ez-Zor")]
    model = filtered.mention_filter
    scores = model.scores(by_rules, ArticleView.of(*_cleaned(RAID_WITH_REACTION)))
    # the re-mention alone would not make this an event article; the attack would, with room to spare
    assert scores[1] < model.article_threshold < 0.9 < scores[0]
    attack = code_text("raid", RAID_WITH_REACTION, coder=filtered).mentions[0]
    assert (attack.event_type, attack.event_date, attack.fatalities) == ("Battles", "2025-04-07", 2)
    assert attack.confidence == round(scores[0], 3)
    assert attack.explanation.endswith(f"mention filter: p={scores[0]:.2f}")


def _cleaned(text: str) -> tuple[str, str | None, str | None]:
    import hashlib

    from marsad.clean import clean_document
    from marsad.models import RawDocument

    article = clean_document(RawDocument(doc_id="t", source="t", input_format="text", content_type="text",
                                         content=text, raw_sha256=hashlib.sha256(text.encode()).hexdigest()))
    return article.source_text, article.title, article.published


def test_an_analysis_piece_with_a_hypothetical_clash_keeps_no_event(coders):
    rules_only, filtered = coders
    assert [m.event_type for m in code_text("analysis", ANALYSIS_PIECE, coder=rules_only).mentions] == ["Battles"]
    assert code_text("analysis", ANALYSIS_PIECE, coder=filtered).mentions == []


def test_a_text_shorter_than_the_articles_it_learned_from_is_left_as_the_rules_coded_it(coders):
    rules_only, filtered = coders
    by_rules = code_text("brief", ONE_SENTENCE, published="2025-03-10", coder=rules_only).mentions
    kept = code_text("brief", ONE_SENTENCE, published="2025-03-10", coder=filtered).mentions
    assert [m.sub_event_type for m in by_rules] == ["Arrests"]
    assert [m.as_dict() for m in kept] == [m.as_dict() for m in by_rules]


def test_claims_point_at_the_mentions_that_were_kept(coders):
    _, filtered = coders
    result = code_text("raid", RAID_WITH_REACTION, coder=filtered)
    assert all(claim.event_index is None or claim.event_index < len(result.mentions) for claim in result.claims)


KEPT_ROWS = [
    # probabilities, (article threshold, mention threshold), kept
    pytest.param([0.9, 0.2, 0.1], (0.55, 0.15), [True, True, False], id="event_article_drops_weak_further_mention"),
    pytest.param([0.5, 0.4], (0.55, 0.15), [False, False], id="best_below_article_threshold_empties_article"),
    pytest.param([0.1, 0.6], (0.55, 0.15), [False, True], id="best_need_not_come_first"),
    pytest.param([0.56, 0.56], (0.55, 0.6), [True, True], id="ties_for_best_both_kept"),
    pytest.param([], (0.55, 0.15), [], id="no_mentions"),
]


@pytest.mark.parametrize(("probabilities", "thresholds", "kept"), KEPT_ROWS)
def test_two_thresholds_decide_what_is_kept(probabilities, thresholds, kept):
    assert kept_by_thresholds(probabilities, *thresholds) == kept


# --------------------------------------------------------------------------------------------------------------
# Features


def _mention(sub_event_type="Armed clash", event_type="Battles", trigger=(0, 5), **fields) -> EventMention:
    return EventMention("a", event_type, sub_event_type,
                        evidence=[Evidence("trigger", trigger[0], trigger[1], "x")], **fields)


FEATURE_TEXT = ("اشتباكات عنيفة في بلدة الشحيل\n\nاندلعت اشتباكات عنيفة بين الجيش ومسلحين في بلدة الشحيل.\n\n"
                "وقال مصدر محلي إن \"الهدوء عاد إلى البلدة\" مساء اليوم.")

FEATURE_ROWS = [
    # (trigger span in FEATURE_TEXT, rank, present features, absent features)
    pytest.param((38, 46), 0, {"rank=<=0", "sentence=<=1", "headline_overlap=>0.5", "trigger_in_headline",
                               "no_actor1", "fatalities=none"},
                 {"reporting_verb", "quotation", "same_type_earlier"}, id="lede_sentence_echoes_the_headline"),
    pytest.param((98, 104), 1, {"rank=<=1", "reporting_verb", "quotation", "same_type_earlier",
                                "same_sub_type_earlier"},
                 {"trigger_in_headline"}, id="quoted_source_sentence_after_the_lede"),
]


@pytest.mark.parametrize(("span", "rank", "present", "absent"), FEATURE_ROWS)
def test_mention_features(span, rank, present, absent):
    article = ArticleView.of(FEATURE_TEXT, None, "2025-04-08")
    mentions = [_mention(trigger=(38, 46)), _mention(trigger=span)]
    mention = mentions[rank]
    mention.evidence[0] = Evidence("trigger", span[0], span[1], FEATURE_TEXT[span[0]:span[1]])
    features = mention_features(mention, rank, mentions, article)
    assert present <= features.keys()
    assert not absent & features.keys()


# --------------------------------------------------------------------------------------------------------------
# The model file


def test_the_shipped_model_is_well_formed():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert validate_model(data) == []
    model = MentionFilter.load()
    assert 0 < model.mention_threshold <= model.article_threshold < 1
    assert model.trained["training_set_sha256"]


BROKEN_MODELS = [
    pytest.param({"format": 1, "intercept": 0.1, "article_threshold": 1.5, "mention_threshold": 0.1,
                  "min_sentences": 4, "weights": {"rank=<=0": 0.3}}, "article_threshold must lie between 0 and 1",
                 id="threshold_out_of_range"),
    pytest.param({"format": 1, "intercept": "high", "article_threshold": 0.5, "mention_threshold": 0.1,
                  "min_sentences": 4, "weights": {"rank=<=0": 0.3}}, "intercept must be a number", id="text_intercept"),
    pytest.param({"format": 1, "intercept": 0.1, "article_threshold": 0.5, "mention_threshold": 0.1,
                  "min_sentences": 4, "weights": {}}, "weights must be a non-empty object", id="no_weights"),
    pytest.param({"format": 1, "intercept": 0.1, "article_threshold": 0.5, "mention_threshold": 0.1,
                  "min_sentences": 0, "weights": {"rank=<=0": 0.3}}, "min_sentences must be a whole number",
                 id="zero_min_sentences"),
    pytest.param({"format": 2, "intercept": 0.1, "article_threshold": 0.5, "mention_threshold": 0.1,
                  "min_sentences": 4, "weights": {"rank=<=0": 0.3}}, "format must be 1", id="unknown_format"),
    pytest.param([1, 2], "must be a JSON object", id="not_an_object"),
]


@pytest.mark.parametrize(("data", "problem"), BROKEN_MODELS)
def test_a_broken_model_is_refused(data, problem, tmp_path):
    assert any(problem in found for found in validate_model(data))
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MentionFilterError, match="retrain it with scripts/train_mention_filter.py"):
        MentionFilter.load(path)


def test_an_unreadable_model_file_gives_one_line_saying_what_to_do(tmp_path):
    path = tmp_path / "model.json"
    path.write_bytes(b'{"format": 1, "weights": {')
    with pytest.raises(MentionFilterError) as raised:
        MentionFilter.load(path)
    assert "\n" not in str(raised.value) and "reinstall marsad" in str(raised.value)


def test_the_training_labels_agree_with_the_dev_gold():
    """Labels were computed against the dev gold when the set was built; a gold fix since then makes them stale."""
    gold = {article.id: article for article in load_gold(ROOT / "tests" / "gold_dev")}
    aliases = default_actor_aliases()
    stale = []
    for article in read_training_set(TRAINING_SET):
        if label_mentions(gold[article.article_id].events, article.mentions, aliases) != article.labels:
            stale.append(f"{article.source}/{article.article_id}")
    assert not stale, (f"training labels differ from the dev gold for {stale[:5]}; run "
                       "python scripts/build_mention_training_set.py, then scripts/train_mention_filter.py")


def test_the_shipped_model_is_what_training_gives():
    pytest.importorskip("sklearn", reason="training the mention filter needs scikit-learn (the dev extra)")
    spec = importlib.util.spec_from_file_location("train_mention_filter", ROOT / "scripts" / "train_mention_filter.py")
    trainer = importlib.util.module_from_spec(spec)
    sys.modules["train_mention_filter"] = trainer
    spec.loader.exec_module(trainer)
    model = trainer.build_model()
    shipped = MentionFilter.load()
    assert (model.article_threshold, model.mention_threshold) == (shipped.article_threshold,
                                                                  shipped.mention_threshold)
    assert model.trained == shipped.trained
    assert model.weights.keys() == shipped.weights.keys()
    assert max(abs(model.weights[name] - shipped.weights[name]) for name in model.weights) < 1e-4


# --------------------------------------------------------------------------------------------------------------
# The setting


@pytest.mark.parametrize(("setting", "mentions", "version"), [
    pytest.param("on", 0, "2", id="on_by_default"),
    pytest.param("off", 1, "2-rules-only", id="off_keeps_what_the_rules_coded"),
])
def test_the_mention_filter_setting_decides_what_a_run_stores(setting, mentions, version, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from marsad.cli import app
    from marsad.store import Store

    source = tmp_path / "in"
    source.mkdir()
    (source / "raid.txt").write_text(RAID_WITH_REACTION, encoding="utf-8")
    (source / "analysis.txt").write_text(ANALYSIS_PIECE, encoding="utf-8")
    db = str(tmp_path / "marsad.db")
    monkeypatch.setenv("MARSAD_MENTION_FILTER", setting)
    result = CliRunner().invoke(app, ["run", str(source), "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        stored_mentions = store.list_mentions(limit=None)
        assert sum(m["article_id"] == "analysis" for m in stored_mentions) == mentions
        assert sum(m["article_id"] == "raid" for m in stored_mentions) >= 1
        with store.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT DISTINCT coder_version FROM mentions").scalars().all()
    assert stored == [version]


def test_what_the_filter_sets_aside_is_stored_for_review_and_shown(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from marsad.cli import app
    from marsad.store import Store

    source = tmp_path / "in"
    source.mkdir()
    (source / "analysis.txt").write_text(ANALYSIS_PIECE, encoding="utf-8")
    db = str(tmp_path / "marsad.db")
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(source), "--db", db], catch_exceptions=False).exit_code == 0
    with Store.open(db) as store:
        assert store.list_mentions(article_id="analysis", limit=None) == []
        [dropped] = store.set_aside_mentions("analysis")
        assert store.list_events(limit=None) == []
    assert (dropped["n"], dropped["event_type"], dropped["location"]) == (1, "Battles", "Tripoli")
    assert dropped["probability"] < EventCoder.default().mention_filter.article_threshold
    assert dropped["evidence"][0]["text"] in ANALYSIS_PIECE
    shown = runner.invoke(app, ["show", "analysis", "--db", db], catch_exceptions=False).output
    assert "1 set aside by the mention filter" in shown and f"p={dropped['probability']:.2f} Battles" in shown

    # coding again without the filter replaces the set-aside record with a mention
    monkeypatch.setenv("MARSAD_MENTION_FILTER", "off")
    assert runner.invoke(app, ["recode", "--db", db], catch_exceptions=False).exit_code == 0
    with Store.open(db) as store:
        assert store.set_aside_mentions("analysis") == []
        assert [m["event_type"] for m in store.list_mentions(article_id="analysis", limit=None)] == ["Battles"]
