#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned59 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned59/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18", "17"]
KILLREPR = ["17", "18", "19"]

# ---------------------------------------------------------------- bh01 Algiers, Africa (Algeria)
S("bh01", "1988-10-11", "Africa", """
Algeria's Chadli promises reform after troops fire on Islamist march in Algiers

ALGIERS, Algeria —

President Chadli Bendjedid promised on Monday night to put political reforms to a referendum, hours after soldiers opened fire on thousands of marchers in the capital's Bab el-Oued district, killing at least 30 people, hospital sources said.

The march had been called by Islamic preachers, among them Ali Belhadj, who urged the faithful to demand an end to the crackdown on the riots that have shaken Algiers and other cities since last Wednesday.

In a televised address, the president said the rioters had been manipulated by enemies of the nation, whom he did not name. He pledged constitutional changes and a government answerable to parliament.

The government declared a state of siege on Thursday and handed control of the capital to the army, which has ordered a curfew from dusk to dawn. Tanks now guard ministries and the headquarters of the ruling National Liberation Front, which youths ransacked on the first night of the unrest.

Officials put the death toll since the unrest began at 159, while doctors said the real figure was several times higher.

The Algerian League of Human Rights accused the security forces of torturing young detainees at police stations and army barracks.

France, the former colonial ruler, said it was following events closely but would not interfere in the affairs of a sovereign country.
""")
DZAGOV = A("Algeria's government", "DZA", "GOV")
CHADLI = A("Chadli Bendjedid", "DZA", "GOV")
DZAMIL = A("Algerian army", "DZA", "MIL")
MARCH = A("Islamist marchers in Algiers", "DZA", ["CVL", "RAD"])
YOUTH = A("Algerian rioting youths", "DZA", ["CVL", "OPP"])
PREACH = A("Islamic preachers (Ali Belhadj)", "DZA", ["REL", "RAD"])
E("bh01", "Algeria's Chadli promises reform after troops", CHADLI, A("Algerians", "DZA", "CVL"), ["03"], "034", "1988-10",
  None, False, "headline: promise of reform")
E("bh01", "troops fire on Islamist march in Algiers", DZAMIL, MARCH, KILLREPR, "175", "1988-10", P("Algiers", "DZA"),
  False, "headline: the shooting")
E("bh01", "promised on Monday night to put political", CHADLI, A("Algerians", "DZA", "CVL"), ["03"], "034",
  "1988-10-10", None, True, "intent to institute political reform 034; 'on Monday night' before a Tuesday paper; no "
  "addressee named: the nation (DZA/CVL)")
E("bh01", "hours after soldiers opened fire on thousands", DZAMIL, MARCH, KILLREPR, "175", "1988-10-10",
  P("Algiers", "DZA"), True, "live fire on marchers 175 (17/18/19, as owned54 bc10's police killing); 'hours after' "
  "clause with its own agent; unnamed soldiers are Algeria's; 'the capital's Bab el-Oued district' with the dateline "
  "= Algiers; the hospital count is attribution")
E("bh01", "The march had been called by Islamic", PREACH, DZAGOV, ["14"], "140", "1988-10", None, False,
  "call for a march inside a passive; undated pluperfect: optional")
E("bh01", "who urged the faithful to demand an", PREACH, DZAGOV, DEMAND, "100", "1988-10", None, False,
  "appeal inside a relative, undated: optional")
E("bh01", "the president said the rioters had been", CHADLI, YOUTH, ["11"], "112", "1988-10-10", None, False,
  "accusation with an unnamed accused ('enemies of the nation'); 'the president' = Chadli; the day follows the lead's "
  "Monday night address: optional")
E("bh01", "He pledged constitutional changes and a government", CHADLI, A("Algerians", "DZA", "CVL"), ["03"], "034",
  "1988-10-10", None, False, "restatement of the lead's promise: optional")
E("bh01", "The government declared a state of siege", DZAGOV, None, ["17"], "1724", "1988-10-06", None, True,
  "declared emergency 1724 (news-dev); 'on Thursday' before a Tuesday paper = Oct. 6; target null: the clause names "
  "nobody; no place in the clause ('the capital' is in the second verb's object)")
E("bh01", "which has ordered a curfew from dusk", DZAMIL, A("Algiers residents", "DZA", "CVL"), ["17"], "1723", "1988-10",
  None, True, "curfew 1723 in a relative with its own agent (the army); present perfect without a day: month; the "
  "city is in the main clause, not this one: no place")
E("bh01", "which youths ransacked on the first night", YOUTH, A("National Liberation Front", "DZA", ["PTY", "GOV"]),
  VPROT, "145", "1988-10", None, True, "violent protest 145 (14/18/17) against the ruling party's offices, a dated "
  "background relative with its own agent; 'the first night of the unrest' gives the month only; no city in the clause")
E("bh01", "The Algerian League of Human Rights accused", A("Algerian League of Human Rights", "DZA", "NGO"),
  A("Algerian security forces", "DZA", ["MIL", "COP"]), ["11"], "112", "1988-10", None, True,
  "accusation 112; the torture is its content (alleged), not coded; no day: month")
F("bh01", "Officials put the death toll since the", "count")
F("bh01", "France, the former colonial ruler, said it", "negated intention ('would not interfere'): no act")

# ---------------------------------------------------------------- bh02 Bamako, Africa (Mali)
S("bh02", "1991-03-27", "Africa", """
Mali's army arrests Traore after days of bloodshed; paratroop colonel takes charge

BAMAKO, Mali —

Soldiers led by Lieutenant Colonel Amadou Toumani Toure arrested President Moussa Traore early on Tuesday, ending 22 years of one-man rule four days after his troops had fired on crowds in the capital.

Toure, who commands the presidential guard's paratroopers, announced on state radio that a National Council of Reconciliation had taken power, suspended the constitution and dissolved the government. He said the army had acted to stop the killing of civilians and would hand power to an elected government.

Traore, his wife and several ministers were being held at a military camp, an officer said.

Toure met leaders of the student unions and the opposition on Tuesday afternoon and asked them to help form a transitional government.

In Bamako, thousands of people danced in the streets, and some set fire to the homes of ministers and of relatives of the first lady.

Security forces fired on student-led demonstrators in Bamako on Friday and Saturday, killing more than 100 people, according to opposition groups and hospital staff; the government put the toll at 59.

The protesters had demanded a multiparty system and Traore's resignation. The National Union of Malian Workers called a general strike on Monday to press the same demands.

In Paris, the Foreign Ministry said French aid would continue if the new rulers kept their promise to hold elections.

Mali, one of the world's poorest countries, has had a single legal party since 1979.
""")
MLIMIL = A("Malian soldiers (Amadou Toumani Toure)", "MLI", "MIL")
TOURE = A("Amadou Toumani Toure", "MLI", ["MIL", "GOV"])
TRAORE = A("Moussa Traore", "MLI", "GOV")
MLIGOV = A("Mali's government", "MLI", "GOV")
MLIP = A("Malian student-led demonstrators", "MLI", ["CVL", "EDU", "OPP"])
MLIOPP = A("Malian student and opposition leaders", "MLI", ["OPP", "EDU"])
E("bh02", "Mali's army arrests Traore after days of", MLIMIL, TRAORE, COUP, "173", "1991-03", None, False,
  "headline: the arrest in a coup (17/19)")
E("bh02", "arrested President Moussa Traore early on Tuesday", MLIMIL, TRAORE, COUP, "173", "1991-03-26", None, True,
  "arrest of the president in a coup 173 (coups 17/19, news-dev); 'early on Tuesday' before a Wednesday paper; "
  "no place in this clause ('in the capital' belongs to the firing)")
