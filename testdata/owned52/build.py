#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned52 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned52/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
COURT = ["17", "11"]

# ---------------------------------------------------------------- ba01 Bamenda, Africa (Cameroon)
S("ba01", "2017-10-02", "Africa", """
Cameroon troops fire on anglophone marchers as separatists proclaim "Ambazonia"

BAMENDA, Cameroon —

Cameroonian soldiers and police opened fire on crowds in the country's two English-speaking regions on Sunday as separatist leaders symbolically proclaimed the independence of a state they call Ambazonia, killing at least eight people, local officials said.

Marchers waving blue-and-white flags took to the streets of Bamenda, Buea and Kumba, defying a curfew and a ban on public gatherings that the governors of the Northwest and Southwest regions had imposed on Friday.

The separatist leader, Sisiku Julius Ayuk Tabe, accused Yaounde of waging war on its own people and urged the United Nations to intervene.

Communication Minister Issa Tchiroma Bakary denied that the security forces had shot peaceful demonstrators. He said officers had been attacked by armed groups and had acted in self-defence.

President Paul Biya, who has ruled since 1982, wrote on Twitter that he condemned all acts of violence, whoever committed them.

The unrest began last November, when lawyers and teachers in the two regions went on strike against the growing use of French in their courts and schools. The government cut internet access to the regions in January and restored it only in April, after weeks of complaints from businesses and rights groups.

About a fifth of Cameroon's 23 million people speak English, a legacy of the division of a former German colony between Britain and France after the First World War.

There was no independent confirmation of the death toll.
""")
CMRSF = A("Cameroonian soldiers and police", "CMR", ["MIL", "COP"])
CMRP = A("anglophone protesters", "CMR", ["CVL", "OPP"])
CMRG = A("Cameroon's government", "CMR", "GOV")
AYUK = A("Sisiku Julius Ayuk Tabe", "CMR", ["OPP", "RAD"])
TCHI = A("Issa Tchiroma Bakary", "CMR", "GOV")
E("ba01", "Cameroon troops fire on anglophone marchers as", CMRSF, CMRP, REPR, "175", "2017-10", None, False, "headline")
E("ba01", "Cameroonian soldiers and police opened fire on", CMRSF, CMRP, REPR, "175", "2017-10-01", None, True,
  "live fire on marchers 175 (17/18); 'on Sunday' before a Monday paper; 'the two English-speaking regions' names "
  "no city: no place; the proclamation of independence has no CAMEO class and is not coded; the officials' count "
  "is attribution, nobody disputes that shots were fired")
E("ba01", "Marchers waving blue-and-white flags took to the", CMRP, CMRG, ["14"], "141", "2017-10", P("Bamenda", "CMR"),
  False, "the march itself, restating the crowds of the lead: optional; first of the three towns as place")
E("ba01", "defying a curfew and a ban on", A("governors of Cameroon's anglophone regions", "CMR", "GOV"), CMRP, ["17"],
  "1723", "2017-09-29", None, True,
  "curfew 1723 in a relative with its own agent and day ('had imposed on Friday' before a Monday paper: Sept. 29); "
  "first member of the compound object")
E("ba01", "defying a curfew and a ban on", A("governors of Cameroon's anglophone regions", "CMR", "GOV"), CMRP, ["17"],
  "1721", "2017-09-29", None, False, "second member, the ban on gatherings 1721: optional")
E("ba01", "accused Yaounde of waging war on its", AYUK, CMRG, ["11"], "112", "2017-10", None, True,
  "accusation 112; 'Yaounde' is the government, not a place; no day of its own: month")
E("ba01", "urged the United Nations to intervene", AYUK, A("United Nations", "UNO", "IGO"), DEMAND, "102", "2017-10",
  None, False, "appeal for intervention, second verb of the sentence: optional (10/02)")
E("ba01", "denied that the security forces had shot", TCHI, AYUK, DENY, "016", "2017-10", None, True,
  "denial 016 (01/12) answering the separatists' charge; target the separatist leader who made it; month")
E("ba01", "He said officers had been attacked by", TCHI, A("armed separatist groups", "CMR", ["REB", "RAD"]), ["11"],
  "112", "2017-10", None, False,
  "counter-accusation by 'He' (the minister); the attack on officers is one side's account: optional")
E("ba01", "he condemned all acts of violence, whoever", A("Paul Biya", "CMR", "GOV"), None, ["11"], "111", "2017-10",
  None, False, "condemnation with no named target: optional; 'who has ruled since 1982' is standing background")
E("ba01", "when lawyers and teachers in the two", A("anglophone lawyers", "CMR", ["LAB", "CVL"]), CMRG, ["14"], "143",
  "2016-11", None, True,
  "strike 143 in a dated 'began last November, when' clause with its own agent: the year before publication; first "
  "member of the compound subject")
E("ba01", "when lawyers and teachers in the two", A("anglophone teachers", "CMR", ["LAB", "EDU"]), CMRG, ["14"], "143",
  "2016-11", None, False, "second member: optional")
E("ba01", "The government cut internet access to the", CMRG, A("residents of the anglophone regions", "CMR", "CVL"),
  ["17"], "1721", "2017-01", None, True,
  "internet shutdown 1721 (as owned21 d04, owned35 ai01); dated background 'in January' of the publication year")
E("ba01", "restored it only in April, after weeks", CMRG, A("residents of the anglophone regions", "CMR", "CVL"), ["08"],
  "081", "2017-04", None, False, "lifting the restriction 081, second verb: optional")
F("ba01", "About a fifth of Cameroon's 23 million", "count and history")
F("ba01", "There was no independent confirmation of the", "negated statement about the sources")

# ---------------------------------------------------------------- ba02 Bissau, Africa (Guinea-Bissau)
S("ba02", "2012-04-14", "Africa", """
Guinea-Bissau soldiers seize power, hold interim leader and election front-runner

BISSAU, Guinea Bissau —

Soldiers have detained interim President Raimundo Pereira and former Prime Minister Carlos Gomes Junior, the front-runner in the presidential election, after attacking Gomes Junior's home with rocket-propelled grenades late on Thursday, diplomats said.

Troops took over the state radio station and the headquarters of the ruling party, and patrolled the near-empty streets of the capital on Friday, when shops and banks stayed shut.

A group calling itself the Military Command said on Friday it had acted to stop a "secret pact" under which Gomes Junior would have let Angolan troops, in the country to help reform the army, attack Bissau-Guinean soldiers.

The coup came two weeks before a runoff between Gomes Junior and former President Kumba Yala, who had accused the government of rigging the first round and said he would boycott the second.

The West African bloc ECOWAS condemned the takeover and demanded that the soldiers restore constitutional order at once. Portugal, the former colonial power, called the seizure of power unacceptable.

The whereabouts of the army chief, Gen. Antonio Indjai, were not known.

No elected president has served a full term since independence in 1974. In 2009, renegade soldiers killed President Joao Bernardo Vieira at his home, hours after a bomb killed his army chief, and the country has long been a transit point for cocaine bound for Europe.
""")
GNBM = A("Guinea-Bissau's military", "GNB", "MIL")
PEREIRA = A("Raimundo Pereira", "GNB", "GOV")
GOMES = A("Carlos Gomes Junior", "GNB", ["GOV", "PTY"])
MILCOM = A("Military Command", "GNB", "MIL")
E("ba02", "Guinea-Bissau soldiers seize power, hold interim leader", GNBM, A("Guinea-Bissau's government", "GNB", "GOV"),
  COUP, "1724", "2012-04", None, False, "headline: the takeover (17/19)")
