#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned38 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned38/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
SHOW = ["15", "17"]
APPEAL = ["02", "10"]

# ---------------------------------------------------------------- am01 Maseru, Africa (Lesotho)
S("am01", "2014-08-31", "Africa", """
Lesotho's Thabane flees to South Africa, says army has staged a coup

MASERU, Lesotho —

Soldiers surrounded the official residence of Prime Minister Tom Thabane and seized the national police headquarters in Maseru before dawn on Saturday, and the prime minister fled across the border to South Africa hours later.

Speaking by telephone from Johannesburg, Thabane said the army had staged a coup and that he would return only when his life was no longer in danger.

A military spokesman, Major Ntlele Ntoi, denied that the army had seized power. He said troops had disarmed police units that were planning to hand weapons to a political faction, and that one police officer was killed in an exchange of gunfire at the headquarters.

The army is led by Lieutenant General Tlali Kamoli, whom Thabane dismissed on Friday and replaced with Maaparankoe Mahao. Kamoli has refused to step down, officers close to him said.

South Africa's foreign ministry condemned the actions of the military, saying they bore the hallmarks of a coup, and the Southern African Development Community summoned Lesotho's feuding leaders to talks in Pretoria.

Thabane suspended parliament in June to avoid a vote of no confidence, angering his deputy, Mothetjoa Metsing, whose party shares power with him in a fractious coalition.

Lesotho, a mountain kingdom entirely surrounded by South Africa, has seen several coups since independence from Britain in 1966. It was not clear who was running the government on Saturday night.
""")
LSOMIL = A("Lesotho Defence Force", "LSO", "MIL")
THAB = A("Tom Thabane", "LSO", "GOV")
LSOCOP = A("Lesotho Mounted Police", "LSO", "COP")
E("am01", "says army has staged a coup", THAB, LSOMIL, ["11"], "112", "2014-08-30", None, False, "headline")
E("am01", "Soldiers surrounded the official residence of Prime", LSOMIL, THAB, COUP, "170", "2014-08-30",
  P("Maseru", "LSO"), True, "surrounding the prime minister's residence: a takeover move (coups 17/19); 'before dawn on "
  "Saturday' in a Sunday paper; 'in Maseru' closes the compound predicate, so both verbs take it; soldiers unnamed: "
  "Lesotho's army")
E("am01", "seized the national police headquarters in Maseru", LSOMIL, LSOCOP, ["19", "17", "18"], "190",
  "2014-08-30", P("Maseru", "LSO"), True, "armed seizure of the police headquarters with a deadly exchange of fire "
  "(told in the next paragraph): 190, tolerant 19/17/18; second predicate of the compound, required as its own act")
E("am01", "Thabane said the army had staged a", THAB, LSOMIL, ["11"], "112", "2014-08", None, True,
  "accusation 112; 'from Johannesburg' is where the speaker was, not a place of the act; no day of its own: month; "
  "'would return only when' is an intention, not coded")
E("am01", "denied that the army had seized power", A("Ntlele Ntoi", "LSO", "MIL"), THAB, DENY, "016", "2014-08", None,
  True, "denial 016 (01/12) of Thabane's charge; the spokesman speaks for the army; month")
E("am01", "He said troops had disarmed police units", LSOMIL, LSOCOP, ["17"], "171", "2014-08", None, False,
  "'He' = the spokesman; the army's own account of the seizure, a restatement: optional")
E("am01", "that were planning to hand weapons to", LSOMIL, LSOCOP, ["11"], "112", "2014-08", None, False,
  "the army's charge against the police, inside reported speech: optional")
E("am01", "one police officer was killed in an", LSOMIL, LSOCOP, ATTACK, "190", "2014-08", None, False,
  "agentless killing inside the spokesman's account: optional")
E("am01", "Kamoli has refused to step down", A("Tlali Kamoli", "LSO", "MIL"), THAB, ["12"], "1231", "2014-08", None,
  True, "refusing to leave his post when dismissed 1231 (as owned35's rejection of a demand to step down); target "
  "Thabane, who dismissed him; present perfect: month; 'officers close to him said' is attribution; the dismissal "
  "itself ('whom Thabane dismissed on Friday') has no CAMEO class and is not coded")
E("am01", "South Africa's foreign ministry condemned the actions", A("South Africa", "ZAF", "GOV"), LSOMIL, ["11"],
  "111", "2014-08", None, True, "condemnation 111; month (no day in the sentence)")
E("am01", "summoned Lesotho's feuding leaders to talks", A("Southern African Development Community", None, "IGO"),
  A("Lesotho's feuding leaders", "LSO", ["GOV", "PTY"]), ["03", "04"], "036", "2014-08", None, True,
  "call to talks 036 (03/04); SADC null/IGO as news-dev's ECOWAS; second clause with its own subject; 'in "
  "Pretoria' is where the talks are to be, not where the summons was made: no place")
E("am01", "Thabane suspended parliament in June to avoid", THAB, A("Lesotho's parliament", "LSO", ["LEG", "GOV"]),
  ["17"], "172", "2014-06", None, True, "suspending parliament 172 (administrative sanction on an institution); "
  "dated background 'in June': 2014-06")
F("am01", "has seen several coups since independence from", "standing situation and history count")
F("am01", "It was not clear who was running", "speculation")

# ---------------------------------------------------------------- am02 Ceuta, Africa / Europe (Morocco / Spain)
S("am02", "2021-05-19", "Africa", """
Spain sends troops to Ceuta beaches after thousands cross from Morocco

CEUTA, Spain —

Spain deployed soldiers and armoured vehicles along the beaches of Ceuta on Tuesday after some 8,000 people, many of them teenagers, swam or walked around the border breakwaters from Morocco into the Spanish enclave in little more than a day.

Spanish officials said Moroccan border guards had stood aside and let the crowds through. By Tuesday night about 4,000 of the migrants had been sent back across the frontier, the Interior Ministry said.

Prime Minister Pedro Sanchez, who flew to Ceuta and the other enclave, Melilla, on Tuesday, promised to restore order with all necessary means and said Spain's borders were also the borders of Europe.

Madrid summoned Morocco's ambassador, Karima Benyaich, to convey its displeasure. Rabat then recalled her for consultations.

Morocco's minister for human rights, Mustapha Ramid, accused Spain of ignoring its neighbour's interests by admitting Brahim Ghali, the leader of the Polisario Front independence movement, to a hospital in northern Spain in April.

The European Commission's vice president, Margaritis Schinas, said nobody could intimidate or blackmail the European Union over migration.

Moroccan officials did not say whether the border guards had been ordered to step aside. Spain has two enclaves on Morocco's northern coast, which form the European Union's only land borders with Africa.
""")
ESP = A("Spain", "ESP", "GOV")
MAR = A("Morocco", "MAR", "GOV")
MIGR = A("migrants in Ceuta", None, ["CVL", "REF"])
E("am02", "Spain sends troops to Ceuta beaches", A("Spanish army", "ESP", ["MIL", "GOV"]), MIGR, SHOW, "150",
  "2021-05-18", P("Ceuta", "ESP"), False, "headline")
