#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the seventh owned evaluation set (owned7) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned7/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT  # noqa: E402


ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
CEASE = ["08", "03", "05"]
DEPLOY = ["07", "15"]
RULING = ["12", "17", "11"]

# ---------------------------------------------------------------- u01 Mogadishu, Africa
S("u01", "1992-12-09", "Africa", """
U.S. Marines land in Mogadishu to guard famine relief

MOGADISHU, Somalia —

Hundreds of U.S. Marines and Navy commandos came ashore on the beaches of Mogadishu before dawn on Wednesday and seized the city's airport and seaport, the first step of a U.N.-backed operation to get food to Somalia's starving people.

The landing met no armed resistance. Television crews waiting on the sand lit the troops with their camera lights, and a Marine spokesman, Col. Fred Peck, later called the welcome more of a media event than a military one.

The U.N. Security Council authorised the mission on Dec. 3, and President George Bush ordered the troops in the next day, saying armed gangs had stolen relief food while Somalis starved.

The two main warlords, General Mohamed Farah Aidid and Ali Mahdi Mohamed, whose militias have fought over the capital since 1991, both welcomed the Americans. Robert Oakley, Washington's special envoy, met Aidid at his compound on Tuesday and urged him to pull his gunmen and their armed pickups off the streets.

Relief agencies said their convoys had been looted at gunpoint for months. CARE, which trucks food to the inland town of Baidoa, asked the Marines to secure the road there as soon as possible.

Aidid told reporters that his men would not fight the foreigners.

An estimated 300,000 Somalis have died of hunger and disease since the civil war began. Whether the troops would disarm the militias was not clear.
""")
USMIL = A("U.S. Marines", "USA", "MIL")
SOMC = A("Somalia", "SOM", None)
AIDID = A("Mohamed Farah Aidid", "SOM", ["REB", "MIL"])
MAHDI = A("Ali Mahdi Mohamed", "SOM", ["REB", "GOV"])
OAKLEY = A("Robert Oakley", "USA", "GOV")
E("u01", "U.S. Marines land in Mogadishu to guard", USMIL, SOMC, DEPLOY, "074", "1992-12-09", P("Mogadishu", "SOM"), False,
  "headline")
E("u01", "came ashore on the beaches of Mogadishu", USMIL, SOMC, DEPLOY, "074", "1992-12-09", P("Mogadishu", "SOM"), True,
  "troops arriving to protect relief 074 (07/15, owned6); no government in Somalia: the country with sector null; "
  "the clause names Mogadishu")
E("u01", "seized the city's airport and seaport, the", USMIL, SOMC, DEPLOY, "074", "1992-12-09", P("Mogadishu", "SOM"),
  False, "second clause of the landing, unopposed: optional")
E("u01", "The U.N. Security Council authorised the mission", A("U.N. Security Council", "UNO", "IGO"),
  A("United States", "USA", "GOV"), ["05", "03"], "050", "1992-12-03", None, False,
  "authorisation of a mission: coders split (support / agree / no event): optional")
E("u01", "ordered the troops in the next day", A("George Bush", "USA", "GOV"), SOMC, DEPLOY, "074", "1992-12-04", None,
  True, "announced decision to deploy (07/15); 'the next day' after Dec. 3 = Dec. 4; dated background: required")
E("u01", "saying armed gangs had stolen relief food", A("George Bush", "USA", "GOV"),
  A("Somali armed gangs", "SOM", ["CRM", "REB"]), ["11"], "112", "1992-12-04", None, False,
  "accusation inside the justification: optional")
E("u01", "whose militias have fought over the capital", AIDID, MAHDI, ["19", "18"], "190", None, None, False,
  "standing conflict in a relative clause: optional, undated")
E("u01", "both welcomed the Americans", AIDID, USMIL, ["05", "03"], "050", "1992-12", None, True,
  "welcome of the troops (05); compound subject of two core actors: both required; undated: month")
E("u01", "both welcomed the Americans", MAHDI, USMIL, ["05", "03"], "050", "1992-12", None, True,
  "second core member of the compound subject")
E("u01", "met Aidid at his compound on Tuesday", OAKLEY, AIDID, ["04"], "040", "1992-12-08", None, True,
  "meeting (04); 'his compound' names no place; Tuesday before the Wednesday landing")
E("u01", "urged him to pull his gunmen and", OAKLEY, AIDID, DEMAND, "020", "1992-12-08", None, True,
  "'him' = Aidid; appeal to withdraw fighters; second act of the sentence, same day")
E("u01", "convoys had been looted at gunpoint for", A("Somali armed gangs", "SOM", ["CRM", "REB"]),
  A("relief agencies", None, "NGO"), ["17"], "171", None, None, False,
  "agentless passive with no agent the story names, standing for months: optional")
E("u01", "asked the Marines to secure the road", A("CARE", None, "NGO"), USMIL, DEMAND, "020", "1992-12", None, True,
  "request for protection by an aid agency (02/10); undated: month")
E("u01", "told reporters that his men would not", AIDID, USMIL, ["03"], "030", "1992-12", None, False,
  "stated intention not to fight: optional")
F("u01", "An estimated 300,000 Somalis have died of", "casualty count")
F("u01", "Whether the troops would disarm the militias", "speculation")

# ---------------------------------------------------------------- u02 Khasavyurt, Europe/Eurasia
S("u02", "1996-09-01", "Europe/Eurasia", """
Lebed and Chechen rebels sign deal to end war, defer independence question

KHASAVYURT, Russia —

Alexander Lebed, President Boris Yeltsin's security chief, and the Chechen rebel commander Aslan Maskhadov signed an agreement here on Saturday that ends 20 months of war and puts off the question of Chechnya's independence for five years.

Under the accord, which the two men signed shortly before midnight in a sports hall in this Dagestani town, a joint commission will run Chechnya's affairs and a decision on its status will be taken by the end of 2001.

Tim Guldimann, a Swiss diplomat who heads the mission of the Organisation for Security and Cooperation in Europe in Grozny, brokered the talks and witnessed the signing.

The rebels stormed back into Grozny on Aug. 6 and trapped thousands of federal troops in the city. On Aug. 19 the acting federal commander, General Konstantin Pulikovsky, threatened to bomb the city and gave civilians 48 hours to leave. Lebed overruled him and agreed a truce with Maskhadov three days later.

Interior Minister Anatoly Kulikov, whose troops bore the brunt of the fighting, accused Lebed of surrendering to the separatists. Lebed has demanded his dismissal.

Movladi Udugov, the rebels' spokesman, called the deal a victory for the Chechen people. Yeltsin made no comment on Saturday.

Tens of thousands of people, most of them civilians, have died in the war. It was not clear whether the Kremlin would honour the accord.
""")
LEBED = A("Alexander Lebed", "RUS", "GOV")
MASK = A("Aslan Maskhadov", "RUS", ["REB", "MIL"])
CHREB = A("Chechen rebels", "RUS", ["REB", "MIL"])
RUSMIL = A("Russian federal troops", "RUS", "MIL")
E("u02", "Lebed and Chechen rebels sign deal to", LEBED, CHREB, AGREE, "057", "1996-08-31", None, False, "headline")
E("u02", "signed an agreement here on Saturday that", LEBED, MASK, AGREE, "057", "1996-08-31", P("Khasavyurt", "RUS"), True,
  "signed agreement 057; joint event: first-mentioned party (Lebed) as source required; Chechen rebels RUS/REB; "
  "'here' with the dateline = Khasavyurt")
