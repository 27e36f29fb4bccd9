#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned74 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or tests read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned74/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FIGHT = ["19", "18", "17"]

# ---------------------------------------------------------------- bw01 Dakar, Africa (Senegal)
S("bw01", "2021-03-05", "Africa", """
Senegal's Sonko held as riots spread; student killed in clash with gendarmes

DAKAR, Senegal —

Senegalese police arrested opposition leader Ousmane Sonko on Wednesday on his way to a court in Dakar, setting off the worst unrest the West African country has seen in years.

Sonko, who came third in the 2019 presidential election, was held for disturbing public order after his motorcade refused to follow a route set by the police, his lawyers said. He had been summoned to answer a rape complaint that a beauty salon employee filed against him last month, which he denies.

Young protesters clashed with riot police in Dakar on Thursday, throwing stones and burning tyres, and the police fired tear gas and rubber bullets to scatter them.

Gendarmes opened fire on stone-throwing youths in the southern town of Bignona, killing a 20-year-old student, local officials said.

The broadcasting regulator suspended two private television channels, Walf TV and Sen TV, for 72 hours, accusing them of airing the violence in a loop.

Interior Minister Antoine Felix Diome called the riots acts of terrorism and warned that the state would use every means to restore order.

The opposition Movement for the Defence of Democracy demanded Sonko's immediate release and called for three days of protests starting on Monday.

President Macky Sall, who has not ruled out seeking a third term, has not spoken in public since the arrest.

It was not clear when Sonko would appear before a judge.
""")
SONKO = A("Ousmane Sonko", "SEN", ["OPP", "PTY"])
SENPOL = A("Senegalese police", "SEN", "COP")
SENP = A("Senegalese protesters", "SEN", ["CVL", "OPP"])
SENG = A("Senegal's government", "SEN", "GOV")
E("bw01", "Senegal's Sonko held as riots spread", SENPOL, SONKO, ["17"], "173", "2021-03", None, False, "headline")
E("bw01", "police arrested opposition leader Ousmane Sonko on", SENPOL, SONKO, ["17"], "173", "2021-03-03",
  P("Dakar", "SEN"), True, "arrest 173; 'on Wednesday' before a Friday paper; 'a court in Dakar' is in the clause")
E("bw01", "after his motorcade refused to follow a", SONKO, SENPOL, ["12"], "120", "2021-03", None, False,
  "refusal inside the lawyers' account (one side): optional")
E("bw01", "rape complaint that a beauty salon employee", A("beauty salon employee", "SEN", "CVL"), SONKO, ["11"],
  "112", "2021-02", None, False, "a criminal complaint (112, 115 also right) in a relative; 'last month' gives the "
  "month; a private person's complaint, not a political act: optional")
E("bw01", "Young protesters clashed with riot police in", SENP, SENPOL, VPROT, "145", "2021-03-04", P("Dakar", "SEN"),
  True, "stone-throwing clash 145 (14/18/17); 'on Thursday' before a Friday paper; 'in Dakar'")
E("bw01", "the police fired tear gas and rubber", SENPOL, SENP, REPR, "175", "2021-03-04", P("Dakar", "SEN"), True,
  "force against protesters 175 (17/18), second clause of the Dakar sentence: same day and city")
E("bw01", "Gendarmes opened fire on stone-throwing youths in", A("Senegalese gendarmes", "SEN", ["COP", "MIL"]),
  SENP, ["17", "18", "19"], "175", "2021-03", P("Bignona", "SEN"), True,
  "lethal fire on protesters 175 (17/18/19); local officials' account, nobody disputes it; no day: month")
E("bw01", "The broadcasting regulator suspended two private television", A("Senegal's broadcasting regulator", "SEN",
  "GOV"), A("Walf TV", "SEN", "MED"), ["17", "16"], "1721", "2021-03", None, True,
  "suspension of broadcasters 1721 (17/16); first member of the compound object required; month")
E("bw01", "The broadcasting regulator suspended two private television", A("Senegal's broadcasting regulator", "SEN",
  "GOV"), A("Sen TV", "SEN", "MED"), ["17", "16"], "1721", "2021-03", None, False, "second member: optional")
E("bw01", "called the riots acts of terrorism and", A("Antoine Felix Diome", "SEN", "GOV"), SENP, ["11"], "111",
  "2021-03", None, True, "denunciation 111; month")
E("bw01", "warned that the state would use every", A("Antoine Felix Diome", "SEN", "GOV"), SENP, ["13"], "130",
  "2021-03", None, True, "threat of force 130 in the same sentence as the insult (both required, as owned35 ai07)")
E("bw01", "demanded Sonko's immediate release and called for", A("Movement for the Defence of Democracy", "SEN",
  ["OPP", "PTY"]), SENG, DEMAND, "1053", "2021-03", None, True, "demand for release 1053 (10/02); month")
E("bw01", "called for three days of protests starting", A("Movement for the Defence of Democracy", "SEN",
  ["OPP", "PTY"]), SENG, ["14"], "140", "2021-03", None, False, "call for protests, second verb: optional")
F("bw01", "has not spoken in public since the", "negated act and standing situation ('has not ruled out')")
F("bw01", "It was not clear when Sonko would", "speculation")

# ---------------------------------------------------------------- bw02 Bucharest, Europe (Romania)
S("bw02", "2015-11-04", "Europe/Eurasia", """
Romania's Ponta resigns after crowds blame deadly nightclub fire on corruption

BUCHAREST, Romania —

Romanian Prime Minister Victor Ponta resigned on Wednesday, a day after more than 20,000 people marched through the capital to demand that he and his cabinet step down over a nightclub fire that killed 32 people.

"I hope the resignation of the government will satisfy the people who came out into the streets," Ponta said in a statement.

The blaze swept through the Colectiv club on Friday night during a rock concert, when fireworks set alight foam panels on the ceiling.

Chanting "Corruption kills," the crowds gathered outside the government headquarters on Tuesday night and then marched to the town hall of the district, where they demanded the resignation of its mayor, Cristian Popescu Piedone.

Protesters accused the authorities of letting the club operate without a fire permit in exchange for bribes.

Prosecutors detained the three owners of the club on Monday on suspicion of manslaughter.

Ponta had been under pressure since September, when anti-corruption prosecutors charged him with forgery, tax evasion and money laundering over his work as a lawyer. He denies wrongdoing and had refused to step down over the case.

President Klaus Iohannis, a rival of Ponta's, said he would begin talks with the parties on Thursday on a new government and would also invite representatives of the street protests. He praised the protesters and said politicians had ignored their anger for too long.

Dozens of the injured remain in critical condition, and doctors said the death toll could rise.
""")
PONTA = A("Victor Ponta", "ROU", "GOV")
ROUP = A("Romanian protesters", "ROU", ["CVL", "OPP"])
IOH = A("Klaus Iohannis", "ROU", "GOV")
E("bw02", "Ponta resigns after crowds blame deadly nightclub", PONTA, ROUP, ["08"], "0831", "2015-11-04", None, False,
  "headline")
