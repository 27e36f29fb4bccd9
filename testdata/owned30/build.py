#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned30 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned30/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19"]
COURT = ["17", "11"]
RULING = ["17", "12", "11"]
CALL = ["14", "10"]

# ---------------------------------------------------------------- ad01 Abidjan, Africa (Ivory Coast)
S("ad01", "2000-10-27", "Africa", """
Gbagbo sworn in as Ivory Coast's president after crowds drive out Guei

ABIDJAN, Ivory Coast —

Laurent Gbagbo was sworn in as president of Ivory Coast on Thursday, a day after a popular uprising forced the military ruler, Gen. Robert Guei, to flee the city, but thousands of supporters of the barred opposition leader Alassane Ouattara poured into the streets to demand a fresh election.

Gendarmes fired tear gas at Ouattara's supporters in Abidjan's Abobo district, and rival gangs loyal to Gbagbo and to Ouattara fought with machetes and clubs in several neighbourhoods, residents said.

Gbagbo rejected any rerun of Sunday's vote, saying the people had spoken and the result would stand.

Guei, who seized power by ousting President Henri Konan Bedie in a Christmas Eve coup last year, had dissolved the electoral commission on Tuesday and proclaimed himself the winner. Gbagbo then called on his followers to take to the streets.

On Wednesday, members of the presidential guard opened fire on tens of thousands of marchers heading for the presidential palace, killing dozens, before paramilitary gendarmes and many soldiers switched sides.

Ouattara was kept out of the race earlier this month when the Supreme Court ruled that he had not proved that both his parents were Ivorian. His party, the Rally of the Republicans, said a vote without him was illegitimate.

The Organisation of African Unity called for new elections open to all candidates.

Ivory Coast is the world's largest cocoa grower. Whether the army would stay loyal to the new president was unclear.
""")
GBAGBO = A("Laurent Gbagbo", "CIV", ["GOV", "OPP", "PTY"])
GUEI = A("Robert Guei", "CIV", ["MIL", "GOV"])
CIVPROT = A("Ivorian protesters", "CIV", ["CVL", "OPP"])
OUATSUP = A("Ouattara's supporters", "CIV", ["CVL", "OPP", "PTY"])
GBAGSUP = A("Gbagbo's supporters", "CIV", ["CVL", "PTY"])
GEND = A("Ivorian gendarmes", "CIV", ["COP", "MIL"])
RDR = A("Rally of the Republicans", "CIV", ["PTY", "OPP"])
CIVG = A("Ivory Coast's government", "CIV", "GOV")
ABJ = P("Abidjan", "CIV")
E("ad01", "after crowds drive out Guei", CIVPROT, GUEI, VPROT, "140", "2000-10-25", ABJ, False, "headline")
E("ad01", "a day after a popular uprising forced", CIVPROT, GUEI, VPROT, "140", "2000-10-25", ABJ, False,
  "lead summary of the Wednesday events detailed later: optional; 'a day after' Thursday; 'the city' with the "
  "Abidjan dateline")
E("ad01", "poured into the streets to demand a", OUATSUP, GBAGBO, CALL, "141", "2000-10-26", None, True,
  "street protest demanding a new vote 141 (14, or 10 for the demand); same sentence as 'on Thursday'; 'the "
  "streets' names no place")
E("ad01", "Gendarmes fired tear gas at Ouattara's supporters", GEND, OUATSUP, REPR, "175", "2000-10",
  P("Abidjan", "CIV"), True, "tear gas on protesters 175 (17/18); 'Abidjan's Abobo district' names the city; no day "
  "of its own: month; 'residents said' is attribution, nobody disputes it")
E("ad01", "rival gangs loyal to Gbagbo and to", GBAGSUP, OUATSUP, CLASH, "190", "2000-10", None, True,
  "clashes between civilian camps 190 (news-dev); first-mentioned direction required")
E("ad01", "rival gangs loyal to Gbagbo and to", OUATSUP, GBAGSUP, CLASH, "190", "2000-10", None, False,
  "reverse direction of the clash: optional")
E("ad01", "Gbagbo rejected any rerun of Sunday's vote", GBAGBO, RDR, ["12"], "123", "2000-10", None, True,
  "rejecting the opposition's demand for a new election 123; target the party that demands it; no day: month")
E("ad01", "who seized power by ousting President Henri", GUEI, A("Henri Konan Bedie", "CIV", "GOV"), COUP, "1724",
  "1999-12-24", None, True, "dated background coup in a relative clause with its own agent: required; coups 17/19 "
  "(news-dev); 'a Christmas Eve coup last year' in a 2000 paper gives the day")
E("ad01", "had dissolved the electoral commission on Tuesday", GUEI,
  A("Ivory Coast's electoral commission", "CIV", "GOV"), ["17"], "172", "2000-10-24", None, True,
  "dissolving the body counting the vote: administrative coercion 172; 'proclaimed himself the winner' is a claim, "
  "not coded")
E("ad01", "Gbagbo then called on his followers to", GBAGBO, GUEI, CALL, "140", "2000-10", None, False,
  "call to take to the streets, addressed to his own followers: optional (coders split between 14 and 10); "
  "'then' gives no day")
E("ad01", "members of the presidential guard opened fire", A("Ivorian presidential guard", "CIV", ["MIL", "GOV"]),
  CIVPROT, REPR, "175", "2000-10-25", None, True, "live fire on marchers 175 (17/18); 'On Wednesday'; 'the "
  "presidential palace' names no city")
E("ad01", "before paramilitary gendarmes and many soldiers switched", GEND, GUEI, ["12", "05", "16"], "120",
  "2000-10-25", None, False, "switching sides: no clean CAMEO code (desertion, as owned21's d10): optional")
E("ad01", "was kept out of the race earlier", A("Ivory Coast's Supreme Court", "CIV", "JUD"),
  A("Alassane Ouattara", "CIV", ["OPP", "PTY"]), RULING, "172", "2000-10", None, True,
  "passive whose agent is in the 'when the Supreme Court ruled' clause: barring a candidate 172, tolerant 17/12/11 "
  "as owned21's annulment; 'earlier this month': month")
E("ad01", "said a vote without him was illegitimate", RDR, CIVG, ["11", "12"], "111", "2000-10", None, False,
  "party statement rejecting the poll: optional, coders split between 11 and 12")
E("ad01", "The Organisation of African Unity called for", A("Organisation of African Unity", "AFR", "IGO"), CIVG,
  DEMAND, "104", "2000-10", None, False, "single outside reaction: optional; OAU as AFR/IGO (news-dev's AU)")
F("ad01", "Ivory Coast is the world's largest cocoa", "standing situation")
F("ad01", "Whether the army would stay loyal to", "speculation")

