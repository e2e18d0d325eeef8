"""The vocabulary of news formulas, per language: the words every news story uses whatever it
reports, as sorted word-hash arrays for the stages.

Pure data and two look-ups. Outlets writing about different events share formulas all the time:
"..., the news agency reported", "a déclaré mardi le Premier ministre belge", "ha detto il
presidente", "sagte die Bundeskanzlerin am Dienstag", "morts et des dizaines de blessés". The
evidence test (`viewer.engine.evidence`) counts the words of a short match beyond this
vocabulary; the stories stage (`viewer.engine.stories`) recognises reported speech by its
verbs; the stretches (`viewer.engine.stretches`) look for an attribution between two pieces of
a text. One vocabulary serves them all, in English, French, Spanish, Italian, German and
Portuguese: function words (each language's common closed-class words, with the elided forms
the tokeniser joins: "c'est" is "cest"), verbs and nouns of reporting in the forms news text
uses ("said", "a déclaré", "ha dicho", "ha detto", "sagte", "disse"), dates and time
expressions, numbers, titles ("Premier ministre", "presidente", "Bundeskanzlerin"), the
commonest nouns of news text and the words of casualty tolls ("killed", "blessés", "heridos").
The lists mirror each other: what English leaves out ("always", "never") the others leave out.
Titles are written with or without a capital ("le Premier ministre belge"): with a name, a
formula either way.

All languages' lists are used together: a text need not say which language it is in. A word
that is stock in one language but a content word in another ("die", "war", "hat" and "für" in
German, "son" and "sin" in Spanish, "come" and "dove" in Italian, "car" and "pour" in French)
is a false friend: it is stock only in a range of text whose function words are that
language's (`stock`): "the war in Ukraine" keeps "war" as content, "der Krieg war lang" does
not. Words are listed as written; they are normalised as the tokeniser does (case and accents
folded: "déclaré" is "declare", "für" is "fur", "Straße" is "strasse").
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import in_sorted
from viewer.normalize import normalize_words, word_hashes

_KINDS = ("function", "speech", "according", "statement", "that", "pronouns", "reporting",
          "dates", "numbers", "titles", "common")
"""What each language lists: function words; reporting verbs; "according to"; "statement";
"that" after a reporting verb; pronouns that attribute a continued quote ('"...," he said');
other words of attribution and the news business; dates and times; numbers; titles; common
nouns and casualty tolls. "false" lists the language's false friends (module docstring)."""

