#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned68 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not run).
Coding notes are kept per line. Run: python3 testdata/owned68/build.py  (rewrites both files next to this script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]
KINSHASA = P("Kinshasa", "COD")

# ---------------------------------------------------------------- bq01 Kinshasa, Africa (DR Congo)
S("bq01", "2001-01-19", "Africa", """
Congo confirms Kabila's death after bodyguard's shooting; son put in charge

KINSHASA, Democratic Republic of Congo —

Congo's government confirmed on Thursday that President Laurent Kabila had died of gunshot wounds, two days after one of his own bodyguards opened fire on him inside his residence in the capital.

Information Minister Dominique Sakombi Inongo, reading a statement on state television, said Kabila had been flown to Zimbabwe for treatment on Tuesday night and had died there. He said the gunman, a young officer of the presidential guard, was shot dead by other guards moments after the attack.

Ministers and army commanders on Wednesday named Kabila's son Joseph, a 29-year-old major general who heads the land forces, to take charge of the government and the military.

The authorities imposed a night curfew in Kinshasa and closed the river crossings to Brazzaville hours after the shooting. Soldiers patrolled the largely deserted streets on Thursday.

Rwandan-backed rebels, who control much of the east, denied any part in the killing. Rwanda and Uganda sent troops into eastern Congo in August 1998 to support the rebellion against Kabila.

Zimbabwean President Robert Mugabe, whose troops have fought alongside Kabila's army, pledged to keep his soldiers in Congo, state radio in Harare reported.

Belgian Foreign Minister Louis Michel urged Congo's new leaders to revive the 1999 Lusaka ceasefire accord, which Kabila had been accused of stalling.

It was not clear whether the bodyguard had acted alone or as part of a wider plot. Congo's war has drawn in the armies of at least six African countries.
""")
LKAB = A("Laurent Kabila", "COD", "GOV")
GUARD = A("presidential bodyguard", "COD", ["MIL", "GOV"])
CODG = A("Congo's government", "COD", "GOV")
RCD = A("Rwandan-backed Congolese rebels", "COD", "REB")
E("bq01", "Congo confirms Kabila's death after bodyguard's shooting", GUARD, LKAB, ATTACK, "186", "2001-01", None, False,
  "headline: the shooting that killed the president")
E("bq01", "one of his own bodyguards opened fire on", GUARD, LKAB, ATTACK, "186", "2001-01-16", KINSHASA, True,
  "assassination by a bodyguard 186 (18/19/20, as owned54 bc02); 'two days after' Thursday = Tuesday Jan. 16; "
  "'his residence in the capital' with the dateline = Kinshasa; the confirmation of death is no event")
E("bq01", "was shot dead by other guards moments", A("presidential guards", "COD", ["MIL", "GOV"]), GUARD, ["18", "19"],
  "180", "2001-01-16", None, False,
  "guards killing the gunman, a passive with its agent inside the minister's account: optional; 'moments after the "
  "attack' = Tuesday; no place in the clause")
E("bq01", "The authorities imposed a night curfew in", CODG, A("Kinshasa residents", "COD", "CVL"), ["17"], "1723",
  "2001-01-16", KINSHASA, True, "curfew 1723; 'hours after the shooting' = Tuesday; 'in Kinshasa' names the place")
E("bq01", "closed the river crossings to Brazzaville hours", CODG, A("Republic of Congo", "COG", None), ["19", "17", "16"],
  "191", "2001-01-16", None, True,
  "closing the crossings 191 (restrict movement; 17 and 16 also right), second verb with its own object; Brazzaville "
  "is a destination, not a place; Tuesday")
E("bq01", "denied any part in the killing", RCD, CODG, DENY, "016", "2001-01", None, True,
  "denial 016 (01/12); 'Rwandan-backed' is no event of its own; the relative is a standing situation; month")
E("bq01", "Rwanda and Uganda sent troops into eastern", A("Rwanda", "RWA", ["GOV", "MIL"]), CODG, ["19", "15"], "190",
  "1998-08", None, True, "dated background invasion 190 (19/15); first member of the compound subject required; "
  "'eastern Congo' is a region named as a destination, not a place")
E("bq01", "Rwanda and Uganda sent troops into eastern", A("Uganda", "UGA", ["GOV", "MIL"]), CODG, ["19", "15"], "190",
  "1998-08", None, False, "second member: optional")
E("bq01", "pledged to keep his soldiers in Congo", A("Robert Mugabe", "ZWE", "GOV"), CODG, ["03", "07"], "0312",
  "2001-01", None, True, "intent to keep providing military support 0312 (03; 07 also right); Kinshasa's ally, the "
  "story turns on the war; 'state radio in Harare reported' is attribution, Harare is not the place; month")
E("bq01", "urged Congo's new leaders to revive the", A("Louis Michel", "BEL", "GOV"), CODG, ["02", "10"], "0256",
  "2001-01", None, False, "appeal to de-escalate by reviving the ceasefire 0256; single outside reaction: optional; "
  "'had been accused of stalling' is an agentless passive, not coded")
F("bq01", "It was not clear whether the bodyguard", "speculation")
F("bq01", "Congo's war has drawn in the armies", "standing situation and count")

# ---------------------------------------------------------------- bq02 Addis Ababa, Africa (Ethiopia)
S("bq02", "2020-07-02", "Africa", """
Ethiopia arrests Jawar as protests over singer's killing leave more than 80 dead

ADDIS ABABA, Ethiopia —

Ethiopian police have arrested the prominent Oromo activist Jawar Mohammed and at least 34 other people after protests over the killing of a popular singer spread across the Oromiya region, leaving more than 80 people dead, officials said on Wednesday.

Hachalu Hundessa, whose songs became anthems of the protest movement that brought Prime Minister Abiy Ahmed to power in 2018, was shot dead by unidentified gunmen as he drove through the capital late on Monday.

Crowds took to the streets of Addis Ababa and several Oromiya towns on Tuesday. In Harar, protesters pulled down the statue of an imperial prince, witnesses said. Security forces fired on demonstrators in Adama, residents said.

Police said Jawar, a media owner and one of Abiy's fiercest critics, was detained on Tuesday after his guards tried to take the singer's body to the headquarters of his television station. A police officer was killed in the confrontation.

The government also shut down the internet across the country on Tuesday morning.

In a televised address on Tuesday night, Abiy said enemies at home and abroad had killed Hachalu to push Ethiopia into chaos, and urged people to stay calm.

Jawar's Oromo Federalist Congress demanded his immediate release on Wednesday and accused the government of using the killing to silence its rivals.

It was unclear who was behind the shooting. Oromos are Ethiopia's largest ethnic group but have long complained of being shut out of power.
""")
ETHPOL = A("Ethiopian police", "ETH", "COP")
JAWAR = A("Jawar Mohammed", "ETH", ["OPP", "MED"])
ETHP = A("Oromo protesters", "ETH", ["CVL", "OPP"])
ETHG = A("Ethiopia's government", "ETH", "GOV")
ABIY = A("Abiy Ahmed", "ETH", "GOV")
ADDIS = P("Addis Ababa", "ETH")
E("bq02", "Ethiopia arrests Jawar as protests over singer's", ETHG, JAWAR, ["17"], "173", "2020-06", None, False, "headline")
E("bq02", "protests over singer's killing leave more than", ETHP, ETHG, VPROT, "145", "2020-06", None, False,
  "headline, second event")