E("ba02", "Soldiers have detained interim President Raimundo Pereira", GNBM, PEREIRA, COUP, "173", "2012-04", None, True,
  "detention of the head of state in a coup 173 (17/19, as news-dev coups); present perfect with no day of its own "
  "(the Thursday of the sentence dates the attack): month; first member of the compound object; unnamed soldiers "
  "are Guinea-Bissau's")
E("ba02", "Soldiers have detained interim President Raimundo Pereira", GNBM, GOMES, COUP, "173", "2012-04", None, False,
  "second member: optional")
E("ba02", "after attacking Gomes Junior's home with rocket-propelled", GNBM, GOMES, ["19", "18"], "190", "2012-04-12",
  None, True, "attack with grenades 190 (19/18) in an 'after' participle with its own day ('late on Thursday' before "
  "a Saturday paper); 'his home' names no place")
E("ba02", "Troops took over the state radio station", GNBM, A("Guinea-Bissau's government", "GNB", "GOV"), COUP, "171",
  "2012-04-13", P("Bissau", "GNB"), False,
  "seizure of buildings in the coup 171 (17/19); restates the takeover: optional; 'the capital' with the dateline is "
  "Bissau; 'on Friday'")
E("ba02", "said on Friday it had acted to", MILCOM, GOMES, ["11"], "112", "2012-04-13", None, True,
  "accusation of a secret pact 112; the pact is the content of the accusation, not coded; 'on Friday' before a "
  "Saturday paper")
E("ba02", "who had accused the government of rigging", A("Kumba Yala", "GNB", ["OPP", "PTY"]),
  A("Guinea-Bissau's government", "GNB", "GOV"), ["11"], "112", "2012", None, False,
  "undated pluperfect in a relative: optional, the year")
E("ba02", "said he would boycott the second", A("Kumba Yala", "GNB", ["OPP", "PTY"]),
  A("Guinea-Bissau's government", "GNB", "GOV"), ["14"], "143", "2012", None, False,
  "boycott put as an intention: optional")
E("ba02", "ECOWAS condemned the takeover and demanded that", A("ECOWAS", None, "IGO"), MILCOM, ["11"], "111", "2012-04",
  None, True, "condemnation 111, the first of two outside reactions (required, as owned35 ai01); ECOWAS null/IGO "
  "(news-dev); month")
E("ba02", "demanded that the soldiers restore constitutional order", A("ECOWAS", None, "IGO"), MILCOM, DEMAND, "1041",
  "2012-04", None, False, "demand to hand back power 1041 (10/02), second verb: optional")
E("ba02", "Portugal, the former colonial power, called the", A("Portugal", "PRT", "GOV"), MILCOM, ["11"], "111",
  "2012-04", None, False, "second outside reaction: optional")
E("ba02", "renegade soldiers killed President Joao Bernardo Vieira", GNBM, A("Joao Bernardo Vieira", "GNB", "GOV"),
  ATTACK, "186", "2009", None, True,
  "dated background killing 186 ('In 2009'); 'at his home' names no place; the soldiers are Guinea-Bissau's")
E("ba02", "hours after a bomb killed his army", A("unidentified bombers", None, None),
  A("Guinea-Bissau's army chief", "GNB", "MIL"), ATTACK, "183", "2009", None, False,
  "a bomb with no agent: optional; null/null as news-dev")
F("ba02", "The whereabouts of the army chief, Gen", "negated: nothing known")
F("ba02", "No elected president has served a full", "standing history (negated)")

# ---------------------------------------------------------------- ba03 Sanaa, Middle East (Yemen)
S("ba03", "2011-03-19", "Middle East", """
Gunmen kill dozens of Sanaa protesters; Yemen's Saleh declares state of emergency

SANAA, Yemen —

Gunmen firing from rooftops killed at least 45 anti-government protesters in the Yemeni capital on Friday, the bloodiest day in two months of demonstrations against President Ali Abdullah Saleh.

Hours later, Saleh declared a nationwide state of emergency for 30 days.

Witnesses said men in civilian clothes opened fire after midday prayers on tens of thousands of people gathered near Sanaa University, where demonstrators have camped since February. Doctors at a makeshift clinic in a mosque said many of the dead had been hit in the head or neck.

The opposition coalition, the Joint Meeting Parties, blamed Saleh's security forces and loyalists for what it called a massacre and said there could be no dialogue with a president who killed his own people.

Saleh told a news conference that the police had not fired a single shot. He blamed armed residents angry at the protest camp, expressed regret for the deaths and said he had ordered an inquiry.

On March 10, the president offered to put a new constitution to a referendum by the end of the year, a proposal the opposition dismissed the same day as too little, too late.

In Washington, President Barack Obama condemned the violence and called on Saleh to let demonstrations go ahead peacefully.

The death toll was the highest of any single day since the unrest began. Yemen, the poorest country in the Arab world, is also home to one of al Qaeda's most active branches.
""")
YEMP = A("Yemeni protesters", "YEM", ["CVL", "OPP"])
SALEH = A("Ali Abdullah Saleh", "YEM", "GOV")
JMP = A("Joint Meeting Parties", "YEM", ["OPP", "PTY"])
GUN = A("unidentified gunmen", None, None)
E("ba03", "Gunmen kill dozens of Sanaa protesters; Yemen's", GUN, YEMP, ATTACK, "180", "2011-03", P("Sanaa", "YEM"),
  False, "headline killing")
E("ba03", "Saleh declares state of emergency", SALEH, A("Yemen", "YEM", None), ["17"], "1724", "2011-03", None, False,
  "headline emergency")
E("ba03", "Gunmen firing from rooftops killed at least", GUN, YEMP, ATTACK, "180", "2011-03-18", P("Sanaa", "YEM"), True,
  "shooting of protesters by unnamed gunmen 180 (18/19/20), null/null as news-dev; 'the Yemeni capital' = Sanaa; "
  "'on Friday' before a Saturday paper")
E("ba03", "Hours later, Saleh declared a nationwide state", SALEH, A("Yemen", "YEM", None), ["17"], "1724", "2011-03-18",
  None, True, "state of emergency 1724 (news-dev); 'Hours later' anchors to Friday; target the country")
E("ba03", "men in civilian clothes opened fire after", GUN, YEMP, ATTACK, "180", "2011-03", None, False,
  "the witnesses' account restating the lead: optional; 'near Sanaa University' names a landmark, not coded as place")
E("ba03", "blamed Saleh's security forces and loyalists for", JMP, A("Yemeni security forces", "YEM", ["COP", "GOV"]),
  ["11"], "112", "2011-03", None, True, "accusation 112; first member of 'forces and loyalists'; no day of its own: month")
E("ba03", "said there could be no dialogue with", JMP, SALEH, ["12"], "125", "2011-03", None, False,
  "refusal put as an impossibility ('there could be no dialogue'): optional, as owned35 ai02")
