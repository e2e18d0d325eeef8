"""Two events' coverage in one folder (`viewer.engine.event_bridges`, and the idiom rule of
`viewer.engine.evidence.weak_short_matches`): a wire service's stock sentence that both events'
stories print, or an idiom two speakers' quotations share, links nothing between them; one
event's outlets that share a sentence are linked by it. Small hand-made texts."""

from __future__ import annotations

import numpy as np
import pytest

from viewer.engine import find_shared_passages
from viewer.engine.clause_extent import same_opening
from viewer.engine.event_names import common_phrase, name_nothing_alike
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, passage_documents, token_range

STOCK = "The National Transportation Safety Board sent investigators to the scene."
TRAIN = ("Amtrak's Silver Star slammed into a parked CSX freight train near Cayce, South "
         "Carolina, early on Sunday, killing the engineer and the conductor and injuring more "
         "than a hundred people aboard")
BRIDGE = ("A pedestrian bridge at Florida International University collapsed onto Tamiami "
          "Trail in Sweetwater, Miami-Dade County, on Thursday afternoon, crushing eight "
          "vehicles stopped at a traffic light below it")


def _groups(texts: list[str]) -> list[list[str]]:
    return passage_documents(*texts)


def _two_events_sharing_the_stock_sentence(after_d1: str = "") -> list[str]:
    """d0, d1 reprint the train story, d2, d3 the bridge story; d1 (ending with `after_d1`)
    and d2 both print the wire service's stock sentence."""
    return [
        f"{filler('a')}. {TRAIN}. {filler('b')}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\n{filler('d')}{after_d1}.",
        f"{filler('e')}. {BRIDGE}.\n\n{STOCK}\n\n{filler('f')}.",
        f"{filler('g')}. {BRIDGE}. {filler('h')}.",
    ]


def _lone_outlet(carrier: str, lone: str) -> list[str]:
    """d0 reprints the train story, d1 too, its sentence `carrier`, then the wire service's stock
    sentence; d2, sharing nothing else, `lone` and the stock sentence."""
    return [
        f"{filler('a')}. {TRAIN}. {filler('b')}.",
        f"{filler('c')}. {carrier}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}. {lone}.\n\n{STOCK}\n\n{filler('f')}.",
    ]


def test_a_stock_wire_sentence_links_no_two_events() -> None:
    """Two passages, one per event."""
    texts = _two_events_sharing_the_stock_sentence()
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


def test_a_sentence_of_documents_naming_too_little_to_tell_still_links() -> None:
    """Two stories that name nothing (a few capitalised words at most): no telling their
    events apart, so the sentence they share links them."""
    texts = [
        f"{filler('a')}. {TRAIN.lower()}. {filler('b')}.",
        f"{filler('c')}. {TRAIN.lower()}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}. {BRIDGE.lower()}.\n\n{STOCK}\n\n{filler('f')}.",
        f"{filler('g')}. {BRIDGE.lower()}. {filler('h')}.",
    ]
    assert ["d1", "d2"] in _groups(texts)


