#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the sixth owned evaluation set (owned6) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned6/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import COUP, AGREE, DEMAND, DENY, VPROT, REPR, SANCT, CLASH  # noqa: E402


ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
CEASE = ["08", "03", "05"]
KILL = ["18", "17", "20"]
DEPLOY = ["07", "15"]

# ---------------------------------------------------------------- t01 Vilnius, Europe/Eurasia (dateline Moscow)
S("t01", "1991-01-14", "Europe/Eurasia", """
Soviet troops storm Vilnius television tower; Moscow loyalists claim power in Lithuania

MOSCOW, Soviet Union —

Soviet paratroopers backed by tanks stormed the television tower in Vilnius early on Sunday, firing into crowds of unarmed Lithuanians who had gathered to defend it and killing at least 13 people, Lithuanian officials said.

Hours earlier a pro-Moscow group calling itself the National Salvation Committee announced that it had taken power in Lithuania. Its spokesman, Juozas Jermalavicius, an ideology secretary of the Communist Party faction loyal to Moscow, said the committee would govern until order was restored.

Vytautas Landsbergis, the chairman of the Lithuanian parliament, appealed to Western governments to condemn the assault. Thousands of people built barricades of concrete blocks and trucks around the parliament building in Vilnius and kept watch through the night.

President Mikhail Gorbachev told the Soviet parliament on Monday that he had learned of the attack only after it happened. Interior Minister Boris Pugo said the troops had opened fire only after shots came from the crowd.

Boris Yeltsin, the leader of the Russian republic, flew to Tallinn, the Estonian capital, on Sunday and signed a pact with the leaders of Estonia and Latvia recognising each other's sovereignty. He urged Russian soldiers serving in the Baltic republics not to fire on civilians.

President George Bush said he was deeply disturbed by the use of force.

Doctors in Vilnius said more than 100 people had been wounded. Whether the troops would move against the parliament was unclear.
""")
SOVM = A("Soviet army", "RUS", ["MIL", "GOV"])
SOVG = A("Soviet Union", "RUS", "GOV")
LTUP = A("Lithuanian civilians", "LTU", ["CVL", "OPP"])
LTUG = A("Lithuania", "LTU", "GOV")
NSC = A("National Salvation Committee", "LTU", ["PTY", "OPP", "REB"])
YELT = A("Boris Yeltsin", "RUS", "GOV")
E("t01", "Soviet troops storm Vilnius television tower; Moscow", SOVM, LTUP, REPR + ["19"], "175", "1991-01-13",
  P("Vilnius", "LTU"), False, "headline")
E("t01", "Moscow loyalists claim power in Lithuania", NSC, LTUG, COUP, "1724", "1991-01", None, False, "headline")
E("t01", "Soviet paratroopers backed by tanks stormed the television", SOVM, LTUP, REPR + ["19"], "175", "1991-01-13",
  P("Vilnius", "LTU"), True,
  "troops firing on a crowd defending a building: violent repression (175, 17/18; coders also read 19, use of force); "
  "Soviet actors RUS (owned3); the clause names Vilnius")
E("t01", "announced that it had taken power in Lithuania", NSC, LTUG, COUP, "1724", "1991-01", None, True,
  "declared takeover 1724 (coup roots 17/19); pro-Moscow Lithuanian communists LTU; 'Hours earlier' than early "
  "Sunday may fall on Saturday: month")
E("t01", "said the committee would govern until order", A("Juozas Jermalavicius", "LTU", ["PTY", "OPP"]), LTUG, COUP,
  "1724", "1991-01", None, False, "the spokesman restates the takeover: optional")
E("t01", "appealed to Western governments to condemn the assault", A("Vytautas Landsbergis", "LTU", ["GOV", "LEG"]),
  A("Western governments", None, "GOV"), DEMAND, "022", "1991-01", None, False,
  "appeal for diplomatic support to a vague group (country null): optional, as owned5's 'all sides'")
E("t01", "Thousands of people built barricades of concrete blocks", LTUP, SOVM, ["14"], "144", "1991-01",
  P("Vilnius", "LTU"), True, "protest by obstruction (144, owned3's crowds blocking armour); the clause names "
                             "Vilnius; no day in the sentence: month")
E("t01", "he had learned of the attack only", A("Mikhail Gorbachev", "RUS", "GOV"), None, DENY, "016", "1991-01-14",
  None, False, "denial of responsibility with no target: optional")
E("t01", "troops had opened fire only after shots", A("Boris Pugo", "RUS", "GOV"), LTUP, ["11"], "112", "1991-01",
  None, False, "justification blaming the crowd, disputed by the Lithuanians: optional")
E("t01", "flew to Tallinn, the Estonian capital, on", YELT, A("Estonia", "EST", "GOV"), ["04"], "042", "1991-01-13",
  P("Tallinn", "EST"), False, "visit: first act of the sentence but a preliminary to the pact; optional")
E("t01", "signed a pact with the leaders of Estonia", YELT, A("Estonia", "EST", "GOV"), AGREE, "057", "1991-01-13",
  P("Tallinn", "EST"), True, "signed agreement (057); compound object: the first target required (owned3)")
E("t01", "signed a pact with the leaders of Estonia", YELT, A("Latvia", "LVA", "GOV"), AGREE, "057", "1991-01-13",
  P("Tallinn", "EST"), False, "second target")
E("t01", "He urged Russian soldiers serving in the", YELT, SOVM, DEMAND, "020", "1991-01", None, True,
  "'He' = Yeltsin; appeal not to fire; undated: month")
E("t01", "President George Bush said he was deeply", A("George Bush", "USA", "GOV"), SOVG, ["11"], "111", "1991-01",
  None, False, "single outside reaction: optional (owned5)")
F("t01", "Doctors in Vilnius said more than 100", "casualty count")
F("t01", "Whether the troops would move against the", "speculation")

# ---------------------------------------------------------------- t02 Saro-Wiwa, Africa (dateline Auckland)
S("t02", "1995-11-12", "Africa", """
Commonwealth suspends Nigeria after execution of Saro-Wiwa and eight activists

AUCKLAND, New Zealand —

Commonwealth leaders meeting here suspended Nigeria from the organisation on Saturday, a day after its military government hanged the writer Ken Saro-Wiwa and eight other activists from the Ogoni minority.

The leaders gave General Sani Abacha's government two years to restore democracy or face expulsion. South African President Nelson Mandela, who had pressed Abacha in private to spare the men, condemned the executions.

The nine men were hanged at a prison in Port Harcourt on Friday morning. A special military tribunal convicted them on Oct. 31 of inciting the murder of four Ogoni chiefs in May 1994, a charge they denied.

Saro-Wiwa, 54, led the Movement for the Survival of the Ogoni People, which campaigned against oil pollution in the Niger Delta. His brother, Owens Wiwa, a doctor who fled into exile this year, accused the military government of killing the men to silence the Ogoni.

Britain and the United States recalled their ambassadors from Nigeria on Friday. Prime Minister John Major called the hangings judicial murder.

Nigeria's information minister, Walter Ofonagoro, said the sentences had been carried out according to law and accused foreign governments of meddling in Nigeria's affairs.

Rights groups say about 2,000 Ogoni have died in army raids since 1993. Whether the Commonwealth would go on to impose sanctions was unclear.
""")
CWTH = A("Commonwealth", None, "IGO")
NGAG = A("Nigeria (military government)", "NGA", ["GOV", "MIL"])
OGONI = A("Ogoni activists (Ken Saro-Wiwa and eight others)", "NGA", ["CVL", "OPP"])
E("t02", "Commonwealth suspends Nigeria after execution of Saro-Wiwa", CWTH, NGAG, SANCT, "160", "1995-11-11", None,
  False, "headline")
