#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned39 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned39/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
EXPEL = ["16", "17"]          # ordering diplomats out: 161, 174 also right (owned35 ai04)
OUST = ["17", "12", "11"]     # a parliament removing a head of state (owned13, owned21, owned35)
UNKNOWN = A("unidentified attackers", None, None)

# ---------------------------------------------------------------- an01 Antananarivo, Africa (Madagascar)
S("an01", "2025-10-15", "Africa", """
Madagascar army unit seizes power after lawmakers impeach Rajoelina

ANTANANARIVO, Madagascar —

An elite army unit seized power in Madagascar on Tuesday, hours after the National Assembly voted to impeach President Andry Rajoelina, who had fled the country but refused to resign.

Col. Michael Randrianirina, the commander of the CAPSAT unit, told crowds outside the presidential palace here that the armed forces were taking over and would govern with a council of officers for up to two years. He said the Senate and the High Constitutional Court were suspended but the National Assembly would keep working.

Rajoelina had signed a decree dissolving the assembly earlier in the day, but lawmakers ignored it and voted by 130 to 1 to remove him from office.

The African Union suspended Madagascar on Wednesday, saying the takeover was an unconstitutional change of government.

The protests, led by young people organised online, began on Sept. 25 over chronic water and power cuts and soon grew into a movement demanding that Rajoelina step down. Police fired tear gas and rubber bullets at marchers in the capital that day.

The United Nations put the death toll from the first days of unrest at 22 or more.

Rajoelina sacked his government on Sept. 29 in an attempt to calm the streets, but on Saturday soldiers of CAPSAT, the unit that helped bring him to power in 2009, refused orders to fire on protesters and joined them.

Madagascar, an island of about 30 million people, is among the world's poorest countries.
""")
CAPSAT = A("CAPSAT army unit", "MDG", "MIL")
RAND = A("Michael Randrianirina", "MDG", "MIL")
RAJ = A("Andry Rajoelina", "MDG", "GOV")
MDGLEG = A("National Assembly of Madagascar", "MDG", ["LEG", "GOV"])
MDGP = A("Malagasy protesters", "MDG", ["CVL", "OPP"])
MDGCOP = A("Malagasy police", "MDG", "COP")
E("an01", "Madagascar army unit seizes power after lawmakers", CAPSAT, RAJ, COUP, "1724", "2025-10-14", None, False,
  "headline")
E("an01", "after lawmakers impeach Rajoelina", MDGLEG, RAJ, OUST, "172", "2025-10-14", None, False, "headline")
E("an01", "An elite army unit seized power in", CAPSAT, RAJ, COUP, "1724", "2025-10-14", None, True,
  "military takeover 1724 (17/19, as news-dev's declared takeovers); target the ousted president; 'in Madagascar' "
  "is the country, not a place; Tuesday before a Wednesday paper")
E("an01", "hours after the National Assembly voted to", MDGLEG, RAJ, OUST, "172", "2025-10-14", None, False,
  "lead summary of the vote detailed in the third paragraph: optional")
E("an01", "who had fled the country but refused", RAJ, MDGP, ["12"], "1231", "2025-10", None, False,
  "refusal to resign in a relative clause, no day: optional; 1231 (rejecting a demand for a change of leader)")
E("an01", "told crowds outside the presidential palace here", RAND, RAJ, COUP, "1724", "2025-10-14",
  P("Antananarivo", "MDG"), False,
  "the colonel's announcement restates the takeover of the lead: optional; 'here' with the dateline is Antananarivo")
E("an01", "He said the Senate and the High", RAND, A("Senate of Madagascar", "MDG", ["LEG", "GOV"]), ["17"], "172",
  "2025-10-14", None, False, "suspending institutions, 'He' = Randrianirina: part of the takeover, optional")
E("an01", "Rajoelina had signed a decree dissolving the", RAJ, MDGLEG, ["17"], "172", "2025-10-14", None, True,
  "dissolving the assembly 172 (administrative sanction on an institution); 'earlier in the day' = Tuesday")
E("an01", "voted by 130 to 1 to remove", MDGLEG, RAJ, OUST, "172", "2025-10-14", None, True,
  "removal of a president by parliament 172 (17/12/11) as owned35 ai10; 'lawmakers' = the National Assembly")
E("an01", "but lawmakers ignored it and voted by", MDGLEG, RAJ, ["12"], "120", "2025-10-14", None, False,
  "ignoring the decree: a refusal some coders take, optional")
E("an01", "The African Union suspended Madagascar on Wednesday", A("African Union", "AFR", "IGO"),
  A("Madagascar", "MDG", ["GOV", "MIL"]), ["16"], "161", "2025-10-15", None, True,
  "suspension from the AU 161 (cutting relations with an institution); 'on Wednesday' in a Wednesday paper; the "
  "target is the country under its new rulers (GOV or MIL)")
E("an01", "saying the takeover was an unconstitutional change", A("African Union", "AFR", "IGO"), CAPSAT, ["11"], "112",
  "2025-10-15", None, False, "the reason given for the suspension: optional accusation")
E("an01", "began on Sept. 25 over chronic water", MDGP, A("Madagascar's government", "MDG", "GOV"), ["14"], "141",
  "2025-09-25", None, True, "the start of the protests, dated background 141; no place in the clause")
E("an01", "grew into a movement demanding that Rajoelina", MDGP, RAJ, DEMAND, "1041", "2025", None, False,
  "the movement's demand for the president's departure, undated growth: optional")
E("an01", "Police fired tear gas and rubber bullets", MDGCOP, MDGP, REPR, "175", "2025-09-25", P("Antananarivo", "MDG"),
  True, "force against protesters 175 (17/18); unnamed police are Madagascar's; 'that day' = Sept. 25; 'the capital' "
  "with the dateline is Antananarivo")
E("an01", "Rajoelina sacked his government on Sept. 29", RAJ, MDGP, ["08"], "080", "2025-09-29", None, True,
  "dismissing the cabinet to calm the streets: a concession 080 with the protesters as implied target (as the "
  "resignations under pressure of news-dev d09); dated background")
E("an01", "refused orders to fire on protesters", CAPSAT, RAJ, ["12"], "120", "2025-10-11", None, True,
  "soldiers refusing orders 120 (as owned35 ai09's police refusal); 'on Saturday' before a Wednesday paper")
E("an01", "to fire on protesters and joined them", CAPSAT, RAJ, ["14"], "141", "2025-10-11", None, False,
  "soldiers joining the protest: second act of the clause, a coder may take it as 141 or not code it; optional")
E("an01", "the unit that helped bring him to", CAPSAT, A("Madagascar's government", "MDG", "GOV"), COUP, "1724", "2009",
  None, False, "the 2009 takeover in a relative clause whose victim the text does not name: optional")
F("an01", "The United Nations put the death toll", "a death toll: a count, nothing happened in the sentence")
F("an01", "Madagascar, an island of about 30 million", "standing situation")

