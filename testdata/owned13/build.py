#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned13 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned13/build.py  (rewrites both files next to this script)
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

# ---------------------------------------------------------------- k01 Paris, Africa (Mali)
S("k01", "2013-01-12", "Africa", """
France sends warplanes against Islamist fighters in Mali

PARIS, France —

President Francois Hollande ordered French warplanes and troops into Mali on Friday to halt an advance by Islamist fighters who had seized the central town of Konna a day earlier and were threatening to push south toward Bamako.

Speaking at the Elysee Palace, Hollande said France had answered an appeal from Mali's interim president, Dioncounda Traore, who asked Paris for military help on Thursday night.

French helicopters struck a column of pickup trucks near Konna, the defence ministry said. A pilot was killed when his helicopter was hit by ground fire, according to Defence Minister Jean-Yves Le Drian.

The militants, who belong to Ansar Dine and an allied group linked to al Qaeda, have held the desert north since last spring. A spokesman for Ansar Dine, Sanda Ould Boumama, warned that France would pay for the intervention and told reporters the group would fight on.

In Bamako, Traore declared a state of emergency across the country and appealed for calm. Malian soldiers, backed by the French air strikes, retook Konna on Friday evening, the army said.

West African leaders authorised the immediate deployment of a regional force, said Ali Coulibaly, a spokesman for the bloc's commission. Britain pledged two transport planes to carry troops and equipment.

Mali's north covers an area larger than France. It was not clear how long the French would stay.
""")
FRA = A("France", "FRA", "GOV")
HOLL = A("Francois Hollande", "FRA", "GOV")
FRAM = A("French forces", "FRA", "MIL")
ISL = A("Islamist fighters", "MLI", ["REB", "RAD"])
MLI = A("Mali", "MLI", "GOV")
TRAORE = A("Dioncounda Traore", "MLI", "GOV")
MLIM = A("Malian army", "MLI", "MIL")
E("k01", "France sends warplanes against Islamist fighters", FRA, ISL, FORCE, "190", "2013-01-11", None, False, "headline")
E("k01", "President Francois Hollande ordered French warplanes and", HOLL, ISL, FORCE, "190", "2013-01-11", None, True,
  "ordering forces into combat against the fighters: military force 190 (19/18); Friday; 'into Mali' is a country, "
  "no place")
E("k01", "President Francois Hollande ordered French warplanes and", ISL, MLI, FORCE, "192", "2013-01-10", P("Konna", "MLI"), True,
  "capture of a town in a relative clause, 'a day earlier': Thursday; the clause names Konna; 192 (19/18)")
E("k01", "who asked Paris for military help on", TRAORE, FRA, DEMAND, "0232", "2013-01-10", None, True,
  "request for military aid in a relative clause, 'on Thursday night'; 'Paris' = France (city as government)")
E("k01", "Hollande said France had answered an appeal", FRA, MLI, DEPLOY, "074", "2013-01-11", None, False,
  "restatement of the military help answering the appeal: optional")
E("k01", "French helicopters struck a column of pickup", FRAM, ISL, ATTACK, "195", "2013-01-11", P("Konna", "MLI"), True,
  "air strike with its agent; 'the defence ministry said' is the army's own report; 'near Konna' names the town")
E("k01", "A pilot was killed when his helicopter", ISL, FRAM, ATTACK, "190", "2013-01-11", None, False,
  "agentless passive, ground fire of unnamed fighters: optional")
E("k01", "warned that France would pay for the", A("Sanda Ould Boumama", "MLI", ["REB", "RAD"]), FRA, ["13"], "130",
  "2013-01", None, True, "threat by the group's spokesman; no day: month")
E("k01", "Traore declared a state of emergency across", TRAORE, A("Mali", "MLI", None), COUP, "1724", "2013-01-11",
  P("Bamako", "MLI"), False, "declared emergency, target the country itself: optional (self-directed)")
E("k01", "Malian soldiers, backed by the French air", MLIM, ISL, FORCE, "192", "2013-01-11", P("Konna", "MLI"), True,
  "retaking a town 192 (19/18); 'Friday evening'")
E("k01", "West African leaders authorised the immediate deployment", A("ECOWAS", None, ["IGO", "GOV"]), MLI, DEPLOY, "074",
  "2013-01", None, False, "regional force authorised, single outside reaction: optional")
E("k01", "Britain pledged two transport planes to carry", A("Britain", "GBR", "GOV"), FRA, ["03", "07"], "033", "2013-01",
  None, False, "pledge of material help, outside reaction: optional")
