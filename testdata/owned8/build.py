#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the ninth owned evaluation set (owned8) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned8/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP  # noqa: E402


ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
DEPLOY = ["07", "15"]
FIRE = ["18", "17", "19"]
MEDIATE = ["04", "03"]
RESTRICT = ["17", "16"]

# ---------------------------------------------------------------- v01 Port-au-Prince, Americas
S("v01", "1994-09-21", "Americas", """
U.S. troops land in Haiti under Carter deal as generals agree to go

PORT-AU-PRINCE, Haiti —

Thousands of American soldiers landed in Haiti on Monday without firing a shot, taking over the airport and seaport of the capital under an accord that former President Jimmy Carter struck with the island's military rulers a day earlier.

The agreement, reached on Sunday after two days of tense talks at army headquarters, commits Lt. Gen. Raoul Cedras and his chief of staff, Brigadier General Philippe Biamby, to give up power by Oct. 15. Carter negotiated it alongside Senator Sam Nunn and Gen. Colin Powell, the retired chairman of the Joint Chiefs of Staff.

President Bill Clinton had already sent paratroopers aloft from North Carolina when the generals gave way. He called the planes back on Sunday evening.

Emile Jonassaint, the elderly judge whom the army installed as president in May, signed the document for Haiti.

On Tuesday, Haitian police clubbed demonstrators who had come to the port to cheer the arriving Americans, and one man died, witnesses said. U.S. officers watched but did not intervene.

Jean-Bertrand Aristide, the elected president who was ousted in a 1991 coup, thanked Clinton from his exile in Washington but did not say when he would return.

Evans Paul, the mayor of Port-au-Prince, who spent months in hiding, appealed to his supporters to stay calm and avoid revenge attacks.

The force is expected to grow to some 15,000 troops within weeks. It was not clear whether Cedras would leave the country.
""")
USAM = A("U.S. troops", "USA", "MIL")
HTIM = A("Haitian military rulers", "HTI", ["MIL", "GOV"])
CEDRAS = A("Raoul Cedras", "HTI", ["MIL", "GOV"])
CARTER = A("Jimmy Carter", "USA", "GOV")
CLINTON = A("Bill Clinton", "USA", "GOV")
E("v01", "U.S. troops land in Haiti under Carter", USAM, A("Haiti", "HTI", None), DEPLOY, "074", "1994-09-19", None, False,
  "headline")
E("v01", "generals agree to go", CEDRAS, A("United States", "USA", "GOV"), ["08", "03"], "0831", "1994-09-18", None,
  False, "headline")
E("v01", "Thousands of American soldiers landed in Haiti on", USAM, A("Haiti", "HTI", None), DEPLOY, "074", "1994-09-19",
  P("Port-au-Prince", "HTI"), True,
  "troops landing under an agreement (owned7 u01: 074, 07/15); 'the capital' with the dateline = Port-au-Prince; "
  "target the country with sector null (no recognised government)")
E("v01", "an accord that former President Jimmy Carter struck", CARTER, HTIM, AGREE, "057", "1994-09-18", None, False,
  "lead summary of the agreement detailed in the next paragraph: optional; 'a day earlier' = Sunday")
E("v01", "The agreement, reached on Sunday after two", CARTER, CEDRAS, AGREE, "057", "1994-09-18", None, True,
  "agreement reached (05/03/08); nominal subject, parties named in the lead (Carter, the military rulers) and in "
  "the clause (Cedras): first party as source")
E("v01", "commits Lt. Gen. Raoul Cedras and his", CEDRAS, A("United States", "USA", "GOV"), ["08", "03"], "0831",
  "1994-09-18", None, False, "promise to step down inside the agreement's terms: coders split (yield 0831 / "
  "promise 03 / none): optional")
E("v01", "Carter negotiated it alongside Senator Sam Nunn", CARTER, CEDRAS, ["04"], "046", "1994-09", None, False,
  "restatement of the talks ('it' = the agreement): optional")
E("v01", "He called the planes back on Sunday", CLINTON, HTIM, ["08"], "087", "1994-09-18", None, True,
  "'He' = Clinton; calling back an airborne invasion force: de-escalation 087; Sunday")
E("v01", "had already sent paratroopers aloft from North", CLINTON, HTIM, ["15", "13"], "152", "1994-09-18", None, False,
  "launch of an invasion force then recalled: mobilisation 15 or threat 13, coders split: optional")
E("v01", "signed the document for Haiti", A("Emile Jonassaint", "HTI", "GOV"), CARTER, AGREE, "057", "1994-09-18",
  None, True, "signing of the accord (057); installed president of the military regime; 'the document' = Sunday's "
  "agreement: Sunday")
E("v01", "whom the army installed as president in", HTIM, A("Emile Jonassaint", "HTI", "GOV"), ["05", "17"], "050",
  "1994-05", None, False, "installing a puppet president: hardly an interaction, optional")
E("v01", "Haitian police clubbed demonstrators who had come", A("Haitian police", "HTI", "COP"),
  A("pro-Aristide demonstrators", "HTI", ["CVL", "OPP"]), REPR, "180", "1994-09-20", P("Port-au-Prince", "HTI"), True,
  "police beating a crowd (repression 17/18); 'the port' with the dateline = Port-au-Prince; Tuesday")
E("v01", "who had come to the port to", A("pro-Aristide demonstrators", "HTI", ["CVL", "OPP"]), USAM, ["05", "14"],
  "050", "1994-09-20", P("Port-au-Prince", "HTI"), False, "crowd cheering troops in a relative clause: optional")
E("v01", "who was ousted in a 1991 coup", HTIM, A("Jean-Bertrand Aristide", "HTI", "GOV"), COUP, "1724", "1991", None,
  True, "dated background coup in an agentless passive, the army implied by the story: required; year only")
E("v01", "thanked Clinton from his exile in Washington", A("Jean-Bertrand Aristide", "HTI", "GOV"), CLINTON, ["05"],
  "051", "1994-09", None, True, "praise (051); 'from his exile in Washington' is where he is, not the place of an "
  "event in Haiti's story: place kept null; no day: month")
E("v01", "appealed to his supporters to stay calm", A("Evans Paul", "HTI", ["GOV", "OPP"]),
  A("Aristide supporters", "HTI", ["CVL", "OPP"]), DEMAND, "020", "1994-09", None, True,
  "appeal to supporters (02/10) by a mayor the text describes; no day: month")
F("v01", "The force is expected to grow to", "future and count")
F("v01", "It was not clear whether Cedras would", "speculation")

# ---------------------------------------------------------------- v02 Maseru, Africa
S("v02", "1998-09-23", "Africa", """
South African troops enter Lesotho to crush army revolt; Maseru looted

MASERU, Lesotho —

South African soldiers crossed into Lesotho before dawn on Tuesday and battled rebellious Lesotho troops at an army base and at the Katse dam, in an operation that Pretoria said was meant to head off a coup in the mountain kingdom.

Prime Minister Pakalitha Mosisili asked the Southern African Development Community for military help last week. Junior officers had mutinied on Sept. 11 and forced the army commander to resign, and the government said it could no longer count on its own forces.

Mangosuthu Buthelezi, who is acting president while Nelson Mandela travels abroad, said the troops had gone in at the invitation of a legitimate government. Botswana is to send soldiers of its own.

As word of the intervention spread, crowds torched shops and looted banks in the centre of Maseru, and smoke hung over the capital through the afternoon.

Opposition parties, whose supporters have camped outside the royal palace since August, denounced the operation as an invasion. They accuse Mosisili's Lesotho Congress for Democracy of rigging the May election, in which it took 79 of the 80 seats.

A commission led by a South African judge, Pius Langa, found serious irregularities in the vote but stopped short of declaring it void.

Molapo Qhobela, who leads the Basotho Congress Party, demanded that the foreign troops leave at once.

Lesotho, a country of two million people, is entirely surrounded by South Africa. Whether the mutineers would lay down their arms was unclear.
""")
ZAFM = A("South African troops", "ZAF", "MIL")
LSOM = A("Lesotho army mutineers", "LSO", ["MIL", "REB"])
LSOG = A("Lesotho", "LSO", "GOV")
LSOO = A("Lesotho opposition parties", "LSO", ["PTY", "OPP"])
SADC = A("Southern African Development Community", None, "IGO")
E("v02", "South African troops enter Lesotho to crush", ZAFM, A("Lesotho", "LSO", None), DEPLOY, "074", "1998-09-22",
  None, False, "headline")
