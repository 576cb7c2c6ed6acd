"""Word lists for quote extraction and attribution (English news register).

Kept apart from the logic so that adding a verb or a role noun never touches the rules.
"""
from __future__ import annotations

# Communication verbs, by how their complement is built. Forms are listed explicitly (no stemming).
# that-clause / bare clause: "X warned (that) CLAUSE".
CLAUSE_VERBS = """
said says say saying
warned warns warning
argued argues arguing
insisted insists insisting
claimed claims claiming
denied denies denying
stressed stresses stressing
added adds adding
noted notes noting
announced announces announcing
confirmed confirms confirming
suggested suggests suggesting
acknowledged acknowledges acknowledging
admitted admits admitting
predicted predicts predicting
reiterated reiterates reiterating
explained explains explaining
asserted asserts asserting
declared declares declaring
maintained maintains maintaining
contended contends contending
conceded concedes conceding
complained complains complaining
cautioned cautions cautioning
emphasised emphasises emphasising emphasized emphasizes emphasizing
underlined underlines underlining
underscored underscores underscoring
recalled recalls recalling
signalled signaled signals signalling signaling
indicated indicates indicating
hinted hints hinting
alleged alleges alleging
promised promises promising
pledged pledges pledging
vowed vows vowing
threatened threatens threatening
wrote writes writing
posted posts posting
tweeted tweets tweeting
estimated estimates estimating
replied replies replying
responded responds responding
countered counters countering
retorted retorts retorting
boasted boasts boasting
lamented laments lamenting
repeated repeats repeating
stated stating
testified testifies testifying
concluded concludes concluding
observed observes observing
ranted rants ranting
shouted shouts shouting
yelled yells yelling
fumed fumes
raged rages
sneered sneers
gloated gloats
scoffed scoffs
agreed agrees agreeing
reported reports reporting
acknowledged
objected objects objecting
protested protests protesting
proposed proposes proposing
mused muses musing
quipped quips quipping
joked jokes joking
sniped snipes sniping
remarked remarks remarking
commented comments commenting
revealed reveals revealing
disclosed discloses disclosing
reaffirmed reaffirms reaffirming
affirmed affirms affirming
speculated speculates speculating
forecast forecasts forecasting
disputed disputes disputing
recommended recommends recommending
pointed points pointing
point
warn argue insist claim deny admit predict contend concede complain caution allege vow
suggest acknowledge
""".split()

# Verbs taking an addressee before the clause: "X told reporters (that) CLAUSE".
TELL_VERBS = """
told tells telling
assured assures assuring
informed informs informing
reminded reminds reminding
briefed
""".split()

# Verbs whose object carries the position: "X criticized the current military aid".
OBJECT_VERBS = """
criticized criticised criticizes criticises criticizing criticising
condemned condemns condemning
welcomed welcomes welcoming
praised praises praising
rejected rejects rejecting
dismissed dismisses dismissing
denounced denounces denouncing
defended defends defending
endorsed endorses endorsing
opposed opposes opposing
blamed blames blaming
accused accuses accusing
hailed hails hailing
questioned questions questioning
slammed slams slamming
blasted blasts blasting
lambasted lambasts lambasting
decried decries decrying
applauded applauds applauding
demanded demands demanding
urged urges urging
described describes describing
branded brands branding
labelled labeled labels labelling labeling
ruled rule ruling
called calls calling
pushed pushes pushing
appealed appeals appealing
pressed presses pressing
advocated advocates advocating
backed backs backing
credited credits crediting
expressed expresses expressing
voiced voices voicing
floated floats floating
commended commends commending
lauded lauds lauding
deplored deplores deploring
derided derides deriding
ridiculed ridicules ridiculing
mocked mocks mocking
begged begs begging
spoke speaks
implored implores imploring
offered offers offering
asked asks
renewed renews renewing
objected objects objecting
played plays playing
""".split()

# Two-word cues: the second word is required ("called for", "ruled out", "pushed for").
# Clause verbs that need a particle: "pointed out that".
CLAUSE_PARTICLES = {"pointed": ("out",), "points": ("out",), "pointing": ("out",), "point": ("out",),
                    "made": ("clear", "it clear"), "makes": ("clear", "it clear"), "making": ("clear", "it clear")}

PARTICLE_VERBS = {
    "called": ("for", "on", "upon"), "calls": ("for", "on", "upon"), "calling": ("for", "on", "upon"),
    "ruled": ("out",), "rule": ("out",), "ruling": ("out",), "pushed": ("for",), "pushes": ("for",), "pushing": ("for",),
    "appealed": ("to", "for"), "appeals": ("to", "for"), "appealing": ("to", "for"),
    "pressed": ("for",), "presses": ("for",), "pressing": ("for",),
    "spoke": ("of",), "speaks": ("of",),
    "objected": ("to",), "objects": ("to",), "objecting": ("to",),
    "played": ("down",), "plays": ("down",), "playing": ("down",),
}

# Verbs of findings: a cue only with "that" and a document or study as subject ("A report by the Kiel
# Institute found that …"); never a direct-quote cue.
FINDING_VERBS = frozenset("found finds showed shows".split())

