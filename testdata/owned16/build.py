#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned16 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Events are of 1980-2005.
Run: python3 testdata/owned16/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
DEPLOY = ["07", "15"]
MEDIATE = ["04", "03"]
EXPEL = ["17", "16"]
COURT = ["17", "11"]
POSTURE = ["15", "13"]

# ---------------------------------------------------------------- g01 Cape Town, Africa (South Africa)
S("g01", "1990-02-12", "Africa", """
Mandela walks free after 27 years, urges world to keep up pressure on Pretoria

CAPE TOWN, South Africa —

Nelson Mandela walked out of Victor Verster prison on Sunday afternoon, freed by the government of President F.W. de Klerk after more than 27 years behind bars, and told a huge crowd here that the fight against apartheid was not over.

Speaking from the balcony of City Hall, the 71-year-old leader of the African National Congress called on foreign governments to maintain sanctions against Pretoria until majority rule was assured. The factors that had driven the movement to take up arms still existed, he said.

De Klerk had announced the release a day earlier at a news conference in Cape Town, eight days after lifting a 30-year ban on the ANC.

Police fired shotguns and tear gas at youths who looted shops on the edge of the Grand Parade while the crowd waited for Mandela, according to a police spokesman. Witnesses said at least one person was killed.

Cyril Ramaphosa, the mineworkers' leader who chaired the committee organising the welcome, appealed to the crowd for discipline and patience.

President George Bush telephoned Mandela on Sunday evening and invited him to visit the White House. Prime Minister Margaret Thatcher, who has long opposed sanctions, welcomed the release and said Europe should now reward de Klerk.

Mandela spent the night at the home of Archbishop Desmond Tutu.

South Africa's 28 million blacks cannot vote in national elections. It was not clear when formal talks with the government would begin.
""")
ZAF = A("South Africa", "ZAF", "GOV")
DEKL = A("F.W. de Klerk", "ZAF", "GOV")
MANDELA = A("Nelson Mandela", "ZAF", ["PTY", "OPP"])
ANC = A("African National Congress", "ZAF", ["PTY", "OPP"])
ZAFCOP = A("South African police", "ZAF", "COP")
E("g01", "Mandela walks free after 27 years, urges", ZAF, MANDELA, ["08"], "0841", "1990-02-11", None, False, "headline")
E("g01", "Nelson Mandela walked out of Victor Verster", DEKL, MANDELA, ["08"], "0841", "1990-02-11", None, True,
  "release of a prisoner 0841 (08); agent in the participle phrase 'freed by the government of President F.W. de Klerk'; "
  "Sunday in a Monday paper; the prison is not named as a town: no place")
E("g01", "called on foreign governments to maintain sanctions", MANDELA, A("foreign governments", None, "GOV"), DEMAND,
  "020", "1990-02-11", P("Cape Town", "ZAF"), False,
  "appeal to unnamed foreign governments (no state named): optional; 'from the balcony of City Hall' with the dateline = Cape Town")
E("g01", "De Klerk had announced the release a", DEKL, MANDELA, ["03", "08"], "0353", "1990-02-10", P("Cape Town", "ZAF"),
  False, "announcement of the release a day earlier: intent to release 0353 (03; 08 read); restates the release: optional")
E("g01", "De Klerk had announced the release a", DEKL, ANC, ["08"], "0812", "1990-02-02", None, True,
  "lifting the ban on the ANC 'eight days after' Saturday = 2 February: ease ban on a party 0812 (08); dated background "
  "with its agent (de Klerk, subject of the gerund): required")
E("g01", "Police fired shotguns and tear gas at", ZAFCOP, A("South African youths", "ZAF", "CVL"), REPR, "175",
  "1990-02-11", P("Cape Town", "ZAF"), True,
  "police firing on looters 175 (17/18); 'according to a police spokesman' is the police's own account; the Grand Parade is in Cape Town ('here')")
E("g01", "Police fired shotguns and tear gas at", A("South African youths", "ZAF", "CVL"), A("South Africa", "ZAF", "BUS"),
  VPROT, "145", "1990-02-11", P("Cape Town", "ZAF"), False, "looting in a relative clause, target shops: optional")
E("g01", "appealed to the crowd for discipline and", A("Cyril Ramaphosa", "ZAF", ["LAB", "OPP"]),
  A("ANC supporters", "ZAF", "CVL"), DEMAND, "020", "1990-02-11", None, False, "appeal to one's own crowd: optional")
E("g01", "President George Bush telephoned Mandela on Sunday", A("George Bush", "USA", "GOV"), MANDELA, ["04"], "041",
  "1990-02-11", None, True, "telephone call 041 (04); 'Sunday evening'")
E("g01", "President George Bush telephoned Mandela on Sunday", A("George Bush", "USA", "GOV"), MANDELA, ["03", "04"], "036",
  "1990-02-11", None, False, "invitation to visit, second verb: 036 (03/04 read): optional")
E("g01", "welcomed the release and said Europe should", A("Margaret Thatcher", "GBR", "GOV"), DEKL, ["05"], "051",
  "1990-02", None, False, "single outside reaction, praise: optional; no day of its own")
E("g01", "Mandela spent the night at the home", A("Desmond Tutu", "ZAF", "REL"), MANDELA, ["04", "05"], "043", "1990-02-11",
  None, False, "hosting: optional")
F("g01", "South Africa's 28 million blacks cannot vote", "standing situation and count")
F("g01", "It was not clear when formal talks", "speculation")

# ---------------------------------------------------------------- g02 Abuja, Africa (Liberia / Nigeria)
S("g02", "2003-08-12", "Africa", """
Taylor quits and flies into exile in Nigeria as U.S. warships appear off Liberia

ABUJA, Nigeria —

Charles Taylor stepped down as Liberia's president on Monday, yielding to rebels who had besieged Monrovia for two months, and flew hours later to Nigeria, which had offered him a haven in July.

At a ceremony in the Executive Mansion, Taylor handed power to his vice-president, Moses Blah, as Presidents John Kufuor of Ghana, Thabo Mbeki of South Africa and Joaquim Chissano of Mozambique looked on. "God willing, I will be back," he told the gathering.

Taylor landed in the southeastern city of Calabar late on Monday, said Remi Oyo, a spokeswoman for President Olusegun Obasanjo. She said the former warlord would live in a villa there and would not be allowed to meddle in Liberian politics.

As Taylor left, three American warships carrying more than 2,000 Marines moved within sight of the Liberian coast. The White House called the departure an important step.

The main rebel movement, Liberians United for Reconciliation and Democracy, agreed to hand the city's port to West African peacekeepers by Thursday, according to its chairman, Sekou Conneh. The group's fighters have held the port since July, cutting off food supplies.

A U.N.-backed court in Sierra Leone, which indicted Taylor for war crimes in June, said Nigeria should hand him over. Nigerian officials rejected the request.

Nigerian troops, the first of a regional force, began arriving in Monrovia last week.

Liberia's wars have killed about 200,000 people since 1989. Whether Blah could hold the capital was unclear.
""")
TAYLOR = A("Charles Taylor", "LBR", "GOV")
LURD = A("LURD rebels", "LBR", ["REB", "OPP"])
NGA = A("Nigeria", "NGA", "GOV")
SLCOURT = A("Special Court for Sierra Leone", "SLE", "JUD")
E("g02", "Taylor quits and flies into exile in", TAYLOR, LURD, ["08"], "0831", "2003-08-11", None, False, "headline")
E("g02", "Charles Taylor stepped down as Liberia's president", TAYLOR, LURD, ["08"], "0831", "2003-08-11", None, True,
  "resignation under pressure 0831 (08), target the rebels it yields to ('yielding to rebels'); Monday in a Tuesday paper")