E("v02", "crush army revolt; Maseru looted", A("Basotho rioters", "LSO", "CVL"), None, VPROT, "145", "1998-09-22", P("Maseru", "LSO"), False,
  "headline")
E("v02", "South African soldiers crossed into Lesotho before", ZAFM, A("Lesotho", "LSO", None), DEPLOY, "074",
  "1998-09-22", None, True,
  "intervention at the host's request (owned6: foreign troops arriving at the host's request 074, 07/15); the country "
  "with sector null as target; Tuesday")
E("v02", "battled rebellious Lesotho troops at an army", ZAFM, LSOM, FORCE, "190", "1998-09-22", None, True,
  "fighting with mutineers (19/18), second act of the sentence with its own target; Katse is a dam, base unnamed: "
  "place null")
E("v02", "asked the Southern African Development Community for", A("Pakalitha Mosisili", "LSO", "GOV"), SADC, DEMAND,
  "0234", "1998-09", None, True,
  "the host's request for troops 0234 (owned6 t04/t06); SADC country null/IGO (like ECOWAS); 'last week' from a "
  "Wednesday: month")
E("v02", "Junior officers had mutinied on Sept. 11", LSOM, A("Lesotho army command", "LSO", "MIL"), COUP, "170",
  "1998-09-11", None, True,
  "mutiny forcing the commander out: coercion with coup roots 17/19; dated background; the commander as target")
E("v02", "said the troops had gone in at", A("Mangosuthu Buthelezi", "ZAF", "GOV"), A("Lesotho", "LSO", None), DEPLOY,
  "074", "1998-09", None, False, "restatement of the intervention in reported speech: optional")
E("v02", "Botswana is to send soldiers of its", A("Botswana", "BWA", ["GOV", "MIL"]), A("Lesotho", "LSO", None), DEPLOY,
  "074", "1998-09", None, False, "announced plan of an outside party, future: optional")
E("v02", "crowds torched shops and looted banks in", A("Basotho rioters", "LSO", "CVL"), None, VPROT, "145",
  "1998-09-22", P("Maseru", "LSO"), True,
  "riot and looting (violent protest 14/18/17) with no target; the clause names Maseru; same day as the crossing "
  "('As word of the intervention spread')")
E("v02", "whose supporters have camped outside the royal", A("opposition supporters", "LSO", ["CVL", "OPP"]), LSOG,
  ["14"], "141", "1998-08", None, False, "standing protest in a relative clause: optional; 'since August'")
E("v02", "denounced the operation as an invasion", LSOO, ZAFM, ["11"], "111", "1998-09", None, True,
  "condemnation of the intervention; no day: month")
E("v02", "They accuse Mosisili's Lesotho Congress for Democracy", LSOO,
  A("Lesotho Congress for Democracy", "LSO", ["GOV", "PTY"]), ["11"], "112", "1998-09", None, True,
  "'They' = the opposition parties; standing accusation in the present: month")
E("v02", "found serious irregularities in the vote but", A("Langa commission", None, "IGO"), LSOG, ["11"], "112",
  "1998", None, False, "a commission's finding: coders split (accusation / none): optional; undated: year")
E("v02", "demanded that the foreign troops leave at", A("Molapo Qhobela", "LSO", ["PTY", "OPP"]), ZAFM, DEMAND, "1056",
  "1998-09", None, True, "demand for the withdrawal of troops (10/02); opposition leader the text describes; month")
F("v02", "Lesotho, a country of two million people", "standing situation and count")
F("v02", "Whether the mutineers would lay down their", "speculation")

# ---------------------------------------------------------------- v03 Suva, Pacific
S("v03", "2000-05-21", "Pacific", """
Gunmen hold Fiji's prime minister hostage in parliament; Suva looted

SUVA, Fiji —

Armed men led by a failed businessman, George Speight, were still holding Prime Minister Mahendra Chaudhry and about 30 members of his government inside parliament on Saturday, a day after they burst into the chamber and took them captive at gunpoint.

Speight, who says he speaks for indigenous Fijians, announced on Friday that he had seized power and scrapped the 1997 constitution. He also demanded that President Ratu Sir Kamisese Mara step down.

Mara refused to quit. Within hours of the raid, the president declared a state of emergency and imposed a curfew on the capital, where mobs had smashed and looted scores of shops owned by Indo-Fijians.

Soldiers sealed off the parliamentary compound on Saturday morning, but the army commander, Commodore Frank Bainimarama, said his men would not storm it while the hostages were inside.

Jo Nata, a spokesman for the gunmen, told reporters that the captives were being treated well and would be freed once the president resigned.

Don McKinnon, the secretary-general of the Commonwealth, condemned the seizure as an assault on democracy and called on Speight to release the hostages unharmed. Australia and New Zealand also denounced it.

Chaudhry became Fiji's first prime minister of Indian descent a year ago. Indo-Fijians make up about 44 percent of the country's 800,000 people.

It was not clear whether the army would move against the gunmen.
""")
SPEIGHT = A("George Speight", "FJI", ["REB", "RAD"])
GUNMEN = A("Speight's gunmen", "FJI", ["REB", "RAD"])
CHAUD = A("Mahendra Chaudhry", "FJI", "GOV")
MARA = A("Ratu Sir Kamisese Mara", "FJI", "GOV")
FJIM = A("Fijian army", "FJI", "MIL")
E("v03", "Gunmen hold Fiji's prime minister hostage in", GUNMEN, CHAUD, ["18", "17"], "181", "2000-05", None, False,
  "headline")
E("v03", "hostage in parliament; Suva looted", A("Fijian mobs", "FJI", "CVL"), A("Indo-Fijians", "FJI", "CVL"), VPROT, "145", "2000-05",
  P("Suva", "FJI"), False, "headline")
E("v03", "were still holding Prime Minister Mahendra Chaudhry and", GUNMEN, CHAUD, ["18", "17"], "181", "2000-05-20",
  None, False, "standing hostage situation on Saturday: restatement of the seizure, optional")
E("v03", "burst into the chamber and took them", GUNMEN, CHAUD, ["18", "17"], "181", "2000-05-19", None, True,
  "hostage-taking 181 (owned5); 'they' = the gunmen, 'them' = Chaudhry and his ministers: first target; 'a day "
  "after' Saturday = Friday; the chamber is in Suva but the clause names no city: place null")
E("v03", "announced on Friday that he had seized", SPEIGHT, A("Fiji", "FJI", "GOV"), COUP, "1724", "2000-05-19", None,
  True, "declared takeover 1724 (coup roots 17/19); Friday")
E("v03", "He also demanded that President Ratu Sir", SPEIGHT, MARA, DEMAND, "1041", "2000-05-19", None, True,
  "'He' = Speight; demand for a leader's resignation 1041 (10/02); same announcement: Friday")
E("v03", "Mara refused to quit", MARA, SPEIGHT, ["12"], "124", "2000-05", None, True,
  "stated refusal (owned6/owned7: 12); no day: month")
E("v03", "declared a state of emergency and imposed", MARA, A("Fiji", "FJI", None), COUP, "1724", "2000-05", None, True,
  "declared emergency 1724 (17/19); 'Within hours of the raid' may cross midnight: month")
E("v03", "imposed a curfew on the capital, where", MARA, A("Suva residents", "FJI", "CVL"), ["17"], "1723", "2000-05",
  P("Suva", "FJI"), False, "curfew, second act of the sentence: optional (owned7 u08)")
E("v03", "where mobs had smashed and looted scores", A("Fijian mobs", "FJI", "CVL"), A("Indo-Fijians", "FJI", "CVL"),
  VPROT, "145", "2000-05", P("Suva", "FJI"), True,
  "mob attack on a community's shops (owned7 u08: 145, 14/18/17) in a relative clause; 'the capital' = Suva; "
  "pluperfect, no day: month")
