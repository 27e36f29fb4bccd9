#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned70 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned70/build.py  (rewrites both files next to this
script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIGHT = ["19", "18"]
PLEDGE = ["03", "05", "08"]

# ---------------------------------------------------------------- bs01 Garissa, Africa (Kenya)
S("bs01", "2015-04-03", "Africa", """
Kenyan forces end Garissa college siege after Shabaab gunmen kill 147; militants warn of more attacks

GARISSA, Kenya —

Kenyan security forces ended a day-long siege at Garissa University College late on Thursday, killing four gunmen from the Somali Islamist group al-Shabaab who had stormed the campus at dawn and shot dead 147 people, most of them students.

Survivors said the attackers went from dormitory to dormitory, sparing some Muslims and killing students who identified themselves as Christians.

Interior Minister Joseph Nkaissery said the four men had been wearing explosive vests, which blew up when they were shot by police commandos.

In a statement on Friday, al-Shabaab said it had carried out the raid in revenge for Kenya's military campaign in Somalia and warned that Kenyan cities would run red with blood.

Kenya sent troops into southern Somalia in October 2011 to fight the militants, who it said were kidnapping tourists and aid workers on its soil.

The government imposed a dusk-to-dawn curfew on Garissa and three other northeastern counties on Friday.

President Uhuru Kenyatta vowed that his government would respond in the severest way possible, and he urged Kenyans not to turn against their Muslim neighbours.

Police offered a reward of 20 million shillings for Mohamed Mohamud, a Kenyan-born former teacher whom they named as the mastermind of the attack.

Pope Francis condemned what he called an act of senseless brutality.

The death toll was the highest of any attack in Kenya since 1998.

It was not yet known how many of the wounded remained in a critical condition.
""")
KENMIL = A("Kenyan security forces", "KEN", ["MIL", "COP"])
SHAB = A("al-Shabaab", "SOM", ["REB", "RAD"])
KENSTU = A("Garissa University College students", "KEN", ["CVL", "EDU"])
KENGOV = A("Kenya's government", "KEN", "GOV")
KENCVL = A("residents of northeastern Kenya", "KEN", "CVL")
E("bs01", "Kenyan forces end Garissa college siege after", KENMIL, SHAB, FIGHT, "190", "2015-04-02", None, False,
  "headline")
E("bs01", "Shabaab gunmen kill 147; militants warn of", SHAB, KENSTU, ATTACK, "180", "2015-04-02", None, False,
  "headline: the killing")
E("bs01", "Kenyan security forces ended a day-long siege", KENMIL, SHAB, FIGHT, "190", "2015-04-02",
  P("Garissa", "KEN"), True,
  "forces killing the gunmen to end the siege 190 (19/18); 'late on Thursday' before a Friday paper; the college is "
  "'Garissa University College' in the clause, with the Garissa dateline")
E("bs01", "who had stormed the campus at dawn", SHAB, KENSTU, ATTACK, "180", "2015-04-02", P("Garissa", "KEN"), True,
  "the massacre 180 (18/19/20) inside the relative clause with its own agent; dated by the main clause (Thursday "
  "dawn); the campus is the college of the clause before")
E("bs01", "Survivors said the attackers went from dormitory", SHAB, KENSTU, ATTACK, "180", "2015-04-02", None, False,
  "a survivors' account restating the killing: optional")
E("bs01", "which blew up when they were shot", A("Kenyan police commandos", "KEN", "COP"), SHAB, FIGHT, "190",
  "2015-04-02", None, False, "restatement of the end of the siege inside the minister's account: optional")
E("bs01", "warned that Kenyan cities would run red", SHAB, A("Kenya", "KEN", None), ["13"], "130", "2015-04-03", None,
  True, "threat 130; 'In a statement on Friday' in a Friday paper; the claim of responsibility is no event")
E("bs01", "Kenya sent troops into southern Somalia in", A("Kenyan army", "KEN", "MIL"), SHAB, ["19", "15"], "190",
  "2011-10", None, True,
  "dated background: the 2011 incursion against al-Shabaab 190 (19/15, as news-dev's entries); 'in October 2011'; "
  "southern Somalia is a destination, not a place")
E("bs01", "who it said were kidnapping tourists and", KENGOV, SHAB, ["11"], "112", "2011-10", None, False,
  "Kenya's charge, in a relative clause of the background sentence: optional")
E("bs01", "The government imposed a dusk-to-dawn curfew on", KENGOV, KENCVL, ["17"], "1723", "2015-04-03",
  P("Garissa", "KEN"), True, "curfew 1723; 'on Friday' in a Friday paper; Garissa is the first of the areas named")
E("bs01", "President Uhuru Kenyatta vowed that his government", A("Uhuru Kenyatta", "KEN", "GOV"), SHAB, ["13"], "130",
  "2015-04", None, True, "vow of a severe response 130 (as owned54 bc03's warning of a harsh response); no day of "
  "its own: month; the appeal to Kenyans in the second clause is not coded")
E("bs01", "whom they named as the mastermind of", A("Kenyan police", "KEN", "COP"),
  A("Mohamed Mohamud", "KEN", ["REB", "RAD"]), ["11"], "112", "2015-04", None, True,
  "police naming a suspect 112; the reward is how the charge is made; the text calls him Kenyan-born; month")
E("bs01", "Pope Francis condemned what he called an", A("Pope Francis", "VAT", "REL"), SHAB, ["11"], "111", "2015-04",
  None, False, "single outside reaction: optional")
F("bs01", "The death toll was the highest of", "a count and comparison: no act")
F("bs01", "It was not yet known how many", "unknown figure: no act")

# ---------------------------------------------------------------- bs02 Johannesburg, Africa (South Africa)
S("bs02", "2008-05-22", "Africa", """
Mbeki calls in army as mob attacks on foreigners spread across South Africa

JOHANNESBURG, South Africa —

President Thabo Mbeki approved a police request on Wednesday to deploy the army against mobs that have killed at least 42 people in attacks on foreign migrants in and around Johannesburg, his office said.

It is the first time soldiers have been used to quell unrest since the end of apartheid in 1994.

The violence began on May 11 in Alexandra township, where residents armed with clubs and knives attacked Zimbabweans and Mozambicans, accusing them of taking jobs and houses, and it has since spread to Durban and Cape Town.

Police fired rubber bullets overnight to disperse crowds looting Somali-owned shops in Reiger Park, east of the city, and said they had arrested more than 400 people since the attacks began.

More than 15,000 foreigners have taken shelter in police stations and churches.

Jacob Zuma, the leader of the governing African National Congress, told supporters in Springs that the attackers were shaming a nation that African neighbours had sheltered during the struggle against white rule.

Helen Zille, leader of the opposition Democratic Alliance, accused Mbeki of reacting too slowly and of ignoring warnings from aid groups for months.

Mozambique's government said it was sending buses to bring home thousands of its citizens, and Malawi said it would do the same.

It was not clear how many soldiers would be sent onto the streets, or for how long.
""")
MBEKI = A("Thabo Mbeki", "ZAF", "GOV")
ZAFMOB = A("South African mobs", "ZAF", "CVL")
ZAFCOP = A("South African police", "ZAF", "COP")
ZIMS = A("Zimbabwean migrants", "ZWE", ["CVL", "REF"])
MOZS = A("Mozambican migrants", "MOZ", ["CVL", "REF"])
E("bs02", "Mbeki calls in army as mob attacks", MBEKI, ZAFMOB, ["15", "17"], "150", "2008-05-21", None, False,
  "headline: the deployment")
