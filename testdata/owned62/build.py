#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned62 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned62/build.py  (rewrites both files next to this
script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
CAPTURE = ["17", "18"]
VERDICT = ["17", "11"]
CHARGE = ["11", "17"]

# ---------------------------------------------------------------- bk01 Tripoli, Africa (Libya)
S("bk01", "2011-10-21", "Africa", """
Gaddafi killed after fighters capture him near Sirte; NATO says its jets hit his convoy

TRIPOLI, Libya —

Muammar Gaddafi was killed on Thursday after fighters of Libya's interim government dragged him from a drainage pipe near his home town of Sirte, ending a manhunt that had lasted two months, the country's new leaders said.

Mahmoud Jibril, the prime minister of the National Transitional Council, told reporters that the former leader had been caught alive and was shot in the head during an exchange of fire between his guards and the council's fighters as he was driven away. Video filmed on mobile telephones showed a bloodied Gaddafi being beaten by a crowd of armed men.

NATO said its aircraft had struck a convoy of armed vehicles near Sirte early on Thursday, though it did not know Gaddafi was inside. France said its Mirage jets had taken part.

The U.N. human rights office called for an investigation into how he died, and Amnesty International urged the council to treat captured loyalists humanely.

The International Criminal Court issued a warrant for his arrest in June. Had he been taken alive to The Hague, he would have stood trial for crimes against humanity.

Fighters loyal to the council overran Tripoli in August, and Gaddafi had been on the run ever since.

The council's chairman, Mustafa Abdel Jalil, is expected to declare the whole country liberated within days.
""")
NTCF = A("National Transitional Council fighters", "LBY", ["REB", "MIL", "GOV"])
NTC = A("National Transitional Council", "LBY", ["GOV", "REB"])
QAD = A("Muammar Gaddafi", "LBY", ["GOV", "ELI"])
QADF = A("Gaddafi loyalist forces", "LBY", ["MIL", "GOV"])
NATO = A("NATO", "NAT", "IGO")
E("bk01", "Gaddafi killed after fighters capture him near", NTCF, QAD, CAPTURE, "173", "2011-10-20", P("Sirte", "LBY"),
  False, "headline: the capture")
E("bk01", "NATO says its jets hit his convoy", NATO, QADF, ["19", "18"], "195", "2011-10-20", None, False,
  "headline: the air strike")
E("bk01", "dragged him from a drainage pipe near", NTCF, QAD, CAPTURE, "173", "2011-10-20", P("Sirte", "LBY"), True,
  "capture of the fugitive leader 173 (17/18); 'on Thursday' in a Friday paper; 'near his home town of Sirte' names "
  "the place")
E("bk01", "Muammar Gaddafi was killed on Thursday after", NTCF, QAD, ATTACK, "180", "2011-10-20", P("Sirte", "LBY"), False,
  "the killing is an agentless passive whose circumstances the next paragraph leaves open (crossfire): optional; "
  "the capture beside it is required")
E("bk01", "during an exchange of fire between his", QADF, NTCF, CLASH, "190", "2011-10", None, False,
  "the crossfire, inside the council's account (one side): optional")
E("bk01", "showed a bloodied Gaddafi being beaten by", A("armed men in Sirte", "LBY", ["REB", "MIL", "CVL"]), QAD,
  ["18"], "182", "2011-10", None, True,
  "a beating shown on video that nobody disputes 182; passive with its agent ('by a crowd of armed men'); no day of "
  "its own in the sentence: month")
E("bk01", "NATO said its aircraft had struck a", NATO, QADF, ["19", "18"], "195", "2011-10-20", P("Sirte", "LBY"), True,
  "air strike 195 (19/18); NATO as NAT/IGO (CAMEO's code; the validator takes three letters); 'near Sirte early on "
  "Thursday' names place and day; target the loyalist convoy")
E("bk01", "France said its Mirage jets had taken", A("France", "FRA", ["GOV", "MIL"]), QADF, ["19", "18"], "195",
  "2011-10-20", None, False, "France's part in the same strike: a restatement from another source, optional")
E("bk01", "The U.N. human rights office called for", A("U.N. human rights office", "UNO", "IGO"), NTC, DEMAND, "100",
  "2011-10", None, True,
  "call for an inquiry 100 (10/02); first member of a compound reaction (required); target the council that holds "
  "the body; no day: month")
E("bk01", "Amnesty International urged the council to treat", A("Amnesty International", None, "NGO"), NTC, DEMAND,
  "1043", "2011-10", None, False, "second member of the compound: optional; demand for humane treatment 1043")
E("bk01", "issued a warrant for his arrest in", A("International Criminal Court", None, ["IGO", "JUD"]), QAD, CHARGE,
  "112", "2011-06", None, True,
  "dated background with its own agent: an arrest warrant coded like an announced charge 112 (11/17, as owned54 "
  "bc06); 'in June' of the publication year")
E("bk01", "Fighters loyal to the council overran Tripoli", NTCF, QADF, ["19", "18", "17"], "190", "2011-08",
  P("Tripoli", "LBY"), True,
  "dated background: fighters taking a city 190 (19/18/17, as owned54 bc03); 'in August'; Tripoli named in the "
  "clause")
F("bk01", "Had he been taken alive to The", "hypothetical: a trial that never happened")
F("bk01", "is expected to declare the whole country", "expectation about the future, no act yet")

# ---------------------------------------------------------------- bk02 Johannesburg, Africa (South Africa)
S("bk02", "2018-02-15", "Africa", """
South Africa's Zuma quits under pressure from ANC as police raid Gupta home

JOHANNESBURG, South Africa —

President Jacob Zuma resigned late on Wednesday, hours before parliament was due to vote on a motion of no confidence that his own party, the African National Congress, had said it would support.

In a rambling televised address, Zuma said he disagreed with the way the ANC's leaders had treated him but would obey their decision. "No life should be lost in my name," he said.

The party's national executive committee ordered him on Tuesday to step down, and its secretary-general, Ace Magashule, told reporters that Zuma had been given no deadline but was expected to respond quickly.

Earlier on Wednesday, officers of the Hawks, the police's elite crime-fighting unit, raided the Johannesburg home of the Gupta brothers, wealthy businessmen accused of using their friendship with Zuma to win state contracts and influence the choice of ministers. Three people linked to the family were arrested, the unit said.

The Guptas and Zuma have denied any wrongdoing.

Cyril Ramaphosa, who narrowly beat Zuma's preferred candidate for the party leadership in December, is expected to be elected president by lawmakers on Thursday.

Opposition leader Mmusi Maimane of the Democratic Alliance demanded an early general election, saying the ANC could not simply hand the country from one of its men to another.

Zuma, 75, could yet stand trial on hundreds of counts of fraud and corruption over a 1990s arms deal if prosecutors decide to revive the case.
""")
ZUMA = A("Jacob Zuma", "ZAF", ["GOV", "PTY"])
ANC = A("African National Congress", "ZAF", ["PTY", "GOV"])
HAWKS = A("the Hawks", "ZAF", ["COP", "GOV"])
GUPTA = A("the Gupta family", "ZAF", "BUS")
E("bk02", "Zuma quits under pressure from ANC", ZUMA, ANC, ["08"], "0831", "2018-02-14", None, False, "headline")
E("bk02", "as police raid Gupta home", HAWKS, GUPTA, ["17"], "170", "2018-02-14", None, False, "headline")
E("bk02", "President Jacob Zuma resigned late on Wednesday", ZUMA, ANC, ["08"], "0831", "2018-02-14", None, True,
  "resignation under pressure 0831 (as news-dev d09), target the party that demanded it; 'late on Wednesday' in a "
  "Thursday paper; the no-confidence vote is only planned ('was due to')")
