#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned85 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned85/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
CRACK = ["17", "18", "19"]
EXPEL = ["17", "16"]
ACCUSE = ["11"]
THREAT = ["13"]
ARREST = ["17"]
REJECT = ["12"]

# ---------------------------------------------------------------- ch01 Blantyre, Africa (Malawi)
S("ch01", "1992-05-14", "Africa", """
Donors freeze aid to Malawi as police fire on rioting workers in Blantyre

BLANTYRE, Malawi —

Western donor governments froze all new aid to Malawi except emergency relief on Wednesday, a week after police shot dead dozens of people during two days of rioting in this commercial city and the capital, Lilongwe.

Meeting in Paris, the donors told President Hastings Kamuzu Banda's government that balance-of-payments support worth about $74 million would stay suspended until it showed clear progress on human rights.

The unrest began last Wednesday when striking textile workers marched out of their factory gates. They were joined by crowds who looted shops owned by members of the ruling Malawi Congress Party. Police fired tear gas and live rounds into the crowds, and hospital staff said at least 38 people were killed.

Trade union leader Chakufwa Chihana has been in custody since April 6, when security officers arrested him at Lilongwe airport as he flew home from a pro-democracy conference in Zambia.

In March the country's Roman Catholic bishops read out a pastoral letter in every church condemning censorship and the detention of critics.

A government spokesman accused foreign diplomats of stirring up the unrest and said the donors were meddling in Malawi's internal affairs.

Britain said its high commissioner in Lilongwe had asked the government on Tuesday to free Chihana and allow peaceful debate.

Banda, who is thought to be in his late eighties, has ruled the country since independence in 1964.

The donors did not say when they would meet again.
""")
MWIG = A("Malawi's government", "MWI", "GOV")
DONORS = A("Western donor governments", None, "GOV")
MWIPOL = A("Malawian police", "MWI", "COP")
CROWDS1 = A("rioting crowds", "MWI", ["CVL", "LAB"])
MCP = A("Malawi Congress Party", "MWI", ["PTY", "GOV"])
CHIHANA = A("Chakufwa Chihana", "MWI", ["LAB", "OPP"])
E("ch01", "Donors freeze aid to Malawi as police", DONORS, MWIG, SANCT, "162", "1992-05", None, False,
  "headline: suspending aid 162 (16/17)")
E("ch01", "police fire on rioting workers in Blantyre", MWIPOL, CROWDS1, CRACK, "175", "1992-05",
  P("Blantyre", "MWI"), False, "headline, second clause: firing on rioters 175 (17/18/19)")
E("ch01", "Western donor governments froze all new aid", DONORS, MWIG, SANCT, "162", "1992-05-13", None, True,
  "aid freeze 162 (16/17); 'on Wednesday' in a Thursday paper; Paris is named only in the next sentence")
E("ch01", "a week after police shot dead dozens", MWIPOL, CROWDS1, CRACK, "175", "1992-05", None, False,
  "lead summary of the shootings detailed in the third paragraph: optional; two days, two cities: month, no place")
E("ch01", "Meeting in Paris, the donors told President", DONORS, MWIG, SANCT, "162", "1992-05-13",
  P("Paris", "FRA"), False, "restates the freeze: optional")
E("ch01", "Meeting in Paris, the donors told President", DONORS, MWIG, DEMAND + ["13"], "1043", "1992-05-13",
  P("Paris", "FRA"), False, "the condition on human rights read as a demand for rights 1043 (10/02, or 13 as a "
  "conditional threat): optional, coders split")
E("ch01", "striking textile workers marched out of their", A("textile workers", "MWI", ["LAB", "CVL"]), None, ["14"],
  "143", "1992-05-06", P("Blantyre", "MWI"), False,
  "strike 143 with no target the text names: optional; 'last Wednesday' in a Thursday paper; 'this commercial city'")
E("ch01", "They were joined by crowds who looted", CROWDS1, MCP, VPROT, "145", "1992-05-06", P("Blantyre", "MWI"),
  True, "riot and looting 145 (14/18/17); same day as the strike; target the ruling party whose members' shops "
  "were looted")
E("ch01", "Police fired tear gas and live rounds", MWIPOL, CROWDS1, CRACK, "175", "1992-05", None, True,
  "firing on crowds 175 (17/18/19); the day is not fixed (two days of rioting): month; two cities: no place")
E("ch01", "when security officers arrested him at Lilongwe", A("Malawian security officers", "MWI", ["COP", "GOV"]),
  CHIHANA, ARREST, "173", "1992-04-06", P("Lilongwe", "MWI"), True,
  "dated background arrest inside a 'when' clause with its own agent: required; 'Lilongwe airport'")
E("ch01", "Catholic bishops read out a pastoral letter", A("Malawi's Roman Catholic bishops", "MWI", "REL"), MWIG,
  ACCUSE, "111", "1992-03", None, True, "criticism 111; 'In March'; target the government whose censorship and "
  "detentions the letter condemns")
E("ch01", "A government spokesman accused foreign diplomats of", MWIG, A("foreign diplomats", None, "GOV"), ACCUSE,
  "112", "1992-05", None, True, "accusation 112; no day of its own: month; the diplomats have no country")
E("ch01", "A government spokesman accused foreign diplomats of", MWIG, DONORS, ACCUSE, "111", "1992-05", None,
  False, "second clause (the donors meddling): optional")
E("ch01", "its high commissioner in Lilongwe had asked", A("Britain's government", "GBR", "GOV"), MWIG, DEMAND,
  "1053", "1992-05-12", P("Lilongwe", "MWI"), True,
  "demand for release 1053 (10/02); 'on Tuesday' before a Thursday paper; the high commissioner acts for Britain; "
  "'in Lilongwe' names where he is")
F("ch01", "Banda, who is thought to be in", "standing situation")
F("ch01", "The donors did not say when they", "negated statement")

# ---------------------------------------------------------------- ch02 Bamenda, Africa (Cameroon)
S("ch02", "1992-10-29", "Africa", """
Cameroon declares emergency in northwest, confines opposition leader Fru Ndi to his home

BAMENDA, Cameroon —

Troops sealed off the home of opposition leader John Fru Ndi in this northwestern town on Wednesday, a day after President Paul Biya placed the English-speaking North West Province under a state of emergency for three months.

Soldiers in armoured cars stood at the gates and turned away journalists and party officials, witnesses said. A government spokesman said Fru Ndi was not under arrest but was being kept at home for his own safety.

Fru Ndi, the leader of the Social Democratic Front, has refused to accept the official results of the Oct. 11 election, which gave Biya 40 percent of the vote against 36 percent for the challenger. He proclaimed himself president last week and accused the ruling party of stealing the vote.

Supporters of the front set fire to the houses of several ruling-party officials in Bamenda after the Supreme Court confirmed Biya's victory on Friday, and police fired tear gas to disperse them.

In Yaounde, Communication Minister Augustin Kontchou Kouomegni accused the front on Wednesday of preparing an armed uprising.

The United States, which sent observers to the vote, said it had been marred by serious irregularities and urged the government to lift the restrictions.

It is the first time that Cameroon has held a presidential election with more than one candidate.

Whether the emergency will be lifted before January is far from clear.
""")
CMRG = A("Cameroon's government", "CMR", "GOV")
FRUNDI = A("John Fru Ndi", "CMR", ["OPP", "PTY"])
BIYA = A("Paul Biya", "CMR", "GOV")
CPDM = A("Cameroon's ruling party", "CMR", ["PTY", "GOV"])
SDFSUP = A("Social Democratic Front supporters", "CMR", ["OPP", "CVL"])
E("ch02", "Cameroon declares emergency in northwest, confines opposition", CMRG,
  A("North West Province residents", "CMR", ["CVL", "OPP"]), ["17"], "1724", "1992-10", None, False,
  "headline: state of emergency 1724")
