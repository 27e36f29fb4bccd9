#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned35 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned35/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- ai01 Kinshasa, Africa (DR Congo)
S("ai01", "2019-01-10", "Africa", """
Congo names Tshisekedi winner of presidential vote; Fayulu and Catholic bishops cry foul

KINSHASA, Democratic Republic of Congo —

Congo's electoral commission declared opposition leader Felix Tshisekedi the winner of the Dec. 30 presidential election early on Thursday, but the runner-up, Martin Fayulu, denounced the result as an electoral coup and said he would contest it before the Constitutional Court.

The commission gave Tshisekedi 38.6 percent of the vote and Fayulu 34.8 percent, with Emmanuel Ramazani Shadary, the candidate of outgoing President Joseph Kabila, in third place.

The Catholic bishops' conference, whose tens of thousands of volunteers watched polling stations across the country, said the official figures did not match the tallies its observers had collected. The bishops did not say whom they believed had won.

Fayulu urged the bishops to publish their own count.

In the western city of Kikwit, a Fayulu stronghold, police fired on crowds protesting against the announcement, killing at least two people, a local official said.

Tshisekedi, whose late father led the opposition to successive governments for decades, paid tribute to Kabila as an important partner and promised to govern for all Congolese.

French Foreign Minister Jean-Yves Le Drian said the declared outcome did not appear to match the real results, and Belgium also voiced doubts.

The government had shut down internet and text-message services across the country on Dec. 31, a day after the vote, saying false results were being circulated.

The election, delayed by two years, was meant to bring Congo's first peaceful handover of power since independence in 1960.
""")
CENI = A("Congo's electoral commission", "COD", "GOV")
FAY = A("Martin Fayulu", "COD", ["OPP", "PTY"])
TSH = A("Felix Tshisekedi", "COD", ["OPP", "PTY"])
CENCO = A("Catholic bishops' conference of Congo", "COD", ["REL", "NGO"])
CODCOP = A("Congolese police", "COD", "COP")
CODP = A("Congolese protesters", "COD", ["CVL", "OPP"])
E("ai01", "Fayulu and Catholic bishops cry foul", FAY, CENI, ["11"], "111", "2019-01-10", None, False, "headline")
E("ai01", "denounced the result as an electoral coup", FAY, CENI, ["11"], "111", "2019-01-10", None, True,
  "denunciation 111 in the lead's second clause; 'early on Thursday' in a Thursday paper covers the sentence")
E("ai01", "said he would contest it before the", FAY, CENI, ["11"], "115", "2019-01-10", None, False,
  "legal challenge put as an intention ('would contest'): optional")
E("ai01", "said the official figures did not match", CENCO, CENI, ["11"], "112", "2019-01", None, True,
  "the bishops' charge that the figures are false 112; the relative about their volunteers watching polls is no "
  "event; no day of its own: month")
E("ai01", "Fayulu urged the bishops to publish their", FAY, CENCO, DEMAND, "101", "2019-01", None, True,
  "demand for information 101 (10/02); target the bishops; month")
E("ai01", "police fired on crowds protesting against the", CODCOP, CODP, REPR, "175", "2019-01", P("Kikwit", "COD"), True,
  "live fire on protesters 175 (17/18); unnamed police are Congo's; 'the western city of Kikwit' names the place; "
  "the official's count is attribution, nobody disputes the shooting; no day in the sentence: month")
E("ai01", "police fired on crowds protesting against the", CODP, CENI, ["14"], "141", "2019-01", P("Kikwit", "COD"), False,
  "the protest itself, inside the object of the shooting: optional")
E("ai01", "paid tribute to Kabila as an important", TSH, A("Joseph Kabila", "COD", "GOV"), ["05"], "051", "2019-01", None,
  True, "praise 051; 'Tshisekedi, whose late father led ...' relative is standing background, not coded; month")
E("ai01", "French Foreign Minister Jean-Yves Le Drian said", A("Jean-Yves Le Drian", "FRA", "GOV"), CENI, ["11"], "112",
  "2019-01", None, True, "accusation that the declared result is not the real one 112; first of two reactions in a "
  "compound sentence (required as the first member; the former colonial-era power's word is part of the story)")
E("ai01", "and Belgium also voiced doubts", A("Belgium", "BEL", "GOV"), CENI, ["11"], "111", "2019-01", None, False,
  "second member of the compound: optional")
E("ai01", "The government had shut down internet and", A("Congo's government", "COD", "GOV"),
  A("Congolese citizens", "COD", "CVL"), ["17"], "1721", "2018-12-31", None, True,
  "cutting the internet and text messages 1721 (as owned21 d04); dated background, 'on Dec. 31' of the year before "
  "publication (the vote was Dec. 30, 2018)")
F("ai01", "The bishops did not say whom they", "negated statement: nothing said")
F("ai01", "The election, delayed by two years, was", "standing situation and definition")

# ---------------------------------------------------------------- ai02 Maputo, Africa (Mozambique)
S("ai02", "2024-12-26", "Africa", """
More than 1,500 inmates flee Maputo jail as unrest over Mozambique's election ruling spreads

MAPUTO, Mozambique —

More than 1,500 inmates broke out of a high-security prison on the outskirts of the capital on Wednesday, and guards fired on the fleeing men, killing 33 of them, police chief Bernardino Rafael said.

Rafael blamed groups of protesters who had gathered outside the jail for stirring up the riot. Opposition leader Venancio Mondlane denied any link to the breakout and said the authorities were trying to pin the chaos on his supporters.

The escape came two days after the Constitutional Council confirmed Daniel Chapo of the ruling Frelimo party as the winner of the Oct. 9 presidential election, although it trimmed his share of the vote to 65 percent.

Mondlane, who says the vote was rigged in Chapo's favour, rejected the ruling and told his followers to bring the country to a standstill. Crowds put up barricades, looted shops and set police stations ablaze in Maputo and several other cities on Monday and Tuesday.

Interior Minister Pascoal Ronda said at least 21 people, two of them police officers, had died in the violence since the verdict.

Outgoing President Filipe Nyusi appealed for calm and offered to meet Mondlane, who said any talks would be pointless while protesters were being shot.

Mondlane has lived abroad since October, when his lawyer, Elvino Dias, and a party official were shot dead in their car in Maputo by unidentified gunmen.

Frelimo has governed Mozambique since independence from Portugal in 1975.
""")
MGUARD = A("Mozambican prison guards", "MOZ", ["COP", "GOV"])
INM = A("Maputo prison inmates", "MOZ", ["CRM", "CVL"])
RAFAEL = A("Bernardino Rafael", "MOZ", "COP")
MOZP = A("Mozambican protesters", "MOZ", ["CVL", "OPP"])
MOND = A("Venancio Mondlane", "MOZ", ["OPP", "PTY"])
MOZCC = A("Mozambique's Constitutional Council", "MOZ", "JUD")
MOZG = A("Mozambique's government", "MOZ", "GOV")
E("ai02", "unrest over Mozambique's election ruling spreads", MOZP, MOZG, VPROT, "145", "2024-12", None, False,
  "headline")
E("ai02", "guards fired on the fleeing men, killing", MGUARD, INM, ["19", "18", "17"], "190", "2024-12-25",
  P("Maputo", "MOZ"), True, "lethal force against escaping inmates (19/18/17); 'on the outskirts of the capital' = "
  "Maputo; 'on Wednesday' in a Thursday paper; the escape itself has no CAMEO code")
