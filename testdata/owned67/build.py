#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned67 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned67/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]

# ---------------------------------------------------------------- bp01 Lusaka, Africa (Zambia)
S("bp01", "1990-06-30", "Africa", """
Zambian troops crush coup bid after officer tells nation on radio that Kaunda is ousted

LUSAKA, Zambia —

Troops loyal to President Kenneth Kaunda arrested a junior army officer on Saturday, hours after he seized the state radio station and announced that the military had overthrown the government, officials said.

Lt. Mwamba Luchembe told listeners before dawn that the army had removed Kaunda because of the hardship his policies had brought. Thousands of people poured into the streets of the capital to celebrate, dancing and tearing down portraits of the president.

By midday a government spokesman said on the radio that the officer had been captured and that the situation was under control. No shots were fired at the radio station, the spokesman said.

In a broadcast in the evening, Kaunda thanked the armed forces for their loyalty and said the plotters would be dealt with according to the law.

The attempt came five days after students and township residents rioted in Lusaka over a doubling of the price of maize meal, the staple food. Police shot dead at least 27 people in three days of looting and clashes, the government said.

Kaunda, who has ruled Zambia as a one-party state since 1972, had promised last month to hold a referendum on whether to allow rival political parties.

Western diplomats said the cheering crowds showed how deep the anger over food prices ran. It was not clear whether Luchembe had acted alone or had the backing of other officers.
""")
ZMIL = A("Zambian troops loyal to Kaunda", "ZMB", "MIL")
LUCH = A("Mwamba Luchembe", "ZMB", "MIL")
ZGOV = A("Zambia's government", "ZMB", "GOV")
KAUNDA = A("Kenneth Kaunda", "ZMB", "GOV")
ZRIOT = A("Zambian rioters", "ZMB", ["CVL", "EDU"])
E("bp01", "Zambian troops crush coup bid after officer", ZMIL, LUCH, ["17"], "173", "1990-06-30", None, False,
  "headline: crushing the bid / the arrest")
E("bp01", "officer tells nation on radio that Kaunda", LUCH, KAUNDA, COUP, "1724", "1990-06-30", None, False,
  "headline: the claimed takeover")
E("bp01", "arrested a junior army officer on Saturday", ZMIL, LUCH, ["17"], "173", "1990-06-30", None, True,
  "arrest 173 by troops loyal to the government; 'on Saturday' in a Saturday paper; 'officials said' is attribution")
E("bp01", "seized the state radio station and announced", LUCH, ZGOV, COUP, "1724", "1990-06-30", None, True,
  "a declared takeover 1724 (news-dev), coup roots 17/19; inside an 'hours after' clause with its own agent: "
  "required; 'the state radio station' names no city")
E("bp01", "told listeners before dawn that the army", LUCH, KAUNDA, COUP, "1724", "1990-06-30", None, False,
  "restatement of the claimed takeover, with his reason: optional")
E("bp01", "poured into the streets of the capital", A("Zambian crowds", "ZMB", "CVL"), KAUNDA, ["14"], "141",
  "1990-06-30", P("Lusaka", "ZMB"), False, "crowds celebrating and tearing down the president's portraits: a "
  "demonstration against Kaunda at most; coders split (no code / 141): optional; 'the capital' = Lusaka")
E("bp01", "government spokesman said on the radio that", ZMIL, LUCH, ["17"], "173", "1990-06-30", None, False,
  "restatement of the capture: optional")
E("bp01", "Kaunda thanked the armed forces for their", KAUNDA, A("Zambian armed forces", "ZMB", "MIL"), ["05"], "051",
  "1990-06-30", None, True, "praise 051; 'in the evening' of the paper's Saturday")
E("bp01", "said the plotters would be dealt with", KAUNDA, LUCH, ["13", "17"], "130", "1990-06-30", None, False,
  "warning of punishment put as a future: optional")
E("bp01", "students and township residents rioted in Lusaka", ZRIOT, ZGOV, VPROT, "145", "1990-06-25", P("Lusaka", "ZMB"),
  True, "riot 145 (14/18/17) in a 'five days after' clause with its own agent: dated background, required; five "
  "days before Saturday = Monday June 25; 'in Lusaka' names the place; compound subject coded once (the students "
  "and residents act together as rioters)")
E("bp01", "Police shot dead at least 27 people", A("Zambian police", "ZMB", "COP"), ZRIOT, REPR, "175", "1990-06", None,
  True, "deadly force against rioters 175 (17/18); 'in three days' is a span: month; no city in the clause; the "
  "government's count is attribution, nobody disputes the shooting")
E("bp01", "had promised last month to hold a", KAUNDA, A("Zambian citizens", "ZMB", "CVL"), ["03"], "034", "1990-05",
  None, True, "intent to reform the political system 034; 'last month' = May 1990; the 'since 1972' relative is a "
  "standing situation, not coded")
F("bp01", "No shots were fired at the radio", "negated act")
F("bp01", "It was not clear whether Luchembe had", "speculation")

# ---------------------------------------------------------------- bp02 Freetown, Africa (Sierra Leone)
S("bp02", "1998-02-14", "Africa", """
Nigerian-led troops drive junta out of Freetown; Kabbah hails victory from exile

FREETOWN, Sierra Leone —

Nigerian-led West African troops took control of Freetown on Friday after a week of fighting, driving out the military junta that seized power in the capital last May, residents and officers of the force said.

Soldiers of the junta and their allies in the Revolutionary United Front fled towards the interior, looting shops and setting fire to homes as they went, witnesses said. Some residents hunted down and beat men they suspected of backing the junta.

Officers of the force, known as ECOMOG, said their troops had detained dozens of junta soldiers in the city. Nigerian Alpha jets had bombed junta positions in the hills above the capital on Thursday.

The whereabouts of the junta leader, Maj. Johnny Paul Koroma, were not known on Saturday.

ECOMOG launched its offensive on Feb. 6, after accusing junta troops of attacking its positions near the Lungi international airport.

President Ahmad Tejan Kabbah, who was overthrown on May 25 and has lived in exile in neighbouring Guinea, welcomed the victory and said he would return home soon.

The junta had agreed at talks in Conakry in October to hand power back to Kabbah by April 22, but it later said it could not disarm its men on time.

Britain, the former colonial power, welcomed the junta's removal and urged the West African force to protect civilians. It was unclear how many people had died in the week of fighting.
""")
ECOMOG = A("ECOMOG", None, ["IGO", "MIL"])
JUNTA = A("Sierra Leone's military junta", "SLE", ["MIL", "GOV"])
KABBAH = A("Ahmad Tejan Kabbah", "SLE", "GOV")
E("bp02", "Nigerian-led troops drive junta out of Freetown", ECOMOG, JUNTA, ["19"], "190", "1998-02", P("Freetown", "SLE"),
  False, "headline")
E("bp02", "took control of Freetown on Friday after", ECOMOG, JUNTA, ["19"], "190", "1998-02-13", P("Freetown", "SLE"),
  True, "taking a city by force 190; ECOMOG (named later) country null as news-dev's ECOWAS, sectors IGO/MIL; "
  "'on Friday' before a Saturday paper")