# ---------------------------------------------------------------- ad02 Abuja, Africa (Nigeria / Cameroon)
S("ad02", "2002-10-24", "Africa", """
Nigeria rejects World Court ruling that handed Bakassi to Cameroon

ABUJA, Nigeria —

Nigeria on Wednesday rejected a ruling by the International Court of Justice that awarded the disputed Bakassi peninsula to Cameroon, saying it would not abandon the Nigerians who live there.

A government statement issued after a cabinet meeting chaired by President Olusegun Obasanjo accused the court of ignoring Nigeria's evidence and of leaning on treaties that colonial powers had drawn up without consulting local chiefs.

The court in The Hague ruled on Oct. 10 that a 1913 agreement between Britain and Germany had placed the peninsula in Cameroon, and ordered Nigeria to pull its troops and police out of the area. Cameroon's President Paul Biya welcomed the verdict as a victory for international law.

The Senate had urged Obasanjo last week to reject the judgment.

Nigerian troops moved into parts of the peninsula in December 1993, and Cameroon took the dispute to the court in March 1994. The two armies clashed there several times in the years that followed.

Obasanjo and Biya had met U.N. Secretary-General Kofi Annan in Paris in September and both pledged to respect the court's decision. The Nigerian statement said Abuja still wanted a peaceful settlement and would keep talking to Yaounde.

In Yaounde, a Cameroonian government spokesman said his country was counting on the United Nations to see that the ruling was carried out.

The peninsula, a cluster of mangrove islands, is thought to hold large reserves of oil. It was not clear whether Nigeria would withdraw its troops.
""")
NGA = A("Nigeria", "NGA", "GOV")
ICJ = A("International Court of Justice", "UNO", ["JUD", "IGO"])
CMR = A("Cameroon", "CMR", "GOV")
OBJ = A("Olusegun Obasanjo", "NGA", "GOV")
BIYA = A("Paul Biya", "CMR", "GOV")
ANNAN = A("Kofi Annan", "UNO", "IGO")
NGAM = A("Nigerian troops", "NGA", "MIL")
E("ad02", "Nigeria rejects World Court ruling that handed", NGA, ICJ, ["12"], "120", "2002-10-23", None, False, "headline")
E("ad02", "Nigeria on Wednesday rejected a ruling by", NGA, ICJ, ["12"], "120", "2002-10-23", None, True,
  "rejection of a court ruling 12, target the court; Wednesday in a Thursday paper; 'would not abandon' is an "
  "intention, not coded")
E("ad02", "accused the court of ignoring Nigeria's evidence", NGA, ICJ, ["11"], "112", "2002-10", None, True,
  "accusation in the government statement; the statement has no day of its own: month")
E("ad02", "The court in The Hague ruled on", ICJ, NGA, RULING, "172", "2002-10-10", P("The Hague", "NLD"), True,
  "a court awarding disputed land against Nigeria: tolerant 17/12/11 as owned21's annulment; 'on Oct. 10'; the "
  "clause names The Hague")
E("ad02", "ordered Nigeria to pull its troops and", ICJ, NGA, DEMAND, "1056", "2002-10-10", P("The Hague", "NLD"),
  False, "the ruling's order to withdraw, second verb of the same verdict: optional")
E("ad02", "welcomed the verdict as a victory for", BIYA, ICJ, ["05"], "051", "2002-10", None, True,
  "praise of the ruling by a party to the case 051; no day: month")
E("ad02", "The Senate had urged Obasanjo last week", A("Nigeria's Senate", "NGA", "LEG"), OBJ, DEMAND, "020", "2002-10",
  None, True, "appeal to reject the ruling, 02 or 10; 'last week' gives the month")
E("ad02", "Nigerian troops moved into parts of the", NGAM, A("Cameroon", "CMR", None), ["19", "15"], "192", "1993-12",
  None, True, "dated background: occupying disputed territory 192 (19, or 15 for a deployment); target the country")
E("ad02", "Cameroon took the dispute to the court", CMR, NGA, ["11"], "115", "1994-03", None, True,
  "legal action 115, dated background with its own agent: required")
E("ad02", "The two armies clashed there several times", NGAM, A("Cameroonian troops", "CMR", "MIL"), CLASH, "190",
  None, None, False, "clashes with no date ('in the years that followed'): optional")
E("ad02", "had met U.N. Secretary-General Kofi Annan in Paris", OBJ, ANNAN, ["04"], "040", "2002-09",
  P("Paris", "FRA"), True, "meeting, 'in September'; the clause names Paris; compound subject: first member required")
E("ad02", "had met U.N. Secretary-General Kofi Annan in Paris", BIYA, ANNAN, ["04"], "040", "2002-09",
  P("Paris", "FRA"), False, "second member of the compound subject: optional")
E("ad02", "both pledged to respect the court's decision", OBJ, ICJ, ["03", "05"], "030", "2002-09", None, False,
  "pledge, an intention: optional")
E("ad02", "would keep talking to Yaounde", NGA, CMR, ["03", "04"], "036", "2002-10", None, False,
  "intention to keep negotiating; 'Yaounde' = Cameroon: optional")
E("ad02", "was counting on the United Nations to", CMR, A("United Nations", "UNO", "IGO"), ["02", "10"], "020",
  "2002-10", P("Yaounde", "CMR"), False, "an expectation rather than an explicit appeal: optional; 'In Yaounde'")
F("ad02", "is thought to hold large reserves of", "standing situation")
F("ad02", "It was not clear whether Nigeria would", "speculation")

# ---------------------------------------------------------------- ad03 Jerusalem, Middle East (Israel / Lebanon)
S("ad03", "1983-02-14", "Middle East", """
Sharon quits as Israel's defence minister after Beirut massacre inquiry

JERUSALEM, Israel —

Ariel Sharon resigned as Israel's defence minister on Monday, six days after a state commission of inquiry found him indirectly responsible for the massacre of Palestinians by Christian militiamen in two Beirut refugee camps last September.

He will stay in Prime Minister Menachem Begin's cabinet as a minister without portfolio, an arrangement that opposition leaders denounced as a sham.

The commission, headed by Supreme Court President Yitzhak Kahan, had recommended that Sharon step down or be dismissed, saying he had ignored the danger of revenge killings when he let the Phalangist militia into the Sabra and Shatila camps. It also faulted Foreign Minister Yitzhak Shamir and the army chief of staff, Lt. Gen. Rafael Eitan.

Begin's cabinet voted last Thursday to accept the findings, with Sharon casting the only vote against.

Hours later, a hand grenade was thrown into a crowd of Peace Now demonstrators who were marching outside the prime minister's office to demand that the report be carried out in full. The blast killed Emil Grunzweig, a 33-year-old teacher, and wounded nine other people.

No one had been arrested for the attack by Monday, police said.

Palestinian leaders said the inquiry had whitewashed Israel's role in the killings.

Whether the resignation would ease the strain on Begin's coalition was unclear.
""")
SHARON = A("Ariel Sharon", "ISR", "GOV")
KAHAN = A("Kahan commission", "ISR", ["JUD", "GOV"])
BEGIN = A("Menachem Begin", "ISR", "GOV")
ISRCAB = A("Israel's cabinet", "ISR", "GOV")
PHAL = A("Phalangist militia", "LBN", ["UAF", "REB", "PTY"])
PN = A("Peace Now demonstrators", "ISR", ["NGO", "CVL", "OPP"])
E("ad03", "Sharon quits as Israel's defence minister after", SHARON, KAHAN, ["08"], "0831", "1983-02-14", None, False,
  "headline")
E("ad03", "Ariel Sharon resigned as Israel's defence minister", SHARON, KAHAN, ["08"], "0831", "1983-02-14", None, True,
  "resignation under pressure 0831 (news-dev), target the inquiry whose demand he meets; Monday in a Monday paper")
