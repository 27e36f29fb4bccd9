#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned66 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned66/build.py  (rewrites both files next to this
script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- bo01 Lusaka, Africa (Zambia)
S("bo01", "2017-04-13", "Africa", """
Zambian police storm Hichilema's home, charge opposition leader with treason

LUSAKA, Zambia —

Zambian police broke into the home of opposition leader Hakainde Hichilema in Lusaka early on Tuesday, firing tear gas into the compound before arresting him and charging him with treason, his party said.

Police spokeswoman Esther Katongo said Hichilema had endangered the life of President Edgar Lungu on Saturday, when his motorcade refused to give way to the presidential convoy on a road in Western Province. She said officers had been forced to break in after he resisted arrest for several hours.

Hichilema, who narrowly lost last August's election to Lungu, was brought before a magistrate on Wednesday and remanded in custody. Treason carries no bail in Zambia.

His United Party for National Development accused the government of using the police to silence its critics and called the charge a fabrication. Lungu, speaking at State House, denied any political motive and told the opposition to respect the law.

Police also detained five of Hichilema's aides and domestic workers.

The U.S. embassy in Lusaka urged the authorities to respect due process, and Amnesty International called for his immediate release.

Zambia has never had a successful coup since independence from Britain in 1964. It was not clear when the case would come to trial.
""")
ZMBCOP = A("Zambian police", "ZMB", "COP")
HH = A("Hakainde Hichilema", "ZMB", ["OPP", "PTY"])
LUNGU = A("Edgar Lungu", "ZMB", "GOV")
UPND = A("United Party for National Development", "ZMB", ["OPP", "PTY"])
ZMBG = A("Zambia's government", "ZMB", "GOV")
E("bo01", "Zambian police storm Hichilema's home, charge", ZMBCOP, HH, ["17"], "173", "2017-04-11", None, False,
  "headline")
E("bo01", "Zambian police broke into the home of", ZMBCOP, HH, ["17"], "173", "2017-04-11", P("Lusaka", "ZMB"), True,
  "arrest 173 after a forced entry; 'in Lusaka' names the place; 'early on Tuesday' before a Thursday paper; the tear "
  "gas into the compound is part of the same raid, not crowd control")
E("bo01", "arresting him and charging him with treason", ZMBCOP, HH, ["11", "17"], "112", "2017-04-11",
  P("Lusaka", "ZMB"), False, "the treason charge 112 (11/17, as owned54 bc06's murder charge), second verb: optional")
E("bo01", "Police spokeswoman Esther Katongo said Hichilema had", A("Esther Katongo", "ZMB", "COP"), HH, ["11"], "112",
  "2017-04", None, True, "accusation 112; the statement has no day of its own: month")
E("bo01", "was brought before a magistrate on Wednesday", A("Zambian magistrate", "ZMB", "JUD"), HH, ["17", "11"], "173",
  "2017-04-12", None, True, "remand in custody 173 (court verdicts 17/11, news-dev); passive with its agent "
  "('before a magistrate'); 'on Wednesday' before a Thursday paper")
E("bo01", "accused the government of using the police", UPND, ZMBG, ["11"], "112", "2017-04", None, True,
  "accusation 112; month")
E("bo01", "called the charge a fabrication", UPND, ZMBCOP, ["11"], "112", "2017-04", None, False,
  "second verb: optional")
E("bo01", "Lungu, speaking at State House, denied any", LUNGU, UPND, DENY, "016", "2017-04", None, True,
  "denial 016 (01/12) answering the party; State House names no city: no place; month")
E("bo01", "Police also detained five of Hichilema's aides", ZMBCOP, A("Hichilema's aides", "ZMB", ["OPP", "PTY"]),
  ["17"], "173", "2017-04", None, True, "arrest 173; 'also' gives no day: month")
E("bo01", "The U.S. embassy in Lusaka urged the", A("U.S. embassy in Zambia", "USA", "GOV"), ZMBG, DEMAND, "100",
  "2017-04", None, False, "single outside reaction: optional; 'in Lusaka' locates the embassy, not an act")
E("bo01", "Amnesty International called for his immediate release", A("Amnesty International", None, "NGO"), ZMBG,
  DEMAND, "1053", "2017-04", None, False, "demand for release 1053 (10/02); second outside reaction: optional")
F("bo01", "Zambia has never had a successful coup", "negated historical aside, no actor")
F("bo01", "It was not clear when the case would", "speculation")

# ---------------------------------------------------------------- bo02 Tunis, Africa (Tunisia)
S("bo02", "2013-02-07", "Africa", """
Tunisian opposition leader Belaid shot dead; crowds torch Ennahda offices

TUNIS, Tunisia —

Chokri Belaid, a fierce secular critic of Tunisia's Islamist-led government, was shot dead outside his home in the capital on Wednesday by a gunman who fled on a motorcycle, his family said.

It was the first assassination of a political leader in Tunisia since the uprising that toppled President Zine el-Abidine Ben Ali two years ago.

Thousands of protesters gathered outside the Interior Ministry on Habib Bourguiba Avenue in central Tunis, chanting for the fall of the government, and police fired tear gas to disperse them. In the southern town of Gafsa, crowds set fire to the offices of the ruling Ennahda party, witnesses said.

Belaid's brother, Abdelmajid, accused Ennahda's leader, Rached Ghannouchi, of being behind the killing. Ghannouchi denied any role and said the party's enemies wanted to drag Tunisia into a bloodbath.

Late on Wednesday, Prime Minister Hamadi Jebali, who is Ennahda's deputy leader, said he would dissolve his cabinet and form a government of non-partisan technocrats to lead the country to elections. His own party rejected the plan on Thursday, saying the prime minister had not consulted it.

President Moncef Marzouki cut short a visit to France and called the killing an attempt to sow discord.

Four opposition parties said they would withdraw from the constituent assembly and called a general strike for Friday. Whether the strike would be observed in the south was unclear.
""")
BELAID = A("Chokri Belaid", "TUN", ["OPP", "PTY"])
GUNMAN = A("unidentified gunman", None, None)
TUNP = A("Tunisian protesters", "TUN", ["CVL", "OPP"])
TUNCOP = A("Tunisian police", "TUN", "COP")
TUNG = A("Tunisia's government", "TUN", "GOV")
ENN = A("Ennahda", "TUN", ["PTY", "GOV"])
GHAN = A("Rached Ghannouchi", "TUN", ["PTY", "GOV"])
E("bo02", "opposition leader Belaid shot dead; crowds", GUNMAN, BELAID, ATTACK, "186", "2013-02-06", None, False,
  "headline")
E("bo02", "crowds torch Ennahda offices", TUNP, ENN, VPROT, "145", "2013-02", None, False, "headline")
E("bo02", "was shot dead outside his home in", GUNMAN, BELAID, ATTACK, "186", "2013-02-06", P("Tunis", "TUN"), True,
  "assassination by an unnamed gunman 186 (18/19/20), null/null as news-dev; passive with its agent; 'in the "
  "capital' with the Tunis dateline; 'on Wednesday' before a Thursday paper")
E("bo02", "Thousands of protesters gathered outside the Interior", TUNP, TUNG, ["14"], "141", "2013-02",
  P("Tunis", "TUN"), True, "demonstration 141 (the chant for the government's fall could be 1411); 'in central "
  "Tunis' names the place; no day in the sentence: month")
