#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned19 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line.
Run: python3 testdata/owned19/build.py  (rewrites both files next to this script)
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
PLEDGE = ["03", "07"]
CONSULT = ["04"]
ACCUSE = ["11"]

# ---------------------------------------------------------------- f01 Antananarivo, Africa (Madagascar)
S("f01", "2009-03-18", "Africa", """
Madagascar army hands power to Rajoelina after Ravalomanana quits

ANTANANARIVO, Madagascar —

Madagascar's highest court endorsed opposition leader Andry Rajoelina as head of state on Wednesday, a day after President Marc Ravalomanana resigned under pressure from mutinous army officers and handed his powers to the military.

The officers, who had refused to obey the president since early March, passed those powers to Rajoelina within hours. Ravalomanana, a dairy magnate first elected in 2002, had hoped that a military directorate led by Vice Admiral Hippolyte Ramaroson would run the island until elections.

On Monday, soldiers in armoured cars stormed the Ambohitsorohitra palace in central Antananarivo and took over the central bank, meeting little resistance from the presidential guard. Ravalomanana was at another palace outside the city at the time.

Rajoelina, a 34-year-old former disc jockey who was sacked as mayor of the capital in February, told a rally at May 13 Square that a transitional authority would organise elections within two years.

The African Union condemned the transfer as an unconstitutional change of government, and its commission chairman, Jean Ping, said the bloc would consider suspending the island. Washington called the takeover a coup. Raharinaivo Andrianantoandro, a spokesman for Ravalomanana's party, accused the army of betraying the constitution.

Police fired tear gas in the capital on Wednesday at several hundred supporters of the former president who had gathered near his offices.

Madagascar is one of the poorest countries in the world. It was not clear where Ravalomanana would go.
""")
MDGM = A("Malagasy army officers", "MDG", "MIL")
RAVA = A("Marc Ravalomanana", "MDG", "GOV")
RAJ = A("Andry Rajoelina", "MDG", ["OPP", "GOV"])
TANA = P("Antananarivo", "MDG")
E("f01", "Madagascar army hands power to Rajoelina after", MDGM, RAJ, ["08", "05"], "080", "2009-03-17", None, False,
  "headline: handing power to the opposition leader")
E("f01", "Madagascar's highest court endorsed opposition leader Andry", A("High Constitutional Court", "MDG", "JUD"),
  RAJ, ["05"], "051", "2009-03-18", None, True, "endorsement by the court 051 (05); Wednesday in a Wednesday paper")
E("f01", "President Marc Ravalomanana resigned under pressure from", RAVA, MDGM, ["08"], "0832", "2009-03-17", None, True,
  "resignation under pressure 0832 (08), target the officers who pressed him (owned13 k04); 'a day after' "
  "Wednesday: Tuesday; the clause has its own agent")
E("f01", "handed his powers to the military", RAVA, MDGM, ["08"], "080", "2009-03-17", None, False,
  "second verb of the resignation: optional")
E("f01", "who had refused to obey the president", MDGM, RAVA, ["12"], "120", "2009-03", None, True,
  "stated refusal in a relative clause with its own agent, 'since early March': the month")
E("f01", "passed those powers to Rajoelina within hours", MDGM, RAJ, ["08", "05"], "080", "2009-03-17", None, False,
  "handing power on 'within hours' of the resignation: coders split between yielding (08) and support (05); "
  "optional")
E("f01", "soldiers in armoured cars stormed the Ambohitsorohitra", A("Malagasy soldiers", "MDG", "MIL"),
  A("Madagascar", "MDG", None), ["19", "17", "18"], "192", "2009-03-16", TANA, True,
  "storming and seizure of the presidential palace (192, tolerant 19/17/18 as a takeover act); premises are the "
  "country with sector null; 'On Monday'; the clause names Antananarivo")
E("f01", "took over the central bank, meeting little", A("Malagasy soldiers", "MDG", "MIL"), A("Madagascar", "MDG", None),
  ["19", "17", "18"], "192", "2009-03-16", TANA, False, "second object of the same raid: optional")
E("f01", "told a rally at May 13 Square", RAJ, A("Madagascar", "MDG", None), ["03"], "034", "2009-03", None, False,
  "promise of elections to the public: optional")
E("f01", "The African Union condemned the transfer as", A("African Union", "AFR", "IGO"), RAJ, ["11", "12"], "111",
  "2009-03", None, True, "condemnation 111; target the new authority; no day: month")
E("f01", "said the bloc would consider suspending the", A("Jean Ping", "AFR", "IGO"), A("Madagascar", "MDG", "GOV"),
  ["13", "16"], "1312", "2009-03", None, False, "a suspension the bloc 'would consider': intention, optional")
E("f01", "Washington called the takeover a coup", A("United States", "USA", "GOV"), RAJ, ["11"], "111", "2009-03", None,
  False, "single outside reaction; 'Washington' = the U.S. government: optional")
E("f01", "accused the army of betraying the constitution", A("Raharinaivo Andrianantoandro", "MDG", ["PTY", "GOV"]),
  MDGM, ACCUSE, "112", "2009-03", None, True, "accusation by the party spokesman; no day: month")
E("f01", "Police fired tear gas in the capital", A("Malagasy police", "MDG", "COP"),
  A("Ravalomanana supporters", "MDG", ["CVL", "PTY"]), REPR, "175", "2009-03-18", TANA, True,
  "tear gas at a crowd 175 (17/18); 'in the capital' with the dateline gives Antananarivo; Wednesday")
F("f01", "Madagascar is one of the poorest countries", "standing situation")
F("f01", "It was not clear where Ravalomanana would", "speculation")

# ---------------------------------------------------------------- f02 Kinshasa, Africa (DR Congo / Rwanda)
S("f02", "2022-10-31", "Africa", """
Congo expels Rwandan envoy as M23 rebels seize towns near Goma

KINSHASA, Congo —

Democratic Republic of Congo ordered Rwanda's ambassador, Vincent Karega, on Saturday to leave the country within 48 hours, accusing Kigali of arming the M23 rebels who had captured two towns in the east hours earlier.

The decision was taken at an emergency meeting of the national defence council chaired by President Felix Tshisekedi, government spokesman Patrick Muyaya said in a statement read on state television.

The rebels drove the army out of Kiwanja and Rutshuru, about 70 km north of Goma, after two days of fighting that sent thousands of civilians fleeing toward the Ugandan border. Willy Ngoma, a spokesman for the M23, urged government soldiers to lay down their arms and said the group would protect residents.

Rwanda's government spokeswoman, Yolande Makolo, rejected the accusation and said Kinshasa was blaming its neighbour for its own failures. She said Rwandan troops on the border had been put on alert.

On Monday, several thousand people marched through Goma carrying placards that denounced Rwanda, and some youths burned tyres outside a base of the U.N. peacekeeping mission, which they accused of doing nothing to stop the rebels. Police dispersed the crowd with tear gas.

Angolan President Joao Lourenco, who has sought to mediate between the two governments since July, called for an immediate halt to the fighting.

Eastern Congo holds vast deposits of tin, gold and coltan. It was not clear whether the rebels would push on toward Goma.
""")
COD = A("DR Congo", "COD", "GOV")
RWA = A("Rwanda", "RWA", "GOV")
M23 = A("M23 rebels", "COD", "REB")
CODM = A("Congolese army", "COD", "MIL")
E("f02", "Congo expels Rwandan envoy as M23 rebels", COD, RWA, EXPEL, "166", "2022-10-29", None, False, "headline")
E("f02", "ordered Rwanda's ambassador, Vincent Karega, on Saturday", COD, A("Vincent Karega", "RWA", "GOV"), EXPEL, "166",
  "2022-10-29", None, True, "expulsion of an envoy 166 (16/17); Saturday in a Monday paper")
E("f02", "accusing Kigali of arming the M23 rebels", COD, RWA, ACCUSE, "112", "2022-10-29", None, True,
  "accusation in a participle clause, same agent and day; 'Kigali' = Rwanda's government")
E("f02", "accusing Kigali of arming the M23 rebels", RWA, M23, ["07"], "070", "2022-10", None, False,
  "arming inside an accusation: alleged, optional")
E("f02", "who had captured two towns in the", M23, CODM, FORCE, "192", "2022-10-29", None, False,
  "lead summary of the capture detailed in paragraph three: optional")
