#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned81 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned81/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
REMOVE = ["17", "12", "11"]
EXPEL = ["17", "16"]
CRIT = ["11", "12"]
VERDICT = ["17", "11"]

# ---------------------------------------------------------------- cd01 Lilongwe, Africa (Malawi / Britain)
S("cd01", "2011-04-28", "Africa", """
Britain orders Malawi's envoy out after Lilongwe expels high commissioner over leaked cable

LILONGWE, Malawi —

Britain on Wednesday ordered Malawi's acting high commissioner in London to leave the country, a day after Lilongwe expelled the British envoy over a leaked diplomatic cable that described President Bingu wa Mutharika as increasingly autocratic.

Foreign Secretary William Hague called the expulsion of High Commissioner Fergus Cochrane-Dyet "wholly unjustified" and said Britain would review its aid relationship with the southern African country.

Malawi's foreign ministry declared Cochrane-Dyet persona non grata on Tuesday, giving him until the end of the week to leave. In the cable, published by a British newspaper, he was quoted as saying that Mutharika was "becoming ever more autocratic and intolerant of criticism".

Foreign Minister Etta Banda told reporters that the diplomat had insulted the head of state and had refused to apologise. The minister said she had called him to her office on Monday to explain the remarks, and that he had told her he could not discuss a confidential document.

Opposition leaders and church groups in Blantyre accused Mutharika of using the row to distract attention from fuel shortages and a growing crackdown on his critics.

Britain is Malawi's largest bilateral donor and pays a large share of the government's budget.

The government did not say whether other British diplomats would be asked to leave.

Mutharika, a former World Bank economist, won a second five-year term in 2009 with a landslide majority.
""")
GBRG = A("Britain's government", "GBR", "GOV")
MWIG = A("Malawi's government", "MWI", "GOV")
COCHRANE = A("Fergus Cochrane-Dyet", "GBR", "GOV")
BANDA = A("Etta Banda", "MWI", "GOV")
MUTHARIKA = A("Bingu wa Mutharika", "MWI", "GOV")
E("cd01", "Britain orders Malawi's envoy out after", GBRG, A("Malawi's acting high commissioner", "MWI", "GOV"), EXPEL,
  "174", "2011-04", None, False, "headline")
E("cd01", "Lilongwe expels high commissioner over leaked cable", MWIG, COCHRANE, EXPEL, "174", "2011-04", None, False,
  "headline, second event")
E("cd01", "Britain on Wednesday ordered Malawi's acting high", GBRG, A("Malawi's acting high commissioner", "MWI", "GOV"),
  EXPEL, "174", "2011-04-27", None, True, "expelling an envoy 174 (17, 16 also right); 'on Wednesday' before a "
  "Thursday paper; 'in London' names where the envoy serves, not a place of the act in the clause: no place")
E("cd01", "a day after Lilongwe expelled the British", MWIG, COCHRANE, EXPEL, "174", "2011-04-26", None, False,
  "lead summary of the expulsion detailed in the third paragraph: optional; 'Lilongwe' is an actor")
E("cd01", "Foreign Secretary William Hague called the expulsion", A("William Hague", "GBR", "GOV"), MWIG, CRIT, "111",
  "2011-04-27", None, True, "'wholly unjustified': criticism 111 (11, 12 also right); the day the context gives")
E("cd01", "said Britain would review its aid relationship", A("William Hague", "GBR", "GOV"), MWIG, ["13", "16"],
  "1311", "2011-04-27", None, False, "a veiled threat to cut aid 1311 (13, or 16 where coders read a reduction): "
  "second verb of the sentence, optional")
E("cd01", "Malawi's foreign ministry declared Cochrane-Dyet persona non", MWIG, COCHRANE, EXPEL, "174", "2011-04-26",
  None, True, "declaring an envoy persona non grata 174 (17/16); 'on Tuesday' before a Thursday paper")
E("cd01", "Foreign Minister Etta Banda told reporters that", BANDA, COCHRANE, ["11"], "112", "2011-04-26", None, True,
  "accusation of insulting the head of state 112; no day of its own: the day of the expulsion the context gives")
E("cd01", "The minister said she had called him", BANDA, COCHRANE, ["11", "04"], "114", "2011-04-25", None, True,
  "'The minister' = Banda; summoning an envoy to explain 114 (news-dev; 04 where coders read a meeting); 'on "
  "Monday'; 'to her office' names no city")
E("cd01", "and that he had told her he", COCHRANE, BANDA, ["12"], "120", "2011-04-25", None, False,
  "the envoy's refusal to discuss the cable, inside the minister's account: optional")
E("cd01", "Opposition leaders and church groups in Blantyre", A("Malawian opposition leaders", "MWI", ["OPP", "PTY"]),
  MUTHARIKA, ["11"], "112", "2011-04", P("Blantyre", "MWI"), True, "accusation 112; compound subject, first member "
  "required; 'in Blantyre' names the place; no day of its own: month")
E("cd01", "Opposition leaders and church groups in Blantyre", A("Malawian church groups", "MWI", ["REL", "NGO"]),
  MUTHARIKA, ["11"], "112", "2011-04", P("Blantyre", "MWI"), False, "second member of the compound subject: optional")
F("cd01", "The government did not say whether other", "negated statement and a hypothetical expulsion")
F("cd01", "Britain is Malawi's largest bilateral donor and", "standing situation")

# ---------------------------------------------------------------- cd02 Dakar, Africa (Senegal)
S("cd02", "2012-01-29", "Africa", """
Senegal court clears Wade for third term, bars singer N'Dour; policeman killed in Dakar clashes

DAKAR, Senegal —

Senegal's Constitutional Council on Friday cleared President Abdoulaye Wade to seek a third term in next month's election and rejected the candidacy of the singer Youssou N'Dour, ruling that he had not gathered enough valid signatures.

Within hours, hundreds of young protesters hurled stones at riot police near the Obelisk square in the centre of the capital, and the officers answered with tear gas and water cannon.

A policeman was beaten to death by demonstrators in the Colobane district, the interior ministry said. Several protesters were hurt and dozens were detained overnight.

N'Dour, whose songs have made him one of Africa's best-known musicians, on Saturday called the council's decision a "constitutional coup" and vowed to keep campaigning.

The June 23 Movement, an alliance of opposition parties and civil society groups, urged Senegalese to stay in the streets until Wade withdrew.

Wade, 85, told supporters at the presidential palace on Saturday that the unrest was no more than a passing "tantrum" and that he would not step aside.

The United States said last year that Wade should make way for a new generation of leaders, a view the president's aides rejected.

The opposition argues that a two-term limit adopted in 2001 bars Wade from running again; his lawyers say the limit does not apply to his first term.

Senegal has never had a military coup and is often cited as one of the steadiest democracies in West Africa.
""")
SENG = A("Senegal's government", "SEN", "GOV")
COUNCIL = A("Senegal's Constitutional Council", "SEN", "JUD")
WADE = A("Abdoulaye Wade", "SEN", "GOV")
NDOUR = A("Youssou N'Dour", "SEN", ["OPP", "CVL"])
SENPROT = A("Senegalese protesters", "SEN", ["CVL", "OPP"])
SENPOL = A("Senegalese riot police", "SEN", "COP")
E("cd02", "bars singer N'Dour; policeman killed in", COUNCIL, NDOUR, ["12", "17"], "120", "2012-01", None, False,
  "headline")