E("t02", "execution of Saro-Wiwa and eight activists", NGAG, OGONI, KILL, "1823", "1995-11-10", None, False,
  "headline: nominal execution")
E("t02", "suspended Nigeria from the organisation on Saturday", CWTH, NGAG, SANCT, "160", "1995-11-11",
  P("Auckland", "NZL"), True,
  "suspension from an organisation 160 (owned5); the Commonwealth country null/IGO (like ECOWAS); 'meeting here' "
  "with the dateline = Auckland")
E("t02", "hanged the writer Ken Saro-Wiwa and eight", NGAG, OGONI, KILL, "1823", "1995-11-10", None, False,
  "lead summary of the hanging detailed in the third paragraph: optional")
E("t02", "gave General Sani Abacha's government two years to", CWTH, NGAG, ["13", "10"], "139", "1995-11", None, True,
  "ultimatum (139; a demand for reform 10 also accepted); no day in the sentence: month")
E("t02", "who had pressed Abacha in private to", A("Nelson Mandela", "ZAF", "GOV"), A("Sani Abacha", "NGA", ["GOV", "MIL"]),
  DEMAND, "020", "1995", None, False, "undated pluperfect appeal in a relative clause: optional, year")
E("t02", "to spare the men, condemned the executions", A("Nelson Mandela", "ZAF", "GOV"), NGAG, ["11"], "111", "1995-11",
  None, True, "condemnation after the relative clause; undated: month")
E("t02", "The nine men were hanged at a", NGAG, OGONI, KILL, "1823", "1995-11-10", P("Port Harcourt", "NGA"), True,
  "execution in an agentless passive, the government implied by the lead: required (owned3); killing 18 (coders "
  "also read 17 or 20)")
E("t02", "A special military tribunal convicted them on Oct.", A("Nigerian special military tribunal", "NGA",
  ["JUD", "MIL"]), OGONI, ["17", "11"], "173", "1995-10-31", None, True,
  "court conviction (news-dev: 17/11); 'them' = the nine men; dated background")
E("t02", "inciting the murder of four Ogoni chiefs", A("unnamed killers", None, None),
  A("Ogoni chiefs", "NGA", ["CVL", "ELI"]), ATTACK, "180", "1994-05", None, False,
  "killing inside a court's finding, no agent established: optional, null/null")
E("t02", "in May 1994, a charge they denied", OGONI, A("Nigerian special military tribunal", "NGA", ["JUD", "MIL"]),
  DENY, "016", None, None, False, "denial of the charge at an undated time: optional")
E("t02", "which campaigned against oil pollution in the", A("Movement for the Survival of the Ogoni People", "NGA",
  ["NGO", "OPP"]), None, ["14"], "140", None, None, False, "standing campaign in a relative clause: optional, undated")
E("t02", "accused the military government of killing the", A("Owens Wiwa", "NGA", ["CVL", "OPP"]), NGAG, ["11"], "112",
  "1995-11", None, True, "accusation by a person the text describes (the writer's brother); undated: month")
E("t02", "Britain and the United States recalled their", A("Britain", "GBR", "GOV"), NGAG, ["16"], "161", "1995-11-10",
  None, False, "recalling one's envoy 161; a pair of outside parties: optional for each (owned5)")
E("t02", "Britain and the United States recalled their", A("United States", "USA", "GOV"), NGAG, ["16"], "161",
  "1995-11-10", None, False, "second member of the pair")
E("t02", "Prime Minister John Major called the hangings", A("John Major", "GBR", "GOV"), NGAG, ["11"], "111", "1995-11",
  None, False, "single outside condemnation: optional")
E("t02", "accused foreign governments of meddling in Nigeria's", A("Walter Ofonagoro", "NGA", "GOV"),
  A("foreign governments", None, "GOV"), ["11"], "112", "1995-11", None, True,
  "accusation by the Nigerian government against a vague group (country null/GOV, owned4); undated: month")
F("t02", "Rights groups say about 2,000 Ogoni have", "casualty count")
F("t02", "Whether the Commonwealth would go on to", "speculation")

# ---------------------------------------------------------------- t03 Hainan incident, Asia
S("t03", "2001-04-04", "Asia", """
China holds U.S. spy plane crew, demands apology for collision

BEIJING, China —

China demanded on Tuesday that the United States apologise for a collision between an American surveillance plane and a Chinese fighter jet, as the 24 crew members of the U.S. aircraft spent a third day in Chinese custody.

The Navy EP-3 and an F-8 fighter collided on Sunday over the South China Sea, about 100 km from Hainan island. The damaged American plane made an emergency landing at a military airfield on Hainan, where Chinese soldiers took the crew into custody. The Chinese pilot, Wang Wei, is still missing.

Foreign ministry spokesman Zhu Bangzao said the American plane had veered into the Chinese jet and that Washington bore full responsibility.

Vice Foreign Minister Zhou Wenzhong summoned the U.S. ambassador, Joseph Prueher, on Sunday night to lodge a protest.

President George W. Bush demanded on Monday the prompt return of the crew and the plane, without further tampering. Secretary of State Colin Powell said the United States regretted the loss of the Chinese pilot but saw no reason to apologise.

Chinese officials allowed three American diplomats, led by the defence attache, Brigadier General Neal Sealock, to meet the crew at a guesthouse on Hainan late on Tuesday. The diplomats said the crew were in good health.

It was not clear when the crew would be allowed to leave the island.
""")
CHNG = A("China", "CHN", "GOV")
USAG = A("United States", "USA", "GOV")
CREW = A("U.S. Navy crew", "USA", "MIL")
E("t03", "China holds U.S. spy plane crew, demands", CHNG, CREW, ["17"], "173", "2001-04", None, False, "headline")
E("t03", "demands apology for collision", CHNG, USAG, DEMAND, "100", "2001-04-03", None, False, "headline (4 words)")
E("t03", "China demanded on Tuesday that the United States", CHNG, USAG, DEMAND, "100", "2001-04-03", None, True,
  "demand for an apology (10, appeals 02 also accepted)")
E("t03", "spent a third day in Chinese custody", CHNG, CREW, ["17"], "173", "2001-04", None, False,
  "the detention detailed in the next paragraph: lead summary, optional")
E("t03", "where Chinese soldiers took the crew into", A("Chinese military", "CHN", ["MIL", "GOV"]), CREW, ["17"], "173",
  "2001-04", P("Hainan", "CHN"), True,
  "detention; the relative clause's 'where' is the airfield on Hainan, named in the clause; no day in the sentence: "
  "month")
E("t03", "said the American plane had veered into", A("Zhu Bangzao", "CHN", "GOV"), USAG, ["11"], "112", "2001-04", None,
  True, "accusation; 'Washington' is the government; undated: month")
E("t03", "Zhou Wenzhong summoned the U.S. ambassador, Joseph", A("Zhou Wenzhong", "CHN", "GOV"),
  A("Joseph Prueher", "USA", "GOV"), ["11"], "114", "2001-04-01", None, True,
  "summoning an envoy to protest 114 (owned3); 'on Sunday night'")
E("t03", "demanded on Monday the prompt return of", A("George W. Bush", "USA", "GOV"), CHNG, DEMAND, "1053",
  "2001-04-02", None, True, "demand to release persons and property (1053)")
E("t03", "regretted the loss of the Chinese pilot", A("Colin Powell", "USA", "GOV"), CHNG, ["01"], "018", "2001-04",
  None, False, "expression of regret (018, no PLOVER label): optional")
E("t03", "pilot but saw no reason to apologise", A("Colin Powell", "USA", "GOV"), CHNG, ["12"], "120", "2001-04", None,
  True, "a stated refusal with a negated verb is an event (owned4): rejection of the demand; undated: month")
