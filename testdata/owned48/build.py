#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned48 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned48/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
COURT = ["17", "11"]

# ---------------------------------------------------------------- aw01 Conakry, Africa (Guinea)
S("aw01", "2007-02-13", "Africa", """
Guinea's Conte declares state of siege as unions renew strike over new premier

CONAKRY, Guinea —

President Lansana Conte declared a state of siege across Guinea on Monday, giving the army sweeping powers to search homes, hold suspects and ban gatherings after four days of rioting over his choice of prime minister.

In a decree read on state radio, the ailing leader imposed a curfew of 20 hours a day and ordered the army chief of staff to restore order.

Soldiers fired on crowds in the suburbs of Conakry and in several provincial towns over the weekend. Hospital workers said at least 23 people had been killed since Friday.

The unrest erupted after Conte named Eugene Camara, a longtime ally, as prime minister on Friday. Union leaders had insisted on a consensus figure from outside the president's circle when they called off a general strike late last month.

The two main labour federations rejected the appointment on Saturday. They relaunched the general strike the same day, closing shops, markets and bauxite mines.

Their leaders, Rabiatou Serah Diallo and Ibrahima Fofana, said the state of siege would not drive workers back to their jobs.

Security forces shot dead dozens of marchers in the capital on Jan. 22.

The African Union urged the government and the unions to resume talks, and France called on all sides to show restraint.

Conte, who is said to be diabetic, has rarely been seen in public in recent months, and it was unclear who was running the government day to day.
""")
CONTE = A("Lansana Conte", "GIN", "GOV")
GINU = A("Guinean trade unions", "GIN", ["LAB", "CVL"])
GINP = A("Guinean protesters and strikers", "GIN", ["CVL", "LAB"])
GINMIL = A("Guinean soldiers", "GIN", "MIL")
GING = A("Guinea's government", "GIN", "GOV")
E("aw01", "declares state of siege as unions renew", CONTE, GINP, ["17"], "1724", "2007-02", None, False, "headline")
E("aw01", "unions renew strike over new premier", GINU, GING, ["14"], "143", "2007-02", None, False, "headline")
E("aw01", "declared a state of siege across Guinea", CONTE, GINP, ["17"], "1724", "2007-02-12", None, True,
  "a state of siege is a declared emergency 1724 (news-dev); aimed at the strikers and rioters; 'across Guinea' is the "
  "whole country, not a place; 'on Monday' before a Tuesday paper")
E("aw01", "imposed a curfew of 20 hours a", CONTE, A("Guinean citizens", "GIN", "CVL"), ["17"], "1723", "2007-02", None,
  True, "curfew 1723 (as owned35 ai09); 'the ailing leader' refers back to Conte; the decree has no day of its own in "
  "this sentence: month (Monday is also right); the order to the army chief is internal and not coded")
E("aw01", "Soldiers fired on crowds in the suburbs", GINMIL, GINP, REPR, "175", "2007-02", P("Conakry", "GIN"), True,
  "live fire on crowds 175 (17/18); 'over the weekend' is a span: month; 'the suburbs of Conakry' names the place "
  "(first of the compound places)")
E("aw01", "Union leaders had insisted on a consensus", GINU, CONTE, DEMAND, "1041", "2007-01", None, False,
  "a demand for a leadership choice (1041) in a pluperfect clause dated only by 'late last month' of the strike's "
  "end: optional")
E("aw01", "when they called off a general strike", GINU, GING, ["08", "14"], "080", "2007-01", None, False,
  "calling off a strike is a concession (08, coders split); inside a 'when' clause of an optional demand: optional")
E("aw01", "rejected the appointment on Saturday", GINU, CONTE, ["12"], "120", "2007-02-10", None, True,
  "rejection 120; Saturday before a Tuesday paper")
E("aw01", "They relaunched the general strike the same", GINU, GING, ["14"], "143", "2007-02-10", None, True,
  "general strike 143; 'They' = the federations; 'the same day' = Saturday")
E("aw01", "said the state of siege would not", A("Rabiatou Serah Diallo", "GIN", ["LAB", "CVL"]), CONTE, ["12"], "120",
  "2007-02", None, False, "defiance put as a prediction ('would not drive'): optional; compound subject, Diallo first")
E("aw01", "Security forces shot dead dozens of marchers", A("Guinean security forces", "GIN", ["MIL", "COP"]), GINP,
  REPR, "175", "2007-01-22", P("Conakry", "GIN"), True,
  "dated background: killing of marchers 175 (17/18; 18 and 20 also seen); 'in the capital' with the dateline = "
  "Conakry; unnamed security forces are Guinea's")
E("aw01", "The African Union urged the government and", A("African Union", "AFR", "IGO"), GING, ["02", "10"], "026",
  "2007-02", None, False, "appeal to negotiate 026 (02/10); single outside reaction: optional; first member of the "
  "compound object (the unions are a second member, not listed)")
E("aw01", "France called on all sides to show", A("France", "FRA", "GOV"), GING, ["02", "10"], "020", "2007-02", None,
  False, "call for restraint, outside reaction: optional")
F("aw01", "Hospital workers said at least 23 people", "count of dead; the shooting is coded in the sentence before")
F("aw01", "Conte, who is said to be diabetic,", "standing situation and speculation")

# ---------------------------------------------------------------- aw02 Abuja, Africa (Nigeria)
S("aw02", "2021-06-06", "Africa", """
Nigeria suspends Twitter after it deletes Buhari post; Western envoys object

ABUJA, Nigeria —

Telecommunications companies began blocking access to Twitter across Nigeria on Saturday, a day after the government suspended the social media platform indefinitely, leaving millions of users dependent on virtual private networks.

Information Minister Lai Mohammed announced the suspension on Friday. He accused the company of allowing its service to be used for activities capable of undermining Nigeria's corporate existence.

The move came two days after Twitter removed a post by President Muhammadu Buhari, which warned separatists in the southeast that they would be treated "in the language they understand", saying it broke its rules on abusive behaviour.

On Saturday, Attorney General Abubakar Malami ordered prosecutors to charge anyone who kept using the platform.

The diplomatic missions of the United States, the European Union, Britain, Canada and Ireland said in a joint statement that banning systems of expression was not the answer and that the ban undermined free speech.

Twitter called the suspension deeply concerning and said it would work to restore access for Nigerians.

Relations between the government and the company soured last October, when its chief executive, Jack Dorsey, backed the protests against police brutality and urged his followers to donate to them.

Rights groups said they would challenge the ban in court.

Nigeria, Africa's most populous country, has tens of millions of Twitter users, many of them young people in the cities.

It was unclear how long the suspension would last or how the authorities would enforce the prosecutions.
""")
NGAG = A("Nigeria's government", "NGA", "GOV")
TWTR = A("Twitter", None, "BUS")
LAI = A("Lai Mohammed", "NGA", "GOV")
E("aw02", "Nigeria suspends Twitter after it deletes Buhari", NGAG, TWTR, ["17", "16"], "1721", "2021-06", None, False,
  "headline")
