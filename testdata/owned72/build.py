#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned72 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned72/build.py  (rewrites both files next to this
script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
REMOVE = ["17", "12", "11"]  # removal by a legislature (owned35 ai10, owned54 bc10)
UNNAMED = A("unidentified attackers", None, None)  # news-dev: unnamed gunmen and bombers null/null

# ---------------------------------------------------------------- bu01 Niamey, Africa (Niger)
S("bu01", "1999-04-10", "Africa", """
Niger's President Mainassara shot dead by his own guards at Niamey airport

NIAMEY, Niger —

President Ibrahim Bare Mainassara of Niger was shot dead on Friday by members of his presidential guard as he prepared to board a helicopter at the military airport in Niamey, diplomats and military sources said.

Prime Minister Ibrahim Hassane Mayaki described the killing in a broadcast on state radio as an unfortunate accident and appealed to the population to remain calm. He did not explain what had happened.

Soldiers sealed off the airport and took up positions around the presidential palace and the state broadcaster, and armoured vehicles patrolled the main avenues of the capital into the night.

Mainassara, an army colonel, seized power in a coup in January 1996, overthrowing Niger's first democratically elected president, Mahamane Ousmane. He later won a presidential vote that the opposition said was rigged.

Opposition parties had staged protests in Niamey for weeks, demanding his resignation, after the Supreme Court this year cancelled the results of local elections in many of the areas they had won.

France, the former colonial ruler and Niger's main donor, condemned the killing and said it was suspending its aid programmes. The Organisation of African Unity also condemned it.

The commander of the presidential guard, Major Daouda Mallam Wanke, was widely seen in the capital as the country's new strongman, but the army had made no announcement by late Friday.

Niger is one of the poorest countries in the world.
""")
NERGRD = A("Niger's presidential guard", "NER", ["MIL", "GOV"])
MAIN = A("Ibrahim Bare Mainassara", "NER", ["GOV", "MIL"])
NEROPP = A("Niger's opposition parties", "NER", ["OPP", "PTY"])
E("bu01", "Mainassara shot dead by his own guards", NERGRD, MAIN, ATTACK, "186", "1999-04-09", P("Niamey", "NER"), False,
  "headline: the assassination 186 (as owned54 bc02's bodyguard)")
E("bu01", "was shot dead on Friday by members", NERGRD, MAIN, ATTACK, "186", "1999-04-09", P("Niamey", "NER"), True,
  "assassination by his own guards 186 (18/19/20); a passive with its agent ('by members of his presidential guard'); "
  "'at the military airport in Niamey' names the place; 'on Friday' in a Saturday paper")
E("bu01", "Soldiers sealed off the airport and took", A("Niger's army", "NER", "MIL"), None, ["15", "17"], "150",
  "1999-04", None, False, "troops deployed in the capital, no target: optional (150 or a coercive 17); no day: month")
E("bu01", "seized power in a coup in January", MAIN, A("Mahamane Ousmane", "NER", "GOV"), COUP, "172", "1996-01", None,
  True, "the 1996 coup (news-dev coups 17/19; removal 172), dated background with its own agent, required")
E("bu01", "He later won a presidential vote that", NEROPP, MAIN, ["11"], "112", None, None, False,
  "the opposition's fraud charge inside a relative, undated: optional")
E("bu01", "Opposition parties had staged protests in Niamey", NEROPP, MAIN, ["14"], "141", "1999", P("Niamey", "NER"),
  True, "protests 141, dated background ('for weeks' spans months: year); 'in Niamey' names the place")
E("bu01", "demanding his resignation, after the Supreme Court", NEROPP, MAIN, DEMAND, "1041", "1999", None, False,
  "demand for resignation 1041 inside the protest sentence, a participle: optional")
E("bu01", "after the Supreme Court this year cancelled", A("Niger's Supreme Court", "NER", "JUD"), NEROPP, REMOVE, "172",
  "1999", None, True, "a court voiding election results 172 (17/12/11, as owned21 d02 and owned35 ai08); 'this year' "
  "gives the year; in an 'after' clause with its own agent: required")
E("bu01", "condemned the killing and said it was", A("France", "FRA", "GOV"), NERGRD, ["11"], "111", "1999-04", None,
  False, "France's condemnation, an outside reaction: optional; target the killers")
E("bu01", "said it was suspending its aid programmes", A("France", "FRA", "GOV"), A("Niger", "NER", "GOV"), SANCT, "1621",
  "1999-04", None, True, "aid suspended 1621 (16/17): the donor's sanction is a substantive act, not a mere reaction; "
  "no day of its own: month")
E("bu01", "The Organisation of African Unity also condemned", A("Organisation of African Unity", "AFR", "IGO"), NERGRD,
  ["11"], "111", "1999-04", None, False, "second outside reaction: optional (AFR/IGO as news-dev's African Union)")
F("bu01", "He did not explain what had happened", "negated statement: nothing said")
F("bu01", "Niger is one of the poorest countries", "standing situation")

# ---------------------------------------------------------------- bu02 Kampala, Africa (Uganda)
S("bu02", "2011-04-29", "Africa", """
Uganda's Besigye dragged from car and arrested; riots erupt in Kampala

KAMPALA, Uganda —

Riots broke out across Kampala on Friday, a day after security agents smashed the windows of opposition leader Kizza Besigye's car, doused him with pepper spray and dragged him away during a protest against rising prices.

Police fired tear gas and live rounds at crowds who burned tyres and blocked roads in several of the city's suburbs, and at least two people were killed, the Uganda Red Cross said.

Besigye, who lost the February presidential election to President Yoweri Museveni, was taken to a court in Nakawa, where he was charged with inciting violence and released on bail.

It was the fourth time he had been arrested this month.

The "walk to work" protests, called by opposition leaders over fuel and food prices, began on April 11. On April 14, police shot Besigye in the hand with a rubber bullet at Kasangati, north of the capital.

Government spokesman Fred Opolot accused Besigye of trying to make the country ungovernable and said the protests were a cover for a plot to overthrow the government.

Besigye's Forum for Democratic Change called the treatment of its leader barbaric and said it would not call off the protests.

The United States and Britain condemned the violence and urged the authorities to show restraint.

Museveni, who has ruled Uganda since 1986, is due to be sworn in for another five-year term next month. Whether the protests can keep their momentum without Besigye is unclear.
""")
UGASEC = A("Ugandan security agents", "UGA", ["COP", "GOV", "SPY"])
BES = A("Kizza Besigye", "UGA", ["OPP", "PTY"])
UGAP = A("Ugandan rioters", "UGA", ["CVL", "OPP"])
UGAG = A("Uganda's government", "UGA", "GOV")
UGACOP = A("Ugandan police", "UGA", "COP")
E("bu02", "Besigye dragged from car and arrested", UGASEC, BES, ["17", "18"], "173", "2011-04-28", None, False, "headline")
E("bu02", "riots erupt in Kampala", UGAP, UGAG, VPROT, "145", "2011-04-29", P("Kampala", "UGA"), False, "headline")
E("bu02", "Riots broke out across Kampala on Friday", UGAP, UGAG, VPROT, "145", "2011-04-29", P("Kampala", "UGA"), True,
  "riots 145 (14/18/17); rioters are the story's people (no other nationality); 'across Kampala'; 'on Friday' in a "
  "Friday paper")