E("bk02", "Zuma said he disagreed with the way", ZUMA, ANC, ["11"], "111", "2018-02-14", None, False,
  "mild criticism inside the resignation address: optional")
E("bk02", "committee ordered him on Tuesday to step", A("ANC national executive committee", "ZAF", ["PTY", "GOV"]), ZUMA,
  DEMAND, "1041", "2018-02-13", None, True, "demand to step down 1041 (10/02); 'on Tuesday' before a Thursday paper")
E("bk02", "raided the Johannesburg home of the Gupta", HAWKS, GUPTA, ["17"], "170", "2018-02-14",
  P("Johannesburg", "ZAF"), True,
  "police raid on a home 170 (17, as owned54 bc01); 'Earlier on Wednesday'; 'the Johannesburg home' names the city; "
  "the relative 'accused of using ...' is an agentless standing charge, not coded")
E("bk02", "Three people linked to the family were", HAWKS, A("Gupta associates", "ZAF", ["BUS", "CVL"]), ["17"], "173",
  "2018-02", None, True,
  "arrests reported by the arresting unit 173, required (as owned21 d11 and owned35 ai05); no day in the sentence: "
  "month")
E("bk02", "The Guptas and Zuma have denied any", GUPTA, HAWKS, DENY, "016", "2018", None, False,
  "standing denial in the present perfect with no date of its own: optional, year")
E("bk02", "The Guptas and Zuma have denied any", ZUMA, HAWKS, DENY, "016", "2018", None, False,
  "second member of the compound denial: optional")
E("bk02", "Maimane of the Democratic Alliance demanded an", A("Mmusi Maimane", "ZAF", ["OPP", "PTY"]), ANC, DEMAND, "104",
  "2018-02", None, True, "call for an early election 104 (as owned35 ai09), target the ruling party; month")
F("bk02", "is expected to be elected president by", "future election; a party leadership win has no CAMEO class")
F("bk02", "could yet stand trial on hundreds of", "hypothetical trial if prosecutors decide")

# ---------------------------------------------------------------- bk03 Niamey, Africa (Niger / France)
S("bk03", "2023-09-25", "Africa", """
France to pull ambassador and troops out of Niger, bowing to junta

NIAMEY, Niger —

President Emmanuel Macron said on Sunday that France would bring its ambassador home from Niger and withdraw its troops by the end of the year, two months after soldiers overthrew President Mohamed Bazoum, a close ally of Paris.

The junta welcomed the announcement in a statement read on state television, calling it a new step towards Niger's sovereignty.

Speaking in a television interview, Macron said the ambassador, Sylvain Itte, and his staff had been held hostage in the embassy, living on military rations, since the coup leaders ordered him out in late August. France had refused to comply, saying the military government had no authority to expel him.

Members of the presidential guard detained Bazoum on July 26, and he remains confined to his residence with his wife and son. Macron said he still regarded him as the country's only legitimate authority.

Hours before the interview, the junta barred French aircraft, including commercial flights, from flying over Niger.

Thousands of people have rallied for weeks outside the French base near the airport, demanding that the soldiers leave.

France has about 1,500 soldiers in the country, down from more than 5,000 across the Sahel at the height of its operations against Islamist insurgents. It is not clear whether they will move to neighbouring Chad or return home.
""")
MAC = A("Emmanuel Macron", "FRA", "GOV")
FRA = A("France", "FRA", "GOV")
JUNTA = A("Niger's military junta", "NER", ["MIL", "GOV"])
BAZ = A("Mohamed Bazoum", "NER", "GOV")
E("bk03", "France to pull ambassador and troops out", FRA, JUNTA, ["16", "08"], "161", "2023-09-24", None, False,
  "headline")
E("bk03", "France would bring its ambassador home from", MAC, JUNTA, ["16", "08"], "161", "2023-09-24", None, True,
  "announced recall of one's own envoy 161 (news-dev); here a concession, so 08 is also right; 'on Sunday' before a "
  "Monday paper")
E("bk03", "withdraw its troops by the end of", MAC, JUNTA, ["08"], "0874", "2023-09-24", None, True,
  "announced military withdrawal 0874 (08, RETREAT); a decision announced, coded like owned35 ai06's announced halt")
E("bk03", "two months after soldiers overthrew President Mohamed", A("Niger's soldiers", "NER", "MIL"), BAZ, COUP, "1724",
  "2023-07", None, False,
  "lead summary of the coup detailed later with its day: optional; 'two months after' gives the month")
E("bk03", "The junta welcomed the announcement in a", JUNTA, MAC, ["05"], "051", "2023-09", None, True,
  "approval 051; no day of its own: month")
E("bk03", "had been held hostage in the embassy", JUNTA, A("Sylvain Itte", "FRA", "GOV"), ["18", "17"], "181", "2023-09",
  None, False, "hostage claim inside one side's account (Macron's): optional")
E("bk03", "Macron said the ambassador, Sylvain Itte, and", MAC, JUNTA, ["11"], "112", "2023-09", None, True,
  "accusation that the junta holds the envoy hostage 112; same interview but no day in the sentence: month")
E("bk03", "since the coup leaders ordered him out", JUNTA, A("Sylvain Itte", "FRA", "GOV"), ["17", "16"], "174",
  "2023-08", None, True,
  "dated background with its own agent inside a 'since ... when' clause: expelling an envoy 174 (17/16); 'in late "
  "August' gives the month")
E("bk03", "France had refused to comply, saying the", FRA, JUNTA, ["12"], "120", "2023", None, True,
  "a stated refusal is an event 120; undated pluperfect spanning late August and September: year")
E("bk03", "Members of the presidential guard detained Bazoum", A("Niger's presidential guard", "NER", ["MIL", "GOV"]),
  BAZ, COUP, "1724", "2023-07-26", None, True,
  "the coup: detaining the president 1724 (17/19, news-dev's declared takeover); 'on July 26'")
E("bk03", "Macron said he still regarded him as", MAC, BAZ, ["05"], "054", "2023-09", None, False,
  "continued recognition of the ousted president 054: optional (a standing position)")
E("bk03", "the junta barred French aircraft, including commercial", JUNTA, FRA, ["16", "17", "12"], "163",
  "2023-09-24", None, True,
  "airspace ban 163 (16/17/12, as owned35 ai07's withdrawn landing rights); 'Hours before the interview' = Sunday; "
  "'over Niger' is the country, not a place")
E("bk03", "have rallied for weeks outside the French", A("Nigerien protesters", "NER", ["CVL", "OPP"]), FRA, ["14"], "141",
  "2023", None, False,
  "rallies over weeks (a span over two months: year): optional background; 'outside the French base near the "
  "airport' gives no place (the city is only in the dateline)")
