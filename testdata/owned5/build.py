#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the fifth owned evaluation set (owned5) from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary or tests read; dateline and go not run). Coding notes are kept per line.
Run: python3 testdata/owned5/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import COUP, AGREE, DEMAND, DENY, VPROT, REPR, SANCT  # noqa: E402


ATTACK = ["18", "19", "20"]
FORCE = ["19", "18"]
CEASE = ["08", "03", "05"]

# ---------------------------------------------------------------- s01 Tiananmen, Asia
S("s01", "1989-06-05", "Asia", """
Chinese troops fire on crowds to retake Tiananmen Square; Bush halts arms sales

BEIJING, China —

Chinese army troops fired on crowds in central Beijing early on Sunday and drove thousands of students out of Tiananmen Square, crushing seven weeks of demonstrations for democracy.

Columns of tanks and armoured personnel carriers forced their way through barricades on the Avenue of Eternal Peace as soldiers shot into the crowds lining the road. The last students left the square at dawn after negotiating a retreat with officers.

State television said the army had put down a "counter-revolutionary rebellion" and warned that troops would deal ruthlessly with anyone who resisted them.

Premier Li Peng imposed martial law on parts of the capital on May 20, but residents had halted the army's first attempt to reach the square.

Workers in Shanghai blocked roads and railway lines on Monday in protest at the killings, residents there said.

In Washington, President George Bush suspended all sales of weapons to China on Monday and halted visits between American and Chinese military leaders. He said he deeply deplored the decision to use force against peaceful demonstrators.

Britain and France also condemned the shootings.

Hospital workers and witnesses said hundreds of people had been killed and thousands wounded. It was not clear who now controlled the Communist Party leadership.
""")
CHNM = A("Chinese army", "CHN", ["MIL", "GOV"])
CHNP = A("Chinese protesters", "CHN", ["CVL", "OPP", "EDU"])
CHNG = A("China", "CHN", "GOV")
BUSH = A("George Bush", "USA", "GOV")
E("s01", "Chinese troops fire on crowds to retake", CHNM, CHNP, REPR, "175", "1989-06-04", P("Beijing", "CHN"), False,
  "headline")
E("s01", "Bush halts arms sales", BUSH, CHNG, SANCT, "163", "1989-06-05", None, False, "headline (4 words)")
E("s01", "Chinese army troops fired on crowds in", CHNM, CHNP, REPR, "175", "1989-06-04", P("Beijing", "CHN"), True,
  "violent repression of a protest (175); 'central Beijing' names the place")
E("s01", "drove thousands of students out of Tiananmen", CHNM, CHNP, REPR, "175", "1989-06-04", P("Beijing", "CHN"),
  False, "second event of the sentence: optional")
E("s01", "as soldiers shot into the crowds lining", CHNM, CHNP, REPR, "175", "1989-06", None, False,
  "detail of the lead's shooting: restatement, optional")
E("s01", "Columns of tanks and armoured personnel carriers", CHNM, CHNP, REPR, "175", "1989-06", None, False,
  "forcing barricades: part of the same assault, optional")
E("s01", "after negotiating a retreat with officers", CHNP, CHNM, ["04", "08"], "046", "1989-06-04", None, False,
  "negotiation between students and officers; optional")
E("s01", "the army had put down a", CHNM, CHNP, REPR, "175", "1989-06", None, False,
  "state television's account of the crackdown: restatement, optional")
E("s01", "warned that troops would deal ruthlessly with", A("Chinese government", "CHN", "GOV"), CHNP, ["13", "17"],
  "137", "1989-06", None, True,
  "threat of repression; state television speaks for the government (news-dev: the broadcaster is not the source); "
  "undated: month")
E("s01", "Premier Li Peng imposed martial law on", A("Li Peng", "CHN", "GOV"), CHNP, ["17"], "1724", "1989-05-20",
  P("Beijing", "CHN"), True, "martial law 1724; dated background; 'the capital' with the dateline = Beijing")
E("s01", "residents had halted the army's first attempt", A("Beijing residents", "CHN", "CVL"), CHNM, ["14"], "144",
  "1989-05", None, False, "crowds blocking the army (owned3: 144); undated pluperfect after 20 May: optional")
E("s01", "Workers in Shanghai blocked roads and railway", A("Shanghai workers", "CHN", ["LAB", "CVL"]), CHNG, ["14"],
  "144", "1989-06-05", P("Shanghai", "CHN"), True, "protest by obstruction (144); 'on Monday' = publication day")
E("s01", "suspended all sales of weapons to China", BUSH, CHNG, SANCT, "163", "1989-06-05", P("Washington", "USA"), True,
  "arms embargo (163; sanctions 16/17); 'In Washington' names the place")
E("s01", "halted visits between American and Chinese military", BUSH, CHNG, SANCT, "1622", "1989-06-05",
  P("Washington", "USA"), False, "cutting military contacts (owned3: 1622); second event of the sentence")
E("s01", "He said he deeply deplored the decision", BUSH, CHNG, ["11"], "111", "1989-06", None, True,
  "'He' = Bush; criticism; undated statement: month")
E("s01", "Britain and France also condemned the shootings", A("Britain", "GBR", "GOV"), CHNG, ["11"], "111", "1989-06",
  None, False, "reaction by a pair of outside states (owned2): optional for both")
E("s01", "Britain and France also condemned the shootings", A("France", "FRA", "GOV"), CHNG, ["11"], "111", "1989-06",
  None, False, "second member of the pair")
F("s01", "Hospital workers and witnesses said hundreds of", "casualty count")
F("s01", "It was not clear who now controlled", "speculation")

# ---------------------------------------------------------------- s02 Panama, Americas
S("s02", "1989-12-21", "Americas", """
U.S. troops invade Panama to oust Noriega; general eludes capture

PANAMA CITY, Panama —

American troops invaded Panama early on Wednesday, attacking the headquarters of the Panamanian Defense Forces and seizing airfields and bridges in an operation to topple Gen. Manuel Antonio Noriega.

President George Bush said in a televised address that he had sent the troops to protect American lives, restore democracy and bring Noriega to trial on drug charges. A federal grand jury in Miami indicted the general on drug trafficking charges in February 1988.

Guillermo Endara, who won the annulled presidential election in May, was sworn in as president at a U.S. military base shortly before the assault began.

Pockets of Noriega loyalists, among them members of the paramilitary Dignity Battalions, fired on American troops in the capital through Wednesday night. Looters emptied shops in the city centre.

Noriega's hand-picked National Assembly declared on Dec. 15 that Panama was in a state of war with the United States. A day later, Panamanian soldiers shot dead an American Marine lieutenant at a roadblock.

The Soviet Union condemned the invasion as a violation of international law, and Nicaragua and Cuba denounced it.

The Pentagon said at least nine American soldiers had been killed. Officials did not know where Noriega was hiding on Thursday.
""")
USAM = A("U.S. armed forces", "USA", ["MIL", "GOV"])
PANG = A("Panama (Noriega government)", "PAN", ["GOV", "MIL"])
NOR = A("Manuel Antonio Noriega", "PAN", ["GOV", "MIL"])
USAG = A("United States", "USA", "GOV")
E("s02", "U.S. troops invade Panama to oust Noriega", USAM, PANG, FORCE, "190", "1989-12-20", None, False, "headline")
E("s02", "American troops invaded Panama early on Wednesday", USAM, PANG, FORCE, "190", "1989-12-20",
  P("Panama", "PAN"), True, "invasion: conventional military force (190; 192 occupation has the same root)")
