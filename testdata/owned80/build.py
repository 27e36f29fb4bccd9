#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned80 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding
notes are kept per line. Run: python3 testdata/owned80/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
BLOCK = ["19", "16", "17"]
UNK = A("unidentified bombers", None, None)

# ---------------------------------------------------------------- cc01 Maseru, Africa (Lesotho / South Africa)
S("cc01", "1986-01-21", "Africa", """
Lesotho army topples Jonathan as South African blockade bites

MASERU, Lesotho —

Lesotho's armed forces overthrew Prime Minister Leabua Jonathan on Monday, three weeks into a South African border blockade that had left the mountain kingdom short of food and fuel.

Maj. Gen. Justin Lekhanya, the commander of the paramilitary force, said on state radio that executive power would pass to King Moshoeshoe II, who would be advised by a military council.

Troops set up road blocks around the capital and surrounded government offices, but no shooting was reported. Jonathan, who had ruled since independence from Britain in 1966, was said to be at his residence.

South Africa had halted traffic at the border posts on Jan. 1, accusing Jonathan's government of sheltering guerrillas of the African National Congress who, it said, staged attacks across the frontier. Lesotho denied the charge and called the blockade economic strangulation.

On Dec. 20, South African commandos raided two houses in Maseru, killing nine people, among them six ANC members.

Foreign Minister Pik Botha said in Pretoria that the border would stay closed until Maseru expelled the guerrillas. Diplomats said the blockade could be eased within days if the new rulers moved against the ANC.

Britain called for calm and urged the army to respect the rights of the ousted ministers.

It was not clear whether Jonathan would be allowed to remain in the country.
""")
LSOMIL = A("Lesotho's armed forces", "LSO", "MIL")
JON = A("Leabua Jonathan", "LSO", "GOV")
LSOG = A("Lesotho", "LSO", "GOV")
ZAFG = A("South Africa", "ZAF", "GOV")
ANC = A("African National Congress", "ZAF", ["REB", "OPP"])
E("cc01", "Lesotho army topples Jonathan as South African", LSOMIL, JON, COUP, "1724", "1986-01-20", None, False,
  "headline")
E("cc01", "overthrew Prime Minister Leabua Jonathan on Monday", LSOMIL, JON, COUP, "1724", "1986-01-20",
  P("Lesotho", "LSO"), True, "military takeover, coups 17/19 with news-dev's 1724 for a declared takeover; 'on Monday' "
  "before a Tuesday paper; the act plainly happens in Lesotho: country-level place")
E("cc01", "three weeks into a South African border", ZAFG, LSOG, BLOCK, "191", "1986-01", None, False,
  "lead mention of the blockade detailed in paragraph four: optional")
E("cc01", "Troops set up road blocks around the", LSOMIL, LSOG, ["15", "17"], "150", "1986-01-20",
  P("Maseru", "LSO"), False, "show of force around the seized offices: optional (coders split); 'the capital' = Maseru; "
  "day from the lead")
E("cc01", "South Africa had halted traffic at the", ZAFG, LSOG, BLOCK, "191", "1986-01-01", None, True,
  "border blockade 191 (19/16/17: coders split between blockade and sanction); dated background 'on Jan. 1'; a "
  "country named as actor is its government; no place: the border posts are not named")
E("cc01", "accusing Jonathan's government of sheltering guerrillas of", ZAFG, LSOG, ["11"], "112", "1986-01-01", None,
  True, "accusation 112 in a participle clause of the Jan. 1 sentence, which gives its day")
E("cc01", "Lesotho denied the charge and called the", LSOG, ZAFG, DENY, "016", "1986-01", None, True,
  "denial of the accusation 016 (01/12, news-dev REJECT); no day of its own, the context gives only January: month")
E("cc01", "called the blockade economic strangulation", LSOG, ZAFG, ["11"], "111", "1986-01", None, False,
  "second verb, a denunciation: optional")
E("cc01", "South African commandos raided two houses in", A("South African commandos", "ZAF", "MIL"), ANC,
  ["19", "18", "20"], "190", "1985-12-20", P("Maseru", "LSO"), True,
  "dated background raid 'On Dec. 20' of the year before publication; target the ANC, the first group named among the "
  "dead; 'in Maseru' names the place")
E("cc01", "Foreign Minister Pik Botha said in Pretoria", A("Pik Botha", "ZAF", "GOV"), LSOG, ["10", "13", "02"], "100",
  "1986-01", P("Pretoria", "ZAF"), True, "a condition put as a demand ('until Maseru expelled'), 10 with 13 tolerated; "
  "'Maseru' is the government, not a place; 'in Pretoria' is where Botha spoke; no day: month")
E("cc01", "Britain called for calm and urged the", A("Britain", "GBR", "GOV"), LSOMIL, DEMAND, "024", "1986-01", None,
  False, "single outside reaction, an appeal to respect rights: optional")
F("cc01", "Diplomats said the blockade could be eased", "speculation: a hypothetical easing, no act")
F("cc01", "It was not clear whether Jonathan would", "speculation")

# ---------------------------------------------------------------- cc02 Seoul, Asia (South Korea)
S("cc02", "1979-12-13", "Asia", """
South Korean generals arrest martial law chief after gunfight in Seoul

SEOUL, South Korea —

Army units loyal to Maj. Gen. Chun Doo-hwan arrested the martial law commander, Gen. Chung Seung-hwa, after an exchange of gunfire at his residence in Seoul late on Wednesday, accusing him of a role in the assassination of President Park Chung-hee.

Chun, who heads the army's security command and led the inquiry into Park's killing, said Chung had to be questioned because he was at the compound where the intelligence chief, Kim Jae-kyu, shot Park dead on Oct. 26.

Troops and armoured vehicles took up positions around the Defence Ministry and the capital's main government buildings overnight, and shots were heard near the ministry before dawn.

The government said early on Thursday that the situation was under control.

President Choi Kyu-hah, who was elected by an electoral college last week, approved the arrest after the fact, officials said.

The United States protested that front-line units under the joint U.S.-Korean command had been moved into Seoul without its consent. In Washington, the State Department warned that any group that disrupted South Korea's progress toward a broadly based government would face serious consequences in its relations with the United States.

Chun's allies include Maj. Gen. Roh Tae-woo, whose division was brought down from the border with North Korea.

It was unclear whether the new army leadership would honour Choi's promise to amend the constitution.
""")
CHUNU = A("army units loyal to Chun Doo-hwan", "KOR", "MIL")
CHUN = A("Chun Doo-hwan", "KOR", "MIL")
CHUNG = A("Chung Seung-hwa", "KOR", ["MIL", "GOV"])
E("cc02", "arrest martial law chief after gunfight in", CHUNU, CHUNG, ["17", "19"], "173", "1979-12-12",
  P("Seoul", "KOR"), False, "headline")
E("cc02", "arrested the martial law commander, Gen. Chung", CHUNU, CHUNG, ["17", "19"], "173", "1979-12-12",
  P("Seoul", "KOR"), True, "arrest 173 (17, with 19 for a coup-like seizure); 'late on Wednesday' before a Thursday "
  "paper; 'at his residence in Seoul' names the place")
