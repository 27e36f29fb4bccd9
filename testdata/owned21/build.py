#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned21 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned21/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
SHOW = ["15", "13", "19"]
BLOCK = ["19", "17", "16"]
MEDIATE = ["04", "03"]
HOSTAGE = ["18", "17"]
RELEASE = ["08"]

# ---------------------------------------------------------------- d01 Khartoum, Africa (Sudan)
S("d01", "2021-10-26", "Africa", """
Sudan's army seizes power and detains Hamdok; troops fire on crowds in Khartoum

KHARTOUM, Sudan —

Sudan's top general, Abdel Fattah al-Burhan, dissolved the transitional government on Monday and declared a state of emergency, hours after soldiers detained Prime Minister Abdalla Hamdok and several of his ministers before dawn.

Troops fired live rounds at crowds who poured into the streets of the capital to oppose the takeover, killing at least seven people, according to a doctors' committee aligned with the protest movement.

Burhan, who had chaired the joint civilian-military Sovereign Council since 2019, said in a televised address that feuding among political factions had left the army no choice. He promised elections in July 2023.

Hamdok's office said he had been taken to an unknown location after refusing to endorse the coup, and called on Sudanese to resist it peacefully.

The Sudanese Professionals Association, which spearheaded the 2019 uprising against Omar al-Bashir, called a general strike and urged its followers to barricade roads until the generals backed down.

Washington froze $700 million in emergency economic assistance, the State Department said. Jeffrey Feltman, the U.S. envoy for the Horn of Africa, who had met Burhan and Hamdok in Khartoum only a day earlier, described the seizure of power as utterly unacceptable.

The African Union's commission chairman, Moussa Faki Mahamat, demanded the immediate release of all detained leaders.

Sudan has been ruled by generals for most of the decades since independence in 1956. Whether the army would let Hamdok return to his post was unclear.
""")
BURHAN = A("Abdel Fattah al-Burhan", "SDN", ["MIL", "GOV"])
SDNM = A("Sudanese army", "SDN", "MIL")
SDNG = A("Sudan's transitional government", "SDN", "GOV")
HAMDOK = A("Abdalla Hamdok", "SDN", "GOV")
SDNP = A("Sudanese protesters", "SDN", ["CVL", "OPP"])
SPA = A("Sudanese Professionals Association", "SDN", ["LAB", "CVL", "OPP"])
FELT = A("Jeffrey Feltman", "USA", "GOV")
E("d01", "Sudan's army seizes power and detains Hamdok", SDNM, SDNG, COUP, "1724", "2021-10-25", None, False, "headline")
E("d01", "Sudan's army seizes power and detains Hamdok", SDNM, HAMDOK, REPR, "173", "2021-10-25", None, False,
  "headline, second event")
E("d01", "dissolved the transitional government on Monday and", BURHAN, SDNG, COUP, "1724", "2021-10-25", None, True,
  "dissolving the government he shared power with: a declared takeover 1724 (17/19), news-dev; Monday in a Tuesday paper")
E("d01", "dissolved the transitional government on Monday and", BURHAN, A("Sudan", "SDN", None), COUP, "1724",
  "2021-10-25", None, False, "declared emergency, second verb, self-directed (target the country): optional, as k01")
E("d01", "hours after soldiers detained Prime Minister Abdalla", SDNM, HAMDOK, REPR, "173", "2021-10-25", None, True,
  "detention inside an 'hours after' clause with its own agent; before dawn on the Monday")
E("d01", "hours after soldiers detained Prime Minister Abdalla", SDNM, A("Sudanese ministers", "SDN", "GOV"), REPR, "173",
  "2021-10-25", None, False, "second member of the compound object: optional")
E("d01", "Troops fired live rounds at crowds who", SDNM, SDNP, REPR, "175", "2021-10", P("Khartoum", "SDN"), True,
  "live fire on protesters 175 (17/18); unnamed troops are the story's country's; 'the streets of the capital' = "
  "Khartoum; the doctors' count is attribution, nobody disputes the shooting; no day of its own: month")
E("d01", "feuding among political factions had left the", BURHAN, A("Sudanese political factions", "SDN", ["PTY", "GOV"]),
  ["11"], "112", "2021-10", None, False, "blame inside a justification: optional")
E("d01", "after refusing to endorse the coup, and", HAMDOK, SDNM, ["12"], "120", "2021-10", None, False,
  "refusal reported by his own office inside an 'after' clause: optional (account of one side)")
E("d01", "called a general strike and urged its", SPA, SDNM, ["14"], "143", "2021-10", None, True,
  "a general strike called against the generals 143 (PROTEST); no day: month")
E("d01", "which spearheaded the 2019 uprising against Omar", SPA, A("Omar al-Bashir", "SDN", "GOV"), ["14"], "141", "2019",
  None, True, "dated background protest inside a relative clause with its own agent: required; 'the 2019 uprising': year")
E("d01", "Washington froze $700 million in emergency economic", A("United States", "USA", "GOV"), SDNG, SANCT, "1621",
  "2021-10", None, True, "halt to economic aid 1621 (16/17); 'Washington' = the United States; the target is Sudan's "
  "government (the aid went to the transition); no day: month")
E("d01", "who had met Burhan and Hamdok in", FELT, BURHAN, ["04"], "040", "2021-10-24", P("Khartoum", "SDN"), True,
  "meeting in a relative clause, 'a day earlier' than Monday; the clause names Khartoum; first member required")
E("d01", "who had met Burhan and Hamdok in", FELT, HAMDOK, ["04"], "040", "2021-10-24", P("Khartoum", "SDN"), False,
  "second member of the compound object: optional")
E("d01", "described the seizure of power as utterly", FELT, SDNM, ["11"], "111", "2021-10", None, False,
  "criticism, second U.S. reaction after the aid freeze: optional")
E("d01", "demanded the immediate release of all detained", A("Moussa Faki Mahamat", "AFR", "IGO"), SDNM, DEMAND, "1053",
  "2021-10", None, False, "single outside reaction: optional; AU as AFR/IGO (news-dev)")
F("d01", "Sudan has been ruled by generals for", "standing situation")
F("d01", "Whether the army would let Hamdok return", "speculation")

# ---------------------------------------------------------------- d02 Nairobi, Africa (Kenya)
S("d02", "2017-09-02", "Africa", """
Kenya's Supreme Court annuls Kenyatta's re-election and orders a new vote

NAIROBI, Kenya —

Kenya's Supreme Court on Friday nullified President Uhuru Kenyatta's victory in last month's election and ordered a fresh poll within 60 days, ruling that the electoral commission had failed to run the vote in line with the constitution.

Chief Justice David Maraga, reading the verdict backed by four of the six judges, said irregularities had compromised the integrity of the count. Two judges dissented.

Opposition leader Raila Odinga, who had challenged the result in court after the Aug. 8 vote, hailed a historic day for the people of Kenya. His supporters danced in the streets of Kibera, a Nairobi slum, and of Kisumu.

Kenyatta said in a televised address that he disagreed with the ruling but would respect it, and appealed for calm. Hours later, speaking to supporters at a Nairobi market, he branded the judges "wakora", or crooks, and warned that the court would be dealt with after the repeat vote.

Odinga demanded that the commission's top officials be sacked and prosecuted before any new ballot. Its chairman, Wafula Chebukati, said some staff would be replaced.

Police shot dead at least 24 people in opposition strongholds in the days after the August poll, the state-funded Kenya National Commission on Human Rights said last month. International monitors, among them former U.S. Secretary of State John Kerry, had described the vote as largely credible.

Kenya is East Africa's largest economy. It was not clear whether the commission could organise a new poll in two months.
""")
KENJ = A("Kenya's Supreme Court", "KEN", "JUD")
UHURU = A("Uhuru Kenyatta", "KEN", "GOV")
ODINGA = A("Raila Odinga", "KEN", ["OPP", "PTY"])
IEBC = A("Kenya's electoral commission", "KEN", "GOV")
KENCOP = A("Kenyan police", "KEN", "COP")
E("d02", "Kenya's Supreme Court annuls Kenyatta's re-election and", KENJ, UHURU, ["17", "12", "11"], "172", "2017-09-01",
  None, False, "headline")
