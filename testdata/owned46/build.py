#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned46 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned46/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- au01 Nouakchott, Africa (Mauritania)
S("au01", "2008-08-07", "Africa", """
Mauritanian generals seize power hours after president fires them

NOUAKCHOTT, Mauritania —

Army officers seized power in Mauritania on Wednesday, arresting President Sidi Ould Cheikh Abdallahi at his home in the capital only hours after he had signed a decree dismissing the country's most senior commanders.

Soldiers of the presidential guard also detained Prime Minister Yahya Ould Ahmed El Waghef and the interior minister, the president's daughter said. State radio and television went off the air for several hours before announcing that a High State Council headed by the sacked guard commander, Gen. Mohamed Ould Abdel Aziz, had taken charge.

The council said it had acted to end a political deadlock and promised to hold free elections as soon as possible. It did not say where the president was being held.

Abdallahi, who won the country's first contested presidential election in March 2007, had been at odds for months with lawmakers from his own camp. Forty-eight of them quit the ruling party on Monday, accusing him of blocking reforms and shielding corrupt allies.

African Union Commission chairman Jean Ping condemned the takeover and demanded that constitutional order be restored. The United States called the coup a blow to democracy and said it would review its aid to Nouakchott, while France urged the officers to free the president.

Mauritania, a vast desert nation straddling the Arab world and sub-Saharan Africa, has seen more than half a dozen coups or attempted coups since independence from France in 1960.
""")
MRTMIL = A("Mauritanian army officers", "MRT", "MIL")
ABD = A("Sidi Ould Cheikh Abdallahi", "MRT", "GOV")
E("au01", "Mauritanian generals seize power hours after president", MRTMIL, ABD, COUP, "173", "2008-08", None, False,
  "headline; no day in the headline: month")
E("au01", "Army officers seized power in Mauritania on Wednesday", MRTMIL, ABD, COUP, "173", "2008-08-06",
  P("Nouakchott", "MRT"), True,
  "a coup carried out by arresting the president: one event, 173 under news-dev's coup roots 17/19; 'at his home in "
  "the capital' with the Nouakchott dateline names the place; 'on Wednesday' before a Thursday paper")
E("au01", "he had signed a decree dismissing the", ABD, MRTMIL, ["17"], "172", "2008-08-06", None, False,
  "a president dismissing his own commanders has no clear CAMEO class (172 administrative measure at most): optional "
  "although dated ('hours after' on Wednesday), as owned35 left certifications uncoded")
E("au01", "Soldiers of the presidential guard also detained", A("Mauritanian presidential guard", "MRT", "MIL"),
  A("Yahya Ould Ahmed El Waghef", "MRT", "GOV"), ["17", "19"], "173", "2008-08", None, True,
  "arrest 173; first member of the compound object; the daughter's account is undisputed; no day of its own "
  "('also' only links it to the coup): month")
E("au01", "Soldiers of the presidential guard also detained", A("Mauritanian presidential guard", "MRT", "MIL"),
  A("Mauritanian interior minister", "MRT", "GOV"), ["17", "19"], "173", "2008-08", None, False,
  "second member of the compound object: optional")
E("au01", "a High State Council headed by the sacked", A("High State Council", "MRT", "MIL"), ABD, COUP, "173", "2008-08",
  None, False, "the council 'had taken charge': restatement of the takeover inside the broadcast: optional")
E("au01", "promised to hold free elections as soon", A("High State Council", "MRT", "MIL"),
  A("Mauritanians", "MRT", "CVL"), ["03"], "034", "2008-08", None, False,
  "promise of elections 034 (intent to institute political reform); no clear target: optional")
E("au01", "Forty-eight of them quit the ruling party", A("Mauritanian ruling-party lawmakers", "MRT", ["LEG", "PTY"]), ABD,
  ["11"], "112", "2008-08-04", None, True,
  "accusation 112 in a participle; dated background ('on Monday' before a Thursday paper = Aug. 4); 'them' refers "
  "back to the lawmakers; quitting a party has no CAMEO code")
E("au01", "Jean Ping condemned the takeover and demanded", A("African Union Commission", "AFR", "IGO"), MRTMIL, ["11"],
  "111", "2008-08", None, True, "condemnation 111; African Union AFR/IGO as news-dev; no day: month")
E("au01", "demanded that constitutional order be restored", A("African Union Commission", "AFR", "IGO"), MRTMIL, DEMAND,
  "104", "2008-08", None, False, "second verb, a demand for political change 104: optional")
E("au01", "The United States called the coup a", A("United States", "USA", "GOV"), MRTMIL, ["11"], "111", "2008-08", None,
  True, "criticism 111; first clause of the sentence; month")
E("au01", "said it would review its aid to", A("United States", "USA", "GOV"), A("Mauritania", "MRT", "GOV"), ["13", "16"],
  "1311", "2008-08", None, False,
  "a review of aid put as an intention, closest to a threat to cut aid 1311; 'Nouakchott' is the government, not a "
  "place: optional")
E("au01", "while France urged the officers to free", A("France", "FRA", "GOV"), MRTMIL, DEMAND, "0253", "2008-08", None,
  True, "appeal for release 0253 (02/10); its own clause with its own actors; month")
F("au01", "It did not say where the president", "negated statement: nothing said")
F("au01", "has seen more than half a dozen", "count and standing history")

# ---------------------------------------------------------------- au02 Addis Ababa, Africa (Ethiopia)
S("au02", "2016-10-10", "Africa", """
Ethiopia declares state of emergency after months of deadly protests

ADDIS ABABA, Ethiopia —

Ethiopia declared a six-month state of emergency on Sunday, after a week in which protesters in the Oromia region torched factories, farms and vehicles in anger over the deaths of scores of people at a religious festival.

Prime Minister Hailemariam Desalegn announced the decree in a televised address, saying the unrest threatened the country's stability and the safety of its people.

Government spokesman Getachew Reda accused "elements" in Eritrea and Egypt of arming, training and financing the protesters. Cairo denied on Monday that it was interfering in Ethiopia's affairs.

The latest wave of anger followed a stampede on Oct. 2 at the Irreecha festival in the town of Bishoftu, south-east of the capital, where police fired tear gas and warning shots at crowds chanting anti-government slogans. The government says 55 people died; opposition groups and activists put the toll in the hundreds.

In the days that followed, protesters set fire to government offices, police stations and foreign-owned businesses, including flower farms and a Turkish-owned textile plant. An American researcher was killed when stones were thrown at her car near the capital.

The authorities have cut mobile internet access across much of Oromia since last week.

Merera Gudina, chairman of the opposition Oromo Federalist Congress, said the emergency would only deepen the crisis and urged the government to open talks with its critics.

Oromos, the country's largest ethnic group, have long complained of being shut out of political power.
""")
ETHG = A("Ethiopia's government", "ETH", "GOV")
ETHP = A("Oromo protesters", "ETH", ["CVL", "OPP"])
ETHCOP = A("Ethiopian police", "ETH", "COP")
E("au02", "Ethiopia declares state of emergency after months", ETHG, ETHP, ["17"], "1724", "2016-10", None, False,
  "headline")
E("au02", "Ethiopia declared a six-month state of emergency on", ETHG, ETHP, ["17"], "1724", "2016-10-09", None, True,
  "a declared emergency 1724 (news-dev); target the protesters it is aimed at; 'on Sunday' before a Monday paper")
E("au02", "protesters in the Oromia region torched factories", ETHP, A("Ethiopian businesses", "ETH", "BUS"), VPROT, "145",
  "2016-10", P("Oromia", "ETH"), False, "lead summary of the arson detailed later: optional")
E("au02", "announced the decree in a televised address", A("Hailemariam Desalegn", "ETH", "GOV"), ETHP, ["17"], "1724",
  "2016-10", None, False, "restatement of the emergency: optional")
