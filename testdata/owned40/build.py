#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned40 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned40/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- ao01 Ouagadougou, Africa (Burkina Faso)
S("ao01", "1987-10-16", "Africa", """
Sankara killed as Compaore seizes power in Burkina Faso

OUAGADOUGOU, Burkina Faso —

Soldiers loyal to Captain Blaise Compaore shot dead Burkina Faso's president, Captain Thomas Sankara, and about a dozen of his aides on Thursday during a meeting at the headquarters of the ruling council in Ouagadougou, diplomats said.

Hours later Compaore, Sankara's closest friend and his number two for four years, announced on state radio that a "Popular Front" had taken power and had dissolved the National Council of the Revolution.

A statement read on the radio accused Sankara of betraying the revolution and said he had planned to have Compaore and two other senior officers arrested that evening. It called the slain leader an autocrat.

The new authorities closed the borders and the airport and imposed a dusk-to-dawn curfew. The capital was calm on Friday, with soldiers guarding the radio station and the main crossroads.

Sankara came to power in August 1983, when he and Compaore led a coup against Major Jean-Baptiste Ouedraogo, and a year later renamed the former French colony of Upper Volta.

The young officer won admirers across Africa for his campaigns against corruption and for vaccination and tree planting, but trade unions and some officers resented his revolutionary committees.

Sankara, 37, had ruled one of the world's poorest countries, where most of the eight million people live from farming.

France, the former colonial power, made no immediate comment.
""")
BFASOL = A("soldiers loyal to Blaise Compaore", "BFA", "MIL")
COMPAORE = A("Blaise Compaore", "BFA", ["MIL", "GOV"])
SANKARA = A("Thomas Sankara", "BFA", "GOV")
CNR = A("National Council of the Revolution", "BFA", "GOV")
E("ao01", "Sankara killed as Compaore seizes power in", BFASOL, SANKARA, ATTACK, "186", "1987-10-15", None, False,
  "headline")
E("ao01", "Compaore seizes power in Burkina Faso", COMPAORE, CNR, COUP, "1724", "1987-10-15", None, False,
  "headline, second event")
E("ao01", "shot dead Burkina Faso's president, Captain Thomas", BFASOL, SANKARA, ATTACK, "186", "1987-10-15",
  P("Ouagadougou", "BFA"), True, "killing of the head of state 186 (18/19/20); 'on Thursday' before a Friday paper; "
  "'in Ouagadougou' names the place; 'diplomats said' is attribution, nobody disputes the killing")
E("ao01", "and about a dozen of his aides", BFASOL, A("Sankara's aides", "BFA", "GOV"), ATTACK, "186", "1987-10-15",
  P("Ouagadougou", "BFA"), False, "second member of the compound object: optional")
E("ao01", "announced on state radio that a \"Popular", COMPAORE, CNR, COUP, "1724", "1987-10-15", None, True,
  "a declared takeover 1724 (news-dev), coups 17/19; 'Hours later' after Thursday's killing; 'his number two' "
  "refers back; dissolving the council is part of the same announcement")
E("ao01", "A statement read on the radio accused", COMPAORE, SANKARA, ["11"], "112", "1987-10", None, True,
  "accusation 112 by the new rulers (the Popular Front speaks through Compaore); the statement has no day of its own: "
  "month; the alleged arrest plan is the content of the accusation, not coded")
E("ao01", "It called the slain leader an autocrat", COMPAORE, SANKARA, ["11"], "111", "1987-10", None, False,
  "'It' = the statement, 'the slain leader' = Sankara; a second charge in the same statement: optional")
E("ao01", "imposed a dusk-to-dawn curfew", COMPAORE, A("Burkinabe citizens", "BFA", "CVL"), ["17"], "1723", "1987-10",
  None, True, "curfew 1723; 'The new authorities' are Compaore's front; no day: month")
E("ao01", "The new authorities closed the borders and", COMPAORE, None, ["19", "17"], "191", "1987-10", None, False,
  "closing borders and the airport, restricting movement 191 (coders split with 17): optional; no target")
E("ao01", "when he and Compaore led a coup", SANKARA, A("Jean-Baptiste Ouedraogo", "BFA", ["GOV", "MIL"]), COUP, "170",
  "1983-08", None, True, "dated background coup (17/19) in a 'when' clause with its own agent; compound subject, the "
  "first member (Sankara, 'he') required; the 1984 renaming is no event")
E("ao01", "when he and Compaore led a coup", COMPAORE, A("Jean-Baptiste Ouedraogo", "BFA", ["GOV", "MIL"]), COUP, "170",
  "1983-08", None, False, "second member of the compound subject: optional")
F("ao01", "Sankara, 37, had ruled one of the", "standing situation and counts")
F("ao01", "France, the former colonial power, made no", "negated: nothing said")

# ---------------------------------------------------------------- ao02 Moroni, Africa (Comoros / France)
S("ao02", "1995-10-06", "Africa", """
French troops end mercenary coup in Comoros; Denard surrenders

MORONI, Comoros —

Bob Denard, the veteran French mercenary, surrendered to French troops on Thursday with about 30 of his men, ending a week-long coup in the Indian Ocean islands.

Some 600 French soldiers and gendarmes landed on Grande Comore before dawn on Wednesday and surrounded the Kandani army barracks, where the mercenaries had holed up with Comoran soldiers who had joined them.

Denard and his men came ashore in dinghies before dawn on Sept. 28 and seized President Said Mohamed Djohar at his palace in Moroni, then named an army captain, Ayouba Combo, to head a military committee.

Prime Minister Caabi El Yachroutu, who took refuge in the French embassy, declared himself interim president and asked Paris on Sept. 29 to send troops under a defence agreement between the two countries.

Djohar, 75, whom the mercenaries had held at the barracks, was flown to the French island of Reunion for medical checks. One of his aides accused Paris of sidelining the elected president in favour of the prime minister.

French police arrested Denard when his plane landed near Paris late on Thursday, judicial sources said. The 66-year-old former paratrooper had been convicted in absentia in France for an earlier coup attempt in Benin.

The Comoros has had some 17 coups or attempted coups since independence from France in 1975.

It was not clear when Djohar would be allowed to return to Moroni.
""")
DENARD = A("Bob Denard", "FRA", ["UAF", "MIL", "CRM"])
FRAMIL = A("French troops", "FRA", "MIL")
DJOHAR = A("Said Mohamed Djohar", "COM", "GOV")
E("ao02", "French troops end mercenary coup in Comoros", FRAMIL, DENARD, ["19", "15", "17"], "190", "1995-10", None,
  False, "headline")
E("ao02", "in Comoros; Denard surrenders", DENARD, FRAMIL, ["08"], "0874", "1995-10-05", None, False, "headline, second event")
E("ao02", "surrendered to French troops on Thursday with", DENARD, FRAMIL, ["08"], "0874", "1995-10-05", None, True,
  "surrender 0874; 'on Thursday' in a Friday paper; Denard is French (the text says so), sector a mercenary: UAF, "
  "MIL or CRM accepted")
