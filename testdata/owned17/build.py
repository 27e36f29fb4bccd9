#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned17 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run).
Coding notes are kept per line.
Run: python3 testdata/owned17/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
FIRE = ["17", "18", "19"]
CEASE = ["08", "03"]
EXPEL = ["17", "16"]
LEAVE = ["16", "12"]

# ---------------------------------------------------------------- h01 Abuja, Africa (Mali / Burkina Faso / Niger / ECOWAS)
S("h01", "2024-01-29", "Africa", """
Sahel juntas quit West African bloc, accuse it of serving foreign powers

ABUJA, Nigeria —

The military rulers of Mali, Burkina Faso and Niger announced on Sunday that their countries were leaving the Economic Community of West African States with immediate effect, the heaviest blow yet to the 15-nation bloc.

In a joint statement read on state television in Niamey, Colonel Amadou Abdramane, the spokesman of Niger's junta, accused the bloc of straying from its founding ideals and of falling under the influence of foreign powers. The three governments also charged that it had abandoned them against jihadist insurgents.

The bloc shut its borders with Niger and froze the country's reserves at the regional central bank after soldiers toppled President Mohamed Bazoum last July. All three states have been suspended from its decision-making bodies.

In a statement issued at its headquarters here, the ECOWAS commission said it had not received formal notice of the withdrawal and remained committed to a negotiated way out of the impasse with the three countries.

The juntas, which have turned away from France and drawn closer to Moscow, signed a mutual defence pact known as the Alliance of Sahel States in September.

In Bamako, several hundred supporters of the Malian authorities gathered at the Independence Monument to celebrate, waving Russian flags. Siaka Doumbia, a law student in the crowd, said the bloc had treated Malians as enemies.

Under the bloc's treaty, a member must give a year's notice before leaving. It was not clear whether the three countries would honour that rule.
""")
MLI = A("Mali", "MLI", ["GOV", "MIL"])
BFA = A("Burkina Faso", "BFA", ["GOV", "MIL"])
NER = A("Niger", "NER", ["GOV", "MIL"])
ECOWAS = A("ECOWAS", None, ["IGO", "GOV"])
SAHEL = A("Sahel juntas", None, ["GOV", "MIL"])
E("h01", "Sahel juntas quit West African bloc, accuse", SAHEL, ECOWAS, LEAVE, "161", "2024-01-28", None, False, "headline")
E("h01", "The military rulers of Mali, Burkina Faso", MLI, ECOWAS, LEAVE, "161", "2024-01-28", None, True,
  "announced withdrawal from the bloc: reducing relations 161 (16, or 12 for rejecting the bloc); compound subject, "
  "one event per member, first (Mali) required; Sunday in a Monday paper")
E("h01", "The military rulers of Mali, Burkina Faso", BFA, ECOWAS, LEAVE, "161", "2024-01-28", None, False,
  "second member of the compound subject: optional")
E("h01", "The military rulers of Mali, Burkina Faso", NER, ECOWAS, LEAVE, "161", "2024-01-28", None, False,
  "third member of the compound subject: optional")
E("h01", "Colonel Amadou Abdramane, the spokesman of Niger's", A("Amadou Abdramane", "NER", ["GOV", "MIL"]), ECOWAS,
  ["11"], "112", "2024-01-28", P("Niamey", "NER"), True,
  "accusation read out for the three juntas; the statement is Sunday's; the clause names Niamey")
E("h01", "The three governments also charged that it", SAHEL, ECOWAS, ["11"], "112", "2024-01-28", None, False,
  "second charge of the same statement, 'it' = the bloc: optional")
E("h01", "The bloc shut its borders with Niger", ECOWAS, NER, SANCT, "163", "2023", None, True,
  "border closure and frozen reserves: sanctions 163 (16/17); background, only 'after ... last July': the year")
E("h01", "after soldiers toppled President Mohamed Bazoum last", A("Nigerien soldiers", "NER", "MIL"),
  A("Mohamed Bazoum", "NER", "GOV"), COUP, "1724", "2023-07", None, True,
  "the 2023 coup in an 'after' clause with its own agent, 'last July' in a January paper: 2023-07; 17/19")
E("h01", "All three states have been suspended from", ECOWAS, MLI, SANCT, "161", None, None, False,
  "agentless present-perfect passive, undated standing suspension: optional")
E("h01", "remained committed to a negotiated way out", ECOWAS, MLI, ["03", "04"], "036", "2024-01", P("Abuja", "NGA"), True,
  "stated commitment to negotiate 036; compound object 'the three countries', first (Mali) required; no day: month; "
  "'at its headquarters here' = Abuja")
E("h01", "signed a mutual defence pact known as", MLI, BFA, AGREE, "057", "2023-09", None, True,
  "signed pact, dated 'in September' (2023); 'the juntas' = the three, first-mentioned pair Mali-Burkina Faso required")
E("h01", "signed a mutual defence pact known as", MLI, NER, AGREE, "057", "2023-09", None, False,
  "other pairs of the joint signing: optional")
E("h01", "which have turned away from France and", SAHEL, A("France", "FRA", "GOV"), ["16", "12"], "160", None, None, False,
  "undated standing turn away from France: optional")
E("h01", "several hundred supporters of the Malian authorities", A("Malian civilians", "MLI", "CVL"), MLI, ["05", "01"],
  "051", "2024-01", P("Bamako", "MLI"), False, "celebratory rally of supporters: optional (as k02's cheering crowd)")
E("h01", "said the bloc had treated Malians as", A("Siaka Doumbia", "MLI", "CVL"), ECOWAS, ["11"], "111", "2024-01", None,
  False, "a bystander's criticism: optional")
F("h01", "Under the bloc's treaty, a member must", "rule (normative statement)")
F("h01", "It was not clear whether the three", "speculation")

# ---------------------------------------------------------------- h02 Lagos, Africa (Nigeria)
S("h02", "2020-10-21", "Africa", """
Nigerian soldiers open fire on Lagos protesters; curfew fails to calm anger

LAGOS, Nigeria —

Soldiers opened fire on hundreds of young people protesting against police brutality at the Lekki toll gate here on Tuesday night, killing at least 12 people across Lagos, according to Amnesty International.

Witnesses said the troops arrived shortly after dusk, as the protesters sat on the road singing the national anthem. Street lights at the plaza had gone dark minutes earlier. A disc jockey who streamed the scene live on Instagram showed the wounded being carried away.

Osai Ojigho, the head of Amnesty's Nigeria office, said the shootings amounted to extrajudicial executions and called for the soldiers to be brought to justice. The army dismissed the reports as fake news and denied that its men had been at the toll gate.

Governor Babajide Sanwo-Olu, who had imposed a 24-hour curfew on the city hours before the shooting, ordered an inquiry on Wednesday and said he had visited wounded protesters in hospital.

The protests, which began this month over abuses by a police unit known as SARS, had already won one concession: the federal government disbanded the squad on Oct. 11. Demonstrators wanted its officers prosecuted.

On Wednesday, crowds set fire to a television station and several police posts in Lagos, and gunshots echoed through parts of the city.

U.N. Secretary-General Antonio Guterres urged the security forces to act with restraint and called for an end to police abuses.

Nigeria has the largest population in Africa. It was unclear how many of the wounded remained in hospital.
""")
NGAM = A("Nigerian army", "NGA", "MIL")
PROT = A("Nigerian protesters", "NGA", ["CVL", "OPP"])
SANWO = A("Babajide Sanwo-Olu", "NGA", "GOV")
E("h02", "Nigerian soldiers open fire on Lagos protesters", NGAM, PROT, FIRE, "175", "2020-10-20", None, False, "headline")
E("h02", "Soldiers opened fire on hundreds of young", NGAM, PROT, FIRE, "175", "2020-10-20", P("Lagos", "NGA"), True,
  "shooting at a protest 175 (17/18/19); 'according to Amnesty' is an outside account nobody but the army disputes and "
  "the story rests on it; 'here' = Lagos; Tuesday night in a Wednesday paper")