# Verbs that report speech only with their particle ("made clear that"): scanned as cues, but no speech verb
# on their own anywhere else (clause ends, direct attributions).
PARTICLE_ONLY_VERBS = frozenset("made makes making".split())

# Base forms that report speech only after "used his speech to" ("… to accuse Russia of …"); elsewhere they are
# plans and prescriptions ("the EU must condemn"), never reports.
USED_TO_ONLY_VERBS = frozenset("accuse criticise criticize condemn praise reject denounce urge blame demand".split())

ALL_VERBS = sorted(set(CLAUSE_VERBS) | set(TELL_VERBS) | set(OBJECT_VERBS) | FINDING_VERBS | PARTICLE_ONLY_VERBS
                   | USED_TO_ONLY_VERBS, key=len, reverse=True)

# Verbs that introduce a direct quote after the quote ("…," X said) or before it (X said: "…").
DIRECT_VERBS = sorted(set(CLAUSE_VERBS) | set(TELL_VERBS) | {
    "asked", "asks", "answered", "answers", "continued", "continues", "went", "joked", "jokes", "shouted", "wrote", "writes",
    "explained", "urged", "urges", "pleaded", "pleads", "sighed", "laughed", "recounted", "recalls",
    "recalled", "insisted", "snapped", "scoffed", "smiled", "chanted", "sang", "read",
    "fumed", "raged", "thundered", "sneered", "blasted", "gushed", "beamed", "pleaded", "mocked", "jeered",
    "crowed", "gloated", "quipped", "boasted", "raved",
    "shot back", "hit back", "fired back", "pushed back", "went on", "hit out", "summed up", "spelled out",
    "put it",
    "vented", "roared", "yelled", "screamed", "whispered", "cried", "wept", "sobbed", "tweeted", "posted",
    "texted", "messaged", "urged", "begged", "demanded", "vowed", "pledged", "promised", "predicted",
    "announced", "declared", "asserted", "argued", "countered", "responded", "replied", "retorted",
}, key=len, reverse=True)

# Role nouns: heads of title phrases ("the Kremlin spokesman", "Ukraine's foreign minister").
ROLE_NOUNS = frozenset("""
taoiseach tanaiste tánaiste director-general editor-in-chief chief-of-staff deputy-director
president president-elect vice-president minister secretary chancellor premier spokesman spokeswoman
spokesperson adviser advisor aide chief head leader commander commander-in-chief general admiral
ambassador envoy diplomat senator congressman congresswoman lawmaker legislator mp mep governor mayor
deputy chairman chairwoman chair director official officer speaker prosecutor ombudsman king queen
pope pontiff prince representative rep sen gen col lt maj capt adm sgt mr mrs ms dr prof sir dame lord
colonel major captain lieutenant sergeant analyst expert negotiator strategist economist professor
researcher founder ceo owner boss journalist correspondent editor commentator activist priest
patriarch metropolitan pastor rev reverend judge lawyer attorney investigator inspector commissioner coordinator
representative chief-of-staff pilot soldier serviceman commander colonel-general marshal
pm tyrant despot dictator strongman autocrat mate nominee candidate frontrunner front-runner whip
secretary-general secretary general under-secretary undersecretary attache attaché consul
colleague colleagues counterpart counterparts successor predecessor rival deputy partner ally
son daughter wife husband brother sister
consultant columnist historian broadcaster lecturer scholar specialist banker investor trader entrepreneur
treasurer organiser organizer manager author co-author principal headteacher headmaster headmistress
presenter anchor commentator
""".split())

# Role nouns that stand for "leader" in title-only references ("the Kremlin tyrant" -> Kremlin leader).
LEADER_SYNONYMS = frozenset({"leader", "tyrant", "despot", "dictator", "strongman", "autocrat", "ruler", "supremo"})

# Occupational or rank words that precede a name like a title ("Paratrooper Dmytro Savchuk").
RANK_CAPS = frozenset("""
Paratrooper Corporal Private Sergeant Lieutenant Colonel Marine Officer Nurse Doctor Pastor Father Reverend
Councillor Councilor Professor Analyst Volunteer Medic Soldier Gunner Sniper Pilot Driver Farmer Teacher
Pensioner Grandmother Grandfather Mother Student Engineer Commander Captain Major Brigadier Admiral Envoy
Ambassador Minister Deputy Senator Congressman Congresswoman Representative Rep Rep. Governor Mayor Chairman
Chairwoman Spokesman Spokeswoman Spokesperson Colonel-General Lt.-Gen Lt-Gen Maj-Gen Maj.-Gen Brig-Gen Gen
General Sgt Sgt. Cpl Cpl. Pte Pte. Lt Lt. Col Col. Maj Maj. Capt Capt. Adm Adm. Chancellor Premier President
Vice-President Secretary Secretary-General Under-Secretary Prime PM MP MEP Sir Dame Lord Lady Judge Justice
Prosecutor Commissioner Director Chief Head Leader Speaker Senator-elect President-elect Sen Sen. Dr Dr.
Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Comrade Patriarch Metropolitan Archbishop Bishop Rabbi Imam Sheikh Crown
Prince Princess King Queen Emperor Lady Baroness Baron Count Countess Activist Blogger Journalist Reporter
Correspondent Editor Economist Historian Researcher Scientist Lawyer Attorney Surgeon Physician Paramedic
Firefighter Rescuer Veteran Recruit Conscript Mechanic Welder Miner Shopkeeper Businessman Businesswoman
Entrepreneur Owner Manager Resident Villager Refugee Evacuee Survivor Witness Priest Nun Monk
""".split())