def test_a_sentence_an_outlet_shares_with_nobody_else_still_links() -> None:
    """d2 shares the sentence with d1 and nothing else with anyone: one event's outlet
    printing one sentence of the wire story; linked."""
    texts = [
        f"{filler('a')}. {TRAIN}. {filler('b')}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{STOCK}\n\n{filler('f')}.",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d1", "d2"]]


def test_a_lone_outlet_naming_other_things_only_is_not_linked_by_a_stock_sentence() -> None:
    """d2 shares the sentence with d1 and nothing else, but tells of another event: of the
    names both give, not one is the same (a company's "Inc" names no company)."""
    texts = _lone_outlet(f"{TRAIN}, the Amtrak Inc spokesman said",
                         f"{BRIDGE}, said Munilla Construction Inc")
    assert sorted(_groups(texts)) == [["d0", "d1"]]


def test_a_lone_outlet_naming_one_thing_the_other_names_is_linked() -> None:
    """The same, but d2's own story names the train's town: one event's outlet."""
    texts = _lone_outlet(TRAIN, "Florida Power crews and Georgia Rail staff reached Cayce "
                                "overnight, Duke Energy said")
    assert ["d1", "d2"] in _groups(texts)


def test_the_sentence_of_two_groups_that_share_a_statement_still_links() -> None:
    """Two groups of one event (two wire stories) that also share a quotation: one event, so
    the unquoted sentence d1 and d2 share is linked."""
    quoted = ("“We will find out what happened on that track and we will tell the families "
              "everything we learn,” the governor said")
    texts = [
        f"{filler('a')}. {TRAIN}.\n\n{filler('b')}.\n\n{quoted}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}. {BRIDGE}.\n\n{STOCK}\n\n{filler('f')}.",
        f"{filler('g')}. {BRIDGE}.\n\n{filler('h')}.\n\n{quoted}.",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d0", "d3"], ["d1", "d2"], ["d2", "d3"]]


def test_a_stock_sentence_every_reprint_carries_links_no_two_events() -> None:
    """The stock sentence is part of each wire story, so every reprint prints it: two
    documents on each side share it, and the two events still stay apart."""
    texts = [
        f"{filler('a')}. {TRAIN}. {STOCK} {filler('b')}.",
        f"{filler('c')}. {TRAIN}. {STOCK} {filler('d')}.",
        f"{filler('e')}. {BRIDGE}. {STOCK} {filler('f')}.",
        f"{filler('g')}. {BRIDGE}. {STOCK} {filler('h')}.",
    ]
    groups = _groups(texts)
    assert all(set(g) <= {"d0", "d1"} or set(g) <= {"d2", "d3"} for g in groups), groups


def test_a_quoted_idiom_elsewhere_joins_no_two_events_for_the_stock_sentence() -> None:
    """One reprint of each event also quotes a speaker saying "at the end of the day": a
    short quoted match, which is no evidence between them, does not make the two groups one."""
    texts = [
        f"{filler('a')}. {TRAIN}.\n\n“We know there is going to be a negative outcome at the "
        f"end of the day,” the chief said. {filler('b')}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}. {BRIDGE}.\n\n{STOCK}\n\n{filler('f')}.",
        f"{filler('g')}. {BRIDGE}.\n\n“At the end of the day, my useful life is probably "
        f"over,” he told the judge. {filler('h')}.",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


LOCAL = ("Emergency crews from three counties worked through the night outside Cayce, South "
         "Carolina, to pull passengers from the overturned coaches of the Amtrak Silver Star "
         "bound for Miami after it ran onto a siding where a CSX freight train stood")
SHERIFF = "Sheriff Leon Lott said the engineer, Michael Cella of Savannah, died at the scene."


def test_a_sentence_of_one_events_two_stories_still_links() -> None:
    """One crash, two stories of it reprinted apart (the wire's: d0, d1; a local paper's: d2,
    d3); d1 adds the local paper's sentence naming the dead engineer. The documents name the
    same place, train and railways (Cayce, South Carolina, Amtrak, Silver Star, CSX): one
    event, linked."""

    texts = [
        f"{filler('a')}. {TRAIN}. {filler('b')}.",
        f"{filler('c')}. {TRAIN}.\n\n{SHERIFF}\n\n{filler('d')}.",
        f"{filler('e')}. {LOCAL}.\n\n{SHERIFF}\n\n{filler('f')}.",
        f"{filler('g')}. {LOCAL}. {filler('h')}.",
    ]
    assert ["d1", "d2"] in _groups(texts)


def test_an_idiom_two_quotations_share_in_their_own_clauses_links_nothing() -> None:
    """Two events' speakers, each quotation going on in its own words around the idiom; the
    documents share nothing else."""
    texts = [
        f"{filler('a')}. “We know there is going to be a negative outcome at the end of the "
        f"day,” the chief said. {filler('b')}.",
        f"{filler('c')}. “At the end of the day, my useful life is probably over,” he told "
        f"the judge. {filler('d')}.",
    ]
    assert _groups(texts) == []


def test_a_quoted_clause_both_outlets_quote_whole_still_links() -> None:
    """The same six words, a clause of its own in both quotations: one speaker's words."""
    texts = [
        f"{filler('a')}. “At the end of the day, my useful life is probably over,” he said. "
        f"{filler('b')}.",
        f"{filler('c')}. “At the end of the day,” he told the judge, “it haunts me.” "
        f"{filler('d')}.",
    ]
    assert _groups(texts) == [["d0", "d1"]]


def test_a_quotation_cut_short_and_one_with_a_lead_in_still_link() -> None:
    """Two outlets' own copies of one press conference, sharing nothing longer: one quotes the
    governor's sentence and goes on, the other puts a clause before it; both start a clause
    there, one is a whole clause: one sentence quoted at two lengths."""
    texts = [
        f"{filler('a')}. “We are going to take care of our people and rebuild every home,” "
        f"the governor said. {filler('b')}.",
        f"{filler('c')}. “After this storm, we are going to take care of our people,” the "
        f"governor said. {filler('d')}.",
    ]
    assert _groups(texts) == [["d0", "d1"]]


def test_two_translations_opening_a_quotation_alike_still_link() -> None:
    """Two outlets' own translations of one post, sharing nothing longer: the quotations open
    with the same nine words after a word each writes otherwise ("Dies" / "Das"), and go on
    each its own way in mid-clause: one sentence, quoted by both."""
    texts = [
        f"{filler('a')}. «Dies ist eine ungeheuerliche Tat, die einmal mehr die Brutalität von "
        f"Lurimus Krieg in Varrow zeigt», schrieb der Minister. {filler('b')}.",
        f"{filler('c')}. „Das ist eine ungeheuerliche Tat, die einmal mehr die Brutalität des "
        f"lurimischen Krieges in Varrow demonstriert“, schrieb der Minister. {filler('d')}.",
    ]
    assert _groups(texts) == [["d0", "d1"]]


def test_two_quotations_opening_alike_and_parting_link_nothing() -> None:
    """The same opening, but the second quotation goes on with nothing in common with the first
    (another speaker turning the words round): no one sentence."""
    texts = [
        f"{filler('a')}. «Dies ist eine ungeheuerliche Tat, die einmal mehr die Brutalität von "
        f"Lurimus Krieg in Varrow zeigt», schrieb der Minister. {filler('b')}.",
        f"{filler('c')}. „Das ist eine ungeheuerliche Tat, die einmal mehr die Brutalität, so "
        f"sagen manche, beweisen soll“, spottete die Opposition. {filler('d')}.",
    ]
    assert _groups(texts) == []


def test_a_phrase_a_story_quotes_alone_inside_the_statement_still_links() -> None:
    """A story quotes a phrase of a statement that another outlet prints in its sentence
    ('called it "a dark day for our country"' / '"This is a dark day for our country"'): two
    words of its own, a fragment."""
    texts = [
        f"{filler('a')}. The mayor called the flood “a dark day for our country” on Friday. "
        f"{filler('b')}.",
        f"{filler('c')}. “This is a dark day for our country, and we will rebuild,” the mayor "
        f"said. {filler('d')}.",
    ]
    assert _groups(texts) == [["d0", "d1"]]


def test_one_name_of_several_words_counts_once() -> None:
    """Both events are the safety board's, and both stories quote its chair in their own
    sentences: "NTSB Chair Jennifer Homendy" is one name, not four shared names."""
    chair = "NTSB Chair Jennifer Homendy"
    texts = [
        f"{filler('a')}. {TRAIN}. {filler('b')}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\nThe crew had been on duty for nine hours, "
        f"{chair} told reporters. {filler('d')}.",
        f"{filler('e')}. {BRIDGE}.\n\n{STOCK}\n\nInvestigators will look at the design first, "
        f"{chair} said at the campus. {filler('f')}.",
        f"{filler('g')}. {BRIDGE}. {filler('h')}.",
    ]
    assert _groups(texts) == [["d0", "d1"], ["d2", "d3"]]


def test_one_speakers_sentence_each_outlet_cuts_its_own_way_still_links() -> None:
    """One mayor's sentence, one outlet quoting it after a clause of its own, the other from
    its start with another last word ('cracking badly' / 'cracking everywhere'): no whole
    clause on both sides, but both quotations name the same speaker."""
    texts = [
        f"{filler('a')}.\n\nMayor Maria Lopez said: \"We cannot wait any longer because the old "
        f"levee north of town is cracking badly.\"\n\n{filler('b')}.",
        f"{filler('c')}.\n\nMayor Maria Lopez said: “The old levee north of town is cracking "
        f"everywhere. Leave now!”\n\n{filler('d')}.",
    ]
    assert _groups(texts) == [["d0", "d1"]]


def test_two_speakers_sentences_cut_alike_stay_apart() -> None:
    """The same words in two people's quotations, each going on in its own words: two
    speakers named, nothing linked."""
    texts = [
        f"{filler('a')}.\n\nMayor Maria Lopez said: \"We cannot wait any longer because the old "
        f"levee north of town is cracking badly.\"\n\n{filler('b')}.",
        f"{filler('c')}.\n\nEngineer Tom Baker said: “The old levee north of town is cracking "
        f"everywhere. Leave now!”\n\n{filler('d')}.",
    ]
    assert _groups(texts) == []


def test_words_of_condolence_two_events_quote_link_nothing() -> None:
    """A university 'shocked and saddened' by a bridge collapse, a founder 'shocked and
    saddened' by his board: the words of every condolence link no two events."""
    texts = [
        f"{filler('a')}. “We are shocked and saddened about the tragic events unfolding at "
        f"the pedestrian bridge,” the university said. {filler('b')}.",
        f"{filler('c')}. He said he was “shocked and saddened” by what the board had done. "
        f"{filler('d')}.",
    ]
    assert _groups(texts) == []


def test_two_short_reports_naming_a_third_of_the_same_names_still_link() -> None:
    """Two short reports of one resignation, each also reprinted apart, share a sentence;
    they name few things, three of them the same (Jacinda Ardern, Neve, Clarke): one event."""
    wire = ("Jacinda Ardern announced her resignation in Napier on Thursday, telling Labour "
            "members at the caucus retreat that she would step down by February")
    local = ("The prime minister told reporters at the Hawke's Bay conference centre that her "
             "daughter Neve and her partner Clarke Gayford had backed the decision")
    shared = "She said there was no secret scandal behind her resignation."
    texts = [
        f"{filler('a')}. {wire}. {filler('b')}.",
        f"{filler('c')}. {wire}.\n\n{shared}\n\nAsked about Neve and Clarke, Jacinda Ardern "
        f"smiled. {filler('d')}.",
        f"{filler('e')}. {local}.\n\n{shared}\n\nJacinda Ardern thanked Neve and Clarke "
        f"again. {filler('f')}.",
        f"{filler('g')}. {local}. {filler('h')}.",
    ]
    assert ["d1", "d2"] in _groups(texts)


RESIGNATION = ("I have decided to leave the Senate in the coming weeks because serving the people "
               "of Minnesota and Duluth was the honor of my life, and stepping down is the right "
               "thing to do now")


def _idiom_corpus(own_words: str) -> list[str]:
    """Two events' coverage, two outlets each (linked by long matches): the senator's speech,
    the treadmill recall; a third recall story quotes the chief executive's five words."""
    recall = ("Peloton recalled its Tread treadmills in Ohio on Wednesday after a child died and "
              "the Consumer Product Safety Commission warned owners across Texas and Florida")
    return [
        f"{filler('a')}. Senator Al Franken said in Washington: “{RESIGNATION}.” {filler('b')}.",
        f"{filler('c')}. Franken told the Senate in Washington: “{RESIGNATION}.” {filler('d')}.",
        f"{filler('e')}. {recall}. Chief executive John Foley said recalling it was “the right "
        f"thing to do” for members. {own_words} {filler('f')}.",
        f"{filler('g')}. {recall}. Shares of Peloton fell in New York. {filler('h')}.",
    ]


def test_an_idiom_a_story_of_another_event_quotes_links_nothing() -> None:
    """d2 quotes "the right thing to do" of Foley, which the senator's speech holds too; the
    recall's documents and the speech's name nothing alike: two events, nothing linked."""
    groups = _groups(_idiom_corpus("Analysts in Chicago expect more returns."))
    assert sorted(groups) == [["d0", "d1"], ["d2", "d3"]]


def test_a_phrase_quoted_by_an_outlet_naming_the_same_things_still_links() -> None:
    """The same, but the quoting story also writes of Franken and Minnesota: the documents name
    things alike, the quotation links."""
    groups = _groups(_idiom_corpus("Senator Al Franken of Minnesota and Duluth voters watched."))
    assert any({"d0", "d2"} <= set(group) for group in groups)


BRIDGE_ZH = ("新华社临江4月12日电 4月12日15时20分许,临江市北郊一座在建大桥发生坍塌,"
             "造成17人被困、5人受伤,当地已调集300余名救援人员赶赴现场全力搜救。")
FLOOD_ZH = ("新华社青河8月3日电 8月3日凌晨2时许,青河县遭遇特大暴雨引发山洪,"
            "26人失联、9人受伤,县里已转移群众4000余人并连夜组织力量抢险。")
FORMULA_ZH = "中共中央总书记、国家主席、中央军委主席立即作出重要指示,要求全力以赴开展救援"


def test_an_agency_formula_two_events_share_in_chinese_links_nothing() -> None:
    """Two events' agency copy, two outlets each, both carrying the same formula about the
    instruction given: Chinese has no capitals to name things by, but the two events' numbers
    with their words ("4月", "17人" / "8月", "26人") have nothing alike: nothing linked."""
    texts = [
        f"{BRIDGE_ZH}\n\n事故发生后,{FORMULA_ZH}。",
        f"{BRIDGE_ZH}\n\n桥梁专家正在分析原因。",
        f"{FLOOD_ZH}\n\n灾情发生后,{FORMULA_ZH}。",
        f"{FLOOD_ZH}\n\n气象部门发布红色预警。",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


def test_two_stories_of_one_chinese_event_sharing_its_figures_still_link() -> None:
    """The same formula between the bridge's agency copy and another story of the bridge that
    gives its date and toll ("4月12日", "17人"): one event, linked."""
    other = ("本报讯 4月12日下午,临江市北郊在建大桥坍塌,现场17人被困,救援仍在进行。"
             "记者在现场看到,多台大型机械正在作业,周边道路已经封闭,市民绕行。")
    texts = [
        f"{BRIDGE_ZH}\n\n事故发生后,{FORMULA_ZH}。",
        f"{BRIDGE_ZH}\n\n桥梁专家正在分析原因。",
        f"{other}\n\n事故发生后,{FORMULA_ZH}。",
        f"{other}\n\n交通部门提醒市民注意出行。",
    ]
    assert any({"d0", "d2"} <= set(group) for group in _groups(texts))


def test_a_lone_surrogate_in_an_article_is_read_as_any_other_character() -> None:
    """Pasted text may hold half a surrogate pair; telling a script with capitals encodes the
    text and raised on it, stopping the whole alignment."""
    texts = _two_events_sharing_the_stock_sentence(" \ud83d")
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


RU_WIRE = ("Утром в субботу на автомобильной части Крымского моста со стороны Таманского "
           "полуострова взорвался грузовик, загорелись цистерны поезда, шедшего в Крым, и "
           "обрушились два пролёта, сообщил Национальный антитеррористический комитет Путину")
RU_LOCAL = ("Как рассказал Аксёнов, после взрыва на Крымском мосту движение поездов из Тамани "
            "в Крым было прервано до вечера, Путин поручил создать комиссию, а паромы в "
            "Керчи работают в обычном режиме")
RU_SENTENCE = "Движение по автомобильной и железнодорожной частям моста пока ограничено."


def test_one_events_stories_naming_the_same_things_in_other_cases_still_link() -> None:
    """The same in Russian, which inflects names: d1 says "Крымского моста", "Крым", "Путину",
    d2 "Крымском мосту", "Крым", "Путин". Their first letters tell the same bridge and
    president ("Таманского" and "Тамани" differ by more than an ending); the sentence they share
    links them."""
    texts = [
        f"{filler('a')}. {RU_WIRE}. {filler('b')}.",
        f"{filler('c')}. {RU_WIRE}.\n\n{RU_SENTENCE}\n\n{filler('d')}.",
        f"{filler('e')}. {RU_LOCAL}.\n\n{RU_SENTENCE}\n\n{filler('f')}.",
        f"{filler('g')}. {RU_LOCAL}. {filler('h')}.",
    ]
    assert ["d1", "d2"] in _groups(texts)


def test_names_alike_in_their_first_letters_only_are_two_things() -> None:
    """"Commission" and "Committee" share five letters, but each goes on with more than an
    ending: a consumer-safety commission's story and a senate committee's are two events."""
    texts = _lone_outlet(f"{TRAIN}, the Amtrak Commission said",
                         f"{BRIDGE}, said Munilla Committee")
    assert sorted(_groups(texts)) == [["d0", "d1"]]


def test_in_english_names_alike_in_their_first_letters_are_two_things() -> None:
    """A lone outlet of another event naming "Caroline" where the other names "Carolina": in a
    language whose names keep one form, two names (as "Georgia" and "George" are)."""
    texts = _lone_outlet(f"{TRAIN}, the Amtrak Inc spokesman said",
                         f"{BRIDGE}, said Caroline Munilla of Munilla Construction Inc")
    assert sorted(_groups(texts)) == [["d0", "d1"]]


def test_a_name_with_its_possessive_is_the_name() -> None:
    """A lone outlet naming "CSX’s yard" names the railway the other names "CSX": one event's
    outlet, linked (names are compared as the words are normalised)."""
    texts = _lone_outlet(TRAIN, "Florida Power crews and Georgia Rail staff reached the CSX’s "
                                "yard overnight, Duke Energy said")
    assert ["d1", "d2"] in _groups(texts)


RU_SPEECH = ("Мы сделаем всё, чтобы восстановить движение по мосту как можно скорее, и все "
             "виновные будут наказаны по закону")
RU_FLOOD = ("В Оренбургской области прорвало дамбу в Орске, власти Оренбурга эвакуировали "
            "жителей, а губернатор Паслер ввёл режим чрезвычайной ситуации")


def test_a_quoted_phrase_between_russian_groups_naming_one_thing_inflected_links() -> None:
    """Two groups linked apart by long matches; a quoted phrase ("как можно скорее") between
    d0 (or d1) and d2. d2's story names "Крымского моста" and "Аксёнова", d0 and d1 "Крымском
    мосту" and "Аксёнов": one bridge and one man in other cases, so the phrase links them."""
    texts = [
        f"{filler('a')}. Глава Крыма Аксёнов на Крымском мосту в Керчи сказал Путину: "
        f"«{RU_SPEECH}». {filler('b')}.",
        f"{filler('c')}. Глава Крыма Аксёнов заявил на Крымском мосту в Керчи, и Путину "
        f"доложили: «{RU_SPEECH}». {filler('d')}.",
        f"{filler('e')}. {RU_FLOOD}. По словам Аксёнова, ремонт Крымского моста идёт «как можно "
        f"скорее». {filler('f')}.",
        f"{filler('g')}. {RU_FLOOD}. Синоптики ждут дождей. {filler('h')}.",
    ]
    assert any({"d0", "d2"} <= set(group) or {"d1", "d2"} <= set(group)
               for group in _groups(texts))


def test_a_condolence_formula_two_events_quote_links_nothing() -> None:
    """"Vicino alle famiglie", the minister's words on two accidents: a word of feeling and the
    commonest of nouns, one condolence formula (the documents name the same minister, so names
    alone would not tell the events apart)."""
    crash = ("Un treno ha investito cinque operai al lavoro sui binari a Brandizzo nella notte, "
             "la procura di Ivrea ha aperto un fascicolo per omicidio colposo")
    bus = ("Un autobus è precipitato da un cavalcavia a Mestre ed ha preso fuoco, i vigili del "
           "fuoco hanno recuperato ventuno corpi nel corso della notte")
    texts = [
        f"{filler('a')}. {crash}. Il ministro Salvini: «Vicino alle famiglie». {filler('b')}.",
        f"{filler('c')}. {crash}. Rfi e Sigifer collaborano. {filler('d')}.",
        f"{filler('e')}. {bus}. Salvini ha scritto: «Sono vicino alle famiglie delle vittime». "
        f"{filler('f')}.",
        f"{filler('g')}. {bus}. Il sindaco Brugnaro ha parlato di apocalisse. {filler('h')}.",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


def test_a_condolence_quoted_alike_by_one_events_outlets_still_links() -> None:
    """Two outlets of one explosion, sharing its story, both quote "thoughts are with the
    families": the formula is no evidence between events, but here the two share more."""
    story = ("A gas explosion destroyed a block of flats in Lurimu overnight, killing four people "
             "and injuring eleven, the regional fire service said on Sunday morning")
    texts = [
        f"{filler('a')}. {story}. The mayor said her “thoughts are with the families”. "
        f"{filler('b')}.",
        f"{filler('c')}. {story}. “Thoughts are with the families,” the mayor wrote. "
        f"{filler('d')}.",
    ]
    passages = find_shared_passages(articles(*texts)).passages
    assert any("families" in o.text for p in passages for o in p.occurrences)


def _two_lone_reports(own_words: str) -> list[str]:
    """Two documents that share nothing long with anyone, one about an earthquake in Turkey, one
    about an earthquake in Japan; each quotes "race against time"."""
    return [
        f"{filler('a')}. “It is now a race against time,” said World Health Organization chief "
        f"Tedros Adhanom Ghebreyesus in Geneva, as teams searched Antakya and Gaziantep. "
        f"{filler('b')}.",
        f"{filler('c')}. Prime Minister Fumio Kishida said in Tokyo it would be a “race against "
        f"time” to reach Wajima and Suzu on the Noto peninsula. {own_words} {filler('d')}.",
    ]


def test_an_idiom_two_documents_linked_to_no_other_quote_links_nothing() -> None:
    """Neither document is linked to any other by long matches: nothing but the idiom joins
    them, and they name nothing alike (two events)."""
    assert _groups(_two_lone_reports("Ishikawa officials counted the damage.")) == []


def test_a_phrase_two_documents_linked_to_no_other_quote_links_naming_the_same_things() -> None:
    """The same, but the second also writes of Tedros, Antakya and Gaziantep: one event."""
    assert _groups(_two_lone_reports(
        "Tedros Adhanom Ghebreyesus spoke of Antakya and Gaziantep too.")) == [["d0", "d1"]]


def _three_events_saying(phrase: str, *, one_event: bool = False, unnamed: bool = False,
                         agency: str = "Coast Guard") -> list[str]:
    """Three events' coverage, two outlets each linked by a long match, every document naming
    the Coast Guard (a name alike) and its event's own four places: a fire, a shipwreck and a
    flood, each with a statement holding `phrase`, the third event's outlets quoting it alone;
    with `one_event`, three groups of one event's documents, all naming its places."""
    fire = (f"The prime minister is deeply saddened by the tragic {phrase} in the Varrow Tower "
            "and is being kept constantly updated on the situation")
    wreck = (f"Our hearts are with these five souls and their families and we grieve the {phrase} "
             "and joy they brought to everyone they knew")
    flood = ("Kelso Marine did not provide details when the company announced the "
             f"“{phrase}” in a statement or how officials knew the crew members perished")
    def names(tag: str, *places: str) -> str:
        """The Coast Guard and the event's own places, filler between (no words shared)."""
        return " ".join(f"{filler(tag + str(k), 3)} {name}"
                        for k, name in enumerate((agency, *places)))

    fire_places, wreck_places = ("Kensington", "Lambeth", "Thames", "Notting"), (
        "Halifax", "Newfoundland", "Everett", "Ottawa")
    flood_places = ("Kelso", "Tweed", "Melrose", "Jedburgh")
    if one_event:  # (three agencies' stories of one event: every document names its places)
        fire_places = wreck_places = flood_places
    if unnamed:  # (the Coast Guard alone: too little named to tell events apart)
        fire_places = wreck_places = flood_places = ()
    return [
        f"{filler('a')}. “{fire},” a spokesman said. {names('a', *fire_places)}. {filler('b')}.",
        f"{filler('c')}. “{fire},” the spokesman said. {names('c', *fire_places)}. "
        f"{filler('d')}.",
        f"{filler('e')}. “{wreck},” the company said. {names('e', *wreck_places)}. "
        f"{filler('f')}.",
        f"{filler('g')}. “{wreck},” it said. {names('g', *wreck_places)}. {filler('h')}.",
        f"{filler('i')}. {flood}. {names('i', *flood_places)}. {filler('j')}.",
        f"{filler('k')}. {flood}. {names('k', *flood_places)}. {filler('m')}.",
    ]


@pytest.mark.parametrize("agency", ["Coast Guard", "Kirkwall Coast Guard Station"])
def test_a_phrase_of_news_three_events_quote_links_none_of_them(agency: str) -> None:
    """"loss of life", quoted by the third event's outlets, stands in the other two events'
    statements: a phrase of news, no link between events naming one thing alike (a name of four
    words is one name)."""
    assert _groups(_three_events_saying("loss of life", agency=agency)) == [
        ["d0", "d1"], ["d2", "d3"], ["d4", "d5"]]


def test_a_phrase_that_runs_over_into_the_next_document_stands_in_neither() -> None:
    """Corpus tokens run on from one document into the next: "loss of" ending one and "life"
    opening the next is no "loss of life" in that group."""
    texts = ["we regret the loss of life", "we regret the loss of life",
             "nothing here but loss of", "life goes on here",
             "an earlier loss of", "life and limb"]
    corpus = tokenise(articles(*texts))
    first = int(corpus.offsets[0]) + 3
    assert not common_phrase(corpus, np.array([first]), np.array([first + 3]),
                             np.array([0, 0, 1, 1, 2, 2]))[0]


def test_an_inflecting_languages_name_opening_the_shared_phrase_is_set_aside() -> None:
    """«Крымский мост будет ...» shared by two documents that otherwise name nothing alike but
    "Крымском", a form of the phrase's own first word: nothing alike (the full test's reading,
    not the first pass's)."""
    phrase = "Крымский мост будет полностью восстановлен к лету"
    a = (f"{filler('a', 10)}. «{phrase}», — заявил он журналистам в понедельник. Об этом "
         f"сообщили в городе Симферополе, Ялте, Севастополе, Феодосии и Крымском районе. "
         f"{filler('b', 10)}.")
    b = (f"{filler('c', 10)}. «{phrase}», — сказал он. Жители говорили о Новосибирске, Томске, "
         f"Барнауле, Кемерово и Крымском районе. {filler('d', 10)}.")
    corpus = tokenise(articles(a, b))
    first, end = token_range(corpus, 0, phrase)
    shared = (np.array([first + int(corpus.offsets[0])]), np.array([end + int(corpus.offsets[0])]))
    assert name_nothing_alike(corpus, np.array([0]), np.array([1]), shared)[0]


def _quoted_alone(*, one_event: bool = False) -> list[str]:
    """`_three_events_saying("loss of life")`, the third group's outlets quoting the phrase alone,
    in a sentence of their own, beside a story they share."""
    texts = _three_events_saying("loss of life", one_event=one_event)
    story = ("Rescue crews from Kelso reached the flooded valley on Friday after the river cut "
             "every road into the town")
    places = "The Coast Guard flew over Kelso and Tweed, Melrose and Jedburgh"
    texts[4] = (f"{filler('i')}. {story}. The company spoke of the “loss of life”. "
                f"{filler('j')}. {places}.")
    texts[5] = (f"{filler('k')}. {story}. Its chief regretted the “loss of life”. "
                f"{filler('m')}. {places}.")
    return texts


def test_a_phrase_of_news_quoted_alone_links_none_of_three_events() -> None:
    """A short quoted match between groups, no evidence there."""
    groups = _groups(_quoted_alone())
    assert [g for g in groups if "d4" not in g] == [["d0", "d1"], ["d2", "d3"]]
    assert all(set(g) <= {"d4", "d5"} for g in groups if "d4" in g)


def test_a_phrase_three_groups_of_one_events_documents_quote_still_links() -> None:
    """Three agencies' stories of one event, each reprinted twice, all naming the event's places:
    the phrase links them ("We have to race against time", Kishida's words in every agency's
    copy)."""
    groups = _groups(_three_events_saying("loss of life", one_event=True))
    assert any({"d0", "d4"} <= set(group) for group in groups)


def test_a_phrase_one_events_groups_quote_alone_still_links() -> None:
    """The same, every document naming the one event's places: the quoted phrase links."""
    groups = _groups(_quoted_alone(one_event=True))
    assert any({"d0", "d4"} <= set(group) for group in groups)


def test_a_phrase_between_documents_naming_too_little_to_tell_still_links() -> None:
    """Documents naming one thing each (the Coast Guard) tell no event from another by names:
    the phrase links them, as a short sentence between such documents does."""
    groups = _groups(_three_events_saying("loss of life", unnamed=True))
    assert any({"d0", "d4"} <= set(group) for group in groups)


def test_a_phrase_two_events_quote_links_neither_naming_one_thing_alike() -> None:
    """Two events' coverage only (a shipwreck and a flood), every document naming the Coast
    Guard and its own event's four places: "loss of life", quoted by the flood's outlets, stands
    in two groups, no phrase of news by that count, yet documents naming one thing alike of
    five are two events' ("stand ready to", an aircraft maker's words after a crash and a
    government's after a wildfire, both naming the United States)."""
    assert _groups(_three_events_saying("loss of life")[2:]) == [["d0", "d1"], ["d2", "d3"]]


def test_a_phrase_two_groups_of_one_events_documents_quote_still_links() -> None:
    """The same two groups, every document naming the one event's places: linked."""
    groups = _groups(_three_events_saying("loss of life", one_event=True)[2:])
    assert any({"d0", "d2"} <= set(group) for group in groups)


def _one_speaker_on_two_events(places: tuple[str, str]) -> list[str]:
    """Two events' coverage, two outlets each linked by their story, each group quoting the
    president's condolence on its event; every document names the president and the White
    House, and the places of `places` (its own event's, or the first event's for both)."""
    quake = ("Rescuers pulled survivors from collapsed buildings across the region on Tuesday "
             "as aftershocks shook the border towns and aid convoys waited at the crossings")
    storm = ("Floodwaters cut off mountain towns across the region on Saturday as power crews "
             "worked through the night and shelters filled with families from the valleys")
    def condolence(cause: str) -> str:
        return f"“I am deeply saddened by the loss of life and devastation caused by {cause}”"

    def named(tag: str, own: str) -> str:
        return (f"President Joe Biden spoke at the White House. {filler(tag, 3)} {own}. "
                f"{filler(tag + 'x', 3)}")

    return [
        f"{filler('a')}. {quake}. {condolence('the earthquake')}, he said. "
        f"{named('a', places[0])}. {filler('b')}.",
        f"{filler('c')}. {quake}. {named('c', places[0])}. {filler('d')}.",
        f"{filler('e')}. {storm}. {condolence('Hurricane Helene')}, he wrote. "
        f"{named('e', places[1])}. {filler('f')}.",
        f"{filler('g')}. {storm}. {named('g', places[1])}. {filler('h')}.",
    ]


def test_one_speakers_condolence_on_two_events_links_neither() -> None:
    """The president's condolence formula on an earthquake and on a hurricane: the documents
    name the president and the White House alike, two of the eight things each names: two
    events."""
    texts = _one_speaker_on_two_events(("Gaziantep, Antakya, Adana, Malatya, Osmaniye and Hatay",
                                        "Asheville, Valdosta, Augusta, Macon, Boone and Tampa"))
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


def test_one_speakers_condolence_quoted_by_one_events_two_stories_still_links() -> None:
    """The same, both groups naming the same places: one event's two stories, linked."""
    places = "Gaziantep, Antakya, Adana, Malatya, Osmaniye and Hatay"
    texts = _one_speaker_on_two_events((places, places))
    assert any({"d0", "d2"} <= set(group) for group in _groups(texts))


def test_a_condolence_two_stories_of_one_event_quote_whole_still_links() -> None:
    """A rescue story and an aid story of one earthquake both quote the president's condolence
    whole; each names twelve things, three alike (few, by the short sentence's test): a
    quotation both print whole is a statement, not a formula cut short, and links them."""
    rescue = ("Rescuers pulled survivors from collapsed buildings across the region on Tuesday "
              "as aftershocks shook the border towns and aid convoys waited at the crossings")
    aid = ("Transport planes carrying tents and search teams landed through the night while "
           "officials counted the damage to roads and hospitals in the worst hit provinces")
    condolence = ("“I am deeply saddened by the loss of life and devastation caused by the "
                  "earthquake”")
    shared = ["President Joe Biden", "White House", "Gaziantep"]
    rescue_names = [*shared, "Antakya", "Adana", "Malatya", "Osmaniye", "Hatay",
                    "Kahramanmaras", "Iskenderun", "Elbistan", "Nurdagi"]
    aid_names = [*shared, "Incirlik", "Pentagon", "Blinken", "Ankara", "Brussels",
                 "Stoltenberg", "Congress", "Adelphi", "Ramstein"]

    def named(tag: str, names: list[str]) -> str:
        return " ".join(f"{filler(tag + str(k), 3)} {name}" for k, name in enumerate(names))

    texts = [
        f"{filler('a')}. {rescue}. {condolence}, he said. {named('a', rescue_names)}. "
        f"{filler('b')}.",
        f"{filler('c')}. {rescue}. {named('c', rescue_names)}. {filler('d')}.",
        f"{filler('e')}. {aid}. {condolence}, he wrote. {named('e', aid_names)}. {filler('f')}.",
        f"{filler('g')}. {aid}. {named('g', aid_names)}. {filler('h')}.",
    ]
    assert _groups(texts) == [["d0", "d1", "d2", "d3"]]


GERMAN_OPENING = ("Dies ist eine ungeheuerliche Tat, die einmal mehr die Brutalität von Lurimus "
                  "Krieg in Varrow zeigt")
GERMAN_SAME = ("Das ist eine ungeheuerliche Tat, die einmal mehr die Brutalität des lurimischen "
               "Krieges in Varrow demonstriert")


def _german(first: str, second: str) -> list[str]:
    return [f"{filler('a')}. {first}, schrieb der Minister. {filler('b')}.",
            f"{filler('c')}. {second}, schrieb das Ministerium. {filler('d')}."]


def test_an_opening_alike_is_read_in_the_outermost_quotation() -> None:
    """A quotation nested at the opening ('‘“Dies ist” eine ...’'): the outer one is the
    quotation the match opens, its rest the one read; going on alike ("Varrow"), one sentence,
    going on otherwise, none."""
    nested = "‘“Dies ist” " + GERMAN_OPENING[len("Dies ist "):] + "’"
    assert _groups(_german(nested, f"‘{GERMAN_SAME}’")) == [["d0", "d1"]]
    assert _groups(_german(nested, "‘Das ist eine ungeheuerliche Tat, die einmal mehr die "
                                   "Brutalität, so sagen manche, beweisen soll’")) == []


def test_an_opening_alike_needs_a_word_beyond_stock_vocabulary_going_on() -> None:
    """Two quotations going on with "die" and "für" alike (German function words, English
    false friends) or with "government" alike (stock vocabulary of news: two events' speakers
    promising everything) share no word of the sentence."""
    assert _groups(_german("«Dies ist eine ungeheuerliche Tat, die einmal mehr die Brutalität "
                           "zeigt, die wir seit Jahren kennen»",
                           "„Das ist eine ungeheuerliche Tat, die einmal mehr die Brutalität, "
                           "so sagen manche, für die Opposition beweisen soll“")) == []
    texts = [
        f"{filler('a')}. Floods destroyed four hundred homes in Varrow on Monday. ‘We will do "
        f"everything in our power to rebuild each flooded house before winter comes, and the "
        f"government will pay,’ Mayor Tolen Brask said. {filler('b')}.",
        f"{filler('c')}. A knife attack killed two in Lurimu on Friday. ‘We will do everything "
        f"in our power to catch whoever stabbed those two men, the government says,’ Police "
        f"Chief Ansa Miro said. {filler('d')}.",
    ]
    assert _groups(texts) == []


def test_an_opening_on_one_side_only_is_no_opening_alike() -> None:
    """`same_opening` on ranges of its own: the same words opening both quotations are an
    opening alike; the second outlet's quotation opening with its own words ("Er sagte,"), the
    words open the first quotation only."""
    first = f"«{GERMAN_OPENING}»"
    corpus = tokenise(articles(f"{filler('a')}. {first}. {filler('b')}.",
                               f"{filler('c')}. „{GERMAN_SAME}“. {filler('d')}.",
                               f"{filler('e')}. „Er sagte, das{GERMAN_SAME[3:]}“. "
                               f"{filler('f')}."))
    quotes = (corpus.quote_first, corpus.quote_end)

    def side(document: int, text: str) -> tuple[np.ndarray, np.ndarray]:
        low, high = token_range(corpus, document, text)
        offset = int(corpus.offsets[document])
        return np.array([low + offset]), np.array([high + offset])

    shared = "ist eine ungeheuerliche Tat, die einmal mehr die Brutalität"
    a_first, a_end = side(0, "Dies " + shared)
    b_first, b_end = side(1, "Das " + shared)
    c_first, c_end = side(2, "das " + shared)
    assert same_opening(corpus, quotes, (a_first, a_end, b_first, b_end))[0]
    assert not same_opening(corpus, quotes, (a_first, a_end, c_first, c_end))[0]


def test_a_condolence_nested_after_a_quoted_name_still_goes_on() -> None:
    """Both quote the same words, "... caused by this disaster", the storm's outlet after a
    sentence of the speaker's own that names "Black Saturday" in quotation marks: the outer
    quotation goes on before the shared words, so they are a formula, and the two events stay
    apart (the inner quotation does not hide it)."""
    places = ("Gaziantep, Antakya, Adana, Malatya, Osmaniye and Hatay",
              "Asheville, Valdosta, Augusta, Macon, Boone and Tampa")
    texts = _one_speaker_on_two_events(places)
    core = "I am deeply saddened by the loss of life and devastation caused by this disaster"
    texts[0] = texts[0].replace(
        "“I am deeply saddened by the loss of life and devastation caused by the earthquake”",
        f"“{core}”")
    texts[2] = texts[2].replace(
        "“I am deeply saddened by the loss of life and devastation caused by Hurricane Helene”",
        f"‘The storm they call “Black Saturday” took everything. {core}’")
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


def test_a_possessive_ends_a_name_so_two_stories_naming_the_country_share_it() -> None:
    """One event's two stories share a sentence; one writes "Iran's Supreme Leader", the other
    names "Iran" alone: the country is a name the two share (with the leader, the president
    and the city, four), not part of a name "Iran Supreme" the other lacks, so the stories are
    one event's and the sentence links them."""
    named = ("Early on Monday, Iran's Supreme Leader Ali Khamenei named Mohammad Mokhber "
             "interim head of state after Ebrahim Raisi died near Tabriz in East Azerbaijan, "
             "the agency IRNA reported, and officials in Qom, Mashhad and Isfahan declared "
             "mourning")
    other = ("Vladimir Putin sent condolences to Ali Khamenei from the Kremlin, calling Ebrahim "
             "Raisi a true friend of Russia, as crowds gathered in Tabriz and across Iran, and "
             "leaders in Ankara, Baghdad, Doha and Beijing sent messages")
    shared = ("Rescue teams found the crashed helicopter in a foggy mountain region after "
              "searching through the night.")
    texts = [
        f"{filler('a')}. {named}. {filler('b')}.",
        f"{filler('c')}. {named}.\n\n{shared}\n\n{filler('d')}.",
        f"{filler('e')}. {other}.\n\n{shared}\n\n{filler('f')}.",
        f"{filler('g')}. {other}. {filler('h')}.",
    ]
    assert ["d1", "d2"] in _groups(texts)