E("h02", "said the shootings amounted to extrajudicial executions", A("Osai Ojigho", None, "NGO"), NGAM, ["11"], "1122",
  "2020-10", None, True, "accusation of abuses by the head of a rights group's office (rights groups null/NGO as HRW in "
  "owned13); no day: month")
E("h02", "called for the soldiers to be brought", A("Osai Ojigho", None, "NGO"), A("Nigeria", "NGA", "GOV"), DEMAND, "100",
  "2020-10", None, False, "demand for prosecution, second verb: optional")
E("h02", "The army dismissed the reports as fake", NGAM, A("Amnesty International", None, "NGO"), DENY, "016", "2020-10",
  None, True, "denial 016 (01/12) of the rights group's reports; no day: month")
E("h02", "who had imposed a 24-hour curfew on", SANWO, A("Lagos residents", "NGA", "CVL"), ["17"], "1723", "2020-10-20",
  P("Lagos", "NGA"), True, "curfew in a relative clause with its own agent, 'hours before the shooting': Tuesday; "
  "'the city' with the dateline = Lagos")
E("h02", "ordered an inquiry on Wednesday and said", SANWO, NGAM, ["09"], "092", "2020-10-21", None, False,
  "inquiry into the shooting, target implied: optional")
E("h02", "the federal government disbanded the squad on", A("Nigeria", "NGA", "GOV"), PROT, ["08"], "083", "2020-10-11",
  None, True, "disbanding a police unit as the protesters demanded: acceding 083 (08); dated background 'Oct. 11'")
E("h02", "Demonstrators wanted its officers prosecuted", PROT, A("Nigeria", "NGA", "GOV"), DEMAND, "100", "2020-10", None,
  False, "standing demand: optional")
E("h02", "crowds set fire to a television station", A("Nigerian rioters", "NGA", "CVL"), A("Nigerian media", "NGA", "MED"),
  VPROT, "145", "2020-10-21", P("Lagos", "NGA"), True,
  "arson in a riot 145 (14/18/17); compound object, the station first required; the clause names Lagos")
E("h02", "crowds set fire to a television station", A("Nigerian rioters", "NGA", "CVL"), A("Nigerian police", "NGA", "COP"),
  VPROT, "145", "2020-10-21", P("Lagos", "NGA"), False, "second object, the police posts: optional")
E("h02", "Antonio Guterres urged the security forces to", A("Antonio Guterres", "UNO", "IGO"), NGAM, DEMAND, "0256",
  "2020-10", None, False, "single outside appeal for restraint: optional")
F("h02", "Nigeria has the largest population in Africa", "standing situation")
F("h02", "It was unclear how many of the", "speculation")

# ---------------------------------------------------------------- h03 Cairo, Middle East (Egypt)
S("h03", "2013-07-04", "Middle East", """
Egypt's army removes Mursi, suspends constitution; Brotherhood leaders arrested

CAIRO, Egypt —

Egypt's armed forces removed President Mohamed Mursi on Wednesday, a year after he took office as the country's first freely elected leader, and installed the head of the constitutional court as interim president.

In an address broadcast on state television, General Abdel Fattah al-Sisi, the army commander, said the constitution had been suspended and promised an early presidential election. The chief justice, Adly Mansour, was sworn in on Thursday morning.

Mursi was being held at a Republican Guard barracks, according to a Muslim Brotherhood spokesman, Gehad El-Haddad. Police arrested Saad al-Katatni, the head of the movement's political party, and prosecutors ordered the detention of some 300 other members, judicial sources said.

The army had given Mursi 48 hours on Monday to meet the demands of millions of protesters who had thronged the streets since Sunday. He refused, and in a recorded message he denounced the generals' move as a full coup and urged his supporters to resist peacefully.

Hundreds of thousands of his opponents celebrated with fireworks in Tahrir Square. At least 14 people were killed overnight in clashes between Mursi's supporters and opponents across the country, security officials said.

U.S. President Barack Obama said he was deeply concerned and directed his officials to review American aid to Cairo. Egypt receives about $1.3 billion a year in U.S. military assistance.

Three Islamist television channels were taken off the air minutes after Sisi spoke. It was not clear how long the transition would last.
""")
EGYM = A("Egyptian armed forces", "EGY", ["MIL", "GOV"])
MURSI = A("Mohamed Mursi", "EGY", "GOV")
MB = A("Muslim Brotherhood", "EGY", ["PTY", "OPP"])
E("h03", "Egypt's army removes Mursi, suspends constitution; Brotherhood", EGYM, MURSI, COUP, "1724", "2013-07-03", None, False,
  "headline")
E("h03", "Egypt's armed forces removed President Mohamed Mursi", EGYM, MURSI, COUP, "1724", "2013-07-03", None, True,
  "military removal of the president: takeover 1724 (17/19), as k05; Wednesday in a Thursday paper")
E("h03", "said the constitution had been suspended and", A("Abdel Fattah al-Sisi", "EGY", ["MIL", "GOV"]), A("Egypt", "EGY", None),
  COUP, "1724", "2013-07-03", None, False, "announced suspension of the constitution, self-directed: optional (as k02)")
E("h03", "Mursi was being held at a Republican", EGYM, MURSI, REPR, "173", "2013-07", None, True,
  "detention, agentless passive with the army implied; the Brotherhood spokesman's account is undisputed and the story "
  "depends on it; no day: month")
E("h03", "Police arrested Saad al-Katatni, the head of", A("Egyptian police", "EGY", "COP"), A("Saad al-Katatni", "EGY", ["PTY", "OPP"]),
  REPR, "173", "2013-07", None, True, "arrest; 'judicial sources said'; no day: month")
E("h03", "prosecutors ordered the detention of some 300", A("Egyptian prosecutors", "EGY", "JUD"), MB, REPR, "173", "2013-07",
  None, False, "detention orders, second clause of the arrest sentence, no named person: optional")
E("h03", "The army had given Mursi 48 hours", EGYM, MURSI, ["13", "10"], "139", "2013-07-01", None, True,
  "ultimatum 139 (13, or 10 as a demand); 'on Monday' in a Thursday paper")
E("h03", "millions of protesters who had thronged the", A("Egyptian protesters", "EGY", ["CVL", "OPP"]), MURSI, ["14"], "141",
  "2013-06-30", None, True, "mass demonstrations against the president in a relative clause with its own agent, 'since Sunday'")
E("h03", "He refused, and in a recorded message", MURSI, EGYM, ["12"], "123", "2013-07", None, True,
  "stated refusal of the army's demands: 123 (12); 'He' = Mursi; no day: month")
E("h03", "denounced the generals' move as a full", MURSI, EGYM, ["11"], "111", "2013-07", None, True,
  "denunciation of the takeover; no day: month")
E("h03", "urged his supporters to resist peacefully", MURSI, A("Mursi supporters", "EGY", ["CVL", "PTY"]), DEMAND, "020",
  "2013-07", None, False, "appeal to his own camp: optional")