E("ao02", "landed on Grande Comore before dawn on", FRAMIL, DENARD, ["19", "15", "17"], "190", "1995-10-04",
  P("Grande Comore", "COM"), True, "military intervention against the mercenaries 190 (coders split with 15 and "
  "17); 'on Wednesday' before a Friday paper; the island is named in the clause; compound subject 'soldiers and "
  "gendarmes' are one French force")
E("ao02", "surrounded the Kandani army barracks, where the", FRAMIL, DENARD, ["19", "17"], "191", "1995-10-04", None,
  False, "siege of the barracks, second verb: optional; the 'where' relative (holed up, joined) is no event")
E("ao02", "seized President Said Mohamed Djohar at his", DENARD, DJOHAR, ["17", "18", "19"], "181", "1995-09-28",
  P("Moroni", "COM"), True, "dated background: seizing the president in a coup (17/18/19; taking him 181); 'before "
  "dawn on Sept. 28'; 'at his palace in Moroni' names the place")
E("ao02", "then named an army captain, Ayouba Combo,", DENARD, A("Comoros", "COM", "GOV"), COUP, "1724", "1995-09",
  None, False, "declared takeover through a committee, a participle-like second verb: optional")
E("ao02", "asked Paris on Sept. 29 to send", A("Caabi El Yachroutu", "COM", "GOV"), A("France", "FRA", "GOV"), DEMAND,
  "0234", "1995-09-29", None, True, "appeal for military protection 0234 (02/10); 'Paris' is the government, not a "
  "place; taking refuge and declaring himself interim president are not coded")
E("ao02", "One of his aides accused Paris of", A("aide to Said Mohamed Djohar", "COM", "GOV"), A("France", "FRA", "GOV"),
  ["11"], "112", "1995-10", None, True, "accusation 112; 'Paris' = France; no day: month")
E("ao02", "French police arrested Denard when his plane", A("French police", "FRA", "COP"), DENARD, ["17"], "173",
  "1995-10-05", None, True, "arrest 173; 'late on Thursday'; 'near Paris' is no named place of the arrest (near, not "
  "in); 'judicial sources said' is attribution")
E("ao02", "had been convicted in absentia in France", A("French court", "FRA", "JUD"), DENARD, ["17", "11"], "173", None,
  None, False, "undated agentless conviction (court verdicts 17/11): optional, no date support")
F("ao02", "The Comoros has had some 17 coups", "count")
F("ao02", "It was not clear when Djohar would", "speculation")

# ---------------------------------------------------------------- ao03 Tunis, Middle East (Israel / PLO / Tunisia)
S("ao03", "1985-10-02", "Middle East", """
Israeli jets bomb PLO headquarters near Tunis; Arafat escapes

TUNIS, Tunisia —

Israeli warplanes bombed the headquarters of the Palestine Liberation Organization at Hammam Chott, a seaside suburb south of Tunis, on Tuesday, killing about 60 Palestinians and Tunisians, officials said.

PLO chairman Yasser Arafat, who was on his way to the compound when the jets struck, escaped unhurt. Speaking among the ruins, he accused the United States of complicity in the raid.

Israel said the strike avenged three Israelis who were killed on Sept. 25 by Palestinian gunmen aboard a yacht in the Cypriot port of Larnaca. Israeli officials blamed those killings on Force 17, a unit of Arafat's Fatah movement.

Defence Minister Yitzhak Rabin told parliament that no PLO base was beyond Israel's reach.

Foreign Minister Beji Caid Essebsi demanded an urgent meeting of the U.N. Security Council to condemn what Tunisia called an act of state terrorism.

In Washington, President Ronald Reagan said nations had the right to strike back at terrorists as long as they hit those responsible.

Egypt, the only Arab country at peace with Israel, suspended its talks with the Jewish state over the disputed Taba border strip.

The compound lies about 2,000 km (1,250 miles) west of Israel. It was not clear how the planes had refuelled on the way.
""")
ISRAF = A("Israeli air force", "ISR", "MIL")
PLO = A("Palestine Liberation Organization", "PSE", ["GOV", "REB", "PTY"])
ARAFAT = A("Yasser Arafat", "PSE", ["GOV", "REB", "PTY"])
E("ao03", "Israeli jets bomb PLO headquarters near Tunis", ISRAF, PLO, ["19", "18"], "195", "1985-10-01", None, False,
  "headline")
E("ao03", "Israeli warplanes bombed the headquarters of the", ISRAF, PLO, ["19", "18"], "195", "1985-10-01",
  P("Hammam Chott", "TUN"), True, "air strike 195; 'a seaside suburb south of Tunis' is the place named in the "
  "clause; 'on Tuesday' before a Wednesday paper")
E("ao03", "he accused the United States of complicity", ARAFAT, A("United States", "USA", "GOV"), ["11"], "112",
  "1985-10", None, True, "accusation 112; 'he' = Arafat; 'among the ruins' names no place; no day: month")
E("ao03", "who were killed on Sept. 25 by", A("Palestinian gunmen", "PSE", ["REB", "RAD"]),
  A("Israeli civilians", "ISR", "CVL"), ATTACK, "180", "1985-09-25", P("Larnaca", "CYP"), True,
  "dated background killing in a relative clause, passive with its agent; the gunmen are Palestinian by the text; "
  "'the Cypriot port of Larnaca' names the place")
E("ao03", "Israeli officials blamed those killings on Force", A("Israeli officials", "ISR", "GOV"),
  A("Force 17", "PSE", ["REB", "RAD"]), ["11"], "112", "1985-10", None, True, "blame 112; month")
E("ao03", "no PLO base was beyond Israel's reach", A("Yitzhak Rabin", "ISR", "GOV"), PLO, ["13"], "138", "1985-10", None,
  False, "an implied threat of more strikes: coders split, optional")