E("ai02", "Rafael blamed groups of protesters who had", RAFAEL, MOZP, ["11"], "112", "2024-12", None, True,
  "blame 112; 'Rafael' refers back to the police chief; no day of its own: month")
E("ai02", "Venancio Mondlane denied any link to the", MOND, A("Mozambican police", "MOZ", "COP"), DENY, "016", "2024-12",
  None, True, "denial 016 (01/12), answering the police chief")
E("ai02", "said the authorities were trying to pin", MOND, MOZG, ["11"], "112", "2024-12", None, False,
  "counter-accusation, second clause: optional")
E("ai02", "rejected the ruling and told his followers", MOND, MOZCC, ["12", "11"], "120", "2024-12", None, True,
  "rejection of the court's ruling 120 (12/11); month")
E("ai02", "told his followers to bring the country", MOND, MOZG, ["14"], "143", "2024-12", None, False,
  "call for a shutdown, second verb: optional (coders split between 143 and an appeal)")
E("ai02", "who says the vote was rigged in", MOND, A("Frelimo", "MOZ", ["PTY", "GOV"]), ["11"], "112", "2024-12", None,
  False, "standing claim in a present-tense relative: optional")
E("ai02", "Crowds put up barricades, looted shops and", MOZP, A("Mozambican police", "MOZ", "COP"), VPROT, "145", "2024-12",
  P("Maputo", "MOZ"), True, "violent protest 145 (14/18/17); target the police whose stations burned; 'in Maputo and "
  "several other cities' names Maputo; 'on Monday and Tuesday' is a span: month")
E("ai02", "appealed for calm and offered to meet", A("Filipe Nyusi", "MOZ", "GOV"), MOND, ["03", "04"], "036", "2024-12",
  None, True, "offer to meet 036; the appeal for calm has no addressee and is not coded; month")
E("ai02", "who said any talks would be pointless", MOND, A("Filipe Nyusi", "MOZ", "GOV"), ["12"], "125", "2024-12", None,
  False, "refusal put as a condition inside a relative: optional")
E("ai02", "when his lawyer, Elvino Dias, and a", A("unidentified gunmen", None, None),
  A("Elvino Dias", "MOZ", ["OPP", "PTY"]), ATTACK, "186", "2024-10", P("Maputo", "MOZ"), True,
  "killing by unnamed gunmen (news-dev: null/null) in a dated 'since October, when' clause, a passive with its agent; "
  "'in Maputo' names the place; first member of the compound object")
E("ai02", "when his lawyer, Elvino Dias, and a", A("unidentified gunmen", None, None),
  A("Mondlane party official", "MOZ", ["OPP", "PTY"]), ATTACK, "186", "2024-10", P("Maputo", "MOZ"), False,
  "second member: optional")
F("ai02", "Interior Minister Pascoal Ronda said at least", "count")
F("ai02", "Frelimo has governed Mozambique since independence from", "standing situation")

# ---------------------------------------------------------------- ai03 Beirut, Middle East (Lebanon)
S("ai03", "2019-10-29", "Middle East", """
Lebanon's Hariri resigns after Hezbollah and Amal supporters wreck Beirut protest camp

BEIRUT, Lebanon —

Prime Minister Saad Hariri announced the resignation of his government on Tuesday, bowing to nearly two weeks of nationwide protests, hours after supporters of Hezbollah and the Amal movement attacked demonstrators in the heart of the capital.

Dozens of men on motorbikes, some waving the flags of the two Shi'ite parties, beat protesters and tore down and burned their tents in Riad al-Solh Square in central Beirut. Riot police fired tear gas to push the attackers back, witnesses said.

In a short televised speech, Hariri said he had reached a dead end in his search for a way out of the crisis. He later handed his letter of resignation to President Michel Aoun.

The protests broke out on Oct. 17, when the cabinet floated a tax on calls made through WhatsApp and other messaging apps, and grew into a revolt against a ruling class the demonstrators accuse of looting the state.

Hezbollah's leader, Hassan Nasrallah, whose group holds seats in the cabinet, had rejected demands for the government's resignation in a speech on Friday.

Protest organisers said they would stay in the streets and demanded a cabinet of independent experts.

In Washington, Secretary of State Mike Pompeo urged Lebanon's political leaders to help form a new government quickly.

Lebanon's public debt is among the highest in the world, at about 150 percent of economic output. It was unclear who would lead the next cabinet or how long forming one would take.
""")
HARIRI = A("Saad Hariri", "LBN", "GOV")
LBNP = A("Lebanese protesters", "LBN", ["CVL", "OPP"])
HZA = A("Hezbollah and Amal supporters", "LBN", ["PTY", "CVL"])
LBNG = A("Lebanon's government", "LBN", "GOV")
E("ai03", "Lebanon's Hariri resigns after Hezbollah and Amal", HARIRI, LBNP, ["08"], "0831", "2019-10-29", None, False,
  "headline")
E("ai03", "Amal supporters wreck Beirut protest camp", HZA, LBNP, ["18", "17", "14"], "180", "2019-10-29",
  P("Beirut", "LBN"), False, "headline, second event")
E("ai03", "announced the resignation of his government on", HARIRI, LBNP, ["08"], "0831", "2019-10-29", None, True,
  "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); Tuesday paper")
E("ai03", "attacked demonstrators in the heart of the", HZA, LBNP, ["18", "17", "14"], "180", "2019-10-29",
  P("Beirut", "LBN"), False, "lead summary of the attack detailed in the next paragraph: optional; 'the heart of the "
  "capital' = Beirut")
E("ai03", "beat protesters and tore down and burned", HZA, LBNP, ["18", "17", "14"], "182", "2019-10",
  P("Beirut", "LBN"), True, "the attack detailed: physical assault 182 by party supporters (18/17/14); 'in central "
  "Beirut' names the place; no day in the sentence: month")
E("ai03", "Riot police fired tear gas to push", A("Lebanese riot police", "LBN", "COP"), HZA, ["17", "18", "19"], "175",
  "2019-10", None, True, "force against the attackers (17/18/19); 'witnesses said' is attribution, undisputed; the "
  "sentence names no place; month")
E("ai03", "The protests broke out on Oct. 17", LBNP, LBNG, ["14"], "141", "2019-10-17", None, True,
  "dated background protest; the cabinet's floated tax in the 'when' clause is no event")
E("ai03", "the demonstrators accuse of looting the state", LBNP, A("Lebanon's ruling class", "LBN", ["GOV", "PTY"]),
  ["11"], "112", "2019-10", None, False, "standing present-tense accusation in a relative: optional")
E("ai03", "had rejected demands for the government's resignation", A("Hassan Nasrallah", "LBN", ["PTY", "RAD"]), LBNP,
  ["12"], "1231", "2019-10-25", None, True, "rejecting a demand for a change of leadership 1231; 'on Friday' before a "
  "Tuesday paper = Oct. 25; 'whose group holds seats' is standing")
E("ai03", "demanded a cabinet of independent experts", LBNP, LBNG, DEMAND, "104", "2019-10", None, True,
  "demand for political change 104 (10/02) by the organisers; 'would stay in the streets' is an intention, not coded")
E("ai03", "urged Lebanon's political leaders to help form", A("Mike Pompeo", "USA", "GOV"), A("Lebanon", "LBN", "GOV"),
  DEMAND, "020", "2019-10", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is "
  "where he spoke, a place here (the city does not stand for the government in this clause)")
F("ai03", "Lebanon's public debt is among the highest", "standing situation")
F("ai03", "It was unclear who would lead the", "speculation")

