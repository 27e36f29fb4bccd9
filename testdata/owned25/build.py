#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned25 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned25/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
DEPLOY = ["07", "15"]
MEDIATE = ["04", "03"]
EXPEL = ["16", "17"]
AID = ["07"]

# ---------------------------------------------------------------- j01 Bamako, Africa (Mali)
S("j01", "2020-08-19", "Africa", """
Mali's Keita resigns after mutinous soldiers detain him; neighbours shut borders

BAMAKO, Mali —

President Ibrahim Boubacar Keita announced his resignation shortly before midnight on Tuesday, hours after mutinous soldiers detained him and Prime Minister Boubou Cisse at his residence in Bamako.

The revolt began in the morning at the Kati military camp, about 15 km from the capital, where troops seized weapons and arrested several senior officers. By the afternoon a convoy had driven into the city and surrounded the president's home.

Looking drawn, Keita told state television that he did not want blood to be shed to keep him in office. He also dissolved the government and the National Assembly.

The officers, who call themselves the National Committee for the Salvation of the People, promised elections within a reasonable time. Their spokesman, Colonel-Major Ismael Wague, read the statement and urged Malians to go about their business.

The Economic Community of West African States, which had tried for weeks to mediate between Keita and the protest movement led by the imam Mahmoud Dicko, denounced the coup. The bloc closed its members' borders with Mali, halted financial flows to the country and demanded that Keita be restored.

France and the African Union also condemned the mutiny. In Bamako's Independence Square, supporters of the protest movement cheered the soldiers.

Mali has been fighting jihadist groups in its north since 2012. It was not clear who held command of the new junta.
""")
MLIMUT = A("Malian mutineers", "MLI", ["MIL", "REB"])
KEITA = A("Ibrahim Boubacar Keita", "MLI", "GOV")
ECOWAS = A("ECOWAS", None, ["IGO", "GOV"])
E("j01", "Mali's Keita resigns after mutinous soldiers detain", KEITA, MLIMUT, ["08"], "0832", "2020-08", None, False, "headline")
E("j01", "President Ibrahim Boubacar Keita announced his resignation shortly", KEITA, MLIMUT, ["08"], "0832",
  "2020-08-18", None, True, "resignation under the mutineers' pressure 0832 (owned13 k04 convention), target those who "
  "forced it; Tuesday")
E("j01", "President Ibrahim Boubacar Keita announced his resignation shortly", MLIMUT, KEITA, REPR, "173", "2020-08-18",
  P("Bamako", "MLI"), True, "detention in an 'hours after' clause with its own agent: required; 'at his residence in Bamako'")
E("j01", "President Ibrahim Boubacar Keita announced his resignation shortly", MLIMUT, A("Boubou Cisse", "MLI", "GOV"),
  REPR, "173", "2020-08-18", P("Bamako", "MLI"), False, "second member of the compound object: optional")
E("j01", "The revolt began in the morning at", MLIMUT, A("Malian army", "MLI", "MIL"), REPR, "173", "2020-08-18",
  P("Kati", "MLI"), False, "arrest of senior officers inside a relative clause, unnamed targets: optional")
E("j01", "a convoy had driven into the city", MLIMUT, KEITA, REPR, "171", "2020-08-18", P("Bamako", "MLI"), False,
  "surrounding the home: restatement of the detention: optional")
E("j01", "He also dissolved the government and the", KEITA, A("Mali", "MLI", "GOV"), ["08", "17"], "080", "2020-08-18",
  None, False, "self-directed dissolution: optional")
E("j01", "promised elections within a reasonable time", A("National Committee for the Salvation of the People", "MLI",
  ["MIL", "REB"]), A("Mali", "MLI", None), ["03"], "032", "2020-08", None, False,
  "promise to the country (self-directed): optional")
E("j01", "urged Malians to go about their business", A("Ismael Wague", "MLI", ["MIL", "REB"]),
  A("Malian civilians", "MLI", "CVL"), DEMAND, "020", "2020-08", None, False, "appeal to the public: optional")
E("j01", "Mahmoud Dicko, denounced the coup", ECOWAS, MLIMUT, ["11", "12"], "111", "2020-08", None, True,
  "condemnation by the bloc; 'The Economic Community of West African States' with a relative clause; no day: month")
E("j01", "had tried for weeks to mediate between", ECOWAS, KEITA, MEDIATE, "045", "2020", None, False,
  "background mediation in a relative clause without a date: optional")
E("j01", "The bloc closed its members' borders with", ECOWAS, A("Mali", "MLI", "GOV"), SANCT, "163", "2020-08", None,
  True, "border closure and halt of financial flows: sanctions (16/17); 'The bloc' = ECOWAS")
E("j01", "The bloc closed its members' borders with", ECOWAS, MLIMUT, DEMAND, "1041", "2020-08", None, True,
  "demand that the ousted president be restored: demand for a change of leadership (10/02), target the junta")
E("j01", "France and the African Union also condemned", A("France", "FRA", "GOV"), MLIMUT, ["11", "12"], "111",
  "2020-08", None, False, "outside reaction: optional")
E("j01", "France and the African Union also condemned", A("African Union", None, "IGO"), MLIMUT, ["11", "12"], "111",
  "2020-08", None, False, "second member, outside reaction: optional")
E("j01", "supporters of the protest movement cheered the", A("M5-RFP protest movement", "MLI", ["OPP", "CVL"]), MLIMUT,
  ["05", "01"], "051", "2020-08", P("Bamako", "MLI"), False, "crowd support: optional")
F("j01", "Mali has been fighting jihadist groups in", "standing situation")
F("j01", "It was not clear who held command", "speculation")

# ---------------------------------------------------------------- j02 Cairo, Africa (Ethiopia / Egypt / Sudan)
S("j02", "2020-07-23", "Africa", """
Egypt and Sudan protest as Ethiopia says first filling of Nile dam is done

CAIRO, Egypt —

Egypt demanded on Wednesday that Ethiopia explain how water had begun to collect behind its giant dam on the Blue Nile, a day after Prime Minister Abiy Ahmed declared that the first stage of filling the reservoir was complete.

Abiy made the announcement after a video summit chaired by South Africa's president, Cyril Ramaphosa, the current head of the African Union. The three governments agreed there to keep negotiating a binding deal on how the Grand Ethiopian Renaissance Dam should be filled and run.

Egypt, which draws nearly all of its fresh water from the Nile, accused Addis Ababa of acting alone and warned that it would not accept a fait accompli. Ahmed Hafez, a spokesman for the foreign ministry, said Cairo had asked for urgent clarification.

Sudan said levels at its Roseires dam had dropped sharply within days and that the stations along the river had run short of water. Its irrigation minister, Yasir Abbas, complained that Ethiopia had not shared any data with Khartoum.

Ethiopian officials rejected the criticism. Water Minister Seleshi Bekele said the reservoir had filled with the heavy rains of the season, as planned, and that no downstream country had been harmed.

Washington, which had hosted talks between the three countries earlier in the year, urged them to reach a fair settlement.

The dam is expected to generate more than 5,000 megawatts. Whether the talks would resume soon was unclear.
""")
EGY = A("Egypt", "EGY", "GOV")
ETH = A("Ethiopia", "ETH", "GOV")
SDN = A("Sudan", "SDN", "GOV")
ABIY = A("Abiy Ahmed", "ETH", "GOV")
E("j02", "Egypt and Sudan protest as Ethiopia says", EGY, ETH, ["14", "11", "10"], "140", "2020-07", None, False, "headline")
E("j02", "Egypt demanded on Wednesday that Ethiopia explain", EGY, ETH, DEMAND, "100", "2020-07-22", None, True,
  "demand for an explanation; Wednesday in a Thursday paper")
