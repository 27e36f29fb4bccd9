#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned83 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned83/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
BLOCK = ["19", "16", "17"]

# ---------------------------------------------------------------- cf01 Blantyre, Africa (Malawi / donors)
S("cf01", "1992-05-14", "Africa", """
Donors freeze aid to Malawi over rights record after deadly riots

BLANTYRE, Malawi —

Britain, the United States and other Western donors meeting in Paris suspended all but humanitarian aid to Malawi on Wednesday, telling President Hastings Kamuzu Banda that new money would depend on an end to detention without trial.

The decision came a week after police opened fire on rioting workers and students in Blantyre and the capital, Lilongwe. Church and diplomatic sources said at least 38 people had died; the government put the toll at six.

The unrest began on May 6, when striking textile workers marched through the city's commercial district and looted shops owned by officials of the ruling Malawi Congress Party.

Banda, 86, said in a radio address that the donors were meddling in Malawi's internal affairs and that his government would not be dictated to by foreigners.

The trade unionist Chakufwa Chihana has been in custody since last month, when police arrested him at Lilongwe airport on his return from a pro-democracy conference in Zambia. The government has charged him with sedition.

In March, the country's eight Roman Catholic bishops denounced repression in a pastoral letter read in every parish, and students at the university in Zomba demonstrated in their support.

Whether the aid freeze would push Banda to allow rival parties, banned since the 1960s, was far from clear.
""")
MWIG = A("Malawi", "MWI", "GOV")
BANDA = A("Hastings Kamuzu Banda", "MWI", "GOV")
DONORS = A("Malawi's Western donors", None, ["GOV", "IGO"])
RIOTERS = A("Malawian rioters", "MWI", ["CVL", "LAB", "OPP"])
E("cf01", "Donors freeze aid to Malawi over rights", DONORS, MWIG, SANCT, "1621", "1992-05-13", None, False, "headline")
E("cf01", "other Western donors meeting in Paris suspended", A("Britain", "GBR", "GOV"), MWIG, SANCT, "1621",
  "1992-05-13", P("Paris", "FRA"), True, "halting aid 1621 (16/17 tolerated); compound subject: Britain, the first "
  "member, required; 'on Wednesday' before a Thursday paper; 'meeting in Paris' names the place")
E("cf01", "Britain, the United States and other Western", A("United States", "USA", "GOV"), MWIG, SANCT, "1621",
  "1992-05-13", P("Paris", "FRA"), False, "second member of the compound subject: optional")
E("cf01", "telling President Hastings Kamuzu Banda that new", A("Britain", "GBR", "GOV"), BANDA, DEMAND, "1043",
  "1992-05-13", P("Paris", "FRA"), False, "a condition put to Banda (demand for rights 1043): optional")
E("cf01", "police opened fire on rioting workers and", A("Malawian police", "MWI", "COP"), RIOTERS, REPR, "175",
  "1992-05", P("Blantyre", "MWI"), True, "firing on rioters 175 in an 'a week after' clause with its own agent; "
  "'a week after' a Wednesday: month; Blantyre, the first place named")
E("cf01", "when striking textile workers marched through the", RIOTERS, A("Malawi Congress Party", "MWI", ["PTY", "GOV"]),
  VPROT, "145", "1992-05-06", P("Blantyre", "MWI"), True, "looting march 145 (14/18/17) in a 'when' clause with its "
  "own agent, dated 'on May 6'; 'the city' with the dateline: Blantyre")
E("cf01", "said in a radio address that the", BANDA, DONORS, ["11"], "111", "1992-05", None, True,
  "criticism of the donors as meddling 111; no day of its own: month")
E("cf01", "his government would not be dictated to", BANDA, DONORS, ["12"], "120", "1992-05", None, False,
  "refusal put as an intention: optional")
E("cf01", "when police arrested him at Lilongwe airport", A("Malawian police", "MWI", "COP"),
  A("Chakufwa Chihana", "MWI", ["OPP", "LAB"]), ["17"], "173", "1992-04", P("Lilongwe", "MWI"), True,
  "dated background arrest 173 in a 'when' clause with its own agent, 'since last month': April; Lilongwe named")
E("cf01", "The government has charged him with sedition.", MWIG, A("Chakufwa Chihana", "MWI", ["OPP", "LAB"]),
  ["11", "17"], "112", "1992", None, False, "undated present-perfect charge: optional; year")
E("cf01", "Catholic bishops denounced repression in a pastoral", A("Malawi's Roman Catholic bishops", "MWI", ["REL", "CVL"]),
  MWIG, ["11"], "111", "1992-03", None, True, "dated background denunciation 111 'In March'")
E("cf01", "students at the university in Zomba demonstrated", A("Malawian students", "MWI", ["EDU", "CVL", "OPP"]),
  MWIG, ["14"], "141", "1992-03", P("Zomba", "MWI"), False, "second clause of the March sentence, a protest with "
  "no target named: optional; Zomba named")
F("cf01", "Church and diplomatic sources said at least", "count")
F("cf01", "Whether the aid freeze would push Banda", "speculation")

# ---------------------------------------------------------------- cf02 Amman, Middle East (Jordan)
S("cf02", "1989-04-25", "Middle East", """
Jordan's Rifai resigns after price riots; king names cousin to form government

AMMAN, Jordan —

Prime Minister Zaid al-Rifai resigned on Monday, a week after riots over sharp rises in fuel and food prices broke out in the southern town of Maan and spread across the south of the kingdom.

King Hussein accepted the resignation and asked his cousin, Field Marshal Sharif Zeid bin Shaker, the commander of the armed forces, to form a new cabinet, the royal palace said.

Police fired on crowds who set fire to banks and government offices in Maan on April 18, and the unrest spread the next day to Karak, Tafila and Salt. Officials said at least eight people had been killed in four days of rioting.

Tribal leaders in the south had demanded Rifai's dismissal, accusing his government of corruption and of cutting subsidies to satisfy the International Monetary Fund.

Security forces detained dozens of people during the riots, among them several leftist activists, and the government said they would be tried.

Hussein, who cut short a visit to the United States because of the unrest, has promised that parliamentary elections will be held before the end of the year.

Jordan has been under martial law since the 1967 war with Israel.

Bin Shaker, a close friend of the king since childhood, is expected to name a cabinet of technocrats.
""")
JORG = A("Jordan", "JOR", "GOV")
RIFAI = A("Zaid al-Rifai", "JOR", "GOV")
HUSS = A("King Hussein", "JOR", "GOV")
JORRIOT = A("Jordanian rioters", "JOR", ["CVL", "OPP"])
E("cf02", "Jordan's Rifai resigns after price riots; king", RIFAI, JORRIOT, ["08"], "0831", "1989-04-24", None, False,
  "headline")