# ---------------------------------------------------------------- ai04 London, Middle East (Iran / Britain)
S("ai04", "2011-11-30", "Middle East", """
Britain expels Iran's diplomats and shuts Tehran embassy after mob attack

LONDON, United Kingdom —

Britain ordered all Iranian diplomats to leave the country within 48 hours on Wednesday and closed its own embassy in Tehran, a day after hundreds of protesters stormed two British diplomatic compounds in the Iranian capital.

Foreign Secretary William Hague told parliament the assault could not have happened without some degree of consent from the Iranian authorities. All British staff had left Iran, he said.

The protesters, many of them students, smashed windows, burned the British flag and set a car alight at the main embassy building on Tuesday. At a second compound in the north of the city, six British staff were briefly surrounded and held before police led them away.

Iran's foreign ministry said it regretted the unacceptable behaviour of a small number of protesters.

The Iranian parliament had voted on Sunday to expel the British ambassador, Dominick Chilcott, in retaliation for sanctions Britain imposed last week that cut off Iran's central bank from the British financial system.

The U.N. Security Council condemned the attack in the strongest terms. France, Germany and the Netherlands recalled their ambassadors from Tehran for consultations, and Norway temporarily closed its embassy there.

Hague said the measures did not amount to severing diplomatic relations altogether. The embassy in Tehran has been a target of angry crowds at least since the 1979 revolution.
""")
GBR = A("Britain", "GBR", "GOV")
IRN = A("Iran", "IRN", "GOV")
IRNP = A("Iranian protesters", "IRN", ["CVL", "RAD"])
E("ai04", "Britain expels Iran's diplomats and shuts Tehran", GBR, IRN, ["16", "17"], "161", "2011-11-30", None, False,
  "headline")
E("ai04", "shuts Tehran embassy after mob attack", IRNP, GBR, VPROT, "145", "2011-11-29", None, False,
  "headline, second event")
E("ai04", "Britain ordered all Iranian diplomats to leave", GBR, IRN, ["16", "17"], "161", "2011-11-30", None, True,
  "expulsion of a whole embassy: cutting relations 161 (16/17: 174 for expelling individuals is also right); "
  "'on Wednesday' in a Wednesday paper")
E("ai04", "closed its own embassy in Tehran, a", GBR, IRN, ["16"], "161", "2011-11-30", None, False,
  "second verb, the same act towards the same target: optional")
E("ai04", "a day after hundreds of protesters stormed", IRNP, GBR, VPROT, "145", "2011-11-29", P("Tehran", "IRN"), False,
  "lead summary of the attack detailed in the third paragraph: optional; 'the Iranian capital' = Tehran")
E("ai04", "told parliament the assault could not have", A("William Hague", "GBR", "GOV"), IRN, ["11"], "112", "2011-11",
  None, True, "accusation of complicity 112; no day of its own: month")
E("ai04", "smashed windows, burned the British flag and", IRNP, GBR, VPROT, "145", "2011-11-29", None, True,
  "riot at the embassy 145 (14/18/17); 'on Tuesday'; target Britain (premises); 'the main embassy building' names no "
  "city in this sentence")
E("ai04", "six British staff were briefly surrounded and", IRNP, A("British embassy staff", "GBR", "GOV"),
  ["18", "17"], "181", "2011-11-29", None, False, "agentless passive, the agent understood from context: optional")
E("ai04", "Iran's foreign ministry said it regretted the", A("Iran's foreign ministry", "IRN", "GOV"), GBR, ["05", "08"],
  "055", "2011-11", None, True, "expression of regret 055 (05/08); month")
E("ai04", "The Iranian parliament had voted on Sunday", A("Iranian parliament", "IRN", ["LEG", "GOV"]), GBR,
  ["16", "17"], "161", "2011-11-27", None, True, "dated background: vote to expel the ambassador (16/17); Sunday "
  "before a Wednesday paper = Nov. 27")
E("ai04", "sanctions Britain imposed last week that cut", GBR, A("Central Bank of Iran", "IRN", ["GOV", "BUS"]), SANCT,
  "163", "2011-11", None, True, "sanctions 163 (16/17) in a relative clause with its own agent; 'last week': month")
E("ai04", "The U.N. Security Council condemned the attack", A("U.N. Security Council", "UNO", "IGO"), IRNP, ["11"], "111",
  "2011-11", None, False, "single outside reaction: optional")
E("ai04", "France, Germany and the Netherlands recalled their", A("France", "FRA", "GOV"), IRN, ["16"], "161", "2011-11",
  None, True, "recalling one's own envoy 161 (news-dev); compound subject, first member required; month")
E("ai04", "France, Germany and the Netherlands recalled their", A("Germany", "DEU", "GOV"), IRN, ["16"], "161",
  "2011-11", None, False, "second member: optional")
E("ai04", "France, Germany and the Netherlands recalled their", A("Netherlands", "NLD", "GOV"), IRN, ["16"], "161",
  "2011-11", None, False, "third member: optional")
E("ai04", "and Norway temporarily closed its embassy there", A("Norway", "NOR", "GOV"), IRN, ["16"], "161", "2011-11",
  None, False, "further outside reaction: optional")
F("ai04", "Hague said the measures did not amount", "negated: relations not severed")
F("ai04", "The embassy in Tehran has been a", "standing situation")

# ---------------------------------------------------------------- ai05 Jakarta, Asia (Indonesia)
S("ai05", "2019-05-22", "Asia", """
Jakarta rioting kills six after Widodo is confirmed winner; Prabowo to challenge result

JAKARTA, Indonesia —

Police fired tear gas and rubber bullets at rioters who torched cars and hurled rocks and firecrackers in central Jakarta overnight, as protests against President Joko Widodo's re-election turned violent. Six people were killed and about 200 injured, Governor Anies Baswedan said on Wednesday.

Thousands of supporters of Prabowo Subianto began protesting on Tuesday afternoon outside the office of the election supervisory agency, hours after the electoral commission confirmed that Widodo had won 55.5 percent of the vote in the April 17 poll.

Prabowo, a former general who also lost to Widodo in 2014, has refused to accept the result, alleging widespread cheating, and his campaign said on Tuesday it would take its case to the Constitutional Court.

Security minister Wiranto said the violence had been planned and that some of the rioters had been paid. Police said officers had found envelopes stuffed with cash on several of the men they detained.

National police spokesman Muhammad Iqbal said 257 people had been arrested, some of them from outside the capital.

The government temporarily slowed the sharing of photos and videos on WhatsApp, Facebook and Instagram to stop what Wiranto called hoaxes from spreading.

Widodo said he would not tolerate anyone who threatened the country's security, and Prabowo, in a video message, urged his supporters to stay calm and avoid violence.

Indonesia held its presidential and parliamentary votes on a single day for the first time this year.
""")
IDNCOP = A("Indonesian police", "IDN", "COP")
RIOT = A("Jakarta rioters", "IDN", ["CVL", "OPP"])
PRAB = A("Prabowo Subianto", "IDN", ["OPP", "PTY"])
PRAS = A("Prabowo's supporters", "IDN", ["CVL", "OPP"])
IDNEL = A("Indonesia's election authorities", "IDN", "GOV")
E("ai05", "Jakarta rioting kills six after Widodo is", RIOT, A("Indonesia's government", "IDN", "GOV"), VPROT, "145",
  "2019-05", P("Jakarta", "IDN"), False, "headline")
