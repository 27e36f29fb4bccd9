#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned26 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned26/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
COURT = ["17", "11"]
EXPEL = ["17", "12"]
BLOCK = ["19", "17", "15"]
DESTROY = ["17", "18"]
HOSTAGE = ["18", "17"]
QUIT = ["16", "12"]

# ---------------------------------------------------------------- l01 Johannesburg, Africa (South Africa)
S("l01", "1986-06-13", "Africa", """
Botha declares nationwide emergency as police round up hundreds of activists

JOHANNESBURG, South Africa —

President Pieter Willem Botha declared a state of emergency across South Africa on Thursday, hours after security police detained hundreds of anti-apartheid activists in raids before dawn.

Speaking to parliament in Cape Town, Botha said the powers were needed to head off unrest planned for Monday's 10th anniversary of the Soweto student revolt. He said the country would not be intimidated by foreign threats of sanctions.

Leaders of the United Democratic Front, the largest legal opposition alliance, were among those taken from their homes, the group said. The new rules let officers hold suspects without charge and bar reporters from filming unrest.

On Wednesday police fired tear gas and rubber bullets at students who had marched out of their classrooms in Soweto.

Archbishop-elect Desmond Tutu, the Nobel peace laureate, condemned the crackdown and said it would only deepen black anger. The banned African National Congress, in a statement from Lusaka, urged black South Africans to defy the emergency.

The measure came less than a month after South African commandos raided Harare, Lusaka and Gaborone in search of guerrilla bases, strikes that wrecked a Commonwealth peace mission.

The White House said it regretted the decision. Britain's foreign secretary, Sir Geoffrey Howe, called on Pretoria to lift the emergency and free those held.

More than 1,700 people have died in political violence since September 1984, according to rights monitors. It was unclear how long the emergency would remain in force.
""")
ZAFG = A("South African government", "ZAF", "GOV")
BOTHA = A("Pieter Willem Botha", "ZAF", "GOV")
ZAFCOP = A("South African police", "ZAF", "COP")
ZAFACT = A("anti-apartheid activists", "ZAF", ["OPP", "CVL"])
E("l01", "Botha declares nationwide emergency as police round", BOTHA, A("South Africa", "ZAF", None), COUP, "1724",
  "1986-06-12", None, False, "headline")
E("l01", "Botha declares nationwide emergency as police round", ZAFCOP, ZAFACT, REPR, "173", "1986-06-12", None, False,
  "headline, second event")
E("l01", "declared a state of emergency across South", BOTHA, A("South Africa", "ZAF", None), COUP, "1724",
  "1986-06-12", None, True, "declared emergency 1724 (news-dev), target the country with sector null (as owned21 d01); "
  "Thursday in a Friday paper")
E("l01", "hours after security police detained hundreds of", ZAFCOP, ZAFACT, REPR, "173", "1986-06-12", None, True,
  "detentions inside an 'hours after' clause with its own agent: required; before dawn on the Thursday")
E("l01", "He said the country would not be", BOTHA, A("foreign governments", None, "GOV"), ["12"], "120", "1986-06",
  None, False, "refusal put as an intention ('would not be intimidated'): optional; the threateners are unnamed")
E("l01", "were among those taken from their homes", ZAFCOP, A("United Democratic Front", "ZAF", ["OPP", "CVL"]),
  REPR, "173", "1986-06-12", None, False, "agentless passive reported by the group itself; restates the lead's "
  "detentions: optional")
E("l01", "On Wednesday police fired tear gas and", ZAFCOP, A("South African students", "ZAF", ["EDU", "CVL"]), REPR,
  "175", "1986-06-11", P("Soweto", "ZAF"), True, "tear gas and rubber bullets on marchers 175 (17/18); unnamed police "
  "are the story's country's; 'in Soweto' names the place; Wednesday")
E("l01", "who had marched out of their classrooms", A("South African students", "ZAF", ["EDU", "CVL"]), ZAFG, ["14"],
  "141", "1986-06-11", P("Soweto", "ZAF"), False, "the walk-out, inside a relative clause: optional")
E("l01", "condemned the crackdown and said it would", A("Desmond Tutu", "ZAF", ["REL", "OPP"]), BOTHA, ["11"], "111",
  "1986-06", None, True, "condemnation 111; 'the crackdown' is Botha's; no day of its own: month")
E("l01", "urged black South Africans to defy the", A("African National Congress", "ZAF", ["REB", "OPP"]), ZAFG,
  ["14", "10"], "140", "1986-06", None, False, "a call to defy the emergency: coders split between protest (14) "
  "and an appeal to its own public; optional; Lusaka is where the statement came from, not given as a place of the act")
E("l01", "South African commandos raided Harare, Lusaka and", A("South African commandos", "ZAF", "MIL"),
  A("Zimbabwe", "ZWE", None), FORCE, "190", "1986-05", P("Harare", "ZWE"), True,
  "dated background raid ('less than a month after'): month; compound object, one event per member, first required; "
  "the cities are places here and stand for their countries as targets")
E("l01", "South African commandos raided Harare, Lusaka and", A("South African commandos", "ZAF", "MIL"),
  A("Zambia", "ZMB", None), FORCE, "190", "1986-05", P("Lusaka", "ZMB"), False, "second member: optional")
E("l01", "South African commandos raided Harare, Lusaka and", A("South African commandos", "ZAF", "MIL"),
  A("Botswana", "BWA", None), FORCE, "190", "1986-05", P("Gaborone", "BWA"), False, "third member: optional")
E("l01", "The White House said it regretted the", A("United States", "USA", "GOV"), ZAFG, ["11"], "111", "1986-06",
  None, False, "single outside reaction: optional; 'The White House' stands for the U.S. government")
E("l01", "called on Pretoria to lift the emergency", A("Geoffrey Howe", "GBR", "GOV"), ZAFG, DEMAND, "1043",
  "1986-06", None, False, "outside appeal to lift the emergency and free detainees (10/02): optional as a single "
  "outside reaction; 'Pretoria' is the government, not a place")
F("l01", "More than 1,700 people have died in", "count")
F("l01", "It was unclear how long the emergency", "speculation")

# ---------------------------------------------------------------- l02 Harare, Africa (Zimbabwe)
S("l02", "2000-04-19", "Africa", """
Second white farmer killed in Zimbabwe as Mugabe refuses to clear occupied land

HARARE, Zimbabwe —

A band of armed men shot dead a white farmer at his homestead near Nyamandhlovu in western Zimbabwe on Tuesday, the second such killing in four days, police said.

Martin Olds had called for help over his radio as the attackers surrounded the house and set it alight, neighbours said. On Saturday squatters seized David Stevens, an opposition organiser, from his farm near Macheke and later shot him dead.

President Robert Mugabe, speaking at an Independence Day rally, rejected appeals from the Commercial Farmers Union to order the occupiers off more than 1,000 farms. He accused Britain, the former colonial power, of funding the opposition Movement for Democratic Change to protect white landowners.

The High Court ruled last month that the occupations were illegal and told police to evict the squatters, who are led by veterans of the 1970s independence war. Police have made no attempt to enforce the order.

Morgan Tsvangirai, the MDC's leader, accused the ruling party of unleashing the veterans to terrorise voters before parliamentary elections due by August.

In London, Foreign Office minister Peter Hain condemned the killings and urged Harare to restore the rule of law. Britain has offered money for land reform if the government agrees to a fair and legal programme.

About 4,500 white farmers own roughly a third of Zimbabwe's best farmland.
""")
MUGABE = A("Robert Mugabe", "ZWE", "GOV")
ZWEG = A("Zimbabwean government", "ZWE", "GOV")
VETS = A("war veterans occupying farms", "ZWE", ["UAF", "CVL"])
GUNMEN2 = A("armed men", None, None)
OLDS = A("Martin Olds", "ZWE", ["BUS", "CVL"])
E("l02", "Second white farmer killed in Zimbabwe as", GUNMEN2, OLDS, ATTACK, "180", "2000-04-18", None, False,
  "headline, agentless")
