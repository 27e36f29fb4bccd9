#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned84 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned84/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
UNK = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- cg01 Yaounde, Africa (Cameroon)
S("cg01", "2008-02-28", "Africa", """
Cameroon's Biya blames 'apprentice sorcerers' as riots over prices spread

YAOUNDE, Cameroon —

President Paul Biya accused opposition politicians on Wednesday of manipulating young people in a bid to seize power, after four days of rioting over fuel and food prices left at least 17 people dead in Douala, Yaounde and several western towns.

"Those who are pulling the strings are apprentice sorcerers," Biya said in a televised address, vowing that order would be restored by all legal means.

The unrest began on Monday with a strike by taxi and motorcycle drivers over the rising price of petrol.

Soldiers and police fired tear gas and live rounds at crowds in the port city of Douala on Tuesday, witnesses said. Rioters there burned petrol stations and looted shops.

In Yaounde on Wednesday, hundreds of youths marched towards the city centre and were pushed back by gendarmes near the prime minister's office.

John Fru Ndi, leader of the opposition Social Democratic Front, denied any role in the violence. He accused the government of stoking anger with its plan to change the constitution so that Biya, who has ruled since 1982, can run again in 2011.

Police broke up a banned opposition rally against the plan in Douala on Feb. 23.

The authorities last week shut down Equinoxe Television, a private station in Douala that had aired debates critical of the amendment.

It was not clear whether the drivers' unions would call off their strike.

Pump prices have risen by about a third over the past year, according to traders.
""")
BIYA = A("Paul Biya", "CMR", "GOV")
CMRG = A("Cameroon's government", "CMR", "GOV")
CMROPP = A("Cameroon's opposition", "CMR", ["OPP", "PTY"])
CMRRIOT = A("Cameroonian rioters", "CMR", ["CVL", "OPP"])
CMRSEC = A("Cameroonian soldiers and police", "CMR", ["MIL", "COP"])
E("cg01", "Cameroon's Biya blames 'apprentice sorcerers' as riots", BIYA, CMROPP, ["11"], "112", "2008-02-27", None,
  False, "headline")
E("cg01", "President Paul Biya accused opposition politicians on", BIYA, CMROPP, ["11"], "112", "2008-02-27", None, True,
  "accusation 112; 'on Wednesday' before a Thursday paper; no place named for the address")
E("cg01", "vowing that order would be restored by", BIYA, CMRRIOT, ["13"], "130", "2008-02-27", None, False,
  "a vow of force put as an intention: optional")
E("cg01", "The unrest began on Monday with a", A("Cameroonian taxi and motorcycle drivers", "CMR", ["LAB", "CVL"]), CMRG,
  ["14"], "143", "2008-02-25", None, True, "strike 143 told as an event noun; 'on Monday' in the week of a Thursday "
  "paper; no place in the clause")
E("cg01", "Soldiers and police fired tear gas and", CMRSEC, CMRRIOT, REPR, "175", "2008-02-26", P("Douala", "CMR"), True,
  "firing on crowds 175 (17/18); compound subject given as one sector list (soldiers first); 'on Tuesday'; "
  "'the port city of Douala' names the place")
E("cg01", "Rioters there burned petrol stations and looted", CMRRIOT, CMRG, VPROT, "145", "2008-02-26", P("Douala", "CMR"),
  False, "rioting 145, the day the previous sentence gives; 'there' = Douala; optional (target is vague)")
E("cg01", "hundreds of youths marched towards the city", A("Cameroonian youths", "CMR", ["CVL", "OPP"]), CMRG, ["14"],
  "141", "2008-02-27", P("Yaounde", "CMR"), True, "march 141; 'In Yaounde on Wednesday'")
E("cg01", "were pushed back by gendarmes near the", A("Cameroonian gendarmes", "CMR", ["COP", "MIL"]),
  A("Cameroonian youths", "CMR", ["CVL", "OPP"]), REPR, "175", "2008-02-27", P("Yaounde", "CMR"), False,
  "passive with agent, second verb of the march sentence: optional")
E("cg01", "denied any role in the violence", A("John Fru Ndi", "CMR", ["OPP", "PTY"]), BIYA, DENY, "016", "2008-02",
  None, True, "denial 016 (01/12) of Biya's charge; no day of its own: month")
E("cg01", "He accused the government of stoking anger", A("John Fru Ndi", "CMR", ["OPP", "PTY"]), CMRG, ["11"], "112",
  "2008-02", None, False, "counter-accusation by the same speaker, pronoun subject: optional; month")
E("cg01", "Police broke up a banned opposition rally", A("Cameroonian police", "CMR", "COP"), CMROPP, REPR, "175",
  "2008-02-23", P("Douala", "CMR"), True, "dated background dispersal of a rally 175 (17/18); 'on Feb. 23'; "
  "'in Douala' names the place")
E("cg01", "The authorities last week shut down Equinoxe", CMRG, A("Equinoxe Television", "CMR", "MED"), ["17"], "172",
  "2008-02", P("Douala", "CMR"), True, "closing a private broadcaster 172 (17, administrative sanction); 'last week' "
  "(month); the station is 'in Douala'")
F("cg01", "It was not clear whether the drivers'", "speculation")
F("cg01", "Pump prices have risen by about a", "count")

# ---------------------------------------------------------------- cg02 Kaduna, Africa (Nigeria / Iran)
S("cg02", "2015-12-15", "Africa", """
Nigerian troops hold Shiite leader Zakzaky after Zaria clashes; Iran protests

KADUNA, Nigeria —

Nigerian soldiers arrested the leader of the country's main Shiite Muslim group, Sheikh Ibrahim Zakzaky, after storming his home in the northern city of Zaria on Sunday, members of the group said.

The army said followers of his Islamic Movement in Nigeria had tried to kill the chief of army staff, Lt. Gen. Tukur Buratai, on Saturday by blocking a road as his convoy drove through the city. The movement denied the charge, saying its members had gathered for a religious procession.

Troops opened fire on the crowd at the roadblock and later attacked a mosque and a religious centre belonging to the group, killing dozens of people, according to rights groups.

A spokesman for the movement said Zakzaky had been shot and wounded and that his wife was among several hundred people detained.

In Tehran, Iran's Foreign Ministry summoned Nigeria's charge d'affaires on Monday to protest at the killings. President Hassan Rouhani telephoned President Muhammadu Buhari and urged him to investigate.

Hundreds of Shiites marched through the northern city of Kano on Monday to demand Zakzaky's release.

Human Rights Watch called for an independent inquiry into the shootings.

The exact number of dead could not be confirmed.

It was not known where Zakzaky was being held.
""")
NGAMIL = A("Nigerian army", "NGA", "MIL")
ZAK = A("Ibrahim Zakzaky", "NGA", ["REL", "OPP"])
IMN = A("Islamic Movement in Nigeria", "NGA", ["REL", "RAD", "OPP"])
NGAG = A("Nigeria", "NGA", "GOV")
IRNG = A("Iran", "IRN", "GOV")
E("cg02", "Nigerian troops hold Shiite leader Zakzaky after", NGAMIL, ZAK, ["17"], "173", "2015-12", None, False,
  "headline")
E("cg02", "Nigerian soldiers arrested the leader of the", NGAMIL, ZAK, ["17"], "173", "2015-12-13", P("Zaria", "NGA"),
  True, "arrest 173; 'on Sunday' before a Tuesday paper; 'the northern city of Zaria' names the place; the group's "
  "account of an act nobody disputes")
