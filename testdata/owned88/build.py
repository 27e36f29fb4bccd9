#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned88 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned88/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- ck01 Maputo, Africa (Mozambique)
S("ck01", "2010-09-03", "Africa", """
Mozambique police fire on bread-price rioters as unrest grips Maputo

MAPUTO, Mozambique —

Police opened fire on rioters in the suburbs of Maputo on Wednesday, killing at least seven people, among them two children, as anger over steep rises in the price of bread, water and electricity boiled over, hospital officials said.

On Wednesday, crowds blocked the main roads into the capital and the neighbouring city of Matola with burning tyres and stones, and looted shops and a flour warehouse, witnesses said.

Interior Minister Jose Pacheco called the rioters "adventurers and criminals" on Thursday. The minister said police had detained 142 people since the unrest began.

President Armando Guebuza appealed for calm in a televised address, but said the government could not afford to keep subsidising prices.

Afonso Dhlakama, leader of the opposition Renamo party, accused the government of ignoring the hunger of the poor while its officials grew rich.

The protests were called by anonymous text messages that circulated for days before Wednesday. It was not clear who had sent them.

In February 2008, the government backed down on a rise in minibus fares after two days of rioting in the capital.

Amnesty International urged the police to stop using live ammunition against unarmed crowds.

Shops and markets in central Maputo stayed shut on Thursday, and few minibuses were running. Residents said shots could still be heard in the Chamanculo and Hulene districts.

The price of a loaf of bread has risen by about a third this month.
""")
MOZG = A("Mozambique's government", "MOZ", "GOV")
MOZPOL = A("Mozambican police", "MOZ", "COP")
MOZRIOT = A("Mozambican rioters", "MOZ", ["CVL", "OPP"])
E("ck01", "Mozambique police fire on bread-price rioters as", MOZPOL, MOZRIOT, REPR, "175", "2010-09", None, False,
  "headline")
E("ck01", "Police opened fire on rioters in the", MOZPOL, MOZRIOT, ["17", "18", "19"], "175", "2010-09-01",
  P("Maputo", "MOZ"), True, "firing on rioters 175 (17/18, 19 tolerated); 'on Wednesday' before a Friday paper; "
  "'the suburbs of Maputo' names the place")
E("ck01", "crowds blocked the main roads into the", MOZRIOT, MOZG, ["14"], "144", "2010-09-01", None, True,
  "road blocks 144; 'On Wednesday' before a Friday paper; two places (Maputo and Matola): no single place")
E("ck01", "looted shops and a flour warehouse", MOZRIOT, A("Mozambican shops", "MOZ", "BUS"), VPROT, "145",
  "2010-09-01", None, False, "second verb of the road-block sentence, looting 145: optional")
E("ck01", "Interior Minister Jose Pacheco called the rioters", A("Jose Pacheco", "MOZ", ["GOV", "COP"]), MOZRIOT,
  ["11"], "111", "2010-09-02", None, True, "calling rioters criminals 111 (as owned54's 'thugs'); 'on Thursday'")
E("ck01", "The minister said police had detained 142", MOZPOL, MOZRIOT, ["17"], "173", "2010-09", None, True,
  "detentions 173, 'the minister' = Pacheco is the speaker, the police the agent; 'since the unrest began' (a span: "
  "month)")
E("ck01", "President Armando Guebuza appealed for calm in", A("Armando Guebuza", "MOZ", "GOV"), MOZRIOT, DEMAND,
  "100", "2010-09", None, False, "appeal for calm 100 (10/02), no day of its own: month; optional (an appeal to "
  "everyone)")
E("ck01", "accused the government of ignoring the hunger", A("Afonso Dhlakama", "MOZ", ["OPP", "PTY"]), MOZG, ["11"],
  "112", "2010-09", None, True, "accusation 112; no day: month")
E("ck01", "the government backed down on a rise", MOZG, A("Mozambican protesters", "MOZ", ["CVL", "OPP"]), ["08"],
  "083", "2008-02", P("Maputo", "MOZ"), True, "dated background concession to protesters 083 (08, CONCEDE, as "
  "owned84 cg10); 'In February 2008'; 'the capital' with the dateline = Maputo")
E("ck01", "Amnesty International urged the police to stop", A("Amnesty International", None, "NGO"), MOZPOL, DEMAND,
  "100", "2010-09", None, False, "single outside appeal: optional")
F("ck01", "It was not clear who had sent them", "speculation, unknown sender")
F("ck01", "The price of a loaf of bread", "count")

# ---------------------------------------------------------------- ck02 Kinshasa, Africa (DR Congo)
S("ck02", "2018-01-02", "Africa", """
Congo forces fire tear gas inside churches to stop Catholic marches against Kabila

KINSHASA, Congo —

Congolese security forces fired tear gas and live rounds to break up marches by Roman Catholic worshippers in Kinshasa on Sunday, killing at least seven people in the capital, the United Nations mission said.

The marches were called by a committee of Catholic lay leaders to press President Joseph Kabila to step down and to honour a deal signed a year ago. Thousands of worshippers walked out of Mass carrying rosaries, crosses and palm branches.

Police detained at least a dozen priests and scores of other marchers, according to the U.N. mission, which said troops had fired into church grounds.

The government ordered telecoms operators to cut internet and text-message services on Saturday night.

Government spokesman Lambert Mende denied that the security forces had killed anyone, saying the dead included a police officer.

Cardinal Laurent Monsengwo, the archbishop of Kinshasa, on Tuesday condemned what he called the "barbarity" of soldiers who entered churches. "It is time for the mediocre to step aside," he said.

Under the accord brokered by the bishops on Dec. 31, 2016, Kabila's camp and the main opposition bloc agreed that an election would be held by the end of 2017. The electoral commission has since set the vote for December 2018.

U.N. Secretary-General Antonio Guterres urged the authorities to show restraint.

Kabila's second and last elected term expired in December 2016. It was unclear how many marchers were still being held on Tuesday.
""")
CODG = A("Congo's government", "COD", "GOV")
CODSEC = A("Congolese security forces", "COD", ["MIL", "COP"])
CATH = A("Catholic marchers", "COD", ["REL", "CVL", "OPP"])
KABILA = A("Joseph Kabila", "COD", "GOV")
E("ck02", "Congo forces fire tear gas inside churches", CODSEC, CATH, REPR, "175", "2017-12-31", None, False,
  "headline")
E("ck02", "Congolese security forces fired tear gas and", CODSEC, CATH, ["17", "18", "19"], "175", "2017-12-31",
  P("Kinshasa", "COD"), True, "firing on marchers 175 (17/18, 19 tolerated); 'on Sunday' before a Tuesday paper; "
  "'in Kinshasa'")
E("ck02", "The marches were called by a committee", A("Catholic lay committee", "COD", ["REL", "NGO", "OPP"]), KABILA,
  DEMAND, "1041", "2017-12", None, False, "the call on Kabila to step down 1041 (10/02), told as a passive with agent, "
  "no day of its own: optional")
E("ck02", "Thousands of worshippers walked out of Mass", CATH, KABILA, ["14"], "141", "2017-12-31",
  P("Kinshasa", "COD"), True, "march 141 (the walk-out of Mass to march); the Sunday of the lead; in the city of "
  "the lead")
E("ck02", "Police detained at least a dozen priests", A("Congolese police", "COD", "COP"), CATH, ["17"], "173",
  "2017-12-31", P("Kinshasa", "COD"), True, "detentions 173; the U.N. mission's account, undisputed; the day and "
  "city of the marches")
E("ck02", "which said troops had fired into church", CODSEC, CATH, REPR, "175", "2017-12-31", None, False,
  "restatement of the firing in a relative clause: optional")
