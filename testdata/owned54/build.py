#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned54 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned54/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18", "17"]
GUNMEN = A("unidentified gunmen", None, None)

# ---------------------------------------------------------------- bc01 Libreville, Africa (Gabon)
S("bc01", "2016-09-01", "Africa", """
Gabon's parliament set ablaze as Bongo is declared winner; troops storm rival Ping's headquarters

LIBREVILLE, Gabon —

Protesters set fire to Gabon's National Assembly on Wednesday night after President Ali Bongo was declared the winner of last weekend's election by fewer than 6,000 votes, and security forces stormed the headquarters of his rival, Jean Ping, early on Thursday.

Interior Minister Pacome Moubelet Boubeya announced that Bongo had won 49.8 percent of the vote against 48.2 percent for Ping, a former chairman of the African Union Commission.

Ping, who has called himself the president-elect since Sunday, rejected the figures on Wednesday and accused the government of inflating the count in Haut-Ogooue, the Bongo family's home province, where turnout was put at 99.9 percent.

On Wednesday evening, police fired tear gas and stun grenades at thousands of his supporters who had poured into the streets of the capital and put up barricades.

Hours later, members of the Republican Guard raided Ping's campaign offices. Ping said two people had been killed and that scores of others had been taken away.

Government spokesman Alain-Claude Bilie-By-Nze said the raid had targeted "criminals" who had set the parliament ablaze, not the candidate himself.

Internet access was cut across the country on Wednesday night.

On Thursday, France, the former colonial power, called on the authorities to publish the results of every polling station, and European Union observers said they had found clear anomalies in Haut-Ogooue.

Bongo succeeded his father, Omar, who ruled the oil-producing country for 42 years until his death in 2009.
""")
GABP = A("Gabonese protesters", "GAB", ["CVL", "OPP"])
GABGOV = A("Gabon's government", "GAB", "GOV")
PING = A("Jean Ping", "GAB", ["OPP", "PTY"])
GABCOP = A("Gabonese police", "GAB", "COP")
GUARD = A("Gabon's Republican Guard", "GAB", ["MIL", "GOV"])
E("bc01", "Gabon's parliament set ablaze as Bongo is", GABP, A("Gabon's National Assembly", "GAB", ["LEG", "GOV"]), VPROT,
  "145", "2016-09-01", None, False, "headline; agentless: optional")
E("bc01", "Gabon's parliament set ablaze as Bongo is", GUARD, PING, ["17", "18"], "170", "2016-09-01", None, False,
  "headline's second clause ('troops storm rival Ping's headquarters'): optional")
E("bc01", "Protesters set fire to Gabon's National Assembly", GABP, A("Gabon's National Assembly", "GAB", ["LEG", "GOV"]),
  VPROT, "145", "2016-08-31", None, True,
  "arson by protesters 145 (violent protest 14/18/17); 'on Wednesday night' before a Thursday paper; no city in the "
  "clause (the capital is named two paragraphs later): place null; the 'after ... was declared' clause is a "
  "certification, not coded")
E("bc01", "security forces stormed the headquarters of his", GUARD, PING, ["17", "18"], "170", "2016-09-01", None, False,
  "lead summary of the raid detailed in the fifth paragraph: optional; unnamed security forces are Gabon's")
E("bc01", "rejected the figures on Wednesday and accused", PING, GABGOV, ["12"], "120", "2016-08-31", None, True,
  "refusing to accept a result 120 (as owned35 ai05); the relative 'who has called himself the president-elect "
  "since Sunday' is a claim, not coded")
E("bc01", "rejected the figures on Wednesday and accused", PING, GABGOV, ["11"], "112", "2016-08-31", None, False,
  "second verb, accusation of inflating the count 112: optional")
E("bc01", "police fired tear gas and stun grenades", GABCOP, GABP, REPR, "175", "2016-08-31", P("Libreville", "GAB"), True,
  "tear gas on protesters 175 (17/18); unnamed police are Gabon's; 'the streets of the capital' with the Libreville "
  "dateline names the place; 'On Wednesday evening'")
E("bc01", "police fired tear gas and stun grenades", GABP, GABGOV, ["14"], "141", "2016-08-31", P("Libreville", "GAB"),
  False, "the protest and barricades in the relative clause on the object: optional")
E("bc01", "members of the Republican Guard raided Ping's", GUARD, PING, ["17", "18"], "170", "2016-09-01", None, True,
  "raid on a candidate's headquarters 170 (17/18, an assault with killings is also right); 'Hours later' after "
  "Wednesday night, the lead's 'early on Thursday'; 'campaign offices' names no city: place null")
E("bc01", "Ping said two people had been killed", GUARD, A("Ping's supporters", "GAB", ["CVL", "OPP"]), ["18", "17"], "180",
  "2016-09", None, False, "agentless killings and detentions inside the victim's account: optional")
E("bc01", "said the raid had targeted", A("Alain-Claude Bilie-By-Nze", "GAB", "GOV"), GABP, ["11"], "112", "2016-09",
  None, True, "accusing those in the building of arson, calling them criminals 112; the relative 'who had set the "
  "parliament ablaze' restates the lead's arson; no day of its own: month (after the Thursday raid)")
E("bc01", "Internet access was cut across the country", GABGOV, A("Gabonese citizens", "GAB", "CVL"), ["17"], "1721",
  "2016-08-31", None, False, "agentless internet cut 1721 (as owned21 d04): optional")
E("bc01", "called on the authorities to publish the", A("France", "FRA", "GOV"), GABGOV, DEMAND, "101", "2016-09-01", None,
  True, "demand that results be published 101 (10/02, as owned35 ai01's demand for a tally); 'On Thursday' in a "
  "Thursday paper; the former colonial power's word is part of the story, so required")
E("bc01", "European Union observers said they had found", A("European Union observers", "EUR", "IGO"), GABGOV, ["11"], "112",
  "2016-09-01", None, False, "second clause, a single outside finding of anomalies 112: optional")
F("bc01", "Interior Minister Pacome Moubelet Boubeya announced that", "announcement of result percentages (certification, "
  "counts): nothing coded")
F("bc01", "Bongo succeeded his father, Omar, who ruled", "standing background: succession and length of rule")

# ---------------------------------------------------------------- bc02 Addis Ababa, Africa (Ethiopia)
S("bc02", "2019-06-24", "Africa", """
Ethiopia's army chief shot dead as Abiy says regional coup bid was foiled

ADDIS ABABA, Ethiopia —

Ethiopia's army chief of staff, General Seare Mekonnen, was shot dead by his own bodyguard at his home in the capital on Saturday night, hours after gunmen killed the president of the Amhara region in what Prime Minister Abiy Ahmed called a coup attempt.

Abiy, dressed in military fatigues, said in a televised address early on Sunday that the plot had been foiled, and he urged Ethiopians to stand together against those trying to divide the country.

In Bahir Dar, the Amhara regional capital, attackers burst into a meeting of senior officials on Saturday afternoon and shot dead regional president Ambachew Mekonnen and one of his advisers. A retired general, Gezai Abera, who was visiting Seare, was also killed in Addis Ababa.

The government blamed Brigadier General Asaminew Tsige, the region's security chief, who had been freed from prison last year under an amnesty after serving nine years over an earlier coup plot.

Asaminew was shot dead by security forces near Bahir Dar on Monday while trying to escape, police said.

Police in the Amhara region said they had arrested dozens of suspects, and state media reported that the bodyguard who killed Seare had been detained.

Internet access was cut across much of the country over the weekend.

Ethiopia, Africa's second most populous country, is a federation of regions drawn largely along ethnic lines.

It was not clear how many soldiers or officials had joined the plot.
""")
SEARE = A("Seare Mekonnen", "ETH", "MIL")
BODYG = A("Seare Mekonnen's bodyguard", "ETH", "MIL")
ABIY = A("Abiy Ahmed", "ETH", "GOV")
ASAM = A("Asaminew Tsige", "ETH", ["GOV", "MIL", "REB"])
ETHSEC = A("Ethiopian security forces", "ETH", ["MIL", "COP"])
ETHCOP = A("Amhara regional police", "ETH", "COP")
E("bc02", "Ethiopia's army chief shot dead as Abiy", BODYG, SEARE, ATTACK, "186", "2019-06-22", None, False, "headline")
E("bc02", "Ethiopia's army chief shot dead as Abiy", ABIY, ASAM, ["11"], "112", "2019-06", None, False,
  "headline's 'coup bid was foiled': optional")