E("ad03", "six days after a state commission of", KAHAN, SHARON, ["11", "17"], "112", "1983-02-08", None, True,
  "finding of responsibility inside a 'days after' clause with its own agent: accusation 112 (11, or 17 as a "
  "verdict); six days before Monday")
E("ad03", "massacre of Palestinians by Christian militiamen in", PHAL, A("Palestinian refugees", "PSE", ["REF", "CVL"]),
  ["20", "18"], "202", "1982-09", P("Beirut", "LBN"), True,
  "dated background event as a noun with its agent in a by-phrase: mass killing 202 (20/18); 'two Beirut refugee "
  "camps' names Beirut; 'last September'")
E("ad03", "an arrangement that opposition leaders denounced as", A("Israeli opposition leaders", "ISR",
  ["OPP", "PTY", "LEG"]), BEGIN, ["11"], "111", "1983-02", None, True,
  "criticism in a relative clause with its own agent; no day: month")
E("ad03", "had recommended that Sharon step down or", KAHAN, SHARON, DEMAND, "1041", "1983-02", None, True,
  "demand for removal 1041 (10/02), a separate act of the report from the finding in the lead; no day: month")
E("ad03", "when he let the Phalangist militia into", SHARON, PHAL, ["06", "07"], "060", "1982-09", None, False,
  "letting the militia in, inside the commission's reasoning: optional")
E("ad03", "It also faulted Foreign Minister Yitzhak Shamir", KAHAN, A("Yitzhak Shamir", "ISR", "GOV"), ["11"], "111",
  "1983-02", None, False, "further findings of the same report: optional")
E("ad03", "It also faulted Foreign Minister Yitzhak Shamir", KAHAN, A("Rafael Eitan", "ISR", "MIL"), ["11"], "111",
  "1983-02", None, False, "second member of the compound object: optional")
E("ad03", "Begin's cabinet voted last Thursday to accept", ISRCAB, KAHAN, AGREE, "081", "1983-02-10", None, True,
  "accepting the commission's findings: agreement/yielding 05/03/08; 'last Thursday' in a Monday paper")
E("ad03", "a hand grenade was thrown into a", A("unknown attacker", None, None), PN, ATTACK, "183", "1983-02-10", None,
  True, "agentless passive: an attack by an unknown person, source null/null as news-dev's unnamed attackers; "
  "'Hours later' after Thursday; 'the prime minister's office' names no city")
E("ad03", "who were marching outside the prime minister's", PN, ISRCAB, ["14"], "141", "1983-02-10", None, False,
  "the march inside the relative clause of the attack sentence: optional")
E("ad03", "said the inquiry had whitewashed Israel's role", A("Palestinian leaders", "PSE", ["GOV", "REB"]),
  A("Israel", "ISR", "GOV"), ["11"], "111", "1983-02", None, False, "single outside reaction: optional")
F("ad03", "No one had been arrested for the", "negated act")
F("ad03", "Whether the resignation would ease the strain", "speculation")

# ---------------------------------------------------------------- ad04 Cairo, Middle East (Egypt)
S("ad04", "1981-10-07", "Middle East", """
Sadat assassinated by soldiers at Cairo military parade

CAIRO, Egypt —

President Anwar Sadat was shot dead on Tuesday by a group of soldiers who leapt from a truck during a military parade here and raked the reviewing stand with gunfire and grenades.

At least seven other people were killed and dozens wounded, among them foreign diplomats. Vice President Hosni Mubarak, who was sitting beside Sadat, escaped with a hand injury.

The government declared a one-year state of emergency, and the speaker of parliament, Sufi Abu Taleb, took over as interim president under the constitution. The ruling National Democratic Party nominated Mubarak to succeed Sadat.

In a televised address, Mubarak vowed that Egypt would honour all its treaties and commitments, including the 1979 peace treaty Sadat signed with Israel.

Security forces rounded up dozens of suspected Moslem militants overnight, officials said. A military spokesman said the attackers were led by an army lieutenant and that one had been killed and the others captured.

Sadat, who had ordered the arrest of more than 1,500 religious militants and political opponents last month, had faced growing anger from Islamic groups over his peace with Israel.

Libya's state radio hailed the killing. President Ronald Reagan condemned the attack and called Sadat a courageous champion of peace. Israeli Prime Minister Menachem Begin said he would attend the funeral.

Sadat, 62, had ruled Egypt since 1970. It was not clear whether the attackers had acted alone.
""")
SADAT = A("Anwar Sadat", "EGY", "GOV")
EGYSOL = A("Egyptian soldiers", "EGY", ["MIL", "RAD"])
EGYSEC = A("Egyptian security forces", "EGY", ["COP", "MIL"])
ISRG = A("Israel", "ISR", "GOV")
CAI = P("Cairo", "EGY")
E("ad04", "Sadat assassinated by soldiers at Cairo military", EGYSOL, SADAT, ["18"], "186", "1981-10-06", CAI, False,
  "headline")
E("ad04", "was shot dead on Tuesday by a", EGYSOL, SADAT, ["18"], "186", "1981-10-06", CAI, True,
  "passive with its agent: assassination 186; 'here' = Cairo; Tuesday in a Wednesday paper; the soldiers are "
  "Egyptian, with RAD for the Islamist cell")
E("ad04", "raked the reviewing stand with gunfire and", EGYSOL,
  A("Egyptian officials on the reviewing stand", "EGY", "GOV"), ATTACK, "180", "1981-10-06", CAI, False,
  "the same attack, second verb: optional")
E("ad04", "The government declared a one-year state of", A("Egypt's government", "EGY", "GOV"), A("Egypt", "EGY", None),
  ["17"], "1724", "1981-10", None, True, "state of emergency 1724, self-directed (target the country); no day: month")
E("ad04", "Mubarak vowed that Egypt would honour all", A("Hosni Mubarak", "EGY", "GOV"), ISRG, ["03", "05"], "030",
  "1981-10", None, True, "pledge to keep the treaties 03; target Israel, the treaty named in the sentence; no day")
E("ad04", "including the 1979 peace treaty Sadat signed", SADAT, ISRG, AGREE, "057", "1979", None, True,
  "dated background agreement in a reduced relative with its own agent: required; first-mentioned direction")
E("ad04", "including the 1979 peace treaty Sadat signed", ISRG, SADAT, AGREE, "057", "1979", None, False,
  "reverse direction: optional")
E("ad04", "Security forces rounded up dozens of suspected", EGYSEC, A("Egyptian Islamist militants", "EGY",
  ["RAD", "OPP"]), REPR, "173", "1981-10", None, True, "arrests 173; 'overnight' without an anchor: month "
  "(owned21); 'officials said' is attribution")
E("ad04", "that one had been killed and the", EGYSEC, EGYSOL, REPR, "173", "1981-10", None, False,
  "agentless passives inside a military spokesman's account: optional")
E("ad04", "who had ordered the arrest of more", SADAT, A("Egyptian opposition figures", "EGY", ["RAD", "OPP"]), REPR,
  "173", "1981-09", None, True, "dated background arrests in a relative clause with its own agent ('last month')")
E("ad04", "Libya's state radio hailed the killing", A("Libya", "LBY", ["GOV", "MED"]), EGYSOL, ["05", "11"], "051",
  "1981-10", None, False, "praise of the killing (or hostility to Sadat): coders split; single reaction: optional")