E("d02", "Kenya's Supreme Court on Friday nullified President", KENJ, UHURU, ["17", "12", "11"], "172", "2017-09-01", None,
  True, "a court annulling the president's election: stripping a result 172, as removal by impeachment in owned13 (k09); "
  "tolerant 17/12/11 where coders split (court verdicts 17/11 in news-dev, annulment 12 in owned13); Friday in a "
  "Saturday paper")
E("d02", "ruling that the electoral commission had failed", KENJ, IEBC, ["11"], "112", "2017-09-01", None, False,
  "finding against the commission inside the ruling: optional")
E("d02", "who had challenged the result in court", ODINGA, UHURU, ["11"], "115", "2017-08", None, True,
  "legal challenge 115 in a relative clause with its own agent, 'after the Aug. 8 vote': month")
E("d02", "hailed a historic day for the people", ODINGA, KENJ, ["05"], "051", "2017-09", None, True,
  "praise of the ruling, target the court; no day in the sentence: month")
E("d02", "that he disagreed with the ruling but", UHURU, KENJ, ["12", "08"], "120", "2017-09", None, False,
  "disagreement coupled with acceptance ('would respect it'): optional, coders split between rejection and yielding")
E("d02", 'he branded the judges "wakora", or crooks', UHURU, KENJ, ["11"], "111", "2017-09-01",
  P("Nairobi", "KEN"), True, "insult/criticism of the judges 111; 'Hours later' after the Friday address; 'a Nairobi "
  "market' gives Nairobi")
E("d02", "warned that the court would be dealt", UHURU, KENJ, ["13"], "130", "2017-09-01", P("Nairobi", "KEN"), True,
  "threat against the court, second verb with its own object clause: required; same time and place")
E("d02", "Odinga demanded that the commission's top officials", ODINGA, IEBC, DEMAND, "1041", "2017-09", None, True,
  "demand that officials be removed 1041 (10/02); no day: month")
E("d02", "said some staff would be replaced", A("Wafula Chebukati", "KEN", "GOV"), ODINGA, ["08"], "081", "2017-09",
  None, False, "promised concession put as an intention: optional")
E("d02", "Police shot dead at least 24 people", KENCOP, A("Kenyan opposition supporters", "KEN", ["CVL", "OPP"]), REPR,
  "175", "2017-08", None, True, "killing of protesters 175 (17/18), dated background 'in the days after the August "
  "poll'; the rights commission is state-funded and its count undisputed here; 'opposition strongholds' no place")
E("d02", "had described the vote as largely credible", A("John Kerry", "USA", ["ELI", "NGO"]), IEBC, ["05"], "051",
  "2017-08", None, False, "outside monitors' endorsement, background: optional")
F("d02", "Kenya is East Africa's largest economy", "standing situation")
F("d02", "It was not clear whether the commission", "speculation")

# ---------------------------------------------------------------- d03 Doha, Middle East (Gaza / Israel / Qatar)
S("d03", "2023-11-25", "Middle East", """
Hamas frees 24 captives as Qatar-brokered truce takes hold in Gaza

DOHA, Qatar —

Hamas handed 24 hostages to the Red Cross on Friday, the first captives to go free under a four-day truce that Qatar negotiated with help from Egypt and the United States, a Qatari foreign ministry spokesman said here.

The group released 13 Israeli women and children, 10 Thai farm workers and a Filipino caregiver. Hours later, Israel set free 39 Palestinian women and teenagers from its prisons, many of whom had been held without charge.

The truce began at dawn on Friday after seven weeks of war that followed the Oct. 7 assault on southern Israel, in which Hamas gunmen killed about 1,200 people and took some 240 back to Gaza.

Majed al-Ansari, the spokesman, told reporters the pause had largely held and that the mediators hoped to stretch it further. Egypt let about 200 lorries of food, medicine and fuel cross into Gaza during the day, the United Nations said.

Thailand's prime minister, Srettha Thavisin, thanked Iran, saying the Thai workers had been freed under a separate arrangement that Tehran helped broker.

In Tel Aviv, Prime Minister Benjamin Netanyahu vowed that the army would resume its offensive once the pause expired and would not stop until Hamas was destroyed.

Some 2.3 million people live in the narrow coastal strip. Whether the two sides could agree to extend the truce beyond Monday was unclear.
""")
HAMAS = A("Hamas", "PSE", ["REB", "GOV"])
ISRH = A("Israeli hostages", "ISR", ["CVL", "GOV"])
ISR = A("Israel", "ISR", "GOV")
QAT = A("Qatar", "QAT", "GOV")
E("d03", "Hamas frees 24 captives as Qatar-brokered truce", HAMAS, ISRH, RELEASE, "0841", "2023-11-24", None, False,
  "headline")
E("d03", "Hamas handed 24 hostages to the Red", HAMAS, ISRH, RELEASE, "0841", "2023-11-24", None, True,
  "release of hostages 0841; target the hostages' side (most are Israeli, the deal is with Israel); 'on Friday' in a "
  "Saturday paper; the Red Cross is the channel, not the target")
E("d03", "truce that Qatar negotiated with help from", QAT, HAMAS, MEDIATE, "045", "2023-11", None, False,
  "mediation in a relative clause without a date of its own: optional; restated by 'the mediators'")
E("d03", "The group released 13 Israeli women and", HAMAS, ISRH, RELEASE, "0841", "2023-11-24", None, False,
  "restatement of the lead with the groups named, first member: optional")
E("d03", "The group released 13 Israeli women and", HAMAS, A("Thai hostages", "THA", "CVL"), RELEASE, "0841",
  "2023-11-24", None, False, "second member: optional")
E("d03", "The group released 13 Israeli women and", HAMAS, A("Filipino hostage", "PHL", "CVL"), RELEASE, "0841",
  "2023-11-24", None, False, "third member: optional")
E("d03", "Israel set free 39 Palestinian women and", ISR, A("Palestinian prisoners", "PSE", "CVL"), RELEASE, "0841",
  "2023-11-24", None, True, "release of prisoners 0841; 'Hours later' after Friday")
E("d03", "Israel set free 39 Palestinian women and", ISR, A("Palestinian prisoners", "PSE", "CVL"), REPR, "173",
  "2023-11", None, False, "'had been held without charge', agentless background detention in a relative: optional")
E("d03", "in which Hamas gunmen killed about 1,200", HAMAS, ISR, ATTACK, "180", "2023-10-07", None, True,
  "dated background attack inside a relative clause with its own agent; 'the Oct. 7 assault'; 'southern Israel' is "
  "a region, no place")
E("d03", "in which Hamas gunmen killed about 1,200", HAMAS, A("Israeli civilians", "ISR", "CVL"), HOSTAGE, "181",
  "2023-10-07", None, True, "'took some 240 back to Gaza': hostage-taking 181 (18/17), second verb with the same agent "
  "and date")
E("d03", "Egypt let about 200 lorries of food", A("Egypt", "EGY", "GOV"), A("Gaza", "PSE", None), ["07", "08"], "073",
  "2023-11-24", None, True, "letting aid through 073 (07/08: coders split with 0863 allowing access); 'during the day' "
  "= the Friday; 'into Gaza' a destination, no place; Gaza as premises, sector null")
