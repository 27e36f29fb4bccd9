#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned34 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run).
Coding notes are kept per line.
Run: python3 testdata/owned34/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
BLOCK = ["19", "17", "16"]
HOSTAGE = ["18", "17"]
RELEASE = ["08"]
VERDICT = ["17", "12", "11"]
EXPEL = ["16", "17"]
WALK = ["12", "16", "14"]

# ---------------------------------------------------------------- ah01 Nairobi, Africa (Kenya, 1990)
S("ah01", "1990-07-08", "Africa", """
Kenyan police tear-gas crowds at banned Nairobi rally after Matiba and Rubia are held

NAIROBI, Kenya —

Riot police fired tear gas and swung batons on Saturday at thousands of people who had gathered at the Kamukunji grounds here for a pro-democracy rally that President Daniel arap Moi's government had banned.

The rally was called by Kenneth Matiba and Charles Rubia, two former cabinet ministers campaigning for an end to one-party rule. Both were detained without charge on Wednesday under the public security laws, and their families said they had not been allowed to see them.

Police also arrested Raila Odinga, the son of veteran opposition figure Oginga Odinga, and several lawyers who had represented government critics.

As word spread that the meeting had been broken up, youths stoned cars and looted shops in the capital's eastern districts. Officers fired live rounds in two slums, and hospital staff said at least six people had been killed by nightfall.

Speaking to party officials on Friday, Moi accused unnamed foreigners of financing the multiparty campaign. He vowed to crush anyone who threatened the peace.

The U.S. ambassador, Smith Hempstone, who in May had publicly urged Kenya to open its politics to rival parties, said Washington was deeply concerned by the detentions.

Kenya has been a one-party state by law since 1982. It was not clear whether Moi would free the two men before the ruling party's conference later this year.
""")
KENCOP = A("Kenyan police", "KEN", "COP")
KENG = A("Kenya's government", "KEN", "GOV")
MOI = A("Daniel arap Moi", "KEN", "GOV")
KENP = A("Kenyan pro-democracy protesters", "KEN", ["CVL", "OPP"])
MATIBA = A("Kenneth Matiba", "KEN", ["OPP", "ELI"])
RUBIA = A("Charles Rubia", "KEN", ["OPP", "ELI"])
HEMP = A("Smith Hempstone", "USA", "GOV")
E("ah01", "Kenyan police tear-gas crowds at banned Nairobi", KENCOP, KENP, REPR, "175", "1990-07-07", P("Nairobi", "KEN"),
  False, "headline")
E("ah01", "after Matiba and Rubia are held", KENG, MATIBA, REPR, "173", "1990-07-04", None, False,
  "headline, second event (agentless passive)")
E("ah01", "Riot police fired tear gas and swung batons", KENCOP, KENP, REPR, "175", "1990-07-07", P("Nairobi", "KEN"),
  True, "tear gas and batons on a crowd 175 (17/18); 'the Kamukunji grounds here' = Nairobi; Saturday in a Sunday paper")
E("ah01", "who had gathered at the Kamukunji grounds", KENP, KENG, ["14"], "141", "1990-07-07", P("Nairobi", "KEN"), False,
  "the gathering itself, inside a relative clause: optional")
E("ah01", "that President Daniel arap Moi's government had banned", KENG, MATIBA, ["17"], "1721", "1990-07", None, False,
  "ban on the rally inside a relative clause without a date: optional; target the organiser")
E("ah01", "The rally was called by Kenneth Matiba", MATIBA, KENG, ["14"], "140", "1990-07", None, False,
  "calling a rally: coders split on whether the call is itself an event: optional")
E("ah01", "Both were detained without charge on Wednesday", KENG, MATIBA, REPR, "173", "1990-07-04", None, True,
  "agentless passive; the story's government is the agent (public security laws); 'Both' = Matiba and Rubia, first "
  "member required; Wednesday before a Sunday paper = 4 July")
E("ah01", "Both were detained without charge on Wednesday", KENG, RUBIA, REPR, "173", "1990-07-04", None, False,
  "second member of 'Both': optional")
E("ah01", "Police also arrested Raila Odinga, the son", KENCOP, A("Raila Odinga", "KEN", ["OPP", "ELI"]), REPR, "173",
  "1990-07", None, True, "arrest with no day of its own: month")
E("ah01", "Police also arrested Raila Odinga, the son", KENCOP, A("Kenyan lawyers", "KEN", ["CVL", "OPP"]), REPR, "173",
  "1990-07", None, False, "second member of the compound object: optional")
E("ah01", "youths stoned cars and looted shops in", A("Kenyan rioters", "KEN", ["CVL", "OPP"]), KENG, VPROT, "145",
  "1990-07-07", P("Nairobi", "KEN"), True, "riot 145 (14/18/17); 'the capital's eastern districts' = Nairobi; the "
  "same Saturday as the breaking-up (month also accepted by coarser readers, gold keeps the day the text implies)")
E("ah01", "Officers fired live rounds in two slums", KENCOP, A("Kenyan rioters", "KEN", ["CVL", "OPP"]), REPR, "175",
  "1990-07-07", None, True, "live fire on rioters 175 (17/18); no slum named: no place; Saturday ('by nightfall')")
E("ah01", "Moi accused unnamed foreigners of financing the", MOI, A("unnamed foreigners", None, None), ["11"], "112",
  "1990-07-06", None, True, "accusation; 'on Friday' in the opening phrase; target unnamed, country null")
E("ah01", "He vowed to crush anyone who threatened", MOI, A("Kenyan multiparty campaigners", "KEN", ["OPP", "CVL"]),
  ["13"], "137", "1990-07-06", None, True, "'He' = Moi; threat of repression 137; same Friday speech")
E("ah01", "who in May had publicly urged Kenya", HEMP, KENG, DEMAND, "1042", "1990-05", None, True,
  "dated background in a relative clause with its own agent: an appeal for political change (10/02); 'in May'")
E("ah01", "said Washington was deeply concerned by the", HEMP, KENG, ["11"], "111", "1990-07", None, False,
  "single outside reaction (concern = mild criticism): optional")
F("ah01", "Kenya has been a one-party state by", "standing situation")
F("ah01", "It was not clear whether Moi would", "speculation")

# ---------------------------------------------------------------- ah02 Luanda, Africa (Angola, 1992)
S("ah02", "1992-10-18", "Africa", """
U.N. envoy calls Angola's vote fair as Savimbi cries fraud

LUANDA, Angola —

The United Nations special representative in Angola, Margaret Anstee, declared on Saturday that last month's elections had been generally free and fair, hours after the electoral council said President Jose Eduardo dos Santos had fallen just short of an outright majority.

Jonas Savimbi, whose UNITA movement fought the government for 16 years before a peace accord signed in Portugal last year, has denounced the count as massive fraud. He has refused to accept any result that puts his rival ahead.

The rebel leader has withdrawn to his stronghold of Huambo in the central highlands. Earlier this month UNITA's generals pulled out of the new unified army, a step diplomats said put the whole peace process at risk.

South Africa's foreign minister, Pik Botha, flew to Huambo this week to see Savimbi and press him to accept the outcome. The United States also urged the former rebel to avoid a return to war.

The government accused UNITA of moving troops toward several provincial capitals, a charge the movement denied.

Dos Santos, whose MPLA party won a clear majority in parliament, said he was ready for a second round and offered to meet his rival.

Under the electoral law, a runoff must be held when no candidate wins more than half of the votes. Whether the second round could be organised before the end of the year was uncertain.
""")
ANSTEE = A("Margaret Anstee", "UNO", "IGO")
SAVIMBI = A("Jonas Savimbi", "AGO", ["REB", "OPP"])
UNITA = A("UNITA", "AGO", ["REB", "OPP", "PTY"])
AGOG = A("Angola's government", "AGO", "GOV")
AGOC = A("Angola's electoral council", "AGO", "GOV")
DOSS = A("Jose Eduardo dos Santos", "AGO", "GOV")
E("ah02", "U.N. envoy calls Angola's vote fair as", ANSTEE, AGOC, ["05"], "051", "1992-10-17", None, False, "headline")
E("ah02", "U.N. envoy calls Angola's vote fair as", SAVIMBI, AGOC, ["11"], "112", "1992-10", None, False,
  "headline, second event ('cries fraud')")
