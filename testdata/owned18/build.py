#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned18 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned18/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
MEDIATE = ["04", "03"]
SEIZE = ["19", "17"]

# ---------------------------------------------------------------- e01 Brussels, Africa (Zimbabwe / EU)
S("e01", "2002-02-19", "Africa", """
EU slaps travel ban on Mugabe and pulls observers after Harare ousts mission chief

BRUSSELS, Belgium —

European Union foreign ministers imposed a travel ban and an asset freeze on President Robert Mugabe and 19 of his aides on Monday, and withdrew the bloc's election observers from Zimbabwe, two days after Harare expelled the Swedish diplomat who led them.

The ministers, meeting here, also banned sales of arms to the southern African country. Britain's foreign secretary, Jack Straw, said Mugabe had left his European partners no choice.

Pierre Schori, the head of the observer mission, flew out of Harare on Saturday after the government refused to accredit him and told him to leave. Information Minister Jonathan Moyo had accused him of arrogance and of entering the country on a tourist visa.

Zimbabwe's government dismissed the sanctions as a plot by former colonial powers and said the presidential vote on March 9 would go ahead without European monitors.

Opposition leader Morgan Tsvangirai, who is challenging Mugabe in the vote, welcomed the measures but urged the bloc to keep its observers in the country. Learnmore Jongwe, a spokesman for his Movement for Democratic Change, said ruling-party militias had beaten dozens of its campaigners over the weekend.

South Africa's foreign ministry said it regretted the decision and would keep its own observers in place.

Zimbabwe was once a leading exporter of tobacco and maize. Whether the measures would sway the outcome of the vote was far from certain.
""")
EU = A("European Union", "EUR", "IGO")
MUG = A("Robert Mugabe", "ZWE", "GOV")
ZWE = A("Zimbabwe", "ZWE", "GOV")
SCHORI = A("Pierre Schori", "EUR", ["IGO", "GOV"])
TSV = A("Morgan Tsvangirai", "ZWE", ["OPP", "PTY"])
E("e01", "EU slaps travel ban on Mugabe and", EU, MUG, SANCT, "163", "2002-02-18", None, False, "headline")
E("e01", "European Union foreign ministers imposed a travel", EU, MUG, SANCT, "163", "2002-02-18", None, True,
  "travel ban and asset freeze on the president: sanctions 163 (16/17); Monday in a Tuesday paper; the meeting place is "
  "only named in the next sentence")
E("e01", "and withdrew the bloc's election observers from", EU, ZWE, ["16"], "166", "2002-02-18", None, True,
  "withdrawal of the bloc's own observers: reduced relations 166 (16); second verb with a new target, Zimbabwe")
E("e01", "two days after Harare expelled the Swedish", ZWE, SCHORI, ["17"], "174", "2002-02-16", None, True,
  "expulsion of the mission chief 174, 'two days after' Monday: Saturday; 'Harare' = the government (city as "
  "government); the EU's envoy coded as the bloc")
E("e01", "The ministers, meeting here, also banned sales", EU, ZWE, SANCT, "163", "2002-02-18", P("Brussels", "BEL"), True,
  "arms embargo 163 (16/17); 'here' = Brussels; 'also' ties it to Monday's meeting")
E("e01", "Jack Straw, said Mugabe had left his", A("Jack Straw", "GBR", "GOV"), MUG, ["11"], "111", "2002-02", None, False,
  "criticism by one minister of the meeting: optional")
E("e01", "flew out of Harare on Saturday after", ZWE, SCHORI, ["17", "12"], "174", "2002-02-16", None, False,
  "restatement of the expulsion (refusal to accredit, order to leave): optional")
E("e01", "Information Minister Jonathan Moyo had accused him", A("Jonathan Moyo", "ZWE", "GOV"), SCHORI, ["11"], "112",
  "2002-02", None, True, "accusation; 'him' = Schori; undated pluperfect: month")
E("e01", "Zimbabwe's government dismissed the sanctions as a", ZWE, EU, ["11", "12"], "111", "2002-02", None, True,
  "dismissing the sanctions as a plot: criticism/rejection (11/12); no day: month")
E("e01", "welcomed the measures but urged the bloc", TSV, EU, ["05"], "051", "2002-02", None, False,
  "welcome of the sanctions, first verb: optional (the appeal is the act with a request)")
E("e01", "welcomed the measures but urged the bloc", TSV, EU, DEMAND, "020", "2002-02", None, True,
  "appeal to keep the observers (10/02); no day: month")
E("e01", "said ruling-party militias had beaten dozens of", A("ZANU-PF militias", "ZWE", ["PTY", "CVL"]),
  A("Movement for Democratic Change", "ZWE", ["OPP", "PTY"]), ["18", "17"], "182", "2002-02", None, False,
  "beatings inside an account by the opposition's spokesman: optional")
E("e01", "South Africa's foreign ministry said it regretted", A("South Africa", "ZAF", "GOV"), EU, ["11"], "110",
  "2002-02", None, False, "single outside reaction: optional")
F("e01", "Zimbabwe was once a leading exporter of", "standing situation")
F("e01", "Whether the measures would sway the outcome", "speculation")

# ---------------------------------------------------------------- e02 Nouakchott, Africa (Mauritania)
S("e02", "2005-08-05", "Africa", """
Mauritanian officers topple Taya while he attends Saudi king's funeral

NOUAKCHOTT, Mauritania —

Army officers who seized power in Mauritania on Wednesday promised on Thursday to hand over to an elected government within two years, as the African Union suspended the country and the ousted president, Maaouya Ould Sid'Ahmed Taya, remained abroad.

Troops took over the state radio and television building and sealed off the army headquarters at dawn on Wednesday, hours after Taya flew to Riyadh for the funeral of King Fahd. There was sporadic gunfire near the presidential palace but no reports of casualties.

The new rulers, who call themselves the Military Council for Justice and Democracy, said they had put an end to the totalitarian practices of the old regime. They are led by Colonel Ely Ould Mohamed Vall, who ran the national police for two decades and was long regarded as one of Taya's closest allies.

The African Union's Peace and Security Council suspended Mauritania from the body on Thursday and demanded a swift return to constitutional order. The U.S. State Department called for Taya to be restored.

On his way home, Taya's plane was diverted to Niamey, where President Mamadou Tandja received him.

Hundreds of people drove through Nouakchott honking horns. Ahmed Ould Daddah, the veteran opposition leader, welcomed the takeover and urged the officers to keep their word.

Mauritania is one of only three Arab League members that recognise Israel. It remained to be seen whether Taya would attempt a return.
""")
MRTJ = A("Military Council for Justice and Democracy", "MRT", ["MIL", "GOV"])
TAYA = A("Maaouya Ould Sid'Ahmed Taya", "MRT", "GOV")
AU = A("African Union", "AFR", "IGO")
E("e02", "Mauritanian officers topple Taya while he attends", MRTJ, TAYA, COUP, "1724", "2005-08", None, False, "headline")
E("e02", "Army officers who seized power in Mauritania", MRTJ, TAYA, COUP, "1724", "2005-08-03", None, True,
  "military takeover in a relative clause, 'on Wednesday' in a Friday paper: 1724 (17/19); 'in Mauritania' is a "
  "country, no place")
