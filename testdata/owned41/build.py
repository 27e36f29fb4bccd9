#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned41 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned41/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIGHT = ["19", "18"]
VERDICT = ["17", "11"]

# ---------------------------------------------------------------- ap01 Khartoum, Africa (Sudan)
S("ap01", "2019-04-11", "Africa", """
Sudan's army topples Bashir after months of protests; demonstrators reject military council

KHARTOUM, Sudan —

Sudan's armed forces removed President Omar al-Bashir from power on Thursday and took him into custody, ending three decades of rule after nearly four months of street protests against him.

In a televised address on Thursday afternoon, Defence Minister Awad Ibn Auf said the army had detained Bashir "in a safe place" and that a military council would govern for a two-year transition.

He also suspended the constitution, dissolved the cabinet and declared a three-month state of emergency, with a curfew from ten each night.

The intelligence service said it was freeing all political detainees held across the country, and families gathered outside Kober prison in the capital to wait for relatives.

The Sudanese Professionals Association, the alliance of unions that has led the demonstrations, rejected the council as a coup by the regime's own men and told the tens of thousands camped outside the army headquarters to stay put and defy the curfew.

The protests erupted on Dec. 19 in the northern town of Atbara, where crowds angered by a tripling of the price of bread burned the local office of the ruling National Congress Party.

Bashir, 75, is wanted by the International Criminal Court on charges of genocide and war crimes in Darfur.

It was not clear whether the generals would agree to share power with civilians before any election.
""")
SDNMIL = A("Sudan's armed forces", "SDN", "MIL")
BASHIR = A("Omar al-Bashir", "SDN", "GOV")
IBNAUF = A("Awad Ibn Auf", "SDN", ["MIL", "GOV"])
SPA = A("Sudanese Professionals Association", "SDN", ["LAB", "NGO", "OPP"])
SDNP = A("Sudanese protesters", "SDN", ["CVL", "OPP"])
E("ap01", "Sudan's army topples Bashir after months of", SDNMIL, BASHIR, COUP, "173", "2019-04-11", None, False,
  "headline")
E("ap01", "removed President Omar al-Bashir from power on", SDNMIL, BASHIR, COUP, "173", "2019-04-11", None, True,
  "military takeover and custody: coups and takeovers 17/19; 173 for taking him into custody; 'on Thursday' in a "
  "Thursday paper")
E("ap01", "said the army had detained Bashir", IBNAUF, BASHIR, COUP, "173", "2019-04-11", None, False,
  "restatement of the lead's detention inside the announcement: optional")
E("ap01", "declared a three-month state of emergency", IBNAUF, A("Sudanese citizens", "SDN", "CVL"), ["17"], "1724",
  "2019-04", None, True,
  "state of emergency 1724 (news-dev); 'He' refers back to Ibn Auf; the sentence has no day of its own: month "
  "(the day is the Thursday of the address; a day date falls inside the month)")
E("ap01", "a curfew from ten each night", IBNAUF, A("Sudanese citizens", "SDN", "CVL"), ["17"], "1723", "2019-04",
  None, False, "the curfew as a separate event of the same sentence: optional (1723)")
E("ap01", "The intelligence service said it was freeing", A("Sudan's intelligence service", "SDN", ["SPY", "GOV"]),
  A("Sudanese political detainees", "SDN", ["CVL", "OPP"]), ["08"], "0841", "2019-04", None, True,
  "release of prisoners 0841; month (no day of its own); 'Kober prison in the capital' is where families gathered, "
  "not the place of the release order")
E("ap01", "rejected the council as a coup by", SPA, A("Sudan's military council", "SDN", ["MIL", "GOV"]),
  ["12", "11"], "120", "2019-04", None, True,
  "rejection 120 (12/11, 111 also right for 'as a coup'); the relative about leading the demonstrations is standing; "
  "month")
E("ap01", "told the tens of thousands camped outside", SPA, SDNP, ["02", "10"], "020", "2019-04", None, False,
  "appeal to its own side to keep the sit-in: optional")
E("ap01", "The protests erupted on Dec. 19 in", SDNP, A("National Congress Party", "SDN", ["PTY", "GOV"]), VPROT,
  "145", "2018-12-19", P("Atbara", "SDN"), True,
  "dated background: crowds burning the ruling party's office, violent protest 145 (14/18/17); 'the northern town "
  "of Atbara' names the place; Dec. 19 is of the year before publication")
F("ap01", "is wanted by the International Criminal Court", "standing situation (an old warrant), nothing happened")
F("ap01", "It was not clear whether the generals", "speculation")

# ---------------------------------------------------------------- ap02 Juba, Africa (South Sudan)
S("ap02", "2013-12-16", "Africa", """
South Sudan's Kiir says coup attempt by Machar loyalists foiled; curfew imposed in Juba

JUBA, South Sudan —

President Salva Kiir said on Monday that his forces had put down an attempted coup by soldiers loyal to his former deputy, Riek Machar, after a night of heavy gunfire in the capital.

Dressed in military fatigues instead of his usual suit, Kiir told a news conference that the attackers had tried to seize weapons at the army's main barracks late on Sunday and had been driven back. The government, he said, was in full control.

He imposed a dusk-to-dawn curfew on Juba until further notice.

Fighting between rival units of the presidential guard flared again in several districts of Juba on Monday, and thousands of residents fled to two United Nations compounds for shelter.

Information Minister Michael Makuei Lueth said several former ministers had been detained over the plot and that security forces were searching for others, including Machar.

Machar, whom Kiir sacked in July along with the entire cabinet, could not be reached for comment. He has said he intends to challenge Kiir for the leadership of the ruling party.

U.N. Secretary-General Ban Ki-moon urged the country's leaders to settle their differences peacefully.

It was not known how many people had been killed in the fighting.

South Sudan, which has some of Africa's largest oil reserves, has about 11 million people.
""")
KIIR = A("Salva Kiir", "SSD", "GOV")
MACHAR = A("Riek Machar", "SSD", ["OPP", "PTY", "ELI"])
MLOY = A("soldiers loyal to Riek Machar", "SSD", ["MIL", "REB"])
SSDMIL = A("South Sudan's army", "SSD", "MIL")
E("ap02", "Kiir says coup attempt by Machar loyalists", KIIR, MACHAR, ["11"], "112", "2013-12-16", None, False, "headline")
E("ap02", "President Salva Kiir said on Monday that", KIIR, MACHAR, ["11"], "112", "2013-12-16", None, True,
  "the charge that Machar's men attempted a coup: accusation 112, 'on Monday' in a Monday paper; target Machar "
  "(the plot is put on soldiers loyal to him)")
E("ap02", "President Salva Kiir said on Monday that", SSDMIL, MLOY, FIGHT, "190", "2013-12", None, False,
  "the fighting summed up in the lead ('put down an attempted coup') and detailed in the next paragraph: optional")
E("ap02", "the attackers had tried to seize weapons", MLOY, SSDMIL, FIGHT, "190", "2013-12-15", None, True,
  "the attack on the barracks 190 (19/18), 'late on Sunday' before a Monday paper; the attackers are the soldiers "
  "loyal to Machar; 'the army's main barracks' names no city in the clause: no place")