E("cf02", "Prime Minister Zaid al-Rifai resigned on Monday,", RIFAI, JORRIOT, ["08"], "0831", "1989-04-24", None, True,
  "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); 'on Monday' before "
  "a Tuesday paper")
E("cf02", "a week after riots over sharp rises", JORRIOT, JORG, VPROT, "145", "1989-04", P("Maan", "JOR"), False,
  "lead mention of the riots detailed in paragraph three, an event noun: optional")
E("cf02", "King Hussein accepted the resignation and asked", HUSS, RIFAI, ["08", "05"], "080", "1989-04", None, False,
  "accepting a resignation: coders split, optional")
E("cf02", "Police fired on crowds who set fire", A("Jordanian police", "JOR", "COP"), JORRIOT, REPR, "175",
  "1989-04-18", P("Maan", "JOR"), True, "firing on rioters 175; 'on April 18'; Maan named")
E("cf02", "crowds who set fire to banks and", JORRIOT, JORG, VPROT, "145", "1989-04-18", P("Maan", "JOR"), True,
  "arson by rioters 145 in a relative clause with its own agent; the April 18 of its sentence")
E("cf02", "the unrest spread the next day to", JORRIOT, JORG, VPROT, "145", "1989-04-19", P("Karak", "JOR"), False,
  "agentless spread of the unrest: optional; Karak, the first place named")
E("cf02", "Tribal leaders in the south had demanded", A("southern tribal leaders", "JOR", ["ELI", "CVL"]), RIFAI,
  DEMAND, "1041", "1989-04", None, True, "demand for the premier's dismissal 1041; undated pluperfect: month")
E("cf02", "accusing his government of corruption and of", A("southern tribal leaders", "JOR", ["ELI", "CVL"]), JORG,
  ["11"], "112", "1989-04", None, False, "accusation in a participle clause, second verb: optional")
E("cf02", "Security forces detained dozens of people during", A("Jordanian security forces", "JOR", ["COP", "MIL"]),
  JORRIOT, ["17"], "173", "1989-04", None, True, "detentions 173; 'during the riots': month")
E("cf02", "has promised that parliamentary elections will be", HUSS, A("Jordanians", "JOR", "CVL"), ["03"], "034",
  "1989-04", None, True, "promise of political reform 034; present perfect: month")
F("cf02", "Officials said at least eight people had", "count")
F("cf02", "Jordan has been under martial law since", "standing situation")

# ---------------------------------------------------------------- cf03 Jakarta, Asia (Indonesia)
S("cf03", "1998-05-14", "Asia", """
Riots sweep Jakarta after security forces shoot dead four students

JAKARTA, Indonesia —

Mobs burned shops owned by ethnic Chinese and set cars ablaze across Jakarta on Wednesday, a day after four students were shot dead at a campus protest against President Suharto.

The students were killed on Tuesday evening at Trisakti University in west Jakarta as troops and riot police fired into a crowd returning to the campus after a peaceful march toward parliament.

Witnesses said some of the shots came from an overpass near the campus. The national police chief, Lt. Gen. Dibyo Widodo, denied on Wednesday that his officers had used live ammunition.

Students at several universities in Jakarta and Yogyakarta held rallies on Wednesday to mourn the dead and to demand Suharto's resignation.

Amien Rais, the leader of the Muslim organisation Muhammadiyah, blamed the security forces for the killings and called the deaths a national tragedy.

The armed forces commander, Gen. Wiranto, expressed regret and promised an inquiry.

Suharto, 76, is in Cairo for a summit of developing nations. In Washington, the State Department urged the government to show restraint.

It was not known whether Suharto would cut short his trip.

Indonesia's currency has lost about 70 percent of its value against the dollar since last July.
""")
IDNG = A("Indonesia", "IDN", "GOV")
IDNMIL = A("Indonesian troops", "IDN", "MIL")
STUD = A("Trisakti University students", "IDN", ["EDU", "CVL", "OPP"])
MOBS = A("Jakarta rioters", "IDN", ["CVL", "OPP"])
CHIN = A("ethnic Chinese shopkeepers", "IDN", ["BUS", "CVL"])
E("cf03", "Riots sweep Jakarta after security forces shoot", IDNMIL, STUD, REPR, "175", "1998-05-12",
  P("Jakarta", "IDN"), False, "headline")
E("cf03", "Mobs burned shops owned by ethnic Chinese", MOBS, CHIN, ["14", "18", "17"], "145", "1998-05-13",
  P("Jakarta", "IDN"), True, "riot and arson 145 (14/18/17); 'on Wednesday' before a Thursday paper; Jakarta named")
E("cf03", "a day after four students were shot", IDNMIL, STUD, REPR, "175", "1998-05-12", P("Jakarta", "IDN"), False,
  "agentless lead mention of the shooting detailed next: optional")
E("cf03", "as troops and riot police fired into", IDNMIL, STUD, ["17", "18", "19"], "175", "1998-05-12",
  P("Jakarta", "IDN"), True, "firing on protesters 175 (17/18/19) in an 'as' clause with its own agent; compound "
  "subject: troops, the first member, required; 'on Tuesday evening'; 'in west Jakarta'")
E("cf03", "troops and riot police fired into a", A("Indonesian riot police", "IDN", "COP"), STUD, ["17", "18", "19"],
  "175", "1998-05-12", P("Jakarta", "IDN"), False, "second member of the compound subject: optional")
E("cf03", "after a peaceful march toward parliament", STUD, IDNG, ["14"], "141", "1998-05-12", P("Jakarta", "IDN"),
  False, "event noun, the march: optional")
E("cf03", "Witnesses said some of the shots came", A("unidentified gunmen", None, None), STUD, ["18", "19"], "190",
  "1998-05-12", None, False, "account of witnesses, disputed by the police: optional")
E("cf03", "denied on Wednesday that his officers had", A("Dibyo Widodo", "IDN", ["COP", "GOV"]), STUD, DENY, "016",
  "1998-05-13", None, True, "denial 016 (01/12) of the witnesses' charge; 'on Wednesday'")
E("cf03", "Students at several universities in Jakarta and", A("Indonesian students", "IDN", ["EDU", "CVL", "OPP"]),
  A("Suharto", "IDN", "GOV"), ["14", "10"], "141", "1998-05-13", P("Jakarta", "IDN"), True,
  "rallies 141 (14, with a demand 10 for resignation tolerated); 'on Wednesday'; Jakarta, the first place named")
E("cf03", "to demand Suharto's resignation", A("Indonesian students", "IDN", ["EDU", "CVL", "OPP"]),
  A("Suharto", "IDN", "GOV"), DEMAND, "1041", "1998-05-13", P("Jakarta", "IDN"), False,
  "purpose of the rallies, a demand for resignation: optional")