E("cc02", "after an exchange of gunfire at his", CHUNU, A("Chung Seung-hwa's guards", "KOR", "MIL"), CLASH, "190",
  "1979-12-12", P("Seoul", "KOR"), False, "agentless gunfight folded into the arrest: optional")
E("cc02", "accusing him of a role in the", CHUNU, CHUNG, ["11"], "112", "1979-12-12", None, True,
  "accusation 112 in the lead's participle clause; the day of the arrest")
E("cc02", "said Chung had to be questioned because", CHUN, CHUNG, ["11", "09"], "112", "1979-12", None, False,
  "Chun's explanation repeats the accusation: optional; month")
E("cc02", "where the intelligence chief, Kim Jae-kyu, shot", A("Kim Jae-kyu", "KOR", ["SPY", "GOV"]),
  A("Park Chung-hee", "KOR", "GOV"), ATTACK, "186", "1979-10-26", None, True,
  "dated background assassination 'on Oct. 26' in a 'where' clause with its own agent; 'the compound' names no place")
E("cc02", "Troops and armoured vehicles took up positions", CHUNU, A("South Korea's government", "KOR", "GOV"),
  ["15", "17"], "150", "1979-12", P("Seoul", "KOR"), False, "show of force, agent not named: optional; 'the capital' "
  "= Seoul; 'overnight' without a firm anchor: month")
E("cc02", "approved the arrest after the fact, officials", A("Choi Kyu-hah", "KOR", "GOV"), CHUN, ["05", "08"], "050",
  "1979-12", None, False, "after-the-fact approval: coders split (endorsement or yielding): optional; 'who was elected "
  "... last week' is agentless background")
E("cc02", "The United States protested that front-line units", A("United States", "USA", "GOV"), CHUN, ["11"], "114",
  "1979-12", None, True, "official complaint 114; the moved units are Chun's; no day: month")
E("cc02", "the State Department warned that any group", A("U.S. State Department", "USA", "GOV"),
  A("South Korean army", "KOR", ["MIL", "GOV"]), ["13"], "130", "1979-12", P("Washington", "USA"), True,
  "conditional warning of consequences 130, aimed at the generals; 'In Washington' is where it was said; month")
E("cc02", "whose division was brought down from the", A("Roh Tae-woo", "KOR", "MIL"), None, ["15"], "154", "1979-12",
  None, False, "agentless background passive in a relative: optional")
F("cc02", "The government said early on Thursday that", "standing situation: 'under control'")
F("cc02", "It was unclear whether the new army", "speculation")

# ---------------------------------------------------------------- cc03 Ankara, Middle East (Turkey / Syria)
S("cc03", "1998-10-21", "Middle East", """
Syria pledges to curb Kurdish rebels, defusing standoff with Turkey

ANKARA, Turkey —

Turkey and Syria signed an agreement in the southern Turkish city of Adana on Tuesday under which Damascus pledged to stop all support for the Kurdistan Workers Party, easing a crisis that had brought the neighbours close to war.

Under the accord, Syria will treat the PKK as a terrorist group, close its training camps and bar its leader, Abdullah Ocalan, from its territory, Turkish officials said. Syria said Ocalan was no longer in the country.

Turkey had massed troops along the border earlier this month, and President Suleyman Demirel told parliament on Oct. 1 that Turkey's patience was exhausted and that it reserved the right to retaliate against Damascus.

Syria again denied this month that it had ever sheltered Ocalan, whose guerrillas have fought for Kurdish self-rule in southeastern Turkey since 1984, and accused Ankara of threatening the region by its military ties with Israel.

Egyptian President Hosni Mubarak shuttled between Damascus and Ankara early this month to ease the tension, and Iran's foreign minister also visited both capitals.

Prime Minister Mesut Yilmaz welcomed the agreement but said Turkey would watch closely to see that Syria kept its word. A senior official said no military action was being considered for now.

The PKK, in a statement faxed to news agencies in Europe, condemned the accord as a plot against the Kurdish people.

More than 29,000 people have been killed in the conflict, by official count.
""")
TURG = A("Turkey", "TUR", "GOV")
SYRG = A("Syria", "SYR", "GOV")
PKK = A("Kurdistan Workers Party", "TUR", ["REB", "RAD"])
E("cc03", "Syria pledges to curb Kurdish rebels, defusing", SYRG, TURG, AGREE, "030", "1998-10-20", None, False,
  "headline")
E("cc03", "Turkey and Syria signed an agreement in", TURG, SYRG, AGREE, "057", "1998-10-20", P("Adana", "TUR"), True,
  "signed agreement 057 (05/03/08); both named as doers: first-mentioned direction required; 'in the southern "
  "Turkish city of Adana' names the place; 'on Tuesday' before a Wednesday paper")
E("cc03", "Turkey and Syria signed an agreement in", SYRG, TURG, AGREE, "057", "1998-10-20", P("Adana", "TUR"), False,
  "reverse direction of the joint signing: optional")
E("cc03", "Syria said Ocalan was no longer in", SYRG, TURG, DENY, "016", "1998-10", None, False,
  "a claim that answers the charge of harbouring him, read by some coders as a denial: optional")
E("cc03", "Turkey had massed troops along the border", TURG, SYRG, ["15", "13"], "154", "1998-10", None, True,
  "mobilising troops against Syria 154 (15, 13 tolerated); 'earlier this month': month; the border is not a named "
  "place")
E("cc03", "President Suleyman Demirel told parliament on Oct.", A("Suleyman Demirel", "TUR", "GOV"), SYRG, ["13"],
  "130", "1998-10-01", P("Ankara", "TUR"), True, "threat of retaliation 130; 'on Oct. 1'; Turkey's parliament with "
  "the Ankara dateline and no other place named: Ankara; 'Damascus' is the government")
E("cc03", "Syria again denied this month that it", SYRG, TURG, DENY, "016", "1998-10", None, True,
  "denial of the accusation of harbouring Ocalan 016 (01/12); 'this month': month; the relative on the guerrillas' "
  "fight since 1984 is standing background")
E("cc03", "accused Ankara of threatening the region by", SYRG, TURG, ["11"], "112", "1998-10", None, False,
  "counter-accusation, second verb: optional")
E("cc03", "Egyptian President Hosni Mubarak shuttled between Damascus", A("Hosni Mubarak", "EGY", "GOV"), SYRG,
  ["04", "03"], "045", "1998-10", None, True, "shuttle mediation 045; the first-named party (Damascus) as target; "
  "'early this month': month; two capitals, no single place")
E("cc03", "Iran's foreign minister also visited both capitals", A("Kamal Kharrazi", "IRN", "GOV"), SYRG, ["04"], "042",
  "1998-10", None, False, "second mediator's visits, compound object: optional")
E("cc03", "Prime Minister Mesut Yilmaz welcomed the agreement", A("Mesut Yilmaz", "TUR", "GOV"), SYRG, ["05"], "050",
  "1998-10", None, False, "welcome of his own government's accord: optional")