E("bs02", "President Thabo Mbeki approved a police request", MBEKI, ZAFMOB, ["15", "17"], "150", "2008-05-21", None,
  True, "army deployment against rioters 150 (15/17, as owned27 aa02's troops sent in); 'on Wednesday' before a "
  "Thursday paper; Johannesburg belongs to the relative clause about the mobs, so no place for the deployment")
E("bs02", "President Thabo Mbeki approved a police request", ZAFCOP, MBEKI, ["02", "10"], "020", "2008-05-21", None,
  False, "the police request inside the object: optional")
E("bs02", "mobs that have killed at least 42", ZAFMOB, A("foreign migrants", None, ["CVL", "REF"]), ATTACK, "180",
  "2008-05", P("Johannesburg", "ZAF"), False,
  "lead summary of the attacks detailed in the third paragraph: optional; present perfect over ten days: month")
E("bs02", "where residents armed with clubs and knives", A("Alexandra residents", "ZAF", "CVL"), ZIMS, ATTACK, "180",
  "2008-05-11", P("Alexandra", "ZAF"), True,
  "dated background 180 (18/19/20) inside the 'where' clause with its own agent; 'on May 11'; first member of the "
  "compound object")
E("bs02", "where residents armed with clubs and knives", A("Alexandra residents", "ZAF", "CVL"), MOZS, ATTACK, "180",
  "2008-05-11", P("Alexandra", "ZAF"), False, "second member of the compound object: optional")
E("bs02", "accusing them of taking jobs and houses", A("Alexandra residents", "ZAF", "CVL"), ZIMS, ["11"], "112",
  "2008-05-11", None, False, "the grievance in a participle clause: optional")
E("bs02", "Police fired rubber bullets overnight to disperse", ZAFCOP, ZAFMOB, REPR, "175", "2008-05",
  P("Reiger Park", "ZAF"), True, "force against looters 175 (17/18); 'overnight' with no anchor: month (as owned35 "
  "ai05); Reiger Park named in the clause; unnamed police are South Africa's")
E("bs02", "crowds looting Somali-owned shops in Reiger Park", ZAFMOB, A("Somali shopkeepers", "SOM", ["BUS", "CVL"]),
  VPROT, "145", "2008-05", P("Reiger Park", "ZAF"), False, "the looting inside the object of the dispersal: optional")
E("bs02", "said they had arrested more than 400", ZAFCOP, ZAFMOB, ["17"], "173", "2008-05", None, True,
  "arrests reported by the arresting police 173, required (as owned35 ai05); 'since the attacks began': month")
E("bs02", "told supporters in Springs that the attackers", A("Jacob Zuma", "ZAF", ["PTY", "GOV"]), ZAFMOB, ["11"],
  "111", "2008-05", P("Springs", "ZAF"), True,
  "condemnation 111; Springs named as where he spoke; the relative clause about neighbours sheltering the ANC is "
  "an undated historical aside with no event of its own; month")
E("bs02", "accused Mbeki of reacting too slowly and", A("Helen Zille", "ZAF", ["OPP", "PTY"]), MBEKI, ["11"], "112",
  "2008-05", None, True, "accusation 112; no day of its own: month")
F("bs02", "It is the first time soldiers have", "a historical comparison: no act in it")
F("bs02", "It was not clear how many soldiers", "speculation about the deployment's size")

# ---------------------------------------------------------------- bs03 Beirut, Middle East (Lebanon / Israel)
S("bs03", "2024-09-28", "Middle East", """
Hezbollah confirms Nasrallah killed in Israeli strike on Beirut; Iran condemns "crime"

BEIRUT, Lebanon —

Hezbollah confirmed on Saturday that its leader, Hassan Nasrallah, had been killed in an Israeli air strike on the group's headquarters the night before, and it vowed to keep up its fight against Israel.

The Israeli military said its jets had struck the underground command centre, which it said lay beneath apartment blocks in Beirut's southern suburbs, on Friday evening, killing Nasrallah and Ali Karaki, the commander of the group's southern front.

Prime Minister Benjamin Netanyahu said the killing had settled accounts with a man responsible for the deaths of many Israelis, but he warned that Israel's campaign was not over.

Iran's supreme leader, Ayatollah Ali Khamenei, condemned the killing as a crime and said the region's resistance forces would stand with Hezbollah.

Hezbollah fired dozens of rockets at northern Israel on Saturday, while Israeli jets kept up strikes on the suburbs and on villages in the south.

Lebanon's caretaker prime minister, Najib Mikati, accused Israel of ignoring international calls for a ceasefire.

The strike came 10 days after thousands of pagers used by Hezbollah members exploded across Lebanon, an attack widely blamed on Israel, which has not confirmed a role.

Nasrallah, 64, had led the group since 1992 and turned it into the most heavily armed non-state force in the region.

It was unclear who would succeed him, or whether Hezbollah could still fight a full-scale war.
""")
HEZ = A("Hezbollah", "LBN", ["RAD", "REB"])
ISRMIL = A("Israeli military", "ISR", "MIL")
NASR = A("Hassan Nasrallah", "LBN", ["RAD", "REB"])
E("bs03", "Nasrallah killed in Israeli strike on Beirut", ISRMIL, NASR, ["19", "18"], "195", "2024-09-27",
  P("Beirut", "LBN"), False, "headline")
E("bs03", "on Beirut; Iran condemns \"crime\"", A("Iran", "IRN", "GOV"), A("Israel", "ISR", "GOV"), ["11"], "111", "2024-09", None,
  False, "headline: the condemnation")
E("bs03", "had been killed in an Israeli air", ISRMIL, NASR, ["19", "18"], "195", "2024-09-27", None, False,
  "lead summary of the strike detailed in the next sentence: optional ('the night before' Saturday)")
E("bs03", "vowed to keep up its fight against", HEZ, A("Israel", "ISR", "GOV"), ["13"], "130", "2024-09-28", None,
  False, "a vow to fight on, put as an intention: optional")
E("bs03", "its jets had struck the underground command", ISRMIL, NASR, ["19", "18"], "195", "2024-09-27",
  P("Beirut", "LBN"), True,
  "air strike 195 (19/18); 'on Friday evening' before a Saturday paper; Beirut's southern suburbs named in the "
  "clause; first member of the compound object of 'killing'")
E("bs03", "its jets had struck the underground command", ISRMIL, A("Ali Karaki", "LBN", ["RAD", "REB"]), ["19", "18"],
  "195", "2024-09-27", P("Beirut", "LBN"), False, "second member of the compound object: optional")
E("bs03", "but he warned that Israel's campaign was", A("Benjamin Netanyahu", "ISR", "GOV"), HEZ, ["13"], "130",
  "2024-09", None, True, "warning 130; the charge against a dead man is not coded; no day of its own: month")
E("bs03", "condemned the killing as a crime and", A("Ali Khamenei", "IRN", "GOV"), A("Israel", "ISR", "GOV"), ["11"],
  "111", "2024-09", None, True, "condemnation 111; month")