E("l02", "Second white farmer killed in Zimbabwe as", MUGABE, A("Commercial Farmers Union", "ZWE", "BUS"), ["12"],
  "120", "2000-04", None, False, "headline, second event")
E("l02", "A band of armed men shot dead", GUNMEN2, OLDS, ATTACK, "180", "2000-04-18", P("Nyamandhlovu", "ZWE"), True,
  "killing by unnamed armed men: source null/null (news-dev); 'near Nyamandhlovu' names the place; Tuesday in a "
  "Wednesday paper; police's account undisputed")
E("l02", "as the attackers surrounded the house and", GUNMEN2, OLDS, ATTACK, "180", "2000-04-18", None, False,
  "neighbours' account restating the attack: optional")
E("l02", "On Saturday squatters seized David Stevens, an", VETS, A("David Stevens", "ZWE", ["OPP", "CVL"]), HOSTAGE,
  "181", "2000-04-15", P("Macheke", "ZWE"), True, "abduction 181 (18/17); 'squatters' are the farm occupiers; "
  "Saturday; 'near Macheke' names the place")
E("l02", "and later shot him dead", VETS, A("David Stevens", "ZWE", ["OPP", "CVL"]), ATTACK, "180", "2000-04",
  None, False, "the killing, second verb with 'later' and no day of its own: optional")
E("l02", "rejected appeals from the Commercial Farmers Union", MUGABE, A("Commercial Farmers Union", "ZWE", "BUS"),
  ["12"], "120", "2000-04", None, True, "a stated refusal of a request: 12 (REJECT); no day given for the rally "
  "in the text: month")
E("l02", "He accused Britain, the former colonial power,", MUGABE, A("United Kingdom", "GBR", "GOV"), ["11"], "112",
  "2000-04", None, True, "accusation 112; 'He' is Mugabe")
E("l02", "The High Court ruled last month that", A("Zimbabwe's High Court", "ZWE", "JUD"), VETS, COURT, "111",
  "2000-03", None, True, "dated background ruling ('last month'); a court finding the occupations illegal and "
  "ordering evictions: tolerant 17/11, as news-dev's court verdicts")
E("l02", "accused the ruling party of unleashing the", A("Morgan Tsvangirai", "ZWE", ["OPP", "PTY"]),
  A("ZANU-PF", "ZWE", ["PTY", "GOV"]), ["11"], "112", "2000-04", None, True,
  "accusation 112; 'the ruling party' is ZANU-PF, named only as such; no day: month")
E("l02", "Peter Hain condemned the killings and urged", A("Peter Hain", "GBR", "GOV"), ZWEG, ["11"], "111", "2000-04",
  P("London", "GBR"), False, "outside reaction: optional; 'In London' names the place")
E("l02", "urged Harare to restore the rule of", A("Peter Hain", "GBR", "GOV"), ZWEG, DEMAND, "1043", "2000-04",
  P("London", "GBR"), False, "second verb of the outside reaction: optional; 'Harare' is the government")
E("l02", "Britain has offered money for land reform", A("United Kingdom", "GBR", "GOV"), ZWEG, ["03", "07"], "033",
  "2000", None, False, "a standing, conditional offer of aid: optional")
F("l02", "Police have made no attempt to enforce", "negated act")
F("l02", "About 4,500 white farmers own roughly a", "standing situation and count")

# ---------------------------------------------------------------- l03 Brussels, Middle East (Iran / Europe)
S("l03", "1989-02-21", "Middle East", """
European Community recalls envoys from Tehran over Khomeini's call to kill Rushdie

BRUSSELS, Belgium —

Foreign ministers of the 12 European Community nations, meeting here on Monday, decided to withdraw their ambassadors from Iran in protest at Ayatollah Ruhollah Khomeini's call for the death of the British author Salman Rushdie.

The ministers also froze visits by senior officials to and from Tehran and called the threat an unacceptable breach of international law.

Khomeini, who last Tuesday ordered Muslims everywhere to kill Rushdie and the publishers of his novel "The Satanic Verses," on Sunday brushed aside an apology the writer had issued a day earlier. A religious foundation in Tehran has offered a reward of more than $2 million to anyone who carries out the sentence.

Britain, which had agreed with Iran only last year to reopen their embassies, said it was pulling its remaining diplomats out of Tehran.

Iran's foreign ministry accused the Community of meddling in Islamic affairs. Officials in Tehran said Iran would recall its own envoys from European capitals.

The furore over the novel turned deadly even before the edict. On Feb. 12 police in Islamabad opened fire on a crowd trying to storm the American Cultural Center, killing five people.

Rushdie, who is under police guard, has not been seen in public since the ayatollah spoke. Whether the recall would persuade Iran to lift the death sentence was far from clear.
""")
EC = A("European Community", "EUR", "IGO")
IRNG = A("Iranian government", "IRN", "GOV")
KHOMEINI = A("Ruhollah Khomeini", "IRN", ["GOV", "REL"])
RUSHDIE = A("Salman Rushdie", "GBR", ["CVL", "MED"])
E("l03", "European Community recalls envoys from Tehran over", EC, IRNG, ["16"], "161", "1989-02-20", None, False,
  "headline")
E("l03", "decided to withdraw their ambassadors from Iran", EC, IRNG, ["16"], "161", "1989-02-20",
  P("Brussels", "BEL"), True, "recalling one's own envoys 161 (news-dev); the 12 ministers act for the Community "
  "(EUR/IGO); 'meeting here' with the Brussels dateline gives the place; Monday in a Tuesday paper")
E("l03", "The ministers also froze visits by senior", EC, IRNG, ["16"], "160", "1989-02-20", None, False,
  "second reduction of relations in the same decision: optional")
E("l03", "called the threat an unacceptable breach of", EC, KHOMEINI, ["11"], "111", "1989-02-20", None, False,
  "criticism, second verb: optional")
E("l03", "who last Tuesday ordered Muslims everywhere to", KHOMEINI, RUSHDIE, ["13", "10"], "138", "1989-02-14", None,
  True, "the edict: a call to kill, coded as a threat of violence 138 (coders may take it as a demand, 10); in a "
  "relative clause with its own agent and day: required; 'last Tuesday' from a Tuesday paper is a week earlier")
E("l03", "who last Tuesday ordered Muslims everywhere to", KHOMEINI, A("publishers of The Satanic Verses", "GBR", "BUS"),
  ["13", "10"], "138", "1989-02-14", None, False, "second member of the compound object: optional")
E("l03", "on Sunday brushed aside an apology the", KHOMEINI, RUSHDIE, ["12"], "120", "1989-02-19", None, True,
  "rejection 12; Sunday")
E("l03", "an apology the writer had issued a", RUSHDIE, A("Muslims", None, "REL"), ["05"], "055", "1989-02-18", None,
  False, "apology as a noun with its agent in a relative, 'a day earlier' than Sunday: optional, the target is vague")
E("l03", "A religious foundation in Tehran has offered", A("15 Khordad Foundation", "IRN", ["REL", "NGO"]), RUSHDIE,
  ["13"], "138", "1989-02", None, False, "a bounty: a further threat, present perfect without a day: optional")
E("l03", "which had agreed with Iran only last", A("United Kingdom", "GBR", "GOV"), IRNG, ["06", "03", "05"], "064",
  "1988", None, True, "dated background agreement to restore relations ('last year'), in a relative clause with its "
  "own agent; first-mentioned direction required")
E("l03", "which had agreed with Iran only last", IRNG, A("United Kingdom", "GBR", "GOV"), ["06", "03", "05"], "064",
  "1988", None, False, "reverse direction of the joint agreement: optional")
E("l03", "said it was pulling its remaining diplomats", A("United Kingdom", "GBR", "GOV"), IRNG, ["16"], "161",
  "1989-02", None, True, "withdrawing one's own diplomats 161; no day of its own: month")
E("l03", "Iran's foreign ministry accused the Community of", IRNG, EC, ["11"], "112", "1989-02", None, True,
  "accusation 112; no day: month")
