#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for stories4 from the texts and codings below.

The helper's own tuning stories for who-is-who across a story, 1980-2024 (see README.md): NOT blind.
Run: python3 testdata/stories4/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, S, GOLD, write  # noqa: E402
from goldlib import AGREE, DEMAND, DENY, REPR  # noqa: E402

ATTACK = ["19", "18", "20"]
CRIT = ["11"]
REJ = ["12", "11", "01"]
ARREST = ["17"]
MEET = ["04"]
OPP = ["OPP", "CVL"]
POL = ["COP", "GOV"]
JUD = ["JUD", "GOV"]
MIL = ["MIL", "GOV"]
SENTENCE = ["17", "11"]  # jailing and sentencing: 173 as ICEWS codes them, or the verdict itself (116)


def Y(*args, **kw):
    """E for an event with no direction (talks, clashes, agreements between two parties)."""
    E(*args, **kw)
    GOLD[-1]["symmetric"] = True


# ---------------------------------------------------------------- s01 Harare, riot police, protesters
S("s01", "2019-01-16", "Africa", """
Zimbabwe police detain scores after fuel protests

HARARE, Zimbabwe —

Riot police said on Tuesday they had detained 120 people after two days of protests over a sharp rise in fuel prices.

Security forces fired tear gas at the marchers in the township of Epworth. The protesters blocked roads with burning tyres.

Opposition leader Nelson Chamisa accused the government of using the army against civilians.

A magistrate later jailed 12 of the protesters for public violence.
""")
ZWEP = A("police", "ZWE", POL)
ZWEPRO = A("protesters", "ZWE", OPP)
E("s01", "Riot police said on Tuesday they had detained", ZWEP, ZWEPRO, ARREST, "173", "2019-01", None, True)
E("s01", "Security forces fired tear gas at the marchers", A("security forces", "ZWE", ["COP", "MIL", "GOV"]), ZWEPRO, REPR, "175", "2019-01", None, True)
E("s01", "Opposition leader Nelson Chamisa accused", A("Nelson Chamisa", "ZWE", ["OPP", "LEG"]), A("Zimbabwe", "ZWE", "GOV"), CRIT, "112", "2019-01", None, True)
E("s01", "A magistrate later jailed 12", A("magistrate", "ZWE", JUD), ZWEPRO, SENTENCE, "173", "2019-01", None, True)

# ---------------------------------------------------------------- s02 Berlin, she = chancellor
S("s02", "2017-06-20", "Europe", """
Merkel and Macron pledge closer defence ties

BERLIN, Germany —

German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday for talks on the future of the European Union.

She and her French counterpart agreed to draw up a joint plan for a eurozone budget.

The two leaders also called on Russia to withdraw its troops from eastern Ukraine.

Merkel praised the new president, saying he had given Europe fresh energy.
""")
DEU = A("Germany", "DEU", "GOV")
FRA = A("France", "FRA", "GOV")
Y("s02", "German Chancellor Angela Merkel met French President", DEU, FRA, MEET, "040", "2017-06", None, True)
Y("s02", "She and her French counterpart agreed", DEU, FRA, ["03", "05", "06", "04"], "030", "2017-06", None, True,
  "'she' is the chancellor named before")
E("s02", "The two leaders also called on Russia", DEU, A("Russia", "RUS", "GOV"), DEMAND, "1041", "2017-06", None, True,
  "'the two leaders' are Germany's and France's; France's line is the same event")
E("s02", "Merkel praised the new president", DEU, FRA, ["05", "01"], "051", "2017-06", None, True)

# ---------------------------------------------------------------- s03 Dakar, passive arrest, courts
S("s03", "2023-07-29", "Africa", """
Senegal opposition leader Sonko arrested

DAKAR, Senegal —

Opposition leader Ousmane Sonko was arrested on Friday at his home in Dakar, his lawyer said.

He was charged with calling for insurrection and undermining state security, prosecutors said.

His supporters clashed with police in the southern city of Ziguinchor. Officers fired tear gas to disperse them.

The government later dissolved his party, PASTEF.
""")
SONKO = A("Ousmane Sonko", "SEN", ["OPP", "LEG", "GOV"])
SENP = A("police", "SEN", POL)
E("s03", "Opposition leader Ousmane Sonko was arrested", SENP, SONKO, ARREST, "173", "2023-07", None, True,
  "no agent: Senegal's police")
E("s03", "He was charged with calling for insurrection", A("prosecutors", "SEN", ["JUD", "GOV", "COP"]), SONKO, ["17", "11"], "172", "2023-07", None, True)
Y("s03", "His supporters clashed with police", A("Sonko supporters", "SEN", OPP), SENP, ["19", "18", "14", "17"], "145", "2023-07", None, True)
E("s03", "Officers fired tear gas to disperse them", SENP, A("Sonko supporters", "SEN", OPP), REPR, "175", "2023-07", None, True)
E("s03", "The government later dissolved his party", A("Senegal", "SEN", "GOV"), A("PASTEF", "SEN", ["OPP", "PTY"]), ["17", "16"], "17", "2023-07", None, True)

# ---------------------------------------------------------------- s04 Yerevan, ministry said troops opened fire
S("s04", "2022-09-13", "Asia", """
Armenia says Azerbaijani troops opened fire along border

YEREVAN, Armenia —

Armenia's defence ministry said on Tuesday that Azerbaijani troops had opened fire first on several towns near the border.

The ministry said 49 Armenian soldiers had been killed in the fighting.

Baku rejected the claim and accused Yerevan of a large-scale provocation.

Prime Minister Nikol Pashinyan asked Russia for military help under a defence treaty. He also spoke by telephone with French President Emmanuel Macron.
""")
ARM = A("Armenia", "ARM", ["GOV", "MIL"])
AZE = A("Azerbaijan", "AZE", ["GOV", "MIL"])
E("s04", "Armenia's defence ministry said on Tuesday that Azerbaijani", AZE, A("Armenian towns", "ARM", None), ["19", "18"], "190", "2022-09", None, True,
  "reported: the troops' attack on Armenia")
E("s04", "Baku rejected the claim and accused Yerevan", AZE, ARM, REJ, "112", "2022-09", None, True)
E("s04", "Prime Minister Nikol Pashinyan asked Russia", ARM, A("Russia", "RUS", "GOV"), ["10", "02"], "103", "2022-09", None, True)
Y("s04", "He also spoke by telephone with French President", ARM, A("France", "FRA", "GOV"), MEET, "040", "2022-09", None, True,
  "'he' is Pashinyan")

