#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned31 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run).
Coding notes are kept per line.
Run: python3 testdata/owned31/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["19", "18", "20"]
SHOW = ["15", "13", "19"]
RELEASE = ["08"]
VERDICT = ["17", "11"]
OUST = ["17", "12", "11"]
DISSOLVE = ["17", "19"]
BOYCOTT = ["14", "12", "16"]
BLOCKADE = ["19", "15", "17"]
COOP = ["03", "06"]

# ---------------------------------------------------------------- ae01 Abidjan, Africa (Ivory Coast)
S("ae01", "2011-04-12", "Africa", """
Gbagbo captured in Abidjan as French armour backs Ouattara's final assault

ABIDJAN, Ivory Coast —

Forces loyal to Alassane Ouattara seized Laurent Gbagbo on Monday in the basement of his residence in Abidjan, ending a four-month standoff in which the incumbent refused to cede the presidency after losing November's run-off.

The assault followed days of strikes by French and United Nations helicopters on heavy weapons around the residence and at two army camps. French armoured vehicles took up positions near the compound before Ouattara's fighters went in, but Paris insisted that its soldiers had not entered the grounds.

Gbagbo, his wife Simone and dozens of aides were driven to the Golf Hotel, where Ouattara had lived under U.N. guard since the election. Television footage showed the former president in a vest, wiping his face with a towel.

In a televised address, Ouattara told his supporters to refrain from reprisals and said his rival would be put on trial. He urged army units that had stayed loyal to Gbagbo to lay down their weapons.

Gbagbo's adviser in Paris, Toussaint Alain, accused France of carrying out a coup. U.N. Secretary-General Ban Ki-moon welcomed the arrest, and President Nicolas Sarkozy telephoned Ouattara to congratulate him.

Gbagbo's forces had shelled a crowded market in the Abobo district on March 17, killing about two dozen people, according to the U.N. mission.

About a million people have fled their homes since the crisis began, aid agencies estimate. It was unclear whether the militias in the Yopougon district would stop fighting.
""")
OUAF = A("Ouattara's forces", "CIV", ["MIL", "REB", "GOV"])
OUATT = A("Alassane Ouattara", "CIV", ["GOV", "OPP"])
GBAGBO = A("Laurent Gbagbo", "CIV", ["GOV", "ELI"])
GBF = A("Gbagbo's forces", "CIV", "MIL")
FRAM = A("French forces", "FRA", "MIL")
ABJ = P("Abidjan", "CIV")
E("ae01", "Gbagbo captured in Abidjan as French armour", OUAF, GBAGBO, REPR, "173", "2011-04-11", ABJ, False,
  "headline: capture; agentless, the agent is Ouattara's side (lead)")
E("ae01", "Gbagbo captured in Abidjan as French armour", FRAM, GBF, SHOW, "150", "2011-04-11", ABJ, False,
  "headline, second event: French armour backing the assault")
E("ae01", "Forces loyal to Alassane Ouattara seized Laurent", OUAF, GBAGBO, REPR, "173", "2011-04-11", ABJ, True,
  "capture of a person by armed forces: arrest 173, tolerant 17/18; Monday in a Tuesday paper; the clause names Abidjan")
E("ae01", "in which the incumbent refused to cede", GBAGBO, OUATT, ["12"], "124", "2011", None, False,
  "standing refusal inside a relative clause, 'the incumbent' = Gbagbo; no date of its own: optional")
E("ae01", "followed days of strikes by French and", FRAM, GBF, ATTACK, "195", "2011-04", None, True,
  "nominal event with its agent in a 'by' phrase: helicopter strikes 195 (19/18/20); compound agent, first member "
  "required; 'the residence' and 'two army camps' are not named places; 'days of' gives the month")
E("ae01", "followed days of strikes by French and", A("U.N. mission in Ivory Coast", "UNO", ["IGO", "MIL"]), GBF,
  ATTACK, "195", "2011-04", None, False, "second member of the compound agent: optional")
E("ae01", "French armoured vehicles took up positions near", FRAM, GBF, SHOW, "150", "2011-04-11", ABJ, True,
  "troops taking up positions 150 (15/13/19), as owned21's d12; 'the compound' is Gbagbo's Abidjan residence of the "
  "lead; no day of its own but the same assault as Monday's capture")
E("ae01", "Paris insisted that its soldiers had not", A("France", "FRA", "GOV"), None, DENY, "016", "2011-04", None, False,
  "denial with no named accuser: optional; the negated entry itself is not coded")
E("ae01", "were driven to the Golf Hotel, where", OUAF, GBAGBO, REPR, "173", "2011-04-11", None, False,
  "agentless passive continuing the capture: restatement, optional; the hotel is not a place name")
E("ae01", "told his supporters to refrain from reprisals", OUATT, A("Ouattara's supporters", "CIV", ["CVL", "MIL"]),
  DEMAND, "1056", "2011-04-11", None, False, "appeal to his own side: optional")
E("ae01", "said his rival would be put on", OUATT, GBAGBO, ["13", "17"], "130", "2011-04-11", None, False,
  "announced prosecution, future: optional")
E("ae01", "He urged army units that had stayed", OUATT, GBF, DEMAND, "1056", "2011-04-11", None, True,
  "'He' = Ouattara; appeal to the rival's units to lay down arms, coded as its demand form 1056 (10/02); same televised address as the "
  "previous sentence, which is Monday's")
E("ae01", "accused France of carrying out a coup", A("Toussaint Alain", "CIV", ["GOV", "PTY"]),
  A("France", "FRA", ["GOV", "MIL"]), ["11"], "112", "2011-04", P("Paris", "FRA"), True,
  "accusation by Gbagbo's adviser, who speaks for the Gbagbo camp (CIV); the clause places him in Paris; no day: month")
E("ae01", "Ban Ki-moon welcomed the arrest, and President", A("Ban Ki-moon", "UNO", "IGO"), OUATT, ["05"], "051",
  "2011-04", None, False, "single outside reaction: optional")
E("ae01", "President Nicolas Sarkozy telephoned Ouattara to congratulate", A("Nicolas Sarkozy", "FRA", "GOV"), OUATT,
  ["04", "05"], "051", "2011-04", None, False, "call to congratulate, outside reaction: optional")
E("ae01", "Gbagbo's forces had shelled a crowded market", GBF, A("Abobo residents", "CIV", "CVL"), ATTACK, "194",
  "2011-03-17", P("Abobo", "CIV"), True,
  "dated background attack with its own agent: required; the U.N. mission's account is attribution and nobody in "
  "the story disputes it; Abobo is a named district of Abidjan")
F("ae01", "About a million people have fled their", "count")
F("ae01", "It was unclear whether the militias in", "speculation")