E("bs03", "resistance forces would stand with Hezbollah", A("Ali Khamenei", "IRN", "GOV"), HEZ, ["05"], "051",
  "2024-09", None, False, "a pledge of support inside the same sentence: optional")
E("bs03", "Hezbollah fired dozens of rockets at northern", HEZ, A("Israel", "ISR", None), ["19", "18"], "190",
  "2024-09-28", None, True, "rocket fire 190; 'on Saturday' in a Saturday paper; 'northern Israel' is the target "
  "region, not given as a place")
E("bs03", "while Israeli jets kept up strikes on", ISRMIL, A("Lebanon", "LBN", None), ["19", "18"], "195",
  "2024-09-28", None, True, "air strikes 195 in a clause with its own agent, dated by the sentence's Saturday")
E("bs03", "accused Israel of ignoring international calls for", A("Najib Mikati", "LBN", "GOV"),
  A("Israel", "ISR", "GOV"), ["11"], "112", "2024-09", None, True, "accusation 112; month")
E("bs03", "thousands of pagers used by Hezbollah members", ISRMIL, HEZ, ["18"], "183", "2024-09-17", P("Lebanon", "LBN"),
  False, "background blast 10 days before the Friday strike; agentless, its author only 'widely blamed' and not "
  "confirmed: optional")
F("bs03", "had led the group since 1992 and", "biography and standing situation")
F("bs03", "It was unclear who would succeed him", "speculation")

# ---------------------------------------------------------------- bs04 Beirut, Middle East (Syria / United States / Russia)
S("bs04", "2017-04-07", "Middle East", """
U.S. fires cruise missiles at Syrian air base over gas attack; Moscow cries aggression

BEIRUT, Lebanon —

U.S. warships in the Mediterranean fired 59 Tomahawk cruise missiles at a Syrian air base early on Friday, in the first direct American attack on President Bashar al-Assad's forces in six years of war.

The missiles hit the Shayrat air base near Homs, from which U.S. officials said the planes that carried out Tuesday's chemical attack had taken off, destroying aircraft, fuel tanks and a runway.

Announcing the strike late on Thursday, President Donald Trump said Assad had used a banned nerve agent to choke out the lives of helpless men, women and children.

The Syrian army said the attack had killed six soldiers and called it a blatant act of aggression.

Russia, Assad's main ally, said it was suspending a hotline set up to prevent clashes between Russian and U.S. aircraft over Syria, and the Kremlin said the strike violated international law.

The Syrian government has denied using chemical weapons in Tuesday's attack on the rebel-held town of Khan Sheikhoun, which killed more than 80 people.

Britain, Saudi Arabia and Israel voiced support for the strike.

The six-year war has killed more than 300,000 people and driven half the country's population from their homes.

It was not clear whether Washington planned further strikes.
""")
USMIL = A("U.S. military", "USA", "MIL")
SYRMIL = A("Syrian armed forces", "SYR", "MIL")
SYRGOV = A("Syrian government", "SYR", "GOV")
E("bs04", "U.S. fires cruise missiles at Syrian air", USMIL, SYRMIL, ["19", "18"], "195", "2017-04-07", None, False,
  "headline")
E("bs04", "over gas attack; Moscow cries aggression", A("Russia", "RUS", "GOV"), A("United States", "USA", "GOV"), ["11"], "111",
  "2017-04-07", None, False, "headline: 'Moscow' is Russia's government")
E("bs04", "fired 59 Tomahawk cruise missiles at a", USMIL, SYRMIL, ["19", "18"], "195", "2017-04-07", None, True,
  "missile strike 195 (19/18); 'early on Friday' in a Friday paper; 'in the Mediterranean' is where the ships were, "
  "the base's place is named only in the next sentence")
E("bs04", "The missiles hit the Shayrat air base", USMIL, SYRMIL, ["19", "18"], "195", "2017-04-07",
  P("Shayrat", "SYR"), False, "restatement of the strike with its place: optional")
E("bs04", "said Assad had used a banned nerve", A("Donald Trump", "USA", "GOV"), A("Bashar al-Assad", "SYR", "GOV"),
  ["11"], "112", "2017-04-06", None, True,
  "accusation 112 (a war-crime charge, 1124 also right); 'late on Thursday' before a Friday paper")
E("bs04", "called it a blatant act of aggression", SYRMIL, A("United States", "USA", "GOV"), ["11"], "111",
  "2017-04", None, True, "condemnation 111; no day of its own: month")
E("bs04", "said it was suspending a hotline set", A("Russia", "RUS", "GOV"), A("United States", "USA", "GOV"), SANCT,
  "160", "2017-04", None, True,
  "suspending military cooperation 160 (16/17, as owned54 bc12); no day of its own: month")
E("bs04", "the Kremlin said the strike violated international", A("Kremlin", "RUS", "GOV"),
  A("United States", "USA", "GOV"), ["11"], "112", "2017-04", None, True,
  "accusation 112 in the second clause; 'the Kremlin' is Russia's government, not a place; month")
E("bs04", "has denied using chemical weapons in Tuesday's", SYRGOV, A("United States", "USA", "GOV"), DENY, "016",
  "2017-04", None, True, "a stated denial 016 (01/12); the accusers are the U.S. of the paragraph before; month")
E("bs04", "on the rebel-held town of Khan Sheikhoun", SYRGOV, A("Khan Sheikhoun residents", "SYR", "CVL"), ATTACK,
  "180", "2017-04-04", P("Khan Sheikhoun", "SYR"), False,
  "the gas attack, disputed by the side it is blamed on: optional; Tuesday before a Friday paper")
E("bs04", "Britain, Saudi Arabia and Israel voiced support", A("Britain", "GBR", "GOV"),
  A("United States", "USA", "GOV"), ["05"], "051", "2017-04", None, True,
  "support 051; first member of the compound subject")
E("bs04", "Britain, Saudi Arabia and Israel voiced support", A("Saudi Arabia", "SAU", "GOV"),
  A("United States", "USA", "GOV"), ["05"], "051", "2017-04", None, False, "second member: optional")
E("bs04", "Britain, Saudi Arabia and Israel voiced support", A("Israel", "ISR", "GOV"),
  A("United States", "USA", "GOV"), ["05"], "051", "2017-04", None, False, "third member: optional")
F("bs04", "The six-year war has killed more than", "a count with the war as subject: no actor, no act")
F("bs04", "It was not clear whether Washington planned", "speculation")

# ---------------------------------------------------------------- bs05 Wukan, Asia (China)
S("bs05", "2011-12-22", "Asia", """
Wukan villagers call off march after Guangdong official agrees to free detainees

WUKAN, China —

Villagers in this fishing town in southern China called off a planned march on government offices on Wednesday after a senior provincial official agreed to free three men detained during a land dispute and to investigate the death in custody of a fourth.

Zhu Mingguo, the deputy Communist Party chief of Guangdong province, met village representatives in nearby Lufeng on Wednesday and said the villagers' main demands were reasonable.

Residents drove out their party officials in September, accusing them of selling collective farmland to developers without paying compensation, and attacked a police station during two days of rioting.

Police sealed off the village this month after Xue Jinbo, a butcher who had helped negotiate for the residents, died on Dec. 11, two days after he was detained.

Officials said Xue died of heart failure, but his family said his body bore signs of beating.

Thousands of villagers had rallied every day since the blockade began, chanting slogans against local officials while pledging loyalty to the Communist Party and the central government.

Lin Zuluan, an elder who led the talks, said residents would take down the banners in the village square if the promises were kept.

China records tens of thousands of so-called mass incidents of unrest each year, many of them over land.

It was not clear whether the agreement would let the villagers choose new leaders.
""")
WUK = A("Wukan villagers", "CHN", "CVL")
ZHU = A("Zhu Mingguo", "CHN", "GOV")
CHNCOP = A("Chinese police", "CHN", "COP")
LUFENG = A("Lufeng local government", "CHN", "GOV")
E("bs05", "Wukan villagers call off march after Guangdong", WUK, LUFENG, ["08"], "082", "2011-12-21", None, False,
  "headline")