E("aw02", "Buhari post; Western envoys object", A("United States embassy in Nigeria", "USA", "GOV"), NGAG, ["11"], "111", "2021-06",
  None, False, "headline")
E("aw02", "a day after the government suspended the", NGAG, TWTR, ["17", "16"], "1721", "2021-06-04", None, False,
  "lead summary of the suspension detailed next (Friday): optional; the telecoms' blocking is compliance, not coded")
E("aw02", "Information Minister Lai Mohammed announced the suspension", LAI, TWTR, ["17", "16"], "1721", "2021-06-04",
  None, True, "ban on a platform 1721 (17/16, as owned35 ai11); Friday before a Sunday paper; Twitter is a company "
  "with no country in the text: null/BUS")
E("aw02", "He accused the company of allowing its", LAI, TWTR, ["11"], "112", "2021-06", None, True,
  "accusation 112; 'He' = Mohammed; no day of its own: month")
E("aw02", "The move came two days after Twitter", TWTR, A("Muhammadu Buhari", "NGA", "GOV"), ["17", "11"], "172",
  "2021-06-02", None, False, "a company removing a head of state's post has no clear CAMEO class (coders split between "
  "172 and 111): optional; 'two days after' Friday = Wednesday")
E("aw02", "which warned separatists in the southeast that", A("Muhammadu Buhari", "NGA", "GOV"),
  A("separatists in southeast Nigeria", "NGA", ["REB", "CVL"]), ["13"], "130", "2021-06", None, False,
  "threat inside an undated relative: optional")
E("aw02", "Attorney General Abubakar Malami ordered prosecutors to", A("Abubakar Malami", "NGA", ["GOV", "JUD"]),
  A("Nigerian Twitter users", "NGA", "CVL"), ["13", "17"], "1321", "2021-06-05", None, True,
  "an order to prosecute anyone who keeps using the service is a threat of restrictions on freedoms 1321 (13; 17 if "
  "read as the legal action itself); 'On Saturday'")
E("aw02", "The diplomatic missions of the United States,", A("United States embassy in Nigeria", "USA", "GOV"), NGAG,
  ["11"], "111", "2021-06", None, True, "criticism 111; compound subject, first member (the U.S. mission) required; "
  "no day: month")
E("aw02", "The diplomatic missions of the United States,", A("European Union delegation", "EUR", "IGO"), NGAG, ["11"],
  "111", "2021-06", None, False, "second member of the compound subject: optional (Britain, Canada and Ireland "
  "likewise, not listed)")
E("aw02", "Twitter called the suspension deeply concerning and", TWTR, NGAG, ["11"], "111", "2021-06", None, True,
  "criticism 111 by the company; month")
E("aw02", "when its chief executive, Jack Dorsey, backed", A("Jack Dorsey", None, "BUS"),
  A("Nigerian protesters against police brutality", "NGA", "CVL"), ["05"], "051", "2020-10", None, True,
  "dated background in a 'when' clause with its own agent: endorsement of a protest 051; 'last October' = 2020-10; "
  "Dorsey has no country in the text")
E("aw02", "Rights groups said they would challenge the", A("Nigerian rights groups", "NGA", "NGO"), NGAG, ["11", "13"],
  "115", "2021-06", None, False, "legal challenge put as an intention: optional")
F("aw02", "Nigeria, Africa's most populous country, has tens", "count and standing situation")
F("aw02", "It was unclear how long the suspension", "speculation")

# ---------------------------------------------------------------- aw03 Riyadh, Middle East (Saudi Arabia / Qatar)
S("aw03", "2014-03-06", "Middle East", """
Saudi Arabia, UAE and Bahrain pull ambassadors from Qatar in rare Gulf rift

RIYADH, Saudi Arabia —

Saudi Arabia, the United Arab Emirates and Bahrain withdrew their ambassadors from Qatar on Wednesday, accusing the gas-rich emirate of breaking a promise not to meddle in the affairs of its neighbours.

In a joint statement, the three governments said Doha had failed to honour a security pact under which members of the Gulf Cooperation Council pledged not to back groups or media that threaten one another.

Qatar's emir, Sheikh Tamim bin Hamad Al Thani, signed that accord with King Abdullah at a meeting in Riyadh in November, with Kuwait's ruler acting as mediator.

Qatar's cabinet voiced regret and surprise at the decision. It said Doha would not recall its own envoys from Riyadh, Abu Dhabi and Manama and would stay committed to Gulf unity.

Kuwait and Oman, the other members of the six-nation council, did not follow suit.

Riyadh and Abu Dhabi have long resented Qatar's support for the Muslim Brotherhood and for Mohamed Mursi, the Islamist president whom Egypt's army removed in July.

Tensions rose further last month, when the Emirates summoned Qatar's ambassador to protest against a televised sermon in which the Doha-based cleric Yusuf al-Qaradawi accused Abu Dhabi of being hostile to Islamic rule.

Officials in Doha said privately that the row would not change the emirate's foreign policy.

Qatar, which hosts the Al Jazeera television network, has one of the world's highest incomes per head and vast reserves of natural gas.
""")
SAU = A("Saudi Arabia", "SAU", "GOV")
QAT = A("Qatar", "QAT", "GOV")
ARE = A("United Arab Emirates", "ARE", "GOV")
E("aw03", "Saudi Arabia, UAE and Bahrain pull ambassadors", SAU, QAT, SANCT, "161", "2014-03", None, False, "headline")
E("aw03", "Bahrain withdrew their ambassadors from Qatar on", SAU, QAT, SANCT, "161", "2014-03-05", None, True,
  "recalling ambassadors 161 (news-dev); compound subject, first member (Saudi Arabia) required; Wednesday before a "
  "Thursday paper; 'from Qatar' is the target, not a place")
E("aw03", "Bahrain withdrew their ambassadors from Qatar on", ARE, QAT, SANCT, "161", "2014-03-05", None, False,
  "second member: optional")
E("aw03", "Bahrain withdrew their ambassadors from Qatar on", A("Bahrain", "BHR", "GOV"), QAT, SANCT, "161",
  "2014-03-05", None, False, "third member: optional")
E("aw03", "accusing the gas-rich emirate of breaking a", SAU, QAT, ["11"], "112", "2014-03-05", None, False,
  "lead participle, restated by the joint statement: optional")
E("aw03", "the three governments said Doha had failed", SAU, QAT, ["11"], "112", "2014-03", None, True,
  "accusation 112; 'Doha' = Qatar; 'the three governments' is a compound subject, Saudi Arabia first; no day of its "
  "own: month")
E("aw03", "Sheikh Tamim bin Hamad Al Thani, signed", A("Tamim bin Hamad Al Thani", "QAT", "GOV"),
  A("King Abdullah", "SAU", "GOV"), AGREE, "057", "2013-11", P("Riyadh", "SAU"), True,
  "dated background: signing an accord 057 (05/03/08); 'in Riyadh in November' (of the year before publication)")