E("am02", "Spain deployed soldiers and armoured vehicles along", A("Spanish army", "ESP", ["MIL", "GOV"]), MIGR, SHOW,
  "150", "2021-05-18", P("Ceuta", "ESP"), True, "show of force at the border 150 (15/17); 'Spain' is the government "
  "sending its army (sector GOV or MIL); 'the beaches of Ceuta' names the place; the crossing itself has no code; the "
  "migrants have no nationality in the text: null")
E("am02", "Spanish officials said Moroccan border guards had", A("Spanish officials", "ESP", "GOV"), MAR, ["11"],
  "112", "2021-05", None, False, "an implied charge inside one side's account, unanswered: optional")
E("am02", "about 4,000 of the migrants had been", ESP, MIGR, ["17"], "174", "2021-05", None, True,
  "returns across the border 174 (expel); agentless passive reported by the ministry that carried them out "
  "(required, as owned35's arrests reported by the arresting police); 'By Tuesday night ... had been' covers two "
  "days: month")
E("am02", "promised to restore order with all necessary", A("Pedro Sanchez", "ESP", "GOV"), MIGR, ["13", "17"], "130",
  "2021-05-18", None, False, "a vow of firmness without a named target: optional")
E("am02", "Madrid summoned Morocco's ambassador, Karima Benyaich, to", ESP, MAR, ["11"], "114", "2021-05", None, True,
  "summoning an envoy to protest 114 (news-dev); 'Madrid' = Spain; no day of its own: month")
E("am02", "Rabat then recalled her for consultations", MAR, ESP, ["16"], "161", "2021-05", None, True,
  "recalling one's own envoy 161 (news-dev); 'Rabat' = Morocco; month")
E("am02", "Mustapha Ramid, accused Spain of ignoring its", A("Mustapha Ramid", "MAR", "GOV"), ESP, ["11"], "112",
  "2021-05", None, True, "accusation 112; month")
E("am02", "by admitting Brahim Ghali, the leader of", ESP, A("Brahim Ghali", "ESH", ["REB", "OPP"]), ["07", "06"],
  "073", "2021-04", None, False, "medical care for the Polisario leader, a gerund inside Ramid's accusation: optional; "
  "'in April'; 'northern Spain' is a region, not a place")
E("am02", "said nobody could intimidate or blackmail the", A("European Commission", "EUR", "IGO"), MAR, ["11"], "111",
  "2021-05", None, False, "an unnamed target (Morocco is implied): optional; single outside reaction")
F("am02", "Moroccan officials did not say whether the", "negated statement")
F("am02", "Spain has two enclaves on Morocco's northern", "standing situation")

# ---------------------------------------------------------------- am03 Baghdad, Middle East (Iraq / Iran)
S("am03", "2019-11-28", "Middle East", """
Iraqi protesters torch Iranian consulate in Najaf; troops kill 25 in Nasiriya

BAGHDAD, Iraq —

Protesters stormed and set fire to Iran's consulate in the southern holy city of Najaf late on Wednesday, chanting against Tehran's influence in Iraq, after the diplomats inside had escaped through a back door, police said.

Authorities imposed a curfew on Najaf on Thursday, and Prime Minister Adel Abdul Mahdi ordered military commanders to take charge of security in several southern provinces.

In the city of Nasiriya, security forces opened fire on demonstrators who had blocked a bridge over the Euphrates, killing at least 25 people and wounding scores, medics said. The provincial governor resigned hours later.

Iran's foreign ministry spokesman, Abbas Mousavi, condemned the attack on the consulate and urged the Iraqi government to deal firmly with those responsible and to protect foreign missions.

The unrest began on Oct. 1, when thousands took to the streets of Baghdad and the south to protest against corruption, unemployment and poor public services. Many demonstrators accuse Iran of propping up the ruling parties.

More than 350 people have died in the unrest since then, according to medics and police. It was unclear whether the government could survive the crisis.
""")
IRQP = A("Iraqi protesters", "IRQ", ["CVL", "OPP"])
IRQG = A("Iraq's government", "IRQ", "GOV")
IRQSF = A("Iraqi security forces", "IRQ", ["COP", "MIL"])
IRN = A("Iran", "IRN", "GOV")
E("am03", "Iraqi protesters torch Iranian consulate in Najaf", IRQP, IRN, VPROT, "145", "2019-11-27",
  P("Najaf", "IRQ"), False, "headline")
E("am03", "troops kill 25 in Nasiriya", IRQSF, IRQP, REPR, "175", "2019-11", P("Nasiriya", "IRQ"), False, "headline")
E("am03", "Protesters stormed and set fire to Iran's", IRQP, IRN, VPROT, "145", "2019-11-27", P("Najaf", "IRQ"), True,
  "storming and burning a consulate 145 (14/18/17, as owned35's embassy riot); 'late on Wednesday' in a Thursday "
  "paper; 'the southern holy city of Najaf' names the place; the diplomats' escape has no code")
E("am03", "Authorities imposed a curfew on Najaf on", IRQG, IRQP, ["17"], "1723", "2019-11-28", P("Najaf", "IRQ"),
  True, "curfew 1723; unnamed authorities are Iraq's; target the protesters")
E("am03", "ordered military commanders to take charge of", A("Adel Abdul Mahdi", "IRQ", "GOV"), IRQP, SHOW, "150",
  "2019-11", None, True, "putting the army in charge of security: a show of force 150 (15/17); second clause of a "
  "compound sentence whose day belongs to the first: month (a system's 2019-11-28 falls inside); 'several southern "
  "provinces' names no place")
E("am03", "security forces opened fire on demonstrators who", IRQSF, IRQP, REPR, "175", "2019-11",
  P("Nasiriya", "IRQ"), True, "live fire on protesters 175 (17/18); 'In the city of Nasiriya' names the place; the "
  "medics' count is attribution; no day in the sentence: month")
E("am03", "demonstrators who had blocked a bridge over", IRQP, IRQG, ["14"], "144", "2019-11", P("Nasiriya", "IRQ"),
  False, "the blockade inside the object's relative clause: optional")
E("am03", "The provincial governor resigned hours later", A("Dhi Qar governor", "IRQ", "GOV"), IRQP, ["08"], "0831",
  "2019-11", None, True, "resignation under protest pressure 0831 with the protesters as implied target (news-dev "
  "d09); 'hours later' anchors to the undated shooting: month")