E("bs05", "official agrees to free detainees", ZHU, WUK, ["03", "08"], "0353", "2011-12-21", None, False,
  "headline: the promise")
E("bs05", "called off a planned march on government", WUK, LUFENG, ["08"], "082", "2011-12-21", P("Wukan", "CHN"),
  True, "calling off a protest 082 (ease political dissent); 'on Wednesday' before a Thursday paper; 'this fishing "
  "town' with the Wukan dateline makes the place explicit")
E("bs05", "a senior provincial official agreed to free", ZHU, WUK, ["03", "08"], "0353", "2011-12-21", None, True,
  "promise to release detainees 0353 (03/08) inside the 'after' clause with its own agent; same Wednesday")
E("bs05", "met village representatives in nearby Lufeng on", ZHU, WUK, ["04"], "043", "2011-12-21",
  P("Lufeng", "CHN"), True, "meeting 043; 'on Wednesday'; Lufeng named in the clause")
E("bs05", "said the villagers' main demands were reasonable", ZHU, WUK, ["05"], "051", "2011-12-21", None, False,
  "acknowledging the demands, in the second clause of the meeting sentence: optional")
E("bs05", "Residents drove out their party officials in", WUK, LUFENG, VPROT, "145", "2011-09", P("Wukan", "CHN"),
  False, "driving out the officials, first clause of the background: optional (the coded act of the sentence is the "
  "attack on the police station)")
E("bs05", "attacked a police station during two days", WUK, CHNCOP, VPROT, "145", "2011-09", None, True,
  "dated background riot 145 (14/18/17) in the second clause, 'in September'")
E("bs05", "accusing them of selling collective farmland to", WUK, LUFENG, ["11"], "112", "2011-09", None, False,
  "the grievance in a participle clause: optional")
E("bs05", "Police sealed off the village this month", CHNCOP, WUK, ["19", "17"], "191", "2011-12", P("Wukan", "CHN"),
  True, "blockade 191 (19/17); 'this month': month; 'the village' with the dateline is Wukan")
E("bs05", "two days after he was detained", CHNCOP, A("Xue Jinbo", "CHN", "CVL"), ["17"], "173", "2011-12-09", None,
  False, "agentless passive background (two days before Dec. 11): optional")
E("bs05", "his family said his body bore signs", A("Xue Jinbo's family", "CHN", "CVL"), CHNCOP, ["11"], "112",
  "2011-12", None, False, "one side's account against the officials' word: optional")
E("bs05", "Thousands of villagers had rallied every day", WUK, LUFENG, ["14"], "141", "2011-12", P("Wukan", "CHN"),
  True, "protest 141; 'every day since the blockade began' (this month): month; the village of the story")
F("bs05", "China records tens of thousands of so-called", "a count and standing situation")
F("bs05", "It was not clear whether the agreement", "speculation")

# ---------------------------------------------------------------- bs06 Seoul, Asia (North / South Korea)
S("bs06", "2013-12-13", "Asia", """
North Korea executes Kim Jong Un's uncle as "traitor"; Seoul puts troops on alert

SEOUL, South Korea —

North Korea said on Friday it had executed Jang Song Thaek, the uncle of leader Kim Jong Un and long seen as the second most powerful man in the country, after a special military tribunal found him guilty of trying to overthrow the state.

The official KCNA news agency said the sentence was carried out immediately after the trial on Thursday.

It called Jang despicable human scum, worse than a dog, and accused him of womanising, drug abuse and building a faction to seize power.

Jang was dragged out of a meeting of the ruling Workers' Party's politburo by uniformed guards on Sunday, in scenes shown on state television.

South Korean President Park Geun-hye said the North was carrying out a reign of terror, and her defence ministry ordered troops along the border to watch for provocations.

The U.S. State Department said that, if confirmed, the execution was another example of the extreme brutality of the North Korean regime.

Jang's wife, Kim Kyong Hui, is the sister of the late leader Kim Jong Il, and analysts said her fate was unclear.

Jang had overseen economic ties with China, the North's main ally and biggest trading partner.

It was the most prominent purge since Kim Jong Un inherited power from his father two years ago.
""")
PRK = A("North Korea", "PRK", "GOV")
JANG = A("Jang Song Thaek", "PRK", "GOV")
KCNA = A("KCNA", "PRK", ["MED", "GOV"])
E("bs06", "North Korea executes Kim Jong Un's uncle", PRK, JANG, ["18", "17", "20"], "1823", "2013-12-12", None, False,
  "headline")
E("bs06", "Seoul puts troops on alert", A("South Korea", "KOR", "GOV"), PRK, ["15"], "152", "2013-12", None, False,
  "headline: the alert; 'Seoul' is the government")
E("bs06", "North Korea said on Friday it had", PRK, JANG, ["18", "17", "20"], "1823", "2013-12-12", None, True,
  "the execution; coders split between killing (18, 1823), legal action (17) and 20; the day is given by the next "
  "sentence ('on Thursday'), which the lead summarises; the state announced it on Friday")
E("bs06", "after a special military tribunal found him", A("North Korean military tribunal", "PRK", ["JUD", "MIL"]),
  JANG, ["17", "11"], "173", "2013-12-12", None, True,
  "conviction 173 (17/11, news-dev's court verdicts) in the 'after' clause with its own agent; Thursday")
E("bs06", "the sentence was carried out immediately after", PRK, JANG, ["18", "17", "20"], "1823", "2013-12-12", None,
  False, "restatement of the execution with its day: optional")
E("bs06", "It called Jang despicable human scum, worse", KCNA, JANG, ["11"], "111", "2013-12-13", None, True,
  "denunciation and charges 111/112 in one sentence (roots 11); 'It' is KCNA; the agency's Friday report")
E("bs06", "Jang was dragged out of a meeting", A("North Korean guards", "PRK", ["COP", "MIL"]), JANG, ["17"], "173",
  "2013-12-08", None, True,
  "arrest 173 by the guards of the by-phrase; 'on Sunday' before a Friday paper")
E("bs06", "the North was carrying out a reign", A("Park Geun-hye", "KOR", "GOV"), PRK, ["11"], "111", "2013-12", None,
  True, "condemnation 111; month")
E("bs06", "her defence ministry ordered troops along the", A("South Korean defence ministry", "KOR", ["GOV", "MIL"]),
  PRK, ["15"], "152", "2013-12", None, True, "raised military alert 152 in the second clause; month")
E("bs06", "another example of the extreme brutality of", A("U.S. State Department", "USA", "GOV"), PRK, ["11"], "111",
  "2013-12", None, False, "single outside reaction, conditional: optional")