E("au02", "Getachew Reda accused \"elements\" in Eritrea and Egypt", A("Getachew Reda", "ETH", "GOV"),
  A("elements in Eritrea", "ERI", None), ["11"], "112", "2016-10", None, True,
  "accusation 112; first member of the compound object ('elements' in Eritrea, sector null); no day: month")
E("au02", "Getachew Reda accused \"elements\" in Eritrea and Egypt", A("Getachew Reda", "ETH", "GOV"),
  A("elements in Egypt", "EGY", None), ["11"], "112", "2016-10", None, False, "second member: optional")
E("au02", "Cairo denied on Monday that it was", A("Egypt's government", "EGY", "GOV"), ETHG, DENY, "016", "2016-10-10",
  None, True, "denial 016 (01/12); 'Cairo' is the government, not a place; 'on Monday' in a Monday paper")
E("au02", "where police fired tear gas and warning", ETHCOP, A("Irreecha festival crowd", "ETH", ["CVL", "OPP"]), REPR,
  "175", "2016-10-02", P("Bishoftu", "ETH"), True,
  "tear gas and warning shots at a crowd 175 (17/18); dated background in a 'where' clause with its own agent; the "
  "day is the stampede's, 'on Oct. 2'; 'the town of Bishoftu' names the place; unnamed police are Ethiopia's")
E("au02", "protesters set fire to government offices, police", ETHP, A("Ethiopian government offices", "ETH", None), VPROT,
  "145", "2016-10", None, True,
  "arson by protesters 145 (14/18/17); premises are the country with sector null; first member of the compound "
  "object; 'In the days that followed' gives the month; Oromia is named only in another sentence")
E("au02", "protesters set fire to government offices, police", ETHP, A("Turkish-owned textile plant", "TUR", None), VPROT,
  "145", "2016-10", None, False, "a later member (the Turkish-owned plant): optional")
E("au02", "An American researcher was killed when stones", A("stone-throwers", "ETH", ["CVL", "OPP"]),
  A("American researcher", "USA", ["EDU", "CVL"]), ["18"], "180", "2016-10", None, False,
  "agentless passive ('stones were thrown'): optional; 'near the capital' is not a named place")
E("au02", "The authorities have cut mobile internet access", ETHG, A("Ethiopian citizens", "ETH", "CVL"), ["17"], "1721",
  "2016-10", P("Oromia", "ETH"), True,
  "internet cut 1721 (as owned21 d04); 'since last week' gives the month; 'across much of Oromia' names the region")
E("au02", "said the emergency would only deepen the", A("Merera Gudina", "ETH", ["OPP", "PTY"]), ETHG, ["11", "01"], "111",
  "2016-10", None, False, "a gloomy forecast more than a criticism (012 or 111): optional")
E("au02", "urged the government to open talks with", A("Merera Gudina", "ETH", ["OPP", "PTY"]), ETHG, DEMAND, "026",
  "2016-10", None, True, "appeal to negotiate 026 (02/10); month")
F("au02", "The government says 55 people died; opposition", "count")
F("au02", "Oromos, the country's largest ethnic group, have", "standing situation")

# ---------------------------------------------------------------- au03 Beirut, Middle East (Lebanon)
S("au03", "2020-08-11", "Middle East", """
Lebanon's government resigns as fury over Beirut port blast boils over

BEIRUT, Lebanon —

Prime Minister Hassan Diab announced the resignation of his government on Monday, six days after a huge explosion at Beirut's port killed more than 160 people and drove thousands of furious Lebanese into the streets.

In a televised address, Diab blamed the disaster on a corrupt political establishment that he said was "bigger than the state" and had blocked his efforts at reform.

Four ministers, among them Justice Minister Marie-Claude Najm and Finance Minister Ghazi Wazni, had resigned since Sunday.

On Saturday, protesters led by retired army officers stormed the foreign ministry and declared it the headquarters of their revolution, while others broke into the economy and energy ministries. Security forces fired tear gas and rubber bullets at crowds hurling stones near parliament. A policeman was killed and hundreds of people were hurt.

A day later, donors at a video conference co-hosted by France and the United Nations pledged nearly $300 million in emergency aid, insisting that it go directly to the Lebanese people rather than through the state. French President Emmanuel Macron, who toured the devastated Gemmayzeh district of Beirut on Thursday, had urged the country's leaders to carry out sweeping reforms.

Officials say the blast was caused by some 2,750 tonnes of ammonium nitrate that had been stored in a port warehouse for six years.

Lebanon was already in the grip of its worst economic crisis in decades, with the pound having lost some 80 percent of its value since October.
""")
DIAB = A("Hassan Diab", "LBN", "GOV")
LBNP = A("Lebanese protesters", "LBN", ["CVL", "OPP"])
LBNG = A("Lebanon's government", "LBN", "GOV")
E("au03", "Lebanon's government resigns as fury over Beirut", LBNG, LBNP, ["08"], "0831", "2020-08", None, False,
  "headline")
E("au03", "Hassan Diab announced the resignation of his government", DIAB, LBNP, ["08"], "0831", "2020-08-10", None,
  True, "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); 'on Monday' "
  "before a Tuesday paper; the blast in the 'after' clause is an accident, not coded")
E("au03", "Diab blamed the disaster on a corrupt", DIAB, A("Lebanon's political establishment", "LBN", ["ELI", "GOV"]),
  ["11"], "112", "2020-08", None, True, "blame 112; the address has no day of its own in this sentence: month")
E("au03", "Four ministers, among them Justice Minister Marie-Claude", A("Lebanese ministers", "LBN", "GOV"), LBNP, ["08"],
  "0831", "2020-08", None, True,
  "resignations 0831 (protesters implied target); dated background, 'since Sunday' a span: month")
E("au03", "protesters led by retired army officers stormed", LBNP, A("Lebanese foreign ministry", "LBN", None), VPROT, "145",
  "2020-08-08", None, True,
  "storming a ministry 145 (14/18/17); premises are the country with sector null; 'On Saturday' before a Tuesday "
  "paper; Beirut is named only in other sentences")
E("au03", "while others broke into the economy and", LBNP, A("Lebanese economy ministry", "LBN", None), VPROT, "145",
  "2020-08-08", None, False, "second clause, same kind of act: optional")
E("au03", "Security forces fired tear gas and rubber", A("Lebanese security forces", "LBN", ["COP", "MIL"]), LBNP, REPR,
  "175", "2020-08", None, True,
  "tear gas and rubber bullets 175 (17/18); unnamed security forces are Lebanon's; no day in the sentence: month")
E("au03", "Security forces fired tear gas and rubber", LBNP, A("Lebanese security forces", "LBN", ["COP", "MIL"]), VPROT,
  "145", "2020-08", None, False, "stone-throwing in a participle: optional")
E("au03", "donors at a video conference co-hosted by", A("international donors", None, "GOV"),
  A("Lebanese people", "LBN", "CVL"), ["03", "07"], "0333", "2020-08-09", None, True,
  "pledge of humanitarian aid 0333 (03/07 as owned35's offers); donors unnamed: null/GOV as news-dev's 'some UN member "
  "states'; 'A day later' = the Sunday after Saturday")
E("au03", "donors at a video conference co-hosted by", A("France", "FRA", "GOV"), A("Lebanon", "LBN", "GOV"), ["04", "03"],
  "043", "2020-08-09", None, False, "co-hosting the conference, a participle: optional")
E("au03", "had urged the country's leaders to carry", A("Emmanuel Macron", "FRA", "GOV"), A("Lebanese leaders", "LBN", "GOV"),
  DEMAND, "024", "2020-08", None, True, "appeal for political reform 024 (02/10); undated pluperfect: month")