E("ba03", "the police had not fired a single", SALEH, JMP, DENY, "016", "2011-03", None, True,
  "denial 016 (01/12), answering the opposition's charge; month")
E("ba03", "He blamed armed residents angry at the", SALEH, A("armed Sanaa residents", "YEM", "CVL"), ["11"], "112",
  "2011-03", None, False, "counter-blame by 'He': optional (coders split on whether a shifted blame is an event)")
E("ba03", "expressed regret for the deaths and said", SALEH, YEMP, ["05", "01"], "055", "2011-03", None, False,
  "regret 055 (05/01): optional, as owned35 ai04")
E("ba03", "the president offered to put a new", SALEH, JMP, ["03"], "0344", "2011-03-10", None, True,
  "offer of constitutional change 0344 (intent to change institutions); dated background 'On March 10'; target the "
  "opposition it was made to")
E("ba03", "a proposal the opposition dismissed the same", JMP, SALEH, ["12"], "120", "2011-03-10", None, True,
  "rejection 120 in a reduced relative with its own agent and day ('the same day'): required as a dated background "
  "event")
E("ba03", "President Barack Obama condemned the violence and", A("Barack Obama", "USA", "GOV"),
  A("Yemen's government", "YEM", "GOV"), ["11"], "111", "2011-03", None, False,
  "single outside reaction: optional; 'In Washington' is where he was")
E("ba03", "called on Saleh to let demonstrations go", A("Barack Obama", "USA", "GOV"), SALEH, DEMAND, "1043", "2011-03",
  None, False, "demand to respect the right to protest 1043 (10/02): optional")
F("ba03", "The death toll was the highest of", "count")
F("ba03", "Yemen, the poorest country in the Arab", "standing situation")

# ---------------------------------------------------------------- ba04 Doha, Middle East (Iran / United States / Qatar / Israel)
S("ba04", "2025-06-24", "Middle East", """
Iran fires missiles at U.S. base in Qatar; Trump says Israel and Iran agree to ceasefire

DOHA, Qatar —

Iran fired a salvo of ballistic missiles at Al Udeid Air Base in Qatar on Monday evening, retaliating against the United States for American strikes on three of its nuclear sites a day earlier.

Qatar's air defences shot down most of the missiles, and no one was killed or wounded, the Qatari defence ministry said.

Majed al-Ansari, the Qatari foreign ministry's spokesman, condemned the attack as a flagrant violation of the country's sovereignty and airspace and said Doha reserved the right to respond.

U.S. B-2 bombers struck the underground enrichment plant at Fordow and sites at Natanz and Isfahan early on Sunday, joining an air war that Israel began on June 13 with raids that killed several of Iran's top commanders and nuclear scientists.

Hours after the Iranian salvo, President Donald Trump thanked Tehran for giving early notice of the attack, which he called "very weak", and announced that Israel and Iran had agreed to a complete ceasefire.

Iranian Foreign Minister Abbas Araghchi said there was no agreement yet, but that Iran would stop firing if Israel halted its attacks by early Tuesday.

Al Udeid, south-west of Doha, hosts about 10,000 American troops and the forward headquarters of U.S. Central Command.
""")
IRNM = A("Iran's armed forces", "IRN", ["MIL", "GOV"])
USAM = A("U.S. forces", "USA", ["MIL", "GOV"])
ISR = A("Israel", "ISR", ["GOV", "MIL"])
QATG = A("Qatar's government", "QAT", "GOV")
TRUMP = A("Donald Trump", "USA", "GOV")
E("ba04", "Iran fires missiles at U.S. base in", IRNM, USAM, ["19"], "195", "2025-06", P("Al Udeid Air Base", "QAT"), False,
  "headline")
E("ba04", "Trump says Israel and Iran agree to", ISR, IRNM, AGREE, "0871", "2025-06", None, False, "headline")
E("ba04", "Iran fired a salvo of ballistic missiles", IRNM, USAM, ["19"], "195", "2025-06-23",
  P("Al Udeid Air Base", "QAT"), True,
  "missile attack 195; target the U.S. forces at the base; the clause names the base in Qatar; 'on Monday evening' "
  "before a Tuesday paper")
E("ba04", "for American strikes on three of its", USAM, IRNM, ["19"], "195", "2025-06-22", None, False,
  "nominal event inside 'retaliating for', detailed in the fourth paragraph: optional here")
E("ba04", "condemned the attack as a flagrant violation", A("Majed al-Ansari", "QAT", "GOV"), IRNM, ["11"], "111",
  "2025-06", None, True, "condemnation 111; no day of its own: month")
E("ba04", "said Doha reserved the right to respond", A("Majed al-Ansari", "QAT", "GOV"), IRNM, ["13"], "130", "2025-06",
  None, False, "a veiled threat, second verb: optional; 'Doha' is the government, not a place")
E("ba04", "U.S. B-2 bombers struck the underground enrichment", USAM, IRNM, ["19"], "195", "2025-06-22",
  P("Fordow", "IRN"), True,
  "air strikes 195; 'early on Sunday' before a Tuesday paper; first of the three sites as place")
E("ba04", "an air war that Israel began on", ISR, IRNM, ["19"], "195", "2025-06-13", None, True,
  "dated background in a relative with its own agent ('began on June 13')")
E("ba04", "thanked Tehran for giving early notice of", TRUMP, IRNM, ["05"], "051", "2025-06", None, False,
  "thanks/praise 051: optional (coders split); 'Tehran' is the government")
E("ba04", "which he called \"very weak\", and", TRUMP, IRNM, ["11"], "111", "2025-06", None, False,
  "disparagement in a relative: optional")
E("ba04", "announced that Israel and Iran had agreed", ISR, IRNM, AGREE, "0871", "2025-06", None, True,
  "ceasefire 0871 (05/03/08); first-mentioned direction Israel -> Iran required; 'Hours after the Iranian salvo' of "
  "Monday evening may fall on Monday or Tuesday: month; Trump is the announcer, not a party")
E("ba04", "announced that Israel and Iran had agreed", IRNM, ISR, AGREE, "0871", "2025-06", None, False,
  "reverse direction: optional")
E("ba04", "said there was no agreement yet, but", A("Abbas Araghchi", "IRN", "GOV"), TRUMP, DENY, "016", "2025-06",
  None, True, "denial 016 (01/12) of Trump's announcement; month")
E("ba04", "Iran would stop firing if Israel halted", A("Abbas Araghchi", "IRN", "GOV"), ISR, ["03", "08"], "035",
  "2025-06", None, False, "conditional offer to stop: optional")
F("ba04", "no one was killed or wounded, the", "negated outcome and count")
F("ba04", "Al Udeid, south-west of Doha, hosts about", "standing situation (hosting troops is no event)")