F("k01", "Mali's north covers an area larger than", "standing situation")
F("k01", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- k02 Conakry, Africa (Guinea)
S("k02", "2021-09-09", "Africa", """
Guinea's coup leaders hold Conde, defy West African demand to free him

CONAKRY, Guinea —

Special forces soldiers who seized power in Guinea on Sunday refused on Monday to release President Alpha Conde, despite a demand from West African leaders that he be freed at once.

The mutineers, led by Lieutenant-Colonel Mamady Doumbouya, the commander of an elite unit, stormed the presidential palace in the Kaloum district after hours of heavy gunfire. They detained Conde, 83, and broadcast a video of him sitting on a sofa, unshaven, in jeans.

In a statement read on state television, Doumbouya announced that the constitution had been suspended and that the government had been dissolved. He accused Conde of trampling on the rights of citizens and promised a transition.

The Economic Community of West African States, which is chaired by Ghana's president, Nana Akufo-Addo, condemned the takeover and threatened sanctions. The group suspended Guinea from its bodies on Wednesday, said Jean-Claude Brou, the head of the bloc's commission.

U.N. Secretary-General Antonio Guterres also condemned the seizure of power. China, a large buyer of Guinean bauxite, called for Conde's release.

In the suburbs of Conakry, crowds of young men cheered the soldiers as they drove past. Ousmane Gaoual Diallo, a spokesman for the opposition Union of Democratic Forces, said his party welcomed the fall of a president whose third term it had fought in the streets.

Guinea holds about a quarter of the world's bauxite. It was not clear when the junta would name a civilian leader.
""")
GINSF = A("Guinean special forces", "GIN", ["MIL", "REB"])
DOUMB = A("Mamady Doumbouya", "GIN", ["MIL", "REB"])
CONDE = A("Alpha Conde", "GIN", "GOV")
ECOWAS = A("ECOWAS", None, ["IGO", "GOV"])
E("k02", "Guinea's coup leaders hold Conde, defy West", GINSF, CONDE, REPR, "173", "2021-09", None, False, "headline")
E("k02", "Special forces soldiers who seized power in", GINSF, ECOWAS, ["12"], "1243", "2021-09-06", None, True,
  "refusal to release the president 1243, a stated refusal is an event (12); target the bloc whose demand it answers; Monday")
E("k02", "Special forces soldiers who seized power in", GINSF, CONDE, COUP, "1724", "2021-09-05", None, False,
  "the takeover in a relative clause, detailed in the next paragraph: optional")
E("k02", "despite a demand from West African leaders", ECOWAS, GINSF, DEMAND, "1053", "2021-09", None, False,
  "nominal demand to free the president: optional (detailed in the ECOWAS paragraph only as condemnation)")
E("k02", "stormed the presidential palace in the Kaloum", GINSF, CONDE, ATTACK, "190", "2021-09-05", None, True,
  "assault on the palace; date of the Sunday takeover; 'the Kaloum district' is a district, no place")
E("k02", "They detained Conde, 83, and broadcast a", GINSF, CONDE, REPR, "173", "2021-09-05", None, True,
  "detention; 'They' = the mutineers")
E("k02", "Doumbouya announced that the constitution had been", DOUMB, A("Guinea", "GIN", None), COUP, "1724", "2021-09",
  None, False, "suspension of the constitution announced, self-directed takeover measure: optional")
E("k02", "He accused Conde of trampling on the", DOUMB, CONDE, ["11"], "112", "2021-09", None, True,
  "accusation; 'He' = Doumbouya; no day: month")
E("k02", "condemned the takeover and threatened sanctions", ECOWAS, GINSF, ["11", "12"], "111", "2021-09", None, True,
  "condemnation by the bloc (111); no day: month")
E("k02", "condemned the takeover and threatened sanctions", ECOWAS, GINSF, ["13"], "1312", "2021-09", None, False,
  "threat of sanctions, second verb: optional")
E("k02", "The group suspended Guinea from its bodies", ECOWAS, A("Guinea", "GIN", "GOV"), SANCT, "161", "2021-09-08",
  None, True, "suspension from the bloc's bodies: reduced relations 161 (16/17); 'on Wednesday' in a Thursday paper")
E("k02", "Antonio Guterres also condemned the seizure of", A("Antonio Guterres", "UNO", "IGO"), GINSF, ["11", "12"], "111",
  "2021-09", None, False, "single outside reaction: optional")
E("k02", "China, a large buyer of Guinean bauxite", A("China", "CHN", "GOV"), GINSF, DEMAND, "1053", "2021-09", None, False,
  "outside call for release: optional")
E("k02", "crowds of young men cheered the soldiers", A("Guinean civilians", "GIN", "CVL"), GINSF, ["05", "01"], "051",
  "2021-09", None, False, "crowd support: optional")
F("k02", "Guinea holds about a quarter of the", "standing situation")
F("k02", "It was not clear when the junta", "speculation")

# ---------------------------------------------------------------- k03 Tripoli, Middle East (Libya)
S("k03", "2011-03-20", "Middle East", """
Western jets and missiles strike Gaddafi forces; Libyan leader vows long war

TRIPOLI, Libya —

French warplanes destroyed tanks and armoured vehicles outside the rebel city of Benghazi on Saturday, and U.S. and British ships later fired more than 110 cruise missiles at Libyan air defences, opening an international campaign to enforce a U.N. no-fly zone.

The strikes began hours after leaders meeting in Paris agreed to act. The U.N. Security Council had authorised "all necessary measures" to protect civilians on Thursday, in a vote from which Russia, China, Germany, India and Brazil abstained.

Muammar Gaddafi, in a telephone call broadcast on state television, vowed a long war and said the Mediterranean had become a battlefield. He accused the Western powers of a crusaders' aggression.

Government troops had pushed into the southern edge of Benghazi early on Saturday, shelling homes despite a ceasefire that Foreign Minister Moussa Koussa announced on Friday. Mustafa Gheriani, a spokesman for the rebels' National Council, said the attackers were driven back after the French jets appeared.

Libyan officials took foreign reporters here to a hospital where, they said, civilians wounded in the Western raids were being treated.

The Arab League, which had asked the council to impose the zone, offered its backing. Its secretary-general, Amr Moussa, said on Sunday that the bombing went beyond what the league had sought.

Libya exports about 1.6 million barrels of oil a day. Whether the rebels could hold Benghazi was unclear.
""")
FRAM3 = A("French air force", "FRA", "MIL")
LBYM = A("Libyan government forces", "LBY", "MIL")
GADD = A("Muammar Gaddafi", "LBY", "GOV")
LBYR = A("Libyan rebels", "LBY", ["REB", "OPP"])
E("k03", "Western jets and missiles strike Gaddafi forces", FRAM3, LBYM, ATTACK, "195", "2011-03-19", None, False, "headline")
E("k03", "French warplanes destroyed tanks and armoured vehicles", FRAM3, LBYM, ATTACK, "195", "2011-03-19",
  P("Benghazi", "LBY"), True, "air strike; Saturday; 'outside the rebel city of Benghazi' names the city")
E("k03", "French warplanes destroyed tanks and armoured vehicles", A("U.S. forces", "USA", "MIL"),
  A("Libya", "LBY", "MIL"), ATTACK, "195", "2011-03-19", None, True,
  "missile strike, second clause of the sentence with its own agent (U.S. first of the compound): required")
E("k03", "French warplanes destroyed tanks and armoured vehicles", A("British forces", "GBR", "MIL"),
  A("Libya", "LBY", "MIL"), ATTACK, "195", "2011-03-19", None, False, "second member of the compound agent: optional")
E("k03", "The strikes began hours after leaders meeting", A("Western leaders", None, "GOV"), LBYM, AGREE, "030",
  "2011-03-19", P("Paris", "FRA"), False, "agreement to act among leaders of no one country: optional")
E("k03", "Security Council had authorised \"all necessary measures", A("U.N. Security Council", "UNO", "IGO"),
  A("Libya", "LBY", "GOV"), ["16", "17", "13"], "163", "2011-03-17", None, True,
  "dated background authorisation of force/no-fly zone: coercive measure against Libya (tolerant 16/17/13); Thursday")
E("k03", "vowed a long war and said the", GADD, A("Western powers", None, "GOV"), ["13"], "138", "2011-03", None, False,
  "threat of war against an unnamed set of powers: optional")
E("k03", "He accused the Western powers of a", GADD, A("Western powers", None, "GOV"), ["11"], "112", "2011-03", None, False,
  "accusation against 'the Western powers' (no single country named in the clause): optional")
E("k03", "Government troops had pushed into the southern", LBYM, LBYR, FORCE, "190", "2011-03-19", P("Benghazi", "LBY"),
  True, "offensive into the rebel city ('early on Saturday'); the clause names Benghazi; target the rebels holding it")
E("k03", "ceasefire that Foreign Minister Moussa Koussa announced", A("Moussa Koussa", "LBY", "GOV"), LBYR, ["08", "03"],
  "0871", "2011-03-18", None, True, "declared ceasefire 0871 (08; 03 also read) in a relative clause with its agent; Friday")
E("k03", "said the attackers were driven back after", LBYR, LBYM, FORCE, "190", "2011-03-19", None, False,
  "agentless passive inside a spokesman's account: optional")
E("k03", "Libyan officials took foreign reporters here to", A("Libyan officials", "LBY", "GOV"),
  A("foreign reporters", None, "MED"), ["04", "05"], "040", "2011-03", P("Tripoli", "LBY"), False,
  "guided visit for the press: optional")
E("k03", "The Arab League, which had asked the", A("Arab League", None, "IGO"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "2011-03", None, False, "background request in a relative clause, undated: optional")
E("k03", "said on Sunday that the bombing went", A("Amr Moussa", None, "IGO"), FRA, ["11", "12"], "111", "2011-03-20",
  None, True, "criticism of the bombing by the league's head; 'on Sunday' in a Sunday paper; target the first state "
  "bombing (France)")
F("k03", "Libya exports about 1.6 million barrels of", "standing situation")
F("k03", "Whether the rebels could hold Benghazi was", "speculation")

# ---------------------------------------------------------------- k04 Algiers, Middle East (Algeria)
S("k04", "2019-04-03", "Middle East", """
Bouteflika resigns after army turns on him; protesters want more

ALGIERS, Algeria —

President Abdelaziz Bouteflika resigned on Tuesday, hours after the army chief of staff demanded that he step down at once, ending twenty years in power that six weeks of mass street protests had made untenable.

The ailing 82-year-old, who has rarely been seen in public since a stroke in 2013, informed the Constitutional Council of his decision in a letter carried by the state news agency APS. The council confirmed the vacancy on Wednesday.

Lieutenant-General Ahmed Gaid Salah, once one of Bouteflika's most loyal allies, had called a week earlier for the president to be declared unfit to govern. On Tuesday afternoon he went further, saying there was no room for more delay and accusing a "gang" around the president of plotting against the army.

Cars honked through the night in central Algiers as thousands of young people waved flags.

Protest leaders said the resignation was only a first step. Mustapha Bouchachi, a human rights lawyer who has become one of the movement's best known voices, urged Algerians to keep marching until the whole ruling circle had gone, and students called a new march for Friday.

Police used water cannon against demonstrators near the central post office last month, but the protests have been largely peaceful.

France, the former colonial power, said it trusted Algerians to pursue a democratic transition.

Algeria supplies about a tenth of the European Union's gas. It was not clear who would lead the country until new elections.
""")
BOUT = A("Abdelaziz Bouteflika", "DZA", "GOV")
GAID = A("Ahmed Gaid Salah", "DZA", "MIL")
DZAP = A("Algerian protesters", "DZA", ["CVL", "OPP"])
E("k04", "Bouteflika resigns after army turns on him", BOUT, A("Algeria", "DZA", "GOV"), ["08"], "0832", "2019-04-02", None,
  False, "headline (resignation, 08: yielding office)")
E("k04", "President Abdelaziz Bouteflika resigned on Tuesday, hours", BOUT, DZAP, ["08"], "0832", "2019-04-02", None, True,
  "resignation acceding to demands for a change of leader 0832 (08); target the protesters whose demand it meets; Tuesday")
E("k04", "President Abdelaziz Bouteflika resigned on Tuesday, hours", GAID, BOUT, DEMAND, "1041", "2019-04-02", None, True,
  "demand for the leader's resignation 1041 in a subordinate 'after' clause with its agent; 'hours after' Tuesday")
E("k04", "informed the Constitutional Council of his decision", BOUT, A("Constitutional Council", "DZA", "JUD"), ["01", "08"],
  "010", "2019-04-02", None, False, "formal notice of the resignation, restatement: optional")
E("k04", "The council confirmed the vacancy on Wednesday", A("Constitutional Council", "DZA", "JUD"), BOUT, ["01", "03"],
  "010", "2019-04-03", None, False, "procedural statement: optional")
E("k04", "had called a week earlier for the", GAID, BOUT, DEMAND, "1041", "2019-03-26", None, True,
  "dated background demand that the president be declared unfit; 'a week earlier' than Tuesday")
E("k04", "On Tuesday afternoon he went further, saying", GAID, A("Bouteflika's entourage", "DZA", "GOV"), ["11"], "112",
  "2019-04-02", None, True, "accusation of plotting; 'he' = Gaid Salah; target the circle around the president")
E("k04", "urged Algerians to keep marching until the", A("Mustapha Bouchachi", "DZA", ["OPP", "CVL"]),
  A("Algerians", "DZA", "CVL"), DEMAND, "025", "2019-04", None, False,
  "appeal to one's own people to keep protesting: optional")
E("k04", "and students called a new march for", A("Algerian students", "DZA", ["EDU", "CVL"]), A("Algeria", "DZA", "GOV"),
  VPROT, "141", "2019-04", None, False, "a call for a future march, an intention: optional")
E("k04", "Police used water cannon against demonstrators near", A("Algerian police", "DZA", "COP"), DZAP, REPR, "175",
  "2019-03", None, True, "crowd control with water cannon 175 (17/18); 'last month' in an April paper: March; "
  "'near the central post office' gives no place")
E("k04", "said it trusted Algerians to pursue a", A("France", "FRA", "GOV"), A("Algeria", "DZA", "GOV"), ["01", "05"],
  "010", "2019-04", None, False, "outside comment: optional")
F("k04", "Algeria supplies about a tenth of the", "standing situation")
F("k04", "It was not clear who would lead", "speculation")

# ---------------------------------------------------------------- k05 Bangkok, Asia (Thailand)
S("k05", "2014-05-23", "Asia", """
Thai army chief seizes power, detains rival leaders after talks fail

BANGKOK, Thailand —

Thailand's army chief, General Prayuth Chan-ocha, took control of the government on Thursday, two days after imposing martial law, saying the military had to restore order after six months of street protests that had left 28 people dead.

Soldiers surrounded the Army Club in central Bangkok, where Prayuth had summoned leaders of the rival camps for a second day of talks, and took away Suthep Thaugsuban, who led the protests against the government, and Jatuporn Prompan, a leader of the pro-government Red Shirts, witnesses said.

In a televised address, Prayuth announced that the constitution had been suspended, except for the chapter on the monarchy, and imposed a night curfew across the country. The junta on Friday ordered former Prime Minister Yingluck Shinawatra and more than 100 politicians to report to an army base.

Red Shirt supporters camped on the western edge of the capital were told to go home. Soldiers fired into the air as they dispersed the camp, a Red Shirt organiser, Thida Thavornseth, said.

Secretary of State John Kerry said there was no justification for the coup and that Washington was reviewing its military aid to Thailand, which amounts to about $10 million a year. Winthai Suvaree, the army spokesman, said the United States should understand the situation.

A student group led by Sirawith Seritiwat staged a small protest at a Bangkok shopping mall on Friday.

Thailand has had twelve coups since 1932. It was not clear when elections would be held.
""")
PRAY = A("Prayuth Chan-ocha", "THA", ["MIL", "GOV"])
THAM = A("Thai army", "THA", "MIL")
E("k05", "Thai army chief seizes power, detains rival", PRAY, A("Thailand", "THA", "GOV"), COUP, "1724", "2014-05-22", None,
  False, "headline")
E("k05", "General Prayuth Chan-ocha, took control of the", PRAY, A("Thai government", "THA", "GOV"), COUP, "1724",
  "2014-05-22", None, True, "military takeover of the government (17/19); Thursday")
E("k05", "General Prayuth Chan-ocha, took control of the", PRAY, A("Thailand", "THA", None), COUP, "1724", "2014-05-20",
  None, False, "martial law 'two days' earlier in a participle clause, background restatement: optional")
E("k05", "Soldiers surrounded the Army Club in central", THAM, A("Suthep Thaugsuban", "THA", ["OPP", "PTY"]), REPR, "173",
  "2014-05-22", P("Bangkok", "THA"), True, "detention ('took away') of the protest leader, by witnesses' account but of an event the "
  "army does not dispute; 'central Bangkok' with the dateline; first of the compound object")
E("k05", "Soldiers surrounded the Army Club in central", THAM, A("Jatuporn Prompan", "THA", ["PTY", "CVL"]), REPR, "173",
  "2014-05-22", None, False, "second of the compound object: optional")
E("k05", "where Prayuth had summoned leaders of the", PRAY, A("Thai political leaders", "THA", ["GOV", "OPP"]), MEDIATE,
  "043", "2014-05", None, False, "talks in a relative clause, background: optional")
E("k05", "Prayuth announced that the constitution had been", PRAY, A("Thailand", "THA", None), COUP, "1724", "2014-05-22",
  None, False, "suspension of the constitution and curfew, self-directed: optional")
E("k05", "The junta on Friday ordered former Prime", THAM, A("Yingluck Shinawatra", "THA", ["GOV", "PTY"]), ["17", "10"],
  "172", "2014-05-23", None, True, "summons of politicians to report to the army (coercive order 17; 10 also read); "
  "'on Friday' in a Friday paper")
E("k05", "Soldiers fired into the air as they", THAM, A("Red Shirt supporters", "THA", ["CVL", "PTY"]), REPR, "175",
  "2014-05-22", None, False, "act inside an organiser's account: optional")
E("k05", "Secretary of State John Kerry said there", A("John Kerry", "USA", "GOV"), THAM, ["11", "12"], "111", "2014-05",
  None, True, "criticism of the coup; no day: month")
E("k05", "Washington was reviewing its military aid to", A("United States", "USA", "GOV"), A("Thailand", "THA", "GOV"),
  SANCT, "163", "2014-05", None, False, "a review of aid, not yet a cut: optional")
E("k05", "the army spokesman, said the United States", A("Winthai Suvaree", "THA", "MIL"), A("United States", "USA", "GOV"),
  DEMAND, "020", "2014-05", None, False, "answer to the criticism: optional")
E("k05", "staged a small protest at a Bangkok", A("Thai students", "THA", ["EDU", "CVL"]), THAM, VPROT, "141",
  "2014-05-23", P("Bangkok", "THA"), True, "protest against the coup; 'on Friday'; 'a Bangkok shopping mall' names no place of its own "
  "beyond the city: place Bangkok")
F("k05", "Thailand has had twelve coups since 1932", "count and standing situation")
F("k05", "It was not clear when elections would", "speculation")

# ---------------------------------------------------------------- k06 Singapore, Asia (United States / North Korea)
S("k06", "2018-06-13", "Asia", """
Trump and Kim sign pledge on denuclearisation; U.S. to halt drills with Seoul

SINGAPORE, Singapore —

President Donald Trump and North Korean leader Kim Jong Un shook hands on Tuesday at a hotel on Sentosa island, the first meeting between a sitting U.S. president and a leader of the isolated state.

After nearly five hours of talks, the two men signed a one-page statement in which Kim committed to work toward "complete denuclearisation of the Korean peninsula" and Trump promised security guarantees to the North. The document set no timetable and did not say how disarmament would be verified.

At a news conference after Kim had left, Trump said the United States would stop its joint military exercises with South Korea, which he called provocative and expensive. The announcement appeared to surprise officials in Seoul, where the defence ministry said it needed to learn the president's exact meaning.

South Korean President Moon Jae-in praised the summit as a historic step. Japan's prime minister, Shinzo Abe, welcomed it but pressed Pyongyang to account for Japanese citizens its agents abducted decades ago.

In Beijing, foreign ministry spokesman Geng Shuang suggested that the U.N. Security Council could consider easing sanctions on the North if it kept its promises. Washington said the sanctions would stay.

Human rights campaigners criticised the deal. Phil Robertson of Human Rights Watch said Trump had ignored the prison camps that hold tens of thousands of North Koreans.

Some 28,500 American troops are based in South Korea. It was not clear when talks on the details would start.
""")
TRUMP = A("Donald Trump", "USA", "GOV")
KIM = A("Kim Jong Un", "PRK", "GOV")
E("k06", "Trump and Kim sign pledge on denuclearisation", TRUMP, KIM, AGREE, "057", "2018-06-12", None, False, "headline")
E("k06", "Kim Jong Un shook hands on Tuesday", TRUMP, KIM, ["04"], "044", "2018-06-12", P("Sentosa", "SGP"), True,
  "summit meeting; compound subject: first-mentioned direction required; Tuesday; the clause names Sentosa island "
  "(meeting at a third location 044; root 04)")
E("k06", "Kim Jong Un shook hands on Tuesday", KIM, TRUMP, ["04"], "044", "2018-06-12", P("Sentosa", "SGP"), False,
  "reverse direction of the meeting: optional")
E("k06", "the two men signed a one-page statement", TRUMP, KIM, AGREE, "057", "2018-06-12", None, True,
  "signing of a joint statement (05/03/08); 'the two men' = Trump and Kim; first-mentioned direction")
E("k06", "the two men signed a one-page statement", KIM, TRUMP, AGREE, "057", "2018-06-12", None, False,
  "reverse direction: optional")
E("k06", "the two men signed a one-page statement", KIM, TRUMP, ["03"], "0354", "2018-06-12", None, False,
  "the commitment inside the signed statement: optional (the signing carries the count)")
E("k06", "Trump said the United States would stop", TRUMP, A("South Korea", "KOR", "GOV"), ["08", "03"], "087",
  "2018-06-12", None, True, "halt of military exercises announced (de-escalation 087, 08; 03 also read); target the ally "
  "the drills were held with")
E("k06", "where the defence ministry said it needed", A("South Korean defence ministry", "KOR", ["GOV", "MIL"]), TRUMP,
  ["01", "02"], "010", "2018-06", None, False, "comment: optional")
E("k06", "South Korean President Moon Jae-in praised the", A("Moon Jae-in", "KOR", "GOV"), TRUMP, ["05", "01"], "051",
  "2018-06", None, False, "praise, outside reaction: optional")
E("k06", "welcomed it but pressed Pyongyang to account", A("Shinzo Abe", "JPN", "GOV"), A("North Korea", "PRK", "GOV"),
  DEMAND, "101", "2018-06", None, True, "demand for an accounting of abductees (demand information 101); 'Pyongyang' = North Korea's government")
E("k06", "suggested that the U.N. Security Council could", A("Geng Shuang", "CHN", "GOV"),
  A("U.N. Security Council", "UNO", "IGO"), DEMAND, "020", "2018-06", None, False, "a suggestion, not a demand: optional")
E("k06", "Washington said the sanctions would stay", A("United States", "USA", "GOV"), A("North Korea", "PRK", "GOV"), ["12"],
  "1244", "2018-06", None, False, "refusal to ease sanctions: optional (stated intention)")
E("k06", "Phil Robertson of Human Rights Watch said", A("Human Rights Watch", None, "NGO"), TRUMP, ["11"], "112",
  "2018-06", None, True, "accusation by a named campaigner (NGO, no country)")
F("k06", "Some 28,500 American troops are based in", "count and standing situation")
F("k06", "It was not clear when talks on", "speculation")

# ---------------------------------------------------------------- k07 Belgrade, Europe (Serbia / Kosovo)
S("k07", "2008-02-19", "Europe/Eurasia", """
Serbia recalls envoy from Washington as U.S. recognises Kosovo

BELGRADE, Serbia —

Serbia withdrew its ambassador from the United States on Monday after Washington recognised Kosovo as an independent state, a day after the province's ethnic Albanian leaders declared independence in Pristina.

Prime Minister Vojislav Kostunica told parliament that the United States had trampled on international law and that Serbia would never accept a "false state" on its territory. His government annulled the declaration, which it called illegal, and said it would recall its envoys from every country that followed the American lead.

France and Britain also recognised the new state on Monday, while Spain, which faces separatist movements of its own, refused to do so.

Kosovo's prime minister, Hashim Thaci, a former guerrilla commander, read the declaration to a special session of the assembly on Sunday and promised to protect the Serb minority.

Hours later, hundreds of youths hurled stones and flares at the U.S. embassy here and smashed the windows of several Western banks. Riot police drove them back with tear gas, according to Interior Ministry spokesman Ivica Toncev.

Russia, Serbia's ally, demanded an emergency meeting of the U.N. Security Council and warned that the declaration would set a dangerous precedent.

In the divided northern town of Mitrovica, a grenade was thrown at a U.N. building early on Monday, causing no injuries, the mission said. Oliver Ivanovic, a local Serb politician, appealed for calm.

About 120,000 Serbs live in Kosovo. It was not clear whether NATO would reinforce its troops there.
""")
SRB = A("Serbia", "SRB", "GOV")
USA = A("United States", "USA", "GOV")
KOS = A("Kosovo", "XKX", "GOV")
E("k07", "Serbia recalls envoy from Washington as U.S.", SRB, USA, SANCT, "161", "2008-02-18", None, False, "headline")
E("k07", "Serbia withdrew its ambassador from the United", SRB, USA, SANCT, "161", "2008-02-18", None, True,
  "recall of one's own envoy 161 (16/17); Monday")
E("k07", "Serbia withdrew its ambassador from the United", USA, KOS, ["05", "03"], "054", "2008-02-18", None, True,
  "diplomatic recognition 054 in the 'after' clause with its agent (support 05; 03 also read); 'Washington' = U.S.")
E("k07", "Prime Minister Vojislav Kostunica told parliament that", A("Vojislav Kostunica", "SRB", "GOV"), USA, ["11"],
  "112", "2008-02", None, True, "accusation of breaking international law; the sentence gives no day: month")
E("k07", "His government annulled the declaration, which it", SRB, KOS, ["12"], "120", "2008-02", None, True,
  "annulment of the declaration: rejection 12; no day: month")
E("k07", "His government annulled the declaration, which it", SRB, KOS, ["13", "16"], "1313", "2008-02", None, False,
  "announced conditional recalls, a threat: optional")
E("k07", "France and Britain also recognised the new", A("France", "FRA", "GOV"), KOS, ["05", "03"], "054", "2008-02-18",
  None, False, "outside recognitions: optional")
E("k07", "while Spain, which faces separatist movements of", A("Spain", "ESP", "GOV"), KOS, ["12"], "120", "2008-02-18",
  None, False, "a refusal by an outside state: optional")
E("k07", "read the declaration to a special session", A("Hashim Thaci", "XKX", "GOV"), SRB, ["01", "03"], "010",
  "2008-02-17", P("Pristina", "XKX"), False, "the declaration itself, restated from the lead: optional")
E("k07", "hundreds of youths hurled stones and flares", A("Serbian protesters", "SRB", "CVL"),
  A("U.S. embassy", "USA", None), VPROT, "145", "2008-02-17", P("Belgrade", "SRB"), True,
  "violent protest against an embassy (premises: country, sector null); 'Hours later' after Sunday; 'here' = Belgrade")
E("k07", "Riot police drove them back with tear", A("Serbian police", "SRB", "COP"), A("Serbian protesters", "SRB", "CVL"),
  REPR, "175", "2008-02-17", P("Belgrade", "SRB"), True,
  "tear gas against the rioters; 'them' = the youths; 'according to' the ministry's own spokesman")
E("k07", "demanded an emergency meeting of the U.N.", A("Russia", "RUS", "GOV"), A("U.N. Security Council", "UNO", "IGO"),
  DEMAND, "020", "2008-02", None, False, "outside request: optional")
E("k07", "a grenade was thrown at a U.N.", A("Kosovo Serbs", "XKX", "CVL"), A("U.N. mission", "UNO", "IGO"), ATTACK, "183",
  "2008-02-18", P("Mitrovica", "XKX"), False, "agentless passive with no agent the story names: optional")
F("k07", "About 120,000 Serbs live in Kosovo", "count and standing situation")
F("k07", "It was not clear whether NATO would", "speculation")

# ---------------------------------------------------------------- k08 Moscow, Europe (Russia / Wagner / Belarus)
S("k08", "2023-06-25", "Europe/Eurasia", """
Wagner chief halts march on Moscow under deal brokered by Lukashenko

MOSCOW, Russia —

Yevgeny Prigozhin, the head of the Wagner mercenary group, ordered his fighters back to their camps on Saturday night after Belarus's president, Alexander Lukashenko, negotiated an end to a mutiny that had brought an armed column within 200 kilometres of the capital.

Under the deal, which Kremlin spokesman Dmitry Peskov described to reporters, criminal charges of armed rebellion against Prigozhin will be dropped and he will move to Belarus. Fighters who took no part in the revolt may sign contracts with the defence ministry.

Wagner units had seized the headquarters of Russia's southern military district in Rostov-on-Don before dawn on Saturday, with Prigozhin demanding the removal of Defence Minister Sergei Shoigu, whom he blamed for a deadly strike on his men.

In a televised address, President Vladimir Putin called the mutiny a stab in the back and vowed to punish those behind it. Hours later his spokesman announced the pardon.

The column shot down several military helicopters on its way north, according to Russian military bloggers. Moscow's mayor, Sergei Sobyanin, declared a counter-terrorism regime and told residents to avoid travel on Monday.

Residents of Rostov cheered the mercenaries as they pulled out of the city late on Saturday. Ukrainian President Volodymyr Zelensky said the revolt had exposed the weakness of Putin's rule.

Wagner is believed to have some 25,000 fighters. It was unclear whether Shoigu would keep his post.
""")
PRIG = A("Yevgeny Prigozhin", "RUS", ["UAF", "BUS"])
WAG = A("Wagner Group", "RUS", ["UAF", "REB"])
LUK = A("Alexander Lukashenko", "BLR", "GOV")
PUTIN = A("Vladimir Putin", "RUS", "GOV")
RUSM = A("Russian military", "RUS", "MIL")
E("k08", "Wagner chief halts march on Moscow under", PRIG, A("Russia", "RUS", "GOV"), ["08"], "0874", "2023-06-24", None,
  False, "headline")
E("k08", "ordered his fighters back to their camps", PRIG, A("Russia", "RUS", "GOV"), ["08"], "0874", "2023-06-24", None,
  True, "retreat of the mutineers 0874 (08); Saturday night; target the state the march threatened")
E("k08", "ordered his fighters back to their camps", LUK, PRIG, MEDIATE, "045", "2023-06-24", None, True,
  "mediation by a third leader ('negotiated an end to') in an 'after' clause with its agent (04/03)")
E("k08", "criminal charges of armed rebellion against Prigozhin", A("Russia", "RUS", "GOV"), PRIG, ["08", "03"], "080",
  "2023-06-24", None, False, "the dropped charges inside the spokesman's description of the deal: optional "
  "(the pardon is counted in paragraph four)")
E("k08", "Wagner units had seized the headquarters of", WAG, RUSM, FORCE, "192", "2023-06-24", P("Rostov-on-Don", "RUS"),
  True, "seizure of a military headquarters 192 (19/18); 'before dawn on Saturday'; the clause names Rostov-on-Don")
E("k08", "Wagner units had seized the headquarters of", PRIG, A("Sergei Shoigu", "RUS", "GOV"), DEMAND, "1041",
  "2023-06-24", None, False, "demand for the minister's removal in a 'with' phrase: optional")
E("k08", "called the mutiny a stab in the", PUTIN, PRIG, ["11"], "111", "2023-06-24", None, True,
  "condemnation of the mutiny; the address on Saturday")
E("k08", "called the mutiny a stab in the", PUTIN, PRIG, ["13"], "130", "2023-06-24", None, False,
  "vow to punish, second verb: optional")
E("k08", "Hours later his spokesman announced the pardon", A("Dmitry Peskov", "RUS", "GOV"), PRIG, ["08", "03"], "080",
  "2023-06-24", None, True, "announced amnesty for the mutineers' leader (08: concede); 'Hours later' after Saturday's "
  "address; 'his spokesman' = Peskov")
E("k08", "The column shot down several military helicopters", WAG, RUSM, ATTACK, "190", "2023-06-24", None, True,
  "shooting down aircraft; 'according to' bloggers reporting an act nobody disputes; date of the march")
E("k08", "declared a counter-terrorism regime and told residents", A("Sergei Sobyanin", "RUS", "GOV"),
  A("Moscow residents", "RUS", "CVL"), COUP, "1724", "2023-06-24", P("Moscow", "RUS"), False,
  "local emergency measure against one's own residents: optional")
E("k08", "Residents of Rostov cheered the mercenaries as", A("Rostov residents", "RUS", "CVL"), WAG, ["05", "01"], "051",
  "2023-06-24", P("Rostov-on-Don", "RUS"), False, "cheering: optional")
E("k08", "said the revolt had exposed the weakness", A("Volodymyr Zelensky", "UKR", "GOV"), PUTIN, ["11"], "111",
  "2023-06", None, False, "single outside reaction: optional")
F("k08", "Wagner is believed to have some 25,000", "count and standing situation")
F("k08", "It was unclear whether Shoigu would keep", "speculation")

# ---------------------------------------------------------------- k09 Brasilia, Americas (Brazil)
S("k09", "2016-09-01", "Americas", """
Brazil's Senate removes Rousseff; Venezuela freezes ties in protest

BRASILIA, Brazil —

Brazil's Senate voted 61 to 20 on Wednesday to remove President Dilma Rousseff from office for breaking budget laws, ending thirteen years of Workers' Party rule. Her former vice-president, Michel Temer, was sworn in hours later for the rest of her term.

Rousseff, the country's first woman president, denounced the vote as a parliamentary coup and vowed to fight on in the opposition. Her lawyer, Jose Eduardo Cardozo, filed an appeal with the Supreme Court on Thursday.

Venezuela withdrew its ambassador from Brasilia and froze political and diplomatic relations, calling the trial a farce staged by the right. Ecuador and Bolivia also called their envoys home for consultations.

Brazil's foreign ministry, headed by Jose Serra, answered by recalling its own ambassadors from the three capitals. The ministry rejected what it called false statements about the country's institutions.

In Sao Paulo, riot police fired tear gas and stun grenades at several thousand demonstrators who marched down Paulista Avenue after the vote, some of them smashing bank windows. Guilherme Boulos, who leads a movement of homeless workers, told the crowd that it would not recognise the new president.

Temer, who flew to China for a Group of 20 summit hours after taking office, said he would seek to restore confidence in an economy that shrank nearly 4 percent last year.

Brazil has about 206 million people. It was not clear how long the protests would last.
""")
BRA = A("Brazil", "BRA", "GOV")
BRASEN = A("Brazilian Senate", "BRA", "LEG")
DILMA = A("Dilma Rousseff", "BRA", ["GOV", "PTY"])
VEN = A("Venezuela", "VEN", "GOV")
E("k09", "Brazil's Senate removes Rousseff; Venezuela freezes ties", BRASEN, DILMA, ["17", "16"], "172", "2016-08-31", None,
  False, "headline")
E("k09", "Brazil's Senate voted 61 to 20 on", BRASEN, DILMA, ["17", "16"], "172", "2016-08-31", None, True,
  "removal from office by impeachment (administrative sanction 172; 16 also read); Wednesday")
E("k09", "denounced the vote as a parliamentary coup", DILMA, BRASEN, ["11"], "112", "2016-08", None, True,
  "accusation; no day in the sentence: month")
E("k09", "filed an appeal with the Supreme Court", A("Jose Eduardo Cardozo", "BRA", ["JUD", "PTY"]),
  A("Brazilian Supreme Court", "BRA", "JUD"), DEMAND, "020", "2016-09-01", None, False,
  "legal appeal on Thursday: optional")
E("k09", "Venezuela withdrew its ambassador from Brasilia and", VEN, BRA, SANCT, "161", "2016-08", None, True,
  "recall of one's own envoy 161; no day in the text: month")
E("k09", "Venezuela withdrew its ambassador from Brasilia and", VEN, BRA, SANCT, "160", "2016-08", None, False,
  "freezing of relations, second verb of the clause: optional")
E("k09", "Ecuador and Bolivia also called their envoys", A("Ecuador", "ECU", "GOV"), BRA, SANCT, "161", "2016-08", None,
  True, "recall of envoys; compound subject: first member required")
E("k09", "Ecuador and Bolivia also called their envoys", A("Bolivia", "BOL", "GOV"), BRA, SANCT, "161", "2016-08", None,
  False, "second member of the compound: optional")
E("k09", "answered by recalling its own ambassadors from", BRA, VEN, SANCT, "161", "2016-08", None, True,
  "Brazil's counter-recall; 'the three capitals' = Caracas, Quito, La Paz: one event per target, first required")
E("k09", "The ministry rejected what it called false", A("Brazilian foreign ministry", "BRA", "GOV"), VEN, ["12"], "120",
  "2016-08", None, False, "rejection of the neighbours' statements, restating the answer: optional")
E("k09", "riot police fired tear gas and stun", A("Brazilian police", "BRA", "COP"), A("Brazilian protesters", "BRA", ["CVL", "OPP"]),
  REPR, "175", "2016-08-31", P("Sao Paulo", "BRA"), True, "crowd control with tear gas; the clause names Sao Paulo; "
  "'after the vote' gives Wednesday")
E("k09", "who marched down Paulista Avenue after the", A("Brazilian protesters", "BRA", ["CVL", "OPP"]), BRASEN, VPROT,
  "141", "2016-08-31", P("Sao Paulo", "BRA"), False, "the march in a relative clause: optional")
E("k09", "told the crowd that it would not", A("Guilherme Boulos", "BRA", ["CVL", "OPP"]), A("Michel Temer", "BRA", "GOV"),
  ["12"], "120", "2016-08-31", None, False, "refusal to recognise, stated for a movement by its leader: optional")
F("k09", "Brazil has about 206 million people", "count and standing situation")
F("k09", "It was not clear how long the", "speculation")

# ---------------------------------------------------------------- k10 Mexico City, Americas (Mexico / United States)
S("k10", "2019-06-08", "Americas", """
Trump drops tariff threat after Mexico agrees to send troops to its southern border

MEXICO CITY, Mexico —

President Donald Trump called off on Friday night the tariffs he had threatened to impose on all Mexican goods, after Mexico agreed to deploy its new National Guard across the country to stem the flow of Central American migrants toward the United States.

The deal was reached in Washington after three days of talks between Foreign Minister Marcelo Ebrard and U.S. officials led by Secretary of State Mike Pompeo. Under it, Mexico will send 6,000 guardsmen to its border with Guatemala and will take back asylum seekers while their claims are heard in U.S. courts.

Trump had announced on May 30 that a 5 percent tariff would begin on Monday and rise each month until Mexico halted the crossings. Mexican officials called the threat blackmail, and business groups on both sides lobbied against it.

President Andres Manuel Lopez Obrador, who had refused to answer with tariffs of his own, thanked Trump's negotiators and invited supporters to a rally in the border city of Tijuana on Saturday.

Migrant advocates accused the government of doing Washington's work. On Wednesday federal agents arrested Irineo Mujica, who leads the aid group Pueblo Sin Fronteras, and another activist, Cristobal Sanchez, in a move the group called an act of intimidation.

Mexico is the largest trading partner of the United States. It was not clear how quickly the guardsmen would reach the southern border.
""")
MEX = A("Mexico", "MEX", "GOV")
EBR = A("Marcelo Ebrard", "MEX", "GOV")
AMLO = A("Andres Manuel Lopez Obrador", "MEX", "GOV")
E("k10", "Trump drops tariff threat after Mexico agrees", TRUMP, MEX, ["08", "03"], "080", "2019-06-07", None, False,
  "headline")
E("k10", "President Donald Trump called off on Friday", TRUMP, MEX, ["08", "03"], "080", "2019-06-07", None, True,
  "calling off a threatened trade sanction (yield 080, none imposed yet to ease; 03 also read); Friday night")
E("k10", "President Donald Trump called off on Friday", MEX, USA, AGREE, "030", "2019-06-07", None, True,
  "agreement in an 'after' clause with its agent (05/03/08); deployment inside it not counted separately")
E("k10", "President Donald Trump called off on Friday", TRUMP, MEX, ["13"], "1312", "2019-05-30", None, False,
  "the threat inside a relative clause, detailed in paragraph three: optional")
E("k10", "The deal was reached in Washington after", EBR, A("Mike Pompeo", "USA", "GOV"), ["04"], "042", "2019-06",
  P("Washington", "USA"), False, "talks, restating the lead's deal: optional; the clause names Washington")
E("k10", "Trump had announced on May 30 that", TRUMP, MEX, ["13"], "1312", "2019-05-30", None, True,
  "dated background threat of tariffs (threaten sanctions 1312, 13)")
E("k10", "Mexican officials called the threat blackmail, and", A("Mexican officials", "MEX", "GOV"), TRUMP, ["11"], "111",
  "2019-06", None, True, "criticism of the threat; undated: month")
E("k10", "Mexican officials called the threat blackmail, and", A("business groups", None, "BUS"), TRUMP, DEMAND, "020",
  "2019-06", None, False, "lobbying by unnamed business groups of both countries: optional")
E("k10", "thanked Trump's negotiators and invited supporters to", AMLO, USA, ["05", "01"], "051", "2019-06-07", None, False,
  "thanks: optional")
E("k10", "Migrant advocates accused the government of doing", A("migrant advocates", "MEX", ["NGO", "CVL"]), MEX, ["11"],
  "112", "2019-06", None, True, "accusation by activists against their own government; month")
E("k10", "On Wednesday federal agents arrested Irineo Mujica", A("Mexican federal agents", "MEX", "COP"),
  A("Irineo Mujica", "MEX", ["NGO", "CVL"]), REPR, "173", "2019-06-05", None, True,
  "arrest 173 of an activist; 'On Wednesday' in a Saturday paper; compound object, first required")
E("k10", "On Wednesday federal agents arrested Irineo Mujica", A("Mexican federal agents", "MEX", "COP"),
  A("Cristobal Sanchez", "MEX", ["NGO", "CVL"]), REPR, "173", "2019-06-05", None, False, "second object: optional")
E("k10", "in a move the group called an", A("Pueblo Sin Fronteras", "MEX", ["NGO", "CVL"]), MEX, ["11"], "111",
  "2019-06", None, False, "accusation in a relative clause, 'the group': optional")
F("k10", "Mexico is the largest trading partner of", "standing situation")
F("k10", "It was not clear how quickly the", "speculation")

# ---------------------------------------------------------------- k11 Doha, South Asia (Afghanistan)
S("k11", "2021-08-16", "South Asia", """
Taliban enter Kabul as Ghani flees; U.S. rushes to evacuate embassy

DOHA, Qatar —

Taliban fighters swept into Kabul on Sunday and took over the presidential palace hours after President Ashraf Ghani left the country, completing a lightning offensive that had overrun every provincial capital within ten days.

Suhail Shaheen, a spokesman for the movement's political office here, said the group had ordered its fighters not to harm anyone who surrendered and promised an amnesty for soldiers and officials of the fallen government.

Ghani, who flew out with his wife and aides, said on Facebook that he had gone to avoid bloodshed. Abdullah Abdullah, who led the government's peace delegation, accused him of abandoning the nation in a difficult hour.

The United States ferried its diplomats by helicopter from the embassy compound to the airport, where American soldiers fired warning shots on Monday as thousands of Afghans ran onto the runway in hope of a seat on a departing plane, according to a U.S. official.

Talks between the two sides, which the Qatari government has hosted since last September, had stalled for months. Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al-Thani, urged the Taliban on Sunday to declare a ceasefire across the country.

U.N. Secretary-General Antonio Guterres called on the movement to exercise restraint and to protect the rights of women and girls.

About 2.5 million Afghans are registered as refugees abroad. It was unclear whether the group would share power with anyone.
""")
TAL = A("Taliban", "AFG", ["REB", "RAD"])
GHANI = A("Ashraf Ghani", "AFG", "GOV")
AFG = A("Afghan government", "AFG", "GOV")
E("k11", "Taliban enter Kabul as Ghani flees; U.S.", TAL, AFG, FORCE, "192", "2021-08-15", P("Kabul", "AFG"), False,
  "headline")
E("k11", "Taliban fighters swept into Kabul on Sunday", TAL, AFG, FORCE, "192", "2021-08-15", P("Kabul", "AFG"), True,
  "capture of the capital and palace 192 (19/18); Sunday; the clause names Kabul")
E("k11", "Taliban fighters swept into Kabul on Sunday", TAL, AFG, FORCE, "190", "2021-08", None, False,
  "the offensive in a participle clause, background: optional")
E("k11", "said the group had ordered its fighters", A("Suhail Shaheen", "AFG", ["REB", "RAD"]), A("Afghan soldiers", "AFG", "MIL"),
  ["03", "08"], "080", "2021-08-15", None, True,
  "promised amnesty for the other side (08/03: a concession; 'promised' read as 03); the Doha office is 'here' but the "
  "amnesty is for Afghanistan: no place")
E("k11", "accused him of abandoning the nation in", A("Abdullah Abdullah", "AFG", "GOV"), GHANI, ["11"], "112", "2021-08",
  None, True, "accusation; 'him' = Ghani; undated: month")
E("k11", "where American soldiers fired warning shots on", A("U.S. forces", "USA", "MIL"), A("Afghan civilians", "AFG", "CVL"),
  REPR, "175", "2021-08-16", P("Kabul", "AFG"), True,
  "warning shots at a crowd (17/18); 'on Monday' in a Monday paper; the airport of the clause is Kabul's")
E("k11", "Talks between the two sides, which the", A("Qatar", "QAT", "GOV"), TAL, MEDIATE, "043", "2020-09", None, False,
  "hosting of talks since last September, background standing situation: optional")
E("k11", "urged the Taliban on Sunday to declare", A("Mohammed bin Abdulrahman Al-Thani", "QAT", "GOV"), TAL, DEMAND,
  "1056", "2021-08-15", None, True, "demand for a ceasefire 1056 (10/02); Sunday")
E("k11", "called on the movement to exercise restraint", A("Antonio Guterres", "UNO", "IGO"), TAL, DEMAND, "1056",
  "2021-08", None, False, "single outside appeal: optional")
F("k11", "About 2.5 million Afghans are registered as", "count and standing situation")
F("k11", "It was unclear whether the group would", "speculation")

# ---------------------------------------------------------------- k12 Honiara, Pacific (Solomon Islands / China / U.S.)
S("k12", "2022-04-23", "Pacific", """
U.S. warns Solomons over China security pact as Sogavare defends deal

HONIARA, Solomon Islands —

A senior U.S. delegation warned Solomon Islands on Friday that Washington would respond if China set up a permanent military presence in the country, days after the two governments signed a security agreement that has alarmed Australia and New Zealand.

Kurt Campbell, the White House coordinator for the Indo-Pacific, met Prime Minister Manasseh Sogavare here for ninety minutes. According to a White House statement, Sogavare assured the visitors that there would be no Chinese base.

China's foreign ministry announced on Tuesday that the two governments had formally signed the pact, which allows Chinese police and warships to be sent to the islands at Honiara's request. Beijing said the deal was not aimed at any third party.

Sogavare told parliament that critics were treating his country like a kindergarten and rejected claims that the pact threatened the region. He said it had been signed with open eyes.

Australia, the country's largest aid donor, had sent its minister for the Pacific, Zed Seselja, to Honiara last week to ask the government not to sign.

Opposition leader Matthew Wale accused Sogavare of signing in secret to keep himself in power. Daniel Suidani, the premier of Malaita province, said his island would refuse Chinese-funded projects.

Australian police have helped keep order here since riots last November. It was not clear when the text would be published.
""")
SLB = A("Solomon Islands", "SLB", "GOV")
SOG = A("Manasseh Sogavare", "SLB", "GOV")
CHN = A("China", "CHN", "GOV")
E("k12", "U.S. warns Solomons over China security pact", USA, SLB, ["13"], "130", "2022-04-22", None, False, "headline")
E("k12", "A senior U.S. delegation warned Solomon Islands", USA, SLB, ["13"], "130", "2022-04-22", None, True,
  "warning of a response 130 (13); Friday; target Solomon Islands")
E("k12", "A senior U.S. delegation warned Solomon Islands", CHN, SLB, AGREE, "057", "2022-04", None, False,
  "the signing in the 'days after' clause, detailed in paragraph three: optional")
E("k12", "met Prime Minister Manasseh Sogavare here for", A("Kurt Campbell", "USA", "GOV"), SOG, ["04"], "042",
  "2022-04-22", P("Honiara", "SLB"), True, "visit and meeting ('here' = Honiara); date of Friday's warning")
E("k12", "Sogavare assured the visitors that there would", SOG, USA, ["03"], "030", "2022-04-22", None, False,
  "assurance inside a White House statement: optional")
E("k12", "the two governments had formally signed the", CHN, SLB, AGREE,
  "057", "2022-04", None, True, "signing of the pact (05/03/08); 'the two governments' = China and Solomon Islands, China first as the announcer, first-mentioned direction; "
  "announced on Tuesday, signing day not given: month")
E("k12", "the two governments had formally signed the", SLB, CHN, AGREE,
  "057", "2022-04", None, False, "reverse direction: optional")
E("k12", "Beijing said the deal was not aimed", CHN, A("Australia", "AUS", "GOV"), DENY, "010", "2022-04", None, False,
  "reassurance to unnamed third parties: optional")
E("k12", "rejected claims that the pact threatened the", SOG, A("critics", None, "GOV"), ["12", "11"], "120", "2022-04",
  None, True, "rejection of the critics' claims; the critics are the neighbours (Australia and New Zealand)")
E("k12", "had sent its minister for the Pacific", A("Zed Seselja", "AUS", "GOV"), SLB, DEMAND, "020", "2022-04",
  P("Honiara", "SLB"), True, "request not to sign, carried by a visit 'last week' (10/02); the clause names Honiara")
E("k12", "Matthew Wale accused Sogavare of signing in", A("Matthew Wale", "SLB", ["OPP", "LEG"]), SOG, ["11"], "112",
  "2022-04", None, True, "accusation")
E("k12", "said his island would refuse Chinese-funded projects", A("Daniel Suidani", "SLB", "GOV"), CHN, ["12"], "120",
  "2022-04", None, False, "refusal put as an intention: optional")
F("k12", "Australian police have helped keep order here", "standing situation")
F("k12", "It was not clear when the text", "speculation")

if __name__ == "__main__":
    write(HERE)
