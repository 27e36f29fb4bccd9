#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned20 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run).
Coding notes are kept per line.
Run: python3 testdata/owned20/build.py  (rewrites both files next to this script)
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
MEDIATE = ["04", "03"]
EXPEL = ["16", "17"]
BORDER = ["19", "17", "16"]
HOSTAGE = ["18", "17"]
USA = A("United States", "USA", "GOV")

# ---------------------------------------------------------------- c01 Dakar, Africa (Guinea-Bissau)
S("c01", "2009-03-03", "Africa", """
Soldiers kill Guinea-Bissau's Vieira hours after bomb kills army chief

DAKAR, Senegal —

Mutinous soldiers shot dead Guinea-Bissau's president, Joao Bernardo Vieira, at his home in Bissau before dawn on Monday, hours after a bomb tore through the army headquarters and killed his long-time rival, the chief of staff, General Batista Tagme Na Waie.

Officers close to the general blamed Vieira for the blast, which went off on Sunday evening as Tagme climbed the stairs to his office. A unit of soldiers then attacked the presidential residence with rocket-propelled grenades, a Western diplomat said by telephone from Bissau.

The armed forces insisted that no coup was under way. Commander Jose Zamora Induta, a navy officer who spoke for a committee of senior officers, told state radio that the military would respect the constitution and hand the presidency to the speaker of parliament, Raimundo Pereira.

Vieira, 69, first took power in a coup in 1980, was driven out in a civil war in 1999 and returned to win an election in 2005.

The African Union condemned the killings on Monday and demanded that those responsible be punished. Jean Ping, who heads the union's commission, called them a criminal act. Portugal, the former colonial ruler, urged calm, and the Economic Community of West African States said its foreign ministers would travel to Bissau.

Guinea-Bissau has become a transit point for cocaine shipped from South America to Europe. It was not clear who had planted the bomb.
""")
GNBS = A("mutinous soldiers", "GNB", ["MIL", "REB"])
VIEIRA = A("Joao Bernardo Vieira", "GNB", "GOV")
GNB = A("Guinea-Bissau", "GNB", "GOV")
E("c01", "Soldiers kill Guinea-Bissau's Vieira hours after", GNBS, VIEIRA, ATTACK, "186", "2009-03-02", None, False, "headline")
E("c01", "Mutinous soldiers shot dead Guinea-Bissau's president", GNBS, VIEIRA, ATTACK, "186", "2009-03-02",
  P("Bissau", "GNB"), True, "killing of a head of state 186 (18; 19/20 read); 'before dawn on Monday'; the clause names Bissau")
E("c01", "Mutinous soldiers shot dead Guinea-Bissau's president", A("unknown bombers", None, None),
  A("Batista Tagme Na Waie", "GNB", "MIL"), ["18"], "183", "2009-03-01", None, False,
  "bombing in the 'hours after' clause with no agent (the blast is the subject): optional; Sunday from the next sentence")
E("c01", "Officers close to the general blamed Vieira", A("officers close to Tagme", "GNB", "MIL"), VIEIRA, ["11"], "112",
  "2009-03", None, True, "accusation in the narrative voice (not inside the diplomat's account); no day: month")
E("c01", "A unit of soldiers then attacked the", GNBS, VIEIRA, ATTACK, "190", "2009-03", None, False,
  "restatement of the killing inside a diplomat's account: optional; 'from Bissau' is where the diplomat is")
E("c01", "The armed forces insisted that no coup", A("Guinea-Bissau armed forces", "GNB", "MIL"), None, DENY, "016",
  "2009-03", None, False, "denial with no target: optional")
E("c01", "told state radio that the military would", A("Jose Zamora Induta", "GNB", "MIL"),
  A("Raimundo Pereira", "GNB", "LEG"), ["03"], "030", "2009-03", None, False,
  "pledge put as an intention ('would respect', 'hand the presidency'): optional")
E("c01", "first took power in a coup in", A("Joao Bernardo Vieira", "GNB", ["GOV", "MIL"]), GNB, COUP, "1724", "1980",
  None, True, "dated background coup with its agent (17/19); 'in 1980'; target the government he overthrew")
E("c01", "was driven out in a civil war", A("rebel soldiers", "GNB", ["MIL", "REB"]), VIEIRA, FORCE, "190", "1999", None,
  False, "agentless passive, agent not named in the story: optional")
E("c01", "The African Union condemned the killings on", A("African Union", "AFR", "IGO"), GNBS, ["11"], "111",
  "2009-03-02", None, True, "condemnation 111 by the continental body (news-dev: AFR/IGO); 'on Monday'")
E("c01", "The African Union condemned the killings on", A("African Union", "AFR", "IGO"), GNB, DEMAND, "100",
  "2009-03-02", None, False, "demand that the culprits be punished, second verb: optional")
E("c01", "Jean Ping, who heads the union's commission", A("Jean Ping", "AFR", "IGO"), GNBS, ["11"], "111", "2009-03",
  None, False, "restatement of the union's condemnation by its head: optional")
E("c01", "Portugal, the former colonial ruler, urged calm", A("Portugal", "PRT", "GOV"), GNB, DEMAND, "0256", "2009-03",
  None, False, "appeal for calm, single outside reaction: optional")
E("c01", "said its foreign ministers would travel to", A("ECOWAS", None, ["IGO", "GOV"]), GNB, ["03", "04"], "036",
  "2009-03", None, False, "intention to visit: optional; 'to Bissau' is a destination")
F("c01", "Guinea-Bissau has become a transit point for", "standing situation")
F("c01", "It was not clear who had planted", "speculation")

# ---------------------------------------------------------------- c02 Khartoum, Africa (Sudan)
S("c02", "2009-03-06", "Africa", """
Sudan expels aid agencies after court orders Bashir's arrest

KHARTOUM, Sudan —

Sudan ordered ten foreign aid agencies out of the country on Wednesday, hours after the International Criminal Court issued a warrant for the arrest of President Omar Hassan al-Bashir on charges of war crimes and crimes against humanity in Darfur.

Judges in The Hague found grounds to believe that Bashir bore responsibility for the murder, rape and torture of civilians by government troops and allied militias, but rejected a charge of genocide sought by the prosecutor, Luis Moreno-Ocampo.

Hassabo Mohamed Abdel-Rahman, the government's humanitarian affairs commissioner, accused the expelled groups, among them Oxfam, CARE and Medecins Sans Frontieres, of passing false testimony to the court. Their licences had been revoked and their offices sealed, he said.

On Thursday Bashir told tens of thousands of supporters in Khartoum's Martyrs' Square that the court and those behind it were "under my feet". Some in the crowd burned a picture of Moreno-Ocampo.

U.N. Secretary-General Ban Ki-moon urged Khartoum to reverse the expulsions, warning that more than a million people in Darfur relied on the agencies for food, water and medicine. Washington called the decision an affront to the people of Sudan.

The Arab League and the African Union have asked the Security Council to suspend the case for a year, which it can do under the court's founding treaty.

About 2.7 million people have been driven from their homes in Darfur since 2003, according to U.N. figures. It was not clear whether any government would try to arrest Bashir.
""")
SDN = A("Sudan", "SDN", "GOV")
AIDG = A("foreign aid agencies", None, "NGO")
BASHIR = A("Omar Hassan al-Bashir", "SDN", "GOV")
ICC = A("International Criminal Court", None, ["JUD", "IGO"])
OCAMPO = A("Luis Moreno-Ocampo", None, ["JUD", "IGO"])
E("c02", "Sudan expels aid agencies after court orders", SDN, AIDG, EXPEL, "1663", "2009-03-04", None, False, "headline")
E("c02", "Sudan ordered ten foreign aid agencies out", SDN, AIDG, EXPEL, "1663", "2009-03-04", None, True,
  "expulsion of aid agencies 1663 (16; 17 read as expulsion 174); Wednesday in a Friday paper; 'out of the country' is no place")