E("cc03", "condemned the accord as a plot against", PKK, TURG, ["11"], "111", "1998-10", None, True,
  "denunciation 111 by the party the accord targets; the PKK is coded TUR with REB/RAD; no day: month")
F("cc03", "A senior official said no military action", "negated act: no military action being considered")
F("cc03", "More than 29,000 people have been killed", "count")

# ---------------------------------------------------------------- cc04 Rostock, Europe (Germany)
S("cc04", "1992-08-25", "Europe/Eurasia", """
Right-wing mob sets fire to Vietnamese hostel in Rostock as police pull back

ROSTOCK, Germany —

Hundreds of right-wing youths hurled firebombs into a high-rise block housing Vietnamese workers in the Lichtenhagen district of Rostock late on Monday, setting fire to the lower floors while some 3,000 onlookers cheered.

More than 100 Vietnamese, along with a television crew, escaped over the roof to a neighbouring building, and nobody was killed.

Police, who had battled the rioters with water cannon for two nights, withdrew from the area for more than an hour before the blaze, and firefighters were unable to reach the building at first. The state's interior minister, Lothar Kupfer, said the officers had needed to regroup.

The violence began on Saturday outside the neighbouring reception centre for asylum seekers, where Romanian Gypsies and other refugees had camped on the lawn for weeks waiting to register. The authorities took the asylum seekers out of the city by bus on Monday afternoon.

Chancellor Helmut Kohl's spokesman condemned the attacks as a disgrace for Germany. Federal Interior Minister Rudolf Seiters, who visited Rostock on Monday, called on the opposition Social Democrats to agree to a tightening of the constitution's right to asylum.

Police said 130 people had been detained since Saturday, many of them from western Germany. Left-wing groups called a march against racism in Rostock for Saturday.

Politicians in Bonn were debating whether the federal border police should take over security in the city.
""")
RIOT = A("right-wing youths in Rostock", "DEU", ["CVL", "RAD"])
VIET = A("Vietnamese workers in Rostock", "VNM", "CVL")
DEUCOP = A("German police", "DEU", "COP")
E("cc04", "Right-wing mob sets fire to Vietnamese hostel", RIOT, VIET, ["18", "14", "17"], "180", "1992-08-24",
  P("Rostock", "DEU"), False, "headline")
E("cc04", "hurled firebombs into a high-rise block housing", RIOT, VIET, ["18", "14", "17"], "180", "1992-08-24",
  P("Rostock", "DEU"), True, "arson attack on a hostel 180 (18, with the violent-protest roots 14/17 tolerated); the "
  "residents are called Vietnamese: VNM; 'late on Monday' before a Tuesday paper; Rostock named in the clause")
E("cc04", "who had battled the rioters with water", DEUCOP, RIOT, ["17", "18", "14"], "175", "1992-08", P("Rostock", "DEU"),
  True, "dated background in a relative with its own agent: water cannon against rioters 175; 'for two nights' is a "
  "span: month; 'the area' with the dateline and the lead is Lichtenhagen in Rostock")
E("cc04", "withdrew from the area for more than", DEUCOP, RIOT, ["08"], "087", "1992-08-24", P("Rostock", "DEU"), False,
  "police pulling back from rioters, a retreat some coders code 087: optional")
E("cc04", "The violence began on Saturday outside the", RIOT, A("asylum seekers in Rostock", None, ["REF", "CVL"]),
  VPROT, "145", "1992-08-22", None, False, "agentless 'the violence began': optional; the asylum seekers' "
  "nationality is not given for all of them")
E("cc04", "condemned the attacks as a disgrace for", A("Dieter Vogel", "DEU", "GOV"), RIOT, ["11"], "111", "1992-08",
  None, True, "denunciation 111 by the chancellor's spokesman (the government); no day: month")
E("cc04", "called on the opposition Social Democrats to", A("Rudolf Seiters", "DEU", "GOV"),
  A("Social Democratic Party", "DEU", ["PTY", "OPP"]), DEMAND, "024", "1992-08-24", None, True,
  "appeal for a change of the constitution 024 (02/10); the 'who visited Rostock on Monday' relative gives the day; "
  "the call's place is not given")
E("cc04", "Police said 130 people had been detained", DEUCOP, RIOT, ["17"], "173", "1992-08", None, True,
  "arrests reported by the arresting police 173, required (as owned21 d11); 'since Saturday' is a span: month")
E("cc04", "Left-wing groups called a march against racism", A("left-wing groups", "DEU", ["CVL", "NGO"]), RIOT, ["14"],
  "141", "1992-08", P("Rostock", "DEU"), False, "call for a march, a planned protest: optional")
F("cc04", "More than 100 Vietnamese, along with a", "escape and a negated killing: no codable act")
F("cc04", "Politicians in Bonn were debating whether the", "speculation: a debated measure, not taken")

# ---------------------------------------------------------------- cc05 Bogota, Americas (Colombia)
S("cc05", "1980-02-28", "Americas", """
Colombian guerrillas seize Dominican embassy, hold U.S. envoy and other diplomats

BOGOTA, Colombia —

Guerrillas of the April 19 Movement stormed the Dominican Republic's embassy during a reception on Wednesday and were holding about 60 hostages, among them U.S. Ambassador Diego Asencio and more than a dozen other ambassadors, police said.

The gunmen, some of whom had arrived dressed as joggers, exchanged fire with police guarding the building for nearly an hour. One guerrilla was killed and several people were wounded.

In a note passed to the Red Cross, the rebels demanded the release of 311 jailed comrades and a ransom of $50 million, and threatened to kill hostages if troops tried to retake the building.

President Julio Cesar Turbay Ayala said after an emergency cabinet meeting that his government would not bow to blackmail, but aides said it was ready to talk to the captors through intermediaries.

Troops and armoured cars sealed off the streets around the embassy early on Thursday, and sharpshooters took up positions on nearby roofs.

The rebels freed several women overnight, a Red Cross official said.

The State Department asked Colombia to put the safety of the hostages first.

The M-19 stole more than 5,000 weapons from an army arsenal north of the capital on New Year's Eve of 1978.

The movement takes its name from the presidential election of April 19, 1970, which its founders say was stolen from former dictator Gustavo Rojas Pinilla.
""")
M19 = A("April 19 Movement", "COL", ["REB", "OPP"])
COLG = A("Colombia's government", "COL", "GOV")
E("cc05", "Colombian guerrillas seize Dominican embassy, hold U.S.", M19, A("Dominican Republic", "DOM", None),
  ["18", "17"], "181", "1980-02-27", P("Bogota", "COL"), False, "headline")
E("cc05", "stormed the Dominican Republic's embassy during a", M19, A("Dominican Republic", "DOM", None), ["18", "17"],
  "181", "1980-02-27", P("Bogota", "COL"), True, "storming an embassy and taking hostages 181; premises are the country "
  "with sector null; the embassy with the Bogota dateline: Bogota; 'on Wednesday' before a Thursday paper")
