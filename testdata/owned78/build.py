#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned78 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned78/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18", "17"]
REMOVE = ["17", "12", "11"]

# ---------------------------------------------------------------- ca01 Mogadishu, Africa (Somalia / Kenya)
S("ca01", "2020-12-16", "Africa", """
Somalia cuts diplomatic ties with Kenya after Nairobi hosts Somaliland leader

MOGADISHU, Somalia —

Somalia severed diplomatic relations with Kenya on Tuesday, accusing its neighbour of meddling in its internal affairs and ordering Kenyan diplomats to leave the country within seven days.

Information Minister Osman Dubbe, reading a statement on state television, said the government had taken the step in response to what he called repeated violations of Somalia's sovereignty by Nairobi. Somalia would also recall all of its own diplomats from Kenya, he said.

The announcement came a day after Kenyan President Uhuru Kenyatta welcomed Muse Bihi Abdi, the president of the breakaway region of Somaliland, at State House in Nairobi, where the two men agreed that Kenya would open a consulate in Hargeisa.

Mogadishu regards Somaliland, which declared independence in 1991, as part of its territory and objects to any foreign leader treating it as a separate state.

Dubbe also accused Kenya of arming militias loyal to the leader of the southern Jubaland region, where Somali federal troops have clashed with local forces.

Relations were already strained. Last month Somalia expelled Kenya's ambassador and recalled its own envoy from Nairobi, saying Kenya was interfering in the election process in Jubaland.

Kenyan officials did not comment on the decision on Tuesday night.

Kenya has several thousand soldiers in Somalia as part of an African Union force fighting the al Qaeda-linked al-Shabaab insurgents.
""")
SOMG = A("Somalia's government", "SOM", "GOV")
KENG = A("Kenya's government", "KEN", "GOV")
DUBBE = A("Osman Dubbe", "SOM", "GOV")
KENYATTA = A("Uhuru Kenyatta", "KEN", "GOV")
BIHI = A("Muse Bihi Abdi", "SOM", ["GOV", "REB"])
E("ca01", "Somalia cuts diplomatic ties with Kenya", SOMG, KENG, SANCT, "1622", "2020-12", None, False,
  "headline; breaking relations 16 (sanctions tolerance 16/17)")
E("ca01", "Somalia severed diplomatic relations with Kenya on", SOMG, KENG, SANCT, "1622", "2020-12-15", None, True,
  "breaking diplomatic relations (16, CAMEO 1622 is the nearest leaf); 'on Tuesday' before a Wednesday paper; "
  "a country named as actor is its government")
E("ca01", "Somalia severed diplomatic relations with Kenya on", SOMG, KENG, ["11"], "112", "2020-12-15", None, False,
  "the participial 'accusing its neighbour of meddling': optional (the minister's accusation is detailed later)")
E("ca01", "Somalia severed diplomatic relations with Kenya on", SOMG, KENG, ["17", "16"], "174", "2020-12-15", None,
  False, "ordering the Kenyan diplomats out 174 (or 16): second participle, optional")
E("ca01", "said the government had taken the step", DUBBE, KENG, ["11"], "112", "2020-12-15", None, True,
  "the minister's charge of repeated violations 112; the statement is the Tuesday announcement, so its day")
E("ca01", "Somalia would also recall all of its", SOMG, KENG, SANCT, "161", "2020-12-15", None, False,
  "recall of its own diplomats 161 (news-dev), reported as what Dubbe said would follow: optional")
E("ca01", "welcomed Muse Bihi Abdi, the president of", KENYATTA, BIHI, ["04"], "042", "2020-12-14",
  P("Nairobi", "KEN"), True, "hosting a visit (04, 042 with the host as source as news-dev's hosting); 'a day "
  "after' Tuesday = Monday Dec. 14; 'in Nairobi' names the place; Bihi SOM with GOV/REB (a breakaway region's leader)")
E("ca01", "where the two men agreed that Kenya", KENYATTA, BIHI, AGREE, "057", "2020-12-14", P("Nairobi", "KEN"),
  True, "agreement (05/03/08) inside a 'where' relative with its own agent; first-mentioned direction required")
E("ca01", "where the two men agreed that Kenya", BIHI, KENYATTA, AGREE, "057", "2020-12-14", P("Nairobi", "KEN"),
  False, "reverse direction: 'the two men' names both as doers, optional")
E("ca01", "Dubbe also accused Kenya of arming militias", DUBBE, KENG, ["11"], "112", "2020-12-15", None, True,
  "accusation 112; a further part of the Tuesday statement")
E("ca01", "where Somali federal troops have clashed with", A("Somali federal troops", "SOM", "MIL"),
  A("Jubaland forces", "SOM", ["MIL", "REB"]), CLASH, "190", "2020", P("Jubaland", "SOM"), False,
  "undated present-perfect clashes in a relative: optional")
E("ca01", "Last month Somalia expelled Kenya's ambassador and", SOMG, KENG, ["17", "16"], "174", "2020-11", None, True,
  "expelling an ambassador (174, 16 also right); 'Last month' = November 2020; dated background")
E("ca01", "Last month Somalia expelled Kenya's ambassador and", SOMG, KENG, SANCT, "161", "2020-11", None, False,
  "recall of its own envoy, second verb of the compound: optional")
F("ca01", "Kenyan officials did not comment on the", "negated statement: nothing said")
F("ca01", "Kenya has several thousand soldiers in Somalia", "standing situation and count")

# ---------------------------------------------------------------- ca02 Kigali, Africa (Rwanda / Uganda)
S("ca02", "2019-03-06", "Africa", """
Rwanda tells citizens not to travel to Uganda, accuses Kampala of backing rebels

KIGALI, Rwanda —

Rwanda on Tuesday advised its citizens not to travel to neighbouring Uganda, saying they risked arrest and torture there, days after it shut the main border crossing between the two countries to cargo lorries.

Foreign Minister Richard Sezibera told reporters that Ugandan security services had detained hundreds of Rwandans over the past two years, often without charge, and that some had been tortured in custody.

He accused Kampala of sheltering and supporting the Rwanda National Congress, an exiled opposition group that Kigali regards as a terrorist movement, and other rebels seeking to topple President Paul Kagame's government.

"We cannot tell our people to go to a country where they are not safe," Sezibera said.

Rwandan authorities closed the Gatuna crossing to heavy goods traffic on Thursday, saying that construction work on the border post made it impassable. Hundreds of lorries have since queued on the Ugandan side.

Uganda's foreign ministry denied the allegations in a statement late on Tuesday, saying Rwandans living in Uganda were safe and that it did not host anyone seeking to destabilise its neighbour. It called the border closure a breach of East African Community rules on free movement.

Ugandan officials said they had written to Kigali asking for talks to resolve the dispute.

Traders in Kampala said the price of goods bound for Rwanda could rise if the closure lasted for weeks.

The two leaders fought side by side in the 1980s but have been estranged for years.
""")
RWAG = A("Rwanda's government", "RWA", "GOV")
UGAG = A("Uganda's government", "UGA", "GOV")
SEZ = A("Richard Sezibera", "RWA", "GOV")
E("ca02", "accuses Kampala of backing rebels", RWAG, UGAG, ["11"], "112", "2019-03", None, False, "headline")
E("ca02", "Rwanda on Tuesday advised its citizens not", RWAG, UGAG, ["11"], "112", "2019-03-05", None, False,
  "the travel advice is a warning to its own people; the implied charge against Uganda is the later accusation: "
  "optional (coders split between a warning 13, an accusation and no event)")