# ---------------------------------------------------------------- ae02 N'Djamena, Africa (Chad)
S("ae02", "2021-04-21", "Africa", """
Chad's army names Deby's son to lead after president dies fighting rebels

N'DJAMENA, Chad —

President Idriss Deby died on Tuesday of wounds suffered while visiting troops battling rebels in the north, an army spokesman announced on state television, a day after provisional results gave him a sixth term.

A military council headed by his son, Gen. Mahamat Idriss Deby, took control, dissolved the government and the national assembly and promised elections within 18 months. The generals shut the country's land and air borders and ordered a nightly curfew in the capital.

Opposition parties denounced the takeover as an institutional coup and demanded that the speaker of parliament, who under the constitution should have stepped in, be allowed to lead a civilian transition. Succes Masra, a prominent opposition leader, called on Chadians to reject the council.

The rebels of the Front for Change and Concord in Chad, known as FACT, who crossed from Libya on the day of the April 11 election, said they rejected the council and vowed to push on towards N'Djamena. The army said it had killed more than 300 of the insurgents in battles over the weekend in Kanem province.

France, which keeps the headquarters of its Sahel counter-terrorism force here, praised Deby as a brave friend. The African Union called for a swift return to constitutional order.

Deby had ruled Chad for three decades, longer than any other leader in central Africa. Whether the rebels could reach the capital was not clear.
""")
TCDC = A("Transitional Military Council", "TCD", ["MIL", "GOV"])
FACT = A("Front for Change and Concord in Chad", "TCD", ["REB", "OPP"])
TCDM = A("Chadian army", "TCD", "MIL")
TCDO = A("Chadian opposition parties", "TCD", ["OPP", "PTY"])
NDJ = P("N'Djamena", "TCD")
E("ae02", "Chad's army names Deby's son to lead", TCDM, A("Chad", "TCD", None), COUP, "1724", "2021-04-20", None, False,
  "headline: the army installing its council, a declared takeover 1724 (17/19)")
E("ae02", "Chad's army names Deby's son to lead", FACT, A("Idriss Deby", "TCD", ["GOV", "MIL"]), CLASH, "190",
  "2021-04", None, False, "headline, second event: the fighting in which Deby died")
E("ae02", "died on Tuesday of wounds suffered while", FACT, A("Idriss Deby", "TCD", ["GOV", "MIL"]), CLASH, "190",
  "2021-04", None, False, "wounds with no named agent; the rebels are implied: optional; the day of the wounding is "
  "not given (Tuesday is the death)")
E("ae02", "A military council headed by his son", TCDC, A("Chad's government", "TCD", "GOV"), COUP, "1724", "2021-04-20",
  None, True, "dissolving the government: declared takeover 1724 (17/19), as owned21's d01; same day as the announced "
  "death (no day of its own, the lead's Tuesday)")
E("ae02", "A military council headed by his son", TCDC, A("Chad's national assembly", "TCD", "LEG"), COUP, "1724",
  "2021-04-20", None, False, "second member of the compound object: optional")
E("ae02", "The generals shut the country's land and", TCDC, A("Chadian civilians", "TCD", "CVL"), ["17"], "1723",
  "2021-04-20", NDJ, True, "'The generals' = the council; curfew 1723; 'the capital' with the dateline is N'Djamena; "
  "the border closure of the same sentence (own borders, no target) is not coded")
E("ae02", "Opposition parties denounced the takeover as an", TCDO, TCDC, ["11"], "111", "2021-04", None, True,
  "denunciation 111; no day: month")
E("ae02", "and demanded that the speaker of parliament", TCDO, TCDC, DEMAND, "1041", "2021-04", None, False,
  "second verb of the same sentence, demand for a leadership change: optional")
E("ae02", "Succes Masra, a prominent opposition leader, called", A("Succes Masra", "TCD", ["OPP", "PTY"]),
  A("Chadians", "TCD", "CVL"), DEMAND, "100", "2021-04", None, False, "appeal to the public: optional")
E("ae02", "said they rejected the council and vowed", FACT, TCDC, ["12"], "120", "2021-04", None, True,
  "stated rejection is an event; 'they' = FACT; no day: month")
E("ae02", "vowed to push on towards N'Djamena", FACT, TCDC, ["13"], "138", "2021-04", None, True,
  "threat of military force 138, second event of the sentence, required as a distinct act; N'Djamena is a destination, "
  "not a place")
E("ae02", "who crossed from Libya on the day", FACT, A("Chad", "TCD", ["GOV", "MIL"]), ATTACK, "190", "2021-04-11", None,
  True, "dated background incursion in a relative clause with its own agent: required; 'the day of the April 11 "
  "election' gives the day")
E("ae02", "The army said it had killed more", TCDM, FACT, CLASH, "190", "2021-04", P("Kanem", "TCD"), False,
  "a claim by one side: optional; 'over the weekend' without a day of its own: month; Kanem province named")
E("ae02", "praised Deby as a brave friend", A("France", "FRA", "GOV"), A("Idriss Deby", "TCD", ["GOV", "MIL"]), ["05"],
  "051", "2021-04", None, False, "single outside reaction: optional")
E("ae02", "The African Union called for a swift", A("African Union", "AFR", "IGO"), TCDC, DEMAND, "1044", "2021-04",
  None, False, "single outside reaction: optional; AU AFR/IGO (news-dev)")
F("ae02", "Deby had ruled Chad for three decades", "standing situation")
F("ae02", "Whether the rebels could reach the capital", "speculation")

# ---------------------------------------------------------------- ae03 Tehran, Middle East (Iran / U.S.)
S("ae03", "2019-06-21", "Middle East", """
Iran downs U.S. drone over Gulf; Trump says he halted retaliatory strikes

TEHRAN, Iran —

Iran's Revolutionary Guards shot down an unmanned U.S. surveillance aircraft near the Strait of Hormuz before dawn on Thursday, saying it had violated Iranian airspace off the southern coast.

The U.S. military said the Global Hawk drone was hit by a surface-to-air missile over international waters and called the attack unprovoked.

President Donald Trump said on Friday that he had approved strikes on three Iranian sites but had called them off ten minutes before launch, after being told that about 150 people could die. He said Washington was in no hurry and would tighten economic sanctions on Iran instead.

The foreign ministry summoned the Swiss ambassador, who looks after U.S. interests in Tehran, to protest against what it called a violation of the country's borders. Iran's U.N. ambassador, Majid Takht-Ravanchi, wrote to the Security Council that Iran did not seek war but would defend its territory.

The commander of the Guards, Gen. Hossein Salami, warned that Iran's borders were a red line and that any enemy crossing them would be destroyed.

Russian President Vladimir Putin cautioned that an American attack on Iran would be a catastrophe for the region.

Washington has blamed Tehran for attacks on two oil tankers in the Gulf of Oman last week, which Iran denies. The two countries have had no diplomatic relations since 1980.
""")
IRGC = A("Islamic Revolutionary Guard Corps", "IRN", "MIL")
USM = A("U.S. military", "USA", "MIL")
USA = A("United States", "USA", "GOV")
IRN = A("Iran", "IRN", "GOV")
E("ae03", "Iran downs U.S. drone over Gulf; Trump", IRGC, USM, ATTACK, "190", "2019-06-20", None, False, "headline")
E("ae03", "Revolutionary Guards shot down an unmanned U.S.", IRGC, USM, ATTACK, "190", "2019-06-20", None, True,
  "shooting down a military aircraft 190 (19/18/20); Thursday in a Friday paper; the strait is an area, not a place")
E("ae03", "saying it had violated Iranian airspace off", IRGC, USM, ["11"], "112", "2019-06-20", None, False,
  "justification inside the same sentence: optional")
E("ae03", "called the attack unprovoked", USM, IRGC, ["11"], "111", "2019-06", None, True,
  "denunciation 111; the agentless 'was hit' of the same sentence restates the lead; no day: month")