E("s02", "attacking the headquarters of the Panamanian Defense", USAM, A("Panamanian Defense Forces", "PAN", "MIL"),
  FORCE, "190", "1989-12-20", None, False, "participle detailing the invasion: optional")
E("s02", "he had sent the troops to protect", BUSH, PANG, FORCE, "190", "1989-12", None, False,
  "Bush's account of his order: restatement of the invasion, optional")
E("s02", "A federal grand jury in Miami indicted", A("U.S. federal grand jury", "USA", "JUD"), NOR, ["11", "17"], "112",
  "1988-02", P("Miami", "USA"), True, "indictment = formal accusation of a crime (112; legal action 17); dated background")
E("s02", "fired on American troops in the capital", A("Noriega loyalists (Dignity Battalions)", "PAN", ["MIL", "REB"]),
  USAM, FORCE, "190", "1989-12-20", P("Panama City", "PAN"), True,
  "'through Wednesday night'; 'the capital' with the dateline = Panama City")
E("s02", "Looters emptied shops in the city centre", A("Panamanian looters", "PAN", "CVL"), None, VPROT, "145", "1989-12",
  P("Panama City", "PAN"), False, "looting by an unnamed crowd with no target: optional")
E("s02", "declared on Dec. 15 that Panama was", A("Panamanian National Assembly", "PAN", "LEG"), USAG, ["13", "19"], "138",
  "1989-12-15", None, True, "declared state of war (owned3/owned4: declaration of war 138, 13/19)")
E("s02", "Panamanian soldiers shot dead an American Marine", A("Panamanian soldiers", "PAN", "MIL"),
  A("U.S. Marine lieutenant", "USA", "MIL"), FORCE, "193", "1989-12-16", None, True,
  "killing at a roadblock by soldiers: small-arms fire 193; 'A day later' = 16 December")
E("s02", "The Soviet Union condemned the invasion as", A("Soviet Union", "RUS", "GOV"), USAG, ["11"], "111", "1989-12",
  None, True, "condemnation by a single outside party in its own clause; Soviet actors RUS (owned3); undated: month")
E("s02", "Nicaragua and Cuba denounced it", A("Nicaragua", "NIC", "GOV"), USAG, ["11"], "111", "1989-12", None, False,
  "reaction by a pair: optional for both")
E("s02", "Nicaragua and Cuba denounced it", A("Cuba", "CUB", "GOV"), USAG, ["11"], "111", "1989-12", None, False,
  "second member of the pair")
F("s02", "The Pentagon said at least nine American", "casualty count")
F("s02", "Officials did not know where Noriega was", "negated; standing situation")

# ---------------------------------------------------------------- s03 Andijan, Europe/Eurasia
S("s03", "2005-05-15", "Europe/Eurasia", """
Uzbek troops fire on crowd in Andijan; Karimov blames Islamists

TASHKENT, Uzbekistan —

Uzbek soldiers fired on a crowd of several thousand people in the eastern city of Andijan on Friday, witnesses said, after armed men broke into the city's prison and seized the regional government building.

The gunmen freed 23 local businessmen on trial for religious extremism, along with hundreds of other inmates, in a raid on Andijan's jail late on Thursday. They then took police officers and officials hostage inside the administration building.

By midday on Friday, thousands of residents had gathered in Andijan's main square to complain about poverty and the trial of the businessmen.

President Islam Karimov, who flew to the city on Friday, blamed the violence on Hizb ut-Tahrir, an Islamist group banned in Uzbekistan. He said he had refused the gunmen's demand to release an imprisoned Islamist leader.

Uzbekistan closed its border with Kyrgyzstan on Saturday after hundreds of people fled across it.

British Foreign Secretary Jack Straw said there had been a clear abuse of human rights. The United States urged both the government and the protesters to show restraint.

Witnesses said hundreds of people had been killed, many of them unarmed. Whether the unrest would spread to other towns in the Fergana Valley was unclear.
""")
UZBM = A("Uzbek troops", "UZB", ["MIL", "GOV"])
UZBP = A("Andijan protesters", "UZB", ["CVL", "OPP"])
UZBG = A("Uzbekistan", "UZB", "GOV")
UZBX = A("Uzbekistan (state property)", "UZB", None)
GUN = A("gunmen", None, None)
KAR = A("Islam Karimov", "UZB", "GOV")
E("s03", "Uzbek troops fire on crowd in Andijan", UZBM, UZBP, REPR, "175", "2005-05-13", P("Andijan", "UZB"), False,
  "headline")
E("s03", "Uzbek soldiers fired on a crowd of", UZBM, UZBP, REPR, "175", "2005-05-13", P("Andijan", "UZB"), True,
  "violent repression; asserted through witnesses and undisputed in the story")
E("s03", "armed men broke into the city's prison", GUN, UZBX, ATTACK, "180", "2005-05", None, False,
  "lead summary of the raid detailed next: optional")
E("s03", "seized the regional government building", GUN, UZBX, ATTACK, "180", "2005-05", None, False,
  "lead summary (second event of the after-clause): optional")
E("s03", "The gunmen freed 23 local businessmen on", GUN, UZBX, ATTACK, "180", "2005-05-12", P("Andijan", "UZB"), True,
  "armed raid on a jail by unnamed gunmen (null/null); the prison is state property: the country, sector null "
  "(owned4); 'late on Thursday'")
E("s03", "took police officers and officials hostage inside", GUN, A("Uzbek police", "UZB", "COP"), ["18"], "181",
  "2005", None, True, "'They' = the gunmen; hostage-taking 181; 'then' after a dated event gives the year (owned3)")
E("s03", "thousands of residents had gathered in Andijan's", UZBP, UZBG, ["14"], "141", "2005-05-13",
  P("Andijan", "UZB"), True, "demonstration (141); 'By midday on Friday'")
E("s03", "blamed the violence on Hizb ut-Tahrir", KAR, A("Hizb ut-Tahrir", None, ["RAD", "OPP"]), ["11"], "112",
  "2005-05", None, True, "accusation; Hizb ut-Tahrir is transnational: country null; the day belongs to the relative "
  "clause, not the blame: month")
E("s03", "He said he had refused the gunmen's", KAR, GUN, ["12"], "1243", "2005-05", None, True,
  "'He' = Karimov; refusal to release a prisoner (1243); reported and undisputed; undated pluperfect: month")
