#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned87 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned87/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
UNK = A("unidentified gunmen", None, None)

# ---------------------------------------------------------------- cj01 Antananarivo, Africa (Madagascar)
S("cj01", "2002-03-01", "Africa", """
Madagascar's Ratsiraka puts capital under martial law as rival's supporters defy him

ANTANANARIVO, Madagascar —

President Didier Ratsiraka declared martial law in Antananarivo on Thursday and handed control of the capital to an army general, a week after his rival, Marc Ravalomanana, had himself sworn in as head of state.

The new military governor, Gen. Leon-Claude Raveloarison, banned all public gatherings and ordered a night-time curfew, but told reporters that his troops would not fire on civilians.

Tens of thousands of Ravalomanana's supporters defied the ban on Friday, filling the square in front of the city hall for the fifth week of daily rallies.

Ravalomanana, a self-made dairy businessman and the mayor of the capital, accuses Ratsiraka of rigging the first round of the Dec. 16 election and says he won it outright.

He refused in January to take part in a run-off ordered by the High Constitutional Court, saying the count had been falsified.

Ratsiraka, speaking in the port city of Toamasina, his stronghold, called his rival's swearing-in an attempted coup and vowed to stay in office until the end of his term.

Supporters of the president have set up roadblocks on the main roads into Antananarivo since last week, cutting the capital off from fuel supplies.

The Organization of African Unity urged both men on Wednesday to settle their dispute through talks.

It was not clear whether the army, which has so far stayed out of the dispute, would enforce the curfew.

Madagascar, a former French colony, is one of the poorest countries in the world.
""")
RATS = A("Didier Ratsiraka", "MDG", "GOV")
RAVA = A("Marc Ravalomanana", "MDG", ["OPP", "GOV"])
RAVSUP = A("supporters of Marc Ravalomanana", "MDG", ["CVL", "OPP"])
MDGGOV = A("Leon-Claude Raveloarison", "MDG", ["MIL", "GOV"])
E("cj01", "Madagascar's Ratsiraka puts capital under martial law", RATS, RAVSUP, ["17"], "1724", "2002-02-28",
  P("Antananarivo", "MDG"), False, "headline")
E("cj01", "President Didier Ratsiraka declared martial law in Antananarivo", RATS, RAVSUP, ["17"], "1724", "2002-02-28",
  P("Antananarivo", "MDG"), True, "martial law 1724 (news-dev: a declared emergency), aimed at the rival's movement; "
  "'on Thursday' in a Friday paper; 'in Antananarivo' names the place; the background swearing-in is not coded")
E("cj01", "banned all public gatherings and ordered a", MDGGOV, RAVSUP, ["17"], "1721", "2002", P("Antananarivo", "MDG"),
  True, "ban on gatherings 1721 (restrictions on political freedoms); 'The new military governor' = the general of "
  "the lead; no day of its own, after Thursday's decree and before a Friday paper that opens a new month: year; the "
  "capital he governs")
E("cj01", "ordered a night-time curfew, but told reporters", MDGGOV, RAVSUP, ["17"], "1723", "2002",
  P("Antananarivo", "MDG"), False, "curfew 1723, second verb: optional; 'would not fire' is a negated intention and "
  "not coded")
E("cj01", "Tens of thousands of Ravalomanana's supporters defied", RAVSUP, RATS, ["14"], "141", "2002-03-01",
  P("Antananarivo", "MDG"), True, "rally in defiance of the ban 141; 'on Friday' in a Friday paper; the city hall "
  "square of the dateline capital")
E("cj01", "accuses Ratsiraka of rigging the first round", RAVA, RATS, ["11"], "112", "2002-03", None, True,
  "accusation of fraud 112; present tense with no day: month; 'a self-made dairy businessman and the mayor' is an "
  "apposition, not an actor")
E("cj01", "He refused in January to take part", RAVA, A("High Constitutional Court", "MDG", ["JUD", "GOV"]), ["12"], "120",
  "2002-01", None, True, "dated background refusal 12 ('in January'); 'He' = Ravalomanana; the court's order is an "
  "agentless-style participle and not coded")
E("cj01", "called his rival's swearing-in an attempted coup", RATS, RAVA, ["11"], "111", "2002",
  P("Toamasina", "MDG"), True, "denunciation 111; no day of its own, between the Feb. 22 swearing-in and a March 1 "
  "paper: year; 'speaking in the port city of Toamasina' is where he spoke")
E("cj01", "vowed to stay in office until the", RATS, RAVA, ["12"], "120", "2002", P("Toamasina", "MDG"), False,
  "a refusal put as an intention, second verb: optional")
E("cj01", "Supporters of the president have set up", A("supporters of Didier Ratsiraka", "MDG", ["CVL", "PTY"]), RAVSUP,
  ["14", "19"], "144", "2002", P("Antananarivo", "MDG"), False,
  "road blocks 144 over a span 'since last week' (across two months: year); target vague: optional")
E("cj01", "The Organization of African Unity urged both", A("Organization of African Unity", "AFR", "IGO"), RATS, DEMAND,
  "027", "2002-02-27", None, False, "single outside appeal to settle 027: optional; 'both men': the first "
  "(Ratsiraka) given; 'on Wednesday' in a Friday paper")
F("cj01", "It was not clear whether the army,", "speculation")
F("cj01", "Madagascar, a former French colony, is one", "definition, standing situation")

# ---------------------------------------------------------------- cj02 Kampala, Africa (Uganda)
S("cj02", "2009-09-12", "Africa", """
Uganda takes Buganda radio off air as riots over king's trip grip Kampala

KAMPALA, Uganda —

Ugandan soldiers and police fired live rounds and tear gas at rioters in Kampala on Friday, a second day of unrest over the government's refusal to let the king of Buganda visit a district north-east of the capital.

Youths loyal to the king burned tyres, blocked roads and looted shops in several suburbs on Thursday after police stopped a group of his officials from travelling to the district, Kayunga.

The Broadcasting Council took four radio stations off the air on Thursday night, among them the kingdom's own Central Broadcasting Service, accusing them of inciting violence.

Hospital officials said at least 14 people had died since the riots began, and the toll was expected to rise.

The government barred Kabaka Ronald Muwenda Mutebi earlier this week from travelling to Kayunga for a youth rally, saying it could not guarantee his safety after leaders of the Banyala, a minority group in the district, objected to the visit.

President Yoweri Museveni accused officials of the kingdom of using the king to stir up opposition to his government and warned that he would not let anyone hold the country to ransom.

The kingdom's prime minister, John Baptist Walusimbi, denied the charge and said the king had only wanted to meet his subjects.

Police said that more than 500 people had been arrested.

Under the constitution, Uganda's traditional kings have a cultural role and no political power.
""")
UGASEC = A("Ugandan soldiers and police", "UGA", ["MIL", "COP"])
BUGYOUTH = A("Buganda youths", "UGA", ["CVL", "OPP"])
UGAG = A("Uganda's government", "UGA", "GOV")
MUTEBI = A("Ronald Muwenda Mutebi", "UGA", ["ELI", "REL"])
BUGK = A("Buganda kingdom officials", "UGA", ["ELI", "OPP"])
E("cj02", "Uganda takes Buganda radio off air as", UGAG, A("Central Broadcasting Service", "UGA", "MED"), ["17"], "172",
  "2009-09-10", None, False, "headline")