E("bk03", "demanding that the soldiers leave", A("Nigerien protesters", "NER", ["CVL", "OPP"]), FRA, DEMAND, "100",
  "2023", None, False, "the protesters' demand: optional")
F("bk03", "France has about 1,500 soldiers in the", "troop counts: no act")
F("bk03", "It is not clear whether they will", "speculation about a future move")

# ---------------------------------------------------------------- bk04 Barcelona, Europe (Spain / Catalonia)
S("bk04", "2017-10-28", "Europe/Eurasia", """
Madrid takes direct control of Catalonia and sacks Puigdemont after region declares independence

BARCELONA, Spain —

Spain's government took direct control of Catalonia on Friday, dismissing the regional president, Carles Puigdemont, and his cabinet and calling a snap regional election for Dec. 21, hours after the Catalan parliament voted to declare independence.

Prime Minister Mariano Rajoy announced the measures after the Senate in Madrid granted him powers under Article 155 of the constitution, which had never been used before. He also dissolved the regional parliament and removed the head of the Catalan police.

In Barcelona, lawmakers approved the declaration by 70 votes to 10 in a secret ballot, after most opposition deputies walked out of the chamber in protest. Thousands of separatists gathered outside the building cheered and sang as the result was read.

Spain's chief prosecutor said he would seek rebellion charges against Puigdemont, a crime that carries up to 30 years in prison.

The European Union, the United States, Britain, France and Germany refused to recognise the declaration. European Council President Donald Tusk said nothing had changed for the bloc and that Spain remained its only interlocutor.

In a brief televised statement on Saturday, Puigdemont rejected his dismissal and urged his supporters to resist the takeover peacefully.

Had the region won recognition, it would have become one of the European Union's wealthier members overnight. Catalonia accounts for about a fifth of Spain's economic output.
""")
ESP = A("Spain's government", "ESP", "GOV")
RAJ = A("Mariano Rajoy", "ESP", "GOV")
CATG = A("Catalan regional government", "ESP", "GOV")
PUIG = A("Carles Puigdemont", "ESP", ["GOV", "PTY"])
E("bk04", "Madrid takes direct control of Catalonia and", ESP, CATG, ["17"], "172", "2017-10-27", None, False,
  "headline; 'Madrid' is the government, not a place")
E("bk04", "Spain's government took direct control of Catalonia", ESP, CATG, ["17"], "172", "2017-10-27", None, True,
  "direct rule over a region 172 (17); 'on Friday' in a Saturday paper; the declaration of independence has no CAMEO "
  "class and is not coded")
E("bk04", "dismissing the regional president, Carles Puigdemont, and", ESP, PUIG, ["17"], "172", "2017-10-27", None,
  True, "dismissal of the regional president 172, a second event with its own target")
E("bk04", "after the Senate in Madrid granted him", A("Spain's Senate", "ESP", ["LEG", "GOV"]), CATG, ["17", "05"], "172",
  "2017-10-27", P("Madrid", "ESP"), False,
  "the Senate's vote authorising the measures: coders split between coding it against Catalonia (172) and as "
  "support for Rajoy (05): optional; 'the Senate in Madrid' names the place")
E("bk04", "He also dissolved the regional parliament and", RAJ, A("Catalan parliament", "ESP", ["LEG", "GOV"]), ["17"],
  "172", "2017-10", None, True,
  "dissolving the legislature 172 (as owned54 bc11); first member of a compound object; no day in the sentence: month")
E("bk04", "removed the head of the Catalan police", RAJ, A("head of the Catalan police", "ESP", "COP"), ["17"], "172",
  "2017-10", None, False, "second member of the compound object: optional")
E("bk04", "after most opposition deputies walked out of", A("Catalan opposition deputies", "ESP", ["LEG", "OPP"]), CATG,
  ["14", "12"], "140", "2017-10", P("Barcelona", "ESP"), False,
  "a walkout in protest: optional (coders split on whether a walkout is an event); 'In Barcelona' opens the sentence")
E("bk04", "said he would seek rebellion charges against", A("Spain's chief prosecutor", "ESP", "JUD"), PUIG, CHARGE,
  "112", "2017-10", None, False, "charges put as an intention ('would seek'): optional")
E("bk04", "refused to recognise the declaration", A("European Union", "EUR", "IGO"), CATG, ["12"], "120", "2017-10", None,
  True, "a stated refusal 120; first member of a compound subject (required); month")
E("bk04", "The European Union, the United States, Britain", A("United States", "USA", "GOV"), CATG, ["12"], "120",
  "2017-10", None, False, "a later member of the compound subject: optional (one line for the rest)")
E("bk04", "Tusk said nothing had changed for the", A("Donald Tusk", "EUR", "IGO"), ESP, ["05"], "051", "2017-10", None,
  False, "support for Madrid, a restatement of the EU's stand: optional")
E("bk04", "Puigdemont rejected his dismissal and urged his", PUIG, ESP, ["12"], "120", "2017-10-28", None, True,
  "rejection 120; 'on Saturday' in a Saturday paper")
E("bk04", "urged his supporters to resist the takeover", PUIG, ESP, ["14", "02", "10"], "140", "2017-10-28", None, False,
  "call for peaceful resistance, second verb: optional")
F("bk04", "Had the region won recognition, it would", "hypothetical")
F("bk04", "Catalonia accounts for about a fifth of", "economic share: a count, no act")

# ---------------------------------------------------------------- bk05 Belgrade, Europe (Serbia)
S("bk05", "2003-03-13", "Europe/Eurasia", """
Serbia's Djindjic shot dead outside government building; emergency declared

BELGRADE, Serbia and Montenegro —

Serbian Prime Minister Zoran Djindjic was shot dead by a sniper outside the government building in central Belgrade on Wednesday, and the authorities declared a state of emergency and blamed a powerful criminal clan for the killing.

Djindjic, 50, was hit in the chest as he stepped out of his car shortly after noon. He died in hospital about an hour later, doctors said.

Acting President Natasa Micic imposed the state of emergency within hours, giving police wide powers to hold suspects without charge. The government said the attack had been organised by the so-called Zemun clan, and it named as a suspect Milorad Ulemek, a former commander of a special police unit that served Slobodan Milosevic.

Police detained dozens of people overnight and set up checkpoints on roads out of the capital, a government spokesman said.

Last month a truck driven by a member of the same clan tried to force the prime minister's car off a Belgrade highway, police said.

Javier Solana, the European Union's foreign policy chief, condemned the killing as a cowardly act and said Djindjic had been a driving force of reform.

No group said it had carried out the attack. Organised crime groups have long had close ties to parts of the security services, analysts say.
""")
SNIPER = A("unidentified sniper", None, None)
DJ = A("Zoran Djindjic", "SRB", "GOV")
SRBG = A("Serbia's government", "SRB", "GOV")
ZEMUN = A("Zemun clan", "SRB", "CRM")
E("bk05", "Serbia's Djindjic shot dead outside government", SNIPER, DJ, ATTACK, "186", "2003-03-12", None, False,
  "headline: the assassination")
E("bk05", "government building; emergency declared", SRBG, None, ["17"], "1724", "2003-03-12", None, False, "headline: the emergency")
E("bk05", "was shot dead by a sniper outside", SNIPER, DJ, ATTACK, "186", "2003-03-12", P("Belgrade", "SRB"), True,
  "assassination 186 (18/19/20); unnamed sniper null/null (news-dev's unnamed assassins); 'in central Belgrade on "
  "Wednesday' in a Thursday paper; Serbia as SRB (CAMEO) although the state was Serbia and Montenegro")