E("e02", "promised on Thursday to hand over to", MRTJ, A("Mauritania", "MRT", None), ["03"], "034", "2005-08-04", None, False,
  "promise of elections to the country at large; no clear target: optional")
E("e02", "as the African Union suspended the country", AU, A("Mauritania", "MRT", "GOV"), SANCT, "161", "2005-08-04", None,
  False, "lead summary of the suspension detailed in paragraph four: optional")
E("e02", "Troops took over the state radio and", MRTJ, A("Mauritania", "MRT", None), SEIZE, "192", "2005-08-03", None, True,
  "seizure of state broadcaster and army headquarters (premises: the country, sector null) 192 (19/17); 'at dawn on "
  "Wednesday'; no place named in the clause")
E("e02", "hours after Taya flew to Riyadh for", TAYA, A("Saudi Arabia", "SAU", "GOV"), ["04"], "042", "2005-08", None, False,
  "trip to a funeral, background: optional; 'Riyadh' = Saudi Arabia")
E("e02", "said they had put an end to", MRTJ, TAYA, ["11"], "112", "2005-08", None, False,
  "charge against the old regime in the junta's statement: optional")
E("e02", "suspended Mauritania from the body on Thursday", AU, A("Mauritania", "MRT", "GOV"), SANCT, "161", "2005-08-04",
  None, True, "suspension from the bloc 161 (16/17); Thursday in a Friday paper")
E("e02", "and demanded a swift return to constitutional", AU, MRTJ, DEMAND, "1044", "2005-08-04", None, False,
  "demand for constitutional order, second verb: optional")
E("e02", "The U.S. State Department called for Taya", A("United States", "USA", "GOV"), MRTJ, DEMAND, "1041", "2005-08",
  None, False, "single outside call: optional")
E("e02", "where President Mamadou Tandja received him", A("Mamadou Tandja", "NER", "GOV"), TAYA, ["04"], "043",
  "2005-08", P("Niamey", "NER"), True, "hosting the ousted leader 043; 'him' = Taya; the clause names Niamey; no day")
E("e02", "Hundreds of people drove through Nouakchott honking", A("Mauritanian civilians", "MRT", "CVL"), MRTJ, ["05", "14"],
  "051", "2005-08", P("Nouakchott", "MRT"), False, "celebration read as support, target implied: optional")
E("e02", "welcomed the takeover and urged the officers", A("Ahmed Ould Daddah", "MRT", ["OPP", "PTY"]), MRTJ, ["05"], "051",
  "2005-08", None, True, "support for the takeover 051; no day: month")
E("e02", "and urged the officers to keep their", A("Ahmed Ould Daddah", "MRT", ["OPP", "PTY"]), MRTJ, DEMAND, "104",
  "2005-08", None, False, "appeal to keep the promise of elections, second verb: optional")
F("e02", "Mauritania is one of only three Arab", "standing situation")
F("e02", "It remained to be seen whether Taya", "speculation")

# ---------------------------------------------------------------- e03 Baghdad, Middle East (Iraq / U.S.)
S("e03", "1996-09-04", "Middle East", """
U.S. missiles hit southern Iraq after Saddam's troops storm Kurdish city

BAGHDAD, Iraq —

U.S. warships and B-52 bombers fired 27 cruise missiles at air defence sites in southern Iraq on Tuesday, and President Bill Clinton extended the no-fly zone over the south almost to the edge of Baghdad, punishing President Saddam Hussein for his army's thrust into the Kurdish north.

A second volley of 17 missiles struck before dawn on Wednesday, the Pentagon said.

Iraqi tanks and artillery had stormed the city of Arbil on Saturday at the invitation of Massoud Barzani's Kurdistan Democratic Party, which was fighting a rival faction, Jalal Talabani's Patriotic Union of Kurdistan, for control of the enclave. Talabani's fighters fled toward the Iranian border.

Saddam ordered his air force to ignore both zones and to fire on any Western aircraft that entered Iraqi skies, the official Iraqi News Agency reported. Foreign Minister Mohammed Saeed al-Sahhaf called the strikes an act of aggression against a sovereign state.

Russia condemned the attack, and France declined to patrol the enlarged zone.

Hoshyar Zebari, a spokesman for Barzani's party, said Iraqi units had begun pulling out of Arbil and that his fighters alone now held the city.

Iraq sits on the world's second-largest proven reserves of crude oil. Nobody here could say how long the Iraqi units would remain in the north.
""")
USAM = A("U.S. forces", "USA", "MIL")
IRQM = A("Iraqi forces", "IRQ", "MIL")
IRQ = A("Iraq", "IRQ", "GOV")
PUK = A("Patriotic Union of Kurdistan", "IRQ", ["PTY", "MIL"])
KDP = A("Kurdistan Democratic Party", "IRQ", ["PTY", "MIL"])
E("e03", "U.S. missiles hit southern Iraq after Saddam's", USAM, IRQM, ATTACK, "195", "1996-09", None, False, "headline")
E("e03", "U.S. warships and B-52 bombers fired 27", USAM, IRQM, ATTACK, "195", "1996-09-03", None, True,
  "missile strikes on air defence sites 195; Tuesday in a Wednesday paper; 'southern Iraq' is a region, no place; "
  "compound subject of one force: one event")
E("e03", "President Bill Clinton extended the no-fly zone", A("Bill Clinton", "USA", "GOV"), IRQ, ["16", "17", "19"], "163",
  "1996-09-03", None, True,
  "widening a no-fly zone: a sanction-like restriction 163, tolerant 16/17/19; same sentence, same day")
E("e03", "A second volley of 17 missiles struck", USAM, IRQM, ATTACK, "195", "1996-09-04", None, False,
  "agentless: the shooter only implied by 'the Pentagon said': optional")
E("e03", "Iraqi tanks and artillery had stormed the", IRQM, PUK, FORCE, "192", "1996-08-31", P("Arbil", "IRQ"), True,
  "capture of a city held by the rival faction 192 (19/18); 'on Saturday' before a Wednesday paper; the clause names Arbil")
E("e03", "at the invitation of Massoud Barzani's Kurdistan", KDP, IRQ, DEMAND, "0232", "1996-08", None, False,
  "nominal request for military help: optional")
E("e03", "which was fighting a rival faction, Jalal", KDP, PUK, CLASH, "190", "1996-08", None, False,
  "ongoing factional fighting in a relative clause, undated: optional")
E("e03", "Talabani's fighters fled toward the Iranian border", PUK, IRQM, ["08"], "0874", "1996-08", None, False,
  "flight of the defeated side: retreat, optional")
E("e03", "Saddam ordered his air force to ignore", A("Saddam Hussein", "IRQ", "GOV"), A("United States", "USA", "GOV"),
  ["13", "12"], "138", "1996-09", None, True,
  "order to fire on Western aircraft: threat of force 138 (13), defying the zones (12); target the states flying the "
  "patrols, the U.S. first; reported by the state agency, no day: month")
