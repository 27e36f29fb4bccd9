#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned24 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned24/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402

ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
DEPLOY = ["07", "15"]
MEDIATE = ["04", "03"]
EXPEL = ["17", "16"]

# ---------------------------------------------------------------- i01 Lagos, Africa (Nigeria)
S("i01", "1993-06-25", "Africa", """
Nigeria's military rulers annul presidential vote; Abiola defiant

LAGOS, Nigeria —

Nigeria's military government annulled the results of the June 12 presidential election on Wednesday, dashing hopes of a return to civilian rule after nearly a decade of army government.

General Ibrahim Babangida, who has ruled since a 1985 palace coup, said the vote had been marred by irregularities and that the courts had been drawn into the dispute. Unofficial tallies published by independent monitors showed the businessman Moshood Abiola, of the Social Democratic Party, winning clearly.

Abiola rejected the annulment on Thursday and declared himself the rightful winner. He urged Nigerians to resist what he called a betrayal.

The United States condemned the decision and suspended military aid, a State Department spokesman said in Washington. Britain, the former colonial power, also cut its aid and recalled its military adviser.

Police in Lagos arrested Beko Ransome-Kuti, a doctor who leads the Campaign for Democracy, after the group called a general strike, his colleagues said. The campaign, an alliance of human rights and student groups, said the detention would not stop the protests.

Hundreds of young men set up burning barricades in the Yaba district, and soldiers fired tear gas to clear them, according to a police spokesman, Alozie Ogugbuaja.

Nigeria earns most of its foreign exchange from oil. It was not clear whether the army would hold a new vote.
""")
NGA = A("Nigeria", "NGA", "GOV")
BABA = A("Ibrahim Babangida", "NGA", ["GOV", "MIL"])
ABIOLA = A("Moshood Abiola", "NGA", ["PTY", "OPP"])
CDEM = A("Campaign for Democracy", "NGA", ["NGO", "OPP"])
E("i01", "Nigeria's military rulers annul presidential vote", NGA, ABIOLA, ["12"], "120", "1993-06", None, False, "headline")
E("i01", "Nigeria's military government annulled the results of", NGA, ABIOLA, ["12"], "120", "1993-06-23", None, True,
  "annulling an election's results: rejection 120, target the winner whose mandate it voids; 'on Wednesday' in a Friday paper")
E("i01", "General Ibrahim Babangida, who has ruled since", BABA, A("Nigeria", "NGA", None), COUP, "1724", "1985", None, False,
  "background coup of 1985 without agent or target in the clause: optional")
E("i01", "Abiola rejected the annulment on Thursday and", ABIOLA, NGA, ["12"], "120", "1993-06-24", None, True,
  "rejection of the annulment; Thursday")
E("i01", "He urged Nigerians to resist what he", ABIOLA, A("Nigerians", "NGA", "CVL"), DEMAND, "1043", "1993-06", None, False,
  "call to the public: optional (appeal to own supporters)")
E("i01", "The United States condemned the decision and", A("United States", "USA", "GOV"), NGA, ["11", "12"], "111",
  "1993-06", None, True, "condemnation; no day: month")
E("i01", "The United States condemned the decision and", A("United States", "USA", "GOV"), NGA, SANCT, "1621",
  "1993-06", None, True, "suspension of military aid 1621 (16/17), second verb of the same sentence, a separate act")
E("i01", "Britain, the former colonial power, also cut", A("Britain", "GBR", "GOV"), NGA, SANCT, "1621", "1993-06", None, False,
  "second outside reaction: optional")
E("i01", "Police in Lagos arrested Beko Ransome-Kuti", A("Nigerian police", "NGA", "COP"), A("Beko Ransome-Kuti", "NGA", ["NGO", "OPP"]),
  REPR, "173", "1993-06", P("Lagos", "NGA"), True, "arrest of an activist; 'Police in Lagos' names the city; colleagues' account undisputed")
E("i01", "after the group called a general strike", CDEM, NGA, VPROT, "143", "1993-06", None, False,
  "strike call in an 'after' clause: optional (a call, not yet a strike)")
E("i01", "soldiers fired tear gas to clear them", A("Nigerian soldiers", "NGA", "MIL"), A("protesters", "NGA", "CVL"), ["17", "18"],
  "175", "1993-06", None, True, "tear gas 175; 'according to a police spokesman'; 'the Yaba district' gives no place")
E("i01", "Hundreds of young men set up burning", A("protesters", "NGA", "CVL"), NGA, VPROT, "145", "1993-06", None, False,
  "barricades: violent protest, optional")
F("i01", "Nigeria earns most of its foreign exchange", "standing situation")
F("i01", "It was not clear whether the army", "speculation")

# ---------------------------------------------------------------- i02 Paris, Africa (Chad)
S("i02", "2008-02-05", "Africa", """
Chad's Deby holds capital as rebels pull back; France ready to intervene

PARIS, France —

Chadian government troops drove rebel columns out of N'Djamena on Monday after two days of street fighting in which the insurgents had reached the walls of the presidential palace, French officials said.

The U.N. Security Council on Monday night called on member states to support Chad's government, a statement that France had drafted. Defence Minister Herve Morin said France would be ready to intervene if President Idriss Deby asked for it.

The rebels, an alliance led by Mahamat Nouri and Timane Erdimi, had crossed from eastern Chad in pickup trucks and stormed into the capital on Saturday. They accused Deby of clinging to power and of stealing the country's oil money.

French soldiers, who are based in Chad under a defence accord, evacuated more than 1,200 foreigners to Gabon and secured the airport, the defence ministry said. It denied that its troops had fought the rebels.

Deby, speaking from the palace, accused Sudan of arming the insurgents. Khartoum rejected the charge. A rebel spokesman, Abderaman Koulamallah, said the alliance had withdrawn to spare civilians and would return.

Thousands of residents fled across the Chari river into Cameroon, according to the U.N. refugee agency.

Chad began exporting oil in 2003. It was not clear how many people had been killed in the fighting.
""")
TCD = A("Chad", "TCD", "GOV")
TCDM = A("Chadian army", "TCD", "MIL")
DEBY = A("Idriss Deby", "TCD", "GOV")
TREB = A("Chadian rebels", "TCD", "REB")
E("i02", "Chad's Deby holds capital as rebels pull", TREB, TCD, ["08"], "0874", "2008-02", None, False, "headline")
E("i02", "Chadian government troops drove rebel columns out", TCDM, TREB, FORCE, "190", "2008-02-04", P("N'Djamena", "TCD"), True,
  "driving the rebels out of the capital; Monday; the clause names N'Djamena; the Paris dateline is not the place")