E("ah02", "declared on Saturday that last month's elections", ANSTEE, AGOC, ["05"], "051", "1992-10-17", None, True,
  "endorsing the vote 051, target the body that ran it; Saturday in a Sunday paper; no place named")
E("ah02", "has denounced the count as massive fraud", SAVIMBI, AGOC, ["11"], "112", "1992-10", None, True,
  "accusation of fraud; present perfect without a day: month")
E("ah02", "before a peace accord signed in Portugal", UNITA, AGOG, AGREE, "057", "1991", None, False,
  "agentless nominal background ('signed ... last year'): optional; Portugal is a country named as the area, not a "
  "place")
E("ah02", "whose UNITA movement fought the government for", UNITA, AGOG, FORCE, "190", None, None, False,
  "16 years of war in a relative clause, no date: optional")
E("ah02", "He has refused to accept any result", SAVIMBI, AGOC, ["12"], "120", "1992-10", None, True,
  "'He' = Savimbi; a stated refusal is an event (README), here present perfect: month")
E("ah02", "UNITA's generals pulled out of the new", UNITA, A("Angola's unified army", "AGO", "MIL"), WALK, "125",
  "1992-10", None, True, "withdrawing from a joint body, as owned21's summit pull-out (12/16/14); 'Earlier this month' "
  "gives the month")
E("ah02", "flew to Huambo this week to see", A("Pik Botha", "ZAF", "GOV"), SAVIMBI, ["04"], "042", "1992-10",
  P("Huambo", "AGO"), True, "visit 042 with the place in the clause; 'this week': month")
E("ah02", "flew to Huambo this week to see", A("Pik Botha", "ZAF", "GOV"), SAVIMBI, DEMAND, "025", "1992-10",
  P("Huambo", "AGO"), False, "second verb: pressing him to accept the outcome (appeal to yield): optional")
E("ah02", "The United States also urged the former", A("United States", "USA", "GOV"), SAVIMBI, DEMAND, "025",
  "1992-10", None, False, "single outside appeal: optional")
E("ah02", "The government accused UNITA of moving troops", AGOG, UNITA, ["11"], "112", "1992-10", None, True,
  "accusation; no day: month")
E("ah02", "a charge the movement denied", UNITA, AGOG, DENY, "016", "1992-10", None, False,
  "denial in a reduced relative clause: optional")
E("ah02", "said he was ready for a second", DOSS, SAVIMBI, AGREE, "036", "1992-10", None, True,
  "offer to meet 036 (AGREE roots tolerant); 'his rival' = Savimbi; month")
F("ah02", "Under the electoral law, a runoff must", "normative statement")
F("ah02", "Whether the second round could be organised", "speculation")

# ---------------------------------------------------------------- ah03 Baghdad, Middle East (Iraq / U.N. / U.S., 1997)
S("ah03", "1997-11-14", "Middle East", """
Iraq expels American arms inspectors; U.N. pulls out the rest

BAGHDAD, Iraq —

Iraq expelled six American members of the United Nations weapons inspection teams on Thursday, accusing them of spying for Washington, and the chief inspector, Richard Butler, responded by ordering nearly all of his remaining staff out of the country.

The expulsions came a day after the Security Council voted unanimously to bar Iraqi officials who obstruct the inspectors from travelling abroad.

Deputy Prime Minister Tariq Aziz said the inspections had become a cover for American espionage. He demanded that the council set a date for lifting the trade embargo imposed after the 1990 invasion of Kuwait.

President Bill Clinton, speaking in Washington on Thursday, called the expulsions unacceptable and said he was ruling nothing out. Two American aircraft carriers are within reach of the Gulf.

Russia and France, which have argued for easing the embargo, urged Baghdad to reverse its decision but warned against the use of force.

Several hundred Iraqis, organised by the ruling Baath party, rallied outside the U.N. offices here, burning an American flag and chanting support for President Saddam Hussein.

The disarmament commission was set up in 1991 to find and destroy Iraq's chemical, biological and missile programmes. It was not clear when the inspectors would be allowed to return.
""")
IRQ = A("Iraq", "IRQ", "GOV")
USINS = A("American U.N. weapons inspectors", "USA", ["IGO", "GOV"])
BUTLER = A("Richard Butler", "UNO", "IGO")
UNSC = A("U.N. Security Council", "UNO", "IGO")
AZIZ = A("Tariq Aziz", "IRQ", "GOV")
USA = A("United States", "USA", "GOV")
E("ah03", "Iraq expels American arms inspectors; U.N. pulls", IRQ, USINS, EXPEL, "1663", "1997-11-13", None, False,
  "headline")
E("ah03", "Iraq expels American arms inspectors; U.N. pulls", BUTLER, IRQ, EXPEL, "1663", "1997-11-13", None, False,
  "headline, second event")
E("ah03", "Iraq expelled six American members of the", IRQ, USINS, EXPEL, "1663", "1997-11-13", None, True,
  "expelling inspectors 1663 (16/17); Thursday in a Friday paper")
E("ah03", "accusing them of spying for Washington, and", IRQ, USINS, ["11"], "112", "1997-11-13", None, True,
  "accusation as a participle clause with the same agent; 'them' = the inspectors")
E("ah03", "responded by ordering nearly all of his", BUTLER, IRQ, EXPEL, "1663", "1997-11-13", None, True,
  "withdrawing inspectors 1663, target Iraq; same Thursday")
E("ah03", "a day after the Security Council voted", UNSC, IRQ, SANCT, "163", "1997-11-12", None, True,
  "travel ban on officials 163 (16/17) in an 'a day after' clause with its own agent: Wednesday")
E("ah03", "said the inspections had become a cover", AZIZ, USA, ["11"], "112", "1997-11", None, False,
  "restates Iraq's accusation: optional")
E("ah03", "He demanded that the council set a", AZIZ, UNSC, DEMAND, "1054", "1997-11", None, True,
  "'He' = Aziz; demand to ease economic sanctions 1054; no day: month")
E("ah03", "the trade embargo imposed after the 1990", UNSC, IRQ, SANCT, "163", "1990", None, False,
  "agentless background embargo: optional")
E("ah03", "the trade embargo imposed after the 1990", IRQ, A("Kuwait", "KWT", "GOV"), ["19"], "192", "1990", None, False,
  "nominal background 'the 1990 invasion of Kuwait' without an agent in its clause: optional")
E("ah03", "called the expulsions unacceptable and said he", A("Bill Clinton", "USA", "GOV"), IRQ, ["11"], "111",
  "1997-11-13", P("Washington", "USA"), True, "criticism; 'speaking in Washington' names where he spoke")
E("ah03", "called the expulsions unacceptable and said he", A("Bill Clinton", "USA", "GOV"), IRQ, ["13"], "130",
  "1997-11-13", P("Washington", "USA"), False, "'ruling nothing out': veiled threat, coders split: optional")
