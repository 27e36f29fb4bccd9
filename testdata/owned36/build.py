#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned36 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned36/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

SHOW = ["15", "13", "19"]
MEDIATE = ["04", "03"]
PKO = ["07", "15"]
ANNUL = ["17", "12", "11"]

# ---------------------------------------------------------------- ak01 Freetown, Africa (Sierra Leone)
S("ak01", "1997-05-28", "Africa", """
Sierra Leone coup leader bans parties and invites rebels into his council

FREETOWN, Sierra Leone —

Major Johnny Paul Koroma, whose soldiers overthrew President Ahmad Tejan Kabbah at the weekend, suspended the constitution and banned all political parties on Tuesday, naming himself chairman of a ruling council of officers.

The mutineers had broken open the capital's Pademba Road prison on Sunday and freed several hundred inmates, among them Koroma himself, who had been awaiting trial over an earlier coup plot.

In a radio broadcast, the major invited the Revolutionary United Front, the rebel movement the army had fought for six years, to join the new government. He said the coup had been staged to end that war.

Soldiers and freed convicts looted shops and set fire to the Treasury building in central Freetown, residents said. Bodies lay in several streets.

Kabbah, who fled to neighbouring Guinea by helicopter, appealed from Conakry to West African leaders to restore him to office by force if necessary.

Nigeria, which leads a West African peacekeeping force based near the city's airport, flew in several hundred more troops on Tuesday. Its foreign ministry said Lagos would never accept the overthrow of an elected government.

Britain, the former colonial power, condemned the coup and urged the soldiers to return to barracks.

The United States said it was preparing to evacuate its citizens but had not yet done so.

Sierra Leone remains one of the poorest countries in the world despite its rich diamond fields.
""")
KOROMA = A("Johnny Paul Koroma", "SLE", ["MIL", "GOV"])
SLEM = A("Sierra Leonean mutineers", "SLE", "MIL")
KABBAH = A("Ahmad Tejan Kabbah", "SLE", "GOV")
NGA = A("Nigeria", "NGA", ["GOV", "MIL"])
E("ak01", "Sierra Leone coup leader bans parties and", KOROMA, A("Sierra Leone's political parties", "SLE", "PTY"),
  ["17"], "1722", "1997-05-27", None, False, "headline")
E("ak01", "whose soldiers overthrew President Ahmad Tejan Kabbah at", SLEM, KABBAH, COUP, "1724", "1997-05", None, True,
  "dated background coup in a relative clause with its own agent; 'at the weekend' in a Wednesday paper: month "
  "(coups 17/19, news-dev)")
E("ak01", "suspended the constitution and banned all political", KOROMA, A("Sierra Leone", "SLE", None), COUP, "1724",
  "1997-05-27", None, True, "suspending the constitution: declared takeover/emergency 1724; self-directed, target the "
  "country with sector null; Tuesday in a Wednesday paper")
E("ak01", "suspended the constitution and banned all political", KOROMA,
  A("Sierra Leone's political parties", "SLE", "PTY"), ["17"], "1722", "1997-05-27", None, True,
  "ban on political parties 1722, second verb with its own object: required")
E("ak01", "broken open the capital's Pademba Road prison", SLEM, A("Sierra Leone's government", "SLE", "GOV"), ["17", "18"],
  "171", "1997-05-25", P("Freetown", "SLE"), False, "freeing inmates by force: no clean CAMEO code (seizure 171, "
  "assault 18), optional; 'the capital's' prison with the dateline = Freetown; Sunday")
E("ak01", "invited the Revolutionary United Front, the rebel", KOROMA,
  A("Revolutionary United Front", "SLE", ["REB", "RAD"]), AGREE + ["04"], "036", "1997-05", None, True,
  "an invitation to join the government: offer/intent to cooperate; tolerant 05/03/08/04 where coders split; 'the "
  "major' = Koroma; no day: month")
E("ak01", "set fire to the Treasury building in", A("Sierra Leonean soldiers", "SLE", "MIL"),
  A("Sierra Leone", "SLE", None), ["17", "18"], "1712", "1997-05", P("Freetown", "SLE"), True,
  "destroying property 1712 (17/18); premises = country with sector null; compound subject: soldiers first "
  "(required), convicts not coded; 'residents said' is attribution nobody disputes; Freetown named")
E("ak01", "appealed from Conakry to West African leaders", KABBAH, A("West African leaders", None, "IGO"), ["02", "10"],
  "0232", "1997-05", P("Conakry", "GIN"), True, "appeal for military help 0232; West African leaders as a bloc "
  "null/IGO (news-dev's ECOWAS); Conakry named in the clause; the flight in the relative not coded")
E("ak01", "flew in several hundred more troops on", NGA, A("Sierra Leone", "SLE", ["MIL", "GOV"]), ["15", "07"], "150",
  "1997-05-27", None, True, "reinforcing a force in another country: mobilisation 150, tolerant 15/07 (peacekeeping "
  "07/15 in news-dev); 'into Sierra Leone' is a destination, no place; Tuesday")
E("ak01", "the rebel movement the army had fought", A("Sierra Leonean army", "SLE", "MIL"),
  A("Revolutionary United Front", "SLE", ["REB", "RAD"]), ["19"], "190", None, None, False,
  "undated standing war in a relative clause ('for six years'): optional")
E("ak01", "would never accept the overthrow of an", NGA, KOROMA, ["12"], "120", "1997-05", None, False,
  "refusal put as an intention ('would never accept'): optional")
E("ak01", "condemned the coup and urged the soldiers", A("United Kingdom", "GBR", "GOV"), SLEM, ["11"], "111", "1997-05",
  None, False, "single outside reaction: optional")
E("ak01", "condemned the coup and urged the soldiers", A("United Kingdom", "GBR", "GOV"), SLEM, ["10", "02"], "100",
  "1997-05", None, False, "second verb of the same outside reaction: optional")
F("ak01", "it was preparing to evacuate its citizens", "planned, not done ('had not yet done so')")
F("ak01", "remains one of the poorest countries in", "standing situation")