E("aw03", "Sheikh Tamim bin Hamad Al Thani, signed", A("King Abdullah", "SAU", "GOV"),
  A("Tamim bin Hamad Al Thani", "QAT", "GOV"), AGREE, "057", "2013-11", P("Riyadh", "SAU"), False,
  "reverse direction of the joint signing: optional")
E("aw03", "with Kuwait's ruler acting as mediator", A("Kuwait's emir", "KWT", "GOV"), QAT, ["04"], "045", "2013-11",
  P("Riyadh", "SAU"), False, "mediation 045 in a participle phrase: optional")
E("aw03", "Qatar's cabinet voiced regret and surprise at", A("Qatar's cabinet", "QAT", "GOV"), SAU, ["11"], "111",
  "2014-03", None, True, "regret at another's act is disapproval 111, not an apology; target the first of the three "
  "(the others would be optional); month")
E("aw03", "It said Doha would not recall its", QAT, SAU, ["12"], "120", "2014-03", None, False,
  "a refusal to retaliate put as an intention: optional")
E("aw03", "whom Egypt's army removed in July", A("Egyptian army", "EGY", "MIL"),
  A("Mohamed Mursi", "EGY", "GOV"), COUP, "172", "2013-07", None, True,
  "dated background in a relative clause with its own agent: the army's removal of Mursi, coup 17/19; 'in July' "
  "before a March paper = 2013-07; the standing Saudi and Emirati resentment is not an event")
E("aw03", "when the Emirates summoned Qatar's ambassador to", ARE, QAT, ["11"], "114", "2014-02", None, True,
  "summoning an envoy to protest 114 (news-dev); 'last month' = 2014-02; 'the Emirates' = UAE")
E("aw03", "accused Abu Dhabi of being hostile to", A("Yusuf al-Qaradawi", "QAT", "REL"), ARE, ["11"], "112", None, None,
  False, "accusation inside an undated relative: optional; 'Abu Dhabi' = the UAE government")
F("aw03", "Kuwait and Oman, the other members of", "negated act: they did not follow")
F("aw03", "Qatar, which hosts the Al Jazeera television", "standing situation")

# ---------------------------------------------------------------- aw04 Amman, Middle East (Jordan)
S("aw04", "2018-06-05", "Middle East", """
Jordan's king taps Razzaz as premier after tax protests force Mulki out

AMMAN, Jordan —

King Abdullah asked Education Minister Omar al-Razzaz to form a new government on Tuesday, a day after Prime Minister Hani Mulki stepped down in the face of the biggest protests Jordan has seen in years.

Mulki handed his resignation to the king on Monday after five nights of demonstrations against an income tax bill backed by the International Monetary Fund.

Thousands of people again gathered near the prime minister's office in Amman late on Monday, chanting that a change of faces was not enough and that the bill itself had to go.

There were no reports of serious injuries.

The protests began on May 30, when the country's professional associations called a general strike against the bill, which would widen the income tax net and raise rates on companies.

On Friday, the king ordered the government to freeze increases in fuel and electricity prices that it had announced only hours earlier.

Police detained 60 people at the weekend for trying to reach the prime minister's office, the Public Security Directorate said.

The associations said they would strike again on Wednesday unless the new cabinet withdrew the bill.

Razzaz, a Harvard-trained economist and former World Bank official, is seen as a reformer by many of the young Jordanians who filled the streets.

It was not clear whether he would withdraw the bill, which the government says is needed to cut a public debt of about 95 percent of economic output.
""")
KING = A("King Abdullah", "JOR", "GOV")
JORP = A("Jordanian protesters", "JOR", "CVL")
JORG = A("Jordan's government", "JOR", "GOV")
JORU = A("Jordanian professional associations", "JOR", ["LAB", "NGO"])
E("aw04", "after tax protests force Mulki out", A("Hani Mulki", "JOR", "GOV"), JORP, ["08"], "0831", "2018-06", None,
  False, "headline")
E("aw04", "a day after Prime Minister Hani Mulki stepped", A("Hani Mulki", "JOR", "GOV"), JORP, ["08"], "0831",
  "2018-06-04", None, False, "lead summary of the resignation detailed next: optional; the king's appointment of "
  "Razzaz is internal and has no CAMEO class")
E("aw04", "Mulki handed his resignation to the king", A("Hani Mulki", "JOR", "GOV"), JORP, ["08"], "0831", "2018-06-04",
  None, True, "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); Monday "
  "before a Tuesday paper")
E("aw04", "Thousands of people again gathered near the", JORP, JORG, ["14"], "141", "2018-06-04", P("Amman", "JOR"),
  True, "demonstration 141; 'in Amman late on Monday'; the chanted demand is part of the protest")
E("aw04", "when the country's professional associations called a", JORU, JORG, ["14"], "143", "2018-05-30", None, True,
  "dated background in a 'when' clause with its own agent: a general strike 143; 'on May 30'")
E("aw04", "the king ordered the government to freeze", KING, JORP, ["08"], "0832", "2018-06-01", None, True,
  "freezing price rises after protests: acceding to a policy demand 0832; the order to his own government is the "
  "concession, target the protesters; 'On Friday' before a Tuesday paper = June 1")
E("aw04", "Police detained 60 people at the weekend", A("Jordanian police", "JOR", "COP"), JORP, ["17"], "173",
  "2018-06", None, True, "arrests reported by the arresting police 173, required (as owned21 d11); 'at the weekend' is "
  "a span: month; no city in the clause")
E("aw04", "The associations said they would strike again", JORU, JORG, ["13", "14"], "133", "2018-06", None, True,
  "a conditional threat of a strike 133 (13/14); month")
F("aw04", "There were no reports of serious injuries", "negated: nothing happened")
F("aw04", "It was not clear whether he would", "speculation and a count")

# ---------------------------------------------------------------- aw05 Tokyo, Asia (Japan / China / South Korea)
S("aw05", "2006-08-15", "Asia", """
Koizumi visits war shrine on surrender anniversary; China and South Korea protest

TOKYO, Japan —

Prime Minister Junichiro Koizumi prayed at the Yasukuni shrine on Tuesday, the anniversary of Japan's surrender in World War Two, ignoring months of warnings from Beijing and Seoul that the visit would further damage ties.

Koizumi, who steps down next month, arrived at the Shinto shrine in central Tokyo in a morning coat and signed the visitors' book as prime minister. It was his sixth visit since taking office, but the first on Aug. 15.

China's Foreign Ministry said it strongly protested against a visit that had hurt the feelings of the victims of Japanese aggression. Foreign Minister Li Zhaoxing summoned Japan's ambassador, Yuji Miyamoto, to lodge a complaint.

South Korea's government expressed deep disappointment and anger and said Koizumi bore responsibility for the strain in relations.

In Seoul, dozens of protesters rallied outside the Japanese embassy, some of them burning pictures of the prime minister.

Speaking to reporters after the visit, Koizumi brushed aside the criticism, saying he had gone to pray for peace and not to glorify war.

Chinese leaders have refused to hold summit talks with him since his previous visit to the shrine last October.

The shrine honours some 2.5 million of Japan's war dead, and for many Chinese and Koreans it stands for the country's wartime past.

It was not clear whether Chief Cabinet Secretary Shinzo Abe, the favourite to succeed Koizumi, would keep going to Yasukuni.
""")
KOI = A("Junichiro Koizumi", "JPN", "GOV")
CHN = A("China", "CHN", "GOV")
KOR = A("South Korea", "KOR", "GOV")
E("aw05", "China and South Korea protest", CHN, KOI, ["11"], "111", "2006-08", None, False, "headline")
E("aw05", "ignoring months of warnings from Beijing and", CHN, KOI, ["13", "11"], "130", "2006", None, False,
  "warnings in a nominal phrase spanning months: optional; the shrine visit itself has no target and no CAMEO class")