E("bo02", "police fired tear gas to disperse them", TUNCOP, TUNP, REPR, "175", "2013-02", P("Tunis", "TUN"), True,
  "force against protesters 175 (17/18); unnamed police are Tunisia's; second clause of the same sentence, its own "
  "event; month")
E("bo02", "crowds set fire to the offices of", TUNP, ENN, VPROT, "145", "2013-02", P("Gafsa", "TUN"), True,
  "arson of party offices 145 (14/18/17); 'In the southern town of Gafsa' names the place; witnesses report what "
  "nobody disputes; month")
E("bo02", "accused Ennahda's leader, Rached Ghannouchi, of being", A("Abdelmajid Belaid", "TUN", "CVL"), GHAN, ["11"],
  "112", "2013-02", None, True, "accusation 112; month")
E("bo02", "Ghannouchi denied any role and said the", GHAN, A("Abdelmajid Belaid", "TUN", "CVL"), DENY, "016", "2013-02",
  None, True, "denial 016 (01/12); month")
E("bo02", "His own party rejected the plan on", ENN, A("Hamadi Jebali", "TUN", "GOV"), ["12"], "120", "2013-02-07",
  None, True, "rejecting the premier's plan 120; 'His own party' = Ennahda; 'on Thursday' in a Thursday paper; "
  "Jebali's announcement itself (an intention to form a cabinet) has no CAMEO class and is not coded")
E("bo02", "called the killing an attempt to sow", A("Moncef Marzouki", "TUN", "GOV"), GUNMAN, ["11"], "111", "2013-02",
  None, False, "condemnation of unnamed killers, second verb: optional")
E("bo02", "called a general strike for Friday", A("Tunisian opposition parties", "TUN", ["OPP", "PTY"]), TUNG, ["14"],
  "143", "2013-02", None, True, "call for a general strike 143 (as owned35 ai09); the withdrawal is an intention "
  "('would withdraw') and not coded; the call has no day of its own ('for Friday' is the strike's): month")
F("bo02", "It was the first assassination of a", "historical aside and count; the 2011 uprising is named only as time")
F("bo02", "Whether the strike would be observed in", "speculation")

# ---------------------------------------------------------------- bo03 Djibouti, Africa (Djibouti / Eritrea)
S("bo03", "2008-06-13", "Africa", """
Djibouti says Eritrean troops attacked its border posts; U.N. council condemns Asmara

DJIBOUTI, Djibouti —

Djibouti accused Eritrea on Thursday of launching an unprovoked attack on its troops near the disputed Ras Doumeira headland, where fighting has killed at least nine Djiboutian soldiers since Tuesday.

Defence officials said Eritrean soldiers had opened fire on Djiboutian positions on Tuesday evening after several Eritrean conscripts deserted across the border and Eritrea demanded that they be handed back. Djibouti refused to hand the men over.

Djiboutian and Eritrean troops fought with machine guns and mortars through Tuesday night and into Wednesday, in the worst clashes between the Horn of Africa neighbours in more than a decade. Dozens of soldiers on both sides were wounded, officials said.

In New York, the U.N. Security Council condemned what it called Eritrea's military action against Djibouti on Thursday and urged both governments to pull their forces back and show maximum restraint.

Eritrea's information ministry denied that its troops had attacked anyone and accused Djibouti of staging the incident to drag Eritrea into a war on behalf of the United States, which keeps its only permanent African base in the country.

France, which also has troops in Djibouti under a defence pact, said it was giving logistical and medical support to Djibouti's army but would not join the fighting.

The standoff began in April, when Eritrean troops dug trenches on the Djiboutian side of the frontier, according to Djibouti. Eritrea has never accepted that there is a border dispute at all.
""")
DJI = A("Djibouti's government", "DJI", "GOV")
DJIMIL = A("Djiboutian troops", "DJI", "MIL")
ERI = A("Eritrea's government", "ERI", "GOV")
ERIMIL = A("Eritrean troops", "ERI", "MIL")
UNSC = A("U.N. Security Council", "UNO", "IGO")
E("bo03", "Djibouti says Eritrean troops attacked its border", ERIMIL, DJIMIL, ["19", "18"], "190", "2008-06", None, False,
  "headline")
E("bo03", "U.N. council condemns Asmara", UNSC, ERI, ["11"], "111", "2008-06-12", None, False,
  "headline; 'Asmara' = Eritrea's government")
E("bo03", "Djibouti accused Eritrea on Thursday of launching", DJI, ERI, ["11"], "112", "2008-06-12", None, True,
  "accusation 112; 'on Thursday' before a Friday paper")
E("bo03", "where fighting has killed at least nine", ERIMIL, DJIMIL, CLASH, "190", "2008-06", None, False,
  "lead summary of the clashes detailed in the third paragraph: optional")
E("bo03", "Eritrean soldiers had opened fire on Djiboutian", ERIMIL, DJIMIL, ["19", "18"], "190", "2008-06-10", None,
  False, "who fired first is one side's account, denied by Eritrea: optional")
E("bo03", "Djibouti refused to hand the men over", DJI, ERI, ["12"], "1243", "2008-06", None, True,
  "a stated refusal to hand over persons 1243 (as owned54 bc06); Djibouti's own act; no day of its own: month")
E("bo03", "Djiboutian and Eritrean troops fought with machine", DJIMIL, ERIMIL, CLASH, "190", "2008-06", None, True,
  "clashes 190 (19/18/14), first-mentioned direction required; 'through Tuesday night and into Wednesday' is a span: "
  "month; Ras Doumeira is named only in the lead: no place")
E("bo03", "Djiboutian and Eritrean troops fought with machine", ERIMIL, DJIMIL, CLASH, "190", "2008-06", None, False,
  "reverse direction: optional")
E("bo03", "the U.N. Security Council condemned what it", UNSC, ERI, ["11"], "111", "2008-06-12",
  P("New York", "USA"), True, "condemnation 111; 'In New York' names the place; the story turns on it (headline): "
  "required; 'on Thursday' before a Friday paper")
E("bo03", "urged both governments to pull their forces", UNSC, ERI, DEMAND, "1056", "2008-06-12", P("New York", "USA"),
  False, "demand to de-escalate 1056, second verb, compound object (Eritrea first): optional")
E("bo03", "Eritrea's information ministry denied that its troops", ERI, DJI, DENY, "016", "2008-06", None, True,
  "denial 016 (01/12); month")
E("bo03", "accused Djibouti of staging the incident to", ERI, DJI, ["11"], "112", "2008-06", None, False,
  "counter-accusation, second verb: optional")
E("bo03", "said it was giving logistical and medical", A("France", "FRA", "GOV"), DJIMIL, ["07"], "072", "2008-06", None,
  True, "military aid 072 to Djibouti's army; a material act, not a mere reaction; month; 'would not join' is a "
  "negated intention, not coded")
E("bo03", "when Eritrean troops dug trenches on the", ERIMIL, DJI, ["19", "15"], "192", "2008-04", None, False,
  "occupying ground 192 (19/15) in April, but told only 'according to Djibouti' and disputed by Eritrea: optional")