E("c02", "Sudan ordered ten foreign aid agencies out", ICC, BASHIR, ["11", "17"], "112", "2009-03-04", None, True,
  "arrest warrant in the 'hours after' clause with its own agent: formal charge 112 (11; legal action 17 read), as owned5's "
  "indictment; same Wednesday")
E("c02", "but rejected a charge of genocide sought", A("ICC judges", None, ["JUD", "IGO"]), OCAMPO, ["12"], "120", "2009-03",
  None, False, "the judges turn down the prosecutor's genocide charge: optional (internal to the court)")
E("c02", "accused the expelled groups, among them Oxfam", A("Hassabo Mohamed Abdel-Rahman", "SDN", "GOV"), AIDG, ["11"],
  "112", "2009-03", None, True, "accusation by the humanitarian affairs commissioner; no day: month")
E("c02", "Their licences had been revoked and their", SDN, AIDG, EXPEL, "1663", "2009-03", None, False,
  "restatement of the expulsion inside the commissioner's account: optional")
E("c02", "Bashir told tens of thousands of supporters", BASHIR, ICC, ["12", "11"], "120", "2009-03-05",
  P("Khartoum", "SDN"), True, "defiance of the court: rejection 120 (12; 11 read as criticism); 'On Thursday'; the clause "
  "names Khartoum's Martyrs' Square")
E("c02", "Some in the crowd burned a picture", A("Bashir supporters", "SDN", "CVL"), OCAMPO, ["14"], "141", "2009-03-05",
  None, False, "protest act by part of the rally: optional")
E("c02", "urged Khartoum to reverse the expulsions, warning", A("Ban Ki-moon", "UNO", "IGO"), SDN, DEMAND, "020",
  "2009-03", None, True, "appeal to reverse a decision (10/02); 'Khartoum' = the government; no day: month")
E("c02", "Washington called the decision an affront to", USA, SDN, ["11"], "111", "2009-03", None, False,
  "single outside criticism: optional; 'Washington' = the U.S. government")
