#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned69 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Twelve wire-style retellings of public political events of 1975-1998. Coding notes are kept per line.
Run: python3 testdata/owned69/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
UNNAMED = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- br01 Accra, Africa (Ghana)
S("br01", "1982-01-01", "Africa", """
Rawlings seizes power again in Ghana, topples Limann and bans parties

ACCRA, Ghana —

Flight Lieutenant Jerry Rawlings overthrew the elected government of President Hilla Limann on Thursday, telling the nation in a radio broadcast that soldiers had taken over to wage what he called a holy war against corruption.

Troops loyal to the former air force pilot seized the radio station and several barracks in Accra before dawn after brief exchanges of fire with the presidential guard, residents said.

In his broadcast, Rawlings accused the Limann government of having driven the country to economic ruin and said it had betrayed the ordinary people who voted for it.

He said the constitution had been suspended and parliament dissolved, and that all political parties were banned with immediate effect.

Rawlings ordered the ministers of the fallen government to report to the nearest police station.

The new rulers closed the country's borders and its airport and imposed a dusk-to-dawn curfew in the capital.

The whereabouts of Limann were not known on Thursday night.

Rawlings first seized power in June 1979, when junior officers freed him from a cell where he was awaiting trial for a failed mutiny. His Armed Forces Revolutionary Council ruled for three months and then handed power to Limann, who won the election held that year.

It was the fifth time since independence from Britain in 1957 that soldiers had overthrown a Ghanaian government.
""")
RAWL = A("Jerry Rawlings", "GHA", "MIL")
LIMANN = A("Hilla Limann", "GHA", "GOV")
GHAG = A("Ghana's government", "GHA", "GOV")
GHATROOP = A("Rawlings's troops", "GHA", "MIL")
E("br01", "Rawlings seizes power again in Ghana, topples", RAWL, LIMANN, COUP, "1724", "1981-12", None, False,
  "headline; coups 17/19 and a declared takeover 1724 (news-dev); the coup fell on the last day of the year before "
  "publication, so the headline gets December 1981, not the month of publication")
E("br01", "overthrew the elected government of President Hilla", RAWL, LIMANN, COUP, "1724", "1981-12-31", None, True,
  "the coup 1724 (17/19, news-dev's coups and takeovers); 'on Thursday' before a Friday paper = Dec. 31, 1981, the "
  "year before publication; no place in the clause (the whole country)")
E("br01", "Troops loyal to the former air force", GHATROOP, A("Ghana's radio station", "GHA", None), COUP, "1724",
  "1981-12", P("Accra", "GHA"), False, "seizing the radio station and barracks restates the coup of the lead; 'in "
  "Accra' names the place; 'before dawn' has no day of its own: month; optional")
E("br01", "after brief exchanges of fire with the", GHATROOP, A("Ghana's presidential guard", "GHA", ["MIL", "GOV"]),
  CLASH, "190", "1981-12", None, False, "exchange of fire 190 (19/18/14) inside the residents' account, nominal: "
  "optional")
E("br01", "accused the Limann government of having driven", RAWL, GHAG, ["11"], "112", "1981-12", None, True,
  "accusation 112; 'In his broadcast' (Thursday's) gives no day in the clause itself: statements with no day of "
  "their own get the month")
E("br01", "all political parties were banned with immediate", RAWL, A("Ghana's political parties", "GHA", "PTY"), ["17"],
  "1722", "1981-12", None, True, "a ban on parties 1722 announced by Rawlings (agentless passive in his own "
  "statement: he is the one who bans); month")
E("br01", "the constitution had been suspended and parliament", RAWL, A("Ghana's parliament", "GHA", "LEG"), ["17"],
  "172", "1981-12", None, False, "dissolving the legislature 172 (as owned54 bc11), first clause of the same "
  "statement; agentless passive: optional")
E("br01", "Rawlings ordered the ministers of the fallen", RAWL, A("Limann's ministers", "GHA", "GOV"), DEMAND, "100",
  "1981-12", None, True, "an order to surrender to the police is a demand 100 (10/02); month")
E("br01", "imposed a dusk-to-dawn curfew in the capital", A("Ghana's new military rulers", "GHA", ["MIL", "GOV"]),
  A("Ghanaian citizens", "GHA", "CVL"), ["17"], "1723", "1981-12", P("Accra", "GHA"), True,
  "curfew 1723; 'the capital' with the Accra dateline; 'The new rulers' = Rawlings's council; month")
E("br01", "The new rulers closed the country's borders", A("Ghana's new military rulers", "GHA", ["MIL", "GOV"]),
  A("Ghanaian citizens", "GHA", "CVL"), ["17", "16"], "172", "1981-12", None, False,
  "closing one's own borders and airport 172 (coders split 17/16): optional")
E("br01", "Rawlings first seized power in June 1979", RAWL, GHAG, COUP, "1724", "1979-06", None, True,
  "dated background coup 1724 (17/19); the government he ousted is not named: Ghana's government")
E("br01", "when junior officers freed him from a", A("Ghanaian junior officers", "GHA", "MIL"), RAWL, ["08"], "0841",
  "1979-06", None, False, "freeing a detainee 0841 inside a 'when' clause; coders rarely code a release by "
  "mutineers: optional")
E("br01", "ruled for three months and then handed", A("Armed Forces Revolutionary Council", "GHA", ["MIL", "GOV"]),
  LIMANN, ["08"], "080", "1979", None, False, "a handover of power after an election; no clear CAMEO class "
  "(080 at most): optional; 'that year' = 1979")
F("br01", "The whereabouts of Limann were not known", "unknown situation: nothing done")
F("br01", "It was the fifth time since independence", "count and historical aside")

# ---------------------------------------------------------------- br02 Kampala, Africa (Uganda)
S("br02", "1986-01-27", "Africa", """
Museveni's guerrillas take Kampala as Okello's troops flee north

KAMPALA, Uganda —

Guerrillas of Yoweri Museveni's National Resistance Army captured Kampala on Sunday after two days of fighting, driving the troops of Gen. Tito Okello's military government out of the capital, residents and Western diplomats said.

Soldiers of the defeated army looted shops and offices as they fled north along the road to Gulu, witnesses said.

A rebel spokesman announced on Radio Uganda, which the guerrillas seized on Saturday, that the movement had taken power and that Museveni would be sworn in as president within days. He urged soldiers of the old army to hand in their weapons at the nearest police station.

Museveni told reporters here on Monday that Okello's troops had murdered thousands of civilians and that those responsible would be brought to trial.

Okello, who seized power from President Milton Obote in a coup in July, signed a peace agreement with Museveni in Nairobi in December, but each side soon accused the other of breaking it.

Museveni, a former defence minister, launched his bush war in February 1981 with a raid on an army training school at Kabamba, saying Obote had rigged the election held two months earlier.

There was no word on Sunday night of where Okello had gone.

It was not clear whether the army units still holding the north would keep fighting.
""")
NRA = A("National Resistance Army", "UGA", ["REB", "OPP"])
MUS = A("Yoweri Museveni", "UGA", ["REB", "OPP"])
OKELLO = A("Tito Okello", "UGA", ["MIL", "GOV"])
UGAARMY = A("Ugandan army", "UGA", "MIL")
OBOTE = A("Milton Obote", "UGA", "GOV")
E("br02", "Museveni's guerrillas take Kampala as Okello's troops", NRA, UGAARMY, ["19", "18", "17"], "190", "1986-01",
  P("Kampala", "UGA"), False, "headline")