F("bo03", "Dozens of soldiers on both sides were", "count")
F("bo03", "Eritrea has never accepted that there is", "standing position, no act")

# ---------------------------------------------------------------- bo04 Vientiane, Asia (Philippines / United States)
S("bo04", "2016-09-06", "Asia", """
Obama cancels talks with Duterte after Philippine leader curses him

VIENTIANE, Laos —

President Barack Obama called off a planned meeting with Philippine President Rodrigo Duterte on Tuesday after the Philippine leader referred to him with an obscene insult and warned him not to raise the killings in his country's war on drugs.

Speaking to reporters in Davao on Monday before flying to Laos for a regional summit, Duterte said he was the president of a sovereign country and answered to nobody but the Filipino people. He cursed Obama in Tagalog and said he would swear at him if he asked about human rights.

The White House said the two men would not meet on the sidelines of the Association of Southeast Asian Nations summit here, and that Obama would hold talks with South Korean President Park Geun-hye instead.

Hours later, Duterte's office issued a statement in which he said he regretted that his remarks had come across as a personal attack on the American president.

Obama, who arrived from a Group of 20 meeting in China, told reporters that he wanted any conversation to be productive. He said the United States would keep raising concerns about extrajudicial killings.

More than 2,400 people have been killed by police and vigilantes since Duterte took office on June 30, according to police figures.

Last month Duterte also called the U.S. ambassador, Philip Goldberg, a homosexual and used the same insult about him. Officials in Washington did not say whether the alliance would be reviewed.
""")
OBAMA = A("Barack Obama", "USA", "GOV")
DUT = A("Rodrigo Duterte", "PHL", "GOV")
E("bo04", "Obama cancels talks with Duterte after", OBAMA, DUT, ["12", "16"], "125", "2016-09-06", None, False, "headline")
E("bo04", "after Philippine leader curses him", DUT, OBAMA, ["11"], "111", "2016-09-05", None, False, "headline")
E("bo04", "called off a planned meeting with Philippine", OBAMA, DUT, ["12", "16"], "125", "2016-09-06", None, True,
  "cancelling a meeting 125 (reject a proposal to meet; 16 also right); 'on Tuesday' in a Tuesday paper; no place in "
  "the clause")
E("bo04", "referred to him with an obscene insult", DUT, OBAMA, ["11"], "111", "2016-09-05", None, False,
  "lead summary of the insult detailed in the second paragraph: optional")
E("bo04", "warned him not to raise the killings", DUT, OBAMA, ["13"], "130", "2016-09-05", None, False,
  "lead summary of the threat: optional")
E("bo04", "He cursed Obama in Tagalog and said", DUT, OBAMA, ["11"], "111", "2016-09", None, True,
  "insult 111; 'He' = Duterte; the day is in the sentence before: month (a system's 2016-09-05 falls inside)")
E("bo04", "said he would swear at him if", DUT, OBAMA, ["13"], "130", "2016-09", None, True,
  "a threat 130 in the same sentence as the insult, both required (as owned35 ai07); month")
E("bo04", "The White House said the two men", A("White House", "USA", "GOV"), DUT, ["12", "16"], "125", "2016-09", None,
  False, "restatement of the cancellation: optional")
E("bo04", "he regretted that his remarks had come", DUT, OBAMA, ["05", "08"], "055", "2016-09", None, True,
  "regret 055 (05/08, as owned35 ai04); 'Hours later' without a day: month")
E("bo04", "would keep raising concerns about extrajudicial killings", OBAMA, A("Philippine government", "PHL", "GOV"),
  ["11"], "112", "2016-09", None, False, "criticism put as an intention: optional")
E("bo04", "called the U.S. ambassador, Philip Goldberg, a", DUT, A("Philip Goldberg", "USA", "GOV"), ["11"], "111",
  "2016-08", None, True, "dated background insult 111; 'Last month' = August 2016")
F("bo04", "More than 2,400 people have been killed", "count of a standing campaign, no particular act")
F("bo04", "Officials in Washington did not say whether", "negated statement and speculation")

# ---------------------------------------------------------------- bo05 New Delhi, Asia (India / Pakistan)
S("bo05", "1999-05-28", "Asia", """
Pakistan downs two Indian jets as India presses air strikes in Kashmir

NEW DELHI, India —

Pakistan shot down two Indian fighter jets over Kashmir on Thursday and captured one of the pilots, on the second day of Indian air strikes against hundreds of infiltrators dug in on the mountain ridges above Kargil.

Pakistan's military said the MiG aircraft had crossed into Pakistani-controlled territory before they were hit. India said both were over its own side of the Line of Control, and that the second pilot had been killed.

Indian jets and helicopter gunships began bombing the fighters' positions on Wednesday, the first use of air power in Kashmir in nearly three decades. The army said the intruders had occupied dozens of posts vacated by Indian troops during the winter.

Defence Minister George Fernandes said the infiltrators were backed by Pakistani soldiers and would be driven out. Islamabad denied any role, saying they were Kashmiri militants fighting for freedom.

Prime Minister Nawaz Sharif telephoned his Indian counterpart, Atal Behari Vajpayee, on Thursday and proposed sending his foreign minister to New Delhi for talks. Vajpayee told him the intruders must first be withdrawn, officials said.

The United States urged both countries to show restraint.

Vajpayee had travelled to Lahore by bus in February, and the two leaders pledged there to settle their disputes peacefully. The Line of Control has divided Kashmir between the two countries since 1972. Whether the captured pilot would be handed back was not clear.
""")
PAKMIL = A("Pakistan's military", "PAK", "MIL")
INDMIL = A("Indian air force", "IND", "MIL")
INFIL = A("Kargil infiltrators", None, ["REB", "MIL"])
SHARIF = A("Nawaz Sharif", "PAK", "GOV")
VAJ = A("Atal Behari Vajpayee", "IND", "GOV")
E("bo05", "Pakistan downs two Indian jets as", PAKMIL, INDMIL, ["19"], "190", "1999-05-27", None, False, "headline")
E("bo05", "India presses air strikes in Kashmir", INDMIL, INFIL, ["19"], "195", "1999-05", None, False, "headline")
E("bo05", "Pakistan shot down two Indian fighter jets", PAKMIL, INDMIL, ["19"], "190", "1999-05-27", None, True,
  "downing aircraft 190; 'Pakistan' acts through its military; 'on Thursday' before a Friday paper; 'over Kashmir' "
  "is disputed ground (each side says the jets were over its own side): no place")
E("bo05", "and captured one of the pilots", PAKMIL, INDMIL, ["17"], "173", "1999-05-27", None, False,
  "capture of a pilot 173, second verb: optional")
E("bo05", "the second day of Indian air strikes", INDMIL, INFIL, ["19"], "195", "1999-05", None, False,
  "lead summary of the air strikes detailed in the third paragraph: optional")
E("bo05", "Indian jets and helicopter gunships began bombing", INDMIL, INFIL, ["19"], "195", "1999-05-26", None, True,
  "air strikes 195; the infiltrators' country is disputed in the text (Pakistani soldiers or Kashmiri militants): "
  "null; 'on Wednesday' before a Friday paper; Kargil is named only in the lead: no place")