E("l03", "said Iran would recall its own envoys", IRNG, EC, ["16"], "161", "1989-02", None, False,
  "announced future recall ('would'): optional")
E("l03", "police in Islamabad opened fire on a", A("Pakistani police", "PAK", "COP"),
  A("Pakistani protesters", "PAK", ["CVL", "RAD"]), REPR, "175", "1989-02-12", P("Islamabad", "PAK"), True,
  "live fire on protesters 175 (17/18); dated background; unnamed police in Islamabad are Pakistan's")
E("l03", "a crowd trying to storm the American", A("Pakistani protesters", "PAK", ["CVL", "RAD"]),
  A("United States", "USA", None), VPROT, "145", "1989-02-12", P("Islamabad", "PAK"), False,
  "an attempted storming, a participle inside the object: optional; the cultural centre is U.S. premises "
  "(country, sector null)")
F("l03", "has not been seen in public since", "standing situation, negated")
F("l03", "Whether the recall would persuade Iran to", "speculation")

# ---------------------------------------------------------------- l04 Beirut, Middle East (Israel / Lebanon)
S("l04", "1992-12-19", "Middle East", """
U.N. council demands Israel take back Palestinians stranded in Lebanon

BEIRUT, Lebanon —

The U.N. Security Council on Friday unanimously demanded that Israel allow the immediate return of 415 Palestinians it had expelled, who spent a second night on a frozen hillside in southern Lebanon after Beirut refused to take them in.

The resolution, which even the United States supported, condemned the deportations as a breach of the Geneva Conventions.

Israeli troops drove the men, most of them handcuffed and blindfolded, through the occupied border strip on Thursday and left them near the village of Marj al-Zuhur. Lebanese soldiers then blocked the road north, and the government in Beirut said the country would not become a dumping ground for Israel's prisoners.

Prime Minister Yitzhak Rabin's cabinet ordered the expulsions on Wednesday, a day after the body of a kidnapped border policeman was found. Gunmen of the Islamic group Hamas had seized Sergeant Major Nissim Toledano near Lod on Sunday.

Israel's Supreme Court cleared the way before dawn on Thursday, rejecting petitions by human rights lawyers to stop the buses.

The deportees, whom Israel accuses of belonging to Hamas and Islamic Jihad, said through their spokesman, Abdel Aziz Rantisi, that they would stay where they were until they could go home.

In Washington, the Palestinian delegation to the Middle East peace talks suspended its participation in protest.

Never before had Israel deported so many Palestinians in a single operation. Whether Rabin would comply with the resolution was unclear.
""")
ISRG = A("Israeli government", "ISR", "GOV")
ISRM = A("Israeli army", "ISR", "MIL")
DEPORT = A("Palestinian deportees", "PSE", ["RAD", "CVL"])
LBNG = A("Lebanese government", "LBN", "GOV")
UNSC = A("U.N. Security Council", "UNO", "IGO")
HAMAS = A("Hamas", "PSE", ["REB", "RAD"])
E("l04", "U.N. council demands Israel take back Palestinians", UNSC, ISRG, DEMAND, "1053", "1992-12-18", None, False,
  "headline")
E("l04", "unanimously demanded that Israel allow the immediate", UNSC, ISRG, DEMAND, "1053", "1992-12-18", None, True,
  "demand to let the deportees return 1053 (10/02); Friday in a Saturday paper; New York is not named")
E("l04", "415 Palestinians it had expelled, who spent", ISRG, DEPORT, ["17"], "174", "1992-12", None, False,
  "restatement of the expulsion detailed later: optional")
E("l04", "after Beirut refused to take them in", LBNG, ISRG, ["12"], "120", "1992-12", None, False,
  "Lebanon's refusal, restated in the lead and detailed later: optional; 'Beirut' is the government; target Israel, "
  "whose request it refused (the deportees as target also fair)")
E("l04", "condemned the deportations as a breach of", UNSC, ISRG, ["11"], "111", "1992-12-18", None, False,
  "second act of the same resolution: optional")
E("l04", "Israeli troops drove the men, most of", ISRM, DEPORT, ["17"], "174", "1992-12-17", P("Marj al-Zuhur", "LBN"),
  True, "expulsion 174; Thursday; 'near the village of Marj al-Zuhur' names the place; the border strip is an area")
E("l04", "Lebanese soldiers then blocked the road north", A("Lebanese army", "LBN", "MIL"), DEPORT, BLOCK, "191",
  "1992-12-17", None, True, "blocking their passage 191 (19/17/15); 'then' after Thursday's drop: the same day")
E("l04", "said the country would not become a", LBNG, ISRG, ["12"], "120", "1992-12", None, False,
  "refusal put as an intention: optional")
E("l04", "Rabin's cabinet ordered the expulsions on Wednesday", A("Yitzhak Rabin", "ISR", "GOV"), DEPORT, ["17"], "174",
  "1992-12-16", None, True, "the decision to expel, its own day (Wednesday): required; 'Rabin's cabinet' is the "
  "Israeli government, Rabin or the government both fair")
E("l04", "Hamas had seized Sergeant Major Nissim Toledano", HAMAS, A("Nissim Toledano", "ISR", "COP"), HOSTAGE, "181",
  "1992-12-13", P("Lod", "ISR"), True, "dated background abduction 181 (18/17); 'near Lod' names the place; Sunday; "
  "the body found (agentless) is not coded")
E("l04", "rejecting petitions by human rights lawyers to", A("Israel's Supreme Court", "ISR", "JUD"),
  A("human rights lawyers", "ISR", ["NGO", "JUD"]), ["12", "17", "11"], "120", "1992-12-17", None, True,
  "a court rejecting petitions 12 (tolerant with court verdicts 17/11); before dawn on Thursday")
E("l04", "whom Israel accuses of belonging to Hamas", ISRG, DEPORT, ["11"], "112", None, None, False,
  "standing accusation in a relative: optional, no date")
E("l04", "suspended its participation in protest", A("Palestinian delegation", "PSE", "GOV"), ISRG, QUIT, "164",
  "1992-12", P("Washington", "USA"), True, "halting talks 164 (16/12, as owned21 d05); 'In Washington' names the "
  "place; no day: month")
F("l04", "Never before had Israel deported so many", "negated, count")
F("l04", "Whether Rabin would comply with the resolution", "speculation")

# ---------------------------------------------------------------- l05 Beijing, Asia (China / Tibet)
S("l05", "1989-03-09", "Asia", """
China imposes martial law in Lhasa after three days of rioting

BEIJING, China —

China declared martial law in Lhasa on Tuesday, handing troops sweeping powers to restore order in the Tibetan capital after three days of anti-Chinese rioting in which at least a dozen people died.

Premier Li Peng signed the order, which took effect at midnight, the official Xinhua news agency said.

Soldiers carrying automatic rifles sealed off the old Tibetan quarter of Lhasa on Wednesday and checked the papers of anyone who tried to pass, foreign travellers said.

Police opened fire on Sunday and Monday on crowds of monks and young Tibetans, who had stoned police posts and set fire to Chinese-owned shops around the Jokhang temple.

Xinhua blamed "a handful of separatists" for the unrest and said one policeman had been killed. It said the dead included rioters but gave no breakdown.

All foreign journalists and most tourists were told to leave the region.

The Dalai Lama, Tibet's exiled spiritual leader, appealed from his base in Dharamsala, India, for an end to the shooting and urged Beijing to open talks on the region's future.

The State Department in Washington said it was deeply concerned and called for restraint on all sides.

The unrest is the worst in Tibet since October 1987, when monks led protests that also ended in bloodshed. Officials gave no figure for the number of soldiers now in the city, and it was not clear how long they would stay.
""")
CHNG = A("Chinese government", "CHN", "GOV")
CHNM = A("Chinese army", "CHN", "MIL")
CHNCOP = A("Chinese police", "CHN", "COP")
TIBP = A("Tibetan protesters", "CHN", ["CVL", "REL", "OPP"])
TIBET = A("Tibet", "CHN", None)
E("l05", "China imposes martial law in Lhasa after", CHNG, TIBET, COUP, "1724", "1989-03-07", P("Lhasa", "CHN"), False,
  "headline")