E("bq02", "police have arrested the prominent Oromo activist", ETHPOL, JAWAR, ["17"], "173", "2020-06", None, False,
  "lead summary of the arrest detailed in the fourth paragraph: optional; the 34 others are the second member of the "
  "object and also only summed up here")
E("bq02", "was shot dead by unidentified gunmen as", A("unidentified gunmen", None, None),
  A("Hachalu Hundessa", "ETH", "CVL"), ATTACK, "186", "2020-06-29", ADDIS, True,
  "killing by unnamed gunmen 186, null/null as news-dev; 'late on Monday' before a Thursday paper = June 29; 'the "
  "capital' = Addis Ababa; the 2018 relative ('brought ... to power') is no event")
E("bq02", "Crowds took to the streets of Addis", ETHP, ETHG, ["14"], "141", "2020-06-30", ADDIS, True,
  "protests 141; Tuesday; Addis Ababa is the first place named")
E("bq02", "protesters pulled down the statue of an", ETHP, ETHG, VPROT, "145", "2020-06", P("Harar", "ETH"), False,
  "act inside a witness account: optional; 'In Harar' names the place")
E("bq02", "Security forces fired on demonstrators in Adama", A("Ethiopian security forces", "ETH", ["COP", "MIL"]), ETHP,
  REPR, "175", "2020-06", P("Adama", "ETH"), False, "live fire on protesters inside residents' account: optional")
E("bq02", "was detained on Tuesday after his guards", ETHPOL, JAWAR, ["17"], "173", "2020-06-30", None, True,
  "the arrest reported by the arresting police 173, required (as owned21 d11); Tuesday; 'A police officer was killed' "
  "is an agentless passive, not coded")
E("bq02", "The government also shut down the internet", ETHG, A("Ethiopian citizens", "ETH", "CVL"), ["17"], "1721",
  "2020-06-30", None, True, "internet shutdown 1721 (as owned21 d04); 'on Tuesday morning'")
E("bq02", "Abiy said enemies at home and abroad", ABIY, A("unnamed enemies of Ethiopia", None, None), ["11"], "112",
  "2020-06-30", None, True, "accusation 112, target unnamed (null/null); 'on Tuesday night'; the appeal for calm "
  "has no particular addressee and is not coded")
E("bq02", "demanded his immediate release on Wednesday and", A("Oromo Federalist Congress", "ETH", ["OPP", "PTY"]), ETHG,
  DEMAND, "1053", "2020-07-01", None, True, "demand for release 1053 (10/02); Wednesday; target the government whose "
  "police hold him")
E("bq02", "accused the government of using the killing", A("Oromo Federalist Congress", "ETH", ["OPP", "PTY"]), ETHG,
  ["11"], "112", "2020-07-01", None, False, "second verb, accusation 112: optional")
F("bq02", "It was unclear who was behind the", "speculation")
F("bq02", "Oromos are Ethiopia's largest ethnic group but", "standing situation ('have long complained' is no event)")

# ---------------------------------------------------------------- bq03 Jakarta, Asia (Indonesia)
S("bq03", "2016-11-05", "Asia", """
Widodo blames 'political actors' after Jakarta rally against Christian governor turns violent

JAKARTA, Indonesia —

President Joko Widodo said early on Saturday that "political actors" had exploited a mass rally against Jakarta's Christian governor, hours after police fired tear gas and water cannon to disperse protesters who refused to leave the area around the presidential palace.

Tens of thousands of Muslims, many dressed in white, marched through the capital on Friday to demand that Governor Basuki Tjahaja Purnama be prosecuted for insulting the Koran.

The rally was peaceful until nightfall, when some protesters threw bottles and stones at police lines and set two police trucks on fire. One man died and more than 100 people, most of them police officers, were injured, officials said.

Later in the night, a crowd looted shops in the north of the city.

Vice President Jusuf Kalla met a delegation of protest leaders during the afternoon and promised that police would complete their investigation of the governor within two weeks.

Basuki, an ethnic Chinese Christian known as Ahok, has apologised for remarks he made in September about a Koranic verse, but the hardline Islamic Defenders Front, which led the march, says he must be jailed.

The governor is running for a second term in an election in February. Whether police will name him a suspect before the vote remains unclear.
""")
JOKO = A("Joko Widodo", "IDN", "GOV")
IDNPOL = A("Indonesian police", "IDN", "COP")
IDNP = A("Muslim protesters", "IDN", ["CVL", "REL", "RAD"])
AHOK = A("Basuki Tjahaja Purnama", "IDN", "GOV")
JAKARTA = P("Jakarta", "IDN")
E("bq03", "Widodo blames 'political actors' after Jakarta rally", JOKO, A("unnamed political actors", "IDN", None), ["11"],
  "112", "2016-11-05", None, False, "headline")
E("bq03", "rally against Christian governor turns violent", IDNP, IDNPOL, VPROT, "145", "2016-11-04", JAKARTA, False,
  "headline, second event")
E("bq03", "said early on Saturday that \"political actors\" had", JOKO, A("unnamed political actors", "IDN", None),
  ["11"], "112", "2016-11-05", None, True, "accusation 112 against unnamed domestic actors (IDN, sector null); "
  "'early on Saturday' in a Saturday paper")
E("bq03", "hours after police fired tear gas and", IDNPOL, IDNP, REPR, "175", "2016-11-04", None, True,
  "dispersal with tear gas 175 in an 'hours after' clause with its own agent; Friday night; 'the area around the "
  "presidential palace' names no city in the clause: no place")
E("bq03", "protesters who refused to leave the area", IDNP, IDNPOL, ["12"], "128", "2016-11-04", None, False,
  "defiance of the order to leave 128, inside a relative: optional")
E("bq03", "marched through the capital on Friday to", IDNP, AHOK, ["14"], "141", "2016-11-04", JAKARTA, True,
  "march 141 against the governor; 'the capital' = Jakarta; the demand for prosecution is its purpose, not a "
  "separate event")
E("bq03", "some protesters threw bottles and stones at", IDNP, IDNPOL, VPROT, "145", "2016-11-04", None, True,
  "violent protest 145 (14/18/17) against the police; 'until nightfall' on Friday; no city in the clause")
E("bq03", "a crowd looted shops in the north", A("Jakarta rioters", "IDN", "CVL"), A("Jakarta shopkeepers", "IDN", "BUS"),
  VPROT, "145", "2016-11", JAKARTA, True, "looting as rioting 145; 'the north of the city' with the dateline = "
  "Jakarta; 'Later in the night' without an anchor of its own: month")