E("br02", "captured Kampala on Sunday after two days", NRA, UGAARMY, ["19", "18", "17"], "190", "1986-01-26",
  P("Kampala", "UGA"), True, "insurgents taking a city 190 (19/18/17, as owned54 bc03); 'on Sunday' before a Monday "
  "paper; the diplomats' account is attribution, nobody disputes the capture")
E("br02", "Soldiers of the defeated army looted shops", UGAARMY, A("Kampala residents", "UGA", "CVL"), ["17", "18"],
  "171", "1986-01", None, False, "looting 171 inside a witnesses' account: optional")
E("br02", "which the guerrillas seized on Saturday, that", NRA, A("Radio Uganda", "UGA", ["GOV", "MED"]), COUP, "1724",
  "1986-01-25", None, False, "seizing the state radio is part of the takeover: a restatement, optional")
E("br02", "He urged soldiers of the old army", NRA, UGAARMY, DEMAND, "100", "1986-01", None, True,
  "a call to hand in weapons 100 (10/02); 'He' = the rebel spokesman, the NRA; no day of its own: month")
E("br02", "Museveni told reporters here on Monday that", MUS, OKELLO, ["11"], "112", "1986-01-27",
  P("Kampala", "UGA"), True, "accusation 112 against Okello's forces (target the military government's leader); "
  "'here' with the Kampala dateline; 'on Monday' in a Monday paper")
E("br02", "those responsible would be brought to trial", MUS, UGAARMY, ["13"], "130", "1986-01-27", None, False,
  "a threat of trials put as an intention: optional")
E("br02", "who seized power from President Milton Obote", OKELLO, OBOTE, COUP, "1724", "1985-07", None, True,
  "dated background coup in a relative with its own agent; 'in July' before a January paper = 1985")
E("br02", "signed a peace agreement with Museveni in", OKELLO, MUS, AGREE, "057", "1985-12", P("Nairobi", "KEN"), True,
  "signed agreement 057 (05/03/08); first-mentioned direction required; 'in Nairobi' names the place; December 1985")
E("br02", "signed a peace agreement with Museveni in", MUS, OKELLO, AGREE, "057", "1985-12", P("Nairobi", "KEN"), False,
  "reverse direction of the joint agreement: optional")
E("br02", "each side soon accused the other of", OKELLO, MUS, ["11"], "112", "1985", None, False,
  "mutual accusations, undated ('soon'): optional")
E("br02", "launched his bush war in February 1981", MUS, UGAARMY, ["19", "18"], "190", "1981-02", P("Kabamba", "UGA"),
  True, "dated background attack 190 (19/18) on an army school; 'at Kabamba' names the place")
E("br02", "saying Obote had rigged the election held", MUS, OBOTE, ["11"], "112", "1981-02", None, False,
  "accusation inside a participle of the background sentence: optional")
F("br02", "There was no word on Sunday night", "no news: nothing done")
F("br02", "It was not clear whether the army", "speculation")

# ---------------------------------------------------------------- br03 Beirut, Middle East (Lebanon)
S("br03", "1982-09-15", "Middle East", """
Lebanon's president-elect Bashir Gemayel killed by bomb at his party's headquarters

BEIRUT, Lebanon —

President-elect Bashir Gemayel was killed on Tuesday when a powerful bomb wrecked the headquarters of his Phalange Party in the Christian district of Ashrafieh, nine days before he was to take office, the state radio said.

The explosion brought down the three-storey building as Gemayel was addressing a weekly meeting of party members, and rescue workers dug through the rubble for hours. At least 25 other people died.

No group said it had planted the bomb.

Israeli troops pushed into Moslem West Beirut early on Wednesday, hours after the killing, saying they had moved in to prevent bloodshed and keep order in the city.

Prime Minister Shafik Wazzan denounced the advance as a breach of the agreement under which Palestinian guerrillas left the city last month, and called on Washington to force Israel to pull back.

More than 11,000 guerrillas of the Palestine Liberation Organisation sailed out of Beirut in late August under that deal, which was brokered by the U.S. envoy Philip Habib.

Gemayel, the 34-year-old commander of the Christian Lebanese Forces militia, was elected by parliament on Aug. 23 in a vote boycotted by most Moslem deputies. He had the backing of Israel, whose army invaded Lebanon in June.

In Washington, President Reagan condemned the assassination as a cowardly act and called on all Lebanese to show restraint.

Lebanon's president must be a Maronite Christian under an unwritten power-sharing pact dating from 1943.
""")
GEM = A("Bashir Gemayel", "LBN", ["GOV", "PTY"])
ISRMIL = A("Israeli army", "ISR", "MIL")
WAZZAN = A("Shafik Wazzan", "LBN", "GOV")
PLO = A("Palestine Liberation Organisation", "PSE", ["REB", "GOV"])
E("br03", "Bashir Gemayel killed by bomb at his", UNNAMED, GEM, ATTACK, "186", "1982-09", None, False,
  "headline")
E("br03", "was killed on Tuesday when a powerful", UNNAMED, GEM, ATTACK, "186", "1982-09-14", P("Ashrafieh", "LBN"),
  True, "assassination 186 by unnamed bombers (null/null, news-dev); 'on Tuesday' before a Wednesday paper; 'in the "
  "Christian district of Ashrafieh' names the place (a district of Beirut)")
E("br03", "Israeli troops pushed into Moslem West Beirut", ISRMIL, A("Lebanon", "LBN", None), ["19", "15"], "192",
  "1982-09-15", P("West Beirut", "LBN"), True, "occupying territory 192 (19; 15 tolerated as a deployment); the "
  "premises are the country with sector null; 'early on Wednesday' in a Wednesday paper; West Beirut named")
E("br03", "Prime Minister Shafik Wazzan denounced the advance", WAZZAN, A("Israel", "ISR", "GOV"), ["11"], "112",
  "1982-09", None, True, "accusing Israel of breaching the deal 112; no day of its own: month")
E("br03", "called on Washington to force Israel to", WAZZAN, A("United States", "USA", "GOV"), DEMAND, "102",
  "1982-09", None, False, "second verb of the sentence, a demand for support 102 (10/02): optional; 'Washington' "
  "is an actor")
E("br03", "sailed out of Beirut in late August", PLO, ISRMIL, ["08"], "0874", "1982-08", P("Beirut", "LBN"), True,
  "a military withdrawal 0874 (RETREAT), dated 'in late August'; 'out of Beirut' names the place; the relative "
  "'which was brokered by the U.S. envoy' is a restatement of the deal, see next line")
E("br03", "which was brokered by the U.S. envoy", A("Philip Habib", "USA", "GOV"), PLO, ["04", "03"], "043", "1982-08",
  None, False, "mediation 043 in a passive relative, part of the background: optional")