E("ai05", "Prabowo to challenge result", PRAB, IDNEL, ["11"], "115", "2019-05", None, False, "headline, intention")
E("ai05", "Police fired tear gas and rubber bullets", IDNCOP, RIOT, REPR, "175", "2019-05", P("Jakarta", "IDN"), True,
  "force against rioters 175 (17/18); 'in central Jakarta' names the place; 'overnight' without an anchor in the "
  "sentence: month (owned21)")
E("ai05", "who torched cars and hurled rocks and", RIOT, IDNCOP, VPROT, "145", "2019-05", P("Jakarta", "IDN"), False,
  "riot inside a relative clause: optional")
E("ai05", "began protesting on Tuesday afternoon outside the", PRAS, IDNEL, ["14"], "141", "2019-05-21", None, True,
  "demonstration 141; Tuesday before a Wednesday paper; 'the office of the election supervisory agency' names no "
  "city; the commission's confirmation in the 'hours after' clause is no CAMEO event")
E("ai05", "has refused to accept the result, alleging", PRAB, IDNEL, ["12"], "120", "2019-05", None, True,
  "refusal to accept the result 120; present perfect: month")
E("ai05", "alleging widespread cheating, and his campaign said", PRAB, IDNEL, ["11"], "112", "2019-05", None, False,
  "accusation as a participle of the refusal: optional")
E("ai05", "would take its case to the Constitutional", PRAB, IDNEL, ["11"], "115", "2019-05-21", None, False,
  "legal challenge put as an intention: optional")
E("ai05", "Security minister Wiranto said the violence had", A("Wiranto", "IDN", "GOV"), RIOT, ["11"], "112", "2019-05",
  None, True, "accusation that the riots were planned and paid for 112; month")
E("ai05", "several of the men they detained", IDNCOP, RIOT, ["17"], "173", "2019-05", None, False,
  "detention inside a relative clause of the police's account: optional")
E("ai05", "said 257 people had been arrested, some", IDNCOP, RIOT, ["17"], "173", "2019-05", None, True,
  "arrests 173; agentless passive whose agent is the speaker's force (the police spokesman), as owned21 d11; month")
E("ai05", "The government temporarily slowed the sharing of", A("Indonesia's government", "IDN", "GOV"),
  A("Indonesian social media users", "IDN", "CVL"), ["17"], "1721", "2019-05", None, True,
  "restricting messaging apps 1721 (owned21 d04); month")
E("ai05", "said he would not tolerate anyone who", A("Joko Widodo", "IDN", "GOV"), RIOT, ["13"], "130", "2019-05", None,
  False, "general warning: optional")
E("ai05", "urged his supporters to stay calm and", PRAB, PRAS, DEMAND, "020", "2019-05", None, False,
  "appeal to his own side: optional")
F("ai05", "Six people were killed and about 200", "count")
F("ai05", "Indonesia held its presidential and parliamentary votes", "definition / background fact")

# ---------------------------------------------------------------- ai06 Panmunjom, Asia (North / South Korea)
S("ai06", "2018-04-27", "Asia", """
Kim and Moon pledge to rid Korean peninsula of nuclear arms at border summit

PANMUNJOM, South Korea —

North Korean leader Kim Jong Un and South Korean President Moon Jae-in agreed on Friday to work for the complete denuclearisation of the Korean peninsula and to seek a formal end this year to the 1950-53 war, at a summit here.

Kim stepped across the concrete slab marking the border becoming the first North Korean leader to set foot in the South since the war. At his invitation, Moon briefly crossed into the North with him.

In a declaration signed at the Peace House, the two leaders promised to halt all hostile acts, including propaganda broadcasts along the frontier, from May 1. Moon accepted an invitation to visit Pyongyang in the autumn.

The South's military switched off its loudspeakers on Monday, and the summit came a week after Kim announced that the North would stop nuclear tests and long-range missile launches.

Kim had travelled to Beijing in March to meet Chinese President Xi Jinping. Last year he and U.S. President Donald Trump traded insults and threats of war as Pyongyang tested missiles that it said could reach the American mainland.

In Washington, Trump welcomed the summit, and Japan's prime minister, Shinzo Abe, said he would watch for concrete action from the North.

The two Koreas remain technically at war because the conflict ended in an armistice rather than a peace treaty. Whether Kim would give up weapons his country has spent decades building was far from clear.
""")
KIM = A("Kim Jong Un", "PRK", "GOV")
MOON = A("Moon Jae-in", "KOR", "GOV")
E("ai06", "Kim and Moon pledge to rid Korean", KIM, MOON, AGREE, "057", "2018-04-27", None, False, "headline")
E("ai06", "agreed on Friday to work for the", KIM, MOON, AGREE, "057", "2018-04-27", P("Panmunjom", "KOR"), True,
  "agreement (05/03/08; 057 as news-dev's signed deals, 030 also right); compound subject, first-mentioned "
  "direction required; 'here' = Panmunjom, the dateline (the Peace House is on the southern side)")
E("ai06", "agreed on Friday to work for the", MOON, KIM, AGREE, "057", "2018-04-27", P("Panmunjom", "KOR"), False,
  "reverse direction: optional")
E("ai06", "Kim stepped across the concrete slab marking", KIM, A("South Korea", "KOR", "GOV"), ["04"], "042", "2018-04",
  None, False, "crossing into the South, a visit 042: optional")
E("ai06", "Moon briefly crossed into the North with", MOON, A("North Korea", "PRK", "GOV"), ["04"], "042", "2018-04",
  None, False, "visit, 'At his invitation' (Kim's): optional")
E("ai06", "the two leaders promised to halt all", KIM, MOON, AGREE, "030", "2018-04", None, False,
  "restatement of the agreement with its terms (the declaration): optional")
E("ai06", "Moon accepted an invitation to visit Pyongyang", MOON, KIM, ["03", "04"], "036", "2018-04", None, True,
  "agreeing to a future meeting 036 (the visit itself is planned, not coded); month")
E("ai06", "The South's military switched off its loudspeakers", A("South Korean military", "KOR", "MIL"),
  A("North Korea", "PRK", "GOV"), ["08"], "087", "2018-04-23", None, True,
  "halting a hostile military activity: de-escalation 087; 'on Monday' before a Friday paper = April 23")
E("ai06", "a week after Kim announced that the", KIM, None, ["08", "03"], "087", "2018-04-20", None, True,
  "announced halt to nuclear and missile tests in an 'a week after' clause with its own agent: required; de-escalation "
  "087 (08/03); no addressee: target null; a week before Friday = April 20")
E("ai06", "Kim had travelled to Beijing in March", KIM, A("Xi Jinping", "CHN", "GOV"), ["04"], "042", "2018-03",
  P("Beijing", "CHN"), True, "dated background visit 042; the meeting is in Beijing, so Beijing is the place here "
  "(a city travelled to for a meeting, not a city standing for a government)")
E("ai06", "he and U.S. President Donald Trump traded", KIM, A("Donald Trump", "USA", "GOV"), ["11", "13"], "111", "2017",
  None, True, "insults and threats traded (11/13), joint: first-mentioned direction required; 'Last year' = 2017")
E("ai06", "he and U.S. President Donald Trump traded", A("Donald Trump", "USA", "GOV"), KIM, ["11", "13"], "111", "2017",
  None, False, "reverse direction: optional")
E("ai06", "as Pyongyang tested missiles that it said", A("North Korea", "PRK", ["GOV", "MIL"]),
  A("United States", "USA", "GOV"), ["15", "13", "19"], "150", "2017", None, False,
  "missile tests as a show of force (15/13/19) in an 'as' clause; 'Pyongyang' = North Korea: optional")
