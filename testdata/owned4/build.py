#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the fourth owned evaluation set (owned4) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned4/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import COUP, AGREE, DEMAND, DENY, VPROT, REPR, SANCT, CLASH  # noqa: E402


ATTACK = ["18", "19", "20"]
AIR = ["19", "18"]

# ---------------------------------------------------------------- r01 Taiwan Strait, Asia
S("r01", "1996-03-11", "Asia", """
U.S. sends second carrier group as China fires missiles near Taiwan

TAIPEI, Taiwan —

The United States ordered a second aircraft carrier battle group toward Taiwan on Monday, three days after China fired missiles into waters off the island's two busiest ports ahead of its first direct presidential election.

Defense Secretary William Perry said the USS Nimitz would join the USS Independence, which had been moved into waters east of Taiwan over the weekend. He called the Chinese tests "reckless" and said Washington wanted Beijing to know it had a strong interest in the region's stability.

The People's Liberation Army launched three ballistic missiles on Friday into target zones near Keelung and Kaohsiung, forcing ships and airliners to change course. Beijing announced on Saturday that live-fire naval and air exercises would follow in the strait this week.

Chinese Foreign Ministry spokesman Shen Guofang accused Washington of meddling in China's internal affairs and said the drills were aimed at "splittists" seeking independence for the island.

Taiwan's President Lee Teng-hui urged residents to stay calm and said the island's armed forces had been placed on alert. His government asked Beijing to halt the tests and to resume talks that were suspended last year.

Officials in Taipei said there was no sign of an imminent invasion. Whether the show of force would hurt Lee at the polls on March 23 was unclear, analysts said.
""")
USAG = A("United States", "USA", "GOV")
USAM = A("U.S. Navy", "USA", ["MIL", "GOV"])
CHNG = A("China", "CHN", "GOV")
CHNM = A("People's Liberation Army", "CHN", ["MIL", "GOV"])
TWNG = A("Taiwan", "TWN", "GOV")
PERRY = A("William Perry", "USA", "GOV")
E("r01", "U.S. sends second carrier group", USAG, CHNG, ["15"], "150", "1996-03-11", None, False,
  "headline; show of force aimed at China")
E("r01", "China fires missiles near Taiwan", CHNM, TWNG, ["15", "13"], "150", "1996-03-08", None, False,
  "headline; missile tests as a show of force (15; a coder reading them as a threat uses 13)")
E("r01", "ordered a second aircraft carrier battle group toward", USAG, CHNG, ["15"], "150", "1996-03-11", None, True,
  "naval deployment as a show of force; directed at China, not Taiwan; 154 (mobilise forces) is the same root")
E("r01", "three days after China fired missiles", CHNM, TWNG, ["15", "13"], "150", "1996-03-08", None, False,
  "lead summary of para 3 ('three days after' Monday = Friday 8 March)")
E("r01", "Perry said the USS Nimitz would join", PERRY, CHNG, ["15"], "150", "1996-03", None, False,
  "restates the lead's order through reported speech")
E("r01", "which had been moved into waters east of Taiwan", USAM, CHNG, ["15"], "150", "1996-03", None, True,
  "agentless passive in a relative clause; agent (the U.S.) implied; 'over the weekend' spans two days: month; "
  "'waters east of Taiwan' is no named place")
E("r01", 'He called the Chinese tests "reckless"', PERRY, CHNG, ["11"], "111", "1996-03", None, True,
  "'He' = Perry; criticism; Perry's remarks carry no day of their own: month")
E("r01", "launched three ballistic missiles on Friday", CHNM, TWNG, ["15", "13"], "150", "1996-03-08",
  P("Keelung", "TWN"), True,
  "missile tests into target zones off Taiwan; place: the clause names Keelung and Kaohsiung (Keelung first)")
E("r01", "Beijing announced on Saturday that live-fire naval", CHNG, TWNG, ["15", "13"], "150", "1996-03-09", None, True,
  "announced exercises (announced decision with 'would': required); 138 (threaten force) is the tolerant reading")
E("r01", "accused Washington of meddling in China's internal", A("Shen Guofang", "CHN", "GOV"), USAG, ["11"], "112",
  "1996-03", None, True, "'Washington' is the U.S. government, not a place; undated: month")
E("r01", 'said the drills were aimed at "splittists"', A("Shen Guofang", "CHN", "GOV"), TWNG, ["11"], "112", "1996-03",
  None, False, "second accusation, aimed at the Taiwanese leadership; implicit target")
E("r01", "urged residents to stay calm and said", A("Lee Teng-hui", "TWN", "GOV"), A("Taiwanese residents", "TWN", "CVL"),
  ["02", "10"], "020", "1996-03", None, False, "domestic appeal for calm")
E("r01", "armed forces had been placed on alert", A("Taiwanese armed forces", "TWN", ["MIL", "GOV"]), CHNG, ["15"], "152",
  "1996-03", None, True, "reported speech + agentless passive; raising military alert status (152); undated: month")
E("r01", "His government asked Beijing to halt the tests", TWNG, CHNG, ["02", "10"], "0256", "1996-03", None, True,
  "'His' = Lee; appeal for de-escalation of military engagement")
E("r01", "resume talks that were suspended last year", CHNG, TWNG, ["16", "12"], "164", "1995", None, False,
  "agentless passive (Beijing suspended the talks in 1995, not said here): halt negotiations, optional")
F("r01", "there was no sign of an imminent invasion", "negated")
F("r01", "Whether the show of force would hurt Lee", "speculation")

# ---------------------------------------------------------------- r02 Cambodia, Asia
S("r02", "1997-07-08", "Asia", """
Hun Sen tightens grip on Phnom Penh as rival calls fighting a coup

PHNOM PENH, Cambodia —

Second Prime Minister Hun Sen went on national television on Monday and said his co-premier, Prince Norodom Ranariddh, would be arrested and put on trial if he came home, a day after troops loyal to Hun Sen routed the prince's forces in the capital.

Two days of fighting between the rival factions' soldiers left parts of the city in ruins. Tanks shelled Funcinpec positions near Pochentong airport on Saturday, and the prince's main base fell on Sunday. Soldiers then looted shops and factories along the airport road.

Hun Sen accused Ranariddh of smuggling weapons into the country and of secretly negotiating with Khmer Rouge guerrillas, and he urged Funcinpec to choose a new first prime minister.

Ranariddh, who flew to France on Friday, called the attack "a coup d'etat" and asked foreign governments not to recognise Hun Sen's government. Speaking in Paris, he said he had never smuggled any arms.

Ho Sok, a senior Funcinpec official, was shot dead on Monday after being detained at the interior ministry, party officials said. The U.N. human rights office in Phnom Penh said it was investigating the killing.

The United States condemned the violence and said it was reviewing its aid to Cambodia.

It was not clear how many people had died. Diplomats said Cambodia's planned entry into ASEAN later this month could now be in doubt.
""")
HUN = A("Hun Sen", "KHM", "GOV")
RAN = A("Norodom Ranariddh", "KHM", ["GOV", "PTY", "OPP"])
HUNM = A("troops loyal to Hun Sen", "KHM", "MIL")
FUNM = A("Ranariddh's (Funcinpec) forces", "KHM", ["MIL", "PTY"])
FUN = A("Funcinpec", "KHM", ["PTY", "GOV"])
E("r02", "as rival calls fighting a coup", RAN, HUN, ["11"], "112", "1997-07", None, False, "headline")
E("r02", "would be arrested and put on trial", HUN, RAN, ["13"], "130", "1997-07-07", None, True,
  "conditional threat of arrest and trial (no CAMEO code for a threat to arrest: 130; 137 also root 13)")
E("r02", "troops loyal to Hun Sen routed the prince's", HUNM, FUNM, ["19", "18"], "190", "1997-07-06",
  P("Phnom Penh", "KHM"), True, "'a day after' Monday = Sunday; 'in the capital' = Phnom Penh")
