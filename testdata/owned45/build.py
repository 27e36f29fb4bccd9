#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned45 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned45/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIGHT = ["19", "18"]

# ---------------------------------------------------------------- at01 Banjul, Africa (Gambia)
S("at01", "1994-07-24", "Africa", """
Gambian soldiers seize power; Jawara takes refuge on U.S. warship

BANJUL, Gambia —

Junior army officers seized power in Gambia on Friday in a bloodless coup, ending nearly three decades of rule by President Dawda Jawara.

Soldiers led by Lt. Yahya Jammeh, a 29-year-old military police officer, took over the airport, the radio station and government offices in the capital without meeting resistance.

Jawara fled to an American warship, the USS La Moure, which was on a visit to Banjul, and was carried to neighbouring Senegal on Saturday, U.S. officials said.

In a broadcast on state radio, Jammeh said the army had dissolved the government and suspended the constitution. He accused Jawara's ministers of corruption and banned all political activity until further notice.

The soldiers imposed a dusk-to-dawn curfew on the capital and closed the land border with Senegal.

Washington suspended its aid to the West African country on Saturday and demanded a swift return to civilian rule. Britain, the former colonial power, said it deplored the takeover.

Jawara, who led Gambia to independence from Britain in 1965, had survived an earlier coup attempt in 1981, when Senegalese troops crushed a rebellion by leftist plotters.

Gambia, a sliver of land along the Gambia River, has about a million people and depends on peanut exports and tourism.

It was not clear whether the young officers had the backing of the whole army.
""")
GMBMIL = A("Gambian army officers", "GMB", "MIL")
JAMMEH = A("Yahya Jammeh", "GMB", "MIL")
JAWARA = A("Dawda Jawara", "GMB", "GOV")
JUNTA = A("Gambia's military rulers", "GMB", ["MIL", "GOV"])
E("at01", "Gambian soldiers seize power; Jawara takes refuge", GMBMIL, JAWARA, COUP, "170", "1994-07", None, False,
  "headline")
E("at01", "Junior army officers seized power in Gambia", GMBMIL, JAWARA, COUP, "170", "1994-07-22", None, True,
  "coup (17/19 as news-dev's coups; CAMEO has no code of its own for a takeover); 'on Friday' before a Sunday paper; "
  "'in Gambia' is the country, not a place; target the president whose rule it ended")
E("at01", "took over the airport, the radio station", GMBMIL, A("Gambia's government", "GMB", "GOV"), COUP, "170",
  "1994-07", P("Banjul", "GMB"), False,
  "detail of the same takeover (restatement): optional; 'in the capital' with the Banjul dateline is Banjul")
E("at01", "Jawara fled to an American warship, the", A("U.S. Navy", "USA", "MIL"), JAWARA, ["07"], "075", "1994-07",
  None, False, "refuge on a U.S. ship is asylum only by implication (075), Jawara is the grammatical subject: optional")
E("at01", "said the army had dissolved the government", JAMMEH, A("Gambia's government", "GMB", "GOV"), COUP, "170",
  "1994-07", None, False, "the takeover restated in the broadcast: optional")
E("at01", "He accused Jawara's ministers of corruption and", JAMMEH, A("Jawara's ministers", "GMB", "GOV"), ["11"],
  "112", "1994-07", None, True, "accusation 112; 'He' refers back to Jammeh; no day of its own: month")
E("at01", "banned all political activity until further notice", JAMMEH, A("Gambian political parties", "GMB", "PTY"),
  ["17"], "1722", "1994-07", None, True,
  "ban on political activity 1722 (ban parties and politicians); second verb of the sentence but a distinct act; "
  "month")
E("at01", "The soldiers imposed a dusk-to-dawn curfew on", GMBMIL, A("Gambian civilians", "GMB", "CVL"), ["17"], "1723",
  "1994-07", P("Banjul", "GMB"), True, "curfew 1723; 'on the capital' = Banjul; month")
E("at01", "closed the land border with Senegal", GMBMIL, A("Senegal", "SEN", "GOV"), ["19", "17", "16"], "191",
  "1994-07", None, False, "border closure: coders split (191 restrict movement, 17, 16); second verb: optional")
E("at01", "Washington suspended its aid to the West", A("U.S. government", "USA", "GOV"), JUNTA, SANCT, "1621",
  "1994-07-23", None, True, "aid suspension 1621 (16/17); 'Washington' is the government; 'on Saturday' before a "
  "Sunday paper")
E("at01", "demanded a swift return to civilian rule", A("U.S. government", "USA", "GOV"), JUNTA, DEMAND, "104",
  "1994-07-23", None, False, "demand for a change of regime 104, second verb: optional")
E("at01", "Britain, the former colonial power, said it", A("British government", "GBR", "GOV"), JUNTA, ["11"], "111",
  "1994-07", None, False, "second outside reaction, a plain condemnation: optional")
E("at01", "when Senegalese troops crushed a rebellion by", A("Senegalese troops", "SEN", "MIL"),
  A("Gambian coup plotters", "GMB", ["REB", "MIL"]), ["19", "17", "15"], "190", "1981", None, True,
  "dated background in a 'when' clause with its own agent: required; force against rebels 190 (19/17/15: some "
  "coders code the intervention as a deployment); the plotters' nationality is Gambian by context")
E("at01", "had survived an earlier coup attempt in", A("Gambian coup plotters", "GMB", ["REB", "MIL"]), JAWARA, COUP,
  "170", "1981", None, False, "coup attempt with no agent in its own clause: optional")
F("at01", "Gambia, a sliver of land along the", "standing situation and counts")
F("at01", "It was not clear whether the young", "speculation")

# ---------------------------------------------------------------- at02 Harare, Africa (Zimbabwe / Equatorial Guinea)
S("at02", "2004-03-10", "Africa", """
Zimbabwe holds 67 suspected mercenaries as Equatorial Guinea alleges coup plot

HARARE, Zimbabwe —

Zimbabwean police impounded a cargo plane at Harare's international airport on Sunday and arrested the 67 men aboard, most of them South Africans, saying they were mercenaries on their way to overthrow the government of Equatorial Guinea.

Home Affairs Minister Kembo Mohadi said the Boeing 727, which had flown in from South Africa, was due to pick up weapons here. Among the men held was Simon Mann, a former British special forces officer.

In Malabo, security forces detained 15 more suspected mercenaries on Monday, among them a South African named Nick du Toit, accusing them of forming an advance party for the coup.

President Teodoro Obiang Nguema said foreign backers had financed the plot and accused Severo Moto, an opposition leader who lives in exile in Spain, of planning to take power with the mercenaries' help.

Moto denied any part in it. Spain's government also rejected suggestions that it had known of the plan.

A South African security company that recruited the men said they had been hired to guard a mine in Congo, not to topple anyone.

Zimbabwe said the men would be tried under its immigration, firearms and security laws.

Obiang, who seized power in a 1979 coup against his uncle, Francisco Macias Nguema, has since won a series of elections that his opponents say were rigged.

Equatorial Guinea has become one of sub-Saharan Africa's largest oil producers.

It was not clear who had paid for the aircraft.
""")
ZWECOP = A("Zimbabwean police", "ZWE", "COP")
MERCS = A("suspected mercenaries held in Harare", "ZAF", ["UAF", "CRM"])
MERCS2 = A("suspected mercenaries held in Malabo", None, ["UAF", "CRM"])
GNQG = A("Equatorial Guinea's government", "GNQ", "GOV")
OBIANG = A("Teodoro Obiang Nguema", "GNQ", "GOV")
MOTO = A("Severo Moto", "GNQ", ["OPP", "PTY"])
E("at02", "Zimbabwe holds 67 suspected mercenaries as Equatorial", A("Zimbabwe's government", "ZWE", "GOV"), MERCS,
  ["17"], "173", "2004-03", None, False, "headline")