E("br03", "in a vote boycotted by most Moslem", A("Moslem members of Lebanon's parliament", "LBN", "LEG"), GEM, ["14"],
  "143", "1982-08-23", None, True, "a boycott 143 in a passive with its agent, dated 'on Aug. 23'; target the "
  "candidate the vote elected; the election itself has no CAMEO code")
E("br03", "whose army invaded Lebanon in June", ISRMIL, A("Lebanon", "LBN", None), ["19", "15"], "190", "1982-06",
  None, True, "dated background invasion in a relative with its own agent (the June invasion itself is owned28 "
  "ab03's story; here it is a one-clause aside); a country named as a destination is not a place")
E("br03", "He had the backing of Israel, whose", A("Israel", "ISR", "GOV"), GEM, ["05"], "050", "1982", None, False,
  "standing support, undated: optional")
E("br03", "President Reagan condemned the assassination as a", A("Ronald Reagan", "USA", "GOV"), UNNAMED, ["11"],
  "111", "1982-09", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is where "
  "he spoke")
F("br03", "No group said it had planted the", "negated act: no claim made")
F("br03", "Lebanon's president must be a Maronite Christian", "normative statement and standing rule")

# ---------------------------------------------------------------- br04 Djibouti, Middle East (South Yemen)
S("br04", "1986-01-17", "Middle East", """
Foreigners flee Aden by sea as South Yemen's rival Marxist factions fight for the capital

DJIBOUTI, Djibouti —

Hundreds of foreigners escaping the fighting in South Yemen landed here on Thursday aboard the British royal yacht Britannia, telling of tanks firing in the streets of Aden and bodies lying unburied.

The fighting erupted on Monday when bodyguards of President Ali Nasser Mohammed opened fire on his rivals in the ruling party's politburo as they gathered for a meeting, killing the vice president, Ali Antar, and several other leaders.

Ali Nasser's government said in a radio broadcast that the rivals, led by former president Abdel Fattah Ismail, had plotted a coup and had been crushed.

But army and navy units loyal to the rival faction struck back, and heavy fighting for control of Aden has raged since, diplomats said.

A broadcast by the rebel faction on Thursday accused Ali Nasser of treason and said he had fled the capital. His supporters denied that.

There was no independent confirmation of the death toll, which some diplomats put in the thousands.

The British Foreign Office said it had asked both sides to let foreigners leave safely and to hold their fire while ships took them off the beaches.

Ali Nasser had forced Ismail out of the presidency in 1980 and sent him into exile in Moscow. He returned to Aden last year.

It was unclear whether Ismail had survived the shooting.
""")
ALIN = A("Ali Nasser Mohammed", "YEM", "GOV")
ALIN_G = A("Ali Nasser Mohammed's bodyguards", "YEM", ["GOV", "MIL"])
RIVALS = A("South Yemen's rival faction", "YEM", ["GOV", "MIL", "REB"])
ISMAIL = A("Abdel Fattah Ismail", "YEM", ["GOV", "PTY"])
E("br04", "South Yemen's rival Marxist factions fight for", RIVALS, A("Ali Nasser Mohammed's forces", "YEM", "MIL"),
  CLASH, "190", "1986-01", P("Aden", "YEM"), False, "headline; South Yemen coded YEM (the state merged into today's "
  "Yemen in 1990; YMD is the withdrawn ISO code): the note holds for every line of this story")
E("br04", "opened fire on his rivals in the", ALIN_G, RIVALS, ATTACK, "186", "1986-01-13", None, True,
  "killing of politburo leaders by the president's guards 186 (18/19/20); 'on Monday' before a Friday paper = Jan. "
  "13; the meeting room is not a named place")
E("br04", "killing the vice president, Ali Antar, and", ALIN_G, A("Ali Antar", "YEM", ["GOV", "PTY"]), ATTACK, "186",
  "1986-01-13", None, False, "the named victim of the same shooting: optional (one event per sentence is required)")
E("br04", "Ali Nasser's government said in a radio", A("South Yemen's government", "YEM", "GOV"), ISMAIL, ["11"], "112",
  "1986-01", None, True, "accusation of a coup plot 112; no day of its own: month")
E("br04", "had plotted a coup and had been", A("South Yemen's government", "YEM", "GOV"), ISMAIL, ["17", "19"], "175",
  "1986-01", None, False, "'had been crushed': agentless passive inside the claim: optional")
E("br04", "army and navy units loyal to the", RIVALS, A("Ali Nasser Mohammed's forces", "YEM", "MIL"), CLASH, "190",
  "1986-01", P("Aden", "YEM"), True, "clashes 190 (19/18/14); first-mentioned side required; 'for control of Aden' "
  "names the place; 'since' Monday, a span in one month: month; 'diplomats said' is attribution")
E("br04", "army and navy units loyal to the", A("Ali Nasser Mohammed's forces", "YEM", "MIL"), RIVALS, CLASH, "190",
  "1986-01", P("Aden", "YEM"), False, "reverse direction of the fighting: optional")
E("br04", "A broadcast by the rebel faction on", RIVALS, ALIN, ["11"], "112", "1986-01-16", None, True,
  "accusation of treason 112; nominal subject 'A broadcast by the rebel faction'; 'on Thursday' before a Friday paper")
E("br04", "His supporters denied that", A("Ali Nasser Mohammed's supporters", "YEM", ["GOV", "PTY"]), RIVALS, DENY,
  "016", "1986-01", None, True, "a stated denial 016 (01/12); 'His' = Ali Nasser; month")
E("br04", "The British Foreign Office said it had", A("British Foreign Office", "GBR", "GOV"),
  A("South Yemen's warring factions", "YEM", "MIL"), DEMAND, "020", "1986-01", None, True,
  "a request to let foreigners leave and hold fire 020 (02/10); the story turns on the evacuation, so not a mere "
  "reaction; month")
E("br04", "Ali Nasser had forced Ismail out of", ALIN, ISMAIL, ["17"], "174", "1980", None, True,
  "dated background: forcing a rival out of office and into exile 174 (17); 'in 1980'; Moscow is a destination, "
  "not a place")
E("br04", "He returned to Aden last year", ISMAIL, A("South Yemen's government", "YEM", "GOV"), ["08"], "080", "1985",
  None, False, "a return from exile has no clear CAMEO class: optional; 'last year' = 1985")
F("br04", "There was no independent confirmation of the", "count and unconfirmed toll")
F("br04", "It was unclear whether Ismail had survived", "speculation")