E("ae03", "would tighten economic sanctions on Iran instead", A("Donald Trump", "USA", "GOV"), IRN, ["13", "16"], "1312",
  "2019-06", None, True, "'He' = Trump; threat of sanctions 1312 (a declared future measure against Iran, tolerant 13/16); "
  "the sentence has no day of its own: month")
E("ae03", "The foreign ministry summoned the Swiss ambassador", IRN, A("Swiss ambassador", "CHE", "GOV"), ["11"], "114",
  "2019-06", None, True, "summoning an envoy to protest 114 (news-dev); 'The foreign ministry' with the Tehran dateline "
  "is Iran's; the ambassador is the channel to Washington; 'in Tehran' belongs to the relative clause, so no place")
E("ae03", "The foreign ministry summoned the Swiss ambassador", IRN, USA, ["11"], "114", "2019-06", None, False,
  "the same protest read as aimed at the United States, whose interests the envoy represents: optional")
E("ae03", "wrote to the Security Council that Iran", A("Majid Takht-Ravanchi", "IRN", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), ["01", "11"], "010", "2019-06", None, False, "letter to the council: optional")
E("ae03", "warned that Iran's borders were a red", A("Hossein Salami", "IRN", "MIL"), USA, ["13"], "138", "2019-06",
  None, False, "threat against 'any enemy', no named target: optional")
E("ae03", "cautioned that an American attack on Iran", A("Vladimir Putin", "RUS", "GOV"), USA, ["13", "11"], "130",
  "2019-06", None, False, "outside warning about a hypothetical attack: optional")
E("ae03", "Washington has blamed Tehran for attacks on", USA, IRN, ["11"], "112", "2019-06", None, True,
  "'Washington' and 'Tehran' are actors; present perfect with 'last week' in the object: month")
E("ae03", "last week, which Iran denies", IRN, USA, DENY, "016", "2019-06", None, True,
  "a stated denial is an event: denial 016 (01/12); present tense, month")
F("ae03", "he had approved strikes on three Iranian", "strikes approved and called off: no attack took place")
F("ae03", "The two countries have had no diplomatic", "standing situation")

# ---------------------------------------------------------------- ae04 Baghdad, Middle East (Iraq)
S("ae04", "2022-07-31", "Middle East", """
Sadr followers storm Iraqi parliament again, start sit-in against rival bloc's nominee

BAGHDAD, Iraq —

Thousands of followers of the Shi'ite cleric Moqtada al-Sadr broke into Iraq's parliament on Saturday for the second time in a week and said they would stay until their demands were met, deepening a standoff that has left the country without a government since October's election.

Security forces fired tear gas and stun grenades at the crowd as protesters tore down concrete barriers around the Green Zone, the fortified district that houses the legislature and many embassies. About 125 people were hurt, among them 25 members of the security forces, the health ministry said.

The protesters oppose the nomination of Mohammed Shia al-Sudani for prime minister by the Coordination Framework, an alliance of Iran-aligned parties that are Sadr's rivals. The cleric, whose bloc won the most seats, pulled his 73 lawmakers out of parliament in June.

Speaker Mohammed al-Halbousi suspended sessions until further notice. Caretaker Prime Minister Mustafa al-Kadhimi urged the protesters to withdraw and ordered the security forces to protect them.

The Coordination Framework called on its own supporters to take to the streets in defence of the state. The United Nations mission urged all sides to show restraint.

Sadr's followers had occupied the chamber briefly on Wednesday and left when he told them to. Whether the sit-in would end soon could not be predicted.
""")
SADRP = A("Sadr's followers", "IRQ", ["CVL", "OPP"])
SADR = A("Moqtada al-Sadr", "IRQ", ["REL", "PTY", "OPP"])
IRQLEG = A("Iraq's parliament", "IRQ", "LEG")
IRQSEC = A("Iraqi security forces", "IRQ", ["COP", "MIL"])
CF = A("Coordination Framework", "IRQ", ["PTY", "GOV"])
BGD = P("Baghdad", "IRQ")
E("ae04", "Sadr followers storm Iraqi parliament again, start", SADRP, IRQLEG, VPROT, "145", "2022-07-30", BGD, False,
  "headline")
E("ae04", "broke into Iraq's parliament on Saturday for", SADRP, IRQLEG, VPROT, "145", "2022-07-30", BGD, True,
  "storming a parliament: violent protest 145 (14/18/17); Sunday paper; the parliament with the Baghdad dateline gives "
  "the place")
E("ae04", "Security forces fired tear gas and stun", IRQSEC, SADRP, REPR, "175", "2022-07", BGD, True,
  "tear gas on protesters 175 (17/18); unnamed forces are Iraq's; the Green Zone is in the dateline's city; no day of "
  "its own: month")
E("ae04", "as protesters tore down concrete barriers around", SADRP, IRQSEC, VPROT, "145", "2022-07", BGD, False,
  "second clause of the same sentence, a restatement of the storming: optional")
E("ae04", "The protesters oppose the nomination of Mohammed", SADRP, CF, ["12", "14"], "120", "2022-07", None, False,
  "stated opposition in the present: optional")
E("ae04", "pulled his 73 lawmakers out of parliament", SADR, IRQLEG, BOYCOTT, "143", "2022-06", None, True,
  "'The cleric' = Sadr; walking out of parliament as a boycott 143, tolerant 14/12/16; 'in June'")
E("ae04", "urged the protesters to withdraw and ordered", A("Mustafa al-Kadhimi", "IRQ", "GOV"), SADRP, DEMAND, "105",
  "2022-07", None, True, "appeal to yield (leave), demand form 105 (10/02); the order to his own forces is not coded")
E("ae04", "The Coordination Framework called on its own", CF, A("Coordination Framework supporters", "IRQ", ["CVL", "PTY"]),
  DEMAND, "100", "2022-07", None, False, "appeal to its own supporters: optional")
E("ae04", "The United Nations mission urged all sides", A("U.N. mission in Iraq", "UNO", "IGO"), A("Iraq", "IRQ", None),
  DEMAND, "1056", "2022-07", None, False, "single outside reaction: optional")
E("ae04", "had occupied the chamber briefly on Wednesday", SADRP, IRQLEG, VPROT, "145", "2022-07-27", None, True,
  "dated background occupation: required; 'the chamber' is not a place name")
E("ae04", "left when he told them to", SADR, SADRP, DEMAND, "100", "2022-07-27", None, False,
  "leader's instruction to his own followers: optional")
F("ae04", "About 125 people were hurt, among them", "count")
F("ae04", "Whether the sit-in would end soon could", "speculation")