E("v03", "Soldiers sealed off the parliamentary compound on", FJIM, GUNMEN, ["19", "17"], "191", "2000-05-20", None,
  True, "cordon 191 (owned6/owned7: 19/17); Saturday morning")
E("v03", "said his men would not storm it", A("Frank Bainimarama", "FJI", "MIL"), GUNMEN, ["12", "03"], "120",
  "2000-05", None, False, "stated intention not to use force: optional")
E("v03", "would be freed once the president resigned", A("Jo Nata", "FJI", ["REB", "RAD"]), MARA, ["13", "10"], "130",
  "2000-05", None, False, "conditional release (threat 13 / demand 10, coders split), reported: optional")
E("v03", "condemned the seizure as an assault on", A("Don McKinnon (Commonwealth)", None, "IGO"), GUNMEN, ["11"], "111",
  "2000-05", None, False, "single outside reaction: optional; Commonwealth null/IGO")
E("v03", "called on Speight to release the hostages", A("Don McKinnon (Commonwealth)", None, "IGO"), SPEIGHT, DEMAND,
  "1053", "2000-05", None, False, "outside appeal for release, second act: optional")
E("v03", "Australia and New Zealand also denounced it", A("Australia", "AUS", "GOV"), GUNMEN, ["11"], "111", "2000-05",
  None, False, "pair of outside parties: optional for each")
E("v03", "Australia and New Zealand also denounced it", A("New Zealand", "NZL", "GOV"), GUNMEN, ["11"], "111", "2000-05",
  None, False, "second member of the pair")
F("v03", "Indo-Fijians make up about 44 percent of", "standing situation and count")
F("v03", "It was not clear whether the army", "speculation")

# ---------------------------------------------------------------- v04 Islamabad, South Asia
S("v04", "2007-07-11", "South Asia", """
Pakistani commandos storm Islamabad's Red Mosque; rebel cleric killed

ISLAMABAD, Pakistan —

Pakistani commandos stormed the Red Mosque in the heart of the capital at dawn on Tuesday after last-ditch talks with the armed students barricaded inside broke down, and the cleric who led them, Abdul Rashid Ghazi, was killed in the fighting.

Troops were still clearing the mosque's seminary room by room late in the evening. Brigadier Javed Iqbal Cheema, an Interior Ministry spokesman, said more than 50 militants and eight soldiers had died.

Chaudhry Shujaat Hussain, the president of the ruling party, had led a team of negotiators who bargained with Ghazi by telephone for much of the night. According to the government, Ghazi insisted on safe passage for himself and his followers, a demand it turned down.

The standoff began on July 3, when students armed with sticks and rifles clashed with police outside the mosque and set fire to a government office nearby. The next day, Ghazi's elder brother, Maulana Abdul Aziz, the mosque's chief cleric, was caught trying to slip out of the compound disguised in a woman's burqa.

President Pervez Musharraf had warned the militants that they would be killed unless they surrendered.

Qazi Hussain Ahmad, who heads an alliance of religious parties, accused Musharraf of slaughtering students to please Washington.

It was not clear how many women and children had still been inside when the assault began.
""")
PAKM = A("Pakistani commandos", "PAK", "MIL")
PAKG = A("Pakistan", "PAK", "GOV")
GHAZI = A("Abdul Rashid Ghazi", "PAK", ["REL", "RAD"])
MILIT = A("Red Mosque militants", "PAK", ["RAD", "REL"])
E("v04", "Pakistani commandos storm Islamabad's Red Mosque; rebel", PAKM, MILIT, FORCE, "190", "2007-07-10",
  P("Islamabad", "PAK"), False, "headline")
E("v04", "stormed the Red Mosque in the heart", PAKM, MILIT, FORCE, "190", "2007-07-10", P("Islamabad", "PAK"), True,
  "armed assault on a besieged mosque (19/18); 'the capital' with the dateline = Islamabad; Tuesday")
E("v04", "was killed in the fighting", PAKM, GHAZI, ATTACK, "190", "2007-07-10", P("Islamabad", "PAK"), False,
  "death in combat in an agentless passive: part of the assault, optional")
E("v04", "Troops were still clearing the mosque's seminary", PAKM, MILIT, FORCE, "190", "2007-07-10", None, False,
  "continuation of the assault: optional")
E("v04", "had led a team of negotiators who", A("Chaudhry Shujaat Hussain", "PAK", ["GOV", "PTY"]), GHAZI, ["04"], "046",
  "2007-07", None, True, "negotiation 046 by a party leader the text describes; 'for much of the night' before a "
  "dawn assault crosses midnight: month")
E("v04", "Ghazi insisted on safe passage for himself", GHAZI, PAKG, DEMAND, "100", "2007-07", None, False,
  "demand in the government's account: optional")
E("v04", "a demand it turned down", PAKG, GHAZI, ["12"], "120", "2007-07", None, True,
  "rejection 12; 'it' = the government; month")
E("v04", "students armed with sticks and rifles clashed", A("Red Mosque students", "PAK", ["RAD", "EDU", "REL"]),
  A("Pakistani police", "PAK", "COP"), ["19", "18", "14"], "190", "2007-07-03", P("Islamabad", "PAK"), True,
  "armed clash (clash roots 19/18/14), dated background in a 'when' clause; 'outside the mosque' with the dateline "
  "and the lead = Islamabad; first-mentioned party as source")
E("v04", "students armed with sticks and rifles clashed", A("Pakistani police", "PAK", "COP"),
  A("Red Mosque students", "PAK", ["RAD", "EDU", "REL"]), ["19", "18", "14"], "190", "2007-07-03",
  P("Islamabad", "PAK"), False, "reverse direction of the clash")
E("v04", "set fire to a government office nearby", A("Red Mosque students", "PAK", ["RAD", "EDU", "REL"]), PAKG, VPROT,
  "145", "2007-07-03", P("Islamabad", "PAK"), False, "arson, second act of the sentence: optional")
E("v04", "was caught trying to slip out of", A("Pakistani security forces", "PAK", ["MIL", "COP"]),
  A("Maulana Abdul Aziz", "PAK", ["REL", "RAD"]), ["17"], "173", "2007-07-04", P("Islamabad", "PAK"), True,
  "arrest in an agentless passive, the security forces implied: required; 'The next day' after July 3 = July 4")
E("v04", "had warned the militants that they would", A("Pervez Musharraf", "PAK", "GOV"), MILIT, ["13"], "138",
  "2007-07", None, True, "ultimatum / threat of force 138; pluperfect, no day: month")
E("v04", "accused Musharraf of slaughtering students to please", A("Qazi Hussain Ahmad", "PAK", ["PTY", "OPP", "REL"]),
  A("Pervez Musharraf", "PAK", "GOV"), ["11"], "112", "2007-07", None, True,
  "accusation by an opposition leader the text describes (the killing inside it is alleged); month")
F("v04", "said more than 50 militants and eight", "casualty count")
F("v04", "It was not clear how many women", "speculation")

# ---------------------------------------------------------------- v05 Conakry, Africa
S("v05", "2009-09-29", "Africa", """
Guinean troops fire on opposition rally in stadium; scores killed

CONAKRY, Guinea —

Soldiers opened fire on tens of thousands of opposition supporters packed into Conakry's main football stadium on Monday, killing scores of people, according to witnesses and a local rights group, in the bloodiest crackdown since the army seized power in December.

The crowd had gathered to protest against the expected candidacy of the junta leader, Captain Moussa Dadis Camara, in a presidential election due in January. The authorities had banned the rally the day before.

Mamadou Bah, a teacher who escaped over a wall, said members of the presidential guard locked the gates and then shot into the stands. Women were dragged from the crowd and assaulted, he said.

Two opposition leaders, the former prime ministers Cellou Dalein Diallo and Sidya Toure, were beaten by soldiers and taken to hospital with head wounds.

Camara said on Tuesday that he had not ordered the shooting and blamed what he called uncontrolled elements of the army. He promised an inquiry.

France, the former colonial power, condemned the killings and suspended its military cooperation with Conakry. The African Union warned the junta of sanctions if Camara stood for office.

Guinea, a former French colony, holds about a third of the world's bauxite reserves. Whether the election would go ahead in January was unclear.
""")
GINM = A("Guinean soldiers", "GIN", "MIL")
GINO = A("Guinean opposition supporters", "GIN", ["CVL", "OPP"])
CAMARA = A("Moussa Dadis Camara", "GIN", ["GOV", "MIL"])
GING = A("Guinea", "GIN", ["GOV", "MIL"])
E("v05", "Guinean troops fire on opposition rally in", GINM, GINO, FIRE, "180", "2009-09-28", None, False, "headline")
E("v05", "Soldiers opened fire on tens of thousands", GINM, GINO, FIRE, "180", "2009-09-28", P("Conakry", "GIN"), True,
  "troops firing on a rally (owned6 t09: 180 with roots 18/17/19); unnamed troops of the story's country; the "
  "clause names Conakry; Monday")