E("g02", "Charles Taylor stepped down as Liberia's president", LURD, A("Liberia", "LBR", "GOV"), FORCE, "191", "2003-08",
  P("Monrovia", "LBR"), False, "siege in a relative clause, 'for two months' without a start day: optional (standing)")
E("g02", "Charles Taylor stepped down as Liberia's president", NGA, TAYLOR, ["07"], "075", "2003-07", None, True,
  "offer of asylum in a relative clause with its agent, 'in July': grant asylum 075 (07); dated background")
E("g02", "Taylor handed power to his vice-president, Moses", TAYLOR, A("Moses Blah", "LBR", "GOV"), ["08"], "0831",
  "2003-08-11", None, False, "handover of power, restates the resignation: optional")
E("g02", "Taylor handed power to his vice-president, Moses", A("John Kufuor", "GHA", "GOV"), A("Liberia", "LBR", "GOV"),
  ["04"], "043", "2003-08-11", None, False, "attending the ceremony (first of three leaders): optional")
E("g02", "Taylor landed in the southeastern city of", NGA, TAYLOR, ["04", "07"], "043", "2003-08-11", P("Calabar", "NGA"),
  False, "receiving Taylor, carried by the spokeswoman: optional")
E("g02", "She said the former warlord would live", NGA, TAYLOR, ["17"], "172", "2003-08", None, False,
  "restriction put as a condition of the stay ('would not be allowed'): optional")
E("g02", "three American warships carrying more than 2,000", A("U.S. Navy", "USA", "MIL"), A("Liberia", "LBR", None),
  POSTURE, "150", "2003-08-11", None, False, "show of force off the coast 150 (15; 13 read), no stated aim: optional; 'As Taylor left' = Monday; "
  "'the Liberian coast' is a country's coast: no place")
E("g02", "The White House called the departure an", A("White House", "USA", "GOV"), TAYLOR, ["05"], "051", "2003-08",
  None, False, "single outside reaction: optional")
E("g02", "agreed to hand the city's port to", A("Sekou Conneh", "LBR", ["REB", "OPP"]), A("ECOWAS", None, ["IGO", "GOV"]),
  ["03", "08"], "0356", "2003-08", P("Monrovia", "LBR"), True,
  "agreement to withdraw from the port, 'according to its chairman': intent to de-escalate 0356 (03; 08 read); source "
  "the movement through its chairman (LURD accepted too); the peacekeepers are the bloc's force; the port is Monrovia's")
E("g02", "A U.N.-backed court in Sierra Leone, which", SLCOURT, TAYLOR, COURT, "173", "2003-06", None, True,
  "indictment 'in June' in a relative clause with its agent: charge 173 (17/11), dated background")
E("g02", "A U.N.-backed court in Sierra Leone, which", SLCOURT, NGA, DEMAND, "1053", "2003-08", None, False,
  "demand to hand him over, reported without a day: optional (source the court)")
E("g02", "Nigerian officials rejected the request.", NGA, SLCOURT, ["12"], "120", "2003-08", None, True,
  "stated rejection of the court's request (12); no day: month")
E("g02", "Nigerian troops, the first of a regional", A("Nigerian troops", "NGA", "MIL"), A("Liberia", "LBR", "GOV"),
  DEPLOY, "074", "2003-08", P("Monrovia", "LBR"), True,
  "peacekeepers arriving 'last week': peacekeeping deployment 074 (07/15); month; the clause names Monrovia")
F("g02", "Liberia's wars have killed about 200,000 people", "count")
F("g02", "Whether Blah could hold the capital was", "speculation")

# ---------------------------------------------------------------- g03 Algiers, Middle East (Iran / U.S. / Algeria)
S("g03", "1981-01-21", "Middle East", """
Iran frees 52 American hostages after 444 days; Algeria hands them to U.S. envoy

ALGIERS, Algeria —

Iran released the 52 Americans it had held since the seizure of the U.S. embassy in Tehran, letting them board an Algerian airliner on Tuesday minutes after Ronald Reagan took the oath of office in Washington.

The plane landed here before dawn on Wednesday. Deputy Secretary of State Warren Christopher, who had negotiated the terms through Algerian go-betweens, received the former captives on the tarmac from Algeria's foreign minister, Mohamed Benyahia.

Under accords that Christopher signed in Algiers on Monday, the United States transferred nearly $8 billion of frozen Iranian assets to an escrow account at the Bank of England before the plane took off. Washington also pledged not to interfere in Iran's internal affairs.

Behzad Nabavi, the Iranian cabinet minister who led Tehran's side, told state radio that the deal had forced America to its knees. He accused the outgoing Carter administration of stalling to the very last hour.

Algerian diplomats had carried proposals between the two governments since November, often flying to Tehran several times a week.

Reagan asked Jimmy Carter to fly to West Germany to greet the freed Americans at a U.S. military hospital in Wiesbaden. Carter accepted and was expected there on Wednesday afternoon.

The hostages were seized on Nov. 4, 1979, by militant students who had climbed over the embassy walls.

Most of the 52 are diplomats, Marines and embassy clerks. It was not clear how much of the money Iran would receive.
""")
IRN = A("Iran", "IRN", "GOV")
USA3 = A("United States", "USA", "GOV")
HOST = A("American hostages", "USA", "GOV")
CHRIS = A("Warren Christopher", "USA", "GOV")
DZA = A("Algeria", "DZA", "GOV")
E("g03", "Iran frees 52 American hostages after 444", IRN, HOST, ["08"], "0841", "1981-01-20", None, False, "headline")
E("g03", "Iran released the 52 Americans it had", IRN, HOST, ["08"], "0841", "1981-01-20", None, True,
  "release of hostages 0841 (08); Tuesday; target the hostages (U.S. officials; USA/GOV accepted); the seizure in the "
  "relative clause is dated only in a later paragraph")
E("g03", "received the former captives on the tarmac", A("Mohamed Benyahia", "DZA", "GOV"), CHRIS, ["08", "04"], "0841",
  "1981-01-21", P("Algiers", "DZA"), False,
  "handover of the freed hostages to the U.S. envoy; 'here' is Algiers; before dawn on Wednesday: optional (restates the release's end)")
E("g03", "Under accords that Christopher signed in Algiers", CHRIS, IRN, AGREE, "057", "1981-01-19", P("Algiers", "DZA"),
  True, "signing of the accords in a relative clause with its agent; Monday; the clause names Algiers; the other side is Iran")
E("g03", "Under accords that Christopher signed in Algiers", USA3, IRN, ["08"], "085", "1981-01-20", None, True,
  "transfer of frozen assets = easing of economic sanctions 085 (08); 'before the plane took off' = Tuesday")
E("g03", "Washington also pledged not to interfere in", USA3, IRN, ["03"], "030", "1981-01", None, False,
  "pledge inside the accords: optional (part of the agreement)")
E("g03", "told state radio that the deal had", A("Behzad Nabavi", "IRN", "GOV"), USA3, ["11", "12"], "110", "1981-01",
  None, False, "boast, not a clear event: optional")
E("g03", "He accused the outgoing Carter administration of", A("Behzad Nabavi", "IRN", "GOV"), A("Carter administration", "USA", "GOV"),
  ["11"], "112", "1981-01", None, True, "accusation; 'He' = Nabavi; no day: month")
E("g03", "Algerian diplomats had carried proposals between the", DZA, IRN, MEDIATE, "045", "1980-11", None, True,
  "mediation 045 (04/03) 'since November': dated background, start month; target the first party it went to (Tehran "
  "named in the clause); the reverse side (USA) optional below")
E("g03", "Algerian diplomats had carried proposals between the", DZA, USA3, MEDIATE, "045", "1980-11", None, False,
  "second party of the mediation: optional")
E("g03", "Reagan asked Jimmy Carter to fly to", A("Ronald Reagan", "USA", "GOV"), A("Jimmy Carter", "USA", "GOV"), DEMAND,
  "020", "1981-01", None, False, "request within one government: optional")
