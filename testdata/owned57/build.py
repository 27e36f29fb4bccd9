#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned57 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned57/build.py  (rewrites both files next to this
script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
TAKE = ["19", "18", "17"]

# ---------------------------------------------------------------- bf01 Maputo, Africa (Mozambique / South Africa)
S("bf01", "1986-10-21", "Africa", """
Machel dies in air crash inside South Africa; Harare students stone South African offices

MAPUTO, Mozambique —

President Samora Machel of Mozambique was killed when his plane crashed on a hillside just inside South Africa on Sunday night, and his government on Monday demanded that Pretoria let Mozambican officials take part in the inquiry.

The Soviet-built jet, which was carrying Machel home from a summit in Zambia, came down near Mbuzini, a few miles from the border. South African officials said 34 of the 44 people on board had died.

Foreign Minister Pik Botha denied that South Africa had any hand in the crash and blamed bad weather. He later offered to let Mozambican experts examine the wreckage alongside South African investigators.

In Harare, hundreds of students stoned the offices of South African Airways and the Malawian trade mission on Monday, accusing both governments of plotting against Machel. Zimbabwean riot police used tear gas to disperse them.

Earlier this month Defence Minister Magnus Malan had warned Machel that South Africa would strike back if Mozambique kept sheltering guerrillas of the African National Congress, and on Oct. 8 Pretoria barred Mozambicans from taking new jobs in its mines.

Zimbabwe's prime minister, Robert Mugabe, called Machel a fallen hero of the struggle against apartheid.

Mozambique and South Africa signed a non-aggression pact in 1984, but each has since accused the other of breaking it.

It was not clear who would succeed Machel, who had led Mozambique since independence in 1975.
""")
MOZG = A("Mozambique's government", "MOZ", "GOV")
ZAFG = A("South Africa's government", "ZAF", "GOV")
PIK = A("Pik Botha", "ZAF", "GOV")
ZWST = A("Zimbabwean students", "ZWE", ["CVL", "EDU"])
MACHEL = A("Samora Machel", "MOZ", "GOV")
E("bf01", "Harare students stone South African offices", ZWST, A("South African Airways", "ZAF", ["BUS", "GOV"]), VPROT,
  "145", "1986-10", P("Harare", "ZWE"), False, "headline")
E("bf01", "his government on Monday demanded that Pretoria", MOZG, ZAFG, DEMAND, "101", "1986-10-20", None, True,
  "demand to take part in the inquiry 101 (10/02); 'Pretoria' is the government, an actor; 'on Monday' before a "
  "Tuesday paper; the crash itself is an accident and has no code")
E("bf01", "Pik Botha denied that South Africa had", PIK, MOZG, DENY, "016", "1986-10", None, True,
  "denial 016 (01/12) answering the suspicion of sabotage; no day of its own: month")
E("bf01", "He later offered to let Mozambican experts", PIK, MOZG, ["03", "06"], "030", "1986-10", None, True,
  "offer to cooperate in the inquiry 030; 'He' is Pik Botha; month")
E("bf01", "hundreds of students stoned the offices of", ZWST, A("South African Airways", "ZAF", ["BUS", "GOV"]), VPROT,
  "145", "1986-10-20", P("Harare", "ZWE"), True,
  "violent protest 145 (14/18/17); 'In Harare' names the place; first member of the compound object; the students are "
  "Zimbabwean (the place and the police of the next sentence); premises are the country")
E("bf01", "and the Malawian trade mission on Monday", ZWST, A("Malawi", "MWI", "GOV"), VPROT, "145", "1986-10-20",
  P("Harare", "ZWE"), False, "second member of the compound object: optional")
E("bf01", "accusing both governments of plotting against Machel", ZWST, ZAFG, ["11"], "112", "1986-10-20",
  P("Harare", "ZWE"), False, "accusation in a participle of the stoning sentence: optional")
E("bf01", "Zimbabwean riot police used tear gas to", A("Zimbabwean riot police", "ZWE", "COP"), ZWST, REPR, "175",
  "1986-10", None, True, "force against protesters 175 (17/18); the police are named Zimbabwean, not the story's "
  "country; the sentence names no place and no day: month")
E("bf01", "Magnus Malan had warned Machel that South", A("Magnus Malan", "ZAF", ["GOV", "MIL"]), MACHEL, ["13"], "138",
  "1986-10", None, True, "threat of military force 138; dated background 'Earlier this month' (month)")
E("bf01", "on Oct. 8 Pretoria barred Mozambicans from", ZAFG, A("Mozambique", "MOZ", ["GOV", "CVL"]), ["17", "16"],
  "172", "1986-10-08", None, True, "a ban on Mozambican migrant labour, an administrative sanction 172 (17/16); "
  "'Pretoria' is an actor; dated background")
E("bf01", "called Machel a fallen hero of the", A("Robert Mugabe", "ZWE", "GOV"), MACHEL, ["05"], "051", "1986-10", None,
  False, "praise of the dead president, a single outside reaction: optional")
E("bf01", "Mozambique and South Africa signed a non-aggression", MOZG, ZAFG, AGREE, "057", "1984", None, True,
  "dated background agreement 057 (05/03/08), first-mentioned direction; the 1984 Nkomati pact (owned55 bd02) is only "
  "this one-line background")
E("bf01", "Mozambique and South Africa signed a non-aggression", ZAFG, MOZG, AGREE, "057", "1984", None, False,
  "reverse direction of the joint signing: optional")
E("bf01", "but each has since accused the other", MOZG, ZAFG, ["11"], "112", "1984", None, False,
  "standing mutual accusation over a span: optional")
F("bf01", "South African officials said 34 of the", "count")
F("bf01", "It was not clear who would succeed", "speculation")

# ---------------------------------------------------------------- bf02 Dakar, Africa (Guinea-Bissau / Senegal)
S("bf02", "1998-06-11", "Africa", """
Senegalese troops join battle for Bissau as mutineers hold out near airport

DAKAR, Senegal —

Senegalese troops backed by artillery attacked rebel positions around the airport on Wednesday, as President Joao Bernardo Vieira's government fought to put down a mutiny led by his sacked army chief.

Several hundred Senegalese soldiers flew into Bissau on Tuesday at Vieira's request, and a smaller contingent arrived from neighbouring Guinea, diplomats said.

The mutineers, led by Brigadier Ansumane Mane, seized the Bra barracks and the airport on Sunday, a day after Vieira dismissed Mane and accused him of letting weapons slip to separatist rebels in Senegal's Casamance region.

Mane denied the charge and said the president was using him as a scapegoat. In a radio broadcast, he demanded that Vieira resign and called on Senegal to pull its troops out.

Thousands of residents fled Bissau on foot as shells fell on its outskirts, and Portugal sent a ship to take out foreigners.

Senegal's foreign minister, Jacques Baudin, said Dakar would keep its soldiers in Guinea-Bissau until order was restored, and he warned the mutineers to lay down their arms.

Guinea-Bissau, a former Portuguese colony of about a million people, is among the poorest countries in the world.

It was unclear how many people had been killed in the fighting.
""")
SENM = A("Senegalese troops", "SEN", "MIL")
MUT = A("Guinea-Bissau mutineers", "GNB", ["MIL", "REB"])
MANE = A("Ansumane Mane", "GNB", ["MIL", "REB"])
VIEIRA = A("Joao Bernardo Vieira", "GNB", "GOV")
E("bf02", "Senegalese troops join battle for Bissau as", SENM, MUT, ["19"], "190", "1998-06", P("Bissau", "GNB"), False,
  "headline")