E("e03", "Saddam ordered his air force to ignore", A("Saddam Hussein", "IRQ", "GOV"), A("United Kingdom", "GBR", "GOV"),
  ["13", "12"], "138", "1996-09", None, False, "the other Western patrolling state: optional")
E("e03", "al-Sahhaf called the strikes an act of", A("Mohammed Saeed al-Sahhaf", "IRQ", "GOV"), A("United States", "USA", "GOV"),
  ["11"], "112", "1996-09", None, True, "accusation of aggression 112; no day: month")
E("e03", "Russia condemned the attack, and France declined", A("Russia", "RUS", "GOV"), A("United States", "USA", "GOV"),
  ["11"], "111", "1996-09", None, False, "outside condemnation: optional")
E("e03", "Russia condemned the attack, and France declined", A("France", "FRA", "GOV"), A("United States", "USA", "GOV"),
  ["12"], "120", "1996-09", None, False, "ally declining to take part: optional")
E("e03", "said Iraqi units had begun pulling out", IRQM, KDP, ["08"], "0874", "1996-09", P("Arbil", "IRQ"), False,
  "pull-back inside an account by one side's spokesman: optional")
F("e03", "Iraq sits on the world's second-largest proven", "standing situation")
F("e03", "Nobody here could say how long the", "speculation")

# ---------------------------------------------------------------- e04 London, Middle East (Libya / Britain / U.S.)
S("e04", "2003-12-20", "Middle East", """
Libya agrees to scrap banned weapons after secret talks with London and Washington

LONDON, United Kingdom —

Libya agreed on Friday, after months of secret talks with Britain and the United States, to dismantle its programmes for nuclear, chemical and biological weapons and to let international inspectors into the country without conditions.

Prime Minister Tony Blair disclosed the deal in a televised statement from his constituency in northern England, hailing it as a courageous decision by Muammar Gaddafi. President George W. Bush, speaking at the White House minutes later, praised the Libyan leader and said his country could regain a place among nations.

The negotiations began after Libyan envoys approached British intelligence officers in March. American and British experts toured Libyan weapons sites in October, officials said.

In Tripoli, Foreign Minister Abdel Rahman Shalgam read a statement on state television saying Libya had freely decided to rid itself of weapons of mass destruction. Gaddafi later called the step wise and courageous.

Mohamed ElBaradei, head of the International Atomic Energy Agency, said he would meet Libyan officials in Vienna to plan the inspections.

Relatives of Americans killed in the 1988 bombing of a Pan Am jet over Lockerbie urged Washington to keep pressing Tripoli over compensation. Jim Swire, a British doctor whose daughter died on the plane, welcomed the deal.

Western intelligence agencies have long regarded the Libyan nuclear effort as rudimentary. No one could say how quickly the equipment would be shipped out.
""")
LBY = A("Libya", "LBY", "GOV")
GBR = A("United Kingdom", "GBR", "GOV")
USA = A("United States", "USA", "GOV")
E("e04", "Libya agrees to scrap banned weapons after", LBY, GBR, AGREE, "030", "2003-12", None, False, "headline")
E("e04", "Libya agreed on Friday, after months of", LBY, GBR, AGREE, "030", "2003-12-19", None, True,
  "agreement to dismantle weapons programmes (05/03/08); the partners are compound (Britain and the United States): "
  "first member required; Friday in a Saturday paper")
E("e04", "Libya agreed on Friday, after months of", LBY, USA, AGREE, "030", "2003-12-19", None, False,
  "second member of the compound: optional")
E("e04", "and to let international inspectors into the", LBY, A("IAEA", "UNO", "IGO"), ["08", "03"], "0862", "2003-12-19",
  None, False, "admitting inspectors, second infinitive of the agreement: optional")
E("e04", "hailing it as a courageous decision by", A("Tony Blair", "GBR", "GOV"), A("Muammar Gaddafi", "LBY", "GOV"),
  ["05"], "051", "2003-12", None, True, "praise 051; the day is implied only: month")
E("e04", "praised the Libyan leader and said his", A("George W. Bush", "USA", "GOV"), A("Muammar Gaddafi", "LBY", "GOV"),
  ["05"], "051", "2003-12", P("Washington", "USA"), True,
  "praise; 'the Libyan leader' = Gaddafi; 'at the White House' gives Washington")
E("e04", "after Libyan envoys approached British intelligence officers", LBY, A("British intelligence", "GBR", "SPY"),
  ["04", "03"], "040", "2003-03", None, True,
  "approach to open talks, dated background in an 'after' clause with its own agent: 'in March' -> 2003-03")
E("e04", "American and British experts toured Libyan weapons", A("U.S. experts", "USA", "GOV"), LBY, ["04"], "042",
  "2003-10", None, True, "inspection visit 042; compound subject, first member required; 'in October'")
E("e04", "American and British experts toured Libyan weapons", A("British experts", "GBR", "GOV"), LBY, ["04"], "042",
  "2003-10", None, False, "second member of the compound: optional")
E("e04", "said he would meet Libyan officials in", A("Mohamed ElBaradei", "UNO", "IGO"), LBY, ["03", "04"], "036",
  "2003-12", None, False, "announced intention to meet: optional")
E("e04", "urged Washington to keep pressing Tripoli over", A("Lockerbie victims' relatives", "USA", "CVL"), USA, DEMAND,
  "020", "2003-12", None, False, "appeal by victims' families, 'Washington' = the U.S. government: optional")
E("e04", "Jim Swire, a British doctor whose daughter", A("Jim Swire", "GBR", "CVL"), LBY, ["05"], "051", "2003-12", None,
  False, "single reaction of a private person: optional")
F("e04", "Western intelligence agencies have long regarded the", "standing assessment")
F("e04", "No one could say how quickly the", "speculation")

# ---------------------------------------------------------------- e05 Tokyo, Asia (Japan / North Korea)
S("e05", "1998-09-02", "Asia", """
Japan freezes food aid to North Korea after missile flies over its territory

TOKYO, Japan —

Japan suspended food aid to North Korea on Tuesday and froze talks on establishing diplomatic ties, a day after Pyongyang fired a ballistic missile that flew over the main island of Honshu and fell into the Pacific Ocean.

Chief Cabinet Secretary Hiromu Nonaka told reporters the government would also hold off signing an agreement to share the cost of two nuclear reactors being built for the North. He called the launch an extremely dangerous act.

Because Tokyo has no diplomatic relations with Pyongyang, its embassy in Beijing lodged a formal protest with North Korean diplomats there.

Defence officials said the two-stage missile, believed to be a new Taepodong model, crossed Japanese airspace shortly after noon on Monday. Prime Minister Keizo Obuchi ordered the armed forces to step up surveillance of the seas around the country.

State Department spokesman James Rubin urged Tokyo to stand by the reactor project, arguing that it remained the best way to keep the North from building nuclear bombs.

Shigeru Yokota, who leads an association of families of Japanese believed to have been abducted by North Korean agents, demanded that the government halt all aid until the missing were accounted for.

North Korea's official news agency made no mention of the launch. The missile's range was estimated at about 1,500 kilometres. Analysts could not say whether Pyongyang meant the launch as a bargaining chip.
""")
JPN = A("Japan", "JPN", "GOV")
PRK = A("North Korea", "PRK", "GOV")
NONAKA = A("Hiromu Nonaka", "JPN", "GOV")
E("e05", "Japan freezes food aid to North Korea", JPN, PRK, SANCT, "162", "1998-09-01", None, False, "headline")
E("e05", "Japan suspended food aid to North Korea", JPN, PRK, SANCT, "162", "1998-09-01", None, True,
  "halt to aid 162 (16/17); Tuesday in a Wednesday paper")