E("cd02", "rejected the candidacy of the singer Youssou", COUNCIL, NDOUR, ["12", "17"], "120", "2012-01-27", None, True,
  "rejecting a candidacy 120 (12; 17 where coders read an administrative sanction); 'on Friday' before a Sunday "
  "paper; clearing Wade's own candidacy is not coded")
E("cd02", "hundreds of young protesters hurled stones at", SENPROT, SENPOL, VPROT, "145", "2012-01-27",
  P("Dakar", "SEN"), True, "violent protest 145 (14/18/17); 'Within hours' of Friday's ruling; 'in the centre of "
  "the capital' with the dateline = Dakar")
E("cd02", "and the officers answered with tear gas", SENPOL, SENPROT, REPR, "175", "2012-01-27", P("Dakar", "SEN"),
  True, "'the officers' = the riot police; tear gas and water cannon 175 (17/18); same clause chain, Friday")
E("cd02", "A policeman was beaten to death by", SENPROT, SENPOL, ["18"], "1823", "2012-01-27", P("Colobane", "SEN"),
  True, "passive with agent: protesters killing a policeman 1823; reported by the ministry and disputed by nobody; "
  "Friday night; 'in the Colobane district' names the place")
E("cd02", "Several protesters were hurt and dozens were", SENPOL, SENPROT, ["17"], "173", "2012-01-27", None, False,
  "agentless passive detentions: optional (police of the story's country implied)")
E("cd02", "on Saturday called the council's decision a", NDOUR, COUNCIL, ["11"], "111", "2012-01-28", None, True,
  "denunciation 111 ('constitutional coup'); 'on Saturday' before a Sunday paper")
E("cd02", "urged Senegalese to stay in the streets", A("June 23 Movement", "SEN", ["OPP", "NGO"]), WADE, DEMAND, "1041",
  "2012-01", None, False, "a call to protest until Wade withdraws: a demand for a leadership change (10/02) or a "
  "call to protest; no day of its own; optional where coders split")
E("cd02", "told supporters at the presidential palace on", WADE, A("Senegalese protesters", "SEN", ["CVL", "OPP"]),
  CRIT, "120", "2012-01-28", None, True, "dismissing the unrest and refusing to step aside: rejection 120 (12, 11 "
  "where coders read a belittling criticism); 'on Saturday'; the palace names no city")
E("cd02", "The United States said last year that", A("United States government", "USA", "GOV"), WADE, DEMAND,
  "1041", "2011", None, False, "a single outside call for Wade to make way (10/02), 'last year' = 2011: optional")
E("cd02", "a view the president's aides rejected", A("Wade's aides", "SEN", "GOV"),
  A("United States government", "USA", "GOV"), ["12"], "120", "2011", None, False,
  "an undated rejection in a relative clause: optional")
F("cd02", "The opposition argues that a two-term limit", "a standing legal argument; the 2001 adoption is no "
  "act between actors")
F("cd02", "Senegal has never had a military coup", "negated event and standing situation")

# ---------------------------------------------------------------- cd03 Ankara, Middle East (Turkey / Syria)
S("cd03", "1998-10-21", "Middle East", """
Syria agrees to curb Kurdish rebels in deal with Turkey, easing threat of war

ANKARA, Turkey —

Turkish and Syrian officials signed an agreement in the southern city of Adana on Tuesday under which Damascus undertook to stop sheltering Kurdish rebels, defusing a crisis that had brought the neighbours close to war.

Under the accord, Syria is to outlaw the Kurdistan Workers Party (PKK), close its training camps and keep its leader, Abdullah Ocalan, out of Syrian territory, the Turkish Foreign Ministry said.

Prime Minister Mesut Yilmaz welcomed the deal but said Ankara would watch closely whether Damascus kept its word.

The crisis erupted last month, when the army moved thousands of troops and tanks to the Syrian border. On Oct. 1, President Suleyman Demirel told parliament that Turkey's patience had run out and that it reserved the right to retaliate against Syria for years of support for the rebels.

Syrian Foreign Minister Farouk al-Sharaa had accused Ankara of threatening the region's security through its military alliance with Israel.

Egyptian President Hosni Mubarak flew between Damascus and Ankara early this month to calm the two sides, and Iran also offered to mediate.

Turkish officials said that Ocalan, who had lived in Damascus for years, left Syria this month for an unknown destination.

Had Syria refused to act, Turkish generals were ready to strike the rebel camps, diplomats said.

The PKK has fought for Kurdish self-rule in the southeast since 1984, in a conflict that has cost more than 30,000 lives.
""")
TURG = A("Turkey's government", "TUR", "GOV")
SYRG = A("Syria's government", "SYR", "GOV")
PKK = A("Kurdistan Workers Party", "TUR", ["REB", "RAD"])
E("cd03", "Syria agrees to curb Kurdish rebels in", SYRG, TURG, AGREE, "057", "1998-10", None, False, "headline")
E("cd03", "Turkish and Syrian officials signed an agreement", TURG, SYRG, AGREE, "057", "1998-10-20",
  P("Adana", "TUR"), True, "signed agreement 057 (05/03/08); 'in ... Adana' names the place; 'on Tuesday' before a "
  "Wednesday paper; compound subject: first-mentioned direction required")
E("cd03", "Turkish and Syrian officials signed an agreement", SYRG, TURG, AGREE, "057", "1998-10-20",
  P("Adana", "TUR"), False, "reverse direction of the joint signing: optional")
E("cd03", "Under the accord, Syria is to outlaw", SYRG, PKK, ["17", "03"], "172", "1998-10-20", None, False,
  "undertakings against the PKK under the accord: future acts, optional (17 or 03 where coders read the pledge)")
E("cd03", "Prime Minister Mesut Yilmaz welcomed the deal", A("Mesut Yilmaz", "TUR", "GOV"), SYRG, ["05"], "051",
  "1998-10", None, False, "welcoming the deal 051; a statement with a conditional warning: optional")
E("cd03", "when the army moved thousands of troops", A("Turkish army", "TUR", "MIL"), SYRG, ["15"], "152", "1998-09",
  None, True, "troops massed on the border 152 (MOBILIZE); 'last month' in a 'when' clause with its own agent = "
  "September 1998; the army is Turkey's (the dateline's)")
E("cd03", "President Suleyman Demirel told parliament that Turkey's", A("Suleyman Demirel", "TUR", "GOV"), SYRG,
  ["13"], "138", "1998-10-01", None, True, "threat to retaliate 138 (13); 'On Oct. 1'; parliament names no city "
  "in the clause")
E("cd03", "Syrian Foreign Minister Farouk al-Sharaa had accused", A("Farouk al-Sharaa", "SYR", "GOV"), TURG, ["11"],
  "112", "1998-10", None, True, "accusation 112; 'Ankara' is an actor; undated pluperfect during the crisis: month")
E("cd03", "Egyptian President Hosni Mubarak flew between Damascus", A("Hosni Mubarak", "EGY", "GOV"), SYRG, ["04"],
  "045", "1998-10", None, True, "mediation 045 (04); 'early this month'; the capitals stand for the governments, the "
  "first-mentioned required")
E("cd03", "Egyptian President Hosni Mubarak flew between Damascus", A("Hosni Mubarak", "EGY", "GOV"), TURG, ["04"],
  "045", "1998-10", None, False, "mediation with the second capital: optional")