# ---------------------------------------------------------------- ae05 Tokyo, Asia (Japan / China / South Korea)
S("ae05", "2023-08-25", "Asia", """
China bans all Japanese seafood as Fukushima plant starts releasing treated water

TOKYO, Japan —

China suspended all imports of seafood from Japan on Thursday, hours after the operator of the wrecked Fukushima nuclear plant began pumping treated radioactive water into the Pacific Ocean.

Beijing's customs agency said the ban was needed to protect Chinese consumers, and the foreign ministry accused Tokyo of acting in an extremely selfish and irresponsible way by treating the ocean as its private sewer.

Prime Minister Fumio Kishida's government urged China to lift the ban immediately and said it had lodged a protest through diplomatic channels. Officials here said the Chinese claims had no scientific basis.

Tokyo Electric Power Co. said the first batch, about 7,800 tonnes, would be released over 17 days. The International Atomic Energy Agency, which endorsed the plan in a report handed to Kishida in July, said its staff on site had confirmed that the water was diluted as promised.

Hong Kong barred seafood from ten Japanese prefectures. In Seoul, police detained 16 students who forced their way into a building housing the Japanese embassy to protest against the discharge.

Fishing cooperatives in Fukushima have long warned that the release would ruin the reputation of their catch. Japan sold around $600 million worth of seafood to mainland China last year, making it the largest foreign buyer.
""")
CHN = A("China", "CHN", "GOV")
JPN = A("Japan", "JPN", "GOV")
KORS = A("South Korean students", "KOR", ["CVL", "EDU"])
SEL = P("Seoul", "KOR")
E("ae05", "China bans all Japanese seafood as Fukushima", CHN, JPN, SANCT, "163", "2023-08-24", None, False, "headline")
E("ae05", "China suspended all imports of seafood from", CHN, JPN, SANCT, "163", "2023-08-24", None, True,
  "import ban 163 (16/17), as owned21's d05; Thursday in a Friday paper; the release in the 'hours after' clause has no "
  "target actor and is not coded")
E("ae05", "the foreign ministry accused Tokyo of acting", CHN, JPN, ["11"], "112", "2023-08", None, True,
  "'the foreign ministry' after 'Beijing's customs agency' is China's; 'Tokyo' is an actor; no day: month")
E("ae05", "Beijing's customs agency said the ban was", CHN, JPN, SANCT, "163", "2023-08", None, False,
  "restatement of the ban: optional")
E("ae05", "urged China to lift the ban immediately", JPN, CHN, DEMAND, "1054", "2023-08", None, True,
  "demand to lift a trade ban 1054 (10/02); no day: month")
E("ae05", "said it had lodged a protest through", JPN, CHN, ["11"], "114", "2023-08", None, False,
  "formal complaint 114 reported in the same sentence: optional")
E("ae05", "said the Chinese claims had no scientific", JPN, CHN, DENY, "016", "2023-08", None, False,
  "'here' = Tokyo; rejection of the claims: optional")
E("ae05", "which endorsed the plan in a report", A("International Atomic Energy Agency", "UNO", "IGO"), JPN, ["05"],
  "051", "2023-07", None, True, "dated background endorsement in a relative clause with its own agent: required; IAEA "
  "coded UNO/IGO as a U.N. agency; 'in July'")
E("ae05", "Hong Kong barred seafood from ten Japanese", A("Hong Kong", "HKG", "GOV"), JPN, SANCT, "163", "2023-08", None,
  False, "Hong Kong's own ban: optional (coders split on HKG/CHN)")
E("ae05", "police detained 16 students who forced their", A("South Korean police", "KOR", "COP"), KORS, REPR, "173",
  "2023-08", SEL, True, "unnamed police of the city named in the clause, Seoul: South Korea's; no day: month")
E("ae05", "who forced their way into a building", KORS, JPN, VPROT, "145", "2023-08", SEL, True,
  "protest by forced entry 145 (14/18/17) in a relative clause with its own agent; target the embassy's country")
F("ae05", "said the first batch, about 7,800 tonnes", "plan and quantities, no event between actors")
F("ae05", "Japan sold around $600 million worth of", "trade figure")

# ---------------------------------------------------------------- ae06 Seoul, Asia (North Korea / U.S.)
S("ae06", "2009-08-05", "Asia", """
Kim Jong Il pardons U.S. reporters after talks with Bill Clinton in Pyongyang

SEOUL, South Korea —

North Korean leader Kim Jong Il pardoned two American journalists on Tuesday after meeting former President Bill Clinton, who flew to Pyongyang on an unannounced mission to win their freedom, the North's official news agency said.

Laura Ling and Euna Lee, reporters for the California-based Current TV, left with Clinton on Wednesday aboard a chartered jet bound for Los Angeles.

The two were detained by North Korean border guards on March 17 near the Tumen River, which separates the country from China, while working on a story about refugees. A court in Pyongyang sentenced them in June to 12 years of hard labour for illegal entry and unspecified hostile acts.

The Korean Central News Agency said Clinton had apologised on the women's behalf and had passed on a verbal message from President Barack Obama. The White House denied that the former president carried any message and said his trip was a private humanitarian mission.

Kim hosted a dinner for his visitor, the first senior American to meet him since 2000, the agency said.

South Korea's government welcomed the release and urged Pyongyang to free a South Korean worker held at the Kaesong industrial zone since March.

Analysts in Seoul said the visit handed the reclusive leader a propaganda prize. Whether it would lead to a resumption of nuclear talks remained unclear.
""")
KIM = A("Kim Jong Il", "PRK", "GOV")
CLINTON = A("Bill Clinton", "USA", ["ELI", "GOV"])
JOURN = A("Laura Ling and Euna Lee", "USA", ["MED", "CVL"])
PRK = A("North Korea", "PRK", "GOV")
E("ae06", "Kim Jong Il pardons U.S. reporters after", KIM, JOURN, RELEASE, "0841", "2009-08-04", None, False, "headline")
E("ae06", "Kim Jong Il pardons U.S. reporters after", KIM, CLINTON, ["04"], "040", "2009-08-04", None, False,
  "headline, second event")
E("ae06", "pardoned two American journalists on Tuesday after", KIM, JOURN, RELEASE, "0841", "2009-08-04", None, True,
  "pardon and release of detainees 0841 (08); Tuesday in a Wednesday paper; KCNA's report is attribution, undisputed")
E("ae06", "after meeting former President Bill Clinton, who", KIM, CLINTON, ["04"], "040", "2009-08-04", None, True,
  "meeting in an 'after' clause whose agent is the main subject; first-mentioned direction required")
E("ae06", "after meeting former President Bill Clinton, who", CLINTON, KIM, ["04"], "040", "2009-08-04", None, False,
  "reverse direction: optional")
E("ae06", "who flew to Pyongyang on an unannounced", CLINTON, PRK, ["04"], "042", "2009-08", P("Pyongyang", "PRK"), False,
  "the visit, restating the meeting: optional")
E("ae06", "were detained by North Korean border guards", A("North Korean border guards", "PRK", ["MIL", "COP"]), JOURN,
  REPR, "173", "2009-03-17", None, True, "passive with its agent; 'on March 17'; the river is not a place")
E("ae06", "A court in Pyongyang sentenced them in", A("North Korean court", "PRK", "JUD"), JOURN, VERDICT, "173",
  "2009-06", P("Pyongyang", "PRK"), True, "court sentence 173 (17/11, news-dev); 'in June'; the clause names Pyongyang")
E("ae06", "said Clinton had apologised on the women's", CLINTON, PRK, ["05"], "055", "2009-08", None, False,
  "apology reported by one side's agency and disputed in substance by Washington: optional")
E("ae06", "The White House denied that the former", USA, PRK, DENY, "016", "2009-08", None, True,
  "'The White House' = the U.S. government; denial of KCNA's account 016 (01/12); no day: month")
E("ae06", "Kim hosted a dinner for his visitor", KIM, CLINTON, ["04"], "043", "2009-08", None, False,
  "restatement of the meeting: optional")
E("ae06", "welcomed the release and urged Pyongyang to", A("South Korea", "KOR", "GOV"), PRK, ["05"], "051", "2009-08",
  None, False, "welcome, first verb: optional")