# ---------------------------------------------------------------- an02 Mogadishu, Africa (Somalia / United States)
S("an02", "1993-10-05", "Africa", """
Clinton sends armor to Somalia after 12 U.S. soldiers die in Mogadishu battle

MOGADISHU, Somalia —

President Bill Clinton ordered tanks, armored vehicles and about 200 more troops to Somalia on Monday, a day after militiamen loyal to Gen. Mohamed Farah Aidid shot down two American helicopters in the Somali capital.

U.S. Army Rangers and Delta Force commandos swooped on a building near the Olympic Hotel in central Mogadishu on Sunday afternoon and seized about two dozen people, among them two senior aides to Aidid, military officials said.

As the troops prepared to leave, Aidid's gunmen brought down two Black Hawk helicopters with rocket-propelled grenades, and thousands of Somalis converged on the crash sites.

The trapped soldiers fought through the night until a relief column of U.S., Malaysian and Pakistani troops reached them early on Monday.

At least 12 American soldiers were killed and 78 wounded in the battle, the Pentagon said. A videotape broadcast on Monday showed a captured American pilot, Michael Durant, answering questions.

Clinton, speaking in California, demanded the pilot's release and warned that Aidid's faction would be held responsible for his treatment.

An Aidid spokesman accused the Americans of killing hundreds of Somali civilians in the fighting.

The United Nations took over the relief operation from a U.S.-led force in May, and its troops have hunted Aidid since his militia killed 24 Pakistani peacekeepers on June 5.

About 4,700 U.S. troops remain in Somalia, down from 25,000 at the height of the relief mission. Whether Congress would keep paying for the mission was unclear.
""")
CLINTON = A("Bill Clinton", "USA", "GOV")
USMIL = A("U.S. forces", "USA", "MIL")
AIDM = A("Aidid's militia", "SOM", ["REB", "PTY"])
SOM = A("Somalia", "SOM", None)
E("an02", "Clinton sends armor to Somalia after 12", CLINTON, SOM, ["15"], "154", "1993-10-04", None, False, "headline")
E("an02", "soldiers die in Mogadishu battle", AIDM, USMIL, ATTACK, "190", "1993-10-03", P("Mogadishu", "SOM"), False,
  "headline")
E("an02", "ordered tanks, armored vehicles and about 200", CLINTON, SOM, ["15"], "154", "1993-10-04", None, True,
  "sending reinforcements 154 (mobilize or increase armed forces); the country of destination is the target, not a "
  "place; Monday before a Tuesday paper")
E("an02", "shot down two American helicopters in the", AIDM, USMIL, ATTACK, "190", "1993-10-03", P("Mogadishu", "SOM"),
  False, "lead summary inside 'a day after', detailed in the third paragraph: optional; 'the Somali capital'")
E("an02", "seized about two dozen people, among them", USMIL, A("Aidid's aides", "SOM", ["REB", "PTY"]), ["17", "19"],
  "173", "1993-10-03", P("Mogadishu", "SOM"), True,
  "a raid to seize people: arrest 173 (a raid 19 also right); 'in central Mogadishu' names the place; 'military "
  "officials said' is attribution, nobody disputes it")
E("an02", "Aidid's gunmen brought down two Black Hawk", AIDM, USMIL, ATTACK, "190", "1993-10-03", None, True,
  "downing helicopters with grenades 190; 'As the troops prepared to leave' is Sunday afternoon of the sentence "
  "before; no city in the clause")
E("an02", "The trapped soldiers fought through the night", USMIL, AIDM, CLASH, "190", "1993-10", None, False,
  "fighting with no object named, overnight: optional")
E("an02", "At least 12 American soldiers were killed", AIDM, USMIL, ATTACK, "190", "1993-10", None, False,
  "agentless passive restating the battle: optional")
E("an02", "showed a captured American pilot, Michael Durant", AIDM, A("Michael Durant", "USA", "MIL"), ["18"], "181",
  "1993-10", None, False, "capture in a participle, captors not named: optional")
E("an02", "demanded the pilot's release and warned that", CLINTON, AIDM, DEMAND, "1053", "1993-10", None, True,
  "demand for release of a person 1053; 'speaking in California' is where the speaker was, not a place; no day: month")
E("an02", "warned that Aidid's faction would be held", CLINTON, AIDM, ["13"], "130", "1993-10", None, True,
  "warning in the same sentence: a threat 130, both acts required (as owned35 ai07)")
E("an02", "An Aidid spokesman accused the Americans of", A("Aidid spokesman", "SOM", ["REB", "PTY"]), USMIL, ["11"],
  "112", "1993-10", None, True, "accusation 112; no day: month")
E("an02", "its troops have hunted Aidid since his", A("U.N. troops in Somalia", "UNO", ["IGO", "MIL"]),
  A("Mohamed Farah Aidid", "SOM", ["REB", "PTY"]), ["17", "19"], "170", "1993", None, False,
  "an ongoing hunt, span since June: optional")
E("an02", "since his militia killed 24 Pakistani peacekeepers", AIDM, A("Pakistani peacekeepers", "PAK", ["MIL", "IGO"]),
  ATTACK, "190", "1993-06-05", None, True,
  "dated background killing inside a 'since' clause with its own agent: required; the peacekeepers are Pakistan's "
  "troops under the U.N. (MIL or IGO)")
F("an02", "About 4,700 U.S. troops remain in Somalia", "troop count: a standing situation")
F("an02", "Whether Congress would keep paying for the", "speculation")

# ---------------------------------------------------------------- an03 Sanaa, Middle East (Yemen / Saudi Arabia)
S("an03", "2011-11-24", "Middle East", """
Yemen's Saleh signs deal in Riyadh to give up power after 33 years

SANAA, Yemen —

President Ali Abdullah Saleh agreed on Wednesday to hand power to his deputy, signing a plan drawn up by Yemen's Gulf neighbours that is meant to end ten months of protests against his 33-year rule.

Saleh put his name to the agreement at a ceremony in Riyadh hosted by Saudi Arabia's King Abdullah, who praised the signing as the start of a new chapter for Yemen. Leaders of the opposition coalition signed after him.

Under the plan, Vice President Abed Rabbo Mansour Hadi will take over the president's powers and call an election within 90 days, and Saleh will be immune from prosecution.

Hours after the ceremony, security forces loyal to Saleh opened fire on thousands of protesters in Sanaa who were marching against the immunity clause, killing five people, medics said.

The youth movement that has camped in the capital's Change Square since February accused the opposition parties of betraying those who died and vowed to continue its sit-in until Saleh is put on trial.

Saleh had backed out of the plan in April and again in May. In October the U.N. Security Council demanded that he sign it without delay.

He was badly wounded in June when a bomb exploded in the mosque of his palace compound.

Yemen is the poorest country in the Arab world and home to an active branch of al Qaeda.

It was unclear whether the protesters would accept any role for Saleh's party in the transition.
""")
SALEH = A("Ali Abdullah Saleh", "YEM", "GOV")
JMP = A("Yemeni opposition coalition", "YEM", ["OPP", "PTY"])
YEMSEC = A("Yemeni security forces", "YEM", ["COP", "MIL"])
YEMP = A("Yemeni protesters", "YEM", ["CVL", "OPP"])
YOUTH = A("Change Square youth movement", "YEM", ["CVL", "OPP"])
GCC = A("Gulf Cooperation Council", None, "IGO")
ABD = A("King Abdullah", "SAU", "GOV")
E("an03", "Yemen's Saleh signs deal in Riyadh", SALEH, JMP, AGREE, "057", "2011-11-23", P("Riyadh", "SAU"), False, "headline")
E("an03", "agreed on Wednesday to hand power to", SALEH, JMP, AGREE, "057", "2011-11-23", None, False,
  "lead summary of the signing detailed in the next paragraph: optional (an agreement to step down; 08 also right)")
E("an03", "Saleh put his name to the agreement", SALEH, JMP, AGREE, "057", "2011-11", P("Riyadh", "SAU"), True,
  "signed deal 057 (05/03/08); the counterpart is the opposition coalition that signed after him; 'in Riyadh' names "
  "the place; no day in the sentence: month (the lead gives Wednesday)")
E("an03", "Leaders of the opposition coalition signed after", JMP, SALEH, AGREE, "057", "2011-11", P("Riyadh", "SAU"),
  False, "the reverse direction of the joint signing: optional")
E("an03", "hosted by Saudi Arabia's King Abdullah, who", ABD, SALEH, ["04"], "043", "2011-11", P("Riyadh", "SAU"), False,
  "hosting in a participle: optional")