E("ap02", "had been driven back", SSDMIL, MLOY, FIGHT, "190", "2013-12-15", None, False,
  "the repulse, second clause of the same account: optional")
E("ap02", "He imposed a dusk-to-dawn curfew on Juba", KIIR, A("Juba residents", "SSD", "CVL"), ["17"], "1723",
  "2013-12", P("Juba", "SSD"), True, "curfew 1723; 'He' is Kiir; the city is named; no day of its own: month")
E("ap02", "Fighting between rival units of the presidential", A("presidential guard unit", "SSD", "MIL"),
  A("presidential guard unit", "SSD", "MIL"), CLASH, "190", "2013-12-16", P("Juba", "SSD"), True,
  "clashes between army units 190 (clashes 19/18/14), 'on Monday', 'in several districts of Juba'; the flight of "
  "residents has no code")
E("ap02", "said several former ministers had been detained", A("South Sudan's government", "SSD", "GOV"),
  A("former South Sudanese ministers", "SSD", ["ELI", "OPP"]), ["17"], "173", "2013-12", None, True,
  "arrests reported by the arresting government 173, required (as owned21 d11); month")
E("ap02", "security forces were searching for others, including", A("South Sudan's security forces", "SSD", ["COP", "MIL"]),
  MACHAR, ["17"], "170", "2013-12", None, False, "a manhunt, no arrest yet: optional")
E("ap02", "whom Kiir sacked in July along with", KIIR, MACHAR, ["17", "12", "11"], "172", "2013-07", None, True,
  "dated background in a relative with its own agent: dismissal from office, coded 172 (administrative sanction; "
  "coders split, so 17/12/11); first member of the compound object")
E("ap02", "whom Kiir sacked in July along with", KIIR, A("South Sudan's cabinet", "SSD", "GOV"), ["17", "12", "11"],
  "172", "2013-07", None, False, "second member ('the entire cabinet'): optional")
E("ap02", "He has said he intends to challenge", MACHAR, KIIR, ["11", "12"], "110", "2013", None, False,
  "a standing intention to run against Kiir: optional")
E("ap02", "urged the country's leaders to settle their", A("Ban Ki-moon", "UNO", "IGO"), A("South Sudan's leaders", "SSD", "GOV"),
  ["02", "10"], "025", "2013-12", None, False, "single outside reaction, an appeal to settle: optional")
F("ap02", "It was not known how many people", "count not known: nothing happened")
F("ap02", "which has some of Africa's largest oil", "standing facts and a count")

# ---------------------------------------------------------------- ap03 Sanaa, Middle East (Yemen)
S("ap03", "2015-01-22", "Middle East", """
Yemen's Hadi and his cabinet resign as Houthi fighters hold the capital

SANAA, Yemen —

Yemeni President Abd-Rabbu Mansour Hadi submitted his resignation to parliament on Thursday, hours after Prime Minister Khaled Bahah and his cabinet stepped down, leaving the Houthi movement that controls the capital with no government to bargain with.

In his letter, Hadi said he could no longer carry on in the face of the deadlock.

The Shi'ite Houthi fighters seized the presidential palace in Sanaa on Tuesday after clashes with the presidential guard, and shelled Hadi's private residence, where he has since been confined.

On Wednesday, Hadi agreed to a deal giving the Houthis a greater say in drafting a new constitution and in state bodies, in return for their withdrawal from the palace and the release of his chief of staff, Ahmed Awad bin Mubarak, whom they abducted on Saturday. The fighters did neither.

The Gulf Cooperation Council, whose members include neighbouring Saudi Arabia, denounced the takeover as a coup against legitimate authority.

The Houthis swept into Sanaa in September from their northern stronghold of Saada and have since tightened their grip on ministries and the army.

Bahah said his government had quit so as not to be dragged into a political maze with no exit.

Houthi officials did not say who would now run the country.
""")
HADI = A("Abd-Rabbu Mansour Hadi", "YEM", "GOV")
BAHAH = A("Khaled Bahah", "YEM", "GOV")
HOUTHI = A("Houthi movement", "YEM", ["REB", "RAD"])
E("ap03", "Yemen's Hadi and his cabinet resign as", HADI, HOUTHI, ["08"], "0831", "2015-01-22", None, False, "headline")
E("ap03", "submitted his resignation to parliament on Thursday", HADI, HOUTHI, ["08"], "0831", "2015-01-22", None, True,
  "resignation under pressure 0831 (news-dev d09), the Houthis as implied target; 'on Thursday' in a Thursday paper")
E("ap03", "Prime Minister Khaled Bahah and his cabinet", BAHAH, HOUTHI, ["08"], "0831", "2015-01-22", None, True,
  "the cabinet's resignation inside an 'hours after' clause with its own agent: required, same day")
E("ap03", "Prime Minister Khaled Bahah and his cabinet", A("Yemen's cabinet", "YEM", "GOV"), HOUTHI, ["08"], "0831",
  "2015-01-22", None, False, "second member of the compound subject ('and his cabinet'): optional")
E("ap03", "seized the presidential palace in Sanaa on", HOUTHI, A("Yemen's presidential guard", "YEM", "MIL"),
  ["19", "18", "17"], "190", "2015-01-20", P("Sanaa", "YEM"), True,
  "armed seizure of the palace after clashes 190 (19/18/17); 'on Tuesday' before a Thursday paper; Sanaa named")
E("ap03", "and shelled Hadi's private residence, where he", HOUTHI, HADI, ["19", "18"], "194", "2015-01-20", None, True,
  "shelling 194, second verb with its own object, same Tuesday; no city in the clause")
E("ap03", "where he has since been confined", HOUTHI, HADI, ["17"], "173", "2015-01", None, False,
  "house arrest in an agentless relative: optional")
E("ap03", "Hadi agreed to a deal giving the", HADI, HOUTHI, AGREE, "057", "2015-01-21", None, True,
  "agreement 057 (05/03/08); 'On Wednesday'; first-mentioned direction")
E("ap03", "Hadi agreed to a deal giving the", HOUTHI, HADI, AGREE, "057", "2015-01-21", None, False, "reverse: optional")
E("ap03", "whom they abducted on Saturday", HOUTHI, A("Ahmed Awad bin Mubarak", "YEM", "GOV"), ["18", "17"], "181",
  "2015-01-17", None, True, "abduction 181, dated relative with its own agent ('they' = the Houthis); 'on Saturday' "
  "before a Thursday paper")
E("ap03", "denounced the takeover as a coup against", A("Gulf Cooperation Council", None, "IGO"), HOUTHI, ["11"], "111",
  "2015-01", None, False, "single outside reaction: optional; the GCC as an IGO with country null (like the Arab "
  "League in news-dev)")
E("ap03", "The Houthis swept into Sanaa in September", HOUTHI, A("Yemen's government", "YEM", "GOV"), ["19", "17"],
  "192", "2014-09", P("Sanaa", "YEM"), True,
  "dated background: taking the capital 192 (takeovers 17/19); September of the year before publication")
E("ap03", "Bahah said his government had quit so", BAHAH, HOUTHI, ["08"], "0831", "2015-01", None, False,
  "restatement of the cabinet's resignation: optional")
F("ap03", "The fighters did neither.", "negated acts: no withdrawal, no release")
F("ap03", "Houthi officials did not say who would", "negated statement and speculation")