E("aw05", "China's Foreign Ministry said it strongly protested", A("China's Foreign Ministry", "CHN", "GOV"), KOI, ["11"],
  "111", "2006-08", None, True, "denunciation 111; no day of its own: month (Tuesday also right)")
E("aw05", "Foreign Minister Li Zhaoxing summoned Japan's ambassador,", A("Li Zhaoxing", "CHN", "GOV"),
  A("Yuji Miyamoto", "JPN", "GOV"), ["11"], "114", "2006-08", None, True,
  "summoning an envoy to protest 114 (news-dev); month")
E("aw05", "South Korea's government expressed deep disappointment and", KOR, KOI, ["11"], "111", "2006-08", None, True,
  "disapproval 111; the second clause ('bore responsibility') is the same statement; month")
E("aw05", "dozens of protesters rallied outside the Japanese", A("South Korean protesters", "KOR", "CVL"),
  A("Japan", "JPN", "GOV"), ["14"], "141", "2006-08", P("Seoul", "KOR"), True,
  "demonstration 141; 'In Seoul' names the place; the embassy is the target's premises; no day: month")
E("aw05", "Koizumi brushed aside the criticism, saying he", KOI, CHN, ["12", "01"], "120", "2006-08", None, True,
  "rejecting criticism 120 (12; a denial 01 also seen); target the first critic; month")
E("aw05", "Chinese leaders have refused to hold summit", CHN, KOI, ["12"], "125", None, None, False,
  "a standing refusal to meet since October 2005 (present perfect over a span): optional, undated")
F("aw05", "The shrine honours some 2.5 million of", "count and standing situation")
F("aw05", "It was not clear whether Chief Cabinet", "speculation")

# ---------------------------------------------------------------- aw06 Bangkok, Asia (Thailand)
S("aw06", "2023-07-20", "Asia", """
Thai court suspends Pita as parliament blocks his second bid for premiership

BANGKOK, Thailand —

Thailand's Constitutional Court suspended Pita Limjaroenrat from parliament on Wednesday, and hours later lawmakers voted to bar the reformist leader, whose Move Forward party won the most seats in May's election, from a second nomination for prime minister.

The judges accepted a complaint from the Election Commission that Pita had broken the law by holding shares in a media company when he registered as a candidate, and ordered him to stop his duties until they rule.

In a joint sitting, members of the House and the Senate then voted 395 to 312 that his name could not be put forward again in the same session.

Pita fell well short in a first vote last Thursday, when most members of the military-appointed Senate abstained or voted against him.

Hundreds of his supporters rallied outside parliament and later at Bangkok's Democracy Monument, denouncing the senators as servants of the old establishment.

Move Forward's partner, the Pheu Thai party, said it would now try to form a government with its own candidate.

The court dissolved Move Forward's predecessor, Future Forward, in February 2020 over a loan from its founder, a ruling that set off months of student protests.

Under the constitution, a candidate needs at least 375 votes from the 750 seats of the two chambers to become prime minister.

It was unclear whether Move Forward would stay in the eight-party coalition it formed after the election.
""")
PITA = A("Pita Limjaroenrat", "THA", ["OPP", "PTY", "LEG"])
THACC = A("Thailand's Constitutional Court", "THA", "JUD")
THASEN = A("Thai Senate", "THA", ["LEG", "GOV"])
E("aw06", "Thai court suspends Pita as parliament blocks", THACC, PITA, COURT, "172", "2023-07", None, False, "headline")
E("aw06", "parliament blocks his second bid for premiership", A("Thai parliament", "THA", ["LEG", "GOV"]), PITA,
  ["12", "17"], "120", "2023-07", None, False, "headline")
E("aw06", "Constitutional Court suspended Pita Limjaroenrat from parliament", THACC, PITA, COURT, "172", "2023-07-19",
  None, True, "a court suspending a lawmaker: administrative sanction 172 under court verdicts 17/11; Wednesday "
  "before a Thursday paper")
E("aw06", "lawmakers voted to bar the reformist leader,", A("Thai parliament", "THA", ["LEG", "GOV"]), PITA, ["12", "17"],
  "120", "2023-07-19", None, True, "a vote to block a renomination: rejection 120 (12; 17 if read as a sanction); "
  "'hours later' the same Wednesday; the May election is not an event")
E("aw06", "The judges accepted a complaint from the", A("Thai Election Commission", "THA", "GOV"), PITA, ["11"], "115",
  None, None, False, "the commission's complaint, nominal and undated: optional; 'The judges' = the court; the order "
  "to stop his duties restates the suspension")
E("aw06", "members of the House and the Senate", A("Thai House of Representatives", "THA", ["LEG", "GOV"]), PITA,
  ["12", "17"], "120", "2023-07-19", None, False, "restatement of the vote with its count: optional")
E("aw06", "when most members of the military-appointed Senate", THASEN, PITA, ["12"], "120", "2023-07-13", None, True,
  "dated background in a 'when' clause with its own agent: senators voting a nominee down 120; 'last Thursday' in a "
  "Thursday paper = July 13")
E("aw06", "Hundreds of his supporters rallied outside parliament", A("Move Forward supporters", "THA", ["CVL", "OPP"]),
  THASEN, ["14"], "141", "2023-07", P("Bangkok", "THA"), True,
  "demonstration 141 against the senators; 'Bangkok's Democracy Monument' names the city (second place in the "
  "clause; parliament is in Bangkok too); no day word in the sentence: month")
E("aw06", "the Pheu Thai party, said it would", A("Pheu Thai", "THA", ["PTY", "OPP"]), PITA, ["03"], "030", "2023-07",
  None, False, "intention to form a government: optional, no clear target")
E("aw06", "The court dissolved Move Forward's predecessor, Future", THACC, A("Future Forward", "THA", ["PTY", "OPP"]),
  COURT, "1722", "2020-02", None, True, "dated background: banning a party 1722 (court verdicts 17/11); 'in February "
  "2020'; the student protests it set off are an undated relative: not coded")
F("aw06", "Under the constitution, a candidate needs at", "rule and count")
F("aw06", "It was unclear whether Move Forward would", "speculation")