E("cg02", "after storming his home in the northern", NGAMIL, ZAK, ["17", "18", "19"], "171", "2015-12-13",
  P("Zaria", "NGA"), False, "the raid folded into the arrest: optional")
E("cg02", "The army said followers of his Islamic", NGAMIL, IMN, ["11"], "112", "2015-12", None, True,
  "accusation of an attempt on the army chief 112; no day of its own: month")
E("cg02", "by blocking a road as his convoy", IMN, NGAMIL, ["14"], "144", "2015-12-12", P("Zaria", "NGA"), False,
  "road block inside the army's account: optional; 'the city' = Zaria")
E("cg02", "The movement denied the charge, saying its", IMN, NGAMIL, DENY, "016", "2015-12", None, True,
  "denial 016 (01/12); month")
E("cg02", "Troops opened fire on the crowd at", NGAMIL, IMN, ["17", "18", "19"], "175", "2015-12-12", P("Zaria", "NGA"),
  True, "firing on the crowd 175 (17/18, 19 tolerated); the Saturday of the roadblock; in the city named before")
E("cg02", "later attacked a mosque and a religious", NGAMIL, IMN, ["18", "19", "17"], "180", "2015-12", P("Zaria", "NGA"),
  False, "second verb, 'later' without a day: optional; month")
E("cg02", "Zakzaky had been shot and wounded and", NGAMIL, ZAK, ["18", "19"], "180", "2015-12", None, False,
  "agentless passive inside the movement's account: optional")
E("cg02", "Iran's Foreign Ministry summoned Nigeria's charge d'affaires", IRNG, NGAG, ["11"], "114", "2015-12-14",
  P("Tehran", "IRN"), True, "summoning an envoy to protest 114 (news-dev); 'on Monday'; 'In Tehran'")
E("cg02", "President Hassan Rouhani telephoned President Muhammadu Buhari", A("Hassan Rouhani", "IRN", "GOV"),
  A("Muhammadu Buhari", "NGA", "GOV"), ["04", "10", "02"], "040", "2015-12", None, False,
  "a call with an appeal: coders split (consult, demand): optional; no day: month")
E("cg02", "Hundreds of Shiites marched through the northern", A("Nigerian Shiites", "NGA", ["REL", "CVL"]), NGAG,
  ["14"], "141", "2015-12-14", P("Kano", "NGA"), True, "march 141 with a demand for release; 'on Monday'; Kano named")
E("cg02", "Human Rights Watch called for an independent", A("Human Rights Watch", None, "NGO"), NGAG, DEMAND, "024",
  "2015-12", None, False, "single outside reaction: optional")
F("cg02", "The exact number of dead could not", "count, unknown")
F("cg02", "It was not known where Zakzaky was", "speculation")

# ---------------------------------------------------------------- cg03 Kirkuk, Middle East (Iraq)
S("cg03", "2013-04-24", "Middle East", """
Iraqi troops storm Sunni protest camp in Hawija; two ministers quit

KIRKUK, Iraq —

Iraqi troops stormed a Sunni Arab protest camp in the town of Hawija, west of Kirkuk, at dawn on Tuesday, setting off gunbattles that killed at least 40 people, police and hospital officials said.

The army had surrounded the camp since Friday, when gunmen killed a soldier at a nearby checkpoint. Commanders demanded that the protesters hand over the killers.

The Defence Ministry said the troops had come under fire from armed men in the camp, a charge the organisers denied.

Education Minister Mohammed Tamim, a Sunni, resigned in protest, and Science Minister Abd al-Karim al-Samarrai followed him hours later.

Parliament Speaker Osama al-Nujaifi, the most senior Sunni politician, condemned the raid as a massacre and called for those responsible to be put on trial.

Gunmen attacked army checkpoints in several towns of Kirkuk province later on Tuesday, killing at least 12 soldiers, officials said.

The U.N. envoy to Iraq, Martin Kobler, urged all sides to show restraint.

Sunni protesters have camped in squares in western and northern Iraq since December, accusing Prime Minister Nouri al-Maliki of sidelining their community.

It was not clear how many of the dead were protesters and how many were gunmen.

Whether the protest movement would now take up arms was unclear.
""")
IRQMIL = A("Iraqi army", "IRQ", "MIL")
IRQPROT = A("Sunni protesters in Hawija", "IRQ", ["CVL", "OPP"])
IRQG = A("Iraq's government", "IRQ", "GOV")
E("cg03", "Iraqi troops storm Sunni protest camp in", IRQMIL, IRQPROT, ["17", "18", "19"], "175", "2013-04-23",
  P("Hawija", "IRQ"), False, "headline")
E("cg03", "Iraqi troops stormed a Sunni Arab protest", IRQMIL, IRQPROT, ["17", "18", "19"], "175", "2013-04-23",
  P("Hawija", "IRQ"), True, "storming a protest camp 175 (17/18/19: coders split between repression and attack); "
  "'on Tuesday' before a Wednesday paper; 'the town of Hawija' names the place")
E("cg03", "The army had surrounded the camp since", IRQMIL, IRQPROT, ["19", "16", "17"], "191", "2013-04", P("Hawija", "IRQ"),
  True, "cordon 191 (19/16/17) over a span since Friday: month; 'the camp' = the Hawija camp")
E("cg03", "when gunmen killed a soldier at a", UNK, IRQMIL, ATTACK, "180", "2013-04-19", None, True,
  "dated background killing in a 'when' clause with its own agent; unnamed gunmen null/null; Friday before a "
  "Wednesday paper; the checkpoint is not named")
E("cg03", "Commanders demanded that the protesters hand over", IRQMIL, IRQPROT, DEMAND, "100", "2013-04", None, False,
  "demand with no day of its own: optional (background to the cordon); month")
E("cg03", "The Defence Ministry said the troops had", IRQG, IRQPROT, ["11"], "112", "2013-04", None, False,
  "implied accusation of armed resistance: optional")
E("cg03", "a charge the organisers denied", A("Hawija protest organisers", "IRQ", ["CVL", "OPP"]), IRQG, DENY, "016",
  "2013-04", None, True, "denial 016 (01/12) in an appositive; month")
E("cg03", "Education Minister Mohammed Tamim, a Sunni, resigned", A("Mohammed Tamim", "IRQ", "GOV"),
  A("Nouri al-Maliki", "IRQ", "GOV"), ["14", "16", "08"], "140", "2013-04", None, True,
  "resignation in protest: coders split (dissent 14, reducing relations 16, yielding 08); target Maliki's "
  "government; no day of its own: month")
E("cg03", "Science Minister Abd al-Karim al-Samarrai followed him", A("Abd al-Karim al-Samarrai", "IRQ", "GOV"),
  A("Nouri al-Maliki", "IRQ", "GOV"), ["14", "16", "08"], "140", "2013-04", None, False,
  "second member of the compound: optional")
E("cg03", "condemned the raid as a massacre and", A("Osama al-Nujaifi", "IRQ", ["LEG", "GOV"]), IRQMIL, ["11"], "111",
  "2013-04", None, True, "denunciation 111; month")
E("cg03", "called for those responsible to be put", A("Osama al-Nujaifi", "IRQ", ["LEG", "GOV"]), IRQG, DEMAND, "100",
  "2013-04", None, False, "second verb, a demand: optional")