# ---------------------------------------------------------------- ap04 Damascus, Middle East (Syria)
S("ap04", "2024-12-08", "Middle East", """
Assad flees as rebels sweep into Damascus, ending his family's five-decade rule

DAMASCUS, Syria —

Syrian rebels led by the Islamist group Hayat Tahrir al-Sham swept into Damascus before dawn on Sunday and declared the capital free of President Bashar al-Assad, who fled the country as his army melted away.

Russian news agencies said Assad and his family had arrived in Moscow, where the Kremlin granted them asylum.

Rebel fighters freed thousands of detainees from the Saydnaya military prison north of the capital, where rights groups say tens of thousands of people were tortured or executed.

Prime Minister Mohammed Ghazi al-Jalali said in a video from his home that he was ready to cooperate with any leadership the Syrian people chose and to hand over the institutions of the state.

The offensive began on Nov. 27 in the northwestern province of Idlib. The fighters captured Aleppo, the country's second city, on Nov. 30 and took Homs on Saturday.

Israeli Prime Minister Benjamin Netanyahu said Israeli troops had moved on Sunday into the demilitarised buffer zone along the frontier, after Syrian forces abandoned their positions.

Assad's father, Hafez, ruled Syria from 1971 until his death in 2000.

Whether Hayat Tahrir al-Sham, which the United States lists as a terrorist organisation, could hold the country together was far from certain.
""")
HTS = A("Hayat Tahrir al-Sham", "SYR", ["REB", "RAD"])
ASSADG = A("Bashar al-Assad's government", "SYR", ["GOV", "MIL"])
SYRMIL = A("Syrian army", "SYR", "MIL")
E("ap04", "rebels sweep into Damascus, ending his family's", HTS, ASSADG, ["19", "17"], "192", "2024-12-08", None,
  False, "headline")
E("ap04", "swept into Damascus before dawn on Sunday", HTS, ASSADG, ["19", "17"], "192", "2024-12-08",
  P("Damascus", "SYR"), True,
  "taking the capital 192 (takeovers 17/19); 'on Sunday' in a Sunday paper; Assad's flight has no code")
E("ap04", "where the Kremlin granted them asylum", A("Kremlin", "RUS", "GOV"), A("Bashar al-Assad", "SYR", "GOV"),
  ["07"], "075", "2024-12", P("Moscow", "RUS"), True,
  "asylum 075; 'the Kremlin' is Russia's government; the relative 'where' after 'in Moscow' names the place; no day "
  "of its own: month")
E("ap04", "Rebel fighters freed thousands of detainees from", HTS, A("Saydnaya prison detainees", "SYR", ["CVL", "OPP"]),
  ["08"], "0841", "2024-12", P("Saydnaya", "SYR"), True,
  "release of prisoners 0841; the rebels are HTS's fighters; month; 'where rights groups say ... were tortured' is a "
  "standing claim, not coded")
E("ap04", "said in a video from his home that", A("Mohammed Ghazi al-Jalali", "SYR", "GOV"), HTS, ["03", "08"],
  "030", "2024-12", None, True,
  "an offer to cooperate with and hand over to the new rulers 030 (03/08, 0831 also fair); target the rebels who "
  "took the capital; month")
E("ap04", "The offensive began on Nov. 27 in", HTS, SYRMIL, FIGHT, "190", "2024-11-27", P("Idlib", "SYR"), True,
  "dated background, event noun 'offensive' with the rebels as agent from the lead; 'the northwestern province of "
  "Idlib' names the place (the province)")
E("ap04", "captured Aleppo, the country's second city, on", HTS, SYRMIL, ["19", "17"], "192", "2024-11-30",
  P("Aleppo", "SYR"), True, "capture of a city 192; 'The fighters' refers back; dated Nov. 30")
E("ap04", "and took Homs on Saturday", HTS, SYRMIL, ["19", "17"], "192", "2024-12-07", P("Homs", "SYR"), False,
  "second conjunct of the same sentence: optional; 'on Saturday' before a Sunday paper")
E("ap04", "Israeli troops had moved on Sunday into", A("Israeli army", "ISR", "MIL"), A("Syria", "SYR", None),
  ["19", "15", "17"], "192", "2024-12-08", None, True,
  "troops entering the buffer zone: occupying territory 192 (coders split with 15 and 17); target the country "
  "(premises and territory are the country, sector null); 'the buffer zone along the frontier' is no named place")
E("ap04", "Israeli troops had moved on Sunday into", A("Benjamin Netanyahu", "ISR", "GOV"), A("Syria", "SYR", None),
  ["19", "15", "17"], "192", "2024-12-08", None, False, "the same move with the announcing leader as source: optional")
E("ap04", "after Syrian forces abandoned their positions", SYRMIL, None, ["08"], "0874", "2024-12", None, False,
  "a pull-back in an 'after' clause with no date of its own and no one it is yielded to: optional (0874)")
F("ap04", "Hafez, ruled Syria from 1971 until his", "standing situation (a reign) and a death")
F("ap04", "which the United States lists as a", "speculation and a standing designation")

# ---------------------------------------------------------------- ap05 Bangkok, Asia (Thailand)
S("ap05", "2008-11-26", "Asia", """
Thai protesters seize Bangkok's main airport; army chief urges Somchai to call election

BANGKOK, Thailand —

Thousands of anti-government protesters occupied Bangkok's Suvarnabhumi international airport overnight, forcing the authorities to halt all flights and stranding tens of thousands of travellers, as the movement pressed its campaign to topple Prime Minister Somchai Wongsawat.

Army commander Gen. Anupong Paochinda, flanked by the heads of the navy, air force and police, on Wednesday called on the government to dissolve parliament and hold a new election, and urged the protesters to leave the airport.

He said the army had no plan to stage a coup.

Somchai, who was flying home from a summit in Peru, landed in the northern city of Chiang Mai instead of the capital and rejected the call, saying he had been elected by the people.

Government supporters and the protesters clashed in northern Bangkok on Tuesday, and several people were hurt by gunfire and small explosions.

The People's Alliance for Democracy has held the prime minister's offices at Government House since August, when its supporters stormed the compound.

Two people died on Oct. 7 when police fired tear gas to clear alliance supporters blocking the entrance to parliament.

The alliance accuses Somchai of acting for his brother-in-law, Thaksin Shinawatra, who was ousted in a 2006 coup.

Suvarnabhumi handles about 40 million passengers a year.
""")
PAD = A("People's Alliance for Democracy protesters", "THA", ["CVL", "OPP"])
THAG = A("Thai government", "THA", "GOV")
SOMCHAI = A("Somchai Wongsawat", "THA", "GOV")
ANUPONG = A("Anupong Paochinda", "THA", "MIL")
E("ap05", "Thai protesters seize Bangkok's main airport; army", PAD, THAG, VPROT, "144", "2008-11", None, False, "headline")
E("ap05", "army chief urges Somchai to call election", ANUPONG, SOMCHAI, DEMAND, "104", "2008-11-26", None, False,
  "headline")
E("ap05", "protesters occupied Bangkok's Suvarnabhumi international airport overnight", PAD, THAG, VPROT, "144", "2008-11",
  P("Bangkok", "THA"), True,
  "occupying the airport: blocking 144 (protest, 14/18/17); 'overnight' without an anchor gives the month (as "
  "owned35 ai05); 'Bangkok's Suvarnabhumi' names the city")