E("g03", "Carter accepted and was expected there on", A("Jimmy Carter", "USA", "GOV"), A("West Germany", "DEU", "GOV"),
  ["04", "03"], "042", "1981-01-21", P("Wiesbaden", "DEU"), False, "planned visit: optional")
E("g03", "The hostages were seized on Nov. 4", A("Iranian militant students", "IRN", ["CVL", "RAD"]), A("U.S. embassy", "USA", None),
  ["18", "17"], "181", "1979-11-04", P("Tehran", "IRN"), True,
  "hostage-taking 181 (18; 17 read), dated background with its agent in the passive's by-phrase; the embassy is in "
  "Tehran (first paragraph); premises USA/null")
F("g03", "Most of the 52 are diplomats, Marines", "count and standing description")
F("g03", "It was not clear how much of", "speculation")

# ---------------------------------------------------------------- g04 Tehran, Middle East (Iran / Iraq)
S("g04", "1988-07-19", "Middle East", """
Iran accepts U.N. ceasefire call in war with Iraq; Baghdad wants direct talks

TEHRAN, Iran —

Iran told the United Nations on Monday that it accepted a Security Council resolution calling for a ceasefire in its eight-year war with Iraq, a sudden reversal after months of battlefield defeats.

In a letter to Secretary-General Javier Perez de Cuellar, President Ali Khamenei said Iran would abide by Resolution 598, which the council adopted a year ago. The letter was delivered in New York by Iran's ambassador, Mohammad Jafar Mahallati.

Khamenei wrote that the war had spread to innocent civilians, citing the downing of an Iranian airliner over the Gulf on July 3. The airliner was shot down by the American cruiser Vincennes, killing all 290 people aboard.

Perez de Cuellar welcomed the decision and said he would send a team to the region to prepare the deployment of military observers.

Iraq reacted coolly. Foreign Minister Tariq Aziz insisted that Tehran first sit down with Baghdad for direct negotiations, and the Iraqi News Agency accused Iran of seeking a pause to rearm.

Iranian officials, for their part, accused Iraq of firing chemical shells at villages near the border last week.

In Tehran, Hashemi Rafsanjani, the parliament speaker and acting commander of the armed forces, told worshippers that the decision had been bitter but necessary.

The war began in September 1980, when Iraqi troops crossed into Iran's oil-rich Khuzestan province.

Hundreds of thousands of soldiers have died on both sides. It was not clear when the guns would fall silent.
""")
IRN4 = A("Iran", "IRN", "GOV")
IRQ = A("Iraq", "IRQ", "GOV")
KHAM = A("Ali Khamenei", "IRN", "GOV")
PDC = A("Javier Perez de Cuellar", "UNO", "IGO")
E("g04", "Iran accepts U.N. ceasefire call in war", IRN4, IRQ, ["08", "03"], "0871", "1988-07-18", None, False, "headline")
E("g04", "Iran told the United Nations on Monday", IRN4, IRQ, ["08", "03"], "0871", "1988-07-18", None, True,
  "acceptance of a ceasefire resolution: ceasefire 0871 (08; 03 read as agreeing), target the enemy; Monday in a Tuesday paper")
E("g04", "Iran told the United Nations on Monday", IRN4, A("United Nations", "UNO", "IGO"), ["03", "08"], "030", "1988-07-18",
  None, False, "the same acceptance addressed to the U.N.: optional")
E("g04", "In a letter to Secretary-General Javier Perez", KHAM, PDC, ["03", "08"], "030", "1988-07-18", None, False,
  "restatement of the acceptance in the letter: optional")
E("g04", "The letter was delivered in New York", A("Mohammad Jafar Mahallati", "IRN", "GOV"), PDC, ["04"], "040",
  "1988-07-18", P("New York", "USA"), False, "delivery of the letter: optional")
E("g04", "The airliner was shot down by the", A("USS Vincennes", "USA", "MIL"), A("Iran Air", "IRN", "BUS"), ATTACK,
  "190", "1988-07-03", None, True,
  "downing of the airliner, passive with by-agent; the date 'on July 3' is in the previous sentence's nominal; 'over the Gulf' "
  "is a sea: no place; target the Iranian airliner (IRN, sector BUS or null accepted as country)")
E("g04", "Perez de Cuellar welcomed the decision and", PDC, IRN4, ["05"], "051", "1988-07", None, False,
  "welcome: optional")
E("g04", "Perez de Cuellar welcomed the decision and", PDC, A("Iran", "IRN", "GOV"), ["03", "07"], "0334", "1988-07",
  None, True, "announced dispatch of a team to prepare military observers: intent to provide peacekeeping 0334 (03; 07 "
  "read), target the first of the two warring states; no day: month")
E("g04", "Foreign Minister Tariq Aziz insisted that Tehran", A("Tariq Aziz", "IRQ", "GOV"), IRN4, DEMAND, "106",
  "1988-07", None, True, "demand for direct negotiations 106 (10/02); no day: month")
E("g04", "accused Iran of seeking a pause to", A("Iraqi News Agency", "IRQ", "MED"), IRN4, ["11"], "112", "1988-07", None,
  False, "accusation by the state agency, second clause: optional (state media, source IRQ)")
E("g04", "accused Iraq of firing chemical shells at", A("Iranian officials", "IRN", "GOV"), IRQ, ["11"], "112", "1988-07",
  None, True, "accusation; undated speech act: month")
E("g04", "accused Iraq of firing chemical shells at", IRQ, A("Iranian villagers", "IRN", "CVL"), ["20", "19", "18"], "200",
  "1988-07", None, False, "the alleged attack inside an accusation, unverified: optional")
E("g04", "told worshippers that the decision had been", A("Hashemi Rafsanjani", "IRN", ["GOV", "LEG"]),
  A("Iranian worshippers", "IRN", ["CVL", "REL"]), ["01"], "010", "1988-07", P("Tehran", "IRN"), False,
  "statement to a domestic audience: optional")
E("g04", "The war began in September 1980, when", A("Iraqi troops", "IRQ", "MIL"), IRN4, FORCE, "190", "1980-09",
  P("Khuzestan", "IRN"), True, "invasion in a 'when' clause with its own agent, dated background; the clause names the province")
F("g04", "Hundreds of thousands of soldiers have died", "count")
F("g04", "It was not clear when the guns", "speculation")

# ---------------------------------------------------------------- g05 Manila, Asia (Philippines)
S("g05", "1986-02-26", "Asia", """
Marcos flees as crowds fill Manila streets; Washington recognises Aquino

MANILA, Philippines —

Ferdinand Marcos abandoned the presidency on Tuesday night and left Malacanang Palace with his family aboard American helicopters, ending 20 years of rule hours after he had taken the oath for a new term before a handful of loyalists.

The helicopters carried the party to Clark Air Base, north of the capital, from where a U.S. Air Force plane flew them to Guam early on Wednesday.

Corazon Aquino, the widow of the murdered opposition senator Benigno Aquino, had been sworn in as president on Tuesday morning at a club in suburban Manila. Secretary of State George Shultz announced within hours that the United States recognised her government.

The revolt began on Saturday when Defence Minister Juan Ponce Enrile and the deputy armed forces chief, Lieutenant General Fidel Ramos, barricaded themselves in two camps and demanded that Marcos resign.

On Sunday, tens of thousands of civilians answered an appeal by Cardinal Jaime Sin and blocked the tanks and armoured personnel carriers that the army chief, General Fabian Ver, had sent against the rebel camps. Nuns knelt in front of the vehicles and offered flowers to the marines inside.

According to Senator Paul Laxalt, a close friend of President Reagan, Marcos telephoned him on Monday night and asked whether he should step down. Laxalt said he told him to "cut and cut cleanly."

The Philippines has about 55 million people. It was not clear where Marcos would finally settle.
""")
MARCOS = A("Ferdinand Marcos", "PHL", "GOV")
AQUINO = A("Corazon Aquino", "PHL", ["OPP", "GOV"])
ENRILE = A("Juan Ponce Enrile", "PHL", ["GOV", "MIL"])
PHLCVL = A("Filipino civilians", "PHL", "CVL")
PHLMIL = A("Philippine army", "PHL", "MIL")
E("g05", "Marcos flees as crowds fill Manila streets", MARCOS, AQUINO, ["08"], "0831", "1986-02-25", None, False, "headline")
E("g05", "Ferdinand Marcos abandoned the presidency on Tuesday", MARCOS, AQUINO, ["08"], "0831", "1986-02-25", None, True,
  "giving up power under pressure: accede to a leadership change 0831 (08), target the rival who takes office; Tuesday "
  "in a Wednesday paper")