E("d03", "Srettha Thavisin, thanked Iran, saying the Thai", A("Srettha Thavisin", "THA", "GOV"), A("Iran", "IRN", "GOV"),
  ["05"], "051", "2023-11", None, False, "single outside reaction: optional")
E("d03", "separate arrangement that Tehran helped broker", A("Iran", "IRN", "GOV"), HAMAS, MEDIATE, "045", "2023-11",
  None, False, "mediation inside a relative clause within reported speech, no date: optional; 'Tehran' = Iran")
E("d03", "Netanyahu vowed that the army would resume", A("Benjamin Netanyahu", "ISR", "GOV"), HAMAS, ["13"], "138",
  "2023-11", P("Tel Aviv", "ISR"), True, "threat of renewed military force 138; 'In Tel Aviv' names the place; no day: "
  "month")
F("d03", "Some 2.3 million people live in the", "standing situation")
F("d03", "Whether the two sides could agree to", "speculation")

# ---------------------------------------------------------------- d04 Tehran, Middle East (Iran / U.S.)
S("d04", "2022-09-23", "Middle East", """
Iran curbs internet as protests over woman's death spread; U.S. blacklists morality police

TEHRAN, Iran —

Iranian authorities cut mobile internet service in parts of Tehran and blocked Instagram and WhatsApp on Wednesday, as protests over the death of a young woman in the custody of the morality police spread to dozens of cities.

Mahsa Amini, a 22-year-old Kurdish woman, died on Sept. 16, three days after she was arrested by the morality police in Tehran for allegedly wearing her headscarf too loosely. Her family has accused officers of beating her in a police van, which the police deny.

On Wednesday night crowds in the capital chanted against the clerical leadership and set fire to police motorcycles, while women in several cities burned their headscarves in the streets. Riot police used tear gas and batons to break up the gatherings, witnesses said.

State television said 17 people, including members of the security forces, had died since the unrest began.

The U.S. Treasury imposed sanctions on the morality police on Thursday over what it called abuse and violence against Iranian women, and also blacklisted seven senior security officials.

President Ebrahim Raisi, who had telephoned Amini's family to promise an inquiry, told a news conference in New York that Western governments applied double standards on human rights.

Hengaw, a Kurdish rights group based in Norway, said security forces had fired live rounds at protesters in towns of the Kurdish northwest.

It was not clear how many people had been detained.
""")
IRNG = A("Iranian authorities", "IRN", "GOV")
IRNP = A("Iranian protesters", "IRN", ["CVL", "OPP"])
MORAL = A("Iran's morality police", "IRN", "COP")
IRNCOP = A("Iranian riot police", "IRN", "COP")
E("d04", "Iran curbs internet as protests over woman's", IRNG, IRNP, ["17"], "1721", "2022-09-21", None, False, "headline")
E("d04", "U.S. blacklists morality police", A("United States", "USA", "GOV"), MORAL, SANCT, "163", "2022-09-22", None,
  False, "headline, second event")
E("d04", "Iranian authorities cut mobile internet service in", IRNG, IRNP, ["17"], "1721", "2022-09-21",
  P("Tehran", "IRN"), True, "cutting the internet to hinder protest: restriction of political freedoms 1721; Wednesday "
  "in a Friday paper; 'parts of Tehran' names the city")
E("d04", "three days after she was arrested by", MORAL, A("Mahsa Amini", "IRN", "CVL"), REPR, "173", "2022-09-13",
  P("Tehran", "IRN"), True, "dated background arrest, passive with its agent ('by the morality police'); three days "
  "before Sept. 16; the clause names Tehran")
E("d04", "Her family has accused officers of beating", A("Mahsa Amini's family", "IRN", "CVL"), MORAL, ["11"], "112",
  "2022-09", None, True, "accusation by the family; the beating itself is inside the accusation (not coded)")
E("d04", "which the police deny", MORAL, A("Mahsa Amini's family", "IRN", "CVL"), DENY, "016", "2022-09", None, False,
  "denial in a relative clause: optional")
E("d04", "crowds in the capital chanted against the", IRNP, IRNG, VPROT, "145", "2022-09-21", P("Tehran", "IRN"), True,
  "protest with arson of police vehicles 145 (14/18/17); 'Wednesday night'; 'the capital' = Tehran (here)")
E("d04", "Riot police used tear gas and batons", IRNCOP, IRNP, REPR, "175", "2022-09", None, True,
  "tear gas and batons on crowds 175 (17/18); 'witnesses said' reports an act nobody disputes here; no day of its "
  "own (the gatherings span several cities): month")
E("d04", "The U.S. Treasury imposed sanctions on the", A("U.S. Treasury", "USA", "GOV"), MORAL, SANCT, "163",
  "2022-09-22", None, True, "sanctions 163 (16/17); Thursday")
E("d04", "The U.S. Treasury imposed sanctions on the", A("U.S. Treasury", "USA", "GOV"), MORAL, ["11"], "112",
  "2022-09-22", None, False, "the reasons given ('what it called abuse and violence'): optional accusation")
E("d04", "and also blacklisted seven senior security officials", A("U.S. Treasury", "USA", "GOV"),
  A("Iranian security officials", "IRN", ["COP", "GOV"]), SANCT, "163", "2022-09-22", None, False,
  "second target of the same measure: optional")
E("d04", "told a news conference in New York", A("Ebrahim Raisi", "IRN", "GOV"), A("Western governments", None, "GOV"),
  ["11"], "112", "2022-09", P("New York", "USA"), True, "counter-accusation against Western governments; the clause "
  "names New York; no day: month")
E("d04", "who had telephoned Amini's family to promise", A("Ebrahim Raisi", "IRN", "GOV"),
  A("Mahsa Amini's family", "IRN", "CVL"), ["03", "04"], "030", "2022-09", None, False,
  "undated promise in a relative clause: optional")
E("d04", "said security forces had fired live rounds", A("Iranian security forces", "IRN", ["COP", "MIL"]), IRNP, REPR,
  "175", "2022-09", None, False, "act inside the account of an advocacy group, disputed by the authorities: optional")
F("d04", "State television said 17 people, including members", "casualty count")
F("d04", "It was not clear how many people", "speculation")

# ---------------------------------------------------------------- d05 Taipei, Asia (China / Taiwan / U.S.)
S("d05", "2022-08-06", "Asia", """
China sanctions Pelosi and halts climate talks with U.S. as drills ring Taiwan

TAIPEI, Taiwan —

China imposed sanctions on U.S. House Speaker Nancy Pelosi and her immediate family on Friday and suspended talks with Washington on climate change and military matters, widening its response to her visit to the island this week.

Pelosi, who met President Tsai Ing-wen here on Wednesday, was the most senior American official to travel to Taiwan in 25 years.

Chinese warships and aircraft crossed the median line of the Taiwan Strait on Friday, Taiwan's defence ministry said, a day after the People's Liberation Army fired ballistic missiles into waters around the island. Five of the missiles landed in Japan's exclusive economic zone, and Tokyo lodged a protest.

Earlier in the week Beijing halted imports of citrus fruit and frozen fish from Taiwan and stopped shipments of natural sand to the island.

China's vice foreign minister, Xie Feng, had summoned Ambassador Nicholas Burns late on Tuesday, as Pelosi's plane landed, to lodge a stern protest.

Joanne Ou, a spokeswoman for Taiwan's foreign ministry, accused Beijing of using the visit as a pretext for drills it had long planned.

Speaking in Phnom Penh, Secretary of State Antony Blinken called the missile launches a significant escalation and urged China to pull back.

Taiwan has been governed separately from the mainland since 1949. Whether Beijing would extend the exercises beyond Sunday was unclear.
""")
CHN = A("China", "CHN", "GOV")
CHNM = A("Chinese military", "CHN", "MIL")
TWN = A("Taiwan", "TWN", "GOV")
PELOSI = A("Nancy Pelosi", "USA", ["LEG", "GOV"])
USA = A("United States", "USA", "GOV")
E("d05", "China sanctions Pelosi and halts climate talks", CHN, PELOSI, SANCT, "163", "2022-08-05", None, False,
  "headline")