E("ca02", "Ugandan security services had detained hundreds of", A("Ugandan security services", "UGA", ["SPY", "COP"]),
  A("Rwandans in Uganda", "RWA", "CVL"), ["17"], "173", "2019", None, False,
  "arrests inside Sezibera's account, disputed by Uganda: optional ('over the past two years': year at best)")
E("ca02", "Foreign Minister Richard Sezibera told reporters that", SEZ, UGAG, ["11"], "112", "2019-03-05", None, True,
  "accusation of detention and torture 112; the sentence follows the Tuesday lead: the day the context gives")
E("ca02", "He accused Kampala of sheltering and supporting", SEZ, UGAG, ["11"], "112", "2019-03-05", None, True,
  "'He' = Sezibera; 'Kampala' is an actor (Uganda's government), not a place; Tuesday")
E("ca02", "Rwandan authorities closed the Gatuna crossing to", RWAG, UGAG, ["17", "16"], "1721", "2019-02-28",
  P("Gatuna", "RWA"), True, "border closure (17, 16 also right: news-dev's border closures); 'on Thursday' before "
  "a Wednesday paper = Feb. 28; the crossing is on the Rwandan side")
E("ca02", "Uganda's foreign ministry denied the allegations in", UGAG, RWAG, DENY, "016", "2019-03-05", None, True,
  "denial of Rwanda's accusation 016 (01/12); 'late on Tuesday'")
E("ca02", "It called the border closure a breach", UGAG, RWAG, ["11"], "112", "2019-03-05", None, True,
  "'It' = Uganda's foreign ministry; accusation of breaking EAC rules 112; same statement, Tuesday")
E("ca02", "Ugandan officials said they had written to", UGAG, RWAG, ["02", "10", "03"], "026", "2019-03", None, True,
  "a request for talks (02, 10 or 03 where coders split); undated letter: month")
E("ca02", "days after it shut the main border", RWAG, UGAG, ["17", "16"], "1721", "2019-02-28", None, False,
  "lead summary of the closure detailed in the fifth paragraph: optional")
F("ca02", "Traders in Kampala said the price of", "speculation about prices")
F("ca02", "The two leaders fought side by side", "historical aside and standing situation")

# ---------------------------------------------------------------- ca03 Baghdad, Middle East (Iraq / U.S. / Iran)
S("ca03", "2020-01-06", "Middle East", """
Iraqi parliament votes to expel U.S. troops after Soleimani killing; Trump threatens sanctions

BAGHDAD, Iraq —

Iraq's parliament voted on Sunday to demand that U.S. and other foreign troops leave the country, two days after an American drone strike near Baghdad airport killed the Iranian general Qassem Soleimani.

The resolution, backed by Shi'ite blocs close to Tehran, was passed while most Kurdish and Sunni members stayed away from the session. Caretaker Prime Minister Adel Abdul Mahdi, who attended, told lawmakers the strike had been a political assassination and a violation of the terms under which American forces were in Iraq.

Early on Friday a U.S. drone fired missiles at a convoy leaving the airport, killing Soleimani, the commander of the Revolutionary Guards' Quds Force, and Abu Mahdi al-Muhandis, the deputy leader of Iraq's Popular Mobilisation Forces.

The foreign ministry summoned the U.S. ambassador on Sunday and lodged a complaint with the U.N. Security Council over the attack.

Speaking to reporters aboard Air Force One later that day, President Donald Trump said Washington would impose sanctions on Iraq "like they've never seen before" if the troops were forced out.

In Tehran, Iran's Supreme Leader Ayatollah Ali Khamenei had vowed harsh revenge on Friday.

The resolution is not binding, and it remained unclear whether the caretaker government could carry it out.

About 5,000 American troops are stationed in Iraq, where they train local forces fighting Islamic State remnants.
""")
IRQLEG = A("Iraq's parliament", "IRQ", ["LEG", "GOV"])
IRQG = A("Iraq's government", "IRQ", "GOV")
USMIL = A("U.S. forces", "USA", "MIL")
USG = A("U.S. government", "USA", "GOV")
SOLE = A("Qassem Soleimani", "IRN", "MIL")
E("ca03", "after Soleimani killing; Trump threatens sanctions", A("Donald Trump", "USA", "GOV"), IRQG, ["13"], "1312", "2020-01", None, False,
  "headline")
E("ca03", "Iraq's parliament voted on Sunday to demand", IRQLEG, USMIL, DEMAND, "106", "2020-01-05", None, True,
  "demand for withdrawal 106 (10/02); 'on Sunday' before a Monday paper")
E("ca03", "two days after an American drone strike", USMIL, SOLE, ["19", "18"], "195", "2020-01-03",
  P("Baghdad", "IRQ"), False, "lead summary of the strike detailed in the third paragraph: optional")
E("ca03", "told lawmakers the strike had been a", A("Adel Abdul Mahdi", "IRQ", "GOV"), USG, ["11"], "112",
  "2020-01-05", None, True, "accusation 112 by the caretaker premier at Sunday's session")
E("ca03", "Early on Friday a U.S. drone fired", USMIL, SOLE, ["19", "18"], "195", "2020-01-03", None, True,
  "air strike (1952 remotely piloted; 19, 18 also right for a targeted killing); 'Early on Friday' before a Monday "
  "paper = Jan. 3; 'the airport' gives no place here (Baghdad is named in another sentence)")
E("ca03", "Early on Friday a U.S. drone fired", USMIL, A("Abu Mahdi al-Muhandis", "IRQ", ["MIL", "GOV"]),
  ["19", "18"], "195", "2020-01-03", None, False, "second member of the compound object: optional")