E("l05", "China declared martial law in Lhasa on", CHNG, TIBET, COUP, "1724", "1989-03-07", P("Lhasa", "CHN"), True,
  "martial law 1724 (news-dev's declared emergency; 17/19); target the region with sector null (Lhasa's people also "
  "fair); Tuesday in a Thursday paper; 'in Lhasa' names the place")
E("l05", "Premier Li Peng signed the order, which", A("Li Peng", "CHN", "GOV"), TIBET, COUP, "1724", "1989-03-07",
  None, False, "restatement of the martial law by its signer: optional")
E("l05", "sealed off the old Tibetan quarter of", CHNM, TIBP, BLOCK, "191", "1989-03-08", P("Lhasa", "CHN"), True,
  "cordon 191 (19/17/15); travellers' account nobody disputes: required; Wednesday; unnamed soldiers are China's")
E("l05", "Police opened fire on Sunday and Monday", CHNCOP, TIBP, REPR, "175", "1989-03", None, True,
  "live fire on protesters 175 (17/18); two days: month; the Jokhang temple is in the relative, not this clause")
E("l05", "who had stoned police posts and set", TIBP, CHNCOP, VPROT, "145", "1989-03", None, True,
  "riot in a relative clause with its own agent, dated by the main clause (Sunday and Monday, so the month): "
  "required; 'around the Jokhang temple' names a site, not the city (Lhasa is named only in other sentences): "
  "place null")
E("l05", "for the unrest and said one policeman", A("Xinhua", "CHN", ["GOV", "MED"]),
  A("Tibetan separatists", "CHN", ["OPP", "RAD"]), ["11"], "112", "1989-03", None, True,
  "accusation 112; the official agency speaks for the government (CHN GOV/MED); no day: month")
E("l05", "were told to leave the region", CHNG, A("foreign journalists and tourists", None, ["MED", "CVL"]), ["17"],
  "174", "1989-03", None, False, "agentless passive; expulsion by China implied: optional")
E("l05", "appealed from his base in Dharamsala, India,", A("Dalai Lama", "CHN", ["REL", "OPP"]), CHNG, DEMAND, "1056",
  "1989-03", P("Dharamsala", "IND"), True, "appeal for an end to the shooting 1056 (10/02); the exiled Tibetan "
  "leader as CHN REL/OPP; 'from his base in Dharamsala' names the place of the appeal")
E("l05", "urged Beijing to open talks on the", A("Dalai Lama", "CHN", ["REL", "OPP"]), CHNG, DEMAND, "106", "1989-03",
  P("Dharamsala", "IND"), False, "second appeal in the same sentence: optional; 'Beijing' is the government")
E("l05", "said it was deeply concerned and called", A("United States", "USA", "GOV"), CHNG, DEMAND, "1056", "1989-03",
  None, False, "single outside reaction: optional; Washington named as where the department sits, not a place "
  "of the act that coders must give")
E("l05", "when monks led protests that also ended", A("Tibetan monks", "CHN", ["REL", "OPP"]), CHNG, ["14"], "141",
  "1987-10", None, True, "dated background protest in a 'when' clause with its own agent: required; 'October 1987'")
F("l05", "Officials gave no figure for the number", "count, negated")
F("l05", "It said the dead included rioters but", "casualty count without an act")

# ---------------------------------------------------------------- l06 Seoul, Asia (North Korea / U.S.)
S("l06", "2003-01-11", "Asia", """
North Korea quits nuclear treaty, warns that sanctions would mean war

SEOUL, South Korea —

North Korea said on Friday it was pulling out of the Nuclear Non-Proliferation Treaty, accusing the United States of plotting to crush it and warning that any sanctions would be treated as a declaration of war.

In a statement carried by the official KCNA news agency, the North said it had no intention of making nuclear weapons for now.

The announcement deepened a standoff that began in October, when U.S. officials said Pyongyang had admitted running a secret uranium enrichment programme.

Late last month the North expelled two U.N. inspectors who had been monitoring its reactor at Yongbyon, and it has since begun work to restart the plant. Washington and its Asian allies had halted fuel oil shipments to the impoverished state in November.

South Korea's government expressed deep regret and urged Pyongyang to reverse the decision at once. China, the North's main ally, called on all sides to settle the dispute through dialogue.

In Santa Fe, New Mexico, Governor Bill Richardson, a former U.N. ambassador, held a second day of talks on Friday with two North Korean diplomats who had asked to see him. He said the envoys wanted direct negotiations with Washington.

The treaty, signed by more than 180 countries, bars members without nuclear arms from acquiring them.

Whether the U.N. Security Council would impose penalties on the North was unclear.
""")
PRKG = A("North Korea", "PRK", "GOV")
USAG = A("United States", "USA", "GOV")
KORG = A("South Korean government", "KOR", "GOV")
IAEA = A("U.N. nuclear inspectors", "UNO", "IGO")
E("l06", "North Korea quits nuclear treaty, warns that", PRKG, USAG, QUIT, "160", "2003-01-10", None, False,
  "headline")
E("l06", "North Korea quits nuclear treaty, warns that", PRKG, USAG, ["13"], "138", "2003-01-10", None, False,
  "headline, second event")
E("l06", "it was pulling out of the Nuclear", PRKG, USAG, QUIT, "160", "2003-01-10", None, True,
  "leaving the treaty: reducing relations/rejecting an agreement (16/12); the statement is aimed at the United States, "
  "which is the target (a null target is also defensible); Friday in a Saturday paper")
E("l06", "accusing the United States of plotting to", PRKG, USAG, ["11"], "112", "2003-01-10", None, True,
  "accusation in a participle clause, same statement: required")
E("l06", "warning that any sanctions would be treated", PRKG, USAG, ["13"], "138", "2003-01-10", None, True,
  "threat of war if sanctioned 138; a conditional threat is still a threat (the sanctions themselves are not coded)")
E("l06", "the North said it had no intention", PRKG, USAG, DENY, "016", "2003-01-10", None, False,
  "denial of intent: optional; 'the North' is North Korea")
E("l06", "when U.S. officials said Pyongyang had admitted", USAG, PRKG, ["11"], "112", "2002-10", None, False,
  "a claim that reads as an accusation, in a 'when' clause: optional, coders split on whether it is an event")
E("l06", "Late last month the North expelled two", PRKG, IAEA, EXPEL, "174", "2002-12", None, True,
  "expelling inspectors 174 (17/12); 'Late last month' from January: December 2002; the UN body as UNO/IGO")
E("l06", "Washington and its Asian allies had halted", USAG, PRKG, SANCT, "1621", "2002-11", None, True,
  "halting economic aid (fuel oil) 1621 (16/17); compound subject, first member required; 'Washington' is the U.S.")
E("l06", "Washington and its Asian allies had halted", A("U.S. Asian allies", None, "GOV"), PRKG, SANCT, "1621",
  "2002-11", None, False, "second member of the compound subject: optional")
E("l06", "expressed deep regret and urged Pyongyang to", KORG, PRKG, ["11"], "111", "2003-01", None, False,
  "regret: criticism 111, optional beside the appeal")
E("l06", "urged Pyongyang to reverse the decision at", KORG, PRKG, DEMAND, "1042", "2003-01", None, True,
  "appeal to reverse a policy 1042 (10/02); no day: month")
E("l06", "called on all sides to settle the", A("China", "CHN", "GOV"), PRKG, DEMAND, "107", "2003-01", None, False,
  "appeal to all sides: optional, target vague")
E("l06", "held a second day of talks on", A("Bill Richardson", "USA", ["GOV", "ELI"]),
  A("North Korean diplomats", "PRK", "GOV"), ["04"], "040", "2003-01-10", P("Santa Fe", "USA"), True,
  "talks 040; 'In Santa Fe, New Mexico' names the place; 'on Friday'; first-mentioned direction required")