E("bo05", "the intruders had occupied dozens of posts", INFIL, A("India", "IND", "GOV"), ["19", "15"], "192", None, None,
  False, "occupation 192 with no date ('during the winter'): optional")
E("bo05", "Fernandes said the infiltrators were backed by", A("George Fernandes", "IND", "GOV"), PAKMIL, ["11"], "112",
  "1999-05", None, True, "accusation 112 against Pakistan's army; month")
E("bo05", "Islamabad denied any role, saying they were", A("Pakistan's government", "PAK", "GOV"),
  A("India's government", "IND", "GOV"), DENY, "016", "1999-05", None, True,
  "denial 016 (01/12); 'Islamabad' = Pakistan's government; month")
E("bo05", "telephoned his Indian counterpart, Atal Behari Vajpayee", SHARIF, VAJ, ["04"], "041", "1999-05-27", None, True,
  "telephone call 041; 'on Thursday'")
E("bo05", "proposed sending his foreign minister to New", SHARIF, VAJ, ["03", "04"], "036", "1999-05-27", None, False,
  "offer of talks 036, second verb: optional")
E("bo05", "Vajpayee told him the intruders must first", VAJ, SHARIF, ["10", "02", "12"], "1056", "1999-05", None, True,
  "demand that the intruders be withdrawn first 1056 (10/02; a refusal 12 also right); 'him' = Sharif; 'officials "
  "said' is attribution; month")
E("bo05", "The United States urged both countries to", A("United States", "USA", "GOV"), A("India", "IND", "GOV"),
  DEMAND, "100", "1999-05", None, False, "single outside reaction, compound object (India first): optional")
E("bo05", "Vajpayee had travelled to Lahore by bus", VAJ, A("Pakistan", "PAK", "GOV"), ["04"], "042", "1999-02",
  P("Lahore", "PAK"), True, "dated background visit 042 with the city as place; 'in February'")
E("bo05", "the two leaders pledged there to settle", VAJ, SHARIF, AGREE, "057", "1999-02", P("Lahore", "PAK"), False,
  "joint pledge (05/03/08); 'the two leaders' names neither first: optional, one direction only")
F("bo05", "The Line of Control has divided Kashmir", "standing situation with a date, no actor")
F("bo05", "Whether the captured pilot would be handed", "speculation")

# ---------------------------------------------------------------- bo06 Beijing, Asia (China / Norway)
S("bo06", "2010-10-09", "Asia", """
China summons Norway's envoy after jailed dissident Liu Xiaobo wins Nobel

BEIJING, China —

China summoned Norway's ambassador on Friday night to protest against the award of the Nobel Peace Prize to the jailed dissident Liu Xiaobo, a choice Beijing said was an obscenity that would damage relations between the two countries.

The Norwegian Nobel Committee announced the prize in Oslo earlier on Friday, praising Liu for his long and non-violent struggle for fundamental human rights in China. Its chairman, Thorbjoern Jagland, called on Beijing to free him.

Foreign Ministry spokesman Ma Zhaoxu said Liu was a criminal who had broken Chinese law and that giving him the prize ran counter to its purpose.

In Oslo, Foreign Minister Jonas Gahr Stoere said the committee was independent of the Norwegian government and rejected China's protest.

In Beijing, police took away about 20 supporters who had gathered in a restaurant to celebrate the award, witnesses said. Liu's wife, Liu Xia, said police had confined her to their apartment.

President Barack Obama called on China to release Liu as soon as possible.

Liu, 54, was sentenced last December to 11 years in prison for subversion after helping to draft a manifesto calling for political reform. Foreign news broadcasts about the prize were blacked out across China.

It was the first Nobel prize for a Chinese citizen living in China. Whether Beijing would let any relative travel to the ceremony in December was unclear.
""")
CHN = A("China's government", "CHN", "GOV")
NOR = A("Norway's government", "NOR", "GOV")
LIU = A("Liu Xiaobo", "CHN", ["OPP", "CVL"])
NOBEL = A("Norwegian Nobel Committee", "NOR", ["NGO", "ELI"])
CHNCOP = A("Chinese police", "CHN", "COP")
E("bo06", "China summons Norway's envoy after jailed dissident", CHN, NOR, ["11"], "114", "2010-10-08", None, False,
  "headline")
E("bo06", "China summoned Norway's ambassador on Friday night", CHN, NOR, ["11"], "114", "2010-10-08", None, True,
  "summoning an envoy to protest 114 (news-dev); 'on Friday night' before a Saturday paper; no place in the clause")
E("bo06", "a choice Beijing said was an obscenity", CHN, NOBEL, ["11"], "111", "2010-10-08", None, False,
  "denunciation inside an appositive of the lead: optional; 'Beijing' = China's government")
E("bo06", "The Norwegian Nobel Committee announced the prize in", NOBEL, LIU, ["05"], "051", "2010-10-08",
  P("Oslo", "NOR"), True, "the award and its citation, praise 051; 'in Oslo' names the place; 'earlier on Friday'")
E("bo06", "Thorbjoern Jagland, called on Beijing to free", A("Thorbjoern Jagland", "NOR", ["NGO", "ELI"]), CHN, DEMAND,
  "1053", "2010-10", None, True, "demand for release 1053 (10/02); no day of its own: month")
E("bo06", "Ma Zhaoxu said Liu was a criminal", A("Ma Zhaoxu", "CHN", "GOV"), LIU, ["11"], "112", "2010-10", None, True,
  "accusation 112; month")
E("bo06", "and rejected China's protest", A("Jonas Gahr Stoere", "NOR", "GOV"), CHN, ["12"], "120", "2010-10",
  P("Oslo", "NOR"), True, "rejection 120; the first clause (the committee's independence) is no event; 'In Oslo' "
  "names the place; month")
E("bo06", "police took away about 20 supporters who", CHNCOP, A("Liu Xiaobo's supporters", "CHN", ["CVL", "OPP"]),
  ["17"], "173", "2010-10", P("Beijing", "CHN"), True, "detention 173; 'In Beijing' names the place; witnesses "
  "report what nobody disputes; month")
E("bo06", "said police had confined her to their", CHNCOP, A("Liu Xia", "CHN", "CVL"), ["17"], "173", "2010-10", None,
  False, "house arrest inside her own account: optional")
E("bo06", "Obama called on China to release Liu", A("Barack Obama", "USA", "GOV"), CHN, DEMAND, "1053", "2010-10", None,
  False, "single outside reaction: optional")
E("bo06", "was sentenced last December to 11 years", A("Chinese court", "CHN", "JUD"), LIU, ["17", "11"], "173",
  "2009-12", None, True, "dated background sentence 173 (court verdicts 17/11); agentless passive of a sentence, "
  "whose agent is a court by definition; 'last December' = 2009-12 (owned44 as06 has this verdict as its event; here "
  "it is background)")
E("bo06", "Foreign news broadcasts about the prize were", CHN, A("Chinese public", "CHN", "CVL"), ["17"], "1721",
  "2010-10", None, False, "agentless censorship 1721: optional")
F("bo06", "It was the first Nobel prize for", "historical count, no act")
F("bo06", "Whether Beijing would let any relative travel", "speculation")

