#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned43 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned43/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
NOBODY = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- ar01 Khartoum, Africa (Sudan)
S("ar01", "1985-04-07", "Africa", """
Sudan's army ousts Nimeiri while he is abroad; crowds cheer in Khartoum

KHARTOUM, Sudan —

Sudan's armed forces seized power on Saturday and deposed President Jaafar Nimeiri, who was in Cairo on his way home from a visit to the United States, the army's commander announced on state radio.

Gen. Abdel Rahman Swar al-Dahab, the defence minister, said the military had stepped in to spare the country bloodshed and promised to hand power to an elected civilian government within a year.

He suspended the constitution, dissolved Nimeiri's Sudanese Socialist Union, the only legal party, and ordered the country's airports and borders closed.

The takeover ended a general strike that doctors, lawyers, bank staff and other unions had begun on Wednesday against steep rises in the price of bread and fuel.

Tens of thousands of people poured into the streets to cheer the soldiers. Crowds ransacked the offices of the hated state security police in the capital and burned their files.

In Cairo, President Hosni Mubarak's government said Nimeiri was Egypt's guest and could stay as long as he wished.

The State Department in Washington said it was following events closely and urged the new rulers to return the country to civilian government soon.

Sudan, Africa's largest country, owes foreign creditors about $9 billion and depends on food aid to feed refugees from drought and war.

It was not clear whether Nimeiri would try to return.
""")
SDNMIL = A("Sudan's armed forces", "SDN", "MIL")
NIM = A("Jaafar Nimeiri", "SDN", "GOV")
SWAR = A("Abdel Rahman Swar al-Dahab", "SDN", ["MIL", "GOV"])
E("ar01", "Sudan's army ousts Nimeiri while he is", SDNMIL, NIM, COUP, "172", "1985-04-06", None, False,
  "headline; a military takeover removing the president (17/19, news-dev's coups)")
E("ar01", "seized power on Saturday and deposed President", SDNMIL, NIM, COUP, "172", "1985-04-06", None, True,
  "takeover 172 under news-dev's tolerant coup roots 17/19; 'on Saturday' in a Sunday paper; Cairo is where "
  "Nimeiri was (relative clause), not the place of the coup")
E("ar01", "promised to hand power to an elected", SWAR, A("Sudanese citizens", "SDN", "CVL"), ["03"], "034", "1985-04",
  None, False, "a pledge of political reform 034 inside a reported statement: optional; no day of its own: month")
E("ar01", "He suspended the constitution, dissolved Nimeiri's Sudanese", SWAR, A("Sudan", "SDN", None), ["17"], "1721",
  "1985-04", None, True, "'He' = Swar al-Dahab; suspending the constitution restricts political freedoms 1721; "
  "first of three verbs; no day in the sentence: month")
E("ar01", "dissolved Nimeiri's Sudanese Socialist Union, the only", SWAR, A("Sudanese Socialist Union", "SDN", ["PTY", "GOV"]),
  ["17"], "1722", "1985-04", None, True, "banning/dissolving a party 1722; second verb of the compound predicate "
  "(a distinct act, so required)")
E("ar01", "ordered the country's airports and borders closed", SWAR, None, ["17", "16"], "172", "1985-04", None, False,
  "closing airports and borders: coders split (administrative restriction 172 or a 16 cut); no target; optional")
E("ar01", "a general strike that doctors, lawyers, bank", A("Sudanese trade unions", "SDN", ["LAB", "CVL"]),
  A("Nimeiri's government", "SDN", "GOV"), ["14"], "143", "1985-04-03", None, True,
  "general strike 143, a dated background event in a relative clause with its own agents ('had begun on Wednesday' "
  "before a Sunday paper = April 3); compound subject: the first member stands for all unions")
E("ar01", "Crowds ransacked the offices of the hated", A("Sudanese crowds", "SDN", "CVL"),
  A("Sudan's state security police", "SDN", ["SPY", "COP"]), VPROT, "145", "1985-04", P("Khartoum", "SDN"), True,
  "violent protest 145 (14/18/17); 'in the capital' with the Khartoum dateline names the place; no day: month")
E("ar01", "said Nimeiri was Egypt's guest and could", A("Egypt's government", "EGY", "GOV"), NIM, ["07"], "075", "1985-04",
  P("Cairo", "EGY"), True, "granting refuge 075; 'Mubarak's government' is Egypt; 'In Cairo' names where the "
  "government speaks and where the refuge is")
E("ar01", "urged the new rulers to return the", A("U.S. State Department", "USA", "GOV"), SDNMIL, DEMAND, "104", "1985-04",
  None, False, "single outside reaction: optional; appeal for civilian rule 104 (10/02)")
F("ar01", "owes foreign creditors about $9 billion", "counts and a standing situation (debt, food aid)")
F("ar01", "It was not clear whether Nimeiri would", "speculation")

# ---------------------------------------------------------------- ar02 Monrovia, Africa (Liberia)
S("ar02", "1990-09-11", "Africa", """
Rebels seize Liberia's Doe at peacekeepers' base; Johnson says president is dead

MONROVIA, Liberia —

Rebel fighters loyal to Prince Johnson captured President Samuel Doe on Sunday at the headquarters of the West African peacekeeping force in Monrovia, after a gun battle in which dozens of his bodyguards were killed.

Doe had driven to the port compound to meet the force's commander, Lt. Gen. Arnold Quainoo of Ghana. The peacekeepers did not intervene.

Johnson, whose breakaway faction holds parts of the capital, told reporters on Monday that Doe had died of his wounds while being questioned at the rebels' base.

Soldiers of Doe's army, who still hold the Executive Mansion, fired rockets into districts held by Johnson's fighters on Monday and vowed to avenge the president.

The peacekeeping force of about 3,000 troops from Nigeria, Ghana and three other West African countries landed in Monrovia on Aug. 24 to try to end the eight-month civil war.

Charles Taylor, whose National Patriotic Front controls most of the countryside, has denounced the force as an invasion, and his fighters have attacked its positions around the port.

Nigeria, which provides most of the troops, called on all three factions to lay down their arms and said the force would not withdraw.

Aid agencies say about half of Monrovia's people have fled the city, and those who remain are short of food and clean water.
""")
INPFL = A("Prince Johnson's rebel fighters", "LBR", "REB")
DOE = A("Samuel Doe", "LBR", "GOV")
ECOMOG = A("West African peacekeeping force (ECOMOG)", None, ["IGO", "MIL"])
AFL = A("Liberian army loyal to Doe", "LBR", "MIL")
NPFL = A("Charles Taylor's National Patriotic Front", "LBR", "REB")
E("ar02", "Rebels seize Liberia's Doe at peacekeepers' base", INPFL, DOE, ["18", "17"], "181", "1990-09-09", None, False,
  "headline")