E("u02", "signed an agreement here on Saturday that", MASK, LEBED, AGREE, "057", "1996-08-31", P("Khasavyurt", "RUS"),
  False, "reverse direction of the joint event")
E("u02", "which the two men signed shortly before", LEBED, MASK, AGREE, "057", "1996-08-31", P("Khasavyurt", "RUS"),
  False, "restatement ('the two men'; 'this Dagestani town' with the dateline)")
E("u02", "brokered the talks and witnessed the signing", A("Tim Guldimann (OSCE)", None, "IGO"),
  A("Russia", "RUS", "GOV"), ["04"], "045", "1996-08", None, True,
  "mediation 045; OSCE country null/IGO (like ECOWAS); the first party of the talks as target; undated: month")
E("u02", "brokered the talks and witnessed the signing", A("Tim Guldimann (OSCE)", None, "IGO"), CHREB, ["04"], "045",
  "1996-08", None, False, "second party of the mediated talks")
E("u02", "The rebels stormed back into Grozny on", CHREB, RUSMIL, FORCE, "192", "1996-08-06", P("Grozny", "RUS"), True,
  "capture of a city (owned6: 192, 19/18); dated background")
E("u02", "trapped thousands of federal troops in the", CHREB, RUSMIL, ["19", "17"], "191", "1996-08-06", P("Grozny", "RUS"),
  False, "encirclement, second act of the sentence: optional")
E("u02", "threatened to bomb the city and gave", A("Konstantin Pulikovsky", "RUS", "MIL"), CHREB, ["13"], "138",
  "1996-08-19", None, True, "threat of military attack 138 against the rebel-held city; 'On Aug. 19'")
E("u02", "gave civilians 48 hours to leave", A("Konstantin Pulikovsky", "RUS", "MIL"),
  A("Grozny civilians", "RUS", "CVL"), ["13", "10"], "139", "1996-08-19", None, False,
  "ultimatum to civilians, second act: optional")
E("u02", "Lebed overruled him and agreed a truce", LEBED, A("Konstantin Pulikovsky", "RUS", "MIL"), ["12"], "120",
  "1996-08-22", None, False, "overruling a subordinate: optional")
E("u02", "agreed a truce with Maskhadov three days", LEBED, MASK, CEASE, "0871", "1996-08-22", None, True,
  "agreed ceasefire (08/03/05, owned6); 'three days later' after Aug. 19 = Aug. 22")
E("u02", "accused Lebed of surrendering to the separatists", A("Anatoly Kulikov", "RUS", "GOV"), LEBED, ["11"], "112",
  "1996-08", None, True, "accusation; undated: month")
E("u02", "Lebed has demanded his dismissal", LEBED, A("Anatoly Kulikov", "RUS", "GOV"), DEMAND, "1041", "1996-08",
  None, True, "'his' = Kulikov; demand for a change of leadership (10/02); present perfect, undated: month")
E("u02", "called the deal a victory for the", A("Movladi Udugov", "RUS", ["REB", "MIL"]), LEBED, ["05"], "051",
  "1996-08", None, False, "comment on the deal: hardly an event, optional")
F("u02", "Tens of thousands of people, most of", "casualty count")
F("u02", "It was not clear whether the Kremlin", "speculation")

# ---------------------------------------------------------------- u03 Desert Fox, Middle East
S("u03", "1998-12-17", "Middle East", """
U.S. and British missiles pound Baghdad; Russia recalls envoys in protest

BAGHDAD, Iraq —

American and British warships and bombers fired waves of cruise missiles at Baghdad and other Iraqi cities overnight, after U.N. weapons inspectors reported that President Saddam Hussein's government had blocked their work.

Explosions shook the capital from shortly after midnight, and anti-aircraft fire lit the sky for hours. Iraqi officials said at least 25 civilians had been killed on the first night; the figure could not be checked.

President Bill Clinton said on Wednesday that the strikes were meant to degrade Iraq's ability to build weapons of mass destruction. Prime Minister Tony Blair said Britain had acted with great reluctance.

The attack came a day after Richard Butler, the chief U.N. inspector, told the Security Council that Iraq had not kept its promise to cooperate. His teams left Baghdad for Bahrain on Wednesday morning.

Iraq's foreign minister, Mohammed Saeed al-Sahhaf, called the raids a cowardly aggression and accused Butler of writing his report to order for Washington.

Russia recalled its ambassadors from Washington and London on Thursday, and President Boris Yeltsin demanded that the bombing stop at once. China also called for an immediate halt.

Saddam appeared on state television in military uniform and told Iraqis that they would be victorious.

Whether the strikes would go on for several days was not known.
""")
USAM = A("U.S. forces", "USA", ["MIL", "GOV"])
GBRM = A("British forces", "GBR", ["MIL", "GOV"])
IRQG = A("Iraq", "IRQ", ["GOV", "MIL"])
BUTLER = A("Richard Butler (UNSCOM)", "UNO", "IGO")
SAHHAF = A("Mohammed Saeed al-Sahhaf", "IRQ", "GOV")
E("u03", "U.S. and British missiles pound Baghdad; Russia", USAM, IRQG, FORCE, "195", "1998-12", P("Baghdad", "IRQ"),
  False, "headline")
E("u03", "Russia recalls envoys in protest", A("Russia", "RUS", "GOV"), A("United States", "USA", "GOV"), ["16"], "161",
  "1998-12-17", None, False, "headline")
E("u03", "fired waves of cruise missiles at Baghdad", USAM, IRQG, FORCE, "195", "1998-12", P("Baghdad", "IRQ"), True,
  "missile strikes 195 (19/18); compound subject of two core actors: both required; 'overnight' from a Thursday "
  "paper crosses midnight: month")
E("u03", "fired waves of cruise missiles at Baghdad", GBRM, IRQG, FORCE, "195", "1998-12", P("Baghdad", "IRQ"), True,
  "second core member of the compound subject")
E("u03", "after U.N. weapons inspectors reported that President", BUTLER, IRQG, ["11"], "112", "1998-12", None, False,
  "lead summary of Butler's report detailed later: optional")
E("u03", "the strikes were meant to degrade Iraq's", A("Bill Clinton", "USA", "GOV"), IRQG, FORCE, "195", "1998-12-16",
  None, False, "restatement of the strikes in reported speech: optional")
E("u03", "told the Security Council that Iraq had", BUTLER, IRQG, ["11"], "112", "1998-12", None, True,
  "report of non-compliance as an accusation (11); chief inspector UNO/IGO; 'a day after' an attack that crosses "
  "midnight: month")
E("u03", "His teams left Baghdad for Bahrain on", BUTLER, IRQG, ["16", "08"], "1662", "1998-12-16", P("Baghdad", "IRQ"),
  True, "withdrawal of inspectors 1662 (16; a retreat 08 also read); 'His' = Butler; Wednesday")
E("u03", "called the raids a cowardly aggression and", SAHHAF, A("United States", "USA", "GOV"), ["11"], "111", "1998-12",
  None, True, "condemnation; undated: month; the raids' first-named author as target")
E("u03", "accused Butler of writing his report to", SAHHAF, BUTLER, ["11"], "112", "1998-12", None, True,
  "accusation, second act of the sentence with its own target")
E("u03", "Russia recalled its ambassadors from Washington and", A("Russia", "RUS", "GOV"),
  A("United States", "USA", "GOV"), ["16"], "161", "1998-12-17", None, True,
  "recalling one's envoys 161; compound object: the first target required; 'Washington' and 'London' are actors")