# ---------------------------------------------------------------- ba05 Manila, Asia (Philippines)
S("ba05", "2003-07-28", "Asia", """
Philippine mutineers give up after 19-hour siege of Manila apartment complex

MANILA, Philippines —

About 300 rebel soldiers who had taken over a luxury apartment and shopping complex in the Makati financial district surrendered late on Sunday, ending a 19-hour standoff without a shot being fired.

The mutineers, most of them junior army and navy officers, slipped into the Oakwood Premier building before dawn, disarmed its security guards and rigged the lobby with explosives as foreign guests fled.

In a statement read to reporters, their leader, Navy Lt. Antonio Trillanes, accused the government of selling arms and ammunition to Muslim and communist rebels and of staging bombings in the southern city of Davao to win more American military aid.

The mutineers demanded the resignation of President Gloria Macapagal Arroyo and of Defence Secretary Angelo Reyes.

Arroyo declared a "state of rebellion" on Sunday and gave the soldiers until 5 p.m. to return to their barracks or face an assault, as troops and armoured vehicles sealed off the area.

The president had ordered the arrest of the plotters on Saturday, after the military reported that dozens of officers had gone missing from their posts.

The soldiers marched out after talks with a team of retired officers. Arroyo later told the nation that their grievances would be examined by an independent commission but that they would face military justice.

The Philippines has seen about a dozen coup attempts since 1986. Markets in Manila were expected to open normally on Monday.
""")
MUT = A("Philippine mutineers", "PHL", ["MIL", "REB"])
ARROYO = A("Gloria Macapagal Arroyo", "PHL", "GOV")
PHLG = A("Philippine government", "PHL", "GOV")
TRIL = A("Antonio Trillanes", "PHL", ["MIL", "REB"])
E("ba05", "Philippine mutineers give up after 19-hour siege", MUT, PHLG, ["08"], "0874", "2003-07", None, False,
  "headline surrender")
E("ba05", "surrendered late on Sunday, ending a 19-hour", MUT, PHLG, ["08"], "0874", "2003-07-27", P("Makati", "PHL"),
  True, "surrender 0874; 'late on Sunday' before a Monday paper; the clause names the Makati district")
E("ba05", "who had taken over a luxury apartment", MUT, PHLG, COUP, "171", "2003-07-27", P("Makati", "PHL"), False,
  "the seizure in a relative, detailed next: optional (17/19)")
E("ba05", "disarmed its security guards and rigged the", MUT, A("Oakwood security guards", "PHL", ["BUS", "CVL"]),
  ["17", "18"], "171", "2003-07", None, False, "disarming guards: optional; no CAMEO class fits cleanly")
E("ba05", "accused the government of selling arms and", TRIL, PHLG, ["11"], "112", "2003-07", None, True,
  "accusation 112; the arms sales and bombings are its content; 'the southern city of Davao' belongs to the content, "
  "not to the statement; month")
E("ba05", "The mutineers demanded the resignation of President", MUT, ARROYO, DEMAND, "1041", "2003-07", None, True,
  "demand for resignation 1041 (10/02), first member of the compound object; month")
E("ba05", "The mutineers demanded the resignation of President", MUT, A("Angelo Reyes", "PHL", ["GOV", "MIL"]), DEMAND,
  "1041", "2003-07", None, False, "second member: optional")
E("ba05", "Arroyo declared a \"state of rebellion\" on", ARROYO, MUT, ["17"], "1724", "2003-07-27", None, True,
  "declared state of rebellion 1724 (news-dev: a declared emergency); target the mutineers it was aimed at")
E("ba05", "gave the soldiers until 5 p.m. to", ARROYO, MUT, ["13"], "138", "2003-07-27", None, True,
  "ultimatum with a threat of assault 138; same sentence's 'on Sunday'")
E("ba05", "as troops and armoured vehicles sealed off", A("Philippine troops", "PHL", "MIL"), MUT, ["19", "15", "17"],
  "191", "2003-07-27", None, False, "cordon 191 (19/15/17): optional")
E("ba05", "The president had ordered the arrest of", ARROYO, MUT, ["17"], "173", "2003-07-26", None, True,
  "arrest order 173; dated background 'on Saturday' (the day before the Sunday of the lead)")
E("ba05", "their grievances would be examined by an", ARROYO, MUT, ["03"], "034", "2003-07", None, False,
  "promise of an inquiry: optional")
F("ba05", "The Philippines has seen about a dozen", "count")
F("ba05", "Markets in Manila were expected to open", "speculation about markets")

# ---------------------------------------------------------------- ba06 Nara, Asia (Japan)
S("ba06", "2022-07-09", "Asia", """
Japan's former leader Abe shot dead on campaign trail; suspect held at scene

NARA, Japan —

Former Prime Minister Shinzo Abe was shot dead on Friday while giving a campaign speech outside a railway station in this western city, an attack that stunned a country where gun crime is almost unknown.

A man standing a few metres behind Abe fired twice with what police described as a homemade gun, and security officers wrestled him to the ground seconds later.

Police arrested Tetsuya Yamagami, 41, a former member of the navy, at the scene on suspicion of attempted murder and searched his apartment, where they found more makeshift weapons.

Yamagami told investigators he bore a grudge against a religious group that he believed Abe supported, police said, without naming the group.

Prime Minister Fumio Kishida, his voice shaking, condemned the shooting as barbaric and "absolutely unforgivable" and said campaigning for Sunday's upper house election would go on.

U.S. President Joe Biden said he was stunned and outraged, and China's foreign ministry offered condolences to Abe's family.

Abe, Japan's longest-serving prime minister, was the face of the conservative governing party for two decades. In 2015, tens of thousands of people rallied outside parliament against security laws his government pushed through to let Japanese troops fight abroad.

Nara's police chief acknowledged on Saturday that there had been problems with the security around the former leader.
""")
ABE = A("Shinzo Abe", "JPN", ["GOV", "PTY", "ELI"])
YAMA = A("Tetsuya Yamagami", "JPN", "CVL")
JPNCOP = A("Japanese police", "JPN", "COP")
E("ba06", "Japan's former leader Abe shot dead on", YAMA, ABE, ATTACK, "186", "2022-07", None, False, "headline")
E("ba06", "suspect held at scene", JPNCOP, YAMA, ["17"], "173", "2022-07", None, False, "headline arrest")
E("ba06", "Former Prime Minister Shinzo Abe was shot", YAMA, ABE, ATTACK, "186", "2022-07-08", P("Nara", "JPN"), False,
  "agentless passive in the lead, the agent comes in the next sentence: optional; 'this western city' with the "
  "dateline is Nara; 'on Friday' before a Saturday paper")
E("ba06", "A man standing a few metres behind", YAMA, ABE, ATTACK, "186", "2022-07-08", None, True,
  "the shooting 186 (18/19/20) with its agent ('A man', named as Yamagami in the next paragraph); same day as the "
  "lead's Friday")
E("ba06", "security officers wrestled him to the ground", A("Abe's security officers", "JPN", "COP"), YAMA, ["17", "18"],
  "173", "2022-07-08", None, False, "the tackle, a seizure before the formal arrest: optional")
E("ba06", "Police arrested Tetsuya Yamagami, 41, a former", JPNCOP, YAMA, ["17"], "173", "2022-07", None, True,
  "arrest 173; 'at the scene' names no place; no day in the sentence: month")
E("ba06", "searched his apartment, where they found more", JPNCOP, YAMA, ["17"], "171", "2022-07", None, False,
  "search, second verb: optional")
E("ba06", "condemned the shooting as barbaric and \"absolutely", A("Fumio Kishida", "JPN", "GOV"), YAMA, ["11"], "111",
  "2022-07", None, True, "condemnation 111; month")