E("r02", "Two days of fighting between the rival factions'", HUNM, FUNM, CLASH, "190", "1997-07", None, False,
  "nominal joint event with no first-mentioned party (owned2): both directions optional; spans 5-6 July: month")
E("r02", "Two days of fighting between the rival factions'", FUNM, HUNM, CLASH, "190", "1997-07", None, False, "reverse")
E("r02", "Tanks shelled Funcinpec positions near Pochentong airport", HUNM, FUNM, ["19", "18"], "194", "1997-07-05",
  P("Pochentong airport", "KHM"), True, "the tanks are Hun Sen's (implied by the lead); artillery and tanks 194")
E("r02", "the prince's main base fell on Sunday", HUNM, FUNM, ["19", "18"], "192", "1997-07-06", None, False,
  "agentless; restates the lead's rout")
E("r02", "Soldiers then looted shops and factories", HUNM, A("shops and factories", "KHM", "BUS"), ["17", "18"], "171",
  "1997-07", None, False, "looting = seizing property 171; 'then' after Sunday: month; soldiers implied Hun Sen's")
E("r02", "Hun Sen accused Ranariddh of smuggling weapons", HUN, RAN, ["11"], "112", "1997-07", None, True,
  "undated: month; the smuggling and the negotiating are alleged, not events")
E("r02", "he urged Funcinpec to choose a new first", HUN, FUN, ["02", "10"], "0241", "1997-07", None, False,
  "appeal for leadership change; optional (partly a restatement of the threat's aim)")
E("r02", 'called the attack "a coup d\'etat"', RAN, HUN, ["11"], "112", "1997-07", None, True,
  "accusation; the place (Paris) is named only in the next sentence")
E("r02", "asked foreign governments not to recognise Hun", RAN, A("foreign governments", None, "GOV"), ["02"], "022",
  "1997-07", None, False, "appeal for diplomatic support (non-recognition); second event of the sentence")
E("r02", "he said he had never smuggled any", RAN, HUN, DENY, "016", "1997-07", P("Paris", "FRA"), True,
  "denial of Hun Sen's charge; 'Speaking in Paris' names where he acted")
E("r02", "was shot dead on Monday after being", A("unnamed killers", None, None), A("Ho Sok", "KHM", ["PTY", "GOV"]), ["18", "20"],
  "1823", "1997-07-07", None, False, "agentless killing of a detainee; no agent named (owned3 casualty rule): optional")
E("r02", "said it was investigating the killing", A("U.N. human rights office", "UNO", "IGO"),
  A("Cambodia", "KHM", ["GOV", "MIL"]), ["09"], "092", "1997-07", P("Phnom Penh", "KHM"), True,
  "investigation of a human rights abuse; target the Cambodian authorities (implied)")
E("r02", "The United States condemned the violence", USAG, A("Cambodia", "KHM", ["GOV", "MIL"]), ["11"], "111", "1997-07",
  None, True, "condemnation; target the Cambodian authorities")
E("r02", "said it was reviewing its aid to", USAG, A("Cambodia", "KHM", "GOV"), ["01", "13", "16"], "014", "1997-07",
  None, False, "considering a policy option (aid review); tolerant with a threat to cut aid")
F("r02", "It was not clear how many people", "unknown count")
F("r02", "Diplomats said Cambodia's planned entry into ASEAN", "speculation")

# ---------------------------------------------------------------- r03 Ethiopia/Eritrea, Africa
S("r03", "1998-06-06", "Africa", """
Ethiopian jets bomb Asmara airport; Eritrea strikes back at Mekele

ADDIS ABABA, Ethiopia —

Ethiopian warplanes bombed the airport in the Eritrean capital Asmara on Friday, and within hours Eritrean jets attacked the northern Ethiopian city of Mekele, sharply widening a border war that began last month.

Ethiopia's government said the raid on Asmara was a response to Eritrean shelling of Adigrat and other towns in the Tigray region earlier in the day. Eritrean officials said two Ethiopian aircraft had been shot down.

In Mekele, bombs fell near a school and a market, killing dozens of civilians, regional officials said. Eritrea denied that its pilots had targeted civilians.

Prime Minister Meles Zenawi told parliament that Ethiopia would use "all necessary means" to drive Eritrean troops out of Badme and other areas they had occupied since May 6. President Isaias Afwerki accused Addis Ababa of planning the war and said Eritrea would not withdraw from land it regarded as its own.

The Organisation of African Unity appealed to both countries to stop the fighting, and the United States and Rwanda, which presented a peace plan last week, urged them to accept it.

Foreign governments began moving their citizens out of Asmara. Neither side has given casualty figures for the ground fighting. The border around Badme has never been clearly marked.
""")
ETHM = A("Ethiopian air force", "ETH", ["MIL", "GOV"])
ERIM = A("Eritrean forces", "ERI", ["MIL", "GOV"])
ETHG = A("Ethiopia", "ETH", "GOV")
ERIG = A("Eritrea", "ERI", "GOV")
E("r03", "Ethiopian jets bomb Asmara airport", ETHM, A("Eritrea", "ERI", None), AIR, "195", "1998-06-05", None, False,
  "headline")
E("r03", "Eritrea strikes back at Mekele", ERIM, A("Ethiopia", "ETH", None), AIR, "195", "1998-06-05", None, False,
  "headline, second event")
E("r03", "Ethiopian warplanes bombed the airport in the Eritrean", ETHM, A("Eritrea", "ERI", None), AIR, "195",
  "1998-06-05", P("Asmara", "ERI"), True,
  "air strike; target is infrastructure: the country with sector null (owned3)")
E("r03", "Eritrean jets attacked the northern Ethiopian city", ERIM, A("Ethiopia", "ETH", None), AIR, "195", "1998-06-05",
  P("Mekele", "ETH"), True, "retaliatory air strike; 'within hours' of Friday's raid")
E("r03", "Eritrean shelling of Adigrat and other towns", ERIM, A("Ethiopia", "ETH", None), ["19", "18"], "194",
  "1998-06-05", P("Adigrat", "ETH"), True,
  "nominal event inside reported speech, not disputed in the story: asserted (SCHEMA); 'earlier in the day' = Friday")
E("r03", "Ethiopia's government said the raid on Asmara", ETHG, ERIG, ["11"], "112", "1998-06", None, False,
  "the justification blames Eritrea; optional")
E("r03", "two Ethiopian aircraft had been shot down", ERIM, ETHM, ["19", "18"], "190", "1998-06", None, False,
  "one side's unconfirmed claim, agentless pluperfect: optional")
E("r03", "bombs fell near a school and a market", ERIM, A("Mekele civilians", "ETH", "CVL"), AIR, "195", "1998-06-05",
  P("Mekele", "ETH"), False, "agentless; restates the Mekele raid with its toll")
E("r03", "Eritrea denied that its pilots had targeted", ERIG, ETHG, DENY, "016", "1998-06", None, True,
  "denial; undated: month")
E("r03", 'Ethiopia would use "all necessary means"', A("Meles Zenawi", "ETH", "GOV"), ERIG, ["13"], "138", "1998-06",
  None, True, "threat of military force; telling parliament is no place")
E("r03", "other areas they had occupied since May", ERIM, ETHG, ["19"], "192", "1998-05-06", P("Badme", "ETH"), True,
  "dated background: the May 6 occupation; Badme was under Ethiopian administration until then (coded ETH, like "
  "the administered-territory rule for Kashmir); the clause in Meles's speech is asserted, not disputed as an act")
E("r03", "accused Addis Ababa of planning the war", A("Isaias Afwerki", "ERI", "GOV"), ETHG, ["11"], "112", "1998-06",
  None, True, "'Addis Ababa' is the Ethiopian government, not a place")
E("r03", "said Eritrea would not withdraw from land", A("Isaias Afwerki", "ERI", "GOV"), ETHG, ["12"], "1246",
  "1998-06", None, False, "refusal to de-escalate; a stated refusal, optional")
E("r03", "The Organisation of African Unity appealed to both", A("Organisation of African Unity", "AFR", "IGO"), ETHG,
  ["02", "10"], "0256", "1998-06", None, True,
  "OAU coded like the African Union (AFR/IGO); 'both countries': first-mentioned target (Ethiopia) required")
