#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned12 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned12/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP  # noqa: E402


ATTACK = ["18", "19", "20"]
FIRE = ["18", "17", "19"]
MEDIATE = ["04", "03"]
DEPLOY = ["07", "15"]
BEAT = ["18", "17"]

# ---------------------------------------------------------------- z01 Harare, Africa
S("z01", "2005-06-09", "Africa", """
Zimbabwe police raze Harare shacks as Britain urges halt

HARARE, Zimbabwe —

Riot police bulldozed thousands of shacks and market stalls in Harare's poor townships on Wednesday, pressing on with a clean-up campaign that aid groups say has left some 200,000 people homeless.

The campaign, which the government calls Operation Murambatsvina, began on May 19 in the capital's street markets and has since spread to Bulawayo and other cities. Officers have burned vendors' goods and arrested more than 20,000 people, according to police figures.

Police spokesman Wayne Bvudzijena said the raids were aimed at black-market traders and criminals, and he denied that officers had used excessive force.

The opposition Movement for Democratic Change, which won most urban seats in March's parliamentary election, accused President Robert Mugabe of punishing city voters for backing it. Its leader, Morgan Tsvangirai, called for a two-day general strike, but most shops in the capital stayed open on Thursday.

In Mbare township, a resident, Tendai Moyo, said officers had ordered families to pull down their own homes before the bulldozers arrived.

U.N. Secretary-General Kofi Annan said he was deeply concerned and would send an envoy to assess the damage. Britain urged Harare to halt the evictions at once.

Information Minister Tichaona Jokonya dismissed the criticism as meddling by the former colonial power.

Zimbabwe's inflation is running above 100 percent. It was not clear how many of the evicted had anywhere to go.
""")
ZWEP = A("Zimbabwean police", "ZWE", "COP")
ZWEG = A("Zimbabwe", "ZWE", "GOV")
ZWEC = A("Harare township residents", "ZWE", ["CVL", "BUS"])
MDC = A("Movement for Democratic Change", "ZWE", ["OPP", "PTY"])
E("z01", "Zimbabwe police raze Harare shacks as Britain", ZWEP, ZWEC, REPR, "1712", "2005-06-08", None, False, "headline")
E("z01", "shacks as Britain urges halt", A("Britain", "GBR", "GOV"), ZWEG, DEMAND, "1042", "2005-06", None, False, "headline")
E("z01", "Riot police bulldozed thousands of shacks and market", ZWEP, ZWEC, REPR, "1712", "2005-06-08",
  P("Harare", "ZWE"), True, "destruction of property 1712 (17/18); Wednesday in a Thursday paper; the clause names "
  "Harare's townships")
E("z01", "The campaign, which the government calls Operation", ZWEG, ZWEC, REPR, "1712", "2005-05-19", None, False,
  "nominal campaign starting on a date, its agent only in the relative clause naming it: optional")
E("z01", "arrested more than 20,000 people, according to police", ZWEP, ZWEC, REPR, "173", "2005-06", None, True,
  "arrests 173, the police's own figures (not a disputed account); present perfect: month")
E("z01", "Officers have burned vendors' goods and arrested", ZWEP, ZWEC, REPR, "1712", "2005-06", None, False,
  "first verb of a compound predicate restating the destruction: optional")
E("z01", "he denied that officers had used excessive", A("Wayne Bvudzijena", "ZWE", "COP"), A("aid groups", None, "NGO"),
  DENY, "016", "2005-06", None, False, "denial answering an implied charge with no named accuser: optional")
E("z01", "accused President Robert Mugabe of punishing city", MDC, A("Robert Mugabe", "ZWE", "GOV"), ["11"], "112",
  "2005-06", None, True, "accusation; no day: month")
E("z01", "called for a two-day general strike", A("Morgan Tsvangirai", "ZWE", ["OPP", "PTY"]), ZWEG, ["14", "10"],
  "143", "2005-06", None, False, "call for a strike that did not take hold: optional")
E("z01", "said officers had ordered families to pull", ZWEP, ZWEC, REPR, "1712", "2005-06", P("Mbare", "ZWE"), False,
  "act inside a resident's account: optional")
E("z01", "said he was deeply concerned and would", A("Kofi Annan", "UNO", "IGO"), ZWEG, ["11", "01"], "111",
  "2005-06", None, False, "concern and an intention to send an envoy, a single outside reaction: optional")
E("z01", "Britain urged Harare to halt the evictions", A("Britain", "GBR", "GOV"), ZWEG, DEMAND, "1042", "2005-06",
  None, True, "demand for a policy change (10/02); 'Harare' is the government, not a place; month")
E("z01", "dismissed the criticism as meddling by the", A("Tichaona Jokonya", "ZWE", "GOV"), A("Britain", "GBR", "GOV"),
  ["11", "12"], "111", "2005-06", None, True, "rejection put as counter-criticism of the former colonial power "
  "(11/12); month")