E("ba06", "U.S. President Joe Biden said he was", A("Joe Biden", "USA", "GOV"), YAMA, ["11", "01"], "111", "2022-07",
  None, False, "outside reaction, an expression of outrage: optional")
E("ba06", "China's foreign ministry offered condolences to Abe's", A("China's foreign ministry", "CHN", "GOV"),
  A("Japan", "JPN", None), ["01"], "018", "2022-07", None, False, "condolences 018: optional")
E("ba06", "tens of thousands of people rallied outside", A("Japanese protesters", "JPN", "CVL"),
  A("Japan's government", "JPN", "GOV"), ["14"], "141", "2015", None, True,
  "dated background protest 141 ('In 2015'); 'outside parliament' names no city: no place; the laws his government "
  "pushed through are a relative with no event class")
E("ba06", "Nara's police chief acknowledged on Saturday that", A("Nara police chief", "JPN", "COP"), None, ["01"], "015",
  "2022-07-09", None, False, "admission of failings 015 with no target: optional")
F("ba06", "Yamagami told investigators he bore a grudge", "a motive reported, no event")
F("ba06", "was the face of the conservative governing", "standing description")

# ---------------------------------------------------------------- ba07 Tirana, Europe/Eurasia (Albania)
S("ba07", "2011-01-22", "Europe/Eurasia", """
Three killed as Albanian opposition protest outside premier's office turns violent

TIRANA, Albania —

Three men were shot dead and dozens of people were hurt on Friday when an opposition rally outside Prime Minister Sali Berisha's office in the Albanian capital turned into a battle with police.

Thousands of Socialist Party supporters hurled stones, sticks and petrol bombs at the building and at riot police, who answered with tear gas and water cannon. Several police cars were set on fire.

Witnesses said members of the Republican Guard, which protects the government headquarters, had fired from inside its gates.

Socialist leader Edi Rama, the mayor of Tirana, blamed Berisha for the deaths and said the government had turned its weapons on its own people.

Berisha, speaking on television late on Friday, accused the Socialists of trying to seize power in a Tunisian-style coup and praised the police for defending state institutions.

The rally was called after a private television channel aired a video that appeared to show Deputy Prime Minister Ilir Meta discussing a bribe with a fellow minister. Meta resigned on Jan. 14 but denies wrongdoing.

The Socialists have boycotted parliament for long stretches since the 2009 election, which they say the governing Democrats rigged.

The European Union called on the government and the opposition to show restraint.

It was the worst political violence in Albania since the collapse of pyramid investment schemes in 1997. Albania joined NATO in 2009 and hopes to join the European Union.
""")
ALBP = A("Socialist Party supporters", "ALB", ["OPP", "PTY", "CVL"])
ALBCOP = A("Albanian riot police", "ALB", "COP")
BERISHA = A("Sali Berisha", "ALB", "GOV")
RAMA = A("Edi Rama", "ALB", ["OPP", "PTY"])
SOC = A("Socialist Party of Albania", "ALB", ["OPP", "PTY"])
E("ba07", "Three killed as Albanian opposition protest outside", ALBP, BERISHA, VPROT, "145", "2011-01", None, False,
  "headline")
E("ba07", "Three men were shot dead and dozens", A("Albanian security forces", "ALB", ["COP", "GOV"]), ALBP, REPR,
  "175", "2011-01-21", P("Tirana", "ALB"), False,
  "agentless passives in the lead; 'a battle with police' sums up what the next paragraph details: optional; "
  "'the Albanian capital' = Tirana")
E("ba07", "Thousands of Socialist Party supporters hurled stones,", ALBP, A("Albanian government and riot police", "ALB",
  ["GOV", "COP"]), VPROT, "145", "2011-01", None, True,
  "violent protest 145 (14/18/17); targets 'the building' (the premier's office: premises are the country, here "
  "ALB/GOV) and riot police, both Albanian, one line with either sector; no day in the sentence (the lead's Friday "
  "sums up): month; the place is named only in the lead")
E("ba07", "who answered with tear gas and water", ALBCOP, ALBP, REPR, "175", "2011-01", None, True,
  "repression 175 (17/18) in a relative with its own agent; month as above")
E("ba07", "Several police cars were set on fire", ALBP, ALBCOP, VPROT, "145", "2011-01", None, False,
  "agentless passive: optional")
E("ba07", "had fired from inside its gates", A("Republican Guard", "ALB", ["MIL", "COP"]), ALBP, REPR, "175", "2011-01",
  None, False, "the witnesses' account, disputed by the government: optional")
E("ba07", "blamed Berisha for the deaths and said", RAMA, BERISHA, ["11"], "112", "2011-01", None, True,
  "accusation 112; month")
E("ba07", "accused the Socialists of trying to seize", BERISHA, SOC, ["11"], "112", "2011-01-21", None, True,
  "accusation of a coup attempt 112; 'late on Friday' before a Saturday paper")
E("ba07", "praised the police for defending state institutions", BERISHA, ALBCOP, ["05"], "051", "2011-01-21", None,
  False, "praise of his own police, second verb: optional")
E("ba07", "The Socialists have boycotted parliament for long", SOC, A("Albania's parliament", "ALB", ["LEG", "GOV"]),
  ["14"], "143", "2009", None, False, "standing boycott in a present perfect: optional")
E("ba07", "The European Union called on the government", A("European Union", "EUR", "IGO"),
  A("Albania's government", "ALB", "GOV"), DEMAND, "025", "2011-01", None, False,
  "call for restraint 025 (02/10); a single outside reaction: optional (first member of the compound object)")
E("ba07", "The European Union called on the government", A("European Union", "EUR", "IGO"), SOC, DEMAND, "025",
  "2011-01", None, False, "second member: optional")
F("ba07", "It was the worst political violence in", "comparison, count")
F("ba07", "Albania joined NATO in 2009 and hopes", "standing situation, background membership")

# ---------------------------------------------------------------- ba08 Podgorica, Europe/Eurasia (Montenegro / Serbia)
S("ba08", "2016-10-17", "Europe/Eurasia", """
Montenegro holds 20 Serbs over alleged election-day plot; opposition rejects result

PODGORICA, Montenegro —

Montenegrin police arrested 20 Serbian citizens late on Saturday, among them a former commander of Serbia's gendarmerie, on suspicion of planning armed attacks during Sunday's parliamentary election, the special prosecutor said.

Prosecutor Milivoje Katnic said on Sunday that the group had intended to storm parliament, seize weapons from the police and attack state institutions once the results were announced.

Prime Minister Milo Djukanovic's Democratic Party of Socialists won about 41 percent of the vote, according to preliminary results, short of a majority.

The opposition Democratic Front refused to recognise the count and accused the government of staging the arrests to frighten voters.

On election day the state communications agency ordered operators to block the messaging services Viber and WhatsApp, saying they were being used to spread illegal campaign messages.

Serbia's foreign ministry asked Podgorica for information about the detained men.

The vote was widely seen as a choice between the West and Russia. NATO members signed a protocol in May clearing the way for Montenegro to become the alliance's 29th member, a move Moscow has called a provocation.

Djukanovic, who has led the country as prime minister or president for most of the past quarter century, said the result showed that Montenegro would stay on its path towards NATO and the European Union.
""")
MNECOP = A("Montenegrin police", "MNE", "COP")
SRBS = A("Serbian citizens held in Montenegro", "SRB", ["CVL", "RAD"])
KATNIC = A("Milivoje Katnic", "MNE", ["JUD", "GOV"])
DF = A("Democratic Front", "MNE", ["OPP", "PTY"])
MNEG = A("Montenegro's government", "MNE", "GOV")
E("ba08", "Montenegro holds 20 Serbs over alleged election-day", MNECOP, SRBS, ["17"], "173", "2016-10", None, False,
  "headline arrest")
