"""The lazy look-ups that replaced tables built from the whole word list at start-up give the
same answers as the tables did."""
from checker.analysis import phonetic
from checker.data import word_frequencies
from checker.langs.affixes import PARTICLES, strip_suffix
from checker.rules.orthography import ascii_colon_visarga


def _slow_word_frequencies(language):
    """The table read line by line: `#listed<TAB>weight` in the header, then `word[<TAB>weight]`."""
    out, listed = {}, None
    for row in _raw_lines(f"lexicon.{language}.tsv"):
        if row.startswith("#listed\t"):
            listed = int(row.split("\t")[1])
        elif row and not row.startswith("#"):
            word, tab, n = row.partition("\t")
            out[word] = int(n) if tab else listed
    return out


def _raw_lines(name):
    from pathlib import Path
    from checker.data import DATA
    return (Path(DATA) / name).read_text(encoding="utf-8").splitlines()


def _sample(words, n=2500):
    import random
    words = sorted(words)
    return random.Random(7).sample(words, min(n, len(words)))


def test_word_frequencies_parse_as_line_by_line():
    for language in ("mr", "ur"):
        fast, slow = word_frequencies(language), _slow_word_frequencies(language)
        assert dict(fast.items()) == slow
        assert list(fast) == sorted(slow) and len(fast) == len(slow)  # sorted: binary-searched
        for w in _sample(slow):
            assert fast.get(w) == slow[w] and w in fast
            assert fast.get(w + "\u093e", -1) == slow.get(w + "\u093e", -1)
            assert fast.get(w[:-1], -1) == slow.get(w[:-1], -1)
        assert fast.get("", 0) == 0 and "zzzz" not in fast


def test_lexicon_prefix_and_substring_queries_match_a_scan():
    for language in ("mr", "ur"):
        from bisect import bisect_left
        lex, slow = word_frequencies(language), _slow_word_frequencies(language)
        ordered = sorted(slow)
        for w in _sample(slow, 300):
            for prefix in (w[:2], w[:3], w):
                i, expected = bisect_left(ordered, prefix), []
                while i < len(ordered) and ordered[i].startswith(prefix):
                    expected.append(ordered[i])
                    i += 1
                assert sorted(lex.starting_with(prefix)) == expected
        for part in ("\u0931\u094d\u092f", "\u0903", "\u06cc\u06a9"):
            assert sorted(lex.containing(part)) == sorted((x, n) for x, n in slow.items() if part in x)


def test_the_header_names_the_heaviest_words_heaviest_first():
    # phonetic._function_words and the commonest-word set take the table's top words
    for language in ("mr", "ur"):
        lex, slow = word_frequencies(language), _slow_word_frequencies(language)
        heaviest = sorted(((w, n) for w, n in slow.items() if n != 2), key=lambda kv: (-kv[1], kv[0]))
        assert lex.top(2000) == [w for w, _ in heaviest[:2000]]


def test_function_words_are_the_most_frequent():
    for language in ("mr", "ur"):
        freq = word_frequencies(language)
        top = [w for w, _ in sorted(freq.items(), key=lambda kv: -kv[1])[:120]]
        assert phonetic._function_words(language) == frozenset(top) | PARTICLES.get(language, frozenset())


def test_common_core_lookup_matches_the_set_of_all_cores():
    for language in ("mr", "ur"):
        freq = word_frequencies(language)
        cores = {phonetic.inflection_core(strip_suffix(w, language)[0]) for w, n in freq.items() if n >= 2}
        asked = set()
        for w in _sample(dict(freq.items()), 1500):
            stem = strip_suffix(w, language)[0]
            core = phonetic.inflection_core(stem)
            asked.update((w, stem, core[:-1], core[:2], core + "\u093e"))
        assert {c for c in asked if phonetic._is_common_core(c, language)} == cores & asked


def test_inflected_stem_lookup_matches_the_set_of_all_prefixes():
    words = list(word_frequencies("mr"))
    prefixes = {w[:i] for w in words for i in range(2, len(w))
                if "\u093e" <= w[i] <= "\u094c" or w[i] == "\u0902"}
    asked = {w[:i] for w in _sample(words, 1500) for i in range(len(w) + 1)}
    assert {p for p in asked if ascii_colon_visarga._inflected_stem(p)} == prefixes & asked


def test_magnitude_prefilter_keeps_every_magnitude_word():
    import regex

    from checker.analysis.tokens import tokenize
    from checker.langs.magnitudes import MAGNITUDES, has_magnitude_stem, lookup_magnitude
    from conftest import CORPORA
    words = [w for table in MAGNITUDES.values() for w in table]
    for w in words + [w.upper() for w in words] + [w.title() for w in words]:
        assert has_magnitude_stem(w), w
    old = regex.compile("|".join(regex.escape(w) for w in sorted(
        {w for table in MAGNITUDES.values() for w in table} | {"mn", "bn", "tn"}, key=len, reverse=True)), regex.IGNORECASE)
    for path in sorted(CORPORA.glob("*.txt")) + sorted((CORPORA / "challenge").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert has_magnitude_stem(line) == bool(old.search(line))
            for t in tokenize(line):
                if lookup_magnitude(t.text):
                    assert has_magnitude_stem(t.text), t.text