E("bk05", "the authorities declared a state of emergency", SRBG, None, ["17"], "1724", "2003-03-12", None, False,
  "lead summary of the emergency detailed in the third paragraph: optional")
E("bk05", "blamed a powerful criminal clan for the", SRBG, ZEMUN, ["11"], "112", "2003-03", None, False,
  "lead summary of the accusation detailed later: optional")
E("bk05", "Micic imposed the state of emergency within", A("Natasa Micic", "SRB", "GOV"), None, ["17"], "1724",
  "2003-03-12", None, True,
  "state of emergency 1724, target null (as owned54 bc11); 'within hours' of Wednesday's killing")
E("bk05", "The government said the attack had been", SRBG, ZEMUN, ["11"], "112", "2003-03", None, True,
  "accusation 112; no day in the sentence: month")
E("bk05", "it named as a suspect Milorad Ulemek", SRBG, A("Milorad Ulemek", "SRB", ["CRM", "COP"]), ["11"], "112",
  "2003-03", None, False, "naming a suspect, second clause of the accusation: optional")
E("bk05", "Police detained dozens of people overnight and", A("Serbian police", "SRB", "COP"),
  A("suspects in Belgrade", "SRB", ["CRM", "CVL"]), ["17"], "173", "2003-03", None, True,
  "arrests 173, reported by the government that ordered them; 'overnight' without an anchor: month (as owned35 ai05)")
E("bk05", "set up checkpoints on roads out of", A("Serbian police", "SRB", "COP"), None, ["15", "17"], "151", "2003-03",
  None, False, "raised police alert 151: optional (coders split 15/17)")
E("bk05", "a truck driven by a member of", ZEMUN, DJ, ATTACK, "180", "2003-02", P("Belgrade", "SRB"), True,
  "dated background attack with its own agent ('driven by a member of the same clan'); 'Last month' before a March "
  "paper; 'a Belgrade highway' names the city; attributed to the police, nobody disputes it")
E("bk05", "condemned the killing as a cowardly act", A("Javier Solana", "EUR", "IGO"), SNIPER, ["11"], "111", "2003-03",
  None, False, "single outside reaction: optional")
F("bk05", "No group said it had carried out", "negated claim of responsibility: no act")
F("bk05", "Organised crime groups have long had close", "standing situation, analysts' view")

# ---------------------------------------------------------------- bk06 Bratislava, Europe (Slovakia)
S("bk06", "2018-03-16", "Europe/Eurasia", """
Slovak premier Fico resigns as protests over journalist's murder grow

BRATISLAVA, Slovakia —

Prime Minister Robert Fico resigned on Thursday, bowing to the largest street protests Slovakia has seen since the fall of communism, which erupted after the murder of an investigative reporter and his fiancee last month.

President Andrej Kiska accepted the resignation and asked Deputy Prime Minister Peter Pellegrini, a Fico ally, to form a new government.

The bodies of Jan Kuciak, 27, and Martina Kusnirova were found at their home in the village of Velka Maca on Feb. 25. Both had been shot. Kuciak had been looking into alleged links between Italian organised crime and businessmen close to Fico's office.

Police detained seven Italian businessmen named in his unfinished article on March 1 but released them within two days.

Tens of thousands marched in Bratislava and other cities last Friday, demanding an independent inquiry into the killing and early elections. Kiska called earlier this month for either a sweeping reshuffle or a snap vote.

Fico had accused the president of seeking to destabilise the country, and he suggested, without offering evidence, that the financier George Soros was behind the protests.

Interior Minister Robert Kalinak, a close ally of Fico, quit on Monday.

Slovakia had never seen a journalist killed for his work since it became independent in 1993. Fico's Smer party remains the largest in parliament and will keep leading the coalition.
""")
FICO = A("Robert Fico", "SVK", "GOV")
SVKP = A("Slovak protesters", "SVK", ["CVL", "OPP"])
SVKG = A("Slovakia's government", "SVK", "GOV")
KISKA = A("Andrej Kiska", "SVK", "GOV")
E("bk06", "Slovak premier Fico resigns as protests over", FICO, SVKP, ["08"], "0831", "2018-03-15", None, False,
  "headline: the resignation")
E("bk06", "protests over journalist's murder grow", SVKP, SVKG, ["14"], "141", "2018-03", None, False,
  "headline: the protests")
E("bk06", "Prime Minister Robert Fico resigned on Thursday", FICO, SVKP, ["08"], "0831", "2018-03-15", None, True,
  "resignation under protest pressure 0831, protesters as implied target (news-dev d09); 'on Thursday' in a Friday "
  "paper; the relative 'which erupted after the murder' is an agentless summary, not coded")
E("bk06", "Both had been shot.", A("unidentified killers", None, None), A("Jan Kuciak", "SVK", "MED"), ATTACK, "186",
  "2018-02", None, False,
  "agentless passive; the killing happened before the Feb. 25 discovery: optional, month")
E("bk06", "Police detained seven Italian businessmen named in", A("Slovak police", "SVK", "COP"),
  A("Italian businessmen in Slovakia", "ITA", "BUS"), ["17"], "173", "2018-03-01", None, True,
  "detention 173; 'on March 1'")
E("bk06", "but released them within two days", A("Slovak police", "SVK", "COP"),
  A("Italian businessmen in Slovakia", "ITA", "BUS"), ["08"], "0841", "2018-03", None, False,
  "release 0841, second clause: optional")
E("bk06", "Tens of thousands marched in Bratislava and", SVKP, SVKG, ["14"], "141", "2018-03-09",
  P("Bratislava", "SVK"), True,
  "demonstration 141; 'last Friday' in a Friday paper is the week before (March 9); first of the places named")
E("bk06", "demanding an independent inquiry into the killing", SVKP, SVKG, DEMAND, "104", "2018-03-09", None, False,
  "the marchers' demand, participle: optional")
E("bk06", "Kiska called earlier this month for either", KISKA, SVKG, DEMAND, "104", "2018-03", None, True,
  "call for a reshuffle or an early vote 104 (10/02); 'earlier this month': month")
E("bk06", "Fico had accused the president of seeking", FICO, KISKA, ["11"], "112", "2018-03", None, True,
  "accusation 112; undated pluperfect: month")
E("bk06", "that the financier George Soros was behind", FICO, A("George Soros", "USA", ["BUS", "NGO"]), ["11"], "112",
  "2018-03", None, False, "second accusation in the same sentence, put as a suggestion: optional")
E("bk06", "Interior Minister Robert Kalinak, a close ally", A("Robert Kalinak", "SVK", "GOV"), SVKP, ["08"], "0831",
  "2018-03-12", None, True, "dated resignation under protest pressure 0831; 'on Monday' before a Friday paper")
F("bk06", "Slovakia had never seen a journalist killed", "negated historical aside")
F("bk06", "Smer party remains the largest in parliament", "standing situation and expectation")