E("ar02", "captured President Samuel Doe on Sunday at", INPFL, DOE, ["18", "17"], "181", "1990-09-09", P("Monrovia", "LBR"),
  True, "rebels seizing the president: abduction 181 (18/17, an arrest-like seizure); 'on Sunday' before a Tuesday "
  "paper; 'in Monrovia' names the place")
E("ar02", "after a gun battle in which dozens", INPFL, A("Doe's bodyguards", "LBR", ["MIL", "GOV"]), CLASH, "190",
  "1990-09-09", P("Monrovia", "LBR"), False, "the gun battle, a noun event whose parties are implied: optional")
E("ar02", "Doe had driven to the port compound", DOE, A("Arnold Quainoo", "GHA", ["MIL", "IGO"]), ["04"], "043", "1990-09",
  None, False, "a meeting intended ('to meet'), never held: optional; pluperfect with no day: month")
E("ar02", "fired rockets into districts held by Johnson's", AFL, INPFL, ["19"], "194", "1990-09-10", None, True,
  "rocket fire 194 (artillery); the relative about the Executive Mansion is standing background; 'on Monday'; "
  "'the capital' is in another sentence, so no place")
E("ar02", "vowed to avenge the president", AFL, INPFL, ["13"], "138", "1990-09-10", None, False,
  "threat of force, second verb of the compound: optional")
E("ar02", "landed in Monrovia on Aug. 24 to", ECOMOG, A("Liberia", "LBR", None), ["07", "15"], "074", "1990-08-24",
  P("Monrovia", "LBR"), True, "peacekeeping deployment 074 (news-dev's 07/15); dated background, required; ECOMOG "
  "coded like ECOWAS (country null), with MIL accepted")
E("ar02", "has denounced the force as an invasion", NPFL, ECOMOG, ["11"], "111", "1990", None, True,
  "denunciation 111; source Taylor's movement (Taylor himself leads it); present perfect with no date: the year "
  "(the force landed in August, the denunciations run into September)")
E("ar02", "his fighters have attacked its positions around", NPFL, ECOMOG, ["19", "18"], "190", "1990", None, False,
  "second clause, undated present perfect: optional")
E("ar02", "called on all three factions to lay", A("Nigeria", "NGA", "GOV"), A("Liberian factions", "LBR", ["REB", "MIL"]),
  DEMAND, "1056", "1990-09", None, True, "appeal to cease fighting 1056 (10/02); no day: month")
E("ar02", "said the force would not withdraw", A("Nigeria", "NGA", "GOV"), NPFL, ["12"], "120", "1990-09", None, False,
  "a refusal put as an intention: optional")
F("ar02", "The peacekeepers did not intervene.", "negated act: nothing happened")
F("ar02", "Aid agencies say about half of Monrovia's", "counts and a standing situation")

# ---------------------------------------------------------------- ar03 Jerusalem, Middle East (Israel)
S("ar03", "1995-11-05", "Middle East", """
Israel's Rabin shot dead at peace rally; Jewish law student held

JERUSALEM, Israel —

Prime Minister Yitzhak Rabin was shot dead by a Jewish extremist on Saturday night as he left a peace rally attended by more than 100,000 people in Tel Aviv.

Police seized the gunman, Yigal Amir, a 25-year-old law student, at the scene. He told investigators he had acted alone on orders from God, police said, and officers detained his brother, Hagai, on Sunday on suspicion of helping him.

The cabinet met in emergency session early on Sunday and named Foreign Minister Shimon Peres acting prime minister.

Rabin, 73, had signed an agreement with PLO chairman Yasser Arafat in Washington on Sept. 28 to extend Palestinian self-rule across much of the West Bank, a deal that nationalist opponents branded a betrayal.

Arafat, speaking in Gaza, condemned the killing as a terrible crime and sent his condolences to Rabin's widow, Leah.

Jordan's King Hussein, who signed a peace treaty with Rabin last year, said he would attend the funeral on Monday. President Bill Clinton, calling Rabin his partner and friend, said he would fly to Jerusalem for it as well.

It was the first killing of an Israeli prime minister in the country's 47-year history.

Whether Peres could hold together the governing coalition until elections due next year was unclear.
""")
AMIR = A("Yigal Amir", "ISR", ["CVL", "RAD"])
RABIN = A("Yitzhak Rabin", "ISR", "GOV")
ISRCOP = A("Israeli police", "ISR", "COP")
ARAFAT = A("Yasser Arafat", "PSE", ["GOV", "PTY", "REB"])
E("ar03", "Israel's Rabin shot dead at peace rally", AMIR, RABIN, ["18"], "186", "1995-11-04", None, False, "headline")
E("ar03", "Jewish law student held", ISRCOP, AMIR, ["17"], "173", "1995-11-04", None, False, "headline")
E("ar03", "was shot dead by a Jewish extremist", AMIR, RABIN, ["18"], "186", "1995-11-04", P("Tel Aviv", "ISR"), True,
  "assassination 186; passive with agent ('by a Jewish extremist', named in the next sentence); 'on Saturday night' "
  "in a Sunday paper; 'in Tel Aviv' names the place")
E("ar03", "Police seized the gunman, Yigal Amir, a", ISRCOP, AMIR, ["17"], "173", "1995-11-04", None, True,
  "arrest 173; 'at the scene' ties it to the shooting on Saturday night; the scene is named only in another sentence")
E("ar03", "officers detained his brother, Hagai, on Sunday", ISRCOP, A("Hagai Amir", "ISR", ["CVL", "RAD"]), ["17"], "173",
  "1995-11-05", None, True, "second arrest; 'officers' are Israel's police; 'on Sunday' = publication day")
E("ar03", "had signed an agreement with PLO chairman", RABIN, ARAFAT, AGREE, "057", "1995-09-28",
  P("Washington", "USA"), True, "dated background agreement 057 (05/03/08); first-mentioned direction")
E("ar03", "had signed an agreement with PLO chairman", ARAFAT, RABIN, AGREE, "057", "1995-09-28",
  P("Washington", "USA"), False, "reverse direction: optional")
E("ar03", "a deal that nationalist opponents branded a", A("Israeli nationalist opponents", "ISR", ["OPP", "RAD"]), RABIN,
  ["11"], "111", "1995", None, False, "undated accusation of betrayal in a relative clause: optional; year")
E("ar03", "condemned the killing as a terrible crime", ARAFAT, AMIR, ["11"], "111", "1995-11", P("Gaza", "PSE"), False,
  "an outside reaction (Arafat's condemnation; target the killer): optional; 'speaking in Gaza' names where")