E("ap05", "on Wednesday called on the government to", ANUPONG, THAG, DEMAND, "104", "2008-11-26", None, True,
  "demand for dissolution and a new election 104 (10/02); 'Gen.' title; the government is Somchai's")
E("ap05", "and urged the protesters to leave the", ANUPONG, PAD, DEMAND, "100", "2008-11-26", None, False,
  "second demand of the sentence: optional")
E("ap05", "landed in the northern city of Chiang", SOMCHAI, ANUPONG, ["12"], "123", "2008-11", None, True,
  "rejecting the call 123 (12); target the army chief who made it; Chiang Mai is where he landed, not named as the "
  "place of the rejection; no day: month")
E("ap05", "Government supporters and the protesters clashed in", A("Thai government supporters", "THA", ["CVL", "PTY"]),
  PAD, CLASH, "190", "2008-11-25", P("Bangkok", "THA"), True,
  "clash between civilian camps 190 (news-dev); first-mentioned direction; 'on Tuesday' before a Wednesday paper; "
  "'in northern Bangkok'")
E("ap05", "Government supporters and the protesters clashed in", PAD,
  A("Thai government supporters", "THA", ["CVL", "PTY"]), CLASH, "190", "2008-11-25", P("Bangkok", "THA"), False,
  "reverse direction: optional")
E("ap05", "when its supporters stormed the compound", PAD, THAG, VPROT, "145", "2008-08", None, True,
  "dated background in a 'since August, when' clause with its own agent: storming 145 (14/18/17); Government House "
  "is a building, no city named")
E("ap05", "when police fired tear gas to clear", A("Thai police", "THA", "COP"), PAD, REPR, "175", "2008-10-07",
  None, True, "dated background: tear gas on protesters 175 (17/18); unnamed police are Thailand's; 'the entrance "
  "to parliament' names no city")
E("ap05", "The alliance accuses Somchai of acting for", PAD, SOMCHAI, ["11"], "112", "2008-11", None, False,
  "standing accusation in the present tense: optional")
E("ap05", "who was ousted in a 2006 coup", A("Thai army", "THA", "MIL"), A("Thaksin Shinawatra", "THA", "GOV"), COUP,
  "172", "2006", None, False, "agentless passive in a relative (as owned35 ai09's 2009 coup): optional")
F("ap05", "He said the army had no plan", "negated intention: no coup")
F("ap05", "handles about 40 million passengers a year", "count")

# ---------------------------------------------------------------- ap06 Bishkek, Asia (Kyrgyzstan)
S("ap06", "2020-10-06", "Asia", """
Kyrgyz election annulled after protesters storm government headquarters and free ex-president

BISHKEK, Kyrgyzstan —

Kyrgyzstan's Central Election Commission annulled the results of Sunday's parliamentary election on Tuesday, after protesters who said the vote had been rigged stormed the main government building and freed a jailed former president.

Police fired tear gas, stun grenades and water cannon on Monday evening to break up thousands of demonstrators on Ala-Too Square in Bishkek. The crowds regrouped and broke into the White House, which houses the presidency and parliament, shortly after midnight, setting parts of it on fire.

Others went to the national security service's detention centre, where they freed former President Almazbek Atambayev, whom a court sentenced in June to 11 years in prison over the release of a crime boss, and opposition politician Sadyr Japarov.

One person was killed and nearly 600 were hurt in the unrest, the health ministry said.

President Sooronbai Jeenbekov said certain political forces had tried to seize power illegally, and called on party leaders to calm their supporters.

Prime Minister Kubatbek Boronov resigned on Tuesday, and opposition lawmakers named Japarov to replace him at a late-night session in a hotel.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia was concerned and called on all sides to restore calm.

Only four of the 16 parties on the ballot passed the 7 percent threshold, three of them close to the president.
""")
KGZP = A("Kyrgyz protesters", "KGZ", ["CVL", "OPP"])
KGZG = A("Kyrgyz government", "KGZ", "GOV")
ATAM = A("Almazbek Atambayev", "KGZ", ["OPP", "ELI"])
E("ap06", "protesters storm government headquarters and free ex-president", KGZP, KGZG, VPROT, "145", "2020-10", None,
  False, "headline")
E("ap06", "annulled the results of Sunday's parliamentary election", A("Kyrgyz Central Election Commission", "KGZ", "GOV"),
  A("pro-government parties", "KGZ", ["PTY", "GOV"]), ["17", "12", "11"], "172", "2020-10-06", None, True,
  "annulling an election 172 (17/12/11, as owned21 d02 and owned35 ai08); target the parties whose wins were voided; "
  "'on Tuesday' in a Tuesday paper")
E("ap06", "stormed the main government building and freed", KGZP, KGZG, VPROT, "145", "2020-10", None, False,
  "lead summary of the storming detailed in the next paragraph: optional")
E("ap06", "Police fired tear gas, stun grenades and", A("Kyrgyz police", "KGZ", "COP"), KGZP, REPR, "175", "2020-10-05",
  P("Bishkek", "KGZ"), True, "force against demonstrators 175 (17/18); 'on Monday evening'; 'on Ala-Too Square in "
  "Bishkek'; unnamed police are Kyrgyzstan's")
E("ap06", "The crowds regrouped and broke into the", KGZP, KGZG, VPROT, "145", "2020-10", None, True,
  "storming and burning the seat of government 145 (14/18/17); 'shortly after midnight' after Monday evening: month "
  "(day Oct. 6 falls inside); the building is named, the city not in this sentence")
E("ap06", "where they freed former President Almazbek Atambayev", KGZP, ATAM, ["08", "17", "14"], "0841", "2020-10", None,
  True, "freeing a prisoner 0841 (coders split: forcible release by a crowd, so 08/17/14); 'Others' are protesters; "
  "first member of the compound object; month")
E("ap06", "whom a court sentenced in June to", A("Kyrgyz court", "KGZ", "JUD"), ATAM, VERDICT, "173", "2020-06", None,
  True, "dated background in a relative with its own agent: a prison sentence 173 (court verdicts 17/11)")
E("ap06", "and opposition politician Sadyr Japarov", KGZP, A("Sadyr Japarov", "KGZ", ["OPP", "PTY"]), ["08", "17", "14"],
  "0841", "2020-10", None, False, "second member of the compound object: optional")
E("ap06", "said certain political forces had tried to", A("Sooronbai Jeenbekov", "KGZ", "GOV"),
  A("Kyrgyz opposition parties", "KGZ", ["OPP", "PTY"]), ["11"], "112", "2020-10", None, True,
  "accusation of an illegal bid for power 112; no day of its own: month")
E("ap06", "called on party leaders to calm their", A("Sooronbai Jeenbekov", "KGZ", "GOV"),
  A("Kyrgyz party leaders", "KGZ", "PTY"), DEMAND, "025", "2020-10", None, False, "second clause, an appeal: optional")
E("ap06", "Prime Minister Kubatbek Boronov resigned on Tuesday", A("Kubatbek Boronov", "KGZ", "GOV"), KGZP, ["08"], "0831",
  "2020-10-06", None, True, "resignation under protest pressure 0831 with the protesters as implied target")