# ---------------------------------------------------------------- bo07 Sarajevo, Europe (Bosnia and Herzegovina)
S("bo07", "2014-02-08", "Europe/Eurasia", """
Protesters set Bosnian presidency ablaze as anger over jobs spreads; Tuzla premier quits

SARAJEVO, Bosnia and Herzegovina —

Protesters angry over unemployment and corruption set fire to part of the Bosnian presidency building in Sarajevo on Friday, and crowds torched local government offices in Tuzla, Zenica and Mostar in the worst unrest since the end of the war.

Police fired tear gas and rubber bullets at stone-throwing demonstrators outside the presidency, and more than 100 people, most of them officers, were hurt, the health authorities said.

The protests began on Wednesday in Tuzla, a former industrial hub in the northeast, where thousands of workers laid off by privatised factories demanded their unpaid wages and pensions. In Tuzla, the regional prime minister, Sead Causevic, resigned on Friday after protesters stormed the cantonal government headquarters and set it alight.

Nermin Niksic, the prime minister of the Muslim-Croat federation, blamed hooligans for the violence and said those responsible would be punished.

Valentin Inzko, the international envoy who oversees the peace agreement, told an Austrian newspaper that European Union troops could be called in if the violence escalated.

Serb leader Milorad Dodik accused the organisers of trying to topple the country's institutions and said the unrest would not spread to the Serb half of Bosnia.

Bosnia's unemployment rate is around 40 percent. Nobody has claimed to lead the movement.
""")
BIHP = A("Bosnian protesters", "BIH", ["CVL", "OPP"])
BIHG = A("Bosnia's government", "BIH", "GOV")
BIHCOP = A("Bosnian police", "BIH", "COP")
TUZG = A("Tuzla cantonal government", "BIH", "GOV")
E("bo07", "Protesters set Bosnian presidency ablaze as anger", BIHP, BIHG, VPROT, "145", "2014-02-07", None, False,
  "headline")
E("bo07", "anger over jobs spreads; Tuzla premier quits", A("Sead Causevic", "BIH", "GOV"), BIHP, ["08"], "0831", "2014-02-07", None, False,
  "headline")
E("bo07", "set fire to part of the Bosnian presidency", BIHP, BIHG, VPROT, "145", "2014-02-07", P("Sarajevo", "BIH"),
  True, "arson of a state building 145 (14/18/17, as owned54 bc01); 'in Sarajevo' names the place; 'on Friday' "
  "before a Saturday paper")
E("bo07", "crowds torched local government offices in Tuzla", BIHP, TUZG, VPROT, "145", "2014-02-07", P("Tuzla", "BIH"),
  False, "second clause, compound places, Tuzla detailed later: optional")
E("bo07", "Police fired tear gas and rubber bullets", BIHCOP, BIHP, REPR, "175", "2014-02", None, True,
  "force against protesters 175 (17/18); 'outside the presidency' names no city: no place; no day in the sentence: "
  "month")
E("bo07", "The protests began on Wednesday in Tuzla", A("Tuzla workers", "BIH", ["CVL", "LAB"]), TUZG, ["14"], "141",
  "2014-02-05", P("Tuzla", "BIH"), True, "demonstration 141; 'in Tuzla' names the place; 'on Wednesday' before a "
  "Saturday paper; the workers are the relative's subject")
E("bo07", "the regional prime minister, Sead Causevic, resigned", A("Sead Causevic", "BIH", "GOV"), BIHP, ["08"], "0831",
  "2014-02-07", P("Tuzla", "BIH"), True, "resignation under protest pressure 0831, protesters as implied target "
  "(news-dev d09); 'In Tuzla' opens the sentence; 'on Friday'")
E("bo07", "protesters stormed the cantonal government headquarters and", BIHP, TUZG, VPROT, "145", "2014-02-07",
  P("Tuzla", "BIH"), True, "storming and arson 145 in an 'after' clause with its own agent, before the resignation "
  "the same day")
E("bo07", "blamed hooligans for the violence and said", A("Nermin Niksic", "BIH", "GOV"), BIHP, ["11"], "112", "2014-02",
  None, True, "blame 112; month")
E("bo07", "said those responsible would be punished", A("Nermin Niksic", "BIH", "GOV"), BIHP, ["13"], "130", "2014-02",
  None, False, "threat, second verb: optional")
E("bo07", "told an Austrian newspaper that European Union", A("Valentin Inzko", None, "IGO"), BIHP, ["13"], "138",
  "2014-02", None, False, "conditional threat of force by an outside envoy: optional")
E("bo07", "Dodik accused the organisers of trying to", A("Milorad Dodik", "BIH", ["GOV", "PTY"]), BIHP, ["11"], "112",
  "2014-02", None, True, "accusation 112; month")
F("bo07", "Bosnia's unemployment rate is around 40 percent.", "count, standing situation")
F("bo07", "Nobody has claimed to lead the movement.", "negated act")

# ---------------------------------------------------------------- bo08 Tbilisi, Europe (Georgia)
S("bo08", "2024-12-01", "Europe/Eurasia", """
Georgian police turn water cannon on crowds after government shelves EU bid

TBILISI, Georgia —

Georgian riot police fired water cannon and pepper spray at thousands of protesters outside parliament for a third night on Saturday, after the government said it would stop seeking talks on joining the European Union until the end of 2028.

The interior ministry said 107 people had been detained on Friday night and that 10 officers had been injured as demonstrators threw fireworks and stones at police lines on Rustaveli Avenue.

Prime Minister Irakli Kobakhidze announced the suspension on Thursday, hours after the European Parliament adopted a resolution calling for a rerun of last month's parliamentary election, which his Georgian Dream party won. He accused Brussels of blackmail.

President Salome Zourabichvili, a fierce critic of the government whose largely ceremonial term ends this month, said she would not step down because the new parliament was illegitimate. Georgian Dream accused her of trying to stage a coup.

Several Georgian ambassadors resigned in protest, and more than 200 diplomats signed an open letter saying the decision violated the constitution.

In Washington, the State Department said on Saturday that it was suspending its strategic partnership with Georgia, condemning what it called excessive force against peaceful protesters.

Georgia's constitution commits the country to seeking membership of the EU and NATO. It was unclear how long the protests would last.
""")
GEOCOP = A("Georgian riot police", "GEO", "COP")
GEOP = A("Georgian protesters", "GEO", ["CVL", "OPP"])
KOB = A("Irakli Kobakhidze", "GEO", "GOV")
EU = A("European Union", "EUR", "IGO")
GD = A("Georgian Dream", "GEO", ["PTY", "GOV"])
ZOUR = A("Salome Zourabichvili", "GEO", "GOV")
E("bo08", "Georgian police turn water cannon on crowds", GEOCOP, GEOP, REPR, "175", "2024-11-30", None, False, "headline")
E("bo08", "after government shelves EU bid", A("Georgia's government", "GEO", "GOV"), EU, ["16", "12"], "164", "2024-11-28",
  None, False, "headline")
E("bo08", "Georgian riot police fired water cannon and", GEOCOP, GEOP, REPR, "175", "2024-11-30", None, True,
  "force against protesters 175 (17/18); 'outside parliament' names no city: no place; 'on Saturday' before a "
  "Sunday paper")