# ---------------------------------------------------------------- ak02 Algiers, Africa (Ethiopia / Eritrea)
S("ak02", "2000-12-13", "Africa", """
Ethiopia and Eritrea sign Algiers accord ending two-year border war

ALGIERS, Algeria —

Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki signed an agreement here on Tuesday that formally ends a border war in which tens of thousands of soldiers died.

Under the accord the two neighbours are to release all prisoners of war and let a neutral commission in The Hague draw their disputed frontier.

The ceremony was attended by Algeria's president, Abdelaziz Bouteflika, who as chairman of the Organisation of African Unity had mediated months of talks between the two governments, and by U.N. Secretary-General Kofi Annan and U.S. Secretary of State Madeleine Albright.

The pact builds on a truce the two sides signed in June, after an Ethiopian offensive had pushed deep into western Eritrea. The Security Council sent peacekeepers in September to patrol a 25-km buffer zone on the Eritrean side of the border.

Speaking to reporters after the ceremony, Meles said Ethiopia wanted no Eritrean land but insisted that Asmara had started the war by invading the border town of Badme in May 1998.

The Eritrean leader, in turn, accused Ethiopia of still holding Eritrean territory and of expelling tens of thousands of people of Eritrean descent during the fighting. He called on the United Nations to see that the border ruling was carried out quickly.

Annan praised both leaders for their courage.

Both countries rank among the poorest in the world, and the war drained their budgets for two years.
""")
MELES = A("Meles Zenawi", "ETH", "GOV")
ISAIAS = A("Isaias Afwerki", "ERI", "GOV")
ETH = A("Ethiopia", "ETH", "GOV")
ERI = A("Eritrea", "ERI", "GOV")
ETHM = A("Ethiopian army", "ETH", "MIL")
E("ak02", "Ethiopia and Eritrea sign Algiers accord ending", ETH, ERI, AGREE, "057", "2000-12-12", None, False, "headline")
E("ak02", "signed an agreement here on Tuesday that", MELES, ISAIAS, AGREE, "057", "2000-12-12", P("Algiers", "DZA"), True,
  "signed accord 057 (05/03/08); compound subject: Meles first (required); 'here' = Algiers; Tuesday in a Wednesday "
  "paper")
E("ak02", "signed an agreement here on Tuesday that", ISAIAS, MELES, AGREE, "057", "2000-12-12", P("Algiers", "DZA"),
  False, "reverse direction of a joint event: optional")
E("ak02", "had mediated months of talks between the", A("Abdelaziz Bouteflika", "DZA", ["GOV", "IGO"]), ETH, MEDIATE,
  "045", "2000", None, True, "mediation in a relative clause with its own agent; 'months of talks' before December: "
  "year; first member of 'the two governments' required; Bouteflika as Algeria's president and OAU chairman")
E("ak02", "had mediated months of talks between the", A("Abdelaziz Bouteflika", "DZA", ["GOV", "IGO"]), ERI, MEDIATE,
  "045", "2000", None, False, "second member: optional")
E("ak02", "truce the two sides signed in June", ETH, ERI, AGREE, "057", "2000-06", None, True,
  "dated background truce in a relative clause with its own agent ('the two sides'); Ethiopia first-mentioned "
  "earlier, required; 'in June': month")
E("ak02", "truce the two sides signed in June", ERI, ETH, AGREE, "057", "2000-06", None, False, "reverse: optional")
E("ak02", "after an Ethiopian offensive had pushed deep", ETHM, ERI, ["19"], "190", "2000", None, False,
  "nominal offensive without a date of its own (before June): optional")
E("ak02", "The Security Council sent peacekeepers in September", A("U.N. Security Council", "UNO", "IGO"),
  A("Eritrea", "ERI", None), PKO, "074", "2000-09", None, True,
  "peacekeeping deployment 07/15 (news-dev); 'in September': month; the buffer zone is an area, not a place")
E("ak02", "insisted that Asmara had started the war", MELES, ERI, ["11"], "112", "2000-12-12", None, True,
  "accusation; 'Asmara' = Eritrea's government (a city for a government is an actor); 'after the ceremony' on "
  "Tuesday")
E("ak02", "insisted that Asmara had started the war", A("Eritrean army", "ERI", "MIL"), ETH, ["19"], "190", "1998-05",
  P("Badme", "ETH"), False, "the invasion is the content of an accusation (alleged): optional; Badme's country is "
  "itself disputed, Ethiopian-administered before 1998")
E("ak02", "accused Ethiopia of still holding Eritrean territory", ISAIAS, ETH, ["11"], "112", "2000-12", None, True,
  "accusation; 'The Eritrean leader' = Isaias; no day of its own: month")
E("ak02", "He called on the United Nations to", ISAIAS, A("United Nations", "UNO", "IGO"), DEMAND, "100", "2000-12",
  None, False, "appeal to a third party, a restatement of the accord's terms: optional")
E("ak02", "Annan praised both leaders for their courage", A("Kofi Annan", "UNO", "IGO"), MELES, ["05"], "051",
  "2000-12-12", None, False, "single outside reaction: optional")
F("ak02", "Under the accord the two neighbours are", "planned acts under the accord, not done")
F("ak02", "Both countries rank among the poorest in", "standing situation")

# ---------------------------------------------------------------- ak03 Riyadh, Middle East (Saudi Arabia / Iran)
S("ak03", "1987-08-02", "Middle East", """
Iranian crowds storm Saudi embassy after hundreds die in Mecca clash

RIYADH, Saudi Arabia —

Iranian demonstrators stormed and ransacked the Saudi and Kuwaiti embassies in Tehran on Saturday, a day after more than 400 people died when Saudi security forces and Iranian pilgrims clashed in Mecca.

Saudi officials said the Iranians had started the bloodshed by marching through the holy city with banned political banners and attacking police who tried to stop them. A Saudi diplomat was badly hurt when he was thrown from a window of the embassy, the kingdom's news agency said.

Of the 402 dead, 275 were Iranian pilgrims and 85 were Saudis, many of them police, according to the interior ministry.

Tehran blamed the Saudi police for the deaths. Hundreds of thousands of Iranians marched through the Iranian capital on Saturday chanting against the Saudi royal family.

Iran's parliament speaker, Akbar Hashemi Rafsanjani, told the crowd that the Saudi rulers would be uprooted to avenge the pilgrims' blood.

The United States, whose warships began escorting reflagged Kuwaiti tankers through the Gulf last month, urged both governments to show restraint.

Diplomats in the region said it was unclear whether Iran would send pilgrims to Mecca next year.
""")
IRNP = A("Iranian protesters", "IRN", "CVL")
SAU = A("Saudi Arabia", "SAU", "GOV")
SAUCOP = A("Saudi security forces", "SAU", ["COP", "MIL"])
IRNPIL = A("Iranian pilgrims", "IRN", "CVL")
E("ak03", "Iranian crowds storm Saudi embassy after hundreds", IRNP, SAU, VPROT, "145", "1987-08-01", P("Tehran", "IRN"),
  False, "headline")
