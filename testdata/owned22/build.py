#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned22 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Events of 1979-2004 only.
Run: python3 testdata/owned22/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, REPR, SANCT, COUP, CLASH  # noqa: E402

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
MEDIATE = ["04", "03"]
PROMISE = ["03", "08"]

# ---------------------------------------------------------------- a01 Lagos, Africa (Nigeria / Ghana)
S("a01", "1983-01-26", "Africa", """
Nigeria orders illegal migrants out; Ghanaians jam the roads home

LAGOS, Nigeria —

Tens of thousands of Ghanaians crowded the docks and motor parks of Lagos on Tuesday, clutching bundles and cooking pots, as the deadline for foreigners without papers to leave Nigeria drew near.

President Shehu Shagari's government ordered all illegal aliens, most of them Ghanaians, out of the country within two weeks in a decree announced on Jan. 17. Interior Minister Ali Baba blamed the migrants for rising crime and for the religious riots that shook Kano in 1980, and said the country could no longer carry them.

Police arrested about 300 Ghanaians and Nigeriens in raids on the Lagos slum of Ajegunle on Tuesday, according to a police spokesman, Haruna Bello, who said they would be held until they could be deported.

Ghana's military government, led by Flight Lieutenant Jerry Rawlings, reopened its eastern border on Saturday to let its citizens come home. Joyce Aryee, Ghana's secretary for information, condemned the expulsion as inhuman and said the returnees were being robbed on the way.

Togo, which lies between the two countries, had shut its own frontier for fear of being left with the migrants, but relented on Sunday and let the lorries cross. The League of Red Cross Societies flew food, tents and medicine to Accra for the returnees.

About two million West Africans came to Nigeria during the oil boom of the 1970s. It was not clear how many of them had already left.
""")
NGA = A("Nigeria", "NGA", "GOV")
GHMIG = A("Ghanaian migrants", "GHA", ["CVL", "REF"])
GHA = A("Ghana", "GHA", "GOV")
E("a01", "Nigeria orders illegal migrants out; Ghanaians jam", NGA, GHMIG, ["17"], "174", "1983-01", None, False,
  "headline: expulsion 174")
E("a01", "ordered all illegal aliens, most of them", A("Shehu Shagari", "NGA", "GOV"), GHMIG, ["17"], "174",
  "1983-01-17", None, True,
  "expulsion order 174 (17), 'on Jan. 17'; 'President Shehu Shagari's government' = Nigeria's government (Shagari or "
  "Nigeria both name the source); target the aliens, 'most of them Ghanaians'")
E("a01", "Interior Minister Ali Baba blamed the migrants", A("Ali Baba", "NGA", "GOV"), GHMIG, ["11"], "112", "1983-01",
  None, True, "accusation (blame for crime and riots) 112; no day: month")
E("a01", "Police arrested about 300 Ghanaians and Nigeriens", A("Nigerian police", "NGA", "COP"), GHMIG, REPR, "173",
  "1983-01-25", P("Lagos", "NGA"), True,
  "arrests 173; 'on Tuesday' in a Wednesday paper; compound object, first (Ghanaians) required; the clause names "
  "Lagos; inside a police spokesman's account but undisputed and the story depends on it")
E("a01", "Police arrested about 300 Ghanaians and Nigeriens", A("Nigerian police", "NGA", "COP"),
  A("Nigerien migrants", "NER", ["CVL", "REF"]), REPR, "173", "1983-01-25", P("Lagos", "NGA"), False,
  "second member of the compound object: optional")
E("a01", "reopened its eastern border on Saturday to", GHA, GHMIG, ["08"], "081", "1983-01-22", None, False,
  "easing a border closure for one's own returning citizens: coders split on code and target; optional")
E("a01", "condemned the expulsion as inhuman and said", A("Joyce Aryee", "GHA", "GOV"), NGA, ["11"], "111", "1983-01",
  None, True, "condemnation 111 of the expelling government; no day: month")
E("a01", "had shut its own frontier for fear", A("Togo", "TGO", "GOV"), GHMIG, ["17", "16"], "172", "1983-01", None,
  False, "undated background border closure in a pluperfect: optional")
E("a01", "but relented on Sunday and let the", A("Togo", "TGO", "GOV"), GHMIG, ["08"], "081", "1983-01-23", None, False,
  "letting the convoys transit, easing its closure (08); coders split on code: optional")
E("a01", "The League of Red Cross Societies flew", A("League of Red Cross Societies", None, "NGO"),
  A("Ghanaian returnees", "GHA", ["CVL", "REF"]), ["07"], "073", "1983-01", P("Accra", "GHA"), True,
  "humanitarian aid 073 delivered; no day: month; the clause names Accra; target the returnees (Ghana as a country is "
  "also a fair reading)")