E("bo08", "after the government said it would stop", A("Georgia's government", "GEO", "GOV"), EU, ["16", "12"], "164",
  "2024-11-28", None, False, "lead summary of the suspension detailed in the third paragraph: optional")
E("bo08", "The interior ministry said 107 people had", A("Georgia's interior ministry", "GEO", ["COP", "GOV"]), GEOP,
  ["17"], "173", "2024-11-29", None, True, "arrests reported by the arresting ministry 173, required (as owned35 "
  "ai05); 'on Friday night'")
E("bo08", "as demonstrators threw fireworks and stones at", GEOP, GEOCOP, VPROT, "145", "2024-11-29", None, False,
  "violence told by one side (the ministry): optional; 'on Rustaveli Avenue' names no city")
E("bo08", "Irakli Kobakhidze announced the suspension on Thursday", KOB, EU, ["16", "12"], "164", "2024-11-28", None,
  True, "halting accession talks 164 (16/12); 'on Thursday' before a Sunday paper")
E("bo08", "hours after the European Parliament adopted a", A("European Parliament", "EUR", ["IGO", "LEG"]),
  A("Georgia's government", "GEO", "GOV"), DEMAND, "104", "2024-11-28", None, True,
  "call for a new election 104 (as owned35 ai09) in an 'hours after' clause with its own agent: required; the "
  "October vote itself is not coded")
E("bo08", "He accused Brussels of blackmail.", KOB, EU, ["11"], "112", "2024-11", None, True,
  "accusation 112; 'Brussels' = the EU; month")
E("bo08", "said she would not step down because", ZOUR, GD, ["12"], "124", "2024-11", None, False,
  "a refusal put as an intention ('would not step down'): optional")
E("bo08", "Georgian Dream accused her of trying to", GD, ZOUR, ["11"], "112", "2024-11", None, True,
  "accusation 112; month")
E("bo08", "Several Georgian ambassadors resigned in protest, and", A("Georgian ambassadors", "GEO", "GOV"),
  A("Georgia's government", "GEO", "GOV"), ["14", "08"], "140", "2024-11", None, False,
  "resignations in protest: no clear CAMEO class; optional")
E("bo08", "the State Department said on Saturday that", A("U.S. State Department", "USA", "GOV"),
  A("Georgia's government", "GEO", "GOV"), SANCT, "160", "2024-11-30", P("Washington", "USA"), True,
  "suspending a strategic partnership 160 (16/17, as owned54 bc12); a material act, not a mere comment; 'In "
  "Washington' names where it was decided; 'on Saturday'")
F("bo08", "Georgia's constitution commits the country to seeking", "standing situation")
F("bo08", "It was unclear how long the protests", "speculation")

# ---------------------------------------------------------------- bo09 Caracas, Americas (Venezuela)
S("bo09", "2017-04-01", "Americas", """
Venezuela's top court backs down on seizing Congress powers after outcry

CARACAS, Venezuela —

Venezuela's Supreme Court reversed itself early on Saturday and handed back the powers it had taken from the opposition-led National Assembly, after even the country's attorney general denounced the move as a break with the constitution.

The court, packed with allies of President Nicolas Maduro, had ruled late on Wednesday that it would take over the legislature's functions because lawmakers were in contempt of earlier rulings. A day earlier it stripped legislators of their immunity from prosecution.

Assembly President Julio Borges called the ruling a coup and tore up a copy of it in front of reporters. Luis Almagro, the head of the Organization of American States, accused Maduro of carrying out a self-coup.

Attorney General Luisa Ortega Diaz, long a loyal supporter of the government, said on Friday that the rulings violated the constitutional order, in a rare public break within the ruling camp.

Maduro called his national defence council into session overnight, and it asked the court to review its decisions.

In Caracas, National Guard troops fired tear gas at students who tried to march on the court on Friday, and several protesters were detained, witnesses said.

Peru withdrew its ambassador from Caracas on Thursday, and the United States condemned the court's decision.

The opposition has held a majority in the assembly since January 2016. Whether the reversal would end the crisis was not clear.
""")
TSJ = A("Venezuela's Supreme Court", "VEN", ["JUD", "GOV"])
AN = A("Venezuela's National Assembly", "VEN", ["LEG", "OPP"])
MADURO = A("Nicolas Maduro", "VEN", "GOV")
VENGN = A("Venezuelan National Guard", "VEN", ["MIL", "COP"])
VENST = A("Venezuelan students", "VEN", ["CVL", "EDU"])
E("bo09", "top court backs down on seizing Congress", TSJ, AN, ["08"], "081", "2017-04-01", None, False, "headline")
E("bo09", "Venezuela's Supreme Court reversed itself early on", TSJ, AN, ["08"], "081", "2017-04-01", None, True,
  "handing back powers, a concession 081 (as owned35 ai11's lifted ban); 'early on Saturday' in a Saturday paper")
E("bo09", "the country's attorney general denounced the move", A("Luisa Ortega Diaz", "VEN", ["GOV", "JUD"]), TSJ,
  ["11"], "112", "2017-03-31", None, False, "lead summary of the statement detailed in the fourth paragraph: optional")
E("bo09", "had ruled late on Wednesday that it", TSJ, AN, ["17", "12", "11"], "172", "2017-03-29", None, True,
  "a court taking over a legislature's powers 172 (17/12/11, as owned35 ai08's annulment); pluperfect with its day: "
  "'late on Wednesday' before a Saturday paper")
E("bo09", "A day earlier it stripped legislators of", TSJ, AN, ["17", "11"], "172", "2017-03-28", None, True,
  "stripping immunity 172 (17/11); 'A day earlier' than Wednesday = Tuesday")
E("bo09", "Assembly President Julio Borges called the ruling", A("Julio Borges", "VEN", ["LEG", "OPP"]), TSJ, ["11"],
  "111", "2017-03", None, True, "denunciation as a coup 111 (as owned35 ai01); month")
E("bo09", "accused Maduro of carrying out a self-coup", A("Luis Almagro", "OAS", "IGO"), MADURO, ["11"], "112",
  "2017-03", None, False, "single outside reaction: optional; the OAS `OAS`/IGO as news-dev")
E("bo09", "Luisa Ortega Diaz, long a loyal supporter", A("Luisa Ortega Diaz", "VEN", ["GOV", "JUD"]), TSJ, ["11"],
  "112", "2017-03-31", None, True, "accusation that the rulings broke the constitution 112; 'on Friday' before a "
  "Saturday paper")
E("bo09", "and it asked the court to review", A("Venezuela's national defence council", "VEN", "GOV"), TSJ, DEMAND,
  "020", "2017-03", None, True, "request 020 (10/02); 'it' = the council; 'overnight' without an anchor: month")
E("bo09", "National Guard troops fired tear gas at", VENGN, VENST, REPR, "175", "2017-03-31", P("Caracas", "VEN"), True,
  "force against marchers 175 (17/18); 'In Caracas' names the place; 'on Friday'")
E("bo09", "several protesters were detained, witnesses said", VENGN, VENST, ["17"], "173", "2017-03-31",
  P("Caracas", "VEN"), False, "agentless passive arrest: optional")