TITLE_CAPS = frozenset("""
President President-elect Vice Vice-President Prime Minister Secretary Chancellor Premier Spokesman
Spokeswoman Spokesperson Adviser Advisor Chief Head Leader Commander Commander-in-Chief General Gen Gen.
Admiral Adm Adm. Ambassador Envoy Senator Sen Sen. Rep Rep. Representative Congressman Congresswoman MP
MEP Governor Gov Gov. Mayor Deputy Chairman Chairwoman Director Speaker Prosecutor Ombudsman King Queen
Pope Prince Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Lord Lady Colonel Col Col. Major Maj Maj.
Captain Capt Capt. Lieutenant Lt Lt. Sergeant Sgt Sgt. Marshal Foreign Defence Defense Interior Finance
Economy Energy Justice Health Trade Culture Digital Strategic Industries Security National Affairs State
Press Defence-Minister Minister-President Patriarch Metropolitan Judge Brig Brig. Gen.-Lt Cardinal Archbishop
Bishop Father Monsignor Rev Rev. Reverend Senators Sens Sens. Reps Reps. Representatives Congressmen Congresswomen
Frontman Frontwoman Singer Coach Captain Striker Goalkeeper Manager Producer Director-General Editor Professor
Analyst Economist Historian Author Researcher Volunteer Paramedic Nurse Surgeon Doctor Pilot Councillor Cllr Alderman
Taoiseach Tánaiste Tanaiste TD Ceann Comhairle MSP MLA Voivode Hetman Executive CEO Agent Abbot Inspector Detective Superintendent Organiser Organizer Coordinator Founder
Co-founder Chairperson Fellow Gran Granny Grandma Grandpa Councilman Councilwoman Councilor Councilmember
Presenter Anchor Commentator Columnist Broadcaster
""".split())

# Honorifics/titles that carry gender.
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "congresswoman", "spokeswoman", "chairwoman"})

# Modifiers allowed inside a speaker noun phrase besides names and role nouns.
NP_MODIFIERS = frozenset("""
editorial
culture education agriculture infrastructure environment transport digital veterans social labour labor sport
sports youth science industry emergency emergencies reintegration communications information tourism housing
evening morning daily weekly monthly annual nightly quarterly interim latest final internal confidential classified
climate migration refugee refugees
coach
the a an his her their its our this that these those one two three four five several many some other
another both each former senior top deputy shadow assistant acting outgoing incoming new chief foreign defence defense
interior finance economy energy justice health trade military national security state press
presidential parliamentary regional local western european eastern ukrainian russian american british
german french polish hungarian italian chinese us uk eu un nato international global high-ranking
high ranking junior leading prominent veteran longtime long-time retired unnamed anonymous first
second third vice prime general staff own regional opposition ruling republican democratic democrat
pro-kremlin pro-russian pro-ukrainian kremlin-backed moscow-installed russian-installed russia-installed
kyiv-based moscow-based western-backed hardline hawkish outspoken influential powerful ukraine's russia's
of for to in at from on with and
""".split())

# Heads of anonymous or collective human speakers: a quote with a null speaker.
ANON_NOUNS = frozenset("""
official officials guard guards diplomat diplomats source sources analyst analysts expert experts observer observers
critic critics resident residents people person man woman men women soldier soldiers commander
commanders lawmaker lawmakers legislators politician politicians republicans democrats allies ally
protester protesters protestors demonstrators crowd crowds witness witnesses volunteer volunteers
survivor survivors refugee refugees medic medics doctor doctors worker workers farmer farmers
villager villagers locals citizens voters supporters opponents activists investigators researchers
economists strategists negotiators aides aide advisers advisors insiders officers troops fighters
veterans students teachers mothers families relatives neighbours neighbors parents mourners
representatives members leaders ministers envoys ambassadors generals spokespeople authorities media
someone somebody many some others few governments capitals partners countries nations member
administration governments european europeans ukrainians russians americans britons germans poles
officers soldier driver engineer nurse teacher pensioner student businessman businesswoman owner executive
one bloggers blogger commentators commentator pundits hawks hardliners nationalists campaigners authors
lobbyists bankers traders investors executives diplomats senators congressmen mps deputies delegates
ministers planners generals admirals pilots sailors marines paratroopers gunners medics nurses
correspondents journalists reporters editors scholars historians academics scientists lawyers
consultant consultants firefighter firefighters specialist specialists trader columnist columnists historian
broadcaster broadcasters lecturer lecturers scholar veteran surgeon surgeons miner miners entrepreneur
entrepreneurs banker investor planner contractor contractors manager managers broker brokers underwriter underwriters
translator translators interpreter interpreters friend friends neighbour neighbor widow widower fiancee girlfriend
boyfriend
prosecutors judges monitors inspectors observers inhabitants townspeople farmers miners workers
unions mayors governors parliamentarians legislators donors backers opponents sceptics skeptics
buyers sellers manufacturers makers producers suppliers customers consumers shoppers drivers users
parties sides factions camps operator operators sapper sappers gunner sniper snipers paramedic paramedics
rescuer rescuers deminer deminers mechanic mechanics organisers organizers
""".split())