_ENGLISH = {
    "function": """
a about above after again against all also although am an and another any are around as at be
because been before being below between both but by can could did do does doing during each
either else ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less many may me might more
most much must my myself near neither no nor not now of often on once one only onto or other
others our ours ourselves own per rather same several she should since so some such
than that the their theirs them themselves then there these they this those though through to
too toward towards under until upon us very via was we were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself
across along among amid behind beyond beside besides despite inside outside throughout even
still already""",
    "speech": """
said says say told tells added adds stated states announced announces wrote writes tweeted
tweet tweets reported reports quoted declared posted warned confirmed claimed insisted replied
explained""",
    "continued": "continued continues",
    "according": "according",
    "statement": "statement statements",
    "that": "that",
    "pronouns": "he she they",
    "reporting": """
accused add adding announce announcement asked claim claims comment comments commented
condition confirm confirms conference declined deny denied describe described describing
earlier independently immediately interview know known later local media news agency agencies
network newspaper official officials press publish published quote remark remarks report
reporter reporters reporting request respond responded response saying source sources
spokesman spokesperson spokeswoman statement statements tell telling unclear clear verified
verify warn write writing post posts called call calls government ministry spokesperson's""",
    "dates": """
yesterday today tonight morning afternoon evening night week weekend month year monday tuesday
wednesday thursday friday saturday sunday january february march april june july august
september october november december early late hour hours minute minutes day days weeks
months years ago overnight shortly soon recently moment time dawn midnight noon""",
    "numbers": """
one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand
thousands million millions first second third last next""",
    "titles": """
president presidents vice prime minister ministers premier secretary chancellor chief executive
director founder co cofounder chairman chairwoman editor leader governor mayor senator lawmaker
commissioner ambassador deputy""",
    "common": """
people world country countries nation nations city cities home family families life lives man
men woman women children group groups part place way dead killed injured wounded""",
}
_FRENCH = {
    "function": """
le la les l un une des du de d au aux à et ou mais donc or ni car que qu qui quoi dont où ce
cet cette ces se sa son ses leur leurs il elle ils elles on nous vous je tu me te lui eux y en
ne pas plus très être est sont était étaient été a ont avait avaient avoir sera seront serait
dans par pour sur sous avec sans entre vers chez depuis pendant selon après avant contre comme
si tout tous toute toutes aussi encore déjà même autre autres alors ainsi cela ça ceci celui
celle ceux celles aucun aucune chaque quelque quelques plusieurs peu beaucoup moins lorsque
quand puis parce afin jusqu jusque notamment ici lors c'est qu'il qu'ils
qu'elle qu'elles qu'on n'est s'est d'un d'une l'on j'ai n'a n'ont s'il jusqu'à d'autres""",
    "speech": """
dit déclaré affirmé ajouté expliqué indiqué souligné précisé estimé assuré annoncé confirmé
écrit rapporté raconté insisté reconnu répondu tweeté publié martelé averti reconnaît
répond avertit""",
    "continued": "poursuivi poursuit",
    "according": "selon d'après",
    "statement": "déclaration déclarations communiqué",
    "that": "que qu",
    "pronouns": "il elle ils elles",
    "reporting": """
déclaration déclarations communiqué conférence presse porte parole agence agences médias
journal journaux journaliste journalistes source sources entretien interview rapport
gouvernement ministère officiel officiels autorités responsable responsables message""",
    "dates": """
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
juillet août septembre octobre novembre décembre aujourd'hui hier demain matin soir soirée
nuit midi minuit jour jours journée semaine semaines mois an ans année années heure heures
minutes moment temps fois récemment bientôt tôt tard début""",
    "numbers": """
un deux trois quatre cinq six sept huit neuf dix onze douze vingt trente cent cents mille
milliers million millions milliard milliards dizaine dizaines centaine centaines douzaine
premier première deuxième troisième dernier dernière derniers prochain prochaine""",
    "titles": """
président présidente premier ministre ministres chef chancelier chancelière secrétaire
directeur directrice dirigeant maire gouverneur sénateur député ambassadeur roi reine
monsieur madame mme""",
    "common": """
personnes gens monde pays ville villes famille familles vie vies homme hommes femme femmes
enfants groupe groupes partie lieu façon morts mort blessés blessé tués tué bilan""",
    "false": "son car pour n'est d'une même encore précisé parole rapport mars pays",
}
_SPANISH = {
    "function": """
el la los las lo un una unos unas uno de del al a ante bajo con contra desde durante en entre
hacia hasta mediante para por sin sobre tras y e o u ni pero sino aunque porque pues que quien
quienes cual cuales como cuando donde mientras si no ya también tampoco muy más menos tan
tanto todo toda todos todas otro otra otros otras mismo misma este esta estos estas ese esa
esos esas eso esto aquel su sus mi mis tu nuestro nuestra se le les me te nos yo él ella ellos
ellas usted es son fue fueron era eran ser sido sea está están estaba estaban estar ha han
había habían haber hay he hemos cada algo alguien nada nadie alguno alguna algunos algunas
ningún ninguna solo así aquí ahora entonces luego después antes aún todavía
además incluso casi""",
    "speech": """
dijo dice dicen dijeron dicho afirmó afirma afirmado aseguró asegura asegurado declaró declara
declarado indicó indica indicado señaló señala señalado explicó explica explicado añadió añade
añadido agregó agrega agregado informó informa informado anunció anuncia anunciado confirmó
confirma confirmado advirtió advierte manifestó subrayó destacó sostuvo comentó escribió
tuiteó insistió reconoció expresó""",
    "continued": "continuó prosiguió",
    "according": "según",
    "statement": "declaración declaraciones comunicado",
    "that": "que",
    "pronouns": "ella ellos ellas",
    "reporting": """
declaraciones declaración comunicado nota rueda prensa conferencia portavoz fuentes fuente
agencia medios periodistas periódico diario entrevista informe información noticia noticias
gobierno ministerio oficial oficiales autoridades mensaje""",
    "dates": """
lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
agosto septiembre setiembre octubre noviembre diciembre hoy ayer mañana noche tarde madrugada
mediodía medianoche día días semana semanas mes meses año años hora horas minutos momento
tiempo vez veces recientemente pronto temprano próximo pasado último última últimos""",
    "numbers": """
uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien ciento
cientos mil miles millón millones docena docenas decena decenas centenar centenares primer
primero primera segundo segunda tercer tercero""",
    "titles": """
presidente presidenta vicepresidente primer ministro ministra jefe jefa canciller secretario
secretaria director directora gobernador gobernadora alcalde alcaldesa senador senadora
diputado diputada embajador líder rey reina mandatario señor señora""",
    "common": """
personas gente mundo país países nación ciudad ciudades familia familias vida vidas hombre
hombres mujer mujeres niños grupo grupos parte lugar forma muertos muerto fallecidos heridos
herido""",
    "false": "son sin era sea hay ante tan solo dice casi",
}
_ITALIAN = {
    "function": """
il lo la i gli le l un uno una di del dello della dei degli delle a al allo alla ai agli alle
da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle con col su sul sullo
sulla sui sugli sulle per tra fra e ed o od ma però che chi cui non ne ci si se anche come
dove quando mentre perché poi già ancora più molto tutto tutti tutta tutte altro altri altra
altre questo questa questi queste quello quella quelli quelle suo sua suoi sue loro mio mia
nostro nostra io tu lui lei noi voi essi esse è sono era erano essere stato stata stati state
sarà ha hanno aveva avevano avere ho abbiamo ogni alcuni alcune qualche nessuno niente ora
dopo prima durante contro senza verso circa oltre solo sia così ecco""",
    "speech": """
detto dice dicono disse dichiarato dichiara affermato afferma spiegato spiega aggiunto aggiunge
sottolineato sottolinea annunciato annuncia confermato conferma scritto scrive riferito
riferisce ribadito ribadisce precisato precisa commentato commenta osservato twittato
avvertito""",
    "continued": "proseguito prosegue continuato continua",
    "according": "secondo",
    "statement": "dichiarazione dichiarazioni comunicato",
    "that": "che",
    "pronouns": "lui lei loro",
    "reporting": """
dichiarazione dichiarazioni comunicato nota conferenza stampa portavoce fonti fonte agenzia
media giornale giornalisti intervista governo ministero ufficiale autorità messaggio notizia
notizie""",
    "dates": """
lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio
giugno luglio agosto settembre ottobre novembre dicembre oggi ieri domani mattina stamattina
sera stasera notte pomeriggio mezzogiorno mezzanotte giorno giorni settimana settimane mese
mesi anno anni ore minuti momento tempo volta volte recentemente presto tardi""",
    "numbers": """
uno due tre quattro cinque sei sette otto nove dieci undici dodici venti cento mille migliaia
milione milioni miliardo miliardi decina decine centinaia dozzina primo secondo terzo ultimo
ultima ultimi prossimo prossima""",
    "titles": """
presidente premier primo ministro ministra capo cancelliere segretario direttore sindaco
governatore senatore deputato ambasciatore re regina leader signor signora""",
    "common": """
persone gente mondo paese paesi città famiglia famiglie vita vite uomo uomini donna donne
bambini gruppo gruppi parte luogo modo morti morto feriti ferito""",
    "false": "come dice era state dove solo ore due",
}
_GERMAN = {
    "function": """
der die das den dem des ein eine einer eines einem einen und oder aber nicht auch nur noch
schon sehr wie als wenn dass daß ob weil denn doch so mit von vom zu zum zur bei beim nach aus
für über unter vor hinter neben zwischen durch gegen ohne um an am auf in im ins bis seit ist
sind war waren wird werden wurde wurden worden hat haben hatte hatten habe sei seien kann
konnte muss soll sollte will wollen man sich ich du er sie es wir ihr ihre ihren ihrem ihrer
sein seine seinen seinem seiner dieser diese dieses diesem diesen kein keine keinen mehr viele
alle andere anderen einige etwa rund bereits wieder jedoch sowie damit dabei dazu
darauf hier dort da jetzt dann""",
    "speech": """
sagte sagt sagten gesagt erklärte erklärt betonte betont teilte sprach schrieb twitterte
berichtete berichtet kündigte warnte bestätigte fügte hinzu meldete meldet hieß heißt""",
    "continued": "fuhr",
    "according": "laut zufolge",
    "statement": "erklärung mitteilung",
    "that": "dass daß",
    "pronouns": "er sie",
    "reporting": """
erklärung mitteilung pressekonferenz sprecher sprecherin regierungssprecher
nachrichtenagentur agentur angaben interview zeitung medien bericht berichten regierung
ministerium""",
    "dates": """
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar
märz april mai juni juli august september oktober november dezember heute gestern morgen
abend nacht mittag vormittag nachmittag woche wochen wochenende monat monate monaten jahr
jahre jahren jahres tag tage tagen stunde stunden minuten früh spät später zuvor bislang
derzeit""",
    "numbers": """
eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf hundert tausend dutzend
dutzende million millionen milliarde milliarden erste ersten erster zweite dritte letzte
letzten nächste""",
    "titles": """
präsident präsidentin bundespräsident kanzler kanzlerin bundeskanzler bundeskanzlerin minister
ministerin ministerpräsident ministerpräsidentin außenminister außenministerin innenminister
premierminister premierministerin regierungschef regierungschefin staatschef chef chefin
bürgermeister bürgermeisterin vorsitzende vorsitzender botschafter generalsekretär herr
frau""",
    "common": """
menschen leute welt land länder stadt familie familien kinder frauen teil ort tote toten
getötet verletzte verletzten verletzt""",
    "false": "die war hat für über bald den bin tag elf",
}
_PORTUGUESE = {
    "function": """
o a os as um uma uns umas de do da dos das em no na nos nas num numa por pelo pela pelos pelas
para com sem sobre entre até desde após contra durante e ou mas nem que quem qual quais como
quando onde porque se não sim já também muito mais menos tão todo toda todos todas outro
outra outros outras mesmo mesma este esta estes estas esse essa esses essas isso isto aquele
aquela seu sua seus suas meu minha nosso nossa ele ela eles elas eu você lhe lhes me te ao aos
à é são foi foram era eram ser sido está estão estava estar tem têm tinha ter há havia houve
será cada algum alguma alguns algumas nenhum nenhuma ainda agora então depois
antes só""",
    "speech": """
disse diz dizem disseram dito afirmou afirma declarou declara explicou explica acrescentou
acrescenta informou informa anunciou anuncia confirmou confirma escreveu escreve destacou
ressaltou sublinhou garantiu alertou comentou contou reiterou publicou tuitou""",
    "continued": "continuou prosseguiu",
    "according": "segundo",
    "statement": "declaração declarações comunicado",
    "that": "que",
    "pronouns": "ele ela eles elas",
    "reporting": """
declaração declarações comunicado nota conferência imprensa porta voz fontes fonte agência
mídia jornal jornalistas entrevista governo ministério oficial autoridades mensagem notícia
notícias""",
    "dates": """
segunda terça quarta quinta sexta feira sábado domingo janeiro fevereiro março abril maio
junho julho agosto setembro outubro novembro dezembro hoje ontem amanhã manhã tarde noite
madrugada meio dia meia dias semana semanas mês meses ano anos hora horas minutos momento
tempo vez vezes recentemente logo cedo próximo passado último última últimos""",
    "numbers": """
um uma dois duas três quatro cinco seis sete oito nove dez onze doze vinte cem cento mil
milhares milhão milhões dezena dezenas centena centenas dúzia primeiro primeira segundo
terceiro""",
    "titles": """
presidente presidenta vice primeiro ministro ministra chefe chanceler secretário diretor
diretora governador prefeito senador deputado embaixador líder rei rainha senhor senhora""",
    "common": """
pessoas gente mundo país países cidade cidades família famílias vida vidas homem homens mulher
mulheres crianças grupo grupos parte lugar forma mortos morto feridos ferido""",
    "false": "era até eu",
}
_LANGUAGES = {"en": _ENGLISH, "fr": _FRENCH, "es": _SPANISH, "it": _ITALIAN, "de": _GERMAN,
              "pt": _PORTUGUESE}