E("cg03", "Gunmen attacked army checkpoints in several towns", UNK, IRQMIL, ATTACK, "190", "2013-04-23",
  P("Kirkuk", "IRQ"), True, "attacks on checkpoints 190 (18/19/20); unnamed gunmen null/null; 'later on Tuesday'; "
  "'towns of Kirkuk province': Kirkuk")
E("cg03", "Martin Kobler, urged all sides to show", A("Martin Kobler", "UNO", "IGO"), IRQG, DEMAND, "025", "2013-04",
  None, False, "single outside appeal for restraint: optional")
E("cg03", "Sunni protesters have camped in squares in", A("Iraqi Sunni protesters", "IRQ", ["CVL", "OPP"]),
  A("Nouri al-Maliki", "IRQ", "GOV"), ["14"], "141", None, None, False,
  "standing protest over a span across two years (December to April): null date; optional")
F("cg03", "It was not clear how many of", "speculation, count")
F("cg03", "Whether the protest movement would now take", "speculation")

# ---------------------------------------------------------------- cg04 Ankara, Middle East (Turkey / U.S.)
S("cg04", "2018-08-11", "Middle East", """
Trump doubles tariffs on Turkish steel as row over detained pastor deepens

ANKARA, Turkey —

President Donald Trump said on Friday he had authorised doubling tariffs on steel and aluminium from Turkey, sending the lira to a record low as a dispute over an American pastor held in Turkey escalated.

President Tayyip Erdogan, speaking at a rally in the Black Sea town of Bayburt hours later, accused Washington of waging an economic war against Turkey and urged Turks to change their dollars and gold into lira.

"You cannot bring this nation into line with threats," he said.

The U.S. Treasury on Aug. 1 imposed sanctions on Turkey's justice and interior ministers, Abdulhamit Gul and Suleyman Soylu, over the detention of Andrew Brunson, an evangelical pastor from North Carolina.

Ankara retaliated days later by freezing any assets in Turkey of the U.S. attorney general and the homeland security secretary.

Brunson, who has led a small Protestant church in the city of Izmir for two decades, was arrested in October 2016 and charged with helping the network that Turkey blames for that July's failed coup. He denies the charges.

Trump had threatened on July 26 to impose large sanctions on Turkey unless the pastor was freed.

Talks between Turkish and U.S. officials in Washington this week ended without agreement.

The lira has lost more than a third of its value against the dollar this year.

Analysts said the currency could fall further if the dispute dragged on.
""")
TRUMP = A("Donald Trump", "USA", "GOV")
USAG = A("United States", "USA", "GOV")
TURG = A("Turkey", "TUR", "GOV")
ERD = A("Tayyip Erdogan", "TUR", "GOV")
BRUNSON = A("Andrew Brunson", "USA", ["REL", "CVL"])
E("cg04", "Trump doubles tariffs on Turkish steel as", TRUMP, TURG, SANCT, "163", "2018-08-10", None, False, "headline")
E("cg04", "he had authorised doubling tariffs on steel", TRUMP, TURG, SANCT, "163", "2018-08-10", None, True,
  "punitive tariffs 163 (16/17, sanctions); 'on Friday' before a Saturday paper; no place named")
E("cg04", "accused Washington of waging an economic war", ERD, USAG, ["11"], "112", "2018-08-10", P("Bayburt", "TUR"),
  True, "accusation 112; 'hours later' after Friday; 'Washington' is the government; 'the Black Sea town of "
  "Bayburt' names the place")
E("cg04", "urged Turks to change their dollars and", ERD, A("Turkish citizens", "TUR", "CVL"), ["02", "10"], "020",
  "2018-08-10", P("Bayburt", "TUR"), False, "appeal to his own public, second verb: optional")
E("cg04", "You cannot bring this nation into line", ERD, USAG, ["12"], "120", "2018-08-10", None, False,
  "rejection in a quote: optional")
E("cg04", "The U.S. Treasury on Aug. 1 imposed", A("U.S. Treasury", "USA", "GOV"), A("Abdulhamit Gul", "TUR", ["GOV", "JUD"]),
  SANCT, "163", "2018-08-01", None, True, "sanctions on a minister 163 (16/17); 'on Aug. 1'; compound object: the "
  "first member required")
E("cg04", "Abdulhamit Gul and Suleyman Soylu, over the", A("U.S. Treasury", "USA", "GOV"),
  A("Suleyman Soylu", "TUR", ["GOV", "COP"]), SANCT, "163", "2018-08-01", None, False,
  "second member of the compound object: optional")
E("cg04", "Ankara retaliated days later by freezing any", TURG, A("U.S. attorney general", "USA", ["GOV", "JUD"]), SANCT,
  "163", "2018-08", None, True, "counter-sanctions (asset freeze) 163 (16/17); 'Ankara' is the government; 'days "
  "later': month; 'in Turkey' is where the assets are, not the act: no place")
E("cg04", "the U.S. attorney general and the homeland", TURG, A("U.S. homeland security secretary", "USA", "GOV"),
  SANCT, "163", "2018-08", None, False, "second member of the compound object: optional")
E("cg04", "was arrested in October 2016 and charged", A("Turkish authorities", "TUR", ["GOV", "JUD"]), BRUNSON, ["17"],
  "173", "2016-10", None, False, "agentless background passive: optional")
E("cg04", "He denies the charges.", BRUNSON, A("Turkish prosecutors", "TUR", ["JUD", "GOV"]), DENY, "016", "2018-08",
  None, True, "denial 016 (01/12); present tense, no day: month")
E("cg04", "Trump had threatened on July 26 to", TRUMP, TURG, ["13"], "1312", "2018-07-26", None, True,
  "dated background threat of sanctions 1312; 'on July 26'")
E("cg04", "Talks between Turkish and U.S. officials in", A("Turkish officials", "TUR", "GOV"),
  A("U.S. officials", "USA", "GOV"), ["04"], "046", "2018-08", P("Washington", "USA"), True,
  "talks 046 told as an event noun; first-mentioned side as source; 'this week' (month); 'in Washington' is where "
  "the talks were held")
E("cg04", "Talks between Turkish and U.S. officials in", A("U.S. officials", "USA", "GOV"),
  A("Turkish officials", "TUR", "GOV"), ["04"], "046", "2018-08", P("Washington", "USA"), False,
  "reverse direction of the joint talks: optional")
F("cg04", "The lira has lost more than a", "count")
F("cg04", "Analysts said the currency could fall further", "speculation")