E("an03", "who praised the signing as the start", ABD, SALEH, ["05"], "051", "2011-11", None, False,
  "single outside reaction in a relative clause: optional")
E("an03", "opened fire on thousands of protesters in", YEMSEC, YEMP, REPR, "175", "2011-11-23", P("Sanaa", "YEM"), True,
  "live fire on protesters 175 (17/18); 'Hours after the ceremony' = Wednesday; 'in Sanaa' names the place; 'medics "
  "said' is attribution")
E("an03", "who were marching against the immunity clause", YEMP, A("Yemen's government", "YEM", "GOV"), ["14"], "141",
  "2011-11-23", P("Sanaa", "YEM"), False, "the march inside the object of the shooting: optional")
E("an03", "has camped in the capital's Change Square", YOUTH, SALEH, ["14"], "141", "2011", P("Sanaa", "YEM"), True,
  "sit-in 141 in a relative clause with its own agent, dated 'since February' (a span: year); 'the capital' is Sanaa")
E("an03", "accused the opposition parties of betraying those", YOUTH, JMP, ["11"], "112", "2011-11", None, True,
  "accusation 112 against the opposition that signed; no day: month")
E("an03", "vowed to continue its sit-in until Saleh", YOUTH, SALEH, ["14"], "141", "2011-11", None, False,
  "a vow to go on protesting: intention, optional")
E("an03", "Saleh had backed out of the plan", SALEH, GCC, ["12"], "127", "2011", None, True,
  "rejecting a settlement plan 127; 'in April and again in May' is a span over two months: year; the plan is the Gulf "
  "Cooperation Council's (country null, IGO, as news-dev's regional bodies)")
E("an03", "In October the U.N. Security Council demanded", A("U.N. Security Council", "UNO", "IGO"), SALEH, DEMAND, "1041",
  "2011-10", None, True, "demand that he sign the transition plan: a demand for a change of leader 1041 (10/02)")
E("an03", "He was badly wounded in June when", UNKNOWN, SALEH, ATTACK, "183", "2011-06", None, False,
  "a bomb with no agent named: optional; null/null as news-dev's unnamed attackers")
F("an03", "Yemen is the poorest country in the", "standing situation")
F("an03", "It was unclear whether the protesters would", "speculation")

# ---------------------------------------------------------------- an04 Ramallah, Middle East (Israel / Palestinians)
S("an04", "2000-09-30", "Middle East", """
Israeli police kill four Palestinians at Jerusalem shrine a day after Sharon visit

RAMALLAH, West Bank —

Israeli police stormed the Al-Aqsa mosque compound in Jerusalem's Old City on Friday and fired rubber-coated bullets and live rounds at Palestinians who were throwing stones after prayers, killing four of them and wounding about 200, hospital officials said.

The clashes broke out a day after Ariel Sharon, the leader of Israel's right-wing Likud opposition, walked through the site, which Jews revere as the Temple Mount, escorted by hundreds of police officers. Palestinian leaders had denounced that visit on Thursday as a deliberate provocation.

Palestinian leader Yasser Arafat condemned the shootings as a dangerous escalation and called on the United Nations Security Council to protect the Palestinian people.

Prime Minister Ehud Barak's office said the police had acted to restore order after worshippers hurled rocks at Jews praying at the Western Wall below.

On Saturday the violence spread to the Gaza Strip, where Israeli troops fired on stone-throwing crowds and exchanged gunfire with Palestinian police.

A 12-year-old boy, Mohammed al-Durra, was shot dead there as he crouched behind his father, and television pictures of his death were broadcast around the world.

Jerusalem's Old City is holy to Jews, Muslims and Christians, and its fate lies at the heart of the conflict.

Peace talks between the two sides have made no progress for months.
""")
ISRCOP = A("Israeli police", "ISR", "COP")
ISRMIL = A("Israeli troops", "ISR", "MIL")
PSEP = A("Palestinian protesters", "PSE", "CVL")
PSECOP = A("Palestinian police", "PSE", "COP")
ARAFAT = A("Yasser Arafat", "PSE", "GOV")
SHARON = A("Ariel Sharon", "ISR", ["OPP", "PTY"])
E("an04", "Israeli police kill four Palestinians at Jerusalem", ISRCOP, PSEP, REPR, "175", "2000-09-29",
  P("Jerusalem", "ISR"), False, "headline")
E("an04", "Israeli police stormed the Al-Aqsa mosque compound", ISRCOP, PSEP, REPR, "175", "2000-09-29",
  P("Jerusalem", "ISR"), True,
  "force against stone-throwing crowds, with deaths: 175 (17/18, an 18/19 reading of the killing also accepted by "
  "root); 'in Jerusalem's Old City' names the place (country as the project codes Jerusalem, ISR); Friday before a "
  "Saturday paper")
E("an04", "who were throwing stones after prayers, killing", PSEP, ISRCOP, VPROT, "145", "2000-09-29",
  P("Jerusalem", "ISR"), False, "stone throwing inside the object of the shooting: optional")
E("an04", "walked through the site, which Jews revere", SHARON, A("Palestinians", "PSE", None), ["04"], "042",
  "2000-09-28", P("Jerusalem", "ISR"), False,
  "a visit to a place, not to an actor, inside 'a day after': no CAMEO class fits well; optional for coders who "
  "take it as a visit")
E("an04", "Palestinian leaders had denounced that visit on", A("Palestinian leaders", "PSE", "GOV"), SHARON, ["11"],
  "111", "2000-09-28", None, True, "denunciation 111; 'that visit' = Sharon's; 'on Thursday' before a Saturday paper")
E("an04", "condemned the shootings as a dangerous escalation", ARAFAT, A("Israel", "ISR", ["GOV", "COP"]), ["11"], "111",
  "2000-09", None, True, "condemnation 111 of Israel's police action; no day: month")
E("an04", "called on the United Nations Security Council", ARAFAT, A("U.N. Security Council", "UNO", "IGO"), DEMAND,
  "0234", "2000-09", None, True,
  "appeal for protection 0234 (02/10); second act of the sentence, required like the first")
E("an04", "after worshippers hurled rocks at Jews praying", PSEP, A("Jewish worshippers", "ISR", "CVL"), VPROT, "145",
  "2000-09-29", None, False, "an act in one side's account (Barak's office), disputed: optional")
E("an04", "Israeli troops fired on stone-throwing crowds and", ISRMIL, PSEP, REPR, "175", "2000-09-30",
  P("Gaza Strip", "PSE"), True,
  "fire on crowds 175 (17/18); 'On Saturday' in a Saturday paper; 'the Gaza Strip, where' names the place")
E("an04", "and exchanged gunfire with Palestinian police", ISRMIL, PSECOP, CLASH, "190", "2000-09-30",
  P("Gaza Strip", "PSE"), True, "exchange of fire: joint, the troops (subject) first; required")
E("an04", "exchanged gunfire with Palestinian police", PSECOP, ISRMIL, CLASH, "190", "2000-09-30", P("Gaza Strip", "PSE"),
  False, "reverse direction: optional")
E("an04", "was shot dead there as he crouched", UNKNOWN, A("Mohammed al-Durra", "PSE", "CVL"), ATTACK, "180",
  "2000-09-30", P("Gaza Strip", "PSE"), False,
  "agentless passive (who fired is not said in the text): optional, null/null source; 'there' = the Gaza Strip")
F("an04", "Jerusalem's Old City is holy to Jews", "standing situation")
F("an04", "Peace talks between the two sides have", "standing situation (no progress): nothing happened")