E("au03", "who toured the devastated Gemmayzeh district of", A("Emmanuel Macron", "FRA", "GOV"), A("Lebanon", "LBN", "GOV"),
  ["04"], "042", "2020-08-06", P("Beirut", "LBN"), True,
  "visit 042 in a relative clause with its own date ('on Thursday' before a Tuesday paper); 'Gemmayzeh district of "
  "Beirut' names the city")
F("au03", "Officials say the blast was caused by", "background fact (cause of an accident)")
F("au03", "Lebanon was already in the grip of", "standing situation and figures")

# ---------------------------------------------------------------- au04 Washington, Middle East (United States / Iran)
S("au04", "2018-05-09", "Middle East", """
Trump pulls out of Iran nuclear deal, restores sanctions

WASHINGTON, United States —

President Donald Trump said on Tuesday that the United States would withdraw from the 2015 nuclear agreement with Iran, calling it a "horrible, one-sided deal" that had failed to curb Tehran's missile programme.

Trump signed a memorandum reinstating the sanctions that Washington lifted under the accord and warned that any country helping Iran pursue nuclear weapons could also be "strongly sanctioned".

In a televised speech on Tuesday night, Iranian President Hassan Rouhani accused Washington of never honouring its commitments. He said Iran would stay in the deal for now if the other signatories could guarantee its benefits, but that he had told the country's atomic energy agency to be ready to resume enrichment "without limit".

The leaders of France, Britain and Germany voiced regret and concern in a joint statement and urged Washington not to stand in the way of those who still wanted to implement the deal. Israeli Prime Minister Benjamin Netanyahu, a long-standing critic of the accord, praised Trump's "bold" decision.

In Tehran, lawmakers set fire to a paper U.S. flag in the chamber of parliament on Wednesday, chanting "Death to America".

Hours after Trump spoke, Syria's state media said air defences had shot down Israeli missiles fired at a site south of Damascus.

The accord limits Iran's stockpile of enriched uranium and opens its nuclear sites to U.N. inspectors in return for relief from international sanctions.

It was not clear how European firms with large investments in Iran would respond.
""")
TRUMP = A("Donald Trump", "USA", "GOV")
IRNG = A("Iran's government", "IRN", "GOV")
USAG = A("United States", "USA", "GOV")
E("au04", "Trump pulls out of Iran nuclear deal", TRUMP, IRNG, ["12", "16"], "127", "2018-05", None, False, "headline")
E("au04", "said on Tuesday that the United States would", TRUMP, IRNG, ["12", "16"], "127", "2018-05-08", None, True,
  "quitting an agreement: reject a settlement 127 (16 reduce relations also right); 'on Tuesday' before a Wednesday "
  "paper")
E("au04", "calling it a \"horrible, one-sided deal\" that", TRUMP, IRNG, ["11"], "111", "2018-05-08", None, False,
  "criticism in a participle: optional")
E("au04", "Trump signed a memorandum reinstating the sanctions that", TRUMP, IRNG, SANCT, "163", "2018-05", None, True,
  "sanctions 163 (16/17); no day in the sentence: month; 'Washington' in the relative is the government")
E("au04", "warned that any country helping Iran pursue", TRUMP, A("countries helping Iran", None, "GOV"), ["13"], "1312",
  "2018-05", None, False, "threat of sanctions 1312 against an unnamed set of countries: optional")
E("au04", "Hassan Rouhani accused Washington of never honouring", A("Hassan Rouhani", "IRN", "GOV"), USAG, ["11"], "112",
  "2018-05-08", None, True, "accusation 112; 'on Tuesday night' in the same sentence; 'Washington' is the government")
E("au04", "to be ready to resume enrichment \"without", A("Hassan Rouhani", "IRN", "GOV"), USAG, ["13"], "130", "2018-05",
  None, False, "a conditional warning inside reported speech, target unclear: optional")
E("au04", "The leaders of France, Britain and Germany", A("France", "FRA", "GOV"), USAG, ["11"], "111", "2018-05", None,
  True, "regret at another's act is disapproval 111; first member of the compound subject; month")
E("au04", "The leaders of France, Britain and Germany", A("Britain", "GBR", "GOV"), USAG, ["11"], "111", "2018-05", None,
  False, "second member: optional")
E("au04", "The leaders of France, Britain and Germany", A("Germany", "DEU", "GOV"), USAG, ["11"], "111", "2018-05", None,
  False, "third member: optional")
E("au04", "urged Washington not to stand in the", A("France", "FRA", "GOV"), USAG, DEMAND, "020", "2018-05", None, False,
  "second verb, an appeal: optional")
E("au04", "Benjamin Netanyahu, a long-standing critic of the", A("Benjamin Netanyahu", "ISR", "GOV"), TRUMP, ["05"], "051",
  "2018-05", None, True, "praise 051; the apposition 'a long-standing critic' is no event; month")
E("au04", "lawmakers set fire to a paper U.S.", A("Iranian lawmakers", "IRN", ["LEG", "GOV"]), USAG, ["14", "01"], "140",
  "2018-05-09", P("Tehran", "IRN"), True,
  "flag burning as protest 140 (a symbolic act 017 also right); 'In Tehran' names the place; 'on Wednesday' in a "
  "Wednesday paper")
E("au04", "Syria's state media said air defences had", A("Israel", "ISR", "MIL"), A("Syria", "SYR", "MIL"), ["19"], "195",
  "2018-05-08", None, False,
  "missile strike inside one side's account (Israel did not confirm): optional; 'Hours after Trump spoke' = Tuesday; "
  "'south of Damascus' is not Damascus")
E("au04", "Syria's state media said air defences had", A("Syrian air defences", "SYR", "MIL"), A("Israel", "ISR", "MIL"),
  ["19"], "190", "2018-05-08", None, False, "the interception, same account: optional")
F("au04", "The accord limits Iran's stockpile of enriched", "definition of the accord")
F("au04", "It was not clear how European firms", "speculation")

# ---------------------------------------------------------------- au05 Kuala Lumpur, Asia (Malaysia)
S("au05", "2011-07-10", "Asia", """
Malaysian police fire tear gas, detain 1,600 at banned electoral reform march

KUALA LUMPUR, Malaysia —

Riot police fired tear gas and chemical-laced water cannon on Saturday at thousands of people who defied a government ban to march through Kuala Lumpur for cleaner elections, and detained more than 1,600 of them.

Among those held was Ambiga Sreenevasan, a former head of the Bar Council who chairs Bersih, the coalition of reform groups that called the rally. Most of the detainees were freed by the evening, police said.

Opposition leader Anwar Ibrahim was taken to hospital after he was knocked down as tear gas canisters landed near him, his aides said. They accused officers of firing tear gas into the grounds of a hospital where marchers had taken shelter, a charge Health Minister Liow Tiong Lai rejected on Sunday.

Prime Minister Najib Razak accused the opposition of using the march to stir up chaos ahead of a general election. He praised the police for acting with restraint.

The government declared Bersih illegal on July 1. King Mizan Zainal Abidin received Ambiga at the palace on Tuesday and urged both sides to settle the dispute through talks, but a government offer of a stadium for the rally fell through.

Bersih, whose name means "clean" in Malay, wants longer campaign periods, indelible ink at polling stations and a clean-up of the electoral rolls.

Police put the number of marchers at about 6,000; organisers said 50,000 took part.
""")
MYSCOP = A("Malaysian police", "MYS", "COP")
MYSP = A("Bersih marchers", "MYS", ["CVL", "OPP"])
AMB = A("Ambiga Sreenevasan", "MYS", ["NGO", "CVL"])
MYSOPP = A("Malaysian opposition", "MYS", ["OPP", "PTY"])
E("au05", "Malaysian police fire tear gas, detain 1,600", MYSCOP, MYSP, REPR, "175", "2011-07", None, False, "headline")
E("au05", "Riot police fired tear gas and chemical-laced", MYSCOP, MYSP, REPR, "175", "2011-07-09",
  P("Kuala Lumpur", "MYS"), True,
  "tear gas and water cannon 175 (17/18); 'on Saturday' before a Sunday paper; the sentence's march 'through Kuala "
  "Lumpur' names the place; unnamed police are Malaysia's")