E("g05", "Ferdinand Marcos abandoned the presidency on Tuesday", A("United States", "USA", "MIL"), MARCOS, ["07", "04"], "075",
  "1986-02-25", None, False, "U.S. helicopters flying him out: optional (a means of the flight, no agent clause)")
E("g05", "The helicopters carried the party to Clark", A("United States", "USA", "MIL"), MARCOS, ["07", "04"], "075",
  "1986-02-26", P("Guam", "USA"), False, "the flight to Guam: optional (restates the evacuation)")
E("g05", "Secretary of State George Shultz announced within", A("George Shultz", "USA", "GOV"), AQUINO, ["05", "03"], "054",
  "1986-02-25", None, True, "recognition of a government 054 (05/03); 'within hours' of Tuesday morning")
E("g05", "The revolt began on Saturday when Defence", ENRILE, MARCOS, DEMAND, "1041", "1986-02-22", None, True,
  "demand that the president resign 1041 (10/02) in a 'when' clause with its own agents; Saturday; first of the compound")
E("g05", "The revolt began on Saturday when Defence", A("Fidel Ramos", "PHL", "MIL"), MARCOS, DEMAND, "1041", "1986-02-22",
  None, False, "second member of the compound: optional")
E("g05", "The revolt began on Saturday when Defence", ENRILE, MARCOS, ["14", "17"], "140", "1986-02-22", None, False,
  "barricading in the camps as defiance: optional")
E("g05", "blocked the tanks and armoured personnel carriers", PHLCVL, PHLMIL, ["14"], "144", "1986-02-23", None, True,
  "civilians blocking the tanks: obstruct passage 144 (14); Sunday")
E("g05", "blocked the tanks and armoured personnel carriers", A("Jaime Sin", "PHL", "REL"), PHLCVL, DEMAND, "020",
  "1986-02", None, False, "the cardinal's appeal, a nominal inside the sentence, undated: optional")
E("g05", "blocked the tanks and armoured personnel carriers", A("Fabian Ver", "PHL", "MIL"), ENRILE, ["15", "17", "19"], "150",
  "1986-02", None, False, "sending armour against the camps, pluperfect relative clause: optional")
E("g05", "According to Senator Paul Laxalt, a close", MARCOS, A("Paul Laxalt", "USA", ["LEG", "GOV"]), ["04"], "040",
  "1986-02-24", None, False, "phone call; 'Monday night': optional (the advice below is the event)")
E("g05", "Laxalt said he told him to", A("Paul Laxalt", "USA", ["LEG", "GOV"]), MARCOS, DEMAND, "1041",
  "1986-02-24", None, True, "advice to step down: demand for a leadership change 1041 (10/02); 'him' = Marcos; the call of Monday night")
F("g05", "The Philippines has about 55 million people.", "count")
F("g05", "It was not clear where Marcos would", "speculation")

# ---------------------------------------------------------------- g06 Tokyo, Asia (Soviet Union / South Korea / Japan)
S("g06", "1983-09-02", "Asia", """
Soviet fighter downs Korean airliner near Sakhalin; U.S. says 269 aboard are feared dead

TOKYO, Japan —

A Soviet interceptor shot down a South Korean jumbo jet carrying 269 people over the Sea of Japan on Thursday after the airliner strayed into Soviet airspace near Sakhalin Island, U.S. and Japanese officials said.

Korean Air Lines Flight 007, a Boeing 747 bound from New York to Seoul by way of Anchorage, vanished from Japanese radar screens shortly before dawn. Among those on board was Larry McDonald, a Georgia congressman.

Secretary of State George Shultz, his voice shaking with anger, said in Washington that a Soviet pilot had fired a missile at the plane after tracking it for more than two hours. He denounced the attack as an act that no excuse could justify and demanded an explanation from Moscow.

The official Soviet news agency Tass said only that an unidentified aircraft had twice violated the country's border and had ignored warnings from fighters sent to intercept it. It did not say the plane had been shot down.

South Korea's foreign ministry demanded an apology and compensation and called the downing a crime against humanity. In Seoul, several thousand demonstrators burned a Soviet flag outside a downtown hotel, police said.

Japanese patrol boats searched waters off Moneron Island, west of Sakhalin, where the airliner was believed to have come down.

Japan's chief cabinet secretary, Masaharu Gotoda, said Tokyo would demand that Moscow allow its search ships into Soviet waters.

Sixty-one Americans were on the passenger list. Whether anyone survived was not known.
""")
SUNM = A("Soviet air force", "RUS", "MIL")
SUN = A("Soviet Union", "RUS", "GOV")
KOR = A("South Korea", "KOR", "GOV")
KAL = A("Korean Air Lines", "KOR", "BUS")
E("g06", "Soviet fighter downs Korean airliner near Sakhalin", SUNM, KAL, ATTACK, "190", "1983-09-01", None, False, "headline")
E("g06", "A Soviet interceptor shot down a South", SUNM, KAL, ATTACK, "190", "1983-09-01", P("Sakhalin", "RUS"), True,
  "downing of the airliner 190 (18/19/20); Thursday in a Friday paper; 'near Sakhalin Island' is named in the clause; "
  "Soviet actors are RUS as in the older owned sets")
E("g06", "said in Washington that a Soviet pilot", A("George Shultz", "USA", "GOV"), SUN, ["11"], "112", "1983-09-01",
  P("Washington", "USA"), True, "accusation 112 (11): Shultz charges that a Soviet pilot fired on the plane; the clause "
  "names Washington; the statement was made on Thursday")
E("g06", "He denounced the attack as an act", A("George Shultz", "USA", "GOV"), SUN, ["11"], "111", "1983-09-01", None, False,
  "condemnation restating the accusation: optional")
E("g06", "He denounced the attack as an act", A("George Shultz", "USA", "GOV"), SUN, DEMAND, "101", "1983-09-01", None, False,
  "demand for an explanation, second verb: optional")
E("g06", "The official Soviet news agency Tass said", A("Tass", "RUS", ["MED", "GOV"]), KAL, ["11", "01", "12"], "112",
  "1983-09", None, True, "the state agency charges the aircraft with violating the border and ignoring warnings: "
  "accusation 112 (11; 01/12 read as the implied denial), target the airliner; no day: month")
E("g06", "The official Soviet news agency Tass said", SUNM, KAL, ["17", "15"], "150", "1983-09", None, False,
  "interception inside the agency's account: optional")
E("g06", "South Korea's foreign ministry demanded an apology", KOR, SUN, DEMAND, "100", "1983-09", None, True,
  "demand for an apology and compensation 100 (10/02); no day: month")
E("g06", "South Korea's foreign ministry demanded an apology", KOR, SUN, ["11"], "111", "1983-09", None, False,
  "condemnation, second verb: optional")
