#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned37 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned37/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ADVANCE = ["19", "15"]
VERDICT = ["17", "11"]
OVERTURN = ["17", "12", "11"]
YIELD = ["08", "05"]
CAPTURE = ["17", "19"]

# ---------------------------------------------------------------- al01 Tripoli, Africa (Libya)
S("al01", "2019-04-05", "Africa", """
Haftar orders his forces to march on Tripoli as U.N. chief visits the capital

TRIPOLI, Libya —

Eastern commander Khalifa Haftar ordered his self-styled Libyan National Army to advance on Tripoli on Thursday, a move that threatened to plunge the country back into full-scale war while U.N. Secretary-General Antonio Guterres was visiting the city.

His troops seized the town of Gharyan, about 80 km south of the capital, and pushed on toward its outskirts, local officials said.

Prime Minister Fayez al-Sarraj, who heads the U.N.-backed Government of National Accord, ordered forces loyal to him to prepare to repel the attack. Armed groups from the coastal city of Misrata sent reinforcements toward Tripoli late on Thursday.

On Friday, fighters from Zawiya, a town west of the capital, captured dozens of Haftar's men and seized their vehicles at a checkpoint.

Guterres, who had met Sarraj in Tripoli on Wednesday, flew to Benghazi on Friday and held talks with Haftar. He later said he was leaving Libya with a heavy heart and deep concern.

The United States, Britain, France, Italy and the United Arab Emirates urged all sides in a joint statement to de-escalate at once, saying there was no military solution to the conflict.

Haftar's forces would not stop until terrorism was defeated, his spokesman Ahmed al-Mismari told reporters.

Libya has had two rival governments since 2014. Whether a national conference the United Nations planned for mid-April could still take place was unclear.
""")
HAFTAR = A("Khalifa Haftar", "LBY", ["MIL", "REB"])
LNA = A("Libyan National Army", "LBY", ["MIL", "REB"])
GNA = A("Government of National Accord", "LBY", "GOV")
SARRAJ = A("Fayez al-Sarraj", "LBY", "GOV")
GUT = A("Antonio Guterres", "UNO", "IGO")
E("al01", "Haftar orders his forces to march on", HAFTAR, GNA, ADVANCE, "190", "2019-04-04", None, False, "headline")
E("al01", "ordered his self-styled Libyan National Army to", HAFTAR, GNA, ADVANCE, "190", "2019-04-04", None, True,
  "an ordered offensive on the seat of the rival government: military force 190, tolerant 19/15 where coders read "
  "it as a mobilisation; Thursday in a Friday paper; 'on Tripoli' is the destination, not a place")
E("al01", "His troops seized the town of Gharyan", LNA, GNA, ["19"], "192", "2019-04", P("Gharyan", "LBY"), True,
  "occupying a town 192; 'His troops' = Haftar's LNA; the clause names Gharyan; no day of its own: month; local "
  "officials' account is attribution, undisputed")
E("al01", "ordered forces loyal to him to prepare", SARRAJ, LNA, ["15", "19"], "150", "2019-04", None, True,
  "putting forces on alert against the attack 150; no day of its own: month")
E("al01", "Armed groups from the coastal city of", A("Misrata armed groups", "LBY", ["UAF", "MIL"]), LNA, ["15"], "150",
  "2019-04-04", None, False, "sending reinforcements, target implicit: optional; 'late on Thursday'")
E("al01", "captured dozens of Haftar's men and seized", A("Zawiya fighters", "LBY", ["UAF", "MIL"]), LNA, CAPTURE, "173",
  "2019-04-05", None, True, "capture of enemy fighters 173, tolerant 17/19; 'a checkpoint' names no place; Zawiya is "
  "where the fighters come from, not where the capture was")
E("al01", "who had met Sarraj in Tripoli on", GUT, SARRAJ, ["04"], "040", "2019-04-03", P("Tripoli", "LBY"), True,
  "dated background meeting in a relative clause with its own agent; the clause names Tripoli; Wednesday")
E("al01", "flew to Benghazi on Friday and held", GUT, HAFTAR, ["04"], "042", "2019-04-05", P("Benghazi", "LBY"), True,
  "visit and talks 042/040; Friday; Benghazi named in the clause")
E("al01", "urged all sides in a joint statement", A("United States", "USA", "GOV"), A("Libya", "LBY", None), DEMAND,
  "0256", "2019-04", None, True, "appeal for de-escalation 0256; compound subject, first member required; 'all "
  "sides' = Libya's parties, sector null; no day: month")
E("al01", "urged all sides in a joint statement", A("Britain", "GBR", "GOV"), A("Libya", "LBY", None), DEMAND,
  "0256", "2019-04", None, False, "second member of the compound subject: optional")
E("al01", "would not stop until terrorism was defeated", A("Ahmed al-Mismari", "LBY", ["MIL", "REB"]), GNA,
  ["13", "12"], "138", "2019-04", None, False, "vow to fight on put as an intention: optional")
F("al01", "Libya has had two rival governments since", "standing situation")
F("al01", "Whether a national conference the United Nations", "speculation; a planned conference")

# ---------------------------------------------------------------- al02 Jerusalem, Middle East (Iran / Israel)
S("al02", "2024-04-14", "Middle East", """
Iran fires drones and missiles at Israel in first direct attack; most are shot down

JERUSALEM, Israel —

Iran launched more than 300 drones and missiles at Israel overnight into Sunday, its first direct military attack on Israeli territory, and Israel said nearly all of them were intercepted with help from the United States and other allies.

A seven-year-old Bedouin girl was badly hurt by shrapnel in the Negev desert, and an air base in the south suffered light damage, the military said.

Tehran described the barrage as punishment for an April 1 air strike on its consulate in Damascus that killed seven members of the Revolutionary Guards, two generals among them. Israel, which has not confirmed carrying out that strike, is widely believed to have been behind it.

Iran's mission to the United Nations said the matter could be deemed concluded, but warned that Israel would face a far more severe response if it hit back.

U.S. President Joe Biden spoke with Prime Minister Benjamin Netanyahu and told him that Washington would not join any Israeli counterattack, a U.S. official said. Biden also condemned the assault in a statement.

Jordan said its air force had downed objects that crossed its airspace.

Benny Gantz, a member of the war cabinet, said Israel would exact a price from Iran at a time of its choosing.

Israel's envoy Gilad Erdan asked for an urgent session of the U.N. Security Council.

Iran and Israel have fought a shadow war for years. It was not clear whether Israel would strike back within days.
""")
IRN = A("Iran", "IRN", ["GOV", "MIL"])
ISR = A("Israel", "ISR", ["GOV", "MIL"])
E("al02", "Iran fires drones and missiles at Israel", IRN, ISR, ["19"], "195", "2024-04", None, False, "headline")
E("al02", "Iran launched more than 300 drones and missiles", IRN, ISR, ["19"], "195", "2024-04", None, True,
  "aerial attack 195; 'overnight into Sunday' spans Saturday night and Sunday: month; 'Israeli territory' is an area, "
  "not a place")
