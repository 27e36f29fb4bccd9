#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the third owned evaluation set (owned3) from the texts and codings below.

Written blind to dateline's coder (no code, lexicon or tests read). Coding notes are kept per line.
Run: python3 testdata/owned3/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import COUP, AGREE, DEMAND, DENY, VPROT, REPR, SANCT, CLASH  # noqa: E402


YIELD = ["08"]
CEASE = ["08", "03", "05"]
DEPLOY = ["15", "19", "07"]

# ---------------------------------------------------------------- q01 Gambia, Africa
S("q01", "2017-01-22", "Africa", """
Gambia's Jammeh flies into exile after West African troops move in

BANJUL, Gambia —

Former Gambian President Yahya Jammeh left the country late on Saturday, flying out of Banjul airport on a plane that took him first to Guinea, ending a six-week standoff with his neighbours.

Jammeh, who ruled for 22 years, lost the December 1 election to property developer Adama Barrow. He at first accepted the result, then rejected it a week later, saying the count had been flawed.

Barrow was sworn in on Thursday at the Gambian embassy in Dakar, in neighbouring Senegal. Hours later, Senegalese soldiers crossed into Gambia at the head of a regional force from the Economic Community of West African States (ECOWAS), and the bloc warned that they would push on to the capital unless Jammeh stood down.

The presidents of Guinea and Mauritania, Alpha Conde and Mohamed Ould Abdel Aziz, flew to Banjul on Friday and held talks with Jammeh late into the night. Shortly afterwards the longtime leader announced on state television that he would hand over power.

In a joint statement, ECOWAS, the African Union and the United Nations promised that the former president could return home at any time and that his property would not be seized.

Barrow thanked the two mediators and asked ECOWAS to keep its troops in the country for now. He was expected to stay in Dakar until the new government judged Banjul safe.

Analysts said a collapse of the talks could have led to fighting in the capital.
""")
JAM = A("Yahya Jammeh", "GMB", "GOV")
BAR = A("Adama Barrow", "GMB", ["GOV", "OPP", "PTY"])
ECO = A("ECOWAS", None, "IGO")
SENM = A("Senegalese soldiers (ECOWAS force)", "SEN", "MIL")
CONDE = A("Alpha Conde", "GIN", "GOV")
AZIZ = A("Mohamed Ould Abdel Aziz", "MRT", "GOV")
E("q01", "Gambia's Jammeh flies into exile after", JAM, ECO, YIELD, "0831", "2017-01-21", None, False,
  "headline; leaving power and the country under regional pressure")
E("q01", "after West African troops move in", SENM, JAM, DEPLOY, "154", "2017-01-19", None, False,
  "headline, second event: the intervention detailed in para 3")
E("q01", "left the country late on Saturday, flying", JAM, ECO, YIELD, "0831", "2017-01-21", P("Banjul", "GMB"), False,
  "departure into exile: the last step of the concession coded in para 4; coders split on coding a departure")
E("q01", "He at first accepted the result", JAM, BAR, YIELD + ["01"], "0831", "2016-12", None, False,
  "background concession; 'at first' after the 1 Dec vote: month; a plain statement (01) is defensible")
E("q01", "then rejected it a week later", JAM, BAR, ["12"], "120", "2016-12", None, True,
  "'He' = Jammeh; rejection of the election result; 'a week later' after 1 Dec: December 2016 (month is what the "
  "text supports without counting days); target Barrow as the winner (the electoral commission is also defensible)")
E("q01", "Senegalese soldiers crossed into Gambia at the head", SENM, JAM, DEPLOY, "154", "2017-01-19",
  P("Gambia", "GMB"), True,
  "'Hours later' after Thursday's swearing-in = 19 Jan; coercive intervention: force posture (15), occupation (19) or "
  "peacekeeping (07) all accepted; source the Senegalese soldiers (ECOWAS as source is the same event)")
E("q01", "the bloc warned that they would push on", ECO, JAM, ["13"], "138", "2017-01-19", None, True,
  "'the bloc' = ECOWAS; conditional threat of force ('unless Jammeh stood down')")
E("q01", "flew to Banjul on Friday and held talks", CONDE, JAM, ["04"], "045", "2017-01-20", P("Banjul", "GMB"), True,
  "compound subject of two core mediators: one event each, both required; 045 mediate (042 visit / 040 also root 04)")
E("q01", "flew to Banjul on Friday and held talks", AZIZ, JAM, ["04"], "045", "2017-01-20", P("Banjul", "GMB"), True,
  "second mediator of the compound subject")
E("q01", "held talks with Jammeh late into the night", JAM, CONDE, ["04"], "046", "2017-01-20", P("Banjul", "GMB"), False,
  "reverse direction of the talks")
E("q01", "the longtime leader announced on state television", JAM, BAR, YIELD, "0831", "2017-01", None, True,
  "'the longtime leader' = Jammeh; announced decision to hand over power (to Barrow, also the bloc's demand); "
  "'Shortly afterwards' of talks that ran late into Friday night: 20 or 21 Jan, so the month")
E("q01", "ECOWAS, the African Union and the United Nations", ECO, JAM, ["03", "05"], "030", "2017-01", None, True,
  "joint promise (assurances on return and property); ECOWAS is the story's core actor: required")
E("q01", "ECOWAS, the African Union and the United Nations", A("African Union", "AFR", "IGO"), JAM, ["03", "05"], "030",
  "2017-01", None, False, "second party of the compound subject, not a core actor")
E("q01", "ECOWAS, the African Union and the United Nations", A("United Nations", "UNO", "IGO"), JAM, ["03", "05"], "030",
  "2017-01", None, False, "third party of the compound subject")
E("q01", "Barrow thanked the two mediators and asked", BAR, CONDE, ["05"], "051", "2017-01", None, False,
  "'the two mediators' = Conde and Aziz; praise; optional as a courtesy that coders often skip")
E("q01", "Barrow thanked the two mediators and asked", BAR, AZIZ, ["05"], "051", "2017-01", None, False,
  "second mediator")
E("q01", "asked ECOWAS to keep its troops", BAR, ECO, ["02", "10"], "0234", "2017-01", None, True,
  "appeal for military protection; undated near publication: month")
F("q01", "He was expected to stay in Dakar", "future expectation, no event")
F("q01", "a collapse of the talks could have led", "speculation (hypothetical)")

# ---------------------------------------------------------------- q02 Turkey, Europe/Eurasia
S("q02", "2016-07-17", "Europe/Eurasia", """
Turkey detains thousands after failed coup, presses U.S. over cleric

ANKARA, Turkey —

Turkish authorities have detained about 6,000 people over Friday's failed coup, Justice Minister Bekir Bozdag said on Sunday, as President Tayyip Erdogan vowed to cleanse the state of the "virus" behind the plot.

A faction of the armed forces sent tanks onto the streets of Ankara and Istanbul late on Friday and closed the bridges over the Bosphorus. Fighter jets flown by the plotters bombed the parliament building in the capital during the night.

Erdogan, who was on holiday on the Aegean coast when the revolt began, urged Turks in a video call shown on television to take to the streets. The uprising was put down by Saturday morning; more than 260 people were killed.

The government blames Fethullah Gulen, a Muslim cleric living in Pennsylvania, and Erdogan has asked Washington to extradite him. Gulen denied any role and condemned the attempt.

Secretary of State John Kerry told reporters that the United States would consider a formal request, but said suggestions of an American role were false and harmful.

The detained include nearly 3,000 soldiers, among them several generals, and a member of the constitutional court, officials said.

No evidence linking Gulen to the plot has been made public. Whether the purge would stop at the armed forces was unclear, diplomats said.
""")
TURG = A("Turkish government", "TUR", "GOV")
ERD = A("Tayyip Erdogan", "TUR", "GOV")
PLOT = A("coup plotters (faction of the armed forces)", "TUR", "MIL")
GUL = A("Fethullah Gulen", "TUR", ["REL", "CVL", "OPP"])
E("q02", "Turkey detains thousands after failed coup", TURG, PLOT, ["17"], "173", "2016-07", None, False, "headline")
E("q02", "presses U.S. over cleric", TURG, A("United States", "USA", "GOV"), ["10", "02"], "1013", "2016-07", None,
  False, "headline, second event: the extradition request of para 4")
