"""The vocabulary of news formulas in Swedish, Norwegian, Danish and Finnish, as
`viewer.engine.reporting_words` lists it for other languages (its kinds in
`viewer.engine.reporting`): function words, verbs and nouns of reporting in the forms news text
uses ("säger", "uppger", "sier", "siger", "sanoo"), dates and times, numbers, titles, the
commonest nouns and casualty words, words of condolence.

Pure data. Their pages print speech as a paragraph opened with a dash and attributed after a
comma ("– Vi har extremt mycket resurser, säger Sophia Jiglind": `viewer.engine.dash_quotes`
reads it with these verbs). Words that are content words in other languages ("mer", "mot",
"bare", "där" as Spanish "dar", "vara", "sit", "mod", "fire", four in Norwegian and Danish) are
false friends: stock only in text of their own language. Words that are the function words of a
language listed before ("for", "at", "om", "der", "under", "man", "han", "hun", "et") are left
out: stock already, they would stop telling that language's text by its own words
(`reporting.language_of`); so are pronouns that are names elsewhere ("Han") and "at" as "that"
(English "said at the meeting"). Swedish and Norwegian "sa" (said) is French "sa", no reporting
verb here; Finnish "lisää" is also "more".
"""

from __future__ import annotations

SWEDISH = {
    "function": """
och i på till av med som att det den de är var har hade inte också men från efter vid kan ska
skulle vill en ett hon vi ni sin sina sitt när där här mot bara utan eller så nu även samt
enligt mellan över denna detta dessa vara blir blev kommer mer redan än""",
    "speech": """
säger sade uppger uppgav berättar berättade skriver skrev meddelar meddelade konstaterar
konstaterade förklarar förklarade tillägger tillade betonar betonade bekräftar bekräftade
framhåller framhöll understryker underströk frågar""",
    "added": "tillägger tillade",
    "according": "enligt",
    "statement": "uttalande uttalandet pressmeddelande pressmeddelandet",
    "that": "att",
    "pronouns": "",
    "reporting": """
uttalande uttalandet pressmeddelande pressträff pressträffen presskonferens presskonferensen
talesperson presstalesperson pressekreterare nyhetsbyrån tidningen""",
    "dates": """
måndag tisdag onsdag torsdag fredag lördag söndag måndagen tisdagen onsdagen torsdagen fredagen
lördagen söndagen januari februari mars april maj juni juli augusti september oktober november
december idag igår imorgon kvällen kväll natten klockan timmar år dag dagar veckan""",
    "numbers": "en ett två tre fyra fem tio hundra tusen miljoner",
    "titles": """
statsminister statsministern minister ministern justitieminister justitieministern kung kungen
polischef polisområdeschef chefen borgmästare ordförande ordföranden presstalesperson""",
    "common": """
personer människor landet stad staden familj familjer liv döda dödade skadade skadats dödats
offren""",
    "feelings": "sorg deltagande medkänsla beklagar djupt tragisk tragiska",
    "false": """
men mer mot där vara bara tio och på till av som att det den är var har hade från vid kan ska
vill hon vi sin sina när här utan eller nu även samt mellan över denna detta dessa redan måndag
måndagen mars maj augusti natten år dagar fem tusen ministern justitieminister kung landet
staden liv döda sorg""",
}

NORWEGIAN = {
    "function": """
og i på til av med som det den de er var har hadde ikke også men etter ved kan skal skulle vil
en vi dere sin sine sitt når her alle mot bare uten eller så nå samt mellom over denne dette
disse være blir ble kommer mer allerede enn""",
    "speech": """
sier sagt opplyser opplyste forteller fortalte skriver skrev uttaler uttalte bekrefter bekreftet
legger understreker understreket""",
    "added": "legger",
    "according": "ifølge",
    "statement": "uttalelse uttalelsen pressemelding pressemeldingen",
    "that": "",
    "pronouns": "",
    "reporting": "uttalelse pressemelding pressekonferanse pressekonferansen",
    "dates": """
mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli
august september oktober november desember i dag går kveld kvelden natt natten klokken""",
    "numbers": "en to tre fire fem ti hundre tusen millioner",
    "titles": """
statsminister statsministeren minister ministeren justisminister kongen politimester ordfører
leder""",
    "common": "personer mennesker landet byen familie familier liv døde drept skadde omkommet",
    "feelings": "sorg medfølelse kondolanser dypt tragisk",
    "false": """
men mer mot bare fire og på til av som det den var har hadde ikke etter ved kan skal vil vi dere
sin sine når uten eller samt over denne dette ble mandag mars går natten klokken fem ti tusen
leder landet familier liv sorg""",
}

DANISH = {
    "function": """
og i på til af med som det den de er var har havde ikke også men efter ved kan skal skulle vil
en vi jer sin sine sit når her alle mod kun uden eller så nu samt mellem over denne dette disse
være bliver blev kommer mere allerede""",
    "speech": """
siger sagde oplyser oplyste fortæller fortalte skriver skrev udtaler udtalte bekræfter
bekræftede tilføjer tilføjede understreger understregede""",
    "added": "tilføjer tilføjede",
    "according": "ifølge",
    "statement": "udtalelse udtalelsen pressemeddelelse pressemeddelelsen",
    "that": "",
    "pronouns": "",
    "reporting": "udtalelse pressemeddelelse pressemøde pressemødet",
    "dates": """
mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli
august september oktober november december i dag går aften aftenen nat natten klokken""",
    "numbers": "en to tre fire fem ti hundrede tusind millioner",
    "titles": "statsminister statsministeren minister ministeren justitsminister kongen",
    "common": "personer mennesker landet byen familie familier liv døde dræbt sårede omkommet",
    "feelings": "sorg medfølelse kondolencer dybt tragisk",
    "false": """
men mere fire sit mod og på til af som det den var har ikke ved kan skal vil vi jer sin sine når
kun eller nu samt over denne dette mandag marts maj går aften nat natten klokken fem ti landet
familier liv sorg""",
}

FINNISH = {
    "function": """
ja on ei että se oli ovat myös kun mutta tai jo vielä he me te ne joka jotka jonka tämä tämän
nämä sen niin kuin mukaan""",
    "speech": """
sanoo sanoi kertoo kertoi toteaa totesi kirjoittaa kirjoitti tiedottaa tiedotti korostaa korosti
lisäsi vahvistaa vahvisti""",
    "added": "lisäsi",
    "according": "mukaan",
    "statement": "tiedote tiedotteessa lausunto lausunnossa",
    "that": "että",
    "pronouns": "",
    "reporting": "tiedote tiedotteessa tiedotustilaisuudessa lausunto lausunnossa",
    "dates": """
maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina tammikuuta
helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta
marraskuuta joulukuuta tänään eilen huomenna kello illalla aamulla""",
    "numbers": "yksi kaksi kolme kymmenen sata tuhat miljoonaa",
    "titles": "pääministeri presidentti ministeri sisäministeri tiedottaja",
    "common": """
ihmiset ihmistä henkilöä maa kaupunki perhe perheet kuollut kuolleet loukkaantunut""",
    "feelings": "suru osanotto surullinen järkyttynyt",
    "false": """
ei oli kun mutta tai jo vielä joka jotka jonka tämä tämän nämä sen eilen sata ministeri maa suru""",
}