E("t03", "Chinese officials allowed three American diplomats, led", CHNG, A("U.S. diplomats", "USA", ["GOV", "MIL"]),
  ["08", "04"], "080", "2001-04-03", P("Hainan", "CHN"), False,
  "granting consular access: coders split (yield 08, meeting 04); optional")
F("t03", "The Chinese pilot, Wang Wei, is still", "standing situation")
F("t03", "It was not clear when the crew", "speculation")

# ---------------------------------------------------------------- t04 Tonga riots, Pacific
S("t04", "2006-11-18", "Pacific", """
Tonga declares emergency after riot guts capital; New Zealand and Australia send troops

NUKU'ALOFA, Tonga —

New Zealand and Australian troops and police arrived here on Friday at the request of Tonga's government, a day after rioters burned and looted much of the capital's business district.

Prime Minister Feleti Sevele declared a state of emergency on Thursday night and imposed a curfew on the city. He said he had asked Australia and New Zealand for help to restore order.

The violence began when several thousand pro-democracy demonstrators gathered outside parliament to press for reform, after lawmakers adjourned for the year without voting on a plan to elect most of the chamber. Groups of young men smashed the windows of government offices and set fire to shops in the city centre, many of them owned by Chinese immigrants.

Sevele blamed pro-democracy leaders for stirring up the crowd. 'Akilisi Pohiva, a commoners' representative in parliament who has campaigned for elected government for two decades, denied the charge and appealed for calm.

Police said eight bodies had been found in burned-out buildings.

Only nine of the 30 members of parliament are elected by commoners; the rest are nobles and ministers chosen by the king.
""")
TONG = A("Tonga", "TON", "GOV")
SEV = A("Feleti Sevele", "TON", "GOV")
TONR = A("Tongan rioters", "TON", ["CVL", "OPP"])
TONP = A("Tongan pro-democracy demonstrators", "TON", ["CVL", "OPP"])
NZLF = A("New Zealand troops and police", "NZL", ["MIL", "COP"])
AUSF = A("Australian troops and police", "AUS", ["MIL", "COP"])
POH = A("'Akilisi Pohiva", "TON", ["LEG", "OPP"])
E("t04", "Tonga declares emergency after riot guts capital", SEV, TONR, ["17"], "1724", "2006-11-16", None, False,
  "headline")
E("t04", "New Zealand and Australia send troops", A("New Zealand", "NZL", "GOV"), TONG, DEPLOY, "074", "2006-11-17", None,
  False, "headline")
E("t04", "New Zealand and Australian troops and police arrived", NZLF, TONG, DEPLOY, "074", "2006-11-17",
  P("Nuku'alofa", "TON"), True,
  "deployment of foreign troops at the host's request (owned3/owned4: 074, 07/15); compound subject of two core "
  "actors: both required (owned2); 'here' = Nuku'alofa")
E("t04", "New Zealand and Australian troops and police arrived", AUSF, TONG, DEPLOY, "074", "2006-11-17",
  P("Nuku'alofa", "TON"), True, "second core actor of the compound subject")
E("t04", "a day after rioters burned and looted", TONR, TONG, VPROT, "145", "2006-11-16", P("Nuku'alofa", "TON"), False,
  "lead summary of the riot detailed in the third paragraph: optional")
E("t04", "Feleti Sevele declared a state of emergency", SEV, TONR, ["17"], "1724", "2006-11-16", None, True,
  "state of emergency 1724; 'on Thursday night'")
E("t04", "imposed a curfew on the city", SEV, A("Nuku'alofa residents", "TON", "CVL"), ["17"], "1723", "2006-11-16",
  P("Nuku'alofa", "TON"), False, "curfew 1723 (owned): second act of the sentence, optional")
E("t04", "He said he had asked Australia and", SEV, A("Australia", "AUS", "GOV"), ["02"], "0234", "2006-11", None, True,
  "'He' = Sevele; appeal for military protection (owned4: 0234); compound object: the first target required; "
  "undated pluperfect: month")
E("t04", "He said he had asked Australia and", SEV, A("New Zealand", "NZL", "GOV"), ["02"], "0234", "2006-11", None,
  False, "second target")
E("t04", "pro-democracy demonstrators gathered outside parliament to press", TONP,
  A("Tongan parliament", "TON", ["LEG", "GOV"]), ["14"], "141", "2006-11", P("Nuku'alofa", "TON"), True,
  "demonstration (141); 'outside parliament' with the dateline = Nuku'alofa (owned5 s08); the text does not say "
  "the gathering fell on the riot day: month")
E("t04", "Groups of young men smashed the windows", TONR, TONG, VPROT, "145", "2006-11-16", P("Nuku'alofa", "TON"),
  True, "riot and arson (145); the lead dates it ('a day after' Friday, owned5 s09); 'the city centre' with the "
        "dateline = Nuku'alofa")
E("t04", "Sevele blamed pro-democracy leaders for stirring up", SEV, A("Tongan pro-democracy leaders", "TON",
  ["OPP", "LEG"]), ["11"], "112", "2006-11", None, True, "accusation; undated: month")
E("t04", "denied the charge and appealed for calm", POH, SEV, DENY, "016", "2006-11", None, True,
  "denial by a person the text describes; undated: month")
E("t04", "a commoners' representative in parliament who has", POH, TONG, ["14"], "140", None, None, False,
  "standing campaign in a relative clause: optional, undated")
F("t04", "Police said eight bodies had been found", "casualty count")
F("t04", "Only nine of the 30 members of", "standing situation")

# ---------------------------------------------------------------- t05 Pakistan emergency, South Asia
S("t05", "2007-11-05", "South Asia", """
Pakistani police beat lawyers protesting Musharraf's emergency rule

LAHORE, Pakistan —

Police fired tear gas and beat lawyers with batons outside the Lahore High Court on Monday, arresting hundreds as protests against President Pervez Musharraf's emergency rule spread to other cities.

Musharraf, who is also army chief, suspended the constitution on Saturday and declared a state of emergency, saying militants and meddling judges had paralysed the government. He dismissed the chief justice, Iftikhar Chaudhry, after the Supreme Court ruled the decree illegal, and troops sealed off the court building in Islamabad.

Private television channels were taken off the air within hours of the decree.

Aitzaz Ahsan, the head of the Supreme Court Bar Association, was arrested on Saturday night. Asma Jahangir, who chairs the independent Human Rights Commission of Pakistan, was placed under house arrest in Lahore.

Opposition leader Benazir Bhutto, who flew back to Karachi from Dubai on Saturday, called the emergency martial law in all but name.

In Washington, President George W. Bush urged Musharraf to hold parliamentary elections as planned and to give up his army post. The Netherlands suspended its aid to Pakistan.

Prime Minister Shaukat Aziz said the elections, due in January, could be delayed by up to a year. It was not clear how many people had been detained since Saturday.
""")
PAKP = A("Pakistani police", "PAK", "COP")
PAKG = A("Pakistan", "PAK", "GOV")
MUSH = A("Pervez Musharraf", "PAK", ["GOV", "MIL"])
LAWY = A("Pakistani lawyers", "PAK", ["JUD", "CVL", "OPP"])
E("t05", "Pakistani police beat lawyers protesting Musharraf's emergency", PAKP, LAWY, REPR, "175", "2007-11-05", None,
  False, "headline")
E("t05", "Police fired tear gas and beat lawyers", PAKP, LAWY, REPR, "175", "2007-11-05", P("Lahore", "PAK"), True,
  "violent repression of a protest (175); the clause names the Lahore High Court")
E("t05", "arresting hundreds as protests against President Pervez", PAKP, LAWY, ["17"], "173", "2007-11-05",
  P("Lahore", "PAK"), False, "participle: second act of the sentence, optional")