E("am03", "Abbas Mousavi, condemned the attack on the", A("Abbas Mousavi", "IRN", "GOV"), IRQP, ["11"], "111",
  "2019-11", None, True, "condemnation 111 of the attackers; month")
E("am03", "urged the Iraqi government to deal firmly", A("Abbas Mousavi", "IRN", "GOV"), IRQG, DEMAND, "100",
  "2019-11", None, False, "second verb of the same speaker (as owned35 ai12): optional")
E("am03", "when thousands took to the streets of", IRQP, IRQG, ["14"], "141", "2019-10-01", P("Baghdad", "IRQ"), True,
  "dated background inside a 'when' clause with its own agent: protest 141 on Oct. 1; 'the streets of Baghdad and "
  "the south': Baghdad is the one place named")
E("am03", "Many demonstrators accuse Iran of propping up", IRQP, IRN, ["11"], "112", None, None, False,
  "standing, undated accusation in the present: optional")
F("am03", "More than 350 people have died in", "count")
F("am03", "It was unclear whether the government could", "speculation")

# ---------------------------------------------------------------- am04 Beirut, Middle East (Saudi Arabia / Lebanon)
S("am04", "2021-10-30", "Middle East", """
Saudi Arabia expels Lebanese envoy and bans imports over minister's Yemen remarks

BEIRUT, Lebanon —

Saudi Arabia gave Lebanon's ambassador 48 hours to leave the kingdom on Friday, recalled its own envoy from Beirut and halted all imports from Lebanon, in protest at remarks by a Lebanese minister about the war in Yemen.

Bahrain told the Lebanese ambassador in Manama to leave hours later, and Kuwait followed suit on Saturday.

George Kordahi, a former game-show host who became information minister last month, called the Saudi-led military campaign in Yemen futile in a television interview broadcast on Monday and said the Houthi rebels were defending themselves.

In a statement on Friday, the Saudi foreign ministry said the remarks were the latest in a series of hostile acts and accused Hezbollah, the Iran-backed movement, of tightening its grip on the Lebanese state.

Prime Minister Najib Mikati urged Kordahi to put the national interest first, which officials in Beirut took as a call for him to resign. Kordahi said he would not quit, arguing that he had given the interview before joining the government.

Saudi Arabia has long been one of the biggest markets for Lebanese fruit and vegetables. It was not clear whether the cabinet, which has not met for more than two weeks, would meet again soon.
""")
SAU = A("Saudi Arabia", "SAU", "GOV")
LBN = A("Lebanon", "LBN", "GOV")
KORD = A("George Kordahi", "LBN", ["GOV", "MED"])
E("am04", "Saudi Arabia expels Lebanese envoy and bans", SAU, LBN, SANCT, "161", "2021-10-29", None, False, "headline")
E("am04", "gave Lebanon's ambassador 48 hours to leave", SAU, LBN, SANCT, "161", "2021-10-29", None, True,
  "ordering an ambassador out 161 (16/17, 174 also right; owned35 ai04); Friday in a Saturday paper")
E("am04", "recalled its own envoy from Beirut and", SAU, LBN, ["16"], "161", "2021-10-29", None, True,
  "recalling one's own envoy 161 (news-dev); 'from Beirut' is where the envoy was, not a place of the act")
E("am04", "halted all imports from Lebanon, in protest", SAU, LBN, SANCT, "163", "2021-10-29", None, True,
  "import ban 163 (embargo; 16/17)")
E("am04", "Bahrain told the Lebanese ambassador in Manama", A("Bahrain", "BHR", "GOV"), LBN, SANCT, "161", "2021-10-29",
  None, True, "ordering the envoy out 161; 'hours later' after Friday's move; 'in Manama' locates the ambassador, "
  "not the act: no place")
E("am04", "and Kuwait followed suit on Saturday", A("Kuwait", "KWT", "GOV"), LBN, SANCT, "161", "2021-10-30", None,
  False, "'followed suit' copies Bahrain's act by reference only: optional")
E("am04", "called the Saudi-led military campaign in Yemen", KORD, SAU, ["11"], "111", "2021-10-25", None, True,
  "criticism 111 of the Saudi-led war; the broadcast 'on Monday' dates it (the interview was given earlier, the "
  "text says only 'before joining the government'); 'who became information minister last month' is no event")
E("am04", "accused Hezbollah, the Iran-backed movement, of", SAU, A("Hezbollah", "LBN", ["PTY", "RAD"]), ["11"],
  "112", "2021-10-29", None, True, "accusation 112; 'In a statement on Friday'")
E("am04", "Prime Minister Najib Mikati urged Kordahi to", A("Najib Mikati", "LBN", "GOV"), KORD, DEMAND, "1041",
  "2021-10", None, True, "a veiled demand for resignation 1041 (10/02); month")
E("am04", "Kordahi said he would not quit, arguing", KORD, A("Najib Mikati", "LBN", "GOV"), ["12"], "1231", "2021-10",
  None, False, "a refusal put as an intention ('would not quit'): optional")
F("am04", "Saudi Arabia has long been one of", "standing situation")
F("am04", "It was not clear whether the cabinet", "speculation and negated meeting")

# ---------------------------------------------------------------- am05 Ulaanbaatar, Asia (Mongolia)
S("am05", "2008-07-02", "Asia", """
Mongolia declares emergency after rioters torch ruling party headquarters

ULAANBAATAR, Mongolia —

President Nambaryn Enkhbayar declared a four-day state of emergency in the capital late on Tuesday, after thousands of protesters alleging fraud in Sunday's parliamentary election stormed the headquarters of the ruling Mongolian People's Revolutionary Party and set it on fire.

Police fired tear gas and rubber bullets at crowds in central Ulaanbaatar who threw stones and looted shops, and five people were killed in the violence, the Justice Ministry said. More than 700 people were detained, police said.

Troops and armoured vehicles patrolled the streets of the capital on Wednesday, and only state television was allowed to broadcast.

The opposition Democratic Party, led by Tsakhiagiin Elbegdorj, accused the ruling party of rigging the vote on Monday, after preliminary results gave the former communists a clear majority. Elbegdorj said his party would not recognise the result, but he appealed to supporters to stay calm.

Prime Minister Sanjaa Bayar, who leads the ruling party, blamed opposition leaders on Wednesday for inciting the riot and said they had refused to accept defeat at the polls.

Mongolia, a country of fewer than three million people wedged between Russia and China, held its first multiparty elections in 1990. It was unclear when the final results would be published.
""")
MNGP = A("Mongolian protesters", "MNG", ["CVL", "OPP"])
MPRP = A("Mongolian People's Revolutionary Party", "MNG", ["PTY", "GOV"])
MNGCOP = A("Mongolian police", "MNG", "COP")
DP = A("Mongolia's Democratic Party", "MNG", ["OPP", "PTY"])
UB = P("Ulaanbaatar", "MNG")
E("am05", "Mongolia declares emergency after rioters torch ruling", A("Mongolia", "MNG", "GOV"), MNGP, ["17"], "1724",
  "2008-07-01", None, False, "headline")