LANGUAGES = tuple(_LANGUAGES)


def hashes_of(words: str | list[str]) -> np.ndarray:
    """The sorted unique word hashes of `words` (a string of words separated by white space, or
    a list), normalised as the tokeniser does."""
    listed = words.split() if isinstance(words, str) else words
    return np.unique(word_hashes(normalize_words(sorted(set(listed)))))


def _kinds(*kinds: str, language: dict[str, str]) -> np.ndarray:
    """The hashes of one language's words of `kinds`."""
    return hashes_of(" ".join(language.get(kind, "") for kind in kinds))


def _every(kind: str) -> np.ndarray:
    """The hashes of every language's words of `kind`."""
    return hashes_of(" ".join(language.get(kind, "") for language in _LANGUAGES.values()))


def _without(hashes: np.ndarray, removed: np.ndarray) -> np.ndarray:
    return np.asarray(hashes[~in_sorted(hashes, removed)])


_FALSE = _every("false")
"""Every language's false friends (module docstring)."""
_STOCK_OF = [_kinds(*_KINDS, language=language) for language in _LANGUAGES.values()]
_FUNCTION_OF = [_kinds("function", language=language) for language in _LANGUAGES.values()]
STOCK = _without(np.unique(np.concatenate(_STOCK_OF)), _FALSE)
"""Stock words in any of the languages, false friends left out: stock in any text."""
FUNCTION = _without(np.unique(np.concatenate(_FUNCTION_OF)), _FALSE)
"""Function words in any of the languages, false friends left out."""