# ---------------------------------------------------------------- bk07 Baghdad, Middle East (Iraq)
S("bk07", "2006-12-30", "Middle East", """
Saddam Hussein hanged in Baghdad; Bush hails milestone as Libya declares mourning

BAGHDAD, Iraq —

Saddam Hussein was hanged at dawn on Saturday at a heavily guarded compound in northern Baghdad, four days after an appeals court upheld his death sentence for the killing of 148 Shiite men and boys from the town of Dujail in 1982.

Iraqi officials who attended the execution said the former president went to the gallows carrying a Koran and refused to wear a hood. Prime Minister Nuri al-Maliki had signed the execution order late on Friday.

A special tribunal sentenced Saddam to death on Nov. 5. He had been captured by American soldiers near his home town of Tikrit in December 2003, hiding in a hole in the ground.

President George W. Bush said in a statement from his ranch in Texas that the execution marked an important milestone on Iraq's path to democracy, but he warned that it would not end the violence.

Libya declared three days of mourning and cancelled public celebrations of the Eid al-Adha holiday. The European Union said it opposed the death penalty, even for Saddam.

Hours after the hanging, a car bomb tore through a fish market in the Shiite town of Kufa, south of the capital, killing at least 31 people. No group claimed responsibility.

Had the execution been put off, Saddam would also have faced a verdict in a second trial over the killing of Kurds in the 1980s.
""")
IRQG = A("Iraq's government", "IRQ", "GOV")
SAD = A("Saddam Hussein", "IRQ", ["ELI", "GOV"])
E("bk07", "Saddam Hussein hanged in Baghdad; Bush hails", IRQG, SAD, ["18", "17"], "180", "2006-12-30",
  P("Baghdad", "IRQ"), False, "headline: the execution")
E("bk07", "Bush hails milestone as Libya declares mourning", A("George W. Bush", "USA", "GOV"), IRQG, ["05"], "051",
  "2006-12", None, False, "headline: Bush's praise")
E("bk07", "Saddam Hussein was hanged at dawn on", IRQG, SAD, ["18", "17"], "180", "2006-12-30", P("Baghdad", "IRQ"),
  True,
  "execution by the state 180 (18/17: coders split between killing and a judicial act); the passive's agent is the "
  "government whose premier signed the order; 'at dawn on Saturday' in a Saturday paper; 'in northern Baghdad'")
E("bk07", "four days after an appeals court upheld", A("Iraqi appeals court", "IRQ", "JUD"), SAD, VERDICT, "173",
  "2006-12-26", None, True,
  "dated background verdict 173 (17/11, news-dev's court verdicts) in an 'after' clause with its own agent; 'four "
  "days after' Saturday; the 1982 killing is a nominal with no actor, not coded")
E("bk07", "Maliki had signed the execution order late", A("Nuri al-Maliki", "IRQ", "GOV"), SAD, ["17", "18"], "170",
  "2006-12-29", None, False, "signing the order, a step of the execution: optional; 'late on Friday'")
E("bk07", "A special tribunal sentenced Saddam to death", A("Iraqi special tribunal", "IRQ", "JUD"), SAD, VERDICT, "173",
  "2006-11-05", None, True, "death sentence 173 (17/11); 'on Nov. 5'")
E("bk07", "He had been captured by American soldiers", A("U.S. soldiers", "USA", "MIL"), SAD, CAPTURE, "173", "2003-12",
  P("Tikrit", "IRQ"), True,
  "dated background capture 173 (17/18); passive with its agent; 'in December 2003'; 'near his home town of Tikrit'")
E("bk07", "the execution marked an important milestone on", A("George W. Bush", "USA", "GOV"), IRQG, ["05"], "051",
  "2006-12", None, True,
  "praise 051; the story turns on the reactions (headline); 'from his ranch in Texas' names no city: no place; month")
E("bk07", "Libya declared three days of mourning and", A("Libya", "LBY", "GOV"), IRQG, ["11", "14"], "110", "2006-12",
  None, False, "implicit disapproval by mourning: coders split: optional")
E("bk07", "The European Union said it opposed the", A("European Union", "EUR", "IGO"), IRQG, ["11", "12"], "111",
  "2006-12", None, False, "single outside reaction, a standing position: optional")
E("bk07", "a car bomb tore through a fish", A("unidentified bombers", None, None), A("Iraqi civilians", "IRQ", "CVL"),
  ["18"], "183", "2006-12-30", P("Kufa", "IRQ"), True,
  "car bombing 183; unnamed bombers null/null (news-dev); 'Hours after the hanging' = Saturday; Kufa named in the "
  "clause")
F("bk07", "No group claimed responsibility.", "negated claim")
F("bk07", "Had the execution been put off, Saddam", "hypothetical verdict")

# ---------------------------------------------------------------- bk08 Ramallah, Middle East (Palestinians / U.S.)
S("bk08", "2017-12-07", "Middle East", """
Palestinians call strike as Trump recognises Jerusalem as Israel's capital

RAMALLAH, West Bank —

Palestinian factions called a general strike across the West Bank and Gaza on Thursday and urged three days of protests, a day after President Donald Trump recognised Jerusalem as Israel's capital, reversing decades of American policy.

Israeli troops fired tear gas and rubber-coated bullets at stone-throwing youths near Bethlehem and Ramallah, the army said, and dozens of people were hurt.

Trump said in a speech at the White House on Wednesday that he had told the State Department to start preparing to move the U.S. embassy from Tel Aviv to the holy city. Prime Minister Benjamin Netanyahu hailed the decision as historic and courageous.

Palestinian President Mahmoud Abbas said in a televised address that Washington had disqualified itself from brokering peace. Ismail Haniyeh, the leader of Hamas, called for a new uprising against Israel.

Britain and France said they disagreed with the move, and eight members of the U.N. Security Council asked for an emergency meeting, which is to be held on Friday.

Turkish President Recep Tayyip Erdogan had warned on Tuesday that such a step would cross a red line for Muslims.

Both Israel and the Palestinians claim the city as their capital. Whether the embassy will actually move during Trump's term is unclear; officials said building one could take years.
""")
PALF = A("Palestinian factions", "PSE", ["PTY", "OPP"])
TRUMP = A("Donald Trump", "USA", "GOV")
USA = A("United States", "USA", "GOV")
ISR = A("Israel", "ISR", "GOV")
E("bk08", "Palestinians call strike as Trump recognises Jerusalem", PALF, USA, ["14"], "143", "2017-12-07", None, False,
  "headline: the strike call")
E("bk08", "as Trump recognises Jerusalem as Israel's capital", TRUMP, ISR, ["05"], "054", "2017-12-06", None, False,
  "headline: the recognition")
E("bk08", "Palestinian factions called a general strike across", PALF, USA, ["14"], "143", "2017-12-07", None, True,
  "call for a general strike 143 (as owned21 d01) against the U.S. decision; 'on Thursday' in a Thursday paper; "
  "the West Bank and Gaza are regions named as the strike's extent, not a place")
E("bk08", "and urged three days of protests", PALF, USA, ["14"], "140", "2017-12-07", None, False,
  "second call in the same sentence: optional")
E("bk08", "a day after President Donald Trump recognised", TRUMP, ISR, ["05"], "054", "2017-12-06", None, True,
  "recognition of Jerusalem as Israel's capital 054 (05): dated background in an 'a day after' clause with its own "
  "agent")