E("am05", "President Nambaryn Enkhbayar declared a four-day state", A("Nambaryn Enkhbayar", "MNG", "GOV"), MNGP,
  ["17"], "1724", "2008-07-01", UB, True, "state of emergency 1724 (news-dev); 'in the capital' with the dateline; "
  "'late on Tuesday' in a Wednesday paper")
E("am05", "stormed the headquarters of the ruling Mongolian", MNGP, MPRP, VPROT, "145", "2008-07", None, True,
  "storming and burning a party headquarters 145 (14/18/17); an 'after' clause with its own agent; the day is not "
  "stated for it: month (a system's 2008-07-01 falls inside); no city in the clause")
E("am05", "Police fired tear gas and rubber bullets", MNGCOP, MNGP, REPR, "175", "2008-07", UB, True,
  "riot control 175 (17/18); 'in central Ulaanbaatar' names the place; no day in the sentence: month")
E("am05", "who threw stones and looted shops, and", MNGP, MNGCOP, VPROT, "145", "2008-07", UB, False,
  "rioting in a relative clause on the object: optional")
E("am05", "More than 700 people were detained, police", MNGCOP, MNGP, ["17"], "173", "2008-07", None, True,
  "arrests reported by the arresting police 173, required (owned35 ai05); month")
E("am05", "Troops and armoured vehicles patrolled the streets", A("Mongolian army", "MNG", "MIL"), MNGP, SHOW, "150",
  "2008-07-02", UB, True, "patrols under the emergency 150 (15/17); 'the streets of the capital' with the dateline; "
  "unnamed troops are Mongolia's")
E("am05", "only state television was allowed to broadcast", A("Mongolia", "MNG", "GOV"),
  A("Mongolian media", "MNG", "MED"), ["17"], "1721", "2008-07-02", None, False,
  "agentless censorship, second clause: optional")
E("am05", "accused the ruling party of rigging the", DP, MPRP, ["11"], "112", "2008-06-30", None, True,
  "accusation 112; 'on Monday' before a Wednesday paper; 'after preliminary results gave' is no event")
E("am05", "said his party would not recognise the", A("Tsakhiagiin Elbegdorj", "MNG", ["OPP", "PTY"]), MPRP, ["12"],
  "120", "2008-07", None, False, "refusal put as an intention: optional")
E("am05", "he appealed to supporters to stay calm", A("Tsakhiagiin Elbegdorj", "MNG", ["OPP", "PTY"]), MNGP, APPEAL,
  "020", "2008-07", None, False, "appeal to his own side: optional")
E("am05", "blamed opposition leaders on Wednesday for inciting", A("Sanjaa Bayar", "MNG", "GOV"), DP, ["11"], "112",
  "2008-07-02", None, True, "blame 112; 'on Wednesday' = publication day")
F("am05", "held its first multiparty elections in 1990", "background fact and definition")
F("am05", "It was unclear when the final results", "speculation")

# ---------------------------------------------------------------- am06 Manila, Asia (Philippines / United States)
S("am06", "1989-12-02", "Asia", """
U.S. jets fly over rebel bases as mutineers bomb Aquino's palace

MANILA, Philippines —

Rebel soldiers seized two air bases near Manila on Friday and sent propeller-driven planes to bomb and strafe the presidential palace, in the most serious of several attempts to topple President Corazon Aquino since she came to power in 1986.

At Aquino's request, U.S. Air Force F-4 Phantom jets from Clark Air Base flew low over the rebel-held bases, warning that any rebel aircraft that took off would be shot down, U.S. and Philippine officials said. The rebel planes stayed on the ground for the rest of the day.

President George Bush authorised the flights while flying to his summit with Soviet leader Mikhail Gorbachev off Malta, the White House said.

Government troops battled rebels for control of the armed forces headquarters in Quezon City through Friday night, and at least 20 people were killed, the military said.

Aquino, speaking on the radio, vowed to crush the revolt and said there would be no negotiations with the mutineers.

Officers said the uprising was led by Gregorio Honasan, a former army colonel who escaped from detention last year and who led a failed coup against Aquino in August 1987.

The two bases hold most of the air force's remaining planes. It was not clear how many soldiers had joined the revolt.
""")
PHREB = A("Philippine rebel soldiers", "PHL", ["MIL", "REB"])
AQ = A("Corazon Aquino", "PHL", "GOV")
USAF = A("U.S. Air Force", "USA", "MIL")
E("am06", "U.S. jets fly over rebel bases as", USAF, PHREB, ["13", "15"], "138", "1989-12-01", None, False, "headline")
E("am06", "mutineers bomb Aquino's palace", PHREB, AQ, ["19", "18"], "195", "1989-12-01", None, False, "headline")
E("am06", "Rebel soldiers seized two air bases near", PHREB, AQ, COUP, "190", "1989-12-01", None, True,
  "an armed coup attempt's seizure of bases (coups 17/19); Friday in a Saturday paper; 'near Manila' is not the "
  "place of the bases: no place")
E("am06", "sent propeller-driven planes to bomb and strafe", PHREB, AQ, ["19", "18"], "195", "1989-12-01", None, True,
  "air attack on the palace 195 (19/18); second predicate of the lead; 'the presidential palace' names no city")
E("am06", "Clark Air Base flew low over the", USAF, PHREB, ["13", "15"], "138", "1989-12-01", None, True,
  "flights with a warning to shoot down rebel planes: a threat of force 138 (13/15); the day is the lead's "
  "(Friday, the rebel planes 'stayed on the ground for the rest of the day'); 'At Aquino's request' is no separate "
  "event")
E("am06", "At Aquino's request, U.S. Air Force F-4", USAF, AQ, ["07", "06"], "074", "1989-12-01", None, False,
  "military protection for Aquino 074 (07/06), the same flights seen from the other side: optional")
E("am06", "President George Bush authorised the flights while", A("George Bush", "USA", "GOV"), AQ, ["07", "06"],
  "074", "1989-12", None, True, "approving military help for Aquino 074 (07/06); 'his summit with ... Gorbachev' is "
  "the trip, not coded here; no day in the sentence: month")
E("am06", "Government troops battled rebels for control of", A("Philippine army", "PHL", "MIL"), PHREB, CLASH, "190",
  "1989-12-01", P("Quezon City", "PHL"), True, "fighting 190 (clashes 19/18/14); 'in Quezon City' names the place; "
  "'through Friday night'; the reverse direction is optional (next line)")