# ---------------------------------------------------------------- aw07 Bucharest, Europe/Eurasia (Romania)
S("aw07", "2017-02-06", "Europe/Eurasia", """
Romania scraps graft decree, but half a million protesters demand government quit

BUCHAREST, Romania —

Romania's government repealed an emergency decree on Sunday that would have shielded scores of officials from prosecution for abuse of office, but hundreds of thousands of people marched in cities across the country demanding that the cabinet resign.

Prime Minister Sorin Grindeanu's ministers scrapped the ordinance at a special meeting, a day after he announced that he would withdraw it rather than divide the country.

In Bucharest, more than 200,000 people filled Victoria Square outside the government's headquarters on Sunday night, waving flags and chanting "Thieves!"

The decree, adopted late on Tuesday without public debate, would have decriminalised abuse of office involving sums below 200,000 lei, about $47,000.

Among those who stood to gain was Liviu Dragnea, leader of the ruling Social Democrats, who is on trial in an abuse-of-office case.

President Klaus Iohannis, a centre-right opponent of the government, condemned the decree on Wednesday as a blow to the rule of law and challenged it before the Constitutional Court.

Iohannis had joined protesters in the capital on Jan. 22, when the government first floated plans for an amnesty.

Grindeanu rejected calls for his cabinet to step down on Sunday, saying it had a clear mandate from December's election.

The European Commission warned last week that Romania must not roll back its fight against corruption.

The protests were the largest Romania has seen since 1989.

It was unclear whether Justice Minister Florin Iordache, who drafted the decree, would keep his post.
""")
ROUG = A("Romania's government", "ROU", "GOV")
ROUP = A("Romanian protesters", "ROU", "CVL")
GRIN = A("Sorin Grindeanu", "ROU", "GOV")
IOH = A("Klaus Iohannis", "ROU", "GOV")
E("aw07", "Romania scraps graft decree, but half a", ROUG, ROUP, ["08"], "0832", "2017-02", None, False, "headline")
E("aw07", "half a million protesters demand government quit", ROUP, ROUG, DEMAND, "1041", "2017-02", None, False,
  "headline")
E("aw07", "Romania's government repealed an emergency decree on", ROUG, ROUP, ["08"], "0832", "2017-02-05", None, False,
  "lead summary of the repeal detailed next: optional")
E("aw07", "marched in cities across the country demanding", ROUP, ROUG, DEMAND, "1041", "2017-02-05", None, False,
  "lead summary of the marches detailed in the Bucharest paragraph: optional")
E("aw07", "Grindeanu's ministers scrapped the ordinance at a", ROUG, ROUP, ["08"], "0832", "2017-02-05", None, True,
  "repeal under protest pressure: acceding to a policy demand 0832; target the protesters; the day comes from the "
  "lead ('on Sunday'); adopting the decree is domestic law-making and is not coded")
E("aw07", "a day after he announced that he", GRIN, ROUP, ["08", "03"], "0832", "2017-02-04", None, False,
  "announced intention to make the same concession: optional (restates the repeal)")
E("aw07", "more than 200,000 people filled Victoria Square", ROUP, ROUG, ["14"], "141", "2017-02-05",
  P("Bucharest", "ROU"), True, "demonstration 141; 'In Bucharest ... on Sunday night'; the target's headquarters are "
  "premises, not an actor")
E("aw07", "condemned the decree on Wednesday as a", IOH, ROUG, ["11"], "111", "2017-02-01", None, True,
  "condemnation 111; Wednesday before a Monday paper = Feb. 1")
E("aw07", "challenged it before the Constitutional Court", IOH, ROUG, ["11"], "115", "2017-02-01", None, False,
  "second verb, a legal challenge 115: optional")
E("aw07", "Iohannis had joined protesters in the capital", IOH, ROUG, ["14"], "141", "2017-01-22", P("Bucharest", "ROU"),
  True, "dated background: taking part in a demonstration 141; 'the capital' with the dateline = Bucharest; the "
  "government's floated plan in the 'when' clause is not an event")
E("aw07", "Grindeanu rejected calls for his cabinet to", GRIN, ROUP, ["12"], "1231", "2017-02-05", None, True,
  "rejecting a demand for the government's fall 1231 (as owned35 ai03); 'on Sunday' closes the clause")
E("aw07", "The European Commission warned last week that", A("European Commission", "EUR", "IGO"), ROUG, ["13", "11"],
  "130", "2017", None, False, "outside warning: optional; 'last week' before a Monday paper Feb. 6 (Jan. 30 - "
  "Feb. 5) spans two months: year")
F("aw07", "The protests were the largest Romania has", "comparison: standing fact")
F("aw07", "It was unclear whether Justice Minister Florin", "speculation")

# ---------------------------------------------------------------- aw08 Ankara, Europe/Eurasia (Turkey / Russia)
S("aw08", "2016-12-20", "Europe/Eurasia", """
Russian ambassador to Turkey shot dead by off-duty policeman at Ankara gallery

ANKARA, Turkey —

Russia's ambassador to Turkey, Andrei Karlov, was killed on Monday evening while giving a speech at an art exhibition in the Turkish capital, shot by an off-duty police officer who shouted "Don't forget Aleppo!"

The gunman, named by officials as Mevlut Mert Altintas, a 22-year-old member of the riot police, opened fire at a gallery in Ankara's Cankaya district, hitting the diplomat in the back as guests dived for cover.

Police special forces killed the attacker after a standoff of about 15 minutes, Interior Minister Suleyman Soylu said.

President Vladimir Putin condemned the killing late on Monday as a provocation aimed at wrecking the recovery in relations between Moscow and Ankara and the peace process in Syria.

President Tayyip Erdogan spoke to Putin by telephone, and the two agreed that Russian investigators would join the inquiry.

On Tuesday, police detained six people, including the gunman's parents and sister, in the western province of Aydin.

Ties between the two countries collapsed in November last year, when Turkish jets shot down a Russian bomber near the Syrian border. They began to mend only after Erdogan expressed regret to Putin in June.

Karlov, 62, had served in Ankara since 2013 and was earlier ambassador to North Korea.

It was not clear whether the gunman had acted alone.
""")
KARLOV = A("Andrei Karlov", "RUS", "GOV")
ALTIN = A("Mevlut Mert Altintas", "TUR", ["COP", "RAD"])
TURCOP = A("Turkish police", "TUR", "COP")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
ERDO = A("Tayyip Erdogan", "TUR", "GOV")
E("aw08", "Russian ambassador to Turkey shot dead by", ALTIN, KARLOV, ATTACK, "186", "2016-12", None, False, "headline")
E("aw08", "was killed on Monday evening while giving", ALTIN, KARLOV, ATTACK, "186", "2016-12-19", P("Ankara", "TUR"),
  False, "lead summary, passive with the agent in a participle ('shot by an off-duty police officer'): optional; "
  "'the Turkish capital' = Ankara")
E("aw08", "opened fire at a gallery in Ankara's", ALTIN, KARLOV, ATTACK, "186", "2016-12-19", P("Ankara", "TUR"), True,
  "assassination 186 (18/19/20); 'The gunman' = Altintas, an off-duty policeman acting on his own (COP or RAD); "
  "'in Ankara's Cankaya district'; the day comes from the lead")