E("ck02", "The government ordered telecoms operators to cut", CODG, A("Congolese citizens", "COD", "CVL"), ["17"],
  "1721", "2017-12-30", None, True, "internet and SMS cut 1721 (17, as owned54); 'on Saturday night' before a "
  "Tuesday paper; target the public")
E("ck02", "Government spokesman Lambert Mende denied that the", A("Lambert Mende", "COD", "GOV"),
  A("U.N. mission in Congo", "UNO", "IGO"), DENY, "016", None, None, True,
  "denial 016 (01/12) of the U.N. mission's count; no day of its own, and the days between the marches and the "
  "paper span two months and two years: null (as owned84's span over two years)")
E("ck02", "on Tuesday condemned what he called the", A("Laurent Monsengwo", "COD", ["REL", "NGO"]), CODSEC, ["11"],
  "111", "2018-01-02", None, True, "condemnation 111; 'on Tuesday' in a Tuesday paper; no place in the clause")
E("ck02", "It is time for the mediocre to", A("Laurent Monsengwo", "COD", ["REL", "NGO"]), KABILA, DEMAND, "1041",
  "2018-01-02", None, False, "a call for the leaders to go, put as a quote: optional")
E("ck02", "Kabila's camp and the main opposition bloc", A("Kabila's ruling coalition", "COD", ["GOV", "PTY"]),
  A("Congo's opposition bloc", "COD", ["OPP", "PTY"]), AGREE, "057", "2016-12-31", None, True,
  "dated background agreement 057 (05/03/08); 'on Dec. 31, 2016'; first-mentioned direction required")
E("ck02", "Kabila's camp and the main opposition bloc", A("Congo's opposition bloc", "COD", ["OPP", "PTY"]),
  A("Kabila's ruling coalition", "COD", ["GOV", "PTY"]), AGREE, "057", "2016-12-31", None, False,
  "reverse direction of the joint agreement: optional")
E("ck02", "Guterres urged the authorities to show restraint", A("Antonio Guterres", "UNO", "IGO"), CODG, DEMAND, "100",
  None, None, False, "single outside appeal: optional; no day, and the span runs over two years: null")
F("ck02", "second and last elected term expired", "standing situation (a term running out is not an act)")
F("ck02", "It was unclear how many marchers were", "count, unknown")

# ---------------------------------------------------------------- ck03 Beirut, Middle East (Lebanon)
S("ck03", "2007-01-24", "Middle East", """
Lebanon's opposition paralyses country with strike; three killed in clashes

BEIRUT, Lebanon —

Supporters of the Hezbollah-led opposition blocked roads across Lebanon with burning tyres and cars on Tuesday, enforcing a general strike aimed at toppling the Western-backed government of Prime Minister Fouad Siniora.

Opposition supporters and followers of the ruling coalition fought with sticks, stones and guns in several districts of Beirut and in towns north of the capital. Three people were killed and more than 130 wounded, security sources said.

Siniora accused the opposition of trying to bring down his cabinet by "intimidation and force". The government would not bow to pressure, he said.

Saad al-Hariri, leader of the parliamentary majority, blamed Damascus for the violence.

Opposition leaders called off the strike late on Tuesday but said they would resume protests unless Siniora agreed to share power.

Hezbollah, its Shiite ally Amal and the Christian leader Michel Aoun have camped in central Beirut since Dec. 1, when hundreds of thousands of their supporters began a sit-in outside the prime minister's offices.

Five Shiite ministers and a Christian ally quit the cabinet in November after talks on a national unity government collapsed.

Troops cleared some of the barricades in the afternoon, but soldiers did not try to break up the crowds.

Siniora is due to travel to Paris on Thursday for a donor conference that he hopes will raise billions of dollars. Lebanon's public debt stands at about $41 billion.
""")
LBNG = A("Lebanon's government", "LBN", "GOV")
LBNOPP = A("Lebanon's Hezbollah-led opposition", "LBN", ["OPP", "PTY"])
SINIORA = A("Fouad Siniora", "LBN", "GOV")
LBNGSUP = A("supporters of Lebanon's ruling coalition", "LBN", ["PTY", "CVL"])
E("ck03", "Lebanon's opposition paralyses country with strike; three", LBNOPP, LBNG, ["14"], "143", "2007-01-23", None,
  False, "headline")
E("ck03", "Supporters of the Hezbollah-led opposition blocked roads", LBNOPP, LBNG, ["14"], "144", "2007-01-23", None,
  True, "road blocks 144; 'on Tuesday' before a Wednesday paper; 'across Lebanon' is no single place")
E("ck03", "enforcing a general strike aimed at toppling", LBNOPP, LBNG, ["14"], "143", "2007-01-23", None, False,
  "the strike, a participle of the road-block sentence: optional")
E("ck03", "Opposition supporters and followers of the ruling", LBNOPP, LBNGSUP, CLASH, "190", "2007-01-23", None, True,
  "clash between civilian camps 190 (19/18/14, news-dev); first-mentioned direction required; Beirut and towns "
  "north of it: no single place")
E("ck03", "Opposition supporters and followers of the ruling", LBNGSUP, LBNOPP, CLASH, "190", "2007-01-23", None,
  False, "reverse direction of the clash: optional")
E("ck03", "Siniora accused the opposition of trying to", SINIORA, LBNOPP, ["11"], "112", "2007-01", None, True,
  "accusation 112; no day of its own: month")
E("ck03", "The government would not bow to pressure", SINIORA, LBNOPP, ["12"], "124", "2007-01", None, False,
  "a refusal to yield put as an intention: optional")
E("ck03", "blamed Damascus for the violence", A("Saad al-Hariri", "LBN", ["LEG", "PTY"]), A("Syria", "SYR", "GOV"),
  ["11"], "112", "2007-01", None, True, "accusation 112; 'Damascus' stands for Syria's government; no day: month")
E("ck03", "Opposition leaders called off the strike late", LBNOPP, LBNG, ["08"], "080", "2007-01-23", None, False,
  "calling off a strike: coders split (08 or no event): optional")
E("ck03", "but said they would resume protests unless", LBNOPP, SINIORA, ["13"], "133", "2007-01-23", None, False,
  "a conditional threat of more protest 133: optional")
E("ck03", "when hundreds of thousands of their supporters", LBNOPP, SINIORA, ["14"], "141", "2006-12-01",
  P("Beirut", "LBN"), True, "dated background sit-in 141 inside a 'when' clause with its own agent; 'Dec. 1' before a "
  "January paper: 2006; 'central Beirut'")
E("ck03", "Five Shiite ministers and a Christian ally", A("Lebanon's Shiite ministers", "LBN", ["GOV", "PTY"]), SINIORA,
  ["14", "16", "08"], "140", "2006-11", None, True, "resignation in protest 140 (14/16/08, as owned84 cg03); "
  "'in November' before a January paper: 2006; compound subject, first member required")
E("ck03", "Five Shiite ministers and a Christian ally", A("Lebanon's Christian minister", "LBN", ["GOV", "PTY"]),
  SINIORA, ["14", "16", "08"], "140", "2006-11", None, False, "second member of the compound subject: optional")
E("ck03", "Troops cleared some of the barricades in", A("Lebanese army", "LBN", "MIL"), LBNOPP, ["17"], "170",
  "2007-01-23", None, False, "clearing barricades, mild coercion: optional")
F("ck03", "Siniora is due to travel to Paris", "a future trip, nothing happened yet")
F("ck03", "public debt stands at about $41 billion", "count")