E("bf02", "Senegalese troops backed by artillery attacked rebel", SENM, MUT, ["19"], "190", "1998-06-10", None, True,
  "military attack 190; 'on Wednesday' before a Thursday paper; 'around the airport' names no city, so no place; the Dakar dateline is not the place")
E("bf02", "Several hundred Senegalese soldiers flew into Bissau on", SENM, VIEIRA, ["07", "15"], "072", "1998-06-09",
  P("Bissau", "GNB"), True, "troops sent at the government's request, military aid 072 (07/15, as news-dev's "
  "deployment); 'flew into Bissau' names the place; 'on Tuesday'; 'diplomats said' is attribution, undisputed")
E("bf02", "a smaller contingent arrived from neighbouring Guinea", A("Guinean troops", "GIN", "MIL"), VIEIRA, ["07", "15"],
  "072", "1998-06", None, False, "second clause, no day and no stated request: optional")
E("bf02", "seized the Bra barracks and the airport", MUT, A("Guinea-Bissau's government", "GNB", ["GOV", "MIL"]), TAKE,
  "190", "1998-06-07", None, True, "an armed takeover of bases 190 (19/18/17, as owned54's insurgent takeover); "
  "'on Sunday' before a Thursday paper; no city named in the clause")
E("bf02", "Vieira dismissed Mane and accused him of", VIEIRA, MANE, ["17"], "172", "1998-06-06", None, False,
  "dismissal of the army chief, an administrative sanction 172 that coders may not code: optional")
E("bf02", "accused him of letting weapons slip to", VIEIRA, MANE, ["11"], "112", "1998-06-06", None, True,
  "accusation 112 in a dated 'a day after' clause with its own agent: required; Saturday")
E("bf02", "Mane denied the charge and said the", MANE, VIEIRA, DENY, "016", "1998-06", None, True,
  "denial 016 (01/12); month")
E("bf02", "said the president was using him as", MANE, VIEIRA, ["11"], "112", "1998-06", None, False,
  "counter-accusation in the second clause: optional")
E("bf02", "he demanded that Vieira resign and called", MANE, VIEIRA, DEMAND, "1041", "1998-06", None, True,
  "demand for resignation 1041 (10/02); 'he' is Mane; a radio broadcast is no place")
E("bf02", "called on Senegal to pull its troops", MANE, A("Senegal", "SEN", ["GOV", "MIL"]), DEMAND, "106", "1998-06",
  None, False, "demand for withdrawal, second verb: optional")
E("bf02", "he warned the mutineers to lay down", A("Jacques Baudin", "SEN", "GOV"), MUT, ["13", "10"], "130", "1998-06",
  None, True, "warning 130 (13/10, coders split between a threat and a demand); 'he' is Baudin; 'Dakar' in the first "
  "clause is the government, an actor")
F("bf02", "Guinea-Bissau, a former Portuguese colony of about", "standing situation")
F("bf02", "It was unclear how many people had", "speculation")

# ---------------------------------------------------------------- bf03 Tehran, Middle East (Iran / Iraq)
S("bf03", "1988-03-23", "Middle East", """
Iran shows reporters Kurdish town where it says Iraqi gas killed thousands

TEHRAN, Iran —

Iran flew foreign journalists on Tuesday to the Kurdish town of Halabja in northeastern Iraq, where they saw the bodies of men, women and children lying in streets and courtyards.

Iraqi warplanes dropped mustard gas and nerve agents on Halabja on March 16, a day after Iranian troops and Kurdish guerrillas of the Patriotic Union of Kurdistan had driven Iraqi forces out of the town.

Iranian officials put the death toll at more than 4,000, a figure that could not be independently confirmed.

Iran's foreign ministry accused Baghdad of genocide against its own Kurdish citizens and urged the United Nations to send experts to the area.

Iraq's official news agency said the charges were lies and blamed Iranian shelling for any civilian deaths in the town.

A U.N. team reported in 1986 that Iraq had used mustard gas against Iranian troops on the southern front, and Baghdad has never allowed inspectors to visit its chemical plants.

Britain condemned the attack, and the United States called the use of poison gas a grave violation of international law.

Whether the United Nations would send a team to Halabja was not clear.

The two countries have been at war for seven and a half years.
""")
IRQAF = A("Iraqi air force", "IRQ", "MIL")
HALK = A("Kurdish residents of Halabja", "IRQ", "CVL")
IRNG = A("Iran's government", "IRN", "GOV")
IRQG = A("Iraq's government", "IRQ", "GOV")
E("bf03", "Iran shows reporters Kurdish town where it", IRNG, IRQG, ["11"], "112", "1988-03", None, False,
  "headline: Iran's charge that Iraqi gas killed the town's people")
E("bf03", "Iraqi warplanes dropped mustard gas and nerve", IRQAF, HALK, ["20", "19", "18"], "2041", "1988-03-16",
  P("Halabja", "IRQ"), True, "chemical attack on a town 2041 (20/19/18); stated by the reporter, not inside Iran's "
  "account; 'on Halabja on March 16' gives place and day")
E("bf03", "Iranian troops and Kurdish guerrillas of the", A("Iranian troops", "IRN", "MIL"),
  A("Iraqi forces", "IRQ", "MIL"), TAKE, "190", "1988-03-15", P("Halabja", "IRQ"), True,
  "capture of the town 190 (19/18/17) in a dated 'a day after' clause with its own agent; first member of the "
  "compound subject; 'the town' is Halabja, named in the same sentence")
E("bf03", "Iranian troops and Kurdish guerrillas of the", A("Patriotic Union of Kurdistan", "IRQ", ["REB", "OPP"]),
  A("Iraqi forces", "IRQ", "MIL"), TAKE, "190", "1988-03-15", P("Halabja", "IRQ"), False,
  "second member of the compound subject: optional")
E("bf03", "foreign ministry accused Baghdad of genocide against", IRNG, IRQG, ["11"], "112", "1988-03", None, True,
  "accusation 112; 'Baghdad' is the government, an actor; month")
E("bf03", "urged the United Nations to send experts", IRNG, A("United Nations", "UNO", "IGO"), ["02", "10"], "020",
  "1988-03", None, False, "appeal for an inquiry, second verb: optional")
E("bf03", "Iraq's official news agency said the charges", IRQG, IRNG, DENY, "016", "1988-03", None, True,
  "denial 016 (01/12) through the state news agency; month")
E("bf03", "blamed Iranian shelling for any civilian deaths", IRQG, IRNG, ["11"], "112", "1988-03", None, False,
  "counter-accusation in the second clause: optional")
E("bf03", "A U.N. team reported in 1986 that", A("United Nations team", "UNO", "IGO"), IRQG, ["11"], "112", "1986", None,
  True, "dated background finding that Iraq used gas, an accusation 112")
E("bf03", "and Baghdad has never allowed inspectors to", IRQG, A("United Nations", "UNO", "IGO"), ["12"], "120", "1988",
  None, False, "standing refusal put as 'has never allowed': optional")