E("ar03", "who signed a peace treaty with Rabin", A("King Hussein", "JOR", "GOV"), RABIN, AGREE, "057", "1994", None, True,
  "dated background in a relative clause with its own agent ('last year' = 1994); required")
E("ar03", "who signed a peace treaty with Rabin", RABIN, A("King Hussein", "JOR", "GOV"), AGREE, "057", "1994", None, False,
  "reverse direction: optional")
E("ar03", "said he would fly to Jerusalem for", A("Bill Clinton", "USA", "GOV"), A("Israel", "ISR", None), ["03"], "036",
  "1995-11", None, False, "intent to visit 036 (for a funeral): optional; Jerusalem is a destination, not a place")
F("ar03", "It was the first killing of an", "definition/count: no new event")
F("ar03", "Whether Peres could hold together the governing", "speculation")

# ---------------------------------------------------------------- ar04 Aden, Middle East (Yemen / United States)
S("ar04", "2000-10-13", "Middle East", """
Suicide boat blast rips U.S. destroyer in Aden; Clinton vows to find the bombers

ADEN, Yemen —

Two men in a small boat packed with explosives blew themselves up alongside the U.S. destroyer Cole as it refuelled in Aden harbour on Thursday, killing at least six American sailors and leaving 11 missing, U.S. officials said.

The blast tore a hole about 40 feet wide in the ship's side, and dozens of wounded crew members were flown to a French military hospital in Djibouti.

President Bill Clinton called the attack a despicable and cowardly act and said the United States would find those responsible and hold them accountable.

Defence Secretary William Cohen ordered American forces across the Gulf onto their highest state of alert.

Yemeni officials at first said the explosion might have been an accident, but President Ali Abdullah Saleh later agreed to let FBI agents work alongside Yemeni police on the investigation.

Suspicion fell on militants linked to Osama bin Laden, the Saudi-born dissident whom Washington blames for the August 1998 bombings of its embassies in Kenya and Tanzania.

The attack came hours after Israeli helicopter gunships fired rockets at Palestinian police buildings in Ramallah, following the killing of two Israeli reservists by a mob there.

The Cole, with a crew of about 300, had stopped in Aden for a few hours to take on fuel on its way to the Gulf.

It was not clear how the bombers had reached the ship without being challenged.
""")
COLE = A("U.S. Navy destroyer Cole", "USA", "MIL")
CLINTON = A("Bill Clinton", "USA", "GOV")
SALEH = A("Ali Abdullah Saleh", "YEM", "GOV")
OBL = A("Osama bin Laden's network", None, ["RAD", "REB"])
E("ar04", "Suicide boat blast rips U.S. destroyer in", NOBODY, COLE, ["18"], "183", "2000-10-12", P("Aden", "YEM"), False,
  "headline")
E("ar04", "blew themselves up alongside the U.S. destroyer", NOBODY, COLE, ["18"], "183", "2000-10-12", P("Aden", "YEM"),
  True, "suicide bombing 183 by unnamed attackers (null/null, news-dev); 'in Aden harbour on Thursday' in a Friday "
  "paper; officials' attribution, nobody disputes the blast")
E("ar04", "called the attack a despicable and cowardly", CLINTON, NOBODY, ["11"], "111", "2000-10", None, True,
  "condemnation 111 of the unnamed bombers; no day: month")
E("ar04", "would find those responsible and hold them", CLINTON, NOBODY, ["13"], "130", "2000-10", None, False,
  "a vow to punish, put as an intention: optional")
E("ar04", "Defence Secretary William Cohen ordered American forces", A("William Cohen", "USA", ["GOV", "MIL"]), None,
  ["15"], "152", "2000-10", None, True, "raising military alert 152; no target; no day: month")
E("ar04", "President Ali Abdullah Saleh later agreed to", SALEH, A("FBI", "USA", ["COP", "GOV"]), ["06", "03", "08"],
  "063", "2000-10", None, True, "agreeing to a joint investigation: judicial cooperation 063; coders split between "
  "06, an agreement (03) and allowing outside involvement (08), so all three roots; 'later': month")
E("ar04", "whom Washington blames for the August 1998", A("United States", "USA", "GOV"), OBL, ["11"], "112", "2000-10",
  None, False, "a standing accusation in a relative clause: optional")
E("ar04", "whom Washington blames for the August 1998", OBL, A("U.S. embassies", "USA", "GOV"), ["18"], "183", "1998-08",
  P("Kenya", "KEN"), False, "the 1998 bombings, content of an accusation (alleged): optional; first member Kenya")
E("ar04", "helicopter gunships fired rockets at Palestinian police", A("Israeli military", "ISR", "MIL"),
  A("Palestinian police", "PSE", "COP"), ["19"], "195", "2000-10-12", P("Ramallah", "PSE"), True,
  "dated background ('hours after' the Thursday attack) with its own agent: air attack 195; 'in Ramallah'")
E("ar04", "following the killing of two Israeli reservists", A("Palestinian mob", "PSE", "CVL"),
  A("Israeli reservists", "ISR", "MIL"), ["18"], "180", "2000-10-12", P("Ramallah", "PSE"), False,
  "a noun event ('the killing ... by a mob there'): optional; 'there' = Ramallah")
F("ar04", "with a crew of about 300, had", "count and a background fact (refuelling stop)")
F("ar04", "It was not clear how the bombers", "speculation")

# ---------------------------------------------------------------- ar05 Pyongyang, Asia (North / South Korea)
S("ar05", "2000-06-15", "Asia", """
Kims sign pact at first Korean summit; northern leader agrees to visit Seoul

PYONGYANG, North Korea —

The leaders of North and South Korea signed a joint declaration here late on Wednesday, pledging to work toward reunification and to let families separated by the Korean War meet by Aug. 15.

Kim Jong Il accepted an invitation from President Kim Dae-jung to visit Seoul at a time of his choosing, the South's chief spokesman said. The two men also promised to expand trade and investment across the border.

Kim Dae-jung held more than three hours of talks with Kim Jong Il on Wednesday before the signing, officials said.

The northern leader had surprised the southern delegation by greeting his guest in person at Pyongyang's airport on Tuesday, and the pair rode into the city together past cheering crowds.

The White House welcomed the agreement and said Washington would consider easing its economic sanctions on the North.

The meeting came a year after South Korean warships sank a North Korean torpedo boat in a gun battle over crab fishing grounds in the Yellow Sea.

About 37,000 American troops are stationed in the South under a defence treaty.

It was not clear when the northern leader would make the trip to Seoul.
""")
KJI = A("Kim Jong Il", "PRK", "GOV")
KDJ = A("Kim Dae-jung", "KOR", "GOV")
E("ar05", "Kims sign pact at first Korean summit", KJI, KDJ, AGREE, "057", "2000-06-14", None, False, "headline")
E("ar05", "northern leader agrees to visit Seoul", KJI, KDJ, ["03"], "036", "2000-06", None, False, "headline")
E("ar05", "signed a joint declaration here late on", KJI, KDJ, AGREE, "057", "2000-06-14", P("Pyongyang", "PRK"), True,
  "signed agreement 057 (05/03/08); 'The leaders of North and South Korea': the North is mentioned first; 'late on "
  "Wednesday' before a Thursday paper; 'here' = Pyongyang")
