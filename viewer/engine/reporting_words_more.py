"""The word lists of `viewer.engine.reporting` for German, Russian, Dutch, Indonesian, Hindi, Arabic
(each Arabic word also with the "and" it is written onto, "وقال"), Polish and Turkish, in the shape
of `viewer.engine.reporting_words` (which holds English, French, Spanish, Italian and Portuguese):
one dictionary per language, each kind of news-formula word as written, separated by white
space. Pure data.
"""

from __future__ import annotations

GERMAN = {
    "function": """
der die das den dem des ein eine einer eines einem einen und oder aber nicht auch nur noch
schon sehr wie als wenn dass daß ob weil denn doch so mit von vom zu zum zur bei beim nach aus
für über unter vor hinter neben zwischen durch gegen ohne um an am auf in im ins bis seit ist
sind war waren wird werden wurde wurden worden hat haben hatte hatten habe sei seien kann
konnte muss soll sollte will wollen man sich ich du er sie es wir ihr ihre ihren ihrem ihrer
sein seine seinen seinem seiner dieser diese dieses diesem diesen kein keine keinen mehr viele
alle andere anderen einige etwa rund bereits wieder jedoch sowie damit dabei dazu
darauf hier dort da jetzt dann
mein meine meinen meinem meiner""",
    "speech": """
sagte sagt sagten gesagt erklärte erklärt betonte betont teilte sprach schrieb twitterte
berichtete berichtet kündigte warnte bestätigte fügte hinzu meldete meldet hieß heißt erinnerte
ergänzte ergänzt meinte meint erläuterte unterstrich bekräftigte versicherte schilderte
erklärten betonten schrieben berichteten warnten bestätigten meldeten ergänzten meinten
erläuterten unterstrichen bekräftigten versicherten schilderten mitteilte mitgeteilt
mitteilten mitteilt bekanntgab bekanntgibt bekanntgaben bekanntgegeben angab verlautete
äußerte""",
    "continued": "fuhr",
    "plural": """
sagten erklärten betonten schrieben berichteten warnten bestätigten meldeten ergänzten meinten
erläuterten unterstrichen bekräftigten versicherten schilderten mitteilten bekanntgaben""",
    "added": "fügte ergänzte ergänzt",
    "according": "laut zufolge",
    "statement": "erklärung mitteilung",
    "that": "dass daß",
    "pronouns": "er sie",
    "reporting": """
erklärung mitteilung pressekonferenz sprecher sprecherin regierungssprecher
nachrichtenagentur agentur angaben interview zeitung medien bericht berichten regierung
ministerium
plattform netzwerk konto beitrag kurznachrichtendienst geteilt""",
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
frau staatsanwalt staatsanwältin oberstaatsanwalt
damen herren""",
    "common": """
menschen leute welt land länder stadt familie familien kinder frauen teil ort tote toten
getötet verletzte verletzten verletzt""",
    "false": "die war hat für über bald den bin tag elf",
    "feelings": """
beileid anteilnahme trauer trauern mitgefühl erschüttert bestürzt bestürzung zutiefst
gedanken gebete traurig schmerz hinterbliebenen""",
}

RUSSIAN = {
    "function": """
и в во не на с со что как а но по к ко у о об обо из за от до для при без же ли бы то это этот
эта эти этого этой этом этих тот та те того все всё всех весь вся его её ее их им ему ей нам нас
мы вы я он она они оно был была было были быть будет будут есть уже еще ещё также только очень
так когда где который которая которое которые которых которого которой после перед между под
над через около более менее или ни даже если чтобы ведь вот там тут здесь теперь сейчас свой
своей своих своим свою сам сама себя может могут нет да тоже чем чего кто""",
    "speech": """
сказал сказала сказали заявил заявила заявили отметил отметила отметили подчеркнул подчеркнула
подчеркнули сообщил сообщила сообщили добавил добавила добавили пояснил пояснила пояснили
написал написала написали уточнил уточнила рассказал рассказала заверил заверила признал
признала объявил объявила ответил ответила напомнил напомнила заключил заключила говорит
говорят сообщает сообщают пишет передает передаёт заявляет отмечает подчеркивает""",
    "continued": "продолжил продолжила продолжает",
    "plural": """
сказали заявили отметили подчеркнули сообщили добавили пояснили написали говорят сообщают""",
    "added": "добавил добавила добавили",
    "concluded": "заключил заключила",
    "according": "словам согласно",
    "statement": "заявление заявлении заявления сообщение сообщении",
    "that": "что",
    "pronouns": "он она они",
    "reporting": """
заявление заявлении заявления сообщение сообщении пресс конференции конференция брифинге брифинг
секретарь представитель представителя агентство агентства журналистам журналисты журналистов
интервью комментарий источник источники сми данным правительство министерство ведомство
соцсети соцсетях сети аккаунт аккаунте канале телеграм поделился поделилась""",
    "dates": """
понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье января
февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март
апрель май июнь июль август сентябрь октябрь ноябрь декабрь сегодня вчера завтра утром днем
днём вечером ночью утро вечер ночь неделе недели неделю месяц месяца году года год лет час часа
часов минут день дня дней ранее позднее позже недавно накануне""",
    "numbers": """
один одна одно два две три четыре пять шесть семь восемь девять десять сто тысяча тысячи тысяч
миллион миллиона миллионов десятки сотни первый первая первое второй третий последний""",
    "titles": """
президент президента президенту президентом премьер министр министра министру министром
глава главы главе главой врио председатель председателя секретарь губернатор губернатора
мэр депутат посол директор генеральный лидер канцлер спикер официальный прокурор""",
    "common": """
люди людей человек мир страна страны стране город города семья семьи жизнь дети детей часть
погибли погибших пострадали пострадавших ранены раненых""",
    "feelings": """
соболезнования соболезнование скорбь скорбим глубоко потрясены сочувствие мысли
молитвы""",
}

DUTCH = {
    "function": """
de het een en of maar niet ook nog al wel zo dan dat die dit deze wie wat waar hoe als omdat
want dus toen terwijl of van in op aan te met voor bij naar uit over door om tot tegen zonder
onder na tussen sinds vanaf tijdens is zijn was waren wordt worden werd werden geworden heeft
hebben had hadden zal zullen zou zouden kan kunnen kon konden moet moeten moest mag wil willen
er hij zij ze het wij we jij je u ik hem haar hun hen ons onze mijn zijn zich men geen meer
veel alle andere enkele elke ieder iets niets nu hier daar toch echter inmiddels tegenover
eraan zoals nadat daarna daarom alleen zeer weer hoewel ondanks binnen zodat waarbij toe""",
    "speech": """
zei zegt zeggen zeiden gezegd verklaarde verklaart schreef schrijft twitterde tweette meldde
meldt benadrukte benadrukt aldus antwoordde antwoordt reageerde reageert vertelde vertelt
bevestigde bevestigt waarschuwde waarschuwt kondigde voegde sprak liet klinkt klonk luidt
luidde beweerde erkende getuigt getuigde beaamt onderstreepte vraagt""",
    "continued": "vervolgde vervolgt",
    "plural": "zeggen zeiden",
    "added": "voegde voegt vult vulde",
    "concluded": "concludeerde",
    "according": "volgens aldus",
    "statement": "verklaring verklaringen persbericht",
    "that": "dat",
    "pronouns": "hij zij ze",
    "reporting": """
verklaring persbericht persconferentie woordvoerder woordvoerster woordvoerders voorlichter
zegsman persbureau persagentschap bureau nieuwsagentschap interview gesprek reactie krant
kranten media bericht berichten regering ministerie kabinet bronnen bron bekendgemaakt bekend
verluidt weten verslaggever verslaggevers account platform gedeeld""",
    "dates": """
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei
juni juli augustus september oktober november december vandaag gisteren morgen ochtend middag
avond nacht week weken weekend maand maanden jaar jaren dag dagen uur uren minuten eerder
later vorige vorig volgende afgelopen vanochtend vanmorgen vanmiddag vanavond vannacht
gisteravond onlangs binnenkort momenteel keer tijd""",
    "numbers": """
een twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig
honderd duizend tientallen honderden duizenden miljoen miljoenen miljard eerste tweede derde
laatste""",
    "titles": """
premier minister ministers president koning koningin prins prinses burgemeester wethouder
woordvoerder directeur voorzitter staatssecretaris ambassadeur officier justitie commissaris
politiechef kanselier bondskanselier vicepremier kamerlid korpschef generaal leider topman
heer mevrouw
dames heren""",
    "common": """
mensen wereld land landen stad familie families kinderen vrouwen mannen vrouw gezin leven groep
manier deel plaats doden dode gewonden gewond slachtoffers omgekomen gedood overleden""",
    "false": """die door want men hem hen mag toe tot land elf officier bureau over hoe nu kan
wat van met""",
    "feelings": """
condoleances medeleven verdriet rouw geschokt diep gedachten gebeden""",
}

INDONESIAN = {
    "function": """
yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada oleh sebagai atau
karena bahwa telah sudah para pun bagi serta agar saat ketika namun tetapi masih belum bisa
dapat harus kami kita mereka dia ia saya anda tersebut lebih sangat hanya jika kepada antara
hingga sejak setelah sebelum lagi tak bukan sedang secara""",
    "speech": """
kata ujar ungkap tutur ucap sebut imbuh papar pungkas tandas beber jelas tegas terang katanya
ujarnya ungkapnya jelasnya tuturnya ucapnya terangnya sebutnya tegasnya imbuhnya paparnya
pungkasnya tandasnya bebernya akunya kilahnya cetusnya timpalnya jawabnya tanyanya tulisnya
mengatakan menyatakan menjelaskan mengungkapkan mengungkap menegaskan menambahkan menyebutkan
menyebut menuturkan berkata mengucapkan menerangkan menyampaikan disampaikan memaparkan
menandaskan mengaku mengakui membenarkan menekankan mengingatkan menilai""",
    "continued": "lanjut lanjutnya melanjutkan",
    "added": "imbuh imbuhnya menambahkan tambahnya mengimbuhkan",
    "concluded": "pungkas pungkasnya tandasnya",
    "according": "menurut",
    "statement": "pernyataan keterangan rilis",
    "that": "bahwa",
    "pronouns": "dia ia mereka beliau",
    "reporting": """
pernyataan pernyataannya keterangan keterangannya rilis siaran pers konferensi juru bicara
jubir kantor berita media wartawan jurnalis awak wawancara laporan pemerintah kementerian resmi
pejabat sumber akun unggahan cuitan sosial humas dilansir melansir dikutip mengutip dihubungi
ditemui dikonfirmasi tertulis tanggapan menanggapi""",
    "dates": """
senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
september oktober november desember hari ini kemarin besok pagi siang sore malam pekan bulan
tahun jam pukul menit wib wita wit lalu tadi nanti dini mendatang depan setempat waktu akhir
awal""",
    "numbers": """
satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus
seratus ribu seribu juta miliar triliun puluhan ratusan ribuan jutaan sejumlah pertama kedua
ketiga terakhir""",
    "titles": """
presiden wakil menteri kepala direktur gubernur bupati wali walikota ketua sekretaris jenderal
kapolda kapolri kapolres kapolsek panglima duta besar bapak ibu pak bu kombes akbp kompol
brigjen irjen mayjen letjen kolonel kabid kasat jaksa anggota mantan menko menkes menlu
pengamat pengacara""",
    "common": """
orang warga masyarakat dunia negara kota keluarga korban tewas meninggal luka anak rumah
kelompok bagian tempat pria wanita perempuan jiwa terluka terbunuh hidup""",
    "false": "dan agar jam sore wit lima dia anda besar cita doa",
    "feelings": """
belasungkawa duka cita berduka prihatin doa""",
}

HINDI = {
    "function": """
का के की को में से पर ने है हैं था थी थे हो होगा होगी होंगे और या भी तो ही यह वह ये वे इस उस
इन उन एक कि जो जिस जिन जिसे लिए तक साथ बाद पहले द्वारा तथा एवं लेकिन मगर अब जब तब कर करके
किया किए की गया गई गए रहा रही रहे सकता सकती सकते वाले वाली वाला अपने अपनी अपना उनके उनकी
उनका इसके इसकी इसका नहीं न हुआ हुई हुए हुईं बहुत सभी सब कई""",
    "speech": """
कहा कहते कहती कहता कहना बताया बताते लिखा ट्वीट जताया जताई व्यक्त दी दिया बोले बोला बोलीं
कहां कहीं""",
    "according": "अनुसार मुताबिक",
    "statement": "बयान",
    "that": "कि",
    "pronouns": "उन्होंने उसने",
    "reporting": """
बयान जानकारी सूचना मीडिया रिपोर्ट खबर समाचार एजेंसी प्रवक्ता सूत्रों सूत्र ट्विटर सोशल
पोस्ट संदेश""",
    "dates": """
सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार जनवरी फरवरी मार्च अप्रैल मई जून जुलाई
अगस्त सितंबर अक्टूबर नवंबर दिसंबर आज कल दिन रात सुबह शाम साल वर्ष महीने""",
    "numbers": """
एक दो तीन चार पांच पाँच छह सात आठ नौ दस सौ हजार हज़ार लाख करोड़ पहला दूसरा""",
    "titles": """
प्रधानमंत्री राष्ट्रपति मुख्यमंत्री मंत्री केंद्रीय जनरल प्रमुख अध्यक्ष श्री श्रीमती""",
    "common": """
लोग लोगों देश देशवासियों परिवार परिजनों हादसे हादसा घटना मौत मृत्यु निधन घायल""",
    "feelings": """
शोक दुख दुःख संवेदना संवेदनाएं श्रद्धांजलि शोकाकुल गहरा गहरी गहरे दुखद शांति आत्मा""",
}

ARABIC = {
    "function": """
في من على إلى الى عن أن إن ان التي الذي الذين هذا هذه ذلك تلك مع بعد قبل كما كان كانت يكون
قد لقد لم لن لا ما هو هي هم أو أي كل بين حتى ثم عند وفي ومن وعلى وأن وإن وقد ولم ولا وهو وهي
أنه أنها إنه إنها منذ خلال حول ضد عبر دون غير بعض""",
    "speech": """
قال قالت وقال وقالت أضاف أضافت وأضاف وأضافت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأوضحت ذكر
ذكرت وذكر وذكرت أعلن أعلنت وأعلن وأعلنت أشار أشارت وأشار وأشارت صرح صرحت وصرح وصرحت تابع
وتابع وتابعت يقول تقول أفاد أفادت وأفاد وأفادت كتب كتبت وكتب وكتبت""",
    "added": "أضاف أضافت وأضاف وأضافت",
    "according": "وفق وفقا حسب بحسب",
    "statement": "بيان البيان بيانها بيانه تصريح تصريحات",
    "that": "أن",
    "pronouns": "هو هي",
    "reporting": """
بيان البيان بيانها بيانه وكالة الوكالة مصدر مصادر المتحدث متحدث باسم منصة وسائل الإعلام
صحفي مؤتمر""",
    "dates": """
السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة يناير فبراير مارس أبريل مايو يونيو يوليو
أغسطس سبتمبر أكتوبر نوفمبر ديسمبر اليوم أمس مساء صباح ليلة""",
    "numbers": """
واحد اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة مئة ألف آلاف""",
    "titles": """
الرئيس رئيس وزير الوزير الملك الأمير الشيخ أمير العاهل سمو جلالة حاكم""",
    "common": """
الناس عدد قتلى القتلى جرحى الجرحى ضحايا الضحايا""",
    "feelings": """
تعازي التعازي مواساة خالص العميق ببالغ الحزن الأسى""",
}

POLISH = {
    "function": """
i a w we z ze na do od o po przez przy dla bez pod nad przed za u ale lub albo czy że iż to ten
ta te tego tej tym tych jest są był była było były będzie będą jak jako też także już tylko
jeszcze gdy kiedy który która które którzy którego której których się sobie nie oraz ich jego
jej on ona oni one my wy ja ty co tak może mogą został została zostało zostały""",
    "speech": """
powiedział powiedziała powiedzieli mówił mówiła przekazał przekazała przekazali dodał dodała
dodali stwierdził stwierdziła podkreślił podkreśliła zaznaczył zaznaczyła poinformował
poinformowała poinformowali oświadczył oświadczyła napisał napisała ocenił oceniła wyjaśnił
wyjaśniła zapowiedział zapowiedziała przyznał przyznała mówi mówią podał podała""",
    "added": "dodał dodała dodali",
    "according": "według",
    "statement": "oświadczenie oświadczeniu komunikat komunikacie",
    "that": "że iż",
    "pronouns": "on ona oni",
    "reporting": """
oświadczenie oświadczeniu komunikat komunikacie konferencji konferencja prasowej prasowa
rzecznik rzeczniczka rzecznika agencja agencji dziennikarzom dziennikarzy wpis wpisie
mediach media""",
    "dates": """
poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę stycznia
lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
dziś dzisiaj wczoraj jutro rano wieczorem wieczór nocy godz godzinie roku lat dni dnia""",
    "numbers": "jeden jedna pierwszy drugi trzeci tysiąc tysięcy milion milionów",
    "titles": """
prezydent prezydenta premier premiera minister ministra wiceminister szef szefa gen generał
pan pani prezes rzecznik rzeczniczka""",
    "common": """
ludzie ludzi osób osoby osoba kraj kraju miasto rodzina rodziny życie zginęło zginęli zginął
rannych ranni ofiar""",
    "false": "pan co ma po pod rok",
    "feelings": """
kondolencje współczucie żal smutek głęboko wstrząśnięty modlitwa modlitwy""",
}

TURKISH = {
    "function": """
ve ile bir bu şu o da de ki için gibi kadar daha çok en her hem ya veya ama fakat ancak ise
olan olarak oldu olduğu olduğunu üzerine sonra önce göre karşı arasında tarafından değil var
yok bunun buna bunu bunlar onlar onun ona olan olması olduğunu diye""",
    "speech": """
dedi açıkladı belirtti söyledi kaydetti bildirdi ifade aktardı vurguladı ekledi duyurdu
paylaştı yazdı konuştu açıklamasında""",
    "added": "ekledi",
    "according": "göre",
    "statement": "açıklama açıklamada açıklamasında açıklaması",
    "that": "ki",
    "pronouns": "o",
    "reporting": """
açıklama açıklamada açıklamasında açıklaması ajansı ajans muhabiri basın sosyal medya
hesabından paylaşımında mesajında""",
    "dates": """
pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran
temmuz ağustos eylül ekim kasım aralık bugün dün yarın saat sabah akşam gece yıl""",
    "numbers": "bir on yüz bin milyon",
    "titles": "bakan bakanı cumhurbaşkanı başkanı başkan vali valisi müdür sayın",
    "common": """
kişi kişinin insan vatandaş ülke şehir aile hayatını kaybetti yaralı yaralandı öldü""",
    "feelings": "başsağlığı rahmet şifa taziye üzüntü",
    "false": "bin ile ama var",
}