E("e05", "froze talks on establishing diplomatic ties, a", JPN, PRK, ["16"], "164", "1998-09-01", None, True,
  "halting normalisation talks 164, second verb of the same subject")
E("e05", "a day after Pyongyang fired a ballistic", PRK, JPN, ["15", "13"], "150", "1998-08-31", None, True,
  "missile launch over Japan: show of military power 150 (15/13); 'a day after' Tuesday: Monday; 'Pyongyang' = "
  "North Korea; target Japan, over which it flew")
E("e05", "would also hold off signing an agreement", NONAKA, A("KEDO", None, "IGO"), ["16", "12"], "162", "1998-09",
  None, False, "withholding a cost-sharing signature, put as an intention: optional")
E("e05", "He called the launch an extremely dangerous", NONAKA, PRK, ["11"], "111", "1998-09", None, True,
  "criticism; 'He' = Nonaka; no day: month")
E("e05", "its embassy in Beijing lodged a formal", JPN, PRK, ["11"], "114", "1998-09", P("Beijing", "CHN"), True,
  "formal protest 114 through the Beijing embassy; the clause names Beijing; no day: month")
E("e05", "Defence officials said the two-stage missile, believed", PRK, JPN, ["15", "13"], "150", "1998-08-31", None, False,
  "restatement of the launch: optional")
E("e05", "Keizo Obuchi ordered the armed forces to", A("Keizo Obuchi", "JPN", "GOV"), PRK, ["15"], "152", "1998-09",
  None, False, "raised alert with an implied target: optional")
E("e05", "James Rubin urged Tokyo to stand by", A("James Rubin", "USA", "GOV"), JPN, DEMAND, "020", "1998-09", None, True,
  "appeal to keep funding the reactor project (10/02); 'Tokyo' = Japan; no day: month")
E("e05", "demanded that the government halt all aid", A("Shigeru Yokota", "JPN", ["CVL", "NGO"]), JPN, DEMAND, "100",
  "1998-09", None, False, "domestic advocacy demand: optional")
F("e05", "The missile's range was estimated at about", "count")
F("e05", "Analysts could not say whether Pyongyang meant", "speculation")

# ---------------------------------------------------------------- e06 Beijing, Asia (China / U.S. / NATO)
S("e06", "1999-05-11", "Asia", """
China suspends military contacts with U.S. as protesters besiege embassy

BEIJING, China —

China suspended military exchanges with the United States on Monday and broke off talks on human rights and arms control, as thousands of students hurled stones and ink bottles at the U.S. embassy here for a third day over NATO's bombing of the Chinese mission in Belgrade.

Foreign ministry spokesman Zhu Bangzao said Washington must make a public and official apology, investigate the attack thoroughly and punish those responsible.

Three Chinese journalists were killed and more than 20 people wounded when NATO bombs struck the embassy in Belgrade late on Friday. The alliance has blamed an outdated map.

President Bill Clinton said on Monday that he had apologised to President Jiang Zemin and to the Chinese people, and that the bombing was a tragic mistake.

Ambassador James Sasser, who has not left the compound since Saturday, told reporters by telephone that nearly every window had been smashed. Police in riot gear kept the crowds back from the gates but did not stop the stone-throwing.

In the southwestern city of Chengdu, protesters set fire to the residence of the U.S. consul-general on Saturday.

Vice-President Hu Jintao said in a televised address on Sunday that the government supported lawful protests but would not allow extreme acts. A Peking University student who gave only his surname, Wang, said nobody believed the strike had been an accident.

The United States is China's largest export market. Diplomats could not say how long the police would let the protests run.
""")
CHN = A("China", "CHN", "GOV")
CHNS = A("Chinese students", "CHN", ["CVL", "EDU"])
USEMB = A("U.S. embassy", "USA", None)
E("e06", "China suspends military contacts with U.S. as", CHN, USA, ["16"], "160", "1999-05-10", None, False, "headline")
E("e06", "China suspended military exchanges with the United", CHN, USA, ["16"], "160", "1999-05-10", None, True,
  "suspension of military contacts: reduced relations 160; Monday in a Tuesday paper")
E("e06", "and broke off talks on human rights", CHN, USA, ["16"], "164", "1999-05-10", None, True,
  "halting dialogues 164, second verb of the same subject")
E("e06", "thousands of students hurled stones and ink", CHNS, USEMB, VPROT, "145", "1999-05-10", P("Beijing", "CHN"), True,
  "stoning an embassy 145 (VPROT roots); 'here' = Beijing; 'for a third day' in the Monday clause; premises of the U.S.")
E("e06", "Zhu Bangzao said Washington must make a", A("Zhu Bangzao", "CHN", "GOV"), USA, DEMAND, "100", "1999-05", None,
  True, "demand for an apology, an inquiry and punishment (10/02); 'Washington' = the U.S.; no day: month")
E("e06", "when NATO bombs struck the embassy in", A("NATO", "NAT", ["IGO", "MIL"]), A("China", "CHN", None), ATTACK, "195",
  "1999-05-07", P("Belgrade", "SRB"), True,
  "bombing of an embassy (premises: China, sector null) 195, dated in a 'when' clause with its own agent; 'late on "
  "Friday'; the clause names Belgrade")
E("e06", "The alliance has blamed an outdated map", A("NATO", "NAT", ["IGO", "MIL"]), CHN, ["01"], "010", "1999-05", None,
  False, "explanation, no act: optional")
E("e06", "that he had apologised to President Jiang", A("Bill Clinton", "USA", "GOV"), A("Jiang Zemin", "CHN", "GOV"), ["05"],
  "055", "1999-05", None, True, "apology 055; reported on Monday, apology day not given: month")
E("e06", "told reporters by telephone that nearly every", CHNS, USEMB, VPROT, "145", "1999-05", P("Beijing", "CHN"), False,
  "damage described by the besieged ambassador, restatement: optional")
E("e06", "protesters set fire to the residence of", A("Chinese protesters", "CHN", "CVL"), A("United States", "USA", None),
  VPROT, "145", "1999-05-08", P("Chengdu", "CHN"), True,
  "arson at a consul's residence 145 (VPROT roots); Saturday; the clause names Chengdu")
E("e06", "said in a televised address on Sunday", A("Hu Jintao", "CHN", "GOV"), CHNS, ["05"], "051", "1999-05-09", None,
  False, "endorsement of the protests, domestic: optional")