E("ar05", "signed a joint declaration here late on", KDJ, KJI, AGREE, "057", "2000-06-14", P("Pyongyang", "PRK"), False,
  "reverse direction: optional")
E("ar05", "Kim Jong Il accepted an invitation from", KJI, KDJ, ["03"], "036", "2000-06", None, True,
  "accepting an invitation to visit 036 (as owned35 ai06); no day: month")
E("ar05", "The two men also promised to expand", KDJ, KJI, ["03"], "031", "2000-06", None, False,
  "part of the declaration restated (intent to cooperate economically 031): optional")
E("ar05", "held more than three hours of talks", KDJ, KJI, ["04"], "046", "2000-06-14", None, True,
  "talks 046 (04); 'on Wednesday'; 'here' is not in this sentence, so no place")
E("ar05", "held more than three hours of talks", KJI, KDJ, ["04"], "046", "2000-06-14", None, False,
  "reverse direction: optional")
E("ar05", "by greeting his guest in person at", KJI, KDJ, ["04"], "043", "2000-06-13", P("Pyongyang", "PRK"), True,
  "hosting/receiving a visitor 043; 'The northern leader' = Kim Jong Il, 'his guest' = Kim Dae-jung; 'on Tuesday' "
  "(dated background, pluperfect); 'at Pyongyang's airport' names the place")
E("ar05", "The White House welcomed the agreement and", A("White House", "USA", "GOV"), A("North and South Korea", "PRK", None),
  ["05"], "051", "2000-06", None, False, "single outside reaction: optional")
E("ar05", "said Washington would consider easing its economic", A("White House", "USA", "GOV"), A("North Korea", "PRK", "GOV"),
  ["03"], "0354", "2000-06", None, False, "intention to ease sanctions put as 'would consider': optional")
E("ar05", "South Korean warships sank a North Korean", A("South Korean navy", "KOR", "MIL"),
  A("North Korean navy", "PRK", "MIL"), ["19"], "190", "1999-06", None, True,
  "naval clash 190, dated background with its own agent ('a year after' a June 2000 meeting: 1999-06); the Yellow "
  "Sea has no country code, so no place")
F("ar05", "About 37,000 American troops are stationed in", "count and standing situation")
F("ar05", "It was not clear when the northern", "speculation")

# ---------------------------------------------------------------- ar06 Kuta, Asia (Indonesia / Australia)
S("ar06", "2002-10-14", "Asia", """
Nightclub bombings kill more than 180 on Bali; Australia presses Jakarta to act

KUTA, Indonesia —

Bombs tore through two crowded nightclubs in this resort town late on Saturday, killing more than 180 people, many of them Australian tourists, in the deadliest attack in Indonesia's history.

A smaller bomb exploded near the U.S. consulate in the island's capital, Denpasar, at about the same time, causing no injuries.

President Megawati Sukarnoputri, who toured the wreckage on Sunday, condemned the bombings as a warning that terrorism was a real threat to the nation.

Australian Prime Minister John Howard called the attack brutal and cowardly, and military transport planes flew dozens of the wounded to hospitals in Darwin.

Foreign Minister Alexander Downer urged Jakarta to crack down on militant groups it had long tolerated.

Indonesian Defence Minister Matori Abdul Djalil said on Monday he believed al-Qaeda was behind the attack, working with local militants.

Abu Bakar Bashir, the Muslim cleric whom Western governments accuse of leading the Jemaah Islamiyah network, denied any part in the bombings and said the United States was trying to discredit Islam.

Investigators are also re-examining bombings of churches on Christmas Eve 2000, which killed 19 people in several Indonesian cities.

Bali, a mainly Hindu island, drew more than a million foreign visitors last year.

It was not clear whether the bombers had meant to strike Westerners in particular.
""")
VICTIMS = A("nightclub patrons", None, "CVL")
IDNGOV = A("Indonesia's government", "IDN", "GOV")
E("ar06", "Nightclub bombings kill more than 180 on", NOBODY, VICTIMS, ["18"], "183", "2002-10-12", P("Bali", "IDN"), False,
  "headline")
E("ar06", "Australia presses Jakarta to act", A("Australia", "AUS", "GOV"), IDNGOV, DEMAND, "1042", "2002-10", None, False,
  "headline")
E("ar06", "Bombs tore through two crowded nightclubs in", NOBODY, VICTIMS, ["18"], "183", "2002-10-12",
  P("Kuta", "IDN"), True, "bombing 183 by unnamed bombers (null/null); victims of several nationalities, country "
  "null; 'late on Saturday' before a Monday paper; 'this resort town' with the dateline = Kuta")
E("ar06", "A smaller bomb exploded near the U.S.", NOBODY, A("U.S. consulate", "USA", "GOV"), ["18"], "183", "2002-10-12",
  P("Denpasar", "IDN"), False, "agentless, no damage, target only by location: optional")
E("ar06", "condemned the bombings as a warning that", A("Megawati Sukarnoputri", "IDN", "GOV"), NOBODY, ["11"], "111",
  "2002-10", None, True, "condemnation 111; the relative 'who toured the wreckage on Sunday' is a visit inside her "
  "own country, no event; main clause has no day: month")
E("ar06", "called the attack brutal and cowardly, and", A("John Howard", "AUS", "GOV"), NOBODY, ["11"], "111", "2002-10",
  None, False, "outside reaction: optional")
E("ar06", "military transport planes flew dozens of the", A("Australian military", "AUS", "MIL"),
  A("wounded tourists", None, "CVL"), ["07"], "073", "2002-10", None, False,
  "medical evacuation as humanitarian aid 073; whose planes is implied (the Australian clause): optional; Darwin "
  "is a destination")
E("ar06", "Foreign Minister Alexander Downer urged Jakarta to", A("Alexander Downer", "AUS", "GOV"), IDNGOV, DEMAND, "1042",
  "2002-10", None, True, "demand for a policy change 1042 (10/02); 'Jakarta' is the government, not a place; "
  "the relative 'it had long tolerated' is an implied criticism, not coded")