E("bq03", "Vice President Jusuf Kalla met a delegation", A("Jusuf Kalla", "IDN", "GOV"),
  A("protest leaders", "IDN", ["REL", "RAD"]), ["04"], "040", "2016-11", None, True,
  "meeting 040; first-mentioned direction; 'during the afternoon' has no day of its own in the sentence: month")
E("bq03", "promised that police would complete their investigation", A("Jusuf Kalla", "IDN", "GOV"),
  A("protest leaders", "IDN", ["REL", "RAD"]), ["03"], "030", "2016-11", None, False,
  "promise 030, second verb: optional")
E("bq03", "has apologised for remarks he made in", AHOK, A("Indonesian Muslims", "IDN", ["CVL", "REL"]), ["05"], "055",
  "2016", None, False, "undated present perfect apology 055: optional, year")
E("bq03", "which led the march, says he must", A("Islamic Defenders Front", "IDN", ["REL", "RAD"]), AHOK, DEMAND, "100",
  "2016-11", None, False, "standing demand in the present tense: optional")
F("bq03", "The governor is running for a second", "standing situation (candidacy)")
F("bq03", "Whether police will name him a suspect", "speculation")

# ---------------------------------------------------------------- bq04 Hong Kong, Asia (Hong Kong / China / U.S.)
S("bq04", "2020-08-11", "Asia", """
Hong Kong police arrest Jimmy Lai under security law, raid his newspaper

HONG KONG, China —

Hong Kong police arrested pro-democracy media tycoon Jimmy Lai on Monday on suspicion of colluding with foreign forces, the most prominent detention yet under the national security law that took effect on June 30.

About 200 officers searched the newsroom of his Apple Daily newspaper the same day, carting away boxes of documents as reporters streamed the raid live on the internet.

Police said they had also detained nine other people, including two of Lai's sons and senior executives of his Next Digital group, on charges that included collusion and fraud.

Officers arrested Agnes Chow, a prominent young activist, late on Monday.

Lai, who met U.S. Vice President Mike Pence in Washington last year, has been branded a traitor by Beijing's state media.

Hours after the arrests, China's foreign ministry announced sanctions on 11 Americans, among them Senators Marco Rubio and Ted Cruz, in response to U.S. sanctions imposed last week on Hong Kong leader Carrie Lam and ten other officials.

U.S. Secretary of State Mike Pompeo said he was deeply troubled by the arrest and accused the Chinese Communist Party of gutting Hong Kong's freedoms.

Apple Daily staff vowed to keep publishing, and its Tuesday edition carried the headline "Apple Daily will fight on".

It was not clear whether Lai would be granted bail. Under the law, collusion with foreign forces can be punished with life imprisonment.
""")
HKPOL = A("Hong Kong police", "HKG", "COP")
LAI = A("Jimmy Lai", "HKG", ["MED", "BUS", "OPP"])
CHNG = A("China's government", "CHN", "GOV")
E("bq04", "Hong Kong police arrest Jimmy Lai under", HKPOL, LAI, ["17"], "173", "2020-08-10", None, False, "headline")
E("bq04", "security law, raid his newspaper", HKPOL, A("Apple Daily", "HKG", ["MED", "BUS"]), ["17"], "1711",
  "2020-08-10", None, False, "headline, second event")
E("bq04", "Hong Kong police arrested pro-democracy media tycoon", HKPOL, LAI, ["17"], "173", "2020-08-10", None, True,
  "arrest 173; Monday before a Tuesday paper; Hong Kong is the actor's name, the clause names no place (dateline "
  "alone is not enough)")
E("bq04", "About 200 officers searched the newsroom of", HKPOL, A("Apple Daily", "HKG", ["MED", "BUS"]), ["17"], "1711",
  "2020-08-10", None, True, "search and seizure 1711 (as owned54 bc12); 'the same day' = Monday")
E("bq04", "Police said they had also detained nine", HKPOL, A("Next Digital executives and Lai's sons", "HKG", "BUS"),
  ["17"], "173", "2020-08", None, True, "arrests reported by the arresting police 173, required (as owned21 d11); no "
  "day in the sentence: month")
E("bq04", "Officers arrested Agnes Chow, a prominent young", HKPOL, A("Agnes Chow", "HKG", ["OPP", "CVL"]), ["17"],
  "173", "2020-08-10", None, True, "arrest 173; 'late on Monday'")
E("bq04", "who met U.S. Vice President Mike Pence", LAI, A("Mike Pence", "USA", "GOV"), ["04"], "040", "2019",
  P("Washington", "USA"), True, "dated background meeting in a relative with its own agent 040; 'last year' = 2019; "
  "'in Washington' names the place; first-mentioned direction")
E("bq04", "who met U.S. Vice President Mike Pence", A("Mike Pence", "USA", "GOV"), LAI, ["04"], "040", "2019",
  P("Washington", "USA"), False, "reverse of the meeting: optional")
E("bq04", "has been branded a traitor by Beijing's", A("Chinese state media", "CHN", ["MED", "GOV"]), LAI, ["11"], "111",
  "2020", None, False, "undated present-perfect insult 111, passive with its agent: optional, year")
E("bq04", "China's foreign ministry announced sanctions on 11", CHNG,
  A("Marco Rubio, Ted Cruz and other Americans", "USA", ["LEG", "GOV"]), SANCT, "163", "2020-08-10", None, True,
  "sanctions on persons 163 (16/17); 'Hours after the arrests' = Monday")
E("bq04", "U.S. sanctions imposed last week on Hong", A("United States", "USA", "GOV"), A("Carrie Lam", "HKG", "GOV"),
  SANCT, "163", "2020-08", None, True, "nominal with its agent ('U.S. sanctions ... imposed'), dated background "
  "required (as owned35 ai04's 'sanctions Britain imposed last week'); 'last week': month")
E("bq04", "accused the Chinese Communist Party of gutting", A("Mike Pompeo", "USA", "GOV"), CHNG, ["11"], "112", "2020-08",
  None, False, "single outside reaction: optional; month")
F("bq04", "It was not clear whether Lai would", "speculation")
F("bq04", "Under the law, collusion with foreign forces", "definition of a penalty")

# ---------------------------------------------------------------- bq05 New Delhi, Asia (India)
S("bq05", "2019-12-17", "Asia", """
Indian protests over citizenship law spread to campuses after police storm Delhi university

NEW DELHI, India —

Students at universities across India marched on Monday against a new citizenship law that critics say discriminates against Muslims, a day after police stormed a campus in the capital and fired tear gas at students inside its library.

Officers entered Jamia Millia Islamia university on Sunday evening, beating students with batons, and detained about 50 of them, who were released early on Monday. Several buses had been set on fire near the campus earlier in the day.

Prime Minister Narendra Modi said the violent protests were "deeply distressing" and accused vested interest groups of trying to divide the country.

The Supreme Court refused on Monday to hear petitions over the police action until the violence stopped.

Leaders of the opposition Congress party, among them Priyanka Gandhi Vadra, staged a sit-in at India Gate in New Delhi on Monday evening in support of the students.

In the northeastern state of Assam, where the protests first broke out last week, police shot dead two demonstrators in the city of Guwahati on Thursday.

The law, passed by parliament last week, offers a path to citizenship to non-Muslim migrants from Pakistan, Bangladesh and Afghanistan. Police did not say whether anyone had been charged over the burning of the buses.
""")
INDPOL = A("Indian police", "IND", "COP")
INDS = A("Indian students", "IND", ["EDU", "CVL"])
INDG = A("India's government", "IND", "GOV")
E("bq05", "Indian protests over citizenship law spread to", INDS, INDG, ["14"], "141", "2019-12", None, False, "headline")
E("bq05", "after police storm Delhi university", INDPOL, INDS, REPR, "175", "2019-12-15", P("New Delhi", "IND"), False,
  "headline, second event")
