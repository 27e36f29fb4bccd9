#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned42 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned42/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- aq01 Marikana, Africa (South Africa)
S("aq01", "2012-08-17", "Africa", """
South African police shoot dead 34 striking miners at Lonmin's Marikana platinum mine

MARIKANA, South Africa —

South African police opened fire on a crowd of striking miners armed with spears and machetes near Lonmin's Marikana platinum mine on Thursday, killing 34 of them and wounding 78, National Police Commissioner Riah Phiyega said on Friday.

Phiyega told reporters that officers had acted in self-defence when the men charged at their lines, and that 259 people had been arrested at the scene.

Television pictures showed police firing automatic rifles into the crowd as it ran towards a row of armoured vehicles.

President Jacob Zuma cut short a visit to a regional summit in Mozambique on Friday and ordered a commission of inquiry into the killings.

The rock drill operators, who want their monthly pay raised to 12,500 rand, have been on a wildcat strike since Aug. 10. Strikers hacked two police officers to death near the mine on Monday.

The National Union of Mineworkers, long the dominant union on the platinum belt, blamed its rival, the Association of Mineworkers and Construction Union, for stirring up the violence. AMCU leader Joseph Mathunjwa denied the charge and said police had provoked his members.

Lonmin, the world's third-biggest platinum producer, called the stoppage illegal and warned that strikers who failed to report for their shifts could be fired.

Lonmin's shares fell sharply in London on Friday.

It was the deadliest police action since the end of apartheid in 1994.
""")

# ---------------------------------------------------------------- aq02 Rabat, Africa (Morocco / Western Sahara)
S("aq02", "2020-11-14", "Africa", """
Polisario declares truce over after Moroccan troops enter Western Sahara buffer zone

RABAT, Morocco —

Moroccan troops moved into the U.N.-patrolled buffer zone at Guerguerat, in the far south of Western Sahara, on Friday to reopen the territory's only road link to Mauritania, and the Polisario Front said its 29-year ceasefire with Rabat was over.

Sahrawi activists had parked cars and pitched tents across the road on Oct. 21, stranding hundreds of trucks carrying fruit and vegetables to West Africa. About 200 drivers were still stuck on both sides of the crossing this week.

The Moroccan foreign ministry said the army had acted only after U.N. efforts to clear the road failed, and accused the Polisario of banditry and of blocking the movement of goods and people. The troops met no resistance and set up a security cordon around the crossing, the army said.

The Polisario, which seeks independence for the former Spanish colony, accused Morocco of breaking the 1991 truce. Its leader, Brahim Ghali, later signed a decree ending the movement's commitment to the ceasefire, and its fighters fired on Moroccan positions along the sand wall that divides the territory, the Sahrawi news agency said.

Algeria, the Polisario's main backer, condemned the operation, while a spokesman for U.N. Secretary-General Antonio Guterres said he regretted that talks had failed and urged Morocco and the Polisario to avoid any escalation.

The territory, rich in phosphates and fishing waters, is home to about 600,000 people.
""")

# ---------------------------------------------------------------- aq03 Tehran, Middle East (Iran / Ukraine / Britain)
S("aq03", "2020-01-12", "Middle East", """
Iran admits it shot down Ukrainian airliner by mistake; students turn on leaders

TEHRAN, Iran —

Iran's armed forces acknowledged on Saturday that they had shot down a Ukrainian passenger jet by mistake minutes after it took off from Tehran's Imam Khomeini airport on Wednesday, killing all 176 people on board.

Amirali Hajizadeh, the aerospace commander of the Revolutionary Guards, said an air defence operator had mistaken the Boeing 737 for a cruise missile at a time when Iranian forces were on high alert, hours after they had fired ballistic missiles at two bases in Iraq that house U.S. troops.

President Hassan Rouhani called the downing an unforgivable mistake, and Foreign Minister Mohammad Javad Zarif apologised to the Ukrainian people and to the families of the victims.

Ukrainian President Volodymyr Zelensky demanded that Tehran punish those responsible and pay compensation. Canadian Prime Minister Justin Trudeau, whose country lost 57 citizens, called for full accountability.

Hundreds of students protested outside Amir Kabir University in Tehran on Saturday evening, chanting against the country's leaders. Police fired tear gas to disperse them, witnesses said.

Police detained Britain's ambassador, Rob Macaire, near the university on Saturday night and held him for about an hour. Foreign Secretary Dominic Raab called the arrest a flagrant violation of international law. Iran's foreign ministry summoned Macaire on Sunday over what it called his presence at an illegal gathering.

The plane, bound for Kyiv, was carrying 82 Iranians and 11 Ukrainians among its passengers and crew.

It was unclear whether the protests would spread.
""")

# ---------------------------------------------------------------- aq04 Gaza City, Middle East (Israel / Palestinians / Turkey)
S("aq04", "2018-05-15", "Middle East", """
Israeli troops kill dozens on Gaza border as U.S. opens Jerusalem embassy; Turkey expels envoy

GAZA CITY, Gaza Strip —

Israeli troops shot dead at least 58 Palestinians along the Gaza border fence on Monday as tens of thousands protested against the opening of the U.S. embassy in Jerusalem, the Gaza health ministry said.

Israel's military said crowds had tried to breach the fence with wire cutters and firebombs, and accused Hamas, the Islamist group that rules the strip, of using the protests as cover for attacks.

About 80 km (50 miles) away, Ivanka Trump and Jared Kushner attended the inauguration of the embassy, which moved from Tel Aviv after President Donald Trump recognised Jerusalem as Israel's capital in December.

Palestinian President Mahmoud Abbas called the killings a massacre and declared three days of mourning.

Turkey, which had recalled its own envoys from Tel Aviv and Washington on Monday, ordered Israel's ambassador to leave on Tuesday. Israel responded by expelling the Turkish consul-general in Jerusalem.

South Africa also recalled its ambassador, and Kuwait asked for an emergency meeting of the U.N. Security Council.

White House spokesman Raj Shah said Hamas bore responsibility for the deaths.

Palestinians mark the anniversary of their 1948 exodus, which they call the Nakba, on May 15.

Whether the protests would continue after the anniversary was unclear.
""")

# ---------------------------------------------------------------- aq05 Taipei, Asia (Taiwan)
S("aq05", "2014-03-24", "Asia", """
Taiwan riot police drive students from cabinet offices with water cannon

TAIPEI, Taiwan —

Riot police used water cannon and batons early on Monday to drive hundreds of protesters out of Taiwan's cabinet headquarters, which they had stormed on Sunday evening in an escalation of a week-long campaign against a trade pact with China.

Officials said 61 protesters were detained and more than 110 people, among them police officers, were treated in hospital.

Premier Jiang Yi-huah said the occupation of the Executive Yuan was illegal and that his government could not tolerate violence.

Hundreds of students have held the chamber of the Legislative Yuan since March 18, when they climbed over its gates to protest against the ruling Kuomintang's attempt to push the services agreement through parliament without a clause-by-clause review.

President Ma Ying-jeou on Sunday rejected their demand that the agreement be withdrawn, saying it would open Chinese markets to Taiwanese firms.

Student leader Lin Fei-fan accused the government of brutality against peaceful protesters and demanded that Jiang apologise.

The pact, signed in Shanghai last June, would open 80 Chinese service sectors to Taiwanese companies and 64 Taiwanese sectors to Chinese ones. Critics say it would leave the island's economy too dependent on Beijing.

Taiwan and China have been governed separately since the end of a civil war in 1949.

Whether the government would send the pact back for review remained unclear.
""")