E("cj02", "Ugandan soldiers and police fired live rounds", UGASEC, BUGYOUTH, REPR, "175", "2009-09-11",
  P("Kampala", "UGA"), True, "firing on rioters 175 (17/18); compound subject given as one sector list (soldiers "
  "first); 'on Friday' before a Saturday paper; 'in Kampala'")
E("cj02", "a second day of unrest over the", UGAG, MUTEBI, ["17", "12"], "172", "2009-09", None, False,
  "'the government's refusal' told as an event noun, a restatement of the travel ban detailed later: optional")
E("cj02", "Youths loyal to the king burned tyres", BUGYOUTH, UGAG, VPROT, "145", "2009-09-10", P("Kampala", "UGA"), True,
  "riot 145 (14/18/17); 'on Thursday'; suburbs of the dateline capital")
E("cj02", "after police stopped a group of his", A("Ugandan police", "UGA", "COP"), BUGK, ["19", "17"], "191", "2009-09-10",
  None, False, "stopping officials from travelling 191 (restricting movement); the 'after' clause gives no day of its "
  "own and no place: optional")
E("cj02", "The Broadcasting Council took four radio stations", A("Broadcasting Council", "UGA", "GOV"),
  A("Central Broadcasting Service", "UGA", "MED"), ["17"], "172", "2009-09-10", None, True,
  "taking radio stations off air 172 (17, as owned84's TV closure); 'on Thursday night'; the kingdom's station "
  "named, the first member that has a name")
E("cj02", "accusing them of inciting violence", A("Broadcasting Council", "UGA", "GOV"),
  A("Central Broadcasting Service", "UGA", "MED"), ["11"], "112", "2009-09-10", None, False, "participle accusation: optional")
E("cj02", "The government barred Kabaka Ronald Muwenda Mutebi", UGAG, MUTEBI, ["17"], "172", "2009-09", None, True,
  "travel ban on the king 172 (administrative sanction); 'earlier this week': month (the week holds no day)")
E("cj02", "leaders of the Banyala, a minority group", A("Banyala leaders", "UGA", ["CVL", "ELI"]), MUTEBI, ["12", "14"],
  "120", "2009-09", None, False, "objection in a participle clause, undated: optional")
E("cj02", "President Yoweri Museveni accused officials of the", A("Yoweri Museveni", "UGA", "GOV"), BUGK, ["11"], "112",
  "2009-09", None, True, "accusation 112; no day: month")
E("cj02", "warned that he would not let anyone", A("Yoweri Museveni", "UGA", "GOV"), BUGK, ["13"], "130", "2009-09", None,
  False, "warning, second verb: optional")
E("cj02", "John Baptist Walusimbi, denied the charge and", A("John Baptist Walusimbi", "UGA", ["ELI", "OPP"]),
  A("Yoweri Museveni", "UGA", "GOV"), DENY, "016", "2009-09", None, True,
  "denial 016 (01/12) of Museveni's charge; 'The kingdom's prime minister' is Buganda's, not Uganda's government; month")
E("cj02", "Police said that more than 500 people", A("Ugandan police", "UGA", "COP"), BUGYOUTH, ["17"], "173", "2009-09",
  None, True, "arrests 173 told by the police (agentless passive inside the police's own report, nobody disputes "
  "them); no day: month")
F("cj02", "Hospital officials said at least 14 people", "count, speculation")
F("cj02", "Under the constitution, Uganda's traditional kings have", "standing rule")

# ---------------------------------------------------------------- cj03 Amman, Middle East (Jordan)
S("cj03", "1996-08-19", "Middle East", """
Jordan's king blames Saddam's supporters as troops impose curfew after bread riots

AMMAN, Jordan —

Troops imposed a curfew on the southern town of Karak on Saturday after hundreds of young men rampaged through its streets for a second day in protest at a doubling of the price of bread, officials said.

The unrest erupted after noon prayers on Friday, when crowds leaving the town's main mosque set fire to the governor's office, banks and cars.

Riot police fired tear gas at stone-throwing youths in the town late into the night, and the army was called in early on Saturday.

King Hussein accused Jordanian supporters of Iraqi President Saddam Hussein of stirring up the riots and vowed in a televised speech on Saturday night to deal with the instigators with an iron fist.

Security forces arrested dozens of members of the pro-Iraqi Baath party on Sunday, a party official said.

The party denied any role in the violence and accused the government of punishing the poor to please the International Monetary Fund.

Prime Minister Abdul Karim al-Kabariti told reporters that the price rise, part of a reform programme agreed with the fund, would not be reversed.

The Islamic Action Front, the largest opposition party in parliament, called on Kabariti's government to resign.

Bread had been sold at a subsidised price for more than two decades.

Whether the protests would spread to the poorer districts of the capital was unclear.
""")
JORMIL = A("Jordanian army", "JOR", "MIL")
KARAK = A("rioters in Karak", "JOR", ["CVL", "OPP"])
JORG = A("Jordan's government", "JOR", "GOV")
BAATH = A("Jordanian Baath party", "JOR", ["PTY", "OPP"])
HUSSEIN = A("King Hussein", "JOR", ["GOV", "ELI"])
E("cj03", "Jordan's king blames Saddam's supporters as troops", HUSSEIN, BAATH, ["11"], "112", "1996-08-17", None, False,
  "headline")
E("cj03", "troops impose curfew after bread riots", JORMIL, KARAK, ["17"], "1723", "1996-08-17", P("Karak", "JOR"), False,
  "headline, second clause")
E("cj03", "Troops imposed a curfew on the southern", JORMIL, KARAK, ["17"], "1723", "1996-08-17", P("Karak", "JOR"), True,
  "curfew 1723; unnamed troops are Jordan's; 'on Saturday' before a Monday paper; 'the southern town of Karak'")
E("cj03", "hundreds of young men rampaged through its", KARAK, JORG, VPROT, "145", "1996-08", P("Karak", "JOR"), False,
  "lead summary of the riots detailed next (two days): optional; month")
E("cj03", "crowds leaving the town's main mosque set", KARAK, JORG, VPROT, "145", "1996-08-16", P("Karak", "JOR"), True,
  "riot and arson 145 (14/18/17) in the 'when' clause of 'The unrest erupted'; 'on Friday'; 'the town' = Karak")
E("cj03", "Riot police fired tear gas at stone-throwing", A("Jordanian riot police", "JOR", "COP"), KARAK, REPR, "175",
  "1996-08-16", P("Karak", "JOR"), True, "tear gas 175 (17/18); 'late into the night' of the Friday just given; 'in "
  "the town' = Karak")
E("cj03", "the army was called in early on", JORG, KARAK, ["15", "17"], "154", "1996-08-17", P("Karak", "JOR"), False,
  "agentless passive, deployment 154: optional")
E("cj03", "King Hussein accused Jordanian supporters of Iraqi", HUSSEIN, BAATH, ["11"], "112", "1996-08-17", None, True,
  "accusation 112; the text makes the supporters Jordanian (not Iraq); the speech 'on Saturday night'; no place")
E("cj03", "vowed in a televised speech on Saturday", HUSSEIN, BAATH, ["13"], "130", "1996-08-17", None, False,
  "vow of force, second verb: optional")
E("cj03", "Security forces arrested dozens of members of", A("Jordanian security forces", "JOR", ["COP", "MIL"]), BAATH,
  ["17"], "173", "1996-08-18", None, True, "arrests 173 reported by the party and not disputed; 'on Sunday' before a "
  "Monday paper; no place named")