E("i02", "The U.N. Security Council on Monday night", A("U.N. Security Council", None, "IGO"), A("Chad", "TCD", "GOV"), ["05", "02", "10"],
  "051", "2008-02-04", None, True, "call to support the government: support statement 051 (05), request to others read 02/10 tolerated")
E("i02", "Herve Morin said France would be ready", A("France", "FRA", "GOV"), TCD, ["03", "07"], "030", "2008-02", None, False,
  "conditional offer of help, intention: optional")
E("i02", "had crossed from eastern Chad in pickup", TREB, TCD, ATTACK, "190", "2008-02-02", None, True,
  "assault on the capital; Saturday; 'into the capital' is a destination, no place")
E("i02", "They accused Deby of clinging to power", TREB, DEBY, ["11"], "112", "2008-02", None, True,
  "accusation; 'They' = the rebels; no day: month")
E("i02", "French soldiers, who are based in Chad", A("French forces", "FRA", "MIL"), A("foreigners", None, "CVL"), ["07", "04"], "073",
  "2008-02", None, False, "evacuation of foreigners: humanitarian aid to third parties, optional")
E("i02", "It denied that its troops had fought", A("French defence ministry", "FRA", "GOV"), TREB, DENY, "010", "2008-02", None, False,
  "denial of involvement: optional")
E("i02", "accused Sudan of arming the insurgents", DEBY, A("Sudan", "SDN", "GOV"), ["11"], "112", "2008-02", None, True,
  "accusation of arming the rebels")
E("i02", "Khartoum rejected the charge", A("Sudan", "SDN", "GOV"), DEBY, DENY, "012", "2008-02", None, True,
  "rejection of the accusation 012 ('Khartoum' = Sudan, city as government) under 01/12")
E("i02", "said the alliance had withdrawn to spare", TREB, TCD, ["08"], "0874", "2008-02", None, False,
  "withdrawal by the rebels' own spokesman: optional")
F("i02", "Chad began exporting oil in 2003", "standing situation")
F("i02", "It was not clear how many people", "speculation")

# ---------------------------------------------------------------- i03 Cairo, MENA (Egypt / Achille Lauro)
S("i03", "1985-10-11", "Middle East", """
U.S. jets force down Egyptian airliner carrying Achille Lauro hijackers

CAIRO, Egypt —

U.S. Navy fighters intercepted an Egyptian airliner carrying the four Palestinians who had hijacked the Italian cruise ship Achille Lauro and forced it to land at a NATO base in Sicily early on Friday.

Italian authorities took the gunmen into custody at the Sigonella base after a tense standoff between American commandos and Italian carabinieri on the runway, officials in Rome said.

The hijackers, members of the Palestine Liberation Front, seized the liner off the Egyptian coast on Monday and held more than 400 passengers and crew for two days. They killed Leon Klinghoffer, a disabled American passenger, and threw his body into the sea, according to the ship's captain.

Egypt had allowed the gunmen to leave the country under a deal negotiated by the PLO, in which they surrendered the ship on Wednesday in exchange for safe passage.

President Hosni Mubarak denounced the interception as an act of piracy and demanded an apology from Washington. Hundreds of students marched through central Cairo on Friday, chanting against the United States.

A PLO official in Tunis, Bassam Abu Sharif, denied that the organisation had planned the hijacking. President Ronald Reagan said the United States would ask Italy to extradite the men.

The cruise ship carried mostly European tourists. It was not clear whether Italy would agree to hand the men over.
""")
USAM = A("U.S. Navy", "USA", "MIL")
PLF = A("Palestine Liberation Front hijackers", "PSE", ["REB", "RAD"])
EGY = A("Egypt", "EGY", "GOV")
ITA = A("Italy", "ITA", "GOV")
E("i03", "U.S. jets force down Egyptian airliner carrying", USAM, EGY, ["17", "19"], "171", "1985-10", None, False, "headline")
E("i03", "U.S. Navy fighters intercepted an Egyptian airliner", USAM, EGY, ["17", "19"], "171", "1985-10-11", P("Sicily", "ITA"), True,
  "forcing down a state's airliner: seizure 171 (17), with 19 tolerated; target Egypt, whose plane it was; 'in Sicily' names the place")
E("i03", "U.S. Navy fighters intercepted an Egyptian airliner", USAM, PLF, ["17", "19"], "171", "1985-10-11", P("Sicily", "ITA"), False,
  "the hijackers as target: optional second reading")
E("i03", "Italian authorities took the gunmen into custody", ITA, PLF, REPR, "173", "1985-10-11", None, True,
  "arrest; 'the Sigonella base' gives no place beyond Sicily")
E("i03", "The hijackers, members of the Palestine Liberation", PLF, ITA, ["18", "17"], "181", "1985-10-07", None, True,
  "hijacking and holding hostages 181; the ship is Italian; Monday in a Friday paper; 'off the Egyptian coast' is no place")
E("i03", "They killed Leon Klinghoffer, a disabled American", PLF, A("Leon Klinghoffer", "USA", "CVL"), ["18", "20"], "186",
  "1985-10", None, True, "killing of a hostage 186 ('according to the ship's captain', undisputed); no day: month")
E("i03", "Egypt had allowed the gunmen to leave", EGY, PLF, ["08", "03"], "081", "1985-10", None, False,
  "background concession: optional")
E("i03", "they surrendered the ship on Wednesday in", PLF, EGY, ["08"], "0841", "1985-10-09", None, False,
  "release of the ship and hostages inside the deal clause: optional")
E("i03", "denounced the interception as an act of", A("Hosni Mubarak", "EGY", "GOV"), A("United States", "USA", "GOV"), ["11"], "111",
  "1985-10", None, True, "denunciation 111")
E("i03", "denounced the interception as an act of", A("Hosni Mubarak", "EGY", "GOV"), A("United States", "USA", "GOV"), DEMAND, "1041",
  "1985-10", None, False, "demand for an apology, second verb: optional")
E("i03", "Hundreds of students marched through central Cairo", A("Egyptian students", "EGY", "CVL"), A("United States", "USA", "GOV"),
  ["14"], "141", "1985-10-11", P("Cairo", "EGY"), True, "protest march against the U.S.; the clause names Cairo")
E("i03", "denied that the organisation had planned the", A("Bassam Abu Sharif", "PSE", ["GOV", "RAD"]), A("United States", "USA", "GOV"), DENY, "013", "1985-10",
  None, False, "denial of responsibility answering the U.S. charge: optional")
E("i03", "would ask Italy to extradite the men", A("Ronald Reagan", "USA", "GOV"), ITA, DEMAND, "020", "1985-10", None, False,
  "intended request ('would ask'): optional")