# ---------------------------------------------------------------- ck04 Basra, Middle East (Iraq / Iran)
S("ck04", "2018-09-09", "Middle East", """
Protesters torch Iran's consulate in Basra; Tehran summons Iraqi envoy

BASRA, Iraq —

Protesters stormed Iran's consulate in the southern Iraqi city of Basra on Friday night and set the building ablaze, chanting against Tehran's influence in Iraq, police said. The staff had left before the crowd broke in.

Iran's Foreign Ministry summoned Iraq's ambassador in Tehran on Saturday to protest at the attack and demanded that Baghdad protect its diplomats.

Iraq's government condemned the burning as an attack on its relations with a neighbour.

The consulate was torched a day after demonstrators set fire to the provincial government headquarters and the offices of several Shiite parties and militias whose leaders are close to Iran.

Anger over polluted tap water, power cuts and unemployment has driven almost daily protests in the city since July. Security forces shot dead at least six protesters on Tuesday, when crowds tried to storm the government building, according to the province's health officials.

The authorities imposed a curfew on Thursday but lifted it the next day.

At an emergency session of parliament in Baghdad on Saturday, the bloc of the Shiite cleric Moqtada al-Sadr called on Prime Minister Haider al-Abadi to resign. Abadi told lawmakers that the crisis was being exploited for political ends.

Basra sits on most of Iraq's oil reserves but has some of its worst public services. It was not clear whether the consulate would reopen.
""")
IRQG = A("Iraq's government", "IRQ", "GOV")
IRNG = A("Iran", "IRN", "GOV")
BASPROT = A("Basra protesters", "IRQ", ["CVL", "OPP"])
IRQSEC = A("Iraqi security forces", "IRQ", ["COP", "MIL"])
ABADI = A("Haider al-Abadi", "IRQ", "GOV")
E("ck04", "Protesters torch Iran's consulate in Basra; Tehran", BASPROT, IRNG, VPROT, "145", "2018-09-07",
  P("Basra", "IRQ"), False, "headline")
E("ck04", "Tehran summons Iraqi envoy", IRNG, IRQG, ["11"], "114", "2018-09-08", None, False,
  "headline, second event ('Tehran' = Iran's government)")
E("ck04", "Protesters stormed Iran's consulate in the southern", BASPROT, IRNG, VPROT, "145", "2018-09-07",
  P("Basra", "IRQ"), True, "storming and arson of a consulate by protesters 145 (14/18/17, as owned54's arson); "
  "'on Friday night' before a Sunday paper; 'the southern Iraqi city of Basra'; target the consulate's government")
E("ck04", "Iran's Foreign Ministry summoned Iraq's ambassador in", IRNG, IRQG, ["11"], "114", "2018-09-08",
  P("Tehran", "IRN"), True, "summoning an envoy to protest 114 (news-dev); 'on Saturday'; 'in Tehran'")
E("ck04", "demanded that Baghdad protect its diplomats", IRNG, IRQG, DEMAND, "100", "2018-09-08", None, False,
  "second verb, a demand; 'Baghdad' = Iraq's government: optional")
E("ck04", "Iraq's government condemned the burning as an", IRQG, BASPROT, ["11"], "111", "2018-09", None, False,
  "condemnation 111, no day of its own: month; optional (a reaction to an act told above)")
E("ck04", "demonstrators set fire to the provincial government", BASPROT,
  A("Basra provincial government", "IRQ", "GOV"), VPROT, "145", "2018-09-06", P("Basra", "IRQ"), True,
  "arson 145 (14/18/17); 'a day after' Friday = Thursday; compound object, first member (the provincial "
  "government) required; the city of the lead")
E("ck04", "demonstrators set fire to the provincial government", BASPROT,
  A("Iraqi Shiite parties and militias", "IRQ", ["PTY", "REB"]), VPROT, "145", "2018-09-06", P("Basra", "IRQ"), False,
  "second member of the compound object: optional")
E("ck04", "Security forces shot dead at least six", IRQSEC, BASPROT, ["17", "18", "19"], "175", "2018-09-04",
  P("Basra", "IRQ"), True, "firing on protesters 175 (17/18/19); 'on Tuesday' before a Sunday paper; the city of the "
  "previous sentence")
E("ck04", "when crowds tried to storm the government", BASPROT, A("Basra provincial government", "IRQ", "GOV"), VPROT,
  "145", "2018-09-04", P("Basra", "IRQ"), False, "an attempt inside a 'when' clause: optional")
E("ck04", "The authorities imposed a curfew on Thursday", IRQG, BASPROT, ["17"], "1723", "2018-09-06",
  P("Basra", "IRQ"), True, "curfew 1723 (as owned84); 'on Thursday'; the city of the story")
E("ck04", "the bloc of the Shiite cleric Moqtada", A("Sadr's parliamentary bloc", "IRQ", ["LEG", "PTY"]), ABADI,
  DEMAND, "1041", "2018-09-08", P("Baghdad", "IRQ"), True, "call for a removal 1041 (10/02); 'on Saturday'; 'in "
  "Baghdad' (the session)")
E("ck04", "Abadi told lawmakers that the crisis was", ABADI, A("Iraqi lawmakers", "IRQ", "LEG"), ["11"], "112",
  "2018-09-08", P("Baghdad", "IRQ"), False, "a veiled accusation with no clear target: optional")
F("ck04", "Basra sits on most of Iraq's oil", "standing situation")
F("ck04", "It was not clear whether the consulate", "speculation")

# ---------------------------------------------------------------- ck05 Phnom Penh, Asia (Cambodia / U.S.)
S("ck05", "2017-09-04", "Asia", """
Cambodia arrests opposition leader Kem Sokha for treason, points finger at U.S.

PHNOM PENH, Cambodia —

Cambodian police arrested opposition leader Kem Sokha at his home in Phnom Penh shortly after midnight on Sunday and charged him with treason, saying he had conspired with foreigners to overthrow the government.

Dozens of officers surrounded the house before the raid, and Kem Sokha was driven away in handcuffs, his daughter said. He was later taken to a prison near the Vietnamese border.

Prime Minister Hun Sen told garment workers on Sunday that the plot was backed by the United States. "This is a very serious act of treason," he said.

The U.S. Embassy rejected any suggestion that Washington had interfered in Cambodian politics.

The Cambodia National Rescue Party, which Kem Sokha leads, called the charge politically motivated and demanded his immediate release. The party's deputy leader, Mu Sochua, urged foreign governments to speak out.

The government last month ordered the U.S.-funded National Democratic Institute to close its office and told its foreign staff to leave the country.

Government spokesman Phay Siphan said police had acted on a video in which Kem Sokha told supporters in 2013 that Americans had advised him on how to win power.

The English-language Cambodia Daily, which had been handed a tax bill of $6.3 million, printed its last edition on Monday.

Treason is punishable by up to 30 years in prison. Analysts said the arrest could leave the opposition leaderless ahead of next year's general election.
""")
KHMG = A("Cambodia's government", "KHM", "GOV")
KHMPOL = A("Cambodian police", "KHM", "COP")
SOKHA = A("Kem Sokha", "KHM", ["OPP", "PTY"])
CNRP = A("Cambodia National Rescue Party", "KHM", ["OPP", "PTY"])
HUNSEN = A("Hun Sen", "KHM", "GOV")
USAG = A("United States", "USA", "GOV")
E("ck05", "Cambodia arrests opposition leader Kem Sokha for", KHMG, SOKHA, ["17"], "173", "2017-09-03", None, False,
  "headline")
E("ck05", "points finger at U.S.", KHMG, USAG, ["11"], "112", "2017-09-03", None, False, "headline, second event")
E("ck05", "Cambodian police arrested opposition leader Kem Sokha", KHMPOL, SOKHA, ["17"], "173", "2017-09-03",
  P("Phnom Penh", "KHM"), True, "arrest 173; 'shortly after midnight on Sunday' before a Monday paper; 'at his home "
  "in Phnom Penh'")