E("ca03", "The foreign ministry summoned the U.S. ambassador", IRQG, USG, ["11"], "114", "2020-01-05",
  P("Baghdad", "IRQ"), True, "summoning an envoy to protest 114 (news-dev); a summons by the dateline's state: "
  "Baghdad; 'on Sunday'")
E("ca03", "The foreign ministry summoned the U.S. ambassador", IRQG, USG, ["11"], "114", "2020-01-05", None, False,
  "the complaint to the Security Council, second verb: optional")
E("ca03", "President Donald Trump said Washington would impose", A("Donald Trump", "USA", "GOV"), IRQG, ["13"],
  "1312", "2020-01-05", None, True, "threat of sanctions 1312; 'later that day' = Sunday; aboard Air Force One "
  "gives no place")
E("ca03", "had vowed harsh revenge on Friday", A("Ali Khamenei", "IRN", ["GOV", "REL"]), USG, ["13"], "138",
  "2020-01-03", P("Tehran", "IRN"), True, "threat of force 138 with the United States as implied target; 'on "
  "Friday' before a Monday paper; 'In Tehran' names where he spoke (the Baghdad dateline is not the place)")
F("ca03", "The resolution is not binding, and it", "analysis and speculation")
F("ca03", "About 5,000 American troops are stationed in", "count and standing situation")

# ---------------------------------------------------------------- ca04 Amman, Middle East (Jordan / Israel)
S("ca04", "2017-07-25", "Middle East", """
Israeli embassy staff leave Jordan after guard's deadly shooting; Israel removes Al-Aqsa metal detectors

AMMAN, Jordan —

Israel's ambassador and her staff, among them a security guard who shot dead two Jordanians on Sunday, crossed back into Israel late on Monday after Jordanian police were allowed to question the guard, ending a tense standoff.

Jordanian police said a 17-year-old carpenter who had come to deliver furniture to a flat used by the embassy stabbed the guard with a screwdriver. The guard opened fire, killing the youth and the Jordanian landlord of the building.

Jordan had at first refused to let the guard go without an investigation, while Israel insisted that he had diplomatic immunity. Prime Minister Benjamin Netanyahu spoke by telephone with King Abdullah on Monday, and the head of Israel's domestic security service flew to Amman to settle the dispute.

Early on Tuesday, Israel's security cabinet decided to remove the metal detectors it had installed at the entrances to the Al-Aqsa mosque compound, which had set off protests across the region.

The devices went up after three gunmen killed two Israeli policemen near the holy site on July 14.

Jerusalem's grand mufti, Mohammed Hussein, rejected the decision, saying worshippers would keep praying in the streets until all the new security measures were gone.

On Friday, thousands of Jordanians marched through Amman to denounce Israel's measures at the shrine.

Jordan is one of only two Arab states that have signed a peace treaty with Israel.

Officials in Amman would not say when the embassy might reopen.
""")
ISRG = A("Israel's government", "ISR", "GOV")
JORG = A("Jordan's government", "JOR", "GOV")
GUARD = A("Israeli embassy guard", "ISR", "GOV")
YOUTH = A("Jordanian youth", "JOR", "CVL")
E("ca04", "Israel removes Al-Aqsa metal detectors", ISRG, A("Palestinian worshippers", "PSE", ["CVL", "REL"]),
  ["08"], "081", "2017-07", None, False, "headline")
E("ca04", "among them a security guard who shot", GUARD, YOUTH, ["18", "19"], "180", "2017-07-23", None, False,
  "the shooting summed up in a relative of the lead and detailed in the next paragraph: optional")
E("ca04", "stabbed the guard with a screwdriver", YOUTH, GUARD, ["18"], "182", "2017-07-23", P("Amman", "JOR"), True,
  "assault 182 in the police account nobody disputes; the day from the lead ('on Sunday'); the flat is in Amman "
  "(dateline with 'a flat used by the embassy')")
E("ca04", "The guard opened fire, killing the youth", GUARD, YOUTH, ["18", "19"], "180", "2017-07-23",
  P("Amman", "JOR"), True, "a shooting by an individual 180 (18/19) as owned54 bc06; Sunday from the lead; "
  "first member of the compound object")
E("ca04", "The guard opened fire, killing the youth", GUARD, A("Jordanian landlord", "JOR", "CVL"), ["18", "19"],
  "180", "2017-07-23", P("Amman", "JOR"), False, "second member: optional")
E("ca04", "Jordan had at first refused to let", JORG, ISRG, ["12"], "1243", "2017-07", None, False,
  "undated pluperfect refusal, ended by the outcome: optional")
E("ca04", "Netanyahu spoke by telephone with King Abdullah", A("Benjamin Netanyahu", "ISR", "GOV"),
  A("King Abdullah", "JOR", "GOV"), ["04"], "040", "2017-07-24", None, True,
  "'A spoke with B' is one event, first-mentioned direction; 'on Monday'")
E("ca04", "the head of Israel's domestic security service", A("head of Shin Bet", "ISR", ["SPY", "GOV"]), JORG,
  ["04"], "042", "2017-07-24", P("Amman", "JOR"), False, "a visit to settle the dispute, second clause: optional")
E("ca04", "Israel's security cabinet decided to remove the", ISRG,
  A("Palestinian worshippers", "PSE", ["CVL", "REL"]), ["08"], "081", "2017-07-25", None, True,
  "easing restrictions as a concession 081; 'Early on Tuesday' in a Tuesday paper; no city in the clause")
E("ca04", "after three gunmen killed two Israeli policemen", A("gunmen", None, None),
  A("Israeli police", "ISR", "COP"), ATTACK, "180", "2017-07-14", None, True,
  "dated background with its own agent; unnamed gunmen null/null as news-dev; 'near the holy site' names no city")
E("ca04", "rejected the decision, saying worshippers would keep", A("Mohammed Hussein", "PSE", "REL"), ISRG, ["12"],
  "120", "2017-07-25", None, True, "rejection 120; reacts to the Tuesday decision: the day the context gives")
E("ca04", "thousands of Jordanians marched through Amman to", A("Jordanian protesters", "JOR", "CVL"), ISRG, ["14"],
  "141", "2017-07-21", P("Amman", "JOR"), True, "demonstration 141; 'On Friday' before a Tuesday paper = July 21")
F("ca04", "Jordan is one of only two Arab", "standing situation")
F("ca04", "Officials in Amman would not say when", "speculation about a future reopening; no act")