# ---------------------------------------------------------------- cg05 Manila, Asia (Philippines)
S("cg05", "2007-11-30", "Asia", """
Philippine troops storm Manila hotel, end mutiny by senator and soldiers

MANILA, Philippines —

Philippine security forces fired tear gas and drove an armoured vehicle into the lobby of a luxury hotel in Manila's Makati financial district on Thursday, ending a six-hour standoff with rebel soldiers who had called for President Gloria Macapagal Arroyo's removal.

Senator Antonio Trillanes IV and Brig. Gen. Danilo Lim, who are on trial over a failed 2006 coup plot, walked out of a court hearing in the morning and led about 30 soldiers to the Peninsula hotel, where they urged the armed forces to withdraw support from Arroyo.

A former vice president, Teofisto Guingona, joined them at the hotel.

Police gave the group a 3 p.m. deadline to leave the building and warned that force would be used.

Trillanes and Lim surrendered after the assault and were driven away in a police bus. Officers also detained more than 20 journalists who had stayed inside to cover the standoff, drawing protests from media groups.

Arroyo imposed a midnight-to-dawn curfew on Metro Manila late on Thursday and said those behind the uprising would face the full force of the law.

Trillanes, a former navy officer, won a Senate seat in May while in detention over a 2003 mutiny.

Military chiefs said the vast majority of troops remained loyal to the government.

It was not clear how many soldiers had joined the walkout.
""")
PHLSEC = A("Philippine security forces", "PHL", ["COP", "MIL"])
MUT = A("rebel soldiers", "PHL", ["MIL", "REB"])
TRIL = A("Antonio Trillanes IV", "PHL", ["LEG", "REB", "MIL"])
LIM = A("Danilo Lim", "PHL", ["MIL", "REB"])
ARROYO = A("Gloria Macapagal Arroyo", "PHL", "GOV")
E("cg05", "Philippine troops storm Manila hotel, end mutiny", PHLSEC, MUT, ["17", "19", "18"], "175", "2007-11-29",
  P("Makati", "PHL"), False, "headline")
E("cg05", "Philippine security forces fired tear gas and", PHLSEC, MUT, ["17", "19", "18"], "175", "2007-11-29",
  P("Makati", "PHL"), True, "storming the hotel with tear gas and an armoured vehicle: coders split (17/19/18); 'on "
  "Thursday' before a Friday paper; 'Manila's Makati financial district' names Makati")
E("cg05", "who had called for President Gloria Macapagal", MUT, ARROYO, DEMAND, "1041", "2007-11-29", None, False,
  "lead summary of the call detailed in paragraph two: optional")
E("cg05", "where they urged the armed forces to", TRIL, A("Philippine armed forces", "PHL", "MIL"), DEMAND, "100",
  "2007-11-29", P("Makati", "PHL"), True, "call on the military to withdraw support 100 (10/02); compound subject "
  "through 'they': Trillanes first; the day of the lead; the hotel of the lead: Makati")
E("cg05", "where they urged the armed forces to", LIM, A("Philippine armed forces", "PHL", "MIL"), DEMAND, "100",
  "2007-11-29", P("Makati", "PHL"), False, "second member of the compound: optional")
E("cg05", "Teofisto Guingona, joined them at the hotel", A("Teofisto Guingona", "PHL", ["OPP", "ELI"]), TRIL, ["05", "06"],
  "050", "2007-11-29", None, False, "joining the mutineers, support: optional")
E("cg05", "Police gave the group a 3 p.m.", A("Philippine police", "PHL", "COP"), MUT, ["13"], "130", "2007-11-29", None,
  True, "ultimatum and warning of force 130 (138 also right); the day of the lead; 'the building' gives no place")
E("cg05", "Trillanes and Lim surrendered after the assault", TRIL, PHLSEC, ["08"], "0874", "2007-11-29", None, True,
  "surrender 0874 (RETREAT); compound subject: Trillanes first; the day of the lead")
E("cg05", "Trillanes and Lim surrendered after the assault", LIM, PHLSEC, ["08"], "0874", "2007-11-29", None, False,
  "second member of the compound: optional")
E("cg05", "Officers also detained more than 20 journalists", A("Philippine police", "PHL", "COP"),
  A("journalists in Manila", "PHL", "MED"), ["17"], "173", "2007-11-29", None, True,
  "detention of journalists 173; 'Officers' refers back to the police; the day of the lead")
E("cg05", "drawing protests from media groups", A("Philippine media groups", "PHL", ["MED", "NGO"]),
  A("Philippine police", "PHL", "COP"), ["14", "11"], "140", "2007-11", None, False, "reaction: optional")
E("cg05", "Arroyo imposed a midnight-to-dawn curfew on Metro", ARROYO, None, ["17"], "1723", "2007-11-29",
  P("Manila", "PHL"), True, "curfew 1723; 'late on Thursday'; Metro Manila: Manila; target none named")
E("cg05", "said those behind the uprising would face", ARROYO, MUT, ["13"], "130", "2007-11-29", None, False,
  "warning of prosecution, second verb: optional")
F("cg05", "Military chiefs said the vast majority of", "standing situation: loyalty")
F("cg05", "It was not clear how many soldiers", "speculation")

# ---------------------------------------------------------------- cg06 Pattaya, Asia (Thailand)
S("cg06", "2009-04-12", "Asia", """
Thai protesters storm Asian summit venue, forcing leaders to flee

PATTAYA, Thailand —

Thousands of anti-government protesters smashed through glass doors and stormed the hotel hosting an Asian summit in the Thai resort of Pattaya on Saturday, forcing the government to call off the meeting and fly visiting leaders out by helicopter.

Prime Minister Abhisit Vejjajiva, who had come to Pattaya to host the talks, declared a state of emergency in the city and the surrounding province of Chonburi.

The protesters, wearing the red shirts of supporters of ousted premier Thaksin Shinawatra, accused Abhisit of taking power illegally with the army's backing and demanded that he resign.

Earlier in the day, red shirts clashed with government supporters in blue shirts near the venue, hurling rocks and bottles at each other.

On Friday, hundreds of red shirts blocked roads leading to the hotel, delaying the arrival of some delegations.

Soldiers guarding the hotel did not try to stop the crowd.

Red shirt leader Arisman Pongruangrong, who led the crowd into the building, told reporters the protesters had made their point and would return to Bangkok.

Tens of thousands of red shirts have surrounded Abhisit's offices at Government House in Bangkok since March 26.

Thaksin, who lives abroad to avoid a prison term for abuse of power, has urged his followers in nightly video calls to rise up against the government.

Analysts said the cancellation could badly damage Thailand's image abroad.
""")
REDS = A("red shirt protesters", "THA", ["OPP", "CVL"])
ABHISIT = A("Abhisit Vejjajiva", "THA", "GOV")
THAG = A("Thailand's government", "THA", "GOV")
E("cg06", "Thai protesters storm Asian summit venue, forcing", REDS, THAG, VPROT, "145", "2009-04-11",
  P("Pattaya", "THA"), False, "headline")
E("cg06", "Thousands of anti-government protesters smashed through glass", REDS, THAG, VPROT, "145", "2009-04-11",
  P("Pattaya", "THA"), True, "violent protest, storming the venue 145 (14/18/17); 'on Saturday' in a Sunday paper; "
  "'the Thai resort of Pattaya' names the place")
E("cg06", "declared a state of emergency in the", ABHISIT, REDS, ["17"], "1724", "2009-04-11", P("Pattaya", "THA"), True,
  "state of emergency 1724, target the protesters; the day of the lead; 'the city' = Pattaya")
E("cg06", "who had come to Pattaya to host", ABHISIT, None, ["04"], "042", "2009-04", P("Pattaya", "THA"), False,
  "travel inside a relative: optional")
E("cg06", "accused Abhisit of taking power illegally with", REDS, ABHISIT, ["11"], "112", "2009-04", None, True,
  "accusation 112; no day of its own: month")
E("cg06", "demanded that he resign", REDS, ABHISIT, DEMAND, "1041", "2009-04", None, False,
  "second verb, demand for resignation: optional")