E("au05", "and detained more than 1,600 of them", MYSCOP, MYSP, ["17"], "173", "2011-07-09", P("Kuala Lumpur", "MYS"),
  True, "arrests 173, a second verb with its own code: required (as owned35 ai07's insult and threat)")
E("au05", "who defied a government ban to march", MYSP, A("Malaysia's government", "MYS", "GOV"), ["14"], "141",
  "2011-07-09", P("Kuala Lumpur", "MYS"), False, "the march itself, inside a relative clause: optional")
E("au05", "Among those held was Ambiga Sreenevasan, a", MYSCOP, AMB, ["17"], "173", "2011-07-09", None, False,
  "restatement of the arrests for one person: optional")
E("au05", "Most of the detainees were freed by", MYSCOP, MYSP, ["08"], "0841", "2011-07-09", None, False,
  "release 0841, agentless passive in the police's own account: optional")
E("au05", "Anwar Ibrahim was taken to hospital after", MYSCOP, A("Anwar Ibrahim", "MYS", ["OPP", "PTY"]), REPR, "175",
  "2011-07", None, False, "agentless, inside the aides' account: optional")
E("au05", "They accused officers of firing tear gas", A("Anwar's aides", "MYS", ["OPP", "PTY"]), MYSCOP, ["11"], "112",
  "2011-07", None, True, "accusation 112; 'They' refers back to the aides; no day of its own: month")
E("au05", "a charge Health Minister Liow Tiong Lai", A("Liow Tiong Lai", "MYS", "GOV"), A("Anwar's aides", "MYS",
  ["OPP", "PTY"]), DENY, "016", "2011-07-10", None, True,
  "rejecting a charge is a denial 016 (01/12); a relative clause with its own agent and day ('on Sunday' in a Sunday "
  "paper)")
E("au05", "Najib Razak accused the opposition of using", A("Najib Razak", "MYS", "GOV"), MYSOPP, ["11"], "112", "2011-07",
  None, True, "accusation 112; month")
E("au05", "He praised the police for acting with", A("Najib Razak", "MYS", "GOV"), MYSCOP, ["05"], "051", "2011-07", None,
  True, "praise 051; 'He' refers back to Najib; month")
E("au05", "The government declared Bersih illegal on July", A("Malaysia's government", "MYS", "GOV"),
  A("Bersih", "MYS", ["NGO", "OPP"]), ["17"], "172", "2011-07-01", None, True,
  "outlawing a reform coalition, an administrative sanction 172 (1721 or 1722 both right); dated background")
E("au05", "King Mizan Zainal Abidin received Ambiga at", A("King Mizan Zainal Abidin", "MYS", ["GOV", "ELI"]), AMB, ["04"],
  "043", "2011-07-05", None, True,
  "hosting a visitor 043; 'on Tuesday' before a Sunday paper = July 5; 'at the palace' names no place")
E("au05", "urged both sides to settle the dispute", A("King Mizan Zainal Abidin", "MYS", ["GOV", "ELI"]), None, DEMAND,
  "027", "2011-07-05", None, False, "appeal to settle addressed to 'both sides', no single target: optional")
F("au05", "Bersih, whose name means \"clean\" in Malay", "definition and standing aims")
F("au05", "Police put the number of marchers at", "counts")

# ---------------------------------------------------------------- au06 Manila, Asia (Philippines)
S("au06", "2017-05-24", "Asia", """
Duterte imposes martial law on Mindanao as Islamist fighters rampage through Marawi

MANILA, Philippines —

President Rodrigo Duterte placed the southern island of Mindanao under martial law late on Tuesday, after fighters loyal to Islamic State overran parts of the city of Marawi and battled troops who had come to arrest one of their leaders.

Defence Secretary Delfin Lorenzana announced the 60-day decree in Moscow, where Duterte had begun an official visit. Duterte held a brief meeting with Russian President Vladimir Putin, who offered his condolences, before cutting the trip short.

The fighting erupted when soldiers and police raided a house in Marawi where they believed Isnilon Hapilon, an Abu Sayyaf commander whom Islamic State has named its leader in Southeast Asia, was hiding. Dozens of gunmen from the Maute group came to his defence.

The militants set fire to a Catholic cathedral, a school and the city jail and seized a priest and several churchgoers, Bishop Edwin de la Pena said. Black flags were raised over checkpoints on the city's streets.

Two soldiers and a policeman were killed, the military said. Thousands of residents fled towards the neighbouring city of Iligan.

Speaking after he landed in Manila on Wednesday, Duterte warned that his martial law would be "harsh" and that he could extend it to the rest of the country if necessary.

Marawi, a city of some 200,000 people, is the capital of Lanao del Sur province and one of the few Muslim-majority cities in the mostly Catholic country.

It was unclear how many fighters remained inside the city.
""")
DUT = A("Rodrigo Duterte", "PHL", "GOV")
MAUTE = A("Maute group militants", "PHL", ["REB", "RAD"])
PHLMIL = A("Philippine troops", "PHL", "MIL")
PHLC = A("people of Mindanao", "PHL", ["CVL", "REB"])
E("au06", "Duterte imposes martial law on Mindanao as", DUT, PHLC, ["17"], "1724", "2017-05", None, False, "headline")
E("au06", "placed the southern island of Mindanao under", DUT, PHLC, ["17"], "1724", "2017-05-23", None, True,
  "martial law 1724 (news-dev: a declared emergency); 'late on Tuesday' before a Wednesday paper; Mindanao is what "
  "the decree covers, not where it was made (it was announced in Moscow): no place")
E("au06", "after fighters loyal to Islamic State overran", MAUTE, PHLMIL, ["19", "18"], "190", "2017-05",
  P("Marawi", "PHL"), False,
  "lead summary of the fighting detailed in the third paragraph: optional; Filipino militants loyal to IS coded PHL")
E("au06", "Delfin Lorenzana announced the 60-day decree in", A("Delfin Lorenzana", "PHL", "GOV"), PHLC, ["17"], "1724",
  "2017-05", P("Moscow", "RUS"), False, "restatement of the decree, announced in Moscow: optional")
E("au06", "Duterte held a brief meeting with Russian", DUT, A("Vladimir Putin", "RUS", "GOV"), ["04"], "040", "2017-05",
  None, True, "meeting 040, first-mentioned direction; no day of its own: month; Moscow is named only in the previous "
  "sentence")
E("au06", "Duterte held a brief meeting with Russian", A("Vladimir Putin", "RUS", "GOV"), DUT, ["04"], "040", "2017-05",
  None, False, "reverse direction: optional")
E("au06", "who offered his condolences, before cutting the", A("Vladimir Putin", "RUS", "GOV"), DUT, ["01", "05"], "018",
  "2017-05", None, False, "condolences 018 (empathetic comment), no PLOVER type: optional")
E("au06", "soldiers and police raided a house in", PHLMIL, A("Isnilon Hapilon", "PHL", ["REB", "RAD"]), ["17", "19", "18"],
  "170", "2017-05", P("Marawi", "PHL"), True,
  "a raid to seize a wanted man, coercion 170 (19 also right); first member of the compound subject; 'a house in "
  "Marawi' names the place; the 'when' clause has no day: month")
E("au06", "soldiers and police raided a house in", A("Philippine police", "PHL", "COP"),
  A("Isnilon Hapilon", "PHL", ["REB", "RAD"]), ["17", "19", "18"], "170", "2017-05", P("Marawi", "PHL"), False,
  "second member: optional")
E("au06", "Dozens of gunmen from the Maute group", MAUTE, PHLMIL, ["19", "18"], "190", "2017-05", None, True,
  "armed fighting 190 against the raiding troops (the implied target); month")