# ---------------------------------------------------------------- aq06 Almaty, Asia (Kazakhstan)
S("aq06", "2011-12-18", "Asia", """
Nazarbayev declares emergency in Kazakh oil town after police fire on strikers

ALMATY, Kazakhstan —

President Nursultan Nazarbayev declared a 20-day state of emergency in the western oil town of Zhanaozen on Saturday, a day after police opened fire on rioters in its central square, killing 11 people, according to prosecutors.

Prosecutors said the violence began on Friday when a crowd, including oil workers who had been on strike since May, attacked police and set fire to the town hall, the offices of the state oil company and a hotel during celebrations marking 20 years of independence.

Striking workers reached by telephone said police had fired on unarmed people.

On Saturday, protesters blocked a railway line at Shetpe station, about 150 km (90 miles) away, and police fired on them, killing one man, the Interior Ministry said.

Mobile telephone and internet links to Zhanaozen were cut.

In a televised address, Nazarbayev said hooligans had exploited a labour dispute and ordered the prosecutor-general to investigate the killings.

Hundreds of workers at Ozenmunaigaz, a unit of the state oil company KazMunaiGaz, were dismissed after they walked out to demand higher pay.

Kazakhstan, Central Asia's largest economy, pumps about 1.6 million barrels of oil a day.

It was the deadliest unrest in the country since independence from the Soviet Union.
""")

# ---------------------------------------------------------------- aq07 Athens, Europe/Eurasia (Greece)
S("aq07", "2008-12-08", "Europe/Eurasia", """
Greek youths riot for second night after police officer kills 15-year-old

ATHENS, Greece —

Hundreds of masked youths hurled petrol bombs at riot police and set fire to banks, shops and cars in central Athens on Sunday, in a second night of rioting after a police officer shot dead a 15-year-old boy.

Riot police fired tear gas and stun grenades at the crowds on Sunday night. Youths also clashed with officers in Thessaloniki and several other cities.

A police special guard shot the boy, Alexandros Grigoropoulos, in the chest late on Saturday in the Athens district of Exarchia, after youths threw stones at his patrol car, police said. Witnesses said the boy had posed no threat.

Police arrested both officers in the patrol car, and a prosecutor charged the one who fired with premeditated murder on Sunday.

Interior Minister Prokopis Pavlopoulos offered to resign, but Prime Minister Costas Karamanlis asked him to stay and promised that those responsible would be punished.

Opposition leader George Papandreou accused the government of failing to protect citizens and called for early elections.

Exarchia, near the Athens Polytechnic, has long been a stronghold of anarchist groups.

Greece's jobless rate among people under 25 is above 20 percent.
""")

# ---------------------------------------------------------------- aq08 Bratislava, Europe/Eurasia (Slovakia)
S("aq08", "2024-05-16", "Europe/Eurasia", """
Slovak Prime Minister Fico shot and gravely wounded; suspect charged with attempted murder

BRATISLAVA, Slovakia —

A gunman shot Slovak Prime Minister Robert Fico several times as he greeted supporters after a government meeting in the central town of Handlova on Wednesday. Doctors said on Thursday that he remained in serious condition after surgery.

Security officers tackled and detained the suspect, a 71-year-old writer named in local media as Juraj Cintula, at the scene.

Prosecutors charged him with attempted premeditated murder on Thursday. Interior Minister Matus Sutaj Estok said the attack was politically motivated and that the man appeared to have acted alone.

President Zuzana Caputova condemned what she called a brutal and reckless attack, and with her elected successor, Peter Pellegrini, urged party leaders to suspend campaigning for next month's European Parliament election.

Members of Fico's Smer party blamed liberal opposition parties and media for stoking hatred against the prime minister, a charge that opposition leader Michal Simecka rejected.

Tens of thousands of people had marched in Bratislava and other cities in January and February against the government's plan to abolish a special prosecutor's office.

Russian President Vladimir Putin called the shooting a monstrous crime.

Fico, 59, is serving his fourth term as prime minister.

It was unclear when he would be able to return to work.
""")

# ---------------------------------------------------------------- aq09 Santiago, Americas (Chile)
S("aq09", "1986-09-09", "Americas", """
Pinochet escapes ambush that kills five bodyguards; Chile under state of siege

SANTIAGO, Chile —

Gen. Augusto Pinochet declared a state of siege across Chile late on Sunday, hours after guerrillas armed with rifles and rocket launchers ambushed his motorcade on a mountain road outside Santiago, killing five of his bodyguards.

The president, who was returning from his weekend house, suffered a cut to his left hand. His 10-year-old grandson, riding with him, was unhurt.

Interior Minister Ricardo Garcia accused the outlawed Communist Party of organising the attack through its armed wing, the Manuel Rodriguez Patriotic Front.

Police arrested several prominent opponents of the military government, among them the Socialist leader Ricardo Lagos, and the authorities shut down six opposition magazines under the emergency powers.

Early on Monday, men in civilian clothes took a magazine editor, Jose Carrasco, from his home in Santiago. His body was found hours later near a cemetery on the city's outskirts.

The Roman Catholic Church condemned the ambush but appealed to the government not to answer violence with repression.

Pinochet, 70, has ruled Chile for nearly 13 years.

It was not clear how long the state of siege would last.
""")

# ---------------------------------------------------------------- aq10 Bogota, Americas (Colombia)
S("aq10", "1989-08-20", "Americas", """
Colombia revives extradition after cocaine gunmen kill presidential hopeful Galan

BOGOTA, Colombia —

President Virgilio Barco issued emergency decrees late on Friday reviving the extradition of drug traffickers to the United States and allowing the army to seize their property, hours after gunmen shot dead Luis Carlos Galan at a rally in Soacha, south of the capital.

Galan, a Liberal senator, led every opinion poll for the presidential election due in May.

Hours before Galan was shot, gunmen in Medellin killed Col. Valdemar Franklin Quintero, the police commander of Antioquia province, as his car stopped at a traffic light.

Officials blamed the Medellin cocaine cartel, led by Pablo Escobar, which has waged a campaign of bombings and murders against extradition.

Police and troops raided hundreds of homes, ranches and offices belonging to suspected traffickers on Saturday and detained more than 10,000 people, the Defence Ministry said. They seized aircraft, weapons and cash, it said.

In Washington, the State Department condemned the killing and said the United States was ready to help Colombia fight the cartels.

Thousands of mourners filed past Galan's coffin in Bogota on Saturday.

Colombia supplies most of the cocaine sold in the United States, according to U.S. officials.
""")

