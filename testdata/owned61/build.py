#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned61 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned61/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
RAID = ["19", "18"]
EXEC = ["18", "17", "20"]
EXPEL = ["17", "16"]

# ---------------------------------------------------------------- bj01 Gaborone, Africa (South Africa / Botswana)
S("bj01", "1986-05-20", "Africa", """
South Africa raids ANC targets in three neighbouring capitals; Commonwealth mission quits

GABORONE, Botswana —

South African commandos and warplanes struck at what Pretoria called bases of the African National Congress in Botswana, Zimbabwe and Zambia early on Monday, drawing condemnation across Africa and the West.

Here, troops who had crossed the border by night blew up a house on the edge of the capital and shot dead a Botswana citizen, police said. Helicopter-borne soldiers attacked an ANC office in Harare, and jets bombed a camp for refugees outside Lusaka.

General Constand Viljoen, the chief of the South African Defence Force, said the targets had been used by terrorists planning attacks inside his country. President P.W. Botha warned that his forces would strike again wherever the ANC found shelter.

Botswana's President Quett Masire accused Pretoria of killing innocent people and said his government had never let guerrillas operate from its soil.

The Commonwealth group of eminent persons, which had spent months trying to bring Pretoria and the ANC to the negotiating table, cut short its mission and left South Africa on Monday night.

South African troops had raided Gaborone once before, in June last year, when they killed 12 people in a night attack on houses they said sheltered ANC members.

In Washington, the State Department condemned the raids and said they could only harden attitudes in the region.

The ANC has been banned inside South Africa since 1960. It was not clear how many of the dead had any link to the movement.
""")
ZAFMIL = A("South African Defence Force", "ZAF", "MIL")
ANC = A("African National Congress", "ZAF", ["REB", "OPP"])
E("bj01", "South Africa raids ANC targets in three", ZAFMIL, ANC, RAID, "190", "1986-05-19", None, False, "headline")
E("bj01", "three neighbouring capitals; Commonwealth mission quits", A("Commonwealth Eminent Persons Group", None, "IGO"), A("South Africa", "ZAF", "GOV"),
  ["16"], "165", "1986-05-19", None, False, "headline, second event")
E("bj01", "struck at what Pretoria called bases of", ZAFMIL, ANC, RAID, "190", "1986-05-19", None, False,
  "lead summary of the three raids detailed in the next paragraph: optional; three countries, no single place; "
  "'early on Monday' before a Tuesday paper")
E("bj01", "blew up a house on the edge", ZAFMIL, A("Botswana citizen", "BWA", "CVL"), RAID, "190", "1986-05",
  P("Gaborone", "BWA"), True, "cross-border raid 190 (19/18); 'Here' and 'the capital' with the Gaborone dateline; the "
  "police count is attribution, undisputed; no day in the sentence: month")
E("bj01", "Helicopter-borne soldiers attacked an ANC office in", ZAFMIL, ANC, RAID, "190", "1986-05", P("Harare", "ZWE"),
  True, "raid 190 (19/18); 'in Harare' names the place; soldiers are South Africa's from the lead; month")
E("bj01", "jets bombed a camp for refugees outside", ZAFMIL, A("refugees in Zambia", None, ["REF", "CVL"]), ["19", "18"],
  "195", "1986-05", P("Lusaka", "ZMB"), True, "air strike 195; second clause with its own verb and object; "
  "'outside Lusaka' names the place; the refugees have no nationality in the text: null; month")
E("bj01", "said the targets had been used by", A("Constand Viljoen", "ZAF", "MIL"), ANC, ["11"], "112", "1986-05", None,
  False, "justification put as an accusation: optional")
E("bj01", "warned that his forces would strike again", A("P.W. Botha", "ZAF", "GOV"), ANC, ["13"], "138", "1986-05", None,
  True, "threat of military force 138; month")
E("bj01", "accused Pretoria of killing innocent people and", A("Quett Masire", "BWA", "GOV"), A("South Africa", "ZAF", "GOV"),
  ["11"], "112", "1986-05", None, True, "accusation 112; 'Pretoria' is an actor, not a place; month")
E("bj01", "said his government had never let guerrillas", A("Quett Masire", "BWA", "GOV"), A("South Africa", "ZAF", "GOV"),
  DENY, "016", "1986-05", None, False, "denial of harbouring guerrillas, second clause: optional")
E("bj01", "cut short its mission and left South", A("Commonwealth Eminent Persons Group", None, "IGO"),
  A("South Africa", "ZAF", "GOV"), ["16"], "165", "1986-05-19", None, True,
  "halting mediation 165; the group has no country (country null, as news-dev's ECOWAS); 'on Monday night'; the "
  "relative about months of effort is standing")
E("bj01", "South African troops had raided Gaborone once", ZAFMIL, A("Botswana", "BWA", "GOV"), RAID, "190", "1985-06",
  P("Gaborone", "BWA"), True, "dated background raid ('in June last year' = 1985-06); the killing in the 'when' clause "
  "is the same act; target Botswana (the houses' country)")
E("bj01", "the State Department condemned the raids and", A("U.S. State Department", "USA", "GOV"),
  A("South Africa", "ZAF", "GOV"), ["11"], "111", "1986-05", P("Washington", "USA"), False,
  "single outside reaction: optional; 'In Washington' is where it spoke")
F("bj01", "The ANC has been banned inside South", "standing situation")
F("bj01", "It was not clear how many of", "speculation")

# ---------------------------------------------------------------- bj02 Mogadishu, Africa (Somalia / Soviet Union)
S("bj02", "1977-11-14", "Africa", """
Somalia expels Soviet advisers, tears up friendship treaty and breaks with Cuba

MOGADISHU, Somalia —

Somalia renounced its treaty of friendship with the Soviet Union on Sunday and ordered all Soviet military and civilian advisers out of the country within a week, accusing Moscow of arming Ethiopia in the war over the Ogaden desert.

A statement read on Radio Mogadishu said the ruling Supreme Revolutionary Council had taken the decisions at a meeting chaired by President Mohamed Siad Barre that lasted late into Saturday night.

The government also broke off diplomatic relations with Cuba, whose troops it says are fighting on Ethiopia's side. Soviet warships lost their right to use the naval base at the northern port of Berbera.

The Soviet Union, which had armed and trained Somalia's army for more than a decade, began shipping tanks and jet fighters to Ethiopia's military government earlier this year.

Somali troops captured the Ethiopian town of Jijiga in September and have since pushed toward the city of Harar.

In a speech on Sunday night, Siad Barre appealed to the United States and its Western allies for weapons to replace Soviet supplies, saying Somalia had been left to fight alone.

Ethiopia's military rulers said the expulsions proved that Mogadishu had been the aggressor from the start.

About 1,500 Soviet advisers are believed to be serving in Somalia. It was not clear whether Washington, which has hesitated to arm either side, would agree to send weapons.
""")
SOM = A("Somalia", "SOM", "GOV")
SUN = A("Soviet Union", "RUS", "GOV")
E("bj02", "Somalia expels Soviet advisers, tears up friendship", SOM, A("Soviet advisers", "RUS", ["MIL", "GOV"]), EXPEL, "174",
  "1977-11-13", None, False, "headline")