# ---------------------------------------------------------------- s05 Athens/Ankara, rejected the remarks
S("s05", "2020-08-27", "Europe", """
Greece and Turkey trade barbs over eastern Mediterranean

ATHENS, Greece —

Greek Prime Minister Kyriakos Mitsotakis said on Wednesday that Turkey was threatening peace in the eastern Mediterranean by sending a survey ship into disputed waters.

Turkey's foreign ministry rejected the remarks as baseless.

The two neighbours blamed each other for rising tension in the region.

Germany's foreign minister urged both countries to return to talks.
""")
GRC = A("Greece", "GRC", "GOV")
TUR = A("Turkey", "TUR", "GOV")
E("s05", "Greek Prime Minister Kyriakos Mitsotakis said", GRC, TUR, ["11", "13"], "112", "2020-08", None, True)
E("s05", "Turkey's foreign ministry rejected the remarks", TUR, GRC, REJ, "120", "2020-08", None, True,
  "the remarks were Greece's prime minister's")
E("s05", "The two neighbours blamed each other", GRC, TUR, CRIT, "112", "2020-08", None, True, "one way")
E("s05", "The two neighbours blamed each other", TUR, GRC, CRIT, "112", "2020-08", None, True, "and the other")
E("s05", "Germany's foreign minister urged both countries", A("Germany", "DEU", "GOV"), GRC, DEMAND, "1041", "2020-08", None, True,
  "'both countries' are Greece and Turkey: an event to each")
E("s05", "Germany's foreign minister urged both countries", A("Germany", "DEU", "GOV"), TUR, DEMAND, "1041", "2020-08", None, True)

# ---------------------------------------------------------------- s06 Conakry, junta
S("s06", "2021-09-06", "Africa", """
Guinea's junta dissolves government after coup

CONAKRY, Guinea —

Guinea's junta dissolved the government on Sunday after special forces seized President Alpha Conde.

Colonel Mamady Doumbouya, the head of the special forces, said on state television that the army had acted to end corruption.

The Economic Community of West African States condemned the coup and demanded the release of the president.

The junta said it would not release him for now.
""")
GINM = A("Guinean junta", "GIN", ["MIL", "GOV"])
E("s06", "Guinea's junta dissolved the government", GINM, A("Guinean government", "GIN", "GOV"), ["17", "19", "16"], "17", "2021-09", None, True,
  "GIN, not another Guinea")
E("s06", "The Economic Community of West African States condemned", A("ECOWAS", "WAF", "IGO"), GINM, CRIT, "111", "2021-09", None, True)
E("s06", "The junta said it would not release him", GINM, A("Alpha Conde", "GIN", "GOV"), ["12", "17"], "12", "2021-09", None, False)

# ---------------------------------------------------------------- s07 Brussels, NATO ministers
S("s07", "2016-06-15", "Europe", """
NATO agrees to boost presence in Baltic states

BRUSSELS, Belgium —

NATO defence ministers agreed on Tuesday to send more troops to Lithuania, Latvia, Estonia and Poland.

Secretary-General Jens Stoltenberg said the alliance would deploy four battalions to the region.

Moscow condemned the move and said it would respond.

Russia's ambassador to the alliance accused it of stoking a new arms race.
""")
NATO = A("NATO", "NATO", "IGO")
RUS = A("Russia", "RUS", "GOV")
E("s07", "NATO defence ministers agreed on Tuesday to send", NATO, A("Lithuania", "LTU", "GOV"), ["03", "05", "07", "15"], "030", "2016-06", None, True)
E("s07", "Moscow condemned the move", RUS, NATO, CRIT, "111", "2016-06", None, True, "the move is NATO's")
E("s07", "Russia's ambassador to the alliance accused it", RUS, NATO, CRIT, "112", "2016-06", None, True, "'it' is the alliance")

# ---------------------------------------------------------------- s08 Seoul 1983, the North
S("s08", "1983-10-10", "Asia", """
Seoul blames Pyongyang for Rangoon bombing

SEOUL, South Korea —

South Korea accused North Korea on Monday of the bomb attack in Rangoon that killed 17 South Korean officials.

The government said the North had planned the attack to kill President Chun Doo-hwan.

Pyongyang denied any role. Burma's government said its police had arrested two North Korean army officers.

The United States condemned the bombing and said it stood by its ally.
""")
KOR = A("South Korea", "KOR", "GOV")
PRK = A("North Korea", "PRK", ["GOV", "MIL"])
E("s08", "South Korea accused North Korea on Monday", KOR, PRK, CRIT, "112", "1983-10", None, True)
E("s08", "The government said the North had planned", PRK, KOR, ["18", "19", "20", "11"], "18", "1983-10", None, False,
  "reported: the North's attack on the South")
E("s08", "Pyongyang denied any role", PRK, KOR, DENY, "012", "1983-10", None, True)
E("s08", "said its police had arrested two North Korean", A("Burmese police", "MMR", POL), PRK, ARREST, "173", "1983-10", None, True)
E("s08", "The United States condemned the bombing", A("United States", "USA", "GOV"), PRK, CRIT, "111", "1983-10", None, False)

# ---------------------------------------------------------------- s09 Manila 1986, the general
S("s09", "1986-02-23", "Asia", """
Philippine defence chief breaks with Marcos

MANILA, Philippines —

Defence Minister Juan Ponce Enrile and the deputy army chief, General Fidel Ramos, broke with President Ferdinand Marcos on Saturday and called on him to resign.

The general said the election had been stolen. Marcos accused both men of plotting a coup.

Hundreds of thousands of people gathered outside the camp to protect the rebels from government troops.

The United States urged the president to avoid violence.
""")
PHLG = A("Ferdinand Marcos", "PHL", "GOV")
REBELS = A("Enrile and Ramos", "PHL", ["MIL", "GOV", "REB"])
E("s09", "broke with President Ferdinand Marcos on Saturday", REBELS, PHLG, ["10", "02", "11", "12", "14"], "1053", "1986-02", None, True)
E("s09", "Marcos accused both men of plotting", PHLG, REBELS, CRIT, "112", "1986-02", None, True, "'both men' are Enrile and Ramos")
E("s09", "The United States urged the president", A("United States", "USA", "GOV"), PHLG, DEMAND, "1041", "1986-02", None, True,
  "'the president' is Marcos")