E("r03", "The Organisation of African Unity appealed to both", A("Organisation of African Unity", "AFR", "IGO"), ERIG,
  ["02", "10"], "0256", "1998-06", None, False, "second target")
E("r03", "which presented a peace plan last week", USAG, ETHG, ["04", "03"], "045", "1998-05", None, False,
  "mediation by the U.S. and Rwanda (relative clause); 'last week' before Saturday 6 June = end of May")
E("r03", "urged them to accept it", USAG, ETHG, ["02", "10"], "027", "1998-06", None, False,
  "reaction by a pair (owned2): optional; 'them' = both countries")
E("r03", "urged them to accept it", A("Rwanda", "RWA", "GOV"), ETHG, ["02", "10"], "027", "1998-06", None, False,
  "second member of the pair")
F("r03", "Neither side has given casualty figures for", "negated; counts")
F("r03", "The border around Badme has never been", "standing situation")

# ---------------------------------------------------------------- r04 Kargil, Asia
S("r04", "1999-07-05", "Asia", """
Sharif agrees to seek Kargil pullback after Clinton talks

NEW DELHI, India —

Pakistan's Prime Minister Nawaz Sharif agreed on Sunday to take concrete steps to restore the Line of Control in Kashmir, after three hours of talks with President Bill Clinton in Washington.

A joint statement issued after the meeting said the two leaders had agreed that the armed intruders in the Kargil mountains must withdraw. Clinton told Sharif he would take a personal interest in reviving talks between India and Pakistan, but only once the fighters had gone back.

In Kashmir, Indian troops recaptured Tiger Hill, a peak overlooking the Srinagar-Leh highway, early on Sunday after an overnight assault, the army said. Indian aircraft have bombed positions on the heights since May 26.

India's Foreign Minister Jaswant Singh welcomed the statement but said the infiltrators must leave unconditionally. He again accused the Pakistani army of sending its own soldiers across the line disguised as militants.

Islamabad has denied that regular troops are involved and describes the fighters as Kashmiri freedom fighters.

Militant groups fighting in Kashmir rejected the Washington accord and vowed to stay on the peaks. It was not clear whether Sharif could persuade them, analysts said. More than 300 Indian soldiers have died since the fighting began in May.
""")
SHA = A("Nawaz Sharif", "PAK", "GOV")
CLI = A("Bill Clinton", "USA", "GOV")
INDM = A("Indian troops", "IND", "MIL")
INTR = A("intruders on the Kargil heights", "PAK", ["MIL", "REB"])
PAKG = A("Pakistan", "PAK", "GOV")
JAS = A("Jaswant Singh", "IND", "GOV")
WAS = P("Washington", "USA")
E("r04", "Sharif agrees to seek Kargil pullback", SHA, CLI, AGREE, "0356", "1999-07-04", None, False, "headline")
E("r04", "Kargil pullback after Clinton talks", SHA, CLI, ["04"], "040", "1999-07-04", None, False, "headline, talks")
E("r04", "Nawaz Sharif agreed on Sunday to take concrete", SHA, CLI, AGREE, "0356", "1999-07-04", WAS, True,
  "commitment to de-escalate, agreed with Clinton; place named in the sentence")
E("r04", "after three hours of talks with President", SHA, CLI, ["04"], "040", "1999-07-04", WAS, True,
  "nominal event; first-mentioned party (Sharif) as source")
E("r04", "after three hours of talks with President", CLI, SHA, ["04"], "040", "1999-07-04", WAS, False, "reverse")
E("r04", "the two leaders had agreed that the armed", SHA, CLI, AGREE, "030", "1999-07-04", None, False,
  "restates the agreement ('the two leaders')")
E("r04", "the two leaders had agreed that the armed", CLI, SHA, AGREE, "030", "1999-07-04", None, False, "reverse")
E("r04", "Clinton told Sharif he would take a personal", CLI, SHA, ["03", "04"], "039", "1999-07-04", None, False,
  "conditional offer to help revive talks (intent to mediate); optional")
E("r04", "Indian troops recaptured Tiger Hill, a peak", INDM, INTR, ["19", "18"], "190", "1999-07-04",
  P("Tiger Hill", "IND"), True,
  "Indian-administered Kashmir coded IND (news-dev); intruders coded PAK as the story's accusations frame them")
E("r04", "Indian aircraft have bombed positions on the heights", A("Indian air force", "IND", "MIL"), INTR, AIR, "195",
  "1999", None, True, "present perfect since May 26 (ongoing): year; 'the heights' named no place in the clause")
E("r04", "Jaswant Singh welcomed the statement but said", JAS, PAKG, ["05"], "051", "1999-07", None, False,
  "welcomes a joint U.S.-Pakistan statement; optional")
E("r04", "said the infiltrators must leave unconditionally", JAS, PAKG, DEMAND, "1056", "1999-07", None, True,
  "demand for withdrawal (de-escalation); addressed to Pakistan")
E("r04", "He again accused the Pakistani army of sending", JAS, A("Pakistani army", "PAK", "MIL"), ["11"], "112",
  "1999-07", None, True, "'He' = Singh; the sending is alleged, not an event")
E("r04", "Islamabad has denied that regular troops are involved", PAKG, A("India", "IND", "GOV"), DENY, "016", "1999",
  None, True, "present perfect, undated: year; 'Islamabad' is the Pakistani government")
E("r04", "rejected the Washington accord and vowed to", A("Kashmiri militant groups", None, ["REB", "RAD"]), PAKG,
  ["12"], "127", "1999-07", None, True,
  "rejection of an agreement; militants of no stated nationality: country null; target Pakistan as the party that "
  "signed the accord")
F("r04", "It was not clear whether Sharif could", "speculation")
F("r04", "More than 300 Indian soldiers have died", "casualty count")

# ---------------------------------------------------------------- r05 Haiti, Americas
S("r05", "2004-03-01", "Americas", """
Aristide says U.S. forced him out; Marines patrol Haitian capital

PORT-AU-PRINCE, Haiti —

Former President Jean-Bertrand Aristide said on Monday that American soldiers had forced him to leave Haiti, a day after he flew into exile as rebels closed in on the capital.

Speaking by telephone from the Central African Republic, Aristide told reporters he was the victim of "a modern coup d'etat" and had been taken away against his will. Secretary of State Colin Powell rejected the claim as "absolutely baseless" and said Aristide had asked for help to leave.

Aristide resigned early on Sunday and boarded a U.S. aircraft with his wife. Hours later Boniface Alexandre, the head of the Supreme Court, was sworn in as interim president.

The U.N. Security Council unanimously authorised a multinational force for Haiti late on Sunday, and the first U.S. Marines landed at the airport that night. France and Canada said they would also send troops.

Rebel leader Guy Philippe, whose fighters seized the northern city of Cap-Haitien on Feb. 22, said his men would lay down their weapons once foreign troops took control. The revolt began in early February, when rebels seized the city of Gonaives.

Gangs loyal to Aristide looted shops and set up burning barricades in Port-au-Prince on Sunday before police returned to the streets.

The unrest has killed about 100 people since the revolt began. It was unclear how long the foreign troops would stay.
""")
ARI = A("Jean-Bertrand Aristide", "HTI", ["GOV", "ELI"])
USAGM = A("United States", "USA", ["GOV", "MIL"])
HTIR = A("Haitian rebels", "HTI", "REB")
HTIG = A("Haiti", "HTI", "GOV")
UNSC = A("U.N. Security Council", "UNO", "IGO")
E("r05", "Aristide says U.S. forced him out", ARI, USAGM, ["11"], "112", "2004-03-01", None, False, "headline")
E("r05", "Marines patrol Haitian capital", A("U.S. Marines", "USA", "MIL"), HTIG, ["07", "15"], "074", "2004-03",
  P("Port-au-Prince", "HTI"), False, "headline; peacekeeping deployment 07/15")
