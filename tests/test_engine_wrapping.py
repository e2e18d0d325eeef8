"""Hard-wrapped text: wraps become spaces, paragraph breaks stay, other text is untouched."""

from __future__ import annotations

import re
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.wrapping import unwrapped

PROSE = ("The army said its units had pushed back the attack near the river and that the "
         "enemy lost many vehicles, while officials promised an inquiry into the shelling of "
         "the town hall and the market on Sunday morning. ")


def test_a_wrapped_text_keeps_only_its_paragraph_breaks() -> None:
    first = textwrap.fill(PROSE * 3, 70)
    second = textwrap.fill(PROSE * 2, 70)
    text = f"{first}\n\n{second}"
    flowed = unwrapped(text)
    assert len(flowed) == len(text)
    assert flowed.split("\n\n") == [" ".join(first.split("\n")), " ".join(second.split("\n"))]


def test_an_indented_line_starts_a_paragraph() -> None:
    first = textwrap.fill(PROSE * 3, 66)
    second = textwrap.fill(PROSE * 2, 66, initial_indent="    ")
    flowed = unwrapped(f"{first}\n{second}")
    assert flowed.count("\n") == 1
    assert flowed.index("\n") == len(first)


def test_news_text_with_one_paragraph_a_line_is_untouched() -> None:
    text = "\n".join([PROSE * 2, "Headline", PROSE, "", PROSE * 3, "Short line."])
    assert unwrapped(text) == text


def test_a_short_line_keeps_its_break() -> None:
    body = textwrap.fill(PROSE * 3, 72)
    text = f"Breaking news\n{body}\nEnd.\n{body}"
    flowed = unwrapped(text)
    assert flowed.startswith("Breaking news\n")
    assert "End.\n" in flowed  # (the break before it follows a filled line: a wrap)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\t“"), max_size=400))
def test_only_line_breaks_change_into_spaces(text: str) -> None:
    flowed = unwrapped(text)
    assert len(flowed) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, flowed, strict=True))


WORDS = ["missiles", "struck", "the", "base", "near", "Erbil", "overnight", "and", "officials",
         "said", "damage", "was", "limited", "to", "hangars"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=80, max_size=160), min_size=1,
                max_size=4),
       st.integers(60, 100))
def test_wrapped_paragraphs_come_back_whole_and_stay_so(paragraphs: list[list[str]],
                                                        width: int) -> None:
    """Paragraphs of six lines or more (fewer tell too little about a width)."""
    wrapped = "\n\n".join(textwrap.fill(" ".join(words), width) for words in paragraphs)
    flowed = unwrapped(wrapped)
    assert flowed == "\n\n".join(" ".join(textwrap.wrap(" ".join(words), width))
                                  for words in paragraphs)
    assert unwrapped(flowed) == flowed


def test_two_hard_wrapped_articles_share_one_whole_passage() -> None:
    from viewer.corpus import Article
    from viewer.engine import find_shared_passages

    shared = ("Rescue teams reached the flooded villages north of the dam on Thursday and "
              "evacuated more than four hundred residents by boat, while engineers inspected "
              "the cracked spillway that had released water overnight across farmland and "
              "the main road to the provincial capital, officials in the region confirmed.")
    first = textwrap.fill("Our correspondent reports from the valley. " + shared
                          + " Schools will stay closed until Monday.", 68)
    second = textwrap.fill("Local radio carried the first accounts early on. " + shared
                           + " Power lines are still down in three districts.", 74)
    (passage,) = find_shared_passages([Article("a", first, "a"), Article("b", second, "b")])\
        .passages
    assert [len(o.text.split()) for o in passage.occurrences] == [len(shared.split())] * 2


def test_a_bullet_list_and_a_live_blog_keep_their_lines() -> None:
    bullets = "\n".join([
        "- Iran fired more than a dozen ballistic missiles at two bases in Iraq",
        "- The Pentagon says it is assessing the damage at the Ain al-Asad base",
        "- Iraqi military says twenty-two missiles hit and no Iraqis were hurt",
        "- Airlines said they would reroute flights away from the whole region",
        "- Oil prices jumped more than four percent in early Asian trading today",
    ])
    blog = "\n".join([
        "10:02 Iran fired more than a dozen missiles at two bases in Iraq tonight.",
        "10:15 The Pentagon says it is assessing the damage at Ain al-Asad now.",
        "10:31 Iraqi military says 22 missiles hit, with no Iraqi casualties.",
        "10:40 Oil prices jump more than 4% in early Asian trading hours today.",
        "10:52 Trump tweets: All is well! A statement will follow tomorrow.",
    ])
    assert unwrapped(bullets) == bullets
    assert unwrapped(blog) == blog