E("am06", "at least 20 people were killed, the", PHREB, A("Philippine army", "PHL", "MIL"), CLASH, "190", "1989-12-01",
  P("Quezon City", "PHL"), False, "the reverse of the clash, in the agentless second clause: optional")
E("am06", "vowed to crush the revolt and said", AQ, PHREB, ["13"], "138", "1989-12", None, True,
  "threat of force 138; 'no negotiations' is a refusal put as an intention and is not a separate required line; "
  "no day: month")
E("am06", "who led a failed coup against Aquino", A("Gregorio Honasan", "PHL", ["MIL", "REB"]), AQ, COUP, "190",
  "1987-08", None, True, "dated background in a relative clause with its own agent: coup attempt (17/19) in August "
  "1987; 'escaped from detention last year' has no code")
F("am06", "The two bases hold most of the", "count and standing situation")
F("am06", "It was not clear how many soldiers", "speculation")

# ---------------------------------------------------------------- am07 Yerevan, Europe/Eurasia (Armenia)
S("am07", "2008-03-02", "Europe/Eurasia", """
Armenia declares emergency after police break up Yerevan protest; eight dead

YEREVAN, Armenia —

President Robert Kocharyan declared a 20-day state of emergency in the capital late on Saturday, after riot police broke up an opposition protest camp and clashes that followed left at least eight people dead.

Police moved in before dawn on Saturday, beating protesters with truncheons as they cleared Freedom Square, where supporters of former president Levon Ter-Petrosyan had camped since the Feb. 19 election. By evening thousands had gathered again near the French embassy, building barricades from buses and cars, and some set vehicles on fire.

Ter-Petrosyan, who says the vote was rigged in favour of Prime Minister Serzh Sargsyan, was confined to his home by police, his aides said. The authorities denied that he was under arrest.

The prosecutor general's office accused the opposition of planning to seize power by force and said weapons had been found in the tents on the square.

The United States and the European Union urged both the government and the opposition to show restraint and to resolve the dispute through dialogue.

Armenia, a landlocked former Soviet republic of about three million people, relies heavily on Russia for its security. It was unclear how many people had been detained.
""")
KOCH = A("Robert Kocharyan", "ARM", "GOV")
ARMP = A("Armenian opposition protesters", "ARM", ["CVL", "OPP"])
ARMCOP = A("Armenian police", "ARM", "COP")
ARMG = A("Armenia's government", "ARM", "GOV")
LTP = A("Levon Ter-Petrosyan", "ARM", ["OPP", "PTY"])
YER = P("Yerevan", "ARM")
E("am07", "Armenia declares emergency after police break up", ARMG, ARMP, ["17"], "1724", "2008-03-01", None, False,
  "headline")
E("am07", "President Robert Kocharyan declared a 20-day state", KOCH, ARMP, ["17"], "1724", "2008-03-01", YER, True,
  "state of emergency 1724 (news-dev); 'in the capital' with the dateline; Saturday in a Sunday paper")
E("am07", "after riot police broke up an opposition", ARMCOP, ARMP, REPR, "175", "2008-03-01", None, False,
  "lead summary of the dispersal detailed in the next paragraph: optional")
E("am07", "clashes that followed left at least eight", ARMP, ARMCOP, CLASH, "190", "2008-03-01", None, False,
  "lead summary of the clashes, agentless: optional")
E("am07", "Police moved in before dawn on Saturday", ARMCOP, ARMP, REPR, "175", "2008-03-01", YER, True,
  "dispersal with truncheons 175 (17/18); 'Freedom Square' is in the dateline city: Yerevan; 'had camped since "
  "the Feb. 19 election' is a standing sit-in, not coded")
E("am07", "By evening thousands had gathered again near", ARMP, ARMG, ["14"], "141", "2008-03-01", None, True,
  "renewed protest 141 on the same Saturday ('By evening'); 'near the French embassy' names no city in the clause")
E("am07", "and some set vehicles on fire", ARMP, ARMG, VPROT, "145", "2008-03-01", None, False,
  "rioting by some of them, second clause: optional")
E("am07", "was confined to his home by police", ARMCOP, LTP, ["17"], "173", "2008-03", None, False,
  "house arrest inside his aides' account, denied next: optional")
E("am07", "Ter-Petrosyan, who says the vote was rigged", LTP, A("Serzh Sargsyan", "ARM", "GOV"), ["11"], "112", None,
  None, False, "standing accusation in a present-tense relative clause: optional")
E("am07", "The authorities denied that he was under", ARMG, LTP, DENY, "016", "2008-03", None, True,
  "denial 016 (01/12); 'The authorities' are Armenia's; target the man the aides spoke for; month")
E("am07", "accused the opposition of planning to seize", A("Armenia's prosecutor general", "ARM", ["JUD", "GOV"]),
  LTP, ["11"], "112", "2008-03", None, True, "accusation 112; the opposition is Ter-Petrosyan's camp; month")
E("am07", "The United States and the European Union", A("United States", "USA", "GOV"), ARMG, APPEAL, "020",
  "2008-03", None, True, "appeal for restraint 020 (02/10); compound subject and object: first member each "
  "required (US to the government); month")
E("am07", "urged both the government and the opposition", A("European Union", "EUR", "IGO"), LTP, APPEAL, "020",
  "2008-03", None, False, "the other members of the compound (EU, the opposition): optional")
F("am07", "relies heavily on Russia for its security", "standing situation")
F("am07", "It was unclear how many people had", "speculation")

# ---------------------------------------------------------------- am08 Tirana, Europe/Eurasia (Albania)
S("am08", "1997-03-10", "Europe/Eurasia", """
Albania's Berisha agrees to unity government and early vote as rebels hold the south

TIRANA, Albania —

President Sali Berisha agreed on Sunday to form a government of national reconciliation with opposition parties and to hold a new parliamentary election by June, in an effort to end a revolt that has left much of southern Albania in the hands of armed rebels.

After talks with the leaders of ten parties that lasted more than seven hours, Berisha also offered an amnesty to rebels who hand in their weapons within a week.

Rebel committees in the port of Vlora rejected the deal within hours, saying they would not lay down their arms until Berisha resigned.

On Saturday, armed men took control of the southern town of Gjirokaster after soldiers at the local barracks abandoned their posts and crowds carried off rifles and ammunition, residents said.

Parliament, dominated by Berisha's Democratic Party, declared a state of emergency on March 2 and re-elected him the next day to a second five-year term.

The revolt broke out in January, when pyramid investment schemes that had promised huge monthly returns collapsed, wiping out the savings of hundreds of thousands of families.

Italian Foreign Minister Lamberto Dini urged both sides to keep to the agreement, warning that the crisis could send a wave of refugees across the Adriatic.

Albania, Europe's poorest country, emerged from four decades of Stalinist isolation only in 1991. It was not clear whether the army could retake the south.
""")
BER = A("Sali Berisha", "ALB", "GOV")
ALBOPP = A("Albanian opposition parties", "ALB", ["OPP", "PTY"])
ALBREB = A("Albanian rebels", "ALB", ["REB", "CVL"])
E("am08", "Berisha agrees to unity government and early", BER, ALBOPP, AGREE, "083", "1997-03-09", None, False,
  "headline")