E("bp02", "the military junta that seized power in", JUNTA, KABBAH, COUP, "1724", "1997-05", P("Freetown", "SLE"), False,
  "the 1997 coup in a relative, restated later: optional; 'last May' = 1997-05")
E("bp02", "fled towards the interior, looting shops and", JUNTA, A("Freetown residents", "SLE", "CVL"), ["18", "17"], "180",
  "1998-02", None, False, "looting and arson by fleeing troops inside a witnesses' account: optional")
E("bp02", "Some residents hunted down and beat men", A("Freetown residents", "SLE", "CVL"),
  A("suspected junta supporters", "SLE", "CVL"), ["18"], "180", "1998-02", None, False,
  "vigilante beatings, undated, no named victims: optional")
E("bp02", "said their troops had detained dozens of", ECOMOG, A("junta soldiers", "SLE", "MIL"), ["17"], "173", "1998-02",
  P("Freetown", "SLE"), True, "detentions reported by the detaining force 173, required (as owned21 d11); 'in the "
  "city' with the dateline = Freetown; no day of its own: month")
E("bp02", "Nigerian Alpha jets had bombed junta positions", A("Nigerian air force", "NGA", "MIL"), JUNTA, ["19"], "195",
  "1998-02-12", None, True, "air strike 195; 'on Thursday' before a Saturday paper = Feb. 12; 'the hills above the "
  "capital' is not a named place")
E("bp02", "ECOMOG launched its offensive on Feb. 6", ECOMOG, JUNTA, ["19"], "190", "1998-02-06", None, True,
  "dated background offensive 190")
E("bp02", "after accusing junta troops of attacking its", ECOMOG, JUNTA, ["11"], "112", "1998-02", None, False,
  "the accusation in an 'after' clause: optional (the attack itself is alleged)")
E("bp02", "welcomed the victory and said he would", KABBAH, ECOMOG, ["05"], "051", "1998-02", None, True,
  "praise 051 for the force's victory; month; the relative 'who was overthrown on May 25' is an agentless "
  "background passive (optional line below)")
E("bp02", "who was overthrown on May 25 and", JUNTA, KABBAH, COUP, "1724", "1997-05-25", None, False,
  "agentless background passive in a relative: optional")
E("bp02", "The junta had agreed at talks in", JUNTA, A("ECOWAS", None, "IGO"), AGREE, "057", "1997-10",
  P("Conakry", "GIN"), True, "dated background agreement 057 (05/03/08); the text names no other party: the West "
  "African bloc (news-dev: ECOWAS null/IGO) as target; 'in Conakry' names the place")
E("bp02", "welcomed the junta's removal and urged the", A("Britain", "GBR", "GOV"), ECOMOG, DEMAND, "100", "1998-02", None,
  False, "single outside reaction (welcome and appeal): optional")
F("bp02", "The whereabouts of the junta leader, Maj.", "standing situation; nothing done")
F("bp02", "It was unclear how many people had", "speculation and count")

# ---------------------------------------------------------------- bp03 Riyadh, Middle East (Saudi Arabia)
S("bp03", "1975-03-25", "Middle East", """
Saudi King Faisal shot dead by nephew in palace; Khalid proclaimed king

RIYADH, Saudi Arabia —

King Faisal of Saudi Arabia was shot dead on Tuesday by a nephew who fired a pistol at him at close range as he received a visiting Kuwaiti delegation in his palace here, the government announced.

Riyadh radio named the gunman as Prince Faisal ibn Musaid, a son of one of the king's half-brothers, and said palace guards had overpowered and seized him at the scene. The radio described the prince as mentally deranged.

Within hours the royal family proclaimed Crown Prince Khalid, the king's half-brother, as the new monarch and named Prince Fahd, the interior minister, as crown prince.

Officials gave no motive for the shooting.

Faisal, who was 68, came to the throne in 1964, when senior princes and the religious leaders deposed his elder brother, King Saud.

He led the Arab oil embargo that cut off shipments to the United States in October 1973 in protest at its support for Israel during the war with Egypt and Syria.

Secretary of State Henry Kissinger, who held talks with the king in Riyadh this month on his latest Middle East mission, called him a wise and courageous statesman. In Cairo, President Anwar Sadat declared 40 days of mourning.

Saudi Arabia, the world's largest oil exporter, has no parliament and no political parties.
""")
FAISAL = A("King Faisal", "SAU", "GOV")
PRINCE = A("Prince Faisal ibn Musaid", "SAU", ["ELI", "CVL"])
SAUGOV = A("Saudi Arabia's government", "SAU", "GOV")
E("bp03", "Saudi King Faisal shot dead by nephew", PRINCE, FAISAL, ATTACK, "186", "1975-03-25", None, False, "headline")
E("bp03", "was shot dead on Tuesday by a", PRINCE, FAISAL, ATTACK, "186", "1975-03-25", P("Riyadh", "SAU"), True,
  "assassination 186 (18/19/20) in a passive with its agent ('by a nephew'); 'his palace here' with the dateline = "
  "Riyadh; 'on Tuesday' in a Tuesday paper")
E("bp03", "said palace guards had overpowered and seized", A("Saudi palace guards", "SAU", ["MIL", "COP"]), PRINCE, ["17"],
  "173", "1975-03-25", P("Riyadh", "SAU"), True, "arrest 173 reported by state radio, undisputed; 'at the scene' is "
  "the palace here")
E("bp03", "The radio described the prince as mentally", SAUGOV, PRINCE, ["11"], "110", "1975-03", None, False,
  "a description, not clearly an accusation: optional")
E("bp03", "when senior princes and the religious leaders", A("Saudi royal family", "SAU", ["ELI", "GOV"]),
  A("King Saud", "SAU", "GOV"), COUP, "172", "1964", None, True,
  "deposing a king (coup roots 17/19; 172 as a removal from office) in a dated 'when' clause with its own agent: "
  "required; first member of the compound subject")
E("bp03", "when senior princes and the religious leaders", A("Saudi religious leaders", "SAU", "REL"),
  A("King Saud", "SAU", "GOV"), COUP, "172", "1964", None, False, "second member of the compound subject: optional")
E("bp03", "He led the Arab oil embargo that", FAISAL, A("United States", "USA", "GOV"), SANCT, "163", "1973-10", None, True,
  "embargo 163 (16/17); dated background; 'He' = Faisal")
E("bp03", "in protest at its support for Israel", A("United States", "USA", "GOV"), A("Israel", "ISR", "GOV"), ["05", "07"],
  "050", "1973-10", None, False, "support inside a 'protest at' phrase: optional")
E("bp03", "who held talks with the king in", A("Henry Kissinger", "USA", "GOV"), FAISAL, ["04"], "043", "1975-03",
  P("Riyadh", "SAU"), True, "talks 043 in a relative with its own agent, dated 'this month': required; 'in Riyadh' "
  "names the place")
E("bp03", "called him a wise and courageous statesman", A("Henry Kissinger", "USA", "GOV"), FAISAL, ["05"], "051",
  "1975-03", None, False, "single outside reaction (praise): optional")