E("ah03", "urged Baghdad to reverse its decision but", A("Russia", "RUS", "GOV"), IRQ, DEMAND, "020", "1997-11", None,
  False, "outside appeal, compound subject, first member: optional (single outside reaction)")
E("ah03", "urged Baghdad to reverse its decision but", A("France", "FRA", "GOV"), IRQ, DEMAND, "020", "1997-11", None,
  False, "second member: optional")
E("ah03", "rallied outside the U.N. offices here, burning", A("Iraqi demonstrators", "IRQ", ["CVL", "PTY"]), USA, ["14"],
  "141", "1997-11", P("Baghdad", "IRQ"), True, "demonstration against the U.S.; 'here' = Baghdad; no day: month")
F("ah03", "The disarmament commission was set up in", "definition")
F("ah03", "It was not clear when the inspectors", "speculation")

# ---------------------------------------------------------------- ah04 Gaza City, Middle East (Israel / Palestinians, 2004)
S("ah04", "2004-03-22", "Middle East", """
Israeli missiles kill Hamas founder Yassin outside Gaza mosque

GAZA CITY, Palestinian Territories —

Israeli helicopter gunships fired missiles at Sheikh Ahmed Yassin, the founder and spiritual leader of Hamas, as he was wheeled out of a mosque after dawn prayers here on Monday, killing him and several bodyguards.

The army said the cleric had personally approved suicide bombings that killed scores of Israelis. Prime Minister Ariel Sharon congratulated the security forces and said the campaign against militant leaders would go on.

Yassin, whom Israel freed from prison in 1997 in a deal with Jordan after its agents botched an attempt to poison another Hamas leader in Amman, was in his late sixties and nearly blind.

Hamas vowed on Monday to avenge his death, and one of its senior figures in Gaza, Abdel Aziz Rantisi, told mourners the group would strike Israel everywhere. Tens of thousands of people followed the coffin through the streets, many chanting for revenge.

Palestinian Prime Minister Ahmed Qurei condemned the killing as a reckless and dangerous crime. British Foreign Secretary Jack Straw called it unlawful and unjustified, while the White House said it was deeply troubled.

Israel sealed off the West Bank and the Gaza Strip and put its troops on high alert.

Hamas runs schools, clinics and charities across the Gaza Strip. Whether the killing would derail Sharon's plan to pull settlers out of Gaza was unclear.
""")
ISRM = A("Israeli military", "ISR", "MIL")
ISRG = A("Israel", "ISR", "GOV")
YASSIN = A("Ahmed Yassin", "PSE", ["REB", "REL"])
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
E("ah04", "Israeli missiles kill Hamas founder Yassin outside", ISRM, YASSIN, ATTACK, "186", "2004-03-22", None, False,
  "headline")
E("ah04", "Israeli helicopter gunships fired missiles at Sheikh", ISRM, YASSIN, ATTACK, "186", "2004-03-22",
  P("Gaza City", "PSE"), True, "targeted killing 186 (18/19/20); 'here' = Gaza City; Monday is the publication day")
E("ah04", "Israeli helicopter gunships fired missiles at Sheikh", ISRM, A("Yassin's bodyguards", "PSE", ["REB", "CVL"]),
  ATTACK, "190", "2004-03-22", P("Gaza City", "PSE"), False, "second member ('and several bodyguards'): optional")
E("ah04", "said the cleric had personally approved suicide", ISRM, YASSIN, ["11"], "112", "2004-03", None, False,
  "justifying accusation by the attacking side: optional")
E("ah04", "Sharon congratulated the security forces and said", A("Ariel Sharon", "ISR", "GOV"), ISRM, ["05"], "051",
  "2004-03", None, False, "praise of one's own forces: optional")
E("ah04", "whom Israel freed from prison in 1997", ISRG, YASSIN, RELEASE, "0841", "1997", None, True,
  "dated background release in a relative clause with its own agent: required; 'in 1997'")
E("ah04", "after its agents botched an attempt to", ISRM, A("Hamas leader", "PSE", ["REB", "PTY"]), ATTACK, "186",
  "1997", P("Amman", "JOR"), False, "failed assassination attempt inside an 'after' clause; an attempt, coders split: "
  "optional; Amman named in the clause")
E("ah04", "Hamas vowed on Monday to avenge his", HAMAS, ISRG, ["13"], "138", "2004-03-22", None, True,
  "threat of force 138; 'on Monday'")
E("ah04", "told mourners the group would strike Israel", A("Abdel Aziz Rantisi", "PSE", ["REB", "PTY"]), ISRG, ["13"],
  "138", "2004-03", None, False, "restates the vow: optional; 'the group' = Hamas")
E("ah04", "Tens of thousands of people followed the", A("Palestinian mourners", "PSE", "CVL"), ISRG, ["14"], "141",
  "2004-03", None, False, "a funeral march with chants: coders split on protest: optional")
E("ah04", "Qurei condemned the killing as a reckless", A("Ahmed Qurei", "PSE", "GOV"), ISRG, ["11"], "111", "2004-03",
  None, True, "condemnation by the other party's government: required; no day: month")
E("ah04", "Jack Straw called it unlawful and unjustified", A("Jack Straw", "GBR", "GOV"), ISRG, ["11"], "111", "2004-03",
  None, True, "outside criticism named on its own: required (the story lists reactions as news)")
E("ah04", "while the White House said it was", A("United States", "USA", "GOV"), ISRG, ["11"], "111", "2004-03", None,
  False, "'deeply troubled': mild, single reaction: optional")
E("ah04", "Israel sealed off the West Bank and", ISRG, A("Palestinian Territories", "PSE", None), BLOCK, "191", "2004-03",
  None, True, "closure of territories 191 (19/17/16); target the territories as premises (country, sector null); "
  "'the West Bank and the Gaza Strip' are areas, not places; no day: month")
E("ah04", "put its troops on high alert", ISRM, A("Palestinian Territories", "PSE", None), ["15"], "150", "2004-03",
  None, False, "alert, second verb: optional")
F("ah04", "Hamas runs schools, clinics and charities across", "standing situation")
F("ah04", "Whether the killing would derail Sharon's plan", "speculation")

# ---------------------------------------------------------------- ah05 Beijing, Asia (China, 1999)
S("ah05", "1999-07-23", "Asia", """
China bans Falun Gong, denounces founder Li Hongzhi

BEIJING, China —

China outlawed the Falun Gong spiritual movement on Thursday, branding it a threat to social stability, and state television broadcast hours of programmes attacking its founder, Li Hongzhi.

The Ministry of Civil Affairs said the group had never registered with the authorities and had spread superstition to deceive the public. Communist Party members were told they may no longer practise its exercises.

Police detained dozens of the movement's organisers in raids across the country before dawn on Tuesday.

Thousands of followers gathered outside government offices in Beijing and some 30 other cities on Wednesday to demand their release. Many were loaded onto buses by police and held for hours in sports stadiums before being sent home.

The movement first alarmed the leadership in April, when some 10,000 members sat silently for a day outside the Zhongnanhai compound in Beijing, where the country's top leaders live and work.

Li, who lives in New York, said in a statement that his followers had no political aims and appealed to the government to talk with them rather than persecute them.

The State Department urged Beijing to respect freedom of belief and to treat the detainees humanely.

Falun Gong mixes slow-motion breathing exercises with ideas drawn from Buddhism and Taoism. It was unclear whether the authorities would seek Li's return from the United States.
""")
CHN = A("China", "CHN", "GOV")
CHNCOP = A("Chinese police", "CHN", "COP")
FLG = A("Falun Gong", "CHN", ["REL", "CVL"])
LI = A("Li Hongzhi", "CHN", ["REL", "CVL"])
E("ah05", "China bans Falun Gong, denounces founder Li", CHN, FLG, ["17"], "172", "1999-07-22", None, False, "headline")
E("ah05", "China bans Falun Gong, denounces founder Li", CHN, LI, ["11"], "111", "1999-07-22", None, False,
  "headline, second event")