# ---------------------------------------------------------------- an05 Seoul, Asia (South Korea / North Korea)
S("an05", "1988-01-16", "Asia", """
Seoul says North Korean agent confessed to bombing airliner on Kim Jong Il's orders

SEOUL, South Korea —

South Korea accused North Korea on Friday of blowing up a Korean Air jetliner over the Andaman Sea in November, saying a woman arrested in the case had confessed that she planted the bomb on the orders of Kim Jong Il, the son of President Kim Il Sung.

The woman, Kim Hyon Hui, 26, told a news conference here that she and an older agent had left a radio packed with explosives in an overhead rack before getting off the plane at a stopover in Abu Dhabi.

The Boeing 707, flying from Baghdad to Seoul, vanished off the coast of Burma on Nov. 29. Most of the 115 people aboard were South Korean construction workers returning from jobs in the Middle East.

Bahraini police detained the two agents at the airport in Manama on Dec. 1. The older man, Kim Sung Il, died after biting into a cyanide capsule, and she survived the same attempt.

North Korea's official news agency on Friday dismissed the confession as a fabrication staged by Seoul to discredit the North.

Foreign Minister Choi Kwang Soo urged Japan and the United States to cut their contacts with Pyongyang, and said South Korea would take the case to the United Nations Security Council.

President-elect Roh Tae Woo demanded that the North apologize and punish those responsible.

Seoul is to host the Summer Olympics in September, and officials fear that the North may try to disrupt the Games.
""")
KOR = A("South Korea", "KOR", "GOV")
PRK = A("North Korea", "PRK", "GOV")
KIMH = A("Kim Hyon Hui", "PRK", "SPY")
PRKSPY = A("North Korean agents", "PRK", "SPY")
KAL = A("Korean Air Flight 858", "KOR", ["BUS", "CVL"])
CHOI = A("Choi Kwang Soo", "KOR", "GOV")
E("an05", "Seoul says North Korean agent confessed to", KOR, PRK, ["11"], "112", "1988-01-15", None, False, "headline")
E("an05", "South Korea accused North Korea on Friday", KOR, PRK, ["11"], "112", "1988-01-15", None, True,
  "accusation 112; Friday before a Saturday paper")
E("an05", "of blowing up a Korean Air jetliner", PRK, KAL, ATTACK, "183", "1987-11", None, False,
  "the content of the accusation, disputed by Pyongyang: alleged, optional")
E("an05", "had left a radio packed with explosives", KIMH, KAL, ATTACK, "183", "1987-11", None, False,
  "the bombing in the confessing agent's own account, which Pyongyang disputes: optional")
E("an05", "Bahraini police detained the two agents at", A("Bahraini police", "BHR", "COP"), PRKSPY, ["17"], "173",
  "1987-12-01", P("Manama", "BHR"), True, "arrest 173; 'in Manama' names the place; dated background")
E("an05", "dismissed the confession as a fabrication staged", A("Korean Central News Agency", "PRK", ["MED", "GOV"]), KOR,
  DENY, "016", "1988-01-15", None, True,
  "denial 016 (01/12); 'North Korea's official news agency' speaks for the state (MED or GOV); 'on Friday'")
E("an05", "a fabrication staged by Seoul to discredit", A("Korean Central News Agency", "PRK", ["MED", "GOV"]), KOR,
  ["11"], "112", "1988-01-15", None, False, "the counter-charge inside the denial: optional")
E("an05", "urged Japan and the United States to", CHOI, A("Japan", "JPN", "GOV"), DEMAND, "020", "1988-01", None, True,
  "appeal 020 (02/10) to cut contacts with Pyongyang; compound object, first member required; no day: month")
E("an05", "urged Japan and the United States to", CHOI, A("United States", "USA", "GOV"), DEMAND, "020", "1988-01", None,
  False, "second member of the compound object: optional")
E("an05", "would take the case to the United", CHOI, PRK, ["11"], "115", "1988-01", None, False,
  "an intention to complain to the council: optional")
E("an05", "President-elect Roh Tae Woo demanded that the", A("Roh Tae Woo", "KOR", "GOV"), PRK, DEMAND, "100", "1988-01",
  None, True, "demand for an apology and punishment 100 (10/02); 'the North' = North Korea; month")
F("an05", "Most of the 115 people aboard were", "who was aboard: a count and background fact, nothing happened")
F("an05", "Seoul is to host the Summer Olympics", "a scheduled event and a fear: nothing happened")

# ---------------------------------------------------------------- an06 Manila, Asia (Philippines)
S("an06", "2009-11-27", "Asia", """
Philippine clan scion surrenders over massacre of 57 in Maguindanao

MANILA, Philippines —

Andal Ampatuan Jr., a town mayor whose father governs the southern province of Maguindanao and is an ally of President Gloria Macapagal Arroyo, surrendered to a presidential envoy on Thursday and was flown here to face questioning over the killing of 57 people.

On Monday gunmen stopped a convoy carrying relatives of a rival politician, Esmael Mangudadatu, along with lawyers and journalists, on a highway in Maguindanao and shot them dead on a nearby hillside. Witnesses told investigators the mayor led about 100 armed men who carried out the attack.

Mangudadatu had sent his wife and sisters to file his candidacy for governor, believing that women would not be harmed. He accused the Ampatuans of ordering the killings.

Among the dead were about 30 journalists, the deadliest single attack on the press on record, media groups said.

Arroyo declared a state of emergency in Maguindanao and two neighbouring areas on Tuesday and sent hundreds of troops into the province.

Her Lakas party expelled the mayor, his father and a brother on Wednesday.

Ampatuan denied any role in the massacre, and a family lawyer said the clan was being framed by its enemies.

Clan feuds and private armies have long been part of politics on the southern island of Mindanao, where the Ampatuans have ruled Maguindanao for nearly a decade.
""")
AMP = A("Andal Ampatuan Jr.", "PHL", ["GOV", "PTY"])
AMPS = A("Ampatuan clan", "PHL", ["GOV", "PTY"])
MANG = A("Esmael Mangudadatu", "PHL", ["GOV", "PTY"])
VICT = A("Mangudadatu's relatives, lawyers and journalists", "PHL", ["CVL", "PTY"])
ARROYO = A("Gloria Macapagal Arroyo", "PHL", "GOV")
E("an06", "Philippine clan scion surrenders over massacre of", AMP, A("Philippine government", "PHL", "GOV"), ["08"],
  "080", "2009-11-26", None, False, "headline; a suspect's surrender: yielding 080 for coders who code it")
E("an06", "surrendered to a presidential envoy on Thursday", AMP, A("Philippine government", "PHL", "GOV"), ["08"], "080",
  "2009-11-26", None, False,
  "a suspect giving himself up: coders split between a yield (08) and no event; optional")
E("an06", "On Monday gunmen stopped a convoy carrying", A("gunmen", None, None), VICT, ATTACK, "180", "2009-11-23",
  P("Maguindanao", "PHL"), True,
  "the massacre: killing 180 (18/19/20); unnamed gunmen null/null (news-dev); 'on a highway in Maguindanao' names "
  "the province; Monday before a Friday paper")
E("an06", "Witnesses told investigators the mayor led about", AMP, VICT, ATTACK, "180", "2009-11-23", None, False,
  "the mayor's part in the witnesses' account, which he denies: optional")
E("an06", "He accused the Ampatuans of ordering the", MANG, AMPS, ["11"], "112", "2009-11", None, True,
  "accusation 112; 'He' = Mangudadatu; no day: month")
E("an06", "Arroyo declared a state of emergency in", ARROYO, None, ["17"], "1724", "2009-11-24", P("Maguindanao", "PHL"),
  True, "state of emergency 1724 (news-dev); 'in Maguindanao and two neighbouring areas': the named province; Tuesday")