# Heads that make a noun phrase an organisation.
ORG_HEADS = frozenset("""
faction caucus bloc force fleet corps brigade battalion regiment division unit ministry department office commission council agency service services army forces military navy
government administration parliament committee staff company group bank fund court command
headquarters operator watchdog union alliance organisation organization institute embassy mission
kremlin pentagon house presidency cabinet duma rada secretariat directorate guard police prosecutors
prosecutor's corporation firm network monitor observatory center centre foundation
bureau regulator inspectorate depository exchange consortium coalition secretariat party board authority
charity trust society association federation club university congress
""".split())

# Heads that cannot speak: "the decision said" is not an attribution.
# Documents that "say" things: a quote whose speaker is the document's author, if named.
DOC_HEADS = frozenset("""
statement report communique communiqué declaration letter decree resolution readout transcript document post
draft sheet factsheet filing
message tweet note memo memorandum assessment update briefing bulletin summary conclusions text
paper study survey audit editorial editorials page estimates figures data calculations surveys polls tally
""".split())

NON_SPEAKER_HEADS = frozenset("""
decision move plan deal law bill aid package data figures study survey poll
video map images image footage analysis war conflict attack strike
strikes offensive counteroffensive talks meeting summit visit agreement treaty vote proposal
idea it this that which what there
""".split())

# Capitalised words that never start or form a person name.
NON_NAME_CAPS = frozenset("""
The A An In On At But And Or As After Before During Since While When Where If Although Though Yet So
Then Now Today Yesterday Tomorrow Meanwhile However Still Instead Also Earlier Later Last Next This
That These Those There Here It Its He She They We I You His Her Their Our My Your Some Many Several
Most More Both Each Every No Not Speaking Asked Asked, Writing Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November
December Ukraine Ukrainian Ukrainians Russia Russian Russians Kyiv Kiev Moscow Washington London Berlin
Paris Warsaw Brussels Budapest Beijing Minsk Europe European Europeans America American Americans US
U.S. USA UK U.K. EU UN NATO Nato Britain British Germany German France French Poland Polish Hungary
Hungarian China Chinese Crimea Donbas Donbass Donetsk Luhansk Kharkiv Kherson Zaporizhzhia Odesa
Odessa Mariupol Bakhmut Avdiivka Kursk Belgorod Dnipro Lviv Black Sea West Western East Eastern North
South Northern Southern Soviet Kremlin Pentagon White House Congress Senate G7 G20 Telegram Facebook
X Twitter Instagram YouTube TikTok Reuters AP AFP BBC CNN Republicans Democrats Republican Democratic
Democrat Christmas Easter Army Navy Air Force Ministry Department Council Union Parliament Rada Duma
Office Government Forces Armed Group Mr Mrs Ms Dr Sen Rep Gen Please Thank Thanks Yes No Oh God
Let Why What Who How Our We're It's I'm Don't
Green Greens Labour Tory Tories Conservative Conservatives Socialist Socialists Liberal Liberals Centrist
""".split())

# Words that make a capitalised sequence a place, organisation or event rather than a person.
NON_PERSON_TOKENS = frozenset("""
Ministry Department Council Union Nations Forces Army Navy House Office Party Group Committee Agency
Service Bank Fund Court Parliament Summit Conference Republic Federation Kingdom States Region Oblast
Sea River Bridge Square Street Airport University Institute Center Centre News Post Times Television
TV Radio Day Week Treaty Agreement Act Plan Program Programme Operation Fleet Brigade Battalion
Regiment Division Corps Staff Guard Command Airlines Energy Company Corporation Inc Ltd Group Watch
International Organization Organisation Alliance Commission Administration Cabinet Assembly Congress
Senate Embassy Mission Network Agency Palace Hall Station Plant Media Press Journal Daily Herald
Gazette Telegraph Guardian Tribune Review Foundation Initiative Coalition Front Movement Church
Oblast Province District County City Town Village Island Peninsula Canal Gulf Ocean Mountains
Park Garden Gardens Memorial Museum Cathedral Monastery Stadium Arena Theatre Theater Hotel Hospital School
Academy Prison Camp Field Airfield Lake Valley Hill Forest Desert Avenue Road Boulevard Embankment Metro
Festival Games Cup League Championship Olympics Prize Award Police Prosecutor Prosecutors Service
Directorate Intelligence Security Club Format Framework Declaration Strategy Doctrine Summit Chiefs Joint
Missile Missiles Systems System Shadow Tanks Tank Jets Jet Brigades Corridor Initiative Deal Package Facility
Fund Gas Oil Pipeline Stream Line Front Offensive Counteroffensive Airbase Base Port Harbour Harbor Market
Institute Studies Study Policy Programme Program Project Forum Dialogue Talks Council Conference
""".split())