# ---------------------------------------------------------------- s10 Gaza/Jerusalem, the militants
S("s10", "2014-07-09", "Middle East", """
Israel strikes Gaza after rocket fire

JERUSALEM —

Israeli aircraft struck dozens of targets in the Gaza Strip on Tuesday after militants fired rockets at southern Israeli towns, the army said.

The militants said the rockets were a response to the killing of six members of Hamas.

Egypt called on both sides to stop the fighting.

Palestinian President Mahmoud Abbas accused Israel of genocide. Israeli Prime Minister Benjamin Netanyahu rejected his accusation.
""")
ISR = A("Israel", "ISR", ["GOV", "MIL"])
HAMAS = A("Hamas", "PSE", ["REB", "RAD", "PTY", "OPP"])
E("s10", "Israeli aircraft struck dozens of targets", ISR, A("Gaza", "PSE", None), ["19", "18", "20"], "195", "2014-07", None, True)
E("s10", "Egypt called on both sides to stop", A("Egypt", "EGY", "GOV"), A("Israel", "ISR", ["GOV", "MIL", "UAF"]), DEMAND, "1041", "2014-07", None, True,
  "'both sides' are Israel and the militants: an event to each")
E("s10", "Egypt called on both sides to stop", A("Egypt", "EGY", "GOV"), A("militants", "PSE", ["REB", "RAD", "UAF"]), DEMAND, "1041", "2014-07", None, True)
E("s10", "Palestinian President Mahmoud Abbas accused Israel", A("Palestine", "PSE", "GOV"), ISR, CRIT, "112", "2014-07", None, True)
E("s10", "Benjamin Netanyahu rejected his accusation", A("Israel", "ISR", "GOV"), A("Palestine", "PSE", "GOV"), REJ, "120", "2014-07", None, True,
  "'his accusation' is Abbas's")

# ---------------------------------------------------------------- s11 Beijing 1995, the island
S("s11", "1995-07-22", "Asia", """
China test-fires missiles near Taiwan

BEIJING, China —

China fired missiles into waters north of Taiwan on Friday in a show of anger at the island's president, Lee Teng-hui.

Beijing accused him of trying to split the motherland after his visit to the United States last month.

Taipei condemned the tests and put its armed forces on alert.

The island's government urged Washington to protect shipping in the area.
""")
CHN = A("China", "CHN", ["GOV", "MIL"])
TWN = A("Taiwan", "TWN", "GOV")
E("s11", "China fired missiles into waters north of Taiwan", CHN, TWN, ["15", "13", "18", "19"], "138", "1995-07", None, True)
E("s11", "Beijing accused him of trying to split", CHN, TWN, CRIT, "112", "1995-07", None, True, "'him' is Lee")
E("s11", "Taipei condemned the tests", TWN, CHN, CRIT, "111", "1995-07", None, True)
E("s11", "The island's government urged Washington", TWN, A("United States", "USA", "GOV"), DEMAND, "1041", "1995-07", None, True)

# ---------------------------------------------------------------- s12 Bogota, the rebels, the group
S("s12", "2002-02-21", "Americas", """
Colombia ends peace talks after hijacking

BOGOTA, Colombia —

President Andres Pastrana ended peace talks with the FARC on Wednesday after the rebels hijacked an airliner and kidnapped a senator.

He ordered the army to retake the demilitarised zone in the south of the country.

The group said the president had betrayed the peace process.

Troops arrested 14 suspected guerrillas in Caqueta, the army said.
""")
COL = A("Colombia", "COL", "GOV")
FARC = A("FARC", "COL", ["REB", "RAD"])
E("s12", "President Andres Pastrana ended peace talks", COL, FARC, ["16", "12"], "16", "2002-02", None, True)
E("s12", "after the rebels hijacked an airliner", FARC, None, ["18", "17"], "181", "2002-02", None, False)
E("s12", "The group said the president had betrayed", FARC, COL, CRIT, "112", "2002-02", None, True, "'the group' is the FARC")
E("s12", "Troops arrested 14 suspected guerrillas", A("Colombian army", "COL", MIL), FARC, ARREST, "173", "2002-02", None, True)

# ---------------------------------------------------------------- s13 Moscow 1980, Afghanistan
S("s13", "1980-01-04", "Europe", """
Carter recalls envoy from Moscow over Afghanistan

WASHINGTON —

President Jimmy Carter recalled the U.S. ambassador from Moscow on Thursday in protest at the Soviet invasion of Afghanistan.

He also announced an embargo on grain sales to the Soviet Union.

The Kremlin accused Washington of meddling in Afghanistan's internal affairs.

China condemned the invasion and said it threatened peace in Asia.
""")
USA = A("United States", "USA", "GOV")
SUN = A("Soviet Union", "RUS", ["GOV", "MIL"])
E("s13", "President Jimmy Carter recalled the U.S. ambassador", USA, SUN, ["16", "11"], "161", "1980-01", None, True)
E("s13", "He also announced an embargo on grain sales", USA, SUN, ["16"], "163", "1980-01", None, True, "'he' is Carter")
E("s13", "The Kremlin accused Washington of meddling", SUN, USA, CRIT, "112", "1980-01", None, True)
E("s13", "China condemned the invasion", A("China", "CHN", "GOV"), SUN, CRIT, "111", "1980-01", None, True)

# ---------------------------------------------------------------- s14 Lagos, passive jail, courts
S("s14", "1995-10-31", "Africa", """
Nigerian writer Saro-Wiwa sentenced to death

LAGOS, Nigeria —

Writer and activist Ken Saro-Wiwa was sentenced to death on Tuesday by a special military tribunal along with eight other Ogoni activists.

They were convicted of inciting the murder of four Ogoni leaders.

Britain condemned the verdict and urged the military government to show clemency.

The Commonwealth said it would consider suspending Nigeria.
""")
NGAJ = A("military tribunal", "NGA", ["JUD", "MIL", "GOV"])
SARO = A("Ken Saro-Wiwa", "NGA", ["OPP", "CVL", "ACT"])
E("s14", "Ken Saro-Wiwa was sentenced to death", NGAJ, SARO, SENTENCE, "173", "1995-10", None, True)
E("s14", "They were convicted of inciting the murder", A("Nigerian court", "NGA", JUD), SARO, SENTENCE, "17", "1995-10", None, True,
  "no agent: Nigeria's courts")
E("s14", "Britain condemned the verdict", A("United Kingdom", "GBR", "GOV"), A("Nigeria", "NGA", ["GOV", "JUD", "MIL"]), CRIT, "111", "1995-10", None, True)