E("ak03", "Iranian demonstrators stormed and ransacked the Saudi", IRNP, SAU, VPROT, "145", "1987-08-01",
  P("Tehran", "IRN"), True, "storming an embassy: violent protest 14/18/17 (news-dev); target the embassy's state "
  "(premises = country); Tehran named; Saturday in a Sunday paper")
E("ak03", "Iranian demonstrators stormed and ransacked the Saudi", IRNP, A("Kuwait", "KWT", "GOV"), VPROT, "145",
  "1987-08-01", P("Tehran", "IRN"), False, "second member of the compound object: optional")
E("ak03", "when Saudi security forces and Iranian pilgrims", SAUCOP, IRNPIL, CLASH, "190", "1987-07-31",
  P("Mecca", "SAU"), True, "clash inside a 'when' clause with its own agents, 'a day after' Saturday; first-mentioned "
  "direction required (clashes 19/18/14); Mecca named")
E("ak03", "when Saudi security forces and Iranian pilgrims", IRNPIL, SAUCOP, CLASH, "190", "1987-07-31",
  P("Mecca", "SAU"), False, "reverse direction: optional")
E("ak03", "Saudi officials said the Iranians had started", SAU, IRNPIL, ["11"], "112", "1987-08", None, True,
  "accusation; no day of its own: month")
E("ak03", "he was thrown from a window of", IRNP, A("Saudi diplomat", "SAU", "GOV"), ["18"], "180", "1987-08-01",
  P("Tehran", "IRN"), False, "agentless passive inside the embassy attack, reported by one side's agency: optional")
E("ak03", "Tehran blamed the Saudi police for the", A("Iran", "IRN", "GOV"), SAUCOP, ["11"], "112", "1987-08", None, True,
  "accusation; 'Tehran' = Iran's government; no day: month")
E("ak03", "Hundreds of thousands of Iranians marched through", IRNP, A("Saudi royal family", "SAU", ["GOV", "ELI"]),
  ["14"], "141", "1987-08-01", P("Tehran", "IRN"), True, "demonstration 141 against the Saudi rulers; 'the Iranian "
  "capital' = Tehran (the dateline is Riyadh; the clause makes it explicit); Saturday")
E("ak03", "told the crowd that the Saudi rulers", A("Akbar Hashemi Rafsanjani", "IRN", ["LEG", "GOV"]),
  A("Saudi royal family", "SAU", ["GOV", "ELI"]), ["13"], "130", "1987-08-01", None, True,
  "threat ('would be uprooted to avenge'); 'the crowd' is Saturday's march, so the day follows; no place named in "
  "the clause")
E("ak03", "whose warships began escorting reflagged Kuwaiti tankers", A("United States", "USA", ["MIL", "GOV"]),
  A("Kuwait", "KWT", "GOV"), ["07", "06", "15"], "074", "1987-07", None, True,
  "dated background in a relative clause with its own agent: military protection 074 (07/06/15 tolerant); 'last "
  "month' in an August paper: July; 'through the Gulf' is an area, no place")
E("ak03", "urged both governments to show restraint", A("United States", "USA", "GOV"), A("Iran", "IRN", "GOV"),
  ["10", "02"], "100", "1987-08", None, False, "single outside appeal: optional")
F("ak03", "Of the 402 dead, 275 were Iranian", "counts")
F("ak03", "it was unclear whether Iran would send", "speculation")

# ---------------------------------------------------------------- ak04 Dhaka, South Asia (Bangladesh)
S("ak04", "1990-12-05", "South Asia", """
Ershad agrees to step down as Bangladesh protests swell

DHAKA, Bangladesh —

President Hussain Muhammad Ershad said late on Tuesday that he would resign and hand power to a caretaker government, bowing to eight weeks of street protests against his rule.

Ershad, an army general who has governed since seizing power from President Abdus Sattar in a bloodless coup in 1982, had declared a state of emergency on Nov. 27 and imposed a curfew on the capital. Army commanders then told him they would not use troops against the crowds, opposition politicians said.

The rival opposition leaders, Sheikh Hasina of the Awami League and Khaleda Zia of the Bangladesh Nationalist Party, agreed on Wednesday that Chief Justice Shahabuddin Ahmed should head the interim administration until a new parliament is elected.

Tens of thousands of people poured onto Dhaka's streets to celebrate. Some attacked offices of Ershad's Jatiya Party and set them ablaze.

Khaleda demanded that Ershad be put on trial for corruption and for the deaths of protesters shot during the campaign.

It was not clear whether the outgoing president would be allowed to leave the country.

Bangladesh, with about 110 million people, is one of the most crowded nations on earth.
""")
ERSHAD = A("Hussain Muhammad Ershad", "BGD", ["GOV", "MIL"])
BGDOPP = A("Bangladeshi opposition", "BGD", ["OPP", "PTY"])
HASINA = A("Sheikh Hasina", "BGD", ["OPP", "PTY"])
KHALEDA = A("Khaleda Zia", "BGD", ["OPP", "PTY"])
E("ak04", "Ershad agrees to step down as Bangladesh", ERSHAD, BGDOPP, ["08"], "0831", "1990-12-04", None, False, "headline")
E("ak04", "that he would resign and hand power", ERSHAD, BGDOPP, ["08"], "0831", "1990-12-04", None, True,
  "announced resignation under protest pressure: 0831 with the opposition as implied target (news-dev d09); an "
  "announced concession, not a refusal; 'late on Tuesday' in a Wednesday paper")