E("cd03", "and Iran also offered to mediate", A("Iran's government", "IRN", "GOV"), TURG, ["03", "04"], "039",
  "1998-10", None, False, "an offer to mediate 039; second clause with no named target: optional")
F("cd03", "Had Syria refused to act, Turkish generals", "hypothetical strike")
F("cd03", "The PKK has fought for Kurdish self-rule", "standing conflict and count")

# ---------------------------------------------------------------- cd04 Kuwait City, Middle East (Kuwait)
S("cd04", "2012-10-30", "Middle East", """
Kuwait detains opposition leader over speech to emir; police tear-gas supporters

KUWAIT CITY, Kuwait —

Kuwaiti prosecutors ordered the detention of opposition leader Musallam al-Barrak on Monday on charges of undermining the status of the emir, over a speech in which he warned the ruler against leading the country into autocracy.

The former member of parliament gave himself up at a police station, followed by hundreds of supporters.

Late on Monday, riot police fired tear gas and stun grenades to disperse about 2,000 people who marched toward the central prison where they believed he was being held.

At a rally on Oct. 15, Barrak addressed Emir Sheikh Sabah al-Ahmad al-Sabah directly, telling him that Kuwaitis would not allow him to take the country "into the abyss of autocracy".

The emir changed the electoral law by decree on Oct. 19, cutting each voter's choices from four candidates to one, a change the opposition says is meant to produce a pliant parliament.

Two days later, police broke up the largest street march in the country's history with tear gas and smoke bombs. Dozens were injured.

The interior ministry last week banned gatherings of more than 20 people without a permit.

In Washington, a State Department spokeswoman urged Kuwait's government to respect the right to peaceful assembly.

Islamist, tribal and liberal opposition groups have said they will boycott the Dec. 1 election.

Kuwait, a major oil exporter and U.S. ally, has the most outspoken elected parliament in the Gulf.

No date has been set for Barrak's trial.
""")
KWTG = A("Kuwait's government", "KWT", "GOV")
BARRAK = A("Musallam al-Barrak", "KWT", ["OPP", "LEG"])
EMIR = A("Sheikh Sabah al-Ahmad al-Sabah", "KWT", "GOV")
KWTPOL = A("Kuwaiti riot police", "KWT", "COP")
KWTPROT = A("Barrak's supporters", "KWT", ["CVL", "OPP"])
E("cd04", "Kuwait detains opposition leader over speech to", A("Kuwaiti prosecutors", "KWT", ["JUD", "GOV"]), BARRAK,
  ["17"], "173", "2012-10", None, False, "headline")
E("cd04", "speech to emir; police tear-gas supporters", KWTPOL, KWTPROT, REPR, "175", "2012-10", None, False,
  "headline, second event")
E("cd04", "Kuwaiti prosecutors ordered the detention of opposition", A("Kuwaiti prosecutors", "KWT", ["JUD", "GOV"]),
  BARRAK, ["17"], "173", "2012-10-29", None, True, "ordered detention 173; 'on Monday' before a Tuesday paper")
E("cd04", "over a speech in which he warned", BARRAK, EMIR, ["13", "11"], "130", "2012-10-15", None, False,
  "lead reference to the Oct. 15 speech detailed in the fourth paragraph: optional")
E("cd04", "riot police fired tear gas and stun", KWTPOL, KWTPROT, REPR, "175", "2012-10-29", None, True,
  "dispersal with tear gas 175 (17/18); 'Late on Monday'; 'the central prison' names no city")
E("cd04", "riot police fired tear gas and stun", KWTPROT, KWTG, ["14"], "141", "2012-10-29", None, False,
  "the march itself, inside a relative clause: optional")
E("cd04", "Barrak addressed Emir Sheikh Sabah al-Ahmad al-Sabah", BARRAK, EMIR, ["13", "11", "12"], "130",
  "2012-10-15", None, True, "a public warning to the ruler 130 (13; 11 or 12 where coders read defiance); 'At a "
  "rally on Oct. 15'")
E("cd04", "a change the opposition says is meant", A("Kuwaiti opposition", "KWT", "OPP"), EMIR, ["11"], "112", "2012-10",
  None, False, "a standing charge in a relative clause: optional; the decree itself has no named target")
E("cd04", "police broke up the largest street march", KWTPOL, A("Kuwaiti protesters", "KWT", ["CVL", "OPP"]), REPR,
  "175", "2012-10-21", None, True, "'Two days later' than Oct. 19 = Oct. 21; police dispersing a march 175")
E("cd04", "The interior ministry last week banned gatherings", A("Kuwait's interior ministry", "KWT", ["GOV", "COP"]),
  A("Kuwaiti opposition", "KWT", "OPP"), ["17"], "172", "2012-10", None, True, "a ban on gatherings 172; 'last "
  "week' with no day: month; the target is the protest movement")
E("cd04", "a State Department spokeswoman urged Kuwait's government", A("United States government", "USA", "GOV"),
  KWTG, DEMAND, "100", "2012-10", P("Washington", "USA"), False, "single outside appeal: optional; 'In "
  "Washington' is where she spoke; no day: month")
E("cd04", "Islamist, tribal and liberal opposition groups have", A("Kuwaiti opposition", "KWT", "OPP"), KWTG, ["14"],
  "143", "2012-10", None, False, "announced boycott 143, a future act: optional")
F("cd04", "Kuwait, a major oil exporter and U.S.", "standing situation")
F("cd04", "No date has been set for Barrak's", "negated act")

# ---------------------------------------------------------------- cd05 Hanoi, Asia (Vietnam / China)
S("cd05", "2011-06-06", "Asia", """
Vietnamese march on Chinese embassy in rare protest over cut survey cables

HANOI, Vietnam —

Several hundred Vietnamese marched toward the Chinese embassy in Hanoi on Sunday, waving flags and chanting slogans against Beijing over a confrontation at sea in which Chinese boats cut the cables of a Vietnamese oil survey ship.

Police watched from the roadside but made no attempt to break up the march.

A smaller crowd gathered outside the Chinese consulate in Ho Chi Minh City, witnesses said.

Hanoi says three Chinese marine surveillance vessels sliced the exploration cables of the Binh Minh 02, a ship chartered by the state oil company PetroVietnam, on May 26 about 120 nautical miles off the central coast, well inside Vietnam's exclusive economic zone.

The foreign ministry lodged a protest with the Chinese ambassador the following day and demanded compensation for the damage.

Beijing rejected the protest two days after the incident. A Chinese foreign ministry spokeswoman said the Vietnamese ship had been operating illegally in Chinese waters and that the action taken by the vessels was completely normal law enforcement.

In Singapore on Sunday, Chinese Defence Minister Liang Guanglie met his Vietnamese counterpart, General Phung Quang Thanh, on the sidelines of a regional security conference. He told delegates that China had no intention of using force in the South China Sea.

Vietnam's authorities rarely tolerate public demonstrations, and organisers had spread word of the march through blogs and social networks.

China, Vietnam and several other countries claim all or part of the Spratly Islands.
""")
VNMG = A("Vietnam's government", "VNM", "GOV")
CHNG = A("China's government", "CHN", "GOV")
VNMPROT = A("Vietnamese protesters", "VNM", "CVL")
LIANG = A("Liang Guanglie", "CHN", ["GOV", "MIL"])
E("cd05", "Vietnamese march on Chinese embassy in rare", VNMPROT, CHNG, ["14"], "141", "2011-06", None, False,
  "headline")