E("f02", "The rebels drove the army out of", M23, CODM, FORCE, "192", "2022-10", P("Kiwanja", "COD"), True,
  "capture of towns 192 (19/18); the paragraph has no day of its own: month; the clause names Kiwanja first")
E("f02", "after two days of fighting that sent", M23, CODM, CLASH, "190", "2022-10", None, False,
  "nominal fighting without its agent: optional")
E("f02", "urged government soldiers to lay down their", A("Willy Ngoma", "COD", "REB"), CODM, DEMAND, "100",
  "2022-10", None, True, "call on soldiers to surrender (10/02); no day: month")
E("f02", "rejected the accusation and said Kinshasa was", A("Yolande Makolo", "RWA", "GOV"), COD, DENY + ["11"], "120",
  "2022-10", None, True, "rejection of the accusation (12/01; 11 for the counter-blame in the same sentence)")
E("f02", "She said Rwandan troops on the border", A("Rwandan army", "RWA", "MIL"), COD, ["15"], "152", "2022-10", None,
  False, "alert on the border, told by the spokeswoman: optional")
E("f02", "several thousand people marched through Goma carrying", A("Goma residents", "COD", "CVL"), RWA, ["14"], "141",
  "2022-10-31", P("Goma", "COD"), True, "march against Rwanda; 'On Monday' in a Monday paper; the clause names Goma")
E("f02", "some youths burned tyres outside a base", A("Congolese youths", "COD", "CVL"),
  A("U.N. peacekeeping mission", "UNO", "IGO"), VPROT, "145", "2022-10-31", P("Goma", "COD"), False,
  "second clause of the Goma protest, against the U.N. mission: optional")
E("f02", "Police dispersed the crowd with tear gas", A("Congolese police", "COD", "COP"), A("Goma protesters", "COD", "CVL"),
  REPR, "175", "2022-10-31", None, True, "tear gas 175 (17/18); the sentence names no place")
E("f02", "who has sought to mediate between the", A("Joao Lourenco", "AGO", "GOV"), COD, MEDIATE, "045", "2022-07", None,
  False, "standing mediation since July: optional")
E("f02", "called for an immediate halt to the", A("Joao Lourenco", "AGO", "GOV"), M23, DEMAND, "1056", "2022-10", None,
  False, "single outside appeal for a ceasefire: optional")
F("f02", "Eastern Congo holds vast deposits of tin", "standing situation")
F("f02", "It was not clear whether the rebels", "speculation")

# ---------------------------------------------------------------- f03 Tunis, Middle East (Tunisia)
S("f03", "2011-01-15", "Middle East", """
Protesters drive Ben Ali from Tunisia; speaker named interim leader

TUNIS, Tunisia —

Tunisia's Constitutional Council named parliament speaker Fouad Mebazaa interim president on Saturday, a day after Zine el-Abidine Ben Ali, who ruled for 23 years, fled to Saudi Arabia.

Prime Minister Mohamed Ghannouchi, who took charge on Friday night, stepped aside.

Hours before his flight, Ben Ali dismissed his government and promised early legislative elections, but thousands of demonstrators outside the Interior Ministry in central Tunis demanded that he leave at once. Riot police fired tear gas and charged the crowd with batons, witnesses said.

The army, whose commander had reportedly refused to order troops to shoot at protesters, deployed armoured vehicles around the capital as a state of emergency took effect. Looters torched shops and a supermarket belonging to the president's in-laws in the suburbs overnight.

The Saudi royal court said it had welcomed Ben Ali and his family out of concern for the Tunisian people. French officials said Paris had let it be known that the deposed leader was not wanted in France.

U.S. President Barack Obama condemned the use of violence against citizens and praised the courage of the Tunisian people.

The unrest began in December after a fruit seller, Mohamed Bouazizi, set himself on fire in Sidi Bouzid. Radhia Nasraoui, a human rights lawyer, accused the police of killing dozens of unarmed people since then.

Tunisia is a popular destination for European tourists. It was not clear whether Ghannouchi would keep a role.
""")
BENALI = A("Zine el-Abidine Ben Ali", "TUN", "GOV")
TUNP = A("Tunisian protesters", "TUN", ["CVL", "OPP"])
TUNCOP = A("Tunisian police", "TUN", "COP")
E("f03", "Protesters drive Ben Ali from Tunisia; speaker", TUNP, BENALI, ["14"], "141", "2011-01-14", None, False, "headline")
E("f03", "Ben Ali dismissed his government and promised", BENALI, TUNP, ["03"], "034", "2011-01-14", None, True,
  "promise of early elections 034 (intent to reform), aimed at the protesters; 'Hours before his flight' on Friday")
E("f03", "Ben Ali dismissed his government and promised", BENALI, A("Tunisian government", "TUN", "GOV"), ["17"], "172",
  "2011-01-14", None, False, "dismissal of his own government, self-directed: optional")
E("f03", "thousands of demonstrators outside the Interior Ministry", TUNP, BENALI, ["14", "10"], "141", "2011-01-14",
  P("Tunis", "TUN"), True, "demonstration demanding that he leave (14/10); the clause names central Tunis; Friday")
E("f03", "Riot police fired tear gas and charged", TUNCOP, TUNP, REPR, "175", "2011-01-14", None, True,
  "tear gas and baton charge 175 (17/18); 'witnesses said' of an act nobody disputes; the sentence names no place")
E("f03", "whose commander had reportedly refused to order", A("Tunisian army chief", "TUN", "MIL"), BENALI, ["12"], "120",
  None, None, False, "a reported refusal with no date: optional")
E("f03", "deployed armoured vehicles around the capital as", A("Tunisian army", "TUN", "MIL"), None, ["15"], "150",
  "2011-01-14", None, False, "deployment with no target: optional")
E("f03", "Looters torched shops and a supermarket belonging", A("Tunisian looters", "TUN", "CVL"),
  A("Ben Ali's in-laws", "TUN", ["BUS", "ELI"]), VPROT, "145", "2011-01", None, False,
  "torching of the family's property; 'overnight' spans Friday and Saturday: optional")
E("f03", "The Saudi royal court said it had", A("Saudi Arabia", "SAU", "GOV"), BENALI, ["07", "04"], "075", "2011-01",
  None, True, "asylum 075 (07/04); the day of arrival is not given: month")
E("f03", "French officials said Paris had let it", A("France", "FRA", "GOV"), BENALI, ["12"], "120", "2011-01", None, False,
  "refusal told by unnamed officials: optional")
E("f03", "Obama condemned the use of violence against", A("Barack Obama", "USA", "GOV"), A("Tunisian government", "TUN", "GOV"),
  ["11"], "111", "2011-01", None, False, "single outside reaction: optional")
E("f03", "praised the courage of the Tunisian people", A("Barack Obama", "USA", "GOV"), A("Tunisian people", "TUN", "CVL"),
  ["05"], "051", "2011-01", None, False, "praise, second verb of the outside reaction: optional")
E("f03", "set himself on fire in Sidi Bouzid", A("Mohamed Bouazizi", "TUN", "CVL"), A("Tunisian government", "TUN", "GOV"),
  ["14"], "140", "2010-12", P("Sidi Bouzid", "TUN"), False, "self-immolation as protest, no named target: optional")
E("f03", "accused the police of killing dozens of", A("Radhia Nasraoui", "TUN", ["NGO", "CVL"]), TUNCOP, ACCUSE, "112",
  "2011-01", None, True, "accusation by a rights lawyer; no day: month")
E("f03", "accused the police of killing dozens of", TUNCOP, TUNP, ATTACK, "180", "2011", None, False,
  "killings inside the accusation: optional")
F("f03", "Tunisia is a popular destination for European", "standing situation")
F("f03", "It was not clear whether Ghannouchi would", "speculation")