E("bu02", "a day after security agents smashed the", UGASEC, BES, ["17", "18"], "173", "2011-04-28", None, True,
  "a violent arrest 173 (17, 18 also right) in a 'a day after' clause with its own agent: Thursday; no place in the "
  "clause")
E("bu02", "Police fired tear gas and live rounds", UGACOP, UGAP, REPR, "175", "2011-04", P("Kampala", "UGA"), True,
  "force against rioters 175 (17/18); 'the city's suburbs' with the dateline = Kampala (as owned54 'in the city'); "
  "no day of its own: month")
E("bu02", "where he was charged with inciting violence", A("Ugandan court", "UGA", "JUD"), BES, ["11", "17"], "112",
  "2011-04", None, False, "a charge 112 (11/17, as owned54 bc06), agentless passive: optional")
E("bu02", "called by opposition leaders over fuel and", A("Ugandan opposition leaders", "UGA", ["OPP", "PTY"]), UGAG,
  ["14"], "141", "2011-04-11", None, True, "protest campaign 141 begun on a dated day; the agent is in the reduced "
  "relative ('called by opposition leaders'): required")
E("bu02", "police shot Besigye in the hand with", UGACOP, BES, REPR, "175", "2011-04-14", P("Kasangati", "UGA"), True,
  "force against a protest leader 175 (17/18, as owned54 bc10); 'at Kasangati' names the place; dated 'On April 14'")
E("bu02", "accused Besigye of trying to make the", A("Fred Opolot", "UGA", "GOV"), BES, ["11"], "112", "2011-04", None,
  True, "accusation 112; month")
E("bu02", "said the protests were a cover for", A("Fred Opolot", "UGA", "GOV"), BES, ["11"], "112", "2011-04", None, False,
  "second accusation of the same speaker: optional")
E("bu02", "called the treatment of its leader barbaric", A("Forum for Democratic Change", "UGA", ["OPP", "PTY"]), UGAG,
  ["11"], "111", "2011-04", None, True, "denunciation 111 by the opposition party (a party to the story); month")
E("bu02", "said it would not call off the", A("Forum for Democratic Change", "UGA", ["OPP", "PTY"]), UGAG, ["12"], "124",
  "2011-04", None, False, "refusal put as an intention ('would not call off'): optional")
E("bu02", "The United States and Britain condemned the", A("United States", "USA", "GOV"), UGAG, ["11"], "111", "2011-04",
  None, False, "outside reaction (the story does not turn on it): optional")
E("bu02", "urged the authorities to show restraint", A("Britain", "GBR", "GOV"), UGAG, DEMAND, "100", "2011-04", None,
  False, "second member and second verb of the outside reaction: optional")
F("bu02", "It was the fourth time he had", "count of earlier arrests, no act of its own")
F("bu02", "Whether the protests can keep their momentum", "speculation")

# ---------------------------------------------------------------- bu03 Baghdad, Middle East (Iraq)
S("bu03", "2006-02-23", "Middle East", """
Bombers wreck golden dome of Samarra shrine; reprisal attacks hit Sunni mosques

BAGHDAD, Iraq —

Bombs tore through one of Shi'ite Islam's holiest shrines in the city of Samarra on Wednesday, destroying its golden dome and setting off a wave of reprisal attacks on Sunni mosques across Iraq.

Police said several men, some wearing the uniforms of a police commando unit, entered the al-Askari shrine during the night, tied up the guards and planted explosives that went off early in the morning. No one was killed in the blast.

Within hours, Shi'ite gunmen and angry crowds attacked dozens of Sunni mosques in Baghdad and other cities, setting several on fire and killing at least 19 people, police and hospital officials said.

Grand Ayatollah Ali al-Sistani, the country's most senior Shi'ite cleric, condemned the bombing and called for seven days of mourning and peaceful protests.

The Iraqi Islamic Party, the main Sunni Arab party, blamed Shi'ite militias for the attacks on its mosques and suspended its part in talks with the Shi'ite-led alliance on forming a new government.

On Thursday the government ordered a daytime curfew in Baghdad and three neighbouring provinces, and troops were posted outside mosques.

President Jalal Talabani warned that the country faced the threat of civil war and called the leaders of all communities to an emergency meeting.

In Washington, President George W. Bush condemned what he called an act of evil and urged Iraqis to show restraint.

It was unclear who had carried out the bombing, and no group had claimed it by late Wednesday.
""")
IRQSHI = A("Iraqi Shi'ites", "IRQ", ["REL", "CVL"])
IRQSUN = A("Iraqi Sunnis", "IRQ", ["REL", "CVL"])
SHIGUN = A("Shi'ite gunmen", "IRQ", ["RAD", "CVL"])
IIP = A("Iraqi Islamic Party", "IRQ", ["PTY", "OPP"])
IRQG = A("Iraq's government", "IRQ", "GOV")
E("bu03", "Bombers wreck golden dome of Samarra shrine", UNNAMED, IRQSHI, ATTACK, "183", "2006-02-22", P("Samarra", "IRQ"),
  False, "headline")
E("bu03", "reprisal attacks hit Sunni mosques", SHIGUN, IRQSUN, ATTACK, "180", "2006-02-22", None, False, "headline")
E("bu03", "Bombs tore through one of Shi'ite Islam's", UNNAMED, IRQSHI, ATTACK, "183", "2006-02-22", P("Samarra", "IRQ"),
  True, "bombing 183 by unnamed attackers (null/null, news-dev); target the shrine's community; 'in the city of "
  "Samarra'; 'on Wednesday' before a Thursday paper")
E("bu03", "tied up the guards and planted explosives", UNNAMED, A("shrine guards", "IRQ", ["COP", "CVL"]), ATTACK, "181",
  "2006-02", None, False, "the police account of the raid, a restatement of the bombing: optional")
E("bu03", "Shi'ite gunmen and angry crowds attacked dozens", SHIGUN, IRQSUN, ATTACK, "180", "2006-02-22",
  P("Baghdad", "IRQ"), True, "reprisal attacks on mosques 180 (18/19/20); 'Within hours' of Wednesday morning; "
  "'in Baghdad and other cities' names Baghdad; first member of the compound subject")
E("bu03", "Shi'ite gunmen and angry crowds attacked dozens", A("Shi'ite crowds", "IRQ", ["CVL", "RAD"]), IRQSUN, VPROT,
  "145", "2006-02-22", P("Baghdad", "IRQ"), False, "second member (the crowds; 145 for a mob also right): optional")
E("bu03", "condemned the bombing and called for seven", A("Ali al-Sistani", "IRQ", "REL"), UNNAMED, ["11"], "111",
  "2006-02", None, True, "condemnation 111 of the unnamed bombers; the call for mourning has no addressee; month")
E("bu03", "blamed Shi'ite militias for the attacks on", IIP, A("Shi'ite militias", "IRQ", ["RAD", "PTY"]), ["11"], "112",
  "2006-02", None, True, "blame 112; month")
E("bu03", "suspended its part in talks with the", IIP, A("Shi'ite-led alliance", "IRQ", ["PTY", "GOV"]), ["16", "12"],
  "164", "2006-02", None, True, "halting negotiations 164 (16, 12 also right); second verb but an act of its own: "
  "required; month")
