"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and were
fixed in loading: UTF-16 without a byte-order mark, a file in two encodings (a code page, then
Shift-JIS and GBK, with UTF-8). Real files on disk, loaded as `parallax align` and the window
load them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .loading_helpers import BODY, only_article, only_problem, write

ACCENTED = "Le préfet a ajouté que les réparations étaient terminées à Zürich.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_loads(tmp_path: Path, encoding: str) -> None:
    # Windows tools and some exports write UTF-16 with no BOM; it was refused as binary
    # ("binary data, not text").
    text = "title: Sixteen\n\n" + BODY + ACCENTED + "東京で2人が「大丈夫」と話した。\n"
    article = only_article(write(tmp_path, "sixteen.txt", text.encode(encoding)))
    assert article.text == text
    assert article.title == "Sixteen"


EAST_ASIAN = (
    "国务院今天表示，一切正常。22枚导弹被发射，无人受伤。\n",  # "一" is U+4E00: a zero byte
    "市長は一日、橋が再開すると述べた。修理は三か月かかった。\n",
    "경찰은 이날 오전 10시 30분쯤 차량을 발견했다. ☎ 02-1234-5678 ▲ 사진 ⓒ 연합뉴스\n",
    # (review: a company mark, a unit, the yen, a Han character beyond the first plane, a zero
    # width space and an emoji's variation selector refused the whole file)
    "㈱一二三は本日、売上￥100億円と発表した。㎡当たり𠮷\u200b❤\ufe0f\n",
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("body", EAST_ASIAN)
def test_east_asian_utf16_without_a_byte_order_mark_loads(tmp_path: Path, encoding: str,
                                                          body: str) -> None:
    # Tester (session 52): refused as binary. Some Han and Hangul characters have a zero byte
    # of their own ("一" U+4E00, "ᄀ" ...), so zero bytes fall on both sides, as in binary data.
    text = "title: 一\n\n" + body * 3
    assert only_article(write(tmp_path, "east.txt", text.encode(encoding))).text == text


def test_binary_data_read_as_east_asian_characters_is_still_refused(tmp_path: Path) -> None:
    # Zero bytes on both sides, and as UTF-16 every unit a Han or Hangul character: but never
    # a sentence mark or a line break, as binary data is not punctuated.
    raw = bytes([0x00, 0x4E, 0xAC, 0x00, 0x34, 0x56, 0x78, 0x9A] * 64)
    assert "binary data" in only_problem(write(tmp_path, "data.txt", raw)).reason
    # ... and characters from all over Unicode: private use, symbols, scripts nobody mixes.
    raw = bytes(range(256)) * 8
    assert "binary data" in only_problem(write(tmp_path, "bytes.txt", raw)).reason


def test_binary_data_with_zero_bytes_on_one_side_is_still_refused(tmp_path: Path) -> None:
    # Zero bytes only at odd positions, but decoded it is control characters, not text.
    raw = bytes([1, 0, 2, 0, 3, 0, 65, 0]) * 64
    assert "binary data" in only_problem(write(tmp_path, "data.txt", raw)).reason
    # Zero bytes on both sides: binary.
    raw = BODY.encode("utf-16-le") + b"\x00"
    assert "binary data" in only_problem(write(tmp_path, "odd.txt", raw + b"\x00\x00")).reason


def test_a_file_in_two_encodings_is_read_line_by_line(tmp_path: Path) -> None:
    # UTF-8 paragraphs pasted into a Windows-1252 file (or the reverse): read whole as UTF-8
    # the cp1252 letters were U+FFFD, read whole as cp1252 the UTF-8 ones were "Ã©".
    utf8 = "Le maire a déclaré que le pont « rouvrira » vendredi.\n"
    raw = ("title: Mixed\n\n" + utf8).encode() + ACCENTED.encode("cp1252") + utf8.encode()
    article = only_article(write(tmp_path, "mixed.txt", raw))
    assert article.text == "title: Mixed\n\n" + utf8 + ACCENTED + utf8


def test_mostly_utf8_with_few_broken_lines_keeps_their_letters(tmp_path: Path) -> None:
    utf8 = "“Zürich” — the city’s café reopened.\n" * 20
    raw = utf8.encode() + "Ça coûte très cher.\n".encode("cp1252") + utf8.encode()
    article = only_article(write(tmp_path, "mostly.txt", raw))
    assert article.text == utf8 + "Ça coûte très cher.\n" + utf8


def test_a_whole_legacy_file_is_decoded_as_before(tmp_path: Path) -> None:
    # No line is UTF-8 with letters beyond ASCII: the whole file decides, as before.
    chinese = "市长说，修理完成后，这座桥将于星期五重新开放。\n说\n" * 3  # "说": valid UTF-8
    for name, text, encoding in (("fr.txt", ACCENTED * 3, "cp1252"), ("zh.txt", chinese, "gbk")):
        assert only_article(write(tmp_path, name, text.encode(encoding))).text == text



JAPANESE = "市長は金曜日に橋が再開すると述べた。修理は三か月かかった。\n"
CHINESE = ("市长在星期五的记者会上说，这座桥修好了。\n", "工人们用了三个月完成修理。\n")


def test_utf8_lines_in_a_shift_jis_file_are_read_line_by_line(tmp_path: Path) -> None:
    # Read whole, the Shift-JIS lines became U+FFFD (the file is "mostly UTF-8"). No Shift-JIS
    # character is a UTF-8 character (its lead bytes are 81-9F and E0-FC), so a line that is
    # valid UTF-8 is UTF-8, as in a code page's file.
    raw = ("title: 橋\n\n" + JAPANESE).encode() + JAPANESE.encode("shift_jis") \
        + ACCENTED.encode() + "(れい)\n".encode("shift_jis")
    article = only_article(write(tmp_path, "mixed.txt", raw))
    # "(れい)" is the bytes 28 82 EA 82 A2 29, "mostly UTF-8" by chance (EA 82 A2 is "ꂢ"):
    # Shift-JIS reads it, so it is Shift-JIS.
    assert article.text == "title: 橋\n\n" + JAPANESE + JAPANESE + ACCENTED + "(れい)\n"


def test_utf8_lines_gbk_cannot_read_are_read_as_utf8_in_a_gbk_file(tmp_path: Path) -> None:
    # Read whole, both halves were garbled (the detector, given both, chose cp1252). A GBK
    # character is often a UTF-8 character ("说" alone is "˵"), so only lines GBK cannot read
    # are UTF-8 for certain -- UTF-8 Chinese almost never is GBK -- and the rest is GBK.
    for line in CHINESE:
        with pytest.raises(UnicodeDecodeError):
            line.encode().decode("gbk")
    raw = CHINESE[0].encode() + CHINESE[1].encode("gbk") + "说\n".encode("gbk") \
        + CHINESE[1].encode() + CHINESE[0].encode("gbk")
    article = only_article(write(tmp_path, "mixed.txt", raw))
    assert article.text == CHINESE[0] + CHINESE[1] + "说\n" + CHINESE[1] + CHINESE[0]


def test_utf8_lines_gbk_can_read_are_read_in_gbk_with_the_rest(tmp_path: Path) -> None:
    # Known limit: UTF-8 accented Latin is valid GBK ("é" is "茅"), so in a file mostly GBK such
    # a line is read in GBK, with the rest -- the Chinese at least is right now (the whole file
    # was read as cp1252, garbling both).
    raw = ACCENTED.encode() + CHINESE[0].encode("gbk")
    assert only_article(write(tmp_path, "latin.txt", raw)).text == raw.decode("gbk")


def test_a_gbk_line_in_a_file_mostly_utf8_keeps_the_utf8_and_reads_the_gbk(tmp_path: Path) -> None:
    # Mostly UTF-8: its lines stay UTF-8, as before, and the one GBK line is read in GBK (it
    # was U+FFFD).
    raw = (ACCENTED * 6).encode() + CHINESE[0].encode("gbk") + ACCENTED.encode()
    article = only_article(write(tmp_path, "mostly.txt", raw))
    assert article.text == ACCENTED * 6 + CHINESE[0] + ACCENTED


def test_a_long_title_the_file_gives_is_kept_whole(tmp_path: Path) -> None:
    # Tester (session 53): a 130-character headline given as `title:` came out cut at 100
    # with "…" in the list, the CSV, the HTML report and the Hypothesis export's page title.
    headline = ("Humza Yousaf announced his intention to resign and step down as Scotland's "
                "first minister after the collapse of the power-sharing deal")
    assert len(headline) > 100
    text = f"title: {headline}\n\n" + BODY
    assert only_article(write(tmp_path, "given.txt", text.encode())).title == headline
    # (a first line taken for a title, no title given, is still a headline's length)
    inferred = only_article(write(tmp_path, "first.txt", (headline + " " + headline + "\n\n"
                                                           + BODY).encode())).title
    assert len(inferred) <= 101 and inferred.endswith("…")