E("au06", "The militants set fire to a Catholic", MAUTE, A("Marawi cathedral", "PHL", None), ["17", "18"], "1712",
  "2017-05", None, True,
  "arson, destroying property 1712 (18 also right); premises are the country with sector null; the bishop's account "
  "is undisputed and the story depends on it")
E("au06", "seized a priest and several churchgoers, Bishop", MAUTE, A("Marawi priest", "PHL", "REL"), ["18"], "181",
  "2017-05", None, True, "hostage-taking 181; first member of the compound object; month")
E("au06", "seized a priest and several churchgoers, Bishop", MAUTE, A("Marawi churchgoers", "PHL", "CVL"), ["18"], "181",
  "2017-05", None, False, "second member: optional")
E("au06", "Two soldiers and a policeman were killed", MAUTE, PHLMIL, ["19", "18"], "190", "2017-05", None, False,
  "agentless passive in the military's account: optional")
E("au06", "Duterte warned that his martial law would", DUT, PHLC, ["13"], "1324", "2017-05-24", P("Manila", "PHL"), True,
  "threat to extend martial law 1324; 'after he landed in Manila on Wednesday' gives day and place")
F("au06", "Marawi, a city of some 200,000 people", "definition and count")
F("au06", "It was unclear how many fighters remained", "speculation")

# ---------------------------------------------------------------- au07 Kabul, South Asia (Afghanistan)
S("au07", "2012-02-26", "South Asia", """
NATO pulls staff from Afghan ministries after two U.S. officers shot dead in Kabul

KABUL, Afghanistan —

The commander of NATO forces in Afghanistan recalled all coalition personnel from Afghan government ministries on Saturday, hours after a gunman shot dead two American officers inside the Interior Ministry in Kabul.

The officers, a lieutenant colonel and a major, were found in a secure operations room that only cleared staff can enter, Afghan officials said. The Taliban claimed the killing, saying one of their sympathisers had avenged the burning of copies of the Koran at Bagram air base last week.

Afghan police were hunting for a ministry employee suspected of firing the shots.

Gen. John Allen called the recall a temporary measure to protect his people. Britain and France said they would also withdraw their civilian advisers.

In the northern province of Kunduz, protesters threw grenades at a U.S. base on Saturday, wounding seven American soldiers, and police fired on the crowd, a provincial spokesman said.

President Hamid Karzai appealed for calm in a televised address, while the Taliban urged Afghans to attack foreign military bases.

On Thursday, an Afghan soldier turned his rifle on American troops in eastern Nangarhar province, killing two of them. The same day, President Barack Obama sent Karzai a letter apologising for the burning, which U.S. officials say was a mistake.

At least 30 people, among them four U.S. soldiers, have died in five days of unrest.

Some 130,000 foreign troops remain in the country, most of them American.
""")
ALLEN = A("Gen. John Allen, NATO commander in Afghanistan", "NAT", ["MIL", "IGO"])
AFGG = A("Afghan government", "AFG", "GOV")
USMIL = A("American troops", "USA", "MIL")
TAL = A("Taliban", "AFG", ["REB", "RAD"])
AFGP = A("Afghan protesters", "AFG", ["CVL", "OPP"])
E("au07", "NATO pulls staff from Afghan ministries after", ALLEN, AFGG, ["16", "08"], "166", "2012-02", None, False,
  "headline")
E("au07", "recalled all coalition personnel from Afghan government ministries", ALLEN, AFGG, ["16", "08"], "166",
  "2012-02-25", None, True,
  "withdrawing one's own staff 166 (16; 08 also right); NATO coded NAT (CAMEO's NATO code; a three-letter field); "
  "'on Saturday' before a Sunday paper; no city in this clause")
E("au07", "hours after a gunman shot dead two", A("unidentified gunman", None, None), USMIL, ATTACK, "186", "2012-02-25",
  P("Kabul", "AFG"), True,
  "killing 186 (18/19/20) by an unnamed gunman, null/null as news-dev; an 'hours after' clause with its own agent; "
  "'inside the Interior Ministry in Kabul' names the city")
E("au07", "The Taliban claimed the killing, saying one", TAL, USMIL, ["01"], "015", "2012-02", None, False,
  "claim of responsibility 015, no PLOVER type: optional")
E("au07", "Britain and France said they would also", A("Britain", "GBR", "GOV"), AFGG, ["16", "08"], "166", "2012-02",
  None, False, "withdrawal put as an intention: optional")
E("au07", "protesters threw grenades at a U.S. base", AFGP, USMIL, ["18", "14", "19"], "180", "2012-02-25",
  P("Kunduz", "AFG"), True,
  "grenade attack by protesters 180 (14 or 19 also right); 'In the northern province of Kunduz' names the place; "
  "'on Saturday'")
E("au07", "and police fired on the crowd, a", A("Afghan police", "AFG", "COP"), AFGP, REPR, "175", "2012-02-25",
  P("Kunduz", "AFG"), True,
  "firing on protesters 175 (17/18); unnamed police are Afghanistan's; the provincial spokesman is an official "
  "source, not one side")
E("au07", "while the Taliban urged Afghans to attack", TAL, A("foreign troops in Afghanistan", None, "MIL"), ["13", "02"],
  "138", "2012-02", None, False,
  "a call to attack foreign bases, closest to a threat of force 138; Karzai's appeal for calm has no addressee and "
  "is not coded: optional")
E("au07", "an Afghan soldier turned his rifle on", A("Afghan soldier", "AFG", "MIL"), USMIL, ATTACK, "180", "2012-02-23",
  P("Nangarhar", "AFG"), True,
  "shooting by a soldier 180 (18/19/20); 'On Thursday' before a Sunday paper; 'eastern Nangarhar province' names "
  "the place")
E("au07", "President Barack Obama sent Karzai a letter", A("Barack Obama", "USA", "GOV"),
  A("Hamid Karzai", "AFG", "GOV"), ["05", "08"], "055", "2012-02-23", None, True,
  "apology 055 (05/08 as owned35's regret); 'The same day' = Thursday")
F("au07", "At least 30 people, among them four", "count")
F("au07", "Some 130,000 foreign troops remain in the", "standing situation and count")

# ---------------------------------------------------------------- au08 Budapest, Europe/Eurasia (Hungary)
S("au08", "2006-09-19", "Europe/Eurasia", """
Rioters storm Hungarian state TV after premier admits lying; Gyurcsany refuses to quit

BUDAPEST, Hungary —

Several thousand protesters besieged the headquarters of Hungarian state television in central Budapest overnight, setting cars ablaze and battling riot police for hours before some of them forced their way into the building.

Police fired tear gas and water cannon at the crowd, which hurled cobblestones and bottles. About 150 people were hurt, more than 100 of them police officers, the national ambulance service said on Tuesday.

The violence followed the broadcast on Sunday of a recording in which Prime Minister Ferenc Gyurcsany told a closed meeting of Socialist lawmakers in May that the government had lied "morning, noon and night" about the economy to win re-election.

Gyurcsany condemned the riot as the darkest night of Hungary's democracy but refused to resign, telling reporters: "I am staying." He said the attackers were hooligans, not citizens with a cause.

Viktor Orban, leader of the main opposition party Fidesz, called on the prime minister to step down and urged people to protest peacefully.

President Laszlo Solyom accused Gyurcsany of deliberately undermining public trust in democracy.

The unrest began on Monday evening, when thousands gathered outside parliament to demand the government's resignation. Part of the crowd later marched to the television building after the station refused to read out their petition on air.

The Socialists won the April election, becoming the first government since the fall of communism to be returned to office.
""")
HUNP = A("Hungarian protesters", "HUN", ["CVL", "OPP"])
HUNCOP = A("Hungarian police", "HUN", "COP")
GYU = A("Ferenc Gyurcsany", "HUN", "GOV")
E("au08", "Rioters storm Hungarian state TV after premier", HUNP, A("Hungarian state television", "HUN", None), VPROT,
  "145", "2006-09", None, False, "headline")