E("ai06", "In Washington, Trump welcomed the summit", A("Donald Trump", "USA", "GOV"), MOON, ["05"], "051", "2018-04",
  P("Washington", "USA"), False, "single outside reaction: optional (target either leader); 'In Washington' names "
  "where he spoke")
F("ai06", "The two Koreas remain technically at war", "standing situation")
F("ai06", "Whether Kim would give up weapons his", "speculation")

# ---------------------------------------------------------------- ai07 Rotterdam, Europe/Eurasia (Netherlands / Turkey)
S("ai07", "2017-03-12", "Europe/Eurasia", """
Dutch expel Turkish minister and bar foreign minister's plane as Erdogan cries "Nazi remnants"

ROTTERDAM, Netherlands —

Dutch police escorted Turkey's family minister, Fatma Betul Sayan Kaya, to the German border early on Sunday after stopping her convoy near the Turkish consulate here, where she had hoped to address a rally of expatriate voters.

The expulsion came hours after the Dutch government withdrew landing permission on Saturday for a plane carrying Foreign Minister Mevlut Cavusoglu, who had also wanted to campaign in Rotterdam for an April referendum on expanding President Tayyip Erdogan's powers.

Erdogan told a crowd in Istanbul on Saturday that the Dutch were "Nazi remnants" and fascists, and warned that the Netherlands would pay a price for its treatment of his ministers.

Prime Minister Mark Rutte called the remark crazy and way out of line. He said the Netherlands would not apologise.

Hundreds of protesters waving Turkish flags outside the consulate were dispersed by riot police with water cannon, dogs and mounted officers in the early hours of Sunday. Police said 12 people were detained.

In Ankara, the authorities sealed off the Dutch embassy and the ambassador's residence, and the foreign ministry said it did not want the ambassador, who was abroad, to come back for some time.

Erdogan had accused Germany of "Nazi practices" last week after several German towns cancelled similar rallies.

The Netherlands is home to about 400,000 people of Turkish origin, many of whom can vote in Turkish elections. Whether the row would help Geert Wilders in Wednesday's Dutch general election was unclear.
""")
NLDCOP = A("Dutch police", "NLD", "COP")
NLDG = A("Netherlands", "NLD", "GOV")
KAYA = A("Fatma Betul Sayan Kaya", "TUR", "GOV")
ERDO = A("Tayyip Erdogan", "TUR", "GOV")
TURG = A("Turkey", "TUR", "GOV")
TURP = A("pro-Erdogan protesters in Rotterdam", "TUR", ["CVL", "PTY"])
E("ai07", "Dutch expel Turkish minister and bar foreign", NLDG, KAYA, ["17", "16"], "174", "2017-03-12", None, False,
  "headline")
E("ai07", "Erdogan cries \"Nazi remnants\"", ERDO, NLDG, ["11"], "111", "2017-03-11", None, False,
  "headline, second event")
E("ai07", "Dutch police escorted Turkey's family minister, Fatma", NLDCOP, KAYA, ["17", "16"], "174", "2017-03-12", None,
  True, "expelling an individual 174 (17/16); 'early on Sunday' in a Sunday paper; 'to the German border' is a "
  "destination, and 'here' belongs to the stopping, so no place")
E("ai07", "after stopping her convoy near the Turkish", NLDCOP, KAYA, ["17"], "170", "2017-03-11",
  P("Rotterdam", "NLD"), False, "stopping her convoy, inside an 'after' clause: optional; 'here' = Rotterdam; "
  "Saturday evening before the Sunday expulsion")
E("ai07", "withdrew landing permission on Saturday for a", NLDG, A("Mevlut Cavusoglu", "TUR", "GOV"),
  ["17", "16", "12"], "172", "2017-03-11", None, True, "barring a minister's plane: administrative sanction 172, "
  "tolerant 17/16/12 (coders split with a ban 163 or a refused request); inside an 'hours after' clause with its own "
  "agent and its own 'on Saturday'")
E("ai07", "Erdogan told a crowd in Istanbul on", ERDO, NLDG, ["11"], "111", "2017-03-11", P("Istanbul", "TUR"), True,
  "insult 111 ('Nazi remnants', fascists); 'in Istanbul' names the place; Saturday")
E("ai07", "warned that the Netherlands would pay a", ERDO, NLDG, ["13"], "130", "2017-03-11", P("Istanbul", "TUR"), True,
  "threat 130, second verb with its own object clause: required (as owned21 d02); same time and place")
E("ai07", "Prime Minister Mark Rutte called the remark", A("Mark Rutte", "NLD", "GOV"), ERDO, ["11"], "111", "2017-03",
  None, True, "criticism 111; no day of its own: month")
E("ai07", "He said the Netherlands would not apologise.", A("Mark Rutte", "NLD", "GOV"), ERDO, ["12"], "120", "2017-03",
  None, False, "refusal put as an intention ('would not apologise'): optional; 'He' = Rutte")
E("ai07", "were dispersed by riot police with water", NLDCOP, TURP, REPR, "175", "2017-03-12", None, True,
  "dispersal with water cannon and dogs 175 (17/18), passive with agent; 'in the early hours of Sunday'; 'outside "
  "the consulate' names no city in this sentence (Rotterdam is named in others); protesters waving Turkish flags: "
  "TUR (diaspora, the text gives no other nationality)")
E("ai07", "Police said 12 people were detained.", NLDCOP, TURP, ["17"], "173", "2017-03-12", None, False,
  "detentions, agentless passive in the police's own statement: optional here (a count line)")
E("ai07", "the authorities sealed off the Dutch embassy", TURG, NLDG, ["16", "17"], "161", "2017-03",
  P("Ankara", "TUR"), True, "sealing off another state's embassy: reducing relations 161 (16/17); 'In Ankara' names "
  "the place; month")
E("ai07", "the foreign ministry said it did not", TURG, NLDG, ["16"], "161", "2017-03", None, False,
  "barring the ambassador's return, second clause: optional")
E("ai07", "Erdogan had accused Germany of \"Nazi practices\"", ERDO, A("Germany", "DEU", "GOV"), ["11"], "112",
  "2017-03", None, True, "dated background accusation; 'last week' before a Sunday paper in March: month")
E("ai07", "after several German towns cancelled similar rallies", A("German local authorities", "DEU", "GOV"), TURG,
  ["17", "16", "12"], "172", "2017-03", None, False, "cancellations inside an 'after' clause without a date of their "
  "own: optional")
F("ai07", "The Netherlands is home to about 400,000", "standing situation and count")
F("ai07", "Whether the row would help Geert Wilders", "speculation")

# ---------------------------------------------------------------- ai08 Bucharest, Europe/Eurasia (Romania / Russia)
S("ai08", "2024-12-07", "Europe/Eurasia", """
Romania's top court annuls presidential vote over alleged foreign meddling; front-runner cries coup

BUCHAREST, Romania —

Romania's Constitutional Court annulled the presidential election on Friday, two days before a run-off in which the far-right outsider Calin Georgescu was the front-runner, and ordered the entire vote to be held again.

The unanimous ruling came after President Klaus Iohannis declassified intelligence reports on Wednesday describing a coordinated campaign on TikTok that had propelled Georgescu from obscurity to first place in the Nov. 24 first round. One of the documents said the operation bore the hallmarks of a state actor, and Romanian officials have pointed the finger at Moscow.

The Kremlin has denied meddling in the vote.

Georgescu, a critic of NATO who has spoken warmly of Romania's wartime fascist leaders, denounced the ruling as a coup in all but name and said democracy itself was under attack.

His rival in the cancelled run-off, the centre-right reformer Elena Lasconi, also condemned the judges, calling their decision illegal and immoral. Voting by Romanians abroad had already begun when the court ruled.

The European Commission ordered TikTok on Thursday to freeze and preserve all data linked to the Romanian election. The company said it had applied its rules to all candidates equally.

Iohannis said he would remain in office until a new president was sworn in.

Romania, a NATO member that borders Ukraine, hosts a large alliance air base near the Black Sea coast. It was not clear whether Georgescu would be allowed to stand again.
""")
ROUJ = A("Romania's Constitutional Court", "ROU", "JUD")
GEORG = A("Calin Georgescu", "ROU", ["OPP", "PTY", "ELI"])
RUS = A("Russia", "RUS", "GOV")
E("ai08", "Romania's top court annuls presidential vote over", ROUJ, GEORG, ["17", "12", "11"], "172", "2024-12-06",
  None, False, "headline")
