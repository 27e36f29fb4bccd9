#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned77 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned77/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

AIDR = ["07", "15"]      # sending troops or military supplies to an ally (news-dev: peacekeeping deployment 07/15)
FIGHT = ["19", "18", "17"]  # armed assault or storming (as owned35's guards and owned54's insurgents)
OUST = ["17", "12", "11"]  # removal of a government by a president (as owned35 ai10's removal by parliament)

# ---------------------------------------------------------------- bz01 Kinshasa, Africa (Zaire / Morocco)
S("bz01", "1977-04-11", "Africa", """
Moroccan troops fly into Zaire aboard French planes to fight Shaba invaders

KINSHASA, Zaire —

Morocco began flying about 1,500 troops into Zaire on Sunday aboard French military transport planes to help President Mobutu Sese Seko's army drive back the invaders who have held much of southern Shaba province for a month, Zairean officials said.

The first Moroccan units landed at Kolwezi, the mining town the invaders have been threatening, and were moving toward the front by nightfall.

King Hassan II said he was answering an appeal from Mobutu, whose country, he said, was facing aggression from abroad.

France, which lent 11 transport aircraft for the airlift, said its role was limited to carrying the Moroccans and that no French soldier would take part in the fighting.

The invaders, former Katangan gendarmes who had lived in exile in Angola since the 1960s, crossed the border on March 8 and seized the towns of Dilolo, Kisenge and Mutshatsha within days.

Mobutu has accused Angola, Cuba and the Soviet Union of arming and training them. The Angolan government denied any part in the invasion and said Zaire was trying to blame its neighbours for a revolt of its own people.

The United States has sent about $2 million worth of non-lethal military supplies, including aircraft spare parts and fuel, but officials in Washington have ruled out sending weapons.

Shaba's copper and cobalt mines earn most of Zaire's foreign exchange.

It was not clear when the Moroccans would reach the front line.
""")
MAR = A("Morocco", "MAR", "GOV")
ZAR = A("Zaire's government", "COD", "GOV")
MOBUTU = A("Mobutu Sese Seko", "COD", "GOV")
FLNC = A("Katangan invaders", "COD", "REB")
AGO = A("Angola's government", "AGO", "GOV")
E("bz01", "Moroccan troops fly into Zaire aboard French", MAR, ZAR, AIDR, "072", "1977-04", None, False,
  "headline (the airlift coded in the lead)")
E("bz01", "Morocco began flying about 1,500 troops into", MAR, ZAR, AIDR, "072", "1977-04-10", P("Zaire", "COD"), True,
  "troops sent to fight for an ally: military aid 072 (07/15, news-dev's deployment roots); 'on Sunday' before a "
  "Monday paper; the act plainly happens in Zaire, so the country-level place (news-dev); Zaire's codes are COD")
E("bz01", "The first Moroccan units landed at Kolwezi", A("Moroccan troops", "MAR", "MIL"), ZAR, AIDR, "072",
  "1977-04-10", P("Kolwezi", "COD"), False, "restatement of the airlift with its landing place: optional")
E("bz01", "he was answering an appeal from Mobutu", MOBUTU, MAR, DEMAND, "0232", "1977-04", None, False,
  "appeal for military aid 0232 inside Hassan's account, no day of its own: optional")
E("bz01", "which lent 11 transport aircraft for the", A("France", "FRA", "GOV"), ZAR, AIDR, "072", "1977-04", None, True,
  "France lending aircraft for the airlift: military aid 072 (07/15), relative with its own agent; the rest of the "
  "sentence is a statement of intent ('no French soldier would take part'), not coded; month")
E("bz01", "crossed the border on March 8 and", FLNC, ZAR, FIGHT, "190", "1977-03-08", None, True,
  "dated background invasion 190 (19/18/17); the rebels are Zairean exiles (COD, REB); 'the border' names no place")
E("bz01", "seized the towns of Dilolo, Kisenge and", FLNC, ZAR, FIGHT, "190", "1977-03", P("Dilolo", "COD"), False,
  "the towns' seizure, second verb and 'within days' (month): optional; first town as place")
E("bz01", "Mobutu has accused Angola, Cuba and the", MOBUTU, AGO, ["11"], "112", "1977", None, True,
  "accusation 112; first member of the compound object required; present perfect spanning March and April: year")
E("bz01", "Mobutu has accused Angola, Cuba and the", MOBUTU, A("Cuba", "CUB", "GOV"), ["11"], "112", "1977", None, False,
  "second member: optional")
E("bz01", "Mobutu has accused Angola, Cuba and the", MOBUTU, A("Soviet Union", "SUN", "GOV"), ["11"], "112", "1977",
  None, False, "third member: optional; SUN as the Soviet Union's code")
E("bz01", "The Angolan government denied any part in", AGO, MOBUTU, DENY, "016", "1977-04", None, True,
  "denial of Mobutu's accusation 016 (01/12); no day of its own: month")
E("bz01", "said Zaire was trying to blame its", AGO, ZAR, ["11"], "112", "1977-04", None, False,
  "counter-accusation in the second clause: optional")
E("bz01", "The United States has sent about $2", A("United States", "USA", "GOV"), ZAR, ["07"], "072", "1977", None, True,
  "non-lethal military supplies 072; present perfect with no date: year; 'ruled out sending weapons' is a refusal "
  "put as an intention, not coded")
F("bz01", "Shaba's copper and cobalt mines earn most", "standing situation")
F("bz01", "It was not clear when the Moroccans", "speculation")

# ---------------------------------------------------------------- bz02 Lagos, Africa (Nigeria)
S("bz02", "1994-06-24", "Africa", """
Nigerian police seize Abiola 12 days after he proclaimed himself president

LAGOS, Nigeria —

Police arrested Moshood Abiola, the businessman who says he won Nigeria's annulled 1993 presidential election, at his home in Lagos early on Thursday, 12 days after he proclaimed himself head of state, his aides said.

Dozens of armed officers surrounded the house in the Ikeja district before dawn and drove him away in a convoy of cars, a neighbour said. The police did not say where he had been taken.

The military government of Gen. Sani Abacha had declared Abiola a wanted man and accused him of treason after he told a crowd in the city's Epetedo district on June 11 that he was assuming the powers of president.

Hours after the arrest, hundreds of his supporters set up burning barricades in the Lagos districts of Ikeja and Mushin, and police fired tear gas to scatter them, witnesses said.

The National Democratic Coalition, an alliance of politicians and retired officers that backs Abiola's claim, demanded his immediate release and called on Nigerians to stay away from work.

In Washington, the State Department said it was deeply concerned by the arrest and urged the military to free Abiola and restore civilian rule.

Abacha seized power last November, forcing out an interim civilian government that his predecessor, Gen. Ibrahim Babangida, had installed after scrapping the vote.

Abiola, a wealthy publisher and shipping magnate, has never held public office.

It was not clear whether he would be tried by a civilian or a military court.
""")
NGCOP = A("Nigerian police", "NGA", "COP")
ABIOLA = A("Moshood Abiola", "NGA", ["OPP", "PTY"])
ABACHA = A("Sani Abacha's military government", "NGA", ["GOV", "MIL"])
NGSUP = A("Abiola's supporters", "NGA", ["CVL", "OPP"])
NADECO = A("National Democratic Coalition", "NGA", ["OPP", "PTY"])
E("bz02", "Nigerian police seize Abiola 12 days after", NGCOP, ABIOLA, ["17"], "173", "1994-06", None, False,
  "headline")
