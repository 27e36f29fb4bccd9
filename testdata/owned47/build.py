#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned47 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned47/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
GUNMEN = A("unidentified gunmen", None, None)

# ---------------------------------------------------------------- av01 Arusha, Africa (Burundi)
S("av01", "1996-08-01", "Africa", """
East African leaders impose blockade on Burundi's new military rulers

ARUSHA, Tanzania —

Leaders of Burundi's neighbours agreed on Wednesday to impose an economic blockade on the small central African country, a week after its army put Pierre Buyoya back in power.

Meeting in this northern Tanzanian town, the presidents of Tanzania, Kenya, Uganda and Rwanda and Ethiopia's prime minister demanded that Buyoya restore the national assembly, lift the ban on political parties and open unconditional talks with Hutu rebels, their communique said.

The army seized power on July 25 and named Buyoya, a retired major who ruled Burundi from 1987 until he lost the 1993 election, as head of state. He dissolved the national assembly and banned party activity the same day.

The ousted president, Sylvestre Ntibantunganya, has been sheltering at the U.S. ambassador's residence in Bujumbura since July 23, when mourners at a funeral in Gitega province for Tutsi villagers killed in a rebel raid stoned his motorcade.

In Bujumbura, Buyoya's government on Thursday called the sanctions unjust, saying they would punish ordinary Burundians rather than the armed groups.

The Organisation of African Unity condemned the takeover last week, and Washington suspended its aid.

More than 150,000 people have died in ethnic fighting in Burundi since 1993, aid agencies estimate.

It was unclear whether Tanzania and Kenya, through whose ports most of Burundi's fuel arrives, could seal the borders of the landlocked country.
""")
NEIGH = A("leaders of Burundi's neighbours", None, "GOV")
BDIJ = A("Burundi's military government", "BDI", ["MIL", "GOV"])
BUYOYA = A("Pierre Buyoya", "BDI", ["MIL", "GOV"])
E("av01", "East African leaders impose blockade on Burundi's", NEIGH, BDIJ, SANCT, "163", "1996-07-31", None, False,
  "headline")
E("av01", "agreed on Wednesday to impose an economic", NEIGH, BDIJ, SANCT, "163", "1996-07-31", None, True,
  "embargo 163 (sanctions 16/17); 'Leaders of Burundi's neighbours' name no one country: null/GOV (as news-dev's "
  "'some UN member states'); 'agreed to impose' is the decision itself, not an intention; 'on Wednesday' before a "
  "Thursday paper; the lead names no place (the dateline alone is not one)")
E("av01", "a week after its army put Pierre", A("Burundian army", "BDI", "MIL"), A("Burundi's government", "BDI", "GOV"),
  COUP, "172", "1996-07", None, False,
  "lead summary of the takeover detailed (with its day) in the third paragraph: optional")
for member, cc, req in (("Benjamin Mkapa", "TZA", True), ("Daniel arap Moi", "KEN", False),
                        ("Yoweri Museveni", "UGA", False), ("Pasteur Bizimungu", "RWA", False),
                        ("Meles Zenawi", "ETH", False)):
    E("av01", "demanded that Buyoya restore the national assembly", A(member, cc, "GOV"), BUYOYA, DEMAND, "104",
      "1996-07", P("Arusha", "TZA"), req,
      "demand for political reform 104 (10/02); compound subject, one line a member, the first (Tanzania's "
      "president) required and the rest optional; 'this northern Tanzanian town' with the dateline = Arusha; the "
      "sentence has no day of its own: month; the three demands are one event")
E("av01", "The army seized power on July 25", A("Burundian army", "BDI", "MIL"), A("Burundi's government", "BDI", "GOV"),
  COUP, "172", "1996-07-25", None, True,
  "military takeover (coups 17/19, news-dev); dated background; 'named Buyoya ... as head of state' is part of the "
  "same act; the relative clause on his earlier rule and the 1993 election is no event")
E("av01", "He dissolved the national assembly and banned", BUYOYA, A("Burundi's national assembly", "BDI", "LEG"),
  ["17"], "172", "1996-07-25", None, True,
  "dissolving parliament 172 (17); 'He' = Buyoya; 'the same day' = July 25")
E("av01", "He dissolved the national assembly and banned", BUYOYA, A("Burundi's political parties", "BDI", "PTY"),
  ["17"], "1722", "1996-07-25", None, False, "second verb, ban on party activity 1722: optional")
E("av01", "when mourners at a funeral in Gitega", A("Tutsi mourners", "BDI", "CVL"),
  A("Sylvestre Ntibantunganya", "BDI", "GOV"), VPROT, "145", "1996-07-23", P("Gitega", "BDI"), True,
  "stoning the president's motorcade 145 (violent protest 14/18/17); dated 'since July 23, when' clause with its "
  "own agent; 'in Gitega province' names the place; the sheltering itself has no CAMEO code")
E("av01", "for Tutsi villagers killed in a rebel raid", A("Hutu rebels", "BDI", "REB"), A("Tutsi villagers", "BDI", "CVL"),
  ATTACK, "180", None, None, False,
  "participle with its agent in a noun phrase ('killed in a rebel raid'), no date of its own: optional, date null")
E("av01", "Buyoya's government on Thursday called the sanctions", BDIJ, NEIGH, ["11", "12"], "111", "1996-08-01",
  P("Bujumbura", "BDI"), True,
  "criticism 111 (11/12, a rejection also right); target the leaders who imposed them; 'In Bujumbura' opens the "
  "sentence; 'on Thursday' in a Thursday paper")
E("av01", "The Organisation of African Unity condemned the", A("Organisation of African Unity", "AFR", "IGO"), BDIJ,
  ["11"], "111", "1996-07", None, True,
  "condemnation 111; the OAU coded as the African Union (AFR/IGO, news-dev); first clause of a compound sentence; "
  "'last week' gives the month")
E("av01", "and Washington suspended its aid", A("United States", "USA", "GOV"), BDIJ, SANCT, "162", "1996-07", None,
  False, "second clause, 'Washington' = the United States; suspending aid 162: optional, as owned35 ai01's Belgium")
F("av01", "More than 150,000 people have died in", "count")
F("av01", "It was unclear whether Tanzania and Kenya", "speculation")

# ---------------------------------------------------------------- av02 Abidjan, Africa (Ivory Coast)
S("av02", "2002-09-20", "Africa", """
Ivory Coast mutiny leaves interior minister and ex-junta chief Guei dead

ABIDJAN, Ivory Coast —

Rebel soldiers attacked army and police posts in Abidjan and the northern cities of Bouake and Korhogo before dawn on Thursday, and Interior Minister Emile Boga Doudou was shot dead at his home by the mutineers, the government said.

Loyal troops had regained control of the commercial capital by evening, but the rebels still held Bouake and Korhogo, residents said.

Former military ruler Robert Guei, who had fallen out with President Laurent Gbagbo, was also killed. Defence Minister Moise Lida Kouassi said in a broadcast on state television that Guei had been behind the revolt. Guei's aides said soldiers loyal to Gbagbo shot him and his wife.

The government imposed a night curfew on Abidjan.

Officials accused Burkina Faso of harbouring the plotters, a charge Ouagadougou rejected as baseless. Gbagbo, who was on a state visit to Italy, cut short his trip.

Opposition leader Alassane Ouattara took refuge in the German ambassador's residence after men in uniform set fire to his house, his party said.

France, the former colonial power, said its 600 troops stationed near the city's airport would protect French nationals.

Many of the mutineers were among hundreds of soldiers due to be discharged from the army.

It was not clear who was leading them.
""")
CIVREB = A("Ivorian mutineers", "CIV", ["MIL", "REB"])
CIVGOV = A("Ivory Coast's government", "CIV", "GOV")
CIVMIL = A("Ivorian loyal troops", "CIV", "MIL")
E("av02", "Ivory Coast mutiny leaves interior minister and", CIVREB, CIVGOV, ["19", "18"], "190", "2002-09-19", None,
  False, "headline")