E("cf03", "blamed the security forces for the killings", A("Amien Rais", "IDN", ["REL", "OPP"]),
  A("Indonesian security forces", "IDN", ["MIL", "COP"]), ["11"], "112", "1998-05", None, True,
  "blame 112; no day of its own: month")
E("cf03", "expressed regret and promised an inquiry", A("Wiranto", "IDN", ["MIL", "GOV"]), STUD, ["03", "05", "09"],
  "030", "1998-05", None, False, "regret and a promise of an inquiry: coders split, optional")
E("cf03", "the State Department urged the government to", A("U.S. State Department", "USA", "GOV"), IDNG, DEMAND, "1052",
  "1998-05", P("Washington", "USA"), False, "single outside appeal for restraint: optional; 'In Washington' is where "
  "it was said")
F("cf03", "It was not known whether Suharto would", "speculation")
F("cf03", "Indonesia's currency has lost about 70 percent", "standing situation, a count")

# ---------------------------------------------------------------- cf04 Kathmandu, Asia (Nepal / India)
S("cf04", "1989-04-04", "Asia", """
Nepal accuses India of blockade as fuel runs short in Kathmandu

KATHMANDU, Nepal —

Nepal accused India on Monday of imposing an economic blockade on the landlocked Himalayan kingdom, nearly two weeks after New Delhi closed all but two of the crossings on their long common border.

The foreign minister, Shailendra Kumar Upadhyaya, told reporters in Kathmandu that India was punishing Nepal for buying anti-aircraft guns from China last year. He demanded that New Delhi renew the trade and transit treaties that lapsed on March 23.

India's External Affairs Ministry denied that there was any blockade. A spokesman said the treaties had simply run out and that Indian officials were ready to discuss a single new agreement covering both trade and transit.

Prime Minister Rajiv Gandhi's government has also objected to a Nepalese law requiring work permits for Indian citizens, officials in New Delhi said.

Long queues formed at petrol stations in the capital, and the government rationed kerosene and cooking gas.

Nepal has appealed to friendly governments and to the United Nations, arguing that landlocked states have a right of transit to the sea.

China has offered to send fuel by road across the Himalayas, a Nepalese official said.

Nepal buys nearly all of its fuel, salt and medicine through India, which surrounds it on three sides.

Whether the dispute could be settled before the monsoon rains close mountain roads was unclear.
""")
NPLG = A("Nepal", "NPL", "GOV")
INDG = A("India", "IND", "GOV")
E("cf04", "Nepal accuses India of blockade as fuel", NPLG, INDG, ["11"], "112", "1989-04-03", None, False, "headline")
E("cf04", "Nepal accused India on Monday of imposing", NPLG, INDG, ["11"], "112", "1989-04-03", None, True,
  "accusation 112; 'on Monday' before a Tuesday paper; a country named as actor is its government")
E("cf04", "after New Delhi closed all but two", INDG, NPLG, BLOCK, "191", "1989-03", None, True,
  "border closure 191 (19/16/17) in an 'after' clause with its own agent ('New Delhi' is the government); "
  "'nearly two weeks after': month; the border gives no place")
E("cf04", "told reporters in Kathmandu that India was", A("Shailendra Kumar Upadhyaya", "NPL", "GOV"), INDG, ["11"],
  "112", "1989-04", P("Kathmandu", "NPL"), False, "restatement of the lead accusation: optional")
E("cf04", "He demanded that New Delhi renew the", A("Shailendra Kumar Upadhyaya", "NPL", "GOV"), INDG,
  DEMAND, "1011", "1989-04", P("Kathmandu", "NPL"), True, "demand for economic cooperation 1011; 'He' = Upadhyaya; "
  "no day of its own: month; Kathmandu from the sentence before")
E("cf04", "India's External Affairs Ministry denied that there", INDG, NPLG, DENY, "016", "1989-04", None, True,
  "denial 016 (01/12) of Nepal's charge; month")
E("cf04", "Indian officials were ready to discuss a", INDG, NPLG, ["03"], "036", "1989-04", None, False,
  "offer to negotiate 036 inside the spokesman's statement: optional")
E("cf04", "government has also objected to a Nepalese", A("Rajiv Gandhi's government", "IND", "GOV"), NPLG, ["11"],
  "111", "1989", None, False, "undated present-perfect objection: optional; year; 'officials in New Delhi said' is "
  "not the place of the act")
E("cf04", "Nepal has appealed to friendly governments and", NPLG, A("United Nations", "UNO", "IGO"), ["02"], "020",
  "1989", None, True, "appeal 020; first object 'friendly governments' has no country, so the UN is the coded target; "
  "present perfect without a date: year")
E("cf04", "China has offered to send fuel by", A("China", "CHN", "GOV"), NPLG, ["03", "07"], "033", "1989", None,
  False, "single outside offer of aid, present perfect: optional; year")
F("cf04", "Nepal buys nearly all of its fuel,", "standing situation")
F("cf04", "Whether the dispute could be settled before", "speculation")

# ---------------------------------------------------------------- cf05 Tirgu Mures, Europe (Romania / Hungary)
S("cf05", "1990-03-22", "Europe/Eurasia", """
Troops seal off Tirgu Mures after Romanians and Hungarians battle in streets

TIRGU MURES, Romania —

Romanian troops backed by tanks separated rival crowds and sealed off the centre of this Transylvanian city on Wednesday, after two days of street fighting between ethnic Romanians and Hungarians.

On Tuesday, thousands of Romanians, many of them villagers brought in by bus and armed with axes and clubs, attacked Hungarians who had gathered in the main square to demand schools in their own language.

The Hungarians fought back, and the fighting went on past midnight. Hospital officials said at least six people were dead and about 300 hurt.

On Monday, a crowd of Romanian nationalists stormed the local offices of the Hungarian Democratic Union of Romania and beat the writer Andras Suto, who lost an eye.

In Bucharest, President Ion Iliescu's government accused Budapest on Wednesday of stirring up the unrest and said Hungarian extremists were trying to split Transylvania from Romania.

Hungary's Foreign Ministry rejected the charge and called on Romania to protect the rights of its two million ethnic Hungarians.

The Hungarian Democratic Union, which says it speaks for the minority, demanded an independent inquiry into Tuesday's violence.

Transylvania, home to most of Romania's Hungarians, belonged to Hungary until the end of World War One.

It was not clear who had organised the buses that brought the villagers to the city.
""")
ROUG = A("Romania", "ROU", "GOV")
HUNG = A("Hungary", "HUN", "GOV")
ROUMIL = A("Romanian troops", "ROU", "MIL")
ROUCR = A("ethnic Romanian crowds", "ROU", ["CVL", "RAD"])
HUCR = A("ethnic Hungarians in Romania", "ROU", ["CVL", "OPP"])
UDMR = A("Hungarian Democratic Union of Romania", "ROU", ["PTY", "OPP"])
TGM = P("Tirgu Mures", "ROU")
E("cf05", "Troops seal off Tirgu Mures after Romanians", ROUMIL, ROUCR, ["19", "17", "15"], "191", "1990-03-21", TGM,
  False, "headline")
