"""The word lists of `viewer.engine.reporting`, one dictionary per language: for each kind of
news-formula word (`reporting._KINDS`: function words, reporting verbs, "according to",
"statement", "that", attributing pronouns, other reporting words, dates, numbers, titles,
common nouns; and "false", the language's false friends), the words as written, separated by
white space. Pure data.
"""

from __future__ import annotations

ENGLISH = {
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
explained noted recalled stressed urged remarked acknowledged emphasised emphasized concluded
concludes""",
    "continued": "continued continues",
    "added": "added adds",
    "concluded": "concluded concludes",
    "admitting": "admitted admits conceded concedes",
    "calling": "called described dubbed labelled labeled termed",
    "auxiliary": "has have had",
    "according": "according",
    "statement": "statement statements",
    "that": "that if whether",
    "pronouns": "he she they",
    "reporting": """
accused add adding announce announcement asked claim claims comment comments commented
condition confirm confirms conference declined deny denied describe described describing
earlier independently immediately interview know known later local media news agency agencies
network newspaper official officials press publish published quote remark remarks report
reporter reporters reporting request respond responded response saying source sources
spokesman spokesperson spokeswoman statement statements tell telling unclear clear verified
verify warn write writing post posts called call calls government ministry spokesperson's
social platform account message online shared letter letters memo email emails employees
staff shareholders spoke speak speaking anonymity anonymously authorized authorised""",
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
commissioner ambassador deputy prosecutor ceo
ladies gentlemen""",
    "common": """
people world country countries nation nations city cities home family families life lives man
men woman women children group groups part place way dead killed injured wounded
go goes going gone went out get gets got make makes made take takes took see
seen give gives gave know knew think look want wants use used find found end ends ended
inc corp ltd llc plc jr""",
    "feelings": """
shocked saddened deeply heartbroken devastated condolences condolence sympathies sympathy
thoughts prayers sorrow grief grieving mourn mourning mourns sad sadness heartfelt sincere
loved ones hearts pain anguish
sincerest
prayer""",
    "false": "pain",
}

FRENCH = {
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
répond avertit rappelé noté renchéri renchérit réagi réagit confié déclare affirme ajoute
explique indique souligne précise estime assure confirme raconte insiste rappelle confie
conclut conclu déploré déplore regretté regrette expliquait ajoutait affirmait déclarait
poursuivait déclarent affirment ajoutent expliquent indiquent soulignent estiment annoncent
confirment écrivent rapportent racontent insistent répondent
expliquant estimant déclarant affirmant soulignant
précisant assurant rappelant indiquant ajoutant
disant""",
    "continued": "poursuivi poursuit poursuivait",
    "plural": """
déclarent affirment ajoutent expliquent indiquent soulignent estiment annoncent confirment
écrivent rapportent racontent insistent répondent""",
    "added": "ajouté ajoute ajoutait ajoutant",
    "concluded": "conclu conclut concluait",
    "admitting": "admis admet reconnu reconnaît",
    "calling": "qualifié qualifiée décrit décrite",
    "auxiliary": "a ont avait avaient",
    "according": "selon d'après",
    "statement": "déclaration déclarations communiqué",
    "that": "que qu",
    "pronouns": "il elle ils elles",
    "reporting": """
déclaration déclarations communiqué conférence presse porte parole agence agences médias
journal journaux journaliste journalistes source sources entretien interview rapport
gouvernement ministère officiel officiels autorités responsable responsables message
réseau réseaux social sociaux compte plateforme publication partagé exprimé exprimée exprimer
exprime exprimés exprimées sexprime sexpriment""",
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
monsieur madame mme procureur procureure pdg
mesdames messieurs""",
    "common": """
personnes gens monde pays ville villes famille familles vie vies homme hommes femme femmes
enfants groupe groupes partie lieu façon morts mort blessés blessé tués tué bilan""",
    "false": """son car pour n'est d'une même encore précisé parole rapport mars pays précise assure
déplore noté""",
    "feelings": """
condoléances pensées prières tristesse émotion ému émue émus émues bouleversé bouleversée
bouleversés profondément chagrin deuil douleur compassion sincères""",
}