E("bj02", "renounced its treaty of friendship with the", SOM, SUN, ["16"], "160", "1977-11-13", None, True,
  "renouncing a friendship treaty: reducing relations 160; 'on Sunday' before a Monday paper; the Soviet Union is "
  "coded with its successor's ISO3 RUS")
E("bj02", "ordered all Soviet military and civilian advisers", SOM, A("Soviet advisers", "RUS", ["MIL", "GOV"]), EXPEL,
  "174", "1977-11-13", None, True, "expulsion 174 (17/16: 161 for cutting ties is also right); second verb with its "
  "own object, required")
E("bj02", "accusing Moscow of arming Ethiopia in the", SOM, SUN, ["11"], "112", "1977-11-13", None, False,
  "participial accusation: optional; 'Moscow' is an actor")
E("bj02", "The government also broke off diplomatic relations", SOM, A("Cuba", "CUB", "GOV"), ["16"], "161", "1977-11",
  None, True, "breaking relations 161; 'also' with no day of its own: month (the lead's Sunday is also right by "
  "containment)")
E("bj02", "Soviet warships lost their right to use", SOM, A("Soviet navy", "RUS", "MIL"), ["17", "16", "12"], "172",
  "1977-11", P("Berbera", "SOM"), False, "agentless withdrawal of basing rights (as owned35 ai07's landing rights): "
  "optional; 'the northern port of Berbera' names the place")
E("bj02", "began shipping tanks and jet fighters to", SUN, A("Ethiopia", "ETH", ["GOV", "MIL"]), ["07"], "072", "1977",
  None, True, "dated background military aid 072 ('earlier this year': year); the relative about arming Somalia is "
  "standing")
E("bj02", "Somali troops captured the Ethiopian town of", A("Somali army", "SOM", "MIL"), A("Ethiopia", "ETH", ["GOV", "MIL"]),
  ["19", "18", "17"], "190", "1977-09", P("Jijiga", "ETH"), True,
  "taking a town 190 (19/18/17, as owned54 bc03); 'in September' = 1977-09; the push toward Harar is an undated "
  "continuation, not coded")
E("bj02", "appealed to the United States and its", A("Mohamed Siad Barre", "SOM", "GOV"), A("United States", "USA", "GOV"),
  DEMAND, "0232", "1977-11-13", None, True, "appeal for military aid 0232 (02/10); compound object, first member; "
  "'on Sunday night'")
E("bj02", "Ethiopia's military rulers said the expulsions proved", A("Ethiopia's military government", "ETH", ["GOV", "MIL"]),
  SOM, ["11"], "112", "1977-11", None, False, "reaction by the adversary, an accusation: optional; 'Mogadishu' is an "
  "actor; month")
F("bj02", "About 1,500 Soviet advisers are believed to", "count")
F("bj02", "It was not clear whether Washington, which", "speculation")

# ---------------------------------------------------------------- bj03 Jerusalem, Middle East (Israel / Palestinians)
S("bj03", "1996-09-26", "Middle East", """
Palestinian police and Israeli troops trade fire as fury over Jerusalem tunnel spreads

RAMALLAH, West Bank —

Palestinian policemen and Israeli soldiers fought gun battles in the West Bank and Gaza on Wednesday, the worst violence since the two sides signed their first peace accord three years ago.

Outside Ramallah, Israeli troops fired on stone-throwing youths at a checkpoint on Wednesday morning, and Palestinian police who had been holding back the crowd turned their rifles on the soldiers, witnesses said.

At least 40 people, most of them Palestinians, were killed in the day's fighting, hospital officials and the army said.

The protests began on Tuesday, a day after Israel opened a new exit to an ancient tunnel that runs along the compound of the Al-Aqsa mosque in the Old City.

Yasser Arafat accused Israel of a crime against the holy places of Jerusalem and called a general strike. Prime Minister Benjamin Netanyahu, who ordered the tunnel opened, blamed the Palestinian leader for inciting the bloodshed and said the exit would stay open.

The army sent tanks to the edges of West Bank towns on Wednesday night for the first time since the Palestinian Authority took control of them last year.

President Bill Clinton telephoned both leaders from Washington and urged them to stop the killing.

It was unclear whether talks on an Israeli pullback from Hebron, which stalled in the summer, could resume.
""")
PSECOP = A("Palestinian police", "PSE", ["COP", "GOV"])
ISRMIL = A("Israeli troops", "ISR", "MIL")
PSEP = A("Palestinian protesters", "PSE", ["CVL", "OPP"])
E("bj03", "Palestinian police and Israeli troops trade fire", PSECOP, ISRMIL, CLASH, "190", "1996-09", None, False,
  "headline")
E("bj03", "Palestinian policemen and Israeli soldiers fought gun", PSECOP, ISRMIL, CLASH, "190", "1996-09-25", None, False,
  "lead summary of the clashes detailed in the next paragraph: optional; two regions named, no single place")
E("bj03", "Palestinian policemen and Israeli soldiers fought gun", ISRMIL, PSECOP, CLASH, "190", "1996-09-25", None, False,
  "reverse direction of the lead's joint event: optional")
E("bj03", "Israeli troops fired on stone-throwing youths at", ISRMIL, PSEP, REPR, "175", "1996-09-25", P("Ramallah", "PSE"),
  True, "live fire on protesters 175 (17/18); 'Outside Ramallah' names the place (Ramallah PSE); 'on Wednesday "
  "morning' in a Thursday paper; 'witnesses said' is attribution, undisputed")
E("bj03", "turned their rifles on the soldiers, witnesses", PSECOP, ISRMIL, ["19", "18"], "190", "1996-09-25",
  P("Ramallah", "PSE"), True, "police firing on soldiers 190 (19/18), second clause of the sentence with its own "
  "agent; same place and day")
E("bj03", "The protests began on Tuesday, a day", PSEP, A("Israel", "ISR", "GOV"), ["14"], "141", "1996-09-24", None, True,
  "dated protest 141 ('on Tuesday'); the tunnel opening in the 'after' clause has no CAMEO code")
E("bj03", "Yasser Arafat accused Israel of a crime", A("Yasser Arafat", "PSE", "GOV"), A("Israel", "ISR", "GOV"), ["11"],
  "112", "1996-09", None, True, "accusation 112; no day of its own: month")
E("bj03", "and called a general strike", A("Yasser Arafat", "PSE", "GOV"), A("Israel", "ISR", "GOV"), ["14"], "143",
  "1996-09", None, False, "call for a strike 143, second verb: optional (as owned35 ai02)")
E("bj03", "blamed the Palestinian leader for inciting the", A("Benjamin Netanyahu", "ISR", "GOV"), A("Yasser Arafat", "PSE", "GOV"),
  ["11"], "112", "1996-09", None, True, "blame 112; 'the Palestinian leader' = Arafat; the relative 'who ordered the "
  "tunnel opened' is no event; month")
E("bj03", "said the exit would stay open", A("Benjamin Netanyahu", "ISR", "GOV"), A("Yasser Arafat", "PSE", "GOV"), ["12"],
  "120", "1996-09", None, False, "refusal put as an intention: optional")