E("aw08", "Police special forces killed the attacker after", TURCOP, ALTIN, ["19", "18", "17"], "190", "2016-12-19",
  None, True, "police killing an attacker 190 (19/18/17, as owned35 ai02); unnamed police are Turkey's; the minister's "
  "'said' is attribution; same evening by context (2016-12 also right)")
E("aw08", "Putin condemned the killing late on Monday", PUTIN, ALTIN, ["11"], "111", "2016-12-19", None, True,
  "condemnation 111; target the killer (the 'provocation' has no named author)")
E("aw08", "Erdogan spoke to Putin by telephone, and", ERDO, PUTIN, ["04"], "041", "2016-12", None, True,
  "telephone discussion 041; first-mentioned direction required; no day: month")
E("aw08", "Erdogan spoke to Putin by telephone, and", PUTIN, ERDO, ["04"], "041", "2016-12", None, False,
  "reverse direction: optional")
E("aw08", "the two agreed that Russian investigators would", ERDO, PUTIN, ["06", "03", "05"], "062", "2016-12", None,
  False, "agreement on a joint inquiry, judicial cooperation 062 (06/03/05): optional second clause")
E("aw08", "police detained six people, including the gunman's", TURCOP,
  A("relatives of the gunman", "TUR", "CVL"), ["17"], "173", "2016-12-20", P("Aydin", "TUR"), True,
  "arrests 173; 'On Tuesday' in a Tuesday paper; 'in the western province of Aydin' names the place")
E("aw08", "when Turkish jets shot down a Russian", A("Turkish air force", "TUR", "MIL"), A("Russian air force", "RUS", "MIL"),
  ["19"], "190", "2015-11", None, True, "dated background in a 'when' clause: shooting down a warplane 190 (195 also "
  "right); 'in November last year' = 2015-11; 'near the Syrian border' names no place")
E("aw08", "Erdogan expressed regret to Putin in June", ERDO, PUTIN, ["05", "08"], "055", "2016-06", None, True,
  "regret for the downing 055 (05/08, as owned35 ai04); 'in June' = 2016-06")
F("aw08", "Karlov, 62, had served in Ankara since", "standing background")
F("aw08", "It was not clear whether the gunman", "speculation")

# ---------------------------------------------------------------- aw09 San Jose, Americas (Costa Rica / Nicaragua)
S("aw09", "2010-11-13", "Americas", """
OAS tells Nicaragua and Costa Rica to pull forces from disputed river island

SAN JOSE, Costa Rica —

The Organization of American States called on Friday for Nicaragua and Costa Rica to withdraw their security forces from a disputed island at the mouth of the San Juan River, in a vote that San Jose hailed as a victory.

Meeting in Washington, the OAS Permanent Council adopted the resolution by 22 votes to two, with only Nicaragua and Venezuela voting against it.

Nicaragua's envoy to the organisation, Denis Moncada, rejected the text, saying the OAS had no authority to rule on border disputes.

President Daniel Ortega said Nicaraguan troops were on Nicaraguan soil and would stay, and that Managua would take the case to the International Court of Justice in The Hague.

Costa Rican President Laura Chinchilla accused Nicaragua of invading her country and said Costa Rica would defend itself with the law rather than with weapons.

Nicaraguan soldiers moved onto Calero Island in October to guard a crew led by Eden Pastora, a former Sandinista guerrilla commander, that was dredging the river.

Costa Rica sent about 70 police officers to the border area the same month.

Pastora has said the maps he used show the island as part of Nicaragua.

Costa Rica has had no army for six decades, and its borders are guarded by police.

It was not clear when the dispute could reach the court in The Hague, where such cases often take years.
""")
OAS = A("Organization of American States", "OAS", "IGO")
NIC = A("Nicaragua", "NIC", "GOV")
CRI = A("Costa Rica", "CRI", "GOV")
E("aw09", "OAS tells Nicaragua and Costa Rica to", OAS, NIC, DEMAND, "1056", "2010-11", None, False, "headline")
E("aw09", "The Organization of American States called on", OAS, NIC, DEMAND, "1056", "2010-11-12", None, True,
  "demand to pull forces back, de-escalation 1056 (10/02); compound object, Nicaragua first; Friday before a Saturday "
  "paper; the island is where the forces are, not where the OAS acted")
E("aw09", "The Organization of American States called on", OAS, CRI, DEMAND, "1056", "2010-11-12", None, False,
  "second member of the compound object: optional")
E("aw09", "in a vote that San Jose hailed as", CRI, OAS, ["05"], "051", "2010-11", None, False,
  "praise in a relative: optional; 'San Jose' = Costa Rica's government")
E("aw09", "the OAS Permanent Council adopted the resolution", OAS, NIC, DEMAND, "1056", "2010-11-12",
  P("Washington", "USA"), False, "restatement of the call with its count: optional ('Meeting in Washington' names the "
  "place)")
E("aw09", "Denis Moncada, rejected the text, saying the", A("Denis Moncada", "NIC", "GOV"), OAS, ["12"], "120", "2010-11",
  None, True, "rejecting a resolution 120; no day of its own: month")
E("aw09", "President Daniel Ortega said Nicaraguan troops were", A("Daniel Ortega", "NIC", "GOV"), OAS, ["12"], "124",
  "2010-11", None, False, "a refusal to withdraw put as intention ('would stay'): optional; taking the case to the "
  "court, also an intention, is not coded")
E("aw09", "Laura Chinchilla accused Nicaragua of invading her", A("Laura Chinchilla", "CRI", "GOV"), NIC, ["11"], "112",
  "2010-11", None, True, "accusation 112; month")
E("aw09", "Nicaraguan soldiers moved onto Calero Island in", A("Nicaraguan soldiers", "NIC", "MIL"), CRI, ["19", "15"],
  "192", "2010-10", P("Calero Island", "CRI"), True, "dated background: occupying disputed territory 192 (19/15); "
  "'in October' = 2010-10; place as Costa Rica held it before October (the country of the place is disputed)")
E("aw09", "Costa Rica sent about 70 police officers", CRI, NIC, ["15"], "153", "2010-10", None, True,
  "mobilising police 153; 'the same month' = October; 'the border area' names no place")
F("aw09", "Costa Rica has had no army for", "standing situation")
F("aw09", "It was not clear when the dispute", "speculation")