E("q02", "have detained about 6,000 people over Friday's", A("Turkish authorities", "TUR", "GOV"),
  A("suspected plotters", "TUR", ["MIL", "JUD", "CVL"]), ["17"], "173", "2016-07", None, True,
  "present perfect reported on Sunday: month (the detentions ran from 16 Jul); reported speech (Bozdag said)")
E("q02", 'Erdogan vowed to cleanse the state of the', ERD, GUL, ["13", "01"], "137", "2016-07-17", None, False,
  "vow of a purge: threat of repression or a plain statement; target the 'virus' (the Gulen movement) only implied")
E("q02", "sent tanks onto the streets of Ankara", PLOT, TURG, ["17", "19", "15"], "170", "2016-07-15",
  P("Ankara", "TUR"), True, "the coup attempt; Ankara first of the two cities named; coup roots 17/19, tanks 15")
E("q02", "closed the bridges over the Bosphorus", PLOT, A("Istanbul residents", "TUR", "CVL"), ["19", "17"], "191",
  "2016-07-15", P("Istanbul", "TUR"), False, "restriction of movement, part of the coup; the Bosphorus is in Istanbul")
E("q02", "Fighter jets flown by the plotters bombed", PLOT, A("Turkish parliament", "TUR", ["LEG", "GOV"]), ["19", "18"],
  "195", "2016-07", P("Ankara", "TUR"), True,
  "'the capital' with the dateline = Ankara; 'during the night' of 15-16 Jul: the month (15 or 16 Jul both right)")
E("q02", "urged Turks in a video call shown", ERD, A("Turkish citizens", "TUR", "CVL"), ["02"], "020", "2016-07-15",
  None, True, "appeal to resist; 'when the revolt began' = Friday night 15 Jul; on holiday = no place named for the call")
E("q02", "The uprising was put down by Saturday", TURG, PLOT, ["17", "19"], "190", "2016-07-16", None, False,
  "agentless passive; loyal forces not named anywhere: optional")
E("q02", "The government blames Fethullah Gulen, a Muslim", TURG, GUL, ["11"], "112", "2016-07", None, True,
  "present-tense accusation: month")
E("q02", "Erdogan has asked Washington to extradite him", ERD, A("United States", "USA", "GOV"), ["10", "02"], "0213",
  "2016-07", None, True, "'him' = Gulen; request for judicial cooperation (extradition); appeal or demand")
E("q02", "Gulen denied any role", GUL, TURG, ["01", "12"], "016", "2016-07", None, True, "denial of responsibility")
E("q02", "any role and condemned the attempt", GUL, PLOT, ["11"], "111", "2016-07", None, False,
  "condemnation of the coup, target only 'the attempt'")
E("q02", "would consider a formal request, but said", A("John Kerry", "USA", "GOV"), TURG, ["03"], "0313", "2016-07",
  None, False, "conditional intent (would consider): optional")
E("q02", "said suggestions of an American role were", A("John Kerry", "USA", "GOV"), TURG, ["01", "12"], "016",
  "2016-07", None, True, "US denial of involvement, against Turkish suggestions; undated: month")
F("q02", "No evidence linking Gulen to the plot", "negated; no event")
F("q02", "Whether the purge would stop at the", "speculation")
E("q02", "The detained include nearly 3,000 soldiers", A("Turkish authorities", "TUR", "GOV"), PLOT, ["17"], "173",
  "2016-07", None, False, "detail of the detentions in the lead: restatement")

# ---------------------------------------------------------------- q03 Israel/Lebanon, Middle East
S("q03", "2006-07-13", "Middle East", """
Israeli jets hit Beirut airport as crisis with Hezbollah widens

BEIRUT, Lebanon —

Israeli warplanes struck Beirut's international airport early on Thursday, cratering its runways, a day after Hezbollah guerrillas captured two Israeli soldiers in a raid across the border.

Israel's navy also began a blockade of Lebanese ports on Thursday. Lebanese security officials said at least 40 civilians had been killed in Israeli raids since Wednesday.

Hezbollah fighters attacked an army patrol on Wednesday morning, killing three soldiers and seizing two others. Five more soldiers died when a tank sent after the raiders hit a large bomb.

Prime Minister Ehud Olmert said the raid was "an act of war" and held the Beirut government responsible for it. Hezbollah leader Hassan Nasrallah told a news conference that the captives would be freed only in an exchange for Lebanese prisoners held by Israel.

Lebanon's prime minister, Fouad Siniora, asked the United Nations to help secure a ceasefire. Hezbollah holds two seats in his cabinet.

The guerrillas fired dozens of rockets into northern Israel on Thursday, and one struck the port city of Haifa for the first time, Israeli police said.

A full ground invasion was not expected soon, Israeli officials said.
""")
ISRM = A("Israeli military", "ISR", "MIL")
ISRG = A("Israeli government", "ISR", "GOV")
HEZ = A("Hezbollah", "LBN", ["REB", "RAD", "PTY"])
LBNG = A("Lebanese government", "LBN", "GOV")
E("q03", "Israeli jets hit Beirut airport as crisis", ISRM, A("Lebanon (Beirut airport)", "LBN", None), ["19", "18"],
  "195", "2006-07-13", P("Beirut", "LBN"), False, "headline")
E("q03", "Israeli warplanes struck Beirut's international airport", ISRM, A("Lebanon (Beirut airport)", "LBN", None),
  ["19", "18"], "195", "2006-07-13", P("Beirut", "LBN"), True,
  "air strike on civilian infrastructure; target the country (sector left open)")
E("q03", "Hezbollah guerrillas captured two Israeli soldiers", HEZ, ISRM, ["18"], "181", "2006-07-12", None, False,
  "lead summary of the raid detailed in para 3 ('a day after' Thursday): restatement, optional")
E("q03", "navy also began a blockade of Lebanese", ISRM, A("Lebanon", "LBN", None), ["19"], "191", "2006-07-13",
  None, True, "naval blockade (191); 'Lebanese ports' is no single place")
E("q03", "at least 40 civilians had been killed", ISRM, A("Lebanese civilians", "LBN", "CVL"), ["19", "18"], "190",
  "2006-07", None, False, "casualty report with the agent only in 'Israeli raids': optional (a count, coders split)")
E("q03", "Hezbollah fighters attacked an army patrol", HEZ, ISRM, ["19", "18"], "190", "2006-07-12", None, True,
  "cross-border raid; Wednesday = 12 Jul; 'an army patrol' = Israeli (context)")
E("q03", "killing three soldiers and seizing two others", HEZ, ISRM, ["18"], "181", "2006-07-12", None, True,
  "abduction (181), the same raid's second act; the killing is part of the attack line above")
E("q03", "sent after the raiders hit a large", HEZ, ISRM, ["18", "19"], "183", "2006-07-12", None, False,
  "agentless: the bomb is only implied to be Hezbollah's")
E("q03", 'said the raid was "an act of war"', A("Ehud Olmert", "ISR", "GOV"), HEZ, ["11"], "111", "2006-07", None, False,
  "criticism of the raid; the accusation against Beirut in the same sentence is the required line")
E("q03", "held the Beirut government responsible for it", A("Ehud Olmert", "ISR", "GOV"), LBNG, ["11"], "112", "2006-07",
  None, True, "accusation; 'the Beirut government' = Lebanon's government (not a place); undated: month")
