#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned58 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned58/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
OUST = ["17", "12", "11"]

# ---------------------------------------------------------------- bg01 Lilongwe, Africa (Malawi)
S("bg01", "2020-02-04", "Africa", """
Malawi court annuls Mutharika's re-election and orders new vote

LILONGWE, Malawi —

Malawi's Constitutional Court, sitting in Lilongwe, on Monday annulled President Peter Mutharika's narrow re-election in last May's vote, ruling that widespread irregularities, including the use of correction fluid on tally sheets, had undermined the result. It ordered a fresh election within 150 days.

The five judges, who read their unanimous ruling for most of the day under heavy army guard, upheld petitions brought by opposition leaders Lazarus Chakwera and Saulos Chilima. They also found that the electoral commission had failed in its duty to run a credible poll.

Mutharika, speaking in Addis Ababa, where he was attending an African Union summit, denounced the judgment as an assault on justice. His Democratic Progressive Party said it would appeal to the Supreme Court.

Thousands of opposition supporters danced and sang in the streets of the capital as the verdict was read out.

Chakwera praised the judges for their courage and urged his supporters to remain calm.

The ruling followed months of unrest. In July, police fired tear gas at marchers in Lilongwe who were demanding the resignation of the electoral commission's chairwoman, Jane Ansah. In January, anti-corruption investigators arrested a banker, Thomson Mpinganjira, on suspicion of trying to bribe the judges hearing the case.

Mutharika had been declared the winner with 38.6 percent of the vote, about 159,000 votes ahead of Chakwera.
""")
MWICC = A("Malawi's Constitutional Court", "MWI", "JUD")
MUTH = A("Peter Mutharika", "MWI", "GOV")
CHAK = A("Lazarus Chakwera", "MWI", ["OPP", "PTY"])
MEC = A("Malawi Electoral Commission", "MWI", "GOV")
MWIP = A("Malawian protesters", "MWI", ["CVL", "OPP"])
E("bg01", "Malawi court annuls Mutharika's re-election and orders", MWICC, MUTH, OUST, "172", "2020-02-03", None, False,
  "headline")
E("bg01", "on Monday annulled President Peter Mutharika's narrow", MWICC, MUTH, OUST, "172", "2020-02-03",
  P("Lilongwe", "MWI"), True, "a court annulling an election 172 (17/12/11, as owned35 ai08 and owned21 d02); "
  "'sitting in Lilongwe' names the place; 'on Monday' before a Tuesday paper")
E("bg01", "It ordered a fresh election within 150", MWICC, MEC, DEMAND, "100", "2020-02", None, False,
  "second verb of the ruling, an order to hold a vote: optional")
E("bg01", "upheld petitions brought by opposition leaders Lazarus", MWICC, CHAK, ["05", "11"], "050", "2020-02", None,
  False, "the ruling read as support for the petitioners: optional; the petitions themselves, in a participle with no "
  "date, are not coded")
E("bg01", "found that the electoral commission had failed", MWICC, MEC, ["11", "17"], "112", "2020-02", None, True,
  "the court's finding against the commission 112 (11/17, news-dev's court verdicts); no day of its own: month")
E("bg01", "denounced the judgment as an assault on", MUTH, MWICC, ["11"], "111", "2020-02", P("Addis Ababa", "ETH"), True,
  "denunciation 111; 'speaking in Addis Ababa' is where he was, named in the clause; month")
E("bg01", "said it would appeal to the Supreme", A("Democratic Progressive Party", "MWI", ["PTY", "GOV"]), MWICC,
  ["11"], "115", "2020-02", None, False, "legal challenge put as an intention: optional")
E("bg01", "Chakwera praised the judges for their courage", CHAK, MWICC, ["05"], "051", "2020-02", None, True,
  "praise 051; month")
E("bg01", "urged his supporters to remain calm", CHAK, A("Chakwera's supporters", "MWI", ["CVL", "OPP"]), DEMAND,
  "020", "2020-02", None, False, "appeal to his own side: optional")
E("bg01", "police fired tear gas at marchers in", A("Malawian police", "MWI", "COP"), MWIP, REPR, "175", "2019-07",
  P("Lilongwe", "MWI"), True, "dated background: force against marchers 175 (17/18); 'In July' before a February "
  "paper is 2019; 'in Lilongwe' names the place; unnamed police are Malawi's")
E("bg01", "who were demanding the resignation of the", MWIP, A("Jane Ansah", "MWI", "GOV"), DEMAND, "1041", "2019-07",
  P("Lilongwe", "MWI"), False, "demand for resignation inside a relative clause: optional")
E("bg01", "anti-corruption investigators arrested a banker, Thomson Mpinganjira",
  A("Malawi's Anti-Corruption Bureau", "MWI", ["GOV", "COP"]), A("Thomson Mpinganjira", "MWI", "BUS"), ["17"], "173",
  "2020-01", None, True, "dated background arrest 173; 'In January' in a February paper")
F("bg01", "Thousands of opposition supporters danced and sang", "celebration, not a protest: no event")
F("bg01", "Mutharika had been declared the winner with", "count / result figures (the commission's declaration is "
  "not coded, as in owned35 and owned54)")

# ---------------------------------------------------------------- bg02 Bamako, Africa (Mali)
S("bg02", "2021-05-26", "Africa", """
Mali's Goita strips interim leaders of powers after soldiers detain them

BAMAKO, Mali —

Mali's vice-president, Colonel Assimi Goita, said on Tuesday that he had stripped the interim president, Bah Ndaw, and Prime Minister Moctar Ouane of their powers, a day after soldiers detained both men and drove them to a military camp outside the capital.

In a statement read on state television, Goita accused the two civilian leaders of trying to sabotage the transition by naming a new cabinet without consulting him. The reshuffle, announced hours before the arrests, had dropped two officers who took part in last year's coup, including the defence minister.

Goita, who led the junta that toppled President Ibrahim Boubacar Keita in August, said elections would still be held next year as planned.

The United Nations, the African Union and the West African bloc ECOWAS demanded in a joint statement the immediate and unconditional release of the detained leaders.

French President Emmanuel Macron called the soldiers' move "a coup within a coup" and said the European Union was ready to impose targeted sanctions.

The bloc's mediator, former Nigerian President Goodluck Jonathan, arrived in Bamako on Tuesday for talks with the officers.

It was Mali's third military takeover in less than a decade.

It was unclear who would run the government in the meantime.
""")
GOITA = A("Assimi Goita", "MLI", ["MIL", "GOV"])
NDAW = A("Bah Ndaw", "MLI", "GOV")
OUANE = A("Moctar Ouane", "MLI", "GOV")
MLIMIL = A("Malian soldiers", "MLI", "MIL")
E("bg02", "Mali's Goita strips interim leaders of powers", GOITA, NDAW, COUP, "172", "2021-05", None, False, "headline")
E("bg02", "said on Tuesday that he had stripped", GOITA, NDAW, COUP, "172", "2021-05", None, True,
  "removal of the civilian leaders by the military vice-president: coup roots 17/19, cameo 172; the act is told in a "
  "pluperfect on Tuesday, so only the month is certain; compound object, first member required")
E("bg02", "and Prime Minister Moctar Ouane of their", GOITA, OUANE, COUP, "172", "2021-05", None, False,
  "second member of the compound object: optional")