E("bf03", "Britain condemned the attack, and the United", A("Britain", "GBR", "GOV"), IRQG, ["11"], "111", "1988-03",
  None, False, "single outside reaction: optional; the target is the attacker the story names")
E("bf03", "called the use of poison gas a", A("United States", "USA", "GOV"), IRQG, ["11"], "111", "1988-03", None,
  False, "single outside reaction: optional")
F("bf03", "Iranian officials put the death toll at", "count")
F("bf03", "Whether the United Nations would send a", "speculation")

# ---------------------------------------------------------------- bf04 Gaza, Middle East (Israel / Palestinians)
S("bf04", "1987-12-14", "Middle East", """
Israeli troops shoot dead two Palestinians as Gaza unrest spreads to West Bank

GAZA, Gaza Strip —

Israeli soldiers shot dead two Palestinians in the Balata refugee camp near Nablus on Sunday, hospital officials said, as rioting that began in the Gaza Strip last week spread across the occupied West Bank.

In Gaza, youths hurled stones and petrol bombs at army patrols and burned tyres for a fifth day, and troops fired tear gas and live rounds to break up the crowds.

The unrest erupted on Dec. 9 in the Jabalia refugee camp, where thousands of mourners stoned an army post after four residents were killed the day before when an Israeli army truck collided with their cars.

Defence Minister Yitzhak Rabin blamed the violence on agitators of the Palestine Liberation Organisation and said the army would restore order with a firm hand.

The army has imposed curfews on the Jabalia and Balata camps, and reporters were barred from entering them.

From its headquarters in Tunis, the PLO praised the young protesters and called on Palestinians in the territories to stage a general strike.

Egypt, the only Arab country at peace with Israel, condemned the shootings.

About 650,000 Palestinians live in the Gaza Strip, most of them in crowded camps.

Israel has held the Gaza Strip and the West Bank since the 1967 Middle East war.
""")
ISRM = A("Israeli troops", "ISR", "MIL")
PALY = A("Palestinian youths", "PSE", ["CVL", "OPP"])
PLO = A("Palestine Liberation Organisation", "PSE", ["REB", "GOV"])
E("bf04", "Israeli troops shoot dead two Palestinians as", ISRM, PALY, REPR, "175", "1987-12", None, False, "headline")
E("bf04", "Israeli soldiers shot dead two Palestinians in", ISRM, PALY, ["17", "18", "19"], "175", "1987-12-13",
  P("Balata", "PSE"), True, "live fire on rioters 175 (17/18/19); 'in the Balata refugee camp near Nablus' names the "
  "place; 'on Sunday' before a Monday paper; 'hospital officials said' is attribution, undisputed")
E("bf04", "rioting that began in the Gaza Strip", PALY, ISRM, VPROT, "145", "1987-12", P("Gaza", "PSE"), False,
  "lead mention of the rioting detailed later: optional")
E("bf04", "youths hurled stones and petrol bombs at", PALY, ISRM, VPROT, "145", "1987-12", P("Gaza", "PSE"), True,
  "violent protest 145 (14/18/17); 'In Gaza' names the place; 'for a fifth day' gives no day: month")
E("bf04", "troops fired tear gas and live rounds", ISRM, PALY, REPR, "175", "1987-12", P("Gaza", "PSE"), True,
  "force against rioters 175 (17/18), the second clause with its own subject and act; unnamed troops are Israel's "
  "(the text names no other army)")
E("bf04", "where thousands of mourners stoned an army", A("Jabalia mourners", "PSE", "CVL"), ISRM, VPROT, "145",
  "1987-12-09", P("Jabalia", "PSE"), True, "dated background riot 145 in a 'where' clause with its own agent; the "
  "truck collision that killed four is an accident (agentless passive), no code")
E("bf04", "Yitzhak Rabin blamed the violence on agitators", A("Yitzhak Rabin", "ISR", "GOV"), PLO, ["11"], "112",
  "1987-12", None, True, "blame 112; month")
E("bf04", "said the army would restore order with", A("Yitzhak Rabin", "ISR", "GOV"), PALY, ["13"], "130", "1987-12",
  None, False, "warning put as an intention in the second clause: optional")
E("bf04", "The army has imposed curfews on the", ISRM, A("Jabalia camp residents", "PSE", "CVL"), ["17"], "1723",
  "1987-12", P("Jabalia", "PSE"), True, "curfew 1723; first member of the compound object (Jabalia); present perfect "
  "without a day: month")
E("bf04", "Jabalia and Balata camps, and reporters were", ISRM, A("Balata camp residents", "PSE", "CVL"), ["17"], "1723",
  "1987-12", P("Balata", "PSE"), False, "second member of the compound object: optional; the barring of reporters is "
  "an agentless passive, not coded")
E("bf04", "the PLO praised the young protesters and", PLO, PALY, ["05"], "051", "1987-12", P("Tunis", "TUN"), False,
  "praise 051: optional (the PLO's word is a reaction); 'From its headquarters in Tunis' is where it spoke")
E("bf04", "called on Palestinians in the territories to", PLO, A("Palestinians", "PSE", "CVL"), ["14", "10", "02"],
  "143", "1987-12", P("Tunis", "TUN"), False, "call for a general strike 143 (as owned35), second verb: optional")
E("bf04", "Egypt, the only Arab country at peace", A("Egypt", "EGY", "GOV"), ISRM, ["11"], "111", "1987-12", None, False,
  "single outside reaction: optional")
F("bf04", "About 650,000 Palestinians live in the Gaza", "count and standing situation")
F("bf04", "Israel has held the Gaza Strip and", "standing situation, no dated act")

# ---------------------------------------------------------------- bf05 Bangkok, Asia (Cambodia / United States / Thailand)
S("bf05", "1975-05-15", "Asia", """
U.S. Marines storm Cambodian island as Khmer Rouge free seized freighter's crew

BANGKOK, Thailand —

U.S. Marines landed on the Cambodian island of Koh Tang on Thursday and Navy jets struck an airfield near the port of Kompong Som, hours before Cambodia's new Khmer Rouge rulers released the 39 crewmen of the American container ship Mayaguez.

The crew were picked up from a Thai fishing boat by a U.S. destroyer, the Pentagon said. The Marines who stormed the island met heavy fire from Cambodian troops dug in among the trees, and several helicopters were shot down.

Cambodian gunboats seized the Mayaguez off the Cambodian coast on Monday. President Gerald Ford called the seizure an act of piracy and demanded the immediate release of the ship and its crew.

Phnom Penh radio accused the ship of spying in Cambodian waters, but Washington said it had received no word from the Cambodian government.

Thailand's prime minister, Kukrit Pramoj, protested to Washington that U.S. forces had used the U Tapao air base for the operation without his government's permission.

Hundreds of Thai students demonstrated outside the U.S. embassy in Bangkok.

It was not clear how many Marines had been killed or wounded.
""")
USMAR = A("U.S. Marines", "USA", "MIL")
KHMG = A("Cambodia's Khmer Rouge government", "KHM", ["GOV", "MIL"])
KHMM = A("Cambodian troops", "KHM", "MIL")
CREW = A("Mayaguez crew", "USA", ["CVL", "BUS"])
FORD = A("Gerald Ford", "USA", "GOV")
E("bf05", "U.S. Marines storm Cambodian island as Khmer", USMAR, KHMM, ["19"], "190", "1975-05", P("Koh Tang", "KHM"),
  False, "headline")