E("ak04", "since seizing power from President Abdus Sattar", ERSHAD, A("Abdus Sattar", "BGD", "GOV"), COUP, "1724", "1982",
  None, True, "dated background coup inside a relative clause with its own agent: required; 'in 1982': year")
E("ak04", "had declared a state of emergency on", ERSHAD, A("Bangladesh", "BGD", None), ["17"], "1724", "1990-11-27",
  None, True, "declared emergency 1724 (news-dev); 'on Nov. 27'; target the country")
E("ak04", "had declared a state of emergency on", ERSHAD, A("Bangladesh", "BGD", None), ["17"], "1723", "1990-11-27",
  P("Dhaka", "BGD"), False, "curfew 1723, second verb of the same act: optional; 'the capital' = Dhaka")
E("ak04", "Army commanders then told him they would", A("Bangladeshi army", "BGD", "MIL"), ERSHAD, ["12"], "120",
  "1990-11", None, False, "refusal put as an intention and reported by one side (opposition politicians): optional")
E("ak04", "agreed on Wednesday that Chief Justice Shahabuddin", HASINA, KHALEDA, AGREE, "030", "1990-12-05", None, True,
  "agreement between the two leaders (compound subject, first-mentioned direction required); Wednesday = the "
  "paper's day")
E("ak04", "agreed on Wednesday that Chief Justice Shahabuddin", KHALEDA, HASINA, AGREE, "030", "1990-12-05", None, False,
  "reverse: optional")
E("ak04", "Some attacked offices of Ershad's Jatiya Party", A("Bangladeshi protesters", "BGD", ["CVL", "OPP"]),
  A("Jatiya Party", "BGD", ["PTY", "GOV"]), VPROT, "145", "1990-12", None, True,
  "arson against party offices by crowds: violent protest 14/18/17; 'Some' = the people on Dhaka's streets (previous "
  "sentence); the clause names no place; no day: month")
E("ak04", "Khaleda demanded that Ershad be put on", KHALEDA, ERSHAD, DEMAND, "100", "1990-12", None, True,
  "demand for a trial; no day: month")
E("ak04", "deaths of protesters shot during the campaign", A("Bangladeshi security forces", "BGD", ["COP", "MIL"]),
  A("Bangladeshi protesters", "BGD", ["CVL", "OPP"]), REPR, "175", "1990", None, False,
  "agentless participle inside a demand: optional")
F("ak04", "It was not clear whether the outgoing", "speculation")
F("ak04", "with about 110 million people, is one", "standing situation")

# ---------------------------------------------------------------- ak05 Bangkok, Asia (Myanmar)
S("ak05", "2003-06-01", "Asia", """
Myanmar junta detains Suu Kyi after her convoy is attacked

BANGKOK, Thailand —

Myanmar's military government took opposition leader Aung San Suu Kyi into what it called protective custody on Saturday, hours after her motorcade came under attack in the north of the country, officials in Rangoon said.

Members of her National League for Democracy said the convoy had been ambushed late on Friday near the town of Depayin by hundreds of men with sticks and knives, and that dozens of party supporters had been beaten to death.

The junta blamed the violence on Suu Kyi's followers, saying they had provoked local people. It put the toll at four dead and about 50 injured.

Authorities also detained the party's deputy leader, Tin Oo, and ordered all of its offices across the country closed.

The generals freed Suu Kyi from 19 months of house arrest in May of last year after secret talks brokered by the U.N. envoy Razali Ismail.

Razali is expected to visit Rangoon next week, U.N. officials said.

The U.S. State Department demanded her immediate release and said the generals would face tougher sanctions if she was harmed. U.N. Secretary-General Kofi Annan voiced deep concern.

Myanmar has been ruled by the army since 1962.
""")
MMR = A("Myanmar's military government", "MMR", ["GOV", "MIL"])
SUU = A("Aung San Suu Kyi", "MMR", ["OPP", "PTY"])
NLD = A("National League for Democracy", "MMR", ["OPP", "PTY"])
E("ak05", "Myanmar junta detains Suu Kyi after her", MMR, SUU, REPR, "173", "2003-05-31", None, False, "headline")
E("ak05", "took opposition leader Aung San Suu Kyi", MMR, SUU, REPR, "173", "2003-05-31", None, True,
  "'protective custody' is detention 173 (17/18); Saturday in a Sunday paper; no place in the clause")
E("ak05", "said the convoy had been ambushed late", A("pro-government militia", "MMR", ["UAF", "GOV", "CVL"]), NLD,
  ["18", "17"], "180", "2003-05-30", P("Depayin", "MMR"), False,
  "the party's account of the attack, disputed by the junta: optional; 'late on Friday'; Depayin named")
E("ak05", "The junta blamed the violence on Suu", MMR, NLD, ["11"], "112", "2003-05", None, True,
  "accusation; 'Suu Kyi's followers' = her party; no day: month")
E("ak05", "Authorities also detained the party's deputy leader", MMR, A("Tin Oo", "MMR", ["OPP", "PTY"]), REPR, "173",
  "2003-05", None, True, "arrest; 'Authorities' = the junta; no day of its own: month")
E("ak05", "ordered all of its offices across the", MMR, NLD, ["17"], "1722", "2003-05", None, True,
  "closing a party's offices: ban on a party 1722, second verb with its own object: required")
E("ak05", "after secret talks brokered by the U.N.", A("Razali Ismail", "UNO", "IGO"), MMR, MEDIATE, "045", "2002-05",
  None, True, "mediation as a passive with agent, dated 'in May of last year'; target the generals (first party)")
E("ak05", "The generals freed Suu Kyi from 19", MMR, SUU, ["08"], "0841", "2002-05", None, True,
  "dated background release with its own agent ('The generals'), 'in May of last year': month; release 0841")
E("ak05", "The U.S. State Department demanded her immediate", A("United States", "USA", "GOV"), MMR, DEMAND, "1043",
  "2003-05", None, False, "outside reaction (demand for release): optional")