E("ch02", "confines opposition leader Fru Ndi to his", CMRG, FRUNDI, ARREST, "173", "1992-10", None, False,
  "headline, second clause: confinement at home 173")
E("ch02", "Troops sealed off the home of opposition", A("Cameroonian troops", "CMR", "MIL"), FRUNDI, ARREST, "173",
  "1992-10-28", P("Bamenda", "CMR"), True,
  "house arrest 173 (17); 'on Wednesday' in a Thursday paper; 'this northwestern town' with the dateline")
E("ch02", "a day after President Paul Biya placed", BIYA, A("North West Province residents", "CMR", ["CVL", "OPP"]),
  ["17"], "1724", "1992-10-27", None, True,
  "state of emergency 1724 inside an 'after' clause with its own agent: required; a province, not a city: no place")
E("ch02", "Soldiers in armoured cars stood at the", A("Cameroonian troops", "CMR", "MIL"),
  A("journalists", "CMR", "MED"), ["17"], "170", "1992-10-28", P("Bamenda", "CMR"), False,
  "turning people away restates the cordon: optional")
E("ch02", "A government spokesman said Fru Ndi was", CMRG, FRUNDI, DENY, "016", "1992-10-28", None, False,
  "denial that he is under arrest 016 (01/12); the target is fuzzy: optional")
E("ch02", "has refused to accept the official results", FRUNDI, CMRG, REJECT, "120", "1992-10", None, True,
  "refusal to accept a result 120 (as owned54 bc01); present perfect: month")
E("ch02", "He proclaimed himself president last week and", FRUNDI, BIYA, ["12"], "120", "1992-10", None, False,
  "self-proclamation as defiance: no clear CAMEO: optional")
E("ch02", "He proclaimed himself president last week and", FRUNDI, CPDM, ACCUSE, "112", "1992-10", None, True,
  "accusation of stealing the vote 112; 'last week' before a Thursday paper: month")
E("ch02", "Supporters of the front set fire to", SDFSUP, CPDM, VPROT, "145", "1992-10", P("Bamenda", "CMR"), True,
  "arson 145 (14/18/17); after Friday, day not given: month; 'in Bamenda'")
E("ch02", "police fired tear gas to disperse them", A("Cameroonian police", "CMR", "COP"), SDFSUP, CRACK, "175",
  "1992-10", P("Bamenda", "CMR"), True, "tear gas 175 (17/18/19); same sentence names Bamenda")
E("ch02", "accused the front on Wednesday of preparing", A("Augustin Kontchou Kouomegni", "CMR", "GOV"),
  A("Social Democratic Front", "CMR", ["OPP", "PTY"]), ACCUSE, "112", "1992-10-28", P("Yaounde", "CMR"), True,
  "accusation 112; 'on Wednesday'; 'In Yaounde'")
E("ch02", "said it had been marred by serious", A("United States government", "USA", "GOV"), CMRG, ACCUSE, "111",
  "1992-10", None, False, "single outside criticism: optional")
E("ch02", "urged the government to lift the restrictions", A("United States government", "USA", "GOV"), CMRG, DEMAND,
  "1051", "1992-10", None, False, "outside demand to ease restrictions 1051 (10/02): optional")
F("ch02", "It is the first time that Cameroon", "background: a definition of the vote")
F("ch02", "Whether the emergency will be lifted before", "speculation")

# ---------------------------------------------------------------- ch03 Amman, Middle East (Jordan)
S("ch03", "1989-04-21", "Middle East", """
Riots over price rises spread from Maan to Karak; Jordan sends in troops

AMMAN, Jordan —

Rioting over sharp increases in fuel prices spread from the southern town of Maan to Karak and Tafila on Thursday, and the army was sent into several towns after police shot dead at least five protesters, witnesses and hospital sources said.

Crowds in Karak set fire to the municipal building and a bank and stoned police cars, residents said by telephone. Security forces fired tear gas and live ammunition, and a curfew was imposed on the town overnight.

The unrest began in Maan on Tuesday when bus and truck drivers protested against a rise of up to 50 percent in fares and fuel, which the government of Prime Minister Zaid al-Rifai announced at the weekend under an austerity plan agreed with the International Monetary Fund.

The demonstrators demanded the resignation of Rifai and an end to corruption.

King Hussein, who is visiting the United States, telephoned the prime minister on Wednesday and ordered the security forces to show restraint, a palace official said.

The government blamed "saboteurs and agitators" for the violence and said the increases would not be withdrawn.

In Amman, a group of former ministers and deputies sent a petition to the king on Wednesday urging him to dismiss the government and restore an elected parliament.

Jordan's foreign debt is estimated at more than $8 billion.

There was no sign of unrest in the capital itself on Thursday.
""")
JORG = A("Jordan's government", "JOR", "GOV")
JORPOL = A("Jordanian police", "JOR", "COP")
JORCROWD = A("Jordanian protesters", "JOR", ["CVL", "OPP"])
RIFAI = A("Zaid al-Rifai", "JOR", "GOV")
HUSSEIN = A("King Hussein", "JOR", "GOV")
E("ch03", "Riots over price rises spread from Maan", JORCROWD, JORG, VPROT, "145", "1989-04", None, False,
  "headline: riots 145 (14/18/17)")
E("ch03", "Jordan sends in troops", JORG, JORCROWD, ["15", "17"], "150", "1989-04", None, False,
  "headline, second clause: deploying troops at home 150 (15/17)")
E("ch03", "Rioting over sharp increases in fuel prices", JORCROWD, JORG, VPROT, "145", "1989-04-20", None, False,
  "lead summary of the riots detailed in the next paragraph: optional; several towns: no place")
E("ch03", "the army was sent into several towns", JORG, JORCROWD, ["15", "17"], "150", "1989-04-20", None, False,
  "agentless passive: optional")
E("ch03", "after police shot dead at least five", JORPOL, JORCROWD, CRACK, "175", "1989-04", None, True,
  "killing protesters 175 (17/18/19) inside an 'after' clause with its own agent: required; the day is not given "
  "(Tuesday to Thursday): month")
E("ch03", "Crowds in Karak set fire to the", A("Karak rioters", "JOR", ["CVL", "OPP"]), JORG, VPROT, "145",
  "1989-04-20", P("Karak", "JOR"), True,
  "arson and stoning 145 (14/18/17); Thursday from the lead; 'in Karak'; target the government (municipal building, "
  "police cars)")
E("ch03", "Security forces fired tear gas and live", A("Jordanian security forces", "JOR", ["COP", "MIL"]),
  A("Karak rioters", "JOR", ["CVL", "OPP"]), CRACK, "175", "1989-04-20", None, True,
  "tear gas and live fire 175 (17/18/19); Thursday; the clause names no place")
E("ch03", "a curfew was imposed on the town", JORG, A("Karak residents", "JOR", "CVL"), ["17"], "1723", "1989-04",
  P("Karak", "JOR"), False, "agentless passive curfew 1723: optional; 'overnight' (month)")
E("ch03", "when bus and truck drivers protested against", A("bus and truck drivers", "JOR", ["CVL", "LAB"]), JORG,
  ["14"], "141", "1989-04-18", P("Maan", "JOR"), True,
  "protest 141 inside a 'when' clause with its own agent; 'on Tuesday' before a Friday paper; 'in Maan'")
E("ch03", "austerity plan agreed with the International Monetary", JORG, A("International Monetary Fund", None, "IGO"),
  AGREE, "057", None, None, False, "undated background agreement in a participle: optional; the IMF null/IGO "
  "(as owned82's IMF)")
E("ch03", "The demonstrators demanded the resignation of Rifai", JORCROWD, RIFAI, DEMAND, "1041", "1989-04", None,
  True, "demand to resign 1041 (10/02); no day of its own: month")
E("ch03", "telephoned the prime minister on Wednesday and", HUSSEIN, RIFAI, ["04"], "040", "1989-04-19", None, False,
  "a phone call between a king and his own premier: optional")