E("j02", "Abiy made the announcement after a video", A("Cyril Ramaphosa", "ZAF", ["GOV", "IGO"]), ETH, MEDIATE, "045",
  "2020-07-21", None, False, "the summit he chaired: mediation, optional (nominal, in an 'after' phrase)")
E("j02", "The three governments agreed there to keep", ETH, EGY, AGREE, "036", "2020-07-21", None, True,
  "agreement to keep negotiating: 036 (AGREE roots); 'The three governments' = Ethiopia, Egypt, Sudan; first direction "
  "required, the others optional")
E("j02", "The three governments agreed there to keep", EGY, ETH, AGREE, "036", "2020-07-21", None, False,
  "reverse direction: optional")
E("j02", "The three governments agreed there to keep", SDN, ETH, AGREE, "036", "2020-07-21", None, False,
  "third member: optional")
E("j02", "accused Addis Ababa of acting alone and", EGY, ETH, ["11"], "112", "2020-07", None, True,
  "accusation; 'Addis Ababa' = Ethiopia (city as government); no day: month")
E("j02", "accused Addis Ababa of acting alone and", EGY, ETH, ["12", "13"], "130", "2020-07", None, False,
  "'would not accept' a fait accompli: a refusal put as an intention, optional")
E("j02", "said Cairo had asked for urgent clarification", A("Ahmed Hafez", "EGY", "GOV"), ETH, DEMAND, "100", "2020-07",
  None, False, "restatement of the demand by the spokesman: optional")
E("j02", "complained that Ethiopia had not shared any", A("Yasir Abbas", "SDN", "GOV"), ETH, ["11", "14"], "111",
  "2020-07", None, True, "complaint against Ethiopia: criticise 111 (11/14)")
E("j02", "Ethiopian officials rejected the criticism", ETH, EGY, DENY, "120", "2020-07", None, False,
  "rejection of criticism, vague agent and two targets: optional")
E("j02", "Water Minister Seleshi Bekele said the reservoir", A("Seleshi Bekele", "ETH", "GOV"), EGY, DENY, "012",
  "2020-07", None, False, "denial of harm: optional")
E("j02", "urged them to reach a fair settlement", A("United States", "USA", "GOV"), ETH, DEMAND, "1043", "2020-07", None,
  True, "'Washington' = the United States; call for a settlement; 'them' = the three; first member required")
E("j02", "urged them to reach a fair settlement", A("United States", "USA", "GOV"), EGY, DEMAND, "1043", "2020-07", None,
  False, "second member: optional")
E("j02", "had hosted talks between the three countries", A("United States", "USA", "GOV"), ETH, MEDIATE, "045", "2020",
  None, False, "background mediation in a relative clause, 'earlier in the year': optional")
F("j02", "The dam is expected to generate more", "standing situation")
F("j02", "Whether the talks would resume soon was", "speculation")

# ---------------------------------------------------------------- j03 Tehran, Middle East (Iran / Britain)
S("j03", "2009-06-24", "Middle East", """
Iran expels two British diplomats; London retaliates as crackdown goes on

TEHRAN, Iran —

Iran ordered two British diplomats to leave the country on Monday, accusing them of activities incompatible with their status, as the authorities pressed on with a crackdown on protests over the disputed presidential election.

Britain answered on Tuesday by expelling two Iranian diplomats from London. Prime Minister Gordon Brown told parliament that he regretted the step but that Tehran had left him no choice, and he rejected claims that Britain had stirred up the unrest.

Iranian officials have repeatedly blamed foreign media and Western governments, above all Britain, for the street demonstrations that followed the official victory of President Mahmoud Ahmadinejad. The BBC's correspondent, Jon Leyne, was told to leave on Sunday.

Riot police and Basij militiamen fired tear gas and beat demonstrators near Baharestan Square here on Wednesday, witnesses said. Hundreds had gathered in defiance of a warning from the Revolutionary Guards, who threatened to crush any further unrest.

The defeated candidate, Mir Hossein Mousavi, has called for the vote to be annulled. His supporters say dozens of people have been killed since the election, among them Neda Agha-Soltan, a young woman whose death on camera was watched around the world.

The Guardian Council, which oversees elections, said it had found no major irregularities and would not cancel the result.

The European Union summoned Iran's envoys in several capitals to protest. Iran holds the world's second largest reserves of natural gas. It was not clear how long the protests could last.
""")
IRN = A("Iran", "IRN", "GOV")
GBR = A("Britain", "GBR", "GOV")
IRNCOP = A("Iranian security forces", "IRN", ["COP", "MIL"])
IRNPROT = A("Iranian protesters", "IRN", ["CVL", "OPP"])
E("j03", "Iran expels two British diplomats; London retaliates", IRN, GBR, EXPEL, "161", "2009-06", None, False, "headline")
E("j03", "Iran ordered two British diplomats to leave", IRN, GBR, EXPEL, "161", "2009-06-22", None, True,
  "expulsion of diplomats 161 (16/17, as owned's o05); Monday")
E("j03", "Iran ordered two British diplomats to leave", IRN, GBR, ["11"], "112", "2009-06-22", None, False,
  "the accusation carried by the participle: optional second event")
E("j03", "Britain answered on Tuesday by expelling two", GBR, IRN, EXPEL, "161", "2009-06-23", None, True,
  "counter-expulsion; 'answered by expelling'; Tuesday; 'from London' is where they leave from, not a place of the act")
E("j03", "he rejected claims that Britain had stirred", A("Gordon Brown", "GBR", "GOV"), IRN, DENY, "012", "2009-06-23",
  None, True, "denial of the accusation; same speech on Tuesday")
E("j03", "Iranian officials have repeatedly blamed foreign media", IRN, GBR, ["11"], "112", "2009-06", None, False,
  "standing accusation, no date of its own: optional")
E("j03", "was told to leave on Sunday", IRN, A("BBC", "GBR", "MED"), ["17", "16"], "174", "2009-06-21", None, False,
  "agentless passive expulsion of a journalist: optional")
E("j03", "Riot police and Basij militiamen fired tear", IRNCOP, IRNPROT, REPR, "175", "2009-06-24", P("Tehran", "IRN"),
  True, "tear gas and beatings 175 (17/18); 'here' = Tehran; Wednesday in a Wednesday paper; witnesses' account "
  "undisputed")
E("j03", "Hundreds had gathered in defiance of a", IRNPROT, IRN, VPROT, "141", "2009-06-24", P("Tehran", "IRN"), False,
  "the demonstration itself: optional")
E("j03", "who threatened to crush any further unrest", A("Revolutionary Guards", "IRN", "MIL"), IRNPROT, ["13"], "138",
  "2009-06", None, True, "threat of force in a relative clause with its own agent: required; no day: month")
E("j03", "has called for the vote to be", A("Mir Hossein Mousavi", "IRN", ["OPP", "PTY"]), IRN, DEMAND, "1043",
  "2009-06", None, True, "demand to annul the vote; target the authorities")