# ---------------------------------------------------------------- br05 Phnom Penh, Asia (Cambodia)
S("br05", "1997-03-31", "Asia", """
Grenades kill at least 16 at Phnom Penh opposition rally; Rainsy blames Hun Sen

PHNOM PENH, Cambodia —

Attackers hurled four grenades into a crowd of opposition supporters outside the National Assembly in the capital on Sunday, killing at least 16 people and wounding more than 100 in the worst political violence here since the 1993 election.

The rally, led by Sam Rainsy of the Khmer Nation Party, was protesting against what demonstrators called a corrupt and servile judiciary. Rainsy was pushed to the ground by his bodyguard, who was killed.

Speaking from hospital, Rainsy accused Second Prime Minister Hun Sen of ordering the attack. He also asked the United Nations to send investigators.

Hun Sen denied any part in the bloodshed and suggested the opposition might have staged it to win sympathy abroad.

Witnesses said soldiers of Hun Sen's personal bodyguard unit, posted near the park, let the grenade throwers run through their lines and pushed back people who tried to chase them.

First Prime Minister Prince Norodom Ranariddh condemned the attack as a crime against democracy.

An American adviser to the opposition was among the wounded. U.S. officials said the FBI could be asked to help.

Police made no arrests on Sunday.

Rainsy, a former finance minister, was expelled from parliament in 1995 after he accused the government of corruption. The two prime ministers have shared power uneasily since the 1993 election, when Hun Sen refused to accept the victory of Ranariddh's royalist party until he was given an equal share of power.
""")
KNP = A("Khmer Nation Party supporters", "KHM", ["OPP", "CVL"])
RAINSY = A("Sam Rainsy", "KHM", ["OPP", "PTY"])
HUNSEN = A("Hun Sen", "KHM", "GOV")
RANA = A("Norodom Ranariddh", "KHM", "GOV")
E("br05", "Grenades kill at least 16 at Phnom", UNNAMED, KNP, ATTACK, "180", "1997-03", P("Phnom Penh", "KHM"), False,
  "headline")
E("br05", "Rainsy blames Hun Sen", RAINSY, HUNSEN, ["11"], "112", "1997-03", None, False, "headline")
E("br05", "Attackers hurled four grenades into a crowd", UNNAMED, KNP, ATTACK, "180", "1997-03-30",
  P("Phnom Penh", "KHM"), True, "attack on a rally by unnamed attackers 180 (18/19/20), null/null as news-dev's "
  "unnamed gunmen; 'in the capital' with the Phnom Penh dateline; 'on Sunday' before a Monday paper")
E("br05", "was protesting against what demonstrators called a", KNP, A("Cambodia's judiciary", "KHM", "JUD"), ["14"],
  "141", "1997-03-30", None, False, "the rally itself, nominal subject ('The rally ... was protesting'): optional")
E("br05", "Rainsy accused Second Prime Minister Hun Sen", RAINSY, HUNSEN, ["11"], "112", "1997-03", None, True,
  "accusation 112; no day of its own: month")
E("br05", "He also asked the United Nations to", RAINSY, A("United Nations", "UNO", "IGO"), DEMAND, "020", "1997-03",
  None, True, "request for investigators 020 (02/10); 'He' = Rainsy; month")
E("br05", "Hun Sen denied any part in the", HUNSEN, RAINSY, DENY, "016", "1997-03", None, True,
  "a stated denial 016 (01/12) answering Rainsy; month")
E("br05", "suggested the opposition might have staged it", HUNSEN, RAINSY, ["11"], "112", "1997-03", None, False,
  "hedged counter-accusation, second verb: optional")
E("br05", "let the grenade throwers run through their", A("Hun Sen's bodyguard unit", "KHM", ["MIL", "GOV"]), KNP,
  REPR, "175", "1997-03-30", None, False, "pushing back pursuers, inside a witnesses' account the government "
  "disputes: optional")
E("br05", "Prince Norodom Ranariddh condemned the attack as", RANA, UNNAMED, ["11"], "111", "1997-03", None, True,
  "condemnation 111 of the unnamed attackers; a co-premier of the country, not an outside reaction; month")
E("br05", "was expelled from parliament in 1995 after", A("Cambodia's National Assembly", "KHM", ["LEG", "GOV"]), RAINSY,
  ["17"], "172", "1995", None, False, "agentless passive background ('was expelled'): optional under owned54's rule "
  "that an agentless background passive stays optional")
E("br05", "after he accused the government of corruption", RAINSY, A("Cambodia's government", "KHM", "GOV"), ["11"],
  "112", "1995", None, True, "dated background accusation in an 'after' clause with its own agent; 1995")
E("br05", "Hun Sen refused to accept the victory", HUNSEN, RANA, ["12"], "120", "1993", None, True,
  "refusing to accept a result 120 (as owned54 bc01), in a dated 'when' clause with its own agent; target the "
  "winning party's leader; 1993")
F("br05", "U.S. officials said the FBI could be", "hypothetical: nothing done")
F("br05", "Police made no arrests on Sunday", "negated act")

# ---------------------------------------------------------------- br06 Dushanbe, Asia (Tajikistan)
S("br06", "1992-09-08", "Asia", """
Tajik president quits at gunpoint after opposition fighters seize him at airport

DUSHANBE, Tajikistan —

President Rakhmon Nabiyev resigned on Monday after armed opposition supporters stopped him at Dushanbe airport as he tried to board a plane for his home region in the north, and forced him to sign a statement giving up power.

The young gunmen, from Islamic and democratic groups that have demanded his removal for months, held Nabiyev in an airport building for several hours before he wrote the statement, witnesses said.

Parliament speaker Akbarsho Iskandarov, an ally of the opposition, took over as acting president. He appealed to all armed groups to hand in their weapons within ten days.

Nabiyev, a former Communist Party chief who won the presidency last November, had been in hiding since Aug. 31, when opposition demonstrators stormed the presidential palace and took several of his aides hostage.

In May he agreed to give opposition parties a third of the cabinet posts after weeks of street protests in the capital.

Supporters of Nabiyev in his southern stronghold of Kulyab said they would never recognise the new authorities, and fighting between the rival camps has already killed hundreds in the south.

Russian troops who guard key buildings in the capital did not intervene at the airport.

It was not clear whether the army's remaining units would obey Iskandarov.
""")
NAB = A("Rakhmon Nabiyev", "TJK", "GOV")
TJKOPP = A("Tajik opposition fighters", "TJK", ["OPP", "REB"])
ISK = A("Akbarsho Iskandarov", "TJK", ["LEG", "GOV"])
E("br06", "opposition fighters seize him at airport", TJKOPP, NAB, ["18", "17"], "181", "1992-09", None, False,
  "headline")
E("br06", "President Rakhmon Nabiyev resigned on Monday after", NAB, TJKOPP, ["08"], "0831", "1992-09-07", None, True,
  "resignation under pressure 0831 with the opposition as implied target (news-dev d09); 'on Monday' before a "
  "Tuesday paper")
E("br06", "stopped him at Dushanbe airport as he", TJKOPP, NAB, ["18", "17"], "181", "1992-09-07",
  P("Dushanbe", "TJK"), True, "seizing the president 181 (18/17: coders split between abduction and detention); "
  "'at Dushanbe airport' names the place; same Monday")
E("br06", "forced him to sign a statement giving", TJKOPP, NAB, ["17"], "170", "1992-09-07", None, False,
  "the coercion itself, second verb restating the seizure: optional")
E("br06", "held Nabiyev in an airport building for", TJKOPP, NAB, ["18", "17"], "181", "1992-09", None, False,
  "restatement inside witnesses' account: optional")
E("br06", "groups that have demanded his removal for", TJKOPP, NAB, DEMAND, "1041", "1992", None, False,
  "standing demand for his removal 1041 in a present-perfect relative ('for months'): optional")
