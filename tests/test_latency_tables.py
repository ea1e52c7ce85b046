"""The lazy look-ups that replaced tables built from the whole word list at start-up give the
same answers as the tables did."""
from checker.analysis import phonetic
from checker.data import lines, word_frequencies
from checker.langs.affixes import PARTICLES, strip_suffix
from checker.rules.orthography import ascii_colon_visarga


def _slow_word_frequencies(language):
    out = {}
    for row in lines(f"wordfreq.{language}.tsv"):
        word, n = row.split("\t")
        out[word] = int(n)
    return out


def test_word_frequencies_parse_as_line_by_line():
    for language in ("mr", "ur", "en"):
        fast, slow = word_frequencies(language), _slow_word_frequencies(language)
        assert fast == slow
        assert list(fast) == list(slow)


def test_word_tables_are_sorted_most_frequent_first():
    # phonetic._function_words takes the first words of the table as the most frequent ones
    for language in ("mr", "ur", "en"):
        rows = list(word_frequencies(language).items())
        assert rows == sorted(rows, key=lambda kv: (-kv[1], kv[0]))


def test_function_words_are_the_most_frequent():
    for language in ("mr", "ur"):
        freq = word_frequencies(language)
        top = [w for w, _ in sorted(freq.items(), key=lambda kv: -kv[1])[:120]]
        assert phonetic._function_words(language) == frozenset(top) | PARTICLES.get(language, frozenset())


def test_common_core_lookup_matches_the_set_of_all_cores():
    for language in ("mr", "ur"):
        freq = word_frequencies(language)
        cores = {phonetic.inflection_core(strip_suffix(w, language)[0]) for w, n in freq.items() if n >= 2}
        asked = set(cores)
        for w in freq:
            stem = strip_suffix(w, language)[0]
            core = phonetic.inflection_core(stem)
            asked.update((w, stem, core[:-1], core[:2], core + "\u093e"))
        assert {c for c in asked if phonetic._is_common_core(c, language)} == cores & asked


def test_inflected_stem_lookup_matches_the_set_of_all_prefixes():
    words = word_frequencies("mr")
    prefixes = {w[:i] for w in words for i in range(2, len(w))
                if "\u093e" <= w[i] <= "\u094c" or w[i] == "\u0902"}
    asked = {w[:i] for w in words for i in range(len(w) + 1)}
    assert {p for p in asked if ascii_colon_visarga._inflected_stem(p)} == prefixes


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