E("bf05", "U.S. Marines landed on the Cambodian island", USMAR, KHMM, ["19"], "190", "1975-05-15", P("Koh Tang", "KHM"),
  True, "armed landing 190; 'on Thursday' in a Thursday paper; the clause names the island")
E("bf05", "Navy jets struck an airfield near the", A("U.S. Navy jets", "USA", "MIL"), KHMG, ["19"], "195", "1975-05-15",
  P("Kompong Som", "KHM"), True, "air strike 195, second clause with its own subject; 'near the port of Kompong Som' "
  "names the place; the day carries over from 'on Thursday' in the same sentence")
E("bf05", "Khmer Rouge rulers released the 39 crewmen", KHMG, CREW, ["08"], "0841", "1975-05-15", None, True,
  "release of the crew 0841 in an 'hours before' clause with its own agent; same day")
E("bf05", "The Marines who stormed the island met", KHMM, USMAR, ["19"], "190", "1975-05", P("Koh Tang", "KHM"), False,
  "restatement of the battle (Cambodian fire on the Marines): optional; 'the island' is Koh Tang")
E("bf05", "Cambodian gunboats seized the Mayaguez off the", A("Cambodian gunboats", "KHM", "MIL"), CREW, ["18", "17"],
  "181", "1975-05-12", None, True, "seizure of a ship and its crew 181 (18/17); 'on Monday' before a Thursday paper; "
  "'off the Cambodian coast' names no place")
E("bf05", "called the seizure an act of piracy", FORD, KHMG, ["11"], "111", "1975-05", None, True,
  "denunciation 111; no day of its own: month")
E("bf05", "demanded the immediate release of the ship", FORD, KHMG, DEMAND, "1053", "1975-05", None, True,
  "demand for release 1053 (10/02), a second act in the same sentence, both required (as owned35 ai07's insult and "
  "threat)")
E("bf05", "Phnom Penh radio accused the ship of", KHMG, A("Mayaguez", "USA", ["BUS", "CVL"]), ["11"], "112", "1975-05",
  None, True, "accusation of spying 112; 'Phnom Penh radio' speaks for the government; month")
E("bf05", "Kukrit Pramoj, protested to Washington that U.S.", A("Kukrit Pramoj", "THA", "GOV"),
  A("United States", "USA", "GOV"), ["11"], "114", "1975-05", None, True,
  "official complaint 114; 'Washington' is an actor, not a place; month")
E("bf05", "Hundreds of Thai students demonstrated outside the", A("Thai students", "THA", ["CVL", "EDU"]),
  A("United States", "USA", "GOV"), ["14"], "141", "1975-05", P("Bangkok", "THA"), False,
  "protest at the embassy 141 (premises are the country); 'in Bangkok' names the place; no day: optional")
F("bf05", "The crew were picked up from a", "a rescue at sea by the Navy: no CAMEO act between the story's actors")
F("bf05", "It was not clear how many Marines", "speculation")

# ---------------------------------------------------------------- bf06 Seoul, Asia (North Korea / United States)
S("bf06", "1976-08-21", "Asia", """
U.S. troops fell Panmunjom tree under guard of warplanes; Kim voices regret over axe killings

SEOUL, South Korea —

American and South Korean soldiers cut down a poplar tree in the truce village of Panmunjom early on Saturday, three days after North Korean guards hacked two U.S. Army officers to death as they supervised its trimming.

The work took less than an hour while U.S. fighter-bombers circled south of the demilitarised zone. North Korean troops watched from their side but did not intervene, the U.N. Command said.

Captain Arthur Bonifas and Lieutenant Mark Barrett were beaten to death with axes and clubs on Wednesday by about 30 North Korean soldiers who rushed a work party at the tree.

The United States put its forces in South Korea on a higher state of alert on Thursday and flew in a squadron of F-111 fighter-bombers from Idaho.

The State Department called the killings vicious and unprovoked murder. North Korea's official news agency said the Americans had provoked the clash by attacking its guards first.

Later on Saturday, North Korea's senior officer at the armistice commission handed the American commander of U.N. forces a message from President Kim Il Sung expressing regret over the incident.

A State Department spokesman called the message a positive step.

The two Koreas remain technically at war because the 1950-53 conflict ended in an armistice, not a peace treaty.
""")
USARMY = A("U.S. troops in South Korea", "USA", "MIL")
PRKM = A("North Korean soldiers", "PRK", "MIL")
PRKG = A("North Korea's government", "PRK", "GOV")
USG = A("United States", "USA", "GOV")
USOFF = A("U.S. Army officers", "USA", "MIL")
E("bf06", "U.S. troops fell Panmunjom tree under guard", USARMY, PRKM, ["15"], "150", "1976-08-21",
  P("Panmunjom", "KOR"), False, "headline")
E("bf06", "Kim voices regret over axe killings", A("Kim Il Sung", "PRK", "GOV"), USARMY, ["05", "08"], "055",
  "1976-08-21", None, False, "headline, second event")
E("bf06", "American and South Korean soldiers cut down", USARMY, PRKM, ["15"], "150", "1976-08-21",
  P("Panmunjom", "KOR"), True, "a show of force 150 (the felling under air cover answers the killings); first member "
  "of the compound subject; 'in the truce village of Panmunjom' names the place; 'early on Saturday' in a Saturday "
  "paper")
E("bf06", "American and South Korean soldiers cut down", A("South Korean soldiers", "KOR", "MIL"), PRKM, ["15"], "150",
  "1976-08-21", P("Panmunjom", "KOR"), False, "second member of the compound subject: optional")
E("bf06", "North Korean guards hacked two U.S. Army", PRKM, USOFF, ["18", "19", "20"], "1823", "1976-08-18", None, False,
  "lead summary of the killing detailed in the third paragraph: optional")
E("bf06", "were beaten to death with axes and", PRKM, USOFF, ["18", "19", "20"], "1823", "1976-08-18", None, True,
  "beating to death 1823 (as owned54), a passive with its agent ('by about 30 North Korean soldiers'); 'on "
  "Wednesday' before a Saturday paper; 'at the tree' names no place")
E("bf06", "put its forces in South Korea on", USG, PRKG, ["15"], "152", "1976-08-19", None, True,
  "raised military alert 152 aimed at the North; 'on Thursday'")
E("bf06", "flew in a squadron of F-111 fighter-bombers", USG, PRKG, ["15"], "150", "1976-08-19", None, False,
  "reinforcement, second verb: optional")
E("bf06", "The State Department called the killings vicious", USG, PRKG, ["11"], "111", "1976-08", None, True,
  "denunciation 111; no day of its own: month")
E("bf06", "North Korea's official news agency said the", PRKG, USG, ["11"], "112", "1976-08", None, True,
  "counter-accusation 112 (that the Americans struck first); month")
E("bf06", "handed the American commander of U.N. forces", A("Kim Il Sung", "PRK", "GOV"),
  A("American commander of U.N. forces", "USA", "MIL"), ["05", "08"], "055", "1976-08-21", None, True,
  "regret 055 (05/08, as owned35); the source is Kim, whose message the officer carried; 'Later on Saturday'")