E("br06", "He appealed to all armed groups to", ISK, A("Tajik armed groups", "TJK", ["REB", "CVL"]), DEMAND, "100",
  "1992-09", None, True, "a call to disarm 100 (10/02); 'He' = Iskandarov; month")
E("br06", "when opposition demonstrators stormed the presidential palace", A("Tajik opposition demonstrators", "TJK",
  ["OPP", "CVL"]), A("Tajikistan's government", "TJK", "GOV"), VPROT, "145", "1992-08-31", None, False,
  "storming the palace 145 (14/18/17), first verb of the 'when' clause; the hostage-taking of the same clause is the "
  "required event: optional")
E("br06", "took several of his aides hostage", A("Tajik opposition demonstrators", "TJK", ["OPP", "CVL"]),
  A("Nabiyev's aides", "TJK", "GOV"), ["18", "17"], "181", "1992-08-31", None, True,
  "hostage-taking 181 in a dated 'since Aug. 31, when' clause with its own agent; the palace is not a named place")
E("br06", "In May he agreed to give opposition", NAB, A("Tajik opposition parties", "TJK", ["OPP", "PTY"]), AGREE,
  "030", "1992-05", None, True, "dated background concession and agreement to share power 030 (05/03/08; 08 also "
  "right as a concession); 'In May' = 1992")
E("br06", "after weeks of street protests in the", A("Tajik opposition demonstrators", "TJK", ["OPP", "CVL"]), NAB,
  ["14"], "141", "1992", None, False, "nominal protests with a span over two months: year; optional")
E("br06", "said they would never recognise the new", A("Nabiyev's supporters in Kulyab", "TJK", ["PTY", "CVL"]), ISK,
  ["12"], "120", "1992-09", P("Kulyab", "TJK"), False, "a refusal put as an intention ('would never recognise'): "
  "optional; 'in his southern stronghold of Kulyab' names where they are")
E("br06", "fighting between the rival camps has already", A("Nabiyev's supporters in Kulyab", "TJK", ["PTY", "CVL"]),
  TJKOPP, CLASH, "190", "1992", None, False, "nominal, undated standing fighting: optional")
F("br06", "Russian troops who guard key buildings in", "negated act")
F("br06", "It was not clear whether the army's", "speculation")

# ---------------------------------------------------------------- br07 Rome, Europe (Vatican / Italy)
S("br07", "1981-05-14", "Europe/Eurasia", """
Pope John Paul shot and wounded in St. Peter's Square; Turkish gunman seized

ROME, Italy —

Pope John Paul II was shot and seriously wounded on Wednesday as he rode in an open car among about 20,000 pilgrims in St. Peter's Square, and a young Turk was seized with a pistol in his hand.

Police identified the man as Mehmet Ali Agca, 23, and said he had fired at least two shots at the pontiff from a few yards away before a nun and several bystanders grabbed him.

The pope underwent more than five hours of surgery at Gemelli hospital, and doctors said on Thursday that he was out of danger. Two American women in the crowd were also hit.

Italian police held Agca at their headquarters in Rome on Wednesday night and questioned him for hours.

Agca escaped in November 1979 from a military prison in Istanbul, where he was being held for the murder of a newspaper editor, and days later wrote to a newspaper threatening to kill the pope during his visit to Turkey.

Interior Minister Virginio Rognoni said there was no evidence yet that Agca had accomplices.

Prime Minister Arnaldo Forlani condemned the shooting as an attack on all Italians and on the Church.

President Reagan, who was himself wounded by a gunman in March, sent the pope a message wishing him a quick recovery.

No pope had been the target of a gunman in modern times.
""")
AGCA = A("Mehmet Ali Agca", "TUR", ["RAD", "CRM"])
POPE = A("Pope John Paul II", "VAT", ["REL", "GOV"])
ITACOP = A("Italian police", "ITA", "COP")
E("br07", "Pope John Paul shot and wounded in", AGCA, POPE, ATTACK, "186", "1981-05", P("St. Peter's Square", "VAT"),
  False, "headline")
E("br07", "Square; Turkish gunman seized", A("bystanders in St. Peter's Square", None, "CVL"), AGCA, ["17"], "173", "1981-05",
  None, False, "headline")
E("br07", "Pope John Paul II was shot and", AGCA, POPE, ATTACK, "186", "1981-05-13", P("St. Peter's Square", "VAT"),
  False, "agentless lead summary of the shooting detailed in the next sentence: optional; the Holy See is VAT")
E("br07", "said he had fired at least two", AGCA, POPE, ATTACK, "186", "1981-05-13", None, True,
  "attempted assassination 186 (18/19/20); the police report is attribution, nobody disputes the shooting; the "
  "pluperfect refers to Wednesday's shooting of the lead; no place named in the clause")
E("br07", "before a nun and several bystanders grabbed", A("a nun in St. Peter's Square", None, ["REL", "CVL"]), AGCA,
  ["17"], "173", "1981-05-13", None, False, "civilians seizing the gunman, compound subject (no nationality in the "
  "text): optional")
E("br07", "Italian police held Agca at their headquarters", ITACOP, AGCA, ["17"], "173", "1981-05-13",
  P("Rome", "ITA"), True, "detention 173; 'in Rome' names the place; 'on Wednesday night' before a Thursday paper")
E("br07", "days later wrote to a newspaper threatening", AGCA, POPE, ["13"], "130", "1979-11", None, True,
  "dated background threat 130 ('days later' after the November 1979 escape); the escape itself has no CAMEO code "
  "(owned35); Turkey is a destination, not a place")
E("br07", "where he was being held for the", AGCA, A("Turkish newspaper editor", "TUR", "MED"), ATTACK, "186", None,
  None, False, "an undated murder in a nominal ('for the murder of'): optional, date null")
E("br07", "Prime Minister Arnaldo Forlani condemned the shooting", A("Arnaldo Forlani", "ITA", "GOV"), AGCA, ["11"],
  "111", "1981-05", None, True, "condemnation 111 by the host government (the shooting was in Rome, and Italy "
  "holds the gunman): not a mere outside reaction; month")
E("br07", "who was himself wounded by a gunman", A("a gunman", None, None), A("Ronald Reagan", "USA", "GOV"), ATTACK,
  "180", "1981-03", None, True, "dated background shooting in a relative passive with its agent ('by a gunman', "
  "null/null as news-dev's unnamed gunmen); 'in March' = 1981")
E("br07", "sent the pope a message wishing him", A("Ronald Reagan", "USA", "GOV"), POPE, ["05"], "051", "1981-05", None,
  False, "sympathy message 051, single outside reaction: optional")
F("br07", "Interior Minister Virginio Rognoni said there was", "negated finding: no evidence")
F("br07", "No pope had been the target of", "historical aside, negated")