E("ae06", "urged Pyongyang to free a South Korean", A("South Korea", "KOR", "GOV"), PRK, DEMAND, "1053", "2009-08", None,
  True, "appeal for a release, demand form 1053 (10/02); 'Pyongyang' = North Korea")
E("ae06", "held at the Kaesong industrial zone since", PRK, A("South Korean worker", "KOR", ["BUS", "CVL"]), REPR, "173",
  "2009-03", P("Kaesong", "PRK"), False, "agentless passive detention in a participle: optional; 'since March'")
F("ae06", "Analysts in Seoul said the visit handed", "analysis")
F("ae06", "Whether it would lead to a resumption", "speculation")

# ---------------------------------------------------------------- ae07 London, Europe/Eurasia (Britain / Russia)
S("ae07", "2007-07-17", "Europe/Eurasia", """
Britain expels four Russian diplomats over refusal to hand over Litvinenko suspect

LONDON, United Kingdom —

Britain ordered four Russian diplomats out of the country on Monday after Moscow refused to extradite the former KGB officer charged with poisoning the Kremlin critic Alexander Litvinenko with radioactive polonium in London last year.

Foreign Secretary David Miliband told parliament that Russia's failure to cooperate had left the government no choice. He also said Britain was suspending talks with Moscow on easing visa rules and would review cooperation in other areas.

British prosecutors charged Andrei Lugovoi with the murder in May. Litvinenko, a former security officer who had fled to Britain in 2000, died in a London hospital in November after accusing the Kremlin from his deathbed of ordering his killing.

Russia's foreign ministry called the expulsions immoral and warned that they would not go unanswered. A spokesman, Mikhail Kamynin, said London was trying to stir up anti-Russian feeling.

Lugovoi, who now lives in Moscow, has repeatedly denied any part in the killing and says British intelligence was behind it.

Portugal, which holds the European Union's rotating presidency, expressed the bloc's solidarity with Britain. Diplomats said the four Russians were believed to be intelligence officers working under diplomatic cover.

Russia's constitution bars the handing over of its citizens to foreign courts. It was not immediately clear whether Moscow would send British diplomats home in return.
""")
GBR = A("Britain", "GBR", "GOV")
RUS = A("Russia", "RUS", "GOV")
LUG = A("Andrei Lugovoi", "RUS", ["CVL", "BUS", "SPY"])
E("ae07", "Britain expels four Russian diplomats over refusal", GBR, RUS, ["16"], "161", "2007-07-16", None, False,
  "headline")
E("ae07", "Britain ordered four Russian diplomats out of", GBR, RUS, ["16"], "161", "2007-07-16", None, True,
  "expelling diplomats: reduce relations 161 (16); Monday in a Tuesday paper; London is in another clause")
E("ae07", "after Moscow refused to extradite the former", RUS, GBR, ["12"], "120", "2007", None, True,
  "refusal in an 'after' clause with its own agent ('Moscow' = Russia): required; no date of its own, before Monday: year")
E("ae07", "charged with poisoning the Kremlin critic Alexander", LUG, A("Alexander Litvinenko", "RUS", ["OPP", "SPY"]),
  ATTACK, "186", "2006", P("London", "GBR"), False, "alleged killing inside a participle: optional; 'last year' and "
  "'in London' in the clause")
E("ae07", "told parliament that Russia's failure to cooperate", A("David Miliband", "GBR", "GOV"), RUS, ["11"], "111",
  "2007-07", None, False, "blame inside a justification: optional")
E("ae07", "He also said Britain was suspending talks", GBR, RUS, ["16", "12"], "164", "2007-07", None, True,
  "'He' = Miliband; halting negotiations 164 (16/12), as owned21's d05; no day: month")
E("ae07", "would review cooperation in other areas", GBR, RUS, ["13"], "131", "2007-07", None, False,
  "announced review, a veiled threat: optional")
E("ae07", "British prosecutors charged Andrei Lugovoi with the", A("British prosecutors", "GBR", ["JUD", "GOV"]), LUG,
  ["11", "17"], "115", "2007-05", None, True, "criminal charge 115 (11/17), as owned21's complaint; 'in May'")
E("ae07", "after accusing the Kremlin from his deathbed", A("Alexander Litvinenko", "RUS", ["OPP", "SPY"]), RUS, ["11"],
  "112", "2006-11", None, False, "accusation in an 'after' participle without its own subject, dated by the death "
  "('in November' of last year): optional")
E("ae07", "called the expulsions immoral and warned that", RUS, GBR, ["11"], "111", "2007-07", None, True,
  "criticism 111; no day: month")
E("ae07", "warned that they would not go unanswered", RUS, GBR, ["13"], "130", "2007-07", None, True,
  "threat of retaliation 130, a distinct event of the same sentence: required")
E("ae07", "said London was trying to stir up", A("Mikhail Kamynin", "RUS", "GOV"), GBR, ["11"], "112", "2007-07", None,
  False, "the spokesman's accusation restates the ministry's reaction: optional")
E("ae07", "has repeatedly denied any part in the", LUG, GBR, DENY, "016", None, None, False,
  "repeated denial without a date: optional, date null")
E("ae07", "says British intelligence was behind it", LUG, A("British intelligence", "GBR", "SPY"), ["11"], "112", None,
  None, False, "counter-accusation, undated present: optional")
E("ae07", "expressed the bloc's solidarity with Britain", A("European Union presidency", "EUR", "IGO"), GBR, ["05"],
  "051", "2007-07", None, False, "single outside reaction: optional; Portugal speaks as the EU presidency")
F("ae07", "Russia's constitution bars the handing over of", "standing rule")
F("ae07", "It was not immediately clear whether Moscow", "speculation")

# ---------------------------------------------------------------- ae08 Moscow, Europe/Eurasia (Russia)
S("ae08", "2012-08-18", "Europe/Eurasia", """
Moscow court jails Pussy Riot members for two years over cathedral protest

MOSCOW, Russia —

A Moscow court on Friday sentenced three members of the feminist punk band Pussy Riot to two years in a prison colony for hooliganism motivated by religious hatred, over a protest song against Vladimir Putin performed in the capital's main Orthodox cathedral.

Judge Marina Syrova said Nadezhda Tolokonnikova, Maria Alyokhina and Yekaterina Samutsevich had offended believers when they danced at the altar of Christ the Saviour Cathedral on Feb. 21, weeks before Putin won a third term as president. The women, who had been held in custody since March, laughed as the verdict was read.

Police detained dozens of their supporters outside the courthouse, among them the former chess champion Garry Kasparov, who officers said had bitten one of them. Kasparov's allies said he had been beaten.

The European Union's foreign policy chief, Catherine Ashton, called the sentence disproportionate, and the White House urged Moscow to review it. Lawyers for the three said they would appeal.

In the cathedral performance, the women had implored the Virgin Mary to drive Putin away. The Russian Orthodox Church, whose leader Patriarch Kirill had openly backed Putin's campaign, asked the authorities after the verdict to show mercy.

Solidarity rallies were held in several European cities, including Berlin and Paris. The Kremlin made no comment on the sentence.
""")
RUSJ = A("Moscow court", "RUS", "JUD")
PR = A("Pussy Riot members", "RUS", ["OPP", "CVL"])
PUTIN = A("Vladimir Putin", "RUS", "GOV")
MOW = P("Moscow", "RUS")
E("ae08", "Moscow court jails Pussy Riot members for", RUSJ, PR, VERDICT, "173", "2012-08-17", MOW, False, "headline")
E("ae08", "A Moscow court on Friday sentenced three", RUSJ, PR, VERDICT, "173", "2012-08-17", MOW, True,
  "prison sentence 173 (17/11, news-dev); Friday in a Saturday paper; 'A Moscow court' names the city")