E("ak05", "said the generals would face tougher sanctions", A("United States", "USA", "GOV"), MMR, ["13"], "1312",
  "2003-05", None, False, "conditional threat of sanctions in the same outside reaction: optional")
E("ak05", "Kofi Annan voiced deep concern", A("Kofi Annan", "UNO", "IGO"), MMR, ["11", "01"], "111", "2003-05", None, False,
  "outside concern: optional (coders split between comment and criticism)")
F("ak05", "Razali is expected to visit Rangoon next", "planned, not done")
F("ak05", "Myanmar has been ruled by the army", "standing situation")

# ---------------------------------------------------------------- ak06 Vancouver, Pacific (Fiji)
S("ak06", "1987-10-17", "Pacific", """
Commonwealth drops Fiji after Rabuka declares a republic

VANCOUVER, Canada —

Commonwealth leaders meeting here ruled on Friday that Fiji's membership had lapsed, days after Colonel Sitiveni Rabuka proclaimed the South Pacific nation a republic and severed its ties to the British crown.

The decision followed the resignation on Thursday of Fiji's governor-general, Ratu Sir Penaia Ganilau, whose efforts to broker a constitutional way out of the crisis had failed.

Rabuka, a career army officer, first seized power in May by storming parliament and arresting Prime Minister Timoci Bavadra, whose coalition was backed mainly by voters of Indian descent. He took power a second time on Sept. 25 as Ganilau neared a deal to bring Bavadra back into a caretaker government.

Soldiers shut down Fiji's two daily newspapers after the second coup, and several academics and journalists were held for questioning.

Australian Prime Minister Bob Hawke and his New Zealand counterpart, David Lange, accused the colonel of trying to entrench discrimination against the islands' ethnic Indians.

In Suva, Rabuka told reporters that Fiji did not need the Commonwealth and would stay a friend of Britain.

Indians, brought to work the sugar plantations under British rule, make up nearly half of Fiji's 715,000 people.

Whether Fiji could ever rejoin would depend on a new constitution fair to all its races, officials here said.
""")
RABUKA = A("Sitiveni Rabuka", "FJI", ["MIL", "GOV"])
COMW = A("Commonwealth leaders", None, "IGO")
FJI = A("Fiji", "FJI", ["GOV", "MIL"])
BAVADRA = A("Timoci Bavadra", "FJI", "GOV")
E("ak06", "Commonwealth drops Fiji after Rabuka declares a", COMW, FJI, SANCT, "160", "1987-10-16", None, False, "headline")
E("ak06", "Commonwealth leaders meeting here ruled on Friday", COMW, FJI, SANCT, "160", "1987-10-16",
  P("Vancouver", "CAN"), True, "dropping a member: reduce relations/suspension 16 (sanctions 16/17; cf. owned6's "
  "suspension of Nigeria); Commonwealth as null/IGO like the Arab League; 'here' = Vancouver; Friday in a "
  "Saturday paper")
E("ak06", "days after Colonel Sitiveni Rabuka proclaimed the", RABUKA, A("Queen Elizabeth II", "GBR", "GOV"),
  ["16", "17"], "161", "1987-10", None, True, "cutting ties to the crown: break relations 161 (16/17 tolerant); "
  "'days after' Friday without a day: month")
E("ak06", "whose efforts to broker a constitutional way", A("Penaia Ganilau", "FJI", "GOV"), RABUKA, MEDIATE, "045",
  "1987", None, False, "failed mediation named in a relative clause without a date: optional (as owned21)")
E("ak06", "first seized power in May by storming", RABUKA, A("Fiji's parliament", "FJI", "LEG"), COUP, "1724", "1987-05",
  None, False, "the May coup as storming of parliament, restated by the arrest in the same clause: optional")
E("ak06", "first seized power in May by storming", RABUKA, BAVADRA, REPR, "173", "1987-05", None, True,
  "dated background arrest of the prime minister, 'in May': month; the coup itself optional on the line above")
E("ak06", "He took power a second time on", RABUKA, A("Fiji's government", "FJI", "GOV"), COUP, "1724", "1987-09-25", None,
  True, "second coup, 'on Sept. 25'; 'He' = Rabuka; the caretaker deal is hypothetical and not coded")
E("ak06", "Soldiers shut down Fiji's two daily newspapers", A("Fijian soldiers", "FJI", "MIL"),
  A("Fijian newspapers", "FJI", "MED"), ["17"], "1721", "1987-09", None, True,
  "closing newspapers: restriction of political freedoms 1721; 'after the second coup' (Sept. 25): month")
E("ak06", "several academics and journalists were held for", A("Fijian soldiers", "FJI", "MIL"),
  A("Fijian academics", "FJI", ["EDU", "CVL"]), REPR, "173", "1987-09", None, False,
  "agentless passive, same sentence as the soldiers' act: optional")
E("ak06", "accused the colonel of trying to entrench", A("Bob Hawke", "AUS", "GOV"), RABUKA, ["11"], "112", "1987-10",
  None, True, "accusation; compound subject: Hawke first (required); 'the colonel' = Rabuka; no day: month")
E("ak06", "accused the colonel of trying to entrench", A("David Lange", "NZL", "GOV"), RABUKA, ["11"], "112", "1987-10",
  None, False, "second member of the compound subject: optional")
E("ak06", "Rabuka told reporters that Fiji did not", RABUKA, COMW, ["12"], "120", "1987-10", P("Suva", "FJI"), False,
  "dismissal of the Commonwealth, coders split between rejection and comment: optional; Suva named")
F("ak06", "brought to work the sugar plantations under", "standing situation and counts")
F("ak06", "Whether Fiji could ever rejoin would depend", "hypothetical")