E("ch03", "ordered the security forces to show restraint", HUSSEIN,
  A("Jordanian security forces", "JOR", ["COP", "MIL"]), DEMAND, "100", "1989-04-19", None, False,
  "an order to his own forces: optional")
E("ch03", "The government blamed \"saboteurs and agitators\" for", JORG, JORCROWD, ACCUSE, "112", "1989-04", None,
  True, "blame 112; no day of its own: month")
E("ch03", "said the increases would not be withdrawn", JORG, JORCROWD, REJECT, "120", "1989-04", None, False,
  "refusal to withdraw, a second clause: optional")
E("ch03", "former ministers and deputies sent a petition", A("former ministers and deputies", "JOR", ["ELI", "OPP"]),
  HUSSEIN, DEMAND, "1041", "1989-04-19", P("Amman", "JOR"), True,
  "petition demanding a new government 1041 (10/02); 'on Wednesday'; 'In Amman'")
F("ch03", "Jordan's foreign debt is estimated at more", "count")
F("ch03", "There was no sign of unrest in", "negated: nothing happened in the capital")

# ---------------------------------------------------------------- ch04 Manama, Middle East (Bahrain)
S("ch04", "1995-01-16", "Middle East", """
Bahrain deports jailed Shi'ite cleric and two aides after weeks of unrest

MANAMA, Bahrain —

Bahrain deported a prominent Shi'ite cleric and two other men to the United Arab Emirates on Sunday, six weeks after Sheikh Ali Salman's arrest set off the worst unrest the island state has seen in two decades.

The Interior Ministry said in a statement that the three had been expelled for inciting riots and endangering national security, and that they had chosen to leave rather than face trial.

Relatives said Sheikh Ali was put on a flight to Dubai early on Sunday and had asked to travel on to London.

Police arrested the cleric on Dec. 5 after he preached in support of a petition that calls on the emir, Sheikh Isa bin Salman al-Khalifa, to restore the elected parliament he dissolved in 1975.

Thousands of protesters clashed with riot police in Shi'ite villages around the capital in December, and at least three demonstrators and a policeman were killed.

The government accused Iran last month of encouraging the unrest, a charge that Tehran denies.

Amnesty International condemned the deportations and said Bahraini law forbids sending citizens into exile.

Shops in the villages of Sanabis and Jidhafs stayed shut in protest on Monday, residents said.

Bahrain, which is ruled by a Sunni family, has a Shi'ite majority.

It was not clear whether the three men would ever be allowed to return.
""")
BHRG = A("Bahrain's government", "BHR", "GOV")
SALMAN = A("Sheikh Ali Salman", "BHR", ["REL", "OPP"])
BHRPROT = A("Bahraini protesters", "BHR", ["CVL", "OPP"])
BHRPOL = A("Bahraini riot police", "BHR", "COP")
E("ch04", "Bahrain deports jailed Shi'ite cleric and two", BHRG, SALMAN, EXPEL, "174", "1995-01", None, False,
  "headline: deportation 174 (17/16)")
E("ch04", "Bahrain deported a prominent Shi'ite cleric and", BHRG, SALMAN, EXPEL, "174", "1995-01-15", None, True,
  "deporting citizens 174 (17/16); 'on Sunday' in a Monday paper; compound object, first member required")
E("ch04", "Bahrain deported a prominent Shi'ite cleric and", BHRG, A("two other deported men", "BHR", ["REL", "OPP"]),
  EXPEL, "174", "1995-01-15", None, False, "second member of the compound object")
E("ch04", "six weeks after Sheikh Ali Salman's arrest", BHRG, SALMAN, ARREST, "173", "1994-12", None, False,
  "event noun restating the arrest detailed later: optional")
E("ch04", "The Interior Ministry said in a statement", A("Bahrain's Interior Ministry", "BHR", "GOV"), SALMAN,
  ACCUSE, "112", "1995-01-15", None, True,
  "accusation of inciting riots 112; the statement goes with Sunday's deportation")
E("ch04", "Sheikh Ali was put on a flight", BHRG, SALMAN, EXPEL, "174", "1995-01-15", None, False,
  "agentless passive inside relatives' account, restating the deportation: optional")
E("ch04", "Police arrested the cleric on Dec. 5", BHRPOL, SALMAN, ARREST, "173", "1994-12-05", None, True,
  "dated background arrest 173: required")
E("ch04", "a petition that calls on the emir", A("petition signers", "BHR", ["CVL", "OPP"]),
  A("Sheikh Isa bin Salman al-Khalifa", "BHR", "GOV"), DEMAND, "1044", None, None, False,
  "the petition's demand in a relative, undated: optional")
E("ch04", "to restore the elected parliament he dissolved", A("Sheikh Isa bin Salman al-Khalifa", "BHR", "GOV"),
  A("Bahrain's parliament", "BHR", "LEG"), ["17"], "172", "1975", None, True,
  "dated background (1975) inside a relative clause with its own agent ('he' = the emir): required; dissolving the "
  "legislature 172 (as owned54 bc11)")
E("ch04", "Thousands of protesters clashed with riot police", BHRPROT, BHRPOL, CLASH, "190", "1994-12", None, True,
  "clashes 190 (19/18/14); 'in December'; first-mentioned direction required; villages, no named place")
E("ch04", "Thousands of protesters clashed with riot police", BHRPOL, BHRPROT, CLASH, "190", "1994-12", None, False,
  "reverse direction of the clash: optional")
E("ch04", "The government accused Iran last month of", BHRG, A("Iran's government", "IRN", "GOV"), ACCUSE, "112",
  "1994-12", None, True, "accusation 112; 'last month' in a January paper")
E("ch04", "a charge that Tehran denies", A("Iran's government", "IRN", "GOV"), BHRG, DENY, "016", None, None, False,
  "denial 016 (01/12) in a relative, present tense with no date; 'Tehran' is an actor: optional")
E("ch04", "Amnesty International condemned the deportations and said", A("Amnesty International", None, "NGO"), BHRG,
  ACCUSE, "111", "1995-01", None, False, "single outside condemnation: optional")
E("ch04", "Shops in the villages of Sanabis and", A("Shi'ite shopkeepers", "BHR", ["BUS", "CVL"]), BHRG, ["14"],
  "143", "1995-01-16", None, True, "protest closure of shops, a strike 143; 'on Monday' in a Monday paper; two "
  "villages: no single place")
F("ch04", "Bahrain, which is ruled by a Sunni", "standing situation")
F("ch04", "It was not clear whether the three", "open question / hypothetical return")

# ---------------------------------------------------------------- ch05 Bishkek, Asia (Kyrgyzstan)
S("ch05", "2002-03-19", "Asia", """
Kyrgyz police fire on crowd demanding lawmaker's release; five dead

BISHKEK, Kyrgyzstan —

Police opened fire on Sunday on hundreds of villagers who were marching to demand the release of a jailed opposition lawmaker in the southern district of Aksy, killing at least five people, officials and witnesses said.

The protesters had blocked the main road to Jalal-Abad for several days and were trying to reach the town of Kerben when officers fired into the crowd, a local human rights activist told reporters.

Azimbek Beknazarov, a member of parliament from the south, was arrested in January on charges of abuse of office dating from his years as an investigator. His supporters say the real reason is his criticism of a border treaty that handed disputed land to China.

President Askar Akayev offered condolences to the families and ordered a commission to investigate the shooting.

Interior Minister Temirbek Akmataliyev said on Monday that the police had fired in self-defence after protesters attacked them with stones and sticks.

Opposition lawmakers walked out of parliament in Bishkek the same day and demanded that the regional governor and the prosecutor general resign.

Hundreds of people gathered in Aksy on Tuesday for the funerals and shouted slogans against the government.

The U.S. embassy urged both sides to show restraint.

Kyrgyzstan has often been described as the most open of the former Soviet republics of Central Asia.

Whether Beknazarov will be freed before his trial remained unclear.
""")
KGZG = A("Kyrgyzstan's government", "KGZ", "GOV")
KGZPOL = A("Kyrgyz police", "KGZ", "COP")
AKSY = A("Aksy protesters", "KGZ", ["CVL", "OPP"])
BEKNAZ = A("Azimbek Beknazarov", "KGZ", ["LEG", "OPP"])
KGZOPP = A("Kyrgyz opposition lawmakers", "KGZ", ["LEG", "OPP"])
E("ch05", "Kyrgyz police fire on crowd demanding lawmaker's", KGZPOL, AKSY, CRACK, "175", "2002-03", None, False,
  "headline: firing on a crowd 175 (17/18/19)")