E("ap06", "said Russia was concerned and called on", A("Dmitry Peskov", "RUS", "GOV"), A("Kyrgyzstan", "KGZ", None),
  DEMAND, "025", "2020-10", None, False,
  "single outside reaction: optional; 'In Moscow' is where the speaker was, not a place of the event")
F("ap06", "One person was killed and nearly 600", "casualty count")
F("ap06", "Only four of the 16 parties on", "count")

# ---------------------------------------------------------------- ap07 Kiev, Europe/Eurasia (Ukraine)
S("ap07", "2013-11-30", "Europe/Eurasia", """
Ukrainian riot police beat pro-EU protesters off Kiev's Independence Square

KIEV, Ukraine —

Riot police wielding truncheons drove several hundred protesters, most of them students, from Kiev's Independence Square before dawn on Saturday, beating many of those who fell behind.

Police said they had detained 35 people for resisting officers.

The protesters had camped on the square since Nov. 21, when the government abruptly suspended preparations to sign a far-reaching association and trade agreement with the European Union.

President Viktor Yanukovych, who declined to sign the deal at a summit with EU leaders in Vilnius on Friday, said he was outraged by the violence and demanded that those responsible be punished.

Opposition leaders Vitali Klitschko, a former world boxing champion, and Arseniy Yatseniuk demanded the resignation of the government and called for a mass rally in the capital on Sunday.

The European Union's foreign policy chief, Catherine Ashton, condemned what she called the excessive use of force, and the U.S. Embassy called the violence unacceptable.

Ukraine, a country of 46 million people, sends roughly a quarter of its exports to Russia.

Moscow had pressed Kiev for months to turn away from the agreement, warning of trade curbs.

Whether Yanukovych might yet sign the agreement was unclear.
""")
UKRCOP = A("Ukrainian riot police", "UKR", "COP")
UKRP = A("Ukrainian pro-EU protesters", "UKR", ["CVL", "EDU", "OPP"])
UKRG = A("Ukrainian government", "UKR", "GOV")
YAN = A("Viktor Yanukovych", "UKR", "GOV")
EU = A("European Union", "EUR", "IGO")
E("ap07", "Ukrainian riot police beat pro-EU protesters off", UKRCOP, UKRP, REPR, "175", "2013-11-30", None, False,
  "headline")
E("ap07", "Riot police wielding truncheons drove several hundred", UKRCOP, UKRP, REPR, "175", "2013-11-30",
  P("Kiev", "UKR"), True, "violent dispersal 175 (17/18); 'before dawn on Saturday' in a Saturday paper; 'Kiev's "
  "Independence Square' names the city; unnamed police are Ukraine's")
E("ap07", "Police said they had detained 35 people", UKRCOP, UKRP, ["17"], "173", "2013-11", None, False,
  "arrests reported by the police with a count, no day of their own: optional (as owned35 ai07)")
E("ap07", "The protesters had camped on the square", UKRP, UKRG, ["14"], "141", "2013-11", None, True,
  "the sit-in since Nov. 21: a dated protest with its agent, a span: month; 'the square' names no city")
E("ap07", "when the government abruptly suspended preparations to", UKRG, EU, ["16", "12"], "164", "2013-11-21", None,
  True, "dated background in a 'since ..., when' clause: halting the preparation of a deal 164 (16/12)")
E("ap07", "who declined to sign the deal at", YAN, EU, ["12", "16"], "120", "2013-11-29", P("Vilnius", "LTU"), True,
  "dated relative with its own agent: refusing to sign 120 (12/16); 'on Friday' before a Saturday paper; the clause "
  "names Vilnius")
E("ap07", "said he was outraged by the violence", YAN, UKRCOP, ["11", "10"], "111", "2013-11", None, True,
  "criticism of the police action 111, with a demand for punishment (10 also right); no day of its own: month")
E("ap07", "demanded the resignation of the government and", A("Vitali Klitschko", "UKR", ["OPP", "PTY"]), UKRG, DEMAND,
  "1041", "2013-11", None, True, "demand for the government's resignation 1041 (10/02); first member of a compound "
  "subject; month")
E("ap07", "demanded the resignation of the government and", A("Arseniy Yatseniuk", "UKR", ["OPP", "PTY"]), UKRG, DEMAND,
  "1041", "2013-11", None, False, "second member: optional")
E("ap07", "called for a mass rally in the", A("Vitali Klitschko", "UKR", ["OPP", "PTY"]), UKRG, ["14"], "140", "2013-11",
  None, False, "a call for a rally, second verb: optional (as owned35's calls for a strike)")
E("ap07", "Catherine Ashton, condemned what she called the", A("Catherine Ashton", "EUR", "IGO"),
  A("Ukrainian government", "UKR", ["GOV", "COP"]), ["11"], "111",
  "2013-11", None, True, "condemnation 111, first member of two reactions (required, as owned35 ai01's Le Drian); "
  "target the government whose police acted (sector GOV or COP)")
E("ap07", "the U.S. Embassy called the violence unacceptable", A("U.S. Embassy in Kiev", "USA", "GOV"), UKRG, ["11"],
  "111", "2013-11", None, False, "second reaction: optional")
E("ap07", "Moscow had pressed Kiev for months to", A("Russia", "RUS", "GOV"), UKRG, ["10", "02", "13"], "100", "2013", None,
  False, "undated background pressure ('for months', no date): optional; 'Moscow' and 'Kiev' are the governments "
  "(year)")
E("ap07", "warning of trade curbs", A("Russia", "RUS", "GOV"), UKRG, ["13"], "130", "2013", None, False,
  "threat in a participle of the same undated background: optional")
F("ap07", "a country of 46 million people, sends", "count and standing trade fact")
F("ap07", "Whether Yanukovych might yet sign the agreement", "speculation")

# ---------------------------------------------------------------- ap08 Belgrade, Europe/Eurasia (Serbia)
S("ap08", "2025-01-28", "Europe/Eurasia", """
Serbian prime minister resigns after attack on students deepens protest crisis

BELGRADE, Serbia —

Prime Minister Milos Vucevic announced his resignation on Tuesday, hours after men wielding baseball bats attacked students putting up protest posters in the northern city of Novi Sad.

A young woman was left with a broken jaw, and students said the attackers had come out of a local office of the ruling Serbian Progressive Party.

Vucevic said he was stepping down to ease tensions in society. Novi Sad's mayor, Milan Djuric, also resigned.

President Aleksandar Vucic told reporters that police had arrested one of the attackers and that the others would be found.

On Monday, students and their supporters blocked one of Belgrade's busiest intersections for 24 hours, the largest action yet in a wave of protests that has spread from the universities to farmers, lawyers and actors.

The same day, Vucic accused unnamed foreign powers of paying for the unrest in an attempt to overthrow him.

The concrete canopy at Novi Sad's railway station collapsed on Nov. 1, killing 15 people.

The students are demanding the release of all documents on the station's renovation and the prosecution of those responsible for the disaster.

Under the constitution, parliament must confirm a new government within 30 days of the resignation or the president must call an early election.
""")
VUCEVIC = A("Milos Vucevic", "SRB", "GOV")
SRBS = A("Serbian student protesters", "SRB", ["CVL", "EDU", "OPP"])
VUCIC = A("Aleksandar Vucic", "SRB", "GOV")
SRBG = A("Serbian government", "SRB", "GOV")
E("ap08", "Serbian prime minister resigns after attack on", VUCEVIC, SRBS, ["08"], "0831", "2025-01-28", None, False,
  "headline")