E("cc05", "were holding about 60 hostages, among them", M19, A("Diego Asencio", "USA", "GOV"), ["18", "17"], "181",
  "1980-02-27", P("Bogota", "COL"), False, "the hostages, second object of the lead (the U.S. envoy first among "
  "them): optional")
E("cc05", "exchanged fire with police guarding the building", M19, A("Colombian police", "COL", "COP"), CLASH, "190",
  "1980-02-27", P("Bogota", "COL"), True, "gunfight 190; 'A exchanged fire with B' names one doer: one event; day "
  "and place from the lead")
E("cc05", "the rebels demanded the release of 311", M19, COLG, DEMAND, "1053", "1980-02", None, True,
  "demand for release 1053 (10/02); no day of its own: month")
E("cc05", "threatened to kill hostages if troops tried", M19, COLG, ["13"], "138", "1980-02", None, False,
  "conditional threat, second verb: optional")
E("cc05", "his government would not bow to blackmail", A("Julio Cesar Turbay Ayala", "COL", "GOV"), M19, ["12"], "124",
  "1980-02", None, False, "refusal put as an intention: optional")
E("cc05", "aides said it was ready to talk", COLG, M19, ["03", "04"], "036", "1980-02", None, True,
  "offer to negotiate 036; 'it' is the government; month")
E("cc05", "Troops and armoured cars sealed off the", A("Colombian troops", "COL", "MIL"), M19, ["19", "15", "17"],
  "191", "1980-02-28", P("Bogota", "COL"), True, "cordon round the embassy 191 (15/17 tolerated); unnamed troops are "
  "Colombia's; 'early on Thursday' in a Thursday paper; the embassy with the dateline: Bogota")
E("cc05", "The rebels freed several women overnight, a", M19, A("women hostages", None, "CVL"), ["08"], "0841",
  "1980-02", None, True, "release of hostages 0841; the Red Cross account is undisputed; 'overnight': month; the women "
  "have no nationality in the text")
E("cc05", "The State Department asked Colombia to put", A("U.S. State Department", "USA", "GOV"), COLG, DEMAND, "020",
  "1980-02", None, False, "single outside appeal: optional")
E("cc05", "The M-19 stole more than 5,000 weapons", M19, A("Colombian army", "COL", "MIL"), ["17", "18"], "171",
  "1978-12-31", None, True, "dated background seizure of army property 171; 'north of the capital' is not a named "
  "place")
F("cc05", "One guerrilla was killed and several people", "agentless count of dead and wounded")
F("cc05", "The movement takes its name from the", "historical aside and definition, no act")

# ---------------------------------------------------------------- cc06 Kinshasa, Africa (DR Congo / Zimbabwe / Rwanda)
S("cc06", "1998-08-20", "Africa", """
Zimbabwe flies troops to Kinshasa as rebels close in on Kabila

KINSHASA, Democratic Republic of Congo —

Zimbabwe began flying troops and armoured vehicles into Kinshasa on Wednesday to help President Laurent Kabila fight off a rebellion that has swept across eastern Congo.

Zimbabwean Defence Minister Moven Mahachi said the deployment followed a meeting of southern African defence ministers in Harare on Tuesday, at which Zimbabwe, Angola and Namibia agreed to answer Kabila's appeal for help.

Rebel forces, who rose up in the eastern town of Goma on Aug. 2, captured the Inga hydroelectric dam west of the capital last week and cut the power lines.

Kinshasa, a city of five million, has had no electricity or running water for most of the past week.

Kabila accused Rwanda and Uganda of invading Congo to back the rebels. Rwanda denied that any of its troops were inside the country and said the fighting was a Congolese affair.

The uprising began a week after Kabila ordered the Rwandan officers who had commanded his army to leave the country.

Government troops set up checkpoints across Kinshasa on Wednesday and searched cars for infiltrators.

The rebels' leader, Ernest Wamba dia Wamba, a former history professor, said in Goma that his forces would not stop until Kabila was removed.

Diplomats said it was unclear whether the intervention would be enough to hold the capital.
""")
ZWEG = A("Zimbabwe", "ZWE", "GOV")
KAB = A("Laurent Kabila", "COD", "GOV")
CODREB = A("Congolese rebels", "COD", ["REB", "OPP"])
RWAG = A("Rwanda", "RWA", "GOV")
E("cc06", "Zimbabwe flies troops to Kinshasa as rebels", ZWEG, KAB, ["07", "15", "06"], "074", "1998-08-19",
  P("Kinshasa", "COD"), False, "headline")
E("cc06", "Zimbabwe began flying troops and armoured vehicles", ZWEG, KAB, ["07", "15", "06"], "074", "1998-08-19",
  P("Kinshasa", "COD"), True, "military protection for an ally 074 (news-dev's deployment roots 07/15, and 06); "
  "'into Kinshasa' names the place; 'on Wednesday' before a Thursday paper")
E("cc06", "at which Zimbabwe, Angola and Namibia agreed", ZWEG, KAB, ["03", "07", "05"], "033", "1998-08-18",
  P("Harare", "ZWE"), True, "agreement to send help 033; compound subject, first member required; 'at which' ties it to "
  "the Harare meeting on Tuesday")
E("cc06", "agreed to answer Kabila's appeal for help", A("Angola", "AGO", "GOV"), KAB, ["03", "07", "05"], "033",
  "1998-08-18", P("Harare", "ZWE"), False, "second member of the compound subject: optional")
E("cc06", "Zimbabwe, Angola and Namibia agreed to answer", A("Namibia", "NAM", "GOV"), KAB, ["03", "07", "05"], "033",
  "1998-08-18", P("Harare", "ZWE"), False, "third member of the compound subject: optional")
E("cc06", "who rose up in the eastern town", CODREB, KAB, ["19", "18", "17"], "190", "1998-08-02", P("Goma", "COD"),
  True, "dated background uprising in a relative with its own agent; 'on Aug. 2'; 'the eastern town of Goma'")
E("cc06", "captured the Inga hydroelectric dam west of", CODREB, KAB, ["19", "17"], "192", "1998-08",
  P("Inga", "COD"), True, "seizure of the dam 192 (19/17); 'last week': month; Inga named")
E("cc06", "Kabila accused Rwanda and Uganda of invading", KAB, RWAG, ["11"], "112", "1998-08", None, True,
  "accusation of aggression 112; first member of the compound object required; no day: month")
E("cc06", "accused Rwanda and Uganda of invading Congo", KAB, A("Uganda", "UGA", "GOV"), ["11"], "112", "1998-08", None,
  False, "second member: optional")
E("cc06", "Rwanda denied that any of its troops", RWAG, KAB, DENY, "016", "1998-08", None, True,
  "denial of Kabila's accusation 016 (01/12); month")
E("cc06", "a week after Kabila ordered the Rwandan", KAB, A("Rwandan officers in Congo", "RWA", "MIL"), ["17", "16"],
  "174", "1998-07", None, True, "dated background order to leave 174 (17/16) in an 'a week after' clause with its own "
  "agent: late July; the relative 'who had commanded his army' is standing")