E("bw02", "Romanian Prime Minister Victor Ponta resigned on Wednesday", PONTA, ROUP, ["08"], "0831", "2015-11-04",
  None, True, "resignation under protest pressure 0831, protesters as implied target (news-dev d09); 'on Wednesday' "
  "in a Wednesday paper")
E("bw02", "people marched through the capital to demand", ROUP, PONTA, ["10", "14", "02"], "1041", "2015-11-03",
  P("Bucharest", "ROU"), True, "march demanding resignation 1041; 'a day after' clause with its own agent: dated "
  "background, required; 'the capital' with the dateline = Bucharest")
E("bw02", "the crowds gathered outside the government headquarters", ROUP, A("Romania's government", "ROU", "GOV"),
  ["14"], "141", "2015-11-03", None, False, "restatement of the march: optional; 'on Tuesday night'")
E("bw02", "where they demanded the resignation of its", ROUP, A("Cristian Popescu Piedone", "ROU", "GOV"),
  ["10", "02"], "1041", "2015-11-03", None, True, "a second demand, for the district mayor's resignation 1041, in a "
  "relative with its own agent; same Tuesday night")
E("bw02", "Protesters accused the authorities of letting the", ROUP, A("Romanian authorities", "ROU", "GOV"), ["11"],
  "112", "2015-11", None, True, "accusation of corruption 112; month")
E("bw02", "Prosecutors detained the three owners of the", A("Romanian prosecutors", "ROU", "JUD"),
  A("Colectiv club owners", "ROU", "BUS"), ["17"], "173", "2015-11-02", None, True,
  "detention 173; 'on Monday' before a Wednesday paper")
E("bw02", "when anti-corruption prosecutors charged him with forgery", A("Romania's anti-corruption prosecutors", "ROU",
  ["JUD", "GOV"]), PONTA, ["11", "17"], "112", "2015-09", None, True,
  "charge 112 (11/17, as owned54's murder charge) in a dated 'since September, when' clause")
E("bw02", "He denies wrongdoing and had refused to", PONTA, A("Romania's anti-corruption prosecutors", "ROU",
  ["JUD", "GOV"]), DENY, "016", "2015-11", None, False, "standing denial in the present tense: optional")
E("bw02", "said he would begin talks with the", IOH, A("Romanian political parties", "ROU", "PTY"), ["03", "04"],
  "036", "2015-11", None, False, "talks announced for Thursday (future): intent to meet 036, optional")
E("bw02", "He praised the protesters and said politicians", IOH, ROUP, ["05"], "051", "2015-11", None, True,
  "praise 051; no day of its own: month")
F("bw02", "when fireworks set alight foam panels on", "an accident without a political actor; 'set alight' is no "
  "arson")
F("bw02", "Dozens of the injured remain in critical", "count and speculation")

# ---------------------------------------------------------------- bw03 Islamabad, Asia (Pakistan)
S("bw03", "2011-01-05", "Asia", """
Punjab governor shot dead by his own guard over stand on blasphemy law

ISLAMABAD, Pakistan —

One of his own police bodyguards shot dead Salman Taseer, the governor of Pakistan's Punjab province and an outspoken critic of the country's blasphemy law, in a market in the capital on Tuesday, officials said.

The guard, Malik Mumtaz Qadri, fired more than two dozen rounds as Taseer walked to his car, then put down his gun and raised his hands. Police held him at the scene.

Interior Minister Rehman Malik said Qadri had told investigators that he killed the governor because Taseer had called the law a "black law".

Taseer had angered religious parties by campaigning for a pardon for Asia Bibi, a Christian mother whom a court in Punjab sentenced to death in November for insulting the Prophet Mohammad. Religious parties staged a nationwide strike on Dec. 31 against any change to the law.

Prime Minister Yousuf Raza Gilani condemned the killing on Tuesday night and announced three days of mourning.

On Wednesday, a group of more than 500 clerics praised the guard and warned Muslims against praying for the governor. Thousands nonetheless attended his funeral in Lahore, where he was buried under heavy security.

U.S. Secretary of State Hillary Clinton called Taseer a champion of tolerance and condemned the assassination.

Pakistan's blasphemy law carries a mandatory death sentence, although nobody has been executed under it.

It was not clear how Qadri, who had reportedly been flagged as a security risk, came to be assigned to the governor.
""")
QADRI = A("Malik Mumtaz Qadri", "PAK", "COP")
TASEER = A("Salman Taseer", "PAK", "GOV")
CLER = A("Pakistani clerics", "PAK", ["REL", "RAD"])
E("bw03", "Punjab governor shot dead by his own", QADRI, TASEER, ATTACK, "186", "2011-01-04", None, False, "headline")
E("bw03", "One of his own police bodyguards shot", QADRI, TASEER, ATTACK, "186", "2011-01-04",
  P("Islamabad", "PAK"), True, "assassination 186 (18/19/20); the guard is a policeman: COP; 'in the capital' with "
  "the dateline = Islamabad; 'on Tuesday' before a Wednesday paper")
E("bw03", "fired more than two dozen rounds as", QADRI, TASEER, ATTACK, "186", "2011-01", None, False,
  "restatement of the shooting: optional")
E("bw03", "Police held him at the scene.", A("Pakistani police", "PAK", "COP"), QADRI, ["17"], "173", "2011-01", None,
  True, "arrest 173; no day in the sentence: month")
E("bw03", "by campaigning for a pardon for Asia", TASEER, A("Pakistan's government", "PAK", "GOV"), DEMAND, "1053",
  "2011-01", None, False, "undated campaign for a pardon (appeal for release, 1053 or 0253): optional; 2010 or 2011 "
  "unclear, month of the story given")
E("bw03", "whom a court in Punjab sentenced to", A("Punjab court", "PAK", "JUD"), A("Asia Bibi", "PAK", "CVL"),
  ["17", "11"], "173", "2010-11", None, True, "death sentence 173 (17/11, news-dev's court verdicts) in a relative "
  "with its own agent, dated 'in November' (year before publication); 'in Punjab' is a province: no place")
E("bw03", "Religious parties staged a nationwide strike on", A("Pakistani religious parties", "PAK", ["PTY", "REL"]),
  A("Pakistan's government", "PAK", "GOV"), ["14"], "143", "2010-12-31", None, True,
  "strike 143 against changing the law; 'on Dec. 31' in the year before publication")
E("bw03", "Gilani condemned the killing on Tuesday night", A("Yousuf Raza Gilani", "PAK", "GOV"), QADRI, ["11"], "111",
  "2011-01-04", None, True, "condemnation 111, target the killer")