E("bq05", "Students at universities across India marched on", INDS, INDG, ["14"], "141", "2019-12-16", None, True,
  "protest marches 141 against the government's law; Monday before a Tuesday paper; 'across India' is no place")
E("bq05", "a day after police stormed a campus", INDPOL, INDS, REPR, "175", "2019-12-15", P("New Delhi", "IND"), False,
  "lead summary of the raid detailed in the next paragraph: optional; 'the capital' = New Delhi")
E("bq05", "Officers entered Jamia Millia Islamia university on", INDPOL, INDS, REPR, "175", "2019-12-15", None, True,
  "police force against students 175 (17/18); 'on Sunday evening'; the clause names the university, not the city: "
  "no place")
E("bq05", "detained about 50 of them, who were", INDPOL, INDS, ["17"], "173", "2019-12-15", None, True,
  "arrests 173, second verb with its own object; Sunday")
E("bq05", "who were released early on Monday", INDPOL, INDS, ["08"], "0841", "2019-12-16", None, False,
  "agentless release inside a relative 0841: optional (as owned54 bc02)")
E("bq05", "accused vested interest groups of trying to", A("Narendra Modi", "IND", "GOV"),
  A("unnamed vested interest groups", "IND", None), ["11"], "112", "2019-12", None, True,
  "accusation 112; no day of its own: month; 'deeply distressing' is no event of its own")
E("bq05", "The Supreme Court refused on Monday to", A("India's Supreme Court", "IND", "JUD"),
  A("petitioners for the students", "IND", "CVL"), ["12"], "120", "2019-12-16", None, True,
  "a stated refusal 120 (to hear the petitions); Monday")
E("bq05", "staged a sit-in at India Gate in", A("Priyanka Gandhi Vadra and Congress leaders", "IND", ["OPP", "PTY"]), INDG,
  ["14"], "141", "2019-12-16", P("New Delhi", "IND"), True,
  "sit-in 141; 'in New Delhi' names the place; 'on Monday evening'; the compound subject is one group")
E("bq05", "police shot dead two demonstrators in the", INDPOL, A("Assam protesters", "IND", ["CVL", "OPP"]), REPR, "175",
  "2019-12-12", P("Guwahati", "IND"), True,
  "live fire on protesters 175; 'on Thursday' before a Tuesday paper = Dec. 12; 'the city of Guwahati'")
E("bq05", "where the protests first broke out last", A("Assam protesters", "IND", ["CVL", "OPP"]), INDG, ["14"], "141",
  "2019-12", P("Assam", "IND"), False, "agentless nominal in a relative: optional; 'last week': month")
F("bq05", "The law, passed by parliament last week,", "definition of the law (passing a law has no CAMEO code; "
  "'offers' is no offer to anyone)")
F("bq05", "Police did not say whether anyone had", "negated statement")

# ---------------------------------------------------------------- bq06 Paris, Europe (France)
S("bq06", "2018-12-02", "Europe/Eurasia", """
Macron condemns rioters after "yellow vest" protest leaves Arc de Triomphe defaced

PARIS, France —

Rioters protesting against fuel tax rises torched cars, smashed shop windows and daubed slogans on the Arc de Triomphe on Saturday in the worst unrest Paris has seen in decades.

Throughout Saturday, police fired tear gas, stun grenades and water cannon at masked protesters who hurled paving stones and built burning barricades on avenues around the Champs-Elysees in central Paris.

Interior Minister Christophe Castaner said 412 people had been arrested and 133 injured, among them 23 members of the security forces.

Speaking on Saturday at a Group of 20 summit in Buenos Aires, President Emmanuel Macron condemned the attacks on police and said those responsible would be held to account.

Macron flew home on Sunday, inspected the damage at the monument and chaired an emergency meeting with Prime Minister Edouard Philippe and Castaner.

The protests began on Nov. 17, when hundreds of thousands of people wearing the yellow safety vests that all French motorists must carry blocked roads and fuel depots across the country.

Far-right leader Marine Le Pen and the hard-left Jean-Luc Melenchon demanded that the government scrap the tax rises.

It was not clear whether the government would declare a state of emergency. The movement has no leaders who speak for it and is organised on social media.
""")
FRAP = A("yellow vest protesters", "FRA", ["CVL", "OPP"])
FRAPOL = A("French police", "FRA", "COP")
FRAG = A("France's government", "FRA", "GOV")
MACRON = A("Emmanuel Macron", "FRA", "GOV")
PARIS = P("Paris", "FRA")
E("bq06", "Macron condemns rioters after \"yellow vest\" protest", MACRON, FRAP, ["11"], "111", "2018-12", None, False,
  "headline")
E("bq06", "protest leaves Arc de Triomphe defaced", FRAP, FRAG, VPROT, "145", "2018-12-01", PARIS, False,
  "headline, second event")
E("bq06", "Rioters protesting against fuel tax rises torched", FRAP, FRAG, VPROT, "145", "2018-12-01", PARIS, True,
  "violent protest 145 (14/18/17); Saturday in a Sunday paper; 'Paris' is in the clause")
E("bq06", "police fired tear gas, stun grenades and", FRAPOL, FRAP, REPR, "175", "2018-12-01", PARIS, True,
  "force against protesters 175 (17/18); 'Throughout Saturday'; 'in central Paris' names the place")
E("bq06", "protesters who hurled paving stones and built", FRAP, FRAPOL, VPROT, "145", "2018-12-01", PARIS, False,
  "the rioting again, inside a relative: optional restatement")
E("bq06", "said 412 people had been arrested and", FRAPOL, FRAP, ["17"], "173", "2018-12", None, True,
  "arrests reported by the minister of the arresting police 173, required (as owned35 ai05); no day of its own: "
  "month; the count of injured is not coded")
E("bq06", "condemned the attacks on police and said", MACRON, FRAP, ["11"], "111", "2018-12-01",
  P("Buenos Aires", "ARG"), True, "condemnation 111; 'on Saturday'; 'in Buenos Aires' is where the speaker was "
  "(named in the clause)")
E("bq06", "said those responsible would be held to", MACRON, FRAP, ["13"], "130", "2018-12-01", P("Buenos Aires", "ARG"),
  False, "warning put as a future 130: optional")