E("ah05", "China outlawed the Falun Gong spiritual movement", CHN, FLG, ["17"], "172", "1999-07-22", None, True,
  "banning an organisation: administrative sanction 172 (a ban on a political party would be 1722; Falun Gong is a "
  "religious movement); Thursday in a Friday paper")
E("ah05", "branding it a threat to social stability", CHN, FLG, ["11"], "112", "1999-07-22", None, False,
  "participle accusation inside the ban: optional")
E("ah05", "state television broadcast hours of programmes attacking", A("Chinese state television", "CHN", ["MED", "GOV"]),
  LI, ["11"], "111", "1999-07-22", None, False, "state media campaign: optional")
E("ah05", "had spread superstition to deceive the public", A("China's Ministry of Civil Affairs", "CHN", "GOV"), FLG,
  ["11"], "112", "1999-07", None, False, "restates the grounds of the ban: optional")
E("ah05", "Communist Party members were told they may", A("Chinese Communist Party", "CHN", ["PTY", "GOV"]),
  A("Communist Party members", "CHN", ["PTY", "GOV"]), ["17"], "1721", "1999-07", None, False,
  "agentless passive inside the party: optional")
E("ah05", "Police detained dozens of the movement's organisers", CHNCOP, FLG, REPR, "173", "1999-07-20", None, True,
  "arrests; 'before dawn on Tuesday' before a Friday paper = 20 July; 'in raids across the country' no place")
E("ah05", "Thousands of followers gathered outside government offices", FLG, CHN, ["14"], "141", "1999-07-21",
  P("Beijing", "CHN"), True, "demonstrations 141, Wednesday; Beijing named first in the clause (the 30 other cities "
  "are unnamed)")
E("ah05", "Thousands of followers gathered outside government offices", FLG, CHN, DEMAND, "1053", "1999-07-21",
  P("Beijing", "CHN"), False, "the demand for release, an infinitive of purpose: optional")
E("ah05", "Many were loaded onto buses by police", CHNCOP, FLG, REPR, "173", "1999-07-21", None, True,
  "passive with its agent ('by police'): mass detention 173; same Wednesday")
E("ah05", "when some 10,000 members sat silently for", FLG, CHN, ["14"], "141", "1999-04", P("Beijing", "CHN"), True,
  "dated background sit-in inside a 'when' clause with its own agent: required; 'in April'; 'the Zhongnanhai "
  "compound in Beijing' names Beijing")
E("ah05", "appealed to the government to talk with", LI, CHN, DEMAND, "026", "1999-07", None, True,
  "appeal for talks 026 (02/10); 'Li' = the founder; no day: month")
E("ah05", "said in a statement that his followers", LI, CHN, DENY, "016", "1999-07", None, False,
  "denial of political aims, coders split: optional")
E("ah05", "The State Department urged Beijing to respect", USA, CHN, DEMAND, "0243", "1999-07", None, False,
  "single outside appeal for rights: optional; 'Beijing' = China")
F("ah05", "Falun Gong mixes slow-motion breathing exercises with", "definition")
F("ah05", "It was unclear whether the authorities would", "speculation")

# ---------------------------------------------------------------- ah06 Seoul, Asia (South / North Korea, 1996)
S("ah06", "1996-09-21", "Asia", """
South Korean troops kill infiltrators from stranded North Korean submarine

SEOUL, South Korea —

South Korean soldiers shot dead three armed North Korean infiltrators in the hills near the east-coast city of Gangneung on Friday, the Defence Ministry said, as tens of thousands of troops combed the area for the rest of a commando team that came ashore from a submarine.

The vessel was found grounded on rocks off the coast before dawn on Wednesday. Eleven of its crew were later found shot dead on a hillside nearby, apparently by their own comrades, and one man was captured alive on Wednesday afternoon.

President Kim Young-sam condemned the landing as an armed provocation and told his commanders that the North must not be allowed to repeat it.

Pyongyang's official news agency said the submarine had drifted after its engine failed on a routine training voyage. It demanded the return of the vessel and of any survivors.

Seoul's unification ministry dismissed the explanation as absurd, and the government halted visits to the North by South Korean businessmen.

U.S. Secretary of State Warren Christopher urged all parties to avoid further provocation, drawing complaints in Seoul that Washington was treating the two Koreas alike.

The two Koreas remain technically at war because the 1950-53 conflict ended in an armistice rather than a peace treaty. It was not clear how many infiltrators were still at large.
""")
KORM = A("South Korean military", "KOR", "MIL")
KORG = A("South Korea", "KOR", "GOV")
PRKG = A("North Korea", "PRK", "GOV")
PRKM = A("North Korean infiltrators", "PRK", ["MIL", "SPY"])
E("ah06", "South Korean troops kill infiltrators from stranded", KORM, PRKM, FORCE, "190", "1996-09-20", None, False,
  "headline")
E("ah06", "South Korean soldiers shot dead three armed", KORM, PRKM, FORCE, "190", "1996-09-20", P("Gangneung", "KOR"),
  True, "armed clash with infiltrators 190 (19/18); 'near the east-coast city of Gangneung' as owned21's 'near "
  "Ouanaminthe'; Friday in a Saturday paper")
E("ah06", "a commando team that came ashore from", PRKM, KORG, ["15", "19", "17"], "150", "1996-09", None, False,
  "the landing in a relative clause, no clean CAMEO code for an infiltration: optional")
E("ah06", "one man was captured alive on Wednesday", KORM, PRKM, REPR, "173", "1996-09-18", None, True,
  "agentless passive; the story's troops are the agent; Wednesday = 18 Sept")
E("ah06", "condemned the landing as an armed provocation", A("Kim Young-sam", "KOR", "GOV"), PRKG, ["11"], "111",
  "1996-09", None, True, "condemnation; no day: month")
E("ah06", "told his commanders that the North must", A("Kim Young-sam", "KOR", "GOV"), PRKG, ["13"], "130", "1996-09",
  None, False, "warning addressed to his own commanders: optional")
E("ah06", "said the submarine had drifted after its", PRKG, KORG, DENY, "016", "1996-09", None, False,
  "implicit denial of an infiltration: optional")
E("ah06", "It demanded the return of the vessel", PRKG, KORG, DEMAND, "1053", "1996-09", None, True,
  "'It' = the news agency, i.e. North Korea (the agency is not the source, news-dev d05); demand for return of "
  "property and people 1053; month")
E("ah06", "unification ministry dismissed the explanation as absurd", KORG, PRKG, ["12"], "120", "1996-09", None, False,
  "rejection of a claim; coders split 12/11: optional")
E("ah06", "the government halted visits to the North", KORG, PRKG, SANCT, "160", "1996-09", None, True,
  "cutting business contacts 16 (16/17); 'the North' = North Korea; no day: month")
E("ah06", "urged all parties to avoid further provocation", A("Warren Christopher", "USA", "GOV"), PRKG, DEMAND, "0256",
  "1996-09", None, False, "appeal to de-escalate addressed to 'all parties': optional")
E("ah06", "drawing complaints in Seoul that Washington was", KORG, USA, ["11"], "111", "1996-09", None, False,
  "unnamed complaints: optional; 'Seoul' and 'Washington' as actors")