E("ba08", "plot; opposition rejects result", DF, MNEG, ["12"], "120", "2016-10", None, False, "headline rejection")
E("ba08", "Montenegrin police arrested 20 Serbian citizens late", MNECOP, SRBS, ["17"], "173", "2016-10-15", None, True,
  "arrest 173; 'late on Saturday' before a Monday paper (Oct. 15); the country of the arrested men is named")
E("ba08", "said on Sunday that the group had", KATNIC, SRBS, ["11"], "112", "2016-10-16", None, True,
  "accusation of a plot 112; the plan is its content; 'on Sunday'")
E("ba08", "refused to recognise the count and accused", DF, MNEG, ["12"], "120", "2016-10", None, True,
  "refusal to accept the result 120 (as owned35 ai05); no day: month")
E("ba08", "accused the government of staging the arrests", DF, MNEG, ["11"], "112", "2016-10", None, False,
  "accusation, second verb of the compound predicate: optional")
E("ba08", "the state communications agency ordered operators to", A("Montenegro's communications agency", "MNE", "GOV"),
  A("Montenegrin voters", "MNE", "CVL"), ["17"], "1721", "2016-10-16", None, True,
  "blocking messaging apps 1721 (as owned35 ai05); 'On election day' = the Sunday of the lead")
E("ba08", "Serbia's foreign ministry asked Podgorica for information", A("Serbia's foreign ministry", "SRB", "GOV"), MNEG,
  DEMAND, "101", "2016-10", None, False, "request for information 101: optional outside reaction; 'Podgorica' is the "
  "government")
E("ba08", "NATO members signed a protocol in May", A("NATO", None, "IGO"), A("Montenegro", "MNE", "GOV"), AGREE, "057",
  "2016-05", None, True, "signed accession protocol 057 (05/03/08); dated background 'in May' of the publication year; "
  "NATO null/IGO like the regional bodies of news-dev (the validator takes three-letter codes only)")
E("ba08", "a move Moscow has called a provocation", A("Russia", "RUS", "GOV"), A("NATO", None, "IGO"), ["11"], "111",
  "2016", None, False, "undated present perfect in a relative: optional; 'Moscow' is the government")
F("ba08", "won about 41 percent of the vote", "count")
F("ba08", "The vote was widely seen as a", "analysis")

# ---------------------------------------------------------------- ba09 Cochabamba, Americas (Bolivia)
S("ba09", "2000-04-11", "Americas", """
Bolivia scraps Cochabamba water contract after deadly protests; state of siege stays

COCHABAMBA, Bolivia —

Bolivia's government agreed on Monday to cancel the contract of the foreign-led consortium that runs this city's water system, giving in to the main demand of a week of strikes and road blockades in which at least six people died.

Oscar Olivera, a factory workers' leader who heads the Coordination for the Defence of Water and Life, signed a deal with government negotiators under which the national water law will also be amended, and told a cheering crowd in the main square that the people had won.

President Hugo Banzer declared a 90-day state of siege on Saturday, suspending some constitutional rights and sending troops into the streets of several cities.

Hours earlier, police and soldiers had seized about 20 protest leaders in pre-dawn raids and flown some of them to a remote town in the Amazon lowlands.

Later on Saturday, soldiers shot dead a 17-year-old student, Victor Hugo Daza, during clashes in central Cochabamba. Government officials accused coca growers' unions of financing the blockades, a charge their leaders rejected.

The Coordination called an indefinite general strike and blockade last Tuesday after talks on the price of water broke down.

The consortium, Aguas del Tunari, whose largest shareholder is a subsidiary of the U.S. engineering group Bechtel, raised bills sharply after it took over the system last year. Some families said their bills had doubled.

The state of siege remained in force across the country on Tuesday.
""")
BOLG = A("Bolivia's government", "BOL", "GOV")
COORD = A("Coordination for the Defence of Water and Life", "BOL", ["CVL", "NGO", "LAB"])
OLIVERA = A("Oscar Olivera", "BOL", ["LAB", "CVL", "NGO"])
BOLSF = A("Bolivian police and soldiers", "BOL", ["COP", "MIL"])
BOLP = A("Cochabamba protesters", "BOL", ["CVL", "LAB"])
E("ba09", "Bolivia scraps Cochabamba water contract after deadly", BOLG, COORD, ["08"], "0832", "2000-04", None, False,
  "headline concession")
E("ba09", "state of siege stays", BOLG, BOLP, ["17"], "1724", "2000-04", None, False, "headline")
E("ba09", "Bolivia's government agreed on Monday to cancel", BOLG, COORD, ["08", "03"], "0832", "2000-04-10", None, True,
  "giving in to the protesters' demand for a policy change 0832 (08/03); target the Coordination, whose demand it "
  "was; 'on Monday' before a Tuesday paper; the relative about the consortium running the water is standing")
E("ba09", "signed a deal with government negotiators under", OLIVERA, BOLG, AGREE, "057", "2000-04", None, False,
  "the signed deal restates the concession from the other side: optional (05/03/08)")
E("ba09", "President Hugo Banzer declared a 90-day state", A("Hugo Banzer", "BOL", "GOV"), BOLP, ["17"], "1724",
  "2000-04-08", None, True, "state of siege 1724 (news-dev: emergency or siege); 'on Saturday' before a Tuesday paper")
E("ba09", "police and soldiers had seized about 20", BOLSF, A("Cochabamba protest leaders", "BOL", ["CVL", "LAB"]),
  ["17"], "173", "2000-04-08", None, True,
  "arrests 173; 'Hours earlier' than the Saturday declaration: same day; 'a remote town in the Amazon lowlands' is "
  "no named place")
E("ba09", "soldiers shot dead a 17-year-old student, Victor", A("Bolivian soldiers", "BOL", "MIL"),
  A("Victor Hugo Daza", "BOL", ["CVL", "EDU"]), REPR, "175", "2000-04-08", P("Cochabamba", "BOL"), True,
  "killing a protester in clashes 175 (17/18), as owned35 ai01; 'Later on Saturday'; 'in central Cochabamba'")
E("ba09", "Government officials accused coca growers' unions of", BOLG, A("coca growers' unions", "BOL", ["LAB", "AGR"]),
  ["11"], "112", "2000-04", None, False, "accusation with no day; an account the accused dispute: optional")
E("ba09", "a charge their leaders rejected", A("coca growers' leaders", "BOL", ["LAB", "AGR"]), BOLG, DENY, "016",
  "2000-04", None, False, "denial in a reduced relative: optional")