E("bq06", "chaired an emergency meeting with Prime Minister", MACRON, A("Edouard Philippe", "FRA", "GOV"), ["04"], "040",
  "2018-12-02", None, False, "meeting inside one government: optional; Sunday")
E("bq06", "blocked roads and fuel depots across the", FRAP, FRAG, ["14"], "144", "2018-11-17", None, True,
  "dated background in a 'when' clause with its own agent: road blocks 144; 'on Nov. 17'; 'across the country' is "
  "no place; the relative ('that all French motorists must carry') is no event")
E("bq06", "Far-right leader Marine Le Pen and the", A("Marine Le Pen", "FRA", ["OPP", "PTY"]), FRAG, DEMAND, "1042",
  "2018-12", None, True, "demand for a policy change 1042 (10/02); first member of the compound subject; month")
E("bq06", "the hard-left Jean-Luc Melenchon demanded that the", A("Jean-Luc Melenchon", "FRA", ["OPP", "PTY"]), FRAG,
  DEMAND, "1042", "2018-12", None, False, "second member: optional")
F("bq06", "It was not clear whether the government", "speculation")
F("bq06", "The movement has no leaders who speak", "standing situation")

# ---------------------------------------------------------------- bq07 Sofia, Europe (Bulgaria / Czech company)
S("bq07", "2013-02-21", "Europe/Eurasia", """
Bulgaria's Borisov resigns after police and protesters clash over power bills

SOFIA, Bulgaria —

Prime Minister Boyko Borisov announced the resignation of his government in parliament on Wednesday, a day after police clashed with demonstrators in Sofia on the most violent night of nearly two weeks of protests over electricity prices.

Riot police beat back crowds who tried to break through their lines near the Eagle Bridge in central Sofia late on Tuesday, and at least 14 people, several officers among them, were taken to hospital.

"I will not stay in a government under which police beat people," Borisov told lawmakers.

The protests, which started in the southwestern town of Blagoevgrad earlier this month, spread to more than 20 cities on Sunday, when tens of thousands of people marched against high bills and the foreign-owned companies that distribute power.

Many protesters demanded that the distributors be nationalised.

On Tuesday, Borisov promised to cut power prices and said the state would start proceedings to strip the Czech utility CEZ of its licence to supply western Bulgaria.

CEZ said it had broken no rules and would defend its rights in court.

President Rosen Plevneliev is expected to ask the parties to try to form a new government before calling an early election.

It was not clear whether any party could form a cabinet. Bulgaria, the poorest member of the European Union, has the lowest average wages in the bloc.
""")
BORISOV = A("Boyko Borisov", "BGR", "GOV")
BGRP = A("Bulgarian protesters", "BGR", ["CVL", "OPP"])
BGRPOL = A("Bulgarian police", "BGR", "COP")
BGRG = A("Bulgaria's government", "BGR", "GOV")
CEZ = A("CEZ", "CZE", "BUS")
SOFIA = P("Sofia", "BGR")
E("bq07", "Bulgaria's Borisov resigns after police and protesters", BORISOV, BGRP, ["08"], "0831", "2013-02-20", None,
  False, "headline")
E("bq07", "police and protesters clash over power bills", BGRPOL, BGRP, CLASH, "190", "2013-02-19", None, False,
  "headline, second event")
E("bq07", "announced the resignation of his government in", BORISOV, BGRP, ["08"], "0831", "2013-02-20", None, True,
  "resignation under protest pressure 0831, protesters as implied target (news-dev d09); Wednesday before a Thursday "
  "paper; 'in parliament' is no place")
E("bq07", "a day after police clashed with demonstrators", BGRPOL, BGRP, CLASH, "190", "2013-02-19", SOFIA, False,
  "lead summary of the clash detailed in the next paragraph: optional; 'in Sofia'")
E("bq07", "Riot police beat back crowds who tried", BGRPOL, BGRP, REPR, "175", "2013-02-19", SOFIA, True,
  "police pushing back protesters 175 (17/18, as owned54 bc08); 'late on Tuesday'; 'in central Sofia'")
E("bq07", "spread to more than 20 cities on", BGRP, A("foreign-owned power distributors", None, "BUS"), ["14"], "141",
  "2013-02-17", None, True, "marches 141; 'on Sunday' before a Thursday paper = Feb. 17; target the companies "
  "(several countries: null, BUS)")
E("bq07", "which started in the southwestern town of", BGRP, A("foreign-owned power distributors", None, "BUS"), ["14"],
  "141", "2013-02", P("Blagoevgrad", "BGR"), False, "the first protests inside a relative with no agent of its own: "
  "optional; 'earlier this month'")
E("bq07", "Many protesters demanded that the distributors be", BGRP, BGRG, DEMAND, "1042", "2013-02", None, True,
  "demand for a policy change 1042 (10/02); month")
E("bq07", "Borisov promised to cut power prices and", BORISOV, BGRP, ["03"], "030", "2013-02-19", None, False,
  "promise to the protesters 030: optional (a concession put as an intention)")
E("bq07", "the state would start proceedings to strip", BORISOV, CEZ, ["13", "17"], "1312", "2013-02-19", None, True,
  "threat of a sanction 1312 (13; 17 also right if read as done); 'On Tuesday'")
E("bq07", "CEZ said it had broken no rules", CEZ, BGRG, DENY, "016", "2013-02", None, True,
  "denial 016 (01/12); month; 'would defend its rights in court' is an intention, not coded")
E("bq07", "is expected to ask the parties to", A("Rosen Plevneliev", "BGR", "GOV"), A("Bulgarian parties", "BGR", "PTY"),
  ["02"], "020", "2013-02", None, False, "expected future request: optional")
F("bq07", "It was not clear whether any party", "speculation")
F("bq07", "Bulgaria, the poorest member of the European", "standing situation")

# ---------------------------------------------------------------- bq08 Brasilia, Americas (Brazil)
S("bq08", "2013-06-18", "Americas", """
Rousseff calls protests legitimate after crowds climb onto Brazil's Congress

BRASILIA, Brazil —

President Dilma Rousseff said on Tuesday that the peaceful protests sweeping Brazil were legitimate, a day after more than 200,000 people marched in a dozen cities against poor public services, corruption and the cost of hosting next year's World Cup.

On Monday night, hundreds of demonstrators climbed onto the roof of the National Congress in the capital, chanting slogans against politicians, while police held back others who tried to get inside.

Later that night in Rio de Janeiro, a group of masked protesters set a car on fire and threw petrol bombs at the state legislature, and riot police responded with tear gas and rubber bullets.

The movement began this month with small marches against a 20-centavo rise in bus fares. It swelled after police fired rubber bullets and tear gas at a march in Sao Paulo on Thursday, injuring protesters and several journalists.

Sao Paulo Mayor Fernando Haddad said he was willing to meet the organisers of the Free Fare Movement but would not reverse the increase.

Brazil will also host the Olympic Games in 2016. It was unclear who, if anyone, led the protests, which were organised largely on Facebook.
""")
ROUSSEFF = A("Dilma Rousseff", "BRA", "GOV")
BRAP = A("Brazilian protesters", "BRA", ["CVL", "OPP"])
BRAPOL = A("Brazilian police", "BRA", "COP")
BRAG = A("Brazil's government", "BRA", "GOV")
E("bq08", "Rousseff calls protests legitimate after crowds climb", ROUSSEFF, BRAP, ["05"], "051", "2013-06-18", None,
  False, "headline")