E("av02", "Rebel soldiers attacked army and police posts", CIVREB, A("Ivorian army and police", "CIV", ["MIL", "COP"]),
  ["19", "18"], "190", "2002-09-19", P("Abidjan", "CIV"), True,
  "armed attack 190 (19/18); Abidjan is the first of the places the clause names (Bouake and Korhogo also true); "
  "'before dawn on Thursday' before a Friday paper")
E("av02", "Rebel soldiers attacked army and police posts", CIVREB, A("Ivorian army and police", "CIV", ["MIL", "COP"]),
  ["19", "18"], "190", "2002-09-19", P("Bouake", "CIV"), False, "the same attack placed in Bouake: optional")
E("av02", "Rebel soldiers attacked army and police posts", CIVREB, A("Ivorian army and police", "CIV", ["MIL", "COP"]),
  ["19", "18"], "190", "2002-09-19", P("Korhogo", "CIV"), False, "the same attack placed in Korhogo: optional")
E("av02", "Emile Boga Doudou was shot dead at", CIVREB, A("Emile Boga Doudou", "CIV", "GOV"), ATTACK, "186",
  "2002-09-19", None, True,
  "killing 186 in a passive with its agent ('by the mutineers'); second clause of the lead, whose 'on Thursday' "
  "covers the sentence; 'at his home' names no place")
E("av02", "Loyal troops had regained control of the", CIVMIL, CIVREB, ["19"], "190", "2002-09-19", P("Abidjan", "CIV"),
  True, "retaking a city by force 190; 'the commercial capital' with the dateline = Abidjan; 'by evening' of the "
  "lead's Thursday")
E("av02", "with President Laurent Gbagbo, was also killed", A("unknown", None, None), A("Robert Guei", "CIV", ["MIL", "ELI"]), ATTACK, "186",
  "2002-09", None, False, "agentless killing, disputed in the next sentences: optional, source unknown")
E("av02", "Lida Kouassi said in a broadcast on", A("Moise Lida Kouassi", "CIV", "GOV"), A("Robert Guei", "CIV", ["MIL", "ELI"]),
  ["11"], "112", "2002-09", None, True, "accusation 112 against the dead man; no day of its own: month")
E("av02", "aides said soldiers loyal to Gbagbo shot", CIVMIL, A("Robert Guei", "CIV", ["MIL", "ELI"]), ATTACK, "186",
  "2002-09", None, False, "a killing inside one side's account, disputed by the government: optional")
E("av02", "The government imposed a night curfew on", CIVGOV, A("residents of Abidjan", "CIV", "CVL"), ["17"], "1723",
  "2002-09", P("Abidjan", "CIV"), True, "curfew 1723; 'on Abidjan' names the place; no day of its own: month")
E("av02", "Officials accused Burkina Faso of harbouring the", CIVGOV, A("Burkina Faso", "BFA", "GOV"), ["11"], "112",
  "2002-09", None, True, "accusation 112; unnamed officials are the government's; month")
E("av02", "a charge Ouagadougou rejected as baseless", A("Burkina Faso", "BFA", "GOV"), CIVGOV, DENY, "016", "2002-09",
  None, True, "denial 016 (01/12) in a relative with its own agent; 'Ouagadougou' = Burkina Faso's government")
E("av02", "after men in uniform set fire to", A("men in uniform", None, None),
  A("Alassane Ouattara", "CIV", ["OPP", "PTY"]), ATTACK, "180", "2002-09", None, False,
  "arson inside one side's account ('his party said'), attackers unidentified: optional; the refuge has no code")
E("av02", "said its 600 troops stationed near the", A("France", "FRA", "GOV"), A("French nationals in Ivory Coast", "FRA", "CVL"),
  ["15", "07"], "150", "2002-09", None, False, "a statement of intent about its own troops: optional")
F("av02", "Many of the mutineers were among hundreds", "background situation")
F("av02", "It was not clear who was leading", "speculation")

# ---------------------------------------------------------------- av03 Sanaa, Middle East (Yemen)
S("av03", "1994-05-22", "Middle East", """
Yemen's southern leader proclaims breakaway state as northern forces close on Aden

SANAA, Yemen —

Ali Salem al-Beidh, the vice-president dismissed by Yemen's government this month, proclaimed a separate southern state in Aden late on Saturday, four years after unification.

President Ali Abdullah Saleh's government on Sunday denounced the proclamation as treason and called Beidh an outlaw, state radio reported here.

Northern artillery pounded the outskirts of Aden throughout Saturday, and southern warplanes struck military targets around Sanaa, residents of both cities said.

Fighting between the two former armies, which were never fully merged, erupted across the country on May 4. Saleh declared a state of emergency on May 5 and dismissed Beidh, a day after northern and southern units began fighting.

Southern forces have fired several Scud missiles at the capital since then, killing dozens of civilians in residential districts.

In a broadcast from Aden, Beidh accused Saleh of waging a war of annexation against the south and appealed to Arab governments to recognise the new Democratic Republic of Yemen.

The Arab League called for an immediate ceasefire.

The south has about a fifth of Yemen's 14 million people.

It was unclear whether any government would recognise the breakaway state.
""")
BEIDH = A("Ali Salem al-Beidh", "YEM", ["REB", "PTY", "GOV"])
YEMG = A("Yemen's government", "YEM", "GOV")
NORTH = A("northern Yemeni forces", "YEM", "MIL")
SOUTH = A("southern Yemeni forces", "YEM", ["MIL", "REB"])
E("av03", "Yemen's southern leader proclaims breakaway state as", BEIDH, YEMG, ["12"], "120", "1994-05-21", None, False,
  "headline; no clear CAMEO class for a secession, 12 as a rejection of the union's authority")
E("av03", "proclaimed a separate southern state in Aden", BEIDH, YEMG, ["12"], "120", "1994-05-21", P("Aden", "YEM"), False,
  "a secession has no clear CAMEO class: optional (120 as the rejection of Sanaa's authority); 'late on Saturday' "
  "before a Sunday paper")
E("av03", "the vice-president dismissed by Yemen's government this", YEMG, BEIDH, ["17"], "172", "1994-05", None, False,
  "apposition restating the dismissal detailed in the fourth paragraph: optional")
E("av03", "government on Sunday denounced the proclamation as", YEMG, BEIDH, ["11"], "111", "1994-05-22", None, True,
  "denunciation 111; 'on Sunday' in a Sunday paper; 'here' belongs to the reporting radio, not to the act: no "
  "place (the government sits in Sanaa, but the clause does not say where it spoke)")
E("av03", "Northern artillery pounded the outskirts of Aden", NORTH, SOUTH, ["19"], "194", "1994-05-21", P("Aden", "YEM"),
  True, "artillery 194; 'throughout Saturday' before a Sunday paper; residents' account, undisputed")
E("av03", "southern warplanes struck military targets around Sanaa", SOUTH, NORTH, ["19"], "195", "1994-05",
  P("Sanaa", "YEM"), True,
  "air strikes 195; second clause of a compound sentence, required as its own act; the day is in the first clause "
  "only: month (a system's Saturday falls inside it)")