E("ch05", "Kyrgyz police fire on crowd demanding lawmaker's", AKSY, KGZG, DEMAND, "1053", "2002-03", None, False,
  "headline: the crowd's demand for release 1053 (10/02)")
E("ch05", "Police opened fire on Sunday on hundreds", KGZPOL, AKSY, CRACK, "175", "2002-03-17", P("Aksy", "KGZ"),
  True, "firing on marchers 175 (17/18/19); 'on Sunday' in a Tuesday paper; 'the southern district of Aksy'")
E("ch05", "who were marching to demand the release", AKSY, KGZG, DEMAND, "1053", "2002-03-17", P("Aksy", "KGZ"),
  False, "the marchers' demand in a relative clause: optional")
E("ch05", "The protesters had blocked the main road", AKSY, KGZG, ["14"], "144", "2002-03", None, True,
  "road block 144; pluperfect 'for several days': month; no named place for the block")
E("ch05", "when officers fired into the crowd, a", KGZPOL, AKSY, CRACK, "175", "2002-03-17", None, False,
  "restates the lead inside an activist's account: optional")
E("ch05", "was arrested in January on charges of", KGZG, BEKNAZ, ARREST, "173", "2002-01", None, False,
  "agentless background passive: optional")
E("ch05", "His supporters say the real reason is", A("Beknazarov's supporters", "KGZ", ["CVL", "OPP"]), KGZG, ACCUSE,
  "112", "2002-03", None, False, "supporters' claim, present tense: optional")
E("ch05", "President Askar Akayev offered condolences to the", A("Askar Akayev", "KGZ", "GOV"), AKSY, ["01"], "018",
  "2002-03", None, False, "condolences 018 (no PLOVER type): optional")
E("ch05", "said on Monday that the police had", A("Temirbek Akmataliyev", "KGZ", "GOV"), AKSY, ACCUSE, "112",
  "2002-03-18", None, True, "accusation that protesters attacked first 112; 'on Monday'")
E("ch05", "after protesters attacked them with stones and", AKSY, KGZPOL, VPROT, "145", "2002-03-17", None, False,
  "an act inside the minister's disputed account: optional")
E("ch05", "Opposition lawmakers walked out of parliament in", KGZOPP, KGZG, ["14", "12"], "140", "2002-03-18",
  P("Bishkek", "KGZ"), True, "walkout in protest 140 (14/12); 'the same day' = Monday; 'in Bishkek'")
E("ch05", "demanded that the regional governor and the", KGZOPP, A("Jalal-Abad regional governor", "KGZ", "GOV"),
  DEMAND, "1041", "2002-03-18", P("Bishkek", "KGZ"), True,
  "demand to resign 1041 (10/02); compound object, first member required")
E("ch05", "demanded that the regional governor and the", KGZOPP, A("Kyrgyzstan's prosecutor general", "KGZ",
  ["GOV", "JUD"]), DEMAND, "1041", "2002-03-18", P("Bishkek", "KGZ"), False, "second member of the compound object")
E("ch05", "gathered in Aksy on Tuesday for the", A("Aksy mourners", "KGZ", ["CVL", "OPP"]), KGZG, ["14"], "141",
  "2002-03-19", P("Aksy", "KGZ"), True, "protest at the funerals 141; 'on Tuesday' in a Tuesday paper; 'in Aksy'")
E("ch05", "The U.S. embassy urged both sides to", A("United States government", "USA", "GOV"), KGZG, DEMAND, "1056",
  "2002-03", None, False, "single outside appeal for restraint: optional")
F("ch05", "Kyrgyzstan has often been described as the", "analysis / standing situation")
F("ch05", "Whether Beknazarov will be freed before his", "speculation")

# ---------------------------------------------------------------- ch06 Dhaka, Asia (Bangladesh)
S("ch06", "2004-08-23", "Asia", """
Hasina blames government for grenade attack on her rally; Bangladesh shuts down in strike

DHAKA, Bangladesh —

Opposition leader Sheikh Hasina on Sunday accused the government of trying to kill her, a day after grenades thrown into an Awami League rally in the capital killed at least 18 people and wounded hundreds.

Hasina, a former prime minister, was speaking from the back of a truck on Bangabandhu Avenue when attackers hurled at least ten grenades into the crowd. Party leaders and bodyguards formed a human shield around her, and she escaped with an injury to her ear.

"This was a planned attack to wipe out the leadership of the Awami League," she told reporters at her home.

Prime Minister Khaleda Zia condemned the attack on Saturday night as a heinous act and ordered a judicial inquiry, her press secretary said. The government also asked Interpol and Britain's Scotland Yard to help with the investigation.

The Awami League called a two-day general strike, and shops, schools and offices across Dhaka were closed on Sunday and Monday. Police said protesters set fire to several buses and a train carriage in the capital and in the port city of Chittagong.

India and the United States, whose diplomats were among the first to visit the wounded, condemned the attack.

No group has said it carried out the attack.

Bangladesh has been governed alternately by the two women since 1991.
""")
BGDG = A("Bangladesh's government", "BGD", "GOV")
HASINA = A("Sheikh Hasina", "BGD", ["OPP", "PTY"])
ATTACKERS = A("unnamed attackers", None, None)
AWAMI = A("Awami League", "BGD", ["OPP", "PTY"])
E("ch06", "Hasina blames government for grenade attack on", HASINA, BGDG, ACCUSE, "112", "2004-08", None, False,
  "headline: blame 112")
E("ch06", "Bangladesh shuts down in strike", AWAMI, BGDG, ["14"], "143", "2004-08", None, False,
  "headline, second clause: general strike 143")
E("ch06", "on Sunday accused the government of trying", HASINA, BGDG, ACCUSE, "112", "2004-08-22", None, True,
  "accusation 112; 'on Sunday' in a Monday paper")
E("ch06", "a day after grenades thrown into an", ATTACKERS, HASINA, ATTACK, "180", "2004-08-21", P("Dhaka", "BGD"),
  False, "agentless summary of the attack detailed next: optional")
E("ch06", "when attackers hurled at least ten grenades", ATTACKERS, HASINA, ATTACK, "180", "2004-08-21",
  P("Dhaka", "BGD"), True, "grenade attack by unnamed attackers 180 (18/19/20), null/null (news-dev); the day "
  "before Sunday; Dhaka from 'in the capital' with the dateline; target the speaker")
E("ch06", "This was a planned attack to wipe", HASINA, BGDG, ACCUSE, "112", "2004-08-22", None, False,
  "the quote restates the lead's accusation: optional")
E("ch06", "Prime Minister Khaleda Zia condemned the attack", A("Khaleda Zia", "BGD", "GOV"), ATTACKERS, ACCUSE,
  "111", "2004-08-21", None, True, "condemnation 111; 'on Saturday night'; target the unnamed attackers")
E("ch06", "The government also asked Interpol and Britain's", BGDG, A("Interpol", None, "IGO"), ["02", "10"], "0213",
  "2004-08", None, True, "request for help with an investigation 0213 (02/10, as owned54's FBI request); no day "
  "of its own: month; compound object, first member required")
