"""The vocabulary of news formulas in Czech and Greek, as `viewer.engine.reporting_words` lists
it for other languages (its kinds in `viewer.engine.reporting`): function words, verbs and nouns
of reporting in the forms news text uses ("uvedl", "sdělila", "δήλωσε", "ανέφερε"), dates and
times, numbers, titles, the commonest nouns and casualty words, words of condolence.

Pure data. Czech shares many function words with Polish and Slovak, and a few with other
languages ("je" with French, "si" with Italian), stock in both; those that are a language listed
before's own function words ("ve", "za", "bez", "jako", "ale", "by") are left out, stock already,
so that they still tell that language's text (`reporting.language_of`), and so are words that are
content words elsewhere ("tam", "ani", "tento"). "let" (years; a flight), "pro" and "přes" are
English or French words: false friends. Greek, in its own script, has none.
"""

from __future__ import annotations

CZECH = {
    "function": """
a i v ze s se na do od o po k u pro před při pod mezi přes že aby nebo jen už ještě když který
která které kteří kterého jehož jejich jeho její on ona ono to ten tu je jsou byl byla bylo byli
byly bude budou jsem jsme není nebyl nebyla být má mají své svůj svou svého sebe si tak kde co""",
    "speech": """
řekl řekla řekli uvedl uvedla uvedli uvádí sdělil sdělila sdělili prohlásil prohlásila oznámil
oznámila oznámili napsal napsala napsali informoval informovala informovali potvrdil potvrdila
potvrdili zdůraznil zdůraznila konstatoval konstatovala vysvětlil vysvětlila upozornil
upozornila říká říkají doplnil doplnila dodal dodala dodali""",
    "added": "dodal dodala dodali doplnil doplnila",
    "according": "podle",
    "statement": "prohlášení prohlášením sdělení",
    "that": "že",
    "pronouns": "on ona",
    "reporting": """
prohlášení sdělení tiskové tisková konferenci konference mluvčí mluvčího agentura agentury
novinářům novinářů příspěvku příspěvek""",
    "dates": """
pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli ledna února března dubna
května června července srpna září října listopadu prosince dnes včera zítra ráno večer večera
noci hodin hodiny hodinách roku let dní dne""",
    "numbers": "jeden jedna jedno dva dvě tři první druhý tisíc tisíce milion milionů",
    "titles": """
prezident prezidenta premiér premiéra ministr ministra ministryně předseda předsedy předsedkyně
mluvčí ředitel ředitele pan paní hejtman starosta rektor rektorka policejní""",
    "common": """
lidé lidí osob osoby osoba země zemi město rodina rodiny život životy obětí oběti zraněných
zraněno mrtvých zemřelo zahynulo policie""",
    "feelings": """
soustrast soustrasti upřímnou soucit smutek zármutek hluboce otřesen otřesena""",
    "false": """
let pro přes v s po k před při pod aby jen už ještě který ono byli bude není být má sebe co
podle agentura agentury pátek ledna dubna září října večera noci dne jedno tři druhý pan
starosta rektor lidé lidí město rodina rodiny policie""",
}

GREEK = {
    "function": """
και να το τα της του των τη την τον ο η οι στο στη στην στον στα στους στις με σε για από που
ότι θα δεν μη μην είναι ήταν έχει έχουν αυτό αυτή αυτός αυτά ένα μια μία ένας όπως ως πως κατά
μετά πριν μέχρι όλα όλοι ή αλλά επίσης ακόμη ήδη μας σας τους τις οποίο οποία οποίοι""",
    "speech": """
δήλωσε είπε ανέφερε τόνισε πρόσθεσε σημείωσε υπογράμμισε ανακοίνωσε έγραψε εξήγησε επισήμανε
υποστήριξε ξεκαθάρισε διαβεβαίωσε δηλώνει λέει αναφέρει""",
    "added": "πρόσθεσε",
    "according": "σύμφωνα",
    "statement": "ανακοίνωση ανακοίνωσή δήλωση δήλωσή δηλώσεις",
    "that": "ότι πως",
    "pronouns": "αυτός αυτή",
    "reporting": """
ανακοίνωση δήλωση δηλώσεις εκπρόσωπος εκπροσώπου πρακτορείο δημοσιογράφους ανάρτηση ανάρτησή
συνέντευξη τύπου""",
    "dates": """
δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή ιανουαρίου φεβρουαρίου μαρτίου
απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου σήμερα
χθες αύριο πρωί βράδυ ώρα ώρες ημέρα ημέρες χρόνια""",
    "numbers": "ένα δύο τρία χίλιοι χιλιάδες εκατομμύρια",
    "titles": """
πρωθυπουργός πρωθυπουργού πρόεδρος προέδρου υπουργός υπουργού υφυπουργός κυβερνητικός
κύριος κυρία δήμαρχος""",
    "common": """
άνθρωποι ανθρώπων νεκροί νεκρών τραυματίες θύματα θυμάτων χώρα χώρας οικογένειες ζωή""",
    "feelings": "συλλυπητήρια θλίψη οδύνη βαθιά συγκλονισμένος",
}