F("i03", "The cruise ship carried mostly European tourists", "standing situation")
F("i03", "It was not clear whether Italy would", "speculation")

# ---------------------------------------------------------------- i04 London, MENA (Libya / U.S.)
S("i04", "1986-04-15", "Middle East", """
U.S. bombers strike Tripoli and Benghazi; Britain backs use of its bases

LONDON, United Kingdom —

American warplanes bombed targets in Tripoli and Benghazi before dawn on Tuesday, in retaliation for what Washington called Libya's role in the bombing of a West Berlin discotheque frequented by U.S. soldiers.

Prime Minister Margaret Thatcher told the House of Commons that she had allowed F-111 bombers based in England to take part, saying the United States had the right to defend itself against terrorism. Neil Kinnock, the Labour leader, accused her of making Britain an accomplice.

President Ronald Reagan said the raids had hit Colonel Muammar Gaddafi's headquarters and military airfields. Libyan television said the strikes killed dozens of civilians, among them an adopted daughter of the Libyan leader. Libya's air defences fired at the attackers, and one U.S. plane was lost.

France and Spain had refused to let the bombers cross their airspace, forcing the aircraft to fly a long route over the Atlantic, U.S. officials said.

The Soviet Union condemned the attack and called off a planned meeting between its foreign minister and Secretary of State George Shultz. Arab governments, which are often at odds with Gaddafi, rallied behind Tripoli.

Hundreds of demonstrators gathered outside Downing Street, the London police said.

Libya is a large supplier of oil to Western Europe. It was not clear whether Gaddafi would strike back.
""")
USA = A("United States", "USA", "GOV")
USAF = A("U.S. Air Force", "USA", "MIL")
LBY = A("Libya", "LBY", "GOV")
THATCH = A("Margaret Thatcher", "GBR", "GOV")
E("i04", "U.S. bombers strike Tripoli and Benghazi; Britain", USAF, LBY, ATTACK, "195", "1986-04", None, False, "headline")
E("i04", "American warplanes bombed targets in Tripoli and", USAF, LBY, ATTACK, "195", "1986-04-15", P("Tripoli", "LBY"), True,
  "air strikes 195; 'before dawn on Tuesday' in a Tuesday paper; the clause names Tripoli (and Benghazi)")
E("i04", "in retaliation for what Washington called Libya's", USA, LBY, ["11"], "112", "1986-04", None, False,
  "accusation inside a 'what Washington called' clause: optional")
E("i04", "told the House of Commons that she", THATCH, USA, ["05", "03", "06"], "051", "1986-04", None, True,
  "allowing the bombers to fly from British bases and defending the raid: support 051 (05), with 03/06 tolerated")
E("i04", "the Labour leader, accused her of making", A("Neil Kinnock", "GBR", ["OPP", "PTY"]), THATCH, ["11"], "112", "1986-04", None, True,
  "accusation by the opposition leader; 'her' = Thatcher")
E("i04", "Libyan television said the strikes killed dozens", USAF, A("Libyan civilians", "LBY", "CVL"), ATTACK, "195", "1986-04-15", None, False,
  "casualties by one side's television: optional")
E("i04", "Libya's air defences fired at the attackers", A("Libyan military", "LBY", "MIL"), USAF, ATTACK, "190", "1986-04-15", None, True,
  "return fire at the attackers 190 (ASSAULT roots)")
E("i04", "France and Spain had refused to let", A("France", "FRA", "GOV"), USA, ["12"], "120", "1986-04", None, True,
  "refusal of overflight; compound subject: France required")
E("i04", "France and Spain had refused to let", A("Spain", "ESP", "GOV"), USA, ["12"], "120", "1986-04", None, False,
  "second member of the compound subject: optional")
E("i04", "The Soviet Union condemned the attack and", A("Soviet Union", "SUN", "GOV"), USA, ["11"], "111", "1986-04", None, True,
  "condemnation; Soviet Union as 'SUN' (historic code)")
E("i04", "The Soviet Union condemned the attack and", A("Soviet Union", "SUN", "GOV"), USA, SANCT, "161", "1986-04", None, False,
  "calling off a meeting: reduced relations 161, second verb: optional")
E("i04", "Arab governments, which are often at odds", A("Arab governments", None, "GOV"), LBY, ["05"], "051", "1986-04", None, False,
  "collective support: optional")
E("i04", "Hundreds of demonstrators gathered outside Downing Street", A("British demonstrators", "GBR", "CVL"), THATCH, ["14"], "141",
  "1986-04", P("London", "GBR"), False, "protest; 'the London police said' with the dateline: optional")
F("i04", "Libya is a large supplier of oil", "standing situation")
F("i04", "It was not clear whether Gaddafi would", "speculation")

# ---------------------------------------------------------------- i05 Bangkok, Asia (Burma)
S("i05", "1988-09-20", "Asia", """
Burmese army seizes power, fires on protesters in Rangoon

BANGKOK, Thailand —

Burma's armed forces took power on Sunday, and troops opened fire on crowds that defied a ban on gatherings in Rangoon, killing scores of people, Western diplomats reached by telephone from here said.

General Saw Maung, the defence minister, announced on state radio that the military had formed a council to restore law and order. It abolished the government of President Maung Maung and banned meetings of more than four people.

Soldiers fired machine guns at students who marched toward the city hall on Monday, according to the diplomats. The students had demanded an interim government and multi-party elections after weeks of general strikes.

Aung San Suu Kyi, the daughter of the country's independence hero, called on the army to stop the killing and urged her supporters to remain peaceful. A student leader, Min Ko Naing, said the movement would not give up.

The United States suspended all economic aid and called for a return to civilian rule, a State Department spokesman said. Japan, Burma's largest donor, froze its new loans.

Thailand said it had closed the border crossing at Mae Sot after hundreds of students fled into the hills near the frontier.

Burma has been ruled by the army since 1962. It was not clear how many people had been killed since Sunday.
""")
MMRM = A("Burmese army", "MMR", "MIL")
MMR = A("Burma", "MMR", "GOV")
SAW = A("Saw Maung", "MMR", ["MIL", "GOV"])
BSTU = A("Burmese students", "MMR", ["CVL", "OPP"])
E("i05", "Burmese army seizes power, fires on protesters", MMRM, MMR, COUP, "1724", "1988-09", None, False, "headline")
E("i05", "Burma's armed forces took power on Sunday", MMRM, MMR, COUP, "1724", "1988-09-18", None, True,
  "military takeover 1724 (17/19); Sunday in a Tuesday paper")