E("s03", "demand to release an imprisoned Islamist leader", GUN, KAR, DEMAND, "1053", "2005-05", None, False,
  "the gunmen's demand, nested in Karimov's refusal: optional")
E("s03", "closed its border with Kyrgyzstan on Saturday", UZBG, A("Kyrgyzstan", "KGZ", "GOV"), ["19", "16", "17"], "191",
  "2005-05-14", None, True, "border closure 191 (owned4: 19/16/17); target the neighbour whose border is shut")
E("s03", "Jack Straw said there had been a", A("Jack Straw", "GBR", "GOV"), UZBG, ["11"], "111", "2005-05", None, False,
  "outside reaction (criticism): optional, as owned4's r12")
E("s03", "urged both the government and the protesters", USAG, UZBG, DEMAND, "020", "2005-05", None, False,
  "outside appeal for restraint; compound object, first target; optional")
F("s03", "Witnesses said hundreds of people had been", "casualty count")
F("s03", "Whether the unrest would spread to other", "speculation")

# ---------------------------------------------------------------- s04 North Korea, Asia
S("s04", "2006-10-15", "Asia", """
U.N. council imposes sanctions on North Korea over nuclear test

SEOUL, South Korea —

The U.N. Security Council voted unanimously in New York on Saturday to impose sanctions on North Korea, five days after the communist state carried out its first nuclear test.

The resolution bans sales of heavy weapons and luxury goods to Pyongyang, freezes funds linked to its weapons programmes and calls on states to inspect cargo moving in and out of the country.

North Korea's ambassador, Pak Gil Yon, rejected the resolution and walked out of the chamber minutes after the vote. He accused the council of acting like a gangster.

North Korea exploded a nuclear device underground on Monday, defying warnings from China, its main ally. On Wednesday its foreign ministry said it would treat further American pressure as a declaration of war.

Japan banned all imports from North Korea on Friday and closed its ports to North Korean ships. South Korea raised the alert level of its armed forces on Monday.

China's envoy, Wang Guangya, voted for the measures but urged all sides to avoid steps that could raise tensions.

Secretary of State Condoleezza Rice is due to visit Tokyo, Seoul and Beijing next week. Seismologists estimated the blast at less than one kiloton.
""")
UNSC = A("U.N. Security Council", "UNO", "IGO")
PRKG = A("North Korea", "PRK", "GOV")
PAK = A("Pak Gil Yon", "PRK", "GOV")
E("s04", "U.N. council imposes sanctions on North Korea", UNSC, PRKG, SANCT, "163", "2006-10-14", None, False, "headline")
E("s04", "voted unanimously in New York on Saturday", UNSC, PRKG, SANCT, "163", "2006-10-14", P("New York", "USA"), True,
  "sanctions resolution (163); the clause names New York")
E("s04", "The resolution bans sales of heavy weapons", UNSC, PRKG, SANCT, "163", "2006-10-14", None, False,
  "the resolution's content: restatement, optional")
E("s04", "rejected the resolution and walked out of", PAK, UNSC, ["12"], "120", "2006-10-14", None, True,
  "rejection; 'minutes after the vote' gives the vote's day; walking out is part of the same act")
E("s04", "He accused the council of acting like", PAK, UNSC, ["11"], "111", "2006-10", None, True,
  "'He' = Pak; insult/criticism (111); undated: month")
E("s04", "North Korea exploded a nuclear device underground", A("North Korea", "PRK", ["GOV", "MIL"]), None, ["15", "13"],
  "150", "2006-10-09", None, True,
  "weapons test as a show of force (owned4: missile tests 150, 15/13); no target in the text; dated background")
E("s04", "its foreign ministry said it would treat", A("North Korean foreign ministry", "PRK", "GOV"), USAG, ["13"], "138",
  "2006-10-11", None, True, "conditional threat of war (138); 'its' = North Korea's; 'On Wednesday'")
E("s04", "Japan banned all imports from North Korea", A("Japan", "JPN", "GOV"), PRKG, SANCT, "163", "2006-10-13", None,
  True, "trade embargo (163)")
E("s04", "closed its ports to North Korean ships", A("Japan", "JPN", "GOV"), PRKG, ["19", "16", "17"], "191", "2006-10-13",
  None, False, "second event of the sentence (closure, like a border closure): optional")
E("s04", "South Korea raised the alert level of", A("South Korean armed forces", "KOR", ["MIL", "GOV"]), PRKG, ["15"],
  "152", "2006-10-09", None, False, "alert status (owned4: 152); reaction, optional")
E("s04", "urged all sides to avoid steps that", A("Wang Guangya", "CHN", "GOV"), A("all sides", None, "GOV"), DEMAND, "020",
  "2006-10", None, False, "appeal to a vague group (country null): optional")
F("s04", "is due to visit Tokyo, Seoul and Beijing", "future")
F("s04", "Seismologists estimated the blast at less than", "measurement")

# ---------------------------------------------------------------- s05 Ivory Coast, Africa
S("s05", "2010-12-08", "Africa", """
West African bloc suspends Ivory Coast, tells Gbagbo to yield power

ABUJA, Nigeria —

West African leaders meeting here on Tuesday suspended Ivory Coast from their regional bloc and called on Laurent Gbagbo to hand power to Alassane Ouattara, whom they recognised as the winner of last month's presidential run-off.

Ivory Coast's Constitutional Council, headed by a Gbagbo ally, overturned the electoral commission's results on Friday and declared Gbagbo the winner after cancelling votes from several northern regions where Ouattara was strong. The commission had given Ouattara 54 percent of the vote.

Both men had themselves sworn in as president on Saturday.

Former South African President Thabo Mbeki, sent by the African Union as a mediator, met Gbagbo and Ouattara separately in Abidjan on Sunday but left without a deal.

Gbagbo's camp accused the U.N. mission of taking sides after its head, Choi Young-jin, endorsed the commission's result. His government has suspended the broadcasts of foreign news channels, including France 24.

U.S. President Barack Obama has recognised Ouattara, and Washington warned on Monday that it could impose sanctions if Gbagbo clung to power.

It was unclear whether Gbagbo, who controls the army, would give way.
""")
ECOW = A("Economic Community of West African States", None, "IGO")
GBAG = A("Laurent Gbagbo", "CIV", "GOV")
OUAT = A("Alassane Ouattara", "CIV", ["GOV", "OPP"])
MBEKI = A("Thabo Mbeki", "ZAF", ["ELI", "GOV", "IGO"])
E("s05", "West African bloc suspends Ivory Coast, tells", ECOW, A("Ivory Coast", "CIV", "GOV"), SANCT, "160", "2010-12-07",
  None, False, "headline")