# ---------------------------------------------------------------- s15 Warsaw 1981, martial law
S("s15", "1981-12-14", "Europe", """
Poland imposes martial law, detains union leaders

WARSAW, Poland —

General Wojciech Jaruzelski imposed martial law across Poland on Sunday and suspended the Solidarity trade union.

Lech Walesa was detained along with hundreds of union activists, the state news agency said.

The union's leaders called on workers to strike in protest.

Washington accused Moscow of pressing the Polish government to crush the union.
""")
POLG = A("Poland", "POL", ["GOV", "MIL"])
SOL = A("Solidarity", "POL", ["LAB", "OPP", "CVL"])
E("s15", "General Wojciech Jaruzelski imposed martial law", POLG, None, ["17"], "17", "1981-12", None, False)
E("s15", "Lech Walesa was detained along with hundreds", A("Polish police", "POL", POL), A("Lech Walesa", "POL", ["LAB", "OPP", "CVL"]), ARREST, "173", "1981-12", None, True,
  "no agent: Poland's police")
E("s15", "Washington accused Moscow of pressing", A("United States", "USA", "GOV"), A("Soviet Union", "RUS", "GOV"), CRIT, "112", "1981-12", None, True)

# ---------------------------------------------------------------- s16 Caracas, the minister
S("s16", "2019-01-24", "Americas", """
Venezuela breaks ties with United States

CARACAS, Venezuela —

Venezuelan President Nicolas Maduro broke diplomatic relations with the United States on Wednesday after Washington recognised opposition leader Juan Guaido as interim president.

Foreign Minister Jorge Arreaza said U.S. diplomats had 72 hours to leave the country.

The minister accused Washington of backing a coup.

Security forces arrested dozens of protesters in the capital overnight, a rights group said.
""")
VEN = A("Venezuela", "VEN", "GOV")
E("s16", "Nicolas Maduro broke diplomatic relations with the United States", VEN, A("United States", "USA", "GOV"), ["16"], "161", "2019-01", None, True)
E("s16", "The minister accused Washington of backing", VEN, A("United States", "USA", "GOV"), CRIT, "112", "2019-01", None, True,
  "'the minister' is Arreaza")
E("s16", "Security forces arrested dozens of protesters", A("Venezuelan security forces", "VEN", ["COP", "MIL", "GOV"]), A("protesters", "VEN", OPP), ARREST, "173", "2019-01", None, True)

# ---------------------------------------------------------------- s17 Tehran, the kingdom
S("s17", "2016-01-04", "Middle East", """
Saudi Arabia cuts ties with Iran after embassy attack

RIYADH, Saudi Arabia —

Saudi Arabia cut diplomatic ties with Iran on Sunday after protesters stormed its embassy in Tehran.

The kingdom gave Iranian diplomats 48 hours to leave.

Iran accused Riyadh of using the attack as an excuse to raise tension.

Bahrain and Sudan also cut ties with Tehran. Iranian police said they had arrested 40 people over the attack.
""")
SAU = A("Saudi Arabia", "SAU", "GOV")
IRN = A("Iran", "IRN", "GOV")
E("s17", "Saudi Arabia cut diplomatic ties with Iran", SAU, IRN, ["16"], "161", "2016-01", None, True)
E("s17", "The kingdom gave Iranian diplomats 48 hours", SAU, IRN, ["16", "17"], "1663", "2016-01", None, True, "'the kingdom' is Saudi Arabia")
E("s17", "Iran accused Riyadh of using the attack", IRN, SAU, CRIT, "112", "2016-01", None, True)
E("s17", "Iranian police said they had arrested 40 people", A("Iranian police", "IRN", POL), A("protesters", "IRN", ["OPP", "CVL", "CRM"]), ARREST, "173", "2016-01", None, True)

# ---------------------------------------------------------------- s18 Kyiv 2004, he said
S("s18", "2004-11-23", "Europe", """
Ukraine opposition rejects election result

KIEV, Ukraine —

Opposition leader Viktor Yushchenko said on Monday that the government had rigged the presidential election.

He called on his supporters to stay in the streets of Kiev until the result was annulled.

The election commission rejected his complaints. Outgoing President Leonid Kuchma urged the opposition to negotiate.

The European Union said it did not accept the result and called for a review.
""")
YUSH = A("Viktor Yushchenko", "UKR", ["OPP", "LEG"])
UKRG = A("Ukraine", "UKR", "GOV")
E("s18", "Opposition leader Viktor Yushchenko said on Monday", YUSH, UKRG, CRIT, "112", "2004-11", None, True)
E("s18", "The election commission rejected his complaints", A("election commission", "UKR", ["GOV", "ELI"]), YUSH, REJ, "120", "2004-11", None, True)
E("s18", "Outgoing President Leonid Kuchma urged the opposition", UKRG, A("opposition", "UKR", OPP), DEMAND, "1043", "2004-11", None, True)
E("s18", "The European Union said it did not accept the result", A("European Union", "EUR", "IGO"), UKRG, REJ, "12", "2004-11", None, False)

# ---------------------------------------------------------------- s19 Buenos Aires 1982
S("s19", "1982-04-03", "Americas", """
Argentina seizes Falkland Islands

BUENOS AIRES, Argentina —

Argentine troops seized the Falkland Islands on Friday after a brief fight with British marines.

The military government said it had recovered the islands for the nation.

Britain broke off relations with Buenos Aires. Prime Minister Margaret Thatcher said she would send a naval task force.

The United Nations Security Council demanded that Argentina withdraw its forces.
""")
ARG = A("Argentina", "ARG", ["GOV", "MIL"])
GBR = A("United Kingdom", "GBR", ["GOV", "MIL"])
E("s19", "Argentine troops seized the Falkland Islands", ARG, GBR, ["19", "20", "18"], "192", "1982-04", None, True)
E("s19", "Britain broke off relations with Buenos Aires", GBR, ARG, ["16"], "161", "1982-04", None, True)
E("s19", "Margaret Thatcher said she would send", GBR, ARG, ["15", "13"], "152", "1982-04", None, False)
E("s19", "The United Nations Security Council demanded", A("UN Security Council", "UNO", "IGO"), ARG, DEMAND, "1041", "1982-04", None, True)