E("g06", "several thousand demonstrators burned a Soviet flag", A("South Korean demonstrators", "KOR", "CVL"), SUN, ["14"],
  "141", "1983-09", P("Seoul", "KOR"), True, "demonstration with flag burning (14); the clause names Seoul; no day: month")
E("g06", "Japanese patrol boats searched waters off Moneron", A("Japanese coast guard", "JPN", "COP"), KAL, ["07", "06"], "070",
  "1983-09", P("Moneron Island", "RUS"), False, "search for the wreck: optional (no clear target)")
E("g06", "said Tokyo would demand that Moscow allow", A("Masaharu Gotoda", "JPN", "GOV"), SUN, DEMAND, "1055", "1983-09",
  None, False, "demand announced as an intention ('would demand'): optional")
F("g06", "Sixty-one Americans were on the passenger list.", "count")
F("g06", "Whether anyone survived was not known.", "speculation")

# ---------------------------------------------------------------- g07 Vienna, Europe/Eurasia (Poland)
S("g07", "1981-12-14", "Europe/Eurasia", """
Poland under martial law; Walesa held as army rounds up Solidarity leaders

VIENNA, Austria —

Poland's communist leader, General Wojciech Jaruzelski, placed the country under martial law on Sunday, and soldiers and riot police detained hundreds of leaders of the independent union Solidarity in overnight raids.

Lech Walesa, the union's chairman, was flown from Gdansk to Warsaw and was being held at a government villa outside the capital, according to Western diplomats reached by telephone from Vienna before the lines went dead.

In a dawn broadcast, Jaruzelski said a Military Council of National Salvation had taken charge to save the country from catastrophe. He accused union extremists of pushing Poland toward civil war.

The authorities banned public gatherings, closed the borders and cut telephone and telex links with the West. A curfew was imposed from 10 in the evening.

Workers at the Lenin shipyard in Gdansk, the birthplace of Solidarity, stopped work on Monday morning in defiance of the decree, travellers arriving here said. Strikes were also reported at coal mines in Silesia.

In Rome, Pope John Paul II, who was born in Poland, pleaded against bloodshed. Secretary of State Alexander Haig, speaking in Brussels, warned Moscow against any intervention and said Washington was watching closely.

Tass, the Soviet news agency, called the crackdown an internal affair of Poland.

Solidarity claims about ten million members. It was not clear how long the military council intended to rule.
""")
JARU = A("Wojciech Jaruzelski", "POL", ["GOV", "MIL"])
SOL = A("Solidarity", "POL", ["LAB", "OPP"])
POLSEC = A("Polish security forces", "POL", ["MIL", "COP"])
POL = A("Poland", "POL", "GOV")
E("g07", "Poland under martial law; Walesa held as", POLSEC, A("Lech Walesa", "POL", ["LAB", "OPP"]), REPR, "173",
  "1981-12", None, False, "headline")
E("g07", "placed the country under martial law on", JARU, A("Poland", "POL", None), COUP, "1724", "1981-12-13", None, True,
  "martial law 1724 (17/19); target the country (sector null; Solidarity accepted by country); Sunday in a Monday paper")
E("g07", "placed the country under martial law on", POLSEC, SOL, REPR, "173", "1981-12-13", None, True,
  "detention of union leaders, second clause with its own agents ('soldiers and riot police'), 'overnight' = the Sunday")
E("g07", "was flown from Gdansk to Warsaw and", POLSEC, A("Lech Walesa", "POL", ["LAB", "OPP"]), REPR, "173", "1981-12",
  None, False, "agentless passive detention inside the diplomats' account: optional")
E("g07", "He accused union extremists of pushing Poland", JARU, SOL, ["11"], "112", "1981-12-13", None, True,
  "accusation; 'He' = Jaruzelski, in the dawn broadcast of Sunday")
E("g07", "The authorities banned public gatherings, closed the", POL, A("Polish citizens", "POL", "CVL"), ["17"], "172",
  "1981-12", None, False, "ban on gatherings, border closure and cut links: administrative sanctions, restate the martial law: optional")
E("g07", "A curfew was imposed from 10 in", POL, A("Polish citizens", "POL", "CVL"), ["17"], "1723", "1981-12", None, False,
  "agentless passive curfew: optional")
E("g07", "Workers at the Lenin shipyard in Gdansk", A("Polish shipyard workers", "POL", ["LAB", "CVL"]), POL, ["14"], "143",
  "1981-12-14", P("Gdansk", "POL"), True, "strike 143 (14) against the decree; 'on Monday morning' in a Monday paper; "
  "the clause names Gdansk")
E("g07", "Strikes were also reported at coal mines", A("Polish miners", "POL", ["LAB", "CVL"]), POL, ["14"], "143",
  "1981-12", None, False, "agentless report of strikes: optional")
E("g07", "In Rome, Pope John Paul II, who", A("John Paul II", "VAT", "REL"), POL, DEMAND, "0256",
  "1981-12", P("Rome", "ITA"), False, "appeal against bloodshed 0256 (02/10), single outside reaction: optional")
E("g07", "warned Moscow against any intervention and said", A("Alexander Haig", "USA", "GOV"), A("Soviet Union", "RUS", "GOV"),
  ["13"], "130", "1981-12", P("Brussels", "BEL"), True, "warning to Moscow 130 (13); 'Moscow' = the Soviet Union; the clause names Brussels; no day: month")
E("g07", "called the crackdown an internal affair of", A("Tass", "RUS", ["MED", "GOV"]), POL, ["05"], "051", "1981-12", None,
  False, "backing from Soviet state media: optional")