E("bf06", "A State Department spokesman called the message", USG, PRKG, ["05"], "051", "1976-08", None, False,
  "mild approval 051 of the message: optional")
F("bf06", "North Korean troops watched from their side", "negated act ('did not intervene')")
F("bf06", "The two Koreas remain technically at war", "standing situation")

# ---------------------------------------------------------------- bf07 New Delhi, South Asia (India)
S("bf07", "1984-11-01", "South Asia", """
Indira Gandhi shot dead by Sikh bodyguards; mobs attack Sikhs as Rajiv takes over

NEW DELHI, India —

Prime Minister Indira Gandhi was shot dead by two of her Sikh bodyguards in the garden of her home here on Wednesday, and her son Rajiv was sworn in as prime minister hours later.

The guards opened fire as Gandhi, 66, walked to her office for an interview with a British film crew. One of them, Beant Singh, was killed by other security men minutes later, and police arrested the second, Satwant Singh, who was badly wounded.

Sikh extremists had vowed revenge since June, when the army stormed the Golden Temple in Amritsar, their holiest shrine, and killed the militant preacher Jarnail Singh Bhindranwale.

Mobs set fire to Sikh shops, homes and taxis across the capital on Wednesday evening, witnesses said, and dragged Sikh men from buses.

The authorities imposed a curfew in several districts of the capital early on Thursday and ordered troops to help the police.

In a broadcast to the nation, Rajiv Gandhi appealed for calm and urged Indians not to take revenge on the Sikh community.

President Reagan condemned the killing as a senseless act of violence.

Gandhi had led India for all but three of the past 18 years.

It was not clear whether the assassins had acted alone.
""")
GUARDS = A("Gandhi's Sikh bodyguards", "IND", ["COP", "GOV"])
INDIRA = A("Indira Gandhi", "IND", "GOV")
MOBS = A("Delhi mobs", "IND", "CVL")
SIKHS = A("Sikhs of Delhi", "IND", "CVL")
E("bf07", "Indira Gandhi shot dead by Sikh bodyguards;", GUARDS, INDIRA, ATTACK, "186", "1984-10-31", None, False,
  "headline")
E("bf07", "mobs attack Sikhs as Rajiv takes over", MOBS, SIKHS, ["18", "14", "20"], "180", "1984-10", None, False,
  "headline, second event")
E("bf07", "was shot dead by two of her Sikh", GUARDS, INDIRA, ATTACK, "186", "1984-10-31", P("New Delhi", "IND"), True,
  "assassination 186 (18/19/20), a passive with its agent; 'here' with the dateline = New Delhi; 'on Wednesday' "
  "before a Thursday paper; the swearing-in has no code")
E("bf07", "Beant Singh, was killed by other security", A("Indian security men", "IND", ["COP", "GOV"]),
  A("Beant Singh", "IND", ["COP", "GOV"]), TAKE, "190", "1984-10-31", None, True,
  "security forces shooting an assassin 190 (19/18/17, as owned54's fugitive); passive with its agent; 'minutes "
  "later' keeps Wednesday")
E("bf07", "police arrested the second, Satwant Singh, who", A("Indian police", "IND", "COP"),
  A("Satwant Singh", "IND", ["COP", "GOV"]), ["17"], "173", "1984-10-31", None, True,
  "arrest 173; the same minutes: Wednesday; 'the second' is the second guard")
E("bf07", "Sikh extremists had vowed revenge since June", A("Sikh extremists", "IND", ["RAD", "REB"]),
  A("India's government", "IND", "GOV"), ["13"], "130", "1984", None, False,
  "threat over a span 'since June': optional; year")
E("bf07", "when the army stormed the Golden Temple", A("Indian army", "IND", "MIL"),
  A("Sikh militants", "IND", ["RAD", "REB"]), ["19"], "190", "1984-06", P("Amritsar", "IND"), True,
  "dated background assault 190 in a 'since June, when' clause with its own agent; 'in Amritsar' names the place; the "
  "June storming (owned22 a11) is only this background line")
E("bf07", "and killed the militant preacher Jarnail Singh", A("Indian army", "IND", "MIL"),
  A("Jarnail Singh Bhindranwale", "IND", ["RAD", "REB", "REL"]), ["19", "18"], "190", "1984-06", P("Amritsar", "IND"),
  False, "second verb of the background clause: optional")
E("bf07", "Mobs set fire to Sikh shops, homes", MOBS, SIKHS, ["18", "14", "20"], "180", "1984-10-31",
  P("New Delhi", "IND"), True, "mob attacks on a community 180 (18/14/20); 'across the capital' = New Delhi; 'on "
  "Wednesday evening'; 'witnesses said' is attribution, and nobody disputes the attacks")
E("bf07", "The authorities imposed a curfew in several", A("India's government", "IND", "GOV"), MOBS, ["17"], "1723",
  "1984-11-01", P("New Delhi", "IND"), True, "curfew 1723 aimed at the rioting; 'of the capital' = New Delhi; 'early "
  "on Thursday' in a Thursday paper")
E("bf07", "urged Indians not to take revenge on", A("Rajiv Gandhi", "IND", "GOV"), A("Indians", "IND", "CVL"),
  ["02", "10"], "020", "1984-10", None, False, "appeal for restraint: optional (an appeal to the public)")
E("bf07", "President Reagan condemned the killing as a", A("Ronald Reagan", "USA", "GOV"), GUARDS, ["11"], "111",
  "1984-10", None, False, "single outside reaction: optional")
F("bf07", "Gandhi had led India for all but", "standing situation")
F("bf07", "It was not clear whether the assassins", "speculation")

# ---------------------------------------------------------------- bf08 Ankara, Europe/Eurasia (Turkey)
S("bf08", "1980-09-12", "Europe/Eurasia", """
Turkish army seizes power, detains Demirel and Ecevit

ANKARA, Turkey —

Turkey's armed forces seized power in a bloodless coup early on Friday, dissolving parliament and detaining Prime Minister Suleyman Demirel and the opposition leader, Bulent Ecevit, the military said on state radio.

The chief of the general staff, General Kenan Evren, said in a broadcast that the army had acted to save the country from anarchy and from a parliament that had failed for months to elect a president.

A five-man National Security Council headed by Evren declared martial law across all 67 provinces and suspended the activities of political parties. A round-the-clock curfew was imposed in Ankara and Istanbul.

Troops also rounded up hundreds of leaders of the leftist DISK trade union confederation, state radio said.

The generals had warned the politicians in a letter to President Fahri Koruturk in December that the army would not stand by while the violence spread.

Evren promised to return power to an elected civilian government once a new constitution had been written, and he said Turkey would honour all its international commitments.

Political violence between left- and right-wing militants has killed about 5,000 people in the past two years.

In Washington, the State Department said it was following events closely.

It was not clear how long the generals intended to stay in power.
""")
TURM = A("Turkish armed forces", "TUR", "MIL")
TURG = A("Turkey's civilian government", "TUR", "GOV")
EVREN = A("Kenan Evren", "TUR", ["MIL", "GOV"])
E("bf08", "Turkish army seizes power, detains Demirel and", TURM, TURG, COUP, "1724", "1980-09-12", None, False,
  "headline")