E("cj03", "The party denied any role in the", BAATH, HUSSEIN, DENY, "016", "1996-08", None, True,
  "denial 016 (01/12) of the king's charge; month")
E("cj03", "accused the government of punishing the poor", BAATH, JORG, ["11"], "112", "1996-08", None, False,
  "counter-accusation, second verb: optional")
E("cj03", "the price rise, part of a reform", A("Abdul Karim al-Kabariti", "JOR", "GOV"), KARAK, ["12"], "124", "1996-08",
  None, False, "a refusal put as an intention ('would not be reversed'): optional")
E("cj03", "The Islamic Action Front, the largest opposition", A("Islamic Action Front", "JOR", ["OPP", "PTY", "REL"]),
  A("Abdul Karim al-Kabariti", "JOR", "GOV"), DEMAND, "1041", "1996-08", None, True,
  "call for the government's resignation 1041 (10/02); no day: month")
E("cj03", "part of a reform programme agreed with the", JORG, A("International Monetary Fund", None, "IGO"), AGREE,
  "030", None, None, False, "an undated agreement in an apposition: optional")
F("cj03", "Bread had been sold at a subsidised", "standing situation")
F("cj03", "Whether the protests would spread to the", "speculation")

# ---------------------------------------------------------------- cj04 Tehran, Middle East (Iran / Afghanistan)
S("cj04", "1998-09-16", "Middle East", """
Iran's Khamenei warns Taliban of war as troops mass on Afghan border

TEHRAN, Iran —

Iran's supreme leader, Ayatollah Ali Khamenei, warned Afghanistan's Taliban militia on Tuesday that the killing of Iranian diplomats could set off a war that would engulf the whole region.

Tens of thousands of Revolutionary Guards and army troops have been holding exercises along the border since Iran began moving forces there late last month.

The Taliban said last week that they had found the bodies of eight Iranian diplomats and a journalist who disappeared when the militia captured the northern city of Mazar-i-Sharif on Aug. 8.

Tehran accuses Taliban fighters of killing the diplomats after they overran the Iranian consulate in the city, and holds the militia's leaders responsible.

A Taliban spokesman, Wakil Ahmad Muttawakil, denied that the leadership had ordered the killings and said renegade fighters may have acted alone.

Tens of thousands of Iranians marched through Tehran on Friday, a day of national mourning, chanting slogans against the Taliban and against Pakistan, which Iran accuses of arming the militia.

The militia's leader, Mullah Mohammad Omar, said his fighters would defend Afghanistan against any attack.

The U.N. Security Council urged both sides on Monday to show restraint.

Lakhdar Brahimi, the U.N. special envoy for Afghanistan, is expected to visit Kabul and Tehran in the coming weeks.

The Taliban, who control about 90 percent of Afghanistan, are recognised as its government by only three countries.
""")
KHAM = A("Ali Khamenei", "IRN", ["GOV", "REL"])
TALIBAN = A("Taliban", "AFG", ["GOV", "REB"])
IRNG = A("Iran", "IRN", "GOV")
E("cj04", "Iran's Khamenei warns Taliban of war as", KHAM, TALIBAN, ["13"], "138", "1998-09-15", None, False, "headline")
E("cj04", "troops mass on Afghan border", A("Iranian armed forces", "IRN", "MIL"), TALIBAN, ["15"], "154", "1998", None,
  False, "headline, second clause")
E("cj04", "warned Afghanistan's Taliban militia on Tuesday that", KHAM, TALIBAN, ["13"], "138", "1998-09-15", None, True,
  "threat of war 138 (13); 'on Tuesday' before a Wednesday paper; no place named")
E("cj04", "Tens of thousands of Revolutionary Guards and", A("Iranian Revolutionary Guards", "IRN", ["MIL", "GOV"]),
  TALIBAN, ["15"], "150", "1998", None, False, "exercises as a show of force over a span from August: year; optional")
E("cj04", "since Iran began moving forces there late", IRNG, TALIBAN, ["15"], "154", "1998-08", None, True,
  "dated background mobilisation 154 in a 'since' clause with its own agent; 'late last month' = August")
E("cj04", "disappeared when the militia captured the northern", TALIBAN, None, ["19", "18", "17"], "190", "1998-08-08",
  P("Mazar-i-Sharif", "AFG"), True, "dated background capture of a city 190 (as owned54 bc03) in a 'when' clause; "
  "'on Aug. 8'; no defender named: target null")
E("cj04", "Tehran accuses Taliban fighters of killing the", IRNG, TALIBAN, ["11"], "112", "1998-09", None, True,
  "accusation 112; 'Tehran' is the government; present tense: month")
E("cj04", "after they overran the Iranian consulate in", A("Taliban fighters", "AFG", ["REB", "GOV"]), IRNG, ATTACK,
  "180", "1998-08", P("Mazar-i-Sharif", "AFG"), False, "the attack on the consulate inside Iran's accusation: "
  "optional; the capture of the city gives the month; 'the city' = Mazar-i-Sharif")
E("cj04", "denied that the leadership had ordered the", A("Wakil Ahmad Muttawakil", "AFG", ["GOV", "REB"]), IRNG, DENY,
  "016", "1998-09", None, True, "denial 016 (01/12) of Iran's charge; month")
E("cj04", "Tens of thousands of Iranians marched through", A("Iranian mourners", "IRN", "CVL"), TALIBAN, ["14"], "141",
  "1998-09-11", P("Tehran", "IRN"), True, "march 141 against the Taliban; 'on Friday'; 'through Tehran'")
E("cj04", "which Iran accuses of arming the militia", IRNG, A("Pakistan", "PAK", "GOV"), ["11"], "112", "1998-09", None,
  False, "accusation in a relative clause, present tense: optional")
E("cj04", "said his fighters would defend Afghanistan against", A("Mohammad Omar", "AFG", ["GOV", "REB"]), IRNG, ["13"],
  "130", "1998-09", None, False, "a warning put as an intention: optional")
E("cj04", "The U.N. Security Council urged both sides", A("U.N. Security Council", "UNO", "IGO"), IRNG, DEMAND, "025",
  "1998-09-14", None, False, "single outside appeal for restraint: optional; 'both sides': Iran first by the story's "
  "order")
F("cj04", "Lakhdar Brahimi, the U.N. special envoy for", "future, not yet happened")
F("cj04", "The Taliban, who control about 90 percent", "standing situation, count")

# ---------------------------------------------------------------- cj05 Kuala Lumpur, Asia (Malaysia)
S("cj05", "2007-11-26", "Asia", """
Malaysian police tear-gas ethnic Indian marchers in Kuala Lumpur

KUALA LUMPUR, Malaysia —

Riot police fired tear gas and water cannon on Sunday at thousands of ethnic Indians who had gathered in the centre of the capital to protest at what they say is discrimination by the Malay-dominated government.

The protesters, about 10,000 according to the police, had defied a ban on the rally and converged on the Petronas Twin Towers before dawn on Sunday.

Police had refused the organisers, the Hindu Rights Action Force, a permit and set up roadblocks on highways into the city.

The group, known as Hindraf, filed a lawsuit in London in August seeking trillions of dollars from Britain for bringing Indians to Malaya as indentured labourers and leaving them unprotected at independence.

On Friday, police arrested three of its leaders, all lawyers, and a court charged them with sedition.

Police said they had detained about 240 people on Sunday, most of whom were freed by the evening.

Prime Minister Abdullah Ahmad Badawi accused the organisers of trying to tarnish Malaysia's image abroad and said the government would not bow to threats.

Opposition leader Lim Kit Siang criticised the police for using force against a peaceful crowd.

Ethnic Indians make up about 8 percent of Malaysia's 27 million people.

It was not clear whether the group would try to march again.
""")
MYSCOP = A("Malaysian police", "MYS", "COP")
HINDRAF = A("Hindu Rights Action Force", "MYS", ["NGO", "OPP"])
MYSIND = A("ethnic Indian protesters", "MYS", ["CVL", "OPP"])
E("cj05", "Malaysian police tear-gas ethnic Indian marchers in", MYSCOP, MYSIND, REPR, "175", "2007-11-25",
  P("Kuala Lumpur", "MYS"), False, "headline")