E("i05", "Burma's armed forces took power on Sunday", MMRM, A("Burmese protesters", "MMR", ["CVL", "OPP"]), ["18", "17", "20"], "180",
  "1988-09", P("Rangoon", "MMR"), True, "firing on crowds 180 (18/17/20 read), no day of its own beside the takeover's Sunday: month; 'Western diplomats ... said' undisputed; the clause names Rangoon; 'here' is Bangkok, not the place")
E("i05", "announced on state radio that the military", SAW, MMR, COUP, "1724", "1988-09", None, False,
  "restatement of the takeover: optional")
E("i05", "It abolished the government of President Maung", MMRM, A("Maung Maung", "MMR", "GOV"), COUP, "1724", "1988-09", None, False,
  "abolition of the government, part of the takeover: optional")
E("i05", "It abolished the government of President Maung", MMRM, A("Burmese civilians", "MMR", "CVL"), REPR, "1721", "1988-09", None, True,
  "ban on gatherings: imposing restrictions 1721 (17); 'It' = the council")
E("i05", "Soldiers fired machine guns at students who", MMRM, BSTU, ["18", "17", "20"], "180", "1988-09-19", None, True,
  "firing on marching students; Monday; 'the city hall' gives no place beyond Rangoon (not named in the clause)")
E("i05", "The students had demanded an interim government", BSTU, MMR, DEMAND, "1043", "1988-09", None, False,
  "background demand without day: optional")
E("i05", "called on the army to stop the killing", A("Aung San Suu Kyi", "MMR", ["OPP", "PTY"]), MMRM, DEMAND, "1056", "1988-09", None, True,
  "demand to stop violence: call for a ceasefire-like halt, read 10/02")
E("i05", "The United States suspended all economic aid", A("United States", "USA", "GOV"), MMR, SANCT, "1621", "1988-09", None, True,
  "suspension of economic aid 1621 (16/17)")
E("i05", "The United States suspended all economic aid", A("United States", "USA", "GOV"), MMR, DEMAND, "1043", "1988-09", None, False,
  "call for civilian rule, second verb: optional")
E("i05", "Japan, Burma's largest donor, froze its new", A("Japan", "JPN", "GOV"), MMR, SANCT, "1621", "1988-09", None, False,
  "second outside reaction: optional")
E("i05", "Thailand said it had closed the border", A("Thailand", "THA", "GOV"), MMR, SANCT, "1663", "1988-09", P("Mae Sot", "THA"), False,
  "closing a crossing: optional (target reading uncertain)")
F("i05", "Burma has been ruled by the army", "standing situation")
F("i05", "It was not clear how many people", "speculation")

# ---------------------------------------------------------------- i06 Seoul, Asia (South Korea)
S("i06", "1987-06-30", "Asia", """
South Korea's ruling party yields to protesters, accepts direct presidential vote

SEOUL, South Korea —

Roh Tae-woo, the ruling party's candidate to succeed President Chun Doo-hwan, accepted on Monday the opposition's main demand for a direct presidential election, after almost three weeks of street protests that had shaken the government.

In an eight-point declaration, Roh also proposed an amnesty for the dissident leader Kim Dae-jung and the release of political prisoners. He said he would withdraw his candidacy if Chun rejected the plan.

Kim Young-sam, president of the opposition Reunification Democratic Party, welcomed the offer as a victory for the people but said the government must now free all detainees. Kim Dae-jung, who has been under house arrest, called it a first step.

Riot police had fired tens of thousands of tear gas canisters at students and office workers since June 10, when the ruling party named Roh as its candidate. A student at Yonsei University, Lee Han-yol, was struck by a tear gas shell and remains in a coma, his classmates said.

The State Department praised the declaration and urged both sides to continue a dialogue. Washington had sent an envoy to press Chun not to use the army against the protesters.

Seoul will host the Summer Olympics next year. It was not clear when the National Assembly would rewrite the constitution.
""")
ROH = A("Roh Tae-woo", "KOR", ["GOV", "PTY"])
KOROPP = A("South Korean opposition", "KOR", ["OPP", "PTY"])
KORCOP = A("South Korean riot police", "KOR", "COP")
KORPROT = A("South Korean protesters", "KOR", ["CVL", "OPP"])
E("i06", "South Korea's ruling party yields to protesters", A("South Korean ruling party", "KOR", ["GOV", "PTY"]), KORPROT, ["08"],
  "080", "1987-06", None, False, "headline")
E("i06", "accepted on Monday the opposition's main demand", ROH, KOROPP, ["08"], "0831", "1987-06-29", None, True,
  "acceding to a demand for political reform 083 (08); Monday in a Tuesday paper; target the opposition whose demand it meets")
E("i06", "Roh also proposed an amnesty for the", ROH, A("Kim Dae-jung", "KOR", ["OPP", "PTY"]), ["08", "03"], "0841", "1987-06-29", None, True,
  "proposed amnesty and release 0841/08 (08/03), as the promised amnesty of owned13; target Kim Dae-jung, first named")
E("i06", "He said he would withdraw his candidacy", ROH, A("Chun Doo-hwan", "KOR", "GOV"), ["13"], "130", "1987-06", None, False,
  "conditional threat to withdraw: optional")
E("i06", "welcomed the offer as a victory for", A("Kim Young-sam", "KOR", ["OPP", "PTY"]), ROH, ["05", "03"], "050", "1987-06", None, True,
  "welcoming the offer 050")
E("i06", "welcomed the offer as a victory for", A("Kim Young-sam", "KOR", ["OPP", "PTY"]), A("South Korea", "KOR", "GOV"), DEMAND, "1041",
  "1987-06", None, False, "demand to free detainees, second verb: optional")
E("i06", "Riot police had fired tens of thousands", KORCOP, KORPROT, ["17", "18"], "175", "1987-06", None, True,
  "tear gas 175 since June 10; month")
E("i06", "when the ruling party named Roh as", A("South Korean ruling party", "KOR", ["GOV", "PTY"]), ROH, ["05", "03"], "050", "1987-06-10",
  None, False, "nomination inside a 'when' clause, party act toward own member: optional")
E("i06", "was struck by a tear gas shell", KORCOP, A("Lee Han-yol", "KOR", "CVL"), ["17", "18"], "175", "1987-06", None, False,
  "agentless passive: optional")
E("i06", "The State Department praised the declaration and", A("U.S. State Department", "USA", "GOV"), ROH, ["05"], "051", "1987-06",
  None, True, "praise 051")
E("i06", "The State Department praised the declaration and", A("U.S. State Department", "USA", "GOV"), A("South Korea", "KOR", None), DEMAND,
  "1042", "1987-06", None, False, "call for dialogue, second verb: optional")