E("u03", "Russia recalled its ambassadors from Washington and", A("Russia", "RUS", "GOV"), A("Britain", "GBR", "GOV"),
  ["16"], "161", "1998-12-17", None, False, "second target")
E("u03", "Yeltsin demanded that the bombing stop at", A("Boris Yeltsin", "RUS", "GOV"), A("United States", "USA", "GOV"),
  DEMAND, "100", "1998-12-17", None, True, "demand to stop the bombing; same sentence as Thursday's recall")
E("u03", "China also called for an immediate halt", A("China", "CHN", "GOV"), A("United States", "USA", "GOV"), DEMAND,
  "100", "1998-12", None, False, "single outside reaction: optional; 'also' with no day: month")
F("u03", "civilians had been killed on the first", "unverified casualty count")
F("u03", "Whether the strikes would go on for", "speculation")

# ---------------------------------------------------------------- u04 Lima hostage raid, Americas
S("u04", "1997-04-23", "Americas", """
Peruvian commandos storm Japanese envoy's residence, free 71 hostages

LIMA, Peru —

Peruvian commandos stormed the Japanese ambassador's residence here on Tuesday afternoon, freeing 71 hostages held for four months by Tupac Amaru rebels and killing all 14 of their captors, President Alberto Fujimori said.

One hostage, Supreme Court Justice Carlos Giusti, and two officers died in the assault.

About 140 soldiers burst into the compound through tunnels dug beneath it, moments after explosions tore through the ground floor where the rebels were playing football.

The rebels seized the residence during a reception on Dec. 17 and demanded the release of some 400 jailed comrades. Fujimori refused to free them. The guerrillas let most of their hundreds of guests go within days but kept 72 men.

Talks mediated by Archbishop Juan Luis Cipriani and a Red Cross official, Michel Minnig, had stalled for weeks. Nestor Cerpa, the group's leader, had accused the government of stalling.

Prime Minister Ryutaro Hashimoto of Japan thanked Fujimori for the rescue but said he regretted that Tokyo had not been told of the raid in advance.

Relatives of the rebels accused the troops of killing guerrillas who had tried to surrender. The government denied the charge.

Tupac Amaru, which once had hundreds of fighters, is now thought to number fewer than 100.
""")
PERM = A("Peruvian commandos", "PER", "MIL")
PERG = A("Peru", "PER", "GOV")
FUJI = A("Alberto Fujimori", "PER", "GOV")
MRTA = A("Tupac Amaru rebels", "PER", ["REB", "RAD"])
E("u04", "Peruvian commandos storm Japanese envoy's residence, free", PERM, MRTA, FORCE, "190", "1997-04-22", None,
  False, "headline")
E("u04", "stormed the Japanese ambassador's residence here on", PERM, MRTA, FORCE, "190", "1997-04-22", P("Lima", "PER"),
  True, "armed rescue raid against the rebels (19/18); 'here' with the dateline = Lima; Tuesday")
E("u04", "killing all 14 of their captors, President", PERM, MRTA, ATTACK, "190", "1997-04-22", P("Lima", "PER"), False,
  "second act of the raid: optional")
E("u04", "burst into the compound through tunnels dug", PERM, MRTA, FORCE, "190", "1997-04-22", None, False,
  "restatement of the raid")
E("u04", "The rebels seized the residence during a", MRTA, A("Japan (ambassador's residence and guests)", "JPN", None),
  ["18", "17"], "181", "1996-12-17", None, True,
  "hostage-taking 181 (owned5); premises are the country with sector null; 'Dec. 17' before an April paper = 1996")
E("u04", "demanded the release of some 400 jailed", MRTA, PERG, DEMAND, "1041", "1996-12-17", None, True,
  "demand for the release of prisoners (10/02); coordinated with the dated seizure")
E("u04", "Fujimori refused to free them", FUJI, MRTA, ["12"], "124", None, None, True,
  "stated refusal 12 (owned6); 'them' = the jailed comrades; no date in the text")
E("u04", "let most of their hundreds of guests", MRTA, A("hostages' governments", None, "GOV"), ["08"], "0841", None, None,
  False, "release of most guests, vague target: optional")
E("u04", "Talks mediated by Archbishop Juan Luis Cipriani", A("Juan Luis Cipriani", "PER", "REL"), PERG, ["04"], "045",
  None, None, True, "nominal mediation with its agent in the phrase: required; Peruvian archbishop; undated")
E("u04", "Talks mediated by Archbishop Juan Luis Cipriani", A("Michel Minnig (Red Cross)", None, "NGO"), PERG, ["04"],
  "045", None, None, False, "outside member of the compound agent: optional")
E("u04", "had accused the government of stalling", A("Nestor Cerpa", "PER", ["REB", "RAD"]), PERG, ["11"], "112", None,
  None, False, "undated pluperfect accusation in the rebels' account: optional")
E("u04", "thanked Fujimori for the rescue but said", A("Ryutaro Hashimoto", "JPN", "GOV"), FUJI, ["05"], "051", "1997-04",
  None, True, "praise (051); Japan is a core party (its residence); undated: month")
E("u04", "Relatives of the rebels accused the troops", A("relatives of the rebels", "PER", "CVL"), PERM, ["11"], "112",
  "1997-04", None, True, "accusation (asserted; the killings inside it are alleged); undated: month")
E("u04", "The government denied the charge", PERG, A("relatives of the rebels", "PER", "CVL"), DENY, "016", "1997-04",
  None, False, "denial in a follow-up sentence: optional")
F("u04", "One hostage, Supreme Court Justice Carlos Giusti", "casualty count")
F("u04", "which once had hundreds of fighters, is", "standing situation")

# ---------------------------------------------------------------- u05 Nepal royal takeover, South Asia
S("u05", "2005-02-02", "South Asia", """
Nepal's king sacks government, seizes power and declares emergency

KATHMANDU, Nepal —

King Gyanendra dismissed the government of Prime Minister Sher Bahadur Deuba on Tuesday, declared a state of emergency and took direct control of Nepal, saying the politicians had failed to hold elections or end a Maoist revolt.

Soldiers surrounded the homes of political leaders in Kathmandu within hours of the king's televised address on Tuesday morning. Deuba was placed under house arrest, and Madhav Kumar Nepal, the general secretary of the Communist Party of Nepal (Unified Marxist-Leninist), was detained at his home, according to party officials.

Telephone and internet lines across the kingdom were cut, and armed troops patrolled the streets of the capital. Army officers were posted in newsrooms to check reports before publication.

India, Nepal's largest aid donor, called the takeover a serious setback to democracy. The United States and Britain urged the king to restore civil liberties and free the detained politicians.

Arjun Narasingha KC, a spokesman for the Nepali Congress party, denounced what he called a royal coup and said the party would launch a peaceful movement against it.

The king said he would form a cabinet under his own chairmanship and restore peace within three years.

The Maoists, who have fought for nine years to abolish the monarchy, have not yet responded to the takeover.
""")
KING = A("King Gyanendra", "NPL", "GOV")
NPLG = A("Nepal (Deuba government)", "NPL", "GOV")
NPLM = A("Nepalese army", "NPL", "MIL")
NPLO = A("Nepalese political leaders", "NPL", ["PTY", "OPP"])
E("u05", "Nepal's king sacks government, seizes power and", KING, NPLG, ["17", "19"], "1724", "2005-02-01", None, False,
  "headline")