E("av03", "erupted across the country on May 4", NORTH, SOUTH, ["19"], "190", "1994-05-04", None, False,
  "agentless 'fighting ... erupted' restated with agents in the next sentence: optional")
E("av03", "Saleh declared a state of emergency on", A("Ali Abdullah Saleh", "YEM", "GOV"), A("Yemen", "YEM", None),
  ["17"], "1724", "1994-05-05", None, True, "state of emergency 1724 (news-dev); dated background; target the country")
E("av03", "Saleh declared a state of emergency on", A("Ali Abdullah Saleh", "YEM", "GOV"), BEIDH, ["17"], "172",
  "1994-05-05", None, False, "second verb, dismissing the vice-president: optional")
E("av03", "a day after northern and southern units", NORTH, SOUTH, ["19"], "190", "1994-05-04", None, True,
  "fighting 190, 'a day after' clause with its own agents, dated by the May 5 of the main clause; first-mentioned "
  "direction required")
E("av03", "a day after northern and southern units", SOUTH, NORTH, ["19"], "190", "1994-05-04", None, False,
  "reverse direction: optional")
E("av03", "Southern forces have fired several Scud missiles", SOUTH, A("residents of Sanaa", "YEM", "CVL"), ["19", "18"],
  "195", "1994-05", P("Sanaa", "YEM"), True,
  "missile strikes 195; 'the capital' with the Sanaa dateline; 'since then' (since May 4-5): month; the civilians "
  "killed are the target")
E("av03", "Beidh accused Saleh of waging a war", BEIDH, A("Ali Abdullah Saleh", "YEM", "GOV"), ["11"], "112", "1994-05",
  P("Aden", "YEM"), True, "accusation 112; 'In a broadcast from Aden' names where he spoke; month")
E("av03", "appealed to Arab governments to recognise the", BEIDH, A("Arab governments", None, "GOV"), ["02"], "020",
  "1994-05", P("Aden", "YEM"), False, "second verb, appeal for recognition 02: optional")
E("av03", "The Arab League called for an immediate", A("Arab League", None, "IGO"), YEMG, DEMAND, "107", "1994-05", None,
  False, "single outside call for a ceasefire 107, addressed to both sides: optional; Arab League null/IGO as "
  "news-dev's ECOWAS")
F("av03", "The south has about a fifth of", "count")
F("av03", "It was unclear whether any government would", "speculation")

# ---------------------------------------------------------------- av04 Beirut, Middle East (Israel / Lebanon)
S("av04", "2000-05-24", "Middle East", """
Last Israeli troops leave south Lebanon as allied militia collapses

BEIRUT, Lebanon —

The last Israeli soldiers pulled out of southern Lebanon before dawn on Wednesday, more than six weeks ahead of schedule, as the militia Israel had armed and paid for two decades fell apart.

Prime Minister Ehud Barak brought the withdrawal forward after the South Lebanon Army abandoned its positions in the central and western sectors on Monday and Tuesday, leaving Hezbollah guerrillas to take over dozens of villages.

Thousands of militiamen and their families fled across the border into Israel. Hundreds of others surrendered to Hezbollah or to the Lebanese army.

On Tuesday, crowds of villagers broke into the militia's Khiam prison and freed about 140 inmates, some of whom had been held for more than a decade without trial.

Hundreds of Israeli soldiers were killed in the occupied zone over the years.

U.N. Secretary-General Kofi Annan welcomed the withdrawal and said U.N. mapmakers would check that Israel had left all Lebanese land.

President Emile Lahoud, speaking here, hailed the liberation of the south and said Israel must also leave the Shebaa Farms, a strip of land that Israel says belongs to Syria.

Barak warned on Tuesday that Israel would strike back hard at any attack across the border once its troops were home.

Whether Hezbollah would now halt its attacks on northern Israel was not clear.
""")
ISRMIL = A("Israeli troops", "ISR", "MIL")
SLA = A("South Lebanon Army", "LBN", ["MIL", "REB"])
HEZ = A("Hezbollah", "LBN", ["REB", "PTY"])
E("av04", "Last Israeli troops leave south Lebanon as", ISRMIL, A("Lebanon", "LBN", None), ["08"], "0874", "2000-05-24",
  None, False, "headline")
E("av04", "The last Israeli soldiers pulled out of", ISRMIL, A("Lebanon", "LBN", None), ["08"], "0874", "2000-05-24",
  None, True,
  "military withdrawal 0874 (RETREAT); 'before dawn on Wednesday' in a Wednesday paper; 'southern Lebanon' is the "
  "region left, a region named as what one leaves: no place")
E("av04", "as the militia Israel had armed and", A("Israel", "ISR", "GOV"), SLA, ["07"], "072", None, None, False,
  "relative clause with its own agent, a standing support over 'two decades' with no date of its own: optional "
  "(military aid 072); 'fell apart' has no agent and is not coded")
E("av04", "Barak brought the withdrawal forward after the", A("Ehud Barak", "ISR", "GOV"), ISRMIL, ["08"], "087", "2000-05",
  None, False, "an order to his own troops, restating the lead's pull-out: optional")
E("av04", "after the South Lebanon Army abandoned its", SLA, HEZ, ["08"], "0874", "2000-05", None, True,
  "military retreat 0874 in an 'after' clause with its own agent; 'on Monday and Tuesday' is a span: month; "
  "target the guerrillas it gave way to")
E("av04", "leaving Hezbollah guerrillas to take over dozens", HEZ, SLA, ["19"], "192", "2000-05", None, False,
  "participle: occupying territory 192, optional")
E("av04", "Hundreds of others surrendered to Hezbollah or", SLA, HEZ, ["08"], "0874", "2000-05", None, True,
  "surrender 0874; compound object, first member (Hezbollah) required; no day of its own: month")
E("av04", "Hundreds of others surrendered to Hezbollah or", SLA, A("Lebanese army", "LBN", "MIL"), ["08"], "0874",
  "2000-05", None, False, "second member of the compound object: optional")
E("av04", "crowds of villagers broke into the militia's", A("Lebanese villagers", "LBN", "CVL"), SLA, ["14", "18", "17"],
  "145", "2000-05-23", None, False,
  "a crowd storming a prison and freeing inmates: coders split (145, 18, 17, or no code for the freeing), so "
  "optional although dated ('On Tuesday'); 'Khiam prison' is a building, no place")
E("av04", "Annan welcomed the withdrawal and said U.N.", A("Kofi Annan", "UNO", "IGO"), A("Israel", "ISR", "GOV"), ["05"],
  "051", "2000-05", None, False, "single outside reaction, praise 051: optional")
E("av04", "hailed the liberation of the south and", A("Emile Lahoud", "LBN", "GOV"), HEZ, ["05"], "051", "2000-05",
  P("Beirut", "LBN"), False, "praise without a named addressee: optional")
E("av04", "said Israel must also leave the Shebaa", A("Emile Lahoud", "LBN", "GOV"), A("Israel", "ISR", "GOV"), DEMAND,
  "106", "2000-05", P("Beirut", "LBN"), True,
  "demand for withdrawal 106 (10/02); 'speaking here' with the Beirut dateline; no day: month; the relative "
  "'that Israel says belongs to Syria' is a standing claim, not coded")
E("av04", "Barak warned on Tuesday that Israel would", A("Ehud Barak", "ISR", "GOV"), HEZ, ["13"], "138", "2000-05-23",
  None, True,
  "threat of military force 138; target the attackers he warns (Hezbollah, the only armed group on the border; "
  "Lebanon's government also defensible); 'on Tuesday' before a Wednesday paper")