E("bc02", "was shot dead by his own bodyguard", BODYG, SEARE, ATTACK, "186", "2019-06-22", P("Addis Ababa", "ETH"), True,
  "assassination 186 (18/19/20) in a passive with an agent; 'at his home in the capital' with the Addis Ababa "
  "dateline names the place; 'on Saturday night' before a Monday paper")
E("bc02", "was shot dead by his own bodyguard", GUNMEN, A("Ambachew Mekonnen", "ETH", "GOV"), ATTACK, "186", "2019-06-22",
  None, False, "'hours after gunmen killed the president of the Amhara region': lead summary of the Bahir Dar killing "
  "detailed in the third paragraph: optional")
E("bc02", "was shot dead by his own bodyguard", ABIY, ASAM, ["11"], "112", "2019-06", None, False,
  "'in what ... Abiy Ahmed called a coup attempt': a characterisation with no named target yet: optional")
E("bc02", "urged Ethiopians to stand together against those", ABIY, A("Ethiopian citizens", "ETH", "CVL"), ["02", "10"],
  "020", "2019-06-23", None, False, "appeal for unity to his own public 020: optional; 'early on Sunday'")
E("bc02", "attackers burst into a meeting of senior", GUNMEN, A("Ambachew Mekonnen", "ETH", "GOV"), ATTACK, "186",
  "2019-06-22", P("Bahir Dar", "ETH"), True, "assassination 186; unnamed attackers null/null as news-dev; 'In Bahir Dar' "
  "names the place; 'on Saturday afternoon'; compound object, first member required")
E("bc02", "attackers burst into a meeting of senior", GUNMEN, A("Ambachew Mekonnen's adviser", "ETH", "GOV"), ATTACK, "186",
  "2019-06-22", P("Bahir Dar", "ETH"), False, "second member of the compound object: optional")
E("bc02", "A retired general, Gezai Abera, who was", BODYG, A("Gezai Abera", "ETH", "MIL"), ATTACK, "186", "2019-06-22",
  P("Addis Ababa", "ETH"), False, "agentless 'was also killed': optional; 'in Addis Ababa' names the place")
E("bc02", "The government blamed Brigadier General Asaminew Tsige", A("Ethiopia's government", "ETH", "GOV"), ASAM, ["11"],
  "112", "2019-06", None, True, "blame 112; no day of its own: month")
E("bc02", "The government blamed Brigadier General Asaminew Tsige", A("Ethiopia's government", "ETH", "GOV"), ASAM, ["08"],
  "0841", "2018", None, False, "'who had been freed from prison last year under an amnesty': agentless release 0841, "
  "dated 2018 but with no agent of its own: optional")
E("bc02", "Asaminew was shot dead by security forces", ETHSEC, ASAM, FORCE, "190", "2019-06-24", P("Bahir Dar", "ETH"), True,
  "security forces shooting a fugitive 190 (19/18/17, as owned35 ai02's guards); 'near Bahir Dar' names the place; "
  "'on Monday' in a Monday paper; attributed to police, undisputed")
E("bc02", "Police in the Amhara region said they", ETHCOP, A("Amhara coup suspects", "ETH", ["CVL", "MIL"]), ["17"], "173",
  "2019-06", None, True, "arrests reported by the arresting police 173, required (as owned35 ai05); 'in the Amhara "
  "region' is where the police serve, not a named place of the arrests: place null; no day: month")
E("bc02", "Police in the Amhara region said they", A("Ethiopian security forces", "ETH", ["MIL", "COP"]), BODYG, ["17"], "173",
  "2019-06", None, False, "agentless detention of the bodyguard reported by state media: optional")
E("bc02", "Internet access was cut across much of", A("Ethiopia's government", "ETH", "GOV"),
  A("Ethiopian citizens", "ETH", "CVL"), ["17"], "1721", "2019-06", None, False,
  "agentless internet cut 1721: optional; 'over the weekend' is a span: month")
F("bc02", "Ethiopia, Africa's second most populous country, is", "definition and standing situation")
F("bc02", "It was not clear how many soldiers", "speculation")

# ---------------------------------------------------------------- bc03 Baghdad, Middle East (Iraq)
S("bc03", "2014-06-11", "Middle East", """
Islamist militants overrun Mosul as Iraqi troops flee; Maliki seeks emergency powers

BAGHDAD, Iraq —

Fighters of the Islamic State of Iraq and the Levant seized Mosul, Iraq's second-largest city, on Tuesday after soldiers and police abandoned their posts, shed their uniforms and fled.

Within hours the militants held the provincial government headquarters, the airport and most police stations, officials said.

Prime Minister Nuri al-Maliki asked parliament to declare a state of emergency and said the government would arm citizens who volunteered to fight.

The governor of Nineveh province, Atheel al-Nujaifi, who escaped to the Kurdish region, accused army commanders of deserting the city and called on residents to defend their neighbourhoods.

On Wednesday, militants stormed the Turkish consulate in Mosul and seized 49 people, among them the consul general and three children, Turkish officials said. Ankara warned that anyone who harmed its citizens would face a harsh response.

The group, which took control of Falluja in January, has also been fighting government forces in Samarra and around Tikrit.

In Washington, a State Department spokeswoman called the situation extremely serious and said the United States would help Baghdad confront the militants.

As many as half a million people were estimated to have fled the city.

It was not clear how many soldiers had been killed or captured.
""")
ISIL = A("Islamic State of Iraq and the Levant", "IRQ", ["REB", "RAD"])
IRQGOV = A("Iraq's government", "IRQ", "GOV")
IRQMIL = A("Iraqi soldiers", "IRQ", "MIL")
MALIKI = A("Nuri al-Maliki", "IRQ", "GOV")
NUJ = A("Atheel al-Nujaifi", "IRQ", "GOV")
TURKS = A("Turkish consulate staff in Mosul", "TUR", "GOV")
E("bc03", "Islamist militants overrun Mosul as Iraqi troops", ISIL, IRQGOV, ["19", "18", "17"], "190", "2014-06-10",
  P("Mosul", "IRQ"), False, "headline")
E("bc03", "Islamist militants overrun Mosul as Iraqi troops", MALIKI, A("Iraq's parliament", "IRQ", ["LEG", "GOV"]),
  ["02", "10"], "020", "2014-06", None, False, "headline's 'Maliki seeks emergency powers': optional")
E("bc03", "Fighters of the Islamic State of Iraq", ISIL, IRQGOV, ["19", "18", "17"], "190", "2014-06-10", P("Mosul", "IRQ"),
  True, "insurgents taking a city by force 190 (19/18/17); ISIL coded as an Iraqi rebel group (the text places it in "
  "Iraq and names no other country), sector REB or RAD; 'seized Mosul' names the place; 'on Tuesday' before a "
  "Wednesday paper")
E("bc03", "Fighters of the Islamic State of Iraq", IRQMIL, ISIL, ["08"], "0874", "2014-06-10", P("Mosul", "IRQ"), True,
  "'after soldiers and police abandoned their posts ... and fled': military retreat 0874 (RETREAT) inside an 'after' "
  "clause with its own agent, dated by the main clause's Tuesday; compound subject, first member required")
E("bc03", "Fighters of the Islamic State of Iraq", A("Iraqi police", "IRQ", "COP"), ISIL, ["08"], "0874", "2014-06-10",
  P("Mosul", "IRQ"), False, "second member of the compound subject: optional")