E("cd05", "Several hundred Vietnamese marched toward the Chinese", VNMPROT, CHNG, ["14"], "141", "2011-06-05",
  P("Hanoi", "VNM"), True, "demonstration against a foreign government 141; 'in Hanoi'; 'on Sunday' before a Monday "
  "paper; 'Beijing' is an actor")
E("cd05", "over a confrontation at sea in which", A("Chinese marine surveillance vessels", "CHN", ["GOV", "COP"]),
  A("PetroVietnam", "VNM", ["BUS", "GOV"]), ["17", "18"], "1712", "2011-05-26", None, False,
  "lead summary in a relative clause of the cable-cutting detailed in the fourth paragraph: optional")
E("cd05", "A smaller crowd gathered outside the Chinese", VNMPROT, CHNG, ["14"], "141", "2011-06-05",
  P("Ho Chi Minh City", "VNM"), True, "second demonstration 141; 'in Ho Chi Minh City'; the day the context gives "
  "(Sunday)")
E("cd05", "Hanoi says three Chinese marine surveillance vessels", A("Chinese marine surveillance vessels", "CHN",
  ["GOV", "COP"]), A("PetroVietnam", "VNM", ["BUS", "GOV"]), ["17", "18"], "1712", "2011-05-26", None, True,
  "destroying property 1712 (17, 18 where coders read an attack); reported by Hanoi and not disputed by Beijing, "
  "which called it law enforcement; 'on May 26'; at sea, no place")
E("cd05", "The foreign ministry lodged a protest with", VNMG, CHNG, ["11"], "114", "2011-05-27", None, True,
  "a formal protest to the ambassador 114; 'the following day' = May 27")
E("cd05", "demanded compensation for the damage", VNMG, CHNG, DEMAND, "1012", "2011-05-27", None, False,
  "demand for compensation (10/02), second verb of the sentence: optional")
E("cd05", "Beijing rejected the protest two days after", CHNG, VNMG, ["12"], "120", "2011-05-28", None, True,
  "rejection 120; 'two days after the incident' = May 28; 'Beijing' is an actor")
E("cd05", "said the Vietnamese ship had been operating", A("Chinese foreign ministry spokeswoman", "CHN", "GOV"),
  VNMG, ["11"], "112", "2011-05-28", None, False, "the accusation restates the rejection: optional")
E("cd05", "Chinese Defence Minister Liang Guanglie met his", LIANG, A("Phung Quang Thanh", "VNM", ["GOV", "MIL"]),
  ["04"], "043", "2011-06-05", P("Singapore", "SGP"), True, "a meeting 043 ('A met B' one event); 'In Singapore on "
  "Sunday'")
E("cd05", "He told delegates that China had no", LIANG, VNMG, ["03"], "030", "2011-06-05", P("Singapore", "SGP"),
  False, "'He' = Liang; an assurance of restraint with no named addressee: optional")
F("cd05", "Police watched from the roadside but made", "negated act: the march was not broken up")
F("cd05", "China, Vietnam and several other countries claim", "standing claims")

# ---------------------------------------------------------------- cd06 Colombo, Asia (Sri Lanka)
S("cd06", "2010-02-09", "Asia", """
Sri Lanka arrests defeated candidate Fonseka; opposition calls it an abduction

COLOMBO, Sri Lanka —

Military police arrested former army chief Sarath Fonseka at his office in Colombo on Monday night, two weeks after he lost a presidential election to President Mahinda Rajapaksa.

Opposition lawmakers who were meeting Fonseka said soldiers dragged the retired general from the room as he shouted in protest.

Military spokesman Brigadier Prasad Samarasinghe said on Tuesday that Fonseka would face a court martial for having engaged in politics while still in uniform.

Opposition leader Ranil Wickremesinghe called the arrest an abduction and accused Rajapaksa of taking revenge on the man who had challenged him.

The government has accused Fonseka of plotting to assassinate the president and members of his family, a charge he denies.

The day after the Jan. 26 vote, troops surrounded a Colombo hotel where Fonseka and his aides were staying. He said then that the government wanted him killed.

Rajapaksa dissolved parliament on Tuesday and called a general election for April.

The two men were once allies who shared the credit for the defeat of the Tamil Tiger rebels, but they fell out over who deserved more of it.

In Washington, the State Department urged Colombo to respect due process and the rule of law.

Under military law, a retired officer can be recalled to face a court martial for offences committed while in service.

It was not clear whether Fonseka would be allowed to see his lawyers.
""")
LKAG = A("Sri Lanka's government", "LKA", "GOV")
FONSEKA = A("Sarath Fonseka", "LKA", ["OPP", "MIL"])
RAJAPAKSA = A("Mahinda Rajapaksa", "LKA", "GOV")
MILPOL = A("Sri Lankan military police", "LKA", ["MIL", "COP"])
E("cd06", "Sri Lanka arrests defeated candidate Fonseka; opposition", LKAG, FONSEKA, ["17"], "173", "2010-02", None,
  False, "headline")
E("cd06", "Military police arrested former army chief Sarath", MILPOL, FONSEKA, ["17"], "173", "2010-02-08",
  P("Colombo", "LKA"), True, "arrest 173; 'in Colombo'; 'on Monday night' before a Tuesday paper")
E("cd06", "said soldiers dragged the retired general from", A("Sri Lankan soldiers", "LKA", "MIL"), FONSEKA, ["18", "17"],
  "182", "2010-02-08", None, False, "an act inside the opposition's account: optional")
E("cd06", "Military spokesman Brigadier Prasad Samarasinghe said on", A("Prasad Samarasinghe", "LKA", "MIL"), FONSEKA,
  ["11"], "112", "2010-02-09", None, True, "charge announced (court martial for politics in uniform) 112 (as owned54 "
  "bc06's announced charge); 'on Tuesday' in a Tuesday paper")
E("cd06", "Opposition leader Ranil Wickremesinghe called the arrest", A("Ranil Wickremesinghe", "LKA", ["OPP", "PTY"]),
  RAJAPAKSA, ["11"], "112", "2010-02-09", None, True, "accusation of revenge 112 ('an abduction'); no day of its "
  "own: the day the context gives (Tuesday)")
E("cd06", "The government has accused Fonseka of plotting", LKAG, FONSEKA, ["11"], "112", "2010", None, False,
  "undated present-perfect accusation: optional")
E("cd06", "a charge he denies", FONSEKA, LKAG, DENY, "016", "2010", None, False,
  "a standing denial in a relative clause: optional")
E("cd06", "troops surrounded a Colombo hotel where Fonseka", A("Sri Lankan troops", "LKA", "MIL"), FONSEKA,
  ["17", "19"], "170", "2010-01-27", P("Colombo", "LKA"), True, "troops surrounding a hotel 170 (17/19, as owned78 "
  "ca12); 'The day after the Jan. 26 vote' = Jan. 27; 'a Colombo hotel' names the city")
E("cd06", "He said then that the government wanted", FONSEKA, LKAG, ["11"], "112", "2010-01-27", None, True,
  "'He' = Fonseka; accusation 112; 'then' = Jan. 27")