F("av04", "Hundreds of Israeli soldiers were killed in", "count over two decades, no event")
F("av04", "Whether Hezbollah would now halt its attacks", "speculation")

# ---------------------------------------------------------------- av05 Jakarta, Asia (Indonesia)
S("av05", "1996-07-30", "Asia", """
Riots sweep Jakarta after Megawati's supporters are driven from party headquarters

JAKARTA, Indonesia —

Hundreds of men loyal to a government-backed faction of the Indonesian Democratic Party stormed the party's headquarters in Jakarta early on Saturday and threw out supporters of its ousted leader, Megawati Sukarnoputri, who had occupied the building for weeks.

Riot police who had surrounded the building did not intervene until the attackers had taken it, witnesses said.

Thousands of people then rioted in nearby streets, setting fire to banks, government offices and buses in the worst unrest the capital has seen in more than 20 years.

Troops and police fired tear gas and warning shots to disperse the crowds. Police said on Sunday that more than 200 people had been arrested.

Official figures put the dead at five, but rights groups said dozens of people were missing.

Megawati, the daughter of Indonesia's founding president, Sukarno, was removed as party chairwoman in June at a congress in Medan that her followers say was staged by the government. She condemned the raid on Sunday and said she would take the government to court.

On Monday, officials blamed the small left-wing People's Democratic Party for the violence and said it had communist leanings.

President Suharto has ruled Indonesia since the mid-1960s.
""")
IDNFAC = A("government-backed PDI faction", "IDN", ["PTY", "GOV"])
MEGAS = A("Megawati's supporters", "IDN", ["OPP", "PTY", "CVL"])
MEGA = A("Megawati Sukarnoputri", "IDN", ["OPP", "PTY"])
IDNRIOT = A("Jakarta rioters", "IDN", ["CVL", "OPP"])
IDNGOV = A("Indonesia's government", "IDN", "GOV")
E("av05", "Riots sweep Jakarta after Megawati's supporters are", IDNRIOT, IDNGOV, VPROT, "145", "1996-07-27",
  P("Jakarta", "IDN"), False, "headline")
E("av05", "stormed the party's headquarters in Jakarta early", IDNFAC, MEGAS, ["18", "17"], "180", "1996-07-27",
  P("Jakarta", "IDN"), True,
  "storming and forcible eviction 180 (18/17); 'in Jakarta' names the place; 'early on Saturday' before a Tuesday "
  "paper")
E("av05", "Thousands of people then rioted in nearby", IDNRIOT, IDNGOV, VPROT, "145", "1996-07-27", P("Jakarta", "IDN"),
  True, "riot 145 (violent protest 14/18/17); 'then' follows Saturday's raid; 'the capital' in the same sentence "
  "with the Jakarta dateline")
E("av05", "Troops and police fired tear gas and", A("Indonesian troops", "IDN", "MIL"), IDNRIOT, REPR, "175", "1996-07",
  None, True, "force against rioters 175 (17/18); compound subject, first member required; unnamed troops are "
  "Indonesia's; no day of its own: month")
E("av05", "Troops and police fired tear gas and", A("Indonesian police", "IDN", "COP"), IDNRIOT, REPR, "175", "1996-07",
  None, False, "second member: optional")
E("av05", "more than 200 people had been arrested", A("Indonesian police", "IDN", "COP"), IDNRIOT, ["17"], "173",
  "1996-07", None, True,
  "arrests reported by the arresting police 173, required (owned21 d11, owned35 ai05); the pluperfect has no day "
  "of its own: month (Sunday is the day of the statement)")
E("av05", "was removed as party chairwoman in June", A("PDI congress", "IDN", ["PTY", "GOV"]), MEGA, ["17"], "172",
  "1996-06", P("Medan", "IDN"), False, "agentless removal, the agent only in the followers' claim: optional")
E("av05", "She condemned the raid on Sunday and", MEGA, IDNGOV, ["11"], "111", "1996-07-28", None, True,
  "condemnation 111; 'She' = Megawati; 'on Sunday' before a Tuesday paper; target the government she sues "
  "(the faction also right)")
E("av05", "said she would take the government to", MEGA, IDNGOV, ["11"], "115", "1996-07-28", None, False,
  "legal action put as an intention: optional")
E("av05", "officials blamed the small left-wing People's Democratic", IDNGOV,
  A("People's Democratic Party", "IDN", ["PTY", "OPP", "RAD"]), ["11"], "112", "1996-07-29", None, True,
  "blame 112; 'On Monday' before a Tuesday paper; unnamed officials are the government's")
F("av05", "Official figures put the dead at five", "count")
F("av05", "President Suharto has ruled Indonesia since the", "standing situation")

# ---------------------------------------------------------------- av06 Kuala Lumpur, Asia (Malaysia / Philippines)
S("av06", "2000-04-25", "Asia", """
Gunmen seize 21 from Malaysian dive resort, ferry them to southern Philippines

KUALA LUMPUR, Malaysia —

Armed men raided a diving resort on the Malaysian island of Sipadan on Sunday night and carried off 21 people, among them 10 foreign tourists, Malaysian police said.

The captives, who include Germans, French, Finns, South Africans and Lebanese as well as Malaysian and Filipino resort workers, were taken by speedboat to the southern Philippines.

Philippine military officials said on Monday that the boats had landed on the island of Jolo, a stronghold of the Muslim separatist Abu Sayyaf group. Its gunmen seized more than 50 schoolchildren and teachers on nearby Basilan on March 20 and still hold many of them.

Deputy Prime Minister Abdullah Ahmad Badawi urged Manila on Monday to avoid any military action that could put the hostages in danger.

Berlin and Paris also pressed the Philippine government to put the safety of their citizens first.

President Joseph Estrada has ruled out paying a ransom.

Malaysia's navy said it had stepped up patrols along the sea border between the Malaysian state of Sabah and the Philippine islands, which smugglers and pirates have crossed for decades.

Sipadan, a speck of rainforest ringed by coral reefs, is one of the world's best-known dive sites.

It was unclear whether the kidnappers had made any demands.
""")
ASG = A("Abu Sayyaf", "PHL", ["REB", "RAD"])
SIPH = A("Sipadan hostages", None, "CVL")
PHLG = A("Philippine government", "PHL", "GOV")
E("av06", "Gunmen seize 21 from Malaysian dive resort", GUNMEN, SIPH, ["18"], "181", "2000-04-23", P("Sipadan", "MYS"),
  False, "headline")
E("av06", "Armed men raided a diving resort on", GUNMEN, SIPH, ["18"], "181", "2000-04-23", P("Sipadan", "MYS"), True,
  "hostage-taking 181; 'Armed men' are unnamed in their sentence: null/null (news-dev); later officials tie Jolo "
  "to Abu Sayyaf, but the kidnappers are never named as its members; the hostages have many nationalities: "
  "null/CVL; 'Sunday night' before a Tuesday paper; 'the Malaysian island of Sipadan' names the place")
E("av06", "were taken by speedboat to the southern", GUNMEN, SIPH, ["18"], "181", "2000-04", None, False,
  "agentless restatement of the abduction; a destination region is no place: optional")
E("av06", "Its gunmen seized more than 50 schoolchildren", ASG, A("Basilan schoolchildren and teachers", "PHL", ["CVL", "EDU"]),
  ["18"], "181", "2000-03-20", P("Basilan", "PHL"), True,
  "dated background hostage-taking 181; 'Its' = Abu Sayyaf; 'on nearby Basilan' names the place; 'still hold' is "
  "the standing situation, not a second event")