E("at02", "Equatorial Guinea alleges coup plot", GNQG, MERCS, ["11"], "112", "2004-03", None, False, "headline")
E("at02", "arrested the 67 men aboard, most of", ZWECOP, MERCS, ["17"], "173", "2004-03-07", P("Harare", "ZWE"), True,
  "arrest 173; the impounding in the same clause is part of the act; 'at Harare's international airport' names the "
  "place; 'on Sunday' before a Wednesday paper; 'most of them South Africans' gives the country")
E("at02", "saying they were mercenaries on their way", ZWECOP, MERCS, ["11"], "112", "2004-03-07", None, False,
  "the charge in a participle: optional")
E("at02", "security forces detained 15 more suspected mercenaries", A("Equatorial Guinea's security forces", "GNQ",
  ["COP", "MIL"]), MERCS2, ["17"], "173", "2004-03-08", P("Malabo", "GNQ"), True,
  "arrest 173; 'In Malabo' names the place; unnamed security forces are those of the city's country (the text says "
  "Malabo), not the dateline's; 'on Monday' before a Wednesday paper; the group's nationality is not given: null")
E("at02", "accusing them of forming an advance party", A("Equatorial Guinea's security forces", "GNQ", ["COP", "MIL"]),
  MERCS2, ["11"], "112", "2004-03-08", None, False, "accusation in a participle: optional")
E("at02", "President Teodoro Obiang Nguema said foreign backers", OBIANG, MOTO, ["11"], "112", "2004-03", None, True,
  "accusation 112 against Moto (the second clause; 'foreign backers' are unnamed and not an actor); month")
E("at02", "Moto denied any part in it", MOTO, OBIANG, DENY, "016", "2004-03", None, True,
  "denial 016 (01/12); month")
E("at02", "Spain's government also rejected suggestions that it", A("Spanish government", "ESP", "GOV"), GNQG, DENY,
  "016", "2004-03", None, False, "denial of suggestions nobody in the text is said to have made: optional")
E("at02", "A South African security company that recruited", A("South African security company", "ZAF", "BUS"),
  A("Zimbabwe's government", "ZWE", "GOV"), DENY, "016", "2004-03", None, True,
  "denial 016 (01/12) of Zimbabwe's charge: the men were bound for a mine, 'not to topple anyone'; month")
E("at02", "Zimbabwe said the men would be tried", A("Zimbabwe's government", "ZWE", "GOV"), MERCS, ["17"], "173",
  "2004-03", None, False, "legal action put as a future: optional")
E("at02", "who seized power in a 1979 coup", A("Teodoro Obiang Nguema", "GNQ", ["MIL", "GOV"]), A("Francisco Macias Nguema", "GNQ", "GOV"), COUP, "170", "1979",
  None, True, "dated background in a relative clause with its own agent: required; coup 17/19; Obiang was an army "
  "officer then and is president now: MIL or GOV")
F("at02", "Equatorial Guinea has become one of sub-Saharan", "standing situation")
F("at02", "It was not clear who had paid", "speculation")

# ---------------------------------------------------------------- at03 Tehran, Middle East (Iran)
S("at03", "1999-07-13", "Middle East", """
Iranian police fire tear gas as student protests enter fifth day; Khamenei condemns dormitory raid

TEHRAN, Iran —

Riot police fired tear gas at thousands of students who marched from Tehran University towards the city centre on Monday, the fifth day of the biggest protests the Islamic Republic has seen.

Men in plain clothes, wielding clubs and chains, charged into the crowd and beat several students before officers separated the two sides.

The unrest began after police and members of Ansar-e Hezbollah, a hardline vigilante group, stormed a university dormitory before dawn on Friday, beating students and throwing some of them from windows. Students say at least one of their classmates was killed.

Students had gathered at the dormitory on Thursday night to protest against the closure of Salam, a popular reformist newspaper, by the Special Clerical Court on Wednesday.

In a speech on Monday, Supreme Leader Ayatollah Ali Khamenei condemned the dormitory raid as unacceptable and said it had broken his heart.

But he accused the United States of stirring up the unrest and warned that troublemakers would be dealt with firmly.

The students demanded the dismissal of the national police chief, Hedayat Lotfian, and the release of classmates detained since Friday.

President Mohammad Khatami, a reformist cleric, appealed for calm and said those responsible for the raid would be punished.

Nearly two-thirds of Iran's 62 million people are under 30.

It was unclear whether the protests would spread beyond the capital.
""")
IRNCOP = A("Iranian police", "IRN", "COP")
STUD = A("Iranian students", "IRN", ["EDU", "CVL"])
ANSAR = A("Ansar-e Hezbollah", "IRN", ["RAD", "CVL"])
KHAM = A("Ali Khamenei", "IRN", ["GOV", "REL"])
E("at03", "Iranian police fire tear gas as student", IRNCOP, STUD, REPR, "175", "1999-07", None, False, "headline")
E("at03", "Khamenei condemns dormitory raid", KHAM, IRNCOP, ["11"], "111", "1999-07", None, False, "headline")
E("at03", "Riot police fired tear gas at thousands", IRNCOP, STUD, REPR, "175", "1999-07-12", P("Tehran", "IRN"), True,
  "tear gas on marchers 175 (17/18); unnamed riot police are Iran's; 'from Tehran University towards the city "
  "centre' names Tehran; 'on Monday' before a Tuesday paper")
E("at03", "students who marched from Tehran University towards", STUD, A("Iran's government", "IRN", "GOV"), ["14"],
  "141", "1999-07-12", P("Tehran", "IRN"), False, "the march inside the object of the tear gas: optional")
E("at03", "Men in plain clothes, wielding clubs and", ANSAR, STUD, ["18", "17"], "182", "1999-07", None, True,
  "beating 182; the plain-clothes men are the vigilantes the next paragraph names (RAD/CVL); no day in the "
  "sentence: month")
E("at03", "police and members of Ansar-e Hezbollah, a", IRNCOP, STUD, ["18", "17"], "180", "1999-07-09", None, True,
  "dated background in an 'after' clause with its own agent: the raid on the dormitory (18/17); compound subject, "
  "first member required; 'before dawn on Friday' before a Tuesday paper; 'a university dormitory' names no city")
E("at03", "The unrest began after police and members", ANSAR, STUD, ["18", "17"], "180", "1999-07-09", None, False,
  "second member of the compound subject: optional")
E("at03", "Students say at least one of their", IRNCOP, STUD, ATTACK, "1823", "1999-07", None, False,
  "a killing inside the students' own account, agentless (source the first-named raiders): optional")
E("at03", "by the Special Clerical Court on Wednesday", A("Special Clerical Court", "IRN", ["JUD", "REL"]),
  A("Salam newspaper", "IRN", "MED"), ["17"], "1721", "1999-07-07", None, True,
  "a court closing a newspaper 1721 (restriction of political freedoms); dated background (Wednesday before a "
  "Tuesday paper) in a nominal with its own agent ('by the Special Clerical Court')")
E("at03", "Students had gathered at the dormitory on", STUD, A("Special Clerical Court", "IRN", ["JUD", "REL"]), ["14"],
  "141", "1999-07-08", None, False,
  "the Thursday-night protest, an infinitive of purpose ('to protest'): optional; dated 'on Thursday night'")