E("al02", "Israel said nearly all of them were", ISR, IRN, ["19"], "190", "2024-04", None, False,
  "interception, defensive, agentless passive: optional")
E("al02", "A seven-year-old Bedouin girl was badly hurt", IRN, A("Israeli civilians", "ISR", "CVL"), ["19"], "195",
  "2024-04", None, False, "injury from the barrage, agentless passive, part of the attack coded above: optional")
E("al02", "Tehran described the barrage as punishment for", IRN, ISR, ["11"], "112", "2024-04", None, False,
  "blame inside a justification: optional; 'Tehran' = Iran")
E("al02", "air strike on its consulate in Damascus", ISR, IRN, ["19"], "195", "2024-04-01", P("Damascus", "SYR"), False,
  "dated background strike, but its agent is only 'widely believed' and unconfirmed: alleged, optional")
E("al02", "warned that Israel would face a far", A("Iran's mission to the United Nations", "IRN", "GOV"), ISR, ["13"],
  "138", "2024-04", None, True, "threat of a more severe military response 138; no day: month")
E("al02", "Biden spoke with Prime Minister Benjamin Netanyahu", A("Joe Biden", "USA", "GOV"),
  A("Benjamin Netanyahu", "ISR", "GOV"), ["04"], "040", "2024-04", None, True,
  "call between leaders; first-mentioned direction required; no day: month")
E("al02", "Biden spoke with Prime Minister Benjamin Netanyahu", A("Benjamin Netanyahu", "ISR", "GOV"),
  A("Joe Biden", "USA", "GOV"), ["04"], "040", "2024-04", None, False, "reverse direction of a joint event: optional")
E("al02", "Washington would not join any Israeli counterattack", A("Joe Biden", "USA", "GOV"),
  A("Benjamin Netanyahu", "ISR", "GOV"), ["12"], "120", "2024-04", None, False,
  "a refusal put as an intention, reported by an unnamed official: optional")
E("al02", "Biden also condemned the assault in a", A("Joe Biden", "USA", "GOV"), IRN, ["11"], "111", "2024-04", None,
  True, "condemnation 111; target Iran, whose assault it is; no day: month")
E("al02", "Jordan said its air force had downed", A("Jordan", "JOR", ["GOV", "MIL"]), IRN, ["19"], "190", "2024-04",
  None, False, "interception of objects whose owner the clause does not name: optional")
E("al02", "said Israel would exact a price from", A("Benny Gantz", "ISR", "GOV"), IRN, ["13"], "138", "2024-04", None,
  True, "threat of retaliation 138; no day: month")