E("av06", "Abdullah Ahmad Badawi urged Manila on Monday", A("Abdullah Ahmad Badawi", "MYS", "GOV"), PHLG, DEMAND, "100",
  "2000-04-24", None, True,
  "demand 100 (10/02) to refrain from force; 'Manila' = the Philippine government; 'on Monday' before a Tuesday "
  "paper")
E("av06", "Berlin and Paris also pressed the Philippine", A("Germany", "DEU", "GOV"), PHLG, DEMAND, "100", "2000-04", None,
  True, "demand 100 (10/02); 'Berlin' = Germany's government; compound subject, first member required; month")
E("av06", "Berlin and Paris also pressed the Philippine", A("France", "FRA", "GOV"), PHLG, DEMAND, "100", "2000-04", None,
  False, "second member ('Paris' = France): optional")
E("av06", "President Joseph Estrada has ruled out paying", A("Joseph Estrada", "PHL", "GOV"), GUNMEN, ["12"], "120",
  "2000-04", None, False, "refusal of a demand nobody in the story has made: optional")
E("av06", "Malaysia's navy said it had stepped up", A("Malaysian navy", "MYS", "MIL"), GUNMEN, ["15"], "152", "2000-04",
  None, False, "raising military alert 152 without an addressee: optional")
F("av06", "Sipadan, a speck of rainforest ringed by", "description")
F("av06", "It was unclear whether the kidnappers had", "speculation")

# ---------------------------------------------------------------- av07 Madrid, Europe/Eurasia (Spain)
S("av07", "1997-07-14", "Europe/Eurasia", """
Spaniards pour into streets after ETA kills kidnapped Basque councillor

MADRID, Spain —

Hundreds of thousands of Spaniards marched through cities across the country on Sunday to condemn the Basque separatist group ETA, hours after a young town councillor it had kidnapped died of gunshot wounds in a San Sebastian hospital.

Miguel Angel Blanco, 29, a member of Prime Minister Jose Maria Aznar's Popular Party on the council of the Basque town of Ermua, was seized by ETA gunmen at the railway station in nearby Eibar on Thursday.

The group threatened to kill him unless the government moved hundreds of jailed ETA members to prisons in the Basque region within 48 hours. Aznar's government refused to bargain.

The kidnappers shot Blanco twice in the head and left him beside a road near Lasarte on Saturday afternoon, shortly after the deadline passed, police said.

In Ermua, angry crowds besieged the offices of Herri Batasuna, the party seen as ETA's political wing, and riot police had to hold them back.

Herri Batasuna refused to condemn the killing, and its spokesman blamed the government's prison policy for Blanco's death.

King Juan Carlos denounced the murder in a televised message.

ETA has killed more than 750 people in nearly three decades of violence.

Whether the outcry would weaken the group's support in the Basque region was unclear.
""")
ETA = A("ETA", "ESP", ["REB", "RAD"])
ESPG = A("Spain's government", "ESP", "GOV")
BLANCO = A("Miguel Angel Blanco", "ESP", ["PTY", "GOV"])
HB = A("Herri Batasuna", "ESP", ["PTY", "RAD"])
E("av07", "Spaniards pour into streets after ETA kills", A("Spanish marchers", "ESP", "CVL"), ETA, ["14"], "141",
  "1997-07-13", None, False, "headline")
E("av07", "Spaniards pour into streets after ETA kills", ETA, BLANCO, ATTACK, "186", "1997-07-12", None, False,
  "headline")
E("av07", "Hundreds of thousands of Spaniards marched through", A("Spanish marchers", "ESP", "CVL"), ETA, ["14"], "141",
  "1997-07-13", None, True,
  "demonstration 141 against ETA; 'on Sunday' before a Monday paper; 'cities across the country' names no place; "
  "the death in hospital has no agent in its clause and is not coded ('it had kidnapped' restates the "
  "kidnapping: optional below)")
E("av07", "hours after a young town councillor it", ETA, BLANCO, ["18"], "181", "1997-07", None, False,
  "'it had kidnapped' inside the 'hours after' clause restates the kidnapping detailed next: optional")
E("av07", "was seized by ETA gunmen at the railway", ETA, BLANCO, ["18"], "181", "1997-07-10", P("Eibar", "ESP"), True,
  "kidnapping 181 in a passive with its agent; 'at the railway station in nearby Eibar' names the place (Ermua "
  "is where he sat on the council); 'on Thursday' before a Monday paper")
E("av07", "The group threatened to kill him unless", ETA, ESPG, ["13"], "139", "1997-07", None, True,
  "ultimatum 139; 'The group' = ETA; the threat is addressed to the government; no day of its own: month")
E("av07", "Aznar's government refused to bargain", ESPG, ETA, ["12"], "125", "1997-07", None, True,
  "stated refusal to negotiate 125 (an event, not an intention); month")
E("av07", "The kidnappers shot Blanco twice in the", ETA, BLANCO, ATTACK, "186", "1997-07-12", P("Lasarte", "ESP"), True,
  "killing 186; 'The kidnappers' = ETA; 'near Lasarte' names the place; 'on Saturday afternoon' before a Monday "
  "paper; police attribution, undisputed")
E("av07", "angry crowds besieged the offices of Herri", A("Ermua residents", "ESP", "CVL"), HB, VPROT, "145", "1997-07",
  P("Ermua", "ESP"), True,
  "besieging a party's offices 145 (violent protest 14/18/17); 'In Ermua' opens the sentence; no day of its own: "
  "month; the police holding the crowd back is a second clause, optional below")
E("av07", "riot police had to hold them back", A("Spanish riot police", "ESP", "COP"), A("Ermua residents", "ESP", "CVL"),
  REPR, "175", "1997-07", P("Ermua", "ESP"), False, "second clause, crowd control without stated force: optional")
E("av07", "Herri Batasuna refused to condemn the killing", HB, ETA, ["12"], "120", "1997-07", None, False,
  "a refusal to condemn one's ally: no clear addressee or CAMEO class, optional")
E("av07", "its spokesman blamed the government's prison policy", HB, ESPG, ["11"], "112", "1997-07", None, True,
  "blame 112; 'its spokesman' = Herri Batasuna's; month")
E("av07", "King Juan Carlos denounced the murder in", A("Juan Carlos", "ESP", "GOV"), ETA, ["11"], "111", "1997-07", None,
  False, "single reaction, condemnation 111 with the killers as implied target: optional")
F("av07", "ETA has killed more than 750 people", "count over decades")
F("av07", "Whether the outcry would weaken the group's", "speculation")

# ---------------------------------------------------------------- av08 Sofia, Europe/Eurasia (Bulgaria)
S("av08", "1997-01-11", "Europe/Eurasia", """
Bulgarian police club protesters to free deputies trapped in parliament

SOFIA, Bulgaria —

Riot police swinging truncheons charged anti-government demonstrators outside parliament early on Saturday and led out Socialist deputies who had been trapped inside the building overnight.

Thousands of protesters, many of them students, broke into the National Assembly building in central Sofia on Friday evening, smashing windows and hurling stones at police, after the ruling Socialist Party's majority ignored opposition demands for an early election.

The Health Ministry said more than 200 people, among them dozens of police officers, were treated in hospital.

Ivan Kostov, leader of the opposition Union of Democratic Forces, said on Saturday that officers had beaten people who were lying on the ground. He demanded that Interior Minister Nikolai Dobrev resign.

Dobrev is the Socialists' choice to head a new government. The cabinet of Prime Minister Zhan Videnov fell when he resigned on Dec. 21 amid hyperinflation and bread shortages.

President-elect Petar Stoyanov, who takes office on Jan. 22, urged the Socialists to agree to an early vote and asked demonstrators to stay calm.

Opposition leaders called on their supporters to block roads across the country from Monday.

It was unclear whether the Socialists would go ahead with a parliamentary vote on Dobrev's cabinet.
""")
BGRP = A("Bulgarian protesters", "BGR", ["CVL", "OPP"])
BSP = A("Bulgarian Socialist Party", "BGR", ["PTY", "GOV"])
BGRCOP = A("Bulgarian riot police", "BGR", "COP")
KOSTOV = A("Ivan Kostov", "BGR", ["OPP", "PTY"])
E("av08", "Bulgarian police club protesters to free deputies", BGRCOP, BGRP, REPR, "175", "1997-01-11", None, False,
  "headline")