E("bq08", "crowds climb onto Brazil's Congress", BRAP, A("Brazil's National Congress", "BRA", ["LEG", "GOV"]), VPROT,
  "141", "2013-06-17", None, False, "headline, second event")
E("bq08", "said on Tuesday that the peaceful protests", ROUSSEFF, BRAP, ["05"], "051", "2013-06-18", None, True,
  "endorsement of the protests 051; Tuesday paper")
E("bq08", "more than 200,000 people marched in a", BRAP, BRAG, ["14"], "141", "2013-06-17", None, True,
  "marches 141 in an 'a day after' clause with its own agent; Monday; 'a dozen cities' is no place")
E("bq08", "demonstrators climbed onto the roof of the", BRAP, A("Brazil's National Congress", "BRA", ["LEG", "GOV"]),
  VPROT, "141", "2013-06-17", P("Brasilia", "BRA"), True,
  "occupation of the roof as protest 141 (14/18/17); 'On Monday night'; 'in the capital' = Brasilia")
E("bq08", "police held back others who tried to", BRAPOL, BRAP, REPR, "175", "2013-06-17", P("Brasilia", "BRA"), False,
  "second clause, police holding back the crowd: optional")
E("bq08", "threw petrol bombs at the state legislature", BRAP, A("Rio de Janeiro state legislature", "BRA", ["LEG", "GOV"]),
  VPROT, "145", "2013-06-17", P("Rio de Janeiro", "BRA"), True,
  "violent protest 145; 'Later that night' after Monday night; 'in Rio de Janeiro'")
E("bq08", "riot police responded with tear gas and", BRAPOL, BRAP, REPR, "175", "2013-06-17", P("Rio de Janeiro", "BRA"),
  True, "force against protesters 175, second clause with its own agent")
E("bq08", "police fired rubber bullets and tear gas", BRAPOL, BRAP, REPR, "175", "2013-06-13", P("Sao Paulo", "BRA"), True,
  "dated background in an 'after' clause with its own agent; 'on Thursday' before a Tuesday paper = June 13; 'in Sao "
  "Paulo'")
E("bq08", "said he was willing to meet the", A("Fernando Haddad", "BRA", "GOV"),
  A("Free Fare Movement", "BRA", ["CVL", "NGO"]), ["03"], "036", "2013-06", None, True,
  "offer to meet 036; month")
E("bq08", "but would not reverse the increase", A("Fernando Haddad", "BRA", "GOV"),
  A("Free Fare Movement", "BRA", ["CVL", "NGO"]), ["12"], "120", "2013-06", None, False,
  "refusal put as an intention: optional")
F("bq08", "Brazil will also host the Olympic Games", "standing plan")
F("bq08", "It was unclear who, if anyone, led", "speculation")

# ---------------------------------------------------------------- bq09 Havana, Americas (Cuba / U.S.)
S("bq09", "2016-03-22", "Americas", """
Castro presses Obama to end embargo and hand back Guantanamo as leaders meet in Havana

HAVANA, Cuba —

Cuban President Raul Castro urged Barack Obama on Monday to lift the U.S. trade embargo on the island, as the two leaders held the first talks between a sitting American president and a Cuban leader in Havana since the 1959 revolution.

Castro also demanded the return of the Guantanamo Bay naval base, which the United States has held for more than a century.

Obama told a joint news conference at the Palace of the Revolution that he had pressed Castro to respect the right of Cubans to speak freely and to choose their leaders.

Visibly irritated when an American reporter asked about political prisoners, Castro denied that Cuba held any and said he would free them before nightfall if given a list.

Hours before Obama's plane landed on Sunday, police in Havana detained dozens of members of the Ladies in White, a group of wives and mothers of jailed dissidents, as they marched after Mass.

Washington and Havana restored diplomatic relations in July, seven months after the two presidents announced a thaw.

Obama is due to address Cubans in a televised speech on Tuesday and to meet dissidents at the U.S. embassy before watching a baseball game. The Communist Party has ruled Cuba since the revolution.
""")
CASTRO = A("Raul Castro", "CUB", "GOV")
OBAMA = A("Barack Obama", "USA", "GOV")
HAVANA = P("Havana", "CUB")
E("bq09", "Castro presses Obama to end embargo and", CASTRO, OBAMA, DEMAND, "1054", "2016-03-21", None, False, "headline")
E("bq09", "as leaders meet in Havana", CASTRO, OBAMA, ["04"], "043", "2016-03-21", HAVANA, False, "headline, second event")
E("bq09", "Raul Castro urged Barack Obama on Monday", CASTRO, OBAMA, DEMAND, "1054", "2016-03-21", HAVANA, True,
  "demand to lift sanctions 1054 (10/02); Monday before a Tuesday paper; 'in Havana' is in the sentence")
E("bq09", "the two leaders held the first talks", CASTRO, OBAMA, ["04"], "043", "2016-03-21", HAVANA, True,
  "talks 043, joint event: first-mentioned (Castro) direction required; 'in Havana'")
E("bq09", "the two leaders held the first talks", OBAMA, CASTRO, ["04"], "043", "2016-03-21", HAVANA, False,
  "reverse: optional")
E("bq09", "Castro also demanded the return of the", CASTRO, A("United States", "USA", "GOV"), DEMAND, "1053", "2016-03",
  None, False, "demand to return property 1053, a further point of the same demands: optional; month")
E("bq09", "he had pressed Castro to respect the", OBAMA, CASTRO, DEMAND, "1043", "2016-03", None, True,
  "demand for rights 1043 (10/02); no day of its own: month; the Palace of the Revolution names no city")
E("bq09", "Castro denied that Cuba held any and", CASTRO, A("American reporter", "USA", "MED"), DENY, "016", "2016-03",
  None, True, "denial 016 (01/12) answering the reporter; month; the offer to free prisoners is conditional, not coded")
E("bq09", "police in Havana detained dozens of members", A("Cuban police", "CUB", "COP"),
  A("Ladies in White", "CUB", ["NGO", "OPP", "CVL"]), ["17"], "173", "2016-03-20", HAVANA, True,
  "arrests 173; 'on Sunday'; 'in Havana' names the place")
E("bq09", "as they marched after Mass", A("Ladies in White", "CUB", ["NGO", "OPP", "CVL"]),
  A("Cuba's government", "CUB", "GOV"), ["14"], "141", "2016-03-20", HAVANA, False, "the march, inside the time clause "
  "of the arrests: optional")