E("ck05", "Dozens of officers surrounded the house before", KHMPOL, SOKHA, ["17", "19"], "171", "2017-09-03",
  P("Phnom Penh", "KHM"), False, "the raid folded into the arrest: optional (as owned84 cg02)")
E("ck05", "He was later taken to a prison", KHMPOL, SOKHA, ["17"], "173", "2017-09", None, False,
  "agentless passive continuing the arrest: optional")
E("ck05", "Prime Minister Hun Sen told garment workers", HUNSEN, USAG, ["11"], "112", "2017-09-03", None, True,
  "accusation 112 against the United States; 'on Sunday'; the plot's backer is the target")
E("ck05", "This is a very serious act of", HUNSEN, SOKHA, ["11"], "112", "2017-09-03", None, False,
  "the same speaker's charge against Kem Sokha, as a quote: optional")
E("ck05", "The U.S. Embassy rejected any suggestion that", USAG, HUNSEN, DENY, "016", "2017-09", None, True,
  "denial 016 (01/12); the embassy = the U.S. government; 'Washington' inside the clause is the U.S. again; no day: "
  "month")
E("ck05", "called the charge politically motivated and demanded", CNRP, KHMG, DEMAND, "1053", "2017-09", None, True,
  "demand for a release 1053 (10/02); no day: month")
E("ck05", "urged foreign governments to speak out", A("Mu Sochua", "KHM", ["OPP", "PTY"]),
  A("foreign governments", None, "GOV"), DEMAND, "020", "2017-09", None, False,
  "an appeal to unnamed governments: optional")
E("ck05", "The government last month ordered the U.S.-funded", KHMG,
  A("National Democratic Institute", "USA", "NGO"), ["17", "16"], "172", "2017-08", None, True,
  "closing a foreign-funded institute and expelling its staff 172 (17, 16 tolerated); 'last month' = August")
E("ck05", "Government spokesman Phay Siphan said police had", A("Phay Siphan", "KHM", "GOV"), SOKHA, ["11"], "112",
  "2017-09", None, False, "justification that restates the charge: optional")
F("ck05", "Treason is punishable by up to 30", "definition")
F("ck05", "Analysts said the arrest could leave the", "speculation")

# ---------------------------------------------------------------- ck06 Yangon, Asia (Myanmar)
S("ck06", "2015-03-11", "Asia", """
Myanmar police beat student marchers in Letpadan, detain more than 120

YANGON, Myanmar —

Riot police in Myanmar charged student protesters with batons in the town of Letpadan on Tuesday, beating dozens of them as they tried to resume a march on Yangon against a new education law, witnesses said.

Police arrested 127 people, including students, monks and journalists, a police officer said. Several of those held were bleeding from head wounds as they were loaded onto trucks.

The students had been camped at a monastery in Letpadan, about 140 km north of Yangon, since March 2, when police barred them from going further. Their column had set off from Mandalay on Jan. 20.

Last Thursday, police and men in plain clothes wearing red armbands broke up a smaller protest in support of the students outside Yangon's city hall.

Information Minister Ye Htut said officers had shown restraint for days and accused the students of attacking them first.

The European Union, which has helped to train Myanmar's police, called for an investigation into Tuesday's violence. The U.S. Embassy said it was deeply concerned.

In February, government negotiators and student leaders agreed on amendments to the law, but parliament has yet to debate them.

The students want the law changed to let universities run their own affairs and to let students form unions. It was unclear on Wednesday how many of the detainees remained in custody.
""")
MMRG = A("Myanmar's government", "MMR", "GOV")
MMRPOL = A("Myanmar police", "MMR", "COP")
MMRSTU = A("Myanmar student protesters", "MMR", ["EDU", "CVL", "OPP"])
E("ck06", "Myanmar police beat student marchers in Letpadan,", MMRPOL, MMRSTU, REPR, "175", "2015-03-10",
  P("Letpadan", "MMR"), False, "headline")
E("ck06", "Riot police in Myanmar charged student protesters", MMRPOL, MMRSTU, ["17", "18"], "175", "2015-03-10",
  P("Letpadan", "MMR"), True, "baton charge on protesters 175 (17/18); 'on Tuesday' before a Wednesday paper; 'the "
  "town of Letpadan'")
E("ck06", "as they tried to resume a march", MMRSTU, MMRG, ["14"], "141", "2015-03-10", P("Letpadan", "MMR"), False,
  "an attempted march in a subordinate clause: optional")
E("ck06", "Police arrested 127 people, including students, monks", MMRPOL, MMRSTU, ["17"], "173", "2015-03-10",
  P("Letpadan", "MMR"), True, "arrests 173; the day and town of the lead")
E("ck06", "when police barred them from going further", MMRPOL, MMRSTU, ["19", "17"], "191", "2015-03-02",
  P("Letpadan", "MMR"), True, "dated background blockade of the march 191 (19/17, as owned84's cordon); inside a "
  "'when' clause with its own agent; 'since March 2'")
E("ck06", "Their column had set off from Mandalay", MMRSTU, MMRG, ["14"], "141", "2015-01-20", P("Mandalay", "MMR"),
  True, "dated background march 141; 'on Jan. 20'; 'from Mandalay'")
E("ck06", "police and men in plain clothes wearing", MMRPOL, A("Yangon protesters", "MMR", ["CVL", "OPP"]), REPR,
  "175", "2015-03-05", P("Yangon", "MMR"), True, "breaking up a protest 175 (17/18); 'Last Thursday' before a "
  "Wednesday paper = March 5; 'Yangon's city hall'; compound subject, first member required")
E("ck06", "police and men in plain clothes wearing", A("plain-clothes vigilantes", "MMR", ["CVL", "COP"]),
  A("Yangon protesters", "MMR", ["CVL", "OPP"]), REPR, "175", "2015-03-05", P("Yangon", "MMR"), False,
  "second member of the compound subject: optional")
E("ck06", "accused the students of attacking them first", A("Ye Htut", "MMR", "GOV"), MMRSTU, ["11"], "112", "2015-03",
  None, True, "accusation 112; no day of its own: month")
E("ck06", "called for an investigation into Tuesday's violence", A("European Union", "EUR", "IGO"), MMRG, DEMAND, "100",
  "2015-03", None, False, "single outside reaction: optional")
E("ck06", "The U.S. Embassy said it was deeply", USAG, MMRG, ["11"], "110", "2015-03", None, False,
  "expression of concern, outside reaction: optional")
E("ck06", "government negotiators and student leaders agreed on", MMRG, MMRSTU, AGREE, "030", "2015-02", None, True,
  "dated background agreement 030 (05/03/08); 'In February'; first-mentioned direction required")
E("ck06", "government negotiators and student leaders agreed on", MMRSTU, MMRG, AGREE, "030", "2015-02", None, False,
  "reverse direction of the joint agreement: optional")
F("ck06", "The students want the law changed to", "standing demand, definition of the dispute")
F("ck06", "It was unclear on Wednesday how many", "count, unknown")