E("av08", "Riot police swinging truncheons charged anti-government demonstrators", BGRCOP, BGRP, REPR, "175",
  "1997-01-11", None, True,
  "force against protesters 175 (17/18); unnamed police are Bulgaria's; 'early on Saturday' in a Saturday paper; "
  "'outside parliament' gives no place when the city is named only in another sentence")
E("av08", "led out Socialist deputies who had been", BGRP, BSP, ["18", "17"], "181", "1997-01", None, False,
  "'had been trapped' is an agentless passive restating the siege of the next paragraph: optional")
E("av08", "broke into the National Assembly building in", BGRP, BSP, VPROT, "145", "1997-01-10", P("Sofia", "BGR"), True,
  "storming parliament 145 (violent protest 14/18/17); 'in central Sofia' names the place; 'on Friday evening' "
  "before a Saturday paper; target the ruling party whose deputies were inside")
E("av08", "majority ignored opposition demands for an early", BSP, A("Union of Democratic Forces", "BGR", ["OPP", "PTY"]),
  ["12"], "120", "1997-01", None, False, "'ignored' inside an 'after' clause, no stated refusal and no day: optional")
E("av08", "said on Saturday that officers had beaten", KOSTOV, BGRCOP, ["11"], "112", "1997-01-11", None, True,
  "accusation 112; 'on Saturday' in a Saturday paper; 'officers' = the riot police")
E("av08", "said on Saturday that officers had beaten", BGRCOP, BGRP, ["18"], "180", "1997-01-11", None, False,
  "beating inside one side's account: optional")
E("av08", "He demanded that Interior Minister Nikolai Dobrev", KOSTOV, A("Nikolai Dobrev", "BGR", "GOV"), DEMAND, "1041",
  "1997-01", None, True, "demand for resignation 1041 (10/02); 'He' = Kostov; no day of its own: month")
E("av08", "fell when he resigned on Dec. 21", A("Zhan Videnov", "BGR", "GOV"), None, ["08"], "0831", "1996-12-21", None,
  False, "dated resignation amid economic collapse with no protest pressure or addressee in the text: coders split "
  "on coding a plain resignation, so optional; 'Dec. 21' is in the year before publication")
E("av08", "Stoyanov, who takes office on Jan. 22", A("Petar Stoyanov", "BGR", ["GOV", "OPP", "PTY"]), BSP, DEMAND, "104",
  "1997-01", None, True,
  "demand for an early election 104 (10/02, a political reform, as owned35 ai09's call for a new vote); the "
  "relative's Jan. 22 is his future inauguration, not the date of the appeal: month")
E("av08", "asked demonstrators to stay calm", A("Petar Stoyanov", "BGR", ["GOV", "OPP", "PTY"]), BGRP, ["10"], "100",
  "1997-01", None, False, "appeal for calm, second verb: optional")
E("av08", "Opposition leaders called on their supporters to", A("Union of Democratic Forces", "BGR", ["OPP", "PTY"]), BSP,
  ["14"], "143", "1997-01", None, False, "call for road blockades 143 (owned35 ai02's call for a shutdown): optional")
F("av08", "The Health Ministry said more than 200", "count")
F("av08", "It was unclear whether the Socialists would", "speculation")

# ---------------------------------------------------------------- av09 Port-au-Prince, Americas (Haiti)
S("av09", "1987-11-30", "Americas", """
Haiti's military rulers call off election after gunmen massacre voters

PORT-AU-PRINCE, Haiti —

Haiti's army-led government called off the country's first free presidential election in three decades on Sunday, hours after gunmen killed voters waiting at polling stations in the capital.

At least 17 people died at a school on Ruelle Vaillant in Port-au-Prince when men armed with machetes and rifles burst in shortly after the polls opened, witnesses said. Soldiers posted nearby did nothing to stop them, they said.

The National Governing Council, headed by Lt. Gen. Henri Namphy, also dissolved the independent electoral council that had organised the vote and accused it of serving foreign interests.

The United States, Haiti's biggest donor, cut off military and economic aid on Sunday, leaving only humanitarian relief.

Presidential candidates Marc Bazin and Gerard Gourgue condemned the cancellation and said the army had let supporters of the Duvalier family wreck the vote.

Earlier this month, gunmen set fire to the electoral council's headquarters after it barred a dozen candidates linked to the ousted Duvalier dynasty from running.

Namphy's council took power when Jean-Claude Duvalier fled to France in February 1986, and it had promised to hand over to an elected president next February.

It was not clear when, or whether, a new vote would be held.
""")
CNG = A("National Governing Council", "HTI", ["MIL", "GOV"])
CEP = A("Haiti's electoral council", "HTI", "GOV")
HTIV = A("Haitian voters", "HTI", "CVL")
E("av09", "Haiti's military rulers call off election after", CNG, CEP, ["17", "12"], "1721", "1987-11-29", None, False,
  "headline")
E("av09", "Haiti's military rulers call off election after", GUNMEN, HTIV, ATTACK, "180", "1987-11-29", None, False,
  "headline")
E("av09", "government called off the country's first free", CNG, CEP, ["17", "12"], "1721", "1987-11-29", None, True,
  "cancelling an election 1721 (restriction of political rights; 12 also defensible); target the body that ran "
  "the vote (voters also right); 'on Sunday' before a Monday paper")
E("av09", "hours after gunmen killed voters waiting at", GUNMEN, HTIV, ATTACK, "180", "1987-11-29",
  P("Port-au-Prince", "HTI"), False,
  "lead summary of the massacre detailed next: optional; 'the capital' with the dateline")
E("av09", "when men armed with machetes and rifles", GUNMEN, HTIV, ATTACK, "180", "1987-11", P("Port-au-Prince", "HTI"),
  True,
  "massacre 180 by unnamed men (null/null, news-dev); 'in Port-au-Prince' names the place; witnesses' account, "
  "undisputed; the sentence has no day ('shortly after the polls opened'): month")
E("av09", "also dissolved the independent electoral council that", CNG, CEP, ["17"], "172", "1987-11", None, True,
  "dissolving the electoral council 172; the council named with its head ('headed by Lt. Gen. Henri Namphy'); no "
  "day of its own: month")
E("av09", "accused it of serving foreign interests", CNG, CEP, ["11"], "112", "1987-11", None, False,
  "second verb, accusation: optional")
E("av09", "cut off military and economic aid on", A("United States", "USA", "GOV"), CNG, SANCT, "162", "1987-11-29", None,
  True, "suspending aid 162 (sanctions 16/17); 'on Sunday' before a Monday paper")
E("av09", "Presidential candidates Marc Bazin and Gerard Gourgue", A("Marc Bazin", "HTI", ["OPP", "PTY"]), CNG, ["11"],
  "111", "1987-11", None, True, "condemnation 111; compound subject, first member required; month")