FEMALE_FIRST_NAMES = frozenset("""
line abigail adriana agata alicja amelia andrea angelika anika anja anke
annelies annika antonia ariane astrid aurelie barbora birgit birgitta bogdana brigid britta camilla carla carolina
cecilia celine christa cinzia corinna cristina dagmar daniela danuta delphine dominika doris elin
eliza elke ellie elodie elsa emilia emilie erika esra fatima florence frida gemma
gerda gisela gudrun hanne hanneke heike helga henriette hilde ilona ilse imogen
jadwiga jelena jolanta josefine judit justyna karin karina karolina katalin katja kathrin katrine kerstin
kinga kirsten klara krisztina lea leanne leonie liesbeth liisa lina linnea liv livia lotte luisa maaike magda
maja malin manuela marcela margit margot mariam marianne marieke mariette marijke marit marja
marketa marlene martina maud merja mia michaela milena mirjam monique nadine nora
noemi orsolya paulina petronella pia pilar rasa regina renata riikka rita roxana saara sabina sanne sara
silke simone sina siobhan sonja stefanie susanne svetla sylwia tanja tarja therese tiina ulla
vesna viola vivian wiebke yasmin zeynep zofia zsuzsanna
aisling aoife caoimhe niamh orla roisin saoirse sinead maeve grainne
aurelia beatrice benedetta elisabetta gianna ilaria lucrezia ornella raffaella
ausra dalia jurate kristiina liina maarja marika inara ilze laila
ivana jovana marija milica snezana dragana
ekaterini eleni katerina
nino tamar salome ketevan
priya sunita nirmala indira meera anjali
yoko yuko keiko naoko
mariia maria mariya marie mary olena olga olha oksana iryna irina yulia yuliia julia tetiana tatiana
tatyana natalia nataliya natalya svitlana svetlana anna hanna ganna kateryna ekaterina yekaterina
katarina catherine kate kaja ursula annalena giorgia kamala hillary nancy marjorie liz elizabeth
theresa victoria viktoria valentina elvira margarita lyudmila liudmyla halyna galina larysa larisa
alla inna zoya nadia nadiya nadezhda daria darya sofia sophia vira vera lesia lesya ruslana
alina polina ksenia kseniia yana ivanna roksolana khrystyna kristina christina christine linda
karine karoline tammy sabrina tulsi janet bridget mette kristalina roberta maia sandra sanna
ingrid petra agnieszka beata ewa magdalena jacinda emmanuelle sarah susan karen laura emily
jennifer jessica angela helen helena emma hannah rachel rebecca amy anne annie alice claire clare
lucy grace sophie charlotte olivia isabel isabella ana ines marta monica monika paula rosa silvia
valeria yvette priti penny suella kemi rachel lisa michelle melania ivanka kristi nikki elise
samantha jill yuliya oleksandra olexandra ivanna iuliia viktoriia mariana maryana diana liubov
lyubov ludmila liudmila zinaida evgenia yevgenia galyna kira nina olesya olesia uliana ulyana valentyna valentina halyna oksana mariana svitlana larysa lyudmyla iryna
nataliia nataliya nadiia tetyana tetiana khrystyna zuzana ingrid mette ursula kaja annalena giorgia
sanna kaja roberta frederica federica dana fiona helen lucia elena olena anna hanna kamala nancy
alison joanna amanda barbara beth brenda carol caroline carolyn chloe clara deborah debbie denise diane
donna dorothy eleanor elisabeth ellen erin eva frances gabriela gillian heather hilary holly irene jacqueline
jane janice jodie josephine joyce judith julie katherine kathleen kathryn katie kirsty lauren louise lydia
lynn margaret marina martha megan melanie melissa natalie nicole pamela patricia rose ruth shirley stephanie
suzanne teresa tina valerie virginia wendy yvonne zoe anastasia anastasiia dariia larissa nadezhda solomiia
zhanna alona katarzyna malgorzata dorota jana lucie ingrida sahra marine mathilde agnes sylvie nathalie
brigitte claudia francesca chiara elisa paola kristine inga ieva evika kersti heidi jutta sabine svenja
katrin christiane ulrike antje franziska marie-agnes kamila veronika lenka hana eliska zuzanna aleksandra
joanne lorraine sheila maureen rosemary esther miriam naomi leah tamara vanessa carmen lucia beatriz
""".split())