E("bc03", "Prime Minister Nuri al-Maliki asked parliament to", MALIKI, A("Iraq's parliament", "IRQ", ["LEG", "GOV"]),
  ["02", "10"], "020", "2014-06", None, True, "a request to parliament 020 (appeal 02, demand 10 also right); the "
  "arming of volunteers is an intention ('would arm'), not coded; no day: month")
E("bc03", "accused army commanders of deserting the city", NUJ, A("Iraqi army commanders", "IRQ", "MIL"), ["11"], "112",
  "2014-06", None, True, "accusation 112; the relative 'who escaped to the Kurdish region' is a flight, not coded; "
  "month")
E("bc03", "accused army commanders of deserting the city", NUJ, A("Mosul residents", "IRQ", "CVL"), ["02", "10"], "020",
  "2014-06", None, False, "second verb, a call on residents: optional")
E("bc03", "militants stormed the Turkish consulate in Mosul", ISIL, TURKS, ["18"], "181", "2014-06-11", P("Mosul", "IRQ"),
  True, "hostage-taking 181 (storming and seizing in one clause); 'On Wednesday' in a Wednesday paper; 'in Mosul' "
  "names the place; the officials' account is attribution, undisputed")
E("bc03", "Ankara warned that anyone who harmed its", A("Turkey", "TUR", "GOV"), ISIL, ["13"], "130", "2014-06", None, True,
  "threat of retaliation 130; 'Ankara' = Turkey's government (actor, not place); no day: month")
E("bc03", "which took control of Falluja in January", ISIL, IRQGOV, ["19", "18", "17"], "190", "2014-01",
  P("Falluja", "IRQ"), True, "dated background in a relative clause with its own agent ('The group, which'): "
  "taking a city 190; 'in January' of the publication year")
E("bc03", "which took control of Falluja in January", ISIL, A("Iraqi government forces", "IRQ", "MIL"), ["19"], "190",
  "2014", None, False, "'has also been fighting government forces in Samarra and around Tikrit': ongoing fighting, "
  "present perfect, two places: optional")
E("bc03", "a State Department spokeswoman called the situation", A("U.S. State Department", "USA", "GOV"), IRQGOV, ["05", "03"],
  "050", "2014-06", P("Washington", "USA"), False, "single outside reaction, a promise of help put as intention "
  "('would help'): optional; 'In Washington' is where the speaker was")
F("bc03", "As many as half a million people", "estimate and count")
F("bc03", "It was not clear how many soldiers", "speculation")

# ---------------------------------------------------------------- bc04 Dubai, Middle East (Iran)
S("bc04", "2019-11-18", "Middle East", """
Khamenei backs fuel price rise and calls rioters "thugs" as protests sweep Iran

DUBAI, United Arab Emirates —

Iran's Supreme Leader Ayatollah Ali Khamenei on Sunday backed a steep increase in gasoline prices that has set off protests across the country, and he denounced those who had attacked banks and petrol stations as "thugs" incited by Iran's enemies.

The government raised the price of regular gasoline by at least 50 percent and rationed purchases early on Friday, and demonstrations broke out within hours in dozens of cities, from Mashhad in the northeast to Ahvaz in the southwest.

Protesters set fire to banks and petrol stations in several cities and blocked highways in Tehran with their cars, state media said.

The authorities cut internet access almost entirely on Saturday, leaving most of the country's 80 million people unable to go online.

Police said about 1,000 people had been arrested.

The Revolutionary Guards warned on Monday that they would take "decisive" action if the unrest continued.

U.S. Secretary of State Mike Pompeo wrote on Twitter that the United States stood with the Iranian people. Iran's Foreign Ministry condemned his remarks on Sunday as interference in Iran's internal affairs.

President Hassan Rouhani has said the extra revenue will be handed to about 60 million Iranians on low incomes.

Gasoline in Iran remains among the cheapest in the world.

It was unclear how many people had been killed in the unrest.
""")
KHAM = A("Ali Khamenei", "IRN", "GOV")
IRNP = A("Iranian protesters", "IRN", ["CVL", "OPP"])
IRNGOV = A("Iran's government", "IRN", "GOV")
E("bc04", "Khamenei backs fuel price rise and calls", KHAM, IRNP, ["11"], "111", "2019-11-17", None, False, "headline")
E("bc04", "Iran's Supreme Leader Ayatollah Ali Khamenei on", KHAM, IRNP, ["11"], "111", "2019-11-17", None, True,
  "denouncing the rioters as thugs 111; 'on Sunday' before a Monday paper; the relative 'who had attacked banks' "
  "restates the arson coded below")
E("bc04", "Iran's Supreme Leader Ayatollah Ali Khamenei on", KHAM, IRNGOV, ["05"], "051", "2019-11-17", None, False,
  "first verb: backing his own government's price rise 051, an internal endorsement: optional")
E("bc04", "demonstrations broke out within hours in dozens", IRNP, IRNGOV, ["14"], "141", "2019-11-15", None, True,
  "protests 141 (event noun with an implied agent); 'within hours' of 'early on Friday'; dozens of cities: place null")
E("bc04", "Protesters set fire to banks and petrol", IRNP, IRNGOV, VPROT, "145", "2019-11", None, True,
  "arson 145 (14/18/17); 'in several cities': no place; no day: month; state media is attribution")
E("bc04", "Protesters set fire to banks and petrol", IRNP, IRNGOV, ["14"], "144", "2019-11", P("Tehran", "IRN"), False,
  "second verb, road blocks 144 (optional, as owned35 ai09); 'in Tehran' names the place")
E("bc04", "The authorities cut internet access almost entirely", IRNGOV, A("Iranian citizens", "IRN", "CVL"), ["17"], "1721",
  "2019-11-16", None, True, "internet shutdown 1721; 'on Saturday'")
E("bc04", "Police said about 1,000 people had been", A("Iranian police", "IRN", "COP"), IRNP, ["17"], "173", "2019-11", None,
  True, "arrests reported by the arresting police 173, required (as owned35 ai05); month")
E("bc04", "The Revolutionary Guards warned on Monday that", A("Revolutionary Guards", "IRN", "MIL"), IRNP, ["13"], "130",
  "2019-11-18", None, True, "threat 130 (a threat of force, 138, also right under 13); 'on Monday' in a Monday paper")
E("bc04", "Pompeo wrote on Twitter that the United", A("Mike Pompeo", "USA", "GOV"), IRNP, ["05"], "050", "2019-11", None,
  False, "single outside statement of support: optional")
E("bc04", "Iran's Foreign Ministry condemned his remarks", A("Iran's Foreign Ministry", "IRN", "GOV"),
  A("Mike Pompeo", "USA", "GOV"), ["11"], "111", "2019-11-17", None, True,
  "condemnation 111; 'his remarks' = Pompeo's; 'on Sunday'; the Dubai dateline is not the place")
F("bc04", "Gasoline in Iran remains among the cheapest", "standing situation")
F("bc04", "It was unclear how many people had", "speculation")

# ---------------------------------------------------------------- bc05 Jakarta, Asia (Indonesia)
S("bc05", "2003-05-19", "Asia", """
Indonesia puts Aceh under martial law, launches offensive after Tokyo talks fail

JAKARTA, Indonesia —

President Megawati Sukarnoputri placed Aceh province under martial law from midnight on Sunday, and thousands of troops began Indonesia's largest military operation in decades against separatist rebels there on Monday.

Hundreds of paratroopers were dropped near the provincial capital, Banda Aceh, at dawn, while marines came ashore from warships along the coast, military officials said.

The decree followed the collapse on Sunday of talks in Tokyo, where negotiators for the Free Aceh Movement, known as GAM, rejected Jakarta's demand that the rebels accept autonomy and drop their fight for independence.

The armed forces commander, General Endriartono Sutarto, had told troops to crush the guerrillas, and soldiers killed at least six rebels in clashes in North Aceh on Monday, the army said.

Police in Banda Aceh detained five members of GAM's team on a joint security committee, hours after the decree took effect.

GAM's military spokesman, Sofyan Daud, accused Jakarta of having wanted war all along and said the rebels were ready to fight for years.

The offensive ends a ceasefire that both sides signed in Geneva in December and that the United States, Japan and the European Union had backed with promises of reconstruction aid.

The rebels have fought for an independent state since 1976 in a conflict that has killed more than 10,000 people.

It was unclear how long the offensive would last.
""")
MEGA = A("Megawati Sukarnoputri", "IDN", "GOV")
GAM = A("Free Aceh Movement (GAM)", "IDN", ["REB", "OPP"])
IDNMIL = A("Indonesian armed forces", "IDN", "MIL")
IDNGOV = A("Indonesia's government", "IDN", "GOV")
E("bc05", "Indonesia puts Aceh under martial law, launches", IDNGOV, GAM, ["17"], "1724", "2003-05-19", P("Aceh", "IDN"), False,
  "headline")