E("d05", "China sanctions Pelosi and halts climate talks", CHN, USA, ["16"], "164", "2022-08-05", None, False,
  "headline, second event")
E("d05", "China imposed sanctions on U.S. House Speaker", CHN, PELOSI, SANCT, "163", "2022-08-05", None, True,
  "sanctions on a person 163 (16/17); Friday in a Saturday paper")
E("d05", "China imposed sanctions on U.S. House Speaker", CHN, A("Pelosi's family", "USA", "CVL"), SANCT, "163",
  "2022-08-05", None, False, "second member of the compound object: optional")
E("d05", "suspended talks with Washington on climate change", CHN, USA, ["16", "12"], "164", "2022-08-05", None, True,
  "halting negotiations 164 (16/12); 'Washington' = the United States; second verb with its own object: required")
E("d05", "who met President Tsai Ing-wen here on", PELOSI, A("Tsai Ing-wen", "TWN", "GOV"), ["04"], "040", "2022-08-03",
  P("Taipei", "TWN"), True, "meeting in a relative clause, 'here on Wednesday': Taipei, 3 Aug")
E("d05", "Chinese warships and aircraft crossed the median", CHNM, TWN, SHOW, "150", "2022-08-05", None, True,
  "show of force 150 (15/13/19); the Taiwanese ministry's report is undisputed; Friday")
E("d05", "the People's Liberation Army fired ballistic missiles", CHNM, TWN, SHOW, "150", "2022-08-04", None, True,
  "missile firing in drills, 'a day after' Friday: 4 Aug; 150 with 13/19 accepted (a live-fire show of force, not an "
  "attack)")
E("d05", "and Tokyo lodged a protest", A("Japan", "JPN", "GOV"), CHN, ["11"], "114", "2022-08", None, False,
  "single outside reaction: optional; 'Tokyo' = Japan")
E("d05", "Beijing halted imports of citrus fruit and", CHN, TWN, SANCT, "163", "2022-08", None, True,
  "trade embargo 163 (16/17); 'Earlier in the week' without a day: month; 'Beijing' = China")
E("d05", "had summoned Ambassador Nicholas Burns late on", A("Xie Feng", "CHN", "GOV"),
  A("Nicholas Burns", "USA", "GOV"), ["11"], "114", "2022-08-02", None, True,
  "summoning an envoy to protest 114 (news-dev); 'late on Tuesday'")
E("d05", "accused Beijing of using the visit as", A("Joanne Ou", "TWN", "GOV"), CHN, ["11"], "112", "2022-08", None,
  True, "accusation by the foreign ministry's spokeswoman; no day: month")
E("d05", "called the missile launches a significant escalation", A("Antony Blinken", "USA", "GOV"), CHN, ["11"], "111",
  "2022-08", P("Phnom Penh", "KHM"), False, "criticism by a party to the row; optional as a reaction (the U.S. events "
  "that count are the ones done to it); the clause names Phnom Penh")
E("d05", "and urged China to pull back", A("Antony Blinken", "USA", "GOV"), CHN, DEMAND, "1056", "2022-08",
  P("Phnom Penh", "KHM"), False, "call for de-escalation 1056, second verb: optional")
F("d05", "Taiwan has been governed separately from the", "standing situation")
F("d05", "Whether Beijing would extend the exercises beyond", "speculation")

# ---------------------------------------------------------------- d06 Seoul, Asia (North / South Korea)
S("d06", "2020-06-17", "Asia", """
North Korea spurns Moon's envoy offer a day after blowing up liaison office

SEOUL, South Korea —

North Korea said on Wednesday it would send troops back into two zones along the border that it had once opened to joint projects with the South, a day after it blew up an inter-Korean liaison office in the border town of Kaesong.

Kim Yo Jong, the powerful sister of leader Kim Jong Un, brushed aside an offer by President Moon Jae-in to dispatch two special envoys to Pyongyang, calling the proposal tactless and sinister, the state news agency KCNA reported.

Yoon Do-han, Moon's press secretary, denounced her remarks as rude and senseless and said Seoul would no longer put up with such behaviour.

South Korea's military had warned on Tuesday that it would respond strongly to any armed provocation.

The four-storey office opened in 2018 and cost the South about 17 billion won to renovate.

Relations have soured since the North severed all communication lines with the South on June 9, complaining about propaganda leaflets that defectors float across the border on balloons. The unification ministry in Seoul lodged a complaint with police last week against two defector groups, including one led by Park Sang-hak, a former North Korean propaganda writer.

Park said his group would keep sending the leaflets regardless.

It was unclear when the troops would move.
""")
PRK = A("North Korea", "PRK", ["GOV", "MIL"])
KOR = A("South Korea", "KOR", "GOV")
KYJ = A("Kim Yo Jong", "PRK", "GOV")
DEFECT = A("North Korean defector groups", "KOR", ["NGO", "CVL"])
E("d06", "North Korea spurns Moon's envoy offer a", KYJ, A("Moon Jae-in", "KOR", "GOV"), ["12"], "125", "2020-06-17",
  None, False, "headline")
E("d06", "a day after blowing up liaison office", PRK, KOR, ["17", "18"], "1712", "2020-06-16", None, False,
  "headline, second event")
E("d06", "it would send troops back into two", PRK, KOR, ["13", "15"], "138", "2020-06-17", None, True,
  "announced redeployment of troops to the border zones: threat of military force 138 (13/15); Wednesday, the "
  "publication day")
E("d06", "a day after it blew up an", PRK, KOR, ["17", "18"], "1712", "2020-06-16", P("Kaesong", "PRK"), True,
  "destroying the joint office 1712 (17/18), as owned12's demolitions; 'a day after' Wednesday; the clause names "
  "Kaesong")
E("d06", "brushed aside an offer by President Moon", KYJ, A("Moon Jae-in", "KOR", "GOV"), ["12"], "125", "2020-06",
  None, True, "rejection of a proposal to meet 125; KCNA's report is the North's own; no day: month")
E("d06", "brushed aside an offer by President Moon", A("Moon Jae-in", "KOR", "GOV"), PRK, ["03", "04"], "036",
  "2020-06", None, False, "nominal offer to send envoys (offer to meet 036), undated: optional")
E("d06", "denounced her remarks as rude and senseless", A("Yoon Do-han", "KOR", "GOV"), KYJ, ["11"], "111", "2020-06",
  None, True, "criticism; 'her' = Kim Yo Jong; no day: month")
E("d06", "said Seoul would no longer put up", A("Yoon Do-han", "KOR", "GOV"), PRK, ["13"], "130", "2020-06", None, False,
  "veiled warning, second verb: optional")
E("d06", "South Korea's military had warned on Tuesday", A("South Korean military", "KOR", "MIL"), PRK, ["13"], "130",
  "2020-06-16", None, True, "warning that it would respond 130 (owned13's k12); 'on Tuesday'")
E("d06", "since the North severed all communication lines", PRK, KOR, ["16"], "161", "2020-06-09", None, True,
  "cutting communication lines = reducing relations 161 (owned11's y06); 'on June 9'")