E("ch06", "The government also asked Interpol and Britain's", BGDG, A("Scotland Yard", "GBR", "COP"), ["02", "10"],
  "0213", "2004-08", None, False, "second member of the compound object")
E("ch06", "The Awami League called a two-day general", AWAMI, BGDG, ["14"], "143", "2004-08", None, True,
  "general strike 143; called on a day the text does not give: month")
E("ch06", "Police said protesters set fire to several", A("Awami League protesters", "BGD", ["CVL", "OPP"]), BGDG,
  VPROT, "145", "2004-08", None, True, "arson 145 (14/18/17); undisputed police account: required; two cities and "
  "two days: month, no place")
E("ch06", "India and the United States, whose diplomats", A("India's government", "IND", "GOV"), ATTACKERS, ACCUSE,
  "111", "2004-08", None, False, "outside condemnation, compound subject: optional")
E("ch06", "India and the United States, whose diplomats", A("United States government", "USA", "GOV"), ATTACKERS,
  ACCUSE, "111", "2004-08", None, False, "second member of the compound subject: optional")
F("ch06", "No group has said it carried out", "negated claim of responsibility")
F("ch06", "Bangladesh has been governed alternately by the", "standing situation")

# ---------------------------------------------------------------- ch07 Kiev, Europe (Ukraine)
S("ch07", "2001-03-10", "Europe/Eurasia", """
Riot police clash with anti-Kuchma protesters in Kiev; scores detained

KIEV, Ukraine —

Riot police fought running battles with hundreds of protesters demanding the resignation of President Leonid Kuchma in central Kiev on Friday and detained more than 200 people, the Interior Ministry said.

The trouble began in the morning when demonstrators tried to break through a police cordon around the monument to the poet Taras Shevchenko, where Kuchma had come to lay flowers on the anniversary of his birth. The president left by a side path.

Later in the day several hundred young men, many from the nationalist UNA-UNSO group, threw stones and smoke bombs at police outside the presidential administration. Officers beat protesters with truncheons and dragged them into buses.

Kuchma said in a television address on Friday evening that the violence had been organised by extremists who wanted to seize power, and he called on the prosecutor general to punish those responsible.

Opposition leaders, who accuse the president of ordering the murder of journalist Georgiy Gongadze, denied any part in the violence and accused the police of provoking it.

Former deputy prime minister Yulia Tymoshenko, a leading critic of Kuchma, has been in a Kiev jail since her arrest last month on charges of smuggling and bribery.

Kuchma's second five-year term runs until 2004.

It was unclear whether the opposition would try to march again on Sunday.
""")
UKRPOL = A("Ukrainian riot police", "UKR", "COP")
UKRPROT = A("anti-Kuchma protesters", "UKR", ["CVL", "OPP"])
KUCHMA = A("Leonid Kuchma", "UKR", "GOV")
UNSO = A("UNA-UNSO youths", "UKR", ["RAD", "OPP"])
UKROPP = A("Ukrainian opposition leaders", "UKR", ["OPP", "PTY"])
POLCLASH = ["17", "14", "19"]
E("ch07", "Riot police clash with anti-Kuchma protesters in", UKRPOL, UKRPROT, POLCLASH, "175", "2001-03", None,
  False, "headline: clashes 175 (17/14/19, news-dev's police-protester clashes)")
E("ch07", "in Kiev; scores detained", UKRPOL, UKRPROT, ARREST, "173", "2001-03", None, False,
  "headline, second clause: detentions 173")
E("ch07", "Riot police fought running battles with hundreds", UKRPOL, UKRPROT, POLCLASH, "175", "2001-03-09",
  P("Kiev", "UKR"), True, "clashes (17/14/19); first-mentioned direction required; 'on Friday' in a Saturday paper; "
  "'in central Kiev'")
E("ch07", "Riot police fought running battles with hundreds", UKRPROT, UKRPOL, CLASH, "190", "2001-03-09",
  P("Kiev", "UKR"), False, "reverse direction: optional")
E("ch07", "detained more than 200 people, the Interior", UKRPOL, UKRPROT, ARREST, "173", "2001-03-09",
  P("Kiev", "UKR"), True, "detentions 173; same sentence names Kiev")
E("ch07", "demonstrators tried to break through a police", UKRPROT, UKRPOL, VPROT, "145", "2001-03-09", None, False,
  "an attempt at a cordon, part of the battles the lead sums up: optional")
E("ch07", "threw stones and smoke bombs at police", UNSO, UKRPOL, VPROT, "145", "2001-03-09", None, True,
  "stone-throwing 145 (14/18/17); 'Later in the day' = Friday; 'outside the presidential administration' names no "
  "city")
E("ch07", "Officers beat protesters with truncheons and dragged", UKRPOL, UNSO, CRACK, "175", "2001-03-09", None, True,
  "beating 175 (17/18/19); Friday")
E("ch07", "Kuchma said in a television address on", KUCHMA, A("extremists", "UKR", ["RAD", "OPP"]), ACCUSE, "112",
  "2001-03-09", None, True, "accusation of organising violence 112; 'on Friday evening'")
E("ch07", "he called on the prosecutor general to", KUCHMA, A("Ukraine's prosecutor general", "UKR", ["GOV", "JUD"]),
  DEMAND, "100", "2001-03-09", None, False, "an order within the state: optional")
E("ch07", "who accuse the president of ordering the", UKROPP, KUCHMA, ACCUSE, "112", None, None, False,
  "standing accusation in a relative, present tense, undated: optional")
E("ch07", "denied any part in the violence and", UKROPP, KUCHMA, DENY, "016", "2001-03", None, True,
  "a stated denial 016 (01/12), answering Kuchma; no day of its own: month")
E("ch07", "accused the police of provoking it", UKROPP, UKRPOL, ACCUSE, "112", "2001-03", None, True,
  "accusation 112; month")
E("ch07", "since her arrest last month on charges", UKRPOL, A("Yulia Tymoshenko", "UKR", ["OPP", "PTY"]), ARREST,
  "173", "2001-02", None, False, "agentless event noun in the background: optional; 'last month' = February")
F("ch07", "Kuchma's second five-year term runs until 2004", "standing situation")
F("ch07", "It was unclear whether the opposition would", "speculation about a future march")

# ---------------------------------------------------------------- ch08 Budapest, Europe (Hungary / Slovakia)
S("ch08", "2009-08-22", "Europe/Eurasia", """
Slovakia bars Hungary's president from border town; Budapest summons envoy

BUDAPEST, Hungary —

Hungary summoned Slovakia's ambassador on Friday after Bratislava barred President Laszlo Solyom from crossing into the Slovak town of Komarno, where he had planned to unveil a statue of Hungary's first king, St Stephen.

Solyom's convoy stopped on the Hungarian side of the Danube bridge that links the twin towns, and the president told reporters there that the ban was without precedent between two members of the European Union.

The Slovak Foreign Ministry had sent a diplomatic note to Budapest on Thursday saying the visit was unwelcome because it fell on the anniversary of the 1968 Warsaw Pact invasion of Czechoslovakia.

Foreign Minister Miroslav Lajcak met the Hungarian ambassador in Bratislava on Thursday evening to explain the decision, his spokesman said.

Prime Minister Gordon Bajnai called the ban "inexcusable and unacceptable" late on Friday and said Hungary would raise it with the European Commission.

Prime Minister Robert Fico accused Solyom of a deliberate provocation, saying that Slovakia would not let any foreign leader question its sovereignty.

About 600 ethnic Hungarians gathered in the main square of Komarno for the unveiling, which went ahead without the president, and some of them whistled at Slovak police.

Relations have been strained by a Slovak law, due to take effect on Sept. 1, that will fine public bodies for using languages other than Slovak.

Solyom did not try to cross the bridge on foot.
""")
HUNG = A("Hungary's government", "HUN", "GOV")
SVKG = A("Slovakia's government", "SVK", "GOV")
SOLYOM = A("Laszlo Solyom", "HUN", "GOV")
E("ch08", "Slovakia bars Hungary's president from border town", SVKG, SOLYOM, ["17", "12", "16"], "172", "2009-08",
  None, False, "headline: barring a visit 172 (17/12/16, as owned82's visa cancellation)")