E("ap08", "Prime Minister Milos Vucevic announced his resignation", VUCEVIC, SRBS, ["08"], "0831", "2025-01-28", None,
  True, "resignation under protest pressure 0831, protesters as implied target; 'on Tuesday' in a Tuesday paper")
E("ap08", "hours after men wielding baseball bats attacked", A("unidentified attackers", None, None), SRBS, ["18", "17"],
  "182", "2025-01", P("Novi Sad", "SRB"), True,
  "physical assault 182 in an 'hours after' clause with its own agent; unnamed attackers null/null (news-dev); the "
  "students' account of where they came from is one side's; 'hours after' a Tuesday announcement may be Monday "
  "night: month; 'the northern city of Novi Sad' names the place")
E("ap08", "students said the attackers had come out", SRBS, A("Serbian Progressive Party", "SRB", ["PTY", "GOV"]), ["11"],
  "112", "2025-01", None, False, "the students' charge linking the attackers to the ruling party: optional")
E("ap08", "Vucevic said he was stepping down to", VUCEVIC, SRBS, ["08"], "0831", "2025-01-28", None, False,
  "restatement of the resignation: optional")
E("ap08", "Novi Sad's mayor, Milan Djuric, also resigned", A("Milan Djuric", "SRB", "GOV"), SRBS, ["08"], "0831",
  "2025-01", None, True, "a second resignation under the same pressure 0831; no day of its own: month")
E("ap08", "told reporters that police had arrested one", A("Serbian police", "SRB", "COP"),
  A("unidentified attackers", None, None), ["17"], "173", "2025-01", None, True,
  "arrest 173 reported by the head of state of the arresting police (required, as owned21 d11); month")
E("ap08", "students and their supporters blocked one of", SRBS, SRBG, ["14"], "144", "2025-01-27", P("Belgrade", "SRB"),
  True, "road blockade 144 (protest); 'On Monday' before a Tuesday paper; 'Belgrade's busiest intersections' names "
  "the city; first member of the compound subject")
E("ap08", "students and their supporters blocked one of", A("supporters of the Serbian students", "SRB", ["CVL", "OPP"]),
  SRBG, ["14"], "144", "2025-01-27", P("Belgrade", "SRB"), False, "second member of the compound subject: optional")
E("ap08", "Vucic accused unnamed foreign powers of paying", VUCIC, A("unnamed foreign powers", None, "GOV"), ["11"], "112",
  "2025-01-27", None, True, "accusation 112; 'The same day' = Monday; unnamed foreign governments null/GOV (as "
  "news-dev's 'some UN member states')")
E("ap08", "The students are demanding the release of", SRBS, SRBG, DEMAND, "101", "2025-01", None, False,
  "standing demand in the present tense: optional (release of documents 101, prosecutions 10)")
F("ap08", "The concrete canopy at Novi Sad's railway", "an accident: nothing political happened")
F("ap08", "Under the constitution, parliament must confirm a", "normative statement")

# ---------------------------------------------------------------- ap09 Caracas, Americas (Venezuela)
S("ap09", "2014-02-19", "Americas", """
Venezuela's Lopez hands himself over to troops; Maduro says he will face justice

CARACAS, Venezuela —

Venezuelan opposition leader Leopoldo Lopez surrendered to National Guard troops in Caracas on Tuesday, after addressing thousands of supporters dressed in white who had marched with him through the capital.

He was driven away in an armoured vehicle to a military jail outside the city.

A court had ordered his arrest last week on charges including murder, terrorism and incitement over protests on Feb. 12 in which three people were shot dead.

President Nicolas Maduro, speaking to a rally of oil workers, accused Lopez of leading a fascist plot to overthrow the elected government and said he would answer before the courts.

On Sunday, Maduro ordered three U.S. consular officials out of the country, accusing them of recruiting students for the demonstrations. The State Department rejected the accusation as baseless and false.

Lopez, a Harvard-educated former mayor of a Caracas district, told the crowd before giving himself up that he hoped his jailing would wake the country up.

Student-led demonstrations against crime, shortages and inflation have spread to most big cities this month.

Venezuela has the world's largest proven oil reserves, but its inflation rate is above 50 percent.

It was unclear how long Lopez would be held before a judge heard his case.
""")
LOPEZ = A("Leopoldo Lopez", "VEN", ["OPP", "PTY"])
VENGN = A("Venezuelan National Guard", "VEN", ["MIL", "COP"])
MADURO = A("Nicolas Maduro", "VEN", "GOV")
VENP = A("Venezuelan opposition protesters", "VEN", ["CVL", "OPP"])
E("ap09", "Venezuela's Lopez hands himself over to troops;", VENGN, LOPEZ, ["17"], "173", "2014-02-18", None, False,
  "headline")
E("ap09", "surrendered to National Guard troops in Caracas", VENGN, LOPEZ, ["17"], "173", "2014-02-18",
  P("Caracas", "VEN"), True, "surrendering to troops who hold him: his arrest 173 by the Guard; 'on Tuesday' before "
  "a Wednesday paper; 'in Caracas'")
E("ap09", "surrendered to National Guard troops in Caracas", LOPEZ, VENGN, ["08"], "080", "2014-02-18",
  P("Caracas", "VEN"), False, "the surrender itself as yielding 080: optional")
E("ap09", "who had marched with him through the", VENP, A("Venezuelan government", "VEN", "GOV"), ["14"], "141",
  "2014-02-18", P("Caracas", "VEN"), True,
  "march 141 in a relative with its own agent, same Tuesday; 'through the capital' with the dateline is Caracas")
E("ap09", "He was driven away in an armoured", VENGN, LOPEZ, ["17"], "173", "2014-02-18", None, False,
  "agentless passive, the arrest continued: optional")
E("ap09", "A court had ordered his arrest last", A("Venezuelan court", "VEN", "JUD"), LOPEZ, VERDICT, "173", "2014-02",
  None, True, "arrest warrant: court rulings 17/11, 173; 'last week' gives the month")
E("ap09", "in which three people were shot dead", A("unidentified gunmen", None, None), VENP, ATTACK, "180",
  "2014-02-12", None, False, "agentless passive of killings at the Feb. 12 protests: optional")
E("ap09", "accused Lopez of leading a fascist plot", MADURO, LOPEZ, ["11"], "112", "2014-02", None, True,
  "accusation 112; participle 'speaking to a rally' gives no day: month")
E("ap09", "and said he would answer before the", MADURO, LOPEZ, ["13"], "130", "2014-02", None, False,
  "a threat of prosecution as a future: optional")
E("ap09", "Maduro ordered three U.S. consular officials out", MADURO, A("U.S. consular officials", "USA", "GOV"),
  ["16", "17"], "161", "2014-02-16", None, True,
  "expelling diplomats 161 (16/17, 174 also right, as owned35 ai04); 'On Sunday' before a Wednesday paper")
E("ap09", "accusing them of recruiting students for the", MADURO, A("U.S. consular officials", "USA", "GOV"), ["11"],
  "112", "2014-02-16", None, False, "accusation in a participle: optional")