E("r05", "said on Monday that American soldiers had forced", ARI, USAGM, ["11"], "112", "2004-03-01", None, True,
  "accusation; the forcing itself is alleged (and denied), not an event")
E("r05", "a day after he flew into exile", ARI, HTIR, ["08"], "0831", "2004-02-29", None, False,
  "lead summary of the resignation in para 3")
E("r05", 'he was the victim of "a modern', ARI, USAGM, ["11"], "112", "2004-03-01", P("Central African Republic", "CAF"),
  False, "restates the accusation; 'Speaking by telephone from' names where he was")
E("r05", 'rejected the claim as "absolutely baseless"', A("Colin Powell", "USA", "GOV"), ARI, DENY, "016", "2004-03",
  None, True, "denial of Aristide's charge; undated in its sentence: month")
E("r05", "said Aristide had asked for help to", ARI, USAG, ["02"], "023", "2004-02", None, False,
  "nested reported speech; the request is disputed by Aristide: alleged, optional")
E("r05", "Aristide resigned early on Sunday and boarded", ARI, HTIR, ["08"], "0831", "2004-02-29", None, True,
  "resignation under pressure; the rebels closing in are the implied target (news-dev d09 rule)")
E("r05", "unanimously authorised a multinational force for Haiti", UNSC, HTIG, ["05", "07", "03"], "050", "2004-02-29",
  None, True, "authorisation of a force (owned3: 050 with 05/07/03); New York not named: no place")
E("r05", "the first U.S. Marines landed at the airport", A("U.S. Marines", "USA", "MIL"), HTIG, ["07", "15"], "074",
  "2004-02-29", P("Port-au-Prince", "HTI"), True,
  "landing of a peacekeeping force 074 (07/15); 'the airport' with the dateline = Port-au-Prince")
E("r05", "France and Canada said they would also", A("France", "FRA", "GOV"), HTIG, ["03", "07"], "0334", "2004-03",
  None, False, "intention ('would also send', owned): optional; compound subject")
E("r05", "France and Canada said they would also", A("Canada", "CAN", "GOV"), HTIG, ["03", "07"], "0334", "2004-03",
  None, False, "second member of the pair")
E("r05", "whose fighters seized the northern city of Cap-Haitien", HTIR, HTIG, ["19", "18"], "192", "2004-02-22",
  P("Cap-Haitien", "HTI"), True, "dated background inside a relative clause; 'whose' = Philippe's")
E("r05", "said his men would lay down their", A("Guy Philippe", "HTI", "REB"), HTIG, ["03", "08"], "0356", "2004-03",
  None, False, "conditional promise to disarm: optional")
E("r05", "when rebels seized the city of Gonaives", HTIR, HTIG, ["19", "18"], "192", "2004-02", P("Gonaives", "HTI"), True,
  "dated background ('early February'): month")
E("r05", "Gangs loyal to Aristide looted shops and set", A("pro-Aristide gangs", "HTI", ["CVL", "CRM", "PTY"]),
  A("Haitian businesses", "HTI", "BUS"), VPROT, "145", "2004-02-29", P("Port-au-Prince", "HTI"), True,
  "riot: looting and burning barricades; violent-protest roots; target the shops (a coder using the government as "
  "target is equally careful)")
F("r05", "The unrest has killed about 100 people", "casualty count")
F("r05", "It was unclear how long the foreign", "speculation")

# ---------------------------------------------------------------- r06 Aceh, Asia
S("r06", "2005-08-15", "Asia", """
Indonesia and Aceh rebels sign peace deal in Helsinki

HELSINKI, Finland —

Indonesia's government and the Free Aceh Movement signed a peace agreement here on Monday, aiming to end nearly three decades of separatist war in the tsunami-devastated province.

Justice Minister Hamid Awaluddin and rebel leader Malik Mahmud put their names to the accord at a ceremony hosted by former Finnish President Martti Ahtisaari, who had mediated five rounds of talks between the two sides since January.

Under the deal, the rebels will hand over their weapons and drop their demand for independence, while Jakarta will pull thousands of soldiers and police out of Aceh. The government has also promised an amnesty for rebel fighters and political prisoners.

President Susilo Bambang Yudhoyono, speaking in Jakarta, thanked Ahtisaari and asked Indonesians to support the agreement. Several nationalist lawmakers criticised him for letting foreigners monitor a domestic conflict.

The European Union and five Southeast Asian nations will send about 200 unarmed monitors to oversee the disarmament, which is due to begin next month.

In Banda Aceh, thousands of people gathered at the Baiturrahman mosque to watch the ceremony on television and pray for peace.

The talks gained urgency after the December tsunami, which killed more than 160,000 people in Aceh. Earlier truces collapsed in 2003, when the military launched a major offensive against the rebels.
""")
IDNG = A("Indonesia", "IDN", "GOV")
GAM = A("Free Aceh Movement", "IDN", "REB")
AHT = A("Martti Ahtisaari", "FIN", ["ELI", "NGO", "GOV"])
SBY = A("Susilo Bambang Yudhoyono", "IDN", "GOV")
HEL = P("Helsinki", "FIN")
E("r06", "Indonesia and Aceh rebels sign peace deal", IDNG, GAM, AGREE, "057", "2005-08-15", HEL, False, "headline")
E("r06", "Indonesia and Aceh rebels sign peace deal", GAM, IDNG, AGREE, "057", "2005-08-15", HEL, False,
  "headline, reverse")
E("r06", "the Free Aceh Movement signed a peace agreement", IDNG, GAM, AGREE, "057", "2005-08-15", HEL, True,
  "signed agreement; 'here' with the dateline = Helsinki; first-mentioned direction required")
E("r06", "the Free Aceh Movement signed a peace agreement", GAM, IDNG, AGREE, "057", "2005-08-15", HEL, False, "reverse")
E("r06", "Malik Mahmud put their names to the accord", A("Hamid Awaluddin", "IDN", "GOV"), GAM, AGREE, "057",
  "2005-08-15", None, False, "restates the signing")
E("r06", "at a ceremony hosted by former Finnish President", AHT, IDNG, ["04"], "043", "2005-08-15", None, False,
  "hosting; optional. Ahtisaari coded FIN (a former head of state acting through his own foundation)")
E("r06", "who had mediated five rounds of talks", AHT, IDNG, ["04"], "045", "2005", None, True,
  "mediation since January (spans months): year; target the first-mentioned side")
E("r06", "talks between the two sides since January", IDNG, GAM, ["04"], "040", "2005", None, True,
  "nominal joint event ('the two sides'): the side mentioned first in the story (Indonesia) is the source")
E("r06", "talks between the two sides since January", GAM, IDNG, ["04"], "040", "2005", None, False, "reverse")
E("r06", "The government has also promised an amnesty", IDNG, GAM, ["03", "08"], "0353", "2005", None, True,
  "promise to release/amnesty; present perfect: year")
E("r06", "thanked Ahtisaari and asked Indonesians to support", SBY, AHT, ["05"], "051", "2005-08",
  P("Jakarta", "IDN"), True, "thanks = praise 051; 'speaking in Jakarta' names the place; no day: month")
E("r06", "asked Indonesians to support the agreement", SBY, A("Indonesians", "IDN", "CVL"), ["02"], "022", "2005-08",
  P("Jakarta", "IDN"), False, "domestic appeal for support: optional")
E("r06", "lawmakers criticised him for letting foreigners monitor", A("nationalist lawmakers", "IDN", "LEG"), SBY,
  ["11"], "111", "2005-08", None, True, "'him' = Yudhoyono")
E("r06", "The European Union and five Southeast Asian", A("European Union", "EUR", "IGO"), IDNG, ["07", "15", "03"],
  "074", "2005-08", None, True,
  "announced monitoring mission ('will send': announced decision, required for the first-mentioned core actor)")
E("r06", "The European Union and five Southeast Asian", A("five Southeast Asian nations", None, "GOV"), IDNG,
  ["07", "15", "03"], "074", "2005-08", None, False, "second member, a group with no single country")