E("cg06", "red shirts clashed with government supporters in", REDS, A("government supporters in blue shirts", "THA",
  ["CVL", "PTY"]), CLASH, "190", "2009-04-11", P("Pattaya", "THA"), True,
  "clash between civilian camps 190 (news-dev); first-mentioned direction required; 'Earlier in the day' = Saturday; "
  "'near the venue' with the dateline: Pattaya")
E("cg06", "red shirts clashed with government supporters in", A("government supporters in blue shirts", "THA",
  ["CVL", "PTY"]), REDS, CLASH, "190", "2009-04-11", P("Pattaya", "THA"), False, "reverse direction: optional")
E("cg06", "hundreds of red shirts blocked roads leading", REDS, THAG, ["14"], "144", "2009-04-10", P("Pattaya", "THA"),
  True, "road blocks 144; 'On Friday' before a Sunday paper; the hotel of the lead: Pattaya")
E("cg06", "who led the crowd into the building", A("Arisman Pongruangrong", "THA", ["OPP", "CVL"]), THAG, VPROT, "145",
  "2009-04-11", P("Pattaya", "THA"), False, "restatement of the storming in a relative: optional")
E("cg06", "have surrounded Abhisit's offices at Government House", REDS, ABHISIT, ["14"], "144", "2009", P("Bangkok", "THA"),
  True, "siege of the government's offices 144; 'since March 26' a span over two months: year; 'in Bangkok'")
E("cg06", "has urged his followers in nightly video", A("Thaksin Shinawatra", "THA", ["OPP", "ELI"]), THAG,
  ["14", "02", "10"], "140", "2009", None, False, "call to rise up, undated present perfect: optional")
F("cg06", "Soldiers guarding the hotel did not try", "negated act")
F("cg06", "Analysts said the cancellation could badly damage", "speculation")

# ---------------------------------------------------------------- cg07 Dhaka, South Asia (Bangladesh)
S("cg07", "2004-08-23", "South Asia", """
Bangladesh opposition calls strike, blames government for grenade attack on Hasina rally

DHAKA, Bangladesh —

Bangladesh's main opposition Awami League called a nationwide general strike for Tuesday, accusing the government of being behind a grenade attack on its rally in Dhaka that killed at least 18 people and narrowly missed its leader, Sheikh Hasina.

Attackers hurled more than a dozen grenades at a truck being used as a stage on Saturday afternoon as Hasina finished a speech against a wave of bombings, party officials said.

Hasina, who was shielded by her bodyguards, escaped with injuries to her ears.

"This was a planned attack to wipe out our leadership, and the government is responsible," she told reporters at her home on Sunday.

Prime Minister Khaleda Zia condemned the attack as a heinous act and rejected the charge, saying her government had nothing to do with it.

The government ordered a judicial inquiry and asked Interpol and the FBI to help with the investigation.

Angry opposition supporters set fire to buses and cars in Dhaka on Sunday, and police fired tear gas to disperse them.

The United States and India condemned the bombing.

It was not clear who had carried out the attack.

Party officials said the death toll could rise, as several of the wounded were in critical condition.
""")
AL = A("Awami League", "BGD", ["OPP", "PTY"])
HASINA = A("Sheikh Hasina", "BGD", ["OPP", "PTY"])
BGDG = A("Bangladesh's government", "BGD", "GOV")
KHALEDA = A("Khaleda Zia", "BGD", "GOV")
E("cg07", "Bangladesh opposition calls strike, blames government for", AL, BGDG, ["14"], "143", "2004-08", None, False,
  "headline")
E("cg07", "called a nationwide general strike for Tuesday", AL, BGDG, ["14"], "143", "2004-08", None, True,
  "call for a general strike 143; the call has no day of its own (Tuesday is the strike's day, still to come): month")
E("cg07", "accusing the government of being behind a", AL, BGDG, ["11"], "112", "2004-08", None, False,
  "lead summary of Hasina's accusation detailed in paragraph four: optional")
E("cg07", "Attackers hurled more than a dozen grenades", UNK, HASINA, ["18", "19", "20"], "183", "2004-08-21",
  P("Dhaka", "BGD"), True, "grenade attack on a rally 183 (18/19/20); unnamed attackers null/null; target the "
  "speaker; 'on Saturday afternoon' before a Monday paper; the rally 'in Dhaka' of the lead")
E("cg07", "she told reporters at her home on", HASINA, BGDG, ["11"], "112", "2004-08-22", P("Dhaka", "BGD"), True,
  "accusation 112 in a quote with a reporting clause; 'she' = Hasina; 'on Sunday'; her home with the dateline: Dhaka")
E("cg07", "Prime Minister Khaleda Zia condemned the attack", KHALEDA, UNK, ["11"], "111", "2004-08", None, True,
  "condemnation 111 of the unnamed attackers; no day: month")
E("cg07", "rejected the charge, saying her government had", KHALEDA, AL, DENY, "016", "2004-08", None, True,
  "denial 016 (01/12) of the Awami League's charge; month")
E("cg07", "asked Interpol and the FBI to help", BGDG, A("Interpol", None, "IGO"), ["02", "10"], "0213", "2004-08", None,
  True, "request for judicial help 0213 (02/10, as owned54 bc11); compound object: Interpol first; month")
E("cg07", "Interpol and the FBI to help with", BGDG, A("FBI", "USA", ["COP", "GOV"]), ["02", "10"], "0213", "2004-08",
  None, False, "second member of the compound object: optional")
E("cg07", "The government ordered a judicial inquiry and", BGDG, UNK, ["09"], "090", "2004-08", None, False,
  "inquiry: optional")
E("cg07", "Angry opposition supporters set fire to buses", A("Awami League supporters", "BGD", ["OPP", "CVL"]), BGDG,
  VPROT, "145", "2004-08-22", P("Dhaka", "BGD"), True, "riot and arson 145 (14/18/17); 'on Sunday'; 'in Dhaka'")
E("cg07", "police fired tear gas to disperse them", A("Bangladeshi police", "BGD", "COP"),
  A("Awami League supporters", "BGD", ["OPP", "CVL"]), REPR, "175", "2004-08-22", P("Dhaka", "BGD"), False,
  "second clause, 'them' = the supporters: optional")
E("cg07", "The United States and India condemned the", USAG, UNK, ["11"], "111", "2004-08", None, False,
  "outside reactions: optional")
F("cg07", "It was not clear who had carried", "speculation")
F("cg07", "Party officials said the death toll could", "count, speculation")

# ---------------------------------------------------------------- cg08 Jalalabad, South Asia (Afghanistan)
S("cg08", "2005-05-12", "South Asia", """
Four killed as Afghan protest over Koran report turns violent in Jalalabad

JALALABAD, Afghanistan —

Afghan police opened fire on thousands of protesters who rampaged through the eastern city of Jalalabad on Wednesday, killing four people, after a U.S. magazine reported that interrogators at Guantanamo Bay had desecrated the Koran.

Crowds led by university students set fire to the governor's offices and a police post, and smashed windows at the Pakistani consulate and the offices of two aid agencies, witnesses said.

The protest began peacefully at Nangarhar University on Tuesday, where students burned an effigy of President George W. Bush.

The report, in the May 9 issue of Newsweek, said interrogators had flushed a copy of the Koran down a toilet to unsettle detainees.

The provincial governor ordered a night curfew in the city.

Provincial officials accused opponents of the government of using the report to stir up violence against foreigners.

Protests spread on Thursday to Kabul, where hundreds of students marched through the city chanting slogans against the United States, and to at least three other provinces.

In Washington, the State Department said the military was looking into the allegation.

It was unclear whether the four dead were protesters or bystanders.

Muslims regard the Koran as the word of God, and desecrating it is seen as a grave offence.
""")
AFGPROT = A("Afghan protesters", "AFG", ["CVL", "EDU"])
AFGG = A("Afghanistan's government", "AFG", "GOV")
E("cg08", "Four killed as Afghan protest over Koran", A("Afghan police", "AFG", "COP"), AFGPROT, REPR, "175",
  "2005-05-11", P("Jalalabad", "AFG"), False, "headline")