E("ba09", "The Coordination called an indefinite general strike", COORD, BOLG, ["14"], "143", "2000-04-04", None, True,
  "call for a general strike 143 (as owned21 d01); dated background 'last Tuesday' before a Tuesday paper = April 4")
F("ba09", "Some families said their bills had doubled", "count")
F("ba09", "The state of siege remained in force", "standing situation")

# ---------------------------------------------------------------- ba10 Havana, Americas (Cuba)
S("ba10", "2003-04-12", "Americas", """
Cuba executes three ferry hijackers as crackdown on dissidents draws outcry

HAVANA, Cuba —

Cuba executed three men by firing squad early on Friday for hijacking a passenger ferry in a failed attempt to reach the United States, the Communist Party newspaper Granma reported.

The men were among 11 who seized the ferry, with about 50 people aboard, in Havana Bay on April 2 and forced it out to sea, where it ran out of fuel. Coast guard boats towed it to the port of Mariel, and the hijackers gave up the next day.

A court had sentenced the three to death on April 8 after a summary trial.

The executions came days after courts sentenced 75 dissidents, among them the poet and journalist Raul Rivero and the economist Marta Beatriz Roque, to prison terms of up to 28 years.

State security agents rounded up the dissidents in a sweep that began on March 18, accusing them of working with American diplomats to undermine the socialist state.

Foreign Minister Felipe Perez Roque on Wednesday accused the head of the U.S. Interests Section in Havana, James Cason, of organising and paying them.

The European Union said it deplored the executions and the jail terms, and the State Department called the trials a travesty of justice.

Cuba had not carried out an execution in almost three years. Thousands of Cubans try to reach Florida by sea every year, many of them on rafts.
""")
CUBG = A("Cuba's government", "CUB", "GOV")
HIJ = A("ferry hijackers", "CUB", ["CRM", "CVL"])
DISS = A("Cuban dissidents", "CUB", ["OPP", "MED", "CVL"])
CUBJ = A("Cuban courts", "CUB", ["JUD", "GOV"])
E("ba10", "Cuba executes three ferry hijackers as crackdown", CUBG, HIJ, ["18", "17", "20"], "180", "2003-04", None,
  False, "headline execution")
E("ba10", "Cuba executed three men by firing squad", CUBG, HIJ, ["18", "17", "20"], "180", "2003-04-11", None, True,
  "execution: no CAMEO class fits; coders split between killing (18/20) and judicial coercion (17), all three roots "
  "accepted; 'early on Friday' before a Saturday paper")
E("ba10", "seized the ferry, with about 50 people", HIJ, A("ferry passengers", "CUB", "CVL"), ["18"], "181",
  "2003-04-02", P("Havana Bay", "CUB"), True,
  "hijacking 181 in a relative with its own agent and day ('on April 2'); the clause names Havana Bay")
E("ba10", "the hijackers gave up the next day", HIJ, CUBG, ["08"], "0874", "2003-04-03", None, False,
  "surrender, second clause: optional; 'the next day' after April 2")
E("ba10", "A court had sentenced the three to", CUBJ, HIJ, COURT, "173", "2003-04-08", None, True,
  "death sentence 173 (17/11, news-dev court verdicts); dated pluperfect 'on April 8'")
E("ba10", "days after courts sentenced 75 dissidents, among", CUBJ, DISS, COURT, "173", "2003-04", None, True,
  "prison sentences 173 (17/11) in a 'days after' clause with its own agent: month")
E("ba10", "State security agents rounded up the dissidents", A("Cuban state security", "CUB", ["SPY", "COP"]), DISS,
  ["17"], "173", "2003-03-18", None, True, "arrests 173; 'began on March 18' dates the sweep")
E("ba10", "accusing them of working with American diplomats", A("Cuban state security", "CUB", ["SPY", "COP"]), DISS,
  ["11"], "112", "2003-03", None, False, "accusation in a participle: optional")
E("ba10", "Felipe Perez Roque on Wednesday accused the", A("Felipe Perez Roque", "CUB", "GOV"),
  A("James Cason", "USA", "GOV"), ["11"], "112", "2003-04-09", None, True,
  "accusation 112; 'on Wednesday' before a Saturday paper; 'in Havana' is where the diplomat's office is, not the place "
  "of the statement")
E("ba10", "The European Union said it deplored the", A("European Union", "EUR", "IGO"), CUBG, ["11"], "111", "2003-04",
  None, True, "condemnation 111, the first of two outside reactions (required, as owned35 ai01); month")
E("ba10", "the State Department called the trials a", A("U.S. State Department", "USA", "GOV"), CUBJ, ["11"], "111",
  "2003-04", None, False, "second outside reaction: optional")
F("ba10", "Cuba had not carried out an execution", "negated act")
F("ba10", "Thousands of Cubans try to reach Florida", "standing situation")

# ---------------------------------------------------------------- ba11 Dhaka, South Asia (Bangladesh)
S("ba11", "2018-08-06", "South Asia", """
Bangladesh police fire tear gas at student protesters; photographer Shahidul Alam held

DHAKA, Bangladesh —

Police fired tear gas and rubber bullets at thousands of schoolchildren and college students in the Bangladeshi capital on Sunday, and men wielding sticks and machetes beat protesters and journalists covering a week of demonstrations over road safety.

Students said the attackers were activists of the Bangladesh Chhatra League, the student wing of Prime Minister Sheikh Hasina's Awami League. The group denied any role in the violence.

Plainclothes officers took the award-winning photographer Shahidul Alam from his home in Dhaka late on Sunday, hours after he criticised the government's handling of the protests in an interview with Al Jazeera.

On Saturday the telecommunications regulator ordered mobile operators to shut down high-speed data services for 24 hours, which officials said was meant to stop rumours from spreading.

The protests erupted on July 29, after a speeding bus killed two college students at a roadside stop in the city. Since then, crowds of teenagers in school uniform have blocked major junctions, checking drivers' licences and vehicle papers.

Hasina urged parents to keep their children at home. Her cabinet approved a draft law on Monday raising the maximum jail term for deaths caused by reckless driving to five years.

More than 4,000 people die on Bangladesh's roads every year, according to official figures.

It was not clear when classes would resume.
""")
BGDCOP = A("Bangladeshi police", "BGD", "COP")
STU = A("Bangladeshi students", "BGD", ["CVL", "EDU"])
BCL = A("Bangladesh Chhatra League", "BGD", ["PTY", "EDU"])
ALAM = A("Shahidul Alam", "BGD", "MED")
BGDG = A("Bangladesh's government", "BGD", "GOV")
E("ba11", "Bangladesh police fire tear gas at student", BGDCOP, STU, REPR, "175", "2018-08", None, False, "headline")
E("ba11", "photographer Shahidul Alam held", BGDCOP, ALAM, ["17"], "173", "2018-08", None, False, "headline arrest")
E("ba11", "Police fired tear gas and rubber bullets", BGDCOP, STU, REPR, "175", "2018-08-05", P("Dhaka", "BGD"), True,
  "repression 175 (17/18); 'the Bangladeshi capital' = Dhaka; 'on Sunday' before a Monday paper; first member of "
  "'schoolchildren and college students' (one actor)")