# ---------------------------------------------------------------- ck07 Dhaka, South Asia (Bangladesh)
S("ck07", "2013-05-07", "Asia", """
Bangladesh forces drive Islamist protesters from Dhaka; two TV stations shut

DHAKA, Bangladesh —

Thousands of police, paramilitary troops and border guards drove tens of thousands of supporters of the Islamist group Hefazat-e-Islam out of Dhaka's Motijheel business district before dawn on Monday, firing tear gas, rubber bullets and stun grenades.

The protesters had besieged the capital on Sunday, blocking the six main highways into the city to press their demand for a blasphemy law. Shops, cars and bookstalls near the national mosque were set on fire during the day.

Police arrested Junaid Babunagari, the group's secretary-general, in Dhaka on Monday evening.

The government took two private television stations, Diganta Television and Islamic TV, off the air on Monday, accusing them of inflaming the crowds with their coverage.

Home Minister Muhiuddin Khan Alamgir accused Hefazat of burning copies of the Koran at the bookstalls. The group denied the charge and blamed ruling party activists.

On Saturday, opposition leader Khaleda Zia had given Prime Minister Sheikh Hasina's government 48 hours to step down, and called on Dhaka's residents to stand by the protesters.

Clashes spread on Monday to Narayanganj, east of the capital, where police and paramilitary troops fought Hefazat supporters on the Dhaka-Chittagong highway, local officials said.

Hefazat's 13 demands include the death penalty for insulting Islam. The number of dead could not be independently confirmed, and estimates ranged widely.
""")
BGDG = A("Bangladesh's government", "BGD", "GOV")
BGDSEC = A("Bangladeshi security forces", "BGD", ["COP", "MIL"])
HEF = A("Hefazat-e-Islam", "BGD", ["REL", "OPP", "RAD"])
E("ck07", "Bangladesh forces drive Islamist protesters from Dhaka;", BGDSEC, HEF, REPR, "175", "2013-05-06",
  P("Dhaka", "BGD"), False, "headline")
E("ck07", "two TV stations shut", BGDG, A("Diganta Television", "BGD", "MED"), ["17"], "172", "2013-05-06", None, False,
  "headline, second event (agentless)")
E("ck07", "Thousands of police, paramilitary troops and border", BGDSEC, HEF, ["17", "18", "19"], "175", "2013-05-06",
  P("Dhaka", "BGD"), True, "clearing a protest with tear gas and rubber bullets 175 (17/18/19); compound subject given "
  "as one sector list; 'before dawn on Monday' before a Tuesday paper; 'Dhaka's Motijheel'")
E("ck07", "The protesters had besieged the capital on", HEF, BGDG, ["14"], "144", "2013-05-05", P("Dhaka", "BGD"), True,
  "siege and road blocks 144 (as owned84 cg06); 'on Sunday'; 'the capital' with the dateline = Dhaka")
E("ck07", "Shops, cars and bookstalls near the national", HEF, A("Dhaka shopkeepers", "BGD", "BUS"), VPROT, "145",
  "2013-05-05", P("Dhaka", "BGD"), False, "agentless arson passive (the story implies the protesters): optional; "
  "'during the day' = the Sunday of the siege")
E("ck07", "Police arrested Junaid Babunagari, the group's secretary-general,", A("Bangladeshi police", "BGD", "COP"),
  A("Junaid Babunagari", "BGD", ["REL", "OPP"]), ["17"], "173", "2013-05-06", P("Dhaka", "BGD"), True,
  "arrest 173; 'in Dhaka on Monday evening'")
E("ck07", "The government took two private television stations,", BGDG, A("Diganta Television", "BGD", "MED"), ["17"],
  "172", "2013-05-06", None, True, "closing a private broadcaster 172 (17, as owned84 cg01); 'on Monday'; compound "
  "object, first member required")
E("ck07", "The government took two private television stations,", BGDG, A("Islamic TV", "BGD", "MED"), ["17"], "172",
  "2013-05-06", None, False, "second member of the compound object: optional")
E("ck07", "accusing them of inflaming the crowds with", BGDG, A("Diganta Television", "BGD", "MED"), ["11"], "112",
  "2013-05-06", None, False, "participle accusation justifying the closure: optional")
E("ck07", "Home Minister Muhiuddin Khan Alamgir accused Hefazat", A("Muhiuddin Khan Alamgir", "BGD", ["GOV", "COP"]),
  HEF, ["11"], "112", "2013-05", None, True, "accusation 112; no day of its own: month")
E("ck07", "The group denied the charge and blamed", HEF, A("Muhiuddin Khan Alamgir", "BGD", ["GOV", "COP"]), DENY,
  "016", "2013-05", None, True, "denial 016 (01/12); 'The group' = Hefazat; month")
E("ck07", "and blamed ruling party activists", HEF, A("Awami League activists", "BGD", ["PTY", "GOV"]), ["11"], "112",
  "2013-05", None, False, "counter-accusation, second verb: optional")
E("ck07", "opposition leader Khaleda Zia had given Prime", A("Khaleda Zia", "BGD", ["OPP", "PTY"]), BGDG, ["13", "10"],
  "130", "2013-05-04", None, True, "ultimatum 130 (as owned84 cg05, 10 tolerated for the demand to resign); 'On "
  "Saturday' before a Tuesday paper")
E("ck07", "called on Dhaka's residents to stand by", A("Khaleda Zia", "BGD", ["OPP", "PTY"]),
  A("Dhaka residents", "BGD", "CVL"), DEMAND, "020", "2013-05-04", P("Dhaka", "BGD"), False,
  "appeal to the public, second verb: optional")
E("ck07", "where police and paramilitary troops fought Hefazat", BGDSEC, HEF, CLASH,
  "190", "2013-05-06", P("Narayanganj", "BGD"), True, "clash 190 (19/18/14) in a 'where' clause with its own agent "
  "(required, as the conventions' dated clauses); 'on Monday'; 'Narayanganj, east of the capital'; compound "
  "subject given as one sector list")
E("ck07", "where police and paramilitary troops fought Hefazat", HEF, BGDSEC, CLASH,
  "190", "2013-05-06", P("Narayanganj", "BGD"), False, "reverse direction of the fight: optional")
F("ck07", "Hefazat's 13 demands include the death penalty", "definition")
F("ck07", "The number of dead could not be", "count, unknown")

# ---------------------------------------------------------------- ck08 Srinagar, South Asia (India / Pakistan)
S("ck08", "2016-07-12", "Asia", """
Kashmir death toll rises to 30 as curfew holds after rebel commander's killing

SRINAGAR, India —

Indian police fired on stone-throwing crowds in several towns of Kashmir on Monday, killing at least three people and raising to 30 the number of dead since a popular rebel commander was killed last week, officials said.

Burhan Wani, a 22-year-old commander of the Hizbul Mujahideen group, was shot dead with two other fighters by troops and police in a gunbattle in the Kokernag area of Anantnag district on Friday.

Tens of thousands of people attended his funeral in his home town of Tral on Saturday. Protesters then attacked police stations and government offices across southern Kashmir and set several of them on fire.

The authorities imposed a curfew in much of the Kashmir valley on Saturday and cut mobile internet services. Police placed separatist leaders Syed Ali Shah Geelani and Mirwaiz Umar Farooq under house arrest in Srinagar.

The separatists called for a general strike until Wednesday.

Pakistan's prime minister, Nawaz Sharif, expressed "deep shock" at Wani's killing and condemned what he called the excessive force used against civilians. India's foreign ministry accused Islamabad on Monday of glorifying terrorism and told it to stay out of India's internal affairs.

Chief Minister Mehbooba Mufti appealed for calm.

Kashmir is claimed in full by both India and Pakistan. It was not clear when the curfew would be lifted.
""")
INDG = A("India's government", "IND", "GOV")
INDSEC = A("Indian troops and police", "IND", ["MIL", "COP"])
INDPOL = A("Indian police", "IND", "COP")
KASPROT = A("Kashmiri protesters", "IND", ["CVL", "OPP"])
PAKG = A("Pakistan", "PAK", "GOV")
E("ck08", "Kashmir death toll rises to 30 as", INDSEC, KASPROT, REPR, "175", "2016-07", None, False,
  "headline (a toll that implies the shootings)")