E("v05", "since the army seized power in December", A("Guinean army", "GIN", "MIL"), A("Guinea", "GIN", "GOV"), COUP,
  "1724", "2008-12", None, True, "dated background coup in a subordinate clause (17/19); 'in December' from a "
  "September paper = 2008-12")
E("v05", "The crowd had gathered to protest against", GINO, CAMARA, ["14"], "141", "2009-09", None, True,
  "demonstration against the junta leader; pluperfect, no day of its own: month")
E("v05", "The authorities had banned the rally the", GING, GINO, ["17"], "172", "2009-09-27", None, True,
  "ban on a rally (administrative restriction 172); 'the day before' the Monday rally = Sunday")
E("v05", "members of the presidential guard locked the", A("Guinean presidential guard", "GIN", "MIL"), GINO, FIRE,
  "180", "2009-09-28", None, False, "restatement of the shooting in a witness's account: optional")
E("v05", "Women were dragged from the crowd and", GINM, A("Guinean women protesters", "GIN", "CVL"), ["18"], "1821",
  "2009-09-28", None, False, "sexual assault in an agentless passive inside a witness's account: optional")
E("v05", "were beaten by soldiers and taken to", GINM, A("Cellou Dalein Diallo", "GIN", ["OPP", "PTY"]), ["18", "17"],
  "182", "2009-09", None, True,
  "beating (18) in a passive with its agent; compound object: first person required; no day in the sentence: month")
E("v05", "were beaten by soldiers and taken to", GINM, A("Sidya Toure", "GIN", ["OPP", "PTY"]), ["18", "17"], "182",
  "2009-09", None, False, "second member of the compound object")
E("v05", "blamed what he called uncontrolled elements of", CAMARA, A("Guinean army", "GIN", "MIL"), ["11"], "112",
  "2009-09-29", None, True, "blame 112 against his own soldiers; Tuesday")
E("v05", "He promised an inquiry", CAMARA, GINO, ["03"], "030", "2009-09-29", None, False,
  "promise, an intention: optional")
E("v05", "condemned the killings and suspended its military", A("France", "FRA", "GOV"), GING, ["11"], "111", "2009-09",
  None, False, "single outside condemnation: optional")
E("v05", "suspended its military cooperation with Conakry", A("France", "FRA", "GOV"), GING, SANCT, "1622", "2009-09",
  None, True, "cutting military aid 1622 (owned6 t11: 16/17); 'Conakry' is the government, not a place; a sanction "
  "with its own act: required; month")
E("v05", "warned the junta of sanctions if Camara", A("African Union", "AFR", "IGO"), GING, ["13"], "1312", "2009-09",
  None, False, "conditional outside threat of sanctions: optional")
F("v05", "holds about a third of the world's", "standing situation")
F("v05", "Whether the election would go ahead in", "speculation")

# ---------------------------------------------------------------- v06 Tallinn, Europe/Eurasia
S("v06", "2007-04-28", "Europe/Eurasia", """
Estonia moves Soviet war memorial after night of riots; Moscow protests

TALLINN, Estonia —

Estonian workers lifted a bronze statue of a Red Army soldier from its plinth in central Tallinn before dawn on Friday, hours after the government ordered it moved following a night of rioting by ethnic Russians who had gathered to defend it.

Police fired rubber bullets and tear gas at crowds that smashed shop windows and set cars alight, and detained about 300 people, most of them young Russian speakers. One man was stabbed to death.

Dmitri Linter, a leader of the Night Watch group that had guarded the monument for a year, was arrested and charged with organising mass disorder.

Foreign Minister Urmas Paet accused Russian officials of stirring up the rioters through state television.

In Moscow, Foreign Minister Sergei Lavrov called the removal blasphemous and said Russia would review its ties with its small neighbour. The upper house of the Russian parliament urged President Vladimir Putin to break off diplomatic relations with Tallinn.

Hundreds of young activists from Nashi, a pro-Kremlin youth movement, besieged the Estonian embassy in Moscow on Friday, pelting it with eggs and tearing down its flag. Marina Kaljurand, Estonia's ambassador, said her staff could barely leave the building.

The government says the statue will be put up again at a military cemetery on the edge of the city. About a quarter of Estonia's 1.3 million people are ethnic Russians.
""")
ESTG = A("Estonia", "EST", "GOV")
ESTP = A("Estonian police", "EST", "COP")
RIOT = A("ethnic Russian rioters", "EST", "CVL")
RUSG = A("Russia", "RUS", "GOV")
E("v06", "after night of riots; Moscow protests", RUSG, ESTG, ["11", "14"], "111", "2007-04", None, False,
  "headline; 'Moscow' is the government")
E("v06", "following a night of rioting by ethnic", RIOT, ESTG, VPROT, "145", "2007-04", P("Tallinn", "EST"), True,
  "nominal riot with its agent in the phrase (violent protest 14/18/17); 'central Tallinn' in the same sentence; a "
  "night that crosses midnight before Friday: month")
E("v06", "Police fired rubber bullets and tear gas", ESTP, RIOT, REPR, "175", "2007-04", None, True,
  "riot control with force (repression 17/18); unnamed police of the story's country; no day: month")
E("v06", "detained about 300 people, most of them", ESTP, RIOT, ["17"], "173", "2007-04", None, True,
  "mass detention, second act of the sentence (its own verb): required; month")
E("v06", "crowds that smashed shop windows and set", RIOT, None, VPROT, "145", "2007-04", None, False,
  "restatement of the rioting in a relative clause: optional")
E("v06", "was arrested and charged with organising mass", ESTP, A("Dmitri Linter", "EST", ["CVL", "OPP"]), ["17"], "173",
  "2007-04", None, True, "arrest in an agentless passive, the police implied: required; month")
E("v06", "accused Russian officials of stirring up the", A("Urmas Paet", "EST", "GOV"), RUSG, ["11"], "112", "2007-04",
  None, True, "accusation; month")
E("v06", "called the removal blasphemous and said Russia", A("Sergei Lavrov", "RUS", "GOV"), ESTG, ["11"], "111",
  "2007-04", P("Moscow", "RUS"), True, "condemnation; 'In Moscow' opens the sentence; month")
E("v06", "said Russia would review its ties with", A("Sergei Lavrov", "RUS", "GOV"), ESTG, ["13", "16"], "1311",
  "2007-04", P("Moscow", "RUS"), False, "veiled threat to cut relations, an intention: optional")
E("v06", "urged President Vladimir Putin to break off", A("Russian Federation Council", "RUS", ["LEG", "GOV"]),
  A("Vladimir Putin", "RUS", "GOV"), DEMAND, "020", "2007-04", None, False,
  "domestic appeal to one's own president about a third country: coders split (request / threat): optional")
E("v06", "besieged the Estonian embassy in Moscow on", A("Nashi activists", "RUS", ["CVL", "RAD"]),
  A("Estonia (embassy)", "EST", None), ["14", "17"], "144", "2007-04-27", P("Moscow", "RUS"), True,
  "blockade of an embassy by protesters 144 (14; 17 also read); premises are the country with sector null; Friday")
E("v06", "pelting it with eggs and tearing down", A("Nashi activists", "RUS", ["CVL", "RAD"]),
  A("Estonia (embassy)", "EST", None), VPROT, "145", "2007-04-27", P("Moscow", "RUS"), False,
  "second act of the siege: optional")