E("cc06", "Government troops set up checkpoints across Kinshasa", A("Congolese troops", "COD", "MIL"), CODREB,
  ["15", "17"], "150", "1998-08-19", P("Kinshasa", "COD"), False, "security measures, no clear target: optional")
E("cc06", "said in Goma that his forces would", A("Ernest Wamba dia Wamba", "COD", ["REB", "OPP"]), KAB, ["13"],
  "130", "1998-08", P("Goma", "COD"), False, "vow put as an intention: optional")
F("cc06", "Kinshasa, a city of five million, has", "standing situation")
F("cc06", "Diplomats said it was unclear whether the", "speculation")

# ---------------------------------------------------------------- cc07 Bombay, South Asia (India / Pakistan)
S("cc07", "1993-03-13", "Asia", """
Bombs kill more than 200 in Bombay; stock exchange among targets

BOMBAY, India —

A series of at least 13 bombs tore through Bombay on Friday, wrecking the Bombay Stock Exchange, the Air India building and crowded markets, and killing more than 200 people, police said.

The blasts went off over about two hours in the early afternoon, many of them from explosives packed into parked cars and scooters. More than 1,000 people were wounded.

Prime Minister Narasimha Rao condemned the attacks as a bid to destabilise the country and said in New Delhi that the government would not yield to terror.

Home Minister Shankarrao Chavan told parliament that the scale of the attacks pointed to a foreign hand, and some officials said privately that they suspected Pakistan's intelligence service.

Pakistan's Foreign Office rejected any suggestion of involvement as baseless and said Islamabad condemned terrorism in all its forms.

Police said they had found an abandoned van packed with rifles and hand grenades near one of the targets and had detained several suspects overnight.

Maharashtra's chief minister, Sharad Pawar, appealed to the city's Hindus and Muslims to stay calm.

More than 800 people were killed in Bombay in December and January in riots between Hindus and Muslims, after Hindu militants tore down a 16th-century mosque at Ayodhya on Dec. 6.

There was no claim of responsibility.
""")
BOMV = A("Bombay residents", "IND", "CVL")
E("cc07", "Bombs kill more than 200 in Bombay;", UNK, BOMV, ATTACK, "183", "1993-03-12", P("Bombay", "IND"), False,
  "headline")
E("cc07", "bombs tore through Bombay on Friday, wrecking", UNK, BOMV, ATTACK, "183", "1993-03-12", P("Bombay", "IND"),
  True, "bombing 183 by unnamed bombers (news-dev: null/null); 'on Friday' before a Saturday paper; Bombay named")
E("cc07", "The blasts went off over about two", UNK, BOMV, ATTACK, "183", "1993-03-12", None, False,
  "restatement of the bombing: optional")
E("cc07", "condemned the attacks as a bid to", A("Narasimha Rao", "IND", "GOV"), UNK, ["11"], "111", "1993-03",
  P("New Delhi", "IND"), True, "condemnation 111 of the unnamed bombers; 'said in New Delhi' is where he spoke; no day: "
  "month; 'would not yield' is an intention, not coded")
E("cc07", "told parliament that the scale of the", A("Shankarrao Chavan", "IND", "GOV"), A("foreign hand", None, None),
  ["11"], "112", "1993-03", None, False, "accusation without a named target: optional")
E("cc07", "some officials said privately that they suspected", A("Indian officials", "IND", "GOV"),
  A("Pakistan's intelligence service", "PAK", ["SPY", "GOV"]), ["11"], "112", "1993-03", None, False,
  "unattributed suspicion, second clause: optional")
E("cc07", "Pakistan's Foreign Office rejected any suggestion of", A("Pakistan", "PAK", "GOV"), A("India", "IND", "GOV"),
  DENY, "016", "1993-03", None, True, "denial of the suspicion 016 (01/12); month")
E("cc07", "had detained several suspects overnight", A("Bombay police", "IND", "COP"),
  A("Bombay bombing suspects", "IND", ["CRM", "CVL"]), ["17"], "173", "1993-03", None, True,
  "arrests reported by the arresting police 173; 'overnight': month; 'near one of the targets' names no place")
E("cc07", "appealed to the city's Hindus and Muslims", A("Sharad Pawar", "IND", "GOV"), A("Bombay residents", "IND", "CVL"),
  ["02"], "025", "1993-03", None, False, "appeal for calm: optional")
E("cc07", "in riots between Hindus and Muslims, after", A("Bombay Hindus", "IND", "CVL"), A("Bombay Muslims", "IND", "CVL"),
  CLASH, "190", None, P("Bombay", "IND"), False, "communal riots over December and January, a span across two years: "
  "no date; optional (the sentence leads with a count)")
E("cc07", "Hindu militants tore down a 16th-century mosque", A("Hindu militants", "IND", ["RAD", "CVL"]),
  A("Babri mosque", "IND", None), ["17", "18", "14"], "1712", "1992-12-06", P("Ayodhya", "IND"), True,
  "dated background destruction of property 1712 in an 'after' clause with its own agent; premises are the country; "
  "'on Dec. 6' of the year before publication; Ayodhya named")
F("cc07", "More than 1,000 people were wounded", "count")
F("cc07", "There was no claim of responsibility", "negated act")

# ---------------------------------------------------------------- cc08 Jerusalem, Middle East (Israel / Palestinians)
S("cc08", "1996-03-03", "Middle East", """
Suicide bomber kills 18 on Jerusalem bus a week after twin attacks; Peres seals off territories

JERUSALEM, Israel —

A suicide bomber blew up a crowded commuter bus on Jaffa Road in the centre of Jerusalem early on Sunday, killing at least 18 people a week to the day after a bombing on the same bus line.

Police said the bomber had boarded the No. 18 bus at the previous stop.

A group calling itself the cells of Yahya Ayyash claimed responsibility in a call to Israel radio and said the attack avenged the death of Ayyash, a Hamas bomb-maker, in Gaza in January. Palestinians blame Israel for his death.

Prime Minister Shimon Peres sealed off the West Bank and Gaza Strip and told reporters at the scene that Israel would fight Hamas by every means.

Palestinian leader Yasser Arafat condemned the bombing and said his police had detained dozens of Hamas activists in Gaza over the past week.

Opposition leader Benjamin Netanyahu blamed the government's peace policy for the bloodshed and called for a halt to talks with the PLO. Peres did not say whether the talks would be suspended.

On Feb. 25, suicide bombers killed 25 people on a No. 18 bus in Jerusalem and a soldier at a hitchhiking post in Ashkelon.

It was not clear how the bomber had slipped through the army's checkpoints around the West Bank.
""")
BOMBER = A("suicide bomber", None, None)
ISRV = A("Israeli bus passengers", "ISR", "CVL")
HAMAS = A("Hamas", "PSE", ["REB", "RAD", "OPP"])
ISRG = A("Israel's government", "ISR", "GOV")
E("cc08", "Suicide bomber kills 18 on Jerusalem bus", BOMBER, ISRV, ATTACK, "1831", "1996-03-03", P("Jerusalem", "ISR"),
  False, "headline")