E("ae08", "over a protest song against Vladimir Putin", PR, PUTIN, ["14"], "141", "2012-02", MOW, False,
  "the protest as a noun, detailed and dated in the next sentence: optional")
E("ae08", "had offended believers when they danced at", RUSJ, PR, ["11"], "112", "2012-08-17", None, False,
  "the judge's finding restates the verdict: optional")
E("ae08", "when they danced at the altar of", PR, PUTIN, ["14"], "141", "2012-02-21", MOW, True,
  "dated background protest in a 'when' clause with its own agent ('they' = the three): required; 'on Feb. 21'; the "
  "cathedral is the capital's (lead), Moscow")
E("ae08", "who had been held in custody since", A("Russian authorities", "RUS", ["COP", "GOV"]), PR, REPR, "173",
  "2012-03", None, False, "agentless passive detention: optional; 'since March'")
E("ae08", "Police detained dozens of their supporters outside", A("Moscow police", "RUS", "COP"),
  A("Pussy Riot supporters", "RUS", ["CVL", "OPP"]), REPR, "173", "2012-08", MOW, True,
  "unnamed police are Russia's; 'outside the courthouse' of the Moscow court; no day of its own: month; compound "
  "object, first member required")
E("ae08", "among them the former chess champion Garry", A("Moscow police", "RUS", "COP"),
  A("Garry Kasparov", "RUS", ["OPP", "ELI"]), REPR, "173", "2012-08", MOW, False, "second member: optional")
E("ae08", "who officers said had bitten one of", A("Garry Kasparov", "RUS", ["OPP", "ELI"]),
  A("Moscow police", "RUS", "COP"), ["18"], "180", "2012-08", None, False, "disputed claim by the police: optional")
E("ae08", "Kasparov's allies said he had been beaten", A("Moscow police", "RUS", "COP"),
  A("Garry Kasparov", "RUS", ["OPP", "ELI"]), REPR, "175", "2012-08", None, False,
  "disputed account of one side, agentless: optional")
E("ae08", "Catherine Ashton, called the sentence disproportionate, and", A("Catherine Ashton", "EUR", "IGO"), RUSJ,
  ["11"], "111", "2012-08", None, True, "criticism of the sentence 111; target the court (country RUS); no day: month")
E("ae08", "the White House urged Moscow to review", USA, RUS, DEMAND, "1042", "2012-08", None, False,
  "second outside reaction of the sentence: optional; 'Moscow' = Russia")
E("ae08", "had implored the Virgin Mary to drive", PR, PUTIN, ["10", "02", "14"], "1041", "2012-02", None, False,
  "the song's plea as a call for Putin's removal: optional")
E("ae08", "whose leader Patriarch Kirill had openly backed", A("Patriarch Kirill", "RUS", "REL"), PUTIN, ["05"], "051",
  "2012", None, False, "undated background support in a relative clause: optional")
E("ae08", "asked the authorities after the verdict to", A("Russian Orthodox Church", "RUS", "REL"),
  A("Russian authorities", "RUS", "GOV"), DEMAND, "1053", "2012-08", None, True,
  "appeal for leniency, demand form 1053 (10/02); 'after the verdict' is after Friday but no day: month")
E("ae08", "Solidarity rallies were held in several European", A("Pussy Riot sympathisers", None, "CVL"), RUS, ["14"],
  "141", "2012-08", None, False, "agentless rallies abroad: optional")
F("ae08", "Lawyers for the three said they would", "planned appeal, not yet made")
F("ae08", "The Kremlin made no comment on the", "negated")

# ---------------------------------------------------------------- ae09 Lima, Americas (Peru)
S("ae09", "2019-10-02", "Americas", """
Peru's Vizcarra shuts Congress; lawmakers' rival president quits within a day

LIMA, Peru —

Vice President Mercedes Araoz resigned late on Tuesday, a day after opposition lawmakers swore her in as acting head of state in defiance of President Martin Vizcarra, who had dissolved Congress hours earlier.

Vizcarra closed the legislature on Monday after it pressed ahead with the appointment of a new Constitutional Court judge, a move he had tried to halt by making it a matter of confidence. He said Congress had in effect denied his government that confidence and called parliamentary elections for January.

The opposition-controlled chamber responded by voting to suspend him for "temporary moral incapacity" and installed Araoz in his place. Its leaders accused the president of staging a coup.

The heads of the armed forces and the national police met Vizcarra at the presidential palace and said they recognised him as Peru's constitutional leader. Thousands of people gathered outside Congress on Monday night to cheer its closure, waving flags and banging pots.

In her resignation letter, Araoz said constitutional order had been broken and called for general elections to be brought forward. The Organization of American States said Peru's Constitutional Court should rule on whether the dissolution was legal.

Peru's single-chamber Congress has 130 seats, and the Popular Force party holds the largest bloc. It was not clear whether the court would take up the case quickly.
""")
VIZ = A("Martin Vizcarra", "PER", "GOV")
CONG = A("Peru's Congress", "PER", ["LEG", "OPP"])
ARAOZ = A("Mercedes Araoz", "PER", ["GOV", "LEG"])
E("ae09", "Peru's Vizcarra shuts Congress; lawmakers' rival president", VIZ, CONG, DISSOLVE, "172", "2019-09-30", None,
  False, "headline")
E("ae09", "Vice President Mercedes Araoz resigned late on", ARAOZ, VIZ, RELEASE, "080", "2019-10-01", None, False,
  "resignation from a contested post, a yielding: optional")
E("ae09", "a day after opposition lawmakers swore her", CONG, VIZ, OUST, "172", "2019-09-30", None, False,
  "the rival swearing-in, detailed in the third paragraph: lead summary, optional")
E("ae09", "who had dissolved Congress hours earlier", VIZ, CONG, DISSOLVE, "172", "2019-09-30", None, False,
  "lead summary of the closure detailed next: optional")
E("ae09", "Vizcarra closed the legislature on Monday after", VIZ, CONG, DISSOLVE, "172", "2019-09-30", None, True,
  "dissolving a legislature: administrative sanction 172, tolerant 17/19 as a takeover; Monday in a Wednesday paper")
E("ae09", "after it pressed ahead with the appointment", CONG, VIZ, ["12"], "120", "2019-09", None, False,
  "defiance as the reason: optional")
E("ae09", "He said Congress had in effect denied", VIZ, CONG, ["11"], "112", "2019-09", None, False,
  "justification: optional; the election call has no target")
E("ae09", "responded by voting to suspend him for", CONG, VIZ, OUST, "172", "2019-09", None, True,
  "'The opposition-controlled chamber' = Congress; suspending a president 172 (17/12/11), as owned21's annulment; no "
  "day of its own: month")
E("ae09", "Its leaders accused the president of staging", A("Congress leaders", "PER", ["LEG", "OPP"]), VIZ, ["11"],
  "112", "2019-09", None, True, "'Its leaders' = Congress's, 'the president' = Vizcarra; no day: month")