# ---------------------------------------------------------------- ca05 Beijing, Asia (China / U.S.)
S("ca05", "2012-05-03", "Asia", """
China demands U.S. apology over blind activist; Chen says he now wants to leave

BEIJING, China —

China demanded on Wednesday that the United States apologise for sheltering the blind legal activist Chen Guangcheng in its embassy for six days, hours after American diplomats escorted him to a Beijing hospital under a deal with Chinese officials.

Foreign ministry spokesman Liu Weimin said the embassy had taken Chen in by "abnormal means" and accused Washington of interfering in China's internal affairs.

Chen, a self-taught lawyer who exposed forced abortions in his home province of Shandong, escaped from house arrest in his village on April 22 and reached the embassy four days later.

U.S. officials said China had agreed to let him stay in the country, move his family to a safe place and study law at a university.

But speaking by phone from his hospital bed later on Wednesday, Chen said he feared for his family and appealed to the Americans to help them all leave China. He said he had left the embassy only after being told that his wife would be beaten to death if he stayed.

The State Department denied that any American official had passed on such a threat.

The dispute overshadowed the arrival in Beijing on Wednesday of Secretary of State Hillary Clinton, who met State Councillor Dai Bingguo hours later before two days of annual talks on trade and security.

It was not clear whether Chinese police would let foreign diplomats or reporters visit the hospital.

Chen, who has been blind since childhood, has no passport.
""")
CHNG = A("China's government", "CHN", "GOV")
CHEN = A("Chen Guangcheng", "CHN", ["CVL", "OPP"])
CLINTON = A("Hillary Clinton", "USA", "GOV")
E("ca05", "China demands U.S. apology over blind", CHNG, USG, DEMAND + ["11"], "100", "2012-05", None, False, "headline")
E("ca05", "China demanded on Wednesday that the United", CHNG, USG, DEMAND + ["11"], "100", "2012-05-02", None, True,
  "demand for an apology (10/02, 11 also right where coders read it as a charge); 'on Wednesday' before a Thursday "
  "paper")
E("ca05", "accused Washington of interfering in China's internal", A("Liu Weimin", "CHN", "GOV"), USG, ["11"], "112",
  "2012-05-02", None, True, "accusation 112; 'Washington' is an actor; the spokesman spoke on Wednesday (context)")
E("ca05", "U.S. officials said China had agreed to", CHNG, CHEN, ["03", "05", "08"], "030", "2012-05", None, False,
  "a pledge reported by one side, later disputed by Chen: optional")
E("ca05", "appealed to the Americans to help them", CHEN, USG, ["02", "10"], "023", "2012-05-02", None, True,
  "appeal for help (02, 10 also right); 'later on Wednesday'")
E("ca05", "The State Department denied that any American", USG, CHEN, DENY, "016", "2012-05-02", None, True,
  "denial of Chen's account 016 (01/12); the day the context gives")
E("ca05", "who met State Councillor Dai Bingguo hours", CLINTON, A("Dai Bingguo", "CHN", "GOV"), ["04"], "043",
  "2012-05-02", P("Beijing", "CHN"), True, "meeting 043 in a relative with its own agent; 'hours later' after her "
  "Wednesday arrival; the arrival names Beijing in the same sentence")
E("ca05", "The dispute overshadowed the arrival in Beijing", CLINTON, CHNG, ["04"], "042", "2012-05-02",
  P("Beijing", "CHN"), False, "a visit put as a nominal ('the arrival'): optional")
E("ca05", "under a deal with Chinese officials", USG, CHNG, AGREE, "057", "2012-05-02", None, False,
  "the deal behind Chen's exit, a nominal in the lead's 'hours after' clause: optional")
F("ca05", "It was not clear whether Chinese police", "speculation")
F("ca05", "who has been blind since childhood, has", "standing situation and definition")

# ---------------------------------------------------------------- ca06 Manila, Asia (Philippines / Canada)
S("ca06", "2019-05-17", "Asia", """
Philippines recalls envoys from Canada as row over rotting rubbish boils over

MANILA, Philippines —

The Philippines recalled its ambassador and consuls from Canada on Thursday after Ottawa missed a deadline to take back dozens of shipping containers of household waste that were dumped in Manila years ago.

Foreign Secretary Teodoro Locsin Jr. announced the recall on Twitter, and accused Canada of failing to treat the issue seriously. The diplomats would stay home until the rubbish was on its way back, he said.

The containers, labelled as plastic scrap for recycling, were shipped from Canada in 2013 and 2014 but turned out to hold rotting household garbage, used diapers and kitchen waste.

Last month President Rodrigo Duterte threatened to "declare war" on Canada and to sail the rubbish back himself if it was not collected within a week.

Canada's environment ministry said it was disappointed by the recall and that it would pay to ship the containers back, adding that the work could be completed by the end of June.

Environmental activists rallied outside the Canadian embassy in Manila on Thursday, carrying banners that read "Philippines is not a dumpsite".

Presidential spokesman Salvador Panelo said Duterte had lost patience and wanted the containers gone without further delay.

Officials said the waste has been kept at two ports north of the capital for almost six years.

Under an international treaty, countries are supposed to take back hazardous waste that they export illegally.
""")
PHLG = A("Philippines' government", "PHL", "GOV")
CANG = A("Canada's government", "CAN", "GOV")
LOCSIN = A("Teodoro Locsin Jr.", "PHL", "GOV")
DUTERTE = A("Rodrigo Duterte", "PHL", "GOV")
E("ca06", "Philippines recalls envoys from Canada as row", PHLG, CANG, SANCT, "161", "2019-05", None, False, "headline")
E("ca06", "The Philippines recalled its ambassador and consuls", PHLG, CANG, SANCT, "161", "2019-05-16", None, True,
  "recalling one's own envoys 161 (news-dev, 16/17); 'on Thursday' before a Friday paper; a recall from Canada "
  "names a destination, not a place")
E("ca06", "accused Canada of failing to treat the", LOCSIN, CANG, ["11"], "112", "2019-05-16", None, True,
  "accusation 112, second clause of the sentence announcing the Thursday recall")
E("ca06", "Locsin Jr. announced the recall on Twitter", LOCSIN, CANG, SANCT, "161", "2019-05-16", None, False,
  "restatement of the recall: optional")
E("ca06", "Duterte threatened to \"declare war\" on Canada", DUTERTE, CANG, ["13"], "130", "2019-04", None, True,
  "threat 130 (13); 'Last month' = April 2019; dated background")
E("ca06", "said it was disappointed by the recall", CANG, PHLG, ["11"], "111", "2019-05", None, False,
  "disappointment as criticism: optional (coders split)")
E("ca06", "that it would pay to ship the", CANG, PHLG, ["03", "08"], "035", "2019-05", None, True,
  "pledge to take the waste back, an intent to yield 035 (03, 08 also right); statement with no day: month")