E("cd06", "Rajapaksa dissolved parliament on Tuesday and called", RAJAPAKSA,
  A("Sri Lanka's parliament", "LKA", "LEG"), ["17"], "172", "2010-02-09", None, True,
  "dissolving the legislature 172 (as owned54 bc11); 'on Tuesday' in a Tuesday paper")
E("cd06", "the State Department urged Colombo to respect", A("United States government", "USA", "GOV"), LKAG,
  DEMAND, "100", "2010-02", P("Washington", "USA"), False, "single outside appeal: optional; 'Colombo' is an actor; "
  "'In Washington' is where it was said")
F("cd06", "Under military law, a retired officer can", "normative statement")
F("cd06", "It was not clear whether Fonseka would", "speculation")

# ---------------------------------------------------------------- cd07 Madrid, Europe (Spain / Morocco)
S("cd07", "2002-07-18", "Europe/Eurasia", """
Spanish troops retake disputed islet from Morocco; Rabat calls it aggression

MADRID, Spain —

Spanish special forces landed by helicopter on the uninhabited islet of Perejil off the Moroccan coast at dawn on Wednesday and detained six Moroccan soldiers who had occupied it last week, the Defence Ministry said.

The soldiers were flown to the Spanish enclave of Ceuta and handed over to Moroccan authorities at the border later in the day.

Morocco condemned the operation as an act of aggression and demanded that Spain pull its troops off the rock at once.

A dozen Moroccan gendarmes set up tents and raised a flag on Perejil on July 11, saying they had been sent to watch for drug smugglers and illegal migrants.

Madrid lodged a formal protest with Rabat the next day and sent navy ships to waters around Ceuta and Melilla, its two enclaves on the North African coast.

The European Union backed Spain, while the Arab League expressed solidarity with Morocco.

Neither government said whether the islet would now be left empty.

U.S. Secretary of State Colin Powell telephoned Prime Minister Jose Maria Aznar and Morocco's foreign minister, Mohamed Benaissa, on Wednesday, and diplomats said Washington was trying to broker a return to the situation before the landing.

Perejil, a rock of about 15 hectares inhabited only by wild goats, lies some 200 metres from the Moroccan shore.

Relations between the neighbours have been strained since Morocco withdrew its ambassador from Madrid last October.
""")
ESPG = A("Spain's government", "ESP", "GOV")
MARG = A("Morocco's government", "MAR", "GOV")
ESPSF = A("Spanish special forces", "ESP", "MIL")
MARSOLD = A("Moroccan soldiers", "MAR", ["MIL", "COP"])
PEREJIL = P("Perejil", "ESP")
E("cd07", "Spanish troops retake disputed islet from Morocco;", ESPSF, MARG, ["19", "17"], "192", "2002-07", None,
  False, "headline")
E("cd07", "Rabat calls it aggression", MARG, ESPG, ["11"], "111", "2002-07", None, False, "headline, second event")
E("cd07", "Spanish special forces landed by helicopter on", ESPSF, MARSOLD, ["17"], "173", "2002-07-17", PEREJIL, True,
  "detention of the soldiers 173; 'at dawn on Wednesday' before a Thursday paper; the islet named in the clause "
  "(held by Spain, claimed by Morocco; the place is the islet)")
E("cd07", "Spanish special forces landed by helicopter on", ESPSF, MARG, ["19", "17"], "192", "2002-07-17", PEREJIL,
  False, "retaking the islet 192 (19, 17 where coders read a seizure): same sentence, optional")
E("cd07", "The soldiers were flown to the Spanish", ESPG, MARG, ["08"], "0841", "2002-07-17", P("Ceuta", "ESP"), False,
  "agentless passive return of the soldiers 0841: optional")
E("cd07", "Morocco condemned the operation as an act", MARG, ESPG, ["11"], "111", "2002-07-17", None, True,
  "condemnation 111; a country named as actor is its government; the day the context gives (Wednesday)")
E("cd07", "demanded that Spain pull its troops off", MARG, ESPG, DEMAND, "1043", "2002-07-17", None, False,
  "demand for withdrawal (10/02), second verb of the sentence: optional")
E("cd07", "A dozen Moroccan gendarmes set up tents", MARSOLD, ESPG, ["19", "17"], "192", "2002-07-11", PEREJIL, True,
  "occupying the islet 192 (19/17); 'on July 11'; dated background; gendarmes MAR with MIL/COP")
E("cd07", "Madrid lodged a formal protest with Rabat", ESPG, MARG, ["11"], "114", "2002-07-12", None, True,
  "formal protest 114; 'Madrid' and 'Rabat' are actors; 'the next day' after July 11 = July 12")
E("cd07", "sent navy ships to waters around Ceuta", ESPG, MARG, ["15"], "150", "2002-07-12", None, False,
  "naval deployment 15, second verb of the sentence: optional")
E("cd07", "The European Union backed Spain, while the", A("European Union", "EUR", "IGO"), ESPG, ["05"], "051",
  "2002-07", None, False, "single outside reaction: optional")
E("cd07", "the Arab League expressed solidarity with Morocco", A("Arab League", None, "IGO"), MARG, ["05"], "051",
  "2002-07", None, False, "single outside reaction: optional")
E("cd07", "U.S. Secretary of State Colin Powell telephoned", A("Colin Powell", "USA", "GOV"),
  A("Jose Maria Aznar", "ESP", "GOV"), ["04"], "041", "2002-07-17", None, True, "telephone talks 041; compound "
  "object, first member required; 'on Wednesday'")
E("cd07", "U.S. Secretary of State Colin Powell telephoned", A("Colin Powell", "USA", "GOV"),
  A("Mohamed Benaissa", "MAR", "GOV"), ["04"], "041", "2002-07-17", None, False,
  "second member of the compound object: optional")
E("cd07", "since Morocco withdrew its ambassador from Madrid", MARG, ESPG, SANCT, "161", "2001-10", None, False,
  "recall of its own ambassador 161, dated background in a 'since' clause; 'last October'; optional because the "
  "sentence is framing")
F("cd07", "Perejil, a rock of about 15 hectares", "standing description and count")
F("cd07", "Neither government said whether the islet would", "negated statement and an open question")

# ---------------------------------------------------------------- cd08 Minsk, Europe (Belarus / United States)
S("cd08", "2008-03-13", "Europe/Eurasia", """
U.S. ambassador leaves Minsk as Belarus presses Washington over oil sanctions

MINSK, Belarus —

U.S. Ambassador Karen Stewart left Belarus on Wednesday, days after the government told her to go home, as a row over American sanctions against the country's biggest petrochemical company deepened.

The foreign ministry had "strongly recommended" last Friday that Stewart return to Washington for consultations. It recalled Belarus's own ambassador, Mikhail Khvostov, from the United States the same day.

On Wednesday ministry spokesman Andrei Popov said Minsk also wanted Washington to cut the number of diplomats at its embassy, and warned that further steps would follow if the sanctions stayed in place.

The U.S. Treasury froze the American assets of the state concern Belneftekhim in November, accusing President Alexander Lukashenko's government of rigging elections and jailing opponents.

In Washington, State Department spokesman Sean McCormack called the Belarusian moves regrettable and said the sanctions would remain until political prisoners were freed, among them the former presidential candidate Alexander Kozulin.

Kozulin was sentenced in 2006 to five and a half years in prison after leading protests against Lukashenko's re-election.

Lukashenko, who has ruled the former Soviet republic since 1994, told officials on Tuesday that Belarus would never beg Washington to lift the sanctions.

Belarus pipes much of Russia's oil and gas exports to Western Europe.

Diplomats said it was unlikely that either side would close its embassy altogether.
""")
BLRG = A("Belarus's government", "BLR", "GOV")
USAG = A("United States government", "USA", "GOV")
STEWART = A("Karen Stewart", "USA", "GOV")
E("cd08", "U.S. ambassador leaves Minsk as Belarus presses", BLRG, USAG, DEMAND, "100", "2008-03", None, False,
  "headline")