E("ba11", "men wielding sticks and machetes beat protesters", A("unidentified attackers", None, None), STU, ["18"], "182",
  "2018-08-05", P("Dhaka", "BGD"), True,
  "beating 182 by unnamed men, null/null as news-dev (who they were is disputed in the next paragraph); the lead's "
  "Sunday and capital cover both clauses; first member of the compound object")
E("ba11", "men wielding sticks and machetes beat protesters", A("unidentified attackers", None, None),
  A("journalists in Dhaka", "BGD", "MED"), ["18"], "182", "2018-08-05", P("Dhaka", "BGD"), False, "second member: optional")
E("ba11", "Students said the attackers were activists of", STU, BCL, ["11"], "112", "2018-08", None, True,
  "accusation 112 put as a report ('said the attackers were'); month")
E("ba11", "The group denied any role in the", BCL, STU, DENY, "016", "2018-08", None, True,
  "denial 016 (01/12); 'The group' refers back to the Chhatra League, not the Awami League; month")
E("ba11", "Plainclothes officers took the award-winning photographer Shahidul", BGDCOP, ALAM, ["17"], "173",
  "2018-08-05", P("Dhaka", "BGD"), True,
  "detention 173 ('took ... from his home'); unnamed officers are Bangladesh's; 'in Dhaka'; 'late on Sunday'")
E("ba11", "hours after he criticised the government's handling", ALAM, BGDG, ["11"], "111", "2018-08-05", None, True,
  "criticism 111 in an 'hours after' clause with its own agent: the same Sunday")
E("ba11", "the telecommunications regulator ordered mobile operators to",
  A("Bangladesh's telecommunications regulator", "BGD", "GOV"), A("Bangladeshi mobile users", "BGD", "CVL"), ["17"],
  "1721", "2018-08-04", None, True, "data shutdown 1721 (as owned21 d04); 'On Saturday' before a Monday paper")
E("ba11", "The protests erupted on July 29, after", STU, BGDG, ["14"], "141", "2018-07-29", None, True,
  "start of the protests 141, a dated background event (as owned35 ai11's protests begin); the bus crash is no "
  "political event; 'in the city' is not coded as a place")
E("ba11", "crowds of teenagers in school uniform have", STU, BGDG, ["14"], "144", "2018", None, False,
  "road blocks 144 in a present perfect span over two months: optional, the year")
E("ba11", "Hasina urged parents to keep their children", A("Sheikh Hasina", "BGD", "GOV"), A("Bangladeshi parents", "BGD", "CVL"),
  ["02", "10"], "020", "2018-08", None, False, "appeal: optional")
E("ba11", "Her cabinet approved a draft law on", BGDG, STU, ["08"], "0832", "2018-08-06", None, False,
  "a bill meeting part of the protesters' demands: optional (coders split on whether approving a law is an event)")
F("ba11", "More than 4,000 people die on Bangladesh's", "count")
F("ba11", "It was not clear when classes would", "speculation")

# ---------------------------------------------------------------- ba12 Christchurch, Pacific (New Zealand / Australia)
S("ba12", "2019-03-16", "Pacific", """
Gunman kills 49 at two Christchurch mosques; Ardern calls it terrorism

CHRISTCHURCH, New Zealand —

A gunman opened fire on worshippers at two mosques in Christchurch during Friday prayers, killing 49 people and wounding dozens in the worst mass shooting in New Zealand's modern history.

The attacker, who streamed the assault live on Facebook from a camera fixed to his helmet, drove from the Al Noor mosque near the city centre to a second mosque in the suburb of Linwood, where he killed seven more people.

Two police officers rammed his car and dragged him out about 36 minutes after the first emergency call.

Brenton Tarrant, a 28-year-old Australian, appeared in a Christchurch court on Saturday charged with murder and was remanded in custody without entering a plea. Three other people were detained, and one of them was later released.

Prime Minister Jacinda Ardern called the shootings a well-planned terrorist attack and said that the country's gun laws would change.

Her Australian counterpart, Scott Morrison, condemned the gunman as an "extremist, right-wing, violent terrorist".

Until Friday, the deadliest shooting in New Zealand had come in 1990, when a man killed 13 people in the seaside village of Aramoana.

There are an estimated 1.2 million guns in New Zealand, a country of fewer than five million people.

Muslims make up a little over one percent of the population.
""")
TARR = A("Brenton Tarrant", "AUS", ["CVL", "RAD"])
NZW = A("Christchurch worshippers", "NZL", ["CVL", "REL"])
E("ba12", "Gunman kills 49 at two Christchurch mosques;", TARR, NZW, ATTACK, "180", "2019-03", P("Christchurch", "NZL"),
  False, "headline")
E("ba12", "Ardern calls it terrorism", A("Jacinda Ardern", "NZL", "GOV"), TARR, ["11"], "111", "2019-03", None, False,
  "headline")
E("ba12", "A gunman opened fire on worshippers at", TARR, NZW, ATTACK, "180", "2019-03-15", P("Christchurch", "NZL"), True,
  "mass shooting 180 (18/19/20; 202 also right); 'A gunman' is named as the Australian Tarrant two paragraphs on; "
  "'during Friday prayers' before a Saturday paper gives the day")
E("ba12", "drove from the Al Noor mosque near", TARR, NZW, ATTACK, "180", "2019-03-15", P("Linwood", "NZL"), False,
  "restatement of the second attack: optional; 'the suburb of Linwood' named")
E("ba12", "Two police officers rammed his car and", A("New Zealand police", "NZL", "COP"), TARR, ["17", "18"], "173",
  "2019-03", None, True, "capture 173 (17/18); unnamed officers are New Zealand's; no day in the sentence: month")
E("ba12", "appeared in a Christchurch court on Saturday", A("Christchurch court", "NZL", "JUD"), TARR, COURT, "173",
  "2019-03-16", P("Christchurch", "NZL"), True,
  "charge and remand 173 (17/11); the court is the implied agent of 'charged' and 'remanded'; 'in a Christchurch court'")
E("ba12", "Three other people were detained, and one", A("New Zealand police", "NZL", "COP"),
  A("other Christchurch suspects", None, "CVL"), ["17"], "173", "2019-03", None, False,
  "agentless passive: optional; the text gives no nationality")
E("ba12", "called the shootings a well-planned terrorist attack", A("Jacinda Ardern", "NZL", "GOV"), TARR, ["11"], "111",
  "2019-03", None, True, "condemnation 111; the pledge on gun laws has no target and is not coded; month")
E("ba12", "condemned the gunman as an \"extremist, right-wing,", A("Scott Morrison", "AUS", "GOV"), TARR, ["11"], "111",
  "2019-03", None, False, "single outside reaction: optional; 'Her Australian counterpart' is Morrison")
E("ba12", "when a man killed 13 people in", A("Aramoana gunman", None, None), A("Aramoana residents", "NZL", "CVL"),
  ATTACK, "180", "1990", P("Aramoana", "NZL"), True,
  "dated background in a 'when' clause with its own agent ('in 1990'); the text gives the gunman no nationality: "
  "null/null; 'the seaside village of Aramoana'")
F("ba12", "There are an estimated 1.2 million guns", "count")
F("ba12", "Muslims make up a little over one", "count")

if __name__ == "__main__":
    write(HERE)