F("bs06", "analysts said her fate was unclear", "family ties and speculation")
F("bs06", "It was the most prominent purge since", "a comparison; inheriting power is no event")

# ---------------------------------------------------------------- bs07 Peshawar, South Asia (Pakistan)
S("bs07", "2014-12-17", "Asia", """
Taliban gunmen kill 132 children at Peshawar army school; Sharif vows to fight on

PESHAWAR, Pakistan —

Pakistani Taliban gunmen stormed an army-run school in this northwestern city on Tuesday and killed 141 people, 132 of them children, in the deadliest attack the country has suffered in years.

The attackers, wearing suicide vests, went from classroom to classroom shooting pupils, survivors said.

Soldiers killed all seven of them by Tuesday evening after a battle that lasted about eight hours, the army said.

Tehrik-i-Taliban Pakistan said it had attacked the school in revenge for the army's offensive in North Waziristan, which began in June.

Prime Minister Nawaz Sharif, who flew to the city on Tuesday, said the campaign would go on until the last militant was wiped out.

On Wednesday he lifted a six-year moratorium on the death penalty in terrorism cases.

Army chief Gen. Raheel Sharif flew to Kabul on Wednesday and asked Afghan leaders to hand over the Taliban's leader, Mullah Fazlullah, who Pakistan says is hiding in eastern Afghanistan.

Indian Prime Minister Narendra Modi called the attack senseless and asked schools across India to hold two minutes of silence.

Pakistan has lost tens of thousands of civilians and soldiers to militant violence since 2001.

Officials gave no explanation of how the gunmen had slipped past the school's guards.
""")
TTP = A("Tehrik-i-Taliban Pakistan", "PAK", ["REB", "RAD"])
PAKMIL = A("Pakistani army", "PAK", "MIL")
PUPILS = A("Army Public School pupils and staff", "PAK", ["CVL", "EDU"])
E("bs07", "Taliban gunmen kill 132 children at Peshawar", TTP, PUPILS, ATTACK, "180", "2014-12-16", P("Peshawar", "PAK"),
  False, "headline")
E("bs07", "Sharif vows to fight on", A("Nawaz Sharif", "PAK", "GOV"), TTP, ["13"], "130", "2014-12-16", None, False,
  "headline: the vow")
E("bs07", "stormed an army-run school in this northwestern", TTP, PUPILS, ATTACK, "180", "2014-12-16",
  P("Peshawar", "PAK"), True,
  "massacre 180 (18/19/20); 'on Tuesday' before a Wednesday paper; 'this northwestern city' with the dateline")
E("bs07", "went from classroom to classroom shooting pupils", TTP, PUPILS, ATTACK, "180", "2014-12-16", None, False,
  "survivors' restatement: optional")
E("bs07", "Soldiers killed all seven of them by", PAKMIL, TTP, FIGHT, "190", "2014-12-16", None, True,
  "fighting that ended the siege 190 (19/18); 'by Tuesday evening'; unnamed soldiers are Pakistan's")
E("bs07", "in revenge for the army's offensive in", PAKMIL, TTP, FIGHT, "190", "2014-06", P("North Waziristan", "PAK"),
  True, "dated background: the offensive 'which began in June', a nominal with its own agent; the claim of "
  "responsibility is no event")
E("bs07", "said it had attacked the school in", TTP, PUPILS, ATTACK, "180", "2014-12-16", None, False,
  "the claim restates the attack: optional")
E("bs07", "said the campaign would go on until", A("Nawaz Sharif", "PAK", "GOV"), TTP, ["13"], "130", "2014-12-16",
  None, True, "vow to fight on 130; the relative clause dates him in the city on Tuesday and the statement with it")
E("bs07", "who flew to the city on Tuesday", A("Nawaz Sharif", "PAK", "GOV"), PUPILS, ["04"], "040", "2014-12-16",
  P("Peshawar", "PAK"), False, "a domestic visit in a relative clause: optional")
E("bs07", "asked Afghan leaders to hand over the", A("Raheel Sharif", "PAK", "MIL"), A("Afghanistan", "AFG", "GOV"),
  ["02", "10"], "0213", "2014-12-17", None, True,
  "request for a handover 0213 (02/10, as owned54 bc11's request for help); 'on Wednesday' in a Wednesday paper")
E("bs07", "Army chief Gen. Raheel Sharif flew to", A("Raheel Sharif", "PAK", "MIL"), A("Afghanistan", "AFG", "GOV"),
  ["04"], "042", "2014-12-17", P("Kabul", "AFG"), False,
  "visit to a foreign capital 042 with the city as place (as owned54): optional beside the request")
E("bs07", "Modi called the attack senseless and asked", A("Narendra Modi", "IND", "GOV"), TTP, ["11"], "111", "2014-12",
  None, False, "single outside reaction: optional")
F("bs07", "Pakistan has lost tens of thousands of", "a count over years; no actor")
F("bs07", "Officials gave no explanation of how the", "a negated statement: nothing explained")

# ---------------------------------------------------------------- bs08 Belgrade, Europe/Eurasia (Serbia)
S("bs08", "2011-05-27", "Europe/Eurasia", """
Serbia arrests Mladic after 16 years on the run; judge clears way for Hague transfer

BELGRADE, Serbia —

Serbian police arrested Ratko Mladic, the Bosnian Serb wartime commander wanted for genocide over the Srebrenica massacre, at a cousin's house in the northern village of Lazarevo on Thursday, ending 16 years on the run.

Announcing the arrest, President Boris Tadic said Serbia had closed a chapter of its recent history and pledged that Mladic would be handed to the U.N. war crimes tribunal in The Hague.

On Friday a judge of Belgrade's war crimes court ruled that Mladic, 69, was fit to be extradited, rejecting his lawyer's argument that he was too ill to face questioning.

The lawyer, Milos Saljic, said he would appeal.

Bosnian Serb forces under Mladic's command overran the U.N.-protected enclave of Srebrenica in July 1995 and killed about 8,000 Muslim men and boys.

The tribunal's chief prosecutor, Serge Brammertz, praised Serbia's cooperation, and the European Union's foreign policy chief, Catherine Ashton, said the arrest had removed an obstacle to Serbia's path toward membership.

Several hundred nationalists protested outside the presidency in Belgrade on Thursday night, and police detained about 100 people after some of them hurled stones and flares at officers.

Mladic's whereabouts had long been a stumbling block in Serbia's ties with the European Union.

It was not known who had helped him hide for so long.
""")
SRBCOP = A("Serbian police", "SRB", "COP")
MLAD = A("Ratko Mladic", "BIH", ["MIL", "CRM"])
TADIC = A("Boris Tadic", "SRB", "GOV")
ICTY = A("U.N. war crimes tribunal for the former Yugoslavia", "UNO", ["IGO", "JUD"])
BSF = A("Bosnian Serb forces", "BIH", ["MIL", "REB"])
SRBNAT = A("Serbian nationalist protesters", "SRB", ["CVL", "RAD"])
E("bs08", "Serbia arrests Mladic after 16 years on", SRBCOP, MLAD, ["17"], "173", "2011-05-26", None, False, "headline")
E("bs08", "judge clears way for Hague transfer", A("Belgrade war crimes court", "SRB", "JUD"), MLAD, ["17", "11", "12"],
  "173", "2011-05-27", None, False, "headline: the ruling")