E("d06", "complaining about propaganda leaflets that defectors float", PRK, DEFECT, ["11"], "111", "2020-06-09", None,
  False, "the complaint that goes with the cut: optional")
E("d06", "The unification ministry in Seoul lodged a", A("South Korea's unification ministry", "KOR", "GOV"), DEFECT,
  ["11", "17"], "115", "2020-06", None, True, "criminal complaint against the groups 115 (11/17); 'last week' "
  "without a day: month")
E("d06", "Park said his group would keep sending", A("Park Sang-hak", "KOR", ["NGO", "CVL"]), PRK, ["12", "14"], "120",
  "2020-06", None, False, "defiance put as an intention: optional")
F("d06", "The four-storey office opened in 2018 and", "cost and history of the building")
F("d06", "It was unclear when the troops would", "speculation")

# ---------------------------------------------------------------- d07 Belgrade, Europe (Serbia / Kosovo)
S("d07", "2023-09-25", "Europe/Eurasia", """
Kosovo blames Belgrade after gunmen kill policeman and hole up in monastery

BELGRADE, Serbia —

President Aleksandar Vucic on Monday rejected accusations that Serbia had a hand in a gun battle in northern Kosovo, and declared a day of mourning for three ethnic Serb gunmen killed by Kosovo police.

About 30 masked men armed with rifles and rocket launchers ambushed a Kosovo police patrol near the village of Banjska before dawn on Sunday, killing a police sergeant, Afrim Bunjaku, and wounding another officer.

The attackers then barricaded themselves inside a Serbian Orthodox monastery in the village, where special police units fought them for most of the day. Pilgrims were trapped inside.

Kosovo's prime minister, Albin Kurti, accused Belgrade of organising, financing and arming the group, calling its members professionals backed by the Serbian state.

Vucic, speaking in Belgrade late on Sunday, condemned the killing of the officer but blamed Kurti for the violence, saying local Serbs had been driven to revolt by months of pressure.

Xhelal Svecla, Kosovo's interior minister, said police had seized a large cache of weapons and armoured vehicles near the monastery and had arrested several suspects.

The European Union's foreign policy chief, Josep Borrell, condemned the hideous attack and pressed Serbia to help bring those responsible to justice.

Some 50,000 Serbs live in the four northern municipalities. It was unclear whether the remaining gunmen had slipped across the boundary into Serbia.
""")
VUCIC = A("Aleksandar Vucic", "SRB", "GOV")
SRB = A("Serbia", "SRB", "GOV")
KURTI = A("Albin Kurti", "XKX", "GOV")
KOSCOP = A("Kosovo police", "XKX", "COP")
GUNMEN = A("Serb gunmen", None, ["UAF", "REB"])
E("d07", "Kosovo blames Belgrade after gunmen kill policeman", A("Kosovo", "XKX", "GOV"), SRB, ["11"], "112",
  "2023-09", None, False, "headline")
E("d07", "after gunmen kill policeman and hole up", GUNMEN, KOSCOP, ATTACK, "180", "2023-09-24", None, False,
  "headline, second event")
E("d07", "rejected accusations that Serbia had a hand", VUCIC, A("Kosovo", "XKX", "GOV"), DENY, "016", "2023-09-25", None,
  True, "denial of involvement 016 (01/12); the accusers are Kosovo's leaders; Monday, the publication day")
E("d07", "three ethnic Serb gunmen killed by Kosovo", KOSCOP, GUNMEN, FORCE, "190", "2023-09-24", None, False,
  "passive with its agent inside the lead: restatement of the siege detailed below, optional")
E("d07", "ambushed a Kosovo police patrol near the", GUNMEN, KOSCOP, ATTACK, "180", "2023-09-24", P("Banjska", "XKX"),
  True, "armed ambush 180 (18/19/20); 'before dawn on Sunday'; the clause names Banjska; the gunmen are ethnic Serbs "
  "whose backing is disputed, so no state (news-dev's unnamed gunmen: country null)")
E("d07", "where special police units fought them for", KOSCOP, GUNMEN, FORCE, "190", "2023-09-24", P("Banjska", "XKX"),
  True, "armed clash 190 (19/18); 'in the village' = Banjska; the Sunday")
E("d07", "accused Belgrade of organising, financing and arming", KURTI, SRB, ["11"], "112", "2023-09", None, True,
  "accusation; 'Belgrade' = Serbia; no day: month")
E("d07", "condemned the killing of the officer but", VUCIC, GUNMEN, ["11"], "111", "2023-09-24", P("Belgrade", "SRB"),
  False, "condemnation hedged by the blame that follows: optional; 'late on Sunday', 'in Belgrade'")
E("d07", "but blamed Kurti for the violence, saying", VUCIC, KURTI, ["11"], "112", "2023-09-24", P("Belgrade", "SRB"),
  True, "counter-accusation; 'late on Sunday'; 'speaking in Belgrade' names the place")
E("d07", "had arrested several suspects", KOSCOP, A("Serb suspects", None, ["UAF", "CVL"]), REPR, "173", "2023-09",
  None, True, "arrests reported by the interior minister and not disputed; no day: month")
E("d07", "police had seized a large cache of", KOSCOP, GUNMEN, ["17"], "1711", "2023-09", None, False,
  "confiscation of weapons 1711: optional")
E("d07", "condemned the hideous attack and pressed Serbia", A("Josep Borrell", "EUR", "IGO"), GUNMEN, ["11"], "111",
  "2023-09", None, False, "single outside reaction: optional")
E("d07", "and pressed Serbia to help bring those", A("Josep Borrell", "EUR", "IGO"), SRB, DEMAND, "1013", "2023-09",
  None, False, "demand for judicial cooperation 1013, second verb of an outside reaction: optional")
F("d07", "Some 50,000 Serbs live in the four", "standing situation")
F("d07", "It was unclear whether the remaining gunmen", "speculation")

# ---------------------------------------------------------------- d08 Tashkent, Europe/Eurasia (Kyrgyzstan / Uzbekistan / Russia)
S("d08", "2010-06-14", "Europe/Eurasia", """
Uzbekistan shuts border to refugees as ethnic killings rage in southern Kyrgyzstan

TASHKENT, Uzbekistan —

Uzbekistan closed its frontier on Monday to ethnic Uzbeks fleeing mob violence in southern Kyrgyzstan, after taking in some 75,000 people since Friday, Deputy Prime Minister Abdulla Aripov told reporters here.

Aripov said the camps set up in the Andijan region had no room left and appealed for international help to feed and shelter the refugees.

Kyrgyzstan's interim leader, Roza Otunbayeva, asked Russia on Saturday to send troops to restore order, but the Kremlin said the bloodshed was an internal matter and declined for now.

Gangs of young Kyrgyz men armed with hunting rifles and iron bars have torched Uzbek neighbourhoods in Osh, the country's second city, according to refugees and rights workers. The official death toll passed 100 on Monday, and aid workers said the true figure was likely much higher.

The interim government gave police and troops the right to shoot to kill in the riot zones and imposed a round-the-clock curfew in Osh.

It accused relatives of the ousted president, Kurmanbek Bakiyev, of stoking the violence to wreck a constitutional referendum due on June 27. Bakiyev, who is in exile in Belarus, denied any involvement.

The U.N. refugee agency said it had begun flying tents and blankets to Andijan for the camps.

Ethnic Uzbeks make up about a seventh of Kyrgyzstan's 5.3 million people.
""")
UZB = A("Uzbekistan", "UZB", "GOV")
KGZREF = A("Kyrgyz refugees", "KGZ", ["REF", "CVL"])
KGZG = A("Kyrgyzstan's interim government", "KGZ", "GOV")
OTUN = A("Roza Otunbayeva", "KGZ", "GOV")
RUS = A("Russia", "RUS", "GOV")
BAKF = A("Bakiyev's relatives", "KGZ", ["OPP", "ELI"])
E("d08", "Uzbekistan shuts border to refugees as ethnic", UZB, KGZREF, BLOCK, "191", "2010-06-14", None, False, "headline")
E("d08", "Uzbekistan closed its frontier on Monday to", UZB, KGZREF, BLOCK, "191", "2010-06-14", None, True,
  "border closure to refugees: restricting movement 191 (19/17/16, as owned11's y01); Monday, the publication day")