E("l06", "held a second day of talks on", A("North Korean diplomats", "PRK", "GOV"),
  A("Bill Richardson", "USA", ["GOV", "ELI"]), ["04"], "040", "2003-01-10", P("Santa Fe", "USA"), False,
  "reverse direction of the talks: optional")
E("l06", "He said the envoys wanted direct negotiations", A("North Korean diplomats", "PRK", "GOV"), USAG, DEMAND,
  "106", "2003-01", None, False, "a wish for talks reported by Richardson: optional")
F("l06", "The treaty, signed by more than 180", "definition and count")
F("l06", "Whether the U.N. Security Council would impose", "speculation, hypothetical sanctions")

# ---------------------------------------------------------------- l07 New Delhi, South Asia (India / Pakistan)
S("l07", "1992-12-08", "South Asia", """
India arrests opposition leader Advani as riots over razed mosque spread

NEW DELHI, India —

Police arrested Lal Krishna Advani, leader of the opposition Bharatiya Janata Party, and several of his senior colleagues on Tuesday, two days after Hindu militants tore down a 16th-century mosque in the northern town of Ayodhya.

The government of Prime Minister Narasimha Rao dismissed the BJP's administration in Uttar Pradesh on Sunday night and placed the state under direct rule from New Delhi. Kalyan Singh, its chief minister, had resigned hours earlier.

Rao went on national television to condemn the demolition as a betrayal of the nation and promised that the mosque would be rebuilt.

Police fired on rioting crowds in Bombay on Monday, and troops were called out in several other cities as clashes between Hindus and Muslims spread. Officials said more than 200 people had died.

In Pakistan, mobs attacked more than a dozen Hindu temples in Lahore on Monday, and Islamabad lodged a strong protest with the Indian government. Prime Minister Nawaz Sharif called a nationwide strike for Tuesday.

The BJP, which had led a campaign for a Hindu temple on the site, said the arrests were an attempt to crush the party. Its leaders had told the Supreme Court that no harm would come to the mosque.

The party holds about 120 of the 545 seats in the lower house of parliament. It was unclear when the curfews imposed in dozens of towns would be lifted.
""")
INDG = A("Indian government", "IND", "GOV")
INDCOP = A("Indian police", "IND", "COP")
ADVANI = A("Lal Krishna Advani", "IND", ["OPP", "PTY"])
BJP = A("Bharatiya Janata Party", "IND", ["OPP", "PTY"])
HMIL = A("Hindu militants", "IND", ["RAD", "CVL"])
E("l07", "India arrests opposition leader Advani as riots", INDG, ADVANI, REPR, "173", "1992-12-08", None, False,
  "headline")
E("l07", "Police arrested Lal Krishna Advani, leader of the", INDCOP, ADVANI, REPR, "173", "1992-12-08", None, True,
  "arrest 173; compound object, first member required; Tuesday in a Tuesday paper")
E("l07", "Police arrested Lal Krishna Advani, leader of the", INDCOP, A("BJP leaders", "IND", ["OPP", "PTY"]), REPR, "173",
  "1992-12-08", None, False, "second member of the compound object: optional")
E("l07", "two days after Hindu militants tore down", HMIL, A("India", "IND", None), DESTROY, "1712", "1992-12-06",
  P("Ayodhya", "IND"), True, "demolition of the mosque 1712 (17/18); premises as the country with sector null; 'two "
  "days after' a Tuesday: Sunday; 'in the northern town of Ayodhya' names the place")
E("l07", "dismissed the BJP's administration in Uttar Pradesh", INDG, A("Uttar Pradesh government", "IND",
  ["GOV", "PTY"]), ["17", "16"], "172", "1992-12-06", None, True, "dismissing a state government and imposing "
  "direct rule 172 (17/16); Sunday night; Uttar Pradesh is the target's state, not a place")
E("l07", "Kalyan Singh, its chief minister, had resigned", A("Kalyan Singh", "IND", ["GOV", "PTY"]), INDG, ["08"],
  "0831", "1992-12-06", None, False, "resignation (0831, as news-dev d09): optional, the pressure is implicit")
E("l07", "to condemn the demolition as a betrayal", A("Narasimha Rao", "IND", "GOV"), HMIL, ["11"], "111",
  "1992-12", None, True, "condemnation 111; the demolition's agents are the militants; no day: month")
E("l07", "promised that the mosque would be rebuilt", A("Narasimha Rao", "IND", "GOV"),
  A("Indian Muslims", "IND", ["CVL", "REL"]), ["03", "05"], "030", "1992-12", None, False,
  "a promise: optional")
E("l07", "Police fired on rioting crowds in Bombay", INDCOP, A("Indian rioters", "IND", "CVL"), REPR, "175",
  "1992-12-07", P("Bombay", "IND"), True, "fire on rioters 175 (17/18); Monday; 'in Bombay' names the place")
E("l07", "as clashes between Hindus and Muslims spread", A("Indian Hindus", "IND", ["CVL", "REL"]),
  A("Indian Muslims", "IND", ["CVL", "REL"]), CLASH, "190", "1992-12", None, False,
  "clashes as a noun: optional, first direction")
E("l07", "mobs attacked more than a dozen Hindu", A("Pakistani mobs", "PAK", "CVL"), A("Pakistan", "PAK", None),
  ["18", "17", "14"], "180", "1992-12-07", P("Lahore", "PAK"), True, "attacks on temples: premises as the country "
  "with sector null (Pakistani Hindus also fair); 18/17/14 where coders split; Monday; 'in Lahore'")
E("l07", "Islamabad lodged a strong protest with the", A("Pakistan", "PAK", "GOV"), INDG, ["11"], "114", "1992-12-07",
  None, True, "official complaint 114; 'Islamabad' is Pakistan's government, not a place; second clause of the "
  "Monday sentence")
E("l07", "Nawaz Sharif called a nationwide strike for", A("Nawaz Sharif", "PAK", "GOV"), INDG, ["14"], "143",
  "1992-12", None, False, "a strike called against India: optional (PROTEST, target implicit)")
E("l07", "said the arrests were an attempt to", BJP, INDG, ["11"], "112", "1992-12", None, False,
  "counter-accusation by the party: optional")
E("l07", "Its leaders had told the Supreme Court", BJP, A("India's Supreme Court", "IND", "JUD"), ["03"], "030", None,
  None, False, "an undated past assurance: optional")
F("l07", "The party holds about 120 of the", "count, standing situation")
F("l07", "It was unclear when the curfews imposed", "speculation")

# ---------------------------------------------------------------- l08 Suva, Pacific (Fiji)
S("l08", "1987-05-16", "Pacific", """
Fiji coup leader defies governor-general's order to return troops to barracks

SUVA, Fiji —

Lieutenant Colonel Sitiveni Rabuka refused on Friday to hand back power, a day after masked soldiers under his command burst into parliament here and seized Prime Minister Timoci Bavadra and his cabinet.

The governor-general, Ratu Sir Penaia Ganilau, declared the takeover unlawful in a broadcast on Thursday night and ordered the army to return to barracks. He also declared a state of emergency.

Rabuka, the army's third-ranking officer, said he had acted to protect the rights of indigenous Fijians, who feared that the new government was dominated by ethnic Indians. Bavadra's coalition had defeated the party of Ratu Sir Kamisese Mara, in power since independence in 1970, at elections last month.

Troops shut down the capital's two daily newspapers on Thursday and took over the state radio station. Bavadra and his ministers were being held at an army barracks outside the city, officials said.

Australia's prime minister, Bob Hawke, condemned the coup and said Canberra would not recognise any government the colonel installed. In New Delhi, Prime Minister Rajiv Gandhi voiced concern for the safety of Fiji's ethnic Indians.

Ethnic Indians, most descended from labourers brought from India to work the sugar fields, make up about half of Fiji's 715,000 people. Whether the army would let the governor-general take charge was unclear.
""")
RABUKA = A("Sitiveni Rabuka", "FJI", ["MIL", "GOV"])
FJIM = A("Fijian army", "FJI", "MIL")
BAVADRA = A("Timoci Bavadra", "FJI", "GOV")
GANILAU = A("Penaia Ganilau", "FJI", "GOV")
E("l08", "Fiji coup leader defies governor-general's order to", RABUKA, GANILAU, ["12"], "120", "1987-05-15", None,
  False, "headline")