def _languages_of(words: np.ndarray, lists: list[np.ndarray]) -> np.ndarray:
    """For each of the sorted unique hashes `words`, a bit mask of the languages (bit k:
    LANGUAGES[k]) whose list in `lists` holds it."""
    return np.asarray(np.sum([in_sorted(words, listed).astype(np.int64) << k
                              for k, listed in enumerate(lists)], axis=0))


_FALSE_STOCK = _languages_of(_FALSE, _STOCK_OF)
_FALSE_FUNCTION = _languages_of(_FALSE, _FUNCTION_OF)
"""For each false friend, the languages in which it is stock, a function word."""
_VOTERS = [_without(own, np.unique(np.concatenate(
    [_FALSE] + [other for k, other in enumerate(_FUNCTION_OF) if k != index])))
    for index, own in enumerate(_FUNCTION_OF)]
_VOTER_ORDER = np.argsort(np.concatenate(_VOTERS), kind="stable")
_VOTER_HASHES = np.concatenate(_VOTERS)[_VOTER_ORDER]
_VOTER_LANGUAGE = np.repeat(np.arange(len(_VOTERS)), [len(v) for v in _VOTERS])[_VOTER_ORDER]
"""Each language's own function words, found in none of the others' lists, sorted, with their
language: they tell a text's language ("the", "der", "les", "los", "gli", "os")."""