E("bo09", "Peru withdrew its ambassador from Caracas on", A("Peru", "PER", "GOV"), A("Venezuela", "VEN", "GOV"), ["16"],
  "161", "2017-03-30", None, True, "recalling one's own envoy 161 (news-dev); 'Caracas' is where the envoy was, not "
  "where Peru acted: no place; 'on Thursday'; first of two reactions in the sentence")
E("bo09", "the United States condemned the court's decision", A("United States", "USA", "GOV"), TSJ, ["11"], "111",
  "2017-03", None, False, "second reaction: optional")
F("bo09", "The opposition has held a majority in", "standing situation")
F("bo09", "Whether the reversal would end the crisis", "speculation")

# ---------------------------------------------------------------- bo10 La Paz, Americas (Bolivia / Mexico / Spain)
S("bo10", "2019-12-31", "Americas", """
Bolivia expels Mexican and Spanish diplomats in row over asylum seekers at embassy

LA PAZ, Bolivia —

Bolivia's interim government ordered Mexico's ambassador and two Spanish diplomats to leave the country within 72 hours on Monday, accusing them of plotting to smuggle out former officials who have been sheltering in the Mexican ambassador's residence.

Interim President Jeanine Anez said the diplomats had gravely harmed Bolivia's sovereignty. Foreign Minister Karen Longaric said Mexico had turned its residence into a refuge for people facing charges of sedition and terrorism.

Spain responded hours later by expelling three Bolivian diplomats from Madrid. The Spanish foreign ministry denied that its officials had tried to help anyone escape and said they had only paid a courtesy visit.

The row erupted on Friday, when Spain's charge d'affaires and consul arrived at the Mexican residence in La Paz with security agents whose faces were covered. Supporters of the interim government surrounded the cars and blocked them from leaving.

About nine aides of former President Evo Morales, including ex-minister Juan Ramon Quintana, took refuge in the residence after Morales resigned in November. Mexico granted them asylum, but Bolivia has refused to give them safe conduct out of the country.

Mexico's foreign minister, Marcelo Ebrard, said last week that his government would take Bolivia to the International Court of Justice over the heavy police presence around the residence.

It was not clear where the Mexican ambassador would go. No date has been set for any hearing.
""")
BOL = A("Bolivia's interim government", "BOL", "GOV")
MEX = A("Mexico's government", "MEX", "GOV")
ESP = A("Spain's government", "ESP", "GOV")
E("bo10", "Bolivia expels Mexican and Spanish diplomats in", BOL, MEX, SANCT, "161", "2019-12-30", None, False, "headline")
E("bo10", "ordered Mexico's ambassador and two Spanish diplomats", BOL, MEX, SANCT, "161", "2019-12-30", None, True,
  "expelling diplomats 161 (16/17; 174 also right); compound object, Mexico first; 'on Monday' before a Tuesday paper")
E("bo10", "ordered Mexico's ambassador and two Spanish diplomats", BOL, ESP, SANCT, "161", "2019-12-30", None, False,
  "second member: optional")
E("bo10", "accusing them of plotting to smuggle out", BOL, MEX, ["11"], "112", "2019-12-30", None, False,
  "participle clause: optional")
E("bo10", "Jeanine Anez said the diplomats had gravely", A("Jeanine Anez", "BOL", "GOV"), MEX, ["11"], "112", "2019-12",
  None, True, "accusation 112; month")
E("bo10", "Karen Longaric said Mexico had turned its", A("Karen Longaric", "BOL", "GOV"), MEX, ["11"], "112", "2019-12",
  None, True, "accusation 112; month")
E("bo10", "Spain responded hours later by expelling three", ESP, A("Bolivia's government", "BOL", "GOV"), SANCT, "161",
  "2019-12", P("Madrid", "ESP"), True, "expulsion 161 (16/17); 'from Madrid' names the place; 'hours later' "
  "(month, as owned54 bc10)")
E("bo10", "The Spanish foreign ministry denied that its", ESP, BOL, DENY, "016", "2019-12", None, True,
  "denial 016 (01/12); month")
E("bo10", "Supporters of the interim government surrounded the", A("Bolivian government supporters", "BOL", "CVL"),
  A("Spanish diplomats", "ESP", "GOV"), ["14", "17"], "144", "2019-12", None, True,
  "blocking the diplomats' cars 144 (14/17); no day of its own after 'on Friday' in the sentence before: month; La "
  "Paz is in the sentence before: no place")
E("bo10", "after Morales resigned in November", A("Evo Morales", "BOL", "GOV"), None, ["08"], "0831", "2019-11", None,
  False, "dated background resignation, but the text names no pressure or addressee (target null) and uses it as "
  "time: optional (news-dev d09 has the pressure leading up to it)")
E("bo10", "Bolivia has refused to give them safe", BOL, MEX, ["12"], "120", "2019", None, False,
  "a present-perfect refusal with no date (year): optional")
E("bo10", "said last week that his government would", A("Marcelo Ebrard", "MEX", "GOV"), BOL, ["11"], "115", "2019-12",
  None, False, "legal action put as an intention ('would take'): optional, as owned35 ai01")
F("bo10", "It was not clear where the Mexican", "speculation")
F("bo10", "No date has been set for any hearing.", "negated act")

# ---------------------------------------------------------------- bo11 Ankara, Middle East (Turkey / Israel)
S("bo11", "2010-01-14", "Middle East", """
Israel apologises to Turkey after envoy is seated on low sofa

ANKARA, Turkey —

Israel formally apologised to Turkey on Wednesday for the humiliating treatment of the Turkish ambassador, ending a diplomatic row that had threatened to push the two former allies to a break.

The apology came in a letter from Deputy Foreign Minister Danny Ayalon, who had summoned Ambassador Ahmet Oguz Celikkol on Monday to protest against a Turkish television series that shows Israeli agents kidnapping children.

In front of Israeli cameras, Ayalon had the envoy seated on a low sofa while he and his aides sat in higher chairs, and he pointed out in Hebrew that no Turkish flag was on the table.

President Abdullah Gul said on Tuesday that Ankara would recall the ambassador unless Israel apologised by Wednesday evening. Turkish officials rejected a first statement of regret by Ayalon on Tuesday as insufficient.

Prime Minister Benjamin Netanyahu's office said Ayalon's conduct had been inappropriate and that the written apology had been sent with Netanyahu's approval. Turkey's foreign ministry said the letter had answered its demand and the matter was closed.

Relations have been tense since Prime Minister Recep Tayyip Erdogan stormed off a stage in Davos last January after a heated exchange with Israeli President Shimon Peres over the Gaza war.

Defence Minister Ehud Barak is due in Ankara on Sunday for talks. Israel has not recalled its own ambassador from Ankara at any point in the row. Officials did not say whether the planned visit would now go ahead as normal.
""")
ISR = A("Israel's government", "ISR", "GOV")
TUR = A("Turkey's government", "TUR", "GOV")
AYALON = A("Danny Ayalon", "ISR", "GOV")
CELIK = A("Ahmet Oguz Celikkol", "TUR", "GOV")
E("bo11", "Israel apologises to Turkey after envoy is", ISR, TUR, ["05", "08"], "055", "2010-01-13", None, False,
  "headline")
E("bo11", "Israel formally apologised to Turkey on Wednesday", ISR, TUR, ["05", "08"], "055", "2010-01-13", None, True,
  "apology 055 (05/08); 'on Wednesday' before a Thursday paper")