E("bp03", "President Anwar Sadat declared 40 days of", A("Anwar Sadat", "EGY", "GOV"), FAISAL, ["05"], "051", "1975-03",
  P("Cairo", "EGY"), False, "mourning as a tribute, no clear CAMEO class: optional")
F("bp03", "Officials gave no motive for the shooting", "negated statement")
F("bp03", "the world's largest oil exporter, has no", "standing situation")

# ---------------------------------------------------------------- bp04 Beirut, Middle East (Lebanon)
S("bp04", "1989-11-23", "Middle East", """
Bomb kills Lebanon's President Moawad 17 days after his election

BEIRUT, Lebanon —

A huge bomb tore through the motorcade of President Rene Moawad in Moslem west Beirut on Wednesday, killing him and at least 23 other people only 17 days after he took office, security sources said.

The blast went off as Moawad's convoy drove back from a ceremony marking Lebanon's independence day. No group claimed responsibility for the attack.

Prime Minister Selim al-Hoss condemned the killing as a crime aimed at the Arab-brokered peace accord, and Syria, which keeps about 40,000 troops in Lebanon, denounced it as a plot against the country's unity. Hoss urged members of parliament to elect a new president without delay.

Several Moslem politicians blamed the camp of Gen. Michel Aoun, the Christian army commander who rejects the accord and has refused to recognise Moawad. A spokesman for the general denied the charge and said Aoun's side condemned all political killings.

Moawad, a Maronite Christian from the north, was elected on Nov. 5 by deputies meeting at an air base in northern Lebanon, a day after Aoun declared the parliament dissolved.

The deputies had approved the accord at talks in the Saudi city of Taif last month. It gives Moslems an equal share of power but sets no date for a Syrian withdrawal.

Aoun's troops and Syrian forces fought artillery duels across Beirut from March to September, killing more than 800 people.

The presidency is reserved for a Maronite under Lebanon's unwritten power-sharing pact.
""")
BOMBERS = A("unidentified bombers", None, None)
MOAWAD = A("Rene Moawad", "LBN", "GOV")
AOUN = A("Michel Aoun", "LBN", ["MIL", "GOV"])
LBNLEG = A("Lebanese parliament", "LBN", ["LEG", "GOV"])
SYR = A("Syria", "SYR", "GOV")
E("bp04", "Bomb kills Lebanon's President Moawad 17 days", BOMBERS, MOAWAD, ATTACK, "186", "1989-11-22", None, False,
  "headline")
E("bp04", "A huge bomb tore through the motorcade", BOMBERS, MOAWAD, ATTACK, "186", "1989-11-22", P("Beirut", "LBN"), True,
  "assassination by an unclaimed bomb 186, source null/null as news-dev's unnamed bombers; 'in Moslem west Beirut' "
  "names the place; 'on Wednesday' before a Thursday paper")
E("bp04", "Prime Minister Selim al-Hoss condemned the killing", A("Selim al-Hoss", "LBN", "GOV"), BOMBERS, ["11"], "111",
  "1989-11", None, True, "condemnation 111 aimed at the unnamed killers; first member of the compound of reactions; "
  "no day of its own: month")
E("bp04", "denounced it as a plot against the", SYR, BOMBERS, ["11"], "111", "1989-11", None, False,
  "second reaction in the compound: optional")
E("bp04", "Hoss urged members of parliament to elect", A("Selim al-Hoss", "LBN", "GOV"), LBNLEG, DEMAND, "100", "1989-11",
  None, True, "appeal to parliament 100 (10/02); month")
E("bp04", "Several Moslem politicians blamed the camp of", A("Lebanese Moslem politicians", "LBN", ["PTY", "GOV"]), AOUN,
  ["11"], "112", "1989-11", None, False, "blame by unnamed politicians: optional")
E("bp04", "who rejects the accord and has refused", AOUN, LBNLEG, ["12"], "120", "1989-11", None, False,
  "standing rejection in a present-tense relative: optional")
E("bp04", "A spokesman for the general denied the", AOUN, A("Lebanese Moslem politicians", "LBN", ["PTY", "GOV"]), DENY,
  "016", "1989-11", None, True, "denial 016 (01/12), answering the politicians; month")
E("bp04", "a day after Aoun declared the parliament", AOUN, LBNLEG, ["17"], "172", "1989-11-04", None, True,
  "dissolving the legislature 172 (as owned54 bc11) in a dated 'a day after' clause with its own agent: Nov. 4; the "
  "election itself is not coded (no CAMEO class fits)")
E("bp04", "The deputies had approved the accord at", LBNLEG, SYR, AGREE, "057", "1989-10", P("Taif", "SAU"), False,
  "the deputies' approval of an accord whose other party is not named in the clause (Syria is its guarantor in the "
  "next sentence): coders split on the target, optional; 'last month' = October; 'in the Saudi city of Taif'")
E("bp04", "Aoun's troops and Syrian forces fought artillery", A("Aoun's troops", "LBN", "MIL"), A("Syrian forces", "SYR", "MIL"),
  CLASH, "190", "1989", P("Beirut", "LBN"), True, "dated background fighting, first-mentioned direction required; "
  "'from March to September' spans months: year; 'across Beirut'")
E("bp04", "Aoun's troops and Syrian forces fought artillery", A("Syrian forces", "SYR", "MIL"), A("Aoun's troops", "LBN", "MIL"),
  CLASH, "190", "1989", P("Beirut", "LBN"), False, "reverse direction: optional")
F("bp04", "No group claimed responsibility for the attack", "negated act")
F("bp04", "The presidency is reserved for a Maronite", "standing rule")

# ---------------------------------------------------------------- bp05 Tokyo, Asia (Japan)
S("bp05", "1995-03-22", "Asia", """
Japanese police raid doomsday sect two days after nerve gas attack on Tokyo subway

TOKYO, Japan —

Thousands of police officers, some in gas masks and carrying caged canaries, raided the offices and compounds of the Aum Shinri Kyo religious sect across Japan on Wednesday, two days after a nerve gas attack on the Tokyo subway killed 10 people and made more than 5,000 ill.

Police said the raids were formally part of an inquiry into the abduction of a Tokyo notary, Kiyoshi Kariya, who was bundled into a van by several men in a city street last month after helping his sister leave the sect. Officers carried drums of chemicals out of the sect's main complex at the foot of Mount Fuji, television pictures showed.

The sect denied any role in Monday's attack, in which packages leaking the nerve agent sarin were left on five trains converging on the government district during the morning rush hour. Its lawyer said the group was being persecuted.

No arrests have been made in connection with the subway attack.

Prime Minister Tomiichi Murayama called the attack an unforgivable act of indiscriminate murder and told the police to spare no effort to catch those responsible.

The sect's leader, Shoko Asahara, who claims to have thousands of followers in Japan and Russia, has not been seen in public for weeks, and police would not say whether they were looking for him.
""")
JPOL = A("Japanese police", "JPN", "COP")
AUM = A("Aum Shinri Kyo", "JPN", ["REL", "RAD"])
GASSERS = A("subway attackers", None, None)
E("bp05", "Japanese police raid doomsday sect two days", JPOL, AUM, ["17"], "170", "1995-03-22", None, False, "headline")
E("bp05", "raided the offices and compounds of the", JPOL, AUM, ["17"], "170", "1995-03-22", None, True,
  "raid on a group's premises 170 (as owned54's raids); 'across Japan' names no place; 'on Wednesday' in a "
  "Wednesday paper")