E("s05", "suspended Ivory Coast from their regional bloc", ECOW, A("Ivory Coast", "CIV", "GOV"), SANCT, "160",
  "2010-12-07", P("Abuja", "NGA"), True,
  "suspension from a regional body: reducing relations 160 (owned4: expulsion from a coalition 160); 'West African "
  "leaders' = ECOWAS (news-dev); 'meeting here' with the dateline = Abuja")
E("s05", "called on Laurent Gbagbo to hand power", ECOW, GBAG, DEMAND, "1041", "2010-12-07", P("Abuja", "NGA"), True,
  "demand for leadership change; second core act of the sentence")
E("s05", "whom they recognised as the winner of", ECOW, OUAT, ["05"], "054", "2010-12-07", None, False,
  "recognition (owned2: 054) in a relative clause: optional")
E("s05", "overturned the electoral commission's results on Friday", A("Ivorian Constitutional Council", "CIV", "JUD"),
  A("Ivorian electoral commission", "CIV", "GOV"), ["12", "17", "11"], "120", "2010-12-03", None, False,
  "a court setting aside a result: coders split (reject 12, coercion 17, legal 11); optional")
E("s05", "met Gbagbo and Ouattara separately in Abidjan", MBEKI, GBAG, ["04"], "045", "2010-12-05",
  P("Abidjan", "CIV"), True, "mediation visit; compound object: the first target required (owned3); Mbeki coded by "
  "his country with sector ELI/GOV/IGO (an AU envoy)")
E("s05", "met Gbagbo and Ouattara separately in Abidjan", MBEKI, OUAT, ["04"], "045", "2010-12-05",
  P("Abidjan", "CIV"), False, "second target")
E("s05", "accused the U.N. mission of taking sides", A("Gbagbo camp", "CIV", ["GOV", "PTY"]),
  A("U.N. mission in Ivory Coast", "UNO", "IGO"), ["11"], "112", "2010-12", None, True, "accusation; undated: month")
E("s05", "endorsed the commission's result", A("Choi Young-jin", "UNO", "IGO"), OUAT, ["05"], "051", "2010-12", None,
  False, "endorsement in an after-clause: optional (4 words)")
E("s05", "His government has suspended the broadcasts of", A("Ivory Coast (Gbagbo government)", "CIV", "GOV"),
  A("foreign news channels (France 24)", "FRA", "MED"), ["17"], "1721", "2010", None, True,
  "'His' = Gbagbo; taking broadcasters off the air 1721 (owned2); the channel named is French; undated present "
  "perfect: year (owned2)")
E("s05", "Barack Obama has recognised Ouattara", A("Barack Obama", "USA", "GOV"), OUAT, ["05"], "054", "2010", None,
  False, "outside recognition: optional")
E("s05", "Washington warned on Monday that it could", USAG, GBAG, ["13"], "1312", "2010-12-06", None, True,
  "conditional threat of sanctions (1312); 'Washington' is the U.S. government")
F("s05", "The commission had given Ouattara 54 percent", "vote share")
F("s05", "It was unclear whether Gbagbo, who controls", "speculation")

# ---------------------------------------------------------------- s06 Charles Taylor verdict, Africa
S("s06", "2012-04-26", "Africa", """
Court convicts Liberia's Charles Taylor of aiding Sierra Leone rebels

THE HAGUE, Netherlands —

An international court found former Liberian President Charles Taylor guilty on Thursday of aiding and abetting war crimes by rebels in neighbouring Sierra Leone, the first such verdict against a former head of state since the Nuremberg trials.

Reading the judgment in Leidschendam, near The Hague, Judge Richard Lussick said Taylor had armed the Revolutionary United Front and helped it plan attacks, including the rebels' assault on Freetown in January 1999, in return for diamonds.

The judges did not find that Taylor had commanded the rebel forces.

Taylor, 64, listened without expression. His defence team said the verdict rested on paid witnesses and announced that it would appeal.

The court will sentence him on May 30.

Taylor stepped down in August 2003 under pressure from rebels besieging Monrovia and went into exile in Nigeria. Nigerian security officers arrested him in March 2006 as he tried to cross into Cameroon, and he was handed over to the court days later.

Sierra Leone's government welcomed the verdict. Victims of the war, in which rebels hacked off the hands and feet of civilians, had waited years for the judgment, rights groups said.
""")
SCSL = A("Special Court for Sierra Leone", "SLE", ["JUD", "IGO"])
TAY = A("Charles Taylor", "LBR", ["GOV", "ELI"])
RUF = A("Revolutionary United Front", "SLE", "REB")
E("s06", "Court convicts Liberia's Charles Taylor of aiding", SCSL, TAY, ["17", "11"], "173", "2012-04-26", None, False,
  "headline")
E("s06", "An international court found former Liberian President", SCSL, TAY, ["17", "11"], "173", "2012-04-26", None, True,
  "court verdict (news-dev: 17/11); the UN-backed court coded by the country it serves, sector JUD/IGO")
E("s06", "Reading the judgment in Leidschendam, near The", SCSL, TAY, ["17", "11"], "173", "2012-04",
  P("Leidschendam", "NLD"), False, "restates the verdict; the clause names Leidschendam")
E("s06", "Taylor had armed the Revolutionary United Front", TAY, RUF, ["07", "06"], "072", None, None, False,
  "the court's finding, the content of a judgment: optional; no date in the text")
E("s06", "the rebels' assault on Freetown in January", RUF, A("Sierra Leone", "SLE", "GOV"), ATTACK, "190", "1999-01",
  P("Freetown", "SLE"), True, "nominal event with its agent in the phrase (owned4): required; dated background")
E("s06", "His defence team said the verdict rested", A("Taylor's defence team", "LBR", ["JUD", "ELI"]), SCSL,
  ["11", "12"], "111", "2012-04", None, False, "criticism of the verdict and announced appeal by the defence: optional")
E("s06", "Taylor stepped down in August 2003 under", TAY, A("Liberian rebels", "LBR", "REB"), ["08"], "0831", "2003-08",
  None, True, "resignation under rebel pressure (owned4: 0831 with the rebels as target); dated background")
E("s06", "under pressure from rebels besieging Monrovia", A("Liberian rebels", "LBR", "REB"),
  A("Liberia (Taylor government)", "LBR", ["GOV", "MIL"]), ["19", "18"], "191", "2003-08", P("Monrovia", "LBR"), False,
  "siege in a participle: optional")
E("s06", "Nigerian security officers arrested him in March", A("Nigerian security forces", "NGA", ["COP", "MIL"]), TAY,
  ["17"], "173", "2006-03", None, True, "arrest; 'him' = Taylor; dated background; no place named")
E("s06", "he was handed over to the court", A("Nigeria", "NGA", "GOV"), SCSL, ["06", "08"], "063", "2006-03", None,
  False, "agentless hand-over (judicial cooperation 063): optional")
E("s06", "Sierra Leone's government welcomed the verdict", A("Sierra Leone", "SLE", "GOV"), SCSL, ["05"], "051", "2012-04",
  None, True, "approval of the court's verdict (051); undated: month")