E("bw03", "clerics praised the guard and warned Muslims", CLER, QADRI, ["05"], "051", "2011-01-05", None, True,
  "praise 051; 'On Wednesday' in a Wednesday paper")
E("bw03", "praised the guard and warned Muslims against", CLER, A("Pakistani Muslims", "PAK", "CVL"), ["13", "10"],
  "130", "2011-01-05", None, False, "warning to the public (130 or a demand): optional second verb")
E("bw03", "Clinton called Taseer a champion of tolerance", A("Hillary Clinton", "USA", "GOV"), QADRI, ["11"], "111",
  "2011-01", None, False, "single outside reaction: optional")
F("bw03", "Pakistan's blasphemy law carries a mandatory death", "definition and negated act")
F("bw03", "It was not clear how Qadri, who", "speculation")

# ---------------------------------------------------------------- bw04 Caracas, Americas (Venezuela)
S("bw04", "2013-03-06", "Americas", """
Chavez dies of cancer; Maduro expels U.S. attaches and hints at foul play

CARACAS, Venezuela —

Venezuelan President Hugo Chavez died on Tuesday after a two-year fight with cancer, Vice President Nicolas Maduro announced, hours after he had ordered two American military attaches out of the country.

Maduro told a meeting of ministers and commanders that the U.S. air force attache, David Delmonaco, had sought to recruit Venezuelan officers for plans to destabilise the country, and gave him 24 hours to leave. A second attache was expelled later in the day.

Maduro also said the government had no doubt that Chavez's "historical enemies" had given him the disease, and promised a scientific inquiry.

The State Department rejected the charge against its diplomats as absurd on Tuesday and said Washington was considering how to respond.

Defence Minister Diego Molero ordered troops and police into the streets to keep order, and the government declared seven days of national mourning.

Chavez, who won a new six-year term in October, had not been seen in public since he flew to Cuba in December for a fourth cancer operation.

Before leaving, he had named Maduro, a former bus driver and foreign minister, as his chosen successor in a televised address on Dec. 8.

Opposition leader Henrique Capriles, who lost to Chavez in the October vote, offered his condolences to the family and called on Venezuelans to stay united.

Under the constitution, a new election must be held within 30 days.
""")
MADURO = A("Nicolas Maduro", "VEN", "GOV")
DELM = A("David Delmonaco", "USA", ["MIL", "GOV"])
CHAVEZ = A("Hugo Chavez", "VEN", "GOV")
E("bw04", "Maduro expels U.S. attaches and hints at", MADURO, A("U.S. military attaches", "USA", ["MIL", "GOV"]),
  SANCT, "161", "2013-03-05", None, False, "headline")
E("bw04", "hours after he had ordered two American", MADURO, A("U.S. military attaches", "USA", ["MIL", "GOV"]),
  SANCT, "161", "2013-03-05", None, False, "lead summary of the expulsion detailed in the next paragraph: optional")
E("bw04", "had sought to recruit Venezuelan officers for", MADURO, DELM, ["11"], "112", "2013-03", None, True,
  "accusation of plotting 112; no day in the sentence: month")
E("bw04", "and gave him 24 hours to leave", MADURO, DELM, SANCT, "161", "2013-03", None, True,
  "expulsion of a diplomat 161 (16/17, 174 also right, as owned35 ai04); month")
E("bw04", "A second attache was expelled later in", MADURO, A("U.S. military attache", "USA", ["MIL", "GOV"]), SANCT,
  "161", "2013-03", None, False, "agentless passive: optional")
E("bw04", "had given him the disease, and promised", MADURO, A("Chavez's enemies", None, None), ["11"], "112",
  "2013-03", None, False, "veiled charge against unnamed enemies: optional")
E("bw04", "The State Department rejected the charge against", A("U.S. State Department", "USA", "GOV"), MADURO, DENY,
  "016", "2013-03-05", None, True, "denial 016 (01/12); 'on Tuesday' before a Wednesday paper")
E("bw04", "Molero ordered troops and police into the", A("Diego Molero", "VEN", ["GOV", "MIL"]), None, ["15"], "150",
  "2013-03", None, False, "deployment with no target: optional")
E("bw04", "he had named Maduro, a former bus", CHAVEZ, MADURO, ["05"], "051", "2012-12-08", None, True,
  "endorsement of a successor 051; 'on Dec. 8' in the year before publication")
E("bw04", "offered his condolences to the family and", A("Henrique Capriles", "VEN", ["OPP", "PTY"]),
  A("Chavez family", "VEN", "GOV"), ["01"], "018", "2013-03", None, True, "condolences 018 (01, no PLOVER type); "
  "the family of the head of state: GOV; month")
E("bw04", "called on Venezuelans to stay united", A("Henrique Capriles", "VEN", ["OPP", "PTY"]),
  A("Venezuelan citizens", "VEN", "CVL"), ["02"], "020", "2013-03", None, False, "appeal to the public: optional")
F("bw04", "had not been seen in public since", "negated state; the December trip to Cuba is a private medical journey "
  "inside it, not coded")
F("bw04", "Under the constitution, a new election must", "normative statement")

# ---------------------------------------------------------------- bw05 Amman, Middle East (Jordan)
S("bw05", "2005-11-11", "Middle East", """
Al Qaeda in Iraq claims Amman hotel bombings; Jordanians march against Zarqawi

AMMAN, Jordan —

Al Qaeda in Iraq, the group led by Jordanian-born militant Abu Musab al-Zarqawi, claimed responsibility on Thursday for Wednesday night's suicide bombings at three hotels in the Jordanian capital, which killed at least 57 people.

The bombers struck the Grand Hyatt, the Radisson SAS and the Days Inn within minutes of each other. The deadliest blast tore through a wedding party in the Radisson's ballroom, killing the fathers of both the bride and the groom.

In an internet statement, the group said the hotels had been chosen because they were favourite haunts of Israeli and American spies.

Thousands of Jordanians marched through Amman on Thursday, chanting "Burn in hell, Zarqawi" and denouncing the attacks.

King Abdullah, who cut short a visit to Kazakhstan, vowed on Thursday to hunt down the planners wherever they hid.

Security forces detained dozens of people, most of them Iraqis, for questioning, and the authorities tightened controls on the border with Iraq.

Deputy Prime Minister Marwan Muasher said investigators believed the bombers were Iraqis who had crossed into the kingdom days earlier.

Zarqawi's group had fired rockets at two U.S. warships in the Red Sea port of Aqaba in August, missing them and killing a Jordanian soldier.

Jordan, a close U.S. ally with a peace treaty with Israel, had long been seen as an island of calm in the region.

It was not clear whether any of the bombers had survived.
""")
AQI = A("Al Qaeda in Iraq", "IRQ", ["REB", "RAD"])
JORP = A("Jordanian protesters", "JOR", "CVL")
E("bw05", "Al Qaeda in Iraq claims Amman hotel", AQI, A("Jordanian civilians", "JOR", "CVL"), ["18"], "183",
  "2005-11-09", P("Amman", "JOR"), False, "headline")