E("cg08", "Afghan police opened fire on thousands of", A("Afghan police", "AFG", "COP"), AFGPROT, REPR, "175",
  "2005-05-11", P("Jalalabad", "AFG"), True, "firing on rioters 175 (17/18); 'on Wednesday' before a Thursday paper; "
  "'the eastern city of Jalalabad' names the place")
E("cg08", "who rampaged through the eastern city of", AFGPROT, AFGG, VPROT, "145", "2005-05-11", P("Jalalabad", "AFG"),
  False, "lead summary of the riot detailed in paragraph two: optional")
E("cg08", "after a U.S. magazine reported that interrogators", A("Newsweek", "USA", "MED"), A("U.S. military", "USA", "MIL"),
  ["11"], "112", "2005-05", None, False, "a report of an alleged act: optional")
E("cg08", "Crowds led by university students set fire", AFGPROT, AFGG, VPROT, "145", "2005-05-11", P("Jalalabad", "AFG"),
  True, "riot and arson 145 (14/18/17); the day of the lead; the governor's offices with the dateline: Jalalabad")
E("cg08", "smashed windows at the Pakistani consulate and", AFGPROT, A("Pakistan", "PAK", "GOV"), VPROT, "145",
  "2005-05-11", P("Jalalabad", "AFG"), False, "second verb; a consulate is its country's premises: optional")
E("cg08", "The protest began peacefully at Nangarhar University", AFGPROT, A("United States", "USA", "GOV"), ["14"], "141",
  "2005-05-10", P("Jalalabad", "AFG"), True, "dated background protest 141 told as an event noun; 'on Tuesday'; the "
  "university with the dateline: Jalalabad")
E("cg08", "where students burned an effigy of President", AFGPROT, A("George W. Bush", "USA", "GOV"), ["14"], "141",
  "2005-05-10", P("Jalalabad", "AFG"), False, "the same protest in a 'where' clause: optional")
E("cg08", "said interrogators had flushed a copy of", A("U.S. interrogators", "USA", ["MIL", "SPY"]),
  A("Guantanamo detainees", None, ["CVL", "REB"]), ["18", "17"], "1711", "2005", None, False,
  "an alleged act inside a report, later disputed: optional")
E("cg08", "The provincial governor ordered a night curfew", A("Nangarhar provincial governor", "AFG", "GOV"), AFGPROT,
  ["17"], "1723", "2005-05", P("Jalalabad", "AFG"), True, "curfew 1723; 'the city' = Jalalabad; no day of its own: "
  "month")
E("cg08", "Provincial officials accused opponents of the government", A("Nangarhar provincial officials", "AFG", "GOV"),
  A("Afghan government opponents", "AFG", "OPP"), ["11"], "112", "2005-05", None, True, "accusation 112; month")
E("cg08", "Protests spread on Thursday to Kabul, where", A("Afghan students", "AFG", ["CVL", "EDU"]),
  A("United States", "USA", "GOV"), ["14"], "141", "2005-05-12", P("Kabul", "AFG"), True,
  "protests 141 told as an event noun, with the march in the 'where' clause; 'on Thursday' in a Thursday paper; "
  "Kabul, the first place named")
E("cg08", "the State Department said the military was", A("U.S. State Department", "USA", "GOV"), None, ["09"], "090",
  "2005-05", P("Washington", "USA"), False, "an inquiry: optional")
F("cg08", "It was unclear whether the four dead", "speculation")
F("cg08", "Muslims regard the Koran as the word", "definition")

# ---------------------------------------------------------------- cg09 Yerevan, Europe/Eurasia (Armenia)
S("cg09", "2016-07-19", "Europe/Eurasia", """
Armenian gunmen hold police hostages in Yerevan, demand release of jailed opposition figure

YEREVAN, Armenia —

Armed men holed up in a police compound in Yerevan held at least four officers hostage for a second day on Monday, demanding the release of a jailed opposition leader and the resignation of President Serzh Sargsyan.

The gunmen, about 20 veterans of the war over Nagorno-Karabakh, stormed the compound in the city's Erebuni district early on Sunday, killing a police colonel and wounding several other officers, the National Security Service said.

The service called the seizure an act of terrorism and said the men had turned down offers to negotiate.

The group, which calls itself Sasna Tsrer, or Daredevils of Sassoun, is loyal to Jirair Sefilian, a veteran commander who was arrested last month on weapons charges.

The gunmen freed two senior officers on Monday, among them a deputy national police chief, officials said.

Police sealed off the surrounding streets on Sunday and cut off the compound's power and telephone lines.

Police said they had detained dozens of people who gathered near the cordon on Sunday night to cheer the gunmen.

Russia, Armenia's main ally, urged a peaceful end to the standoff.

There was no sign of talks on Monday evening.

Nagorno-Karabakh has been under ethnic Armenian control since a war in the early 1990s.
""")
SASNA = A("Sasna Tsrer gunmen", "ARM", ["REB", "OPP"])
ARMCOP = A("Armenian police", "ARM", "COP")
ARMG = A("Armenia's government", "ARM", "GOV")
E("cg09", "Armenian gunmen hold police hostages in Yerevan,", SASNA, ARMCOP, ["18", "17"], "181", "2016-07",
  P("Yerevan", "ARM"), False, "headline")
E("cg09", "Armed men holed up in a police", SASNA, ARMCOP, ["18", "17"], "181", "2016-07-18", P("Yerevan", "ARM"), False,
  "hostage-holding on its second day, a lead summary of the seizure detailed in paragraph two: optional")
E("cg09", "demanding the release of a jailed opposition", SASNA, ARMG, DEMAND, "1053", "2016-07-18", None, True,
  "demand for release 1053 (10/02) and resignation; participle clause of the Monday sentence: 'on Monday' before a "
  "Tuesday paper")
E("cg09", "stormed the compound in the city's Erebuni", SASNA, ARMCOP, ["18", "19", "20"], "181", "2016-07-17",
  P("Yerevan", "ARM"), True, "armed seizure of a police compound with a killing 181 (18, 19/20 tolerated); 'early on "
  "Sunday'; 'the city's Erebuni district' = Yerevan; 'The gunmen' refers back")
E("cg09", "The service called the seizure an act", A("National Security Service", "ARM", ["SPY", "GOV"]), SASNA, ["11"],
  "111", "2016-07", None, True, "denunciation 111; 'The service' refers back; no day: month")
E("cg09", "said the men had turned down offers", SASNA, ARMG, ["12"], "125", "2016-07", None, False,
  "refusal to negotiate inside the service's account: optional")
E("cg09", "who was arrested last month on weapons", ARMCOP, A("Jirair Sefilian", "ARM", ["OPP", "MIL"]), ["17"], "173",
  "2016-06", None, False, "agentless background passive in a relative: optional")