E("t05", "as protests against President Pervez Musharraf's emergency", A("Pakistani protesters", "PAK", ["CVL", "OPP"]),
  MUSH, ["14"], "141", "2007-11", None, False, "protests spreading elsewhere, inside a subordinate clause: optional")
E("t05", "suspended the constitution on Saturday and declared", MUSH, A("Pakistani judiciary and opposition", "PAK",
  ["JUD", "OPP"]), COUP, "1724", "2007-11-03", None, True,
  "declared emergency and suspension of the constitution: one act (1724, coup roots 17/19)")
E("t05", "saying militants and meddling judges had paralysed", MUSH, A("Pakistani judges", "PAK", "JUD"), ["11"], "112",
  "2007-11", None, False, "the justification's blame: optional")
E("t05", "He dismissed the chief justice, Iftikhar Chaudhry", MUSH, A("Iftikhar Chaudhry", "PAK", "JUD"), ["17", "08"],
  "172", "2007-11", None, True, "'He' = Musharraf; dismissal (owned4: 172, 17/08) as a core act; no day: month")
E("t05", "after the Supreme Court ruled the decree", A("Pakistani Supreme Court", "PAK", "JUD"), MUSH, ["12", "17", "11"],
  "120", "2007-11", None, False, "a court setting aside a decree: coders split (owned5): optional")
E("t05", "troops sealed off the court building in", A("Pakistani troops", "PAK", "MIL"),
  A("Pakistani Supreme Court", "PAK", "JUD"), ["19", "17"], "191", "2007-11", P("Islamabad", "PAK"), False,
  "cordon, restriction of movement (owned2: 191); second clause of the sentence: optional")
E("t05", "Private television channels were taken off the", PAKG, A("Pakistani private television", "PAK", "MED"), ["17"],
  "1721", "2007-11", None, True,
  "taking broadcasters off the air 1721 (owned2); agentless passive with the government implied: required; "
  "'within hours of the decree' may cross midnight: month")
E("t05", "Aitzaz Ahsan, the head of the Supreme", PAKP, A("Aitzaz Ahsan", "PAK", ["JUD", "OPP", "CVL"]), ["17"], "173",
  "2007-11-03", None, True, "arrest in an agentless passive, police of the story's country implied; a person the text "
                             "describes; 'on Saturday night'")
E("t05", "was placed under house arrest in Lahore", PAKP, A("Asma Jahangir", "PAK", ["NGO", "CVL"]), ["17"], "173",
  "2007-11", P("Lahore", "PAK"), True, "house arrest (173) in an agentless passive; no day: month")
E("t05", "called the emergency martial law in all", A("Benazir Bhutto", "PAK", ["OPP", "PTY"]), MUSH, ["11"], "111",
  "2007-11", None, True, "criticism; the day in the relative clause belongs to her flight: month")
E("t05", "Bush urged Musharraf to hold parliamentary elections", A("George W. Bush", "USA", "GOV"), MUSH, DEMAND, "024",
  "2007-11", P("Washington", "USA"), False, "single outside appeal (political reform 024): optional")
E("t05", "The Netherlands suspended its aid to Pakistan", A("Netherlands", "NLD", "GOV"), PAKG, SANCT, "1621", "2007-11",
  None, False, "outside aid suspension (owned3: 1621): optional")
F("t05", "could be delayed by up to a", "hypothetical")
F("t05", "It was not clear how many people", "negated count")

# ---------------------------------------------------------------- t06 Bahrain, Middle East
S("t06", "2011-03-17", "Middle East", """
Bahrain arrests opposition leaders after troops clear Pearl Roundabout

MANAMA, Bahrain —

Bahraini security forces arrested at least six opposition leaders in night raids early on Thursday, a day after riot police and soldiers drove protesters from the Pearl Roundabout, where they had camped for a month.

Those detained included Hassan Mushaima, the head of the Shi'ite Haq movement, and Ibrahim Sharif, a Sunni who leads the secular Waad party, their supporters said.

Troops backed by tanks and helicopters fired tear gas and shotguns as they moved on the roundabout at dawn on Wednesday, and the army later imposed a curfew on much of the capital. At least five people were killed, among them two policemen.

King Hamad bin Isa al-Khalifa declared a three-month state of emergency on Tuesday, a day after about 1,000 Saudi soldiers crossed the causeway into Bahrain at his government's request. The United Arab Emirates sent 500 police.

Iran condemned the arrival of the Saudi troops and recalled its ambassador from Manama. Bahrain responded by recalling its own envoy from Tehran.

Nizar al-Baharna, the health minister and one of the few Shi'ites in the cabinet, resigned in protest at the crackdown.

President Barack Obama telephoned King Hamad and urged maximum restraint, the White House said.

The Sunni royal family has ruled the mainly Shi'ite island for more than two centuries.
""")
BHRF = A("Bahraini security forces", "BHR", ["COP", "MIL"])
BHRP = A("Bahraini protesters", "BHR", ["CVL", "OPP"])
BHRG = A("Bahrain", "BHR", "GOV")
BHRO = A("Bahraini opposition leaders", "BHR", ["OPP", "PTY"])
HAMAD = A("Hamad bin Isa al-Khalifa", "BHR", "GOV")
IRNG = A("Iran", "IRN", "GOV")
SAUM = A("Saudi armed forces", "SAU", ["MIL", "GOV"])
E("t06", "Bahrain arrests opposition leaders after troops clear", BHRF, BHRO, ["17"], "173", "2011-03-17", None, False,
  "headline")
E("t06", "after troops clear Pearl Roundabout", BHRF, BHRP, REPR, "175", "2011-03-16", P("Manama", "BHR"), False,
  "headline (5 words)")
E("t06", "arrested at least six opposition leaders in night", BHRF, BHRO, ["17"], "173", "2011-03-17", None, True,
  "arrests; the raids name no place")
E("t06", "riot police and soldiers drove protesters from", BHRF, BHRP, REPR, "175", "2011-03-16", P("Manama", "BHR"),
  False, "lead summary of the clearing detailed in the third paragraph: optional")
E("t06", "Those detained included Hassan Mushaima, the head", BHRF, A("Hassan Mushaima", "BHR", ["OPP", "PTY"]), ["17"],
  "173", "2011-03-17", None, False, "restates the arrests: optional")
E("t06", "Troops backed by tanks and helicopters fired", A("Bahraini troops", "BHR", ["MIL", "COP"]), BHRP, REPR, "175",
  "2011-03-16", P("Manama", "BHR"), True,
  "violent repression; 'the roundabout' is the Pearl Roundabout in the capital (dateline); 'at dawn on Wednesday'")
E("t06", "the army later imposed a curfew on", A("Bahraini army", "BHR", "MIL"), A("Manama residents", "BHR", "CVL"),
  ["17"], "1723", "2011-03-16", P("Manama", "BHR"), False, "curfew: second clause of the sentence, optional")
E("t06", "declared a three-month state of emergency on", HAMAD, BHRP, ["17"], "1724", "2011-03-15", None, True,
  "state of emergency 1724")
E("t06", "about 1,000 Saudi soldiers crossed the causeway", SAUM, BHRG, DEPLOY + ["06"], "074", "2011-03-14",
  P("Bahrain", "BHR"), True,
  "troops sent at the host's request (074, 07/15; military cooperation 06 also accepted); 'a day after' Tuesday; "
  "dated event in a subordinate clause: required")
E("t06", "at his government's request", BHRG, A("Saudi Arabia", "SAU", "GOV"), ["02"], "0234", "2011-03", None, False,
  "the request behind the deployment (4 words): optional")
E("t06", "The United Arab Emirates sent 500 police", A("United Arab Emirates", "ARE", ["GOV", "COP"]), BHRG, DEPLOY,
  "074", "2011-03", None, False, "second contributor, mentioned in passing: optional")