E("u05", "dismissed the government of Prime Minister Sher", KING, NPLG, ["17", "19"], "1724", "2005-02-01", None, True,
  "royal takeover: dismissal of the government (coup roots 17/19, declared takeover 1724); Tuesday")
E("u05", "declared a state of emergency and took", KING, A("Nepal", "NPL", None), ["17", "19"], "1724", "2005-02-01", None,
  True, "declared emergency 1724 (17/19); second act of the sentence with its own target, the country")
E("u05", "saying the politicians had failed to hold", KING, NPLO, ["11"], "112", "2005-02-01", None, False,
  "blame inside the justification: optional")
E("u05", "Soldiers surrounded the homes of political leaders", NPLM, NPLO, ["19", "17"], "191", "2005-02-01",
  P("Kathmandu", "NPL"), True,
  "cordon around homes (owned6: 191, 19/17); unnamed troops of the story's country; within hours of a morning "
  "address: same day")
E("u05", "Deuba was placed under house arrest, and", NPLM, A("Sher Bahadur Deuba", "NPL", ["GOV", "PTY"]), ["17"], "173",
  "2005-02", None, True, "house arrest in an agentless passive, the army implied: required; no day in the sentence: "
                         "month")
E("u05", "was detained at his home, according to", NPLM, A("Madhav Kumar Nepal", "NPL", ["PTY", "OPP"]), ["17"], "173",
  "2005-02", None, True, "detention in an agentless passive; a person named Nepal, not the country; month")
E("u05", "Telephone and internet lines across the kingdom", A("Nepal (royal government)", "NPL", ["GOV", "MIL"]),
  A("Nepal", "NPL", None), ["17"], "1721", "2005-02", None, True,
  "cutting communications in an agentless passive (owned6: 1721), the royal government implied: required; month")
E("u05", "armed troops patrolled the streets of the", NPLM, A("Nepal", "NPL", None), ["15", "17"], "150", "2005-02",
  P("Kathmandu", "NPL"), False, "show of force, second clause: optional; 'the capital' = Kathmandu")
E("u05", "Army officers were posted in newsrooms to", NPLM, A("Nepalese press", "NPL", "MED"), ["17"], "1721", "2005-02",
  None, False, "censorship, restatement of the curbs: optional")
E("u05", "called the takeover a serious setback to", A("India", "IND", "GOV"), KING, ["11"], "111", "2005-02", None, False,
  "single outside reaction: optional (owned5)")
E("u05", "urged the king to restore civil liberties", A("United States", "USA", "GOV"), KING, DEMAND, "104", "2005-02",
  None, False, "pair of outside parties: optional for each")
E("u05", "urged the king to restore civil liberties", A("Britain", "GBR", "GOV"), KING, DEMAND, "104", "2005-02", None,
  False, "second member of the pair")
E("u05", "denounced what he called a royal coup", A("Arjun Narasingha KC", "NPL", ["PTY", "OPP"]), KING, ["11"], "111",
  "2005-02", None, True, "condemnation by a party spokesman the text describes; undated: month")
E("u05", "the party would launch a peaceful movement", A("Nepali Congress", "NPL", ["PTY", "OPP"]), KING, ["14"], "140",
  "2005-02", None, False, "mere intention to protest: optional")
F("u05", "The king said he would form a", "future")
F("u05", "have not yet responded to the takeover", "negated")

# ---------------------------------------------------------------- u06 Ivory Coast, Africa (dateline Paris)
S("u06", "2004-11-07", "Africa", """
France wipes out Ivorian air force after raid kills nine French soldiers

PARIS, France —

French forces destroyed most of Ivory Coast's small air force on Saturday, hours after two Ivorian warplanes bombed a French peacekeeping base in the rebel-held town of Bouake and killed nine French soldiers and an American civilian.

President Jacques Chirac ordered the retaliation and telephoned Ivorian President Laurent Gbagbo to demand an explanation, his office said. French troops then took control of the airport in Abidjan, the commercial capital.

Gbagbo's government said the strike on the base had been a mistake. Its jets had been bombing rebel positions in the north since Thursday, breaking an 18-month ceasefire.

In Abidjan, thousands of young government supporters armed with clubs and machetes attacked French homes and schools overnight and tried to force their way into the French military camp near the airport. Charles Ble Goude, the leader of the Young Patriots movement, called on state radio for Ivorians to resist the French.

The rebels of the New Forces, who hold the north, accused Gbagbo of trying to wreck the peace deal signed near Paris last year.

The U.N. Security Council met in emergency session in New York on Saturday night and condemned the attack on the French base.

About 4,000 French soldiers serve in Ivory Coast alongside U.N. peacekeepers. It was not clear how many people had been hurt in Abidjan.
""")
FRAM = A("French forces", "FRA", "MIL")
CIVM = A("Ivorian air force", "CIV", "MIL")
CIVG = A("Ivory Coast (Gbagbo government)", "CIV", "GOV")
GBAGBO = A("Laurent Gbagbo", "CIV", "GOV")
CIVR = A("New Forces rebels", "CIV", "REB")
YP = A("Young Patriots (government supporters)", "CIV", ["CVL", "PTY"])
E("u06", "France wipes out Ivorian air force after", FRAM, CIVM, FORCE, "190", "2004-11-06", None, False, "headline")
E("u06", "raid kills nine French soldiers", CIVM, FRAM, FORCE, "195", "2004-11", None, False, "headline (nominal raid)")
E("u06", "French forces destroyed most of Ivory Coast's", FRAM, CIVM, FORCE, "190", "2004-11-06", None, True,
  "retaliatory attack on aircraft (19/18); Saturday; no place named (the Paris dateline is not the place)")
E("u06", "two Ivorian warplanes bombed a French peacekeeping", CIVM, FRAM, FORCE, "195", "2004-11", P("Bouake", "CIV"), True,
  "air strike 195; 'hours after' an event on Saturday may fall earlier: month; the clause names Bouake")
E("u06", "President Jacques Chirac ordered the retaliation and", A("Jacques Chirac", "FRA", "GOV"), CIVG, FORCE, "190",
  "2004-11", None, False, "order of the attack, a restatement of it: optional")
E("u06", "telephoned Ivorian President Laurent Gbagbo to demand", A("Jacques Chirac", "FRA", "GOV"), GBAGBO,
  DEMAND + ["04"], "100", "2004-11", None, True,
  "a telephone call to demand an explanation: demand (10/02; the call 04 also read); no day: month")
E("u06", "French troops then took control of the", FRAM, A("Ivory Coast", "CIV", None), FORCE, "192", "2004-11-06",
  P("Abidjan", "CIV"), True, "seizure of an airport 192 (19/18); 'then' after Saturday's attack; the clause names "
                              "Abidjan; premises are the country with sector null")
E("u06", "said the strike on the base had", CIVG, FRAM, DENY, "016", "2004-11", None, False,
  "denial of intent ('a mistake'): optional")
E("u06", "Its jets had been bombing rebel positions", CIVM, CIVR, FORCE, "195", "2004-11-04", None, True,
  "'Its' = Gbagbo's government; dated background ('since Thursday' = Nov. 4)")
E("u06", "attacked French homes and schools overnight and", YP, A("French residents", "FRA", "CVL"), VPROT, "145",
  "2004-11", P("Abidjan", "CIV"), True,
  "riot against foreign civilians (145, 14/18/17); 'overnight' crosses midnight: month; the sentence names Abidjan")