F("ah06", "The two Koreas remain technically at war", "standing situation")
F("ah06", "It was not clear how many infiltrators", "speculation")

# ---------------------------------------------------------------- ah07 Bucharest, Europe/Eurasia (Romania, 1990)
S("ah07", "1990-06-15", "Europe/Eurasia", """
Miners club protesters in Bucharest at Iliescu's call; opposition offices wrecked

BUCHAREST, Romania —

Thousands of coal miners brought in by train from the Jiu Valley rampaged through central Bucharest on Thursday, beating people they took for opposition supporters and wrecking the headquarters of two opposition parties.

The miners came after President Ion Iliescu went on television on Wednesday night and called on Romanians to help defend the government against what he described as a fascist rebellion.

Riot police had cleared University Square of its seven-week anti-communist sit-in before dawn on Wednesday, detaining more than 200 people. Later that day, crowds stormed police headquarters, set fire to part of the Interior Ministry and briefly took over the state television building.

Armed with clubs and iron bars, the miners smashed the offices of the National Peasant Party and the National Liberal Party and of the independent daily Romania Libera, witnesses said.

Ion Ratiu, a Peasant Party leader, said the attackers had been guided by plainclothes security agents.

The State Department condemned the violence on Thursday and said Washington was reviewing its relations with Bucharest.

On Friday, Iliescu thanked the miners for their help in restoring order and told them they could go home.

The Jiu Valley has supplied most of the country's coal for over a century. It was not clear whether the miners would be paid for the days they spent in the capital.
""")
MINERS = A("Romanian miners", "ROU", ["LAB", "CVL"])
ILIESCU = A("Ion Iliescu", "ROU", "GOV")
ROUG = A("Romania's government", "ROU", "GOV")
ROUCOP = A("Romanian police", "ROU", "COP")
ROUP = A("Romanian anti-government protesters", "ROU", ["CVL", "OPP"])
PNT = A("National Peasant Party", "ROU", ["PTY", "OPP"])
E("ah07", "Miners club protesters in Bucharest at Iliescu's", MINERS, ROUP, ATTACK, "180", "1990-06-14",
  P("Bucharest", "ROU"), False, "headline")
E("ah07", "Miners club protesters in Bucharest at Iliescu's", MINERS, PNT, ATTACK, "180", "1990-06-14", None, False,
  "headline, second event ('opposition offices wrecked', agentless)")
E("ah07", "beating people they took for opposition supporters", MINERS, ROUP, ATTACK, "180", "1990-06-14",
  P("Bucharest", "ROU"), True, "beatings by a civilian mob 180 (18/19/20); 'central Bucharest'; Thursday in a Friday "
  "paper")
E("ah07", "went on television on Wednesday night and", ILIESCU, MINERS, DEMAND, "020", "1990-06-13", None, True,
  "appeal for support inside an 'after' clause with its own agent: required; target the people who answered it "
  "(Romanians at large also fair, sector CVL)")
E("ah07", "against what he described as a fascist", ILIESCU, ROUP, ["11"], "112", "1990-06-13", None, False,
  "branding inside the appeal: optional")
E("ah07", "Riot police had cleared University Square of", ROUCOP, ROUP, REPR, "173", "1990-06-13", P("Bucharest", "ROU"),
  True, "clearing a sit-in with mass detentions 173 (17/18); 'before dawn on Wednesday'; University Square is in "
  "the dateline city and the first paragraph names central Bucharest: place Bucharest")
E("ah07", "crowds stormed police headquarters, set fire to", ROUP, ROUG, VPROT, "145", "1990-06-13", None, True,
  "violent protest 145 (14/18/17); 'Later that day' = Wednesday; no city in the clause: no place")
E("ah07", "the miners smashed the offices of the", MINERS, PNT, ATTACK, "180", "1990-06-14", None, True,
  "wrecking party offices; witnesses' account, undisputed; first member of the compound object required")
E("ah07", "the miners smashed the offices of the", MINERS, A("National Liberal Party", "ROU", ["PTY", "OPP"]), ATTACK,
  "180", "1990-06-14", None, False, "second member: optional")
E("ah07", "the miners smashed the offices of the", MINERS, A("Romania Libera", "ROU", "MED"), ATTACK, "180", "1990-06-14",
  None, False, "third member: optional")
E("ah07", "said the attackers had been guided by", A("Ion Ratiu", "ROU", ["PTY", "OPP"]), ROUG, ["11"], "112", "1990-06",
  None, False, "accusation by one side: optional")
E("ah07", "The State Department condemned the violence on", USA, ROUG, ["11"], "111", "1990-06-14", None, True,
  "condemnation, 'on Thursday'; target the government the violence is laid at")
E("ah07", "said Washington was reviewing its relations with", USA, ROUG, SANCT, "160", "1990-06-14", None, False,
  "a review, not a cut: optional")
E("ah07", "Iliescu thanked the miners for their help", ILIESCU, MINERS, ["05"], "051", "1990-06-15", None, True,
  "praise 051; 'On Friday' is the publication day")
F("ah07", "The Jiu Valley has supplied most of", "standing situation")
F("ah07", "It was not clear whether the miners", "speculation")

# ---------------------------------------------------------------- ah08 Minsk, Europe/Eurasia (Belarus, 2006)
S("ah08", "2006-03-26", "Europe/Eurasia", """
Belarus police beat marchers, seize opposition candidate Kozulin

MINSK, Belarus —

Riot police swinging truncheons and throwing stun grenades stopped several thousand people marching toward a detention centre on Saturday and seized opposition candidate Alexander Kozulin, his aides said.

Kozulin, a former university rector who ran against President Alexander Lukashenko in last Sunday's election, was dragged into a police van with blood on his face, witnesses said.

Before dawn on Friday, police had torn down a tent camp in Minsk's October Square, where young protesters had stayed since the vote, and bundled hundreds of them into buses.

Alexander Milinkevich, the joint candidate of the main opposition parties, told an earlier rally on Saturday that Lukashenko had stolen the election and called for a new vote.

Official results gave Lukashenko 83 percent. Observers from the Organisation for Security and Cooperation in Europe said the poll had fallen far short of democratic standards, and the White House rejected the outcome.

The head of the KGB, Stepan Sukharenko, had warned before the vote that anyone joining street protests could be charged with terrorism.

European Union diplomats said the bloc was preparing a visa ban on Lukashenko and other senior officials. Belarus, a country of about 10 million people, relies on cheap Russian gas.
""")
BLRCOP = A("Belarusian police", "BLR", "COP")
BLRG = A("Belarus's government", "BLR", "GOV")
LUKA = A("Alexander Lukashenko", "BLR", "GOV")
KOZ = A("Alexander Kozulin", "BLR", ["OPP", "PTY"])
BLRP = A("Belarusian opposition protesters", "BLR", ["CVL", "OPP"])
E("ah08", "Belarus police beat marchers, seize opposition candidate", BLRCOP, BLRP, REPR, "175", "2006-03-25", None, False,
  "headline")
E("ah08", "Belarus police beat marchers, seize opposition candidate", BLRCOP, KOZ, REPR, "173", "2006-03-25", None, False,
  "headline, second event")
E("ah08", "Riot police swinging truncheons and throwing stun", BLRCOP, BLRP, REPR, "175", "2006-03-25", None, True,
  "force against a march 175 (17/18); Saturday in a Sunday paper; the centre is not named: no place")
E("ah08", "seized opposition candidate Alexander Kozulin, his aides", BLRCOP, KOZ, REPR, "173", "2006-03-25", None, True,
  "arrest, second verb with its own object; the aides' account is confirmed by witnesses and undisputed")