E("t06", "Iran condemned the arrival of the Saudi", IRNG, A("Saudi Arabia", "SAU", "GOV"), ["11"], "111", "2011-03", None,
  True, "condemnation of the deployment; target the country whose troops arrived; undated: month")
E("t06", "recalled its ambassador from Manama", IRNG, BHRG, ["16"], "161", "2011-03", None, True,
  "recalling one's own envoy 161 (news-dev); 'Manama' stands for the government (owned3); 5 words")
E("t06", "Bahrain responded by recalling its own envoy", BHRG, IRNG, ["16"], "161", "2011-03", None, True,
  "recall in return; 'Tehran' is the government, not a place")
E("t06", "resigned in protest at the crackdown", A("Nizar al-Baharna", "BHR", "GOV"), BHRG, ["14", "08", "11"], "140",
  "2011-03", None, True,
  "a minister resigning in protest: dissent against his own government (14; coders also read 08 or 11); a person the "
  "text describes; undated: month")
E("t06", "President Barack Obama telephoned King Hamad and", A("Barack Obama", "USA", "GOV"), HAMAD, ["04"], "041",
  "2011-03", None, False, "single outside reaction: optional")
E("t06", "urged maximum restraint, the White House said", A("Barack Obama", "USA", "GOV"), HAMAD, DEMAND, "020",
  "2011-03", None, False, "outside appeal: optional")
F("t06", "At least five people were killed, among", "casualty count")
F("t06", "The Sunni royal family has ruled the", "standing situation")

# ---------------------------------------------------------------- t07 Goma, Africa
S("t07", "2012-11-21", "Africa", """
Congo rebels seize Goma; U.N. council condemns capture

GOMA, Congo —

M23 rebels seized this eastern Congolese city on Tuesday after government troops fled, and their spokesman said they would now march on the capital, Kinshasa.

Hundreds of rebel fighters walked into the city centre after two days of fighting around the airport. U.N. peacekeepers fired on rebel positions from attack helicopters on Sunday as the fighters advanced.

The peacekeepers did not try to stop the rebels on Tuesday, a U.N. spokesman said, because they could not replace the Congolese army.

At a rally in the city's main stadium on Wednesday, the rebels' spokesman, Lt. Col. Vianney Kazarama, told thousands of residents that the movement would go on to topple President Joseph Kabila.

In New York, the U.N. Security Council condemned the capture of Goma late on Tuesday and demanded that the rebels withdraw.

Kabila held talks in the Ugandan capital, Kampala, with Rwanda's President Paul Kagame and Uganda's Yoweri Museveni on Tuesday night. Congo's government spokesman, Lambert Mende, accused Rwanda of commanding the rebellion, citing a report by U.N. experts. Rwanda's foreign minister, Louise Mushikiwabo, rejected the charge on Wednesday.

In the northeastern town of Bunia, protesters angry at the fall of Goma stoned the compound of the U.N. mission, residents said.

It was unclear whether the rebels could hold the city.
""")
M23 = A("M23 rebels", "COD", "REB")
CODG = A("Congo", "COD", "GOV")
CODM = A("Congolese army", "COD", ["MIL", "GOV"])
KAB = A("Joseph Kabila", "COD", "GOV")
UNSC = A("U.N. Security Council", "UNO", "IGO")
RWAG = A("Rwanda", "RWA", "GOV")
E("t07", "Congo rebels seize Goma; U.N. council condemns", M23, CODG, FORCE, "192", "2012-11-20", P("Goma", "COD"), False,
  "headline")
E("t07", "U.N. council condemns capture", UNSC, M23, ["11"], "111", "2012-11-20", None, False, "headline (4 words)")
E("t07", "M23 rebels seized this eastern Congolese city", M23, CODG, FORCE, "192", "2012-11-20", P("Goma", "COD"), True,
  "capture of a city by rebels (192 occupation; 190 and 18 also read); 'this ... city' with the dateline = Goma")
E("t07", "after government troops fled, and their spokesman", CODM, M23, ["08"], "087", "2012-11-20", None, False,
  "troops fleeing (retreat 087, owned3): optional")
E("t07", "their spokesman said they would now march", M23, KAB, ["13"], "138", "2012-11", None, False,
  "lead summary of the threat detailed in the fourth paragraph: optional")
E("t07", "after two days of fighting around the", M23, CODM, CLASH, "190", "2012-11", P("Goma", "COD"), False,
  "nominal fighting with no agent in the phrase (owned4): optional; 'the airport' is Goma's")
E("t07", "U.N. peacekeepers fired on rebel positions from", A("U.N. peacekeepers", "UNO", ["IGO", "MIL"]), M23, FORCE,
  "195", "2012-11-18", None, True, "air attack by helicopter gunships (195); 'on Sunday'; no place named")
E("t07", "told thousands of residents that the movement", A("Vianney Kazarama", "COD", "REB"), KAB, ["13"], "138",
  "2012-11-21", P("Goma", "COD"), True,
  "threat of military force (138) by a spokesman the text describes; 'the city's main stadium' = Goma")
E("t07", "the U.N. Security Council condemned the capture", UNSC, M23, ["11"], "111", "2012-11-20",
  P("New York", "USA"), True, "condemnation; 'late on Tuesday'; the clause names New York")
E("t07", "demanded that the rebels withdraw", UNSC, M23, DEMAND, "1056", "2012-11-20", P("New York", "USA"), False,
  "demand to de-escalate: second act of the sentence, optional (5 words)")
E("t07", "Kabila held talks in the Ugandan capital", KAB, A("Paul Kagame", "RWA", "GOV"), ["04"], "040", "2012-11-20",
  P("Kampala", "UGA"), True, "talks; compound object: the first target required (owned3); 'on Tuesday night'")
E("t07", "Kabila held talks in the Ugandan capital", KAB, A("Yoweri Museveni", "UGA", "GOV"), ["04"], "040",
  "2012-11-20", P("Kampala", "UGA"), False, "second target")
E("t07", "accused Rwanda of commanding the rebellion, citing", A("Lambert Mende", "COD", "GOV"), RWAG, ["11"], "112",
  "2012-11", None, True, "accusation by a spokesman the text describes; undated: month")
E("t07", "Louise Mushikiwabo, rejected the charge on Wednesday", A("Louise Mushikiwabo", "RWA", "GOV"), CODG, DENY, "016",
  "2012-11-21", None, True, "denial (01/12)")
E("t07", "protesters angry at the fall of Goma", A("Congolese protesters", "COD", "CVL"),
  A("U.N. mission in Congo", "UNO", "IGO"), VPROT, "145", "2012-11", P("Bunia", "COD"), True,
  "violent protest against the U.N. (145); reported and undisputed; the clause names Bunia; no day: month")
F("t07", "The peacekeepers did not try to stop", "negated")
F("t07", "It was unclear whether the rebels could", "speculation")