E("au08", "besieged the headquarters of Hungarian state television", HUNP,
  A("Hungarian state television headquarters", "HUN", None), VPROT, "145", "2006-09", P("Budapest", "HUN"), True,
  "riot at a building 145 (14/18/17); premises are the country with sector null; 'overnight' without an anchor gives "
  "the month (as owned35 ai05); 'in central Budapest' names the place")
E("au08", "setting cars ablaze and battling riot police", HUNP, HUNCOP, CLASH, "145", "2006-09", P("Budapest", "HUN"),
  False, "the fight with police in a participle: optional")
E("au08", "Police fired tear gas and water cannon", HUNCOP, HUNP, REPR, "175", "2006-09", None, True,
  "tear gas and water cannon 175 (17/18); unnamed police are Hungary's; month")
E("au08", "which hurled cobblestones and bottles", HUNP, HUNCOP, VPROT, "145", "2006-09", None, False,
  "stone-throwing in a relative clause: optional")
E("au08", "Gyurcsany condemned the riot as the darkest", GYU, HUNP, ["11"], "111", "2006-09", None, True,
  "condemnation 111; no day of its own: month")
E("au08", "but refused to resign, telling reporters", GYU, HUNP, ["12"], "1231", "2006-09", None, True,
  "a stated refusal to resign, rejecting the demand for a change of leader 1231; the protesters who demand it are "
  "the target; month")
E("au08", "He said the attackers were hooligans, not", GYU, HUNP, ["11"], "111", "2006-09", None, False,
  "restatement of the condemnation; 'He' refers back to Gyurcsany: optional")
E("au08", "called on the prime minister to step", A("Viktor Orban", "HUN", ["OPP", "PTY"]), GYU, DEMAND, "1041", "2006-09",
  None, True, "demand for resignation 1041 (10/02); 'the prime minister' refers back; month")
E("au08", "President Laszlo Solyom accused Gyurcsany of deliberately", A("Laszlo Solyom", "HUN", "GOV"), GYU, ["11"], "112",
  "2006-09", None, True, "accusation 112; month")
E("au08", "when thousands gathered outside parliament to demand", HUNP, A("Hungary's government", "HUN", "GOV"), ["14"],
  "141", "2006-09-18", None, True,
  "demonstration 141 in a 'when' clause dated by 'on Monday evening' (before a Tuesday paper); 'outside parliament' "
  "names no city")
E("au08", "when thousands gathered outside parliament to demand", HUNP, GYU, DEMAND, "1041", "2006-09-18", None, False,
  "the demand in the purpose clause: optional")
E("au08", "after the station refused to read out", A("Hungarian state television", "HUN", "MED"), HUNP, ["12"], "120",
  "2006-09", None, False, "refusal by the broadcaster, undated: optional")
F("au08", "About 150 people were hurt, more than", "counts")
F("au08", "The Socialists won the April election, becoming", "background fact (an election result)")

# ---------------------------------------------------------------- au09 Berlin, Europe/Eurasia (Germany / Russia)
S("au09", "2019-12-05", "Europe/Eurasia", """
Germany expels two Russian diplomats over Berlin park killing of Georgian

BERLIN, Germany —

Germany expelled two Russian diplomats on Wednesday, saying Moscow had failed to cooperate in the investigation into the killing of a Georgian citizen who was shot dead in a Berlin park in August.

Federal prosecutors took over the case the same day, citing sufficient evidence that the murder was commissioned either by Russian state agencies or by the authorities of Russia's republic of Chechnya.

Zelimkhan Khangoshvili, a 40-year-old ethnic Chechen who had fought against Russian forces, was shot in the head at close range by a man on a bicycle in the Kleiner Tiergarten in central Berlin on Aug. 23. Police arrested the suspect minutes later on the bank of the Spree, where he had tried to get rid of a pistol and a wig. He carried a Russian passport in the name of Vadim Sokolov.

The Foreign Office said Berlin had repeatedly asked Russian authorities for help in identifying the man, without result.

Russia's Foreign Ministry called the expulsions unfriendly and groundless and said Moscow would respond.

Chancellor Angela Merkel, speaking at a NATO summit near London, said she would raise the case with President Vladimir Putin when they meet in Paris next week for talks on Ukraine.

The Kremlin has denied any involvement in the killing.

It was not clear whether other European governments would follow Berlin's lead.

Khangoshvili had lived in Germany with his wife and children since 2016.
""")
DEUG = A("Germany's government", "DEU", "GOV")
RUSG = A("Russia's government", "RUS", "GOV")
KHAN = A("Zelimkhan Khangoshvili", "GEO", ["CVL", "REB"])
E("au09", "Germany expels two Russian diplomats over Berlin", DEUG, RUSG, ["16", "17"], "161", "2019-12", None, False,
  "headline")
E("au09", "Germany expelled two Russian diplomats on Wednesday", DEUG, RUSG, ["16", "17"], "161", "2019-12-04", None, True,
  "expelling diplomats 161 (16/17, 174 also right, as owned35 ai04); 'on Wednesday' before a Thursday paper")
E("au09", "saying Moscow had failed to cooperate in", DEUG, RUSG, ["11"], "112", "2019-12-04", None, False,
  "accusation in a participle; 'Moscow' is the government: optional")
E("au09", "who was shot dead in a Berlin", A("unidentified gunman", None, None), KHAN, ATTACK, "186", "2019-08", None,
  False, "agentless passive in a relative, restating the killing detailed later: optional")
E("au09", "Federal prosecutors took over the case the", A("German federal prosecutors", "DEU", ["JUD", "GOV"]), RUSG,
  ["11"], "112", "2019-12-04", None, True,
  "prosecutors' finding that Russia ordered the murder, an accusation 112; taking over a case has no code; 'the same "
  "day' = Wednesday")
E("au09", "was shot in the head at close range", A("unidentified gunman", None, None), KHAN, ATTACK, "186", "2019-08-23",
  P("Berlin", "DEU"), True,
  "killing 186 (18/19/20); a passive with its agent ('by a man on a bicycle'), unnamed: null/null as news-dev; "
  "dated background 'on Aug. 23'; 'in central Berlin' names the place")
E("au09", "Police arrested the suspect minutes later on", A("German police", "DEU", "COP"),
  A("Vadim Sokolov (suspect)", "RUS", None), ["17"], "173", "2019-08-23", None, True,
  "arrest 173; 'minutes later' keeps Aug. 23; the suspect carried a Russian passport (next sentence); unnamed "
  "police are Germany's; the Spree bank gives no named place")
E("au09", "Berlin had repeatedly asked Russian authorities for", DEUG, RUSG, DEMAND, "0213", "2019", None, False,
  "repeated requests for judicial help 0213, undated and repeated: optional")
E("au09", "Russia's Foreign Ministry called the expulsions unfriendly", RUSG, DEUG, ["11", "12"], "111", "2019-12", None,
  True, "criticism 111 (rejection 12 also right); no day of its own: month")
E("au09", "and said Moscow would respond", RUSG, DEUG, ["13"], "130", "2019-12", None, True,
  "a vow to retaliate is a threat 130; second verb with its own code: required, as owned35 ai07")
E("au09", "said she would raise the case with", A("Angela Merkel", "DEU", "GOV"), A("Vladimir Putin", "RUS", "GOV"), ["03"],
  "036", "2019-12", None, False, "intent to discuss at a planned meeting 036: optional; she spoke near London, Paris "
  "is the future meeting's city")
E("au09", "The Kremlin has denied any involvement in", RUSG, DEUG, DENY, "016", "2019", None, True,
  "denial 016 (01/12); 'The Kremlin' is the government; undated present perfect: year")
F("au09", "It was not clear whether other European", "speculation")
F("au09", "Khangoshvili had lived in Germany with his", "standing background")