E("bp05", "a nerve gas attack on the Tokyo subway", GASSERS, A("Tokyo subway passengers", "JPN", "CVL"), ATTACK, "2041",
  "1995-03-20", P("Tokyo", "JPN"), True, "chemical attack 2041 (18/19/20 tolerated) by unnamed attackers (null/null, "
  "news-dev); dated background in a 'two days after' clause: Monday March 20; the story turns on it")
E("bp05", "who was bundled into a van by", A("unidentified abductors", None, None), A("Kiyoshi Kariya", "JPN", "CVL"),
  ["18"], "181", "1995-02", P("Tokyo", "JPN"), True, "abduction 181 in a passive with its agent ('by several men'), "
  "dated 'last month'; 'a Tokyo notary ... in a city street' = Tokyo")
E("bp05", "Officers carried drums of chemicals out of", JPOL, AUM, ["17"], "1711", "1995-03-22", None, True,
  "seizure of property 1711 (as owned54 bc12); part of the day's raids; 'the foot of Mount Fuji' is not a named "
  "settlement: no place")
E("bp05", "The sect denied any role in Monday's", AUM, JPOL, DENY, "016", "1995-03", None, True,
  "denial 016 (01/12); no day of its own: month")
E("bp05", "in which packages leaking the nerve agent", GASSERS, A("Tokyo subway passengers", "JPN", "CVL"), ATTACK, "2041",
  "1995-03-20", None, False, "agentless restatement of the attack: optional")
E("bp05", "Its lawyer said the group was being", A("Aum Shinri Kyo's lawyer", "JPN", ["REL", "RAD"]), JPOL, ["11"], "112",
  "1995-03", None, False, "counter-accusation of persecution: optional")
E("bp05", "Prime Minister Tomiichi Murayama called the attack", A("Tomiichi Murayama", "JPN", "GOV"), GASSERS, ["11"], "111",
  "1995-03", None, True, "condemnation 111 aimed at the unnamed attackers; month")
E("bp05", "told the police to spare no effort", A("Tomiichi Murayama", "JPN", "GOV"), JPOL, DEMAND, "100", "1995-03", None,
  False, "an order inside the government, second verb: optional")
F("bp05", "No arrests have been made in connection", "negated act")
F("bp05", "has not been seen in public for", "negated standing situation and a refusal to comment")

# ---------------------------------------------------------------- bp06 Kabul, Asia (Afghanistan)
S("bp06", "1992-04-26", "Asia", """
Rival guerrilla armies pour into Kabul and turn their guns on each other

KABUL, Afghanistan —

Thousands of Moslem guerrillas poured into Kabul on Saturday as the last communist government collapsed, and fighters loyal to the rival commanders Ahmad Shah Massoud and Gulbuddin Hekmatyar battled each other for the presidential palace and the ministries.

Rockets and machine-gun fire echoed across the city through the night. Residents said Hekmatyar's Hezb-i-Islami had seized the interior ministry, but that Massoud's men, joined by former government militias, later drove them out.

In Peshawar, Pakistan, leaders of the main guerrilla parties agreed on Friday to set up a 51-member council to rule the country for two months under Sibghatullah Mojadedi, a moderate religious scholar. Pakistan's Prime Minister Nawaz Sharif, who brokered the talks, urged all sides to respect the deal.

Hekmatyar rejected the accord and demanded that Massoud's forces and the militias leave Kabul, threatening to take the city by force.

President Najibullah, who announced his resignation on April 16, has been sheltering in the United Nations office in the capital since militiamen turned him back at the airport that night.

A U.N. spokesman said the organisation was trying to arrange safe passage for him out of the country.

It was not clear who controlled the airport on Saturday night.

The guerrilla parties have been divided for years along ethnic and religious lines.
""")
MUJ = A("Afghan guerrillas", "AFG", ["REB", "RAD"])
AFGGOV = A("Afghanistan's government", "AFG", "GOV")
MASSOUD = A("Ahmad Shah Massoud", "AFG", "REB")
HEKM = A("Gulbuddin Hekmatyar", "AFG", ["REB", "RAD"])
PARTIES = A("Afghan guerrilla parties", "AFG", ["REB", "PTY"])
NAJ = A("Najibullah", "AFG", "GOV")
E("bp06", "Rival guerrilla armies pour into Kabul and", MUJ, AFGGOV, ["19"], "190", "1992-04", P("Kabul", "AFG"), False,
  "headline")
E("bp06", "Thousands of Moslem guerrillas poured into Kabul", MUJ, AFGGOV, ["19", "17"], "190", "1992-04-25",
  P("Kabul", "AFG"), True, "armed takeover of the capital 190 (19/17); 'on Saturday' before a Sunday paper")
E("bp06", "battled each other for the presidential palace", MASSOUD, HEKM, CLASH, "190", "1992-04-25", P("Kabul", "AFG"), True,
  "clash between the two commanders' forces, first-mentioned direction required; same sentence names Kabul")
E("bp06", "battled each other for the presidential palace", HEKM, MASSOUD, CLASH, "190", "1992-04-25", P("Kabul", "AFG"),
  False, "reverse direction: optional")
E("bp06", "Residents said Hekmatyar's Hezb-i-Islami had seized the", HEKM, AFGGOV, ["19", "17"], "190", "1992-04", None,
  False, "one side's account by residents, restated fighting: optional")
E("bp06", "leaders of the main guerrilla parties agreed", PARTIES, PARTIES, AGREE, "057", "1992-04-24", P("Peshawar", "PAK"),
  True, "agreement 057 (05/03/08) among the parties; 'In Peshawar, Pakistan'; 'on Friday' before a Sunday paper")
E("bp06", "who brokered the talks, urged all sides", A("Nawaz Sharif", "PAK", "GOV"), PARTIES, ["04", "03"], "039",
  "1992-04", None, False, "mediation in an undated relative and a single outside appeal: optional")
E("bp06", "Hekmatyar rejected the accord and demanded that", HEKM, PARTIES, ["12"], "120", "1992-04", None, True,
  "rejection of the accord 120; month")
E("bp06", "demanded that Massoud's forces and the militias", HEKM, MASSOUD, DEMAND, "100", "1992-04", None, False,
  "second verb (demand): optional")
E("bp06", "threatening to take the city by force", HEKM, MASSOUD, ["13"], "138", "1992-04", None, False,
  "threat of force, participial: optional")
E("bp06", "who announced his resignation on April 16", NAJ, MUJ, ["08"], "0831", "1992-04-16", None, True,
  "resignation under pressure 0831 with the guerrillas as implied target (news-dev d09); dated relative with its own "
  "agent: required")