E("av09", "Presidential candidates Marc Bazin and Gerard Gourgue", A("Gerard Gourgue", "HTI", ["OPP", "PTY"]), CNG,
  ["11"], "111", "1987-11", None, False, "second member: optional")
E("av09", "said the army had let supporters of", A("Marc Bazin", "HTI", ["OPP", "PTY"]), A("Haitian army", "HTI", "MIL"),
  ["11"], "112", "1987-11", None, False, "second verb, accusation: optional")
E("av09", "gunmen set fire to the electoral council's", GUNMEN, CEP, ATTACK, "180", "1987-11", None, True,
  "arson attack 180 by unnamed gunmen (null/null); 'Earlier this month' gives the month; 'headquarters' names no "
  "city")
E("av09", "after it barred a dozen candidates linked", CEP, A("Duvalierist candidates", "HTI", ["PTY", "ELI"]), ["17"],
  "1722", "1987", None, False, "ban on politicians 1722, an undated 'after' clause: optional")
E("av09", "Namphy's council took power when Jean-Claude Duvalier", CNG, A("Jean-Claude Duvalier", "HTI", "GOV"), COUP,
  "172", "1986-02", None, False,
  "standing background: the takeover after a flight (the flight itself has no code), worded as how the council "
  "came to rule; optional; the promise to hand over is not coded")
F("av09", "Soldiers posted nearby did nothing to stop", "negated act")
F("av09", "It was not clear when, or whether,", "speculation")

# ---------------------------------------------------------------- av10 Mexico City, Americas (Mexico)
S("av10", "1994-03-25", "Americas", """
Mexico charges factory worker in Colosio killing; Zapatistas go on alert

MEXICO CITY, Mexico —

Federal prosecutors on Thursday charged a 23-year-old factory worker with the murder of Luis Donaldo Colosio, the ruling party's presidential candidate, who was shot at a campaign rally in the border city of Tijuana on Wednesday evening.

Witnesses said the gunman pushed through the crowd as Colosio left a stage in the hillside Tijuana neighbourhood of Lomas Taurinas and fired a revolver at his head from close range. Colosio, 44, died in a hospital hours later.

Police and members of the crowd seized the suspect, Mario Aburto Martinez, at the scene. The attorney general's office said he had confessed and claimed to have acted alone.

President Carlos Salinas de Gortari, who chose Colosio as his successor in November, called the killing an attack on all Mexicans and appealed for unity in a televised address.

The Zapatista National Liberation Army, whose Indian rebels rose up in the southern state of Chiapas on Jan. 1, put its fighters on red alert and suspended consultations on a government peace offer, a rebel communique said.

Colosio was the first leading Mexican politician to be assassinated since President-elect Alvaro Obregon in 1928.

The ruling Institutional Revolutionary Party has won every presidential election since its founding in 1929.
""")
ABURTO = A("Mario Aburto Martinez", "MEX", ["CVL", "CRM"])
COLOSIO = A("Luis Donaldo Colosio", "MEX", ["PTY", "GOV"])
EZLN = A("Zapatista National Liberation Army", "MEX", "REB")
MEXG = A("Mexico's government", "MEX", "GOV")
E("av10", "Mexico charges factory worker in Colosio killing", A("Mexican federal prosecutors", "MEX", ["GOV", "JUD"]), ABURTO,
  ["11", "17"], "1121", "1994-03-24", None, False, "headline")
E("av10", "Mexico charges factory worker in Colosio killing", EZLN, MEXG, ["15"], "152", "1994-03", None, False,
  "headline ('Zapatistas go on alert')")
E("av10", "Federal prosecutors on Thursday charged a 23-year-old", A("Mexican federal prosecutors", "MEX", ["GOV", "JUD"]),
  ABURTO, ["11", "17"], "1121", "1994-03-24", None, True,
  "criminal charge 1121 (court and legal steps 11/17, news-dev's court verdicts); 'on Thursday' before a Friday "
  "paper; the worker is named two paragraphs later")
E("av10", "who was shot at a campaign rally", ABURTO, COLOSIO, ATTACK, "186", "1994-03-23", P("Tijuana", "MEX"), False,
  "agentless passive in a relative, the shooting detailed with its agent next: optional (restatement)")
E("av10", "Witnesses said the gunman pushed through the", ABURTO, COLOSIO, ATTACK, "186", "1994-03", P("Tijuana", "MEX"),
  True,
  "assassination 186; 'the gunman' is the suspect the story names and charges (MEX; a null-country source is the "
  "gold's second choice, not listed); 'the hillside Tijuana neighbourhood' names the city; witnesses' account, "
  "undisputed; no day in the sentence: month")
E("av10", "Police and members of the crowd seized", A("Mexican police", "MEX", "COP"), ABURTO, ["17"], "173", "1994-03",
  None, True, "arrest 173; compound subject, first member (unnamed police: Mexico's) required; 'at the scene' names "
  "no place; no day: month")
E("av10", "Police and members of the crowd seized", A("Tijuana rally crowd", "MEX", "CVL"), ABURTO, ["17"], "173",
  "1994-03", None, False, "second member: optional")
E("av10", "called the killing an attack on all", A("Carlos Salinas de Gortari", "MEX", "GOV"), ABURTO, ["11"], "111",
  "1994-03", None, False, "condemnation of a crime with the killer as implied target: optional; the relative "
  "'who chose Colosio as his successor in November' is a party nomination, not coded")
E("av10", "whose Indian rebels rose up in the", EZLN, MEXG, ["19", "18"], "190", "1994-01-01", P("Chiapas", "MEX"), True,
  "armed uprising 190 (19/18); dated background in a relative with its own agent; 'the southern state of "
  "Chiapas' names the place")
E("av10", "put its fighters on red alert and", EZLN, MEXG, ["15"], "152", "1994-03", None, True,
  "raising military alert 152; communique undated: month")
E("av10", "suspended consultations on a government peace offer", EZLN, MEXG, ["16"], "164", "1994-03", None, False,
  "second verb, halting negotiations 164: optional")
F("av10", "Colosio was the first leading Mexican politician", "historical comparison")
F("av10", "The ruling Institutional Revolutionary Party has won", "standing situation")

# ---------------------------------------------------------------- av11 Islamabad, South Asia (Pakistan / India)
S("av11", "1998-05-29", "South Asia", """
Pakistan answers India with five nuclear blasts; Washington and Tokyo move to punish Islamabad

ISLAMABAD, Pakistan —

Pakistan exploded five nuclear devices in the remote Chagai hills of Baluchistan province on Thursday, matching India's tests of two weeks ago and drawing swift condemnation from Washington, Tokyo and other capitals.

In a televised address on Thursday, Prime Minister Nawaz Sharif said Pakistan had settled the score with its neighbour. Hours later his government declared a state of emergency and froze foreign currency accounts held in Pakistani banks.

President Bill Clinton condemned the tests and said the United States would impose the economic sanctions its law requires, as it did on India. Japan said it was freezing new grants and loans to Pakistan.

India carried out five nuclear tests of its own at the Pokhran range in the Rajasthan desert on May 11 and 13, 24 years after its first test.

Pakistani officials had accused India on Wednesday of preparing an attack on Pakistan's nuclear sites, a charge New Delhi dismissed as baseless.

New Delhi said the blasts showed that its own tests had been justified and offered to discuss a no-first-use agreement with Islamabad.

Pakistan and India have fought three wars since independence from Britain in 1947, two of them over Kashmir.

Whether either country would now sign the Comprehensive Test Ban Treaty was unclear.
""")
PAK = A("Pakistan", "PAK", "GOV")
IND = A("India", "IND", "GOV")
E("av11", "Pakistan answers India with five nuclear blasts", PAK, IND, ["15", "13"], "150", "1998-05-28", None, False,
  "headline")
