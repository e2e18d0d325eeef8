"""What a saved page's own controls and marks say: "Skip to main content", "Share this
article", "4 min read", "[ad_1]", "(Image: Private Media)", "This article is more than 1 year
old". Never a title, wherever it stands.

Pure functions of one line, used by `viewer.loading.page_furniture` (which tells the other lines
above a headline: dates, bylines, credits, labels).
"""

from __future__ import annotations

import re

from viewer.unspaced_scripts import HAN, KANA

LETTER_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
"""A word as the page's lines are read: a letter, then letters, digits, apostrophes, dots."""

PAGE_CONTROLS = frozenset((
    "skip to content", "skip to main content", "skip to navigation", "jump to content",
    "license photo", "licence photo", "listen to this article", "view gallery",
    "aller au contenu", "aller au contenu principal", "zum inhalt springen", "zum inhalt",
    "saltar al contenido", "ir al contenido", "vai al contenuto", "ir para o conteúdo",
    "pular para o conteúdo", "naar de inhoud", "spring naar de inhoud",
    "zur navigation springen", "menu", "menü", "menú", "menu search", "menú buscar",
    "search menu", "save", "share", "print", "listen to article", "neue artikel",
    "본문", "본문 바로가기", "메뉴", "검색", "advertisement", "anzeige", "werbung",
    "publicidad", "publicité", "pubblicità", "publicidade", "advertentie", "reklama",
    "watch live", "watch tv live", "live tv", "watch now", "skip to footer",
    "table of contents", "contents", "sommaire", "inhaltsverzeichnis", "inhalt", "índice",
    "indice", "inhoudsopgave", "inhoud", "spis treści", "目录", "目錄", "目次",
    "メモ入力", "メモを入力", "完了しました", "保存しました", "閉じる", "印刷", "シェア",
    "শেয়ার", "शेयर", "مشاركة"))
"""What a page's controls say, saved with its text ("Skip to Content" above a CNN story, "License
Photo" under a UPI picture, a memo box's "メモ入力" and "完了しました" above a Japanese
story): never a title."""
_INPUT_LIMIT = re.compile(
    r"(?:最大|最多|max(?:imum)?\.?|up to|bis zu|jusqu'à|hasta|fino a|até)\s*\d+\s*(?:文字|字"
    r"|자|characters|chars|zeichen|caractères|caracteres|caratteri)", re.I)
"""A form's hint of how much may be typed in its box ("-最大400文字まで", "Max. 500 characters"):
no story says it."""
INPUT_HINT_MAX_CHARS = 40
"""... in a line this short (a sentence may quote a form's limit)."""
_READING_TIME = re.compile(
    r"(?i:\b(?:de lecture|lesezeit|lesedauer|tiempo de lectura|tempo di lettura|tempo de leitura"
    r"|leestijd|reading time)\s*:?\s*\d+\s*min|\b\d+\s*min(?:ute)?s?\.? read\b)")