E("an06", "sent hundreds of troops into the province", ARROYO, AMPS, ["15"], "154", "2009-11-24", P("Maguindanao", "PHL"),
  False, "troop deployment, second act: optional (a show of force whose target is implied)")
E("an06", "Her Lakas party expelled the mayor, his", A("Lakas party", "PHL", "PTY"), AMP, EXPEL, "160", "2009-11-25",
  None, True, "expulsion from a party: reducing relations 160 (16/17); compound object, the mayor first; Wednesday")
E("an06", "Her Lakas party expelled the mayor, his", A("Lakas party", "PHL", "PTY"),
  A("Andal Ampatuan Sr.", "PHL", ["GOV", "PTY"]), EXPEL, "160", "2009-11-25", None, False,
  "second member of the compound object: optional")
E("an06", "Ampatuan denied any role in the massacre", AMP, MANG, DENY, "016", "2009-11", None, True,
  "denial 016 (01/12) of the accusation Mangudadatu made; no day: month")
E("an06", "a family lawyer said the clan was", A("Ampatuan family lawyer", "PHL", None), None, ["11"], "112", "2009-11",
  None, False, "counter-accusation of unnamed enemies: optional")
F("an06", "Among the dead were about 30 journalists", "count of the dead")
F("an06", "Clan feuds and private armies have long", "standing situation")

# ---------------------------------------------------------------- an07 Skopje, Europe/Eurasia (Macedonia)
S("an07", "2001-08-14", "Europe/Eurasia", """
Macedonian and ethnic Albanian leaders sign Western-brokered peace accord

SKOPJE, Macedonia —

Macedonia's main Macedonian and ethnic Albanian parties signed a Western-brokered peace agreement on Monday that gives Albanians wider rights in return for the disarming of rebels who have fought government forces since February.

President Boris Trajkovski hosted the ceremony at his residence in Skopje rather than in the lakeside town of Ohrid, where negotiators settled the text last week, because of fighting near the capital.

Under the accord, Albanian will become an official language in areas where Albanians make up at least a fifth of the population, and more Albanians will be recruited into the police.

Ali Ahmeti, the political leader of the rebel National Liberation Army, said the guerrillas backed the deal and would hand over their weapons to NATO troops.

The alliance has agreed to send about 3,500 soldiers to collect the arms, but only once a lasting ceasefire holds.

Fighting went on into the weekend. Eight soldiers died on Friday when their truck hit a mine on the road north of Skopje, and on Sunday police and troops shelled the Albanian village of Ljuboten.

Arben Xhaferi, leader of the Democratic Party of Albanians, accused the security forces of taking revenge on civilians.

Ethnic Albanians make up about a quarter of Macedonia's two million people.

It was not clear whether parliament, where the changes need a two-thirds majority, would approve them before NATO's deadline.
""")
MKDPTY = A("Macedonian parties", "MKD", ["PTY", "GOV"])
ALBPTY = A("ethnic Albanian parties", "MKD", ["PTY", "GOV", "OPP"])
NLA = A("National Liberation Army", "MKD", "REB")
MKDSEC = A("Macedonian security forces", "MKD", ["MIL", "COP"])
LJUB = A("Ljuboten villagers", "MKD", "CVL")
E("an07", "leaders sign Western-brokered peace accord", MKDPTY, ALBPTY, AGREE, "057", "2001-08-13", None, False, "headline")
E("an07", "parties signed a Western-brokered peace agreement on", MKDPTY, ALBPTY, AGREE, "057", "2001-08-13", None, True,
  "signed deal 057 (05/03/08); compound subject as a joint act: the Macedonian parties (first-mentioned) as source "
  "required, the reverse optional; Monday before a Tuesday paper; Skopje is named only in the next sentence")
E("an07", "parties signed a Western-brokered peace agreement on", ALBPTY, MKDPTY, AGREE, "057", "2001-08-13", None, False,
  "reverse direction: optional")
E("an07", "rebels who have fought government forces since", NLA, MKDSEC, CLASH, "190", "2001", None, True,
  "fighting in a relative clause with its own agent, dated 'since February' (a span: year): required")
E("an07", "rebels who have fought government forces since", MKDSEC, NLA, CLASH, "190", "2001", None, False,
  "reverse direction: optional")
E("an07", "President Boris Trajkovski hosted the ceremony at", A("Boris Trajkovski", "MKD", "GOV"), ALBPTY, ["04"], "043",
  "2001-08-13", P("Skopje", "MKD"), False, "hosting the signing: a restatement of the lead's event, optional")
E("an07", "where negotiators settled the text last week", A("Macedonian negotiators", "MKD", ["PTY", "GOV"]), ALBPTY,
  AGREE, "030", "2001-08", P("Ohrid", "MKD"), False,
  "the earlier agreement on the text, a step of the lead's accord: optional; 'last week' gives the month")
E("an07", "said the guerrillas backed the deal and", A("Ali Ahmeti", "MKD", "REB"), MKDPTY, ["05"], "051", "2001-08", None,
  True, "endorsement 051 of the deal by the rebels' leader; no day: month")
E("an07", "would hand over their weapons to NATO", A("Ali Ahmeti", "MKD", "REB"), MKDSEC, ["03"], "035", "2001-08", None,
  False, "an intention to disarm: optional")
E("an07", "The alliance has agreed to send about", A("NATO", None, "IGO"), A("Macedonia", "MKD", "GOV"), ["03"], "0334",
  "2001-08", None, False, "an undated pledge to deploy ('The alliance' = NATO): intention, optional")
E("an07", "Eight soldiers died on Friday when their", UNKNOWN, A("Macedonian soldiers", "MKD", "MIL"), ATTACK, "190",
  "2001-08-10", None, False, "a mine with no agent named: optional")
E("an07", "police and troops shelled the Albanian village", A("Macedonian police", "MKD", "COP"), LJUB, ["19", "18"], "194",
  "2001-08-12", P("Ljuboten", "MKD"), True,
  "shelling 194; compound subject, police first required; Sunday; 'the Albanian village of Ljuboten' names the place")
E("an07", "police and troops shelled the Albanian village", A("Macedonian troops", "MKD", "MIL"), LJUB, ["19", "18"],
  "194", "2001-08-12", P("Ljuboten", "MKD"), False, "second member of the compound subject: optional")
E("an07", "accused the security forces of taking revenge", A("Arben Xhaferi", "MKD", ["PTY", "GOV"]), MKDSEC, ["11"],
  "112", "2001-08", None, True, "accusation 112; no day: month")
F("an07", "Ethnic Albanians make up about a quarter", "population figure")
F("an07", "It was not clear whether parliament, where", "speculation")