MALE_FIRST_NAMES = frozenset("""
aaron abdul abdullah adrian ahmed ahmad ali alastair alasdair alistair aleksander alessandro alexis alfonso alfred
alvaro ambrose anders andreas andre angelo angus anton antonin ariel arjen armin arnaud arne arvid ashok atle
barry bart bartosz bastiaan benedikt benoit bernd bjorn bjarne boyko branko brendan brett caspar casper cedric
cesar ciaran claude clement conor connor cornelius cyril cyrille damian damien dariusz darius dave davide declan
detlef diego dirk dmitriy doug dougal duncan dylan egon einar elias emil emilio enrico enrique erik erwin esa
esben etienne eugen eugene evan ewan fabian fabio federico felipe felix fernando filip finn florian fraser frederik
fritz gareth geert gennaro georg gerard gerrit gert gianluca gilles giorgos giovanni goran gunnar gustav
gustavo guillaume guido gyorgy halvor hannes harald heinz helmut hendrik henk henrik herbert hubert hugh hugo
imre ingo ion ioannis isaac ismail ivo jaap jacob jakob jan janis jaime javier jeroen jesper joachim
joao joel johan johannes jorge jorn josef jozef julian julien juha jukka kai kalle kasper kazimierz
kieran kjell konrad kristof kurt lasse laszlo laurent laurens lennart leon leonardo lorenzo louis lucas luca ludovic
lukas lutz magnus malcolm manfred marcel marcin marcus mario marius marko mart martijn massimo mathias mathieu matthias
mattias maurice mauro max maximilian mehmet mihai mikael milan milos miroslav mohammed mohamed muhammad
mustafa nathan nathaniel neville niall niels nikolaos nils noah olav onur oskar otto owen
pascal patrik pekka pere petteri philippe pieter pim radek rafael raimo rainer ralf ramon raphael raul
reinhard rene rhys ricardo riccardo rik robin rodrigo roel ronan rudolf rupert rutger sami samir sander santiago
sebastian seamus sergiu shane sigurd silvio simen soren stefan stefano stein sven szymon tadeusz tamas
teemu theo theodore thierry thijs tibor till tobias toby tommy torben tore trevor tristan ulrich umberto
uwe valentin vasile vincent vincenzo vojtech wim witold wouter xavier yannick yves zbigniew zdenek
alexandru andrius aivars arturs kestutis linas mindaugas raimonds rihards valdis vytautas zygimantas
hristo dimitar georgi ivaylo nikolay rumen stoyan aleksandar dragan milorad nebojsa zoran
kostas yannis nikos panagiotis stavros kyriakos ahmet mevlut hulusi emre burak cem
irakli giorgi levan mikheil zurab nodar davit vakhtang
arvind rahul rajesh sanjay subrahmanyam vikram amit anil ajit
shinzo shigeru yoshimasa taro kenji hiroshi takeshi
don dominik larry jerome lamar lorne
francesco paolo pietro salvatore roberto carlo alberto gianni enzo vittorio fabrizio maurizio claudio raffaele
carlos miguel juan pablo alejandro francisco ignacio jesus emmanuele nuno tiago goncalo duarte
volodymyr vladimir dmitry dmitri dmytro sergei sergey serhiy serhii andrii andriy andrei andrey oleksandr
alexander aleksandr alexei aleksei oleksii oleksiy mykhailo mikhail mykola nikolai ivan petro pyotr
yuriy yuri yury viktor victor vitali vitaliy valerii valery kyrylo kirill denys denis rustem ruslan
ihor igor oleh oleg vadym vadim vasyl vasily vasili yevgeny evgeny herman german taras bohdan anatoliy
anatoly roman pavlo pavel maxim maksym stanislav vyacheslav boris antony anthony joe joseph donald
john james jake mike michael mark keir rishi david ben grant olaf friedrich emmanuel jean donald jens
lloyd pete matthew matt pat patrick keith steve steven chuck mitch hakeem lindsey rand kevin elon
william tucker charles jd robert recep xi wang narendra kim justin fumio anthony antonio volker karim
francis peter petr robert radoslaw wladyslaw mateusz andrzej pedro alexander sauli ulf jonas gitanas
edgars kristen hakan josep george tom thomas richard paul chris christopher daniel dan nick nicholas
henry jack harry edward simon jonathan tony marco scott tim timothy greg gregory jim jerry ron
bill brian sean adam eric ryan josh joshua luke dominic liam oliver jeremy jeremy nigel rory wes
hamish colin curtis wade bryce graham patrick zoltan juraj martin mikkel andrej rolf steffen gabrielius
taras oleh serhiy serhii mykola ruslan andriy dmytro ihor yevhen yehor artem bohdan danylo maksym
alan andrew arthur benjamin bernard bob bruce carl craig darren dean dennis derek douglas eric frank fred
gary gavin gordon ian jason jeff jeffrey jamie kenneth ken neil phil philip roger ronald sam samuel stuart
walter fedir hennadiy gennady gennadiy kostiantyn konstantin leonid arseniy vitaly valeriy yaroslav yevhenii
ostap yurii volodymir mykyta nikita semen borys heorhiy georgiy vladyslav vladislav illia ilya eduard
jaroslaw rafal piotr tomasz krzysztof marek pawel michal lukasz wojciech jakub ondrej tomas jiri vaclav
gitanas edgars krisjanis alar kristjan margus urmas lars hans klaus markus jurgen juergen heiko
wolfgang karl sigmar thorsten christian norbert bastian giuseppe matteo sergio luis jose pierre
jacques nicolas bruno olivier sebastien stephane francois gabriel manuel alain gerhard
""".split())