E("bw05", "claimed responsibility on Thursday for Wednesday night's", AQI, A("Jordanian civilians", "JOR", "CVL"),
  ["18"], "183", "2005-11-09", P("Amman", "JOR"), True, "suicide bombing 183, source the group that claimed it; "
  "'Wednesday night's' before a Friday paper; 'the Jordanian capital' = Amman")
E("bw05", "The bombers struck the Grand Hyatt, the", A("suicide bombers", None, None),
  A("Jordanian civilians", "JOR", "CVL"), ["18"], "183", "2005-11", None, False,
  "restatement of the bombings: optional; unnamed bombers null/null (news-dev)")
E("bw05", "the group said the hotels had been", AQI, A("Israeli and American spies", None, "SPY"), ["11"], "112",
  "2005-11", None, False, "the group's charge against the hotels' guests: optional")
E("bw05", "Thousands of Jordanians marched through Amman on", JORP,
  A("Abu Musab al-Zarqawi", "JOR", ["REB", "RAD"]), ["14"], "141", "2005-11-10", P("Amman", "JOR"), True,
  "protest 141 against Zarqawi; Zarqawi is Jordanian-born: JOR; 'on Thursday' before a Friday paper")
E("bw05", "vowed on Thursday to hunt down the", A("King Abdullah", "JOR", "GOV"), AQI, ["13"], "130", "2005-11-10",
  None, True, "threat 130 (138 also right); the visit to Kazakhstan in the relative is cut short, not coded")
E("bw05", "Security forces detained dozens of people, most", A("Jordanian security forces", "JOR", "COP"),
  A("Iraqis in Jordan", "IRQ", "CVL"), ["17"], "173", "2005-11", None, True, "arrests 173; month")
E("bw05", "the authorities tightened controls on the border", A("Jordan's government", "JOR", "GOV"),
  A("Iraq", "IRQ", None), ["17", "16", "19"], "172", "2005-11", None, False,
  "tighter border controls, second clause: optional (coders split)")
E("bw05", "Muasher said investigators believed the bombers were", A("Marwan Muasher", "JOR", "GOV"),
  A("Iraqi bombers", "IRQ", ["REB", "RAD"]), ["11"], "112", "2005-11", None, False, "attribution as a belief: optional")
E("bw05", "had fired rockets at two U.S. warships", AQI, A("U.S. Navy", "USA", "MIL"), ["19", "18"], "194",
  "2005-08", P("Aqaba", "JOR"), True, "rocket attack 194 (19; 18 accepted) dated 'in August'; 'the Red Sea port of "
  "Aqaba' is in the clause; first consequence (the soldier's death) not coded separately")
F("bw05", "had long been seen as an island", "standing situation")
F("bw05", "It was not clear whether any of", "speculation")

# ---------------------------------------------------------------- bw06 Algiers, Africa (Algeria)
S("bw06", "2013-01-18", "Africa", """
Algerian troops storm gas plant to free hostages; many feared dead

ALGIERS, Algeria —

Algerian special forces backed by helicopters attacked Islamist militants holding hundreds of workers at a desert gas plant near In Amenas on Thursday, freeing many of the hostages but leaving an unknown number dead, officials said.

The militants, who said they belonged to a brigade led by the veteran jihadist Mokhtar Belmokhtar, stormed the plant before dawn on Wednesday, killing a British worker and an Algerian guard, and seized Algerian and foreign staff.

They demanded an end to France's military campaign against Islamists in neighbouring Mali, whose warplanes Algeria had allowed to cross its airspace.

Communications Minister Mohamed Said said the government had refused to negotiate with "terrorists" and had ordered the assault because the kidnappers were trying to take their captives abroad.

British Prime Minister David Cameron, who cancelled a speech on Europe to deal with the crisis, complained that London had not been told in advance.

Japan's Prime Minister Shinzo Abe telephoned his Algerian counterpart, Abdelmalek Sellal, and asked him to halt the operation, saying the hostages' lives must come first.

Norway said it had not heard from several employees of its state oil company Statoil, which runs the plant with BP and Algeria's Sonatrach.

The number of dead could not be independently confirmed.
""")
DZAMIL = A("Algerian special forces", "DZA", "MIL")
MIL = A("Belmokhtar's militants", None, ["REB", "RAD"])
DZAG = A("Algeria's government", "DZA", "GOV")
E("bw06", "Algerian troops storm gas plant to free", DZAMIL, MIL, FIGHT, "190", "2013-01-17", None, False, "headline")
E("bw06", "Algerian special forces backed by helicopters attacked", DZAMIL, MIL, FIGHT, "190", "2013-01-17",
  P("In Amenas", "DZA"), True, "assault 190 (19/18/17); 'on Thursday' before a Friday paper; 'near In Amenas' in the "
  "clause; the militants' nationalities are not given: country null")
E("bw06", "stormed the plant before dawn on Wednesday", MIL, A("gas plant workers", None, "BUS"), ["18"], "181",
  "2013-01-16", None, True, "hostage-taking 181; the staff are Algerian and foreign: country null; 'the plant' "
  "names no place")
E("bw06", "killing a British worker and an Algerian", MIL, A("British worker", "GBR", "BUS"), ["18", "19", "20"],
  "180", "2013-01-16", None, False, "killings inside the raid: optional")
E("bw06", "They demanded an end to France's military", MIL, A("France", "FRA", "GOV"), DEMAND, "1056", "2013-01",
  None, True, "demand for de-escalation 1056 (10/02); no day of its own: month")
E("bw06", "whose warplanes Algeria had allowed to cross", DZAG, A("France", "FRA", "GOV"), ["06", "05"], "061",
  "2013-01", None, False, "undated permission for overflight (cooperation): optional")
E("bw06", "the government had refused to negotiate with", DZAG, MIL, ["12"], "125", "2013-01", None, True,
  "refusal to negotiate 125; month")
E("bw06", "complained that London had not been told", A("David Cameron", "GBR", "GOV"), DZAG, ["11"], "111",
  "2013-01", None, True, "criticism 111; the story turns on the foreign governments' reaction; month")
E("bw06", "telephoned his Algerian counterpart, Abdelmalek Sellal, and", A("Shinzo Abe", "JPN", "GOV"),
  A("Abdelmalek Sellal", "DZA", "GOV"), ["04"], "040", "2013-01", None, False, "phone call: optional")
E("bw06", "asked him to halt the operation, saying", A("Shinzo Abe", "JPN", "GOV"), A("Abdelmalek Sellal", "DZA", "GOV"),
  ["02", "10"], "0256", "2013-01", None, True, "appeal to halt the assault 0256 (02/10); month")