E("ai08", "annulled the presidential election on Friday, two", ROUJ, GEORG, ["17", "12", "11"], "172", "2024-12-06",
  None, True, "a court annulling an election 172, tolerant 17/12/11 as owned21 d02; target the first-round winner "
  "whose result is struck down; Friday before a Saturday paper")
E("ai08", "Romanian officials have pointed the finger at", A("Romanian officials", "ROU", "GOV"), RUS, ["11"], "112",
  "2024-12", None, True, "accusation 112; 'Moscow' = Russia; present perfect: month; Iohannis' declassifying of the "
  "reports is no CAMEO event")
E("ai08", "The Kremlin has denied meddling in the", RUS, A("Romanian officials", "ROU", "GOV"), DENY, "016", "2024-12",
  None, True, "denial 016 (01/12); 'The Kremlin' = Russia; month")
E("ai08", "denounced the ruling as a coup in", GEORG, ROUJ, ["11"], "111", "2024-12", None, True,
  "denunciation 111; the relative 'who has spoken warmly of' wartime leaders is standing, not coded; month")
E("ai08", "also condemned the judges, calling their decision", A("Elena Lasconi", "ROU", ["OPP", "PTY"]), ROUJ, ["11"],
  "111", "2024-12", None, True, "criticism 111; 'the judges' = the court; month")
E("ai08", "ordered TikTok on Thursday to freeze and", A("European Commission", "EUR", "IGO"),
  A("TikTok", None, "BUS"), DEMAND, "101", "2024-12-05", None, True, "order to preserve data: demand 101 (10/02); "
  "Thursday before a Saturday paper")
E("ai08", "The company said it had applied its", A("TikTok", None, "BUS"), A("European Commission", "EUR", "IGO"), DENY,
  "016", "2024-12", None, False, "implicit denial of bias: optional")
F("ai08", "Romania, a NATO member that borders Ukraine,", "standing situation")
F("ai08", "It was not clear whether Georgescu would", "speculation")

# ---------------------------------------------------------------- ai09 Tegucigalpa, Americas (Honduras)
S("ai09", "2017-12-18", "Americas", """
Honduras names Hernandez winner of disputed vote; OAS calls for new election

TEGUCIGALPA, Honduras —

Honduran police and soldiers fired tear gas on Monday to clear supporters of opposition candidate Salvador Nasralla who had blocked roads with burning tyres, a day after the electoral tribunal declared President Juan Orlando Hernandez the winner of last month's election.

The tribunal gave Hernandez 42.9 percent of the vote against 41.4 percent for Nasralla, a margin of about 50,000 ballots, after a count that stalled for more than a day while the challenger was ahead.

Nasralla, a former television presenter, rejected the result as a fraud and urged Hondurans to take to the streets.

The Organization of American States, whose observers had reported serious irregularities, called on Sunday night for a fresh election, saying it could not be certain who had won.

Hernandez, who ran for a second term after the Supreme Court lifted a ban on re-election, called on his rivals to accept the tribunal's verdict.

Former president Manuel Zelaya, who was toppled in a 2009 coup and now coordinates the opposition alliance, called for a national strike.

The government imposed a dusk-to-dawn curfew on Dec. 1 after days of looting and clashes, and rights groups say at least 14 people have been killed by security forces since the vote. Days later, members of an elite police unit refused to enforce the curfew, saying they would not repress their own people.

It was unclear whether the opposition could keep up the blockades over the Christmas holidays.
""")
HNDCOP = A("Honduran police", "HND", "COP")
NASP = A("Nasralla's supporters", "HND", ["CVL", "OPP"])
TSE = A("Honduras's electoral tribunal", "HND", ["GOV", "JUD"])
NASR = A("Salvador Nasralla", "HND", ["OPP", "PTY"])
HNDG = A("Honduran government", "HND", "GOV")
OAS = A("Organization of American States", "OAS", "IGO")
E("ai09", "OAS calls for new election", OAS, HNDG, DEMAND, "104", "2017-12-17", None, False, "headline")
E("ai09", "Honduran police and soldiers fired tear gas", HNDCOP, NASP, REPR, "175", "2017-12-18", None, True,
  "force against protesters 175 (17/18); compound subject, first member required; 'on Monday' in a Monday paper; "
  "'a day after the electoral tribunal declared' is no CAMEO event")
E("ai09", "Honduran police and soldiers fired tear gas", A("Honduran soldiers", "HND", "MIL"), NASP, REPR, "175",
  "2017-12-18", None, False, "second member: optional")
E("ai09", "who had blocked roads with burning tyres", NASP, HNDG, ["14"], "144", "2017-12", None, False,
  "road blocks 144 inside a relative clause: optional")
E("ai09", "rejected the result as a fraud and", NASR, TSE, ["12", "11"], "120", "2017-12", None, True,
  "rejection 120 (12/11); month")
E("ai09", "urged Hondurans to take to the streets", NASR, HNDG, ["14", "10"], "140", "2017-12", None, False,
  "call to protest, second verb: optional")
E("ai09", "called on Sunday night for a fresh", OAS, HNDG, DEMAND, "104", "2017-12-17", None, True,
  "demand for a new election 104 (10/02); OAS as OAS/IGO (news-dev); Sunday night before a Monday paper")
E("ai09", "whose observers had reported serious irregularities", OAS, TSE, ["11"], "112", "2017-12", None, False,
  "undated finding inside a relative clause: optional")
E("ai09", "called on his rivals to accept the", A("Juan Orlando Hernandez", "HND", "GOV"), NASR, DEMAND, "102", "2017-12",
  None, True, "demand/appeal 102 (10/02); 'his rivals' = Nasralla's camp; month; the relative about the court "
  "lifting the ban on re-election is undated background, not coded")
E("ai09", "called for a national strike", A("Manuel Zelaya", "HND", ["OPP", "PTY"]), HNDG, ["14"], "143", "2017-12", None,
  True, "a strike called against the government 143 (owned21 d01); month")
E("ai09", "who was toppled in a 2009 coup", A("Honduran army", "HND", "MIL"), A("Manuel Zelaya", "HND", ["OPP", "PTY"]),
  COUP, "1724", "2009", None, False, "agentless passive in a relative clause: optional; the text names no agent")
E("ai09", "The government imposed a dusk-to-dawn curfew on", HNDG, A("Hondurans", "HND", "CVL"), ["17"], "1723",
  "2017-12-01", None, True, "curfew 1723; dated background 'on Dec. 1'")
E("ai09", "rights groups say at least 14 people", A("Honduran security forces", "HND", ["COP", "MIL"]), NASP, REPR,
  "175", "2017", None, False, "killings inside an advocacy groups' count: optional; 'since the vote' is a span over "
  "two months: year")