E("cj05", "Riot police fired tear gas and water", MYSCOP, MYSIND, REPR, "175", "2007-11-25", P("Kuala Lumpur", "MYS"),
  True, "tear gas and water cannon 175 (17/18); unnamed police are Malaysia's; 'on Sunday' before a Monday paper; "
  "'the centre of the capital' with the dateline: Kuala Lumpur")
E("cj05", "had defied a ban on the rally", MYSIND, A("Malaysia's government", "MYS", "GOV"), ["14"], "141", "2007-11-25",
  P("Kuala Lumpur", "MYS"), True, "rally 141 in defiance of a ban; 'before dawn on Sunday'; the towers in the "
  "dateline city")
E("cj05", "Police had refused the organisers, the Hindu", MYSCOP, HINDRAF, ["17", "12"], "1721", "2007-11", None, False,
  "undated pluperfect refusal of a permit 1721 (12 tolerated): optional; month")
E("cj05", "set up roadblocks on highways into the", MYSCOP, MYSIND, ["19", "17"], "191", "2007-11", None, False,
  "roadblocks restricting movement 191, second verb, undated: optional")
E("cj05", "filed a lawsuit in London in August", HINDRAF, A("Britain", "GBR", "GOV"), ["11"], "115", "2007-08",
  P("London", "GBR"), True, "dated background lawsuit 115 (as owned84 cg11); 'The group, known as Hindraf' refers "
  "back; 'in August'; 'in London' names the place")
E("cj05", "police arrested three of its leaders, all", MYSCOP, HINDRAF, ["17"], "173", "2007-11-23", None, True,
  "arrest 173; 'On Friday' in a Monday paper; 'its' = Hindraf's")
E("cj05", "a court charged them with sedition", A("Malaysian court", "MYS", "JUD"), HINDRAF, ["11", "17"], "112",
  "2007-11-23", None, False, "a charge 112 (11/17, as owned54 bc06), second clause: optional")
E("cj05", "Police said they had detained about 240", MYSCOP, MYSIND, ["17"], "173", "2007-11-25", None, True,
  "detentions 173 told by the police; 'on Sunday'; no place in the clause")
E("cj05", "most of whom were freed by the", MYSCOP, MYSIND, ["08"], "0841", "2007-11-25", None, False,
  "agentless release in a relative clause: optional")
E("cj05", "Prime Minister Abdullah Ahmad Badawi accused the", A("Abdullah Ahmad Badawi", "MYS", "GOV"), HINDRAF, ["11"],
  "112", "2007-11", None, True, "accusation 112; no day: month")
E("cj05", "said the government would not bow to", A("Abdullah Ahmad Badawi", "MYS", "GOV"), HINDRAF, ["12"], "120",
  "2007-11", None, False, "a refusal put as an intention, second verb: optional")
E("cj05", "Opposition leader Lim Kit Siang criticised the", A("Lim Kit Siang", "MYS", ["OPP", "PTY"]), MYSCOP, ["11"],
  "111", "2007-11", None, False, "single domestic reaction: optional")
F("cj05", "Ethnic Indians make up about 8 percent", "count")
F("cj05", "It was not clear whether the group", "speculation")

# ---------------------------------------------------------------- cj06 Monywa, Asia (Myanmar)
S("cj06", "2012-12-01", "Asia", """
Myanmar police burn monks in raid on copper mine protest; Suu Kyi to lead inquiry

MONYWA, Myanmar —

Police fired water cannon and tear gas and hurled incendiary devices into protest camps at the Letpadaung copper mine near Monywa before dawn on Thursday, leaving dozens of Buddhist monks with severe burns, witnesses and doctors said.

The authorities had ordered the protesters to leave the site by midnight on Tuesday, saying the camps were illegal.

Villagers who have camped there for months accuse the mine's owners, China's Wanbao Mining and the military-owned Union of Myanmar Economic Holdings, of seizing farmland without fair compensation.

Opposition leader Aung San Suu Kyi met protesters and company officials at the mine on Thursday, hours after the raid, and urged both sides to settle the dispute through talks.

President Thein Sein's office said on Saturday that she would head a commission of inquiry into the raid.

Hundreds of monks marched through Mandalay on Friday to demand an apology from the government, and smaller protests were held in Yangon.

The Home Affairs Ministry denied that the police had used excessive force.

Doctors said it was not clear what had caused the burns.

The mine is one of the largest Chinese investments in the country.
""")
MMRCOP = A("Myanmar police", "MMR", "COP")
LETPROT = A("Letpadaung protesters", "MMR", ["CVL", "REL"])
MMRG = A("Myanmar's government", "MMR", "GOV")
SUUKYI = A("Aung San Suu Kyi", "MMR", ["OPP", "LEG"])
E("cj06", "Myanmar police burn monks in raid on", MMRCOP, LETPROT, ["17", "18", "19"], "175", "2012-11-29",
  P("Monywa", "MMR"), False, "headline")
E("cj06", "Police fired water cannon and tear gas", MMRCOP, LETPROT, ["17", "18", "19"], "175", "2012-11-29",
  P("Monywa", "MMR"), True, "raid on protest camps with incendiaries 175 (17/18/19, as owned84 cg03); unnamed police "
  "are Myanmar's; 'on Thursday' before a Saturday paper; 'near Monywa' (the mine is no town)")
E("cj06", "The authorities had ordered the protesters to", MMRG, LETPROT, ["13", "10"], "130", "2012-11", None, True,
  "ultimatum 130 (as owned84 cg05; 10 tolerated); the order itself has no day ('by midnight on Tuesday' is the "
  "deadline): month")
E("cj06", "accuse the mine's owners, China's Wanbao Mining", A("Letpadaung villagers", "MMR", ["CVL", "AGR"]),
  A("Wanbao Mining", "CHN", "BUS"), ["11"], "112", "2012-12", None, True, "accusation 112; compound object: the "
  "first member required; present tense with no day: month of the paper")
E("cj06", "the military-owned Union of Myanmar Economic Holdings", A("Letpadaung villagers", "MMR", ["CVL", "AGR"]),
  A("Union of Myanmar Economic Holdings", "MMR", ["MIL", "BUS"]), ["11"], "112", "2012-12", None, False,
  "second member of the compound object: optional")
E("cj06", "Opposition leader Aung San Suu Kyi met", SUUKYI, LETPROT, ["04"], "042", "2012-11-29", P("Monywa", "MMR"), True,
  "visit and meeting 042 (04); compound object: the protesters first; 'on Thursday'; 'at the mine' near Monywa")