E("bo11", "The apology came in a letter from", AYALON, TUR, ["05", "08"], "055", "2010-01-13", None, False,
  "restatement of the apology: optional")
E("bo11", "who had summoned Ambassador Ahmet Oguz Celikkol on", AYALON, CELIK, ["11"], "114", "2010-01-11", None, True,
  "summoning an envoy to protest 114 (news-dev), in a dated relative with its own agent; 'on Monday'")
E("bo11", "Ayalon had the envoy seated on a", AYALON, CELIK, ["11"], "110", "2010-01-11", None, False,
  "a snub with no clear CAMEO class (disapproval 110 at most): optional")
E("bo11", "Gul said on Tuesday that Ankara would", A("Abdullah Gul", "TUR", "GOV"), ISR, ["13"], "1313", "2010-01-12",
  None, True, "threat to reduce relations 1313 (recall the envoy unless Israel apologises); 'Ankara' = Turkey's "
  "government; 'on Tuesday'")
E("bo11", "Turkish officials rejected a first statement of", TUR, ISR, ["12"], "120", "2010-01-12", None, True,
  "rejection 120; 'on Tuesday'")
E("bo11", "Netanyahu's office said Ayalon's conduct had been", A("Benjamin Netanyahu", "ISR", "GOV"), AYALON, ["11"],
  "111", "2010-01", None, True, "criticism 111 of his own deputy minister; month")
E("bo11", "Turkey's foreign ministry said the letter had", TUR, ISR, AGREE, "050", "2010-01", None, False,
  "accepting the apology: no exact CAMEO class; optional")
E("bo11", "Erdogan stormed off a stage in Davos", A("Recep Tayyip Erdogan", "TUR", "GOV"),
  A("Shimon Peres", "ISR", "GOV"), ["14"], "140", "2009-01", P("Davos", "CHE"), True,
  "walkout in protest 140, dated background in a 'since' clause with its own agent; 'last January' = 2009-01; "
  "'in Davos' names the place")
E("bo11", "after a heated exchange with Israeli President", A("Recep Tayyip Erdogan", "TUR", "GOV"),
  A("Shimon Peres", "ISR", "GOV"), ["11"], "111", "2009-01", P("Davos", "CHE"), False,
  "joint verbal exchange, nominal: optional")
E("bo11", "Ehud Barak is due in Ankara on", A("Ehud Barak", "ISR", "GOV"), TUR, ["04"], "042", "2010-01",
  P("Ankara", "TUR"), False, "a planned visit, not yet made: optional; month (the Sunday falls after publication)")
F("bo11", "Israel has not recalled its own ambassador", "negated act")
F("bo11", "Officials did not say whether the planned", "negated statement and speculation")

# ---------------------------------------------------------------- bo12 Baghdad, Middle East (Iraq / United States)
S("bo12", "2007-09-18", "Middle East", """
Iraq pulls Blackwater's licence after guards kill civilians in Baghdad square

BAGHDAD, Iraq —

Iraq's government said on Monday it was revoking the licence of Blackwater USA, the private security firm that guards American diplomats, a day after its guards opened fire in a crowded Baghdad square and killed at least 11 civilians.

Interior Ministry spokesman Abdul-Karim Khalaf said the company would no longer be allowed to work anywhere in Iraq and that the guards involved would face Iraqi justice.

The shooting erupted in Nisour Square in western Baghdad as a Blackwater convoy escorting State Department officials passed through. Witnesses said the guards fired at cars after a single vehicle failed to stop, and that nobody had shot at them first.

Blackwater said its men had come under attack and had responded lawfully to protect the lives of the people in their care.

Prime Minister Nouri al-Maliki called the killings a crime and told reporters that Iraq would not tolerate foreign contractors killing its citizens in cold blood.

Secretary of State Condoleezza Rice telephoned Maliki on Monday to express her regret and promised a full investigation, U.S. officials said. On Tuesday the U.S. embassy suspended all diplomatic road travel outside the fortified Green Zone.

Tens of thousands of private guards work in Iraq. It was unclear whether Iraqi courts had any power over foreign contractors.
""")
IRQ = A("Iraq's government", "IRQ", "GOV")
BW = A("Blackwater USA", "USA", "BUS")
BWG = A("Blackwater guards", "USA", ["BUS", "GOV"])
IRQCVL = A("Iraqi civilians", "IRQ", "CVL")
MALIKI = A("Nouri al-Maliki", "IRQ", "GOV")
E("bo12", "Iraq pulls Blackwater's licence after guards kill", IRQ, BW, ["17", "16"], "172", "2007-09-17", None, False,
  "headline")
E("bo12", "guards kill civilians in Baghdad square", BWG, IRQCVL, ["18", "19"], "180", "2007-09-16", P("Baghdad", "IRQ"),
  False, "headline")
E("bo12", "Iraq's government said on Monday it was", IRQ, BW, ["17", "16"], "172", "2007-09-17", None, True,
  "revoking a company's licence, an administrative sanction 172 (17/16); 'on Monday' before a Tuesday paper")
E("bo12", "a day after its guards opened fire", BWG, IRQCVL, ["18", "19"], "180", "2007-09-16", P("Baghdad", "IRQ"),
  True, "the shooting 180 (18/19, as owned54 bc06), in an 'a day after' clause with its own agent; 'a crowded "
  "Baghdad square' names the city; Sunday")
E("bo12", "Khalaf said the company would no longer", A("Abdul-Karim Khalaf", "IRQ", "GOV"), BW, ["17", "16"], "172",
  "2007-09", None, False, "restatement of the ban: optional")
E("bo12", "that the guards involved would face Iraqi", A("Abdul-Karim Khalaf", "IRQ", "GOV"), BWG, ["13"], "130",
  "2007-09", None, False, "threat of prosecution, second clause: optional")
E("bo12", "Witnesses said the guards fired at cars", BWG, IRQCVL, ["18", "19"], "180", "2007-09", None, False,
  "restatement inside witnesses' account: optional")
E("bo12", "Blackwater said its men had come under", BW, IRQ, DENY, "016", "2007-09", None, True,
  "denial of wrongdoing 016 (01/12) against the Iraqi charge; the attack it claims is one side's account and not "
  "coded; month")
E("bo12", "Maliki called the killings a crime and", MALIKI, BW, ["11"], "112", "2007-09", None, True,
  "accusation 112; month")
E("bo12", "told reporters that Iraq would not tolerate", MALIKI, BW, ["13"], "130", "2007-09", None, False,
  "warning, second verb: optional")
E("bo12", "Condoleezza Rice telephoned Maliki on Monday to", A("Condoleezza Rice", "USA", "GOV"), MALIKI, ["04"], "041",
  "2007-09-17", None, True, "telephone call 041; 'on Monday'")
E("bo12", "the U.S. embassy suspended all diplomatic road", A("U.S. embassy in Iraq", "USA", "GOV"), BW, ["16", "17"],
  "160", "2007-09-18", None, False, "halting the convoys the firm guards; no clear target: optional")
F("bo12", "Tens of thousands of private guards work", "count, standing situation")
F("bo12", "It was unclear whether Iraqi courts had", "speculation")

if __name__ == "__main__":
    write(HERE)