E("ai09", "members of an elite police unit refused", A("Honduran elite police unit", "HND", "COP"), HNDG, ["12"], "120",
  "2017-12", None, True, "a stated refusal is an event (12); 'Days later' after Dec. 1: month")
F("ai09", "The tribunal gave Hernandez 42.9 percent of", "count")
F("ai09", "It was unclear whether the opposition could", "speculation")

# ---------------------------------------------------------------- ai10 Lima, Americas (Peru)
S("ai10", "2020-11-15", "Americas", """
Peru's interim president Merino quits after police kill two protesters

LIMA, Peru —

Peru's interim president, Manuel Merino, resigned on Sunday after less than a week in office, a day after police killed two young men during the largest protests the country had seen in years.

Merino, speaking in a brief televised address, said he was stepping down irrevocably and called for calm.

The two students, aged 22 and 24, were shot during clashes in central Lima on Saturday night, the health ministry said, and dozens more were wounded by pellets and tear gas canisters.

More than half of Merino's ministers resigned overnight. The head of Congress, Luis Valdez, demanded that he step down, warning that lawmakers would otherwise move to remove him.

Congress had voted on Nov. 9 to oust President Martin Vizcarra over bribery allegations dating from his time as a regional governor, which he denies, and installed Merino, its speaker, the following day.

Tens of thousands of people, many of them students organised on social media, had marched in Lima and other cities every day since, calling the removal a parliamentary coup.

The national ombudsman's office accused the police of using excessive force and said it was still trying to locate dozens of protesters whose families had reported them missing.

The U.N. human rights office called for an independent investigation into the deaths.

Merino was Peru's third president since 2016. It was not clear whom Congress would choose to replace him, or when.
""")
MERINO = A("Manuel Merino", "PER", "GOV")
PERP = A("Peruvian protesters", "PER", ["CVL", "OPP"])
PERCOP = A("Peruvian police", "PER", "COP")
CONG = A("Peru's Congress", "PER", ["LEG", "GOV"])
E("ai10", "Peru's interim president Merino quits after police", MERINO, PERP, ["08"], "0831", "2020-11-15", None, False,
  "headline")
E("ai10", "police kill two protesters", PERCOP, PERP, REPR, "175", "2020-11-14", None, False, "headline, second event")
E("ai10", "Manuel Merino, resigned on Sunday after less", MERINO, PERP, ["08"], "0831", "2020-11-15", None, True,
  "resignation under protest pressure 0831, protesters as implied target (news-dev d09); Sunday paper")
E("ai10", "a day after police killed two young", PERCOP, PERP, REPR, "175", "2020-11-14", None, True,
  "killing of protesters 175 (17/18) in an 'a day after' clause with its own agent; no place in the clause")
E("ai10", "The two students, aged 22 and 24,", PERCOP, PERP, REPR, "175", "2020-11-14", P("Lima", "PER"), False,
  "agentless restatement with the place ('central Lima') and 'Saturday night': optional")
E("ai10", "More than half of Merino's ministers resigned", A("Peruvian ministers", "PER", "GOV"), MERINO, ["08"], "0831",
  "2020-11", None, False, "resignations in protest at the killings, target unclear: optional")
E("ai10", "The head of Congress, Luis Valdez, demanded", A("Luis Valdez", "PER", ["LEG", "GOV"]), MERINO, DEMAND, "1041",
  "2020-11", None, True, "demand for a leader's resignation 1041 (10/02); 'he' = Merino; month")
E("ai10", "warning that lawmakers would otherwise move to", A("Luis Valdez", "PER", ["LEG", "GOV"]), MERINO, ["13"],
  "130", "2020-11", None, False, "conditional warning: optional")
E("ai10", "Congress had voted on Nov. 9 to", CONG, A("Martin Vizcarra", "PER", "GOV"), ["17", "12", "11"], "172",
  "2020-11-09", None, True, "removal of a president by parliament 172 (17/12/11), as owned13 and owned21; dated "
  "background 'on Nov. 9'")
E("ai10", "which he denies, and installed Merino, its", A("Martin Vizcarra", "PER", "GOV"), CONG, DENY, "016", "2020-11",
  None, False, "denial in a present-tense relative: optional")
E("ai10", "had marched in Lima and other cities", PERP, CONG, ["14"], "141", "2020-11", P("Lima", "PER"), True,
  "demonstrations 141; 'every day since' is a span: month; 'in Lima and other cities' names Lima")
E("ai10", "calling the removal a parliamentary coup", PERP, CONG, ["11"], "111", "2020-11", None, False,
  "criticism as a participle: optional")
E("ai10", "The national ombudsman's office accused the police", A("Peru's ombudsman's office", "PER", "GOV"), PERCOP,
  ["11"], "112", "2020-11", None, True, "accusation of excessive force 112 by a state body; month")
E("ai10", "The U.N. human rights office called for", A("U.N. human rights office", "UNO", "IGO"),
  A("Peru's government", "PER", "GOV"), DEMAND, "101", "2020-11", None, False, "single outside reaction: optional")
F("ai10", "Merino was Peru's third president since 2016.", "count / definition")
F("ai10", "It was not clear whom Congress would", "speculation")

# ---------------------------------------------------------------- ai11 Kathmandu, South Asia (Nepal)
S("ai11", "2025-09-09", "South Asia", """
Nepal's Oli resigns as protesters torch parliament a day after police kill 19

KATHMANDU, Nepal —

Prime Minister KP Sharma Oli resigned on Tuesday as thousands of young protesters defied a curfew and set fire to government buildings and the homes of senior politicians in the capital, a day after police shot dead 19 demonstrators.

In a letter to President Ram Chandra Paudel, Oli said he was stepping down to make way for a political solution.

In Kathmandu, crowds stormed and burned the federal parliament, the Singha Durbar secretariat that houses most ministries and the Supreme Court. Former prime minister Sher Bahadur Deuba and his wife were beaten at their home, witnesses said.

The protests began on Monday over a ban the government imposed last week on 26 social media platforms, among them Facebook and YouTube, which it said had failed to register with the authorities. They quickly grew into a revolt against corruption and the lavish lives of politicians' children.

Home Minister Ramesh Lekhak resigned on Monday night, taking moral responsibility for the killings, and the government lifted the ban the same night.

The U.N. human rights office said it was shocked by the deaths and called for a prompt and transparent investigation.

Army chief Gen. Ashok Raj Sigdel urged the protesters to show restraint and open talks, and soldiers were deployed around government buildings after nightfall.

Nepal has had more than a dozen governments since it became a republic in 2008. It was unclear who would lead an interim administration, and no talks had been scheduled.
""")
OLI = A("KP Sharma Oli", "NPL", "GOV")
NPLP = A("Nepalese protesters", "NPL", ["CVL", "OPP"])
NPLCOP = A("Nepalese police", "NPL", "COP")
NPLG = A("Nepal's government", "NPL", "GOV")
E("ai11", "Nepal's Oli resigns as protesters torch parliament", OLI, NPLP, ["08"], "0831", "2025-09-09", None, False,
  "headline")
E("ai11", "a day after police kill 19", NPLCOP, NPLP, REPR, "175", "2025-09-08", None, False, "headline, second event")
E("ai11", "Prime Minister KP Sharma Oli resigned on Tuesday", OLI, NPLP, ["08"], "0831", "2025-09-09", None, True,
  "resignation under protest pressure 0831 (news-dev d09); Tuesday paper")