E("bz02", "Police arrested Moshood Abiola, the businessman who", NGCOP, ABIOLA, ["17"], "173", "1994-06-23",
  P("Lagos", "NGA"), True, "arrest 173; 'at his home in Lagos'; 'early on Thursday' before a Friday paper; the "
  "aides' attribution is not disputed; the proclamation 12 days earlier has no CAMEO class and is not coded")
E("bz02", "Dozens of armed officers surrounded the house", NGCOP, ABIOLA, ["17"], "173", "1994-06-23", None, False,
  "the arrest told again by a neighbour: restatement, optional")
E("bz02", "had declared Abiola a wanted man and", ABACHA, ABIOLA, ["11"], "112", "1994-06", None, True,
  "treason accusation 112 (the first verb, declaring him wanted, is part of it); pluperfect, no day: month")
E("bz02", "set up burning barricades in the Lagos", NGSUP, ABACHA, VPROT, "145", "1994-06-23", P("Lagos", "NGA"), True,
  "violent protest 145 (14/18/17); 'Hours after the arrest' gives Thursday; 'in the Lagos districts' names Lagos")
E("bz02", "police fired tear gas to scatter them", NGCOP, NGSUP, REPR, "175", "1994-06-23", P("Lagos", "NGA"), True,
  "tear gas on protesters 175 (17/18); same sentence, same place and day")
E("bz02", "demanded his immediate release and called on", NADECO, ABACHA, DEMAND, "1053", "1994-06-23", None, True,
  "demand for release 1053 (10/02); no day of its own, the context (the arrest's day) gives Thursday")
E("bz02", "called on Nigerians to stay away from", NADECO, ABACHA, ["14"], "143", "1994-06-23", None, False,
  "call for a stay-away strike, second verb: optional (as owned35 ai02's shutdown call)")