E("bc05", "Indonesia puts Aceh under martial law, launches", IDNMIL, GAM, ["19"], "190", "2003-05-19", None, False,
  "headline's offensive: optional")
E("bc05", "President Megawati Sukarnoputri placed Aceh province under", MEGA, GAM, ["17"], "1724", "2003-05-19",
  P("Aceh", "IDN"), True, "martial law 1724 (as news-dev's declared emergency); target the rebels the measure is aimed "
  "at (the province's people also right in spirit, sector given as the rebels'); 'from midnight on Sunday' = start "
  "of Monday, the publication day; Aceh province named in the clause")
E("bc05", "President Megawati Sukarnoputri placed Aceh province under", IDNMIL, GAM, ["19"], "190", "2003-05-19",
  P("Aceh", "IDN"), True, "second clause with its own subject: the offensive 190; 'on Monday'; 'there' = Aceh "
  "province; 'thousands of troops' unnamed: Indonesia's")
E("bc05", "Hundreds of paratroopers were dropped near the", IDNMIL, GAM, ["15", "19"], "150", "2003-05-19", P("Banda Aceh", "IDN"),
  False, "agentless deployment 150 (15; part of the offensive, 19 also right): optional; 'at dawn' of the Monday")
E("bc05", "where negotiators for the Free Aceh Movement", GAM, IDNGOV, ["12"], "1231", "2003-05-18", P("Tokyo", "JPN"), True,
  "rejecting a demand to give up independence for autonomy 1231 (12); 'on Sunday'; 'talks in Tokyo, where' names "
  "the place; 'Jakarta' = Indonesia's government")
E("bc05", "where negotiators for the Free Aceh Movement", IDNGOV, GAM, ["10", "02"], "1042", "2003-05-18", P("Tokyo", "JPN"),
  False, "nominal demand ('Jakarta's demand that'): optional")
E("bc05", "soldiers killed at least six rebels in", IDNMIL, GAM, ["19"], "190", "2003-05-19", P("North Aceh", "IDN"), True,
  "second clause: soldiers killing rebels in clashes 190 (the army's own report); 'in North Aceh on Monday'; the "
  "commander's order to crush is an instruction to his own troops, not coded")
E("bc05", "Police in Banda Aceh detained five members", A("Indonesian police", "IDN", "COP"), GAM, ["17"], "173",
  "2003-05-19", P("Banda Aceh", "IDN"), True, "arrest 173; 'In Banda Aceh' names the place; 'hours after the decree "
  "took effect' (midnight Sunday) = Monday")
E("bc05", "accused Jakarta of having wanted war all", A("Sofyan Daud", "IDN", ["REB", "OPP"]), IDNGOV, ["11"], "112",
  "2003-05", None, True, "accusation 112; 'Jakarta' = Indonesia's government; the readiness to fight is an intention "
  "(optional threat not listed); no day: month")
E("bc05", "The offensive ends a ceasefire that both", IDNGOV, GAM, AGREE, "057", "2002-12", P("Geneva", "CHE"), True,
  "dated background agreement 057 (05/03/08) in a relative clause with its own agent ('both sides'); 'in December' "
  "before a May paper = December 2002; 'in Geneva' names the place; first-mentioned direction not fixed by 'both "
  "sides': the government first as the state party")
E("bc05", "The offensive ends a ceasefire that both", GAM, IDNGOV, AGREE, "057", "2002-12", P("Geneva", "CHE"), False,
  "reverse direction: optional")
E("bc05", "The offensive ends a ceasefire that both", A("United States", "USA", "GOV"), IDNGOV, ["05", "07"], "050", "2002",
  None, False, "backing with promised aid, pluperfect and undated: optional")
F("bc05", "The rebels have fought for an independent", "standing situation and death toll")
F("bc05", "It was unclear how long the offensive", "speculation")

# ---------------------------------------------------------------- bc06 Lahore, South Asia (Pakistan / United States)
S("bc06", "2011-01-28", "South Asia", """
American held in Lahore after shooting dead two men; Washington demands his release

LAHORE, Pakistan —

Pakistani police arrested an American employee of the U.S. consulate on Thursday after he shot dead two young Pakistani men on a motorcycle at a busy intersection in the city.

A third man was killed when a car racing to the American's aid drove the wrong way down the road and struck him. The car did not stop.

The American, identified by police as Raymond Davis, told officers that the two men had tried to rob him at gunpoint and that he had fired in self-defence.

Lahore's police chief, Aslam Tareen, said on Friday that Davis would be charged with murder, adding that witnesses had described the men being shot as they tried to flee.

The U.S. Embassy in Islamabad said Davis was a member of its administrative and technical staff, entitled to diplomatic immunity, and demanded that he be released at once.

Pakistan's Foreign Office refused on Friday to free him, saying the case was now before the courts and would be handled under Pakistani law.

On Friday, hundreds of people protested outside the police station where Davis was held, burning tyres and chanting slogans against the United States.

Lahore, Pakistan's second-largest city, is home to one of three U.S. consulates in the country.

It was not clear what work Davis did for the consulate.
""")
DAVIS = A("Raymond Davis", "USA", "GOV")
PAKCOP = A("Lahore police", "PAK", "COP")
TWO = A("two Pakistani men", "PAK", "CVL")
USEMB = A("U.S. Embassy in Islamabad", "USA", "GOV")
PAKFO = A("Pakistan's Foreign Office", "PAK", "GOV")
E("bc06", "American held in Lahore after shooting dead", PAKCOP, DAVIS, ["17"], "173", "2011-01-27", P("Lahore", "PAK"), False,
  "headline")
E("bc06", "American held in Lahore after shooting dead", USEMB, PAKFO, DEMAND, "1053", "2011-01", None, False,
  "headline's 'Washington demands his release': optional")
E("bc06", "Pakistani police arrested an American employee of", PAKCOP, DAVIS, ["17"], "173", "2011-01-27", P("Lahore", "PAK"),
  True, "arrest 173; 'on Thursday' before a Friday paper; 'in the city' with the Lahore dateline makes the place "
  "explicit for the clause pair; Davis is a consulate employee: USA/GOV")
E("bc06", "Pakistani police arrested an American employee of", DAVIS, TWO, ["18", "19"], "180", "2011-01-27",
  P("Lahore", "PAK"), True, "dated background inside an 'after' clause with its own agent: a shooting by an "
  "individual 180 (18; 19 also right for an armed state employee); 'at a busy intersection in the city'")
E("bc06", "A third man was killed when a", DAVIS, A("third Pakistani man", "PAK", "CVL"), ["18"], "180", "2011-01-27", None,
  False, "agentless killing by an unnamed driver: optional")
E("bc06", "told officers that the two men had", DAVIS, TWO, ["11"], "112", "2011-01", None, False,
  "Davis's claim that the men tried to rob him: an accusation inside his account: optional")
E("bc06", "said on Friday that Davis would be", A("Aslam Tareen", "PAK", "COP"), DAVIS, ["11", "17"], "112", "2011-01-28", None,
  True, "accusation of murder 112 (a charge announced by police; 173 under 17 also right); 'on Friday' in a Friday paper")