E("s06", "in which rebels hacked off the hands", RUF, A("Sierra Leonean civilians", "SLE", "CVL"), ["18", "20"], "182",
  None, None, False, "undated atrocities in a relative clause: optional")
F("s06", "The judges did not find that Taylor", "negated")
F("s06", "The court will sentence him on May", "future")

# ---------------------------------------------------------------- s07 Gaza ceasefire, Middle East
S("s07", "2012-11-22", "Middle East", """
Israel and Hamas agree to Egyptian-brokered truce after eight days of fighting

CAIRO, Egypt —

Israel and the Islamist movement Hamas agreed on Wednesday to a ceasefire brokered by Egypt, ending eight days of Israeli air strikes on the Gaza Strip and rocket fire from the enclave.

Egyptian Foreign Minister Mohamed Kamel Amr announced the truce at a news conference here alongside U.S. Secretary of State Hillary Clinton, who had held talks with Prime Minister Benjamin Netanyahu the night before.

Under the deal, Israel is to halt its attacks on Gaza and Palestinian factions are to stop firing rockets.

Hours before the announcement, a bomber struck a bus in central Tel Aviv, wounding more than 20 people.

Israel began its offensive on Nov. 14 by killing Ahmed al-Jabari, the head of Hamas's armed wing, in an air strike on his car in Gaza City. Militants have since fired more than 1,000 rockets from the enclave.

President Barack Obama telephoned Netanyahu and urged him to accept the Egyptian proposal, the White House said. Obama also thanked Egyptian President Mohamed Morsi for his efforts.

It was not clear whether the truce would hold through the night.
""")
ISRG = A("Israel", "ISR", "GOV")
ISRM = A("Israeli military", "ISR", ["MIL", "GOV"])
HAM = A("Hamas", "PSE", ["REB", "GOV"])
NET = A("Benjamin Netanyahu", "ISR", "GOV")
OBA = A("Barack Obama", "USA", "GOV")
E("s07", "Israel and Hamas agree to Egyptian-brokered truce", ISRG, HAM, CEASE, "0871", "2012-11-21", None, False,
  "headline")
E("s07", "Israel and the Islamist movement Hamas agreed", ISRG, HAM, CEASE, "0871", "2012-11-21", None, True,
  "ceasefire agreement (0871, 08/03/05); joint event: first-mentioned direction required")
E("s07", "Israel and the Islamist movement Hamas agreed", HAM, ISRG, CEASE, "0871", "2012-11-21", None, False, "reverse")
E("s07", "a ceasefire brokered by Egypt, ending eight", A("Egypt", "EGY", "GOV"), ISRG, ["04", "03"], "045", "2012-11",
  None, False, "mediation in a participle: optional")
E("s07", "ending eight days of Israeli air strikes", ISRM, HAM, FORCE, "195", "2012-11", None, False,
  "summary of the fighting: optional")
E("s07", "announced the truce at a news conference", A("Mohamed Kamel Amr", "EGY", "GOV"), A("Hillary Clinton", "USA", "GOV"),
  ["04"], "040", "2012-11-21", P("Cairo", "EGY"), False,
  "joint appearance ('here' = Cairo): optional; the announcement itself carries no dyad")
E("s07", "who had held talks with Prime Minister", A("Hillary Clinton", "USA", "GOV"), NET, ["04"], "040", "2012-11-20",
  None, True, "talks; 'the night before' the Wednesday announcement = 20 November")
E("s07", "a bomber struck a bus in central", A("bomber", None, None), A("Israeli civilians", "ISR", "CVL"), ATTACK, "183",
  "2012-11-21", P("Tel Aviv", "ISR"), True, "bombing by an unnamed attacker (null/null); 'Hours before the "
  "announcement' = Wednesday")
E("s07", "Israel began its offensive on Nov. 14", ISRM, A("Ahmed al-Jabari", "PSE", ["REB", "MIL"]), FORCE, "195",
  "2012-11-14", P("Gaza City", "PSE"), True, "air strike killing a commander (195; an assassination 186 shares "
  "root 18); dated background")
E("s07", "Militants have since fired more than 1,000", A("Gaza militants", "PSE", ["REB", "RAD"]), ISRG, FORCE, "195",
  "2012-11", None, True, "rocket fire; 'since' with a present perfect: month; 'from the enclave' is the origin, not "
  "the place of the attacks")
E("s07", "President Barack Obama telephoned Netanyahu and urged", OBA, NET, ["04"], "041", "2012-11", None, True,
  "phone call (041); undated: month")
E("s07", "urged him to accept the Egyptian proposal", OBA, NET, DEMAND, "020", "2012-11", None, True,
  "'him' = Netanyahu; appeal to accept the truce")
E("s07", "Obama also thanked Egyptian President Mohamed Morsi", OBA, A("Mohamed Morsi", "EGY", "GOV"), ["05"], "051",
  "2012-11", None, False, "thanks (owned4: 051); optional")
F("s07", "Under the deal, Israel is to halt", "the deal's terms: future")
F("s07", "It was not clear whether the truce", "speculation")

# ---------------------------------------------------------------- s08 Burkina Faso, Africa
S("s08", "2014-11-01", "Africa", """
Burkina's Compaore quits after protesters torch parliament; colonel claims power

OUAGADOUGOU, Burkina Faso —

President Blaise Compaore resigned on Friday after 27 years in power, a day after protesters stormed parliament and set it on fire to stop a vote that would have let him run again.

In a statement read on local radio, Compaore said he was stepping down to preserve peace and called for elections within 90 days. A convoy believed to be carrying him headed south towards the border with Ghana.

Army chief General Honore Traore announced on Friday that he was taking over as head of state. But early on Saturday Lieutenant Colonel Isaac Zida, the deputy commander of the presidential guard, declared himself interim leader, and senior officers said they backed him.

On Thursday security forces fired tear gas and live rounds at crowds marching on the presidential palace. Compaore dissolved the government that evening and declared a state of emergency.

The African Union urged the army to respect the constitution and hand power to a civilian. The United States called for a transfer of power in line with the constitution.

Opposition leaders said at least 30 people had been killed since Thursday. It was not clear whether Zida had the support of the whole army.
""")
COMP = A("Blaise Compaore", "BFA", "GOV")
BFAP = A("Burkinabe protesters", "BFA", ["CVL", "OPP"])
BFAG = A("Burkina Faso", "BFA", "GOV")
BFAM = A("Burkinabe army", "BFA", "MIL")
E("s08", "Burkina's Compaore quits after protesters torch parliament", COMP, BFAP, ["08"], "0831", "2014-10-31", None,
  False, "headline")
E("s08", "President Blaise Compaore resigned on Friday after", COMP, BFAP, ["08"], "0831", "2014-10-31", None, True,
  "resignation under protest pressure (0831, protesters as implied target)")