E("ck08", "Indian police fired on stone-throwing crowds in", INDPOL, KASPROT, ["17", "18", "19"], "175", "2016-07-11",
  None, True, "firing on protesters 175 (17/18/19); 'on Monday' before a Tuesday paper; 'several towns of Kashmir': "
  "no single place")
E("ck08", "since a popular rebel commander was killed", INDSEC, A("Burhan Wani", "IND", ["REB", "RAD"]), ["19", "18"],
  "190", "2016-07-08", None, False, "agentless passive restating the killing told next: optional")
E("ck08", "was shot dead with two other fighters", INDSEC, A("Burhan Wani", "IND", ["REB", "RAD"]), ["19", "18"], "190",
  "2016-07-08", P("Kokernag", "IND"), True, "killing a rebel in a gunbattle 190 (19/18); passive with agent ('by troops "
  "and police'); 'on Friday'; 'the Kokernag area'; Indian-administered Kashmir is IND (news-dev)")
E("ck08", "Protesters then attacked police stations and government", KASPROT, INDPOL, VPROT, "145", "2016-07-09", None,
  True, "attacks and arson by protesters 145 (14/18/17); 'then' after the Saturday funeral; 'across southern "
  "Kashmir': no single place; compound object, first member required")
E("ck08", "Protesters then attacked police stations and government", KASPROT, INDG, VPROT, "145", "2016-07-09", None,
  False, "second member of the compound object (government offices): optional")
E("ck08", "The authorities imposed a curfew in much", INDG, KASPROT, ["17"], "1723", "2016-07-09", None, True,
  "curfew 1723; 'on Saturday'; 'the Kashmir valley' is a region, not a place in this set")
E("ck08", "Police placed separatist leaders Syed Ali Shah", INDPOL, A("Syed Ali Shah Geelani", "IND", ["OPP", "RAD"]),
  ["17"], "173", "2016-07", P("Srinagar", "IND"), True, "house arrest 173; no day of its own: month; 'in Srinagar'; "
  "compound object, first member required")
E("ck08", "Police placed separatist leaders Syed Ali Shah", INDPOL, A("Mirwaiz Umar Farooq", "IND", ["OPP", "REL"]),
  ["17"], "173", "2016-07", P("Srinagar", "IND"), False, "second member of the compound object: optional")
E("ck08", "The separatists called for a general strike", A("Kashmiri separatists", "IND", ["OPP", "RAD"]), INDG,
  ["14", "10"], "143", "2016-07", None, False, "strike call (the call itself: month, as owned84 cg07): optional")
E("ck08", "Pakistan's prime minister, Nawaz Sharif, expressed", A("Nawaz Sharif", "PAK", "GOV"), INDG, ["11"], "111", "2016-07",
  None, True, "condemnation 111 of India's force; no day of its own: month")
E("ck08", "India's foreign ministry accused Islamabad on Monday", INDG, PAKG, ["11"], "112", "2016-07-11", None, True,
  "accusation 112; 'Islamabad' = Pakistan's government; 'on Monday'")
E("ck08", "told it to stay out of India's", INDG, PAKG, DEMAND, "100", "2016-07-11", None, False,
  "second verb, a demand: optional")
E("ck08", "Chief Minister Mehbooba Mufti appealed for calm", A("Mehbooba Mufti", "IND", "GOV"), KASPROT, DEMAND, "100",
  "2016-07", None, False, "appeal for calm: optional")
F("ck08", "Kashmir is claimed in full by both", "standing situation")
F("ck08", "It was not clear when the curfew", "speculation")

# ---------------------------------------------------------------- ck09 Bucharest, Europe (Romania)
S("ck09", "2018-08-12", "Europe/Eurasia", """
Romania's president condemns "brutal" riot police after hundreds hurt at Bucharest rally

BUCHAREST, Romania —

President Klaus Iohannis on Saturday condemned the "brutal, disproportionate" response of riot police to an anti-government rally in Bucharest, after more than 450 people needed medical treatment.

Tens of thousands of Romanians, many of them living and working abroad, had gathered in Victory Square on Friday to demand the resignation of the Social Democrat-led government, which they accuse of weakening the fight against corruption.

Gendarmes fired tear gas, pepper spray and water cannon at the crowd late on Friday, after a small group threw bottles and stones at their lines outside the government headquarters.

Interior Minister Carmen Dan defended the gendarmes and accused violent troublemakers of infiltrating the rally to provoke them.

Military prosecutors opened a criminal investigation into the use of force on Saturday.

Thousands of people returned to the square on Saturday night, chanting "Resign!" and waving Romanian flags. There were no clashes.

Austria's foreign ministry asked Bucharest to explain why an Austrian television crew was beaten by gendarmes while filming.

Protests in February 2017 forced a government led by the same party to withdraw a decree that would have eased penalties for abuse of office.

Some 3.5 million Romanians are estimated to live abroad. Whether the protests could bring down the government was far from clear.
""")
ROUG = A("Romania's government", "ROU", "GOV")
ROUGEN = A("Romanian gendarmes", "ROU", ["COP", "MIL"])
ROUPROT = A("Romanian protesters", "ROU", ["CVL", "OPP"])
IOH = A("Klaus Iohannis", "ROU", "GOV")
E("ck09", "condemns \"brutal\" riot police after hundreds", IOH, ROUGEN, ["11"], "111", "2018-08-11", None, False,
  "headline")
E("ck09", "President Klaus Iohannis on Saturday condemned the", IOH, ROUGEN, ["11"], "111", "2018-08-11", None, True,
  "condemnation 111 of the gendarmerie; 'on Saturday' before a Sunday paper; no place in the clause")
E("ck09", "Tens of thousands of Romanians, many of", ROUPROT, ROUG, ["14"], "141", "2018-08-10", P("Bucharest", "ROU"),
  True, "rally 141 demanding the government's resignation; 'on Friday'; 'Victory Square' in the city of the lead "
  "(Bucharest)")
E("ck09", "to demand the resignation of the Social", ROUPROT, ROUG, DEMAND, "1041", "2018-08-10", P("Bucharest", "ROU"),
  False, "the demand folded into the rally: optional")
E("ck09", "Gendarmes fired tear gas, pepper spray and", ROUGEN, ROUPROT, REPR, "175", "2018-08-10", P("Bucharest", "ROU"),
  True, "tear gas and water cannon 175 (17/18); 'late on Friday'; 'outside the government headquarters' in Bucharest")
E("ck09", "after a small group threw bottles and", ROUPROT, ROUGEN, VPROT, "145", "2018-08-10", P("Bucharest", "ROU"),
  False, "violence by a few inside an 'after' clause, part of the minister's account: optional")
E("ck09", "Interior Minister Carmen Dan defended the gendarmes", A("Carmen Dan", "ROU", ["GOV", "COP"]), ROUGEN, ["05"],
  "051", "2018-08", None, False, "backing her own police 051: optional; month")
E("ck09", "accused violent troublemakers of infiltrating the rally", A("Carmen Dan", "ROU", ["GOV", "COP"]), ROUPROT,
  ["11"], "112", "2018-08", None, True, "accusation 112, second verb with its own object; no day of its own: month")
E("ck09", "Military prosecutors opened a criminal investigation into", A("Romanian military prosecutors", "ROU", "JUD"),
  ROUGEN, ["09"], "090", "2018-08-11", None, True, "an inquiry 090 (ACCUSE); 'on Saturday'; required here because "
  "the story turns on the police response")