E("ch08", "border town; Budapest summons envoy", HUNG, SVKG, ["11"], "114", "2009-08", None, False,
  "headline, second clause: 'Budapest' is an actor; summons 114")
E("ch08", "Hungary summoned Slovakia's ambassador on Friday after", HUNG,
  A("Slovakia's ambassador to Hungary", "SVK", "GOV"), ["11"], "114", "2009-08-21", None, True,
  "summoning an envoy to protest 114; 'on Friday' in a Saturday paper")
E("ch08", "after Bratislava barred President Laszlo Solyom from", SVKG, SOLYOM, ["17", "12", "16"], "172", "2009-08",
  None, True, "barring entry 172 (17/12/16) inside an 'after' clause with its own agent; 'Bratislava' is an actor; "
  "the ban ran from Thursday's note to Friday's crossing: month")
E("ch08", "the president told reporters there that the", SOLYOM, SVKG, ACCUSE, "111", "2009-08-21", None, True,
  "criticism 111; Friday; 'there' is the bridge, no named town")
E("ch08", "The Slovak Foreign Ministry had sent a", A("Slovakia's Foreign Ministry", "SVK", "GOV"), HUNG,
  ["12", "17"], "120", "2009-08-20", None, True,
  "a note declaring the visit unwelcome, a rejection 120 (12/17); 'on Thursday'; 'Budapest' is an actor, not a place")
E("ch08", "Foreign Minister Miroslav Lajcak met the Hungarian", A("Miroslav Lajcak", "SVK", "GOV"),
  A("Hungary's ambassador to Slovakia", "HUN", "GOV"), ["04"], "043", "2009-08-20", P("Bratislava", "SVK"), True,
  "meeting 043; 'on Thursday evening'; 'in Bratislava'")
E("ch08", "Prime Minister Gordon Bajnai called the ban", A("Gordon Bajnai", "HUN", "GOV"), SVKG, ACCUSE, "111",
  "2009-08-21", None, True, "criticism 111; 'late on Friday'")
E("ch08", "said Hungary would raise it with the", A("Gordon Bajnai", "HUN", "GOV"),
  A("European Commission", "EUR", "IGO"), ["02", "10"], "020", "2009-08", None, False,
  "a stated intention to appeal to the Commission: optional")
E("ch08", "Prime Minister Robert Fico accused Solyom of", A("Robert Fico", "SVK", "GOV"), SOLYOM, ACCUSE, "112",
  "2009-08", None, True, "accusation of provocation 112; no day of its own: month")
E("ch08", "About 600 ethnic Hungarians gathered in the", A("ethnic Hungarians in Komarno", "SVK", ["CVL", "OPP"]),
  A("Slovak police", "SVK", "COP"), ["14"], "141", "2009-08-21", P("Komarno", "SVK"), False,
  "whistling at police, a mild protest: optional; Slovak citizens")
F("ch08", "Relations have been strained by a Slovak", "standing situation and a future law")
F("ch08", "Solyom did not try to cross the", "negated act")

# ---------------------------------------------------------------- ch09 Georgetown, Americas (Guyana)
S("ch09", "1998-01-18", "Americas", """
Guyana's Jagan and Hoyte sign Caribbean-brokered deal to end election unrest

GEORGETOWN, Guyana —

President Janet Jagan and opposition leader Desmond Hoyte signed an agreement on Saturday to end weeks of street protests over last month's disputed election, after two days of talks with a team of Caribbean mediators.

Under the accord, which was reached at a guest house outside the capital, Hoyte's People's National Congress agreed to call off its demonstrations and Jagan agreed to an independent audit of the vote and to cut her five-year term to three.

The mediators, sent by the Caribbean Community and led by the Barbadian lawyer Henry Forde, met the two leaders separately on Thursday before bringing them together.

The talks followed the worst violence in the capital in decades. On Monday, crowds of opposition supporters marching through central Georgetown beat shoppers, most of them of Indian descent, and looted stores, while police fired tear gas and rubber bullets to break them up.

Jagan banned all demonstrations in the capital the next day, a ban that Hoyte called unconstitutional.

Hoyte refused last month to recognise Jagan's victory in the Dec. 15 election, saying the count had been rigged, and his party has challenged the result in court.

Guyana's politics have long been divided along racial lines between citizens of Indian and African descent.

Neither side said when the audit would begin.
""")
JAGAN = A("Janet Jagan", "GUY", "GOV")
HOYTE = A("Desmond Hoyte", "GUY", ["OPP", "PTY"])
PNC = A("People's National Congress", "GUY", ["OPP", "PTY"])
CARICOM = A("Caribbean Community mediators", None, "IGO")
GUYCROWD = A("opposition supporters", "GUY", ["CVL", "OPP"])
E("ch09", "Guyana's Jagan and Hoyte sign Caribbean-brokered deal", JAGAN, HOYTE, AGREE, "057", "1998-01", None, False,
  "headline: signed agreement 057 (05/03/08)")
E("ch09", "President Janet Jagan and opposition leader Desmond", JAGAN, HOYTE, AGREE, "057", "1998-01-17", None, True,
  "signed agreement 057 (05/03/08); first-mentioned direction required; 'on Saturday' in a Sunday paper; the "
  "place is in the next sentence and unnamed")
E("ch09", "President Janet Jagan and opposition leader Desmond", HOYTE, JAGAN, AGREE, "057", "1998-01-17", None,
  False, "reverse direction: optional")
E("ch09", "Hoyte's People's National Congress agreed to call", PNC, JAGAN, ["08", "05", "03"], "081", "1998-01-17",
  None, False, "a term of the accord restating the agreement (calling off protests, 08): optional")
E("ch09", "Jagan agreed to an independent audit of", JAGAN, PNC, ["08", "05", "03"], "080", "1998-01-17", None, False,
  "a term of the accord (concession, 08): optional")
E("ch09", "met the two leaders separately on Thursday", CARICOM, JAGAN, ["04"], "043", "1998-01-15", None, True,
  "meeting 043 by mediators (CARICOM null/IGO as news-dev's ECOWAS); 'on Thursday' before a Sunday paper; "
  "compound object, first member required")
E("ch09", "met the two leaders separately on Thursday", CARICOM, HOYTE, ["04"], "043", "1998-01-15", None, False,
  "second member of 'the two leaders'")
E("ch09", "crowds of opposition supporters marching through central", GUYCROWD,
  A("Indo-Guyanese shoppers", "GUY", "CVL"), VPROT, "145", "1998-01-12", P("Georgetown", "GUY"), True,
  "beatings and looting in a march 145 (14/18/17); 'On Monday' before a Sunday paper; 'central Georgetown'")
E("ch09", "while police fired tear gas and rubber", A("Guyanese police", "GUY", "COP"), GUYCROWD, CRACK, "175",
  "1998-01-12", P("Georgetown", "GUY"), True, "tear gas and rubber bullets 175 (17/18/19); same sentence names "
  "Georgetown")
E("ch09", "Jagan banned all demonstrations in the capital", JAGAN, PNC, ["17"], "1721", "1998-01-13",
  P("Georgetown", "GUY"), True, "ban on demonstrations 1721; 'the next day' = Tuesday; 'in the capital' with the "
  "dateline; target the party whose protests it stops")
E("ch09", "a ban that Hoyte called unconstitutional", HOYTE, JAGAN, ACCUSE, "111", None, None, False,
  "criticism in a relative, undated: optional")