E("bq09", "Washington and Havana restored diplomatic relations in", A("United States", "USA", "GOV"),
  A("Cuba's government", "CUB", "GOV"), ["05", "03", "06"], "054", "2015-07", None, True,
  "dated background: restoring relations 054 (05; 03 and 06 also right); 'in July' before a March paper = 2015; "
  "first-mentioned direction; 'Havana' is an actor, not a place")
E("bq09", "Washington and Havana restored diplomatic relations in", A("Cuba's government", "CUB", "GOV"),
  A("United States", "USA", "GOV"), ["05", "03", "06"], "054", "2015-07", None, False, "reverse: optional")
E("bq09", "seven months after the two presidents announced", OBAMA, CASTRO, AGREE, "030", "2014-12", None, False,
  "the December 2014 announcement, only as a time anchor: optional")
F("bq09", "Obama is due to address Cubans in", "future plans")
F("bq09", "The Communist Party has ruled Cuba since", "standing situation")

# ---------------------------------------------------------------- bq10 Dubai dateline, Middle East (Iran)
S("bq10", "2018-01-03", "Middle East", """
Khamenei blames Iran's enemies as death toll from protests reaches 21

DUBAI, United Arab Emirates —

Iran's Supreme Leader Ayatollah Ali Khamenei accused the country's enemies on Tuesday of stirring up the protests that have swept Iran for six days, in his first comments on the worst unrest since 2009.

State television said 21 people had been killed since the demonstrations erupted in the northeastern city of Mashhad on Thursday over rising prices and spread to dozens of towns.

A deputy governor of Tehran province said 450 people had been arrested in the capital over three nights.

President Hassan Rouhani said on Sunday that Iranians had the right to protest, but warned that the government would show no tolerance for those who damaged public property or caused disorder.

The authorities blocked the Instagram photo app and the Telegram messaging service, which protesters have used to organise rallies, on Sunday.

U.S. President Donald Trump said on Twitter that Iran was "failing at every level" and that it was "time for change". Iran's foreign ministry accused Washington of meddling in its internal affairs.

Prices of eggs and poultry have risen by as much as 40 percent in recent weeks. It was unclear whether the protests, which have no obvious leader, would go on.
""")
KHAM = A("Ali Khamenei", "IRN", "GOV")
IRNP = A("Iranian protesters", "IRN", ["CVL", "OPP"])
IRNG = A("Iran's government", "IRN", "GOV")
E("bq10", "Khamenei blames Iran's enemies as death toll", KHAM, A("Iran's unnamed enemies", None, None), ["11"], "112",
  "2018-01-02", None, False, "headline")
E("bq10", "accused the country's enemies on Tuesday of", KHAM, A("Iran's unnamed enemies", None, None), ["11"], "112",
  "2018-01-02", None, True, "accusation 112, target unnamed (null/null); Tuesday before a Wednesday paper")
E("bq10", "the protests that have swept Iran for", IRNP, IRNG, ["14"], "141", None, None, False,
  "the protests as the object of the accusation, a six-day span across the new year summed up: optional, no date")
E("bq10", "spread to dozens of towns", IRNP, IRNG, ["14"], "141", "2017-12", None, False,
  "the spread of the protests, second verb with no day of its own: optional")
E("bq10", "since the demonstrations erupted in the northeastern", IRNP, IRNG, ["14"], "141", "2017-12-28",
  P("Mashhad", "IRN"), True, "dated start of the protests 141 (the demonstrators are the agent); 'on Thursday' before "
  "a Wednesday paper = Dec. 28 of the year before; 'the northeastern city of Mashhad'; the death count is not coded")
E("bq10", "said 450 people had been arrested in", A("Tehran provincial authorities", "IRN", ["GOV", "COP"]), IRNP, ["17"],
  "173", None, P("Tehran", "IRN"), True,
  "arrests reported by the arresting authorities 173, required (as owned35 ai05); 'over three nights' spans the new "
  "year (Dec. 30 to Jan. 1): no date; 'the capital' with 'Tehran province' in the clause = Tehran (the Dubai dateline "
  "is not the place)")
E("bq10", "warned that the government would show no", A("Hassan Rouhani", "IRN", "GOV"), IRNP, ["13"], "130",
  "2017-12-31", None, True, "warning 130; 'on Sunday' before a Wednesday paper = Dec. 31")
E("bq10", "The authorities blocked the Instagram photo app", IRNG, A("Iranian citizens", "IRN", "CVL"), ["17", "16"],
  "1721", "2017-12-31", None, True, "ban on platforms 1721 (17/16, as owned35 ai11); 'on Sunday' at the end of the "
  "sentence; the relative ('which protesters have used') is no event")
E("bq10", "said on Twitter that Iran was \"failing", A("Donald Trump", "USA", "GOV"), IRNG, ["11"], "111", "2018-01", None,
  False, "single outside reaction 111: optional; month")
E("bq10", "foreign ministry accused Washington of meddling in", A("Iran's foreign ministry", "IRN", "GOV"),
  A("United States", "USA", "GOV"), ["11"], "112", "2018-01", None, True,
  "accusation 112; 'Washington' is an actor, not a place; month")
F("bq10", "Prices of eggs and poultry have risen", "count")
F("bq10", "It was unclear whether the protests, which", "speculation")

# ---------------------------------------------------------------- bq11 Sanaa, Middle East (Yemen / Saudi Arabia)
S("bq11", "2017-12-05", "Middle East", """
Houthis kill Yemen's ex-president Saleh days after he turned on them

SANAA, Yemen —

Houthi rebels killed Yemen's former president Ali Abdullah Saleh on Monday as he tried to flee the capital, two days after he broke his alliance with them and offered to open a new page with the Saudi-led coalition that is fighting them.

Houthi-run television showed footage of what appeared to be Saleh's body wrapped in a blanket in the back of a pickup truck.

Fighting between Houthi fighters and Saleh's loyalists had raged in Sanaa since Wednesday, killing more than 120 people.

Saudi-led warplanes pounded Houthi positions in the capital overnight.

President Abd-Rabbu Mansour Hadi, speaking from the Saudi capital, Riyadh, where he lives, called on Yemenis to rise up against the Houthis.

The Houthi leader, Abdul-Malik al-Houthi, hailed the killing as the defeat of a conspiracy hatched by Saudi Arabia and its allies.

The United Nations humanitarian coordinator urged both sides to pause the fighting so that civilians could leave their homes and aid workers could reach the wounded.

The war has killed more than 10,000 people and pushed the country to the brink of famine, according to the United Nations. It was not clear who would lead Saleh's party or whether his forces would keep fighting.
""")
HOUTHI = A("Houthi rebels", "YEM", ["REB", "RAD"])
SALEH = A("Ali Abdullah Saleh", "YEM", ["ELI", "PTY"])
SLOY = A("Saleh loyalists", "YEM", ["MIL", "PTY"])
COAL = A("Saudi-led coalition", "SAU", ["MIL", "GOV"])
SANAA = P("Sanaa", "YEM")
E("bq11", "Houthis kill Yemen's ex-president Saleh days after", HOUTHI, SALEH, ATTACK, "186", "2017-12-04", None, False,
  "headline")