# ---------------------------------------------------------------- an08 Prague, Europe/Eurasia (Czech Republic / Russia)
S("an08", "2021-04-19", "Europe/Eurasia", """
Russia expels 20 Czech diplomats in row over 2014 depot blasts

PRAGUE, Czech Republic —

Russia ordered 20 Czech diplomats to leave the country on Sunday, a day after Prague expelled 18 Russian embassy staff it identified as spies and blamed Russian military intelligence for deadly explosions at an ammunition depot in 2014.

Prime Minister Andrej Babis said on Saturday that there was unequivocal evidence that officers of the GRU had been involved in the blasts at Vrbetice, in the east of the country, which killed two people and forced the evacuation of nearby villages.

Interior Minister Jan Hamacek, who is also acting foreign minister, gave the Russian staff 48 hours to go.

Czech police said they were seeking two men in connection with the blasts, and published photographs of them under the names Alexander Petrov and Ruslan Boshirov, the aliases used by the suspects in the 2018 poisoning of the former spy Sergei Skripal in Britain.

The Russian Foreign Ministry called the accusations absurd and said the expulsions were a hostile act by a Czech government eager to please Washington.

The Czech diplomats, most of the embassy's staff in Moscow, have until Monday evening to leave.

The United States, Britain and the European Union said they stood with Prague.

The Vrbetice depot held tens of tonnes of munitions at the time, much of it owned by a Bulgarian arms dealer.

It was unclear whether the government would now exclude Rosatom, the Russian state nuclear company, from a tender to build a reactor at Dukovany.
""")
RUS = A("Russia", "RUS", "GOV")
CZE = A("Czech Republic", "CZE", "GOV")
CZEDIP = A("Czech diplomats in Moscow", "CZE", "GOV")
RUSDIP = A("Russian embassy staff in Prague", "RUS", ["GOV", "SPY"])
GRU = A("GRU military intelligence", "RUS", ["MIL", "SPY"])
RUSMFA = A("Russian Foreign Ministry", "RUS", "GOV")
E("an08", "Russia expels 20 Czech diplomats in row", RUS, CZEDIP, EXPEL, "161", "2021-04-18", None, False, "headline")
E("an08", "Russia ordered 20 Czech diplomats to leave", RUS, CZEDIP, EXPEL, "161", "2021-04-18", None, True,
  "ordering diplomats out 161 (16/17, 174 also right, as owned35 ai04); the only account of Russia's order: required; "
  "Sunday before a Monday paper")
E("an08", "a day after Prague expelled 18 Russian", CZE, RUSDIP, EXPEL, "161", "2021-04-17", None, False,
  "lead summary inside 'a day after' of the order detailed in the third paragraph: optional; 'Prague' = the "
  "government")
E("an08", "blamed Russian military intelligence for deadly explosions", CZE, GRU, ["11"], "112", "2021-04-17", None, False,
  "lead summary of Babis's accusation: optional")
E("an08", "said on Saturday that there was unequivocal", A("Andrej Babis", "CZE", "GOV"), GRU, ["11"], "112",
  "2021-04-17", None, True, "accusation 112 against the GRU; Saturday before a Monday paper")
E("an08", "which killed two people and forced the", GRU, A("Czech civilians", "CZE", "CVL"), ATTACK, "183", "2014", None,
  False, "the blasts are the content of the accusation (Moscow denies): alleged, optional; 'in 2014' from the lead")
E("an08", "gave the Russian staff 48 hours to", A("Jan Hamacek", "CZE", "GOV"), RUSDIP, EXPEL, "161", "2021-04", None,
  True, "the expulsion order itself 161 (16/17); no day in the sentence: month")
E("an08", "Czech police said they were seeking two", A("Czech police", "CZE", "COP"), A("two suspects", None, "SPY"),
  ["09", "17"], "091", "2021-04", None, False, "a manhunt / criminal investigation 091: optional")
E("an08", "called the accusations absurd and said the", RUSMFA, CZE, DENY, "016", "2021-04", None, True,
  "rejecting the accusations as absurd: denial 016 (01/12); no day: month")
E("an08", "said the expulsions were a hostile act", RUSMFA, CZE, ["11"], "111", "2021-04", None, True,
  "criticism 111 in the same sentence: both acts required")
E("an08", "The United States, Britain and the European", A("United States", "USA", "GOV"), CZE, ["05"], "051", "2021-04",
  None, False, "outside reactions of support: optional (the first member of the compound too)")
F("an08", "The Vrbetice depot held tens of tonnes", "background fact")
F("an08", "It was unclear whether the government would", "speculation")

# ---------------------------------------------------------------- an09 La Paz, Americas (Bolivia / United States / Venezuela)
S("an09", "2008-09-12", "Americas", """
U.S. expels Bolivian envoy as Chavez orders American ambassador out of Caracas

LA PAZ, Bolivia —

The United States expelled Bolivia's ambassador on Thursday in retaliation for President Evo Morales's decision to throw out the U.S. envoy, and Venezuela's Hugo Chavez ordered the American ambassador in Caracas to leave in solidarity with his Bolivian ally.

State Department spokesman Sean McCormack called the Bolivian move a grave error that had harmed relations between the two countries.

Morales declared Ambassador Philip Goldberg persona non grata on Wednesday, accusing him of conspiring with opposition governors in the eastern lowlands who are fighting his plans to share out land and gas revenues. The State Department rejected the charge as baseless.

Chavez, speaking at a rally, gave Ambassador Patrick Duffy 72 hours to leave and said he was recalling his own envoy from Washington.

In the northern province of Pando, at least eight people were killed on Thursday when supporters and opponents of Morales fought with guns and machetes near the town of Porvenir, officials said.

Bolivia holds the second-largest natural gas reserves in South America.

It was unclear when either country would name a new ambassador, and officials in both capitals gave no timetable.
""")
USA = A("United States", "USA", "GOV")
BOL = A("Bolivia", "BOL", "GOV")
MORALES = A("Evo Morales", "BOL", "GOV")
GOLDBERG = A("Philip Goldberg", "USA", "GOV")
CHAVEZ = A("Hugo Chavez", "VEN", "GOV")
DUFFY = A("Patrick Duffy", "USA", "GOV")
E("an09", "U.S. expels Bolivian envoy as Chavez orders", USA, A("Bolivian ambassador", "BOL", "GOV"), EXPEL, "161",
  "2008-09-11", None, False, "headline")
E("an09", "orders American ambassador out of Caracas", CHAVEZ, DUFFY, EXPEL, "161", "2008-09-11", None, False, "headline")
E("an09", "The United States expelled Bolivia's ambassador on", USA, A("Bolivian ambassador", "BOL", "GOV"), EXPEL, "161",
  "2008-09-11", None, True, "expelling an envoy 161 (16/17, 174 also right); Thursday before a Friday paper")
E("an09", "decision to throw out the U.S. envoy", MORALES, GOLDBERG, EXPEL, "161", "2008-09-10", None, False,
  "nominal restatement of Morales's expulsion detailed in the third paragraph: optional")
E("an09", "ordered the American ambassador in Caracas to", CHAVEZ, DUFFY, EXPEL, "161", "2008-09-11", None, False,
  "lead summary of Chavez's order detailed in the fourth paragraph: optional; 'in Caracas' is where the envoy is, "
  "not the place of the order")
E("an09", "called the Bolivian move a grave error", A("Sean McCormack", "USA", "GOV"), BOL, ["11"], "111", "2008-09", None,
  True, "criticism 111; no day: month")
E("an09", "declared Ambassador Philip Goldberg persona non grata", MORALES, GOLDBERG, EXPEL, "161", "2008-09-10", None,
  True, "declaring an envoy persona non grata 161 (16/17); Wednesday")
E("an09", "accusing him of conspiring with opposition governors", MORALES, GOLDBERG, ["11"], "112", "2008-09-10", None,
  True, "accusation in a participle, same day: required")
E("an09", "The State Department rejected the charge as", A("U.S. State Department", "USA", "GOV"), MORALES, DENY, "016",
  "2008-09", None, True, "denial 016 (01/12); no day: month")
E("an09", "gave Ambassador Patrick Duffy 72 hours to", CHAVEZ, DUFFY, EXPEL, "161", "2008-09", None, True,
  "the order itself 161 (16/17); 'speaking at a rally' gives no place; no day in the sentence: month")
E("an09", "said he was recalling his own envoy", CHAVEZ, USA, ["16"], "161", "2008-09", None, True,
  "recalling one's own envoy 161 (news-dev); second act of the sentence: required; 'from Washington' is the post, "
  "not a place")