F("bw06", "Norway said it had not heard from", "negated act")
F("bw06", "The number of dead could not be", "count, negated")

# ---------------------------------------------------------------- bw07 Moscow, Europe (Russia)
S("bw07", "2006-10-10", "Europe/Eurasia", """
Putin calls Politkovskaya murder a crime that harms Russia; hundreds hold vigil

MOSCOW, Russia —

President Vladimir Putin said on Tuesday that the murder of the journalist Anna Politkovskaya was a revolting crime that had done Russia more harm than her articles ever had, and pledged that it would be solved.

He spoke in Dresden after talks with German Chancellor Angela Merkel, who pressed him to ensure a full investigation.

A gunman shot Politkovskaya, 48, a reporter for the independent newspaper Novaya Gazeta and a fierce critic of the war in Chechnya, in the lift of her apartment block in central Moscow on Saturday afternoon.

Investigators said a security camera had filmed a thin man in a baseball cap entering the building shortly before the shooting.

Ramzan Kadyrov, Chechnya's Kremlin-backed prime minister, whom she had accused of torture, denied any part in the murder.

Hundreds of people gathered in Pushkin Square on Monday evening with her photograph and placards reading "The Kremlin killed the truth."

Prosecutor-General Yuri Chaika took charge of the case and said the killing was most likely linked to her work. Police questioned her colleagues and searched her flat.

Novaya Gazeta offered a reward of 25 million roubles for information on the killers.

The European Union and the United States called for a thorough investigation.

Her editor said she had been about to publish an article on torture by Chechen security forces.

At least a dozen journalists have been killed in Russia since 2000, press freedom groups say.
""")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
POLIT = A("Anna Politkovskaya", "RUS", "MED")
KILLER = A("unidentified gunman", None, None)
E("bw07", "Putin calls Politkovskaya murder a crime that", PUTIN, KILLER, ["11"], "111", "2006-10-10", None, False,
  "headline")
E("bw07", "was a revolting crime that had done", PUTIN, KILLER, ["11"], "111", "2006-10-10", None, True,
  "condemnation 111 of the unnamed killers (null/null); 'on Tuesday' in a Tuesday paper")
E("bw07", "He spoke in Dresden after talks with", PUTIN, A("Angela Merkel", "DEU", "GOV"), ["04"], "043", "2006-10",
  P("Dresden", "DEU"), True, "talks 043, first-mentioned direction required; 'in Dresden' in the clause; the "
  "sentence has no day of its own: month")
E("bw07", "He spoke in Dresden after talks with", A("Angela Merkel", "DEU", "GOV"), PUTIN, ["04"], "043", "2006-10",
  P("Dresden", "DEU"), False, "reverse direction: optional")
E("bw07", "who pressed him to ensure a full", A("Angela Merkel", "DEU", "GOV"), PUTIN, DEMAND, "101", "2006-10", None,
  True, "demand for an investigation 101 (10/02) in a relative with its own agent; month")
E("bw07", "A gunman shot Politkovskaya, 48, a reporter", KILLER, POLIT, ATTACK, "186", "2006-10-07", P("Moscow", "RUS"),
  True, "killing 186 (18/19/20); unnamed gunman null/null (news-dev); 'on Saturday afternoon' before a Tuesday "
  "paper; 'in central Moscow'")
E("bw07", "whom she had accused of torture, denied", POLIT, A("Ramzan Kadyrov", "RUS", "GOV"), ["11"], "112", None,
  None, False, "undated pluperfect accusation in a relative: optional, no date support")
E("bw07", "denied any part in the murder", A("Ramzan Kadyrov", "RUS", "GOV"), None, DENY, "016", "2006-10", None, True,
  "denial 016 (01/12), no named accuser: target null; month")
E("bw07", "Hundreds of people gathered in Pushkin Square", A("Russian protesters", "RUS", ["CVL", "OPP"]),
  A("the Kremlin", "RUS", "GOV"), ["14"], "141", "2006-10-09", P("Moscow", "RUS"), True,
  "vigil and protest 141 aimed at the Kremlin (placards); 'on Monday evening'; Pushkin Square is in Moscow (dateline "
  "and text): place Moscow")
E("bw07", "Police questioned her colleagues and searched her", A("Russian police", "RUS", "COP"),
  A("Novaya Gazeta", "RUS", "MED"), ["09"], "090", "2006-10", None, False, "investigation 090: optional")
E("bw07", "The European Union and the United States", A("European Union", "EUR", "IGO"), A("Russia", "RUS", "GOV"),
  DEMAND, "101", "2006-10", None, False, "outside reaction, first member of a compound: optional (single reaction)")
F("bw07", "she had been about to publish an", "a planned article; the torture named in it has no event of its own")
F("bw07", "At least a dozen journalists have been", "count")

# ---------------------------------------------------------------- bw08 Seoul, Asia (South Korea)
S("bw08", "2004-03-12", "Asia", """
South Korea's parliament impeaches Roh; his allies dragged from speaker's podium

SEOUL, South Korea —

South Korea's opposition-controlled National Assembly voted on Friday to impeach President Roh Moo-hyun for breaking election laws, suspending his powers and handing them to Prime Minister Goh Kun until the Constitutional Court rules on his fate.

Assembly guards dragged dozens of lawmakers from Roh's Uri Party off the speaker's podium, which they had occupied for three days to block the vote. Some of them wept and screamed as they were carried out.

The opposition Grand National Party and Millennium Democratic Party accused Roh of illegally campaigning for Uri, which he has publicly urged voters to back in next month's parliamentary election.

The National Election Commission had ruled last week that his remarks broke a rule requiring officials to stay neutral. At a news conference on Thursday, Roh refused opposition demands that he apologise.

The motion needed the votes of two-thirds of the 273-member assembly.

Thousands of people held a candlelight rally outside the assembly in Seoul on Friday night to protest against the impeachment.

Goh, a veteran administrator, ordered the armed forces to step up their vigilance against North Korea and told ministers to keep the government running smoothly.

Roh said through a spokesman that he accepted the decision with a heavy heart and would wait calmly for the court's ruling.

It was not clear how soon the Constitutional Court would rule, though it has up to 180 days.
""")
ROH = A("Roh Moo-hyun", "KOR", "GOV")
KNA = A("South Korea's National Assembly", "KOR", ["LEG", "GOV"])
URI = A("Uri Party lawmakers", "KOR", ["LEG", "PTY"])
GNP = A("Grand National Party", "KOR", ["OPP", "PTY", "LEG"])
E("bw08", "South Korea's parliament impeaches Roh; his allies", KNA, ROH, ["17", "12", "11"], "172", "2004-03-12",
  None, False, "headline")
E("bw08", "voted on Friday to impeach President Roh", KNA, ROH, ["17", "12", "11"], "172", "2004-03-12", None, True,
  "impeachment suspending a president 172 (17/12/11, as owned35 ai10); 'on Friday' in a Friday paper")