E("ah08", "was dragged into a police van with", BLRCOP, KOZ, REPR, "173", "2006-03-25", None, False,
  "restates the arrest: optional")
E("ah08", "police had torn down a tent camp", BLRCOP, BLRP, REPR, "173", "2006-03-24", P("Minsk", "BLR"), True,
  "clearing the camp and bundling hundreds away: detention 173 (17/18); 'Before dawn on Friday'; 'Minsk's October "
  "Square' names Minsk")
E("ah08", "where young protesters had stayed since the", BLRP, BLRG, ["14"], "141", "2006-03", P("Minsk", "BLR"), False,
  "sit-in in a relative clause, a span: optional")
E("ah08", "told an earlier rally on Saturday that", A("Alexander Milinkevich", "BLR", ["OPP", "PTY"]), LUKA, ["11"],
  "112", "2006-03-25", None, True, "accusation of stealing the election; 'on Saturday'")
E("ah08", "told an earlier rally on Saturday that", A("Alexander Milinkevich", "BLR", ["OPP", "PTY"]), BLRG, DEMAND,
  "1044", "2006-03-25", None, False, "call for a new vote, second verb: optional")
E("ah08", "said the poll had fallen far short", A("OSCE observers", None, "IGO"), BLRG, ["11"], "111", "2006-03", None,
  True, "observers' criticism; the OSCE as country null, sector IGO (news-dev's ECOWAS and Arab League); month")
E("ah08", "and the White House rejected the outcome", USA, BLRG, ["12"], "120", "2006-03", None, True,
  "rejection 12; 'the White House' = the United States; month")
E("ah08", "had warned before the vote that anyone", A("Stepan Sukharenko", "BLR", ["SPY", "GOV"]), BLRP, ["13"], "137",
  "2006-03", None, True, "threat of repression, dated background ('before the vote' in March): month")
F("ah08", "European Union diplomats said the bloc was", "planned, not done")
F("ah08", "Belarus, a country of about 10 million", "standing situation")

# ---------------------------------------------------------------- ah09 Asuncion, Americas (Paraguay, 1999)
S("ah09", "1999-03-29", "Americas", """
Paraguay's Cubas quits days after vice-president's murder; Congress names successor

ASUNCION, Paraguay —

President Raul Cubas resigned on Sunday as the Senate prepared to try him over the murder of his vice-president, and Congress swore in its leader, Luis Gonzalez Macchi, to serve out the term. Hours later Cubas took refuge in the Brazilian embassy, where Brazil granted him political asylum.

Vice-President Luis Maria Argana, a rival of Cubas within the ruling Colorado Party, was shot dead in the capital on Tuesday when gunmen ambushed his car on his way to work. His supporters immediately blamed Cubas and his mentor, former army commander Lino Oviedo.

The Chamber of Deputies voted the next day to impeach the president.

Late on Friday, snipers fired from nearby buildings on thousands of young people camped in the square outside Congress, killing at least six of them. The demonstrators had been demanding that Cubas step down. Opposition leaders said the gunmen were Oviedo loyalists, a charge his aides rejected.

The crisis grew out of a Supreme Court ruling in February that Oviedo must return to prison to serve a ten-year sentence for a 1996 coup attempt. Cubas, who had freed him by decree within days of taking office in August, refused to enforce it.

Brazil and Argentina, Paraguay's partners in the Mercosur trade bloc, had urged all sides to respect the constitution.

The Colorado Party has governed Paraguay without a break since 1947. It was not clear whether Oviedo was still in the country.
""")
CUBAS = A("Raul Cubas", "PRY", "GOV")
PRYL = A("Paraguay's Congress", "PRY", "LEG")
ARGANA = A("Luis Maria Argana", "PRY", ["GOV", "PTY"])
OVIEDO = A("Lino Oviedo", "PRY", ["PTY", "ELI"])
PRYP = A("Paraguayan protesters", "PRY", ["CVL", "OPP"])
E("ah09", "Paraguay's Cubas quits days after vice-president's murder", CUBAS, PRYL, RELEASE, "0831", "1999-03-28", None,
  False, "headline")
E("ah09", "Paraguay's Cubas quits days after vice-president's murder", A("unnamed gunmen", None, None), ARGANA, ATTACK,
  "186", "1999-03-23", None, False, "headline, second event (nominal)")
E("ah09", "President Raul Cubas resigned on Sunday as", CUBAS, PRYL, RELEASE, "0831", "1999-03-28", None, True,
  "resignation under pressure 0831 (news-dev d09), target the Congress pressing him; Sunday before a Monday paper")
E("ah09", "where Brazil granted him political asylum", A("Brazil", "BRA", "GOV"), CUBAS, ["07"], "075", "1999-03-28", None,
  True, "granting asylum 075 (AID); 'Hours later' after the Sunday resignation; 'the Brazilian embassy' names no "
  "city: no place")
E("ah09", "was shot dead in the capital on", A("unnamed gunmen", None, None), ARGANA, ATTACK, "186", "1999-03-23",
  P("Asuncion", "PRY"), True, "assassination; the passive's agent is in the 'when gunmen ambushed' clause; unnamed "
  "gunmen null/null (news-dev); 'the capital' with the dateline = Asuncion; Tuesday = 23 March")
E("ah09", "His supporters immediately blamed Cubas and his", A("Argana's supporters", "PRY", ["PTY", "CVL"]), CUBAS,
  ["11"], "112", "1999-03", None, True, "accusation, first member of the compound object required")
E("ah09", "His supporters immediately blamed Cubas and his", A("Argana's supporters", "PRY", ["PTY", "CVL"]), OVIEDO,
  ["11"], "112", "1999-03", None, False, "second member: optional")
E("ah09", "The Chamber of Deputies voted the next", A("Paraguay's Chamber of Deputies", "PRY", "LEG"), CUBAS, VERDICT,
  "172", "1999-03-24", None, True, "impeachment vote 172 (17/12/11, as owned13's removal by impeachment); 'the next "
  "day' after Tuesday = Wednesday")
E("ah09", "snipers fired from nearby buildings on thousands", A("unnamed snipers", None, None), PRYP, ATTACK, "180",
  "1999-03-26", None, True, "shooting at a crowd by unnamed gunmen 180 (18/19/20); 'Late on Friday'; 'the square "
  "outside Congress' names no city")
E("ah09", "The demonstrators had been demanding that Cubas", PRYP, CUBAS, DEMAND, "1041", "1999-03", None, False,
  "a demand over a span, pluperfect progressive: optional")
E("ah09", "Opposition leaders said the gunmen were Oviedo", A("Paraguayan opposition leaders", "PRY", ["OPP", "PTY"]),
  OVIEDO, ["11"], "112", "1999-03", None, False, "accusation by one side: optional")
E("ah09", "a charge his aides rejected", A("Oviedo's aides", "PRY", ["PTY", "ELI"]), PRYL, DENY, "016", "1999-03", None,
  False, "denial in a reduced relative: optional")
E("ah09", "grew out of a Supreme Court ruling", A("Paraguay's Supreme Court", "PRY", "JUD"), OVIEDO, ["17", "11"], "173",
  "1999-02", None, True, "a court ordering a man back to prison (17/11, news-dev court verdicts); nominal 'ruling' with "
  "its court named; 'in February'")
E("ah09", "for a 1996 coup attempt", OVIEDO, A("Paraguay's government", "PRY", "GOV"), COUP, "1724", "1996", None, False,
  "nominal background without an agent in the phrase: optional")