F("z01", "Zimbabwe's inflation is running above 100 percent", "standing situation")
F("z01", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- z02 The Hague, Middle East/North Africa
S("z02", "1999-04-06", "Middle East", """
Libya hands over Lockerbie suspects; U.N. suspends sanctions

THE HAGUE, Netherlands —

Libya on Monday handed over the two men accused of the 1988 bombing of a Pan Am jet over Lockerbie, Scotland, ending a decade-long standoff with Washington and London.

Abdel Basset al-Megrahi and Al-Amin Khalifa Fhimah were flown from Tripoli on a U.N. plane to the Valkenburg air base near here, where Dutch police arrested them on Scottish warrants. They were taken by helicopter to Camp Zeist, a former U.S. base that has been declared Scottish soil for the trial.

Within hours, U.N. Secretary-General Kofi Annan told the Security Council that the conditions had been met, and the sanctions imposed on Libya in 1992, including a ban on flights, were suspended.

The deal was brokered by South Africa's president, Nelson Mandela, and Saudi Arabia's ambassador in Washington, Prince Bandar bin Sultan, who persuaded Muammar Gaddafi to accept a trial by Scottish judges in a third country.

President Bill Clinton welcomed the handover but said Washington would keep its own sanctions in place until Libya ended its support for terrorism.

Jim Swire, a doctor whose daughter died in the bombing, said the families had waited too long for this day.

The official Libyan news agency JANA said the two men were innocent and accused Britain and the United States of punishing the Libyan people for seven years.

All 259 people on board and 11 residents of the town died in the bombing. Whether the trial would open this year was not clear.
""")
LBY = A("Libya", "LBY", "GOV")
SUSP = A("Lockerbie suspects", "LBY", ["SPY", "CRM"])
UNSC = A("U.N. Security Council", "UNO", "IGO")
E("z02", "Libya hands over Lockerbie suspects", LBY, A("Scottish court", "GBR", "JUD"), ["08"], "0841", "1999-04-05",
  None, False, "headline")
E("z02", "suspects; U.N. suspends sanctions", UNSC, LBY, ["08"], "085", "1999-04-05", None, False, "headline")
E("z02", "Libya on Monday handed over the two", LBY, A("Scottish court", "GBR", "JUD"), ["08"], "0841", "1999-04-05",
  None, True, "handover of suspects for trial (release/return 0841, 08 root); Monday in a Tuesday paper; target the "
  "Scottish court that tries them")
E("z02", "where Dutch police arrested them on Scottish", A("Dutch police", "NLD", "COP"), SUSP, REPR, "173",
  "1999-04-05", P("Valkenburg", "NLD"), True, "arrest in a relative clause; the clause names Valkenburg ('near here')")
E("z02", "They were taken by helicopter to Camp", A("Dutch police", "NLD", "COP"), SUSP, REPR, "173", "1999-04-05",
  None, False, "agentless passive restating the arrest's sequel: optional")
E("z02", "including a ban on flights, were suspended", UNSC, LBY, ["08"], "085", "1999-04-05", None, True,
  "agentless passive with an agent the story implies (the Council's sanctions): easing of sanctions 085; 'Within "
  "hours' of Monday's handover")
E("z02", "the sanctions imposed on Libya in 1992", UNSC, LBY, SANCT, "163", "1992", None, False,
  "dated background inside a participle phrase without its agent: optional")
E("z02", "told the Security Council that the conditions", A("Kofi Annan", "UNO", "IGO"), UNSC, ["01"], "010",
  "1999-04-05", None, False, "report to the Council: statement, optional")
E("z02", "The deal was brokered by South Africa's", A("Nelson Mandela", "ZAF", "GOV"), LBY, MEDIATE, "045", "1999",
  None, False, "undated background mediation: optional")
E("z02", "who persuaded Muammar Gaddafi to accept a trial", A("Bandar bin Sultan", "SAU", "GOV"),
  A("Muammar Gaddafi", "LBY", "GOV"), MEDIATE, "045", "1999", None, False, "undated background persuasion: optional")
E("z02", "President Bill Clinton welcomed the handover but", A("Bill Clinton", "USA", "GOV"), LBY, ["05", "01"], "051",
  "1999-04", None, True, "praise of the handover by a party to the dispute; no day: month")
E("z02", "said Washington would keep its own sanctions", A("Bill Clinton", "USA", "GOV"), LBY, ["12", "16"], "124",
  "1999-04", None, False, "refusal to lift sanctions, stated as an intention: optional")
E("z02", "accused Britain and the United States of", A("JANA", "LBY", ["MED", "GOV"]), A("Britain", "GBR", "GOV"),
  ["11"], "112", "1999-04", None, True, "accusation; compound object, first target required; month")
E("z02", "accused Britain and the United States of", A("JANA", "LBY", ["MED", "GOV"]), A("United States", "USA", "GOV"),
  ["11"], "112", "1999-04", None, False, "second target of the compound object: optional")
F("z02", "All 259 people on board and 11", "count of a background event's dead")
F("z02", "Whether the trial would open this year", "speculation")

# ---------------------------------------------------------------- z03 Tokyo, Asia
S("z03", "2002-09-18", "Asia", """
Kim admits abductions of Japanese as Koizumi visits Pyongyang

TOKYO, Japan —

North Korean leader Kim Jong Il admitted on Tuesday that his agents had kidnapped Japanese citizens in the 1970s and 1980s and apologised for it, during a one-day summit with Prime Minister Junichiro Koizumi in Pyongyang.

North Korean officials told the Japanese delegation that eight of the 13 abductees they acknowledged had died, a disclosure that stunned families waiting in Tokyo.

The two leaders signed a declaration in which Japan expressed remorse for its colonial rule of Korea and promised economic aid once diplomatic ties are established. North Korea, for its part, pledged to extend its moratorium on missile tests beyond 2003.

Koizumi, the first Japanese prime minister to visit the North, said he had lodged a strong protest over the kidnappings. Talks on normalising relations would resume next month, he said.

Shigeru Yokota, whose daughter Megumi was seized on her way home from school in Niigata in 1977, told reporters here that he could not believe she was dead. The families' association demanded that the government send investigators to check the North's account.

Chief Cabinet Secretary Yasuo Fukuda said Tokyo would press Pyongyang for full details of each death.

In Seoul, the South Korean government welcomed the summit as a step toward peace on the peninsula.

The families' groups count about 100 missing relatives. It was not clear whether the survivors would be allowed to return home.
""")
KIM = A("Kim Jong Il", "PRK", "GOV")
PRK = A("North Korea", "PRK", "GOV")
KOIZ = A("Junichiro Koizumi", "JPN", "GOV")
JPN = A("Japan", "JPN", "GOV")
E("z03", "Kim admits abductions of Japanese as Koizumi", KIM, JPN, ["01"], "015", "2002-09-17", None, False, "headline")
E("z03", "as Koizumi visits Pyongyang", KOIZ, PRK, ["04"], "042", "2002-09-17", P("Pyongyang", "PRK"), False,
  "headline")
E("z03", "admitted on Tuesday that his agents had", KIM, JPN, ["01"], "015", "2002-09-17", P("Pyongyang", "PRK"), True,
  "acknowledging responsibility 015; Tuesday in a Wednesday paper; the sentence names Pyongyang as the summit's place")
E("z03", "admitted on Tuesday that his agents had", KIM, JPN, ["05", "01"], "055", "2002-09-17", P("Pyongyang", "PRK"),
  False, "apology, second verb of the sentence: optional")
E("z03", "during a one-day summit with Prime Minister", KOIZ, KIM, ["04"], "042", "2002-09-17", P("Pyongyang", "PRK"),
  False, "nominal summit restated in a 'during' phrase: optional")
E("z03", "told the Japanese delegation that eight of", A("North Korean officials", "PRK", "GOV"), JPN, ["01"], "010",
  "2002-09-17", None, False, "statement: optional")
E("z03", "The two leaders signed a declaration in", KOIZ, KIM, AGREE, "057", "2002-09-17", None, True,
  "signing a formal agreement 057; joint act: first-mentioned direction (Koizumi, the Japanese side) required, reverse "
  "optional; the one-day summit of Tuesday")
E("z03", "The two leaders signed a declaration in", KIM, KOIZ, AGREE, "057", "2002-09-17", None, False,
  "reverse direction of the joint signing: optional")
E("z03", "promised economic aid once diplomatic ties are", JPN, PRK, ["03"], "0331", "2002-09-17", None, False,
  "promise inside the declaration's terms: optional")
E("z03", "pledged to extend its moratorium on missile", PRK, JPN, ["03", "08"], "0356", "2002-09-17", None, True,
  "announced pledge to de-escalate 0356 (03/08); the declaration of Tuesday")
E("z03", "said he had lodged a strong protest", KOIZ, KIM, ["11"], "114", "2002-09-17", None, True,
  "formal complaint 114 in his own account (not disputed, not a witness's); at the summit")
E("z03", "Talks on normalising relations would resume next", JPN, PRK, ["03", "04"], "036", "2002-09", None, False,
  "intention to hold talks: optional")
E("z03", "was seized on her way home from", A("North Korean agents", "PRK", "SPY"), A("Megumi Yokota", "JPN", "CVL"),
  ["18", "17"], "181", "1977", P("Niigata", "JPN"), True, "agentless passive whose agent the lead names (the "
  "North's agents): abduction 181; dated background 'in 1977' in a relative clause; the clause names Niigata")
E("z03", "The families' association demanded that the government", A("abductees' families", "JPN", "CVL"), JPN, DEMAND,
  "100", "2002-09", None, True, "demand (10/02); no day: month")
E("z03", "said Tokyo would press Pyongyang for full", A("Yasuo Fukuda", "JPN", "GOV"), PRK, DEMAND, "100", "2002-09",
  None, False, "intention to demand: optional")
E("z03", "the South Korean government welcomed the summit", A("South Korea", "KOR", "GOV"), JPN, ["05", "01"], "051",
  "2002-09", None, False, "single outside reaction: optional; 'In Seoul' is the government's seat, no place coded")
F("z03", "The families' groups count about 100 missing", "count")
F("z03", "It was not clear whether the survivors", "speculation")

# ---------------------------------------------------------------- z04 Bangkok, Asia
S("z04", "2007-09-28", "Asia", """
Myanmar troops fire on monk-led protesters; Japanese journalist killed

BANGKOK, Thailand —

Soldiers fired into crowds of protesters in Yangon on Thursday, killing at least nine people, including a Japanese video journalist, as Myanmar's military government moved to crush the largest demonstrations against its rule in nearly 20 years.

Kenji Nagai, 50, who worked for the Tokyo agency APF News, was shot near the Sule Pagoda, according to Japan's embassy. Tokyo demanded an explanation and said it would send a deputy foreign minister to the country.

Before dawn on Thursday, troops raided several monasteries in the city, beating monks and hauling hundreds of them away in trucks, residents said.

The protests began in August over a sharp rise in fuel prices and swelled this month after thousands of Buddhist monks joined them, marching through Yangon and refusing alms from military families.

State television said the security forces had used minimum force against what it called a mob of troublemakers.

U.N. Secretary-General Ban Ki-moon said he was dispatching his envoy, Ibrahim Gambari, to the region. The foreign ministers of the Association of Southeast Asian Nations, meeting in New York, told the generals they were revolted by the violence.

The opposition leader Aung San Suu Kyi, under house arrest for most of the past 18 years, has not been seen since Wednesday.

The junta has ruled the country since 1988. Whether China would press its ally to stop the crackdown was unclear.
""")
MMRM = A("Myanmar troops", "MMR", "MIL")
MMRG = A("Myanmar", "MMR", ["GOV", "MIL"])
MMRP = A("Myanmar protesters", "MMR", ["CVL", "REL", "OPP"])
MONKS = A("Buddhist monks", "MMR", "REL")
E("z04", "Myanmar troops fire on monk-led protesters", MMRM, MMRP, FIRE, "180", "2007-09-27", None, False, "headline")
E("z04", "Soldiers fired into crowds of protesters in", MMRM, MMRP, FIRE, "180", "2007-09-27", P("Yangon", "MMR"), True,
  "firing on protesters 180 (18/17/19); Thursday in a Friday paper; the clause names Yangon (the Bangkok dateline is "
  "not the place)")
E("z04", "was shot near the Sule Pagoda, according", MMRM, A("Kenji Nagai", "JPN", "MED"), FIRE, "180", "2007-09-27",
  None, False, "agentless passive restating one of the lead's killings: optional")
E("z04", "Tokyo demanded an explanation and said it", JPN, MMRG, DEMAND, "100", "2007-09", None, True,
  "demand (10/02); 'Tokyo' is the government; no day: month")
E("z04", "said it would send a deputy foreign", JPN, MMRG, ["04", "03"], "036", "2007-09", None, False,
  "intention to send a minister: optional")
E("z04", "troops raided several monasteries in the city", MMRM, MONKS, REPR, "173", "2007-09-27", None, False,
  "acts inside residents' account: optional")
E("z04", "The protests began in August over a", MMRP, MMRG, ["14"], "141", "2007-08", None, False,
  "nominal protests with no agent in the phrase: optional")
E("z04", "thousands of Buddhist monks joined them, marching", MONKS, MMRG, ["14"], "141", "2007-09", P("Yangon", "MMR"),
  True, "demonstration (march) with its agent; 'this month'; the clause names Yangon")
E("z04", "refusing alms from military families", MONKS, MMRG, ["14"], "143", "2007-09", None, False,
  "religious boycott 143, second act of the participle chain: optional")
E("z04", "State television said the security forces had", A("Myanmar state television", "MMR", ["MED", "GOV"]), MMRP,
  ["01", "11"], "010", "2007-09", None, False, "statement: optional")
E("z04", "said he was dispatching his envoy, Ibrahim", A("Ban Ki-moon", "UNO", "IGO"), MMRG, ["03", "04"], "039",
  "2007-09", None, True, "announced decision to send a mediating envoy (03/04); month")
E("z04", "told the generals they were revolted by", A("ASEAN foreign ministers", None, ["GOV", "IGO"]), MMRG, ["11"],
  "111", "2007-09", P("New York", "USA"), True, "criticism by the regional bloc's ministers; the clause names New "
  "York; month")
F("z04", "The junta has ruled the country since", "standing situation")
F("z04", "Whether China would press its ally to", "speculation")

# ---------------------------------------------------------------- z05 Bishkek, Europe/Central Asia
S("z05", "2005-03-25", "Europe/Eurasia", """
Protesters storm Kyrgyz government headquarters; Akayev flees capital

BISHKEK, Kyrgyzstan —

Thousands of opposition supporters stormed the main government building here on Thursday, forcing President Askar Akayev to flee the capital after weeks of protests over a disputed parliamentary election.

Crowds broke through a line of riot police in front of the building, known as the White House, and pelted officers with stones. The police, who beat several demonstrators with truncheons, soon retreated. Looters later ransacked shops in the city centre, according to police.

Opposition leader Kurmanbek Bakiyev, a former prime minister, told the crowd that the old government had fallen. The Supreme Court recognised the outgoing parliament the same evening, and the chamber named Bakiyev acting prime minister early on Friday.

Felix Kulov, a former security chief who was freed from prison by protesters, took charge of the police and appealed to residents to stop the looting.

The unrest began this month in the southern cities of Jalal-Abad and Osh, where protesters seized regional government offices after the runoff vote on March 13.

Akayev's whereabouts were unknown. A Russian official said he might have gone to Kazakhstan.

The Organization for Security and Cooperation in Europe, which had called the vote flawed, urged all sides to refrain from violence. Moscow said it would not intervene.

Kyrgyzstan hosts both a U.S. and a Russian air base. It was not clear whether Akayev would formally resign.
""")
KGZO = A("Kyrgyz opposition supporters", "KGZ", ["OPP", "CVL"])
KGZG = A("Kyrgyzstan", "KGZ", "GOV")
KGZP = A("Kyrgyz police", "KGZ", "COP")
E("z05", "Protesters storm Kyrgyz government headquarters; Akayev flees", KGZO, KGZG, VPROT, "145", "2005-03-24", None,
  False, "headline")
E("z05", "stormed the main government building here on", KGZO, KGZG, VPROT, "145", "2005-03-24", P("Bishkek", "KGZ"),
  True, "storming of the government seat as violent protest 145 (14/18/17); Thursday in a Friday paper; 'here'")
E("z05", "Crowds broke through a line of riot", KGZO, KGZP, VPROT, "145", "2005-03-24", None, True,
  "breaking police lines and stoning officers: violent protest 145; the day of the storming the lead describes")
E("z05", "who beat several demonstrators with truncheons, soon", KGZP, KGZO, BEAT, "182", "2005-03-24", None, True,
  "beating 182 (18/17) in a relative clause with its agent; the same scene as the lead's Thursday")
E("z05", "Looters later ransacked shops in the city", A("looters", None, "CRM"), A("Bishkek shopkeepers", "KGZ", "BUS"),
  ["17", "18"], "170", "2005-03-24", None, False, "perpetrators of no named nationality, inside "
  "the police's account: optional")
E("z05", "who was freed from prison by protesters", KGZO, A("Felix Kulov", "KGZ", ["OPP", "PTY"]), ["08"], "0841",
  "2005-03", None, True, "release of a prisoner 0841 in a passive with its agent ('by protesters'); no day: month")
E("z05", "appealed to residents to stop the looting", A("Felix Kulov", "KGZ", ["OPP", "COP"]),
  A("Bishkek residents", "KGZ", "CVL"), DEMAND, "020", "2005-03", None, False,
  "domestic appeal: optional")
E("z05", "where protesters seized regional government offices after", KGZO, KGZG, VPROT, "145", "2005-03",
  P("Jalal-Abad", "KGZ"), True, "seizure of government offices by protesters in a relative clause, dated by 'this "
  "month' and 'after ... March 13': month; the clause names Jalal-Abad first (Osh second)")
E("z05", "which had called the vote flawed, urged", A("OSCE", None, "IGO"), KGZG, ["11"], "111", "2005-03", None,
  False, "criticism of the vote in a relative clause, pluperfect and undated: optional")
E("z05", "urged all sides to refrain from violence", A("OSCE", None, "IGO"), KGZG, ["02"], "020",
  "2005-03", None, False, "appeal to all sides, a single outside reaction: optional")
E("z05", "Moscow said it would not intervene", A("Russia", "RUS", "GOV"), KGZG, ["01"], "010", "2005-03", None, False,
  "statement of non-intervention: optional")
F("z05", "Kyrgyzstan hosts both a U.S. and a", "standing situation")
F("z05", "It was not clear whether Akayev would", "speculation")

# ---------------------------------------------------------------- z06 Quito, Americas
S("z06", "2000-01-22", "Americas", """
Ecuador's Mahuad ousted as Indian protesters and colonels seize Congress

QUITO, Ecuador —

Thousands of Indian protesters, backed by a group of army colonels, occupied the Congress building here on Friday and proclaimed a "junta of national salvation", forcing President Jamil Mahuad out of the presidential palace.

The three-man junta, made up of Indian leader Antonio Vargas, a former supreme court president and Colonel Lucio Gutierrez, handed power within hours to the armed forces chief, General Carlos Mendoza. Mendoza stepped aside before dawn on Saturday, and the high command installed Vice-President Gustavo Noboa as head of state.

Mahuad, who had taken refuge at an air force base, said in a televised address that he had been toppled by a coup. He called on Ecuadoreans to support Noboa.

The protests began last week against Mahuad's plan to replace the sucre with the U.S. dollar. Indian groups blocked highways across the Andes and marched on the capital on Tuesday.

The U.S. State Department condemned the takeover and warned that Ecuador would face isolation and a cut in aid unless constitutional order was restored. The Organization of American States called an emergency session.

Vargas, who heads the Confederation of Indigenous Nationalities of Ecuador, accused Mendoza of betraying the uprising.

Gutierrez and several other officers were detained on Saturday, an army spokesman said.

Ecuador's economy shrank by about seven percent last year. It was not clear whether Noboa would keep the dollar plan.
""")
ECUP = A("Ecuadorean Indian protesters", "ECU", ["CVL", "OPP", "AGR"])
ECUC = A("Ecuadorean rebel colonels", "ECU", ["MIL", "REB"])
MAHUAD = A("Jamil Mahuad", "ECU", "GOV")
ECUM = A("Ecuadorean armed forces", "ECU", "MIL")
E("z06", "Ecuador's Mahuad ousted as Indian protesters and", ECUP, MAHUAD, COUP, "1724", "2000-01-21", None, False,
  "headline")
E("z06", "occupied the Congress building here on Friday", ECUP, A("Ecuadorean Congress", "ECU", "LEG"), VPROT, "145",
  "2000-01-21", P("Quito", "ECU"), True, "occupation of parliament as violent protest 145 (14/18/17); Friday in a "
  "Saturday paper; 'here'")
E("z06", "proclaimed a \"junta of national salvation\", forcing", ECUP, MAHUAD, COUP, "1724", "2000-01-21",
  P("Quito", "ECU"), True, "declared takeover 1724 (17/19, as owned9's w07), second verb but the substantive act")
E("z06", "handed power within hours to the armed", A("Ecuadorean junta", "ECU", ["REB", "MIL", "OPP"]), ECUM, ["08"],
  "080", "2000-01-21", None, False, "handing over power: coders split, optional")
E("z06", "the high command installed Vice-President Gustavo Noboa", ECUM, A("Gustavo Noboa", "ECU", "GOV"), ["05", "08"],
  "050", "2000-01-22", None, False, "installation of a successor: no clear CAMEO act, optional")
E("z06", "said in a televised address that he", MAHUAD, ECUM, ["11"], "112", "2000-01", None, True,
  "accusation of a coup (11); no day: month")
E("z06", "He called on Ecuadoreans to support Noboa", MAHUAD, A("Ecuadoreans", "ECU", "CVL"), ["02"], "020", "2000-01",
  None, False, "domestic appeal: optional")
E("z06", "The protests began last week against Mahuad's", ECUP, MAHUAD, ["14"], "141", "2000-01", None, False,
  "nominal protests without their agent: optional")
E("z06", "Indian groups blocked highways across the Andes", ECUP, A("Ecuador", "ECU", "GOV"), VPROT, "144", "2000-01",
  None, True, "road blockades 144 (owned9's w05); the Tuesday of the second verb does not date the first: month")
E("z06", "and marched on the capital on Tuesday", ECUP, A("Ecuador", "ECU", "GOV"), ["14"], "141", "2000-01-18",
  P("Quito", "ECU"), False, "second act of a compound predicate: optional; Tuesday of the week of a Saturday paper; "
  "'the capital' is Quito")
E("z06", "The U.S. State Department condemned the takeover", A("U.S. State Department", "USA", "GOV"), ECUC, ["11"],
  "111", "2000-01", None, True, "condemnation 111; the takeover's authors; no day: month")
E("z06", "warned that Ecuador would face isolation and", A("U.S. State Department", "USA", "GOV"), ECUC, ["13"], "1312",
  "2000-01", None, False, "conditional threat of sanctions: optional (as owned8's v05)")
E("z06", "The Organization of American States called an", A("Organization of American States", None, "IGO"),
  A("OAS members", None, "GOV"), ["04"], "040", "2000-01", None, False, "convening its own members: optional")
E("z06", "accused Mendoza of betraying the uprising", A("Antonio Vargas", "ECU", ["OPP", "CVL"]),
  A("Carlos Mendoza", "ECU", "MIL"), ["11"], "112", "2000-01", None, True, "accusation; month")
E("z06", "Gutierrez and several other officers were detained", ECUM, A("Lucio Gutierrez", "ECU", ["MIL", "REB"]),
  REPR, "173", "2000-01-22", None, True, "agentless passive whose agent the story implies (the high command); "
  "Saturday, the day of the paper")
F("z06", "Ecuador's economy shrank by about seven percent", "standing situation")
F("z06", "It was not clear whether Noboa would", "speculation")

# ---------------------------------------------------------------- z07 New Delhi, South Asia
S("z07", "2001-12-22", "South Asia", """
India recalls envoy from Pakistan, cuts bus and rail links after parliament raid

NEW DELHI, India —

India recalled its high commissioner from Islamabad on Friday and said it would suspend the rail and bus services between the two countries from January 1, sharpening its response to last week's assault on parliament.

Five gunmen armed with rifles and grenades stormed the parliament complex here on December 13, killing nine people before security forces shot them dead. New Delhi blames the raid on two Pakistan-based militant groups, Lashkar-e-Taiba and Jaish-e-Mohammed.

Foreign Ministry spokeswoman Nirupama Rao said Pakistan had done nothing to rein in the groups despite repeated Indian requests. India has demanded that Islamabad arrest their leaders and hand over 20 fugitives.

Pakistan, which condemned the attack, denied any role in it. Its foreign ministry called the recall regrettable and said it would respond in kind.

President Pervez Musharraf froze the bank accounts of Lashkar-e-Taiba on Thursday, a step Indian officials dismissed as cosmetic.

Both countries have moved troops and missiles toward their border in recent days, officials on both sides said. Secretary of State Colin Powell telephoned the leaders of the two nuclear-armed neighbours and urged restraint.

The two nations have fought three wars since 1947. Whether the troop build-up would continue was not clear.
""")
IND = A("India", "IND", "GOV")
PAK = A("Pakistan", "PAK", "GOV")
LET = A("Lashkar-e-Taiba", "PAK", ["RAD", "REB"])
E("z07", "India recalls envoy from Pakistan, cuts bus", IND, PAK, SANCT, "161", "2001-12-21", None, False, "headline")
E("z07", "India recalled its high commissioner from Islamabad", IND, PAK, SANCT, "161", "2001-12-21", None, True,
  "recall of one's envoy 161 (news-dev); Friday in a Saturday paper; 'from Islamabad' is not the act's place")
E("z07", "said it would suspend the rail and", IND, PAK, SANCT, "163", "2001-12-21", None, True,
  "announced cut of transport links 163 (16/17, as owned7's u07): an announced decision, required")
E("z07", "Five gunmen armed with rifles and grenades", A("gunmen", None, ["UAF", "RAD"]),
  A("Indian parliament", "IND", ["LEG", "GOV"]), ATTACK, "190", "2001-12-13", P("New Delhi", "IND"), True,
  "dated background armed assault (18/19/20); attackers of no nationality the text states (the blame is India's); "
  "'here'")
E("z07", "before security forces shot them dead", A("Indian security forces", "IND", ["COP", "MIL"]),
  A("gunmen", None, ["UAF", "RAD"]), FIRE, "180", "2001-12-13", P("New Delhi", "IND"), False,
  "return fire ending the assault: optional")
E("z07", "New Delhi blames the raid on two", IND, LET, ["11"], "112", "2001-12", None, True,
  "accusation; compound object, first group required; present tense: month")
E("z07", "New Delhi blames the raid on two", IND, A("Jaish-e-Mohammed", "PAK", ["RAD", "REB"]), ["11"], "112",
  "2001-12", None, False, "second target of the compound object: optional")
E("z07", "said Pakistan had done nothing to rein", A("Nirupama Rao", "IND", "GOV"), PAK, ["11"], "111", "2001-12",
  None, False, "criticism restating the accusation: optional")
E("z07", "India has demanded that Islamabad arrest their", IND, PAK, DEMAND, "105", "2001-12", None, True,
  "demand that the target act (arrests, handover; 10/02); 'Islamabad' is the government; month")
E("z07", "Pakistan, which condemned the attack, denied any", PAK, IND, DENY, "016", "2001-12", None, True,
  "denial of responsibility 016 (01/12); month")
E("z07", "Pakistan, which condemned the attack, denied any", PAK, A("gunmen", None, ["UAF", "RAD"]), ["11"], "111",
  "2001-12", None, False, "condemnation in a relative clause: optional")
E("z07", "called the recall regrettable and said it", PAK, IND, ["11", "13"], "111", "2001-12", None, False,
  "criticism with a threat of reciprocity: optional")
E("z07", "froze the bank accounts of Lashkar-e-Taiba on", A("Pervez Musharraf", "PAK", "GOV"), LET, SANCT, "163",
  "2001-12-20", None, True, "asset freeze as a sanction 163 (16/17); Thursday in a Saturday paper")
E("z07", "a step Indian officials dismissed as cosmetic", A("Indian officials", "IND", "GOV"), PAK, ["11", "12"], "111",
  "2001-12", None, False, "dismissal of the step: optional")
E("z07", "Both countries have moved troops and missiles", IND, PAK, ["15", "07"], "154", "2001-12", None, True,
  "mobilisation 154 (15; 07 also read); joint subject of two core actors: India (named first in the story) required, "
  "Pakistan optional; present perfect: month")
E("z07", "Both countries have moved troops and missiles", PAK, IND, ["15", "07"], "154", "2001-12", None, False,
  "reverse direction: optional")
E("z07", "telephoned the leaders of the two nuclear-armed", A("Colin Powell", "USA", "GOV"), IND, ["04"], "041",
  "2001-12", None, False, "telephone talks, outside party: optional (each target)")
E("z07", "telephoned the leaders of the two nuclear-armed", A("Colin Powell", "USA", "GOV"), PAK, ["04"], "041",
  "2001-12", None, False, "second target: optional")
F("z07", "The two nations have fought three wars", "standing situation")
F("z07", "Whether the troop build-up would continue was", "speculation")

# ---------------------------------------------------------------- z08 Christchurch, Pacific
S("z08", "1998-01-24", "Pacific", """
Papua New Guinea and Bougainville rebels sign permanent ceasefire pact

CHRISTCHURCH, New Zealand —

Papua New Guinea's government and secessionist leaders from Bougainville signed an agreement on Friday to turn their fragile truce into a permanent ceasefire from April 30, raising hopes of an end to nine years of war on the copper-rich island.

The accord was signed at Lincoln University, outside this city, after a week of talks hosted by New Zealand. Foreign Minister Don McKinnon, who chaired the final session, praised both sides for their courage.

Under the pact, Port Moresby will withdraw its troops from the island in stages, and an unarmed regional peace monitoring group led by Australia will take over from the New Zealand-led truce monitors who arrived in December.

Joseph Kabui, the vice-president of the rebels' interim government, signed for the Bougainville side, while Papua New Guinea was represented by Foreign Minister Kilroy Genia. Rebel commander Sam Kauona embraced officers who had fought against his men.

Francis Ona, the rebels' reclusive leader, refused to attend the talks and has vowed to fight on. A spokesman for Ona accused the negotiators of selling out the island's struggle for independence.

Australia welcomed the deal and promised to send about 250 unarmed soldiers and civilians to the monitoring group.

The fighting has killed more than 10,000 people, many from disease during a blockade of the island. It was unclear whether Ona's followers would respect the ceasefire.
""")
PNG = A("Papua New Guinea", "PNG", "GOV")
BRA = A("Bougainville secessionists", "PNG", ["REB", "OPP"])
ONA = A("Francis Ona", "PNG", "REB")
E("z08", "Papua New Guinea and Bougainville rebels sign", PNG, BRA, AGREE, "057", "1998-01-23", None, False, "headline")
E("z08", "secessionist leaders from Bougainville signed an agreement", PNG, BRA, AGREE, "057", "1998-01-23", None, True,
  "ceasefire accord signed 057 (05/03/08); joint act, first-mentioned direction required, reverse optional; Friday in "
  "a Saturday paper; no place in the clause")
E("z08", "secessionist leaders from Bougainville signed an agreement", BRA, PNG, AGREE, "057", "1998-01-23", None,
  False, "reverse direction: optional")
E("z08", "The accord was signed at Lincoln University", PNG, BRA, AGREE, "057", "1998-01-23", P("Lincoln", "NZL"), False,
  "restatement of the signing: optional")
E("z08", "after a week of talks hosted by New", A("New Zealand", "NZL", "GOV"), PNG, MEDIATE, "043", "1998-01", None,
  True, "hosting of talks, a nominal event with its agent in the phrase ('hosted by New Zealand'): required; the "
  "government first of the two parties hosted; month")
E("z08", "praised both sides for their courage", A("Don McKinnon", "NZL", "GOV"), PNG, ["05", "01"], "051", "1998-01",
  None, False, "praise: optional")
E("z08", "Port Moresby will withdraw its troops from", PNG, BRA, ["08"], "0874", "1998-01", None, False,
  "withdrawal inside the pact's terms: optional")
E("z08", "New Zealand-led truce monitors who arrived in", A("New Zealand-led truce monitors", "NZL", "MIL"), PNG,
  DEPLOY, "074", "1997-12", None, True, "dated background deployment of peace monitors 074 (07/15) in a relative clause "
  "('in December' in a January paper is the year before)")
E("z08", "Sam Kauona embraced officers who had fought", A("Sam Kauona", "PNG", ["REB", "MIL"]),
  A("Papua New Guinea Defence Force", "PNG", "MIL"), ["01", "05"], "017", "1998-01-23", None, False,
  "symbolic act: optional")
E("z08", "refused to attend the talks and has", ONA, PNG, ["12"], "125", "1998-01", None, True,
  "stated refusal to negotiate 125; month")
E("z08", "has vowed to fight on", ONA, PNG, ["13"], "130", "1998-01", None, False, "vague threat: optional")
E("z08", "A spokesman for Ona accused the negotiators", A("Francis Ona's spokesman", "PNG", "REB"),
  A("Joseph Kabui", "PNG", ["REB", "OPP"]), ["11"], "112", "1998-01", None, True,
  "accusation against the rebel negotiators (Kabui led them); month")
E("z08", "Australia welcomed the deal and promised to", A("Australia", "AUS", "GOV"), PNG, ["03", "07"], "0334",
  "1998-01", None, True, "announced pledge of peace monitors 0334 (03; 07 also read); month")
E("z08", "Australia welcomed the deal and promised to", A("Australia", "AUS", "GOV"), PNG, ["05", "01"], "051",
  "1998-01", None, False, "welcome, first verb: optional")
F("z08", "The fighting has killed more than 10,000", "count and standing situation")
F("z08", "It was unclear whether Ona's followers would", "speculation")

# ---------------------------------------------------------------- z09 Madrid, Middle East
S("z09", "1991-11-02", "Middle East", """
Shamir and Syria's Sharaa trade insults as Madrid peace conference ends first round

MADRID, Spain —

Israel and Syria traded bitter accusations on Friday as the first Middle East peace conference in decades closed its opening session, but the parties agreed that face-to-face talks would begin here on Sunday.

Prime Minister Yitzhak Shamir told the delegates that Syria was one of the most repressive regimes in the world and gave shelter to terrorists. Syria's foreign minister, Farouk al-Sharaa, answered by holding up an old British wanted poster of Shamir and called him a terrorist who had killed a U.N. mediator in 1948.

Shamir left the palace before Sharaa spoke, saying he had to fly home for the Sabbath.

The conference, which President George Bush and Soviet President Mikhail Gorbachev opened on Wednesday, is the first at which Israel has sat down with all its Arab neighbours and the Palestinians. Bush urged the parties to seek territorial compromise.

Haidar Abdel-Shafi, a Gaza doctor who heads the Palestinian team within a joint delegation with Jordan, called on Thursday for an end to Jewish settlement in the occupied territories. Israeli spokesman Avi Pazner accused him on Friday of rewriting history.

Secretary of State James Baker, who spent eight months shuttling between the capitals to set up the meeting, met each delegation separately late into the night.

About 4,700 journalists registered to cover the conference. Whether Syria would attend the bilateral talks on Sunday was not clear.
""")
ISR = A("Israel", "ISR", "GOV")
SYR = A("Syria", "SYR", "GOV")
SHAMIR = A("Yitzhak Shamir", "ISR", "GOV")
SHARAA = A("Farouk al-Sharaa", "SYR", "GOV")
SHAFI = A("Haidar Abdel-Shafi", "PSE", ["GOV", "OPP"])
E("z09", "Shamir and Syria's Sharaa trade insults as", SHAMIR, SHARAA, ["11"], "111", "1991-11-01", None, False,
  "headline")
E("z09", "Israel and Syria traded bitter accusations on", ISR, SYR, ["11"], "111", "1991-11-01", None, False,
  "lead summary of the exchange detailed next: optional")
E("z09", "the parties agreed that face-to-face talks would", ISR, A("Arab delegations", None, "GOV"), ["03", "04", "05"],
  "036", "1991-11-01", P("Madrid", "ESP"), True, "agreement to hold direct talks 036 (03/04/05); Friday in a Saturday "
  "paper; 'here' in the clause; Israel the first-named party, the Arab side as one target")
E("z09", "told the delegates that Syria was one", SHAMIR, SYR, ["11"], "112", "1991-11-01", None, True,
  "accusation (harbouring terrorists) 112; the Friday of the lead")
E("z09", "called him a terrorist who had killed", SHARAA, SHAMIR, ["11"], "112", "1991-11-01", None, True,
  "accusation with a symbolic act (the poster); the Friday of the lead")
E("z09", "terrorist who had killed a U.N. mediator", SHAMIR, A("U.N. mediator", "UNO", "IGO"), ATTACK, "1823", "1948",
  None, False, "act inside an accusation: optional")
E("z09", "Shamir left the palace before Sharaa spoke", SHAMIR, SHARAA, ["01", "12"], "017", "1991-11-01", None, False,
  "walk-out as a symbolic act, explained otherwise: optional")
E("z09", "which President George Bush and Soviet President", A("George Bush", "USA", "GOV"), ISR, ["04"], "043",
  "1991-10-30", P("Madrid", "ESP"), False, "convening the conference in a relative clause: coders split, optional")
E("z09", "Bush urged the parties to seek territorial", A("George Bush", "USA", "GOV"), ISR, DEMAND, "0242", "1991-10",
  None, False, "undated appeal to all parties (Wednesday or Friday): optional")
E("z09", "called on Thursday for an end to", SHAFI, ISR, DEMAND, "1042", "1991-10-31", None, True,
  "demand for a policy change (10/02); Thursday in a Saturday paper")
E("z09", "Israeli spokesman Avi Pazner accused him on", A("Avi Pazner", "ISR", "GOV"), SHAFI, ["11"], "112",
  "1991-11-01", None, True, "accusation; 'him' = Abdel-Shafi; Friday")
E("z09", "who spent eight months shuttling between the", A("James Baker", "USA", "GOV"), ISR, MEDIATE, "045", "1991",
  None, False, "undated background mediation: optional")
E("z09", "met each delegation separately late into the", A("James Baker", "USA", "GOV"), ISR, ["04"], "040",
  "1991-11-01", P("Madrid", "ESP"), False, "meetings with every delegation, no single target: optional")
F("z09", "About 4,700 journalists registered to cover the", "count")
F("z09", "Whether Syria would attend the bilateral talks", "speculation")

# ---------------------------------------------------------------- z10 Addis Ababa, Africa
S("z10", "2005-06-09", "Africa", """
Ethiopian police open fire as post-election protests spread in Addis Ababa

ADDIS ABABA, Ethiopia —

Police opened fire on stone-throwing crowds in several districts of the capital on Wednesday, killing at least 26 people and wounding about 100, hospital officials said, in the worst unrest since last month's disputed parliamentary election.

Taxi drivers went on strike and shops stayed shuttered across the city as youths set up barricades of burning tyres around the Merkato market.

The violence followed two days of student protests. On Monday, police raided Addis Ababa University, detaining hundreds of students who had accused the ruling party of rigging the May 15 vote.

Security forces also confined Hailu Shawel, the chairman of the opposition Coalition for Unity and Democracy, to his home for several hours, according to Berhanu Nega, a party vice-chairman.

Prime Minister Meles Zenawi, who banned all demonstrations in the capital on the night of the vote, blamed the opposition for stirring up the riots. The coalition rejected the charge and said it had told its supporters to stay calm.

The European Union, whose observers had questioned the count, called on both sides to show restraint. Britain said it was reviewing its aid to the government.

The electoral board has not yet declared final results. It was not clear whether the opposition would take up its seats.
""")
ETHP = A("Ethiopian police", "ETH", "COP")
ETHC = A("Ethiopian protesters", "ETH", ["CVL", "OPP", "EDU"])
ETHG = A("Ethiopia", "ETH", "GOV")
CUD = A("Coalition for Unity and Democracy", "ETH", ["OPP", "PTY"])
MELES = A("Meles Zenawi", "ETH", "GOV")
E("z10", "Ethiopian police open fire as post-election protests", ETHP, ETHC, FIRE, "180", "2005-06-08", None, False,
  "headline")
E("z10", "Police opened fire on stone-throwing crowds in", ETHP, ETHC, FIRE, "180", "2005-06-08",
  P("Addis Ababa", "ETH"), True, "firing on crowds 180 (18/17/19); Wednesday in a Thursday paper; 'the capital'; "
  "unnamed police are the story's country's")
E("z10", "Taxi drivers went on strike and shops", A("Addis Ababa taxi drivers", "ETH", ["LAB", "BUS"]), ETHG, ["14"],
  "143", "2005-06", None, True, "strike 143; no day in the sentence: month")
E("z10", "youths set up barricades of burning tyres", A("Addis Ababa youths", "ETH", "CVL"), ETHG, VPROT, "144",
  "2005-06", None, False, "barricades in an 'as' clause, part of the day's unrest: optional")
E("z10", "On Monday, police raided Addis Ababa University", ETHP, A("Addis Ababa University students", "ETH", "EDU"),
  REPR, "173", "2005-06-06", P("Addis Ababa", "ETH"), True, "raid and detentions 173 (17/18); Monday in a Thursday "
  "paper; the clause names the university of Addis Ababa")
E("z10", "who had accused the ruling party of", A("Addis Ababa University students", "ETH", "EDU"), ETHG, ["11"], "112",
  "2005-06", None, False, "undated accusation in a relative clause: optional")
E("z10", "Security forces also confined Hailu Shawel, the", A("Ethiopian security forces", "ETH", ["COP", "MIL"]),
  A("Hailu Shawel", "ETH", ["OPP", "PTY"]), REPR, "173", "2005-06", None, False,
  "act inside a party official's account: optional")
E("z10", "who banned all demonstrations in the capital", MELES, ETHC, ["17"], "172", "2005-05-15",
  P("Addis Ababa", "ETH"), True, "ban on demonstrations 172 (as owned8's v05) in a relative clause, dated by 'the "
  "night of' the May 15 vote; 'the capital'")
E("z10", "blamed the opposition for stirring up the", MELES, CUD, ["11"], "112", "2005-06", None, True,
  "accusation; month")
E("z10", "The coalition rejected the charge and said", CUD, MELES, DENY, "016", "2005-06", None, True,
  "rejection of the charge as a denial (01/12); 'The coalition' = the CUD; month")
E("z10", "whose observers had questioned the count", A("European Union", "EUR", "IGO"), ETHG, ["11"], "111", "2005-06",
  None, False, "undated criticism in a relative clause: optional")
E("z10", "called on both sides to show restraint", A("European Union", "EUR", "IGO"), ETHG, ["02"], "020", "2005-06",
  None, False, "appeal to both sides, outside reaction: optional")
E("z10", "Britain said it was reviewing its aid", A("Britain", "GBR", "GOV"), ETHG, ["01", "16"], "014", "2005-06",
  None, False, "considering a cut in aid 014 (16 also read): optional")
F("z10", "The electoral board has not yet declared", "standing situation")
F("z10", "It was not clear whether the opposition", "speculation")

# ---------------------------------------------------------------- z11 Brussels, Americas
S("z11", "2002-03-07", "Americas", """
EU vows to fight Bush steel tariffs at WTO, readies retaliation

BRUSSELS, Belgium —

The European Union said on Wednesday it would challenge President George W. Bush's new steel tariffs at the World Trade Organization and draw up a list of American goods for retaliatory duties, calling the measure a blow to world trade.

Bush on Tuesday imposed tariffs of up to 30 percent on most imported steel for three years, a step meant to shield ailing American mills from cheap foreign metal. The duties take effect on March 20. Canada and Mexico, its free trade partners, were exempted.

EU Trade Commissioner Pascal Lamy accused Washington of flouting the rules it had helped to write. The Commission also said it would set temporary quotas of its own to stop steel diverted from the U.S. market from flooding Europe.

Japan, South Korea, China and Russia joined in the criticism. Tokyo said it was considering its own complaint, and Moscow warned that it might restrict imports of American poultry.

White House spokesman Ari Fleischer rejected the charge that the tariffs broke trade law, saying they were a temporary safeguard that WTO rules allow.

In Germany, the steelworkers' union IG Metall said thousands of jobs were at risk and called on Brussels to respond firmly. Gerhard Kramer, a union official in Duisburg, said workers would demonstrate outside the U.S. consulate there next week.

Steel is a small share of trade across the Atlantic. It was not clear whether the two sides would settle before a WTO panel ruled.
""")
EU = A("European Union", "EUR", "IGO")
USA = A("United States", "USA", "GOV")
BUSH = A("George W. Bush", "USA", "GOV")
E("z11", "EU vows to fight Bush steel tariffs", EU, BUSH, ["11", "17"], "115", "2002-03-06", None, False, "headline")
E("z11", "said on Wednesday it would challenge President", EU, BUSH, ["11", "17"], "115", "2002-03-06", None, True,
  "announced decision to bring a WTO case 115 (11/17, as owned9's w09); Wednesday in a Thursday paper; the Brussels "
  "dateline is not the place")
E("z11", "draw up a list of American goods", EU, USA, ["13", "16"], "1312", "2002-03-06", None, False,
  "preparing retaliation, a conditional threat: optional")
E("z11", "Bush on Tuesday imposed tariffs of up", BUSH, EU, SANCT, "163", "2002-03-05", None, True,
  "tariffs as a trade measure 163 (16/17, as owned9's w04); target the story's main exporting party; Tuesday")
E("z11", "Canada and Mexico, its free trade partners", BUSH, A("Canada", "CAN", "GOV"), ["08"], "081", "2002-03-05", None,
  False, "exemption in an agentless passive: optional")
E("z11", "accused Washington of flouting the rules it", A("Pascal Lamy", "EUR", "IGO"), USA, ["11"], "112", "2002-03",
  None, True, "accusation; 'Washington' is the government; month")
E("z11", "said it would set temporary quotas of", EU, A("steel exporters", None, "BUS"), SANCT, "163", "2002-03", None,
  False, "announced safeguard against unnamed exporters: optional")
E("z11", "Japan, South Korea, China and Russia joined", A("Japan", "JPN", "GOV"), USA, ["11"], "111", "2002-03", None,
  False, "compound subject of outside parties: optional for each (first listed)")
E("z11", "Tokyo said it was considering its own", A("Japan", "JPN", "GOV"), USA, ["01", "11"], "014", "2002-03", None,
  False, "considering a complaint: optional")
E("z11", "Moscow warned that it might restrict imports", A("Russia", "RUS", "GOV"), USA, ["13"], "1312", "2002-03",
  None, False, "threat of a trade restriction, one outside party's reaction: optional")
E("z11", "White House spokesman Ari Fleischer rejected the", A("Ari Fleischer", "USA", "GOV"), EU, DENY, "016",
  "2002-03", None, True, "rejection of the charge as a denial (01/12); month")
E("z11", "called on Brussels to respond firmly", A("IG Metall", "DEU", "LAB"), EU, DEMAND, "020", "2002-03", None,
  False, "appeal by a union: optional; 'Brussels' is the EU")
E("z11", "said workers would demonstrate outside the U.S.", A("Gerhard Kramer", "DEU", "LAB"), USA, ["14"], "141",
  "2002-03", P("Duisburg", "DEU"), False, "intention to protest: optional")
F("z11", "Steel is a small share of trade", "standing situation")
F("z11", "It was not clear whether the two", "speculation")

# ---------------------------------------------------------------- z12 Berlin, Europe/Eurasia
S("z12", "2007-01-09", "Europe/Eurasia", """
Russia halts oil to Europe through Belarus in transit row; Berlin protests

BERLIN, Germany —

Russia stopped pumping oil through the Druzhba pipeline across Belarus on Monday, cutting supplies to refineries in Germany, Poland and other European Union countries in a deepening quarrel between the two former Soviet allies.

The state pipeline company Transneft accused Belarus of siphoning off crude from the line without permission since Saturday. Minsk, which this month imposed a duty of $45 a tonne on Russian oil crossing its territory, said it had kept the oil as payment of the fee.

Chancellor Angela Merkel, whose country holds the EU presidency, said it was unacceptable that supplies had been halted without consultation. Economy Minister Michael Glos said he had asked Moscow for an explanation.

The European Commission demanded an urgent explanation from both Moscow and Minsk. Its energy spokesman, Ferran Tarradellas, said the bloc's stocks were sufficient for several weeks.

In Moscow, President Vladimir Putin told his government to consider cutting oil output, and Deputy Economy Minister Andrei Sharonov described the Belarusian duty as illegal.

The dispute follows a gas quarrel late last month, when Gazprom threatened to cut off Belarus unless it accepted a doubling of prices. Minsk signed the gas deal minutes before the deadline on Dec. 31.

Germany gets about a fifth of its oil through Druzhba. It was not clear whether Poland's refineries would be able to keep running.
""")
RUS = A("Russia", "RUS", "GOV")
BLR = A("Belarus", "BLR", "GOV")
TRANS = A("Transneft", "RUS", ["BUS", "GOV"])
E("z12", "Russia halts oil to Europe through Belarus", RUS, BLR, SANCT, "163", "2007-01-08", None, False, "headline")
E("z12", "Russia stopped pumping oil through the Druzhba", RUS, BLR, SANCT, "163", "2007-01-08", None, True,
  "halt of oil through a transit country 163 (16/17, as owned8's v07); Monday in a Tuesday paper; target the transit "
  "country in the dispute; the Berlin dateline is not the place")
E("z12", "cutting supplies to refineries in Germany, Poland", RUS, A("Germany", "DEU", None), SANCT, "163", "2007-01-08",
  None, False, "consequence for the buyers in a participle: optional")
E("z12", "The state pipeline company Transneft accused Belarus", TRANS, BLR, ["11"], "112", "2007-01", None, True,
  "accusation; no day: month")
E("z12", "which this month imposed a duty of", BLR, RUS, SANCT, "163", "2007-01", None, True,
  "transit duty as an economic measure (16/17) in a relative clause dated 'this month'")
E("z12", "said it had kept the oil as", BLR, RUS, ["01"], "015", "2007-01", None, False,
  "admission with a justification: optional")
E("z12", "said it was unacceptable that supplies had", A("Angela Merkel", "DEU", "GOV"), RUS, ["11"], "111", "2007-01",
  None, True, "criticism 111 of the halt (Russia's act); month")
E("z12", "said he had asked Moscow for an", A("Michael Glos", "DEU", "GOV"), RUS, DEMAND, "100", "2007-01", None, False,
  "request restated in his own words, second German reaction: optional")
E("z12", "The European Commission demanded an urgent explanation", A("European Commission", "EUR", "IGO"), RUS, DEMAND,
  "100", "2007-01", None, True, "demand (10/02); compound object, first target required; month")
E("z12", "The European Commission demanded an urgent explanation", A("European Commission", "EUR", "IGO"), BLR, DEMAND,
  "100", "2007-01", None, False, "second target: optional")
E("z12", "described the Belarusian duty as illegal", A("Andrei Sharonov", "RUS", "GOV"), BLR, ["11"], "111", "2007-01",
  None, False, "criticism restating Russia's position: optional")
E("z12", "when Gazprom threatened to cut off Belarus", A("Gazprom", "RUS", ["BUS", "GOV"]), BLR, ["13"], "1312",
  "2006-12", None, True, "threat of an economic cut 1312 in a 'when' clause dated 'late last month' (January paper: "
  "the year before)")
E("z12", "Minsk signed the gas deal minutes before", BLR, A("Gazprom", "RUS", ["BUS", "GOV"]), AGREE, "057",
  "2006-12-31", None, True, "signing an agreement 057; 'Minsk' is the government; 'on Dec. 31'")
F("z12", "Germany gets about a fifth of its", "standing situation")
F("z12", "It was not clear whether Poland's refineries", "speculation")

if __name__ == "__main__":
    write(HERE)