E("r06", "when the military launched a major offensive", A("Indonesian military", "IDN", "MIL"), GAM, ["19", "18"],
  "190", "2003", None, True, "dated background; 'the military' = Indonesia's")
F("r06", "Under the deal, the rebels will hand", "future terms of the deal")
F("r06", "which killed more than 160,000 people in", "casualty count (natural disaster)")

# ---------------------------------------------------------------- r07 Somalia, Africa
S("r07", "2006-12-26", "Africa", """
Ethiopian jets strike Mogadishu airport as war with Somali Islamists widens

MOGADISHU, Somalia —

Ethiopian fighter jets bombed Mogadishu's international airport on Monday, a day after Prime Minister Meles Zenawi said his country had been forced to go to war with Somalia's Islamist movement.

The jets also struck the airstrip at Baledogle, a former military base west of the capital. At least one person was killed at the Mogadishu airport, witnesses said.

Meles told a news conference in Addis Ababa on Sunday that the Islamic Courts Union had attacked Ethiopia and that his troops were acting in self-defence. He said they would withdraw once the threat had been removed.

The Islamists, who seized the capital from warlords in June, had declared a holy war against Ethiopia and called on Muslims abroad to join it. Their leaders accused Addis Ababa of invading Somalia to install a puppet government.

Heavy fighting between Ethiopian-backed government forces and Islamist militiamen has raged around Baidoa, the seat of the weak transitional government, since Wednesday.

The African Union and the Arab League called for an immediate ceasefire and urged foreign troops to leave. The U.N. Security Council met but failed to agree on a statement.

Ethiopia did not say how many troops it had sent. Western diplomats said a long occupation could draw Ethiopia into a guerrilla war.
""")
ETHAF = A("Ethiopian air force", "ETH", ["MIL", "GOV"])
MEL = A("Meles Zenawi", "ETH", "GOV")
ICU = A("Islamic Courts Union", "SOM", ["REB", "RAD"])
SOMX = A("Somalia", "SOM", None)
TFG = A("Somali transitional government forces", "SOM", ["MIL", "GOV"])
E("r07", "Ethiopian jets strike Mogadishu airport", ETHAF, SOMX, AIR, "195", "2006-12-25", P("Mogadishu", "SOM"), False,
  "headline")
E("r07", "bombed Mogadishu's international airport on Monday", ETHAF, SOMX, AIR, "195", "2006-12-25",
  P("Mogadishu", "SOM"), True, "air strike on infrastructure held by the Islamists: country, sector null (owned3)")
E("r07", "his country had been forced to go to war", MEL, ICU, ["13", "19"], "138", "2006-12-24", None, True,
  "declaration of war (owned3: 138, 13/19); 'a day after' Monday = Sunday; detailed only here")
E("r07", "The jets also struck the airstrip at Baledogle", ETHAF, SOMX, AIR, "195", "2006-12-25", P("Baledogle", "SOM"),
  True, "'The jets' = Monday's Ethiopian jets")
E("r07", "the Islamic Courts Union had attacked Ethiopia", MEL, ICU, ["11"], "112", "2006-12-24",
  P("Addis Ababa", "ETH"), True, "accusation at a news conference; the attack is alleged, not an event")
E("r07", "He said they would withdraw once the", MEL, ICU, ["03", "08"], "0356", "2006-12-24", None, False,
  "conditional intent to withdraw: optional")
E("r07", "who seized the capital from warlords in June", ICU, A("Mogadishu warlords", "SOM", ["REB", "MIL", "CRM"]),
  ["19", "18"], "192", "2006-06", P("Mogadishu", "SOM"), True,
  "dated background in a relative clause; 'the capital' = Mogadishu")
E("r07", "had declared a holy war against Ethiopia", ICU, ETHG, ["13", "19"], "138", "2006", None, True,
  "declaration of war; undated pluperfect: year")
E("r07", "called on Muslims abroad to join it", ICU, A("Muslims abroad", None, ["REL", "CVL"]), ["02"], "0212", "2006",
  None, False, "appeal for military cooperation; vague target: optional")
E("r07", "Their leaders accused Addis Ababa of invading Somalia", ICU, ETHG, ["11"], "112", "2006-12", None, True,
  "'Their' = the Islamists'; undated near publication: month")
E("r07", "Heavy fighting between Ethiopian-backed government forces and", TFG, ICU, CLASH, "190", "2006-12",
  P("Baidoa", "SOM"), True, "nominal; first-mentioned direction required; 'since Wednesday' (20 Dec), ongoing: month")
E("r07", "Heavy fighting between Ethiopian-backed government forces and", ICU, TFG, CLASH, "190", "2006-12",
  P("Baidoa", "SOM"), False, "reverse")
E("r07", "called for an immediate ceasefire and urged", A("African Union", "AFR", "IGO"), ETHG, DEMAND, "0256", "2006-12",
  None, False, "reaction by a pair (owned2): optional; 'foreign troops' = Ethiopia's")
E("r07", "called for an immediate ceasefire and urged", A("Arab League", None, "IGO"), ETHG, DEMAND, "0256", "2006-12",
  None, False, "second member of the pair")
F("r07", "Ethiopia did not say how many troops", "negated; count")
F("r07", "Western diplomats said a long occupation could", "speculation")

# ---------------------------------------------------------------- r08 Zimbabwe, Africa
S("r08", "2008-06-24", "Africa", """
Tsvangirai shelters in Dutch embassy after quitting Zimbabwe run-off

HARARE, Zimbabwe —

Zimbabwe's opposition leader Morgan Tsvangirai took refuge in the Dutch embassy in Harare on Monday, a day after he pulled out of Friday's presidential run-off, saying he feared for his life.

Tsvangirai announced on Sunday that his Movement for Democratic Change would not take part in the vote against President Robert Mugabe because its supporters were being beaten and killed. The party says at least 86 of its members have died since the first round in March.

Early on Monday, riot police raided the party's headquarters in the capital and took away about 60 people, many of them women and children who had fled violence in rural areas.

The U.N. Security Council unanimously condemned the campaign of violence against the opposition on Monday and said it had made a free and fair election impossible. U.S. Secretary of State Condoleezza Rice called on southern African leaders to speak out against the vote.

Mugabe's government dismissed the withdrawal as a publicity stunt and said the run-off would go ahead as planned. Justice Minister Patrick Chinamasa accused Tsvangirai of running away because he knew he would lose.

South African President Thabo Mbeki, who mediates between the two sides for the Southern African Development Community, held talks with Mugabe last week.

Dutch officials said Tsvangirai had not asked for asylum. It remained unclear whether African leaders would recognise a Mugabe victory.
""")
TSV = A("Morgan Tsvangirai", "ZWE", ["OPP", "PTY"])
MDC = A("Movement for Democratic Change", "ZWE", ["OPP", "PTY"])
MUG = A("Robert Mugabe", "ZWE", "GOV")
ZWEG = A("Zimbabwe", "ZWE", "GOV")
NLDG = A("Netherlands", "NLD", "GOV")
E("r08", "Tsvangirai shelters in Dutch embassy after quitting", TSV, NLDG, ["02", "07"], "023", "2008-06-23", None, False,
  "headline")
E("r08", "took refuge in the Dutch embassy in Harare", TSV, NLDG, ["02", "07"], "023", "2008-06-23",
  P("Harare", "ZWE"), True,
  "seeking protection from a foreign state (appeal for aid/protection 023); the Dutch granting shelter (075, NLD as "
  "source) is the optional reverse reading")
E("r08", "took refuge in the Dutch embassy in Harare", NLDG, TSV, ["07"], "075", "2008-06-23", P("Harare", "ZWE"), False,
  "reverse reading: shelter granted")
E("r08", "a day after he pulled out of Friday's", TSV, MUG, ["14", "12", "16"], "140", "2008-06-22", None, False,
  "lead summary of para 2's announcement")
E("r08", "would not take part in the vote against", TSV, MUG, ["14", "12", "16"], "140", "2008-06-22", None, True,
  "election boycott announced Sunday: political dissent 140 (coders split 14/12/16); negated wording, but the "
  "withdrawal is the event")
