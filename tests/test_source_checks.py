"""SRC: source-aware checks beyond numbers (must-survive tokens, untranslated, length, marks, repeats)."""
from checker.analysis.source_length import length_off, one_sided_marks
from checker.analysis.source_tokens import line_key, lost_tokens, must_survive, untranslated
from checker.pipeline import check_text
from checker.rules import source

from rule_examples import assert_examples, family_params, findings_of


@family_params(source)
def test_examples(rule):
    assert_examples(rule)


@family_params(source)
def test_silent_without_a_source(rule):
    text = "H5N1 स्ट्रेन पसरला.\nH5N1 स्ट्रेन पसरला.\nH5N1 स्ट्रेन पसरला."
    assert not check_text(text + "\n", rules=[rule]).findings


def test_must_survive_kinds():
    src = "Mail a@b.org, see www.who.int/x, #StayHome, @WHO, report.pdf and H1N1, not 5km, 2nd or 2-week."
    assert [k for k, _ in must_survive(src)] == ["email", "url", "hashtag", "handle", "file", "code"]


def test_garbled_address_is_an_error_a_lost_one_a_warning():
    (f,) = findings_of(source.SourceTokenLost(), "See www.who.int now.\tआता www.wha.int पाहा.")
    assert f.severity == "error" and f.text == "www.wha.int"
    (f,) = findings_of(source.SourceTokenLost(), "See www.who.int now.\tआता पाहा.")
    assert f.severity == "warning" and "no trace" in f.message


def test_code_keeps_its_digits_in_any_script():
    assert not lost_tokens("The H1N1 virus.", "एच१एन१ विषाणू.")
    assert not lost_tokens("COVID-19 spreads.", "کووڈ 19 پھیلتا ہے۔")
    (s,) = lost_tokens("The K479N mutation.", "के४८९एन उत्परिवर्तन.")
    assert s.verdict == "changed" and s.found == "के४८९एन"


def test_hashtag_transliterated_with_a_space():
    assert not lost_tokens("Join the #remoties channel.", "# रिमोटीज चॅनलमध्ये सामील व्हा.")


def test_untranslated_needs_english_prose():
    assert untranslated("Wash your hands.", "wash your hands") == "same"
    assert untranslated("Johns Hopkins University", "Johns Hopkins University") is None


def test_length_bands():
    src = "Owing to the effective quarantine of public transport in Wuhan and Hubei, many left."
    assert length_off(src, "वूहान.", "mr").direction == "short"
    assert length_off(src, "वूहान आणि हुबेईमधील सार्वजनिक वाहतुकीच्या प्रभावी विलगीकरणामुळे अनेक जण गेले.", "mr") is None
    assert length_off("Yes.", "", "mr") is None


def test_one_sided_marks_both_ways():
    assert [m.side for m in one_sided_marks("a (b) c", "a c")] == ["source"]
    assert [m.side for m in one_sided_marks("a c", "a (b) c")] == ["target"]


def test_repeats_need_different_sources():
    assert line_key("یہ معلومات صرف حوالہ کے لیے ہے۔") == "یہ معلومات صرف حوالہ کے لیے ہے"
    assert line_key("ہاں۔") is None
    rule = source.RepeatedAcrossSources()
    text = "\n".join(f"Source {i}.\tیہ معلومات صرف حوالہ کے لیے ہے۔" for i in range(3))
    assert len(findings_of(rule, text)) == 3


def _script(name):
    import importlib.util
    from conftest import ROOT
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_length_table_is_what_the_script_learns(tmp_path):
    import pytest
    from conftest import ROOT
    build = _script("build_length_ratios")
    data = build._default_data()
    if not (data / "clean" / "tico19.mr.txt").exists():
        pytest.skip("no ../shared/data")
    import subprocess
    import sys
    out = tmp_path / "length_ratios.py"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_length_ratios.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "checker" / "langs" / "length_ratios.py").read_text(encoding="utf-8")


def test_injected_damage_is_found_on_invented_pairs():
    corrupt = _script("corrupt_source")
    sources = [f"Patients in ward {i} of the city hospital were treated with new drugs and sent home "
               f"after the tests on day {i}. Doctors said the drugs worked well. See www.example{i}.org."
               for i in range(12)]
    targets = [f"शहरातील रुग्णालयाच्या वॉर्ड {i} मधील रुग्णांवर नवीन औषधांनी उपचार करण्यात आले आणि दिवस {i} "
               f"च्या चाचण्यांनंतर त्यांना घरी पाठवण्यात आले. औषधे चांगली लागू पडली असे डॉक्टरांनी सांगितले. "
               f"www.example{i}.org पाहा." for i in range(12)]
    stats = corrupt.measure(sources, targets, "mr", seed=0, limit=5)
    for kind in ("drop-token", "garble-token", "copy-source", "truncate", "add-aside", "stock-line"):
        n, found = stats[kind]
        assert n and found == n, (kind, stats[kind])


def test_source_sentences_skip_abbreviations_and_read_glued_ends():
    from checker.analysis.source_structure import source_sentences
    assert len(source_sentences("Dr. Smith met J. Doe at 10 a.m. Central time.")) == 1
    assert len(source_sentences("It cost Rs. 10 in the U.S. market.")) == 1
    assert len(source_sentences("Cases rose in 2020.As of March, schools closed.")) == 2
    assert len(source_sentences("Really? Why not! Go home.")) == 3