E("cf05", "Romanian troops backed by tanks separated rival", ROUMIL, ROUCR, ["19", "17", "15"], "191", "1990-03-21",
  TGM, True, "sealing off the city centre 191 (19/17/15 tolerated); target the first of the rival crowds; 'on "
  "Wednesday' before a Thursday paper; 'this Transylvanian city' with the dateline: Tirgu Mures")
E("cf05", "two days of street fighting between ethnic", ROUCR, HUCR, CLASH, "190", "1990-03", TGM, False,
  "lead mention of the clashes detailed next, an event noun: optional")
E("cf05", "attacked Hungarians who had gathered in the", ROUCR, HUCR, ["18", "19", "14"], "180", "1990-03-20", TGM,
  True, "attack by armed crowds 180 (18/19/14); 'On Tuesday'; 'the main square' with the dateline")
E("cf05", "who had gathered in the main square", HUCR, ROUG, ["14", "10"], "141", "1990-03-20", TGM, False,
  "the rally inside the object of the attack: optional")
E("cf05", "The Hungarians fought back, and the fighting", HUCR, ROUCR, CLASH, "190", "1990-03-20", TGM, False,
  "reverse direction of the fighting: optional")
E("cf05", "stormed the local offices of the Hungarian", ROUCR, UDMR, ["18", "17", "14"], "180", "1990-03-19", TGM, False,
  "storming the offices, the first verb of a pair whose beating is the act the story dwells on: optional")
E("cf05", "beat the writer Andras Suto, who lost", ROUCR, A("Andras Suto", "ROU", ["CVL", "PTY"]), ["18"], "182",
  "1990-03-19", TGM, True, "beating 182; 'On Monday'; 'the local offices' with the dateline")
E("cf05", "government accused Budapest on Wednesday of stirring", ROUG, HUNG, ["11"], "112", "1990-03-21",
  P("Bucharest", "ROU"), True, "accusation 112; 'Budapest' is the government; 'In Bucharest' is where it was made; "
  "'on Wednesday'")
E("cf05", "said Hungarian extremists were trying to split", ROUG, A("Hungarian extremists", None, ["RAD", "CVL"]),
  ["11"], "112", "1990-03-21", None, False, "second accusation of the same statement: optional")
E("cf05", "Hungary's Foreign Ministry rejected the charge and", HUNG, ROUG, DENY, "016", "1990-03", None, True,
  "denial 016 (01/12); no day of its own: month")
E("cf05", "called on Romania to protect the rights", HUNG, ROUG, DEMAND, "1043", "1990-03", None, False,
  "second verb, a demand for rights: optional")
E("cf05", "demanded an independent inquiry into Tuesday's violence", UDMR, ROUG, DEMAND, "100", "1990-03", None, False,
  "demand for an inquiry, target implied: optional")
F("cf05", "Transylvania, home to most of Romania's Hungarians,", "historical aside without an actor")
F("cf05", "It was not clear who had organised", "speculation")

# ---------------------------------------------------------------- cf06 Tegucigalpa, Americas (Honduras / U.S.)
S("cf06", "1988-04-09", "Americas", """
Honduras declares emergency after mob burns U.S. Embassy annex

TEGUCIGALPA, Honduras —

The government of President Jose Azcona Hoyo declared a state of emergency in the capital and the northern city of San Pedro Sula on Friday, a day after rioters set fire to an annex of the U.S. Embassy.

About 1,500 protesters, many of them university students, marched on the embassy on Thursday evening, burned cars in its parking lot and hurled firebombs at the annex while police kept their distance for more than an hour.

The embassy said no American had been hurt.

The crowd was enraged by the arrest on Tuesday of Juan Ramon Matta Ballesteros, a suspected cocaine trafficker, who was seized at his home in Tegucigalpa by Honduran soldiers and U.S. marshals and flown out of the country within hours.

The constitution bars the extradition of Honduran citizens, and opposition politicians accused Azcona of breaking it to please Washington.

The interior minister said the emergency suspended the rights of assembly and free movement for a week and that troops would patrol both cities.

In Washington, the State Department called on Honduras to protect American diplomats and property.

Matta, who was wanted in the United States on drug charges, was being held in a federal prison in Illinois.

Honduras is a close American ally and hosts about 3,000 U.S. troops at the Palmerola air base.
""")
HNDG = A("Honduras", "HND", "GOV")
AZC = A("Jose Azcona Hoyo", "HND", "GOV")
HNDPROT = A("Honduran protesters", "HND", ["CVL", "OPP"])
USEMB = A("U.S. Embassy", "USA", None)
TGU = P("Tegucigalpa", "HND")
MATTA = A("Juan Ramon Matta Ballesteros", "HND", ["CRM", "CVL"])
E("cf06", "Honduras declares emergency after mob burns U.S.", HNDG, HNDPROT, ["17"], "1724", "1988-04-08", TGU, False,
  "headline")
E("cf06", "declared a state of emergency in the", AZC, HNDPROT, ["17"], "1724", "1988-04-08", TGU, True,
  "declared emergency 1724 (news-dev); target the rioters; 'on Friday' before a Saturday paper; 'the capital' = "
  "Tegucigalpa, the first place named; source the government, named by its president")
E("cf06", "a day after rioters set fire to", HNDPROT, USEMB, VPROT, "145", "1988-04-07", TGU, False,
  "lead mention of the attack detailed in the next paragraph: optional")
E("cf06", "marched on the embassy on Thursday evening,", HNDPROT, USEMB, VPROT, "145", "1988-04-07", TGU, True,
  "violent protest and arson 145 (14/18/17); premises are the country with sector null; 'on Thursday evening'; the "
  "embassy in the capital with the dateline: Tegucigalpa")
E("cf06", "by Honduran soldiers and U.S. marshals", A("Honduran soldiers", "HND", "MIL"), MATTA, ["17"], "173",
  "1988-04-05", TGU, True, "arrest 173 in an agentive passive relative; 'on Tuesday'; 'his home in Tegucigalpa'; "
  "compound agent: Honduran soldiers, the first member, required")
E("cf06", "who was seized at his home in", A("U.S. marshals", "USA", "COP"), MATTA, ["17"], "173", "1988-04-05", TGU,
  False, "second member of the compound agent: optional")