# ---------------------------------------------------------------- t08 Navalny verdict, Europe/Eurasia
S("t08", "2013-07-19", "Europe/Eurasia", """
Russian court frees Navalny pending appeal, a day after jailing him

MOSCOW, Russia —

A court in the city of Kirov released the opposition leader Alexei Navalny on Friday pending his appeal, a day after it sentenced him to five years in a prison colony for embezzlement.

Judge Sergei Blinov granted a request from prosecutors, who had asked on Thursday that Navalny be freed until the appeal was heard so that he could stand in Moscow's mayoral election in September.

On Thursday the judge found Navalny guilty of organising the theft of timber worth 16 million roubles from a state-owned company in 2009, when he was an unpaid adviser to the regional governor. His co-defendant, Pyotr Ofitserov, a businessman, received four years. Guards handcuffed Navalny in the courtroom and led him away.

Navalny, 37, says the case was fabricated to punish him for exposing corruption among officials.

Thousands of people gathered near the Kremlin on Thursday evening to protest against the verdict. Police detained about 200 of them, a monitoring group said.

Catherine Ashton, the European Union's foreign policy chief, said the case raised serious questions about the rule of law in Russia. The U.S. ambassador, Michael McFaul, said Washington was deeply disappointed.

An appeal court could still uphold the sentence, which would bar Navalny from the race. He had not been expected to beat the Kremlin-backed incumbent, Sergei Sobyanin.
""")
KIROV = A("Kirov court", "RUS", "JUD")
BLIN = A("Sergei Blinov", "RUS", "JUD")
NAV = A("Alexei Navalny", "RUS", ["OPP", "PTY"])
RUSP = A("Russian protesters", "RUS", ["CVL", "OPP"])
RUSG = A("Russia", "RUS", "GOV")
E("t08", "Russian court frees Navalny pending appeal, a", KIROV, NAV, ["08"], "0841", "2013-07-19", None, False, "headline")
E("t08", "a day after jailing him", KIROV, NAV, ["17", "11"], "173", "2013-07-18", None, False, "headline (5 words)")
E("t08", "A court in the city of Kirov released", KIROV, NAV, ["08"], "0841", "2013-07-19", P("Kirov", "RUS"), True,
  "release of a person (0841, owned2); the clause names Kirov")
E("t08", "a day after it sentenced him to five", KIROV, NAV, ["17", "11"], "173", "2013-07-18", None, False,
  "lead summary of the verdict detailed in the third paragraph: optional")
E("t08", "Judge Sergei Blinov granted a request from prosecutors", BLIN, NAV, ["08"], "0841", "2013-07-19", None, False,
  "restates the release: optional")
E("t08", "who had asked on Thursday that Navalny", A("Russian prosecutors", "RUS", ["JUD", "GOV"]), KIROV, DEMAND, "0253",
  "2013-07-18", None, True, "appeal for the release of a person (0253) in a relative clause, with its own day")
E("t08", "On Thursday the judge found Navalny guilty", BLIN, NAV, ["17", "11"], "173", "2013-07-18", None, True,
  "court conviction (17/11); 'the judge' = Blinov; the clause names no place")
E("t08", "His co-defendant, Pyotr Ofitserov, a businessman, received", BLIN, A("Pyotr Ofitserov", "RUS", "BUS"),
  ["17", "11"], "173", "2013-07", None, True,
  "sentence of a person the text describes, the court implied; no day in the sentence: month")
E("t08", "Guards handcuffed Navalny in the courtroom and", A("Russian court guards", "RUS", "COP"), NAV, ["17"], "173",
  "2013-07", None, False, "taking the convict into custody: part of the verdict, optional")
E("t08", "says the case was fabricated to punish", NAV, RUSG, ["11"], "112", "2013-07", None, False,
  "standing claim in the present tense: optional")
E("t08", "Thousands of people gathered near the Kremlin on", RUSP, RUSG, ["14"], "141", "2013-07-18",
  P("Moscow", "RUS"), True, "demonstration (141); 'near the Kremlin' with the dateline = Moscow")
E("t08", "Police detained about 200 of them, a", A("Russian police", "RUS", "COP"), RUSP, ["17"], "173", "2013-07", None,
  True, "mass detention; 'them' = the protesters; no day in the sentence: month")
E("t08", "said the case raised serious questions about", A("Catherine Ashton", "EUR", "IGO"), RUSG, ["11"], "111",
  "2013-07", None, False, "outside criticism: optional")
E("t08", "Michael McFaul, said Washington was deeply disappointed", A("Michael McFaul", "USA", "GOV"), RUSG, ["11"], "111",
  "2013-07", None, False, "outside criticism: optional; 'Washington' is the government")
F("t08", "An appeal court could still uphold the", "hypothetical")
F("t08", "He had not been expected to beat", "negated speculation")

# ---------------------------------------------------------------- t09 Iguala, Americas
S("t09", "2014-11-05", "Americas", """
Mexican police arrest fugitive Iguala mayor over 43 missing students

MEXICO CITY, Mexico —

Federal police arrested the former mayor of the southern city of Iguala and his wife at a rented house in Mexico City early on Tuesday, more than five weeks after 43 students disappeared there.

Prosecutors accuse Jose Luis Abarca of ordering municipal police to stop the students on Sept. 26 because he feared they would disrupt a speech by his wife, Maria de los Angeles Pineda.

Officers opened fire on buses carrying the students, who attended a rural teachers' college in Ayotzinapa, in the streets of Iguala that night, killing six people. Investigators say police then handed the missing students over to a drug gang, Guerreros Unidos.

The couple fled Iguala days after the attack. Protesters set fire to the Iguala town hall on Oct. 22, and the governor of Guerrero state, Angel Aguirre, stepped down the next day under pressure from the students' families and their supporters.

Felipe de la Cruz, a spokesman for the parents, accused the government of trying to close the case with the arrest. The families met President Enrique Pena Nieto at his residence late last month and left unconvinced.

The families plan another march through the capital on Wednesday. It was not clear whether any of the students were still alive.
""")
MEXP = A("Mexican federal police", "MEX", "COP")
ABAR = A("Jose Luis Abarca", "MEX", ["GOV", "ELI"])
STUD = A("Ayotzinapa students", "MEX", ["EDU", "CVL"])
MEXG = A("Mexico", "MEX", "GOV")
FAM = A("families of the missing students", "MEX", "CVL")
E("t09", "Mexican police arrest fugitive Iguala mayor over", MEXP, ABAR, ["17"], "173", "2014-11-04", None, False,
  "headline")
E("t09", "Federal police arrested the former mayor of", MEXP, ABAR, ["17"], "173", "2014-11-04",
  P("Mexico City", "MEX"), True, "arrest; compound object: the first target required (owned3); the clause names "
                                 "Mexico City")
E("t09", "Federal police arrested the former mayor of", MEXP, A("Maria de los Angeles Pineda", "MEX", ["CVL", "ELI"]),
  ["17"], "173", "2014-11-04", P("Mexico City", "MEX"), False, "second target ('his wife')")
E("t09", "Prosecutors accuse Jose Luis Abarca of ordering", A("Mexican prosecutors", "MEX", ["JUD", "GOV"]), ABAR,
  ["11"], "112", "2014-11", None, True, "accusation in the present tense: month; the order inside it is not coded")
E("t09", "Officers opened fire on buses carrying the", A("Iguala municipal police", "MEX", ["COP", "GOV"]), STUD,
  ["18", "17", "19"], "180", "2014-09-26", P("Iguala", "MEX"), True,
  "police firing on students (assault 180; repression 17 and small-arms fire 19 also read); 'Officers' = the municipal "
  "police of the previous sentence; 'that night' after 'on Sept. 26' gives that day (owned5 s08); the clause names "
  "Iguala")
E("t09", "Investigators say police then handed the missing", A("Iguala municipal police", "MEX", ["COP", "GOV"]), STUD,
  ["18"], "181", "2014", None, False, "abduction as investigators allege it: optional; 'then' gives the year (owned3)")
E("t09", "Protesters set fire to the Iguala town", A("Guerrero protesters", "MEX", ["CVL", "EDU"]),
  A("Mexico (Iguala town hall)", "MEX", None), VPROT, "145", "2014-10-22", P("Iguala", "MEX"), True,
  "arson by protesters (145); premises are the country with sector null (owned4)")
E("t09", "Angel Aguirre, stepped down the next day", A("Angel Aguirre", "MEX", "GOV"), FAM, ["08"], "0831", "2014-10-23",
  None, True, "resignation under protest pressure (0831) with the families as target; 'the next day' after Oct. 22")