E("cj06", "met protesters and company officials at the", SUUKYI, A("Wanbao Mining officials", "CHN", "BUS"), ["04"],
  "042", "2012-11-29", P("Monywa", "MMR"), False, "second member of the compound object: optional")
E("cj06", "urged both sides to settle the dispute", SUUKYI, LETPROT, DEMAND, "027", "2012-11-29", None, False,
  "appeal to settle, second verb: optional")
E("cj06", "she would head a commission of inquiry", A("Thein Sein", "MMR", "GOV"), MMRCOP, ["09"], "090", "2012-12-01",
  None, False, "an inquiry announced for the future (as owned84's inquiries): optional")
E("cj06", "Hundreds of monks marched through Mandalay on", A("Buddhist monks", "MMR", ["REL", "CVL"]), MMRG, ["14"], "141",
  "2012-11-30", P("Mandalay", "MMR"), True, "march 141 with a demand for an apology; 'on Friday'; 'through Mandalay'")
E("cj06", "smaller protests were held in Yangon", A("Myanmar protesters", "MMR", ["CVL", "REL"]), MMRG, ["14"], "141",
  "2012-11-30", P("Yangon", "MMR"), False, "agentless passive, second clause: optional")
E("cj06", "The Home Affairs Ministry denied that the", A("Home Affairs Ministry", "MMR", ["GOV", "COP"]), LETPROT, DENY,
  "016", "2012", None, True, "denial 016 (01/12) of the charge of excessive force; no day, between the Thursday raid "
  "and a Dec. 1 paper (two months): year")
F("cj06", "Doctors said it was not clear what", "speculation")
F("cj06", "The mine is one of the largest", "definition, standing situation")

# ---------------------------------------------------------------- cj07 Male, South Asia (Maldives)
S("cj07", "2004-08-14", "Asia", """
Maldives declares emergency after security forces break up Male protest

MALE, Maldives —

President Maumoon Abdul Gayoom declared a state of emergency in the capital on Friday after security forces broke up the largest protest in the country's history, in which thousands of people demanded the release of jailed dissidents.

The protest began on Thursday evening when a crowd gathered outside police headquarters in Republic Square to call for the release of four reformists detained earlier in the week.

Officers of the National Security Service fired tear gas and charged the crowd with batons early on Friday, witnesses said.

They arrested dozens of people, among them several members of parliament and of the assembly drafting a new constitution, opposition activists said.

The government said protesters had stabbed two police officers and accused exiled leaders of the Maldivian Democratic Party of planning the unrest from abroad.

The party, which the government does not recognise, denied the charge and said the crowd had been peaceful.

Gayoom, who has ruled the Indian Ocean archipelago since 1978, promised in June to allow political parties and to limit a president's time in office.

Britain and the United States urged the government to lift the emergency and free those detained.

It was not clear how long the emergency would remain in force.

Tourism, which brings in about a third of the country's income, is concentrated on resort islands far from Male.
""")
GAYOOM = A("Maumoon Abdul Gayoom", "MDV", "GOV")
MDVPROT = A("Maldivian protesters", "MDV", ["CVL", "OPP"])
NSS = A("National Security Service", "MDV", ["MIL", "COP"])
MDP = A("Maldivian Democratic Party", "MDV", ["OPP", "PTY"])
MDVG = A("Maldives' government", "MDV", "GOV")
E("cj07", "Maldives declares emergency after security forces break", MDVG, MDVPROT, ["17"], "1724", "2004-08-13",
  P("Male", "MDV"), False, "headline")
E("cj07", "President Maumoon Abdul Gayoom declared a state", GAYOOM, MDVPROT, ["17"], "1724", "2004-08-13",
  P("Male", "MDV"), True, "state of emergency 1724 with the protesters as target (as owned84 cg06); 'on Friday' "
  "before a Saturday paper; 'in the capital' with the dateline: Male")
E("cj07", "after security forces broke up the largest", NSS, MDVPROT, REPR, "175", "2004-08-13", P("Male", "MDV"), False,
  "lead summary of the dispersal detailed in paragraph three: optional")
E("cj07", "in which thousands of people demanded the", MDVPROT, MDVG, DEMAND, "1053", "2004-08", None, False,
  "demand for release inside a relative clause, restated next: optional")
E("cj07", "a crowd gathered outside police headquarters in", MDVPROT, MDVG, ["14"], "141", "2004-08-12", P("Male", "MDV"),
  True, "protest 141 told as 'The protest began ... when a crowd gathered'; 'on Thursday evening'; Republic Square in "
  "the dateline capital")
E("cj07", "four reformists detained earlier in the week", MDVG, A("Maldivian reformists", "MDV", ["OPP", "CVL"]), ["17"],
  "173", "2004-08", None, False, "agentless background passive: optional")
E("cj07", "Officers of the National Security Service fired", NSS, MDVPROT, REPR, "175", "2004-08-13", P("Male", "MDV"), True,
  "tear gas and baton charge 175 (17/18); 'early on Friday'; the crowd in Republic Square: Male")
E("cj07", "They arrested dozens of people, among them", NSS, MDVPROT, ["17"], "173", "2004-08", None, True,
  "arrests 173; 'They' = the National Security Service officers; no day of its own: month; no place in the clause")
E("cj07", "The government said protesters had stabbed two", MDVPROT, A("Maldivian police", "MDV", "COP"), ["18"], "180",
  "2004-08", None, False, "an attack inside the government's account, disputed by the party: optional")
E("cj07", "accused exiled leaders of the Maldivian Democratic", MDVG, MDP, ["11"], "112", "2004-08", None, True,
  "accusation 112; second verb of the government's sentence but the first act asserted by the story; month")
E("cj07", "The party, which the government does not", MDP, MDVG, DENY, "016", "2004-08", None, True,
  "denial 016 (01/12); 'The party' refers back; month; the relative clause is a standing situation")
E("cj07", "promised in June to allow political parties", GAYOOM, A("Maldivian public", "MDV", "CVL"), ["03"], "034",
  "2004-06", None, True, "dated background promise of reform 034 ('in June'); the public as target")
E("cj07", "Britain and the United States urged the", A("Britain", "GBR", "GOV"), MDVG, DEMAND, "105", "2004-08", None,
  False, "outside appeal to lift the emergency and free detainees 105: optional; compound subject, Britain first")
E("cj07", "Britain and the United States urged the", A("United States", "USA", "GOV"), MDVG, DEMAND, "105", "2004-08", None,
  False, "second member of the compound subject: optional")
F("cj07", "It was not clear how long the", "speculation")
F("cj07", "Tourism, which brings in about a third", "count, standing situation")