# ---------------------------------------------------------------- ak07 Brussels, Europe/Eurasia (Bosnia / NATO)
S("ak07", "1994-02-10", "Europe/Eurasia", """
NATO gives Bosnian Serbs ten days to pull guns back from Sarajevo

BRUSSELS, Belgium —

NATO on Wednesday threatened air strikes against Bosnian Serb artillery around Sarajevo unless the guns were pulled 20 km back from the city or handed over to U.N. troops within ten days.

The ultimatum, agreed by the alliance's ambassadors after a long night of talks here, came four days after a mortar bomb killed 68 people in the Bosnian capital's main market.

U.N. Secretary-General Boutros Boutros-Ghali had asked NATO on Sunday to prepare for air strikes at the request of U.N. commanders.

The Bosnian government blamed Serb gunners in the surrounding hills for Saturday's massacre at the Markale market. Radovan Karadzic, the Bosnian Serb leader, denied it. He suggested that Muslim forces had shelled their own people to draw NATO into the war.

Hours before the NATO decision, Serb and government commanders agreed at Sarajevo airport to a ceasefire around the city, brokered by the U.N. commander in Bosnia, Lieutenant General Michael Rose.

Russia, a traditional ally of the Serbs, said it had not been consulted and that bombing would wreck the peace effort.

The market shelling was the deadliest single blow to the city in 22 months of war.

It was not clear how U.N. monitors would account for guns dug into the wooded hills.
""")
NATO = A("NATO", None, ["IGO", "MIL"])
BSERB = A("Bosnian Serb forces", "BIH", ["REB", "MIL"])
BIHG = A("Bosnian government", "BIH", "GOV")
KARADZIC = A("Radovan Karadzic", "BIH", ["REB", "GOV"])
E("ak07", "NATO gives Bosnian Serbs ten days to", NATO, BSERB, ["13"], "139", "1994-02-09", None, False, "headline")
E("ak07", "NATO on Wednesday threatened air strikes against", NATO, BSERB, ["13"], "139", "1994-02-09", None, True,
  "ultimatum 139 (13); NATO with country null as an IGO (the validator takes three-letter codes only); no place in the "
  "clause; Wednesday in a Thursday paper")
E("ak07", "came four days after a mortar bomb", A("unidentified gunners", None, None), A("Bosnia", "BIH", "CVL"),
  ["19", "18"], "190", "1994-02-05", P("Sarajevo", "BIH"), False,
  "the shelling with no agent in the clause (a mortar bomb): optional; 'the Bosnian capital' = Sarajevo")
E("ak07", "had asked NATO on Sunday to prepare", A("Boutros Boutros-Ghali", "UNO", "IGO"), NATO, ["02", "10"], "0232",
  "1994-02-06", None, True, "request for military support 0232; 'on Sunday' before a Thursday paper")
E("ak07", "The Bosnian government blamed Serb gunners in", BIHG, BSERB, ["11"], "112", "1994-02", None, True,
  "accusation; no day of its own: month; 'Saturday's massacre' dates the attack, not the blame")
E("ak07", "the Bosnian Serb leader, denied it", KARADZIC, BIHG, DENY, "016", "1994-02", None, True,
  "denial 016 (01/12); target the accuser")
E("ak07", "He suggested that Muslim forces had shelled", KARADZIC, A("Bosnian government army", "BIH", ["MIL", "GOV"]),
  ["11"], "112", "1994-02", None, True, "counter-accusation; 'He' = Karadzic; the shelling it names is alleged, "
  "not coded")
E("ak07", "Serb and government commanders agreed at Sarajevo", BSERB,
  A("Bosnian government army", "BIH", ["MIL", "GOV"]), AGREE, "057", "1994-02-09", P("Sarajevo", "BIH"), True,
  "ceasefire agreed; first-mentioned direction (Serbs) required; 'Hours before' the Wednesday decision; 'Sarajevo "
  "airport' names Sarajevo")
E("ak07", "Serb and government commanders agreed at Sarajevo", A("Bosnian government army", "BIH", ["MIL", "GOV"]),
  BSERB, AGREE, "057", "1994-02-09", P("Sarajevo", "BIH"), False, "reverse: optional")
E("ak07", "brokered by the U.N. commander in Bosnia", A("Michael Rose", "UNO", ["IGO", "MIL"]), BSERB, MEDIATE, "045",
  "1994-02-09", P("Sarajevo", "BIH"), False, "mediation as a trailing participle: optional")
E("ak07", "said it had not been consulted and", A("Russia", "RUS", "GOV"), NATO, ["11", "12"], "111", "1994-02", None,
  False, "single outside reaction (criticism): optional")
E("ak07", "agreed by the alliance's ambassadors after a", NATO, BSERB, ["13"], "139", "1994-02-09", P("Brussels", "BEL"),
  False, "restatement of the ultimatum: optional; 'here' = Brussels")
F("ak07", "The market shelling was the deadliest single", "count / comparison, no new event")
F("ak07", "It was not clear how U.N. monitors", "speculation")

# ---------------------------------------------------------------- ak08 Panama City, Americas (Panama / U.S.)
S("ak08", "1989-05-12", "Americas", """
Bush sends more troops to Panama and recalls envoy after Noriega voids vote

PANAMA CITY, Panama —

President Bush ordered nearly 2,000 more troops to U.S. bases in Panama on Thursday and recalled the American ambassador, a day after General Manuel Antonio Noriega's government annulled Sunday's presidential election.

Bush urged Panamanians and the Panama Defense Forces to do everything they could to remove Noriega.

The annulment was announced hours after opposition candidate Guillermo Endara and his running mate Guillermo Ford were beaten with clubs and metal pipes by members of the pro-Noriega Dignity Battalions during a march in the city's old quarter. A bodyguard of Ford's was shot dead.

The electoral tribunal said foreign interference had made it impossible to complete the count.

Former President Jimmy Carter, who led a team of foreign observers, said on Monday that the government was trying to steal the election and that Endara had won by about three to one.

A government spokesman accused the United States of seeking a pretext to keep its forces in Panama after 1999, when the canal is due to pass to Panamanian control.

About 10,000 American troops are already stationed in the former Canal Zone.

Bush did not rule out the use of force, but aides said no invasion was being planned.
""")
USA = A("United States", "USA", "GOV")
BUSH = A("George Bush", "USA", "GOV")
PANG = A("Panama's government", "PAN", ["GOV", "MIL"])
NORIEGA = A("Manuel Antonio Noriega", "PAN", ["MIL", "GOV"])
ENDARA = A("Guillermo Endara", "PAN", ["OPP", "PTY"])
E("ak08", "Bush sends more troops to Panama and", BUSH, PANG, ["15"], "150", "1989-05-11", None, False, "headline")
E("ak08", "ordered nearly 2,000 more troops to U.S.", BUSH, PANG, ["15"], "150", "1989-05-11", None, True,
  "troop reinforcement as a show of force 150; 'in Panama' is a destination (U.S. bases), not a place; Thursday in "
  "a Friday paper")