E("s08", "protesters stormed parliament and set it on", BFAP, A("Burkinabe parliament", "BFA", "LEG"), VPROT, "145",
  "2014-10-30", P("Ouagadougou", "BFA"), True,
  "violent protest; 'a day after' Friday; parliament with the dateline = Ouagadougou (as owned4's 'outside Congress')")
E("s08", "Compaore said he was stepping down to", COMP, BFAP, ["08"], "0831", "2014-10", None, False,
  "restates the resignation")
E("s08", "announced on Friday that he was taking", A("Honore Traore", "BFA", "MIL"), BFAG, COUP, "1724", "2014-10-31",
  None, True, "declared takeover (1724, coup roots 17/19)")
E("s08", "declared himself interim leader", A("Isaac Zida", "BFA", "MIL"), BFAG, COUP, "1724", "2014-11-01", None, True,
  "declared takeover; 'early on Saturday' (4 words)")
E("s08", "senior officers said they backed him", BFAM, A("Isaac Zida", "BFA", "MIL"), ["05"], "050", "2014-11", None,
  False, "support for the colonel: optional")
E("s08", "security forces fired tear gas and live", A("Burkinabe security forces", "BFA", ["COP", "MIL"]), BFAP, REPR,
  "175", "2014-10-30", None, True, "repression; 'On Thursday'; the palace is no named place")
E("s08", "crowds marching on the presidential palace", BFAP, BFAG, ["14"], "141", "2014-10-30", None, False,
  "the march, inside the repression sentence: optional")
E("s08", "Compaore dissolved the government that evening and", COMP, BFAP, ["08", "17"], "083", "2014-10-30", None,
  False, "dissolving the cabinet under protest pressure (owned3: 0834 for parliament): optional")
E("s08", "and declared a state of emergency", COMP, BFAP, ["17"], "1724", "2014-10-30", None, True,
  "state of emergency (1724); 'that evening' of Thursday")
E("s08", "The African Union urged the army to", A("African Union", "AFR", "IGO"), BFAM, DEMAND, "0241", "2014-11", None,
  False, "outside appeal for a civilian transition (0241): optional, as owned4's outside reactions")
E("s08", "The United States called for a transfer", USAG, BFAM, DEMAND, "0241", "2014-11", None, False,
  "outside appeal: optional")
F("s08", "Opposition leaders said at least 30 people", "casualty count")
F("s08", "It was not clear whether Zida had", "speculation")

# ---------------------------------------------------------------- s09 Belarus / Ryanair, Europe/Eurasia
S("s09", "2021-05-25", "Europe/Eurasia", """
EU bans Belarusian airlines after Minsk forces down jet to seize dissident

BRUSSELS, Belgium —

European Union leaders agreed on Monday to shut the bloc's airspace to Belarusian airlines, a day after Belarus forced a Ryanair jet to land in Minsk and arrested a dissident journalist who was on board.

The leaders, meeting here for a summit, also demanded the immediate release of the journalist, Roman Protasevich, and asked the bloc's foreign ministers to prepare new economic sanctions.

A Belarusian MiG-29 fighter intercepted the Athens-to-Vilnius flight on Sunday and escorted it to Minsk after controllers there told the crew of a bomb threat. Police detained Protasevich and his girlfriend, Sofia Sapega, at Minsk airport.

Ryanair's chief executive, Michael O'Leary, called the diversion state-sponsored hijacking.

In a separate row, Belarus expelled Latvia's ambassador and all but one of his staff on Monday after the mayor of Riga replaced the Belarusian state flag with the red-and-white opposition flag at the ice hockey world championship. Latvia ordered Belarusian diplomats to leave in return.

Protasevich could face the death penalty if he is charged with organising mass unrest, his supporters said. Belavia, the state carrier, flies to about 20 European cities.
""")
EU = A("European Union", "EUR", "IGO")
BLRG = A("Belarus", "BLR", "GOV")
RYAN = A("Ryanair", "IRL", "BUS")
PROT = A("Roman Protasevich", "BLR", ["MED", "OPP"])
LVAG = A("Latvia", "LVA", "GOV")
E("s09", "EU bans Belarusian airlines after Minsk forces", EU, BLRG, SANCT, "163", "2021-05-24", None, False, "headline")
E("s09", "agreed on Monday to shut the bloc's", EU, BLRG, SANCT, "163", "2021-05-24", None, True,
  "sanction: airspace ban on a state's airlines (163, 16/17); the clause names no place")
E("s09", "Belarus forced a Ryanair jet to land", BLRG, RYAN, ["19", "17", "18"], "191", "2021-05-23", P("Minsk", "BLR"),
  False, "lead summary of the interception detailed below: optional")
E("s09", "arrested a dissident journalist who was on", BLRG, PROT, ["17"], "173", "2021-05-23", None, False,
  "lead summary of the arrest: optional")
E("s09", "also demanded the immediate release of the", EU, BLRG, DEMAND, "1053", "2021-05", P("Brussels", "BEL"), True,
  "demand to release a detainee (1053); 'meeting here' = Brussels; 'also' gives no day: month (owned4)")
E("s09", "A Belarusian MiG-29 fighter intercepted the Athens-to-Vilnius", A("Belarusian air force", "BLR", ["MIL", "GOV"]),
  RYAN, ["19", "17", "18"], "191", "2021-05-23", P("Minsk", "BLR"), True,
  "forcing an airliner down: coercion, restricting movement (191; coders also read 17 or 18); 'Athens-to-Vilnius' "
  "names the route, the place is Minsk where it was escorted")
E("s09", "Police detained Protasevich and his girlfriend, Sofia", A("Belarusian police", "BLR", "COP"), PROT, ["17"],
  "173", "2021-05-23", P("Minsk", "BLR"), True, "arrest at Minsk airport; the lead dates it ('a day after' Monday); "
  "compound object: the first target required")
E("s09", "Police detained Protasevich and his girlfriend, Sofia", A("Belarusian police", "BLR", "COP"),
  A("Sofia Sapega", "RUS", "CVL"), ["17"], "173", "2021-05-23", P("Minsk", "BLR"), False, "second target")
E("s09", "called the diversion state-sponsored hijacking", A("Michael O'Leary", "IRL", "BUS"), BLRG, ["11"], "112",
  "2021-05", None, True, "accusation by the airline's chief; undated: month")
E("s09", "Belarus expelled Latvia's ambassador and all but", BLRG, LVAG, ["16"], "161", "2021-05-24", None, True,
  "expelling envoys 161 (owned2)")
E("s09", "the mayor of Riga replaced the Belarusian", A("Riga mayor", "LVA", "GOV"), BLRG, ["01", "14"], "017", "2021-05",
  P("Riga", "LVA"), False, "symbolic act (017, no PLOVER label); optional")
E("s09", "Latvia ordered Belarusian diplomats to leave in", LVAG, BLRG, ["16"], "161", "2021-05", None, True,
  "expelling envoys in return; undated: month")