E("ah09", "who had freed him by decree within", CUBAS, OVIEDO, RELEASE, "0841", "1998-08", None, True,
  "dated background release in a relative clause with its own agent: 'in August' before a March 1999 paper = "
  "August 1998")
E("ah09", "refused to enforce it", CUBAS, A("Paraguay's Supreme Court", "PRY", "JUD"), ["12"], "120", "1999", None, False,
  "refusal with no date of its own; coders split on dating it: optional")
E("ah09", "had urged all sides to respect the", A("Brazil", "BRA", "GOV"), A("Paraguay", "PRY", "GOV"), DEMAND, "020",
  "1999-03", None, False, "outside appeal, compound subject: optional")
F("ah09", "The Colorado Party has governed Paraguay without", "standing situation")
F("ah09", "It was not clear whether Oviedo was", "speculation")

# ---------------------------------------------------------------- ah10 Mexico City, Americas (Mexico, 1988)
S("ah10", "1988-07-14", "Americas", """
Mexico declares Salinas winner; Cardenas and Clouthier reject the count

MEXICO CITY, Mexico —

The Federal Electoral Commission declared Carlos Salinas de Gortari the winner of last week's presidential election on Wednesday, giving the ruling Institutional Revolutionary Party's candidate just over half of the vote, its narrowest margin ever.

Opposition members of the commission walked out of Wednesday's session after their demand for a recount of every polling station was voted down.

Cuauhtemoc Cardenas, who broke with the ruling party last year and ran at the head of a leftist coalition, rejected the result as a fraud and said that he had won. He called on his followers to fill the capital's central square on Saturday.

Manuel Clouthier, the candidate of the conservative National Action Party, also refused to recognise the count and said his party would organise a campaign of civil disobedience.

On election night, Cardenas, Clouthier and a third candidate, Rosario Ibarra, went together to the Interior Ministry to hand over a joint letter demanding that the vote be cleaned up. Hours later the computer system tallying the returns went silent, an interruption officials blamed on a technical fault.

Salinas, a 40-year-old economist, said the era of virtual one-party rule was over and invited his rivals to a dialogue.

The ruling party has won every presidential election since its founding in 1929. Whether the new Congress would confirm the result when it meets in September was uncertain.
""")
MEXC = A("Mexico's Federal Electoral Commission", "MEX", "GOV")
MEXG = A("Mexico's government", "MEX", "GOV")
SALINAS = A("Carlos Salinas de Gortari", "MEX", ["PTY", "GOV"])
CARD = A("Cuauhtemoc Cardenas", "MEX", ["OPP", "PTY"])
CLOU = A("Manuel Clouthier", "MEX", ["OPP", "PTY"])
E("ah10", "Mexico declares Salinas winner; Cardenas and Clouthier", CARD, MEXC, ["12"], "120", "1988-07", None, False,
  "headline ('reject the count'); the declaration itself is no event")
E("ah10", "Mexico declares Salinas winner; Cardenas and Clouthier", CLOU, MEXC, ["12"], "120", "1988-07", None, False,
  "headline, second member of the compound subject")
E("ah10", "walked out of Wednesday's session after their", A("Mexican opposition commissioners", "MEX", ["OPP", "PTY"]),
  MEXC, WALK, "140", "1988-07-13", None, True, "walk-out in protest (12/16/14 as a pull-out); Wednesday in a Thursday "
  "paper")
E("ah10", "after their demand for a recount of", A("Mexican opposition commissioners", "MEX", ["OPP", "PTY"]), MEXC,
  DEMAND, "1042", "1988-07-13", None, False, "nominal demand inside an 'after' clause: optional")
E("ah10", "after their demand for a recount of", MEXC, A("Mexican opposition commissioners", "MEX", ["OPP", "PTY"]),
  ["12"], "120", "1988-07-13", None, False, "agentless 'was voted down': rejection, optional")
E("ah10", "rejected the result as a fraud and", CARD, MEXC, ["12"], "120", "1988-07", None, True,
  "rejection 12; no day: month")
E("ah10", "He called on his followers to fill", CARD, MEXG, ["14"], "140", "1988-07", None, False,
  "calling a rally for Saturday, not yet held: optional")
E("ah10", "also refused to recognise the count and", CLOU, MEXC, ["12"], "120", "1988-07", None, True,
  "refusal stated as a fact, not an intention: required")
E("ah10", "said his party would organise a campaign", CLOU, MEXG, ["13", "14"], "130", "1988-07", None, False,
  "an announced campaign of civil disobedience, future: optional")
E("ah10", "went together to the Interior Ministry to", CARD, A("Mexico's Interior Ministry", "MEX", "GOV"), DEMAND, "1042",
  "1988-07-06", None, True, "a joint letter demanding a clean count 104 (10/02); 'On election night' = 6 July; three "
  "members, the first (Cardenas) required; the ministry is an actor here, not a place")
E("ah10", "went together to the Interior Ministry to", CLOU, A("Mexico's Interior Ministry", "MEX", "GOV"), DEMAND, "1042",
  "1988-07-06", None, False, "second member: optional")
E("ah10", "went together to the Interior Ministry to", A("Rosario Ibarra", "MEX", ["OPP", "PTY"]),
  A("Mexico's Interior Ministry", "MEX", "GOV"), DEMAND, "1042", "1988-07-06", None, False, "third member: optional")
E("ah10", "an interruption officials blamed on a technical", MEXG, CARD, DENY, "016", "1988-07", None, False,
  "implicit denial of tampering: optional")
E("ah10", "invited his rivals to a dialogue", SALINAS, CARD, AGREE, "036", "1988-07", None, True,
  "offer of talks 036 (05/03/08 tolerant); 'his rivals' first = Cardenas (Clouthier also fair); month")
F("ah10", "The ruling party has won every presidential", "standing situation")
F("ah10", "Whether the new Congress would confirm the", "speculation")

# ---------------------------------------------------------------- ah11 Islamabad, South Asia (Pakistan, 1997)
S("ah11", "1997-11-29", "South Asia", """
Sharif supporters storm Pakistan's Supreme Court, halting contempt case

ISLAMABAD, Pakistan —

Hundreds of supporters of Prime Minister Nawaz Sharif's Pakistan Muslim League forced their way into the Supreme Court here on Friday, shouting slogans against Chief Justice Sajjad Ali Shah and forcing him to halt a contempt hearing against the prime minister.

The judges rose and left the courtroom as the crowd, which included several party lawmakers, pushed past a thin line of police.

Shah, who has been locked in a months-long feud with Sharif over the appointment of judges, wrote to President Farooq Leghari and the army chief, General Jehangir Karamat, asking for troops to guard the court.

Sharif's government expressed regret over the incident but denied that the party leadership had planned it.

Earlier in the week, a bench of the same court sitting in the city of Quetta suspended Shah as chief justice, a ruling he declared void.

Opposition leader Benazir Bhutto, whose government Leghari dismissed last year on charges of corruption, called the storming an assault on the judiciary and urged the president to act.

The army, which has ruled Pakistan for nearly half of its 50 years, has so far kept out of the dispute. Whether the contempt hearing would resume on Monday was not clear.
""")
SHARIF = A("Nawaz Sharif", "PAK", "GOV")
PAKG = A("Pakistan's government", "PAK", "GOV")
PMLP = A("Pakistan Muslim League supporters", "PAK", ["PTY", "CVL"])
SHAH = A("Sajjad Ali Shah", "PAK", "JUD")
LEGHARI = A("Farooq Leghari", "PAK", "GOV")
BHUTTO = A("Benazir Bhutto", "PAK", ["OPP", "PTY"])
E("ah11", "Sharif supporters storm Pakistan's Supreme Court, halting", PMLP, A("Pakistan's Supreme Court", "PAK", "JUD"),
  VPROT, "145", "1997-11-28", None, False, "headline")