# ---------------------------------------------------------------- br08 Dublin, Europe (Ireland / UK)
S("br08", "1979-08-28", "Europe/Eurasia", """
IRA kills Lord Mountbatten with boat bomb; 18 British soldiers die in Ulster ambush

DUBLIN, Ireland —

The Irish Republican Army killed Earl Mountbatten of Burma on Monday by blowing up his fishing boat off the village of Mullaghmore in the Irish Republic, and hours later killed 18 British soldiers with two bombs near Warrenpoint in Northern Ireland.

Mountbatten, 79, a cousin of Queen Elizabeth and the last viceroy of India, was on a holiday outing with members of his family. His 14-year-old grandson and a local boy who worked on the boat also died.

At Warrenpoint, the second bomb went off about half an hour after the first, among troops who had rushed to help their comrades. Soldiers then fired across the water into the Irish Republic, killing an English tourist, police said.

Irish police said they were holding two men who had been stopped at a checkpoint in County Longford about two hours before the boat blew up.

Prime Minister Jack Lynch said on Monday night that the murders had brought shame on Ireland and condemned those who carried them out.

In London, Prime Minister Margaret Thatcher condemned the killings and said her government would not be driven out of Northern Ireland by terror.

It was the worst loss of life for the British army in Northern Ireland since the troubles began in 1969.

Police said they did not know whether the two men had any link to the bomb.
""")
IRA = A("Irish Republican Army", "GBR", ["REB", "RAD"])
MTB = A("Earl Mountbatten of Burma", "GBR", "ELI")
BRSOLD = A("British soldiers", "GBR", "MIL")
E("br08", "IRA kills Lord Mountbatten with boat bomb", IRA, MTB, ATTACK, "186", "1979-08", P("Mullaghmore", "IRL"),
  False, "headline; the IRA is coded GBR (a Northern Irish group; coders split GBR/IRL)")
E("br08", "18 British soldiers die in Ulster ambush", IRA, BRSOLD, ATTACK, "183", "1979-08", None, False, "headline")
E("br08", "The Irish Republican Army killed Earl Mountbatten", IRA, MTB, ATTACK, "186", "1979-08-27",
  P("Mullaghmore", "IRL"), True, "assassination 186; 'on Monday' before a Tuesday paper; 'off the village of "
  "Mullaghmore in the Irish Republic' names the place")
E("br08", "hours later killed 18 British soldiers with", IRA, BRSOLD, ATTACK, "183", "1979-08-27",
  P("Warrenpoint", "GBR"), True, "bombing 183; second clause of the lead with its own verb and victims, the main "
  "event of the day's second attack: required; 'hours later' after Monday; 'near Warrenpoint in Northern Ireland'")
E("br08", "His 14-year-old grandson and a local boy", IRA, A("Mountbatten's grandson", "GBR", "CVL"), ATTACK, "186",
  "1979-08-27", None, False, "victims of the same bomb, agentless: optional")
E("br08", "Soldiers then fired across the water into", BRSOLD, A("English tourist", "GBR", "CVL"), ATTACK, "190",
  "1979-08-27", None, True, "soldiers' fire killing a civilian 190 (18/19/20); 'Soldiers' are the British troops of "
  "the paragraph; 'then' follows Monday's blasts; the Irish Republic is a destination, not a place; the police "
  "account is not disputed")
E("br08", "Irish police said they were holding two", A("Irish police", "IRL", "COP"), A("two suspects", "IRL",
  ["CVL", "REB"]), ["17"], "173", "1979-08-27", P("County Longford", "IRL"), True,
  "detention 173 reported by the police who hold them (as owned21 d11); 'about two hours before the boat blew up' = "
  "Monday; 'in County Longford' names the place; no nationality beyond the Irish checkpoint: IRL")
E("br08", "Prime Minister Jack Lynch said on Monday", A("Jack Lynch", "IRL", "GOV"), IRA, ["11"], "111", "1979-08-27",
  None, True, "condemnation 111 ('condemned those who carried them out' = the IRA); 'on Monday night'")
E("br08", "Prime Minister Margaret Thatcher condemned the killings", A("Margaret Thatcher", "GBR", "GOV"), IRA, ["11"],
  "111", "1979-08", P("London", "GBR"), True, "condemnation 111; 'In London' is where she spoke; no day: month")
E("br08", "said her government would not be driven", A("Margaret Thatcher", "GBR", "GOV"), IRA, ["12"], "120",
  "1979-08", P("London", "GBR"), False, "a refusal put as an intention: optional")
F("br08", "It was the worst loss of life", "count and historical aside")
F("br08", "Police said they did not know whether", "negated knowledge: speculation")

# ---------------------------------------------------------------- br09 Rio Branco, Americas (Brazil)
S("br09", "1988-12-24", "Americas", """
Amazon rubber tappers' leader Chico Mendes shot dead at his home

RIO BRANCO, Brazil —

Chico Mendes, the rubber tappers' leader who won international praise for his fight to save the Amazon rain forest, was shot dead by a gunman at his home in the town of Xapuri on Thursday evening.

The gunman, hiding in the back yard, fired a shotgun as Mendes stepped out of the kitchen door. Two military policemen assigned to guard him were inside the house and the killer escaped into the forest, witnesses said.

Acre state's police chief said his officers suspected a local cattle rancher, Darly Alves da Silva, and two of his sons.

Mendes had told reporters this month that he expected to be killed before Christmas, and he had asked the state authorities for better protection.

The National Council of Rubber Tappers accused the police of failing to act on a warrant for the rancher's arrest that had been issued in the southern state of Parana.

Environmental groups in the United States and Europe condemned the killing and urged Brazil to bring those responsible to justice.

In 1980 Wilson Pinheiro, head of the rubber tappers' union in neighbouring Brasileia, was shot dead by gunmen at the union's office.

Church groups say land disputes in the Amazon have cost hundreds of lives in the past decade.

It was not clear whether the guards had fired back.
""")
MENDES = A("Chico Mendes", "BRA", ["LAB", "ENV"])
GUNMAN = A("unidentified gunman", None, None)
ACRECOP = A("Acre state police", "BRA", "COP")
DARLY = A("Darly Alves da Silva", "BRA", ["AGR", "BUS"])
E("br09", "Chico Mendes shot dead at his home", GUNMAN, MENDES, ATTACK, "186", "1988-12", None, False, "headline")
E("br09", "was shot dead by a gunman at", GUNMAN, MENDES, ATTACK, "186", "1988-12-22", P("Xapuri", "BRA"), True,
  "assassination 186 by an unnamed gunman (null/null, news-dev) in a passive with its agent; 'on Thursday evening' "
  "before a Saturday paper; 'in the town of Xapuri' names the place")
E("br09", "The gunman, hiding in the back yard", GUNMAN, MENDES, ATTACK, "186", "1988-12-22", None, False,
  "restatement of the killing: optional")
E("br09", "police chief said his officers suspected a", ACRECOP, DARLY, ["11"], "112", "1988-12", None, True,
  "naming a suspect is an accusation 112 (the named son is a second member, not coded); month")
E("br09", "he had asked the state authorities for", MENDES, A("Acre state government", "BRA", "GOV"), DEMAND, "020",
  "1988-12", None, True, "request for protection 020 (02/10); second clause with its own verb; 'this month' governs "
  "the sentence: month")
E("br09", "accused the police of failing to act", A("National Council of Rubber Tappers", "BRA", ["LAB", "NGO"]),
  ACRECOP, ["11"], "112", "1988-12", None, True, "accusation 112; month")
E("br09", "that had been issued in the southern", A("Parana state court", "BRA", "JUD"), DARLY, ["17", "11"], "173",
  None, None, False, "an agentless, undated warrant: optional")