E("bk08", "Israeli troops fired tear gas and rubber-coated", A("Israeli troops", "ISR", "MIL"),
  A("Palestinian youths", "PSE", ["CVL", "OPP"]), REPR, "175", "2017-12", P("Bethlehem", "PSE"), True,
  "force against stone-throwers 175 (17/18), reported by the army itself; first of the two places named; no day in "
  "the sentence: month")
E("bk08", "at stone-throwing youths near Bethlehem and Ramallah", A("Palestinian youths", "PSE", ["CVL", "OPP"]),
  A("Israeli troops", "ISR", "MIL"), VPROT, "145", "2017-12", P("Bethlehem", "PSE"), False,
  "the stone-throwing, inside the object: optional")
E("bk08", "Netanyahu hailed the decision as historic and", A("Benjamin Netanyahu", "ISR", "GOV"), TRUMP, ["05"], "051",
  "2017-12", None, True, "praise 051; month")
E("bk08", "Washington had disqualified itself from brokering peace", A("Mahmoud Abbas", "PSE", "GOV"), USA, ["11"],
  "111", "2017-12", None, True,
  "criticism 111; 'Washington' is the U.S. government; month")
E("bk08", "called for a new uprising against Israel", A("Ismail Haniyeh", "PSE", ["REB", "GOV"]), ISR, ["14", "13"], "140",
  "2017-12", None, True,
  "call for an uprising 140 (14/13: coders split between a protest call and a threat); Hamas as news-dev; month")
E("bk08", "Britain and France said they disagreed with", A("Britain", "GBR", "GOV"), USA, ["11"], "111", "2017-12", None,
  True, "disapproval 111; first member of the compound subject (required)")
E("bk08", "Britain and France said they disagreed with", A("France", "FRA", "GOV"), USA, ["11"], "111", "2017-12", None,
  False, "second member: optional")
