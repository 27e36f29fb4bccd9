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

if __name__ == "__main__":
    write(HERE)