E("bs08", "Serbian police arrested Ratko Mladic, the Bosnian", SRBCOP, MLAD, ["17"], "173", "2011-05-26",
  P("Lazarevo", "SRB"), True, "arrest 173; 'on Thursday' before a Friday paper; Lazarevo named in the clause; the "
  "text calls him a Bosnian Serb commander, so BIH")
E("bs08", "pledged that Mladic would be handed to", TADIC, ICTY, PLEDGE, "0313", "2011-05-26", None, True,
  "pledge of judicial cooperation 0313 (03, 05/08 tolerated); 'Announcing the arrest' dates it with the arrest "
  "(Thursday); the tribunal is UNO with JUD/IGO")
E("bs08", "a judge of Belgrade's war crimes court", A("Belgrade war crimes court", "SRB", "JUD"), MLAD,
  ["17", "11", "12"], "173", "2011-05-27", P("Belgrade", "SRB"), True,
  "a court clearing an extradition 173 (17/11, news-dev's court verdicts; 12 tolerated for the rejection in the "
  "participle); 'On Friday' in a Friday paper; 'Belgrade's war crimes court' names the city (as owned54's Kiev court)")
E("bs08", "The lawyer, Milos Saljic, said he would", A("Milos Saljic", "SRB", ["CVL", "JUD"]),
  A("Belgrade war crimes court", "SRB", "JUD"), ["11"], "115", "2011-05", None, False,
  "an appeal put as an intention: optional")
E("bs08", "overran the U.N.-protected enclave of Srebrenica in", BSF, A("Bosnia", "BIH", None), ["19", "18"], "190",
  "1995-07", P("Srebrenica", "BIH"), False,
  "dated background, first verb of a compound predicate: optional beside the massacre it led to")
E("bs08", "killed about 8,000 Muslim men and boys", BSF, A("Bosnian Muslims", "BIH", "CVL"), ["20", "18"], "202",
  "1995-07", P("Srebrenica", "BIH"), True,
  "dated background mass killing 202 (20/18); 'in July 1995'; Srebrenica from the same clause")
E("bs08", "Serge Brammertz, praised Serbia's cooperation, and the", A("Serge Brammertz", "UNO", ["IGO", "JUD"]),
  A("Serbia", "SRB", "GOV"), ["05"], "051", "2011-05", None, True, "praise 051, first of two reactions; month")
E("bs08", "said the arrest had removed an obstacle", A("Catherine Ashton", "EUR", "IGO"), A("Serbia", "SRB", "GOV"),
  ["05"], "051", "2011-05", None, False, "second reaction in the compound sentence: optional")
E("bs08", "Several hundred nationalists protested outside the presidency", SRBNAT, A("Serbian government", "SRB", "GOV"),
  VPROT, "141", "2011-05-26", P("Belgrade", "SRB"), True,
  "protest 141 (14/18/17); 'on Thursday night'; 'in Belgrade' named")
E("bs08", "police detained about 100 people after some", SRBCOP, SRBNAT, ["17"], "173", "2011-05-26", None, False,
  "detentions in the second clause: optional")
E("bs08", "hurled stones and flares at officers", SRBNAT, SRBCOP, VPROT, "145", "2011-05-26", None, False,
  "the stone-throwing inside the 'after' clause: optional")
F("bs08", "whereabouts had long been a stumbling block", "standing situation")
F("bs08", "It was not known who had helped", "unknown: no act asserted")

# ---------------------------------------------------------------- bs09 Nicosia, Europe/Eurasia (Cyprus / Turkey / EU)
S("bs09", "2004-04-25", "Europe/Eurasia", """
Greek Cypriots reject U.N. reunification plan, leaving divided island to join EU alone

NICOSIA, Cyprus —

Greek Cypriots voted overwhelmingly on Saturday to reject a United Nations plan to reunify Cyprus, while Turkish Cypriots in the north backed it, ending hopes that the island would enter the European Union as one state next week.

Official results showed 76 percent of Greek Cypriots voting no and 65 percent of Turkish Cypriots voting yes.

President Tassos Papadopoulos, who had denounced the plan in a televised address this month as a threat to the security of his people, said the vote was not a rejection of reunification.

U.N. Secretary-General Kofi Annan, whose envoys drafted the plan over four years of talks, said he was disappointed and accused Greek Cypriot leaders of wasting a unique chance.

Guenter Verheugen, the EU's enlargement commissioner, said he felt cheated by the Greek Cypriot government, which he said had promised to back a settlement.

Turkish Prime Minister Recep Tayyip Erdogan urged the European Union on Saturday night to lift the trade and travel embargo on the Turkish Cypriot north.

The island has been divided since 1974, when Turkey invaded the north after a brief coup backed by the military junta then ruling Greece.

Turkish Cypriot leader Rauf Denktash, who opposed the plan, said the result proved that the two peoples could not live together.

Only the Greek Cypriot south will enjoy the full benefits of membership when Cyprus joins the bloc on May 1.
""")
GCYP = A("Greek Cypriot voters", "CYP", "CVL")
TCYP = A("Turkish Cypriot voters", "CYP", "CVL")
UN = A("United Nations", "UNO", "IGO")
PAPA = A("Tassos Papadopoulos", "CYP", "GOV")
CYPGOV = A("Greek Cypriot government", "CYP", "GOV")
E("bs09", "Greek Cypriots reject U.N. reunification plan, leaving", GCYP, UN, ["12"], "127", "2004-04-24", None, False,
  "headline")
E("bs09", "voted overwhelmingly on Saturday to reject a", GCYP, UN, ["12"], "127", "2004-04-24", None, True,
  "rejecting a settlement plan 127; 'on Saturday' before a Sunday paper")
E("bs09", "while Turkish Cypriots in the north backed", TCYP, UN, AGREE, "051", "2004-04-24", None, True,
  "accepting the plan 051 (05/03/08, agreements); the 'while' clause has its own agent and the main clause's day; "
  "Turkish Cypriots are coded CYP (no ISO code for the north)")
E("bs09", "who had denounced the plan in a", PAPA, UN, ["11"], "111", "2004-04", None, True,
  "dated background denunciation 111 inside the relative clause with its own agent; 'this month'")
E("bs09", "said the vote was not a rejection", PAPA, UN, ["12"], "127", "2004-04", None, False,
  "a negated restatement of the vote: optional")
E("bs09", "accused Greek Cypriot leaders of wasting a", A("Kofi Annan", "UNO", "IGO"), CYPGOV, ["11"], "112", "2004-04",
  None, True, "accusation 112; no day of its own: month")
E("bs09", "said he felt cheated by the Greek", A("Guenter Verheugen", "EUR", "IGO"), CYPGOV, ["11"], "112", "2004-04",
  None, True, "accusation of a broken promise 112; month; the promise itself is inside his charge and undated")
E("bs09", "urged the European Union on Saturday night", A("Recep Tayyip Erdogan", "TUR", "GOV"),
  A("European Union", "EUR", "IGO"), DEMAND, "1054", "2004-04-24", None, True,
  "demand to ease economic sanctions 1054 (10/02); 'on Saturday night'")
E("bs09", "when Turkey invaded the north after a", A("Turkish army", "TUR", "MIL"), A("Cyprus", "CYP", None),
  ["19", "17"], "190", "1974", P("Cyprus", "CYP"), True,
  "dated background invasion 190 (19/17) inside the 'when' clause; 1974; 'the north' of the island")
