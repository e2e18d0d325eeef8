"""Counts of people in Chinese, Japanese and Korean: "造成86人遇难", "3人が死亡", "사망자는 179명".

The English reader (`extraction`) finds a number followed by a counted noun; these languages
count with a classifier instead (人, 名, 位; 人; 명), and the outcome comes after it ("86人遇难",
"2명이 숨졌다") or as a noun before the number ("死亡人数升至118人", "死者は3人", "사망자 179명").
Only counts of people are read -- the tolls that outlets disagree on -- and only where the
classifier follows the number, so that dates, times, magnitudes and distances ("12月18日",
"6.2级", "10公里") are never counts. Numbers are read whole by `cjk_numerals` (digits, full-width
too, Chinese numerals and their scales: "1万2000人", "一万二千人", "廿二人"), vague ones ("数百人")
an order of magnitude; the qualifier is read on both sides ("至少", "100多人", "10人以上", "10여
명"); the source from "据…报道", "…によると", "…에 따르면". No Qt; offsets are code points into
the paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from viewer.figures.cjk_numerals import (
    NUMERAL,
    NUMERAL_CHARACTERS,
    RANGE_MARK,
    read_numeral,
    read_range,
)
from viewer.figures.things import Thing
from viewer.figures.values import Kind, Value
from viewer.normalize import simplified_han
from viewer.unspaced_scripts import EAST_ASIAN_CHARACTER

_KOREAN_WORDS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
                 "아홉": 9, "열": 10}
_VAGUE = {"数十": "dozens", "數十": "dozens", "几十": "dozens", "幾十": "dozens",
          "수십": "dozens", "数百": "hundreds", "數百": "hundreds", "几百": "hundreds",
          "幾百": "hundreds", "上百": "hundreds", "수백": "hundreds", "数千": "thousands",
          "數千": "thousands", "几千": "thousands", "上千": "thousands", "수천": "thousands"}
_VAGUE_RANGES = {"dozens": (24.0, 99.0), "hundreds": (200.0, 999.0),
                 "thousands": (2000.0, 9999.0)}

_NUMBER = (
    f"(?P<vague>{'|'.join(_VAGUE)})"
    # (a number read whole, "1万2000", "一万二千", "廿二": `cjk_numerals`; "100多万人" is more
    # than a million)
    # (a range's ends, "10至12人", "3～5万人", "10人至12人": `cjk_numerals.read_range`)
    f"|(?:(?P<low>{NUMERAL})(?:[人名位]|\\s?명)?{RANGE_MARK})?"
    f"(?P<numeral>{NUMERAL})(?:(?P<more_scale>[多余餘])(?P<scale>[万萬亿億만억]))?"
    f"|(?P<korean>{'|'.join(sorted(_KOREAN_WORDS, key=len, reverse=True))})(?= ?명)"
)
_PEOPLE = re.compile(
    r"(?:(?P<before>至少|最少|起码|起碼|超过|超過|多于|多於|逾|约有|約有|大约|大約|约|約|将近|將近|接近|近|"
    r"不到|不足|少于|少於|最多|至多|少なくとも|およそ|최소|적어도|약)\s?)?"
    f"(?:{_NUMBER})"
    r"\s?(?P<more>多|余|餘|여)?\s?"
    r"(?:个|個)?(?P<classifier>人(?![次民口均工士造為为间間生物類类])|名(?![字单單义義])|位(?![置于於])"
    r"|명(?![단의예]))"
    r"(?P<after>以上|余り|あまり|余|超|近く|弱|未満|以下|이상|이하|가량|정도|안팎)?"
)
_BEFORE_QUALIFIERS: dict[str, Kind] = {
    "至少": "at_least", "最少": "at_least", "起码": "at_least", "起碼": "at_least",
    "少なくとも": "at_least", "최소": "at_least", "적어도": "at_least",
    "超过": "more_than", "超過": "more_than", "多于": "more_than", "多於": "more_than",
    "逾": "more_than", "约有": "approx", "約有": "approx", "大约": "approx", "大約": "approx",
    "约": "approx", "約": "approx", "将近": "approx", "將近": "approx", "接近": "approx",
    "近": "approx", "およそ": "approx", "약": "approx", "不到": "less_than", "不足": "less_than",
    "少于": "less_than", "少於": "less_than", "最多": "at_most", "至多": "at_most",
}
_AFTER_QUALIFIERS: dict[str, Kind] = {
    "以上": "at_least", "이상": "at_least", "余り": "more_than", "あまり": "more_than",
    "余": "more_than", "超": "more_than", "近く": "approx", "弱": "approx", "가량": "approx",
    "정도": "approx", "안팎": "approx", "未満": "less_than", "以下": "at_most", "이하": "at_most",
}

_OUTCOME_WORDS = {
    "killed": "死亡 遇难 遇難 罹难 罹難 身亡 丧生 喪生 丧命 喪命 死去 殒命 殞命 亡くな 死者 犠牲 "
              "사망 숨지 숨졌 숨진 목숨",
    # (injured seriously and lightly, "轻重伤", "重軽傷", "중경상", is all the injured)
    "injured": "受伤 受傷 负伤 負傷 けが 怪我 부상 다쳐 다쳤 다친 "
               "轻重伤 輕重傷 重轻伤 重輕傷 重軽傷 軽重傷 중경상 경중상",
    # (a degree is a quantity of its own, as in the other languages: `outcomes.SERIOUSLY`)
    "injured (seriously)": "重傷 重伤 重体 중상",
    "injured (lightly)": "軽傷 轻伤 輕傷 경상",
    "harmed": "伤亡 傷亡 死伤 死傷 사상",
    "missing": "失踪 失联 失聯 下落不明 行方不明 安否不明 行方 실종 연락두절",
    "rescued": "获救 獲救 救出 生还 生還 구조",
    "evacuated": "撤离 撤離 疏散 转移安置 轉移安置 避難 避难 대피",
    "arrested": "逮捕 拘留 被捕 刑拘 체포 검거",
}
_OUTCOMES = sorted(((word, outcome) for outcome, words in _OUTCOME_WORDS.items()
                    for word in words.split()), key=lambda pair: -len(pair[0]))
_OUTCOME_OF = dict(_OUTCOMES)
_OUTCOME_WORD = "|".join(word for word, _outcome in _OUTCOMES)
_OUTCOME_AFTER = re.compile(
    # (a short noun may stand between the classifier and the outcome, "3名工人受伤", but no
    # outcome word starts in it: the "轻" of "12人轻重伤" is no noun before "重伤")
    f"(?:(?:(?!{_OUTCOME_WORD})[\u4e00-\u9fff]){{1,4}}?"
    f"(?=(?:不幸|当场|當場|被|均)?(?:{_OUTCOME_WORD})))?"
    r"(?:已|已经|已經|不幸|当场|當場|被|均|全部|が|は|も|の|이|가|은|는|도|\s)*"
    f"(?P<word>{_OUTCOME_WORD})")
_TOLL_NOUNS = {
    "killed": "死亡人数 死亡人數 遇难人数 遇難人數 罹难人数 罹難人數 "
              "死亡者 遇难者 遇難者 罹难者 罹難者 死者 사망자 희생자",
    "injured": "受伤人数 受傷人數 伤者 傷者 负伤者 負傷者 けが人 부상자",
    "harmed": "伤亡人数 傷亡人數 死傷者 사상자",
    "missing": "失踪人数 失踪人數 失联人数 失聯人數 失踪者 行方不明者 안부불명자 실종자",
}
_TOLL_BEFORE = re.compile(
    "(?P<noun>" + "|".join(sorted((noun for nouns in _TOLL_NOUNS.values()
                                   for noun in nouns.split()), key=len, reverse=True))
    + r")[^，,、。．！？!?；;\n]{0,10}$")
_TOLL_OUTCOME = {noun: outcome for outcome, nouns in _TOLL_NOUNS.items()
                 for noun in nouns.split()}
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_SOURCE = re.compile(
    r"据(?P<zh>[^，,。、\s]{2,16}?)(?:消息|报道|報導|报导|通报|通報|统计|統計|介绍|介紹|发布|發布|称|稱)"
    r"|(?P<ja>[^、。\s「」]{2,16}?)によると"
    r"|(?P<ko>[^\s,.]{2,16}?)\s?에\s?따르면")

PEOPLE = Thing("people", "people")


@dataclass(frozen=True)
class Count:
    """A count of people in a paragraph: `paragraph[start:end]` is its words."""

    start: int
    end: int
    value: Value
    outcome: str | None
    source: str | None
    place: str | None = None
    """The province, prefecture or city the count is given for ("造成甘肃105人", "甘粛省で113人",
    "칭하이성에서 11명"), without its suffix and written simplified ("甘肅" is "甘肃"); None for
    a total."""


def is_east_asian(paragraph: str) -> bool:
    """Whether the paragraph is written in Chinese, Japanese or Korean (any such character)."""
    return EAST_ASIAN_CHARACTER.search(paragraph) is not None


def people_counts(paragraph: str) -> list[Count]:
    """Every count of people in the paragraph whose outcome is told, in text order."""
    counts: list[Count] = []
    for sentence_start, sentence_end, found in _sentence_matches(paragraph):
        counts += _sentence_counts(paragraph, sentence_start, sentence_end, found)
    return counts


def _sentence_matches(paragraph: str) -> list[tuple[int, int, list[re.Match[str]]]]:
    """The matches of a count, grouped by sentence."""
    sentences: list[tuple[int, int, list[re.Match[str]]]] = []
    # (each sentence end found once: a long paragraph of many counts stays linear)
    ends = [found.start() for found in _SENTENCE_END.finditer(paragraph)]
    for match in _PEOPLE.finditer(paragraph):
        if _inside_a_larger_number(paragraph, match):
            continue
        start, end = _sentence(paragraph, ends, match.start(), match.end())
        if sentences and sentences[-1][:2] == (start, end):
            sentences[-1][2].append(match)
        else:
            sentences.append((start, end, [match]))
    return sentences


def _sentence_counts(paragraph: str, sentence_start: int, sentence_end: int,
                     matches: list[re.Match[str]]) -> list[Count]:
    """The counts of one sentence. A count takes its place from the one before it in the
    sentence ("甘肃105人遇难，186人受伤") unless a total is marked between them ("计", "另有",
    "합하면"); a count without an outcome takes the outcome of a total after it ("甘粛省で113人、
    青海省で13人の計126人が死亡")."""
    source = _source(paragraph[sentence_start:sentence_end])
    counts: list[Count] = []
    waiting: list[Count] = []  # counts without an outcome yet
    for match in matches:
        number = _number(match)
        if number is None:
            continue
        after = _outcome_after(paragraph, match.end(), sentence_end)
        if after is not None and _describes_people(paragraph, sentence_start, match.start(),
                                                   after[1]):
            continue
        outcome = after[0] if after else _toll_before(paragraph, sentence_start, match.start())
        previous = counts[-1] if counts else (waiting[-1] if waiting else None)
        total_between = previous is not None \
            and _TOTAL.search(paragraph, previous.end, match.start()) is not None
        place = _place(paragraph, sentence_start, match.start())
        if place is None and previous is not None and previous.place and not total_between:
            listed = _LISTED_PLACE.search(paragraph, previous.end, match.start())
            place = listed["name"] if listed else previous.place
        start = match.start("before") + len(match.group("before")) \
            if match.group("before") and _in_a_word(paragraph, match.start("before")) \
            else match.start()
        count = Count(start, match.end(), _value(number, match, paragraph), outcome,
                      source, simplified_han(place) if place else None)
        if outcome is None:
            waiting.append(count)
            continue
        if total_between:
            counts += [replace(early, outcome=outcome) for early in waiting if early.place]
        waiting = []
        counts.append(count)
    # (a count whose outcome is not told is left out: who the people are is told in words
    # this reader does not know -- "1440名消防救援人员", "数千人赶赴灾区" count rescuers)
    return sorted(counts, key=lambda count: count.start)


_TOTAL = re.compile(r"计|計|共|另|合わせて|合計|총|모두|합하면|합쳐")


def _inside_a_larger_number(paragraph: str, match: re.Match[str]) -> bool:
    """A digit or Chinese numeral glued before the match ("第3人", "12.5" read from "2.5"):
    the match is the tail of something else; and an ordinal ("第三名": third place)."""
    if match.start() == 0:
        return False
    before = paragraph[match.start() - 1]
    return before.isdigit() or before in NUMERAL_CHARACTERS or before in "第.．"


def _number(match: re.Match[str]) -> tuple[float, float | None, str | None] | None:
    """(value, high end, magnitude) of the match's number; None for one not read whole, or with
    decimals and no scale (a measure: people are counted whole, "1.2万人" is 12,000)."""
    if match.group("vague"):
        magnitude = _VAGUE[match.group("vague")]
        low, high = _VAGUE_RANGES[magnitude]
        return low, high, magnitude
    if match.group("low"):
        ends = read_range(match.group("low"), match.group("numeral"))
        if ends is None or match.group("more_scale"):
            return None
        return ends[0].value, ends[1].value, None
    if match.group("numeral"):
        numeral = read_numeral(match.group("numeral"))
        if numeral is None:
            return None
        value = numeral.value * (_MORE_SCALES[match.group("scale")] if match.group("scale") else 1)
        return (value, None, None) if value == int(value) else None
    return float(_KOREAN_WORDS[match.group("korean")]), None, None


_MORE_SCALES = {"万": 1e4, "萬": 1e4, "만": 1e4, "亿": 1e8, "億": 1e8, "억": 1e8}


def _value(number: tuple[float, float | None, str | None], match: re.Match[str],
           paragraph: str) -> Value:
    value, high, magnitude = number
    if high is not None:
        return Value("range", value, high, magnitude)
    kind: Kind | None = None
    if match.group("after"):
        kind = _AFTER_QUALIFIERS[match.group("after")]
    elif match.group("more") or match.group("more_scale"):
        kind = "more_than"  # "100多人", "80余人", "10여 명"
    elif match.group("before") and not _in_a_word(paragraph, match.start("before")):
        kind = _BEFORE_QUALIFIERS[match.group("before")]
    return Value(kind or "exact", value)


def _in_a_word(paragraph: str, start: int) -> bool:
    """Whether the qualifier at `start` ends a word: "最近" (recently), "附近" (nearby), "纽约"
    (New York) are no "近" or "约"."""
    return paragraph[start - 1 : start] in _WORDS_ENDING_IN_A_QUALIFIER


_WORDS_ENDING_IN_A_QUALIFIER = frozenset("最附纽紐邻鄰节節条條")


def _sentence(paragraph: str, ends: list[int], start: int, end: int) -> tuple[int, int]:
    """The sentence holding `paragraph[start:end]`, given where the paragraph's sentences end
    (the offsets of their end marks, in order)."""
    before = bisect_left(ends, start)
    opening = ends[before - 1] + 1 if before else 0
    after = bisect_left(ends, end)
    return opening, ends[after] if after < len(ends) else len(paragraph)


def _outcome_after(paragraph: str, end: int, sentence_end: int) -> tuple[str, int] | None:
    """The outcome written right after the classifier ("86人遇难", "3人が死亡", "2명이 숨지고"),
    and where its word ends."""
    found = _OUTCOME_AFTER.match(paragraph, end, min(sentence_end, end + 12))
    return (_OUTCOME_OF[found.group("word")], found.end()) if found else None


_KIN = ("母亲|母親|父亲|父親|父母|妈妈|媽媽|爸爸|家属|家屬|亲属|親屬|家人|亲人|親人|亲友|親友|遗属|"
        "遺屬|遗孀|遺孀|家长|家長|孩子|子女|儿子|兒子|女儿|女兒|妻子|丈夫|爷爷|爺爺|奶奶|祖父|祖母|"
        "兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|女友|男友|同学|同學")
_PERSON = "女孩|男孩|女子|男子|女生|男生|孩子|儿童|兒童|少年|少女|老人|妇女|婦女"
_DESCRIBED = re.compile(
    # (the phrase's head, right after the outcome, is a person or their kin: "遇难者的母亲",
    # "遇难者家属", "遇难女孩的母亲", "遇难的女孩母亲", "遇难的女孩". Its body ("遇难者的遗体",
    # "的身份"), the event ("死亡的交通事故", "的矿难") or the next phrase ("死亡成为今年的焦点")
    # are not people: the count is the toll)
    f"者?(?:的?(?:{_PERSON})?的?(?:{_KIN})|的(?:{_PERSON}))")
_CAUSE = re.compile(r"(?:造成|导致|導致|致使)|致$")
"""The verbs that make a toll's clause name its cause; a single 致 only right before the count
("致3人遇难"): 令 and 致 sit inside other words ("令人同情", "司令", "一致")."""
_CLAUSE_END = re.compile(r"[，,；;：:]")


def _describes_people(paragraph: str, sentence_start: int, start: int, outcome_end: int) -> bool:
    """Whether the count and its outcome describe people rather than tell a toll: a classifier
    phrase modifying a person or their kin, "记者联系到一位不幸遇难的女孩母亲" (the mother of a
    girl who died), "一名遇难者的母亲", "3位遇难者家属" -- the people singled out, or their kin,
    not how many died. A toll may modify a noun too, and then the noun is no person ("3人死亡的
    交通事故", "3名遇难者的遗体") or its clause names the cause ("致3人死亡的男子被捕", the man
    who killed three): those are kept."""
    if not _DESCRIBED.match(paragraph, outcome_end):
        return False
    clause_start = sentence_start
    for mark in _CLAUSE_END.finditer(paragraph, sentence_start, start):
        clause_start = mark.end()
    return _CAUSE.search(paragraph, clause_start, start) is None


def _toll_before(paragraph: str, sentence_start: int, start: int) -> str | None:
    """The toll a noun before the number names ("死亡人数升至118人", "사망자는 179명")."""
    found = _TOLL_BEFORE.search(paragraph, max(sentence_start, start - 16), start)
    return _TOLL_OUTCOME[found.group("noun")] if found else None


_PLACE_SUFFIX = "省市县縣州区區県府道성시현군"
_PLACE_BEFORE = re.compile(
    r"(?:造成|导致|導致|致使|已致|致)(?P<zh>[\u4e00-\u9fff]{2,12}?)$"
    r"|(?P<ja>[\u4e00-\u9fff\u30a0-\u30ff]{1,7}[省県市州都府町村区国])でも?$"
    r"|(?P<ko>[가-힣]{2,8})에서(?:도|는|만)?\s?$")


def _place(paragraph: str, sentence_start: int, start: int) -> str | None:
    """The place a count is given for, named right before it in its clause."""
    clause_start = max(sentence_start, start - 20)
    for mark in _CLAUSE_MARK.finditer(paragraph, clause_start, start):
        clause_start = mark.end()
    found = _PLACE_BEFORE.search(paragraph, clause_start, start)
    if found is None:
        return None
    name = found.group("zh") or found.group("ja") or found.group("ko")
    if _JOINED.search(paragraph, clause_start, found.start()):
        return None  # "간쑤성과 인근 칭하이성에서": both provinces' total
    if name.startswith("同"):  # "同省で": the province named before
        suffix = re.escape(name[1:2])
        earlier = re.findall(f"([\\u4e00-\\u9fff]{{2}}){suffix}", paragraph[: found.start()])
        return earlier[-1] if earlier else None
    for position, character in enumerate(name):
        if character in _PLACE_SUFFIX and position >= 2:
            return name[:position]  # "青海省海东市" is Qinghai's, "甘粛省" Gansu's
    if name in _NO_PLACE or (found.group("zh") and len(name) > 4):
        return None  # "造成当地8人死亡", "共造成灾区群众": no place's name
    if _POSITION.search(name):
        return None  # "造成车内3人身亡": in the car, a position by a thing, no place's name
    return name


_POSITION = re.compile(
    # (a locative only after a thing: "台中", "晋中" are cities, "车内", "楼上", "井下" positions)
    "[车車楼樓船舱艙厢廂房屋室家井矿礦厂廠馆館店院校机機场場站桥橋路道水海火山洞坑窑窯墙牆宅舍"
    "箱轿轎铺鋪库庫区區园園寺庙廟堂境]"
    "[内內里裏中上下外旁边邊]$|(?:附近|一带|一帶|周边|周邊)$")
_JOINED = re.compile(r"과\s|와\s|및|和|与|與|及|と|や")
_LISTED_PLACE = re.compile(r"[、，,]\s?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:省|市|县|縣|州)?\s?$")
_CLAUSE_MARK = re.compile(r"[，,、：:]")
_NO_PLACE = frozenset([
    "当地", "當地", "全省", "全市", "全县", "全縣", "灾区", "災區", "现场", "現場", "地震", "事故",
    "火災", "지진",
])


def _source(sentence: str) -> str | None:
    found = _SOURCE.search(sentence)
    if found is None:
        return None
    return found.group("zh") or found.group("ja") or found.group("ko")
