"""Words of the engine's five other languages (Spanish, Portuguese, French, Italian, German) that
the figures' English rules must not take for counted things, and their qualifiers.

The figures are read by English rules, but digits are digits in every language: "60 años" is a
number before a word ending in "s", which the English rules would take for a plural noun, a
count of 60 "años". These lists say what such words are, so that each language's ages,
durations, dates, measures and money are left out as the English ones are ("35 years",
"8 January"), and so that an article or a preposition ends the words read after a number as
"the" and "of" do ("2 Lehrer eines Gymnasiums", "1 refait le fil des événements"). Pure data,
lower case, accented as written. Words that are also English words a count may run through
("real", "grad", "tag", "war", "hat", "metro") are left out.
"""

from __future__ import annotations

_UNITS = (
    # Spanish
    "año años mes meses semana semanas día días hora horas minuto minutos segundo segundos "
    "década décadas siglo siglos vez veces metros kilómetro kilómetros grado grados "
    "dólar dólares peso pesos mil millón millones "
    # Portuguese
    "ano anos mês dia dias século séculos vezes quilômetro quilômetros quilómetro quilómetros "
    "grau graus reais milhão milhões bilhão bilhões "
    # French
    "an ans année années mois semaine semaines jour jours heure heures seconde secondes "
    "décennie décennies siècle siècles fois mètre mètres kilomètre kilomètres degré degrés "
    "millier milliers milliard milliards coins reprises "
    # Italian
    "anno anni mese mesi settimana settimane giorno giorni ora ore minuti secondi decennio "
    "decenni secolo secoli volta volte metri chilometro chilometri gradi milione milioni "
    "miliardo miliardi "
    # measures, all five: "2 millones de toneladas", "3 millions d'hectares"
    "tonelada toneladas tonne tonnes tonnellata tonnellate tonnen hectárea hectáreas hectare "
    "hectares ettaro ettari hektar litro litros litre litres litri liter kilo kilos "
    "kilogramo kilogramos kilogramme kilogrammes chilogrammi kilogramm "
    # German
    "jahr jahre jahren monat monate monaten woche wochen tage tagen stunde stunden "
    "minuten sekunde sekunden jahrzehnt jahrzehnte jahrhundert jahrhunderte mal kilometer "
    "millionen milliarde milliarden"
)
_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "januar februar märz juni juli oktober dezember"
)
UNITS_ABROAD = frozenset(_UNITS.split()) | frozenset(_MONTHS.split())
"""Ages, durations, dates, measures and money: "60 años", "80 anos", "60 ans", "60 anni",
"60 Jahre", "22 mars", "3 millones" are not counts of a thing, like "35 years", "8 January"
(nor "des quatre coins du monde", from the four corners of the world)."""

_FUNCTION_WORDS = (
    # articles and contractions
    "el la los las lo un una uno unos unas del "
    "os as um uma uns umas ao aos à às do dos da das no nos na nas num numa pelo pela pelos "
    "pelas "
    "le les une du des au aux "
    "il gli dei degli delle della dello dal dalla dai nel nella nei sul sulla "
    "der die das den dem des ein eine einer eines einem einen "
    # prepositions, conjunctions, pronouns
    "de en con por para sin sobre entre tras hasta desde según y e o u que qui se su sus "
    "em com sem sobre até e ou seu sua seus suas "
    "dans sur sous avec sans pour par chez vers après avant et ou son sa ses leur leurs "
    "di da in con su per tra fra senza dopo prima e ed o che suo sua suoi "
    "von zu zum zur mit bei aus nach seit für gegen ohne um und oder dass sein seine ihre "
    # ordinals between a number and its noun ("deux premières années", the first two years)
    "premier premiers première premières dernier derniers dernière dernières primeros "
    "primeras últimos últimas primi ultimi ultime primeiros primeiras ersten letzten "
    # "other", "others" ("quatre autres personnes", "vier weitere Bergleute": other ones, a part
    # of a set, as "four other miners" is)
    "autre autres otro otros otra otras outro outros outra outras altro altri altra altre "
    "andere anderen weitere weiteren "
    # adverbs of degree before an adjective ("quatre très jeunes enfants"); German adverbs after
    # a noun the English rules do not take for one ("in fünf Fällen jeweils in Tateinheit")
    "très muy molto sehr muito assez trop jeweils insgesamt bereits "
    # verbs that follow a number's noun
    "es son fue fueron ha han está están "
    "é são foi foram tem têm "
    "est sont été ont "
    "è sono stati stato hanno "
    "ist sind wurde wurden haben"
)
FUNCTION_WORDS_ABROAD = frozenset(_FUNCTION_WORDS.split())
"""Articles, prepositions, conjunctions and auxiliaries: the words read after a number stop at
one, as at "the" or "of" ("2 Lehrer eines Gymnasiums" counts no "eines")."""

QUALIFIERS_ABROAD: dict[str, str] = {
    "more_than": "más de|mas de|mais de|plus de|più di|oltre|mehr als|über",
    "at_least": "al menos|por lo menos|pelo menos|ao menos|no mínimo|au moins|a minima|"
                "au minimum|almeno|per lo meno|mindestens|wenigstens",
    "less_than": "menos de|moins de|meno di|weniger als",
    "at_most": "hasta|como máximo|até|jusqu['’]à|au maximum|fino a|al massimo|bis zu|höchstens",
    "approx": "unos|unas|alrededor de|cerca de|aproximadamente|casi|quase|environ|"
              "près de|presque|quelque|circa|quasi|intorno a|etwa|rund|ungefähr|beinahe",
}
"""The qualifiers of the five languages before a number, by the value kind they give (regex
alternatives, lower case): "au moins 26 morts" is at least 26, as "at least 26 dead" is; read
as exact, two outlets' "at least" tolls taken at different hours looked like a disagreement."""