# ---------------------------------------------------------------- s20 Nairobi, unnamed police in Kenya
S("s20", "2023-03-21", "Africa", """
Kenyan police clash with opposition supporters

NAIROBI, Kenya —

Police fired tear gas on Monday at supporters of opposition leader Raila Odinga who were marching on the city centre.

Odinga accused President William Ruto of stealing last year's election.

More than 200 people were arrested, the interior ministry said.

Ruto said he would not allow the opposition to cause chaos.
""")
KENP = A("Kenyan police", "KEN", POL)
KENOPP = A("Odinga supporters", "KEN", OPP)
E("s20", "Police fired tear gas on Monday at supporters", KENP, KENOPP, REPR, "175", "2023-03", None, True)
E("s20", "Odinga accused President William Ruto", A("Raila Odinga", "KEN", ["OPP", "PTY"]), A("Kenya", "KEN", "GOV"), CRIT, "112", "2023-03", None, True)
E("s20", "More than 200 people were arrested", KENP, A("protesters", "KEN", OPP), ARREST, "173", "2023-03", None, True,
  "no agent: Kenya's police")
E("s20", "Ruto said he would not allow the opposition", A("Kenya", "KEN", "GOV"), A("opposition", "KEN", OPP), ["13", "12", "11"], "13", "2023-03", None, False)

# ---------------------------------------------------------------- s21 Islamabad, India said
S("s21", "2019-02-27", "Asia", """
Pakistan says it shot down Indian jets

ISLAMABAD, Pakistan —

Pakistan said on Wednesday that its air force had shot down two Indian military jets over Kashmir and captured a pilot.

India said Pakistani jets had violated its airspace and that one had been shot down.

Prime Minister Imran Khan called on India to hold talks.

China urged both countries to exercise restraint.
""")
PAK = A("Pakistan", "PAK", ["GOV", "MIL"])
IND = A("India", "IND", ["GOV", "MIL"])
E("s21", "its air force had shot down two Indian military jets", PAK, IND, ["19", "18"], "190", "2019-02", None, True)
E("s21", "India said Pakistani jets had violated its airspace", PAK, IND, ["19", "15", "17", "18"], "19", "2019-02", None, False,
  "reported: Pakistan's jets into India's airspace")
E("s21", "Prime Minister Imran Khan called on India to hold talks", A("Pakistan", "PAK", "GOV"), A("India", "IND", "GOV"), ["10", "02"], "1041", "2019-02", None, True)
E("s21", "China urged both countries to exercise restraint", A("China", "CHN", "GOV"), A("Pakistan", "PAK", "GOV"), DEMAND, "1041", "2019-02", None, True,
  "'both countries' are Pakistan and India: an event to each")
E("s21", "China urged both countries to exercise restraint", A("China", "CHN", "GOV"), A("India", "IND", "GOV"), DEMAND, "1041", "2019-02", None, True)

# ---------------------------------------------------------------- s22 Belgrade 1999, the alliance
S("s22", "1999-03-25", "Europe", """
NATO jets strike Yugoslavia

BELGRADE, Yugoslavia —

NATO aircraft struck military targets across Yugoslavia on Wednesday after President Slobodan Milosevic refused to accept a peace plan for Kosovo.

The Yugoslav government broke off relations with the United States, Britain, France and Germany.

Russia condemned the strikes and recalled its envoy to the alliance.

Milosevic accused the West of aggression against a sovereign state.
""")
YUG = A("Yugoslavia", "SRB", ["GOV", "MIL"])
E("s22", "NATO aircraft struck military targets across Yugoslavia", A("NATO", "NATO", ["IGO", "MIL"]), YUG, ["19", "18", "20"], "195", "1999-03", None, True)
E("s22", "The Yugoslav government broke off relations", YUG, A("United States", "USA", "GOV"), ["16"], "161", "1999-03", None, True)
E("s22", "Russia condemned the strikes", A("Russia", "RUS", "GOV"), A("NATO", "NATO", ["IGO", "MIL"]), CRIT, "111", "1999-03", None, True)
E("s22", "Milosevic accused the West of aggression", YUG, None, CRIT, "112", "1999-03", None, False)

# ---------------------------------------------------------------- s23 Khartoum, they
S("s23", "2023-04-16", "Africa", """
Fighting erupts in Khartoum between army and paramilitaries

KHARTOUM, Sudan —

Sudan's army and the paramilitary Rapid Support Forces fought for control of Khartoum on Saturday.

The army said the RSF had attacked its bases in the south of the city. The paramilitaries said they had seized the presidential palace.

The two sides blamed each other for starting the fighting.

The African Union called on them to stop fighting.
""")
SDNM = A("Sudanese army", "SDN", MIL)
RSF = A("Rapid Support Forces", "SDN", ["MIL", "REB", "GOV"])
Y("s23", "Sudan's army and the paramilitary Rapid Support Forces fought", SDNM, RSF, ["19", "18"], "190", "2023-04", None, True)
E("s23", "The army said the RSF had attacked", RSF, SDNM, ["19", "18"], "190", "2023-04", None, True, "reported")
E("s23", "The two sides blamed each other", SDNM, RSF, CRIT, "112", "2023-04", None, True)
E("s23", "The two sides blamed each other", RSF, SDNM, CRIT, "112", "2023-04", None, True)
E("s23", "The African Union called on them to stop", A("African Union", "AFR", "IGO"), SDNM, DEMAND, "1041", "2023-04", None, True,
  "'them' are the two sides: an event to each")
E("s23", "The African Union called on them to stop", A("African Union", "AFR", "IGO"), RSF, DEMAND, "1041", "2023-04", None, True)

# ---------------------------------------------------------------- s24 Santiago 1988, general
S("s24", "1988-10-06", "Americas", """
Chileans reject Pinochet in plebiscite

SANTIAGO, Chile —

Chilean voters rejected General Augusto Pinochet's bid for eight more years in power, official results showed on Thursday.

The general accepted the result in a televised address but said he would remain president until 1990.

Opposition leaders called on the government to hold free elections next year.

Police detained dozens of people celebrating in central Santiago.
""")
CHL = A("Chile", "CHL", ["GOV", "MIL"])
E("s24", "Opposition leaders called on the government", A("Chilean opposition", "CHL", OPP), CHL, DEMAND, "1043", "1988-10", None, True)
E("s24", "Police detained dozens of people celebrating", A("Chilean police", "CHL", POL), A("civilians", "CHL", ["CVL", "OPP"]), ARREST, "173", "1988-10", None, True)