E("e06", "said nobody believed the strike had been", A("Wang", "CHN", ["CVL", "EDU"]), A("NATO", "NAT", ["IGO", "MIL"]),
  ["11"], "112", "1999-05", None, False, "a student's accusation: optional")
F("e06", "The United States is China's largest export", "standing situation")
F("e06", "Diplomats could not say how long the", "speculation")

# ---------------------------------------------------------------- e07 Bucharest, Europe/Eurasia (Romania)
S("e07", "1989-12-23", "Europe/Eurasia", """
Ceausescu flees as army sides with crowds; new council claims power in Romania

BUCHAREST, Romania —

Nicolae Ceausescu fled the capital by helicopter on Friday after tens of thousands of demonstrators broke into the Communist Party headquarters and soldiers turned their guns away from the crowds.

A group calling itself the National Salvation Front, headed by the former party official Ion Iliescu, announced on state television that it had taken power and dissolved all structures of the old regime.

Army units loyal to the new leadership fought through the night with members of the Securitate secret police, who fired on crowds from rooftops around Palace Square, witnesses said.

Radio Bucharest said the defence minister, General Vasile Milea, had shot himself on Friday morning after refusing Ceausescu's order to fire on demonstrators. Regime officials had branded him a traitor.

The uprising began in the western city of Timisoara, where security forces opened fire on protesters on December 17, killing scores.

The actor Ion Caramitru and the poet Mircea Dinescu, who had spent months under house arrest, read the Front's first appeal for calm.

The Soviet Union welcomed the change and said it was ready to send help. Hungary, whose ethnic kin in Timisoara had led the first protests, flew in blood and medicine.

Romania has about 23 million people. It was not known where the fallen leader and his wife were heading.
""")
ROUP = A("Romanian protesters", "ROU", ["CVL", "OPP"])
ROUG = A("Romanian government", "ROU", "GOV")
FSN = A("National Salvation Front", "ROU", ["GOV", "OPP"])
SECU = A("Securitate", "ROU", ["SPY", "COP"])
E("e07", "army sides with crowds; new council claims", FSN, ROUG, COUP, "1724", "1989-12", None, False, "headline")
E("e07", "tens of thousands of demonstrators broke into", ROUP, ROUG, VPROT, "145", "1989-12-22", P("Bucharest", "ROU"),
  True, "storming the party headquarters (14/18/17) in an 'after' clause with its own agent; Friday; the main clause "
  "makes it the capital, the dateline city")
E("e07", "and soldiers turned their guns away from", A("Romanian army", "ROU", "MIL"), ROUP, ["05", "08"], "050", "1989-12-22",
  None, False, "siding with the crowds, read as support: optional")
E("e07", "announced on state television that it had", FSN, ROUG, COUP, "1724", "1989-12", None, True,
  "declared takeover 1724 (17/19); no day in the sentence: month")
E("e07", "Army units loyal to the new leadership", A("Romanian army", "ROU", "MIL"), SECU, CLASH, "190", "1989-12", None, True,
  "fighting with the secret police (19/18/14); 'through the night' after Friday: month; Palace Square gives no place")
E("e07", "who fired on crowds from rooftops around", SECU, A("Romanian civilians", "ROU", "CVL"), ["18", "17", "19"], "180",
  "1989-12", None, False, "shooting on crowds inside a witnesses' account: optional")
E("e07", "had shot himself on Friday morning after", A("Vasile Milea", "ROU", ["MIL", "GOV"]),
  A("Nicolae Ceausescu", "ROU", "GOV"), ["12"], "120", "1989-12-22", None, False,
  "refusal of an order, inside a radio account of a disputed death: optional")
E("e07", "Regime officials had branded him a traitor", ROUG, A("Vasile Milea", "ROU", ["MIL", "GOV"]), ["11"], "112",
  "1989-12", None, False, "undated accusation: optional")
E("e07", "where security forces opened fire on protesters", A("Romanian security forces", "ROU", ["COP", "MIL"]),
  A("Romanian protesters", "ROU", ["CVL", "OPP"]), ["17", "18", "20"], "175", "1989-12-17", P("Timisoara", "ROU"), True,
  "dated background repression with its own agent (17/18/20); 'on December 17'; the clause names Timisoara")
E("e07", "who had spent months under house arrest", ROUG, A("Mircea Dinescu", "ROU", "CVL"), ["17"], "173", "1989", None,
  False, "agentless undated detention: optional")
E("e07", "The Soviet Union welcomed the change and", A("Soviet Union", "RUS", "GOV"), FSN, ["05"], "051", "1989-12", None,
  False, "outside welcome: optional")
E("e07", "flew in blood and medicine", A("Hungary", "HUN", "GOV"), A("Romania", "ROU", "GOV"), ["07"], "073", "1989-12",
  None, True, "humanitarian aid delivered 073; no day: month")
F("e07", "Romania has about 23 million people", "count")
F("e07", "It was not known where the fallen", "speculation")

# ---------------------------------------------------------------- e08 Vienna, Europe/Eurasia (Austria / Israel / EU)
S("e08", "2000-02-05", "Europe/Eurasia", """
Israel recalls envoy as Haider's party joins Austrian government; EU partners freeze ties

VIENNA, Austria —

Israel recalled its ambassador from Vienna on Friday and the other 14 members of the European Union froze official contacts with Austria, hours after President Thomas Klestil swore in a coalition that gives cabinet posts to Joerg Haider's far-right Freedom Party.

Klestil, who had rejected two Freedom Party nominees for ministerial posts, looked grim during the ceremony at the Hofburg palace.

The new ministers walked to the palace through an underground passage because thousands of protesters had blocked the square outside, pelting police with eggs and bottles. Riot police used water cannon to push them back.

Foreign Minister Benita Ferrero-Waldner said the measures were unjustified and that Austria would not accept lectures from its partners.

Haider, who remains governor of Carinthia and took no cabinet seat, accused Belgium and France of hypocrisy.

The United States recalled its ambassador, Kathryn Hall, for consultations and said it would limit contacts with the new government.

Doron Rabinovici, a writer who helped organise the protests, said the demonstrators would return every evening until the coalition fell.

Austria has been a member of the Union since 1995. Diplomats doubted that the boycott could be sustained for long.
""")
AUT = A("Austria", "AUT", "GOV")
HAID = A("Joerg Haider", "AUT", ["PTY", "GOV"])
AUTP = A("Austrian protesters", "AUT", ["CVL", "OPP"])
AUTC = A("Austrian police", "AUT", "COP")
E("e08", "Israel recalls envoy as Haider's party joins", A("Israel", "ISR", "GOV"), AUT, ["16"], "161", "2000-02-04", None,
  False, "headline")
E("e08", "Israel recalled its ambassador from Vienna on", A("Israel", "ISR", "GOV"), AUT, ["16"], "161", "2000-02-04", None,
  True, "recall of one's own envoy 161; Friday in a Saturday paper; 'Vienna' = Austria (city as government), not a place")
E("e08", "the other 14 members of the European", A("European Union", "EUR", ["IGO", "GOV"]), AUT, SANCT, "160", "2000-02",
  None, True, "freezing official contacts: reduced relations 160 (16/17); the day is attached to Israel's clause: month")