E("r08", "its supporters were being beaten and killed", A("unnamed attackers", None, None), MDC, ["18", "17"], "180",
  "2008", None, False, "agentless, ongoing; no agent named anywhere in the story: optional null/null")
E("r08", "riot police raided the party's headquarters in", A("Zimbabwean police", "ZWE", "COP"), MDC, ["17"], "173",
  "2008-06-23", P("Harare", "ZWE"), True, "raid and detentions; 'the capital' = Harare; unnamed police of the story's country")
E("r08", "unanimously condemned the campaign of violence against", UNSC, ZWEG, ["11"], "111", "2008-06-23", None, True,
  "condemnation; target the government whose campaign is meant")
E("r08", "called on southern African leaders to speak", A("Condoleezza Rice", "USA", "GOV"),
  A("southern African leaders", None, ["GOV", "IGO"]), ["02", "10"], "022", "2008-06", None, True,
  "appeal for diplomatic action; a regional group: country null")
E("r08", "dismissed the withdrawal as a publicity stunt", ZWEG, TSV, ["11", "12"], "111", "2008-06", None, True,
  "dismissive criticism; undated: month")
E("r08", "accused Tsvangirai of running away because he", A("Patrick Chinamasa", "ZWE", "GOV"), TSV, ["11"], "112",
  "2008-06", None, True, "accusation")
E("r08", "held talks with Mugabe last week", A("Thabo Mbeki", "ZAF", "GOV"), MUG, ["04"], "040", "2008-06", None, True,
  "'last week' before Tuesday 24 June: 16-22 June, month; Mbeki's standing role ('mediates') is no event")
E("r08", "held talks with Mugabe last week", MUG, A("Thabo Mbeki", "ZAF", "GOV"), ["04"], "040", "2008-06", None, False,
  "reverse")
F("r08", "The party says at least 86 of", "casualty count")
F("r08", "Dutch officials said Tsvangirai had not asked", "negated")

# ---------------------------------------------------------------- r09 Kyrgyzstan, Europe/Eurasia
S("r09", "2010-04-08", "Europe/Eurasia", """
Kyrgyz opposition claims power after deadly protests; Bakiyev flees capital

BISHKEK, Kyrgyzstan —

Kyrgyzstan's opposition said on Thursday it had taken control of the country, a day after protesters stormed government buildings in the capital and President Kurmanbek Bakiyev fled.

Former foreign minister Roza Otunbayeva, named head of an interim government, said it would rule by decree for six months. Speaking from his home region in the south, Bakiyev said he would not step down and accused the opposition of staging a coup.

On Wednesday, thousands of demonstrators broke through police lines around the presidential office and set fire to the prosecutor's office. Police snipers fired on the crowd from rooftops, and the health ministry said at least 75 people had been killed.

The unrest began on Tuesday in the northwestern town of Talas, where protesters seized the regional governor's office and beat the interior minister, who had flown in to calm them.

Russian Prime Minister Vladimir Putin spoke with Otunbayeva by phone on Thursday, and Moscow offered humanitarian aid. Washington said flights from the U.S. air base at Manas, which supplies troops in Afghanistan, had been temporarily halted.

Looters ransacked shops in the capital overnight, and volunteers patrolled the streets.

Otunbayeva said the interim government did not plan to close the American base. Analysts said Russia could gain influence over the new leadership.
""")
KGZO = A("Kyrgyz opposition", "KGZ", ["OPP", "GOV"])
BAK = A("Kurmanbek Bakiyev", "KGZ", "GOV")
OTU = A("Roza Otunbayeva", "KGZ", ["OPP", "GOV"])
KGZP = A("Kyrgyz protesters", "KGZ", ["CVL", "OPP"])
KGZG = A("Kyrgyz government", "KGZ", "GOV")
BIS = P("Bishkek", "KGZ")
E("r09", "Kyrgyz opposition claims power after deadly protests", KGZO, BAK, ["17", "19"], "1724", "2010-04-08", None,
  False, "headline")
E("r09", "opposition said on Thursday it had taken", KGZO, BAK, ["17", "19"], "1724", "2010-04-08", None, True,
  "declared takeover (news-dev: 1724), coup roots 17/19; dated by the declaration")
E("r09", "a day after protesters stormed government buildings", KGZP, KGZG, VPROT, "145", "2010-04-07", BIS, False,
  "lead summary of para 3")
E("r09", "Bakiyev said he would not step down", BAK, KGZO, ["12"], "1231", "2010-04", None, True,
  "refusal to yield power (reject demand for leadership change); 'his home region' is no named place")
E("r09", "accused the opposition of staging a coup", BAK, KGZO, ["11"], "112", "2010-04", None, True, "accusation")
E("r09", "thousands of demonstrators broke through police lines", KGZP, KGZG, VPROT, "145", "2010-04-07", BIS, True,
  "violent protest at the presidential office; the place is the capital of the lead")
E("r09", "set fire to the prosecutor's office", KGZP, KGZG, VPROT, "145", "2010-04-07", BIS, False,
  "arson in the same sentence: optional second event")
E("r09", "Police snipers fired on the crowd from rooftops", A("Kyrgyz police", "KGZ", "COP"), KGZP, ["17", "18", "19"],
  "175", "2010-04-07", BIS, True, "violent repression 175; 'On Wednesday' carried from the previous sentence")
E("r09", "protesters seized the regional governor's office and", KGZP, KGZG, VPROT, "145", "2010-04-06",
  P("Talas", "KGZ"), True, "dated background (Tuesday); seizure of a government building")
E("r09", "beat the interior minister, who had flown", KGZP, A("Kyrgyz interior minister", "KGZ", "GOV"), ["18", "14"],
  "182", "2010-04-06", P("Talas", "KGZ"), True, "physical assault on an official")
E("r09", "Putin spoke with Otunbayeva by phone on Thursday", A("Vladimir Putin", "RUS", "GOV"), OTU, ["04"], "041",
  "2010-04-08", None, True, "phone call; first-mentioned direction required")
E("r09", "Putin spoke with Otunbayeva by phone on Thursday", OTU, A("Vladimir Putin", "RUS", "GOV"), ["04"], "041",
  "2010-04-08", None, False, "reverse")
E("r09", "Moscow offered humanitarian aid", A("Russia", "RUS", "GOV"), KGZO, ["03", "07"], "0333", "2010-04-08", None,
  False, "offer of aid; optional ('Moscow' = the Russian government)")
E("r09", "Looters ransacked shops in the capital overnight", A("looters", "KGZ", ["CVL", "CRM"]),
  A("Bishkek shops", "KGZ", "BUS"), VPROT, "145", "2010-04", BIS, False,
  "unnamed crowd of the place's country (owned2); overnight Wednesday-Thursday: month")
F("r09", "did not plan to close the American base", "negated")
F("r09", "Analysts said Russia could gain influence over", "speculation")

# ---------------------------------------------------------------- r10 Paraguay, Americas
S("r10", "2012-06-23", "Americas", """
Paraguay's Senate ousts Lugo; neighbours cry foul

ASUNCION, Paraguay —

Paraguay's Senate removed President Fernando Lugo from office on Friday after a one-day impeachment trial, and Vice President Federico Franco was sworn in to serve out the term, which ends in August 2013.

Senators voted 39 to 4 to convict Lugo of poor performance of his duties, a day after the lower house impeached him almost unanimously. Lawmakers blamed the former Roman Catholic bishop for a land eviction on June 15 in which 11 farmers and six police officers were killed.

Lugo said in a televised address that he accepted the decision, but he later called the trial "an express coup" against the people. Police used water cannon to disperse his supporters outside Congress.

Foreign ministers of the Union of South American Nations flew to Asuncion on Thursday to urge senators to give Lugo more time to prepare his defence. They left without winning any delay.

Argentina and Ecuador said they would not recognise Franco's government, and Venezuela's Hugo Chavez called the vote a coup. Brazil recalled its ambassador for consultations on Saturday.

Franco told reporters the removal had followed the constitution and urged Paraguay's neighbours to respect it.

The trial gave Lugo two hours to present his defence. Diplomats said Paraguay could be suspended from the Mercosur trade bloc.
""")
PRYS = A("Paraguayan Senate", "PRY", "LEG")
PRYL = A("Paraguayan Congress", "PRY", "LEG")
LUGO = A("Fernando Lugo", "PRY", "GOV")
FRAN = A("Federico Franco", "PRY", "GOV")
PRYG = A("Paraguay (Franco government)", "PRY", ["GOV", "LEG"])
E("r10", "Paraguay's Senate ousts Lugo; neighbours cry foul", PRYS, LUGO, ["17", "11"], "172", "2012-06-22", None, False,
  "headline")