E("bg02", "a day after soldiers detained both men", MLIMIL, NDAW, ["17"], "173", "2021-05-24", None, True,
  "detention 173 in a 'a day after' clause with its own agent; Tuesday's day before: Monday, May 24; 'a military "
  "camp outside the capital' names no place; 'both men': first referent required")
E("bg02", "drove them to a military camp outside", MLIMIL, OUANE, ["17"], "173", "2021-05-24", None, False,
  "the second detained man: optional")
E("bg02", "Goita accused the two civilian leaders of", GOITA, NDAW, ["11"], "112", "2021-05", None, True,
  "accusation 112; 'the two civilian leaders' first referent Ndaw; no day of its own: month")
E("bg02", "who led the junta that toppled President", A("Malian junta", "MLI", "MIL"),
  A("Ibrahim Boubacar Keita", "MLI", "GOV"), COUP, "172", "2020-08", None, True,
  "dated background coup in a relative clause with its own agent (coup roots 17/19); 'in August' before a May paper "
  "is 2020")
E("bg02", "demanded in a joint statement the immediate", A("United Nations", "UNO", "IGO"), MLIMIL, DEMAND, "1053",
  "2021-05", None, True, "demand for release 1053 (10/02); compound subject, first member required; month")
E("bg02", "The United Nations, the African Union and", A("African Union", "AFR", "IGO"), MLIMIL, DEMAND, "1053",
  "2021-05", None, False, "second member: optional")
E("bg02", "the West African bloc ECOWAS demanded in", A("ECOWAS", None, "IGO"), MLIMIL, DEMAND, "1053", "2021-05",
  None, False, "third member: optional (ECOWAS null/IGO as news-dev)")
E("bg02", "called the soldiers' move \"a coup within", A("Emmanuel Macron", "FRA", "GOV"), MLIMIL, ["11"], "111",
  "2021-05", None, False, "single outside reaction: optional")
E("bg02", "was ready to impose targeted sanctions", A("Emmanuel Macron", "FRA", "GOV"), MLIMIL, ["13"], "1312",
  "2021-05", None, False, "threat of sanctions, put as readiness: optional")
E("bg02", "arrived in Bamako on Tuesday for talks", A("ECOWAS mediator Goodluck Jonathan", None, "IGO"),
  A("Mali", "MLI", ["MIL", "GOV"]), ["04"], "042", "2021-05-25", P("Bamako", "MLI"), True,
  "visit 042 with the city as place; the mediator acts for the bloc (news-dev: ECOWAS null/IGO), though a coder that "
  "gives Nigeria from 'former Nigerian President' has the person right; 'on Tuesday' before a Wednesday paper")
F("bg02", "It was Mali's third military takeover in", "count / historical summary with no actor")
F("bg02", "It was unclear who would run the", "speculation")

# ---------------------------------------------------------------- bg03 Bujumbura, Africa (Burundi)
S("bg03", "2015-04-28", "Africa", """
Burundi police fire on protesters as Nkurunziza seeks third term; private radio cut off

BUJUMBURA, Burundi —

Police fired tear gas, water cannon and live rounds on Sunday at young demonstrators who had set up barricades in several districts of Bujumbura, a day after the ruling party chose President Pierre Nkurunziza as its candidate for a third term. At least two protesters were killed, the Red Cross said.

Crowds in Musaga and Nyakabiga threw stones at officers and chanted that the president must go, witnesses said.

On Monday the authorities switched off the relays of Radio Publique Africaine, the country's most popular private station, which had been broadcasting the unrest live. Police also detained Pierre Claver Mbonimpa, a prominent human rights activist, at his home in the capital.

The government, which banned all demonstrations last week, described the protests as an insurrection organised by the opposition.

Opposition leader Agathon Rwasa said the nomination violated the Arusha peace accord that ended the civil war, which limits presidents to two terms.

Nkurunziza's allies argue that his first term does not count because he was chosen by parliament, not by voters, in 2005.

In Washington, the State Department said Burundi had missed a historic opportunity and urged the government to let the station broadcast again.

More than 20,000 Burundians have fled to neighbouring Rwanda this month, the U.N. refugee agency says.
""")
BDICOP = A("Burundian police", "BDI", "COP")
BDIP = A("Burundian protesters", "BDI", ["CVL", "OPP"])
BDIG = A("Burundi's government", "BDI", "GOV")
NKUR = A("Pierre Nkurunziza", "BDI", "GOV")
E("bg03", "Burundi police fire on protesters as Nkurunziza", BDICOP, BDIP, REPR, "175", "2015-04-26", None, False,
  "headline")
E("bg03", "private radio cut off", BDIG, A("Radio Publique Africaine", "BDI", "MED"), ["17"], "1721", "2015-04-27",
  None, False, "headline, second event")
E("bg03", "Police fired tear gas, water cannon and", BDICOP, BDIP, REPR, "175", "2015-04-26", P("Bujumbura", "BDI"),
  True, "live fire on protesters 175 (17/18); 'in several districts of Bujumbura' names the place; 'on Sunday' before "
  "a Tuesday paper; the party's nomination in the 'a day after' clause is no CAMEO event")
E("bg03", "young demonstrators who had set up barricades", BDIP, BDIG, ["14"], "144", "2015-04", P("Bujumbura", "BDI"),
  False, "road blocks 144 inside a relative clause: optional")
E("bg03", "Crowds in Musaga and Nyakabiga threw stones", BDIP, BDICOP, VPROT, "145", "2015-04", None, False,
  "stone-throwing told by witnesses, one side's account of a clash the police started: optional; Musaga and "
  "Nyakabiga are districts, not a city")
E("bg03", "the authorities switched off the relays of", BDIG, A("Radio Publique Africaine", "BDI", "MED"), ["17"],
  "1721", "2015-04-27", None, True, "closing a radio station 1721 (restriction of political freedoms, as owned21 d04's "
  "internet cut); 'On Monday' before a Tuesday paper")
E("bg03", "Police also detained Pierre Claver Mbonimpa, a", BDICOP, A("Pierre Claver Mbonimpa", "BDI", ["NGO", "CVL"]),
  ["17"], "173", "2015-04-27", P("Bujumbura", "BDI"), True, "arrest 173; 'also' continues Monday; 'his home in the "
  "capital' = Bujumbura with the dateline")
E("bg03", "which banned all demonstrations last week, described", BDIG, BDIP, ["17"], "1721", "2015-04", None, True,
  "dated background ban on protests 1721 in a relative clause with its own agent; 'last week': month")
E("bg03", "described the protests as an insurrection organised", BDIG, A("Burundian opposition", "BDI", ["OPP", "PTY"]),
  ["11"], "112", "2015-04", None, True, "accusation 112 against the opposition; month")
E("bg03", "Opposition leader Agathon Rwasa said the nomination", A("Agathon Rwasa", "BDI", ["OPP", "PTY"]), NKUR,
  ["11"], "112", "2015-04", None, True, "accusation of breaking the peace accord 112; month")