E("e08", "Klestil, who had rejected two Freedom Party", A("Thomas Klestil", "AUT", "GOV"),
  A("Freedom Party", "AUT", ["PTY", "GOV"]), ["12"], "120", "2000-02", None, False, "undated background refusal: optional")
E("e08", "pelting police with eggs and bottles", AUTP, AUTC, VPROT, "145", "2000-02-04", None, True,
  "violent protest against police (14/18/17); the ceremony day, Friday; 'the square outside' the palace gives no place")
E("e08", "Riot police used water cannon to push", AUTC, AUTP, REPR, "175", "2000-02-04", None, True,
  "water cannon 175 (17/18); 'them' = the protesters")
E("e08", "Ferrero-Waldner said the measures were unjustified and", A("Benita Ferrero-Waldner", "AUT", "GOV"),
  A("European Union", "EUR", ["IGO", "GOV"]), ["12", "11"], "120", "2000-02", None, True,
  "rejection of the partners' measures (12/11); no day: month")
E("e08", "accused Belgium and France of hypocrisy", HAID, A("Belgium", "BEL", "GOV"), ["11"], "112", "2000-02", None, True,
  "accusation; compound object, first member required")
E("e08", "accused Belgium and France of hypocrisy", HAID, A("France", "FRA", "GOV"), ["11"], "112", "2000-02", None, False,
  "second member of the compound: optional")
E("e08", "The United States recalled its ambassador, Kathryn", USA, AUT, ["16"], "161", "2000-02", None, True,
  "recall of an envoy for consultations 161; no day: month")
E("e08", "and said it would limit contacts with", USA, AUT, ["16", "13"], "160", "2000-02", None, False,
  "announced limit on contacts, intention: optional")
E("e08", "said the demonstrators would return every evening", A("Doron Rabinovici", "AUT", ["CVL", "OPP"]), AUT, ["14", "13"],
  "140", "2000-02", None, False, "announced further protests: optional")
F("e08", "Austria has been a member of the", "standing situation")
F("e08", "Diplomats doubted that the boycott could be", "speculation")

# ---------------------------------------------------------------- e09 Brasilia, Americas (Peru / Ecuador)
S("e09", "1995-02-18", "Americas", """
Peru and Ecuador sign peace declaration in Brasilia, agree to pull troops apart

BRASILIA, Brazil —

Peru and Ecuador signed a peace declaration here on Friday, committing themselves to separate their troops along a disputed stretch of jungle border and to accept military observers from the four countries that guarantee their 1942 border treaty.

The accord was signed by the deputy foreign ministers of the two countries at the Itamaraty palace, after Brazilian, Argentine, Chilean and U.S. envoys had shuttled between the delegations for a week.

The fighting broke out on January 26, when Peruvian and Ecuadorean troops clashed near the headwaters of a remote Amazon tributary.

Peru's president, Alberto Fujimori, had declared a unilateral ceasefire on Tuesday after announcing that his troops had captured Tiwinza, the last Ecuadorean outpost on the Peruvian side of the line.

Ecuador denied that the base had fallen. Its president, Sixto Duran Ballen, said his soldiers still held Tiwinza and accused Peruvian helicopters of attacking Ecuadorean positions after the truce took effect.

Colonel Jorge Brito, a spokesman for Ecuador's joint command, said two soldiers had been wounded in shelling on Thursday.

Brazil's foreign minister, Luiz Felipe Lampreia, said the first observers would arrive next week.

The Cordillera del Condor is one of the most remote regions of South America. Few diplomats expected the guns to fall silent at once.
""")
PER = A("Peru", "PER", "GOV")
ECU = A("Ecuador", "ECU", "GOV")
E("e09", "Peru and Ecuador sign peace declaration in", PER, ECU, AGREE, "057", "1995-02-17", P("Brasilia", "BRA"), False,
  "headline")
E("e09", "Peru and Ecuador signed a peace declaration", PER, ECU, AGREE, "057", "1995-02-17", P("Brasilia", "BRA"), True,
  "signed peace declaration 057 (05/03/08); first-mentioned direction; 'here' = Brasilia; Friday in a Saturday paper")
E("e09", "Peru and Ecuador signed a peace declaration", ECU, PER, AGREE, "057", "1995-02-17", P("Brasilia", "BRA"), False,
  "reverse direction: optional")
E("e09", "after Brazilian, Argentine, Chilean and U.S. envoys", A("Brazil", "BRA", "GOV"), PER, MEDIATE, "045", "1995-02",
  None, True, "shuttle mediation 045 (04/03); compound subject, first member (Brazil) required, with the first party "
  "as target; 'for a week': month")
E("e09", "after Brazilian, Argentine, Chilean and U.S. envoys", A("Brazil", "BRA", "GOV"), ECU, MEDIATE, "045", "1995-02",
  None, False, "same mediation, other party: optional")
E("e09", "after Brazilian, Argentine, Chilean and U.S. envoys", A("United States", "USA", "GOV"), PER, MEDIATE, "045",
  "1995-02", None, False, "another guarantor: optional")
E("e09", "when Peruvian and Ecuadorean troops clashed near", A("Peruvian army", "PER", "MIL"), A("Ecuadorean army", "ECU", "MIL"),
  CLASH, "190", "1995-01-26", None, True,
  "dated background clash in a 'when' clause (19/18/14); first-mentioned direction; 'on January 26'; the tributary is "
  "not named")
E("e09", "when Peruvian and Ecuadorean troops clashed near", A("Ecuadorean army", "ECU", "MIL"), A("Peruvian army", "PER", "MIL"),
  CLASH, "190", "1995-01-26", None, False, "reverse direction: optional")
E("e09", "had declared a unilateral ceasefire on Tuesday", A("Alberto Fujimori", "PER", "GOV"), ECU, ["08", "03"], "0871",
  "1995-02-14", None, True, "declared ceasefire 0871 (08/03); 'on Tuesday' before a Saturday paper")
E("e09", "after announcing that his troops had captured", A("Peruvian army", "PER", "MIL"), A("Ecuadorean army", "ECU", "MIL"),
  FORCE, "192", "1995-02", P("Tiwinza", "ECU"), False,
  "claimed capture of an outpost, denied by the other side: optional")
E("e09", "Ecuador denied that the base had fallen", ECU, PER, DENY, "010", "1995-02", None, False,
  "denial of the other side's claim: optional")
E("e09", "accused Peruvian helicopters of attacking Ecuadorean positions", A("Sixto Duran Ballen", "ECU", "GOV"), PER, ["11"],
  "112", "1995-02", None, True, "accusation of breaking the truce 112; no day: month")
E("e09", "said two soldiers had been wounded in", A("Peruvian army", "PER", "MIL"), A("Ecuadorean army", "ECU", "MIL"),
  ["19", "18"], "190", "1995-02-16", None, False, "agentless shelling inside one side's account: optional")
E("e09", "said the first observers would arrive next", A("Luiz Felipe Lampreia", "BRA", "GOV"), ECU, ["03", "07"], "0334",
  "1995-02", None, False, "announced deployment of observers: optional")