E("bj03", "The army sent tanks to the edges", ISRMIL, A("Palestinian Authority", "PSE", "GOV"), ["15"], "154",
  "1996-09-25", None, True, "mobilising armed forces 154; 'on Wednesday night'; the army is Israel's (the story's "
  "other troops); the Authority's takeover last year is a relative with no CAMEO code")
E("bj03", "urged them to stop the killing", A("Bill Clinton", "USA", "GOV"), A("Yasser Arafat", "PSE", "GOV"), DEMAND,
  "0256", "1996-09", P("Washington", "USA"), False, "single outside reaction: optional; 'both leaders' (Arafat "
  "first in the text of the story); 'from Washington' is where he called from")
F("bj03", "At least 40 people, most of them", "count")
F("bj03", "It was unclear whether talks on an", "speculation")

# ---------------------------------------------------------------- bj04 Tehran, Middle East (Iran)
S("bj04", "1979-02-06", "Middle East", """
Khomeini names Bazargan to head rival government, defying Bakhtiar

TEHRAN, Iran —

Ayatollah Ruhollah Khomeini on Monday named Mehdi Bazargan, a veteran opposition politician, to lead a provisional Islamic government, openly challenging the cabinet of Prime Minister Shapour Bakhtiar four days after the religious leader returned from 14 years in exile.

Speaking at a school in south Tehran that his followers have turned into his headquarters, Khomeini called Bakhtiar's government illegal and said that obeying Bazargan was a religious duty.

He also urged soldiers to leave their barracks and join the people.

Bakhtiar, whom the Shah appointed in the last weeks of his rule, rejected the appointment and told parliament there could be only one government in Iran. He said he would arrest anyone who tried to take over a ministry.

Hundreds of thousands of people marched through the capital on Monday in support of Khomeini, chanting against Bakhtiar and the monarchy.

The Shah left the country on Jan. 16 for what the court called a holiday. Bakhtiar then kept the airports closed for several days to stop Khomeini from flying home, and on Jan. 28 troops fired on crowds in Tehran demanding that they reopen, killing at least 15 people, hospital workers said.

In Washington, the State Department said the United States still supported Bakhtiar's government.

Iran's armed forces number about 400,000 men. It was not clear whether their commanders would obey Bakhtiar if he ordered them to move against Khomeini's followers.
""")
KHO = A("Ruhollah Khomeini", "IRN", ["REL", "OPP"])
BAKH = A("Shapour Bakhtiar", "IRN", "GOV")
IRNP = A("Khomeini's supporters", "IRN", ["CVL", "OPP"])
E("bj04", "Khomeini names Bazargan to head rival government", KHO, BAKH, ["12"], "120", "1979-02-05", None, False,
  "headline: the defiance read as a rejection of Bakhtiar's authority")
E("bj04", "openly challenging the cabinet of Prime Minister", KHO, BAKH, ["12"], "120", "1979-02-05", None, False,
  "the naming of a rival cabinet has no clear CAMEO code; the participle read as defiance: optional")
E("bj04", "Khomeini called Bakhtiar's government illegal and said", KHO, BAKH, ["11"], "111", "1979-02", P("Tehran", "IRN"),
  True, "denunciation 111; the sentence names no day: month; 'at a school in south Tehran' names where he spoke "
  "(as owned35's 'In Washington')")
E("bj04", "He also urged soldiers to leave their", KHO, A("Iranian armed forces", "IRN", "MIL"), DEMAND, "100", "1979-02",
  None, True, "demand 100 (10/02); 'He' = Khomeini; month")
E("bj04", "rejected the appointment and told parliament there", BAKH, KHO, ["12"], "120", "1979-02", None, True,
  "stated rejection 120; 'whom the Shah appointed' is no event; month")
E("bj04", "He said he would arrest anyone who", BAKH, KHO, ["13"], "130", "1979-02", None, True,
  "threat of arrest 130 (a threat is an event); target Khomeini's camp; month")
E("bj04", "Hundreds of thousands of people marched through", IRNP, BAKH, ["14"], "141", "1979-02-05", P("Tehran", "IRN"), True,
  "demonstration 141 against Bakhtiar; 'the capital' with the Tehran dateline; 'on Monday' before a Tuesday paper")
E("bj04", "Bakhtiar then kept the airports closed for", BAKH, KHO, ["17"], "172", "1979-01", None, False,
  "closing the airports against one man: administrative coercion 172, a coding coders split on: optional")
E("bj04", "on Jan. 28 troops fired on crowds", A("Iranian troops", "IRN", "MIL"), A("Iranian protesters", "IRN", ["CVL", "OPP"]),
  REPR, "175", "1979-01-28", P("Tehran", "IRN"), True, "dated background live fire on protesters 175 (17/18); 'in "
  "Tehran' names the place; 'hospital workers said' is attribution, undisputed")
E("bj04", "the State Department said the United States", A("U.S. State Department", "USA", "GOV"), BAKH, ["05"], "051",
  "1979-02", P("Washington", "USA"), False, "single outside reaction, support 051: optional")
F("bj04", "Iran's armed forces number about 400,000 men", "count")
F("bj04", "It was not clear whether their commanders", "speculation")

# ---------------------------------------------------------------- bj05 Saigon, Asia (Vietnam)
S("bj05", "1975-04-30", "Asia", """
Saigon falls as Minh surrenders; North Vietnamese tanks roll into presidential palace

SAIGON, South Vietnam —

President Duong Van Minh announced the unconditional surrender of South Vietnam on Wednesday morning, and within hours North Vietnamese tanks smashed through the gates of the presidential palace in the heart of the capital.

In a radio broadcast, Minh told South Vietnamese troops to stop fighting and stay where they were, and said he was ready to hand over power to the Provisional Revolutionary Government.

Communist soldiers held Minh and members of his cabinet at the palace on Wednesday afternoon and later took him to the radio station to repeat the order.

Hours earlier, the last American helicopters had lifted the U.S. ambassador, Graham Martin, and hundreds of Americans and Vietnamese from the roof of the embassy, as rockets and shells fell on Tan Son Nhut air base.

Minh, a retired general, took office only on Monday. His predecessor, Nguyen Van Thieu, resigned on April 21 and in a tearful farewell speech accused the United States of abandoning its ally.

Communist forces began their final offensive in March, when they overran the Central Highlands town of Ban Me Thuot, and South Vietnam's army collapsed in the weeks that followed.

The Soviet Union and China sent messages of congratulation to the leaders in Hanoi.

More than 58,000 Americans died in the war. It was not known what the new authorities planned for the officials of the old government.
""")
NVA = A("North Vietnamese forces", "VNM", ["MIL", "REB"])
SVN = A("South Vietnam", "VNM", "GOV")
MINH = A("Duong Van Minh", "VNM", "GOV")
E("bj05", "Saigon falls as Minh surrenders; North Vietnamese", MINH, NVA, ["08"], "0874", "1975-04-30", None, False,
  "headline")
E("bj05", "North Vietnamese tanks roll into presidential palace", NVA, SVN, ["19", "18", "17"], "190", "1975-04-30",
  None, False, "headline, second event")
E("bj05", "announced the unconditional surrender of South Vietnam", MINH, NVA, ["08"], "0874", "1975-04-30", None, True,
  "military surrender 0874 (RETREAT); 'on Wednesday morning' in a Wednesday paper; both Vietnams are coded VNM "
  "(today's ISO3), told apart by sector")