E("cg09", "The gunmen freed two senior officers on", SASNA, ARMCOP, ["08"], "0841", "2016-07-18", P("Yerevan", "ARM"),
  True, "release of hostages 0841 (08, RETREAT under the README list); 'on Monday'; the compound of the "
  "lead in Yerevan")
E("cg09", "Police sealed off the surrounding streets on", ARMCOP, SASNA, ["19", "16", "17"], "191", "2016-07-17",
  P("Yerevan", "ARM"), True, "cordon 191 (19/16/17); 'on Sunday'; the streets round the Yerevan compound")
E("cg09", "Police said they had detained dozens of", ARMCOP, A("supporters of the gunmen", "ARM", ["CVL", "OPP"]), ["17"],
  "173", "2016-07-17", P("Yerevan", "ARM"), True, "detentions 173, reported by the police themselves; 'on Sunday "
  "night'; near the Yerevan cordon")
E("cg09", "Russia, Armenia's main ally, urged a peaceful", A("Russia", "RUS", "GOV"), SASNA, DEMAND, "025", "2016-07",
  None, False, "single outside appeal: optional")
F("cg09", "There was no sign of talks on", "negated act")
F("cg09", "Nagorno-Karabakh has been under ethnic Armenian control", "standing situation")

# ---------------------------------------------------------------- cg10 Tbilisi, Europe/Eurasia (Georgia)
S("cg10", "2023-03-10", "Europe/Eurasia", """
Georgia's ruling party drops 'foreign agents' bill after two nights of clashes

TBILISI, Georgia —

Georgia's governing party said on Thursday it would withdraw a bill requiring groups funded from abroad to register as "foreign agents", bowing to two nights of street protests in which police used water cannon and tear gas.

Riot police fired water cannon and tear gas late on Tuesday at thousands of protesters outside parliament on Rustaveli Avenue, hours after lawmakers approved the bill in a first reading.

Police detained 66 people that night, the Interior Ministry said, accusing some protesters of throwing petrol bombs and stones at officers.

Crowds returned on Wednesday, waving Georgian, European Union and Ukrainian flags, and police again used water cannon to push them back from the parliament building.

President Salome Zourabichvili, who has broken with the ruling Georgian Dream party, said in a video message from New York that she stood with the protesters and would veto the law.

The European Union's foreign policy chief, Josep Borrell, said the bill was incompatible with the bloc's values.

The Kremlin denied any involvement, and its spokesman, Dmitry Peskov, accused unnamed outsiders of stirring up anti-Russian feeling in Georgia.

The bill would have applied to any group receiving more than a fifth of its money from abroad.

It was not clear whether the opposition would call off the protests.
""")
GD = A("Georgian Dream", "GEO", ["PTY", "GOV"])
GEOPROT = A("Georgian protesters", "GEO", ["CVL", "OPP"])
GEOCOP = A("Georgian police", "GEO", "COP")
GEOG = A("Georgia's government", "GEO", "GOV")
E("cg10", "Georgia's ruling party drops 'foreign agents' bill", GD, GEOPROT, ["08"], "083", "2023-03-09", None, False,
  "headline")
E("cg10", "it would withdraw a bill requiring groups", GD, GEOPROT, ["08"], "083", "2023-03-09", None, True,
  "yielding to protesters 083 (08, CONCEDE); announced withdrawal 'on Thursday' before a Friday paper; no place named")
E("cg10", "Riot police fired water cannon and tear", GEOCOP, GEOPROT, REPR, "175", "2023-03-07", P("Tbilisi", "GEO"),
  True, "water cannon and tear gas 175 (17/18); 'late on Tuesday'; the dateline country's parliament and Rustaveli "
  "Avenue with the dateline: Tbilisi")
E("cg10", "Police detained 66 people that night, the", GEOCOP, GEOPROT, ["17"], "173", "2023-03-07", None, True,
  "detentions 173; 'that night' = Tuesday; no place in the clause")
E("cg10", "accusing some protesters of throwing petrol bombs", A("Georgian Interior Ministry", "GEO", ["GOV", "COP"]),
  GEOPROT, ["11"], "112", "2023-03", None, False, "participle accusation: optional; month")
E("cg10", "Crowds returned on Wednesday, waving Georgian, European", GEOPROT, GEOG, ["14"], "141", "2023-03-08",
  P("Tbilisi", "GEO"), True, "renewed protest 141; 'on Wednesday'; at the parliament building of the dateline "
  "country: Tbilisi")
E("cg10", "police again used water cannon to push", GEOCOP, GEOPROT, REPR, "175", "2023-03-08", P("Tbilisi", "GEO"), False,
  "second clause, repeating Tuesday's act: optional")
E("cg10", "said in a video message from New", A("Salome Zourabichvili", "GEO", ["GOV", "ELI"]), GEOPROT, ["05"], "051",
  "2023-03", P("New York", "USA"), True, "endorsement of the protesters 051 (05); 'from New York' is where she "
  "spoke; no day: month")
E("cg10", "would veto the law", A("Salome Zourabichvili", "GEO", ["GOV", "ELI"]), GD, ["12"], "120", "2023-03", None, False,
  "a refusal put as an intention: optional")
E("cg10", "Josep Borrell, said the bill was incompatible", A("Josep Borrell", "EUR", "IGO"), GEOG, ["11"], "111", "2023-03",
  None, False, "single outside criticism: optional")
E("cg10", "The Kremlin denied any involvement, and its", A("Kremlin", "RUS", "GOV"), GEOPROT, DENY, "016", "2023-03", None,
  True, "denial 016 (01/12) of the charge of Russian influence; 'The Kremlin' is Russia's government; month")
E("cg10", "accused unnamed outsiders of stirring up anti-Russian", A("Dmitry Peskov", "RUS", "GOV"), None, ["11"], "112",
  "2023-03", None, False, "accusation with no named target: optional")
F("cg10", "The bill would have applied to any", "hypothetical, definition")
F("cg10", "It was not clear whether the opposition", "speculation")

# ---------------------------------------------------------------- cg11 Bogota, Americas (Colombia / Nicaragua)
S("cg11", "2012-11-21", "Americas", """
Colombia rejects World Court ruling that hands Nicaragua swathe of Caribbean sea

BOGOTA, Colombia —

President Juan Manuel Santos said on Monday that Colombia rejected parts of a ruling by the International Court of Justice that upheld its sovereignty over a group of Caribbean islands but awarded a large area of the surrounding sea to Nicaragua.

"The court has made serious errors that we cannot accept," Santos said in a televised address, adding that all options to defend Colombia's rights remained open.

Nicaraguan President Daniel Ortega hailed the decision as a national victory.

Speaking in Managua on Tuesday, Ortega offered to hold talks with Bogota on letting fishermen from the islands keep working in the waters.

Hundreds of residents of San Andres, the largest of the islands, marched through its main town on Tuesday to protest against the ruling, and some burned Nicaraguan flags.

Former President Alvaro Uribe accused Santos of failing to defend the country's territory and called on him to ignore the court.

Nicaragua took the dispute to the court in The Hague in 2001, arguing that the islands lay on its continental shelf.

Fishermen on San Andres said they could lose access to their richest fishing grounds.

The court's decision cannot be appealed.
""")
SANTOS = A("Juan Manuel Santos", "COL", "GOV")
COLG = A("Colombia", "COL", "GOV")
NICG = A("Nicaragua", "NIC", "GOV")
ICJ = A("International Court of Justice", "UNO", ["JUD", "IGO"])
ORTEGA = A("Daniel Ortega", "NIC", "GOV")
E("cg11", "Colombia rejects World Court ruling that hands", COLG, ICJ, ["12"], "120", "2012-11", None, False, "headline")
E("cg11", "President Juan Manuel Santos said on Monday", SANTOS, ICJ, ["12"], "120", "2012-11-19", None, True,
  "rejection of the ruling 12; 'on Monday' before a Wednesday paper; no place named; the ruling itself (a court "
  "award) is not coded")