E("bp06", "since militiamen turned him back at the", A("Afghan militiamen", "AFG", ["MIL", "REB"]), NAJ, ["17"], "170",
  "1992-04-16", None, True, "stopping the president's flight by force 170 (17); 'that night' = April 16; dated "
  "background with its own agent; 'the airport' names no city in the clause")
F("bp06", "It was not clear who controlled the", "speculation")
F("bp06", "The guerrilla parties have been divided for", "standing situation")

# ---------------------------------------------------------------- bp07 Srinagar, South Asia (India)
S("bp07", "1990-01-22", "South Asia", """
Indian troops fire on Srinagar marchers, killing dozens; curfew clamped on Kashmir capital

SRINAGAR, India —

Indian paramilitary troops opened fire on thousands of people marching through Srinagar on Sunday to protest against house-to-house searches, killing at least 35 of them, hospital officials and witnesses said.

Most of the victims were shot as the crowd crossed the Gawkadal bridge in the old city, witnesses said. Federal officials said the troops had fired in self-defence after being stoned.

The authorities imposed an indefinite curfew on the city after the shooting and told residents that anyone found outdoors could be shot.

The march was called after security forces searched homes in the old quarter on Friday night and detained hundreds of young men suspected of backing Moslem separatists.

Farooq Abdullah resigned as the state's chief minister on Friday in protest at New Delhi's decision to send Jagmohan, a tough former administrator, as governor.

The Jammu and Kashmir Liberation Front, which is fighting for independence, called a general strike across the valley.

Officials in New Delhi accused Pakistan of arming and training the separatists. Pakistan, which has fought two wars with India over Kashmir, says it gives them only moral support.

There was no independent confirmation of the death toll.

The Kashmir valley is the only region of India with a Moslem majority.
""")
INDPARA = A("Indian paramilitary troops", "IND", ["MIL", "COP"])
KPROT = A("Kashmiri protesters", "IND", ["CVL", "OPP"])
INDGOV = A("India's government", "IND", "GOV")
JKLF = A("Jammu and Kashmir Liberation Front", "IND", ["REB", "OPP"])
E("bp07", "Indian troops fire on Srinagar marchers, killing", INDPARA, KPROT, REPR, "175", "1990-01-21", P("Srinagar", "IND"),
  False, "headline")
E("bp07", "curfew clamped on Kashmir capital", INDGOV, A("Srinagar residents", "IND", "CVL"), ["17"], "1723", "1990-01-21",
  P("Srinagar", "IND"), False, "headline")
E("bp07", "opened fire on thousands of people marching", INDPARA, KPROT, REPR, "175", "1990-01-21", P("Srinagar", "IND"), True,
  "live fire on protesters 175 (17/18); 'through Srinagar'; 'on Sunday' before a Monday paper; protesters IND (the "
  "text gives no other nationality)")
E("bp07", "opened fire on thousands of people marching", KPROT, INDGOV, ["14"], "141", "1990-01-21", P("Srinagar", "IND"),
  False, "the march itself, inside the object of the shooting: optional")
E("bp07", "Federal officials said the troops had fired", KPROT, INDPARA, VPROT, "145", "1990-01-21", None, False,
  "stoning alleged by one side: optional")
E("bp07", "imposed an indefinite curfew on the city", INDGOV, A("Srinagar residents", "IND", "CVL"), ["17"], "1723",
  "1990-01-21", P("Srinagar", "IND"), True, "curfew 1723; 'the authorities' = India's; 'the city' with the dateline "
  "= Srinagar; 'after the shooting' = Sunday")
E("bp07", "told residents that anyone found outdoors could", INDGOV, A("Srinagar residents", "IND", "CVL"), ["13"], "138",
  "1990-01-21", None, False, "threat of force, second verb: optional")
E("bp07", "searched homes in the old quarter on", A("Indian security forces", "IND", ["MIL", "COP"]),
  A("Kashmiri young men", "IND", "CVL"), ["17"], "173", "1990-01-19", P("Srinagar", "IND"), True,
  "searches and mass detentions (173 for the detentions, 17 root) in an 'after' clause with its own agent and a "
  "day: Friday night, Jan. 19; 'the old quarter' with the dateline = Srinagar")
E("bp07", "Farooq Abdullah resigned as the state's chief", A("Farooq Abdullah", "IND", ["GOV", "PTY"]), INDGOV, ["08", "14"],
  "0831", "1990-01-19", None, True, "resignation in protest at a central decision: coders split between a "
  "resignation 0831 and a protest (14); dated 'on Friday'")
E("bp07", "called a general strike across the valley", JKLF, INDGOV, ["14"], "143", "1990-01", P("Kashmir", "IND"), True,
  "call for a general strike 143 (as owned21 d01); no day: month; 'across the valley' = the Kashmir valley "
  "(Indian-administered Kashmir IND, news-dev)")
E("bp07", "Officials in New Delhi accused Pakistan of", INDGOV, A("Pakistan", "PAK", "GOV"), ["11"], "112", "1990-01", None,
  True, "accusation 112; 'Officials in New Delhi' = India's government; month")
E("bp07", "says it gives them only moral support", A("Pakistan", "PAK", "GOV"), INDGOV, DENY, "016", "1990-01", None, False,
  "standing present-tense reply, an implicit denial: optional")
F("bp07", "There was no independent confirmation of the", "negated statement")
F("bp07", "The Kashmir valley is the only region", "standing fact")

# ---------------------------------------------------------------- bp08 Stockholm, Europe (Sweden)
S("bp08", "1986-03-01", "Europe/Eurasia", """
Sweden's Palme shot dead on Stockholm street; gunman escapes on foot

STOCKHOLM, Sweden —

Prime Minister Olof Palme was shot dead on a central Stockholm street late on Friday as he walked home from a cinema with his wife, and the gunman escaped on foot, police said.

Palme, 59, who had sent his bodyguards home for the evening, was hit in the back at close range on Sveavagen, one of the capital's main avenues. His wife, Lisbeth, was grazed by a second shot.

Police had made no arrest by Saturday afternoon.

Deputy Prime Minister Ingvar Carlsson, who took over as acting head of government during the night, told a news conference that the killing was an attack on Swedish democracy itself.

President Ronald Reagan condemned the murder as a senseless act of violence, and Soviet leader Mikhail Gorbachev sent a message of condolence to Carlsson.

Palme, a Social Democrat who led Sweden for a total of ten years, was a sharp critic of both superpowers. He marched beside North Vietnam's ambassador in a Stockholm protest against the Vietnam War in 1968, and in 1972 he compared the American bombing of Hanoi to Nazi crimes, prompting Washington to withdraw its ambassador.

A caller to a news agency in London said a West German guerrilla group had carried out the attack, but police said they did not take the claim seriously.

Whether the killer had acted alone was one of many questions police could not yet answer.
""")
GUNMAN = A("unidentified gunman", None, None)
PALME = A("Olof Palme", "SWE", "GOV")
USA = A("United States", "USA", "GOV")
E("bp08", "Sweden's Palme shot dead on Stockholm street", GUNMAN, PALME, ATTACK, "186", "1986-02-28", P("Stockholm", "SWE"),
  False, "headline")