E("q03", "the captives would be freed only in", A("Hassan Nasrallah", "LBN", ["REB", "RAD", "PTY"]), ISRG,
  ["10", "02", "03"], "1053", "2006-07", None, True,
  "condition for a prisoner swap: a demand for release of prisoners (or conditional intent to release)")
E("q03", "asked the United Nations to help secure", A("Fouad Siniora", "LBN", "GOV"), A("United Nations", "UNO", "IGO"),
  ["02"], "028", "2006-07", None, True, "appeal for mediation / intervention; undated: month")
E("q03", "fired dozens of rockets into northern Israel", HEZ, A("Israel", "ISR", None), ["19", "18"], "190", "2006-07-13",
  P("northern Israel", "ISR"), True, "'The guerrillas' = Hezbollah")
E("q03", "one struck the port city of Haifa", HEZ, A("Israel", "ISR", None), ["19", "18"], "190", "2006-07-13",
  P("Haifa", "ISR"), False, "detail of the rocket fire: restatement with a place")
F("q03", "Hezbollah holds two seats in his cabinet", "standing situation")
F("q03", "A full ground invasion was not expected", "negated future")

# ---------------------------------------------------------------- q04 Pakistan/India (Kashmir), Asia
S("q04", "2019-08-08", "Asia", """
Pakistan expels Indian envoy, suspends trade over Kashmir move

ISLAMABAD, Pakistan —

Pakistan expelled India's high commissioner and suspended bilateral trade on Wednesday, two days after New Delhi stripped the part of Kashmir it controls of the special status it had held for seven decades.

After a meeting of the National Security Committee chaired by Prime Minister Imran Khan, the government said it would also take the matter to the United Nations Security Council. Ajay Bisaria, the envoy, was told to leave the country.

India's foreign ministry on Thursday urged Pakistan to review the steps, calling the change to the constitution "entirely an internal affair".

In Indian-administered Kashmir, authorities have imposed a curfew and cut mobile phone and internet services. Former chief minister Mehbooba Mufti was placed under house arrest on Sunday night, hours before the decision was announced, and hundreds of local politicians have been detained since.

China objected to the inclusion of Ladakh, a region it partly claims, in one of the two new federal territories.

Khan told parliament that Pakistan would fight "until the last drop of blood" if India attacked it.

Both nuclear-armed neighbours claim Kashmir in full and have fought two wars over it. Analysts said a military escalation was unlikely for now.
""")
PAKG = A("Pakistan", "PAK", "GOV")
INDG = A("India", "IND", "GOV")
E("q04", "Pakistan expels Indian envoy, suspends trade", PAKG, INDG, ["16"], "161", "2019-08-07", None, False,
  "headline: expulsion of the envoy")
E("q04", "suspends trade over Kashmir move", PAKG, INDG, ["16", "17"], "163", "2019-08-07", None, False,
  "headline, second event")
E("q04", "Pakistan expelled India's high commissioner and suspended", PAKG, INDG, ["16"], "161", "2019-08-07", None, True,
  "expelling an envoy: 161 (owned convention)")
E("q04", "suspended bilateral trade on Wednesday, two days", PAKG, INDG, ["16", "17"], "163", "2019-08-07", None, True,
  "trade suspension: embargo (163), sanctions tolerance 16/17")
E("q04", "New Delhi stripped the part of Kashmir", INDG, A("Jammu and Kashmir", "IND", "GOV"), ["17", "16"], "172",
  "2019-08-05", None, False, "domestic constitutional change; coders split on coding it at all: optional; "
  "'two days after' Wednesday = Monday 5 Aug")
E("q04", "the government said it would also take", PAKG, A("United Nations Security Council", "UNO", "IGO"),
  ["02", "11", "03"], "020", "2019-08-07", None, False, "intention to appeal to the UN: optional (owned convention)")
E("q04", "the envoy, was told to leave the", PAKG, A("Ajay Bisaria", "IND", "GOV"), ["16", "17"], "161", "2019-08-07",
  None, False, "agentless restatement of the expulsion")
E("q04", "urged Pakistan to review the steps", A("Indian foreign ministry", "IND", "GOV"), PAKG, ["02", "10"], "025",
  "2019-08-08", None, True, "appeal to reverse (yield); Thursday = 8 Aug, the publication day")
E("q04", "authorities have imposed a curfew and cut", A("Indian authorities", "IND", "GOV"),
  A("Kashmir residents", "IND", "CVL"), ["17"], "1723", "2019-08", P("Kashmir", "IND"), True,
  "present perfect: month; place named in the clause (Indian-administered Kashmir: IND)")
E("q04", "cut mobile phone and internet services", A("Indian authorities", "IND", "GOV"),
  A("Kashmir residents", "IND", "CVL"), ["17"], "1721", "2019-08", P("Kashmir", "IND"), True,
  "communications blackout: restriction of freedoms (1721, owned2 convention)")
E("q04", "Mehbooba Mufti was placed under house arrest", A("Indian authorities", "IND", "GOV"),
  A("Mehbooba Mufti", "IND", ["PTY", "OPP"]), ["17"], "173", "2019-08-04", None, True,
  "agentless passive, agent the authorities of the previous sentence; Sunday night = 4 Aug")
E("q04", "hundreds of local politicians have been detained", A("Indian authorities", "IND", "GOV"),
  A("Kashmiri politicians", "IND", ["PTY", "OPP"]), ["17"], "173", "2019-08", None, False, "agentless, undated")
E("q04", "China objected to the inclusion of Ladakh", A("China", "CHN", "GOV"), INDG, ["11"], "114", "2019-08", None, True,
  "objection (official complaint 114, or 111); undated: month")
E("q04", 'Pakistan would fight "until the last drop', A("Imran Khan", "PAK", "GOV"), INDG, ["13"], "138", "2019-08",
  None, True, "conditional threat of force; 'Khan told parliament' undated: month")
F("q04", "Both nuclear-armed neighbours claim Kashmir in full", "standing situation and a count of wars")
F("q04", "a military escalation was unlikely for now", "speculation")

# ---------------------------------------------------------------- q05 Mexico (Chiapas), Americas
S("q05", "1994-01-13", "Americas", """
Mexico's Salinas orders ceasefire in Chiapas, offers talks to rebels

SAN CRISTOBAL DE LAS CASAS, Mexico —

President Carlos Salinas de Gortari ordered the army on Wednesday to stop firing in the southern state of Chiapas, 11 days after Mayan Indian rebels seized this colonial city and several other towns on New Year's Day.

In a televised address, Salinas said troops would hold their positions and shoot only if attacked, and he urged the Zapatista National Liberation Army to lay down its weapons and join talks.

The rebels, who say they are fighting for land and the rights of indigenous people, declared war on the government as the North American Free Trade Agreement took effect. They attacked the army's Rancho Nuevo base the next day and were driven into the hills by troops backed by helicopters and aircraft.

On Monday Salinas named former Mexico City mayor Manuel Camacho as his peace envoy. Camacho said on Tuesday that he was ready to meet the rebel leaders anywhere.

The rebels are still holding a former state governor, Absalon Castellanos Dominguez, whom they seized in the first days of the revolt.

More than 100 people have died in the fighting, according to church groups.

It was not clear whether the guerrillas, led by a masked man who calls himself Subcomandante Marcos, would accept the truce.
""")
MEXG = A("Mexican government", "MEX", "GOV")
SAL = A("Carlos Salinas de Gortari", "MEX", "GOV")
EZLN = A("Zapatista National Liberation Army", "MEX", "REB")
MEXM = A("Mexican army", "MEX", "MIL")
E("q05", "Salinas orders ceasefire in Chiapas, offers", SAL, EZLN, CEASE, "0871", "1994-01-12", P("Chiapas", "MEX"), False,
  "headline")