E("bc06", "and demanded that he be released at", USEMB, PAKFO, DEMAND, "1053", "2011-01", None, True,
  "demand for release 1053 (10/02); target Pakistan's government, named as its Foreign Office in the next paragraph; "
  "no day: month")
E("bc06", "Pakistan's Foreign Office refused on Friday to", PAKFO, USEMB, ["12"], "1243", "2011-01-28", None, True,
  "refusing to release a person 1243 (12); 'on Friday'")
E("bc06", "hundreds of people protested outside the police", A("Lahore protesters", "PAK", ["CVL", "OPP"]),
  A("United States", "USA", "GOV"), VPROT, "141", "2011-01-28", None, True,
  "protest 141 against the United States (tyre burning; 145 also right under 14); 'on Friday'; 'outside the police "
  "station' names no city: place null")
F("bc06", "Lahore, Pakistan's second-largest city, is home", "definition")
F("bc06", "It was not clear what work Davis", "speculation")

# ---------------------------------------------------------------- bc07 Kabul, South Asia (Afghanistan / United States)
S("bc07", "2014-07-12", "South Asia", """
Afghan rivals agree to full audit of run-off vote after Kerry steps in

KABUL, Afghanistan —

Afghanistan's two presidential candidates, Abdullah Abdullah and Ashraf Ghani, agreed on Saturday to an audit of every ballot cast in last month's run-off and to form a government of national unity whoever wins, U.S. Secretary of State John Kerry said.

Kerry, who flew into Kabul on Friday, spent two days shuttling between the two camps and the presidential palace.

The deal defused a crisis that erupted on Monday, when the election commission released preliminary results giving Ghani 56.4 percent of the vote.

Abdullah rejected the figures the same day, calling them a coup against the will of the people. On Tuesday, thousands of his supporters rallied in Kabul, and some tore down a portrait of President Hamid Karzai.

President Barack Obama telephoned Abdullah on Tuesday and warned that any attempt to take power by unconstitutional means would cost Afghanistan American aid.

The commission's secretariat chief, Zia ul-Haq Amarkhil, resigned on June 23 after Abdullah's camp released recordings it said showed him ordering officials to stuff ballot boxes. He denied any wrongdoing.

Ghani said he welcomed the audit and was confident it would confirm his lead.

About eight million votes were cast in the June 14 run-off, according to the commission.

Whoever wins will succeed Karzai, who is barred by the constitution from seeking a third term.
""")
ABD = A("Abdullah Abdullah", "AFG", ["OPP", "PTY"])
GHANI = A("Ashraf Ghani", "AFG", ["OPP", "PTY"])
KERRY = A("John Kerry", "USA", "GOV")
IEC = A("Afghanistan's Independent Election Commission", "AFG", "GOV")
E("bc07", "Afghan rivals agree to full audit of", ABD, GHANI, AGREE, "030", "2014-07-12", None, False, "headline")
E("bc07", "Afghanistan's two presidential candidates, Abdullah Abdullah and", ABD, GHANI, AGREE, "030", "2014-07-12", None,
  True, "joint agreement 030 (05/03/08; 057 also right): first-mentioned Abdullah as source required; 'on Saturday' "
  "in a Saturday paper; Kerry's word is attribution; no place in the clause")
E("bc07", "Afghanistan's two presidential candidates, Abdullah Abdullah and", GHANI, ABD, AGREE, "030", "2014-07-12", None,
  False, "reverse direction: optional")
E("bc07", "Kerry, who flew into Kabul on Friday", KERRY, A("Afghanistan", "AFG", "GOV"), ["04"], "042", "2014-07-11",
  P("Kabul", "AFG"), True, "a visit to a foreign capital 042 with the city as place (as owned35 ai06), in a relative "
  "clause with its own date: required; 'on Friday' before a Saturday paper")
E("bc07", "Kerry, who flew into Kabul on Friday", KERRY, ABD, ["04"], "043", "2014-07", P("Kabul", "AFG"), False,
  "shuttling between the camps: mediation/meetings 043 (04; 105 also defensible): optional")
E("bc07", "Abdullah rejected the figures the same day", ABD, IEC, ["12"], "120", "2014-07-07", None, True,
  "refusing to accept results 120; 'the same day' = the Monday of the previous sentence; the calling of the result "
  "a coup (111) is in the same clause and not listed separately")
E("bc07", "thousands of his supporters rallied in Kabul", A("Abdullah's supporters", "AFG", ["CVL", "OPP"]), IEC, ["14"],
  "141", "2014-07-08", P("Kabul", "AFG"), True, "rally 141; 'On Tuesday'; 'in Kabul' names the place; target the "
  "result's authors")
E("bc07", "thousands of his supporters rallied in Kabul", A("Abdullah's supporters", "AFG", ["CVL", "OPP"]),
  A("Hamid Karzai", "AFG", "GOV"), ["14", "11"], "145", "2014-07-08", P("Kabul", "AFG"), False,
  "second clause, tearing down Karzai's portrait: optional")
E("bc07", "President Barack Obama telephoned Abdullah on Tuesday", A("Barack Obama", "USA", "GOV"), ABD, ["13"], "1311",
  "2014-07-08", None, True, "threat to cut aid 1311 (13); 'on Tuesday'; the target is Abdullah, whom the warning "
  "addressed")
E("bc07", "President Barack Obama telephoned Abdullah on Tuesday", A("Barack Obama", "USA", "GOV"), ABD, ["04"], "040",
  "2014-07-08", None, False, "the telephone call 040: optional")
E("bc07", "Zia ul-Haq Amarkhil, resigned on June 23", A("Zia ul-Haq Amarkhil", "AFG", "GOV"), ABD, ["08"], "0831", "2014-06-23",
  None, True, "resignation under pressure 0831 with the accusers as implied target (as news-dev d09); dated 'on June "
  "23'")
E("bc07", "Zia ul-Haq Amarkhil, resigned on June 23", ABD, A("Zia ul-Haq Amarkhil", "AFG", "GOV"), ["11"], "112", "2014-06",
  None, False, "'after Abdullah's camp released recordings it said showed him ordering ...': accusation in an 'after' "
  "clause without a date of its own: optional")
E("bc07", "He denied any wrongdoing.", A("Zia ul-Haq Amarkhil", "AFG", "GOV"), ABD, DENY, "016", "2014-06", None, False,
  "denial 016 (01/12), undated after a dated resignation: optional")
E("bc07", "Ghani said he welcomed the audit and", GHANI, ABD, ["05"], "050", "2014-07", None, False,
  "welcoming the audit 050: restates his part in the lead's agreement: optional")
F("bc07", "About eight million votes were cast in", "count")
F("bc07", "Whoever wins will succeed Karzai, who is", "standing legal situation and future")

# ---------------------------------------------------------------- bc08 Kiev, Europe/Eurasia (Ukraine / EU / Russia)
S("bc08", "2011-10-11", "Europe/Eurasia", """
Ukraine jails Tymoshenko for seven years over gas deal; EU and Moscow object

KIEV, Ukraine —

A Kiev court sentenced former Prime Minister Yulia Tymoshenko to seven years in prison on Tuesday for abusing her powers when she negotiated a 2009 gas contract with Russia, a verdict the European Union warned would damage its ties with Ukraine.

Judge Rodion Kireyev also barred Tymoshenko, the country's main opposition leader, from holding public office for three years after her release and ordered her to repay about $190 million to the state gas company.

Tymoshenko, who has been held in custody since August, compared the proceedings to Stalin's show trials of 1937 and said she would take her case to the European Court of Human Rights.

Outside the courthouse on Khreshchatyk, Kiev's main street, riot police pushed back hundreds of her supporters who tried to break through a cordon.

Catherine Ashton, the EU's foreign policy chief, said the bloc was deeply disappointed and that the case showed justice was being applied selectively in Ukraine.

In Moscow, Prime Minister Vladimir Putin said he did not understand why Tymoshenko had been given seven years, and the Foreign Ministry said the verdict had an anti-Russian undertone.

President Viktor Yanukovych, who defeated Tymoshenko in last year's election, said the ruling was not final and could be changed on appeal.

Ukraine pays more for Russian gas than Germany does, according to government figures.

It was not clear whether the European Union would go ahead with a planned trade pact with Kiev.
""")
TYM = A("Yulia Tymoshenko", "UKR", ["OPP", "PTY"])
UKRCOURT = A("Kiev's Pechersk district court", "UKR", "JUD")
UKRGOV = A("Ukraine's government", "UKR", "GOV")
E("bc08", "Ukraine jails Tymoshenko for seven years over", UKRCOURT, TYM, ["17", "11"], "173", "2011-10-11", None, False,
  "headline")