E("l08", "refused on Friday to hand back power", RABUKA, GANILAU, ["12"], "120", "1987-05-15", None, True,
  "stated refusal 12; the demand he refuses is Ganilau's; Friday in a Saturday paper")
E("l08", "masked soldiers under his command burst into", FJIM, BAVADRA, COUP, "173", "1987-05-14", P("Suva", "FJI"),
  True, "seizure of the prime minister in a coup: detention 173 (17/19 tolerant for the takeover); 'a day after' "
  "Friday: Thursday; 'parliament here' with the Suva dateline gives the place; the cabinet is a second member")
E("l08", "masked soldiers under his command burst into", FJIM, A("Fijian cabinet", "FJI", "GOV"), COUP, "173",
  "1987-05-14", P("Suva", "FJI"), False, "second member of the object: optional; bursting into parliament not "
  "coded separately")
E("l08", "declared the takeover unlawful in a broadcast", GANILAU, RABUKA, ["11"], "111", "1987-05-14", None, False,
  "declaring the coup unlawful, beside the order: optional")
E("l08", "ordered the army to return to barracks", GANILAU, FJIM, DEMAND, "105", "1987-05-14", None, True,
  "an order to stand down: demand that the target yield 105 (10/02); 'Thursday night'")
E("l08", "He also declared a state of emergency", GANILAU, A("Fiji", "FJI", None), COUP, "1724", "1987-05-14", None,
  True, "emergency 1724; 'He' is Ganilau; 'also' carries Thursday night")
E("l08", "Troops shut down the capital's two daily", FJIM, A("Fijian newspapers", "FJI", "MED"), ["17"], "1721",
  "1987-05-14", None, True, "closing newspapers: restriction of political freedoms 1721; unnamed troops are Fiji's; "
  "Thursday; 'the capital' describes the papers, not where the act happened")
E("l08", "and took over the state radio station", FJIM, A("Fiji", "FJI", None), ["17"], "1711", "1987-05-14", None,
  False, "seizure of premises, second verb: optional")
E("l08", "were being held at an army barracks", FJIM, BAVADRA, REPR, "173", "1987-05", None, False,
  "agentless restatement of the detention: optional")
E("l08", "Bob Hawke, condemned the coup and said", A("Bob Hawke", "AUS", "GOV"), RABUKA, ["11"], "111", "1987-05",
  None, False, "single outside reaction: optional")
E("l08", "Canberra would not recognise any government the", A("Australia", "AUS", "GOV"), RABUKA, ["12"], "120",
  "1987-05", None, False, "refusal put as an intention: optional; 'Canberra' is the government")
E("l08", "Rajiv Gandhi voiced concern for the safety", A("Rajiv Gandhi", "IND", "GOV"), RABUKA, ["11"], "111",
  "1987-05", P("New Delhi", "IND"), False, "single outside reaction: optional; 'In New Delhi' names the place")
F("l08", "Ethnic Indians, most descended from labourers brought", "standing situation and count")
F("l08", "Whether the army would let the governor-general", "speculation")

# ---------------------------------------------------------------- l09 Moscow, Europe/Eurasia (Russia / Chechnya)
S("l09", "1994-12-13", "Europe/Eurasia", """
Russian columns push into Chechnya; villagers block roads and seize soldiers

MOSCOW, Russia —

Russian armoured columns pressed deeper into Chechnya on Monday, a day after President Boris Yeltsin sent thousands of troops into the breakaway region to end its three-year bid for independence.

The advance met resistance well before it reached Chechen soil. In neighbouring Ingushetia on Sunday, villagers lay down in front of a column near Nazran and set fire to several army lorries.

In Dagestan, crowds of ethnic Chechens surrounded another column near Khasavyurt and took dozens of soldiers captive, Russian officials said.

Dzhokhar Dudayev, the Chechen leader, vowed to wage a holy war against the invaders and called on men across the Caucasus to join his fighters.

Talks between Russian and Chechen delegations in the North Ossetian capital, Vladikavkaz, broke up on Monday without agreement.

Sergei Kovalyov, the president's human rights adviser, urged Yeltsin to halt the operation before it turned into a long and bloody war.

The Defence Ministry again denied that Russian aircraft had bombed Grozny's airport earlier this month, raids that Chechen officials blame on Moscow.

There was no independent count of casualties. It was unclear whether the columns would try to storm Grozny, the Chechen capital, where Dudayev's men have dug trenches around the presidential palace.
""")
RUSM = A("Russian army", "RUS", "MIL")
YELTSIN = A("Boris Yeltsin", "RUS", "GOV")
CHECH = A("Chechen separatists", "RUS", ["REB", "GOV"])
DUDAYEV = A("Dzhokhar Dudayev", "RUS", ["REB", "GOV"])
E("l09", "Russian columns push into Chechnya; villagers block", RUSM, CHECH, ["19", "15"], "190", "1994-12-12", None,
  False, "headline")
E("l09", "Russian columns push into Chechnya; villagers block", A("Ingush villagers", "RUS", "CVL"), RUSM, VPROT,
  "145", "1994-12-11", None, False, "headline, second event")
E("l09", "Russian columns push into Chechnya; villagers block", A("ethnic Chechens in Dagestan", "RUS", "CVL"), RUSM,
  HOSTAGE, "181", "1994-12", None, False, "headline, third event")
E("l09", "Russian armoured columns pressed deeper into Chechnya", RUSM, CHECH, ["19", "15"], "190", "1994-12-12", None,
  True, "military advance into the region 190 (19/15 where coders take it as a deployment); Monday in a Tuesday "
  "paper; Chechnya is an area, not a place; target the separatist government (RUS REB/GOV)")
E("l09", "a day after President Boris Yeltsin sent", YELTSIN, CHECH, ["19", "15"], "190", "1994-12-11", None, True,
  "sending troops in, inside 'a day after' with its own agent: Sunday; required")
E("l09", "villagers lay down in front of a", A("Ingush villagers", "RUS", "CVL"), RUSM, VPROT, "145", "1994-12-11",
  P("Nazran", "RUS"), True, "blocking a column with their bodies and burning lorries: violent protest 145 "
  "(14/18/17); 'on Sunday'; 'near Nazran' names the place; Ingushetia is a region")
E("l09", "took dozens of soldiers captive, Russian officials", A("ethnic Chechens in Dagestan", "RUS", "CVL"), RUSM,
  HOSTAGE, "181", "1994-12", P("Khasavyurt", "RUS"), True, "hostage-taking 181 (18/17); officials' account nobody "
  "disputes; no day of its own: month; 'near Khasavyurt'")
E("l09", "vowed to wage a holy war against", DUDAYEV, RUSM, ["13"], "138", "1994-12", None, True,
  "a vow to fight 138 (as owned21's vow to resume an offensive); target the 'invaders', Russia's army")
E("l09", "called on men across the Caucasus to", DUDAYEV, A("men of the Caucasus", None, "CVL"), DEMAND, "100",
  "1994-12", None, False, "a call to arms to an open public: optional")
E("l09", "Talks between Russian and Chechen delegations in", A("Russian delegation", "RUS", "GOV"), CHECH, ["04"],
  "040", "1994-12-12", P("Vladikavkaz", "RUS"), False, "talks as a noun that failed: optional, first direction; "
  "Monday; Vladikavkaz named")
E("l09", "Talks between Russian and Chechen delegations in", CHECH, A("Russian delegation", "RUS", "GOV"), ["04"],
  "040", "1994-12-12", P("Vladikavkaz", "RUS"), False, "reverse direction: optional")
E("l09", "urged Yeltsin to halt the operation before", A("Sergei Kovalyov", "RUS", ["GOV", "NGO"]), YELTSIN, DEMAND,
  "1056", "1994-12", None, True, "appeal to stop fighting 1056 (10/02); 'the president' refers back to Yeltsin; no "
  "day: month")