E("bh02", "four days after his troops had fired", A("Malian security forces", "MLI", ["MIL", "COP"]), MLIP, KILLREPR, "175",
  "1991-03-22", P("Bamako", "MLI"), False, "lead summary of the shootings detailed later: optional; 'four days after' "
  "Tuesday = Friday; 'the capital' with the dateline = Bamako")
E("bh02", "announced on state radio that a National", TOURE, None, ["17"], "1724", "1991-03", None, True,
  "declared takeover 1724 (news-dev); 'Toure, who commands ...' refers back to the colonel; target null; no day of "
  "its own: month")
E("bh02", "suspended the constitution and dissolved the government", TOURE, MLIGOV, ["17"], "172", "1991-03", None, False,
  "content of the announcement, second verbs: optional")
E("bh02", "several ministers were being held at a", MLIMIL, TRAORE, ["17"], "173", "1991-03", None, False,
  "agentless passive detention: optional (the arrest is coded in the lead)")
E("bh02", "Toure met leaders of the student unions", TOURE, MLIOPP, ["04"], "040", "1991-03-26", None, True,
  "meeting 040, the first-mentioned direction required; 'on Tuesday afternoon'; the request to help form a "
  "government is the same meeting")
E("bh02", "Toure met leaders of the student unions", MLIOPP, TOURE, ["04"], "040", "1991-03-26", None, False,
  "reverse direction of the meeting: optional")
E("bh02", "some set fire to the homes of", A("Malian crowds in Bamako", "MLI", "CVL"), A("Malian ministers", "MLI", "GOV"),
  VPROT, "145", "1991-03", P("Bamako", "MLI"), True, "arson by crowds 145 (14/18/17); the sentence-opening 'In "
  "Bamako' covers both clauses; no day of its own: month")
E("bh02", "Security forces fired on student-led demonstrators in", A("Malian security forces", "MLI", ["MIL", "COP"]),
  MLIP, KILLREPR, "175", "1991-03", P("Bamako", "MLI"), True, "live fire on demonstrators 175 (17/18/19); 'on Friday "
  "and Saturday' is a span: month (owned35); the counts are attribution")
E("bh02", "The protesters had demanded a multiparty system", MLIP, TRAORE, DEMAND, "1041", "1991-03", None, False,
  "undated background demand (resignation 1041): optional")
E("bh02", "National Union of Malian Workers called a", A("National Union of Malian Workers", "MLI", "LAB"), MLIGOV,
  ["14"], "143", "1991-03-25", None, True, "call for a general strike 143 (as owned35's national strike); 'on Monday' "
  "before a Wednesday paper")
F("bh02", "In Paris, the Foreign Ministry said French", "conditional statement: no act")
F("bh02", "Mali, one of the world's poorest countries", "standing situation")

# ---------------------------------------------------------------- bh03 Riyadh / Mecca, Middle East (Saudi Arabia)
S("bh03", "1979-12-05", "Middle East", """
Saudi troops end siege of Mecca's Grand Mosque; rebel leader taken alive

RIYADH, Saudi Arabia —

Saudi security forces captured the last of the gunmen holed up in the cellars of Mecca's Grand Mosque on Tuesday, ending a two-week siege of Islam's holiest shrine, Interior Minister Prince Nayef said.

Nayef told reporters that Juhayman al-Oteibi, the leader of the group, had been taken alive with scores of his followers, and that Mohammed al-Qahtani, whom the rebels had proclaimed the Mahdi, or redeemer, was among the dead.

The gunmen, many of them religious students, seized the mosque in Mecca at dawn on Nov. 20 as thousands of pilgrims gathered for prayers, and took some of the worshippers hostage.

National Guard and army units stormed the compound several times before the country's senior clerics issued a ruling that allowed force to be used inside the sanctuary.

King Khalid thanked the security forces and the clerics in a message read on state radio.

Rumours that members of the royal family had been among the hostages proved unfounded.

Ayatollah Ruhollah Khomeini of Iran said on Nov. 21 that the United States and Israel were behind the seizure, a charge Washington denied.

On Sunday, a crowd of several thousand stormed and set fire to the U.S. embassy in Tripoli, shouting slogans against America's support for Israel.

Nayef said 127 members of the security forces and 117 rebels had been killed in the fighting.
""")
SAUSF = A("Saudi security forces", "SAU", ["MIL", "COP"])
REBS = A("Grand Mosque gunmen (Juhayman al-Oteibi)", "SAU", ["REB", "RAD"])
SAUGOV = A("Saudi Arabia's government", "SAU", "GOV")
USA = A("United States", "USA", "GOV")
KHOM = A("Ruhollah Khomeini", "IRN", ["GOV", "REL"])
E("bh03", "Saudi troops end siege of Mecca's Grand", SAUSF, REBS, FORCE, "190", "1979-12", P("Mecca", "SAU"), False,
  "headline: the end of the siege")
E("bh03", "captured the last of the gunmen holed", SAUSF, REBS, COUP + ["18"], "173", "1979-12-04", P("Mecca", "SAU"),
  True, "capture of the last gunmen 173 (17; 19 also right for the assault); 'on Tuesday' before a Wednesday paper; "
  "'the cellars of Mecca's Grand Mosque' names Mecca; the minister's word is attribution")
E("bh03", "had been taken alive with scores of", SAUSF, REBS, ["17"], "173", "1979-12-04", P("Mecca", "SAU"), False,
  "agentless restatement of the capture inside Nayef's account: optional")
E("bh03", "seized the mosque in Mecca at dawn", REBS, SAUGOV, FORCE, "190", "1979-11-20", P("Mecca", "SAU"), True,
  "armed seizure of the mosque 190 (19/18/17, as owned54 bc03's takeover of a city); 'on Nov. 20'; 'in Mecca' names "
  "the place; the gunmen are Saudi in the text's frame (the royal government's rebels)")
E("bh03", "took some of the worshippers hostage", REBS, A("Grand Mosque worshippers", None, "CVL"), ["18"], "181",
  "1979-11-20", P("Mecca", "SAU"), False, "hostage-taking 181, second verb of the sentence: optional; the worshippers "
  "have no nationality in the text")
E("bh03", "National Guard and army units stormed the", A("Saudi National Guard", "SAU", "MIL"), REBS, FORCE, "190",
  "1979-11", P("Mecca", "SAU"), True, "assaults 190; compound subject, first member required; 'the compound' = the "
  "Mecca mosque of the paragraph before: place Mecca is explicit; undated ('several times'): month")
E("bh03", "National Guard and army units stormed the", A("Saudi army", "SAU", "MIL"), REBS, FORCE, "190", "1979-11",
  P("Mecca", "SAU"), False, "second member: optional")
E("bh03", "senior clerics issued a ruling that allowed", A("Saudi senior clerics", "SAU", "REL"), SAUGOV, ["05"], "050",
  "1979-11", None, False, "a religious ruling backing the use of force, inside a 'before' clause: optional")
E("bh03", "King Khalid thanked the security forces and", A("King Khalid", "SAU", "GOV"), SAUSF, ["05"], "051", "1979-12",
  None, True, "praise 051; compound object, first member (the forces) required; no day: month")
E("bh03", "King Khalid thanked the security forces and", A("King Khalid", "SAU", "GOV"),
  A("Saudi senior clerics", "SAU", "REL"), ["05"], "051", "1979-12", None, False, "second member: optional")
E("bh03", "said on Nov. 21 that the United", KHOM, USA, ["11"], "112", "1979-11-21", None, True,
  "accusation 112 'on Nov. 21'; compound object, first member (the United States) required")