E("ad04", "President Ronald Reagan condemned the attack and", A("Ronald Reagan", "USA", "GOV"), EGYSOL, ["11"], "111",
  "1981-10", None, False, "single outside reaction: optional")
F("ad04", "Sadat, 62, had ruled Egypt since 1970", "standing situation")
F("ad04", "It was not clear whether the attackers", "speculation")

# ---------------------------------------------------------------- ad05 Bangkok, Asia (Thailand)
S("ad05", "1992-05-21", "Asia", """
Thai king summons Suchinda and protest leader after army crackdown

BANGKOK, Thailand —

King Bhumibol Adulyadej summoned Prime Minister Suchinda Kraprayoon and the protest leader Chamlong Srimuang to his palace late on Wednesday and told them to end the bloodshed that has gripped the capital since the weekend.

Television showed the two men kneeling before the monarch, who said the country would be ruined if the violence went on. Chamlong had been freed from military custody hours earlier.

Soldiers repeatedly opened fire with automatic rifles on crowds along Bangkok's Ratchadamnoen Avenue over three nights, killing at least 40 people by the government's count. Doctors said hundreds more were wounded.

The protests began on Sunday, when at least 100,000 people rallied in the capital to demand the resignation of Suchinda, the army commander who had helped lead the coup that toppled the elected government of Chatichai Choonhavan in February last year. He became prime minister last month without standing for election.

Troops arrested Chamlong, a devout Buddhist and former Bangkok governor, on Monday as he led marchers toward Government House. The government imposed a state of emergency in the city and banned gatherings of more than 10 people.

In a broadcast on Tuesday, Suchinda accused the protesters of trying to seize power by force, saying mobs had burned police stations and government vehicles.

Washington said it deplored the use of force against unarmed demonstrators.

Thailand has had more than a dozen coups and attempted coups since the end of absolute monarchy in 1932. Whether Suchinda would now step down was unclear.
""")
KING = A("King Bhumibol Adulyadej", "THA", ["GOV", "ELI"])
SUCH = A("Suchinda Kraprayoon", "THA", ["GOV", "MIL"])
CHAM = A("Chamlong Srimuang", "THA", ["OPP", "PTY"])
THAM = A("Thai troops", "THA", "MIL")
THAP = A("Thai protesters", "THA", ["CVL", "OPP"])
THAG = A("Thai government", "THA", "GOV")
BKK = P("Bangkok", "THA")
E("ad05", "Thai king summons Suchinda and protest leader", KING, SUCH, ["04", "10", "02"], "040", "1992-05-20", None,
  False, "headline")
E("ad05", "summoned Prime Minister Suchinda Kraprayoon and the", KING, SUCH, ["04", "10", "02"], "040", "1992-05-20",
  None, True, "a royal summons: meeting 04, coders may read it as a demand (10/02); 'late on Wednesday' in a "
  "Thursday paper; 'his palace' names no city; first member of the compound object required")
E("ad05", "summoned Prime Minister Suchinda Kraprayoon and the", KING, CHAM, ["04", "10", "02"], "040", "1992-05-20",
  None, False, "second member of the compound object: optional")
E("ad05", "told them to end the bloodshed that", KING, SUCH, DEMAND, "027", "1992-05-20", None, False,
  "the appeal made at the same audience, second verb: optional")
E("ad05", "Chamlong had been freed from military custody", THAM, CHAM, ["08"], "0841", "1992-05-20", None, False,
  "agentless passive ('military custody' points to the army): optional; 'hours earlier' than late Wednesday")
E("ad05", "Soldiers repeatedly opened fire with automatic rifles", THAM, THAP, REPR, "175", "1992-05", BKK, True,
  "live fire on protesters 175 (17/18); 'over three nights' is a span: month; the clause names Bangkok")
E("ad05", "when at least 100,000 people rallied in", THAP, SUCH, CALL, "141", "1992-05-17", BKK, True,
  "rally demanding resignation 141 in a 'when' clause with its own agent, 'on Sunday'; 'the capital' = Bangkok")
E("ad05", "who had helped lead the coup that", SUCH, A("Chatichai Choonhavan", "THA", "GOV"), COUP, "1724", "1991-02",
  None, True, "dated background coup in a relative clause, 'in February last year'; coups 17/19 (news-dev)")
E("ad05", "Troops arrested Chamlong, a devout Buddhist and", THAM, CHAM, REPR, "173", "1992-05-18", None, True,
  "arrest 173, 'on Monday'; Government House is a building, not a place; unnamed troops are Thai")
E("ad05", "The government imposed a state of emergency", THAG, A("Thailand", "THA", None), ["17"], "1724", "1992-05",
  BKK, True, "state of emergency 1724; 'in the city' = Bangkok with the dateline; no day: month")
E("ad05", "banned gatherings of more than 10 people", THAG, THAP, ["17"], "1721", "1992-05", BKK, False,
  "second act of the same decree: optional")
E("ad05", "Suchinda accused the protesters of trying to", SUCH, THAP, ["11"], "112", "1992-05-19", None, True,
  "accusation, 'on Tuesday'")
E("ad05", "saying mobs had burned police stations and", THAP, A("Thai police", "THA", "COP"), VPROT, "145", "1992-05",
  None, False, "acts inside one side's account: optional")
E("ad05", "Washington said it deplored the use of", A("United States", "USA", "GOV"), THAG, ["11"], "111", "1992-05",
  None, False, "single outside reaction; 'Washington' = the United States: optional")
F("ad05", "Thailand has had more than a dozen", "standing situation, count")
F("ad05", "Whether Suchinda would now step down was", "speculation")

# ---------------------------------------------------------------- ad06 Seoul, Asia (South Korea)
S("ad06", "1996-08-26", "Asia", """
South Korean court sentences Chun to death, Roh to 22 years

SEOUL, South Korea —

A Seoul court on Monday sentenced former President Chun Doo-hwan to death and his successor, Roh Tae-woo, to 22 and a half years in prison for mutiny and treason over the military takeover that brought them to power, and for taking hundreds of millions of dollars in bribes.

The court found that Chun had staged a mutiny on Dec. 12, 1979, when troops loyal to him arrested the army chief of staff after a gunfight at his residence. Roh, a fellow general and Chun's classmate, commanded a division that took part.

More than a dozen former generals and aides also received prison terms.

Chun stood expressionless as the sentence was read. Defence lawyers said both men would appeal.

Prosecutors, who had demanded the death penalty for Chun and life imprisonment for Roh, said they would study the ruling.

Outside the court, relatives of victims of the 1980 Kwangju massacre cheered the death sentence, though some shouted that Roh had got off lightly.

Chun was arrested in December in his home town of Hapcheon, a day after he defied a summons from prosecutors and accused President Kim Young-sam of pursuing political revenge. Roh had been jailed a month earlier after admitting that he had amassed a secret fund of some $650 million while in office.

If the sentence stands, Chun would be the first former South Korean head of state to be executed. Death sentences in South Korea are carried out by hanging.
""")
KCOURT = A("Seoul District Court", "KOR", "JUD")
CHUN = A("Chun Doo-hwan", "KOR", ["GOV", "MIL", "ELI"])
ROH = A("Roh Tae-woo", "KOR", ["GOV", "MIL", "ELI"])
KPROS = A("South Korean prosecutors", "KOR", ["JUD", "GOV", "COP"])
E("ad06", "South Korean court sentences Chun to death", KCOURT, CHUN, COURT, "173", "1996-08-26", None, False, "headline")
E("ad06", "A Seoul court on Monday sentenced former", KCOURT, CHUN, COURT, "173", "1996-08-26", P("Seoul", "KOR"), True,
  "sentence 173, court verdicts 17/11 (news-dev); 'A Seoul court' names the city; Monday in a Monday paper")