E("bf08", "Turkey's armed forces seized power in a", TURM, TURG, COUP, "1724", "1980-09-12", None, True,
  "a declared military takeover 1724 (17/19, news-dev); 'early on Friday' in a Friday paper")
E("bf08", "dissolving parliament and detaining Prime Minister Suleyman", TURM,
  A("Turkey's parliament", "TUR", ["LEG", "GOV"]), ["17"], "172", "1980-09-12", None, True,
  "dissolving the legislature 172 (as owned54 bc11), a participle with its own object")
E("bf08", "detaining Prime Minister Suleyman Demirel and the", TURM, A("Suleyman Demirel", "TUR", "GOV"), ["17"], "173",
  "1980-09-12", None, True, "detention 173; first member of the compound object")
E("bf08", "and the opposition leader, Bulent Ecevit, the", TURM, A("Bulent Ecevit", "TUR", ["OPP", "PTY"]), ["17"],
  "173", "1980-09-12", None, False, "second member of the compound object: optional")
E("bf08", "declared martial law across all 67 provinces", EVREN, None, ["17"], "1724", "1980-09", None, True,
  "martial law 1724 (news-dev's declared emergency); the clause names no target; the council is Evren's, coded to "
  "the military; no day in the sentence: month")
E("bf08", "suspended the activities of political parties", EVREN, A("Turkish political parties", "TUR", "PTY"), ["17"],
  "1722", "1980-09", None, False, "ban on party activity 1722, second verb: optional")
E("bf08", "A round-the-clock curfew was imposed in Ankara", TURM, A("Turkish citizens", "TUR", "CVL"), ["17"], "1723",
  "1980-09", P("Ankara", "TUR"), False, "agentless passive: optional; first city named")
E("bf08", "Troops also rounded up hundreds of leaders", TURM, A("DISK trade union leaders", "TUR", ["LAB", "OPP"]),
  ["17"], "173", "1980-09", None, True, "mass arrests 173; 'state radio said' is attribution, undisputed; month")
E("bf08", "The generals had warned the politicians in", TURM, TURG, ["13"], "130", "1979-12", None, True,
  "dated background warning 130 'in December' before a September paper (1979); the politicians are the civilian government and parliament")
E("bf08", "Evren promised to return power to an", EVREN, A("Turkish citizens", "TUR", "CVL"), ["03"], "034", "1980-09",
  None, False, "promise of a return to civilian rule 034: optional (an intention)")
E("bf08", "the State Department said it was following", A("United States", "USA", "GOV"), TURM, ["01"], "010",
  "1980-09", P("Washington", "USA"), False, "neutral comment 010, single outside reaction: optional; 'In Washington' "
  "is where it spoke")