# ---------------------------------------------------------------- aw10 Guatemala City, Americas (Guatemala)
S("aw10", "2023-10-10", "Americas", """
Guatemalan protesters keep roads blocked, demand attorney general quit

GUATEMALA CITY, Guatemala —

Indigenous groups and other protesters kept dozens of highways blocked across Guatemala on Monday, the eighth day of a campaign to force out Attorney General Consuelo Porras, whom they accuse of trying to overturn Bernardo Arevalo's election victory.

The 48 Cantons of Totonicapan, an Indigenous authority that launched the blockades on Oct. 2, said they would continue until Porras and two of her prosecutors resigned.

Porras refused on Monday to step down and asked the Constitutional Court to order the police to clear the roads.

President Alejandro Giammattei, who hands over power in January, said he had no legal power to dismiss her, and he accused the protest leaders of taking money from abroad.

Agents of the attorney general's office raided the Supreme Electoral Tribunal on Sept. 12 and opened boxes of ballots from the election, a step the tribunal's magistrates called illegal.

Arevalo, an anti-corruption campaigner who won the Aug. 20 runoff by a wide margin, has described the prosecutors' actions as a slow-motion coup. He suspended talks with the outgoing government on the transfer of power last month, saying they could not go on while the prosecutors kept up their attacks.

Fuel and food began to run short in several towns as the blockades dragged on.

Arevalo is due to take office on Jan. 14.

Indigenous peoples make up more than 40 percent of Guatemala's population, the census says.
""")
PORRAS = A("Consuelo Porras", "GTM", ["JUD", "GOV"])
GTMP = A("Guatemalan Indigenous protesters", "GTM", ["CVL", "NGO"])
TOTO = A("48 Cantons of Totonicapan", "GTM", ["NGO", "CVL"])
AREV = A("Bernardo Arevalo", "GTM", ["OPP", "PTY"])
GTMPROS = A("Guatemala's attorney general's office", "GTM", ["JUD", "GOV"])
E("aw10", "Guatemalan protesters keep roads blocked, demand attorney", GTMP, PORRAS, ["14"], "144", "2023-10", None, False,
  "headline")
E("aw10", "Indigenous groups and other protesters kept dozens", GTMP, PORRAS, ["14"], "144", "2023-10-09", None, True,
  "road blockades 144 (the story's main act; owned35 ai09 had them optional as a side event); Monday before a Tuesday "
  "paper; 'across Guatemala' is no place; compound subject, the Indigenous groups first")
E("aw10", "whom they accuse of trying to overturn", GTMP, PORRAS, ["11"], "112", "2023-10", None, False,
  "standing accusation in a present-tense relative: optional")
E("aw10", "an Indigenous authority that launched the blockades", TOTO, PORRAS, ["14"], "144", "2023-10-02", None, False,
  "start of the same blockade campaign, in a relative: optional (a restatement with an earlier day)")
E("aw10", "said they would continue until Porras and", TOTO, PORRAS, DEMAND, "1041", "2023-10", None, True,
  "demand for resignations 1041 put as a condition of the blockades; month")
E("aw10", "Porras refused on Monday to step down", PORRAS, GTMP, ["12"], "1231", "2023-10-09", None, True,
  "stated refusal of a demand for her resignation 1231")
E("aw10", "asked the Constitutional Court to order the", PORRAS, A("Guatemala's Constitutional Court", "GTM", "JUD"),
  ["02", "10"], "020", "2023-10-09", None, False, "request to a domestic court, second verb: optional")
E("aw10", "he accused the protest leaders of taking", A("Alejandro Giammattei", "GTM", "GOV"), TOTO, ["11"], "112",
  "2023-10", None, True, "accusation 112; 'he' = Giammattei; no day: month")
E("aw10", "Agents of the attorney general's office raided", GTMPROS,
  A("Guatemala's Supreme Electoral Tribunal", "GTM", ["GOV", "JUD"]), ["17"], "171", "2023-09-12", None, True,
  "dated background: a raid and seizure of ballot boxes, seizing property 171; 'on Sept. 12'; no city in the clause")
E("aw10", "a step the tribunal's magistrates called illegal", A("Guatemala's Supreme Electoral Tribunal", "GTM",
  ["GOV", "JUD"]), GTMPROS, ["11"], "111", None, None, False, "criticism inside an appositive, undated: optional")
E("aw10", "has described the prosecutors' actions as a", AREV, GTMPROS, ["11"], "112", None, None, False,
  "present-perfect accusation without a date: optional")
E("aw10", "He suspended talks with the outgoing government", AREV, A("Guatemala's government", "GTM", "GOV"), ["16"],
  "164", "2023-09", None, True, "halting negotiations 164; 'last month' before an October paper = 2023-09")
F("aw10", "Arevalo is due to take office on", "scheduled, nothing happened")
F("aw10", "Indigenous peoples make up more than 40", "count")

# ---------------------------------------------------------------- aw11 Dhaka, South Asia (Bangladesh)
S("aw11", "2013-12-13", "South Asia", """
Bangladesh hangs Islamist leader Molla for 1971 war crimes; deadly riots follow

DHAKA, Bangladesh —

Bangladesh hanged Abdul Quader Molla, a senior leader of the Jamaat-e-Islami party, at Dhaka Central Jail late on Thursday, the first execution for atrocities committed during the country's 1971 war of independence from Pakistan.

The Supreme Court had rejected his final plea for a review of the sentence that morning, two days after a judge halted the hanging less than two hours before it was due.

A war crimes tribunal set up by Prime Minister Sheikh Hasina's government sentenced Molla to life in prison in February for murders committed during the war. The Supreme Court raised the sentence to death in September, after months of street protests demanding that he hang.

Jamaat supporters set fire to vehicles and shops and fought police in several districts on Friday, and at least five people were killed, police said.

The party called a nationwide general strike for Sunday, saying its leader had been killed for political ends.

U.N. human rights chief Navi Pillay had urged Dhaka earlier in the week not to carry out the sentence, saying the trial had fallen short of international standards.

Crowds that had camped for months at Dhaka's Shahbag square cheered when the news was announced.

About three million people died in the 1971 war, according to Bangladeshi government figures.

It was unclear whether a general election set for January would go ahead amid the unrest.
""")
BGDG = A("Bangladesh's government", "BGD", "GOV")
MOLLA = A("Abdul Quader Molla", "BGD", ["PTY", "OPP"])
BGDSC = A("Bangladesh's Supreme Court", "BGD", "JUD")
JAMAAT = A("Jamaat-e-Islami supporters", "BGD", ["PTY", "OPP"])
E("aw11", "Bangladesh hangs Islamist leader Molla for 1971", BGDG, MOLLA, ["18", "17", "20"], "180", "2013-12", None,
  False, "headline")
E("aw11", "war crimes; deadly riots follow", JAMAAT, A("Bangladeshi police", "BGD", "COP"), VPROT, "145", "2013-12", None, False,
  "headline")
E("aw11", "Bangladesh hanged Abdul Quader Molla, a senior", BGDG, MOLLA, ["18", "17", "20"], "180", "2013-12-12",
  P("Dhaka", "BGD"), False, "a judicial execution has no CAMEO class of its own (coders split 18/17/20): optional; "
  "'at Dhaka Central Jail late on Thursday' (a Friday paper); the 1971 atrocities are an agentless nominal: not coded")
E("aw11", "The Supreme Court had rejected his final", BGDSC, MOLLA, ["12", "17", "11"], "120", "2013-12-12", None, True,
  "a court rejecting a review plea 120 (12; court verdicts 17/11 also right); 'that morning' = Thursday")
E("aw11", "two days after a judge halted the", A("Bangladeshi judge", "BGD", "JUD"), BGDG, ["08", "17"], "080",
  "2013-12-10", None, False, "a stay of execution has no clear CAMEO class (08 or 17): optional")