E("ar06", "said on Monday he believed al-Qaeda was", A("Matori Abdul Djalil", "IDN", ["GOV", "MIL"]),
  A("al-Qaeda", None, ["RAD", "REB"]), ["11"], "112", "2002-10-14", None, True,
  "accusation 112; 'on Monday' in a Monday paper")
E("ar06", "denied any part in the bombings and", A("Abu Bakar Bashir", "IDN", ["REL", "RAD"]), None, DENY, "016",
  "2002-10", None, True, "denial 016 (01/12); the accusers are 'Western governments' in a relative clause; target "
  "null; month")
E("ar06", "said the United States was trying to", A("Abu Bakar Bashir", "IDN", ["REL", "RAD"]),
  A("United States", "USA", "GOV"), ["11"], "112", "2002-10", None, False, "counter-accusation, second verb: optional")
E("ar06", "bombings of churches on Christmas Eve 2000,", NOBODY, A("Indonesian Christians", "IDN", ["REL", "CVL"]), ["18"],
  "183", "2000-12-24", None, True, "dated background bombings (noun event with a full date, killers unnamed: "
  "null/null); 'several Indonesian cities' names no place")
F("ar06", "Bali, a mainly Hindu island, drew more", "count and background fact")
F("ar06", "It was not clear whether the bombers", "speculation")

# ---------------------------------------------------------------- ar07 East Berlin, Europe/Eurasia (East Germany)
S("ar07", "1989-11-10", "Europe/Eurasia", """
East Germany throws open the Wall; Berliners dance on the border

EAST BERLIN, East Germany —

East Germany opened its borders on Thursday night, letting its citizens travel freely to the West for the first time since the Berlin Wall went up in 1961, and tens of thousands streamed through the checkpoints into West Berlin.

Guenter Schabowski, a member of the ruling Politburo, announced the new rules at an evening news conference, saying East Germans could cross at any border point without giving a reason.

At the Bornholmer Strasse crossing, guards overwhelmed by the crowds raised the barriers shortly before midnight. Strangers embraced, and West Berliners climbed onto the Wall at the Brandenburg Gate with bottles of champagne.

The decision capped a month of upheaval. Hundreds of thousands of people marched through Leipzig on Monday to demand free elections, and the entire cabinet resigned on Tuesday. The Politburo stepped down a day later.

West German Chancellor Helmut Kohl broke off a visit to Poland and was expected in Berlin on Friday. In Washington, President George Bush said he was very pleased by the news.

More than 200,000 East Germans have left for the West this year, most of them through Hungary and Czechoslovakia.

It was not clear whether the border would stay open around the clock.
""")
DDRGOV = A("East Germany's government", "DDR", "GOV")
DDRCVL = A("East German citizens", "DDR", "CVL")
E("ar07", "East Germany throws open the Wall; Berliners", DDRGOV, DDRCVL, ["08"], "081", "1989-11-09", None, False,
  "headline. Country codes: East Germany is DDR (its ISO 3166 code until 1990), West Germany DEU")
E("ar07", "East Germany opened its borders on Thursday", DDRGOV, DDRCVL, ["08"], "081", "1989-11-09", None, True,
  "lifting travel restrictions: easing administrative sanctions 081 (CONCEDE); 'on Thursday night' before a Friday "
  "paper; 'since the Berlin Wall went up in 1961' has no agent, not coded; West Berlin is a destination")
E("ar07", "announced the new rules at an evening", A("Guenter Schabowski", "DDR", ["GOV", "PTY"]), DDRCVL, ["08"], "081",
  "1989-11", None, False, "the announcement restates the opening: optional")
E("ar07", "guards overwhelmed by the crowds raised the", A("East German border guards", "DDR", ["MIL", "COP"]), DDRCVL,
  ["08"], "081", "1989-11", None, False, "guards letting the crowds through, part of the same opening: optional")
E("ar07", "Hundreds of thousands of people marched through", DDRCVL, DDRGOV, ["14"], "1411", "1989-11-06", P("Leipzig", "DDR"), True,
  "demonstration 141 for free elections (1411); 'on Monday' before a Friday paper = Nov. 6; 'through Leipzig'")
E("ar07", "the entire cabinet resigned on Tuesday", A("East German cabinet", "DDR", "GOV"), DDRCVL, ["08"], "0831",
  "1989-11-07", None, True, "resignation under protest pressure 0831 with the protesters as implied target (news-dev "
  "d09); 'on Tuesday' = Nov. 7")
E("ar07", "The Politburo stepped down a day later.", A("East German Politburo", "DDR", ["GOV", "PTY"]), DDRCVL, ["08"],
  "0831", "1989-11-08", None, True, "second resignation, its own sentence and agent; 'a day later' = Nov. 8")
E("ar07", "broke off a visit to Poland and", A("Helmut Kohl", "DEU", "GOV"), A("Poland", "POL", "GOV"), ["04"], "042",
  "1989-11", None, False, "the visit (042) broken off: optional; Berlin is a destination")