E("ch09", "Hoyte refused last month to recognise Jagan's", HOYTE, JAGAN, REJECT, "120", "1997-12", None, True,
  "refusal to accept a result 120 (as owned54 bc01); 'last month' in a January paper")
E("ch09", "saying the count had been rigged, and", HOYTE, A("Guyana's election commission", "GUY", "GOV"), ACCUSE,
  "112", "1997-12", None, False, "participial accusation: optional")
E("ch09", "his party has challenged the result in", PNC, A("Guyana's election commission", "GUY", "GOV"), ACCUSE,
  "115", None, None, False, "court challenge 115, present perfect with no date: optional")
F("ch09", "Guyana's politics have long been divided along", "standing situation")
F("ch09", "Neither side said when the audit would", "negated statement / future")

# ---------------------------------------------------------------- ch10 Managua, Americas (Nicaragua)
S("ch10", "2008-11-20", "Americas", """
Nicaraguan opposition alleges fraud in city vote as rival supporters clash in Managua

MANAGUA, Nicaragua —

Supporters of President Daniel Ortega's Sandinista party and the opposition Liberals fought with stones, sticks and homemade mortars in Managua and Leon on Tuesday, the latest violence over municipal elections that the opposition says were rigged.

Police said at least 20 people were injured in the capital, where hundreds of Sandinistas armed with clubs blocked the Liberals from marching to the offices of the Supreme Electoral Council.

The council declared the Sandinista candidate, former boxing champion Alexis Arguello, the winner of the Managua mayoral race against the Liberal candidate, Eduardo Montealegre. On Monday it rejected the opposition's demand for a recount.

Montealegre said on Wednesday that his party had evidence the count had been altered in dozens of towns, and he urged Nicaraguans to keep protesting peacefully.

Ortega accused the opposition of trying to destabilise the country with the help of foreign governments and said the results would stand.

In June the council stripped two smaller opposition parties of their legal registration, barring them from the vote.

The Roman Catholic bishops appealed to both sides to end the violence, and the European Commission said it was reviewing its budget support to Managua.

Nicaragua is the second-poorest country in the Americas after Haiti.

It was not clear how many people had been arrested.
""")
NICG = A("Nicaragua's government", "NIC", "GOV")
SANDIN = A("Sandinista supporters", "NIC", ["PTY", "CVL"])
LIBERALS = A("Liberal supporters", "NIC", ["OPP", "PTY"])
CSE = A("Supreme Electoral Council", "NIC", ["GOV", "JUD"])
MONTE = A("Eduardo Montealegre", "NIC", ["OPP", "PTY"])
ORTEGA = A("Daniel Ortega", "NIC", "GOV")
E("ch10", "Nicaraguan opposition alleges fraud in city vote", LIBERALS, CSE, ACCUSE, "112", "2008-11", None, False,
  "headline: fraud allegation 112")
E("ch10", "rival supporters clash in Managua", SANDIN, LIBERALS, CLASH, "190", "2008-11", P("Managua", "NIC"), False,
  "headline, second clause: clashes 190 (19/18/14)")
E("ch10", "Supporters of President Daniel Ortega's Sandinista party", SANDIN, LIBERALS, CLASH, "190", "2008-11-18",
  None, True, "clashes between civilian camps 190 (19/18/14, news-dev); first-mentioned direction required; 'on "
  "Tuesday' before a Thursday paper; two cities: no single place")
E("ch10", "Supporters of President Daniel Ortega's Sandinista party", LIBERALS, SANDIN, CLASH, "190", "2008-11-18",
  None, False, "reverse direction: optional")
E("ch10", "the opposition says were rigged", LIBERALS, CSE, ACCUSE, "112", None, None, False,
  "present-tense claim in a relative clause: optional")
E("ch10", "hundreds of Sandinistas armed with clubs blocked", SANDIN, LIBERALS, ["14", "17"], "144", "2008-11-18",
  P("Managua", "NIC"), True, "blocking a march 144 (14/17) in a relative clause with its own agent; 'the capital'")
E("ch10", "On Monday it rejected the opposition's demand", CSE, LIBERALS, REJECT, "120", "2008-11-17", None, True,
  "rejection of a recount 120; 'On Monday'; 'it' = the council")
E("ch10", "Montealegre said on Wednesday that his party", MONTE, CSE, ACCUSE, "112", "2008-11-19", None, True,
  "accusation of altering the count 112; 'on Wednesday'")
E("ch10", "he urged Nicaraguans to keep protesting peacefully", MONTE, A("Nicaraguans", "NIC", "CVL"), DEMAND, "100",
  "2008-11-19", None, False, "an appeal to his own supporters: optional")
E("ch10", "Ortega accused the opposition of trying to", ORTEGA, LIBERALS, ACCUSE, "112", "2008-11", None, True,
  "accusation 112; no day of its own: month")
E("ch10", "said the results would stand", ORTEGA, LIBERALS, REJECT, "120", "2008-11", None, False,
  "a second clause restating the rejection: optional")
E("ch10", "In June the council stripped two smaller", CSE, A("two smaller opposition parties", "NIC", ["OPP", "PTY"]),
  ["17"], "1722", "2008-06", None, True, "dated background: barring parties 1722 (17); 'In June'")
E("ch10", "The Roman Catholic bishops appealed to both", A("Nicaragua's Roman Catholic bishops", "NIC", "REL"),
  SANDIN, DEMAND, "1056", "2008-11", None, False, "appeal for calm to both sides: optional")
E("ch10", "the European Commission said it was reviewing", A("European Commission", "EUR", "IGO"), NICG,
  THREAT + ["16"], "1311", "2008-11", None, False,
  "a review of aid as a veiled threat 1311 (13/16, as owned82 ce01); 'Managua' is an actor: optional")
F("ch10", "Nicaragua is the second-poorest country in the", "standing situation")
F("ch10", "It was not clear how many people", "open question")

# ---------------------------------------------------------------- ch11 Port Moresby, Oceania (Papua New Guinea)
S("ch11", "2001-06-27", "Oceania", """
Police shoot dead three students in Port Moresby as protest over privatisation turns violent

PORT MORESBY, Papua New Guinea —

Police opened fire on students protesting against the sale of state companies in Port Moresby early on Tuesday, killing three and wounding at least a dozen, hospital staff and student leaders said.

The shooting came after officers moved in to break up a week-long sit-in by students of the University of Papua New Guinea outside the government offices at Waigani, where the protesters had demanded that Prime Minister Sir Mekere Morauta come and meet them.

Morauta said in a national broadcast on Tuesday evening that he regretted the deaths and would set up a commission of inquiry. He accused unnamed "outside agitators" of turning a peaceful protest into a riot, and said the sale of state assets would go ahead.

Hours after the shooting, crowds looted shops and set cars on fire in the city centre, and police imposed a night curfew.

Student leaders accused the police of firing without warning and demanded the arrest of the officers involved.

The protests began this month after the government announced plans to sell the national bank and to register customary land, steps urged by the World Bank in return for loans.

In March, soldiers at Murray Barracks seized the armoury and forced the government to drop plans to cut the army by half.

It was not known whether any officers had been suspended.

Whether the government can sell the bank before next year's election is far from certain.
""")
PNGG = A("Papua New Guinea's government", "PNG", "GOV")
PNGPOL = A("Papua New Guinean police", "PNG", "COP")
STUDENTS = A("University of Papua New Guinea students", "PNG", ["EDU", "CVL"])
MORAUTA = A("Mekere Morauta", "PNG", "GOV")
E("ch11", "Police shoot dead three students in Port", PNGPOL, STUDENTS, CRACK, "175", "2001-06",
  P("Port Moresby", "PNG"), False, "headline: shooting protesters 175 (17/18/19)")
E("ch11", "protest over privatisation turns violent", STUDENTS, PNGG, VPROT, "145", "2001-06", None, False,
  "headline, second clause: violent protest 145")