# Speaker NPs that refer back: pronouns.
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p", "it": "n", "i": "i", "we": "p"}

# Country (and capital-city metonym) -> adjective, for "Norway's defence ministry" -> "Norwegian Defence
# Ministry" and "Poland said" -> "Polish Government".
COUNTRY_ADJ = {
    "Ukraine": "Ukrainian", "Russia": "Russian", "Poland": "Polish", "Germany": "German", "Hungary": "Hungarian",
    "France": "French", "Britain": "British", "UK": "UK", "United Kingdom": "UK", "US": "US", "America": "US",
    "United States": "US", "Slovakia": "Slovak", "Czech Republic": "Czech", "Czechia": "Czech", "Norway": "Norwegian",
    "Denmark": "Danish", "Netherlands": "Dutch", "Sweden": "Swedish", "Finland": "Finnish", "Estonia": "Estonian",
    "Latvia": "Latvian", "Lithuania": "Lithuanian", "Romania": "Romanian", "Bulgaria": "Bulgarian", "Italy": "Italian",
    "Spain": "Spanish", "Turkey": "Turkish", "Türkiye": "Turkish", "China": "Chinese", "Belarus": "Belarusian",
    "Moldova": "Moldovan", "Georgia": "Georgian", "Japan": "Japanese", "Canada": "Canadian", "Australia": "Australian",
    "Iran": "Iranian", "India": "Indian", "Israel": "Israeli", "Austria": "Austrian", "Belgium": "Belgian",
    "Greece": "Greek", "Portugal": "Portuguese", "Ireland": "Irish", "Switzerland": "Swiss", "Serbia": "Serbian",
    "Croatia": "Croatian", "Slovenia": "Slovenian", "Kazakhstan": "Kazakh", "North Korea": "North Korean",
    "South Korea": "South Korean", "Brazil": "Brazilian", "Saudi Arabia": "Saudi", "Qatar": "Qatari",
    "Kyiv": "Ukrainian", "Kiev": "Ukrainian", "Moscow": "Russian", "Warsaw": "Polish", "Berlin": "German",
    "Budapest": "Hungarian", "Paris": "French", "London": "British", "Washington": "US", "Bratislava": "Slovak",
    "Prague": "Czech", "Oslo": "Norwegian", "Copenhagen": "Danish", "The Hague": "Dutch", "Stockholm": "Swedish",
    "Helsinki": "Finnish", "Tallinn": "Estonian", "Riga": "Latvian", "Vilnius": "Lithuanian", "Bucharest": "Romanian",
    "Sofia": "Bulgarian", "Rome": "Italian", "Madrid": "Spanish", "Ankara": "Turkish", "Beijing": "Chinese",
    "Minsk": "Belarusian", "Chisinau": "Moldovan", "Tbilisi": "Georgian", "Tokyo": "Japanese", "Ottawa": "Canadian",
    "Tehran": "Iranian", "Pyongyang": "North Korean", "Vienna": "Austrian", "Brussels": "Belgian",
    "Seoul": "South Korean", "New Delhi": "Indian", "Canberra": "Australian", "Brasilia": "Brazilian",
    "Riyadh": "Saudi", "Doha": "Qatari", "Athens": "Greek", "Lisbon": "Portuguese", "Dublin": "Irish",
    "Bern": "Swiss", "Belgrade": "Serbian", "Zagreb": "Croatian", "Ljubljana": "Slovenian", "Astana": "Kazakh",
    # more countries and capitals (seldom quoted, but a government speaking must not be dropped)
    "Mongolia": "Mongolian", "Ulaanbaatar": "Mongolian", "Armenia": "Armenian", "Yerevan": "Armenian", "Azerbaijan": "Azerbaijani", "Baku": "Azerbaijani", "Egypt": "Egyptian", "Cairo": "Egyptian", "South Africa": "South African", "Pretoria": "South African", "Indonesia": "Indonesian", "Jakarta": "Indonesian", "Mexico": "Mexican", "Argentina": "Argentine", "Chile": "Chilean", "Pakistan": "Pakistani", "Islamabad": "Pakistani", "Vietnam": "Vietnamese", "Hanoi": "Vietnamese", "Thailand": "Thai", "Bangkok": "Thai", "Singapore": "Singaporean", "Malaysia": "Malaysian", "New Zealand": "New Zealand", "Wellington": "New Zealand", "Iceland": "Icelandic", "Reykjavik": "Icelandic", "Luxembourg": "Luxembourgish", "Cyprus": "Cypriot", "Nicosia": "Cypriot", "Malta": "Maltese", "Montenegro": "Montenegrin", "Albania": "Albanian", "Tirana": "Albanian", "North Macedonia": "North Macedonian", "Skopje": "North Macedonian", "Bosnia": "Bosnian", "Sarajevo": "Bosnian", "Kosovo": "Kosovar", "Syria": "Syrian", "Damascus": "Syrian", "Iraq": "Iraqi", "Baghdad": "Iraqi", "Venezuela": "Venezuelan", "Caracas": "Venezuelan", "Cuba": "Cuban", "Havana": "Cuban", "Nigeria": "Nigerian", "Kenya": "Kenyan", "Nairobi": "Kenyan", "Ethiopia": "Ethiopian", "Addis Ababa": "Ethiopian", "United Arab Emirates": "UAE", "UAE": "UAE", "Abu Dhabi": "UAE", "Kuwait": "Kuwaiti", "Lebanon": "Lebanese", "Beirut": "Lebanese", "Afghanistan": "Afghan", "Kabul": "Afghan", "Uzbekistan": "Uzbek", "Tashkent": "Uzbek", "Kyrgyzstan": "Kyrgyz", "Bishkek": "Kyrgyz", "Tajikistan": "Tajik", "Turkmenistan": "Turkmen",
}