E("bc08", "Ukraine jails Tymoshenko for seven years over", A("European Union", "EUR", "IGO"), UKRGOV, ["11"], "111",
  "2011-10-11", None, False, "headline's 'EU and Moscow object': optional")
E("bc08", "A Kiev court sentenced former Prime Minister", UKRCOURT, TYM, ["17", "11"], "173", "2011-10-11", P("Kiev", "UKR"),
  True, "prison sentence 173 (court verdicts 17/11, news-dev); 'on Tuesday' in a Tuesday paper; 'A Kiev court' "
  "names the city")
E("bc08", "A Kiev court sentenced former Prime Minister", A("Yulia Tymoshenko", "UKR", ["GOV", "OPP"]),
  A("Russia", "RUS", "GOV"), ["04"], "046", "2009", None, True,
  "dated background in a 'when' clause with its own agent: negotiating the 2009 contract 046; she was prime "
  "minister then (GOV)")
E("bc08", "A Kiev court sentenced former Prime Minister", A("European Union", "EUR", "IGO"), UKRGOV, ["11", "13"], "111",
  "2011-10-11", None, False, "'a verdict the European Union warned would damage its ties': lead summary of Ashton's "
  "statement below: optional")
E("bc08", "Judge Rodion Kireyev also barred Tymoshenko, the", A("Rodion Kireyev", "UKR", "JUD"), TYM, ["17"], "172",
  "2011-10-11", None, False, "ban from office and fine, part of the same verdict: optional")
E("bc08", "compared the proceedings to Stalin's show trials", TYM, UKRCOURT, ["11"], "111", "2011-10", None, True,
  "denunciation of the trial 111; the relative 'who has been held in custody since August' is an agentless "
  "detention (listed next); no day of its own: month")
E("bc08", "compared the proceedings to Stalin's show trials", A("Ukrainian authorities", "UKR", ["GOV", "JUD"]), TYM, ["17"],
  "173", "2011-08", None, False, "agentless detention 'since August': optional")
E("bc08", "riot police pushed back hundreds of her", A("Ukrainian riot police", "UKR", "COP"),
  A("Tymoshenko's supporters", "UKR", ["CVL", "OPP"]), REPR, "175", "2011-10", P("Kiev", "UKR"), True,
  "police pushing back protesters 175 (17/18, as owned35 ai03); 'on Khreshchatyk, Kiev's main street' names the "
  "place; no day: month")
E("bc08", "Catherine Ashton, the EU's foreign policy chief", A("Catherine Ashton", "EUR", "IGO"), UKRGOV, ["11"], "111",
  "2011-10", None, True, "criticism 111 (selective justice); no day: month")
E("bc08", "Putin said he did not understand why", A("Vladimir Putin", "RUS", "GOV"), UKRGOV, ["11"], "111", "2011-10",
  P("Moscow", "RUS"), True, "criticism 111; 'In Moscow' is where the speaker was (as owned35's 'In Washington'); "
  "first clause of two")
E("bc08", "Putin said he did not understand why", A("Russia's Foreign Ministry", "RUS", "GOV"), UKRGOV, ["11"], "111",
  "2011-10", P("Moscow", "RUS"), False, "second clause, the ministry's criticism: optional")
F("bc08", "Ukraine pays more for Russian gas than", "standing situation and comparison")
F("bc08", "It was not clear whether the European", "speculation")

# ---------------------------------------------------------------- bc09 Paris, Europe/Eurasia (France)
S("bc09", "2005-11-09", "Europe/Eurasia", """
France declares state of emergency as suburban riots enter third week

PARIS, France —

The French government declared a state of emergency on Tuesday that allows local officials to impose curfews, as rioting that began in the poor suburbs of Paris nearly two weeks ago spread to towns across the country.

The cabinet, meeting under President Jacques Chirac, invoked a 1955 law last used during the Algerian war. Prime Minister Dominique de Villepin, who announced the plan on television on Monday, said order would be restored.

Youths burned hundreds of cars overnight and attacked police with petrol bombs in the southern city of Toulouse, police said.

The violence started on Oct. 27, when youths clashed with police in Clichy-sous-Bois after two teenagers hiding from officers were electrocuted in an electricity substation there.

Interior Minister Nicolas Sarkozy, who had called rioters "scum" days before the deaths, told parliament on Wednesday that he had ordered the expulsion of foreigners convicted of taking part, including those with residence permits.

Police said they had arrested more than 1,500 people since the unrest began.

A 61-year-old man who was beaten by a rioter in Stains, north of Paris, on Friday died of his injuries on Monday.

Muslim leaders issued a religious edict condemning the violence, and the European Union offered France aid to rebuild damaged neighbourhoods.

More than 6,000 vehicles have been burned since the violence began.

Many residents of the suburbs are the children of immigrants from North and West Africa.
""")
FRAGOV = A("France's government", "FRA", "GOV")
FRAY = A("French rioting youths", "FRA", ["CVL", "OPP"])
FRACOP = A("French police", "FRA", "COP")
SARK = A("Nicolas Sarkozy", "FRA", "GOV")
E("bc09", "France declares state of emergency as suburban", FRAGOV, FRAY, ["17"], "1724", "2005-11-08", None, False, "headline")
E("bc09", "The French government declared a state of", FRAGOV, FRAY, ["17"], "1724", "2005-11-08", None, True,
  "state of emergency 1724 (news-dev's declared emergency); target the rioters it is aimed at; 'on Tuesday' before a "
  "Wednesday paper; the 'as rioting ... spread' clause restates the riots: not listed")
E("bc09", "Prime Minister Dominique de Villepin, who announced", A("Dominique de Villepin", "FRA", "GOV"), FRAY, ["17"], "1724",
  "2005-11-07", None, False, "announcement of the same measure the day before: restatement, optional")
E("bc09", "Youths burned hundreds of cars overnight and", FRAY, FRACOP, VPROT, "145", "2005-11", P("Toulouse", "FRA"), True,
  "rioting and petrol-bomb attacks on police 145 (14/18/17); 'overnight' without an anchor gives the month (as "
  "owned35 ai05); 'in the southern city of Toulouse' names the place; police account undisputed")
E("bc09", "when youths clashed with police in Clichy-sous-Bois", FRAY, FRACOP, CLASH, "145", "2005-10-27",
  P("Clichy-sous-Bois", "FRA"), True, "dated background in a 'when' clause with its own agent: youths clashing with "
  "police (clashes 19/18/14; 145 riot); 'on Oct. 27'; 'in Clichy-sous-Bois' names the place; the electrocution is an "
  "accident, not coded")
E("bc09", "when youths clashed with police in Clichy-sous-Bois", FRACOP, FRAY, CLASH, "145", "2005-10-27",
  P("Clichy-sous-Bois", "FRA"), False, "reverse direction of the clash: optional")
E("bc09", 'who had called rioters "scum" days before', SARK, FRAY, ["11"], "111", "2005-10", None, True,
  "insult 111 in a relative clause with its own agent, dated 'days before the deaths' (of Oct. 27): October 2005")
E("bc09", 'who had called rioters "scum" days before', SARK, A("foreign rioters", None, ["CVL", "OPP"]), ["17"], "174",
  "2005-11-09", None, False, "'told parliament ... he had ordered the expulsion of foreigners convicted': "
  "an order for deportations 174 not yet carried out, with no named persons: optional; the clause names no city")