E("cf06", "opposition politicians accused Azcona of breaking it", A("Honduran opposition politicians", "HND", ["OPP", "PTY"]),
  AZC, ["11"], "112", "1988-04", None, True, "accusation 112; no day: month")
E("cf06", "troops would patrol both cities", A("Honduran troops", "HND", "MIL"), HNDPROT, ["15"], "150", "1988-04",
  None, False, "announced deployment inside the minister's statement: optional")
E("cf06", "the State Department called on Honduras to", A("U.S. State Department", "USA", "GOV"), HNDG, DEMAND, "100",
  "1988-04", P("Washington", "USA"), True, "demand 10 (02 tolerated); the attacked party's response, on which the "
  "story turns; 'In Washington'; month")
F("cf06", "The embassy said no American had been", "negated: nobody hurt")
F("cf06", "Honduras is a close American ally and", "standing situation")

# ---------------------------------------------------------------- cf07 Cairo, Middle East (Egypt / U.S.)
S("cf07", "2005-12-25", "Middle East", """
Egyptian court jails opposition leader Nour for five years; Washington troubled

CAIRO, Egypt —

A Cairo criminal court sentenced the opposition politician Ayman Nour to five years in prison on Saturday for forging signatures on the papers that registered his party, a verdict his supporters called revenge for his challenge to President Hosni Mubarak.

Nour, 41, who came a distant second to Mubarak in September's presidential election, shouted from the defendants' cage that the case had been fabricated by the government.

Police beat supporters who tried to block the van taking him to prison, and several people were detained outside the courthouse, witnesses said.

Nour was first arrested in January, days after parliament stripped him of his immunity, and was held for six weeks before being released on bail.

The U.S. State Department said on Saturday that it was deeply troubled by the verdict and called on Egypt to free Nour on humanitarian grounds.

Secretary of State Condoleezza Rice postponed a visit to Cairo in February over his arrest.

Egypt's Foreign Ministry rejected the American criticism as interference in the work of an independent judiciary.

Nour's wife, Gamila Ismail, said the Ghad party would appeal.

Egypt has been governed under emergency laws since the assassination of President Anwar Sadat in 1981.

It was unclear whether Mubarak would use his power to pardon the opposition leader.
""")
EGYG = A("Egypt", "EGY", "GOV")
NOUR = A("Ayman Nour", "EGY", ["OPP", "PTY"])
CAI = P("Cairo", "EGY")
NOURSUP = A("Ayman Nour's supporters", "EGY", ["OPP", "CVL"])
E("cf07", "Egyptian court jails opposition leader Nour for", A("Egyptian court", "EGY", "JUD"), NOUR, ["17", "11"],
  "173", "2005-12-24", None, False, "headline")
E("cf07", "A Cairo criminal court sentenced the opposition", A("Cairo criminal court", "EGY", "JUD"), NOUR, ["17", "11"],
  "173", "2005-12-24", CAI, True, "prison sentence 173 (17/11, news-dev's court verdicts); 'on Saturday' before a "
  "Sunday paper; 'A Cairo criminal court' names the place")
E("cf07", "a verdict his supporters called revenge for", NOURSUP, EGYG, ["11"], "112", "2005-12", None, False,
  "appositive accusation by supporters: optional")
E("cf07", "shouted from the defendants' cage that the", NOUR, EGYG, ["11"], "112", "2005-12-24", CAI, True,
  "accusation 112; the day of the verdict; in the Cairo court")
E("cf07", "Police beat supporters who tried to block", A("Egyptian police", "EGY", "COP"), NOURSUP, REPR, "175",
  "2005-12-24", CAI, True, "police beating protesters 175 (17/18); the day of the verdict; outside the Cairo "
  "courthouse")
E("cf07", "several people were detained outside the courthouse", A("Egyptian police", "EGY", "COP"), NOURSUP, ["17"],
  "173", "2005-12-24", CAI, False, "agentless detentions, second clause: optional")
E("cf07", "Nour was first arrested in January, days", EGYG, NOUR, ["17"], "173", "2005-01", None, False,
  "agentless background passive: optional")
E("cf07", "days after parliament stripped him of his", A("Egypt's parliament", "EGY", ["LEG", "GOV"]), NOUR, ["17"],
  "172", "2005-01", None, True, "lifting immunity, an administrative sanction 172, in a 'days after' clause with its "
  "own agent; January")
E("cf07", "called on Egypt to free Nour on", A("U.S. State Department", "USA", "GOV"), EGYG, DEMAND, "1053",
  "2005-12-24", None, True, "demand for release 1053; 'on Saturday'")
E("cf07", "said on Saturday that it was deeply", A("U.S. State Department", "USA", "GOV"), EGYG, ["11"], "111",
  "2005-12-24", None, False, "expression of concern, first clause: optional (coders split between 11 and none)")
E("cf07", "Condoleezza Rice postponed a visit to Cairo", A("Condoleezza Rice", "USA", "GOV"), EGYG, ["16", "11", "12"],
  "160", "2005-02", None, False, "postponing a visit in protest: coders split, optional; 'a visit to Cairo' names "
  "no place of the act")
E("cf07", "Egypt's Foreign Ministry rejected the American criticism", EGYG, A("United States", "USA", "GOV"), ["12"],
  "120", "2005-12", None, True, "rejection of criticism 12; no day: month")
F("cf07", "Egypt has been governed under emergency laws", "standing situation")
F("cf07", "It was unclear whether Mubarak would use", "speculation")

# ---------------------------------------------------------------- cf08 Yaounde, Africa (Cameroon)
S("cf08", "1992-10-29", "Africa", """
Biya declares emergency in opposition stronghold; Fru Ndi held at home

YAOUNDE, Cameroon —

President Paul Biya declared a three-month state of emergency in the English-speaking North-West Province on Tuesday, after supporters of opposition leader John Fru Ndi rioted in the provincial capital, Bamenda, over Biya's disputed re-election.

Troops have kept Fru Ndi under house arrest in Bamenda since Tuesday, and journalists and diplomats have been turned away from his gate, his aides said.

Fru Ndi, the chairman of the Social Democratic Front, has proclaimed himself the winner of the Oct. 11 vote and accused the government of rigging the count.

The Supreme Court declared on Friday that Biya had won almost 40 percent of the vote against 36 percent for Fru Ndi.

The communication minister, Augustin Kontchou Kouomegni, denied the fraud charges and accused the opposition of plotting to seize power by force.

Police arrested dozens of opposition activists in Bamenda over the weekend, the Social Democratic Front said.

The United States criticised the election as marred by serious irregularities, and its ambassador urged Biya to lift the emergency and free detained opposition supporters.

Cameroon's English-speaking minority has long complained of domination by the French-speaking majority.
""")
CMRG = A("Cameroon", "CMR", "GOV")
BIYA = A("Paul Biya", "CMR", "GOV")
FRU = A("John Fru Ndi", "CMR", ["OPP", "PTY"])
SDF = A("Social Democratic Front", "CMR", ["OPP", "PTY"])
SDFSUP = A("Fru Ndi's supporters", "CMR", ["OPP", "CVL"])
BAM = P("Bamenda", "CMR")
E("cf08", "Biya declares emergency in opposition stronghold; Fru", BIYA, SDFSUP, ["17"], "1724", "1992-10-27", None,
  False, "headline")