# ---------------------------------------------------------------- aq11 New Delhi, South Asia (India)
S("aq11", "2021-01-27", "South Asia", """
Protesting farmers storm Delhi's Red Fort as Republic Day tractor rally turns violent

NEW DELHI, India —

Thousands of farmers protesting against new agricultural laws broke through police barricades on tractors and stormed the historic Red Fort in New Delhi on Tuesday, as India celebrated Republic Day with a military parade a few kilometres away.

Police fired tear gas and charged with batons to drive back the tractors at several points in the capital on Tuesday. One protester died when his tractor overturned.

The Home Ministry suspended mobile internet services in parts of the capital region.

Delhi police registered criminal cases against several farm union leaders on Wednesday. Police said dozens of officers had been injured.

Tens of thousands of farmers, most of them from Punjab and Haryana, have camped on the capital's outskirts since late November. Last week their leaders rejected a government offer to suspend the three laws for 18 months, insisting that they be repealed.

The Samyukt Kisan Morcha, an alliance of about 40 unions that organised the rally, blamed outsiders for the violence.

Opposition Congress leader Rahul Gandhi said violence was no solution and urged the government to withdraw the laws.

Farmers fear the laws will leave them at the mercy of big corporations.
""")

# ---------------------------------------------------------------- aq12 Manokwari, Pacific (Indonesia, Papua)
S("aq12", "2019-08-20", "Pacific", """
Papuan protesters torch regional parliament in Manokwari over racist taunts

MANOKWARI, Indonesia —

Thousands of protesters set fire to the regional parliament building in Manokwari, the capital of West Papua province, on Monday and blocked roads with burning tyres, in anger over the arrest and racist abuse of Papuan students on the island of Java.

Protesters also ransacked the airport in Sorong and set fire to a prison there, police said.

On Saturday, police in the East Java city of Surabaya fired tear gas into a dormitory of Papuan students and detained 43 of them, after a crowd accused the students of damaging an Indonesian flag. Video shared online showed men outside the building calling them monkeys.

East Java Governor Khofifah Indar Parawansa apologised to the people of Papua.

President Joko Widodo urged Papuans to stay calm and to forgive.

The communications ministry slowed internet access across the region on Monday, saying it wanted to stop the spread of hoaxes.

The police sent about 1,000 extra officers from other provinces to Manokwari and Sorong, a police spokesman said.

Papua, on the western half of New Guinea, is Indonesia's poorest region.

It was unclear how many people had been hurt.
""")

# ================================================================ gold (grouped by story)

# ---- aq01
SAP = A("South African police", "ZAF", "COP")
MIN = A("striking Marikana miners", "ZAF", ["LAB", "CVL"])
LON = A("Lonmin", None, "BUS")
NUM = A("National Union of Mineworkers", "ZAF", "LAB")
AMCU = A("Association of Mineworkers and Construction Union", "ZAF", "LAB")
E("aq01", "police shoot dead 34 striking miners", SAP, MIN, ["17", "18", "19"], "175", "2012-08-16", P("Marikana", "ZAF"),
  False, "headline")
E("aq01", "opened fire on a crowd of striking miners", SAP, MIN, ["17", "18", "19"], "175", "2012-08-16",
  P("Marikana", "ZAF"), True, "police firing on armed strikers: violent repression 175 (17/18; 19 also right since the "
  "crowd was armed); 'on Thursday' before a Friday paper; 'near Lonmin's Marikana platinum mine' names the place; the "
  "commissioner's count is attribution, nobody disputes the shooting")
E("aq01", "259 people had been arrested at the scene", SAP, MIN, ["17"], "173", "2012-08", None, True,
  "arrests reported by the arresting police's own commissioner: 173, required (as owned21 d11, owned35 ai05); agentless "
  "passive whose agent is the speaker's police; no day of its own: month")
E("aq01", "Television pictures showed police firing automatic rifles", SAP, MIN, ["17", "18", "19"], "175", "2012-08", None,
  False, "restatement of the shooting: optional")
E("aq01", "ordered a commission of inquiry into the", A("Jacob Zuma", "ZAF", "GOV"), SAP, ["09"], "090", "2012-08-17",
  None, True, "announcing an investigation 090 (CAMEO: 'conduct or announce an investigation'); target the police whose "
  "killings are investigated; 'cut short a visit' has no code; 'on Friday' in a Friday paper")
E("aq01", "have been on a wildcat strike since", MIN, LON, ["14"], "143", "2012-08", None, True,
  "strike 143, dated background ('since Aug. 10', an ongoing span: month); Lonmin's country is not given: null/BUS "
  "(as owned35's TikTok); the pay demand in the relative is not coded separately")
E("aq01", "Strikers hacked two police officers to death", MIN, SAP, ATTACK, "1823", "2012-08-13", None, True,
  "killing by physical assault 1823 (18/19/20); 'on Monday' before a Friday paper; 'near the mine' names no place")
E("aq01", "blamed its rival, the Association of Mineworkers", NUM, AMCU, ["11"], "112", "2012-08", None, True,
  "blame 112; no day of its own: month")
E("aq01", "AMCU leader Joseph Mathunjwa denied the charge", A("Joseph Mathunjwa", "ZAF", "LAB"), NUM, DENY, "016",
  "2012-08", None, True, "denial 016 (01/12) answering the NUM's blame; Mathunjwa speaks for AMCU")
E("aq01", "said police had provoked his members", A("Joseph Mathunjwa", "ZAF", "LAB"), SAP, ["11"], "112", "2012-08", None,
  False, "counter-accusation, second clause: optional")
E("aq01", "warned that strikers who failed to report", LON, MIN, ["13"], "130", "2012-08", None, True,
  "threat of dismissal 130 (131/132 also under the root); no day of its own: month")
E("aq01", "called the stoppage illegal", LON, MIN, ["11"], "111", "2012-08", None, False,
  "criticism in the same sentence as the threat: optional")
F("aq01", "Lonmin's shares fell sharply in London", "market movement, no political event")
F("aq01", "It was the deadliest police action since", "comparison and background; nothing happened in the sentence")

# ---- aq02
MART = A("Moroccan troops", "MAR", "MIL")
WSAH = A("Western Sahara", "ESH", None)
POL = A("Polisario Front", "ESH", ["REB", "GOV"])
GHALI = A("Brahim Ghali", "ESH", ["REB", "GOV"])
SAHA = A("Sahrawi activists", "ESH", ["CVL", "OPP"])
MORG = A("Morocco", "MAR", "GOV")
E("aq02", "Polisario declares truce over after Moroccan troops", POL, MORG, ["13", "19", "12"], "138", "2020-11", None, False,
  "headline")
E("aq02", "troops enter Western Sahara buffer zone", MART, WSAH, ["19", "17", "15"], "192", "2020-11-13",
  P("Guerguerat", "ESH"), False, "headline")
E("aq02", "Moroccan troops moved into the U.N.-patrolled buffer", MART, WSAH, ["19", "17", "15"], "192", "2020-11-13",
  P("Guerguerat", "ESH"), True, "moving troops into a buffer zone held by the other side 192 (occupy territory); coders "
  "split with 17 and 15, hence three roots; target the territory (premises: country, sector null); 'on Friday' before a "
  "Saturday paper; 'at Guerguerat' names the place; the purpose clause is not coded")
E("aq02", "the Polisario Front said its 29-year ceasefire", POL, MORG, ["13", "19", "12"], "138", "2020-11-13", None, False,
  "lead summary of the decree detailed later: optional")