E("am08", "President Sali Berisha agreed on Sunday to", BER, ALBOPP, AGREE, "083", "1997-03-09", None, True,
  "agreeing to a unity government and an early vote: yielding to the opposition's demands for reform 083, "
  "tolerant as agreements 05/03/08; Sunday in a Monday paper; the reverse (the parties agreeing with him) is optional")
E("am08", "to form a government of national reconciliation", ALBOPP, BER, AGREE, "030", "1997-03-09", None, False,
  "reverse direction of the joint agreement: optional")
E("am08", "After talks with the leaders of ten", BER, ALBOPP, ["04"], "043", "1997-03", None, False,
  "the talks, a nominal in an 'after' phrase restating the lead's meeting: optional")
E("am08", "Berisha also offered an amnesty to rebels", BER, ALBREB, ["03", "08"], "030", "1997-03", None, True,
  "offer of amnesty (03/08); the day is not in the sentence: month")
E("am08", "Rebel committees in the port of Vlora", ALBREB, BER, ["12"], "120", "1997-03-09", P("Vlora", "ALB"), True,
  "rejecting the deal 120; 'within hours' of Sunday's agreement; 'the port of Vlora' names the place")
E("am08", "would not lay down their arms until", ALBREB, BER, DEMAND, "1041", "1997-03-09", None, False,
  "a demand for resignation put as a condition ('would not ... until'): optional")
E("am08", "armed men took control of the southern", ALBREB, A("Albania's government", "ALB", "GOV"), ["19", "17"],
  "192", "1997-03-08", P("Gjirokaster", "ALB"), True, "rebels taking a town 192 (occupy territory; 19/17); "
  "'On Saturday' before a Monday paper; 'the southern town of Gjirokaster' names the place; the residents' account "
  "is not disputed; the soldiers' desertion has no code")
E("am08", "declared a state of emergency on March", A("Albania's parliament", "ALB", ["LEG", "GOV"]), ALBREB, ["17"],
  "1724", "1997-03-02", None, True, "state of emergency 1724, dated background; target the rebels; the re-election "
  "has no code")
E("am08", "Lamberto Dini urged both sides to keep", A("Lamberto Dini", "ITA", "GOV"),
  A("Albania's government and opposition", "ALB", ["GOV", "OPP"]), APPEAL, "020", "1997-03", None, True,
  "appeal 020 (02/10); 'both sides' = Berisha and the opposition; month")
F("am08", "Albania, Europe's poorest country, emerged from four", "background fact")
F("am08", "It was not clear whether the army", "speculation")

# ---------------------------------------------------------------- am09 Caracas, Americas (Venezuela)
S("am09", "1989-03-01", "Americas", """
Venezuela suspends rights and sends troops into Caracas as price riots spread

CARACAS, Venezuela —

President Carlos Andres Perez suspended constitutional guarantees and imposed a dusk-to-dawn curfew on Tuesday, after two days of rioting and looting over fuel and fare increases left dozens dead in the capital and other cities.

Soldiers fired on looters in the Petare district of Caracas on Tuesday night, witnesses said, and officials put the death toll across the country at more than 50.

The unrest began on Monday morning, when commuters in Guarenas, a town east of Caracas, set upon buses after drivers doubled fares in response to a rise in petrol prices. Within hours crowds were ransacking shops in the capital's hillside slums.

Perez announced the petrol increase this month as part of an austerity programme agreed with the International Monetary Fund in return for new loans.

In a televised address on Tuesday night, Perez said he would not abandon the reforms and appealed to Venezuelans to stay off the streets.

Police said more than 2,000 people had been arrested for looting.

Venezuela, one of the world's biggest oil exporters, owes foreign banks about $33 billion. It was unclear when the curfew would be lifted.
""")
CAP = A("Carlos Andres Perez", "VEN", "GOV")
VENC = A("Venezuelan rioters", "VEN", "CVL")
E("am09", "Venezuela suspends rights and sends troops into", A("Venezuela", "VEN", "GOV"), VENC, ["17"], "1724",
  "1989-02-28", None, False, "headline")
E("am09", "suspended constitutional guarantees and imposed a dusk-to-dawn", CAP, VENC, ["17"], "1724", "1989-02-28", None,
  True, "suspending constitutional guarantees: emergency rule 1724; 'on Tuesday' before a Wednesday paper; target "
  "the rioters (the text names no other)")
E("am09", "imposed a dusk-to-dawn curfew on Tuesday", CAP, VENC, ["17"], "1723", "1989-02-28", None, True,
  "curfew 1723, second predicate with its own CAMEO class")
E("am09", "after two days of rioting and looting", VENC, A("Venezuela", "VEN", "GOV"), VPROT, "145", "1989-02", None,
  False, "nominal lead summary of the riots detailed later: optional")
E("am09", "Soldiers fired on looters in the Petare", A("Venezuelan army", "VEN", "MIL"), VENC, REPR, "175",
  "1989-02-28", P("Caracas", "VEN"), True, "live fire on rioters 175 (17/18); 'the Petare district of Caracas': "
  "Caracas; 'on Tuesday night'; witnesses' account undisputed; unnamed soldiers are Venezuela's")
E("am09", "when commuters in Guarenas, a town east", VENC, A("Venezuelan bus drivers", "VEN", "BUS"), VPROT, "145",
  "1989-02-27", P("Guarenas", "VEN"), True, "attack on buses in a fare riot 145 (14/18/17); a 'when' clause with its "
  "own agent; 'on Monday morning' before a Wednesday paper; 'in Guarenas' names the place")
E("am09", "Within hours crowds were ransacking shops in", VENC, A("Venezuela", "VEN", "GOV"), VPROT, "145",
  "1989-02-27", None, False, "looting, anchored to Monday by 'Within hours'; 'the capital's hillside slums' would give "
  "Caracas: optional as a spread of the same riot")
E("am09", "agreed with the International Monetary Fund in", A("Venezuela", "VEN", "GOV"), A("IMF", "IMF", "IGO"),
  AGREE, "057", "1989-02", None, False, "an agreement in a participle, background without its own day: optional")