E("ae09", "and said they recognised him as Peru's", A("Peru's armed forces", "PER", "MIL"), VIZ, ["05"], "051",
  "2019-09", None, True, "public backing 051 of the armed forces' heads; compound subject, first member required; "
  "the palace is not a place name; no day: month")
E("ae09", "The heads of the armed forces and", A("Peru's armed forces", "PER", "MIL"), VIZ, ["04"], "040", "2019-09",
  None, False, "the meeting of the same sentence: optional")
E("ae09", "and said they recognised him as Peru's", A("Peru's national police", "PER", "COP"), VIZ, ["05"], "051",
  "2019-09", None, False, "second member of the compound subject: optional")
E("ae09", "Thousands of people gathered outside Congress on", A("Peruvian demonstrators", "PER", "CVL"), CONG, ["14"],
  "141", "2019-09-30", P("Lima", "PER"), True, "rally 141 against Congress (cheering its closure); 'on Monday night'; "
  "outside Congress with the Lima dateline")
E("ae09", "called for general elections to be brought", ARAOZ, VIZ, DEMAND, "1044", "2019-10", None, False,
  "demand in a resignation letter: optional")
E("ae09", "The Organization of American States said Peru's", A("Organization of American States", "OAS", "IGO"),
  A("Peru's Constitutional Court", "PER", "JUD"), DEMAND, "100", "2019-10", None, False,
  "single outside reaction: optional; OAS/IGO (news-dev)")
F("ae09", "Peru's single-chamber Congress has 130 seats, and", "count and standing situation")
F("ae09", "It was not clear whether the court", "speculation")

# ---------------------------------------------------------------- ae10 Mexico City, Americas (Mexico)
S("ae10", "2006-09-06", "Americas", """
Mexican court names Calderon president-elect; Lopez Obrador vows parallel government

MEXICO CITY, Mexico —

Mexico's top electoral court on Tuesday declared conservative Felipe Calderon the winner of the July 2 presidential election, rejecting his leftist rival's claims that the vote had been rigged.

The seven judges of the Federal Electoral Tribunal voted unanimously to certify the result, which gave Calderon a margin of about 0.6 percentage points. They said outgoing President Vicente Fox had endangered the vote by campaigning for his party's candidate but ruled that the interference was not enough to annul it.

Andres Manuel Lopez Obrador told thousands of supporters in the capital's main square that he would never recognise Calderon and would head an alternative government. Hours later, Calderon offered to meet his opponent and adopt some of his proposals. An aide to Lopez Obrador rejected the offer.

The tribunal had ordered a recount of about 9 percent of polling stations in August, turning down the left's demand for a full recount. Lopez Obrador's followers have blocked the Paseo de la Reforma with protest camps since late July.

On Friday, lawmakers from his Party of the Democratic Revolution took over the speaker's platform in Congress and prevented Fox from delivering his annual state of the nation address.

Calderon is due to take office on Dec. 1 for a single six-year term. Whether the camps would be cleared before Independence Day remained unclear.
""")
TRIB = A("Federal Electoral Tribunal", "MEX", "JUD")
CALD = A("Felipe Calderon", "MEX", ["PTY", "GOV"])
AMLO = A("Andres Manuel Lopez Obrador", "MEX", ["OPP", "PTY"])
FOX = A("Vicente Fox", "MEX", "GOV")
E("ae10", "Mexican court names Calderon president-elect; Lopez Obrador", TRIB, AMLO, ["12", "17", "11"], "120",
  "2006-09-05", None, False, "headline: the ruling against the challenger")
E("ae10", "Mexican court names Calderon president-elect; Lopez Obrador", AMLO, CALD, ["12", "13"], "120", "2006-09",
  None, False, "headline, second event: the vow of defiance")
E("ae10", "rejecting his leftist rival's claims that the", TRIB, AMLO, ["12", "17", "11"], "120", "2006-09-05", None,
  True, "a court rejecting an election challenge: reject 12, tolerant 12/17/11; Tuesday in a Wednesday paper")
E("ae10", "declared conservative Felipe Calderon the winner of", TRIB, CALD, ["05", "17", "11"], "050", "2006-09-05",
  None, False, "the declaration itself, hard to code: optional")
E("ae10", "They said outgoing President Vicente Fox had", TRIB, FOX, ["11"], "111", "2006-09", None, True,
  "'They' = the judges; criticism of the president 111; no day of its own: month")
E("ae10", "told thousands of supporters in the capital's", AMLO, CALD, ["12"], "120", "2006-09",
  P("Mexico City", "MEX"), True, "stated refusal to recognise, an event; 'the capital's main square' with the dateline "
  "is Mexico City; no day: month")
E("ae10", "Hours later, Calderon offered to meet his", CALD, AMLO, ["03"], "036", "2006-09", None, True,
  "offer to meet 036; 'Hours later' after an undated rally: month")
E("ae10", "An aide to Lopez Obrador rejected the", A("Lopez Obrador aide", "MEX", ["OPP", "PTY"]), CALD, ["12"], "125",
  "2006-09", None, True, "rejecting an offer to meet 125")
E("ae10", "The tribunal had ordered a recount of", TRIB, A("Mexico's electoral institute", "MEX", "GOV"),
  ["17", "10", "11"], "172", "2006-08", None, False, "court order to recount: optional, hard to code")
E("ae10", "turning down the left's demand for a", TRIB, AMLO, ["12"], "120", "2006-08", None, True,
  "dated background rejection, 'in August', the participle shares the tribunal as agent: required")
E("ae10", "followers have blocked the Paseo de la", A("Lopez Obrador's followers", "MEX", ["CVL", "OPP"]),
  A("Mexican government", "MEX", "GOV"), ["14"], "144", "2006-07", None, False,
  "standing blockade 'since late July', target implicit: optional; the avenue is not a place name")
E("ae10", "lawmakers from his Party of the Democratic", A("Party of the Democratic Revolution lawmakers", "MEX",
  ["LEG", "PTY", "OPP"]), FOX, ["14", "17"], "144", "2006-09-01", None, True,
  "occupying the rostrum and blocking the address: obstruction 144 (14/17); 'his' = Lopez Obrador's; 'On Friday' in a "
  "Wednesday paper; 'in Congress' is an institution, not a place")
F("ae10", "Calderon is due to take office on", "scheduled event, not yet happened")
F("ae10", "Whether the camps would be cleared before", "speculation")