E("l09", "The Defence Ministry again denied that Russian", A("Russian Defence Ministry", "RUS", ["GOV", "MIL"]), CHECH,
  DENY, "016", "1994-12", None, True, "a stated denial 016 (01/12), target the Chechen side that blames Moscow; no day "
  "of its own: month")
E("l09", "The Defence Ministry again denied that Russian", RUSM, CHECH, ["19", "18"], "195", "1994-12",
  P("Grozny", "RUS"), False, "the bombing itself, denied and alleged: optional")
E("l09", "raids that Chechen officials blame on Moscow", CHECH, A("Russia", "RUS", "GOV"), ["11"], "112", "1994-12",
  None, False, "accusation in a trailing relative: optional; 'Moscow' is the government")
F("l09", "There was no independent count of casualties", "negated, count")
F("l09", "It was unclear whether the columns would", "speculation")

# ---------------------------------------------------------------- l10 Madrid, Europe/Eurasia (Spain)
S("l10", "2004-03-14", "Europe/Eurasia", """
Spain arrests three Moroccans over train bombings as crowds accuse government of lying

MADRID, Spain —

Spanish police arrested three Moroccans and two Indians on Saturday over the bombings that killed nearly 200 people on four Madrid commuter trains, the first arrests since Thursday's attacks.

Interior Minister Angel Acebes, who had blamed the Basque separatist group ETA within hours of the blasts, said police were still not ruling ETA out. He also disclosed that a videotape in which a man claimed responsibility in the name of al-Qaeda had been found near a mosque.

Arnaldo Otegi, leader of the outlawed Basque party Batasuna, denied on Thursday that ETA had carried out the attacks.

The U.N. Security Council condemned ETA for the bombings the same day, in a resolution Spain had pressed for.

On Saturday night thousands of protesters massed outside the headquarters of the ruling Popular Party in Madrid, banging pots and accusing the government of hiding the truth before Sunday's general election.

Mariano Rajoy, the party's candidate for prime minister, called the gatherings illegal and asked the electoral board to stop them. The opposition Socialists' spokesman, Alfredo Perez Rubalcaba, said Spaniards deserved a government that did not lie to them.

On Friday more than 11 million people marched against terrorism in cities across the country.

Spain has about 1,300 troops in Iraq, a deployment most voters oppose. Whether the arrests would sway Sunday's vote was unclear.
""")
ESPCOP = A("Spanish police", "ESP", "COP")
ESPG = A("Spanish government", "ESP", "GOV")
ETA = A("ETA", "ESP", ["REB", "RAD"])
PP = A("Popular Party", "ESP", ["PTY", "GOV"])
ESPP = A("Spanish protesters", "ESP", "CVL")
E("l10", "Spain arrests three Moroccans over train bombings", ESPG, A("Moroccan suspects", "MAR", ["CRM", "RAD"]),
  REPR, "173", "2004-03-13", None, False, "headline")
E("l10", "Spain arrests three Moroccans over train bombings", ESPP, ESPG, ["11"], "112", "2004-03-13", None, False,
  "headline, second event")
E("l10", "Spanish police arrested three Moroccans and two", ESPCOP, A("Moroccan suspects", "MAR", ["CRM", "RAD"]),
  REPR, "173", "2004-03-13", None, True, "arrest 173; compound object, first member required; Saturday in a Sunday "
  "paper; Madrid names where the trains were bombed, not where the arrests were made: place null")
E("l10", "Spanish police arrested three Moroccans and two", ESPCOP, A("Indian suspects", "IND", ["CRM", "RAD"]),
  REPR, "173", "2004-03-13", None, False, "second member of the compound object: optional")
E("l10", "Spanish police arrested three Moroccans and two", A("unidentified bombers", None, None),
  A("Spanish commuters", "ESP", "CVL"), ATTACK, "180", "2004-03-11", P("Madrid", "ESP"), False,
  "the bombings as a noun without an agent: optional")
E("l10", "who had blamed the Basque separatist group", A("Angel Acebes", "ESP", "GOV"), ETA, ["11"], "112",
  "2004-03-11", None, True, "accusation in a relative clause with its own agent, 'within hours of' Thursday's "
  "blasts: required")
E("l10", "denied on Thursday that ETA had carried", A("Arnaldo Otegi", "ESP", ["PTY", "OPP"]), ESPG, DENY, "016",
  "2004-03-11", None, True, "denial 016 (01/12) of the government's charge; Thursday")
E("l10", "The U.N. Security Council condemned ETA for", A("U.N. Security Council", "UNO", "IGO"), ETA, ["11"], "111",
  "2004-03-11", None, True, "condemnation 111; 'the same day' as Otegi's Thursday denial")
E("l10", "in a resolution Spain had pressed for", ESPG, A("U.N. Security Council", "UNO", "IGO"), DEMAND, "102",
  "2004-03", None, False, "lobbying for the resolution, in a relative: optional")
E("l10", "thousands of protesters massed outside the headquarters", ESPP, PP, ["14"], "141", "2004-03-13",
  P("Madrid", "ESP"), True, "demonstration 141 against the ruling party; 'On Saturday night'; 'in Madrid' named")
E("l10", "banging pots and accusing the government of", ESPP, ESPG, ["11"], "112", "2004-03-13", P("Madrid", "ESP"),
  False, "accusation in a participle of the same protest: optional")
E("l10", "called the gatherings illegal and asked the", A("Mariano Rajoy", "ESP", ["PTY", "GOV"]), ESPP, ["11"], "111",
  "2004-03", None, False, "criticism of the protests: optional beside the request")
E("l10", "asked the electoral board to stop them", A("Mariano Rajoy", "ESP", ["PTY", "GOV"]),
  A("Spain's electoral board", "ESP", ["GOV", "JUD"]), DEMAND, "1052", "2004-03", None, True,
  "request that the board curb the protests 1052 (10/02); no day: month (Saturday night implied)")
E("l10", "said Spaniards deserved a government that did", A("Alfredo Perez Rubalcaba", "ESP", ["PTY", "OPP"]), ESPG,
  ["11"], "112", "2004-03", None, False, "an implied accusation of lying: optional")
E("l10", "more than 11 million people marched against", A("Spanish marchers", "ESP", "CVL"), ETA, ["14"], "141",
  "2004-03-12", None, False, "a march 'against terrorism' with no named target: optional; Friday")
F("l10", "Spain has about 1,300 troops in Iraq", "standing situation")
F("l10", "Whether the arrests would sway Sunday's vote", "speculation")

# ---------------------------------------------------------------- l11 Managua, Americas (Nicaragua / U.S.)
S("l11", "1986-10-10", "Americas", """
Captured American says CIA ran supply flights to contras; Washington denies link

MANAGUA, Nicaragua —

An American captured after his cargo plane was shot down over southern Nicaragua told reporters here on Thursday that he had been ferrying arms to the U.S.-backed contra rebels and that he believed the operation was run by the CIA.

Eugene Hasenfus, 45, a former Marine from Wisconsin, spoke for about 20 minutes under the eye of Sandinista officers.

Sandinista soldiers brought down the C-123 transport with a shoulder-fired missile on Sunday near the Costa Rican border, killing the three other men aboard. Hasenfus, who jumped clear with a parachute, was caught by an army patrol the next day.

President Daniel Ortega said the American would be tried by a people's tribunal. He accused the Reagan administration of waging an illegal war against Nicaragua and said the flight proved its involvement.

Secretary of State George Shultz denied on Wednesday that the plane had any connection with the U.S. government, and the White House said private citizens had organised the flights.

The crash comes as Washington prepares to resume military aid to the rebels after Congress approved $100 million for them in August, ending a two-year ban on such help.

The contras have fought the Sandinista government since 1981 from bases in neighbouring Honduras. If convicted, Hasenfus could face up to 30 years in prison.
""")
NICM = A("Nicaraguan army", "NIC", "MIL")
NICG = A("Nicaraguan government", "NIC", "GOV")
HASENFUS = A("Eugene Hasenfus", "USA", ["CVL", "UAF"])
CONTRAS = A("contra rebels", "NIC", ["REB", "OPP"])
E("l11", "Captured American says CIA ran supply flights", HASENFUS, A("Central Intelligence Agency", "USA", ["SPY", "GOV"]),
  ["11"], "112", "1986-10-09", None, False, "headline: a claim that reads as an accusation")