E("bp08", "Prime Minister Olof Palme was shot dead", GUNMAN, PALME, ATTACK, "186", "1986-02-28", P("Stockholm", "SWE"), True,
  "assassination 186 by an unnamed gunman (null/null, news-dev), agent in the second clause; 'late on Friday' before "
  "a Saturday paper; 'a central Stockholm street'")
E("bp08", "His wife, Lisbeth, was grazed by a", GUNMAN, A("Lisbeth Palme", "SWE", "CVL"), ATTACK, "180", "1986-02-28", None,
  False, "agentless passive, part of the same attack: optional")
E("bp08", "told a news conference that the killing", A("Ingvar Carlsson", "SWE", "GOV"), GUNMAN, ["11"], "111", "1986-03",
  None, True, "condemnation 111; the night he took over is Friday night but the news conference has no day of its "
  "own: month")
E("bp08", "President Ronald Reagan condemned the murder as", A("Ronald Reagan", "USA", "GOV"), GUNMAN, ["11"], "111",
  "1986-03", None, True, "condemnation 111, first of the two reactions (as owned35 ai01's first reaction); month")
E("bp08", "Gorbachev sent a message of condolence to", A("Mikhail Gorbachev", "RUS", "GOV"), A("Ingvar Carlsson", "SWE", "GOV"),
  ["05"], "051", "1986-03", None, False, "condolence 051, second reaction: optional; Soviet Union as RUS")
E("bp08", "He marched beside North Vietnam's ambassador in", PALME, USA, ["14"], "141", "1968", P("Stockholm", "SWE"), True,
  "dated background protest 141 against the United States' war; 'He' = Palme; 'a Stockholm protest'")
E("bp08", "he compared the American bombing of Hanoi", PALME, USA, ["11"], "111", "1972", None, True,
  "dated background denunciation 111 ('in 1972')")
E("bp08", "he compared the American bombing of Hanoi", USA, A("North Vietnam", "VNM", "GOV"), ["19"], "195", "1972",
  P("Hanoi", "VNM"), False, "nominal bombing inside the object of the comparison: optional")
E("bp08", "prompting Washington to withdraw its ambassador", USA, A("Sweden", "SWE", "GOV"), ["16"], "161", "1972", None, True,
  "recalling an envoy 161 (news-dev); 'Washington' = the United States; the same 1972")
E("bp08", "A caller to a news agency in", A("unidentified caller", None, None), PALME, ["18"], "186", "1986-03", None, False,
  "an unverified claim of responsibility, doubted by police: optional")
F("bp08", "Police had made no arrest by Saturday", "negated act")
F("bp08", "Whether the killer had acted alone was", "speculation")

# ---------------------------------------------------------------- bp09 Zagreb, Europe (Croatia / Yugoslavia)
S("bp09", "1991-11-19", "Europe/Eurasia", """
Vukovar falls to Yugoslav army after three-month siege; Croatia accuses Belgrade of razing town

ZAGREB, Croatia —

The Yugoslav army said on Monday that it had taken full control of Vukovar, after the last Croatian defenders of the shattered town on the Danube laid down their arms at the end of an 86-day siege.

Belgrade television showed columns of exhausted civilians being led out of cellars by soldiers and Serb irregulars. Army officers said hundreds of Croatian fighters had surrendered and were being held as prisoners.

Croatia's government accused the army on Monday of reducing the town to rubble and called on the European Community to recognise Croatia's independence without further delay.

Croatian officials said army gunners had shelled the town's hospital again on Sunday. The International Committee of the Red Cross asked the army to let it evacuate about 400 wounded people from the building.

The army and Serb militias began the siege in late August, pounding the town daily with artillery, rockets and bombs.

The federal navy has blockaded Croatia's Adriatic ports, including Dubrovnik, since early October.

It was not clear how many civilians had died in Vukovar during the siege.

Before the war the town had about 50,000 people, most of them Croats and Serbs.
""")
JNA = A("Yugoslav army", "SRB", "MIL")
HRVMIL = A("Croatian defenders", "HRV", "MIL")
HRVGOV = A("Croatia's government", "HRV", "GOV")
E("bp09", "Vukovar falls to Yugoslav army after three-month", JNA, HRVMIL, ["19"], "190", "1991-11", P("Vukovar", "HRV"),
  False, "headline")
E("bp09", "Croatia accuses Belgrade of razing town", HRVGOV, JNA, ["11"], "112", "1991-11", None, False,
  "headline; 'Belgrade' = the federal authorities")
E("bp09", "had taken full control of Vukovar, after", JNA, HRVMIL, ["19"], "190", "1991-11-18", P("Vukovar", "HRV"), True,
  "capture of a town 190; the federal Yugoslav army coded SRB (no current ISO3 code for Yugoslavia; Belgrade its "
  "seat); 'on Monday' before a Tuesday paper; the army's announcement is attribution")
E("bp09", "defenders of the shattered town on the", HRVMIL, JNA, ["08"], "0874", "1991-11-18", P("Vukovar", "HRV"), True,
  "military surrender 0874 (RETREAT, as owned54's abandoned posts) in an 'after' clause with its own agent, the same "
  "day; 'the shattered town' = Vukovar")
E("bp09", "Army officers said hundreds of Croatian fighters", JNA, HRVMIL, ["17"], "173", "1991-11", None, False,
  "restated surrender and the captives held: optional")
E("bp09", "accused the army on Monday of reducing", HRVGOV, JNA, ["11"], "112", "1991-11-18", None, True,
  "accusation 112; 'on Monday'")
E("bp09", "called on the European Community to recognise", HRVGOV, A("European Community", "EUR", "IGO"), DEMAND, "100",
  "1991-11-18", None, False, "second verb (appeal for recognition): optional")
E("bp09", "said army gunners had shelled the town's", JNA, A("Vukovar hospital patients", "HRV", "CVL"), ["19"], "195",
  "1991-11-17", None, False, "shelling alleged by one side: optional")
E("bp09", "asked the army to let it evacuate", A("International Committee of the Red Cross", None, "NGO"), JNA, DEMAND,
  "020", "1991-11", None, True, "request 020 (02/10); no day of its own: month; ICRC null/NGO")
E("bp09", "The army and Serb militias began the", JNA, HRVMIL, ["19"], "190", "1991-08", P("Vukovar", "HRV"), True,
  "dated background siege and shelling 190 ('in late August'); first member of the compound subject; the target "
  "is the town's defenders; 'the town' = Vukovar")
E("bp09", "The army and Serb militias began the", A("Serb militias", "HRV", ["REB", "MIL"]), HRVMIL, ["19"], "190", "1991-08",
  P("Vukovar", "HRV"), False, "second member: optional; Serb irregulars in Croatia HRV")
E("bp09", "The federal navy has blockaded Croatia's Adriatic", A("Yugoslav navy", "SRB", "MIL"), HRVGOV, ["19"], "191",
  "1991-10", None, True, "blockade 191 (COERCE) since a dated start, 'early October': month of the start")