E("h03", "clashes between Mursi's supporters and opponents across", A("Mursi supporters", "EGY", ["CVL", "PTY"]),
  A("Egyptian protesters", "EGY", ["CVL", "OPP"]), CLASH, "190", "2013-07", None, True,
  "clashes between camps 190 (19/18/14), first-mentioned direction required; 'overnight' of Wednesday to Thursday: month")
E("h03", "clashes between Mursi's supporters and opponents across", A("Egyptian protesters", "EGY", ["CVL", "OPP"]),
  A("Mursi supporters", "EGY", ["CVL", "PTY"]), CLASH, "190", "2013-07", None, False, "reverse direction: optional")
E("h03", "directed his officials to review American aid", A("Barack Obama", "USA", "GOV"), A("Egypt", "EGY", "GOV"),
  ["01", "16"], "014", "2013-07", None, False, "single outside reaction, considering an aid review: optional")
E("h03", "Three Islamist television channels were taken off", EGYM, A("Islamist media", "EGY", "MED"), ["17"], "1721",
  "2013-07-03", None, False, "agentless passive; shutting channels 1721: optional")
F("h03", "Egypt receives about $1.3 billion a year", "standing situation")
F("h03", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- h04 Ankara, Middle East (Turkey / Syria / U.S.)
S("h04", "2019-10-18", "Middle East", """
Turkey agrees to pause Syria offensive after Pence talks; Kurds must pull back

ANKARA, Turkey —

Turkey agreed on Thursday to suspend its offensive in northeast Syria for five days so that Kurdish-led fighters can withdraw from a strip along the border, U.S. Vice President Mike Pence said after more than four hours of talks with President Tayyip Erdogan here.

Under the deal, Washington will not impose further penalties on Turkey and will lift the sanctions it announced on Monday once a permanent ceasefire is in place, Pence told reporters.

Turkish Foreign Minister Mevlut Cavusoglu insisted the arrangement was a pause, not a ceasefire, and warned that the operation would resume if the YPG militia had not left the zone by Tuesday night.

Ankara launched the incursion on Oct. 9, three days after President Donald Trump pulled American troops out of its path. Turkey regards the YPG as an extension of Kurdish insurgents at home.

Mazloum Abdi, the commander of the Syrian Democratic Forces, told a Kurdish broadcaster that his fighters would abide by the truce between Tel Abyad and Ras al-Ain.

Hours before the talks began, the alliance accused Turkish-backed Syrian rebels of shelling homes in Ras al-Ain, its spokesman Mustafa Bali said.

The border region is home to about two million people, many of them Kurds. Whether the pause would hold was far from certain.
""")
TUR = A("Turkey", "TUR", "GOV")
TURM = A("Turkey", "TUR", ["GOV", "MIL"])
SDF = A("Syrian Democratic Forces", "SYR", ["REB", "MIL"])
USA = A("United States", "USA", "GOV")
E("h04", "Turkey agrees to pause Syria offensive after", TUR, SDF, CEASE, "0871", "2019-10-17", None, False, "headline")
E("h04", "Turkey agreed on Thursday to suspend its", TUR, SDF, CEASE, "0871", "2019-10-17", None, True,
  "agreed suspension of the offensive: declared ceasefire 0871 (08/03) towards the fighters it is fighting; Thursday")
E("h04", "Turkey agreed on Thursday to suspend its", TUR, USA, AGREE, "057", "2019-10-17", None, False,
  "the deal with Washington as an agreement: optional second reading")
E("h04", "four hours of talks with President Tayyip", A("Mike Pence", "USA", "GOV"), A("Tayyip Erdogan", "TUR", "GOV"),
  ["04"], "046", "2019-10-17", P("Ankara", "TUR"), True,
  "talks 046; joint, first-mentioned Pence as source; 'here' = Ankara; Thursday")
E("h04", "four hours of talks with President Tayyip", A("Tayyip Erdogan", "TUR", "GOV"), A("Mike Pence", "USA", "GOV"),
  ["04"], "046", "2019-10-17", P("Ankara", "TUR"), False, "reverse direction: optional")
E("h04", "Washington will not impose further penalties on", USA, TUR, ["03", "08"], "030", "2019-10-17", None, False,
  "promise under the deal to hold off and lift sanctions: intention, optional")
E("h04", "will lift the sanctions it announced on", USA, TUR, SANCT, "163", "2019-10-14", None, True,
  "the sanctions in a relative clause with its own agent ('it' = Washington), 'on Monday' in a Friday paper; 16/17")
E("h04", "warned that the operation would resume if", A("Mevlut Cavusoglu", "TUR", "GOV"), SDF, ["13"], "138", "2019-10",
  None, True, "conditional threat of renewed force 138; the YPG = the Kurdish-led fighters; no day of its own: month")
E("h04", "Ankara launched the incursion on Oct. 9", TURM, SDF, FORCE, "190", "2019-10-09", None, True,
  "the offensive, dated background; 'Ankara' = Turkey (city as government)")
E("h04", "three days after President Donald Trump pulled", A("Donald Trump", "USA", "GOV"), SDF, ["08"], "0874", "2019-10-06",
  None, False, "withdrawal of U.S. troops from the border; target unclear: optional")
E("h04", "told a Kurdish broadcaster that his fighters", A("Mazloum Abdi", "SYR", ["REB", "MIL"]), TUR, CEASE, "0871",
  "2019-10", None, True, "acceptance of the truce 0871 (08/03); no day: month")
E("h04", "the alliance accused Turkish-backed Syrian rebels of", SDF, A("Syrian rebels", "SYR", "REB"), ["11"], "112",
  "2019-10-17", None, True, "accusation; 'the alliance' = the SDF; 'Hours before the talks began' = Thursday")
E("h04", "the alliance accused Turkish-backed Syrian rebels of", A("Syrian rebels", "SYR", "REB"), A("Syrian civilians", "SYR", "CVL"),
  FORCE, "194", "2019-10", P("Ras al-Ain", "SYR"), False, "shelling inside an accusation: optional")
F("h04", "The border region is home to about", "standing situation")
F("h04", "Whether the pause would hold was far", "speculation")

# ---------------------------------------------------------------- h05 Manila, Asia (Philippines / China)
S("h05", "2024-06-20", "Asia", """
Philippines demands China return seized rifles after clash at disputed shoal

MANILA, Philippines —

The Philippine armed forces chief demanded on Wednesday that China return seven rifles its coast guard seized in a violent confrontation at a disputed shoal in the South China Sea, and pay for the boats its crews wrecked.

Chinese coast guard crews armed with knives and axes rammed and boarded two Philippine navy inflatable boats on Monday as they tried to bring food and supplies to marines stationed on a grounded warship at Second Thomas Shoal, according to the military. One sailor lost a thumb.

"They have no right or legal authority to hijack our operations," General Romeo Brawner told reporters. He likened the Chinese crews to pirates.

China's foreign ministry spokesman, Lin Jian, said the Philippine vessels had intruded into Chinese waters and that the coast guard had taken lawful measures to stop them. He urged Manila to stop its provocations.

The confrontation came two days after a Chinese regulation took effect that allows the coast guard to detain foreigners suspected of trespassing for up to 60 days.

In Washington, the State Department condemned what it called China's escalatory and irresponsible actions and said a 1951 mutual defence treaty covers attacks on Philippine forces anywhere in the South China Sea.

Jay Tarriela, a coast guard spokesman who has led Manila's effort to publicise Chinese conduct, said the government would not abandon the outpost.

The shoal lies about 200 km west of Palawan. It was not clear when the next supply mission would sail.
""")
BRAWNER = A("Romeo Brawner", "PHL", "MIL")
CCG = A("Chinese coast guard", "CHN", ["MIL", "COP"])
PHLM = A("Philippine navy", "PHL", "MIL")
PHL = A("Philippines", "PHL", "GOV")
CHN = A("China", "CHN", "GOV")
E("h05", "Philippines demands China return seized rifles after", PHL, CHN, DEMAND, "1053", "2024-06-19", None, False, "headline")
E("h05", "The Philippine armed forces chief demanded on", BRAWNER, CHN, DEMAND, "1053", "2024-06-19", None, True,
  "demand to return seized property 1053 (10/02); 'The Philippine armed forces chief' = Brawner, named later; Wednesday "
  "in a Thursday paper")
E("h05", "seven rifles its coast guard seized in", CCG, PHLM, ["17"], "1711", "2024-06-17", None, True,
  "seizure of the rifles in a relative clause with its own agent ('its' = China's); the confrontation is Monday's "
  "(next paragraph); 'a disputed shoal' names no place")
E("h05", "and pay for the boats its crews", CCG, PHLM, ["17"], "1712", "2024-06-17", None, False,
  "damage to the boats, inside the demand: optional")
E("h05", "Chinese coast guard crews armed with knives", CCG, PHLM, ["19", "18", "17"], "190", "2024-06-17",
  P("Second Thomas Shoal", "PHL"), True, "ramming and boarding navy boats 190 (19/18/17); Monday; the clause names the "
  "shoal (in the Philippine exclusive economic zone); 'according to the military' is one side's account, not disputed as to "
  "the boarding")
E("h05", "They have no right or legal authority", BRAWNER, CCG, ["11"], "111", "2024-06-19", None, False,
  "quoted criticism, restated by the next sentence: optional")
E("h05", "He likened the Chinese crews to pirates", BRAWNER, CCG, ["11"], "111", "2024-06", None, True,
  "denunciation; 'He' = Brawner; no day of its own: month")
E("h05", "said the Philippine vessels had intruded into", A("Lin Jian", "CHN", "GOV"), PHL, ["11"], "112", "2024-06", None, True,
  "counter-accusation by China's spokesman; no day: month")
E("h05", "the coast guard had taken lawful measures", A("Lin Jian", "CHN", "GOV"), PHL, ["05", "01"], "052", "2024-06", None,
  False, "defence of the coast guard inside the same statement: optional")
E("h05", "He urged Manila to stop its provocations", A("Lin Jian", "CHN", "GOV"), PHL, DEMAND, "1056", "2024-06", None, False,
  "demand to stop provocations; 'Manila' = the Philippines: optional (second statement of one spokesman)")
E("h05", "the State Department condemned what it called", USA, CHN, ["11"], "111", "2024-06", P("Washington", "USA"), False,
  "single outside reaction: optional")
E("h05", "said the government would not abandon the", A("Jay Tarriela", "PHL", ["COP", "MIL"]), CHN, ["12"], "120", "2024-06",
  None, False, "refusal put as an intention: optional")
F("h05", "The shoal lies about 200 km west", "standing situation")
F("h05", "It was not clear when the next", "speculation")

# ---------------------------------------------------------------- h06 Phnom Penh, Asia (Cambodia / U.S.)
S("h06", "2017-11-17", "Asia", """
Cambodia's top court dissolves main opposition party; U.S. cuts election support

PHNOM PENH, Cambodia —

Cambodia's Supreme Court dissolved the main opposition party on Thursday, ruling that the Cambodia National Rescue Party had plotted with foreign backers to topple Prime Minister Hun Sen's government.

The court also banned 118 of the party's senior members from politics for five years. Chief Justice Dith Munty, who sits on the ruling party's standing committee, read the verdict after a one-day hearing that the opposition's lawyers boycotted.

The interior ministry had asked the court in October to disband the party, weeks after police arrested its leader, Kem Sokha, on Sept. 3. Kem Sokha, who is being held at a prison near the Vietnamese border, has been charged with treason, which he denies.

Hours after the verdict, the White House said Washington was ending its support for the electoral commission that is to run next year's general election, calling the ruling a setback for democracy.

Mu Sochua, a deputy leader who fled the country last month, urged foreign governments to impose targeted sanctions on Hun Sen and his family. "This is the death of democracy," she said from abroad.

Government spokesman Phay Siphan dismissed the criticism and said the vote would go ahead. Hun Sen, in power for more than three decades, has repeatedly accused the United States of conspiring with the opposition, a charge Washington rejects.

The Rescue Party took 44 percent of the vote in local elections in June. It was not clear whether foreign observers would attend next year's poll.
""")
KHMJ = A("Cambodian Supreme Court", "KHM", "JUD")
CNRP = A("Cambodia National Rescue Party", "KHM", ["PTY", "OPP"])
KHM = A("Cambodia", "KHM", "GOV")
E("h06", "Cambodia's top court dissolves main opposition party;", KHMJ, CNRP, ["17", "11"], "1722", "2017-11-16", None, False,
  "headline")
E("h06", "Cambodia's top court dissolves main opposition party;", USA, KHM, ["16"], "162", "2017-11-16", None, False,
  "headline, second clause")
E("h06", "Cambodia's Supreme Court dissolved the main opposition", KHMJ, CNRP, ["17", "11"], "1722", "2017-11-16", None, True,
  "court-ordered dissolution of a party: ban 1722 (17, court verdicts 17/11); Thursday in a Friday paper")
E("h06", "The court also banned 118 of the", KHMJ, CNRP, ["17", "11"], "1722", "2017-11-16", None, True,
  "political ban on 118 members, same ruling: Thursday")
E("h06", "read the verdict after a one-day hearing", A("opposition lawyers", "KHM", ["PTY", "OPP"]), KHMJ, ["14"], "143",
  "2017-11-16", None, False, "boycott of the hearing in a relative clause: optional")
E("h06", "The interior ministry had asked the court", KHM, CNRP, ["11", "10", "02"], "115", "2017-10", None, True,
  "the ministry's suit to disband the party: lawsuit 115 against the party (10/02 read as its request to the court); 'in October'")
E("h06", "weeks after police arrested its leader, Kem", A("Cambodian police", "KHM", "COP"), A("Kem Sokha", "KHM", ["PTY", "OPP"]),
  REPR, "173", "2017-09-03", None, True, "arrest, dated background in a 'weeks after' clause with its own agent: Sept. 3")
E("h06", "has been charged with treason", KHM, A("Kem Sokha", "KHM", ["PTY", "OPP"]), REPR, "173", "2017-09", None, False,
  "agentless passive restating the arrest: optional")
E("h06", "charged with treason, which he denies", A("Kem Sokha", "KHM", ["PTY", "OPP"]), KHM, DENY, "016", None, None, False,
  "standing denial: optional")
E("h06", "the White House said Washington was ending", USA, KHM, ["16"], "162", "2017-11-16", None, True,
  "ending election support: reducing aid 162; 'Hours after the verdict' = Thursday; 'Washington' = the U.S.")
E("h06", "calling the ruling a setback for democracy", USA, KHM, ["11"], "111", "2017-11-16", None, False,
  "criticism, second verb: optional")
E("h06", "urged foreign governments to impose targeted sanctions", A("Mu Sochua", "KHM", ["OPP", "PTY"]),
  A("foreign governments", None, "GOV"), DEMAND, "020", "2017-11", None, True, "appeal for sanctions (10/02); no day: month")
E("h06", "Phay Siphan dismissed the criticism and said", A("Phay Siphan", "KHM", "GOV"), USA, ["12", "11"], "120", "2017-11",
  None, True, "rejection of the criticism, the critics being Washington (and the opposition in exile); no day: month")
E("h06", "has repeatedly accused the United States of", A("Hun Sen", "KHM", "GOV"), USA, ["11"], "112", "2017", None, False,
  "undated repeated accusation: optional")
E("h06", "a charge Washington rejects", USA, A("Hun Sen", "KHM", "GOV"), DENY, "016", None, None, False,
  "standing denial: optional (4 words)")
F("h06", "The Rescue Party took 44 percent of", "count (election result)")
F("h06", "It was not clear whether foreign observers", "speculation")

# ---------------------------------------------------------------- h07 Bucharest, Europe/Eurasia (Moldova / Romania)
S("h07", "2009-04-09", "Europe/Eurasia", """
Moldova expels Romanian envoy, blames Bucharest for riots in Chisinau

BUCHAREST, Romania —

Moldova ordered Romania's ambassador to leave within 24 hours on Wednesday and imposed visas on Romanian citizens, after President Vladimir Voronin accused its neighbour of stoking the riots that wrecked his country's parliament.

Romanian President Traian Basescu rejected the charge as absurd and said his country had no hand in the violence. The foreign ministry here said Romania would not respond by sending home Moldova's envoy.

Thousands of young demonstrators, who accuse the governing Communists of rigging Sunday's parliamentary election, ransacked the parliament building and the presidential offices in Chisinau on Tuesday. Some hoisted a Romanian flag on the presidency. Police regained control of both buildings overnight and detained about 200 people, the interior ministry said.

Natalia Morari, a 24-year-old journalist who helped rally the crowds through Twitter and text messages, said the organisers had wanted a peaceful vigil and blamed provocateurs for the looting.

Opposition leaders, including Vlad Filat of the Liberal Democrats, distanced themselves from the violence but demanded a recount. Voronin called the riots an attempted coup.

The European Union's Czech presidency urged restraint on all sides and sent an envoy to Chisinau.

About a million Moldovans are believed to hold Romanian passports. It was not clear how long the visa rule would last.
""")
MDA = A("Moldova", "MDA", "GOV")
ROU = A("Romania", "ROU", "GOV")
VORONIN = A("Vladimir Voronin", "MDA", "GOV")
MDAP = A("Moldovan protesters", "MDA", ["CVL", "OPP"])
E("h07", "Moldova expels Romanian envoy, blames Bucharest for", MDA, ROU, ["16", "17"], "161", "2009-04-08", None, False,
  "headline")
E("h07", "Moldova ordered Romania's ambassador to leave within", MDA, ROU, ["16", "17"], "161", "2009-04-08", None, True,
  "expelling an ambassador 161 (16/17); Wednesday in a Thursday paper")
E("h07", "and imposed visas on Romanian citizens, after", MDA, ROU, ["17", "16"], "172", "2009-04-08", None, True,
  "visa requirement on the neighbour's citizens: administrative sanction 172 (17/16), as v11's exit bans; Wednesday")
E("h07", "after President Vladimir Voronin accused its neighbour", VORONIN, ROU, ["11"], "112", "2009-04", None, True,
  "accusation in an 'after' clause with its own agent; no day of its own: month")
E("h07", "Traian Basescu rejected the charge as absurd", A("Traian Basescu", "ROU", "GOV"), VORONIN, DENY, "016", "2009-04",
  None, True, "denial of the charge (01/12); no day: month; the Bucharest dateline is not named in the clause")
E("h07", "said Romania would not respond by sending", ROU, MDA, ["12", "08"], "120", "2009-04", P("Bucharest", "ROU"), False,
  "announced non-retaliation (refusal as an intention): optional; 'here' = Bucharest")
E("h07", "ransacked the parliament building and the presidential", MDAP, A("Moldovan parliament", "MDA", "LEG"), VPROT, "145",
  "2009-04-07", P("Chisinau", "MDA"), True, "riot 145 (14/18/17); compound object, the parliament first required; Tuesday; "
  "the clause names Chisinau")
E("h07", "ransacked the parliament building and the presidential", MDAP, MDA, VPROT, "145", "2009-04-07",
  P("Chisinau", "MDA"), False, "second object, the presidency: optional")
E("h07", "who accuse the governing Communists of rigging", MDAP, A("Party of Communists", "MDA", ["PTY", "GOV"]), ["11"], "112",
  "2009-04", None, False, "standing accusation in a relative clause: optional")
E("h07", "Police regained control of both buildings overnight", A("Moldovan police", "MDA", "COP"), MDAP, REPR, "173", "2009-04",
  None, True, "detention of about 200 ('the interior ministry said'); overnight between Tuesday and Wednesday: month")
E("h07", "blamed provocateurs for the looting", A("Natalia Morari", "MDA", ["CVL", "MED"]), A("provocateurs", None, None),
  ["11"], "112", "2009-04", None, False, "blame of unnamed provocateurs: optional")
E("h07", "distanced themselves from the violence but demanded", A("Vlad Filat", "MDA", ["OPP", "PTY"]), MDA, DEMAND, "100",
  "2009-04", None, True, "demand for a recount (10/02); 'Opposition leaders, including Vlad Filat' coded as Filat; month")
E("h07", "Voronin called the riots an attempted coup", VORONIN, MDAP, ["11"], "112", "2009-04", None, False,
  "accusation against the rioters, second statement: optional")
E("h07", "Czech presidency urged restraint on all sides", A("European Union", "EUR", "IGO"), MDA, DEMAND, "0256", "2009-04",
  None, False, "single outside appeal: optional")
F("h07", "About a million Moldovans are believed to", "standing situation")
F("h07", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- h08 Vilnius, Europe/Eurasia (Lithuania / China / Taiwan)
S("h08", "2021-11-22", "Europe/Eurasia", """
China downgrades ties with Lithuania over Taiwanese office in Vilnius

VILNIUS, Lithuania —

China lowered its diplomatic relations with Lithuania to the level of charge d'affaires on Sunday, punishing the Baltic state for letting Taiwan open a representative office under its own name in the capital.

In a statement, China's foreign ministry said Vilnius had abandoned the political commitment it made when the two countries established relations and had undermined China's sovereignty. The Lithuanian government must bear all the consequences, it warned.

Lithuania's foreign ministry said it regretted the decision but stood by its right to expand economic and cultural ties with Taiwan, while respecting the one-China policy.

The office opened here on Thursday. Eric Huang, a career diplomat who heads it, said it would promote trade and research links and thanked the Lithuanian people for their courage.

Beijing recalled its ambassador from Vilnius in August and demanded that Lithuania withdraw its own envoy, which it did the following month. Lithuanian exporters have since complained that Chinese buyers cancelled orders and that freight trains to China were suspended.

Foreign Minister Gabrielius Landsbergis, who has urged European states to leave a Chinese-led cooperation forum, said his country would not back down under pressure.

In Washington, State Department spokesman Ned Price said the United States stood in solidarity with Lithuania, a NATO ally.

Lithuania has fewer than three million people. It was not clear whether Beijing would also curb trade openly.
""")
LTU = A("Lithuania", "LTU", "GOV")
E("h08", "China downgrades ties with Lithuania over Taiwanese", CHN, LTU, ["16"], "161", "2021-11-21", None, False, "headline")
E("h08", "China lowered its diplomatic relations with Lithuania", CHN, LTU, ["16"], "161", "2021-11-21", None, True,
  "downgrading relations 161; Sunday in a Monday paper")
E("h08", "punishing the Baltic state for letting Taiwan", LTU, A("Taiwan", "TWN", "GOV"), ["05", "04"], "050", "2021-11", None,
  False, "letting Taiwan open an office: diplomatic cooperation, inside the motive: optional")
E("h08", "said Vilnius had abandoned the political commitment", CHN, LTU, ["11"], "112", "2021-11", None, True,
  "accusation in the ministry's statement; 'Vilnius' = Lithuania; no day of its own: month")
E("h08", "The Lithuanian government must bear all the", CHN, LTU, ["13"], "130", "2021-11", None, True,
  "warning of consequences 130 (as k01's 'would pay'); 'it' = the ministry; month")
E("h08", "Lithuania's foreign ministry said it regretted the", LTU, CHN, ["01"], "018", "2021-11", None, False,
  "expression of regret 018 (optional, as in owned6)")
E("h08", "but stood by its right to expand", LTU, CHN, ["12"], "120", "2021-11", None, False,
  "implicit refusal to yield, second verb: optional")
E("h08", "thanked the Lithuanian people for their courage", A("Eric Huang", "TWN", "GOV"), A("Lithuanians", "LTU", "CVL"),
  ["05"], "051", "2021-11", None, False, "praise: optional")
E("h08", "Beijing recalled its ambassador from Vilnius in", CHN, LTU, ["16"], "161", "2021-08", None, True,
  "recall of one's own envoy 161, dated background 'in August'; 'Beijing' = China")
E("h08", "demanded that Lithuania withdraw its own envoy", CHN, LTU, DEMAND, "100", "2021-08", None, True,
  "demand to recall the envoy (10/02), same sentence: August")
E("h08", "which it did the following month", LTU, CHN, ["16"], "161", "2021-09", None, True,
  "Lithuania's recall of its envoy; 'it' = Lithuania; 'the following month' = September")
E("h08", "complained that Chinese buyers cancelled orders", A("Lithuanian exporters", "LTU", "BUS"), CHN, ["11"], "114",
  "2021", None, False, "undated complaint (present perfect): optional")
E("h08", "who has urged European states to leave", A("Gabrielius Landsbergis", "LTU", "GOV"), A("European states", None, "GOV"),
  DEMAND, "020", None, None, False, "undated appeal in a relative clause: optional")
E("h08", "said his country would not back down", A("Gabrielius Landsbergis", "LTU", "GOV"), CHN, ["12"], "120", "2021-11",
  None, False, "refusal put as an intention: optional")
E("h08", "Ned Price said the United States stood", A("Ned Price", "USA", "GOV"), LTU, ["05"], "052", "2021-11",
  P("Washington", "USA"), False, "single outside statement of support: optional")
F("h08", "Lithuania has fewer than three million people", "standing situation")
F("h08", "It was not clear whether Beijing would", "speculation")

# ---------------------------------------------------------------- h09 Bogota, Americas (Colombia / FARC / U.S. / France)
S("h09", "2008-07-03", "Americas", """
Colombian army tricks FARC into freeing Betancourt and three Americans

BOGOTA, Colombia —

Colombian military agents posing as aid workers rescued former presidential candidate Ingrid Betancourt, three American contractors and 11 Colombian soldiers and police officers from Marxist FARC rebels on Wednesday without firing a shot.

Defence Minister Juan Manuel Santos said intelligence officers had infiltrated the guerrillas' chain of command and persuaded a local commander to gather the hostages in a jungle clearing in Guaviare province, where they were to be picked up by helicopter for what the rebels believed was a transfer to their top leader, Alfonso Cano.

Once the aircraft was airborne, the crew overpowered two guerrillas on board, among them the front commander known as Cesar, and told the captives they were free. Both rebels were detained.

Betancourt, who holds French and Colombian citizenship, was seized by the FARC in February 2002 while campaigning in the south. Arriving at a military airport here, she thanked the army for a perfect operation and urged the rebels to free the hundreds of captives they still hold.

In Paris, President Nicolas Sarkozy hailed the rescue and said he had spoken by telephone with President Alvaro Uribe. The three Americans, who worked for a Pentagon contractor, were flown to a military hospital in Texas.

Carlos Lozano, a newspaper editor who has carried messages between the government and the guerrillas, urged Uribe to use the moment to open talks with the rebels.

The FARC is thought to hold some 700 captives. It was not clear whether the rebels would retaliate.
""")
COLM = A("Colombian military", "COL", "MIL")
FARC = A("FARC", "COL", ["REB", "RAD"])
BETAN = A("Ingrid Betancourt", "COL", ["PTY", "OPP", "CVL"])
COL = A("Colombia", "COL", "GOV")
E("h09", "Colombian army tricks FARC into freeing Betancourt", COLM, FARC, ["17", "19", "08"], "170", "2008-07-02", None, False,
  "headline")
E("h09", "Colombian military agents posing as aid workers", COLM, FARC, ["17", "19", "08"], "170", "2008-07-02", None, True,
  "rescue of hostages from their captors by a ruse, no shot fired: coercive military action 170 (17/19; 08 read as the "
  "captors' release); Wednesday in a Thursday paper")
E("h09", "Colombian military agents posing as aid workers", FARC, COL, ["08"], "0841", "2008-07-02", None, False,
  "the hostages' handover seen from the captors: optional")
E("h09", "said intelligence officers had infiltrated the guerrillas'", COLM, FARC, ["17", "06"], "170", "2008-07", None, False,
  "infiltration inside the minister's account: optional")
E("h09", "the crew overpowered two guerrillas on board", COLM, FARC, ["18", "17"], "182", "2008-07-02", None, False,
  "physical subduing of the two guards, restated by the detention: optional")
E("h09", "Both rebels were detained", COLM, A("Cesar (FARC commander)", "COL", ["REB", "RAD"]), REPR, "173", "2008-07-02",
  None, True, "detention, agentless passive with the army implied; part of Wednesday's operation")
E("h09", "was seized by the FARC in February", FARC, BETAN, ["18", "17"], "181", "2002-02", None, True,
  "kidnapping 181, dated background in a passive with its agent ('by the FARC'), 'in February 2002'; 'in the south' "
  "names no place")
E("h09", "she thanked the army for a perfect", BETAN, COLM, ["05"], "051", "2008-07", P("Bogota", "COL"), True,
  "praise 051; 'here' = Bogota; no day of its own: month")
E("h09", "urged the rebels to free the hundreds", BETAN, FARC, DEMAND, "0253", "2008-07", P("Bogota", "COL"), True,
  "appeal to release captives 0253 (02/10), same sentence: Bogota, month")
E("h09", "President Nicolas Sarkozy hailed the rescue and", A("Nicolas Sarkozy", "FRA", "GOV"), COL, ["05"], "051", "2008-07",
  P("Paris", "FRA"), False, "outside praise: optional; 'In Paris' names the place")
E("h09", "said he had spoken by telephone with", A("Nicolas Sarkozy", "FRA", "GOV"), A("Alvaro Uribe", "COL", "GOV"), ["04"],
  "041", "2008-07", None, False, "telephone call, second verb: optional")
E("h09", "urged Uribe to use the moment to", A("Carlos Lozano", "COL", ["MED", "CVL"]), A("Alvaro Uribe", "COL", "GOV"),
  DEMAND, "020", "2008-07", None, False, "appeal by a go-between for talks: optional")
F("h09", "The FARC is thought to hold some", "standing situation (count)")
F("h09", "It was not clear whether the rebels", "speculation")

# ---------------------------------------------------------------- h10 Toronto, Americas (Canada / U.S.)
S("h10", "2025-03-12", "Americas", """
Ontario drops power surcharge after Trump threatens to double steel tariffs

TORONTO, Canada —

Ontario Premier Doug Ford suspended a 25 percent surcharge on electricity sold to three U.S. states on Tuesday, hours after President Donald Trump vowed to double tariffs on Canadian steel and aluminium to 50 percent in retaliation.

Ford said he had agreed to lift the levy after a productive call with U.S. Commerce Secretary Howard Lutnick, and the two men will meet in Washington on Thursday. White House trade adviser Peter Navarro later told reporters that the steel increase would not go ahead.

The surcharge, which the province imposed on Monday, applied to power for about 1.5 million homes and businesses in Michigan, Minnesota and New York. Ford had warned that he would not hesitate to cut off the supply altogether if Washington escalated the dispute.

Trump branded the charge an abusive threat and said he would declare a national emergency on electricity in the affected areas.

Canada answered Trump's first round of 25 percent tariffs on March 4 with duties of its own on C$30 billion of American goods. Mark Carney, who won the Liberal Party leadership on Sunday and will soon become prime minister, has said Ottawa will keep them in place until Washington shows respect.

Flavio Volpe, head of Canada's auto parts makers' association, urged both governments to step back before jobs were lost on both sides.

Canada is the largest foreign supplier of steel to the United States. It was not clear whether the truce would outlast the week.
""")
FORD = A("Doug Ford", "CAN", "GOV")
TRUMP = A("Donald Trump", "USA", "GOV")
CAN = A("Canada", "CAN", "GOV")
E("h10", "Ontario drops power surcharge after Trump threatens", A("Ontario", "CAN", "GOV"), USA, ["08"], "085", "2025-03-11", None,
  False, "headline")
E("h10", "Ontario Premier Doug Ford suspended a 25", FORD, USA, ["08"], "085", "2025-03-11", None, True,
  "suspending a punitive charge: easing economic sanctions 085 (08); Tuesday in a Wednesday paper; the states are U.S. "
  "targets")
E("h10", "hours after President Donald Trump vowed to", TRUMP, CAN, ["13"], "1312", "2025-03-11", None, True,
  "threat of higher tariffs 1312 (as k10), 'hours after' Tuesday's suspension: Tuesday")
E("h10", "after a productive call with U.S. Commerce", FORD, A("Howard Lutnick", "USA", "GOV"), ["04"], "041", "2025-03-11",
  None, False, "the call behind the suspension, undated in its clause: optional")
E("h10", "the two men will meet in Washington", FORD, A("Howard Lutnick", "USA", "GOV"), ["03", "04"], "036", "2025-03", None,
  False, "planned meeting, an intention: optional")
E("h10", "Peter Navarro later told reporters that the", A("Peter Navarro", "USA", "GOV"), CAN, ["08"], "080", "2025-03-11",
  None, False, "the threat called off (080, as k10); reported statement after the suspension: optional")
E("h10", "The surcharge, which the province imposed on", A("Ontario", "CAN", "GOV"), USA, SANCT, "163", "2025-03-10", None, True,
  "the surcharge on exports as a trade sanction 163 (16/17) in a relative clause with its own agent; 'on Monday'")
E("h10", "Ford had warned that he would not", FORD, USA, ["13"], "1312", "2025-03", None, True,
  "threat to cut supply 1312; undated pluperfect: month")
E("h10", "Trump branded the charge an abusive threat", TRUMP, A("Ontario", "CAN", "GOV"), ["11"], "111", "2025-03", None, True,
  "denunciation; no day: month")
E("h10", "said he would declare a national emergency", TRUMP, A("Ontario", "CAN", "GOV"), ["13"], "130", "2025-03", None,
  False, "announced intention, second verb: optional")
E("h10", "Canada answered Trump's first round of 25", CAN, USA, SANCT, "163", "2025-03-04", None, True,
  "retaliatory duties 163, dated 'on March 4'")
E("h10", "Canada answered Trump's first round of 25", USA, CAN, SANCT, "163", "2025-03-04", None, True,
  "the U.S. tariffs, a nominal event with its agent in the phrase ('Trump's first round'): required; March 4")
E("h10", "has said Ottawa will keep them in", A("Mark Carney", "CAN", ["PTY", "GOV"]), USA, ["12"], "1244", "2025-03", None,
  False, "keeping counter-tariffs 1244 (optional, as k06); undated present perfect: month")
E("h10", "urged both governments to step back before", A("Flavio Volpe", "CAN", "BUS"), CAN, DEMAND, "020", "2025-03", None,
  False, "appeal by an industry head; compound object, both optional")
F("h10", "Canada is the largest foreign supplier of", "standing situation")
F("h10", "It was not clear whether the truce", "speculation")

# ---------------------------------------------------------------- h11 Islamabad, South Asia (India / Pakistan / U.S.)
S("h11", "2025-05-11", "South Asia", """
India and Pakistan agree ceasefire after U.S. mediation; violations reported within hours

ISLAMABAD, Pakistan —

India and Pakistan agreed on Saturday to halt all military action on land, at sea and in the air, ending four days of the fiercest fighting between the nuclear-armed neighbours in decades, after what U.S. President Donald Trump described as a long night of talks mediated by Washington.

India's foreign secretary, Vikram Misri, said the Pakistani director general of military operations had telephoned his Indian counterpart in the afternoon and the two sides agreed to stop firing from 5 p.m. in New Delhi. Pakistan's foreign minister, Ishaq Dar, confirmed the deal.

Within hours, Misri accused Pakistan of repeated violations and said the army had been told to respond firmly. Explosions were heard over Srinagar, and Omar Abdullah, the chief minister of Indian-administered Kashmir, asked on social media what had become of the truce. Pakistan's information ministry said Islamabad remained committed to it and blamed Indian forces for the breaches.

Early on Saturday, Indian missiles struck several Pakistani air bases, including one near Rawalpindi, and Pakistan answered with strikes on Indian military sites, each side saying it was responding to the other.

The fighting began on Wednesday, when India struck nine sites it called militant camps in Pakistan and Pakistani Kashmir, two weeks after gunmen killed 26 people, most of them tourists, near the resort of Pahalgam. Islamabad denied any role in that attack.

Both countries have fought three wars since 1947. It was not clear how long the ceasefire would hold.
""")
IND = A("India", "IND", "GOV")
INDM = A("Indian armed forces", "IND", ["MIL", "GOV"])
PAK = A("Pakistan", "PAK", "GOV")
PAKM = A("Pakistani armed forces", "PAK", ["MIL", "GOV"])
CEASEA = ["08", "03", "05"]
E("h11", "India and Pakistan agree ceasefire after U.S.", IND, PAK, CEASEA, "0871", "2025-05-10", None, False, "headline")
E("h11", "India and Pakistan agreed on Saturday to", IND, PAK, CEASEA, "0871", "2025-05-10", None, True,
  "agreed ceasefire 0871 (08/03/05); joint, first-mentioned India as source required; Saturday in a Sunday paper")
E("h11", "India and Pakistan agreed on Saturday to", PAK, IND, CEASEA, "0871", "2025-05-10", None, False,
  "reverse direction: optional")
E("h11", "a long night of talks mediated by", USA, IND, ["04", "03"], "045", "2025-05", None, True,
  "nominal mediation with its agent in the phrase ('mediated by Washington'); the night before Saturday, not given "
  "as a day: month; target the first party")
E("h11", "a long night of talks mediated by", USA, PAK, ["04", "03"], "045", "2025-05", None, False,
  "second party of the mediation: optional")
E("h11", "had telephoned his Indian counterpart in the", PAKM, INDM, ["04"], "041", "2025-05-10", None, True,
  "telephone call between military operations chiefs 041, inside Misri's account (undisputed: Dar confirmed); Saturday "
  "afternoon")
E("h11", "Misri accused Pakistan of repeated violations and", A("Vikram Misri", "IND", "GOV"), PAK, ["11"], "112",
  "2025-05-10", None, True, "accusation of ceasefire violations; 'Within hours' of Saturday's truce")
E("h11", "said the army had been told to", A("Vikram Misri", "IND", "GOV"), PAK, ["13"], "138", "2025-05-10", None, False,
  "warning of a firm response, inside the same statement: optional")
E("h11", "blamed Indian forces for the breaches", PAK, INDM, ["11"], "112", "2025-05", None, False,
  "counter-accusation; no day of its own: optional (restated mutual blame)")
E("h11", "Indian missiles struck several Pakistani air bases", INDM, PAKM, ATTACK, "195", "2025-05-10",
  P("Rawalpindi", "PAK"), True, "missile strikes 195; 'Early on Saturday'; the clause names Rawalpindi for one base")
E("h11", "Pakistan answered with strikes on Indian military", PAKM, INDM, ATTACK, "195", "2025-05-10", None, True,
  "retaliatory strikes, same sentence: Saturday")
E("h11", "when India struck nine sites it called", INDM, PAK, ATTACK, "195", "2025-05-07", None, True,
  "strikes in a 'when' clause with its own agent; 'on Wednesday' before a Sunday paper = May 7; the targets are in "
  "Pakistan and Pakistani Kashmir (country Pakistan)")
E("h11", "two weeks after gunmen killed 26 people", A("gunmen", None, None), A("Indian civilians", "IND", "CVL"), ATTACK,
  "180", "2025-04", P("Pahalgam", "IND"), True, "the attack, dated background ('two weeks after' May 7): April; unnamed "
  "gunmen null/null; the clause names Pahalgam (Indian-administered Kashmir IND, as news-dev)")
E("h11", "Islamabad denied any role in that attack", PAK, IND, DENY, "016", "2025-04", None, False,
  "denial of a role in the April attack, no date of its own: optional")
F("h11", "Both countries have fought three wars since", "standing situation (history)")
F("h11", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- h12 Paris, Pacific (Australia / France / U.S.)
S("h12", "2021-09-18", "Pacific", """
France recalls envoys from Washington and Canberra over submarine deal

PARIS, France —

France recalled its ambassadors to the United States and Australia for consultations on Friday, in protest at Canberra's decision to scrap a multibillion-dollar order for French submarines in favour of nuclear-powered boats built with American and British technology.

Foreign Minister Jean-Yves Le Drian said President Emmanuel Macron had ordered the recalls because of the exceptional gravity of the announcements made by Australia and the United States. It is the first time France has withdrawn its envoy from Washington.

Australian Prime Minister Scott Morrison tore up the 2016 contract with France's Naval Group on Thursday when he unveiled a new security partnership with Washington and London. Le Drian had denounced the move as a stab in the back and accused the Australians of duplicity.

The French embassy in Washington cancelled a gala planned for Friday evening to mark an 18th-century naval battle that France helped the Americans win.

A White House official said the United States regretted the French decision and would keep working to resolve differences. Marise Payne, Australia's foreign minister, said her government understood France's deep disappointment and would continue to engage with Paris.

In Beijing, foreign ministry spokesman Zhao Lijian condemned the pact as extremely irresponsible and said it would fuel an arms race in the region.

Naval Group had expected to build 12 diesel-electric submarines under the deal. It was not clear when the ambassadors would return to their posts.
""")
FRA = A("France", "FRA", "GOV")
AUS = A("Australia", "AUS", "GOV")
LEDRIAN = A("Jean-Yves Le Drian", "FRA", "GOV")
MORRISON = A("Scott Morrison", "AUS", "GOV")
E("h12", "France recalls envoys from Washington and Canberra", FRA, USA, ["16"], "161", "2021-09-17", None, False, "headline")
E("h12", "France recalled its ambassadors to the United", FRA, USA, ["16"], "161", "2021-09-17", None, True,
  "recall of one's own envoys in protest 161; compound object, the United States first required; Friday in a Saturday paper")
E("h12", "France recalled its ambassadors to the United", FRA, AUS, ["16"], "161", "2021-09-17", None, False,
  "second object, Australia: optional")
E("h12", "in protest at Canberra's decision to scrap", AUS, FRA, ["12", "16"], "1211", "2021-09", None, False,
  "nominal cancellation restated in paragraph three: optional")
E("h12", "said President Emmanuel Macron had ordered the", A("Emmanuel Macron", "FRA", "GOV"), USA, ["16"], "161", "2021-09-17",
  None, False, "restatement of the recall: optional")
E("h12", "Scott Morrison tore up the 2016 contract", MORRISON, A("Naval Group", "FRA", ["BUS", "GOV"]), ["12", "16"], "1211",
  "2021-09-16", None, True, "cancelling the submarine contract: rejecting economic cooperation 1211 (12/16); Thursday")
E("h12", "when he unveiled a new security partnership", MORRISON, USA, AGREE, "057", "2021-09-16", None, True,
  "the new pact in a 'when' clause with its own agent; compound object, Washington first required; 'Washington' = "
  "the U.S.; Thursday")
E("h12", "when he unveiled a new security partnership", MORRISON, A("Britain", "GBR", "GOV"), AGREE, "057", "2021-09-16", None,
  False, "second partner, London: optional")
E("h12", "Le Drian had denounced the move as", LEDRIAN, AUS, ["11"], "111", "2021-09", None, True,
  "denunciation; undated pluperfect: month")
E("h12", "and accused the Australians of duplicity", LEDRIAN, AUS, ["11"], "112", "2021-09", None, False,
  "accusation, second verb of the same sentence: optional")
E("h12", "The French embassy in Washington cancelled a", A("French embassy", "FRA", "GOV"), USA, ["16", "12"], "160",
  "2021-09", None, False, "cancelled celebration as a snub: optional; the embassy is France with sector GOV")
E("h12", "A White House official said the United", USA, FRA, ["01"], "018", "2021-09", None, False,
  "expression of regret 018: optional")
E("h12", "would continue to engage with Paris", A("Marise Payne", "AUS", "GOV"), FRA, ["03", "04"], "036", "2021-09", None, True,
  "stated intent to keep talking with the injured party 036; 'Paris' = France; no day: month")
E("h12", "Zhao Lijian condemned the pact as extremely", A("Zhao Lijian", "CHN", "GOV"), AUS, ["11"], "111", "2021-09",
  P("Beijing", "CHN"), False, "single outside reaction: optional; 'In Beijing' names the place")
F("h12", "Naval Group had expected to build 12", "count")
F("h12", "It was not clear when the ambassadors", "speculation")

if __name__ == "__main__":
    write(HERE)