E("an09", "supporters and opponents of Morales fought with", A("Morales supporters", "BOL", ["CVL", "PTY"]),
  A("Morales opponents", "BOL", ["CVL", "OPP"]), CLASH, "190", "2008-09-11", P("Porvenir", "BOL"), True,
  "clash between civilian camps 190 (news-dev); joint, supporters (first-mentioned) as source; 'near the town of "
  "Porvenir' names the place (Pando province also in the sentence); Thursday")
E("an09", "supporters and opponents of Morales fought with", A("Morales opponents", "BOL", ["CVL", "OPP"]),
  A("Morales supporters", "BOL", ["CVL", "PTY"]), CLASH, "190", "2008-09-11", P("Porvenir", "BOL"), False,
  "reverse direction: optional")
F("an09", "Bolivia holds the second-largest natural gas reserves", "standing fact")
F("an09", "It was unclear when either country would", "speculation")

# ---------------------------------------------------------------- an10 Buenos Aires, Americas (Argentina)
S("an10", "1987-04-20", "Americas", """
Argentine army rebels surrender after Alfonsin flies to their base

BUENOS AIRES, Argentina —

Rebel army officers who had taken over an infantry school outside Buenos Aires surrendered on Sunday after President Raul Alfonsin flew to the base by helicopter and met their leader, ending a four-day revolt against the trials of officers for human rights abuses.

Alfonsin then returned to Government House and told a crowd of several hundred thousand people in the Plaza de Mayo that the house was in order and that there had been no bloodshed.

The revolt began on Wednesday when Maj. Ernesto Barreiro, who faces charges of torture at a secret prison during military rule, refused to appear before a federal court in Cordoba and took refuge at an infantry regiment there.

On Thursday Lt. Col. Aldo Rico and about 100 officers occupied the Campo de Mayo infantry school and demanded an end to the prosecutions and the removal of the army chief of staff, Gen. Hector Rios Erenu.

Loyalist units ordered to crush the revolt moved slowly, and some commanders refused to march against fellow officers.

Hundreds of thousands of Argentines rallied across the country in defence of democracy, and the main labour federation called a general strike.

Rico was placed under arrest after the surrender, the government said. It was not clear whether Alfonsin had promised the rebels anything in return.

The Campo de Mayo garrison is the largest army base in the country.
""")
ARGREB = A("Argentine rebel officers", "ARG", "MIL")
ALF = A("Raul Alfonsin", "ARG", "GOV")
RICO = A("Aldo Rico", "ARG", "MIL")
ARGG = A("Argentina's government", "ARG", "GOV")
E("an10", "Argentine army rebels surrender after Alfonsin flies", ARGREB, ARGG, ["08"], "0874", "1987-04-19", None, False,
  "headline")
E("an10", "after Alfonsin flies to their base", ALF, RICO, ["04"], "042", "1987-04-19", None, False, "headline")
E("an10", "surrendered on Sunday after President Raul Alfonsin", ARGREB, ARGG, ["08"], "0874", "1987-04-19", None, True,
  "military surrender 0874; 'outside Buenos Aires' locates the base, not a named place of the act; Sunday before a "
  "Monday paper")
E("an10", "flew to the base by helicopter and", ALF, RICO, ["04"], "042", "1987-04-19", None, True,
  "a visit and meeting with the rebels' leader 042 (04: 040/043 also by root); 'their leader' = Rico, named later")
E("an10", "who had taken over an infantry school", ARGREB, ARGG, COUP, "192", "1987-04", None, False,
  "restatement in a relative clause of the seizure detailed in the fourth paragraph: optional")
E("an10", "refused to appear before a federal court", A("Ernesto Barreiro", "ARG", "MIL"),
  A("federal court in Cordoba", "ARG", "JUD"), ["12"], "120", "1987-04-15", P("Cordoba", "ARG"), True,
  "refusing a court summons 120 (as owned35's rejections of rulings); 'on Wednesday'; 'in Cordoba' names the place")
E("an10", "On Thursday Lt. Col. Aldo Rico and", RICO, ARGG, COUP, "192", "1987-04-16", P("Campo de Mayo", "ARG"), True,
  "officers occupying a base in revolt: occupation 192 (17/19, as takeovers); compound subject, Rico first required; "
  "the Campo de Mayo school names the place")
E("an10", "about 100 officers occupied the Campo de", ARGREB, ARGG, COUP, "192", "1987-04-16", P("Campo de Mayo", "ARG"),
  False, "second member of the compound subject: optional")
E("an10", "demanded an end to the prosecutions and", RICO, ARGG, DEMAND, "1042", "1987-04-16", None, True,
  "demand for a change of policy 1042 (10/02); compound object, first member required")
E("an10", "and the removal of the army chief", RICO, ARGG, DEMAND, "1041", "1987-04-16", None, False,
  "second member of the compound object (a change of leader 1041): optional")
E("an10", "some commanders refused to march against fellow", A("Argentine army commanders", "ARG", "MIL"), ARGG, ["12"],
  "120", "1987-04", None, True, "refusing orders 120; no day: month")
E("an10", "rallied across the country in defence of", A("Argentine demonstrators", "ARG", "CVL"), ARGREB, ["14"], "141",
  "1987-04", None, True, "demonstrations 141 against the revolt; the country is not a place; no day: month")
E("an10", "the main labour federation called a general", A("General Labour Confederation", "ARG", "LAB"), ARGREB, ["14"],
  "143", "1987-04", None, True, "a called general strike 143 (as owned35 ai09); second clause with its own subject")
E("an10", "Rico was placed under arrest after the", ARGG, RICO, ["17"], "173", "1987-04", None, False,
  "agentless passive (the arresting authority is not named): optional")
F("an10", "It was not clear whether Alfonsin had", "speculation")
F("an10", "The Campo de Mayo garrison is the", "standing fact")

# ---------------------------------------------------------------- an11 Dhaka, South Asia (Bangladesh)
S("an11", "2007-01-12", "South Asia", """
Bangladesh president declares emergency, quits as caretaker chief; vote delayed

DHAKA, Bangladesh —

President Iajuddin Ahmed declared a state of emergency across Bangladesh on Thursday and stepped down as head of the caretaker government that was to oversee a Jan. 22 election, bowing to weeks of deadly street protests by the opposition.

In a televised address, Ahmed said the vote would be delayed, and he imposed a night curfew in Dhaka and other cities. Troops patrolled the capital's streets overnight.

The Awami League of former Prime Minister Sheikh Hasina had pulled its candidates out of the election on Jan. 3, accusing Ahmed of rigging the vote in favour of the Bangladesh Nationalist Party of Khaleda Zia, whose term ended in October.

At least 40 people have been killed since late October, when Awami League supporters fought BNP activists with sticks and oars in the streets of Dhaka as Zia's government handed over power.

The European Union suspended its election observation mission on Wednesday, saying a credible vote had become impossible.

Hasina welcomed the president's decision.

Bangladesh, a nation of about 150 million people, has been ruled alternately by Hasina and Zia since 1991.

Whether a new caretaker administration could hold a fair vote within months was far from clear.
""")
AHMED = A("Iajuddin Ahmed", "BGD", "GOV")
AWAMI = A("Awami League", "BGD", ["OPP", "PTY"])
E("an11", "Bangladesh president declares emergency, quits as caretaker", AHMED, None, ["17"], "1724", "2007-01-11", None,
  False, "headline")
E("an11", "quits as caretaker chief; vote delayed", AHMED, AWAMI, ["08"], "0831", "2007-01-11", None, False, "headline")
E("an11", "declared a state of emergency across Bangladesh", AHMED, None, ["17"], "1724", "2007-01-11", None, True,
  "state of emergency 1724 (news-dev); the country is not a place; Thursday before a Friday paper")
E("an11", "stepped down as head of the caretaker", AHMED, AWAMI, ["08"], "0831", "2007-01-11", None, True,
  "resignation under protest pressure 0831 with the protesting opposition as implied target (news-dev d09)")