E("q05", "offers talks to rebels", SAL, EZLN, ["03"], "036", "1994-01-12", None, False, "headline, second event")
E("q05", "ordered the army on Wednesday to stop", SAL, EZLN, CEASE, "0871", "1994-01-12", P("Chiapas", "MEX"), True,
  "unilateral ceasefire (0871, owned2 convention); Wednesday = 12 Jan; place named in the clause")
E("q05", "Mayan Indian rebels seized this colonial city", EZLN, MEXG, ["19", "18"], "192", "1994-01-01",
  P("San Cristobal de las Casas", "MEX"), True,
  "'this colonial city' = the dateline city (as news-dev d03's 'this air base'); New Year's Day 1994")
E("q05", "troops would hold their positions and shoot", SAL, EZLN, CEASE, "0871", "1994-01-12", None, False,
  "terms of the ceasefire: restatement")
E("q05", "he urged the Zapatista National Liberation Army", SAL, EZLN, ["02", "10"], "025", "1994-01-12", None, True,
  "'he' = Salinas; appeal to disarm and negotiate (025 or 026)")
E("q05", "declared war on the government as", EZLN, MEXG, ["13", "19"], "138", "1994-01-01", None, True,
  "'The rebels' = the Zapatistas; declaration of war: threat of force or the start of fighting; NAFTA took effect on "
  "1 Jan 1994, the New Year's Day of the lead")
E("q05", "attacked the army's Rancho Nuevo base", EZLN, MEXM, ["19", "18"], "190", "1994-01-02",
  P("Rancho Nuevo", "MEX"), True, "'They' = the rebels; 'the next day' = 2 Jan")
E("q05", "were driven into the hills by troops", MEXM, EZLN, ["19"], "190", "1994-01", None, True,
  "passive with an agent; air support (195) is also root 19; no day given beyond 'then'")
E("q05", "Salinas named former Mexico City mayor Manuel", SAL, EZLN, ["03", "04"], "036", "1994-01-10", None, False,
  "appointing a peace envoy: intent to negotiate, coders split on coding an appointment; Monday = 10 Jan")
E("q05", "he was ready to meet the rebel", A("Manuel Camacho", "MEX", "GOV"), EZLN, ["03"], "036", "1994-01-11", None,
  True, "offer to meet; Tuesday = 11 Jan")
E("q05", "whom they seized in the first days", EZLN, A("Absalon Castellanos Dominguez", "MEX", ["GOV", "ELI", "MIL"]),
  ["18"], "181", "1994-01", None, True, "abduction in a relative clause; 'the first days': month")
F("q05", "More than 100 people have died in", "casualty count")
F("q05", "It was not clear whether the guerrillas", "speculation about a future acceptance")

# ---------------------------------------------------------------- q06 Sudan, Africa
S("q06", "2023-04-17", "Africa", """
Sudan's army and paramilitary RSF fight on; WFP halts work after staff killed

KHARTOUM, Sudan —

Heavy fighting between Sudan's army and the paramilitary Rapid Support Forces raged across Khartoum for a third day on Monday, as air strikes hit RSF bases and gunfire rang out around the army headquarters.

The clashes erupted on Saturday after weeks of tension over plans to merge the RSF, led by General Mohamed Hamdan Dagalo, into the regular army. Each side has blamed the other for firing first.

Army chief General Abdel Fattah al-Burhan declared the RSF a rebel force on Sunday and ordered it dissolved. Dagalo called him a "criminal" and vowed to keep fighting until the army's bases were taken.

A three-hour pause proposed by the United Nations to let civilians fetch food was accepted by both sides on Sunday but broke down within minutes, residents said.

The World Food Programme suspended its operations in the country after three of its staff were killed in North Darfur on Saturday.

The U.N. envoy, Volker Perthes, said at least 185 people had been killed and more than 1,800 wounded.

The African Union, the Arab League and the United States called for an immediate ceasefire, and the presidents of Kenya, South Sudan and Djibouti agreed to travel to Khartoum to mediate.

Whether their plane could land while the airport was under fire remained in doubt.
""")
SDNM = A("Sudanese army", "SDN", "MIL")
RSF = A("Rapid Support Forces", "SDN", ["MIL", "REB"])
BUR = A("Abdel Fattah al-Burhan", "SDN", ["MIL", "GOV"])
DAG = A("Mohamed Hamdan Dagalo", "SDN", ["MIL", "REB"])
WFP = A("World Food Programme", "UNO", "IGO")
E("q06", "Sudan's army and paramilitary RSF fight on", SDNM, RSF, ["19", "18"], "190", "2023-04-17", None, False,
  "headline")
E("q06", "WFP halts work after staff killed", WFP, A("Sudan", "SDN", None), ["16"], "1623", "2023-04", None, False,
  "headline, second event")
E("q06", "Heavy fighting between Sudan's army and the", SDNM, RSF, ["19", "18"], "190", "2023-04-17", P("Khartoum", "SDN"),
  True, "nominal joint event: first-mentioned (the army) as source required")
E("q06", "Heavy fighting between Sudan's army and the", RSF, SDNM, ["19", "18"], "190", "2023-04-17",
  P("Khartoum", "SDN"), False, "reverse")
E("q06", "as air strikes hit RSF bases", SDNM, RSF, ["19"], "195", "2023-04-17", P("Khartoum", "SDN"), True,
  "agentless: only the army flies aircraft (implied agent, as owned2 p09's ambush); same clause complex as 'across "
  "Khartoum'")
E("q06", "The clashes erupted on Saturday after weeks", SDNM, RSF, ["19", "18"], "190", "2023-04-15", None, False,
  "start of the same clashes, no actors in the clause: optional")
E("q06", "Each side has blamed the other for", SDNM, RSF, ["11"], "112", "2023-04", None, True,
  "mutual accusation: first-mentioned party of the story (the army) as source required")
E("q06", "Each side has blamed the other for", RSF, SDNM, ["11"], "112", "2023-04", None, False, "reverse")
E("q06", "declared the RSF a rebel force on", BUR, RSF, ["17", "11"], "1722", "2023-04-16", None, True,
  "outlawing and dissolving a force: ban (1722); Sunday = 16 Apr")
E("q06", 'Dagalo called him a "criminal" and vowed', DAG, BUR, ["11"], "111", "2023-04", None, True,
  "'him' = Burhan; undated: month")
E("q06", "vowed to keep fighting until the army's", DAG, SDNM, ["13", "01"], "138", "2023-04", None, False,
  "vow to fight on: threat or statement")
E("q06", "A three-hour pause proposed by the United", A("United Nations", "UNO", "IGO"), SDNM, ["03", "02"], "0356",
  "2023-04-16", None, False, "nominal proposal of a pause")
E("q06", "was accepted by both sides on Sunday", SDNM, RSF, CEASE, "0871", "2023-04-16", None, True,
  "passive with agent 'both sides': joint; the army (first-mentioned in the story) as source required; "
  "target the other side (the UN as target is defensible)")
E("q06", "was accepted by both sides on Sunday", RSF, SDNM, CEASE, "0871", "2023-04-16", None, False, "reverse")
E("q06", "but broke down within minutes, residents said", SDNM, RSF, ["19"], "196", "2023-04-16", None, False,
  "agentless ceasefire violation")
E("q06", "The World Food Programme suspended its operations", WFP, A("Sudan", "SDN", None), ["16"], "1623", "2023-04",
  None, True, "halt of humanitarian aid (1623); WFP as a UN agency UNO/IGO; undated: month")
E("q06", "three of its staff were killed in", A("unknown attackers", None, None), WFP, ["18", "19"], "180", "2023-04-15",
  P("North Darfur", "SDN"), False, "agentless with no implied agent: optional, source null/null")
E("q06", "The African Union, the Arab League and", A("African Union", "AFR", "IGO"), SDNM, ["02", "10"], "0256",
  "2023-04", None, False, "appeal for a ceasefire by outside parties: optional for each (owned2: a reaction by a group)")