F("bp09", "It was not clear how many civilians", "speculation and count")
F("bp09", "Before the war the town had about", "standing fact")

# ---------------------------------------------------------------- bp10 Buenos Aires, Americas (Argentina / Britain)
S("bp10", "1982-05-04", "Americas", """
Argentina says hundreds missing after British submarine sinks cruiser Belgrano

BUENOS AIRES, Argentina —

Argentina's military government said on Monday that a British submarine had torpedoed and sunk the cruiser General Belgrano in the South Atlantic, and that hundreds of its more than 1,000 crew were missing in icy seas.

The junta accused Britain of a treacherous act of aggression, saying the ship had been attacked on Sunday afternoon some 35 miles outside the exclusion zone that London had declared around the Falkland Islands.

In London, Defence Secretary John Nott told the House of Commons that the cruiser and its escorts had posed a threat to the British task force.

British helicopters also attacked two Argentine patrol boats near the islands early on Monday, sinking one, the Defence Ministry in London said.

The sinking came a day after British Vulcan bombers and Harrier jets attacked the airfield at Port Stanley, the first British strikes of the conflict.

Peru's President Fernando Belaunde Terry, who had put forward a peace plan over the weekend, said the attack had dealt a heavy blow to the search for a settlement. Ireland called for an urgent meeting of the U.N. Security Council.

On Monday night several hundred people gathered in the Plaza de Mayo, chanting against Britain.

It was not known how many of the crew had reached life rafts.

The islands, which Argentina calls the Malvinas, have been ruled by Britain since 1833.
""")
GBRMIL = A("British forces", "GBR", "MIL")
ARGMIL = A("Argentine forces", "ARG", "MIL")
JUNTA_AR = A("Argentina's military government", "ARG", ["GOV", "MIL"])
GBR = A("Britain", "GBR", "GOV")
E("bp10", "Argentina says hundreds missing after British submarine", GBRMIL, ARGMIL, ["19"], "190", "1982-05", None, False,
  "headline")
E("bp10", "a British submarine had torpedoed and sunk", GBRMIL, ARGMIL, ["19"], "190", "1982-05-02", None, True,
  "attack on a warship 190; the day is in the next sentence ('on Sunday afternoon', before a Tuesday paper): Sunday "
  "May 2; 'the South Atlantic' is no place")
E("bp10", "The junta accused Britain of a treacherous", JUNTA_AR, GBR, ["11"], "112", "1982-05-03", None, True,
  "accusation 112; the statement of the lead is 'on Monday'")
E("bp10", "the exclusion zone that London had declared", GBR, A("Argentina", "ARG", "GOV"), ["19", "17", "13"], "191",
  None, None, False, "undated nominal blockade zone in a relative: optional")
E("bp10", "told the House of Commons that the", A("John Nott", "GBR", "GOV"), ARGMIL, ["11"], "112", "1982-05", None, False,
  "justification that the ship was a threat: optional")
E("bp10", "British helicopters also attacked two Argentine patrol", GBRMIL, ARGMIL, ["19"], "190", "1982-05-03", None, True,
  "attack 190; 'early on Monday' before a Tuesday paper; 'near the islands' is not a named place")
E("bp10", "British Vulcan bombers and Harrier jets attacked", GBRMIL, ARGMIL, ["19"], "195", "1982-05-01",
  P("Port Stanley", "FLK"), True, "air strike 195 in a dated 'a day after' clause with its own agent: Saturday "
  "May 1; 'the airfield at Port Stanley' (Falkland Islands FLK)")
E("bp10", "who had put forward a peace plan", A("Fernando Belaunde Terry", "PER", "GOV"), GBR, ["03", "04"], "039",
  "1982-05", None, True, "mediation offer 039 in a relative with its own agent, 'over the weekend': month (May 1-2)")
E("bp10", "said the attack had dealt a heavy", A("Fernando Belaunde Terry", "PER", "GOV"), GBR, ["11"], "111", "1982-05",
  None, False, "single outside criticism: optional")