E("u06", "tried to force their way into the", YP, FRAM, VPROT, "145", "2004-11", P("Abidjan", "CIV"), False,
  "attempt, second act: optional")
E("u06", "called on state radio for Ivorians to", A("Charles Ble Goude", "CIV", ["PTY", "CVL"]), FRAM, ["14", "02", "11"],
  "140", "2004-11", None, False, "call to resist the French: coders split (incitement / protest / appeal): optional")
E("u06", "accused Gbagbo of trying to wreck the", CIVR, GBAGBO, ["11"], "112", "2004-11", None, True,
  "accusation by the rebels ('who hold the north'); undated: month")
E("u06", "the peace deal signed near Paris last", CIVG, CIVR, AGREE, "057", "2003", None, False,
  "nominal agreement without an agent in the phrase: optional; 'last year' = 2003")
E("u06", "met in emergency session in New York", A("U.N. Security Council", "UNO", "IGO"), CIVG, ["11"], "111",
  "2004-11-06", P("New York", "USA"), False, "single outside reaction: optional; the clause names New York")
F("u06", "About 4,000 French soldiers serve in Ivory", "standing situation and count")
F("u06", "It was not clear how many people", "speculation and count")

# ---------------------------------------------------------------- u07 Russia-Georgia spy row, Europe/Eurasia (dateline Moscow)
S("u07", "2006-10-03", "Europe/Eurasia", """
Russia cuts transport and postal links with Georgia despite release of officers

MOSCOW, Russia —

Russia cut all air, rail, road, sea and postal links with Georgia on Monday, hours after the Georgian authorities handed over four Russian army officers arrested there on spying charges.

The four were released in Tbilisi to Karel De Gucht, the Belgian foreign minister who chairs the Organisation for Security and Cooperation in Europe, and were flown to Moscow that evening.

Georgian police detained the officers on Wednesday and surrounded the headquarters of Russian forces in Tbilisi. Moscow recalled its ambassador, Vyacheslav Kovalenko, the next day and began to bring diplomats' families home.

President Vladimir Putin, who on Sunday likened the arrests to state terrorism, said on Monday that Georgia's leaders were relying on foreign sponsors.

In Tbilisi, the interior minister, Vano Merabishvili, said the men had run a network of agents inside Georgia's army and railways. President Mikheil Saakashvili said his country would not be intimidated.

Gennady Onishchenko, Russia's chief health inspector, banned imports of Georgian wine and mineral water in the spring, citing poor quality. Georgian officials called that ban political.

About a million Georgians are thought to live and work in Russia. It was not clear how long the links would stay cut.
""")
RUSG = A("Russia", "RUS", "GOV")
GEOG = A("Georgia", "GEO", "GOV")
RUSO = A("Russian army officers", "RUS", ["MIL", "SPY"])
PUTIN = A("Vladimir Putin", "RUS", "GOV")
E("u07", "Russia cuts transport and postal links with", RUSG, GEOG, SANCT, "163", "2006-10-02", None, False, "headline")
E("u07", "despite release of officers", GEOG, RUSO, ["08"], "0841", "2006-10", None, False, "headline (nominal release)")
E("u07", "Russia cut all air, rail, road, sea", RUSG, GEOG, SANCT, "163", "2006-10-02", None, True,
  "embargo on transport and post 163 (16/17); Monday; the Moscow dateline is not the place")
E("u07", "the Georgian authorities handed over four Russian", GEOG, RUSO, ["08"], "0841", "2006-10", None, True,
  "release of detainees 0841; 'hours after' an event on Monday may fall on Sunday: month")
E("u07", "arrested there on spying charges", A("Georgian police", "GEO", "COP"), RUSO, ["17"], "173", "2006-09", None,
  False, "participial restatement of the arrest detailed later: optional")
E("u07", "The four were released in Tbilisi to", GEOG, A("Karel De Gucht (OSCE)", None, "IGO"), ["08"], "0841", "2006-10",
  P("Tbilisi", "GEO"), False, "restatement of the hand-over in the passive: optional")
E("u07", "Georgian police detained the officers on Wednesday", A("Georgian police", "GEO", "COP"), RUSO, ["17"], "173",
  "2006-09-27", None, True, "arrest 173; dated background (Wednesday before a Tuesday paper = Sept. 27)")
E("u07", "surrounded the headquarters of Russian forces in", A("Georgian police", "GEO", "COP"),
  A("Russian forces in Georgia", "RUS", "MIL"), ["19", "17"], "191", "2006-09-27", P("Tbilisi", "GEO"), True,
  "cordon (owned6: 191, 19/17); second act with its own target; the clause names Tbilisi")
E("u07", "Moscow recalled its ambassador, Vyacheslav Kovalenko, the", RUSG, GEOG, ["16"], "161", "2006-09-28", None, True,
  "recalling one's envoy 161; 'Moscow' is an actor; 'the next day' after Sept. 27")
E("u07", "began to bring diplomats' families home", RUSG, GEOG, ["16"], "160", "2006-09-28", None, False,
  "evacuation, second act: optional")
E("u07", "who on Sunday likened the arrests to", PUTIN, GEOG, ["11"], "111", "2006-10-01", None, True,
  "condemnation in a dated relative clause: required (owned6)")
E("u07", "Georgia's leaders were relying on foreign sponsors", PUTIN, GEOG, ["11"], "112", "2006-10-02", None, False,
  "second accusation by the same speaker: optional")
E("u07", "said the men had run a network", A("Vano Merabishvili", "GEO", "GOV"), RUSO, ["11"], "112", "2006-10", None,
  True, "accusation of spying by a minister the text describes; 'the men' = the officers; undated: month")
E("u07", "said his country would not be intimidated", A("Mikheil Saakashvili", "GEO", "GOV"), RUSG, ["12"], "120",
  "2006-10", None, False, "defiance: coders split, optional")
E("u07", "banned imports of Georgian wine and mineral", A("Gennady Onishchenko", "RUS", "GOV"), GEOG, SANCT, "163",
  "2006", None, True, "import ban 163; 'in the spring' gives the year; dated background: required")
E("u07", "Georgian officials called that ban political", GEOG, RUSG, ["11"], "111", "2006", None, False,
  "criticism of the ban, undated: optional")