SPEECH_VERBS = _every("speech")
"""Verbs that report what someone said, every language's forms: a piece right after one is
reported speech ("The army announced ...", "a déclaré", "ha detto", "sagte")."""
THAT = _every("that")
"""Words that open reported speech after a reporting verb ("said that", "dijo que")."""
ATTRIBUTION = np.unique(np.concatenate(
    [SPEECH_VERBS, _every("statement"), _every("according")]))
"""Words that attribute a text to someone: reporting verbs, "statement", "according to"."""
CONTINUING = np.union1d(SPEECH_VERBS, _every("continued"))
"""Verbs that attribute a continued quote after a pronoun: reporting verbs and "continued"."""
PRONOUNS = _every("pronouns")
"""Subject pronouns that attribute a continued quote ('"...," he said', '« ... », a-t-il
ajouté', '"...", sagte er')."""


def language_of(hashes: np.ndarray, owner: np.ndarray, ranges: int) -> np.ndarray:
    """For words (`hashes`) of `ranges` ranges (`owner`: each word's range), the index in
    LANGUAGES of each range's language, -1 where no language's own function words are more
    numerous than every other's (too few words to tell, or a tie)."""
    slot = np.minimum(np.searchsorted(_VOTER_HASHES, hashes), len(_VOTER_HASHES) - 1)
    hit = _VOTER_HASHES[slot] == hashes
    languages = len(LANGUAGES)
    counts = np.bincount(owner[hit] * languages + _VOTER_LANGUAGE[slot[hit]],
                         minlength=ranges * languages).reshape(ranges, languages)
    ordered = np.sort(counts, axis=1)
    return np.where(ordered[:, -1] > ordered[:, -2], np.argmax(counts, axis=1), -1)


def _member(hashes: np.ndarray, owner: np.ndarray | None, ranges: int, shared: np.ndarray,
            languages: np.ndarray) -> np.ndarray:
    """Whether each word hash is in `shared`, or is a false friend whose `languages` (bit
    mask) hold its range's language."""
    found = in_sorted(hashes, shared)
    slot = np.minimum(np.searchsorted(_FALSE, hashes), len(_FALSE) - 1)
    friend = np.flatnonzero(_FALSE[slot] == hashes)
    if not len(friend):
        return np.asarray(found)
    if owner is None:
        owner, ranges = np.zeros(len(hashes), dtype=np.int64), 1
    # (the language is asked only of the ranges holding a false friend: few)
    asked = np.isin(owner, owner[friend])
    own = language_of(hashes[asked], owner[asked], ranges)[owner[friend]]
    found[friend] = (own >= 0) & (((languages[slot[friend]] >> np.maximum(own, 0)) & 1) == 1)
    return np.asarray(found)


def stock(hashes: np.ndarray, owner: np.ndarray | None = None, ranges: int = 1) -> np.ndarray:
    """Whether each word hash is stock vocabulary of news text (function words, reporting,
    dates, numbers, titles, common nouns), a false friend only in a range whose language is its
    own. `owner` gives each word's range (of `ranges`); without it the words are one range."""
    return _member(hashes, owner, ranges, STOCK, _FALSE_STOCK)


def function(hashes: np.ndarray, owner: np.ndarray | None = None,
             ranges: int = 1) -> np.ndarray:
    """Whether each word hash is a function word, as `stock` decides for false friends."""
    return _member(hashes, owner, ranges, FUNCTION, _FALSE_FUNCTION)