E("ao03", "demanded an urgent meeting of the U.N.", A("Beji Caid Essebsi", "TUN", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "108", "1985-10", None, True,
  "demand for a council meeting 108 (10/02); month")
E("ao03", "what Tunisia called an act of state", A("Tunisia", "TUN", "GOV"), A("Israel", "ISR", "GOV"), ["11"], "111",
  "1985-10", None, False, "the denunciation inside a free relative: optional")
E("ao03", "President Ronald Reagan said nations had the", A("Ronald Reagan", "USA", "GOV"), A("Israel", "ISR", "GOV"),
  ["05"], "051", "1985-10", P("Washington", "USA"), False, "endorsement of the raid 051, a single outside reaction "
  "with an implied target: optional; 'In Washington' is where he spoke")
E("ao03", "suspended its talks with the Jewish state", A("Egypt", "EGY", "GOV"), A("Israel", "ISR", "GOV"), ["16"], "164",
  "1985-10", None, True, "halting negotiations 164; 'the Jewish state' = Israel; the relative 'at peace with Israel' is "
  "standing; month")
F("ao03", "The compound lies about 2,000 km (1,250", "distance, a standing fact")
F("ao03", "It was not clear how the planes", "speculation")

# ---------------------------------------------------------------- ao04 Amman, Middle East (Israel / Jordan / Hamas)
S("ao04", "1997-10-02", "Middle East", """
Israel frees Hamas founder Yassin after botched attempt on Mashal's life in Amman

AMMAN, Jordan —

Israel freed the founder of the militant Islamic group Hamas, Sheikh Ahmed Yassin, early on Wednesday and flew him to Jordan in a deal King Hussein demanded after Israeli agents tried to kill a Hamas leader in the Jordanian capital last week.

Two agents of the Mossad spy service, carrying Canadian passports, sprayed poison into the ear of Khaled Mashal, the head of Hamas's political bureau, as he walked into his office in Amman on Sept. 25.

Mashal's bodyguard chased the two men, and they were arrested by Jordanian police.

The Hamas official fell into a coma. King Hussein, who signed a peace treaty with Israel in 1994, told Prime Minister Benjamin Netanyahu that the treaty was at stake and demanded an antidote, Jordanian officials said.

Netanyahu sent the head of Mossad, Danny Yatom, to Amman with the drug, and Mashal is recovering in a military hospital.

Yassin, a frail quadriplegic whom an Israeli military court jailed for life in 1991 for ordering attacks on Israelis, was greeted at the hospital by the king.

Canada, whose passports the agents carried, recalled its ambassador to Israel.

Jordan is one of only two Arab states that have a peace treaty with the Jewish state. It was not clear whether Jordan would free the two agents.
""")
ISRG = A("Israel", "ISR", "GOV")
YASSIN = A("Ahmed Yassin", "PSE", ["REB", "RAD", "GOV"])
MASHAL = A("Khaled Mashal", "PSE", ["REB", "RAD", "GOV"])
MOSSAD = A("Mossad agents", "ISR", "SPY")
HUSSEIN = A("King Hussein", "JOR", "GOV")
E("ao04", "Israel frees Hamas founder Yassin after botched", ISRG, YASSIN, ["08"], "0841", "1997-10-01", None, False,
  "headline")
E("ao04", "Israel freed the founder of the militant", ISRG, YASSIN, ["08"], "0841", "1997-10-01", None, True,
  "release of a prisoner 0841; 'early on Wednesday' before a Thursday paper; Hamas PSE as news-dev, any of the "
  "listed sectors")
E("ao04", "in a deal King Hussein demanded after", HUSSEIN, ISRG, DEMAND, "100", "1997-09", None, False,
  "lead summary inside a relative without 'that': optional")
E("ao04", "after Israeli agents tried to kill a", MOSSAD, MASHAL, ATTACK, "186", "1997-09", P("Amman", "JOR"), False,
  "lead summary of the attack detailed next: optional; 'the Jordanian capital' = Amman; 'last week' = month")
E("ao04", "sprayed poison into the ear of Khaled", MOSSAD, MASHAL, ATTACK, "186", "1997-09-25", P("Amman", "JOR"), True,
  "attempted assassination 186 (18/19/20); 'in Amman on Sept. 25'; the Canadian passports are a participle, no event")
E("ao04", "they were arrested by Jordanian police", A("Jordanian police", "JOR", "COP"), MOSSAD, ["17"], "173", "1997-09",
  None, True, "arrest 173, a passive with its agent; 'they' = the two agents; no day: month; the chase is no event")
E("ao04", "who signed a peace treaty with Israel", HUSSEIN, ISRG, AGREE, "057", "1994", None, True,
  "dated background agreement (05/03/08) in a relative with its own agent; 'in 1994'")
E("ao04", "told Prime Minister Benjamin Netanyahu that the", HUSSEIN, A("Benjamin Netanyahu", "ISR", "GOV"), ["13"],
  "130", "1997-09", None, False, "an implied threat to the treaty: coders split, optional")
E("ao04", "demanded an antidote, Jordanian officials said", HUSSEIN, A("Benjamin Netanyahu", "ISR", "GOV"), DEMAND,
  "100", "1997-09", None, True, "demand 100 (10/02); no day: the attack's month (the Hamas official fell ill "
  "that week)")
E("ao04", "sent the head of Mossad, Danny Yatom,", A("Benjamin Netanyahu", "ISR", "GOV"), A("Jordan", "JOR", "GOV"),
  ["07"], "073", "1997-09", None, False, "delivering the antidote, coders split on aid 07: optional; Amman is a "
  "destination, not a place")
E("ao04", "whom an Israeli military court jailed for life", A("Israeli military court", "ISR", ["JUD", "MIL"]), YASSIN,
  ["17", "11"], "173", "1991", None, True, "dated background sentence (court verdicts 17/11, sentences 173) in a "
  "relative with its own agent; 'in 1991'")
E("ao04", "was greeted at the hospital by the", HUSSEIN, YASSIN, ["04"], "043", "1997-10-01", None, False,
  "meeting, a passive with its agent ('the king' = Hussein); the day of the release: optional")
E("ao04", "recalled its ambassador to Israel", A("Canada", "CAN", "GOV"), ISRG, ["16"], "161", "1997-10", None, True,
  "recalling one's own envoy 161 (news-dev); no day: month")
F("ao04", "Jordan is one of only two Arab", "standing situation")
F("ao04", "It was not clear whether Jordan would", "speculation")

# ---------------------------------------------------------------- ao05 Taipei, Asia (Taiwan / China)
S("ao05", "2004-03-22", "Asia", """
Taiwan's Lien refuses to concede, demands recount after Chen's narrow win

TAIPEI, Taiwan —

Taiwan's opposition leader, Lien Chan, refused late on Saturday to accept President Chen Shui-bian's re-election and demanded a recount, and thousands of his supporters rallied outside the Presidential Office in Taipei on Sunday for a second day.

The Central Election Commission said Chen had won by fewer than 30,000 votes out of nearly 13 million cast.

Chen and Vice President Annette Lu were slightly wounded on Friday, the eve of the vote, when an unidentified gunman fired on their open jeep as they campaigned in the southern city of Tainan.

Lien accused the government of exploiting the shooting, saying a security alert declared after it had kept tens of thousands of soldiers and police officers from voting.

His Nationalist Party asked the High Court on Sunday to order all ballot boxes sealed.

Chen told reporters on Sunday that he would accept a recount if the courts ordered one, and urged the opposition to take its complaints to the courts rather than the streets.

In Beijing, the Taiwan Affairs Office warned that China would not sit idly by if the turmoil on the island got out of control.

Police kept a close watch on the crowd in Taipei but did not move to break it up.

It was unclear whether a recount could be finished before Chen's inauguration on May 20.
""")
LIEN = A("Lien Chan", "TWN", ["OPP", "PTY"])
CHEN = A("Chen Shui-bian", "TWN", "GOV")
LIENS = A("Lien Chan's supporters", "TWN", ["CVL", "OPP"])
E("ao05", "Lien refuses to concede, demands recount after", LIEN, CHEN, ["12", "11"], "120", "2004-03-20", None, False,
  "headline")
E("ao05", "refused late on Saturday to accept President", LIEN, CHEN, ["12", "11"], "120", "2004-03-20", None, True,
  "refusing to accept the result 120 (12/11); 'late on Saturday' before a Monday paper")
E("ao05", "re-election and demanded a recount, and thousands", LIEN, A("Central Election Commission", "TWN", "GOV"),
  DEMAND, "100", "2004-03-20", None, False, "second verb of the compound predicate, restated by the headline: "
  "optional")
E("ao05", "supporters rallied outside the Presidential Office in", LIENS, CHEN, ["14"], "141", "2004-03-21",
  P("Taipei", "TWN"), True, "demonstration 141; 'in Taipei on Sunday'")
E("ao05", "when an unidentified gunman fired on their", A("unidentified gunman", None, None), CHEN, ATTACK, "180",
  "2004-03-19", P("Tainan", "TWN"), True, "dated background shooting in a 'when' clause with its own agent "
  "(news-dev: unnamed gunmen null/null); 'on Friday' before a Monday paper; 'the southern city of Tainan'")
E("ao05", "Chen and Vice President Annette Lu were", A("unidentified gunman", None, None),
  A("Annette Lu", "TWN", "GOV"), ATTACK, "180", "2004-03-19", P("Tainan", "TWN"), False,
  "second member, the vice president: optional")
E("ao05", "Lien accused the government of exploiting the", LIEN, A("Taiwan's government", "TWN", "GOV"), ["11"], "112",
  "2004-03", None, True, "accusation 112; no day: month; the security alert is a nominal without agent, not coded")
E("ao05", "asked the High Court on Sunday to", A("Nationalist Party", "TWN", ["PTY", "OPP"]),
  A("High Court", "TWN", "JUD"), ["11", "10"], "115", "2004-03-21", None, False,
  "legal action against the result 115; coders split (a petition to a court): optional")
E("ao05", "that he would accept a recount if", CHEN, LIEN, ["03", "08"], "035", "2004-03-21", None, True,
  "stated intent to yield 035 (coders may give 08); 'told reporters on Sunday'")
E("ao05", "urged the opposition to take its complaints", CHEN, LIEN, DEMAND, "020", "2004-03-21", None, False,
  "appeal, second verb: optional")
E("ao05", "the Taiwan Affairs Office warned that China", A("Taiwan Affairs Office", "CHN", "GOV"),
  A("Taiwan", "TWN", "GOV"), ["13"], "130", "2004-03", P("Beijing", "CHN"), False,
  "single outside reaction, a conditional threat: optional; 'In Beijing' is where the office spoke")
F("ao05", "The Central Election Commission said Chen had", "count")
F("ao05", "It was unclear whether a recount could", "speculation")

# ---------------------------------------------------------------- ao06 Narathiwat, Asia (Thailand)
S("ao06", "2004-10-27", "Asia", """
78 detainees die in Thai army trucks after troops break up southern protest

NARATHIWAT, Thailand —

Seventy-eight Muslim men arrested at a protest in southern Thailand suffocated or were crushed to death after soldiers stacked them face down in army trucks on Monday night for a five-hour drive to a military camp, officials said.

Troops fired tear gas, water cannon and then live rounds at a crowd of about 2,000 people outside the police station in Tak Bai district on Monday, killing six, and detained some 1,300 men.

The protesters had gathered to demand the release of six village defence volunteers accused of handing their government-issued shotguns to Islamic militants.

Prime Minister Thaksin Shinawatra said many of the dead had been weakened by fasting during the holy month of Ramadan, and defended the army's handling of the protest.

On Tuesday he ordered the Defence Ministry to set up an inquiry into the deaths.

In Kuala Lumpur, Malaysia's Islamic opposition party called the deaths a massacre.

Unrest in the three Muslim-majority provinces along the Malaysian border flared on Jan. 4, when militants raided an army depot in Narathiwat, killed four soldiers and made off with hundreds of rifles.

More than 400 people have died in the violence since then. It was unclear whether any officer would face charges over the deaths in the trucks.
""")
THAMIL = A("Thai troops", "THA", "MIL")
THAP = A("Tak Bai protesters", "THA", "CVL")
THAKSIN = A("Thaksin Shinawatra", "THA", "GOV")
E("ao06", "78 detainees die in Thai army trucks", THAMIL, THAP, ["18", "17"], "180", "2004-10-25", None, False,
  "headline")
E("ao06", "troops break up southern protest", THAMIL, THAP, REPR, "175", "2004-10-25", None, False,
  "headline, second event")
E("ao06", "after soldiers stacked them face down in", THAMIL, THAP, ["18", "17"], "180", "2004-10-25", None, True,
  "lethal treatment of detainees 180 (coders split with 17); 'on Monday night' before a Wednesday paper; "
  "'officials said' is attribution; the arrest in the participle is detailed in the next paragraph")
E("ao06", "Troops fired tear gas, water cannon and", THAMIL, THAP, REPR, "175", "2004-10-25", P("Tak Bai", "THA"), True,
  "force against protesters 175 (17/18); 'in Tak Bai district on Monday'")
E("ao06", "and detained some 1,300 men", THAMIL, THAP, ["17"], "173", "2004-10-25", P("Tak Bai", "THA"), True,
  "mass detention 173, second verb of the same sentence, its own event")
E("ao06", "The protesters had gathered to demand the", THAP, A("Thai police", "THA", "COP"), ["14", "10"], "141", "2004-10",
  None, True, "protest with a demand to release detainees (14/10); pluperfect with no day of its own: month")
E("ao06", "accused of handing their government-issued shotguns to", A("Thai police", "THA", "COP"),
  A("village defence volunteers", "THA", ["CVL", "GOV"]), ["11"], "112", None, None, False,
  "agentless undated accusation in a participle: optional")
E("ao06", "defended the army's handling of the protest", THAKSIN, THAMIL, ["05"], "051", "2004-10", None, False,
  "defending one's own army: coders split, optional")
E("ao06", "he ordered the Defence Ministry to set", THAKSIN, THAMIL, ["09"], "092", "2004-10-26", None, True,
  "an inquiry into abuses 092; 'On Tuesday' before a Wednesday paper; 'he' = Thaksin")
E("ao06", "Malaysia's Islamic opposition party called the deaths", A("Pan-Malaysian Islamic Party", "MYS",
  ["PTY", "OPP", "REL"]), A("Thailand", "THA", "GOV"), ["11"], "111", "2004-10", P("Kuala Lumpur", "MYS"), False,
  "single outside reaction: optional")
E("ao06", "when militants raided an army depot in", A("militants", None, ["REB", "RAD"]), A("Thai soldiers", "THA", "MIL"),
  ATTACK, "180", "2004-01-04", P("Narathiwat", "THA"), True, "dated background raid in a 'when' clause with its own "
  "agent; unnamed militants with no nationality in the text: country null; 'in Narathiwat'")
F("ao06", "More than 400 people have died in", "count")
F("ao06", "It was unclear whether any officer would", "speculation")

# ---------------------------------------------------------------- ao07 Yerevan, Europe/Eurasia (Armenia)
S("ao07", "1999-10-29", "Europe/Eurasia", """
Gunmen free hostages and surrender after killing Armenia's premier and speaker

YEREVAN, Armenia —

Five gunmen who killed Armenia's prime minister, the speaker of parliament and six other officials freed their last hostages and surrendered on Thursday after overnight talks with President Robert Kocharian.

The attackers, led by a former journalist, Nairi Hunanian, burst into the parliament chamber here during a debate on Wednesday afternoon and opened fire on the government benches, killing Prime Minister Vazgen Sarkisian and Speaker Karen Demirchian.

They then held dozens of deputies and officials hostage through the night.

Before giving up, Hunanian told reporters that the group had acted to punish leaders who were "drinking the nation's blood", and he denied that it wanted to seize power.

Kocharian, who went to the parliament building himself, promised the gunmen a fair trial and let Hunanian read a statement on state television.

The shooting came hours after U.S. Deputy Secretary of State Strobe Talbott met Kocharian in Yerevan to discuss the conflict with Azerbaijan over Nagorno-Karabakh.

Prosecutors said they had charged the five men with terrorism and murder. Kocharian declared three days of national mourning.

Sarkisian, 40, a former defence minister, had been prime minister only since June.

It was not clear whether the gunmen had acted alone.
""")
GUNM = A("Nairi Hunanian's gunmen", "ARM", ["RAD", "CVL"])
HUN = A("Nairi Hunanian", "ARM", ["RAD", "CVL"])
HOST = A("Armenian deputies and officials held hostage", "ARM", ["LEG", "GOV"])
KOCH = A("Robert Kocharian", "ARM", "GOV")
E("ao07", "Gunmen free hostages and surrender after killing", GUNM, HOST, ["08"], "0841", "1999-10-28", None, False,
  "headline")
E("ao07", "freed their last hostages and surrendered on", GUNM, HOST, ["08"], "0841", "1999-10-28", None, True,
  "release of hostages 0841; 'on Thursday' before a Friday paper covers both verbs")
E("ao07", "and surrendered on Thursday after overnight talks", GUNM, KOCH, ["08"], "0874", "1999-10-28", None, True,
  "surrender 0874, the second verb, its own event; to the president's authorities")
E("ao07", "Five gunmen who killed Armenia's prime minister,", GUNM, A("Vazgen Sarkisian", "ARM", "GOV"), ATTACK, "186",
  "1999-10-27", None, False, "lead summary in a relative, detailed in the next paragraph: optional")
E("ao07", "after overnight talks with President Robert Kocharian", KOCH, GUNM, ["04"], "046", "1999-10", None, False,
  "negotiation as a nominal: optional")
E("ao07", "opened fire on the government benches, killing", HUN, A("Vazgen Sarkisian", "ARM", "GOV"), ATTACK, "186",
  "1999-10-27", P("Yerevan", "ARM"), True, "assassination 186; 'here' with the dateline = Yerevan; 'on Wednesday "
  "afternoon' before a Friday paper; first member of the compound object")
E("ao07", "Prime Minister Vazgen Sarkisian and Speaker Karen", HUN, A("Karen Demirchian", "ARM", ["LEG", "GOV"]), ATTACK,
  "186", "1999-10-27", P("Yerevan", "ARM"), False, "second member: optional")
E("ao07", "They then held dozens of deputies and", GUNM, HOST, ["18"], "181", "1999-10-27", None, True,
  "hostage-taking 181; 'They' = the attackers; 'then ... through the night' follows Wednesday afternoon")
E("ao07", "the group had acted to punish leaders", HUN, A("Armenia's government", "ARM", "GOV"), ["11"], "112",
  "1999-10-28", None, True, "accusation 112 ('drinking the nation's blood'); 'Before giving up' = Thursday")
E("ao07", "he denied that it wanted to seize", HUN, A("Armenia's government", "ARM", "GOV"), DENY, "016", "1999-10-28",
  None, False, "a denial with no accuser named: optional")
E("ao07", "promised the gunmen a fair trial and", KOCH, GUNM, ["03"], "030", "1999-10", None, False,
  "a promise in a sentence whose relative is standing: optional")
E("ao07", "Strobe Talbott met Kocharian in Yerevan to", A("Strobe Talbott", "USA", "GOV"), KOCH, ["04"], "043",
  "1999-10-27", P("Yerevan", "ARM"), True, "dated background meeting in an 'hours after' clause with its own agent; "
  "'in Yerevan' names the place")
E("ao07", "Strobe Talbott met Kocharian in Yerevan to", KOCH, A("Strobe Talbott", "USA", "GOV"), ["04"], "043",
  "1999-10-27", P("Yerevan", "ARM"), False, "reverse direction: optional")
E("ao07", "Prosecutors said they had charged the five", A("Armenian prosecutors", "ARM", ["JUD", "GOV"]), GUNM,
  ["17", "11"], "173", "1999-10", None, True, "charging 173 (17/11); no day: month")
F("ao07", "a former defence minister, had been prime", "standing situation")
F("ao07", "It was not clear whether the gunmen", "speculation")

# ---------------------------------------------------------------- ao08 London, Europe/Eurasia (Britain / IRA / Ireland)
S("ao08", "1996-02-10", "Europe/Eurasia", """
IRA ends ceasefire with London bomb that kills two

LONDON, United Kingdom —

A huge bomb planted by the Irish Republican Army tore through an office district in London's Docklands on Friday evening, killing two people and wounding more than 100, about an hour after the guerrilla group announced that its 17-month ceasefire was over.

Police said they had received coded warnings about 90 minutes before the blast and were still clearing the area when it went off.

Prime Minister John Major and his Irish counterpart, John Bruton, condemned the bombing as an outrage against the people of both islands.

The British and Irish governments suspended ministerial meetings with Sinn Fein, the IRA's political wing, on Saturday.

Sinn Fein leader Gerry Adams said he was saddened by the deaths but blamed the British government, which he accused of stalling for 17 months on all-party peace talks.

The IRA, which is fighting to end British rule in Northern Ireland, declared the ceasefire on Aug. 31, 1994, opening the way to exploratory talks between British officials and Sinn Fein.

U.S. President Bill Clinton, who visited Belfast in November, called the attack a terrible setback.

The area around the blast is one of Europe's largest office developments. It was unclear whether the bombing marked a return to a full campaign in Northern Ireland.
""")
IRA = A("Irish Republican Army", "GBR", ["REB", "RAD"])
GBRG = A("British government", "GBR", "GOV")
SF = A("Sinn Fein", "GBR", ["PTY", "OPP"])
E("ao08", "IRA ends ceasefire with London bomb that", IRA, GBRG, ["13", "12"], "138", "1996-02-09", None, False,
  "headline")
E("ao08", "London bomb that kills two", IRA, A("British civilians", "GBR", "CVL"), ATTACK, "183", "1996-02-09",
  P("London", "GBR"), False, "headline, second event")
E("ao08", "A huge bomb planted by the Irish", IRA, A("British civilians", "GBR", "CVL"), ATTACK, "183", "1996-02-09",
  P("London", "GBR"), True, "bombing 183, the agent in a participle ('planted by'); 'in London's Docklands on Friday "
  "evening'; the IRA fights in Northern Ireland, part of Britain (the text says so): GBR, though coders reading "
  "'Irish' may give IRL")
E("ao08", "the guerrilla group announced that its 17-month", IRA, GBRG, ["13", "12"], "138", "1996-02-09", None, True,
  "dated background in an 'after' clause with its own agent: ending a ceasefire, a threat of force 138 (coders "
  "split with 12); 'the guerrilla group' = the IRA")
E("ao08", "Prime Minister John Major and his Irish", A("John Major", "GBR", "GOV"), IRA, ["11"], "111", "1996-02", None,
  True, "condemnation 111; compound subject, first member required; no day: month")
E("ao08", "his Irish counterpart, John Bruton, condemned the", A("John Bruton", "IRL", "GOV"), IRA, ["11"], "111",
  "1996-02", None, False, "second member of the compound subject: optional")
E("ao08", "The British and Irish governments suspended ministerial", GBRG, SF, ["16"], "164", "1996-02-10", None, True,
  "halting contacts 164 (16); 'on Saturday' in a Saturday paper; compound subject, first member required")
E("ao08", "The British and Irish governments suspended ministerial", A("Irish government", "IRL", "GOV"), SF, ["16"],
  "164", "1996-02-10", None, False, "second member: optional")
E("ao08", "but blamed the British government, which he", A("Gerry Adams", "GBR", ["PTY", "OPP"]), GBRG, ["11"], "112",
  "1996-02", None, True, "blame 112; the relative 'which he accused of stalling' restates it; month")
E("ao08", "declared the ceasefire on Aug. 31, 1994,", IRA, GBRG, ["08"], "0871", "1994-08-31", None, True,
  "dated background ceasefire 0871; 'which is fighting' is standing; the exploratory talks are a nominal")
E("ao08", "who visited Belfast in November, called the", A("Bill Clinton", "USA", "GOV"), A("United Kingdom", "GBR", "GOV"),
  ["04"], "042", "1995-11", P("Belfast", "GBR"), True, "dated background visit in a relative with its own agent; "
  "'in November' before a February paper = 1995-11; 'Belfast' names the place")
E("ao08", "called the attack a terrible setback", A("Bill Clinton", "USA", "GOV"), IRA, ["11"], "111", "1996-02", None,
  False, "single outside reaction: optional")
F("ao08", "The area around the blast is one", "standing fact")
F("ao08", "It was unclear whether the bombing marked", "speculation")

# ---------------------------------------------------------------- ao09 Asuncion, Americas (Paraguay)
S("ao09", "1989-02-04", "Americas", """
Paraguay's Stroessner ousted in coup led by his top general

ASUNCION, Paraguay —

General Andres Rodriguez, the second most powerful man in Paraguay's armed forces, overthrew President Alfredo Stroessner early on Friday after a night of heavy fighting in the capital, ending nearly 35 years of one-man rule.

Tanks loyal to Rodriguez shelled the headquarters of the presidential escort regiment in central Asuncion during the night, and its troops gave up after several hours.

Stroessner, 76, surrendered at dawn and was taken to the headquarters of the First Army Corps, which Rodriguez commands, the general said in a radio address.

In the broadcast, Rodriguez said he had acted to defend democracy and human rights and promised free elections.

The general, whose daughter is married to one of Stroessner's sons, was sworn in as provisional president on Friday afternoon.

Stroessner seized power in May 1954, when the army he then commanded toppled President Federico Chaves.

Brazil said it would grant the deposed leader asylum if he asked for it. The U.S. State Department welcomed the promise of elections.

Hospital workers said dozens of soldiers had been killed. It was not clear how many civilians had died in the fighting.
""")
RODR = A("Andres Rodriguez", "PRY", "MIL")
STRO = A("Alfredo Stroessner", "PRY", "GOV")
E("ao09", "Paraguay's Stroessner ousted in coup led by", RODR, STRO, COUP, "170", "1989-02-03", None, False, "headline")
E("ao09", "overthrew President Alfredo Stroessner early on Friday", RODR, STRO, COUP, "170", "1989-02-03",
  P("Asuncion", "PRY"), True, "coup 17/19; 'early on Friday' before a Saturday paper; 'in the capital' (Asuncion by "
  "the dateline) is where the night's fighting and the overthrow happened")
E("ao09", "Tanks loyal to Rodriguez shelled the headquarters", A("troops loyal to Andres Rodriguez", "PRY", "MIL"),
  A("presidential escort regiment", "PRY", "MIL"), ["19", "18"], "194", "1989-02", P("Asuncion", "PRY"), True,
  "shelling with tanks 194; 'in central Asuncion'; 'during the night' spans Thursday and Friday: month")
E("ao09", "and its troops gave up after several", A("presidential escort regiment", "PRY", "MIL"),
  A("troops loyal to Andres Rodriguez", "PRY", "MIL"), ["08"], "0874", "1989-02", None, False,
  "surrender of the regiment, second clause: optional")
E("ao09", "Stroessner, 76, surrendered at dawn and was", STRO, RODR, ["08"], "0874", "1989-02-03", None, True,
  "surrender 0874; 'at dawn' of Friday (the lead); 'the general said' is attribution")
E("ao09", "was taken to the headquarters of the", RODR, STRO, ["17"], "173", "1989-02-03", None, False,
  "agentless detention: optional")
E("ao09", "Rodriguez said he had acted to defend", RODR, A("Paraguayans", "PRY", "CVL"), ["03"], "034", "1989-02", None,
  True, "promise of political reform 034 ('promised free elections'); 'the broadcast' has no day of its own: month")
E("ao09", "when the army he then commanded toppled", STRO, A("Federico Chaves", "PRY", "GOV"), COUP, "170", "1954-05",
  None, True, "dated background coup (17/19) in a 'when' clause; 'the army he then commanded' is Stroessner's: he "
  "is the source (the army, PRY/MIL, also right by country)")
E("ao09", "Brazil said it would grant the deposed", A("Brazil", "BRA", "GOV"), STRO, ["03", "07"], "033", "1989-02",
  None, False, "conditional offer of asylum: optional")
E("ao09", "The U.S. State Department welcomed the promise", A("U.S. State Department", "USA", "GOV"), RODR, ["05"],
  "051", "1989-02", None, False, "single outside reaction: optional")
F("ao09", "Hospital workers said dozens of soldiers had", "count")
F("ao09", "It was not clear how many civilians", "speculation")

# ---------------------------------------------------------------- ao10 Port-au-Prince, Americas (Haiti / U.S. / U.N.)
S("ao10", "1993-10-14", "Americas", """
U.N. reimposes oil embargo on Haiti after armed mob turns back U.S. troop ship

PORT-AU-PRINCE, Haiti —

The U.N. Security Council voted on Wednesday to reimpose an oil and arms embargo on Haiti, two days after armed supporters of the military kept American and Canadian troops from landing under a plan to restore ousted President Jean-Bertrand Aristide.

About 100 armed men, many of them members of a pro-army militia, gathered on the waterfront here on Monday as the USS Harlan County approached, chanting anti-American slogans and beating on the cars of U.S. diplomats.

The ship, carrying about 200 American and 25 Canadian engineers and trainers, could not dock.

President Bill Clinton ordered the ship to withdraw on Tuesday. He accused Haiti's military leaders of breaking the agreement that Lieutenant General Raoul Cedras, the army commander, signed with Aristide in New York in July.

Under the accord, Cedras was to step down by Oct. 15 and Aristide was to return on Oct. 30.

Aristide, whom the army overthrew in September 1991, urged the United Nations in a speech in Washington to impose a full naval blockade.

Clinton said U.S. warships would help enforce the embargo once it takes effect on Monday.

Police chief Michel Francois, seen as the real power behind the militia, said he could not guarantee the safety of foreign troops.
""")
UNSC = A("U.N. Security Council", "UNO", "IGO")
HTIMIL = A("Haiti's military rulers", "HTI", ["MIL", "GOV"])
HTIMOB = A("armed pro-army militia", "HTI", ["CVL", "RAD", "MIL"])
CLINTON = A("Bill Clinton", "USA", "GOV")
ARIS = A("Jean-Bertrand Aristide", "HTI", "GOV")
CEDRAS = A("Raoul Cedras", "HTI", "MIL")
E("ao10", "U.N. reimposes oil embargo on Haiti after", UNSC, HTIMIL, SANCT, "163", "1993-10-13", None, False, "headline")
E("ao10", "armed mob turns back U.S. troop ship", HTIMOB, A("United States", "USA", "GOV"), VPROT, "145", "1993-10-11",
  None, False, "headline, second event")
E("ao10", "voted on Wednesday to reimpose an oil", UNSC, HTIMIL, SANCT, "163", "1993-10-13", None, True,
  "embargo 163 (16/17); 'on Wednesday' before a Thursday paper; the target 'Haiti' is its military rulers: HTI")
E("ao10", "armed supporters of the military kept American", HTIMOB, A("United States", "USA", "GOV"), VPROT, "145",
  "1993-10-11", None, False, "lead summary ('two days after') of the dockside protest detailed next: optional")
E("ao10", "gathered on the waterfront here on Monday", HTIMOB, A("U.S. diplomats", "USA", "GOV"), VPROT, "145",
  "1993-10-11", P("Port-au-Prince", "HTI"), True, "violent protest 145 (14/18/17): chanting and beating on "
  "diplomats' cars; 'here' with the dateline = Port-au-Prince; 'on Monday' before a Thursday paper")
E("ao10", "President Bill Clinton ordered the ship to", CLINTON, HTIMIL, ["08"], "0874", "1993-10-12", None, True,
  "military pull-back 0874; 'on Tuesday'")
E("ao10", "He accused Haiti's military leaders of breaking", CLINTON, HTIMIL, ["11"], "112", "1993-10", None, True,
  "accusation 112; 'He' = Clinton; its own sentence with no day: month")
E("ao10", "signed with Aristide in New York in", CEDRAS, ARIS, AGREE, "057", "1993-07", P("New York", "USA"), True,
  "dated background agreement (05/03/08) in a relative with its own agent; 'in New York in July'; first-mentioned "
  "Cedras as source")
E("ao10", "signed with Aristide in New York in", ARIS, CEDRAS, AGREE, "057", "1993-07", P("New York", "USA"), False,
  "reverse direction: optional")
E("ao10", "whom the army overthrew in September 1991", A("Haitian army", "HTI", "MIL"), ARIS, COUP, "170", "1991-09",
  None, True, "dated background coup (17/19) in a relative with its own agent")
E("ao10", "urged the United Nations in a speech", ARIS, A("United Nations", "UNO", "IGO"), DEMAND, "100", "1993-10",
  P("Washington", "USA"), True, "demand for tougher sanctions 100 (10/02); 'in a speech in Washington' names where "
  "he spoke; no day: month")
E("ao10", "Clinton said U.S. warships would help enforce", CLINTON, HTIMIL, ["13", "16"], "1312", "1993-10", None, False,
  "stated intention to enforce sanctions, a threat: optional")
E("ao10", "said he could not guarantee the safety", A("Michel Francois", "HTI", "COP"), A("United States", "USA", "GOV"),
  ["13"], "130", "1993-10", None, False, "an implied threat to the foreign troops: coders split, optional")
F("ao10", "The ship, carrying about 200 American and", "count and a negated outcome")
F("ao10", "Under the accord, Cedras was to step", "terms of an accord, no act")

# ---------------------------------------------------------------- ao11 Kathmandu, South Asia (Nepal)
S("ao11", "1990-04-09", "South Asia", """
Nepal's king lifts 30-year ban on political parties after deadly protests

KATHMANDU, Nepal —

King Birendra lifted the ban on political parties late on Sunday, bowing to seven weeks of pro-democracy protests in which scores of people have been killed.

The announcement, read on state radio shortly before midnight, came after the king met opposition leaders Krishna Prasad Bhattarai of the Nepali Congress party and Sahana Pradhan of the United Left Front at the royal palace.

The opposition called off its campaign of strikes and demonstrations early on Monday, and thousands of people danced in the streets of the capital.

On Friday, police and soldiers opened fire on tens of thousands of people marching on the palace in Kathmandu, killing at least 50, according to human rights groups; the government put the toll at 10.

The authorities imposed a curfew on the capital after the shooting.

The ban dated from 1960, when Birendra's father, King Mahendra, dismissed the elected government of Prime Minister Bishweshwar Prasad Koirala and jailed him.

Bhattarai told reporters the movement had won its main goal but would press for a new constitution that leaves the king a ceremonial role.

Nepal, the world's only Hindu kingdom, has about 19 million people. It was not clear whether the king would keep his powers over the army.
""")
BIRENDRA = A("King Birendra", "NPL", "GOV")
NPLOPP = A("Nepal's opposition parties", "NPL", ["OPP", "PTY"])
NPLCOP = A("Nepalese police", "NPL", "COP")
NPLP = A("Nepalese protesters", "NPL", ["CVL", "OPP"])
E("ao11", "Nepal's king lifts 30-year ban on political", BIRENDRA, NPLOPP, ["08"], "0812", "1990-04-08", None, False,
  "headline")
E("ao11", "King Birendra lifted the ban on political", BIRENDRA, NPLOPP, ["08"], "0812", "1990-04-08", None, True,
  "easing a ban on parties 0812; 'late on Sunday' before a Monday paper")
E("ao11", "came after the king met opposition leaders", BIRENDRA, A("Krishna Prasad Bhattarai", "NPL", ["OPP", "PTY"]),
  ["04"], "043", "1990-04-08", None, True, "meeting 043 in an 'after' clause with its own agent, the night of the "
  "announcement; 'the royal palace' names no city; compound object, first member required")
E("ao11", "Sahana Pradhan of the United Left Front", BIRENDRA, A("Sahana Pradhan", "NPL", ["OPP", "PTY"]), ["04"], "043",
  "1990-04-08", None, False, "second member of the compound object: optional")
E("ao11", "The opposition called off its campaign of", NPLOPP, BIRENDRA, ["08"], "082", "1990-04-09", None, True,
  "ending protests 082 (ease dissent); 'early on Monday' in a Monday paper; the dancing is no event")
E("ao11", "police and soldiers opened fire on tens", NPLCOP, NPLP, REPR, "175", "1990-04-06", P("Kathmandu", "NPL"), True,
  "live fire on marchers 175 (17/18); 'On Friday' before a Monday paper; 'in Kathmandu'; unnamed police are Nepal's; "
  "compound subject, first member required; the tolls are disputed, the shooting is not")
E("ao11", "police and soldiers opened fire on tens", A("Nepalese soldiers", "NPL", "MIL"), NPLP, REPR, "175", "1990-04-06",
  P("Kathmandu", "NPL"), False, "second member: optional")
E("ao11", "The authorities imposed a curfew on the", A("Nepal's government", "NPL", "GOV"),
  A("Kathmandu residents", "NPL", "CVL"), ["17"], "1723", "1990-04", P("Kathmandu", "NPL"), True,
  "curfew 1723; 'the capital' = Kathmandu; 'after the shooting' gives no day: month")
E("ao11", "when Birendra's father, King Mahendra, dismissed the", A("King Mahendra", "NPL", "GOV"),
  A("Bishweshwar Prasad Koirala", "NPL", ["GOV", "PTY"]), COUP, "170", "1960", None, True,
  "dated background royal takeover (17/19) in a 'when' clause with its own agent; '1960'")
E("ao11", "Prime Minister Bishweshwar Prasad Koirala and jailed him", A("King Mahendra", "NPL", "GOV"),
  A("Bishweshwar Prasad Koirala", "NPL", ["GOV", "PTY"]), ["17"], "173", "1960", None, False,
  "second verb, the jailing: optional")
E("ao11", "The ban dated from 1960, when Birendra's", A("King Mahendra", "NPL", "GOV"), NPLOPP, ["17"], "1722", "1960",
  None, False, "the ban as a nominal with a date and no agent in its clause: optional")
E("ao11", "but would press for a new constitution", NPLOPP, BIRENDRA, DEMAND, "104", "1990-04", None, False,
  "an intention to press for reform: optional")
F("ao11", "Nepal, the world's only Hindu kingdom, has", "standing situation and count")
F("ao11", "It was not clear whether the king", "speculation")

# ---------------------------------------------------------------- ao12 Noumea, Pacific (New Caledonia / France)
S("ao12", "1989-05-05", "Pacific", """
Kanak leader Tjibaou shot dead on Ouvea by militant opposed to peace accords

NOUMEA, New Caledonia —

Jean-Marie Tjibaou, the leader of New Caledonia's independence movement, and his deputy, Yeiwene Yeiwene, were shot dead on Thursday by a Kanak militant who opposed the peace accords they had signed with France, officials said.

The gunman, Djubelly Wea, opened fire at a ceremony on the island of Ouvea marking the end of mourning for 19 Kanak militants killed when French troops stormed a cave there last May.

Wea was shot dead moments later by one of Tjibaou's bodyguards, police said.

Prime Minister Michel Rocard and the anti-independence leader Jacques Lafleur condemned the killings, and Rocard promised that the accords would be carried out.

Tjibaou signed the accords with Lafleur and Rocard in Paris in June last year, ending four years of violence between Kanaks and European settlers.

Wea had accused Tjibaou of selling out the Kanak cause by agreeing to wait ten years for a vote on independence.

Overseas Territories Minister Louis Le Pensec was due to fly to Noumea on Friday for the funeral arrangements.

The accords divide the territory's 145,000 people among three provinces and set a referendum for 1998.

It was not clear who would succeed Tjibaou at the head of the Kanak Socialist National Liberation Front.
""")
WEA = A("Djubelly Wea", "NCL", ["RAD", "OPP"])
TJIB = A("Jean-Marie Tjibaou", "NCL", ["OPP", "PTY"])
LAFLEUR = A("Jacques Lafleur", "NCL", ["PTY", "LEG"])
ROCARD = A("Michel Rocard", "FRA", "GOV")
E("ao12", "Kanak leader Tjibaou shot dead on Ouvea", WEA, TJIB, ATTACK, "186", "1989-05-04", P("Ouvea", "NCL"), False,
  "headline")
E("ao12", "were shot dead on Thursday by a", WEA, TJIB, ATTACK, "186", "1989-05-04", None, True,
  "assassination 186, a passive with its agent; 'on Thursday' before a Friday paper; the sentence names no place; "
  "New Caledonia's own actors NCL (coders may give FRA, the sovereign); first member of the compound subject")
E("ao12", "and his deputy, Yeiwene Yeiwene, were shot", WEA, A("Yeiwene Yeiwene", "NCL", ["OPP", "PTY"]), ATTACK, "186",
  "1989-05-04", None, False, "second member: optional")
E("ao12", "who opposed the peace accords they had", WEA, TJIB, ["12"], "120", None, None, False,
  "standing opposition in a relative: optional")
E("ao12", "The gunman, Djubelly Wea, opened fire at", WEA, TJIB, ATTACK, "186", "1989-05-04", P("Ouvea", "NCL"), False,
  "restatement of the killing with its place ('the island of Ouvea'): optional")
E("ao12", "killed when French troops stormed a cave", A("French troops", "FRA", "MIL"),
  A("Kanak militants", "NCL", ["REB", "RAD"]), ["19", "18"], "190", "1988-05", P("Ouvea", "NCL"), True,
  "dated background assault in a 'when' clause with its own agent; 'there' = Ouvea; 'last May' = 1988-05 "
  "(owned24 i12 has the assault itself)")
E("ao12", "Wea was shot dead moments later by", A("Tjibaou's bodyguard", "NCL", ["OPP", "CVL"]), WEA, ATTACK, "180",
  "1989-05-04", None, True, "killing of the gunman 180, a passive with its agent; 'moments later'")
E("ao12", "Prime Minister Michel Rocard and the anti-independence", ROCARD, WEA, ["11"], "111", "1989-05", None, True,
  "condemnation 111, target the killer; compound subject, first member required; no day: month")
E("ao12", "the anti-independence leader Jacques Lafleur condemned the", LAFLEUR, WEA, ["11"], "111", "1989-05", None,
  False, "second member: optional")
E("ao12", "Tjibaou signed the accords with Lafleur and", TJIB, LAFLEUR, AGREE, "057", "1988-06", P("Paris", "FRA"), True,
  "dated background agreement (05/03/08); 'in Paris in June last year'; compound object, first member required")
E("ao12", "Tjibaou signed the accords with Lafleur and", TJIB, ROCARD, AGREE, "057", "1988-06", P("Paris", "FRA"), False,
  "second member: optional")
E("ao12", "Tjibaou signed the accords with Lafleur and", LAFLEUR, TJIB, AGREE, "057", "1988-06", P("Paris", "FRA"), False,
  "reverse direction: optional")
E("ao12", "Wea had accused Tjibaou of selling out", WEA, TJIB, ["11"], "112", None, None, False,
  "undated pluperfect accusation with no date support: optional")
F("ao12", "The accords divide the territory's 145,000 people", "terms and counts, no act")
F("ao12", "It was not clear who would succeed", "speculation")

if __name__ == "__main__":
    write(HERE)