E("bj05", "North Vietnamese tanks smashed through the gates", NVA, SVN, ["19", "18", "17"], "190", "1975-04-30",
  P("Saigon", "VNM"), True, "taking the seat of government 190 (19/18/17, as owned54 bc03's taking a city); 'the "
  "heart of the capital' with the Saigon dateline")
E("bj05", "Minh told South Vietnamese troops to stop", MINH, NVA, ["08"], "0871", "1975-04", None, False,
  "order to his own troops to cease fire, the surrender detailed: optional; month")
E("bj05", "Communist soldiers held Minh and members of", NVA, MINH, ["17"], "173", "1975-04-30", None, True,
  "detention 173; compound object, first member (Minh) required; 'at the palace' names no city in the sentence; "
  "'on Wednesday afternoon'")
E("bj05", "Communist soldiers held Minh and members of", NVA, A("South Vietnamese cabinet", "VNM", "GOV"), ["17"], "173",
  "1975-04-30", None, False, "second member: optional")
E("bj05", "as rockets and shells fell on Tan", NVA, SVN, ["19", "20"], "190", "1975-04", P("Tan Son Nhut", "VNM"), False,
  "agentless shelling, the agent understood: optional; the evacuation itself has no CAMEO code")
E("bj05", "accused the United States of abandoning its", A("Nguyen Van Thieu", "VNM", "GOV"), A("United States", "USA", "GOV"),
  ["11"], "112", "1975-04-21", None, True, "dated background accusation 112 ('on April 21', the same clause's day); "
  "the resignation itself is not coded")
E("bj05", "when they overran the Central Highlands town", NVA, SVN, ["19", "18", "17"], "190", "1975-03",
  P("Ban Me Thuot", "VNM"), True, "dated background taking of a town ('in March', inside a 'when' clause with its own "
  "agent)")
E("bj05", "The Soviet Union and China sent messages", SUN, A("North Vietnam", "VNM", "GOV"), ["05"], "051", "1975-04", None,
  False, "outside reaction 051, compound subject: optional (single outside reactions), first member")
E("bj05", "The Soviet Union and China sent messages", A("China", "CHN", "GOV"), A("North Vietnam", "VNM", "GOV"), ["05"], "051",
  "1975-04", None, False, "second member: optional")
F("bj05", "More than 58,000 Americans died in the", "count")
F("bj05", "It was not known what the new", "speculation")

# ---------------------------------------------------------------- bj06 Seoul, Asia (South Korea)
S("bj06", "1980-09-17", "Asia", """
South Korean military court sentences Kim Dae-jung to death; Tokyo and Washington voice concern

SEOUL, South Korea —

A South Korean military court sentenced opposition leader Kim Dae-jung to death on Wednesday, after convicting him of sedition and of stirring up the uprising in the southern city of Kwangju in May.

Twenty-three co-defendants, among them students, clergymen and former lawmakers, were given prison terms of up to 20 years.

Martial law troops arrested Kim on May 17, the night the army extended martial law to the whole country and closed the universities.

During the trial, which opened in August, Kim denied the charges and said he had always opposed the use of violence.

Japan's foreign minister, Masayoshi Ito, said the verdict was a matter of grave concern and warned that Japanese economic cooperation with Seoul could suffer if the sentence was carried out. Kim was kidnapped from a Tokyo hotel by South Korean agents in 1973, an affair that still strains relations between the two countries.

In Washington, the State Department urged the government of President Chun Doo-hwan to spare Kim's life.

Chun, a former army general, was sworn in as president on Sept. 1. Under South Korean law, a death sentence passed by a military court must be reviewed by higher courts before it can be carried out.

Kim's lawyers said he would appeal.
""")
KDJ = A("Kim Dae-jung", "KOR", ["OPP", "PTY"])
KCOURT = A("South Korean military court", "KOR", ["JUD", "MIL"])
KOR = A("South Korea", "KOR", "GOV")
E("bj06", "South Korean military court sentences Kim Dae-jung", KCOURT, KDJ, ["17", "11"], "173", "1980-09-17", None, False,
  "headline")
E("bj06", "Tokyo and Washington voice concern", A("Japan", "JPN", "GOV"), KOR, ["11"], "111", "1980-09", None, False,
  "headline, second event (first member)")
E("bj06", "sentenced opposition leader Kim Dae-jung to death", KCOURT, KDJ, ["17", "11"], "173", "1980-09-17", None, True,
  "court sentence 173 (17/11, news-dev's court verdicts); 'on Wednesday' in a Wednesday paper; the court's city is "
  "not in the sentence; the conviction in the 'after' clause is the same act")
E("bj06", "were given prison terms of up to", KCOURT, A("Kim's co-defendants", "KOR", ["OPP", "CVL"]), ["17", "11"], "173",
  "1980-09-17", None, False, "agentless passive, the court understood: optional")
E("bj06", "Martial law troops arrested Kim on May", A("South Korean army", "KOR", "MIL"), KDJ, ["17"], "173", "1980-05-17",
  None, True, "dated background arrest 173 ('on May 17')")
E("bj06", "the army extended martial law to the", A("South Korean army", "KOR", "MIL"), None, ["17"], "1724", "1980-05-17",
  None, True, "martial law 1724 (as news-dev's declared emergency), target null; 'the night' = May 17; dated "
  "background with its own agent")
E("bj06", "Kim denied the charges and said he", KDJ, KCOURT, DENY, "016", "1980", None, True,
  "denial 016 (01/12); 'During the trial, which opened in August' spans August and September: year")
E("bj06", "warned that Japanese economic cooperation with Seoul", A("Masayoshi Ito", "JPN", "GOV"), KOR, ["13"], "1311",
  "1980-09", None, True, "threat to cut aid 1311 (as owned54 bc07); the story turns on the outside reactions "
  "(headline); 'Seoul' is an actor; month")
E("bj06", "said the verdict was a matter of", A("Masayoshi Ito", "JPN", "GOV"), KOR, ["11"], "111", "1980-09", None, False,
  "first clause, concern as criticism: optional")
E("bj06", "Kim was kidnapped from a Tokyo hotel", A("South Korean agents", "KOR", ["SPY", "GOV"]), KDJ, ["18"], "181", "1973",
  P("Tokyo", "JPN"), True, "dated background abduction 181, a passive with its agent ('by South Korean agents'); "
  "'a Tokyo hotel' names the city; 1973")
E("bj06", "the State Department urged the government of", A("U.S. State Department", "USA", "GOV"), KOR, DEMAND, "1053",
  "1980-09", P("Washington", "USA"), True, "demand to spare a prisoner 1053 (10/02); the headline outside reaction "
  "the story turns on; 'In Washington' is where it spoke")
E("bj06", "Kim's lawyers said he would appeal", A("Kim Dae-jung's lawyers", "KOR", ["JUD", "OPP"]), KCOURT, ["11"], "115",
  "1980-09", None, False, "legal appeal put as an intention: optional")
F("bj06", "Under South Korean law, a death sentence", "normative statement and definition")
F("bj06", "Chun, a former army general, was sworn", "inauguration and standing description, no CAMEO event")