# ---------------------------------------------------------------- s25 Cairo 2013, courts
S("s25", "2014-04-28", "Middle East", """
Egyptian court sentences 683 to death

MINYA, Egypt —

An Egyptian court sentenced 683 supporters of the Muslim Brotherhood to death on Monday over an attack on a police station.

Among them was the group's leader, Mohamed Badie. The court also lifted death sentences on 492 people convicted last month.

The United Nations condemned the verdicts. The Brotherhood accused the authorities of mass murder.

A youth movement that helped topple Hosni Mubarak was banned by a court in Cairo.
""")
EGYJ = A("Egyptian court", "EGY", JUD)
MB = A("Muslim Brotherhood", "EGY", ["OPP", "PTY", "REL"])
E("s25", "An Egyptian court sentenced 683 supporters", EGYJ, MB, SENTENCE, "173", "2014-04", None, True)
E("s25", "The United Nations condemned the verdicts", A("United Nations", "UNO", "IGO"), EGYJ, CRIT, "111", "2014-04", None, True)
E("s25", "The Brotherhood accused the authorities", MB, A("Egypt", "EGY", ["GOV", "JUD"]), CRIT, "112", "2014-04", None, True)
E("s25", "A youth movement that helped topple", EGYJ, A("April 6 movement", "EGY", OPP), ["17"], "17", "2014-04", None, True)

# ---------------------------------------------------------------- s26 Bangkok 2014, the junta
S("s26", "2014-05-23", "Asia", """
Thai army seizes power

BANGKOK, Thailand —

Thailand's army chief, General Prayuth Chan-ocha, seized power on Thursday and suspended the constitution.

The junta detained former prime minister Yingluck Shinawatra and dozens of politicians.

The United States condemned the coup and said it was reviewing its military aid.

The general said the army had acted to restore order. Soldiers dispersed protesters in Bangkok.
""")
THAM = A("Thai junta", "THA", ["MIL", "GOV"])
E("s26", "The junta detained former prime minister Yingluck", THAM, A("Yingluck Shinawatra", "THA", ["GOV", "OPP", "ELI", "PTY"]), ARREST, "173", "2014-05", None, True)
E("s26", "The United States condemned the coup", A("United States", "USA", "GOV"), THAM, CRIT, "111", "2014-05", None, True)
E("s26", "Soldiers dispersed protesters in Bangkok", THAM, A("protesters", "THA", OPP), REPR, "175", "2014-05", None, True)

# ---------------------------------------------------------------- s27 Kinshasa 1997, the rebels
S("s27", "1997-05-17", "Africa", """
Rebels enter Kinshasa as Mobutu flees

KINSHASA, Zaire —

Rebel troops led by Laurent Kabila entered Kinshasa on Saturday, a day after President Mobutu Sese Seko fled the capital.

The rebels said they had taken control of the city without a fight.

Kabila declared himself president. South Africa urged him to hold elections.

Rwanda denied that its troops had fought alongside the rebels.
""")
AFDL = A("Kabila's rebels", "COD", ["REB", "MIL"])
E("s27", "Rebel troops led by Laurent Kabila entered Kinshasa", AFDL, A("Zaire", "COD", ["GOV", "MIL"]), ["19", "20", "15", "18"], "192", "1997-05", None, False)
E("s27", "South Africa urged him to hold elections", A("South Africa", "ZAF", "GOV"), A("Laurent Kabila", "COD", ["REB", "GOV"]), DEMAND, "1043", "1997-05", None, True,
  "'him' is Kabila")
E("s27", "Rwanda denied that its troops had fought", A("Rwanda", "RWA", ["GOV", "MIL"]), None, DENY, "01", "1997-05", None, False)

# ---------------------------------------------------------------- s28 Tokyo, minister and counterpart
S("s28", "2008-05-07", "Asia", """
China and Japan agree to improve ties

TOKYO, Japan —

Chinese President Hu Jintao and Japanese Prime Minister Yasuo Fukuda signed a joint statement in Tokyo on Wednesday pledging to improve relations.

The two leaders agreed to work together on gas fields in the East China Sea.

Hu also met Emperor Akihito. Fukuda said he had raised the issue of Tibet with his guest.

Police detained several protesters outside the hotel where he was staying.
""")
CHNG = A("China", "CHN", "GOV")
JPN = A("Japan", "JPN", "GOV")
Y("s28", "signed a joint statement in Tokyo", CHNG, JPN, ["03", "05", "06", "04"], "057", "2008-05", None, True)
Y("s28", "The two leaders agreed to work together", CHNG, JPN, ["03", "05", "06"], "036", "2008-05", None, True)
E("s28", "Police detained several protesters outside", A("Japanese police", "JPN", POL), A("protesters", "JPN", OPP), ARREST, "173", "2008-05", None, True,
  "Japan's police, not the guest's country")

# ---------------------------------------------------------------- s29 Mexico City, the cartel
S("s29", "2019-10-18", "Americas", """
Mexican forces release drug lord's son after battle

CULIACAN, Mexico —

Mexican security forces captured Ovidio Guzman, a son of drug lord Joaquin Guzman, in Culiacan on Thursday.

Gunmen of the Sinaloa cartel then attacked soldiers across the city, and the troops released him.

President Andres Manuel Lopez Obrador defended the decision. He said the army had acted to save lives.

Opposition lawmakers accused the president of surrendering to the cartel.
""")
MEXS = A("Mexican security forces", "MEX", ["COP", "MIL", "GOV"])
CART = A("Sinaloa cartel", "MEX", ["CRM"])
E("s29", "Mexican security forces captured Ovidio Guzman", MEXS, A("Ovidio Guzman", "MEX", "CRM"), ARREST, "173", "2019-10", None, True)
E("s29", "Gunmen of the Sinaloa cartel then attacked soldiers", CART, A("Mexican army", "MEX", MIL), ["19", "18"], "190", "2019-10", None, True)
E("s29", "Opposition lawmakers accused the president", A("opposition lawmakers", "MEX", ["OPP", "LEG"]), A("Mexico", "MEX", "GOV"), CRIT, "112", "2019-10", None, True)

# ---------------------------------------------------------------- s30 Baghdad 1990
S("s30", "1990-08-03", "Middle East", """
Iraq invades Kuwait

BAGHDAD, Iraq —

Iraqi troops invaded Kuwait on Thursday and seized the emir's palace.

Baghdad said it had answered a call from Kuwaiti revolutionaries. The emir fled to Saudi Arabia.

The U.N. Security Council condemned the invasion and demanded that Iraq withdraw.

Washington froze Iraqi assets in the United States. Moscow halted arms deliveries to Baghdad.
""")
IRQ = A("Iraq", "IRQ", ["GOV", "MIL"])
KWT = A("Kuwait", "KWT", ["GOV", "MIL"])
E("s30", "Iraqi troops invaded Kuwait", IRQ, KWT, ["19", "20", "18"], "192", "1990-08", None, True)
E("s30", "Security Council condemned the invasion", A("UN Security Council", "UNO", "IGO"), IRQ, CRIT, "111", "1990-08", None, True)
E("s30", "Washington froze Iraqi assets", A("United States", "USA", "GOV"), IRQ, ["16", "17"], "163", "1990-08", None, True)
E("s30", "Moscow halted arms deliveries to Baghdad", A("Soviet Union", "RUS", "GOV"), IRQ, ["16"], "163", "1990-08", None, True)