E("bh03", "said on Nov. 21 that the United", KHOM, A("Israel", "ISR", "GOV"), ["11"], "112", "1979-11-21", None, False,
  "second member: optional")
E("bh03", "a charge Washington denied", USA, KHOM, DENY, "016", "1979-11", None, True,
  "denial 016 (01/12) in an appositive relative with its own agent; 'Washington' = the U.S. government; no day: month")
E("bh03", "a crowd of several thousand stormed and", A("Libyan crowd in Tripoli", "LBY", ["CVL", "RAD"]), USA, VPROT,
  "145", "1979-12-02", P("Tripoli", "LBY"), True, "embassy riot 145 (14/18/17, as owned35 ai04); 'On Sunday' before a "
  "Wednesday paper = Dec. 2; 'in Tripoli' names the place; the crowd is Libyan in the frame (Tripoli), premises are "
  "the country (USA)")
F("bh03", "Rumours that members of the royal family", "rumour denied without an actor: no event")
F("bh03", "Nayef said 127 members of the security", "count")

# ---------------------------------------------------------------- bh04 Amman / Wadi Araba, Middle East (Israel, Jordan)
S("bh04", "1994-10-27", "Middle East", """
Rabin and Majali sign peace treaty in the desert; Syria and Islamists denounce it

AMMAN, Jordan —

Prime Ministers Yitzhak Rabin of Israel and Abdul-Salam Majali of Jordan signed a peace treaty on Wednesday at the Wadi Araba crossing north of Aqaba, formally ending 46 years of war between the neighbours, as King Hussein and President Bill Clinton looked on.

The treaty, which the two sides initialled in Amman last week, sets the border and commits the countries to share water from the Jordan and Yarmouk rivers.

Hussein and Rabin, who met in public for the first time in Washington in July, embraced after the signing. Clinton called the accord a brave step by two old soldiers.

In Damascus, state radio called the treaty a betrayal of the Arab cause. Syria's President Hafez al-Assad has refused to follow Jordan's lead until Israel agrees to leave the Golan Heights.

Police in Amman broke up a march on Wednesday by several hundred supporters of the Islamic Action Front, who chanted against the accord outside parliament.

The militant group Hamas, whose suicide bomber killed 22 people on a Tel Aviv bus on Oct. 19, said the treaty would not stop its attacks.

The treaty does not settle the fate of the Palestinian refugees who live in Jordan.

Diplomats said a similar accord with Syria could follow within months if Damascus and Israel overcame their differences over the pace of a withdrawal.
""")
RABIN = A("Yitzhak Rabin", "ISR", "GOV")
ISR = A("Israel", "ISR", "GOV")
JOR = A("Jordan", "JOR", "GOV")
MAJALI = A("Abdul-Salam Majali", "JOR", "GOV")
HUSS = A("King Hussein", "JOR", "GOV")
IAF = A("Islamic Action Front supporters", "JOR", ["PTY", "OPP"])
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
E("bh04", "Rabin and Majali sign peace treaty in", RABIN, MAJALI, AGREE, "057", "1994-10", None, False, "headline: the signing")
E("bh04", "Syria and Islamists denounce it", A("Syria", "SYR", "GOV"), JOR, ["11"], "111", "1994-10", None, False,
  "headline: the denunciation")
E("bh04", "signed a peace treaty on Wednesday at", RABIN, MAJALI, AGREE, "057", "1994-10-26",
  P("Wadi Araba", "JOR"), True, "signed treaty 057 (05/03/08); first-mentioned direction (Rabin) required; 'on "
  "Wednesday' before a Thursday paper; 'at the Wadi Araba crossing' names the place (the Jordanian name of the "
  "border crossing)")
E("bh04", "signed a peace treaty on Wednesday at", MAJALI, RABIN, AGREE, "057", "1994-10-26", P("Wadi Araba", "JOR"),
  False, "reverse direction: optional")
E("bh04", "which the two sides initialled in Amman", ISR, JOR, AGREE, "057", "1994-10", P("Amman", "JOR"), True,
  "initialling 057 in a relative with its own agent, dated 'last week' (month, owned35); 'in Amman' names the "
  "place; 'the two sides': Israel (first in the lead) to Jordan required")
E("bh04", "which the two sides initialled in Amman", JOR, ISR, AGREE, "057", "1994-10", P("Amman", "JOR"), False,
  "reverse direction: optional")
E("bh04", "who met in public for the first", HUSS, RABIN, ["04"], "040", "1994-07", P("Washington", "USA"), True,
  "meeting 040 in a dated relative with its own agent ('in July'); 'in Washington' names the place; first-mentioned "
  "(Hussein) direction required")
E("bh04", "who met in public for the first", RABIN, HUSS, ["04"], "040", "1994-07", P("Washington", "USA"), False,
  "reverse direction: optional")
E("bh04", "Clinton called the accord a brave step", A("Bill Clinton", "USA", "GOV"), ISR, ["05"], "051", "1994-10-26",
  None, False, "single outside praise: optional")
E("bh04", "state radio called the treaty a betrayal", A("Syria", "SYR", ["GOV", "MED"]), JOR, ["11"], "111", "1994-10",
  P("Damascus", "SYR"), True, "denunciation 111 by Syria's state radio (the government's voice); 'In Damascus' names "
  "the place; no day: month")
E("bh04", "has refused to follow Jordan's lead until", A("Hafez al-Assad", "SYR", "GOV"), ISR, ["12"], "120", "1994-10",
  None, False, "standing refusal in the present perfect with a condition: optional")
E("bh04", "Police in Amman broke up a march", A("Jordanian police", "JOR", "COP"), IAF, REPR, "175", "1994-10-26",
  P("Amman", "JOR"), True, "dispersal 175 (17/18); 'on Wednesday'; 'Police in Amman' names the place")
E("bh04", "who chanted against the accord outside parliament", IAF, JOR, ["14"], "141", "1994-10-26", P("Amman", "JOR"),
  False, "the protest inside a relative on the object: optional")
E("bh04", "whose suicide bomber killed 22 people on", HAMAS, A("Israeli civilians", "ISR", "CVL"), ATTACK, "183",
  "1994-10-19", P("Tel Aviv", "ISR"), True, "suicide bombing 183 (18/19/20) in a relative with its own agent, dated "
  "'on Oct. 19'; 'a Tel Aviv bus' names the place; Hamas PSE with REB/GOV as news-dev")
E("bh04", "said the treaty would not stop its", HAMAS, ISR, ["13"], "130", "1994-10", None, False,
  "threat put as an intention: optional")
F("bh04", "The treaty does not settle the fate", "standing situation")
F("bh04", "Diplomats said a similar accord with Syria", "hypothetical")