E("cc08", "Peres seals off territories", A("Shimon Peres", "ISR", "GOV"), A("Palestinian territories", "PSE", None),
  BLOCK, "191", "1996-03-03", None, False, "headline, second event")
E("cc08", "A suicide bomber blew up a crowded", BOMBER, ISRV, ATTACK, "1831", "1996-03-03", P("Jerusalem", "ISR"), True,
  "suicide bombing 1831; the bomber is unnamed (news-dev: null/null; the claim names no person); 'early on Sunday' "
  "in a Sunday paper; Jerusalem named")
E("cc08", "Palestinians blame Israel for his death.", A("Palestinians", "PSE", "CVL"), ISRG, ["11"], "112", "1996", None,
  False, "standing present-tense accusation: optional; the death itself is agentless")
E("cc08", "Prime Minister Shimon Peres sealed off the", A("Shimon Peres", "ISR", "GOV"),
  A("Palestinian territories", "PSE", None), BLOCK, "191", "1996-03-03", None, True,
  "closure of the territories 191 (19/16/17, coders split); the day from the lead; the territories are the target, "
  "not a place")
E("cc08", "told reporters at the scene that Israel", A("Shimon Peres", "ISR", "GOV"), HAMAS, ["13"], "130", "1996-03-03",
  P("Jerusalem", "ISR"), True, "threat 130; 'at the scene' = Jerusalem; the day from the lead")
E("cc08", "Palestinian leader Yasser Arafat condemned the bombing", A("Yasser Arafat", "PSE", "GOV"), BOMBER, ["11"],
  "111", "1996-03", None, True, "condemnation 111 of the bomber; no day of its own: month")
E("cc08", "said his police had detained dozens of", A("Palestinian police", "PSE", "COP"), HAMAS, ["17"], "173", "1996",
  P("Gaza", "PSE"), False, "arrests inside Arafat's own account: optional; 'over the past week' spans February and "
  "March: year; 'in Gaza' names the place")
E("cc08", "Opposition leader Benjamin Netanyahu blamed the government's", A("Benjamin Netanyahu", "ISR", ["OPP", "PTY"]),
  ISRG, ["11"], "112", "1996-03", None, True, "blame 112; month")
E("cc08", "called for a halt to talks with", A("Benjamin Netanyahu", "ISR", ["OPP", "PTY"]), ISRG, DEMAND, "100",
  "1996-03", None, False, "demand, second verb: optional")
E("cc08", "On Feb. 25, suicide bombers killed 25", A("suicide bombers", None, None), ISRV, ATTACK, "1831", "1996-02-25",
  P("Jerusalem", "ISR"), True, "dated background bombing; first member of the compound object; 'in Jerusalem' named")
E("cc08", "and a soldier at a hitchhiking post", A("suicide bombers", None, None), A("Israeli soldier", "ISR", "MIL"),
  ATTACK, "1831", "1996-02-25", P("Ashkelon", "ISR"), False, "second member of the compound object: optional; "
  "Ashkelon named")
F("cc08", "Peres did not say whether the talks", "negated statement and speculation")
F("cc08", "It was not clear how the bomber", "speculation")

# ---------------------------------------------------------------- cc09 Hanoi, Asia (Vietnam / China)
S("cc09", "1988-03-16", "Asia", """
Vietnam accuses China of sinking its ships in Spratly clash

HANOI, Vietnam —

Vietnam accused China on Tuesday of attacking its navy in the Spratly Islands, saying Chinese warships had opened fire on three Vietnamese transport vessels near Johnson Reef on Monday, sinking one and setting the other two ablaze.

A Foreign Ministry statement read on Hanoi radio said 74 Vietnamese sailors were missing and called the attack a serious provocation against Vietnam's sovereignty. The ministry demanded that Beijing withdraw its warships from the area and proposed talks to settle the dispute.

China's official Xinhua news agency gave a different account. It said Vietnamese troops who had landed on the reef fired first on a Chinese survey team, and that Chinese ships returned fire in self-defence.

China has sent naval patrols into the Spratlys since January, and it says the islands have belonged to China since ancient times.

Vietnam, the Philippines, Malaysia and Taiwan also claim all or part of the archipelago, which lies astride major shipping lanes and may hold oil.

A Chinese Foreign Ministry spokesman rejected Hanoi's demand, saying the Chinese navy would continue its patrols.

Western diplomats in Hanoi said they did not expect the fighting to spread, and there was no sign of troop movements along the two countries' land border.
""")
VNMG = A("Vietnam", "VNM", "GOV")
CHNG = A("China", "CHN", "GOV")
CHNNAV = A("Chinese navy", "CHN", "MIL")
VNMNAV = A("Vietnamese navy", "VNM", "MIL")
E("cc09", "Vietnam accuses China of sinking its ships", VNMG, CHNG, ["11"], "112", "1988-03-15", None, False, "headline")
E("cc09", "Vietnam accused China on Tuesday of attacking", VNMG, CHNG, ["11"], "112", "1988-03-15", None, True,
  "accusation 112; 'on Tuesday' before a Wednesday paper; no place: the statement names none")
E("cc09", "Chinese warships had opened fire on three", CHNNAV, VNMNAV, ["19", "18"], "190", "1988-03-14", None, True,
  "naval attack 190; China disputes who fired first, not that its ships fired: required; 'on Monday'; the Spratlys "
  "and Johnson Reef are disputed and have no country code here: place null")
E("cc09", "called the attack a serious provocation against", VNMG, CHNG, ["11"], "111", "1988-03-15", None, False,
  "restatement of the accusation: optional")
E("cc09", "The ministry demanded that Beijing withdraw its", VNMG, CHNG, DEMAND, "1056", "1988-03-15", None, True,
  "demand for a military pullback 1056 (10/02); the statement's day (Tuesday) from the lead")
E("cc09", "proposed talks to settle the dispute", VNMG, CHNG, ["03", "04"], "036", "1988-03-15", None, False,
  "offer of talks, second verb: optional")
E("cc09", "It said Vietnamese troops who had landed", A("Xinhua", "CHN", ["MED", "GOV"]), VNMG, ["11"], "112", "1988-03",
  None, True, "China's counter-accusation through its official agency 112; month")
E("cc09", "Vietnamese troops who had landed on the", VNMNAV, A("Chinese survey team", "CHN", ["GOV", "MIL"]),
  ["19", "18"], "190", "1988-03-14", None, False, "alleged first fire inside China's account, disputed: optional")
E("cc09", "China has sent naval patrols into the", CHNNAV, VNMG, ["15"], "150", "1988", None, False,
  "patrols as a show of force since January (a span): optional; year")
E("cc09", "A Chinese Foreign Ministry spokesman rejected Hanoi's", CHNG, VNMG, ["12"], "1246", "1988-03", None, True,
  "rejection of the demand to pull back 1246; month")
F("cc09", "Vietnam, the Philippines, Malaysia and Taiwan also", "standing situation: rival claims")
F("cc09", "Western diplomats in Hanoi said they did", "speculation and a negated act")