# ---------------------------------------------------------------- au10 Ottawa, Americas (Canada)
S("au10", "2022-02-19", "Americas", """
Canadian police move in on Ottawa truckers, arrest scores as occupation nears end

OTTAWA, Canada —

Hundreds of police officers, some on horseback, pushed into the protest encampment outside Canada's Parliament on Friday, arresting about 100 people and towing away trucks that had clogged the capital's streets for three weeks.

Mounted police charged into a crowd that refused to move back, and some protesters were knocked to the ground, witnesses said.

A day earlier, police had detained two of the convoy's main organisers, Tamara Lich and Chris Barber, on charges of counselling others to commit mischief.

Prime Minister Justin Trudeau invoked the Emergencies Act on Monday, giving the authorities powers to ban gatherings, freeze protesters' bank accounts and compel tow truck firms to work for police.

Interim Conservative leader Candice Bergen accused Trudeau of inflaming the crisis and said her party would vote against the measure in parliament.

Ottawa's police chief, Peter Sloly, resigned on Tuesday after residents and city councillors criticised his force for failing to end the occupation.

Police in Windsor, Ontario, cleared a separate blockade of the Ambassador Bridge, a vital trade link with Detroit, last weekend.

The protests began in January against a rule requiring truckers who cross the border from the United States to be vaccinated against COVID-19, and grew into a wider revolt against pandemic restrictions and Trudeau's government.

The law, passed in 1988 to replace the War Measures Act, had never been used before.

It was unclear how many protesters remained in the downtown core by nightfall.
""")
CANCOP = A("Canadian police", "CAN", "COP")
CANP = A("convoy protesters", "CAN", ["CVL", "OPP"])
CANG = A("Canada's government", "CAN", "GOV")
E("au10", "Canadian police move in on Ottawa truckers", CANCOP, CANP, ["17", "18"], "170", "2022-02", None, False,
  "headline")
E("au10", "pushed into the protest encampment outside Canada's Parliament", CANCOP, CANP, ["17", "18"], "170", "2022-02-18",
  P("Ottawa", "CAN"), False,
  "clearing the camp 170 (as owned35 ai12); the sentence's arrests are the required event: optional")
E("au10", "arresting about 100 people and towing away", CANCOP, CANP, ["17"], "173", "2022-02-18", P("Ottawa", "CAN"), True,
  "arrests 173; 'on Friday' before a Saturday paper; Parliament and 'the capital's streets' with the Ottawa dateline "
  "make the city explicit")
E("au10", "Mounted police charged into a crowd that", CANCOP, CANP, REPR, "175", "2022-02", None, True,
  "a mounted charge into protesters 175 (17/18); the charge itself is undisputed (the witnesses speak to the falls); "
  "no day in the sentence: month")
E("au10", "police had detained two of the convoy's", CANCOP, A("Tamara Lich", "CAN", ["CVL", "OPP"]), ["17"], "173",
  "2022-02-17", None, True,
  "arrest 173; first member of the appositive pair; 'A day earlier' = Thursday")
E("au10", "police had detained two of the convoy's", CANCOP, A("Chris Barber", "CAN", ["CVL", "OPP"]), ["17"], "173",
  "2022-02-17", None, False, "second member: optional")
E("au10", "Prime Minister Justin Trudeau invoked the Emergencies Act", A("Justin Trudeau", "CAN", "GOV"), CANP, ["17"],
  "1724", "2022-02-14", None, True,
  "emergency powers 1724 (news-dev); target the protesters the powers are aimed at; 'on Monday' before a Saturday "
  "paper")
E("au10", "Candice Bergen accused Trudeau of inflaming the", A("Candice Bergen", "CAN", ["OPP", "PTY", "LEG"]),
  A("Justin Trudeau", "CAN", "GOV"), ["11"], "112", "2022-02", None, True, "accusation 112; month")
E("au10", "Peter Sloly, resigned on Tuesday after residents", A("Peter Sloly", "CAN", "COP"),
  A("Ottawa residents", "CAN", "CVL"), ["08"], "0831", "2022-02-15", None, True,
  "resignation under public pressure 0831, the critics as implied target (news-dev d09); 'on Tuesday'")
E("au10", "after residents and city councillors criticised his", A("Ottawa residents", "CAN", "CVL"),
  A("Ottawa police", "CAN", "COP"), ["11"], "111", "2022-02", None, False,
  "criticism in an undated 'after' clause: optional")
E("au10", "Police in Windsor, Ontario, cleared a separate", CANCOP, CANP, ["17", "18"], "170", "2022-02",
  P("Windsor", "CAN"), True,
  "clearing a blockade 170 (as owned35 ai12); dated background, 'last weekend' a span: month; 'in Windsor, Ontario' "
  "names the place")
E("au10", "The protests began in January against a", CANP, CANG, ["14"], "141", "2022-01", None, True,
  "protest 141 dated 'in January'")
F("au10", "The law, passed in 1988 to replace", "background fact about the law")
F("au10", "It was unclear how many protesters remained", "speculation")

# ---------------------------------------------------------------- au11 Panama City, Americas (Panama)
S("au11", "2023-11-29", "Americas", """
Panama's top court strikes down Canadian miner's contract after weeks of protests

PANAMA CITY, Panama —

Panama's Supreme Court ruled unanimously on Tuesday that the government's contract with a subsidiary of Canada's First Quantum Minerals to run the country's largest copper mine was unconstitutional, handing a victory to protesters who had blocked roads across the country for more than a month.

President Laurentino Cortizo said in a televised address that his government would abide by the ruling and begin an orderly closure of the Cobre Panama mine.

Hundreds of people celebrated outside the court building in Panama City, waving flags and banging pots. Teachers' unions and environmental groups said they would lift their remaining road blocks.

The protests erupted in late October, after the National Assembly approved a new 20-year contract with the company and Cortizo signed it into law the same day. Riot police fired tear gas at marchers in the capital several times in the following weeks.

On Nov. 7, a man shot dead two teachers at a road block in Chame, west of the capital. Police arrested the suspect, a 77-year-old lawyer with U.S. and Panamanian citizenship, at the scene.

Days before the ruling, First Quantum had notified the government that it intended to seek international arbitration over the dispute.

The open-pit mine, which began commercial production in 2019, accounts for about 5 percent of Panama's economic output.

It was not clear how much compensation, if any, the company could obtain.
""")
PANJ = A("Panama's Supreme Court", "PAN", "JUD")
PANG = A("Panama's government", "PAN", "GOV")
FQM = A("First Quantum Minerals", "CAN", "BUS")
PANP = A("Panamanian protesters", "PAN", ["CVL", "OPP"])
E("au11", "Panama's top court strikes down Canadian miner's", PANJ, FQM, ["17", "12", "11"], "172", "2023-11", None, False,
  "headline")
E("au11", "Panama's Supreme Court ruled unanimously on Tuesday", PANJ, PANG, ["17", "12", "11"], "172", "2023-11-28", None,
  True,
  "a court voiding a law 172 (17/12/11), as owned35's annulled election; target the government whose contract and "
  "law it strikes down; 'on Tuesday' before a Wednesday paper")
E("au11", "Panama's Supreme Court ruled unanimously on Tuesday", PANJ, FQM, ["17", "12", "11"], "172", "2023-11-28", None,
  False, "the company as target, also defensible: optional")
E("au11", "protesters who had blocked roads across the", PANP, PANG, ["14"], "144", "2023", None, False,
  "road blocks 144 in a relative, a span over two months: year; optional (as owned35 ai09)")
E("au11", "his government would abide by the ruling", A("Laurentino Cortizo", "PAN", "GOV"), PANP, ["03", "08"], "035",
  "2023-11", None, False,
  "intent to yield to the protesters' demand 035 (08 also right); the target is only implied: optional")