E("d08", "after taking in some 75,000 people since", UZB, KGZREF, ["07"], "075", "2010-06", None, True,
  "taking in refugees 075 (grant asylum) in an 'after' clause with its own agent; 'since Friday': a span, month")
E("d08", "appealed for international help to feed and", A("Abdulla Aripov", "UZB", "GOV"),
  A("international community", None, ["IGO", "GOV"]), ["02", "10"], "0233", "2010-06", None, False,
  "appeal for humanitarian aid to no named party: optional")
E("d08", "asked Russia on Saturday to send troops", OTUN, RUS, DEMAND, "0232", "2010-06-12", None, True,
  "request for military help 0232 (owned13's k01); 'on Saturday' in a Monday paper")
E("d08", "the Kremlin said the bloodshed was an", RUS, KGZG, ["12"], "1212", "2010-06", None, True,
  "refusal of military aid 1212 ('declined for now', a stated refusal); 'the Kremlin' = Russia; same day not stated: "
  "month")
E("d08", "Gangs of young Kyrgyz men armed with", A("Kyrgyz mobs", "KGZ", "CVL"), A("ethnic Uzbeks", "KGZ", "CVL"),
  ATTACK, "180", "2010-06", P("Osh", "KGZ"), True, "mob arson attacks 180 (18/19/20); the account of refugees and rights "
  "workers is the story's core and nobody disputes the burning; the clause names Osh; month")
E("d08", "gave police and troops the right to", KGZG, A("Kyrgyz rioters", "KGZ", "CVL"), ["13", "17"], "138", "2010-06",
  P("Osh", "KGZ"), False, "shoot-to-kill order as a threat of force: optional")
E("d08", "imposed a round-the-clock curfew in Osh", KGZG, A("Osh residents", "KGZ", "CVL"), ["17"], "1723", "2010-06",
  P("Osh", "KGZ"), True, "curfew 1723; the clause names Osh; no day: month")
E("d08", "It accused relatives of the ousted president", KGZG, BAKF, ["11"], "112", "2010-06", None, True,
  "accusation; 'It' = the interim government; month")
E("d08", "who is in exile in Belarus, denied", A("Kurmanbek Bakiyev", "KGZ", ["OPP", "ELI"]), KGZG, DENY, "016", "2010-06", None,
  False, "denial in the follow-up sentence: optional")
E("d08", "said it had begun flying tents and", A("UNHCR", "UNO", "IGO"), KGZREF, ["07"], "073", "2010-06",
  P("Andijan", "UZB"), True, "aid delivery 073 in reported speech of the agency itself; no day: month; the clause "
  "names Andijan as where the aid goes and the camps are")
F("d08", "The official death toll passed 100 on", "casualty count")
F("d08", "Ethnic Uzbeks make up about a seventh", "standing situation")

# ---------------------------------------------------------------- d09 Quito, Americas (Ecuador)
S("d09", "2024-01-10", "Americas", """
Ecuador's Noboa declares war on gangs after gunmen seize TV studio on air

QUITO, Ecuador —

President Daniel Noboa declared on Tuesday that Ecuador was in an "internal armed conflict" and ordered the armed forces to neutralise 22 criminal gangs, hours after masked gunmen stormed a television studio in the port city of Guayaquil during a live broadcast.

The intruders, carrying shotguns and sticks of dynamite, forced presenters and technicians of TC Television to the floor and held them at gunpoint for about 15 minutes. Police then retook the building and arrested 13 of the assailants, the national police commander, Cesar Zapata, told reporters.

Noboa's decree labels the gangs, among them Los Choneros and Los Lobos, as terrorist organisations.

The president had imposed a 60-day state of emergency on Monday, a day after officials discovered that Adolfo Macias, the leader of Los Choneros, had vanished from his cell in a Guayaquil prison.

Inmates at several jails have held more than 130 guards and administrative staff hostage since Monday, the prison agency SNAI said. At least seven police officers were abducted in Quito and other cities overnight.

Gang members also set off explosions near a police station in Esmeraldas and torched cars in Quito, police said.

In Lima, President Dina Boluarte declared an emergency along Peru's northern border and ordered troops to reinforce it.

Ecuador recorded nearly 8,000 killings last year, a record. It was not clear where Macias was hiding.
""")
NOBOA = A("Daniel Noboa", "ECU", "GOV")
GANGS = A("Ecuadorean gangs", "ECU", "CRM")
ECUCOP = A("Ecuadorean police", "ECU", "COP")
E("d09", "Ecuador's Noboa declares war on gangs after", NOBOA, GANGS, FORCE, "190", "2024-01-09", None, False, "headline")
E("d09", "after gunmen seize TV studio on air", GANGS, A("TC Television", "ECU", "MED"), HOSTAGE, "181", "2024-01-09",
  P("Guayaquil", "ECU"), False, "headline, second event")
E("d09", "ordered the armed forces to neutralise 22", NOBOA, GANGS, FORCE, "190", "2024-01-09", None, True,
  "ordering the army into combat against the gangs: military force 190 (19/18), as owned13's k01; Tuesday in a "
  "Wednesday paper")
E("d09", "President Daniel Noboa declared on Tuesday that", NOBOA, A("Ecuador", "ECU", None), COUP, "1724", "2024-01-09",
  None, False, "declared 'internal armed conflict', self-directed emergency measure: optional (k01)")
E("d09", "hours after masked gunmen stormed a television", GANGS, A("TC Television", "ECU", "MED"), HOSTAGE, "181",
  "2024-01-09", P("Guayaquil", "ECU"), True, "storming a studio and holding its staff 181 (18/17) in an 'hours after' "
  "clause with its own agent; the clause names Guayaquil; the gunmen are the gangs' men (the decree answers them)")
E("d09", "forced presenters and technicians of TC Television", GANGS, A("TC Television staff", "ECU", "MED"), HOSTAGE,
  "181", "2024-01-09", None, False, "detail of the storming: optional restatement")
E("d09", "Police then retook the building and arrested", ECUCOP, GANGS, REPR, "173", "2024-01-09", None, True,
  "arrest 173; 'then' ties it to the Tuesday storming; 'the building' gives no place beyond the studio's city, which "
  "the clause does not name")
E("d09", "Noboa's decree labels the gangs, among them", NOBOA, GANGS, ["17"], "172", "2024-01-09", None, False,
  "designation as terrorists, an administrative sanction 172: optional (part of the Tuesday decree)")
E("d09", "The president had imposed a 60-day state", NOBOA, A("Ecuador", "ECU", None), COUP, "1724", "2024-01-08", None,
  False, "state of emergency, self-directed: optional (k01); 'on Monday'")
E("d09", "Inmates at several jails have held more", A("Ecuadorean inmates", "ECU", ["CRM", "CVL"]),
  A("Ecuadorean prison guards", "ECU", ["COP", "GOV"]), HOSTAGE, "181", "2024-01-08", None, True,
  "hostage-taking 181; 'since Monday': the start day; the prison agency's count")
E("d09", "At least seven police officers were abducted", GANGS, ECUCOP, HOSTAGE, "181", "2024-01", P("Quito", "ECU"),
  False, "agentless passive (agent implied, not named): optional")