E("t09", "accused the government of trying to close", A("Felipe de la Cruz", "MEX", "CVL"), MEXG, ["11"], "112",
  "2014-11", None, True, "accusation by a spokesman the text describes; undated: month")
E("t09", "The families met President Enrique Pena Nieto", FAM, A("Enrique Pena Nieto", "MEX", "GOV"), ["04"], "040",
  "2014-10", None, True, "meeting; 'late last month' = October; first-mentioned party as source")
E("t09", "The families met President Enrique Pena Nieto", A("Enrique Pena Nieto", "MEX", "GOV"), FAM, ["04"], "040",
  "2014-10", None, False, "reverse of the meeting")
F("t09", "The families plan another march through the", "future")
F("t09", "It was not clear whether any of", "speculation")

# ---------------------------------------------------------------- t10 Rohingya, Asia (dateline Cox's Bazar)
S("t10", "2017-09-12", "Asia", """
U.N. rights chief accuses Myanmar of ethnic cleansing as Rohingya flee

COX'S BAZAR, Bangladesh —

Bangladesh's Prime Minister Sheikh Hasina visited refugee camps here on Tuesday and called on Myanmar to take back the hundreds of thousands of Rohingya Muslims who have fled an army offensive in Rakhine state.

A day earlier the U.N. human rights chief, Zeid Ra'ad al-Hussein, accused Myanmar's security forces of carrying out a textbook example of ethnic cleansing.

The army launched what it calls clearance operations after insurgents of the Arakan Rohingya Salvation Army attacked about 30 police posts and an army base on Aug. 25. Refugees arriving here say soldiers and Buddhist mobs burned their villages and shot people as they fled.

The insurgents declared a one-month ceasefire on Sunday to let aid reach civilians. Zaw Htay, a spokesman for Aung San Suu Kyi's government, rejected the offer, saying Myanmar did not negotiate with terrorists.

Bangladesh lodged a formal protest with Myanmar last week over reports that Myanmar's troops were laying landmines near the border.

Aid agencies said about 370,000 refugees had crossed into Bangladesh since late August. Most Rohingya are denied citizenship in Myanmar, which regards them as illegal immigrants from Bangladesh.
""")
HAS = A("Sheikh Hasina", "BGD", "GOV")
MMRG = A("Myanmar", "MMR", "GOV")
MMRM = A("Myanmar army", "MMR", ["MIL", "GOV"])
ROH = A("Rohingya", "MMR", ["CVL", "REF"])
ARSA = A("Arakan Rohingya Salvation Army", "MMR", ["REB", "RAD"])
E("t10", "U.N. rights chief accuses Myanmar of ethnic", A("Zeid Ra'ad al-Hussein", "UNO", "IGO"), MMRM, ["11"], "112",
  "2017-09-11", None, False, "headline")
E("t10", "Sheikh Hasina visited refugee camps here on", HAS, ROH, ["04"], "042", "2017-09-12", P("Cox's Bazar", "BGD"),
  False, "visit to refugees in her own country: optional")
E("t10", "called on Myanmar to take back the", HAS, MMRG, DEMAND, "020", "2017-09-12", P("Cox's Bazar", "BGD"), True,
  "appeal (02; demand 10 also accepted); 'here' with the dateline = Cox's Bazar")
E("t10", "who have fled an army offensive in", MMRM, ROH, FORCE, "190", "2017", None, False,
  "offensive named in a relative clause and detailed later: optional; present perfect: year")
E("t10", "accused Myanmar's security forces of carrying out", A("Zeid Ra'ad al-Hussein", "UNO", "IGO"),
  A("Myanmar security forces", "MMR", ["MIL", "COP", "GOV"]), ["11"], "112", "2017-09-11", None, True,
  "accusation; 'A day earlier' than Tuesday")
E("t10", "The army launched what it calls clearance", MMRM, ROH, FORCE, "190", "2017-08", None, True,
  "military offensive (190); 'after' the Aug. 25 attacks: month")
E("t10", "insurgents of the Arakan Rohingya Salvation Army", ARSA, A("Myanmar police", "MMR", "COP"), FORCE, "190",
  "2017-08-25", None, True, "insurgent attacks on police posts; dated background in an after-clause: required")
E("t10", "say soldiers and Buddhist mobs burned their", MMRM, ROH, ["17", "18", "20"], "175", "2017", None, False,
  "refugees' account, disputed by Myanmar: optional (owned2's alleged acts); compound subject, first actor")
E("t10", "say soldiers and Buddhist mobs burned their", A("Buddhist mobs", "MMR", "CVL"), ROH, ["17", "18", "20"], "175",
  "2017", None, False, "second actor of the alleged act")
E("t10", "The insurgents declared a one-month ceasefire on", ARSA, MMRG, CEASE, "0871", "2017-09-10", None, True,
  "unilateral ceasefire (0871, 08/03/05); 'The insurgents' = ARSA")
E("t10", "Zaw Htay, a spokesman for Aung San", A("Zaw Htay", "MMR", "GOV"), ARSA, ["12"], "120", "2017-09", None, True,
  "rejection of the offer by a spokesman the text describes; no day in the sentence: month")
E("t10", "Bangladesh lodged a formal protest with Myanmar", A("Bangladesh", "BGD", "GOV"), MMRG, ["11"], "114", "2017-09",
  None, True, "official complaint (114); 'last week' from a Tuesday falls in September")
F("t10", "Aid agencies said about 370,000 refugees had", "count")
F("t10", "Most Rohingya are denied citizenship in Myanmar", "standing situation")

# ---------------------------------------------------------------- t11 Stockholm agreement, Middle East (dateline Stockholm)
S("t11", "2018-12-13", "Middle East", """
Yemen's warring sides agree Hodeidah ceasefire at U.N. talks in Sweden

STOCKHOLM, Sweden —

Yemen's government and the Houthi rebels agreed on Thursday to a ceasefire in the port city of Hodeidah and to pull their fighters out of the city, U.N. Secretary-General Antonio Guterres said at the close of a week of talks north of here.

Guterres announced the deal alongside the two chief negotiators, Foreign Minister Khaled al-Yamani and the Houthi spokesman Mohammed Abdulsalam, who shook hands as the delegates applauded.

The two sides also agreed to ease the siege of Taiz, Yemen's third-largest city. At the start of the talks they had agreed to swap about 15,000 prisoners.

The U.N. envoy, Martin Griffiths, shuttled between the delegations for a week at a conference centre in Rimbo, a village outside the Swedish capital.

Under the deal, the United Nations is to play a leading role in running Hodeidah's port, through which most of Yemen's food imports arrive.

Saudi-led coalition warplanes struck Houthi positions on the edge of Hodeidah as recently as Wednesday, residents said.

In Washington, the U.S. Senate voted on Thursday to end American military support for the Saudi-led coalition.

The sides failed to agree on reopening the airport in the rebel-held capital, Sanaa.
""")
YEMG = A("Yemen", "YEM", "GOV")
HOU = A("Houthi rebels", "YEM", ["REB", "RAD"])
COAL = A("Saudi-led coalition", "SAU", ["MIL", "GOV"])
E("t11", "Yemen's warring sides agree Hodeidah ceasefire at", YEMG, HOU, CEASE, "0871", "2018-12-13", None, False,
  "headline")
E("t11", "Yemen's government and the Houthi rebels agreed", YEMG, HOU, CEASE, "0871", "2018-12-13", None, True,
  "ceasefire agreement (0871); joint event: first-mentioned direction required; 'north of here' names no place, so "
  "the dateline is not the place")
E("t11", "Yemen's government and the Houthi rebels agreed", HOU, YEMG, CEASE, "0871", "2018-12-13", None, False,
  "reverse")
E("t11", "to pull their fighters out of the", YEMG, HOU, ["08", "03"], "087", "2018-12-13", None, False,
  "second term of the same agreement (withdrawal): optional")