E("br09", "Environmental groups in the United States and", A("U.S. environmental groups", "USA", ["NGO", "ENV"]),
  GUNMAN, ["11"], "111", "1988-12", None, False, "outside reaction, compound subject: optional")
E("br09", "urged Brazil to bring those responsible to", A("U.S. environmental groups", "USA", ["NGO", "ENV"]),
  A("Brazil", "BRA", "GOV"), DEMAND, "100", "1988-12", None, False, "outside demand, second verb: optional")
E("br09", "was shot dead by gunmen at the", A("unidentified gunmen", None, None),
  A("Wilson Pinheiro", "BRA", ["LAB", "ENV"]), ATTACK, "186", "1980", P("Brasileia", "BRA"), True,
  "dated background assassination in a passive with its agent ('by gunmen', null/null); 'In 1980'; 'in neighbouring "
  "Brasileia' names the place")
F("br09", "Church groups say land disputes in the", "count and standing situation")
F("br09", "It was not clear whether the guards", "speculation")

# ---------------------------------------------------------------- br10 Lima, Americas (Peru)
S("br10", "1992-07-17", "Americas", """
Car bombs rip through Lima's Miraflores district, killing at least 18

LIMA, Peru —

Bombers set off two car bombs on a crowded residential street in the middle-class Miraflores district on Thursday night, killing at least 18 people, wounding more than 140 and wrecking several apartment buildings and shops, police said.

Police blamed the Maoist Shining Path guerrillas, who have waged a 12-year war against the state and have recently stepped up their attacks in the capital.

President Alberto Fujimori, who suspended the constitution and shut Congress in April, visited the street on Friday and vowed to crush the rebels.

Last month guerrillas exploded a car bomb outside a television station in the capital, killing two people.

Leaflets signed by the Shining Path have called on Lima's residents to stay home next week in what the group calls an armed strike, and have threatened to kill anyone who goes to work.

The country's Roman Catholic bishops condemned the bombing and called for prayers for the victims.

It was not clear whether the bombers had meant to strike a bank branch on the corner.

More than 20,000 people have died in the insurgency since 1980.
""")
SL = A("Shining Path", "PER", ["REB", "RAD"])
BOMBERS = A("unidentified bombers", None, None)
LIMAPEOPLE = A("Miraflores residents", "PER", "CVL")
FUJI = A("Alberto Fujimori", "PER", "GOV")
E("br10", "Car bombs rip through Lima's Miraflores district", BOMBERS, LIMAPEOPLE, ATTACK, "183", "1992-07",
  P("Miraflores", "PER"), False, "headline")
E("br10", "Bombers set off two car bombs on", BOMBERS, LIMAPEOPLE, ATTACK, "183", "1992-07-16", P("Miraflores", "PER"),
  True, "car bombing 183 (18/19/20) by unnamed bombers (null/null; the Shining Path is named only as the police's "
  "suspect); 'on Thursday night' before a Friday paper; 'in the middle-class Miraflores district' names the place "
  "(a district of Lima)")
E("br10", "Police blamed the Maoist Shining Path guerrillas", A("Peruvian police", "PER", "COP"), SL, ["11"], "112",
  "1992-07", None, True, "blame 112; month")
E("br10", "who have waged a 12-year war against", SL, A("Peru's government", "PER", "GOV"), ["19", "18"], "190", "1992",
  None, False, "standing war in a present-perfect relative: optional")
E("br10", "who suspended the constitution and shut Congress", FUJI, A("Peru's Congress", "PER", ["LEG", "GOV"]),
  ["17"], "172", "1992-04", None, True, "dated background: dissolving the legislature 172 (17, as owned54 bc11) in a "
  "relative with its own agent; 'in April'; the April shutdown is owned14 m09's story, here a one-clause aside")
E("br10", "visited the street on Friday and vowed", FUJI, SL, ["13"], "138", "1992-07-17", None, True,
  "threat of force 138; 'on Friday' in a Friday paper; the visit to a site in his own country is no CAMEO event")
E("br10", "Last month guerrillas exploded a car bomb", SL, A("Peruvian television station", "PER", "MED"), ATTACK,
  "183", "1992-06", P("Lima", "PER"), True, "dated background bombing 183; 'guerrillas' = the Shining Path of the "
  "paragraph before; 'in the capital' with the Lima dateline; 'Last month' = June")
E("br10", "have called on Lima's residents to stay", SL, A("Lima residents", "PER", "CVL"), ["14"], "143", "1992-07",
  P("Lima", "PER"), False, "a call for a strike 143 (as owned35 ai02, optional); nominal subject 'Leaflets signed by'")
E("br10", "have threatened to kill anyone who goes", SL, A("Lima residents", "PER", "CVL"), ["13"], "130", "1992-07",
  None, True, "a threat 130, second verb with the same subject; present perfect: month")
E("br10", "bishops condemned the bombing and called for", A("Peru's Roman Catholic bishops", "PER", "REL"), BOMBERS,
  ["11"], "111", "1992-07", None, False, "reaction by a non-state group: optional")
F("br10", "It was not clear whether the bombers", "speculation")
F("br10", "More than 20,000 people have died in", "count")

# ---------------------------------------------------------------- br11 Colombo, Asia (Sri Lanka / India)
S("br11", "1987-06-05", "Asia", """
Indian planes drop food over Jaffna; Sri Lanka calls it violation of its sovereignty

COLOMBO, Sri Lanka —

Indian air force transport planes escorted by fighter jets dropped about 25 tons of food and medicine over the Jaffna peninsula on Thursday, a day after Sri Lanka's navy turned back a flotilla of Indian fishing boats carrying relief supplies to the Tamil north.

Sri Lanka on Thursday condemned the airdrop as a naked violation of its independence and sovereignty.

Foreign Minister Shahul Hameed summoned India's high commissioner, Jyotindra Nath Dixit, to protest.

In New Delhi, officials said India had told Sri Lanka's envoy of the mission only shortly before the planes took off, and insisted that it was purely humanitarian. India had warned Colombo that any attempt to stop the planes would be met by force.

The government of President Junius Jayewardene has pressed an offensive against Tamil separatist guerrillas in the peninsula since May 26, and India says the fighting has left civilians short of food.

Sri Lankan officials said they were considering whether to raise the matter at the United Nations.

The army says more than 600 guerrillas have been killed in the offensive, a figure that could not be checked.

Tamil leaders in India's southern state of Tamil Nadu welcomed the airdrop.
""")
INDAF = A("Indian air force", "IND", "MIL")
LKA = A("Sri Lanka", "LKA", "GOV")
IND = A("India", "IND", "GOV")
E("br11", "Indian planes drop food over Jaffna; Sri", INDAF, A("Jaffna's Tamil civilians", "LKA", "CVL"), ["07", "15"],
  "073", "1987-06", P("Jaffna", "LKA"), False, "headline")