E("q06", "The African Union, the Arab League and", A("Arab League", None, "IGO"), SDNM, ["02", "10"], "0256", "2023-04",
  None, False, "second party")
E("q06", "The African Union, the Arab League and", A("United States", "USA", "GOV"), SDNM, ["02", "10"], "0256",
  "2023-04", None, False, "third party")
E("q06", "agreed to travel to Khartoum to mediate", A("William Ruto (Kenya)", "KEN", "GOV"), SDNM, ["03", "04"], "039",
  "2023-04", None, False, "intent to mediate by outside parties, a reaction by a group of three: optional for each "
  "(owned2); the travel itself is future, so no place")
E("q06", "agreed to travel to Khartoum to mediate", A("Salva Kiir (South Sudan)", "SSD", "GOV"), SDNM, ["03", "04"],
  "039", "2023-04", None, False, "second president")
E("q06", "agreed to travel to Khartoum to mediate", A("Ismail Omar Guelleh (Djibouti)", "DJI", "GOV"), SDNM, ["03", "04"],
  "039", "2023-04", None, False, "third president")
F("q06", "said at least 185 people had been killed", "casualty count")
F("q06", "Whether their plane could land while the", "speculation")

# ---------------------------------------------------------------- q07 Armenia, Europe/Eurasia
S("q07", "2018-04-23", "Europe/Eurasia", """
Armenian PM Sargsyan quits after mass protests

YEREVAN, Armenia —

Serzh Sargsyan resigned as Armenia's prime minister on Monday after 11 days of street protests against his rule, hours after the authorities freed the opposition leader who had led them.

"Nikol Pashinyan was right. I was wrong," Sargsyan said in a statement released by his office.

Pashinyan, a former journalist and member of parliament, was detained on Sunday along with two other opposition lawmakers, shortly after a televised meeting between the two men at a Yerevan hotel. The talks lasted only three minutes, ending when Pashinyan said he had come solely to discuss the terms of the prime minister's resignation.

On Monday dozens of soldiers in uniform joined the crowds in the capital.

Thousands of people poured into Republic Square to celebrate after the announcement. Deputy Prime Minister Karen Karapetyan, a Sargsyan ally, became acting head of government.

Sargsyan, 63, served two terms as president before parliament made him prime minister on April 17 under a new constitution that moved power to the premier.

In Moscow, a foreign ministry spokeswoman praised the Armenian people for staying united, saying: "Armenia, Russia is always with you!"

Karapetyan is expected to hold talks with opposition leaders on a new government. It was unclear whether the ruling Republican Party would accept an early election.
""")
SARG = A("Serzh Sargsyan", "ARM", "GOV")
PASH = A("Nikol Pashinyan", "ARM", ["OPP", "PTY", "LEG"])
ARMPROT = A("Armenian protesters", "ARM", ["CVL", "OPP"])
E("q07", "Armenian PM Sargsyan quits after mass protests", SARG, ARMPROT, YIELD, "0831", "2018-04-23", None, False,
  "headline")
E("q07", "resigned as Armenia's prime minister on Monday", SARG, ARMPROT, YIELD, "0831", "2018-04-23", None, True,
  "resignation under protest pressure: 0831 with the protesters as implied target (news-dev d09)")
E("q07", "after 11 days of street protests against", ARMPROT, SARG, ["14"], "141", "2018-04", None, True,
  "nominal event with a date span (from about 13 Apr): month; 'his rule' = Sargsyan's")
E("q07", "the authorities freed the opposition leader who", A("Armenian authorities", "ARM", "GOV"), PASH, ["08"],
  "0841", "2018-04-23", None, True, "release; 'hours after' Monday's resignation; 'the opposition leader' = Pashinyan")
E("q07", "was detained on Sunday along with two", A("Armenian police", "ARM", "COP"), PASH, ["17"], "173", "2018-04-22",
  None, True, "agentless passive: police of the story's country; Sunday = 22 Apr")
E("q07", "a televised meeting between the two men", PASH, SARG, ["04"], "040", "2018-04-22", P("Yerevan", "ARM"), True,
  "nominal meeting; 'the two men' = Pashinyan (the sentence's subject, mentioned first) and Sargsyan; "
  "place named in the clause")
E("q07", "a televised meeting between the two men", SARG, PASH, ["04"], "040", "2018-04-22", P("Yerevan", "ARM"), False,
  "reverse")
E("q07", "The talks lasted only three minutes, ending", PASH, SARG, ["04"], "046", "2018-04-22", None, False,
  "restatement of the meeting")
E("q07", "he had come solely to discuss the", PASH, SARG, ["10", "02"], "1041", "2018-04-22", None, True,
  "demand for the leader's resignation, inside reported speech")
E("q07", "dozens of soldiers in uniform joined the", A("Armenian soldiers", "ARM", "MIL"), SARG, ["14"], "141",
  "2018-04-23", P("Yerevan", "ARM"), True, "'the capital' with the dateline = Yerevan; protest target Sargsyan")
E("q07", "praised the Armenian people for staying united", A("Russian foreign ministry", "RUS", "GOV"),
  A("Armenian people", "ARM", "CVL"), ["05"], "051", "2018-04", P("Moscow", "RUS"), True,
  "praise; 'In Moscow' names the place, not the dateline; undated: month")
F("q07", "Karapetyan is expected to hold talks with", "future expectation")
F("q07", "It was unclear whether the ruling Republican", "speculation")

# ---------------------------------------------------------------- q08 Iran/USA in Iraq, Middle East
S("q08", "2020-01-08", "Middle East", """
Iran fires missiles at U.S. troops in Iraq; Trump answers with sanctions

BAGHDAD, Iraq —

Iran fired more than a dozen ballistic missiles at two Iraqi bases housing U.S. troops early on Wednesday, retaliating for the American drone strike that killed its top general in Baghdad last week.

The missiles hit the Ain al-Asad air base in western Iraq and a base near Erbil in the Kurdish north. The Pentagon said no Americans were killed.

Iran's Revolutionary Guards said the barrage was revenge for Major General Qassem Soleimani, who died on Friday along with the Iraqi militia commander Abu Mahdi al-Muhandis when their convoy was hit near Baghdad airport.

Foreign Minister Mohammad Javad Zarif wrote that Iran had "concluded proportionate measures in self-defence" and did not seek a war.

In a televised address hours later, President Donald Trump said Iran "appears to be standing down" and announced new economic sanctions on Tehran, but made no mention of a military response.

Iraqi Prime Minister Adel Abdul Mahdi said Tehran had told him in advance that an attack was coming. Iraq's foreign ministry summoned the Iranian ambassador to protest the violation of its sovereignty.

On Sunday the Iraqi parliament voted to ask the government to expel all foreign troops from the country.

Oil prices jumped on fears of a wider war before falling back.
""")
IRNM = A("Iran (Revolutionary Guards)", "IRN", ["MIL", "GOV"])
IRNG = A("Iranian government", "IRN", "GOV")
USAM = A("U.S. troops", "USA", "MIL")
USAG = A("United States", "USA", "GOV")
SOL = A("Qassem Soleimani", "IRN", "MIL")
E("q08", "Iran fires missiles at U.S. troops", IRNM, USAM, ["19", "18"], "195", "2020-01-08", None, False, "headline")
E("q08", "Trump answers with sanctions", A("Donald Trump", "USA", "GOV"), IRNG, ["16", "17"], "163", "2020-01-08", None,
  False, "headline, second event")
E("q08", "fired more than a dozen ballistic missiles", IRNM, USAM, ["19", "18"], "195", "2020-01-08", None, True,
  "missile strike (195, or 194/190: root 19); 'two Iraqi bases' names no single place (the bases follow in para 2)")
E("q08", "the American drone strike that killed its", USAM, SOL, ["18", "19"], "186", "2020-01-03", None, False,
  "nominal restatement of the killing told in para 3; 'its top general' = Iran's")
