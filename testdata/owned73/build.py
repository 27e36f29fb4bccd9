#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned73 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or tests read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned73/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
AIR = ["19"]

# ---------------------------------------------------------------- bv01 Tarfaya, Africa (Morocco / Spanish Sahara)
S("bv01", "1975-11-07", "Africa", """
Moroccan marchers cross into Spanish Sahara at Hassan's call; Spain takes dispute to U.N.

TARFAYA, Morocco —

Tens of thousands of unarmed Moroccans, waving flags and Korans, streamed across the border into Spanish Sahara on Thursday after King Hassan II ordered them to begin what he calls the Green March.

The marchers, led by Prime Minister Ahmed Osman, advanced about six miles into the territory before halting short of a line where Spanish troops had laid minefields and dug in. Spanish forces did not open fire, and no clashes were reported.

In a broadcast from Agadir on Wednesday, the king told the volunteers that they would come home once Morocco's rights were recognised, but warned that Moroccans would defend themselves if they were attacked.

Spain, whose head of state, General Francisco Franco, lies gravely ill in Madrid, accused Morocco of violating its frontier and asked the U.N. Security Council to meet in emergency session. The council, which had urged the king on Sunday to avoid any unilateral step, voted on Thursday to deplore the march and demanded that Morocco withdraw all the marchers at once.

Algeria, which backs the Polisario Front guerrillas fighting for the territory's independence, condemned the march as an invasion.

Hassan announced the march on Oct. 16, hours after the World Court said that historic ties between the Moroccan throne and the Saharan tribes did not give Rabat sovereignty over the land.

It was not clear how long the marchers could be fed in the desert.

The territory holds some of the world's richest phosphate deposits.
""")
MARCH = A("Moroccan Green March volunteers", "MAR", ["CVL", "GOV"])
ESPG = A("Spain", "ESP", "GOV")
MARG = A("Morocco", "MAR", "GOV")
HASSAN = A("King Hassan II", "MAR", "GOV")
UNSC = A("U.N. Security Council", "UNO", "IGO")
E("bv01", "Moroccan marchers cross into Spanish Sahara at", MARCH, ESPG, ["14", "15"], "141", "1975-11-07", None, False,
  "headline")
E("bv01", "Spain takes dispute to U.N.", ESPG, UNSC, ["02", "10"], "020", "1975-11", None, False, "headline")
E("bv01", "streamed across the border into Spanish Sahara", MARCH, ESPG, ["14", "15"], "141", "1975-11-06", None, True,
  "a mass unarmed march into a territory Spain holds, as a claim against Spain: demonstration 141 (14/15: some coders "
  "read a show of force); 'on Thursday' before a Friday paper; Spanish Sahara is a destination, not a place; the "
  "king's order to his own volunteers is not a dyadic event")
E("bv01", "warned that Moroccans would defend themselves if", HASSAN, ESPG, ["13"], "130", "1975-11-05", None, False,
  "conditional warning aimed at Spain without naming it: optional; 'on Wednesday'; Agadir is where he spoke, but the "
  "warning has no place of its own (optional line, place left null)")
E("bv01", "accused Morocco of violating its frontier and", ESPG, MARG, ["11"], "112", "1975-11", None, True,
  "accusation 112; 'Spain, whose head of state ... lies gravely ill' is a standing relative, not coded; no day of its "
  "own: month")
E("bv01", "asked the U.N. Security Council to meet", ESPG, UNSC, ["02", "10"], "020", "1975-11", None, True,
  "request for an emergency meeting 020 (02/10), second predicate of the sentence with its own object; month")
E("bv01", "which had urged the king on Sunday", UNSC, HASSAN, ["02", "10"], "020", "1975-11-02", None, True,
  "dated background appeal inside a relative with its own agent: required; 'on Sunday' before the Thursday march")
E("bv01", "voted on Thursday to deplore the march", UNSC, MARG, ["11"], "111", "1975-11-06", None, True,
  "deploring 111; 'on Thursday'; no place named (New York is not in the text)")
E("bv01", "demanded that Morocco withdraw all the marchers", UNSC, MARG, DEMAND, "105", "1975-11-06", None, True,
  "demand to withdraw 105 (10/02), second predicate with its own verb; same day")
E("bv01", "condemned the march as an invasion", A("Algeria", "DZA", "GOV"), MARG, ["11"], "111", "1975-11", None,
  False, "single outside reaction: optional; the relative on Algeria backing Polisario is standing, not coded")
E("bv01", "Hassan announced the march on Oct. 16", HASSAN, ESPG, ["15", "14", "13"], "150", "1975-10-16", None, False,
  "announcing a mass march on a neighbour's territory: no settled CAMEO class (mobilisation, protest or threat): "
  "optional, dated")
E("bv01", "hours after the World Court said that", A("International Court of Justice", "UNO", ["JUD", "IGO"]),
  MARG, ["12", "11"], "120", "1975-10-16", None, False,
  "an advisory opinion that goes against Morocco's claim: coders split between rejection and none: optional")