# ---------------------------------------------------------------- s31 Colombo 2009, the Tigers
S("s31", "2009-05-19", "Asia", """
Sri Lanka declares victory over Tamil Tigers

COLOMBO, Sri Lanka —

Sri Lankan troops killed the leader of the Tamil Tigers, Velupillai Prabhakaran, on Monday, the army said.

President Mahinda Rajapaksa declared that the war was over.

The rebels had accused the army of shelling civilians in the no-fire zone.

Rights groups urged the government to allow an inquiry. It rejected their calls.
""")
LKA = A("Sri Lanka", "LKA", ["GOV", "MIL"])
LTTE = A("Tamil Tigers", "LKA", ["REB", "RAD"])
E("s31", "Sri Lankan troops killed the leader of the Tamil Tigers", LKA, LTTE, ["18", "19", "20"], "18", "2009-05", None, True)
E("s31", "The rebels had accused the army of shelling", LTTE, LKA, CRIT, "112", "2009-05", None, True)
E("s31", "Rights groups urged the government", A("rights groups", None, ["NGO", "HRI"]), A("Sri Lanka", "LKA", "GOV"), DEMAND, "1041", "2009-05", None, True)
E("s31", "It rejected their calls", A("Sri Lanka", "LKA", "GOV"), A("rights groups", None, ["NGO", "HRI"]), REJ, "12", "2009-05", None, True,
  "'it' is the government")

# ---------------------------------------------------------------- s32 Kabul, the Taliban
S("s32", "2021-08-16", "Asia", """
Taliban take Kabul as president flees

KABUL, Afghanistan —

Taliban fighters entered Kabul on Sunday after President Ashraf Ghani fled the country.

The militants said they had taken control of the presidential palace.

A Taliban spokesman accused the United States of leaving Afghanistan in chaos.

Britain and Germany urged the group to let foreigners leave safely.
""")
TAL = A("Taliban", "AFG", ["REB", "RAD", "GOV"])
E("s32", "Taliban fighters entered Kabul on Sunday", TAL, A("Afghanistan", "AFG", ["GOV", "MIL"]), ["19", "20", "15", "18"], "192", "2021-08", None, False)
E("s32", "A Taliban spokesman accused the United States", TAL, A("United States", "USA", "GOV"), CRIT, "112", "2021-08", None, True)
E("s32", "Britain and Germany urged the group", A("United Kingdom", "GBR", "GOV"), TAL, DEMAND, "1041", "2021-08", None, True,
  "'the group' is the Taliban")

# ---------------------------------------------------------------- s33 Minsk 2020, she
S("s33", "2020-08-12", "Europe", """
Belarus opposition candidate leaves for Lithuania

MINSK, Belarus —

Opposition candidate Svetlana Tikhanovskaya left Belarus for Lithuania on Tuesday, a day after she rejected the official result of Sunday's election.

She said she had been forced to leave. Police detained more than 6,000 protesters over three nights.

Lithuania's foreign minister said his country would protect her.

President Alexander Lukashenko accused foreign powers of organising the protests.
""")
TIK = A("Svetlana Tikhanovskaya", "BLR", ["OPP", "PTY"])
BLR = A("Belarus", "BLR", "GOV")
E("s33", "Police detained more than 6,000 protesters", A("Belarusian police", "BLR", POL), A("protesters", "BLR", OPP), ARREST, "173", "2020-08", None, True)
E("s33", "Lithuania's foreign minister said his country would protect her", A("Lithuania", "LTU", "GOV"), TIK, ["05", "07", "03"], "03", "2020-08", None, False)
E("s33", "Lukashenko accused foreign powers", BLR, None, CRIT, "112", "2020-08", None, True)

# ---------------------------------------------------------------- s34 Caracas 1989 -> Panama
S("s34", "1989-12-21", "Americas", """
U.S. troops invade Panama

PANAMA CITY, Panama —

U.S. troops invaded Panama on Wednesday to oust General Manuel Noriega.

President George Bush said the general had declared war on the United States.

The Organisation of American States condemned the invasion. Cuba and Nicaragua also condemned it.

Noriega took refuge in the Vatican embassy. Panamanian police arrested hundreds of his supporters.
""")
USAM = A("United States", "USA", ["GOV", "MIL"])
PAN = A("Panama", "PAN", ["GOV", "MIL"])
E("s34", "U.S. troops invaded Panama", USAM, PAN, ["19", "20", "18"], "192", "1989-12", None, True)
E("s34", "The Organisation of American States condemned", A("OAS", "OAS", "IGO"), USAM, CRIT, "111", "1989-12", None, True)
E("s34", "Cuba and Nicaragua also condemned it", A("Cuba", "CUB", "GOV"), USAM, CRIT, "111", "1989-12", None, True, "'it' is the invasion")

# ---------------------------------------------------------------- s35 Jakarta 1998, Suharto
S("s35", "1998-05-21", "Asia", """
Suharto resigns after weeks of protests

JAKARTA, Indonesia —

President Suharto resigned on Thursday after 32 years in power and weeks of student protests.

He handed power to Vice-President B.J. Habibie. Students occupying parliament demanded that the new president also step down.

Troops later removed the students from the building.

Amien Rais, a leading opposition figure, urged the military to stay neutral.
""")
IDN = A("Indonesia", "IDN", "GOV")
STU = A("students", "IDN", ["EDU", "OPP", "CVL"])
E("s35", "demanded that the new president also step down", STU, IDN, DEMAND, "1053", "1998-05", None, True)
E("s35", "Troops later removed the students", A("Indonesian army", "IDN", MIL), STU, ["17", "18"], "17", "1998-05", None, True)
E("s35", "urged the military to stay neutral", A("Amien Rais", "IDN", ["OPP", "PTY", "REL"]), A("Indonesian military", "IDN", MIL), DEMAND, "10", "1998-05", None, True)