E("aw11", "A war crimes tribunal set up by", A("Bangladesh's war crimes tribunal", "BGD", "JUD"), MOLLA, COURT, "173",
  "2013-02", None, True, "dated background: a prison sentence 173 (court verdicts 17/11); 'in February' of the "
  "publication year; 'set up by' is an undated participle, not coded")
E("aw11", "The Supreme Court raised the sentence to", BGDSC, MOLLA, COURT, "173", "2013-09", None, True,
  "dated background: a death sentence 173 (court verdicts 17/11); 'in September'")
E("aw11", "after months of street protests demanding that", A("Bangladeshi protesters", "BGD", "CVL"), MOLLA, ["14"],
  "141", "2013", None, False, "nominal protests over months, no date of their own: optional")
E("aw11", "Jamaat supporters set fire to vehicles and", JAMAAT, A("Bangladeshi police", "BGD", "COP"), VPROT, "145",
  "2013-12-13", None, True, "violent protest 145 (14/18/17); 'fought police' makes the police the target; 'on Friday' "
  "in a Friday paper; the deaths are agentless; 'several districts' names no place")
E("aw11", "The party called a nationwide general strike", A("Jamaat-e-Islami", "BGD", ["PTY", "OPP"]), BGDG, ["14"],
  "143", "2013-12", None, True, "call for a general strike 143 (as owned21 d01); month")
E("aw11", "saying its leader had been killed for", A("Jamaat-e-Islami", "BGD", ["PTY", "OPP"]), BGDG, ["11"], "112",
  "2013-12", None, False, "accusation in a participle: optional")
E("aw11", "Navi Pillay had urged Dhaka earlier in", A("Navi Pillay", "UNO", "IGO"), BGDG, DEMAND, "100", "2013-12", None,
  True, "appeal not to execute 100 (10/02); 'Dhaka' = the government; 'earlier in the week': month")
E("aw11", "Crowds that had camped for months at", A("Shahbag protesters", "BGD", "CVL"), BGDG, ["05"], "051", "2013-12",
  P("Dhaka", "BGD"), False, "cheering a government act 051: optional")
F("aw11", "About three million people died in the", "count")
F("aw11", "It was unclear whether a general election", "speculation")

# ---------------------------------------------------------------- aw12 Suva, Pacific (Fiji / Australia / New Zealand)
S("aw12", "2009-11-04", "Pacific", """
Fiji expels Australian and New Zealand envoys over judges; Canberra and Wellington retaliate

SUVA, Fiji —

Fiji's military ruler, Commodore Frank Bainimarama, ordered the top diplomats of Australia and New Zealand to leave the country within 24 hours on Tuesday, accusing both governments of trying to sabotage the island nation's courts.

In a statement, Bainimarama said Canberra and Wellington had pressed Sri Lankan judges to turn down posts on Fiji's bench by warning them that they would be barred from travelling to Australia and New Zealand.

Both governments hit back hours later, expelling Fiji's acting high commissioners.

Australian Foreign Minister Stephen Smith called the expulsion unjustified and regrettable and said Fiji was now ruled by a military dictatorship.

His New Zealand counterpart, Murray McCully, said Wellington would not be pushed into dropping its travel bans on members of the regime.

Bainimarama, who seized power in a bloodless coup in December 2006, has promised elections only in 2014.

The Commonwealth suspended Fiji's membership in September after he failed to set a date for a vote, four months after the Pacific Islands Forum had suspended it.

Fiji, a nation of about 850,000 people, has had four coups since 1987.

It was not clear whether Australia's aid program in Fiji would be affected.
""")
BAIN = A("Frank Bainimarama", "FJI", ["MIL", "GOV"])
AUS = A("Australia", "AUS", "GOV")
NZL = A("New Zealand", "NZL", "GOV")
FJI = A("Fiji", "FJI", "GOV")
E("aw12", "Fiji expels Australian and New Zealand envoys", FJI, AUS, SANCT, "161", "2009-11", None, False, "headline")
E("aw12", "Canberra and Wellington retaliate", AUS, FJI, SANCT, "161", "2009-11", None, False, "headline")
E("aw12", "ordered the top diplomats of Australia and", BAIN, AUS, SANCT, "161", "2009-11-03", None, True,
  "expelling envoys 161 (16/17; 174 also right); compound object, Australia first; 'on Tuesday' before a Wednesday "
  "paper")
E("aw12", "ordered the top diplomats of Australia and", BAIN, NZL, SANCT, "161", "2009-11-03", None, False,
  "second member: optional")
E("aw12", "accusing both governments of trying to sabotage", BAIN, AUS, ["11"], "112", "2009-11-03", None, False,
  "lead participle, detailed in the statement: optional")
E("aw12", "Bainimarama said Canberra and Wellington had pressed", BAIN, AUS, ["11"], "112", "2009-11", None, True,
  "accusation 112; 'Canberra' = Australia, first member of the compound object; the pressure on the judges is the "
  "content of the accusation (alleged): not coded; month")
E("aw12", "Bainimarama said Canberra and Wellington had pressed", BAIN, NZL, ["11"], "112", "2009-11", None, False,
  "second member: optional")
E("aw12", "Both governments hit back hours later, expelling", AUS, FJI, SANCT, "161", "2009-11-03", None, True,
  "retaliatory expulsion 161; 'Both governments' = Australia (first) and New Zealand; 'hours later' = Tuesday")
E("aw12", "Both governments hit back hours later, expelling", NZL, FJI, SANCT, "161", "2009-11-03", None, False,
  "second member: optional")
E("aw12", "Stephen Smith called the expulsion unjustified and", A("Stephen Smith", "AUS", "GOV"), BAIN, ["11"], "111",
  "2009-11", None, True, "criticism 111; month")
E("aw12", "Murray McCully, said Wellington would not be", A("Murray McCully", "NZL", "GOV"), BAIN, ["12"], "124",
  "2009-11", None, False, "refusal put as an intention: optional")
E("aw12", "who seized power in a bloodless coup", BAIN, A("Fiji's government", "FJI", "GOV"), COUP, "1724", "2006-12",
  None, True, "dated background in a relative with its own agent: coup 17/19 (as o07); 'in December 2006'")
E("aw12", "The Commonwealth suspended Fiji's membership in September", A("Commonwealth of Nations", None, "IGO"), FJI,
  SANCT, "160", "2009-09", None, True, "suspension from an organisation, reducing relations 160 (16/17); country null "
  "like ECOWAS in news-dev; 'in September'")
E("aw12", "four months after the Pacific Islands Forum", A("Pacific Islands Forum", None, "IGO"), FJI, SANCT, "160",
  "2009-05", None, True, "dated background in an 'after' clause with its own agent: suspension 160; four months "
  "before September = May")
F("aw12", "Fiji, a nation of about 850,000 people,", "count")
F("aw12", "It was not clear whether Australia's aid", "speculation")

if __name__ == "__main__":
    write(HERE)