E("ca06", "Environmental activists rallied outside the Canadian embassy", A("Philippine environmental activists",
  "PHL", ["NGO", "CVL"]), CANG, ["14"], "141", "2019-05-16", P("Manila", "PHL"), True,
  "demonstration 141 against a foreign government; 'in Manila' names the place; 'on Thursday'")
E("ca06", "Salvador Panelo said Duterte had lost patience", DUTERTE, CANG, DEMAND, "100", "2019-05", None, False,
  "a demand reported by the spokesman: optional")
E("ca06", "The diplomats would stay home until the", LOCSIN, CANG, SANCT, "161", "2019-05-16", None, False,
  "the recall's condition, a restatement: optional")
F("ca06", "Officials said the waste has been kept", "standing situation")
F("ca06", "Under an international treaty, countries are supposed", "normative statement")

# ---------------------------------------------------------------- ca07 New Delhi, Asia (India / Gulf states)
S("ca07", "2022-06-06", "Asia", """
Gulf states summon Indian envoys over ruling party officials' remarks on Prophet

NEW DELHI, India —

Qatar, Kuwait and Iran summoned India's ambassadors on Sunday to protest against remarks about the Prophet Mohammad by two officials of Prime Minister Narendra Modi's Bharatiya Janata Party, and Saudi Arabia joined the chorus of condemnation on Monday.

Qatar's foreign ministry said it had handed the Indian envoy in Doha an official note and expected a public apology from the Indian government. The summons came while Vice President Venkaiah Naidu was on a visit to the Gulf state.

Hours earlier, the BJP suspended its national spokeswoman Nupur Sharma, who made the comments in a television debate last month, and expelled Naveen Kumar Jindal, a spokesman in Delhi who had posted similar remarks on Twitter. The party said it respected all religions.

The Indian embassy in Doha said the comments were the views of "fringe elements" and did not reflect the government's position.

Saudi Arabia's foreign ministry condemned the remarks as insulting and called for respect for religious beliefs.

Sharma apologised and withdrew her comments, saying she had not meant to hurt anyone's feelings.

Millions of Indians work in the Gulf states, which are among India's biggest sources of oil and gas.

Opposition politicians said the government could have avoided the embarrassment if it had acted sooner against hate speech.
""")
INDG = A("India's government", "IND", "GOV")
QATG = A("Qatar's government", "QAT", "GOV")
BJP = A("Bharatiya Janata Party", "IND", ["PTY", "GOV"])
SHARMA = A("Nupur Sharma", "IND", "PTY")
E("ca07", "Gulf states summon Indian envoys over ruling", QATG, INDG, ["11"], "114", "2022-06", None, False, "headline")
E("ca07", "Qatar, Kuwait and Iran summoned India's ambassadors", QATG, INDG, ["11"], "114", "2022-06-05", None, True,
  "summoning an envoy to protest 114 (news-dev); first member of the compound subject; 'on Sunday' before a Monday "
  "paper; no place in the clause (Doha is in the next paragraph)")
E("ca07", "Qatar, Kuwait and Iran summoned India's ambassadors", A("Kuwait's government", "KWT", "GOV"), INDG, ["11"],
  "114", "2022-06-05", None, False, "second member: optional")
E("ca07", "Qatar, Kuwait and Iran summoned India's ambassadors", A("Iran's government", "IRN", "GOV"), INDG, ["11"],
  "114", "2022-06-05", None, False, "third member: optional")
E("ca07", "expected a public apology from the Indian", QATG, INDG, DEMAND, "100", "2022-06-05", None, True,
  "demand for an apology 10 (10/02); the Sunday note (context gives the day)")
E("ca07", "said it had handed the Indian envoy", QATG, INDG, ["11"], "114", "2022-06-05", P("Doha", "QAT"), False,
  "restatement of the summons, with the place: optional")
E("ca07", "was on a visit to the Gulf", A("Venkaiah Naidu", "IND", "GOV"), QATG, ["04"], "042", "2022-06",
  P("Qatar", "QAT"), False, "a visit in a 'while' clause: optional; 'the Gulf state' = Qatar")
E("ca07", "the BJP suspended its national spokeswoman Nupur", BJP, SHARMA, ["17", "16"], "172", "2022-06-05", None,
  True, "party sanction against its own official (17, 16 also right); 'Hours earlier' than the Sunday summonses")
E("ca07", "the BJP suspended its national spokeswoman Nupur", BJP, A("Naveen Kumar Jindal", "IND", "PTY"),
  ["17", "16"], "172", "2022-06-05", None, False, "the expulsion of Jindal, second verb: optional")
E("ca07", "The Indian embassy in Doha said the", INDG, QATG, DENY, "016", "2022-06-05", None, False,
  "distancing from the remarks, near a denial: optional")
E("ca07", "Saudi Arabia's foreign ministry condemned the remarks", A("Saudi Arabia's government", "SAU", "GOV"),
  SHARMA, ["11"], "111", "2022-06-06", None, True, "condemnation 111; 'on Monday' in the lead, the day the context "
  "gives; the story turns on the Gulf reactions")
E("ca07", "Sharma apologised and withdrew her comments, saying", SHARMA, None,
  ["05"], "055", "2022-06", None, True, "apology 055 with no addressee named (target null); no day of its own: month")
F("ca07", "Millions of Indians work in the Gulf", "count and standing situation")
F("ca07", "Opposition politicians said the government could have", "hypothetical")

# ---------------------------------------------------------------- ca08 Kastanies, Europe (Greece / Turkey)
S("ca08", "2020-03-02", "Europe/Eurasia", """
Greek police fire tear gas at migrants on Turkish border; Athens suspends asylum claims

KASTANIES, Greece —

Greek riot police fired tear gas and stun grenades on Sunday at hundreds of migrants who tried to push through the border fence at this crossing, as thousands more gathered on the Turkish side after Ankara said it would no longer stop them from heading to Europe.

Some of the migrants threw stones at the police, according to Greek officials, who said almost 10,000 attempts to cross illegally had been blocked since Saturday morning.

After a meeting of the national security council on Sunday evening, the government said it would suspend asylum applications for one month and asked the European Union to send its border agency to help guard the frontier.

Government spokesman Stelios Petsas accused Turkey of organising the rush and of using desperate people to put pressure on Europe.

President Tayyip Erdogan said on Saturday that Turkey had opened its doors and would not close them. He accused the EU of failing to keep its promises under a 2016 deal in which the bloc pledged billions of euros to help Turkey care for refugees.

Turkey's move came after Syrian government air strikes killed 33 Turkish soldiers in Syria's Idlib province on Thursday.

Turkey hosts about 3.6 million Syrian refugees, more than any other country.

Nobody could say how many people had already slipped through the forests along the Evros river.
""")
GRCG = A("Greece's government", "GRC", "GOV")
TURG = A("Turkey's government", "TUR", "GOV")
MIGR = A("migrants at the Greek border", None, ["REF", "CVL"])
GRCCOP = A("Greek police", "GRC", "COP")
E("ca08", "Greek police fire tear gas at migrants", GRCCOP, MIGR, REPR, "175", "2020-03", None, False, "headline")
E("ca08", "Greek riot police fired tear gas and", GRCCOP, MIGR, REPR, "175", "2020-03-01", P("Kastanies", "GRC"), True,
  "force against crowds 175 (17/18); 'at this crossing' with the dateline = Kastanies; 'on Sunday' before a Monday "
  "paper; the migrants' nationality is not given: null")