E("ad06", "A Seoul court on Monday sentenced former", KCOURT, ROH, COURT, "173", "1996-08-26", P("Seoul", "KOR"), False,
  "second member of the compound object: optional")
E("ad06", "when troops loyal to him arrested the", A("troops loyal to Chun", "KOR", "MIL"),
  A("South Korean army chief of staff", "KOR", "MIL"), ["17", "18", "19"], "173", "1979-12-12", None, True,
  "dated background arrest in a 'when' clause with its own agent; after a gunfight, so 18/19 also accepted; the "
  "'staged a mutiny' of the main clause is the same act")
E("ad06", "More than a dozen former generals and", KCOURT, A("former South Korean generals", "KOR", ["MIL", "ELI"]),
  COURT, "173", "1996-08", None, False, "agentless further sentences: optional")
E("ad06", "who had demanded the death penalty for", KPROS, CHUN, ["11", "10"], "115", "1996", None, False,
  "prosecution's demand in court, undated pluperfect: optional")
E("ad06", "relatives of victims of the 1980 Kwangju", A("relatives of Kwangju victims", "KOR", "CVL"), KCOURT,
  ["05", "11"], "051", "1996-08-26", None, False, "cheering a sentence and shouting that another is light: no clean "
  "code; optional. The 1980 massacre is a noun without agent here, not coded")
E("ad06", "Chun was arrested in December in his", KPROS, CHUN, REPR, "173", "1995-12", P("Hapcheon", "KOR"), True,
  "passive without agent, but the summons from prosecutors in the same sentence names who arrested him: required; "
  "'in December' in an August paper: the previous year; the clause names Hapcheon")
E("ad06", "a day after he defied a summons", CHUN, KPROS, ["12"], "128", "1995-12", None, True,
  "defying a summons 128, in a 'day after' clause with its own agent; month as precise as the arrest")
E("ad06", "accused President Kim Young-sam of pursuing political", CHUN, A("Kim Young-sam", "KOR", "GOV"), ["11"],
  "112", "1995-12", None, True, "accusation, second verb of the same clause with its own object: required")
E("ad06", "Roh had been jailed a month earlier", KPROS, ROH, REPR, "173", "1995-11", None, False,
  "agentless passive: optional; 'a month earlier' than December")
F("ad06", "If the sentence stands, Chun would be", "hypothetical")
F("ad06", "Death sentences in South Korea are carried", "standing situation")

# ---------------------------------------------------------------- ad07 Brighton, Europe (United Kingdom / Ireland)
S("ad07", "1984-10-13", "Europe/Eurasia", """
IRA bomb wrecks Brighton hotel in attempt on Thatcher's life

BRIGHTON, United Kingdom —

An Irish Republican Army bomb tore through the Grand Hotel here before dawn on Friday, killing at least four people in an attempt to wipe out Prime Minister Margaret Thatcher and her cabinet during the Conservative Party's annual conference.

Thatcher, who had been working on her conference speech minutes earlier, was unhurt. Trade and Industry Secretary Norman Tebbit was pulled injured from the rubble after several hours, and a Conservative member of parliament, Sir Anthony Berry, was among the dead.

The IRA said in a statement that it had planted the device, and warned Thatcher that she would need to be lucky every time while its bombers would need luck only once.

Thatcher insisted that the conference open on schedule, and she told cheering delegates in the afternoon that the attempt to destroy a democratically elected government had failed.

Irish Prime Minister Garret FitzGerald telephoned Thatcher to express his revulsion and condemned the bombing as an attack on democracy in both countries. President Ronald Reagan sent a message of sympathy.

The IRA, which killed Lord Mountbatten with a boat bomb in 1979 and bombed the Harrods store in London last December, has waged a 15-year campaign against British rule in Northern Ireland.

Had the bomb gone off a few minutes earlier, Thatcher might have been in her bathroom, which was wrecked. The conference is the party's biggest annual gathering, drawing some 4,000 members.
""")
IRA = A("Irish Republican Army", "GBR", ["REB", "RAD"])
THATCHER = A("Margaret Thatcher", "GBR", "GOV")
FITZ = A("Garret FitzGerald", "IRL", "GOV")
BRI = P("Brighton", "GBR")
E("ad07", "IRA bomb wrecks Brighton hotel in attempt", IRA, THATCHER, ATTACK, "183", "1984-10-12", BRI, False, "headline")
E("ad07", "bomb tore through the Grand Hotel here", IRA, THATCHER, ATTACK, "183", "1984-10-12", BRI, True,
  "bombing 183, target Thatcher and her cabinet (the stated aim); 'here' = Brighton; Friday in a Saturday paper; the "
  "IRA as GBR (its campaign is in the United Kingdom), REB/RAD")
E("ad07", "that it had planted the device, and", IRA, THATCHER, ["01"], "015", "1984-10", None, False,
  "claim of responsibility 015, no PLOVER type: optional")
E("ad07", "warned Thatcher that she would need to", IRA, THATCHER, ["13"], "138", "1984-10", None, True,
  "threat of further attacks 138; the statement names no place; no day: month")
E("ad07", "told cheering delegates in the afternoon that", THATCHER, IRA, ["11"], "111", "1984-10", None, False,
  "condemnation in a speech, no named target: optional")
E("ad07", "telephoned Thatcher to express his revulsion and", FITZ, THATCHER, ["04"], "040", "1984-10", None, True,
  "telephone call 040; no day: month")
E("ad07", "condemned the bombing as an attack on", FITZ, IRA, ["11"], "111", "1984-10", None, True,
  "condemnation, second verb with its own object: required (Ireland is a party, not an outside reaction)")
E("ad07", "President Ronald Reagan sent a message of", A("Ronald Reagan", "USA", "GOV"), THATCHER, ["01", "05"], "018",
  "1984-10", None, False, "sympathy 018, single outside reaction: optional")
E("ad07", "which killed Lord Mountbatten with a boat", IRA, A("Lord Mountbatten", "GBR", ["ELI", "MIL"]), ["18"], "186",
  "1979", None, True, "dated background assassination in a relative clause with its own agent")
E("ad07", "bombed the Harrods store in London last", IRA, A("Harrods store", "GBR", None), ATTACK, "183", "1983-12",
  P("London", "GBR"), True, "second dated background act of the same relative: required; premises GBR with sector "
  "null; 'last December'; the clause names London")
F("ad07", "Had the bomb gone off a few", "hypothetical")
F("ad07", "The conference is the party's biggest annual", "standing situation, count")