F("e09", "The Cordillera del Condor is one of", "standing situation")
F("e09", "Few diplomats expected the guns to fall", "speculation")

# ---------------------------------------------------------------- e10 Buenos Aires, Americas (Argentina)
S("e10", "2001-12-21", "Americas", """
Argentina's De la Rua resigns as police and protesters battle in Buenos Aires

BUENOS AIRES, Argentina —

President Fernando de la Rua resigned on Thursday and left the Casa Rosada by helicopter, hours after mounted police charged thousands of protesters in the Plaza de Mayo in clashes that left at least five people dead in the capital.

De la Rua had appealed earlier in the day to the opposition Peronists to join a government of national unity, but their leaders turned him down.

Police fired tear gas and rubber bullets as crowds tore down fences around the square, and some officers used live ammunition, according to the human rights group CELS.

On Wednesday night De la Rua had declared a state of siege after looters ransacked supermarkets in several cities, but the decree only swelled the crowds, who banged pots and pans in the streets until dawn. Economy Minister Domingo Cavallo resigned hours later.

Hebe de Bonafini, the leader of the Mothers of the Plaza de Mayo, accused the police of beating elderly women who had joined the march.

The Senate's provisional president, Ramon Puerta, will serve as interim head of state until Congress chooses a successor.

The International Monetary Fund, which refused this month to release a $1.3 billion loan instalment, said it was watching events closely.

Argentina owes foreign creditors about $132 billion. No one could say how the next government would pay them.
""")
DLR = A("Fernando de la Rua", "ARG", "GOV")
ARGP = A("Argentine protesters", "ARG", ["CVL", "OPP"])
ARGC = A("Argentine police", "ARG", "COP")
PJ = A("Peronists", "ARG", ["PTY", "OPP"])
E("e10", "Argentina's De la Rua resigns as police", DLR, ARGP, ["08"], "0831", "2001-12-20", None, False, "headline")
E("e10", "President Fernando de la Rua resigned on", DLR, ARGP, ["08"], "0831", "2001-12-20", None, True,
  "resignation under protest pressure 0831 with the protesters as implied target (news-dev d09); Thursday in a "
  "Friday paper")
E("e10", "hours after mounted police charged thousands of", ARGC, ARGP, REPR, "175", "2001-12-20", P("Buenos Aires", "ARG"),
  False, "lead summary of the repression detailed in paragraph three: optional; 'the capital' = Buenos Aires")
E("e10", "De la Rua had appealed earlier in the", DLR, PJ, ["02", "10", "03"], "020", "2001-12-20", None, True,
  "appeal to join a unity government (02/10, tolerant 03); 'earlier in the day': Thursday")
E("e10", "but their leaders turned him down", PJ, DLR, ["12"], "120", "2001-12-20", None, True,
  "rejection of the offer; 'their leaders' = the Peronists', 'him' = De la Rua")
E("e10", "Police fired tear gas and rubber bullets", ARGC, ARGP, REPR, "175", "2001-12-20", None, True,
  "tear gas and rubber bullets 175 (17/18); the square of the lead (Plaza de Mayo) gives no place beyond the city")
E("e10", "as crowds tore down fences around the", ARGP, ARGC, VPROT, "145", "2001-12-20", None, False,
  "crowd violence in the 'as' clause: optional")
E("e10", "On Wednesday night De la Rua had", DLR, A("Argentina", "ARG", None), ["17"], "1724", "2001-12-19", None, True,
  "declared state of siege 1724; 'On Wednesday night' before a Friday paper; the decree answers the rioting: "
  "target the country")
E("e10", "after looters ransacked supermarkets in several cities", A("Argentine looters", "ARG", "CVL"),
  A("Argentine businesses", "ARG", "BUS"), ["17", "18", "14"], "170", "2001-12-19", None, False,
  "looting, unnamed cities: optional")
E("e10", "who banged pots and pans in the", ARGP, DLR, ["14"], "141", "2001-12-19", None, False,
  "pot-banging protest against the decree, in a relative clause: optional")
E("e10", "Economy Minister Domingo Cavallo resigned hours later", A("Domingo Cavallo", "ARG", "GOV"), ARGP, ["08"], "0831",
  "2001-12", None, False, "resignation under pressure, 'hours later' after Wednesday night: optional")
E("e10", "accused the police of beating elderly women", A("Hebe de Bonafini", "ARG", ["NGO", "CVL"]), ARGC, ["11"], "112",
  "2001-12", None, True, "accusation by a rights leader; no day: month")
E("e10", "which refused this month to release a", A("International Monetary Fund", None, "IGO"), A("Argentina", "ARG", "GOV"),
  ["12", "16"], "122", "2001-12", None, True,
  "refusal to release a loan instalment (12, tolerant 16), dated 'this month' in a relative clause with its own agent")
E("e10", "according to the human rights group CELS", ARGC, ARGP, REPR, "175", "2001-12-20", None, False,
  "live fire inside a rights group's account: optional")
F("e10", "Argentina owes foreign creditors about $132 billion", "count")
F("e10", "No one could say how the next", "speculation")

# ---------------------------------------------------------------- e11 Islamabad, South Asia (Pakistan)
S("e11", "1999-10-13", "South Asia", """
Pakistan army ousts Sharif hours after he fires its chief

ISLAMABAD, Pakistan —

Pakistan's army seized power on Tuesday evening and put Prime Minister Nawaz Sharif under guard, hours after he dismissed the army chief, General Pervez Musharraf, while the general was flying home from an official visit to Sri Lanka.

Soldiers scaled the gates of the state television building here and took the station off the air, then surrounded Sharif's residence. Troops also took control of the airport in Karachi, where the civil aviation authority had refused to let the general's airliner land.

In a brief address broadcast early on Wednesday, Musharraf said the armed forces had moved in as a last resort and accused Sharif of trying to destroy the army.

Sharif's brother Shahbaz, the chief minister of Punjab, was also detained, officials of the ruling Pakistan Muslim League said.

The United States urged a swift return to civilian rule, and Commonwealth Secretary-General Emeka Anyaoku condemned the takeover. India said it was watching events closely and put its troops along the Line of Control on alert.

Benazir Bhutto, the former prime minister, who lives in exile, welcomed Sharif's fall but urged the generals to hold elections quickly.

Pakistan has been ruled by generals for roughly half of its history. It was not clear whether the constitution would be suspended.
""")
PAKM = A("Pakistani army", "PAK", ["MIL", "GOV"])
SHARIF = A("Nawaz Sharif", "PAK", "GOV")
MUSH = A("Pervez Musharraf", "PAK", ["MIL", "GOV"])
E("e11", "Pakistan army ousts Sharif hours after he", PAKM, SHARIF, COUP, "1724", "1999-10-12", None, False, "headline")
E("e11", "Pakistan's army seized power on Tuesday evening", PAKM, SHARIF, COUP, "1724", "1999-10-12", None, True,
  "military takeover 1724 (17/19); Tuesday in a Wednesday paper")
E("e11", "and put Prime Minister Nawaz Sharif under", PAKM, SHARIF, ["17"], "173", "1999-10-12", None, True,
  "detention under guard 173, second verb with the same day")