F("bv01", "Spanish forces did not open fire", "negated act: nobody fired")
F("bv01", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- bv02 New Delhi, Asia (India)
S("bv02", "1977-03-22", "Asia", """
Indira Gandhi resigns after crushing election defeat; emergency lifted

NEW DELHI, India —

Prime Minister Indira Gandhi resigned on Tuesday after her Congress party was swept from power in a general election, and acting President Basappa Danappa Jatti asked her to stay on as caretaker until a new government is formed.

Hours before the last results were known, the outgoing cabinet advised Jatti to revoke the state of emergency that Mrs. Gandhi declared in June 1975, and he did so late on Monday.

The Janata Party, a coalition of four opposition parties formed only in January, won a clear majority in the lower house with its allies. Mrs. Gandhi lost her own seat at Rae Bareli to Raj Narain, an opponent she had jailed during the emergency, and her son Sanjay was beaten at Amethi.

In a brief statement, Mrs. Gandhi said that she and her colleagues accepted the verdict of the voters in a spirit of humility. She did not say whether she would remain leader of the party.

Janata leaders, many of whom spent months of the emergency in prison, accused her government of having crushed the freedom of the press and of forcing thousands of men to be sterilised. Jayaprakash Narayan, the elderly campaigner who inspired the movement against her, called on the new rulers to free all remaining political prisoners.

The Janata members of parliament are expected to choose their leader this week, and Morarji Desai, 81, is considered the favourite.

Crowds danced in the capital's streets, setting off firecrackers outside the Janata offices.
""")
INDIRA = A("Indira Gandhi", "IND", "GOV")
JATTI = A("Basappa Danappa Jatti", "IND", "GOV")
INDC = A("Indian citizens", "IND", "CVL")
JANATA = A("Janata Party", "IND", ["OPP", "PTY"])
E("bv02", "Indira Gandhi resigns after crushing election defeat", INDIRA, JANATA, ["08"], "0831", "1977-03-22", None,
  False, "headline")
E("bv02", "election defeat; emergency lifted", JATTI, INDC, ["08"], "0814", "1977-03-21", None, False, "headline")
E("bv02", "Prime Minister Indira Gandhi resigned on Tuesday", INDIRA, JANATA, ["08"], "0831", "1977-03-22", None,
  False, "resignation after an electoral defeat: news-dev's 0831 is for protest pressure; here the pressure is the "
  "vote, and coders split on coding it at all: optional")
E("bv02", "asked her to stay on as caretaker", JATTI, INDIRA, ["02", "10"], "020", "1977-03-22", None, True,
  "request 020 (02/10); same sentence as 'on Tuesday'")
E("bv02", "he did so late on Monday", JATTI, INDC, ["08"], "0814", "1977-03-21", None, True,
  "revoking the emergency 0814 (easing a state of emergency; CONCEDE under the README list); 'late on Monday'; target "
  "the citizens under the emergency; the cabinet's advice to its own president is internal and not coded")
E("bv02", "the state of emergency that Mrs. Gandhi declared", INDIRA, INDC, ["17"], "1724", "1975-06", None, True,
  "dated background act with its own agent inside a relative: required; declared emergency 1724 (news-dev)")
E("bv02", "an opponent she had jailed during the emergency", INDIRA, A("Raj Narain", "IND", ["OPP", "PTY"]), ["17"],
  "173", None, None, False, "background detention in an appositive, dated only by 'during the emergency' (a span of "
  "two years): optional, no date")
E("bv02", "accepted the verdict of the voters in", INDIRA, INDC, ["08", "05"], "080", "1977-03", None, False,
  "accepting defeat: coders split (concession or nothing): optional")
E("bv02", "accused her government of having crushed the", JANATA, A("Indira Gandhi's government", "IND", "GOV"),
  ["11"], "112", "1977-03", None, True,
  "accusation 112; the relative 'many of whom spent months ... in prison' has no agent and is not coded; month")
E("bv02", "called on the new rulers to free", A("Jayaprakash Narayan", "IND", ["OPP", "CVL"]), JANATA, DEMAND,
  "1053", "1977-03", None, True, "demand for the release of prisoners 1053 (10/02); 'the new rulers' are the Janata "
  "Party; month")
F("bv02", "She did not say whether she would", "negated statement")
F("bv02", "are expected to choose their leader this", "speculation about a future choice")

# ---------------------------------------------------------------- bv03 Taipei, Asia (Taiwan / United States)
S("bv03", "1978-12-28", "Asia", """
Taipei crowds attack U.S. envoy's motorcade over Carter's switch to Peking

TAIPEI, Taiwan —

Thousands of angry Taiwanese pelted the motorcade of U.S. Deputy Secretary of State Warren Christopher with eggs, mud and stones as it left the airport here on Wednesday night, smashing car windows and leaving him with cuts from flying glass.

Christopher arrived to discuss future ties with the Nationalist government, 12 days after President Jimmy Carter announced that Washington would recognise the Communist government in Peking on Jan. 1 and end its defence treaty with Taiwan.

Demonstrators, some waving banners that called Carter a traitor, beat on the cars with bamboo poles and tried to drag open the doors before police cleared a path. Ambassador Leonard Unger was travelling in the same car.

The State Department lodged a strong protest with Taipei, saying the authorities had failed to provide adequate protection, and a spokesman said Christopher would stay on for the talks.

Taiwan's Foreign Ministry expressed its regret to the envoy on Thursday, and Premier Sun Yun-suan called on citizens to show their anger with restraint.

President Chiang Ching-kuo has demanded that any future relations with the United States be conducted between governments, a condition Washington has already rejected.

No one was seriously hurt, officials said, and it was not clear who had organised the crowds.

The Nationalists fled to the island in 1949 after losing the civil war on the mainland.
""")
TWP = A("Taiwanese protesters", "TWN", ["CVL", "OPP"])
CHRIS = A("Warren Christopher", "USA", "GOV")
TWG = A("Taiwan", "TWN", "GOV")
USG = A("United States", "USA", "GOV")
E("bv03", "Taipei crowds attack U.S. envoy's motorcade", TWP, CHRIS, VPROT, "145", "1978-12-27", P("Taipei", "TWN"),
  False, "headline")
E("bv03", "pelted the motorcade of U.S. Deputy Secretary", TWP, CHRIS, VPROT, "145", "1978-12-27", P("Taipei", "TWN"),
  True, "violent protest 145 (14/18/17) against the envoy; 'the airport here' with the Taipei dateline gives the "
  "place; 'on Wednesday night' before a Thursday paper")
E("bv03", "Christopher arrived to discuss future ties with", CHRIS, TWG, ["04"], "042", "1978-12", None, True,
  "visit 042; no day and no place in the sentence itself: month, no place")
E("bv03", "President Jimmy Carter announced that Washington would", A("Jimmy Carter", "USA", "GOV"),
  A("China", "CHN", "GOV"), ["05", "03"], "054", "1978-12-15", None, True,
  "announced recognition 054 (05/03: it takes effect later); '12 days after' Dec. 27 in a clause with its own agent: "
  "dated background, required")
E("bv03", "end its defence treaty with Taiwan", A("Jimmy Carter", "USA", "GOV"), TWG, ["16"], "161", "1978-12-15",
  None, False, "second member of the announced decision: optional")
E("bv03", "beat on the cars with bamboo poles", TWP, CHRIS, VPROT, "145", "1978-12", None, False,
  "detail of the attack in the lead: restatement, optional")
E("bv03", "before police cleared a path", A("Taiwanese police", "TWN", "COP"), TWP, REPR, "175", "1978-12", None, False,
  "police pushing back the crowd, a detail inside a 'before' clause: optional")
E("bv03", "The State Department lodged a strong protest", USG, TWG, ["11"], "114", "1978-12", None, True,
  "official complaint 114; 'Taipei' is the government (actor), not a place; month")
E("bv03", "Taiwan's Foreign Ministry expressed its regret to", TWG, CHRIS, ["05", "08"], "055", "1978-12-28", None, True,
  "regret 055 (05/08); 'on Thursday' in a Thursday paper")
E("bv03", "called on citizens to show their anger", A("Sun Yun-suan", "TWN", "GOV"), A("Taiwanese citizens", "TWN", "CVL"),
  ["02"], "020", "1978-12-28", None, False, "an appeal for restraint to his own citizens: optional")
E("bv03", "has demanded that any future relations with", A("Chiang Ching-kuo", "TWN", "GOV"), USG, DEMAND, "100",
  "1978-12", None, True, "demand 100 (10/02); present perfect without a date: month")
E("bv03", "a condition Washington has already rejected", USG, A("Chiang Ching-kuo", "TWN", "GOV"), ["12"], "120",
  "1978-12", None, False, "rejection in an appositive: optional; 'Washington' is the actor")
F("bv03", "No one was seriously hurt, officials said", "count / negation and speculation ('not clear who')")
F("bv03", "The Nationalists fled to the island in", "historical aside, no act against a target")

# ---------------------------------------------------------------- bv04 Guatemala City, Americas (Guatemala / Spain)
S("bv04", "1980-02-02", "Americas", """
Spain breaks with Guatemala after 39 die as police storm its embassy

GUATEMALA CITY, Guatemala —

Spain broke off diplomatic relations with Guatemala on Friday, a day after police stormed its embassy here against the ambassador's pleas and 39 people died in a fire that swept through the building.

The embassy had been occupied on Thursday morning by about 30 peasants from the northern province of El Quiche and students who wanted to denounce army killings in their villages. They held the ambassador, Maximo Cajal, and several visitors, among them a former vice president, Eduardo Caceres Lehnhoff.

Cajal, who escaped with burns, told reporters on Friday that he had begged the police commanders not to go in, and he accused them of showing total contempt for the immunity of the mission. Witnesses said officers broke down doors with axes before the blaze began in the ambassador's office.

The government of President Romeo Lucas Garcia said in a statement on Friday that the occupiers had started the fire themselves with petrol bombs, and it accused the Spanish envoy of siding with subversives.

Among the dead was Vicente Menchu, a peasant leader from Quiche.

Later on Friday, armed men dragged the only surviving protester from his hospital bed.

Madrid said it would hold the Guatemalan government responsible for the safety of Spanish citizens in the country.

It was unclear whether any of the occupiers had carried weapons.

Guatemala's army-backed governments have faced a growing rural insurgency for two decades.
""")
ESP = A("Spain", "ESP", "GOV")
GTMG = A("Guatemala", "GTM", "GOV")
GTMCOP = A("Guatemalan police", "GTM", "COP")
OCC = A("peasant and student occupiers", "GTM", ["CVL", "OPP"])
CAJAL = A("Maximo Cajal", "ESP", "GOV")
E("bv04", "Spain breaks with Guatemala after 39 die", ESP, GTMG, ["16"], "161", "1980-02-01", None, False, "headline")
E("bv04", "as police storm its embassy", GTMCOP, A("Spain", "ESP", None), ["17", "18"], "170", "1980-01-31", None, False,
  "headline")
E("bv04", "Spain broke off diplomatic relations with Guatemala", ESP, GTMG, ["16"], "161", "1980-02-01", None, True,
  "breaking relations 161; 'on Friday' before a Saturday paper")
E("bv04", "a day after police stormed its embassy", GTMCOP, A("Spain", "ESP", None), ["17", "18"], "170", "1980-01-31",
  P("Guatemala City", "GTM"), True, "a raid on the embassy 170 (17/18); premises are the country, sector null; 'a day "
  "after' Friday with its own agent: required; 'here' with the dateline gives the place")
E("bv04", "The embassy had been occupied on Thursday", OCC, GTMG, VPROT, "141", "1980-01-31", None, False,
  "the occupation as a protest against the government (14/18/17): optional, the hostage-taking in the next sentence "
  "is the codable act")
E("bv04", "They held the ambassador, Maximo Cajal, and", OCC, CAJAL, ["18"], "181", "1980-01", None, True,
  "hostage-taking 181; first member of the compound object; no day in the sentence: month")
E("bv04", "among them a former vice president, Eduardo", OCC, A("Eduardo Caceres Lehnhoff", "GTM", "ELI"), ["18"],
  "181", "1980-01", None, False, "second member: optional")
E("bv04", "he had begged the police commanders not", CAJAL, GTMCOP, ["02", "10"], "020", "1980-01", None, False,
  "his own account of an appeal: optional (acts inside one side's account)")
E("bv04", "accused them of showing total contempt for", CAJAL, GTMCOP, ["11"], "112", "1980-02-01", None, True,
  "accusation 112; 'on Friday' covers the coordinated clause")
E("bv04", "Witnesses said officers broke down doors with", GTMCOP, A("Spain", "ESP", None), ["17", "18"], "170",
  "1980-01", None, False, "witness detail of the raid: restatement, optional")
E("bv04", "the occupiers had started the fire themselves", GTMG, OCC, ["11"], "112", "1980-02-01", None, True,
  "blame 112 by the government; 'in a statement on Friday'")
E("bv04", "accused the Spanish envoy of siding with", GTMG, CAJAL, ["11"], "112", "1980-02-01", None, True,
  "second accusation with its own verb and target; same statement")
E("bv04", "armed men dragged the only surviving protester", A("unidentified armed men", None, None), OCC, ["18"], "181",
  "1980-02-01", None, True, "abduction 181 by unnamed men (null/null as news-dev's gunmen); 'Later on Friday'; the "
  "hospital is not named")
E("bv04", "Madrid said it would hold the Guatemalan", ESP, GTMG, ["13"], "130", "1980-02", None, False,
  "warning put as an intention: optional; 'Madrid' is the actor")
F("bv04", "It was unclear whether any of the", "speculation")
F("bv04", "army-backed governments have faced a growing rural", "standing situation")

# ---------------------------------------------------------------- bv05 Paramaribo, Americas (Suriname / Netherlands)
S("bv05", "1982-12-11", "Americas", """
Suriname army kills 15 critics it says plotted coup; Dutch freeze aid

PARAMARIBO, Suriname —

Soldiers loyal to Suriname's military strongman, Lt. Col. Desi Bouterse, shot dead 15 prominent critics of his regime after arresting them in night raids, the army announced on Thursday, saying the men had been killed while trying to escape.

Those killed included lawyers, university lecturers, journalists and the head of the largest trade union federation, Cyrill Daal, who had led strikes against the military in recent weeks.

Bouterse said on state radio that the men had been plotting to overthrow the government with foreign help on Christmas Day. He named no country.

Troops set fire to two independent radio stations, the offices of the newspaper De Ware Tijd and the headquarters of the union federation early on Wednesday. Diplomats here said several of the bodies, shown to relatives at the city mortuary, bore the marks of beatings.

The Netherlands, the former colonial power and Suriname's main aid donor, suspended its development aid on Friday and recalled its ambassador for consultations. Prime Minister Ruud Lubbers called the killings an outrage.

The United States also condemned the deaths.

A dusk-to-dawn curfew remained in force in the capital, where shops and schools stayed shut.

Bouterse, a former army sergeant, seized power in a coup in February 1980 and has ruled through a military council since.
""")
SURMIL = A("Surinamese army", "SUR", "MIL")
BOUT = A("Desi Bouterse", "SUR", ["MIL", "GOV"])
CRIT = A("Surinamese critics", "SUR", ["CVL", "OPP"])
NLD = A("Netherlands", "NLD", "GOV")
SURG = A("Suriname", "SUR", "GOV")
E("bv05", "Suriname army kills 15 critics it says", SURMIL, CRIT, ["18", "20", "17"], "186", "1982-12", None, False,
  "headline")
E("bv05", "plotted coup; Dutch freeze aid", NLD, SURG, SANCT, "1621", "1982-12-10", None, False, "headline")
E("bv05", "shot dead 15 prominent critics of his", SURMIL, CRIT, ["18", "20", "17"], "186", "1982-12", None, True,
  "killing of detained opponents (18/20/17); 'on Thursday' dates the announcement, not the killings: month")
E("bv05", "after arresting them in night raids", SURMIL, CRIT, ["17"], "173", "1982-12", None, False,
  "the arrests inside an 'after' clause sharing the main subject: optional")
E("bv05", "who had led strikes against the military", A("Cyrill Daal", "SUR", "LAB"), SURMIL, ["14"], "143", "1982",
  None, False, "background strikes dated only 'in recent weeks': optional")
E("bv05", "Bouterse said on state radio that the", BOUT, CRIT, ["11"], "112", "1982-12", None, True,
  "accusation of a coup plot 112; no day of its own: month")
E("bv05", "Troops set fire to two independent radio", SURMIL, A("independent radio stations", "SUR", "MED"),
  ["17", "18"], "1712", "1982-12-08", None, True, "destroying property 1712 (17/18); 'early on Wednesday'; first member "
  "of the compound object; 'here' is in another sentence: no place")
E("bv05", "the headquarters of the union federation early", SURMIL, A("Moederbond union federation", "SUR", "LAB"),
  ["17", "18"], "1712", "1982-12-08", None, False, "a later member of the compound object: optional")
E("bv05", "suspended its development aid on Friday and", NLD, SURG, SANCT, "1621", "1982-12-10", None, True,
  "halting aid 1621 (16/17); 'on Friday' before a Saturday paper")
E("bv05", "recalled its ambassador for consultations", NLD, SURG, ["16"], "161", "1982-12-10", None, True,
  "recalling an envoy 161 (news-dev); second predicate with its own object")
E("bv05", "Prime Minister Ruud Lubbers called the killings", A("Ruud Lubbers", "NLD", "GOV"), BOUT, ["11"], "111",
  "1982-12", None, False, "condemnation restating the Dutch reaction: optional")
E("bv05", "The United States also condemned the deaths", USG, BOUT, ["11"], "111", "1982-12", None, False,
  "single outside reaction: optional")
E("bv05", "seized power in a coup in February", BOUT, SURG, COUP, "170", "1980-02", None, True,
  "dated background coup (17/19) with its own agent: required")
F("bv05", "He named no country", "negated statement")
F("bv05", "A dusk-to-dawn curfew remained in force in", "standing situation, no act")

# ---------------------------------------------------------------- bv06 Harare, Africa (Zimbabwe)
S("bv06", "1982-02-18", "Africa", """
Mugabe sacks Nkomo from cabinet over arms caches, likens his party to a cobra

HARARE, Zimbabwe —

Prime Minister Robert Mugabe dismissed Joshua Nkomo, his partner in the war against white rule, from the cabinet on Wednesday, accusing him of plotting to seize power with weapons hidden on farms owned by his party.

Mugabe also removed two other ministers from Nkomo's Zimbabwe African People's Union and ordered the seizure of farms, hotels and shops run by companies linked to the party.

Mugabe told reporters that ZAPU and its leader were like a cobra in a house, and that the only way to deal with a snake was to strike at its head.

Nkomo denied any plan to overthrow the government and said the arms had been stored by guerrillas during the war without his knowledge. He accused Mugabe of trying to set up a one-party state.

Security forces said this month that they had uncovered large caches of rifles, rocket launchers and ammunition at several properties in Matabeleland, Nkomo's home region, and had arrested a number of former guerrillas.

The two men's movements fought side by side against Ian Smith's government before independence from Britain in April 1980. Last year former guerrillas loyal to Mugabe and to Nkomo clashed in Bulawayo, and hundreds were killed.

Western diplomats feared that the dismissal would drive some of Nkomo's former fighters back into the bush.

Nkomo's remaining ministers were not expected to quit the government, a ZAPU official said.
""")
MUG = A("Robert Mugabe", "ZWE", "GOV")
NKOMO = A("Joshua Nkomo", "ZWE", ["GOV", "PTY", "OPP"])
ZAPU = A("Zimbabwe African People's Union", "ZWE", ["PTY", "OPP"])
E("bv06", "Mugabe sacks Nkomo from cabinet over arms", MUG, NKOMO, ["17", "16"], "172", "1982-02-17", None, False,
  "headline")
E("bv06", "likens his party to a cobra", MUG, ZAPU, ["11"], "111", "1982-02", None, False, "headline")
E("bv06", "dismissed Joshua Nkomo, his partner in the", MUG, NKOMO, ["17", "16"], "172", "1982-02-17", None, True,
  "dismissal from office 172 (17/16, as a removal); 'on Wednesday' before a Thursday paper")
E("bv06", "accusing him of plotting to seize power", MUG, NKOMO, ["11"], "112", "1982-02-17", None, True,
  "accusation of a coup plot 112, participial clause sharing the day")
E("bv06", "also removed two other ministers from Nkomo's", MUG, ZAPU, ["17", "16"], "172", "1982-02", None, False,
  "extension of the dismissal: optional")
E("bv06", "ordered the seizure of farms, hotels and", MUG, ZAPU, ["17"], "1711", "1982-02", None, True,
  "confiscation 1711; target the party whose companies are seized; no day of its own: month")
E("bv06", "Mugabe told reporters that ZAPU and its", MUG, ZAPU, ["11"], "111", "1982-02", None, True,
  "likening the party and its leader to a cobra: insult 111; month")
E("bv06", "the only way to deal with a", MUG, NKOMO, ["13"], "130", "1982-02", None, False,
  "metaphorical threat in the same sentence: optional")
E("bv06", "Nkomo denied any plan to overthrow the", NKOMO, MUG, DENY, "016", "1982-02", None, True,
  "denial 016 (01/12); month")
E("bv06", "He accused Mugabe of trying to set", NKOMO, MUG, ["11"], "112", "1982-02", None, True,
  "counter-accusation in a sentence of its own: required; 'He' is Nkomo; month")
E("bv06", "had arrested a number of former guerrillas", A("Zimbabwean security forces", "ZWE", ["COP", "MIL"]),
  A("former ZAPU guerrillas", "ZWE", ["REB", "OPP"]), ["17"], "173", "1982-02", None, True,
  "arrests reported by the arresting forces, dated 'this month': required; Matabeleland is in the first conjunct, "
  "not this one: no place")
E("bv06", "former guerrillas loyal to Mugabe and to", A("former ZANU guerrillas", "ZWE", ["MIL", "REB"]),
  A("former ZAPU guerrillas", "ZWE", ["MIL", "REB"]), CLASH, "190", "1981", P("Bulawayo", "ZWE"), True,
  "dated background clash (19/18/14); Mugabe's side is mentioned first: required; 'Last year' = 1981; 'in Bulawayo'")
E("bv06", "clashed in Bulawayo, and hundreds were killed", A("former ZAPU guerrillas", "ZWE", ["MIL", "REB"]),
  A("former ZANU guerrillas", "ZWE", ["MIL", "REB"]), CLASH, "190", "1981", P("Bulawayo", "ZWE"), False,
  "reverse direction of the joint clash: optional")
F("bv06", "Western diplomats feared that the dismissal would", "speculation")
F("bv06", "remaining ministers were not expected to quit", "negated expectation")

# ---------------------------------------------------------------- bv07 Lagos, Africa (Nigeria)
S("bv07", "1984-01-01", "Africa", """
Nigerian army overthrows Shagari; Buhari named head of state

LAGOS, Nigeria —

Nigeria's armed forces overthrew the civilian government of President Shehu Shagari on Saturday, ending four years of elected rule in Africa's most populous nation, and named Major General Muhammadu Buhari as the new head of state.

In a dawn broadcast on Lagos radio, Brigadier Sani Abacha said the military had acted to rescue the country from an economy ruined by corruption and mismanagement under Shagari's party.

Abacha announced that political parties were banned, that the constitution had been suspended and that the country's borders, airports and seaports were closed until further notice. The soldiers imposed a dusk-to-dawn curfew across the country.

Shagari, who was re-elected in August in a vote the opposition said had been rigged, was being held by the army, diplomats said. Soldiers also detained his vice president, Alex Ekwueme, at his home.

There was no fighting in Lagos, and residents said there was no sign of resistance. Some crowds cheered the soldiers in the streets.

Buhari, a former oil minister and military governor, said in a broadcast that the new rulers would honour Nigeria's international obligations and would put on trial those who had looted the treasury.

Britain, the former colonial power, said it was watching events closely.

The army handed power to Shagari in October 1979 after 13 years of military rule.
""")
NGAMIL = A("Nigerian armed forces", "NGA", "MIL")
SHAG = A("Shehu Shagari", "NGA", "GOV")
NGAG = A("Shagari's government", "NGA", ["GOV", "PTY"])
E("bv07", "Nigerian army overthrows Shagari", NGAMIL, SHAG, COUP, "170", "1983-12-31", None, False, "headline")
E("bv07", "overthrew the civilian government of President Shehu", NGAMIL, NGAG, COUP, "170", "1983-12-31", None, True,
  "coup (17/19); 'on Saturday' before a Sunday paper; naming Buhari is not a dyadic event")
E("bv07", "Brigadier Sani Abacha said the military had", A("Sani Abacha", "NGA", "MIL"), NGAG, ["11"], "112", "1983-12",
  None, True, "charge of corruption and mismanagement 112; 'a dawn broadcast' gives no day of its own: month; "
  "'Lagos radio' is the station, not a place of the event")
E("bv07", "Abacha announced that political parties were banned", NGAMIL,
  A("Nigerian political parties", "NGA", "PTY"), ["17"], "1722", "1983-12", None, True,
  "ban on parties 1722; first member of the announced list; month")
E("bv07", "that the constitution had been suspended and", NGAMIL, NGAG, ["17"], "172", "1983-12", None, False,
  "second member of the list: optional")
E("bv07", "borders, airports and seaports were closed until", NGAMIL, None, ["17", "16"], "172", "1983-12", None, False,
  "closing the borders, third member, no target: optional")
E("bv07", "The soldiers imposed a dusk-to-dawn curfew across", NGAMIL, A("Nigerian citizens", "NGA", "CVL"), ["17"],
  "1723", "1983-12", None, True, "curfew 1723 (as owned35); month")
E("bv07", "was being held by the army, diplomats", NGAMIL, SHAG, ["17"], "173", "1983-12", None, True,
  "detention 173, attributed to diplomats and not disputed; month")
E("bv07", "a vote the opposition said had been", A("Nigerian opposition", "NGA", ["OPP", "PTY"]), NGAG, ["11"], "112",
  "1983", None, False, "an undated accusation inside a relative: optional")
E("bv07", "Soldiers also detained his vice president, Alex", NGAMIL, A("Alex Ekwueme", "NGA", "GOV"), ["17"], "173",
  "1983-12", None, True, "detention 173 in a sentence of its own; month")
E("bv07", "Some crowds cheered the soldiers in the", A("Nigerian crowds", "NGA", "CVL"), NGAMIL, ["05", "14"], "051",
  "1983-12", None, False, "cheering: coders split (support or a rally): optional")
E("bv07", "would put on trial those who had", A("Muhammadu Buhari", "NGA", ["MIL", "GOV"]), NGAG, ["13", "11"], "130",
  "1983-12", None, False, "a promise of trials put as an intention: optional")
E("bv07", "The army handed power to Shagari in", NGAMIL, SHAG, ["08"], "080", "1979-10", None, False,
  "background hand-over of power: coders split on any code: optional, dated")
F("bv07", "There was no fighting in Lagos, and", "negated act")
F("bv07", "said it was watching events closely", "statement with no act")

# ---------------------------------------------------------------- bv08 Peking, Asia (China / Britain)
S("bv08", "1984-12-19", "Asia", """
Thatcher and Zhao sign pact returning Hong Kong to China in 1997

PEKING, China —

Prime Minister Margaret Thatcher and Chinese Premier Zhao Ziyang signed an agreement here on Wednesday under which Britain will hand Hong Kong back to China on July 1, 1997, ending more than 150 years of colonial rule.

Under the joint declaration, negotiated over two years, the colony will become a special administrative region that keeps its capitalist system, its laws and its way of life for 50 years after the handover.

Mrs. Thatcher, who met Deng Xiaoping before the ceremony, praised his formula of one country, two systems as an ingenious idea. Deng told her that the same approach could one day be used to reunite Taiwan with the mainland.

Taiwan's government rejected the agreement on Wednesday, saying that the Communists had no right to speak for the Chinese people.

In Hong Kong, a small group of protesters marched to the governor's office and handed in a petition asking Britain to let the colony's people vote on the deal. Mrs. Thatcher, who flies to Hong Kong on Thursday, has said that the people there were consulted through a survey.

The talks began after Mrs. Thatcher visited Peking in September 1982, when Deng told her that China would recover sovereignty over the territory whatever happened.

Whether Peking will keep its word after 1997 remains to be seen.

Hong Kong's 5.4 million people, many of whom fled China after the Communist victory, have had no formal say in the negotiations.
""")
THAT = A("Margaret Thatcher", "GBR", "GOV")
ZHAO = A("Zhao Ziyang", "CHN", "GOV")
DENG = A("Deng Xiaoping", "CHN", "GOV")
E("bv08", "Thatcher and Zhao sign pact returning Hong", THAT, ZHAO, AGREE, "057", "1984-12-19", None, False, "headline")
E("bv08", "Prime Minister Margaret Thatcher and Chinese Premier", THAT, ZHAO, AGREE, "057", "1984-12-19",
  P("Beijing", "CHN"), True, "signed agreement 057 (05/03/08); first-mentioned direction required; 'here' with the "
  "Peking dateline gives the place; 'on Wednesday' in a Wednesday paper")
E("bv08", "signed an agreement here on Wednesday under", ZHAO, THAT, AGREE, "057", "1984-12-19", P("Beijing", "CHN"),
  False, "reverse direction of the joint signing: optional")
E("bv08", "who met Deng Xiaoping before the ceremony", THAT, DENG, ["04"], "040", "1984-12-19", None, True,
  "meeting 040 in a relative with its own agent, dated by 'before the ceremony' of Wednesday: required")
E("bv08", "praised his formula of one country, two", THAT, DENG, ["05"], "051", "1984-12", None, True,
  "praise 051; no day of its own: month")
E("bv08", "Deng told her that the same approach", DENG, A("Taiwan", "TWN", "GOV"), ["03", "13"], "030", "1984-12",
  None, False, "an aim about Taiwan put as a possibility: optional")
E("bv08", "Taiwan's government rejected the agreement on Wednesday", A("Taiwan", "TWN", "GOV"),
  A("China", "CHN", "GOV"), ["12"], "120", "1984-12-19", None, True,
  "rejection 120 of an agreement two parties made: the first party, China, required")
E("bv08", "saying that the Communists had no right", A("Taiwan", "TWN", "GOV"), A("United Kingdom", "GBR", "GOV"),
  ["12"], "120", "1984-12-19", None, False, "the second party of the rejected agreement: optional")
E("bv08", "a small group of protesters marched to", A("Hong Kong protesters", "HKG", "CVL"),
  A("United Kingdom", "GBR", "GOV"), ["14"], "141", "1984-12", P("Hong Kong", "HKG"), True,
  "demonstration 141 at the governor's office; 'In Hong Kong' names the place; no day: month")
E("bv08", "handed in a petition asking Britain to", A("Hong Kong protesters", "HKG", "CVL"),
  A("United Kingdom", "GBR", "GOV"), DEMAND, "104", "1984-12", P("Hong Kong", "HKG"), False,
  "a demand for a vote 104, second predicate of the protest: optional")
E("bv08", "Mrs. Thatcher visited Peking in September 1982", THAT, A("China", "CHN", "GOV"), ["04"], "042", "1982-09",
  P("Beijing", "CHN"), True, "dated background visit 042 with its own agent: required; the city as the place of a "
  "visit to a foreign capital (as owned35)")
E("bv08", "Deng told her that China would recover", DENG, THAT, ["10", "13"], "100", "1982-09", None, False,
  "a firm statement of a claim in the 'when' clause: coders split (demand or warning): optional")
F("bv08", "Under the joint declaration, negotiated over two", "definition of the agreement's terms")
F("bv08", "Whether Peking will keep its word after", "speculation")

# ---------------------------------------------------------------- bv09 Budapest, Europe (Hungary / East Germany)
S("bv09", "1989-09-11", "Europe/Eurasia", """
Hungary opens border to East Germans; thousands cross into Austria

BUDAPEST, Hungary —

Hungary opened its western border to thousands of East Germans who had been waiting in camps to go to West Germany, and columns of cars and buses crossed into Austria shortly after midnight on Monday.

Foreign Minister Gyula Horn announced on Sunday evening that Hungary would no longer stop East Germans who wanted to leave for a country of their choice, suspending a 1969 agreement under which it had sent would-be escapers back.

East Germany accused Budapest of violating treaties and of taking part in what its official news agency ADN called an organised trade in human beings directed from Bonn.

Chancellor Helmut Kohl thanked Hungary's leaders for what he called a great act of humanity, and West German officials said buses were waiting at the Austrian frontier to take the refugees to reception centres in Bavaria.

Prime Minister Miklos Nemeth and Horn had agreed on the move with Kohl at a secret meeting near Bonn on Aug. 25, the officials said.

Austria waved the East Germans through without checks.

Hungary, which began tearing down the barbed-wire fence on its Austrian border in May, had come under growing pressure as the number of East Germans camped in Budapest rose above 6,000.

Last month several hundred East Germans ran across the frontier near Sopron during a picnic organised by reform groups.

It was not clear whether East Germany would now close its own border with Czechoslovakia.
""")
HUN = A("Hungary", "HUN", "GOV")
GDR = A("East Germany", "DDR", "GOV")
GDRREF = A("East German refugees", "DDR", ["REF", "CVL"])
KOHL = A("Helmut Kohl", "DEU", "GOV")
E("bv09", "Hungary opens border to East Germans", HUN, GDRREF, ["08"], "081", "1989-09-11", None, False, "headline")
E("bv09", "Hungary opened its western border to thousands", HUN, GDRREF, ["08"], "081", "1989-09-11", None, True,
  "easing restrictions on movement 081 (CONCEDE); the opening took effect at midnight, 'shortly after midnight on "
  "Monday' in a Monday paper; the crossing into Austria has no CAMEO code")
E("bv09", "suspending a 1969 agreement under which it", A("Gyula Horn", "HUN", "GOV"), GDR, ["16", "12"], "160",
  "1989-09-10", None, True, "suspending a treaty with East Germany 160 (16/12); 'on Sunday evening'")
E("bv09", "East Germany accused Budapest of violating treaties", GDR, HUN, ["11"], "112", "1989-09", None, True,
  "accusation 112; 'Budapest' is the government (actor); no day of its own: month")
E("bv09", "an organised trade in human beings directed", GDR, A("West Germany", "DEU", "GOV"), ["11"], "112", "1989-09",
  None, False, "the second target of the accusation: optional")
E("bv09", "Chancellor Helmut Kohl thanked Hungary's leaders for", KOHL, HUN, ["05"], "051", "1989-09", None, True,
  "praise and thanks 051; month")
E("bv09", "had agreed on the move with Kohl", A("Miklos Nemeth", "HUN", "GOV"), KOHL, ["04", "03"], "040",
  "1989-08-25", P("Bonn", "DEU"), True, "dated background meeting and agreement (04/03); first member of the compound "
  "subject; 'near Bonn' names the place")
E("bv09", "Prime Minister Miklos Nemeth and Horn had", A("Gyula Horn", "HUN", "GOV"), KOHL, ["04", "03"], "040",
  "1989-08-25", P("Bonn", "DEU"), False, "second member of the compound subject: optional")
E("bv09", "Austria waved the East Germans through without", A("Austria", "AUT", "GOV"), GDRREF, ["08", "07"], "080",
  "1989-09", None, False, "letting the refugees pass: coders split on any code: optional")
E("bv09", "began tearing down the barbed-wire fence on", HUN, A("Austria", "AUT", "GOV"), ["08"], "087", "1989-05", None,
  False, "dismantling a border fence: de-escalation at best, no settled code: optional, dated")
F("bv09", "Last month several hundred East Germans ran", "an escape: no CAMEO event (as owned35's breakout)")
F("bv09", "It was not clear whether East Germany", "speculation")

# ---------------------------------------------------------------- bv10 Riyadh, Middle East (Gulf war)
S("bv10", "1991-01-18", "Middle East", """
Allied jets pound Iraq for second night; Iraqi missiles hit Tel Aviv

RIYADH, Saudi Arabia —

U.S.-led warplanes bombed Baghdad and military targets across Iraq and occupied Kuwait for a second night, and Iraq struck back early on Friday by firing missiles at Tel Aviv and Haifa, wounding several Israelis.

The Israeli government, which had promised Washington it would stay out of the war, said it reserved the right to retaliate. Israeli officials said the missiles carried conventional warheads.

The allied air offensive began in the early hours of Thursday, less than a day after a U.N. deadline for Iraq to leave Kuwait expired. Cruise missiles fired from U.S. warships in the Gulf slammed into the Iraqi capital, and British, French, Saudi and Kuwaiti aircraft joined the raids.

In a televised address from the White House, President George Bush said the liberation of Kuwait had begun.

Baghdad radio quoted President Saddam Hussein as saying that the mother of all battles had started and that Iraq would never give up Kuwait.

The U.S. military said it had lost only a handful of aircraft, a figure that could not be independently confirmed.

Jordan's King Hussein condemned the attack on Iraq, and crowds in Amman marched in support of Saddam.

The U.N. Security Council authorised the use of force against Iraq on Nov. 29 if it had not withdrawn by Jan. 15.

Iraq invaded Kuwait on Aug. 2 last year.
""")
USMIL = A("U.S.-led forces", "USA", "MIL")
IRQ = A("Iraq", "IRQ", ["GOV", "MIL"])
ISRG = A("Israel", "ISR", "GOV")
E("bv10", "Allied jets pound Iraq for second night", USMIL, IRQ, AIR, "195", "1991-01", None, False, "headline")
E("bv10", "Iraqi missiles hit Tel Aviv", IRQ, A("Israel", "ISR", None), AIR, "195", "1991-01-18", P("Tel Aviv", "ISR"),
  False, "headline")
E("bv10", "U.S.-led warplanes bombed Baghdad and military targets", USMIL, IRQ, AIR, "195", "1991-01",
  P("Baghdad", "IRQ"), True, "air strikes 195; 'for a second night' gives no calendar day: month; Baghdad is the "
  "first object and names the place")
E("bv10", "Iraq struck back early on Friday by", IRQ, A("Israel", "ISR", None), AIR, "195", "1991-01-18",
  P("Tel Aviv", "ISR"), True, "missile attack 195; 'early on Friday' in a Friday paper; first of the two cities")
E("bv10", "firing missiles at Tel Aviv and Haifa", IRQ, A("Israel", "ISR", None), AIR, "195", "1991-01-18",
  P("Haifa", "ISR"), False, "the second city: optional")
E("bv10", "which had promised Washington it would stay", ISRG, USG, ["03"], "030", "1991-01", None, False,
  "an undated promise inside a relative: optional")
E("bv10", "said it reserved the right to retaliate", ISRG, IRQ, ["13"], "130", "1991-01", None, True,
  "threat of retaliation 130; month")
E("bv10", "The allied air offensive began in the", USMIL, IRQ, AIR, "195", "1991-01-17", None, False,
  "'allied' names no actor and the raids are detailed in the next sentence: optional")
E("bv10", "Cruise missiles fired from U.S. warships in", A("U.S. Navy", "USA", "MIL"), IRQ, AIR, "195", "1991-01",
  P("Baghdad", "IRQ"), True, "missile strike 195; 'the Iraqi capital' = Baghdad; the sentence gives no day: month")
E("bv10", "British, French, Saudi and Kuwaiti aircraft joined", A("British air force", "GBR", "MIL"), IRQ, AIR, "195",
  "1991-01", None, True, "first member of the compound subject: required")
E("bv10", "French, Saudi and Kuwaiti aircraft joined the", A("French air force", "FRA", "MIL"), IRQ, AIR, "195",
  "1991-01", None, False, "second member: optional (Saudi and Kuwaiti aircraft likewise, not listed)")
E("bv10", "Iraq would never give up Kuwait", A("Saddam Hussein", "IRQ", "GOV"), USG, ["12"], "120", "1991-01", None,
  False, "refusal put as an intention: optional")
E("bv10", "Jordan's King Hussein condemned the attack on", A("King Hussein", "JOR", "GOV"), USG, ["11"], "111",
  "1991-01", None, False, "single outside reaction: optional")
E("bv10", "crowds in Amman marched in support of", A("Jordanian protesters", "JOR", "CVL"),
  A("Saddam Hussein", "IRQ", "GOV"), ["14", "05"], "141", "1991-01", P("Amman", "JOR"), False,
  "a rally in support: coders split (14/05): optional")
E("bv10", "authorised the use of force against Iraq", UNSC, IRQ, ["13", "15"], "138", "1990-11-29", None, True,
  "dated background authorisation of force put as an ultimatum 138 (13/15): required")
E("bv10", "Iraq invaded Kuwait on Aug. 2 last", IRQ, A("Kuwait", "KWT", "GOV"), ["19", "17"], "190", "1990-08-02", None,
  True, "dated background invasion (19/17): required; a one-line background, not the 1990 story of stories4")
F("bv10", "Israeli officials said the missiles carried conventional", "description of weapons, no act")
F("bv10", "The U.S. military said it had lost", "count")

# ---------------------------------------------------------------- bv11 Washington, Middle East (Israel / Palestinians)
S("bv11", "1998-10-24", "Middle East", """
Netanyahu and Arafat sign West Bank land-for-security deal at White House

WASHINGTON, United States —

Israeli Prime Minister Benjamin Netanyahu and Palestinian leader Yasser Arafat signed an agreement at the White House on Friday under which Israel will hand over another 13 percent of the West Bank in return for a Palestinian crackdown on militants.

President Bill Clinton, who mediated during nine days of talks at the Wye River plantation in Maryland, said the deal put the peace process back on track after 19 months of deadlock.

The accord nearly collapsed on Friday morning when Netanyahu demanded that Clinton free Jonathan Pollard, an American serving a life sentence for spying for Israel. Clinton refused, saying he would only review the case.

Jordan's King Hussein, who left a U.S. hospital where he is being treated for cancer to join the talks, urged both leaders at the ceremony to stop wasting time and make peace for their children.

Under the deal, the CIA will help check whether the Palestinians are arresting suspected militants.

In Gaza, the Islamic militant group Hamas denounced the agreement as a betrayal and vowed to keep up its attacks on Israel. Jewish settler leaders accused Netanyahu of surrendering parts of the biblical land of Israel.

Israeli police on Monday arrested a Palestinian from Hebron after two grenades were hurled into a crowd at the Beersheba bus station, wounding more than 60 people.

Whether Netanyahu's right-wing coalition would approve the accord was unclear.
""")
NETAN = A("Benjamin Netanyahu", "ISR", "GOV")
ARAFAT = A("Yasser Arafat", "PSE", "GOV")
CLINT = A("Bill Clinton", "USA", "GOV")
HAMAS = A("Hamas", "PSE", ["REB", "RAD"])
E("bv11", "Netanyahu and Arafat sign West Bank land-for-security", NETAN, ARAFAT, AGREE, "057", "1998-10-23", None,
  False, "headline")
E("bv11", "Israeli Prime Minister Benjamin Netanyahu and Palestinian", NETAN, ARAFAT, AGREE, "057", "1998-10-23",
  P("Washington", "USA"), True, "signed agreement 057 (05/03/08); first-mentioned direction; 'at the White House' "
  "with the Washington dateline makes the city explicit; 'on Friday' before a Saturday paper")
E("bv11", "signed an agreement at the White House", ARAFAT, NETAN, AGREE, "057", "1998-10-23", P("Washington", "USA"),
  False, "reverse direction: optional")
E("bv11", "who mediated during nine days of talks", CLINT, NETAN, ["04"], "045", "1998-10", None, False,
  "mediation in a relative dated only by its length: optional")
E("bv11", "Netanyahu demanded that Clinton free Jonathan Pollard", NETAN, CLINT, DEMAND, "1053", "1998-10-23", None,
  True, "demand for a release 1053 (10/02) in a dated 'when' clause with its own agent; 'on Friday morning'")
E("bv11", "Clinton refused, saying he would only review", CLINT, NETAN, ["12"], "1243", "1998-10", None, True,
  "refusal to release 1243; no day in the sentence: month")
E("bv11", "urged both leaders at the ceremony to", A("King Hussein", "JOR", "GOV"), NETAN, ["02", "10"], "020",
  "1998-10", None, True, "appeal 020 (02/10) to both leaders: Netanyahu first required; the hospital relative is no "
  "event; 'at the ceremony' is not a day of the sentence: month")
E("bv11", "to stop wasting time and make peace", A("King Hussein", "JOR", "GOV"), ARAFAT, ["02", "10"], "020", "1998-10",
  None, False, "the same appeal to the second leader (snippet from the same sentence): optional")
E("bv11", "Hamas denounced the agreement as a betrayal", HAMAS, A("Palestinian Authority", "PSE", "GOV"), ["11"], "111",
  "1998-10", P("Gaza", "PSE"), True, "denunciation 111 of the Palestinian side's deal; 'In Gaza'; month")
E("bv11", "vowed to keep up its attacks on", HAMAS, A("Israel", "ISR", None), ["13"], "138", "1998-10", P("Gaza", "PSE"),
  True, "threat of violence 138, second predicate with its own target: required")
E("bv11", "Jewish settler leaders accused Netanyahu of surrendering", A("Jewish settler leaders", "ISR", ["CVL", "RAD"]),
  NETAN, ["11"], "112", "1998-10", None, True, "accusation 112; month")
E("bv11", "Israeli police on Monday arrested a Palestinian", A("Israeli police", "ISR", "COP"),
  A("Palestinian suspect", "PSE", ["CVL", "CRM"]), ["17"], "173", "1998-10-19", None, True,
  "arrest 173; 'on Monday' before a Saturday paper; Hebron is his home, not where he was held: no place")
E("bv11", "after two grenades were hurled into a", A("Palestinian suspect", "PSE", ["CVL", "CRM"]),
  A("Israeli civilians", "ISR", "CVL"), ATTACK, "183", "1998-10-19", P("Beersheba", "ISR"), False,
  "agentless background passive: optional; 'at the Beersheba bus station' names the place")
F("bv11", "the CIA will help check whether the", "a provision of the deal: future arrangement, no act")
F("bv11", "Whether Netanyahu's right-wing coalition would approve the", "speculation")

# ---------------------------------------------------------------- bv12 Minsk, Europe/Eurasia (Soviet Union)
S("bv12", "1991-12-09", "Europe/Eurasia", """
Slavic republics declare Soviet Union dead and form commonwealth; Gorbachev cries foul

MINSK, Byelorussia —

The leaders of Russia, Ukraine and Byelorussia declared on Sunday that the Soviet Union had ceased to exist and founded a Commonwealth of Independent States that other former Soviet republics were invited to join.

Russian President Boris Yeltsin, Ukrainian President Leonid Kravchuk and Byelorussian leader Stanislav Shushkevich signed the accord at a government hunting lodge in the Belovezhskaya Pushcha forest near the Polish border. They said the commonwealth's coordinating bodies would sit in Minsk.

Soviet President Mikhail Gorbachev, who was not told of the meeting in advance, said on Monday that the three leaders had no right to abolish the union, and he called their agreement illegal and dangerous. He demanded that the republics' parliaments and the Congress of People's Deputies debate it.

Shushkevich said he had telephoned Gorbachev on Sunday evening to inform him, after Yeltsin had already called President George Bush to explain the accord.

Gorbachev summoned Yeltsin and Kazakhstan's President Nursultan Nazarbayev to the Kremlin on Monday afternoon.

Nazarbayev, whose republic was left out, said he had learned of the decision from the news and would not join any bloc drawn on ethnic lines.

Ukrainians voted overwhelmingly for independence in a referendum on Dec. 1.

The three leaders promised to keep the former union's nuclear weapons under a single command.

It was unclear what would become of Gorbachev's own post.

The Soviet army's high command has not commented on the accord.
""")
YELT = A("Boris Yeltsin", "RUS", "GOV")
KRAV = A("Leonid Kravchuk", "UKR", "GOV")
SHUSH = A("Stanislav Shushkevich", "BLR", "GOV")
GORB = A("Mikhail Gorbachev", "SUN", "GOV")
E("bv12", "Slavic republics declare Soviet Union dead and", YELT, KRAV, AGREE, "057", "1991-12-08", None, False,
  "headline")
E("bv12", "commonwealth; Gorbachev cries foul", GORB, YELT, ["11"], "111", "1991-12-09", None, False, "headline")
E("bv12", "The leaders of Russia, Ukraine and Byelorussia", YELT, KRAV, AGREE, "057", "1991-12-08", None, False,
  "lead summary of the accord detailed in the next sentence: optional")
E("bv12", "Boris Yeltsin, Ukrainian President Leonid Kravchuk and", YELT, KRAV, AGREE, "057", "1991-12",
  P("Belovezhskaya Pushcha", "BLR"), True, "signed agreement 057 (05/03/08); first pair of the joint signing "
  "required; the forest is named in the clause; the sentence has no day: month")
E("bv12", "signed the accord at a government hunting", YELT, SHUSH, AGREE, "057", "1991-12",
  P("Belovezhskaya Pushcha", "BLR"), False, "the third signatory: optional")
E("bv12", "said on Monday that the three leaders", GORB, YELT, ["11"], "111", "1991-12-09", None, True,
  "denunciation 111 ('illegal and dangerous'); 'the three leaders' first member Yeltsin required; Gorbachev as "
  "Soviet president: SUN (the union's code); 'on Monday' in a Monday paper")
E("bv12", "he called their agreement illegal and dangerous", GORB, KRAV, ["11"], "111", "1991-12-09", None, False,
  "the same denunciation toward the second leader: optional")
E("bv12", "He demanded that the republics' parliaments and", GORB, A("republic parliaments", None, "LEG"), DEMAND,
  "100", "1991-12", None, False, "a demand with a collective target of several countries: optional")
E("bv12", "he had telephoned Gorbachev on Sunday evening", SHUSH, GORB, ["04"], "041", "1991-12-08", None, True,
  "telephone call 041; 'on Sunday evening'")
E("bv12", "Yeltsin had already called President George Bush", YELT, A("George Bush", "USA", "GOV"), ["04"], "041",
  "1991-12-08", None, True, "telephone call 041 in an 'after' clause with its own agent, dated by the Sunday call")
E("bv12", "Gorbachev summoned Yeltsin and Kazakhstan's President Nursultan", GORB, YELT, ["04"], "043", "1991-12-09",
  None, True, "summoning to a meeting 043 (host); first member of the compound object; 'the Kremlin' gives no city "
  "name: no place; 'on Monday afternoon'")
E("bv12", "to the Kremlin on Monday afternoon", GORB, A("Nursultan Nazarbayev", "KAZ", "GOV"), ["04"], "043",
  "1991-12-09", None, False, "second member: optional")
E("bv12", "would not join any bloc drawn on", A("Nursultan Nazarbayev", "KAZ", "GOV"), YELT, ["12"], "120", "1991-12",
  None, False, "refusal put as an intention: optional")
F("bv12", "It was unclear what would become of", "speculation")
F("bv12", "The Soviet army's high command has not", "negated act")

write(HERE)