# ---------------------------------------------------------------- cj08 Kabul, South Asia (Afghanistan / Pakistan)
S("cj08", "2003-07-09", "Asia", """
Pakistan shuts Kabul embassy after Afghan mob ransacks it over border row

KABUL, Afghanistan —

Hundreds of Afghan protesters stormed Pakistan's embassy in Kabul on Tuesday, smashing windows, computers and furniture during a demonstration against what they said were incursions by Pakistani troops into Afghan territory.

Afghan police, who witnesses said stood by for more than an hour, eventually fired into the air to drive the crowd away.

Islamabad closed the embassy later on Tuesday and demanded an apology and compensation from the Afghan government.

President Hamid Karzai apologised to President Pervez Musharraf in a telephone call on Wednesday and promised that Afghanistan would pay for the damage.

Afghan officials accuse Pakistani troops of setting up posts several kilometres inside Afghanistan's eastern border provinces.

Pakistan denies the charge and says its soldiers have stayed on their own side of the frontier.

Afghan and Pakistani troops clashed near the border several times in June, Afghan officials said.

Pakistan's foreign ministry spokesman, Masood Khan, said the embassy would stay shut until Kabul could guarantee the safety of its diplomats.

Afghanistan has never recognised the Durand Line, the border drawn by British India in 1893.

It was not clear who had organised the demonstration.
""")
AFGPROT = A("Afghan protesters", "AFG", ["CVL", "OPP"])
PAKG = A("Pakistan", "PAK", "GOV")
AFGG = A("Afghanistan's government", "AFG", "GOV")
E("cj08", "Pakistan shuts Kabul embassy after Afghan mob", PAKG, AFGG, ["16"], "161", "2003-07-08", None, False, "headline")
E("cj08", "after Afghan mob ransacks it over border", AFGPROT, PAKG, VPROT, "145", "2003-07-08", P("Kabul", "AFG"), False,
  "headline, second clause")
E("cj08", "Hundreds of Afghan protesters stormed Pakistan's embassy in", AFGPROT, PAKG, VPROT, "145", "2003-07-08",
  P("Kabul", "AFG"), True, "storming and wrecking an embassy in a protest 145 (14/18/17); 'on Tuesday' before a "
  "Wednesday paper; 'in Kabul'")
E("cj08", "Afghan police, who witnesses said stood by", A("Afghan police", "AFG", "COP"), AFGPROT, REPR, "175",
  "2003-07-08", P("Kabul", "AFG"), True, "firing in the air to disperse 175 (17/18); the Tuesday of the lead; the "
  "embassy in Kabul")
E("cj08", "Islamabad closed the embassy later on Tuesday", PAKG, AFGG, ["16"], "161", "2003-07-08", None, True,
  "closing an embassy 161 (16, reducing relations); 'Islamabad' is the government; 'later on Tuesday'; the act was "
  "decided in Islamabad and the clause names no place")
E("cj08", "demanded an apology and compensation from the", PAKG, AFGG, DEMAND, "100", "2003-07-08", None, False,
  "demand, second verb: optional")
E("cj08", "President Hamid Karzai apologised to President Pervez", A("Hamid Karzai", "AFG", "GOV"),
  A("Pervez Musharraf", "PAK", "GOV"), ["05"], "055", "2003-07-09", None, True, "apology 055; 'on Wednesday' in a "
  "Wednesday paper; a telephone call has no place")
E("cj08", "promised that Afghanistan would pay for the", A("Hamid Karzai", "AFG", "GOV"), PAKG, ["03"], "030",
  "2003-07-09", None, False, "promise of compensation, second verb: optional")
E("cj08", "Afghan officials accuse Pakistani troops of setting", AFGG, A("Pakistani army", "PAK", "MIL"), ["11"], "112",
  "2003-07", None, True, "accusation 112; present tense: month")
E("cj08", "Pakistan denies the charge and says its", PAKG, AFGG, DENY, "016", "2003-07", None, True,
  "denial 016 (01/12); present tense: month")
E("cj08", "Afghan and Pakistani troops clashed near the", A("Afghan troops", "AFG", "MIL"), A("Pakistani army", "PAK", "MIL"),
  CLASH, "190", "2003-06", None, True, "dated background clashes 190 (19/18/14); compound subject: the first-"
  "mentioned side as source; 'in June'")
E("cj08", "Afghan and Pakistani troops clashed near the", A("Pakistani army", "PAK", "MIL"), A("Afghan troops", "AFG", "MIL"),
  CLASH, "190", "2003-06", None, False, "reverse direction of the clashes: optional")
E("cj08", "said the embassy would stay shut until", A("Masood Khan", "PAK", "GOV"), AFGG, DEMAND, "100", "2003-07", None,
  False, "a condition put as a demand ('until Kabul could guarantee'); 'Kabul' is the government: optional")
F("cj08", "Afghanistan has never recognised the Durand Line,", "standing situation, negated")
F("cj08", "It was not clear who had organised", "speculation")

# ---------------------------------------------------------------- cj09 Bucharest, Europe/Eurasia (Romania)
S("cj09", "1999-01-23", "Europe/Eurasia", """
Romanian miners turn back after premier strikes deal with their leader

BUCHAREST, Romania —

Prime Minister Radu Vasile and the miners' leader, Miron Cozma, agreed on Friday to end a march on Bucharest by thousands of striking coal miners that had left dozens of police officers injured and cost the interior minister his job.

The deal, reached after six hours of talks at a monastery in the Olt valley, promises the miners pay rises of up to 35 percent and a review of plans to close loss-making pits.

The miners, armed with clubs and iron bars, overran a police barricade at Costesti on Thursday, forcing hundreds of riot police to flee.

Interior Minister Gavril Dejeu resigned on Thursday night, saying he took responsibility for the failure to stop the marchers.

President Emil Constantinescu warned on Thursday that he was ready to declare a state of emergency if the miners reached the capital.

Vasile had refused on Tuesday to negotiate with Cozma, calling the march illegal.

Cozma led a rampage through Bucharest by miners in September 1991 that brought down the government of Prime Minister Petre Roman.

The miners began their march from the Jiu Valley in the west of the country on Monday.

The valley has lost about half of its mining jobs since 1997.

Analysts said it was unclear how the government would pay for the wage rises.
""")
VASILE = A("Radu Vasile", "ROU", "GOV")
COZMA = A("Miron Cozma", "ROU", ["LAB", "OPP"])
MINERS = A("Romanian miners", "ROU", ["LAB", "CVL"])
ROUG = A("Romania's government", "ROU", "GOV")
E("cj09", "Romanian miners turn back after premier strikes", VASILE, COZMA, AGREE, "030", "1999-01-22", None, False,
  "headline")
E("cj09", "Prime Minister Radu Vasile and the miners'", VASILE, COZMA, AGREE, "030", "1999-01-22", None, True,
  "joint agreement 030 (05/03/08); compound subject: the first-mentioned side as source; 'on Friday' before a "
  "Saturday paper; the place is in the next sentence")
E("cj09", "Prime Minister Radu Vasile and the miners'", COZMA, VASILE, AGREE, "030", "1999-01-22", None, False,
  "reverse direction of the joint agreement: optional")
E("cj09", "The deal, reached after six hours of", VASILE, COZMA, ["04"], "046", "1999-01-22", None, False,
  "talks 046 told as an event noun in a restatement: optional; 'a monastery in the Olt valley' names no town")
E("cj09", "The miners, armed with clubs and iron", MINERS, A("Romanian riot police", "ROU", "COP"), ["14", "18", "19"],
  "145", "1999-01-21", P("Costesti", "ROU"), True, "overrunning a police barricade 145 (14/18/19: coders split between "
  "violent protest and a clash); 'on Thursday'; 'at Costesti'")
E("cj09", "Interior Minister Gavril Dejeu resigned on Thursday", A("Gavril Dejeu", "ROU", ["GOV", "COP"]), MINERS,
  ["08", "14", "16"], "0831", "1999-01-21", None, True, "resignation under the march's pressure 0831 (news-dev d09; "
  "08/14/16 tolerated); the marchers as implied target; 'on Thursday night'")
E("cj09", "President Emil Constantinescu warned on Thursday that", A("Emil Constantinescu", "ROU", "GOV"), MINERS, ["13"],
  "1324", "1999-01-21", None, True, "threat of a state of emergency 1324; 'on Thursday'")