# US states by AP abbreviation, postal code and name, for party-state tags after names: "Sen. Richard Blumenthal
# (D-Conn.)", "Rep. Michael McCaul, R-Texas," -> "Connecticut Democrat", "Texas Republican".
US_STATES = {}
for _name, _codes in {
        "Alabama": "ala al", "Alaska": "alaska ak", "Arizona": "ariz az", "Arkansas": "ark ar", "California": "calif ca",
        "Colorado": "colo co", "Connecticut": "conn ct", "Delaware": "del de", "Florida": "fla fl", "Georgia": "ga",
        "Hawaii": "hawaii hi", "Idaho": "idaho id", "Illinois": "ill il", "Indiana": "ind in", "Iowa": "iowa ia",
        "Kansas": "kan ks", "Kentucky": "ky", "Louisiana": "la", "Maine": "maine me", "Maryland": "md",
        "Massachusetts": "mass ma", "Michigan": "mich mi", "Minnesota": "minn mn", "Mississippi": "miss ms",
        "Missouri": "mo", "Montana": "mont mt", "Nebraska": "neb ne", "Nevada": "nev nv", "New Hampshire": "nh",
        "New Jersey": "nj", "New Mexico": "nm", "New York": "ny", "North Carolina": "nc", "North Dakota": "nd",
        "Ohio": "ohio oh", "Oklahoma": "okla ok", "Oregon": "ore or", "Pennsylvania": "pa", "Rhode Island": "ri",
        "South Carolina": "sc", "South Dakota": "sd", "Tennessee": "tenn tn", "Texas": "texas tx", "Utah": "utah ut",
        "Vermont": "vt", "Virginia": "va", "Washington": "wash wa", "West Virginia": "wva wv", "Wisconsin": "wis wi",
        "Wyoming": "wyo wy"}.items():
    for _code in (*_codes.split(), _name.lower().replace(" ", "")):  # ("D-Conn." and "D-New Hampshire")
        US_STATES[_code] = _name
del _name, _codes, _code
US_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}



# Ukrainian cities and regions whose military administrations speak in the news ("the regional military
# administration" after "In Odesa …" -> Odesa Regional Military Administration); variant spellings -> canonical.
UA_PLACES = {
    "Kyiv": "Kyiv", "Kiev": "Kyiv", "Kharkiv": "Kharkiv", "Kharkov": "Kharkiv", "Odesa": "Odesa", "Odessa": "Odesa",
    "Dnipro": "Dnipro", "Dnipropetrovsk": "Dnipropetrovsk", "Zaporizhzhia": "Zaporizhzhia", "Zaporizhia": "Zaporizhzhia",
    "Zaporozhzhia": "Zaporizhzhia", "Kherson": "Kherson", "Mykolaiv": "Mykolaiv", "Mykolayiv": "Mykolaiv",
    "Sumy": "Sumy", "Chernihiv": "Chernihiv", "Poltava": "Poltava", "Lviv": "Lviv", "Vinnytsia": "Vinnytsia",
    "Zhytomyr": "Zhytomyr", "Rivne": "Rivne", "Volyn": "Volyn", "Lutsk": "Lutsk", "Ternopil": "Ternopil",
    "Khmelnytskyi": "Khmelnytskyi", "Ivano-Frankivsk": "Ivano-Frankivsk", "Zakarpattia": "Zakarpattia",
    "Uzhhorod": "Uzhhorod", "Chernivtsi": "Chernivtsi", "Cherkasy": "Cherkasy", "Kirovohrad": "Kirovohrad",
    "Kropyvnytskyi": "Kropyvnytskyi", "Donetsk": "Donetsk", "Luhansk": "Luhansk", "Kramatorsk": "Kramatorsk",
    "Sloviansk": "Sloviansk", "Pokrovsk": "Pokrovsk", "Kostiantynivka": "Kostiantynivka", "Bakhmut": "Bakhmut",
    "Kupiansk": "Kupiansk", "Izium": "Izium", "Nikopol": "Nikopol", "Kryvyi Rih": "Kryvyi Rih", "Bilhorod-Dnistrovskyi":
    "Bilhorod-Dnistrovskyi", "Izmail": "Izmail", "Chornomorsk": "Chornomorsk", "Okhtyrka": "Okhtyrka",
    "Shostka": "Shostka", "Myrnohrad": "Myrnohrad", "Druzhkivka": "Druzhkivka", "Vovchansk": "Vovchansk",
}