E("ck09", "Thousands of people returned to the square", ROUPROT, ROUG, ["14"], "141", "2018-08-11", P("Bucharest", "ROU"),
  True, "rally 141; 'on Saturday night'; 'the square' = Victory Square in Bucharest")
E("ck09", "Austria's foreign ministry asked Bucharest to explain", A("Austria", "AUT", "GOV"), ROUG, ["10", "02"], "101",
  "2018-08", None, False, "demand for information 101 (10/02); 'Bucharest' = Romania's government; single outside "
  "reaction: optional; month")
E("ck09", "why an Austrian television crew was beaten", ROUGEN, A("Austrian television crew", "AUT", "MED"), ["18", "17"],
  "180", "2018-08-10", None, False, "beating inside the question, agent in a 'by' phrase: optional; the night of the "
  "rally")
E("ck09", "Protests in February 2017 forced a government", ROUPROT, ROUG, ["14"], "140", "2017-02", None, False,
  "the protests as agent of the concession: optional (the concession is the coded event)")
E("ck09", "to withdraw a decree that would have", ROUG, ROUPROT, ["08"], "083", "2017-02", None, True,
  "dated background concession to protesters 083 (08, CONCEDE, as owned84 cg10); 'in February 2017'")
F("ck09", "Some 3.5 million Romanians are estimated to", "count")
F("ck09", "Whether the protests could bring down the", "speculation")

# ---------------------------------------------------------------- ck10 Cetinje, Europe (Montenegro / Serbia)
S("ck10", "2021-09-06", "Europe/Eurasia", """
Montenegro police fire tear gas as bishop is enthroned under protest in Cetinje

CETINJE, Montenegro —

Montenegrin police fired tear gas at protesters who hurled stones and bottles at them outside the old royal capital of Cetinje on Sunday, as a new head of the Serbian Orthodox Church in Montenegro was enthroned in the town's monastery.

Metropolitan Joanikije and the Serbian Patriarch Porfirije were flown into the monastery by army helicopter, wearing bulletproof vests, after opponents of the ceremony blocked the roads into the town with tyres, rubbish bins and cars on Saturday night.

Dozens of people, including police officers, were hurt. Police arrested Veselin Veljovic, a former police chief and a security adviser to President Milo Djukanovic, on suspicion of attacking officers.

Prime Minister Zdravko Krivokapic accused Djukanovic of stirring up the crowds in an attempt to destabilise the country. "The state has defended itself," he said.

Djukanovic, who had joined the protesters in Cetinje on Saturday, accused the government of provoking bloodshed. He said the ceremony had been imposed by Belgrade.

The European Union's delegation in Podgorica called on all sides to show restraint.

Supporters of Montenegro's independence see the Serbian church as a tool of Serbian influence and wanted the enthronement held elsewhere.

Cetinje is a stronghold of Montenegrin nationalism. It was not clear who fired the shots that were heard near the monastery.
""")
MNEG = A("Montenegro's government", "MNE", "GOV")
MNEPOL = A("Montenegrin police", "MNE", "COP")
MNEPROT = A("Cetinje protesters", "MNE", ["CVL", "OPP"])
DJUK = A("Milo Djukanovic", "MNE", ["GOV", "OPP", "PTY"])
KRIV = A("Zdravko Krivokapic", "MNE", "GOV")
E("ck10", "Montenegro police fire tear gas as bishop", MNEPOL, MNEPROT, REPR, "175", "2021-09-05", P("Cetinje", "MNE"),
  False, "headline")
E("ck10", "Montenegrin police fired tear gas at protesters", MNEPOL, MNEPROT, REPR, "175", "2021-09-05",
  P("Cetinje", "MNE"), True, "tear gas 175 (17/18); 'on Sunday' before a Monday paper; 'outside ... Cetinje'")
E("ck10", "who hurled stones and bottles at them", MNEPROT, MNEPOL, VPROT, "145", "2021-09-05", P("Cetinje", "MNE"),
  False, "violence inside a relative clause: optional")
E("ck10", "after opponents of the ceremony blocked the", MNEPROT, MNEG, ["14"], "144", "2021-09-04", P("Cetinje", "MNE"),
  True, "road blocks 144 inside an 'after' clause with its own agent; 'on Saturday night'; 'the roads into the town'")
E("ck10", "Police arrested Veselin Veljovic, a former police", MNEPOL, A("Veselin Veljovic", "MNE", ["GOV", "OPP"]),
  ["17"], "173", "2021-09-05", None, True, "arrest 173; the day of the clashes (no day of its own, told in the "
  "Sunday sequence); no place in the clause")
E("ck10", "Prime Minister Zdravko Krivokapic accused Djukanovic of", KRIV, DJUK, ["11"], "112", "2021-09", None, True,
  "accusation 112; the prime minister's rival is the president, coded with his party; no day: month")
E("ck10", "The state has defended itself", KRIV, MNEPROT, ["11"], "110", "2021-09", None, False,
  "quote with no act: optional")
E("ck10", "had joined the protesters in Cetinje on", DJUK, MNEG, ["14"], "141", "2021-09-04", P("Cetinje", "MNE"), False,
  "joining a protest inside a relative clause: optional")
E("ck10", "accused the government of provoking bloodshed", DJUK, MNEG, ["11"], "112", "2021-09", None, True,
  "counter-accusation by a second speaker with his own act (not a denial): required; month")
E("ck10", "He said the ceremony had been imposed", DJUK, A("Serbia", "SRB", "GOV"), ["11"], "112", "2021-09", None,
  False, "'Belgrade' = Serbia's government in an agent phrase; pronoun subject: optional")
E("ck10", "delegation in Podgorica called on all sides", A("European Union", "EUR", "IGO"), MNEG, DEMAND, "100",
  "2021-09", P("Podgorica", "MNE"), False, "single outside appeal: optional; 'in Podgorica' is where the delegation "
  "sits (place given for the record, the act has no other); month")
F("ck10", "Cetinje is a stronghold of Montenegrin nationalism", "standing situation")
F("ck10", "It was not clear who fired the", "speculation")

# ---------------------------------------------------------------- ck11 Montevideo, Americas (Uruguay / Argentina)
S("ck11", "2007-11-10", "Americas", """
Argentina protests as Uruguay lets disputed pulp mill start work

MONTEVIDEO, Uruguay —

Argentina lodged a formal protest with Montevideo on Thursday after Uruguayan President Tabare Vazquez authorised a Finnish-built pulp mill on the river border between the two countries to begin operating.

Argentina's foreign minister, Jorge Taiana, accused Uruguay of breaking a 1975 treaty that obliges both countries to consult each other on any works affecting the Uruguay River.

Vazquez rejected the charge on Friday, saying the plant met the strictest environmental standards in the world.

Thousands of residents of the Argentine town of Gualeguaychu, across the river from the mill, marched to the international bridge on Thursday night, waving black flags. Activists from the town have blocked the bridge on and off for more than a year.

Uruguay sent soldiers to guard the mill at Fray Bentos and briefly closed two border crossings.

On Friday, Argentine President Nestor Kirchner raised the dispute with King Juan Carlos of Spain, who has tried to mediate between the neighbours, on the sidelines of an Ibero-American summit in Santiago, Chile.

Argentina took Uruguay to the International Court of Justice in The Hague over the mill in May 2006.

The mill is expected to produce about one million tonnes of pulp a year. It was unclear whether the court would rule before 2009.
""")
ARGG = A("Argentina", "ARG", "GOV")
URYG = A("Uruguay", "URY", "GOV")
VAZ = A("Tabare Vazquez", "URY", "GOV")
E("ck11", "Argentina protests as Uruguay lets disputed pulp", ARGG, URYG, ["11"], "114", "2007-11", None, False,
  "headline")