E("r10", "Paraguay's Senate removed President Fernando Lugo from", PRYS, LUGO, ["17", "11"], "172", "2012-06-22", None,
  True, "removal by impeachment (owned3: 172, 17/11)")
E("r10", "Senators voted 39 to 4 to convict", PRYS, LUGO, ["17", "11"], "172", "2012-06-22", None, False,
  "restates the removal")
E("r10", "the lower house impeached him almost unanimously", A("Paraguayan Chamber of Deputies", "PRY", "LEG"), LUGO,
  ["11", "17"], "115", "2012-06-21", None, True,
  "impeachment charge by the lower house (formal accusation, 115; tolerant 17); 'a day after' Friday")
E("r10", "Lawmakers blamed the former Roman Catholic bishop", PRYL, LUGO, ["11"], "112", "2012-06", None, True,
  "'the former Roman Catholic bishop' = Lugo; undated: month")
E("r10", "a land eviction on June 15 in", A("Paraguayan police", "PRY", "COP"), A("landless farmers", "PRY", ["CVL", "AGR"]),
  ["17", "19", "18", "14"], "175", "2012-06-15", None, False,
  "nominal event whose agent the story does not name (police implied by the toll): optional")
E("r10", "he accepted the decision, but he later", LUGO, PRYS, ["08"], "0831", "2012-06", None, True,
  "accepting removal: yielding to the demand for leadership change; undated: month")
E("r10", 'called the trial "an express coup"', LUGO, PRYS, ["11"], "112", "2012-06", None, True, "accusation")
E("r10", "Police used water cannon to disperse his supporters", A("Paraguayan police", "PRY", "COP"),
  A("Lugo supporters", "PRY", ["CVL", "PTY"]), REPR, "175", "2012-06", P("Asuncion", "PRY"), True,
  "repression; 'outside Congress' with the dateline = Asuncion; the text gives no day: month")
E("r10", "flew to Asuncion on Thursday to urge", A("Union of South American Nations", None, "IGO"), PRYS, ["04"], "042",
  "2012-06-21", P("Asuncion", "PRY"), True, "visit by a regional body's ministers; Unasur country null/IGO (like ECOWAS)")
E("r10", "to urge senators to give Lugo more", A("Union of South American Nations", None, "IGO"), PRYS, ["02", "10"],
  "020", "2012-06-21", P("Asuncion", "PRY"), False, "purpose infinitive: the appeal; optional")
E("r10", "Argentina and Ecuador said they would not", A("Argentina", "ARG", "GOV"), PRYG, ["12", "16"], "120", "2012-06",
  None, False, "refusal to recognise; reactions by three outside parties in one sentence (owned3): optional")
E("r10", "Argentina and Ecuador said they would not", A("Ecuador", "ECU", "GOV"), PRYG, ["12", "16"], "120", "2012-06",
  None, False, "second member")
E("r10", "Venezuela's Hugo Chavez called the vote a coup", A("Hugo Chavez", "VEN", "GOV"), PRYS, ["11"], "111", "2012-06",
  None, False, "third outside reaction in the sentence: optional")
E("r10", "Brazil recalled its ambassador for consultations on", A("Brazil", "BRA", "GOV"), PRYG, ["16"], "161",
  "2012-06-23", None, True, "recalling one's own envoy 161 (news-dev)")
E("r10", "urged Paraguay's neighbours to respect it", FRAN, A("Paraguay's neighbours", None, "GOV"), ["02"], "022",
  "2012-06", None, False, "appeal for diplomatic support; a vague group of states (country null): optional")
F("r10", "The trial gave Lugo two hours to", "procedural definition")
F("r10", "Diplomats said Paraguay could be suspended from", "speculation")

# ---------------------------------------------------------------- r11 Qatar, Middle East
S("r11", "2017-06-05", "Middle East", """
Saudi Arabia and allies cut ties with Qatar over terrorism charges

DOHA, Qatar —

Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic relations with Qatar on Monday, accusing the Gulf state of backing extremist groups and of siding with Iran.

Riyadh closed its land border with Qatar, the emirate's only land crossing, and the three Gulf states gave Qatari citizens two weeks to leave their territory. Emirati and Saudi airlines said they would suspend all flights to Doha from Tuesday.

The Saudi-led coalition fighting in Yemen also expelled Qatar from its ranks, saying Doha had supported groups hostile to the alliance.

Qatar's foreign ministry called the measures unjustified and based on false claims. It told citizens and residents that life would go on as normal.

Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, telephoned Qatar's ruler on Monday evening and urged him to give mediation a chance.

U.S. Secretary of State Rex Tillerson, speaking in Sydney, encouraged the Gulf states to sit down together and settle their differences. Iran urged its neighbours to talk, and Turkey offered to help.

The world's biggest exporter of liquefied natural gas hosts the largest American air base in the Middle East. Analysts said Doha was unlikely to give in quickly.
""")
SAUG = A("Saudi Arabia", "SAU", "GOV")
AREG = A("United Arab Emirates", "ARE", "GOV")
BHRG = A("Bahrain", "BHR", "GOV")
EGYG = A("Egypt", "EGY", "GOV")
QATG = A("Qatar", "QAT", "GOV")
KWT = A("Sabah al-Ahmad al-Sabah", "KWT", "GOV")
TAM = A("Qatar's ruler (Tamim bin Hamad Al Thani)", "QAT", "GOV")
E("r11", "Saudi Arabia and allies cut ties with", SAUG, QATG, ["16"], "161", "2017-06-05", None, False, "headline")
E("r11", "severed diplomatic relations with Qatar on Monday", SAUG, QATG, ["16"], "161", "2017-06-05", None, True,
  "breaking relations 161; compound subject of four: the first-mentioned required, the others optional (README)")
for _c in (AREG, BHRG, EGYG):
    E("r11", "severed diplomatic relations with Qatar on Monday", _c, QATG, ["16"], "161", "2017-06-05", None, False,
      "further member of the four-state compound subject")
E("r11", "accusing the Gulf state of backing extremist groups", SAUG, QATG, ["11"], "112", "2017-06-05", None, True,
  "'the Gulf state' = Qatar; participial accusation by the same subject")
for _c in (AREG, BHRG, EGYG):
    E("r11", "accusing the Gulf state of backing extremist groups", _c, QATG, ["11"], "112", "2017-06-05", None, False,
      "further member of the compound subject")
E("r11", "Riyadh closed its land border with Qatar", SAUG, QATG, ["19", "16", "17"], "191", "2017-06", None, True,
  "border closure = restricting movement 191 (coders split 19/16/17); 'Riyadh' is the Saudi government; no day: month")
E("r11", "the three Gulf states gave Qatari citizens two", SAUG, A("Qatari citizens", "QAT", "CVL"), ["17"], "174",
  "2017-06", None, True, "ditransitive expulsion order (174); 'the three Gulf states': first (Saudi Arabia) required")
for _c in (AREG, BHRG):
    E("r11", "the three Gulf states gave Qatari citizens two", _c, A("Qatari citizens", "QAT", "CVL"), ["17"], "174",
      "2017-06", None, False, "further member")
E("r11", "Emirati and Saudi airlines said they would", A("Emirati airlines", "ARE", "BUS"), QATG, ["16"], "163",
  "2017-06", None, False, "business actors announcing a flight suspension: optional")