E("q08", "The missiles hit the Ain al-Asad air", IRNM, USAM, ["19", "18"], "195", "2020-01-08",
  P("Ain al-Asad air base", "IRQ"), False, "detail of the strike with places (Erbil second)")
E("q08", "said the barrage was revenge for Major", IRNM, USAG, ["01"], "015", "2020-01-08", None, False,
  "claim of responsibility 015 (owned convention: optional, no PLOVER label)")
E("q08", "their convoy was hit near Baghdad airport", USAM, SOL, ["18", "19"], "186", "2020-01-03",
  P("Baghdad airport", "IRQ"), True,
  "agentless passive; the agent is the 'American drone strike' of the lead; Friday = 3 Jan; assassination (186) or air "
  "strike (195)")
E("q08", "their convoy was hit near Baghdad airport", USAM, A("Abu Mahdi al-Muhandis", "IRQ", ["MIL", "REB"]),
  ["18", "19"], "186", "2020-01-03", P("Baghdad airport", "IRQ"), False, "second victim")
E("q08", 'Iran had "concluded proportionate measures in self-defence"', A("Mohammad Javad Zarif", "IRN", "GOV"), USAG,
  ["03", "01", "08"], "0356", "2020-01-08", None, True,
  "signal of de-escalation ('did not seek a war'); a plain statement (01) is accepted; date: 'wrote' after the strike "
  "on the publication day")
E("q08", 'Trump said Iran "appears to be standing', A("Donald Trump", "USA", "GOV"), IRNG, ["01"], "013", "2020-01-08",
  None, False, "comment, no PLOVER label")
E("q08", "announced new economic sanctions on Tehran", A("Donald Trump", "USA", "GOV"), IRNG, ["16", "17"], "163",
  "2020-01-08", None, True, "'hours later' on Wednesday; 'Tehran' = Iran's government")
E("q08", "Tehran had told him in advance that", IRNG, A("Adel Abdul Mahdi", "IRQ", "GOV"), ["06", "04", "01"], "064",
  "2020-01", None, True, "reported speech ('X said Y had ...'): sharing information; 'him' = Abdul Mahdi; 'in advance' "
  "of the strike: 7 or 8 Jan, so the month")
E("q08", "summoned the Iranian ambassador to protest the", A("Iraqi foreign ministry", "IRQ", "GOV"), IRNG, ["11"], "114",
  "2020-01", None, True, "summoning an envoy to protest: 114 (news-dev); undated: month")
E("q08", "the Iraqi parliament voted to ask the", A("Iraqi parliament", "IRQ", "LEG"), USAM, ["10", "02", "16"], "100",
  "2020-01-05", None, True, "demand that foreign (U.S.) troops leave; target the troops (the Iraqi government, asked "
  "to act, is the addressee; coders split); Sunday = 5 Jan")
F("q08", "The Pentagon said no Americans were killed", "negated casualty report")
F("q08", "Oil prices jumped on fears of a", "market movement, no event")

# ---------------------------------------------------------------- q09 East Timor, Asia
S("q09", "1999-09-20", "Asia", """
Australian-led peacekeepers land in East Timor

DILI, East Timor —

The first troops of an Australian-led international force landed in Dili on Monday, taking control of the airport and port of a city that pro-Jakarta militias have looted and burned since the territory voted for independence.

About 1,500 soldiers, most of them Australian, arrived aboard transport planes and warships. Their commander, Major General Peter Cosgrove, met Indonesian military officers at the airport and said the handover was going smoothly.

The force was authorised by the United Nations Security Council last Wednesday, three days after Indonesian President Habibie bowed to international pressure and agreed to let foreign peacekeepers in.

Nearly four in five voters backed independence in the August 30 ballot. Militias armed by elements of the Indonesian army then attacked independence supporters, killing hundreds, while tens of thousands of people were forced across the border into West Timor.

Washington cut its military ties with Jakarta earlier this month, and the World Bank and the International Monetary Fund suspended lending.

Indonesia last week scrapped a 1995 security treaty with Australia, accusing Canberra of meddling in its affairs.

Officials said the force, which could grow to 8,000 troops, would not pursue militias into West Timor.
""")
INTF = A("Australian-led international force", "AUS", "MIL")
TLS = A("East Timor", "TLS", None)
MILI = A("pro-Jakarta militias", "TLS", ["REB", "MIL"])
IDNG = A("Indonesian government", "IDN", "GOV")
AUSG = A("Australian government", "AUS", "GOV")
E("q09", "Australian-led peacekeepers land in East Timor", INTF, TLS, ["07", "15"], "074", "1999-09-20",
  P("East Timor", "TLS"), False, "headline; peacekeeping deployment 07/15 (news-dev)")
E("q09", "The first troops of an Australian-led international", INTF, TLS, ["07", "15"], "074", "1999-09-20",
  P("Dili", "TLS"), True, "peacekeeping deployment; place named in the clause")
E("q09", "most of them Australian, arrived aboard transport", INTF, TLS, ["07", "15"], "074", "1999-09-20", None, False,
  "detail of the landing: restatement")
E("q09", "pro-Jakarta militias have looted and burned since", MILI, A("Dili residents", "TLS", "CVL"),
  ["17", "18", "19"], "171", "1999-09", P("Dili", "TLS"), False,
  "lead summary of the violence detailed in para 4: optional; 'a city' = Dili")
E("q09", "met Indonesian military officers at the airport", A("Peter Cosgrove", "AUS", "MIL"),
  A("Indonesian military officers", "IDN", "MIL"), ["04"], "040", "1999-09-20", P("Dili airport", "TLS"), True,
  "'Their commander' = the force's; Monday from the lead; 'the airport' with the dateline = Dili's")
E("q09", "met Indonesian military officers at the airport", A("Indonesian military officers", "IDN", "MIL"),
  A("Peter Cosgrove", "AUS", "MIL"), ["04"], "040", "1999-09-20", P("Dili airport", "TLS"), False, "reverse")
E("q09", "authorised by the United Nations Security Council", A("UN Security Council", "UNO", "IGO"), INTF,
  ["05", "07", "03"], "050", "1999-09-15", None, True,
  "passive with agent; authorisation of the force: coders split between 05, 07 and 03; 'last Wednesday' = 15 Sep")
E("q09", "bowed to international pressure and agreed to", A("B. J. Habibie", "IDN", "GOV"),
  A("United Nations", "UNO", "IGO"), ["08", "03"], "0861", "1999-09-12", None, True,
  "yield: receive peacekeepers (0861); 'three days after' 15 Sep = 12 Sep; target the international community (UN)")
E("q09", "Militias armed by elements of the Indonesian", MILI, A("independence supporters", "TLS", ["CVL", "OPP"]),
  ["18", "19", "20"], "180", "1999", None, True,
  "'then' after the 30 Aug ballot: the year is what the text supports without outside knowledge")
E("q09", "armed by elements of the Indonesian army", A("Indonesian army", "IDN", "MIL"), MILI, ["06", "07"], "062",
  "1999", None, False, "passive participle: military support for the militias; optional, coders split on coding it")
E("q09", "people were forced across the border into", MILI, A("East Timorese civilians", "TLS", "CVL"), ["20", "17"],
  "201", "1999", P("West Timor", "IDN"), False, "agentless; mass expulsion by the militias implied")
E("q09", "Washington cut its military ties with Jakarta", USAG, IDNG, ["16"], "1622", "1999-09", None, True,
  "'earlier this month': September; 'Washington' and 'Jakarta' as governments, not places")
E("q09", "the World Bank and the International Monetary", A("World Bank", None, "IGO"), IDNG, ["16"], "1621", "1999-09",
  None, False, "reaction by a pair: optional for both (owned2)")