E("br11", "Sri Lanka calls it violation of its", LKA, IND, ["11"], "111", "1987-06", None, False, "headline")
E("br11", "Indian air force transport planes escorted by", INDAF, A("Jaffna's Tamil civilians", "LKA", "CVL"),
  ["07", "15"], "073", "1987-06-04", P("Jaffna", "LKA"), True, "an airdrop of relief 073 (humanitarian aid; 15 "
  "tolerated for a show of force, as news-dev's deployment 07/15); target the Tamil population the aid was for "
  "(country LKA either way); 'on Thursday' in a Friday paper; 'over the Jaffna peninsula'")
E("br11", "a day after Sri Lanka's navy turned", A("Sri Lankan navy", "LKA", "MIL"),
  A("Indian relief flotilla", "IND", "GOV"), ["19", "17", "12"], "191", "1987-06-03", None, True,
  "blocking the boats 191 (coders split between a blockade 19/17 and refusing aid 12); dated 'a day after' clause "
  "with its own agent = Wednesday")
E("br11", "Sri Lanka on Thursday condemned the airdrop", LKA, IND, ["11"], "111", "1987-06-04", None, True,
  "condemnation 111; 'on Thursday'")
E("br11", "Foreign Minister Shahul Hameed summoned India's high", A("Shahul Hameed", "LKA", "GOV"),
  A("Jyotindra Nath Dixit", "IND", "GOV"), ["11"], "114", "1987-06", None, True,
  "summoning an envoy to protest 114 (news-dev); no day in the sentence: month")
E("br11", "officials said India had told Sri Lanka's", IND, A("Sri Lanka's high commissioner in New Delhi", "LKA", "GOV"),
  ["04", "01"], "040", "1987-06", P("New Delhi", "IND"), False, "notice of the mission, no clear class: optional")
E("br11", "India had warned Colombo that any attempt", IND, LKA, ["13"], "138", "1987-06", None, True,
  "threat of force 138; 'Colombo' is the Sri Lankan government, not a place; pluperfect without a day: month")
E("br11", "has pressed an offensive against Tamil separatist", A("Sri Lanka's government", "LKA", ["GOV", "MIL"]),
  A("Tamil separatist guerrillas", "LKA", ["REB", "RAD"]), ["19", "18"], "190", "1987-05-26", P("Jaffna", "LKA"), True,
  "dated offensive 190 'since May 26'; 'in the peninsula' = Jaffna, named in the lead")
E("br11", "India says the fighting has left civilians", IND, A("Sri Lanka's government", "LKA", ["GOV", "MIL"]), ["11"],
  "112", "1987-06", None, False, "standing present-tense charge: optional")
E("br11", "Tamil leaders in India's southern state of", A("Tamil Nadu leaders", "IND", ["GOV", "PTY"]), IND, ["05"],
  "051", "1987-06", None, False, "approval 051, single reaction: optional")
F("br11", "Sri Lankan officials said they were considering", "speculation: deliberation, nothing done")
F("br11", "The army says more than 600 guerrillas", "count")

# ---------------------------------------------------------------- br12 Nairobi, Africa (Kenya / Tanzania)
S("br12", "1998-08-08", "Africa", """
Bombs wreck U.S. embassies in Nairobi and Dar es Salaam, killing scores

NAIROBI, Kenya —

Bombers struck the U.S. embassies in Nairobi and Dar es Salaam almost simultaneously on Friday, killing at least 80 people and wounding more than 1,000, most of them Kenyans caught in the blast in the crowded centre of the Kenyan capital.

The Nairobi bomb brought down a seven-storey office block next to the embassy and tore the front off the mission. Witnesses said men in a truck threw a grenade at guards who had refused to open the gate to the car park, minutes before the explosion.

Hospital officials said the death toll was expected to rise as rescuers dug through the rubble.

President Bill Clinton condemned the bombings as abhorrent and inhuman acts and vowed to track down those responsible, however long it took.

The United States sent a team of military doctors, rescue workers and FBI investigators to Nairobi on Saturday.

Kenyan President Daniel arap Moi, who visited the site, condemned the attack as the work of cowards and appealed for calm.

Israel flew in a military rescue team that pulled survivors from the rubble.

U.S. officials said it was too early to say who had carried out the attacks. In February, the Saudi-born militant Osama bin Laden and allied Islamist leaders issued a statement calling on Moslems to kill Americans anywhere in the world.
""")
BOMB12 = A("unidentified bombers", None, None)
USEMB = A("U.S. embassy", "USA", None)
CLINTON = A("Bill Clinton", "USA", "GOV")
E("br12", "Bombs wreck U.S. embassies in Nairobi and", BOMB12, USEMB, ATTACK, "183", "1998-08", P("Nairobi", "KEN"),
  False, "headline")
E("br12", "Bombers struck the U.S. embassies in Nairobi", BOMB12, USEMB, ATTACK, "183", "1998-08-07",
  P("Nairobi", "KEN"), True, "bombing 183 by unnamed bombers (null/null); the embassy premises are the country with "
  "sector null; compound object, first member (Nairobi) required; 'on Friday' before a Saturday paper")
E("br12", "Bombers struck the U.S. embassies in Nairobi", BOMB12, USEMB, ATTACK, "183", "1998-08-07",
  P("Dar es Salaam", "TZA"), False, "second member of the compound (Dar es Salaam): optional")
E("br12", "Witnesses said men in a truck threw", BOMB12, A("Nairobi embassy guards", "KEN", ["CVL", "BUS"]), ATTACK,
  "180", "1998-08-07", None, False, "grenade thrown at guards inside a witnesses' account: optional")
E("br12", "President Bill Clinton condemned the bombings as", CLINTON, BOMB12, ["11"], "111", "1998-08", None, True,
  "condemnation 111 of the unnamed bombers by the target state's leader; month")
E("br12", "vowed to track down those responsible, however", CLINTON, BOMB12, ["13"], "130", "1998-08", None, False,
  "threat put as an intention, second verb: optional")
E("br12", "The United States sent a team of", A("United States", "USA", "GOV"), A("Kenya", "KEN", "GOV"),
  ["07", "06"], "070", "1998-08-08", P("Nairobi", "KEN"), True, "aid 070 (07/06: rescue and investigators); 'on "
  "Saturday' in a Saturday paper; 'to Nairobi' is the destination, but the help is given there (the dateline)")
E("br12", "condemned the attack as the work of", A("Daniel arap Moi", "KEN", "GOV"), BOMB12, ["11"], "111", "1998-08",
  None, True, "condemnation 111 by the host country's president; the relative 'who visited the site' is a visit in "
  "his own capital, no CAMEO event; month")
E("br12", "Israel flew in a military rescue team", A("Israel", "ISR", "GOV"), A("Kenya", "KEN", "GOV"), ["07", "06"],
  "070", "1998-08", None, False, "single outside aid: optional")
E("br12", "issued a statement calling on Moslems to", A("Osama bin Laden", "SAU", ["RAD", "REB"]),
  A("United States", "USA", None), ["13"], "130", "1998-02", None, True, "dated background threat 130 against "
  "Americans; 'In February' = 1998; 'Saudi-born' is the only nationality the text gives: SAU")
F("br12", "Hospital officials said the death toll was", "count and expectation")
F("br12", "U.S. officials said it was too early", "speculation: nobody named")

if __name__ == "__main__":
    write(HERE)