E("i06", "Washington had sent an envoy to press", USA, A("Chun Doo-hwan", "KOR", "GOV"), DEMAND, "020", "1987-06", None, True,
  "request carried by an envoy (10/02), as owned13's k12; 'Washington' = the U.S. government")
F("i06", "Seoul will host the Summer Olympics next", "standing situation")
F("i06", "It was not clear when the National", "speculation")

# ---------------------------------------------------------------- i07 Ljubljana, Europe (Slovenia / Yugoslavia)
S("i07", "1991-07-08", "Europe/Eurasia", """
Slovenia and Yugoslav army accept European truce after ten days of clashes

LJUBLJANA, Slovenia —

Slovenia and the Yugoslav federal authorities agreed on Sunday to a European Community plan that suspends the republic's independence for three months and sends federal troops back to their barracks.

The deal was reached on the island of Brioni after all-night talks mediated by a delegation of three EC foreign ministers, led by Hans van den Broek of the Netherlands. Slovenian President Milan Kucan said the republic had accepted the moratorium but would not give up its sovereignty.

Fighting erupted on June 27, two days after Slovenia declared independence, when federal tanks moved to seize border crossings with Italy and Austria. Slovenian territorial defence units blockaded the columns and shot down two army helicopters, one of them over Ljubljana.

Yugoslav air force jets had bombed the Brnik airport and a television transmitter, according to the Slovenian information minister, Jelko Kacin. The army accused Slovenia of attacking conscripts who were trying to surrender.

The EC also announced an embargo on arms sales to Yugoslavia and sent a team of monitors to oversee the truce.

Hundreds of Slovenian conscripts have deserted the federal army since the fighting began, the republic's defence ministry said.

Slovenia has about two million people. It was not clear whether Serbia's leaders would accept the plan.
""")
SVN = A("Slovenia", "SVN", "GOV")
SVNM = A("Slovenian territorial defence", "SVN", "MIL")
YUG = A("Yugoslavia", "YUG", "GOV")
YUGM = A("Yugoslav army", "YUG", "MIL")
EC = A("European Community", None, "IGO")
E("i07", "Slovenia and Yugoslav army accept European truce", SVN, YUGM, AGREE, "057", "1991-07", None, False, "headline")
E("i07", "Slovenia and the Yugoslav federal authorities agreed", SVN, YUG, AGREE, "057", "1991-07-07", None, True,
  "agreement on the EC plan (05/03/08); first-mentioned direction; Sunday in a Monday paper")
E("i07", "Slovenia and the Yugoslav federal authorities agreed", YUG, SVN, AGREE, "057", "1991-07-07", None, False,
  "reverse direction: optional")
E("i07", "after all-night talks mediated by a delegation", EC, SVN, MEDIATE, "045", "1991-07", P("Brioni", "HRV"), True,
  "mediation by a third party 045 (04/03); target first party; the clause names Brioni (in Croatia, then a Yugoslav republic: modern code)")
E("i07", "Milan Kucan said the republic had accepted", A("Milan Kucan", "SVN", "GOV"), EC, AGREE, "030", "1991-07", None, False,
  "restatement of the acceptance: optional")
E("i07", "when federal tanks moved to seize border", YUGM, SVN, FORCE, "190", "1991-06-27", None, True,
  "use of force to seize border crossings, in a 'when' clause with its own agent; June 27")
E("i07", "two days after Slovenia declared independence", SVN, YUG, ["12", "11", "16"], "120", "1991-06-25", None, False,
  "declaration of independence, background: optional")
E("i07", "Slovenian territorial defence units blockaded the columns", SVNM, YUGM, FORCE, "190", "1991-06", None, True,
  "blockade and shooting down helicopters 190 (19/18); no day of its own: month")
E("i07", "Yugoslav air force jets had bombed the", YUGM, SVN, ATTACK, "195", "1991-06", None, True,
  "air strikes 195; 'according to the Slovenian information minister' (one side's account, but the story depends on it)")
E("i07", "The army accused Slovenia of attacking conscripts", YUGM, SVN, ["11"], "112", "1991-07", None, True,
  "accusation")
E("i07", "The EC also announced an embargo on", EC, YUG, SANCT, "163", "1991-07", None, True,
  "arms embargo 163 (16/17)")
E("i07", "The EC also announced an embargo on", EC, YUG, ["04", "03", "07"], "043", "1991-07", None, False,
  "monitors sent, second verb: optional")
F("i07", "Slovenia has about two million people", "standing situation")
F("i07", "It was not clear whether Serbia's leaders", "speculation")

# ---------------------------------------------------------------- i08 Baku, Europe/Central Asia (Azerbaijan / USSR)
S("i08", "1990-01-22", "Europe/Eurasia", """
Soviet troops storm into Baku; Azerbaijanis mourn dead and burn party cards

BAKU, Soviet Union —

Hundreds of thousands of Azerbaijanis filled the centre of Baku on Monday to bury people killed when Soviet troops forced their way into the city over the weekend, and many tore up their Communist Party cards in protest.

Army units backed by tanks broke through barricades of trucks and buses early on Saturday, firing on residents who tried to stop them, witnesses said. The Popular Front of Azerbaijan, which had organised the barricades, said more than a hundred civilians had died.

President Mikhail Gorbachev declared a state of emergency in the city on Friday night. Defence Minister Dmitry Yazov said the army had moved in to prevent the Popular Front from seizing power, and accused its leaders of stirring up violence against Armenians.

Etibar Mammadov, a Popular Front leader, was detained by security forces and flown to Moscow, his colleagues said. The front called a general strike, and ships blockaded the harbour.

Azerbaijan's parliament, meeting in emergency session, condemned the intervention and threatened to hold a referendum on leaving the Soviet Union. Iran's government urged Moscow to show restraint toward the republic's Muslims.

Thousands of Armenians have left Baku by ferry since attacks on their homes began last week, according to Armenian officials in Yerevan.

Baku is the centre of the Soviet oil industry. It was not clear how long the troops would remain.
""")
SUNM = A("Soviet army", "SUN", "MIL")
AZEPF = A("Popular Front of Azerbaijan", "AZE", ["OPP", "PTY"])
AZECVL = A("Azerbaijani civilians", "AZE", "CVL")
SUN = A("Soviet Union", "SUN", "GOV")
E("i08", "Soviet troops storm into Baku; Azerbaijanis mourn", SUNM, AZECVL, FORCE, "190", "1990-01", None, False, "headline")
E("i08", "Hundreds of thousands of Azerbaijanis filled the", AZECVL, SUN, ["14"], "141", "1990-01-22", P("Baku", "AZE"), True,
  "mass funeral protest 141; Monday; the clause names Baku")