E("e11", "hours after he dismissed the army chief", SHARIF, MUSH, ["17"], "172", "1999-10-12", None, True,
  "dismissal of the army chief 172 in an 'hours after' clause with its own agent; 'he' = Sharif")
E("e11", "Soldiers scaled the gates of the state", PAKM, A("Pakistan", "PAK", None), SEIZE, "192", "1999-10-12",
  P("Islamabad", "PAK"), True, "seizure of the state broadcaster (premises: the country, sector null) 192 (19/17); "
  "'here' = Islamabad; the evening of the takeover")
E("e11", "Troops also took control of the airport", PAKM, A("Pakistan", "PAK", None), SEIZE, "192", "1999-10-12",
  P("Karachi", "PAK"), False, "second seizure, part of the takeover: optional")
E("e11", "where the civil aviation authority had refused", A("Pakistani civil aviation authority", "PAK", "GOV"), MUSH,
  ["12"], "120", "1999-10-12", P("Karachi", "PAK"), False, "refusal of landing inside a relative clause, undated: optional")
E("e11", "accused Sharif of trying to destroy the", MUSH, SHARIF, ["11"], "112", "1999-10-13", None, True,
  "accusation in the address 'early on Wednesday'")
E("e11", "Sharif's brother Shahbaz, the chief minister of", PAKM, A("Shahbaz Sharif", "PAK", "GOV"), ["17"], "173", "1999-10",
  None, False, "agentless detention reported by the ousted party: optional")
E("e11", "The United States urged a swift return", USA, PAKM, DEMAND, "1044", "1999-10", None, False,
  "outside appeal: optional")
E("e11", "Emeka Anyaoku condemned the takeover", A("Emeka Anyaoku", None, "IGO"), PAKM, ["11"], "111", "1999-10", None,
  False, "outside condemnation: optional")
E("e11", "put its troops along the Line of", A("India", "IND", "GOV"), A("Pakistan", "PAK", "GOV"), ["15"], "152",
  "1999-10", None, False, "raised alert: optional")
E("e11", "welcomed Sharif's fall but urged the generals", A("Benazir Bhutto", "PAK", ["OPP", "PTY"]), PAKM, DEMAND, "104",
  "1999-10", None, True, "demand for early elections (10/02); 'the generals' = the army; no day: month")
F("e11", "Pakistan has been ruled by generals for", "standing situation")
F("e11", "It was not clear whether the constitution", "speculation")

# ---------------------------------------------------------------- e12 Port of Spain, Caribbean (Trinidad and Tobago)
S("e12", "1990-08-02", "Americas", """
Trinidad rebels free prime minister and surrender after six-day siege

PORT OF SPAIN, Trinidad and Tobago —

Muslim rebels who had held Prime Minister Arthur Robinson and members of his cabinet in the parliament building for six days freed their last hostages on Wednesday and surrendered to soldiers, ending an uprising that left about two dozen people dead.

The 114 members of the Jamaat al Muslimeen, led by Yasin Abu Bakr, a former policeman, walked out of the Red House with their hands raised and were taken away by troops.

Abu Bakr said they had given up in exchange for an amnesty signed by the acting prime minister, Winston Dookeran, during the siege. The government said that document had been obtained under duress and was not binding.

The rebels stormed parliament on Friday afternoon during a session, while a second group seized the state television station and Abu Bakr went on the air to announce that the government had been overthrown.

Robinson, 64, was shot in the leg after he told the gunmen to let the army attack, said Selby Wilson, a minister who was held with him.

Looters ransacked shops in downtown Port of Spain in the first nights of the crisis, and the government imposed a curfew that remains in force.

Venezuela and the United States offered help, but officials said the island's own forces had the situation in hand.

Trinidad is the largest oil producer in the Caribbean. Whether the courts would uphold the amnesty was unclear.
""")
JAM = A("Jamaat al Muslimeen", "TTO", ["REB", "RAD"])
ROB = A("Arthur Robinson", "TTO", "GOV")
TTO = A("Trinidad and Tobago", "TTO", "GOV")
TTOM = A("Trinidad and Tobago army", "TTO", "MIL")
E("e12", "Trinidad rebels free prime minister and surrender", JAM, ROB, ["08"], "0841", "1990-08-01", None, False, "headline")
E("e12", "freed their last hostages on Wednesday and", JAM, ROB, ["08"], "0841", "1990-08-01", None, True,
  "release of hostages 0841 (08); the prime minister named in the subject's relative clause is the hostage; Wednesday "
  "in a Thursday paper")
E("e12", "Muslim rebels who had held Prime Minister", JAM, ROB, ["18"], "181", "1990-07", None, False,
  "the hostage-holding in a relative clause, restated by the storming below: optional")
E("e12", "and surrendered to soldiers, ending an uprising", JAM, TTOM, ["08"], "080", "1990-08-01", None, False,
  "surrender, second verb: optional")
E("e12", "walked out of the Red House with", TTOM, JAM, ["17"], "173", "1990-08-01", None, True,
  "detention by troops, passive with agent ('taken away by troops'); the day of the surrender")
E("e12", "in exchange for an amnesty signed by", A("Winston Dookeran", "TTO", "GOV"), JAM, ["08", "03"], "080", "1990", None,
  True, "amnesty granted to the rebels 080 (08/03); 'during the siege' spans two months: year")
E("e12", "The government said that document had been", TTO, JAM, ["12"], "120", "1990-08", None, True,
  "refusal to honour the amnesty 120; no day: month")
E("e12", "The rebels stormed parliament on Friday afternoon", JAM, A("Trinidad and Tobago parliament", "TTO", ["LEG", "GOV"]),
  ["18", "19"], "181", "1990-07-27", None, True,
  "storming parliament and taking the cabinet hostage 181 (18/19); 'on Friday afternoon' six days before Wednesday")
E("e12", "while a second group seized the state", JAM, A("Trinidad and Tobago", "TTO", None), SEIZE, "192", "1990-07-27",
  None, True, "seizure of the state broadcaster (premises) 192 (19/17), same Friday")
E("e12", "was shot in the leg after he", JAM, ROB, ["18", "19"], "182", "1990-07", None, False,
  "agentless passive inside a hostage's account: optional")
E("e12", "Looters ransacked shops in downtown Port of", A("Trinidadian looters", "TTO", "CVL"), A("Trinidadian businesses", "TTO", "BUS"),
  ["17", "18", "14"], "170", "1990-07", P("Port of Spain", "TTO"), False, "looting: optional")
E("e12", "and the government imposed a curfew that", TTO, A("Trinidad and Tobago", "TTO", None), ["17"], "1723", "1990",
  None, False, "curfew over the country, self-directed: optional")
E("e12", "Venezuela and the United States offered help", A("Venezuela", "VEN", "GOV"), TTO, ["03"], "033", "1990", None,
  False, "outside offer: optional")
F("e12", "Trinidad is the largest oil producer in", "standing situation")
F("e12", "Whether the courts would uphold the amnesty", "speculation")

if __name__ == "__main__":
    write(HERE)