E("ck11", "Argentina lodged a formal protest with Montevideo", ARGG, URYG, ["11"], "114", "2007-11-08", None, True,
  "formal diplomatic protest 114; 'Montevideo' = Uruguay's government, not a place; 'on Thursday' before a Saturday "
  "paper")
E("ck11", "Argentina's foreign minister, Jorge Taiana, accused Uruguay", A("Jorge Taiana", "ARG", "GOV"), URYG, ["11"],
  "112", "2007-11", None, True, "accusation 112; no day of its own: month")
E("ck11", "Vazquez rejected the charge on Friday, saying", VAZ, A("Jorge Taiana", "ARG", "GOV"), DENY, "016",
  "2007-11-09", None, True, "rejection of an accusation 016 (01/12); 'on Friday'")
E("ck11", "Thousands of residents of the Argentine town", A("Gualeguaychu residents", "ARG", ["CVL", "ENV"]), URYG,
  ["14"], "141", "2007-11-08", P("Gualeguaychu", "ARG"), True, "march 141; 'on Thursday night'; 'the Argentine town of "
  "Gualeguaychu' (the march goes to the bridge, which is in the same town's area); target the government whose mill "
  "it is")
E("ck11", "Activists from the town have blocked the", A("Gualeguaychu activists", "ARG", ["CVL", "ENV"]), URYG, ["14"],
  "144", "2006", P("Gualeguaychu", "ARG"), False, "standing road block 'on and off for more than a year': optional; "
  "year")
E("ck11", "Uruguay sent soldiers to guard the mill", URYG, A("Gualeguaychu activists", "ARG", ["CVL", "ENV"]), ["15"],
  "150", "2007-11", P("Fray Bentos", "URY"), False, "a show of force with no clear target: optional; month")
E("ck11", "briefly closed two border crossings", URYG, ARGG, ["19", "17", "16"], "191", "2007-11", None, False,
  "closing crossings, coders split (191, 17, 16): optional")
E("ck11", "Argentine President Nestor Kirchner raised the dispute", A("Nestor Kirchner", "ARG", "GOV"),
  A("King Juan Carlos", "ESP", ["GOV", "ELI"]), ["04"], "040", "2007-11-09", P("Santiago", "CHL"), True,
  "consultation 040 with the mediator; 'On Friday'; 'an Ibero-American summit in Santiago, Chile' is away from the "
  "dateline")
E("ck11", "who has tried to mediate between the", A("King Juan Carlos", "ESP", ["GOV", "ELI"]), ARGG, ["04"], "043",
  "2007", None, False, "undated background mediation in a relative clause: optional")
E("ck11", "Argentina took Uruguay to the International Court", ARGG, URYG, ["11"], "115", "2006-05",
  P("The Hague", "NLD"), True, "dated background lawsuit before the court 115 (as owned84 cg11); 'in May 2006'; "
  "'in The Hague' (the court)")
F("ck11", "The mill is expected to produce about", "count, forecast")
F("ck11", "It was unclear whether the court would", "speculation")

# ---------------------------------------------------------------- ck12 Santiago, Americas (Chile)
S("ck12", "2011-08-05", "Americas", """
Chile police hold 874 as students defy march ban; pot-banging protest fills Santiago night

SANTIAGO, Chile —

Chilean police fired water cannon and tear gas at thousands of students who defied a ban on marching through central Santiago on Thursday, and detained 874 people across the country, the government said.

Interior Minister Rodrigo Hinzpeter had refused on Wednesday to let the students march down the Alameda, the capital's main avenue, saying the time for marches "is over".

Hooded youths built barricades of burning debris and set fire to a department store downtown, police said.

Student leader Camila Vallejo accused the government of "repression" and said the students would return to the streets next week.

Thousands of residents banged pots and pans from their windows and on street corners across Santiago on Thursday night in support of the students, the largest such protest since the end of Augusto Pinochet's rule in 1990.

The student federations on Tuesday rejected a plan by Education Minister Felipe Bulnes to increase scholarships and lower interest on student loans, saying it did not touch the profit-making at the heart of the system.

President Sebastian Pinera defended the police and called on the students to return to talks.

Chilean families pay some of the highest university fees in the world relative to income. It was not clear whether the students would accept a new offer of dialogue.
""")
CHLG = A("Chile's government", "CHL", "GOV")
CHLPOL = A("Chilean police", "CHL", "COP")
CHLSTU = A("Chilean students", "CHL", ["EDU", "CVL", "OPP"])
E("ck12", "Chile police hold 874 as students defy", CHLPOL, CHLSTU, ["17"], "173", "2011-08-04", None, False,
  "headline")
E("ck12", "pot-banging protest fills Santiago night", A("Santiago residents", "CHL", "CVL"), CHLG, ["14"], "141",
  "2011-08-04", P("Santiago", "CHL"), False, "headline, second event")
E("ck12", "Chilean police fired water cannon and tear", CHLPOL, CHLSTU, REPR, "175", "2011-08-04", P("Santiago", "CHL"),
  True, "water cannon and tear gas 175 (17/18); 'on Thursday' before a Friday paper; 'central Santiago'")
E("ck12", "detained 874 people across the country", CHLPOL, CHLSTU, ["17"], "173", "2011-08-04", None, True,
  "detentions 173, second verb of the lead with its own object; 'across the country': no single place")
E("ck12", "Interior Minister Rodrigo Hinzpeter had refused on", A("Rodrigo Hinzpeter", "CHL", ["GOV", "COP"]), CHLSTU,
  ["12"], "120", "2011-08-03", None, True, "refusing permission for a march 120 (12, REJECT); 'on Wednesday'; the "
  "Alameda is a street, no place")
E("ck12", "Hooded youths built barricades of burning debris", A("hooded youths", "CHL", ["CVL", "OPP"]), CHLG, VPROT,
  "145", "2011-08-04", P("Santiago", "CHL"), False, "rioting 145, the day of the march; 'downtown' with the dateline; "
  "target vague: optional")
E("ck12", "Student leader Camila Vallejo accused the government", A("Camila Vallejo", "CHL", ["EDU", "OPP"]), CHLG,
  ["11"], "112", "2011-08", None, True, "accusation 112; no day of its own: month")
E("ck12", "said the students would return to the", A("Camila Vallejo", "CHL", ["EDU", "OPP"]), CHLG, ["13", "14"],
  "133", "2011-08", None, False, "an announced protest 133 (threaten political dissent), future: optional")
E("ck12", "Thousands of residents banged pots and pans", A("Santiago residents", "CHL", "CVL"), CHLG, ["14"], "141",
  "2011-08-04", P("Santiago", "CHL"), True, "pot-banging protest 141; 'on Thursday night'; 'across Santiago'")
E("ck12", "The student federations on Tuesday rejected a", A("Chilean student federations", "CHL", ["EDU", "OPP"]),
  A("Felipe Bulnes", "CHL", "GOV"), ["12"], "127", "2011-08-02", None, True, "rejecting a plan to settle a dispute "
  "127; 'on Tuesday'")
E("ck12", "President Sebastian Pinera defended the police and", A("Sebastian Pinera", "CHL", "GOV"), CHLPOL, ["05"],
  "051", "2011-08", None, False, "backing the police 051: optional; month")
E("ck12", "called on the students to return to", A("Sebastian Pinera", "CHL", "GOV"), CHLSTU, DEMAND, "100", "2011-08",
  None, False, "an appeal for talks, second verb: optional")
F("ck12", "Chilean families pay some of the highest", "standing situation, count")
F("ck12", "It was not clear whether the students", "speculation")

write(HERE)