E("aq02", "Sahrawi activists had parked cars and pitched", SAHA, MORG, ["14"], "144", "2020-10-21", None, True,
  "blocking a road 144, dated background 'on Oct. 21' with its own agent: required; 'across the road' names no place")
E("aq02", "accused the Polisario of banditry and of", A("Moroccan foreign ministry", "MAR", "GOV"), POL, ["11"], "112",
  "2020-11", None, True, "accusation 112; no day of its own: month")
E("aq02", "accused Morocco of breaking the 1991 truce", POL, MORG, ["11"], "112", "2020-11", None, True,
  "accusation of violating the ceasefire 112; 'the 1991 truce' is a named agreement, not a dated event")
E("aq02", "later signed a decree ending the movement's", GHALI, MORG, ["13", "19", "12"], "138", "2020-11", None, True,
  "ending a ceasefire and resuming war: threat of military force 138 (CAMEO has no 'end a truce'; coders split with "
  "19 and 12, hence three roots); 'later': month")
E("aq02", "its fighters fired on Moroccan positions along", POL, A("Moroccan army", "MAR", "MIL"), ["19"], "190",
  "2020-11", None, False, "attack told only by the Sahrawi side's news agency and not confirmed: optional (owned35 "
  "convention for one side's account)")
E("aq02", "Algeria, the Polisario's main backer, condemned the", A("Algeria", "DZA", "GOV"), MORG, ["11"], "111",
  "2020-11", None, True, "condemnation 111; the Polisario's backer is a party to the dispute, not a lone outside reaction")
E("aq02", "urged Morocco and the Polisario to avoid", A("Antonio Guterres", "UNO", "IGO"), MORG, DEMAND, "020",
  "2020-11", None, False, "appeal for restraint (02/10) by an outside party through a spokesman: optional; the regret "
  "is not coded")
E("aq02", "urged Morocco and the Polisario to avoid", A("Antonio Guterres", "UNO", "IGO"), POL, DEMAND, "020",
  "2020-11", None, False, "second member of the compound object: optional")
F("aq02", "About 200 drivers were still stuck on", "count and standing situation")
F("aq02", "The territory, rich in phosphates and fishing", "standing facts")

# ---- aq03
IRNM = A("Iranian armed forces", "IRN", "MIL")
UIA = A("Ukraine International Airlines", "UKR", "BUS")
IRNG = A("Iran", "IRN", "GOV")
IRNP = A("Iranian police", "IRN", "COP")
STUD3 = A("Amir Kabir University students", "IRN", ["CVL", "EDU"])
MAC = A("Rob Macaire", "GBR", "GOV")
E("aq03", "Iran admits it shot down Ukrainian airliner", IRNM, UIA, ["19", "18", "20"], "190", "2020-01-08", None, False,
  "headline")
E("aq03", "students turn on leaders", STUD3, IRNG, ["14"], "141", "2020-01-11", P("Tehran", "IRN"), False, "headline")
E("aq03", "that they had shot down a Ukrainian", IRNM, UIA, ["19", "18", "20"], "190", "2020-01-08", P("Tehran", "IRN"),
  True, "shooting down an airliner with a missile 190 (19; 18 and 20 accepted); the acknowledgment itself has no code; "
  "'on Wednesday' before a Sunday paper (the downing, three days before the admission); 'from Tehran's Imam Khomeini "
  "airport' names the place; target the Ukrainian airline (the flag carrier)")
E("aq03", "hours after they had fired ballistic missiles", IRNM, A("U.S. troops in Iraq", "USA", "MIL"), ["19", "18", "20"],
  "190", "2020-01-08", P("Iraq", "IRQ"), True, "dated background inside an 'hours after' clause with its own agent "
  "('they' = Iranian forces): required; the same Wednesday; 'two bases in Iraq' names the country where the bases are")
E("aq03", "Zarif apologised to the Ukrainian people and", A("Mohammad Javad Zarif", "IRN", "GOV"),
  A("Ukraine", "UKR", ["CVL", "GOV"]), ["05"], "055", "2020-01", None, True, "apology 055; Rouhani's 'unforgivable "
  "mistake' in the first clause has no target and is not coded; no day of its own: month")
E("aq03", "demanded that Tehran punish those responsible and", A("Volodymyr Zelensky", "UKR", "GOV"), IRNG, DEMAND, "100",
  "2020-01", None, True, "demand 100 (10/02); 'Tehran' is the government, not a place; month")
E("aq03", "called for full accountability", A("Justin Trudeau", "CAN", "GOV"), IRNG, DEMAND, "100", "2020-01", None, False,
  "single outside reaction: optional")
E("aq03", "Hundreds of students protested outside Amir Kabir University", STUD3, IRNG, ["14"], "141", "2020-01-11",
  P("Tehran", "IRN"), True, "protest 141 against the leadership; 'on Saturday evening' in a Sunday paper; 'in Tehran' "
  "names the place")
E("aq03", "Police fired tear gas to disperse them", IRNP, STUD3, REPR, "175", "2020-01", None, False,
  "told only by witnesses: optional; no day of its own: month")
E("aq03", "Police detained Britain's ambassador, Rob Macaire, near", IRNP, MAC, ["17"], "173", "2020-01-11", None, True,
  "detention of a diplomat 173; unnamed police are Iran's; 'on Saturday night' in a Sunday paper; 'near the university' "
  "names no city in the clause")
E("aq03", "Raab called the arrest a flagrant violation", A("Dominic Raab", "GBR", "GOV"), IRNG, ["11"], "112", "2020-01",
  None, True, "accusation of breaking international law 112 (111 also under the root); month")
E("aq03", "Iran's foreign ministry summoned Macaire on Sunday", A("Iranian foreign ministry", "IRN", "GOV"), MAC, ["11"],
  "114", "2020-01-12", None, True, "summoning an envoy to protest 114 (news-dev); 'on Sunday' in a Sunday paper")
F("aq03", "The plane, bound for Kyiv, was carrying", "count of passengers")
F("aq03", "It was unclear whether the protests would", "speculation")

# ---- aq04
ISRM = A("Israeli troops", "ISR", "MIL")
PALP = A("Palestinian protesters", "PSE", ["CVL", "OPP"])
ISRG = A("Israel", "ISR", "GOV")
TURG = A("Turkey", "TUR", "GOV")
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
E("aq04", "Israeli troops kill dozens on Gaza border", ISRM, PALP, ["17", "18", "19"], "175", "2018-05-14",
  P("Gaza Strip", "PSE"), False, "headline")
E("aq04", "Jerusalem embassy; Turkey expels envoy", TURG, ISRG, SANCT, "161", "2018-05-15", None, False, "headline")
E("aq04", "Israeli troops shot dead at least 58", ISRM, PALP, ["17", "18", "19"], "175", "2018-05-14",
  P("Gaza Strip", "PSE"), True, "live fire on protesters 175 (17/18; 19 accepted); 'on Monday' before a Tuesday paper; "
  "'along the Gaza border fence' names the place; the ministry's toll is attribution, Israel does not dispute the "
  "shooting")