# ---------------------------------------------------------------- ae11 New Delhi, South Asia (India / China / Bhutan)
S("ae11", "2017-08-29", "South Asia", """
India and China agree to pull back troops from Himalayan standoff at Doklam

NEW DELHI, India —

India and China have agreed to withdraw troops from a disputed plateau high in the Himalayas, India's foreign ministry said on Monday, easing a ten-week military face-off that had stirred fears of war between the nuclear-armed neighbours.

The ministry said the disengagement of border personnel at Doklam was under way after diplomatic contacts in recent weeks. In Beijing, foreign ministry spokeswoman Hua Chunying said all Indian personnel had pulled back and that Chinese troops would keep patrolling the area, which Beijing regards as its territory.

The standoff began in June, when Indian soldiers crossed into the area to stop a Chinese army unit from extending a road toward a ridge overlooking India's narrow corridor to its northeast. Bhutan, which also claims the plateau, had protested to Beijing that the construction violated their agreements.

China repeatedly demanded an unconditional Indian withdrawal, and its defence ministry warned last month that shaking the People's Liberation Army was harder than shaking a mountain.

Indian and Chinese soldiers threw stones at each other near Pangong Lake in Ladakh on Aug. 15, India's army said, in a separate brush on the western end of the frontier.

The deal came days before Prime Minister Narendra Modi is due to travel to Xiamen for a summit of the BRICS nations. It was not clear whether China had halted the road work.
""")
IND = A("India", "IND", "GOV")
INDM = A("Indian army", "IND", "MIL")
CHNM = A("Chinese army", "CHN", "MIL")
E("ae11", "India and China agree to pull back", IND, CHN, AGREE, "087", "2017-08", None, False, "headline")
E("ae11", "India and China have agreed to withdraw", IND, CHN, AGREE, "087", "2017-08", None, True,
  "joint agreement to disengage (05/03/08), first-mentioned direction required; 'said on Monday' dates the statement, "
  "not the agreement: month")
E("ae11", "India and China have agreed to withdraw", CHN, IND, AGREE, "087", "2017-08", None, False,
  "reverse direction of the joint agreement: optional")
E("ae11", "The ministry said the disengagement of border", IND, CHN, AGREE, "087", "2017-08", None, False,
  "restatement of the lead: optional")
E("ae11", "said all Indian personnel had pulled back", INDM, CHN, ["08"], "0874", "2017-08", None, False,
  "withdrawal in one side's account: optional")
E("ae11", "when Indian soldiers crossed into the area", INDM, CHNM, BLOCKADE, "191", "2017-06", None, True,
  "soldiers blocking road building: physical obstruction 191 (19/15/17); dated background in a 'when' clause with its "
  "own agent: required; 'in June'")
E("ae11", "had protested to Beijing that the construction", A("Bhutan", "BTN", "GOV"), CHN, ["11"], "114", "2017",
  None, True, "formal complaint 114; 'Beijing' = China; undated pluperfect: year")
E("ae11", "China repeatedly demanded an unconditional Indian withdrawal", CHN, IND, DEMAND, "1056", "2017", None, True,
  "demand to withdraw troops 1056 (10/02); 'repeatedly', no date: year")
E("ae11", "its defence ministry warned last month that", A("China's defence ministry", "CHN", ["GOV", "MIL"]), IND,
  ["13"], "138", "2017-07", None, True, "'its' = China's; veiled threat of force 138; 'last month' = July")
E("ae11", "Indian and Chinese soldiers threw stones at", INDM, CHNM, CLASH, "190", "2017-08-15", P("Ladakh", "IND"), True,
  "clash between soldiers (19/18/14), first-mentioned direction required; 'on Aug. 15'; the clause names Pangong Lake "
  "in Ladakh; India's army's account is attribution, undisputed in the story")
E("ae11", "Indian and Chinese soldiers threw stones at", CHNM, INDM, CLASH, "190", "2017-08-15", P("Ladakh", "IND"),
  False, "reverse direction: optional")
F("ae11", "The deal came days before Prime Minister", "scheduled trip, not yet happened")
F("ae11", "It was not clear whether China had", "speculation")

# ---------------------------------------------------------------- ae12 Port Moresby, Pacific (PNG / U.S. / China)
S("ae12", "2018-11-18", "Pacific", """
Pacific summit ends without joint statement as U.S. and China feud in Port Moresby

PORT MORESBY, Papua New Guinea —

Leaders of the Asia-Pacific Economic Cooperation forum ended their summit here on Sunday without a joint declaration for the first time in the group's history, after the United States and China clashed over trade.

Papua New Guinea's prime minister, Peter O'Neill, told reporters that the two giants in the room had been unable to agree on wording about the World Trade Organization.

On Saturday, Vice President Mike Pence accused Beijing of drowning poorer nations in debt through its Belt and Road programme. He warned that tariffs on Chinese goods could more than double unless China changed its ways.

Speaking earlier the same day, President Xi Jinping, in a thinly veiled swipe at Washington, denounced protectionism and unilateral trade barriers.

Several Chinese officials tried to force their way into the office of the host country's foreign minister, Rimbink Pato, to press him over the draft, according to people familiar with the incident. A Chinese foreign ministry spokesman dismissed the report as untrue.

Pence also announced that Washington would join Australia in developing a naval base on Manus Island. Australia, Japan and New Zealand joined the United States in pledging to bring electricity to 70 percent of Papua New Guinea's people by 2030.

Papua New Guinea is among the poorest of the forum's 21 members. Whether the divisions would spill into the G20 summit at the end of the month was unclear.
""")
PENCE = A("Mike Pence", "USA", "GOV")
PNG = A("Papua New Guinea", "PNG", "GOV")
E("ae12", "Pacific summit ends without joint statement as", USA, CHN, ["11", "12"], "110", "2018-11", None, False,
  "headline: the feud")
E("ae12", "after the United States and China clashed", USA, CHN, ["11", "12"], "110", "2018-11", None, False,
  "verbal clash summing up the exchanges detailed later: optional")
E("ae12", "Pence accused Beijing of drowning poorer nations", PENCE, CHN, ["11"], "112", "2018-11-17", None, True,
  "accusation 112; 'Beijing' = China; 'On Saturday' in a Sunday paper; no place in the clause")
E("ae12", "He warned that tariffs on Chinese goods", PENCE, CHN, ["13"], "1312", "2018-11", None, True,
  "'He' = Pence; threat of trade sanctions 1312; no day of its own: month")
E("ae12", "in a thinly veiled swipe at Washington", A("Xi Jinping", "CHN", "GOV"), USA, ["11"], "111", "2018-11-17",
  None, True, "criticism 111 aimed at 'Washington' = the United States; 'earlier the same day' = Saturday")
E("ae12", "Several Chinese officials tried to force their", CHN, PNG, ["17", "10", "18"], "170", "2018-11", None, False,
  "attempted pressure reported by unnamed sources and denied by China: optional")
E("ae12", "A Chinese foreign ministry spokesman dismissed the", CHN, None, DENY, "016", "2018-11", None, True,
  "a stated denial is an event 016 (01/12); no named accuser: target null")
E("ae12", "Pence also announced that Washington would join", USA, A("Australia", "AUS", "GOV"), COOP, "0312", "2018-11",
  None, True, "intent to cooperate militarily 0312 (03/06); the base is on Manus, the announcement at the summit: no "
  "place")
E("ae12", "Australia, Japan and New Zealand joined the", A("Australia", "AUS", "GOV"), PNG, ["07", "03"], "033",
  "2018-11", None, True, "pledge of aid 033 (03/07); compound subject, first member required")
E("ae12", "Australia, Japan and New Zealand joined the", A("Japan", "JPN", "GOV"), PNG, ["07", "03"], "033", "2018-11",
  None, False, "second member: optional")
E("ae12", "Australia, Japan and New Zealand joined the", USA, PNG, ["07", "03"], "033", "2018-11", None, False,
  "the United States as a member of the pledge: optional")
F("ae12", "Papua New Guinea is among the poorest", "standing situation")
F("ae12", "Whether the divisions would spill into the", "speculation")

if __name__ == "__main__":
    write(HERE)
