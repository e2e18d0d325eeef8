"""A short quotation in a script without capitals between two events' coverage: the test of
names cannot tell them (Chinese and Japanese have none), so their figures do, as they do for a
short sentence between groups (`viewer.engine.event_bridges.figures_tell_apart`). Held out: a
paper quoting a talent agency's president, 「知らなかった」, was linked to two reports of a car
dealer's president saying 「報告書が出るまで知らなかった。…」. Small hand-made texts."""

from __future__ import annotations

import numpy as np

from viewer.engine.event_bridges import figures_apart, figures_tell_apart
from viewer.engine.tokens import tokenise

from .engine_texts import articles, passage_documents

AGENCY = ("芸能事務所の社長は5月14日に動画で謝罪し、文書で質問に回答した。"
          "事務所には12人の元所属タレントが被害を訴えており、3社のスポンサーが契約を見直す。社長は")
AGENCY_QUOTE = "「知らなかった」"
AGENCY_END = "と述べ、7件の質問に答えた。外部の専門家による再発防止チームを作るという。"
DEALER = ("中古車販売大手の社長は7月25日に記者会見を開き、保険金の不正請求について謝罪した。"
          "不正に関わった従業員は9人で、4店舗が調査を受けた。社長は会見で"
          "「報告書が出るまで知らなかった。こんなことまでやるのかと愕然とした」と語り、"
          "2件の刑事告訴を検討していると明らかにした。")
OTHER_DEALER_PAGE = ("保険金の不正請求問題で、中古車販売大手の社長は7月25日に記者会見を開き、"
                     "「報告書が出るまで知らなかった。こんなことまでやるのかと愕然とした」と語り、"
                     "不正に関わった従業員は9人で、4店舗が調査を受けたと説明した。")


def test_two_events_quoting_one_short_phrase_stay_apart_by_their_figures() -> None:
    pages = (AGENCY + AGENCY_QUOTE + AGENCY_END, DEALER, OTHER_DEALER_PAGE)
    assert passage_documents(*pages) == [["d1", "d2"]]


def test_one_events_pages_giving_its_figures_are_linked_by_the_phrase() -> None:
    """The same quotation in a report of the same press conference (its date and figures
    alike) still links."""
    same_event = ("中古車販売大手の社長は7月25日の会見で" + AGENCY_QUOTE + "と述べた。"
                  "不正に関わった従業員は9人で、4店舗が調査を受け、2件の刑事告訴を検討している。")
    documents = passage_documents(same_event, DEALER, OTHER_DEALER_PAGE)
    assert ["d0", "d1", "d2"] in documents


def test_figures_are_asked_only_where_names_cannot_be_told() -> None:
    """Two pages in a script with capitals are told by their names (`event_names`), whatever
    figures they give: these two, whose figures and capitals all differ (asked, they would be
    two events), are not asked; a page without names is told by figures."""
    corpus = tokenise(articles(
        AGENCY + AGENCY_QUOTE + AGENCY_END, DEALER,
        "Acme Corporation said on Monday that Jane Roe of Boston met 12 people, 3 firms, "
        "7 questions and 5 lawyers.",
        "Globex Industries reported that Karl Moss from Denver saw 9 people, 4 firms, "
        "2 questions and 8 lawyers."))
    verdicts = figures_tell_apart(corpus, np.array([0, 2]), np.array([1, 3]))
    assert verdicts.tolist() == [True, False]
    assert figures_apart(corpus, np.array([2]), np.array([3])).tolist() == [True]