# ---------------------------------------------------------------- f04 London, Middle East (Yemen / U.S. / Britain)
S("f04", "2024-01-12", "Middle East", """
U.S. and British warplanes pound Houthi targets in Yemen over Red Sea attacks

LONDON, United Kingdom —

American and British warplanes, warships and a submarine struck radar sites, drone launchers and weapons depots across Houthi-held Yemen early on Friday, retaliating for weeks of attacks by the Iran-aligned group on merchant shipping in the Red Sea.

Prime Minister Rishi Sunak called the raids limited, necessary and proportionate, and said four Royal Air Force Typhoons had taken part. The Netherlands, Australia, Canada and Bahrain provided support, according to a joint statement.

A Houthi military spokesman, Yahya Saree, said five fighters had been killed in 73 strikes. Hussein al-Ezzi, a deputy foreign minister in the group's administration in Sanaa, warned that Washington and London would pay a heavy price for what he called a blatant aggression.

Tens of thousands of people rallied in Sanaa later on Friday, chanting slogans against Israel and the United States.

The group has fired missiles and drones at vessels since November, when its fighters seized the car carrier Galaxy Leader and took its 25 crew members hostage. On Tuesday, U.S. and British warships shot down 21 drones and missiles launched toward the shipping lanes.

Iran's foreign ministry condemned the strikes as a violation of Yemen's sovereignty. Saudi Arabia, which has been holding talks with the Houthis on a truce, urged restraint. Russia asked for an emergency meeting of the U.N. Security Council.

Roughly 15 percent of world seaborne trade passes through the Red Sea. It was not clear whether Washington would strike again.
""")
HOUTHI = A("Houthis", "YEM", ["REB", "RAD"])
USAM = A("U.S. forces", "USA", "MIL")
GBRM = A("British forces", "GBR", "MIL")
SHIPS = A("merchant ships", None, "BUS")
E("f04", "U.S. and British warplanes pound Houthi targets", USAM, HOUTHI, ATTACK, "195", "2024-01-12", None, False,
  "headline")
E("f04", "American and British warplanes, warships and a", USAM, HOUTHI, ATTACK, "195", "2024-01-12", None, True,
  "air and missile strikes 195; compound subject, first member required; Friday in a Friday paper; 'across "
  "Houthi-held Yemen' is a country, no place")
E("f04", "American and British warplanes, warships and a", GBRM, HOUTHI, ATTACK, "195", "2024-01-12", None, False,
  "second member of the compound subject: optional")
E("f04", "retaliating for weeks of attacks by the", HOUTHI, SHIPS, ATTACK, "190", "2023", None, False,
  "nominal attacks inside the lead, detailed in paragraph five: optional")
E("f04", "The Netherlands, Australia, Canada and Bahrain provided", A("Netherlands", "NLD", "GOV"), USAM, ["06", "07"],
  "062", "2024-01", None, False, "support to the strikes told by a statement; outside members: optional")
E("f04", "warned that Washington and London would pay", A("Hussein al-Ezzi", "YEM", ["REB", "RAD", "GOV"]),
  A("United States", "USA", "GOV"), ["13"], "130", "2024-01", None, True,
  "warning that a state 'would pay' 130 (owned13 k01); compound object, Washington first; no day: month")
E("f04", "warned that Washington and London would pay", A("Hussein al-Ezzi", "YEM", ["REB", "RAD", "GOV"]),
  A("Britain", "GBR", "GOV"), ["13"], "130", "2024-01", None, False, "second object: optional")
E("f04", "Tens of thousands of people rallied in", A("Yemeni protesters", "YEM", "CVL"), A("Israel", "ISR", "GOV"), ["14"],
  "141", "2024-01-12", P("Sanaa", "YEM"), True,
  "rally against Israel and the United States; compound object, Israel first; 'later on Friday'; the clause names "
  "Sanaa")
E("f04", "Tens of thousands of people rallied in", A("Yemeni protesters", "YEM", "CVL"), A("United States", "USA", "GOV"),
  ["14"], "141", "2024-01-12", P("Sanaa", "YEM"), False, "second object: optional")
E("f04", "The group has fired missiles and drones", HOUTHI, SHIPS, ATTACK, "190", "2023-11", None, True,
  "dated background attacks 'since November' (in a January paper: 2023); 'The group' = the Houthis")
E("f04", "when its fighters seized the car carrier", HOUTHI, A("Galaxy Leader crew", None, "CVL"), ["18", "17"], "181",
  "2023-11", None, True, "hijacking and hostage-taking 181 in a 'when' clause with its own agent; November 2023")
E("f04", "U.S. and British warships shot down 21", USAM, HOUTHI, FORCE, "190", "2024-01-09", None, True,
  "interception of drones and missiles 190 (19/18); compound subject, first required; 'On Tuesday' in a Friday paper")
E("f04", "U.S. and British warships shot down 21", GBRM, HOUTHI, FORCE, "190", "2024-01-09", None, False,
  "second member: optional")
E("f04", "Iran's foreign ministry condemned the strikes as", A("Iran", "IRN", "GOV"), A("United States", "USA", "GOV"),
  ["11"], "111", "2024-01", None, False, "outside reaction: optional")
E("f04", "which has been holding talks with the", A("Saudi Arabia", "SAU", "GOV"), HOUTHI, ["04"], "040", "2024", None,
  False, "standing talks: optional")
E("f04", "Saudi Arabia, which has been holding talks", A("Saudi Arabia", "SAU", "GOV"), USAM, DEMAND, "1056", "2024-01",
  None, False, "outside appeal for restraint, no named addressee: optional")