E("bw08", "Assembly guards dragged dozens of lawmakers from", A("National Assembly guards", "KOR", ["COP", "LEG"]),
  URI, ["17", "18"], "170", "2004-03", None, True, "forcible removal 170 (17/18); no day in the sentence: month")
E("bw08", "which they had occupied for three days", URI, KNA, ["14"], "144", "2004-03", None, False,
  "sit-in blocking the vote 144, background relative: optional")
E("bw08", "Grand National Party and Millennium Democratic Party accused", GNP, ROH, ["11"], "112", "2004-03", None,
  True, "accusation 112, first member of the compound subject required; month")
E("bw08", "Grand National Party and Millennium Democratic Party accused",
  A("Millennium Democratic Party", "KOR", ["OPP", "PTY", "LEG"]), ROH, ["11"], "112", "2004-03", None, False,
  "second member: optional")
E("bw08", "The National Election Commission had ruled last", A("National Election Commission", "KOR", "GOV"), ROH,
  ["11", "17"], "112", "2004-03", None, True, "a finding that the president broke the law 112 (11/17, as a "
  "verdict); 'last week' gives the month")
E("bw08", "Roh refused opposition demands that he apologise", ROH, GNP, ["12"], "120", "2004-03-11", None, True,
  "stated refusal 120; 'on Thursday' before a Friday paper")
E("bw08", "Thousands of people held a candlelight rally", A("South Korean protesters", "KOR", "CVL"), KNA, ["14"],
  "141", "2004-03-12", P("Seoul", "KOR"), True, "protest 141 against the assembly; 'in Seoul on Friday night'")
E("bw08", "ordered the armed forces to step up", A("Goh Kun", "KOR", "GOV"), A("North Korea", "PRK", "GOV"), ["15"],
  "152", "2004-03", None, False, "raising military alert 152: optional (an order to one's own forces)")
E("bw08", "he accepted the decision with a heavy", ROH, KNA, ["08"], "080", "2004-03", None, False,
  "acceptance of the vote through a spokesman: optional")
F("bw08", "The motion needed the votes of two-thirds", "definition and count")
F("bw08", "It was not clear how soon the", "speculation")

# ---------------------------------------------------------------- bw09 Bogota, Americas (Colombia)
S("bw09", "2016-10-03", "Americas", """
Colombians reject FARC peace deal in shock vote; Santos vows to keep trying

BOGOTA, Colombia —

Colombian voters narrowly rejected a peace agreement with the Revolutionary Armed Forces of Colombia in a referendum on Sunday, dealing a stunning blow to President Juan Manuel Santos and throwing the end of a 52-year war into doubt.

The "No" side won 50.2 percent of the vote against 49.8 percent for "Yes", with fewer than 38 percent of voters taking part, the electoral registry said.

Santos, who signed the accord with FARC leader Rodrigo Londono, known as Timochenko, in Cartagena a week ago, said he would not give up and that the ceasefire would stay in force.

He ordered his chief negotiator, Humberto de la Calle, to fly to Havana on Monday to consult the rebel leadership, and invited all political forces to talks.

Timochenko, speaking in Havana, said the FARC maintained its will for peace and would use words as its only weapons.

Former President Alvaro Uribe, who led the campaign against the deal, said it gave too much to the guerrillas and called for a "great national pact" to renegotiate it, including jail terms for rebels guilty of atrocities.

Had the deal been approved, about 7,000 FARC fighters would have handed their weapons to United Nations monitors within six months.

The war has killed more than 220,000 people since 1964.
""")
SANTOS = A("Juan Manuel Santos", "COL", "GOV")
FARC = A("Revolutionary Armed Forces of Colombia", "COL", ["REB", "RAD"])
TIMO = A("Rodrigo Londono", "COL", ["REB", "RAD"])
URIBE = A("Alvaro Uribe", "COL", ["OPP", "PTY", "ELI"])
E("bw09", "Colombians reject FARC peace deal in shock", A("Colombian voters", "COL", "CVL"),
  A("Colombia's government", "COL", "GOV"), ["12"], "127", "2016-10-02", None, False, "headline")
E("bw09", "Colombian voters narrowly rejected a peace agreement", A("Colombian voters", "COL", "CVL"),
  A("Colombia's government", "COL", "GOV"), ["12"], "127", "2016-10-02", None, True,
  "rejection of an agreement 127; target the government that signed it; 'on Sunday' before a Monday paper")
E("bw09", "who signed the accord with FARC leader", SANTOS, TIMO, AGREE, "057", "2016-09-26", P("Cartagena", "COL"),
  True, "signing 057 (05/03/08) in a relative with its own agent, dated 'a week ago' (Monday before a Monday paper); "
  "'in Cartagena'; first-mentioned direction")
E("bw09", "who signed the accord with FARC leader", TIMO, SANTOS, AGREE, "057", "2016-09-26", P("Cartagena", "COL"),
  False, "reverse direction: optional")
E("bw09", "He ordered his chief negotiator, Humberto de", SANTOS, FARC, ["03", "04"], "036", "2016-10", None, True,
  "sending the negotiator to consult the rebels: intent to meet 036; the order has no day: month (the trip is "
  "Monday's)")
E("bw09", "and invited all political forces to talks", SANTOS, A("Colombian political parties", "COL", "PTY"),
  ["03", "04"], "036", "2016-10", None, False, "invitation, second clause: optional")
E("bw09", "said the FARC maintained its will for", TIMO, SANTOS, ["03"], "030", "2016-10", None, True,
  "commitment to peace 030; 'speaking in Havana' is where the speaker was, the event is a statement: no place; month")
E("bw09", "said it gave too much to the", URIBE, A("Colombia's government", "COL", "GOV"), ["11"], "111",
  "2016-10", None, False, "criticism, first clause: optional")
E("bw09", 'called for a "great national pact" to renegotiate', URIBE, SANTOS, DEMAND, "108", "2016-10", None, True,
  "demand for renegotiation 108 (10/02); month")
E("bw09", "said he would not give up and", SANTOS, FARC, ["03"], "030", "2016-10", None, False,
  "intention to keep the ceasefire and go on: optional")
F("bw09", "Had the deal been approved, about 7,000", "hypothetical")
F("bw09", "The war has killed more than 220,000", "count")