# ---------------------------------------------------------------- ad08 Moscow, Europe/Eurasia (Russia)
S("ad08", "2003-10-28", "Europe/Eurasia", """
Putin rules out bargaining over jailed Yukos chief Khodorkovsky

MOSCOW, Russia —

President Vladimir Putin on Monday told ministers to stop the "hysteria" over the arrest of Mikhail Khodorkovsky, the head of the Yukos oil company, and said there would be no bargaining with business leaders over the case.

Armed security agents stormed Khodorkovsky's private jet as it refuelled at Novosibirsk airport in Siberia early on Saturday and flew him to Moscow, where a court ordered him held in custody until at least the end of December.

Prosecutors charged Russia's richest man with fraud and tax evasion that they said had cost the state about $1 billion. Khodorkovsky, who has funded liberal opposition parties ahead of December's parliamentary election, denies wrongdoing, his lawyers said.

His business partner, Platon Lebedev, was arrested in July on charges of stealing a stake in a fertiliser company, and investigators have since searched Yukos offices several times.

The Russian Union of Industrialists and Entrepreneurs, the main business lobby, appealed to Putin to restore the confidence of investors, and the liberal Yabloko party accused the Kremlin of punishing Khodorkovsky for his political ambitions.

In Washington, the State Department said the case raised questions about selective prosecution.

Yukos shares plunged more than 10 percent on Monday, dragging the whole Moscow market down. Whether the authorities would move to seize the company itself was unclear.
""")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
KHOD = A("Mikhail Khodorkovsky", "RUS", ["BUS", "ELI"])
RPROS = A("Russian prosecutors", "RUS", ["JUD", "GOV"])
RUSBUS = A("Russian business leaders", "RUS", "BUS")
E("ad08", "Putin rules out bargaining over jailed Yukos", PUTIN, RUSBUS, ["12"], "125", "2003-10-27", None, False,
  "headline")
E("ad08", "President Vladimir Putin on Monday told ministers", PUTIN, A("Russian ministers", "RUS", "GOV"), DEMAND,
  "020", "2003-10-27", None, False, "instruction to his own ministers: optional")
E("ad08", "said there would be no bargaining with", PUTIN, RUSBUS, ["12"], "125", "2003-10-27", None, True,
  "stated refusal to negotiate 125 (a refusal is an event); Monday in a Tuesday paper")
E("ad08", "Armed security agents stormed Khodorkovsky's private jet", A("Russian security agents", "RUS",
  ["SPY", "COP"]), KHOD, REPR, "173", "2003-10-25", P("Novosibirsk", "RUS"), True,
  "arrest 173; 'early on Saturday'; the clause names Novosibirsk")
E("ad08", "where a court ordered him held in", A("Moscow court", "RUS", "JUD"), KHOD, COURT, "173", "2003-10",
  P("Moscow", "RUS"), True, "detention ordered by a court in a 'where' clause naming Moscow; no day of its own: month")
E("ad08", "Prosecutors charged Russia's richest man with fraud", RPROS, KHOD, ["11", "17"], "112", "2003-10", None, True,
  "criminal charges: accusation of crime 112 or 173 (charge); no day: month")
E("ad08", "denies wrongdoing, his lawyers said", KHOD, RPROS, DENY, "016", "2003-10", None, True,
  "denial 016 (01/12), reported by his lawyers")
E("ad08", "who has funded liberal opposition parties ahead", KHOD, A("Russian liberal opposition parties", "RUS",
  ["PTY", "OPP"]), ["07", "05"], "070", "2003", None, False, "undated present perfect in a relative clause: optional")
E("ad08", "Platon Lebedev, was arrested in July on", RPROS, A("Platon Lebedev", "RUS", ["BUS", "ELI"]), REPR, "173",
  "2003-07", None, False, "agentless passive: optional")
E("ad08", "investigators have since searched Yukos offices several", RPROS, A("Yukos", "RUS", "BUS"), ["17"], "170",
  "2003", None, False, "searches, a span with no date of its own: optional")
E("ad08", "appealed to Putin to restore the confidence", A("Russian Union of Industrialists and Entrepreneurs", "RUS",
  "BUS"), PUTIN, DEMAND, "020", "2003-10", None, True, "appeal 02 (or 10); no day: month")
E("ad08", "party accused the Kremlin of punishing Khodorkovsky", A("Yabloko", "RUS", ["PTY", "OPP"]),
  A("the Kremlin", "RUS", "GOV"), ["11"], "112", "2003-10", None, True,
  "accusation, second member of a compound sentence with its own subject; 'the Kremlin' is an actor")
E("ad08", "the State Department said the case raised", A("United States", "USA", "GOV"), A("Russia", "RUS", "GOV"),
  ["11"], "111", "2003-10", P("Washington", "USA"), False, "single outside reaction: optional; 'In Washington' is the "
  "place of the statement")
F("ad08", "Yukos shares plunged more than 10 percent", "non-political (market)")
F("ad08", "Whether the authorities would move to seize", "speculation")

# ---------------------------------------------------------------- ad09 Buenos Aires, Americas (Argentina)
S("ad09", "1985-12-10", "Americas", """
Argentine court jails Videla and Massera for life; four junta members acquitted

BUENOS AIRES, Argentina —

A federal appeals court here on Monday sentenced former President Jorge Videla and former navy commander Emilio Massera to life in prison for murder, torture and illegal detention during the military's war on the left in the late 1970s.

The six judges gave Roberto Viola, who succeeded Videla as president in 1981, 17 years, and jailed two other former commanders for shorter terms. They acquitted four men, among them Leopoldo Galtieri, the president during the Falklands war.

Prosecutor Julio Strassera, who had asked for life terms for five of the nine defendants, told reporters he would appeal the acquittals.

Hundreds of Mothers of the Plaza de Mayo, whose children vanished after their arrest by security forces, marched around the square outside the presidential palace on Monday night to protest that the sentences were too light.

President Raul Alfonsin, who ordered the prosecution of the former junta members days after he took office in December 1983, said the verdict showed that nobody in Argentina stood above the law.

Defence lawyers called the trial an act of political revenge against officers who had saved the nation from terrorism.

Alfonsin imposed a 60-day state of siege in October and had a dozen officers and civilians detained, accusing them of a bombing campaign to destabilise the government.

A government commission has documented nearly 9,000 people who disappeared under military rule. It was not clear whether the verdict would open the way to trials of lower-ranking officers.
""")
ACOURT = A("Buenos Aires federal appeals court", "ARG", "JUD")
ALF = A("Raul Alfonsin", "ARG", "GOV")
JUNTA = A("Argentina's former junta members", "ARG", ["MIL", "GOV"])
ARGDET = A("Argentine officers and civilians", "ARG", ["MIL", "CVL"])
BA = P("Buenos Aires", "ARG")
E("ad09", "Argentine court jails Videla and Massera for", ACOURT, A("Jorge Videla", "ARG", ["MIL", "GOV"]), COURT, "173",
  "1985-12-09", None, False, "headline")
E("ad09", "A federal appeals court here on Monday", ACOURT, A("Jorge Videla", "ARG", ["MIL", "GOV"]), COURT, "173",
  "1985-12-09", BA, True, "sentence 173, court verdicts 17/11 (news-dev); 'here' = Buenos Aires; Monday in a Tuesday "
  "paper; compound object, first member required")
E("ad09", "A federal appeals court here on Monday", ACOURT, A("Emilio Massera", "ARG", "MIL"), COURT, "173",
  "1985-12-09", BA, False, "second member of the compound object: optional")