E("bq11", "Houthi rebels killed Yemen's former president Ali", HOUTHI, SALEH, ATTACK, "186", "2017-12-04", None, True,
  "killing of a political leader 186 (18/19/20); Monday before a Tuesday paper; he was fleeing the capital, so the "
  "capital is not the place of the killing")
E("bq11", "he broke his alliance with them and", SALEH, HOUTHI, ["16", "12"], "160", "2017-12-02", None, True,
  "dated background in a 'two days after' clause: breaking the alliance 160 (16; 12 also right); Saturday")
E("bq11", "offered to open a new page with", SALEH, COAL, ["03"], "036", "2017-12-02", None, True,
  "offer of talks 036, second verb of the clause with the same agent; Saturday")
E("bq11", "Fighting between Houthi fighters and Saleh's loyalists", HOUTHI, SLOY, CLASH, "190", "2017", SANAA, True,
  "clashes 190 (19/18/14); first-mentioned direction; 'since Wednesday' spans November and December: year; 'in Sanaa'")
E("bq11", "Fighting between Houthi fighters and Saleh's loyalists", SLOY, HOUTHI, CLASH, "190", "2017", SANAA, False,
  "reverse: optional")
E("bq11", "Saudi-led warplanes pounded Houthi positions in the", COAL, HOUTHI, ["19"], "195", "2017-12", SANAA, True,
  "air strikes 195; 'overnight' without an anchor: month; 'the capital' with the dateline = Sanaa")
E("bq11", "called on Yemenis to rise up against", A("Abd-Rabbu Mansour Hadi", "YEM", "GOV"), A("Yemenis", "YEM", "CVL"),
  DEMAND, "020", "2017-12", P("Riyadh", "SAU"), True,
  "appeal 020 (02/10); 'speaking from the Saudi capital, Riyadh' is where the speaker was; month")
E("bq11", "hailed the killing as the defeat of", A("Abdul-Malik al-Houthi", "YEM", ["REB", "RAD"]),
  A("Saudi Arabia", "SAU", "GOV"), ["11"], "112", "2017-12", None, False, "accusation of a conspiracy 112: optional")
E("bq11", "urged both sides to pause the fighting", A("United Nations", "UNO", "IGO"), HOUTHI, DEMAND, "0256", "2017-12",
  None, False, "appeal for a pause 0256: single outside reaction, optional")
F("bq11", "The war has killed more than 10,000", "count")
F("bq11", "It was not clear who would lead", "speculation")

# ---------------------------------------------------------------- bq12 Beirut, Middle East (Lebanon / Syria)
S("bq12", "2005-03-01", "Middle East", """
Lebanon's pro-Syrian government resigns as crowds defy protest ban

BEIRUT, Lebanon —

Prime Minister Omar Karami announced the resignation of his pro-Syrian government on Monday, bowing to two weeks of street protests that followed the assassination of former Prime Minister Rafik Hariri.

Karami made the announcement during a debate on a motion of no confidence, as tens of thousands of demonstrators in Beirut's Martyrs' Square cheered, waved Lebanese flags and chanted "Syria out".

The crowds had defied a ban on demonstrations that the Interior Ministry announced on Sunday night. Troops ringed the square but did not stop people from walking in.

In the chamber, opposition lawmakers accused Syria and its Lebanese allies of creating the climate of intimidation that led to Hariri's killing.

President Emile Lahoud accepted the resignation and asked the ministers to stay on in a caretaker role.

On Monday the opposition also called for the withdrawal of Syria's 14,000 troops from Lebanon, the resignation of the heads of the security services and an international inquiry into Hariri's death.

Syria has denied any role in the killing. Damascus made no immediate comment on the resignation.

Under Lebanon's power-sharing system, the prime minister must be a Sunni Muslim and the president a Maronite Christian.
""")
KARAMI = A("Omar Karami", "LBN", "GOV")
LBNP = A("Lebanese opposition protesters", "LBN", ["CVL", "OPP"])
LBNG = A("Lebanon's government", "LBN", "GOV")
LOPP = A("Lebanese opposition", "LBN", ["OPP", "LEG", "PTY"])
SYR = A("Syria", "SYR", "GOV")
E("bq12", "Lebanon's pro-Syrian government resigns as crowds defy", KARAMI, LBNP, ["08"], "0831", "2005-02-28", None,
  False, "headline")
E("bq12", "as crowds defy protest ban", LBNP, LBNG, ["12", "14"], "128", "2005-02-28", None, False,
  "headline, second event")
E("bq12", "Omar Karami announced the resignation of his", KARAMI, LBNP, ["08"], "0831", "2005-02-28", None, True,
  "resignation under protest pressure 0831 (news-dev d09); Monday before a Tuesday paper; Hariri's 'assassination' "
  "is a nominal with no agent, not coded")
E("bq12", "demonstrators in Beirut's Martyrs' Square cheered, waved", LBNP, LBNG, ["14"], "141", "2005-02-28",
  P("Beirut", "LBN"), True, "protest 141, simultaneous ('as') with Monday's announcement; 'Beirut's Martyrs' Square' "
  "names the place; the chant is the protest's content")
E("bq12", "The crowds had defied a ban on", LBNP, LBNG, ["12", "14"], "128", "2005-02-28", None, False,
  "defiance 128 restating the protest: optional")
E("bq12", "ban on demonstrations that the Interior Ministry", A("Lebanon's Interior Ministry", "LBN", "GOV"), LBNP,
  ["17"], "1721", "2005-02-27", None, True,
  "ban on demonstrations 1721 in a relative with its own agent; 'on Sunday night' = Feb. 27")
E("bq12", "opposition lawmakers accused Syria and its Lebanese", LOPP, SYR, ["11"], "112", "2005-02", None, True,
  "accusation 112; first member of the compound object; 'In the chamber' names no city; no day of its own: month")
E("bq12", "Syria and its Lebanese allies of creating", LOPP, A("Syria's Lebanese allies", "LBN", ["GOV", "PTY"]),
  ["11"], "112", "2005-02", None, False, "second member: optional")
E("bq12", "called for the withdrawal of Syria's 14,000", LOPP, SYR, DEMAND, "1056", "2005-02-28", None, True,
  "demand for a military pullout 1056 (10/02); 'On Monday'; first member of a three-part object")
E("bq12", "the resignation of the heads of the", LOPP, LBNG, DEMAND, "1041", "2005-02-28", None, False,
  "second member, demand for a change in leadership: optional")
E("bq12", "an international inquiry into Hariri's death", LOPP, LBNG, DEMAND, "101", "2005-02-28", None, False,
  "third member, demand for an investigation: optional")
E("bq12", "Syria has denied any role in the", SYR, LOPP, DENY, "016", "2005-02", None, False,
  "undated present-perfect denial 016: optional")
F("bq12", "made no immediate comment on the resignation", "negated act: no comment")
F("bq12", "Under Lebanon's power-sharing system, the prime minister", "definition")

if __name__ == "__main__":
    write(HERE)