E("bp10", "Ireland called for an urgent meeting of", A("Ireland", "IRL", "GOV"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "1982-05", None, False, "single outside reaction: optional")
E("bp10", "several hundred people gathered in the Plaza", A("Argentine protesters", "ARG", "CVL"), GBR, ["14"], "141",
  "1982-05-03", P("Buenos Aires", "ARG"), False, "protest against a foreign country 141; 'the Plaza de Mayo' with "
  "the dateline = Buenos Aires; optional (a small crowd, a coder may take it for no event)")
F("bp10", "It was not known how many of", "speculation")
F("bp10", "which Argentina calls the Malvinas, have been", "standing situation")

# ---------------------------------------------------------------- bp11 Guatemala City, Americas (Central America)
S("bp11", "1987-08-08", "Americas", """
Central American presidents sign peace plan, call for end to aid for rebels

GUATEMALA CITY, Guatemala —

The presidents of five Central American nations signed a peace plan here on Friday that calls for ceasefires in the region's wars within 90 days and an end to outside aid for guerrilla forces, including the U.S.-backed Contra rebels fighting Nicaragua's leftist government.

The accord, drafted by Costa Rica's President Oscar Arias, was signed by Arias, Nicaragua's Daniel Ortega, Jose Napoleon Duarte of El Salvador, Vinicio Cerezo of Guatemala and Jose Azcona of Honduras after two days of talks.

Under the plan, each government must declare an amnesty, open a dialogue with unarmed opponents and restore press freedom.

Ortega said Nicaragua would comply with every clause and challenged Washington to stop financing the Contras at once.

The agreement came two days after President Ronald Reagan and House Speaker Jim Wright offered their own plan, which called for a ceasefire in Nicaragua and a halt to Soviet and Cuban military aid to Managua.

In Washington, the White House said it welcomed the accord but would study it closely.

Adolfo Calero, a Contra leader, said in Miami that the rebels rejected any settlement that left the Sandinistas in power.

Congress cut off military aid to the Contras in 1984, but voted last year to resume it with $100 million.

Whether the plan would hold depended largely on Washington, Central American diplomats said.
""")
ARIAS = A("Oscar Arias", "CRI", "GOV")
ORTEGA = A("Daniel Ortega", "NIC", "GOV")
CONTRAS = A("Contra rebels", "NIC", ["REB", "OPP"])
USCONG = A("U.S. Congress", "USA", ["LEG", "GOV"])
E("bp11", "Central American presidents sign peace plan, call", ARIAS, ORTEGA, AGREE, "057", "1987-08", None, False,
  "headline")
E("bp11", "signed a peace plan here on Friday", ARIAS, ORTEGA, AGREE, "057", "1987-08-07", P("Guatemala City", "GTM"), False,
  "lead summary of the signing detailed next: optional ('here' = Guatemala City)")
E("bp11", "was signed by Arias, Nicaragua's Daniel Ortega", ARIAS, ORTEGA, AGREE, "057", "1987-08-07", None, True,
  "signed accord 057 (05/03/08), passive with its agents; first-mentioned pair (Arias and Ortega) required, the "
  "date from the lead (Friday before a Saturday paper); the city is named only in the lead")
E("bp11", "was signed by Arias, Nicaragua's Daniel Ortega", ORTEGA, ARIAS, AGREE, "057", "1987-08-07", None, False,
  "reverse direction and the other signatories: optional")
E("bp11", "Ortega said Nicaragua would comply with every", ORTEGA, ARIAS, ["03"], "030", "1987-08", None, False,
  "promise to comply put as an intention: optional")
E("bp11", "challenged Washington to stop financing the Contras", ORTEGA, A("United States", "USA", "GOV"), DEMAND, "100",
  "1987-08", None, True, "demand 100 (10/02) to stop aid to the rebels; 'Washington' = the United States; month")
E("bp11", "Reagan and House Speaker Jim Wright offered", A("Ronald Reagan", "USA", "GOV"), A("Nicaragua", "NIC", "GOV"),
  ["03", "04"], "037", "1987-08-05", None, True, "a peace proposal 037 in a dated 'two days after' clause with its "
  "own agent: Wednesday Aug. 5; first member of the compound subject")
E("bp11", "Reagan and House Speaker Jim Wright offered", A("Jim Wright", "USA", ["LEG", "GOV"]), A("Nicaragua", "NIC", "GOV"),
  ["03", "04"], "037", "1987-08-05", None, False, "second member: optional")
E("bp11", "the White House said it welcomed the", A("White House", "USA", "GOV"), ARIAS, ["05"], "051", "1987-08", None,
  False, "single outside reaction, hedged: optional")
E("bp11", "said in Miami that the rebels rejected", A("Adolfo Calero", "NIC", ["REB", "OPP"]), ORTEGA, ["12"], "120",
  "1987-08", P("Miami", "USA"), True, "rejection 120 of a settlement with the Sandinistas (target Ortega's "
  "government); 'in Miami' is where he spoke; month")
E("bp11", "Congress cut off military aid to the", USCONG, CONTRAS, ["16"], "1622", "1984", None, True,
  "dated background halt of military aid 1622")
E("bp11", "voted last year to resume it with", USCONG, CONTRAS, ["07"], "072", "1986", None, False,
  "resumed aid, second clause: optional; 'last year' = 1986")
F("bp11", "Under the plan, each government must declare", "normative: the plan's terms, nothing done")
F("bp11", "Whether the plan would hold depended largely", "speculation")

# ---------------------------------------------------------------- bp12 Caracas, Americas (Venezuela)
S("bp12", "1993-05-22", "Americas", """
Venezuela's Senate suspends Perez to face corruption trial; Lepage sworn in

CARACAS, Venezuela —

Venezuela's Senate voted unanimously on Friday to lift President Carlos Andres Perez's immunity and suspend him from office so that he can stand trial for embezzling public funds, a day after the Supreme Court ruled that there were grounds to try him.

The Senate's president, Octavio Lepage, was sworn in as interim head of state hours later.

In a televised address on Thursday night, Perez said he accepted the court's decision but accused his political enemies of staging a trial to destroy him. He denied that he had taken a single bolivar for himself.

The charges, brought in March by Attorney General Ramon Escovar Salom, concern 250 million bolivars, about $17 million, from a secret security fund that was changed into dollars at a favourable rate shortly before a devaluation in 1989.

Hundreds of people gathered outside the Congress building on Friday, cheering the vote.

Perez survived two coup attempts last year. In February, paratroopers led by Lt. Col. Hugo Chavez tried to seize the presidential palace, and in November rebel pilots bombed it.

Under the constitution, Congress must choose a president to serve out the term if Perez is not cleared within 90 days.

Perez has not said whether he will fight the charges from abroad.
""")
PEREZ = A("Carlos Andres Perez", "VEN", "GOV")
VSEN = A("Venezuela's Senate", "VEN", ["LEG", "GOV"])
VSC = A("Venezuela's Supreme Court", "VEN", "JUD")
E("bp12", "Venezuela's Senate suspends Perez to face corruption", VSEN, PEREZ, ["17", "12", "11"], "172", "1993-05-21", None,
  False, "headline")
E("bp12", "voted unanimously on Friday to lift President", VSEN, PEREZ, ["17", "12", "11"], "172", "1993-05-21", None, True,
  "suspension of a president by parliament 172 (17/12/11, as owned35 ai10); 'on Friday' in a Saturday paper; "
  "'Venezuela's Senate' gives no place")
E("bp12", "a day after the Supreme Court ruled", VSC, PEREZ, ["11", "17"], "112", "1993-05-20", None, True,
  "a court finding grounds to try 112 (court verdicts 17/11) in a dated 'a day after' clause with its own agent")
E("bp12", "accused his political enemies of staging a", PEREZ, A("Perez's political opponents", "VEN", ["PTY", "OPP"]),
  ["11"], "112", "1993-05-20", None, True, "accusation 112; 'on Thursday night' before a Saturday paper")
E("bp12", "said he accepted the court's decision but", PEREZ, VSC, ["08"], "080", "1993-05-20", None, False,
  "acceptance of the ruling, a yielding at most: optional")
E("bp12", "He denied that he had taken a", PEREZ, A("Ramon Escovar Salom", "VEN", ["JUD", "GOV"]), DENY, "016", "1993-05-20",
  None, True, "denial 016 (01/12) of the charge; the Thursday address; 'He' = Perez")
E("bp12", "The charges, brought in March by Attorney", A("Ramon Escovar Salom", "VEN", ["JUD", "GOV"]), PEREZ, ["11", "17"],
  "112", "1993-03", None, True, "charges announced by the attorney general 112 (11/17, as owned54's murder charge); "
  "dated nominal with its agent: required")
E("bp12", "Hundreds of people gathered outside the Congress", A("Venezuelan demonstrators", "VEN", "CVL"), PEREZ, ["14"],
  "141", "1993-05-21", None, False, "a cheering crowd, a demonstration against Perez at most: optional; 'outside the "
  "Congress building' gives no place")
E("bp12", "Perez survived two coup attempts last year", A("Venezuelan rebel officers", "VEN", "MIL"), PEREZ, COUP, "190",
  "1992", None, False, "agentless summary of the two attempts detailed next: optional")
E("bp12", "paratroopers led by Lt. Col. Hugo Chavez", A("Hugo Chavez", "VEN", "MIL"), PEREZ, COUP, "190", "1992-02", None,
  True, "dated background coup attempt (coup roots 17/19, 190 as an armed attack); 'In February' of 'last year' = "
  "1992-02")
E("bp12", "and in November rebel pilots bombed it", A("Venezuelan rebel pilots", "VEN", "MIL"), PEREZ, ["19", "17"], "195",
  "1992-11", None, True, "dated background air attack 195 on the palace ('it'); November 1992")
F("bp12", "Under the constitution, Congress must choose a", "normative and conditional: nothing done")
F("bp12", "Perez has not said whether he will", "negated statement and speculation")

if __name__ == "__main__":
    write(HERE)