E("al02", "asked for an urgent session of the", A("Gilad Erdan", "ISR", "GOV"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "2024-04", None, True, "request for a council session 02/10; no day: month")
F("al02", "Iran and Israel have fought a shadow", "standing situation")
F("al02", "It was not clear whether Israel would", "speculation")

# ---------------------------------------------------------------- al03 Manila, Asia (Philippines)
S("al03", "2025-03-12", "Asia", """
Philippine police arrest Duterte on ICC warrant and fly him to The Hague

MANILA, Philippines —

Philippine police arrested former President Rodrigo Duterte at Manila's international airport on Tuesday, acting on a warrant from the International Criminal Court over the killings of thousands in his war on drugs.

The 79-year-old, who had just flown in from Hong Kong, was put on a chartered plane bound for the Netherlands late on Tuesday, officials said.

President Ferdinand Marcos Jr. said the government had only honoured its obligations to Interpol, which relayed the warrant, and denied that the arrest was an act of political revenge.

Duterte's daughter, Vice President Sara Duterte, called the arrest oppression and persecution. She accused the Marcos government of handing a Filipino over to foreign powers. The two families, once allies, fell out last year.

Lawyers for the former president asked the Supreme Court to halt his transfer, but the plane took off before the justices acted.

Families of those killed in police anti-drug raids wept and hugged outside a church when the news broke. Rights groups hailed the arrest as a step toward justice.

The court began investigating the killings after Duterte withdrew the Philippines from its founding treaty in 2019. Prosecutors accuse him of crimes against humanity.

In Beijing, the foreign ministry warned the court against politicising its work.

Police say about 6,000 suspects died in operations under Duterte, while rights groups put the toll far higher. It was not clear when he would first appear before the judges.
""")
PHLCOP = A("Philippine police", "PHL", "COP")
DUTERTE = A("Rodrigo Duterte", "PHL", ["ELI", "GOV"])
PHLG = A("Philippine government", "PHL", "GOV")
SARA = A("Sara Duterte", "PHL", ["GOV", "OPP"])
ICC = A("International Criminal Court", None, ["IGO", "JUD"])
E("al03", "Philippine police arrest Duterte on ICC warrant", PHLCOP, DUTERTE, ["17"], "173", "2025-03-11", None, False,
  "headline")
E("al03", "Philippine police arrested former President Rodrigo Duterte", PHLCOP, DUTERTE, ["17"], "173", "2025-03-11",
  P("Manila", "PHL"), True, "arrest 173; Tuesday in a Wednesday paper; 'Manila's international airport' gives Manila")
E("al03", "was put on a chartered plane bound", PHLG, DUTERTE, ["17"], "174", "2025-03-11", None, False,
  "handing over to the court, agentless passive: optional; 'the Netherlands' is a destination")
E("al03", "and denied that the arrest was an", A("Ferdinand Marcos Jr.", "PHL", "GOV"), SARA, DENY, "016", "2025-03",
  None, True, "a stated denial of political revenge; target the Duterte camp that alleges it (Sara Duterte is its "
  "named voice); no day: month")
E("al03", "called the arrest oppression and persecution", SARA, PHLG, ["11"], "111", "2025-03", None, True,
  "criticism 111 of the government that made the arrest; no day: month")
E("al03", "She accused the Marcos government of handing", SARA, PHLG, ["11"], "112", "2025-03", None, False,
  "second statement by the same speaker in the same vein: optional")
E("al03", "The two families, once allies, fell out", A("Duterte family", "PHL", ["ELI", "GOV"]),
  A("Marcos family", "PHL", ["ELI", "GOV"]), ["12", "16"], "120", "2024", None, False,
  "a falling-out with no act named: optional; 'last year' gives 2024")
E("al03", "Lawyers for the former president asked the", A("Duterte's lawyers", "PHL", ["JUD", "CVL"]), PHLG,
  ["11", "10", "02"], "115", "2025-03", None, True, "a court petition against the transfer: legal action 115, "
  "tolerant with the request roots; the clause after 'but' is a failed outcome, not coded")
E("al03", "Rights groups hailed the arrest as a", A("rights groups", "PHL", "NGO"), PHLG, ["05"], "051", "2025-03", None,
  False, "praise, reaction: optional")
E("al03", "after Duterte withdrew the Philippines from its", DUTERTE, ICC, ["16", "12"], "161", "2019", None, True,
  "dated background withdrawal from the court's treaty, own agent inside an 'after' clause: required; 16/12 where "
  "coders split; 'in 2019' gives the year")
E("al03", "The court began investigating the killings after", ICC, DUTERTE, ["09"], "090", None, None, False,
  "investigation, undated in the text: optional")
E("al03", "Prosecutors accuse him of crimes against humanity", ICC, DUTERTE, ["11"], "112", "2025-03", None, False,
  "the charge as a standing statement: optional")
E("al03", "the foreign ministry warned the court against", A("China", "CHN", "GOV"), ICC, ["13", "11"], "130", "2025-03",
  P("Beijing", "CHN"), False, "single outside reaction: optional; 'In Beijing' is a locative here, not the actor")
F("al03", "Police say about 6,000 suspects died in", "count")
F("al03", "It was not clear when he would", "speculation")

# ---------------------------------------------------------------- al04 Islamabad, South Asia (Pakistan)
S("al04", "2022-04-09", "South Asia", """
Pakistan's top court restores parliament, orders vote on Khan's fate

ISLAMABAD, Pakistan —

Pakistan's Supreme Court on Thursday overturned Prime Minister Imran Khan's move to dissolve parliament and ordered lawmakers to hold a no-confidence vote against him on Saturday.

The five judges ruled unanimously that the deputy speaker, Qasim Suri, had acted unconstitutionally on Sunday when he threw out the opposition's motion against Khan. Hours later, President Arif Alvi dissolved the National Assembly on the prime minister's advice and set the stage for early elections.

Opposition leader Shehbaz Sharif, who is expected to succeed Khan if the vote passes, praised the verdict as a victory for the constitution.

Khan has accused the United States of plotting with his opponents to topple him, a charge Washington has repeatedly rejected. The State Department said there was no truth to the allegations.

In a televised address on Friday night, Khan said he was disappointed by the ruling but would accept it. He repeated that a foreign power had conspired against him, said he would never accept an imported government, and called on his supporters to take to the streets on Sunday.

Khan's Pakistan Tehreek-e-Insaf party lost its majority last month when several coalition partners and more than a dozen of its own lawmakers went over to the opposition.

No Pakistani prime minister has completed a full five-year term. Whether the assembly would vote on Saturday without further delay was unclear.
""")
PAKJ = A("Pakistan's Supreme Court", "PAK", "JUD")
KHAN = A("Imran Khan", "PAK", ["GOV", "PTY"])
PAKOPP = A("Pakistani opposition", "PAK", ["OPP", "PTY"])
USAG = A("United States", "USA", "GOV")
E("al04", "Pakistan's top court restores parliament, orders vote", PAKJ, KHAN, OVERTURN, "172", "2022-04-07", None, False,
  "headline")
E("al04", "Pakistan's Supreme Court on Thursday overturned Prime", PAKJ, KHAN, OVERTURN, "172", "2022-04-07", None, True,
  "a court striking down the premier's dissolution: 172 as owned21's annulment, tolerant 17/12/11; Thursday in a "
  "Saturday paper")
E("al04", "ordered lawmakers to hold a no-confidence vote", PAKJ, A("National Assembly", "PAK", "LEG"), DEMAND, "100",
  "2022-04-07", None, False, "order to the assembly, second verb of the ruling: optional")
E("al04", "when he threw out the opposition's motion", A("Qasim Suri", "PAK", ["LEG", "GOV"]), PAKOPP, ["12"], "120",
  "2022-04-03", None, True, "dated background rejection in a 'when' clause with its own agent; Sunday before a "
  "Saturday paper")
E("al04", "Hours later, President Arif Alvi dissolved the", A("Arif Alvi", "PAK", "GOV"),
  A("National Assembly", "PAK", "LEG"), COUP, "1724", "2022-04-03", None, True,
  "dissolving parliament 17 (as owned21's dissolved government, 17/19); 'Hours later' after the Sunday ruling")
E("al04", "praised the verdict as a victory for", A("Shehbaz Sharif", "PAK", ["OPP", "PTY"]), PAKJ, ["05"], "051",
  "2022-04", None, True, "praise of the court; no day: month; the relative clause is hypothetical, not coded")
E("al04", "Khan has accused the United States of", KHAN, USAG, ["11"], "112", "2022-04", None, True,
  "accusation, present perfect with no date: month")
E("al04", "a charge Washington has repeatedly rejected", USAG, KHAN, DENY, "016", "2022-04", None, False,
  "denial summed up in an apposition and detailed in the next sentence: optional")
E("al04", "The State Department said there was no", USAG, KHAN, DENY, "016", "2022-04", None, True,
  "a stated denial 016 (01/12); no day: month")
E("al04", "said he was disappointed by the ruling", KHAN, PAKJ, ["08", "12"], "080", "2022-04-08", None, False,
  "acceptance coupled with disappointment: optional, coders split")
E("al04", "He repeated that a foreign power had", KHAN, USAG, ["11"], "112", "2022-04-08", None, False,
  "restatement of the accusation: optional")
E("al04", "said he would never accept an imported", KHAN, PAKOPP, ["12"], "120", "2022-04-08", None, False,
  "refusal put as an intention: optional")
E("al04", "called on his supporters to take to", KHAN, PAKOPP, ["14", "10", "02"], "140", "2022-04-08", None, True,
  "call to street protest against the coming opposition government; 'Friday night' in a Saturday paper")
E("al04", "went over to the opposition", A("Pakistani coalition partners", "PAK", ["PTY", "LEG"]), KHAN, ["16", "12"],
  "161", "2022-03", None, False, "defection has no clean CAMEO code: optional; 'last month' gives March")
F("al04", "No Pakistani prime minister has completed a", "standing situation")
F("al04", "Whether the assembly would vote on Saturday", "speculation")

# ---------------------------------------------------------------- al05 Istanbul, Europe/Eurasia (Turkey)
S("al05", "2025-03-20", "Europe/Eurasia", """
Turkish police detain Istanbul mayor Imamoglu, Erdogan's main rival

ISTANBUL, Turkey —

Turkish police detained Istanbul Mayor Ekrem Imamoglu in a pre-dawn raid on his home on Wednesday, in corruption and terrorism investigations that his party condemned as a coup against the next president.

Prosecutors issued warrants for about 100 people, among them two district mayors and several businessmen and journalists. Imamoglu, who twice beat President Tayyip Erdogan's candidates for mayor, had been expected to be named the main opposition's presidential nominee within days.

A day earlier, Istanbul University annulled his degree, a decision that could bar him from running, since the constitution requires presidents to hold one.

The Istanbul governor's office banned all demonstrations in the city for four days, and access to X, YouTube and other platforms was curbed for hours. Thousands nonetheless gathered outside police headquarters and city hall, chanting for Erdogan to resign.

Ozgur Ozel, leader of the Republican People's Party, told the crowd that the nation would not bow to a usurpation of its will.

Justice Minister Yilmaz Tunc rejected any link between the inquiry and Erdogan, saying the courts were independent.

Germany's foreign ministry called the detention a serious blow to Turkish democracy. The lira plunged to a record low against the dollar.

In a message posted before he was taken away, Imamoglu said he would not give up. It was unclear how long he could be held before a judge ruled on formal arrest.
""")
TURCOP = A("Turkish police", "TUR", "COP")
IMAM = A("Ekrem Imamoglu", "TUR", ["GOV", "OPP"])
CHP = A("Republican People's Party", "TUR", ["OPP", "PTY"])
TURG = A("Turkish government", "TUR", "GOV")
TURP = A("Turkish protesters", "TUR", ["CVL", "OPP"])
ERD = A("Tayyip Erdogan", "TUR", "GOV")
E("al05", "Turkish police detain Istanbul mayor Imamoglu, Erdogan's", TURCOP, IMAM, ["17"], "173", "2025-03-19", None,
  False, "headline")
E("al05", "Turkish police detained Istanbul Mayor Ekrem Imamoglu", TURCOP, IMAM, ["17"], "173", "2025-03-19", None, True,
  "detention 173; Wednesday in a Thursday paper; 'his home' names no place")
E("al05", "that his party condemned as a coup", CHP, TURG, ["11"], "111", "2025-03", None, False,
  "lead summary of the party's reaction, detailed by Ozel later: optional")
E("al05", "Prosecutors issued warrants for about 100 people", A("Turkish prosecutors", "TUR", "JUD"),
  A("Turkish opposition figures", "TUR", ["GOV", "OPP", "BUS", "MED"]), ["17"], "173", "2025-03", None, True,
  "warrants for detention 173; no day of its own: month")
E("al05", "A day earlier, Istanbul University annulled his", A("Istanbul University", "TUR", "EDU"), IMAM,
  ["17", "16"], "172", "2025-03-18", P("Istanbul", "TUR"), True, "annulling a degree to bar a candidacy: "
  "administrative sanction 172; 'A day earlier' than Wednesday; the university's name gives Istanbul")
E("al05", "The Istanbul governor's office banned all demonstrations", A("Istanbul governor's office", "TUR", "GOV"),
  TURP, ["17"], "1721", "2025-03", P("Istanbul", "TUR"), True, "ban on demonstrations 1721; 'in the city' = Istanbul; "
  "no day: month")
E("al05", "access to X, YouTube and other platforms", TURG, TURP, ["17"], "1721", "2025-03", None, False,
  "curbs on social media, agentless passive: optional")
E("al05", "Thousands nonetheless gathered outside police headquarters and", TURP, ERD, ["14"], "141", "2025-03", None,
  True, "demonstration 141 against Erdogan (they chant for his resignation); the buildings name no city: no place; "
  "no day: month")
E("al05", "chanting for Erdogan to resign", TURP, ERD, DEMAND, "1041", "2025-03", None, False,
  "demand for resignation inside the protest: optional")
E("al05", "the nation would not bow to a", A("Ozgur Ozel", "TUR", ["OPP", "PTY"]), TURG, ["12", "11"], "120", "2025-03",
  None, False, "defiance put as an intention: optional")
E("al05", "rejected any link between the inquiry and", A("Yilmaz Tunc", "TUR", "GOV"), CHP, DENY, "016", "2025-03", None,
  True, "a stated denial 016 (01/12) of the party's charge; no day: month")
E("al05", "called the detention a serious blow to", A("Germany", "DEU", "GOV"), TURG, ["11"], "111", "2025-03", None,
  False, "single outside reaction: optional")
F("al05", "The lira plunged to a record low", "non-political: a market move")
F("al05", "It was unclear how long he could", "speculation")

# ---------------------------------------------------------------- al06 Mogadishu, Africa (Somalia / Ethiopia)
S("al06", "2024-01-07", "Africa", """
Somalia's president signs law voiding Ethiopia's port deal with Somaliland

MOGADISHU, Somalia —

Somali President Hassan Sheikh Mohamud on Saturday signed a law that declares null and void a memorandum under which landlocked Ethiopia would lease a stretch of coast from the breakaway region of Somaliland.

Ethiopian Prime Minister Abiy Ahmed and Somaliland's leader, Muse Bihi Abdi, signed the accord in Addis Ababa on Monday. It would give Ethiopia access to about 20 km of shoreline for a naval base and a commercial port. Bihi said Ethiopia would in return become the first country to recognise Somaliland as independent, which Addis Ababa has not confirmed.

Somalia's cabinet called the deal an act of aggression and recalled its ambassador from Addis Ababa on Tuesday. A day later, tens of thousands marched through the capital waving flags and denouncing Abiy.

The president told parliament that Somalia would defend its territory by every legal means but did not want war.

Ethiopia said the accord broke no law and harmed no country's interests.

The African Union's commission chairman, Moussa Faki Mahamat, urged both governments to calm tensions and respect each other's sovereignty. Egypt's President Abdel Fattah al-Sisi phoned Hassan Sheikh and pledged Cairo's support for Somalia's unity.

Somaliland's defence minister resigned in protest at the deal, saying he had not been consulted.

Somaliland has run its own affairs since 1991, but no country has recognised it. Whether the naval base would ever be built was far from certain.
""")
HSM = A("Hassan Sheikh Mohamud", "SOM", "GOV")
SOMG = A("Somali government", "SOM", "GOV")
ETHG = A("Ethiopia", "ETH", "GOV")
ABIY = A("Abiy Ahmed", "ETH", "GOV")
BIHI = A("Muse Bihi Abdi", "SOM", ["GOV", "REB"])
E("al06", "Somalia's president signs law voiding Ethiopia's port", HSM, ETHG, ["12", "16"], "120", "2024-01-06", None,
  False, "headline")
E("al06", "on Saturday signed a law that declares", HSM, ETHG, ["12", "16"], "120", "2024-01-06", None, True,
  "voiding a foreign accord by law: rejection 120, tolerant 12/16; Saturday in a Sunday paper")
E("al06", "signed the accord in Addis Ababa on", ABIY, BIHI, AGREE, "057", "2024-01-01", P("Addis Ababa", "ETH"), True,
  "signed agreement 057; compound subject of a joint act, first-mentioned direction required; Somaliland's leader "
  "as SOM with GOV/REB (a breakaway region of Somalia); Monday = New Year's Day")
E("al06", "signed the accord in Addis Ababa on", BIHI, ABIY, AGREE, "057", "2024-01-01", P("Addis Ababa", "ETH"), False,
  "reverse direction of the joint act: optional")
E("al06", "Somalia's cabinet called the deal an act", SOMG, ETHG, ["11"], "112", "2024-01-02", None, True,
  "accusation of aggression; 'on Tuesday' closes the sentence and dates both verbs")
E("al06", "recalled its ambassador from Addis Ababa on", SOMG, ETHG, ["16"], "161", "2024-01-02", None, True,
  "recalling one's own envoy 161 (news-dev); 'from Addis Ababa' is where the envoy was, not where the act was")
E("al06", "A day later, tens of thousands marched", A("Somali protesters", "SOM", "CVL"), ABIY, ["14"], "141",
  "2024-01-03", P("Mogadishu", "SOM"), True, "march 141 'denouncing Abiy'; 'the capital' with the dateline = "
  "Mogadishu; 'A day later' than Tuesday")
E("al06", "told parliament that Somalia would defend its", HSM, ETHG, ["13"], "130", "2024-01", None, False,
  "a vow to defend by legal means, put as an intention, with war disavowed: optional")
E("al06", "Ethiopia said the accord broke no law", ETHG, SOMG, DENY, "016", "2024-01", None, True,
  "denial of wrongdoing answering Somalia's charge 016 (01/12); no day: month")
E("al06", "urged both governments to calm tensions and", A("Moussa Faki Mahamat", "AFR", "IGO"), SOMG, DEMAND, "0256",
  "2024-01", None, False, "appeal for de-escalation, single outside reaction: optional")
E("al06", "phoned Hassan Sheikh and pledged Cairo's support", A("Abdel Fattah al-Sisi", "EGY", "GOV"), HSM, ["04"],
  "041", "2024-01", None, False, "phone call, outside reaction: optional")
E("al06", "Somaliland's defence minister resigned in protest at", A("Somaliland's defence minister", "SOM", "GOV"), BIHI,
  ["14", "12"], "140", "2024-01", None, False, "resignation in protest has no clean code: optional")
F("al06", "Somaliland has run its own affairs since", "standing situation")
F("al06", "Whether the naval base would ever be", "speculation")

# ---------------------------------------------------------------- al07 Managua, Americas (Nicaragua / U.S.)
S("al07", "2021-06-10", "Americas", """
Nicaraguan police seize two more opposition hopefuls; U.S. sanctions Ortega's daughter

MANAGUA, Nicaragua —

Nicaraguan police arrested two more would-be challengers to President Daniel Ortega late on Tuesday, bringing to four the number of opposition presidential hopefuls detained in under a week ahead of November's election.

Felix Maradiaga, an academic, was taken into custody after being questioned at the prosecutor's office, and officers later picked up Juan Sebastian Chamorro at his home, their allies said. Both are accused under a law that punishes "inciting foreign interference", passed by Ortega's allies in parliament in December.

Cristiana Chamorro, the daughter of former President Violeta Chamorro and seen as the strongest opposition candidate, has been under house arrest since police raided her home on June 2. The former diplomat Arturo Cruz was detained at the Managua airport on Saturday when he returned from the United States.

In Washington, the Treasury Department on Wednesday imposed sanctions on four officials, among them Ortega's daughter Camila Ortega Murillo and the head of the central bank. Secretary of State Antony Blinken demanded the immediate release of all those held.

Vice President Rosario Murillo, Ortega's wife, dismissed the critics as traitors and said the government would not yield to foreign pressure.

Ortega, a former Sandinista guerrilla, has governed since 2007. It was not clear whether any opposition candidate would be allowed to run.
""")
NICCOP = A("Nicaraguan police", "NIC", "COP")
NICG = A("Nicaraguan government", "NIC", "GOV")
NICOPP = A("Nicaraguan opposition", "NIC", ["OPP", "PTY"])
E("al07", "Nicaraguan police seize two more opposition hopefuls", NICCOP, NICOPP, ["17"], "173", "2021-06-08", None,
  False, "headline")
E("al07", "Nicaraguan police arrested two more would-be challengers", NICCOP, NICOPP, ["17"], "173", "2021-06-08", None,
  False, "lead summary of the arrests detailed in the next paragraph: optional; 'late on Tuesday' in a Thursday paper")
E("al07", "Felix Maradiaga, an academic, was taken into", NICCOP, A("Felix Maradiaga", "NIC", ["OPP", "EDU"]), ["17"],
  "173", "2021-06", None, False, "agentless passive: optional; no day in the sentence: month")
E("al07", "officers later picked up Juan Sebastian Chamorro", NICCOP, A("Juan Sebastian Chamorro", "NIC", "OPP"), ["17"],
  "173", "2021-06", None, True, "arrest by unnamed officers (Nicaragua's police); the allies' account is undisputed; "
  "no day in the sentence: month; 'his home' names no place")
E("al07", "Both are accused under a law that", NICG, A("Felix Maradiaga", "NIC", ["OPP", "EDU"]), ["11"], "112",
  "2021-06", None, False, "standing charge, agentless: optional")
E("al07", "passed by Ortega's allies in parliament in", A("Nicaraguan National Assembly", "NIC", ["LEG", "PTY"]), NICOPP,
  ["17"], "1721", "2020-12", None, True, "dated background passive with its agent: a law restricting political "
  "freedoms 1721; 'in December' before a June paper = 2020-12")
E("al07", "has been under house arrest since police", NICCOP, A("Cristiana Chamorro", "NIC", ["OPP", "ELI"]),
  REPR, "173", "2021-06-02", None, True, "dated background raid and house arrest 173; 'on June 2'; 'her home' names "
  "no place")
E("al07", "The former diplomat Arturo Cruz was detained", NICCOP, A("Arturo Cruz", "NIC", "OPP"), ["17"], "173",
  "2021-06-05", P("Managua", "NIC"), True, "detention, agentless passive whose agent the story makes plain "
  "(police, as the lead); Saturday before a Thursday paper; 'the Managua airport' gives Managua")
E("al07", "the Treasury Department on Wednesday imposed sanctions", A("United States", "USA", "GOV"),
  A("Nicaraguan officials", "NIC", "GOV"), SANCT, "163", "2021-06-09", P("Washington", "USA"), True,
  "sanctions on persons 163 (16/17); 'In Washington' is a locative here; Wednesday in a Thursday paper")
E("al07", "Blinken demanded the immediate release of all", A("Antony Blinken", "USA", "GOV"), NICG, DEMAND, "1053",
  "2021-06", None, False, "second U.S. reaction after the sanctions: optional (as owned21's d01)")
E("al07", "dismissed the critics as traitors and said", A("Rosario Murillo", "NIC", "GOV"), NICOPP, ["11"], "112",
  "2021-06", None, True, "branding opponents traitors 112; no day: month")
E("al07", "the government would not yield to foreign", A("Rosario Murillo", "NIC", "GOV"), A("United States", "USA", "GOV"),
  ["12"], "120", "2021-06", None, False, "refusal put as an intention: optional")
F("al07", "Ortega, a former Sandinista guerrilla, has governed", "standing situation")
F("al07", "It was not clear whether any opposition", "speculation")

# ---------------------------------------------------------------- al08 Port Vila, Pacific (Vanuatu)
S("al08", "2015-10-16", "Pacific", """
Vanuatu's president revokes pardons that speaker granted himself and 13 other MPs

PORT VILA, Vanuatu —

Vanuatu's President Baldwin Lonsdale on Friday revoked pardons that the parliament speaker had granted to himself and 13 other lawmakers convicted of bribery, saying nobody in the country stood above the law.

The Supreme Court found the 14 guilty last week of taking or paying bribes in a scheme to topple the government of the day. Among them were Deputy Prime Minister Moana Carcasses, who was found to have paid the others, and the speaker, Marcellino Pipite.

Pipite, who was acting head of state while Lonsdale attended a meeting in Samoa, signed the pardons on Saturday, a day after the verdicts. The president, a former Anglican priest, cut short his trip and returned to Port Vila on Sunday, denouncing the move as shameful.

Opposition leader Ralph Regenvanu accused the convicted men of trying to hold the country hostage and called on Prime Minister Sato Kilman to sack them from his cabinet. Kilman, whose coalition depends on their votes, said he would wait for the courts.

Church and community groups marched to parliament on Thursday to demand that the lawmakers step down.

Australia and New Zealand, the island nation's main aid donors, urged respect for the rule of law.

Lawyers for the group said they would challenge the revocation in court. Sentencing is due next week, and it was unclear whether Kilman's government could survive without the 14 seats.
""")
LONS = A("Baldwin Lonsdale", "VUT", "GOV")
PIPITE = A("Marcellino Pipite", "VUT", ["LEG", "GOV"])
MPS = A("convicted Vanuatu lawmakers", "VUT", ["LEG", "GOV"])
REGEN = A("Ralph Regenvanu", "VUT", ["OPP", "PTY"])
E("al08", "Vanuatu's president revokes pardons that speaker granted", LONS, PIPITE, ["12", "17"], "120", "2015-10-16",
  None, False, "headline")
E("al08", "Lonsdale on Friday revoked pardons that the", LONS, PIPITE, ["12", "17"], "120", "2015-10-16", None, True,
  "overturning the speaker's pardons: 12, tolerant 17 where read as a sanction; Friday, the paper's day; target the "
  "speaker who granted them")
E("al08", "parliament speaker had granted to himself and", PIPITE, MPS, ["08"], "0841", "2015-10", None, False,
  "the pardons, named here in a relative clause and detailed later: optional")
E("al08", "The Supreme Court found the 14 guilty", A("Vanuatu Supreme Court", "VUT", "JUD"), MPS, VERDICT, "173",
  "2015-10", None, True, "conviction: court verdict 17/11 (news-dev); 'last week' gives the month")
E("al08", "signed the pardons on Saturday, a day", PIPITE, MPS, ["08"], "0841", "2015-10-10", None, True,
  "pardon = release of persons 0841; Saturday before a Friday paper, 'a day after the verdicts'")
E("al08", "denouncing the move as shameful", LONS, PIPITE, ["11"], "111", "2015-10-11", P("Port Vila", "VUT"), True,
  "denunciation on his return on Sunday; the clause names Port Vila")
E("al08", "accused the convicted men of trying to", REGEN, MPS, ["11"], "112", "2015-10", None, True,
  "accusation 112; no day: month")
E("al08", "called on Prime Minister Sato Kilman to", REGEN, A("Sato Kilman", "VUT", "GOV"), DEMAND, "1041", "2015-10",
  None, True, "demand that ministers be sacked 1041, second verb with its own target: required")
E("al08", "Church and community groups marched to parliament", A("Vanuatu church groups", "VUT", ["REL", "CVL"]), MPS,
  ["14"], "141", "2015-10-15", None, True, "march 141; compound subject, first member required; Thursday before a "
  "Friday paper; 'to parliament' names no city")
E("al08", "Church and community groups marched to parliament", A("Vanuatu community groups", "VUT", "CVL"), MPS,
  ["14"], "141", "2015-10-15", None, False, "second member of the compound subject: optional")
E("al08", "to demand that the lawmakers step down", A("Vanuatu church groups", "VUT", ["REL", "CVL"]), MPS, DEMAND,
  "1041", "2015-10-15", None, False, "the march's demand, purpose clause: optional")
E("al08", "urged respect for the rule of law", A("Australia", "AUS", "GOV"), A("Vanuatu", "VUT", "GOV"), DEMAND, "1043",
  "2015-10", None, False, "outside appeal: optional (New Zealand likewise, not listed)")
F("al08", "Lawyers for the group said they would", "planned, not done")
F("al08", "Sentencing is due next week, and it", "scheduled, and speculation")

# ---------------------------------------------------------------- al09 Amman, Middle East (Jordan)
S("al09", "2021-04-06", "Middle East", """
Jordan's Prince Hamzah pledges loyalty to the king after uncle steps in

AMMAN, Jordan —

Jordan's Prince Hamzah bin Hussein signed a letter on Monday pledging allegiance to his half-brother King Abdullah II, the royal court said, after the king asked their uncle, Prince Hassan, to handle a rift that had shaken the kingdom.

In the letter, released by the palace, the prince said he placed himself in the hands of the king.

On Sunday, Foreign Minister Ayman Safadi accused Hamzah of working with foreign parties to undermine the country's security and said up to 16 people had been arrested, among them Bassem Awadallah, a former royal court chief, and Sharif Hassan bin Zaid, a member of the royal family.

The prince, a former crown prince, said in a video passed to the BBC on Saturday night that the army chief had come to his palace and ordered him to stay home and stop meeting people. He denied taking part in any conspiracy but accused the country's rulers of corruption and incompetence.

In a later recording, Hamzah said he would not obey orders restricting his movements.

Saudi Arabia, Egypt and the United States quickly voiced support for the king and the measures he had taken.

Officials have not said whether Hamzah or any of those detained would be charged. It was not clear whether the prince remained confined to his home.
""")
HAMZAH = A("Prince Hamzah bin Hussein", "JOR", ["ELI", "OPP"])
KING = A("King Abdullah II", "JOR", "GOV")
JORG = A("Jordanian government", "JOR", "GOV")
E("al09", "Jordan's Prince Hamzah pledges loyalty to the", HAMZAH, KING, YIELD, "080", "2021-04-05", None, False,
  "headline")
E("al09", "signed a letter on Monday pledging allegiance", HAMZAH, KING, YIELD, "080", "2021-04-05", None, True,
  "submission to the king: yield 080, tolerant 08/05; Monday in a Tuesday paper; the royal court's word is "
  "attribution, undisputed")
E("al09", "after the king asked their uncle, Prince", KING, A("Prince Hassan bin Talal", "JOR", "ELI"), DEMAND, "020",
  "2021-04", None, True, "request to mediate inside an 'after' clause with its own agent; no day: month")
E("al09", "Safadi accused Hamzah of working with foreign", A("Ayman Safadi", "JOR", "GOV"), HAMZAH, ["11"], "112",
  "2021-04-04", None, True, "accusation 112; 'On Sunday' opens the sentence")
E("al09", "said up to 16 people had been", A("Jordanian security forces", "JOR", ["COP", "MIL"]),
  A("Bassem Awadallah", "JOR", ["ELI", "GOV"]), ["17"], "173", "2021-04", None, False,
  "arrests in an agentless passive inside reported speech: optional")
E("al09", "ordered him to stay home and stop", A("Jordanian army chief", "JOR", "MIL"), HAMZAH, ["17"], "172", "2021-04",
  None, True, "confinement order inside the prince's own account, which nobody disputes and the story rests on: "
  "required; 'had come' gives no day: month")
E("al09", "He denied taking part in any conspiracy", HAMZAH, JORG, DENY, "016", "2021-04-03", None, True,
  "a stated denial 016 (01/12), in the Saturday-night video")
E("al09", "accused the country's rulers of corruption and", HAMZAH, JORG, ["11"], "112", "2021-04-03", None, True,
  "accusation, second verb with its own object: required; same video")
E("al09", "said he would not obey orders restricting", HAMZAH, A("Jordanian army chief", "JOR", "MIL"), ["12"], "120",
  "2021-04", None, False, "refusal put as an intention: optional")
E("al09", "Saudi Arabia, Egypt and the United States", A("Saudi Arabia", "SAU", "GOV"), KING, ["05"], "051", "2021-04",
  None, True, "support 051; compound subject, first member required; no day: month")
E("al09", "Saudi Arabia, Egypt and the United States", A("Egypt", "EGY", "GOV"), KING, ["05"], "051", "2021-04",
  None, False, "second member of the compound subject: optional")
E("al09", "Saudi Arabia, Egypt and the United States", A("United States", "USA", "GOV"), KING, ["05"], "051", "2021-04",
  None, False, "third member of the compound subject: optional")
F("al09", "Officials have not said whether Hamzah or", "negated, speculation")
F("al09", "It was not clear whether the prince", "speculation")

# ---------------------------------------------------------------- al10 Brasilia, Americas (Brazil / U.S.)
S("al10", "2025-09-12", "Americas", """
Brazil's Supreme Court convicts Bolsonaro of coup plot; Washington vows a response

BRASILIA, Brazil —

A panel of Brazil's Supreme Court on Thursday convicted former President Jair Bolsonaro of plotting to overturn his 2022 election defeat and sentenced him to 27 years and three months in prison.

Four of the five justices found him guilty of leading an armed criminal organisation and of attempting a coup. Justice Luiz Fux, who had voted to acquit him a day earlier, was the lone dissenter. Seven allies, among them former defence minister Walter Braga Netto, were also convicted.

Bolsonaro, who has been under house arrest since August on the orders of Justice Alexandre de Moraes, did not attend. His lawyers called the sentence absurd and excessive.

U.S. Secretary of State Marco Rubio wrote that the United States would respond accordingly to what he called a witch hunt. Brazil's foreign ministry replied that such threats would not intimidate its democracy.

President Donald Trump, who raised tariffs on most Brazilian goods to 50 percent in July partly over the case, said the verdict was very surprising and likened it to the legal battles he himself had faced.

Washington had already sanctioned Moraes, freezing any assets he holds in the United States.

Thousands of Bolsonaro's supporters rallied on Sao Paulo's Avenida Paulista last Sunday to demand an amnesty. President Luiz Inacio Lula da Silva has said a pardon is out of the question.

Bolsonaro can still appeal to the panel itself. Whether he would eventually serve the sentence in a prison cell or at home was unclear.
""")
BRAJ = A("Brazil's Supreme Court", "BRA", "JUD")
BOLSO = A("Jair Bolsonaro", "BRA", ["ELI", "OPP"])
MORAES = A("Alexandre de Moraes", "BRA", "JUD")
BRAG = A("Brazil", "BRA", "GOV")
E("al10", "Brazil's Supreme Court convicts Bolsonaro of coup", BRAJ, BOLSO, VERDICT, "173", "2025-09-11", None, False,
  "headline")
E("al10", "Washington vows a response", USAG, BRAG, ["13"], "130", "2025-09", None, False, "headline, second event")
E("al10", "on Thursday convicted former President Jair Bolsonaro", BRAJ, BOLSO, VERDICT, "173", "2025-09-11", None, True,
  "conviction and sentence: court verdict 17/11 (news-dev), 173; Thursday in a Friday paper; the dateline is not "
  "named for the court")
E("al10", "Four of the five justices found him", BRAJ, BOLSO, VERDICT, "173", "2025-09-11", None, False,
  "restatement of the verdict: optional")
E("al10", "Seven allies, among them former defence minister", BRAJ, A("Walter Braga Netto", "BRA", ["MIL", "ELI"]),
  VERDICT, "173", "2025-09", None, False, "agentless passive ('were also convicted'): optional")
E("al10", "who has been under house arrest since", MORAES, BOLSO, ["17"], "173", "2025-08", None, True,
  "dated background house arrest in a relative clause whose agent is given by 'on the orders of'; 'since August'")
E("al10", "His lawyers called the sentence absurd and", A("Bolsonaro's lawyers", "BRA", ["JUD", "CVL"]), BRAJ, ["11"],
  "111", "2025-09", None, True, "criticism of the court's sentence 111; no day: month")
E("al10", "wrote that the United States would respond", A("Marco Rubio", "USA", "GOV"), BRAG, ["13"], "130", "2025-09",
  None, True, "an unspecified threat 130; target Brazil (its court and government); no day: month")
E("al10", "to what he called a witch hunt", A("Marco Rubio", "USA", "GOV"), BRAJ, ["11"], "111", "2025-09", None, False,
  "criticism folded into the threat: optional")
E("al10", "Brazil's foreign ministry replied that such threats", BRAG, USAG, ["12"], "120", "2025-09", None, True,
  "rejection of the threat 120; no day: month")
E("al10", "who raised tariffs on most Brazilian goods", A("Donald Trump", "USA", "GOV"), BRAG, SANCT, "163", "2025-07",
  None, True, "dated background trade sanction in a relative clause with its agent; 'in July'")
E("al10", "said the verdict was very surprising and", A("Donald Trump", "USA", "GOV"), BRAJ, ["11"], "111", "2025-09",
  None, False, "mild criticism: optional")
E("al10", "Washington had already sanctioned Moraes, freezing any", USAG, MORAES, SANCT, "163", "2025", None, True,
  "sanctions on a person 163; undated pluperfect: year; 'Washington' = the United States")
E("al10", "rallied on Sao Paulo's Avenida Paulista last Sunday", A("Bolsonaro supporters", "BRA", ["CVL", "OPP"]),
  A("Brazilian Congress", "BRA", "LEG"), ["14"], "141", "2025-09-07", P("Sao Paulo", "BRA"), True,
  "rally 141 for an amnesty (Congress's to grant); 'last Sunday' before a Friday paper; the clause names Sao "
  "Paulo")
E("al10", "has said a pardon is out of", A("Luiz Inacio Lula da Silva", "BRA", "GOV"), BOLSO, ["12"], "120", "2025-09",
  None, False, "refusal in the present perfect with no date: optional")
F("al10", "Bolsonaro can still appeal to the panel", "hypothetical")
F("al10", "Whether he would eventually serve the sentence", "speculation")

if __name__ == "__main__":
    write(HERE)