F("s09", "Protasevich could face the death penalty if", "hypothetical")
F("s09", "Belavia, the state carrier, flies to about", "standing situation")

# ---------------------------------------------------------------- s10 Syria earthquake aid, Middle East
S("s10", "2023-02-14", "Middle East", """
Assad agrees to open two more crossings for quake aid, UN says

DAMASCUS, Syria —

Syrian President Bashar al-Assad has agreed to let U.N. aid convoys reach the rebel-held northwest through two more border crossings from Turkey, U.N. Secretary-General Antonio Guterres said on Monday, a week after a powerful earthquake struck the region.

The crossings at Bab al-Salam and al-Rai will open for an initial three months.

U.N. relief chief Martin Griffiths met Assad in Damascus on Monday after touring quake-hit districts of Aleppo. A day earlier he had said the world body had failed the people of the northwest.

A Saudi plane carrying food and medicine landed in Aleppo on Tuesday, the first Saudi aid flight to government-held Syria in more than a decade. The foreign minister of the United Arab Emirates, Sheikh Abdullah bin Zayed, held talks with Assad in Damascus on Sunday. The UAE has pledged $100 million for relief in Syria and Turkey.

In Washington, the Treasury eased sanctions on Syria on Thursday for six months to allow transactions for earthquake relief.

Rescue workers in the northwest accused the United Nations of abandoning them in the first days after the quake, when only one crossing was open.

The death toll in Syria has passed 5,800, according to the government and rescuers.
""")
ASSAD = A("Bashar al-Assad", "SYR", "GOV")
UN = A("United Nations", "UNO", "IGO")
SYRG = A("Syria", "SYR", "GOV")
GRIF = A("Martin Griffiths", "UNO", "IGO")
E("s10", "Assad agrees to open two more crossings", ASSAD, UN, CEASE, "0863", "2023-02", None, False, "headline")
E("s10", "has agreed to let U.N. aid convoys", ASSAD, UN, CEASE, "0863", "2023-02", None, True,
  "allowing humanitarian access (news-dev: 0863; agreement roots 08/03/05); present perfect anchored by 'a week "
  "after' the quake: month")
E("s10", "U.N. relief chief Martin Griffiths met Assad", GRIF, ASSAD, ["04"], "040", "2023-02-13", P("Damascus", "SYR"),
  True, "meeting; the clause names Damascus")
E("s10", "after touring quake-hit districts of Aleppo", GRIF, SYRG, ["04"], "042", "2023-02", P("Aleppo", "SYR"), False,
  "visit in an after-clause: optional")
E("s10", "he had said the world body had", GRIF, UN, ["01"], "015", "2023-02-12", None, False,
  "acknowledging failure (015, no PLOVER label): optional; 'A day earlier'")
E("s10", "A Saudi plane carrying food and medicine", A("Saudi Arabia", "SAU", "GOV"), SYRG, ["07"], "073", "2023-02-14",
  P("Aleppo", "SYR"), True, "humanitarian aid delivery (073)")
E("s10", "held talks with Assad in Damascus on", A("Abdullah bin Zayed", "ARE", "GOV"), ASSAD, ["04"], "040",
  "2023-02-12", P("Damascus", "SYR"), True, "talks; 'on Sunday'")
E("s10", "The UAE has pledged $100 million for", A("United Arab Emirates", "ARE", "GOV"), SYRG, ["03", "07"],
  "0333", "2023-02", None, False, "pledge of aid (0333); shared with Turkey; optional")
E("s10", "the Treasury eased sanctions on Syria on", A("U.S. Treasury", "USA", "GOV"), SYRG, ["08"], "085", "2023-02-09",
  P("Washington", "USA"), True, "easing economic sanctions (085); 'In Washington' names the place")
E("s10", "accused the United Nations of abandoning them", A("Syrian rescue workers", "SYR", ["NGO", "CVL"]), UN, ["11"],
  "112", "2023-02", None, True, "accusation; undated: month")
F("s10", "The crossings at Bab al-Salam and al-Rai", "terms: future")
F("s10", "The death toll in Syria has passed", "casualty count")

# ---------------------------------------------------------------- s11 Ecuador / Mexico, Americas
S("s11", "2024-04-07", "Americas", """
Mexico breaks ties with Ecuador after police storm embassy to seize ex-vice president

QUITO, Ecuador —

Mexico broke off diplomatic relations with Ecuador late on Friday after Ecuadorian police forced their way into the Mexican embassy here and arrested a former vice president who had taken refuge inside.

Officers climbed the embassy walls and detained Jorge Glas, who had been living in the compound since December, hours after Mexico granted him political asylum. A Mexican diplomat who tried to stop them was pushed to the ground, Mexico's foreign ministry said.

President Daniel Noboa's office said Glas, who was convicted of corruption, was a fugitive and that Mexico had abused the right of asylum. Glas served as vice president under Rafael Correa and later under Lenin Moreno.

Ecuador had declared Mexico's ambassador persona non grata on Thursday over remarks by President Andres Manuel Lopez Obrador about last year's election in Ecuador.

Lopez Obrador called the raid an authoritarian act and said Mexico would take the case to the International Court of Justice.

Brazil, Colombia and Chile condemned the raid, and Nicaragua broke relations with Quito on Saturday.

Mexican diplomats were due to fly home on Sunday. It was unclear whether other governments would recall their envoys from Quito.
""")
MEXG = A("Mexico", "MEX", "GOV")
ECUG = A("Ecuador", "ECU", "GOV")
ECUP = A("Ecuadorian police", "ECU", "COP")
GLAS = A("Jorge Glas", "ECU", ["ELI", "OPP"])
AMLO = A("Andres Manuel Lopez Obrador", "MEX", "GOV")
E("s11", "Mexico breaks ties with Ecuador after police", MEXG, ECUG, ["16"], "161", "2024-04-05", None, False, "headline")
E("s11", "Mexico broke off diplomatic relations with Ecuador", MEXG, ECUG, ["16"], "161", "2024-04-05", None, True,
  "breaking relations 161; 'late on Friday'")
E("s11", "Ecuadorian police forced their way into the", ECUP, A("Mexico (embassy)", "MEX", None), ["17", "18"], "171",
  "2024-04", P("Quito", "ECU"), False, "lead summary of the raid detailed next: optional; an embassy is its country "
  "with sector null (owned4); 'here' = Quito")
E("s11", "arrested a former vice president who had", ECUP, GLAS, ["17"], "173", "2024-04", P("Quito", "ECU"), False,
  "lead summary of the arrest: optional")
E("s11", "Officers climbed the embassy walls and detained", ECUP, GLAS, ["17"], "173", "2024-04", P("Quito", "ECU"), True,
  "arrest inside a foreign embassy; the embassy is the one 'here' (Quito); no day in the sentence: month")