E("ca08", "Some of the migrants threw stones at", MIGR, GRCCOP, ["18", "14", "19"], "180", "2020-03", None, False,
  "an act inside one side's account: optional")
E("ca08", "the government said it would suspend asylum", GRCG, MIGR, ["17", "16"], "172", "2020-03-01", None, True,
  "suspending asylum claims, an administrative sanction 172 (17, 16 also right); 'on Sunday evening'")
E("ca08", "asked the European Union to send its", GRCG, A("European Union", "EUR", "IGO"), ["02", "10"], "0234",
  "2020-03-01", None, True, "appeal for protection 0234 (02/10); same Sunday evening statement")
E("ca08", "Stelios Petsas accused Turkey of organising the", A("Stelios Petsas", "GRC", "GOV"), TURG, ["11"], "112",
  "2020-03", None, True, "accusation 112; no day of its own (month; Sunday from the context would also be right)")
E("ca08", "said on Saturday that Turkey had opened", A("Tayyip Erdogan", "TUR", "GOV"), A("European Union", "EUR", "IGO"),
  ["13", "12"], "130", "2020-02-29", None, False, "an announcement read as pressure on Europe: optional (coders split)")
E("ca08", "He accused the EU of failing to", A("Tayyip Erdogan", "TUR", "GOV"), A("European Union", "EUR", "IGO"),
  ["11"], "112", "2020-02-29", None, True, "accusation 112; 'He' = Erdogan; the Saturday speech of the previous "
  "sentence")
E("ca08", "in which the bloc pledged billions of", A("European Union", "EUR", "IGO"), TURG, ["03", "07"], "031", "2016",
  None, False, "a 2016 pledge in a relative, the deal's content: optional")
E("ca08", "Syrian government air strikes killed 33 Turkish", A("Syrian government forces", "SYR", "MIL"),
  A("Turkish soldiers", "TUR", "MIL"), ["19"], "195", "2020-02-27", P("Idlib", "SYR"), True,
  "air strikes 195, dated background in an 'after' clause with its own agent; 'on Thursday' = Feb. 27; Idlib named")
F("ca08", "Turkey hosts about 3.6 million Syrian refugees", "count and standing situation")
F("ca08", "Nobody could say how many people had", "speculation; no act")

# ---------------------------------------------------------------- ca09 Paris, Europe (France / Italy)
S("ca09", "2019-02-08", "Europe/Eurasia", """
France recalls ambassador to Italy over Di Maio's meeting with "yellow vests"

PARIS, France —

France recalled its ambassador to Italy on Thursday, accusing Rome's populist government of months of "outrageous" attacks and a provocation that it called unacceptable between allies and neighbours.

The foreign ministry said France had been the target of repeated accusations and unfounded attacks for several months, and that the latest interference was the last straw.

It was referring to a meeting on Tuesday between Italy's deputy prime minister, Luigi Di Maio, and leaders of the "yellow vest" movement that has staged weekly anti-government protests across France since November. Di Maio, who leads the Five Star Movement, met the activists in Montargis, south of Paris.

The ministry had summoned Italy's ambassador last month after Di Maio accused France of keeping African countries poor and driving migrants towards Europe.

Di Maio's fellow deputy prime minister, Interior Minister Matteo Salvini, has repeatedly called President Emmanuel Macron a bad president.

Salvini said on Thursday that he was ready to meet Macron to settle the dispute, but that France should first stop sending migrants back across the border.

A spokesman for Macron said the president would not comment.

France and Italy are founding members of the European Union and among each other's biggest trading partners.

Analysts said both governments could win votes from the quarrel ahead of European Parliament elections in May.
""")
FRAG = A("France's government", "FRA", "GOV")
ITAG = A("Italy's government", "ITA", "GOV")
DIMAIO = A("Luigi Di Maio", "ITA", ["GOV", "PTY"])
SALVINI = A("Matteo Salvini", "ITA", ["GOV", "PTY"])
YV = A("yellow vest leaders", "FRA", ["CVL", "OPP"])
E("ca09", "France recalls ambassador to Italy over Di", FRAG, ITAG, SANCT, "161", "2019-02", None, False, "headline")
E("ca09", "France recalled its ambassador to Italy on", FRAG, ITAG, SANCT, "161", "2019-02-07", None, True,
  "recalling one's own envoy 161 (news-dev, 16/17); 'on Thursday' before a Friday paper; a recall from Italy names "
  "no place")
E("ca09", "France recalled its ambassador to Italy on", FRAG, ITAG, ["11"], "112", "2019-02-07", None, False,
  "the participial accusation, restated in the next sentence: optional")
E("ca09", "The foreign ministry said France had been", FRAG, ITAG, ["11"], "112", "2019-02-07", None, True,
  "accusation 112; the ministry's Thursday statement (context)")
E("ca09", "met the activists in Montargis, south of", DIMAIO, YV, ["04"], "043", "2019-02-05", P("Montargis", "FRA"),
  True, "meeting 043; one event ('A met B'); 'on Tuesday' from the previous sentence = Feb. 5; Montargis named")
E("ca09", "It was referring to a meeting on", DIMAIO, YV, ["04"], "043", "2019-02-05", None, False,
  "the same meeting as a nominal: optional")
E("ca09", "The ministry had summoned Italy's ambassador last", FRAG, ITAG, ["11"], "114", "2019-01",
  P("Paris", "FRA"), True, "summoning an envoy to protest 114; a summons by the dateline's state: Paris; "
  "'last month' = January 2019")
E("ca09", "after Di Maio accused France of keeping", DIMAIO, FRAG, ["11"], "112", "2019-01", None, True,
  "accusation 112 in a dated 'after' clause with its own agent; the month of the summons")
E("ca09", "has repeatedly called President Emmanuel Macron a", SALVINI, A("Emmanuel Macron", "FRA", "GOV"), ["11"],
  "111", "2019", None, False, "repeated undated insults: optional")