E("i08", "Hundreds of thousands of Azerbaijanis filled the", SUNM, AZECVL, FORCE, "190", "1990-01", P("Baku", "AZE"), False,
  "restatement of the storming inside the 'when' clause: optional (detailed next)")
E("i08", "Army units backed by tanks broke through", SUNM, AZECVL, ["18", "17", "20", "19"], "180", "1990-01-20", None, True,
  "storming the barricades and firing on residents; Saturday; 'witnesses said' undisputed")
E("i08", "President Mikhail Gorbachev declared a state of", A("Mikhail Gorbachev", "SUN", "GOV"), A("Azerbaijan", "AZE", None), REPR,
  "1724", "1990-01-19", None, True, "state of emergency imposed on a republic's capital 1724 (17); Friday night")
E("i08", "Defence Minister Dmitry Yazov said the army", A("Dmitry Yazov", "SUN", ["GOV", "MIL"]), AZEPF, ["11"], "112", "1990-01", None, True,
  "accusation of the front's leaders")
E("i08", "was detained by security forces and flown", A("Soviet security forces", "SUN", "SPY"), A("Etibar Mammadov", "AZE", ["OPP", "PTY"]),
  REPR, "173", "1990-01", None, True, "arrest of an opposition leader, passive with its agent; 'flown to Moscow' is a destination")
E("i08", "The front called a general strike, and", AZEPF, SUN, VPROT, "143", "1990-01", None, False,
  "strike call: optional")
E("i08", "condemned the intervention and threatened to hold", A("Azerbaijani parliament", "AZE", "LEG"), SUN, ["11"], "111", "1990-01",
  None, True, "condemnation")
E("i08", "condemned the intervention and threatened to hold", A("Azerbaijani parliament", "AZE", "LEG"), SUN, ["13"], "138", "1990-01",
  None, False, "threat of a secession referendum, second verb: optional")
E("i08", "Iran's government urged Moscow to show restraint", A("Iran", "IRN", "GOV"), SUN, DEMAND, "1056", "1990-01", None, False,
  "single outside reaction: optional")