# ---------------------------------------------------------------- bh05 Colombo, Asia (Sri Lanka)
S("bh05", "1983-07-29", "Asia", """
Jayewardene vows to outlaw separatism as anti-Tamil riots rage in Colombo

COLOMBO, Sri Lanka —

President Junius Jayewardene said on Thursday that his government would ban any party that sought a separate Tamil state, as mobs burned Tamil homes and shops in the capital for a fifth day despite a round-the-clock curfew.

In a televised address, the president did not mention the hundreds of Tamils who have been killed since Sunday. He said the violence was the reaction of the Sinhalese people to years of separatist agitation.

The riots began on Sunday night after the bodies of 13 soldiers, who had been killed by Tamil guerrillas in an ambush near Jaffna on Saturday, were brought to the capital's main cemetery for burial.

Sinhalese prisoners at Colombo's Welikada jail killed 35 Tamil inmates on Monday, and prison officials said another 17 were killed there on Wednesday.

Witnesses accused soldiers and police of standing by as gangs armed with voters' lists sought out Tamil houses.

The government extended the curfew to the whole island on Monday.

Indian Prime Minister Indira Gandhi telephoned Jayewardene to express her concern, and her foreign minister, Narasimha Rao, flew to Colombo on Thursday for talks.

Reports reaching Madras that Tamil members of parliament had been arrested could not be confirmed.
""")
JRJ = A("Junius Jayewardene", "LKA", "GOV")
LKAGOV = A("Sri Lanka's government", "LKA", "GOV")
MOBS = A("Sinhalese mobs", "LKA", "CVL")
TAMILS = A("Tamil civilians", "LKA", "CVL")
E("bh05", "Jayewardene vows to outlaw separatism as anti-Tamil", JRJ, A("Tamil separatist parties", "LKA", ["PTY", "OPP"]),
  ["13"], "1322", "1983-07", None, False, "headline: the threat to ban")
E("bh05", "anti-Tamil riots rage in Colombo", MOBS, TAMILS, ["18", "14"], "180", "1983-07", P("Colombo", "LKA"), False,
  "headline: the riots")
E("bh05", "said on Thursday that his government would", JRJ, A("Tamil separatist parties", "LKA", ["PTY", "OPP"]),
  ["13"], "1322", "1983-07-28", None, True, "threat to ban parties 1322; 'on Thursday' before a Friday paper")
E("bh05", "as mobs burned Tamil homes and shops", MOBS, TAMILS, ["18", "14"], "180", "1983-07-28", P("Colombo", "LKA"),
  True, "mob violence against civilians 180 (14 also right); the 'as' clause has its own agent and shares the "
  "Thursday; 'in the capital' with the dateline = Colombo")
E("bh05", "He said the violence was the reaction", JRJ, A("Tamil separatists", "LKA", ["REB", "OPP"]), ["11"], "112",
  "1983-07-28", None, False, "implied blame on separatists: optional")
E("bh05", "who had been killed by Tamil guerrillas", A("Tamil guerrillas", "LKA", ["REB", "RAD"]),
  A("Sri Lankan soldiers", "LKA", "MIL"), ["19", "18", "20"], "190", "1983-07-23", P("Jaffna", "LKA"), True,
  "ambush 190 in a relative passive with its agent, dated 'on Saturday' (July 23); 'near Jaffna' names the place")
E("bh05", "Sinhalese prisoners at Colombo's Welikada jail killed", A("Sinhalese prisoners", "LKA", ["CRM", "CVL"]),
  A("Tamil inmates", "LKA", ["CRM", "CVL"]), ["18", "20"], "1823", "1983-07-25", P("Colombo", "LKA"), True,
  "killing by physical assault 1823 (as owned54 bc09); 'on Monday' = July 25; 'Colombo's Welikada jail' names Colombo")
E("bh05", "another 17 were killed there on Wednesday", A("Sinhalese prisoners", "LKA", ["CRM", "CVL"]),
  A("Tamil inmates", "LKA", ["CRM", "CVL"]), ["18", "20"], "1823", "1983-07-27", P("Colombo", "LKA"), False,
  "agentless passive inside the officials' account: optional")
E("bh05", "Witnesses accused soldiers and police of standing", A("Sri Lankan witnesses", "LKA", "CVL"),
  A("Sri Lankan soldiers", "LKA", "MIL"), ["11"], "112", "1983-07", None, False,
  "anonymous witnesses' accusation: optional")
E("bh05", "The government extended the curfew to the", LKAGOV, A("Sri Lankans", "LKA", "CVL"), ["17"], "1723",
  "1983-07-25", None, True, "curfew 1723; 'on Monday'; the island is the whole country: no place")
E("bh05", "Indira Gandhi telephoned Jayewardene to express her", A("Indira Gandhi", "IND", "GOV"), JRJ, ["04"], "041",
  "1983-07", None, True, "telephone talks 041; no day of its own: month")
E("bh05", "Narasimha Rao, flew to Colombo on Thursday", A("Narasimha Rao", "IND", "GOV"), LKAGOV, ["04"], "042",
  "1983-07-28", P("Colombo", "LKA"), True, "visit 042 to a foreign capital with the city as place (owned35); 'on "
  "Thursday'; 'her foreign minister' = India's")
F("bh05", "the president did not mention the hundreds", "negated statement; the killings are agentless and undated")
F("bh05", "Reports reaching Madras that Tamil members of", "unconfirmed rumour: no event")

# ---------------------------------------------------------------- bh06 New Delhi / Dhaka, Asia (Bangladesh)
S("bh06", "1975-08-16", "Asia", """
Bangladesh's Mujib killed in army coup; Mostaq sworn in as president

NEW DELHI, India —

Army officers overthrew the government of Bangladesh early on Friday and killed President Sheikh Mujibur Rahman and several members of his family at his home in Dacca, according to broadcasts monitored here.

Khondakar Mostaq Ahmed, a minister in Mujib's cabinet, was sworn in as president hours later and declared martial law throughout the country.

A major who spoke on Dacca radio said the armed forces had acted to end corruption and the one-party system that Mujib imposed in January.

Sheikh Fazlul Haque Moni, a nephew of Mujib who led the ruling party's youth wing, and Abdur Rab Serniabat, a minister and Mujib's brother-in-law, were also killed by soldiers at their homes, the radio said. A former prime minister, Tajuddin Ahmed, was placed under house arrest.

Dacca airport was closed, telephone and telex links with the outside world were cut, and a curfew was imposed in the capital.

Mujib, 55, led Bangladesh to independence from Pakistan in 1971 and was hailed as the father of the nation.

Pakistan's prime minister, Zulfikar Ali Bhutto, announced on Friday night that his government recognised the new administration, and he offered gifts of rice and cloth to the people of Bangladesh.

It was not known whether any of Mujib's relatives had survived the attack on his home.
""")
BGDMIL = A("Bangladeshi army officers", "BGD", "MIL")
MUJIB = A("Sheikh Mujibur Rahman", "BGD", "GOV")
MOSTAQ = A("Khondakar Mostaq Ahmed", "BGD", "GOV")
BGDGOV = A("Bangladesh's government", "BGD", "GOV")
E("bh06", "Bangladesh's Mujib killed in army coup", BGDMIL, MUJIB, ATTACK, "186", "1975-08", None, False,
  "headline: the killing")
E("bh06", "Army officers overthrew the government of Bangladesh", BGDMIL, BGDGOV, COUP, "17", "1975-08-15", None, True,
  "coup (17/19, news-dev); 'early on Friday' before a Saturday paper; the place ('at his home in Dacca') belongs to the "
  "killing; cameo left at the root")
E("bh06", "killed President Sheikh Mujibur Rahman and several", BGDMIL, MUJIB, ATTACK, "186", "1975-08-15",
  P("Dhaka", "BGD"), True, "assassination 186 (18/19/20); second verb of the lead but its own event; 'at his home in "
  "Dacca' names the city (Dhaka); the New Delhi dateline is not the place ('here' is where the broadcasts were heard)")
E("bh06", "declared martial law throughout the country", MOSTAQ, None, ["17"], "1724", "1975-08-15", None, True,
  "martial law 1724 (as owned54 bc05); 'hours later' after early Friday = the same day; being sworn in has no code")
E("bh06", "the one-party system that Mujib imposed in", MUJIB, A("Bangladeshi opposition parties", "BGD", ["OPP", "PTY"]),
  ["17"], "1722", "1975-01", None, True, "banning rival parties 1722 in a dated relative with its own agent ('in "
  "January' of the publication year)")