E("q09", "the World Bank and the International Monetary", A("International Monetary Fund", None, "IGO"), IDNG, ["16"],
  "1621", "1999-09", None, False, "second party")
E("q09", "scrapped a 1995 security treaty with Australia", IDNG, AUSG, ["16", "12"], "160", "1999-09", None, True,
  "ending a treaty: reduce relations (or reject an agreement); 'last week': month")
E("q09", "accusing Canberra of meddling in its affairs", IDNG, AUSG, ["11"], "112", "1999-09", None, True,
  "accusation; 'Canberra' = Australia's government")
F("q09", "Nearly four in five voters backed independence", "vote figure")
F("q09", "would not pursue militias into West Timor", "negated future (a plan)")

# ---------------------------------------------------------------- q10 Peru, Americas
S("q10", "2022-12-08", "Americas", """
Peru's Congress ousts Castillo after failed bid to shut legislature

LIMA, Peru —

Peru's Congress removed President Pedro Castillo from office on Wednesday, hours after he tried to dissolve the legislature and rule by decree, and police arrested him as he was driven towards the Mexican embassy in Lima.

In a televised address shortly before lawmakers were due to debate his impeachment, Castillo announced that he was shutting down Congress and forming an emergency government.

Within minutes several ministers resigned, and the armed forces and police said in a joint statement that they would not back any breach of the constitution. The U.S. ambassador urged Castillo to reverse his decision.

Lawmakers then voted 101 to 6 to remove him for "permanent moral incapacity". Vice President Dina Boluarte was sworn in that afternoon as the country's first female president.

Prosecutors opened an investigation into Castillo for rebellion and conspiracy, and a judge on Thursday ordered him held for seven days.

Mexican President Andres Manuel Lopez Obrador said Castillo had asked for asylum and that Mexico was willing to consider the request.

Castillo, a former rural schoolteacher, had been in office for less than 17 months. Peru has had six presidents in six years.

Analysts said Boluarte, who has no party of her own in Congress, could struggle to complete the term.
""")
CAST = A("Pedro Castillo", "PER", "GOV")
PCON = A("Peruvian Congress", "PER", "LEG")
E("q10", "Peru's Congress ousts Castillo after failed bid", PCON, CAST, ["17", "11"], "172", "2022-12-07", None, False,
  "headline: removal by impeachment (administrative sanction 172; a finding against him 11 is accepted)")
E("q10", "after failed bid to shut legislature", CAST, PCON, ["17", "19"], "170", "2022-12-07", None, False,
  "headline, second event")
E("q10", "Peru's Congress removed President Pedro Castillo from", PCON, CAST, ["17", "11"], "172", "2022-12-07", None,
  False, "lead summary of the vote in para 4: optional")
E("q10", "he tried to dissolve the legislature and", CAST, PCON, ["17", "19"], "170", "2022-12-07", None, False,
  "lead summary of the announcement in para 2: optional")
E("q10", "police arrested him as he was driven", A("Peruvian police", "PER", "COP"), CAST, ["17"], "173", "2022-12-07",
  P("Lima", "PER"), True, "'him' = Castillo; Lima named in the clause")
E("q10", "Castillo announced that he was shutting down", CAST, PCON, ["17", "19"], "170", "2022-12-07", None, True,
  "self-coup: dissolving the legislature coded like owned2 p01's dissolution (170, coup roots 17/19); date from the "
  "lead's Wednesday")
E("q10", "forming an emergency government", CAST, A("Peru", "PER", None), ["17", "19"], "1724", "2022-12-07", None, False,
  "declared emergency rule, part of the same announcement")
E("q10", "the armed forces and police said in", A("Peruvian armed forces", "PER", "MIL"), CAST, ["12"], "120",
  "2022-12-07", None, True, "refusal of support ('would not back'); compound subject: first party required")
E("q10", "the armed forces and police said in", A("Peruvian police", "PER", "COP"), CAST, ["12"], "120", "2022-12-07",
  None, False, "second party of the joint statement")
E("q10", "The U.S. ambassador urged Castillo to reverse", A("U.S. ambassador", "USA", "GOV"), CAST, ["02", "10"], "025",
  "2022-12", None, True, "appeal to reverse (yield); no date in the sentence: month")
E("q10", "Lawmakers then voted 101 to 6 to", PCON, CAST, ["17", "11"], "172", "2022-12-07", None, True,
  "impeachment vote; 'then' = the same Wednesday; 'him' = Castillo")
E("q10", "Prosecutors opened an investigation into Castillo for", A("Peruvian prosecutors", "PER", "JUD"), CAST,
  ["09", "17"], "091", "2022-12", None, True, "criminal investigation (091); charging would be 173; undated: month")
E("q10", "a judge on Thursday ordered him held", A("Peruvian judge", "PER", "JUD"), CAST, ["17"], "173", "2022-12-08",
  None, True, "Thursday = 8 Dec, the publication day")
E("q10", "said Castillo had asked for asylum and", CAST, A("Mexico", "MEX", "GOV"), ["02"], "023", "2022-12", None, True,
  "reported speech ('X said Y had asked'): request for asylum, source Castillo")
E("q10", "Mexico was willing to consider the request", A("Andres Manuel Lopez Obrador", "MEX", "GOV"), CAST,
  ["03", "07"], "033", "2022-12", None, False, "willingness only: optional")
F("q10", "Peru has had six presidents in six", "count")
F("q10", "could struggle to complete the term", "speculation")

# ---------------------------------------------------------------- q11 Soviet Union, Europe/Eurasia
S("q11", "1991-08-22", "Europe/Eurasia", """
Soviet coup collapses; Gorbachev back in Moscow as plotters are held

MOSCOW, Soviet Union —

Soviet President Mikhail Gorbachev flew back to Moscow early on Thursday, three days after hardliners placed him under house arrest at his Crimean holiday home and declared a state of emergency.

The coup crumbled on Wednesday when tanks and troops began pulling out of the capital. KGB chief Vladimir Kryuchkov and Defence Minister Dmitry Yazov were detained on their return from Crimea, where they had flown to seek a meeting with Gorbachev.

Russian President Boris Yeltsin, who led the resistance from the Russian parliament building, climbed onto a tank outside it on Monday and called for a general strike.

Three young men were killed early on Wednesday when crowds tried to stop a column of armoured vehicles in a tunnel near the parliament.

Speaking at Vnukovo airport, Gorbachev thanked Yeltsin and the people of Moscow for their courage and said he was now in full control of the country.

U.S. President George Bush, who had refused to recognise the emergency committee, telephoned Yeltsin on Tuesday to express support.

How many senior officials backed the plot remains unclear. The Soviet army has about four million men under arms.
""")
GORB = A("Mikhail Gorbachev", "RUS", "GOV")
YELT = A("Boris Yeltsin", "RUS", "GOV")
HARD = A("hardliners (state emergency committee)", "RUS", ["GOV", "MIL"])
E("q11", "as plotters are held", A("Soviet authorities", "RUS", "GOV"), HARD, ["17"], "173", "1991-08", None, False,
  "headline; agentless")
E("q11", "hardliners placed him under house arrest at", HARD, GORB, ["17"], "173", "1991-08-19", P("Crimea", "UKR"), True,
  "'him' = Gorbachev; 'three days after' Thursday = Monday 19 Aug; 'his Crimean holiday home': Crimea, coded UKR "
  "(owned convention)")
E("q11", "and declared a state of emergency", HARD, A("Soviet citizens", "RUS", "CVL"), ["17", "19"], "1724",
  "1991-08-19", None, True, "declared takeover / emergency 1724 (news-dev), coup roots 17/19")
E("q11", "tanks and troops began pulling out of", A("Soviet army", "RUS", "MIL"), A("Moscow residents", "RUS", "CVL"),
  ["08"], "087", "1991-08-21", P("Moscow", "RUS"), True,
  "military de-escalation / withdrawal (087, PLOVER RETREAT); 'the capital' with the dateline = Moscow")