E("r11", "also expelled Qatar from its ranks", A("Saudi-led coalition in Yemen", "SAU", ["MIL", "GOV"]), QATG,
  ["16"], "160", "2017-06", None, True, "expulsion from a military alliance: reducing relations 160; the coalition "
  "coded by its leader SAU; 'also' gives no day: month")
E("r11", "saying Doha had supported groups hostile to", A("Saudi-led coalition in Yemen", "SAU", ["MIL", "GOV"]),
  QATG, ["11"], "112", "2017-06", None, False, "restated accusation")
E("r11", "called the measures unjustified and based on", A("Qatari foreign ministry", "QAT", "GOV"), SAUG,
  ["11", "12", "01"], "111", "2017-06", None, True,
  "rebuttal: criticism/rejection of the measures; target the first-mentioned state")
E("r11", "telephoned Qatar's ruler on Monday evening and", KWT, TAM, ["04"], "041", "2017-06-05", None, True,
  "phone call by a third party")
E("r11", "urged him to give mediation a chance", KWT, TAM, ["02", "10"], "028", "2017-06-05", None, True,
  "'him' = Qatar's ruler; appeal to accept mediation 028")
E("r11", "encouraged the Gulf states to sit down together", A("Rex Tillerson", "USA", "GOV"),
  A("Gulf states", None, "GOV"), ["02", "10"], "026", "2017-06", P("Sydney", "AUS"), False,
  "reactions by three outside parties (U.S., Iran, Turkey; owned3): optional for each; 'speaking in Sydney' names the place")
E("r11", "Iran urged its neighbours to talk", A("Iran", "IRN", "GOV"), A("Gulf states", None, "GOV"), ["02", "10"], "026",
  "2017-06", None, False, "outside reaction: optional")
E("r11", "Turkey offered to help", A("Turkey", "TUR", "GOV"), QATG, ["03", "04"], "039", "2017-06", None, False,
  "offer to mediate: optional outside reaction (4 words)")
F("r11", "The world's biggest exporter of liquefied natural gas", "standing situation")
F("r11", "Analysts said Doha was unlikely to give", "speculation")

# ---------------------------------------------------------------- r12 Kazakhstan, Europe/Eurasia
S("r12", "2022-01-08", "Europe/Eurasia", """
Kazakh leader orders troops to shoot without warning as Russian-led force arrives

ALMATY, Kazakhstan —

President Kassym-Jomart Tokayev said on Friday he had authorised security forces to shoot to kill without warning, and he rejected calls for talks with the protesters, whom he called bandits and terrorists.

Troops from a Russian-led alliance began arriving on Thursday at his request. Tokayev asked the Collective Security Treaty Organisation for help late on Wednesday, and the bloc sent about 2,500 peacekeepers, most of them Russian paratroopers.

The unrest started on Jan. 2 in the oil town of Zhanaozen after fuel prices doubled. It spread to Almaty, where crowds stormed and set fire to the mayor's office on Wednesday and briefly seized the city's airport.

The government resigned on Wednesday, and Tokayev removed former President Nursultan Nazarbayev as head of the security council.

The national security committee said on Saturday that its former chief, Karim Masimov, had been detained on suspicion of high treason. The interior ministry said more than 4,000 people had been detained across the country.

U.S. Secretary of State Antony Blinken questioned why Kazakhstan had needed outside help. China's President Xi Jinping praised Tokayev for acting decisively.

Officials said dozens of protesters and 18 members of the security forces had been killed. The alliance's troops are not expected to take part in policing the streets.
""")
TOK = A("Kassym-Jomart Tokayev", "KAZ", "GOV")
KAZP = A("Kazakh protesters", "KAZ", ["CVL", "OPP"])
CSTO = A("Collective Security Treaty Organisation", None, ["IGO", "MIL"])
KAZG = A("Kazakhstan", "KAZ", "GOV")
E("r12", "orders troops to shoot without warning", TOK, KAZP, ["13", "17"], "137", "2022-01", None, False, "headline")
E("r12", "as Russian-led force arrives", CSTO, KAZG, ["07", "15"], "074", "2022-01", None, False, "headline")
E("r12", "he had authorised security forces to shoot", TOK, KAZP, ["13", "17"], "137", "2022-01", None, True,
  "authorising lethal force without a reported shooting: threat of violent repression 137 (tolerant 17); the "
  "authorisation is undated pluperfect: month")
E("r12", "he rejected calls for talks with the protesters", TOK, KAZP, ["12"], "125", "2022-01-07", None, True,
  "rejection of negotiation 125; 'he' = Tokayev; Friday")
E("r12", "whom he called bandits and terrorists", TOK, KAZP, ["11"], "111", "2022-01-07", None, False,
  "insult in a relative clause: optional")
E("r12", "Troops from a Russian-led alliance began arriving", CSTO, KAZG, ["07", "15"], "074", "2022-01-06", None, True,
  "peacekeeping deployment (07/15); the CSTO coded country null like other IGOs; 'his request' = Tokayev's")
E("r12", "Tokayev asked the Collective Security Treaty Organisation for", TOK, CSTO, ["02", "10"], "0234", "2022-01-05",
  None, True, "appeal for military protection/peacekeeping; 'late on Wednesday'")
E("r12", "the bloc sent about 2,500 peacekeepers", CSTO, KAZG, ["07", "15"], "074", "2022-01", None, False,
  "restates the deployment; 'the bloc' = CSTO")
E("r12", "The unrest started on Jan. 2 in", KAZP, KAZG, ["14"], "141", "2022-01-02", P("Zhanaozen", "KAZ"), False,
  "nominal unrest with no named agent: optional")
E("r12", "crowds stormed and set fire to the mayor's", KAZP, KAZG, VPROT, "145", "2022-01-05", P("Almaty", "KAZ"), True,
  "violent protest; place from 'It spread to Almaty, where'")
E("r12", "briefly seized the city's airport", KAZP, KAZG, VPROT, "145", "2022-01-05", P("Almaty", "KAZ"), False,
  "second event of the sentence: optional")
E("r12", "The government resigned on Wednesday, and Tokayev", KAZG, KAZP, ["08"], "0831", "2022-01-05", None, True,
  "resignation under protest pressure; protesters as implied target (news-dev d09)")
E("r12", "removed former President Nursultan Nazarbayev as head", TOK,
  A("Nursultan Nazarbayev", "KAZ", ["GOV", "ELI"]), ["17", "08"], "172", "2022-01-05", None, False,
  "dismissal of an official: administrative sanction (172); coders split; optional")
E("r12", "had been detained on suspicion of high treason", A("Kazakh national security committee", "KAZ",
  ["SPY", "GOV", "COP"]), A("Karim Masimov", "KAZ", ["SPY", "GOV"]), ["17"], "173", "2022-01", None, True,
  "agentless passive in reported speech; the committee that reports it is the implied agent; undated: month")
E("r12", "had been detained on suspicion of high treason", A("Kazakh national security committee", "KAZ",
  ["SPY", "GOV", "COP"]), A("Karim Masimov", "KAZ", ["SPY", "GOV"]), ["09", "17"], "091", "2022-01", None, False,
  "criminal investigation (treason) as a second reading: optional")
E("r12", "more than 4,000 people had been detained", A("Kazakh police", "KAZ", "COP"), KAZP, ["17"], "173", "2022-01",
  None, True, "mass detention; agentless, police implied; counts do not make the arrests non-events")
E("r12", "Antony Blinken questioned why Kazakhstan had needed", A("Antony Blinken", "USA", "GOV"), KAZG, ["11"], "111",
  "2022-01", None, False, "veiled criticism; outside reaction: optional")
E("r12", "praised Tokayev for acting decisively", A("Xi Jinping", "CHN", "GOV"), TOK, ["05"], "051", "2022-01", None,
  False, "praise; outside reaction: optional")
F("r12", "Officials said dozens of protesters and 18", "casualty count")
F("r12", "The alliance's troops are not expected to", "negated future")


if __name__ == "__main__":
    write(HERE)