E("bh06", "were also killed by soldiers at their", BGDMIL, A("Sheikh Fazlul Haque Moni", "BGD", ["PTY", "GOV"]), ATTACK,
  "186", "1975-08", None, True, "killing by soldiers 186, passive with its agent; compound subject of the passive: "
  "first member (Moni) required; no day in the sentence: month; 'at their homes' names no city")
E("bh06", "were also killed by soldiers at their", BGDMIL, A("Abdur Rab Serniabat", "BGD", "GOV"), ATTACK, "186",
  "1975-08", None, False, "second member: optional")
E("bh06", "Tajuddin Ahmed, was placed under house arrest", BGDMIL, A("Tajuddin Ahmed", "BGD", ["PTY", "OPP"]), ["17"],
  "173", "1975-08", None, False, "agentless passive detention: optional")
E("bh06", "and a curfew was imposed in the", BGDMIL, A("Dhaka residents", "BGD", "CVL"), ["17"], "1723", "1975-08",
  P("Dhaka", "BGD"), False, "agentless passive curfew: optional; 'in the capital' = Dhaka")
E("bh06", "announced on Friday night that his government", A("Zulfikar Ali Bhutto", "PAK", "GOV"), MOSTAQ, ["05"], "054",
  "1975-08-15", None, True, "diplomatic recognition 054; 'on Friday night'; 'the new administration' = Mostaq's")
E("bh06", "he offered gifts of rice and cloth", A("Zulfikar Ali Bhutto", "PAK", "GOV"), A("Bangladeshis", "BGD", "CVL"),
  ["03", "07"], "0333", "1975-08-15", None, False, "offer of aid, second clause: optional")
F("bh06", "led Bangladesh to independence from Pakistan in", "historical aside: no codable act")
F("bh06", "It was not known whether any of", "speculation")

# ---------------------------------------------------------------- bh07 Kabul, Asia (Afghanistan)
S("bh07", "1978-05-01", "Asia", """
Afghan rebels name Taraki president after Daoud dies in coup; Moscow first to recognise

KABUL, Afghanistan —

Afghanistan's new military rulers named Nur Mohammad Taraki, the leader of the outlawed People's Democratic Party, as president and prime minister on Sunday and proclaimed a Democratic Republic of Afghanistan, Kabul radio said.

The Soviet Union recognised the new government within hours, the first country to do so.

Army tanks and air force jets attacked the presidential palace in the centre of the capital on Thursday, and President Mohammad Daoud, who had seized power from his cousin King Zahir Shah in 1973, was killed with members of his family in the fighting, the radio said.

The coup followed the arrest last week of Taraki and other party leaders, whom Daoud's government accused of plotting against the state after the funeral of a murdered party ideologue turned into a large anti-government march.

Col. Abdul Qadir, the air force officer who led the assault, told foreign diplomats that the rebels had freed Taraki from prison hours into the uprising. On Saturday, the new council ordered all of Daoud's ministers to surrender at the nearest army post.

Soldiers in armoured cars guarded ministries and the radio station on Sunday, and a night curfew remained in force.

The United States, which gives Afghanistan economic aid, said it had not decided whether to recognise the new government.
""")
AFGMIL = A("Afghan army rebels (Revolutionary Council)", "AFG", ["MIL", "GOV"])
DAOUD = A("Mohammad Daoud", "AFG", "GOV")
DAOUDG = A("Daoud's government", "AFG", "GOV")
TARAKI = A("Nur Mohammad Taraki", "AFG", ["PTY", "OPP"])
AFGNEW = A("Afghanistan's new government", "AFG", "GOV")
SOV = A("Soviet Union", "RUS", "GOV")
E("bh07", "Moscow first to recognise", SOV, AFGNEW, ["05"], "054", "1978-04", None, False,
  "headline: the recognition; 'Moscow' = the Soviet government")
E("bh07", "The Soviet Union recognised the new government", SOV, AFGNEW, ["05"], "054", "1978-04-30", None, True,
  "diplomatic recognition 054; 'within hours' of Sunday's proclamation = April 30; the Soviet Union coded RUS")
E("bh07", "Army tanks and air force jets attacked", AFGMIL, DAOUD, FORCE, "190", "1978-04-27", P("Kabul", "AFG"), True,
  "assault on the palace 190 (19/18/17); 'on Thursday' before a Monday paper; 'the centre of the capital' with the "
  "dateline = Kabul; tanks and jets are one rebel force")
E("bh07", "who had seized power from his cousin", DAOUD, A("King Zahir Shah", "AFG", "GOV"), COUP, "17", "1973", None,
  True, "dated background coup (17/19) in a relative with its own agent ('in 1973')")
E("bh07", "was killed with members of his family", AFGMIL, DAOUD, FORCE, "190", "1978-04", P("Kabul", "AFG"), False,
  "agentless passive death in the fighting: optional")
E("bh07", "The coup followed the arrest last week", DAOUDG, TARAKI, ["17"], "173", "1978-04", None, False,
  "nominal arrest: optional ('last week': month)")
E("bh07", "whom Daoud's government accused of plotting against", DAOUDG, TARAKI, ["11"], "112", "1978-04", None, True,
  "accusation 112 in a relative with its own agent, in the week of the arrest: month")
E("bh07", "funeral of a murdered party ideologue turned", A("Afghan People's Democratic Party supporters", "AFG",
  ["PTY", "OPP"]), DAOUDG, ["14"], "141", "1978-04", None, False, "agentless march inside an 'after' clause: optional")
E("bh07", "the rebels had freed Taraki from prison", AFGMIL, TARAKI, ["08"], "0841", "1978-04-27", None, True,
  "release 0841 inside the colonel's account, undisputed; 'hours into the uprising' = Thursday; 'Col. Abdul Qadir' "
  "speaks for the rebels")
E("bh07", "the new council ordered all of Daoud's", AFGMIL, A("Daoud's ministers", "AFG", "GOV"), DEMAND, "100",
  "1978-04-29", None, True, "demand to surrender 100 (10/02); 'On Saturday' before a Monday paper")
F("bh07", "Soldiers in armoured cars guarded ministries and", "standing situation (guards, curfew in force)")
F("bh07", "said it had not decided whether to", "negated decision; standing aid")

# ---------------------------------------------------------------- bh08 Nairobi, Africa (Kenya)
S("bh08", "1982-08-03", "Africa", """
Kenyan army crushes air force revolt; Moi vows to punish plotters

NAIROBI, Kenya —

Loyal army units crushed a rebellion by air force servicemen on Sunday, hours after the rebels had seized the state radio station in the capital and announced that they had overthrown President Daniel arap Moi.

Moi, who returned to Nairobi on Sunday evening, said in a broadcast on Monday that all those responsible would be severely punished.

Troops fought the rebels for several hours on Sunday morning around the radio station and at the Eastleigh air base in Nairobi, witnesses said.

Looters, among them some of the rebels, ransacked hundreds of shops owned by Asians in the city centre, and several women were reported to have been raped.

Police arrested dozens of University of Nairobi students who had marched through the city in support of the rebels, and the government closed the university.

Kenya asked Tanzania on Monday to return an air force plane and the two servicemen who flew it to Dar es Salaam after the revolt collapsed.

It was the first attempt to overthrow a government in Kenya since independence from Britain in 1963.

The revolt came two months after parliament, at Moi's urging, made Kenya a one-party state by law.

It was unclear whether any army officers had known of the plot.
""")
KENARMY = A("Kenyan army", "KEN", "MIL")
KAF = A("Kenyan air force rebels", "KEN", ["MIL", "REB"])
KENGOV = A("Kenya's government", "KEN", "GOV")
MOI = A("Daniel arap Moi", "KEN", "GOV")
E("bh08", "Kenyan army crushes air force revolt", KENARMY, KAF, CLASH, "190", "1982-08", None, False,
  "headline: the crushing")