E("bz02", "urged the military to free Abiola and", A("U.S. State Department", "USA", "GOV"), ABACHA, DEMAND, "1053",
  "1994-06", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is where it spoke")
E("bz02", "Abacha seized power last November, forcing out", ABACHA,
  A("Nigeria's interim civilian government", "NGA", "GOV"), COUP, "1724", "1993-11", None, True,
  "dated background takeover (17/19, news-dev: a declared takeover 1724); 'last November' is 1993")
E("bz02", "had installed after scrapping the vote", A("Ibrahim Babangida", "NGA", ["GOV", "MIL"]),
  A("Nigerian voters", "NGA", "CVL"), ["17"], "172", "1993", None, False,
  "the annulment, an undated participle inside a relative: optional (owned24's event, here a one-line aside)")
F("bz02", "a wealthy publisher and shipping magnate, has", "standing situation, negated")
F("bz02", "whether he would be tried by a", "speculation")

# ---------------------------------------------------------------- bz03 Lusaka, Africa (Zambia)
S("bz03", "1997-10-29", "Africa", """
Zambian army crushes coup bid by soldiers who seized state radio

LUSAKA, Zambia —

Troops loyal to President Frederick Chiluba stormed the state broadcasting station in Lusaka on Tuesday and overpowered a group of soldiers who had seized it at dawn and announced that the government had been overthrown, officials said.

The rebels' leader, who called himself Captain Solo, had told listeners shortly after 6 a.m. that a National Redemption Council had taken power. Loyal troops arrested him and about a dozen others within three hours.

In a television address on Tuesday evening, Chiluba said the attempt had been crushed and warned that everyone behind it would face the full force of the law.

He declared a state of emergency early on Wednesday, giving the police powers to hold suspects without charge.

Chiluba did not say who he believed had organised the plot. But a government spokesman said some opposition politicians had known about it in advance.

The United National Independence Party of former President Kenneth Kaunda denied any role in the attempt and said the government was looking for an excuse to silence its critics.

Kaunda, who ruled Zambia for 27 years until he lost the 1991 election to Chiluba, was barred from last year's presidential vote by a constitutional change, and his party boycotted the election in protest.

It was not clear how many soldiers had taken part.
""")
ZREB = A("Zambian rebel soldiers", "ZMB", ["MIL", "REB"])
ZLOY = A("Zambian loyal troops", "ZMB", "MIL")
CHILUBA = A("Frederick Chiluba", "ZMB", "GOV")
ZGOV = A("Zambia's government", "ZMB", "GOV")
UNIP = A("United National Independence Party", "ZMB", ["OPP", "PTY"])
E("bz03", "Zambian army crushes coup bid by soldiers", ZLOY, ZREB, FIGHT, "190", "1997-10", None, False, "headline")
E("bz03", "stormed the state broadcasting station in Lusaka", ZLOY, ZREB, FIGHT, "190", "1997-10-28", P("Lusaka", "ZMB"),
  True, "storming the station held by mutineers 190 (19/18/17); 'on Tuesday' before a Wednesday paper")
E("bz03", "who had seized it at dawn and", ZREB, ZGOV, COUP, "1724", "1997-10-28", P("Lusaka", "ZMB"), True,
  "the coup bid: seizure of the station and declared takeover (17/19, news-dev 1724); relative with its own agent; "
  "'at dawn' of the same Tuesday; the station is the one 'in Lusaka'")
E("bz03", "had told listeners shortly after 6 a.m.", ZREB, ZGOV, COUP, "1724", "1997-10-28", None, False,
  "the broadcast claiming power, a restatement of the lead's relative: optional")
E("bz03", "Loyal troops arrested him and about a", ZLOY, ZREB, ["17"], "173", "1997-10-28", None, True,
  "arrests 173; 'within three hours' of the Tuesday dawn broadcast")
E("bz03", "warned that everyone behind it would face", CHILUBA, ZREB, ["13"], "130", "1997-10-28", None, True,
  "threat of punishment 130; 'on Tuesday evening'; the television address gives no place")
E("bz03", "He declared a state of emergency early", CHILUBA, None, ["17"], "1724", "1997-10-29", None, True,
  "state of emergency 1724 with target null (as owned54 bc11); 'early on Wednesday' in a Wednesday paper")
E("bz03", "said some opposition politicians had known about", A("Zambian government spokesman", "ZMB", "GOV"),
  A("Zambian opposition politicians", "ZMB", ["OPP", "PTY"]), ["11"], "112", "1997-10", None, True,
  "accusation of foreknowledge 112; no day of its own: month")
E("bz03", "Kenneth Kaunda denied any role in the", UNIP, ZGOV, DENY, "016", "1997-10", None, True,
  "denial 016 (01/12) of the spokesman's accusation; month")
E("bz03", "said the government was looking for an", UNIP, ZGOV, ["11"], "112", "1997-10", None, False,
  "counter-accusation, second clause: optional")
E("bz03", "was barred from last year's presidential vote", ZGOV, A("Kenneth Kaunda", "ZMB", ["OPP", "PTY"]), ["17"],
  "172", "1996", None, False, "agentless background passive: optional")
E("bz03", "his party boycotted the election in protest", UNIP, ZGOV, ["14"], "143", "1996", None, True,
  "election boycott 143, dated background with its own agent ('last year's' vote: 1996)")
F("bz03", "Chiluba did not say who he believed", "negated statement")
F("bz03", "It was not clear how many soldiers", "speculation and count")

# ---------------------------------------------------------------- bz04 Tokyo, Asia (Japan)
S("bz04", "1976-07-27", "Asia", """
Tokyo prosecutors arrest former premier Tanaka over Lockheed payments

TOKYO, Japan —

Prosecutors arrested former Prime Minister Kakuei Tanaka at his Tokyo home early on Tuesday on suspicion of taking 500 million yen from the Lockheed Aircraft Corp. to help sell its TriStar airliners to All Nippon Airways.

Tanaka, who led the government from 1972 until late 1974, was questioned for several hours and resigned from the ruling Liberal Democratic Party the same afternoon.

A lawyer for Tanaka said his client denied receiving any money from the company.

Investigators say the payments were passed on by the Marubeni trading company, Lockheed's agent in Japan. Prosecutors arrested three Marubeni executives last month.

The affair began in February, when a Lockheed executive told a U.S. Senate subcommittee that the company had paid millions of dollars to win orders in Japan.

Prime Minister Takeo Miki asked President Gerald Ford in February to hand over the names of Japanese officials in the company's records, and the two governments agreed in March to share the evidence.

Opposition parties demanded that Miki dissolve the lower house and call an early election, saying the ruling party could not be trusted to investigate itself.

Miki told reporters that the inquiry would go on wherever it led.

No former Japanese prime minister had ever been arrested.

Whether the affair would bring down Miki's government was unclear.
""")
TPROS = A("Tokyo prosecutors", "JPN", ["JUD", "GOV"])
TANAKA = A("Kakuei Tanaka", "JPN", ["PTY", "ELI", "GOV"])
MIKI = A("Takeo Miki", "JPN", "GOV")
E("bz04", "Tokyo prosecutors arrest former premier Tanaka over", TPROS, TANAKA, ["17"], "173", "1976-07", None, False,
  "headline")
E("bz04", "Prosecutors arrested former Prime Minister Kakuei Tanaka", TPROS, TANAKA, ["17"], "173", "1976-07-27",
  P("Tokyo", "JPN"), True, "arrest 173; 'at his Tokyo home'; 'early on Tuesday' in a Tuesday paper; the bribe "
  "itself is alleged and not coded")
E("bz04", "said his client denied receiving any money", TANAKA, TPROS, DENY, "016", "1976-07-27", None, True,
  "denial 016 (01/12) through his lawyer; no day of its own, the context (the arrest) gives Tuesday")
E("bz04", "Prosecutors arrested three Marubeni executives last month",
  TPROS, A("Marubeni executives", "JPN", "BUS"), ["17"], "173", "1976-06", None, True,
  "dated background arrests 173 ('last month': June)")
E("bz04", "asked President Gerald Ford in February to", MIKI, A("Gerald Ford", "USA", "GOV"), DEMAND, "0213", "1976-02",
  None, True, "request for judicial cooperation 0213 (02/10, as owned54's request for FBI help); 'in February'")
E("bz04", "the two governments agreed in March to", A("Japan's government", "JPN", "GOV"),
  A("United States government", "USA", "GOV"), AGREE, "057", "1976-03", None, True,
  "agreement 057 (05/03/08); Japan first-mentioned (through Miki): required")
E("bz04", "the two governments agreed in March to", A("United States government", "USA", "GOV"),
  A("Japan's government", "JPN", "GOV"), AGREE, "057", "1976-03", None, False,
  "reverse of the joint agreement: optional ('the two governments' are both doers)")
E("bz04", "Opposition parties demanded that Miki dissolve the", A("Japanese opposition parties", "JPN", ["OPP", "PTY"]),
  MIKI, DEMAND, "104", "1976-07-27", None, True,
  "demand for an early election 104 (10/02, as owned35's call for a new vote); no day of its own, the context of "
  "Tuesday's arrest gives the day")
E("bz04", "Investigators say the payments were passed on", TPROS, A("Marubeni trading company", "JPN", "BUS"), ["11"],
  "112", "1976-07", None, False, "investigators' standing allegation in the present tense: optional, month")
E("bz04", "saying the ruling party could not be", A("Japanese opposition parties", "JPN", ["OPP", "PTY"]),
  A("Liberal Democratic Party", "JPN", ["PTY", "GOV"]), ["11"], "111", "1976-07-27", None, False,
  "criticism in a participle of the demand: optional")
F("bz04", "No former Japanese prime minister had ever", "negated, historical")
F("bz04", "Whether the affair would bring down Miki's", "speculation")

# ---------------------------------------------------------------- bz05 Taipei, Asia (Taiwan)
S("bz05", "1979-12-14", "Asia", """
Taiwan rounds up dissidents after Kaohsiung human rights rally turns violent

TAIPEI, Taiwan —

Security police arrested 14 leading opponents of the Nationalist government on Thursday, including a member of the legislature, and accused them of stirring up a riot at a human rights rally in the southern port of Kaohsiung on Monday, officials said.

Those held included legislator Huang Hsin-chieh, publisher of Formosa magazine, whose staff organised Monday's rally to mark International Human Rights Day. The Taiwan Garrison Command, which enforces martial law, also ordered the magazine closed.

Riot police fired tear gas into a crowd of several thousand in the centre of Kaohsiung on Monday night, and marchers fought back with clubs and torches, witnesses said.

The government says about 180 police officers were hurt. The organisers said the police had provoked the clashes by sealing off the marchers.

Premier Sun Yun-suan said the rally's leaders had plotted to overthrow the government by force and would be punished under the law.

The arrests come a year after President Jimmy Carter announced that the United States would cut its diplomatic ties with Taipei and recognise Peking.

Taiwan has been under martial law since 1949, and new opposition parties are banned.

It was not known whether the detainees would be tried by a military court.
""")
TGC = A("Taiwan Garrison Command security police", "TWN", ["COP", "MIL"])
TDIS = A("Taiwanese opposition activists", "TWN", ["OPP", "CVL"])
TCOP = A("Taiwanese riot police", "TWN", "COP")
TMAR = A("Kaohsiung marchers", "TWN", ["CVL", "OPP"])
TGOV = A("Taiwan's government", "TWN", "GOV")
E("bz05", "Taiwan rounds up dissidents after Kaohsiung human", TGC, TDIS, ["17"], "173", "1979-12", None, False,
  "headline")
E("bz05", "Security police arrested 14 leading opponents of", TGC, TDIS, ["17"], "173", "1979-12-13", None, True,
  "arrests 173; 'on Thursday' before a Friday paper; the clause names no place (Kaohsiung is the rally's)")
E("bz05", "accused them of stirring up a riot", TGC, TDIS, ["11"], "112", "1979-12-13", None, False,
  "accusation in the second verb of the arrest sentence, restated by the premier below: optional")
E("bz05", "also ordered the magazine closed", TGC, A("Formosa magazine", "TWN", ["MED", "OPP"]), ["17"], "172",
  "1979-12-13", None, True, "closing a magazine: administrative sanction 172; 'also' ties it to Thursday's "
  "round-up (the context gives the day)")
E("bz05", "Riot police fired tear gas into a", TCOP, TMAR, REPR, "175", "1979-12-10", P("Kaohsiung", "TWN"), True,
  "tear gas on a crowd 175 (17/18); 'in the centre of Kaohsiung on Monday night' before a Friday paper")
E("bz05", "marchers fought back with clubs and torches", TMAR, TCOP, VPROT, "145", "1979-12-10", P("Kaohsiung", "TWN"),
  True, "violent resistance 145 (14/18/17), its own clause and agent; same night and place")
E("bz05", "said the police had provoked the clashes", A("Formosa rally organisers", "TWN", ["OPP", "CVL"]), TCOP, ["11"],
  "112", "1979-12", None, False, "one side's counter-charge: optional")
E("bz05", "Premier Sun Yun-suan said the rally's leaders", A("Sun Yun-suan", "TWN", "GOV"), TDIS, ["11"], "112",
  "1979-12", None, True, "accusation of plotting a violent overthrow 112; no day of its own: month")
E("bz05", "would be punished under the law", A("Sun Yun-suan", "TWN", "GOV"), TDIS, ["13"], "130", "1979-12", None,
  False, "threat of punishment, second clause: optional")
E("bz05", "Jimmy Carter announced that the United States", A("Jimmy Carter", "USA", "GOV"), TGOV, ["16"], "161",
  "1978-12", None, True, "breaking diplomatic ties 161, dated background ('a year after': December 1978) with its "
  "own agent; 'Taipei' is the government, not a place")
F("bz05", "Taiwan has been under martial law since", "standing situation")
F("bz05", "It was not known whether the detainees", "speculation")

# ---------------------------------------------------------------- bz06 Islamabad, Asia (Pakistan)
S("bz06", "1990-08-07", "Asia", """
Pakistan's president dismisses Bhutto, dissolves assembly and declares emergency

ISLAMABAD, Pakistan —

President Ghulam Ishaq Khan dismissed Prime Minister Benazir Bhutto's government on Monday, accusing it of corruption, nepotism and failing to stop ethnic killings in Sindh province, and dissolved the National Assembly 20 months after she took office.

In a broadcast address, Ishaq Khan also declared a state of emergency and named Ghulam Mustafa Jatoi, an opposition leader, to head a caretaker government until elections on Oct. 24.

Troops and police took up positions outside the state television and radio buildings in the capital within minutes of the announcement.

Bhutto, speaking at her residence hours later, called the dismissal illegal and unconstitutional. She accused the president of conspiring with her political rivals and said the people would return her to power.

Nawaz Sharif, the chief minister of Punjab and her main opponent, welcomed the decision.

Violence in Sindh has embarrassed Bhutto's government for months. In May, police in Hyderabad opened fire on Mohajir demonstrators, killing dozens, and her opponents said she had lost control of her home province.

The Eighth Amendment to the constitution gives the president the power to dismiss an elected government.

It was unclear whether Bhutto would be allowed to stand in the October vote.
""")
GIK = A("Ghulam Ishaq Khan", "PAK", "GOV")
BHUTTO = A("Benazir Bhutto", "PAK", ["GOV", "PTY"])
BGOV = A("Benazir Bhutto's government", "PAK", "GOV")
E("bz06", "Pakistan's president dismisses Bhutto, dissolves assembly and", GIK, BGOV, OUST, "172", "1990-08", None, False,
  "headline")
E("bz06", "President Ghulam Ishaq Khan dismissed Prime Minister", GIK, BGOV, OUST, "172", "1990-08-06", None, True,
  "removal of a government 172 (17/12/11, as owned35 ai10); 'on Monday' before a Tuesday paper")
E("bz06", "accusing it of corruption, nepotism and failing", GIK, BGOV, ["11"], "112", "1990-08-06", None, True,
  "accusation 112 with its own verb; same day")
E("bz06", "and dissolved the National Assembly 20 months", GIK,
  A("Pakistan's National Assembly", "PAK", ["LEG", "GOV"]), ["17"], "172", "1990-08-06", None, False,
  "dissolving the legislature 172 (as owned54 bc11), a third verb of the lead: optional")
E("bz06", "also declared a state of emergency and", GIK, None, ["17"], "1724", "1990-08-06", None, True,
  "state of emergency 1724, target null; the address is Monday's ('also')")
E("bz06", "Troops and police took up positions outside", A("Pakistani troops", "PAK", "MIL"), None, ["15"], "150",
  "1990-08-06", P("Islamabad", "PAK"), False, "show of force with no target: optional; 'in the capital' with the "
  "dateline is Islamabad; first member of the compound subject")
E("bz06", "called the dismissal illegal and unconstitutional", BHUTTO, GIK, ["11", "12"], "111", "1990-08-06", None, True,
  "denunciation 111 (11/12); 'hours later' than Monday's announcement")
E("bz06", "She accused the president of conspiring with", BHUTTO, GIK, ["11"], "112", "1990-08-06", None, True,
  "accusation 112; same statement, same day")
E("bz06", "Nawaz Sharif, the chief minister of Punjab", A("Nawaz Sharif", "PAK", ["OPP", "PTY", "GOV"]), GIK, ["05"], "051",
  "1990-08", None, False, "approval 051, single domestic reaction: optional")
E("bz06", "police in Hyderabad opened fire on Mohajir", A("Pakistani police", "PAK", "COP"),
  A("Mohajir demonstrators", "PAK", ["CVL", "PTY"]), REPR, "175", "1990-05", P("Hyderabad", "PAK"), True,
  "dated background: live fire on protesters 175 (17/18), 'In May'; Hyderabad named in the clause")
E("bz06", "her opponents said she had lost control", A("Bhutto's opponents", "PAK", ["OPP", "PTY"]), BHUTTO, ["11"],
  "111", "1990-05", None, False, "criticism with no day of its own inside the May background: optional")
F("bz06", "The Eighth Amendment to the constitution gives", "definition")
F("bz06", "It was unclear whether Bhutto would be", "speculation")

# ---------------------------------------------------------------- bz07 London, Europe/Eurasia (Britain)
S("bz07", "1990-04-01", "Europe/Eurasia", """
Poll tax march ends in riot as fires and looting hit London's West End

LONDON, Britain —

Police fought running battles with thousands of rioters in central London on Saturday after a march by about 200,000 people against the government's new local tax turned violent, and officers arrested 341 people, Scotland Yard said.

The trouble began in Whitehall, near the prime minister's Downing Street residence, where some marchers hurled bottles, bricks and scaffolding poles at police lines.

Mounted officers and riot police later charged the crowd in Trafalgar Square, where rioters set fire to a building under construction, before gangs smashed shop windows and looted stores across the West End.

Dozens of people, many of them police officers, were taken to hospital.

Prime Minister Margaret Thatcher condemned the violence as wicked on Saturday night, and Labour leader Neil Kinnock, whose party opposes the tax, called the rioters a disgrace.

A spokesman for the All-Britain Anti-Poll Tax Federation, which organised the march, blamed the police late on Saturday for driving horses and vans into a peaceful crowd.

The community charge, a flat-rate levy on every adult, replaces household rates in England and Wales on Sunday; it has been in force in Scotland since last April.

It was not clear how many of those arrested would be charged.
""")
MET = A("London police", "GBR", "COP")
GRIOT = A("London rioters", "GBR", ["CVL", "OPP"])
GMARCH = A("poll tax marchers", "GBR", ["CVL", "OPP"])
GGOV = A("British government", "GBR", "GOV")
E("bz07", "Poll tax march ends in riot as", GMARCH, GGOV, VPROT, "145", "1990-03", None, False, "headline")
E("bz07", "Police fought running battles with thousands of", MET, GRIOT, ["19", "18", "14", "17"], "190", "1990-03-31",
  P("London", "GBR"), True, "clash (19/18/14, with 17 for police action); police first-mentioned: required; "
  "'in central London on Saturday' in a Sunday paper")
E("bz07", "Police fought running battles with thousands of", GRIOT, MET, CLASH, "145", "1990-03-31", P("London", "GBR"),
  False, "reverse of the clash: optional")
E("bz07", "a march by about 200,000 people against", GMARCH, GGOV, ["14"], "141", "1990-03-31", P("London", "GBR"), False,
  "the march, a nominal inside an 'after' clause: optional")
E("bz07", "officers arrested 341 people, Scotland Yard said", MET, GRIOT, ["17"], "173", "1990-03-31", P("London", "GBR"),
  True, "arrests reported by the arresting police 173 (as owned35 ai05); same sentence, place and day")
E("bz07", "some marchers hurled bottles, bricks and scaffolding", GRIOT, MET, VPROT, "145", "1990-03-31",
  P("London", "GBR"), True, "violent protest 145 (14/18/17); Whitehall is in London; the day is the lead's")
E("bz07", "Mounted officers and riot police later charged", MET, GRIOT, REPR, "175", "1990-03-31",
  P("Trafalgar Square", "GBR"), True, "charging a crowd 175 (17/18); 'later' on Saturday; the square is named")
E("bz07", "rioters set fire to a building under", GRIOT, GGOV, VPROT, "145", "1990-03-31", P("Trafalgar Square", "GBR"),
  False, "arson in a relative clause, part of the riot: optional")
E("bz07", "Margaret Thatcher condemned the violence as wicked", A("Margaret Thatcher", "GBR", "GOV"), GRIOT, ["11"],
  "111", "1990-03-31", None, True, "condemnation 111; 'on Saturday night'; first member of a compound sentence")
E("bz07", "Neil Kinnock, whose party opposes the tax", A("Neil Kinnock", "GBR", ["OPP", "PTY"]), GRIOT, ["11"], "111",
  "1990-03-31", None, False, "second member of the compound: optional")
E("bz07", "blamed the police late on Saturday for", A("All-Britain Anti-Poll Tax Federation", "GBR", ["NGO", "OPP"]), MET,
  ["11"], "112", "1990-03-31", None, True, "blame 112; the accusation itself is asserted; 'late on Saturday'")
F("bz07", "a flat-rate levy on every adult, replaces", "definition and standing situation")
F("bz07", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- bz08 Tbilisi, Europe/Eurasia (Georgia)
S("bz08", "1992-01-06", "Europe/Eurasia", """
Gamsakhurdia flees Tbilisi as rebels take parliament after two weeks of fighting

TBILISI, Georgia —

President Zviad Gamsakhurdia fled the capital before dawn on Monday with a convoy of armed supporters, abandoning the bunker beneath the parliament building where he had held out for two weeks.

Fighters of the rebel National Guard, led by Tengiz Kitovani, and the Mkhedrioni militia of Jaba Ioseliani took the burned-out building within hours and hoisted their flags over it, witnesses said.

The convoy crossed into Azerbaijan and then Armenia, whose government said it had given Gamsakhurdia temporary refuge.

A Military Council formed by the rebel commanders, which declared Gamsakhurdia deposed on Thursday, imposed a night curfew on the city and promised elections.

More than 100 people have been killed since the fighting began on Dec. 22, when rebel guardsmen attacked government buildings on Rustaveli Avenue, the capital's main street.

Rebel troops fired on a rally of several thousand Gamsakhurdia supporters on Friday, killing at least two people.

In a statement read on his behalf, Gamsakhurdia called his opponents a criminal junta and said he remained Georgia's lawful president.

Gamsakhurdia won 87 percent of the vote in the presidential election last May.

It was not clear whether he intended to stay in Armenia.
""")
GAMS = A("Zviad Gamsakhurdia", "GEO", "GOV")
GNG = A("rebel National Guard", "GEO", ["MIL", "REB"])
MKH = A("Mkhedrioni militia", "GEO", ["REB", "MIL"])
GMC = A("Georgian Military Council", "GEO", ["MIL", "REB"])
GSUP = A("Gamsakhurdia supporters", "GEO", ["CVL", "PTY"])
E("bz08", "rebels take parliament after two weeks of", GNG, GAMS, FIGHT, "190", "1992-01", None, False, "headline")
E("bz08", "Kitovani, and the Mkhedrioni militia of Jaba", GNG, GAMS, FIGHT, "190", "1992-01-06", P("Tbilisi", "GEO"), True,
  "taking the besieged building by force 190 (19/18/17); first member of the compound subject; 'within hours' of "
  "Monday's dawn; the parliament building is in the dateline city the lead calls 'the capital'")
E("bz08", "Kitovani, and the Mkhedrioni militia of Jaba", MKH, GAMS, FIGHT, "190", "1992-01-06", P("Tbilisi", "GEO"), False,
  "second member: optional")
E("bz08", "whose government said it had given Gamsakhurdia", A("Armenia's government", "ARM", "GOV"), GAMS, ["07"],
  "075", "1992-01-06", None, True, "granting asylum 075; relative with its own agent; the context (Monday's flight) "
  "gives the day; 'Armenia' as a destination is not a place")
E("bz08", "which declared Gamsakhurdia deposed on Thursday, imposed", GMC, GAMS, COUP, "1724", "1992-01-02", None, True,
  "declared takeover 1724 (17/19); relative with its own agent; 'on Thursday' before a Monday paper")
E("bz08", "imposed a night curfew on the city", GMC, A("Tbilisi residents", "GEO", "CVL"), ["17"], "1723", "1992-01",
  P("Tbilisi", "GEO"), False, "curfew 1723 with no day of its own: optional; 'the city' with the dateline is Tbilisi")
E("bz08", "when rebel guardsmen attacked government buildings on", GNG, GAMS, FIGHT, "190", "1991-12-22",
  P("Tbilisi", "GEO"), True, "dated background attack 190 in a 'since ..., when' clause with its own agent; "
  "'Rustaveli Avenue, the capital's main street' is Tbilisi; Dec. 22 of the year before publication")
E("bz08", "Rebel troops fired on a rally of", GNG, GSUP, ["18", "19", "17"], "180", "1992-01-03", None, True,
  "armed faction firing on a rally 180 (18/19/17); 'on Friday' before a Monday paper; the clause names no place")
E("bz08", "Gamsakhurdia called his opponents a criminal junta", GAMS, GMC, ["11"], "111", "1992-01", None, True,
  "insult 111; the statement has no day of its own: month")
E("bz08", "said he remained Georgia's lawful president", GAMS, GMC, ["12"], "120", "1992-01", None, False,
  "refusal to accept his removal, second clause of the statement: optional")
F("bz08", "Gamsakhurdia won 87 percent of the vote", "count")
F("bz08", "It was not clear whether he intended", "speculation")

# ---------------------------------------------------------------- bz09 La Paz, Americas (Bolivia)
S("bz09", "1979-11-17", "Americas", """
Bolivia's Natusch gives up power after 16 days; Congress names Gueiler

LA PAZ, Bolivia —

Col. Alberto Natusch Busch stepped down on Friday after 16 days in power, bowing to a general strike and to the refusal of Congress to recognise him, and lawmakers named Senate President Lidia Gueiler as interim head of state.

Congress, which had refused to deal with Natusch since he seized power, chose Gueiler in a night session after the army agreed to withdraw its support from him.

Natusch ousted President Walter Guevara Arze on Nov. 1 while foreign ministers of the Organization of American States were meeting in the capital.

Troops and tanks fired on crowds that resisted the takeover in La Paz, killing more than 100 people in the first week, according to the Roman Catholic Church's human rights commission.

The Bolivian Workers' Central led a general strike against the coup, and peasants blocked highways across the Andean plateau.

Washington suspended military and economic aid to Bolivia the day after the coup.

Natusch said in a farewell broadcast that he was leaving to spare the country further bloodshed.

Bolivia has had nearly 190 governments since independence in 1825.

It was unclear whether the army would accept a civilian leader for long.
""")
NATUSCH = A("Alberto Natusch Busch", "BOL", ["MIL", "GOV"])
COB = A("Bolivian Workers' Central", "BOL", "LAB")
BCONG = A("Bolivia's Congress", "BOL", ["LEG", "GOV"])
BARMY = A("Bolivian army", "BOL", "MIL")
BPROT = A("Bolivian protesters", "BOL", ["CVL", "LAB"])
E("bz09", "Bolivia's Natusch gives up power after 16", NATUSCH, COB, ["08"], "0831", "1979-11", None, False, "headline")
E("bz09", "Col. Alberto Natusch Busch stepped down on", NATUSCH, COB, ["08"], "0831", "1979-11-16", None, True,
  "resignation under pressure 0831 (news-dev d09), the strikers as implied target (first named pressure); "
  "'on Friday' before a Saturday paper")
E("bz09", "to the refusal of Congress to recognise", BCONG, NATUSCH, ["12"], "120", "1979-11", None, False,
  "nominal refusal in the lead, detailed in the next sentence: optional")
E("bz09", "Congress, which had refused to deal with", BCONG, NATUSCH, ["12"], "120", "1979-11", None, True,
  "refusal 120 in a relative with its own agent, 'since he seized power' (November): month")
E("bz09", "after the army agreed to withdraw its", BARMY, NATUSCH, ["08", "16"], "080", "1979-11-16", None, False,
  "the army dropping its support, an undated 'after' clause tied to the night session: optional")
E("bz09", "Natusch ousted President Walter Guevara Arze on", NATUSCH, A("Walter Guevara Arze", "BOL", "GOV"), COUP,
  "1724", "1979-11-01", P("La Paz", "BOL"), True, "dated background coup (17/19, 1724); 'Nov. 1'; the OAS meeting "
  "'in the capital' is in the same sentence and the dateline makes La Paz explicit")
E("bz09", "Troops and tanks fired on crowds that", BARMY, BPROT, REPR, "175", "1979-11", P("La Paz", "BOL"), True,
  "live fire on protesters 175 (17/18); 'in the first week' (month); 'in La Paz'; the church commission's count is "
  "attribution")
E("bz09", "The Bolivian Workers' Central led a general", COB, NATUSCH, ["14"], "143", "1979-11", None, True,
  "general strike 143; first member of the compound sentence; month")
E("bz09", "peasants blocked highways across the Andean plateau", A("Bolivian peasants", "BOL", ["AGR", "CVL"]), NATUSCH,
  ["14"], "144", "1979-11", None, False, "road blocks 144, second member (as owned54: optional)")
E("bz09", "Washington suspended military and economic aid to", A("United States", "USA", "GOV"),
  A("Bolivia's government", "BOL", "GOV"), SANCT, "162", "1979-11-02", None, True,
  "halting aid 162 (16/17); 'the day after the coup' of Nov. 1; 'Washington' is the government, not a place")
F("bz09", "Bolivia has had nearly 190 governments since", "count, standing")
F("bz09", "It was unclear whether the army would", "speculation")

# ---------------------------------------------------------------- bz10 Acapulco, Americas (Mexico)
S("bz10", "1995-06-30", "Americas", """
Guerrero police kill 17 farmers headed for protest; governor says officers were fired on

ACAPULCO, Mexico —

State police in Guerrero opened fire on a truck carrying farmers to a protest rally on Wednesday, killing 17 people and wounding more than 20 at a river crossing called Aguas Blancas, about 40 miles northwest of this Pacific resort.

The farmers belonged to the Southern Sierra Peasant Organisation, a group that has been pressing the state government for fertiliser, roads and news of a member who disappeared in May.

Gov. Ruben Figueroa said on Thursday that men on the truck had attacked the officers first and that the police had fired in self-defence.

Survivors denied that anyone on board was armed and said the police had opened fire without warning as the truck slowed at a checkpoint.

President Ernesto Zedillo ordered federal prosecutors to help with the investigation.

On Thursday, about 2,000 people marched through Coyuca de Benitez, the victims' home town, carrying coffins and demanding that Figueroa be removed.

The leftist Party of the Democratic Revolution called the shooting a massacre and demanded the governor's resignation.

Guerrero is one of Mexico's poorest states, and land disputes there have often turned deadly.

It was not clear whether the officers involved had been suspended.
""")
GPOL = A("Guerrero state police", "MEX", "COP")
FARM = A("Southern Sierra Peasant Organisation farmers", "MEX", ["AGR", "CVL"])
FIGU = A("Ruben Figueroa", "MEX", "GOV")
E("bz10", "Guerrero police kill 17 farmers headed for", GPOL, FARM, REPR, "175", "1995-06", None, False, "headline")
E("bz10", "governor says officers were fired on", FIGU, FARM, ["11"], "112", "1995-06", None, False, "headline")
E("bz10", "State police in Guerrero opened fire on", GPOL, FARM, REPR, "175", "1995-06-28", P("Aguas Blancas", "MEX"), True,
  "live fire on farmers bound for a protest 175 (17/18); 'on Wednesday' before a Friday paper; Aguas Blancas is named "
  "in the clause (not the Acapulco dateline)")
E("bz10", "a group that has been pressing the", A("Southern Sierra Peasant Organisation", "MEX", ["AGR", "NGO"]),
  A("Guerrero state government", "MEX", "GOV"), DEMAND, "103", None, None, False,
  "standing demands in a present-perfect relative with no date: optional, date null")
E("bz10", "Gov. Ruben Figueroa said on Thursday that", FIGU, FARM, ["11"], "112", "1995-06-29", None, True,
  "accusation that the farmers attacked first 112; 'on Thursday'")
E("bz10", "Survivors denied that anyone on board was", A("Aguas Blancas survivors", "MEX", ["AGR", "CVL"]), FIGU, DENY,
  "016", "1995-06", None, True, "denial 016 (01/12) of the governor's account; no day of its own: month")
E("bz10", "said the police had opened fire without", A("Aguas Blancas survivors", "MEX", ["AGR", "CVL"]), GPOL, ["11"],
  "112", "1995-06", None, False, "counter-accusation, second clause: optional")
E("bz10", "about 2,000 people marched through Coyuca de", A("Coyuca de Benitez marchers", "MEX", "CVL"), FIGU, ["14"], "141",
  "1995-06-29", P("Coyuca de Benitez", "MEX"), True, "protest march 141; 'On Thursday'; the town is named")
E("bz10", "carrying coffins and demanding that Figueroa be", A("Coyuca de Benitez marchers", "MEX", "CVL"), FIGU, DEMAND,
  "1041", "1995-06-29", P("Coyuca de Benitez", "MEX"), False, "demand for removal inside the march: optional")
E("bz10", "called the shooting a massacre and demanded", A("Party of the Democratic Revolution", "MEX", ["OPP", "PTY"]),
  FIGU, DEMAND, "1041", "1995-06", None, True, "demand for resignation 1041 (10/02); the first verb's condemnation is "
  "folded in; no day of its own: month")
E("bz10", "called the shooting a massacre and demanded", A("Party of the Democratic Revolution", "MEX", ["OPP", "PTY"]),
  GPOL, ["11"], "111", "1995-06", None, False, "condemnation, first verb of the same sentence: optional")
F("bz10", "Guerrero is one of Mexico's poorest states", "standing situation")
F("bz10", "It was not clear whether the officers", "speculation")

# ---------------------------------------------------------------- bz11 Cairo, Middle East (Egypt / Libya)
S("bz11", "1977-07-25", "Middle East", """
Sadat orders halt to fighting with Libya after Arab mediators step in

CAIRO, Egypt —

President Anwar Sadat ordered Egyptian forces on Sunday to stop firing along the Libyan border, ending four days of clashes, after appeals from Algeria's president and the Palestine Liberation Organization.

In a speech on Sunday night, Sadat called Libya's leader, Col. Muammar Qaddafi, a dangerous lunatic and said Egypt had no designs on Libyan territory.

The fighting began on Thursday, when, Egypt says, Libyan troops attacked the border town of Sallum.

Egyptian warplanes bombed the Libyan air base at El Adem, south of Tobruk, on Friday, and commandos raided radar posts inside Libya, military spokesmen said.

Libya's official radio accused Egypt of aggression on behalf of the United States and said Libyan gunners had shot down several Egyptian jets.

Algerian President Houari Boumediene flew to Alexandria on Sunday to see Sadat and then went on to Tripoli to meet Qaddafi.

Relations between the two neighbours have soured since Sadat began seeking a settlement with Israel.

Egypt's army of some 300,000 men is about ten times the size of Libya's.

It was not clear whether Libyan troops had left their positions near Sallum.
""")
SADAT = A("Anwar Sadat", "EGY", "GOV")
EGY = A("Egypt's government", "EGY", "GOV")
LBY = A("Libya's government", "LBY", "GOV")
QADDAFI = A("Muammar Qaddafi", "LBY", "GOV")
BOUM = A("Houari Boumediene", "DZA", "GOV")
E("bz11", "Sadat orders halt to fighting with Libya", SADAT, LBY, ["08"], "0871", "1977-07", None, False, "headline")
E("bz11", "ordered Egyptian forces on Sunday to stop", SADAT, LBY, ["08"], "0871", "1977-07-24", None, True,
  "ceasefire 0871; 'on Sunday' before a Monday paper; target Libya, the other side")
E("bz11", "after appeals from Algeria's president and the", BOUM, SADAT, DEMAND, "0256", "1977-07", None, False,
  "nominal appeal for de-escalation (0256): optional; first member")
E("bz11", "called Libya's leader, Col. Muammar Qaddafi, a", SADAT, QADDAFI, ["11"], "111", "1977-07-24", None, True,
  "insult 111; 'on Sunday night'; the speech names no place")
E("bz11", "Libyan troops attacked the border town of", A("Libyan troops", "LBY", "MIL"), EGY, FIGHT, "190",
  "1977-07-21", P("Sallum", "EGY"), False, "the attack in Egypt's account ('Egypt says'), disputed by Libya: optional; "
  "'on Thursday' before a Monday paper")
E("bz11", "Egyptian warplanes bombed the Libyan air base", A("Egyptian air force", "EGY", "MIL"), LBY, ["19"], "195",
  "1977-07-22", P("El Adem", "LBY"), True, "air strike 195; 'on Friday'; El Adem named in the clause")
E("bz11", "commandos raided radar posts inside Libya, military", A("Egyptian commandos", "EGY", "MIL"), LBY, ["19"], "190",
  "1977-07", P("Libya", "LBY"), False, "second member of the compound sentence, with no day of its own: optional; "
  "'inside Libya' places it in the country")
E("bz11", "Libya's official radio accused Egypt of aggression", LBY, EGY, ["11"], "112", "1977-07", None, True,
  "accusation 112; Libya's state radio stands for its government; month")
E("bz11", "Houari Boumediene flew to Alexandria on Sunday", BOUM, SADAT, ["04"], "042", "1977-07-24",
  P("Alexandria", "EGY"), True, "visit 042; 'on Sunday'; Alexandria named")
E("bz11", "then went on to Tripoli to meet", BOUM, QADDAFI, ["04"], "042", "1977-07-24", P("Tripoli", "LBY"), True,
  "second visit, its own verb and place: required; the same Sunday")
E("bz11", "Relations between the two neighbours have soured", EGY, LBY, ["11"], "110", None, None, False,
  "undated souring of ties: optional, date null")
F("bz11", "Egypt's army of some 300,000 men is", "count")
F("bz11", "It was not clear whether Libyan troops", "speculation")

# ---------------------------------------------------------------- bz12 Algiers, Middle East (Iran / Iraq)
S("bz12", "1975-03-07", "Middle East", """
Shah and Iraq's Saddam Hussein agree in Algiers to end border feud

ALGIERS, Algeria —

Iran and Iraq agreed here on Thursday to settle their long quarrel over the Shatt al-Arab waterway and to stop what they called subversive infiltration across their border, a deal that Iraqi Kurdish rebels fear will cost them the Iranian help they depend on.

The accord was reached after Shah Mohammad Reza Pahlavi met Iraq's vice-president, Saddam Hussein, twice on the sidelines of a summit of oil-exporting countries, with Algeria's President Houari Boumediene acting as go-between.

Boumediene announced the agreement at the close of the summit, and the two men embraced in front of the assembled heads of state.

The communique did not mention the Kurds by name.

A spokesman for the Kurdish rebels, speaking in Beirut, accused the shah of selling out the Kurdish people to Baghdad.

Iraqi troops have been fighting the guerrillas of Mullah Mustafa Barzani in the northern mountains since last March, when Barzani rejected a self-rule law that the government had drawn up for the Kurdish region.

Iran has supplied the rebels with artillery and let them use its territory as a refuge.

Whether the Kurds could fight on without Iranian supplies was unclear.
""")
IRN = A("Iran", "IRN", "GOV")
IRQ = A("Iraq", "IRQ", "GOV")
SHAH = A("Mohammad Reza Pahlavi", "IRN", "GOV")
SADDAM = A("Saddam Hussein", "IRQ", "GOV")
KURDS = A("Iraqi Kurdish rebels", "IRQ", ["REB", "OPP"])
BARZANI = A("Mustafa Barzani", "IRQ", ["REB", "OPP"])
E("bz12", "Shah and Iraq's Saddam Hussein agree in", SHAH, SADDAM, AGREE, "057", "1975-03", None, False, "headline")
E("bz12", "Iran and Iraq agreed here on Thursday", IRN, IRQ, AGREE, "057", "1975-03-06", P("Algiers", "DZA"), True,
  "agreement 057 (05/03/08); Iran first-mentioned: required; 'here' with the dateline is Algiers; 'on Thursday' "
  "before a Friday paper")
E("bz12", "Iran and Iraq agreed here on Thursday", IRQ, IRN, AGREE, "057", "1975-03-06", P("Algiers", "DZA"), False,
  "reverse: optional (the sentence names both as doers)")
E("bz12", "Shah Mohammad Reza Pahlavi met Iraq's vice-president", SHAH, SADDAM, ["04"], "040", "1975-03", P("Algiers", "DZA"),
  True, "meeting 040 (one event, 'A met B'); 'twice' in the summit days, no single day: month; the summit is the one "
  "in the dateline city, no other place named")
E("bz12", "with Algeria's President Houari Boumediene acting as", BOUM, SHAH, ["04"], "045", "1975-03", P("Algiers", "DZA"),
  False, "mediation 045 in a participial phrase: optional")
E("bz12", "accused the shah of selling out the", A("Kurdish rebel spokesman", "IRQ", ["REB", "OPP"]), SHAH, ["11"],
  "112", "1975-03", P("Beirut", "LBN"), True, "accusation 112; 'speaking in Beirut' is where the speaker was; no "
  "day of its own: month")
E("bz12", "Iraqi troops have been fighting the guerrillas", A("Iraqi army", "IRQ", "MIL"), KURDS, FIGHT, "190", "1974-03",
  None, True, "fighting 190 (19/18/17) dated from 'since last March' (1974); 'the northern mountains' names no place")
E("bz12", "when Barzani rejected a self-rule law that", BARZANI, IRQ, ["12"], "120", "1974-03", None, True,
  "rejection 120 in a dated 'when' clause with its own agent (March 1974)")
E("bz12", "Iran has supplied the rebels with artillery", IRN, KURDS, ["07"], "072", None, None, False,
  "standing military aid, present perfect with no date: optional, date null")
F("bz12", "The communique did not mention the Kurds", "negated statement")
F("bz12", "Whether the Kurds could fight on without", "speculation")

if __name__ == "__main__":
    write(HERE)