E("bu03", "On Thursday the government ordered a daytime", IRQG, A("Iraqi citizens", "IRQ", "CVL"), ["17"], "1723",
  "2006-02-23", P("Baghdad", "IRQ"), True, "curfew 1723 (as owned35 ai09); 'On Thursday' in a Thursday paper; 'in "
  "Baghdad and three neighbouring provinces' names Baghdad")
E("bu03", "called the leaders of all communities to", A("Jalal Talabani", "IRQ", "GOV"),
  A("Iraqi community leaders", "IRQ", ["PTY", "REL"]), ["04", "03"], "043", "2006-02", None, False,
  "a meeting called (043/036): optional, the warning of civil war is no threat by him")
E("bu03", "condemned what he called an act of", A("George W. Bush", "USA", "GOV"), UNNAMED, ["11"], "111", "2006-02",
  P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is where he spoke")
F("bu03", "No one was killed in the blast", "negated outcome")
F("bu03", "It was unclear who had carried out", "speculation and a negated claim")

# ---------------------------------------------------------------- bu04 Jerusalem, Middle East (Israel)
S("bu04", "2023-03-27", "Middle East", """
Netanyahu pauses judicial overhaul after firing of defence minister sets off general strike

JERUSALEM, Israel —

Prime Minister Benjamin Netanyahu announced on Monday that he was delaying his government's plan to overhaul the judiciary, bowing to the largest protests in Israel's history and a general strike that shut the main airport, ports and many businesses.

Netanyahu said he was taking a "time out" to allow for dialogue with the opposition, but he insisted that the changes were needed.

The crisis came to a head on Sunday night, when Netanyahu fired Defence Minister Yoav Gallant, a day after Gallant had publicly called for the legislation to be halted, saying the rift it had opened in the army threatened national security.

Tens of thousands of Israelis poured into the streets within hours of the dismissal. In Tel Aviv, protesters blocked the Ayalon highway and lit bonfires, and police used water cannon to clear them.

On Monday morning the head of the Histadrut labour federation, Arnon Bar-David, declared a general strike, saying "enough is enough."

President Isaac Herzog urged the government to stop the legislation immediately.

Opposition leader Yair Lapid said he was ready for talks at the president's residence, but warned that he would walk out if the government tried to trick him. No date has been set for the talks.

The White House said it was deeply concerned and urged Israeli leaders to find a compromise.

The plan would give the governing coalition control over the appointment of judges and let parliament override Supreme Court rulings.
""")
NET = A("Benjamin Netanyahu", "ISR", "GOV")
ISRP = A("Israeli protesters", "ISR", ["CVL", "OPP"])
ISRG = A("Israel's government", "ISR", "GOV")
GAL = A("Yoav Gallant", "ISR", ["GOV", "MIL"])
E("bu04", "Netanyahu pauses judicial overhaul after firing", NET, ISRP, ["08"], "083", "2023-03-27", None, False,
  "headline")
E("bu04", "sets off general strike", A("Histadrut", "ISR", "LAB"), ISRG, ["14"], "143", "2023-03-27", None, False,
  "headline")
E("bu04", "announced on Monday that he was delaying", NET, ISRP, ["08"], "083", "2023-03-27", None, True,
  "a concession to protests 083 (CONCEDE), protesters as implied target (as news-dev d09's resignation); 'on Monday' "
  "in a Monday paper")
E("bu04", "to allow for dialogue with the opposition", NET, A("Israeli opposition", "ISR", ["OPP", "PTY"]), ["03", "04"],
  "036", "2023-03", None, False, "offer of talks 036: optional, part of the announcement")
E("bu04", "when Netanyahu fired Defence Minister Yoav Gallant", NET, GAL, ["17", "16"], "172", "2023-03-26", None, True,
  "dismissal of a minister 172 (17, 16 also right) in a dated 'when' clause with its own agent: 'on Sunday night'")
E("bu04", "a day after Gallant had publicly called", GAL, ISRG, DEMAND, "104", "2023-03-25", None, True,
  "demand to halt the legislation 104 (10/02), 'a day after' Sunday = Saturday")
E("bu04", "Tens of thousands of Israelis poured into", ISRP, ISRG, ["14"], "141", "2023-03", None, True,
  "mass protest 141; 'within hours' of Sunday night runs past midnight: month")
E("bu04", "protesters blocked the Ayalon highway and lit", ISRP, ISRG, ["14"], "144", "2023-03", P("Tel Aviv", "ISR"), False,
  "road block 144 (optional, as owned54)")
E("bu04", "police used water cannon to clear them", A("Israeli police", "ISR", "COP"), ISRP, REPR, "175", "2023-03",
  P("Tel Aviv", "ISR"), True, "force against protesters 175 (17/18); 'In Tel Aviv' opens the sentence; month")
E("bu04", "declared a general strike, saying", A("Arnon Bar-David", "ISR", "LAB"), ISRG, ["14"], "143",
  "2023-03-27", None, True, "general strike 143 (LAB, as the project codes unions); 'On Monday morning'")
E("bu04", "urged the government to stop the legislation", A("Isaac Herzog", "ISR", ["GOV", "ELI"]), ISRG, DEMAND, "104",
  "2023-03", None, True, "demand 104 by the head of state (no outside reaction); month")
E("bu04", "said he was ready for talks at", A("Yair Lapid", "ISR", ["OPP", "PTY"]), NET, ["03", "04"], "031", "2023-03",
  None, True, "willingness to negotiate 031; month")
E("bu04", "warned that he would walk out if", A("Yair Lapid", "ISR", ["OPP", "PTY"]), NET, ["13"], "130", "2023-03", None,
  False, "conditional warning, second clause: optional")
E("bu04", "urged Israeli leaders to find a compromise", A("White House", "USA", "GOV"), ISRG, DEMAND, "100", "2023-03",
  None, False, "single outside reaction: optional")
F("bu04", "No date has been set for the", "negated act")
F("bu04", "The plan would give the governing coalition", "definition of the plan, hypothetical")

# ---------------------------------------------------------------- bu05 Hanoi, Asia (North Korea / United States)
S("bu05", "2019-03-01", "Asia", """
Trump walks out of Hanoi summit with Kim as talks founder over sanctions

HANOI, Vietnam —

President Donald Trump and North Korean leader Kim Jong Un broke off their second summit in Hanoi on Thursday without an agreement, after Trump refused Kim's demand that sanctions be lifted in return for the closure of the Yongbyon nuclear complex.

"Sometimes you have to walk, and this was just one of those times," Trump told reporters before flying home. He said Kim had wanted the sanctions removed in their entirety, which the United States could not accept.

Trump said Kim had promised him that North Korea would not resume nuclear and missile tests, and he praised the North Korean leader as "quite a guy."

Shortly after midnight, North Korea's foreign minister, Ri Yong Ho, called a rare news conference at which he disputed Trump's account. Ri said Pyongyang had asked only for the lifting of five United Nations resolutions that hurt its civilian economy, and had offered to dismantle Yongbyon permanently in the presence of American experts.

His deputy, Choe Son Hui, said Kim might lose his will to pursue a deal.

In Seoul, President Moon Jae-in's office said it was regrettable that no agreement had been reached.

The two leaders first met in Singapore in June, when they signed a vague pledge to work toward the complete denuclearisation of the Korean peninsula.

It was not clear when, or whether, they would meet again.
""")
TRUMP = A("Donald Trump", "USA", "GOV")
KIM = A("Kim Jong Un", "PRK", "GOV")
RI = A("Ri Yong Ho", "PRK", "GOV")
E("bu05", "Trump walks out of Hanoi summit", TRUMP, KIM, ["16", "12"], "164", "2019-02-28", P("Hanoi", "VNM"), False,
  "headline")
E("bu05", "broke off their second summit in Hanoi", TRUMP, KIM, ["16", "12"], "164", "2019-02-28", P("Hanoi", "VNM"), True,
  "talks broken off 164 (16, 12 also right), a joint act: the first-mentioned direction required; 'in Hanoi'; 'on "
  "Thursday' before a Friday paper")
E("bu05", "broke off their second summit in Hanoi", KIM, TRUMP, ["16", "12"], "164", "2019-02-28", P("Hanoi", "VNM"), False,
  "reverse direction of the joint act: optional")
E("bu05", "after Trump refused Kim's demand that sanctions", TRUMP, KIM, ["12"], "1244", "2019-02-28", None, True,
  "refusal to ease economic sanctions 1244 in an 'after' clause with its own agent, part of Thursday's events")
E("bu05", "after Trump refused Kim's demand that sanctions", KIM, A("United States", "USA", "GOV"), DEMAND, "1054",
  "2019-02", None, False, "Kim's demand (nominal, 'Kim's demand'): optional")
E("bu05", "Trump said Kim had promised him that", KIM, TRUMP, ["03"], "030", "2019-02", None, False,
  "a promise reported by one side: optional")
E("bu05", "he praised the North Korean leader as", TRUMP, KIM, ["05"], "051", "2019-02", None, True,
  "praise 051; 'the North Korean leader' = Kim; no day of its own: month")
E("bu05", "called a rare news conference at which", RI, TRUMP, ["12", "01"], "120", "2019-03-01", None, True,
  "disputing the other side's account 120 (12, 01 also right); 'Shortly after midnight' after Thursday = Friday")
E("bu05", "Ri said Pyongyang had asked only for", A("North Korea", "PRK", "GOV"), A("United States", "USA", "GOV"),
  DEMAND, "1054", "2019-02", None, False, "request inside one side's account; 'Pyongyang' is an actor: optional")
E("bu05", "had offered to dismantle Yongbyon permanently in", A("North Korea", "PRK", "GOV"),
  A("United States", "USA", "GOV"), ["03"], "030", "2019-02", None, False, "offer inside one side's account: optional")
E("bu05", "The two leaders first met in Singapore", TRUMP, KIM, ["04"], "043", "2018-06", P("Singapore", "SGP"), True,
  "dated background meeting 043 ('in June' before a March paper = 2018); joint: Trump (first in the story) as source")
E("bu05", "The two leaders first met in Singapore", KIM, TRUMP, ["04"], "043", "2018-06", P("Singapore", "SGP"), False,
  "reverse of the joint meeting: optional")
E("bu05", "when they signed a vague pledge to", TRUMP, KIM, AGREE, "057", "2018-06", P("Singapore", "SGP"), True,
  "signed pledge 057 (05/03/08) in a dated 'when' clause; Singapore from the main clause of the same sentence")
E("bu05", "when they signed a vague pledge to", KIM, TRUMP, AGREE, "057", "2018-06", P("Singapore", "SGP"), False,
  "reverse of the joint signing: optional")
F("bu05", "it was regrettable that no agreement had", "negated agreement inside a comment")
F("bu05", "It was not clear when, or whether", "speculation")

# ---------------------------------------------------------------- bu06 Jakarta, Asia (Indonesia)
S("bu06", "2025-08-31", "Asia", """
Prabowo orders crackdown on rioters as looters ransack lawmakers' homes; parliament drops perks

JAKARTA, Indonesia —

President Prabowo Subianto ordered the police and the military on Sunday to take firm action against rioters and looters, after a week of protests that began over lawmakers' pay and turned into the worst unrest of his presidency.

Flanked by the leaders of the parties in parliament, Prabowo said the legislature would revoke a housing allowance for its members that had set off the anger and would halt their trips abroad. But he said some of the violence pointed to treason and terrorism.

Crowds ransacked the Jakarta home of Ahmad Sahroni, a lawmaker from the NasDem party, on Saturday, carrying off furniture and appliances, and early on Sunday looters broke into the house of Finance Minister Sri Mulyani Indrawati in Tangerang, outside the capital.

The protests turned violent after a police armoured vehicle ran over and killed Affan Kurniawan, a 21-year-old motorcycle taxi driver, during a demonstration near the parliament building on Thursday night.

On Friday night, protesters set fire to the regional parliament building in Makassar, and three people trapped inside died, officials said.

National police chief Listyo Sigit Prabowo apologised to the driver's family, and seven officers of the mobile brigade were detained for questioning over his death.

The president called off a planned trip to China to deal with the crisis.

Police did not say how many people had been arrested across the country. Many Indonesians are angry that lawmakers earn many times the minimum wage while jobs are scarce.
""")
PRAB = A("Prabowo Subianto", "IDN", "GOV")
IDNR = A("Indonesian rioters", "IDN", ["CVL", "OPP"])
IDNCOP = A("Indonesian police", "IDN", "COP")
E("bu06", "Prabowo orders crackdown on rioters as looters", PRAB, IDNR, ["13", "17"], "130", "2025-08-31", None, False,
  "headline")
E("bu06", "lawmakers' homes; parliament drops perks", A("Indonesia's parliament", "IDN", ["LEG", "GOV"]), IDNR, ["08"], "083", "2025-08",
  None, False, "headline")
E("bu06", "ordered the police and the military on", PRAB, IDNR, ["13", "17"], "130", "2025-08-31", None, True,
  "an order of firm action against rioters, a threat of force 130 (as owned54 bc04's 'decisive action'; 17 also "
  "right); 'on Sunday' in a Sunday paper")
E("bu06", "Prabowo said the legislature would revoke a", A("Indonesia's parliament", "IDN", ["LEG", "GOV"]), IDNR, ["08"],
  "083", "2025-08", None, True, "concession to the protesters 083 announced for parliament; sector LEG or GOV; no day "
  "of its own: month")
E("bu06", "said some of the violence pointed to", PRAB, IDNR, ["11"], "112", "2025-08", None, False,
  "accusation, second sentence of the same statement: optional")
E("bu06", "Crowds ransacked the Jakarta home of Ahmad", IDNR, A("Ahmad Sahroni", "IDN", ["LEG", "PTY"]), VPROT, "145",
  "2025-08-30", P("Jakarta", "IDN"), True, "looting of a lawmaker's home by rioters 145 (14/18/17); 'the Jakarta home'; "
  "'on Saturday' in a Sunday paper")
E("bu06", "early on Sunday looters broke into the", IDNR, A("Sri Mulyani Indrawati", "IDN", "GOV"), VPROT, "145",
  "2025-08-31", P("Tangerang", "IDN"), True, "second looting, its own clause and day; 'in Tangerang' names the place")
E("bu06", "after a police armoured vehicle ran over", IDNCOP, A("Affan Kurniawan", "IDN", "CVL"), ["17", "18", "19"],
  "175", "2025-08-28", None, True, "police killing a man at a protest 175 (17/18/19, as owned54 bc10) in an 'after' "
  "clause with its own agent; 'on Thursday night'; 'near the parliament building' gives no city")
E("bu06", "protesters set fire to the regional parliament", IDNR,
  A("South Sulawesi regional parliament", "IDN", ["LEG", "GOV"]), VPROT, "145", "2025-08-29", P("Makassar", "IDN"), True,
  "arson of a parliament 145 (as owned54 bc01); 'On Friday night'; 'in Makassar'")
E("bu06", "apologised to the driver's family, and seven", A("Listyo Sigit Prabowo", "IDN", "COP"),
  A("Affan Kurniawan's family", "IDN", "CVL"), ["05"], "055", "2025-08", None, True,
  "apology 055; the police chief, not the president (same surname); month")
E("bu06", "seven officers of the mobile brigade were", IDNCOP, A("mobile brigade officers", "IDN", "COP"), ["17"], "173",
  "2025-08", None, False, "agentless passive detention: optional")
E("bu06", "The president called off a planned trip", PRAB, A("China", "CHN", "GOV"), ["12", "16"], "125", "2025-08", None,
  False, "a cancelled visit, not aimed at China: optional at most")
F("bu06", "Police did not say how many people", "negated statement and count")
F("bu06", "Many Indonesians are angry that lawmakers earn", "standing situation")

# ---------------------------------------------------------------- bu07 Hilversum, Europe (Netherlands)
S("bu07", "2002-05-07", "Europe/Eurasia", """
Dutch populist Pim Fortuyn shot dead nine days before election

HILVERSUM, Netherlands —

Pim Fortuyn, the anti-immigration politician whose new party was expected to win a large share of the vote in next week's general election, was shot dead on Monday as he left a radio studio in this town near Amsterdam.

A gunman fired several shots at Fortuyn in the car park of Hilversum's Mediapark broadcasting complex, hitting him in the head, chest and neck, witnesses said. He died at the scene.

Police arrested the suspected gunman, a 32-year-old Dutch man, minutes later after a chase, and said a pistol had been found on him. Prosecutors identified him only as Volkert van der G., an environmental and animal-rights campaigner.

Prime Minister Wim Kok, whose Labour Party had been one of Fortuyn's main targets, called the killing an attack on democracy, and all the main parties suspended their campaigns.

Fortuyn's party accused rival politicians of having demonised him and so helped to create the climate for his murder.

Hundreds of his supporters gathered outside the parliament buildings in The Hague on Monday night, and some threw stones and bottles at police and set cars on fire. Police used batons and horses to drive them back and detained about 20 people.

Fortuyn, a former sociology professor, had called Islam a backward culture and wanted to stop the entry of new asylum seekers.

The government was expected to decide on Tuesday whether the election, set for May 15, would go ahead.

No Dutch politician had been assassinated in modern times.
""")
VDG = A("Volkert van der Graaf", "NLD", ["CVL", "NGO"])
FORT = A("Pim Fortuyn", "NLD", ["PTY", "OPP"])
LPF = A("Pim Fortuyn List", "NLD", ["PTY", "OPP"])
NLDCOP = A("Dutch police", "NLD", "COP")
FSUP = A("Fortuyn's supporters", "NLD", ["CVL", "PTY"])
E("bu07", "Dutch populist Pim Fortuyn shot dead nine", VDG, FORT, ATTACK, "186", "2002-05-06", None, False, "headline")
E("bu07", "was shot dead on Monday as he", VDG, FORT, ATTACK, "186", "2002-05-06", P("Hilversum", "NLD"), False,
  "lead summary in an agentless passive of the shooting detailed next: optional; 'in this town' with the dateline")
E("bu07", "A gunman fired several shots at Fortuyn", VDG, FORT, ATTACK, "186", "2002-05", P("Hilversum", "NLD"), True,
  "assassination 186 (18/19/20); the gunman is the Dutch man arrested in the next paragraph, so NLD, not null; "
  "'Hilversum's Mediapark' names the place; no day in the sentence: month")
E("bu07", "Police arrested the suspected gunman, a 32-year-old", NLDCOP, VDG, ["17"], "173", "2002-05", None, True,
  "arrest 173 by the arresting police (required, as owned21 d11); month")
E("bu07", "called the killing an attack on democracy", A("Wim Kok", "NLD", "GOV"), VDG, ["11"], "111", "2002-05", None,
  True, "condemnation 111 of the killer; the relative about Labour is standing background; month")
E("bu07", "Fortuyn's party accused rival politicians of having", LPF, A("Dutch rival politicians", "NLD", ["PTY", "GOV"]),
  ["11"], "112", "2002-05", None, True, "accusation 112; month")
E("bu07", "Hundreds of his supporters gathered outside the", FSUP, NLDCOP, VPROT, "145", "2002-05-06",
  P("The Hague", "NLD"), True, "riot 145 (14/18/17) against police; 'in The Hague on Monday night'")
E("bu07", "Police used batons and horses to drive", NLDCOP, FSUP, REPR, "175", "2002-05", None, True,
  "force against rioters 175 (17/18); no city and no day in the sentence: place null, month")
E("bu07", "and detained about 20 people", NLDCOP, FSUP, ["17"], "173", "2002-05", None, False,
  "second verb, detentions: optional")
E("bu07", "had called Islam a backward culture and", FORT, A("Muslims", None, "REL"), ["11"], "111", None, None, False,
  "undated standing remarks: optional")
F("bu07", "The government was expected to decide on", "speculation about a decision to come")
F("bu07", "No Dutch politician had been assassinated in", "negated historical aside")

# ---------------------------------------------------------------- bu08 Baku, Europe/Eurasia (Azerbaijan)
S("bu08", "2003-10-17", "Europe/Eurasia", """
Police crush Baku protest as Aliyev's son is declared winner of Azerbaijan's presidential vote

BAKU, Azerbaijan —

Police and troops beat hundreds of opposition supporters with truncheons in the centre of Baku on Thursday after official results showed Ilham Aliyev, the son of ailing President Heydar Aliyev, winning Wednesday's presidential election by a landslide.

At least one protester was killed and scores were injured, opposition leaders said. Demonstrators threw stones, smashed shop windows and overturned cars in Azadliq Square, where they had gathered to hear opposition candidate Isa Gambar claim victory.

Gambar, the leader of the Musavat party, called the vote a falsification and said his supporters would never accept the result. Police surrounded Musavat's headquarters overnight and detained dozens of activists inside, a party spokesman said.

The Central Election Commission said Ilham Aliyev, the prime minister, had won about 80 percent of the vote and Gambar about 12 percent.

Observers from the Organisation for Security and Cooperation in Europe said the vote fell short of international standards, citing ballot stuffing, intimidation of voters and the use of state resources for the prime minister's campaign.

Ilham Aliyev accused the opposition of provoking the violence and promised to continue his father's course.

The State Department in Washington said it was concerned by the violence and urged the authorities to investigate the death.

Heydar Aliyev, 80, a former Soviet Politburo member, has ruled Azerbaijan since 1993 and has been in hospital in the United States since the summer. He withdrew from the race on Oct. 2 in favour of his son.
""")
AZECOP = A("Azerbaijani police", "AZE", "COP")
AZEP = A("Musavat supporters", "AZE", ["CVL", "OPP"])
GAMBAR = A("Isa Gambar", "AZE", ["OPP", "PTY"])
ILHAM = A("Ilham Aliyev", "AZE", "GOV")
AZEG = A("Azerbaijan's government", "AZE", "GOV")
E("bu08", "Police crush Baku protest as Aliyev's son", AZECOP, AZEP, REPR, "175", "2003-10-16", P("Baku", "AZE"), False,
  "headline")
E("bu08", "Police and troops beat hundreds of opposition", AZECOP, AZEP, REPR, "175", "2003-10-16", P("Baku", "AZE"), True,
  "beating protesters 175 (17/18); 'in the centre of Baku on Thursday' before a Friday paper; first member of the "
  "compound subject")
E("bu08", "Police and troops beat hundreds of opposition", A("Azerbaijani troops", "AZE", "MIL"), AZEP, REPR, "175",
  "2003-10-16", P("Baku", "AZE"), False, "second member: optional")
E("bu08", "Demonstrators threw stones, smashed shop windows and", AZEP, AZECOP, VPROT, "145", "2003-10", None, True,
  "violent protest 145 (14/18/17); 'in Azadliq Square' gives no city in the clause: place null; month")
E("bu08", "where they had gathered to hear opposition", AZEP, AZEG, ["14"], "141", "2003-10", None, False,
  "the rally itself inside a relative: optional")
E("bu08", "called the vote a falsification and said", GAMBAR, AZEG, ["11"], "112", "2003-10", None, True,
  "fraud charge 112; month")
E("bu08", "said his supporters would never accept the", GAMBAR, AZEG, ["12"], "120", "2003-10", None, False,
  "refusal put as an intention ('would never accept'): optional")
E("bu08", "Police surrounded Musavat's headquarters overnight and detained", AZECOP, A("Musavat", "AZE", ["OPP", "PTY"]),
  ["17", "18"], "173", "2003-10", None, False, "raid and detentions inside one side's account ('a party spokesman "
  "said'): optional; 'overnight' without an anchor: month")
E("bu08", "said the vote fell short of international", A("OSCE observers", None, "IGO"), AZEG, ["11"], "111", "2003-10",
  None, True, "criticism 111 by observers (the story turns on the verdict on the vote); OSCE null/IGO as news-dev's "
  "regional bodies without a code; month")
E("bu08", "Ilham Aliyev accused the opposition of provoking", ILHAM, A("Azerbaijani opposition", "AZE", ["OPP", "PTY"]),
  ["11"], "112", "2003-10", None, True, "accusation 112; month")
E("bu08", "urged the authorities to investigate the death", A("U.S. State Department", "USA", "GOV"), AZEG, DEMAND, "100",
  "2003-10", P("Washington", "USA"), False, "single outside reaction: optional")
E("bu08", "He withdrew from the race on Oct", A("Heydar Aliyev", "AZE", "GOV"), ILHAM, ["05"], "051", "2003-10-02", None,
  False, "withdrawal in favour of his son, support 051 at most: optional")
F("bu08", "The Central Election Commission said Ilham Aliyev", "the electoral body's result: counts, not coded")
F("bu08", "Heydar Aliyev, 80, a former Soviet Politburo", "standing situation")

# ---------------------------------------------------------------- bu09 Rio de Janeiro, Americas (Brazil)
S("bu09", "2018-03-15", "Americas", """
Rio councillor who denounced police killings is shot dead; thousands march

RIO DE JANEIRO, Brazil —

Marielle Franco, a Rio de Janeiro city councillor and outspoken critic of police violence in the city's favelas, was shot dead in her car on Wednesday night along with her driver, Anderson Gomes, police said.

Gunmen in another car pulled up alongside her vehicle in Rio's central Estacio district and fired at least nine shots, then sped away without taking anything, investigators said. A press aide sitting in the back seat was hit by fragments but survived.

Franco, a 38-year-old black woman raised in the Mare favela complex and a member of the leftist Socialism and Liberty Party, had been returning from a debate on black women in politics.

Tens of thousands of people marched through the centre of Rio and other Brazilian cities on Thursday, many holding up signs asking "Who killed Marielle?"

President Michel Temer called the killing an attack on democracy and sent his public security minister, Raul Jungmann, to the city. Amnesty International demanded a thorough and independent investigation.

Last month Temer put the army in charge of security in Rio state, citing a surge in violent crime. Franco had been named the council's rapporteur on the military intervention, and on Saturday she accused police officers of terrorising residents of the Acari favela.

Investigators were examining whether she was killed because of her work, but it was too early to say, Jungmann said.

Rio state recorded more than 6,000 violent deaths last year.
""")
FRANCO = A("Marielle Franco", "BRA", ["PTY", "OPP", "GOV"])
BRAG = A("Brazil's government", "BRA", "GOV")
E("bu09", "Rio councillor who denounced police killings is", UNNAMED, FRANCO, ATTACK, "186", "2018-03-14", None, False,
  "headline")
E("bu09", "is shot dead; thousands march", A("Brazilian marchers", "BRA", "CVL"), BRAG, ["14"], "141", "2018-03-15", None,
  False, "headline")
E("bu09", "was shot dead in her car on", UNNAMED, FRANCO, ATTACK, "186", "2018-03-14", None, False,
  "lead summary, agentless passive of the shooting detailed next: optional")
E("bu09", "Gunmen in another car pulled up alongside", UNNAMED, FRANCO, ATTACK, "186", "2018-03",
  P("Rio de Janeiro", "BRA"), True, "assassination by unnamed gunmen 186 (null/null, news-dev); 'in Rio's central "
  "Estacio district'; no day in the sentence: month")
E("bu09", "Gunmen in another car pulled up alongside", UNNAMED, A("Anderson Gomes", "BRA", "CVL"), ATTACK, "186",
  "2018-03", P("Rio de Janeiro", "BRA"), False, "the driver, second victim named only in the lead: optional")
E("bu09", "Tens of thousands of people marched through", A("Brazilian marchers", "BRA", "CVL"), BRAG, ["14"], "141",
  "2018-03-15", P("Rio de Janeiro", "BRA"), True, "protest march 141 ('Who killed Marielle?'); 'the centre of Rio'; "
  "'on Thursday' in a Thursday paper")
E("bu09", "President Michel Temer called the killing an", A("Michel Temer", "BRA", "GOV"), UNNAMED, ["11"], "111",
  "2018-03", None, True, "condemnation 111 of the killers; sending a minister is no CAMEO event; month")
E("bu09", "Amnesty International demanded a thorough and independent", A("Amnesty International", None, "NGO"), BRAG,
  DEMAND, "100", "2018-03", None, False, "single outside reaction: optional")
E("bu09", "Last month Temer put the army in", A("Michel Temer", "BRA", "GOV"), A("Rio state government", "BRA", "GOV"),
  ["17"], "1724", "2018-02", None, True, "federal takeover of a state's security 1724 (news-dev: a declared takeover); "
  "'Last month' = February; dated background with its agent")
E("bu09", "on Saturday she accused police officers of", FRANCO, A("Rio police", "BRA", "COP"), ["11"], "112", "2018-03-10",
  None, True, "accusation 112; 'on Saturday' before a Thursday paper = March 10; 'the Acari favela' is where the "
  "abuses were, not where she spoke")
F("bu09", "Investigators were examining whether she was killed", "speculation")
F("bu09", "Rio state recorded more than 6,000 violent", "count")

# ---------------------------------------------------------------- bu10 San Salvador, Americas (El Salvador)
S("bu10", "2021-05-02", "Americas", """
Bukele's lawmakers oust El Salvador's top judges and attorney general; Washington voices concern

SAN SALVADOR, El Salvador —

El Salvador's new Legislative Assembly, controlled by President Nayib Bukele's party, voted on Saturday to remove the five judges of the Supreme Court's constitutional chamber, which had repeatedly ruled against the government during the coronavirus pandemic.

Hours later, lawmakers also dismissed Attorney General Raul Melara, who had been investigating alleged corruption in pandemic spending. Replacements were sworn in before dawn on Sunday, as police took up positions outside the Supreme Court building.

The ousted judges issued a ruling late on Saturday declaring the vote unconstitutional, but it was ignored. The constitution lets the assembly remove judges only for specific legal causes, which lawmakers did not cite.

Opposition lawmakers walked out of the session and called the vote a coup against the constitution.

Bukele's New Ideas party won a two-thirds majority in the February election, enough to appoint and remove judges and other senior officials.

In Washington, Vice President Kamala Harris criticised the dismissals, saying the United States had deep concerns about El Salvador's democracy. Secretary of State Antony Blinken telephoned Bukele on Sunday and told him an independent judiciary was vital.

Bukele dismissed the criticism, writing on Twitter that El Salvador was cleaning house and that foreign governments should respect its sovereignty.

In February last year, Bukele entered the assembly, then controlled by the opposition, with armed soldiers to press lawmakers to approve a loan for his security plan.

Bukele, 39, remains one of the most popular leaders in Latin America.
""")
SLVLEG = A("El Salvador's Legislative Assembly", "SLV", ["LEG", "GOV"])
SLVCC = A("El Salvador's constitutional chamber", "SLV", "JUD")
BUK = A("Nayib Bukele", "SLV", "GOV")
E("bu10", "Bukele's lawmakers oust El Salvador's top judges", SLVLEG, SLVCC, REMOVE, "172", "2021-05-01", None, False,
  "headline")
E("bu10", "attorney general; Washington voices concern", A("United States", "USA", "GOV"), SLVLEG, ["11"], "111", "2021-05", None, False,
  "headline; 'Washington' is an actor")
E("bu10", "voted on Saturday to remove the five", SLVLEG, SLVCC, REMOVE, "172", "2021-05-01", None, True,
  "removal of judges by the legislature 172 (17/12/11, as owned35 ai10); no city in the clause; 'on Saturday' in a "
  "Sunday paper")
E("bu10", "lawmakers also dismissed Attorney General Raul Melara", SLVLEG, A("Raul Melara", "SLV", ["JUD", "GOV"]),
  REMOVE, "172", "2021-05", None, True, "second removal 172; 'Hours later' after Saturday may run past midnight: month")
E("bu10", "as police took up positions outside the", A("Salvadoran police", "SLV", "COP"), SLVCC, ["15", "17"], "150",
  "2021-05-02", None, False, "a show of police force at the court: optional")
E("bu10", "The ousted judges issued a ruling late", SLVCC, SLVLEG, ["11", "17", "12"], "112", "2021-05-01", None, True,
  "a court ruling the vote unconstitutional 112 (court verdicts 11/17; 12 also right); 'late on Saturday'")
E("bu10", "walked out of the session and called", A("Salvadoran opposition lawmakers", "SLV", ["LEG", "OPP"]), SLVLEG,
  ["14"], "143", "2021-05", None, False, "walkout, a boycott 143: optional")
E("bu10", "called the vote a coup against the", A("Salvadoran opposition lawmakers", "SLV", ["LEG", "OPP"]), SLVLEG,
  ["11"], "111", "2021-05", None, True, "denunciation 111; month")
E("bu10", "Vice President Kamala Harris criticised the dismissals", A("Kamala Harris", "USA", "GOV"), SLVLEG, ["11"],
  "111", "2021-05", P("Washington", "USA"), True, "criticism 111; the story turns on Washington's reaction (headline, "
  "Bukele's reply); 'In Washington' is where she spoke; month")
E("bu10", "Secretary of State Antony Blinken telephoned Bukele", A("Antony Blinken", "USA", "GOV"), BUK, ["04", "10"],
  "040", "2021-05-02", None, True, "a phone call 040 pressing a point (10 also right); 'on Sunday'")
E("bu10", "Bukele dismissed the criticism, writing on Twitter", BUK, A("United States", "USA", "GOV"), ["12"], "120",
  "2021-05", None, True, "rejection of criticism 120; month")
E("bu10", "Bukele entered the assembly, then controlled by", BUK, A("El Salvador's Legislative Assembly", "SLV", ["LEG",
  "OPP"]), ["15", "13", "17"], "150", "2020-02", None, True, "a show of military force in parliament 150 (15/13/17); "
  "'In February last year' = 2020-02; dated background with its agent (owned33 ag09 told it; here one line)")
F("bu10", "The constitution lets the assembly remove judges", "normative statement and a negated act")
F("bu10", "remains one of the most popular leaders", "standing situation")

# ---------------------------------------------------------------- bu11 Kathmandu, South Asia (Nepal)
S("bu11", "2008-05-29", "Asia", """
Nepal abolishes monarchy, gives King Gyanendra 15 days to leave palace

KATHMANDU, Nepal —

Nepal's newly elected Constituent Assembly voted late on Wednesday to abolish the 240-year-old monarchy and declare the Himalayan country a federal democratic republic, ordering King Gyanendra to leave the royal palace within 15 days.

The motion was passed by 560 votes to four at the assembly's first sitting, which was delayed for hours by wrangling between the parties over how power would be shared.

Thousands of people danced and sang in the streets of the capital as news of the vote spread, and some pulled down royal emblems from government buildings.

The former Maoist rebels, who won the most seats in last month's election, hailed the vote as the fulfilment of their decade-long struggle. Their leader, Prachanda, said the king would be treated like any other citizen if he left peacefully.

The palace made no comment.

On Monday, two small bombs exploded near the convention centre where the assembly meets, and police blamed a pro-monarchy group.

Gyanendra came to the throne in 2001 after his brother, King Birendra, was killed with most of his family by the crown prince, who then shot himself.

He seized absolute power in February 2005 and sacked the government. He was forced to restore parliament in April 2006 after weeks of street protests led by the Maoists and an alliance of seven parties.

It was unclear where the king and his family would live after leaving the palace.
""")
NPLCA = A("Nepal's Constituent Assembly", "NPL", ["LEG", "GOV"])
GYAN = A("King Gyanendra", "NPL", ["GOV", "ELI"])
MAO = A("Nepal's Maoists", "NPL", ["PTY", "REB"])
E("bu11", "Nepal abolishes monarchy, gives King Gyanendra 15", NPLCA, GYAN, REMOVE, "172", "2008-05-28", None, False,
  "headline")
E("bu11", "voted late on Wednesday to abolish the", NPLCA, GYAN, REMOVE, "172", "2008-05-28", None, True,
  "removal of the head of state by the assembly 172 (17/12/11); 'late on Wednesday' before a Thursday paper; no "
  "city in the clause")
E("bu11", "ordering King Gyanendra to leave the royal", NPLCA, GYAN, ["17"], "174", "2008-05-28", None, False,
  "eviction order in a participle of the same act: optional")
E("bu11", "hailed the vote as the fulfilment of", MAO, NPLCA, ["05"], "051", "2008-05", None, False,
  "praise of the vote: optional")
E("bu11", "two small bombs exploded near the convention", UNNAMED, NPLCA, ATTACK, "183", "2008-05-26", None, False,
  "agentless blasts: optional; 'On Monday' before a Thursday paper")
E("bu11", "and police blamed a pro-monarchy group", A("Nepal police", "NPL", "COP"),
  A("pro-monarchy group", "NPL", ["RAD", "CVL"]), ["11"], "112", "2008-05", None, True,
  "blame 112; the sentence's 'On Monday' belongs to the blasts, the blame has no day: month")
E("bu11", "was killed with most of his family", A("Crown Prince Dipendra", "NPL", ["GOV", "ELI"]),
  A("King Birendra", "NPL", "GOV"), ATTACK, "186", "2001", None, True,
  "killing with its agent ('by the crown prince') in a dated 'after' clause: 2001")
E("bu11", "He seized absolute power in February 2005", GYAN, A("Nepal's government", "NPL", "GOV"), COUP, "172",
  "2005-02", None, True, "royal takeover and sacking the government (coups 17/19); dated background: 2005-02")
E("bu11", "He was forced to restore parliament in", GYAN, A("Nepali protesters", "NPL", ["CVL", "OPP"]), ["08"], "083",
  "2006-04", None, True, "concession to protests 083; 'in April 2006'")
E("bu11", "after weeks of street protests led by", MAO, GYAN, ["14"], "141", "2006", None, False,
  "the protests, nominal with agent in a participle ('led by the Maoists'), weeks across months: year; optional")
F("bu11", "The palace made no comment", "negated statement")
F("bu11", "It was unclear where the king and", "speculation")

# ---------------------------------------------------------------- bu12 Rabat, Africa (Morocco / Western Sahara)
S("bu12", "2010-11-08", "Africa", """
Moroccan forces tear down Sahrawi protest camp; deadly riots spread to Laayoune

RABAT, Morocco —

Moroccan security forces used water cannon and tear gas on Monday to dismantle a camp where thousands of Sahrawis had been protesting for nearly a month outside the city of Laayoune, in the disputed territory of Western Sahara, setting off riots in which at least 12 people died, the government said.

The interior ministry said 10 members of the security forces and two civilians were killed, and accused "criminal elements" of cutting the throats of some officers. It denied that any protester had been killed.

The Polisario Front, which seeks independence for the territory, said Moroccan troops had killed at least 11 Sahrawis and wounded hundreds, and accused Rabat of a massacre.

In Laayoune, youths burned a bank, government offices and cars and threw stones at police, residents said by telephone.

The camp at Gdeim Izik, set up in early October by Sahrawis demanding jobs and housing, had grown to several thousand tents. Moroccan troops shot dead a 14-year-old boy at a checkpoint near the camp on Oct. 24.

Despite the violence, Polisario and Moroccan negotiators opened two days of informal U.N.-sponsored talks in Manhasset, outside New York, on Monday. Polisario said it would raise the raid at the talks.

It was not possible to confirm either side's toll independently.

Morocco claims the territory as part of its kingdom, and a U.N.-monitored ceasefire between its forces and the Polisario has held since 1991.
""")
MARSEC = A("Moroccan security forces", "MAR", ["COP", "MIL"])
SAHP = A("Sahrawi protesters", "ESH", ["CVL", "OPP"])
POL = A("Polisario Front", "ESH", ["REB", "OPP"])
MARG = A("Morocco's government", "MAR", "GOV")
E("bu12", "Moroccan forces tear down Sahrawi protest camp", MARSEC, SAHP, REPR, "175", "2010-11-08",
  P("Laayoune", "ESH"), False, "headline")
E("bu12", "deadly riots spread to Laayoune", SAHP, MARSEC, VPROT, "145", "2010-11-08", P("Laayoune", "ESH"), False,
  "headline")
E("bu12", "used water cannon and tear gas on", MARSEC, SAHP, REPR, "175", "2010-11-08", P("Laayoune", "ESH"), True,
  "force to clear a protest camp 175 (17/18); 'outside the city of Laayoune' names the place (ESH, as the text calls "
  "it disputed territory); the Rabat dateline is not the place; 'on Monday' in a Monday paper")
E("bu12", "accused \"criminal elements\" of cutting the throats", A("Morocco's interior ministry", "MAR", "GOV"), SAHP,
  ["11"], "112", "2010-11", None, True, "accusation 112; month")
E("bu12", "It denied that any protester had been", A("Morocco's interior ministry", "MAR", "GOV"), None, DENY, "016",
  "2010-11", None, True, "a stated denial 016 (01/12); 'It' = the ministry; no named addressee: target null; month")
E("bu12", "said Moroccan troops had killed at least", A("Moroccan troops", "MAR", "MIL"), SAHP, REPR, "175", "2010-11",
  None, False, "killings inside one side's account, disputed by the ministry: optional")
E("bu12", "and accused Rabat of a massacre", POL, MARG, ["11"], "112", "2010-11", None, True,
  "accusation 112; 'Rabat' is Morocco's government, an actor, not a place; month")
E("bu12", "In Laayoune, youths burned a bank, government", SAHP, A("Moroccan police", "MAR", "COP"), VPROT, "145",
  "2010-11", P("Laayoune", "ESH"), True, "riot 145 (14/18/17); the youths are the Sahrawis of the story; 'In "
  "Laayoune'; no day of its own: month")
E("bu12", "set up in early October by Sahrawis", SAHP, MARG, ["14"], "141", "2010-10", None, True,
  "protest camp 141, a reduced relative with its agent ('by Sahrawis'), dated 'in early October'")
E("bu12", "Moroccan troops shot dead a 14-year-old boy", A("Moroccan troops", "MAR", "MIL"),
  A("Sahrawi boy", "ESH", "CVL"), ["18", "19", "17"], "180", "2010-10-24", None, True,
  "killing of a civilian at a checkpoint 180 (18/19/17); 'on Oct. 24'; 'near the camp' gives no place")
E("bu12", "Polisario and Moroccan negotiators opened two days", POL, MARG, ["04"], "046", "2010-11-08",
  P("Manhasset", "USA"), True, "talks 046, joint: first-mentioned Polisario as source; 'in Manhasset'; 'on Monday'")
E("bu12", "Polisario and Moroccan negotiators opened two days", MARG, POL, ["04"], "046", "2010-11-08",
  P("Manhasset", "USA"), False, "reverse of the joint talks: optional")
F("bu12", "It was not possible to confirm either", "statement of what could not be checked")
F("bu12", "Morocco claims the territory as part of", "standing claim and situation")

if __name__ == "__main__":
    write(HERE)