# ---------------------------------------------------------------- bw10 Beirut, Middle East (Lebanon)
S("bw10", "2011-01-12", "Middle East", """
Hezbollah and allies quit, toppling Hariri government as he meets Obama

BEIRUT, Lebanon —

Hezbollah and its allies brought down Lebanon's unity government on Wednesday, pulling their 10 ministers out of the cabinet in a dispute over the U.N.-backed tribunal investigating the 2005 killing of former Prime Minister Rafik Hariri.

Energy Minister Gebran Bassil, an ally of Christian leader Michel Aoun, announced the walkout at Aoun's home, saying that Prime Minister Saad Hariri's camp had bowed to U.S. pressure and wrecked a Saudi-Syrian effort to end the crisis.

An 11th minister, named by President Michel Suleiman, quit soon afterwards.

Hariri, the son of the slain leader, was in the White House meeting President Barack Obama when the ministers resigned. Obama said in a statement later that the Hezbollah-led move showed its own fear and determination to block justice.

Hezbollah, which expects the tribunal to indict some of its members, calls the court an Israeli project and denies any role in the killing. Its leader, Hassan Nasrallah, warned in November that the group would cut off any hand that tried to arrest its men.

Hariri was due to fly to Paris on Thursday to see French President Nicolas Sarkozy before heading home.

Suleiman is expected to begin consultations with parliamentary blocs on naming a new prime minister, and Hariri will stay on as caretaker.

Lebanon's power-sharing system reserves the premiership for a Sunni Muslim.
""")
HEZ = A("Hezbollah", "LBN", ["PTY", "RAD"])
HARIRI = A("Saad Hariri", "LBN", "GOV")
E("bw10", "Hezbollah and allies quit, toppling Hariri government", HEZ, HARIRI, ["16", "12"], "160", "2011-01-12",
  None, False, "headline")
E("bw10", "Hezbollah and its allies brought down Lebanon's", HEZ, HARIRI, ["16", "12"], "160", "2011-01-12", None, True,
  "walkout from the cabinet to topple it: 160 (reduce relations; coders split with 12); 'on Wednesday' in a "
  "Wednesday paper; 'the 2005 killing' has no agent and is not coded")
E("bw10", "saying that Prime Minister Saad Hariri's camp", A("Gebran Bassil", "LBN", ["GOV", "PTY"]), HARIRI, ["11"],
  "112", "2011-01", None, True, "accusation 112; 'at Aoun's home' names no place; month")
E("bw10", "An 11th minister, named by President Michel", A("Lebanese state minister", "LBN", "GOV"), HARIRI,
  ["16", "12"], "160", "2011-01", None, False, "a further resignation, restating the walkout: optional")
E("bw10", "was in the White House meeting President", HARIRI, A("Barack Obama", "USA", "GOV"), ["04"], "042",
  "2011-01-12", P("Washington", "USA"), True, "visit and meeting 042 (043 also right); the White House = Washington; "
  "'when the ministers resigned' fixes the day (Wednesday)")
E("bw10", "Obama said in a statement later that", A("Barack Obama", "USA", "GOV"), HEZ, ["11"], "111", "2011-01",
  None, True, "criticism 111; the U.S. reaction is part of the story's core (Hariri was with Obama); month")
E("bw10", "calls the court an Israeli project and", HEZ, A("Special Tribunal for Lebanon", "UNO", ["JUD", "IGO"]),
  ["11"], "111", "2011-01", None, False, "standing present-tense charge: optional")
E("bw10", "Nasrallah, warned in November that the group", A("Hassan Nasrallah", "LBN", ["PTY", "RAD"]),
  A("Special Tribunal for Lebanon", "UNO", ["JUD", "IGO"]), ["13"], "130", "2010-11", None, True,
  "threat 130 dated 'in November' (year before publication)")
E("bw10", "Hariri was due to fly to Paris", HARIRI, A("Nicolas Sarkozy", "FRA", "GOV"), ["03", "04"], "036", "2011-01",
  None, False, "planned visit (future): optional; Paris is a destination, not a place")
E("bw10", "and denies any role in the killing", HEZ, A("Special Tribunal for Lebanon", "UNO", ["JUD", "IGO"]),
  DENY, "016", "2011-01", None, False, "standing present-tense denial: optional")
F("bw10", "Suleiman is expected to begin consultations with", "expectation of a future act")
F("bw10", "Lebanon's power-sharing system reserves the premiership", "standing rule")

# ---------------------------------------------------------------- bw11 Juba, Africa (South Sudan)
S("bw11", "2016-07-12", "Africa", """
South Sudan's Kiir and Machar order ceasefire after days of fighting in Juba

JUBA, South Sudan —

President Salva Kiir ordered his forces to stop fighting on Monday evening after four days of clashes in the capital between his troops and those loyal to his deputy, the former rebel leader Riek Machar, who then ordered a truce of his own.

The violence began on Thursday night, when soldiers from the two sides exchanged fire at a checkpoint.

Kiir and Machar met at the presidential palace on Friday to calm tensions. While they were talking, their bodyguards fought a gun battle outside that left scores of soldiers dead.

On Sunday, government tanks and helicopter gunships pounded Machar's base in the Jebel area of Juba, and shells landed on a U.N. compound sheltering thousands of displaced people, killing two Chinese peacekeepers.

A spokesman for Machar accused Kiir's troops of attacking their positions in an attempt to kill him.

The U.N. Security Council condemned the fighting and called on both leaders to rein in their forces.

Machar returned to Juba in April to become first vice president under a peace deal that he and Kiir signed in August last year, ending a civil war that began in December 2013.

More than 270 people had been killed by Sunday, a health ministry official said.

It was not clear whether Machar, whose whereabouts were unknown, remained in the capital.
""")
KIIR = A("Salva Kiir", "SSD", "GOV")
MACHAR = A("Riek Machar", "SSD", ["GOV", "REB", "OPP"])
SSDA = A("South Sudan's army", "SSD", "MIL")
SSDM = A("Machar's forces", "SSD", ["REB", "MIL"])
E("bw11", "Kiir and Machar order ceasefire after days", KIIR, SSDM, ["08"], "0871", "2016-07-11", None, False,
  "headline")
E("bw11", "President Salva Kiir ordered his forces to", KIIR, SSDM, ["08"], "0871", "2016-07-11", None, True,
  "ceasefire order 0871 (08, RETREAT); 'on Monday evening' before a Tuesday paper")
E("bw11", "who then ordered a truce of his", MACHAR, SSDA, ["08"], "0871", "2016-07-11", None, False,
  "the other side's truce order, in a relative: reverse of a joint act, optional")
E("bw11", "when soldiers from the two sides exchanged", SSDA, SSDM, CLASH, "190", "2016-07-07", None, True,
  "exchange of fire 190 (19/18/14), first-mentioned direction; 'on Thursday night' before a Tuesday paper; 'at a "
  "checkpoint' names no place")
E("bw11", "Kiir and Machar met at the presidential", KIIR, MACHAR, ["04"], "043", "2016-07-08", None, True,
  "meeting 043; 'on Friday'; 'the presidential palace' names no city")