E("cf08", "declared a three-month state of emergency in", BIYA, SDFSUP, ["17"], "1724", "1992-10-27",
  P("North-West Province", "CMR"), True, "declared emergency 1724 aimed at the rioters; 'on Tuesday' before a "
  "Thursday paper; the province named")
E("cf08", "supporters of opposition leader John Fru Ndi", SDFSUP, CMRG, VPROT, "145", "1992-10", BAM, True,
  "riot 145 (14/18/17) in an 'after' clause with its own agent, no day: month; Bamenda named")
E("cf08", "Troops have kept Fru Ndi under house", A("Cameroonian troops", "CMR", "MIL"), FRU, ["17"], "173", "1992-10",
  BAM, True, "house arrest 173; 'since Tuesday' (a span): month; 'in Bamenda'")
E("cf08", "journalists and diplomats have been turned away", A("Cameroonian troops", "CMR", "MIL"),
  A("journalists and diplomats", None, ["MED", "GOV"]), ["17"], "172", "1992-10", BAM, False,
  "agentless passive: optional")
E("cf08", "accused the government of rigging the count", FRU, CMRG, ["11"], "112", "1992-10", None, True,
  "accusation 112; present perfect: month")
E("cf08", "denied the fraud charges and accused the", A("Augustin Kontchou Kouomegni", "CMR", "GOV"), FRU, DENY, "016",
  "1992-10", None, True, "denial 016 (01/12) of Fru Ndi's charge; month")
E("cf08", "accused the opposition of plotting to seize", A("Augustin Kontchou Kouomegni", "CMR", "GOV"), SDF, ["11"],
  "112", "1992-10", None, False, "counter-accusation, second verb: optional")
E("cf08", "Police arrested dozens of opposition activists in", A("Cameroonian police", "CMR", "COP"), SDF, ["17"], "173",
  "1992-10", BAM, True, "arrests 173; 'over the weekend': month; Bamenda named; told by the SDF and undisputed")
E("cf08", "The United States criticised the election as", A("United States", "USA", "GOV"), CMRG, ["11"], "111",
  "1992-10", None, True, "criticism 111; no day: month")
E("cf08", "its ambassador urged Biya to lift the", A("U.S. ambassador to Cameroon", "USA", "GOV"), BIYA, DEMAND, "1053",
  "1992-10", None, False, "second clause, a demand to lift the emergency and free detainees: optional")
F("cf08", "The Supreme Court declared on Friday that", "announcement of results, not coded (owned54)")
F("cf08", "English-speaking minority has long complained of domination", "standing situation")

# ---------------------------------------------------------------- cf09 Dhaka, Asia (Bangladesh / India)
S("cf09", "2001-04-20", "Asia", """
Bangladeshi guards leave disputed village as India and Bangladesh pull back from border clash

DHAKA, Bangladesh —

Bangladeshi border guards pulled out of a disputed village on the frontier with India's state of Meghalaya on Thursday, hours after Prime Minister Sheikh Hasina telephoned her Indian counterpart, Atal Behari Vajpayee, to defuse the worst border fighting between the neighbours in decades.

Sixteen Indian soldiers were killed on Wednesday when troops of India's Border Security Force crossed into the Bangladeshi village of Boraibari and were fought off by the Bangladesh Rifles, officials in Dhaka said.

Bangladesh Rifles troops had occupied the village of Pyrdiwah, which India says lies on its side of the border, on Monday.

New Delhi said its men had been ambushed and accused Dhaka of provoking the bloodshed.

Bangladesh's Foreign Ministry accused India of aggression and said Pyrdiwah had been Bangladeshi land under Indian occupation since 1971.

Commanders of the Bangladesh Rifles and the Border Security Force met on Thursday and agreed to stop firing.

Indian officials said it was not clear how the soldiers had died.

The two countries share a porous border of about 4,000 kilometres, parts of which have never been marked.
""")
BGDG = A("Bangladesh", "BGD", "GOV")
INDG2 = A("India", "IND", "GOV")
BDR = A("Bangladesh Rifles", "BGD", ["MIL", "COP"])
BSF = A("Border Security Force", "IND", ["MIL", "COP"])
E("cf09", "Bangladeshi guards leave disputed village as India", BDR, INDG2, ["08"], "0874", "2001-04-19", None, False,
  "headline")
E("cf09", "Bangladeshi border guards pulled out of a", BDR, INDG2, ["08"], "0874", "2001-04-19", None, True,
  "military withdrawal 0874 (RETREAT); 'on Thursday' before a Friday paper; a disputed village gets no place")
E("cf09", "hours after Prime Minister Sheikh Hasina telephoned", A("Sheikh Hasina", "BGD", "GOV"),
  A("Atal Behari Vajpayee", "IND", "GOV"), ["04"], "040", "2001-04", None, True,
  "telephone consultation 040 in an 'hours after' clause with its own agent: month")
E("cf09", "crossed into the Bangladeshi village of Boraibari", BSF, BGDG, ["19", "18", "15"], "190", "2001-04-18",
  P("Boraibari", "BGD"), True, "armed incursion 190 in a 'when' clause with its own agent; 'on Wednesday'; "
  "Boraibari named, in Bangladesh")
E("cf09", "were fought off by the Bangladesh Rifles", BDR, BSF, CLASH, "190", "2001-04-18", P("Boraibari", "BGD"),
  False, "reverse direction of the fighting, agentive passive: optional")
E("cf09", "Bangladesh Rifles troops had occupied the village", BDR, INDG2, ["19", "15", "17"], "192", "2001-04-16",
  None, True, "occupying territory 192; 'on Monday' before a Friday paper; disputed village: no place")
E("cf09", "New Delhi said its men had been", INDG2, BGDG, ["11"], "112", "2001-04", None, True,
  "accusation 112; 'New Delhi' and 'Dhaka' are the governments; no day: month")
E("cf09", "Bangladesh's Foreign Ministry accused India of aggression", BGDG, INDG2, ["11"], "112", "2001-04", None,
  True, "accusation 112; month")