E("am09", "Perez said he would not abandon the", CAP, VENC, ["12"], "120", "1989-02-28", None, False,
  "a refusal put as an intention: optional")
E("am09", "appealed to Venezuelans to stay off the", CAP, A("Venezuelan citizens", "VEN", "CVL"), APPEAL, "020",
  "1989-02-28", None, True, "appeal 020 (02/10); 'In a televised address on Tuesday night'")
E("am09", "Police said more than 2,000 people had", A("Venezuelan police", "VEN", "COP"), VENC, ["17"], "173", "1989",
  None, True, "arrests reported by the arresting police 173 (owned35 ai05), required; the span since Monday runs "
  "over two months (Feb. 27 to March 1): year")
F("am09", "Venezuela, one of the world's biggest oil", "count and standing situation")
F("am09", "It was unclear when the curfew would", "speculation")

# ---------------------------------------------------------------- am10 Bogota, Americas (Colombia)
S("am10", "2021-05-04", "Americas", """
Colombia's finance minister quits after Duque drops tax plan in face of deadly protests

BOGOTA, Colombia —

Finance Minister Alberto Carrasquilla resigned on Monday, a day after President Ivan Duque withdrew a tax overhaul that had set off nearly a week of nationwide strikes and marches.

Duque had ordered soldiers onto the streets of several cities on Saturday to help police contain the unrest, a move that rights groups said would only inflame it.

The U.N. human rights office said police had opened fire on demonstrators in the southwestern city of Cali on Monday night, and that its own staff had been threatened while trying to help the wounded. At least 19 people have been killed since the protests began, officials said.

Defence Minister Diego Molano blamed armed groups, including dissident former FARC rebels, for attacks on police stations and buses.

The National Strike Committee, which groups the country's main unions and student organisations, said on Monday that marches would continue on Wednesday and demanded that the government also drop a health reform bill.

Duque, whose term ends next year, invited the committee to talks but did not name a date.

Colombia's economy shrank by 6.8 percent last year, its worst performance in half a century. It was not clear whether the unions would accept the invitation.
""")
DUQ = A("Ivan Duque", "COL", "GOV")
COLP = A("Colombian protesters", "COL", ["CVL", "LAB"])
COLCOP = A("Colombian police", "COL", "COP")
NSC = A("National Strike Committee", "COL", ["LAB", "CVL"])
E("am10", "Colombia's finance minister quits after Duque drops", A("Alberto Carrasquilla", "COL", "GOV"), COLP, ["08"],
  "0831", "2021-05-03", None, False, "headline")
E("am10", "Finance Minister Alberto Carrasquilla resigned on Monday", A("Alberto Carrasquilla", "COL", "GOV"), COLP,
  ["08"], "0831", "2021-05-03", None, True, "resignation under protest pressure 0831 with the protesters as implied "
  "target (news-dev d09); Monday before a Tuesday paper")
E("am10", "President Ivan Duque withdrew a tax overhaul", DUQ, COLP, ["08"], "080", "2021-05-02", None, True,
  "withdrawing the bill under protest pressure: a concession (08); 'a day after' with its own agent: dated "
  "background, Sunday")
E("am10", "Duque had ordered soldiers onto the streets", DUQ, COLP, SHOW, "150", "2021-05-01", None, True,
  "deploying the army against unrest 150 (15/17); 'on Saturday'; 'several cities' names no place")
E("am10", "a move that rights groups said would", A("Colombian rights groups", "COL", "NGO"), DUQ, ["11"], "111",
  "2021-05", None, False, "criticism inside an appositive: optional")
E("am10", "police had opened fire on demonstrators in", COLCOP, COLP, REPR, "175", "2021-05-03", P("Cali", "COL"),
  True, "live fire on protesters 175 (17/18); 'the southwestern city of Cali'; 'on Monday night'; the U.N. office's "
  "report is not disputed in the text")
E("am10", "The U.N. human rights office said police", A("U.N. human rights office", "UNO", "IGO"), COLCOP, ["11"],
  "112", "2021-05", None, False, "the report as an accusation: optional")
E("am10", "its own staff had been threatened while", COLCOP, A("U.N. human rights office", "UNO", "IGO"), ["13"], "130",
  "2021-05-03", P("Cali", "COL"), False, "agentless threat inside the report: optional")
E("am10", "Defence Minister Diego Molano blamed armed groups", A("Diego Molano", "COL", "GOV"),
  A("FARC dissidents", "COL", ["REB", "CRM"]), ["11"], "112", "2021-05", None, True, "blame 112; month")
E("am10", "demanded that the government also drop a", NSC, A("Colombia's government", "COL", "GOV"), DEMAND, "100",
  "2021-05-03", None, True, "demand 100 (10/02); the sentence's 'on Monday'; the announced marches ('would continue "
  "on Wednesday') are future and not coded")
E("am10", "invited the committee to talks but did", DUQ, NSC, ["03", "04"], "036", "2021-05", None, True,
  "offer to meet 036 (owned35 ai02); 'whose term ends next year' is no event; no day: month")
F("am10", "Colombia's economy shrank by 6.8 percent last", "count")
F("am10", "It was not clear whether the unions", "speculation")

# ---------------------------------------------------------------- am11 Colombo, South Asia (Sri Lanka)
S("am11", "2019-04-23", "South Asia", """
Sri Lanka blames local Islamist group for Easter bombings as emergency takes effect

COLOMBO, Sri Lanka —

Sri Lanka's government on Monday blamed a little-known local Islamist group, National Thowheed Jamath, for the suicide bombings that killed more than 290 people at churches and luxury hotels on Easter Sunday.

Cabinet spokesman Rajitha Senaratne said foreign intelligence agencies had warned the police of planned attacks on churches on April 11, ten days before the blasts, but that the warning never reached Prime Minister Ranil Wickremesinghe or his ministers.

President Maithripala Sirisena declared a state of emergency that took effect at midnight on Monday, giving the police and the military wide powers to detain and question suspects. A night curfew was imposed across the island for a second day.

Police said they had detained 40 people, all of them Sri Lankans, in raids since the attacks.

The government blocked Facebook, WhatsApp and other social media on Sunday, saying false reports were spreading fear.

The United States sent FBI agents to help with the investigation, U.S. officials said.

Christians make up about 7 percent of Sri Lanka's 22 million people. No group had claimed responsibility by Tuesday morning.
""")
LKA = A("Sri Lanka's government", "LKA", "GOV")
NTJ = A("National Thowheed Jamath", "LKA", ["RAD", "REB"])
E("am11", "Sri Lanka blames local Islamist group for", LKA, NTJ, ["11"], "112", "2019-04-22", None, False, "headline")
E("am11", "Sri Lanka's government on Monday blamed a", LKA, NTJ, ["11"], "112", "2019-04-22", None, True,
  "blame 112; 'on Monday' before a Tuesday paper")