E("an11", "bowing to weeks of deadly street protests", AWAMI, AHMED, VPROT, "145", None, None, False,
  "weeks of protests as a cause, no date of their own (they span December and January): optional, date null")
E("an11", "and he imposed a night curfew in", AHMED, None, ["17"], "1723", "2007-01", P("Dhaka", "BGD"), True,
  "curfew 1723; 'in Dhaka and other cities' names Dhaka; the address has no day of its own: month")
E("an11", "Troops patrolled the capital's streets overnight", A("Bangladeshi troops", "BGD", "MIL"), None, ["15"], "150",
  "2007-01", P("Dhaka", "BGD"), False, "a show of force with no target: optional; 'overnight' without an anchor: month")
E("an11", "had pulled its candidates out of the", AWAMI, AHMED, ["14"], "143", "2007-01-03", None, True,
  "an election boycott 143; dated background 'on Jan. 3'")
E("an11", "accusing Ahmed of rigging the vote in", AWAMI, AHMED, ["11"], "112", "2007-01-03", None, True,
  "accusation in a participle of the Jan. 3 withdrawal: required")
E("an11", "Awami League supporters fought BNP activists with", A("Awami League supporters", "BGD", ["PTY", "CVL"]),
  A("BNP activists", "BGD", ["PTY", "CVL"]), CLASH, "190", "2006-10", P("Dhaka", "BGD"), True,
  "clash between party camps 190 (news-dev) inside 'since late October, when' with its own agent: required; the "
  "month; 'in the streets of Dhaka'")
E("an11", "Awami League supporters fought BNP activists with", A("BNP activists", "BGD", ["PTY", "CVL"]),
  A("Awami League supporters", "BGD", ["PTY", "CVL"]), CLASH, "190", "2006-10", P("Dhaka", "BGD"), False,
  "reverse direction: optional")
E("an11", "The European Union suspended its election observation", A("European Union", "EUR", "IGO"),
  A("Bangladesh", "BGD", "GOV"), ["16"], "166", "2007-01-10", None, True,
  "withdrawing an observer mission 166 (expel or withdraw); Wednesday before a Friday paper")
E("an11", "Hasina welcomed the president's decision", A("Sheikh Hasina", "BGD", ["OPP", "PTY"]), AHMED, ["05"], "051",
  "2007-01", None, True, "approval 051 of the resignation; no day: month")
F("an11", "Bangladesh, a nation of about 150 million", "standing situation")
F("an11", "Whether a new caretaker administration could hold", "speculation")

# ---------------------------------------------------------------- an12 Dili, Pacific (East Timor / Australia)
S("an12", "2008-02-12", "Pacific", """
East Timor's president shot in rebel attack; Australia rushes in more troops

DILI, East Timor —

Rebel soldiers attacked the home of East Timor's President Jose Ramos-Horta in Dili on Monday and shot him in the stomach, and their leader, Alfredo Reinado, was killed in a gunfight with the president's guards, officials said.

Ramos-Horta, who shared the Nobel Peace Prize in 1996, was flown to the northern Australian city of Darwin, where doctors operated on him overnight. His condition was critical but stable, the hospital said.

About an hour after the first attack, gunmen opened fire on the car of Prime Minister Xanana Gusmao as he drove into the capital. He escaped unhurt.

Gusmao declared a state of emergency, imposing a night curfew and banning demonstrations, and called the attacks an attempted coup.

Australian Prime Minister Kevin Rudd said he would send about 200 more soldiers and police to join the roughly 1,000 Australian troops already in the country, and the first of them landed in Dili on Tuesday.

Reinado, a former military police commander, had led a band of fugitive soldiers since a mutiny split the security forces in 2006. He had eluded Australian forces since March last year, when they raided his hideout in the town of Same and killed five of his men.

East Timor, a half-island nation of about one million people, is one of Asia's poorest countries.

It was not clear how many of Reinado's followers were still at large in the hills.
""")
TLSREB = A("Reinado's rebels", "TLS", ["REB", "MIL"])
RAMOS = A("Jose Ramos-Horta", "TLS", "GOV")
REINADO = A("Alfredo Reinado", "TLS", ["REB", "MIL"])
GUARDS = A("presidential guards", "TLS", ["MIL", "COP"])
GUSMAO = A("Xanana Gusmao", "TLS", "GOV")
AUSMIL = A("Australian troops", "AUS", ["MIL", "COP"])
E("an12", "East Timor's president shot in rebel attack", TLSREB, RAMOS, ATTACK, "180", "2008-02-11", None, False, "headline")
E("an12", "Australia rushes in more troops", A("Australia", "AUS", "GOV"), A("East Timor", "TLS", "GOV"), ["07", "15"],
  "074", "2008-02", None, False, "headline")
E("an12", "Rebel soldiers attacked the home of East", TLSREB, RAMOS, ATTACK, "180", "2008-02-11", P("Dili", "TLS"), True,
  "armed attack and shooting 180 (18/19/20; an attempt on a leader's life, 186 also right); 'in Dili' names the "
  "place; Monday before a Tuesday paper")
E("an12", "was killed in a gunfight with the", GUARDS, REINADO, ATTACK, "190", "2008-02-11", P("Dili", "TLS"), True,
  "killing in a gunfight, passive with the guards named after 'with': 190 (18/19/20); the place is the home in Dili "
  "named earlier in the same sentence; 'officials said' is attribution")
E("an12", "was killed in a gunfight with the", REINADO, GUARDS, CLASH, "190", "2008-02-11", P("Dili", "TLS"), False,
  "the gunfight read as joint, Reinado's side as source: optional")
E("an12", "gunmen opened fire on the car of", A("gunmen", None, None), GUSMAO, ATTACK, "190", "2008-02-11", None, True,
  "firing on the prime minister's car 190; unnamed gunmen null/null (news-dev); 'About an hour after the first "
  "attack' = Monday; 'into the capital' is a destination, not a place")
E("an12", "Gusmao declared a state of emergency, imposing", GUSMAO, None, ["17"], "1724", "2008-02", None, True,
  "state of emergency 1724 (news-dev); no day in the sentence: month")
E("an12", "imposing a night curfew and banning demonstrations", GUSMAO, None, ["17"], "1723", "2008-02", None, False,
  "curfew and protest ban as parts of the emergency: optional")
E("an12", "called the attacks an attempted coup", GUSMAO, TLSREB, ["11"], "112", "2008-02", None, True,
  "accusation 112 against the rebels; month")
E("an12", "Rudd said he would send about 200", A("Kevin Rudd", "AUS", "GOV"), A("East Timor", "TLS", "GOV"), ["03"],
  "0334", "2008-02", None, False, "a pledge of troops: intention, optional")
E("an12", "the first of them landed in Dili", AUSMIL, A("East Timor", "TLS", "GOV"), ["07", "15"], "074", "2008-02-12",
  P("Dili", "TLS"), True,
  "arrival of peacekeeping reinforcements 074 (07/15, news-dev's tolerant roots for peacekeepers); 'them' = the "
  "soldiers and police Rudd is sending; 'on Tuesday' in a Tuesday paper; 'in Dili'")
E("an12", "when they raided his hideout in the", A("Australian forces", "AUS", "MIL"), TLSREB, ATTACK, "190", "2007-03",
  P("Same", "TLS"), True,
  "raid with killings 190 inside 'since March last year, when' with its own agent ('they' = Australian forces): "
  "required; 'March last year' = 2007-03; 'the town of Same'")
F("an12", "East Timor, a half-island nation of about", "standing situation")
F("an12", "It was not clear how many of", "speculation")

write(HERE)