E("au11", "Teachers' unions and environmental groups said they", A("Panamanian teachers' unions", "PAN", ["LAB", "CVL"]),
  PANG, ["03", "08"], "035", "2023-11", None, False, "intent to lift road blocks: optional")
E("au11", "The protests erupted in late October, after", PANP, PANG, ["14"], "141", "2023-10", None, True,
  "protest 141 dated 'in late October'")
E("au11", "after the National Assembly approved a new", A("Panama's National Assembly", "PAN", ["LEG", "GOV"]), FQM,
  ["06", "05", "03"], "061", "2023-10", None, True,
  "approving a mining contract, economic cooperation 061 (057 also right); an 'after' clause with its own agent, "
  "dated by 'in late October'")
E("au11", "Cortizo signed it into law the same", A("Laurentino Cortizo", "PAN", "GOV"), FQM, ["06", "05", "03"], "061",
  "2023-10", None, False, "second member of the 'after' clause: optional")
E("au11", "Riot police fired tear gas at marchers", A("Panamanian police", "PAN", "COP"), PANP, REPR, "175", "2023",
  P("Panama City", "PAN"), True,
  "tear gas 175 (17/18); 'in the following weeks' after late October spans two months: year; 'in the capital' with "
  "the dateline names Panama City")
E("au11", "a man shot dead two teachers at", A("gunman at the Chame road block", None, "CVL"),
  A("Panamanian teachers", "PAN", ["EDU", "CVL"]), ATTACK, "180", "2023-11-07", P("Chame", "PAN"), True,
  "shooting of protesters 180 (18/19/20); the man's dual nationality comes only in the next sentence: country null; "
  "'On Nov. 7'; 'in Chame' names the place")
E("au11", "Police arrested the suspect, a 77-year-old lawyer", A("Panamanian police", "PAN", "COP"),
  A("Chame shooting suspect", "PAN", "CVL"), ["17"], "173", "2023-11-07", None, True,
  "arrest 173; 'at the scene' keeps the day of the shooting; the suspect is a dual U.S.-Panamanian citizen: PAN "
  "(USA also defensible)")
E("au11", "First Quantum had notified the government that", FQM, PANG, ["11", "13"], "115", "2023-11", None, False,
  "intent to seek arbitration, closest to a lawsuit 115: optional")
F("au11", "The open-pit mine, which began commercial production", "standing figures")
F("au11", "It was not clear how much compensation", "speculation")

# ---------------------------------------------------------------- au12 Canberra, Pacific (Australia / Indonesia)
S("au12", "2015-04-29", "Pacific", """
Australia recalls ambassador from Jakarta after Indonesia executes two Bali Nine smugglers

CANBERRA, Australia —

Australia said on Wednesday it would withdraw its ambassador from Indonesia after a firing squad executed two Australians convicted of drug trafficking, along with six other prisoners, shortly after midnight.

Andrew Chan and Myuran Sukumaran, the ringleaders of the so-called Bali Nine, who were arrested in 2005 for trying to smuggle heroin out of Bali, were shot on the prison island of Nusakambangan, off the southern coast of Java.

Prime Minister Tony Abbott called the executions "cruel and unnecessary" and said Ambassador Paul Grigson would be brought home for consultations. Foreign Minister Julie Bishop said ministerial contacts with Jakarta would be suspended.

"We respect Indonesia's sovereignty, but we do deplore what's been done," Abbott told reporters in Canberra.

Four Nigerians, a Brazilian and an Indonesian were also put to death. A Filipina, Mary Jane Veloso, was spared at the last minute after a woman suspected of recruiting her as a drug courier gave herself up to police in the Philippines.

President Joko Widodo rejected the two men's pleas for clemency in January, saying Indonesia faced a drug emergency.

Brazil and the Netherlands recalled their envoys in January after Indonesia executed six people, among them a Brazilian and a Dutchman.

Dozens of other convicts, many of them foreigners, remain on Indonesia's death row.

It was not clear how long Grigson would stay away from Jakarta.
""")
AUSG = A("Australia's government", "AUS", "GOV")
IDNG = A("Indonesia's government", "IDN", "GOV")
SQUAD = A("Indonesian firing squad", "IDN", ["COP", "MIL"])
BALI2 = A("Andrew Chan and Myuran Sukumaran", "AUS", ["CRM", "CVL"])
EXEC = ["18", "17", "20"]
E("au12", "Australia recalls ambassador from Jakarta after Indonesia", AUSG, IDNG, ["16"], "161", "2015-04", None, False,
  "headline; 'Jakarta' after 'from' is the embassy's city, not the event's place")
E("au12", "Australia said on Wednesday it would withdraw", AUSG, IDNG, ["16"], "161", "2015-04-29", None, True,
  "recalling one's own envoy 161 (news-dev); an announced decision, not a mere intention; 'on Wednesday' in a "
  "Wednesday paper")
E("au12", "after a firing squad executed two Australians", SQUAD, BALI2, EXEC, "180", "2015-04-29", None, True,
  "execution: CAMEO has no own class; killing of captives 18 (17 or 20 also right); the 'after' clause has its own "
  "agent; 'shortly after midnight' in a Wednesday story = Wednesday; first member of the object")
E("au12", "were shot on the prison island of", SQUAD, BALI2, EXEC, "180", "2015-04-29", P("Nusakambangan", "IDN"), False,
  "agentless restatement of the executions: optional")
E("au12", "who were arrested in 2005 for trying", A("Indonesian police", "IDN", "COP"), BALI2, ["17"], "173", "2005",
  P("Bali", "IDN"), False, "agentless passive in a relative clause (as owned35 ai12): optional")
E("au12", "Prime Minister Tony Abbott called the executions", A("Tony Abbott", "AUS", "GOV"), IDNG, ["11"], "111", "2015-04",
  None, True, "condemnation 111; no day of its own: month")
E("au12", "said Ambassador Paul Grigson would be brought", A("Tony Abbott", "AUS", "GOV"), IDNG, ["16"], "161", "2015-04",
  None, False, "restatement of the recall: optional")
E("au12", "Julie Bishop said ministerial contacts with Jakarta", A("Julie Bishop", "AUS", "GOV"), IDNG, ["16"], "160",
  "2015-04", None, True,
  "suspending ministerial contacts, reducing relations 160; 'Jakarta' is the government; month")
E("au12", "Abbott told reporters in Canberra", A("Tony Abbott", "AUS", "GOV"), IDNG, ["11"], "111", "2015-04",
  P("Canberra", "AUS"), False, "quoted restatement of the condemnation: optional")
E("au12", "Four Nigerians, a Brazilian and an Indonesian", SQUAD, A("Nigerian convicts", "NGA", ["CRM", "CVL"]), EXEC, "180",
  "2015-04-29", None, False, "agentless passive: optional")
E("au12", "President Joko Widodo rejected the two men's", A("Joko Widodo", "IDN", "GOV"), BALI2, ["12"], "1243", "2015-01",
  None, True, "refusing clemency, a refusal to release persons 1243; dated 'in January'")
E("au12", "Brazil and the Netherlands recalled their envoys", A("Brazil", "BRA", "GOV"), IDNG, ["16"], "161", "2015-01",
  None, True, "recall 161; first member of the compound subject; 'in January'")
E("au12", "Brazil and the Netherlands recalled their envoys", A("Netherlands", "NLD", "GOV"), IDNG, ["16"], "161", "2015-01",
  None, False, "second member: optional")
E("au12", "after Indonesia executed six people, among them", IDNG, A("six convicts", None, ["CRM", "CVL"]), EXEC, "180",
  "2015-01", None, False,
  "January executions in an 'after' clause; the victims' countries are mixed (target null): optional")
F("au12", "Dozens of other convicts, many of them", "standing situation")
F("au12", "It was not clear how long Grigson", "speculation")

if __name__ == "__main__":
    write(HERE)