E("bs09", "a brief coup backed by the military", A("Greek military junta", "GRC", ["MIL", "GOV"]),
  A("Cyprus", "CYP", "GOV"), COUP, "172", "1974", None, False,
  "the 1974 coup, a nominal with a 'backed by' agent: optional")
E("bs09", "said the result proved that the two", A("Rauf Denktash", "CYP", "GOV"), GCYP, ["11"], "111", "2004-04",
  None, False, "a remark after the vote with no clear act: optional")
F("bs09", "Official results showed 76 percent of Greek", "vote counts: the act is coded in the lead")
F("bs09", "Only the Greek Cypriot south will enjoy", "future standing situation")

# ---------------------------------------------------------------- bs10 Oaxaca, Americas (Mexico)
S("bs10", "2006-10-30", "Americas", """
Mexican federal police retake Oaxaca from protesters after U.S. journalist is killed

OAXACA, Mexico —

Thousands of federal police backed by armoured vehicles and helicopters pushed into the centre of this colonial city on Sunday, tearing down barricades and firing tear gas and water cannon at protesters who had held the main square for five months.

President Vicente Fox ordered the operation on Saturday, a day after gunmen fired on a barricade on the city's outskirts and killed an American video journalist, Brad Will, and two local men.

Protest leaders said the gunmen were municipal policemen and supporters of the state governor, Ulises Ruiz.

The protesters, a coalition of striking teachers and leftist groups known as the Popular Assembly of the Peoples of Oaxaca, have demanded Ruiz's resignation since June, accusing him of rigging his election in 2004.

State police had tried to drive the teachers from the city's main square on June 14, fuelling the revolt.

Ruiz has refused to step down, saying he was elected to a six-year term.

U.S. Ambassador Tony Garza on Saturday urged Mexican authorities to find Will's killers and bring them to justice.

Leaders of the assembly called on supporters to regroup at the state university and vowed to keep up their struggle.

Oaxaca, one of Mexico's poorest states, depends heavily on a tourist trade that has all but vanished since the summer.

It was unclear how many people had been detained during the operation.
""")
MEXPF = A("Mexican federal police", "MEX", "COP")
APPO = A("Popular Assembly of the Peoples of Oaxaca", "MEX", ["CVL", "OPP"])
RUIZ = A("Ulises Ruiz", "MEX", "GOV")
GUNMEN = A("unidentified gunmen", None, None)
E("bs10", "Mexican federal police retake Oaxaca from protesters", MEXPF, APPO, REPR, "175", "2006-10-29",
  P("Oaxaca", "MEX"), False, "headline")
E("bs10", "after U.S. journalist is killed", GUNMEN, A("Brad Will", "USA", "MED"), ATTACK, "180", "2006-10-27", None,
  False, "headline: the killing (agentless)")
E("bs10", "Thousands of federal police backed by armoured", MEXPF, APPO, REPR, "175", "2006-10-29", P("Oaxaca", "MEX"),
  True, "force against protesters 175 (17/18); 'on Sunday' before a Monday paper; 'this colonial city' with the "
  "dateline")
E("bs10", "protesters who had held the main square", APPO, RUIZ, ["14"], "141", "2006", P("Oaxaca", "MEX"), False,
  "the occupation inside the object, 'for five months': optional, year")
E("bs10", "President Vicente Fox ordered the operation on", A("Vicente Fox", "MEX", "GOV"), APPO, REPR, "175",
  "2006-10-28", None, False, "the order for the operation, a restatement from above: optional")
E("bs10", "gunmen fired on a barricade on the", GUNMEN, A("Brad Will", "USA", "MED"), ATTACK, "180", "2006-10-27",
  P("Oaxaca", "MEX"), True,
  "shooting 180 (18/19/20) inside the 'a day after' clause with its own agent: Friday, a day before Saturday; "
  "unidentified gunmen null/null (news-dev); 'the city's outskirts' with the dateline; first member of the object")
E("bs10", "Protest leaders said the gunmen were municipal", APPO, A("Oaxaca municipal police", "MEX", "COP"), ["11"],
  "112", "2006-10", None, True, "accusation 112 by one side, an act in itself; month")
E("bs10", "have demanded Ruiz's resignation since June, accusing", APPO, RUIZ, DEMAND, "1041", "2006", None, True,
  "demand for resignation 1041 (10/02); 'since June' is a span of five months: year")
E("bs10", "accusing him of rigging his election in", APPO, RUIZ, ["11"], "112", "2006", None, False,
  "the charge in a participle clause: optional")
E("bs10", "State police had tried to drive the", A("Oaxaca state police", "MEX", "COP"),
  A("striking Oaxaca teachers", "MEX", ["LAB", "EDU"]), REPR, "175", "2006-06-14", P("Oaxaca", "MEX"), True,
  "dated background repression 175; 'on June 14'; 'the city's main square' with the dateline")
E("bs10", "Ruiz has refused to step down, saying", RUIZ, APPO, ["12"], "1231", "2006-10", None, True,
  "a stated refusal of the demand for his resignation 1231 (as owned35 ai03); present perfect: month")
E("bs10", "urged Mexican authorities to find Will's killers", A("Tony Garza", "USA", "GOV"),
  A("Mexican government", "MEX", "GOV"), DEMAND, "1013", "2006-10-28", None, False,
  "single outside reaction, 'on Saturday': optional")
E("bs10", "called on supporters to regroup at the", APPO, A("APPO supporters", "MEX", ["CVL", "OPP"]), ["14", "10"],
  "143", "2006-10", None, False, "a call to rally: optional")
F("bs10", "one of Mexico's poorest states, depends heavily", "standing situation")
F("bs10", "It was unclear how many people had", "unknown count of detentions: speculation")

# ---------------------------------------------------------------- bs11 San Juan, Americas (Puerto Rico)
S("bs11", "2019-07-25", "Americas", """
Puerto Rico's Rossello resigns after leaked chats bring crowds onto the streets

SAN JUAN, Puerto Rico —

Puerto Rico Governor Ricardo Rossello announced late on Wednesday that he would resign on Aug. 2, bowing to nearly two weeks of street protests over leaked private messages in which he and his closest aides mocked women, gay people and victims of Hurricane Maria.

Hundreds of thousands of people marched through the capital on Monday in one of the largest demonstrations in the island's history, blocking a main expressway for hours.

Police fired tear gas and rubber bullets at demonstrators outside the governor's mansion in Old San Juan on several nights, and officers said they had arrested dozens.

Rossello had apologised for the messages but refused for days to quit, saying he would instead not seek re-election.

On Tuesday the speaker of the island's House of Representatives, Carlos Mendez, a member of the governor's own party, said lawmakers would begin impeachment proceedings against him.

The 889-page chat was published on July 13 by the Center for Investigative Journalism, and two of Rossello's aides resigned within days.

Under the island's constitution, Justice Secretary Wanda Vazquez is next in line to succeed him.

Several Democratic presidential candidates had called on Rossello to step down.

It was not clear whether the protests would end with his departure.
""")
ROSS = A("Ricardo Rossello", "PRI", "GOV")
PRIP = A("Puerto Rican protesters", "PRI", ["CVL", "OPP"])
PRICOP = A("Puerto Rico police", "PRI", "COP")
E("bs11", "Puerto Rico's Rossello resigns after leaked chats", ROSS, PRIP, ["08"], "0831", "2019-07-24", None, False,
  "headline")