E("ap09", "The State Department rejected the accusation as", A("U.S. State Department", "USA", "GOV"), MADURO, DENY,
  "016", "2014-02", None, True, "denial 016 (01/12); no day of its own: month")
E("ap09", "Student-led demonstrations against crime, shortages and inflation", VENP,
  A("Venezuelan government", "VEN", "GOV"), ["14"], "141", "2014-02", None, False,
  "spreading protests in the present perfect ('this month'): optional")
F("ap09", "Venezuela has the world's largest proven oil", "standing facts and counts")
F("ap09", "It was unclear how long Lopez would", "speculation")

# ---------------------------------------------------------------- ap10 Quito, Americas (Ecuador / United States)
S("ap10", "2011-04-08", "Americas", """
U.S. expels Ecuador's ambassador in tit-for-tat row over leaked cable

QUITO, Ecuador —

The United States ordered Ecuador's ambassador, Luis Gallegos, to leave the country on Thursday, two days after President Rafael Correa's government expelled the American envoy in Quito over a leaked diplomatic cable.

Washington also suspended a yearly dialogue with Quito on trade and security, State Department spokesman Mark Toner said.

Foreign Minister Ricardo Patino declared Ambassador Heather Hodges persona non grata on Tuesday and told her to leave as soon as possible, after he said she had failed to explain a 2009 cable in which she reported that Correa knew of corruption in the police when he named its commander.

The cable was published on Monday by the Spanish newspaper El Pais, one of several that had received documents from WikiLeaks.

Correa accused the ambassador of insulting him and the country, and said Ecuador would not accept lessons from anyone.

The cable named a former police commander, Jaime Hurtado. Correa's relations with the force have been tense since officers rebelled over pay last September and held him for hours in a hospital.

Patino said the expulsion did not mean a break in relations with Washington.

The United States buys about 40 percent of Ecuador's exports, most of them oil and bananas.
""")
USA = A("United States", "USA", "GOV")
ECUG = A("Ecuador's government", "ECU", "GOV")
HODGES = A("Heather Hodges", "USA", "GOV")
CORREA = A("Rafael Correa", "ECU", "GOV")
E("ap10", "U.S. expels Ecuador's ambassador in tit-for-tat row", USA, A("Luis Gallegos", "ECU", "GOV"), ["16", "17"], "161",
  "2011-04-07", None, False, "headline")
E("ap10", "The United States ordered Ecuador's ambassador, Luis", USA, A("Luis Gallegos", "ECU", "GOV"), ["16", "17"],
  "161", "2011-04-07", None, True,
  "ordering an ambassador out 161 (16/17, 174 also right); 'on Thursday' before a Friday paper")
E("ap10", "government expelled the American envoy in Quito", ECUG, HODGES, ["16", "17"], "161", "2011-04-05", None, False,
  "lead summary in a 'two days after' clause of the expulsion detailed in the third paragraph: optional; 'in Quito' "
  "locates the envoy's post, not the act")
E("ap10", "Washington also suspended a yearly dialogue with", USA, ECUG, ["16", "12"], "164", "2011-04", None, True,
  "halting talks 164; 'Washington' is the U.S. government, 'Quito' Ecuador's; no day of its own: month")
E("ap10", "declared Ambassador Heather Hodges persona non grata", A("Ricardo Patino", "ECU", "GOV"), HODGES, ["16", "17"],
  "161", "2011-04-05", None, True, "expelling the ambassador 161 (16/17); 'on Tuesday' before a Friday paper")
E("ap10", "in which she reported that Correa knew", HODGES, CORREA, ["11"], "112", "2009", None, False,
  "an allegation in an internal cable, not addressed to anyone in Ecuador: optional")
E("ap10", "Correa accused the ambassador of insulting him", CORREA, HODGES, ["11"], "112", "2011-04", None, True,
  "accusation 112; month")
E("ap10", "and said Ecuador would not accept lessons", CORREA, USA, ["12"], "120", "2011-04", None, False,
  "a refusal put as an intention: optional")
E("ap10", "since officers rebelled over pay last September", A("Ecuadorean police officers", "ECU", "COP"), CORREA,
  ["18", "17", "14"], "181", "2010-09", None, True,
  "dated background in a 'since' clause with its own agent: holding the president ('him' = Correa) 181 (18/17/14, news-dev's police "
  "revolt reading); 'last September' is of the year before publication; 'a hospital' names no city")
E("ap10", "since officers rebelled over pay last September", A("Ecuadorean police officers", "ECU", "COP"), ECUG, VPROT,
  "145", "2010-09", None, False, "the revolt itself as a violent protest: optional")
F("ap10", "Patino said the expulsion did not mean", "negated act: no break in relations")
F("ap10", "buys about 40 percent of Ecuador's exports", "count and standing trade fact")

# ---------------------------------------------------------------- ap11 Islamabad, South Asia (Pakistan)
S("ap11", "2014-09-01", "South Asia", """
Pakistani protesters storm state TV as crisis over Sharif deepens

ISLAMABAD, Pakistan —

Hundreds of anti-government protesters stormed the headquarters of Pakistan's state broadcaster in the capital on Monday and forced its main news channel off the air, before soldiers arrived and cleared them out of the building.

The storming came two days after police fired tear gas and rubber bullets at thousands of followers of opposition politician Imran Khan and cleric Tahir-ul-Qadri as they marched on Prime Minister Nawaz Sharif's residence.

At least three people have died since the violence began, hospital officials said.

Khan and Qadri have camped with their supporters outside parliament since Aug. 15, demanding that Sharif resign over alleged fraud in last year's election, which his party won by a landslide.

The army chief, Gen. Raheel Sharif, met Khan and Qadri separately on Thursday at the government's request in a bid to end the standoff.

After a meeting of senior commanders on Sunday, the army urged the government to find a political solution without delay and warned against further use of force.

The prime minister rejected calls to step down, saying he would not bow to pressure from the streets.

Whether the generals, who have seized power three times since independence, would again take a hand in politics was the question on many minds in Islamabad.
""")
PAKP = A("Pakistani anti-government protesters", "PAK", ["CVL", "OPP"])
PAKMIL = A("Pakistani army", "PAK", "MIL")
NAWAZ = A("Nawaz Sharif", "PAK", "GOV")
KHAN = A("Imran Khan", "PAK", ["OPP", "PTY"])
QADRI = A("Tahir-ul-Qadri", "PAK", ["REL", "OPP"])
E("ap11", "Pakistani protesters storm state TV as crisis", PAKP, A("Pakistan Television", "PAK", ["MED", "GOV"]), VPROT,
  "145", "2014-09-01", None, False, "headline")
E("ap11", "stormed the headquarters of Pakistan's state broadcaster", PAKP, A("Pakistan Television", "PAK", ["MED", "GOV"]),
  VPROT, "145", "2014-09-01", P("Islamabad", "PAK"), True,
  "storming the state broadcaster 145 (14/18/17); 'in the capital' with the dateline is Islamabad; 'on Monday' in a "
  "Monday paper")
E("ap11", "before soldiers arrived and cleared them out", PAKMIL, PAKP, REPR, "170", "2014-09-01", None, True,
  "soldiers clearing the building: coercion 170 (17/18); unnamed soldiers are Pakistan's; same day; the clause "
  "names no city")