E("cd08", "days after the government told her to", BLRG, STEWART, EXPEL, "174", "2008-03-07", None, False,
  "lead summary of the Friday request detailed in the next paragraph: optional")
E("cd08", "The foreign ministry had \"strongly recommended\" last", BLRG, STEWART, EXPEL, "174", "2008-03-07", None,
  True, "telling an ambassador to leave 174 (17/16); 'last Friday' in a Thursday paper = March 7")
E("cd08", "It recalled Belarus's own ambassador, Mikhail Khvostov,", BLRG, USAG, SANCT, "161", "2008-03-07", None,
  True, "'It' = the foreign ministry; recall of its own envoy 161 (16/17); 'the same day'")
E("cd08", "On Wednesday ministry spokesman Andrei Popov said", A("Andrei Popov", "BLR", "GOV"), USAG, DEMAND, "100",
  "2008-03-12", None, True, "demand that the embassy be cut (10/02); 'On Wednesday'; 'Washington' is an actor")
E("cd08", "warned that further steps would follow if", A("Andrei Popov", "BLR", "GOV"), USAG, ["13"], "130",
  "2008-03-12", None, False, "a conditional threat: optional")
E("cd08", "The U.S. Treasury froze the American assets", USAG, A("Belneftekhim", "BLR", ["BUS", "GOV"]), SANCT, "163",
  "2007-11", None, True, "sanctions 163 (16/17); 'in November' before a March paper = 2007; dated background")
E("cd08", "accusing President Alexander Lukashenko's government of rigging", USAG, BLRG, ["11"], "112", "2007-11", None,
  False, "participial accusation: optional")
E("cd08", "State Department spokesman Sean McCormack called the", A("Sean McCormack", "USA", "GOV"), BLRG, CRIT,
  "111", "2008-03-12", P("Washington", "USA"), True, "criticism 111 (11/12); 'In Washington' is where he spoke; "
  "no day of its own: the day the context gives (Wednesday)")
E("cd08", "said the sanctions would remain until political", A("Sean McCormack", "USA", "GOV"), BLRG, DEMAND, "1053",
  "2008-03-12", P("Washington", "USA"), False, "implied demand for the prisoners' release: optional")
E("cd08", "Kozulin was sentenced in 2006 to five", A("Belarusian court", "BLR", "JUD"),
  A("Alexander Kozulin", "BLR", ["OPP", "PTY"]), VERDICT, "173", "2006", None, False,
  "agentless background passive: optional")
E("cd08", "told officials on Tuesday that Belarus would", A("Alexander Lukashenko", "BLR", "GOV"), USAG, ["12"],
  "120", "2008-03-11", None, True, "refusal to seek the lifting of sanctions 120; 'on Tuesday' before a Thursday "
  "paper; 'Washington' is an actor")
F("cd08", "Belarus pipes much of Russia's oil and", "standing situation")
F("cd08", "Diplomats said it was unlikely that either", "speculation")

# ---------------------------------------------------------------- cd09 Caracas, Americas (Venezuela / Colombia)
S("cd09", "2010-07-23", "Americas", """
Chavez breaks ties with Colombia after Bogota accuses Caracas of sheltering rebels

CARACAS, Venezuela —

President Hugo Chavez broke off diplomatic relations with Colombia on Thursday, hours after Bogota presented what it called proof that Colombian guerrillas were operating from camps inside Venezuela.

Speaking at the presidential palace alongside the visiting Argentine football star Diego Maradona, Chavez gave Colombian diplomats 72 hours to leave and put the armed forces on maximum alert along the 2,200-km border.

At a session of the Organization of American States in Washington on Thursday, Colombia's ambassador, Luis Alfonso Hoyos, showed photographs, videos and map coordinates of what he said were 87 camps of the FARC and ELN rebels.

He demanded that Venezuela let an international commission inspect the sites within 30 days.

Venezuela's envoy to the OAS, Roy Chaderton, dismissed the evidence as fabricated and accused Colombia's outgoing president, Alvaro Uribe, of trying to wreck relations before he leaves office.

Chavez said Uribe was capable of ordering an attack on Venezuela in his last days in power.

Colombian President-elect Juan Manuel Santos, who takes office on Aug. 7, declined to comment on the rupture.

Ecuador, which holds the rotating presidency of the Union of South American Nations, called an emergency meeting of the bloc's foreign ministers.

Trade between the neighbours, worth more than $7 billion in 2008, has shrunk sharply.
""")
VENG = A("Venezuela's government", "VEN", "GOV")
COLG = A("Colombia's government", "COL", "GOV")
CHAVEZ = A("Hugo Chavez", "VEN", "GOV")
HOYOS = A("Luis Alfonso Hoyos", "COL", "GOV")
E("cd09", "Chavez breaks ties with Colombia after Bogota", CHAVEZ, COLG, SANCT, "1622", "2010-07", None, False,
  "headline")
E("cd09", "Bogota accuses Caracas of sheltering rebels", COLG, VENG, ["11"], "112", "2010-07", None, False,
  "headline, second event")
E("cd09", "President Hugo Chavez broke off diplomatic relations", CHAVEZ, COLG, SANCT, "1622", "2010-07-22", None,
  True, "breaking relations 1622 (16/17); 'on Thursday' before a Friday paper")
E("cd09", "hours after Bogota presented what it called", COLG, VENG, ["11"], "112", "2010-07-22", None, False,
  "lead summary of the OAS accusation detailed in the third paragraph: optional")
E("cd09", "Chavez gave Colombian diplomats 72 hours to", CHAVEZ, COLG, EXPEL, "174", "2010-07-22", P("Caracas", "VEN"),
  True, "expelling diplomats 174 (17/16); the presidential palace with the dateline = Caracas; Thursday")
E("cd09", "put the armed forces on maximum alert", CHAVEZ, COLG, ["15"], "152", "2010-07-22", None, False,
  "raising military alert 152, second verb of the sentence: optional")
E("cd09", "Colombia's ambassador, Luis Alfonso Hoyos, showed photographs", HOYOS, VENG, ["11"], "112", "2010-07-22",
  P("Washington", "USA"), True, "accusation backed by evidence 112; 'in Washington on Thursday'")
E("cd09", "He demanded that Venezuela let an international", HOYOS, VENG, DEMAND, "100", "2010-07-22", None, True,
  "'He' = Hoyos; demand for inspection (10/02); same session, Thursday")
E("cd09", "Roy Chaderton, dismissed the evidence as fabricated", A("Roy Chaderton", "VEN", "GOV"), COLG, DENY, "016",
  "2010-07-22", None, True, "denial of Colombia's accusation 016 (01/12); same session, Thursday")