E("d09", "Gang members also set off explosions near", GANGS, ECUCOP, ATTACK, "183", "2024-01", P("Esmeraldas", "ECU"),
  True, "bombing near a police station 183 (18/19/20), target the police; 'police said' reports undisputed acts; the "
  "clause names Esmeraldas; 'overnight' is the sentence before's: month")
E("d09", "declared an emergency along Peru's northern border", A("Dina Boluarte", "PER", "GOV"),
  A("Ecuador", "ECU", None), ["15", "17"], "152", "2024-01", P("Lima", "PER"), False,
  "outside reaction, border alert 152 (15/17): optional")
F("d09", "Ecuador recorded nearly 8,000 killings last year", "casualty count")
F("d09", "It was not clear where Macias was", "speculation")

# ---------------------------------------------------------------- d10 Bogota, Americas (Venezuela / Colombia / U.S.)
S("d10", "2019-02-24", "Americas", """
Maduro cuts ties with Colombia as aid convoys are turned back at border

BOGOTA, Colombia —

Venezuelan President Nicolas Maduro broke off diplomatic relations with Colombia on Saturday and gave its diplomats 24 hours to leave, after opposition leader Juan Guaido tried to bring truckloads of U.S.-donated food and medicine across the border.

National guardsmen fired tear gas and rubber bullets at volunteers pushing the convoys onto two bridges outside the Colombian city of Cucuta. Two lorries went up in flames on the Francisco de Paula Santander bridge.

Colombia's foreign minister, Carlos Holmes Trujillo, accused Maduro's forces of torching the aid and called the burning a crime against the Venezuelan people.

Farther south, troops loyal to Maduro had shot dead two members of the Pemon indigenous community in the village of Kumarakapay on Friday, near the border with Brazil, according to local leaders.

Guaido, who slipped out of Venezuela in defiance of a travel ban imposed by the pro-Maduro Supreme Court, urged foreign governments to keep all options open to free his country.

Colombia's migration agency said some 60 members of the Venezuelan security forces had deserted and crossed the border since Friday.

U.S. Secretary of State Mike Pompeo warned that Washington would take action against those who opposed the peaceful restoration of democracy in Venezuela.

Some 3 million Venezuelans have left the country since 2015, according to U.N. estimates. It was not clear whether Guaido could return to Caracas without being arrested.
""")
MADURO = A("Nicolas Maduro", "VEN", "GOV")
COL = A("Colombia", "COL", "GOV")
VENM = A("Venezuelan National Guard", "VEN", ["MIL", "COP"])
GUAIDO = A("Juan Guaido", "VEN", ["OPP", "GOV"])
E("d10", "Maduro cuts ties with Colombia as aid", MADURO, COL, ["16"], "161", "2019-02-23", None, False, "headline")
E("d10", "broke off diplomatic relations with Colombia on", MADURO, COL, ["16"], "161", "2019-02-23", None, True,
  "breaking relations 161; Saturday in a Sunday paper")
E("d10", "gave its diplomats 24 hours to leave", MADURO, A("Colombian diplomats", "COL", "GOV"), ["16", "17"], "161",
  "2019-02-23", None, False, "expulsion of the diplomats, second verb restating the break: optional")
E("d10", "after opposition leader Juan Guaido tried to", GUAIDO, A("Venezuela", "VEN", None), ["07"], "073", "2019-02",
  None, False, "attempted aid delivery ('tried to'): optional")
E("d10", "National guardsmen fired tear gas and rubber", VENM, A("aid volunteers", "VEN", ["CVL", "OPP"]), REPR, "175",
  "2019-02", P("Cucuta", "COL"), True, "tear gas and rubber bullets 175 (17/18); 'on two bridges outside ... Cucuta' "
  "names the city; no day in the paragraph: month")
E("d10", "accused Maduro's forces of torching the aid", A("Carlos Holmes Trujillo", "COL", "GOV"), VENM, ["11"], "112",
  "2019-02", None, True, "accusation; the torching itself is inside it (not coded); month")
E("d10", "troops loyal to Maduro had shot dead", A("Venezuelan army", "VEN", "MIL"), A("Pemon villagers", "VEN", "CVL"),
  REPR, "175", "2019-02-22", P("Kumarakapay", "VEN"), True, "killing of villagers 175 (17/18) by troops 'loyal to "
  "Maduro' (Venezuela's army); 'on Friday'; local leaders' account, not disputed in the story; the clause names "
  "Kumarakapay")
E("d10", "urged foreign governments to keep all options", GUAIDO, A("foreign governments", None, "GOV"), DEMAND, "0212",
  "2019-02", None, False, "appeal for (military) help to unnamed governments: optional")
E("d10", "in defiance of a travel ban imposed", A("Venezuela's Supreme Court", "VEN", "JUD"), GUAIDO, ["17"], "172",
  "2019", None, False, "undated background ban, passive with its agent: optional")
E("d10", "had deserted and crossed the border since", A("Venezuelan security forces", "VEN", ["MIL", "COP"]), MADURO,
  ["12", "08", "16"], "120", "2019-02", None, False, "desertion, no CAMEO code fits cleanly: optional")
E("d10", "warned that Washington would take action against", A("Mike Pompeo", "USA", "GOV"), MADURO, ["13"], "130",
  "2019-02", None, True, "threat 130; 'those who opposed' = Maduro's government; no day: month")
F("d10", "Some 3 million Venezuelans have left the", "standing situation (migration count)")
F("d10", "It was not clear whether Guaido could", "speculation")

# ---------------------------------------------------------------- d11 New Delhi, South Asia (India / Pakistan)
S("d11", "2016-09-30", "South Asia", """
India says it raided militant camps across Kashmir line; Pakistan calls claim an illusion

NEW DELHI, India —

Indian commandos crossed the Line of Control that divides Kashmir overnight and struck camps where militants were preparing to infiltrate, the army's director general of military operations, Lieutenant General Ranbir Singh, announced on Thursday.

He said the raids had inflicted significant casualties and that the operation was over.

Pakistan's army rejected the account, saying no raid had taken place and that two of its soldiers had died in an exchange of fire along the line. Prime Minister Nawaz Sharif condemned what he called the unprovoked and naked aggression of Indian forces.

New Delhi had promised to punish those behind the Sept. 18 attack on an army base at Uri, in which four gunmen killed 18 soldiers. It blames the Pakistan-based group Jaish-e-Mohammed.

Earlier this week India pulled out of a regional summit that Pakistan is due to host in Islamabad in November. Bangladesh, Afghanistan and Bhutan followed suit.

Pakistan's military spokesman, Lieutenant General Asim Bajwa, said an Indian soldier had been captured near the line. Indian officials said the man had strayed across by mistake and asked for his return.

Authorities in Indian Punjab began clearing villages within 10 km of the border.

The U.S. State Department urged both neighbours to exercise restraint.

Kashmir is claimed in full by both countries and ruled in part by each. Whether the two armies would trade more fire was unclear.
""")
INDM = A("Indian army", "IND", "MIL")
IND = A("India", "IND", "GOV")
PAK = A("Pakistan", "PAK", "GOV")
PAKM = A("Pakistani army", "PAK", "MIL")
MIL = A("militants in Pakistani Kashmir", "PAK", ["RAD", "REB"])
E("d11", "India says it raided militant camps across", INDM, MIL, FORCE, "190", "2016-09", None, False, "headline")
E("d11", "Pakistan calls claim an illusion", PAKM, INDM, DENY, "016", "2016-09", None, False, "headline, second event")
E("d11", "Indian commandos crossed the Line of Control", INDM, MIL, FORCE, "190", "2016-09", None, True,
  "cross-border raid 190 (19/18); 'overnight' before the Thursday announcement straddles two days: month; the Line "
  "of Control is no place; militants across the line coded to Pakistan as owned12's Pakistan-based groups")