E("f04", "Russia asked for an emergency meeting of", A("Russia", "RUS", "GOV"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "2024-01", None, False, "outside request: optional")
F("f04", "Roughly 15 percent of world seaborne trade", "count and standing situation")
F("f04", "It was not clear whether Washington would", "speculation")

# ---------------------------------------------------------------- f05 Hanoi, Asia (Vietnam / China)
S("f05", "2014-05-15", "Asia", """
Vietnam rounds up rioters after anti-China mobs torch factories over oil rig

HANOI, Vietnam —

Vietnamese police detained hundreds of people on Thursday after mobs angered by a Chinese oil rig in disputed waters set fire to foreign-owned factories in the south and attacked a steel plant in the centre of the country, killing at least one Chinese worker.

Prime Minister Nguyen Tan Dung ordered security forces to punish what he called extremist elements, and sent text messages to millions of phone users urging citizens to show their patriotism lawfully.

Beijing lodged a stern protest and demanded that Hanoi protect Chinese citizens and companies. Hua Chunying, a spokeswoman for China's foreign ministry, said Vietnam bore responsibility for the violence, which she said the authorities had connived at.

The rioting began on Tuesday in Binh Duong province, north of Ho Chi Minh City, where crowds waving national flags broke into industrial parks and looted and burned plants, many of them owned by Taiwanese firms. Taipei said it would seek compensation.

Thousands of Vietnamese marched against China in Hanoi and Ho Chi Minh City on Sunday, in rallies that the authorities, who usually keep a tight lid on street protests, chose to tolerate.

China moved the drilling platform into waters near the Paracel Islands early this month. Vietnam's coast guard says Chinese ships rammed its vessels and blasted them with water cannon when they tried to approach the rig.

Vietnam and China fought a brief border war in 1979. It was unclear how long the rig would stay.
""")
VNMCOP = A("Vietnamese police", "VNM", "COP")
RIOT = A("Vietnamese rioters", "VNM", "CVL")
CHN = A("China", "CHN", "GOV")
VNM = A("Vietnam", "VNM", "GOV")
E("f05", "Vietnam rounds up rioters after anti-China mobs", VNMCOP, RIOT, REPR, "173", "2014-05-15", None, False, "headline")
E("f05", "Vietnamese police detained hundreds of people on", VNMCOP, RIOT, REPR, "173", "2014-05-15", None, True,
  "detentions 173 (17/18); Thursday in a Thursday paper")
E("f05", "set fire to foreign-owned factories in the", RIOT, A("foreign-owned factories", None, "BUS"), VPROT, "145",
  "2014-05", None, False, "lead summary of the Binh Duong riot detailed in paragraph four: optional")
E("f05", "attacked a steel plant in the centre", RIOT, A("Chinese workers", "CHN", ["CVL", "BUS"]), ["18", "14", "19"],
  "180", "2014-05", None, True,
  "attack killing a Chinese worker, with its agent in the 'after' clause and told nowhere else; no day: month")
E("f05", "ordered security forces to punish what he", A("Nguyen Tan Dung", "VNM", "GOV"), RIOT, ["17", "13"], "170",
  "2014-05", None, False, "order to punish rioters, an instruction to his own forces: optional")
E("f05", "sent text messages to millions of phone", A("Nguyen Tan Dung", "VNM", "GOV"), A("Vietnamese citizens", "VNM", "CVL"),
  DEMAND, "100", "2014-05", None, False, "appeal to his own citizens: optional")
E("f05", "Beijing lodged a stern protest and demanded", CHN, VNM, ["11"], "114", "2014-05", None, True,
  "'lodged a protest' 114 (owned12 z03); 'Beijing' = China; no day: month")
E("f05", "demanded that Hanoi protect Chinese citizens and", CHN, VNM, DEMAND, "100", "2014-05", None, False,
  "demand, second verb of the same statement: optional")
E("f05", "said Vietnam bore responsibility for the violence", A("Hua Chunying", "CHN", "GOV"), VNM, ACCUSE, "112",
  "2014-05", None, True, "blame by the ministry's spokeswoman; no day: month")
E("f05", "where crowds waving national flags broke into", RIOT, A("Taiwanese companies", "TWN", "BUS"), VPROT, "145",
  "2014-05-13", P("Binh Duong", "VNM"), True,
  "looting and burning of plants 145 (14/18/17); 'on Tuesday' in a Thursday paper; the clause names Binh Duong "
  "province; the plants' owners named in the clause are Taiwanese")
E("f05", "Taipei said it would seek compensation", A("Taiwan", "TWN", "GOV"), VNM, DEMAND, "100", "2014-05", None, False,
  "intention to seek compensation: optional")
E("f05", "Thousands of Vietnamese marched against China in", A("Vietnamese protesters", "VNM", "CVL"), CHN, ["14"], "141",
  "2014-05-11", P("Hanoi", "VNM"), True, "march against China; 'on Sunday' in a Thursday paper; compound place, "
  "Hanoi first")
E("f05", "China moved the drilling platform into waters", CHN, VNM, ["15", "17", "19"], "150", "2014-05", None, False,
  "moving the rig into disputed waters: coders split on the root; optional")
E("f05", "Vietnam's coast guard says Chinese ships rammed", A("Vietnamese coast guard", "VNM", ["MIL", "COP"]), CHN,
  ACCUSE, "112", "2014-05", None, False, "standing claim of one side: optional")
E("f05", "Vietnam's coast guard says Chinese ships rammed", A("Chinese ships", "CHN", ["MIL", "COP"]),
  A("Vietnamese coast guard", "VNM", ["MIL", "COP"]), ["17", "18", "19"], "175", "2014-05", None, False,
  "ramming and water cannon inside one side's account, disputed by China: optional")
F("f05", "Vietnam and China fought a brief border", "background standing fact (1979), not an event of the story")
F("f05", "It was unclear how long the rig", "speculation")

# ---------------------------------------------------------------- f06 Seoul, Asia (South Korea / China / U.S.)
S("f06", "2017-03-08", "Asia", """
China squeezes South Korean firms as U.S. missile shield arrives

SEOUL, South Korea —

Chinese authorities have shut down 39 of Lotte Group's supermarkets in China over the past week, the South Korean retailer said on Wednesday, as Beijing stepped up pressure on Seoul over the deployment of an American missile defence system.

The first launchers of the Terminal High Altitude Area Defense system, known as THAAD, arrived at a U.S. air base south of Seoul on Monday night, hours after North Korea fired four ballistic missiles into the sea off Japan.

China's foreign ministry spokesman, Geng Shuang, warned Seoul and Washington that Beijing would resolutely take the necessary measures to safeguard its security. He urged Seoul to halt the deployment.

Lotte had agreed on Feb. 28 to hand the government a golf course it owns in Seongju county for the battery site. Chinese travel agencies said they had been ordered by tourism regulators to stop selling group tours to South Korea from March 15.

South Korea's trade minister, Joo Hyung-hwan, said Seoul would raise the measures at the World Trade Organization. Acting President Hwang Kyo-ahn called China's retaliation excessive.

In Seongju, about 200 residents blocked the road to the site on Tuesday. "We will not let them pass," said Kim Chung-hwan, a farmer who leads a local committee against the system.

Chinese visitors made up almost half of the 17 million foreigners who came to South Korea last year. It was not clear whether the system would be working before the presidential election.
""")
KOR = A("South Korea", "KOR", "GOV")
USA = A("United States", "USA", "GOV")
LOTTE = A("Lotte Group", "KOR", "BUS")
E("f06", "China squeezes South Korean firms as U.S.", CHN, A("South Korean companies", "KOR", "BUS"), SANCT, "163",
  "2017-03", None, False, "headline")
E("f06", "Chinese authorities have shut down 39 of", A("Chinese authorities", "CHN", "GOV"), LOTTE, SANCT, "163",
  "2017-03", None, True, "forced store closures as economic retaliation 163 (16/17); 'over the past week': month")
E("f06", "as Beijing stepped up pressure on Seoul", CHN, KOR, ["17", "16"], "170", "2017-03", None, False,
  "summary of the measures: optional")
E("f06", "The first launchers of the Terminal High", USAM, KOR, DEPLOY, "074", "2017-03-06", None, False,
  "arrival of the launchers, no agent in the clause: optional")
E("f06", "hours after North Korea fired four ballistic", A("North Korea", "PRK", "GOV"), A("Japan", "JPN", "GOV"),
  ["15", "13"], "150", "2017-03-06", None, True,
  "missile launch into the sea off Japan as a show of force (15/13); 'hours after' Monday night; its own agent")
E("f06", "warned Seoul and Washington that Beijing would", A("Geng Shuang", "CHN", "GOV"), KOR, ["13"], "130", "2017-03",
  None, True, "warning of 'necessary measures' 130; compound object, Seoul first; no day: month")
E("f06", "warned Seoul and Washington that Beijing would", A("Geng Shuang", "CHN", "GOV"), USA, ["13"], "130", "2017-03",
  None, False, "second object: optional")
E("f06", "He urged Seoul to halt the deployment", A("Geng Shuang", "CHN", "GOV"), KOR, DEMAND, "100", "2017-03", None, True,
  "demand; 'He' = Geng Shuang")
E("f06", "Lotte had agreed on Feb. 28 to", LOTTE, KOR, ["03", "06", "05"], "030", "2017-02-28", None, False,
  "a company's land swap with its own government; coders split on whether it is a political event: optional")
E("f06", "had been ordered by tourism regulators to", A("China's tourism regulators", "CHN", "GOV"),
  A("South Korea", "KOR", None), SANCT, "163", "2017-03", None, True,
  "ban on group tours, a passive with its agent ('by tourism regulators'), as economic retaliation 163 (16/17); "
  "the day of the order is not given: month")
E("f06", "said Seoul would raise the measures at", A("Joo Hyung-hwan", "KOR", "GOV"), CHN, ["11", "17"], "115", "2017-03",
  None, False, "intention to take the case to the WTO: optional")
E("f06", "Hwang Kyo-ahn called China's retaliation excessive", A("Hwang Kyo-ahn", "KOR", "GOV"), CHN, ["11"], "111",
  "2017-03", None, True, "criticism 111; no day: month")
E("f06", "about 200 residents blocked the road to", A("Seongju residents", "KOR", "CVL"), A("South Korea", "KOR", ["GOV", "MIL"]),
  ["14"], "144", "2017-03-07", P("Seongju", "KOR"), True,
  "road blockade against the deployment 144; 'on Tuesday' in a Wednesday paper; the clause names Seongju")
E("f06", "We will not let them pass", A("Kim Chung-hwan", "KOR", "CVL"), A("South Korea", "KOR", ["GOV", "MIL"]), ["12", "13"],
  "120", "2017-03", None, False, "refusal put as an intention in a quote: optional")
F("f06", "Chinese visitors made up almost half of", "count")
F("f06", "It was not clear whether the system", "speculation")

# ---------------------------------------------------------------- f07 Moscow, Europe/Eurasia (Russia / Turkey)
S("f07", "2015-11-25", "Europe/Eurasia", """
Putin warns Turkey of "serious consequences" after bomber downed on Syrian border

MOSCOW, Russia —

President Vladimir Putin accused Turkey on Tuesday of stabbing Russia in the back after Turkish F-16 fighters shot down a Russian bomber near the Syrian border, and warned of serious consequences for relations between the two countries.

Ankara said the Su-24 had strayed into Turkish airspace and ignored ten warnings in five minutes. Russia's defence ministry insisted the plane never left Syria.

Both crew members ejected. One pilot was killed by gunfire from the ground as he parachuted down, and a marine died when rebels hit a rescue helicopter. Alparslan Celik, a commander of a Turkmen rebel brigade, told reporters his men had fired on the airmen. Syrian troops rescued the navigator overnight, the ministry said.

Foreign Minister Sergei Lavrov called off a visit to Istanbul planned for Wednesday and advised Russians not to travel to Turkey. The defence ministry said it was suspending all military contacts with Ankara and would send S-400 air defence missiles to its base in Latakia.

President Tayyip Erdogan defended the downing and said Turkey had every right to protect its borders. At Ankara's request, NATO envoys held an emergency meeting in Brussels, where Secretary-General Jens Stoltenberg voiced solidarity with the alliance's member.

On Wednesday dozens of protesters pelted the Turkish embassy here with eggs and stones, breaking several windows, as police looked on.

About four million Russians visited Turkey last year. It was not clear whether the two presidents would meet at next week's climate summit in Paris.
""")
RUS = A("Russia", "RUS", "GOV")
TUR = A("Turkey", "TUR", "GOV")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
RUSM = A("Russian armed forces", "RUS", "MIL")
TURM = A("Turkish air force", "TUR", "MIL")
TKM = A("Syrian Turkmen rebels", "SYR", "REB")
E("f07", 'Putin warns Turkey of "serious consequences" after', PUTIN, TUR, ["13"], "130", "2015-11-24", None, False,
  "headline")
E("f07", "President Vladimir Putin accused Turkey on Tuesday", PUTIN, TUR, ACCUSE, "112", "2015-11-24", None, True,
  "accusation ('stabbing Russia in the back'); Tuesday in a Wednesday paper")
E("f07", "after Turkish F-16 fighters shot down a", TURM, RUSM, FORCE, "190", "2015-11-24", None, True,
  "downing of a warplane 190 (19/18) in an 'after' clause with its own agent; the lead's Tuesday; 'near the Syrian "
  "border' names no place")
E("f07", "and warned of serious consequences for relations", PUTIN, TUR, ["13"], "130", "2015-11-24", None, False,
  "warning, second verb of the lead: optional (the accusation is required)")
E("f07", "Ankara said the Su-24 had strayed into", TUR, RUS, ACCUSE, "112", "2015-11", None, False,
  "charge of an airspace violation, the shooter's account: optional")
E("f07", "Russia's defence ministry insisted the plane never", A("Russian defence ministry", "RUS", ["GOV", "MIL"]), TUR,
  DENY, "016", "2015-11", None, False, "denial of the charge: optional")
E("f07", "One pilot was killed by gunfire from", TKM, RUSM, FORCE, "190", "2015-11", None, False,
  "agentless passive ('gunfire from the ground'): optional")
E("f07", "a marine died when rebels hit a", TKM, RUSM, FORCE, "190", "2015-11", None, True,
  "fire on the rescue helicopter in a 'when' clause with its agent ('rebels', the Turkmen of the next sentence); "
  "no day: month")
E("f07", "told reporters his men had fired on", A("Alparslan Celik", "SYR", "REB"), RUSM, FORCE, "190", "2015-11", None, False,
  "the rebels' own account of the firing, a restatement: optional")
E("f07", "Syrian troops rescued the navigator overnight, the", A("Syrian army", "SYR", "MIL"), RUSM, ["07", "06"], "070",
  "2015-11", None, False, "rescue told by the ministry: optional")
E("f07", "Lavrov called off a visit to Istanbul", A("Sergei Lavrov", "RUS", "GOV"), TUR, ["16", "12"], "160", "2015-11",
  None, True, "cancelled visit: reduced relations 160 (16/12, owned10's cancelled exchange); no day: month")
E("f07", "advised Russians not to travel to Turkey", A("Sergei Lavrov", "RUS", "GOV"), TUR, ["16", "12"], "160", "2015-11",
  None, False, "travel warning, second verb: optional")
E("f07", "said it was suspending all military contacts", A("Russian defence ministry", "RUS", ["GOV", "MIL"]),
  A("Turkish military", "TUR", ["MIL", "GOV"]), SANCT, "161", "2015-11", None, True,
  "suspension of military ties 161 (16/17); 'Ankara' = Turkey; no day: month")
E("f07", "would send S-400 air defence missiles to", RUSM, TUR, ["15"], "154", "2015-11", None, False,
  "announced deployment, an intention: optional")
E("f07", "President Tayyip Erdogan defended the downing and", A("Recep Tayyip Erdogan", "TUR", "GOV"), RUS, ["12", "01"],
  "120", "2015-11", None, False, "rejection of the criticism implied: optional")
E("f07", "NATO envoys held an emergency meeting in", TUR, A("NATO", "NAT", ["IGO", "MIL"]), DEMAND, "020", "2015-11",
  P("Brussels", "BEL"), False, "request for an alliance meeting, outside reaction: optional")
E("f07", "voiced solidarity with the alliance's member", A("Jens Stoltenberg", "NAT", ["IGO", "MIL"]), TUR, ["05"], "051",
  "2015-11", P("Brussels", "BEL"), False, "outside support: optional")
E("f07", "dozens of protesters pelted the Turkish embassy", A("Russian protesters", "RUS", "CVL"), A("Turkey", "TUR", None),
  VPROT, "145", "2015-11-25", P("Moscow", "RUS"), True,
  "stoning an embassy 145 (VPROT roots, owned13 k07); premises are the country with sector null; 'here' = Moscow; "
  "'On Wednesday' in a Wednesday paper")
F("f07", "About four million Russians visited Turkey last", "count")
F("f07", "It was not clear whether the two", "speculation")

# ---------------------------------------------------------------- f08 Bishkek, Europe/Eurasia (Kyrgyzstan / Tajikistan)
S("f08", "2022-09-17", "Europe/Eurasia", """
Kyrgyzstan and Tajikistan agree truce after worst border fighting in years

BISHKEK, Kyrgyzstan —

Kyrgyzstan and Tajikistan agreed on Friday to pull back troops and observe a ceasefire after two days of fighting along their disputed border in which tanks and drones were used and dozens of people died.

The deal was signed by the two countries' security chiefs, Kamchybek Tashiev and Saimumin Yatimov, after Presidents Sadyr Japarov and Emomali Rahmon discussed the conflict on the sidelines of a regional summit in Samarkand, Uzbekistan.

Kyrgyz authorities accused Tajik forces of crossing into the Batken region on Wednesday and shelling the airport of the town of Batken and several villages. Dushanbe blamed Kyrgyz troops for opening fire on a Tajik border post in the Isfara district and said they had shelled a school.

Hours after the truce was announced, each side accused the other of firing mortars, according to local officials. The Kyrgyz health ministry said 24 people had been killed, and emergency workers have moved more than 130,000 residents out of the area.

Russian President Vladimir Putin, whose country has military bases in both states, spoke by telephone with Japarov and urged both leaders to settle the dispute by political means.

Several hundred people rallied outside the government building in Bishkek on Saturday and demanded that the authorities arm volunteers for the border. Aigul Tokoeva, a teacher from Batken who joined the crowd, said the government had abandoned the villages.

Roughly a third of the 970-km frontier has never been demarcated. It was not clear how long the truce would hold.
""")
KGZ = A("Kyrgyzstan", "KGZ", "GOV")
TJK = A("Tajikistan", "TJK", "GOV")
KGZM = A("Kyrgyz forces", "KGZ", "MIL")
TJKM = A("Tajik forces", "TJK", "MIL")
CEASE = ["08", "03", "05"]
E("f08", "Kyrgyzstan and Tajikistan agree truce after worst", KGZ, TJK, CEASE, "0871", "2022-09-16", None, False, "headline")
E("f08", "Kyrgyzstan and Tajikistan agreed on Friday to", KGZ, TJK, CEASE, "0871", "2022-09-16", None, True,
  "agreed ceasefire and pullback 0871 (08/03/05, owned13 k03's declared ceasefire with AGREE roots); joint: "
  "first-mentioned direction required; Friday in a Saturday paper")
E("f08", "Kyrgyzstan and Tajikistan agreed on Friday to", TJK, KGZ, CEASE, "0871", "2022-09-16", None, False,
  "reverse direction: optional")
E("f08", "after two days of fighting along their", KGZM, TJKM, CLASH, "190", "2022-09", None, False,
  "nominal fighting, detailed by the accusations: optional")
E("f08", "The deal was signed by the two", A("Kamchybek Tashiev", "KGZ", ["GOV", "SPY"]), A("Saimumin Yatimov", "TJK", ["GOV", "SPY"]),
  AGREE, "057", "2022-09-16", None, False, "signing, restating the lead's agreement: optional")
E("f08", "after Presidents Sadyr Japarov and Emomali Rahmon", A("Sadyr Japarov", "KGZ", "GOV"), A("Emomali Rahmon", "TJK", "GOV"),
  CONSULT, "040", "2022-09", P("Samarkand", "UZB"), True,
  "talks of the two presidents in an 'after' clause; joint: first-mentioned direction required; the clause names "
  "Samarkand; no day of its own: month")
E("f08", "after Presidents Sadyr Japarov and Emomali Rahmon", A("Emomali Rahmon", "TJK", "GOV"), A("Sadyr Japarov", "KGZ", "GOV"),
  CONSULT, "040", "2022-09", P("Samarkand", "UZB"), False, "reverse direction: optional")
E("f08", "Kyrgyz authorities accused Tajik forces of crossing", KGZ, TJKM, ACCUSE, "112", "2022-09", None, True,
  "accusation; the Wednesday is the crossing's, not the accusation's: month")
E("f08", "Kyrgyz authorities accused Tajik forces of crossing", TJKM, KGZ, FORCE, "190", "2022-09-14", P("Batken", "KGZ"),
  False, "shelling inside the accusation: optional")
E("f08", "Dushanbe blamed Kyrgyz troops for opening fire", TJK, KGZM, ACCUSE, "112", "2022-09", None, True,
  "counter-accusation; 'Dushanbe' = Tajikistan's government; no day: month")
E("f08", "Dushanbe blamed Kyrgyz troops for opening fire", KGZM, TJKM, FORCE, "190", "2022-09", None, False,
  "firing inside the accusation: optional")
E("f08", "each side accused the other of firing", KGZ, TJK, ACCUSE, "112", "2022-09-16", None, False,
  "mutual accusations told by local officials, neither side first: optional")
E("f08", "each side accused the other of firing", TJK, KGZ, ACCUSE, "112", "2022-09-16", None, False,
  "mutual accusations, other direction: optional")
E("f08", "spoke by telephone with Japarov and urged", PUTIN, A("Sadyr Japarov", "KGZ", "GOV"), CONSULT, "040", "2022-09",
  None, False, "outside telephone call: optional")
E("f08", "urged both leaders to settle the dispute", PUTIN, A("Sadyr Japarov", "KGZ", "GOV"), DEMAND, "100", "2022-09", None,
  False, "outside appeal: optional")
E("f08", "Several hundred people rallied outside the government", A("Kyrgyz protesters", "KGZ", "CVL"), KGZ, ["14", "10"],
  "140", "2022-09-17", P("Bishkek", "KGZ"), True,
  "rally with a demand to the government (14/10); 'on Saturday' in a Saturday paper; the clause names Bishkek")
E("f08", "said the government had abandoned the villages", A("Aigul Tokoeva", "KGZ", "CVL"), KGZ, ACCUSE, "111", "2022-09", None, False,
  "complaint by a protester: optional")
F("f08", "Roughly a third of the 970-km frontier", "standing situation")
F("f08", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- f09 Quito, Americas (Ecuador / Venezuela)
S("f09", "2019-10-09", "Americas", """
Ecuador's Moreno blames Maduro and Correa as fuel protests reach Quito

QUITO, Ecuador —

Police fired tear gas on Wednesday at tens of thousands of indigenous marchers and trade unionists who converged on the centre of Quito for a national strike against the end of fuel subsidies, a day after protesters briefly forced their way into the National Assembly.

President Lenin Moreno, who moved the seat of government to the port city of Guayaquil on Monday, accused his predecessor Rafael Correa and Venezuela's Nicolas Maduro of trying to topple him. Correa, who lives in Belgium, denied the charge and called for early elections.

Moreno imposed a night-time curfew around government buildings and military installations late on Tuesday, extending a state of emergency he declared last week.

Jaime Vargas, the president of the Confederation of Indigenous Nationalities of Ecuador, known as CONAIE, said his movement would not negotiate until the government restored the subsidies. The United Nations and the Roman Catholic Church offered to mediate between the two sides.

More than 570 people have been detained since the unrest began on Oct. 3, according to the government, which said dozens of police officers had been injured.

In Caracas, Communications Minister Jorge Rodriguez dismissed the accusation as a lie and said Moreno was trying to hide his own failures.

Ecuador has used the U.S. dollar as its currency since 2000. It was not clear how long Moreno would govern from Guayaquil.
""")
ECU = A("Ecuador", "ECU", "GOV")
MORENO = A("Lenin Moreno", "ECU", "GOV")
ECUP = A("Ecuadorean protesters", "ECU", ["CVL", "OPP", "LAB"])
CORREA = A("Rafael Correa", "ECU", ["OPP", "ELI"])
E("f09", "Ecuador's Moreno blames Maduro and Correa as", MORENO, A("Nicolas Maduro", "VEN", "GOV"), ACCUSE, "112", "2019-10",
  None, False, "headline")
E("f09", "Police fired tear gas on Wednesday at", A("Ecuadorean police", "ECU", "COP"), ECUP, REPR, "175", "2019-10-09",
  P("Quito", "ECU"), True, "tear gas 175 (17/18); Wednesday in a Wednesday paper; the sentence names Quito")
E("f09", "who converged on the centre of Quito", ECUP, ECU, ["14"], "143", "2019-10-09", P("Quito", "ECU"), True,
  "march and national strike 143 in a relative clause with its own agent; same day; the clause names Quito")
E("f09", "a day after protesters briefly forced their", ECUP, A("National Assembly", "ECU", "LEG"), VPROT, "145",
  "2019-10-08", None, True, "forcing a way into the legislature 145 (14/18/17) in an 'a day after' clause: "
  "Tuesday; 'the National Assembly' gives no place beyond the city and the clause names none")
E("f09", "accused his predecessor Rafael Correa and Venezuela's", MORENO, CORREA, ACCUSE, "112", "2019-10", None, True,
  "accusation of a coup plot; compound object, Correa first; the Monday in the relative clause is the move's: month")
E("f09", "accused his predecessor Rafael Correa and Venezuela's", MORENO, A("Nicolas Maduro", "VEN", "GOV"), ACCUSE, "112",
  "2019-10", None, False, "second object: optional")
E("f09", "Correa, who lives in Belgium, denied the", CORREA, MORENO, DENY, "016", "2019-10", None, True,
  "denial 016 (01/12); 'in Belgium' is where he lives, not a place of the event")
E("f09", "denied the charge and called for early", CORREA, MORENO, DEMAND, "1041", "2019-10", None, False,
  "call for early elections, second verb: optional")
E("f09", "Moreno imposed a night-time curfew around government", MORENO, ECUP, ["17"], "172", "2019-10-08", None, False,
  "curfew, self-directed emergency measure (owned13 k01's state of emergency): optional; 'late on Tuesday'")
E("f09", "said his movement would not negotiate until", A("Jaime Vargas", "ECU", ["CVL", "OPP"]), ECU, ["12"], "125",
  "2019-10", None, False, "refusal put as an intention ('would not negotiate'): optional")
E("f09", "The United Nations and the Roman Catholic", A("United Nations", "UNO", "IGO"), ECU, MEDIATE, "039",
  "2019-10", None, True, "offer to mediate 039 (03/04); compound subject, the U.N. first; 'the two sides' = the "
  "government and CONAIE, the government first")
E("f09", "The United Nations and the Roman Catholic", A("Roman Catholic Church", "ECU", "REL"), ECU, MEDIATE, "039",
  "2019-10", None, False, "second member of the subject: optional")
E("f09", "More than 570 people have been detained", A("Ecuadorean police", "ECU", "COP"), ECUP, REPR, "173", "2019-10", None,
  False, "agentless passive, count given by the government: optional")
E("f09", "Jorge Rodriguez dismissed the accusation as a", A("Jorge Rodriguez", "VEN", "GOV"), MORENO, DENY, "016",
  "2019-10", P("Caracas", "VEN"), True, "rejection of the accusation as a lie 016 (01/12, owned12 z10); the "
  "clause names Caracas")
E("f09", "said Moreno was trying to hide his", A("Jorge Rodriguez", "VEN", "GOV"), MORENO, ACCUSE, "111", "2019-10",
  P("Caracas", "VEN"), False, "counter-criticism, second verb: optional")
F("f09", "Ecuador has used the U.S. dollar as", "standing situation")
F("f09", "It was not clear how long Moreno", "speculation")

# ---------------------------------------------------------------- f10 Kingstown, Americas (Guyana / Venezuela)
S("f10", "2023-12-15", "Americas", """
Guyana and Venezuela pledge not to use force in Essequibo dispute

KINGSTOWN, Saint Vincent and the Grenadines —

The presidents of Guyana and Venezuela agreed on Thursday that neither side would threaten or use force against the other in their quarrel over the oil-rich Essequibo region, after their first face-to-face talks in years at an airport near here.

Irfaan Ali and Nicolas Maduro shook hands at the start of the meeting, which was brokered by Prime Minister Ralph Gonsalves, the host, and attended by an envoy of Brazil's president. In a joint declaration, the two governments set up a commission of foreign ministers and promised to meet again in Brazil within three months.

Ali told reporters that Guyana would not negotiate its border and that the International Court of Justice remained the place to settle the case. Venezuela does not recognise the court's authority.

Tension rose after Venezuelans backed Caracas's claim to the territory in a referendum on Dec. 3. Two days later, Maduro ordered the state oil company to grant licences for drilling in the region and published a new map that showed it as a Venezuelan state. The court had ordered Venezuela on Dec. 1 to take no action that would change the situation on the ground.

Washington held joint flight exercises with Guyana's military last week, a move Caracas called a provocation. Brazil sent armoured vehicles to its northern border.

The Essequibo makes up about two-thirds of Guyana's territory. It was not clear when the commission of ministers would first meet.
""")
GUY = A("Guyana", "GUY", "GOV")
VEN = A("Venezuela", "VEN", "GOV")
ALI = A("Irfaan Ali", "GUY", "GOV")
MADURO = A("Nicolas Maduro", "VEN", "GOV")
ICJ = A("International Court of Justice", None, ["JUD", "IGO"])
E("f10", "Guyana and Venezuela pledge not to use", GUY, VEN, AGREE, "0356", "2023-12-14", None, False, "headline")
E("f10", "The presidents of Guyana and Venezuela agreed", ALI, MADURO, AGREE, "0356", "2023-12-14", P("Kingstown", "VCT"),
  True, "agreement not to use force: a pledge to de-escalate 0356 read with AGREE roots (05/03/08); joint: "
  "first-mentioned direction required; Thursday in a Friday paper; 'near here' = the dateline city")
E("f10", "The presidents of Guyana and Venezuela agreed", MADURO, ALI, AGREE, "0356", "2023-12-14", P("Kingstown", "VCT"),
  False, "reverse direction: optional")
E("f10", "after their first face-to-face talks in years", ALI, MADURO, CONSULT, "043", "2023-12-14", P("Kingstown", "VCT"),
  False, "the talks, a restatement: optional")
E("f10", "which was brokered by Prime Minister Ralph", A("Ralph Gonsalves", "VCT", "GOV"), ALI, MEDIATE, "045", "2023-12",
  None, True, "mediation by a third leader 045 (04/03), a passive with its agent in a relative clause; target the "
  "two presidents, Ali first; no day in the sentence: month")
E("f10", "which was brokered by Prime Minister Ralph", A("Ralph Gonsalves", "VCT", "GOV"), MADURO, MEDIATE, "045", "2023-12",
  None, False, "second party: optional")
E("f10", "the two governments set up a commission", GUY, VEN, AGREE, "057", "2023-12", None, False,
  "the joint declaration, restating the lead's agreement: optional")
E("f10", "Ali told reporters that Guyana would not", ALI, VEN, ["12"], "120", "2023-12", None, False,
  "refusal put as an intention ('would not negotiate'): optional")
E("f10", "Venezuelans backed Caracas's claim to the territory", A("Venezuelan voters", "VEN", "CVL"), GUY, ["05", "13"],
  "050", "2023-12-03", None, False, "a referendum vote, coders split on whether and how to code it: optional")
E("f10", "Maduro ordered the state oil company to", MADURO, GUY, ["13", "17", "12"], "130", "2023-12-05", None, True,
  "licences for drilling in the disputed region, a coercive assertion of the claim: coders split 13/17/12; "
  "'Two days later' than Dec. 3")
E("f10", "published a new map that showed it", MADURO, GUY, ["13", "17", "12"], "130", "2023-12-05", None, False,
  "second verb of the same act: optional")
E("f10", "The court had ordered Venezuela on Dec", ICJ, VEN, DEMAND + ["17"], "100", "2023-12-01", None, True,
  "a court order read as a demand on a government (10/02; owned's court-order convention, 17 tolerated); 'on Dec. 1'")
E("f10", "Washington held joint flight exercises with Guyana's", A("United States", "USA", ["GOV", "MIL"]),
  A("Guyanese military", "GUY", "MIL"), ["06"], "062", "2023-12", None, True,
  "joint military exercises 062; 'Washington' = the U.S. government; 'last week' without a day: the month")
E("f10", "a move Caracas called a provocation", VEN, A("United States", "USA", "GOV"), ACCUSE, "111", "2023-12", None,
  False, "criticism in a reduced relative ('a move ... called'): optional (owned13 k10)")
E("f10", "Brazil sent armoured vehicles to its northern", A("Brazilian army", "BRA", "MIL"), None, ["15"], "150", "2023-12",
  None, False, "deployment with no target: optional")
F("f10", "The Essequibo makes up about two-thirds of", "standing situation")
F("f10", "It was not clear when the commission", "speculation")

# ---------------------------------------------------------------- f11 Kathmandu, South Asia (Nepal / India / China)
S("f11", "2015-10-29", "South Asia", """
Nepal turns to China for fuel as border blockade chokes supplies

KATHMANDU, Nepal —

Nepal's state oil monopoly signed an agreement with China's PetroChina on Wednesday to import petrol and diesel across the Himalayas, breaking India's decades-long hold on the country's fuel supply as a blockade of the southern border entered its sixth week.

The deal was announced by Deepak Baral, a spokesman for the Nepal Oil Corporation, who said the first Chinese tankers could arrive within days. Beijing has also promised a gift of 1,000 tonnes of fuel.

Prime Minister Khadga Prasad Oli's government accuses New Delhi of imposing an undeclared blockade to punish Kathmandu for a new constitution that India says sidelines the Madhesi people of the southern plains. India has denied the charge, saying its truckers fear for their safety on the Nepalese side.

Madhesi protesters have camped on the bridge at Birgunj, the main crossing, since late September. Rajendra Mahato, a leader of the Madhesi alliance, vowed to keep the crossing shut until the constitution was amended, and accused Oli of ignoring the plains.

Deputy Prime Minister Kamal Thapa, who is also foreign minister, travelled to New Delhi last week and urged Indian officials to let fuel trucks through. Taxis have vanished from the streets of the capital, and schools have shortened their hours.

Nepal buys almost all of its fuel from India. It was not clear how quickly Chinese tankers could cross the mountain roads before winter.
""")
NPL = A("Nepal", "NPL", "GOV")
IND = A("India", "IND", "GOV")
OLI = A("Khadga Prasad Oli", "NPL", "GOV")
MADH = A("Madhesi protesters", "NPL", ["CVL", "PTY", "OPP"])
E("f11", "Nepal turns to China for fuel as", NPL, CHN, ["06", "03", "05"], "061", "2015-10", None, False, "headline")
E("f11", "Nepal's state oil monopoly signed an agreement", A("Nepal Oil Corporation", "NPL", ["BUS", "GOV"]),
  A("PetroChina", "CHN", ["BUS", "GOV"]), AGREE + ["06"], "057", "2015-10-28", None, True,
  "signed supply deal 057 (AGREE roots, 06 tolerated; owned12 z12); Wednesday in a Thursday paper")
E("f11", "as a blockade of the southern border", MADH, NPL, ["14", "16"], "144", "2015-10", None, False,
  "nominal blockade without its agent: optional")
E("f11", "The deal was announced by Deepak Baral", A("Deepak Baral", "NPL", ["BUS", "GOV"]), CHN, AGREE, "057", "2015-10-28",
  None, False, "announcement of the deal, a restatement: optional")
E("f11", "Beijing has also promised a gift of", CHN, NPL, PLEDGE, "033", "2015-10", None, True,
  "promise of material aid 033 (03/07); 'Beijing' = China; present perfect without a day: month")
E("f11", "government accuses New Delhi of imposing an", NPL, IND, ACCUSE, "112", "2015-10", None, True,
  "accusation; 'New Delhi' = India's government; present tense: the month")
E("f11", "government accuses New Delhi of imposing an", IND, NPL, SANCT, "163", "2015-09", None, False,
  "the blockade inside the accusation: alleged, optional")
E("f11", "India has denied the charge, saying its", IND, NPL, DENY, "016", "2015-10", None, True,
  "denial 016 (01/12); present perfect: month")
E("f11", "Madhesi protesters have camped on the bridge", MADH, NPL, ["14"], "144", "2015-09", P("Birgunj", "NPL"), True,
  "sit-in blocking the crossing 144, dated background 'since late September'; the clause names Birgunj")
E("f11", "vowed to keep the crossing shut until", A("Rajendra Mahato", "NPL", ["PTY", "OPP"]), NPL, ["13"], "130",
  "2015-10", None, False, "a vow to go on with the blockade, an intention: optional")
E("f11", "accused Oli of ignoring the plains", A("Rajendra Mahato", "NPL", ["PTY", "OPP"]), OLI, ACCUSE, "112", "2015-10",
  None, True, "accusation; no day: month")
E("f11", "travelled to New Delhi last week and", A("Kamal Thapa", "NPL", "GOV"), IND, CONSULT, "042", "2015-10",
  P("New Delhi", "IND"), True, "visit 042; the clause names New Delhi; 'last week' without a day: the month")
E("f11", "urged Indian officials to let fuel trucks", A("Kamal Thapa", "NPL", "GOV"), IND, DEMAND, "020", "2015-10",
  P("New Delhi", "IND"), False, "request carried by the visit, second verb: optional")
F("f11", "Nepal buys almost all of its fuel", "standing situation")
F("f11", "It was not clear how quickly Chinese", "speculation")

# ---------------------------------------------------------------- f12 Kingston, Caribbean (Haiti / CARICOM / U.S.)
S("f12", "2024-03-12", "Caribbean", """
Haiti's Henry agrees to quit as Caribbean leaders push transition plan

KINGSTON, Jamaica —

Haitian Prime Minister Ariel Henry agreed on Monday to resign once a transitional council is named, bowing to pressure from Caribbean leaders and Washington after armed gangs overran much of Port-au-Prince and demanded his removal.

The announcement was made late on Monday by Guyana's president, Irfaan Ali, who chairs the Caribbean Community, after talks here that brought together regional leaders, U.S. Secretary of State Antony Blinken and representatives of Haitian parties.

Blinken pledged an additional $100 million for a Kenyan-led police mission that the U.N. Security Council authorised in October, and $33 million in humanitarian aid.

Henry has been stranded in Puerto Rico since last week, when the Dominican Republic refused to let his plane land on its way back from Nairobi. In a video message, he said his government would step down once the council was installed and asked Haitians to remain calm.

Gangs led by a former police officer, Jimmy Cherizier, stormed the country's two largest prisons on March 2 and freed about 4,000 inmates. Cherizier warned that Haiti would descend into civil war if Henry did not step aside.

The United States flew nonessential staff out of its embassy in Port-au-Prince by military helicopter on Sunday. Kenyan officials said after the announcement that they had put the deployment of their police on hold until a new government took office.

About 5.5 million Haitians need humanitarian aid, according to the United Nations. It was not clear who would sit on the council.
""")
HENRY = A("Ariel Henry", "HTI", "GOV")
HTI = A("Haiti", "HTI", "GOV")
CARICOM = A("Caribbean Community", None, "IGO")
GANGS = A("Haitian gangs", "HTI", ["CRM", "REB"])
E("f12", "Haiti's Henry agrees to quit as Caribbean", HENRY, CARICOM, ["08"], "0832", "2024-03-11", None, False, "headline")
E("f12", "Haitian Prime Minister Ariel Henry agreed on", HENRY, CARICOM, ["08"], "0832", "2024-03-11", None, True,
  "resignation under pressure 0832 (08), target the first-named pressure (Caribbean leaders = CARICOM, null/IGO "
  "like ECOWAS); Monday in a Tuesday paper")
E("f12", "Haitian Prime Minister Ariel Henry agreed on", HENRY, USA, ["08"], "0832", "2024-03-11", None, False,
  "second party of the pressure: optional")
E("f12", "after armed gangs overran much of Port-au-Prince", GANGS, HTI, ["18", "19"], "180", "2024-03",
  P("Port-au-Prince", "HTI"), False, "lead summary of the gang offensive detailed in paragraph five: optional")
E("f12", "after armed gangs overran much of Port-au-Prince", GANGS, HENRY, DEMAND, "1041", "2024-03", None, False,
  "demand for his removal, summed up in the lead: optional")
E("f12", "after talks here that brought together regional", CARICOM, A("Antony Blinken", "USA", "GOV"), CONSULT, "043",
  "2024-03-11", P("Kingston", "JAM"), False, "the talks in a nominal: optional")
E("f12", "Blinken pledged an additional $100 million for", A("Antony Blinken", "USA", "GOV"), HTI, PLEDGE, "033", "2024-03",
  None, True, "pledge of money 033 (03/07); no day in the sentence: month")
E("f12", "that the U.N. Security Council authorised in", A("U.N. Security Council", "UNO", "IGO"), HTI, DEPLOY + ["05"],
  "074", "2023-10", None, True, "authorising a support mission 074 (07/15, 05 tolerated), dated background in a "
  "relative clause with its own agent: October 2023")
E("f12", "when the Dominican Republic refused to let", A("Dominican Republic", "DOM", "GOV"), HENRY, ["12", "17", "16"], "120",
  "2024-03", None, True, "stated refusal to let the plane land, in a 'when' clause with its own agent; 'last week': "
  "the month")
E("f12", "he said his government would step down", HENRY, CARICOM, ["08"], "0832", "2024-03", None, False,
  "restatement of the resignation: optional")
E("f12", "asked Haitians to remain calm", HENRY, A("Haitian people", "HTI", "CVL"), DEMAND, "100", "2024-03", None, False,
  "appeal for calm: optional")
E("f12", "stormed the country's two largest prisons on", GANGS, A("Haiti", "HTI", None), ATTACK, "180", "2024-03-02", None,
  True, "storming of prisons (18/19/20); premises are the country with sector null; 'on March 2'; no place named")
E("f12", "and freed about 4,000 inmates", GANGS, A("Haitian inmates", "HTI", "CRM"), ["08"], "0841", "2024-03-02", None,
  False, "release of prisoners by the attackers: optional")
E("f12", "Cherizier warned that Haiti would descend into", A("Jimmy Cherizier", "HTI", ["CRM", "REB"]), HENRY, ["13"], "130",
  "2024-03", None, True, "warning 130 (owned13 k12's 'would respond'); target Henry, whose staying is the condition; "
  "no day: month")
E("f12", "The United States flew nonessential staff out", USA, HTI, ["16", "08"], "166", "2024-03-10",
  P("Port-au-Prince", "HTI"), False,
  "evacuation of embassy staff: coders split on whether to code it; optional")
E("f12", "had put the deployment of their police on", A("Kenya", "KEN", "GOV"), HTI, ["16", "08"], "166", "2024-03", None, True,
  "pause of the police deployment, told as done ('had put ... on hold'): a halt to promised help (16; 08 "
  "tolerated); no day: month")
F("f12", "About 5.5 million Haitians need humanitarian aid", "count and standing situation")
F("f12", "It was not clear who would sit", "speculation")

if __name__ == "__main__":
    write(HERE)