F("bf08", "Political violence between left- and right-wing militants", "count and standing situation")
F("bf08", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- bf09 Pristina, Europe/Eurasia (Yugoslavia / Kosovo)
S("bf09", "1998-03-10", "Europe/Eurasia", """
Western powers ban arms sales to Belgrade over Kosovo crackdown

PRISTINA, Yugoslavia —

Meeting in London on Monday, the six-nation Contact Group agreed to stop arms sales to Yugoslavia and gave President Slobodan Milosevic ten days to pull his special police out of Kosovo and open talks with the province's ethnic Albanian leaders.

Belgrade rejected the decisions as interference in Serbia's internal affairs.

The ministers acted after Serbian special police backed by armoured vehicles and helicopters attacked the village of Prekaz in the Drenica region on Thursday, killing the Kosovo Liberation Army commander Adem Jashari and dozens of his relatives.

It was the second raid in Drenica in a week. Police had killed at least 24 ethnic Albanians in the villages of Likosane and Cirez on Feb. 28 and March 1, after KLA gunmen ambushed a patrol and killed four officers.

Serbia's Interior Ministry said the police had wiped out a terrorist gang.

On March 2, police used water cannon, tear gas and batons to break up a march by tens of thousands of ethnic Albanians in Pristina.

Ibrahim Rugova, the Albanians' main political leader, urged the West to send an international force to protect civilians.

Ethnic Albanians make up about 90 percent of Kosovo's two million people.

It was unclear whether Milosevic would meet the deadline.
""")
CG = A("Contact Group", None, "IGO")
YUGG = A("Yugoslav government", "SRB", "GOV")
SRBCOP = A("Serbian special police", "SRB", "COP")
KLA = A("Kosovo Liberation Army", "SRB", ["REB", "RAD"])
KALB = A("Kosovo ethnic Albanians", "SRB", ["CVL", "OPP"])
E("bf09", "Western powers ban arms sales to Belgrade", CG, YUGG, SANCT, "163", "1998-03", None, False, "headline")
E("bf09", "the six-nation Contact Group agreed to stop", CG, YUGG, SANCT, "163", "1998-03-09", P("London", "GBR"), True,
  "arms embargo 163 (16/17); 'in London on Monday' before a Tuesday paper gives place and day; the group coded as an "
  "IGO with country null (as news-dev's ECOWAS); Yugoslavia coded SRB (the state of Serbia and Montenegro, which "
  "ISO now lists under Serbia)")
E("bf09", "gave President Slobodan Milosevic ten days to", CG, A("Slobodan Milosevic", "SRB", "GOV"), DEMAND, "106",
  "1998-03-09", P("London", "GBR"), True, "demand for withdrawal of the police 106 (10/02) with a deadline, a second "
  "act of the same sentence, required")
E("bf09", "Belgrade rejected the decisions as interference in", YUGG, CG, ["12"], "120", "1998-03", None, True,
  "rejection 120; 'Belgrade' is the government, an actor; no day: month")
E("bf09", "Serbian special police backed by armoured vehicles", SRBCOP, KLA, TAKE, "190", "1998-03-05",
  P("Prekaz", "SRB"), True, "armed assault 190 (19/18/17) in an 'after' clause with its own agent; 'on Thursday' "
  "before a Tuesday paper; 'the village of Prekaz' names the place; target the KLA commander's compound")
E("bf09", "Police had killed at least 24 ethnic", SRBCOP, KALB, ["18", "19", "17"], "180", "1998", P("Likosane", "SRB"),
  True, "dated background killings 180 (18/19/17); 'on Feb. 28 and March 1' spans two months: year; first village "
  "named")
E("bf09", "after KLA gunmen ambushed a patrol and", KLA, SRBCOP, ["19", "18"], "190", "1998-02", None, True,
  "dated background ambush 190 in an 'after' clause with its own agent, before Feb. 28: month")
E("bf09", "Serbia's Interior Ministry said the police had", A("Serbia's Interior Ministry", "SRB", ["GOV", "COP"]), KLA,
  ["11"], "112", "1998-03", None, False, "calling the dead a terrorist gang, an accusation inside one side's claim: "
  "optional")
E("bf09", "police used water cannon, tear gas and", SRBCOP, KALB, REPR, "175", "1998-03-02", P("Pristina", "SRB"), True,
  "force against marchers 175 (17/18); 'On March 2'; 'in Pristina' names the place; unnamed police are Serbia's, "
  "the story's country")
E("bf09", "a march by tens of thousands of", KALB, YUGG, ["14"], "141", "1998-03-02", P("Pristina", "SRB"), False,
  "the march inside the object of the crackdown: optional")
E("bf09", "urged the West to send an international", A("Ibrahim Rugova", "SRB", ["OPP", "PTY"]),
  A("Western governments", None, "GOV"), ["02", "10"], "020", "1998-03", None, False,
  "appeal for protection 020 (02/10): optional (an appeal to an unnamed set of states)")
F("bf09", "Ethnic Albanians make up about 90 percent", "count and standing situation")
F("bf09", "It was unclear whether Milosevic would meet", "speculation")

# ---------------------------------------------------------------- bf10 Washington, Americas (Chile / United States)
S("bf10", "1976-09-22", "Americas", """
Chilean exile Letelier killed by car bomb in Washington; friends blame Santiago junta

WASHINGTON, United States —

Orlando Letelier, a former Chilean ambassador to the United States and a leading critic of the military government in Santiago, was killed on Tuesday in the heart of Washington by a bomb that unidentified attackers had fixed under his car.

The blast tore the car apart as Letelier drove to work along Massachusetts Avenue. An American colleague, Ronni Moffitt, who was riding with him, also died, and her husband was hurt.

Letelier, who served as foreign and defence minister under President Salvador Allende, was arrested after the 1973 coup and held for a year on Dawson Island.

On Sept. 10, the junta stripped him of his Chilean citizenship, saying he had campaigned abroad to block loans to Chile.

His colleagues at the Institute for Policy Studies, where he worked, accused the Chilean secret police, DINA, of ordering the killing.

The Chilean embassy denied any involvement and said the junta deplored the crime.

Several hundred Chilean exiles and American supporters marched past the embassy on Tuesday evening, chanting against General Augusto Pinochet.

Senator Edward Kennedy called for a full federal inquiry, and the FBI joined the investigation.

It was not clear whether the bomb had been set off by remote control.

Massachusetts Avenue is lined with the embassies of dozens of countries.
""")
BOMBERS = A("unidentified bombers", None, None)
LETELIER = A("Orlando Letelier", "CHL", ["OPP", "ELI"])
CHLG = A("Chile's military government", "CHL", ["GOV", "MIL"])
IPS = A("Institute for Policy Studies", "USA", ["NGO", "EDU"])
E("bf10", "Chilean exile Letelier killed by car bomb", BOMBERS, LETELIER, ATTACK, "183", "1976-09-21",
  P("Washington", "USA"), False, "headline")
E("bf10", "friends blame Santiago junta", IPS, CHLG, ["11"], "112", "1976-09", None, False, "headline, second event")
E("bf10", "was killed on Tuesday in the heart of", BOMBERS, LETELIER, ATTACK, "183", "1976-09-21", P("Washington", "USA"),
  True, "bombing 183 (18/19/20) by unnamed attackers, null/null as news-dev's unnamed gunmen; 'on Tuesday' before a "
  "Wednesday paper; 'in the heart of Washington' names the place")
E("bf10", "An American colleague, Ronni Moffitt, who was", BOMBERS, A("Ronni Moffitt", "USA", ["NGO", "CVL"]), ATTACK,
  "183", "1976-09-21", P("Washington", "USA"), False, "the second victim, 'also died' with no agent: optional")
E("bf10", "was arrested after the 1973 coup and", CHLG, LETELIER, ["17"], "173", "1973", None, False,
  "agentless background passive: optional")
E("bf10", "the junta stripped him of his Chilean", CHLG, LETELIER, ["17"], "172", "1976-09-10", None, True,
  "stripping citizenship, an administrative sanction 172; 'On Sept. 10' dated background")
E("bf10", "saying he had campaigned abroad to block", CHLG, LETELIER, ["11"], "112", "1976-09-10", None, False,
  "the junta's accusation in a participle: optional")
E("bf10", "accused the Chilean secret police, DINA, of", IPS, A("DINA", "CHL", ["SPY", "GOV"]), ["11"], "112",
  "1976-09", None, True, "accusation 112; the colleagues are the institute; no day: month")
E("bf10", "The Chilean embassy denied any involvement and", CHLG, IPS, DENY, "016", "1976-09", None, True,
  "denial 016 (01/12); the embassy speaks for the government; target the accusers; month")
E("bf10", "said the junta deplored the crime", CHLG, BOMBERS, ["11"], "111", "1976-09", None, False,
  "condemnation of the unnamed bombers, second clause: optional")
E("bf10", "Several hundred Chilean exiles and American supporters", A("Chilean exiles", "CHL", ["CVL", "OPP"]), CHLG,
  ["14"], "141", "1976-09-21", None, True, "demonstration 141; first member of the compound subject; 'past the "
  "embassy' names no city; 'on Tuesday evening'")
E("bf10", "Senator Edward Kennedy called for a full", A("Edward Kennedy", "USA", ["LEG", "GOV"]),
  A("U.S. government", "USA", "GOV"), DEMAND, "101", "1976-09", None, False,
  "demand for an inquiry inside the country: optional")
F("bf10", "It was not clear whether the bomb", "speculation")
F("bf10", "Massachusetts Avenue is lined with the embassies", "standing situation")

# ---------------------------------------------------------------- bf11 Bogota, Americas (Colombia)
S("bf11", "1984-05-02", "Americas", """
Colombia declares state of siege after cocaine gunmen kill justice minister

BOGOTA, Colombia —

President Belisario Betancur placed Colombia under a state of siege on Tuesday and said his government would now extradite drug traffickers wanted in the United States, a day after gunmen on a motorcycle shot dead Justice Minister Rodrigo Lara Bonilla in the capital.

A gunman riding pillion fired seven shots into Lara Bonilla's car as it slowed in traffic in northern Bogota on Monday night, killing him almost at once.

His bodyguards gave chase and shot the gunman dead, and police arrested the driver of the motorcycle, a teenager who was wounded in the chase.

Lara Bonilla, 37, had led a campaign against the cocaine barons of Medellin. In March, police raided Tranquilandia, a vast complex of jungle laboratories, and seized about 14 tons of cocaine.

Betancur blamed the killing on drug traffickers, whom he called enemies of mankind.

Thousands of people filed past the minister's coffin in the Capitol on Tuesday.

U.S. Ambassador Lewis Tambs praised the government's decision to extradite traffickers.

Colombia supplies most of the cocaine sold in the United States, according to American officials.

It was not clear how long the state of siege would last.
""")
BETANCUR = A("Belisario Betancur", "COL", "GOV")
LARA = A("Rodrigo Lara Bonilla", "COL", "GOV")
GUNMEN = A("unidentified gunmen", None, None)
TRAFF = A("Colombian drug traffickers", "COL", "CRM")
E("bf11", "Colombia declares state of siege after cocaine", A("Colombia's government", "COL", "GOV"), None, ["17"],
  "1724", "1984-05-01", None, False, "headline")
E("bf11", "Betancur placed Colombia under a state of", BETANCUR, None, ["17"], "1724", "1984-05-01", None, True,
  "state of siege 1724; the clause names no target (as owned54 bc11); 'on Tuesday' before a Wednesday paper; the "
  "country is no place")
E("bf11", "said his government would now extradite drug", BETANCUR, TRAFF, ["13", "17"], "130", "1984-05-01", None,
  False, "extradition announced as an intention, a threat to the traffickers: optional")
E("bf11", "gunmen on a motorcycle shot dead Justice", GUNMEN, LARA, ATTACK, "186", "1984-04-30", P("Bogota", "COL"),
  False, "lead summary of the killing detailed next: optional; 'the capital' = Bogota")
E("bf11", "A gunman riding pillion fired seven shots", GUNMEN, LARA, ATTACK, "186", "1984-04-30", P("Bogota", "COL"),
  True, "assassination 186 (18/19/20) by an unnamed gunman, null/null (news-dev); 'in northern Bogota on Monday "
  "night' gives place and day")
E("bf11", "His bodyguards gave chase and shot the", A("Lara Bonilla's bodyguards", "COL", ["COP", "GOV"]), GUNMEN, TAKE,
  "190", "1984-04", None, True, "security men shooting an attacker 190 (19/18/17, as owned54); no day in the "
  "sentence: month")
E("bf11", "police arrested the driver of the motorcycle", A("Colombian police", "COL", "COP"),
  A("motorcycle driver", None, "CRM"), ["17"], "173", "1984-04", None, True,
  "arrest 173; the text gives the driver no nationality; month")
E("bf11", "police raided Tranquilandia, a vast complex of", A("Colombian police", "COL", "COP"), TRAFF, ["17"], "1711",
  "1984-03", P("Tranquilandia", "COL"), True, "dated background raid and seizure 1711 'In March'; the clause names "
  "the place")
E("bf11", "Betancur blamed the killing on drug traffickers", BETANCUR, TRAFF, ["11"], "112", "1984-05", None, True,
  "blame 112; 'whom he called enemies of mankind' is part of the same charge; month")
E("bf11", "Lewis Tambs praised the government's decision to", A("Lewis Tambs", "USA", "GOV"),
  A("Colombia's government", "COL", "GOV"), ["05"], "051", "1984-05", None, False,
  "praise 051, a single outside reaction: optional")
E("bf11", "had led a campaign against the cocaine", LARA, TRAFF, ["17", "11"], "170", None, None, False,
  "undated standing campaign: optional, no date support")
F("bf11", "Colombia supplies most of the cocaine sold", "standing situation")
F("bf11", "It was not clear how long the", "speculation (names the state of siege coded above)")

# ---------------------------------------------------------------- bf12 Rawalpindi, South Asia (Pakistan)
S("bf12", "1977-07-05", "South Asia", """
Pakistan army ousts Bhutto, promises elections in October

RAWALPINDI, Pakistan —

Pakistan's army overthrew Prime Minister Zulfikar Ali Bhutto early on Tuesday and took both Bhutto and the leaders of the opposition alliance that had campaigned for months to drive him from office into what it called protective custody.

General Mohammad Zia ul-Haq, the army chief of staff, said in a broadcast that the armed forces had stepped in only because the politicians had failed to end the crisis, and he promised free elections in October.

Zia declared martial law and dissolved the National Assembly and the four provincial assemblies, but he left President Fazal Elahi Chaudhry in office.

Troops surrounded the prime minister's residence before dawn, and Bhutto was taken to the hill resort of Murree.

The Pakistan National Alliance, a coalition of nine parties, accused Bhutto of rigging the March 7 general election and has led strikes and street protests since then in which more than 300 people have died.

Bhutto's government imposed martial law in Karachi, Lahore and Hyderabad in April after rioting in the three cities.

Bhutto and the alliance's leaders negotiated through June on a date for new elections, but the talks broke down at the weekend.

The streets of Rawalpindi were quiet on Tuesday, and there were no reports of resistance to the takeover.

Pakistan's army has ruled the country for 13 of its 30 years of independence.
""")
PAKM = A("Pakistan's army", "PAK", "MIL")
BHUTTO = A("Zulfikar Ali Bhutto", "PAK", "GOV")
PNA = A("Pakistan National Alliance", "PAK", ["OPP", "PTY"])
ZIA = A("Mohammad Zia ul-Haq", "PAK", ["MIL", "GOV"])
E("bf12", "Pakistan army ousts Bhutto, promises elections in", PAKM, BHUTTO, COUP, "1724", "1977-07-05", None, False,
  "headline")
E("bf12", "Pakistan's army overthrew Prime Minister Zulfikar Ali", PAKM, BHUTTO, COUP, "1724", "1977-07-05", None, True,
  "military takeover 1724 (17/19); 'early on Tuesday' in a Tuesday paper")
E("bf12", "took both Bhutto and the leaders of", PAKM, BHUTTO, ["17"], "173", "1977-07-05", None, True,
  "detention 173 ('protective custody' is the army's word); first member of the compound object")
E("bf12", "leaders of the opposition alliance that had", PAKM, PNA, ["17"], "173", "1977-07-05", None, False,
  "second member of the compound object: optional")
E("bf12", "the armed forces had stepped in only", ZIA, A("Pakistan's politicians", "PAK", ["GOV", "PTY"]), ["11"],
  "112", "1977-07", None, False, "blame inside the justification: optional")
E("bf12", "he promised free elections in October", ZIA, A("Pakistani citizens", "PAK", "CVL"), ["03"], "034",
  "1977-07", None, False, "promise of elections, an intention 034: optional")
E("bf12", "Zia declared martial law and dissolved the", ZIA, None, ["17"], "1724", "1977-07", None, True,
  "martial law 1724 with no named target; no day in the sentence: month")
E("bf12", "dissolved the National Assembly and the four", ZIA, A("Pakistan's National Assembly", "PAK", ["LEG", "GOV"]),
  ["17"], "172", "1977-07", None, True, "dissolving the legislature 172 (as owned54 bc11 and bf08); month")
E("bf12", "Troops surrounded the prime minister's residence before", PAKM, BHUTTO, ["17", "19"], "170", "1977-07",
  None, False, "restatement of the takeover's detail: optional; the move to Murree is an agentless passive")
E("bf12", "accused Bhutto of rigging the March 7", PNA, BHUTTO, ["11"], "112", "1977", None, False,
  "background accusation without a date of its own (after March 7): optional, year")
E("bf12", "has led strikes and street protests since", PNA, BHUTTO, ["14"], "140", "1977", None, False,
  "protests over a span of months 'since then': optional, year")
E("bf12", "government imposed martial law in Karachi, Lahore", A("Bhutto's government", "PAK", "GOV"),
  A("Pakistani rioters", "PAK", ["CVL", "OPP"]), ["17"], "1724", "1977-04", P("Karachi", "PAK"), True,
  "dated background martial law 'in April'; the clause names the rioting as the reason, so the rioters are the "
  "target (as owned54 bc09); first city named")
E("bf12", "Bhutto and the alliance's leaders negotiated through", BHUTTO, PNA, ["04"], "046", "1977-06", None, True,
  "dated background negotiation 046 'through June'; first-mentioned direction")
E("bf12", "Bhutto and the alliance's leaders negotiated through", PNA, BHUTTO, ["04"], "046", "1977-06", None, False,
  "reverse direction: optional")
F("bf12", "The streets of Rawalpindi were quiet on", "standing situation and a negated act ('no reports of resistance')")
F("bf12", "Pakistan's army has ruled the country for", "standing situation")

write(HERE)