F("i08", "Baku is the centre of the Soviet", "standing situation")
F("i08", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- i09 Caracas, Americas (Venezuela)
S("i09", "1992-02-05", "Americas", """
Venezuelan troops crush paratroopers' revolt against Perez

CARACAS, Venezuela —

Troops loyal to President Carlos Andres Perez put down an attempted coup by rebel army officers on Tuesday, after a night of fighting around the presidential palace and a military base in Caracas in which at least 18 people were killed.

The rebels, paratroopers led by Lieutenant-Colonel Hugo Chavez, attacked Miraflores palace with armoured vehicles shortly after midnight, hours after Perez returned from a trip to Switzerland. Perez escaped through a side door and went on television to rally the armed forces.

Chavez surrendered in the morning and, in a brief broadcast the government allowed, called on his comrades in Maracay and Valencia to lay down their arms. "For now, the objectives we set ourselves were not achieved," he said.

Defence Minister Fernando Ochoa Antich said more than a thousand soldiers had been arrested. Congress suspended constitutional guarantees, and the government closed a newspaper that had printed a rebel statement.

Rafael Caldera, a former president, told the Senate that Venezuelans had no reason to defend a democracy that had left them hungry. The rebels had accused Perez of corruption and of imposing harsh austerity measures.

The United States and the Organization of American States condemned the uprising and expressed support for Perez.

Venezuela is one of the largest oil suppliers to the United States. It was not clear what would happen to the officers.
""")
VENM = A("Venezuelan loyalist troops", "VEN", "MIL")
VREB = A("Venezuelan rebel officers", "VEN", ["MIL", "REB"])
CHAVEZ = A("Hugo Chavez", "VEN", ["MIL", "REB"])
PEREZ = A("Carlos Andres Perez", "VEN", "GOV")
VEN = A("Venezuela", "VEN", "GOV")
E("i09", "Venezuelan troops crush paratroopers' revolt against Perez", VENM, VREB, FORCE, "190", "1992-02", None, False, "headline")
E("i09", "Troops loyal to President Carlos Andres Perez", VENM, VREB, FORCE, "190", "1992-02-04", P("Caracas", "VEN"), True,
  "putting down the revolt 190 (19/18); Tuesday in a Wednesday paper; 'in Caracas' names the city")
E("i09", "attacked Miraflores palace with armoured vehicles shortly", VREB, PEREZ, COUP, "1724", "1992-02-04", None, True,
  "attempted coup: assault on the palace 1724 (17/19), with 18/19 not listed (coup roots as in owned13); 'shortly after midnight' Tuesday")
E("i09", "Perez escaped through a side door and", PEREZ, A("Venezuelan armed forces", "VEN", "MIL"), DEMAND, "020", "1992-02-04", None, False,
  "appeal to the armed forces: optional")
E("i09", "Chavez surrendered in the morning and, in", CHAVEZ, VEN, ["08"], "0873", "1992-02-04", None, True,
  "surrender: de-escalation 087 read as RETREAT roots (08)")
E("i09", "Chavez surrendered in the morning and, in", CHAVEZ, A("rebel officers", "VEN", ["MIL", "REB"]), DEMAND, "020", "1992-02-04",
  None, False, "appeal to comrades to lay down arms, second verb: optional")
E("i09", "said more than a thousand soldiers had", VEN, VREB, REPR, "173", "1992-02", None, True,
  "arrests, agentless passive with the government's defence minister as the source: the government is the agent")
E("i09", "Congress suspended constitutional guarantees, and the government", A("Venezuelan Congress", "VEN", "LEG"),
  A("Venezuelans", "VEN", "CVL"), REPR, "1721", "1992-02", None, False, "suspension of guarantees: optional (self-directed)")
E("i09", "Congress suspended constitutional guarantees, and the government", VEN, A("Venezuelan newspaper", "VEN", "MED"), REPR,
  "1722", "1992-02", None, True, "closing a newspaper: restricting the press 172 (17)")
E("i09", "told the Senate that Venezuelans had no", A("Rafael Caldera", "VEN", ["PTY", "LEG"]), PEREZ, ["11"], "111", "1992-02",
  None, False, "criticism: optional (indirect)")
E("i09", "The rebels had accused Perez of corruption", VREB, PEREZ, ["11"], "112", "1992-02", None, True, "accusation")
E("i09", "The United States and the Organization of", A("United States", "USA", "GOV"), VREB, ["11"], "111", "1992-02", None, True,
  "condemnation; compound subject: first member required")
E("i09", "The United States and the Organization of", A("Organization of American States", None, "IGO"), VREB, ["11"], "111",
  "1992-02", None, False, "second member: optional")
E("i09", "The United States and the Organization of", A("United States", "USA", "GOV"), PEREZ, ["05"], "051", "1992-02", None, False,
  "support, second verb: optional")
F("i09", "Venezuela is one of the largest oil", "standing situation")
F("i09", "It was not clear what would happen", "speculation")

# ---------------------------------------------------------------- i10 Bogota, Americas (Colombia)
S("i10", "1985-11-08", "Americas", """
Colombian army retakes Palace of Justice; judges die in M-19 siege

BOGOTA, Colombia —

Colombian troops stormed the Palace of Justice on Thursday and ended a 27-hour occupation by M-19 guerrillas, but more than 90 people were killed, among them 11 Supreme Court justices, officials said.

Guerrillas of the April 19 Movement burst into the building in central Bogota on Wednesday morning, shooting their way past guards, and took hundreds of judges, lawyers and visitors hostage. They demanded that President Belisario Betancur stand trial before the court for breaking a truce signed last year.

Betancur refused to negotiate. Tanks rammed the main door, and soldiers fought their way up floor by floor while the top storeys burned.

The chief justice, Alfonso Reyes Echandia, had pleaded on radio for a ceasefire, according to recordings aired by Caracol Radio. He was among the dead.

Jaime Castro, the government minister, said the army had acted to protect the institutions. Opposition congressman Horacio Serpa accused the government of sacrificing the judges.

The guerrillas' political spokesman, Alvaro Fayad, said in a statement that the army had attacked the building without regard for the hostages. A spokesman for the presidency rejected the charge.

The United States and Venezuela expressed support for Betancur.

Colombia has fought leftist insurgents for decades. It was not clear how many guerrillas had escaped.
""")
COLM = A("Colombian army", "COL", "MIL")
M19 = A("M-19 guerrillas", "COL", ["REB", "RAD"])
BET = A("Belisario Betancur", "COL", "GOV")
COL = A("Colombia", "COL", "GOV")
COLJUD = A("Colombian Supreme Court", "COL", "JUD")
E("i10", "Colombian army retakes Palace of Justice; judges", COLM, M19, FORCE, "192", "1985-11", None, False, "headline")
E("i10", "Colombian troops stormed the Palace of Justice", COLM, M19, FORCE, "190", "1985-11-07", None, True,
  "storming the building 190 (19/18); Thursday in a Friday paper; 'the Palace of Justice' gives no place beyond Bogota (not named)")
E("i10", "Guerrillas of the April 19 Movement burst", M19, COLJUD, ["18", "17"], "181", "1985-11-06", P("Bogota", "COL"), True,
  "hostage-taking 181; Wednesday; 'in central Bogota' names the city; target the court, whose justices were first taken")
E("i10", "They demanded that President Belisario Betancur stand", M19, BET, DEMAND, "1041", "1985-11", None, True,
  "demand put to the president; 'They' = the guerrillas")
E("i10", "They demanded that President Belisario Betancur stand", M19, BET, ["11"], "112", "1985-11", None, False,
  "implied accusation of breaking a truce: optional")
E("i10", "Betancur refused to negotiate", BET, M19, ["12"], "1246", "1985-11", None, True,
  "stated refusal to negotiate 1246 (12)")
E("i10", "Tanks rammed the main door, and soldiers", COLM, M19, FORCE, "190", "1985-11", None, False,
  "detail of the assault, restated: optional")
E("i10", "had pleaded on radio for a ceasefire", A("Alfonso Reyes Echandia", "COL", "JUD"), COL, DEMAND, "1056", "1985-11", None, False,
  "plea for a ceasefire, known from recordings: optional")
E("i10", "accused the government of sacrificing the judges", A("Horacio Serpa", "COL", ["OPP", "LEG"]), COL, ["11"], "112", "1985-11", None, True,
  "accusation")
E("i10", "said in a statement that the army", A("Alvaro Fayad", "COL", ["REB", "RAD"]), COLM, ["11"], "112", "1985-11", None, True,
  "accusation by the guerrillas' spokesman")
E("i10", "A spokesman for the presidency rejected the", COL, M19, DENY, "012", "1985-11", None, True,
  "rejection of the charge 012 (01/12); target the guerrillas who made it")
E("i10", "The United States and Venezuela expressed support", A("United States", "USA", "GOV"), BET, ["05"], "051", "1985-11", None, False,
  "outside support: optional")
F("i10", "Colombia has fought leftist insurgents for decades", "standing situation")
F("i10", "It was not clear how many guerrillas", "speculation")

# ---------------------------------------------------------------- i11 Islamabad, South Asia (Afghanistan)
S("i11", "1996-09-28", "South Asia", """
Taliban seize Kabul and hang former president Najibullah

ISLAMABAD, Pakistan —

Taliban fighters captured Kabul on Friday after the government of President Burhanuddin Rabbani abandoned the capital, and hours later they hanged the former communist president Najibullah from a traffic post, witnesses told news agencies here.

Najibullah, who had lived in a U.N. compound since his fall in 1992, was dragged out of the building by Taliban gunmen during the night along with his brother, according to U.N. officials.

Government troops loyal to the military commander Ahmad Shah Massoud withdrew north toward the Panjshir valley with their tanks and artillery. Massoud said his forces had pulled back to avoid bloodshed in the city.

Mullah Mohammad Rabbani, who heads a six-member council that the movement named to govern Kabul, announced that women would no longer be allowed to work. He called on all Afghans to surrender their weapons.

Pakistan's foreign ministry said it would not interfere in Afghanistan's internal affairs. The U.N. Secretary-General, Boutros Boutros-Ghali, condemned the killing of Najibullah, and India, which had backed him, protested to the Taliban.

Russia and the Central Asian republics warned the movement not to cross into their territory and called an emergency meeting in Almaty.

More than a million Afghan refugees still live in Pakistan. It was not clear whether the Taliban would push on to the north.
""")
TAL = A("Taliban", "AFG", ["REB", "RAD"])
AFG = A("Afghanistan", "AFG", "GOV")
NAJ = A("Najibullah", "AFG", ["OPP", "PTY"])
E("i11", "Taliban seize Kabul and hang former president", TAL, AFG, FORCE, "192", "1996-09", P("Kabul", "AFG"), False, "headline")
E("i11", "Taliban fighters captured Kabul on Friday after", TAL, AFG, FORCE, "192", "1996-09-27", P("Kabul", "AFG"), True,
  "capture of the capital 192 (19/18); Friday in a Saturday paper; the clause names Kabul")
E("i11", "Taliban fighters captured Kabul on Friday after", AFG, TAL, ["08"], "0874", "1996-09-27", None, False,
  "the government's abandoning the capital in an 'after' clause: optional")
E("i11", "Taliban fighters captured Kabul on Friday after", TAL, NAJ, ["18", "20"], "186", "1996-09-27", None, True,
  "execution 186; 'hours later' after Friday; 'witnesses told news agencies here' undisputed; 'here' is Islamabad, not the place")
E("i11", "was dragged out of the building by", TAL, NAJ, REPR, "171", "1996-09", None, False,
  "seizure restated, U.N. account: optional")
E("i11", "withdrew north toward the Panjshir valley with", A("Afghan government troops", "AFG", "MIL"), TAL, ["08"], "0874", "1996-09",
  None, True, "military retreat 0874 (08); 'toward the Panjshir valley' is a destination")
E("i11", "announced that women would no longer be", A("Mullah Mohammad Rabbani", "AFG", ["REB", "RAD"]), A("Afghan women", "AFG", "CVL"),
  REPR, "1721", "1996-09", None, True, "imposing restrictions on women 1721 (17)")
E("i11", "He called on all Afghans to surrender", A("Mullah Mohammad Rabbani", "AFG", ["REB", "RAD"]), A("Afghans", "AFG", "CVL"),
  DEMAND, "1052", "1996-09", None, False, "demand to disarm addressed to the public: optional")
E("i11", "Pakistan's foreign ministry said it would not", A("Pakistan", "PAK", "GOV"), AFG, DENY, "010", "1996-09", None, False,
  "statement of non-interference: optional")
E("i11", "condemned the killing of Najibullah, and India", A("Boutros Boutros-Ghali", None, "IGO"), TAL, ["11"], "111", "1996-09", None, True,
  "condemnation by the U.N. chief")
E("i11", "condemned the killing of Najibullah, and India", A("India", "IND", "GOV"), TAL, ["11"], "111", "1996-09", None, False,
  "second outside reaction: optional")
E("i11", "Russia and the Central Asian republics warned", A("Russia", "RUS", "GOV"), TAL, ["13"], "130", "1996-09", None, True,
  "warning not to cross 130; compound subject: Russia required")
E("i11", "Russia and the Central Asian republics warned", A("Central Asian republics", None, "GOV"), TAL, ["13"], "130", "1996-09", None,
  False, "second member: optional")
F("i11", "More than a million Afghan refugees still", "standing situation")
F("i11", "It was not clear whether the Taliban", "speculation")

# ---------------------------------------------------------------- i12 Noumea, Pacific (New Caledonia / France)
S("i12", "1988-05-06", "Pacific", """
French troops storm New Caledonia cave, free hostages; 19 separatists die

NOUMEA, New Caledonia —

French commandos and gendarmes stormed a cave on the island of Ouvea on Thursday and freed 23 gendarmes held hostage there by Kanak separatists for two weeks, the overseas territories ministry said. Nineteen separatists and two soldiers were killed.

The militants, supporters of the Kanak Socialist National Liberation Front, had attacked a gendarmerie post on Ouvea on April 22, killing four gendarmes and carrying off the others into the forest. They demanded the withdrawal of French security forces and the cancellation of regional elections set for the day of the presidential first round.

Prime Minister Jacques Chirac ordered the assault after talks with the captors broke down, his office said in Paris. Bernard Pons, the minister for overseas territories, said the army had given the captors every chance to surrender.

Jean-Marie Tjibaou, the front's leader, accused the government of staging a massacre for electoral reasons and called on Kanaks to mourn the dead. Yeiwene Yeiwene, a senior front official, said several militants had been killed after they surrendered. The ministry denied the allegation.

Australia and New Zealand called on both sides to resume dialogue.

About 145,000 people live in the territory. It was not clear when the two sides would talk.
""")
FRAM = A("French forces", "FRA", ["MIL", "COP"])
FRA = A("France", "FRA", "GOV")
FLNKS = A("Kanak separatists", "NCL", ["REB", "OPP"])
E("i12", "French troops storm New Caledonia cave, free", FRAM, FLNKS, FORCE, "190", "1988-05", None, False, "headline")
E("i12", "French commandos and gendarmes stormed a cave", FRAM, FLNKS, FORCE, "190", "1988-05-05", P("Ouvea", "NCL"), True,
  "storming the hideout 190 (19/18); Thursday in a Friday paper; 'on the island of Ouvea' names the place (New Caledonia, NCL)")
E("i12", "had attacked a gendarmerie post on Ouvea", FLNKS, A("French gendarmes", "FRA", "COP"), ATTACK, "190", "1988-04-22",
  P("Ouvea", "NCL"), True, "dated background attack, own agent: required; April 22; the clause names Ouvea")
E("i12", "had attacked a gendarmerie post on Ouvea", FLNKS, A("French gendarmes", "FRA", "COP"), ["18", "17"], "181", "1988-04-22",
  P("Ouvea", "NCL"), False, "abduction of the gendarmes, second verb: optional")
E("i12", "They demanded the withdrawal of French security", FLNKS, FRA, DEMAND, "1041", "1988-04", None, True,
  "demand for withdrawal and cancelled elections; 'They' = the militants; the demand dates from the hostage taking: month of April")
E("i12", "Prime Minister Jacques Chirac ordered the assault", A("Jacques Chirac", "FRA", "GOV"), FLNKS, FORCE, "190", "1988-05", None, False,
  "order of the assault, restatement: optional")
E("i12", "accused the government of staging a massacre", A("Jean-Marie Tjibaou", "NCL", ["OPP", "PTY"]), FRA, ["11"], "112", "1988-05",
  None, True, "accusation by the front's leader (Kanak actors coded NCL, New Caledonia's own code)")
E("i12", "said several militants had been killed after", A("Yeiwene Yeiwene", "NCL", ["OPP", "PTY"]), FRAM, ["11"], "112", "1988-05", None,
  False, "allegation, second accuser: optional")
E("i12", "The ministry denied the allegation", A("French overseas territories ministry", "FRA", "GOV"), A("Yeiwene Yeiwene", "NCL",
  ["OPP", "PTY"]), DENY, "012", "1988-05", None, True, "denial of the allegation 012; 'The ministry' = overseas territories ministry")
E("i12", "Australia and New Zealand called on both", A("Australia", "AUS", "GOV"), FRA, DEMAND, "1042", "1988-05", None, False,
  "call for dialogue, outside reaction: optional")
F("i12", "About 145,000 people live in the territory", "standing situation")
F("i12", "It was not clear when the two sides", "speculation")

if __name__ == "__main__":
    write(HERE)