"""A page's estimate of the time its story takes to read."""
_GALLERY_CAPTION = re.compile(r"\d+ (?:of|/) \d+ \| ")
"""A gallery's caption, "1 of 2 | Former FTX chief executive ... arrives ..."."""
_PAGE_MARKS = re.compile(
    r"^\s*\[\w[\w-]*(?:\s+[\w-]+(?:=[^\]\s]*)?)*\s*\]\s*$|https?://|\b\d+\s*(?:min|mins|minute|minutes)\s+read\b"
    r"|^\s*©|^[\W\d_]+$|\bnewsletters?\b|\b(?:sign up|subscribe) (?:to|for) our\b"
    r"|\{\{|\}\}|^follow us on\b"
    r"|^(?:this|deze|dieser|ce|este|questo|esse) (?:content|inhoud|inhalt|contenu|contenido"
    r"|contenuto|conteúdo) (?:isn't|cannot|can't|couldn't|no|non|não|(?:is|could|kan|kon|ist"
    r"|kann|konnte|n'est|ne|está|è|puede|pode)\b.{0,40}\b(?:not|niet|nicht|pas|no|non|não))\b"
    r"|^(?:您所在的位置|您的位置|你的位置|当前位置|you are here|sie sind hier|vous êtes ici"
    r"|usted está en|você está em)\s*[:：]"
    r"|^logo(?: \S+){1,3}$"
    r"|^(?:share|deel|teilen|partager|compartir|condividi|compartilhe|del)"
    r"(?: this| dit| diesen| den| cet| este| questo| esse)? (?:artikel|article|artículo|articolo"
    r"|artigo|story)\b"
    r"|^(?:发新帖|发表评论|分享到|AI配图|配图|图片来源|来源)(?:$|[:：])|^第\s*\d+\s*版"
    r"|^\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago$"
    r"|^(?:vor|hace|il y a|há) \d+ (?:sekunden|minuten|stunden|tagen|segundos|minutos|horas"
    r"|días|dias|secondes|minutes|heures|jours)$"
    r"|^connect with us$"
    r"|^(?:please |bitte |veuillez |por favor,? |per favore,? |you need to |you must )?"
    r"(?:enable|activate|aktivieren|activer|activez|activa|activar|attiva|attivare|ativar"
    r"|ative|schakel)\b.{0,25}\bjavascript\b.{0,30}$"
    r"|^javascript (?:is )?(?:disabled|deaktiviert|désactivé|desactivado|disattivato)\b.{0,30}$"
    r"|^image (?:source|credit)s?\s*:"
    r"|^【[^】]{1,40}】$"
    r"|^[✓✔☑✅]\s*[^.!?。]{0,40}$", re.I)
"""A web address, a placeholder in square brackets ("[ad_1]", a shortcode with its attributes:
"[adning id="12070"]"), a reading time ("| 2 min
read"), a picture's copyright ("© Douglas Magno/AFP"), a line with no letter ("440", a count of
comments), a newsletter's offer ("Sign up to our free US news bulletin", "A Newsletter As Mais
Lidas no seu e-mail"), a web template's placeholder ("{{ message }}"), an embedded post's
placeholder ("Deze inhoud kan helaas niet worden getoond", "This content is not available"),
where the page says the reader is ("您所在的位置:", "You are here:"), a logo's caption ("Logo
Epoch Times"), a share bar ("Deel dit artikel: Share App Mail Pin"), a forum's or a picture's
label ("发新帖", "AI配图", "来源:都市快报"), a printed paper's page ("第01版:要闻"), how long
ago it was posted ("8 minutes ago", "vor 3 Stunden"), a social bar's "Connect with us", a request
to enable JavaScript ("Bitte aktivieren Sie Javascript"), a picture's credit opening its caption
("Image Source : AP ..."), a link in lenticular brackets
alone ("【中居正広の引退報告文を見る】"), a short line ticked off, an item of a site's list of
its tools or features ("✔ টেক্সট কনভার্টার", a text converter; no headline is ticked): a
page's furniture wherever they stand in a line."""


_AGE_BANNER = re.compile(
    r"^(?:this|the) (?:article|story|content|page|post|piece|report) (?:is|was published)"
    r" (?:more than|over|almost|nearly) (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten) (?:years?|months?|weeks?|days?)(?: old| ago)?\.?$", re.I)
"""A news site's banner over an old story saying its age ("This article is more than 1 year
old", as The Guardian and sites copying it print above the headline): it names no article, and
every old story of the site carries it alike."""
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
"""Where the saved text lost the break between two controls ("Skip to main contentSkip to
footer"): a small letter right before a capital."""
_WHOLLY_BRACKETED = re.compile(r"^[(（][^()（）]{1,60}[)）]$")
"""A line that is one parenthesis: a picture's caption or credit ("(Image: Private Media)",
"(crédito: Instagram/Reprodução)", "(资料图)", a file photo). A headline is never all in one."""
_BANNER = re.compile(r"^banner\d*$", re.I)
"""An advertisement's slot named by the page's template ("banner913")."""
_CAPTION_CREDIT_END = re.compile(
    r"[.!?]\s+(?:Foto|Photo|Bild|Image|Imagen|Fotó|Zdjęcie|Credit)\s*:\s*[^\s.!?][^.!?]{0,40}$")