# ---------------------------------------------------------------- bj07 Madrid, Europe (Spain)
S("bj07", "1975-09-29", "Europe/Eurasia", """
Europe recalls envoys from Madrid after Franco's firing squads execute five militants

MADRID, Spain —

Spain executed five militants by firing squad at dawn on Saturday, brushing aside pleas for mercy from across Europe, and by Sunday night more than a dozen governments had recalled their ambassadors from Madrid.

Britain, West Germany and the Netherlands were among the first to withdraw their envoys on Saturday. Two of the dead men belonged to the Basque separatist group ETA and three to the Marxist FRAP; all had been convicted by military courts of killing policemen.

Pope Paul VI had appealed to General Francisco Franco for clemency three times during the week. Franco commuted the death sentences of six other prisoners on Friday.

In Lisbon, thousands of demonstrators stormed the Spanish embassy on Saturday night and set it on fire, and the ambassador's residence was ransacked.

Mexico's President Luis Echeverria called on the United Nations Security Council to suspend Spain from the world body.

The government in Madrid rejected the protests on Sunday as interference in Spain's internal affairs, and the official press said the country would not be lectured by foreigners.

Franco, 82, has ruled Spain since the end of the civil war in 1939. It was unclear when the ambassadors would return.
""")
ESP = A("Spain", "ESP", "GOV")
ETA = A("executed militants", "ESP", ["REB", "RAD"])
E("bj07", "Europe recalls envoys from Madrid after Franco's", A("European governments", None, "GOV"), ESP, ["16"], "161",
  "1975-09", None, False, "headline")
E("bj07", "firing squads execute five militants", ESP, ETA, EXEC, "180", "1975-09-27", None, False, "headline, second event")
E("bj07", "Spain executed five militants by firing squad", ESP, ETA, EXEC, "180", "1975-09-27", None, True,
  "a judicial execution 180 (18/17/20): CAMEO has no execution code and coders split; 'at dawn on Saturday' "
  "before a Monday paper")
E("bj07", "brushing aside pleas for mercy from across", ESP, A("European governments", None, "GOV"), ["12"], "120",
  "1975-09-27", None, False, "participial rejection: optional")
E("bj07", "more than a dozen governments had recalled", A("European governments", None, "GOV"), ESP, ["16"], "161",
  "1975-09", None, False, "lead summary of the recalls detailed next: optional; unnamed governments null/GOV "
  "(news-dev's 'some UN member states'); 'by Sunday night' covers Saturday and Sunday: month")
E("bj07", "Britain, West Germany and the Netherlands were", A("Britain", "GBR", "GOV"), ESP, ["16"], "161", "1975-09-27",
  None, True, "recalling one's own envoy 161 (news-dev); compound subject, first member; 'on Saturday'")
E("bj07", "Britain, West Germany and the Netherlands were", A("West Germany", "DEU", "GOV"), ESP, ["16"], "161",
  "1975-09-27", None, False, "second member: optional (West Germany coded DEU)")
E("bj07", "Britain, West Germany and the Netherlands were", A("Netherlands", "NLD", "GOV"), ESP, ["16"], "161",
  "1975-09-27", None, False, "third member: optional")
E("bj07", "Pope Paul VI had appealed to General", A("Pope Paul VI", "VAT", ["REL", "GOV"]), A("Francisco Franco", "ESP", "GOV"),
  DEMAND, "0253", "1975-09", None, True, "appeal for clemency 0253 (02/10); 'during the week': month")
E("bj07", "Franco commuted the death sentences of six", A("Francisco Franco", "ESP", "GOV"),
  A("condemned prisoners", "ESP", ["REB", "RAD"]), ["08"], "080", "1975-09-26", None, False,
  "commuting sentences, a concession coders code variously: optional; 'on Friday'")
E("bj07", "thousands of demonstrators stormed the Spanish embassy", A("Portuguese demonstrators", "PRT", "CVL"), ESP, VPROT,
  "145", "1975-09-27", P("Lisbon", "PRT"), True, "embassy riot 145 (14/18/17); premises are the country; 'In Lisbon' "
  "names the place; 'on Saturday night'")
E("bj07", "the ambassador's residence was ransacked", A("Portuguese demonstrators", "PRT", "CVL"), ESP, VPROT, "145",
  "1975-09", P("Lisbon", "PRT"), False, "agentless passive in the same sentence: optional")