E("c02", "The Arab League and the African Union", A("Arab League", None, "IGO"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "2009-03", None, False, "request to defer the case by outside bodies, compound subject: optional")
E("c02", "The Arab League and the African Union", A("African Union", "AFR", "IGO"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "2009-03", None, False, "second member of the compound subject: optional")
F("c02", "About 2.7 million people have been driven", "count and standing situation")
F("c02", "It was not clear whether any government", "speculation")

# ---------------------------------------------------------------- c03 Doha, Middle East (Lebanon / Qatar)
S("c03", "2008-05-21", "Middle East", """
Lebanon's rivals sign Qatari-brokered deal to end crisis

DOHA, Qatar —

Lebanon's feuding leaders signed an agreement here on Wednesday to end an 18-month political standoff that pushed the country close to civil war this month, clearing the way for parliament to elect the army commander, General Michel Suleiman, as president.

The accord, brokered by the emir of Qatar, Sheikh Hamad bin Khalifa al-Thani, after five days of talks, gives the Hezbollah-led opposition enough seats in a new cabinet to veto its decisions. The two sides also settled on a new electoral law and pledged not to turn their weapons on each other.

The talks opened after Hezbollah fighters and their allies overran the western half of Beirut on May 9, routing gunmen loyal to the government. At least 65 people died in a week of street battles, which began when the cabinet of Prime Minister Fouad Siniora moved to dismantle the group's private telephone network.

A delegation led by Qatar's prime minister and the Arab League's secretary-general, Amr Moussa, had persuaded the rivals on May 15 to halt the fighting and fly to Doha.

Mohammed Raad, who heads Hezbollah's bloc in parliament, said the opposition would take down the tent camp it has kept in central Beirut since December 2006. Saad Hariri, the leader of the parliamentary majority, said he had swallowed painful concessions for the sake of peace.

Washington, which backs Siniora's government, welcomed the deal.

Lebanon has had no president since Emile Lahoud's term expired in November. It was not clear when parliament would convene to vote.
""")
LBNM = A("Lebanese parliamentary majority", "LBN", ["GOV", "PTY"])
LBNO = A("Hezbollah-led opposition", "LBN", ["OPP", "PTY", "REB"])
HEZ = A("Hezbollah", "LBN", ["REB", "RAD", "PTY"])
LBN = A("Lebanon", "LBN", "GOV")
E("c03", "Lebanon's rivals sign Qatari-brokered deal to end", LBNM, LBNO, AGREE, "057", "2008-05-21", None, False, "headline")
E("c03", "Lebanon's feuding leaders signed an agreement here", LBNM, LBNO, AGREE, "057", "2008-05-21", P("Doha", "QAT"), True,
  "signed agreement 057 (05/03/08); joint event between the majority and the opposition, the governing side first as in "
  "the later sentences; 'here' = Doha")
E("c03", "Lebanon's feuding leaders signed an agreement here", LBNO, LBNM, AGREE, "057", "2008-05-21", P("Doha", "QAT"),
  False, "reverse direction of the joint event: optional")
E("c03", "brokered by the emir of Qatar, Sheikh", A("Hamad bin Khalifa al-Thani", "QAT", "GOV"), LBN, MEDIATE, "045",
  "2008-05", None, True, "mediation in a passive with its agent (04; 03 read); 'after five days of talks': month")
E("c03", "The two sides also settled on a", LBNM, LBNO, AGREE, "030", "2008-05-21", None, False,
  "terms of the same accord: optional restatement")
E("c03", "Hezbollah fighters and their allies overran the", HEZ, A("government supporters", "LBN", ["GOV", "PTY", "CVL"]),
  FORCE, "192", "2008-05-09", P("Beirut", "LBN"), True,
  "seizure of half a city 192 (19/18) in the 'after' clause with its own agent; 'on May 9'; the clause names Beirut")
E("c03", "which began when the cabinet of Prime", A("Fouad Siniora's cabinet", "LBN", "GOV"), HEZ, ["17", "16"], "172",
  "2008-05", None, False, "move against the group's network, an administrative measure (17; 16 read); undated: optional")
E("c03", "A delegation led by Qatar's prime minister", A("Qatari delegation", "QAT", "GOV"), LBN, MEDIATE, "045",
  "2008-05-15", None, True, "mediation that halts the fighting (04; 03 read); 'on May 15'; Qatar first of the compound")
E("c03", "A delegation led by Qatar's prime minister", A("Amr Moussa", None, "IGO"), LBN, MEDIATE, "045", "2008-05-15",
  None, False, "second member of the compound mediator: optional")
E("c03", "said the opposition would take down the", A("Mohammed Raad", "LBN", ["PTY", "LEG", "REB"]), LBNM, ["08"], "080",
  "2008-05", None, False, "concession put as an intention: optional")
E("c03", "said he had swallowed painful concessions for", A("Saad Hariri", "LBN", ["GOV", "PTY"]), HEZ, ["08"], "080",
  "2008-05", None, False, "concession in reported speech, restating the accord: optional")
E("c03", "Washington, which backs Siniora's government, welcomed the", USA, LBN, ["05"], "051", "2008-05", None, False,
  "single outside reaction: optional")
F("c03", "Lebanon has had no president since Emile", "standing situation")
F("c03", "It was not clear when parliament would", "speculation")

# ---------------------------------------------------------------- c04 Damascus, Middle East (Syria / Denmark / Norway)
S("c04", "2006-02-05", "Middle East", """
Syrian crowds torch Danish and Norwegian embassies over cartoons

DAMASCUS, Syria —

Thousands of protesters stormed the Danish and Norwegian embassies here on Saturday and set them ablaze, in the most violent reaction so far to cartoons of the Prophet Mohammad first printed by a Danish newspaper in September.

Riot police fired tear gas and turned water cannon on the crowd outside the Norwegian mission, but by then flames were pouring from its windows. Few officers stood in the way of the crowd that broke into the building housing the Danish embassy earlier in the afternoon, witnesses said.

Norway's foreign minister, Jonas Gahr Store, held the Syrian authorities responsible for failing to protect the missions. In Copenhagen, Foreign Minister Per Stig Moeller summoned Syria's charge d'affaires and told Danes to leave the country.

The Syrian government said it regretted the damage but blamed the newspaper, Jyllands-Posten, for insulting Muslims. Syria had recalled its ambassador from Copenhagen last month, and Saudi Arabia and Libya have also withdrawn their envoys.

On Sunday, demonstrators in Beirut set fire to the building that houses the Danish consulate, and Lebanese security forces fired tear gas and warning shots to drive them back.

The Danish embassy shares its building with the missions of Chile and Sweden. It was not clear whether Damascus would pay for the damage.
""")
SYRP = A("Syrian protesters", "SYR", "CVL")
SYR = A("Syria", "SYR", "GOV")
DNK = A("Denmark", "DNK", "GOV")
LBNP = A("Lebanese protesters", "LBN", "CVL")
E("c04", "Syrian crowds torch Danish and Norwegian embassies", SYRP, A("Danish embassy", "DNK", None), VPROT, "145",
  "2006-02-04", None, False, "headline")
E("c04", "Thousands of protesters stormed the Danish and", SYRP, A("Danish embassy", "DNK", None), VPROT, "145",
  "2006-02-04", P("Damascus", "SYR"), True, "violent protest 145 (14/18/17) at an embassy (premises: the country, sector "
  "null); Saturday; 'here' = Damascus; the Danish mission first of the compound object")
E("c04", "Thousands of protesters stormed the Danish and", SYRP, A("Norwegian embassy", "NOR", None), VPROT, "145",
  "2006-02-04", P("Damascus", "SYR"), False, "second member of the compound object: optional")
E("c04", "Riot police fired tear gas and turned", A("Syrian riot police", "SYR", "COP"), SYRP, REPR, "175", "2006-02-04",
  P("Damascus", "SYR"), True, "tear gas and water cannon 175 (17/18); unnamed police belong to the story's country; the "
  "lead's Saturday and 'here' carry to the scene it summarises")
E("c04", "held the Syrian authorities responsible for failing", A("Jonas Gahr Store", "NOR", "GOV"), SYR, ["11"], "112",
  "2006-02", None, True, "accusation; no day: month")
E("c04", "Per Stig Moeller summoned Syria's charge d'affaires", A("Per Stig Moeller", "DNK", "GOV"),
  A("Syrian charge d'affaires", "SYR", "GOV"), ["11"], "114", "2006-02", P("Copenhagen", "DNK"), True,
  "summoning an envoy to protest 114 (news-dev); 'In Copenhagen' names the place; no day: month")
E("c04", "Per Stig Moeller summoned Syria's charge d'affaires", DNK, SYR, ["16"], "160", "2006-02", None, False,
  "telling citizens to leave a country, second verb with no outside target: optional")
E("c04", "said it regretted the damage but blamed", SYR, A("Jyllands-Posten", "DNK", "MED"), ["11"], "112", "2006-02", None,
  True, "accusation against the newspaper; no day: month")
E("c04", "said it regretted the damage but blamed", SYR, DNK, ["05"], "055", "2006-02", None, False,
  "expression of regret, first verb: optional")
E("c04", "Syria had recalled its ambassador from Copenhagen", SYR, DNK, ["16"], "161", "2006-01", None, True,
  "recall of one's own envoy 161; 'last month' in a February paper; 'Copenhagen' is the post, the target is Denmark")
E("c04", "Saudi Arabia and Libya have also withdrawn", A("Saudi Arabia", "SAU", "GOV"), DNK, ["16"], "161", "2006", None,
  False, "outside recalls in the present perfect, compound subject: optional")
E("c04", "demonstrators in Beirut set fire to the", LBNP, A("Danish consulate", "DNK", None), VPROT, "145", "2006-02-05",
  P("Beirut", "LBN"), True, "arson at a consulate 145 (14/18/17); 'On Sunday' in a Sunday paper; the clause names Beirut")
E("c04", "Lebanese security forces fired tear gas and", A("Lebanese security forces", "LBN", ["COP", "MIL"]), LBNP, REPR,
  "175", "2006-02-05", P("Beirut", "LBN"), True,
  "tear gas and warning shots 175 (17/18), second clause with its own agent; 'them' = the demonstrators")
F("c04", "The Danish embassy shares its building with", "standing situation")
F("c04", "It was not clear whether Damascus would", "speculation")

# ---------------------------------------------------------------- c05 Bangkok, Asia (Thailand / Cambodia)
S("c05", "2003-01-31", "Asia", """
Thailand expels Cambodian envoy, seals border after mob burns embassy

BANGKOK, Thailand —

Thailand downgraded its relations with Cambodia on Thursday, ordered the Cambodian ambassador to leave and sealed the border, a day after rioters in Phnom Penh burned the Thai embassy and ransacked Thai-owned hotels and shops.

Military transport planes flew more than 500 Thai nationals home from the Cambodian capital on Thursday. Prime Minister Thaksin Shinawatra, who met the first aircraft at an air base outside Bangkok, said commandos had travelled on the planes in case the mobs returned.

The Thai ambassador, Chatchawed Chartsuwan, escaped over the back wall of his compound as the crowd smashed through the gates on Wednesday night. The rioters had been stirred by a newspaper report, since denied, that a Thai actress had claimed the Angkor Wat temples belonged to Thailand.

Cambodian Prime Minister Hun Sen expressed regret for the violence and offered to pay for the damage. His government said police had rounded up more than 150 people and had dismissed the Phnom Penh police chief.

In Bangkok, several hundred Thais rallied outside the Cambodian embassy on Thursday, chanting and burning Cambodian flags, until riot police dispersed them. Foreign Minister Surakiart Sathirathai said ties would not be restored until Phnom Penh paid compensation and punished those responsible.

Thai firms own a large share of Cambodia's hotels and mobile telephone networks. It was not clear when the border crossings would reopen.
""")
THA = A("Thailand", "THA", "GOV")
KHM = A("Cambodia", "KHM", "GOV")
KHMR = A("Cambodian rioters", "KHM", "CVL")
THAE = A("Thai embassy", "THA", None)
THAP = A("Thai protesters", "THA", "CVL")
E("c05", "Thailand expels Cambodian envoy, seals border after", THA, KHM, EXPEL, "161", "2003-01-30", None, False, "headline")
E("c05", "Thailand downgraded its relations with Cambodia on", THA, KHM, ["16"], "161", "2003-01-30", None, True,
  "downgrading relations 161; Thursday in a Friday paper")
E("c05", "ordered the Cambodian ambassador to leave and", THA, A("Cambodian ambassador", "KHM", "GOV"), EXPEL, "161",
  "2003-01-30", None, False, "expulsion of the ambassador 161 (16/17), the same act as the downgrade (owned o04): optional")
E("c05", "ordered the Cambodian ambassador to leave and", THA, KHM, BORDER, "191", "2003-01-30", None, True,
  "border closure 191 (19; 17/16 read, owned y01), third verb, a distinct act: required")
E("c05", "a day after rioters in Phnom Penh", KHMR, THAE, VPROT, "145", "2003-01-29", P("Phnom Penh", "KHM"), True,
  "burning an embassy 145 (14/18/17) in the 'a day after' clause with its own agent; Wednesday; the clause names Phnom Penh")
E("c05", "a day after rioters in Phnom Penh", KHMR, A("Thai businesses", "THA", "BUS"), VPROT, "145", "2003-01-29",
  P("Phnom Penh", "KHM"), False, "second object (hotels and shops): optional")
E("c05", "as the crowd smashed through the gates", KHMR, THAE, VPROT, "145", "2003-01-29", None, False,
  "restatement of the embassy attack: optional")
E("c05", "Hun Sen expressed regret for the violence", A("Hun Sen", "KHM", "GOV"), THA, ["05"], "055", "2003-01", None, True,
  "apology 055 (owned convention); no day: month")
E("c05", "offered to pay for the damage", A("Hun Sen", "KHM", "GOV"), THA, ["03", "07"], "033", "2003-01", None, False,
  "offer of compensation, second verb: optional")
E("c05", "His government said police had rounded up", A("Cambodian police", "KHM", "COP"), KHMR, REPR, "173", "2003-01",
  None, False, "arrests inside the government's own account: optional")
E("c05", "several hundred Thais rallied outside the Cambodian", THAP, A("Cambodian embassy", "KHM", None), ["14"], "141",
  "2003-01-30", P("Bangkok", "THA"), True, "demonstration 141 at an embassy; Thursday; 'In Bangkok' names the place")
E("c05", "until riot police dispersed them", A("Thai riot police", "THA", "COP"), THAP, REPR, "175", "2003-01-30",
  P("Bangkok", "THA"), False, "dispersal in a subordinate clause: optional")
E("c05", "said ties would not be restored until", A("Surakiart Sathirathai", "THA", "GOV"), KHM, DEMAND, "100", "2003-01",
  None, True, "conditional demand for compensation and punishment (10/02); 'Phnom Penh' = the government; no day: month")
F("c05", "Thai firms own a large share of", "standing situation")
F("c05", "It was not clear when the border", "speculation")

# ---------------------------------------------------------------- c06 Manila, Asia (Philippines)
S("c06", "2001-01-21", "Asia", """
Arroyo sworn in as Philippine president after army deserts Estrada

MANILA, Philippines —

Gloria Macapagal-Arroyo was sworn in as president of the Philippines on Saturday, less than a day after the armed forces and most of the cabinet abandoned Joseph Estrada, whose corruption trial had collapsed and driven hundreds of thousands of people into the streets.

Chief Justice Hilario Davide administered the oath at the EDSA shrine in Manila, where crowds had massed since Tuesday night, when senators voted 11 to 10 to keep sealed bank records that prosecutors said would prove Estrada had taken millions of dollars in payoffs from illegal gambling.

The chief of staff, General Angelo Reyes, joined the protesters on Friday with the defence secretary and the heads of the army, navy and air force, declaring that the military no longer recognised Estrada as commander-in-chief.

Estrada left the Malacanang palace by barge with his family in the afternoon. In a brief statement he said he had "strong and serious doubts" about the legality of Arroyo's proclamation but would not stand in the way of national healing.

Cardinal Jaime Sin, the Roman Catholic archbishop of Manila, who had called on Estrada to resign in October, celebrated a mass of thanksgiving.

The United States recognised the new government within hours, a State Department spokesman said.

Arroyo, the daughter of a former president, will serve out Estrada's term, which runs until 2004. It was not clear whether prosecutors would now charge Estrada with plunder.
""")
ESTRADA = A("Joseph Estrada", "PHL", "GOV")
ARROYO = A("Gloria Macapagal-Arroyo", "PHL", "GOV")
PHLP = A("Philippine protesters", "PHL", ["CVL", "OPP"])
PHLM = A("Philippine armed forces", "PHL", "MIL")
WITHDRAW = ["16", "12", "11"]
E("c06", "Philippine president after army deserts Estrada", PHLM, ESTRADA, WITHDRAW, "160", "2001-01-19", None, False,
  "headline")
E("c06", "less than a day after the armed", PHLM, ESTRADA, WITHDRAW, "160", "2001-01-19", None, False,
  "lead summary of the withdrawal of support detailed in paragraph three: optional")
E("c06", "where crowds had massed since Tuesday night", PHLP, ESTRADA, ["14"], "141", "2001-01-16", P("Manila", "PHL"), True,
  "demonstration in a relative clause with its own agent, dated 'since Tuesday night'; the clause is the EDSA shrine in "
  "Manila")
E("c06", "when senators voted 11 to 10 to", A("Philippine senators", "PHL", "LEG"), A("prosecutors", "PHL", ["JUD", "LEG"]),
  ["12"], "120", "2001-01-16", None, False, "vote inside the 'when' clause, procedural: optional")
E("c06", "General Angelo Reyes, joined the protesters on", A("Angelo Reyes", "PHL", "MIL"), ESTRADA, WITHDRAW, "160",
  "2001-01-19", None, True, "withdrawal of the military's support and recognition: reduced relations 160 (16; 12 or 11 "
  "read); Friday")
E("c06", "about the legality of Arroyo's proclamation but", ESTRADA, ARROYO, ["12", "11"], "120", "2001-01-20", None, False,
  "doubts about the succession inside a statement: optional")
E("c06", "would not stand in the way of", ESTRADA, PHLP, ["08"], "0831", "2001-01-20", None, False,
  "yielding put as an intention: optional")
E("c06", "who had called on Estrada to resign", A("Jaime Sin", "PHL", "REL"), ESTRADA, DEMAND, "1041", "2000-10", None, True,
  "demand for a leader to resign 1041 (10/02) in a relative clause, dated 'in October' in a January paper: the year before")
E("c06", "The United States recognised the new government", USA, ARROYO, ["05", "03"], "054", "2001-01-20", None, True,
  "recognition of a government 054 (05/03, owned g05); 'within hours' of Saturday's oath")
F("c06", "Arroyo, the daughter of a former president", "standing situation")
F("c06", "It was not clear whether prosecutors would", "speculation")

# ---------------------------------------------------------------- c07 Tbilisi, Europe/Eurasia (Georgia / Russia)
S("c07", "2003-11-24", "Europe/Eurasia", """
Shevardnadze quits as Georgian protesters take over parliament

TBILISI, Georgia —

Eduard Shevardnadze resigned as Georgia's president on Sunday, a day after opposition supporters burst into parliament and forced him to flee the chamber in the middle of a speech.

Shevardnadze announced his decision after a meeting at his residence with the protest leaders, Mikheil Saakashvili and Zurab Zhvania, which Russian Foreign Minister Igor Ivanov had arranged. Ivanov flew in overnight from Moscow and also spoke to the crowd outside parliament.

"I see that this will not end without bloodshed," Shevardnadze told reporters. "I have decided to step down."

Tens of thousands of people carrying roses poured into the streets to celebrate. Nino Burjanadze, the outgoing speaker, became acting president under the constitution and said a new election would be held within 45 days.

On Saturday Saakashvili, a 35-year-old lawyer trained in the United States, led the crowd into the chamber as Shevardnadze opened the parliament chosen in a November 2 vote that international monitors said had been rigged. Bodyguards hustled the president out through a side door. He then declared a state of emergency, but army and police commanders refused to enforce it.

The State Department praised Shevardnadze for putting his country first. Aslan Abashidze, the leader of the autonomous region of Adjara, who had stood by the president, denounced the change of power as a coup.

Russia keeps two military bases on Georgian soil. It was not clear whether Abashidze would accept the new leaders.
""")
SHEV = A("Eduard Shevardnadze", "GEO", "GOV")
GEOP = A("Georgian opposition supporters", "GEO", ["OPP", "CVL"])
SAAK = A("Mikheil Saakashvili", "GEO", ["OPP", "PTY"])
E("c07", "Shevardnadze quits as Georgian protesters take over", SHEV, GEOP, ["08"], "0831", "2003-11-23", None, False,
  "headline")
E("c07", "Eduard Shevardnadze resigned as Georgia's president on", SHEV, GEOP, ["08"], "0831", "2003-11-23", None, True,
  "resignation under protest pressure 0831 (news-dev), target the protesters; Sunday in a Monday paper")
E("c07", "a day after opposition supporters burst into", GEOP, SHEV, VPROT, "145", "2003-11-22", None, True,
  "storming the chamber 145 (14/18/17) in the 'a day after' clause with its own agent; Saturday; 'parliament' names no city")
E("c07", "which Russian Foreign Minister Igor Ivanov had", A("Igor Ivanov", "RUS", "GOV"), SHEV, MEDIATE, "045",
  "2003-11-23", None, True, "arranging the meeting between the two sides: mediation 045 (04; 03 read) in a relative clause "
  "with its agent; the Sunday of the resignation")
E("c07", "Shevardnadze announced his decision after a meeting", SHEV, SAAK, ["04"], "043", "2003-11-23", None, False,
  "the meeting as a nominal: optional")
E("c07", "Ivanov flew in overnight from Moscow and", A("Igor Ivanov", "RUS", "GOV"), A("Georgia", "GEO", "GOV"), ["04"],
  "042", "2003-11", None, False, "visit: optional (the mediation line carries it)")
E("c07", "led the crowd into the chamber as", SAAK, SHEV, VPROT, "145", "2003-11-22", None, False,
  "restatement of the storming with its leader: optional")
E("c07", "that international monitors said had been rigged", A("international monitors", None, "IGO"),
  A("Georgia", "GEO", "GOV"), ["11"], "112", "2003-11", None, False, "undated accusation in a relative clause: optional")
E("c07", "He then declared a state of emergency", SHEV, A("Georgia", "GEO", None), COUP, "1724", "2003-11-22", None, False,
  "self-directed emergency: optional (owned13 k01)")
E("c07", "but army and police commanders refused to", A("Georgian army and police commanders", "GEO", ["MIL", "COP"]),
  SHEV, ["12"], "120", "2003-11-22", None, True, "stated refusal to enforce an order (12); the Saturday of the paragraph")
E("c07", "The State Department praised Shevardnadze for putting", USA, SHEV, ["05"], "051", "2003-11", None, False,
  "single outside reaction: optional")
E("c07", "denounced the change of power as a", A("Aslan Abashidze", "GEO", "GOV"),
  A("Georgian opposition leaders", "GEO", ["OPP", "PTY"]), ["11"], "111", "2003-11", None, True,
  "condemnation by a regional leader; target the new leaders; no day: month")
F("c07", "Russia keeps two military bases on Georgian", "standing situation")
F("c07", "It was not clear whether Abashidze would", "speculation")

# ---------------------------------------------------------------- c08 Moscow, Europe/Eurasia (Russia / Chechen gunmen)
S("c08", "2002-10-26", "Europe/Eurasia", """
Russian commandos storm Moscow theatre to end hostage siege

MOSCOW, Russia —

Russian special forces pumped a disabling gas into a Moscow theatre before dawn on Saturday and stormed the building, ending a 57-hour siege by Chechen gunmen who had held more than 700 people hostage.

At least 67 hostages died, most of them from the effects of the gas, officials said. Deputy Interior Minister Vladimir Vasilyev said the commandos had killed 50 of the hostage-takers, including their leader, Movsar Barayev, and had captured three others.

The gunmen, who burst into the theatre during a musical on Wednesday night, had threatened to kill their captives unless Moscow pulled its troops out of Chechnya. They released several dozen children, foreigners and Muslims over the next two days after talks with public figures, among them the singer Iosif Kobzon and the former prime minister Yevgeny Primakov.

In a televised address, President Vladimir Putin asked the families of the dead to forgive the authorities for failing to save everyone, and said Russia would never bow to blackmail.

Akhmed Zakayev, an envoy of the separatist leader Aslan Maskhadov, condemned the hostage-taking but accused the Kremlin of driving Chechens to despair. The Foreign Ministry has asked Denmark to ban a congress of Chechen exiles, due to open in Copenhagen on Monday, at which Zakayev is to speak.

About 80,000 Russian troops are stationed in Chechnya. It was not clear how many of the freed hostages remained in hospital.
""")
RUSSF = A("Russian special forces", "RUS", ["MIL", "COP"])
CHG = A("Chechen gunmen", "RUS", ["REB", "RAD"])
HOST = A("hostages", "RUS", "CVL")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
E("c08", "Russian commandos storm Moscow theatre to end", RUSSF, CHG, FORCE, "190", "2002-10-26", None, False, "headline")
E("c08", "Russian special forces pumped a disabling gas", RUSSF, CHG, FORCE + ["17"], "190", "2002-10-26",
  P("Moscow", "RUS"), True, "storming of the held building 190 (19/18; 17 read as a rescue); 'before dawn on Saturday' in a "
  "Saturday paper; the clause names a Moscow theatre")
E("c08", "Russian special forces pumped a disabling gas", CHG, HOST, HOSTAGE, "181", "2002-10", None, False,
  "the siege in the relative clause, detailed in paragraph three: optional")
E("c08", "said the commandos had killed 50 of", RUSSF, CHG, FORCE, "190", "2002-10-26", None, False,
  "restatement of the assault inside the minister's account: optional")
E("c08", "and had captured three others", RUSSF, CHG, REPR, "173", "2002-10-26", None, False,
  "capture inside the minister's account: optional")
E("c08", "who burst into the theatre during a", CHG, HOST, HOSTAGE, "181", "2002-10-23", None, True,
  "hostage-taking 181 (18; 17 read) in a relative clause with its agent, 'on Wednesday night'; 'the theatre' names no city")
E("c08", "had threatened to kill their captives unless", CHG, A("Russia", "RUS", "GOV"), ["13"], "138", "2002-10", None, True,
  "threat to kill hostages 138 (owned x09); 'Moscow' = the government; undated pluperfect: month")
E("c08", "They released several dozen children, foreigners and", CHG, HOST, ["08"], "0841", "2002-10", None, True,
  "release of hostages 0841; 'They' = the gunmen; 'over the next two days': month")
E("c08", "after talks with public figures, among them", A("Iosif Kobzon", "RUS", "ELI"), CHG, ["04"], "046", "2002-10", None,
  False, "negotiation as a nominal: optional")
E("c08", "asked the families of the dead to", PUTIN, A("hostages' families", "RUS", "CVL"), ["05"], "055", "2002-10", None,
  False, "apology to citizens: optional")
E("c08", "said Russia would never bow to blackmail", PUTIN, CHG, ["12"], "120", "2002-10", None, False,
  "refusal put as an intention: optional")
E("c08", "condemned the hostage-taking but accused the Kremlin", A("Akhmed Zakayev", "RUS", ["REB", "OPP"]), CHG, ["11"],
  "111", "2002-10", None, True, "condemnation by the separatists' envoy, Chechens as actors of Russia; no day: month")
E("c08", "condemned the hostage-taking but accused the Kremlin", A("Akhmed Zakayev", "RUS", ["REB", "OPP"]),
  A("Russia", "RUS", "GOV"), ["11"], "112", "2002-10", None, False, "accusation, second verb: optional; 'the Kremlin' = Russia")
E("c08", "The Foreign Ministry has asked Denmark to", A("Russian Foreign Ministry", "RUS", "GOV"), DNK, DEMAND, "020",
  "2002-10", None, True, "request to ban a congress (02/10); 'The Foreign Ministry' = Russia's; present perfect: month")
F("c08", "About 80,000 Russian troops are stationed in", "count and standing situation")
F("c08", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- c09 Caracas, Americas (Haiti / Venezuela)
S("c09", "1991-10-02", "Americas", """
Ousted Haitian president flies into exile in Venezuela

CARACAS, Venezuela —

Haiti's deposed president, Jean-Bertrand Aristide, landed here on Tuesday after the soldiers who overthrew him agreed to let him leave the country, and he vowed to return to finish his term.

President Carlos Andres Perez, who had sent a Venezuelan air force jet to fetch him, greeted Aristide at the airport and said Venezuela would not recognise the military rulers of Haiti.

Troops loyal to the army commander, Brigadier General Raoul Cedras, shelled Aristide's residence on Sunday night and seized him at the National Palace on Monday morning. The French ambassador, Jean-Raphael Dufour, and the U.S. ambassador, Alvin Adams, bargained with the officers for his life and escorted him to the airport.

In a radio broadcast, Cedras said the armed forces had acted to save Haiti from chaos and accused Aristide of ruling through mob violence. Human rights groups said soldiers had shot dozens of Aristide's supporters in the slums of Port-au-Prince.

On Monday, the Bush administration suspended economic and military aid to Haiti. The Organization of American States summoned its foreign ministers to an emergency meeting in Washington, and its secretary-general, Joao Baena Soares, condemned the coup as an assault on democracy.

Haiti's army numbers about 7,000 men, and it also runs the police. It was not clear whether the officers would let Prime Minister Rene Preval leave the country.
""")
HTIM = A("Haitian army", "HTI", ["MIL", "REB"])
ARIST = A("Jean-Bertrand Aristide", "HTI", "GOV")
PEREZ = A("Carlos Andres Perez", "VEN", "GOV")
CEDRAS = A("Raoul Cedras", "HTI", ["MIL", "REB"])
E("c09", "Ousted Haitian president flies into exile in", HTIM, ARIST, COUP, "1724", "1991-09-30", None, False, "headline")
E("c09", "after the soldiers who overthrew him agreed", HTIM, ARIST, ["08"], "0841", "1991", None, False,
  "letting a captive leave in the 'after' clause: release 0841, day unclear between Monday and Tuesday: optional")
E("c09", "greeted Aristide at the airport and said", PEREZ, ARIST, ["04"], "043", "1991-10-01", P("Caracas", "VEN"), True,
  "receiving a visitor 043 (04); the lead's Tuesday and 'here' (Caracas) carry to the airport")
E("c09", "who had sent a Venezuelan air force", PEREZ, ARIST, ["07"], "070", "1991", None, False,
  "help in a relative clause, undated: optional")
E("c09", "said Venezuela would not recognise the military", PEREZ, HTIM, ["12"], "120", "1991-10-01", None, False,
  "refusal put as an intention ('would not recognise'): optional")
E("c09", "shelled Aristide's residence on Sunday night and", A("troops loyal to Raoul Cedras", "HTI", ["MIL", "REB"]), ARIST,
  FORCE, "190", "1991-09-29", None, True, "shelling the president's home 190 (19/18); 'on Sunday night' in a Wednesday paper")
E("c09", "and seized him at the National Palace", A("troops loyal to Raoul Cedras", "HTI", ["MIL", "REB"]), ARIST, COUP,
  "1724", "1991-09-30", None, True, "seizing the president in a coup: takeover 1724 (17/19; arrest 173 under 17 also "
  "matches the root); 'on Monday morning'; 'the National Palace' names no city")
E("c09", "bargained with the officers for his life", A("Jean-Raphael Dufour", "FRA", "GOV"), HTIM, MEDIATE, "046", "1991",
  None, True, "negotiating for a captive 046 (04; 03 read); the French envoy first of the compound subject; the day lies "
  "between Monday and Tuesday: the year")
E("c09", "bargained with the officers for his life", A("Alvin Adams", "USA", "GOV"), HTIM, MEDIATE, "046", "1991", None,
  False, "second member of the compound subject: optional")
E("c09", "accused Aristide of ruling through mob violence", CEDRAS, ARIST, ["11"], "112", "1991", None, True,
  "accusation in a radio broadcast with no day given (Monday or Tuesday): the year")
E("c09", "Human rights groups said soldiers had shot", HTIM, A("Aristide supporters", "HTI", "CVL"), ATTACK, "180", "1991",
  None, False, "killings inside the rights groups' account: optional")
E("c09", "the Bush administration suspended economic and military", USA, A("Haiti", "HTI", "GOV"), ["16"], "162",
  "1991-09-30", None, True, "suspension of aid 162 (16); 'On Monday'")
E("c09", "condemned the coup as an assault on", A("Joao Baena Soares", "OAS", "IGO"), HTIM, ["11"], "111", "1991", None,
  False, "condemnation by the OAS head, single outside reaction: optional")
E("c09", "The Organization of American States summoned its", A("Organization of American States", "OAS", "IGO"),
  A("OAS foreign ministers", "OAS", "IGO"), ["04"], "040", "1991", None, False, "convening its own members: optional")
F("c09", "Haiti's army numbers about 7,000 men, and", "count and standing situation")
F("c09", "It was not clear whether the officers", "speculation")

# ---------------------------------------------------------------- c10 Managua, Americas (Nicaragua / U.S.)
S("c10", "1990-02-27", "Americas", """
Ortega concedes defeat as Chamorro wins Nicaraguan election

MANAGUA, Nicaragua —

President Daniel Ortega conceded defeat on Monday in Nicaragua's presidential election and promised to hand power to Violeta Barrios de Chamorro, the newspaper publisher whose opposition coalition has ended more than a decade of Sandinista rule.

Official results gave Chamorro, the candidate of the 14-party National Opposition Union, about 55 percent of Sunday's vote against 41 percent for Ortega.

"The Sandinista Front will respect and obey the popular mandate," Ortega told supporters at dawn, some of them in tears.

Former U.S. President Jimmy Carter, who led a team of election observers, shuttled between Ortega and Chamorro's advisers through the night and persuaded both camps to open talks on a transfer of power. Antonio Lacayo, Chamorro's son-in-law and campaign manager, said the first meeting would be held on Wednesday.

In Washington, President George Bush praised the Nicaraguan people and said he would lift the trade embargo imposed on Nicaragua in 1985 as soon as Chamorro took office.

Chamorro called on the Contra rebels, who fought the Sandinistas from camps in Honduras throughout the 1980s, to lay down their arms. Defense Minister Humberto Ortega, the president's brother, said the army would serve the new government.

It was not clear whether the Contras would disarm before April 25, when Chamorro takes office.
""")
ORT = A("Daniel Ortega", "NIC", "GOV")
CHAM = A("Violeta Barrios de Chamorro", "NIC", ["OPP", "PTY"])
NIC = A("Nicaragua", "NIC", "GOV")
CONTRA = A("Contra rebels", "NIC", "REB")
E("c10", "Ortega concedes defeat as Chamorro wins Nicaraguan", ORT, CHAM, ["08"], "080", "1990-02-26", None, False, "headline")
E("c10", "President Daniel Ortega conceded defeat on Monday", ORT, CHAM, ["08"], "080", "1990-02-26", None, True,
  "conceding an election 080 (08); Monday in a Tuesday paper")
E("c10", "will respect and obey the popular mandate", ORT, CHAM, ["08"], "080", "1990-02-26", None, False,
  "quoted restatement of the concession: optional")
E("c10", "persuaded both camps to open talks on", A("Jimmy Carter", "USA", ["ELI", "NGO"]), ORT, MEDIATE, "045", "1990-02",
  None, True, "mediation 045 (04; 03 read); 'through the night' after Sunday's vote, no day stated: month; target the "
  "first-mentioned side")
E("c10", "said the first meeting would be held", A("Antonio Lacayo", "NIC", ["OPP", "PTY"]), ORT, ["03", "04"], "036",
  "1990-02", None, False, "intention to meet: optional")
E("c10", "President George Bush praised the Nicaraguan people", A("George Bush", "USA", "GOV"),
  A("Nicaraguan people", "NIC", "CVL"), ["05"], "051", "1990-02", None, False, "praise, outside reaction: optional")
E("c10", "would lift the trade embargo imposed on", A("George Bush", "USA", "GOV"), NIC, ["08"], "085", "1990-02", None,
  False, "easing of sanctions put as an intention: optional")
E("c10", "trade embargo imposed on Nicaragua in 1985", USA, NIC, SANCT, "163", "1985", None, True,
  "dated background embargo 163 (16/17) in an agentless passive whose agent the sentence implies (the U.S. president "
  "who would lift it)")
E("c10", "Chamorro called on the Contra rebels, who", CHAM, CONTRA, DEMAND, "1056", "1990-02", None, True,
  "demand to disarm: de-escalation 1056 (10/02); no day: month")
E("c10", "who fought the Sandinistas from camps in", CONTRA, NIC, FORCE, "190", None, None, False,
  "war 'throughout the 1980s' in a relative clause: optional, no single date")
E("c10", "said the army would serve the new", A("Humberto Ortega", "NIC", "MIL"), CHAM, ["03"], "030", "1990-02", None,
  False, "pledge of loyalty put as an intention: optional")
F("c10", "Official results gave Chamorro, the candidate of", "count (vote shares)")
F("c10", "It was not clear whether the Contras", "speculation")

# ---------------------------------------------------------------- c11 Colombo, South Asia (Sri Lanka)
S("c11", "2009-05-20", "South Asia", """
Sri Lanka declares victory over Tamil Tigers; rebel leader killed

COLOMBO, Sri Lanka —

President Mahinda Rajapaksa told parliament on Tuesday that the army had defeated the Tamil Tiger rebels, ending a separatist war that has lasted a quarter of a century.

Soldiers killed the rebels' founder, Velupillai Prabhakaran, on Monday as he tried to escape in an armoured van from the last patch of coastal jungle the Tigers held, according to the military spokesman, Brigadier Udaya Nanayakkara. State television showed pictures of the body on Tuesday.

On Sunday the rebels' chief of international relations, Selvarasa Pathmanathan, admitted that the battle had "reached its bitter end" and said the Tigers had decided to silence their guns.

Addressing lawmakers, Rajapaksa said the war had been fought against terrorism, not against the Tamil people, and promised a political settlement for all communities.

About 250,000 civilians who fled the fighting are living in camps ringed by barbed wire. The International Committee of the Red Cross, whose staff were barred from the war zone in its final weeks, asked the government on Tuesday for full access to the camps.

Britain and France pressed for an investigation into the deaths of civilians shelled in the last months of fighting. Foreign Minister Rohitha Bogollagama rejected the calls, saying Sri Lanka would not be lectured by countries that had stood by while terrorists held its people hostage.

Thousands of Tamils rallied in London and Toronto to mourn the dead. It was not clear how many civilians had died in the final weeks.
""")
LKAM = A("Sri Lankan army", "LKA", "MIL")
LTTE = A("Tamil Tigers", "LKA", ["REB", "RAD"])
LKA = A("Sri Lanka", "LKA", "GOV")
RAJA = A("Mahinda Rajapaksa", "LKA", "GOV")
E("c11", "Sri Lanka declares victory over Tamil Tigers;", LKAM, LTTE, FORCE, "190", "2009-05", None, False, "headline")
E("c11", "told parliament on Tuesday that the army", LKAM, LTTE, FORCE, "190", "2009-05", None, False,
  "the defeat as reported in a speech, detailed in the next paragraphs: optional")
E("c11", "Soldiers killed the rebels' founder, Velupillai Prabhakaran", LKAM, A("Velupillai Prabhakaran", "LKA", ["REB", "RAD"]),
  FORCE, "190", "2009-05-18", None, True, "killing in combat 190 (19/18); 'on Monday' in a Wednesday paper; the army's "
  "account, undisputed and the story's core: required")
E("c11", "said the Tigers had decided to silence", A("Selvarasa Pathmanathan", "LKA", ["REB", "RAD"]), LKA, ["08", "03"],
  "0871", "2009-05-17", None, True, "declared end of fighting 0871 (08; 03 read), owned13 k03; 'On Sunday'")
E("c11", "promised a political settlement for all communities", RAJA, A("Sri Lankan Tamils", "LKA", "CVL"), ["03"], "030",
  "2009-05-19", None, False, "promise in a speech: optional")
E("c11", "asked the government on Tuesday for full", A("International Committee of the Red Cross", None, "NGO"), LKA, DEMAND,
  "0255", "2009-05-19", None, True, "request for access 0255 (02/10); 'on Tuesday'")
E("c11", "whose staff were barred from the war", LKA, A("International Committee of the Red Cross", None, "NGO"),
  ["17", "16"], "172", "2009", None, False, "agentless passive in a relative clause, undated: optional")
E("c11", "Britain and France pressed for an investigation", A("Britain", "GBR", "GOV"), LKA, DEMAND, "101", "2009-05", None,
  True, "demand for an inquiry 101 (10/02); Britain first of the compound subject; no day: month")
E("c11", "Britain and France pressed for an investigation", A("France", "FRA", "GOV"), LKA, DEMAND, "101", "2009-05", None,
  False, "second member of the compound subject: optional")
E("c11", "Rohitha Bogollagama rejected the calls, saying Sri", A("Rohitha Bogollagama", "LKA", "GOV"),
  A("Britain", "GBR", "GOV"), ["12"], "120", "2009-05", None, True,
  "rejection of the demand (12); target the first of the states that made it; no day: month")
E("c11", "Thousands of Tamils rallied in London and", A("Tamil protesters", "LKA", ["CVL", "REF"]), LKA, ["14"], "141",
  "2009-05", P("London", "GBR"), False, "diaspora rally, nationality unclear: optional")
F("c11", "About 250,000 civilians who fled the fighting", "count and standing situation")
F("c11", "It was not clear how many civilians", "speculation")

# ---------------------------------------------------------------- c12 Honiara, Pacific (Solomon Islands / Australia)
S("c12", "2003-07-25", "Pacific", """
Australian-led force lands in Solomons to restore order

HONIARA, Solomon Islands —

The first soldiers and police of an Australian-led regional force flew into Honiara on Thursday at the invitation of the Solomon Islands government, with orders to disarm ethnic militias and restore order after five years of strife.

Prime Minister Allan Kemakeza, who had asked Canberra for help in April, welcomed the commanders at Henderson airfield, where a crowd of residents waved and cheered as the troops marched off their transport planes.

The national parliament had approved the intervention unanimously last week.

Nick Warner, the Australian diplomat who leads the mission, said its 2,000 soldiers and police from Australia, New Zealand, Fiji, Papua New Guinea and Tonga would begin a three-week gun amnesty on Friday. After that, he said, anyone found carrying a weapon would be arrested.

The force's first target is expected to be Harold Keke, a militia leader on the island's Weathercoast. Keke told a New Zealand radio station by satellite telephone that he would meet the commanders but would not hand over his guns until his grievances had been heard.

The conflict between militias from Guadalcanal and the neighbouring island of Malaita reached its peak in June 2000, when gunmen of the Malaita Eagle Force seized Prime Minister Bartholomew Ulufa'alu and forced him to resign.

Hundreds of guns looted from police armouries are still held by the militias. It was not clear how long the force would stay.
""")
AUSF = A("Australian-led regional force", "AUS", ["MIL", "COP"])
SLB = A("Solomon Islands", "SLB", "GOV")
KEM = A("Allan Kemakeza", "SLB", "GOV")
AUS = A("Australia", "AUS", "GOV")
MIL = A("Solomon Islands militias", "SLB", ["REB", "CRM"])
KEKE = A("Harold Keke", "SLB", ["REB", "CRM"])
MEF = A("Malaita Eagle Force", "SLB", ["REB", "CRM"])
E("c12", "Australian-led force lands in Solomons to restore", AUSF, SLB, DEPLOY, "074", "2003-07-24", None, False, "headline")
E("c12", "The first soldiers and police of an", AUSF, SLB, DEPLOY, "074", "2003-07-24", P("Honiara", "SLB"), True,
  "peacekeeping deployment 074 (07/15); Thursday in a Friday paper; the clause names Honiara")
E("c12", "who had asked Canberra for help in", KEM, AUS, DEMAND, "0234", "2003-04", None, True,
  "request for protection 0234 (02/10) in a relative clause, dated 'in April'; 'Canberra' = Australia")
E("c12", "welcomed the commanders at Henderson airfield, where", KEM, AUSF, ["04"], "043", "2003-07-24", None, False,
  "hosting the arriving force: optional")
E("c12", "The national parliament had approved the intervention", A("Solomon Islands parliament", "SLB", "LEG"), AUS,
  ["03", "05"], "030", "2003-07", None, True, "approval of the intervention (03; 05 read); 'last week' without a day: month")
E("c12", "would begin a three-week gun amnesty on", A("Nick Warner", "AUS", "GOV"), MIL, ["08", "03"], "080", "2003-07",
  None, True, "announced amnesty 080 (08/03, owned13 k11); announced decision with a start date; said on the arrival "
  "day, no day given: month")
E("c12", "anyone found carrying a weapon would be", A("Nick Warner", "AUS", "GOV"), MIL, ["13"], "130", "2003-07", None,
  False, "warning of arrests, conditional: optional")
E("c12", "Keke told a New Zealand radio station", KEKE, AUSF, ["03", "04"], "036", "2003-07", None, False,
  "intention to meet: optional")
E("c12", "would not hand over his guns until", KEKE, AUSF, ["12"], "120", "2003-07", None, False,
  "refusal put as an intention with a condition: optional")
E("c12", "when gunmen of the Malaita Eagle Force", MEF, A("Bartholomew Ulufa'alu", "SLB", "GOV"), HOSTAGE, "181", "2000-06",
  None, True, "seizure of the prime minister 181 (18/17) in a 'when' clause with its agent, dated 'in June 2000'")
E("c12", "Ulufa'alu and forced him to resign", MEF, A("Bartholomew Ulufa'alu", "SLB", "GOV"), COUP, "1724", "2000-06",
  None, False, "forced resignation, second verb: optional")
F("c12", "Hundreds of guns looted from police armouries", "standing situation")
F("c12", "It was not clear how long the", "speculation")

if __name__ == "__main__":
    write(HERE)