E("ad09", "The six judges gave Roberto Viola, who", ACOURT, A("Roberto Viola", "ARG", ["MIL", "GOV"]), COURT, "173",
  "1985-12", None, True, "a further sentence with its own object and verb; 'The six judges' = the court; no day of "
  "its own: month")
E("ad09", "and jailed two other former commanders for", ACOURT, A("former Argentine commanders", "ARG", "MIL"), COURT,
  "173", "1985-12", None, False, "unnamed further defendants, second verb: optional")
E("ad09", "who had asked for life terms for", A("Julio Strassera", "ARG", ["JUD", "GOV"]), JUNTA, ["11", "10"], "115",
  "1985", None, False, "the prosecution's demand in an undated relative clause: optional")
E("ad09", "marched around the square outside the presidential", A("Mothers of the Plaza de Mayo", "ARG", ["NGO", "CVL"]),
  ACOURT, ["14"], "141", "1985-12-09", BA, True, "protest against the sentences 141, target the court; 'on Monday "
  "night'; the Plaza de Mayo outside the presidential palace is in the dateline city")
E("ad09", "who ordered the prosecution of the former", ALF, JUNTA, ["11"], "115", "1983-12", None, True,
  "dated background legal action in a relative clause with its own agent; 'days after he took office in December 1983'")
E("ad09", "said the verdict showed that nobody in", ALF, ACOURT, ["05"], "051", "1985-12", None, False,
  "approval of the verdict: optional")
E("ad09", "Defence lawyers called the trial an act", A("defence lawyers", "ARG", ["JUD", "CVL"]), ACOURT, ["11"],
  "111", "1985-12", None, False, "criticism by the defence: optional")
E("ad09", "Alfonsin imposed a 60-day state of siege", ALF, A("Argentina", "ARG", None), ["17"], "1724", "1985-10", None,
  True, "state of siege 1724 (news-dev's emergency code), 'in October'")
E("ad09", "had a dozen officers and civilians detained", ALF, ARGDET, REPR, "173", "1985-10", None, True,
  "detentions ordered by the president (causative 'had ... detained'), second verb with its own object, same month")
E("ad09", "accusing them of a bombing campaign to", ALF, ARGDET, ["11"], "112", "1985-10", None, False,
  "accusation in a participle clause, the ground of the detentions: optional")
F("ad09", "A government commission has documented nearly 9,000", "count, standing situation")
F("ad09", "It was not clear whether the verdict", "speculation")

# ---------------------------------------------------------------- ad10 Brasilia, Americas (Brazil)
S("ad10", "1992-09-30", "Americas", """
Brazil's lower house impeaches Collor over corruption

BRASILIA, Brazil —

Brazil's Chamber of Deputies voted overwhelmingly on Tuesday to impeach President Fernando Collor de Mello on corruption charges, suspending him from office while the Senate tries him.

The vote was 441 to 38, far more than the two-thirds majority required. Crowds outside the Congress building here and in the streets of Rio de Janeiro and Sao Paulo cheered and set off fireworks as the tally passed the mark.

Collor said in a written statement that he was innocent of all the charges and would prove it before the Senate.

The charges stem from a congressional inquiry that found in August that Collor had received millions of dollars from an influence-peddling ring run by his former campaign treasurer, Paulo Cesar Farias.

The scandal broke in May, when the president's younger brother, Pedro, accused Farias of running the ring in an interview with a news magazine.

Collor appealed to Brazilians in August to wear the national colours of green and yellow as a sign of support, but tens of thousands turned out in black instead. Students with painted faces then led marches in dozens of cities demanding his removal.

Vice President Itamar Franco is expected to take over as acting president by the end of the week, once Collor is formally notified. Brazil's inflation is running at more than 20 percent a month.
""")
CHAMBER = A("Brazil's Chamber of Deputies", "BRA", "LEG")
COLLOR = A("Fernando Collor de Mello", "BRA", "GOV")
FARIAS = A("Paulo Cesar Farias", "BRA", ["BUS", "PTY"])
PEDRO = A("Pedro Collor de Mello", "BRA", ["BUS", "ELI"])
E("ad10", "Brazil's lower house impeaches Collor over corruption", CHAMBER, COLLOR, RULING, "172", "1992-09-29", None,
  False, "headline")
E("ad10", "voted overwhelmingly on Tuesday to impeach President", CHAMBER, COLLOR, RULING, "172", "1992-09-29", None,
  True, "impeachment and suspension 172, tolerant 17/12/11 as owned13's removal by impeachment and owned21's "
  "annulment; Tuesday in a Wednesday paper; no place in the clause")
E("ad10", "that he was innocent of all the", COLLOR, CHAMBER, DENY, "016", "1992-09", None, True,
  "denial 016 (01/12); target the house that charged him; no day: month")
E("ad10", "a congressional inquiry that found in August", A("Brazilian congressional inquiry", "BRA", "LEG"), COLLOR,
  ["11"], "112", "1992-08", None, True, "accusation by finding, in a relative clause with its own agent and date")
E("ad10", "accused Farias of running the ring in", PEDRO, FARIAS, ["11"], "112", "1992-05", None, True,
  "accusation in a 'when' clause, 'in May'; 'the president's younger brother, Pedro' = Pedro Collor")
E("ad10", "accused Farias of running the ring in", PEDRO, COLLOR, ["11"], "112", "1992-05", None, False,
  "the accusation also reached the president: optional")
E("ad10", "Collor appealed to Brazilians in August to", COLLOR, A("Brazilians", "BRA", "CVL"), ["02", "10"], "020",
  "1992-08", None, True, "appeal for support, 'in August'")
E("ad10", "but tens of thousands turned out in", A("Brazilian protesters", "BRA", ["CVL", "OPP"]), COLLOR, ["14"],
  "141", "1992-08", None, True, "protest by turning out in black, second clause with its own subject, same month")
E("ad10", "Students with painted faces then led marches", A("Brazilian students", "BRA", ["EDU", "CVL"]), COLLOR, CALL,
  "141", "1992", None, True, "marches demanding removal 141; 'then' after August gives only the year")
F("ad10", "Vice President Itamar Franco is expected to", "planned, not done")
F("ad10", "Brazil's inflation is running at more than", "standing situation")

# ---------------------------------------------------------------- ad11 Termez, South Asia (Afghanistan / Soviet Union)
S("ad11", "1989-02-16", "South Asia", """
Last Soviet troops leave Afghanistan as guerrillas vow to take Kabul

TERMEZ, Soviet Union —

Lt. Gen. Boris Gromov, the commander of Soviet forces in Afghanistan, walked across the steel bridge over the Amu Darya river into this border town on Wednesday, the last Soviet soldier to leave the country after more than nine years of war.

The pullout was completed under the Geneva accords, which Afghanistan and Pakistan signed last April with the United States and the Soviet Union acting as guarantors.

Moslem guerrilla leaders meeting in Rawalpindi, in Pakistan, vowed to fight on until they had toppled President Najibullah's government, and their fighters kept up pressure on government garrisons across the country.

In Kabul, Najibullah appealed to the guerrillas to stop fighting and join a coalition government, and accused Pakistan of arming and directing them from its territory.

The United States, which began supplying the rebels with Stinger anti-aircraft missiles in 1986, said it would keep arming them as long as Moscow kept sending weapons to Kabul.

Soviet officials have said more than 13,000 of their soldiers were killed in Afghanistan. It was unclear whether Najibullah's army could hold the cities without Soviet support.
""")
GROMOV = A("Boris Gromov", "RUS", "MIL")
MUJ = A("Afghan mujahideen", "AFG", ["REB", "RAD"])
NAJ = A("Najibullah", "AFG", "GOV")
AFGG = A("Afghanistan", "AFG", "GOV")
PAKG = A("Pakistan", "PAK", "GOV")
USA = A("United States", "USA", "GOV")
E("ad11", "Last Soviet troops leave Afghanistan as guerrillas", A("Soviet troops", "RUS", "MIL"), A("Afghanistan", "AFG",
  None), ["08"], "0874", "1989-02-15", None, False, "headline, first event; the Soviet Union as RUS, its continuing "
  "state (ISO 3166-1 no longer lists SUN)")