E("ap11", "police fired tear gas and rubber bullets", A("Pakistani police", "PAK", "COP"), PAKP, REPR, "175",
  "2014-08-30", None, True,
  "dated background in a 'two days after' clause: force against marchers 175; two days before Monday = Saturday; "
  "Khan's and Qadri's followers are one group")
E("ap11", "as they marched on Prime Minister Nawaz", PAKP, NAWAZ, ["14"], "141", "2014-08-30", None, False,
  "the march inside a subordinate clause: optional")
E("ap11", "demanding that Sharif resign over alleged fraud", KHAN, NAWAZ, DEMAND, "1041", "2014-08", None, True,
  "demand for resignation 1041 (10/02) by Khan, first member of the compound subject; the sit-in since Aug. 15 is a "
  "span: month")
E("ap11", "Khan and Qadri have camped with their", KHAN, NAWAZ, ["14"], "141", "2014-08", None, False,
  "the sit-in itself, a span since Aug. 15: optional (the demand of the same sentence is required)")
E("ap11", "demanding that Sharif resign over alleged fraud", QADRI, NAWAZ, DEMAND, "1041", "2014-08", None, False,
  "second member: optional")
E("ap11", "met Khan and Qadri separately on Thursday", A("Raheel Sharif", "PAK", "MIL"), KHAN, ["04"], "040", "2014-08-28",
  None, True, "meeting 040; 'Gen.' title; first member of the compound object; 'on Thursday' before a Monday paper")
E("ap11", "met Khan and Qadri separately on Thursday", A("Raheel Sharif", "PAK", "MIL"), QADRI, ["04"], "040",
  "2014-08-28", None, False, "second member: optional")
E("ap11", "the army urged the government to find", PAKMIL, A("Pakistani government", "PAK", "GOV"), DEMAND, "020",
  "2014-08-31", None, True, "appeal for a political settlement 020 (10/02); 'on Sunday' before a Monday paper")
E("ap11", "The prime minister rejected calls to step", NAWAZ, KHAN, ["12"], "1231", "2014-09", None, True,
  "rejecting the demand for his resignation 1231 (as owned35); target Khan, the first named maker of the demand; "
  "no day of its own: month")
F("ap11", "At least three people have died since", "casualty count")
F("ap11", "Whether the generals, who have seized power", "speculation with a standing count of past coups")

# ---------------------------------------------------------------- ap12 Dili, Pacific (East Timor)
S("ap12", "2006-06-26", "Pacific", """
East Timor's Alkatiri quits under pressure over hit-squad allegations

DILI, East Timor —

Prime Minister Mari Alkatiri resigned on Monday, giving way to weeks of pressure from President Xanana Gusmao and from crowds in the streets of the capital who blamed him for the violence that has gripped the country since April.

Alkatiri told reporters he was stepping down so that the president would not have to carry out his own threat to quit.

Gusmao had threatened on Thursday to resign himself unless the prime minister left office.

Foreign Minister Jose Ramos-Horta, a Nobel peace laureate, quit the cabinet on Sunday, saying he could not serve under Alkatiri.

A court placed Alkatiri's former interior minister, Rogerio Lobato, under house arrest last week on charges of arming a group of civilians to eliminate the government's opponents. The group's leader, Vicente da Conceicao, told Australian television that Alkatiri had known of the plan, a charge the prime minister denied.

Fighting between rebel soldiers, police and army units in Dili in late May prompted the government to ask Australia, New Zealand, Malaysia and Portugal to send troops.

More than 2,500 foreign soldiers, most of them Australian, now patrol the capital.

Fretilin, which holds 55 of the 88 seats in parliament, must now propose a successor.
""")
ALK = A("Mari Alkatiri", "TLS", "GOV")
GUSMAO = A("Xanana Gusmao", "TLS", "GOV")
TLSP = A("East Timorese protesters", "TLS", ["CVL", "OPP"])
TLSG = A("East Timor's government", "TLS", "GOV")
E("ap12", "East Timor's Alkatiri quits under pressure over", ALK, TLSP, ["08"], "0831", "2006-06-26", None, False, "headline")
E("ap12", "Prime Minister Mari Alkatiri resigned on Monday", ALK, TLSP, ["08"], "0831", "2006-06-26", None, True,
  "resignation under pressure 0831, the protesting crowds as implied target (as news-dev d09); 'on Monday' in a "
  "Monday paper")
E("ap12", "who blamed him for the violence that", TLSP, ALK, ["11"], "112", "2006", None, False,
  "an undated standing blame in a relative: optional")
E("ap12", "Alkatiri told reporters he was stepping down", ALK, TLSP, ["08"], "0831", "2006-06-26", None, False,
  "restatement: optional")
E("ap12", "Gusmao had threatened on Thursday to resign", GUSMAO, ALK, ["13"], "130", "2006-06-22", None, True,
  "a threat to resign unless the premier goes 130 (13); 'on Thursday' before a Monday paper")
E("ap12", "quit the cabinet on Sunday, saying he", A("Jose Ramos-Horta", "TLS", "GOV"), ALK, ["14", "08", "11"], "140",
  "2006-06-25", None, False, "a resignation in protest: coders split (14, 08, 11), optional")
E("ap12", "A court placed Alkatiri's former interior minister,", A("East Timorese court", "TLS", "JUD"),
  A("Rogerio Lobato", "TLS", ["ELI", "PTY"]), VERDICT, "173", "2006-06", None, True,
  "house arrest ordered by a court 173 (court rulings 17/11); 'last week' gives the month")
E("ap12", "told Australian television that Alkatiri had known", A("Vicente da Conceicao", "TLS", ["CVL", "CRM"]), ALK,
  ["11"], "112", "2006-06", None, True, "accusation 112 by the group's leader; month")
E("ap12", "a charge the prime minister denied", ALK, A("Vicente da Conceicao", "TLS", ["CVL", "CRM"]), DENY, "016",
  "2006-06", None, True, "denial 016 (01/12) in an appositive clause with its own agent; month")
E("ap12", "Fighting between rebel soldiers, police and army", A("East Timorese rebel soldiers", "TLS", ["MIL", "REB"]),
  A("East Timorese army", "TLS", "MIL"), CLASH, "190", "2006-05", P("Dili", "TLS"), True,
  "dated background: clashes 190 (19/18/14), 'in late May' (month), 'in Dili'; first pair of the compound (rebels "
  "and army); the police as a further party are not listed")
E("ap12", "prompted the government to ask Australia, New", TLSG, A("Australia", "AUS", "GOV"), ["02", "10"], "0234",
  "2006-05", None, True, "a request for peacekeeping troops 0234; first member of the compound object; dated by "
  "'in late May' in the same sentence: month")
E("ap12", "prompted the government to ask Australia, New", TLSG, A("New Zealand", "NZL", "GOV"), ["02", "10"], "0234",
  "2006-05", None, False, "second member: optional (Malaysia and Portugal likewise, not listed)")
F("ap12", "More than 2,500 foreign soldiers, most of", "standing situation and count")
F("ap12", "which holds 55 of the 88 seats", "count and normative statement")

if __name__ == "__main__":
    write(HERE)