E("bc09", "Police said they had arrested more than", FRACOP, FRAY, ["17"], "173", "2005", None, True,
  "arrests reported by the arresting police 173, required (as owned35 ai05); 'since the unrest began' (Oct. 27) is a "
  "span over two months: year")
E("bc09", "A 61-year-old man who was beaten by", A("a French rioter", "FRA", ["CVL", "OPP"]), A("a 61-year-old man in Stains",
  "FRA", "CVL"), ["18"], "1823", "2005-11-04", P("Stains", "FRA"), True,
  "beating to death 1823 (18), passive with an agent in a relative clause, dated 'on Friday' (Nov. 4, before a "
  "Wednesday paper); 'in Stains' names the place; his death on Monday is not a separate event")
E("bc09", "Muslim leaders issued a religious edict condemning", A("French Muslim leaders", "FRA", "REL"), FRAY, ["11"], "111",
  "2005-11", None, False, "condemnation 111 with no day: optional side reaction")
E("bc09", "Muslim leaders issued a religious edict condemning", A("European Union", "EUR", "IGO"), FRAGOV, ["07", "03"], "033",
  "2005-11", None, False, "second clause, an outside offer of aid 033: optional")
F("bc09", "More than 6,000 vehicles have been burned", "count")
F("bc09", "Many residents of the suburbs are the", "standing situation")

# ---------------------------------------------------------------- bc10 Asuncion, Americas (Paraguay)
S("bc10", "2017-04-01", "Americas", """
Protesters torch Paraguay's Congress over re-election vote; police kill opposition activist

ASUNCION, Paraguay —

Protesters broke into Paraguay's Congress and set part of the building on fire on Friday night after senators approved, in a session held behind closed doors, a constitutional amendment that would let President Horacio Cartes seek a second term.

Police fired rubber bullets and water cannon at the crowd late on Friday, and several opposition lawmakers were among dozens of people injured.

Early on Saturday, police raided the headquarters of the opposition Liberal Party in the capital and shot dead Rodrigo Quintana, a 25-year-old party youth leader.

Hours later, Cartes dismissed his interior minister, Tadeo Rojas, and the national police chief, Crispulo Sotelo, and appealed for calm, saying democracy could not be defended with violence.

Efrain Alegre, the Liberal leader, accused the government of staging a coup against the constitution and held Cartes responsible for Quintana's death.

Former President Fernando Lugo, who was removed by the Senate in 2012 and would also be allowed to run again under the amendment, backs the change.

Paraguay's constitution, adopted in 1992, limits presidents to a single five-year term.

It was not clear when the lower house would vote on the amendment.
""")
PRYP = A("Paraguayan protesters", "PRY", ["CVL", "OPP"])
PRYCOP = A("Paraguayan police", "PRY", "COP")
CONG = A("Paraguay's Congress", "PRY", ["LEG", "GOV"])
PLRA = A("Liberal Party (PLRA)", "PRY", ["OPP", "PTY"])
CARTES = A("Horacio Cartes", "PRY", "GOV")
E("bc10", "Protesters torch Paraguay's Congress over re-election vote", PRYP, CONG, VPROT, "145", "2017-03-31", None, False,
  "headline")
E("bc10", "Protesters torch Paraguay's Congress over re-election vote", PRYCOP, A("Rodrigo Quintana", "PRY", ["OPP", "PTY"]),
  ["17", "18", "19"], "175", "2017-04-01", None, False, "headline's second clause: optional")
E("bc10", "Protesters broke into Paraguay's Congress and set", PRYP, CONG, VPROT, "145", "2017-03-31", None, True,
  "storming and arson 145 (14/18/17); 'on Friday night' before a Saturday paper; the building is not a city: place "
  "null; the Senate's vote in the 'after' clause has no CAMEO code")
E("bc10", "Police fired rubber bullets and water cannon", PRYCOP, PRYP, REPR, "175", "2017-03-31", None, True,
  "force against protesters 175 (17/18); unnamed police are Paraguay's; 'late on Friday'; the agentless injuries "
  "are not listed")
E("bc10", "police raided the headquarters of the opposition", PRYCOP, PLRA, ["17", "18"], "170", "2017-04-01",
  P("Asuncion", "PRY"), True, "raid on a party headquarters 170 (17/18); 'Early on Saturday' in a Saturday paper; "
  "'in the capital' with the Asuncion dateline names the place")
E("bc10", "police raided the headquarters of the opposition", PRYCOP, A("Rodrigo Quintana", "PRY", ["OPP", "PTY"]),
  ["17", "18", "19"], "175", "2017-04-01", P("Asuncion", "PRY"), True,
  "second verb with its own target: police killing an opposition activist during the protest crackdown 175 "
  "(17/18/19, as owned35 ai10/ai11 police killings of protesters); required: the story turns on it")
E("bc10", "Cartes dismissed his interior minister, Tadeo Rojas", CARTES, A("Tadeo Rojas", "PRY", "GOV"), ["08", "17"], "083",
  "2017-04", None, False, "firing his own minister and police chief after the killing: a concession 083 at best, no "
  "clear CAMEO event: optional")
E("bc10", "Cartes dismissed his interior minister, Tadeo Rojas", CARTES, PRYP, ["02"], "020", "2017-04", None, False,
  "appeal for calm 020 (0252 also right): optional")
E("bc10", "accused the government of staging a coup", A("Efrain Alegre", "PRY", ["OPP", "PTY"]), CARTES, ["11"], "112",
  "2017-04", None, True, "accusation 112; 'the government' = Cartes's, named in the second verb; no day: month")
E("bc10", "who was removed by the Senate in", A("Paraguay's Senate", "PRY", ["LEG", "GOV"]), A("Fernando Lugo", "PRY", "GOV"),
  ["17", "12", "11"], "172", "2012", None, True, "removal of a president by parliament 172 (17/12/11, as owned35 ai10), a "
  "passive with an agent in a relative clause dated 'in 2012'")
E("bc10", "who was removed by the Senate in", A("Fernando Lugo", "PRY", ["OPP", "PTY", "LEG"]), CARTES, ["05"], "051",
  "2017-04", None, False, "Lugo 'backs the change', present tense support: optional")
F("bc10", "Paraguay's constitution, adopted in 1992, limits presidents", "standing legal situation")
F("bc10", "It was not clear when the lower", "speculation")

# ---------------------------------------------------------------- bc11 Quito, Americas (Ecuador)
S("bc11", "2023-08-10", "Americas", """
Ecuador's Lasso declares emergency after presidential candidate shot dead in Quito

QUITO, Ecuador —

Gunmen shot dead Ecuadorean presidential candidate Fernando Villavicencio as he left a campaign rally at a school in northern Quito on Wednesday evening, 11 days before the Aug. 20 election.

President Guillermo Lasso declared a 60-day state of emergency across the country on Thursday and three days of national mourning, saying organised crime had gone too far.

One suspect was killed in an exchange of fire with security guards, and police arrested six men, all Colombian nationals, in raids in the capital overnight, Interior Minister Juan Zapata said.

Villavicencio, a former journalist who had exposed corruption under former President Rafael Correa, said last week that a leader of the Los Choneros gang had threatened to kill him.

Lasso said he had asked the FBI to help with the investigation and that Washington had agreed to send a team.

The killing came less than a month after gunmen shot dead Agustin Intriago, the mayor of the port city of Manta, in July.

Lasso, who dissolved the National Assembly in May to avoid an impeachment trial, is not standing in the election.

Ecuador's murder rate has more than quadrupled since 2018 as gangs fight over cocaine routes to the Pacific ports.

It was unclear whether the vote would go ahead as planned.
""")
VILLA = A("Fernando Villavicencio", "ECU", ["PTY", "OPP"])
LASSO = A("Guillermo Lasso", "ECU", "GOV")
E("bc11", "Ecuador's Lasso declares emergency after presidential candidate", LASSO, None, ["17"], "1724", "2023-08-10", None,
  False, "headline")