# ---------------------------------------------------------------- s36 Abuja desk on Niger, they
S("s36", "2023-08-11", "Africa", """
West African leaders order standby force for Niger

ABUJA, Nigeria —

West African leaders ordered a standby force on Thursday to restore constitutional order in Niger.

They said they still preferred a peaceful solution. Niger's junta accused the bloc of preparing an invasion.

The junta said it would charge ousted President Mohamed Bazoum with high treason.

Mali and Burkina Faso said they would treat an attack on Niger as a declaration of war against them.
""")
ECO = A("ECOWAS", "WAF", "IGO")
NERM = A("Niger junta", "NER", ["MIL", "GOV"])
E("s36", "West African leaders ordered a standby force", ECO, NERM, ["15", "13"], "15", "2023-08", None, False)
E("s36", "Niger's junta accused the bloc", NERM, ECO, CRIT, "112", "2023-08", None, True, "'the bloc' is ECOWAS")
E("s36", "The junta said it would charge ousted President", NERM, A("Mohamed Bazoum", "NER", ["GOV", "OPP"]), ["17", "13", "11"], "172", "2023-08", None, True)
E("s36", "Mali and Burkina Faso said they would treat", A("Mali", "MLI", "GOV"), ECO, ["13"], "13", "2023-08", None, True)

# ---------------------------------------------------------------- s37 Canberra, Beijing said
S("s37", "2020-04-28", "Asia", """
China warns Australia over virus inquiry

CANBERRA, Australia —

China's ambassador warned on Monday that Chinese consumers could boycott Australian goods over Canberra's call for an inquiry into the coronavirus.

Australian Foreign Minister Marise Payne rejected the threat. She said the inquiry was a reasonable request.

Beijing accused Australia of political manipulation.

The minister summoned the ambassador to explain his remarks.
""")
AUS = A("Australia", "AUS", "GOV")
CHNG = A("China", "CHN", "GOV")
E("s37", "China's ambassador warned on Monday", CHNG, AUS, ["13"], "13", "2020-04", None, True)
E("s37", "Marise Payne rejected the threat", AUS, CHNG, REJ, "12", "2020-04", None, True, "the threat is China's")
E("s37", "Beijing accused Australia of political manipulation", CHNG, AUS, CRIT, "112", "2020-04", None, True)
E("s37", "The minister summoned the ambassador", AUS, CHNG, ["11", "10", "12", "16"], "11", "2020-04", None, True,
  "'the minister' is Payne; 'the ambassador' is China's")

# ---------------------------------------------------------------- s38 Addis Ababa 2020, Tigray
S("s38", "2020-11-05", "Africa", """
Ethiopia sends troops into Tigray

ADDIS ABABA, Ethiopia —

Prime Minister Abiy Ahmed ordered the army into the northern region of Tigray on Wednesday after he said forces loyal to the region's ruling party had attacked a federal military base.

The Tigray People's Liberation Front denied the accusation and accused Abiy of waging war on its people.

Internet and telephone lines to the region were cut.

The United Nations urged both sides to protect civilians.
""")
ETH = A("Ethiopia", "ETH", ["GOV", "MIL"])
TPLF = A("TPLF", "ETH", ["REB", "PTY", "GOV", "OPP"])
E("s38", "Prime Minister Abiy Ahmed ordered the army into", ETH, TPLF, ["19", "15", "18", "17"], "19", "2020-11", None, False)
E("s38", "Liberation Front denied the accusation", TPLF, ETH, DENY, "012", "2020-11", None, True)
E("s38", "accused Abiy of waging war", TPLF, ETH, CRIT, "112", "2020-11", None, True)
E("s38", "The United Nations urged both sides", A("United Nations", "UNO", "IGO"), ETH, DEMAND, "1041", "2020-11", None, True,
  "'both sides' are Ethiopia's government and the TPLF: an event to each")
E("s38", "The United Nations urged both sides", A("United Nations", "UNO", "IGO"), TPLF, DEMAND, "1041", "2020-11", None, True)

# ---------------------------------------------------------------- s39 Managua 1985, contras
S("s39", "1985-05-02", "Americas", """
United States imposes trade embargo on Nicaragua

MANAGUA, Nicaragua —

President Ronald Reagan ordered a total trade embargo on Nicaragua on Wednesday.

The Sandinista government condemned the embargo and accused Washington of trying to starve the country.

Contra rebels attacked a cooperative near the Honduran border, killing 12 civilians, the defence ministry said.

President Daniel Ortega said he would seek help from Western Europe. He flew to Moscow last week.
""")
NIC = A("Nicaragua", "NIC", "GOV")
USAG = A("United States", "USA", "GOV")
E("s39", "President Ronald Reagan ordered a total trade embargo", USAG, NIC, ["16"], "163", "1985-05", None, True)
E("s39", "The Sandinista government condemned the embargo", NIC, USAG, CRIT, "111", "1985-05", None, True)
E("s39", "accused Washington of trying to starve", NIC, USAG, CRIT, "112", "1985-05", None, True)
E("s39", "Contra rebels attacked a cooperative", A("Contras", "NIC", ["REB"]), A("civilians", "NIC", "CVL"), ["18", "19", "20"], "18", "1985-05", None, True)

# ---------------------------------------------------------------- s40 Lima, Fujimori
S("s40", "1992-04-07", "Americas", """
Fujimori dissolves Congress

LIMA, Peru —

President Alberto Fujimori dissolved Congress on Sunday and suspended the constitution with the backing of the army.

Troops surrounded the Congress building. Several opposition leaders were detained.

The United States suspended aid to Peru. Venezuela broke relations with Lima.

The president accused lawmakers of blocking his fight against the Shining Path rebels.
""")
PER = A("Peru", "PER", ["GOV", "MIL"])
PERL = A("Peruvian Congress", "PER", ["LEG", "OPP"])
E("s40", "President Alberto Fujimori dissolved Congress", PER, PERL, ["17", "16"], "17", "1992-04", None, True)
E("s40", "Several opposition leaders were detained", A("Peruvian police", "PER", ["COP", "MIL", "GOV"]), A("opposition leaders", "PER", OPP), ARREST, "173", "1992-04", None, True)
E("s40", "The United States suspended aid to Peru", USAG, PER, ["16"], "16", "1992-04", None, True)
E("s40", "Venezuela broke relations with Lima", A("Venezuela", "VEN", "GOV"), PER, ["16"], "161", "1992-04", None, True)
E("s40", "The president accused lawmakers of blocking", PER, PERL, CRIT, "112", "1992-04", None, True)

write(HERE)