E("t11", "who shook hands as the delegates applauded", A("Khaled al-Yamani", "YEM", "GOV"),
  A("Mohammed Abdulsalam", "YEM", "REB"), ["01", "04"], "017", "2018-12", None, False,
  "symbolic act (017, no PLOVER label): optional")
E("t11", "The two sides also agreed to ease", YEMG, HOU, AGREE, "0356", "2018-12", None, True,
  "'The two sides': joint, the party first mentioned in the story as source (owned3); commitment to de-escalate "
  "(owned4: 0356); 'also' with no day: month")
E("t11", "The two sides also agreed to ease", HOU, YEMG, AGREE, "0356", "2018-12", None, False, "reverse")
E("t11", "they had agreed to swap about 15,000", YEMG, HOU, AGREE, "057", "2018-12", None, True,
  "'they' = the two sides; agreement on a prisoner exchange; 'At the start of the talks': month")
E("t11", "they had agreed to swap about 15,000", HOU, YEMG, AGREE, "057", "2018-12", None, False, "reverse")
E("t11", "Martin Griffiths, shuttled between the delegations for", A("Martin Griffiths", "UNO", "IGO"), YEMG, ["04"],
  "045", "2018-12", P("Rimbo", "SWE"), True,
  "mediation (045); 'the delegations' = both sides, the government first; the clause names Rimbo")
E("t11", "Martin Griffiths, shuttled between the delegations for", A("Martin Griffiths", "UNO", "IGO"), HOU, ["04"],
  "045", "2018-12", P("Rimbo", "SWE"), False, "second party of the mediation")
E("t11", "Saudi-led coalition warplanes struck Houthi positions on", COAL, HOU, FORCE, "195", "2018-12-12",
  P("Hodeidah", "YEM"), True, "air strikes (195); the Saudi-led coalition SAU (owned4); 'as recently as Wednesday'")
E("t11", "the U.S. Senate voted on Thursday to", A("U.S. Senate", "USA", "LEG"), COAL, SANCT, "1622", "2018-12-13",
  P("Washington", "USA"), True, "decision to end military support (1622, owned3); 'In Washington' names the place")
F("t11", "the United Nations is to play a", "the deal's terms: future")
F("t11", "The sides failed to agree on reopening", "negated")

# ---------------------------------------------------------------- t12 Venezuela election, Americas
S("t12", "2024-07-31", "Americas", """
Venezuela expels Latin American diplomats as protests erupt over Maduro's disputed win

CARACAS, Venezuela —

Venezuela on Monday ordered diplomats from Argentina, Chile, Peru and four other Latin American countries to leave, after their governments questioned the official result of Sunday's presidential election, which gave President Nicolas Maduro a third term.

The National Electoral Council, run by Maduro allies, declared him the winner with 51 percent of the vote shortly after midnight. The council has not published results by polling station.

Opposition leader Maria Corina Machado accused the government of stealing the election and said tally sheets collected by volunteers showed that the opposition candidate, Edmundo Gonzalez, had won by a wide margin.

Thousands of people took to the streets of Caracas and other cities on Monday, banging pots and tearing down statues of the late Hugo Chavez. Security forces fired tear gas and rubber bullets at protesters in several districts of the capital.

Police detained Freddy Superlano, a senior member of Machado's coalition, outside his home in Caracas on Tuesday, his party said.

Maduro accused the opposition of attempting a coup, and the head of the National Assembly, Jorge Rodriguez, called for the arrest of Machado and Gonzalez.

Panama suspended diplomatic relations with Venezuela on Monday. U.S. Secretary of State Antony Blinken said Washington had serious concerns that the result did not reflect the will of the voters.

Whether the armed forces would stay loyal to Maduro was unclear.
""")
VENG = A("Venezuela", "VEN", "GOV")
MAD = A("Nicolas Maduro", "VEN", "GOV")
MACH = A("Maria Corina Machado", "VEN", ["OPP", "PTY"])
VENP = A("Venezuelan protesters", "VEN", ["CVL", "OPP"])
VENO = A("Venezuelan opposition", "VEN", ["OPP", "PTY"])
E("t12", "Venezuela expels Latin American diplomats as protests", VENG, A("Latin American governments", None, "GOV"),
  ["16"], "161", "2024-07-29", None, False, "headline; a vague group of states (owned4)")
E("t12", "ordered diplomats from Argentina, Chile, Peru and four", VENG, A("Argentina", "ARG", "GOV"), ["16"], "161",
  "2024-07-29", None, True, "expelling envoys 161 (owned2); compound object: the first target required (owned3)")
E("t12", "ordered diplomats from Argentina, Chile, Peru and four", VENG, A("Chile", "CHL", "GOV"), ["16"], "161",
  "2024-07-29", None, False, "second target")
E("t12", "ordered diplomats from Argentina, Chile, Peru and four", VENG, A("Peru", "PER", "GOV"), ["16"], "161",
  "2024-07-29", None, False, "third target")
E("t12", "after their governments questioned the official result", A("Latin American governments", None, "GOV"), VENG,
  ["11"], "111", "2024-07", None, False, "criticism by a group of outside states: optional")
E("t12", "Maria Corina Machado accused the government of stealing", MACH, VENG, ["11"], "112", "2024-07", None, True,
  "accusation of fraud; undated: month")
E("t12", "Thousands of people took to the streets", VENP, MAD, ["14"], "141", "2024-07-29", P("Caracas", "VEN"), True,
  "demonstrations (141); the clause names Caracas first (owned4: the first place of two)")
E("t12", "tearing down statues of the late Hugo", VENP, VENG, VPROT, "145", "2024-07-29", P("Caracas", "VEN"), False,
  "damage to monuments in a participle: optional")
E("t12", "Security forces fired tear gas and rubber", A("Venezuelan security forces", "VEN", ["COP", "MIL"]), VENP, REPR,
  "175", "2024-07", P("Caracas", "VEN"), True,
  "violent repression; 'the capital' with the dateline = Caracas; no day in the sentence: month")
E("t12", "Police detained Freddy Superlano, a senior member", A("Venezuelan police", "VEN", "COP"),
  A("Freddy Superlano", "VEN", ["OPP", "PTY"]), ["17"], "173", "2024-07-30", P("Caracas", "VEN"), True,
  "arrest of a person the text describes; reported by his party and undisputed")
E("t12", "Maduro accused the opposition of attempting a", MAD, VENO, ["11"], "112", "2024-07", None, True,
  "accusation; undated: month")
E("t12", "Jorge Rodriguez, called for the arrest of", A("Jorge Rodriguez", "VEN", ["LEG", "GOV"]), MACH, ["13", "10", "02"],
  "130", "2024-07", None, True,
  "call to arrest a rival (owned4: a threat to arrest 130; demand 10/02 also read); compound object: the first "
  "target required")
E("t12", "Jorge Rodriguez, called for the arrest of", A("Jorge Rodriguez", "VEN", ["LEG", "GOV"]),
  A("Edmundo Gonzalez", "VEN", ["OPP", "PTY"]), ["13", "10", "02"], "130", "2024-07", None, False, "second target")
E("t12", "Panama suspended diplomatic relations with Venezuela on", A("Panama", "PAN", "GOV"), VENG, ["16"], "161",
  "2024-07-29", None, False, "single outside reaction: optional (owned5)")
E("t12", "Antony Blinken said Washington had serious concerns", A("Antony Blinken", "USA", "GOV"), VENG, ["11"], "111",
  "2024-07", None, False, "outside criticism: optional")
F("t12", "The council has not published results by", "negated")
F("t12", "Whether the armed forces would stay loyal", "speculation")


if __name__ == "__main__":
    write(HERE)