E("bh08", "Moi vows to punish plotters", MOI, KAF, ["13"], "130", "1982-08", None, False, "headline: the threat")
E("bh08", "Loyal army units crushed a rebellion by", KENARMY, KAF, CLASH, "190", "1982-08-01", None, False,
  "lead summary of the fighting detailed later: optional")
E("bh08", "hours after the rebels had seized the", KAF, KENGOV, FORCE, "190", "1982-08-01", P("Nairobi", "KEN"), True,
  "armed seizure of the radio station 190 (19/18/17) in an 'hours after' clause with its own agent; 'in the capital' "
  "with the dateline = Nairobi")
E("bh08", "announced that they had overthrown President Daniel", KAF, MOI, ["17"], "1724", "1982-08-01", None, False,
  "declared takeover that did not happen: optional")
E("bh08", "said in a broadcast on Monday that", MOI, KAF, ["13"], "130", "1982-08-02", None, True,
  "threat to punish 130; 'on Monday' before a Tuesday paper; 'Moi, who returned ...' relative has no code")
E("bh08", "Troops fought the rebels for several hours", KENARMY, KAF, CLASH, "190", "1982-08-01", P("Nairobi", "KEN"),
  True, "fighting 190 (clashes 19/18/14); 'on Sunday morning'; 'in Nairobi' names the place; the witnesses' account "
  "is undisputed; unnamed troops are Kenya's")
E("bh08", "Looters, among them some of the rebels", A("Kenyan looters", "KEN", ["CVL", "CRM"]),
  A("Kenyan Asian shopkeepers", "KEN", ["BUS", "CVL"]), ["18", "14"], "180", "1982-08", P("Nairobi", "KEN"), True,
  "looting 180 (14 also right); 'the city centre' with the dateline = Nairobi; no day of its own: month; the "
  "agentless rapes are not coded")
E("bh08", "Police arrested dozens of University of Nairobi", A("Kenyan police", "KEN", "COP"),
  A("University of Nairobi students", "KEN", ["EDU", "CVL"]), ["17"], "173", "1982-08", None, True,
  "arrests 173; no day: month; the university is not a place")
E("bh08", "who had marched through the city in", A("University of Nairobi students", "KEN", ["EDU", "CVL"]), KENGOV,
  ["14"], "141", "1982-08", P("Nairobi", "KEN"), False, "march inside a relative on the object: optional")
E("bh08", "the government closed the university", KENGOV, A("University of Nairobi students", "KEN", ["EDU", "CVL"]),
  ["17"], "172", "1982-08", None, False, "administrative sanction, second clause: optional")
E("bh08", "Kenya asked Tanzania on Monday to return", KENGOV, A("Tanzania", "TZA", "GOV"), ["02", "10"], "020",
  "1982-08-02", None, True, "request 020 (02/10, as owned54 bc03); 'on Monday'; Dar es Salaam is where the men flew, "
  "not the place of the request")
E("bh08", "two months after parliament, at Moi's urging", A("Kenya's parliament", "KEN", ["LEG", "GOV"]),
  A("Kenyan opposition parties", "KEN", ["OPP", "PTY"]), ["17"], "1722", "1982-06", None, True,
  "one-party law 1722 in a dated 'two months after' clause with its own agent = June 1982")
F("bh08", "It was the first attempt to overthrow", "historical aside without an actor")
F("bh08", "It was unclear whether any army officers", "speculation")

# ---------------------------------------------------------------- bh09 Lisbon, Europe (Portugal)
S("bh09", "1975-11-27", "Europe/Eurasia", """
Portuguese commandos crush leftist paratroop revolt; Lisbon under state of emergency

LISBON, Portugal —

Commandos loyal to President Francisco da Costa Gomes stormed a military police barracks in the capital on Wednesday, killing three soldiers, as the government put down a revolt by left-wing paratroopers that had threatened to plunge Portugal into civil war.

The paratroopers seized four air bases and the air force headquarters early on Tuesday in protest at the dismissal last week of Brigadier Otelo Saraiva de Carvalho, the radical commander of the Lisbon military region.

Costa Gomes declared a state of emergency in the Lisbon region hours later, and commandos from the Amadora barracks surrounded the rebel units. Most of the paratroopers surrendered by Wednesday morning.

Otelo helped to plan the coup by the Armed Forces Movement, which overthrew the dictatorship in April 1974.

A night curfew was imposed in the capital and newspapers were ordered to suspend publication.

Socialist leader Mario Soares accused the Communist Party of backing the rebels in an attempt to seize power. The Communists denied any part in the revolt and told their members to stay calm.

Portugal has had six provisional governments since the 1974 revolution.

Diplomats said a victory for the rebels could have split the armed forces and led to a civil war.
""")
PRTCDO = A("Portuguese commandos", "PRT", "MIL")
PARAS = A("Portuguese leftist paratroopers", "PRT", ["MIL", "REB"])
PRTGOV = A("Portugal's government", "PRT", "GOV")
COSTA = A("Francisco da Costa Gomes", "PRT", ["GOV", "MIL"])
PCP = A("Portuguese Communist Party", "PRT", ["PTY", "GOV"])
E("bh09", "Portuguese commandos crush leftist paratroop revolt", PRTCDO, PARAS, FORCE, "190", "1975-11", None, False,
  "headline: the crushing")
E("bh09", "Lisbon under state of emergency", COSTA, None, ["17"], "1724", "1975-11", P("Lisbon", "PRT"), False,
  "headline: the emergency")
E("bh09", "stormed a military police barracks in the", PRTCDO, A("Portuguese military police", "PRT", ["MIL", "REB"]),
  FORCE, "190", "1975-11-26", P("Lisbon", "PRT"), True, "assault 190 (19/18/17); 'on Wednesday' before a Thursday "
  "paper; 'in the capital' with the dateline = Lisbon; the military police sided with the revolt")
E("bh09", "as the government put down a revolt", PRTGOV, PARAS, FORCE, "190", "1975-11", None, False,
  "summary of the crushing: optional")
E("bh09", "The paratroopers seized four air bases and", PARAS, PRTGOV, FORCE, "190", "1975-11-25", None, True,
  "armed seizure of bases 190 (as owned54 bc03); 'early on Tuesday'; no place named")
E("bh09", "the dismissal last week of Brigadier Otelo", A("Portugal's Revolutionary Council", "PRT", ["MIL", "GOV"]),
  A("Otelo Saraiva de Carvalho", "PRT", "MIL"), ["17"], "172", "1975-11", None, False,
  "nominal, agentless dismissal: optional ('last week': month)")
E("bh09", "Costa Gomes declared a state of emergency", COSTA, None, ["17"], "1724", "1975-11-25", P("Lisbon", "PRT"),
  True, "state of emergency 1724; 'hours later' after early Tuesday = Tuesday; 'in the Lisbon region' names Lisbon; "
  "target null as owned54 bc11")
E("bh09", "commandos from the Amadora barracks surrounded the", PRTCDO, PARAS, ["19", "17"], "191", "1975-11-25", None,
  False, "encirclement 191, second clause: optional")
E("bh09", "Most of the paratroopers surrendered by Wednesday", PARAS, PRTGOV, ["08"], "0874", "1975-11-26", None, True,
  "military surrender 0874 (08, RETREAT, as owned54 bc03's abandoned posts); 'by Wednesday morning'")