def test_a_web_page_wrapped_in_one_paragraph_only_has_that_paragraph_rejoined() -> None:
    """A page of one-paragraph lines whose lead was pasted hard-wrapped: its breaks inside a
    sentence (a prose line ending in a word or a comma, the next going on in lower case) are
    wraps; a break after a full stop, before a capital, after a short line or before a blank
    line is kept."""
    lead = ("A powerful storm with winds of 150 kilometres an hour struck\n"
            "the northern coast of Varrow before dawn, flattening the harbour wall,\n"
            "injuring dozens and cutting power to the whole town, officials said.\n")
    rest = ("The death toll has risen to twelve, most of them in the old town, police said, and "
            "rescue teams from four provinces are still searching the harbour for the missing.\n"
            "Short title line\nand a lower-case line after it.\n"
            "A long line of prose that goes on and on, well past fifty characters, about the "
            "storm and the town and the sea wall that the council never rebuilt after the last "
            "one.\nand this line is another paragraph after a full stop, as a page may have it "
            "when its editor wrote the first word in lower case for some reason of style.\n")
    flowed = unwrapped(lead + rest)
    assert flowed.startswith(lead.replace("\n", " ", 2))
    assert flowed.endswith(rest)


def _mid_sentence_wraps_line_by_line(text: str) -> str:
    """The rule of `_mid_sentence` (module docstring), written plainly line by line."""
    out = list(text)
    at = text.find("\n")
    while at >= 0:
        line = text[text.rfind("\n", 0, at) + 1:at].rstrip(" \t")
        following = text[at + 1:at + 41].lstrip(" \t")
        if (len(line) >= 50 and (line[-1].isalnum() or line[-1] == ",")
                and following[:1].islower()):
            out[at] = " "
        at = text.find("\n", at + 1)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="aZéÉß9,._ \t!-", max_size=70),
                          st.sampled_from(["\n", "\n\n", " \n", "\t\n  "])), max_size=12))
def test_mid_sentence_wraps_are_the_plain_line_by_line_rule(lines: list[tuple[str, str]]) -> None:
    from viewer.wrapping import _mid_sentence

    text = "".join(line + end for line, end in lines)
    assert _mid_sentence(text) == _mid_sentence_wraps_line_by_line(text)


# Sentences of a Chinese report (a newcomer's real article, Xinhua's earthquake bulletin).
CHINESE = ["记者从甘肃省抗震救灾指挥部获悉，地震致甘肃遇难人数升至一百零五人。",
           "震源深度十公里，共记录到余震三十二次，最大余震震级四点零级。",
           "地震造成部分乡村道路塌方受阻、部分区域停电、部分村电话线路故障。",
           "当地已在乡镇卫生院设立救治点，轻伤人员就地就近治疗。",
           "经相关部门连夜抢修，目前道路、电力、通信等救援生命通道已基本修复。"]


def test_chinese_paragraphs_one_a_line_are_untouched() -> None:
    """A newcomer's Chinese article, one paragraph of 50-100 characters a line, was shown as
    one run-on paragraph: its lines were counted as 28-45 columns wide, a wrapped text's width,
    though each Chinese character takes two."""
    text = "\n".join(a + b for a, b in zip(CHINESE, CHINESE[1:] + CHINESE[:1], strict=True))
    assert unwrapped(text) == text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(CHINESE), min_size=8, max_size=10), min_size=1,
                max_size=3),
       st.integers(25, 40))
def test_hard_wrapped_chinese_comes_back_whole_without_spaces(paragraphs: list[list[str]],
                                                               characters: int) -> None:
    """Chinese wrapped as a PDF's text is (a line every so many characters, anywhere in a
    word) comes back as its paragraphs, the wraps zero-width: the script has no spaces. (A
    line that happens to end on a sentence's end keeps its break: a paragraph may end there.)"""
    joined = ["".join(sentences) for sentences in paragraphs]
    wrapped = "\n\n".join("\n".join(p[at:at + characters] for at in range(0, len(p), characters))
                          for p in joined)
    flowed = unwrapped(wrapped)
    assert len(flowed) == len(wrapped)
    assert re.sub("(?<=。)\n(?!\n)", "", flowed.replace("\u200b", "")) == "\n\n".join(joined)


def test_wrapped_korean_keeps_a_space_between_its_words() -> None:
    words = ["정부는", "피해", "지역에", "구조대를", "보냈다고", "밝혔다", "주민들은", "대피소로",
             "이동했으며", "도로는", "통제되고", "있다"] * 12
    wrapped = textwrap.fill(" ".join(words), 40)  # 40 characters, about 70 columns
    assert unwrapped(wrapped) == " ".join(textwrap.wrap(" ".join(words), 40))