F("g07", "Solidarity claims about ten million members.", "count")
F("g07", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- g08 Belgrade, Europe/Eurasia (Yugoslavia)
S("g08", "2000-10-07", "Europe/Eurasia", """
Milosevic concedes defeat after crowds storm parliament; Russia backs Kostunica

BELGRADE, Yugoslavia —

Slobodan Milosevic admitted late on Friday that he had lost last month's presidential election and congratulated Vojislav Kostunica, a day after hundreds of thousands of protesters overran the federal parliament and the state television building here.

In a televised address, the 59-year-old leader said he would stay in politics and rebuild his Socialist Party in opposition.

His surrender came hours after Russia's foreign minister, Igor Ivanov, met Kostunica in Belgrade and hailed him as the winner, ending Moscow's hesitation. Ivanov then drove to Milosevic's residence and spent more than an hour with him.

On Thursday, demonstrators who had poured into the capital from provincial towns broke through police lines and set fire to the parliament. Riot police fired tear gas at the crowd before many of them pulled back or joined the protesters. One of the convoys was led by Velimir Ilic, the opposition mayor of Cacak, whose supporters brought a bulldozer.

The Constitutional Court, which on Wednesday annulled part of the September vote, reversed itself on Friday and declared Kostunica the outright winner.

The army chief of staff, General Nebojsa Pavkovic, said the military would not intervene in politics.

European Union foreign ministers said they would meet on Monday to lift an oil embargo and a ban on flights to Yugoslavia.

Yugoslavia is made up of Serbia and Montenegro. Whether Milosevic's allies would give up their posts was not clear.
""")
MILO = A("Slobodan Milosevic", "SRB", "GOV")
KOST = A("Vojislav Kostunica", "SRB", ["OPP", "GOV"])
SRBPROT = A("Yugoslav protesters", "SRB", ["CVL", "OPP"])
SRBCOP = A("Yugoslav police", "SRB", "COP")
E("g08", "Milosevic concedes defeat after crowds storm parliament", MILO, KOST, ["08"], "0831", "2000-10-06", None, False, "headline")
E("g08", "Slobodan Milosevic admitted late on Friday that", MILO, KOST, ["08"], "0831", "2000-10-06", None, True,
  "conceding an election: accede to a leadership change 0831 (08); Friday in a Saturday paper; Yugoslav actors SRB as in "
  "the older owned sets")
E("g08", "Slobodan Milosevic admitted late on Friday that", MILO, KOST, ["05"], "051", "2000-10-06", None, False,
  "congratulation, second verb: optional")
E("g08", "Slobodan Milosevic admitted late on Friday that", SRBPROT, MILO, VPROT, "145", "2000-10-05", P("Belgrade", "SRB"), False,
  "storming of parliament inside the 'a day after' phrase, detailed in the fourth paragraph: optional (restatement)")
E("g08", "His surrender came hours after Russia's foreign", A("Igor Ivanov", "RUS", "GOV"), KOST, ["04"], "040", "2000-10-06",
  P("Belgrade", "SRB"), True, "meeting 040 (04) in an 'hours after' clause with its own agent; the clause names Belgrade; Friday")
E("g08", "His surrender came hours after Russia's foreign", A("Igor Ivanov", "RUS", "GOV"), KOST, ["05"], "054", "2000-10-06",
  None, False, "hailing him as the winner = recognition, second verb: optional")
E("g08", "Ivanov then drove to Milosevic's residence and", A("Igor Ivanov", "RUS", "GOV"), MILO, ["04"], "040", "2000-10-06",
  None, True, "second meeting; 'then' = Friday")
E("g08", "broke through police lines and set fire", SRBPROT, MILO, VPROT, "145", "2000-10-05", P("Belgrade", "SRB"), True,
  "storming and burning of parliament: violent protest 145 (14/18/17), target the government; Thursday; 'poured into "
  "the capital' in the same sentence and 'here' in the lead make the place Belgrade")
E("g08", "Riot police fired tear gas at the", SRBCOP, SRBPROT, REPR, "175", "2000-10-05", P("Belgrade", "SRB"), True,
  "tear gas 175 (17/18) at the crowd at parliament; Thursday and the place from the previous sentence (same paragraph)")
E("g08", "One of the convoys was led by", A("Velimir Ilic", "SRB", ["OPP", "GOV"]), MILO, VPROT, "140", "2000-10-05", None, False,
  "leading a convoy of protesters: optional")
E("g08", "The Constitutional Court, which on Wednesday annulled", A("Constitutional Court", "SRB", "JUD"), KOST, ["12", "17"],
  "120", "2000-10-04", None, True, "annulment of part of the vote in a relative clause with its agent, dated (Wednesday): "
  "rejection 120 (12/17), target the winner it denied")
E("g08", "The Constitutional Court, which on Wednesday annulled", A("Constitutional Court", "SRB", "JUD"), KOST, ["05", "08"],
  "050", "2000-10-06", None, False, "declaring him winner: optional (reverses the ruling)")
E("g08", "said the military would not intervene in", A("Nebojsa Pavkovic", "SRB", "MIL"), SRBPROT, ["03", "08"], "0356",
  "2000-10", None, False, "pledge of restraint: optional")
E("g08", "European Union foreign ministers said they would", A("European Union", "EUR", "IGO"), A("Yugoslavia", "SRB", "GOV"),
  ["03", "08"], "0354", "2000-10", None, False, "intent to lift sanctions 0354 (03), single outside reaction: optional")
F("g08", "Yugoslavia is made up of Serbia and", "standing situation")
F("g08", "Whether Milosevic's allies would give up their", "speculation")

# ---------------------------------------------------------------- g09 Buenos Aires, Americas (Argentina / Britain)
S("g09", "1982-04-04", "Americas", """
Argentina seizes the Falklands; Britain cuts ties and readies a fleet

BUENOS AIRES, Argentina —

Argentine troops seized the Falkland Islands on Friday after a brief fight with a small garrison of Royal Marines, and Britain responded by breaking diplomatic relations and ordering a naval task force to the South Atlantic.

The British governor, Rex Hunt, surrendered in Stanley, the islands' capital, after his residence had come under fire for about three hours. He and the marines were flown to Uruguay.

On Saturday, the U.N. Security Council demanded that Argentine forces withdraw at once, by ten votes to one, with four abstentions. Panama cast the only vote against.

Foreign Minister Nicanor Costa Mendez, who had argued his country's case in New York, said Argentina would not give up territory that had always been its own.

Prime Minister Margaret Thatcher told an emergency session of the House of Commons on Saturday that a large task force, led by the carriers Invincible and Hermes, would sail on Monday. She said the islanders' way of life would be restored.

President Reagan had telephoned General Leopoldo Galtieri, the head of Argentina's junta, on Thursday night and pressed him to call off the landing, according to the White House. The general refused to hold back his troops.

Crowds filled the Plaza de Mayo on Friday to cheer Galtieri, who appeared on the balcony of the presidential palace.

About 1,800 people live on the islands, most of them of British descent. It was not clear how long the fleet would take to reach the islands.
""")
ARGM = A("Argentine forces", "ARG", "MIL")
ARG = A("Argentina", "ARG", "GOV")
GBR = A("Britain", "GBR", "GOV")
GALT = A("Leopoldo Galtieri", "ARG", ["GOV", "MIL"])
E("g09", "Argentina seizes the Falklands; Britain cuts ties", ARGM, GBR, FORCE, "192", "1982-04-02", None, False, "headline")
E("g09", "Argentine troops seized the Falkland Islands on", ARGM, GBR, FORCE, "192", "1982-04-02", P("Falkland Islands", "FLK"), True,
  "occupation of territory 192 (19/18); Friday in a Sunday paper; target the British administration/garrison (GBR); "
  "the islands are named (FLK, the ISO code of the territory)")
E("g09", "Argentine troops seized the Falkland Islands on", GBR, ARG, SANCT, "161", "1982-04-02", None, True,
  "breaking diplomatic relations 161 (16/17), second clause with its own agent ('Britain responded by breaking')")
E("g09", "Argentine troops seized the Falkland Islands on", GBR, ARG, POSTURE, "154", "1982-04-02", None, False,
  "ordering the task force, restated in the Thatcher paragraph: optional")
E("g09", "The British governor, Rex Hunt, surrendered in", A("Rex Hunt", "GBR", "GOV"), ARGM, ["08"], "0874", "1982-04-02",
  P("Stanley", "FLK"), True, "surrender 0874 (08); the clause names Stanley; Friday (the lead)")
E("g09", "He and the marines were flown to", ARGM, A("Rex Hunt", "GBR", "GOV"), EXPEL, "174", "1982-04", None, False,
  "agentless passive removal of the governor: optional")
E("g09", "the U.N. Security Council demanded that Argentine", A("U.N. Security Council", "UNO", "IGO"), ARG, DEMAND, "1056",
  "1982-04-03", None, True, "demand for withdrawal 1056 (10/02); Saturday")
E("g09", "Foreign Minister Nicanor Costa Mendez, who had", A("Nicanor Costa Mendez", "ARG", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), ["12"], "120", "1982-04", None, True,
  "stated refusal to withdraw, answering the council's demand (12); no day: month")
E("g09", "Prime Minister Margaret Thatcher told an emergency", A("Margaret Thatcher", "GBR", "GOV"), ARG, POSTURE, "154",
  "1982-04-03", None, True, "announced dispatch of a naval task force: mobilising armed forces 154 (15; 13 read), target Argentina; "
  "Saturday; the Commons is in London but the clause names no city")
E("g09", "President Reagan had telephoned General Leopoldo Galtieri", A("Ronald Reagan", "USA", "GOV"), GALT, DEMAND, "1056",
  "1982-04-01", None, True, "urging him to call off the landing 1056 (10/02), in a phone call 'on Thursday night'; the "
  "White House is the source of the report, not the actor")
E("g09", "The general refused to hold back his", GALT, A("Ronald Reagan", "USA", "GOV"), ["12"], "120", "1982-04-01", None, True,
  "stated refusal (12) of Reagan's request; 'The general' = Galtieri; the Thursday-night call")
E("g09", "Crowds filled the Plaza de Mayo on", A("Argentine civilians", "ARG", "CVL"), GALT, ["05"], "051", "1982-04-02",
  None, False, "cheering rally: optional")
F("g09", "About 1,800 people live on the islands,", "count")
F("g09", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- g10 Santiago, Americas (Chile)
S("g10", "1988-10-07", "Americas", """
Pinochet accepts plebiscite defeat but rebuffs call for early elections

SANTIAGO, Chile —

General Augusto Pinochet acknowledged on Thursday night that Chileans had voted against eight more years of his rule, but he rejected opposition demands to bring forward the presidential election and said he would serve out his term until March 1990.

Official results gave the "No" campaign about 55 percent in Wednesday's plebiscite, against 43 percent for the general. The government withheld the figures for hours, and it was the air force commander, General Fernando Matthei, who first told reporters at dawn that the opposition had won.

Patricio Aylwin, the Christian Democrat who speaks for the 16-party "No" alliance, urged the armed forces to open talks on amending the constitution that Pinochet's regime drafted in 1980. "We extend our hand," he said.

Tens of thousands of people poured into central Santiago to celebrate on Thursday. Riot police broke up the crowds with water cannon and tear gas near the presidential palace and detained dozens of people, witnesses said. Genaro Arriagada, the director of the "No" campaign, called the crackdown a needless provocation.

The State Department praised Chileans for a peaceful vote and urged the government to respect the outcome.

Pinochet, 72, seized power in September 1973 in a coup that toppled the elected Marxist president, Salvador Allende, who died during an assault on the palace.

About 7.4 million Chileans had registered to vote. Whether the general would accept changes to his constitution remained unclear.
""")
PINO = A("Augusto Pinochet", "CHL", ["GOV", "MIL"])
CHLOPP = A("Chilean opposition", "CHL", ["OPP", "PTY"])
AYLWIN = A("Patricio Aylwin", "CHL", ["OPP", "PTY"])
CHLCOP = A("Chilean police", "CHL", "COP")
CHLCVL = A("Chilean civilians", "CHL", "CVL")
E("g10", "Pinochet accepts plebiscite defeat but rebuffs call", PINO, CHLOPP, ["12"], "120", "1988-10-06", None, False, "headline")
E("g10", "General Augusto Pinochet acknowledged on Thursday night", PINO, CHLOPP, ["12"], "120", "1988-10-06", None, True,
  "rejection of the opposition's demand for an early election (12), second verb of the sentence with the same subject; "
  "Thursday in a Friday paper")
E("g10", "General Augusto Pinochet acknowledged on Thursday night", PINO, CHLOPP, ["08", "01"], "080", "1988-10-06", None, False,
  "acknowledging the defeat: optional (a statement more than a concession)")
E("g10", "General Augusto Pinochet acknowledged on Thursday night", CHLOPP, PINO, DEMAND, "1041", "1988-10", None, False,
  "the nominal opposition demand: optional")
E("g10", "The government withheld the figures for hours", A("Fernando Matthei", "CHL", ["MIL", "GOV"]), CHLOPP, ["01", "08"],
  "010", "1988-10-06", None, False, "telling reporters the opposition won: optional")
E("g10", "urged the armed forces to open talks", AYLWIN, A("Chilean armed forces", "CHL", "MIL"), DEMAND, "026", "1988-10",
  None, True, "appeal for talks 026 (02/10); no day: month")
E("g10", "urged the armed forces to open talks", PINO, A("Chile", "CHL", None), ["17"], "172", "1980", None, False,
  "drafting a constitution in 1980: optional (not a clear event)")
E("g10", "Riot police broke up the crowds with", CHLCOP, CHLCVL, REPR, "175", "1988-10-06", P("Santiago", "CHL"), True,
  "water cannon and tear gas 175 (17/18); Thursday (previous sentence); 'near the presidential palace' = the palace in "
  "central Santiago named in the previous sentence and the dateline")
E("g10", "Riot police broke up the crowds with", CHLCOP, CHLCVL, REPR, "173", "1988-10-06", P("Santiago", "CHL"), True,
  "detentions 173, second verb of the police sentence; 'witnesses said', undisputed: required")
E("g10", "Genaro Arriagada, the director of the \"No\"", A("Genaro Arriagada", "CHL", ["OPP", "PTY"]), CHLCOP, ["11"], "111",
  "1988-10", None, False, "criticism of the police: optional (a reaction)")
E("g10", "The State Department praised Chileans for a", A("U.S. State Department", "USA", "GOV"), CHLCVL, ["05"], "051",
  "1988-10", None, False, "single outside reaction: optional")
E("g10", "The State Department praised Chileans for a", A("U.S. State Department", "USA", "GOV"), A("Chile", "CHL", "GOV"),
  DEMAND, "020", "1988-10", None, False, "outside appeal, second verb: optional")
E("g10", "seized power in September 1973 in a", PINO, A("Salvador Allende", "CHL", "GOV"), COUP, "1724", "1973-09", None, True,
  "the 1973 coup, dated background with its agent (17/19)")
E("g10", "seized power in September 1973 in a", A("Chilean armed forces", "CHL", "MIL"), A("Salvador Allende", "CHL", "GOV"),
  FORCE, "190", "1973-09", None, False, "the assault on the palace, agentless nominal in a relative clause: optional")
F("g10", "About 7.4 million Chileans had registered to", "count")
F("g10", "Whether the general would accept changes to", "speculation")

# ---------------------------------------------------------------- g11 Colombo, South Asia (Sri Lanka / India)
S("g11", "1987-07-31", "South Asia", """
Sailor clubs Rajiv Gandhi at Colombo farewell as Indian troops land in Jaffna

COLOMBO, Sri Lanka —

A Sri Lankan navy rating swung his rifle butt at Prime Minister Rajiv Gandhi during a guard of honour here on Thursday, hours after the Indian leader signed an accord meant to end the Tamil insurgency in the island's north.

Gandhi ducked and was struck on the shoulder. The sailor, identified by the navy as Vijitha Rohana Wijemuni, was overpowered by other members of the guard and taken into custody.

Gandhi and President Junius Jayewardene had signed the agreement on Wednesday at the presidential residence. Under its terms, Tamil guerrillas are to surrender their weapons within 72 hours of a ceasefire, and Sri Lanka will merge the Northern and Eastern provinces under an elected council.

The first Indian troops flew into Jaffna on Thursday to supervise the truce, at the request of the Colombo government, a defence ministry spokesman said.

Sinhalese mobs opposed to the pact burned buses and government offices in the capital and several southern towns for a third day. Police opened fire on rioters in Colombo, killing at least six people, and the government extended a round-the-clock curfew.

Prime Minister Ranasinghe Premadasa, who opposes any Indian role, stayed away from the signing. Velupillai Prabhakaran, leader of the Liberation Tigers of Tamil Eelam, has been in New Delhi since last week and has not endorsed the deal.

Tamils make up about an eighth of the island's 16 million people. It was not clear whether the Tigers would hand in their arms.
""")
GANDHI = A("Rajiv Gandhi", "IND", "GOV")
JRJ = A("Junius Jayewardene", "LKA", "GOV")
LKA = A("Sri Lanka", "LKA", "GOV")
IND = A("India", "IND", "GOV")
LKAMOB = A("Sinhalese rioters", "LKA", ["CVL", "OPP"])
LKACOP = A("Sri Lankan police", "LKA", "COP")
E("g11", "Sailor clubs Rajiv Gandhi at Colombo farewell", A("Vijitha Rohana Wijemuni", "LKA", "MIL"), GANDHI, ATTACK, "180",
  "1987-07-30", P("Colombo", "LKA"), False, "headline")
E("g11", "A Sri Lankan navy rating swung his", A("Vijitha Rohana Wijemuni", "LKA", "MIL"), GANDHI, ATTACK, "182",
  "1987-07-30", P("Colombo", "LKA"), True, "physical assault 182 (18); 'here' = Colombo; Thursday in a Friday paper; the "
  "rating is named in the next sentence (LKA/MIL)")
E("g11", "A Sri Lankan navy rating swung his", GANDHI, LKA, AGREE, "057", "1987-07-29", None, False,
  "the signing in an 'hours after' clause, dated Wednesday in the third paragraph: optional here (restatement)")
E("g11", "was overpowered by other members of the", A("Sri Lankan navy", "LKA", "MIL"), A("Vijitha Rohana Wijemuni", "LKA", "MIL"),
  REPR, "173", "1987-07-30", None, False, "detention of the assailant: optional (own side, passive)")
E("g11", "Gandhi and President Junius Jayewardene had signed", GANDHI, JRJ, AGREE, "057", "1987-07-29", P("Colombo", "LKA"), True,
  "signing of the accord 057 (05/03/08); first-mentioned direction required; Wednesday; 'the presidential residence' is "
  "in Colombo ('here' in the lead)")
E("g11", "Gandhi and President Junius Jayewardene had signed", JRJ, GANDHI, AGREE, "057", "1987-07-29", P("Colombo", "LKA"), False,
  "reverse direction: optional")
E("g11", "The first Indian troops flew into Jaffna", A("Indian troops", "IND", "MIL"), LKA, DEPLOY, "074", "1987-07-30",
  P("Jaffna", "LKA"), True, "peacekeeping deployment 074 (07/15); Thursday; the clause names Jaffna")
E("g11", "The first Indian troops flew into Jaffna", LKA, IND, DEMAND, "0234", "1987-07", None, False,
  "the request behind the deployment, nominal: optional")
E("g11", "Sinhalese mobs opposed to the pact burned", LKAMOB, LKA, VPROT, "145", "1987-07", P("Colombo", "LKA"), True,
  "riots against the accord 145 (14/18/17); 'for a third day' gives no single day: month; 'in the capital' = Colombo")
E("g11", "Police opened fire on rioters in Colombo", LKACOP, LKAMOB, REPR, "175", "1987-07", P("Colombo", "LKA"), True,
  "police firing on rioters 175 (17/18); the clause names Colombo; the paragraph's days are not single: month")
E("g11", "Police opened fire on rioters in Colombo", LKA, A("Sri Lankan civilians", "LKA", "CVL"), ["17"], "1723", "1987-07",
  None, False, "extension of the curfew, second clause: optional")
E("g11", "Prime Minister Ranasinghe Premadasa, who opposes any", A("Ranasinghe Premadasa", "LKA", "GOV"), JRJ, ["14", "12"],
  "143", "1987-07-29", None, False, "staying away from the signing = boycott 143 (14; 12 read), within one government: optional")
E("g11", "has been in New Delhi since last", A("Velupillai Prabhakaran", "LKA", ["REB", "RAD"]), IND, ["04"], "042", "1987-07",
  P("New Delhi", "IND"), False, "stay in the Indian capital: optional")
F("g11", "Tamils make up about an eighth of", "count")
F("g11", "It was not clear whether the Tigers", "speculation")

# ---------------------------------------------------------------- g12 Auckland, Pacific (New Zealand / France)
S("g12", "1985-11-23", "Pacific", """
French agents jailed for ten years over Rainbow Warrior sinking

AUCKLAND, New Zealand —

A New Zealand judge sentenced two French secret service agents to ten years in prison on Friday for the manslaughter of a photographer who drowned when the Greenpeace ship Rainbow Warrior was bombed in Auckland harbour in July.

Chief Justice Sir Ronald Davison told Major Alain Mafart and Captain Dominique Prieur that people who came to New Zealand to commit terrorist acts could not expect short sentences. The two, who had posed as a Swiss honeymoon couple, pleaded guilty this month after prosecutors dropped murder charges.

Frogmen from France's foreign intelligence service fixed two mines to the hull of the ship on the night of July 10, days before it was to lead a protest flotilla to the French nuclear test site at Mururoa. Fernando Pereira, a Portuguese-born photographer, was trapped below deck.

The French government, which admitted in September that its agents had sunk the ship, said on Friday that it would seek to have the pair serve their sentences in France.

Prime Minister David Lange ruled that out. "There will be no deals," he told reporters in Wellington.

Elaine Shaw, who coordinates Greenpeace in New Zealand, welcomed the sentences but said the officers who gave the orders had never faced a court.

French officials have hinted that Paris could block New Zealand butter and lamb from European markets if the agents stay in jail.

Greenpeace has offices in more than 15 countries. Whether France would carry out such a threat was not clear.
""")
NZCOURT = A("Ronald Davison", "NZL", "JUD")
FRAG = A("French agents", "FRA", "SPY")
FRA12 = A("France", "FRA", "GOV")
NZL = A("New Zealand", "NZL", "GOV")
LANGE = A("David Lange", "NZL", "GOV")
GP = A("Greenpeace", None, "NGO")
E("g12", "French agents jailed for ten years over", NZCOURT, FRAG, COURT, "173", "1985-11-22", None, False, "headline")
E("g12", "A New Zealand judge sentenced two French", NZCOURT, FRAG, COURT, "173", "1985-11-22", P("Auckland", "NZL"), True,
  "prison sentence 173 (17/11); Friday in a Saturday paper; the court sits in the dateline city, and the sentence "
  "names Auckland (for the harbour): Auckland")
E("g12", "A New Zealand judge sentenced two French", FRAG, GP, ATTACK, "183", "1985-07", P("Auckland", "NZL"), False,
  "the bombing in an agentless passive relative clause, 'in July', detailed in the third paragraph: optional")
E("g12", "Chief Justice Sir Ronald Davison told Major", NZCOURT, FRAG, ["11", "17"], "111", "1985-11-22", None, False,
  "the judge's rebuke, part of the sentencing: optional")
E("g12", "pleaded guilty this month after prosecutors dropped", A("New Zealand prosecutors", "NZL", "JUD"), FRAG, ["08"],
  "080", "1985-11", None, False, "dropping the murder charges: optional")
E("g12", "Frogmen from France's foreign intelligence service fixed", FRAG, GP, ATTACK, "183", "1985-07-10",
  P("Auckland", "NZL"), True, "bombing of the ship 183 (18/19/20), dated background 'on the night of July 10'; Auckland "
  "harbour is named in the lead; target the ship's owner Greenpeace (null/NGO)")
E("g12", "The French government, which admitted in September", FRA12, NZL, DEMAND, "1053", "1985-11-22", None, True,
  "request that the agents serve their sentences in France: demand for release/transfer 1053 (10/02); 'on Friday'")
E("g12", "The French government, which admitted in September", FRA12, GP, ["01", "05"], "015", "1985-09", None, False,
  "admission in a relative clause: acknowledge responsibility 015, optional (no clear target)")
E("g12", "Prime Minister David Lange ruled that out.", LANGE, FRA12, ["12"], "120", "1985-11-22", None, True,
  "stated rejection of the French request (12); 'that' = the transfer; same day as the request (Friday)")
E("g12", "welcomed the sentences but said the officers", A("Elaine Shaw", None, "NGO"), FRA12, ["11"], "111", "1985-11",
  None, True, "criticism that those who ordered the bombing went unpunished (11); target the French state; no day: month")
E("g12", "French officials have hinted that Paris could", FRA12, NZL, ["13"], "1312", "1985-11", None, False,
  "hinted trade threat, conditional: optional (a threat only hinted)")
F("g12", "Greenpeace has offices in more than 15", "count")
F("g12", "Whether France would carry out such a", "speculation")

if __name__ == "__main__":
    write(HERE)