E("ch11", "Police opened fire on students protesting against", PNGPOL, STUDENTS, CRACK, "175", "2001-06-26",
  P("Port Moresby", "PNG"), True, "firing on protesters 175 (17/18/19); 'early on Tuesday' in a Wednesday paper; "
  "'in Port Moresby'")
E("ch11", "officers moved in to break up a", PNGPOL, STUDENTS, CRACK, "175", "2001-06-26", None, False,
  "breaking up the sit-in, the same act as the lead: optional")
E("ch11", "where the protesters had demanded that Prime", STUDENTS, MORAUTA, DEMAND, "108", "2001-06", None, False,
  "demand for a meeting 108 (10/02), pluperfect in a relative, undated: optional")
E("ch11", "He accused unnamed \"outside agitators\" of turning", MORAUTA, A("outside agitators", None, None), ACCUSE,
  "112", "2001-06-26", None, True, "accusation 112; the Tuesday evening broadcast of the sentence before; "
  "unnamed agitators null/null")
E("ch11", "said the sale of state assets would", MORAUTA, STUDENTS, REJECT, "120", "2001-06-26", None, False,
  "refusal to drop the sales, a second clause: optional")
E("ch11", "crowds looted shops and set cars on", A("Port Moresby rioters", "PNG", "CVL"), PNGG, VPROT, "145",
  "2001-06-26", P("Port Moresby", "PNG"), True,
  "looting and arson 145 (14/18/17); 'Hours after the shooting'; 'the city centre' with the dateline")
E("ch11", "police imposed a night curfew", PNGPOL, A("Port Moresby residents", "PNG", "CVL"), ["17"], "1723",
  "2001-06-26", P("Port Moresby", "PNG"), True, "curfew 1723 (17); same day; the city of the sentence")
E("ch11", "Student leaders accused the police of firing", A("student leaders", "PNG", ["EDU", "CVL"]), PNGPOL, ACCUSE,
  "112", "2001-06", None, True, "accusation 112; no day of its own: month")
E("ch11", "demanded the arrest of the officers involved", A("student leaders", "PNG", ["EDU", "CVL"]), PNGG, DEMAND,
  "100", "2001-06", None, False, "demand, a second clause: optional")
E("ch11", "steps urged by the World Bank in", A("World Bank", None, "IGO"), PNGG, DEMAND, "100", None, None, False,
  "undated background urging in a participle: optional")
E("ch11", "In March, soldiers at Murray Barracks seized", A("Papua New Guinean soldiers", "PNG", "MIL"), PNGG,
  ["17", "19", "18"], "170", "2001-03", None, True,
  "dated background mutiny, seizing an armoury to coerce the government 170 (17/19/18); 'In March'; the barracks "
  "name no city")
E("ch11", "forced the government to drop plans to", PNGG, A("Papua New Guinean soldiers", "PNG", "MIL"), ["08"],
  "081", "2001-03", None, False, "the government's concession, told with the soldiers as agent: optional")
F("ch11", "It was not known whether any officers", "open question: no suspension reported")
F("ch11", "Whether the government can sell the bank", "speculation")

# ---------------------------------------------------------------- ch12 Honiara, Oceania (Solomon Islands / Australia)
S("ch12", "2006-09-13", "Oceania", """
Solomons expels Australian envoy, accuses him of meddling in riot inquiry

HONIARA, Solomon Islands —

Solomon Islands ordered Australia's high commissioner, Patrick Cole, to leave the country on Tuesday, accusing him of interfering in its internal affairs and in an inquiry into the riots that wrecked parts of the capital in April.

Foreign Minister Patteson Oti told parliament that the diplomat had made statements that undermined the government and had tried to influence the choice of a chairman for the commission of inquiry.

Prime Minister Manasseh Sogavare said on Wednesday that the decision was final and that his government would not be bullied by Canberra.

In Canberra, Foreign Minister Alexander Downer called the expulsion deeply disappointing on Tuesday night. He said Australia would keep the more than 200 police and soldiers it has in the islands under a regional assistance mission.

Downer summoned the Solomons' acting high commissioner on Wednesday to protest, his department said.

Rioters burned and looted much of Honiara's Chinatown in April after parliament elected Snyder Rini as prime minister, and Rini resigned eight days later. Sogavare, a former ally of Rini, won a parliamentary vote in May.

Australia is by far the largest aid donor to the Solomon Islands.

It was not clear when Cole would leave.
""")
SLBG = A("Solomon Islands government", "SLB", "GOV")
AUSG = A("Australia's government", "AUS", "GOV")
COLE = A("Patrick Cole", "AUS", "GOV")
DOWNER = A("Alexander Downer", "AUS", "GOV")
E("ch12", "Solomons expels Australian envoy, accuses him of", SLBG, COLE, EXPEL, "174", "2006-09", None, False,
  "headline: expelling an envoy 174 (17/16)")
E("ch12", "accuses him of meddling in riot inquiry", SLBG, COLE, ACCUSE, "112", "2006-09", None, False,
  "headline, second clause: accusation 112")
E("ch12", "Solomon Islands ordered Australia's high commissioner, Patrick", SLBG, COLE, EXPEL, "174", "2006-09-12",
  None, True, "expulsion 174 (17/16); 'on Tuesday' in a Wednesday paper")
E("ch12", "accusing him of interfering in its internal", SLBG, COLE, ACCUSE, "112", "2006-09-12", None, False,
  "participial accusation, detailed in the next paragraph: optional")
E("ch12", "the riots that wrecked parts of the", A("Honiara rioters", "SLB", ["CVL", "OPP"]),
  A("Honiara businesses", "SLB", "BUS"), VPROT, "145", "2006-04", P("Honiara", "SLB"), False,
  "restates the April riots told in the sixth paragraph: optional")
E("ch12", "Foreign Minister Patteson Oti told parliament that", A("Patteson Oti", "SLB", "GOV"), COLE, ACCUSE, "112",
  "2006-09-12", None, True, "accusation 112; the statement goes with Tuesday's expulsion; 'parliament' names no city")
E("ch12", "Prime Minister Manasseh Sogavare said on Wednesday", A("Manasseh Sogavare", "SLB", "GOV"), AUSG, REJECT,
  "120", "2006-09-13", None, True, "refusal to reverse the decision 120; 'on Wednesday'; 'Canberra' is an actor")
E("ch12", "called the expulsion deeply disappointing on Tuesday", DOWNER, SLBG, ACCUSE, "111", "2006-09-12",
  P("Canberra", "AUS"), True, "criticism 111; 'on Tuesday night'; 'In Canberra' names where he spoke")
E("ch12", "He said Australia would keep the more", DOWNER, SLBG, ["05"], "050", "2006-09-12", None, False,
  "a pledge to keep the mission (support, 05): optional")
E("ch12", "Downer summoned the Solomons' acting high commissioner", DOWNER,
  A("Solomon Islands acting high commissioner", "SLB", "GOV"), ["11"], "114", "2006-09-13", None, True,
  "summons to protest 114; 'on Wednesday'; no place in the clause")
E("ch12", "Rioters burned and looted much of Honiara's", A("Honiara rioters", "SLB", ["CVL", "OPP"]),
  A("Honiara businesses", "SLB", "BUS"), VPROT, "145", "2006-04", P("Honiara", "SLB"), True,
  "dated background riot 145 (14/18/17); 'in April'; 'Honiara's Chinatown'; the shops' owners are not given a "
  "nationality")
E("ch12", "and Rini resigned eight days later", A("Snyder Rini", "SLB", "GOV"), A("Honiara rioters", "SLB",
  ["CVL", "OPP"]), ["08"], "0831", "2006-04", None, False,
  "resignation under pressure 0831 (news-dev d09), implied target: optional")
F("ch12", "Australia is by far the largest aid", "standing situation")
F("ch12", "It was not clear when Cole would", "open question")

if __name__ == "__main__":
    write(HERE)