E("ca09", "Salvini said on Thursday that he was", SALVINI, A("Emmanuel Macron", "FRA", "GOV"), ["03", "04"], "036",
  "2019-02-07", None, True, "offer to meet 036 (as owned35 ai02)")
E("ca09", "but that France should first stop sending", SALVINI, FRAG, DEMAND, "100", "2019-02-07", None, False,
  "a condition put as a demand: optional")
F("ca09", "A spokesman for Macron said the president", "refusal to comment; no act")
F("ca09", "Analysts said both governments could win votes", "speculation")

# ---------------------------------------------------------------- ca10 Rome, Europe (Italy / Egypt)
S("ca10", "2016-04-09", "Europe/Eurasia", """
Italy recalls ambassador to Egypt as inquiry into student's killing stalls

ROME, Italy —

Italy recalled its ambassador to Egypt for consultations on Friday, after two days of talks in Rome between Egyptian investigators and Italian prosecutors over the torture and killing of a graduate student in Cairo broke down.

Foreign Minister Paolo Gentiloni said the Egyptian team had failed to hand over phone records and other evidence that Rome had requested, and that Italy would not accept a convenient truth.

Giulio Regeni, a Cambridge University doctoral student, vanished in Cairo on Jan. 25. His body, bearing signs of torture, was found by a road on the outskirts of the city nine days later.

In March Egyptian police shot dead four men whom they described as a kidnapping gang, and later said they had found Regeni's passport in the home of one of them. Italian officials dismissed the account.

Egypt's foreign ministry said on Friday that its investigators had shared all the information they had, and denied that Cairo was holding anything back.

Regeni's parents had urged the government late last month to take a firm stand against Cairo, and his mother said she had recognised his body only by the tip of his nose.

The European Parliament condemned the killing in March and called on Egypt to cooperate fully.

Regeni was researching independent trade unions for his doctorate.

It was not clear when the ambassador would return to Cairo.
""")
EGYG = A("Egypt's government", "EGY", "GOV")
E("ca10", "Italy recalls ambassador to Egypt as inquiry", ITAG, EGYG, SANCT, "161", "2016-04", None, False, "headline")
E("ca10", "Italy recalled its ambassador to Egypt for", ITAG, EGYG, SANCT, "161", "2016-04-08", None, True,
  "recalling one's own envoy 161 (16/17); 'on Friday' in a Saturday paper")
E("ca10", "after two days of talks in Rome", A("Egyptian investigators", "EGY", ["COP", "GOV"]),
  A("Italian prosecutors", "ITA", "JUD"), ["04"], "046", "2016-04", P("Rome", "ITA"), False,
  "the talks as a nominal in an 'after' clause: optional (two days: month)")
E("ca10", "Foreign Minister Paolo Gentiloni said the Egyptian", A("Paolo Gentiloni", "ITA", "GOV"), EGYG, ["11"], "112",
  "2016-04-08", None, True, "accusation of withholding evidence 112; the Friday announcement (context)")
E("ca10", "In March Egyptian police shot dead four", A("Egyptian police", "EGY", "COP"),
  A("alleged kidnapping gang", "EGY", ["CRM", "CVL"]), FORCE, "190", "2016-03", None, True,
  "lethal force by police (19/18/17, as owned35's guards); 'In March'; no place in the clause")
E("ca10", "Italian officials dismissed the account", ITAG, EGYG, ["12", "11"], "120", "2016-03", None, False,
  "undated rejection: optional")
E("ca10", "and denied that Cairo was holding anything", EGYG, ITAG, DENY, "016", "2016-04-08", None, True,
  "denial 016 (01/12); 'on Friday'; 'Cairo' is an actor")
E("ca10", "Regeni's parents had urged the government late", A("Regeni's parents", "ITA", "CVL"), ITAG, ["02", "10"],
  "020", "2016-03", None, True, "appeal 020 (02/10); 'late last month' = March 2016")
E("ca10", "The European Parliament condemned the killing in", A("European Parliament", "EUR", "IGO"), EGYG, ["11"],
  "111", "2016-03", None, True, "condemnation 111, dated background ('in March')")
E("ca10", "called on Egypt to cooperate fully", A("European Parliament", "EUR", "IGO"), EGYG, ["02", "10"], "021",
  "2016-03", None, False, "appeal, second verb: optional")
F("ca10", "Regeni was researching independent trade unions for", "standing situation")
F("ca10", "It was not clear when the ambassador", "speculation")

# ---------------------------------------------------------------- ca11 Quito, Americas (Ecuador / Britain)
S("ca11", "2012-08-17", "Americas", """
Ecuador grants asylum to Assange; Britain refuses him safe passage

QUITO, Ecuador —

Ecuador granted political asylum to WikiLeaks founder Julian Assange on Thursday, Foreign Minister Ricardo Patino told a news conference here, defying Britain, which says it is bound to extradite him to Sweden.

Patino accused London of threatening to storm Ecuador's embassy, where Assange has been holed up since June 19, when he walked in and asked for protection.

Britain had warned in a letter delivered on Wednesday that it could revoke the building's diplomatic status under a 1987 law and arrest him inside. "We are not a British colony," Patino said.

In London, Foreign Secretary William Hague said on Thursday that Britain did not recognise diplomatic asylum and refused to give Assange safe passage out of the country. He said Britain had no intention of storming the embassy.

Sweden summoned Ecuador's ambassador in Stockholm to protest against the decision, which it called unacceptable.

British police arrested three demonstrators outside the embassy on Thursday after scuffles between Assange's supporters and officers.

Swedish prosecutors want to question the Australian over allegations of sexual assault made by two women in 2010. Assange has not been charged.

He fears Sweden would hand him over to the United States to face charges over the leaking of secret diplomatic cables.

Legal experts said it was hard to see how he could leave the embassy without being arrested.
""")
ECUG = A("Ecuador's government", "ECU", "GOV")
GBRG = A("Britain's government", "GBR", "GOV")
ASSANGE = A("Julian Assange", "AUS", ["MED", "CVL"])
PATINO = A("Ricardo Patino", "ECU", "GOV")
E("ca11", "Ecuador grants asylum to Assange; Britain refuses", ECUG, ASSANGE, ["07"], "075", "2012-08", None, False,
  "headline")
E("ca11", "Ecuador granted political asylum to WikiLeaks founder", ECUG, ASSANGE, ["07"], "075", "2012-08-16",
  P("Quito", "ECU"), True, "granting asylum 075; 'on Thursday' before a Friday paper; 'here' with the dateline = Quito")
E("ca11", "Patino accused London of threatening to storm", PATINO, GBRG, ["11"], "112", "2012-08-16", None, True,
  "accusation 112; 'London' is an actor; Thursday from the lead")