"""A picture's caption with its credit after its last sentence ("... als Bundestrainer. Foto:
dpa/Arne Dedert"): a headline ends on its own words."""
_UNSPACED_MENU = re.compile(f"^[{HAN}{KANA}]{{2}}(?:\\s+[{HAN}{KANA}]{{2}}){{5,}}$")
"""A site's menu in Chinese or Japanese: six words or more of two characters each, spaces
between ("资讯 创新 业界 数码 财经 电商"); a headline in those scripts is written without
spaces, or with a few between names of several characters ("习近平 会见 美国 国务卿 布林肯").
(Not Korean, which spaces its words: "배현진 의원 피습 중학생 체포" is a headline.)"""
SECTION_NAMES = frozenset((
    "홈", "뉴스", "뉴스홈", "정치", "경제", "사회", "국제", "문화", "연예", "스포츠",
    "오피니언", "사설", "칼럼", "전국", "지역", "생활", "과학", "포토", "영상",
    "전체", "산업", "금융", "부동산", "증권", "라이프", "피플", "기획", "IT",
    "세계", "북한", "날씨", "전체기사", "首页", "新闻", "资讯", "財經", "财经",
    "体育", "娱乐", "科技", "国际", "国内", "社会", "军事", "汽车", "房产", "教育",
    "健康", "文化", "时尚", "旅游", "视频", "图片", "评论", "观点", "要闻", "创新",
    "业界", "数码", "电商", "人物", "生活", "综合", "聚焦", "关注", "热点", "新聞",
    "資訊", "體育", "娛樂", "國際", "國內", "社會", "軍事", "汽車", "視頻", "圖片",
    "評論", "觀點", "要聞", "ホーム", "ニュース", "政治", "経済", "国際", "スポーツ",
    "エンタメ", "芸能", "科学", "ライフ", "地域", "天気", "動画"))
"""Sections a Chinese, Japanese or Korean news site's menu names."""
MENU_ITEMS = 4
"""A line of at least this many words, three quarters of them section names, is a site's menu
("뉴스홈 경제 정치 연예 스포츠")."""
_SOURCE_CREDIT = re.compile(
    r"^\S{1,12}?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}月\d{1,2}日)号?(?:报道|報道|电|電|讯|訊)$")
"""A Chinese source's credit alone on its line, its name, a date and "report" ("参考消息网
2023-08-25号报道", "中新网8月24日电")."""


CONTROL_MAX_CHARS = 150
"""Only a line this short is read word by word for controls (a one-line file of megabytes is
never read so)."""


def is_page_control(line: str) -> bool:
    """Whether `line` (stripped) is one of the page's controls or marks (module docstring)."""
    if (_GALLERY_CAPTION.match(line) or _PAGE_MARKS.search(line) or _READING_TIME.search(line)
            or _AGE_BANNER.match(line)
            or (len(line) <= INPUT_HINT_MAX_CHARS and _INPUT_LIMIT.search(line))):
        return True
    if len(line) > CONTROL_MAX_CHARS:
        return False
    if (_WHOLLY_BRACKETED.match(line) or _BANNER.match(line) or _UNSPACED_MENU.match(line)
            or _SOURCE_CREDIT.match(line) or _CAPTION_CREDIT_END.search(line)):
        return True
    items = line.split()
    if (len(items) >= MENU_ITEMS
            and 4 * sum(item in SECTION_NAMES for item in items) >= 3 * len(items)):
        return True
    if line.lower() in PAGE_CONTROLS:  # (whole: a word of Bengali or Hindi is no LETTER_WORD,
        return True  # its vowel signs no letters to a regular expression: "শেয়ার", Share)
    pieces = _GLUED.split(line)
    return all(" ".join(word.lower() for word in LETTER_WORD.findall(piece)) in PAGE_CONTROLS
               for piece in pieces)
