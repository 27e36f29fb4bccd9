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
E("k02", "Special forces soldiers who seized power in", GINSF, ECOWAS, ["12"], "1212", "2021-09-06", None, True,
  "refusal to release the president, a stated refusal is an event (12); target the bloc whose demand it answers; Monday")
E("k02", "Special forces soldiers who seized power in", GINSF, CONDE, COUP, "1724", "2021-09-05", None, False,
  "the takeover in a relative clause, detailed in the next paragraph: optional")
E("k02", "despite a demand from West African leaders", ECOWAS, GINSF, DEMAND, "1053", "2021-09", None, False,
  "nominal demand to free the president: optional (detailed in the ECOWAS paragraph only as condemnation)")
E("k02", "stormed the presidential palace in the Kaloum", GINSF, CONDE, ATTACK, "190", "2021-09-05", None, True,
  "assault on the palace; date of the Sunday takeover; 'the Kaloum district' is a district, no place")
E("k02", "They detained Conde, 83, and broadcast a", GINSF, CONDE, REPR, "173", "2021-09-05", None, True,
  "detention; 'They' = the mutineers")
E("k02", "Doumbouya announced that the constitution had been", DOUMB, A("Guinea", "GIN", None), COUP, "1724", "2021-09-05",
  None, False, "suspension of the constitution announced, self-directed takeover measure: optional")
E("k02", "He accused Conde of trampling on the", DOUMB, CONDE, ["11"], "112", "2021-09-05", None, True,
  "accusation; 'He' = Doumbouya")
E("k02", "condemned the takeover and threatened sanctions", ECOWAS, GINSF, ["11", "12"], "111", "2021-09", None, True,
  "condemnation by the bloc (111); no day: month")
E("k02", "condemned the takeover and threatened sanctions", ECOWAS, GINSF, ["13"], "1312", "2021-09", None, False,
  "threat of sanctions, second verb: optional")
E("k02", "The group suspended Guinea from its bodies", ECOWAS, A("Guinea", "GIN", "GOV"), SANCT, "1663", "2021-09-08",
  None, True, "suspension from the bloc's bodies (16); 'on Wednesday' in a Thursday paper")
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
E("k04", "Bouteflika resigns after army turns on him", BOUT, A("Algeria", "DZA", "GOV"), ["08"], "0871", "2019-04-02", None,
  False, "headline (resignation, 08: yielding office)")
E("k04", "President Abdelaziz Bouteflika resigned on Tuesday, hours", BOUT, DZAP, ["08"], "081", "2019-04-02", None, True,
  "resignation yielding to protest demands (08); target the protesters whose demand it meets; Tuesday")
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

if __name__ == "__main__":
    write(HERE)