E("bh09", "which overthrew the dictatorship in April 1974", A("Armed Forces Movement", "PRT", "MIL"),
  A("Portugal's dictatorship", "PRT", "GOV"), COUP, "17", "1974-04", None, True,
  "dated background coup (17/19) in a relative with its own agent; Otelo's planning is not coded")
E("bh09", "A night curfew was imposed in the", PRTGOV, A("Lisbon residents", "PRT", "CVL"), ["17"], "1723", "1975-11",
  P("Lisbon", "PRT"), False, "agentless passive curfew: optional")
E("bh09", "Mario Soares accused the Communist Party of", A("Mario Soares", "PRT", ["PTY", "GOV"]), PCP, ["11"], "112",
  "1975-11", None, True, "accusation 112; no day: month")
E("bh09", "The Communists denied any part in the", PCP, A("Mario Soares", "PRT", ["PTY", "GOV"]), DENY, "016", "1975-11",
  None, True, "denial 016 (01/12) answering Soares; month")
F("bh09", "Portugal has had six provisional governments since", "count and standing situation")
F("bh09", "Diplomats said a victory for the rebels", "hypothetical")

# ---------------------------------------------------------------- bh10 Belfast, Europe (Northern Ireland)
S("bh10", "1981-05-06", "Europe/Eurasia", """
IRA hunger striker Sands dies in Maze prison; rioting erupts in Belfast

BELFAST, Northern Ireland —

Youths hurled petrol bombs and stones at police and army patrols in Belfast overnight after Bobby Sands, the jailed Irish Republican Army member who was elected to Parliament last month, died on the 66th day of his hunger strike.

Police fired plastic bullets at crowds in the Falls Road area of west Belfast, and rioters hijacked and burned buses and cars.

In the House of Commons on Tuesday, Prime Minister Margaret Thatcher said Sands had been a convicted criminal who chose to take his own life, and she repeated that her government would never grant political status to prisoners.

The IRA said in a statement that Britain had murdered Sands.

Sands, who was serving 14 years for possessing a gun, stopped eating on March 1 to press demands that republican prisoners be allowed to wear their own clothes and be spared prison work.

Pope John Paul II sent his secretary, John Magee, to the prison last week to plead with Sands to end his fast.

In Dublin, Prime Minister Charles Haughey said Britain should have shown more flexibility.

Under prison rules, a prisoner who refuses food cannot be fed against his will.

Rumours that troops had been ordered off the streets of Londonderry proved unfounded.
""")
NIYOUTH = A("Belfast rioting youths", "GBR", ["CVL", "RAD"])
RUC = A("Royal Ulster Constabulary", "GBR", "COP")
GBRGOV = A("Britain's government", "GBR", "GOV")
SANDS = A("Bobby Sands", "GBR", ["RAD", "REB"])
IRA = A("Irish Republican Army", "GBR", ["REB", "RAD"])
E("bh10", "rioting erupts in Belfast", NIYOUTH, RUC, VPROT, "145", "1981-05", P("Belfast", "GBR"), False,
  "headline: the riots")
E("bh10", "Youths hurled petrol bombs and stones at", NIYOUTH, RUC, VPROT, "145", "1981-05", P("Belfast", "GBR"), True,
  "violent protest 145 (14/18/17); compound object, first member (police) required; 'in Belfast' names the place; "
  "'overnight' without an anchor: month (owned35)")
E("bh10", "Youths hurled petrol bombs and stones at", NIYOUTH, A("British army", "GBR", "MIL"), VPROT, "145", "1981-05",
  P("Belfast", "GBR"), False, "second member (army patrols): optional")
E("bh10", "Police fired plastic bullets at crowds in", RUC, NIYOUTH, REPR, "175", "1981-05", P("Belfast", "GBR"), True,
  "force against rioters 175 (17/18); 'west Belfast' names the place; no day: month")
E("bh10", "rioters hijacked and burned buses and cars", NIYOUTH, GBRGOV, VPROT, "145", "1981-05", P("Belfast", "GBR"),
  False, "restatement of the rioting: optional")
E("bh10", "Thatcher said Sands had been a convicted", A("Margaret Thatcher", "GBR", "GOV"), SANDS, ["11"], "111",
  "1981-05-05", None, True, "disparagement 111 (11); 'on Tuesday' before a Wednesday paper; the House of Commons is a "
  "building, not a city: no place")
E("bh10", "would never grant political status to prisoners", A("Margaret Thatcher", "GBR", "GOV"),
  A("republican prisoners", "GBR", ["RAD", "REB"]), ["12"], "1243", "1981-05-05", None, False,
  "refusal put as an intention: optional")
E("bh10", "The IRA said in a statement that", IRA, GBRGOV, ["11"], "112", "1981-05", None, True,
  "accusation 112; IRA coded GBR (Northern Ireland) with REB/RAD; no day: month")
E("bh10", "stopped eating on March 1 to press", SANDS, GBRGOV, ["14"], "142", "1981-03-01", None, True,
  "hunger strike 142 in a dated relative frame ('Sands, who was serving ...' + main verb 'stopped eating on March 1')")
E("bh10", "Pope John Paul II sent his secretary", A("Pope John Paul II", "VAT", "REL"), SANDS, ["02", "10"], "020",
  "1981", None, True, "appeal 020 through an envoy; 'last week' of a May 6 paper is a week over two months (April 27 "
  "to May 3): year, as owned35's spans; 'the prison' names no city")
E("bh10", "Charles Haughey said Britain should have shown", A("Charles Haughey", "IRL", "GOV"), GBRGOV, ["11"], "111",
  "1981-05", P("Dublin", "IRL"), False, "single outside criticism: optional; 'In Dublin' is where he spoke")
F("bh10", "Under prison rules, a prisoner who refuses", "normative statement")
F("bh10", "Rumours that troops had been ordered off", "rumour denied without an actor")

# ---------------------------------------------------------------- bh11 Guatemala City, Americas (Guatemala)
S("bh11", "1982-03-25", "Americas", """
Guatemalan officers oust Lucas, install Rios Montt junta and void disputed vote

GUATEMALA CITY, Guatemala —

A three-man military junta led by retired General Efrain Rios Montt suspended the constitution on Wednesday, annulled this month's presidential election and banned all political party activity, a day after young officers overthrew President Romeo Lucas Garcia.

Tanks surrounded the National Palace in the capital early on Tuesday, and troops took over the state radio, where the rebels broadcast their demand that Lucas step down.

In a televised address on Tuesday night, Rios Montt accused the outgoing government of rigging the March 7 election and promised to root out corruption.

The three losing candidates had accused the government of fraud after the vote, and police briefly detained them on March 9 when they led a march to the palace.

Lucas, whose four years in office were marked by death-squad killings of politicians, trade unionists and priests, left the palace under guard. His chosen successor, General Angel Anibal Guevara, had been declared the winner of the vote.

A State Department spokesman said it was too early to say whether Washington would recognise the junta.

Guatemala has been ruled by army officers for most of the past three decades.
""")
JUNTA = A("Guatemala's military junta (Efrain Rios Montt)", "GTM", ["MIL", "GOV"])
GTMOFF = A("Guatemalan army officers", "GTM", "MIL")
LUCAS = A("Romeo Lucas Garcia", "GTM", ["GOV", "MIL"])
GTMGOV = A("Lucas Garcia's government", "GTM", "GOV")
CANDS = A("Guatemalan opposition candidates", "GTM", ["OPP", "PTY"])
E("bh11", "Guatemalan officers oust Lucas, install Rios Montt", GTMOFF, LUCAS, COUP, "17", "1982-03", None, False,
  "headline: the coup")