def test_a_merged_sentence_of_full_length_is_no_dropped_sentence():
    rule = source.SentenceDropped()
    src = "We will open two new clinics in the district this year. They will serve the villages in the north."
    full = "आम्ही या वर्षी जिल्ह्यात दोन नवीन दवाखाने उघडणार आहोत आणि ते उत्तरेकडील गावांना सेवा देतील."
    assert not findings_of(rule, f"{src}\t{full}")
    (f,) = findings_of(rule, f"{src}\tआम्ही या वर्षी जिल्ह्यात दोन नवीन दवाखाने उघडणार आहोत.")
    assert f.severity == "warning" and "2 sentences, the target 1" in f.message


def test_far_too_short_is_left_to_src003():
    src = "The virus spread quickly in the city. Schools and offices were closed for two months."
    assert not findings_of(source.SentenceDropped(), f"{src}\tवायरस पसरला.")
    assert findings_of(source.LengthOffSource(), f"{src}\tवायरस पसरला.")


def test_list_marker_added_by_the_target_is_info_and_covers_the_marker():
    (f,) = findings_of(source.ListMarkerMismatch(), "Stay at home.\t2) घरीच राहा.")
    assert f.severity == "info" and f.text == "2)"
    (f,) = findings_of(source.ListMarkerMismatch(), "3) Stay at home.\tघरीच राहा.")
    assert f.severity == "warning" and "3)" in f.message


def test_enumeration_inside_a_line_is_checked_item_by_item():
    rule = source.ListMarkerMismatch()
    src = "Signs: (1) fever; (2) cough; (3) tiredness."
    (f,) = findings_of(rule, f"{src}\tعلامات: (۱) بخار؛ (۲) کھانسی اور تھکاوٹ۔")  # Urdu digits count
    assert f.severity == "warning" and "(3)" in f.message and "(1)" not in f.message.split("mark")[-1]
    (f,) = findings_of(rule, f"{src}\tलक्षणे ताप, खोकला आणि थकवा.")  # made prose of: worth a look
    assert f.severity == "info"
    assert not findings_of(rule, f"{src}\tलक्षणे: १) ताप; २) खोकला; ३) थकवा.")  # the bracket may go
    (f,) = findings_of(rule, "Do (a) this, (b) that and (c) more.\tہ (الف) یہ، (ب) وہ اور مزید کریں۔")
    assert "(c)" in f.message
    # not one enumeration: a lone reference, a list out of order, a year in brackets
    for line in ("As in (2) above.\tवरील प्रमाणे.", "Items (2) and (1) differ.\tबाबी वेगळ्या आहेत.",
                 "Signs (2020) and (1) fever.\tलक्षणे."):
        assert not findings_of(rule, line)


def test_padding_the_source_has_is_kept():
    rule = source.PaddedWhitespace()
    assert not findings_of(rule, "Total:  12\tकुल:  12")
    assert [f.text for f in findings_of(rule, "Total: 12\t  कुल:  12 ")] == ["  ", "  ", " "]


def test_two_unlike_sources_are_info_paraphrases_none():
    rule = source.RepeatedAcrossSources()
    stock = "या आजाराचे प्रमाण सतत वाढत आहे."
    two = (f"Lung scans of the patients show white patches in both lungs.\t{stock}\n"
           f"Shops in the city ran out of masks early in the spring.\t{stock}")
    assert {f.severity for f in findings_of(rule, two)} == {"info"}
    short = f"I tried to escape from them.\t{stock}\nI tried to run away from them.\t{stock}"
    assert not findings_of(rule, short)  # short sources: often one thing said two ways
    same = f"Urdu is his mother tongue today.\t{stock}\nUrdu is her mother tongue today.\t{stock}"
    assert not findings_of(rule, same)
    numbers = "\n".join(f"Ward {i} was closed on day {i}.\t{stock}" for i in range(3))
    assert {f.severity for f in findings_of(rule, numbers)} == {"warning"}


def test_report_says_which_source_checks_ran(tmp_path):
    from checker.report import rule_list, summary
    from typer.testing import CliRunner
    from checker.cli import app
    assert rule_list(["NUM011", "SRC001", "SRC002", "SRC003", "TAG001", "TAG002"]) == "NUM011, SRC001–SRC003, TAG001, TAG002"
    target, src = tmp_path / "t.mr.txt", tmp_path / "s.en.txt"
    target.write_text("आपले हात धुवा.\n", encoding="utf-8")
    src.write_text("Wash your hands.\n", encoding="utf-8")
    run = CliRunner().invoke
    out = run(app, ["scan", str(target)]).stdout.splitlines()
    assert not any(line.startswith("source checks") for line in out)  # no source asked for: not said in text
    out = run(app, ["scan", "--source", str(src), str(target)]).stdout.splitlines()
    assert out[-2] == "source checks ran on the 1 sentence: NUM011, SRC001–SRC008"
    import json
    doc = json.loads(run(app, ["scan", "-f", "json", "--source", str(src), str(target)]).stdout)
    checks = doc["summary"]["source_checks"]
    assert checks["sentences_with_source"] == 1 and checks["sentences_without_source"] == 0
    assert checks["rules"][0] == "NUM011" and "SRC008" in checks["rules"]
    doc = json.loads(run(app, ["scan", "-f", "json", "--select", "PUN", str(target)]).stdout)
    assert "source_checks" not in doc["summary"] and summary([])["findings"]["error"] == 0