E("bc11", "Ecuador's Lasso declares emergency after presidential candidate", GUNMEN, VILLA, ATTACK, "186", "2023-08-09",
  P("Quito", "ECU"), False, "headline's agentless killing: optional")
E("bc11", "Gunmen shot dead Ecuadorean presidential candidate Fernando", GUNMEN, VILLA, ATTACK, "186", "2023-08-09",
  P("Quito", "ECU"), True, "assassination 186 (18/19/20); unnamed gunmen null/null as news-dev; 'in northern Quito on "
  "Wednesday evening' before a Thursday paper")
E("bc11", "President Guillermo Lasso declared a 60-day state", LASSO, None, ["17"], "1724", "2023-08-10", None, True,
  "state of emergency 1724 (news-dev); no target in the clause: null; 'on Thursday' in a Thursday paper; 'across "
  "the country' is no place")
E("bc11", "police arrested six men, all Colombian nationals", A("Ecuadorean police", "ECU", "COP"),
  A("Colombian suspects", "COL", ["CRM", "CVL"]), ["17"], "173", "2023-08", P("Quito", "ECU"), True,
  "arrests 173; the suspects' nationality is given (COL); 'in raids in the capital' with the Quito dateline names "
  "the place; 'overnight' without an anchor: month; the minister's account is attribution")
E("bc11", "police arrested six men, all Colombian nationals", A("Ecuadorean security guards", "ECU", ["COP", "GOV"]),
  A("Colombian suspects", "COL", ["CRM", "CVL"]), ["19", "18"], "190", "2023-08-09", None, False,
  "agentless killing in an exchange of fire: optional")
E("bc11", "said last week that a leader of", A("Los Choneros leader", "ECU", "CRM"), VILLA, ["13"], "1383", "2023-08", None,
  False, "death threat 1383 inside the victim's own account, undated: optional")
E("bc11", "Lasso said he had asked the FBI", LASSO, A("FBI", "USA", ["COP", "GOV"]), ["02", "10"], "0213", "2023-08", None,
  True, "request for judicial cooperation 0213 (02); no day: month")
E("bc11", "Lasso said he had asked the FBI", A("United States", "USA", "GOV"), A("Ecuador's government", "ECU", "GOV"),
  ["03", "06"], "0313", "2023-08", None, False, "'Washington had agreed to send a team': agreement to cooperate "
  "0313 in reported speech: optional; 'Washington' = the U.S. government")
E("bc11", "gunmen shot dead Agustin Intriago, the mayor", GUNMEN, A("Agustin Intriago", "ECU", "GOV"), ATTACK, "186", "2023-07",
  P("Manta", "ECU"), True, "dated background in an 'after' clause with its own agent: assassination 186 'in July'; "
  "'the mayor of the port city of Manta' names Manta as his city, taken as the place")
E("bc11", "Lasso, who dissolved the National Assembly in", LASSO, A("Ecuador's National Assembly", "ECU", ["LEG", "GOV"]),
  ["17"], "172", "2023-05", None, True, "dated background in a relative clause with its own agent: dissolving the "
  "legislature 172 (administrative sanction, 17); 'in May' of the publication year")
F("bc11", "Ecuador's murder rate has more than quadrupled", "standing situation and count")
F("bc11", "It was unclear whether the vote would", "speculation")

# ---------------------------------------------------------------- bc12 Dili, Pacific (East Timor / Australia)
S("bc12", "2013-12-05", "Pacific", """
East Timor condemns Australian raid on its lawyer's office before spying case

DILI, East Timor —

East Timor's Prime Minister Xanana Gusmao on Wednesday condemned raids by Australian intelligence officers on the office of a lawyer who represents his country in a spying dispute with Canberra, calling them counterproductive and unconscionable.

Officers of the Australian Security Intelligence Organisation searched Bernard Collaery's office in Canberra on Tuesday and took documents and computer files, the lawyer said from The Hague, where an arbitration hearing in the case opens on Thursday.

A former Australian intelligence officer who was due to testify for East Timor was questioned and had his passport cancelled, Collaery said, and he accused the government of trying to intimidate the witness.

Attorney-General George Brandis said he had authorised the warrants on national security grounds and denied that the raids were meant to interfere with the arbitration.

East Timor says Australian agents bugged its cabinet offices in Dili in 2004, during talks on a treaty dividing revenue from oil and gas under the Timor Sea, and wants the treaty declared void.

Gusmao said his government had trusted Australia as a friend and expected it to return the seized material.

The row comes two weeks after Indonesia suspended military cooperation with Australia over reports that Australian spies had tapped the phone of President Susilo Bambang Yudhoyono.

The treaty gives each country half of the revenue from the Greater Sunrise gas fields.

It was not clear whether the tribunal would hear from the former officer.
""")
XANANA = A("Xanana Gusmao", "TLS", "GOV")
ASIO = A("Australian Security Intelligence Organisation", "AUS", ["SPY", "GOV"])
AUSGOV = A("Australia's government", "AUS", "GOV")
COLL = A("Bernard Collaery", "AUS", "CVL")
E("bc12", "East Timor condemns Australian raid on its", A("East Timor", "TLS", "GOV"), AUSGOV, ["11"], "111", "2013-12-04",
  None, False, "headline")
E("bc12", "Prime Minister Xanana Gusmao on Wednesday condemned", XANANA, AUSGOV, ["11"], "111", "2013-12-04", None, True,
  "condemnation 111; 'on Wednesday' before a Thursday paper; 'Canberra' = Australia's government (actor); the "
  "nominal raids are detailed in the next paragraph (their lead mention is not listed)")
E("bc12", "searched Bernard Collaery's office in Canberra on", ASIO, COLL, ["17"], "1711", "2013-12-03", P("Canberra", "AUS"),
  True, "search and seizure of papers 1711 (confiscate property, 17); 'in Canberra on Tuesday'; the lawyer's account "
  "is undisputed (Brandis confirms the warrants)")
E("bc12", "A former Australian intelligence officer who was", ASIO, A("former Australian intelligence officer", "AUS", "SPY"),
  ["17"], "172", "2013-12", None, False, "agentless questioning and passport cancellation (172 travel restriction) "
  "inside the lawyer's account: optional")
E("bc12", "A former Australian intelligence officer who was", COLL, AUSGOV, ["11"], "112", "2013-12", None, True,
  "accusation of intimidation 112 in a clause of its own ('and he accused'); no day: month")
E("bc12", "Attorney-General George Brandis said he had authorised", A("George Brandis", "AUS", "GOV"),
  A("East Timor", "TLS", "GOV"), DENY, "016", "2013-12", None, True,
  "denial 016 (01/12) of the charge of interfering; target the accuser; no day: month")
E("bc12", "East Timor says Australian agents bugged its", A("East Timor", "TLS", "GOV"), AUSGOV, ["11"], "112", "2013", None,
  False, "standing accusation in the present tense; the 2004 bugging itself is alleged, not asserted: optional")
E("bc12", "East Timor says Australian agents bugged its", AUSGOV, A("East Timor", "TLS", "GOV"), ["04"], "046", "2004",
  None, False, "'during talks on a treaty' in 2004: nominal negotiations 046 inside East Timor's account: optional")
E("bc12", "Gusmao said his government had trusted Australia", XANANA, AUSGOV, ["10", "02"], "1053", "2013-12", None, False,
  "'expected it to return the seized material': a demand for return of property 1053, put as an expectation: "
  "optional")
E("bc12", "Indonesia suspended military cooperation with Australia over", A("Indonesia", "IDN", "GOV"), AUSGOV, SANCT, "160",
  "2013-11", None, True, "dated background in an 'after' clause with its own agent: suspending cooperation 160 "
  "(16/17); 'two weeks after' before a December 5 paper = November; the tapping is in reports, alleged: not coded")
F("bc12", "The treaty gives each country half of", "standing situation")
F("bc12", "It was not clear whether the tribunal", "speculation")
if __name__ == "__main__":
    write(HERE)