E("j03", "said it had found no major irregularities", A("Guardian Council", "IRN", ["GOV", "JUD"]),
  A("Mir Hossein Mousavi", "IRN", ["OPP", "PTY"]), ["12"], "1242", "2009-06", None, False,
  "refusal to cancel the result put as 'would not cancel': optional")
E("j03", "The European Union summoned Iran's envoys in", A("European Union", None, "IGO"), IRN, ["11", "14"],
  "114", "2009-06", None, False, "summoning envoys to protest, single outside reaction: optional")
F("j03", "Iran holds the world's second largest reserves", "standing situation")
F("j03", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- j04 Washington, Middle East (Israel / UAE)
S("j04", "2020-08-14", "Middle East", """
Israel and UAE agree to normalise ties; Palestinians recall envoy in protest

WASHINGTON, United States —

Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations in a deal brokered by President Donald Trump, who announced it from the Oval Office after a telephone call with the leaders of both countries.

Under the accord, Israel will suspend its plan to annex parts of the occupied West Bank, according to a joint statement. Delegations are to meet in the coming weeks to sign agreements on investment, tourism, direct flights and security.

Prime Minister Benjamin Netanyahu called it a historic day, while Abu Dhabi's crown prince, Mohammed bin Zayed, wrote that the two sides had agreed on a roadmap toward bilateral relations.

The Palestinian leadership denounced the agreement as a betrayal of Jerusalem and of the Palestinian cause. President Mahmoud Abbas recalled the Palestinian ambassador to the Emirates, according to his spokesman, Nabil Abu Rudeineh.

Iran called the deal an act of strategic stupidity. Turkey's foreign ministry accused the Emiratis of betraying the Palestinians, and President Tayyip Erdogan said Ankara might suspend relations with Abu Dhabi.

Egypt's president, Abdel Fattah al-Sisi, welcomed the step, as did Bahrain and Oman.

Netanyahu told reporters hours later that annexation was only delayed and remained on the table. His remarks drew an angry reply from settler leaders, who had lobbied for months for the plan.

The Emirates become the third Arab state to have ties with Israel. It was not clear which country might follow.
""")
ISR = A("Israel", "ISR", "GOV")
ARE = A("United Arab Emirates", "ARE", "GOV")
TRUMP = A("Donald Trump", "USA", "GOV")
PSE = A("Palestinian Authority", "PSE", "GOV")
E("j04", "Israel and UAE agree to normalise ties", ISR, ARE, AGREE, "057", "2020-08", None, False, "headline")
E("j04", "Israel and the United Arab Emirates agreed", ISR, ARE, AGREE, "057", "2020-08-13", None, True,
  "agreement to establish relations: formal agreement 057 (AGREE roots); Thursday; first direction required")
E("j04", "Israel and the United Arab Emirates agreed", ARE, ISR, AGREE, "057", "2020-08-13", None, False,
  "reverse direction: optional")
E("j04", "Israel and the United Arab Emirates agreed", TRUMP, ISR, MEDIATE, "045", "2020-08-13", None, True,
  "'brokered by President Donald Trump': mediation 045 (04/03), first party required")
E("j04", "Israel and the United Arab Emirates agreed", TRUMP, ARE, MEDIATE, "045", "2020-08-13", None, False,
  "mediation toward the second party: optional")
E("j04", "Israel will suspend its plan to annex", ISR, PSE, ["08", "03"], "080", "2020-08", None, False,
  "promised suspension of annexation, reported from the statement: optional")
E("j04", "Delegations are to meet in the coming", ISR, ARE, ["04", "03"], "036", "2020-08", None, False,
  "planned meeting: intention, optional")
E("j04", "The Palestinian leadership denounced the agreement as", PSE, ARE, ["11", "12"], "111", "2020-08", None, True,
  "condemnation; target the partner the Palestinians blame (the UAE); no day of its own: month")
E("j04", "President Mahmoud Abbas recalled the Palestinian ambassador", A("Mahmoud Abbas", "PSE", "GOV"), ARE, SANCT, "161",
  "2020-08", None, True, "recall of own envoy 161 (owned13 k07 convention); 'according to his spokesman'")
E("j04", "Iran called the deal an act of", IRN, ARE, ["11", "12"], "111", "2020-08", None, False, "outside reaction: optional")
E("j04", "Turkey's foreign ministry accused the Emiratis of", A("Turkey", "TUR", "GOV"), ARE, ["11"], "112", "2020-08",
  None, True, "accusation of betrayal; 'the Emiratis' = the UAE")
E("j04", "Turkey's foreign ministry accused the Emiratis of", A("Tayyip Erdogan", "TUR", "GOV"), ARE, ["13", "16"], "1313",
  "2020-08", None, False, "'might suspend relations': threat to reduce relations, hedged: optional")
E("j04", "Abdel Fattah al-Sisi, welcomed the step, as", A("Abdel Fattah al-Sisi", "EGY", "GOV"), ISR, ["05", "01"], "051",
  "2020-08", None, False, "praise, outside reaction: optional")
E("j04", "His remarks drew an angry reply from", A("Israeli settler leaders", "ISR", ["CVL", "RAD"]),
  A("Benjamin Netanyahu", "ISR", "GOV"), ["11", "14"], "111", "2020-08", None, False, "criticism in a nominal: optional")
F("j04", "The Emirates become the third Arab state", "standing situation")
F("j04", "It was not clear which country might", "speculation")

# ---------------------------------------------------------------- j05 Hong Kong, Asia (China)
S("j05", "2014-09-29", "Asia", """
Hong Kong police fire tear gas at democracy protesters; crowds swell

HONG KONG, China —

Riot police fired tear gas and pepper spray at thousands of pro-democracy protesters who had blocked a main road outside government headquarters on Sunday, in the worst unrest the city has seen since its return to Chinese rule.

The crowds did not disperse. By Monday morning tens of thousands of people had occupied streets in Admiralty, Causeway Bay and Mong Kok, many of them students carrying umbrellas to shield themselves from the spray.

The protesters are demanding that Beijing withdraw its decision to screen candidates for the 2017 election of the city's leader. Benny Tai, a law professor who co-founded the Occupy Central movement, launched the civil disobedience campaign early on Sunday and called on Chief Executive Leung Chun-ying to resign.

Leung appealed to demonstrators to go home and said the police had used minimum force. The government later withdrew the riot squads from the streets, saying the crowds had calmed.

Joshua Wong, a 17-year-old student leader, was released without charge on Sunday evening after police held him for more than 40 hours. He had been arrested when students climbed into a fenced forecourt of the government complex on Friday.

China's foreign ministry warned foreign governments not to meddle in the city's affairs. The White House urged the Hong Kong authorities to show restraint.

Hong Kong is home to more than seven million people. It was not clear how the authorities would clear the roads.
""")
HKCOP = A("Hong Kong police", "HKG", "COP")
HKPROT = A("Hong Kong protesters", "HKG", ["CVL", "OPP"])
HKGOV = A("Hong Kong government", "HKG", "GOV")
LEUNG = A("Leung Chun-ying", "HKG", "GOV")
E("j05", "Hong Kong police fire tear gas at", HKCOP, HKPROT, REPR, "175", "2014-09", P("Hong Kong", "HKG"), False, "headline")
E("j05", "Riot police fired tear gas and pepper", HKCOP, HKPROT, REPR, "175", "2014-09-28", P("Hong Kong", "HKG"), True,
  "tear gas and pepper spray 175 (17/18); Sunday; 'outside government headquarters' in the dateline city")
E("j05", "who had blocked a main road outside", HKPROT, HKGOV, VPROT, "1441", "2014-09-28", P("Hong Kong", "HKG"), False,
  "blockade in a relative clause: optional")
E("j05", "had occupied streets in Admiralty, Causeway Bay", HKPROT, HKGOV, VPROT, "1441", "2014-09-29",
  P("Hong Kong", "HKG"), True, "occupation of streets: obstruct/blockade 1441 (VPROT roots); Monday; city districts give "
  "no place beyond Hong Kong")
E("j05", "The protesters are demanding that Beijing withdraw", HKPROT, A("China", "CHN", "GOV"), DEMAND, "1043",
  "2014-09", None, False, "standing demand, present progressive: optional")
E("j05", "launched the civil disobedience campaign early on", A("Benny Tai", "HKG", ["CVL", "OPP"]), HKGOV, VPROT, "140",
  "2014-09-28", None, False, "launch of the campaign: optional (protest summarised)")
E("j05", "launched the civil disobedience campaign early on", A("Benny Tai", "HKG", ["CVL", "OPP"]), LEUNG, DEMAND,
  "1041", "2014-09-28", None, True, "'called on ... to resign': demand for a change of leadership; same Sunday")
E("j05", "Leung appealed to demonstrators to go home", LEUNG, HKPROT, DEMAND, "020", "2014-09", None, True,
  "appeal to disperse (10/02); no day: month")
E("j05", "Leung appealed to demonstrators to go home", LEUNG, HKPROT, DENY, "012", "2014-09", None, False,
  "denial of excessive force: optional")
E("j05", "The government later withdrew the riot squads", HKGOV, HKPROT, ["08"], "0874", "2014-09", None, True,
  "withdrawal of riot police from the streets: retreat 0874 (08)")
E("j05", "was released without charge on Sunday evening", HKCOP, A("Joshua Wong", "HKG", ["CVL", "OPP"]), ["08", "07"],
  "0841", "2014-09-28", None, False, "agentless passive release: optional")
E("j05", "He had been arrested when students climbed", HKCOP, A("Joshua Wong", "HKG", ["CVL", "OPP"]), REPR, "173",
  "2014-09-26", None, False, "agentless passive arrest on Friday: optional")
E("j05", "China's foreign ministry warned foreign governments not", A("China", "CHN", "GOV"), None, ["13", "11"], "130",
  "2014-09", None, False, "warning to unnamed governments: optional")
E("j05", "The White House urged the Hong Kong", A("United States", "USA", "GOV"), HKGOV, DEMAND, "1043", "2014-09", None,
  True, "call for restraint; 'The White House' = the U.S. government")
F("j05", "Hong Kong is home to more than", "standing situation")
F("j05", "It was not clear how the authorities", "speculation")

# ---------------------------------------------------------------- j06 Tokyo, Asia (China / Japan / U.S.)
S("j06", "2013-11-27", "Asia", """
U.S. bombers fly through China's new air zone; Japan protests to Beijing

TOKYO, Japan —

Two unarmed U.S. B-52 bombers flew through an air defence zone that China declared over the East China Sea at the weekend, ignoring Beijing's demand that aircraft identify themselves and follow its orders, the Pentagon said on Tuesday.

China announced the zone on Saturday and said its armed forces would take defensive emergency measures against aircraft that did not comply. It covers islands that Japan controls and calls the Senkakus, and that China claims as the Diaoyu.

Japan lodged a protest with China's ambassador, Cheng Yonghua, and Prime Minister Shinzo Abe told parliament that the zone had no validity. Japan Airlines and All Nippon Airways, which had begun filing flight plans with Chinese authorities, stopped doing so on Wednesday at the government's request.

Beijing summoned Japan's ambassador, Masato Kitera, to rebut the complaint and accused Tokyo of making irresponsible remarks. A Chinese defence ministry spokesman, Yang Yujun, said the zone was not aimed at any particular country.

U.S. Defence Secretary Chuck Hagel called the declaration a destabilising attempt to alter the status quo in the region and said Washington remained committed to defending Japan. South Korea, whose own claims overlap the zone, also expressed regret.

China's defence ministry said on Wednesday that it had monitored the flight of the bombers from start to finish.

The islands are uninhabited. It was not clear whether China would try to enforce the zone.
""")
CHN = A("China", "CHN", "GOV")
JPN = A("Japan", "JPN", "GOV")
USAM = A("U.S. Air Force", "USA", "MIL")
E("j06", "U.S. bombers fly through China's new air", USAM, CHN, ["13", "15"], "150", "2013-11", None, False, "headline")
E("j06", "Two unarmed U.S. B-52 bombers flew through", USAM, CHN, ["15", "13"], "150", "2013-11-26", None, True,
  "flight through the zone in defiance: military show of force 150 (15/13); reported on Tuesday")
E("j06", "Two unarmed U.S. B-52 bombers flew through", CHN, JPN, ["15", "13"], "150", "2013-11-23", None, False,
  "the declaration of the zone in a relative clause: restated in the next paragraph, optional here")
E("j06", "China announced the zone on Saturday and", CHN, JPN, ["13"], "138", "2013-11-23", None, True,
  "threat of 'defensive emergency measures' against aircraft; target Japan, whose islands it covers; Saturday")
E("j06", "Japan lodged a protest with China's ambassador", JPN, CHN, ["11", "14"], "114", "2013-11", None, True,
  "formal protest handed to the ambassador 114 (11/14); no day: month")
E("j06", "Japan lodged a protest with China's ambassador", A("Shinzo Abe", "JPN", "GOV"), CHN, DENY, "120", "2013-11",
  None, False, "Abe's rejection of the zone: second clause, optional")
E("j06", "stopped doing so on Wednesday at the", A("Japanese airlines", "JPN", "BUS"), CHN, ["16"], "160", "2013-11-27",
  None, False, "airlines stop filing plans: optional")
E("j06", "Beijing summoned Japan's ambassador, Masato Kitera, to", CHN, JPN, ["11", "14"], "114", "2013-11", None, True,
  "summons to rebut the complaint: formal complaint 114 (11/14); 'Beijing' = China")
E("j06", "Beijing summoned Japan's ambassador, Masato Kitera, to", CHN, JPN, ["11"], "112", "2013-11", None, False,
  "accusation of irresponsible remarks, second verb: optional")
E("j06", "called the declaration a destabilising attempt to", A("Chuck Hagel", "USA", "GOV"), CHN, ["11", "12"], "111",
  "2013-11", None, True, "criticism of the declaration")
E("j06", "called the declaration a destabilising attempt to", A("Chuck Hagel", "USA", "GOV"), JPN, ["05", "03"], "0312",
  "2013-11", None, False, "reaffirmed commitment to defend Japan: optional")
E("j06", "South Korea, whose own claims overlap the", A("South Korea", "KOR", "GOV"), CHN, ["11", "12"], "111", "2013-11",
  None, False, "outside regret: optional")
F("j06", "The islands are uninhabited", "standing situation")
F("j06", "It was not clear whether China would", "speculation")

# ---------------------------------------------------------------- j07 Kyiv, Europe/Eurasia (Russia / Ukraine)
S("j07", "2022-02-25", "Europe/Eurasia", """
Russia invades Ukraine from three sides; Kyiv cuts ties with Moscow

KYIV, Ukraine —

Russian forces invaded Ukraine from the north, east and south on Thursday after President Vladimir Putin announced what he called a special military operation in a televised address before dawn.

Missiles and air strikes hit airfields, command posts and arms depots across the country, including targets near the capital and the eastern city of Kharkiv, Ukraine's interior ministry said. Columns of armoured vehicles crossed the border from Belarus and from Crimea, according to the state border guard service.

President Volodymyr Zelenskiy declared martial law and announced that Ukraine was breaking off diplomatic relations with Russia. He later ordered a general mobilisation and urged citizens who could hold weapons to defend the country.

Foreign Minister Dmytro Kuleba called the attack a full-scale invasion and appealed to Western governments to cut Russia off from the global financial system. In the evening, Russian troops captured the abandoned Chernobyl nuclear plant after a battle with the guards, an adviser to the president, Mykhailo Podolyak, said.

Kremlin spokesman Dmitry Peskov said the aim was to demilitarise Ukraine and denied that Moscow planned to occupy it.

President Joe Biden, speaking at the White House, condemned an unprovoked attack and announced sanctions on Russia's largest banks and curbs on technology exports. The European Union and Britain imposed measures of their own.

Thousands of people jammed the roads west of the capital here and sheltered in metro stations overnight. It was not clear how far the Russian columns had advanced by nightfall.
""")
RUS = A("Russia", "RUS", "GOV")
RUSM = A("Russian armed forces", "RUS", "MIL")
UKR = A("Ukraine", "UKR", "GOV")
ZEL = A("Volodymyr Zelenskiy", "UKR", "GOV")
E("j07", "Russia invades Ukraine from three sides; Kyiv", RUSM, UKR, FORCE, "190", "2022-02", None, False, "headline")
E("j07", "Russian forces invaded Ukraine from the north", RUSM, UKR, FORCE, "190", "2022-02-24", None, True,
  "invasion: military force 190 (19/18); Thursday")
E("j07", "Russian forces invaded Ukraine from the north", A("Vladimir Putin", "RUS", "GOV"), UKR, FORCE, "190",
  "2022-02-24", None, False, "the announced operation in an 'after' clause: restates the invasion, optional")
E("j07", "Missiles and air strikes hit airfields, command", RUSM, UKR, ATTACK, "195", "2022-02-24", None, True,
  "missile and air strikes 195; no agent named but the story's attacker is undisputed; several places, none single")
E("j07", "Columns of armoured vehicles crossed the border", RUSM, UKR, FORCE, "190", "2022-02-24", None, False,
  "border crossing, restatement of the invasion: optional")
E("j07", "declared martial law and announced that Ukraine", ZEL, A("Ukraine", "UKR", None), COUP, "1724", "2022-02-24",
  None, False, "martial law at home, self-directed: optional")
E("j07", "declared martial law and announced that Ukraine", UKR, RUS, SANCT, "161", "2022-02-24", None, True,
  "breaking off diplomatic relations 161 (16/17); announced by the president; Thursday")
E("j07", "He later ordered a general mobilisation and", ZEL, RUS, ["15"], "150", "2022-02-24", None, False,
  "mobilisation, no named target: optional")
E("j07", "called the attack a full-scale invasion and", A("Dmytro Kuleba", "UKR", "GOV"), A("Western governments", None,
  "GOV"), DEMAND, "1031", "2022-02-24", None, True, "appeal for economic sanctions on Russia: request 10/02; target the "
  "Western governments (null country, as owned13's 'the Western powers')")
E("j07", "Russian troops captured the abandoned Chernobyl nuclear", RUSM, UKR, FORCE, "192", "2022-02-24",
  P("Chernobyl", "UKR"), True, "capture of a site after a battle 192 (19/18); 'In the evening'; Podolyak's account "
  "undisputed")
E("j07", "denied that Moscow planned to occupy it", A("Dmitry Peskov", "RUS", "GOV"), UKR, DENY, "012", "2022-02", None,
  False, "denial by the spokesman: optional")
E("j07", "condemned an unprovoked attack and announced sanctions", A("Joe Biden", "USA", "GOV"), RUS, ["11", "12"], "111",
  "2022-02", None, True, "condemnation; no day of its own: month")
E("j07", "condemned an unprovoked attack and announced sanctions", A("Joe Biden", "USA", "GOV"), RUS, SANCT, "163",
  "2022-02", None, True, "sanctions on banks and export curbs 163 (16/17); second verb with its own object: required")
E("j07", "The European Union and Britain imposed measures", A("European Union", None, "IGO"), RUS, SANCT, "163", "2022-02",
  None, False, "outside measures, unspecified: optional")
F("j07", "Thousands of people jammed the roads west", "standing situation (flight, no actor-to-actor event)")
F("j07", "It was not clear how far the", "speculation")

# ---------------------------------------------------------------- j08 Athens, Europe/Eurasia (Greece / Macedonia)
S("j08", "2018-06-18", "Europe/Eurasia", """
Greece and Macedonia sign name deal at lake border; police fire tear gas at protesters

ATHENS, Greece —

The foreign ministers of Greece and Macedonia signed an agreement on Sunday under which the former Yugoslav republic will be renamed the Republic of North Macedonia, ending a dispute that has soured relations between the neighbours since 1991.

Nikos Kotzias and Nikola Dimitrov put their names to the accord in the Greek lakeside village of Psarades, on Lake Prespa, watched by Prime Ministers Alexis Tsipras and Zoran Zaev. The two men then crossed the border to share lunch on the Macedonian side.

In return Athens will lift its veto on its neighbour's bid to join NATO and the European Union. Matthew Nimetz, the U.N. envoy who has mediated the talks for more than two decades, praised both leaders for their courage.

A few kilometres away, riot police fired tear gas and stun grenades at several hundred demonstrators who tried to break through a cordon near the village of Pisoderi. Protesters in northern Greece say any use of the name Macedonia amounts to a theft of Greek history.

In Skopje, President Gjorge Ivanov has said he will refuse to sign the deal, which must still be ratified by the Macedonian parliament and approved in a referendum.

On Saturday, Tsipras survived a vote of no confidence brought by the conservative New Democracy party, whose leader, Kyriakos Mitsotakis, accused him of giving away a national symbol.

Macedonia has about two million people. It was not clear when the referendum would be held.
""")
GRC = A("Greece", "GRC", "GOV")
MKD = A("Macedonia", "MKD", "GOV")
E("j08", "Greece and Macedonia sign name deal at", GRC, MKD, AGREE, "057", "2018-06", None, False, "headline")
E("j08", "The foreign ministers of Greece and Macedonia", A("Nikos Kotzias", "GRC", "GOV"), MKD, AGREE, "057",
  "2018-06-17", None, True, "signed agreement 057 (AGREE roots); 'The foreign ministers of Greece and "
  "Macedonia' = Kotzias and Dimitrov, first member required; Sunday; Psarades is named only in the next sentence, so "
  "no place here")
E("j08", "The foreign ministers of Greece and Macedonia", A("Nikola Dimitrov", "MKD", "GOV"), GRC, AGREE, "057",
  "2018-06-17", None, False, "reverse direction: optional")
E("j08", "Nikos Kotzias and Nikola Dimitrov put their", A("Nikos Kotzias", "GRC", "GOV"), MKD, AGREE, "057", "2018-06-17",
  P("Psarades", "GRC"), False, "restatement of the signing with its place: optional")
E("j08", "The two men then crossed the border", A("Alexis Tsipras", "GRC", "GOV"), A("Zoran Zaev", "MKD", "GOV"),
  ["04"], "042", "2018-06-17", None, True, "a visit across the border for a shared meal: make a visit 042; 'The two "
  "men' = Tsipras and Zaev")
E("j08", "In return Athens will lift its veto", GRC, MKD, ["08", "03"], "081", "2018-06", None, False,
  "promised lifting of the veto: future, optional")
E("j08", "praised both leaders for their courage", A("Matthew Nimetz", "UNO", "IGO"), A("Alexis Tsipras", "GRC", "GOV"),
  ["05", "01"], "051", "2018-06", None, False, "praise, outside reaction: optional")
E("j08", "praised both leaders for their courage", A("Matthew Nimetz", "UNO", "IGO"), GRC, MEDIATE, "045", "2018",
  None, False, "background mediation in a relative clause: optional")
E("j08", "riot police fired tear gas and stun", A("Greek police", "GRC", "COP"), A("Greek protesters", "GRC", ["CVL",
  "OPP"]), REPR, "175", "2018-06-17", P("Pisoderi", "GRC"), True, "tear gas and stun grenades 175 (17/18); same Sunday; "
  "'near the village of Pisoderi'")
E("j08", "has said he will refuse to sign", A("Gjorge Ivanov", "MKD", "GOV"), GRC, ["12"], "120", "2018-06", None, False,
  "a refusal put as an intention ('will refuse'): optional")
E("j08", "Tsipras survived a vote of no confidence", A("New Democracy", "GRC", ["OPP", "PTY"]),
  A("Alexis Tsipras", "GRC", "GOV"), ["11", "12"], "111", "2018-06-16", None, False,
  "the no-confidence motion in a nominal: optional")
E("j08", "accused him of giving away a national", A("Kyriakos Mitsotakis", "GRC", ["OPP", "PTY"]),
  A("Alexis Tsipras", "GRC", "GOV"), ["11"], "112", "2018-06", None, True,
  "accusation in a relative clause with its own agent; 'him' = Tsipras; no day: month")
F("j08", "Macedonia has about two million people", "standing situation")
F("j08", "It was not clear when the referendum", "speculation")

# ---------------------------------------------------------------- j09 Brasilia, Americas (Brazil)
S("j09", "2023-01-09", "Americas", """
Bolsonaro supporters storm Brazil's Congress, court and palace; Lula orders federal takeover of security

BRASILIA, Brazil —

Thousands of supporters of former President Jair Bolsonaro stormed Congress, the Supreme Court and the presidential palace here on Sunday, smashing windows and furniture in a bid to overturn his election defeat a week after President Luiz Inacio Lula da Silva took office.

Lula, who was visiting a flooded town in Sao Paulo state, decreed a federal intervention in the capital's security forces until the end of the month and called the rioters fascist fanatics. He accused the police of the Federal District of letting the crowds through.

Soldiers and riot police cleared the three buildings by nightfall, firing tear gas and stun grenades, and detained about 400 people. The protest camp outside army headquarters, where many of the rioters had lived since the election, was dismantled on Monday and more than 1,200 people were taken away by bus.

Supreme Court Justice Alexandre de Moraes suspended the governor of the Federal District, Ibaneis Rocha, for 90 days, saying his security officials had failed to stop the attack. Rocha had earlier fired his security secretary, Anderson Torres, a former justice minister under Bolsonaro.

Bolsonaro, who flew to Florida before the inauguration, wrote that peaceful protest was part of democracy but that the invasion of public buildings crossed the line. He denied any responsibility.

U.S. President Joe Biden condemned the assault on democracy. Brazil has more than 200 million people. It was not clear who had paid for the buses that brought the rioters.
""")
BOLSUP = A("Bolsonaro supporters", "BRA", ["CVL", "OPP"])
LULA = A("Luiz Inacio Lula da Silva", "BRA", "GOV")
BRAGOV = A("Brazil", "BRA", "GOV")
BRACOP = A("Brazilian security forces", "BRA", ["COP", "MIL"])
E("j09", "Bolsonaro supporters storm Brazil's Congress, court and", BOLSUP, BRAGOV, VPROT, "145", "2023-01", None, False,
  "headline")
E("j09", "Thousands of supporters of former President Jair", BOLSUP, BRAGOV, VPROT, "145", "2023-01-08",
  P("Brasilia", "BRA"), True, "storming and wrecking public buildings: violent protest 145 (VPROT roots); 'here' = "
  "Brasilia; Sunday; the three buildings are one event on the state")
E("j09", "decreed a federal intervention in the capital's", LULA, A("Federal District government", "BRA", "GOV"), SANCT,
  "172", "2023-01-08", None, True, "federal takeover of the district's security: impose administrative sanctions 172 "
  "(17/16); same Sunday")
E("j09", "decreed a federal intervention in the capital's", LULA, BOLSUP, ["11"], "112", "2023-01-08", None, False,
  "name-calling of the rioters, second verb: optional")
E("j09", "He accused the police of the Federal", LULA, A("Federal District police", "BRA", "COP"), ["11"], "112",
  "2023-01", None, True, "accusation; 'He' = Lula; no day of its own: month")
E("j09", "Soldiers and riot police cleared the three", BRACOP, BOLSUP, REPR, "175", "2023-01-08", P("Brasilia", "BRA"),
  True, "clearing with tear gas and stun grenades 175 (17/18); 'by nightfall'")
E("j09", "Soldiers and riot police cleared the three", BRACOP, BOLSUP, REPR, "173", "2023-01-08", P("Brasilia", "BRA"),
  True, "detention of about 400, second verb with its own object: required")
E("j09", "The protest camp outside army headquarters, where", BRACOP, BOLSUP, REPR, "173", "2023-01-09",
  P("Brasilia", "BRA"), False, "agentless passives (dismantled, taken away): optional")
E("j09", "suspended the governor of the Federal District", A("Alexandre de Moraes", "BRA", "JUD"),
  A("Ibaneis Rocha", "BRA", "GOV"), SANCT, "172", "2023-01", None, True,
  "court suspension of a governor: 172 (17/16); no day: month")
E("j09", "Rocha had earlier fired his security secretary", A("Ibaneis Rocha", "BRA", "GOV"),
  A("Anderson Torres", "BRA", "GOV"), SANCT, "172", "2023-01", None, False, "firing one's own official: optional")
E("j09", "He denied any responsibility", A("Jair Bolsonaro", "BRA", ["OPP", "PTY"]), LULA, DENY, "012", "2023-01", None,
  False, "denial of responsibility, no accuser named: optional")
E("j09", "Joe Biden condemned the assault on democracy", A("Joe Biden", "USA", "GOV"), BOLSUP, ["11", "12"], "111",
  "2023-01", None, False, "single outside reaction: optional")
F("j09", "Brazil has more than 200 million people", "standing situation")
F("j09", "It was not clear who had paid", "speculation")

# ---------------------------------------------------------------- j10 La Paz, Americas (Bolivia / Europe)
S("j10", "2013-07-05", "Americas", """
Bolivia fumes after Morales's plane is diverted over Snowden suspicion; France regrets

LA PAZ, Bolivia —

Bolivia accused France, Portugal, Spain and Italy on Wednesday of putting President Evo Morales's life at risk by closing their airspace to his plane on suspicion that it was carrying the fugitive U.S. intelligence contractor Edward Snowden.

The jet, returning from an energy conference in Moscow, was forced to land in Vienna late on Tuesday and sat on the tarmac for some 13 hours. Austrian officials said they had looked inside with the pilot's consent and found no one else aboard.

Vice President Alvaro Garcia Linera called the episode a kidnapping by imperialism. The ambassador to the United Nations, Sacha Llorenti, said Bolivia would file a complaint with the world body.

Demonstrators threw stones at the French embassy here on Wednesday and burned a French flag, while police stood by. A protest leader, the miners' union official Juan Carlos Trujillo, told the crowd that Europe had treated Morales like a criminal.

France quickly expressed its regret. Foreign Minister Laurent Fabius telephoned his Bolivian counterpart, David Choquehuanca, to apologise, and President Francois Hollande said Paris had received conflicting information about who was on board.

Leaders of the UNASUR bloc, meeting in Cochabamba on Thursday, demanded an explanation and a public apology from the four European governments. Morales, back home, warned that he could close the U.S. embassy, which he blamed for the diversion.

Bolivia is South America's poorest country. It was not clear where Snowden, still in a Moscow airport, would go.
""")
BOL = A("Bolivia", "BOL", "GOV")
MORALES = A("Evo Morales", "BOL", "GOV")
FRA = A("France", "FRA", "GOV")
E("j10", "Bolivia fumes after Morales's plane is diverted", BOL, FRA, ["11", "14"], "111", "2013-07", None, False, "headline")
E("j10", "Bolivia accused France, Portugal, Spain and Italy", BOL, FRA, ["11"], "112", "2013-07-03", None, True,
  "accusation; compound object one event per member, first required; Wednesday")
E("j10", "Bolivia accused France, Portugal, Spain and Italy", BOL, A("Portugal", "PRT", "GOV"), ["11"], "112",
  "2013-07-03", None, False, "second member: optional")
E("j10", "Bolivia accused France, Portugal, Spain and Italy", BOL, A("Spain", "ESP", "GOV"), ["11"], "112", "2013-07-03",
  None, False, "third member: optional")
E("j10", "Bolivia accused France, Portugal, Spain and Italy", BOL, A("Italy", "ITA", "GOV"), ["11"], "112", "2013-07-03",
  None, False, "fourth member: optional")
E("j10", "Bolivia accused France, Portugal, Spain and Italy", FRA, MORALES, ["12", "16"], "120", "2013-07-02", None, False,
  "the closing of airspace inside a 'by' gerund: optional")
E("j10", "was forced to land in Vienna late", FRA, MORALES, ["17"], "170", "2013-07-02", P("Vienna", "AUT"), False,
  "agentless passive, forced by the closed airspace: optional")
E("j10", "Austrian officials said they had looked inside", A("Austria", "AUT", "GOV"), MORALES, ["17", "04"], "170",
  "2013-07", None, False, "consented inspection: optional")
E("j10", "Vice President Alvaro Garcia Linera called the", A("Alvaro Garcia Linera", "BOL", "GOV"), FRA, ["11"], "112",
  "2013-07", None, False, "accusation against an unnamed 'imperialism': optional")
E("j10", "said Bolivia would file a complaint with", A("Sacha Llorenti", "BOL", "GOV"), FRA, ["11"], "115", "2013-07",
  None, False, "announced complaint, future: optional")
E("j10", "Demonstrators threw stones at the French embassy", A("Bolivian protesters", "BOL", "CVL"),
  A("France", "FRA", None), VPROT, "145", "2013-07-03", P("La Paz", "BOL"), True, "stoning an embassy 145 (owned13 "
  "k07); premises = country with sector null; 'here' = La Paz; Wednesday")
E("j10", "told the crowd that Europe had treated", A("Juan Carlos Trujillo", "BOL", ["LAB", "CVL"]),
  A("European Union", None, "IGO"), ["11"], "112", "2013-07", None, False, "accusation at a rally: optional")
E("j10", "France quickly expressed its regret", FRA, BOL, ["05", "08"], "055", "2013-07", None, True,
  "expression of regret: apologise 055; no day: month")
E("j10", "Foreign Minister Laurent Fabius telephoned his Bolivian", A("Laurent Fabius", "FRA", "GOV"),
  A("David Choquehuanca", "BOL", "GOV"), ["04"], "040", "2013-07", None, True,
  "telephone call to apologise: consult 040 (the apology itself restates 'France expressed regret')")
E("j10", "demanded an explanation and a public apology", A("UNASUR", None, ["IGO", "GOV"]), FRA, DEMAND, "100",
  "2013-07-04", P("Cochabamba", "BOL"), True, "demand in a main clause with a participial 'meeting in Cochabamba on "
  "Thursday'; first of the four governments required")
E("j10", "demanded an explanation and a public apology", A("UNASUR", None, ["IGO", "GOV"]), A("Portugal", "PRT", "GOV"),
  DEMAND, "100", "2013-07-04", P("Cochabamba", "BOL"), False, "other members of 'the four European governments': optional")
E("j10", "warned that he could close the U.S.", MORALES, A("United States", "USA", "GOV"), ["13"], "1313", "2013-07",
  None, True, "threat to close an embassy: threaten to reduce relations 1313")
E("j10", "warned that he could close the U.S.", MORALES, A("United States", "USA", "GOV"), ["11"], "112", "2013-07",
  None, False, "blame in a relative clause: optional")
F("j10", "Bolivia is South America's poorest country", "standing situation")
F("j10", "It was not clear where Snowden, still", "speculation")

# ---------------------------------------------------------------- j11 Colombo, South Asia (Sri Lanka)
S("j11", "2022-07-10", "South Asia", """
Sri Lankan protesters storm president's house; Rajapaksa agrees to quit

COLOMBO, Sri Lanka —

Tens of thousands of protesters stormed the official residence of President Gotabaya Rajapaksa here on Saturday and later set fire to the private home of Prime Minister Ranil Wickremesinghe, after months of anger over an economic collapse that has left the island short of fuel, food and medicine.

Rajapaksa, whom security officials had moved to a safe place before the crowds arrived, will step down on Wednesday, the speaker of parliament, Mahinda Yapa Abeywardena, announced late on Saturday. Wickremesinghe said he would resign once an all-party government was in place.

Police fired tear gas and water cannon at demonstrators who pushed through barricades near the residence, and at least 30 people were taken to hospital, a doctor at the National Hospital said. Soldiers guarding the gates stood aside as the crowds poured in.

Hundreds of people spent the night inside the colonial-era building, where some swam in the pool and others slept on the president's bed.

The protesters, whose movement has camped opposite the presidential secretariat since April, vowed to stay until both leaders had gone. Chameera Dedduwage, one of the organisers, accused the Rajapaksa family of having stolen the country's future.

The army chief, General Shavendra Silva, appealed for calm and urged people to support the security forces. The United States urged Sri Lanka's politicians to work quickly toward a solution.

The island owes more than 50 billion dollars abroad. It was not clear where Rajapaksa was.
""")
LKAPROT = A("Sri Lankan protesters", "LKA", ["CVL", "OPP"])
GOTA = A("Gotabaya Rajapaksa", "LKA", "GOV")
RANIL = A("Ranil Wickremesinghe", "LKA", "GOV")
LKACOP = A("Sri Lankan police", "LKA", "COP")
E("j11", "Sri Lankan protesters storm president's house; Rajapaksa", LKAPROT, GOTA, VPROT, "145", "2022-07", None, False,
  "headline")
E("j11", "Tens of thousands of protesters stormed the", LKAPROT, GOTA, VPROT, "145", "2022-07-09", P("Colombo", "LKA"),
  True, "storming the president's residence 145 (VPROT roots); 'here' = Colombo; Saturday")
E("j11", "Tens of thousands of protesters stormed the", LKAPROT, RANIL, VPROT, "145", "2022-07-09", P("Colombo", "LKA"),
  True, "setting fire to the prime minister's home, second verb with its own object: required")
E("j11", "will step down on Wednesday, the speaker", GOTA, LKAPROT, ["08"], "0832", "2022-07-09", None, True,
  "announced resignation under protest 0832 (owned13 k04 convention), announced by the speaker on Saturday")
E("j11", "Wickremesinghe said he would resign once an", RANIL, LKAPROT, ["08"], "0832", "2022-07", None, False,
  "conditional promise to resign: optional")
E("j11", "Police fired tear gas and water cannon", LKACOP, LKAPROT, REPR, "175", "2022-07", P("Colombo", "LKA"), True,
  "tear gas and water cannon 175 (17/18); the clause gives no day: month; 'near the residence' = Colombo's")
E("j11", "Soldiers guarding the gates stood aside as", A("Sri Lankan army", "LKA", "MIL"), LKAPROT, ["08"], "0874",
  "2022-07-09", None, False, "soldiers stand aside: optional")
E("j11", "vowed to stay until both leaders had", LKAPROT, GOTA, DEMAND, "1041", "2022-07", None, False,
  "vow to stay until the leaders go: implied demand, optional")
E("j11", "accused the Rajapaksa family of having stolen", A("Chameera Dedduwage", "LKA", ["CVL", "OPP"]), GOTA, ["11"],
  "112", "2022-07", None, True, "accusation by an organiser the text describes; 'the Rajapaksa family' = the president's "
  "family (target the president)")
E("j11", "appealed for calm and urged people to", A("Shavendra Silva", "LKA", "MIL"), LKAPROT, DEMAND, "020", "2022-07",
  None, False, "appeal for calm: optional")
E("j11", "The United States urged Sri Lanka's politicians", A("United States", "USA", "GOV"), A("Sri Lanka", "LKA", "GOV"),
  DEMAND, "1043", "2022-07", None, False, "single outside reaction: optional")
F("j11", "The island owes more than 50 billion", "standing situation")
F("j11", "It was not clear where Rajapaksa was", "speculation")

# ---------------------------------------------------------------- j12 Wellington, Pacific (Tonga / New Zealand / Australia)
S("j12", "2022-01-21", "Pacific", """
First aid flights reach Tonga after volcano, tsunami cut off the kingdom

WELLINGTON, New Zealand —

New Zealand and Australian military planes landed in Tonga on Thursday with drinking water, shelters and communications equipment, the first relief flights to reach the Pacific kingdom since a huge undersea volcanic eruption and tsunami five days ago.

The cargo was unloaded without contact with local staff because Tonga, which has had almost no COVID-19 cases, asked donors to keep the virus out, New Zealand's foreign minister, Nanaia Mahuta, said. Two New Zealand navy ships carrying water and a desalination plant are due to arrive on Friday.

The eruption on January 15 blanketed the islands in ash and cut the single undersea cable that links Tonga to the world. The government in Nuku'alofa said three people had died and described the disaster as unprecedented.

Ash on the runway at Fua'amotu airport had delayed earlier flights. Zed Seselja, Australia's minister for the Pacific, said Canberra would keep sending aid by air and sea and pledged a further million dollars.

China offered emergency cash and food, and Japan said it would dispatch transport aircraft. The United States promised 2.5 million dollars in aid.

Lord Fakafanua, the speaker of Tonga's parliament, thanked the neighbours for their help and appealed for fuel and clean water for the outer islands, where entire villages were destroyed.

About 100,000 people live in Tonga. It was not clear when the cable would be repaired.
""")
TON = A("Tonga", "TON", "GOV")
NZL = A("New Zealand", "NZL", "GOV")
NZLM = A("New Zealand Defence Force", "NZL", "MIL")
AUS = A("Australia", "AUS", "GOV")
E("j12", "First aid flights reach Tonga after volcano", NZL, TON, AID, "070", "2022-01", None, False, "headline")
E("j12", "New Zealand and Australian military planes landed", NZLM, TON, AID, "073", "2022-01-20", None,
  True, "delivery of relief supplies: humanitarian aid 073; compound subject, first member required; Thursday; "
  "'in Tonga' names a country, not a place")
E("j12", "New Zealand and Australian military planes landed", A("Australian Defence Force", "AUS", "MIL"), TON, AID, "073",
  "2022-01-20", None, False, "second member: optional")
E("j12", "asked donors to keep the virus out", TON, NZL, DEMAND, "020", "2022-01", None, False,
  "request in a reason clause: optional")
E("j12", "Two New Zealand navy ships carrying water", NZLM, TON, AID, "073", "2022-01", None, False, "future arrival: optional")
E("j12", "said Canberra would keep sending aid by", A("Zed Seselja", "AUS", "GOV"), TON, ["03", "07"], "033", "2022-01",
  None, True, "pledge of further aid 033 (03/07); 'Canberra' = Australia; no day: month")
E("j12", "China offered emergency cash and food, and", A("China", "CHN", "GOV"), TON, ["03", "07"], "033", "2022-01", None,
  True, "offer of aid 033 (03/07)")
E("j12", "China offered emergency cash and food, and", A("Japan", "JPN", "GOV"), TON, ["03", "07"], "033", "2022-01", None,
  False, "Japan's announced dispatch, second clause: optional")
E("j12", "The United States promised 2.5 million dollars", A("United States", "USA", "GOV"), TON, ["03", "07"], "033",
  "2022-01", None, True, "pledge of aid money 033")
E("j12", "thanked the neighbours for their help and", A("Lord Fakafanua", "TON", "LEG"), NZL, ["05", "01"], "051",
  "2022-01", None, False, "thanks: optional")
E("j12", "thanked the neighbours for their help and", A("Lord Fakafanua", "TON", "LEG"), None, DEMAND, "0233", "2022-01",
  None, False, "appeal for fuel and water: request humanitarian aid 0233 (10/02); no named addressee: optional")
F("j12", "About 100,000 people live in Tonga", "standing situation")
F("j12", "It was not clear when the cable", "speculation")

if __name__ == "__main__":
    write(HERE)