E("ar07", "President George Bush said he was very", A("George Bush", "USA", "GOV"), DDRGOV, ["05"], "051", "1989-11",
  P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is where he spoke")
F("ar07", "More than 200,000 East Germans have left", "count of emigrants, a standing trend")
F("ar07", "It was not clear whether the border", "speculation")

# ---------------------------------------------------------------- ar08 Beslan, Europe/Eurasia (Russia)
S("ar08", "2004-09-04", "Europe/Eurasia", """
Beslan school siege ends in carnage as Russian troops storm building

BESLAN, Russia —

Russian special forces stormed a school here on Friday after explosions ripped through a gymnasium packed with hostages, ending a 52-hour siege in which more than 320 people, about half of them children, were killed, officials said on Saturday.

The gunmen, who seized more than 1,100 children, parents and teachers on the first day of the school year on Wednesday, had demanded that Moscow pull its troops out of Chechnya and free fighters jailed after raids in neighbouring Ingushetia in June.

On Thursday the hostage-takers released 26 women and babies after talks with Ruslan Aushev, a former president of Ingushetia.

President Vladimir Putin flew to Beslan before dawn on Saturday, visited wounded children in hospital and ordered the borders of North Ossetia sealed while security forces hunted for gunmen who had escaped.

Officials said 27 of the attackers had been killed. Residents said armed local men had joined the battle alongside the troops.

Akhmed Zakayev, the London-based envoy of Chechen separatist leader Aslan Maskhadov, denied that Maskhadov's forces had any part in the seizure and condemned it.

The death toll was expected to rise, as dozens of people were still missing.

It was not clear how many of the gunmen had escaped.
""")
RUSSF = A("Russian special forces", "RUS", ["MIL", "COP"])
GUNMEN = A("hostage-takers", None, None)
HOST = A("Beslan school hostages", "RUS", "CVL")
E("ar08", "Beslan school siege ends in carnage as", RUSSF, GUNMEN, ["19", "17"], "190", "2004-09-03", P("Beslan", "RUS"),
  False, "headline")
E("ar08", "Russian special forces stormed a school here", RUSSF, GUNMEN, ["19", "17"], "190", "2004-09-03",
  P("Beslan", "RUS"), True, "storming 190 (19/17); the gunmen are unnamed, null/null (news-dev); 'on Friday' in a "
  "Saturday paper; 'here' = Beslan")
E("ar08", "who seized more than 1,100 children, parents", GUNMEN, HOST, ["18"], "181", "2004-09-01", None, True,
  "hostage-taking 181, dated background in a relative clause with its own agent; 'on Wednesday' = Sept. 1")
E("ar08", "had demanded that Moscow pull its troops", GUNMEN, A("Russia's government", "RUS", "GOV"), DEMAND, "1056",
  "2004-09", None, True, "demand for withdrawal 1056 (10/02); 'Moscow' is the government; undated pluperfect: month; "
  "the June Ingushetia raids are agentless nouns, not coded")
E("ar08", "the hostage-takers released 26 women and babies", GUNMEN, HOST, ["08"], "084", "2004-09-02", None, True,
  "release of hostages 084; 'On Thursday'")
E("ar08", "after talks with Ruslan Aushev, a former", A("Ruslan Aushev", "RUS", ["GOV", "ELI"]), GUNMEN, ["04"], "046",
  "2004-09-02", None, False, "talks as a noun inside an 'after' phrase without their own verb: optional")
E("ar08", "ordered the borders of North Ossetia sealed", A("Vladimir Putin", "RUS", "GOV"), None, ["17", "16"], "172",
  "2004-09-04", None, False, "sealing a region's borders: coders split (17/16), no target: optional; Beslan is "
  "his destination, not the place of the order")
E("ar08", "Residents said armed local men had joined", A("armed Beslan residents", "RUS", "CVL"), GUNMEN, ["19"], "190",
  "2004-09", None, False, "residents' account: optional")
E("ar08", "denied that Maskhadov's forces had any part", A("Akhmed Zakayev", "RUS", ["REB", "OPP"]), None, DENY, "016",
  "2004-09", None, True, "denial 016 (01/12); Chechen separatists coded RUS/REB; no day: month")
E("ar08", "denied that Maskhadov's forces had any part", A("Akhmed Zakayev", "RUS", ["REB", "OPP"]), GUNMEN, ["11"], "111",
  "2004-09", None, False, "'and condemned it', second verb in the same sentence: optional")
F("ar08", "The death toll was expected to rise,", "count and expectation")
F("ar08", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- ar09 Mexico City, Americas (El Salvador)
S("ar09", "1992-01-17", "Americas", """
El Salvador and rebels sign peace pact in Mexico, ending 12-year war

MEXICO CITY, Mexico —

El Salvador's government and leftist guerrillas signed a peace treaty here on Thursday to end a civil war that has killed about 75,000 people in 12 years.

President Alfredo Cristiani and five commanders of the Farabundo Marti National Liberation Front put their names to the accord at Chapultepec Castle, in a ceremony presided over by U.N. Secretary-General Boutros Boutros-Ghali.

Under the accord, a ceasefire is to take effect on Feb. 1, the army will be cut by half, and the rebels will hand in their weapons by the end of October and become a political party.

Negotiators for the two sides reached the agreement at U.N. headquarters in New York minutes before midnight on Dec. 31, in talks brokered by Javier Perez de Cuellar on his last day as secretary-general.

Secretary of State James Baker, who attended the signing, pledged American help in rebuilding the country's roads, bridges and power lines.

The guerrillas launched the biggest offensive of the war in November 1989, fighting their way into wealthy districts of the capital, San Salvador, before the army drove them back with air strikes.

In San Salvador, thousands of rebel supporters filled the cathedral square to celebrate.

About 1,000 U.N. observers will monitor the ceasefire.

It was not clear how quickly the army would purge officers accused of abuses.
""")
SLVGOV = A("El Salvador's government", "SLV", "GOV")
FMLN = A("Farabundo Marti National Liberation Front", "SLV", "REB")
E("ar09", "El Salvador and rebels sign peace pact", SLVGOV, FMLN, AGREE, "057", "1992-01-16", None, False, "headline")
E("ar09", "signed a peace treaty here on Thursday", SLVGOV, FMLN, AGREE, "057", "1992-01-16", P("Mexico City", "MEX"),
  True, "signed agreement 057 (05/03/08); compound subject, the government mentioned first; 'here' = Mexico City")
E("ar09", "signed a peace treaty here on Thursday", FMLN, SLVGOV, AGREE, "057", "1992-01-16", P("Mexico City", "MEX"),
  False, "reverse direction: optional")
E("ar09", "put their names to the accord at", A("Alfredo Cristiani", "SLV", "GOV"), FMLN, AGREE, "057", "1992-01",
  None, False, "restatement of the signing: optional; Chapultepec Castle is in the dateline city but the clause "
  "does not name the city")
E("ar09", "in a ceremony presided over by U.N.", A("Boutros Boutros-Ghali", "UNO", "IGO"), SLVGOV, ["04"], "045",
  "1992-01", None, False, "mediation/presiding 045, a noun phrase: optional")
E("ar09", "reached the agreement at U.N. headquarters in", SLVGOV, FMLN, AGREE, "030", "1991-12-31", P("New York", "USA"),
  True, "dated background agreement ('on Dec. 31', the year before publication); 'Negotiators for the two sides': "
  "source the first-mentioned side of the story; 'in New York' names the place")
E("ar09", "reached the agreement at U.N. headquarters in", FMLN, SLVGOV, AGREE, "030", "1991-12-31", P("New York", "USA"),
  False, "reverse direction: optional")
E("ar09", "in talks brokered by Javier Perez de", A("Javier Perez de Cuellar", "UNO", "IGO"), SLVGOV, ["04"], "045",
  "1991-12-31", P("New York", "USA"), False, "mediation 045 as a noun phrase: optional")
E("ar09", "pledged American help in rebuilding the country's", A("James Baker", "USA", "GOV"), SLVGOV, ["03"], "0331",
  "1992-01", None, True, "promise of economic aid 0331 (03); 'who attended the signing' is a relative, not coded; "
  "no day: month")
E("ar09", "The guerrillas launched the biggest offensive of", FMLN, SLVGOV, ["19"], "190", "1989-11",
  P("San Salvador", "SLV"), True, "dated background offensive 190; 'the capital, San Salvador' names the place")
E("ar09", "before the army drove them back with", A("Salvadoran army", "SLV", "MIL"), FMLN, ["19"], "195", "1989-11",
  P("San Salvador", "SLV"), False, "second clause of the background sentence: optional")
F("ar09", "About 1,000 U.N. observers will monitor the", "count, future arrangement")
F("ar09", "It was not clear how quickly the", "speculation")

# ---------------------------------------------------------------- ar10 Port-au-Prince, Americas (Haiti)
S("ar10", "1986-02-08", "Americas", """
Duvalier flees Haiti on U.S. plane; army-led council takes over

PORT-AU-PRINCE, Haiti —

President-for-Life Jean-Claude Duvalier fled Haiti before dawn on Friday aboard a U.S. Air Force jet, ending nearly 29 years of rule by his family, and an army-led council took power.

Lt. Gen. Henri Namphy, the army chief of staff, heads the six-member National Council of Government. The council dissolved the Volunteers for National Security, the militia known as the Tontons Macoutes, and ordered the release of political prisoners.

Crowds poured into the streets of the capital, and some hunted down members of the militia, beating and stoning several to death.

The French government said it had agreed to take Duvalier in for up to eight days while another country was found. He landed at Grenoble with his wife and aides.

Washington, which cut off most of its aid to Haiti last month over human rights abuses, said it had provided the plane at Duvalier's request.

The unrest began in November, when soldiers shot dead three schoolboys during a protest in the northern town of Gonaives.

Namphy appealed for calm on national radio and urged Haitians not to take the law into their own hands.

Duvalier, 34, inherited the presidency at 19 when his father died in 1971.

It was not clear where he would settle for good.
""")
CNG = A("National Council of Government", "HTI", ["GOV", "MIL"])
DUV = A("Jean-Claude Duvalier", "HTI", "GOV")
MACOUTES = A("Tontons Macoutes militia", "HTI", ["MIL", "GOV"])
E("ar10", "army-led council takes over", CNG, DUV, COUP, "172", "1986-02-07", None, False,
  "headline; a takeover after the president's flight (17/19, coders split)")
E("ar10", "and an army-led council took power", CNG, DUV, COUP, "172", "1986-02-07", None, False,
  "takeover after the flight, no force told: optional; the flight itself has no CAMEO code")
E("ar10", "The council dissolved the Volunteers for National", CNG, MACOUTES, ["08", "17"], "0873", "1986-02", None, True,
  "disbanding the militia: demobilising an armed force 0873 (coders may read a ban 172, so 08/17); no day: month")
E("ar10", "ordered the release of political prisoners", CNG, A("Haitian political prisoners", "HTI", ["CVL", "OPP"]),
  ["08"], "0841", "1986-02", None, True, "release 0841; second verb with its own object: required")
E("ar10", "some hunted down members of the militia", A("Haitian crowds", "HTI", "CVL"), MACOUTES, ["18"], "1823", "1986-02",
  P("Port-au-Prince", "HTI"), True, "killing by beating and stoning 1823; 'the capital' with the dateline = "
  "Port-au-Prince; no day in the sentence: month")
E("ar10", "said it had agreed to take Duvalier", A("France", "FRA", "GOV"), DUV, ["07"], "075", "1986-02", None, True,
  "temporary asylum 075; Grenoble is where he landed, in the next sentence")
E("ar10", "which cut off most of its aid", A("United States", "USA", "GOV"), A("Haiti's government", "HTI", "GOV"), SANCT,
  "162", "1986-01", None, True, "dated background in a relative clause with its own agent ('last month' = Jan. "
  "1986): cutting aid 162 (16/17)")
E("ar10", "said it had provided the plane at", A("United States", "USA", "GOV"), DUV, ["07"], "070", "1986-02", None, False,
  "providing transport at his request: coders split (aid 07 or nothing): optional")
E("ar10", "when soldiers shot dead three schoolboys during", A("Haitian soldiers", "HTI", "MIL"),
  A("Haitian protesters", "HTI", "CVL"), REPR, "175", "1985-11", P("Gonaives", "HTI"), True,
  "live fire on protesters 175 (17/18), dated background ('in November, when'); unnamed soldiers are Haiti's; "
  "'the northern town of Gonaives'")
E("ar10", "Namphy appealed for calm on national radio", A("Henri Namphy", "HTI", ["MIL", "GOV"]),
  A("Haitian citizens", "HTI", "CVL"), DEMAND, "1052", "1986-02", None, False,
  "appeal for calm 1052 (10/02) to his own citizens: optional")
F("ar10", "inherited the presidency at 19 when his", "background fact: a succession and a death, no CAMEO event")
F("ar10", "It was not clear where he would", "speculation")

# ---------------------------------------------------------------- ar11 New Delhi, South Asia (India)
S("ar11", "1991-05-22", "South Asia", """
Rajiv Gandhi killed by bomb at election rally; India postpones voting

NEW DELHI, India —

Former Prime Minister Rajiv Gandhi was killed on Tuesday night when a bomb exploded as he greeted supporters at an election rally in Sriperumbudur, a town near Madras, police said.

At least 14 other people died in the blast. Police said it appeared to have been set off by a woman who approached Gandhi with a garland of flowers and bent to touch his feet.

The Election Commission postponed the remaining two rounds of the general election until the middle of June.

Congress party supporters went on the rampage in New Delhi, Bombay and other cities on Wednesday, burning buses and attacking the offices of opposition parties, and the army was called out in parts of the capital.

Gandhi, whose mother, Indira, was shot dead by her Sikh bodyguards in 1984, succeeded her as prime minister and led the country for five years.

Suspicion fell on Sri Lanka's Tamil Tiger rebels, who fought the peace force Gandhi sent to the island in 1987. A spokesman for the Tigers in London denied any involvement.

Acting Prime Minister Chandra Shekhar declared a week of national mourning and appealed for calm.

Gandhi's Congress party had been expected to emerge as the largest party in the new parliament.

More than 500 million people are eligible to vote in the election.
""")
RAJIV = A("Rajiv Gandhi", "IND", ["OPP", "PTY"])
CONG = A("Congress party supporters", "IND", ["PTY", "CVL"])
LTTE = A("Tamil Tigers", "LKA", "REB")
E("ar11", "Rajiv Gandhi killed by bomb at election", NOBODY, RAJIV, ["18"], "183", "1991-05-21", None, False, "headline")
E("ar11", "when a bomb exploded as he greeted", NOBODY, RAJIV, ["18"], "183", "1991-05-21", P("Sriperumbudur", "IND"), True,
  "bombing 183 (killing of a leader; 186 would also be read, root 18 either way); bomber unnamed: null/null; "
  "'on Tuesday night' before a Wednesday paper; 'in Sriperumbudur, a town near Madras'")
E("ar11", "appeared to have been set off by", A("unidentified woman bomber", None, None), RAJIV, ["18"], "1831",
  "1991-05-21", None, False, "police account of the bomber, put as 'appeared': optional")
E("ar11", "Congress party supporters went on the rampage", CONG, A("Indian opposition parties", "IND", ["OPP", "PTY"]),
  VPROT, "145", "1991-05-22", P("New Delhi", "IND"), True, "riots 145 (14/18/17); 'on Wednesday' in a Wednesday "
  "paper; first of the listed cities")
E("ar11", "the army was called out in parts", A("Indian army", "IND", "MIL"), CONG, ["15"], "150", "1991-05-22",
  P("New Delhi", "IND"), False, "agentless passive deployment: optional; 'the capital' with the dateline")
E("ar11", "was shot dead by her Sikh bodyguards", A("Indira Gandhi's Sikh bodyguards", "IND", ["COP", "GOV"]),
  A("Indira Gandhi", "IND", "GOV"), ["18"], "186", "1984", None, True,
  "dated background assassination inside a relative clause, passive with agent ('in 1984')")
E("ar11", "who fought the peace force Gandhi sent", LTTE, A("Indian peacekeeping force", "IND", "MIL"), ["19"], "190",
  "1987", None, False, "the Tigers' war with the Indian force, undated span: optional")
E("ar11", "who fought the peace force Gandhi sent", A("Rajiv Gandhi", "IND", "GOV"), A("Sri Lanka", "LKA", None),
  ["07", "15"], "074", "1987", None, True, "dated background with its own agent ('Gandhi sent ... in 1987'): "
  "peacekeeping deployment 074 (07/15); 'the island' is a destination")
E("ar11", "A spokesman for the Tigers in London", LTTE, None, DENY, "016", "1991-05", None, True,
  "denial 016 (01/12); 'Suspicion fell on' has no agent, so no target; London is where the office is, not coded as "
  "place; no day: month")
E("ar11", "declared a week of national mourning and", A("Chandra Shekhar", "IND", "GOV"), A("Indian citizens", "IND", "CVL"),
  DEMAND, "1052", "1991-05", None, False, "appeal for calm 1052 to his own people: optional")
F("ar11", "had been expected to emerge as the", "speculation / expectation")
F("ar11", "More than 500 million people are eligible", "count")

# ---------------------------------------------------------------- ar12 Auckland, Pacific (New Zealand / France)
S("ar12", "1985-07-25", "Pacific", """
New Zealand charges two 'Swiss tourists' with murder over sinking of Greenpeace ship

AUCKLAND, New Zealand —

A man and a woman travelling on Swiss passports were charged with murder here on Wednesday over the bombing of the Greenpeace flagship Rainbow Warrior, which sank at its berth this month.

Two explosions tore holes in the ship's hull shortly before midnight on July 10 as it lay at Marsden Wharf, where it was preparing to lead a flotilla of protest boats to France's nuclear test site at Mururoa Atoll. Fernando Pereira, a photographer, drowned in the flooded engine room.

Police detained the pair on July 12 when they returned a rented camper van that witnesses had seen near the harbour on the night of the attack.

Prime Minister David Lange called the bombing a criminal act with political overtones and said New Zealand would pursue those responsible wherever they were.

Greenpeace has accused the French secret service of sinking the ship to stop the protest, a charge the government in Paris has rejected as absurd.

New Zealand police have asked their Australian counterparts to question the crew of a chartered yacht that left Auckland before the bombing and later docked at Norfolk Island.

France has carried out more than 100 nuclear tests at Mururoa since 1966.

It was not clear whether the two suspects had acted on anyone's orders.
""")
NZLCOP = A("New Zealand police", "NZL", "COP")
PAIR = A("the two suspects travelling on Swiss passports", None, None)
GP = A("Greenpeace", None, "NGO")
E("ar12", "New Zealand charges two 'Swiss tourists' with", NZLCOP, PAIR, ["17"], "173", "1985-07-24", None, False,
  "headline")
E("ar12", "were charged with murder here on Wednesday", NZLCOP, PAIR, ["17"], "173", "1985-07-24", P("Auckland", "NZL"),
  True, "charging 173; agentless passive, the charging police are New Zealand's; the suspects' nationality is not "
  "asserted (only their passports): null/null, like news-dev's Haitian suspects; 'here' = Auckland; 'on Wednesday' "
  "before a Thursday paper")
E("ar12", "Two explosions tore holes in the ship's", NOBODY, GP, ["18"], "183", "1985-07-10", P("Auckland", "NZL"), True,
  "bombing 183, bombers unnamed (null/null); 'on July 10'; Marsden Wharf is in the dateline city, named in the "
  "clause; the planned protest voyage is not coded (Mururoa is a destination)")
E("ar12", "Police detained the pair on July 12", NZLCOP, PAIR, ["17"], "173", "1985-07-12", None, True,
  "arrest 173, dated; 'the harbour' names no city")
E("ar12", "called the bombing a criminal act with", A("David Lange", "NZL", "GOV"), NOBODY, ["11"], "111", "1985-07", None,
  True, "condemnation 111 of the unnamed bombers; month")
E("ar12", "said New Zealand would pursue those responsible", A("David Lange", "NZL", "GOV"), NOBODY, ["13"], "130", "1985-07",
  None, False, "vow put as an intention: optional")
E("ar12", "Greenpeace has accused the French secret service", GP, A("French secret service", "FRA", "SPY"), ["11"], "112",
  "1985-07", None, True, "accusation 112, present perfect: month; the sinking is its content (alleged), not coded")
E("ar12", "a charge the government in Paris has", A("France's government", "FRA", "GOV"), GP, DENY, "016", "1985-07", None,
  True, "rejecting an accusation: denial 016 (01/12), a noun-headed relative ('a charge the government ... has "
  "rejected'); Paris stands for the government, not a place")
E("ar12", "New Zealand police have asked their Australian", NZLCOP, A("Australian police", "AUS", "COP"), ["02", "10"],
  "0213", "1985-07", None, False, "request for judicial cooperation 0213 (02/10): optional (an investigative step)")
F("ar12", "France has carried out more than 100", "count and standing situation")
F("ar12", "It was not clear whether the two", "speculation")

if __name__ == "__main__":
    write(HERE)