E("av11", "Washington and Tokyo move to punish Islamabad", A("United States", "USA", "GOV"), PAK, SANCT, "160",
  "1998-05", None, False, "headline")
E("av11", "Pakistan exploded five nuclear devices in the", PAK, IND, ["15", "13"], "150", "1998-05-28",
  P("Chagai", "PAK"), True,
  "nuclear test as a show of force 150 (15, a threat 13 also right), aimed at India as the sentence says "
  "('matching India's tests'); 'the remote Chagai hills' names the place; 'on Thursday' before a Friday paper")
E("av11", "matching India's tests of two weeks ago", IND, None, ["15", "13"], "150", "1998-05", None, False,
  "nominal background, detailed with its dates in the fourth paragraph: optional")
E("av11", "drawing swift condemnation from Washington, Tokyo and", A("United States", "USA", "GOV"), PAK, ["11"], "111",
  "1998-05", None, False, "lead summary of the reactions detailed next: optional")
E("av11", "Hours later his government declared a state", PAK, A("Pakistan", "PAK", None), ["17"], "1724", "1998-05-28",
  None, True, "state of emergency 1724 (news-dev); 'Hours later' after the address 'on Thursday'; target the "
  "country; freezing the accounts is the second verb and no event with an actor target")
E("av11", "President Bill Clinton condemned the tests and", A("Bill Clinton", "USA", "GOV"), PAK, ["11"], "111", "1998-05",
  None, True, "condemnation 111; no day of its own: month")
E("av11", "said the United States would impose the", A("Bill Clinton", "USA", "GOV"), PAK, ["13", "16"], "130",
  "1998-05", None, False, "sanctions put as an intention ('would impose'): optional; 13/16")
E("av11", "Japan said it was freezing new grants", A("Japan", "JPN", "GOV"), PAK, SANCT, "162", "1998-05", None, True,
  "cutting aid 162 (sanctions 16/17), announced as done; month")
E("av11", "India carried out five nuclear tests of", IND, None, ["15", "13"], "150", "1998-05", P("Pokhran", "IND"), True,
  "dated background tests 150 with no target in the clause; 'on May 11 and 13' is a span of two days: month; "
  "'at the Pokhran range' names the place; 'its first test' 24 years earlier is nominal, not coded")
E("av11", "Pakistani officials had accused India on Wednesday", PAK, IND, ["11"], "112", "1998-05-27", None, True,
  "accusation 112; 'on Wednesday' before a Friday paper")
E("av11", "a charge New Delhi dismissed as baseless", IND, PAK, DENY, "016", "1998-05", None, True,
  "denial 016 (01/12) in a relative with its own agent; 'New Delhi' = India; no day: month")
E("av11", "offered to discuss a no-first-use agreement with", IND, PAK, ["03"], "036", "1998-05", None, False,
  "offer to negotiate 036, second verb: optional; 'New Delhi' = India, 'Islamabad' = Pakistan")
F("av11", "Pakistan and India have fought three wars", "count and standing history")
F("av11", "Whether either country would now sign the", "speculation")

# ---------------------------------------------------------------- av12 Port Moresby, Pacific (Papua New Guinea)
S("av12", "1990-05-18", "Pacific", """
Bougainville rebels declare independence; Port Moresby calls move illegal

PORT MORESBY, Papua New Guinea —

Secessionist rebels on Bougainville declared the copper-rich island independent of Papua New Guinea on Thursday, and the government of Prime Minister Rabbie Namaliu dismissed the declaration as illegal and meaningless.

Francis Ona, leader of the Bougainville Revolutionary Army, read the declaration at a ceremony in the island's mountains, according to a statement received here.

Namaliu's government has kept the island under a blockade since May 2, halting shipping, flights and supplies. Ona's forces say the blockade has left hospitals without medicine.

Papua New Guinea withdrew its troops and police from Bougainville in March under a ceasefire, after more than a year of fighting over the giant Panguna copper mine, which has been shut since May 1989.

Australian Foreign Minister Gareth Evans said Canberra recognised only Papua New Guinea's sovereignty over the island and urged the government and the rebels to settle their dispute through talks.

Namaliu told parliament that the government was ready to talk with the rebels but would not discuss independence.

Bougainville, about 1,000 kilometres east of the capital, has about 150,000 people, many of whom feel closer to the neighbouring Solomon Islands.

It was unclear how long stocks of fuel and food on the island would last.
""")
BRA = A("Bougainville Revolutionary Army", "PNG", "REB")
PNGG = A("Papua New Guinea's government", "PNG", "GOV")
E("av12", "Bougainville rebels declare independence; Port Moresby calls", BRA, PNGG, ["12"], "120", "1990-05-17", None,
  False, "headline; no clear CAMEO class for a declaration of independence")
E("av12", "Bougainville rebels declare independence; Port Moresby calls", PNGG, BRA, ["12", "11"], "120", "1990-05", None,
  False, "headline; 'Port Moresby' = the government")
E("av12", "Secessionist rebels on Bougainville declared the copper-rich", BRA, PNGG, ["12"], "120", "1990-05-17",
  P("Bougainville", "PNG"), False,
  "a declaration of independence has no clear CAMEO class: optional (120 as a rejection of the state's "
  "authority); 'on Thursday' before a Friday paper")
E("av12", "dismissed the declaration as illegal and meaningless", PNGG, BRA, ["12", "11"], "120", "1990-05", None, True,
  "rejection 120 (12/11); the day is in the first clause only: month (a system's Thursday falls inside it)")
E("av12", "Namaliu's government has kept the island under", PNGG, BRA, ["19", "17"], "191", "1990-05-02",
  P("Bougainville", "PNG"), True,
  "blockade 191 (19/17); dated by 'since May 2'; 'the island' refers back to Bougainville; target the rebels who "
  "hold it (the islanders also right)")
E("av12", "Ona's forces say the blockade has left", BRA, PNGG, ["11"], "112", "1990-05", None, False,
  "present-tense claim by one side: optional")
E("av12", "Papua New Guinea withdrew its troops and", A("Papua New Guinea's security forces", "PNG", ["MIL", "COP"]), BRA,
  ["08"], "0874", "1990-03", P("Bougainville", "PNG"), True,
  "military withdrawal 0874; dated background 'in March'; the place left is named ('from Bougainville'); the "
  "ceasefire is nominal and not coded separately")
E("av12", "urged the government and the rebels to", A("Gareth Evans", "AUS", "GOV"), PNGG, ["10", "02"], "108", "1990-05",
  None, True, "call for talks 108 (10/02); compound object, first member required; month; 'Canberra' = Australia")
E("av12", "urged the government and the rebels to", A("Gareth Evans", "AUS", "GOV"), BRA, ["10", "02"], "108", "1990-05",
  None, False, "second member: optional")
E("av12", "Namaliu told parliament that the government was", A("Rabbie Namaliu", "PNG", "GOV"), BRA, ["03"], "036",
  "1990-05", None, True,
  "offer to negotiate 036; the refusal to discuss independence is put as an intention and not coded; month")
F("av12", "Bougainville, about 1,000 kilometres east of the", "description and count")
F("av12", "It was unclear how long stocks of", "speculation")

if __name__ == "__main__":
    write(HERE)