E("cd09", "accused Colombia's outgoing president, Alvaro Uribe, of", A("Roy Chaderton", "VEN", "GOV"),
  A("Alvaro Uribe", "COL", "GOV"), ["11"], "112", "2010-07-22", None, True, "accusation 112, its own verb and "
  "target; Thursday")
E("cd09", "Chavez said Uribe was capable of ordering", CHAVEZ, A("Alvaro Uribe", "COL", "GOV"), ["11"], "112",
  "2010-07-22", None, False, "an insinuation about a hypothetical attack: optional")
E("cd09", "called an emergency meeting of the bloc's", A("Ecuador's government", "ECU", "GOV"),
  A("Union of South American Nations", None, "IGO"), ["04"], "040", "2010-07", None, False,
  "convening a meeting, a single outside reaction: optional")
F("cd09", "declined to comment on the rupture", "negated statement")
F("cd09", "Trade between the neighbours, worth more than", "count and standing situation")

# ---------------------------------------------------------------- cd10 Tegucigalpa, Americas (Honduras / Brazil)
S("cd10", "2009-09-23", "Americas", """
Honduran troops tear-gas Zelaya supporters outside Brazilian embassy

TEGUCIGALPA, Honduras —

Soldiers and police fired tear gas and swung batons early on Tuesday to break up thousands of supporters of ousted President Manuel Zelaya who had gathered outside the Brazilian embassy, where he took refuge after slipping back into the country.

Dozens of people were detained and taken to a sports stadium, a human rights group said.

The de facto government of Roberto Micheletti, which took power after troops flew Zelaya into exile on June 28, extended a nationwide curfew on Tuesday and closed the country's airports.

Water, electricity and telephone lines to the embassy were cut for several hours, Brazilian officials said.

Micheletti said Brazil must either hand Zelaya over to face charges of treason and abuse of power or grant him asylum and take him out of the country.

In New York, Brazilian President Luiz Inacio Lula da Silva, who was attending the U.N. General Assembly, warned the Honduran authorities not to enter the embassy.

Speaking by telephone to a local radio station from inside the building, Zelaya accused the army of preparing to storm it, and called on his followers to converge on the capital.

The United States and the European Union have not recognised the Micheletti government.

It is unclear whether foreign governments will accept the result of the presidential election due on Nov. 29.
""")
HNDG = A("Honduras's de facto government", "HND", "GOV")
ZELAYA = A("Manuel Zelaya", "HND", ["GOV", "OPP"])
ZSUPP = A("Zelaya supporters", "HND", ["CVL", "OPP"])
MICHELETTI = A("Roberto Micheletti", "HND", "GOV")
BRAG = A("Brazil's government", "BRA", "GOV")
E("cd10", "Honduran troops tear-gas Zelaya supporters outside Brazilian", A("Honduran troops", "HND", "MIL"), ZSUPP,
  REPR, "175", "2009-09", None, False, "headline")
E("cd10", "Soldiers and police fired tear gas and", A("Honduran soldiers", "HND", "MIL"), ZSUPP, REPR, "175",
  "2009-09-22", None, True, "dispersal with tear gas and batons 175 (17/18); compound subject, first member required; "
  "unnamed troops of the story's country; 'early on Tuesday' before a Wednesday paper; 'outside the Brazilian "
  "embassy' names no city")
E("cd10", "Soldiers and police fired tear gas and", A("Honduran police", "HND", "COP"), ZSUPP, REPR, "175",
  "2009-09-22", None, False, "second member of the compound subject: optional")
E("cd10", "Dozens of people were detained and taken", A("Honduran police", "HND", "COP"), ZSUPP, ["17"], "173",
  "2009-09-22", None, False, "agentless passive detentions inside a rights group's account: optional")
E("cd10", "which took power after troops flew Zelaya", A("Honduran troops", "HND", "MIL"), ZELAYA, ["17", "19"],
  "174", "2009-06-28", None, True, "forcing a president into exile 174 (17, 19 as coups); inside an 'after' clause "
  "with its own agent; 'on June 28'; dated background")
E("cd10", "extended a nationwide curfew on Tuesday and", HNDG, ZSUPP, ["17"], "1723", "2009-09-22", None, True,
  "curfew 1723; 'on Tuesday'; the curfew is aimed at the protests")
E("cd10", "Water, electricity and telephone lines to the", HNDG, BRAG, ["17"], "171", "2009-09-22", None, False,
  "agentless passive cut of utilities: optional")
E("cd10", "Micheletti said Brazil must either hand Zelaya", MICHELETTI, BRAG, DEMAND, "100", "2009-09-22", None, True,
  "demand (10/02) to hand over or grant asylum; a country named as actor is its government; no day of its own: "
  "the day the context gives (Tuesday)")
E("cd10", "warned the Honduran authorities not to enter", A("Luiz Inacio Lula da Silva", "BRA", "GOV"), HNDG, ["13"],
  "130", "2009-09-22", P("New York", "USA"), True, "warning 130; the story turns on the embassy; 'In New York' "
  "where Lula spoke; the day the context gives")
E("cd10", "Zelaya accused the army of preparing to", ZELAYA, A("Honduran army", "HND", "MIL"), ["11"], "112",
  "2009-09-22", None, True, "accusation 112; the day the context gives (Tuesday)")
E("cd10", "and called on his followers to converge", ZELAYA, ZSUPP, ["02", "10"], "020", "2009-09-22", None, False,
  "a call to his own supporters, second verb: optional")
F("cd10", "The United States and the European Union", "negated act (not recognised)")
F("cd10", "It is unclear whether foreign governments will", "speculation about a future vote")

# ---------------------------------------------------------------- cd11 Honiara, Oceania (Solomons / PNG / Australia)
S("cd11", "2006-10-13", "Oceania", """
Australia freezes ministerial contacts with Papua New Guinea over fugitive lawyer's flight

HONIARA, Solomon Islands —

Australia suspended high-level contacts with Papua New Guinea on Thursday after a PNG military aircraft secretly flew Julian Moti, a lawyer wanted in Australia on child sex charges, to the Solomon Islands, where he has been named attorney general.

Foreign Minister Alexander Downer said on Wednesday that Canberra was appalled, and accused Port Moresby of helping a fugitive escape justice despite an Australian extradition request.

PNG police arrested Moti in Port Moresby on Sept. 29 at Australia's request, but he skipped bail and sought refuge in the Solomon Islands' diplomatic mission in the city.

Solomon Islands police detained him on Wednesday for entering the country without proper papers, and he was later released on bail.

Prime Minister Manasseh Sogavare, who expelled Australia's high commissioner, Patrick Cole, last month for interfering in domestic politics, told parliament on Thursday that Canberra was treating the Solomons like a colony.

His PNG counterpart, Sir Michael Somare, denied on Thursday that he had authorised the flight and ordered an inquiry into who had.

About 400 police and soldiers from Australia, New Zealand and Pacific nations have been stationed in the Solomons since 2003 under a regional assistance mission.

Moti, an Australian citizen born in Fiji, says the charges, which relate to events in Vanuatu in 1997, were dropped long ago.

It was not clear on Thursday where he was staying.
""")
AUSG = A("Australia's government", "AUS", "GOV")
PNGG = A("Papua New Guinea's government", "PNG", "GOV")
SLBG = A("Solomon Islands' government", "SLB", "GOV")
MOTI = A("Julian Moti", "SLB", ["GOV", "CVL"])
SOGAVARE = A("Manasseh Sogavare", "SLB", "GOV")
E("cd11", "Australia freezes ministerial contacts with Papua New", AUSG, PNGG, SANCT, "160", "2006-10", None, False,
  "headline")