E("am11", "the suicide bombings that killed more than", A("suicide bombers", None, None),
  A("Sri Lankan civilians", "LKA", "CVL"), ["18"], "1831", "2019-04-21", None, True,
  "suicide bombings 1831, dated background ('on Easter Sunday'); unnamed bombers null/null as news-dev (the blame "
  "is the government's charge, not yet established); churches and hotels name no place")
E("am11", "foreign intelligence agencies had warned the police", A("foreign intelligence agencies", None, "SPY"),
  A("Sri Lankan police", "LKA", "COP"), ["06"], "064", "2019-04-11", None, True,
  "passing on intelligence 064, dated background 'on April 11' in reported speech, undisputed; the unnamed agencies "
  "have no country; 'never reached' is negated and not coded")
E("am11", "President Maithripala Sirisena declared a state of", A("Maithripala Sirisena", "LKA", "GOV"), NTJ, ["17"],
  "1724", "2019-04-22", None, True, "state of emergency 1724; 'took effect at midnight on Monday'; target the "
  "suspects' group, the text names no other")
E("am11", "A night curfew was imposed across the", LKA, A("Sri Lankan citizens", "LKA", "CVL"), ["17"], "1723",
  "2019-04", None, False, "agentless curfew, 'for a second day' gives no anchor: optional")
E("am11", "Police said they had detained 40 people", A("Sri Lankan police", "LKA", "COP"),
  A("bombing suspects", "LKA", ["CRM", "RAD"]), ["17"], "173", "2019-04", None, True,
  "arrests reported by the arresting police 173, required (owned35 ai05); 'since the attacks' spans days: month")
E("am11", "The government blocked Facebook, WhatsApp and other", LKA, A("social media platforms", None, "BUS"),
  ["17", "16"], "1721", "2019-04-21", None, True, "a ban on platforms 1721 (17/16, owned35 ai11); 'on Sunday' before "
  "a Tuesday paper")
E("am11", "The United States sent FBI agents to", A("United States", "USA", "GOV"), LKA, ["06", "07"], "060",
  "2019-04", None, False, "single outside help: optional")
F("am11", "Christians make up about 7 percent of", "count")
F("am11", "No group had claimed responsibility by Tuesday", "negated act")

# ---------------------------------------------------------------- am12 Canberra, Pacific (Australia / Iran)
S("am12", "2025-08-27", "Pacific", """
Australia expels Iran's ambassador, says Tehran directed antisemitic arson attacks

CANBERRA, Australia —

Australia on Tuesday ordered Iran's ambassador, Ahmad Sadeghi, and three other officials to leave the country within seven days, after its domestic intelligence agency concluded that Tehran had directed at least two antisemitic arson attacks.

Prime Minister Anthony Albanese told reporters that the attacks were dangerous acts of aggression orchestrated by a foreign state on Australian soil. His government also suspended the operations of its embassy in Tehran and said it would pass a law to list Iran's Revolutionary Guards as a terrorist organisation.

The head of the intelligence agency, Mike Burgess, said the Revolutionary Guards had used criminal go-betweens to set fire to a kosher restaurant in Sydney in October and to the Adass Israel synagogue in Melbourne in December.

Iran's foreign ministry spokesman, Esmaeil Baghaei, rejected the accusation on Tuesday and warned that Tehran would respond in kind to any step against its diplomats.

Leaders of the Jewish community welcomed the expulsion, which Foreign Minister Penny Wong said followed months of warnings.

It is the first time since the Second World War that Australia has expelled an ambassador. It was not clear whether any Iranian officials would remain in the country.
""")
AUS = A("Australia", "AUS", "GOV")
IRNG = A("Iran", "IRN", "GOV")
IRGC = A("Revolutionary Guards", "IRN", "MIL")
E("am12", "Australia expels Iran's ambassador, says Tehran directed", AUS, IRNG, SANCT, "161", "2025-08-26", None, False,
  "headline")
E("am12", "Australia on Tuesday ordered Iran's ambassador, Ahmad", AUS, IRNG, SANCT, "161", "2025-08-26", None, True,
  "ordering an ambassador out 161 (16/17, 174 also right); Tuesday before a Wednesday paper")
E("am12", "concluded that Tehran had directed at least", A("Australian Security Intelligence Organisation", "AUS",
  ["SPY", "GOV"]), IRNG, ["11"], "112", "2025-08", None, False, "the finding, in an 'after' clause with no day of its "
  "own, detailed later by its head: optional")
E("am12", "Anthony Albanese told reporters that the attacks", A("Anthony Albanese", "AUS", "GOV"), IRNG, ["11"], "112",
  "2025-08", None, True, "accusation 112; 'a foreign state' = Iran from the lead; no day: month")
E("am12", "suspended the operations of its embassy in", AUS, IRNG, ["16"], "161", "2025-08", None, True,
  "suspending its embassy 161 (reduce relations); 'His government' = Australia; 'in Tehran' locates the embassy, "
  "not the act; no day: month")
E("am12", "said it would pass a law to", AUS, IRGC, ["13", "16"], "1312", "2025-08", None, False,
  "announced listing, an intention: optional")
E("am12", "Mike Burgess, said the Revolutionary Guards had", A("Mike Burgess", "AUS", ["SPY", "GOV"]), IRGC, ["11"],
  "112", "2025-08", None, True, "accusation 112; month")
E("am12", "to set fire to a kosher restaurant", IRGC, A("Australian Jewish community", "AUS", ["REL", "CVL"]), ["18"],
  "180", "2024-10", P("Sydney", "AUS"), False, "the arson is the content of an accusation Iran rejects: optional; "
  "'in October' of the year before; 'in Sydney'")
E("am12", "rejected the accusation on Tuesday and warned", A("Esmaeil Baghaei", "IRN", "GOV"), AUS, DENY, "016",
  "2025-08-26", None, True, "denial 016 (01/12); 'on Tuesday'")
E("am12", "warned that Tehran would respond in kind", A("Esmaeil Baghaei", "IRN", "GOV"), AUS, ["13"], "130",
  "2025-08-26", None, True, "threat of reprisal 130, a second act in the sentence (as owned35 ai07's insult and "
  "threat, both required)")
E("am12", "Leaders of the Jewish community welcomed the", A("Australian Jewish leaders", "AUS", ["REL", "NGO"]), AUS,
  ["05"], "051", "2025-08", None, False, "single domestic reaction: optional")
F("am12", "It is the first time since the", "background count")
F("am12", "It was not clear whether any Iranian", "speculation")

if __name__ == "__main__":
    write(HERE)