E("bk08", "Security Council asked for an emergency meeting", A("some U.N. Security Council members", None, "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), ["02", "10", "04"], "026", "2017-12", None, False,
  "request for a meeting 026; 'some UN member states' null/GOV (news-dev): optional")
E("bk08", "Erdogan had warned on Tuesday that such", A("Recep Tayyip Erdogan", "TUR", "GOV"), USA, ["13", "11"], "130",
  "2017-12-05", None, True, "warning 130 (13/11); dated background 'on Tuesday' before a Thursday paper")
F("bk08", "Both Israel and the Palestinians claim the", "standing claims, no act")
F("bk08", "Whether the embassy will actually move during", "speculation about the future")

# ---------------------------------------------------------------- bk09 Islamabad, Asia (Pakistan)
S("bk09", "2007-03-14", "Asia", """
Pakistani police tear-gas lawyers as suspended chief justice faces misconduct panel

ISLAMABAD, Pakistan —

Police fired tear gas and beat lawyers with batons outside the Supreme Court on Tuesday as suspended Chief Justice Iftikhar Muhammad Chaudhry appeared before a panel of judges to answer charges of misconduct brought by President Pervez Musharraf.

Officers also pushed Chaudhry back when he tried to walk to the court from his home, and his lawyers said one policeman had grabbed him by the hair. The government later apologised for what it called the mishandling of the judge.

Musharraf suspended Chaudhry on Friday, accusing him of abusing his office, including by seeking favours for his son. The judge refused to resign when the general summoned him to army headquarters in Rawalpindi, according to people close to him.

Lawyers across the country boycotted the courts on Monday at the call of the Supreme Court Bar Association, and police in Lahore broke up a march by several hundred of them.

Opposition parties accused Musharraf of trying to remove an independent judge before elections due later this year, and former Prime Minister Benazir Bhutto said the move showed contempt for the judiciary.

Information Minister Muhammad Ali Durrani denied that the government had acted out of revenge.

Pakistan's judges have rarely stood up to military rulers, analysts say. Whether the five-judge council will hear the case in public has not been decided.
""")
PAKCOP = A("Pakistani police", "PAK", "COP")
LAWY = A("Pakistani lawyers", "PAK", ["CVL", "JUD", "OPP"])
CHAU = A("Iftikhar Muhammad Chaudhry", "PAK", "JUD")
MUSH = A("Pervez Musharraf", "PAK", ["GOV", "MIL"])
PAKG = A("Pakistan's government", "PAK", "GOV")
E("bk09", "Pakistani police tear-gas lawyers as suspended chief", PAKCOP, LAWY, REPR, "175", "2007-03-13", None, False,
  "headline")
E("bk09", "Police fired tear gas and beat lawyers", PAKCOP, LAWY, REPR, "175", "2007-03-13", None, True,
  "force against protesting lawyers 175 (17/18); 'on Tuesday' before a Wednesday paper; 'outside the Supreme Court' "
  "gives no place (the city is only in the dateline)")
E("bk09", "to answer charges of misconduct brought by", MUSH, CHAU, ["11"], "112", "2007-03", None, False,
  "lead mention of the charge detailed in the third paragraph: optional")
E("bk09", "Officers also pushed Chaudhry back when he", PAKCOP, CHAU, REPR, "175", "2007-03", None, True,
  "police pushing back the judge 175 (17/18, as owned35 ai03); no day in the sentence: month")
E("bk09", "one policeman had grabbed him by the", PAKCOP, CHAU, ["18"], "182", "2007-03", None, False,
  "assault inside one side's account (his lawyers'): optional")
E("bk09", "The government later apologised for what it", PAKG, CHAU, ["05"], "055", "2007-03", None, False,
  "apology 055: optional (a consequence, 'later' gives no day)")
E("bk09", "Musharraf suspended Chaudhry on Friday, accusing him", MUSH, CHAU, ["17"], "172", "2007-03-09", None, True,
  "suspension of the chief justice 172; 'on Friday' before a Wednesday paper is March 9")
E("bk09", "accusing him of abusing his office, including", MUSH, CHAU, ["11"], "112", "2007-03-09", None, True,
  "the accusation, participle of the same sentence with its own target and content 112")
E("bk09", "The judge refused to resign when the", CHAU, MUSH, ["12"], "120", "2007-03", None, False,
  "refusal inside an account by people close to him (one side): optional")
E("bk09", "when the general summoned him to army", MUSH, CHAU, ["04", "17"], "040", "2007-03", P("Rawalpindi", "PAK"),
  False, "the summons, same account: optional; 'in Rawalpindi' names the place")
E("bk09", "Lawyers across the country boycotted the courts", LAWY, PAKG, ["14"], "143", "2007-03-12", None, True,
  "boycott 143; 'on Monday' before a Wednesday paper")
E("bk09", "at the call of the Supreme Court", A("Supreme Court Bar Association", "PAK", ["CVL", "JUD"]), PAKG, ["14"],
  "143", "2007-03", None, False, "the call for the boycott: optional (as owned35 ai02)")
E("bk09", "police in Lahore broke up a march", PAKCOP, LAWY, REPR, "175", "2007-03-12", P("Lahore", "PAK"), True,
  "dispersing a march 175; the coordinate clause shares 'on Monday'; Lahore named in the clause")
E("bk09", "Opposition parties accused Musharraf of trying to", A("Pakistani opposition parties", "PAK", ["OPP", "PTY"]),
  MUSH, ["11"], "112", "2007-03", None, True, "accusation 112; first member of a compound of reactions; month")
E("bk09", "Bhutto said the move showed contempt for", A("Benazir Bhutto", "PAK", ["OPP", "PTY"]), MUSH, ["11"], "111",
  "2007-03", None, False, "second member: optional")
E("bk09", "Durrani denied that the government had acted", A("Muhammad Ali Durrani", "PAK", "GOV"),
  A("Pakistani opposition parties", "PAK", ["OPP", "PTY"]), DENY, "016", "2007-03", None, True,
  "denial 016 (01/12) answering the opposition; month")
F("bk09", "Pakistan's judges have rarely stood up to", "analysts' view of a standing pattern")
F("bk09", "Whether the five-judge council will hear the", "speculation: not decided")

# ---------------------------------------------------------------- bk10 Islamabad, Asia (Afghanistan)
S("bk10", "2001-03-13", "Asia", """
Taliban say Bamiyan Buddhas destroyed, defying world's pleas

ISLAMABAD, Pakistan —

Afghanistan's Taliban rulers said on Monday that their fighters had finished destroying the two giant Buddha statues carved into a cliff at Bamiyan, ignoring appeals from the United Nations, Muslim scholars and governments around the world to spare them.

Information Minister Qudratullah Jamal told a Pakistan-based news agency that soldiers had used explosives and tank fire to bring down the statues, which stood 53 and 38 metres high and were carved some 1,500 years ago.

The Taliban's supreme leader, Mullah Mohammad Omar, ordered on Feb. 26 that all statues in the country be destroyed, saying they were idols forbidden by Islam.

UNESCO's director-general, Koichiro Matsuura, condemned the destruction as a crime against culture. Japan, which had offered to pay for the statues to be moved abroad, said it was deeply disappointed.

A delegation of clerics sent by the Organisation of the Islamic Conference flew to Kandahar on Sunday to plead with Omar but returned without seeing him, a Pakistani official said.

The Taliban's foreign minister, Wakil Ahmad Muttawakil, rejected the criticism, saying the world cared more for stones than for Afghans dying of hunger under U.N. sanctions.

Only Pakistan, Saudi Arabia and the United Arab Emirates recognise the Taliban government. No foreign journalist has been allowed to visit the site, so the claim could not be independently confirmed.
""")
TAL = A("Taliban", "AFG", ["GOV", "REB"])
OMAR = A("Mullah Mohammad Omar", "AFG", ["GOV", "REB", "REL"])
E("bk10", "Taliban say Bamiyan Buddhas destroyed, defying world's", TAL, None, ["17"], "1712", "2001-03",
  P("Bamiyan", "AFG"), False, "headline: the destruction")
E("bk10", "their fighters had finished destroying the two", TAL, None, ["17"], "1712", "2001-03", P("Bamiyan", "AFG"),
  True,
  "destruction of property 1712 (17), target null (no owner named); undated pluperfect reported 'on Monday': month; "
  "'at Bamiyan' names the place")
E("bk10", "ignoring appeals from the United Nations, Muslim", TAL, A("United Nations", "UNO", "IGO"), ["12"], "120",
  "2001-03", None, False, "rejection of the appeals, participle in the lead: optional (the appeals themselves are a "
  "nominal with no date)")
E("bk10", "soldiers had used explosives and tank fire", TAL, None, ["17"], "1712", "2001-03", None, False,
  "restatement of the destruction in the minister's account: optional")
E("bk10", "ordered on Feb. 26 that all statues", OMAR, None, ["17"], "170", "2001-02-26", None, True,
  "dated background order to destroy 170 (17), target null; 'on Feb. 26'")
E("bk10", "Matsuura, condemned the destruction as a crime", A("UNESCO", "UNO", "IGO"), TAL, ["11"], "111", "2001-03", None,
  True, "condemnation 111; UNESCO as a U.N. agency UNO/IGO; the story turns on the outside reactions; month")
E("bk10", "said it was deeply disappointed", A("Japan", "JPN", "GOV"), TAL, ["11"], "111", "2001-03", None, False,
  "second reaction: optional; the relative about Japan's offer is undated, not coded")
E("bk10", "flew to Kandahar on Sunday to plead", A("Organisation of the Islamic Conference", None, "IGO"), OMAR,
  ["04", "02"], "042", "2001-03-11", P("Kandahar", "AFG"), True,
  "a visit to plead 042 (04/02); OIC null/IGO like the Arab League in news-dev; 'on Sunday' before a Tuesday paper; "
  "Kandahar named")
E("bk10", "Muttawakil, rejected the criticism, saying the world", A("Wakil Ahmad Muttawakil", "AFG", ["GOV", "REB"]), None,
  ["12"], "120", "2001-03", None, True, "rejection 120, target null ('the world'); month")
F("bk10", "Only Pakistan, Saudi Arabia and the United", "standing recognition, no act")
F("bk10", "No foreign journalist has been allowed to", "negated act")

# ---------------------------------------------------------------- bk11 Lima, Americas (Peru)
S("bk11", "2023-01-10", "Americas", """
Seventeen killed in Peru's deadliest day of protests as crowds try to storm Juliaca airport

LIMA, Peru —

At least 17 people were killed in the southern city of Juliaca on Monday when protesters demanding President Dina Boluarte's resignation clashed with police while trying to take over the city's airport, the ombudsman's office said.

A police officer was burned to death in his patrol car by a mob in the same region overnight, Prime Minister Alberto Otarola said on Tuesday, announcing a three-day curfew in the Puno region.

Hospital officials in Juliaca said most of the dead had gunshot wounds. Otarola said the police had acted within the law and blamed violent groups he said were financed by illegal mining and drug trafficking.

The public prosecutor's office opened an investigation into Boluarte, Otarola and the interior and defence ministers over the deaths, on charges that include genocide and homicide.

The government on Monday barred former Bolivian President Evo Morales from entering Peru, accusing him of stirring up the protests in the mainly Aymara south. Morales called the ban an attempt to divert attention from the killings.

The unrest began after Congress removed Boluarte's predecessor, Pedro Castillo, on Dec. 7 and police arrested him as he tried to reach the Mexican embassy.

Protesters want Boluarte to step down, Congress to be closed and early elections. Had Congress brought the vote forward to this year, many of them say, they would have gone home.
""")
PERP = A("Peruvian protesters", "PER", ["CVL", "OPP"])
PERCOP = A("Peruvian police", "PER", "COP")
PERG = A("Peru's government", "PER", "GOV")
BOL = A("Dina Boluarte", "PER", "GOV")
OTA = A("Alberto Otarola", "PER", "GOV")
MOR = A("Evo Morales", "BOL", ["PTY", "ELI"])
E("bk11", "crowds try to storm Juliaca airport", PERP, PERG, VPROT, "145", "2023-01-09", P("Juliaca", "PER"), False,
  "headline")
E("bk11", "clashed with police while trying to take", PERP, PERCOP, CLASH, "145", "2023-01-09", P("Juliaca", "PER"), True,
  "clash with police 145 (19/18/14, as owned54 bc09), first-mentioned direction; 'in the southern city of Juliaca on "
  "Monday' before a Tuesday paper")
E("bk11", "At least 17 people were killed in", PERCOP, PERP, ["17", "18", "19"], "175", "2023-01-09",
  P("Juliaca", "PER"), False, "reverse direction of the clash: optional")
E("bk11", "demanding President Dina Boluarte's resignation clashed with", PERP, BOL, DEMAND, "1041", "2023-01-09", None,
  False, "demand inside a participle: optional")
E("bk11", "was burned to death in his patrol", A("mob in Puno", "PER", ["CVL", "OPP"]), A("Peruvian police officer", "PER",
  "COP"), ["18"], "1823", "2023-01", None, True,
  "killing by a mob 1823 (18); passive with its agent; 'overnight' without an anchor: month; 'in the same region' "
  "names no place")
E("bk11", "announcing a three-day curfew in the Puno", OTA, None, ["17"], "1723", "2023-01-10", P("Puno", "PER"), True,
  "curfew 1723, target null (as owned54 bc11's emergency); 'on Tuesday' in a Tuesday paper; Puno named")
E("bk11", "blamed violent groups he said were financed", OTA, A("violent groups in Puno", "PER", ["CRM", "CVL"]), ["11"],
  "112", "2023-01", None, True, "blame 112; month")
E("bk11", "opened an investigation into Boluarte, Otarola and", A("Peru's public prosecutor's office", "PER", "JUD"), BOL,
  ["09", "11"], "092", "2023-01", None, True,
  "investigation of abuses 092 (09/11); first of the named targets; month")
E("bk11", "barred former Bolivian President Evo Morales from", PERG, MOR, ["17", "16"], "172", "2023-01-09", None, True,
  "entry ban 172 (17/16); 'on Monday'")
E("bk11", "accusing him of stirring up the protests", PERG, MOR, ["11"], "112", "2023-01-09", None, False,
  "the accusation, participle: optional")
E("bk11", "Morales called the ban an attempt to", MOR, PERG, ["11"], "111", "2023-01", None, False,
  "reply 111: optional")
E("bk11", "after Congress removed Boluarte's predecessor, Pedro Castillo", A("Peru's Congress", "PER", ["LEG", "GOV"]),
  A("Pedro Castillo", "PER", "GOV"), ["17", "12", "11"], "172", "2022-12-07", None, True,
  "dated background removal by parliament 172 (17/12/11, as owned35 ai10); 'on Dec. 7' of the year before")
E("bk11", "police arrested him as he tried to", PERCOP, A("Pedro Castillo", "PER", "GOV"), ["17"], "173", "2022-12-07",
  None, True, "dated background arrest 173, coordinate clause sharing 'on Dec. 7'; 'the Mexican embassy' is a "
  "destination, not a place")
E("bk11", "Protesters want Boluarte to step down, Congress", PERP, BOL, DEMAND, "1041", "2023-01", None, False,
  "standing demand, restated: optional")
F("bk11", "Hospital officials in Juliaca said most of", "a description of wounds, no actor")
F("bk11", "Had Congress brought the vote forward to", "hypothetical")

# ---------------------------------------------------------------- bk12 Mexico City, Americas (Mexico / U.S.)
S("bk12", "2017-01-27", "Americas", """
Pena Nieto calls off Washington visit in row over Trump's border wall

MEXICO CITY, Mexico —

President Enrique Pena Nieto cancelled a meeting with Donald Trump planned for next Tuesday, hours after the new U.S. president wrote on Twitter that it would be better to call the visit off if Mexico refused to pay for a wall along the border.

Pena Nieto announced the decision on Thursday in a message on Twitter, saying Mexico remained willing to work with the United States toward agreements that benefited both nations.

Trump signed an executive order on Wednesday directing federal agencies to begin planning the wall, which he has said Mexico will pay for "one way or another". In a recorded video message that night, Pena Nieto said he regretted and rejected the decision, and he repeated that Mexico would not pay for any wall.

White House spokesman Sean Spicer later told reporters that a 20 percent tax on imports from Mexico could pay for the barrier, but aides said it was one of several options.

Foreign Minister Luis Videgaray, who was in Washington for talks with Trump's advisers when the order was signed, flew home on Thursday.

Leaders of several Mexican parties, including the opposition National Action Party, had urged Pena Nieto to drop the trip, saying he should not go to be humiliated.

Mexico sends about 80 percent of its exports to the United States. If the tax were imposed, economists said, American shoppers rather than Mexico would end up paying for the wall.
""")
EPN = A("Enrique Pena Nieto", "MEX", "GOV")
TR = A("Donald Trump", "USA", "GOV")
E("bk12", "Pena Nieto calls off Washington visit in", EPN, TR, ["12", "16"], "125", "2017-01-26", None, False,
  "headline; 'Washington visit' names a destination, not a place")
E("bk12", "President Enrique Pena Nieto cancelled a meeting", EPN, TR, ["12", "16"], "125", "2017-01", None, True,
  "calling off a meeting 125 (12/16: some coders take it as cutting contacts); the day is given only in the next "
  "sentence: month")
E("bk12", "wrote on Twitter that it would be", TR, EPN, ["13", "12", "11"], "130", "2017-01", None, True,
  "conditional pressure to cancel, coded as a threat 130 (13/12/11); dated only relative to the cancellation "
  "('hours after'): month")
E("bk12", "Pena Nieto announced the decision on Thursday", EPN, TR, ["12", "16"], "125", "2017-01-26", None, False,
  "restatement of the cancellation with its day: optional")
E("bk12", "saying Mexico remained willing to work with", EPN, A("United States", "USA", "GOV"), ["03"], "036",
  "2017-01-26", None, False, "stated willingness to cooperate 036: optional")
E("bk12", "which he has said Mexico will pay", TR, A("Mexico", "MEX", "GOV"), DEMAND, "100", "2017", None, False,
  "standing demand in a relative, present perfect: optional, year")
E("bk12", "Pena Nieto said he regretted and rejected", EPN, TR, ["12", "11"], "120", "2017-01-25", None, True,
  "rejection 120 (12/11); 'that night' = Wednesday night")
E("bk12", "repeated that Mexico would not pay for", EPN, TR, ["12"], "120", "2017-01-25", None, False,
  "restated refusal put as an intention: optional")
E("bk12", "a 20 percent tax on imports from", A("Sean Spicer", "USA", "GOV"), A("Mexico", "MEX", "GOV"), ["13", "16"],
  "1312", "2017-01", None, False, "a tax floated as one option: a possible sanction threat, optional")
E("bk12", "who was in Washington for talks with", A("Luis Videgaray", "MEX", "GOV"), A("Trump's advisers", "USA", "GOV"),
  ["04"], "042", "2017-01-25", P("Washington", "USA"), True,
  "visit for talks 042 (as owned54 bc07), dated background in a relative with its own agent, 'when the order was "
  "signed' (Wednesday); 'in Washington' names the place")
E("bk12", "had urged Pena Nieto to drop the", A("Mexican parties", "MEX", ["PTY", "OPP"]), EPN, DEMAND, "020", "2017-01",
  None, True, "appeal 020 (02/10); undated pluperfect: month")
F("bk12", "Mexico sends about 80 percent of its", "trade share: a count, no act")
F("bk12", "If the tax were imposed, economists said", "hypothetical")

if __name__ == "__main__":
    write(HERE)