E("at03", "Khamenei condemned the dormitory raid as unacceptable", KHAM, IRNCOP, ["11"], "111", "1999-07-12", None,
  True, "condemnation 111; target the police who raided the dormitory (the first-named raiders); 'In a speech on "
  "Monday'")
E("at03", "But he accused the United States of", KHAM, A("U.S. government", "USA", "GOV"), ["11"], "112", "1999-07",
  None, True, "accusation 112; 'he' refers back to Khamenei; no day of its own: month")
E("at03", "warned that troublemakers would be dealt with", KHAM, STUD, ["13"], "130", "1999-07", None, False,
  "vague threat with an undefined target, second verb: optional")
E("at03", "The students demanded the dismissal of the", STUD, A("Iran's government", "IRN", "GOV"), DEMAND, "1041",
  "1999-07", None, True, "demand for an official's removal 1041 (10/02); month")
E("at03", "the release of classmates detained since Friday", STUD, A("Iran's government", "IRN", "GOV"), DEMAND, "1053",
  "1999-07", None, False, "second object of the demand (release 1053): optional")
E("at03", "appealed for calm and said those responsible", A("Mohammad Khatami", "IRN", "GOV"), ANSAR, ["13", "03"],
  "130", "1999-07", None, False,
  "a promise to punish the raiders: some code a threat 13, some a pledge 03; target implicit: optional")
F("at03", "Nearly two-thirds of Iran's 62 million people", "count")
F("at03", "It was unclear whether the protests would", "speculation")

# ---------------------------------------------------------------- at04 Ramallah, Middle East (Israel / Palestinians)
S("at04", "2002-03-30", "Middle East", """
Israeli tanks storm Arafat's Ramallah headquarters; Security Council calls for withdrawal

RAMALLAH, West Bank —

Israeli troops backed by tanks and bulldozers smashed into Yasser Arafat's headquarters here on Friday, confining the Palestinian leader to a handful of rooms, a day after Prime Minister Ariel Sharon declared him an enemy.

Palestinian security men inside the compound exchanged fire with the soldiers, and at least five Palestinians were killed, hospital officials said.

Speaking by telephone to an Arab television station from a darkened office, Arafat said Israel wanted him captured, exiled or dead, and vowed to die a martyr rather than surrender.

The offensive followed a suicide attack on Wednesday in which a Hamas bomber killed 22 Israelis at a Passover meal in a hotel in the coastal city of Netanya.

Sharon's cabinet, meeting overnight, called up thousands of reservists and ordered the army to isolate Arafat, whom it accuses of encouraging the attacks.

Early on Saturday, the U.N. Security Council adopted a resolution calling on Israel to withdraw its troops from Palestinian cities, including Ramallah.

President Bush said Arafat must do more to stop terrorism, but he urged Israel to leave open a path to peace talks.

The compound, a former British police fortress, is known to Palestinians as the Muqata.

It was not clear how long the Israeli operation would last.
""")
ISRMIL = A("Israeli troops", "ISR", "MIL")
ARAFAT = A("Yasser Arafat", "PSE", "GOV")
SHARON = A("Ariel Sharon", "ISR", "GOV")
PSECOP = A("Palestinian security men", "PSE", ["COP", "GOV"])
E("at04", "Israeli tanks storm Arafat's Ramallah headquarters; Security", ISRMIL, ARAFAT, FIGHT, "190", "2002-03", None,
  False, "headline")
E("at04", "Security Council calls for withdrawal", A("U.N. Security Council", "UNO", "IGO"),
  A("Israeli government", "ISR", "GOV"), DEMAND, "1056", "2002-03", None, False, "headline")
E("at04", "Israeli troops backed by tanks and bulldozers", ISRMIL, ARAFAT, ["19", "18", "17"], "190", "2002-03-29",
  P("Ramallah", "PSE"), True, "military assault on the compound 190 (19/18/17: some code the occupation 192 or a "
  "raid 17); 'here' with the Ramallah dateline; 'on Friday' before a Saturday paper")
E("at04", "confining the Palestinian leader to a handful", ISRMIL, ARAFAT, ["19", "17"], "191", "2002-03-29",
  P("Ramallah", "PSE"), False, "restriction of movement 191, participle of the same act: optional")
E("at04", "a day after Prime Minister Ariel Sharon", SHARON, ARAFAT, ["11"], "111", "2002-03-28", None, True,
  "dated background in 'a day after' with its own agent: denunciation 111; Thursday")
E("at04", "Palestinian security men inside the compound exchanged", PSECOP, ISRMIL, CLASH, "190", "2002-03", None, True,
  "exchange of fire: first-mentioned direction required; 'inside the compound' gives no place in this sentence; no "
  "day: month")
E("at04", "Palestinian security men inside the compound exchanged", ISRMIL, PSECOP, CLASH, "190", "2002-03", None,
  False, "reverse direction: optional")
E("at04", "Arafat said Israel wanted him captured, exiled", ARAFAT, A("Israeli government", "ISR", "GOV"), ["11"], "112",
  "2002-03", None, True, "accusation 112 (Israel's aims); month")
E("at04", "vowed to die a martyr rather than", ARAFAT, A("Israeli government", "ISR", "GOV"), ["12"], "120", "2002-03",
  None, False, "refusal to surrender put as a vow: optional")
E("at04", "in which a Hamas bomber killed 22", A("Hamas", "PSE", ["REB", "RAD"]), A("Israeli civilians", "ISR", "CVL"),
  ATTACK, "1831", "2002-03-27", P("Netanya", "ISR"), True,
  "suicide bombing 1831; dated background ('on Wednesday' before a Saturday paper) in a relative with its own "
  "agent; 'in the coastal city of Netanya' names the place; Hamas PSE as news-dev (REB here, before it governed)")
E("at04", "ordered the army to isolate Arafat, whom", A("Israeli cabinet", "ISR", "GOV"), ARAFAT, ["17", "19"], "170",
  "2002-03", None, False, "an order to the cabinet's own army to isolate Arafat: coders split (17, 19); the call-up "
  "of reservists is mobilization 15 with no target: optional")
E("at04", "whom it accuses of encouraging the attacks", A("Israeli cabinet", "ISR", "GOV"), ARAFAT, ["11"], "112",
  "2002-03", None, False, "standing accusation in a present-tense relative: optional")
E("at04", "the U.N. Security Council adopted a resolution", A("U.N. Security Council", "UNO", "IGO"),
  A("Israeli government", "ISR", "GOV"), DEMAND, "1056", "2002-03-30", None, True,
  "demand for withdrawal 1056 (10/02); 'Early on Saturday' in a Saturday paper; Ramallah is the destination of the "
  "withdrawal demand, not the place")
E("at04", "President Bush said Arafat must do more", A("George W. Bush", "USA", "GOV"), ARAFAT, DEMAND, "100", "2002-03",
  None, True, "demand 100 (10/02); month")
E("at04", "he urged Israel to leave open a", A("George W. Bush", "USA", "GOV"), A("Israeli government", "ISR", "GOV"),
  DEMAND, "100", "2002-03", None, False, "second clause: optional")