E("bs11", "announced late on Wednesday that he would", ROSS, PRIP, ["08"], "0831", "2019-07-24", None, True,
  "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); 'late on "
  "Wednesday' before a Thursday paper")
E("bs11", "he and his closest aides mocked women", ROSS, A("Puerto Rican public", "PRI", "CVL"), ["11"], "111",
  "2019-07", None, False, "insults in private messages, undated, inside a relative clause: optional")
E("bs11", "Hundreds of thousands of people marched through", PRIP, ROSS, ["14"], "141", "2019-07-22",
  P("San Juan", "PRI"), True, "protest 141; 'on Monday' before a Thursday paper; 'the capital' with the dateline")
E("bs11", "blocking a main expressway for hours", PRIP, ROSS, ["14"], "144", "2019-07-22", None, False,
  "road block 144 in a participle (optional, as owned35 ai09)")
E("bs11", "Police fired tear gas and rubber bullets", PRICOP, PRIP, REPR, "175", "2019-07", P("San Juan", "PRI"), True,
  "force against protesters 175 (17/18); 'on several nights': month; Old San Juan is part of San Juan")
E("bs11", "officers said they had arrested dozens", PRICOP, PRIP, ["17"], "173", "2019-07", None, False,
  "arrests in the second clause, undated count: optional")
E("bs11", "Rossello had apologised for the messages but", ROSS, A("Puerto Rican public", "PRI", "CVL"), ["05"], "055",
  "2019-07", None, True, "apology 055; undated pluperfect: month")
E("bs11", "refused for days to quit, saying he", ROSS, PRIP, ["12"], "1231", "2019-07", None, True,
  "a stated refusal of the demand to resign 1231, the second verb of the sentence; month")
E("bs11", "said lawmakers would begin impeachment proceedings against", A("Carlos Mendez", "PRI", ["LEG", "GOV"]), ROSS,
  ["13", "17"], "130", "2019-07-23", None, True,
  "threat of impeachment 130 (13, 17 tolerated for the proceedings); 'On Tuesday' before a Thursday paper")
E("bs11", "two of Rossello's aides resigned within days", A("Rossello's aides", "PRI", "GOV"), PRIP, ["08"], "0831",
  "2019-07", None, False, "resignations in the second clause, loosely dated: optional")
E("bs11", "Several Democratic presidential candidates had called on", A("U.S. Democratic candidates", "USA", "PTY"),
  ROSS, DEMAND, "1041", "2019-07", None, False, "outside calls for resignation, undated: optional")
F("bs11", "Under the island's constitution, Justice Secretary Wanda", "line of succession: standing rule")
F("bs11", "It was not clear whether the protests", "speculation")

# ---------------------------------------------------------------- bs12 Buka, Pacific (Papua New Guinea)
S("bs12", "2019-12-11", "Pacific", """
Bougainville votes overwhelmingly for independence; Papua New Guinea says parliament has final word

BUKA, Papua New Guinea —

Nearly 98 percent of voters in Bougainville chose independence from Papua New Guinea in a non-binding referendum, the body that ran the vote announced here on Wednesday.

The result must now be negotiated between the island region's autonomous government and Port Moresby, and ratified by the national parliament.

Bougainville's president, John Momis, called on the national government to respect the will of the people and to begin talks without delay.

Puka Temu, Papua New Guinea's minister for Bougainville affairs, said the government would sit down with Momis's administration, but he urged Bougainvilleans to be patient and warned that the process would take time.

Prime Minister James Marape, who took office in May, had said last month that he hoped the island would remain part of the country.

The referendum was promised in a 2001 peace agreement between the national government and Bougainville's leaders, which ended a decade of fighting that killed as many as 20,000 people.

The conflict began in 1988, when landowners angry over pollution and the sharing of profits from the Panguna copper mine sabotaged its power lines and forced it to close the following year.

Australia and New Zealand, which led a truce monitoring force after 1998, said they respected the vote and urged both sides to keep talking.

Whether Bougainville becomes an independent nation could take years to settle.
""")
ABG = A("Autonomous Bougainville Government", "PNG", ["GOV", "OPP"])
PNGGOV = A("Papua New Guinea government", "PNG", "GOV")
E("bs12", "Papua New Guinea says parliament has final", PNGGOV, ABG, ["12", "01"], "120", "2019-12-11", None, False,
  "headline: a reserved position, coded loosely (12/01) and optional")
E("bs12", "called on the national government to respect", A("John Momis", "PNG", ["GOV", "OPP"]), PNGGOV, DEMAND,
  "104", "2019-12", None, True, "demand 104 (10/02) to honour the vote and open talks; no day of its own: month")
E("bs12", "said the government would sit down with", A("Puka Temu", "PNG", "GOV"), ABG, ["03"], "036", "2019-12",
  None, True, "intent to negotiate 036; month")
E("bs12", "he urged Bougainvilleans to be patient and", A("Puka Temu", "PNG", "GOV"),
  A("Bougainville residents", "PNG", "CVL"), ["02"], "020", "2019-12", None, False,
  "an appeal for patience in the second clause: optional")
E("bs12", "had said last month that he hoped", A("James Marape", "PNG", "GOV"), ABG, ["01", "12"], "012", "2019-11",
  None, False, "a pessimistic remark 'last month': no clear CAMEO act; optional")
E("bs12", "promised in a 2001 peace agreement between", PNGGOV, A("Bougainville leaders", "PNG", ["REB", "OPP"]),
  AGREE, "057", "2001", None, True,
  "dated background agreement 057 (05/03/08); first-mentioned direction (the national government) required")
E("bs12", "promised in a 2001 peace agreement between", A("Bougainville leaders", "PNG", ["REB", "OPP"]), PNGGOV,
  AGREE, "057", "2001", None, False, "reverse direction of the joint agreement: optional")
E("bs12", "ended a decade of fighting that killed", PNGGOV, A("Bougainville rebels", "PNG", ["REB", "OPP"]),
  ["19", "18"], "190", None, None, False, "the war, a nominal with no agent or date of its own: optional")
E("bs12", "landowners angry over pollution and the sharing", A("Panguna landowners", "PNG", ["CVL", "REB"]),
  A("Bougainville Copper", "PNG", "BUS"), ["18", "14", "17"], "180", "1988", P("Bougainville", "PNG"), True,
  "dated background sabotage 180 (18, 14/17 tolerated) in the 'when' clause with its own agent; 'in 1988'")
E("bs12", "Australia and New Zealand, which led a", A("Australia", "AUS", "GOV"), ABG, ["05"], "051", "2019-12", None,
  False, "outside reaction (respect for the vote), first member: optional")
E("bs12", "said they respected the vote and urged", A("New Zealand", "NZL", "GOV"), PNGGOV, ["02"], "020", "2019-12",
  None, False, "outside appeal for talks, second member: optional")
F("bs12", "Nearly 98 percent of voters in Bougainville", "a vote count announced by the electoral body (not coded, as "
  "owned35's results)")
F("bs12", "Whether Bougainville becomes an independent nation could", "speculation")

write(HERE)