E("cf09", "Commanders of the Bangladesh Rifles and the", BDR, BSF, ["04"], "040", "2001-04-19", None, True,
  "border commanders' meeting 040; joint: the first-mentioned direction required; 'on Thursday'")
E("cf09", "Security Force met on Thursday and agreed", BSF, BDR, ["04"], "040", "2001-04-19", None, False,
  "reverse direction of the meeting: optional")
E("cf09", "and agreed to stop firing", BDR, BSF, AGREE, "030", "2001-04-19", None, False,
  "agreement to stop firing, second verb: optional")
F("cf09", "Indian officials said it was not clear", "speculation")
F("cf09", "The two countries share a porous border", "standing situation")

# ---------------------------------------------------------------- cf10 Manila, Asia (Philippines)
S("cf10", "2001-05-02", "Asia", """
Arroyo declares 'state of rebellion' after Estrada supporters storm toward palace

MANILA, Philippines —

President Gloria Macapagal Arroyo declared a state of rebellion in Manila on Tuesday after tens of thousands of supporters of her jailed predecessor, Joseph Estrada, marched on the presidential palace and fought riot police at its gates.

Police and soldiers used tear gas, water cannon and batons to drive back the crowd, which had pelted them with rocks and set vehicles ablaze near Malacanang Palace before dawn.

At least four people were killed and more than 100 injured, hospital officials said.

Arroyo ordered the arrest of opposition Senator Juan Ponce Enrile and several other politicians, accusing them of inciting the crowd to overthrow her government. Enrile was taken into custody at his home late on Tuesday.

Estrada, who was forced from office in January, was arrested last week on charges of plunder. His lawyers said he had no part in the march.

Leaders of the protest accused Arroyo of seizing power illegally and vowed to return to the streets.

The United States said it supported Arroyo's government and condemned the violence.

It was unclear how long the state of rebellion, which allows arrests without warrants, would last.
""")
ARR = A("Gloria Macapagal Arroyo", "PHL", "GOV")
ESTSUP = A("Estrada supporters", "PHL", ["CVL", "OPP"])
ENR = A("Juan Ponce Enrile", "PHL", ["LEG", "OPP"])
PHLCOP = A("Philippine police", "PHL", "COP")
MNL = P("Manila", "PHL")
E("cf10", "Arroyo declares 'state of rebellion' after Estrada", ARR, ESTSUP, ["17"], "1724", "2001-05-01", MNL, False,
  "headline")
E("cf10", "declared a state of rebellion in Manila", ARR, ESTSUP, ["17"], "1724", "2001-05-01", MNL, True,
  "declared emergency 1724 (news-dev); 'on Tuesday' before a Wednesday paper; 'in Manila'")
E("cf10", "marched on the presidential palace and fought", ESTSUP, ARR, VPROT, "145", "2001-05-01", MNL, False,
  "lead summary of the assault on the palace detailed next: optional")
E("cf10", "Police and soldiers used tear gas, water", PHLCOP, ESTSUP, REPR, "175", "2001-05-01", MNL, True,
  "crowd control by force 175; compound subject, police first, required; the Tuesday of the lead; Malacanang Palace "
  "with the dateline: Manila")
E("cf10", "soldiers used tear gas, water cannon and", A("Philippine soldiers", "PHL", "MIL"), ESTSUP, REPR, "175",
  "2001-05-01", MNL, False, "second member of the compound subject: optional")
E("cf10", "which had pelted them with rocks and", ESTSUP, PHLCOP, VPROT, "145", "2001-05-01", MNL, True,
  "violent protest 145 in a relative clause with its own agent; 'before dawn' on the Tuesday")
E("cf10", "Arroyo ordered the arrest of opposition Senator", ARR, ENR, ["17"], "173", "2001-05-01", None, True,
  "arrest order 173; the day of the lead")
E("cf10", "accusing them of inciting the crowd to", ARR, ENR, ["11"], "112", "2001-05-01", None, True,
  "accusation 112 in a participle clause; the day of the order")
E("cf10", "Enrile was taken into custody at his", PHLCOP, ENR, ["17"], "173", "2001-05-01", None, False,
  "agentless arrest carrying out the order: optional; 'late on Tuesday'")
E("cf10", "was arrested last week on charges of", A("Philippine authorities", "PHL", "GOV"),
  A("Joseph Estrada", "PHL", ["OPP", "GOV"]), ["17"], "173", "2001-04", None, False,
  "agentless background passive: optional; 'last week': April")
E("cf10", "His lawyers said he had no part", A("Joseph Estrada's lawyers", "PHL", ["OPP", "JUD"]), ARR, DENY, "016",
  "2001-05", None, False, "denial on Estrada's behalf: optional")
E("cf10", "Leaders of the protest accused Arroyo of", A("protest leaders", "PHL", ["OPP", "CVL"]), ARR, ["11"], "112",
  "2001-05", None, True, "accusation 112; no day: month")
E("cf10", "vowed to return to the streets", A("protest leaders", "PHL", ["OPP", "CVL"]), ARR, ["13", "14"], "138",
  "2001-05", None, False, "vow of more protests, an intention: optional")
E("cf10", "The United States said it supported Arroyo's", A("United States", "USA", "GOV"), ARR, ["05"], "051",
  "2001-05", None, False, "single outside reaction: optional")
F("cf10", "At least four people were killed and", "count")
F("cf10", "It was unclear how long the state", "speculation")

# ---------------------------------------------------------------- cf11 Quito, Americas (Ecuador)
S("cf11", "1987-01-17", "Americas", """
Ecuador's Febres Cordero freed after commandos hold him and win rebel general's release

QUITO, Ecuador —

President Leon Febres Cordero was released on Friday night after being held for 11 hours by air force commandos who seized him at the Taura air base and demanded freedom for a jailed rebel general.

The paratroopers burst into a ceremony at the base near Guayaquil, killing two of the president's bodyguards, and forced Febres Cordero to sign a decree freeing Gen. Frank Vargas Pazzos, who led a brief revolt against the government in March.

Vargas was freed hours later, and the commandos let the president go, officials said.

Opposition leaders in Congress accused Febres Cordero of provoking the crisis by refusing to honour an amnesty for Vargas that lawmakers approved last year, and some called for his resignation.

In a radio address early on Saturday, the president said he had acted to save lives and that those who took part would be punished.

In Washington, the State Department condemned the kidnapping.

It was not clear whether other air force units had backed the commandos.

Ecuador returned to civilian rule in 1979 after nearly a decade of military government.
""")
FEB = A("Leon Febres Cordero", "ECU", "GOV")
ECUG = A("Ecuador", "ECU", "GOV")
CMD = A("Ecuadorean air force commandos", "ECU", ["MIL", "REB"])
VARGAS = A("Frank Vargas Pazzos", "ECU", ["MIL", "REB"])
TAURA = P("Taura", "ECU")
E("cf11", "Ecuador's Febres Cordero freed after commandos hold", CMD, FEB, ["18", "17"], "181", "1987-01-16", None,
  False, "headline")