# ---------------------------------------------------------------- cc10 Edirne, Europe (Bulgaria / Turkey)
S("cc10", "1989-06-05", "Europe/Eurasia", """
Thousands of ethnic Turks pour out of Bulgaria as Turkey opens border

EDIRNE, Turkey —

More than 5,000 ethnic Turks expelled from Bulgaria crossed into Turkey at the Kapikule border post over the weekend, many carrying only suitcases, after the Turkish government threw open the frontier on Friday.

Prime Minister Turgut Ozal accused Sofia of a campaign of forced assimilation and said Turkey would take in all of Bulgaria's 1.5 million Turks if it had to.

Arrivals told reporters that police had given them a few hours to pack, and some said their men had been beaten for refusing to take Bulgarian names.

Bulgaria denies expelling anyone. Its Foreign Ministry said on Sunday that the travellers were Bulgarian Muslims who had chosen to visit relatives abroad under a new passport law.

Bulgarian leader Todor Zhivkov said in a televised speech on May 29 that Ankara should open its borders to all who wished to leave.

Security forces fired on ethnic Turks protesting in several towns in northeastern Bulgaria last month, killing at least seven people, according to Turkish officials. Sofia gave a lower toll.

Turkey has raised the issue at a meeting of the Conference on Security and Cooperation in Europe in Paris.

The campaign to make Turks adopt Slavic names began in 1984.
""")
BGRG = A("Bulgaria", "BGR", "GOV")
TURG2 = A("Turkey", "TUR", "GOV")
BGRT = A("ethnic Turks in Bulgaria", "BGR", ["CVL", "REF"])
E("cc10", "Thousands of ethnic Turks pour out of", BGRG, BGRT, ["17", "20"], "174", "1989-06", None, False, "headline")
E("cc10", "More than 5,000 ethnic Turks expelled from", BGRG, BGRT, ["17", "20"], "174", "1989-06", P("Bulgaria", "BGR"),
  True, "expulsion 174 (201 mass expulsion also right: 17/20), told in the reporter's voice; 'over the weekend' (June "
  "3-4): month; the act plainly happens in Bulgaria: country-level place")
E("cc10", "after the Turkish government threw open the", TURG2, BGRT, ["07", "08"], "075", "1989-06-02", None, True,
  "admitting the refugees 075 (07/08); dated 'on Friday' in an 'after' clause with its own agent")
E("cc10", "Prime Minister Turgut Ozal accused Sofia of", A("Turgut Ozal", "TUR", "GOV"), BGRG, ["11"], "112", "1989-06",
  None, True, "accusation 112; 'Sofia' is the government; no day: month")
E("cc10", "had been beaten for refusing to take", A("Bulgarian police", "BGR", "COP"), BGRT, ["18", "17"], "182",
  "1989", None, False, "beatings inside the refugees' account, disputed by Sofia: optional; undated: year")
E("cc10", "Bulgaria denies expelling anyone.", BGRG, TURG2, DENY, "016", "1989-06", None, True,
  "denial 016 (01/12) of Turkey's charge; present tense, no day of its own: month")
E("cc10", "Its Foreign Ministry said on Sunday that", BGRG, TURG2, DENY, "016", "1989-06-04", None, False,
  "restatement of the denial: optional; 'on Sunday' in a Monday paper")
E("cc10", "said in a televised speech on May", A("Todor Zhivkov", "BGR", "GOV"), TURG2, DEMAND, "100", "1989-05-29",
  None, True, "demand that Turkey open its borders 10 (02 tolerated); 'on May 29'; 'Ankara' is the government")
E("cc10", "Security forces fired on ethnic Turks protesting", A("Bulgarian security forces", "BGR", ["COP", "MIL"]),
  A("ethnic Turkish protesters in Bulgaria", "BGR", ["CVL", "OPP"]), REPR, "175", "1989-05", P("Bulgaria", "BGR"), True,
  "firing on protesters 175 (17/18); the firing is undisputed (Sofia disputes only the toll); 'last month': May; "
  "'in northeastern Bulgaria': country-level place")
E("cc10", "ethnic Turks protesting in several towns in", A("ethnic Turkish protesters in Bulgaria", "BGR", ["CVL", "OPP"]),
  BGRG, ["14"], "141", "1989-05", P("Bulgaria", "BGR"), False, "the protest inside the object of the shooting: optional")
E("cc10", "Turkey has raised the issue at a", TURG2, BGRG, ["11"], "114", "1989-06", P("Paris", "FRA"), False,
  "complaint at a conference 114, undated present perfect: optional; 'in Paris' names the place")
F("cc10", "Sofia gave a lower toll", "count")
F("cc10", "The campaign to make Turks adopt Slavic", "historical aside without an actor")

# ---------------------------------------------------------------- cc11 Panama City, Americas (Panama / U.S.)
S("cc11", "1988-02-26", "Americas", """
Panama's assembly ousts Delvalle hours after he tries to fire Noriega

PANAMA CITY, Panama —

Panama's National Assembly voted early on Friday to remove President Eric Arturo Delvalle, hours after he went on television to announce that he had dismissed Gen. Manuel Antonio Noriega as commander of the Defence Forces.

The assembly, dominated by parties loyal to the general, named Education Minister Manuel Solis Palma as acting president. Noriega ignored the dismissal order, and the military's general staff said in a statement that he remained in command.

Delvalle, whose whereabouts were unknown, said in a message read to reporters that he was still the constitutional president and would not recognise the assembly's decision.

The United States said it continued to recognise Delvalle as Panama's legitimate leader. A State Department spokesman condemned the assembly's vote as a blatant move to keep Noriega in power.

Delvalle acted three weeks after federal grand juries in Miami and Tampa, Florida, indicted Noriega on charges of helping Colombian cocaine traffickers smuggle drugs into the United States. The general has denied the charges and accused Washington of trying to bully Panama into giving up the canal treaties.

The opposition Civic Crusade called a general strike for Monday.

The capital was calm on Friday, with shops open and little traffic.

Whether the armed forces would stay united behind Noriega was unclear.
""")
PANLEG = A("Panama's National Assembly", "PAN", ["LEG", "GOV"])
DELV = A("Eric Arturo Delvalle", "PAN", "GOV")
NOR = A("Manuel Antonio Noriega", "PAN", ["MIL", "GOV"])
E("cc11", "Panama's assembly ousts Delvalle hours after he", PANLEG, DELV, ["17", "12", "11"], "172", "1988-02-26",
  P("Panama City", "PAN"), False, "headline")
E("cc11", "National Assembly voted early on Friday to", PANLEG, DELV, ["17", "12", "11"], "172", "1988-02-26",
  P("Panama City", "PAN"), True, "removal of a president by the legislature 172 (17/12/11, as owned35 ai10); 'early "
  "on Friday' in a Friday paper; the dateline country's assembly with no other place named: Panama City")
E("cc11", "he had dismissed Gen. Manuel Antonio Noriega", DELV, NOR, ["17", "12"], "172", "1988-02", None, True,
  "dismissal of the commander 172 (17/12); 'hours after' early Friday may be Thursday: month")
E("cc11", "Noriega ignored the dismissal order, and the", NOR, DELV, ["12"], "120", "1988-02", None, True,
  "defiance of the order 120; month")