E("bg03", "the State Department said Burundi had missed", A("U.S. State Department", "USA", "GOV"), BDIG, ["11"], "111",
  "2015-04", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is where it spoke")
E("bg03", "urged the government to let the station", A("U.S. State Department", "USA", "GOV"), BDIG, DEMAND, "100",
  "2015-04", P("Washington", "USA"), False, "second verb of the outside reaction: optional")
F("bg03", "Nkurunziza's allies argue that his first term", "standing argument; the 2005 choice by parliament is a "
  "definition of his first term, no event")
F("bg03", "More than 20,000 Burundians have fled to", "count")

# ---------------------------------------------------------------- bg04 Lahore, Asia (Pakistan)
S("bg04", "2022-11-05", "Asia", """
Imran Khan wounded as gunman fires on protest march; former premier blames Sharif

LAHORE, Pakistan —

Former Prime Minister Imran Khan was shot in the leg on Thursday when a gunman opened fire on the truck carrying him at the head of a protest march in the eastern town of Wazirabad, killing one of his supporters and wounding several other people.

Khan, 70, was taken to a hospital he founded in Lahore, where doctors removed bullet fragments from his legs.

Police arrested a suspect at the scene. In a video released by police, the man said he had acted alone.

Hours later, Khan's aide Asad Umar read out a statement in which the former cricket star accused Prime Minister Shehbaz Sharif, Interior Minister Rana Sanaullah and a senior intelligence officer of plotting the attack.

The military's media wing on Friday rejected the allegation against its officer as baseless and irresponsible.

Thousands of Khan's supporters blocked roads and burned tyres in Rawalpindi, Karachi and other cities on Friday. Police fired tear gas at protesters outside the governor's residence in Peshawar.

Khan has demanded a snap election since parliament voted him out of office in April, a move he blames on a U.S.-backed conspiracy that Washington denies. His march had set out from Lahore for Islamabad on Oct. 28.

Pakistan has a long history of political violence; former Prime Minister Benazir Bhutto was assassinated at a rally in 2007.

It was not clear whether the march would resume.
""")
KHAN = A("Imran Khan", "PAK", ["OPP", "PTY"])
SHARIF = A("Shehbaz Sharif", "PAK", "GOV")
PAKCOP = A("Pakistani police", "PAK", "COP")
PTIS = A("Khan's supporters", "PAK", ["CVL", "OPP"])
GUNMAN = A("Wazirabad gunman", None, None)
E("bg04", "Imran Khan wounded as gunman fires on", GUNMAN, KHAN, ["18", "19"], "180", "2022-11-03", None, False,
  "headline")
E("bg04", "former premier blames Sharif", KHAN, SHARIF, ["11"], "112", "2022-11", None, False, "headline, second event")
E("bg04", "when a gunman opened fire on the", GUNMAN, KHAN, ["18", "19"], "180", "2022-11-03", P("Wazirabad", "PAK"),
  True, "a shooting by an individual 180 (18/19, as owned54 bc06); the gunman null/null (news-dev's unnamed gunmen); "
  "'in the eastern town of Wazirabad' names the place; 'on Thursday' before a Saturday paper")
E("bg04", "Police arrested a suspect at the scene", PAKCOP, GUNMAN, ["17"], "173", "2022-11", None, True,
  "arrest 173; no day in the sentence: month; 'at the scene' names no place")
E("bg04", "the former cricket star accused Prime Minister", KHAN, SHARIF, ["11"], "112", "2022-11", None, True,
  "accusation 112 inside a statement read by an aide; 'Hours later' after Thursday: month as owned54; compound "
  "object, first member required")
E("bg04", "Interior Minister Rana Sanaullah and a senior", KHAN, A("Rana Sanaullah", "PAK", "GOV"), ["11"], "112",
  "2022-11", None, False, "second member: optional")
E("bg04", "and a senior intelligence officer of plotting", KHAN, A("Pakistani intelligence officer", "PAK", ["SPY", "MIL"]),
  ["11"], "112", "2022-11", None, False, "third member: optional")
E("bg04", "The military's media wing on Friday rejected", A("Pakistan's military", "PAK", "MIL"), KHAN, DENY, "016",
  "2022-11-04", None, True, "denial 016 (01/12); 'on Friday' before a Saturday paper")
E("bg04", "blocked roads and burned tyres in Rawalpindi", PTIS, A("Pakistan's government", "PAK", "GOV"), VPROT, "144",
  "2022-11-04", P("Rawalpindi", "PAK"), True, "road blocks with burning tyres 144 (14/18/17); the first named city "
  "as place (as owned35 ai02); 'on Friday'")
E("bg04", "Police fired tear gas at protesters outside", PAKCOP, PTIS, REPR, "175", "2022-11", P("Peshawar", "PAK"),
  True, "force against protesters 175; 'in Peshawar' names the place; no day in the sentence: month")
E("bg04", "Khan has demanded a snap election since", KHAN, A("Pakistan's government", "PAK", "GOV"), DEMAND, "104",
  "2022", None, False, "standing demand over a span from April (year): optional")
E("bg04", "since parliament voted him out of office", A("Pakistan's parliament", "PAK", ["LEG", "GOV"]), KHAN, OUST,
  "172", "2022-04", None, True, "dated background removal by parliament 172 (17/12/11, as owned35 ai10) in a 'since' "
  "clause with its own agent; 'in April' in a November paper")
E("bg04", "a move he blames on a U.S.-backed", KHAN, A("United States", "USA", "GOV"), ["11"], "112", "2022", None,
  False, "standing present-tense accusation in a relative: optional")
E("bg04", "conspiracy that Washington denies", A("United States", "USA", "GOV"), KHAN, DENY, "016", "2022", None, False,
  "standing present-tense denial in a relative: optional")
E("bg04", "His march had set out from Lahore", KHAN, A("Pakistan's government", "PAK", "GOV"), ["14"], "141",
  "2022-10-28", P("Lahore", "PAK"), False, "the march's start, a protest with no target named in the clause: optional")
F("bg04", "Pakistan has a long history of political", "historical aside: an agentless 2007 killing, no actor")
F("bg04", "It was not clear whether the march", "speculation")

# ---------------------------------------------------------------- bg05 Phnom Penh, Asia (Cambodia)
S("bg05", "2014-01-05", "Asia", """
Cambodian forces fire on striking garment workers, killing four; opposition driven from park

PHNOM PENH, Cambodia —

Cambodian military police fired assault rifles at striking garment workers on a highway on the western edge of the capital on Friday, killing at least four people and wounding more than 20, rights groups said.

Police said hundreds of workers who were demanding that the monthly minimum wage be raised to $160 had blocked the road with burning tyres and thrown stones and petrol bombs at the security forces.

A day earlier, soldiers of an elite paratroop unit had beaten workers and monks with batons outside a factory in the same district and detained 10 people.

Government spokesman Phay Siphan said the forces had acted to restore order and accused the opposition of inciting the workers.

On Saturday, riot police and dozens of men in civilian clothes armed with sticks drove opposition supporters out of Freedom Park in central Phnom Penh, where the Cambodia National Rescue Party had held rallies since the middle of December, and tore down their stage.

The Interior Ministry then banned all demonstrations in the capital until order was restored.

Opposition leader Sam Rainsy, whose party says the July election was rigged, condemned the killings as a massacre.

It was the deadliest crackdown on protests in Cambodia in more than a decade.

Whether the garment factories would reopen on Monday was unclear.
""")
KHMMP = A("Cambodian military police", "KHM", ["COP", "MIL"])
KHMW = A("Cambodian garment workers", "KHM", ["LAB", "CVL"])
KHMG = A("Cambodia's government", "KHM", "GOV")
CNRP = A("Cambodia National Rescue Party", "KHM", ["OPP", "PTY"])
E("bg05", "Cambodian forces fire on striking garment workers", KHMMP, KHMW, REPR, "175", "2014-01-03", None, False,
  "headline")
E("bg05", "opposition driven from park", A("Cambodian riot police", "KHM", "COP"), CNRP, ["17", "18"], "170", "2014-01-04",
  None, False, "headline, second event")
E("bg05", "military police fired assault rifles at striking", KHMMP, KHMW, REPR, "175", "2014-01-03",
  P("Phnom Penh", "KHM"), True, "live fire on strikers 175 (17/18); 'the western edge of the capital' = Phnom Penh "
  "with the dateline; 'on Friday' before a Sunday paper; rights groups' count is attribution, the shooting undisputed")
E("bg05", "Police said hundreds of workers who were", KHMW, A("Cambodian security forces", "KHM", ["COP", "MIL"]), VPROT,
  "145", "2014-01", None, False, "the police's account of a riot, one side's version: optional")
E("bg05", "who were demanding that the monthly minimum", KHMW, KHMG, DEMAND, "104", "2014-01", None, False,
  "the strikers' wage demand inside a relative of the police account: optional")
E("bg05", "soldiers of an elite paratroop unit had", A("Cambodian paratroopers", "KHM", "MIL"), KHMW, ["18", "17"],
  "182", "2014-01-02", None, True, "dated background beating 182 (18/17); 'A day earlier' than Friday: Thursday, Jan. "
  "2; 'a factory in the same district' names no place")
E("bg05", "and detained 10 people", A("Cambodian paratroopers", "KHM", "MIL"), KHMW, ["17"], "173", "2014-01-02", None,
  False, "second verb of the same raid: optional")
E("bg05", "accused the opposition of inciting the workers", A("Phay Siphan", "KHM", "GOV"), CNRP, ["11"], "112",
  "2014-01", None, True, "accusation 112; no day of its own: month")
E("bg05", "riot police and dozens of men in", A("Cambodian riot police", "KHM", "COP"),
  A("Cambodian opposition supporters", "KHM", ["CVL", "OPP"]), ["17", "18"], "170", "2014-01-04",
  P("Phnom Penh", "KHM"), True, "a forced clearance of a protest camp 170 (17/18, as owned35 ai12); 'in central Phnom "
  "Penh' names the place; 'On Saturday' before a Sunday paper; compound subject, police first")
E("bg05", "dozens of men in civilian clothes armed", A("men in civilian clothes", "KHM", None),
  A("Cambodian opposition supporters", "KHM", ["CVL", "OPP"]), ["17", "18"], "170", "2014-01-04",
  P("Phnom Penh", "KHM"), False, "second member, unidentified men: optional")
E("bg05", "The Interior Ministry then banned all demonstrations", A("Cambodia's Interior Ministry", "KHM", "GOV"),
  A("Cambodian protesters", "KHM", ["CVL", "OPP"]), ["17"], "1721", "2014-01", P("Phnom Penh", "KHM"), True,
  "ban on demonstrations 1721; 'in the capital' = Phnom Penh; 'then' gives no day of its own: month")
E("bg05", "condemned the killings as a massacre", A("Sam Rainsy", "KHM", ["OPP", "PTY"]), KHMG, ["11"], "111",
  "2014-01", None, True, "condemnation 111 of the government's forces; month")
E("bg05", "whose party says the July election was", CNRP, KHMG, ["11"], "112", "2014", None, False,
  "standing present-tense claim in a relative: optional")
F("bg05", "It was the deadliest crackdown on protests", "historical comparison with no actor")
F("bg05", "Whether the garment factories would reopen on", "speculation")

# ---------------------------------------------------------------- bg06 Bangkok, Asia (Thailand)
S("bg06", "2014-05-08", "Asia", """
Thai court removes Yingluck from office over transfer of security chief

BANGKOK, Thailand —

Thailand's Constitutional Court on Wednesday ordered Prime Minister Yingluck Shinawatra and nine of her ministers out of office, ruling that she had abused her power by transferring a senior security official in 2011 to benefit a relative.

The remaining cabinet members named Commerce Minister Niwatthamrong Boonsongpaisan as caretaker prime minister hours after the verdict.

Yingluck, the sister of Thaksin Shinawatra, who was ousted by the army in 2006, denied any wrongdoing in a televised address and said she had always acted honestly.

Leaders of the pro-government Red Shirt movement called the ruling a judicial coup and summoned their followers to a mass rally on the outskirts of Bangkok on Saturday.

Suthep Thaugsuban, a former deputy premier who has led six months of street protests against the government, demanded that the Senate appoint an unelected prime minister, saying the verdict did not go far enough.

The same court had annulled a Feb. 2 general election in March after protesters blocked voting in dozens of constituencies.

Army chief General Prayuth Chan-ocha urged both camps to avoid violence.

The anti-corruption commission is due to decide on Thursday whether to charge Yingluck over losses in a rice subsidy scheme.

The army has staged about a dozen successful coups since the end of absolute monarchy in 1932.
""")
THACC = A("Thailand's Constitutional Court", "THA", "JUD")
YING = A("Yingluck Shinawatra", "THA", "GOV")
REDS = A("Red Shirt leaders", "THA", ["PTY", "CVL"])
SUTHEP = A("Suthep Thaugsuban", "THA", ["OPP", "RAD"])
E("bg06", "Thai court removes Yingluck from office over", THACC, YING, OUST, "172", "2014-05-07", None, False, "headline")
E("bg06", "on Wednesday ordered Prime Minister Yingluck Shinawatra", THACC, YING, OUST, "172", "2014-05-07", None, True,
  "a court removing a prime minister 172 (17/12/11, as a court annulling a vote); 'on Wednesday' before a Thursday "
  "paper; the 2011 transfer in the ruling has no CAMEO code; compound object, first member required")
E("bg06", "and nine of her ministers out of", THACC, A("Thai cabinet ministers", "THA", "GOV"), OUST, "172",
  "2014-05-07", None, False, "second member: optional")
E("bg06", "who was ousted by the army in", A("Thai army", "THA", "MIL"), A("Thaksin Shinawatra", "THA", "GOV"), COUP,
  "172", "2006", None, True, "dated background coup (17/19) in a relative passive with its agent ('by the army'); "
  "'in 2006'")
E("bg06", "denied any wrongdoing in a televised address", YING, THACC, DENY, "016", "2014-05", None, True,
  "denial 016 (01/12); no day of its own: month")
E("bg06", "called the ruling a judicial coup and", REDS, THACC, ["11"], "111", "2014-05", None, True,
  "denunciation 111; month; the summons to a rally has no target and is not coded")
E("bg06", "demanded that the Senate appoint an unelected", SUTHEP, A("Thai Senate", "THA", ["LEG", "GOV"]), DEMAND,
  "104", "2014-05", None, True, "demand for political change 104 (10/02); 'who has led six months of street protests' "
  "is a standing span, not coded; month")
E("bg06", "The same court had annulled a Feb.", THACC, A("Thailand's Election Commission", "THA", "GOV"), OUST, "172",
  "2014-03", None, True, "dated background annulment of an election 172 (17/12/11, as owned35 ai08); 'in March'")
E("bg06", "after protesters blocked voting in dozens of", A("anti-government protesters", "THA", ["CVL", "OPP"]),
  A("Thailand's Election Commission", "THA", "GOV"), ["14"], "144", "2014", None, False,
  "obstruction 144 in an 'after' clause; the clause gives no date of its own (the vote was Feb. 2, the blocking "
  "partly earlier): optional, year")
E("bg06", "urged both camps to avoid violence", A("Prayuth Chan-ocha", "THA", "MIL"), REDS, DEMAND, "020", "2014-05",
  None, False, "appeal to both camps: optional; 'both camps' first referent the Red Shirts")
F("bg06", "The anti-corruption commission is due to decide", "future: a decision not yet taken")
F("bg06", "The army has staged about a dozen", "historical count with no particular event")

# ---------------------------------------------------------------- bg07 Moscow, Europe/Eurasia (Russia)
S("bg07", "2012-05-07", "Europe/Eurasia", """
Moscow police beat and detain hundreds as protest on eve of Putin's inauguration turns violent

MOSCOW, Russia —

Riot police clubbed protesters in central Moscow on Sunday and detained more than 400 people after a march against Vladimir Putin's return to the presidency ended in the fiercest clashes since the opposition movement began in December.

Tens of thousands had marched peacefully towards Bolotnaya Square, across the river from the Kremlin, but scuffles broke out when some demonstrators tried to push through a police cordon near a bridge. Police said protesters had thrown bottles, chunks of asphalt and flares at officers, injuring about 20 of them.

Among those held were anti-corruption blogger Alexei Navalny and Left Front leader Sergei Udaltsov, who had sat down near the stage and urged the crowd to stay.

Investigators opened a criminal case against the organisers on charges of inciting mass riots.

Opposition leaders accused the police of provoking the violence by narrowing the approaches to the square.

A Kremlin spokesman praised the police for what he called their professional and restrained conduct.

In December, tens of thousands had rallied on Bolotnaya Square itself against alleged fraud in a parliamentary election won by Putin's United Russia party.

Organisers put Sunday's crowd at more than 50,000; police estimated it at 8,000.

Putin, who served as president from 2000 to 2008 and has since been prime minister, will be sworn in for a six-year term.
""")
RUSCOP = A("Moscow riot police", "RUS", "COP")
RUSP = A("Russian opposition protesters", "RUS", ["CVL", "OPP"])
E("bg07", "Moscow police beat and detain hundreds as", RUSCOP, RUSP, REPR, "175", "2012-05-06", P("Moscow", "RUS"), False,
  "headline")
E("bg07", "Riot police clubbed protesters in central Moscow", RUSCOP, RUSP, REPR, "175", "2012-05-06", P("Moscow", "RUS"),
  True, "force against protesters 175 (17/18); 'in central Moscow' names the place; 'on Sunday' before a Monday paper")
E("bg07", "detained more than 400 people after a", RUSCOP, RUSP, ["17"], "173", "2012-05-06", P("Moscow", "RUS"), True,
  "mass detention 173, second verb of the lead with its own object; the same day and place")
E("bg07", "Tens of thousands had marched peacefully towards", RUSP, A("Vladimir Putin", "RUS", "GOV"), ["14"], "141",
  "2012-05-06", None, False, "the march, already in the lead: optional")
E("bg07", "Police said protesters had thrown bottles, chunks", RUSP, RUSCOP, VPROT, "145", "2012-05", None, False,
  "the police's account of a violent protest, disputed by the opposition below: optional")
E("bg07", "Among those held were anti-corruption blogger Alexei", RUSCOP, A("Alexei Navalny", "RUS", ["OPP", "CVL"]),
  ["17"], "173", "2012-05", None, False, "named detainees among the lead's 400, agentless: optional")
E("bg07", "Investigators opened a criminal case against the", A("Russia's Investigative Committee", "RUS", ["COP", "GOV"]),
  A("Moscow protest organisers", "RUS", ["OPP", "CVL"]), ["11", "17"], "112", "2012-05", None, True,
  "a criminal case with charges 112 (11/17, as owned54's announced charge); month")
E("bg07", "Opposition leaders accused the police of provoking", A("Russian opposition leaders", "RUS", ["OPP", "PTY"]),
  RUSCOP, ["11"], "112", "2012-05", None, True, "accusation 112; month")
E("bg07", "A Kremlin spokesman praised the police for", A("Kremlin spokesman", "RUS", "GOV"), RUSCOP, ["05"], "051",
  "2012-05", None, True, "praise 051; 'the Kremlin' stands for the government; month")
E("bg07", "tens of thousands had rallied on Bolotnaya", RUSP, A("United Russia", "RUS", ["PTY", "GOV"]), ["14"], "141",
  "2011-12", P("Moscow", "RUS"), True, "dated background demonstration 141; 'In December' before a May paper is "
  "2011; Bolotnaya Square is in Moscow (dateline and text); target the party accused of fraud")
F("bg07", "Organisers put Sunday's crowd at more than", "count")
F("bg07", "Putin, who served as president from 2000", "definition and a future inauguration, no CAMEO event")

# ---------------------------------------------------------------- bg08 Belgrade, Europe/Eurasia (Serbia)
S("bg08", "2008-02-22", "Europe/Eurasia", """
Rioters set U.S. embassy in Belgrade ablaze after mass rally against Kosovo independence

BELGRADE, Serbia —

Hundreds of rioters broke into the U.S. embassy in Belgrade on Thursday evening and set part of it on fire, after a rally of more than 150,000 people against Kosovo's declaration of independence.

The body of a man, believed to be one of the intruders, was later found in a burned-out office.

Masked youths also smashed windows and hurled flares at the Croatian and Bosnian embassies nearby.

Riot police arrived almost an hour after the attack began and drove the crowd back with tear gas and armoured vehicles. Police said nearly 200 people had been detained.

Earlier, Prime Minister Vojislav Kostunica told the rally outside parliament that Washington had humiliated Serbia and trampled on international law.

President Boris Tadic, who was visiting Romania, condemned the violence and called on the rioters to leave the streets.

U.S. officials said Serbia's government had failed in its duty to protect the mission and must bear responsibility for the attack. The U.N. Security Council condemned the assault in a statement.

Protesters had already stoned the embassy on Sunday, hours after Kosovo's ethnic Albanian leaders proclaimed the new state.

Kosovo, whose population is about 90 percent ethnic Albanian, has been run by the United Nations since 1999.
""")
SRBR = A("Serbian rioters", "SRB", ["CVL", "RAD"])
USAG = A("United States", "USA", "GOV")
SRBCOP = A("Serbian police", "SRB", "COP")
SRBG = A("Serbia's government", "SRB", "GOV")
E("bg08", "Rioters set U.S. embassy in Belgrade ablaze", SRBR, USAG, VPROT, "145", "2008-02-21", P("Belgrade", "SRB"),
  False, "headline")
E("bg08", "broke into the U.S. embassy in Belgrade", SRBR, USAG, VPROT, "145", "2008-02-21", P("Belgrade", "SRB"), True,
  "embassy riot and arson 145 (14/18/17, as owned35 ai04); premises are the country; 'in Belgrade' names the place; "
  "'on Thursday evening' before a Friday paper")
E("bg08", "hurled flares at the Croatian and Bosnian", SRBR, A("Croatia", "HRV", "GOV"), VPROT, "145", "2008-02-21",
  None, True, "attack on an embassy 145; 'also' continues Thursday evening; 'nearby' names no place; compound object, "
  "first member required")
E("bg08", "the Croatian and Bosnian embassies nearby", SRBR, A("Bosnia and Herzegovina", "BIH", "GOV"), VPROT, "145",
  "2008-02-21", None, False, "second member: optional")
E("bg08", "drove the crowd back with tear gas", SRBCOP, SRBR, REPR, "175", "2008-02-21", None, True,
  "force against rioters 175; 'almost an hour after the attack began' keeps Thursday evening")
E("bg08", "Police said nearly 200 people had been", SRBCOP, SRBR, ["17"], "173", "2008-02", None, True,
  "arrests reported by the arresting police 173, as owned21 d11; month")
E("bg08", "told the rally outside parliament that Washington", A("Vojislav Kostunica", "SRB", "GOV"), USAG, ["11"],
  "112", "2008-02-21", None, True, "accusation 112; 'Earlier' than Thursday evening: Thursday; 'Washington' is the "
  "government, not a place; 'outside parliament' names no city")
E("bg08", "condemned the violence and called on the", A("Boris Tadic", "SRB", "GOV"), SRBR, ["11"], "111", "2008-02",
  None, True, "condemnation 111; 'who was visiting Romania' is no place of the clause's act; month")
E("bg08", "called on the rioters to leave the", A("Boris Tadic", "SRB", "GOV"), SRBR, DEMAND, "020", "2008-02", None,
  False, "appeal, second verb: optional")
E("bg08", "who was visiting Romania, condemned the violence", A("Boris Tadic", "SRB", "GOV"), A("Romania", "ROU", "GOV"),
  ["04"], "042", "2008-02", None, False, "a visit inside an undated relative: optional; a country named as a "
  "destination is not a place")
E("bg08", "U.S. officials said Serbia's government had failed", USAG, SRBG, ["11"], "112", "2008-02", None, True,
  "accusation 112 by the attacked side, which the story turns on; month")
E("bg08", "The U.N. Security Council condemned the assault", A("U.N. Security Council", "UNO", "IGO"), SRBR, ["11"],
  "111", "2008-02", None, False, "single outside reaction: optional")
E("bg08", "Protesters had already stoned the embassy on", A("Serbian protesters", "SRB", ["CVL", "RAD"]), USAG, VPROT,
  "145", "2008-02-17", None, True, "dated background attack on the embassy 145; 'on Sunday' before a Friday paper = "
  "Feb. 17; the proclamation in the 'hours after' clause is not coded")
F("bg08", "The body of a man, believed to", "agentless finding of a body, no event")
F("bg08", "Kosovo, whose population is about 90 percent", "standing situation")

# ---------------------------------------------------------------- bg09 Caracas, Americas (Venezuela)
S("bg09", "2019-05-01", "Americas", """
Venezuela's Guaido calls on military to rise against Maduro; revolt fizzles as commanders stay loyal

CARACAS, Venezuela —

Opposition leader Juan Guaido called on Tuesday for the armed forces to rise up against President Nicolas Maduro, but by nightfall the military's top command had stood by the government and the uprising had fizzled.

Guaido appeared at dawn outside the La Carlota air base in eastern Caracas alongside his political mentor, Leopoldo Lopez, who said he had been freed from house arrest by soldiers loyal to Guaido.

National Guard troops fired tear gas at crowds that gathered on a nearby highway, and an armoured vehicle drove into protesters who were throwing stones.

Defence Minister Vladimir Padrino Lopez denounced the revolt as a coup attempt.

Lopez and his family later took refuge in the Spanish ambassador's residence, and about 25 soldiers sought asylum at Brazil's embassy.

Maduro, speaking on television late on Tuesday, said the "coup" had been defeated and accused Guaido and the United States of trying to provoke a bloody confrontation.

In Washington, Secretary of State Mike Pompeo said Maduro had been ready to fly to Cuba until Russia talked him out of it, a claim Moscow dismissed as part of an information war.

Guaido declared himself interim president in January, and the United States recognised him within hours.

Venezuela's economy has shrunk by about half since Maduro took office in 2013, and millions of people have left the country.

Whether Guaido's call for new street protests on Wednesday would draw big crowds remained to be seen.
""")
GUAIDO = A("Juan Guaido", "VEN", ["OPP", "LEG"])
MADURO = A("Nicolas Maduro", "VEN", "GOV")
VENMIL = A("Venezuela's armed forces", "VEN", "MIL")
VENP = A("Venezuelan protesters", "VEN", ["CVL", "OPP"])
E("bg09", "Venezuela's Guaido calls on military to rise", GUAIDO, VENMIL, DEMAND, "104", "2019-04-30", None, False,
  "headline")
E("bg09", "called on Tuesday for the armed forces", GUAIDO, VENMIL, DEMAND, "104", "2019-04-30", None, True,
  "call for an uprising against the president, a demand for a change of leadership (10/02); 'on Tuesday' before a "
  "Wednesday paper")
E("bg09", "who said he had been freed from", A("Guaido's soldiers", "VEN", ["MIL", "OPP"]),
  A("Leopoldo Lopez", "VEN", ["OPP", "PTY"]), ["08", "17"], "0841", "2019-04", None, False,
  "release from house arrest in Lopez's own account (one side): optional")
E("bg09", "National Guard troops fired tear gas at", A("Venezuelan National Guard", "VEN", ["MIL", "COP"]), VENP, REPR,
  "175", "2019-04", None, True, "force against protesters 175 (17/18); 'a nearby highway' names no place; no day in "
  "the sentence: month")
E("bg09", "an armoured vehicle drove into protesters who", A("Venezuelan National Guard", "VEN", ["MIL", "COP"]), VENP,
  ["18", "17"], "180", "2019-04", None, False, "the vehicle's unit is not named in the clause: optional")
E("bg09", "protesters who were throwing stones", VENP, A("Venezuelan National Guard", "VEN", ["MIL", "COP"]), VPROT,
  "145", "2019-04", None, False, "stone-throwing inside a relative clause: optional")
E("bg09", "denounced the revolt as a coup attempt", A("Vladimir Padrino Lopez", "VEN", ["GOV", "MIL"]), GUAIDO, ["11"],
  "111", "2019-04", None, True, "denunciation 111; target the revolt's leader; month")
E("bg09", "Lopez and his family later took refuge", A("Spain", "ESP", "GOV"), A("Leopoldo Lopez", "VEN", ["OPP", "PTY"]),
  ["07"], "075", "2019-04", None, False, "shelter given at the Spanish residence, told from the guest's side: optional")
E("bg09", "accused Guaido and the United States of", MADURO, GUAIDO, ["11"], "112", "2019-04-30", None, True,
  "accusation 112; 'late on Tuesday'; compound object, first member required")
E("bg09", "Guaido and the United States of trying", MADURO, A("United States", "USA", "GOV"), ["11"], "112",
  "2019-04-30", None, False, "second member: optional")
E("bg09", "Secretary of State Mike Pompeo said Maduro", A("Mike Pompeo", "USA", "GOV"), A("Russia", "RUS", "GOV"),
  ["11"], "112", "2019-04", P("Washington", "USA"), False, "a claim about Russia's role, an outside reaction: "
  "optional; 'In Washington' is where he spoke")
E("bg09", "a claim Moscow dismissed as part of", A("Russia", "RUS", "GOV"), A("Mike Pompeo", "USA", "GOV"), DENY, "016",
  "2019-04", None, True, "a stated denial 016 (01/12) in a relative with its own agent; 'Moscow' is the government, "
  "not a place; month")
E("bg09", "the United States recognised him within hours", A("United States", "USA", "GOV"), GUAIDO, ["05"], "054",
  "2019-01", None, True, "dated background recognition 054 ('in January', 'within hours'); Guaido's self-declaration "
  "has no CAMEO code")
F("bg09", "Whether Guaido's call for new street protests", "speculation")
F("bg09", "Venezuela's economy has shrunk by about half", "standing situation / count")

# ---------------------------------------------------------------- bg10 Lima, Americas (Peru)
S("bg10", "2000-11-22", "Americas", """
Peru's Congress rejects Fujimori's resignation from Tokyo and declares him morally unfit

LIMA, Peru —

Peru's Congress on Tuesday refused to accept the resignation that Alberto Fujimori had sent from Japan and instead voted to remove him from office, declaring him morally unfit to govern.

Lawmakers approved the motion by 62 votes to nine after an angry debate in which opposition deputies called the president a deserter who had fled abroad to escape prosecution.

Fujimori announced on Sunday from a Tokyo hotel that he would step down, and formally sent his resignation by fax on Monday.

He had gone abroad last week for an Asia-Pacific summit in Brunei and flew on to Japan, his parents' homeland, as his government crumbled under a bribery scandal involving his former spy chief, Vladimiro Montesinos.

The Japanese government said Fujimori could stay in the country for as long as he wished.

Congress named its speaker, Valentin Paniagua, to lead a caretaker government until elections in April.

Opposition leader Alejandro Toledo welcomed the vote and said Fujimori should come home to answer for the corruption of his decade in power.

Crowds outside the Congress building cheered and waved flags as the result was read out.

Peru's constitution allows Congress to remove a president for "permanent moral incapacity", a clause that had never been used against a sitting leader.
""")
PERCON = A("Peru's Congress", "PER", ["LEG", "GOV"])
FUJI = A("Alberto Fujimori", "PER", "GOV")
E("bg10", "Peru's Congress rejects Fujimori's resignation from Tokyo", PERCON, FUJI, ["12"], "120", "2000-11-21", None,
  False, "headline")
E("bg10", "and declares him morally unfit", PERCON, FUJI, OUST, "172", "2000-11-21", None, False, "headline, second event")
E("bg10", "refused to accept the resignation that Alberto", PERCON, FUJI, ["12"], "120", "2000-11-21", None, True,
  "refusing the resignation 120; 'on Tuesday' before a Wednesday paper")
E("bg10", "instead voted to remove him from office", PERCON, FUJI, OUST, "172", "2000-11-21", None, True,
  "removal of a president by parliament 172 (17/12/11, as owned35 ai10); the same Tuesday")
E("bg10", "opposition deputies called the president a deserter", A("Peruvian opposition deputies", "PER", ["LEG", "OPP"]),
  FUJI, ["11"], "111", "2000-11-21", None, False, "insult inside an 'in which' clause of the debate: optional")
E("bg10", "Fujimori announced on Sunday from a Tokyo", FUJI, PERCON, ["08"], "0831", "2000-11-19", P("Tokyo", "JPN"),
  True, "resignation under pressure 0831 (news-dev d09); target the Congress that demanded it; 'on Sunday' before a "
  "Wednesday paper = Nov. 19; 'from a Tokyo hotel' names the place")
E("bg10", "formally sent his resignation by fax on", FUJI, PERCON, ["08"], "0831", "2000-11-20", None, False,
  "the same resignation made formal: optional")
E("bg10", "He had gone abroad last week for", FUJI, A("Brunei", "BRN", "GOV"), ["04"], "042", "2000-11", None, False,
  "trip to a multilateral summit: optional; a country named as a destination is not a place")
E("bg10", "The Japanese government said Fujimori could stay", A("Japan", "JPN", "GOV"), FUJI, ["07"], "075", "2000-11",
  None, True, "leave to stay, a grant of refuge 075; month")
E("bg10", "Opposition leader Alejandro Toledo welcomed the vote", A("Alejandro Toledo", "PER", ["OPP", "PTY"]), PERCON,
  ["05"], "051", "2000-11", None, True, "approval 051; month")
E("bg10", "said Fujimori should come home to answer", A("Alejandro Toledo", "PER", ["OPP", "PTY"]), FUJI, DEMAND, "100",
  "2000-11", None, False, "demand put as 'should', second verb: optional")
F("bg10", "Crowds outside the Congress building cheered and", "celebration, not a protest: no event")
F("bg10", "Peru's constitution allows Congress to remove a", "definition")

# ---------------------------------------------------------------- bg11 Gaza City, Middle East (Israel / Gaza)
S("bg11", "2008-12-28", "Middle East", """
Israeli air strikes kill more than 200 in Gaza; Hamas vows revenge

GAZA CITY, Gaza Strip —

Israeli warplanes struck dozens of Hamas security compounds across the Gaza Strip on Saturday, killing at least 225 people in the bloodiest day in the territory in decades, Palestinian medical officials said.

Many of the dead were policemen, among them recruits at a graduation ceremony in Gaza City, where bombs flattened the main police headquarters.

Israel said it was acting to stop rocket fire that had intensified after Hamas declared an Egyptian-brokered truce over this month. Defence Minister Ehud Barak said the operation would go on as long as necessary.

Militants fired dozens of rockets into southern Israel after the raids, killing a man in the town of Netivot, Israeli police said.

A Hamas spokesman, Fawzi Barhoum, vowed that the movement would avenge every drop of blood.

Palestinian President Mahmoud Abbas, Hamas's rival, condemned the strikes as criminal aggression.

On Sunday, Israel's cabinet approved the call-up of 6,500 reservists, and tanks massed along the border fence.

The White House blamed Hamas for the violence, and the U.N. Security Council called for an immediate halt to all military activity.

Gaza's 1.5 million people live in one of the most crowded places on earth.

Israel holds a general election on Feb. 10, and polls suggest voters favour a tough line on Gaza.
""")
ISRG = A("Israel", "ISR", "GOV")
ISRMIL = A("Israeli air force", "ISR", "MIL")
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
E("bg11", "Israeli air strikes kill more than 200", ISRMIL, HAMAS, ["19", "18"], "195", "2008-12-27", None, False,
  "headline")
E("bg11", "Gaza; Hamas vows revenge", HAMAS, ISRG, ["13"], "138", "2008-12", None, False, "headline, second event")
E("bg11", "Israeli warplanes struck dozens of Hamas security", ISRMIL, HAMAS, ["19", "18"], "195", "2008-12-27",
  P("Gaza Strip", "PSE"), True, "air strikes 195 (19/18); 'across the Gaza Strip' names the place; 'on Saturday' "
  "before a Sunday paper; Hamas PSE [REB, GOV] as news-dev")
E("bg11", "bombs flattened the main police headquarters", ISRMIL, A("Hamas police", "PSE", ["COP", "REB"]),
  ["19", "18"], "195", "2008-12-27", P("Gaza City", "PSE"), False, "a detail of the lead's strikes: optional; 'in Gaza "
  "City' names the place")
E("bg11", "Israel said it was acting to stop", ISRG, HAMAS, ["11"], "112", "2008-12", None, False,
  "justification that blames the rocket fire: optional")
E("bg11", "after Hamas declared an Egyptian-brokered truce over", HAMAS, ISRG, ["12", "13"], "120", "2008-12", None,
  True, "dated background ending of a truce 120 (12/13) in an 'after' clause with its own agent; 'this month'")
E("bg11", "the operation would go on as long", A("Ehud Barak", "ISR", "GOV"), HAMAS, ["13"], "138", "2008-12", None,
  False, "intention to continue the offensive: optional")
E("bg11", "Militants fired dozens of rockets into southern", A("Gaza militants", "PSE", ["REB", "RAD"]), ISRG, ATTACK,
  "190", "2008-12", P("Netivot", "ISR"), True, "rocket fire 190 (18/19/20); 'in the town of Netivot' names the place of "
  "the killing; 'after the raids' gives no day of its own: month; the militants are Gaza's (the text gives no group)")
E("bg11", "vowed that the movement would avenge every", A("Fawzi Barhoum", "PSE", ["REB", "GOV"]), ISRG, ["13"], "138",
  "2008-12", None, True, "threat of force 138; month")
E("bg11", "condemned the strikes as criminal aggression", A("Mahmoud Abbas", "PSE", "GOV"), ISRG, ["11"], "111",
  "2008-12", None, True, "condemnation 111; month")
E("bg11", "Israel's cabinet approved the call-up of 6,500", A("Israel's cabinet", "ISR", "GOV"), HAMAS, ["15"], "154",
  "2008-12-28", None, True, "mobilising reserves 154; 'On Sunday' in a Sunday paper")
E("bg11", "tanks massed along the border fence", A("Israeli army", "ISR", "MIL"), HAMAS, ["15"], "152", "2008-12-28",
  None, False, "second clause of the mobilisation: optional")
E("bg11", "The White House blamed Hamas for the", A("United States", "USA", "GOV"), HAMAS, ["11"], "112", "2008-12",
  None, False, "single outside reaction: optional")
E("bg11", "the U.N. Security Council called for an", A("U.N. Security Council", "UNO", "IGO"), ISRG, DEMAND, "100",
  "2008-12", None, False, "outside appeal to all sides; first side named in the story: optional")
F("bg11", "Gaza's 1.5 million people live in one", "standing situation / count")
F("bg11", "Israel holds a general election on Feb.", "future event and opinion polls")

# ---------------------------------------------------------------- bg12 Cairo, Middle East (Egypt)
S("bg12", "2012-12-07", "Middle East", """
Tanks ring Egypt's presidential palace after deadly clashes; Mursi refuses to back down

CAIRO, Egypt —

Egypt's Republican Guard deployed tanks and barbed wire around the presidential palace in Cairo on Thursday and ordered protesters to leave, after overnight battles between supporters and opponents of President Mohamed Mursi left seven people dead and hundreds wounded.

The fighting began on Wednesday afternoon when thousands of Mursi's backers, many of them members of his Muslim Brotherhood, tore down the tents of opposition demonstrators staging a sit-in outside the palace. The two sides fought late into the night with rocks, petrol bombs and, witnesses said, guns.

Protesters set fire to Brotherhood offices in the Suez Canal city of Ismailia.

In a televised speech late on Thursday, Mursi refused to rescind the Nov. 22 decree that put his decisions beyond the reach of the courts, and blamed the bloodshed on thugs in the pay of unnamed politicians.

He invited opposition leaders to a dialogue at the palace on Saturday.

The National Salvation Front, a coalition led by Mohamed ElBaradei and former Arab League chief Amr Moussa, rejected the offer, saying there could be no talks until the decree was withdrawn.

Mursi, who narrowly won a runoff in June, became the country's first freely elected president after decades of military-backed rule.

Whether the constitutional referendum set for Dec. 15 could be held on time was unclear.
""")
MURSI = A("Mohamed Mursi", "EGY", "GOV")
MB = A("Muslim Brotherhood supporters", "EGY", ["PTY", "CVL"])
EGYP = A("Egyptian opposition protesters", "EGY", ["CVL", "OPP"])
NSF = A("National Salvation Front", "EGY", ["OPP", "PTY"])
RGUARD = A("Egypt's Republican Guard", "EGY", ["MIL", "GOV"])
E("bg12", "Tanks ring Egypt's presidential palace after deadly", RGUARD, EGYP, ["15"], "152", "2012-12-06", None, False,
  "headline")
E("bg12", "Mursi refuses to back down", MURSI, EGYP, ["12"], "1231", "2012-12-06", None, False, "headline, second event")
E("bg12", "deployed tanks and barbed wire around the", RGUARD, EGYP, ["15", "17"], "152", "2012-12-06",
  P("Cairo", "EGY"), True, "show of force around the palace 152 (15/17); 'the presidential palace in Cairo' names the "
  "place; 'on Thursday' before a Friday paper; target the protesters it ordered away")
E("bg12", "ordered protesters to leave, after overnight battles", RGUARD, EGYP, DEMAND, "100", "2012-12-06",
  P("Cairo", "EGY"), False, "order to leave, second verb: optional")
E("bg12", "battles between supporters and opponents of President", MB, EGYP, CLASH, "190", "2012-12", None, False,
  "lead summary of the clashes detailed in the next paragraph: optional; first-mentioned side as source; 'overnight' "
  "gives the month")
E("bg12", "tore down the tents of opposition demonstrators", MB, EGYP, ["18", "17", "14"], "180", "2012-12-05", None,
  True, "an attack by party supporters on a protest camp 180 (18/17/14, as owned35 ai03); 'on Wednesday afternoon' "
  "before a Friday paper; 'outside the palace' names no city")
E("bg12", "The two sides fought late into the", MB, EGYP, CLASH, "190", "2012-12-05", None, False,
  "clash between camps (19/18/14); 'The two sides' is a joint subject, first side Mursi's backers; the same night: "
  "optional as a continuation of the attack")
E("bg12", "Protesters set fire to Brotherhood offices in", EGYP, A("Muslim Brotherhood", "EGY", ["PTY", "GOV"]), VPROT,
  "145", "2012-12", P("Ismailia", "EGY"), True, "arson 145 (14/18/17); 'the Suez Canal city of Ismailia' names the "
  "place; no day in the sentence: month")
E("bg12", "Mursi refused to rescind the Nov. 22", MURSI, EGYP, ["12"], "1231", "2012-12-06", None, True,
  "rejecting a demand for political change 123; 'late on Thursday'; target the protesters who demand it")
E("bg12", "blamed the bloodshed on thugs in the", MURSI, A("Egyptian politicians", "EGY", ["OPP", "PTY"]), ["11"],
  "112", "2012-12-06", None, True, "accusation 112 in the same speech; target the unnamed politicians")
E("bg12", "He invited opposition leaders to a dialogue", MURSI, NSF, ["03", "04"], "036", "2012-12", None, True,
  "offer to meet 036 (03/04); 'He' = Mursi; 'at the palace on Saturday' dates the talks, not the invitation: month")
E("bg12", "rejected the offer, saying there could be", NSF, MURSI, ["12"], "125", "2012-12", None, True,
  "rejecting a proposal to meet 125; month")
F("bg12", "Mursi, who narrowly won a runoff in", "background election result and definition, no CAMEO event")
F("bg12", "Whether the constitutional referendum set for Dec.", "speculation")

if __name__ == "__main__":
    write(HERE)