E("s11", "who had been living in the compound", GLAS, MEXG, ["02", "07"], "023", "2023-12", None, False,
  "refuge in an embassy (owned4: 023) as a standing situation since December: optional")
E("s11", "hours after Mexico granted him political asylum", MEXG, GLAS, ["07"], "075", "2024-04", None, True,
  "granting asylum (075); 'hours after' the raid: month")
E("s11", "A Mexican diplomat who tried to stop", ECUP, A("Mexican diplomat", "MEX", "GOV"), ["18", "17"], "182",
  "2024-04", None, True, "agentless passive with the police implied; reported by Mexico and not disputed in the story")
E("s11", "that Mexico had abused the right of asylum", A("Ecuadorian presidency", "ECU", "GOV"), MEXG, ["11"], "112",
  "2024-04", None, True, "accusation by Noboa's office; undated: month")
E("s11", "Ecuador had declared Mexico's ambassador persona non", ECUG, A("Mexican ambassador", "MEX", "GOV"), ["16"],
  "161", "2024-04-04", None, True, "expelling an envoy 161 (owned2); 'on Thursday'")
E("s11", "called the raid an authoritarian act and", AMLO, ECUG, ["11"], "111", "2024-04", None, True,
  "condemnation; undated: month")
E("s11", "said Mexico would take the case to", MEXG, ECUG, ["11"], "115", "2024-04", None, True,
  "announced decision to sue (115); 'would' with a decision is required (owned)")
E("s11", "Brazil, Colombia and Chile condemned the raid", A("Brazil", "BRA", "GOV"), ECUG, ["11"], "111", "2024-04", None,
  False, "three outside parties (owned3): optional each")
E("s11", "Brazil, Colombia and Chile condemned the raid", A("Colombia", "COL", "GOV"), ECUG, ["11"], "111", "2024-04",
  None, False, "second outside party")
E("s11", "Brazil, Colombia and Chile condemned the raid", A("Chile", "CHL", "GOV"), ECUG, ["11"], "111", "2024-04", None,
  False, "third outside party")
E("s11", "Nicaragua broke relations with Quito on Saturday", A("Nicaragua", "NIC", "GOV"), ECUG, ["16"], "161",
  "2024-04-06", None, False, "outside reaction in the same sentence as three others: optional; 'Quito' is the "
  "government, not a place")
F("s11", "Mexican diplomats were due to fly home", "future")
F("s11", "It was unclear whether other governments would", "speculation")

# ---------------------------------------------------------------- s12 New Caledonia, Pacific
S("s12", "2024-05-16", "Pacific", """
France declares emergency in New Caledonia as riots rage; Paris blames Azerbaijan

NOUMEA, New Caledonia —

France declared a state of emergency in New Caledonia on Wednesday and sent troops to guard the Pacific territory's ports and international airport after two nights of rioting over a change to voting rules.

Rioters burned shops, cars and a factory in Noumea and its suburbs and looted supermarkets on Tuesday night. Police reinforcements were flown in from mainland France.

The unrest erupted on Monday as lawmakers in Paris debated a constitutional amendment that would let more French residents vote in provincial elections. Supporters of independence among the indigenous Kanak people say the change will weaken their voice.

Interior Minister Gerald Darmanin accused Azerbaijan of meddling in the territory and of backing independence activists. Baku rejected the accusation as baseless.

Authorities banned TikTok in the territory and placed ten activists under house arrest, Darmanin said.

President Emmanuel Macron called for calm and invited the territory's elected leaders to talks by video link.

Schools were shut and residents queued for food and fuel. Officials said four people, among them a gendarme, had been killed and hundreds injured. The international airport remained closed to commercial flights on Thursday.
""")
FRAG = A("France", "FRA", "GOV")
NCLR = A("New Caledonian rioters", "NCL", ["CVL", "OPP"])
DARM = A("Gerald Darmanin", "FRA", "GOV")
AZEG = A("Azerbaijan", "AZE", "GOV")
FRAA = A("French authorities", "FRA", ["GOV", "COP"])
E("s12", "France declares emergency in New Caledonia as", FRAG, NCLR, ["17"], "1724", "2024-05-15", None, False, "headline")
E("s12", "riots rage; Paris blames Azerbaijan", DARM, AZEG, ["11"], "112", "2024-05", None, False,
  "headline; 'Paris' is the government (5 words)")
E("s12", "France declared a state of emergency in", FRAG, NCLR, ["17"], "1724", "2024-05-15", P("New Caledonia", "NCL"),
  True, "state of emergency (1724); New Caledonia coded NCL as actor and place")
E("s12", "sent troops to guard the Pacific territory's", A("French armed forces", "FRA", ["MIL", "GOV"]), NCLR, ["15"],
  "150", "2024-05-15", None, False, "troop deployment in the same sentence: optional")
E("s12", "Rioters burned shops, cars and a factory", NCLR, FRAG, VPROT, "145", "2024-05-14", P("Noumea", "NCL"), True,
  "riot and arson (145); 'on Tuesday night'")
E("s12", "Police reinforcements were flown in from mainland", FRAG, NCLR, ["15"], "153", "2024-05", None, False,
  "agentless deployment of police: optional")
E("s12", "The unrest erupted on Monday as lawmakers", NCLR, FRAG, VPROT, "145", "2024-05-13", None, False,
  "nominal event without an agent (owned4): optional")
E("s12", "accused Azerbaijan of meddling in the territory", DARM, AZEG, ["11"], "112", "2024-05", None, True,
  "accusation; undated: month")
E("s12", "Baku rejected the accusation as baseless", AZEG, FRAG, DENY, "016", "2024-05", None, True,
  "denial; 'Baku' is the government, not a place (as owned4's 'Riyadh')")
E("s12", "Authorities banned TikTok in the territory and", FRAA, A("New Caledonians", "NCL", "CVL"), ["17"], "1721",
  "2024-05", None, True, "blocking a social network (owned2: 1721); the authorities are French")
E("s12", "placed ten activists under house arrest", FRAA, A("independence activists", "NCL", ["OPP", "CVL"]), ["17"], "173",
  "2024-05", None, True, "house arrest (173); reported by Darmanin; undated: month")
E("s12", "Emmanuel Macron called for calm and invited", A("Emmanuel Macron", "FRA", "GOV"),
  A("New Caledonians", "NCL", "CVL"), DEMAND, "020", "2024-05", None, False, "appeal for calm: optional")
E("s12", "invited the territory's elected leaders to talks", A("Emmanuel Macron", "FRA", "GOV"),
  A("New Caledonian leaders", "NCL", ["GOV", "PTY"]), ["03", "04"], "036", "2024-05", None, True,
  "offer to meet (owned3: 036); second act of the sentence but the main one")
F("s12", "Officials said four people, among them a", "casualty count")
F("s12", "The international airport remained closed to commercial", "standing situation")


if __name__ == "__main__":
    write(HERE)