E("aq04", "as tens of thousands protested against the", PALP, A("United States", "USA", "GOV"), ["14"], "141",
  "2018-05-14", None, True, "protest 141 inside an 'as' clause with its own agent, on the same Monday: required; target "
  "the United States whose embassy opening is protested; the clause itself names no place")
E("aq04", "crowds had tried to breach the fence", PALP, ISRG, VPROT, "145", "2018-05", None, False,
  "told only by Israel's military: optional")
E("aq04", "accused Hamas, the Islamist group that rules", A("Israeli military", "ISR", "MIL"), HAMAS, ["11"], "112",
  "2018-05", None, True, "accusation 112 (Hamas PSE REB/GOV as news-dev); no day of its own: month")
E("aq04", "after President Donald Trump recognised Jerusalem as", A("Donald Trump", "USA", "GOV"), ISRG, ["05"], "054",
  "2017-12", None, True, "recognition 054 (grant diplomatic recognition) in a dated 'after' clause with its own agent: "
  "required; 'in December' before a May paper is the previous year")
E("aq04", "Abbas called the killings a massacre and", A("Mahmoud Abbas", "PSE", "GOV"), ISRG, ["11"], "112", "2018-05",
  None, True, "accusation 112 (111 also under the root); the declared mourning has no code; month")
E("aq04", "ordered Israel's ambassador to leave on Tuesday", TURG, ISRG, SANCT, "161", "2018-05-15", None, True,
  "expelling an ambassador 161 (16/17, 174 also right), as owned35 ai04; 'on Tuesday' in a Tuesday paper")
E("aq04", "recalled its own envoys from Tel Aviv", TURG, ISRG, ["16"], "161", "2018-05-14", None, True,
  "recalling envoys 161 (news-dev) in a relative with its own agent and day ('on Monday' before a Tuesday paper): "
  "required; first member of the compound ('Tel Aviv and Washington' stand for the governments, not places)")
E("aq04", "envoys from Tel Aviv and Washington", TURG, A("United States", "USA", "GOV"), ["16"], "161", "2018-05-14", None,
  False, "second member of the compound: optional")
E("aq04", "Israel responded by expelling the Turkish consul-general", ISRG, TURG, SANCT, "161", "2018-05", None, True,
  "expelling a diplomat 161 (16/17, 174 also right); 'in Jerusalem' locates the consul, not the act; no day: month")
E("aq04", "South Africa also recalled its ambassador", A("South Africa", "ZAF", "GOV"), ISRG, ["16"], "161", "2018-05",
  None, False, "outside reaction with an implied target: optional")