E("ak08", "recalled the American ambassador, a day after", BUSH, PANG, ["16"], "161", "1989-05-11", None, True,
  "recalling one's own envoy 161 (news-dev), second verb with its own object: required")
E("ak08", "Noriega's government annulled Sunday's presidential election", PANG, ENDARA, ANNUL, "172", "1989-05-10", None,
  True, "annulling an election the opposition won: 172 tolerant 17/12/11 (as owned21 d02); 'a day after' Thursday; "
  "target the winner")
E("ak08", "Bush urged Panamanians and the Panama Defense", BUSH, NORIEGA, DEMAND, "1041", "1989-05-11", None, True,
  "call for the leader's removal 1041 (10/02); target Noriega; the same day as the order (same statement); no place")
E("ak08", "were beaten with clubs and metal pipes", A("Dignity Battalions", "PAN", ["UAF", "GOV"]), ENDARA, REPR, "180",
  "1989-05-10", P("Panama City", "PAN"), True, "passive with agent in a 'hours after' clause; assault on the "
  "opposition by a pro-government militia (17/18); 'the city's old quarter' with the dateline = Panama City; first "
  "member of the compound object")
E("ak08", "were beaten with clubs and metal pipes", A("Dignity Battalions", "PAN", ["UAF", "GOV"]),
  A("Guillermo Ford", "PAN", ["OPP", "PTY"]), REPR, "180", "1989-05-10", P("Panama City", "PAN"), False,
  "second member: optional")
E("ak08", "The electoral tribunal said foreign interference had", A("Panama's electoral tribunal", "PAN", "GOV"), USA,
  ["11"], "112", "1989-05-10", None, False, "justification blaming unnamed outsiders: optional")
E("ak08", "said on Monday that the government was", A("Jimmy Carter", "USA", ["ELI", "NGO"]), PANG, ["11"], "112",
  "1989-05-08", None, True, "accusation of fraud by the observer; 'on Monday'")
E("ak08", "A government spokesman accused the United States", PANG, USA, ["11"], "112", "1989-05", None, True,
  "accusation; no day: month; the canal handover is future, not coded")
F("ak08", "About 10,000 American troops are already stationed", "standing situation")
F("ak08", "Bush did not rule out the use", "negated / hypothetical")

# ---------------------------------------------------------------- ak09 Guatemala City, Americas (Guatemala)
S("ak09", "1993-05-27", "Americas", """
Guatemala's Serrano shuts Congress and top court; Washington suspends aid

GUATEMALA CITY, Guatemala —

President Jorge Serrano dissolved Congress and the Supreme Court on Tuesday and suspended parts of the constitution, saying lawmakers and judges had been corrupted by drug money.

Troops surrounded the Congress building and the offices of the main newspapers, which were ordered to submit their reports to government censors.

The Constitutional Court, the one high court Serrano left in place, declared the decree illegal late on Tuesday. The army's high command said it would stand behind the president.

Police detained several opposition politicians and union leaders on Wednesday. The human rights ombudsman, Ramiro de Leon Carpio, went into hiding after soldiers came to his home, his aides said.

Nobel peace laureate Rigoberta Menchu led several hundred people in a protest outside the National Palace on Wednesday, demanding that Serrano step down.

The United States suspended most of its economic aid to Guatemala on Wednesday. The State Department said Washington could not do business as usual with a government that had shut down the country's democratic institutions.

Foreign ministers of the Organization of American States are due to meet in Washington on Thursday to discuss the crisis.

Guatemala's civil war between the army and leftist guerrillas has dragged on for more than three decades.
""")
SERRANO = A("Jorge Serrano", "GTM", "GOV")
GTMC = A("Guatemala's Congress", "GTM", "LEG")
GTMM = A("Guatemalan army", "GTM", "MIL")
E("ak09", "Guatemala's Serrano shuts Congress and top court", SERRANO, GTMC, COUP, "1724", "1993-05-25", None, False,
  "headline")
E("ak09", "President Jorge Serrano dissolved Congress and the", SERRANO, GTMC, COUP, "1724", "1993-05-25", None, True,
  "a self-coup: dissolving Congress 1724 (17/19, news-dev's takeovers); Tuesday in a Thursday paper; first member "
  "of the compound object")
E("ak09", "President Jorge Serrano dissolved Congress and the", SERRANO, A("Guatemala's Supreme Court", "GTM", "JUD"),
  COUP, "1724", "1993-05-25", None, False, "second member of the compound object: optional")
E("ak09", "saying lawmakers and judges had been corrupted", SERRANO, GTMC, ["11"], "112", "1993-05-25", None, False,
  "accusation inside a justification: optional")
E("ak09", "Troops surrounded the Congress building and the", GTMM, GTMC, SHOW + ["17"], "150", "1993-05", None, True,
  "troops deployed around a building: show of force 150 (15/13/19/17 tolerant); unnamed troops are Guatemala's; no "
  "day: month; 'the Congress building' names no city")
E("ak09", "which were ordered to submit their reports", SERRANO, A("Guatemalan newspapers", "GTM", "MED"), ["17"], "1721",
  "1993-05", None, False, "censorship as an agentless passive: optional")
E("ak09", "declared the decree illegal late on Tuesday", A("Guatemala's Constitutional Court", "GTM", "JUD"), SERRANO,
  ["12", "11", "17"], "120", "1993-05-25", None, True, "court ruling against the decree: rejection, tolerant "
  "12/11/17 where coders split (court verdicts 17/11 in news-dev); 'late on Tuesday'")
E("ak09", "The army's high command said it would", GTMM, SERRANO, ["05"], "051", "1993-05", None, False,
  "support put as an intention ('would stand behind'): optional")