E("ah11", "forced their way into the Supreme Court", PMLP, SHAH, VPROT, "145", "1997-11-28", P("Islamabad", "PAK"), True,
  "storming a court 145 (14/18/17); target the chief justice the slogans were against (the court also fair); 'here' "
  "= Islamabad; Friday in a Saturday paper")
E("ah11", "wrote to President Farooq Leghari and the", SHAH, LEGHARI, DEMAND, "0234", "1997-11", None, True,
  "request for military protection 0234 (02/10); first member of the compound object required; no day: month")
E("ah11", "wrote to President Farooq Leghari and the", SHAH, A("Jehangir Karamat", "PAK", "MIL"), DEMAND, "0234",
  "1997-11", None, False, "second member: optional")
E("ah11", "who has been locked in a months-long", SHAH, SHARIF, ["11"], "110", "1997", None, False,
  "a standing feud in a relative clause: optional")
E("ah11", "expressed regret over the incident but denied", PAKG, SHAH, DENY, "016", "1997-11", None, True,
  "denial 016 (01/12); target the court's side; month")
E("ah11", "a bench of the same court sitting", A("Supreme Court bench in Quetta", "PAK", "JUD"), SHAH, VERDICT, "172",
  "1997-11", P("Quetta", "PAK"), True, "suspending a chief justice: removal from office 172 (17/12/11); 'Earlier in the "
  "week': month; 'the city of Quetta' in the clause")
E("ah11", "a ruling he declared void", SHAH, A("Supreme Court bench in Quetta", "PAK", "JUD"), ["12"], "120", "1997-11",
  None, False, "rejection in a reduced relative: optional")
E("ah11", "whose government Leghari dismissed last year on", LEGHARI, BHUTTO, ["17", "12"], "172", "1996", None, True,
  "dated background dismissal in a relative clause with its own agent: 'last year' = 1996; removal from office 172")
E("ah11", "called the storming an assault on the", BHUTTO, PMLP, ["11"], "111", "1997-11", None, True,
  "condemnation; target the stormers (Sharif's government also fair); month")
E("ah11", "urged the president to act", BHUTTO, LEGHARI, DEMAND, "020", "1997-11", None, False,
  "vague appeal, second verb: optional")
F("ah11", "The army, which has ruled Pakistan for", "standing situation")
F("ah11", "Whether the contempt hearing would resume on", "speculation")

# ---------------------------------------------------------------- ah12 Honiara, Pacific (Solomon Islands, 2000)
S("ah12", "2000-06-06", "Pacific", """
Malaita militia seizes Honiara armoury, holds Solomons prime minister

HONIARA, Solomon Islands —

Gunmen of the Malaita Eagle Force, joined by members of the police paramilitary unit, seized the main police armoury here on Monday and placed Prime Minister Bartholomew Ulufa'alu under house arrest.

Andrew Nori, a lawyer who speaks for the militia, said the prime minister would be held until he resigned. He accused Ulufa'alu of failing to protect and compensate Malaitans driven from their homes on Guadalcanal.

Gunfire rang out across the capital through the night as the Eagle Force traded shots with the Isatabu Freedom Movement, the Guadalcanal militia whose 18-month campaign has forced some 20,000 settlers from Malaita to flee.

Australia sent a warship to stand by to evacuate its citizens, and Foreign Minister Alexander Downer condemned what he called an attempted coup. New Zealand offered to host talks between the two militias.

Ulufa'alu, who declared a state of emergency on Guadalcanal in June last year as the violence spread, told a radio station by telephone that he was unharmed. Aides said he was being kept in his residence.

Police Commissioner Frank Short, a Briton, said most of his officers had stayed loyal but admitted he had lost control of the armoury.

Malaitans make up the largest group among Honiara's residents. It was not clear how long the prime minister would be held.
""")
MEF = A("Malaita Eagle Force", "SLB", ["REB", "UAF"])
IFM = A("Isatabu Freedom Movement", "SLB", ["REB", "UAF"])
ULU = A("Bartholomew Ulufa'alu", "SLB", "GOV")
SLBCOP = A("Solomon Islands police", "SLB", "COP")
E("ah12", "Malaita militia seizes Honiara armoury, holds Solomons", MEF, ULU, HOSTAGE, "181", "2000-06-05",
  P("Honiara", "SLB"), False, "headline")
E("ah12", "Malaita militia seizes Honiara armoury, holds Solomons", MEF, SLBCOP, ["17", "18"], "1711", "2000-06-05",
  P("Honiara", "SLB"), False, "headline, second event")
E("ah12", "seized the main police armoury here on", MEF, SLBCOP, ["17", "18"], "1711", "2000-06-05", P("Honiara", "SLB"),
  True, "seizing weapons from the police 1711 (17/18); 'here' = Honiara; Monday before a Tuesday paper")
E("ah12", "placed Prime Minister Bartholomew Ulufa'alu under house", MEF, ULU, HOSTAGE, "181", "2000-06-05",
  P("Honiara", "SLB"), True, "a militia holding the prime minister: hostage-taking 181 (18/17), second verb with its "
  "own object: required")
E("ah12", "said the prime minister would be held", A("Andrew Nori", "SLB", ["REB", "UAF"]), ULU, DEMAND, "1041",
  "2000-06", None, True, "demand for resignation 1041 (10/02) put as a condition; the spokesman speaks for the Eagle "
  "Force (MEF also fair); month")
E("ah12", "He accused Ulufa'alu of failing to protect", A("Andrew Nori", "SLB", ["REB", "UAF"]), ULU, ["11"], "112",
  "2000-06", None, False, "accusation by the captors' spokesman: optional")
E("ah12", "as the Eagle Force traded shots with", MEF, IFM, CLASH, "190", "2000-06", P("Honiara", "SLB"), True,
  "clash 190 (19/18/14), first-mentioned direction required; 'the capital' = Honiara; 'through the night' without "
  "a day: month")
E("ah12", "as the Eagle Force traded shots with", IFM, MEF, CLASH, "190", "2000-06", P("Honiara", "SLB"), False,
  "reverse direction: optional")
E("ah12", "whose 18-month campaign has forced some 20,000", IFM, A("Malaitan settlers", "SLB", ["CVL", "REF"]), ATTACK,
  "180", None, None, False, "an undated campaign in a relative clause: optional")
E("ah12", "Australia sent a warship to stand by", A("Australia", "AUS", "GOV"), A("Solomon Islands", "SLB", None),
  ["15", "07"], "150", "2000-06", None, False, "a warship for evacuation, coders split 15/07: optional")
E("ah12", "Downer condemned what he called an attempted", A("Alexander Downer", "AUS", "GOV"), MEF, ["11"], "111",
  "2000-06", None, True, "condemnation; month")
E("ah12", "New Zealand offered to host talks between", A("New Zealand", "NZL", "GOV"), MEF, AGREE, "0311", "2000-06",
  None, False, "offer to mediate: optional (single outside reaction); first militia named")
E("ah12", "who declared a state of emergency on", ULU, A("Guadalcanal", "SLB", None), ["17"], "1724", "1999-06", None,
  True, "dated background in a relative clause with its own agent: 'in June last year' = June 1999; Guadalcanal is "
  "an area, not a place; target the province as premises")
F("ah12", "Malaitans make up the largest group among", "standing situation")
F("ah12", "It was not clear how long the", "speculation")

if __name__ == "__main__":
    write(HERE)