SPANISH = {
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
    # (not "publicó": folded as the tokeniser folds it, it is "público", a content word of
    # Spanish and Portuguese news, "transporte público", "aberto ao público")
    "speech": """
dijo dice dicen dijeron dicho afirmó afirma afirmado aseguró asegura asegurado declaró declara
declarado indicó indica indicado señaló señala señalado explicó explica explicado añadió añade
añadido agregó agrega agregado informó informa informado anunció anuncia anunciado confirmó
confirma confirmado advirtió advierte manifestó subrayó destacó sostuvo comentó escribió
tuiteó insistió reconoció expresó recordó precisó aclaró reiteró lamentó concluyó detalló
enfatizó respondió definió calificó describió decía añadía agregaba
explicaba señalaba afirmaba aseguraba continuaba apuntó resaltó remarcó
señalaron indicaron afirmaron aseguraron declararon explicaron añadieron agregaron informaron
anunciaron confirmaron advirtieron manifestaron subrayaron destacaron resaltaron apuntaron
sostuvieron comentaron escribieron insistieron reconocieron expresaron recordaron aclararon
reiteraron lamentaron concluyeron detallaron respondieron remarcaron mencionó
mencionaron finalizó
señalan indican afirman aseguran explican añaden agregan destacan subrayan advierten
señalando afirmando explicando declarando asegurando indicando
destacando subrayando recordando advirtiendo añadiendo agregando
diciendo anunciando""",
    "continued": "continuó prosiguió continuaba continúa proseguía",
    "plural": """
dicen dijeron señalaron indicaron afirmaron aseguraron declararon explicaron añadieron
agregaron informaron anunciaron confirmaron advirtieron manifestaron subrayaron destacaron
resaltaron apuntaron sostuvieron comentaron escribieron insistieron reconocieron expresaron
recordaron aclararon reiteraron lamentaron concluyeron detallaron respondieron remarcaron
mencionaron señalan indican afirman aseguran explican añaden agregan destacan subrayan
advierten""",
    "added": "añadió agregó añade agrega añadía agregaba añadiendo agregando",
    "concluded": "concluyó concluye finalizó",
    "admitting": "admitió admite reconoció reconoce",
    "calling": "calificado definido descrito",
    "auxiliary": "ha han había habían",
    "according": "según",
    "statement": "declaración declaraciones comunicado discurso",
    "that": "que",
    "pronouns": "ella ellos ellas",
    "reporting": """
declaraciones declaración comunicado nota rueda prensa conferencia portavoz fuentes fuente
agencia medios periodistas periódico diario entrevista informe información noticia noticias
gobierno ministerio oficial oficiales autoridades mensaje
red redes social sociales cuenta mensajes publicación plataforma perfil compartido
compartió través""",
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
diputado diputada embajador líder rey reina mandatario señor señora fiscal
señoras señores""",
    "common": """
personas gente mundo país países nación ciudad ciudades familia familias vida vidas hombre
hombres mujer mujeres niños grupo grupos parte lugar forma muertos muerto fallecidos heridos
herido""",
    # ("precisó" folds to "preciso": Portuguese "I need", Italian "precise")
    "false": "son sin era sea hay ante tan solo dice casi red manifestó precisó",
    "feelings": """
condolencias pésame tristeza dolor consternación consternado consternada conmocionado
conmocionada profundamente pensamientos oraciones afecto cariño luto""",
}

ITALIAN = {
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
avvertito ricordato concluso conclude replicato risposto sostenuto evidenziato
rimarcato pubblicato diceva spiegava aggiungeva continuava dissero affermano spiegano
sottolineano aggiungono
sottolineando spiegando affermando dichiarando annunciando ricordando
precisando ribadendo osservando commentando evidenziando rimarcando aggiungendo
dicendo""",
    "continued": "proseguito prosegue continuato continua continuava proseguiva",
    "plural": "dicono dissero affermano spiegano sottolineano aggiungono",
    "added": "aggiunto aggiunge aggiungeva aggiungendo",
    "concluded": "concluso conclude",
    "admitting": "ammesso ammette",
    "calling": "definito definita descritto descritta",
    "auxiliary": "ha hanno aveva avevano",
    "according": "secondo",
    "statement": "dichiarazione dichiarazioni comunicato",
    "that": "che",
    "pronouns": "lui lei loro",
    "reporting": """
dichiarazione dichiarazioni comunicato nota conferenza stampa portavoce fonti fonte agenzia
media giornale giornalisti intervista governo ministero ufficiale autorità messaggio notizia
notizie
social messaggio post profilo piattaforma account condiviso""",
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
governatore senatore deputato ambasciatore re regina leader signor signora procuratore
signori""",
    "common": """
persone gente mondo paese paesi città famiglia famiglie vita vite uomo uomini donna donne
bambini gruppo gruppi parte luogo modo morti morto feriti ferito""",
    "feelings": """
cordoglio condoglianze vicinanza vicino vicini vicina vicine commozione sgomento tristezza
preghiere
preghiera dolore""",
    "false": "come dice era state dove solo ore due",
}

PORTUGUESE = {
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
ressaltou sublinhou garantiu alertou comentou contou reiterou publicou tuitou lembrou
completou pontuou frisou salientou realçou concluiu lamentou relatou respondeu ponderou dizia
explicava acrescentava afirmava continuava afirmaram declararam explicaram informaram
anunciaram confirmaram escreveram destacaram ressaltaram garantiram alertaram comentaram
lembraram relataram responderam acrescentaram finalizou
notou adiantou referiu vincou assegurou sustentou insistiu defendeu apontou observou indicou
assinalou esclareceu revelou advertiu avisou argumentou reconheceu rematou admitiu considerou
notaram adiantaram referiram asseguraram sustentaram insistiram defenderam apontaram
observaram indicaram assinalaram esclareceram revelaram advertiram avisaram reconheceram
admitiram consideraram
recordou recorda transmitiu evocou enalteceu elogiou manifestou expressou terminou termina
relembrou relembra destaca sublinha lembra salienta realça frisa lamenta garante refere evoca
elogia enaltece ressalta
recordaram transmitiram evocaram enalteceram elogiaram manifestaram expressaram
afirmando dizendo explicando declarando recordando
destacando ressaltando lembrando garantindo acrescentando
anunciando""",
    "continued": "continuou prosseguiu continuava prosseguia",
    "plural": """
dizem disseram afirmaram declararam explicaram informaram anunciaram confirmaram escreveram
destacaram ressaltaram garantiram alertaram comentaram lembraram relataram responderam
acrescentaram notaram adiantaram referiram asseguraram sustentaram insistiram defenderam
apontaram observaram indicaram assinalaram esclareceram revelaram advertiram avisaram
reconheceram admitiram consideraram recordaram transmitiram evocaram enalteceram elogiaram
manifestaram expressaram""",
    "added": "acrescentou acrescenta acrescentava acrescentando",
    "concluded": "concluiu conclui finalizou terminou termina",
    "admitting": "admitiu admite reconheceu reconhece",
    "calling": "definido classificado descrito",
    "auxiliary": "tem têm tinha tinham",
    "according": "segundo",
    "statement": "declaração declarações comunicado",
    "that": "que",
    "pronouns": "ele ela eles elas",
    "reporting": """
declaração declarações comunicado nota conferência imprensa porta voz fontes fonte agência
mídia jornal jornalistas entrevista governo ministério oficial autoridades mensagem notícia
notícias
rede redes social sociais perfil mensagem publicação plataforma conta
compartilhou compartilhado""",
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
diretora governador prefeito senador deputado embaixador líder rei rainha senhor senhora
procurador procuradora
senhoras senhores""",
    "common": """
pessoas gente mundo país países cidade cidades família famílias vida vidas homem homens mulher
mulheres crianças grupo grupos parte lugar forma mortos morto feridos ferido""",
    "false": "era até eu conta pesar",
    "feelings": """
condolências pêsames tristeza dor consternação consternado consternada comoção
profundamente pensamentos orações luto pesar""",
}