E("bw11", "their bodyguards fought a gun battle outside", A("Kiir's bodyguards", "SSD", "MIL"),
  A("Machar's bodyguards", "SSD", ["REB", "MIL"]), CLASH, "190", "2016-07-08", None, True,
  "gun battle 190 (19/18/14) while the leaders talked (Friday); first-mentioned direction")
E("bw11", "government tanks and helicopter gunships pounded Machar's", SSDA, SSDM, FIGHT, "190", "2016-07-10",
  P("Juba", "SSD"), True, "shelling and air attack 190 (195 also right); 'On Sunday'; 'the Jebel area of Juba'")
E("bw11", "shells landed on a U.N. compound", A("unidentified shelling", None, None), A("U.N. peacekeepers", "UNO",
  "IGO"), ["19", "18"], "190", "2016-07-10", P("Juba", "SSD"), False, "agentless: optional")
E("bw11", "A spokesman for Machar accused Kiir's troops", SSDM, SSDA, ["11"], "112", "2016-07", None, True,
  "accusation 112; month")
E("bw11", "Security Council condemned the fighting and called", A("U.N. Security Council", "UNO", "IGO"), KIIR,
  DEMAND, "1056", "2016-07", None, True, "demand for de-escalation 1056 (10/02), first member of 'both leaders' "
  "required; the condemnation has no target; month")
E("bw11", "Security Council condemned the fighting and called", A("U.N. Security Council", "UNO", "IGO"), MACHAR,
  DEMAND, "1056", "2016-07", None, False, "second member: optional")
E("bw11", "under a peace deal that he and", MACHAR, KIIR, AGREE, "057", "2015-08", None, True,
  "dated background agreement 057 (05/03/08), 'in August last year'; first-mentioned direction")
E("bw11", "under a peace deal that he and", KIIR, MACHAR, AGREE, "057", "2015-08", None, False, "reverse: optional")
F("bw11", "More than 270 people had been killed", "count")
F("bw11", "It was not clear whether Machar, whose", "speculation")

# ---------------------------------------------------------------- bw12 Ahmedabad, Asia (India)
S("bw12", "2002-03-01", "Asia", """
Mobs rampage through Gujarat a day after train fire kills 58; army called in

AHMEDABAD, India —

Hindu mobs set fire to homes and shops in Muslim neighbourhoods of Ahmedabad and other towns in the western state of Gujarat on Thursday, a day after two carriages of a train carrying Hindu activists were set ablaze near the town of Godhra, killing 58 people.

At least 60 people were killed on Thursday, police said, many of them burned to death in their homes.

In Ahmedabad's Chamanpura district, a mob surrounded a housing society and killed a former Congress party member of parliament, Ehsan Jafri, along with dozens of people sheltering in his home, witnesses said.

Police fired on rioters in several places, killing at least 10 people, and curfews were imposed in Ahmedabad and 25 other towns.

Chief Minister Narendra Modi said soldiers would be deployed in Ahmedabad from Friday and appealed for calm.

The Vishwa Hindu Parishad, whose activists had been returning from the disputed holy site of Ayodhya, had called a statewide strike for Thursday to protest against the train attack.

Prime Minister Atal Bihari Vajpayee on Thursday condemned the burning of the train as a heinous crime and the revenge killings as a blot on the nation.

On Thursday, opposition leader Sonia Gandhi accused the state government of failing to protect Muslims and demanded that it be held to account.

Gujarat, Mahatma Gandhi's home state, has a long history of riots between Hindus and Muslims.
""")
MOB = A("Hindu mobs", "IND", ["CVL", "RAD"])
MUSL = A("Muslim residents of Gujarat", "IND", "CVL")
GUJ = A("Gujarat state government", "IND", "GOV")
E("bw12", "Mobs rampage through Gujarat a day after", MOB, MUSL, ["18", "14"], "180", "2002-02-28", None, False,
  "headline")
E("bw12", "Hindu mobs set fire to homes and", MOB, MUSL, ["18", "14"], "180", "2002-02-28", P("Ahmedabad", "IND"),
  True, "mob attacks and arson 180 (18; 145 accepted under 14); 'on Thursday' before a Friday paper; 'Ahmedabad and "
  "other towns' names Ahmedabad")
E("bw12", "a train carrying Hindu activists were set", A("unidentified attackers", None, None),
  A("Hindu activists", "IND", ["CVL", "RAD"]), ["18"], "180", "2002-02-27", P("Godhra", "IND"), False,
  "agentless background passive: optional; who set the fire is left open")
E("bw12", "a mob surrounded a housing society and", MOB, A("Ehsan Jafri", "IND", ["OPP", "PTY"]), ["18", "20"], "180",
  "2002-02", P("Ahmedabad", "IND"), True, "mob killing 180 (18/20); witnesses' account nobody disputes and the story "
  "depends on; 'In Ahmedabad's Chamanpura district'; no day in the sentence: month")
E("bw12", "Police fired on rioters in several places", A("Gujarat police", "IND", "COP"), MOB, REPR, "175", "2002-02",
  None, True, "force against rioters 175 (17/18); no place, no day: month")
E("bw12", "curfews were imposed in Ahmedabad and 25", GUJ, A("Gujarat residents", "IND", "CVL"), ["17"], "1723",
  "2002-02", P("Ahmedabad", "IND"), False, "agentless passive curfew 1723: optional")
E("bw12", "said soldiers would be deployed in Ahmedabad", A("Narendra Modi", "IND", "GOV"), MOB, ["15"], "150",
  "2002-03-01", P("Ahmedabad", "IND"), False, "announced deployment (future): optional")
E("bw12", "had called a statewide strike for Thursday", A("Vishwa Hindu Parishad", "IND", ["RAD", "NGO"]), GUJ,
  ["14"], "143", "2002-02", None, True, "call for a strike 143 (as owned21 d01); the call's own day is not given: "
  "month")
E("bw12", "Vajpayee on Thursday condemned the burning of", A("Atal Bihari Vajpayee", "IND", "GOV"),
  A("unidentified attackers", None, None), ["11"], "111", "2002-02-28", None, True,
  "condemnation 111, first member (the train's attackers, null/null); 'on Thursday' before a Friday paper")
E("bw12", "and the revenge killings as a blot", A("Atal Bihari Vajpayee", "IND", "GOV"), MOB, ["11"], "111", "2002-02-28",
  None, False, "second member: optional")
E("bw12", "Sonia Gandhi accused the state government of", A("Sonia Gandhi", "IND", ["OPP", "PTY"]), GUJ, ["11"], "112",
  "2002-02-28", None, True, "accusation 112; 'On Thursday' before a Friday paper")
E("bw12", "demanded that it be held to account", A("Sonia Gandhi", "IND", ["OPP", "PTY"]), GUJ, DEMAND, "100",
  "2002-02-28", None, False, "demand, second verb: optional")
F("bw12", "At least 60 people were killed on", "count")
F("bw12", "has a long history of riots between", "standing situation")

write(HERE)