E("cd11", "Australia suspended high-level contacts with Papua New", AUSG, PNGG, SANCT, "160", "2006-10-12", None, True,
  "reducing relations 160 (16/17); 'on Thursday' before a Friday paper")
E("cd11", "after a PNG military aircraft secretly flew", A("Papua New Guinea Defence Force", "PNG", "MIL"), MOTI,
  ["07", "05"], "070", "2006-10", None, False, "flying a fugitive out, read as help to him: debatable, optional; "
  "undated (the flight was on the night of Oct. 10 but the text gives no day)")
E("cd11", "Foreign Minister Alexander Downer said on Wednesday", A("Alexander Downer", "AUS", "GOV"), PNGG, ["11"],
  "112", "2006-10-11", None, True, "accusation 112; 'Canberra' and 'Port Moresby' are actors; 'on Wednesday'")
E("cd11", "PNG police arrested Moti in Port Moresby", A("Papua New Guinea police", "PNG", "COP"), MOTI, ["17"], "173",
  "2006-09-29", P("Port Moresby", "PNG"), True, "arrest 173; 'on Sept. 29'; 'in Port Moresby'; Moti SLB (the "
  "Solomons' attorney general designate) with GOV/CVL")
E("cd11", "Solomon Islands police detained him on Wednesday", A("Solomon Islands police", "SLB", "COP"), MOTI, ["17"],
  "173", "2006-10-11", None, True, "'him' = Moti; detention 173; 'on Wednesday' before a Friday paper")
E("cd11", "who expelled Australia's high commissioner, Patrick Cole,", SOGAVARE, A("Patrick Cole", "AUS", "GOV"), EXPEL,
  "174", "2006-09", None, True, "expelling an envoy 174 (17/16) inside a relative clause with its own agent; 'last "
  "month' = September 2006")
E("cd11", "told parliament on Thursday that Canberra was", SOGAVARE, AUSG, ["11"], "112", "2006-10-12", None, True,
  "accusation 112 ('like a colony'); 'Canberra' is an actor; parliament names no city in the clause")
E("cd11", "denied on Thursday that he had authorised", A("Michael Somare", "PNG", "GOV"), AUSG, DENY, "016",
  "2006-10-12", None, True, "'His PNG counterpart' = Somare; denial of Australia's accusation 016 (01/12)")
E("cd11", "says the charges, which relate to events", MOTI, AUSG, DENY, "016", "2006", None, False,
  "a standing rebuttal in his own account: optional")
F("cd11", "About 400 police and soldiers from Australia,", "standing deployment and count")
F("cd11", "It was not clear on Thursday where", "speculation")

# ---------------------------------------------------------------- cd12 Port Moresby, Oceania (Papua New Guinea)
S("cd12", "2011-12-15", "Oceania", """
Papua New Guinea left with two prime ministers as parliament defies court over Somare

PORT MORESBY, Papua New Guinea —

Papua New Guinea's parliament suspended Governor-General Michael Ogio on Wednesday, hours after he swore in Sir Michael Somare as prime minister in line with a Supreme Court ruling, leaving the country with two rival governments.

Lawmakers loyal to Peter O'Neill, who was elected prime minister in August while Somare was in a hospital in Singapore, named the speaker, Jeffrey Nape, acting governor-general.

The Supreme Court ruled on Monday that O'Neill's election had been unconstitutional and ordered that Somare be restored to office.

Parliament answered the same day by passing a law that declared Somare's seat vacant, and then voted O'Neill back in by a large majority.

On Wednesday O'Neill told reporters that the court had no power to choose the prime minister and that his government would keep running the country. Police loyal to him guarded parliament and the main government offices.

Somare, 75, accused O'Neill of staging an unlawful seizure of power and urged public servants to obey the ministers he has appointed.

In Canberra, Prime Minister Julia Gillard called on both sides to respect the constitution and avoid violence.

There were no reports of violence on Wednesday night, though crowds of O'Neill supporters remained outside parliament.

Neither man is expected to give way before elections due in the middle of next year.
""")
PNGPARL = A("Papua New Guinea's parliament", "PNG", ["LEG", "GOV"])
ONEILL = A("Peter O'Neill", "PNG", "GOV")
SOMARE = A("Michael Somare", "PNG", ["GOV", "OPP"])
PNGCOURT = A("Papua New Guinea's Supreme Court", "PNG", "JUD")
E("cd12", "parliament defies court over Somare", PNGPARL, PNGCOURT, ["12"], "120", "2011-12", None, False, "headline")
E("cd12", "Papua New Guinea's parliament suspended Governor-General Michael", PNGPARL,
  A("Michael Ogio", "PNG", "GOV"), REMOVE, "172", "2011-12-14", None, True, "removal of an official by a legislature "
  "172 (17/12/11, as owned35 ai10); 'on Wednesday' before a Thursday paper")
E("cd12", "named the speaker, Jeffrey Nape, acting governor-general", A("O'Neill's lawmakers", "PNG", ["LEG", "GOV"]),
  A("Jeffrey Nape", "PNG", ["LEG", "GOV"]), ["05", "03"], "050", "2011-12-14", None, False,
  "an appointment; debatable, optional")
E("cd12", "The Supreme Court ruled on Monday that", PNGCOURT, ONEILL, VERDICT, "172", "2011-12-12", None, True,
  "a court ruling against the sitting premier (17/11, news-dev's court verdicts); 'on Monday' before a Thursday "
  "paper")
E("cd12", "Parliament answered the same day by passing", PNGPARL, SOMARE, REMOVE, "172", "2011-12-12", None, True,
  "declaring Somare's seat vacant 172 (17/12/11); 'the same day' = Monday")
E("cd12", "On Wednesday O'Neill told reporters that the", ONEILL, PNGCOURT, ["12"], "120", "2011-12-14", None, True,
  "rejecting the ruling 120; 'On Wednesday'")
E("cd12", "Police loyal to him guarded parliament and", A("Papua New Guinea police", "PNG", "COP"), SOMARE, ["15", "17"],
  "150", "2011-12-14", None, False, "police posted at buildings: a show of force with no named target, optional")
E("cd12", "accused O'Neill of staging an unlawful seizure", SOMARE, ONEILL, ["11"], "112", "2011-12", None, True,
  "accusation 112; no day of its own: month")
E("cd12", "urged public servants to obey the ministers", SOMARE, A("Papua New Guinea public servants", "PNG", "GOV"),
  ["02", "10"], "020", "2011-12", None, False, "an appeal to officials, second verb: optional")
E("cd12", "Prime Minister Julia Gillard called on both", A("Julia Gillard", "AUS", "GOV"), ONEILL, ["02", "10"], "020",
  "2011-12", P("Canberra", "AUS"), False, "single outside appeal; 'both sides' with O'Neill named first in the "
  "story's act: optional; 'In Canberra' is where she spoke")
F("cd12", "There were no reports of violence on", "negated event")
F("cd12", "Neither man is expected to give way", "speculation")

if __name__ == "__main__":
    write(HERE)