F("at04", "The compound, a former British police fortress", "definition and standing situation")
F("at04", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- at05 Jakarta, Asia (Indonesia)
S("at05", "2001-07-24", "Asia", """
Indonesia's assembly removes Wahid and swears in Megawati

JAKARTA, Indonesia —

Indonesia's highest legislature voted on Monday to remove President Abdurrahman Wahid from office and swore in his deputy, Megawati Sukarnoputri, as the country's fifth president.

All 591 members of the People's Consultative Assembly who attended voted for the dismissal. Wahid's own party stayed away.

The vote came hours after Wahid issued a decree before dawn suspending the assembly and calling for early elections, in a last attempt to cling to power.

The armed forces and the police refused to carry out the order, and the Supreme Court ruled that it had no legal basis.

Wahid refused to recognise the vote, calling the session illegal, and stayed in the presidential palace, where he appeared briefly on the porch in shorts to wave to a small crowd of supporters.

The assembly called the special session after Wahid named an acting police chief without parliament's approval. The House of Representatives had censured him in February and again in April over two financial scandals.

In East Java, Wahid's home province, several thousand of his supporters took to the streets and some set fire to a local office of Megawati's party.

Megawati, the daughter of Indonesia's founding president, Sukarno, urged Indonesians to accept the outcome peacefully.

The United States and Australia welcomed the change of leadership.

Indonesia, with about 210 million people, is the world's most populous Muslim nation.

It was unclear whether Wahid would leave the palace without a fight.
""")
MPR = A("People's Consultative Assembly", "IDN", ["LEG", "GOV"])
WAHID = A("Abdurrahman Wahid", "IDN", "GOV")
WSUP = A("Wahid supporters", "IDN", ["CVL", "PTY"])
E("at05", "Indonesia's assembly removes Wahid and swears in", MPR, WAHID, ["17", "12", "11"], "172", "2001-07", None,
  False, "headline")
E("at05", "Indonesia's highest legislature voted on Monday to", MPR, WAHID, ["17", "12", "11"], "172", "2001-07-23",
  None, True, "removal of a president by the legislature 172 (17/12/11), as owned35 ai10; 'on Monday' before a "
  "Tuesday paper; the swearing-in has no CAMEO code")
E("at05", "Wahid's own party stayed away", A("National Awakening Party", "IDN", "PTY"), MPR, ["14"], "143", "2001-07-23",
  None, False, "a boycott of the session, told without the word: optional")
E("at05", "The vote came hours after Wahid issued", WAHID, MPR, ["17"], "172", "2001-07-23", None, True,
  "dated background ('hours after' the Monday vote, 'before dawn') with its own agent: suspending the legislature "
  "172 (administrative sanction; 1724 also right)")
E("at05", "The armed forces and the police refused", A("Indonesian armed forces", "IDN", "MIL"), WAHID, ["12"], "120",
  "2001-07", None, True, "refusal to enforce 120 (as owned35 ai09's police); compound subject, first member "
  "required; no day: month")
E("at05", "The armed forces and the police refused", A("Indonesian police", "IDN", "COP"), WAHID, ["12"], "120",
  "2001-07", None, False, "second member: optional")
E("at05", "the Supreme Court ruled that it had", A("Indonesia's Supreme Court", "IDN", "JUD"), WAHID, ["11", "17"],
  "112", "2001-07", None, True, "a court ruling a decree unlawful (court verdicts 17/11, as owned35 ai12); no day of "
  "its own: month")
E("at05", "Wahid refused to recognise the vote, calling", WAHID, MPR, ["12", "11"], "120", "2001-07", None, True,
  "refusal to accept the assembly's vote 120 (12/11); month")
E("at05", "had censured him in February and again", A("Indonesia's House of Representatives", "IDN", ["LEG", "GOV"]),
  WAHID, ["11"], "111", "2001-02", None, True, "dated background: censure 111 'in February'; the same act 'again in "
  "April' is the optional line below")
E("at05", "The House of Representatives had censured him", A("Indonesia's House of Representatives", "IDN",
  ["LEG", "GOV"]), WAHID, ["11"], "111", "2001-04", None, False, "the second censure, 'again in April': optional")
E("at05", "some set fire to a local office", WSUP, A("Indonesian Democratic Party-Struggle", "IDN", "PTY"), VPROT,
  "145", "2001-07", P("East Java", "IDN"), False,
  "arson by protesters 145 (14/18/17); 'In East Java' names the province; undated: optional")
E("at05", "The United States and Australia welcomed the", A("U.S. government", "USA", "GOV"),
  A("Megawati Sukarnoputri", "IDN", "GOV"), ["05"], "051", "2001-07", None, False, "outside reaction: optional")
F("at05", "Indonesia, with about 210 million people, is", "count and standing situation")
F("at05", "It was unclear whether Wahid would leave", "speculation")

# ---------------------------------------------------------------- at06 Paris, Asia (Cambodia)
S("at06", "1991-10-24", "Asia", """
Cambodia's warring factions sign peace treaty in Paris

PARIS, France —

Cambodia's Vietnamese-installed government and three guerrilla factions, including the Khmer Rouge, signed a peace treaty here on Wednesday that is meant to end more than 20 years of war.

Under the accord, which 18 other countries also signed, the United Nations will run key ministries in Phnom Penh, disarm most of the fighters and organise elections.

Prime Minister Hun Sen and Khieu Samphan, the Khmer Rouge's nominal leader, stood side by side as the foreign ministers applauded.

Prince Norodom Sihanouk, who heads a new council of all four factions, thanked France and Indonesia, the conference's co-chairmen, and said he would return to Phnom Penh on Nov. 14 after nearly 13 years in exile.

Vietnam, which invaded Cambodia in December 1978 and drove the Khmer Rouge from power, pulled the last of its troops out in September 1989.

After the ceremony, Secretary of State James Baker met Vietnamese Foreign Minister Nguyen Manh Cam and said Washington was ready to begin talks with Hanoi on normalising relations.

Human rights groups complained that the treaty did not mention the genocide committed under Khmer Rouge rule in the 1970s.

The U.N. operation, with about 22,000 soldiers, police and officials, is expected to cost nearly $2 billion.

It was unclear whether the Khmer Rouge would let U.N. teams into the areas it controls along the Thai border.
""")
KHMG = A("Cambodia's government", "KHM", "GOV")
KHMR = A("Cambodian guerrilla factions", "KHM", ["REB", "OPP"])
BAKER = A("James Baker", "USA", "GOV")
VNMG = A("Vietnam's government", "VNM", "GOV")
E("at06", "Cambodia's warring factions sign peace treaty in", KHMG, KHMR, AGREE, "057", "1991-10", None, False,
  "headline")
E("at06", "signed a peace treaty here on Wednesday", KHMG, KHMR, AGREE, "057", "1991-10-23", P("Paris", "FRA"), True,
  "signed agreement 057 (05/03/08); compound subject of a joint act: first-mentioned (the government) as source, "
  "the guerrilla factions as target; 'here' with the Paris dateline; 'on Wednesday' before a Thursday paper")
E("at06", "Cambodia's Vietnamese-installed government and three guerrilla factions", KHMR, KHMG, AGREE, "057",
  "1991-10-23", P("Paris", "FRA"), False, "reverse direction: optional")
E("at06", "Under the accord, which 18 other countries", A("signatory states", None, "GOV"), KHMG, AGREE, "057",
  "1991-10-23", None, False, "the other signatories, in a relative with no named member: optional")
E("at06", "thanked France and Indonesia, the conference's co-chairmen", A("Norodom Sihanouk", "KHM", ["GOV", "ELI"]),
  A("French government", "FRA", "GOV"), ["05"], "051", "1991-10", None, True,
  "praise or thanks 051; compound object, first member required; no day of its own: month")
E("at06", "Prince Norodom Sihanouk, who heads a new", A("Norodom Sihanouk", "KHM", ["GOV", "ELI"]),
  A("Indonesian government", "IDN", "GOV"), ["05"], "051", "1991-10", None, False, "second member: optional")
E("at06", "which invaded Cambodia in December 1978 and", A("Vietnamese army", "VNM", "MIL"),
  A("Khmer Rouge government", "KHM", ["GOV", "REB"]), ["19"], "190", "1978-12", None, True,
  "dated background in a relative with its own agent: invasion 190 ('Vietnam' for its army); the country named "
  "as the invaded territory is not a place")
E("at06", "pulled the last of its troops out", A("Vietnamese army", "VNM", "MIL"), KHMG, ["08"], "0874", "1989-09",
  None, True, "military withdrawal 0874 (RETREAT); dated 'in September 1989'")
E("at06", "Secretary of State James Baker met Vietnamese", BAKER, A("Nguyen Manh Cam", "VNM", "GOV"), ["04"], "040",
  "1991-10-23", None, True, "meeting 040 (044 also right); 'After the ceremony' ties it to Wednesday; no place "
  "named in the sentence; first-mentioned direction required")
E("at06", "After the ceremony, Secretary of State James", A("Nguyen Manh Cam", "VNM", "GOV"), BAKER, ["04"], "040",
  "1991-10-23", None, False, "reverse direction: optional")
E("at06", "said Washington was ready to begin talks", BAKER, VNMG, ["03"], "036", "1991-10-23", None, True,
  "offer of talks 036; 'Washington' and 'Hanoi' are the governments")
E("at06", "Human rights groups complained that the treaty", A("human rights groups", None, "NGO"), KHMG, ["11"], "111",
  "1991-10", None, False, "criticism of a document, target only implied: optional")
F("at06", "The U.N. operation, with about 22,000 soldiers", "count and forecast")
F("at06", "It was unclear whether the Khmer Rouge", "speculation")

# ---------------------------------------------------------------- at07 Zagreb, Europe/Eurasia (Croatia)
S("at07", "1995-08-06", "Europe/Eurasia", """
Croatian army takes Knin as rebel Serbs flee Krajina

ZAGREB, Croatia —

Croatian troops captured Knin, the stronghold of Croatia's rebel Serbs, on Saturday, a day after launching an offensive to retake the Krajina region, which the Serbs have held since 1991.

Defence Minister Gojko Susak told reporters that the Croatian flag was flying over Knin's hilltop fortress and that the operation was nearly over.

Tens of thousands of Serb civilians and soldiers fled east toward Bosnia in columns of tractors, cars and horse carts, U.N. officials said.

The United Nations accused Croatian troops of firing on its observation posts and using peacekeepers as shields, and said a Danish peacekeeper had been killed.

Rebel Serb gunners shelled the Croatian towns of Karlovac and Sisak on Friday as the offensive began, and their leader, Milan Martic, ordered civilians to leave Knin.

In May, Martic ordered rocket attacks on Zagreb that killed seven people, after Croatian forces overran a smaller Serb-held enclave in western Slavonia.

Russia condemned the offensive and called for an immediate ceasefire, while Washington said it understood Croatia's frustration but urged restraint.

About 150,000 Serbs lived in the Krajina before the offensive, U.N. officials estimate.

It was not clear whether Bosnian Serb forces across the border would come to the rebels' aid.
""")
HRVMIL = A("Croatian troops", "HRV", "MIL")
KSERB = A("Krajina Serb rebels", "HRV", ["REB", "MIL"])
MARTIC = A("Milan Martic", "HRV", ["REB", "GOV"])
E("at07", "Croatian army takes Knin as rebel Serbs", HRVMIL, KSERB, FIGHT, "190", "1995-08", None, False, "headline")
E("at07", "Croatian troops captured Knin, the stronghold of", HRVMIL, KSERB, FIGHT, "190", "1995-08-05",
  P("Knin", "HRV"), True, "capture of a town 190 (192 occupy also right); 'on Saturday' before a Sunday paper; the "
  "Krajina Serbs are Croatian citizens in a self-declared state: HRV with REB/MIL")
E("at07", "a day after launching an offensive to", HRVMIL, KSERB, FIGHT, "190", "1995-08-04", None, True,
  "dated background ('a day after') whose agent is the sentence's subject: the offensive 190; Friday; the Krajina "
  "is its goal, not a place")
E("at07", "The United Nations accused Croatian troops of", A("United Nations", "UNO", "IGO"), HRVMIL, ["11"], "112",
  "1995-08", None, True, "accusation 112; no day of its own: month")
E("at07", "said a Danish peacekeeper had been killed", HRVMIL, A("U.N. peacekeepers", "UNO", ["IGO", "MIL"]), ATTACK,
  "190", "1995-08", None, False, "agentless killing inside the U.N.'s account: optional")
E("at07", "Rebel Serb gunners shelled the Croatian towns", KSERB, A("Croatian civilians", "HRV", "CVL"), FIGHT, "194",
  "1995-08-04", P("Karlovac", "HRV"), True, "shelling 194 (19/18); compound object of towns, first named Karlovac "
  "as the place; 'on Friday' before a Sunday paper")
E("at07", "In May, Martic ordered rocket attacks on", MARTIC, A("Zagreb civilians", "HRV", "CVL"), ["19", "18", "20"],
  "194", "1995-05", P("Zagreb", "HRV"), True, "dated background: rocket fire on a city (19/18/20); 'on Zagreb' "
  "names the place; the order is the attack as far as CAMEO goes")
E("at07", "after Croatian forces overran a smaller Serb-held", HRVMIL, KSERB, FIGHT, "190", "1995-05",
  P("western Slavonia", "HRV"), True, "dated background ('In May' governs the sentence) in an 'after' clause with "
  "its own agent: offensive 190; 'in western Slavonia' names the region")
E("at07", "Russia condemned the offensive and called for", A("Russian government", "RUS", "GOV"),
  A("Croatian government", "HRV", "GOV"), ["11"], "111", "1995-08", None, True,
  "condemnation 111; first of two reactions; month")
E("at07", "called for an immediate ceasefire, while Washington", A("Russian government", "RUS", "GOV"),
  A("Croatian government", "HRV", "GOV"), DEMAND, "1056", "1995-08", None, False,
  "call for a ceasefire, second verb: optional")
E("at07", "Washington said it understood Croatia's frustration but", A("U.S. government", "USA", "GOV"),
  A("Croatian government", "HRV", "GOV"), DEMAND, "100", "1995-08", None, False,
  "second reaction, an appeal for restraint: optional")
F("at07", "About 150,000 Serbs lived in the Krajina", "count")
F("at07", "It was not clear whether Bosnian Serb", "speculation")

# ---------------------------------------------------------------- at08 Genoa, Europe/Eurasia (Italy)
S("at08", "2001-07-21", "Europe/Eurasia", """
Police shoot protester dead as riots engulf G8 summit in Genoa

GENOA, Italy —

An Italian paramilitary policeman shot dead a protester here on Friday as thousands of demonstrators against globalisation fought running battles with police near the summit of the Group of Eight industrial powers.

The dead man, Carlo Giuliani, a 23-year-old from Genoa, was shot in the head as he approached a trapped police jeep holding a fire extinguisher, and the vehicle then ran over him.

Police said the officer, a 20-year-old conscript, had fired in self-defence after protesters attacked the jeep with stones and iron bars.

Earlier, hundreds of masked anarchists smashed bank windows, set cars alight and hurled stones at police, who answered with tear gas and water cannon.

Prime Minister Silvio Berlusconi, the summit's host, said he was deeply saddened by the death but accused the organisers of the protests of giving cover to a violent minority.

The Genoa Social Forum, which groups some 700 organisations, blamed the police for the killing and demanded the resignation of Interior Minister Claudio Scajola.

The G8 leaders, meeting behind steel fences in a medieval palace, issued a statement deploring the death and condemning the violence.

Last month, Swedish police shot and wounded three protesters during riots at a European Union summit in Gothenburg.

The summit brings together the leaders of the seven richest industrial nations and Russia.

It was unclear whether a march planned for Saturday would go ahead.
""")
ITACOP = A("Italian police", "ITA", "COP")
PROT = A("anti-globalisation protesters", None, ["CVL", "RAD"])
GSF = A("Genoa Social Forum", "ITA", "NGO")
E("at08", "Police shoot protester dead as riots engulf", ITACOP, A("Carlo Giuliani", "ITA", "CVL"), REPR, "175",
  "2001-07", None, False, "headline")
E("at08", "An Italian paramilitary policeman shot dead a", ITACOP, A("Carlo Giuliani", "ITA", "CVL"), REPR, "175",
  "2001-07-20", P("Genoa", "ITA"), True, "lethal force against a protester 175 (17/18); 'here' with the Genoa "
  "dateline; 'on Friday' before a Saturday paper; the protester's nationality comes in the next sentence (from "
  "Genoa)")
E("at08", "demonstrators against globalisation fought running battles with", PROT, ITACOP, CLASH, "190", "2001-07-20",
  P("Genoa", "ITA"), False, "lead summary of clashes detailed later: optional")
E("at08", "was shot in the head as he", ITACOP, A("Carlo Giuliani", "ITA", "CVL"), REPR, "175", "2001-07-20", None,
  False, "agentless restatement of the shooting: optional")
E("at08", "after protesters attacked the jeep with stones", PROT, ITACOP, VPROT, "145", "2001-07-20", None, False,
  "an attack inside the police's own account: optional")
E("at08", "hundreds of masked anarchists smashed bank windows", PROT, ITACOP, VPROT, "145", "2001-07-20", None, True,
  "violent protest 145 (14/18/17); target the police stoned; 'Earlier' than Friday's shooting: the same day; no "
  "place named in the clause; the anarchists' nationality is not given: null")
E("at08", "who answered with tear gas and water", ITACOP, PROT, REPR, "175", "2001-07-20", None, True,
  "tear gas and water cannon 175, in a relative with its own agent (the police)")
E("at08", "accused the organisers of the protests of", A("Silvio Berlusconi", "ITA", "GOV"), GSF, ["11"], "112",
  "2001-07", None, True, "accusation 112; the organisers are the Genoa Social Forum of the next sentence; no day of "
  "its own: month")
E("at08", "blamed the police for the killing and", GSF, ITACOP, ["11"], "112", "2001-07", None, True,
  "blame 112; month")
E("at08", "demanded the resignation of Interior Minister Claudio", GSF, A("Claudio Scajola", "ITA", "GOV"), DEMAND,
  "1041", "2001-07", None, True, "demand for resignation 1041 (10/02); second verb but a distinct act with its own "
  "target; month")
E("at08", "issued a statement deploring the death and", A("G8 leaders", None, ["GOV", "IGO"]), PROT, ["11"], "111",
  "2001-07", None, False, "collective statement of eight governments with no single actor: optional")
E("at08", "Swedish police shot and wounded three protesters", A("Swedish police", "SWE", "COP"),
  A("protesters in Gothenburg", None, "CVL"), REPR, "175", "2001-06", P("Gothenburg", "SWE"), True,
  "dated background 'Last month': lethal-force repression 175 (17/18); 'in Gothenburg' names the place; the "
  "protesters' nationality is not given")
F("at08", "The summit brings together the leaders of", "definition")
F("at08", "It was unclear whether a march planned", "speculation")

# ---------------------------------------------------------------- at09 Quito, Americas (Ecuador)
S("at09", "2005-04-21", "Americas", """
Ecuador's Congress ousts Gutierrez; Brazil grants him asylum

QUITO, Ecuador —

Ecuador's Congress voted on Wednesday to remove President Lucio Gutierrez after a week of street protests in the capital, and swore in Vice President Alfredo Palacio to replace him.

Lawmakers said Gutierrez had abandoned his post. The head of the armed forces, Victor Hugo Rosero, said the military had withdrawn its support from the president.

Gutierrez fled the presidential palace by helicopter. Hundreds of protesters then stormed the runway at Quito's airport to stop his plane from taking off, and he took refuge at the residence of Brazil's ambassador.

Brazil's Foreign Ministry said late on Wednesday that it had granted him asylum.

Hours later, a judge ordered Gutierrez's arrest over the death of a protester during the unrest.

The protests erupted after the president's allies in Congress replaced most of the Supreme Court's judges in December. Last Friday, Gutierrez declared a state of emergency in Quito and dissolved the court, but he lifted the decree a day later as crowds defied it.

Gutierrez, a former army colonel, helped lead an uprising that toppled President Jamil Mahuad in January 2000, and won the presidency two years later.

Gutierrez is the third elected president in eight years to be driven from office in Ecuador.

It was unclear when Brazil would fly him out of the country.
""")
ECULEG = A("Ecuador's Congress", "ECU", ["LEG", "GOV"])
GUT = A("Lucio Gutierrez", "ECU", "GOV")
ECUP = A("Ecuadorean protesters", "ECU", ["CVL", "OPP"])
E("at09", "Ecuador's Congress ousts Gutierrez; Brazil grants him", ECULEG, GUT, ["17", "12", "11"], "172", "2005-04",
  None, False, "headline")
E("at09", "Brazil grants him asylum", A("Brazilian government", "BRA", "GOV"), GUT, ["07"], "075", "2005-04", None,
  False, "headline")
E("at09", "Ecuador's Congress voted on Wednesday to remove", ECULEG, GUT, ["17", "12", "11"], "172", "2005-04-20",
  None, True, "removal of a president by the legislature 172 (17/12/11), as owned35 ai10; 'on Wednesday' before a "
  "Thursday paper; the swearing-in has no code")
E("at09", "after a week of street protests in", ECUP, GUT, ["14"], "141", "2005-04", P("Quito", "ECU"), False,
  "protests as a nominal in an 'after' phrase with no agent of its own: optional; 'in the capital' = Quito")
E("at09", "Lawmakers said Gutierrez had abandoned his post", ECULEG, GUT, ["11"], "112", "2005-04", None, False,
  "the legal ground of the removal, a restatement: optional")
E("at09", "said the military had withdrawn its support", A("Ecuador's armed forces", "ECU", "MIL"), GUT, ["16", "12"],
  "160", "2005-04", None, True, "withdrawal of support: reduction of relations 16 (some code a rejection 12); the "
  "speaker speaks for the military; month")
E("at09", "Hundreds of protesters then stormed the runway", ECUP, GUT, ["14"], "144", "2005-04", P("Quito", "ECU"), True,
  "obstruction 144 (blocking his plane); 'at Quito's airport' names the place; no day in the sentence: month")
E("at09", "he took refuge at the residence of", A("Brazilian government", "BRA", "GOV"), GUT, ["07"], "075", "2005-04",
  None, False, "refuge told from Gutierrez's side; the grant comes next: optional")
E("at09", "Brazil's Foreign Ministry said late on Wednesday", A("Brazilian government", "BRA", "GOV"), GUT, ["07"], "075",
  "2005-04-20", None, True, "grant of asylum 075; 'late on Wednesday'")
E("at09", "a judge ordered Gutierrez's arrest over the", A("Ecuadorean judge", "ECU", "JUD"), GUT, ["17"], "173",
  "2005-04", None, True, "arrest order 173; 'Hours later' after a late-Wednesday statement may fall on Thursday: "
  "month")
E("at09", "replaced most of the Supreme Court's judges", ECULEG, A("Ecuador's Supreme Court", "ECU", "JUD"), ["17"],
  "172", "2004-12", None, False, "purging a court: no clear CAMEO class (172 nearest); optional despite the date")
E("at09", "Gutierrez declared a state of emergency in", GUT, A("Quito residents", "ECU", "CVL"), ["17"], "1724",
  "2005-04-15", P("Quito", "ECU"), True, "state of emergency 1724 (news-dev); 'Last Friday' before a Thursday paper "
  "is April 15; 'in Quito' names the place")
E("at09", "dissolved the court, but he lifted the", GUT, A("Ecuador's Supreme Court", "ECU", "JUD"), ["17"], "172",
  "2005-04-15", None, False, "dissolving the court, second verb: optional")
E("at09", "he lifted the decree a day later", GUT, A("Quito residents", "ECU", "CVL"), ["08"], "0814", "2005-04-16",
  None, False, "lifting an emergency 0814 (CONCEDE under the README list): optional, third clause")
E("at09", "helped lead an uprising that toppled President", A("Lucio Gutierrez", "ECU", ["MIL", "GOV"]), A("Jamil Mahuad", "ECU", "GOV"), COUP, "170", "2000-01",
  None, True, "dated background with its own agent: the January 2000 overthrow (17/19); owned12 z06 tells that "
  "event, here it is one clause; Gutierrez was a colonel then and president later: MIL or GOV")
F("at09", "Gutierrez is the third elected president in", "count")
F("at09", "It was unclear when Brazil would fly", "speculation")

# ---------------------------------------------------------------- at10 Oka, Americas (Canada)
S("at10", "1990-07-12", "Americas", """
Quebec officer killed as police raid on Mohawk barricade fails; Montreal bridge blocked

OKA, Canada —

A Quebec provincial police officer was shot dead on Wednesday when about 100 heavily armed officers stormed a barricade that Mohawk Indians had set up in a pine forest outside this town west of Montreal.

Police and masked Mohawk gunmen exchanged fire for several minutes before the officers pulled back, leaving behind several cruisers that the Mohawks later pushed into their barricade.

Corporal Marcel Lemay, 31, died of a bullet wound in hospital. It was not clear who fired the fatal shot.

Hours after the raid, Mohawks from the Kahnawake reserve south of Montreal blocked the Mercier Bridge, one of the main commuter routes into the city, in support of their kin at Oka.

Ellen Gabriel, a spokeswoman for the Mohawks, accused the police of opening fire first and said the barricade would stay until the golf course plan was dropped.

Provincial police denied the charge, saying their officers had been fired on as they moved in.

Quebec Premier Robert Bourassa called the death a tragedy and urged the Mohawks to take down their barricades so that talks could resume.

The Mohawks put up the barricade in March to stop the town of Oka from extending a golf course onto land that they say holds an ancestral burial ground.

The Mohawk community of Kanesatake, next to Oka, has about 1,500 residents.
""")
SQ = A("Quebec provincial police", "CAN", "COP")
MOH = A("Mohawk protesters at Oka", "CAN", ["CVL", "UAF"])
QUEG = A("Quebec government", "CAN", "GOV")
E("at10", "Quebec officer killed as police raid on", SQ, MOH, REPR, "175", "1990-07", None, False, "headline")
E("at10", "fails; Montreal bridge blocked", A("Kahnawake Mohawks", "CAN", "CVL"), QUEG, ["14"], "144", "1990-07", None, False,
  "headline, agentless")
E("at10", "when about 100 heavily armed officers stormed", SQ, MOH, REPR, "175", "1990-07-11", P("Oka", "CAN"), True,
  "a police raid on a protest barricade 175 (17/18); the officers are the Quebec police of the main clause; 'this "
  "town' with the Oka dateline; 'on Wednesday' before a Thursday paper")
E("at10", "A Quebec provincial police officer was shot", A("unidentified gunman", None, None),
  A("Marcel Lemay", "CAN", "COP"), ATTACK, "190", "1990-07-11", P("Oka", "CAN"), False,
  "agentless killing, the shooter unknown (the text says so): optional, null/null as news-dev's unnamed gunmen")
E("at10", "Police and masked Mohawk gunmen exchanged fire", SQ, A("Mohawk gunmen", "CAN", ["UAF", "CVL"]), CLASH, "190",
  "1990-07", None, True, "exchange of fire: first-mentioned direction (the police) required; no day: month")
E("at10", "Police and masked Mohawk gunmen exchanged fire", A("Mohawk gunmen", "CAN", ["UAF", "CVL"]), SQ, CLASH, "190",
  "1990-07", None, False, "reverse direction: optional")
E("at10", "Hours after the raid, Mohawks from the", A("Kahnawake Mohawks", "CAN", "CVL"), QUEG, ["14"], "144",
  "1990-07-11", P("Kahnawake", "CAN"), True,
  "blocking a bridge in protest 144 (obstruct passage); 'Hours after the raid' = Wednesday; 'from the Kahnawake "
  "reserve' names where they are; target the authorities (Quebec) they protest against")
E("at10", "accused the police of opening fire first", A("Ellen Gabriel", "CAN", ["CVL", "UAF"]), SQ, ["11"], "112",
  "1990-07", None, True, "accusation 112; month")
E("at10", "said the barricade would stay until the", A("Ellen Gabriel", "CAN", ["CVL", "UAF"]), QUEG, ["12"], "120",
  "1990-07", None, False, "refusal put as an intention: optional")
E("at10", "Provincial police denied the charge, saying their", SQ, A("Ellen Gabriel", "CAN", ["CVL", "UAF"]), DENY,
  "016", "1990-07", None, True, "denial 016 (01/12); month")
E("at10", "urged the Mohawks to take down their", A("Robert Bourassa", "CAN", "GOV"), MOH, DEMAND, "100", "1990-07",
  None, True, "appeal/demand 100 (10/02); month")
E("at10", "The Mohawks put up the barricade in", MOH, A("Oka town council", "CAN", "GOV"), ["14"], "144", "1990-03",
  None, True, "dated background 'in March': a protest barricade 144 against the town's golf course plan")
F("at10", "It was not clear who fired the", "speculation (unknown shooter)")
F("at10", "The Mohawk community of Kanesatake, next to", "count and standing situation")

# ---------------------------------------------------------------- at11 Colombo, South Asia (Sri Lanka)
S("at11", "2002-02-23", "South Asia", """
Sri Lanka and Tamil Tigers sign Norwegian-brokered ceasefire

COLOMBO, Sri Lanka —

Prime Minister Ranil Wickremesinghe signed an open-ended ceasefire with the Tamil Tiger rebels in the northern town of Vavuniya on Friday, the biggest step yet toward ending the island's 19-year civil war.

The rebels' leader, Velupillai Prabhakaran, had signed the document a day earlier at his headquarters in Kilinochchi, and Norwegian diplomats carried it across the front line.

The truce took effect at midnight. Under its terms, a team of Nordic monitors will oversee the front lines, and both sides will keep to their positions.

The Tigers began a unilateral truce on Dec. 24, and the government followed within days, after Wickremesinghe's party won a parliamentary election on a promise to make peace.

President Chandrika Kumaratunga, who lost an eye to a Tiger suicide bomber in 1999, said she had not been consulted on the text and criticised it as a danger to national security.

The rebels, who want a separate state for the Tamil minority in the north and east, have demanded that the government lift its ban on their group before formal talks begin.

In July, a Tiger suicide squad destroyed half of the national airline's fleet in an attack on Colombo's international airport.

More than 60,000 people have been killed in the war.

It was unclear when formal peace talks could begin.
""")
LKAG = A("Sri Lankan government", "LKA", "GOV")
RANIL = A("Ranil Wickremesinghe", "LKA", "GOV")
LTTE = A("Tamil Tigers", "LKA", "REB")
E("at11", "Sri Lanka and Tamil Tigers sign Norwegian-brokered", LKAG, LTTE, AGREE, "057", "2002-02", None, False,
  "headline")
E("at11", "Prime Minister Ranil Wickremesinghe signed an open-ended", RANIL, LTTE, AGREE, "057", "2002-02-22",
  P("Vavuniya", "LKA"), True, "signed agreement 057 (05/03/08; 0871 ceasefire also right); 'in the northern town of "
  "Vavuniya' names the place; 'on Friday' before a Saturday paper")
E("at11", "had signed the document a day earlier", A("Velupillai Prabhakaran", "LKA", "REB"), LKAG, AGREE, "057",
  "2002-02-21", P("Kilinochchi", "LKA"), True,
  "the rebels' own signature, a separate act on its own day ('a day earlier', Thursday) and place ('in Kilinochchi')")
E("at11", "Norwegian diplomats carried it across the front", A("Norwegian diplomats", "NOR", "GOV"), LTTE, ["04"],
  "045", "2002-02", None, False, "mediation 045 told as a courier's act: optional")
E("at11", "The Tigers began a unilateral truce on", LTTE, LKAG, ["08"], "0871", "2001-12-24", None, True,
  "dated background: a declared ceasefire 0871 (RETREAT) that began 'on Dec. 24' of the year before publication")
E("at11", "the government followed within days, after Wickremesinghe's", LKAG, LTTE, ["08"], "0871", "2001-12", None,
  False, "the government's truce, told by 'followed' without the verb: optional")
E("at11", "said she had not been consulted on", A("Chandrika Kumaratunga", "LKA", "GOV"), RANIL, ["11"], "111",
  "2002-02", None, True, "criticism 111 of the prime minister's deal; month")
E("at11", "who lost an eye to a Tiger", LTTE, A("Chandrika Kumaratunga", "LKA", "GOV"), ATTACK, "185", "1999", None,
  True, "dated background in a relative: the 1999 suicide bombing aimed at her (185 assassination attempt; 1831 "
  "also right); the agent is the Tigers named in the nominal")
E("at11", "have demanded that the government lift its", LTTE, LKAG, DEMAND, "1051", "2002-02", None, True,
  "demand to lift a ban 1051 (10/02); present perfect with no date: month")
E("at11", "a Tiger suicide squad destroyed half of", LTTE, A("Sri Lankan government", "LKA", "GOV"), ATTACK, "180",
  "2001-07", P("Colombo", "LKA"), True, "dated background 'In July': insurgent attack 180 (18/19/20); 'Colombo's "
  "international airport' names the city")
F("at11", "More than 60,000 people have been killed", "count")
F("at11", "It was unclear when formal peace talks", "speculation")

# ---------------------------------------------------------------- at12 Sydney, Pacific (Australia)
S("at12", "2005-12-13", "Pacific", """
Howard condemns Sydney beach riot but denies racism; revenge attacks hit suburbs

SYDNEY, Australia —

Prime Minister John Howard on Monday condemned a riot in which thousands of white youths attacked people of Middle Eastern appearance on a Sydney beach, but said he did not accept that Australia was a racist country.

A crowd of about 5,000 people, many of them drunk and draped in Australian flags, gathered at Cronulla Beach on Sunday and chased and beat young men they took to be of Lebanese descent.

Police used capsicum spray and batons to break up the crowd and said 16 people had been arrested.

Hours later, carloads of young men from the city's south-western suburbs smashed cars and shop windows in Cronulla and nearby Maroubra in what police called revenge attacks.

The violence followed an assault on two volunteer lifesavers at North Cronulla a week earlier by a group of young men of Middle Eastern appearance.

Text messages urging people to reclaim the beach had circulated for days before the rally.

New South Wales Premier Morris Iemma called the riot sickening and said he would recall the state parliament to give police new powers to lock down trouble spots.

Lebanese community leaders appealed for calm and asked young men to stay at home.

Cronulla, about 25 kilometres south of the city centre, is one of Sydney's busiest beaches.

It was not clear whether rallies planned for next weekend would go ahead.
""")
RIOT = A("Cronulla rioters", "AUS", "CVL")
LEBA = A("Lebanese-Australians", "AUS", "CVL")
AUSCOP = A("New South Wales police", "AUS", "COP")
E("at12", "Howard condemns Sydney beach riot but denies", A("John Howard", "AUS", "GOV"), RIOT, ["11"], "111", "2005-12",
  None, False, "headline")
E("at12", "revenge attacks hit suburbs", A("south-western Sydney youths", "AUS", "CVL"), A("Cronulla residents", "AUS", "CVL"), ["14", "18", "17"], "145",
  "2005-12", None, False, "headline")
E("at12", "Prime Minister John Howard on Monday condemned", A("John Howard", "AUS", "GOV"), RIOT, ["11"], "111",
  "2005-12-12", None, True, "condemnation 111; 'on Monday' before a Tuesday paper")
E("at12", "in which thousands of white youths attacked", RIOT, LEBA, ["18", "14", "17"], "180", "2005-12",
  P("Sydney", "AUS"), False, "lead summary of the riot detailed next: optional; 'on a Sydney beach'")
E("at12", "said he did not accept that Australia", A("John Howard", "AUS", "GOV"), None, DENY, "016", "2005-12-12",
  None, False, "a denial with no one's charge named: optional")
E("at12", "gathered at Cronulla Beach on Sunday and", RIOT, LEBA, ["18", "14", "17"], "182", "2005-12-11",
  P("Cronulla", "AUS"), True, "beating 182 (18, or violent protest 14/17); 'at Cronulla Beach' names the place; "
  "'on Sunday' before a Tuesday paper; the victims are Australians of Lebanese descent by the text")
E("at12", "Police used capsicum spray and batons to", AUSCOP, RIOT, REPR, "175", "2005-12", None, True,
  "crowd dispersal with spray and batons 175; unnamed police are Australia's (New South Wales); no day: month")
E("at12", "said 16 people had been arrested", AUSCOP, RIOT, ["17"], "173", "2005-12", None, True,
  "arrests reported by the arresting police 173, required (as owned35 ai05); month")
E("at12", "carloads of young men from the city's", A("south-western Sydney youths", "AUS", "CVL"), A("Cronulla residents", "AUS", "CVL"), ["14", "18", "17"], "145",
  "2005-12-11", P("Cronulla", "AUS"), True, "revenge rampage 145 (14/18/17); 'Hours later' after the Sunday riot; "
  "'in Cronulla and nearby Maroubra', first place Cronulla; the attackers are Australians, described as from the "
  "city's suburbs (the headline and the police call it revenge for the attack on Lebanese-Australians)")
E("at12", "The violence followed an assault on two", LEBA, A("Cronulla lifesavers", "AUS", "CVL"), ["18"], "182",
  "2005-12-04", P("Cronulla", "AUS"), True,
  "dated background: assault 182 'a week earlier' than Sunday (Dec. 4), nominal with its agent in a 'by' phrase; "
  "'at North Cronulla' names the place (Cronulla); the attackers are locals of a Sydney story with no other "
  "nationality given: AUS")
E("at12", "called the riot sickening and said he", A("Morris Iemma", "AUS", "GOV"), RIOT, ["11"], "111", "2005-12",
  None, True, "condemnation 111; month; the recall of parliament is a future")
F("at12", "Cronulla, about 25 kilometres south of the", "standing situation")
F("at12", "It was not clear whether rallies planned", "speculation")

if __name__ == "__main__":
    write(HERE)