E("cc11", "would not recognise the assembly's decision", DELV, PANLEG, ["12"], "120", "1988-02", None, False,
  "refusal put as an intention: optional")
E("cc11", "The United States said it continued to", A("United States", "USA", "GOV"), DELV, ["05"], "054", "1988-02",
  None, False, "continued recognition 054, a standing position: optional")
E("cc11", "A State Department spokesman condemned the assembly's", A("U.S. State Department", "USA", "GOV"), PANLEG,
  ["11"], "111", "1988-02", None, True, "denunciation 111; month")
E("cc11", "federal grand juries in Miami and Tampa", A("U.S. federal grand juries", "USA", "JUD"), NOR, ["11", "17"],
  "112", "1988-02", P("Miami", "USA"), True, "dated background indictment (charges 112, court roots 11/17) in an "
  "'after' clause with its own agent: early February; Miami, the first place named")
E("cc11", "The general has denied the charges and", NOR, A("United States", "USA", ["GOV", "JUD"]), DENY, "016",
  "1988-02", None, True, "denial of the charges 016 (01/12); present perfect over the weeks since the indictment: "
  "month")
E("cc11", "accused Washington of trying to bully Panama", NOR, A("United States", "USA", "GOV"), ["11"], "112",
  "1988-02", None, False, "counter-accusation, second verb: optional")
E("cc11", "The opposition Civic Crusade called a general", A("Civic Crusade", "PAN", ["OPP", "CVL"]), NOR, ["14"], "143",
  "1988-02", None, True, "call for a general strike 143 (as owned21 d01); target Noriega's regime; no day: month")
F("cc11", "The capital was calm on Friday, with", "standing situation")
F("cc11", "Whether the armed forces would stay united", "speculation")

# ---------------------------------------------------------------- cc12 Mexico City, Americas (Mexico)
S("cc12", "1995-02-12", "Americas", """
Zedillo orders arrest of Zapatista leader Marcos, sends army into Chiapas rebel zone

MEXICO CITY, Mexico —

Mexican army troops pushed into rebel-held villages in the southern state of Chiapas on Friday, a day after President Ernesto Zedillo ordered the arrest of the masked Zapatista leader known as Subcomandante Marcos.

In a televised address on Thursday night, Zedillo said the rebels had been preparing new acts of violence and that the government had issued warrants for Marcos and four other leaders.

Federal police seized two arms caches and arrested several suspected Zapatistas in Mexico City and in the state of Veracruz on Wednesday, officials said.

Soldiers took over the village of Guadalupe Tepeyac, where the rebels had their headquarters, and met no resistance. Marcos and his fighters had withdrawn into the Lacandon jungle, residents said.

In a communique sent to newspapers, the Zapatistas accused Zedillo of betraying his promise of dialogue.

Bishop Samuel Ruiz of San Cristobal de las Casas urged both sides to halt the fighting and return to talks.

Thousands of people marched in Mexico City on Saturday to protest against the offensive.

The Zapatistas rose up on Jan. 1, 1994, and seized several towns, including San Cristobal, before a ceasefire was declared 12 days later.

It was not known whether Marcos had been wounded or captured.

Chiapas is Mexico's poorest state, and most of its people are Indian peasants.
""")
EZLN = A("Zapatista National Liberation Army", "MEX", ["REB", "OPP"])
MARCOS = A("Subcomandante Marcos", "MEX", ["REB", "OPP"])
ZED = A("Ernesto Zedillo", "MEX", "GOV")
MEXMIL = A("Mexican army", "MEX", "MIL")
E("cc12", "Zedillo orders arrest of Zapatista leader Marcos,", ZED, MARCOS, ["17"], "173", "1995-02-09", None, False,
  "headline")
E("cc12", "sends army into Chiapas rebel zone", ZED, EZLN, ["19", "15", "17"], "192", "1995-02-10", P("Chiapas", "MEX"),
  False, "headline, second event")
E("cc12", "Mexican army troops pushed into rebel-held villages", MEXMIL, EZLN, ["19", "15", "17"], "192", "1995-02-10",
  P("Chiapas", "MEX"), False, "lead summary of the advance detailed in paragraph four: optional; 'the southern state of "
  "Chiapas' names the place")
E("cc12", "a day after President Ernesto Zedillo ordered", ZED, MARCOS, ["17"], "173", "1995-02-09", None, True,
  "order to arrest 173 in an 'a day after' clause with its own agent: Thursday; no place named")
E("cc12", "Zedillo said the rebels had been preparing", ZED, EZLN, ["11"], "112", "1995-02-09", None, True,
  "accusation 112; 'on Thursday night'")
E("cc12", "the government had issued warrants for Marcos", A("Mexico's government", "MEX", "GOV"), MARCOS, ["17"],
  "173", "1995-02-09", None, False, "restatement of the arrest order: optional")
E("cc12", "Federal police seized two arms caches and", A("Mexican federal police", "MEX", "COP"), EZLN, ["17"], "173",
  "1995-02-08", P("Mexico City", "MEX"), True, "arrests and seizures 173; 'on Wednesday' before a Sunday paper; Mexico "
  "City, the first place named")
E("cc12", "Soldiers took over the village of Guadalupe", MEXMIL, EZLN, ["19", "15", "17"], "192", "1995-02-10",
  P("Guadalupe Tepeyac", "MEX"), True, "occupation of the rebels' seat 192 (19 with 15/17 tolerated); the day the lead "
  "gives (Friday); Guadalupe Tepeyac named")
E("cc12", "Marcos and his fighters had withdrawn into", MARCOS, MEXMIL, ["08"], "0874", "1995-02", None, False,
  "retreat inside the residents' account: optional")
E("cc12", "the Zapatistas accused Zedillo of betraying his", EZLN, ZED, ["11"], "112", "1995-02", None, True,
  "accusation 112; no day: month")
E("cc12", "urged both sides to halt the fighting", A("Samuel Ruiz", "MEX", ["REL", "NGO"]), A("Mexico's government", "MEX", "GOV"),
  DEMAND, "025", "1995-02", None, False, "appeal for de-escalation and talks, outside mediator: optional")
E("cc12", "Thousands of people marched in Mexico City", A("Mexican protesters", "MEX", ["CVL", "OPP"]),
  A("Mexico's government", "MEX", "GOV"), ["14"], "141", "1995-02-11", P("Mexico City", "MEX"), True,
  "protest march 141; 'on Saturday' before a Sunday paper; Mexico City named")
E("cc12", "The Zapatistas rose up on Jan. 1,", EZLN, A("Mexico's government", "MEX", "GOV"), ["19", "18", "17"], "190",
  "1994-01-01", P("San Cristobal de las Casas", "MEX"), True, "dated background uprising and seizure of towns 190; "
  "San Cristobal named; the agentless ceasefire is not coded")
F("cc12", "It was not known whether Marcos had", "speculation")
F("cc12", "Chiapas is Mexico's poorest state, and most", "standing situation")

if __name__ == "__main__":
    write(HERE)