E("cj09", "Vasile had refused on Tuesday to negotiate", VASILE, COZMA, ["12"], "125", "1999-01-19", None, True,
  "dated background refusal to negotiate 125; 'on Tuesday'")
E("cj09", "calling the march illegal", VASILE, MINERS, ["11"], "111", "1999-01-19", None, False,
  "participle denunciation: optional")
E("cj09", "Cozma led a rampage through Bucharest by", COZMA, ROUG, VPROT, "145", "1991-09", P("Bucharest", "ROU"), True,
  "dated background riot 145 (14/18/17); 'in September 1991'; 'through Bucharest'; the fall of Roman's government "
  "in the relative clause is a consequence and not coded")
E("cj09", "The miners began their march from the", MINERS, ROUG, ["14"], "141", "1999-01-18", None, False,
  "start of the march 141, a restatement of the march of the lead: optional; 'on Monday'; from the Jiu Valley "
  "(a region, not a place of the act)")
F("cj09", "The valley has lost about half of", "count")
F("cj09", "Analysts said it was unclear how the", "speculation")

# ---------------------------------------------------------------- cj10 Chisinau, Europe/Eurasia (Moldova / Russia)
S("cj10", "1992-06-23", "Europe/Eurasia", """
Moldova accuses Russian army of backing separatists as battle for Bendery rages

CHISINAU, Moldova —

President Mircea Snegur accused Russia's 14th Army on Monday of sending tanks to help separatist forces drive Moldovan troops out of Bendery, a city on the Dniester river where fighting since Friday has killed hundreds of people.

Moldovan police and troops moved into the city on Friday night after separatist guards fired on officers who had detained one of their commanders, Moldovan officials said.

Separatist fighters backed by Russian armour recaptured most of Bendery over the weekend, the officials said.

The 14th Army's commander, Gen. Yuri Netkachev, denied that his troops had taken part in the fighting and said separatists had seized some of the army's tanks.

In Moscow, President Boris Yeltsin warned on Sunday that Russia would not stand aside while Russians in the region were being killed.

Moldova appealed to the United Nations on Monday to send observers to the region.

Snegur declared a state of emergency in March after clashes between police and separatists on the east bank of the river.

The separatists, most of them Russian and Ukrainian speakers, proclaimed their own republic in 1990.

The Dniester region, a narrow strip of land, is home to about 600,000 people.

It was not clear how many of the dead were civilians.
""")
SNEGUR = A("Mircea Snegur", "MDA", "GOV")
ARMY14 = A("Russian 14th Army", "RUS", "MIL")
DNIESTR = A("Dniester separatists", "MDA", ["REB", "GOV"])
MDAFOR = A("Moldovan police and troops", "MDA", ["COP", "MIL"])
MDAG = A("Moldova", "MDA", "GOV")
E("cj10", "Moldova accuses Russian army of backing separatists", MDAG, ARMY14, ["11"], "112", "1992-06-22", None, False,
  "headline")
E("cj10", "President Mircea Snegur accused Russia's 14th Army", SNEGUR, ARMY14, ["11"], "112", "1992-06-22", None, True,
  "accusation 112; 'on Monday' before a Tuesday paper; no place for the statement (Bendery is where the fighting is)")
E("cj10", "Moldovan police and troops moved into the", MDAFOR, DNIESTR, ["19", "15", "17"], "190", "1992-06-19",
  P("Bendery", "MDA"), True, "armed move into a separatist-held city 190 (19, 15/17 tolerated); compound subject as one "
  "sector list; 'on Friday night'; 'the city' = Bendery")
E("cj10", "after separatist guards fired on officers who", DNIESTR, A("Moldovan police", "MDA", "COP"), ATTACK, "190",
  "1992-06-19", P("Bendery", "MDA"), False, "the shooting inside the Moldovan officials' account: optional")
E("cj10", "Separatist fighters backed by Russian armour recaptured", DNIESTR, A("Moldovan troops", "MDA", "MIL"),
  ["19", "18"], "190", "1992-06", P("Bendery", "MDA"), True, "recapture 190; 'over the weekend' (month, as owned54); "
  "'Bendery' named; the Russian backing is alleged and not coded apart")
E("cj10", "denied that his troops had taken part", A("Yuri Netkachev", "RUS", "MIL"), SNEGUR, DENY, "016", "1992-06", None,
  True, "denial 016 (01/12) of Snegur's charge; month")
E("cj10", "President Boris Yeltsin warned on Sunday that", A("Boris Yeltsin", "RUS", "GOV"), MDAG, ["13"], "130",
  "1992-06-21", P("Moscow", "RUS"), True, "warning 130 (13); 'on Sunday'; 'In Moscow' is where he spoke")
E("cj10", "Moldova appealed to the United Nations on", MDAG, A("United Nations", "UNO", "IGO"), DEMAND, "020",
  "1992-06-22", None, False, "request for observers 020 (02/10): optional; 'on Monday'")
E("cj10", "Snegur declared a state of emergency in", SNEGUR, DNIESTR, ["17"], "1724", "1992-03", None, True,
  "dated background state of emergency 1724 ('in March'), the separatists as target")
E("cj10", "after clashes between police and separatists on", A("Moldovan police", "MDA", "COP"), DNIESTR, CLASH, "190",
  "1992-03", None, False, "clashes told as an event noun in an 'after' clause with no agent of its own: optional")
E("cj10", "proclaimed their own republic in 1990", DNIESTR, MDAG, ["12", "14"], "120", "1990", None, False,
  "a 1990 proclamation of secession: coders split (defiance 12, dissent 14): optional")
F("cj10", "The Dniester region, a narrow strip of", "definition, count")
F("cj10", "It was not clear how many of", "speculation, count")

# ---------------------------------------------------------------- cj11 Lima, Americas (Peru)
S("cj11", "2002-06-20", "Americas", """
Peru suspends power company sale to end Arequipa revolt

LIMA, Peru —

Peru's government agreed on Wednesday to suspend the sale of two state electricity companies, ending a week of violent protests in the southern city of Arequipa that had forced President Alejandro Toledo to declare a state of emergency.

The deal was signed late on Wednesday by two cabinet ministers and local leaders, among them the city's mayor, Juan Manuel Guillen, after talks mediated by Roman Catholic bishops.

Guillen, who had led the protests, then called off a general strike that had paralysed the city for six days.

Toledo declared a 30-day state of emergency in Arequipa on Sunday, suspending civil liberties and sending in troops, after protesters set fire to toll booths and fought police in the city centre.

Police fired tear gas at crowds who blocked roads and the runway of the city's airport on Monday, and a university student died after being hit by a gas canister.

The protesters accuse Toledo of breaking a campaign promise not to sell the companies, Egasa and Egesur, which the Belgian firm Tractebel had agreed to buy for $167 million.

Toledo's approval rating has fallen below 20 percent in recent polls.

It was not clear whether the government would try to sell the companies again later.
""")
PERG = A("Peru's government", "PER", "GOV")
AQPPROT = A("Arequipa protesters", "PER", ["CVL", "OPP"])
TOLEDO = A("Alejandro Toledo", "PER", "GOV")
GUILLEN = A("Juan Manuel Guillen", "PER", ["GOV", "OPP"])
E("cj11", "Peru suspends power company sale to end", PERG, AQPPROT, ["08", "03", "05"], "0832", "2002-06-19", None, False,
  "headline")