E("aq04", "Kuwait asked for an emergency meeting of", A("Kuwait", "KWT", "GOV"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "2018-05", None, False, "request for a meeting, second clause of an outside reaction: optional")
E("aq04", "Raj Shah said Hamas bore responsibility for", A("Raj Shah", "USA", "GOV"), HAMAS, ["11"], "112", "2018-05",
  None, False, "blame by a White House spokesman, an outside reaction: optional")
F("aq04", "Palestinians mark the anniversary of their 1948", "calendar and background; nothing happened")
F("aq04", "Whether the protests would continue after the", "speculation")

# ---- aq05
TWP = A("Taiwanese riot police", "TWN", "COP")
STU5 = A("Taiwanese student protesters", "TWN", ["CVL", "EDU"])
TWG = A("Taiwan's government", "TWN", "GOV")
E("aq05", "Taiwan riot police drive students from cabinet", TWP, STU5, REPR, "175", "2014-03-24", None, False, "headline")
E("aq05", "Riot police used water cannon and batons", TWP, STU5, REPR, "175", "2014-03-24", None, True,
  "force against protesters 175 (17/18); 'early on Monday' in a Monday paper; 'Taiwan's cabinet headquarters' names no "
  "city (the Taipei dateline is not named in the clause)")
E("aq05", "which they had stormed on Sunday evening", STU5, TWG, VPROT, "145", "2014-03-23", None, True,
  "storming a government building 145 (14/18/17) in a relative with its own agent and day: required")
E("aq05", "Officials said 61 protesters were detained and", TWP, STU5, ["17"], "173", "2014-03", None, True,
  "arrests reported by the authorities (agentless passive whose agent is the police): 173 required as owned35 ai05; "
  "the injury count is not coded; month")
E("aq05", "Jiang Yi-huah said the occupation of the", A("Jiang Yi-huah", "TWN", "GOV"), STU5, ["11"], "111", "2014-03", None,
  False, "calling the occupation illegal: criticism, optional (many coders leave such statements uncoded)")
E("aq05", "when they climbed over its gates to", STU5, A("Kuomintang", "TWN", ["PTY", "GOV"]), VPROT, "141", "2014-03-18",
  None, True, "occupation of the legislature, dated background in a 'since March 18, when' clause with its own agent: "
  "required; 141 (occupation as protest), 145 and the other VPROT roots accepted; target the ruling party")
E("aq05", "rejected their demand that the agreement be", A("Ma Ying-jeou", "TWN", "GOV"), STU5, ["12"], "1232",
  "2014-03-23", None, True, "rejecting a demand for a policy change 1232 (120 also right); 'on Sunday' before a Monday "
  "paper")
E("aq05", "Lin Fei-fan accused the government of brutality", A("Lin Fei-fan", "TWN", ["CVL", "EDU"]), TWG, ["11"], "112",
  "2014-03", None, True, "accusation 112; month")
E("aq05", "demanded that Jiang apologise", A("Lin Fei-fan", "TWN", ["CVL", "EDU"]), A("Jiang Yi-huah", "TWN", "GOV"),
  DEMAND, "100", "2014-03", None, False, "second verb of the sentence: optional")
E("aq05", "The pact, signed in Shanghai last June,", TWG, A("China", "CHN", "GOV"), AGREE, "057", "2013-06",
  P("Shanghai", "CHN"), False, "agentless passive in an apposition (the signatories are not named): optional; 'last "
  "June' in a March paper is the previous year")
F("aq05", "Taiwan and China have been governed separately", "standing situation")
F("aq05", "Whether the government would send the pact", "speculation")

# ---- aq06
KZP = A("Kazakh police", "KAZ", "COP")
RIOT6 = A("Zhanaozen rioters", "KAZ", ["LAB", "CVL"])
OILW = A("striking oil workers", "KAZ", "LAB")
NAZ = A("Nursultan Nazarbayev", "KAZ", "GOV")
ZHR = A("Zhanaozen residents", "KAZ", "CVL")
SHP = A("Shetpe protesters", "KAZ", ["CVL", "LAB"])
E("aq06", "declares emergency in Kazakh oil town", NAZ, ZHR, ["17"], "1724", "2011-12-17", None, False, "headline")
E("aq06", "after police fire on strikers", KZP, OILW, REPR, "175", "2011-12-16", None, False, "headline")
E("aq06", "declared a 20-day state of emergency in", NAZ, ZHR, ["17"], "1724", "2011-12-17", P("Zhanaozen", "KAZ"), True,
  "state of emergency 1724 (news-dev); 'on Saturday' in a Sunday paper; 'in the western oil town of Zhanaozen'")
E("aq06", "a day after police opened fire on", KZP, RIOT6, ["17", "18", "19"], "175", "2011-12-16", P("Zhanaozen", "KAZ"),
  True, "live fire on rioters 175 in a dated 'a day after' clause with its own agent: required; unnamed police are "
  "Kazakhstan's; 'its central square' is the square of the town named in the sentence")
E("aq06", "a crowd, including oil workers who had", RIOT6, KZP, VPROT, "145", "2011-12-16", None, True,
  "riot and arson 145 (14/18/17): the prosecutors' account, but the burning of the buildings is not disputed and the "
  "story depends on it; 'on Friday' before a Sunday paper; no place named in the clause")
E("aq06", "who had been on strike since May", OILW, A("Ozenmunaigaz", "KAZ", "BUS"), ["14"], "143", "2011-05", None, True,
  "strike 143 in a relative with its own agent, dated 'since May' (start month): required")
E("aq06", "Striking workers reached by telephone said police", OILW, KZP, ["11"], "112", "2011-12", None, False,
  "one side's accusation restating the shooting: optional")
E("aq06", "protesters blocked a railway line at Shetpe", SHP, A("Kazakhstan", "KAZ", "GOV"), ["14"], "144", "2011-12-17",
  P("Shetpe", "KAZ"), True, "blockade 144; 'On Saturday' in a Sunday paper; 'at Shetpe station' names the place")
E("aq06", "police fired on them, killing one man", KZP, SHP, ["17", "18", "19"], "175", "2011-12-17", P("Shetpe", "KAZ"),
  True, "live fire on protesters 175, second clause with its own subject and a distinct act: required; same Saturday "
  "and place")
E("aq06", "Mobile telephone and internet links to Zhanaozen", A("Kazakhstan", "KAZ", "GOV"), ZHR, ["17"], "1721",
  "2011-12", None, False, "agentless passive: optional (the government is the implied agent); 1721 as owned21 d04")
E("aq06", "Nazarbayev said hooligans had exploited a labour", NAZ, RIOT6, ["11"], "112", "2011-12", None, False,
  "blame of unnamed 'hooligans': optional")
E("aq06", "ordered the prosecutor-general to investigate the killings", NAZ, KZP, ["09"], "090", "2011-12", None, False,
  "order to investigate, second verb: optional")
F("aq06", "Kazakhstan, Central Asia's largest economy, pumps about", "count and standing fact")
F("aq06", "It was the deadliest unrest in the", "comparison; nothing happened")

# ---- aq07
GRP = A("Greek riot police", "GRC", "COP")
YOU = A("Greek youths", "GRC", ["CVL", "RAD"])
GUARD = A("police special guard", "GRC", "COP")
BOY = A("Alexandros Grigoropoulos", "GRC", "CVL")
PAP = A("George Papandreou", "GRC", ["OPP", "PTY"])
GRG = A("Greek government", "GRC", "GOV")
KILL = ["18", "17", "19", "20"]
E("aq07", "Greek youths riot for second night after", YOU, GRP, VPROT, "145", "2008-12-07", None, False, "headline")
E("aq07", "police officer kills 15-year-old", GUARD, BOY, KILL, "180", "2008-12-06", None, False, "headline")
E("aq07", "Hundreds of masked youths hurled petrol bombs at", YOU, GRP, VPROT, "145", "2008-12-07", P("Athens", "GRC"), True,
  "riot 145 (14/18/17); 'on Sunday' before a Monday paper; 'in central Athens' names the place")
E("aq07", "after a police officer shot dead a", GUARD, BOY, KILL, "180", "2008-12-06", None, False,
  "lead restatement of the killing detailed in the third paragraph: optional")
E("aq07", "Riot police fired tear gas and stun", GRP, YOU, REPR, "175", "2008-12-07", None, True,
  "force against rioters 175 (17/18); 'on Sunday night' before a Monday paper; no place in the sentence")
E("aq07", "Youths also clashed with officers in Thessaloniki", YOU, GRP, VPROT, "145", "2008-12", P("Thessaloniki", "GRC"),
  False, "summary of clashes in other cities, no detail and no day of its own: optional")
E("aq07", "A police special guard shot the boy,", GUARD, BOY, KILL, "180", "2008-12-06", P("Athens", "GRC"), True,
  "a police officer shooting a boy dead: 18 (180), with 17, 19 and 20 accepted (coders split); 'late on Saturday' "
  "before a Monday paper; 'in the Athens district of Exarchia' names Athens; 'police said' is attribution of the "
  "circumstances, the shooting is undisputed")
E("aq07", "after youths threw stones at his patrol", YOU, GRP, VPROT, "145", "2008-12-06", None, False,
  "the police's version, disputed by witnesses in the next sentence: optional")
E("aq07", "Police arrested both officers in the patrol", GRP, GUARD, ["17"], "173", "2008-12", None, True,
  "arrest 173; no day of its own: month")
E("aq07", "a prosecutor charged the one who fired", A("Greek prosecutor", "GRC", "JUD"), GUARD, ["17", "11"], "173",
  "2008-12-07", None, True, "charge 173 (court and prosecutors 17/11 as news-dev); 'on Sunday'")
E("aq07", "Papandreou accused the government of failing to", PAP, GRG, ["11"], "112", "2008-12", None, True,
  "accusation 112; month")
E("aq07", "called for early elections", PAP, GRG, DEMAND, "104", "2008-12", None, True,
  "a call for a new election 104 (as owned35 ai09), a second act of the sentence: required")
F("aq07", "Exarchia, near the Athens Polytechnic, has long", "standing situation")
F("aq07", "Greece's jobless rate among people under 25", "count")

# ---- aq08
GUN = A("Juraj Cintula", "SVK", "CVL")
FICO = A("Robert Fico", "SVK", "GOV")
SECO = A("Slovak security officers", "SVK", "COP")
PROS8 = A("Slovak prosecutors", "SVK", "JUD")
CAP = A("Zuzana Caputova", "SVK", "GOV")
SMER = A("Smer party", "SVK", ["PTY", "GOV"])
E("aq08", "Prime Minister Fico shot and gravely wounded", GUN, FICO, ATTACK, "186", "2024-05-15", None, False, "headline")
E("aq08", "suspect charged with attempted murder", PROS8, GUN, ["17", "11"], "173", "2024-05-16", None, False, "headline")
E("aq08", "A gunman shot Slovak Prime Minister Robert", GUN, FICO, ATTACK, "186", "2024-05-15", P("Handlova", "SVK"), True,
  "attempted assassination 186 (18/19/20); the gunman is named in the next sentence (SVK/CVL); 'on Wednesday' before a "
  "Thursday paper; 'in the central town of Handlova'")
E("aq08", "tackled and detained the suspect, a 71-year-old", SECO, GUN, ["17"], "173", "2024-05", None, True,
  "detention 173; 'at the scene' is no day and no named place: month")
E("aq08", "Prosecutors charged him with attempted premeditated murder", PROS8, GUN, ["17", "11"], "173", "2024-05-16", None,
  True, "charge 173 (17/11); 'him' = the suspect; 'on Thursday' in a Thursday paper")
E("aq08", "Caputova condemned what she called a brutal", CAP, GUN, ["11"], "111", "2024-05", None, True,
  "condemnation 111 of the attack, target the attacker; month")
E("aq08", "urged party leaders to suspend campaigning for", CAP, A("Slovak party leaders", "SVK", "PTY"), DEMAND, "020",
  "2024-05", None, False, "appeal, second verb (with Pellegrini as a companion, not a second subject): optional")
E("aq08", "blamed liberal opposition parties and media for", SMER, A("Slovak liberal opposition", "SVK", ["OPP", "PTY"]),
  ["11"], "112", "2024-05", None, True, "blame 112; first member of the compound object")
E("aq08", "liberal opposition parties and media for stoking", SMER, A("Slovak media", "SVK", "MED"), ["11"], "112", "2024-05",
  None, False, "second member: optional")
E("aq08", "a charge that opposition leader Michal Simecka", A("Michal Simecka", "SVK", ["OPP", "PTY"]), SMER, DENY, "016",
  "2024-05", None, False, "denial inside a relative attached to the object: optional")
E("aq08", "Tens of thousands of people had marched", A("Slovak protesters", "SVK", ["CVL", "OPP"]),
  A("Slovak government", "SVK", "GOV"), ["14"], "141", "2024", P("Bratislava", "SVK"), True,
  "dated background protest 141; 'in January and February' is a span over two months: year; 'in Bratislava and other "
  "cities' names Bratislava")
E("aq08", "Putin called the shooting a monstrous crime", A("Vladimir Putin", "RUS", "GOV"), GUN, ["11"], "111", "2024-05",
  None, False, "single outside reaction: optional")
F("aq08", "Fico, 59, is serving his fourth term", "standing fact")
F("aq08", "It was unclear when he would be", "speculation")

# ---- aq09
PIN = A("Augusto Pinochet", "CHL", ["GOV", "MIL"])
FPMR = A("Manuel Rodriguez Patriotic Front", "CHL", ["REB", "RAD"])
CHG = A("Chile's military government", "CHL", ["GOV", "MIL"])
E("aq09", "Pinochet escapes ambush that kills five bodyguards", FPMR, PIN, ATTACK, "186", "1986-09-07", None, False,
  "headline")
E("aq09", "bodyguards; Chile under state of siege", PIN, A("Chileans", "CHL", "CVL"), ["17"], "1724", "1986-09-07", None,
  False, "headline")
E("aq09", "declared a state of siege across Chile", PIN, A("Chileans", "CHL", "CVL"), ["17"], "1724", "1986-09-07", None,
  True, "state of siege 1724 (news-dev); 'late on Sunday' before a Tuesday paper; 'across Chile' is the whole country, "
  "no place")
E("aq09", "hours after guerrillas armed with rifles and", FPMR, PIN, ATTACK, "186", "1986-09-07", None, True,
  "assassination attempt 186 (18/19/20) in an 'hours after' clause with its own agent: required; the guerrillas are "
  "named as the Front in the third paragraph (the government's attribution; the group's own claim is not in the text, "
  "so CHL with REB/RAD); 'a mountain road outside Santiago' is not Santiago: no place")
E("aq09", "Garcia accused the outlawed Communist Party of", A("Ricardo Garcia", "CHL", "GOV"),
  A("Chilean Communist Party", "CHL", ["OPP", "PTY", "RAD"]), ["11"], "112", "1986-09", None, True,
  "accusation 112; month")
E("aq09", "Police arrested several prominent opponents of the", A("Chilean police", "CHL", "COP"),
  A("Chilean opposition leaders", "CHL", ["OPP", "PTY"]), ["17"], "173", "1986-09", None, True,
  "arrests 173; Lagos is one of the object; no day: month")
E("aq09", "the authorities shut down six opposition magazines", CHG, A("Chilean opposition magazines", "CHL", "MED"), ["17"],
  "1721", "1986-09", None, True, "closing publications: restriction of political freedoms 1721; second clause with its "
  "own subject: required; month")
E("aq09", "men in civilian clothes took a magazine", A("men in civilian clothes", None, None),
  A("Jose Carrasco", "CHL", "MED"), ["18"], "181", "1986-09-08", P("Santiago", "CHL"), True,
  "abduction 181 by unidentified men (null/null as news-dev's unnamed gunmen); 'Early on Monday' before a Tuesday "
  "paper; 'from his home in Santiago'; the killing is only implied by the agentless 'body was found', not coded")
E("aq09", "The Roman Catholic Church condemned the ambush", A("Chilean Roman Catholic Church", "CHL", ["REL", "NGO"]), FPMR,
  ["11"], "111", "1986-09", None, True, "condemnation 111 by a domestic actor (not an outside reaction); month")
E("aq09", "appealed to the government not to answer", A("Chilean Roman Catholic Church", "CHL", ["REL", "NGO"]), CHG,
  DEMAND, "020", "1986-09", None, False, "appeal, second verb: optional")
F("aq09", "Pinochet, 70, has ruled Chile for nearly", "standing situation")
F("aq09", "It was not clear how long the", "speculation")

# ---- aq10
BARCO = A("Virgilio Barco", "COL", "GOV")
TRAF = A("Colombian drug traffickers", "COL", "CRM")
GUNM = A("gunmen", None, None)
GALAN = A("Luis Carlos Galan", "COL", ["PTY", "LEG", "ELI"])
E("aq10", "Colombia revives extradition after cocaine gunmen kill", A("Colombia", "COL", "GOV"), TRAF, ["17", "16"], "170",
  "1989-08-18", None, False, "headline")
E("aq10", "gunmen kill presidential hopeful Galan", GUNM, GALAN, ATTACK, "186", "1989-08-18", None, False, "headline")
E("aq10", "Barco issued emergency decrees late on Friday", BARCO, TRAF, ["17", "16"], "170", "1989-08-18", None, True,
  "emergency measures against traffickers (extradition, seizure of property): coercion 170 (17; 16 accepted, coders "
  "split); 'late on Friday' before a Sunday paper")
E("aq10", "hours after gunmen shot dead Luis Carlos", GUNM, GALAN, ATTACK, "186", "1989-08-18", P("Soacha", "COL"), True,
  "assassination 186 by unnamed gunmen (null/null, news-dev) in an 'hours after' clause: required; 'at a rally in "
  "Soacha' names the place; same Friday")
E("aq10", "Hours before Galan was shot, gunmen in", GUNM, A("Valdemar Franklin Quintero", "COL", "COP"), ATTACK, "186",
  "1989-08-18", P("Medellin", "COL"), True, "assassination 186 dated 'Hours before' the Friday killing; 'gunmen in "
  "Medellin' names the place; the agentless 'Galan was shot' inside is a restatement, not coded")
E("aq10", "Officials blamed the Medellin cocaine cartel, led", A("Colombian officials", "COL", "GOV"),
  A("Medellin cartel", "COL", "CRM"), ["11"], "112", "1989-08", None, True, "blame 112; the relative about its "
  "campaign is an undated standing situation, not coded; month")
E("aq10", "Police and troops raided hundreds of homes", A("Colombian police", "COL", "COP"), TRAF, ["17"], "173",
  "1989-08-19", None, True, "raids and detentions 173; first member of the compound subject; 'on Saturday' before a "
  "Sunday paper; the ministry's count is attribution")
E("aq10", "Police and troops raided hundreds of homes", A("Colombian troops", "COL", "MIL"), TRAF, ["17"], "173",
  "1989-08-19", None, False, "second member of the compound subject: optional")
E("aq10", "They seized aircraft, weapons and cash, it", A("Colombian police", "COL", "COP"), TRAF, ["17"], "1711", "1989-08",
  None, False, "confiscation 1711, part of the raids: optional")
E("aq10", "the State Department condemned the killing and", A("U.S. State Department", "USA", "GOV"), GUNM, ["11"], "111",
  "1989-08", None, False, "outside reaction: optional ('In Washington' is where the speaker is)")
E("aq10", "said the United States was ready to", A("U.S. State Department", "USA", "GOV"), A("Colombia", "COL", "GOV"),
  ["03", "07"], "033", "1989-08", None, False, "offer of help 033, outside reaction: optional")
F("aq10", "Galan, a Liberal senator, led every opinion", "standing situation")
F("aq10", "Colombia supplies most of the cocaine sold", "standing fact")

# ---- aq11
FARM = A("protesting Indian farmers", "IND", ["AGR", "CVL"])
DELP = A("Delhi police", "IND", "COP")
INDG = A("India's government", "IND", "GOV")
UNI = A("farm union leaders", "IND", ["AGR", "LAB"])
E("aq11", "Protesting farmers storm Delhi's Red Fort as", FARM, INDG, VPROT, "145", "2021-01-26", P("New Delhi", "IND"),
  False, "headline")
E("aq11", "stormed the historic Red Fort in New", FARM, INDG, VPROT, "145", "2021-01-26", P("New Delhi", "IND"), True,
  "storming a monument after breaking through barricades: violent protest 145 (14/18/17); 'on Tuesday' before a "
  "Wednesday paper; 'in New Delhi'")
E("aq11", "broke through police barricades on tractors and", FARM, DELP, VPROT, "145", "2021-01-26", P("New Delhi", "IND"),
  False, "first verb of the same act, target the police: optional (one event for the sentence is required)")
E("aq11", "Police fired tear gas and charged with", DELP, FARM, REPR, "175", "2021-01-26", P("New Delhi", "IND"), True,
  "force against protesters 175 (17/18); unnamed police are India's; 'in the capital' = New Delhi; 'on Tuesday'")
E("aq11", "suspended mobile internet services in parts of", A("India's Home Ministry", "IND", "GOV"),
  A("Delhi region residents", "IND", "CVL"), ["17"], "1721", "2021-01", None, True,
  "internet shutdown 1721 (as owned21 d04); 'the capital region' is wider than the city: no place; no day: month")
E("aq11", "Delhi police registered criminal cases against several", DELP, UNI, ["17"], "173", "2021-01-27", None, True,
  "legal action 173; 'on Wednesday' in a Wednesday paper")
E("aq11", "have camped on the capital's outskirts since", FARM, INDG, ["14"], "141", "2020-11", None, False,
  "standing protest camp since late November (start month): optional; 'the capital's outskirts' is no named place")
E("aq11", "Last week their leaders rejected a government", UNI, INDG, ["12"], "127", "2021-01", None, True,
  "rejecting an offer to settle 127; 'Last week' gives the month; the government's offer inside the object is not coded")
E("aq11", "blamed outsiders for the violence", A("Samyukt Kisan Morcha", "IND", ["AGR", "LAB"]), None, ["11"], "112",
  "2021-01", None, False, "blame of unnamed outsiders, no target actor: optional")
E("aq11", "urged the government to withdraw the laws", A("Rahul Gandhi", "IND", ["OPP", "PTY"]), INDG, DEMAND, "1042",
  "2021-01", None, True, "demand for a policy change 1042 (10/02); month")
F("aq11", "Police said dozens of officers had been", "count")
F("aq11", "Farmers fear the laws will leave them", "opinion")

# ---- aq12
PAPP = A("Papuan protesters", "IDN", ["CVL", "OPP"])
IDP = A("Indonesian police", "IDN", "COP")
STU12 = A("Papuan students in Surabaya", "IDN", ["CVL", "EDU"])
PAPU = A("people of Papua", "IDN", "CVL")
E("aq12", "Papuan protesters torch regional parliament in Manokwari", PAPP, A("West Papua regional parliament", "IDN", None),
  VPROT, "145", "2019-08-19", P("Manokwari", "IDN"), False, "headline")
E("aq12", "Thousands of protesters set fire to the", PAPP, A("West Papua regional parliament", "IDN", None), VPROT, "145",
  "2019-08-19", P("Manokwari", "IDN"), True, "arson of a parliament building 145 (14/18/17), premises as country with "
  "sector null; 'on Monday' before a Tuesday paper; 'in Manokwari'; protesters are Indonesian citizens (IDN)")
E("aq12", "Protesters also ransacked the airport in Sorong", PAPP, A("Indonesia", "IDN", "GOV"), VPROT, "145", "2019-08",
  P("Sorong", "IDN"), True, "violent protest 145; 'police said' is attribution; no day of its own: month; 'in Sorong'")
E("aq12", "police in the East Java city of", IDP, STU12, REPR, "175", "2019-08-17", P("Surabaya", "IDN"), True,
  "tear gas into a dormitory 175 (17/18); 'On Saturday' before a Tuesday paper; 'the East Java city of Surabaya'")
E("aq12", "detained 43 of them, after a crowd", IDP, STU12, ["17"], "173", "2019-08-17", P("Surabaya", "IDN"), True,
  "arrest 173, second act of the sentence with the same subject: required; same day and place")
E("aq12", "after a crowd accused the students of", A("Surabaya crowd", "IDN", "CVL"), STU12, ["11"], "112", "2019-08", None,
  False, "accusation inside an 'after' clause: optional")
E("aq12", "Video shared online showed men outside the", A("men outside the dormitory", "IDN", "CVL"), STU12, ["11"], "111",
  "2019-08", None, False, "racist insult seen in a video: optional")
E("aq12", "Parawansa apologised to the people of Papua", A("Khofifah Indar Parawansa", "IDN", "GOV"), PAPU, ["05"], "055",
  "2019-08", None, True, "apology 055; month")
E("aq12", "Widodo urged Papuans to stay calm and", A("Joko Widodo", "IDN", "GOV"), PAPU, DEMAND, "020", "2019-08", None,
  False, "appeal for calm: optional (owned35 left appeals for calm uncoded)")
E("aq12", "slowed internet access across the region on", A("Indonesian communications ministry", "IDN", "GOV"), PAPU,
  ["17"], "1721", "2019-08-19", None, True, "slowing the internet 1721 (as owned35 ai05); 'on Monday'; 'the region' "
  "names no place")
E("aq12", "The police sent about 1,000 extra officers", IDP, PAPP, ["15"], "153", "2019-08", None, True,
  "mobilising police 153; Manokwari and Sorong are destinations, not places (owned convention); month")
F("aq12", "Papua, on the western half of New", "standing fact")
F("aq12", "It was unclear how many people had", "speculation")

if __name__ == "__main__":
    write(HERE)