E("ad11", "Last Soviet troops leave Afghanistan as guerrillas", MUJ, NAJ, ["13"], "138", "1989-02", None, False,
  "headline, second event")
E("ad11", "walked across the steel bridge over the", GROMOV, A("Afghanistan", "AFG", None), ["08"], "0874", "1989-02-15",
  P("Termez", "UZB"), True, "military withdrawal 0874 (RETREAT), the last soldier out; 'this border town' = Termez "
  "with the dateline (today in Uzbekistan); Wednesday in a Thursday paper")
E("ad11", "which Afghanistan and Pakistan signed last April", AFGG, PAKG, AGREE, "057", "1988-04", P("Geneva", "CHE"),
  True, "dated background agreement in a relative clause; 'the Geneva accords' names the place of signing; first-"
  "mentioned direction required")
E("ad11", "which Afghanistan and Pakistan signed last April", PAKG, AFGG, AGREE, "057", "1988-04", P("Geneva", "CHE"),
  False, "reverse direction: optional")
E("ad11", "vowed to fight on until they had", MUJ, NAJ, ["13"], "138", "1989-02", P("Rawalpindi", "PAK"), True,
  "vow to keep fighting until the government falls: threat 138 (as owned21's vow to resume an offensive); the clause "
  "names Rawalpindi; no day: month")
E("ad11", "their fighters kept up pressure on government", MUJ, AFGG, ["19", "15"], "190", "1989-02", None, False,
  "continued fighting described vaguely, no place: optional")
E("ad11", "Najibullah appealed to the guerrillas to stop", NAJ, MUJ, ["02", "03"], "027", "1989-02", P("Kabul", "AFG"),
  True, "appeal to settle 027 (02, or 03 as an offer); 'In Kabul' names the place; no day: month")
E("ad11", "accused Pakistan of arming and directing them", NAJ, PAKG, ["11"], "112", "1989-02", P("Kabul", "AFG"), True,
  "accusation, second verb with its own object: required")
E("ad11", "which began supplying the rebels with Stinger", USA, MUJ, ["07"], "072", "1986", None, True,
  "dated background military aid 072 in a relative clause with its own agent, 'in 1986'")
E("ad11", "said it would keep arming them as", USA, MUJ, ["07", "03"], "072", "1989-02", None, False,
  "continued aid put as an intention: optional (owned21's 'would keep sending')")
F("ad11", "Soviet officials have said more than 13,000", "count")
F("ad11", "It was unclear whether Najibullah's army could", "speculation")

# ---------------------------------------------------------------- ad12 Wellington, Pacific (New Zealand / U.S. / Australia)
S("ad12", "1985-02-06", "Pacific", """
U.S. calls off ANZUS naval exercise after New Zealand bars warship

WELLINGTON, New Zealand —

The United States on Tuesday called off a joint naval exercise with New Zealand and Australia and said it was reviewing all its military cooperation with Wellington, a day after Prime Minister David Lange's government refused to let an American destroyer visit.

Washington had asked in January for permission for the USS Buchanan to make a port call in March. The Labour government, which took office last July on a pledge to keep nuclear arms out of the country, said it could not admit the ship because the United States would neither confirm nor deny whether it carried nuclear weapons.

A State Department spokesman said the refusal struck at the heart of the ANZUS alliance and called New Zealand's stance a serious setback for Western security.

Lange said New Zealand would not be bullied and accused American officials of trying to strong-arm a small friend.

In Canberra, Prime Minister Bob Hawke's government on Tuesday withdrew an offer to let American aircraft use Australian bases while monitoring tests of the MX missile in the Tasman Sea, after a revolt inside his own Labor Party.

U.S. officials said the flow of intelligence to New Zealand could also be cut. Whether ANZUS could survive in its present form was unclear.
""")
USAG = A("United States", "USA", "GOV")
NZLG = A("New Zealand", "NZL", "GOV")
E("ad12", "U.S. calls off ANZUS naval exercise after", USAG, NZLG, SANCT, "160", "1985-02-05", None, False, "headline")
E("ad12", "The United States on Tuesday called off", USAG, NZLG, SANCT, "160", "1985-02-05", None, True,
  "cancelling a joint exercise: reducing relations 16 (16/17); target New Zealand, whose refusal it answers; "
  "Tuesday in a Wednesday paper; the exercise partner Australia is not a target")
E("ad12", "said it was reviewing all its military", USAG, NZLG, ["01", "16"], "014", "1985-02-05", None, False,
  "considering a policy option 014 (no PLOVER type): optional")
E("ad12", "refused to let an American destroyer visit", A("David Lange", "NZL", "GOV"), USAG, ["12"], "1212",
  "1985-02-04", None, True, "refusal of a military request 1212, in a 'day after' clause with its own agent; "
  "'Lange's government' = New Zealand")
E("ad12", "Washington had asked in January for permission", USAG, NZLG, DEMAND, "0212", "1985-01", None, True,
  "request for military cooperation 0212; 'Washington' = the United States; 'in January'")
E("ad12", "said it could not admit the ship", NZLG, USAG, ["12"], "1212", "1985-02", None, False,
  "restatement of the refusal with its reason: optional")
E("ad12", "A State Department spokesman said the refusal", USAG, NZLG, ["11"], "111", "1985-02", None, True,
  "criticism 111; no day: month")
E("ad12", "accused American officials of trying to strong-arm", A("David Lange", "NZL", "GOV"), USAG, ["11"], "112",
  "1985-02", None, True, "accusation; 'would not be bullied' is an intention, not coded; no day: month")
E("ad12", "withdrew an offer to let American aircraft", A("Australia", "AUS", "GOV"), USAG, ["12", "16"], "1212",
  "1985-02-05", P("Canberra", "AUS"), True, "withdrawing an offer of military cooperation 1212 (12, or 16 as reduced "
  "relations); 'In Canberra' is where the government acted; 'on Tuesday'")
E("ad12", "after a revolt inside his own Labor", A("Australian Labor Party members", "AUS", ["PTY", "LEG"]),
  A("Bob Hawke", "AUS", "GOV"), ["12", "11", "14"], "120", "1985-02", None, False,
  "intra-party revolt, no clean code: optional")
F("ad12", "U.S. officials said the flow of intelligence", "hypothetical ('could also be cut')")
F("ad12", "Whether ANZUS could survive in its present", "speculation")

if __name__ == "__main__":
    write(HERE)
