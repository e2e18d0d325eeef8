"""An annotation file's bytes as other tools and hostile hands write them: UTF-16 from Windows
tools and JSON Lines are read; a number too large for a float and JSON nested deeper than an
annotation needs are refused with one line, instead of being read and then breaking the save (or
the next start). `viewer.annotations.json_input`, `fields.check_nesting`."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from viewer.annotations import json_input
from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.fields import FormatError
from viewer.annotations.json_input import RepeatedKeys, repeated_key_at
from viewer.annotations.model import AnchorStatus
from viewer.annotations.store import AnnotationFileError, load_collection, load_set, save_set
from viewer.loading import load_sample_corpus

DATA = Path(__file__).parent / "data" / "annotations"
ANNOTATION = {
    "@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/a1",
    "type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "t"},
    "target": {"source": "http://example.org/000_2634b00bab60cbc7.txt",
               "selector": {"type": "TextQuoteSelector", "exact": "22 missiles struck two bases"}}}


@pytest.fixture(scope="module")
def articles():
    return load_sample_corpus().articles


def refused(path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(AnnotationFileError) as caught:
        load_collection(path)
    assert path.read_bytes() == before
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    return message


def saved_and_read_again(path: Path, tmp_path: Path) -> int:
    parsed = load_collection(path)
    out = tmp_path / "saved.jsonld"
    save_set(AnnotationSet(parsed.annotations, parsed.claims), out)
    return len(load_set(out).annotations)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_utf16_and_utf32_files_windows_tools_write_are_read(tmp_path, codec, articles):
    path = tmp_path / "from-windows.json"
    text = json.dumps(ANNOTATION, ensure_ascii=False)
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    path.write_bytes(bom + text.encode(codec))
    [annotation] = anchor_all(load_collection(path).annotations, articles)
    assert annotation.status is not AnchorStatus.ORPHANED and annotation.tags == ("t",)


def test_bytes_in_another_8_bit_encoding_are_refused_naming_the_byte(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps({**ANNOTATION, "bodyValue": "caf\u00e9"},
                                ensure_ascii=False).encode("latin-1"))
    assert "not UTF-8 text (bad byte at offset" in refused(path)


def test_json_lines_are_read_one_annotation_a_line(articles):
    parsed = load_collection(DATA / "w3c_lines.jsonl")
    assert parsed.shape == "JSON Lines"
    found = {a.id: a for a in anchor_all(parsed.annotations, articles)}
    assert {a.exact for a in found.values()} == {"22 missiles struck two bases",
                                                 "Ain al-Asad airbase"}
    assert found["https://hypothes.is/a/Lh1c0Ps6EeuGyPvTdT0qlA"].tags == ("place",)
    assert all(a.status is not AnchorStatus.ORPHANED for a in found.values())


def test_two_values_that_are_not_json_lines_stay_a_json_error(tmp_path):
    path = tmp_path / "two.json"
    path.write_text('{"type": "Annotation"} {"type": "Annotation"}\n[1]\n', "utf-8")
    assert "a second JSON value at line 1, column 24, after the first" in refused(path)


def test_a_bad_annotation_in_json_lines_is_named_by_its_line(tmp_path):
    path = tmp_path / "some.jsonl"
    bad = {**ANNOTATION, "id": "http://example.org/a2", "target": 7}
    path.write_text(f"{json.dumps(ANNOTATION)}\n\n{json.dumps(bad)}\n", "utf-8")
    assert load_collection(path).problems == (
        "the annotation at line 3.target: expected an IRI or a SpecificResource object, got a "
        "number",)


def test_a_cut_off_json_lines_file_reads_its_good_lines_and_names_the_bad_one(tmp_path):
    """Each line is an annotation of its own: one cut-off line refused the whole file (an
    interop tester's report). The others are read, the bad line named; a file read in part is
    never saved over. One good line and junk is no JSON Lines file, and is refused."""
    path = tmp_path / "cut.jsonl"
    line = json.dumps(ANNOTATION)
    other = json.dumps({**ANNOTATION, "id": "http://example.org/a2"})
    path.write_text(f"{line}\n\n{line[:40]}\n{other}\n[3]\n", "utf-8")
    parsed = load_collection(path)
    assert [a.id for a in parsed.annotations] == ["http://example.org/a1",
                                                  "http://example.org/a2"]
    assert parsed.problems == (
        "line 3: not valid JSON (column 14: Unterminated string)",
        "line 5: JSON, but no annotation object")
    path.write_text(f"{line}\n\n{line[:40]}", "utf-8")
    message = refused(path)
    assert ": not valid JSON Lines at line 3, column " in message
    assert message.endswith("(the file may be truncated or corrupt)")


def test_a_number_too_large_for_a_float_is_refused_not_written_back_as_infinity(tmp_path):
    """1e400 was read as inf, kept among the fields Parallax does not use, and saved as
    `Infinity`: the saved file then no longer opened."""
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(ANNOTATION)[:-1] + ', "ex:weight": 1e400}', "utf-8")
    assert "the number 1e400 is too large to keep" in refused(path)
    path.write_text(json.dumps(ANNOTATION)[:-1] + ', "ex:weight": 1e300}', "utf-8")
    assert saved_and_read_again(path, tmp_path) == 1


def test_nesting_deeper_than_an_annotation_needs_is_refused_with_its_path(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(json.dumps({**ANNOTATION, "ex:deep": [[[[]]]]})[:-1]
                    + ', "ex:deeper": ' + "[" * 100 + "]" * 100 + "}", "utf-8")
    assert "invalid annotation file at $: nested more than 64 levels deep" in refused(path)
    collection = {"type": "AnnotationCollection", "ex:deep": {"a": [[[[[[]]]]]] * 20},
                  "first": {"type": "AnnotationPage", "items": [ANNOTATION]}}
    text = json.dumps(collection)
    path.write_text(text, "utf-8")
    assert saved_and_read_again(path, tmp_path) == 1
    deep: object = {}
    for _ in range(80):
        deep = [deep]
    path.write_text(json.dumps({**collection, "ex:deep": deep}), "utf-8")
    assert "at $.ex:deep: nested more than 64" in refused(path)


@pytest.mark.parametrize("depth", [200, 500, 900, 960, 990, 5000])
def test_any_nesting_is_refused_or_saved_never_a_crash(tmp_path, depth):
    """Python's JSON reader and writer recurse: near its limit a file read fine and then broke
    the save with a RecursionError. Either it is refused with one line, or it saves."""
    path = tmp_path / "deep.json"
    path.write_text(json.dumps(ANNOTATION)[:-1] + ', "ex:deep": ' + "[" * depth + "1"
                    + "]" * depth + "}", "utf-8")
    try:
        count = saved_and_read_again(path, tmp_path)
    except AnnotationFileError as error:
        assert "deep" in str(error)
    else:
        assert count == 1


@pytest.mark.parametrize(("name", "content", "said"), [
    ("notes.ann", "T1\tPLACE 70 81\tAin al-Asad\nT2\tPERSON 0 5\tZarif\n"
                  "#1\tAnnotatorNotes T1\tbase\n",
     "a brat standoff file, a format Parallax does not read"),
    ("notes.tsv", "#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Claim|value\n\n\n#Text=Iran\n"
                  "1-1\t0-4\tIran\t_\n", "a WebAnno / INCEpTION TSV file, a format Parallax"),
    ("doccano.jsonl", '{"id": 1, "text": "Iran fired 22 missiles", "entities": '
                      '[{"start_offset": 11, "end_offset": 22, "label": "FIG"}]}\n',
     "(it is a Doccano record (a text with labelled spans), a format Parallax does not read)"),
    ("label-studio.json", '[{"id": 3, "data": {"text": "Iran fired"}, "annotations": '
                          '[{"result": []}]}]',
     "(it is a Label Studio task, a format Parallax does not read)"),
])
def test_other_tools_formats_are_named_not_called_corrupt(tmp_path, name, content, said):
    """An interop tester's report: a brat `.ann` file and a WebAnno TSV file were "not valid
    JSON ... (the file may be truncated or corrupt)", Doccano and Label Studio exports "not an
    annotation": neither corrupt nor invalid, just formats Parallax does not read."""
    path = tmp_path / name
    path.write_text(content, "utf-8")
    message = refused(path)
    assert said in message and "corrupt" not in message


TWICE = ("the key \"exact\" is given twice, \"22 missiles\" and \"Erbil\": which one is "
         "meant cannot be told (JSON keys must differ within an object); correct the file")


def _with(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


def test_an_annotation_giving_a_key_twice_with_two_values_is_refused_naming_it(tmp_path):
    """`"exact": "22 missiles", "exact": "Erbil"` was imported on "Erbil", the last one, with
    no word (tester T13): readers differ on which they keep, so the annotation is refused, the
    key, both values and where named. The same value twice says one thing and is read."""
    text = _with(json.dumps(ANNOTATION), '"exact": "22 missiles struck two bases"',
                 '"exact": "22 missiles", "exact": "Erbil"')
    path = tmp_path / "twice.json"
    path.write_text(text, "utf-8")
    assert refused(path) == f"{path}: invalid annotation file at $.target.selector: {TWICE}"
    path.write_text(json.dumps(ANNOTATION).replace('"type": "Annotation"',
                                                   '"type": "Annotation", "type": "Annotation"'),
                    "utf-8")
    assert [a.id for a in load_collection(path).annotations] == ["http://example.org/a1"]


def _numbered(number: int) -> str:
    return json.dumps({**ANNOTATION, "id": f"http://example.org/a{number}"})


def test_a_key_given_twice_refuses_only_its_annotation(tmp_path):
    """One annotation of an array, a JSON Lines line, giving a key twice is left out, named, and
    the others read (review of 3c09c24: it refused the whole file, even for a key Parallax never
    reads, against the rule that only the bad annotations are refused)."""
    generator = _with(_numbered(3), '"type": "Annotation"',
                      '"type": "Annotation", "generator": {"name": "x", "name": "y"}')
    path = tmp_path / "array.json"
    path.write_text(f"[{_numbered(1)}, {_numbered(2)}, {generator}]", "utf-8")
    parsed = load_collection(path)
    assert [a.id for a in parsed.annotations] == ["http://example.org/a1", "http://example.org/a2"]
    assert parsed.problems == (
        'the annotation at $[2].generator: the key "name" is given twice, "x" and "y": which '
        "one is meant cannot be told (JSON keys must differ within an object); correct the file",)
    lines = tmp_path / "twice.jsonl"
    repeated_id = _with(_numbered(2), '"id": "http://example.org/a2"',
                        '"id": "http://example.org/a2", "id": "http://example.org/a9"')
    lines.write_text("\n".join((_numbered(1), repeated_id, _numbered(3))) + "\n", "utf-8")
    parsed = load_collection(lines)
    assert [a.id for a in parsed.annotations] == ["http://example.org/a1", "http://example.org/a3"]
    assert parsed.problems == (
        'line 2: the key "id" is given twice at $, "http://example.org/a2" and '
        '"http://example.org/a9": which one is meant cannot be told (JSON keys must differ '
        "within an object); correct the file",)


def test_a_key_given_twice_is_seen_under_a_context_s_aliases(tmp_path):
    """A file whose context names keys its own way is read as a copy with the keys renamed:
    the annotation giving a key twice is refused all the same."""
    aliased = {**ANNOTATION, "@context": [ANNOTATION["@context"], {"quote": "oa:exact"}]}
    second = _with(_numbered(2), '"id": "http://example.org/a2"',
                   '"id": "http://example.org/a2", "id": "http://example.org/a9"')
    path = tmp_path / "aliased.json"
    path.write_text(f"[{json.dumps(aliased)}, {second}]".replace(
        '"exact"', '"quote"'), "utf-8")
    parsed = load_collection(path)
    assert [a.id for a in parsed.annotations] == ["http://example.org/a1"]
    assert parsed.problems[0].startswith('the annotation at $[1]: the key "id" is given twice')


def test_a_key_given_twice_in_the_collection_s_own_keys_refuses_the_file(tmp_path):
    """Its own keys say which annotations the file holds and are written back: which of two
    was meant decides the whole file."""
    path = tmp_path / "collection.json"
    path.write_text(json.dumps({"type": "AnnotationCollection", "label": "a", "first": {
        "type": "AnnotationPage", "items": [ANNOTATION]}}).replace(
            '"label": "a"', '"label": "a", "label": "b"'), "utf-8")
    assert refused(path) == (
        f'{path}: invalid annotation file at $: the key "label" is given twice, "a" and "b": '
        "which one is meant cannot be told (JSON keys must differ within an object); correct "
        "the file")


def test_a_key_given_twice_in_a_page_beside_the_collection_refuses_that_page(tmp_path):
    """A page file the collection names (`"first": "page1.json"`) giving its own key twice was
    read silently on the last value, its other annotations gone (review of 0cc27df: only the
    collection's own file was looked into); it is the page's problem, named, as a page that
    cannot be read is, and the collection's own annotations still load. A repeat inside one of
    its annotations refuses that annotation alone, as in the collection's file."""
    items = ", ".join(_numbered(n) for n in (1, 2))
    (tmp_path / "page1.json").write_text(
        f'{{"type": "AnnotationPage", "items": [{items}], "items": [{_numbered(3)}]}}', "utf-8")
    collection = tmp_path / "c.json"
    collection.write_text(json.dumps({"type": "AnnotationCollection", "first": "page1.json",
                                      "items": [json.loads(_numbered(4))]}), "utf-8")
    parsed = load_collection(collection)
    assert [a.id for a in parsed.annotations] == ["http://example.org/a4"]
    (problem,) = parsed.problems
    assert problem.startswith("page page1.json is a file beside it that cannot be read: ")
    assert 'the key "items" is given twice' in problem
    generator = _with(_numbered(2), '"type": "Annotation"',
                      '"type": "Annotation", "generator": {"name": "x", "name": "y"}')
    (tmp_path / "page1.json").write_text(
        f'{{"type": "AnnotationPage", "items": [{_numbered(1)}, {generator}]}}', "utf-8")
    parsed = load_collection(collection)
    assert [a.id for a in parsed.annotations] == ["http://example.org/a1",
                                                  "http://example.org/a4"]
    (problem,) = parsed.problems
    assert 'the key "name" is given twice' in problem and "page1.json" in problem


@pytest.mark.parametrize(("first", "last"), [("1", "true"), ("0", "false"), ("1", "1.0"),
                                             ('{"a": 1}', '{"a": true}')])
def test_two_values_of_different_types_are_two_values(tmp_path, first, last):
    """`1` and `true` are not one value, though Python finds them equal (review of 3c09c24)."""
    path = tmp_path / "typed.json"
    path.write_text(_with(json.dumps(ANNOTATION), '"type": "Annotation"',
                          f'"type": "Annotation", "rank": {first}, "rank": {last}'), "utf-8")
    assert 'the key "rank" is given twice' in refused(path)
    path.write_text(_with(json.dumps(ANNOTATION), '"type": "Annotation"',
                          '"type": "Annotation", "rank": {"a": 1, "b": 2}, '
                          '"rank": {"b": 2, "a": 1}'), "utf-8")
    assert len(load_collection(path).annotations) == 1


@pytest.mark.parametrize("indent", [None, 2])
def test_text_after_the_json_is_said_as_such(tmp_path, indent):
    """A `.json` file with words after its JSON said "not valid JSON Lines at line 2, column
    1" (tester T14a), or, written over several lines, "not valid JSON ...: Extra data"."""
    path = tmp_path / "notes.json"
    body = json.dumps(ANNOTATION, indent=indent)
    path.write_text(body + "\nsaved from the browser, 8 Jan\n", "utf-8")
    line = body.count("\n") + 2
    assert refused(path) == (
        f"{path}: text after the JSON at line {line}, column 1 (\u201csaved from the browser, 8 "
        "Jan\u201d): an annotation file holds one JSON value and nothing else")
    path.write_text(body + "\n" + body + "\n", "utf-8")
    if indent is not None:  # (on one line each, two objects are JSON Lines, and read)
        assert refused(path) == (
            f"{path}: a second JSON value at line {line}, column 1, after the first: an "
            "annotation file holds one (or one object a line, as JSON Lines)")


def test_a_repeat_deep_in_lists_is_found_without_running_out_of_stack(monkeypatch):
    """Looking for a repeated key went down nested lists by recursion, outside the guard that
    turns JSON nested too deeply into a reason (review of 0cc27df): with a JSON reader that
    accepts deeper nesting than Python's recursion limit (Python 3.12's C one), a JSON Lines
    line of lists thousands deep ended in RecursionError. Built here directly, as a reader of
    any version may hand it over."""
    marked = RepeatedKeys({"a": 2})
    marked.repeat = ("", "a", 1, 2)
    deep: object = marked
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(FormatError) as caught:
        repeated_key_at(deep, "$")
    assert caught.value.where == "$" + "[0]" * 5000
    real_loads = json_input._loads
    monkeypatch.setattr(json_input, "_loads",
                        lambda line: deep if line == "[0]" else real_loads(line))
    lines = json_input.json_value(b'{"id": "a"}\n[0]\n{"id": "b"}\n')
    assert lines == [{"id": "a"}, {"id": "b"}]
    (problem,) = lines.problems
    assert problem.startswith('line 2: the key "a" is given twice at $[0][0]')