E("v06", "One man was stabbed to death", A("unknown attacker", None, None), RIOT, ["18"], "1823", "2007-04", None, False,
  "killing with no agent the story names: optional")
F("v06", "The government says the statue will be", "future")
F("v06", "About a quarter of Estonia's 1.3 million", "standing situation and count")

# ---------------------------------------------------------------- v07 Brussels, Europe/Eurasia (events in Russia and Ukraine)
S("v07", "2009-01-08", "Europe/Eurasia", """
Russia halts gas to Europe through Ukraine; EU demands deliveries resume

BRUSSELS, Belgium —

The European Union demanded on Wednesday that Russia and Ukraine restore gas deliveries at once, after a quarrel between the two neighbours left much of south-eastern Europe without Russian gas in the depth of winter.

Gazprom, Russia's state-controlled gas monopoly, shut the last pipelines carrying its gas across Ukraine on Wednesday morning, accusing Kiev of siphoning off fuel meant for customers further west. Bulgaria and Slovakia, which depend almost entirely on Russian supplies, closed schools and rationed heating.

The row began on Jan. 1, when Gazprom cut off gas intended for Ukraine's own use in a dispute over unpaid bills and the price for 2009.

Oleh Dubyna, the chief executive of Ukraine's state energy company Naftogaz, denied that his country had taken any gas that was not its own and blamed Moscow for the shortages.

Mirek Topolanek, the Czech prime minister, whose government holds the EU's rotating presidency, offered to broker a settlement and proposed that European monitors check the flow of gas at the border.

In Moscow, Prime Minister Vladimir Putin accused Ukraine's leaders of blackmail during a televised meeting with Gazprom's chief, Alexei Miller. Jose Manuel Barroso, the president of the European Commission, called the cut unacceptable.

About a fifth of the gas that Europe burns arrives from Russia by way of Ukrainian pipelines. It was not clear how long the region's reserves would last.
""")
EUR = A("European Union", "EUR", "IGO")
GAZ = A("Gazprom", "RUS", ["BUS", "GOV"])
UKRG = A("Ukraine", "UKR", ["GOV", "BUS"])
RUSG = A("Russia", "RUS", "GOV")
E("v07", "Russia halts gas to Europe through Ukraine;", RUSG, UKRG, SANCT, "163", "2009-01-07", None, False, "headline")
E("v07", "EU demands deliveries resume", EUR, RUSG, DEMAND, "100", "2009-01-07", None, False, "headline")
E("v07", "The European Union demanded on Wednesday that", EUR, RUSG, DEMAND, "100", "2009-01-07", None, True,
  "demand (10/02); EU as EUR/IGO; compound object: first target required; the Brussels dateline is not the place "
  "(none named)")
E("v07", "The European Union demanded on Wednesday that", EUR, UKRG, DEMAND, "100", "2009-01-07", None, False,
  "second target of the compound object")
E("v07", "shut the last pipelines carrying its gas", GAZ, UKRG, SANCT, "163", "2009-01-07", None, True,
  "halt of supplies through a transit country: embargo 163 (owned7 u07/u09, 16/17); Gazprom RUS with "
  "['BUS','GOV']; Wednesday morning")
E("v07", "accusing Kiev of siphoning off fuel meant", GAZ, UKRG, ["11"], "112", "2009-01-07", None, True,
  "accusation in a participle clause; 'Kiev' is the government; same day as the halt")
E("v07", "when Gazprom cut off gas intended for", GAZ, UKRG, SANCT, "163", "2009-01-01", None, True,
  "dated background cut in a 'when' clause: required; Jan. 1")
E("v07", "denied that his country had taken any", A("Oleh Dubyna (Naftogaz)", "UKR", ["BUS", "GOV"]), GAZ, DENY, "016",
  "2009-01", None, True, "denial (01/12); executive the text describes; no day: month")
E("v07", "blamed Moscow for the shortages", A("Oleh Dubyna (Naftogaz)", "UKR", ["BUS", "GOV"]), RUSG, ["11"], "112",
  "2009-01", None, False, "counter-accusation, second act of the denial: optional")
E("v07", "offered to broker a settlement and proposed", A("Mirek Topolanek", "CZE", "GOV"), RUSG, MEDIATE, "039",
  "2009-01", None, True, "offer to mediate 039 (intent to mediate; 04 also read); the EU presidency's head of "
  "government, country CZE; two parties: first (Russia, named first in the story) required; month")
E("v07", "offered to broker a settlement and proposed", A("Mirek Topolanek", "CZE", "GOV"), UKRG, MEDIATE, "039",
  "2009-01", None, False, "second party")
E("v07", "proposed that European monitors check the flow", A("Mirek Topolanek", "CZE", "GOV"), UKRG, ["03", "02"],
  "036", "2009-01", None, False, "proposal, second act: optional")
E("v07", "accused Ukraine's leaders of blackmail during a", A("Vladimir Putin", "RUS", "GOV"), UKRG, ["11"], "112",
  "2009-01", P("Moscow", "RUS"), True, "accusation; 'In Moscow' opens the sentence; month")
E("v07", "during a televised meeting with Gazprom's chief", A("Vladimir Putin", "RUS", "GOV"),
  A("Alexei Miller", "RUS", ["BUS", "GOV"]), ["04"], "040", "2009-01", P("Moscow", "RUS"), False,
  "domestic meeting in a prepositional phrase: optional")
E("v07", "called the cut unacceptable", A("Jose Manuel Barroso", "EUR", "IGO"), RUSG, ["11"], "111", "2009-01", None,
  False, "restatement of the EU's position by its Commission head: optional")