E("bh11", "junta and void disputed vote", JUNTA, A("Angel Anibal Guevara", "GTM", ["GOV", "MIL"]), ["17", "12"], "172",
  "1982-03", None, False, "headline: the annulment")
E("bh11", "suspended the constitution on Wednesday, annulled this", JUNTA, GTMGOV, ["17"], "172", "1982-03-24", None,
  False, "suspending the constitution: administrative act, optional (the annulment and the ban are the coded acts)")
E("bh11", "annulled this month's presidential election and banned", JUNTA, A("Angel Anibal Guevara", "GTM", ["GOV", "MIL"]),
  ["17", "12"], "172", "1982-03-24", None, True, "annulling an election 172 (17/12, as owned35 ai08); the declared "
  "winner is the target; the lead's 'on Wednesday' covers the compound")
E("bh11", "banned all political party activity, a day", JUNTA, A("Guatemalan political parties", "GTM", "PTY"), ["17"],
  "1722", "1982-03-24", None, True, "ban on parties 1722, third verb of the compound, its own event; Wednesday")
E("bh11", "a day after young officers overthrew President", GTMOFF, LUCAS, COUP, "17", "1982-03-23", None, True,
  "coup (17/19) in 'a day after' clause with its own agent = Tuesday March 23")
E("bh11", "Tanks surrounded the National Palace in the", GTMOFF, LUCAS, ["19", "17"], "191", "1982-03-23",
  P("Guatemala City", "GTM"), False, "detail of the coup: optional; 'in the capital' with the dateline")
E("bh11", "where the rebels broadcast their demand that", GTMOFF, LUCAS, DEMAND, "1041", "1982-03-23", None, True,
  "demand for resignation 1041 in a relative with its own agent; the radio is no city")
E("bh11", "Rios Montt accused the outgoing government of", JUNTA, GTMGOV, ["11"], "112", "1982-03-23", None, True,
  "accusation 112; 'on Tuesday night' before a Thursday paper")
E("bh11", "The three losing candidates had accused the", CANDS, GTMGOV, ["11"], "112", "1982-03", None, False,
  "undated pluperfect accusation ('after the vote'): optional")
E("bh11", "police briefly detained them on March 9", A("Guatemalan police", "GTM", "COP"), CANDS, ["17"], "173",
  "1982-03-09", None, True, "detention 173 'on March 9'; 'them' = the candidates; 'the palace' names no city in this "
  "clause")
F("bh11", "A State Department spokesman said it was", "speculation")
F("bh11", "Guatemala has been ruled by army officers", "standing situation")

# ---------------------------------------------------------------- bh12 Bridgetown / St. George's, Americas (Grenada)
S("bh12", "1983-10-21", "Americas", """
Grenada's army kills Bishop after crowd frees him; general orders shoot-on-sight curfew

BRIDGETOWN, Barbados —

Soldiers in Grenada shot dead Prime Minister Maurice Bishop and at least three of his ministers on Wednesday, hours after thousands of his supporters had freed him from house arrest, according to Radio Free Grenada and travellers who reached Barbados.

Witnesses said troops in armoured cars fired into the crowd outside Fort Rupert, the army headquarters overlooking St. George's, killing and wounding dozens.

General Hudson Austin, the army commander, said in a broadcast that a Revolutionary Military Council had taken power. He imposed a round-the-clock curfew and warned that anyone found on the streets would be shot on sight.

Bishop, who seized power in a bloodless coup in 1979, had been put under house arrest last week by a rival faction of his New Jewel Movement led by his deputy, Bernard Coard.

Prime Minister Tom Adams of Barbados condemned the killings as an act of barbarism.

Cuba, whose construction workers are building an airport on the island, said on Thursday that no doctrine could justify the killings.

The State Department said it had no plans to evacuate the roughly 1,000 Americans on the island, most of them medical students.

Reports that Coard himself had been detained by the army could not be confirmed.
""")
GRDMIL = A("Grenadian soldiers", "GRD", "MIL")
BISHOP = A("Maurice Bishop", "GRD", "GOV")
AUSTIN = A("Hudson Austin", "GRD", ["MIL", "GOV"])
RMC = A("Grenada's Revolutionary Military Council", "GRD", ["MIL", "GOV"])
E("bh12", "Grenada's army kills Bishop after crowd frees", GRDMIL, BISHOP, ATTACK, "186", "1983-10", None, False,
  "headline: the killing")
E("bh12", "general orders shoot-on-sight curfew", AUSTIN, A("Grenadians", "GRD", "CVL"), ["17"], "1723", "1983-10", None,
  False, "headline: the curfew")
E("bh12", "Soldiers in Grenada shot dead Prime Minister", GRDMIL, BISHOP, ATTACK, "186", "1983-10-19", None, True,
  "killing 186 (18/19/20); 'on Wednesday' before a Friday paper; compound object, first member (Bishop) required; "
  "'in Grenada' is the country, not a place; the Bridgetown dateline is not the place; the freeing by the crowd has "
  "no CAMEO code")
E("bh12", "Soldiers in Grenada shot dead Prime Minister", GRDMIL, A("Grenadian ministers", "GRD", "GOV"), ATTACK, "186",
  "1983-10-19", None, False, "second member (the ministers): optional")
E("bh12", "troops in armoured cars fired into the", GRDMIL, A("Bishop's supporters", "GRD", ["CVL", "PTY"]), KILLREPR,
  "175", "1983-10", P("St. George's", "GRD"), True, "live fire on a crowd 175 (17/18/19); the witnesses' account is "
  "undisputed; 'overlooking St. George's' names the place; no day: month")
E("bh12", "said in a broadcast that a Revolutionary", AUSTIN, None, ["17"], "1724", "1983-10", None, True,
  "declared takeover 1724 (news-dev); no day: month")
E("bh12", "He imposed a round-the-clock curfew and warned", AUSTIN, A("Grenadians", "GRD", "CVL"), ["17"], "1723",
  "1983-10", None, True, "curfew 1723; 'He' = Austin; month")
E("bh12", "warned that anyone found on the streets", AUSTIN, A("Grenadians", "GRD", "CVL"), ["13"], "138", "1983-10", None,
  False, "threat of force, second verb: optional")
E("bh12", "who seized power in a bloodless coup", A("Maurice Bishop", "GRD", ["OPP", "PTY"]),
  A("Grenada's government (Eric Gairy)", "GRD", "GOV"), COUP, "17", "1979", None, True,
  "dated background coup (17/19) in a relative with its own agent ('in 1979'); Bishop was then an opposition leader")
E("bh12", "had been put under house arrest last", A("New Jewel Movement faction (Bernard Coard)", "GRD", ["PTY", "GOV"]),
  BISHOP, ["17"], "173", "1983-10", None, True, "house arrest 173, passive with its agent ('by a rival faction'), "
  "'last week': month")
E("bh12", "Tom Adams of Barbados condemned the killings", A("Tom Adams", "BRB", "GOV"), RMC, ["11"], "111", "1983-10",
  None, True, "condemnation 111; target the soldiers' rulers; the first of two reactions the story sets side by side; "
  "no day: month")
E("bh12", "said on Thursday that no doctrine could", A("Cuba", "CUB", "GOV"), RMC, ["11"], "111", "1983-10-20", None,
  False, "second outside reaction: optional; 'on Thursday'")
F("bh12", "The State Department said it had no", "negated plan; count")
F("bh12", "Reports that Coard himself had been detained", "unconfirmed report: no event")

if __name__ == "__main__":
    write(HERE)
