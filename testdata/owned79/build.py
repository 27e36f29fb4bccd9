#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned79 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, test or other set's gold or story text read;
dateline and go not run). Coding notes are kept per line. Run: python3 testdata/owned79/build.py  (rewrites both
files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIGHT = ["19", "18"]

# ---------------------------------------------------------------- cb01 Kigali, Africa (Rwanda / France)
S("cb01", "2006-11-25", "Africa", """
Rwanda cuts ties with France over judge's warrants for Kagame aides

KIGALI, Rwanda —

Rwanda broke off diplomatic relations with France on Friday and gave the French ambassador 24 hours to leave the country, days after a French judge accused President Paul Kagame of ordering the 1994 attack on his predecessor's plane.

Foreign Minister Charles Murigande told reporters in the capital that Rwanda was also recalling its own ambassador from Paris. The government ordered the French cultural centre and the local relay of Radio France Internationale to close.

Judge Jean-Louis Bruguiere on Monday issued international arrest warrants for nine senior Rwandan officials, most of them close aides of Kagame, over the shooting down of the plane carrying President Juvenal Habyarimana on April 6, 1994. The judge said Kagame, who has immunity in France as a sitting head of state, should stand trial before the U.N. tribunal for Rwanda.

Kagame has rejected the accusation and says France is trying to cover up its own role in the genocide. Some 800,000 people, mostly Tutsis, were killed in the slaughter that followed Habyarimana's death.

Tens of thousands of people marched through Kigali on Wednesday, carrying banners denouncing the judge and the French government.

In Paris, the foreign ministry said it regretted the decision and stressed that French judges were independent of the government.

It was not clear whether French aid projects would be affected.
""")
RWA = A("Rwanda", "RWA", "GOV")
FRA = A("France", "FRA", "GOV")
KAGAME = A("Paul Kagame", "RWA", "GOV")
BRUG = A("Jean-Louis Bruguiere", "FRA", "JUD")
E("cb01", "Rwanda cuts ties with France over judge's", RWA, FRA, SANCT, "161", "2006-11-24", None, False, "headline")
E("cb01", "Rwanda broke off diplomatic relations with France", RWA, FRA, SANCT, "161", "2006-11-24", P("Kigali", "RWA"),
  True, "breaking relations 161 (16/17); a country as actor is its government; an act of the dateline's state with no "
  "other place named: Kigali; Friday before a Saturday paper")
E("cb01", "gave the French ambassador 24 hours to", RWA, A("French ambassador to Rwanda", "FRA", "GOV"), SANCT, "161",
  "2006-11-24", P("Kigali", "RWA"), False, "expelling the envoy, second verb with the same source, target country and "
  "root as the break: optional (174 also right)")
E("cb01", "days after a French judge accused President", BRUG, KAGAME, ["11", "17"], "112", "2006-11", None, False,
  "lead summary of the warrants detailed in the third paragraph: optional")
E("cb01", "told reporters in the capital that Rwanda", RWA, FRA, SANCT, "161", "2006-11-24", P("Kigali", "RWA"), True,
  "recalling one's own envoy 161 (news-dev); 'in the capital' with the dateline = Kigali; the statement takes "
  "Friday from the lead")
E("cb01", "The government ordered the French cultural centre", RWA, A("France", "FRA", None), ["17", "16"], "172",
  "2006-11", None, True, "closing French premises (premises are the country, sector null) 172 (17/16); no day of its "
  "own: month")
E("cb01", "Judge Jean-Louis Bruguiere on Monday issued international", BRUG,
  A("Rwandan officials close to Kagame", "RWA", ["GOV", "MIL"]), ["11", "17"], "112", "2006-11-20", None, True,
  "arrest warrants as an accusation of a crime (court acts 17/11, news-dev); dated background 'on Monday' before a "
  "Saturday paper; the 1994 downing inside the object is agentless, not coded")
E("cb01", "The judge said Kagame, who has immunity", BRUG, KAGAME, ["11", "10"], "112", "2006-11", None, False,
  "call for Kagame's trial, part of the same ruling: optional")
E("cb01", "Kagame has rejected the accusation and says", KAGAME, BRUG, DENY, "016", "2006-11", None, True,
  "denial of an accusation 016 (01/12; news-dev REJECT); no day: month")
E("cb01", "says France is trying to cover up", KAGAME, FRA, ["11"], "112", "2006-11", None, False,
  "standing present-tense accusation: optional")
E("cb01", "Tens of thousands of people marched through Kigali", A("Rwandan demonstrators", "RWA", "CVL"), FRA, ["14"],
  "141", "2006-11-22", P("Kigali", "RWA"), True, "demonstration 141 against the judge and the French government; "
  "'on Wednesday' before a Saturday paper")
E("cb01", "the foreign ministry said it regretted the", A("French foreign ministry", "FRA", "GOV"), RWA, ["11", "12"],
  "111", "2006-11", P("Paris", "FRA"), False, "single reaction of the other side, mild criticism: optional; 'In Paris' "
  "is where the ministry spoke")
F("cb01", "Some 800,000 people, mostly Tutsis, were killed", "historical count without an actor")
F("cb01", "It was not clear whether French aid", "speculation")

# ---------------------------------------------------------------- cb02 Lilongwe, Africa (Malawi / Britain)
S("cb02", "2011-07-22", "Africa", """
Malawi police shoot dead 18 protesters as Mutharika vows to smoke out organisers

LILONGWE, Malawi —

Police in Malawi shot dead at least 18 people during two days of protests against President Bingu wa Mutharika, the health ministry said on Friday, in the worst unrest since he came to power in 2004.

Officers fired live rounds and tear gas at crowds in the northern city of Mzuzu and in the capital on Wednesday, hours after a court order banning the marches was lifted. Protesters looted shops and set fire to offices of the ruling Democratic Progressive Party in Mzuzu.

In a speech on state radio on Thursday, Mutharika accused the organisers of trying to topple his government and said he would smoke them out. He blamed activist groups funded from abroad for the chaos.

Civil society leaders, who had called the marches over fuel shortages, a lack of foreign currency and what they say is a slide into autocracy, denied that they wanted to overthrow the government.

Britain, once Malawi's largest donor, suspended general budget aid last week, citing concerns over governance and human rights. Malawi expelled the British high commissioner in April after a leaked cable quoted him as calling Mutharika autocratic and intolerant of criticism, and London retaliated by expelling Malawi's envoy.

The United Nations urged restraint and called for talks between the government and its critics.

Malawi has never had a military coup. It was unclear whether the organisers would call new marches next month.
""")
MWICOP = A("Malawian police", "MWI", "COP")
MWIP = A("Malawian protesters", "MWI", ["CVL", "OPP"])
MUTH = A("Bingu wa Mutharika", "MWI", "GOV")
MWICS = A("Malawian civil society organisers", "MWI", ["NGO", "CVL"])
MWI = A("Malawi", "MWI", "GOV")
GBR = A("Britain", "GBR", "GOV")
E("cb02", "Malawi police shoot dead 18 protesters as", MWICOP, MWIP, REPR, "175", "2011-07", None, False, "headline")
E("cb02", "Mutharika vows to smoke out organisers", MUTH, MWICS, ["13"], "130", "2011-07-21", None, False,
  "headline, second event")
E("cb02", "Police in Malawi shot dead at least", MWICOP, MWIP, REPR, "175", "2011-07", None, False,
  "lead summary of the shooting detailed in the next paragraph; 'two days' is a span: month; optional")
E("cb02", "Officers fired live rounds and tear gas", MWICOP, MWIP, REPR, "175", "2011-07-20", P("Mzuzu", "MWI"), True,
  "live fire on protesters 175 (17/18); 'the northern city of Mzuzu' is the first place named (Lilongwe, 'the "
  "capital', second); 'on Wednesday' before a Friday paper; the lifted court order is agentless, not coded")
E("cb02", "Protesters looted shops and set fire to", MWIP, A("Democratic Progressive Party", "MWI", ["PTY", "GOV"]),
  VPROT, "145", "2011-07-20", P("Mzuzu", "MWI"), True, "violent protest 145 (14/18/17); 'in Mzuzu' names the place; "
  "the day is the paragraph's Wednesday")
E("cb02", "Mutharika accused the organisers of trying to", MUTH, MWICS, ["11"], "112", "2011-07-21", None, True,
  "accusation 112; 'on Thursday' in the sentence")
E("cb02", "said he would smoke them out", MUTH, MWICS, ["13"], "130", "2011-07-21", None, False,
  "threat put as what he would do, second verb: optional")
E("cb02", "He blamed activist groups funded from abroad", MUTH, A("Malawian activist groups", "MWI", ["NGO", "CVL"]),
  ["11"], "112", "2011-07-21", None, False, "restatement of the accusation: optional")
E("cb02", "denied that they wanted to overthrow the", MWICS, MUTH, DENY, "016", "2011-07", None, True,
  "denial of Mutharika's accusation 016 (01/12); the relative about calling the marches is background without a "
  "date; month")
E("cb02", "who had called the marches over fuel", MWICS, MWI, ["14"], "140", "2011-07", None, False,
  "organising the protests, undated relative: optional")
E("cb02", "suspended general budget aid last week, citing", GBR, MWI, ["16"], "162", "2011-07", None, True,
  "cutting aid 162; 'last week' gives the month")
E("cb02", "Malawi expelled the British high commissioner in", MWI, A("British high commissioner to Malawi", "GBR", "GOV"),
  SANCT, "161", "2011-04", None, True, "expelling an envoy 161 (16/17, 174 also right); dated background 'in April'")
E("cb02", "London retaliated by expelling Malawi's envoy", GBR, A("Malawian envoy to Britain", "MWI", "GOV"), SANCT,
  "161", "2011-04", None, True, "the British expulsion, its own agent and the April date of the sentence; 'London' "
  "is an actor, not a place")
E("cb02", "The United Nations urged restraint and called", A("United Nations", "UNO", "IGO"), MWI, DEMAND, "020",
  "2011-07", None, False, "single outside appeal: optional")
F("cb02", "Malawi has never had a military coup.", "negated standing situation")
F("cb02", "It was unclear whether the organisers would", "speculation")

# ---------------------------------------------------------------- cb03 Sharm el-Sheikh, Middle East (Israel / Palestinians / Egypt)
S("cb03", "2005-02-08", "Middle East", """
Sharon and Abbas declare end to violence at Egyptian summit

SHARM EL-SHEIKH, Egypt —

Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas declared an end to more than four years of violence on Tuesday at their first summit, held here and hosted by Egyptian President Hosni Mubarak.

Abbas said Palestinians would stop all acts of violence against Israelis everywhere, and Sharon said Israel would halt all its military activity against Palestinians.

Israeli officials said Sharon had also agreed to free 900 Palestinian prisoners and to hand five West Bank towns to Palestinian security forces in the coming weeks.

Mubarak and King Abdullah of Jordan, who also attended, said they would send their ambassadors back to Israel. Egypt withdrew its envoy in November 2000, weeks after the Palestinian uprising began.

Hamas and Islamic Jihad said they were not bound by the declaration. A Hamas spokesman in Gaza said the group would decide its position after consulting its leaders.

Sharon invited Abbas to visit his ranch in the Negev desert, and both leaders accepted an invitation from President George W. Bush to hold talks at the White House in the spring.

U.S. Secretary of State Condoleezza Rice, who met both leaders in Jerusalem and Ramallah on Monday, welcomed the declaration.

More than 3,000 Palestinians and about 1,000 Israelis have died since the uprising erupted in September 2000. Whether the militant groups would hold their fire was far from certain.
""")
SHARON = A("Ariel Sharon", "ISR", "GOV")
ABBAS = A("Mahmoud Abbas", "PSE", "GOV")
MUBARAK = A("Hosni Mubarak", "EGY", "GOV")
ISR = A("Israel", "ISR", "GOV")
TRUCE = ["08", "05", "03"]
E("cb03", "Sharon and Abbas declare end to violence", SHARON, ABBAS, TRUCE, "0871", "2005-02-08",
  P("Sharm el-Sheikh", "EGY"), False, "headline")
E("cb03", "Mahmoud Abbas declared an end to more", SHARON, ABBAS, TRUCE, "0871", "2005-02-08", P("Sharm el-Sheikh", "EGY"),
  True, "declared truce 0871 (08; agreements 05/03 also right); joint act, first-mentioned direction required; "
  "'held here' = Sharm el-Sheikh")
E("cb03", "Mahmoud Abbas declared an end to more", ABBAS, SHARON, TRUCE, "0871", "2005-02-08", P("Sharm el-Sheikh", "EGY"),
  False, "reverse of the joint act (both named as doers): optional")
E("cb03", "hosted by Egyptian President Hosni Mubarak", MUBARAK, SHARON, ["04"], "043", "2005-02-08",
  P("Sharm el-Sheikh", "EGY"), False, "hosting 043, a participle inside the lead: optional")
E("cb03", "Abbas said Palestinians would stop all acts", ABBAS, ISR, TRUCE, "0871", "2005-02-08", None, False,
  "the words of the declaration coded in the lead: restatement, optional")
E("cb03", "Sharon said Israel would halt all its", SHARON, A("Palestinians", "PSE", None), TRUCE, "0871", "2005-02-08",
  None, False, "the words of the declaration: restatement, optional")
E("cb03", "Sharon had also agreed to free 900", SHARON, ABBAS, ["03", "08"], "0353", "2005-02-08", None, True,
  "agreeing to release prisoners 0353 (03; the release 084 also right); Israeli officials' account, undisputed; "
  "the summit's day from the lead")
E("cb03", "said they would send their ambassadors back", MUBARAK, ISR, ["03", "05"], "032", "2005-02-08", None, True,
  "intent to restore relations 032; compound subject, first member (Mubarak) required; summit day")
E("cb03", "said they would send their ambassadors back", A("King Abdullah of Jordan", "JOR", "GOV"), ISR, ["03", "05"],
  "032", "2005-02-08", None, False, "second member of the compound: optional")
E("cb03", "Egypt withdrew its envoy in November 2000", A("Egypt", "EGY", "GOV"), ISR, SANCT, "161", "2000-11", None, True,
  "recalling one's own envoy 161 (news-dev); dated background; the uprising's start is agentless")
E("cb03", "Hamas and Islamic Jihad said they were", A("Hamas", "PSE", ["REB", "RAD"]), ABBAS, ["12"], "120", "2005-02",
  None, True, "rejecting the declaration 120; compound subject, Hamas required; no day of its own: month")
E("cb03", "Hamas and Islamic Jihad said they were", A("Islamic Jihad", "PSE", ["REB", "RAD"]), ABBAS, ["12"], "120",
  "2005-02", None, False, "second member: optional")
E("cb03", "Sharon invited Abbas to visit his ranch", SHARON, ABBAS, ["03", "04"], "036", "2005-02-08", None, True,
  "invitation 036; the summit's day from the paragraph's context")
E("cb03", "both leaders accepted an invitation from President", SHARON, A("George W. Bush", "USA", "GOV"), ["03", "04"],
  "036", "2005-02", None, False, "accepting an invitation 036; 'both leaders' (Sharon and Abbas) with Bush's offer "
  "inside a noun: optional")
E("cb03", "who met both leaders in Jerusalem and", A("Condoleezza Rice", "USA", "GOV"), SHARON, ["04"], "042",
  "2005-02-07", P("Jerusalem", "ISR"), True, "visit 042 in a dated relative with its own agent; 'on Monday' in a "
  "Tuesday paper; first of the compound object (Sharon, in Jerusalem)")
F("cb03", "More than 3,000 Palestinians and about 1,000", "count")
F("cb03", "Whether the militant groups would hold their", "speculation")

# ---------------------------------------------------------------- cb04 Basra, Middle East (Iraq)
S("cb04", "2008-03-26", "Middle East", """
Iraqi troops battle Sadr militia in Basra; Maliki gives gunmen 72 hours

BASRA, Iraq —

Iraqi troops and police fought Shi'ite militiamen loyal to cleric Moqtada al-Sadr for a second day in this southern oil city on Wednesday, as Prime Minister Nuri al-Maliki gave the gunmen 72 hours to hand over their weapons.

Maliki, who flew here on Monday to take personal charge of the operation, called the militias "worse than al Qaeda" and said there would be no negotiations with them.

At least 50 people have been killed since the offensive began before dawn on Tuesday, police and hospital officials said.

Sadr's movement called for a nationwide campaign of civil disobedience, and thousands of his followers marched in Baghdad's Sadr City and in Kut, demanding Maliki's resignation.

In Baghdad, rockets and mortar rounds struck the heavily fortified Green Zone, which houses the government and the U.S. embassy. The U.S. military blamed Sadr's Mahdi Army for the attacks, which a Sadr aide denied.

Sadr's aides said the cleric had urged the government to negotiate, and they accused Maliki of using the army to crush a political rival before provincial elections.

A U.S. military spokesman said American and British aircraft were ready to support the Iraqi forces if asked.

Basra province holds most of Iraq's proven oil reserves and handles nearly all of its exports.
""")
IRQMIL = A("Iraqi troops", "IRQ", "MIL")
MAHDI = A("Mahdi Army", "IRQ", ["RAD", "REB"])
MALIKI = A("Nuri al-Maliki", "IRQ", "GOV")
SADRM = A("Sadr movement", "IRQ", ["PTY", "RAD"])
USMIL = A("U.S. military", "USA", "MIL")
E("cb04", "Iraqi troops battle Sadr militia in Basra", IRQMIL, MAHDI, FIGHT, "190", "2008-03-26", P("Basra", "IRQ"), False,
  "headline")
E("cb04", "Maliki gives gunmen 72 hours", MALIKI, MAHDI, ["13"], "139", "2008-03-26", None, False, "headline, second event")
E("cb04", "Iraqi troops and police fought Shi'ite militiamen", IRQMIL, MAHDI, FIGHT, "190", "2008-03-26",
  P("Basra", "IRQ"), True, "fighting 190 (19/18); 'this southern oil city' = Basra with the dateline; the militiamen "
  "are the Mahdi Army (named later); compound subject, troops first")
E("cb04", "Iraqi troops and police fought Shi'ite militiamen", A("Iraqi police", "IRQ", "COP"), MAHDI, FIGHT, "190",
  "2008-03-26", P("Basra", "IRQ"), False, "second member: optional")
E("cb04", "as Prime Minister Nuri al-Maliki gave the", MALIKI, MAHDI, ["13"], "139", "2008-03-26", None, True,
  "ultimatum 139; the lead's Wednesday; the clause names no place")
E("cb04", "called the militias \"worse than al Qaeda\"", MALIKI, MAHDI, ["11"], "111", "2008-03", None, True,
  "insult 111; no day of its own: month; the relative about his Monday flight is a domestic trip, not coded")
E("cb04", "said there would be no negotiations with", MALIKI, MAHDI, ["12"], "125", "2008-03", None, False,
  "refusal to negotiate put as what would happen: optional")
E("cb04", "Sadr's movement called for a nationwide campaign", SADRM, A("Iraqi government", "IRQ", "GOV"), ["14"], "143",
  "2008-03", None, True, "call for civil disobedience 143 (as owned35's call for a national strike); month")
E("cb04", "thousands of his followers marched in Baghdad's", A("Sadr's followers", "IRQ", ["CVL", "RAD"]), MALIKI, ["14"],
  "141", "2008-03", P("Baghdad", "IRQ"), True, "demonstration 141; Sadr City is a district of Baghdad (first place); "
  "month")
E("cb04", "rockets and mortar rounds struck the heavily", A("unidentified attackers", None, None),
  A("Iraqi government", "IRQ", "GOV"), FIGHT, "190", "2008-03", P("Baghdad", "IRQ"), False,
  "shelling with no agent in the sentence (the blame is disputed next): optional, null/null as news-dev")
E("cb04", "The U.S. military blamed Sadr's Mahdi Army", USMIL, MAHDI, ["11"], "112", "2008-03", None, True,
  "blame 112; month")
E("cb04", "which a Sadr aide denied", A("Sadr aide", "IRQ", ["PTY", "RAD"]), USMIL, DENY, "016", "2008-03", None, True,
  "denial of the U.S. accusation 016 (01/12) in a relative with its own agent")
E("cb04", "had urged the government to negotiate, and", A("Moqtada al-Sadr", "IRQ", ["PTY", "REL", "RAD"]),
  A("Iraqi government", "IRQ", "GOV"), DEMAND, "026", "2008-03", None, False,
  "appeal to negotiate inside his aides' account: optional")
E("cb04", "they accused Maliki of using the army", A("Sadr aides", "IRQ", ["PTY", "RAD"]), MALIKI, ["11"], "112",
  "2008-03", None, False, "accusation by one side's aides, second clause: optional")
E("cb04", "American and British aircraft were ready to", USMIL, A("Iraqi forces", "IRQ", "MIL"), ["03", "07"], "0332",
  "2008-03", None, False, "conditional offer of military support: optional")
F("cb04", "At least 50 people have been killed", "count; the offensive's start is a time anchor")
F("cb04", "Basra province holds most of Iraq's proven", "standing situation")

# ---------------------------------------------------------------- cb05 Manila, Asia (Philippines)
S("cb05", "2006-02-25", "Asia", """
Arroyo declares state of emergency, says army foiled coup plot

MANILA, Philippines —

President Gloria Macapagal Arroyo declared a state of emergency on Friday, saying the military had foiled a plot by rogue officers and their leftist and opposition allies to seize power on the 20th anniversary of the revolt that toppled Ferdinand Marcos.

Army chief Gen. Hermogenes Esperon said Brigadier General Danilo Lim, the commander of an elite Scout Ranger unit, had been relieved and detained earlier in the day for trying to lead his men out of their barracks to join anti-government rallies.

Arroyo cancelled the anniversary celebrations and banned all rallies. Riot police fired water cannon and swung truncheons to break up a march by several thousand people on a highway in the capital, and detained a University of the Philippines professor, Randolf David, who was among the marchers.

Former President Corazon Aquino, who led the 1986 revolt, joined protesters in the Makati financial district and called on Arroyo to resign.

Opposition lawmakers accused the president of using the plot as a pretext to silence critics, and a party spokesman denied that the opposition had any links to the officers.

Arroyo has faced calls to quit since last June, when a recording surfaced of her speaking to an election official during the 2004 vote count. She has apologised for the call but denies any fraud.

The United States said it opposed any unconstitutional attempt to remove the government.

No shots were fired at any military camp. It was unclear how long the emergency would last.
""")
ARROYO = A("Gloria Macapagal Arroyo", "PHL", "GOV")
PHLCOP = A("Philippine police", "PHL", "COP")
PHLP = A("Philippine protesters", "PHL", ["CVL", "OPP"])
PHLOPP = A("Philippine opposition", "PHL", ["OPP", "PTY", "LEG"])
E("cb05", "Arroyo declares state of emergency, says army", ARROYO, None, ["17"], "1724", "2006-02-24", None, False,
  "headline")
E("cb05", "declared a state of emergency on Friday", ARROYO, None, ["17"], "1724", "2006-02-24", P("Manila", "PHL"), True,
  "declared emergency 1724 (news-dev), target null; an act of the dateline's state naming no other place: Manila; "
  "Friday before a Saturday paper")
E("cb05", "saying the military had foiled a plot", ARROYO, A("rogue Philippine officers", "PHL", "MIL"), ["11"], "112",
  "2006-02-24", None, False, "the accusation of a plot as a participle of the declaration: optional")
E("cb05", "had been relieved and detained earlier in", A("Philippine army", "PHL", "MIL"),
  A("Danilo Lim", "PHL", "MIL"), ["17"], "173", "2006-02-24", None, True,
  "detention 173 reported by the army chief whose army held him (as owned35's arrests reported by the arresting "
  "police); 'earlier in the day' = Friday")
E("cb05", "Arroyo cancelled the anniversary celebrations and banned", ARROYO, PHLP, ["17"], "1721", "2006-02-24", None,
  True, "ban on rallies 1721; the day from the context (Friday)")
E("cb05", "Riot police fired water cannon and swung", PHLCOP, PHLP, REPR, "175", "2006-02-24", P("Manila", "PHL"), True,
  "force against marchers 175 (17/18); 'a highway in the capital' = Manila; unnamed police are the Philippines'; "
  "Friday from the context")
E("cb05", "and detained a University of the Philippines", PHLCOP, A("Randolf David", "PHL", ["EDU", "CVL"]), ["17"],
  "173", "2006-02-24", P("Manila", "PHL"), False, "arrest, second verb of the sentence: optional")
E("cb05", "joined protesters in the Makati financial district", A("Corazon Aquino", "PHL", ["ELI", "OPP"]), ARROYO,
  ["14"], "141", "2006-02-24", P("Makati", "PHL"), False, "joining a protest: optional")
E("cb05", "and called on Arroyo to resign", A("Corazon Aquino", "PHL", ["ELI", "OPP"]), ARROYO, DEMAND, "1041",
  "2006-02-24", P("Makati", "PHL"), True, "demand for resignation 1041 (10/02); the clause's Makati; Friday from "
  "the context")
E("cb05", "Opposition lawmakers accused the president of using", PHLOPP, ARROYO, ["11"], "112", "2006-02", None, True,
  "accusation 112; no day of its own: month")
E("cb05", "a party spokesman denied that the opposition", PHLOPP, ARROYO, DENY, "016", "2006-02", None, True,
  "denial of the government's accusation 016 (01/12)")
E("cb05", "She has apologised for the call but", ARROYO, A("Filipinos", "PHL", "CVL"), ["05"], "055", None, None, False,
  "undated apology, present perfect with no date: optional, date null")
E("cb05", "The United States said it opposed any", A("United States", "USA", "GOV"),
  A("rogue Philippine officers", "PHL", "MIL"), ["11", "12"], "111", "2006-02", None, False,
  "single outside reaction: optional")
F("cb05", "No shots were fired at any military", "negated act")
F("cb05", "It was unclear how long the emergency", "speculation")

# ---------------------------------------------------------------- cb06 Phnom Penh, Asia (Cambodia)
S("cb06", "2013-09-17", "Asia", """
Hun Sen and Rainsy agree to avoid violence after deadly clash in Phnom Penh

PHNOM PENH, Cambodia —

Prime Minister Hun Sen and opposition leader Sam Rainsy agreed on Monday to work together on reforming the election system and to avoid violence, a day after riot police clashed with opposition supporters in the capital.

The two men met for about three hours at the National Assembly, their first talks since the disputed July 28 election, but failed to settle Rainsy's demand for an independent inquiry into the vote.

The National Election Committee has declared Hun Sen's Cambodian People's Party the winner with 68 of the 123 seats. Rainsy's Cambodia National Rescue Party, which says it was robbed of victory, has refused to take up its 55 seats.

On Sunday evening, riot police fired tear gas and smoke grenades at a crowd that had gathered at a razor-wire barricade on a bridge in Phnom Penh. A 29-year-old man was killed by a bullet to the head, and several people were wounded.

Tens of thousands of opposition supporters had earlier rallied peacefully in Freedom Park, the city's designated protest site, at the start of three days of demonstrations.

Human rights groups accused the police of firing live rounds. The Interior Ministry denied that officers had used live ammunition and said it would investigate the death.

King Norodom Sihamoni had brought the two leaders together at the royal palace on Saturday.

Hun Sen has ruled Cambodia for almost three decades. Whether the opposition would end its boycott of parliament remained unclear.
""")
HUNSEN = A("Hun Sen", "KHM", "GOV")
RAINSY = A("Sam Rainsy", "KHM", ["OPP", "PTY"])
KHMCOP = A("Cambodian riot police", "KHM", "COP")
KHMP = A("Cambodian opposition supporters", "KHM", ["CVL", "OPP"])
E("cb06", "Hun Sen and Rainsy agree to avoid violence", HUNSEN, RAINSY, AGREE, "030", "2013-09-16", None, False,
  "headline")
E("cb06", "Sam Rainsy agreed on Monday to work", HUNSEN, RAINSY, AGREE, "030", "2013-09-16", P("Phnom Penh", "KHM"), True,
  "joint agreement 030 (05/03/08); first-mentioned direction required; talks of the dateline's country with no "
  "other city named: Phnom Penh; Monday before a Tuesday paper")
E("cb06", "Sam Rainsy agreed on Monday to work", RAINSY, HUNSEN, AGREE, "030", "2013-09-16", P("Phnom Penh", "KHM"), False,
  "reverse (both named as doers): optional")
E("cb06", "a day after riot police clashed with", KHMCOP, KHMP, REPR, "175", "2013-09-15", P("Phnom Penh", "KHM"), False,
  "lead summary of the clash detailed in the fourth paragraph: optional; 'the capital' = Phnom Penh")
E("cb06", "The two men met for about three", HUNSEN, RAINSY, ["04"], "046", "2013-09-16", P("Phnom Penh", "KHM"), True,
  "talks 046, a different event (04) from the agreement (03); one event, Hun Sen first as in the lead; the National "
  "Assembly is in the dateline city; the day from the lead")
E("cb06", "has refused to take up its 55", A("Cambodia National Rescue Party", "KHM", ["OPP", "PTY"]),
  A("Cambodia's government", "KHM", "GOV"), ["12", "14"], "120", "2013", None, False,
  "standing boycott in the present perfect, undated: optional (year)")
E("cb06", "riot police fired tear gas and smoke", KHMCOP, KHMP, REPR, "175", "2013-09-15", P("Phnom Penh", "KHM"), True,
  "force against a crowd 175 (17/18); 'on a bridge in Phnom Penh'; 'On Sunday evening' before a Tuesday paper")
E("cb06", "A 29-year-old man was killed by a", KHMCOP, KHMP, REPR, "175", "2013-09-15", P("Phnom Penh", "KHM"), False,
  "agentless killing, who fired is disputed below: optional")
E("cb06", "Tens of thousands of opposition supporters had", KHMP, A("Cambodia's government", "KHM", "GOV"), ["14"], "141",
  "2013-09-15", P("Phnom Penh", "KHM"), True, "rally 141; 'earlier' the same Sunday; Freedom Park, 'the city's' "
  "protest site, is in Phnom Penh")
E("cb06", "Human rights groups accused the police of", A("Cambodian human rights groups", "KHM", "NGO"), KHMCOP, ["11"],
  "112", "2013-09", None, True, "accusation 112; no day of its own: month")
E("cb06", "The Interior Ministry denied that officers had", A("Cambodian Interior Ministry", "KHM", "GOV"),
  A("Cambodian human rights groups", "KHM", "NGO"), DENY, "016", "2013-09", None, True,
  "denial of the accusation 016 (01/12); the promised investigation is not coded")
E("cb06", "King Norodom Sihamoni had brought the two", A("Norodom Sihamoni", "KHM", ["GOV", "ELI"]), HUNSEN, ["04"], "045",
  "2013-09-14", P("Phnom Penh", "KHM"), True, "mediation/hosting 045 (04); dated background 'on Saturday'; the royal "
  "palace is in the dateline city; compound object, Hun Sen first")
E("cb06", "King Norodom Sihamoni had brought the two", A("Norodom Sihamoni", "KHM", ["GOV", "ELI"]), RAINSY, ["04"], "045",
  "2013-09-14", P("Phnom Penh", "KHM"), False, "second member: optional")
F("cb06", "Hun Sen has ruled Cambodia for almost", "standing situation")
F("cb06", "Whether the opposition would end its boycott", "speculation")

# ---------------------------------------------------------------- cb07 Davos, Europe (Turkey / Israel)
S("cb07", "2009-01-30", "Europe/Eurasia", """
Erdogan storms off Davos stage after clash with Peres over Gaza

DAVOS, Switzerland —

Turkish Prime Minister Recep Tayyip Erdogan walked off the stage of a panel on Gaza at the World Economic Forum here on Thursday after a heated exchange with Israeli President Shimon Peres, saying he would not come back to Davos.

Peres had defended Israel's three-week offensive in the Gaza Strip, asking the audience what they would do if rockets fell on their homes every night. Erdogan, who was given far less time to reply, accused Peres of raising his voice to hide a guilty conscience and said Israel knew very well how to kill.

When the moderator tried to close the session, Erdogan complained that he had been cut off, gathered his papers and left.

Thousands of supporters waving Turkish and Palestinian flags greeted him at Istanbul's airport early on Friday.

Peres telephoned Erdogan later on Thursday to smooth over the row, Israeli officials said, and told him he had not meant to offend him.

Israel and Hamas declared separate ceasefires on Jan. 18, ending an offensive in which some 1,300 Palestinians and 13 Israelis were killed. Turkey had mediated indirect peace talks between Israel and Syria until the fighting began in late December.

Arab League chief Amr Moussa, who shared the stage, stayed in his seat.

Turkey has long been one of Israel's few friends in the Muslim world. It was not clear whether the row would damage their military ties.
""")
ERDOGAN = A("Recep Tayyip Erdogan", "TUR", "GOV")
PERES = A("Shimon Peres", "ISR", "GOV")
E("cb07", "Erdogan storms off Davos stage after clash", ERDOGAN, PERES, ["14", "11", "12"], "140", "2009-01-29",
  P("Davos", "CHE"), False, "headline")
E("cb07", "walked off the stage of a panel", ERDOGAN, PERES, ["14", "11", "12"], "140", "2009-01-29", P("Davos", "CHE"),
  True, "walkout in protest 140 (14; criticism 11 and rejection 12 also right); 'here' = Davos; Thursday before a "
  "Friday paper")
E("cb07", "Peres had defended Israel's three-week offensive in", PERES, ERDOGAN, ["05", "11"], "052", "2009-01-29",
  P("Davos", "CHE"), False, "verbal defence on the panel: optional; the offensive inside the object is background "
  "without a date here")
E("cb07", "accused Peres of raising his voice to", ERDOGAN, PERES, ["11"], "112", "2009-01-29", P("Davos", "CHE"), True,
  "accusation 112 on the panel ('here' from the lead); the panel's day")
E("cb07", "said Israel knew very well how to", ERDOGAN, ISR, ["11"], "112", "2009-01-29", P("Davos", "CHE"), False,
  "second accusation in the sentence, same countries: optional")
E("cb07", "Erdogan complained that he had been cut", ERDOGAN, A("David Ignatius", "USA", "MED"), ["11"], "111",
  "2009-01-29", P("Davos", "CHE"), False, "complaint to the moderator: optional")
E("cb07", "greeted him at Istanbul's airport early on", A("Turkish supporters of Erdogan", "TUR", "CVL"), ERDOGAN,
  ["05", "14"], "053", "2009-01-30", P("Istanbul", "TUR"), True, "rally of support 053 (05; a demonstration 14 also "
  "right); 'early on Friday' in a Friday paper; 'Istanbul's airport' names the city")
E("cb07", "Peres telephoned Erdogan later on Thursday to", PERES, ERDOGAN, ["04"], "041", "2009-01-29", None, True,
  "telephone talk 041; 'Israeli officials said' is attribution, undisputed")
E("cb07", "told him he had not meant to", PERES, ERDOGAN, ["05"], "055", "2009-01-29", None, False,
  "conciliatory regret, second clause: optional")
E("cb07", "Israel and Hamas declared separate ceasefires on", ISR, A("Hamas", "PSE", ["REB", "GOV"]), ["08"], "0871",
  "2009-01-18", None, True, "declared truce 0871; dated background 'on Jan. 18'; first-mentioned direction required "
  "(Hamas as news-dev)")
E("cb07", "Israel and Hamas declared separate ceasefires on", A("Hamas", "PSE", ["REB", "GOV"]), ISR, ["08"], "0871",
  "2009-01-18", None, False, "reverse (both named as doers): optional")
E("cb07", "Turkey had mediated indirect peace talks between", A("Turkey", "TUR", "GOV"), ISR, ["04"], "045", "2008", None,
  True, "mediation 045; 'until the fighting began in late December' bounds a span over months: the year 2008; "
  "compound object, Israel first")
E("cb07", "Turkey had mediated indirect peace talks between", A("Turkey", "TUR", "GOV"), A("Syria", "SYR", "GOV"), ["04"],
  "045", "2008", None, False, "second member: optional")
F("cb07", "Turkey has long been one of Israel's", "standing situation")
F("cb07", "It was not clear whether the row", "speculation")

# ---------------------------------------------------------------- cb08 Pristina, Europe (Kosovo / Serbia)
S("cb08", "2011-07-28", "Europe/Eurasia", """
Serb crowd torches Kosovo border post as NATO takes over crossings

PRISTINA, Kosovo —

Masked Serbs set fire to the Jarinje crossing on Kosovo's northern border with Serbia on Wednesday and fired on NATO peacekeepers who tried to restore order, NATO officials said. No soldiers were hurt.

The NATO-led force, KFOR, declared the area a restricted military zone and took over Jarinje and a second crossing, Brnjak, after a week of tension over a Kosovo ban on Serbian goods.

Kosovo's government sent special police units to seize both posts on Monday night to enforce the ban, which it imposed last week in response to Serbia's refusal to admit goods from Kosovo since it declared independence in 2008.

A Kosovo police officer was shot dead on Tuesday near the town of Zubin Potok, where Serbs had blocked roads with trucks and gravel.

Prime Minister Hashim Thaci accused Belgrade of orchestrating the violence and said his government would not back down.

Serbian President Boris Tadic condemned the burning of the crossing as the work of hooligans, but he also accused Pristina of trying to change the situation in the north by force.

The European Union urged both sides to show restraint.

Some 60,000 Serbs live in northern Kosovo and reject rule from Pristina. Whether the two governments would resume their EU-brokered talks was unclear.
""")
KSERB = A("Kosovo Serbs", "SRB", ["CVL", "RAD"])
XKX = A("Kosovo", "XKX", "GOV")
SRB = A("Serbia", "SRB", "GOV")
KFOR = A("KFOR (NATO-led force)", None, ["IGO", "MIL"])
E("cb08", "Serb crowd torches Kosovo border post as", KSERB, XKX, VPROT, "145", "2011-07-27", P("Jarinje", "XKX"), False,
  "headline")
E("cb08", "Masked Serbs set fire to the Jarinje", KSERB, XKX, VPROT, "145", "2011-07-27", P("Jarinje", "XKX"), True,
  "arson of a state border post 145 (14/18/17); the text calls them Serbs: SRB (as owned35's flag-wavers); Kosovo "
  "as XKX; 'the Jarinje crossing' names the place; Wednesday before a Thursday paper")
E("cb08", "fired on NATO peacekeepers who tried to", KSERB, KFOR, FIGHT, "190", "2011-07-27", P("Jarinje", "XKX"), True,
  "armed attack 190 (19/18); NATO has no three-letter code the validator takes: country null, sector IGO/MIL "
  "(like news-dev's ECOWAS); same sentence as the arson, so Jarinje")
E("cb08", "declared the area a restricted military zone", KFOR, KSERB, ["17", "15"], "1724", "2011-07", P("Jarinje", "XKX"),
  False, "restricted zone and takeover of the crossings: optional (coders split)")
E("cb08", "Kosovo's government sent special police units to", XKX, KSERB, ["17", "15"], "170", "2011-07-25", None, True,
  "police operation to seize the posts 170 (17; 150 deployment also right); 'on Monday night' before a Thursday "
  "paper; 'both posts' names no place")
E("cb08", "which it imposed last week in response", XKX, SRB, SANCT, "163", "2011-07", None, True,
  "embargo 163 (16/17) in a relative with its own agent; 'last week': month")
E("cb08", "A Kosovo police officer was shot dead", A("unidentified gunmen", None, None), A("Kosovo police", "XKX", "COP"),
  ATTACK, "186", "2011-07-26", P("Zubin Potok", "XKX"), False,
  "agentless killing: optional, null/null as news-dev; 'near the town of Zubin Potok'")
E("cb08", "where Serbs had blocked roads with trucks", KSERB, XKX, ["14"], "144", "2011-07", P("Zubin Potok", "XKX"),
  False, "road blocks 144 (optional as in earlier sets)")
E("cb08", "Hashim Thaci accused Belgrade of orchestrating the", A("Hashim Thaci", "XKX", "GOV"), SRB, ["11"], "112",
  "2011-07", None, True, "accusation 112; 'Belgrade' is an actor (Serbia's government); month")
E("cb08", "said his government would not back down", A("Hashim Thaci", "XKX", "GOV"), SRB, ["12"], "120", "2011-07", None,
  False, "refusal put as an intention: optional")
E("cb08", "Tadic condemned the burning of the crossing", A("Boris Tadic", "SRB", "GOV"), KSERB, ["11"], "111", "2011-07",
  None, True, "condemnation 111 of the arsonists ('hooligans'); month")
E("cb08", "he also accused Pristina of trying to", A("Boris Tadic", "SRB", "GOV"), XKX, ["11"], "112", "2011-07", None,
  False, "second accusation in the sentence, after the condemnation: optional; 'Pristina' is an actor, not a place")
E("cb08", "The European Union urged both sides to", A("European Union", "EUR", "IGO"), XKX, DEMAND, "020", "2011-07", None,
  False, "single outside appeal: optional")
F("cb08", "Some 60,000 Serbs live in northern Kosovo", "count and standing situation")
F("cb08", "Whether the two governments would resume their", "speculation")

# ---------------------------------------------------------------- cb09 Caracas, Americas (Venezuela)
S("cb09", "2016-10-25", "Americas", """
Venezuela's opposition accuses Maduro of coup as Vatican announces talks

CARACAS, Venezuela —

Venezuela's opposition-controlled National Assembly voted on Sunday to declare that President Nicolas Maduro had broken the constitutional order, hours after government supporters forced their way into the chamber.

The vote followed a decision by the National Electoral Council on Thursday to suspend a signature drive for a referendum to recall Maduro, after courts in five states ruled that earlier signatures had been gathered by fraud.

Opposition leaders denounced the suspension as a coup and called for nationwide marches on Wednesday. Henrique Capriles, one of eight opposition figures whom a court barred from leaving the country on Thursday, urged Venezuelans to take to the streets.

Dozens of men, many in red shirts, pushed past guards and burst into the assembly's chamber, shouting slogans at lawmakers, before National Guard troops led them out. Opposition deputies said several lawmakers and journalists were beaten.

Maduro, who met Pope Francis at the Vatican on Monday, accused the assembly's leaders of attempting a parliamentary coup.

A Vatican envoy said later on Monday that the government and the opposition coalition had agreed to begin a dialogue on Oct. 30. Some opposition leaders said they had not been consulted and would not attend.

The electoral council, which the opposition says is packed with Maduro loyalists, said it was obeying the courts.

Venezuela has the world's largest proven oil reserves. It was unclear whether the recall drive could be revived before January.
""")
MADURO = A("Nicolas Maduro", "VEN", "GOV")
VENLEG = A("Venezuela's National Assembly", "VEN", ["LEG", "OPP"])
VENOPP = A("Venezuelan opposition", "VEN", ["OPP", "PTY"])
CNE = A("Venezuela's National Electoral Council", "VEN", "GOV")
CHAV = A("Venezuelan government supporters", "VEN", ["CVL", "PTY"])
E("cb09", "Venezuela's opposition accuses Maduro of coup as", VENOPP, MADURO, ["11"], "112", "2016-10", None, False,
  "headline")
E("cb09", "National Assembly voted on Sunday to declare", VENLEG, MADURO, ["11"], "112", "2016-10-23", P("Caracas", "VEN"),
  True, "accusation by a vote 112; a session of the dateline's legislature with no other place: Caracas; Sunday "
  "before a Tuesday paper")
E("cb09", "hours after government supporters forced their way", CHAV, VENLEG, VPROT, "145", "2016-10-23",
  P("Caracas", "VEN"), False, "lead summary of the intrusion detailed in the fourth paragraph: optional")
E("cb09", "suspend a signature drive for a referendum", CNE, VENOPP, ["17", "12"], "172", "2016-10-20", None, True,
  "suspending the recall drive 172 (17/12) in a nominal with its agent and day ('on Thursday' before a Tuesday "
  "paper); not a result announcement")
E("cb09", "after courts in five states ruled that", A("Venezuelan state courts", "VEN", "JUD"), VENOPP, ["11", "17"], "112",
  "2016-10", None, False, "court rulings of fraud (17/11), undated: optional")
E("cb09", "Opposition leaders denounced the suspension as a", VENOPP, CNE, ["11"], "111", "2016-10", None, True,
  "denunciation as a coup 111 (as owned35's 'electoral coup'); month")
E("cb09", "called for nationwide marches on Wednesday", VENOPP, MADURO, ["14"], "140", "2016-10", None, False,
  "call for protest: optional")
E("cb09", "whom a court barred from leaving the", A("Venezuelan court", "VEN", "JUD"), A("Henrique Capriles", "VEN",
  ["OPP", "PTY"]), ["17"], "172", "2016-10-20", None, False, "travel ban 172 in a dated relative told of one of eight figures inside an apposition: optional; "
  "Capriles is the first of the eight")
E("cb09", "pushed past guards and burst into the", CHAV, VENLEG, VPROT, "145", "2016-10-23", P("Caracas", "VEN"), True,
  "storming of a legislature 145 (14/18/17); the chamber of the dateline's assembly: Caracas; the day from the lead")
E("cb09", "Opposition deputies said several lawmakers and journalists", CHAV, VENLEG, ["18"], "182", "2016-10-23", None,
  False, "beatings inside one side's account, passive: optional")
E("cb09", "who met Pope Francis at the Vatican", MADURO, A("Pope Francis", "VAT", ["REL", "GOV"]), ["04"], "042",
  "2016-10-24", P("Vatican City", "VAT"), True, "visit 042 in a dated relative with its own agent; 'at the Vatican' "
  "is the place")
E("cb09", "accused the assembly's leaders of attempting a", MADURO, VENLEG, ["11"], "112", "2016-10", None, True,
  "accusation 112; no day of its own: month")
E("cb09", "the government and the opposition coalition had", A("Venezuela's government", "VEN", "GOV"), VENOPP,
  ["03", "04", "05"], "036", "2016-10", None, True, "agreement to talk 036 (03; 04 and 05 also right); first-mentioned "
  "direction required; 'had agreed' has no day of its own: month")
E("cb09", "the government and the opposition coalition had", VENOPP, A("Venezuela's government", "VEN", "GOV"),
  ["03", "04", "05"], "036", "2016-10", None, False, "reverse (both named as doers): optional")
E("cb09", "had not been consulted and would not", VENOPP, A("Venezuela's government", "VEN", "GOV"), ["12"], "125",
  "2016-10", None, False, "refusal put as an intention: optional")
F("cb09", "Venezuela has the world's largest proven oil", "standing situation")
F("cb09", "It was unclear whether the recall drive", "speculation")

# ---------------------------------------------------------------- cb10 Bogota, Americas (Colombia)
S("cb10", "2019-11-24", "Americas", """
Colombia's Duque offers national dialogue as protests enter third day

BOGOTA, Colombia —

President Ivan Duque said on Saturday he would open a national dialogue with mayors, business leaders and unions from Sunday, as protests against his government's economic and security policies entered a third day.

Riot police fired tear gas at several thousand people who gathered near Bolivar Square in the heart of the capital on Saturday, and an 18-year-old student, Dilan Cruz, was gravely wounded in the head by a projectile, witnesses said.

Bogota's mayor, Enrique Penalosa, had imposed a curfew on the city on Friday night, the first since 1977, after looters attacked shops and bus stations. The authorities in Cali had ordered a curfew there a day earlier.

Hundreds of thousands of people marched across the country on Thursday in a national strike called by unions and student groups, who accuse Duque of planning to cut pensions. Three people died in the port of Buenaventura, officials said.

Migration officials said 59 Venezuelans had been expelled for taking part in vandalism. The government has denied any plan to raise the retirement age or cut the minimum wage for young workers.

Duque, who took office last year, has said the protests are legitimate but that vandals will face the full force of the law. Strike organisers demanded that he negotiate with them directly.

Colombia had not seen protests of this size in decades.
""")
DUQUE = A("Ivan Duque", "COL", "GOV")
COLCOP = A("Colombian riot police", "COL", "COP")
COLP = A("Colombian protesters", "COL", ["CVL", "LAB", "OPP"])
COLU = A("Colombian unions and student groups", "COL", ["LAB", "EDU"])
COL = A("Colombia's government", "COL", "GOV")
E("cb10", "Colombia's Duque offers national dialogue as protests", DUQUE, COLU, ["03", "04"], "036", "2019-11-23", None,
  False, "headline")
E("cb10", "said on Saturday he would open a", DUQUE, COLU, ["03", "04"], "036", "2019-11-23", None, True,
  "offer of talks 036 (03/04); the unions are the named party of the dialogue that is in conflict with him; Saturday "
  "before a Sunday paper")
E("cb10", "as protests against his government's economic and", COLP, DUQUE, ["14"], "141", "2019-11", None, False,
  "lead summary of the protests detailed later: optional")
E("cb10", "Riot police fired tear gas at several", COLCOP, COLP, REPR, "175", "2019-11-23", P("Bogota", "COL"), True,
  "force against protesters 175 (17/18); 'in the heart of the capital' = Bogota; 'on Saturday'")
E("cb10", "was gravely wounded in the head by", COLCOP, A("Dilan Cruz", "COL", ["EDU", "CVL"]), REPR, "175", "2019-11-23",
  P("Bogota", "COL"), False, "agentless wounding inside witnesses' account: optional")
E("cb10", "had imposed a curfew on the city", A("Enrique Penalosa", "COL", "GOV"), A("Bogota residents", "COL", "CVL"),
  ["17"], "1723", "2019-11-22", P("Bogota", "COL"), True, "curfew 1723; 'on the city' with the mayor of Bogota names "
  "it; 'on Friday night' before a Sunday paper")
E("cb10", "after looters attacked shops and bus stations", A("Colombian looters", "COL", ["CVL", "CRM"]),
  A("Colombian businesses", "COL", "BUS"), VPROT, "145", "2019-11-22", P("Bogota", "COL"), False,
  "looting in an 'after' clause: optional")
E("cb10", "The authorities in Cali had ordered a", A("Cali authorities", "COL", "GOV"), A("Cali residents", "COL", "CVL"),
  ["17"], "1723", "2019-11-21", P("Cali", "COL"), True, "curfew 1723; 'a day earlier' than Friday = Thursday; "
  "'there' = Cali")
E("cb10", "Hundreds of thousands of people marched across", COLP, COL, ["14"], "141", "2019-11-21", None, True,
  "demonstration 141 and national strike (143 also right under the root); Thursday before a Sunday paper; "
  "'across the country' is no place")
E("cb10", "who accuse Duque of planning to cut", COLU, DUQUE, ["11"], "112", "2019-11", None, False,
  "standing present-tense accusation in a relative: optional")
E("cb10", "59 Venezuelans had been expelled for taking", A("Colombian migration authority", "COL", "GOV"),
  A("Venezuelan migrants", "VEN", "CVL"), ["17"], "174", "2019-11", None, False,
  "expulsion 174, agentless passive: optional, though reported by the expelling authority (cf. owned35's arrests reported by the arresting police); month")
E("cb10", "The government has denied any plan to", COL, COLU, DENY, "016", "2019-11", None, True,
  "denial of the unions' accusation 016 (01/12); month")
E("cb10", "vandals will face the full force of", DUQUE, A("Colombian looters", "COL", ["CVL", "CRM"]), ["13"], "130",
  "2019-11", None, False, "warning in a present-perfect report: optional")
E("cb10", "Strike organisers demanded that he negotiate with", COLU, DUQUE, DEMAND, "100", "2019-11", None, True,
  "demand for direct talks (10/02); month")
F("cb10", "Three people died in the port of", "deaths without an actor, count")
F("cb10", "Colombia had not seen protests of this", "negated standing comparison")

# ---------------------------------------------------------------- cb11 Rabat, Africa (Morocco)
S("cb11", "2017-05-30", "Africa", """
Morocco arrests Rif protest leader Zefzafi after mosque outburst

RABAT, Morocco —

Moroccan police arrested Nasser Zefzafi, the leader of seven months of protests in the northern Rif region, on Monday, three days after he interrupted a Friday sermon in the city of Al Hoceima, the public prosecutor said.

The prosecutor's office said Zefzafi was suspected of obstructing freedom of worship and of undermining the security of the state, and that he would be questioned by judges in Casablanca.

Zefzafi had accused the imam of the mosque of spreading government propaganda, after the preacher told worshippers that the protest movement was sowing discord. Police had been hunting him since Friday, and more than 20 other activists were detained over the weekend.

Thousands of people marched through Al Hoceima and the nearby town of Imzouren on Sunday and Monday nights, chanting for Zefzafi's release. Police fired tear gas and used batons to disperse some of the crowds, residents said.

The protests began in October, when a fishmonger, Mouhcine Fikri, was crushed to death in a rubbish truck as he tried to retrieve swordfish that officials had seized from him.

Parties in the governing coalition accused the movement this month of separatism and of taking foreign money, a charge its leaders denied.

Amnesty International called on the authorities to release all those held for peaceful protest.

The Rif, a Berber-speaking region, has long complained of neglect by the state. Whether the arrests would calm the region was unclear.
""")
MARCOP = A("Moroccan police", "MAR", "COP")
ZEF = A("Nasser Zefzafi", "MAR", ["CVL", "OPP"])
RIFP = A("Rif protesters", "MAR", ["CVL", "OPP"])
MARG = A("Morocco's government", "MAR", "GOV")
E("cb11", "Morocco arrests Rif protest leader Zefzafi after", MARCOP, ZEF, ["17"], "173", "2017-05-29", None, False,
  "headline")
E("cb11", "Moroccan police arrested Nasser Zefzafi, the leader", MARCOP, ZEF, ["17"], "173", "2017-05-29", None, True,
  "arrest 173; Monday before a Tuesday paper; the clause names no place (Al Hoceima is where he spoke on Friday)")
E("cb11", "three days after he interrupted a Friday", ZEF, A("Al Hoceima imam", "MAR", ["REL", "GOV"]), ["14", "11"],
  "140", "2017-05-26", P("Al Hoceima", "MAR"), False, "the disruption, summed up here and detailed in the third "
  "paragraph: optional; 'three days after' Monday = Friday")
E("cb11", "Zefzafi was suspected of obstructing freedom of", A("Moroccan public prosecutor", "MAR", ["JUD", "GOV"]), ZEF,
  ["11", "17"], "112", "2017-05", None, True, "accusation of crimes by the prosecutor 112 (11/17); month")
E("cb11", "Zefzafi had accused the imam of the", ZEF, A("Al Hoceima imam", "MAR", ["REL", "GOV"]), ["11"], "112",
  "2017-05", None, True, "accusation 112; pluperfect with no day of its own: month (it was the Friday)")
E("cb11", "after the preacher told worshippers that the", A("Al Hoceima imam", "MAR", ["REL", "GOV"]), RIFP, ["11"],
  "111", "2017-05", None, False, "criticism from the pulpit: optional")
E("cb11", "more than 20 other activists were detained", MARCOP, RIFP, ["17"], "173", "2017-05", None, False,
  "agentless passive arrests 173, optional; the police are the agent of the sentence's first clause; 'over the weekend' is a span: month")
E("cb11", "Thousands of people marched through Al Hoceima", RIFP, MARG, ["14"], "141", "2017-05", P("Al Hoceima", "MAR"),
  True, "demonstration 141; 'on Sunday and Monday nights' is a span: month; Al Hoceima is the first place")
E("cb11", "Police fired tear gas and used batons", MARCOP, RIFP, REPR, "175", "2017-05", P("Al Hoceima", "MAR"), False,
  "force inside residents' account: optional")
E("cb11", "The protests began in October, when a", RIFP, MARG, ["14"], "141", "2016-10", None, True,
  "dated background protest 141 ('in October' before a May paper); Fikri's death is agentless and not coded")
E("cb11", "that officials had seized from him", MARG, A("Mouhcine Fikri", "MAR", "CVL"), ["17"], "1711", "2016-10", None,
  False, "seizure of property in a relative: optional")
E("cb11", "Parties in the governing coalition accused the", A("Moroccan governing coalition parties", "MAR", ["PTY", "GOV"]),
  RIFP, ["11"], "112", "2017-05", None, True, "accusation 112; 'this month'")
E("cb11", "a charge its leaders denied", RIFP, A("Moroccan governing coalition parties", "MAR", ["PTY", "GOV"]), DENY,
  "016", "2017-05", None, True, "denial of the accusation 016 (01/12)")
E("cb11", "Amnesty International called on the authorities to", A("Amnesty International", None, "NGO"), MARG, DEMAND,
  "1053", "2017-05", None, False, "single outside demand for release: optional")
F("cb11", "The Rif, a Berber-speaking region, has long", "standing situation")
F("cb11", "Whether the arrests would calm the region", "speculation")

# ---------------------------------------------------------------- cb12 Islamabad, South Asia (Pakistan)
S("cb12", "2009-03-16", "South Asia", """
Pakistan restores sacked chief justice; Sharif calls off march on capital

ISLAMABAD, Pakistan —

Pakistan's government agreed early on Monday to reinstate the chief justice dismissed by former President Pervez Musharraf, and opposition leader Nawaz Sharif called off a march on the capital that had threatened to plunge the country into turmoil.

In a televised address before dawn, Prime Minister Yousuf Raza Gilani said Iftikhar Muhammad Chaudhry and the other deposed judges would return to the bench on March 21. He said the government would also appeal a Supreme Court ruling that barred Sharif and his brother from elected office.

Sharif, who had defied a house arrest order and set off from Lahore with thousands of supporters on Sunday, told the crowd at Gujranwala that the decision was a victory for the nation and ended the march.

Police fired tear gas at stone-throwing Sharif supporters in Lahore on Sunday before they let the convoy through.

President Asif Ali Zardari had long resisted restoring Chaudhry. Information Minister Sherry Rehman resigned on Friday in protest at curbs on private television channels.

U.S. Secretary of State Hillary Clinton telephoned Zardari and Sharif in the days before the deal, and the army chief, Gen. Ashfaq Kayani, met Gilani at least twice.

Musharraf dismissed Chaudhry in November 2007 when he declared a state of emergency.

Lawyers have campaigned for two years for the judges' return. It was not clear whether federal rule over Punjab would also end.
""")
PAK = A("Pakistan's government", "PAK", "GOV")
SHARIF = A("Nawaz Sharif", "PAK", ["OPP", "PTY"])
CHAUD = A("Iftikhar Muhammad Chaudhry", "PAK", "JUD")
GILANI = A("Yousuf Raza Gilani", "PAK", "GOV")
SHARIFS = A("Sharif supporters", "PAK", ["PTY", "OPP", "CVL"])
E("cb12", "Pakistan restores sacked chief justice; Sharif calls", PAK, CHAUD, ["08"], "083", "2009-03-16", None, False,
  "headline")
E("cb12", "Pakistan's government agreed early on Monday to", PAK, CHAUD, ["08"], "083", "2009-03-16", None, False,
  "lead summary of the concession detailed in Gilani's address: optional")
E("cb12", "Nawaz Sharif called off a march on", SHARIF, PAK, ["08"], "082", "2009-03-16", None, False,
  "lead summary of the march's end detailed in the third paragraph: optional")
E("cb12", "Prime Minister Yousuf Raza Gilani said Iftikhar Muhammad", GILANI, CHAUD, ["08"], "083", "2009-03-16", None,
  True, "acceding to the demand to restore the judges 083 (08, CONCEDE); 'before dawn' on the lead's Monday; a "
  "televised address names no place")
E("cb12", "He said the government would also appeal", GILANI, A("Pakistan's Supreme Court", "PAK", "JUD"), ["11", "03"],
  "115", "2009-03-16", None, False, "intention to appeal: optional; the barring ruling in the relative is undated "
  "and not coded")
E("cb12", "and set off from Lahore with thousands", SHARIF, PAK, ["14"], "141", "2009-03-15", P("Lahore", "PAK"), True,
  "protest march 141 in a dated relative with its own agent ('on Sunday'); 'from Lahore' names where it began")
E("cb12", "who had defied a house arrest order", SHARIF, PAK, ["12", "14"], "120", "2009-03-15", None, False,
  "defiance of an order: optional")
E("cb12", "told the crowd at Gujranwala that the", SHARIF, PAK, ["08"], "082", "2009-03-16", P("Gujranwala", "PAK"), True,
  "ending a protest 082 (08, CONCEDE); 'at Gujranwala' names the place; the day from the lead")
E("cb12", "Police fired tear gas at stone-throwing Sharif", A("Pakistani police", "PAK", "COP"), SHARIFS, REPR, "175",
  "2009-03-15", P("Lahore", "PAK"), True, "force against protesters 175 (17/18); 'in Lahore on Sunday'")
E("cb12", "President Asif Ali Zardari had long resisted", A("Asif Ali Zardari", "PAK", "GOV"), SHARIF, ["12"], "120", None,
  None, False, "standing refusal without a date: optional")
E("cb12", "Information Minister Sherry Rehman resigned on Friday", A("Sherry Rehman", "PAK", "GOV"),
  A("Asif Ali Zardari", "PAK", "GOV"), ["14", "08", "11"], "140", "2009-03-13", None, False,
  "optional (coders split on how to code it): resignation in protest at the government's curbs 140 (14; 08 and 11 also right); Friday before a Monday paper")
E("cb12", "Hillary Clinton telephoned Zardari and Sharif in", A("Hillary Clinton", "USA", "GOV"),
  A("Asif Ali Zardari", "PAK", "GOV"), ["04"], "041", "2009-03", None, True,
  "telephone talks 041; 'in the days before' gives the month; compound object, Zardari first")
E("cb12", "Hillary Clinton telephoned Zardari and Sharif in", A("Hillary Clinton", "USA", "GOV"), SHARIF, ["04"], "041",
  "2009-03", None, False, "second member: optional")
E("cb12", "Musharraf dismissed Chaudhry in November 2007 when", A("Pervez Musharraf", "PAK", "GOV"), CHAUD, ["17"], "172",
  "2007-11", None, True, "removal of a judge 172 (administrative sanction); dated background")
E("cb12", "when he declared a state of emergency", A("Pervez Musharraf", "PAK", "GOV"), None, ["17"], "1724", "2007-11",
  None, False, "emergency 1724 in the 'when' clause, target null: optional")
F("cb12", "Lawyers have campaigned for two years for", "standing campaign, no act on a date")
F("cb12", "It was not clear whether federal rule", "speculation")

if __name__ == "__main__":
    write(HERE)