F("v07", "About a fifth of the gas that", "standing situation and count")
F("v07", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- v08 Beijing, Asia (events at sea, Tokyo, New York)
S("v08", "2010-09-22", "Asia", """
China freezes top-level contacts with Japan over detained trawler captain

BEIJING, China —

China suspended contacts with Japan at ministerial level and above on Sunday, the Foreign Ministry said, after a Japanese court let prosecutors hold a Chinese fishing captain for ten more days.

Premier Wen Jiabao, speaking in New York on Tuesday, demanded that Tokyo free the captain, Zhan Qixiong, immediately and unconditionally. He warned that China would take further measures if Japan did not comply.

Japanese coast guard officers arrested Zhan on Sept. 8, a day after his trawler collided with two patrol boats near uninhabited islands in the East China Sea that Japan calls the Senkaku and China the Diaoyu. Both countries claim them.

Beijing has summoned Japan's ambassador, Uichiro Niwa, five times since the arrest, once shortly after midnight. Jiang Yu, a ministry spokeswoman, said the detention was illegal and invalid.

On Saturday, the anniversary of Japan's 1931 invasion of Manchuria, small groups of protesters chanted slogans outside the Japanese embassy here while police held them back.

China also called off a trip to the Shanghai World Expo by a thousand Japanese students, who had been due to arrive this week.

In Tokyo, Chief Cabinet Secretary Yoshito Sengoku urged calm and said the case would be handled under Japanese law.

Trade between the two countries topped $200 billion last year. It was not clear whether Japan would release the captain before his detention ran out.
""")
CHNG = A("China", "CHN", "GOV")
JPNG = A("Japan", "JPN", "GOV")
ZHAN = A("Zhan Qixiong", "CHN", "CVL")
E("v08", "China freezes top-level contacts with Japan over", CHNG, JPNG, SANCT, "161", "2010-09-19", None, False,
  "headline")
E("v08", "China suspended contacts with Japan at ministerial", CHNG, JPNG, SANCT, "161", "2010-09-19", None, True,
  "suspension of high-level contacts: reduce relations 161 (16/17); Sunday")
E("v08", "a Japanese court let prosecutors hold a", A("Japanese court", "JPN", "JUD"), ZHAN, ["17"], "173", "2010-09",
  None, False, "extension of a detention by a court: coders split, optional")
E("v08", "demanded that Tokyo free the captain, Zhan", A("Wen Jiabao", "CHN", "GOV"), JPNG, DEMAND, "1053",
  "2010-09-21", P("New York", "USA"), True,
  "demand for release 1053 (10/02); 'Tokyo' is the government; 'speaking in New York' is the place; Tuesday")
E("v08", "He warned that China would take further", A("Wen Jiabao", "CHN", "GOV"), JPNG, ["13"], "130", "2010-09-21",
  P("New York", "USA"), True, "'He' = Wen; conditional threat of unspecified measures 130 (owned7 u09); Tuesday")
E("v08", "Japanese coast guard officers arrested Zhan on", A("Japanese coast guard", "JPN", ["COP", "MIL"]), ZHAN,
  ["17"], "173", "2010-09-08", None, True, "arrest; dated background; no place named in the clause")
E("v08", "Beijing has summoned Japan's ambassador, Uichiro Niwa", CHNG, A("Uichiro Niwa", "JPN", "GOV"), ["11"], "114",
  "2010-09", None, True, "summoning an envoy to protest 114 (news-dev); 'Beijing' is the government; present "
  "perfect 'since the arrest': month")
E("v08", "said the detention was illegal and invalid", A("Jiang Yu", "CHN", "GOV"), JPNG, ["11"], "111", "2010-09", None,
  False, "criticism by a spokeswoman, restating the ministry's position: optional")
E("v08", "small groups of protesters chanted slogans outside", A("Chinese protesters", "CHN", "CVL"),
  A("Japan (embassy)", "JPN", None), ["14"], "141", "2010-09-18", P("Beijing", "CHN"), True,
  "demonstration at an embassy (premises: country with sector null); 'here' with the dateline = Beijing; Saturday")
E("v08", "the anniversary of Japan's 1931 invasion of", A("Japan", "JPN", "MIL"), CHNG, ["19"], "190", "1931", None,
  False, "a historical event named only to date an anniversary: optional")
E("v08", "while police held them back", A("Chinese police", "CHN", "COP"), A("Chinese protesters", "CHN", "CVL"),
  ["17"], "170", "2010-09-18", P("Beijing", "CHN"), False, "crowd control without force: optional")
E("v08", "China also called off a trip to", CHNG, JPNG, ["16", "12"], "160", "2010-09", None, True,
  "cancelling an exchange as a reprisal: reduce relations 16 (refusal 12 also read); 'also' with no day: month")
E("v08", "urged calm and said the case would", A("Yoshito Sengoku", "JPN", "GOV"), CHNG, DEMAND, "020", "2010-09",
  P("Tokyo", "JPN"), False, "appeal for calm addressed to no one in particular: optional; 'In Tokyo'")
F("v08", "Trade between the two countries topped $200", "count")
F("v08", "It was not clear whether Japan would", "speculation")

# ---------------------------------------------------------------- v09 Ankara, Middle East (events at sea, Istanbul, Chile, New York)
S("v09", "2010-06-01", "Middle East", """
Turkey recalls envoy from Israel after commandos storm Gaza aid flotilla

ANKARA, Turkey —

Turkey withdrew its ambassador from Israel on Monday and scrapped three joint military exercises, hours after Israeli commandos stormed a convoy of ships carrying aid to the Gaza Strip and killed at least nine activists, most of them Turks.

The commandos slid down ropes from helicopters onto the deck of the largest vessel, the Turkish-owned Mavi Marmara, before dawn on Monday, some 70 miles off the coast in international waters. Israel said its soldiers had opened fire only after passengers attacked them with clubs and knives.

Bulent Yildirim, the head of IHH, the Istanbul-based charity that organised the voyage, said the troops began shooting as soon as they landed.

Prime Minister Recep Tayyip Erdogan, who cut short a visit to Chile, called the raid an act of state terrorism. The Foreign Ministry summoned Israel's ambassador, Gabby Levy, to lodge a protest.

Thousands of demonstrators massed outside the Israeli consulate in Istanbul on Monday night, and some tried to force their way in, police said.

In New York, Foreign Minister Ahmet Davutoglu asked the U.N. Security Council to condemn Israel and to order an independent inquiry.

The ships were towed to the Israeli port of Ashdod, where hundreds of activists were detained before being deported.

About 700 people from more than 30 countries had sailed with the flotilla. Whether Ankara would go further and cut diplomatic ties was unclear.
""")
TURG = A("Turkey", "TUR", "GOV")
ISRM = A("Israeli commandos", "ISR", "MIL")
ISRG = A("Israel", "ISR", "GOV")
ACTV = A("flotilla activists", "TUR", ["CVL", "NGO"])
E("v09", "Turkey recalls envoy from Israel after commandos", TURG, ISRG, ["16"], "161", "2010-05-31", None, False,
  "headline")
E("v09", "after commandos storm Gaza aid flotilla", ISRM, ACTV, FORCE, "190", "2010-05-31", None, False, "headline")
E("v09", "Turkey withdrew its ambassador from Israel on", TURG, ISRG, ["16"], "161", "2010-05-31", None, True,
  "recalling one's own envoy 161 (news-dev); Monday")
E("v09", "scrapped three joint military exercises, hours after", TURG, ISRG, ["16"], "160", "2010-05-31", None, True,
  "cancelling military cooperation (reduce relations 16), second act of the sentence with its own verb; Monday")
E("v09", "Israeli commandos stormed a convoy of ships", ISRM, ACTV, FORCE, "190", "2010-05-31", None, False,
  "lead summary of the raid detailed in the next paragraph: optional")
E("v09", "The commandos slid down ropes from helicopters", ISRM, ACTV, FORCE, "190", "2010-05-31", None, True,
  "armed boarding of a ship (19/18); the activists, 'most of them Turks', as target TUR; international waters: "
  "place null; before dawn on Monday")
E("v09", "opened fire only after passengers attacked them", ACTV, ISRM, ["18"], "180", "2010-05-31", None, False,
  "attack inside Israel's disputed account: optional")
E("v09", "said the troops began shooting as soon", A("Bulent Yildirim (IHH)", "TUR", "NGO"), ISRM, ["11"], "112",
  "2010-05", None, False, "counter-account by the organisers: optional")
E("v09", "called the raid an act of state", A("Recep Tayyip Erdogan", "TUR", "GOV"), ISRG, ["11"], "111", "2010-05",
  None, True, "condemnation; 'who cut short a visit to Chile' gives no place for the remark; no day: month")
E("v09", "The Foreign Ministry summoned Israel's ambassador, Gabby", TURG, A("Gabby Levy", "ISR", "GOV"), ["11"], "114",
  "2010-05", None, True,
  "summoning an envoy to protest 114 (news-dev); 'The Foreign Ministry' = Turkey's; the clause names no place; "
  "no day: month")
E("v09", "Thousands of demonstrators massed outside the Israeli", A("Turkish demonstrators", "TUR", "CVL"),
  A("Israel (consulate)", "ISR", None), ["14"], "141", "2010-05-31", P("Istanbul", "TUR"), True,
  "demonstration at a consulate (premises: country with sector null); the clause names Istanbul; Monday night")
E("v09", "some tried to force their way in", A("Turkish demonstrators", "TUR", "CVL"), A("Israel (consulate)", "ISR", None),
  VPROT, "145", "2010-05-31", P("Istanbul", "TUR"), False, "attempted break-in, second act: optional")
E("v09", "asked the U.N. Security Council to condemn", A("Ahmet Davutoglu", "TUR", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "020", "2010-05", P("New York", "USA"), True,
  "request to a body (02/10); 'In New York' opens the sentence; month")
E("v09", "where hundreds of activists were detained before", ISRG, ACTV, ["17"], "173", "2010-05", P("Ashdod", "ISR"),
  True, "detention in an agentless passive, Israel implied: required; the clause names Ashdod; month")
E("v09", "The ships were towed to the Israeli", ISRM, ACTV, ["17"], "170", "2010-05", P("Ashdod", "ISR"), False,
  "seizure of the ships in an agentless passive: coders split, optional")
E("v09", "were detained before being deported", ISRG, ACTV, ["17"], "174", "2010", P("Ashdod", "ISR"), False,
  "deportation, a later second act with no day (it may fall after midnight): optional, year")
F("v09", "About 700 people from more than 30", "count")
F("v09", "Whether Ankara would go further and cut", "speculation")

# ---------------------------------------------------------------- v10 Cairo, Middle East (events in Damascus)
S("v10", "2011-11-13", "Middle East", """
Arab League suspends Syria; Assad loyalists storm Saudi and Qatari embassies

CAIRO, Egypt —

The Arab League voted on Saturday to suspend Syria from Wednesday and threatened it with economic and political sanctions unless President Bashar al-Assad's forces stopped killing protesters.

Sheikh Hamad bin Jassim al-Thani, Qatar's prime minister, who read out the decision at the League's headquarters, said 18 of the 22 members had backed it. Lebanon and Yemen voted against, and Iraq abstained. The ministers also asked member states to withdraw their ambassadors from Damascus.

Syria's envoy to the League, Youssef Ahmad, called the vote illegal and accused the governments behind it of carrying out an American plan.

On Saturday night, crowds of Assad supporters waving flags broke into the Saudi embassy in Damascus, smashing windows and ripping down the flag, and hurled stones at the Qatari embassy nearby, residents said.

Burhan Ghalioun, who heads the opposition Syrian National Council, welcomed the decision and appealed to the League to protect civilians.

Syria had agreed on Nov. 2 to an Arab plan under which it would pull its troops out of towns, free detainees and open talks with the opposition.

Washington praised the League's move, and the State Department said Assad should step aside.

The United Nations puts the death toll since the uprising began at more than 3,500. Whether the League would turn to the U.N. Security Council was not clear.
""")
ARL = A("Arab League", None, "IGO")
SYRG = A("Syria", "SYR", "GOV")
LOYAL = A("Assad supporters", "SYR", ["CVL", "PTY"])
E("v10", "Arab League suspends Syria; Assad loyalists storm", ARL, SYRG, SANCT, "160", "2011-11-12", None, False,
  "headline")
E("v10", "Assad loyalists storm Saudi and Qatari embassies", LOYAL, A("Saudi Arabia (embassy)", "SAU", None), VPROT,
  "145", "2011-11-12", None, False, "headline")
E("v10", "The Arab League voted on Saturday to", ARL, SYRG, SANCT, "160", "2011-11-12", None, True,
  "suspension from a bloc 160 (16/17, owned5/owned6 t02); Arab League country null/IGO (news-dev); the Cairo "
  "dateline is not named as the place; Saturday")
E("v10", "threatened it with economic and political sanctions", ARL, SYRG, ["13"], "1312", "2011-11-12", None, True,
  "conditional threat of sanctions 1312; 'it' = Syria; second act of the sentence; Saturday")
E("v10", "al-Assad's forces stopped killing protesters", A("Syrian security forces", "SYR", ["MIL", "COP"]),
  A("Syrian protesters", "SYR", ["CVL", "OPP"]), REPR, "180", "2011-11", None, False,
  "ongoing killings named inside the League's condition: optional")
E("v10", "Lebanon and Yemen voted against, and Iraq", A("Lebanon", "LBN", "GOV"), ARL, ["12"], "120", "2011-11-12",
  None, False, "votes against a decision: pair of outside parties, optional")
E("v10", "asked member states to withdraw their ambassadors", ARL, A("Arab League member states", None, "GOV"), DEMAND,
  "020", "2011-11-12", None, False, "appeal to the bloc's own members: optional")
E("v10", "called the vote illegal and accused the", A("Youssef Ahmad", "SYR", "GOV"), ARL, ["11"], "111", "2011-11",
  None, False, "criticism, first act of the sentence, restated by the accusation: optional")
E("v10", "accused the governments behind it of carrying", A("Youssef Ahmad", "SYR", "GOV"),
  A("Arab governments", None, "GOV"), ["11"], "112", "2011-11", None, True,
  "accusation by an envoy the text describes; the governments behind the vote have no single country: null/GOV "
  "(news-dev's 'some UN member states'); month")
E("v10", "broke into the Saudi embassy in Damascus", LOYAL, A("Saudi Arabia (embassy)", "SAU", None), VPROT, "145",
  "2011-11-12", P("Damascus", "SYR"), True,
  "mob attack on an embassy (owned7 u06: 145, 14/18/17); premises are the country with sector null; the clause "
  "names Damascus; Saturday night")
E("v10", "hurled stones at the Qatari embassy nearby", LOYAL, A("Qatar (embassy)", "QAT", None), VPROT, "145",
  "2011-11-12", P("Damascus", "SYR"), True,
  "second attack with its own verb and target; 'nearby' = in Damascus; Saturday night")
E("v10", "welcomed the decision and appealed to the", A("Burhan Ghalioun", "SYR", ["OPP", "REB"]), ARL, ["05"], "051",
  "2011-11", None, False, "welcome: optional")
E("v10", "appealed to the League to protect civilians", A("Burhan Ghalioun", "SYR", ["OPP", "REB"]), ARL, DEMAND,
  "0234", "2011-11", None, True, "appeal for protection 0234 (02/10); opposition leader the text describes; month")
E("v10", "Syria had agreed on Nov. 2 to", SYRG, ARL, AGREE, "057", "2011-11-02", None, True,
  "dated background agreement (05/03/08); Nov. 2")
E("v10", "Washington praised the League's move, and the", A("United States", "USA", "GOV"), ARL, ["05"], "051", "2011-11",
  None, False, "single outside reaction: optional; 'Washington' is the government")
E("v10", "the State Department said Assad should step", A("United States", "USA", "GOV"),
  A("Bashar al-Assad", "SYR", "GOV"), DEMAND, "1041", "2011-11", None, False, "outside call to step down: optional")
F("v10", "The United Nations puts the death toll", "count")
F("v10", "Whether the League would turn to the", "speculation")

# ---------------------------------------------------------------- v11 Kuala Lumpur, Asia
S("v11", "2017-03-08", "Asia", """
Malaysia bars North Koreans from leaving after Pyongyang traps its citizens

KUALA LUMPUR, Malaysia —

Malaysia barred all North Koreans from leaving the country on Tuesday, hours after Pyongyang said it would not let Malaysians in North Korea go home until the row over the killing of Kim Jong Nam was settled.

North Korea's official news agency said that the 11 Malaysians in the country, three of them embassy staff, were temporarily banned from departing. Prime Minister Najib Razak called the move abhorrent and said Pyongyang was effectively holding his citizens hostage.

Malaysia expelled North Korea's ambassador, Kang Chol, on Saturday, after he refused to apologise for remarks last month in which he accused Malaysian police of colluding with South Korea. The North retaliated on Monday by expelling Malaysia's ambassador.

Kim Jong Nam, the estranged half-brother of the North Korean leader, Kim Jong Un, died on Feb. 13 after an Indonesian woman and a Vietnamese woman smeared his face with VX nerve agent in a crowded departure hall at Kuala Lumpur's airport, police say.

The two women were charged with murder on March 1. Both say they were duped into thinking they were taking part in a television prank.

Khalid Abu Bakar, the national police chief, said detectives still wanted to question a diplomat at the North Korean embassy.

About 1,000 North Koreans work in Malaysia, many in mines and on building sites. It was unclear how long the standoff would last.
""")
MYSG = A("Malaysia", "MYS", "GOV")
PRKG = A("North Korea", "PRK", "GOV")
KANG = A("Kang Chol", "PRK", "GOV")
E("v11", "Malaysia bars North Koreans from leaving after", MYSG, A("North Koreans in Malaysia", "PRK", "CVL"), RESTRICT,
  "172", "2017-03-07", None, False, "headline")
E("v11", "after Pyongyang traps its citizens", PRKG, A("Malaysians in North Korea", "MYS", ["CVL", "GOV"]),
  ["17", "18", "16"], "172", "2017-03-07", None, False, "headline")
E("v11", "Malaysia barred all North Koreans from leaving", MYSG, A("North Koreans in Malaysia", "PRK", "CVL"), RESTRICT,
  "172", "2017-03-07", None, True,
  "exit ban as a reprisal: administrative restriction 172 (17; a sanction 16 also read); the North Koreans keep "
  "their country; Tuesday")
E("v11", "hours after Pyongyang said it would not", PRKG, A("Malaysians in North Korea", "MYS", ["CVL", "GOV"]),
  ["17", "18", "16"], "172", "2017-03-07", None, False,
  "lead summary of the ban detailed in the next paragraph: optional; 'Pyongyang' is the government")
E("v11", "were temporarily banned from departing", PRKG, A("Malaysians in North Korea", "MYS", ["CVL", "GOV"]),
  ["17", "18", "16"], "172", "2017-03", None, True,
  "exit ban on foreigners in a passive inside an agency report, the North implied: required; hostage-taking 18 "
  "and a sanction 16 also read; no day in the sentence: month")
E("v11", "called the move abhorrent and said Pyongyang", A("Najib Razak", "MYS", "GOV"), PRKG, ["11"], "111", "2017-03",
  None, True, "condemnation; month")
E("v11", "was effectively holding his citizens hostage", A("Najib Razak", "MYS", "GOV"), PRKG, ["11"], "112", "2017-03",
  None, False, "accusation restating the condemnation: optional")
E("v11", "Malaysia expelled North Korea's ambassador, Kang Chol", MYSG, KANG, ["16"], "166", "2017-03-04", None, True,
  "expulsion of an ambassador 166 (16); Saturday")
E("v11", "after he refused to apologise for remarks", KANG, MYSG, ["12"], "125", "2017-03", None, False,
  "refusal inside a subordinate clause of the expulsion: optional")
E("v11", "he accused Malaysian police of colluding with", KANG, A("Malaysian police", "MYS", "COP"), ["11"], "112",
  "2017-02", None, True, "accusation in a relative clause, dated 'last month' from a March paper: 2017-02")
E("v11", "The North retaliated on Monday by expelling", PRKG, A("Malaysian ambassador", "MYS", "GOV"), ["16"], "166",
  "2017-03-06", None, True, "expulsion of an envoy 166; 'The North' = North Korea; Monday")
E("v11", "smeared his face with VX nerve agent", A("Indonesian woman (Siti Aisyah)", "IDN", "CVL"),
  A("Kim Jong Nam", "PRK", "CVL"), ATTACK, "1823", "2017-02-13", P("Kuala Lumpur", "MYS"), True,
  "killing (18/19/20) in the police account (asserted, attributed); compound subject: the first-mentioned "
  "required; the clause names Kuala Lumpur's airport; Feb. 13")
E("v11", "smeared his face with VX nerve agent", A("Vietnamese woman (Doan Thi Huong)", "VNM", "CVL"),
  A("Kim Jong Nam", "PRK", "CVL"), ATTACK, "1823", "2017-02-13", P("Kuala Lumpur", "MYS"), False,
  "second member of the compound subject: optional (README: first-mentioned required, like a compound object, to stay within 8)")
E("v11", "The two women were charged with murder", A("Malaysian prosecutors", "MYS", "JUD"),
  A("Indonesian woman (Siti Aisyah)", "IDN", "CVL"), ["17"], "173", "2017-03-01", None, True,
  "charge in an agentless passive, the prosecutors implied: required; compound 'The two women': first target; "
  "March 1")
E("v11", "The two women were charged with murder", A("Malaysian prosecutors", "MYS", "JUD"),
  A("Vietnamese woman (Doan Thi Huong)", "VNM", "CVL"), ["17"], "173", "2017-03-01", None, False, "second target")
E("v11", "said detectives still wanted to question a", A("Khalid Abu Bakar", "MYS", "COP"), PRKG, DEMAND, "1011",
  "2017-03", None, False, "wish to question a diplomat: a soft demand for information, optional")
F("v11", "About 1,000 North Koreans work in Malaysia,", "standing situation and count")
F("v11", "It was unclear how long the standoff", "speculation")

# ---------------------------------------------------------------- v12 Managua, Americas
S("v12", "2018-04-23", "Americas", """
Ortega scraps pension overhaul after days of deadly protests in Nicaragua

MANAGUA, Nicaragua —

President Daniel Ortega withdrew a planned overhaul of Nicaragua's social security system on Sunday, after five days of unrest in which at least 25 people died, most of them shot by police, according to a local human rights group.

Students and pensioners poured into the streets of Managua on Wednesday, a day after the government announced that workers and employers would pay more into the pension fund while pensions would be trimmed by five percent.

Riot police and gangs of pro-government youths set upon the marchers with clubs and tear gas, and the protests quickly spread to Leon, Masaya and other towns.

Angel Gahona, a journalist, was shot dead on Saturday while broadcasting live from the Caribbean port of Bluefields.

Vice President Rosario Murillo, who is also Ortega's wife, accused the protesters of being tiny groups bent on destroying the country. The government pulled several independent television channels off the air on Thursday after they showed the clashes live.

The Roman Catholic bishops' conference agreed on Sunday to act as mediator in a dialogue that Ortega has offered. Cardinal Leopoldo Brenes, the archbishop of Managua, said the talks must include students.

The pension fund, known as INSS, has run a deficit for years. It was not clear whether the withdrawal of the overhaul would end the protests.
""")
ORTEGA = A("Daniel Ortega", "NIC", "GOV")
NICP = A("Nicaraguan police", "NIC", "COP")
NICO = A("Nicaraguan protesters", "NIC", ["CVL", "OPP", "EDU"])
NICG = A("Nicaragua", "NIC", "GOV")
E("v12", "Ortega scraps pension overhaul after days of", ORTEGA, NICO, ["08"], "083", "2018-04-22", None, False,
  "headline")
E("v12", "withdrew a planned overhaul of Nicaragua's social", ORTEGA, NICO, ["08"], "083", "2018-04-22", None, True,
  "concession: policy withdrawn under protest pressure 083 (news-dev: yielding to protesters, protesters as implied "
  "target); Sunday")
E("v12", "most of them shot by police, according", NICP, NICO, FIRE, "180", "2018-04", None, False,
  "casualty summary in the lead: optional")
E("v12", "Students and pensioners poured into the streets", NICO, NICG, ["14"], "141", "2018-04-18", P("Managua", "NIC"),
  True, "demonstration against the government's plan; the clause names Managua; 'on Wednesday' from a Monday paper "
  "= April 18")
E("v12", "Riot police and gangs of pro-government youths", NICP, NICO, REPR, "180", "2018-04", None, True,
  "attack on marchers (repression 17/18); compound subject of two core actors: both required; no day: month")
E("v12", "Riot police and gangs of pro-government youths", A("pro-government youths", "NIC", ["CVL", "PTY"]), NICO,
  REPR, "180", "2018-04", None, True, "second core member of the compound subject")
E("v12", "the protests quickly spread to Leon, Masaya", NICO, NICG, ["14"], "141", "2018-04", P("Leon", "NIC"), False,
  "spread of the protests: restatement, optional")
E("v12", "was shot dead on Saturday while broadcasting", A("unknown gunman", None, None),
  A("Angel Gahona", "NIC", "MED"), ["18"], "1823", "2018-04-21", P("Bluefields", "NIC"), False,
  "killing with no agent the story names: optional")
E("v12", "accused the protesters of being tiny groups", A("Rosario Murillo", "NIC", "GOV"), NICO, ["11"], "112",
  "2018-04", None, True, "accusation; month")
E("v12", "The government pulled several independent television channels", NICG,
  A("Nicaraguan television channels", "NIC", "MED"), ["17"], "1721", "2018-04-19", None, True,
  "taking broadcasters off the air 1721 (owned6); Thursday")
E("v12", "agreed on Sunday to act as mediator", A("Nicaraguan Catholic bishops", "NIC", "REL"), NICG, MEDIATE, "039",
  "2018-04-22", None, True, "agreement to mediate (intent 039, mediation 04 also read); the government as the party "
  "that offered the dialogue; Sunday")
E("v12", "in a dialogue that Ortega has offered", ORTEGA, NICO, ["03", "04"], "036", "2018-04", None, False,
  "offer of talks in a relative clause: optional")
E("v12", "said the talks must include students", A("Leopoldo Brenes", "NIC", "REL"), NICG, DEMAND, "100", "2018-04",
  None, False, "condition set by the mediator: optional")
F("v12", "The pension fund, known as INSS, has", "standing situation")
F("v12", "It was not clear whether the withdrawal", "speculation")


if __name__ == "__main__":
    write(HERE)