F("u07", "About a million Georgians are thought to", "standing situation and count")
F("u07", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- u08 Urumqi, Asia
S("u08", "2009-07-08", "Asia", """
Han Chinese mobs march in Urumqi as Hu leaves G8 summit over riots

URUMQI, China —

Thousands of Han Chinese armed with clubs, shovels and iron bars marched through Urumqi on Tuesday seeking revenge on Uighurs, two days after rioting in the regional capital killed 156 people, and police fired tear gas to hold them back.

The city's Communist Party chief, Li Zhi, stood on a police car and urged the crowd to go home. Authorities imposed a curfew on Tuesday night.

President Hu Jintao cut short a visit to Italy, where he was to attend a summit of the Group of Eight, and flew home on Wednesday, according to the official Xinhua news agency.

The violence began on Sunday, when police broke up a protest by Uighurs over the deaths of two Uighur workers in a factory brawl in southern China. Crowds then attacked Han passers-by and set buses and shops on fire.

Nur Bekri, the regional governor and himself a Uighur, blamed exiled separatists led by Rebiya Kadeer, the head of the World Uighur Congress. Speaking in Washington, Kadeer denied that she had organised the unrest and accused the police of firing on peaceful protesters.

Police said they had detained 1,434 suspects. Mobile telephone and internet services in the city have been cut.

Uighurs, a Turkic-speaking Muslim people, make up less than half of Xinjiang's 21 million people. Whether the army would be sent into the Uighur districts was unclear.
""")
HAN = A("Han Chinese crowds", "CHN", "CVL")
UIG = A("Uighurs", "CHN", ["CVL", "OPP"])
CHNP = A("Chinese police", "CHN", "COP")
KADEER = A("Rebiya Kadeer (World Uighur Congress)", "CHN", ["NGO", "OPP"])
E("u08", "Han Chinese mobs march in Urumqi as", HAN, UIG, VPROT, "145", "2009-07-07", P("Urumqi", "CHN"), False, "headline")
E("u08", "Thousands of Han Chinese armed with clubs", HAN, UIG, VPROT, "145", "2009-07-07", P("Urumqi", "CHN"), True,
  "armed mob march against another community (violent protest 14/18/17); Tuesday; the clause names Urumqi")
E("u08", "police fired tear gas to hold them", CHNP, HAN, REPR, "175", "2009-07-07", P("Urumqi", "CHN"), True,
  "repression (17/18); 'them' = the Han crowd; unnamed police of the story's country; same sentence")
E("u08", "two days after rioting in the regional", UIG, HAN, VPROT, "145", "2009-07-05", None, False,
  "nominal riot without an agent, a lead summary of Sunday's violence detailed later: optional")
E("u08", "urged the crowd to go home", A("Li Zhi", "CHN", ["GOV", "PTY"]), HAN, DEMAND, "020", "2009-07", None, True,
  "appeal by an official the text describes; no day in the sentence: month")
E("u08", "Authorities imposed a curfew on Tuesday night", A("Xinjiang authorities", "CHN", "GOV"),
  A("Urumqi residents", "CHN", "CVL"), ["17"], "1723", "2009-07-07", P("Urumqi", "CHN"), False,
  "curfew 1723; kept optional to stay within 8 required (owned6); 'on Tuesday night'")
E("u08", "when police broke up a protest by", CHNP, UIG, REPR, "175", "2009-07-05", None, True,
  "dispersal of a protest (17/18); 'on Sunday' = July 5")
E("u08", "a protest by Uighurs over the deaths", UIG, A("China", "CHN", "GOV"), ["14"], "141", "2009-07-05", None, True,
  "nominal demonstration with its agent in the phrase: required")
E("u08", "Crowds then attacked Han passers-by and set", UIG, HAN, VPROT, "145", "2009-07-05", None, True,
  "riot (14/18/17); 'Crowds' = the Uighur protesters; 'then' after Sunday's dispersal")
E("u08", "blamed exiled separatists led by Rebiya Kadeer", A("Nur Bekri", "CHN", "GOV"), KADEER, ["11"], "112",
  "2009-07", None, True, "accusation by a governor the text describes; exiled Uighur group CHN/NGO-OPP; month")
E("u08", "Kadeer denied that she had organised the", KADEER, A("China", "CHN", "GOV"), DENY, "016", "2009-07",
  P("Washington", "USA"), True, "denial (01/12); 'Speaking in Washington' names the place")
E("u08", "accused the police of firing on peaceful", KADEER, CHNP, ["11"], "112", "2009-07", P("Washington", "USA"), False,
  "second act of the sentence: optional")
E("u08", "Police said they had detained 1,434 suspects", CHNP, A("riot suspects", "CHN", "CVL"), ["17"], "173", "2009-07",
  None, False, "mass detention reported as a count: optional")
E("u08", "Mobile telephone and internet services in the", A("Xinjiang authorities", "CHN", "GOV"),
  A("Urumqi residents", "CHN", "CVL"), ["17"], "1721", "2009-07", None, False,
  "agentless passive cut of communications, present perfect: optional")
F("u08", "make up less than half of Xinjiang's", "standing situation")
F("u08", "Whether the army would be sent into", "speculation")

# ---------------------------------------------------------------- u09 Cheonan, Asia
S("u09", "2010-05-24", "Asia", """
South Korea cuts trade with North, demands apology for warship sinking

SEOUL, South Korea —

President Lee Myung-bak said on Monday that South Korea would halt nearly all trade with North Korea and bar its ships from southern waters, holding Pyongyang responsible for the sinking of a navy corvette in March.

In a televised address from the War Memorial in Seoul, Lee demanded an apology and the punishment of those responsible and said his government would take the case to the U.N. Security Council. He warned that the South would respond with force to any further armed provocation.

An investigation led by South Korea with experts from the United States, Britain, Australia and Sweden concluded on Thursday that a North Korean submarine had torpedoed the Cheonan on March 26, killing 46 sailors.

North Korea's National Defence Commission rejected the findings as a fabrication and warned that any punishment would be met with "all-out war".

Secretary of State Hillary Clinton, speaking in Beijing, called the evidence overwhelming and backed Seoul's measures. China, the North's main ally, urged both Koreas to show restraint.

Chun Hae-sung, a spokesman for the unification ministry, said the Kaesong industrial park, where about 42,000 North Koreans work for southern companies, would stay open for now.

It was not clear whether China would support any action against the North at the Security Council.
""")
LEE = A("Lee Myung-bak", "KOR", "GOV")
PRKG = A("North Korea", "PRK", "GOV")
KORG = A("South Korea", "KOR", "GOV")
NDC = A("North Korean National Defence Commission", "PRK", ["GOV", "MIL"])
E("u09", "South Korea cuts trade with North, demands", KORG, PRKG, SANCT, "163", "2010-05-24", None, False, "headline")
E("u09", "demands apology for warship sinking", KORG, PRKG, DEMAND, "100", "2010-05-24", None, False, "headline")
E("u09", "would halt nearly all trade with North", LEE, PRKG, SANCT, "163", "2010-05-24", None, True,
  "announced decision to stop trade (163, 16/17): required although worded 'would'; Monday")
E("u09", "bar its ships from southern waters", LEE, PRKG, SANCT + ["19"], "163", "2010-05-24", None, False,
  "second measure of the sentence: optional")
E("u09", "holding Pyongyang responsible for the sinking of", LEE, PRKG, ["11"], "112", "2010-05-24", None, False,
  "blame in a participle, restated by the investigation: optional; 'Pyongyang' is an actor")
E("u09", "Lee demanded an apology and the punishment", LEE, PRKG, DEMAND, "100", "2010-05", None, True,
  "demand for an apology (owned6: 100); no day in the sentence: month")
E("u09", "would take the case to the U.N.", LEE, PRKG, ["11"], "115", "2010-05", None, False,
  "intention to bring the case: optional")
E("u09", "He warned that the South would respond", LEE, PRKG, ["13"], "138", "2010-05", None, True,
  "'He' = Lee; conditional threat of force 138; month")
E("u09", "concluded on Thursday that a North Korean", A("South Korean-led investigation", "KOR", ["GOV", "MIL"]), PRKG,
  ["11"], "112", "2010-05-20", None, True, "finding that blames the North as an accusation (11); Thursday = May 20")
E("u09", "had torpedoed the Cheonan on March 26", A("North Korean navy", "PRK", "MIL"), A("South Korean navy", "KOR", "MIL"),
  ["19", "18"], "190", "2010-03-26", None, False, "attack inside a finding the North disputes: optional")
E("u09", "rejected the findings as a fabrication and", NDC, KORG, DENY, "016", "2010-05", None, True,
  "denial (01/12); undated: month")
E("u09", "warned that any punishment would be met", NDC, KORG, ["13"], "138", "2010-05", None, True,
  "threat of war; second act of the sentence; month")
E("u09", "called the evidence overwhelming and backed Seoul's", A("Hillary Clinton", "USA", "GOV"), KORG, ["05"], "051",
  "2010-05", P("Beijing", "CHN"), False, "single outside reaction: optional; 'speaking in Beijing' names the place")
E("u09", "urged both Koreas to show restraint", A("China", "CHN", "GOV"), KORG, DEMAND, "020", "2010-05", None, False,
  "outside appeal: optional; 'both Koreas': South first")
E("u09", "urged both Koreas to show restraint", A("China", "CHN", "GOV"), PRKG, DEMAND, "020", "2010-05", None, False,
  "second target")
F("u09", "where about 42,000 North Koreans work for", "standing situation and count")
F("u09", "It was not clear whether China would", "speculation")

# ---------------------------------------------------------------- u10 Shalit exchange, Middle East (dateline Cairo)
S("u10", "2011-10-18", "Middle East", """
Hamas frees Israeli soldier Shalit as Israel releases hundreds of prisoners

CAIRO, Egypt —

Hamas handed over the Israeli soldier Gilad Shalit to Egyptian mediators at the Rafah border crossing on Tuesday, ending more than five years of captivity in Gaza, and Israel began releasing 477 Palestinian prisoners in return.

Shalit, 25, was driven into Israel within hours and flown to an air base, where Prime Minister Benjamin Netanyahu and his parents were waiting.

Egyptian intelligence officials, who brokered the exchange over months of indirect talks, said the first stage had gone smoothly. A further 550 prisoners are to be freed within two months.

Hamas militants captured Shalit in a cross-border raid in June 2006 and killed two of his comrades. Israel tightened its blockade of the Gaza Strip soon afterwards.

On Monday, Israel's Supreme Court rejected petitions by relatives of people killed in attacks who sought to halt the release. Israel's cabinet had approved the deal last week by 26 votes to three.

Forty of the freed prisoners were sent into exile abroad rather than to their homes, according to Israeli officials. Ismail Haniyeh, the Hamas leader in Gaza, embraced the returning prisoners at a rally in Khan Younis and called the deal a national achievement.

Thousands of Palestinians remain in Israeli jails. Whether the exchange would revive peace talks was doubtful.
""")
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
ISRG = A("Israel", "ISR", "GOV")
SHALIT = A("Gilad Shalit", "ISR", "MIL")
PRIS = A("Palestinian prisoners", "PSE", ["CVL", "REB"])
EGYI = A("Egyptian intelligence", "EGY", ["GOV", "SPY"])
E("u10", "Hamas frees Israeli soldier Shalit as Israel", HAMAS, SHALIT, ["08"], "0841", "2011-10-18", None, False, "headline")
E("u10", "Israel releases hundreds of prisoners", ISRG, PRIS, ["08"], "0841", "2011-10-18", None, False, "headline")
E("u10", "Hamas handed over the Israeli soldier Gilad", HAMAS, SHALIT, ["08"], "0841", "2011-10-18", P("Rafah", "EGY"), True,
  "release of a captive 0841; Hamas PSE REB/GOV (news-dev); the clause names the Rafah crossing")
E("u10", "Israel began releasing 477 Palestinian prisoners in", ISRG, PRIS, ["08"], "0841", "2011-10-18", None, True,
  "release of prisoners 0841; same sentence, Tuesday")
E("u10", "who brokered the exchange over months of", EGYI, ISRG, ["04"], "045", "2011", None, True,
  "mediation 045 in a relative clause; the first party of the exchange as target; 'over months' gives the year")
E("u10", "who brokered the exchange over months of", EGYI, HAMAS, ["04"], "045", "2011", None, False,
  "second party of the mediated exchange")
E("u10", "Hamas militants captured Shalit in a cross-border", HAMAS, SHALIT, ["18", "17"], "181", "2006-06", None, True,
  "abduction 181 (owned5's hostage-taking); dated background, June 2006")
E("u10", "killed two of his comrades", HAMAS, A("Israeli soldiers", "ISR", "MIL"), ATTACK, "190", "2006-06", None, False,
  "second act of the dated raid: optional")
E("u10", "Israel tightened its blockade of the Gaza", ISRG, A("Gaza Strip", "PSE", None), ["19", "17", "16"], "191",
  "2006", None, False, "'soon afterwards' gives only the year; standing blockade: optional")
E("u10", "Israel's Supreme Court rejected petitions by relatives", A("Israeli Supreme Court", "ISR", "JUD"),
  A("relatives of attack victims", "ISR", "CVL"), ["12"], "120", "2011-10-17", None, True,
  "a court rejecting petitions 120; 'On Monday' = Oct. 17")
E("u10", "Israel's cabinet had approved the deal last", ISRG, HAMAS, AGREE, "057", "2011-10", None, True,
  "approval of the exchange deal (agreement roots 05/03/08); 'last week' from a Tuesday in mid-month: month (owned6)")
E("u10", "were sent into exile abroad rather than", ISRG, PRIS, ["17"], "174", "2011-10", None, True,
  "deportation 174 in an agentless passive, Israel implied: required; no day: month")
E("u10", "embraced the returning prisoners at a rally", A("Ismail Haniyeh", "PSE", ["GOV", "REB"]), PRIS, ["05"], "051",
  "2011-10", P("Khan Younis", "PSE"), False, "welcome of the prisoners: optional")
F("u10", "A further 550 prisoners are to be", "future terms")
F("u10", "Whether the exchange would revive peace talks", "speculation")

# ---------------------------------------------------------------- u11 Cuba protests, Americas
S("u11", "2021-07-13", "Americas", """
Cuba blames Washington as rare protests sweep island; hundreds detained

HAVANA, Cuba —

Cuban police detained hundreds of people after thousands took to the streets across the island on Sunday in the largest protests against the Communist government in decades, rights groups said on Tuesday.

The protests began in San Antonio de los Banos, a town southwest of Havana, where residents angry over food shortages, power cuts and the handling of the pandemic marched shouting "Freedom". Within hours crowds had gathered in Havana and dozens of other towns. Some protesters overturned police cars and looted state stores.

President Miguel Diaz-Canel went on television on Sunday afternoon and called on the revolution's supporters to take to the streets to confront what he called provocations. He blamed the United States embargo for the shortages.

Jose Daniel Ferrer, the leader of the opposition Patriotic Union of Cuba, was arrested in Santiago on Sunday, his group said. A YouTube personality, Dina Stars, was taken away by police during a live interview with a Spanish television channel.

Mobile internet service was cut across much of the country on Monday.

Foreign Minister Bruno Rodriguez accused Washington of financing a campaign to destabilise Cuba. President Joe Biden said the United States stood with the Cuban people and urged the government to refrain from violence.

Cubalex, a legal advice group, said it had a list of more than 150 people missing or detained. It was unclear whether further protests were planned.
""")
CUBP = A("Cuban police", "CUB", "COP")
CUBG = A("Cuba", "CUB", "GOV")
PROT = A("Cuban protesters", "CUB", ["CVL", "OPP"])
DIAZ = A("Miguel Diaz-Canel", "CUB", "GOV")
USAG = A("United States", "USA", "GOV")
E("u11", "Cuba blames Washington as rare protests sweep", CUBG, USAG, ["11"], "112", "2021-07", None, False, "headline")
E("u11", "rare protests sweep island; hundreds detained", PROT, CUBG, ["14"], "141", "2021-07-11", None, False, "headline")
E("u11", "Cuban police detained hundreds of people after", CUBP, PROT, ["17"], "173", "2021-07", None, True,
  "mass arrests 173; the day is not given (after Sunday): month")
E("u11", "after thousands took to the streets across", PROT, CUBG, ["14"], "141", "2021-07-11", None, True,
  "demonstration against the government; 'on Sunday' = July 11")
E("u11", "where residents angry over food shortages, power", PROT, CUBG, ["14"], "141", "2021-07-11",
  P("San Antonio de los Banos", "CUB"), False, "detail of the first protest: optional")
E("u11", "Some protesters overturned police cars and looted", PROT, CUBP, VPROT, "145", "2021-07", None, True,
  "violent protest (14/18/17); no day: month")
E("u11", "called on the revolution's supporters to take", DIAZ, A("government supporters", "CUB", ["CVL", "PTY"]),
  DEMAND, "020", "2021-07-11", None, True, "appeal to supporters (02/10); 'on Sunday afternoon'")
E("u11", "He blamed the United States embargo for", DIAZ, USAG, ["11"], "112", "2021-07", None, True,
  "'He' = Diaz-Canel; accusation; no day in the sentence: month")
E("u11", "was arrested in Santiago on Sunday, his", CUBP, A("Jose Daniel Ferrer", "CUB", ["OPP", "PTY"]), ["17"], "173",
  "2021-07-11", P("Santiago de Cuba", "CUB"), True,
  "arrest in an agentless passive, police implied; reported by his group and undisputed; 'Santiago' is Santiago de "
  "Cuba, not Chile's capital")
E("u11", "was taken away by police during a", CUBP, A("Dina Stars", "CUB", ["CVL", "MED"]), ["17"], "173", "2021-07", None,
  True, "detention of a person the text describes, passive with its agent; no day: month")
E("u11", "Mobile internet service was cut across much", CUBG, A("Cuba", "CUB", None), ["17"], "1721", "2021-07-12", None,
  False, "cut of communications in an agentless passive; kept optional to stay within 8 required")
E("u11", "accused Washington of financing a campaign to", A("Bruno Rodriguez", "CUB", "GOV"), USAG, ["11"], "112",
  "2021-07", None, True, "accusation; 'Washington' is an actor; undated: month")
E("u11", "said the United States stood with the", A("Joe Biden", "USA", "GOV"), PROT, ["05"], "051", "2021-07", None,
  False, "single outside reaction: optional")
E("u11", "urged the government to refrain from violence", A("Joe Biden", "USA", "GOV"), CUBG, DEMAND, "020", "2021-07",
  None, False, "outside appeal: optional")
F("u11", "said it had a list of more", "count")
F("u11", "It was unclear whether further protests were", "speculation")

# ---------------------------------------------------------------- u12 Samoa, Pacific
S("u12", "2021-05-25", "Pacific", """
Samoa's opposition swears in first woman premier in a tent after parliament is locked

APIA, Samoa —

Fiame Naomi Mata'afa was sworn in as Samoa's first woman prime minister in a marquee outside the locked parliament building here on Monday, after the speaker barred her party from the chamber in defiance of a court order.

Prime Minister Tuilaepa Sailele Malielegaoi, who has governed the Pacific nation since 1998, refused to hand over power. He called the ceremony treason and an illegal takeover.

The Supreme Court had ruled late on Sunday that parliament must meet on Monday, overturning a proclamation by the head of state, Tuimalealiifano Va'aletoa Sualauvi II, which suspended its opening. On May 17 the same court quashed his decree calling a fresh election.

Fiame's FAST party, with the backing of an independent, holds 26 of the 51 elected seats after the April 9 election.

Olinda Woodroffe, a FAST lawmaker, said the party had followed the court's ruling and its members had done nothing illegal. Lawyers for the party asked the Supreme Court on Monday evening to confirm that the swearing-in was valid.

Hundreds of supporters sang hymns around the tent as the new ministers took their oaths.

Australia and New Zealand urged all sides to respect the rule of law and the decisions of the courts.

It was not clear whether the police would let the new ministers into their offices.
""")
TUIL = A("Tuilaepa Sailele Malielegaoi", "WSM", ["GOV", "PTY"])
FAST = A("FAST party", "WSM", ["PTY", "OPP"])
FIAME = A("Fiame Naomi Mata'afa", "WSM", ["PTY", "OPP", "GOV"])
SPEAK = A("Samoan speaker of parliament", "WSM", ["LEG", "GOV"])
WSMJ = A("Samoan Supreme Court", "WSM", "JUD")
HOS = A("Tuimalealiifano Va'aletoa Sualauvi II", "WSM", "GOV")
E("u12", "in a tent after parliament is locked", SPEAK, FAST, ["17", "12"], "172", "2021-05-24", P("Apia", "WSM"), False,
  "headline")
E("u12", "after the speaker barred her party from", SPEAK, FAST, ["17", "12"], "172", "2021-05", P("Apia", "WSM"), True,
  "barring elected members from parliament: a restriction (172; defiance 12 also read); 'her party' = Fiame's FAST; "
  "'here' with the dateline = Apia; before the Monday ceremony, no day of its own: month")
E("u12", "refused to hand over power", TUIL, FIAME, ["12"], "124", "2021-05", None, True,
  "stated refusal to yield (12); undated: month")
E("u12", "He called the ceremony treason and an", TUIL, FAST, ["11"], "112", "2021-05", None, True,
  "'He' = Tuilaepa; accusation of treason; month")
E("u12", "The Supreme Court had ruled late on", WSMJ, HOS, RULING, "120", "2021-05-23", None, False,
  "a court setting aside a decree: coders split (owned5, owned6 t05): optional; 'late on Sunday' = May 23")
E("u12", "On May 17 the same court quashed", WSMJ, HOS, RULING, "120", "2021-05-17", None, False,
  "a court setting aside a decree: optional (as above)")
E("u12", "said the party had followed the court's", A("Olinda Woodroffe", "WSM", ["PTY", "OPP", "LEG"]), TUIL, DENY, "016",
  "2021-05", None, True, "denial of the treason charge by a lawmaker the text describes; month")
E("u12", "Lawyers for the party asked the Supreme", FAST, WSMJ, DEMAND, "020", "2021-05-24", None, True,
  "request to a court (02/10); 'on Monday evening'")
E("u12", "Hundreds of supporters sang hymns around the", A("FAST supporters", "WSM", ["CVL", "PTY"]), None, ["14"], "141",
  "2021-05-24", P("Apia", "WSM"), False, "rally with no target: optional")
E("u12", "urged all sides to respect the rule", A("Australia", "AUS", "GOV"), A("Samoa", "WSM", "GOV"), DEMAND, "020",
  "2021-05", None, False, "pair of outside parties: optional for each")
E("u12", "urged all sides to respect the rule", A("New Zealand", "NZL", "GOV"), A("Samoa", "WSM", "GOV"), DEMAND, "020",
  "2021-05", None, False, "second member of the pair")
F("u12", "holds 26 of the 51 elected seats", "standing situation and count")
F("u12", "It was not clear whether the police", "speculation")


if __name__ == "__main__":
    write(HERE)