E("ai11", "thousands of young protesters defied a curfew", NPLP, NPLG, VPROT, "145", "2025-09-09", P("Kathmandu", "NPL"),
  False, "lead summary of the arson detailed in the third paragraph: optional; 'the capital' = Kathmandu")
E("ai11", "a day after police shot dead 19", NPLCOP, NPLP, REPR, "175", "2025-09-08", None, True,
  "killing of protesters 175 (17/18) in an 'a day after' clause with its own agent; not detailed later")
E("ai11", "In Kathmandu, crowds stormed and burned the", NPLP, NPLG, VPROT, "145", "2025-09", P("Kathmandu", "NPL"), True,
  "violent protest 145 (14/18/17); 'In Kathmandu' names the place; no day in the sentence: month")
E("ai11", "Bahadur Deuba and his wife were beaten", NPLP, A("Sher Bahadur Deuba", "NPL", ["PTY", "OPP"]),
  ["18"], "182", "2025-09", None, False, "agentless passive inside a witnesses' account: optional")
E("ai11", "The protests began on Monday over a", NPLP, NPLG, ["14"], "141", "2025-09-08", None, True,
  "demonstrations 141; Monday before a Tuesday paper")
E("ai11", "ban the government imposed last week on", NPLG, A("social media platforms", None, "BUS"), ["17", "16"], "1721",
  "2025-09", None, True, "ban on platforms 1721 (17/16) in a relative clause with its own agent; 'last week': month; "
  "target the platforms (the text names American firms but not their country)")
E("ai11", "Home Minister Ramesh Lekhak resigned on Monday night", A("Ramesh Lekhak", "NPL", "GOV"), NPLP, ["08"], "0831",
  "2025-09-08", None, True, "resignation over the killings 0831")
E("ai11", "the government lifted the ban the same", NPLG, NPLP, ["08"], "081", "2025-09-08", None, True,
  "easing restrictions 081, a concession; 'the same night' = Monday")
E("ai11", "The U.N. human rights office said it", A("U.N. human rights office", "UNO", "IGO"), NPLG, DEMAND, "101",
  "2025-09", None, False, "single outside reaction: optional")
E("ai11", "urged the protesters to show restraint and", A("Ashok Raj Sigdel", "NPL", "MIL"), NPLP, DEMAND, "020",
  "2025-09", None, False, "appeal for restraint: optional")
E("ai11", "soldiers were deployed around government buildings after", A("Nepal's army", "NPL", "MIL"), NPLP, ["15"], "150",
  "2025-09", None, False, "agentless deployment: optional")
F("ai11", "Nepal has had more than a dozen", "standing situation")
F("ai11", "It was unclear who would lead an", "speculation and negated talks")

# ---------------------------------------------------------------- ai12 Port Moresby, Pacific (Papua New Guinea / Australia)
S("ai12", "2017-11-24", "Pacific", """
Papua New Guinea police clear Manus camp, move out refugees who refused to leave

PORT MORESBY, Papua New Guinea —

Papua New Guinea police and immigration officers removed the last refugees and asylum seekers from a shuttered Australian-run detention camp on Manus Island on Thursday, ending a three-week standoff in which the men had refused to leave, citing fears for their safety.

Men inside the camp said officers beat some of them with metal poles. The police commissioner's office denied that any force had been used.

Behrouz Boochani, a Kurdish Iranian journalist held on the island since 2013, was arrested during the operation and released hours later, his supporters said.

The camp, at the Lombrum naval base, was closed by Australia on Oct. 31 after Papua New Guinea's Supreme Court ruled last year that holding the men there was unconstitutional.

The U.N. refugee agency urged Australia to take responsibility for the men and accused Canberra of abandoning them.

Australian Prime Minister Malcolm Turnbull again turned down an offer by New Zealand to resettle 150 of the refugees, saying Canberra preferred to pursue a deal under which the United States would take some of them.

Immigration Minister Peter Dutton accused refugee advocates of encouraging the men to stay and said they were being moved to new housing in the island's main town, Lorengau.

Australia has sent asylum seekers who arrive by boat to camps on Manus and the Pacific island of Nauru since 2013. It was unclear how many of the men the United States would eventually accept.
""")
PNGCOP = A("Papua New Guinea police", "PNG", "COP")
REFS = A("Manus refugees and asylum seekers", None, ["REF", "CVL"])
AUS = A("Australia", "AUS", "GOV")
E("ai12", "Papua New Guinea police clear Manus camp", PNGCOP, REFS, ["17", "18"], "170", "2017-11-23", None, False,
  "headline")
E("ai12", "Papua New Guinea police and immigration officers", PNGCOP, REFS, ["17", "18"], "170", "2017-11-23",
  P("Manus Island", "PNG"), True, "forced removal 170 (17/18); compound subject, first member required; 'on Manus "
  "Island' names the place; Thursday before a Friday paper; the refugees have no nationality in the text: null")
E("ai12", "Papua New Guinea police and immigration officers", A("Papua New Guinea immigration officers", "PNG", "GOV"),
  REFS, ["17", "18"], "170", "2017-11-23", P("Manus Island", "PNG"), False, "second member: optional")
E("ai12", "Men inside the camp said officers beat", PNGCOP, REFS, ["18"], "182", "2017-11", None, False,
  "beating inside one side's account, denied next: optional")
E("ai12", "The police commissioner's office denied that any", PNGCOP, REFS, DENY, "016", "2017-11", None, True,
  "denial 016 (01/12) of the refugees' account; month")
E("ai12", "was arrested during the operation and released", PNGCOP, A("Behrouz Boochani", "IRN", ["MED", "REF"]),
  ["17"], "173", "2017-11", None, False, "agentless arrest inside his supporters' account: optional")
E("ai12", "Papua New Guinea's Supreme Court ruled last", A("Papua New Guinea's Supreme Court", "PNG", "JUD"),
  A("Papua New Guinea's government", "PNG", "GOV"), ["11", "17"], "112", "2016", None, True,
  "a court ruling detention unconstitutional (court verdicts 17/11, news-dev); dated background in an 'after' clause "
  "with its own agent; 'last year' = 2016; the closure 'by Australia' is no clear CAMEO event and is not coded")
E("ai12", "The U.N. refugee agency urged Australia to", A("UNHCR", "UNO", "IGO"), AUS, DEMAND, "100", "2017-11", None,
  True, "demand 100 (10/02); month")
E("ai12", "accused Canberra of abandoning them", A("UNHCR", "UNO", "IGO"), AUS, ["11"], "112", "2017-11", None, False,
  "second verb; 'Canberra' = Australia: optional")
E("ai12", "Malcolm Turnbull again turned down an offer", A("Malcolm Turnbull", "AUS", "GOV"), A("New Zealand", "NZL", "GOV"),
  ["12"], "121", "2017-11", None, True, "rejecting an offer of cooperation 121; month")
E("ai12", "an offer by New Zealand to resettle", A("New Zealand", "NZL", "GOV"), AUS, ["03", "07"], "033", None, None,
  False, "nominal offer, undated ('again'): optional")
E("ai12", "Peter Dutton accused refugee advocates of encouraging", A("Peter Dutton", "AUS", "GOV"),
  A("refugee advocates", "AUS", "NGO"), ["11"], "112", "2017-11", None, True, "accusation 112; month")
F("ai12", "Australia has sent asylum seekers who arrive", "standing policy")
F("ai12", "It was unclear how many of the", "speculation")

if __name__ == "__main__":
    write(HERE)