E("l11", "Captured American says CIA ran supply flights", USAG, NICG, DENY, "016", "1986-10-08", None, False,
  "headline, second event")
E("l11", "An American captured after his cargo plane", NICM, HASENFUS, REPR, "173", "1986-10", None, False,
  "agentless restatement in the lead of the capture detailed later: optional")
E("l11", "that he believed the operation was run", HASENFUS, A("Central Intelligence Agency", "USA", ["SPY", "GOV"]),
  ["11"], "112", "1986-10-09", P("Managua", "NIC"), False, "a captive's statement about the CIA: coders split on "
  "whether it is an accusation; optional; 'here' is Managua")
E("l11", "he had been ferrying arms to the", HASENFUS, CONTRAS, ["07"], "072", "1986-10", None, False,
  "military aid in his own account, undated: optional")
E("l11", "Sandinista soldiers brought down the C-123 transport", NICM,
  A("contra supply plane crew", "USA", ["UAF", "CVL"]), FORCE, "190", "1986-10-05", None, True,
  "downing the plane 190 (19/18); Sunday; 'near the Costa Rican border' is an area, not a place; target the crew "
  "(the plane's side)")
E("l11", "was caught by an army patrol the", NICM, HASENFUS, REPR, "173", "1986-10-06", None, True,
  "capture 173, passive with its agent ('an army patrol', Nicaragua's); 'the next day' after Sunday: Monday")
E("l11", "said the American would be tried by", A("Daniel Ortega", "NIC", "GOV"), HASENFUS, ["11", "17"], "115",
  "1986-10", None, False, "a trial announced, not yet held: optional")
E("l11", "He accused the Reagan administration of waging", A("Daniel Ortega", "NIC", "GOV"), USAG, ["11"], "112",
  "1986-10", None, True, "accusation 112; 'He' is Ortega; no day: month")
E("l11", "Secretary of State George Shultz denied on", A("George Shultz", "USA", "GOV"), NICG, DENY, "016",
  "1986-10-08", None, True, "denial 016 (01/12); Wednesday in a Friday paper; target Nicaragua, whose charge he denies")
E("l11", "the White House said private citizens had", USAG, NICG, DENY, "016", "1986-10", None, False,
  "second U.S. statement in the same sentence, a denial by implication: optional")
E("l11", "after Congress approved $100 million for them", A("U.S. Congress", "USA", ["LEG", "GOV"]), CONTRAS,
  ["07", "05", "03"], "072", "1986-08", None, True, "dated background approval of military aid ('in August'), with "
  "its own agent: required; coders split between giving aid (07) and support (05/03)")
E("l11", "Washington prepares to resume military aid to", USAG, CONTRAS, ["07", "03"], "072", None, None, False,
  "planned aid, not yet given: optional")
F("l11", "The contras have fought the Sandinista government", "standing situation")
F("l11", "If convicted, Hasenfus could face up to", "hypothetical")

# ---------------------------------------------------------------- l12 Santiago, Americas (Chile / Britain / Spain)
S("l12", "1998-10-19", "Americas", """
Chile protests to Britain over Pinochet's arrest; supporters stone British embassy

SANTIAGO, Chile —

Chile's government lodged a formal protest with Britain on Saturday over the arrest of former dictator Augusto Pinochet, and demanded his immediate release on the grounds that he had travelled on a diplomatic passport.

Scotland Yard detectives detained the 82-year-old general late on Friday at a London clinic, where he was recovering from back surgery. They acted on a warrant from Spanish judge Baltasar Garzon, who wants him sent to Madrid to face charges of genocide and terrorism over the deaths of Spaniards during his rule.

Foreign Minister Jose Miguel Insulza handed the protest note to the British ambassador here and said Chile would use every diplomatic means to bring the senator home.

On Sunday several hundred Pinochet supporters hurled eggs and stones at the British embassy and burned a Union Jack. Riot police broke up the crowd with water cannon and tear gas.

Relatives of people who disappeared under military rule gathered outside the Spanish embassy to celebrate.

Pinochet, who seized power in a 1973 coup that toppled the elected Marxist president Salvador Allende, gave up command of the army in March and became a senator for life.

In London, the Foreign Office said the arrest was a matter for the police and the courts.

More than 3,000 people were killed or went missing under his rule, according to an official report. Whether Britain would send him to Spain could take months of legal argument to settle.
""")
CHLG = A("Chilean government", "CHL", "GOV")
GBRG = A("United Kingdom", "GBR", "GOV")
PINO = A("Augusto Pinochet", "CHL", ["ELI", "MIL", "LEG"])
PINOS = A("Pinochet supporters", "CHL", ["CVL", "PTY"])
E("l12", "Chile protests to Britain over Pinochet's arrest;", CHLG, GBRG, ["11"], "114", "1998-10-17", None, False,
  "headline")
E("l12", "Chile protests to Britain over Pinochet's arrest;", PINOS, A("United Kingdom", "GBR", None), VPROT, "145",
  "1998-10-18", P("Santiago", "CHL"), False, "headline, second event")
E("l12", "lodged a formal protest with Britain on", CHLG, GBRG, ["11"], "114", "1998-10-17", None, True,
  "official complaint 114; Saturday in a Monday paper; the note was handed over in Santiago, but this clause names "
  "no place")
E("l12", "demanded his immediate release on the grounds", CHLG, GBRG, DEMAND, "1053", "1998-10-17", None, True,
  "demand for release 1053 (10/02), second verb with its own object, same day")
E("l12", "over the arrest of former dictator Augusto", A("British police", "GBR", "COP"), PINO, REPR, "173",
  "1998-10-16", None, False, "the arrest as a noun, detailed in the next sentence: optional")
E("l12", "Scotland Yard detectives detained the 82-year-old general", A("British police", "GBR", "COP"), PINO, REPR,
  "173", "1998-10-16", P("London", "GBR"), True, "arrest 173; 'late on Friday'; 'at a London clinic' names the place; "
  "Scotland Yard is the London police")
E("l12", "They acted on a warrant from Spanish", A("Baltasar Garzon", "ESP", "JUD"), PINO, ["11", "17"], "112",
  "1998-10", None, False, "the warrant and charges, no day of their own: optional (accusation/legal action)")
E("l12", "handed the protest note to the British", A("Jose Miguel Insulza", "CHL", "GOV"),
  A("British ambassador", "GBR", "GOV"), ["11"], "114", "1998-10-17", P("Santiago", "CHL"), False,
  "restatement of the protest with its channel: optional; 'here' is Santiago")
E("l12", "On Sunday several hundred Pinochet supporters hurled", PINOS, A("United Kingdom", "GBR", None), VPROT, "145",
  "1998-10-18", P("Santiago", "CHL"), True, "violent protest 145 (14/18/17) at the embassy (premises: country, "
  "sector null); Sunday; the Santiago dateline with the embassy makes the place explicit (optional to match)")
E("l12", "Riot police broke up the crowd with", A("Chilean police", "CHL", "COP"), PINOS, REPR, "175", "1998-10-18",
  None, True, "dispersal with water cannon and tear gas 175 (17/18); unnamed police are Chile's; same Sunday")
E("l12", "who seized power in a 1973 coup", PINO, A("Salvador Allende", "CHL", "GOV"), COUP, "1724", "1973", None,
  True, "dated background coup in a relative clause with its own agent: required; 17/19 (news-dev's coups)")
E("l12", "the Foreign Office said the arrest was", GBRG, CHLG, ["12"], "120", "1998-10", P("London", "GBR"), False,
  "an implicit rejection of Chile's protest: optional; 'In London' names the place")
F("l12", "More than 3,000 people were killed or", "count")
F("l12", "Whether Britain would send him to Spain", "speculation")

if __name__ == "__main__":
    write(HERE)