E("ak09", "Police detained several opposition politicians and union", A("Guatemalan police", "GTM", "COP"),
  A("Guatemalan opposition politicians", "GTM", ["OPP", "PTY"]), REPR, "173", "1993-05-26", None, True,
  "arrests 173; first member of the compound object; Wednesday")
E("ak09", "Police detained several opposition politicians and union", A("Guatemalan police", "GTM", "COP"),
  A("Guatemalan union leaders", "GTM", "LAB"), REPR, "173", "1993-05-26", None, False, "second member: optional")
E("ak09", "went into hiding after soldiers came to", GTMM, A("Ramiro de Leon Carpio", "GTM", "GOV"), REPR, "173", "1993-05",
  None, False, "an attempted arrest told by the ombudsman's aides: optional")
E("ak09", "led several hundred people in a protest", A("Rigoberta Menchu", "GTM", ["CVL", "NGO"]), SERRANO, ["14"], "141",
  "1993-05-26", None, True, "demonstration 141; target Serrano; Wednesday; 'the National Palace' names no city in the "
  "clause, so no place (as owned21's 'the building')")
E("ak09", "led several hundred people in a protest", A("Rigoberta Menchu", "GTM", ["CVL", "NGO"]), SERRANO, DEMAND,
  "1041", "1993-05-26", None, False, "the demand carried by the protest, a participle: optional")
E("ak09", "The United States suspended most of its", USA, A("Guatemala's government", "GTM", "GOV"), SANCT, "1621",
  "1993-05-26", None, True, "halt to economic aid 1621 (16/17); Wednesday")
E("ak09", "The State Department said Washington could not", USA, SERRANO, ["11"], "111", "1993-05", None, False,
  "restatement of the U.S. reaction: optional")
F("ak09", "Foreign ministers of the Organization of American", "planned, not done")
F("ak09", "civil war between the army and leftist", "standing situation")

# ---------------------------------------------------------------- ak10 Prague, Europe/Eurasia (Czechoslovakia)
S("ak10", "1989-11-21", "Europe/Eurasia", """
200,000 rally in Prague as new Civic Forum demands leaders quit

PRAGUE, Czechoslovakia —

About 200,000 people filled Wenceslas Square on Monday, chanting for free elections and for the Communist leadership to go, in the largest protest in Czechoslovakia since the 1968 Soviet-led invasion.

The rally came three days after riot police beat hundreds of students with truncheons on Narodni Street, where a march to mark the 50th anniversary of a student's death under Nazi occupation had been stopped.

On Sunday, the playwright Vaclav Havel and other dissidents set up Civic Forum, which demanded the resignation of party leader Milos Jakes and other officials who had backed the invasion, and an independent inquiry into Friday's beatings.

The group also called a two-hour general strike for Nov. 27 and urged the authorities to free all political prisoners.

Students at universities in Prague and Bratislava have been on strike since Saturday, joined by actors who have turned the city's theatres into meeting halls.

The party leadership, in a statement read on state television, accused anti-socialist forces of trying to plunge the country into chaos.

The official news agency CTK put Monday's crowd at 150,000, while organisers said it was larger.

There was no sign on Monday night that police would try to clear the square.
""")
CZEP = A("Czechoslovak protesters", "CZE", ["CVL", "OPP"])
CZEL = A("Czechoslovak Communist leadership", "CZE", ["GOV", "PTY"])
CF = A("Civic Forum", "CZE", ["OPP", "NGO"])
E("ak10", "200,000 rally in Prague as new Civic", CZEP, CZEL, ["14"], "141", "1989-11-20", P("Prague", "CZE"), False,
  "headline")
E("ak10", "About 200,000 people filled Wenceslas Square on", CZEP, CZEL, ["14"], "141", "1989-11-20", P("Prague", "CZE"),
  True, "demonstration 141; Wenceslas Square is in Prague (named square with the dateline); Monday in a Tuesday paper; "
  "Czechoslovakia coded CZE, the state that holds Prague today (coders may use CSK; see the README)")
E("ak10", "since the 1968 Soviet-led invasion", A("Soviet Union", "RUS", ["GOV", "MIL"]), A("Czechoslovakia", "CZE", None),
  ["19"], "190", "1968", None, False, "nominal background event used as a yardstick: optional")
E("ak10", "after riot police beat hundreds of students", A("Czechoslovak riot police", "CZE", "COP"),
  A("Czechoslovak students", "CZE", ["EDU", "CVL"]), REPR, "175", "1989-11-17", P("Prague", "CZE"), True,
  "violent repression 175 (17/18) inside an 'after' clause with its own agent, 'three days after' Monday; Narodni "
  "Street is in Prague")
E("ak10", "which demanded the resignation of party leader", CF, A("Milos Jakes", "CZE", ["GOV", "PTY"]), DEMAND, "1041",
  "1989-11-19", None, True, "demand for resignation 1041 in a relative clause; 'On Sunday'; the founding itself is "
  "not an event")
E("ak10", "and an independent inquiry into Friday's beatings", CF, CZEL, DEMAND, "100", "1989-11-19", None, False,
  "second object of the same demand: optional")
E("ak10", "The group also called a two-hour general", CF, CZEL, ["14"], "143", "1989-11", None, True,
  "calling a general strike 143 (as owned21 d01); 'The group' = Civic Forum; the strike itself is planned but the "
  "call is done; no day of its own: month")
E("ak10", "urged the authorities to free all political", CF, CZEL, DEMAND, "1043", "1989-11", None, False,
  "second verb, an appeal: optional")
E("ak10", "Students at universities in Prague and Bratislava", A("Czechoslovak students", "CZE", ["EDU", "CVL"]), CZEL,
  ["14"], "143", "1989-11", None, True, "strike 143 'since Saturday' (a span: month, as owned21); two cities, no single "
  "place")
E("ak10", "accused anti-socialist forces of trying to plunge", CZEL, A("Czechoslovak opposition", "CZE", ["OPP", "CVL"]),
  ["11"], "112", "1989-11", None, True, "accusation; no day of its own: month")
F("ak10", "The official news agency CTK put Monday's", "counts")
F("ak10", "There was no sign on Monday night", "negated / speculation")

if __name__ == "__main__":
    write(HERE)