E("d11", "He said the raids had inflicted significant", INDM, MIL, FORCE, "190", "2016-09", None, False,
  "restatement by the same officer: optional")
E("d11", "Pakistan's army rejected the account, saying no", PAKM, INDM, DENY, "016", "2016-09", None, True,
  "denial 016 (01/12); no day: month")
E("d11", "two of its soldiers had died in", INDM, PAKM, FORCE, "190", "2016-09", None, False,
  "exchange of fire in Pakistan's account, agent not named: optional")
E("d11", "Nawaz Sharif condemned what he called the", A("Nawaz Sharif", "PAK", "GOV"), INDM, ["11"], "111", "2016-09",
  None, True, "condemnation 111; month")
E("d11", "the Sept. 18 attack on an army", A("Uri gunmen", None, ["RAD", "REB"]), INDM, ATTACK, "180", "2016-09-18",
  P("Uri", "IND"), True, "dated background attack with its agent in the relative ('four gunmen'); the text gives no "
  "nationality (news-dev's unnamed gunmen: null); the clause names Uri")
E("d11", "New Delhi had promised to punish those", IND, A("Uri gunmen", None, ["RAD", "REB"]), ["13"], "130", "2016-09",
  None, False, "undated background vow: optional; 'New Delhi' = India")
E("d11", "It blames the Pakistan-based group Jaish-e-Mohammed", IND, A("Jaish-e-Mohammed", "PAK", ["RAD", "REB"]),
  ["11"], "112", "2016-09", None, False, "standing blame in the present tense: optional")
E("d11", "India pulled out of a regional summit", IND, PAK, ["12", "16", "14"], "125", "2016-09", None, True,
  "withdrawal from a summit the other side hosts: rejecting a meeting 125 (12/16/14 where coders split); 'Earlier "
  "this week': month; 'in Islamabad' is the venue of a future summit, no place")
E("d11", "Bangladesh, Afghanistan and Bhutan followed suit", A("Bangladesh", "BGD", "GOV"), PAK, ["12", "16", "14"], "125",
  "2016-09", None, False, "outside parties following: optional")
E("d11", "said an Indian soldier had been captured", PAKM, INDM, REPR, "173", "2016-09", None, True,
  "capture of a soldier 173, agentless passive whose agent the speaker's army is; confirmed by the Indian side; month")
E("d11", "and asked for his return", IND, PAK, DEMAND, "0253", "2016-09", None, False,
  "request to release 0253 (02/10), second verb: optional")
E("d11", "urged both neighbours to exercise restraint", A("U.S. State Department", "USA", "GOV"), IND, DEMAND, "0256",
  "2016-09", None, False, "outside appeal for de-escalation 0256: optional; first member of 'both neighbours'")
F("d11", "Kashmir is claimed in full by both", "standing situation")
F("d11", "Whether the two armies would trade more", "speculation")

# ---------------------------------------------------------------- d12 Santo Domingo, Caribbean (Dominican Republic / Haiti)
S("d12", "2023-09-16", "Caribbean", """
Dominican Republic seals border with Haiti in row over river canal

SANTO DOMINGO, Dominican Republic —

The Dominican Republic shut its land, sea and air borders with Haiti on Friday, halting trade between the two neighbours in a dispute over a canal that Haitian farmers are digging to draw water from a shared river.

President Luis Abinader, who announced the closure on Thursday, said the canal on the Massacre River breached a 1929 treaty and would starve Dominican farms downstream of water.

Abinader had already suspended visas for Haitians on Monday after talks between the two governments failed to halt the work.

Haiti's government answered that it had a sovereign right to use the water on its side of the frontier and dismissed the Dominican complaints. Its foreign minister, Jean Victor Geneus, said Port-au-Prince remained open to dialogue but would not stop the project.

Hundreds of Haitians gathered at the canal site near Ouanaminthe on Friday, chanting that they would finish it with their own hands, a local radio station reported.

Dominican soldiers backed by armoured vehicles took up positions along the river at Dajabon, the army said. The Dominican foreign minister, Roberto Alvarez, said the measures would stay in place until construction stopped.

Haitian traders usually cross to the twice-weekly market in Dajabon to buy food and building materials. It was not clear how long Haiti's markets could cope without them.
""")
DOM = A("Dominican Republic", "DOM", "GOV")
HTI = A("Haiti", "HTI", "GOV")
ABIN = A("Luis Abinader", "DOM", "GOV")
E("d12", "Dominican Republic seals border with Haiti in", DOM, HTI, BLOCK, "191", "2023-09-15", None, False, "headline")
E("d12", "shut its land, sea and air borders", DOM, HTI, BLOCK, "191", "2023-09-15", None, True,
  "border closure 191 (19/17/16, as owned11's y01); Friday in a Saturday paper")
E("d12", "halting trade between the two neighbours in", DOM, HTI, SANCT, "163", "2023-09-15", None, False,
  "the trade halt, a consequence in a participle: optional")
E("d12", "who announced the closure on Thursday, said", ABIN, HTI, BLOCK, "191", "2023-09-14", None, False,
  "the announcement of the closure, restatement: optional")
E("d12", "the canal on the Massacre River breached", ABIN, HTI, ["11"], "112", "2023-09", None, True,
  "accusation of breaching a treaty; no day of its own: month")
E("d12", "Abinader had already suspended visas for Haitians", ABIN, A("Haitians", "HTI", "CVL"), SANCT, "163", "2023-09-11",
  None, True, "visa suspension, a sanction 163 (16/17); 'on Monday' in a Saturday paper: 11 Sept")
E("d12", "after talks between the two governments failed", DOM, HTI, ["04"], "040", "2023-09", None, False,
  "nominal talks without a named agent: optional; the failure itself no event")
E("d12", "Haiti's government answered that it had a", HTI, DOM, ["12", "11"], "120", "2023-09", None, True,
  "rejection of the Dominican complaints 120 (12/11) ('answered ... and dismissed'); month")
E("d12", "said Port-au-Prince remained open to dialogue but", A("Jean Victor Geneus", "HTI", "GOV"), DOM, ["03", "04"],
  "036", "2023-09", None, False, "offer to talk: optional")
E("d12", "said Port-au-Prince remained open to dialogue but", A("Jean Victor Geneus", "HTI", "GOV"), DOM, ["12"], "120",
  "2023-09", None, False, "refusal put as an intention ('would not stop'): optional")
E("d12", "Hundreds of Haitians gathered at the canal", A("Haitian protesters", "HTI", "CVL"), DOM, ["14"], "141",
  "2023-09-15", P("Ouanaminthe", "HTI"), True, "demonstration against the closure 141; 'on Friday'; 'near "
  "Ouanaminthe' names the town; the radio report is undisputed")
E("d12", "Dominican soldiers backed by armoured vehicles took", A("Dominican army", "DOM", "MIL"), HTI, SHOW, "150",
  "2023-09", P("Dajabon", "DOM"), True, "troops deployed along the border: show of force 150 (15/13/19); 'at Dajabon' "
  "names the town; no day: month")
E("d12", "said the measures would stay in place", A("Roberto Alvarez", "DOM", "GOV"), HTI, ["13"], "130", "2023-09",
  None, False, "conditional warning: optional")
F("d12", "Haitian traders usually cross to the twice-weekly", "standing situation")
F("d12", "It was not clear how long Haiti's", "speculation")

if __name__ == "__main__":
    write(HERE)