F("a01", "About two million West Africans came to", "count and standing situation")
F("a01", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- a02 Bujumbura, Africa (Burundi)
S("a02", "1993-10-23", "Africa", """
Burundi's elected president killed in army coup; ministers shelter at French embassy

BUJUMBURA, Burundi —

Paratroopers who stormed the presidential palace before dawn on Thursday killed Melchior Ndadaye, Burundi's first elected Hutu president, diplomats said on Saturday.

Ndadaye, who won the country's first multiparty election in June, was taken from the palace to a military camp and bayoneted, according to a Western diplomat. The speaker of the National Assembly, Pontien Karibwami, was also killed.

The plotters named a former minister, Francois Ngeze, to head a committee of public salvation and closed the airport and the borders. Prime Minister Sylvie Kinigi and several ministers took refuge in the French embassy, from where she appealed to the United Nations for foreign troops to protect the government.

The U.N. Security Council condemned the coup on Friday and demanded a return to constitutional rule. Belgium, the former colonial power, suspended its aid programme.

Peasants loyal to Ndadaye's party attacked Tutsi families in several provinces, and tens of thousands of Hutus fled into Rwanda, the U.N. refugee agency said. Its spokesman, Ron Redmond, said the agency was sending blankets and plastic sheeting.

On Saturday the army chief of staff, Colonel Jean Bikomagu, told reporters the soldiers had acted without orders and asked the surviving ministers to resume their duties. Ngeze said the committee had handed power back.

Burundi's army is drawn almost entirely from the Tutsi minority. It was not clear who had given the order to kill the president.
""")
BDIPARA = A("Burundian paratroopers", "BDI", ["MIL", "REB"])
PLOT = A("coup plotters", "BDI", ["MIL", "REB"])
NDAD = A("Melchior Ndadaye", "BDI", "GOV")
BDI = A("Burundi", "BDI", "GOV")
E("a02", "Burundi's elected president killed in army coup", BDIPARA, NDAD, ["18"], "186", "1993-10-21", None, False,
  "headline")
E("a02", "killed Melchior Ndadaye, Burundi's first elected Hutu", BDIPARA, NDAD, ["18"], "186", "1993-10-21", None, True,
  "assassination 186 of the president by the paratroopers named in the relative clause; 'before dawn on Thursday' in "
  "a Saturday paper")
E("a02", "Paratroopers who stormed the presidential palace before", BDIPARA, BDI, COUP, "1724", "1993-10-21", None, False,
  "the storming of the palace in the relative clause (a takeover, 17/19): optional, the takeover is coded below")
E("a02", "The speaker of the National Assembly, Pontien", BDIPARA, A("Pontien Karibwami", "BDI", "LEG"), ["18"], "186",
  "1993-10", None, False, "agentless passive ('was also killed'): optional")
E("a02", "to head a committee of public salvation", PLOT, BDI, COUP, "1724", "1993-10", None, True,
  "proclaiming a junta ('committee of public salvation') 1724 (17/19); 'The plotters'; no day of its own: month")
E("a02", "closed the airport and the borders", PLOT, A("Burundi", "BDI", None), ["17", "16"], "172", "1993-10", None,
  False, "closing the airport and borders, self-directed: optional")
E("a02", "appealed to the United Nations for foreign", A("Sylvie Kinigi", "BDI", "GOV"), A("United Nations", "UNO", "IGO"),
  DEMAND, "0234", "1993-10", None, True,
  "appeal for protection by peacekeepers 0234 (02/10); 'she' = Kinigi; no day: month; the French embassy gives no "
  "place")
E("a02", "The U.N. Security Council condemned the coup", A("U.N. Security Council", "UNO", "IGO"), PLOT, ["11"], "111",
  "1993-10-22", None, True, "condemnation 111, 'on Friday' in a Saturday paper; target the plotters")
E("a02", "demanded a return to constitutional rule", A("U.N. Security Council", "UNO", "IGO"), PLOT, DEMAND, "104",
  "1993-10-22", None, False, "demand for a return to constitutional rule, second verb: optional")
E("a02", "Belgium, the former colonial power, suspended its", A("Belgium", "BEL", "GOV"), BDI, ["16", "17"], "1621",
  "1993-10", None, True, "suspension of aid 1621 (16/17); no day: month; target Burundi")
E("a02", "Peasants loyal to Ndadaye's party attacked Tutsi", A("Hutu peasants", "BDI", ["CVL", "PTY"]),
  A("Tutsi civilians", "BDI", "CVL"), ATTACK, "180", "1993-10", None, True,
  "attacks on civilians 180 (18/19/20); 'in several provinces' names no place; no day: month")
E("a02", "said the agency was sending blankets and", A("UNHCR", "UNO", "IGO"), A("Burundian refugees", "BDI", "REF"),
  ["07"], "073", "1993-10", None, False, "aid under way in a spokesman's statement: optional")
E("a02", "asked the surviving ministers to resume their", A("Jean Bikomagu", "BDI", "MIL"), BDI, DEMAND, "020",
  "1993-10-23", None, True,
  "the army chief's request to the government to resume its duties (02/10); 'On Saturday' in a Saturday paper")
E("a02", "Ngeze said the committee had handed power", A("Francois Ngeze", "BDI", ["MIL", "REB"]), BDI, ["08"], "080",
  "1993-10", None, False, "handing power back, reported by its author: optional (08)")
F("a02", "Burundi's army is drawn almost entirely from", "standing situation")
F("a02", "It was not clear who had given", "speculation")

# ---------------------------------------------------------------- a03 Jerusalem, Middle East (Israel / Iraq)
S("a03", "1981-06-10", "Middle East", """
U.S. holds up warplanes for Israel after raid on Iraqi reactor

JERUSALEM, Israel —

The United States on Wednesday suspended the delivery of four F-16 fighter-bombers to Israel while it studies whether Sunday's raid on an Iraqi nuclear reactor broke the terms under which the planes were sold.

Israeli jets flew more than 1,000 kilometres across Jordanian and Saudi airspace on Sunday afternoon and bombed the French-built Osirak reactor at Tuwaitha, near Baghdad. Prime Minister Menachem Begin defended the attack on Tuesday, telling reporters that Iraq had been preparing atomic bombs to drop on Israeli cities. "There will not be another Holocaust," he said.

Baghdad accused Israel of aggression and asked the U.N. Security Council to meet. France, which supplied the reactor, condemned the raid and said one of its technicians had died in it.

The strike embarrassed President Anwar Sadat of Egypt, who had met Begin at Sharm el-Sheikh three days before it. Sadat called the raid an irresponsible act that could wreck the peace process.

At home, opposition leader Shimon Peres accused Begin of staging the operation to win votes three weeks before a general election. Finance Minister Yoram Aridor, who runs Likud's campaign, said Peres had been told of the plan months ago and had tried to block it.

Israel, which has never confirmed having nuclear arms, has not signed the Non-Proliferation Treaty. It was not clear whether the Security Council would consider sanctions.
""")
USA = A("United States", "USA", "GOV")
ISR = A("Israel", "ISR", "GOV")
ISRM = A("Israeli air force", "ISR", "MIL")
BEGIN = A("Menachem Begin", "ISR", "GOV")
IRQ = A("Iraq", "IRQ", "GOV")
E("a03", "U.S. holds up warplanes for Israel after", USA, ISR, SANCT, "1622", "1981-06-10", None, False, "headline")
E("a03", "The United States on Wednesday suspended the", USA, ISR, SANCT, "1622", "1981-06-10", None, True,
  "halting delivery of warplanes: reducing military aid 1622 (16/17); Wednesday, the publication day")
E("a03", "bombed the French-built Osirak reactor at Tuwaitha", ISRM, A("Iraq", "IRQ", None), ["19", "18"], "195",
  "1981-06-07", P("Tuwaitha", "IRQ"), True,
  "air strike 195 on premises (the country with sector null); 'on Sunday afternoon'; the clause names Tuwaitha")
E("a03", "Begin defended the attack on Tuesday, telling", BEGIN, IRQ, ["11"], "112", "1981-06-09", None, True,
  "accusation that Iraq prepared atomic bombs 112; Tuesday")
E("a03", "Baghdad accused Israel of aggression and asked", IRQ, ISR, ["11"], "112", "1981-06", None, True,
  "accusation; 'Baghdad' = Iraq's government; no day: month")
E("a03", "asked the U.N. Security Council to meet", IRQ, A("U.N. Security Council", "UNO", "IGO"), DEMAND, "020",
  "1981-06", None, False, "request for a Council meeting, second verb: optional")
E("a03", "France, which supplied the reactor, condemned the", A("France", "FRA", "GOV"), ISR, ["11"], "111", "1981-06",
  None, False, "single outside condemnation: optional")
E("a03", "who had met Begin at Sharm el-Sheikh", A("Anwar Sadat", "EGY", "GOV"), BEGIN, ["04"], "040", "1981-06-04",
  P("Sharm el-Sheikh", "EGY"), True,
  "dated background meeting in a relative clause with its own agent; 'three days before' the Sunday raid; the clause "
  "names Sharm el-Sheikh")
E("a03", "who had met Begin at Sharm el-Sheikh", BEGIN, A("Anwar Sadat", "EGY", "GOV"), ["04"], "040", "1981-06-04",
  P("Sharm el-Sheikh", "EGY"), False, "reverse direction of the meeting: optional")
E("a03", "Sadat called the raid an irresponsible act", A("Anwar Sadat", "EGY", "GOV"), ISR, ["11"], "111", "1981-06",
  None, True, "criticism 111 by the embarrassed peace partner; no day: month")
E("a03", "accused Begin of staging the operation to", A("Shimon Peres", "ISR", ["OPP", "PTY"]), BEGIN, ["11"], "112",
  "1981-06", None, True, "domestic accusation 112; no day: month")
E("a03", "said Peres had been told of the", A("Yoram Aridor", "ISR", ["GOV", "PTY"]), A("Shimon Peres", "ISR",
  ["OPP", "PTY"]), ["11"], "112", "1981-06", None, False, "counter-charge by a minister running the campaign: optional")
F("a03", "which has never confirmed having nuclear arms", "standing situation")
F("a03", "It was not clear whether the Security", "speculation")

# ---------------------------------------------------------------- a04 Rome, Middle East (Achille Lauro; Egypt / Italy / U.S.)
S("a04", "1985-10-12", "Middle East", """
Italy charges Achille Lauro hijackers; Egypt demands U.S. apology

ROME, Italy —

Italian magistrates charged four Palestinian gunmen with murder and kidnapping on Friday, a day after U.S. Navy fighters forced the Egyptian airliner carrying them to land at a NATO base in Sicily.

The men, members of the Palestine Liberation Front, seized the Italian cruise liner Achille Lauro off the Egyptian coast on Monday and held more than 400 passengers and crew for two days. They shot dead Leon Klinghoffer, a 69-year-old New Yorker who used a wheelchair, and threw his body into the sea, according to the ship's captain, Gerardo De Rosa.

The hijackers surrendered at Port Said on Wednesday after Egyptian and PLO officials offered them safe passage out of the country.

President Hosni Mubarak demanded an apology from Washington, calling the interception an act of piracy. Students in Cairo burned American flags outside their university.

Prime Minister Bettino Craxi's government turned down a U.S. request to arrest Mohammed Abbas, the front's leader, who had been on the same plane, and let him fly to Belgrade on Saturday. Patrick Korten, a U.S. Justice Department spokesman, said Washington would seek the extradition of all four gunmen.

The Achille Lauro, which sails from Genoa, can carry about 900 passengers. It was not clear whether Abbas had planned the hijacking.
""")
PLF = A("Palestine Liberation Front gunmen", "PSE", ["RAD", "REB"])
ITA = A("Italy", "ITA", "GOV")
EGY = A("Egypt", "EGY", "GOV")
E("a04", "Italy charges Achille Lauro hijackers; Egypt demands", ITA, PLF, ["17"], "173", "1985-10-11", None, False,
  "headline: charges")
E("a04", "Egypt demands U.S. apology", EGY, USA, DEMAND, "100", "1985-10", None, False, "headline: demand")
E("a04", "Italian magistrates charged four Palestinian gunmen with", A("Italian magistrates", "ITA", "JUD"), PLF, ["17"],
  "173", "1985-10-11", None, True, "charging with legal action 173; Friday in a Saturday paper")
E("a04", "U.S. Navy fighters forced the Egyptian airliner", A("U.S. Navy", "USA", "MIL"), PLF, ["19", "17"], "191",
  "1985-10-10", P("Sicily", "ITA"), True,
  "forcing down the plane carrying the hijackers: restricting movement 191 (19/17), dated by 'a day after' "
  "(Thursday); the clause names Sicily")
E("a04", "U.S. Navy fighters forced the Egyptian airliner", A("U.S. Navy", "USA", "MIL"), EGY, ["19", "17"], "191",
  "1985-10-10", P("Sicily", "ITA"), False, "the Egyptian airliner as target: optional")
E("a04", "seized the Italian cruise liner Achille Lauro", PLF, A("Italy", "ITA", None), ["18"], "181", "1985-10-07",
  None, True, "hijacking and hostage-taking 181; target the Italian ship (premises: country, sector null); Monday; "
  "'off the Egyptian coast' names no place")
E("a04", "They shot dead Leon Klinghoffer, a 69-year-old", PLF, A("Leon Klinghoffer", "USA", "CVL"), ["18", "19", "20"],
  "1823", "1985-10", None, True,
  "killing of a hostage; 'They' = the gunmen; in the captain's account but undisputed and central; no day ('for two "
  "days'): month")
E("a04", "The hijackers surrendered at Port Said on", PLF, EGY, ["08"], "0874", "1985-10-09", P("Port Said", "EGY"), True,
  "surrender 0874 (08) to the Egyptian authorities; Wednesday")
E("a04", "after Egyptian and PLO officials offered them", EGY, PLF, PROMISE, "080", "1985-10", None, True,
  "offer of safe passage in an 'after' clause with its own agent (08/03); compound subject, first (Egypt) required; "
  "no day: month")
E("a04", "after Egyptian and PLO officials offered them", A("PLO", "PSE", ["GOV", "REB"]), PLF, PROMISE, "080", "1985-10",
  None, False, "second member of the compound subject: optional")
E("a04", "President Hosni Mubarak demanded an apology from", A("Hosni Mubarak", "EGY", "GOV"), USA, DEMAND, "100",
  "1985-10", None, True, "demand for an apology (10/02); 'Washington' = the U.S. government; no day: month")
E("a04", "calling the interception an act of piracy", A("Hosni Mubarak", "EGY", "GOV"), USA, ["11"], "111", "1985-10",
  None, False, "criticism in a participle, second verb: optional")
E("a04", "Students in Cairo burned American flags outside", A("Egyptian students", "EGY", ["EDU", "CVL"]), USA,
  ["14"], "141", "1985-10", P("Cairo", "EGY"), False, "flag-burning protest; small and undated: optional")
E("a04", "turned down a U.S. request to arrest", ITA, USA, ["12"], "120", "1985-10", None, True,
  "refusal of the U.S. request (12); 'Bettino Craxi's government' = Italy; no day: month")
E("a04", "turned down a U.S. request to arrest", USA, ITA, DEMAND, "0213", "1985-10", None, False,
  "the nominal U.S. request with its agent in the phrase: optional")
E("a04", "and let him fly to Belgrade on", ITA, A("Mohammed Abbas", "PSE", ["RAD", "REB"]), ["08"], "0841", "1985-10-12",
  None, False, "letting Abbas leave, second verb; Belgrade is his destination, no place: optional")
E("a04", "said Washington would seek the extradition of", A("Patrick Korten", "USA", "GOV"), ITA, DEMAND, "0213",
  "1985-10", None, False, "a request put as an intention: optional")
F("a04", "The Achille Lauro, which sails from Genoa", "standing situation")
F("a04", "It was not clear whether Abbas had", "speculation")

# ---------------------------------------------------------------- a05 Bangkok, Asia (China / Vietnam)
S("a05", "1979-02-19", "Asia", """
Chinese troops pour into Vietnam; Moscow tells Beijing to pull out

BANGKOK, Thailand —

Tens of thousands of Chinese troops backed by tanks and artillery crossed into northern Vietnam at more than a dozen points on Saturday, according to Western intelligence sources here.

The official New China News Agency called the operation a counterattack in self-defence and accused Hanoi of repeated armed intrusions into Chinese territory. It said the troops would withdraw once they had punished the aggressors.

Vietnam's foreign ministry accused Beijing of launching a war of aggression. The ministry said its militia had destroyed dozens of Chinese tanks around Lang Son and Lao Cai.

The Soviet Union, which signed a treaty of friendship with Hanoi in November, demanded on Sunday that China withdraw its forces before it was too late and said it would honour its obligations.

In Washington, the State Department called for the withdrawal of Chinese troops from Vietnam and of Vietnamese troops from Cambodia, which Hanoi's army overran in December. Vice Premier Deng Xiaoping had told President Jimmy Carter of the plan during his visit to the United States last month, a U.S. official said.

Thai Prime Minister Kriangsak Chomanan put troops on the Cambodian border on alert and appealed to both sides for restraint. His spokesman, Thanat Suwan, said Thailand would remain neutral.

Chinese forces along the frontier number about 100,000, analysts say. It was not clear how far Beijing intended to advance.
""")
CHN = A("China", "CHN", "GOV")
CHNM = A("Chinese army", "CHN", "MIL")
VNM = A("Vietnam", "VNM", "GOV")
SUN = A("Soviet Union", "SUN", "GOV")
E("a05", "Chinese troops pour into Vietnam; Moscow tells", CHNM, VNM, FORCE, "190", "1979-02-17", None, False,
  "headline: invasion")
E("a05", "Moscow tells Beijing to pull out", SUN, CHN, DEMAND, "1056", "1979-02-18", None, False,
  "headline: the Soviet demand")
E("a05", "Chinese troops backed by tanks and artillery", CHNM, VNM, FORCE, "190", "1979-02-17", None, True,
  "invasion across the border 190 (19/18); Saturday in a Monday paper; 'into northern Vietnam' is a region of the "
  "target country, no place; the Bangkok dateline ('here') is where the sources are, not the event")
E("a05", "accused Hanoi of repeated armed intrusions into", A("New China News Agency", "CHN", ["MED", "GOV"]), VNM, ["11"],
  "112", "1979-02", None, True, "accusation by the official agency (China's government speaking); 'Hanoi' = Vietnam's "
  "government; no day: month")
E("a05", "It said the troops would withdraw once", A("New China News Agency", "CHN", ["MED", "GOV"]), VNM, ["13", "03"],
  "130", "1979-02", None, False, "a conditional threat ('punished the aggressors') in the agency's statement: optional")
E("a05", "Vietnam's foreign ministry accused Beijing of launching", VNM, CHN, ["11"], "112", "1979-02", None, True,
  "accusation; 'Beijing' = China's government; no day: month")
E("a05", "said its militia had destroyed dozens of", A("Vietnamese militia", "VNM", "MIL"), CHNM, FORCE, "190", "1979-02",
  P("Lang Son", "VNM"), False, "a claim by one side: optional; Lang Son first of the two places named")
E("a05", "which signed a treaty of friendship with", SUN, VNM, AGREE, "057", "1978-11", None, True,
  "dated background treaty in a relative clause with its own agent (05/03/08); 'in November' in a February paper: "
  "the year before; 'Hanoi' = Vietnam")
E("a05", "which signed a treaty of friendship with", VNM, SUN, AGREE, "057", "1978-11", None, False,
  "reverse direction: optional")
E("a05", "demanded on Sunday that China withdraw its", SUN, CHN, DEMAND, "1056", "1979-02-18", None, True,
  "demand to withdraw (de-escalation) 1056 (10/02); Sunday")
E("a05", "said it would honour its obligations", SUN, CHN, ["13"], "130", "1979-02-18", None, False,
  "veiled warning, second verb: optional")
E("a05", "the State Department called for the withdrawal", USA, CHN, DEMAND, "1056", "1979-02", None, True,
  "call for withdrawal (10/02); 'In Washington' places the speaker, not the act; first object (China) required; "
  "no day: month")
E("a05", "the State Department called for the withdrawal", USA, VNM, DEMAND, "1056", "1979-02", None, False,
  "second object (Vietnamese troops in Cambodia): optional")
E("a05", "which Hanoi's army overran in December", A("Vietnamese army", "VNM", "MIL"), A("Cambodia", "KHM", "GOV"), FORCE,
  "190", "1978-12", None, True,
  "dated background invasion in a relative clause with its own agent; 'in December' in a February paper: the year "
  "before")
E("a05", "had told President Jimmy Carter of the", A("Deng Xiaoping", "CHN", "GOV"), A("Jimmy Carter", "USA", "GOV"),
  ["04"], "042", "1979-01", None, False,
  "the January visit and briefing, inside a U.S. official's account: optional")
E("a05", "put troops on the Cambodian border on", A("Kriangsak Chomanan", "THA", "GOV"), A("Vietnam", "VNM", "MIL"),
  ["15"], "152", "1979-02", None, False, "raising alert, target implied: optional")
E("a05", "appealed to both sides for restraint", A("Kriangsak Chomanan", "THA", "GOV"), CHN, DEMAND, "0256", "1979-02",
  None, False, "single outside appeal: optional")
F("a05", "Chinese forces along the frontier number about", "count")
F("a05", "It was not clear how far Beijing", "speculation")

# ---------------------------------------------------------------- a06 Seoul, Asia (South Korea)
S("a06", "1980-05-23", "Asia", """
South Korean army seals off Kwangju after residents drive out paratroopers

SEOUL, South Korea —

Army units sealed off the southwestern city of Kwangju on Thursday after thousands of students and residents, armed with rifles taken from police stations, drove paratroopers out of the city centre, the martial law command said.

The uprising began on Sunday, when special forces troops beat and bayoneted students who were protesting in Kwangju against the arrest of the opposition leader Kim Dae-jung, according to residents reached by telephone. On Wednesday soldiers opened fire on a crowd outside the provincial hall.

The martial law command, led in practice by Lieutenant-General Chun Doo-hwan, blamed "impure elements" and North Korean agents for the unrest. It had extended martial law to the whole country on Saturday, shut the universities and banned all political activity.

The cabinet of Prime Minister Shin Hyon-hwack resigned on Tuesday, saying it took responsibility for the violence.

A committee of clergymen and local leaders asked the army to free detained students and to keep its troops outside the city while volunteers collected weapons, said its spokesman, a Catholic priest, Father Kim Seong-yong.

The United States, whose general commands the allied forces here, agreed to let South Korean units under that command be used to restore order, an embassy spokesman said. Washington also warned the North not to exploit the crisis.

Kwangju is the capital of South Cholla, Kim Dae-jung's home province. It was not clear when the army would try to retake the city.
""")
KORM = A("South Korean army", "KOR", "MIL")
KWANG = A("Kwangju protesters", "KOR", ["CVL", "OPP"])
E("a06", "South Korean army seals off Kwangju after", KORM, KWANG, ["19", "17"], "191", "1980-05-22", P("Kwangju", "KOR"),
  False, "headline")
E("a06", "Army units sealed off the southwestern city", KORM, KWANG, ["19", "17"], "191", "1980-05-22",
  P("Kwangju", "KOR"), True, "cordon around a rebel city: blockade 191 (19/17); Thursday in a Friday paper; the "
  "clause names Kwangju; target the residents holding it")
E("a06", "drove paratroopers out of the city centre", KWANG, KORM, CLASH, "190", "1980-05", P("Kwangju", "KOR"), True,
  "armed residents driving troops out: fighting 190 (19/18/14) in an 'after' clause with its own agent; no day: month; "
  "'the city centre' is Kwangju's")
E("a06", "when special forces troops beat and bayoneted", KORM, KWANG, REPR, "175", "1980-05-18", P("Kwangju", "KOR"),
  True, "violent repression of protesters 175 (17/18); 'on Sunday'; in residents' account but undisputed and the story "
  "depends on it; the clause names Kwangju")
E("a06", "students who were protesting in Kwangju against", KWANG, A("South Korea", "KOR", "GOV"), ["14"], "141",
  "1980-05-18", P("Kwangju", "KOR"), False, "the protest in a relative clause: optional")
E("a06", "against the arrest of the opposition leader", KORM, A("Kim Dae-jung", "KOR", ["OPP", "PTY"]), REPR, "173",
  "1980-05", None, False, "nominal arrest without an agent in the phrase: optional")
E("a06", "On Wednesday soldiers opened fire on a", KORM, KWANG, REPR, "175", "1980-05-21", P("Kwangju", "KOR"), True,
  "firing on a crowd (17/18); Wednesday; 'the provincial hall' is Kwangju's")
E("a06", 'blamed "impure elements" and North Korean agents', A("martial law command", "KOR", ["MIL", "GOV"]), KWANG,
  ["11"], "112", "1980-05", None, True, "accusation; compound object, first (the protesters, 'impure elements') required")
E("a06", 'blamed "impure elements" and North Korean agents', A("martial law command", "KOR", ["MIL", "GOV"]),
  A("North Korea", "PRK", ["SPY", "GOV"]), ["11"], "112", "1980-05", None, False, "second object: optional")
E("a06", "It had extended martial law to the", A("martial law command", "KOR", ["MIL", "GOV"]), A("South Korea", "KOR", None),
  ["17"], "1724", "1980-05-17", None, False,
  "extension of martial law, self-directed (like a declared emergency): optional; Saturday")
E("a06", "The cabinet of Prime Minister Shin Hyon-hwack", A("Shin Hyon-hwack", "KOR", "GOV"), KWANG, ["08"], "0831",
  "1980-05-20", None, True, "resignation under protest pressure 0831, protesters as implied target (news-dev d09); "
  "Tuesday")
E("a06", "asked the army to free detained students", A("Kwangju citizens' committee", "KOR", ["CVL", "REL"]), KORM,
  DEMAND, "1053", "1980-05", None, True, "demand to free detainees 1053 (10/02); no day: month")
E("a06", "agreed to let South Korean units under", USA, A("South Korea", "KOR", "GOV"), AGREE, "030", "1980-05", None,
  False, "consent reported by an embassy spokesman, outside party: optional")
E("a06", "Washington also warned the North not to", USA, A("North Korea", "PRK", "GOV"), ["13"], "130", "1980-05", None,
  False, "single outside warning: optional")
F("a06", "Kwangju is the capital of South Cholla", "standing situation")
F("a06", "It was not clear when the army", "speculation")

# ---------------------------------------------------------------- a07 Vilnius, Europe/Eurasia (Soviet Union / Lithuania)
S("a07", "1990-04-20", "Europe/Eurasia", """
Moscow cuts gas to Lithuania as oil blockade takes hold

VILNIUS, Lithuania —

The Soviet Union cut most of its natural gas deliveries to Lithuania on Thursday, a day after it halted the flow of crude oil to the republic's only refinery, in an attempt to force Vilnius to abandon its declaration of independence.

Leonas Asmantas, the republic's energy minister, said gas supplies had fallen to less than a fifth of normal and that factories would have to close within days. Petrol stations in the capital began selling no more than 20 litres to each car.

President Mikhail Gorbachev had given the Lithuanians two days last Friday to revoke the laws passed since the March 11 declaration or face a cutoff of goods that Moscow sells for hard currency.

Vytautas Landsbergis, the chairman of the republic's parliament, accused the Kremlin of waging economic war and appealed to Western governments to recognise Lithuania. He told a news conference that his people would not trade freedom for oil.

Prime Minister Kazimiera Prunskiene offered to open talks without preconditions, but the Kremlin rejected the offer and said the parliament must first suspend the declaration.

Soviet paratroopers, who seized the Lithuanian Communist Party's headquarters here last month, patrolled the streets of the old town overnight.

President George Bush said Washington would not yet take economic measures against Moscow, according to his spokesman, Marlin Fitzwater.

Lithuania gets nearly all its oil and gas from the Soviet Union. It was not clear how long the republic's reserves would last.
""")
SUN2 = A("Soviet Union", "SUN", "GOV")
LTU = A("Lithuania", "LTU", "GOV")
E("a07", "Moscow cuts gas to Lithuania as oil", SUN2, LTU, SANCT, "163", "1990-04-19", None, False, "headline")
E("a07", "The Soviet Union cut most of its", SUN2, LTU, SANCT, "163", "1990-04-19", None, True,
  "cutting gas supply to force a political change: embargo 163 (16/17), as owned12's oil halt; Thursday in a Friday "
  "paper")
E("a07", "a day after it halted the flow", SUN2, LTU, SANCT, "163", "1990-04-18", None, True,
  "the oil halt in an 'a day after' clause with its own agent ('it'): Wednesday")
E("a07", "had given the Lithuanians two days last", A("Mikhail Gorbachev", "SUN", "GOV"), LTU, ["13"], "1312",
  "1990-04-13", None, True, "ultimatum: threat of sanctions 1312 (13); 'last Friday' in a Friday paper")
E("a07", "accused the Kremlin of waging economic war", A("Vytautas Landsbergis", "LTU", "GOV"), SUN2, ["11"], "112",
  "1990-04", None, True, "accusation; 'the Kremlin' = the Soviet government; no day: month")
E("a07", "appealed to Western governments to recognise Lithuania", A("Vytautas Landsbergis", "LTU", "GOV"),
  A("Western governments", None, "GOV"), DEMAND, "020", "1990-04", None, False,
  "appeal for recognition, second verb, unnamed target: optional")
E("a07", "his people would not trade freedom for", A("Vytautas Landsbergis", "LTU", "GOV"), SUN2, ["12"], "124",
  "1990-04", None, False, "refusal put as an intention: optional")
E("a07", "Kazimiera Prunskiene offered to open talks without", A("Kazimiera Prunskiene", "LTU", "GOV"), SUN2, ["03", "04"],
  "036", "1990-04", None, True, "offer to negotiate 036 (03/04); no day: month")
E("a07", "but the Kremlin rejected the offer and", SUN2, A("Kazimiera Prunskiene", "LTU", "GOV"), ["12"], "125", "1990-04",
  None, True, "rejection of the offer of talks 125 (12); target the offering prime minister (Lithuania is also a fair "
  "reading); no day: month")
E("a07", "said the parliament must first suspend the", SUN2, A("Lithuanian parliament", "LTU", "LEG"), DEMAND, "100",
  "1990-04", None, False, "condition put as a demand, second verb: optional")
E("a07", "who seized the Lithuanian Communist Party's headquarters", A("Soviet paratroopers", "SUN", "MIL"),
  A("Lithuania", "LTU", None), ["17", "19"], "171", "1990-03", P("Vilnius", "LTU"), True,
  "dated background seizure of a building in a relative clause with its own agent: 171 (17/19), target the premises "
  "(country, sector null); 'here' = Vilnius; 'last month' in an April paper")
E("a07", "patrolled the streets of the old town", A("Soviet paratroopers", "SUN", "MIL"), LTU, ["15"], "150", "1990-04",
  P("Vilnius", "LTU"), False, "show of force: optional")
E("a07", "would not yet take economic measures against", A("George Bush", "USA", "GOV"), SUN2, ["12"], "124", "1990-04",
  None, False, "a decision not to sanction, in a spokesman's account: optional")
F("a07", "Lithuania gets nearly all its oil and", "standing situation")
F("a07", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- a08 Belfast, Europe/Eurasia (Northern Ireland)
S("a08", "1998-04-11", "Europe/Eurasia", """
Northern Ireland parties clinch peace deal; Paisley vows to fight it

BELFAST, United Kingdom —

Unionist and nationalist parties in Northern Ireland agreed on Friday to share power in a new elected assembly, after 33 hours of talks at Stormont that were chaired by former U.S. Senator George Mitchell and ran through the night.

Prime Minister Tony Blair and his Irish counterpart, Bertie Ahern, signed a treaty under which Dublin will drop the Irish constitution's claim to the North. Both governments promised to free paramilitary prisoners within two years if their groups keep their ceasefires.

President Bill Clinton telephoned David Trimble, the Ulster Unionist leader, and Gerry Adams of Sinn Fein several times overnight to urge them to close the deal, the White House said.

Ian Paisley, whose Democratic Unionist Party boycotted the talks, denounced Trimble as a traitor to the union and promised to campaign for a No vote in the referendum. Loyalist hecklers shouted Paisley down when he tried to hold a news conference outside the building.

Jeffrey Donaldson, a Unionist member of the Westminster parliament, refused to back his party leader and left Stormont before the final session, saying the early release of prisoners was unacceptable.

Voters in both parts of Ireland will be asked to approve the accord on May 22.

More than 3,200 people have been killed in Northern Ireland's conflict since 1969. It was not clear whether the Irish Republican Army would give up its weapons.
""")
UNION = A("Unionist parties", "GBR", "PTY")
NATION = A("nationalist parties", "GBR", ["PTY", "OPP"])
TRIMBLE = A("David Trimble", "GBR", "PTY")
E("a08", "Northern Ireland parties clinch peace deal; Paisley", UNION, NATION, AGREE, "030", "1998-04-10", None, False,
  "headline")
E("a08", "Unionist and nationalist parties in Northern Ireland", UNION, NATION, AGREE, "030", "1998-04-10",
  P("Belfast", "GBR"), True,
  "agreement to share power (05/03/08); joint subject: the first-mentioned (the Unionists) as source, required; "
  "Friday in a Saturday paper; Stormont is in Belfast, the dateline city")
E("a08", "Unionist and nationalist parties in Northern Ireland", NATION, UNION, AGREE, "030", "1998-04-10",
  P("Belfast", "GBR"), False, "reverse direction: optional")
E("a08", "that were chaired by former U.S. Senator", A("George Mitchell", "USA", "GOV"), UNION, MEDIATE, "045",
  "1998-04-10", P("Belfast", "GBR"), True,
  "mediation in a passive with its agent (04/03); target the first-mentioned party; the talks ended Friday")
E("a08", "signed a treaty under which Dublin will", A("Tony Blair", "GBR", "GOV"), A("Bertie Ahern", "IRL", "GOV"), AGREE,
  "057", "1998-04", None, True, "signing 057; compound subject, first-mentioned (Blair) as source; no day of its own: "
  "month")
E("a08", "signed a treaty under which Dublin will", A("Bertie Ahern", "IRL", "GOV"), A("Tony Blair", "GBR", "GOV"), AGREE,
  "057", "1998-04", None, False, "reverse direction: optional")
E("a08", "Both governments promised to free paramilitary prisoners", A("United Kingdom", "GBR", "GOV"),
  A("paramilitary prisoners", "GBR", ["RAD", "CRM"]), PROMISE, "080", "1998-04", None, False,
  "promise of releases on a condition: optional (coders split on promise vs. concession and on the target)")
E("a08", "President Bill Clinton telephoned David Trimble, the", A("Bill Clinton", "USA", "GOV"), TRIMBLE, ["02", "04", "10"], "020",
  "1998-04", None, True, "telephoned 'to urge them to close the deal': appeal (02/10); compound object, first (Trimble) "
  "required; 'overnight' without a day: month")
E("a08", "President Bill Clinton telephoned David Trimble, the", A("Bill Clinton", "USA", "GOV"),
  A("Gerry Adams", "GBR", ["PTY", "OPP"]), ["02", "04", "10"], "020", "1998-04", None, False, "second object: optional")
E("a08", "whose Democratic Unionist Party boycotted the talks", A("Democratic Unionist Party", "GBR", ["PTY", "OPP"]),
  UNION, ["14", "12"], "143", "1998", None, False, "undated background boycott in a relative clause: optional")
E("a08", "denounced Trimble as a traitor to the", A("Ian Paisley", "GBR", ["PTY", "OPP"]), TRIMBLE, ["11"], "111",
  "1998-04", None, True, "denunciation 111; no day: month")
E("a08", "Loyalist hecklers shouted Paisley down when he", A("loyalist hecklers", "GBR", "CVL"),
  A("Ian Paisley", "GBR", ["PTY", "OPP"]), ["14", "11"], "140", "1998-04", P("Belfast", "GBR"), False,
  "heckling: minor protest, optional")
E("a08", "refused to back his party leader and", A("Jeffrey Donaldson", "GBR", ["PTY", "LEG"]), TRIMBLE, ["12"], "120",
  "1998-04", None, True, "stated refusal to back the leader (12); no day: month")
F("a08", "More than 3,200 people have been killed", "count since 1969")
F("a08", "It was not clear whether the Irish", "speculation")

# ---------------------------------------------------------------- a09 San Jose, Americas (Nicaragua)
S("a09", "1979-07-20", "Americas", """
Sandinista guerrillas enter Managua as Somoza's successor flees

SAN JOSE, Costa Rica —

Sandinista guerrillas rolled into Managua on Thursday and took over the National Guard's headquarters without a fight, a day after the man named to succeed Anastasio Somoza flew to Guatemala, ending 46 years of rule by the Somoza family.

Somoza resigned before dawn on Tuesday and left for Miami with his family and dozens of officers. Congress then chose its speaker, Francisco Urcuyo, as interim president under a plan worked out with the United States to hand power to a five-member junta. But Urcuyo refused to step aside and called on the guerrillas to lay down their arms.

Secretary of State Cyrus Vance accused Urcuyo of wrecking the agreed transition, and Washington recalled its ambassador, Lawrence Pezzullo, on Wednesday.

The junta, whose members had directed the revolt from exile here, flew to the northern city of Leon on Wednesday and was sworn in before cheering crowds.

Hundreds of guardsmen laid down their weapons before the rebels or escaped across the border into Honduras, according to the Red Cross. Dora Maria Tellez, a guerrilla commander who led the capture of Leon last month, promised on radio that prisoners would be tried by courts, not shot.

Costa Rican President Rodrigo Carazo, whose government let the rebels use the country as a rear base, congratulated the junta by telephone.

Nicaragua has about 2.5 million people. It was not clear when the new government would call elections.
""")
FSLN = A("Sandinista guerrillas", "NIC", ["REB", "OPP"])
GUARD = A("National Guard", "NIC", "MIL")
JUNTA = A("Nicaraguan junta", "NIC", ["OPP", "REB", "GOV"])
E("a09", "Sandinista guerrillas enter Managua as Somoza's successor", FSLN, GUARD, FORCE, "192", "1979-07-19",
  P("Managua", "NIC"), False, "headline")
E("a09", "Sandinista guerrillas rolled into Managua on Thursday", FSLN, GUARD, FORCE, "192", "1979-07-19",
  P("Managua", "NIC"), True,
  "taking the capital and the Guard's headquarters 192 (19/18); Thursday in a Friday paper; the clause names Managua")
E("a09", "Somoza resigned before dawn on Tuesday and", A("Anastasio Somoza", "NIC", "GOV"), FSLN, ["08"], "0831",
  "1979-07-17", None, True,
  "resignation under pressure 0831, the rebels as implied target (news-dev d09); Tuesday; Miami is a destination")
E("a09", "But Urcuyo refused to step aside and", A("Francisco Urcuyo", "NIC", "GOV"), JUNTA, ["12"], "124", "1979-07",
  None, True, "stated refusal to hand power to the junta: refuse to yield 124 (12); no day: month")
E("a09", "called on the guerrillas to lay down", A("Francisco Urcuyo", "NIC", "GOV"), FSLN, DEMAND, "1056", "1979-07",
  None, False, "demand to disarm, second verb: optional")
E("a09", "Vance accused Urcuyo of wrecking the agreed", A("Cyrus Vance", "USA", "GOV"), A("Francisco Urcuyo", "NIC", "GOV"),
  ["11"], "112", "1979-07", None, True, "accusation; no day of its own: month")
E("a09", "Washington recalled its ambassador, Lawrence Pezzullo, on", USA, A("Nicaragua", "NIC", "GOV"), SANCT, "161",
  "1979-07-18", None, True, "recall of one's own envoy 161 (16/17); 'Washington' = the U.S. government; Wednesday")
E("a09", "Hundreds of guardsmen laid down their weapons", GUARD, FSLN, ["08"], "0874", "1979-07", None, True,
  "surrender 0874 (08); in the Red Cross account but undisputed and central; no day: month")
E("a09", "who led the capture of Leon last", A("Dora Maria Tellez", "NIC", ["REB", "OPP"]), GUARD, FORCE, "192",
  "1979-06", P("Leon", "NIC"), False,
  "nominal capture in a relative clause, background ('last month'): optional")
E("a09", "promised on radio that prisoners would be", A("Dora Maria Tellez", "NIC", ["REB", "OPP"]), GUARD, PROMISE,
  "080", "1979-07", None, False, "a promise of fair treatment for captured guardsmen (08/03): optional")
E("a09", "whose government let the rebels use the", A("Costa Rica", "CRI", "GOV"), FSLN, ["05", "07"], "050", "1979",
  None, False, "undated background support: optional")
E("a09", "congratulated the junta by telephone", A("Rodrigo Carazo", "CRI", "GOV"), JUNTA, ["05"], "051", "1979-07",
  None, False, "single outside reaction: optional")
F("a09", "Nicaragua has about 2.5 million people", "count")
F("a09", "It was not clear when the new", "speculation")

# ---------------------------------------------------------------- a10 Ottawa, Americas (Canada / U.S. lumber)
S("a10", "2002-03-23", "Americas", """
Canada vows trade fight as U.S. slaps steep duties on lumber

OTTAWA, Canada —

Canada said on Saturday it would challenge at the World Trade Organization and under NAFTA the duties of about 27 percent that the United States imposed on Canadian softwood lumber on Friday, the sharpest turn yet in a dispute that has lasted two decades.

The U.S. Commerce Department set a countervailing duty of 18.8 percent and an anti-dumping duty of 8.4 percent, ruling that the provinces subsidise their sawmills by charging low fees for timber cut on public land.

Talks between Trade Minister Pierre Pettigrew and Commerce Secretary Donald Evans collapsed on Thursday after Washington rejected a Canadian proposal to tax lumber exports instead.

Prime Minister Jean Chretien accused the Americans of protectionism and said Canada would not be "bullied into a bad deal".

Michael de Jong, British Columbia's forests minister, said mills in the province had already laid off thousands of workers. He accused U.S. producers of using the trade laws to shut out cheaper wood.

Rusty Wood, chairman of the Coalition for Fair Lumber Imports, which brought the complaint, welcomed the ruling and said Canada should reform its timber pricing.

The National Association of Home Builders, which opposes the duties, urged the White House to reopen talks.

Canada supplies about a third of the softwood lumber used in American homes. It was not clear when a WTO panel could rule.
""")
CAN = A("Canada", "CAN", "GOV")
E("a10", "Canada vows trade fight as U.S. slaps", CAN, USA, ["11", "17"], "115", "2002-03-23", None, False,
  "headline: announced trade case")
E("a10", "U.S. slaps steep duties on lumber", USA, CAN, SANCT, "163", "2002-03-22", None, False, "headline: duties")
E("a10", "Canada said on Saturday it would challenge", CAN, USA, ["11", "17"], "115", "2002-03-23", None, True,
  "an announced WTO and NAFTA case 115 (11/17), as owned12's z11; Saturday, the publication day")
E("a10", "that the United States imposed on Canadian", USA, CAN, SANCT, "163", "2002-03-22", None, True,
  "duties 163 (16/17) in a relative clause with its own agent; Friday")
E("a10", "ruling that the provinces subsidise their sawmills", A("U.S. Commerce Department", "USA", "GOV"),
  A("Canadian provinces", "CAN", "GOV"), ["11"], "112", "2002-03", None, False,
  "the finding of subsidies inside the duty decision: optional")
E("a10", "after Washington rejected a Canadian proposal to", USA, CAN, ["12"], "120", "2002-03", None, True,
  "rejection of a proposal (12) in an 'after' clause with its own agent; the rejection has no day of its own: month")
E("a10", "after Washington rejected a Canadian proposal to", CAN, USA, ["03"], "030", "2002-03", None, False,
  "the nominal Canadian proposal: optional")
E("a10", "Talks between Trade Minister Pierre Pettigrew and", A("Pierre Pettigrew", "CAN", "GOV"),
  A("Donald Evans", "USA", "GOV"), ["04"], "043", "2002-03", None, False, "nominal talks, collapsed: optional")
E("a10", "Chretien accused the Americans of protectionism and", A("Jean Chretien", "CAN", "GOV"), USA, ["11"], "112",
  "2002-03", None, True, "accusation; 'the Americans' = the U.S. government; no day: month")
E("a10", "He accused U.S. producers of using the", A("Michael de Jong", "CAN", "GOV"), A("U.S. lumber producers", "USA",
  "BUS"), ["11"], "112", "2002-03", None, True, "accusation; 'He' = de Jong (provincial minister, CAN/GOV); month")
E("a10", "welcomed the ruling and said Canada should", A("Rusty Wood", "USA", "BUS"), A("U.S. Commerce Department", "USA",
  "GOV"), ["05"], "051", "2002-03", None, False, "praise of the ruling by the complainants: optional")
E("a10", "which brought the complaint, welcomed the ruling", A("Coalition for Fair Lumber Imports", "USA", "BUS"),
  A("Canadian lumber producers", "CAN", "BUS"), ["11", "17"], "115", None, None, False,
  "undated background complaint in a relative clause: optional; no date support")
E("a10", "urged the White House to reopen talks", A("National Association of Home Builders", "USA", "BUS"), USA, DEMAND,
  "026", "2002-03", None, False, "lobbying of one's own government: optional")
F("a10", "Canada supplies about a third of the", "standing situation and count")
F("a10", "It was not clear when a WTO", "speculation")

# ---------------------------------------------------------------- a11 New Delhi, South Asia (India / Punjab)
S("a11", "1984-06-08", "South Asia", """
Indian army storms Golden Temple; Sikh militant leader killed

NEW DELHI, India —

Indian troops took full control of the Golden Temple in Amritsar on Wednesday after a day and a night of fighting with Sikh militants who had turned the shrine into a fortress, and killed their leader, Jarnail Singh Bhindranwale, the army said.

Lieutenant-General Ranjit Singh Dayal, the security adviser to the governor of Punjab, told reporters that the militants had fired on the troops with machine guns and rockets from the Akal Takht, the seat of Sikh religious authority. Officials said more than 250 militants and dozens of soldiers died.

Police detained two moderate Sikh leaders, Harchand Singh Longowal and Gurcharan Singh Tohra, who surrendered inside the temple complex.

Prime Minister Indira Gandhi, who sent the army in after months of failed negotiations, appealed to Sikhs in a radio broadcast on Thursday to help restore peace and said her government had been left no choice.

The authorities, who have kept Punjab under curfew since the weekend, ordered foreign journalists out of the state on Sunday and cut its telephone links with the rest of the country.

In London, several thousand Sikhs marched to the Indian High Commission on Thursday, chanting slogans against Gandhi. Khushwant Singh, a Sikh writer who sits in the upper house of parliament, called the assault a grave mistake that would alienate the community.

Sikhs make up about two percent of India's population. It was not clear when the temple would reopen to worshippers.
""")
INDM = A("Indian army", "IND", "MIL")
SIKHM = A("Sikh militants", "IND", ["RAD", "REB"])
IND = A("India", "IND", "GOV")
E("a11", "Indian army storms Golden Temple; Sikh militant", INDM, SIKHM, FORCE, "190", "1984-06-06", P("Amritsar", "IND"),
  False, "headline")
E("a11", "Indian troops took full control of the", INDM, SIKHM, FORCE, "190", "1984-06-06", P("Amritsar", "IND"), True,
  "assault on the fortified shrine 190 (19/18); Wednesday in a Friday paper; the clause names Amritsar")
E("a11", "and killed their leader, Jarnail Singh Bhindranwale", INDM, A("Jarnail Singh Bhindranwale", "IND", ["RAD", "REB"]),
  FORCE, "190", "1984-06-06", P("Amritsar", "IND"), False,
  "the killing of the leader in the fighting, second verb of the lead: optional")
E("a11", "told reporters that the militants had fired", SIKHM, INDM, FORCE, "190", "1984-06", P("Amritsar", "IND"), False,
  "the militants' fire inside an army officer's account: optional; the Akal Takht is in the Amritsar temple")
E("a11", "Police detained two moderate Sikh leaders, Harchand", A("Indian police", "IND", "COP"),
  A("Harchand Singh Longowal", "IND", ["PTY", "REL"]), REPR, "173", "1984-06", P("Amritsar", "IND"), True,
  "detention 173; compound object, first (Longowal) required; 'the temple complex' is Amritsar's; no day: month")
E("a11", "Police detained two moderate Sikh leaders, Harchand", A("Indian police", "IND", "COP"),
  A("Gurcharan Singh Tohra", "IND", ["PTY", "REL"]), REPR, "173", "1984-06", P("Amritsar", "IND"), False,
  "second member of the compound object: optional")
E("a11", "who sent the army in after months", A("Indira Gandhi", "IND", "GOV"), SIKHM, FORCE, "190", "1984-06", None, False,
  "the order restating the assault, in a relative clause: optional")
E("a11", "appealed to Sikhs in a radio broadcast", A("Indira Gandhi", "IND", "GOV"), A("Sikhs", "IND", ["CVL", "REL"]),
  ["02", "10"], "025", "1984-06-07", None, True, "appeal to help restore peace (appeal to yield/calm 025, 02/10); Thursday")
E("a11", "ordered foreign journalists out of the state", A("Indian authorities", "IND", "GOV"),
  A("foreign journalists", None, "MED"), ["17"], "174", "1984-06-03", None, True,
  "expulsion of journalists from the region 174 (17); 'on Sunday' in a Friday paper; Punjab is a state, not named in "
  "the clause as a place")
E("a11", "who have kept Punjab under curfew since", A("Indian authorities", "IND", "GOV"), A("Punjab residents", "IND",
  "CVL"), ["17"], "1723", "1984-06", None, False, "standing curfew in a relative clause: optional")
E("a11", "several thousand Sikhs marched to the Indian", A("British Sikhs", "GBR", ["CVL", "REL"]), IND, ["14"], "141",
  "1984-06-07", P("London", "GBR"), True,
  "demonstration at a diplomatic mission 141; Thursday; the clause names London; the marchers live in Britain (GBR; "
  "IND would also be a fair reading, the scorer's country match is on GBR)")
E("a11", "called the assault a grave mistake that", A("Khushwant Singh", "IND", ["LEG", "CVL"]), A("Indira Gandhi", "IND",
  "GOV"), ["11"], "111", "1984-06", None, False, "single domestic criticism: optional")
F("a11", "Sikhs make up about two percent of", "standing situation")
F("a11", "It was not clear when the temple", "speculation")

# ---------------------------------------------------------------- a12 Bridgetown, Caribbean (Grenada / U.S. / Cuba)
S("a12", "1983-10-27", "Caribbean", """
U.S. troops battle Cubans on Grenada; Castro condemns invasion

BRIDGETOWN, Barbados —

American troops fought Cuban construction workers and Grenadian soldiers for a second day on Wednesday around the Point Salines airstrip, while helicopters began flying out U.S. medical students trapped on the island, officials said here.

About 1,900 U.S. Marines and Army Rangers, joined by 300 police and soldiers from six Caribbean states, landed on Grenada before dawn on Tuesday. President Ronald Reagan said the operation had been requested by the Organisation of Eastern Caribbean States, whose chairwoman, Dominica's Prime Minister Eugenia Charles, asked Washington for help on Friday.

The island's army, led by General Hudson Austin, took power last week after soldiers shot Prime Minister Maurice Bishop and several of his ministers on Oct. 19.

Cuban leader Fidel Castro accused the United States of an unprovoked act of aggression and said the Cubans at the airstrip had orders to fight only if attacked.

Alister Hughes, a Grenadian journalist who was released from Richmond Hill prison by the landing troops, told reporters that Austin's men had held him for a week without charge.

British Prime Minister Margaret Thatcher, whose government had not been consulted about the landing, told parliament that she had conveyed considerable doubts to Reagan.

Grenada, a former British colony, has about 110,000 people. It was not clear when the last Cuban positions would fall.
""")
USAM = A("U.S. forces", "USA", "MIL")
CUBW = A("Cuban construction workers", "CUB", ["CVL", "MIL"])
GRDMIL = A("Grenadian military council", "GRD", ["MIL", "GOV"])
E("a12", "U.S. troops battle Cubans on Grenada; Castro", USAM, CUBW, FORCE, "190", "1983-10-26", None, False,
  "headline: fighting")
E("a12", "Grenada; Castro condemns invasion", A("Fidel Castro", "CUB", "GOV"), USA, ["11"], "111", "1983-10", None, False,
  "headline: condemnation")
E("a12", "American troops fought Cuban construction workers and", USAM, CUBW, FORCE, "190", "1983-10-26",
  P("Point Salines", "GRD"), True,
  "fighting 190 (19/18); Wednesday in a Thursday paper; compound object, first (the Cubans) required; the clause names "
  "Point Salines")
E("a12", "American troops fought Cuban construction workers and", USAM, A("Grenadian army", "GRD", "MIL"), FORCE, "190",
  "1983-10-26", P("Point Salines", "GRD"), False, "second object: optional")
E("a12", "American troops fought Cuban construction workers and", CUBW, USAM, FORCE, "190", "1983-10-26",
  P("Point Salines", "GRD"), False, "reverse direction of the fighting: optional")
E("a12", "landed on Grenada before dawn on Tuesday", USAM, GRDMIL, FORCE, "190", "1983-10-25", None, True,
  "invasion 190 (19/18); Tuesday; 'on Grenada' is the target country (an island state), no place")
E("a12", "landed on Grenada before dawn on Tuesday", A("Caribbean forces", None, "MIL"), GRDMIL, FORCE, "190",
  "1983-10-25", None, False, "the joined Caribbean contingent, no single country: optional")
E("a12", "President Ronald Reagan said the operation had", A("OECS", None, "IGO"), USA, DEMAND, "0232", "1983-10", None,
  False, "the request restated in Reagan's passive: optional")
E("a12", "asked Washington for help on Friday", A("Eugenia Charles", "DMA", ["GOV", "IGO"]), USA, DEMAND, "0232",
  "1983-10-21", None, True,
  "request for military help 0232 (02/10) in a relative clause with its own agent; 'on Friday' in a Thursday paper; "
  "'Washington' = the U.S. government")
E("a12", "led by General Hudson Austin, took power", A("Grenadian army", "GRD", "MIL"), A("Grenada", "GRD", "GOV"), COUP,
  "1724", "1983-10", None, True, "military takeover 1724 (17/19); 'last week' without a day: month")
E("a12", "after soldiers shot Prime Minister Maurice Bishop", A("Grenadian army", "GRD", "MIL"),
  A("Maurice Bishop", "GRD", "GOV"), ["18", "20"], "186", "1983-10-19", None, True,
  "killing of the prime minister 186 in an 'after' clause with its own agent; 'on Oct. 19'")
E("a12", "Castro accused the United States of an", A("Fidel Castro", "CUB", "GOV"), USA, ["11"], "112", "1983-10", None,
  True, "accusation; no day: month")
E("a12", "who was released from Richmond Hill prison", USAM, A("Alister Hughes", "GRD", "MED"), ["08"], "0841", "1983-10",
  None, False, "release by the troops in a relative passive with its agent; Richmond Hill prison gives no town: "
  "optional")
E("a12", "told reporters that Austin's men had held", GRDMIL, A("Alister Hughes", "GRD", "MED"), REPR, "173", "1983-10",
  None, False, "detention inside the victim's account: optional")
E("a12", "told parliament that she had conveyed considerable", A("Margaret Thatcher", "GBR", "GOV"),
  A("Ronald Reagan", "USA", "GOV"), ["11"], "110", "1983-10", None, False, "disapproval by an ally, single outside "
  "reaction: optional")
F("a12", "Grenada, a former British colony, has about", "count and standing situation")
F("a12", "It was not clear when the last", "speculation")

if __name__ == "__main__":
    write(HERE)