E("cg11", "The court has made serious errors that", SANTOS, ICJ, ["12", "11"], "120", "2012-11", None, False,
  "restatement of the rejection in a quote: optional")
E("cg11", "Nicaraguan President Daniel Ortega hailed the decision", ORTEGA, ICJ, ["05"], "051", "2012-11", None, True,
  "praise 051; no day of its own: month")
E("cg11", "Ortega offered to hold talks with Bogota", ORTEGA, COLG, ["03"], "036", "2012-11-20", P("Managua", "NIC"), True,
  "offer to negotiate 036; 'Bogota' is the government; 'on Tuesday'; 'Speaking in Managua'")
E("cg11", "Hundreds of residents of San Andres, the", A("San Andres residents", "COL", "CVL"), ICJ, ["14"], "141",
  "2012-11-20", P("San Andres", "COL"), True, "protest march 141 against the ruling; 'on Tuesday'; San Andres named")
E("cg11", "some burned Nicaraguan flags", A("San Andres residents", "COL", "CVL"), NICG, ["14"], "141", "2012-11-20",
  P("San Andres", "COL"), False, "second clause, flag burning aimed at Nicaragua: optional")
E("cg11", "Former President Alvaro Uribe accused Santos of", A("Alvaro Uribe", "COL", ["OPP", "ELI"]), SANTOS, ["11"], "112",
  "2012-11", None, True, "accusation 112; month")
E("cg11", "called on him to ignore the court", A("Alvaro Uribe", "COL", ["OPP", "ELI"]), SANTOS, DEMAND, "100", "2012-11",
  None, False, "second verb, 'him' = Santos: optional")
E("cg11", "Nicaragua took the dispute to the court", NICG, COLG, ["11"], "115", "2001", P("The Hague", "NLD"), True,
  "dated background lawsuit 115; 'in 2001'; 'the court in The Hague' names the place")
F("cg11", "Fishermen on San Andres said they could", "speculation")
F("cg11", "The court's decision cannot be appealed.", "standing rule")

# ---------------------------------------------------------------- cg12 Guatemala City, Americas (Guatemala)
S("cg12", "2020-11-22", "Americas", """
Protesters set fire to Guatemala's Congress over budget cuts

GUATEMALA CITY, Guatemala —

Protesters broke windows and set fire to part of Guatemala's Congress building on Saturday as thousands of people took to the streets over a budget that cut spending on health and the fight against child malnutrition.

Earlier, about 10,000 people rallied peacefully in the central square in front of the National Palace, calling on President Alejandro Giammattei to resign.

Police fired tear gas at the crowd outside Congress and later at demonstrators in the square, detaining at least 30 people, officials said.

Giammattei condemned the arson and said on Twitter that anyone found to have taken part would be punished with the full weight of the law.

Vice President Guillermo Castillo, who has fallen out with the president, said on Friday that he had proposed to Giammattei that they both resign for the good of the country.

Lawmakers approved the 2021 budget in the early hours of Wednesday, in a session held with little public debate.

The Roman Catholic bishops' conference and business groups had urged the president to veto the bill.

The Inter-American Commission on Human Rights criticised what it called excessive force by the police.

It was not clear who had started the fire.

The budget, the largest in the country's history, would have added about $1 billion to the public debt.
""")
GTMPROT = A("Guatemalan protesters", "GTM", ["CVL", "OPP"])
GTMCONG = A("Guatemala's Congress", "GTM", ["LEG", "GOV"])
GIAM = A("Alejandro Giammattei", "GTM", "GOV")
GTMCOP = A("Guatemalan police", "GTM", "COP")
E("cg12", "Protesters set fire to Guatemala's Congress over", GTMPROT, GTMCONG, VPROT, "145", "2020-11-21",
  P("Guatemala City", "GTM"), False, "headline")
E("cg12", "Protesters broke windows and set fire to", GTMPROT, GTMCONG, VPROT, "145", "2020-11-21",
  P("Guatemala City", "GTM"), True, "arson of a parliament by protesters 145 (14/18/17, as owned54 bc01); 'on "
  "Saturday' in a Sunday paper; the dateline country's Congress with no other place: Guatemala City")
E("cg12", "as thousands of people took to the", GTMPROT, GTMCONG, ["14"], "141", "2020-11-21", None, False,
  "lead summary of the rally detailed next: optional")
E("cg12", "about 10,000 people rallied peacefully in the", GTMPROT, GIAM, ["14"], "141", "2020-11-21",
  P("Guatemala City", "GTM"), True, "rally 141 with a call to resign; 'Earlier' on Saturday; the central square with "
  "the dateline: Guatemala City")
E("cg12", "calling on President Alejandro Giammattei to resign", GTMPROT, GIAM, DEMAND, "1041", "2020-11-21", None, False,
  "participle demand of the rally: optional")
E("cg12", "Police fired tear gas at the crowd", GTMCOP, GTMPROT, REPR, "175", "2020-11-21", P("Guatemala City", "GTM"), True,
  "tear gas 175 (17/18); Saturday; outside Congress and in the square of the dateline city")
E("cg12", "detaining at least 30 people, officials said", GTMCOP, GTMPROT, ["17"], "173", "2020-11-21", None, False,
  "participle detentions: optional")
E("cg12", "Giammattei condemned the arson and said on", GIAM, GTMPROT, ["11"], "111", "2020-11", None, True,
  "condemnation 111; the statement has no day of its own (Saturday or Sunday): month; target the arsonists among "
  "the protesters")
E("cg12", "anyone found to have taken part would", GIAM, GTMPROT, ["13"], "130", "2020-11", None, False,
  "warning of prosecution, second verb: optional")
E("cg12", "he had proposed to Giammattei that they", A("Guillermo Castillo", "GTM", "GOV"), GIAM, DEMAND, "1041",
  "2020-11-20", None, True, "proposal that both resign, a call for a leadership change 1041 (10/02); 'on Friday' "
  "before a Sunday paper; 'he' = Castillo")
E("cg12", "The Roman Catholic bishops' conference and business", A("Guatemalan Catholic bishops", "GTM", ["REL", "NGO"]),
  GIAM, DEMAND, "100", "2020-11", None, True, "appeal to veto 100 (10/02); compound subject: the bishops first; "
  "undated pluperfect: month")
E("cg12", "business groups had urged the president to", A("Guatemalan business groups", "GTM", "BUS"), GIAM, DEMAND, "100",
  "2020-11", None, False, "second member of the compound subject: optional")
E("cg12", "criticised what it called excessive force by", A("Inter-American Commission on Human Rights", "OAS", "IGO"),
  GTMCOP, ["11"], "111", "2020-11", None, False, "single outside criticism: optional")
F("cg12", "It was not clear who had started", "speculation")
F("cg12", "The budget, the largest in the country's", "hypothetical, count")

if __name__ == "__main__":
    write(HERE)