E("q11", "Vladimir Kryuchkov and Defence Minister Dmitry Yazov", A("Soviet authorities", "RUS", "GOV"),
  A("Vladimir Kryuchkov", "RUS", ["GOV", "SPY"]), ["17"], "173", "1991-08", None, True,
  "agentless passive, agent the authorities; compound object: first-mentioned target required; undated: month")
E("q11", "were detained on their return from Crimea", A("Soviet authorities", "RUS", "GOV"),
  A("Dmitry Yazov", "RUS", ["GOV", "MIL"]), ["17"], "173", "1991-08", None, False,
  "second person of the compound object")
E("q11", "where they had flown to seek a", HARD, GORB, ["02", "03", "04"], "036", "1991-08", P("Crimea", "UKR"), False,
  "attempt to meet; 'they' = Kryuchkov and Yazov")
E("q11", "climbed onto a tank outside it on", YELT, HARD, ["14", "02", "11"], "140", "1991-08-19", P("Moscow", "RUS"), True,
  "defiance and a call for a general strike against the plotters: protest (14) or appeal (02); 'it' = the Russian "
  "parliament building in Moscow")
E("q11", "Three young men were killed early on", A("Soviet army", "RUS", "MIL"), A("Moscow residents", "RUS", "CVL"),
  ["19", "18", "17"], "190", "1991-08-21", P("Moscow", "RUS"), False, "agentless: the deaths in the confrontation")
E("q11", "crowds tried to stop a column of", A("Moscow residents", "RUS", "CVL"), A("Soviet army", "RUS", "MIL"),
  ["14"], "144", "1991-08-21", P("Moscow", "RUS"), True,
  "obstruction (144); 'early on Wednesday' from the same sentence; tunnel near the parliament: Moscow")
E("q11", "Gorbachev thanked Yeltsin and the people of", GORB, YELT, ["05"], "051", "1991-08-22",
  P("Vnukovo airport", "RUS"), True, "praise; first-mentioned target required (compound object); the place is named in "
  "the clause; on arrival early Thursday")
E("q11", "Gorbachev thanked Yeltsin and the people of", GORB, A("people of Moscow", "RUS", "CVL"), ["05"], "051",
  "1991-08-22", P("Vnukovo airport", "RUS"), False, "second target of the compound object")
E("q11", "who had refused to recognise the emergency", A("George Bush", "USA", "GOV"), HARD, ["12"], "120", "1991-08",
  None, False, "undated pluperfect in a relative clause: month; optional")
E("q11", "telephoned Yeltsin on Tuesday to express support", A("George Bush", "USA", "GOV"), YELT, ["04"], "041",
  "1991-08-20", None, True, "Tuesday = 20 Aug")
E("q11", "telephoned Yeltsin on Tuesday to express support", YELT, A("George Bush", "USA", "GOV"), ["04"], "041",
  "1991-08-20", None, False, "reverse of the call")
F("q11", "How many senior officials backed the plot", "speculation")
F("q11", "The Soviet army has about four million", "standing situation, count")

# ---------------------------------------------------------------- q12 Bangladesh, Asia
S("q12", "2024-08-06", "Asia", """
Bangladesh parliament dissolved as students push Yunus to lead interim government

DHAKA, Bangladesh —

Bangladesh's president dissolved parliament on Tuesday, a day after Prime Minister Sheikh Hasina resigned and fled to India as crowds of protesters marched on her residence in Dhaka.

President Mohammed Shahabuddin had also ordered the release of former prime minister Khaleda Zia, Hasina's longtime rival, who was freed from house arrest on Tuesday.

Student leaders who began protesting against quotas for government jobs in July demanded that Nobel laureate Muhammad Yunus head an interim administration.

Army chief General Waker-uz-Zaman announced Hasina's resignation in a televised address on Monday and appealed to protesters to end the violence, promising that every killing during the unrest would be investigated.

Thousands of people stormed the prime minister's official residence after she left, carrying away furniture, televisions and even fish from its ponds.

Indian Foreign Minister Subrahmanyam Jaishankar told parliament in New Delhi that Hasina had asked to come to India at very short notice.

More than 300 people have been killed in the unrest, according to counts by local media.

Whether the army would hand real power to a civilian government was not yet clear, analysts said.
""")
BGDPRES = A("Mohammed Shahabuddin", "BGD", "GOV")
HAS = A("Sheikh Hasina", "BGD", "GOV")
STUD = A("student protest leaders", "BGD", ["EDU", "CVL", "OPP"])
BGDPROT = A("Bangladeshi protesters", "BGD", ["CVL", "OPP", "EDU"])
BGDM = A("Bangladesh army", "BGD", "MIL")
E("q12", "Bangladesh parliament dissolved as students push Yunus", BGDPRES, BGDPROT, ["08", "17"], "0834", "2024-08-06",
  None, False, "headline; agentless")
E("q12", "students push Yunus to lead interim government", STUD, A("Bangladeshi authorities", "BGD", ["GOV", "MIL"]),
  ["10", "02"], "1041", "2024-08", None, False, "headline, second event")
E("q12", "Bangladesh's president dissolved parliament on Tuesday", BGDPRES, BGDPROT, ["08", "17"], "0834", "2024-08-06",
  None, True, "dissolution meeting a protest demand: yield on institutions (0834), with the protesters as implied target "
  "like a resignation under pressure; an administrative act (17) against parliament is accepted")
E("q12", "Hasina resigned and fled to India as", HAS, BGDPROT, ["08"], "0831", "2024-08-05", None, True,
  "resignation under protest pressure; 'a day after' Tuesday = 5 Aug; fleeing is not coded")
E("q12", "crowds of protesters marched on her residence", BGDPROT, HAS, ["14"], "141", "2024-08-05", P("Dhaka", "BGD"),
  False, "lead summary of the storming in para 5: optional")
E("q12", "had also ordered the release of former", BGDPRES, A("Khaleda Zia", "BGD", ["OPP", "PTY"]), ["08"], "0841",
  "2024-08", None, True, "nominal release inside an order; pluperfect without a day: month")
E("q12", "who was freed from house arrest on", BGDPRES, A("Khaleda Zia", "BGD", ["OPP", "PTY"]), ["08"], "0841",
  "2024-08-06", None, False, "agentless restatement of the release")
E("q12", "who began protesting against quotas for government", STUD, A("Bangladeshi government", "BGD", "GOV"), ["14"],
  "141", "2024-07", None, True, "dated background in a relative clause: July 2024")
E("q12", "demanded that Nobel laureate Muhammad Yunus head", STUD,
  A("Bangladeshi authorities", "BGD", ["GOV", "MIL"]), ["10", "02"], "1041", "2024-08", None, True,
  "demand about the leadership; addressee the president and army (not named in the clause); undated: month")
E("q12", "appealed to protesters to end the violence", BGDM, BGDPROT, ["02"], "0252", "2024-08-05", None, True,
  "appeal to ease dissent; Monday = 5 Aug")
E("q12", "promising that every killing during the unrest", BGDM, BGDPROT, ["03", "09"], "030", "2024-08-05", None, False,
  "promise of investigations: intent only")
E("q12", "stormed the prime minister's official residence after", BGDPROT, HAS, ["14", "18", "17"], "145", "2024-08-05",
  P("Dhaka", "BGD"), True, "violent protest / looting; 'after she left' = Monday; the residence is in Dhaka (lead)")
E("q12", "Hasina had asked to come to India", HAS, A("India", "IND", "GOV"), ["02"], "023", "2024-08", None, True,
  "nested reported speech: Hasina's request for refuge; New Delhi is where Jaishankar spoke, not where she asked")
F("q12", "More than 300 people have been killed", "casualty count")
F("q12", "Whether the army would hand real power", "speculation")


if __name__ == "__main__":
    write(HERE)