E("bj07", "called on the United Nations Security Council", A("Luis Echeverria", "MEX", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "100", "1975-09", None, True,
  "demand 100 (10/02) to act against Spain; month")
E("bj07", "The government in Madrid rejected the protests", ESP, A("European governments", None, "GOV"), ["12"], "120",
  "1975-09-28", None, True, "rejection 120; 'The government in Madrid' is Spain (city of the government, not a "
  "place); 'on Sunday'")
F("bj07", "Franco, 82, has ruled Spain since the", "standing situation")
F("bj07", "It was unclear when the ambassadors would", "speculation")

# ---------------------------------------------------------------- bj08 Reykjavik, Europe (Iceland / Britain)
S("bj08", "1976-02-20", "Europe/Eurasia", """
Iceland breaks off relations with Britain as cod war turns to ramming at sea

REYKJAVIK, Iceland —

Iceland broke off diplomatic relations with Britain on Thursday, the first time two NATO allies have cut ties, after weeks of collisions between Icelandic coastguard vessels and Royal Navy frigates guarding British trawlers inside Iceland's 200-mile fishing limit.

Foreign Minister Einar Agustsson ordered the British ambassador, Kenneth East, and his staff to leave within a week.

The government said the last straw was a clash on Monday, when a frigate rammed the coastguard ship Baldur off the east coast. The Royal Navy said the Baldur had turned into the frigate's path.

Coastguard vessels have cut the trawl wires of at least a dozen British trawlers this month.

In London, Foreign Secretary James Callaghan called the break unjustified and said the frigates would stay as long as the trawlers needed protection.

Britain sent the frigates into the disputed waters in November, a month after Iceland extended its limit. Prime Minister Geir Hallgrimsson held talks with Harold Wilson in London in January, but they ended without agreement.

NATO's secretary-general, Joseph Luns, urged both governments to return to the negotiating table.

Fish make up about three-quarters of Iceland's exports. It was unclear whether the break would affect the American-manned base at Keflavik, a key NATO station in the North Atlantic.
""")
ISL = A("Iceland", "ISL", "GOV")
GBR = A("Britain", "GBR", "GOV")
ISLCG = A("Icelandic coastguard", "ISL", ["MIL", "COP", "GOV"])
RN = A("Royal Navy", "GBR", "MIL")
E("bj08", "Iceland breaks off relations with Britain as", ISL, GBR, ["16"], "161", "1976-02-19", None, False, "headline")
E("bj08", "Iceland broke off diplomatic relations with Britain", ISL, GBR, ["16"], "161", "1976-02-19", None, True,
  "breaking relations 161; 'on Thursday' before a Friday paper; the collisions in the 'after' clause are a summary, "
  "undated and coded through the Monday clash")
E("bj08", "ordered the British ambassador, Kenneth East, and", A("Einar Agustsson", "ISL", "GOV"),
  A("Kenneth East", "GBR", "GOV"), EXPEL, "174", "1976-02", None, True,
  "expulsion 174 (17/16, 161 also right); compound object, first member; no day of its own: month")
E("bj08", "when a frigate rammed the coastguard ship", RN, ISLCG, ["19", "18"], "190", "1976-02-16", None, False,
  "ramming inside Iceland's account, disputed in the next sentence: optional; 'on Monday' before a Friday paper")
E("bj08", "The Royal Navy said the Baldur had", RN, ISL, ["11"], "112", "1976-02", None, False,
  "counter-claim inside the dispute: optional")
E("bj08", "Coastguard vessels have cut the trawl wires", ISLCG, A("British trawlers", "GBR", "BUS"), ["17"], "171",
  "1976-02", None, True, "damaging property 171; 'this month'; the coastguard is Iceland's (the story's country)")
E("bj08", "Foreign Secretary James Callaghan called the break", A("James Callaghan", "GBR", "GOV"), ISL, ["11"], "111",
  "1976-02", P("London", "GBR"), True, "criticism 111; 'In London' is where he spoke; month")
E("bj08", "said the frigates would stay as long", A("James Callaghan", "GBR", "GOV"), ISL, ["12"], "120", "1976-02", None,
  False, "refusal put as an intention: optional")
E("bj08", "Britain sent the frigates into the disputed", GBR, ISL, ["15"], "150", "1975-11", None, True,
  "dated background show of naval force 150 ('in November' before a February paper = 1975-11); the extension of the "
  "limit is no CAMEO event")
E("bj08", "held talks with Harold Wilson in London", A("Geir Hallgrimsson", "ISL", "GOV"), A("Harold Wilson", "GBR", "GOV"),
  ["04"], "046", "1976-01", P("London", "GBR"), True, "dated background negotiation 046 (as owned54 bc08); 'in "
  "January'; joint act, first-mentioned direction required")
E("bj08", "held talks with Harold Wilson in London", A("Harold Wilson", "GBR", "GOV"), A("Geir Hallgrimsson", "ISL", "GOV"),
  ["04"], "046", "1976-01", P("London", "GBR"), False, "reverse direction: optional")
E("bj08", "urged both governments to return to the", A("NATO", None, "IGO"), ISL, DEMAND, "027", "1976-02", None, False,
  "single outside appeal to settle 027 (02/10): optional; Luns speaks for NATO, null/IGO as news-dev's ECOWAS")
F("bj08", "Fish make up about three-quarters of Iceland's", "count and standing situation")
F("bj08", "It was unclear whether the break would", "speculation")

# ---------------------------------------------------------------- bj09 Asuncion, Americas (Paraguay)
S("bj09", "1996-04-25", "Americas", """
Paraguay's Wasmosy drops plan to make defiant general defence minister after street protests

ASUNCION, Paraguay —

President Juan Carlos Wasmosy withdrew his offer to make General Lino Oviedo defence minister on Wednesday, bowing to thousands of protesters and to pressure from Paraguay's neighbours and Washington.

Oviedo, the army commander, had refused to step down on Monday, when Wasmosy ordered him to retire, and gathered loyal troops at a cavalry barracks on the outskirts of Asuncion.

On Tuesday, Wasmosy offered the general the ministry if he left the army, and Oviedo accepted.

The deal brought students, trade unionists and opposition supporters into the streets. Thousands of them rallied outside the presidential palace in the capital on Tuesday night and Wednesday, and opposition leaders in Congress threatened to begin impeachment proceedings against the president.

Brazil and Argentina, Paraguay's partners in the Mercosur trade bloc, warned that any break with democracy would cost the country its place in the group.

The secretary-general of the Organization of American States, Cesar Gaviria, who flew to Asuncion on Tuesday, also backed the elected president.

Wasmosy spent several hours on Monday night at the residence of the U.S. ambassador, aides said.

Wasmosy, a businessman, became Paraguay's first civilian president in nearly four decades in 1993. It was not clear whether Oviedo, who remains popular among many soldiers, would now seek a career in politics.
""")
WAS = A("Juan Carlos Wasmosy", "PRY", "GOV")
OVI = A("Lino Oviedo", "PRY", "MIL")
PRYP = A("Paraguayan protesters", "PRY", ["CVL", "OPP", "LAB"])
E("bj09", "Paraguay's Wasmosy drops plan to make defiant", WAS, PRYP, ["08"], "083", "1996-04-24", None, False, "headline")
E("bj09", "withdrew his offer to make General Lino", WAS, PRYP, ["08"], "083", "1996-04-24", None, True,
  "yielding to protesters 083 (CONCEDE), the protesters as implied target (as news-dev d09's resignations); 'on "
  "Wednesday' before a Thursday paper")
E("bj09", "had refused to step down on Monday", OVI, WAS, ["12"], "1231", "1996-04-22", None, True,
  "refusing a demand for a change of leadership 1231; 'on Monday' before a Thursday paper")
E("bj09", "when Wasmosy ordered him to retire, and", WAS, OVI, DEMAND, "1041", "1996-04-22", None, True,
  "demand to quit 1041 (10/02), a dated 'when' clause with its own agent")
E("bj09", "gathered loyal troops at a cavalry barracks", OVI, WAS, ["15"], "154", "1996-04-22", P("Asuncion", "PRY"), False,
  "mobilising troops 154, second verb of the refusal: optional; 'on the outskirts of Asuncion' names the place")
E("bj09", "Wasmosy offered the general the ministry if", WAS, OVI, ["03"], "030", "1996-04-23", None, False,
  "offer of a post, an intent to cooperate 030: optional; 'On Tuesday'")
E("bj09", "Thousands of them rallied outside the presidential", PRYP, WAS, ["14"], "141", "1996-04", P("Asuncion", "PRY"),
  True, "demonstration 141; 'in the capital' with the dateline; 'on Tuesday night and Wednesday' is a span: month")
E("bj09", "opposition leaders in Congress threatened to begin", A("Paraguayan opposition lawmakers", "PRY", ["OPP", "LEG"]),
  WAS, ["13"], "130", "1996-04", None, True, "threat of impeachment 130; 'Congress' names no city; month")
E("bj09", "Brazil and Argentina, Paraguay's partners in the", A("Brazil", "BRA", "GOV"), A("Paraguay", "PRY", "GOV"), ["13"],
  "1312", "1996-04", None, True, "threat of sanctions (expulsion from the bloc) 1312; compound subject, first member; "
  "month")
E("bj09", "Brazil and Argentina, Paraguay's partners in the", A("Argentina", "ARG", "GOV"), A("Paraguay", "PRY", "GOV"), ["13"],
  "1312", "1996-04", None, False, "second member: optional")
E("bj09", "who flew to Asuncion on Tuesday, also", A("Cesar Gaviria", "OAS", "IGO"), A("Paraguay", "PRY", "GOV"), ["04"],
  "042", "1996-04-23", P("Asuncion", "PRY"), True, "visit 042 in a dated relative clause with its own agent; OAS "
  "`OAS`/IGO (news-dev); 'to Asuncion' is the visit's city")
E("bj09", "also backed the elected president", A("Cesar Gaviria", "OAS", "IGO"), WAS, ["05"], "051", "1996-04", None, False,
  "support 051, a single outside reaction: optional")
F("bj09", "Wasmosy, a businessman, became Paraguay's first civilian", "standing description")
F("bj09", "It was not clear whether Oviedo, who", "speculation")

# ---------------------------------------------------------------- bj10 Quito, Americas (Ecuador / Peru)
S("bj10", "1995-01-30", "Americas", """
Ecuador and Peru fight on in jungle border war; guarantor nations call for truce

QUITO, Ecuador —

Ecuadorean and Peruvian troops fought for a fourth day on Sunday along an unmarked stretch of their Amazon border, as both governments rushed reinforcements to the remote valley of the Cenepa river.

Peru's President Alberto Fujimori accused Ecuador of sending troops across the border to set up outposts on Peruvian soil. Quito said Peruvian helicopters had attacked its positions first, on Thursday.

President Sixto Duran Ballen declared a state of emergency on Friday and called up reservists.

Argentina, Brazil, Chile and the United States, the guarantors of the 1942 Rio Protocol that set most of the border, urged the two governments on Saturday to cease fire and withdraw their forces.

Ecuadorean officers said their troops had shot down a Peruvian helicopter on Sunday, a claim Lima did not confirm.

The two countries fought over the same mountains in 1981, when Peruvian troops drove Ecuadorean soldiers from three outposts in the Cordillera del Condor after several days of fighting.

In Quito, crowds marched to the presidential palace on Saturday to back the armed forces, waving flags and chanting against Peru.

The 78-kilometre stretch of border at the centre of the fighting has never been marked. It was unclear how many soldiers had been killed on either side.
""")
ECUMIL = A("Ecuadorean troops", "ECU", "MIL")
PERMIL = A("Peruvian troops", "PER", "MIL")
ECU = A("Ecuador", "ECU", "GOV")
PER = A("Peru", "PER", "GOV")
E("bj10", "Ecuador and Peru fight on in jungle", ECU, PER, CLASH, "190", "1995-01", None, False, "headline")
E("bj10", "guarantor nations call for truce", A("Argentina", "ARG", "GOV"), ECU, DEMAND, "0256", "1995-01-28", None, False,
  "headline, second event")
E("bj10", "Ecuadorean and Peruvian troops fought for a", ECUMIL, PERMIL, CLASH, "190", "1995-01-29", None, True,
  "clash 190 (19/18/14), first-mentioned direction required; 'on Sunday' before a Monday paper; the border stretch "
  "is named only in the next clause: no place")
E("bj10", "Ecuadorean and Peruvian troops fought for a", PERMIL, ECUMIL, CLASH, "190", "1995-01-29", None, False,
  "reverse direction: optional")
E("bj10", "as both governments rushed reinforcements to the", ECU, PER, ["15"], "154", "1995-01", None, False,
  "mobilisation by both, in an 'as' clause: optional (first member)")
E("bj10", "accused Ecuador of sending troops across the", A("Alberto Fujimori", "PER", "GOV"), ECU, ["11"], "112", "1995-01",
  None, True, "accusation 112; the incursion is its content (alleged); month")
E("bj10", "Quito said Peruvian helicopters had attacked its", ECU, PER, ["11"], "112", "1995-01", None, True,
  "counter-accusation 112; 'Quito' is an actor, not a place; statement with no day of its own: month")
E("bj10", "Quito said Peruvian helicopters had attacked its", A("Peruvian air force", "PER", "MIL"), ECUMIL, ["19", "18"],
  "190", "1995-01-26", None, False, "attack inside one side's account: optional; 'on Thursday'")
E("bj10", "declared a state of emergency on Friday", A("Sixto Duran Ballen", "ECU", "GOV"), None, ["17"], "1724",
  "1995-01-27", None, True, "state of emergency 1724 (news-dev), target null (as owned54 bc11); 'on Friday'")
E("bj10", "and called up reservists", A("Sixto Duran Ballen", "ECU", "GOV"), PER, ["15"], "154", "1995-01-27", None, True,
  "mobilising armed forces 154; second verb with its own object, same day")
E("bj10", "urged the two governments on Saturday to", A("Argentina", "ARG", "GOV"), ECU, DEMAND, "0256", "1995-01-28", None,
  True, "appeal to de-escalate 0256 (02/10); the guarantors are the story's mediators (not a single outside "
  "reaction); compound subject and object, first members required")
E("bj10", "urged the two governments on Saturday to", A("Brazil", "BRA", "GOV"), ECU, DEMAND, "0256", "1995-01-28", None,
  False, "second member of the compound subject: optional")
E("bj10", "said their troops had shot down a", ECUMIL, A("Peruvian air force", "PER", "MIL"), ["19", "18"], "190",
  "1995-01-29", None, False, "claim by one side, not confirmed by the other: optional")
E("bj10", "when Peruvian troops drove Ecuadorean soldiers from", PERMIL, ECUMIL, ["19", "18"], "190", "1981",
  P("Cordillera del Condor", "ECU"), True, "dated background fighting 190 in a 'when' clause with its own agent; "
  "1981; the range lies on the border, coded with the dateline's country; a scorer may accept PER")
E("bj10", "crowds marched to the presidential palace on", A("Ecuadorean demonstrators", "ECU", "CVL"), PER, ["14"], "141",
  "1995-01-28", P("Quito", "ECU"), False, "patriotic rally against Peru 141: optional (a rally of support, coders "
  "split); 'In Quito' names the place")
F("bj10", "The 78-kilometre stretch of border at the", "definition and standing situation")
F("bj10", "It was unclear how many soldiers had", "speculation")

# ---------------------------------------------------------------- bj11 Srinagar, South Asia (India / Kashmir)
S("bj11", "1989-12-14", "South Asia", """
Kashmir militants free minister's daughter after India releases five jailed comrades

SRINAGAR, India —

Kashmiri separatists freed the kidnapped daughter of India's home minister late on Wednesday, hours after the government released five jailed militants whose freedom the kidnappers had demanded.

Rubaiya Sayeed, a 23-year-old medical intern, was handed over to a judge at his home here and later joined her father, Mufti Mohammad Sayeed, who had flown in from New Delhi.

Gunmen of the Jammu and Kashmir Liberation Front seized her on Friday from a minibus as she left a hospital in the city.

In a message to a local newspaper on Saturday, the kidnappers demanded the release of the five men, among them a senior commander of the group.

Government emissaries bargained with the kidnappers through go-betweens from Monday until Wednesday afternoon, officials said.

Thousands of people poured into the streets of Srinagar after the releases, shouting slogans for independence.

Farooq Abdullah, the state's chief minister, had argued against the exchange but was overruled, officials said.

Rajiv Gandhi's Congress party, which lost power in last month's election, accused Prime Minister Vishwanath Pratap Singh's government of giving in to terrorists. Singh said a young woman's life had been at stake.

Kashmir is India's only Muslim-majority state, and Pakistan also claims it. It was unclear whether the release would encourage further kidnappings.
""")
JKLF = A("Jammu and Kashmir Liberation Front", "IND", ["REB", "RAD"])
RUB = A("Rubaiya Sayeed", "IND", "CVL")
IND = A("India", "IND", "GOV")
E("bj11", "Kashmir militants free minister's daughter after India", JKLF, RUB, ["08"], "0841", "1989-12-13", None, False,
  "headline")
E("bj11", "India releases five jailed comrades", IND, JKLF, ["08"], "0841", "1989-12-13", None, False,
  "headline, second event")
E("bj11", "Kashmiri separatists freed the kidnapped daughter of", JKLF, RUB, ["08"], "0841", "1989-12-13", None, True,
  "release of a hostage 0841 (RETREAT); 'late on Wednesday' before a Thursday paper")
E("bj11", "hours after the government released five jailed", IND, JKLF, ["08"], "0841", "1989-12-13", None, True,
  "release of prisoners 0841 in an 'hours after' clause with its own agent; same day; the released men belong to "
  "the group")
E("bj11", "Gunmen of the Jammu and Kashmir Liberation", JKLF, RUB, ["18"], "181", "1989-12-08", P("Srinagar", "IND"), True,
  "abduction 181; 'on Friday' before a Thursday paper = Dec. 8; 'in the city' with the Srinagar dateline")
E("bj11", "the kidnappers demanded the release of the", JKLF, IND, DEMAND, "1053", "1989-12-09", None, True,
  "demand for release 1053 (10/02); 'on Saturday' = Dec. 9")
E("bj11", "Government emissaries bargained with the kidnappers through", IND, JKLF, ["04"], "046", "1989-12", None, True,
  "negotiation 046 through intermediaries; 'from Monday until Wednesday afternoon' is a span: month; 'officials said' "
  "is attribution, undisputed")
E("bj11", "Thousands of people poured into the streets", A("Kashmiri crowds", "IND", ["CVL", "OPP"]), IND, ["14"], "141",
  "1989-12", P("Srinagar", "IND"), False, "celebration with independence slogans, a demonstration coders split on: "
  "optional; 'the streets of Srinagar'")
E("bj11", "had argued against the exchange but was", A("Farooq Abdullah", "IND", "GOV"), IND, ["12"], "120", "1989-12", None,
  False, "objection inside officials' account, agentless overruling: optional")
E("bj11", "accused Prime Minister Vishwanath Pratap Singh's government", A("Congress party", "IND", ["OPP", "PTY"]), IND, ["11"], "112",
  "1989-12", None, True, "accusation 112; the relative about last month's election is no event; month")
F("bj11", "Kashmir is India's only Muslim-majority state, and", "standing situation (a standing claim)")
F("bj11", "It was unclear whether the release would", "speculation")

# ---------------------------------------------------------------- bj12 Wellington, Pacific (France / New Zealand)
S("bj12", "1995-07-10", "Pacific", """
French commandos storm Greenpeace ship off Mururoa; New Zealand and Australia protest

WELLINGTON, New Zealand —

French naval commandos stormed the Greenpeace ship Rainbow Warrior II on Sunday as it sailed into the exclusion zone around Mururoa atoll, firing tear gas into the wheelhouse and detaining the crew.

The boarding came almost exactly ten years after French secret agents sank the first Rainbow Warrior with two bombs in Auckland harbour, killing a photographer.

The French navy said the ship had entered French territorial waters illegally and would be towed away. Greenpeace said commandos had smashed windows and beaten two crew members.

Prime Minister Jim Bolger condemned the raid as heavy-handed and said it would only deepen anger across the Pacific at France's plan to resume nuclear testing.

In Canberra, Foreign Minister Gareth Evans called the boarding an unnecessary use of force.

New Zealand suspended military contacts with France in June, after President Jacques Chirac announced that his country would carry out eight nuclear tests at Mururoa and Fangataufa.

In Papeete, several thousand people marched on Saturday to protest against the tests, the largest demonstration in French Polynesia in years.

France has carried out more than 150 nuclear tests in the South Pacific since 1966. It was not clear whether the crew of the ship would face charges.
""")
FRAMIL = A("French navy", "FRA", "MIL")
GP = A("Greenpeace", None, "NGO")
FRA = A("France", "FRA", "GOV")
E("bj12", "French commandos storm Greenpeace ship off Mururoa;", FRAMIL, GP, ["17", "18"], "171", "1995-07-09", None, False,
  "headline")
E("bj12", "New Zealand and Australia protest", A("New Zealand", "NZL", "GOV"), FRA, ["11"], "111", "1995-07", None, False,
  "headline, second event (first member)")
E("bj12", "stormed the Greenpeace ship Rainbow Warrior II", FRAMIL, GP, ["17", "18"], "171", "1995-07-09",
  P("Mururoa", "PYF"), True, "seizure of a ship 171 (17/18); 'around Mururoa atoll' names the place (French "
  "Polynesia, PYF); 'on Sunday' before a Monday paper; Greenpeace has no country (null/NGO)")
E("bj12", "firing tear gas into the wheelhouse and", FRAMIL, GP, REPR, "175", "1995-07-09", P("Mururoa", "PYF"), False,
  "force used in the boarding, a participle: optional")
E("bj12", "wheelhouse and detaining the crew", FRAMIL, A("Greenpeace crew", None, ["NGO", "CVL"]), ["17"], "173", "1995-07-09",
  P("Mururoa", "PYF"), False, "detention, a participle: optional")
E("bj12", "French secret agents sank the first Rainbow", A("French secret agents", "FRA", ["SPY", "GOV"]), GP, ["18", "17"],
  "183", "1985", P("Auckland", "NZL"), True, "dated background bombing 183 in an 'after' clause with its own agent "
  "('ten years after' = 1985); 'in Auckland harbour' names the place")
E("bj12", "The French navy said the ship had", FRAMIL, GP, ["11"], "112", "1995-07", None, False,
  "accusation of illegal entry, one side's justification: optional")
E("bj12", "Greenpeace said commandos had smashed windows and", FRAMIL, A("Greenpeace crew", None, ["NGO", "CVL"]), ["18"],
  "182", "1995-07-09", None, False, "beating inside one side's account: optional")
E("bj12", "Prime Minister Jim Bolger condemned the raid", A("Jim Bolger", "NZL", "GOV"), FRA, ["11"], "111", "1995-07", None,
  True, "condemnation 111; month")
E("bj12", "Foreign Minister Gareth Evans called the boarding", A("Gareth Evans", "AUS", "GOV"), FRA, ["11"], "111", "1995-07",
  P("Canberra", "AUS"), True, "criticism 111; 'In Canberra' is where he spoke (the city is not an actor here, as "
  "owned35's 'In Washington'); month")
E("bj12", "New Zealand suspended military contacts with France", A("New Zealand", "NZL", "GOV"), FRA, ["16", "17"], "160",
  "1995-06", None, True, "suspending military cooperation 160 (16/17, as owned54 bc12); 'in June'; Chirac's "
  "announcement of tests has no CAMEO code")
E("bj12", "several thousand people marched on Saturday to", A("Tahitian protesters", "PYF", ["CVL", "OPP"]), FRA, ["14"], "141",
  "1995-07-08", P("Papeete", "PYF"), True, "demonstration 141; 'In Papeete' names the place; 'on Saturday' before "
  "a Monday paper")
F("bj12", "France has carried out more than 150", "count and standing situation")
F("bj12", "It was not clear whether the crew", "speculation")

if __name__ == "__main__":
    write(HERE)