E("cj11", "Peru's government agreed on Wednesday to suspend", PERG, AQPPROT, ["08", "03", "05"], "0832", "2002-06-19", None,
  True, "yielding to protesters' demand 0832 (08, CONCEDE; an agreement 03/05 tolerated); 'on Wednesday' before a "
  "Thursday paper; the clause names no place for the act (Arequipa is where the protests were)")
E("cj11", "had forced President Alejandro Toledo to declare", TOLEDO, AQPPROT, ["17"], "1724", "2002-06-16",
  P("Arequipa", "PER"), False, "lead summary of the emergency detailed in paragraph four: optional")
E("cj11", "The deal was signed late on Wednesday", A("Peruvian cabinet ministers", "PER", "GOV"), GUILLEN, AGREE, "057",
  "2002-06-19", None, False, "passive with agent: the signing of the deal of the lead, a restatement: optional")
E("cj11", "called off a general strike that had", GUILLEN, PERG, ["08"], "082", "2002-06", P("Arequipa", "PER"), True,
  "calling off a strike 082 (easing dissent, CONCEDE); 'then' after Wednesday's signing without a day: month; the "
  "strike 'paralysed the city' (Arequipa)")
E("cj11", "Toledo declared a 30-day state of emergency", TOLEDO, AQPPROT, ["17"], "1724", "2002-06-16", P("Arequipa", "PER"),
  True, "state of emergency 1724; 'on Sunday' in the week of a Thursday paper; 'in Arequipa'")
E("cj11", "after protesters set fire to toll booths", AQPPROT, PERG, VPROT, "145", "2002-06", P("Arequipa", "PER"), False,
  "riot in an 'after' clause with no day of its own: optional; month")
E("cj11", "Police fired tear gas at crowds who", A("Peruvian police", "PER", "COP"), AQPPROT, REPR, "175", "2002-06-17",
  P("Arequipa", "PER"), True, "tear gas 175 (17/18); 'on Monday'; 'the city's airport' = Arequipa's")
E("cj11", "a university student died after being hit", A("Peruvian police", "PER", "COP"), AQPPROT, ["18", "17"], "180",
  "2002-06-17", P("Arequipa", "PER"), False, "agentless death: optional")
E("cj11", "The protesters accuse Toledo of breaking a", AQPPROT, TOLEDO, ["11"], "112", "2002-06", None, True,
  "accusation 112; present tense: month")
E("cj11", "which the Belgian firm Tractebel had agreed", A("Tractebel", "BEL", "BUS"), PERG, AGREE, "030", "2002", None,
  False, "a business purchase agreement in a relative clause, undated: optional")
F("cj11", "Toledo's approval rating has fallen below 20", "count")
F("cj11", "It was not clear whether the government", "speculation")

# ---------------------------------------------------------------- cj12 La Paz, Americas (Bolivia)
S("cj12", "2008-09-17", "Americas", """
Bolivian troops seize Pando governor over killings of Morales supporters

LA PAZ, Bolivia —

Bolivian soldiers arrested the opposition governor of the Amazon province of Pando, Leopoldo Fernandez, in the provincial capital, Cobija, on Tuesday and flew him to La Paz to face charges over the killings of peasants last week.

Gunmen ambushed hundreds of government supporters marching towards Cobija near the village of Porvenir on Sept. 11, killing at least 15 people.

Government ministers accuse Fernandez of hiring the gunmen from outside the province.

The governor, who says the peasants were armed and that both sides fired, denies the charge.

President Evo Morales declared martial law in Pando on Friday, and troops retook Cobija's airport from opposition protesters the next day in a gunfight that killed a soldier.

South American leaders meeting in Santiago on Monday gave Morales their full backing and warned that they would not recognise any attempt to break up Bolivia.

Opposition protesters ransacked and occupied government offices in the eastern city of Santa Cruz last week, demanding a larger share of gas revenues for the provinces.

Pando, which borders Brazil and Peru, has fewer than 80,000 inhabitants.

It was unclear whether talks between the government and opposition governors, due to begin on Thursday, would go ahead.
""")
BOLMIL = A("Bolivian army", "BOL", "MIL")
FERN = A("Leopoldo Fernandez", "BOL", ["GOV", "OPP"])
BOLG = A("Bolivia's government", "BOL", "GOV")
MORALES = A("Evo Morales", "BOL", "GOV")
PEAS = A("Bolivian peasants loyal to Morales", "BOL", ["AGR", "CVL"])
BOLOPP = A("Bolivian opposition protesters", "BOL", ["CVL", "OPP"])
E("cj12", "Bolivian troops seize Pando governor over killings", BOLMIL, FERN, ["17"], "173", "2008-09-16",
  P("Cobija", "BOL"), False, "headline")
E("cj12", "Bolivian soldiers arrested the opposition governor of", BOLMIL, FERN, ["17"], "173", "2008-09-16",
  P("Cobija", "BOL"), True, "arrest 173; 'on Tuesday' before a Wednesday paper; 'in the provincial capital, Cobija'; "
  "the flight to La Paz is part of the arrest")
E("cj12", "Gunmen ambushed hundreds of government supporters marching", UNK, PEAS, ATTACK, "180", "2008-09-11",
  P("Porvenir", "BOL"), True, "ambush and killing 180 (18/19/20); unnamed gunmen null/null (news-dev); 'on Sept. "
  "11'; 'near the village of Porvenir'")
E("cj12", "Government ministers accuse Fernandez of hiring the", BOLG, FERN, ["11"], "112", "2008-09", None, True,
  "accusation 112; present tense: month")
E("cj12", "The governor, who says the peasants were", FERN, BOLG, DENY, "016", "2008-09", None, True,
  "denial 016 (01/12); 'The governor' = Fernandez; present tense: month; his counter-charge in the relative clause "
  "is not coded apart")
E("cj12", "President Evo Morales declared martial law in", MORALES, FERN, ["17"], "1724", "2008-09-12", P("Pando", "BOL"),
  True, "martial law 1724 aimed at the province's opposition authorities; 'on Friday'; 'in Pando'")
E("cj12", "troops retook Cobija's airport from opposition protesters", BOLMIL, BOLOPP, ["19", "17", "18"], "190",
  "2008-09-13", P("Cobija", "BOL"), True, "retaking the airport in a gunfight 190 (19, 17/18 tolerated); 'the next "
  "day' after Friday; 'Cobija's airport'")
E("cj12", "South American leaders meeting in Santiago on", A("South American leaders", None, ["GOV", "IGO"]), MORALES,
  ["05"], "051", "2008-09-15", P("Santiago", "CHL"), False, "outside support 051 by an unnamed group of leaders "
  "(UNASUR, not named): optional; 'on Monday'; 'in Santiago'")
E("cj12", "Opposition protesters ransacked and occupied government offices", BOLOPP, BOLG, VPROT, "145", "2008-09",
  P("Santa Cruz", "BOL"), True, "riot and seizure of offices 145 (14/18/17); 'last week' (month); 'the eastern city "
  "of Santa Cruz'")
E("cj12", "demanding a larger share of gas revenues", BOLOPP, BOLG, DEMAND, "100", "2008-09", None, False,
  "participle demand: optional")
F("cj12", "Pando, which borders Brazil and Peru, has", "count, definition")
F("cj12", "It was unclear whether talks between the", "speculation, future")

if __name__ == "__main__":
    write(HERE)