E("cf11", "air force commandos who seized him at", CMD, FEB, ["18", "17"], "181", "1987-01-16", TAURA, True,
  "abduction and hostage-taking 181 (18/17) in a relative with its own agent; 'on Friday night' before a Saturday "
  "paper; 'the Taura air base' names the place")
E("cf11", "and demanded freedom for a jailed rebel", CMD, ECUG, DEMAND, "1053", "1987-01-16", TAURA, True,
  "demand for release 1053, second verb of the relative but the crux of the story: required")
E("cf11", "President Leon Febres Cordero was released on", CMD, FEB, ["08"], "0841", "1987-01-16", TAURA, False,
  "agentless release of the hostage: optional")
E("cf11", "killing two of the president's bodyguards", CMD, A("presidential bodyguards", "ECU", ["MIL", "COP"]),
  ATTACK, "180", "1987-01-16", TAURA, True, "killing 18 (19/20 tolerated) in a participle clause; the Friday of the "
  "lead; 'the base' = Taura")
E("cf11", "forced Febres Cordero to sign a decree", CMD, FEB, ["17"], "170", "1987-01-16", TAURA, False,
  "coercion, third verb: optional")
E("cf11", "who led a brief revolt against the", VARGAS, ECUG, ["17", "19"], "190", "1986-03", None, True,
  "dated background revolt in a relative with its own agent: 'in March' before a January paper, 1986; coup roots "
  "17/19")
E("cf11", "Vargas was freed hours later, and the", ECUG, VARGAS, ["08"], "0841", "1987-01-16", None, False,
  "agentless release: optional")
E("cf11", "Opposition leaders in Congress accused Febres Cordero", A("Ecuador's opposition lawmakers", "ECU", ["LEG", "OPP"]),
  FEB, ["11"], "112", "1987-01", None, True, "accusation 112; no day: month")
E("cf11", "some called for his resignation", A("Ecuador's opposition lawmakers", "ECU", ["LEG", "OPP"]), FEB, DEMAND,
  "1041", "1987-01", None, False, "second clause, demand for resignation: optional")
E("cf11", "those who took part would be punished", FEB, CMD, ["13"], "130", "1987-01-17", None, True,
  "threat of punishment 130; 'early on Saturday' in a Saturday paper")
E("cf11", "the State Department condemned the kidnapping", A("U.S. State Department", "USA", "GOV"), CMD, ["11"], "111",
  "1987-01", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington'")
F("cf11", "It was not clear whether other air", "speculation")
F("cf11", "Ecuador returned to civilian rule in 1979", "historical aside without an actor")

# ---------------------------------------------------------------- cf12 Athens, Europe (Greece / Macedonia)
S("cf12", "1994-02-18", "Europe/Eurasia", """
Greece cuts off Macedonia's trade through Thessaloniki in name dispute

ATHENS, Greece —

Greece halted all trade with the former Yugoslav republic of Macedonia through the port of Thessaloniki on Wednesday, except for food and medicine, sharply escalating its quarrel with its northern neighbour over the name Macedonia.

Prime Minister Andreas Papandreou, who announced the measures after a cabinet meeting, also ordered the closure of Greece's liaison office in the Macedonian capital, Skopje.

Papandreou accused Skopje of laying claim to Greek territory and history, and he said the embargo would stay in place until the republic changed its flag and its constitution.

The move came a week after the United States recognised the republic, a decision that angered Athens.

The European Commission criticised the embargo on Thursday, saying it appeared to breach European Union law. Greece currently holds the rotating presidency of the union.

Macedonia's president, Kiro Gligorov, called the embargo an act of economic war against a small and poor country.

Greek officials denied that the measures amounted to a blockade, saying goods could still reach Macedonia by other routes.

Before the embargo, most of Macedonia's foreign trade passed through Thessaloniki.

Whether other European governments would take Greece to court over the measures was unclear.
""")
GRCG = A("Greece", "GRC", "GOV")
MKDG = A("Macedonia", "MKD", "GOV")
PAP = A("Andreas Papandreou", "GRC", "GOV")
E("cf12", "Greece cuts off Macedonia's trade through Thessaloniki", GRCG, MKDG, ["16", "19", "17"], "163", "1994-02-16",
  P("Thessaloniki", "GRC"), False, "headline")
E("cf12", "Greece halted all trade with the former", GRCG, MKDG, ["16", "19", "17"], "163", "1994-02-16",
  P("Thessaloniki", "GRC"), True, "embargo 163 (16, with blockade 19/17 tolerated); 'on Wednesday' before a Friday "
  "paper; 'the port of Thessaloniki' names the place")
E("cf12", "also ordered the closure of Greece's liaison", PAP, MKDG, ["16"], "161", "1994-02", P("Skopje", "MKD"), True,
  "closing a diplomatic office 161; no day of its own: month; the office is in Skopje")
E("cf12", "Papandreou accused Skopje of laying claim to", PAP, MKDG, ["11"], "112", "1994-02", None, True,
  "accusation 112; 'Skopje' is the government here; month")
E("cf12", "the embargo would stay in place until", PAP, MKDG, ["10", "13"], "100", "1994-02", None, False,
  "a condition put as a demand: optional")
E("cf12", "a week after the United States recognised", A("United States", "USA", "GOV"), MKDG, ["05"], "054", "1994-02",
  None, True, "diplomatic recognition 054 in an 'a week after' clause with its own agent: month")
E("cf12", "a decision that angered Athens", GRCG, A("United States", "USA", "GOV"), ["11"], "110", "1994-02", None,
  False, "displeasure put in an appositive: optional")
E("cf12", "The European Commission criticised the embargo on", A("European Commission", "EUR", "IGO"), GRCG, ["11"],
  "111", "1994-02-17", None, True, "criticism 111; 'on Thursday' before a Friday paper")
E("cf12", "called the embargo an act of economic", A("Kiro Gligorov", "MKD", "GOV"), GRCG, ["11"], "111", "1994-02",
  None, True, "denunciation 111; month")
E("cf12", "Greek officials denied that the measures amounted", GRCG, MKDG, DENY, "016", "1994-02", None, False,
  "denial of a characterisation, not of an accused act: optional")
F("cf12", "Before the embargo, most of Macedonia's foreign", "standing situation")
F("cf12", "Whether other European governments would take Greece", "speculation")

if __name__ == "__main__":
    write(HERE)