E("ca11", "when he walked in and asked for", ASSANGE, ECUG, ["02", "10"], "0234", "2012-06-19", None, True,
  "request for protection 0234 in a dated 'since June 19, when' clause with its own agent; the embassy is not "
  "placed in this sentence")
E("ca11", "Britain had warned in a letter delivered", GBRG, ECUG, ["13"], "130", "2012-08-15", None, True,
  "threat 130; 'on Wednesday' before a Friday paper = Aug. 15")
E("ca11", "refused to give Assange safe passage out", A("William Hague", "GBR", "GOV"), ECUG, ["12"], "120",
  "2012-08-16", P("London", "GBR"), True, "a stated refusal 120; 'In London' names where Hague spoke; Thursday")
E("ca11", "He said Britain had no intention of", A("William Hague", "GBR", "GOV"), ECUG, DENY, "016", "2012-08-16",
  None, False, "denial of the storming charge, near a reassurance: optional")
E("ca11", "Sweden summoned Ecuador's ambassador in Stockholm to", A("Sweden's government", "SWE", "GOV"), ECUG, ["11"],
  "114", "2012-08", P("Stockholm", "SWE"), True, "summoning an envoy to protest 114; 'in Stockholm' names the place; "
  "no day of its own: month (Thursday from the context would also be right)")
E("ca11", "British police arrested three demonstrators outside the", A("British police", "GBR", "COP"),
  A("Assange supporters", None, ["CVL", "NGO"]), ["17"], "173", "2012-08-16", None, True,
  "arrests 173; 'outside the embassy' gives no city in the clause; 'on Thursday'")
E("ca11", "after scuffles between Assange's supporters and officers", A("Assange supporters", None, ["CVL", "NGO"]),
  A("British police", "GBR", "COP"), CLASH, "190", "2012-08-16", None, False,
  "scuffles as a nominal in an 'after' clause: optional")
F("ca11", "Assange has not been charged", "negated act")
F("ca11", "Legal experts said it was hard to", "speculation")

# ---------------------------------------------------------------- ca12 Caracas, Americas (Venezuela / Mercosur)
S("ca12", "2017-08-06", "Americas", """
Venezuela's new assembly fires defiant attorney general; Mercosur suspends Caracas

CARACAS, Venezuela —

Venezuela's new constituent assembly voted unanimously on Saturday to remove Attorney General Luisa Ortega, the most senior official to break with President Nicolas Maduro, hours after National Guard troops surrounded her office in the capital.

Ortega, who had denounced the assembly as illegitimate, said she did not recognise the decision and would keep working. She said soldiers had shoved her when she tried to reach the building. Her office was handed to Tarek William Saab, the government's human rights ombudsman.

The Supreme Court, whose judges are loyal to Maduro, barred her from leaving the country and froze her bank accounts in June.

Meeting in Sao Paulo on Saturday, foreign ministers of the South American trade bloc Mercosur suspended Venezuela indefinitely, citing a breakdown of democratic order. Brazil's foreign minister called on Maduro to free political prisoners and hold free elections.

The United States imposed sanctions on Maduro himself on July 31, a day after the election of the 545-member assembly, which opposition parties boycotted.

Maduro told the assembly on Friday that it would strip opposition lawmakers of their immunity if they kept "conspiring" against him.

More than 120 people have died in four months of anti-government protests.

Venezuela's foreign ministry did not immediately respond to the suspension.
""")
VENG = A("Venezuela's government", "VEN", "GOV")
ANC = A("Venezuela's constituent assembly", "VEN", ["LEG", "GOV"])
ORTEGA = A("Luisa Ortega", "VEN", ["JUD", "GOV"])
MADURO = A("Nicolas Maduro", "VEN", "GOV")
MERC = A("Mercosur", None, "IGO")
E("ca12", "fires defiant attorney general; Mercosur suspends Caracas", MERC, VENG, SANCT, "160", "2017-08", None, False, "headline")
E("ca12", "Venezuela's new constituent assembly voted unanimously on", ANC, ORTEGA, REMOVE, "172", "2017-08-05", None,
  True, "removal of an official by an assembly 172 (17/12/11, as owned35 ai10); 'on Saturday' before a Sunday paper")
E("ca12", "hours after National Guard troops surrounded her", A("Venezuelan National Guard", "VEN", "MIL"), ORTEGA,
  ["17", "19"], "170", "2017-08-05", P("Caracas", "VEN"), True, "troops surrounding an office 170 (17, 19 also right) "
  "in an 'hours after' clause with its own agent; 'in the capital' with the dateline = Caracas")
E("ca12", "said she did not recognise the decision", ORTEGA, ANC, ["12", "11"], "120", "2017-08-05", None, True,
  "a stated refusal to accept 120; the day the context gives")
E("ca12", "who had denounced the assembly as illegitimate", ORTEGA, ANC, ["11"], "111", "2017", None, False,
  "undated pluperfect denunciation in a relative: optional")
E("ca12", "She said soldiers had shoved her when", A("Venezuelan soldiers", "VEN", "MIL"), ORTEGA, ["18", "17"], "182",
  "2017-08-05", None, False, "an act inside her own account: optional")
E("ca12", "barred her from leaving the country and", A("Venezuela's Supreme Court", "VEN", "JUD"), ORTEGA,
  ["17", "16"], "172", "2017-06", None, True, "travel ban and asset freeze, administrative sanctions 172 (17/16); "
  "'in June', dated background")
E("ca12", "foreign ministers of the South American trade", MERC, VENG, SANCT, "160", "2017-08-05",
  P("Sao Paulo", "BRA"), True, "suspension from the bloc 16 (16/17); 'in Sao Paulo' names the place; Mercosur null/IGO "
  "as news-dev's ECOWAS")
E("ca12", "Brazil's foreign minister called on Maduro to", A("Brazil's foreign minister", "BRA", "GOV"), MADURO,
  DEMAND, "1053", "2017-08-05", P("Sao Paulo", "BRA"), False, "demand for release, a single outside reaction: optional")
E("ca12", "The United States imposed sanctions on Maduro", USG, MADURO, SANCT, "163", "2017-07-31", None, True,
  "sanctions 163 (16/17); 'on July 31'; dated background")
E("ca12", "Maduro told the assembly on Friday that", MADURO, A("Venezuelan opposition lawmakers", "VEN", ["LEG", "OPP"]),
  ["13"], "1312", "2017-08-04", None, False, "conditional threat 13: optional (a hypothetical 'if they kept')")
F("ca12", "More than 120 people have died in", "count")
F("ca12", "Venezuela's foreign ministry did not immediately respond", "negated statement")

if __name__ == "__main__":
    write(HERE)
