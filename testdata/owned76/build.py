#!/usr/bin/env python3
"""Writes stories.jsonl and gold.jsonl for the owned76 evaluation set from the texts and codings below.

Written blind to dateline's coder (no Go code, lexicon, dictionary, data file or test read; dateline and go not
run). Coding notes are kept per line. Run: python3 testdata/owned76/build.py  (rewrites both files next to this
script)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "owned"))
from goldlib import A, E, F, P, S, write  # noqa: E402  (the helpers all owned sets share)
from goldlib import AGREE, DEMAND, DENY, VPROT, REPR, SANCT, COUP, CLASH  # noqa: E402,F401

ATTACK = ["18", "19", "20"]

# ---------------------------------------------------------------- by01 Sao Tome, Africa (Sao Tome and Principe)
S("by01", "2003-07-17", "Africa", """
Sao Tome soldiers seize power while president is away in Nigeria

SAO TOME, Sao Tome and Principe —

Soldiers led by an army major seized power in the island nation's capital before dawn on Wednesday, detaining the prime minister and several cabinet ministers while President Fradique de Menezes was attending a conference in Nigeria.

Major Fernando Pereira, who announced the takeover on state radio, accused the government of letting ordinary people sink into poverty while politicians fought over the country's expected oil wealth. He promised a "government of national salvation" but gave no date for new elections.

Gunfire was heard near the presidential palace for about an hour, but no one was reported killed.

Speaking in Abuja, de Menezes condemned the coup and said he would return home as soon as possible. Nigerian President Olusegun Obasanjo, who was hosting the meeting, said Africa would no longer accept governments imposed by the gun and demanded that the soldiers restore the elected president.

The African Union also condemned the seizure of power, and Portugal, the former colonial ruler, urged the mutineers to return to their barracks.

Residents said the soldiers had been joined by members of a small opposition party and by former fighters of a disbanded South African army battalion.

The islands, which lie in the Gulf of Guinea, have been shaken by coup attempts before. In 1995 junior officers briefly detained President Miguel Trovoada before handing power back under a deal mediated by Angola.

Whether the prospect of offshore oil had drawn outside backers to the plotters was unclear.
""")
STPMIL = A("Sao Tome soldiers", "STP", "MIL")
STPGOV = A("Sao Tome and Principe's government", "STP", "GOV")
MENEZES = A("Fradique de Menezes", "STP", "GOV")
E("by01", "Sao Tome soldiers seize power while president", STPMIL, STPGOV, COUP, "1724", "2003-07", None, False,
  "headline; takeover 1724 under news-dev's coup roots 17/19")
E("by01", "seized power in the island nation's capital", STPMIL, STPGOV, COUP, "1724", "2003-07-16",
  P("Sao Tome", "STP"), True, "coup 1724 (17/19, news-dev); 'the island nation's capital' with the SAO TOME dateline "
  "names the city; 'on Wednesday' before a Thursday paper")
E("by01", "detaining the prime minister and several cabinet", STPMIL, A("Maria das Neves", "STP", "GOV"), ["17"], "173",
  "2003-07-16", P("Sao Tome", "STP"), True, "detention 173 in the same clause as the seizure; first member of the "
  "compound object (the prime minister, unnamed in the text, is Maria das Neves)")
E("by01", "detaining the prime minister and several cabinet", STPMIL, A("Sao Tome cabinet ministers", "STP", "GOV"),
  ["17"], "173", "2003-07-16", P("Sao Tome", "STP"), False, "second member of the compound object: optional")
E("by01", "accused the government of letting ordinary people", A("Fernando Pereira", "STP", "MIL"), STPGOV, ["11"], "112",
  "2003-07", None, True, "accusation 112; 'who announced the takeover on state radio' is a restatement in a relative, "
  "not coded; no day of its own: month")
E("by01", "He promised a \"government of national salvation\"", A("Fernando Pereira", "STP", "MIL"),
  A("Sao Tome citizens", "STP", "CVL"), ["03"], "034", "2003-07", None, False,
  "a promise of a new government; 'He' = Pereira; intention: optional")
E("by01", "de Menezes condemned the coup and said", MENEZES, STPMIL, ["11"], "111", "2003-07", P("Abuja", "NGA"), True,
  "condemnation 111; 'Speaking in Abuja' is where the speaker was (as owned35's 'In Washington'); the promise to "
  "return is no event; no day: month")
E("by01", "demanded that the soldiers restore the elected", A("Olusegun Obasanjo", "NGA", "GOV"), STPMIL, DEMAND, "1041",
  "2003-07", None, True, "demand to restore the president 1041 (10/02); the host of the conference is a party to the "
  "story, not a single outside reaction; 'Nigerian President' title")
E("by01", "The African Union also condemned the seizure", A("African Union", "AFR", "IGO"), STPMIL, ["11"], "111",
  "2003-07", None, False, "single outside reaction (news-dev AFR/IGO): optional")
E("by01", "urged the mutineers to return to their", A("Portugal", "PRT", "GOV"), STPMIL, DEMAND, "100", "2003-07", None,
  False, "second outside reaction; 'the mutineers' = the soldiers: optional")
E("by01", "In 1995 junior officers briefly detained President", A("Sao Tome junior officers", "STP", "MIL"),
  A("Miguel Trovoada", "STP", "GOV"), COUP, "173", "1995", None, True,
  "dated background coup: detention of the president, coup roots 17/19 with 173; the mediation by Angola in the "
  "participle is not coded")
E("by01", "before handing power back under a deal", A("Sao Tome junior officers", "STP", "MIL"),
  A("Miguel Trovoada", "STP", "GOV"), ["08", "03", "05"], "083", "1995", None, False,
  "handing power back 083 inside the background sentence: optional")
F("by01", "Gunfire was heard near the presidential palace", "agentless gunfire and a negated killing: no event")
F("by01", "Whether the prospect of offshore oil had", "speculation")

# ---------------------------------------------------------------- by02 Harare, Africa (Zimbabwe)
S("by02", "2007-03-13", "Africa", """
Beaten Tsvangirai appears in court as Western powers condemn Zimbabwe crackdown

HARARE, Zimbabwe —

Opposition leader Morgan Tsvangirai, his head swollen and one eye closed, appeared in a Harare court on Tuesday, two days after police broke up a prayer meeting and arrested him with dozens of other government critics.

Lawyers for Tsvangirai, who leads the Movement for Democratic Change, said he and others had been beaten with batons at a police station after their arrest. The magistrate ordered that he be taken to hospital.

Police shot dead an opposition activist, Gift Tandare, as crowds tried to gather for Sunday's meeting in the Highfield township. A police spokesman, Wayne Bvudzijena, said officers had come under attack from stone-throwing youths, and he denied that any of the detainees had been assaulted.

The government banned political rallies in the capital last month, saying the opposition was using them to plan violence.

The United States called the crackdown ruthless and repressive, and British Foreign Secretary Margaret Beckett demanded the immediate release of everyone still held.

Information Minister Sikhanyiso Ndlovu accused the opposition of plotting with Western governments to topple President Robert Mugabe.

Mugabe, 83, has ruled Zimbabwe since independence from Britain in 1980, and inflation there now exceeds 1,700 percent.

It was not clear whether the opposition would try to hold further meetings in defiance of the ban.
""")
ZCOP = A("Zimbabwean police", "ZWE", "COP")
TSV = A("Morgan Tsvangirai", "ZWE", ["OPP", "PTY"])
MDC = A("Movement for Democratic Change", "ZWE", ["OPP", "PTY"])
ZGOV = A("Zimbabwe's government", "ZWE", "GOV")
E("by02", "Western powers condemn Zimbabwe crackdown", A("Western governments", None, "GOV"), ZGOV, ["11"], "111",
  "2007-03", None, False, "headline")
E("by02", "two days after police broke up a", ZCOP, A("Zimbabwean opposition supporters", "ZWE", ["OPP", "CVL"]),
  REPR, "175", "2007-03-11", None, True, "breaking up a prayer meeting 175 (17/18); dated background in a 'two days "
  "after' clause with its own agent: Sunday before a Tuesday paper; no place in the clause")
E("by02", "two days after police broke up a", ZCOP, TSV, ["17"], "173", "2007-03-11", None, True,
  "arrest 173, second verb of the same clause with its own object; Tsvangirai named in the main clause ('him')")
E("by02", "said he and others had been beaten", ZCOP, TSV, ["18"], "182", "2007-03", None, False,
  "agentless beating inside one side's account (the lawyers), denied by the police later: optional")
E("by02", "Police shot dead an opposition activist, Gift", ZCOP, A("Gift Tandare", "ZWE", ["OPP", "PTY"]), REPR, "175",
  "2007-03-11", P("Highfield", "ZWE"), True, "police killing of an activist in a crackdown 175 (17/18, as owned54 "
  "bc10); 'Sunday's meeting' dates it; 'in the Highfield township' names the place")
E("by02", "said officers had come under attack from", A("Zimbabwean youths", "ZWE", ["CVL", "OPP"]), ZCOP, VPROT, "145",
  "2007-03", None, False, "an attack inside the police's own account: optional")
E("by02", "he denied that any of the detainees", A("Wayne Bvudzijena", "ZWE", "COP"), MDC, DENY, "016", "2007-03", None,
  True, "denial 016 (01/12) of the lawyers' account; 'he' = the spokesman; month")
E("by02", "The government banned political rallies in the", ZGOV, MDC, ["17"], "1721", "2007-02", P("Harare", "ZWE"),
  True, "ban on rallies 1721 (restriction of political freedoms); 'last month' before a March paper; 'in the capital' "
  "with the HARARE dateline names the place")
E("by02", "The United States called the crackdown ruthless", A("United States", "USA", "GOV"), ZGOV, ["11"], "111",
  "2007-03", None, True, "criticism 111; the story (and its headline) turns on the Western reactions, so the first "
  "is required; month")
E("by02", "Margaret Beckett demanded the immediate release of", A("Margaret Beckett", "GBR", "GOV"), ZGOV, DEMAND,
  "1053", "2007-03", None, True, "demand for release 1053 (10/02), as owned54 bc06; second clause with its own "
  "subject; 'British Foreign Secretary' title")
E("by02", "accused the opposition of plotting with Western", A("Sikhanyiso Ndlovu", "ZWE", "GOV"), MDC, ["11"], "112",
  "2007-03", None, True, "accusation 112; month")
F("by02", "Mugabe, 83, has ruled Zimbabwe since independence", "standing situation and a figure")
F("by02", "It was not clear whether the opposition", "speculation")

# ---------------------------------------------------------------- by03 Damascus, Middle East (Syria)
S("by03", "2011-03-24", "Middle East", """
Syria offers to study ending emergency rule after deadly raid on Deraa mosque

DAMASCUS, Syria —

Syria said on Thursday it would study lifting the emergency law in force since 1963 and ordered the release of everyone detained during a week of protests in the southern city of Deraa, a day after security forces stormed a mosque there and killed at least six people.

Bouthaina Shaaban, an adviser to President Bashar al-Assad, told reporters in Damascus that the government would also raise public sector salaries and fight corruption.

State television blamed an armed gang for the deaths at the Omari mosque, where protesters had camped for several days, and said weapons and ammunition had been found inside.

Assad dismissed the governor of Deraa province, Faisal Kalthoum, on Wednesday, in what residents saw as a gesture to the crowds.

The protests in Deraa began on March 18, when security forces fired on marchers demanding the release of schoolchildren held for writing anti-government slogans, killing four people. Two days later, crowds in Deraa set fire to the local offices of the ruling Baath party and to a courthouse.

The United States condemned what it called the brutal use of force against peaceful demonstrators.

The emergency law allows the security services to hold suspects without charge and bans most public gatherings.

It was unclear whether the concessions would satisfy protesters, some of whose chants had begun to target the president's family.
""")
SYRGOV = A("Syria's government", "SYR", "GOV")
SYRSEC = A("Syrian security forces", "SYR", ["COP", "MIL", "SPY"])
DERP = A("Deraa protesters", "SYR", ["CVL", "OPP"])
E("by03", "Syria offers to study ending emergency rule", SYRGOV, DERP, ["03"], "0351", "2011-03", None, False,
  "headline")
E("by03", "ordered the release of everyone detained during", SYRGOV, DERP, ["08", "03"], "0841", "2011-03-24", None, True,
  "release order 0841 (08; 03 also right, an announced release); 'on Thursday' in a Thursday paper covers the "
  "sentence; the target is the detained protesters' side")
E("by03", "Syria said on Thursday it would study", SYRGOV, DERP, ["03"], "0351", "2011-03-24", None, False,
  "an intention to study lifting the law (035): optional")
E("by03", "a day after security forces stormed a", SYRSEC, DERP, REPR, "175", "2011-03-23", P("Deraa", "SYR"), True,
  "deadly raid on protesters 175 (17/18); dated background in 'a day after' with its own agent; 'there' points to "
  "Deraa named in the same sentence; unnamed security forces are Syria's")
E("by03", "would also raise public sector salaries and", SYRGOV, A("Syrian public employees", "SYR", "CVL"), ["03"], "033",
  "2011-03", P("Damascus", "SYR"), False, "a promise of pay rises: optional; 'told reporters in Damascus'")
E("by03", "State television blamed an armed gang for", A("Syrian state television", "SYR", ["MED", "GOV"]),
  A("armed gang", None, None), ["11"], "112", "2011-03", None, True,
  "blame 112 against unnamed attackers (null/null as news-dev's gunmen); month")
E("by03", "Assad dismissed the governor of Deraa province", A("Bashar al-Assad", "SYR", "GOV"), DERP, ["08"], "0831",
  "2011-03-23", None, True, "removing an official as a concession to protesters 0831, protesters as implied target "
  "(news-dev d09); 'on Wednesday' before a Thursday paper; 'Deraa province' is the governor's title, not the "
  "place of the dismissal")
E("by03", "when security forces fired on marchers demanding", SYRSEC, DERP, REPR, "175", "2011-03-18", P("Deraa", "SYR"),
  True, "dated background in a 'when' clause: 'on March 18'; 'The protests in Deraa' names the place")
E("by03", "when security forces fired on marchers demanding", DERP, SYRGOV, DEMAND, "1053", "2011-03-18",
  P("Deraa", "SYR"), False, "the marchers' demand for release, a participle inside the object: optional")
E("by03", "crowds in Deraa set fire to", DERP, A("Baath party", "SYR", ["PTY", "GOV"]), VPROT, "145", "2011-03-20",
  P("Deraa", "SYR"), True, "arson 145 (14/18/17, as owned54 bc01); 'Two days later' after March 18; 'in Deraa' "
  "names the place")
E("by03", "The United States condemned what it called", A("United States", "USA", "GOV"), SYRGOV, ["11"], "111",
  "2011-03", None, False, "single outside reaction: optional")
F("by03", "The emergency law allows the security services", "definition")
F("by03", "It was unclear whether the concessions would", "speculation")

# ---------------------------------------------------------------- by04 Ramallah, Middle East (Israel / Palestinians)
S("by04", "2000-10-13", "Middle East", """
Israeli helicopters rocket Arafat's offices after mob kills two soldiers in Ramallah

RAMALLAH, West Bank —

Israeli helicopter gunships fired rockets at Palestinian police buildings and at offices of Yasser Arafat on Thursday, hours after a Palestinian mob beat two Israeli army reservists to death inside a police station here.

The two soldiers, who Israel said had taken a wrong turn into the city, were seized by Palestinian police at a roadblock and taken to the station. A crowd of hundreds then broke in, killed them and threw one body from a window to people cheering in the street below.

The rockets hit the Ramallah police station where the men died and Arafat's compound in Gaza City, which was empty at the time.

Prime Minister Ehud Barak held the Palestinian Authority responsible for the killings and warned that Israel would settle accounts with those behind them. Israel also sealed off the West Bank and the Gaza Strip on Thursday.

Arafat's aides called the strikes a declaration of war.

President Bill Clinton appealed to Barak and Arafat to halt the violence and said he was still working for a summit.

More than 90 people, most of them Palestinians, have been killed in two weeks of unrest.

Whether the strikes had ended any hope of a meeting between the two leaders was not clear.
""")
ISRMIL = A("Israeli military", "ISR", "MIL")
PSEGOV = A("Palestinian Authority", "PSE", "GOV")
PSECOP = A("Palestinian police", "PSE", ["COP", "GOV"])
RES = A("Israeli army reservists", "ISR", "MIL")
MOB = A("Palestinian mob", "PSE", "CVL")
E("by04", "Israeli helicopters rocket Arafat's offices after mob", ISRMIL, PSEGOV, ["19", "18"], "195", "2000-10-12",
  None, False, "headline")
E("by04", "Israeli helicopter gunships fired rockets at Palestinian", ISRMIL, PSECOP, ["19", "18"], "195", "2000-10-12",
  None, True, "aerial strike 195; 'on Thursday' before a Friday paper; first member of the compound object (police "
  "buildings); no place in the clause")
E("by04", "Israeli helicopter gunships fired rockets at Palestinian", ISRMIL, PSEGOV, ["19", "18"], "195", "2000-10-12",
  None, False, "second member, Arafat's offices: optional")
E("by04", "hours after a Palestinian mob beat two", MOB, RES, ["18"], "1823", "2000-10-12", P("Ramallah", "PSE"), True,
  "killing by beating 1823 (18, as owned54 bc09); 'hours after' clause with its own agent; 'here' with the RAMALLAH "
  "dateline; Ramallah coded PSE (West Bank)")
E("by04", "were seized by Palestinian police at a", PSECOP, RES, ["17"], "173", "2000-10", None, True,
  "detention 173, passive with its agent; no day in the sentence: month; the wrong turn in the relative is Israel's "
  "claim and no event")
E("by04", "A crowd of hundreds then broke in", MOB, RES, ["18"], "1823", "2000-10", None, False,
  "restatement of the lynching: optional")
E("by04", "The rockets hit the Ramallah police station", ISRMIL, PSECOP, ["19", "18"], "195", "2000-10",
  P("Ramallah", "PSE"), False, "restatement of the strikes with the places: optional")
E("by04", "Ehud Barak held the Palestinian Authority responsible", A("Ehud Barak", "ISR", "GOV"), PSEGOV, ["11"], "112",
  "2000-10", None, True, "blame 112; month")
E("by04", "warned that Israel would settle accounts with", A("Ehud Barak", "ISR", "GOV"), PSEGOV, ["13"], "130", "2000-10",
  None, True, "threat 130, second verb with its own content (as owned35 ai07: accusation and threat in one sentence, "
  "both required)")
E("by04", "Israel also sealed off the West Bank", A("Israel", "ISR", "GOV"), A("Palestinians", "PSE", None), ["19", "17"],
  "191", "2000-10-12", None, True, "closure of the territories 191 (blockade; 17 also right); 'on Thursday'; the "
  "territories are the object, not a place")
E("by04", "Arafat's aides called the strikes a declaration", A("Arafat's aides", "PSE", "GOV"), A("Israel", "ISR", "GOV"),
  ["11"], "111", "2000-10", None, True, "denunciation 111; month")
E("by04", "appealed to Barak and Arafat to halt", A("Bill Clinton", "USA", "GOV"), A("Ehud Barak", "ISR", "GOV"), DEMAND,
  "1056", "2000-10", None, False, "single outside appeal for an end to violence (1056): optional; first member")
E("by04", "appealed to Barak and Arafat to halt", A("Bill Clinton", "USA", "GOV"), A("Yasser Arafat", "PSE", "GOV"),
  DEMAND, "1056", "2000-10", None, False, "second member: optional")
F("by04", "More than 90 people, most of them", "count")
F("by04", "Whether the strikes had ended any hope", "speculation")

# ---------------------------------------------------------------- by05 Lahad Datu, Asia (Malaysia / Philippines)
S("by05", "2013-03-05", "Asia", """
Malaysian jets bomb Filipino gunmen in Sabah after weeks-long standoff

LAHAD DATU, Malaysia —

Malaysian fighter jets bombed positions held by armed followers of a Philippine sultan in the state of Sabah early on Tuesday, and troops and police moved in on the ground behind them, Prime Minister Najib Razak said.

Najib said the intruders had been given every chance to leave peacefully, and he ruled out any negotiations with the group, which he said had killed eight Malaysian policemen since Friday.

Gunmen allied to the group ambushed police in the coastal town of Semporna on Saturday, killing six officers. Two commandos died in a firefight near the village of Tanduo a day earlier.

About 200 men, some of them armed, landed by boat at Tanduo on Feb. 12 to press the claim of Jamalul Kiram III, who calls himself the Sultan of Sulu, to the territory.

In Manila, President Benigno Aquino urged Kiram to order his followers to surrender and warned that anyone who had helped plan the incursion would face charges.

Kiram's spokesman, Abraham Idjirani, rejected the call and said the men would stay in Sabah, which he called the sultanate's ancestral home.

Malaysia still pays the sultan's heirs a small yearly sum under a lease signed in the 19th century.

It was not known how many of the intruders were killed in Tuesday's assault.
""")
MYSMIL = A("Malaysian military", "MYS", "MIL")
KIRMEN = A("Sulu sultan's followers", "PHL", ["REB", "UAF"])
KIRAM = A("Jamalul Kiram III", "PHL", ["ELI", "REB"])
MYSCOP = A("Malaysian police", "MYS", "COP")
E("by05", "Malaysian jets bomb Filipino gunmen in Sabah", MYSMIL, KIRMEN, ["19", "18"], "195", "2013-03-05", None, False,
  "headline")
E("by05", "Malaysian fighter jets bombed positions held by", MYSMIL, KIRMEN, ["19", "18"], "195", "2013-03-05",
  P("Sabah", "MYS"), True, "air strike 195; 'early on Tuesday' in a Tuesday paper; 'in the state of Sabah' names the "
  "place (a state, as owned54's 'Aceh province'); the followers' country is the Philippines as the text says "
  "('a Philippine sultan'); Najib's 'said' is attribution")
E("by05", "troops and police moved in on the", MYSMIL, KIRMEN, ["19"], "190", "2013-03-05", None, False,
  "ground assault, second clause, compound subject: optional")
E("by05", "he ruled out any negotiations with the", A("Najib Razak", "MYS", "GOV"), KIRMEN, ["12"], "125", "2013-03", None,
  True, "rejecting talks 125; month")
E("by05", "which he said had killed eight Malaysian", KIRMEN, MYSCOP, ATTACK, "190", "2013-03", None, False,
  "summary of the two clashes detailed next, inside a relative: optional")
E("by05", "Gunmen allied to the group ambushed police", KIRMEN, MYSCOP, ATTACK, "190", "2013-03-02",
  P("Semporna", "MYS"), True, "ambush 190 (18/19/20); 'on Saturday' before a Tuesday paper; 'in the coastal town of "
  "Semporna' names the place; the gunmen are allied to the followers, coded as the same actor")
E("by05", "Two commandos died in a firefight near", KIRMEN, A("Malaysian police commandos", "MYS", ["COP", "MIL"]),
  CLASH, "190", "2013-03-01", P("Tanduo", "MYS"), False, "agentless deaths in a firefight 'a day earlier' (Friday): "
  "optional")
E("by05", "landed by boat at Tanduo on Feb", KIRMEN, A("Malaysia", "MYS", "GOV"), ["19", "15"], "192", "2013-02-12",
  P("Tanduo", "MYS"), True, "armed landing to press a territorial claim 192 (occupy territory; 15 also right); "
  "dated 'on Feb. 12'; Tanduo named")
E("by05", "President Benigno Aquino urged Kiram to order", A("Benigno Aquino", "PHL", "GOV"), KIRAM, DEMAND, "1052",
  "2013-03", P("Manila", "PHL"), True, "demand to stand down 105 (10/02); 'In Manila' is where the speaker was; month")
E("by05", "warned that anyone who had helped plan", A("Benigno Aquino", "PHL", "GOV"), KIRAM, ["13"], "130", "2013-03",
  None, False, "threat of charges to unnamed helpers, second verb: optional")
E("by05", "Abraham Idjirani, rejected the call and said", A("Abraham Idjirani", "PHL", ["ELI", "REB"]),
  A("Benigno Aquino", "PHL", "GOV"), ["12"], "124", "2013-03", None, True,
  "refusal to yield 124, a stated rejection (not an intention); Kiram's spokesman speaks for the sultan's side")
F("by05", "Malaysia still pays the sultan's heirs a", "standing arrangement")
F("by05", "It was not known how many of", "unknown count")

# ---------------------------------------------------------------- by06 Kabul, Asia (Afghanistan)
S("by06", "2015-09-29", "Asia", """
Taliban overrun Afghan city of Kunduz; Ghani vows to take it back

KABUL, Afghanistan —

Taliban fighters overran most of the northern city of Kunduz on Monday, storming its prison and freeing hundreds of inmates, in the insurgents' biggest gain since they were driven from power in 2001.

Government troops and police fell back to the city's airport, a few miles to the south, where they were regrouping, officials in Kabul said.

U.S. aircraft struck Taliban positions on the outskirts of Kunduz early on Tuesday, a spokesman for the American-led coalition said.

President Ashraf Ghani, speaking on Tuesday, the first anniversary of his government, said reinforcements were on their way and vowed that security forces would retake the city. He accused the insurgents of hiding among civilians and using them as human shields.

A Taliban spokesman, Zabihullah Mujahid, said the group's fighters had orders not to harm residents and urged government employees to stay at their posts.

Residents said insurgents had set fire to the offices of the intelligence service and were searching homes for officials.

The Taliban first attacked Kunduz in April, but government forces pushed them back after weeks of fighting.

Kunduz, a city of about 300,000 people, is the first provincial capital to fall to the Taliban since 2001.

It was unclear how many civilians had been killed or wounded in the fighting.
""")
TAL = A("Taliban", "AFG", ["REB", "RAD"])
AFGMIL = A("Afghan troops", "AFG", "MIL")
AFGGOV = A("Afghanistan's government", "AFG", "GOV")
GHANI = A("Ashraf Ghani", "AFG", "GOV")
E("by06", "Taliban overrun Afghan city of Kunduz; Ghani", TAL, AFGGOV, ["19", "18"], "190", "2015-09-28",
  P("Kunduz", "AFG"), False, "headline")
E("by06", "Taliban fighters overran most of the northern", TAL, AFGGOV, ["19", "18"], "190", "2015-09-28",
  P("Kunduz", "AFG"), True, "insurgents taking a city 190 (as owned54 bc03); 'on Monday' before a Tuesday paper; "
  "'the northern city of Kunduz' names the place")
E("by06", "storming its prison and freeing hundreds of", TAL, AFGGOV, ["19", "18"], "190", "2015-09-28",
  P("Kunduz", "AFG"), False, "storming the prison, participle of the lead: optional; freeing inmates has no code")
E("by06", "Government troops and police fell back to", AFGMIL, TAL, ["08"], "0874", "2015-09", None, True,
  "retreat 0874 (as owned54 bc03's abandoned posts); first member of the compound subject; no day in the "
  "sentence: month; the airport gives no place (the city is not named in the clause)")
E("by06", "Government troops and police fell back to", A("Afghan police", "AFG", "COP"), TAL, ["08"], "0874", "2015-09",
  None, False, "second member: optional")
E("by06", "U.S. aircraft struck Taliban positions on the", A("U.S. military", "USA", "MIL"), TAL, ["19", "18"], "195",
  "2015-09-29", P("Kunduz", "AFG"), True, "air strike 195; 'early on Tuesday' in a Tuesday paper; 'on the outskirts "
  "of Kunduz' names the place")
E("by06", "vowed that security forces would retake the", GHANI, TAL, ["13"], "138", "2015-09-29", None, True,
  "threat of force 138; 'speaking on Tuesday' dates it")
E("by06", "He accused the insurgents of hiding among", GHANI, TAL, ["11"], "112", "2015-09", None, True,
  "accusation 112; 'He' = Ghani; no day of its own: month")
E("by06", "urged government employees to stay at their", A("Zabihullah Mujahid", "AFG", ["REB", "RAD"]),
  A("Afghan government employees", "AFG", "GOV"), DEMAND, "100", "2015-09", None, False,
  "appeal by the insurgents' spokesman: optional")
E("by06", "insurgents had set fire to the offices", TAL, A("Afghan intelligence service", "AFG", ["SPY", "GOV"]),
  ["18", "19"], "180", "2015-09", None, False, "arson inside the residents' account, undated: optional")
E("by06", "The Taliban first attacked Kunduz in April", TAL, AFGGOV, ["19", "18"], "190", "2015-04", P("Kunduz", "AFG"),
  True, "dated background attack 'in April'; Kunduz named")
E("by06", "but government forces pushed them back after", AFGMIL, TAL, ["19", "18"], "190", "2015", None, False,
  "counter-attack after 'weeks of fighting' from April (may run into May): optional, year")
F("by06", "Kunduz, a city of about 300,000 people", "count and definition ('to fall' is no act)")
F("by06", "It was unclear how many civilians had", "speculation")

# ---------------------------------------------------------------- by07 Zvecan, Europe/Eurasia (Kosovo / Serbia)
S("by07", "2023-05-30", "Europe/Eurasia", """
Serb protesters clash with NATO troops in northern Kosovo; 30 peacekeepers hurt

ZVECAN, Kosovo —

Ethnic Serbs protesting against the installation of an ethnic Albanian mayor clashed with NATO-led peacekeepers outside the town hall here on Monday, and 30 soldiers from Italy and Hungary were injured, the alliance said.

The protesters threw rocks, bottles and petrol bombs at the troops, who fired tear gas and stun grenades to push them back from the building. Dozens of Serbs were also hurt, hospital officials said.

On Friday, Kosovo police had forced their way through crowds in Zvecan and two other towns to escort the new mayors into their offices. The mayors were elected in April in a vote that most Serbs boycotted.

Serbian President Aleksandar Vucic put the army on its highest state of alert the same day and ordered units to move closer to the boundary with Kosovo.

NATO Secretary-General Jens Stoltenberg on Tuesday condemned the attacks on the peacekeepers as unprovoked and unacceptable.

Kosovo's prime minister, Albin Kurti, blamed Belgrade for the violence, calling the protesters a militia run from Serbia. Washington, his government's closest ally, in turn rebuked Kurti for using police to seat the mayors against the advice of Western diplomats.

Serbs make up most of the population in four northern municipalities, while ethnic Albanians are about 90 percent of Kosovo's people.

It was not clear who had called the protesters out, and no arrests were reported.
""")
KSERB = A("Kosovo Serb protesters", "XKX", ["CVL", "OPP"])
KFOR = A("NATO-led peacekeepers (KFOR)", "NAT", ["IGO", "MIL"])
KOSCOP = A("Kosovo police", "XKX", "COP")
KOSGOV = A("Kosovo's government", "XKX", "GOV")
SRBGOV = A("Serbia's government", "SRB", "GOV")
E("by07", "Serb protesters clash with NATO troops in", KSERB, KFOR, CLASH, "145", "2023-05-29", None, False,
  "headline; Kosovo coded XKX (the user-assigned ISO code) as the place where these Serbs live, NATO as NAT/IGO "
  "(three letters as the validator needs)")
E("by07", "Ethnic Serbs protesting against the installation of", KSERB, KFOR, CLASH, "145", "2023-05-29",
  P("Zvecan", "XKX"), True, "a riot and a clash with troops 145 (clash roots 19/18/14, as owned54 bc09); the "
  "first-mentioned side as source; 'here' with the ZVECAN dateline; 'on Monday' before a Tuesday paper; the "
  "soldiers' nationalities do not make the force Italian or Hungarian")
E("by07", "Ethnic Serbs protesting against the installation of", KFOR, KSERB, CLASH, "190", "2023-05-29",
  P("Zvecan", "XKX"), False, "reverse direction of the clash: optional")
E("by07", "who fired tear gas and stun grenades", KFOR, KSERB, REPR, "175", "2023-05", None, False,
  "the troops' response elaborating the clash, in a relative: optional; no day in the sentence")
E("by07", "Kosovo police had forced their way through", KOSCOP, KSERB, REPR, "175", "2023-05-26", P("Zvecan", "XKX"), True,
  "police pushing through protesters 175 (17/18); 'On Friday' before a Tuesday paper; 'in Zvecan and two other towns' "
  "names Zvecan first")
E("by07", "in a vote that most Serbs boycotted", A("Kosovo Serbs", "XKX", ["CVL", "OPP"]), KOSGOV, ["14"], "143",
  "2023-04", None, True, "election boycott 143; dated background ('in April') in a relative with its own agent")
E("by07", "Aleksandar Vucic put the army on its", A("Aleksandar Vucic", "SRB", "GOV"), KOSGOV, ["15"], "152",
  "2023-05-26", None, True, "raising the military alert 152; 'the same day' = Friday")
E("by07", "ordered units to move closer to the", A("Aleksandar Vucic", "SRB", "GOV"), KOSGOV, ["15"], "154",
  "2023-05-26", None, False, "moving troops, second verb: optional (15 either way)")
E("by07", "Jens Stoltenberg on Tuesday condemned the attacks", A("Jens Stoltenberg", "NAT", "IGO"), KSERB, ["11"], "111",
  "2023-05-30", None, True, "condemnation 111; the story turns on the attack on NATO's troops, so NATO's word is not "
  "a single outside reaction; 'on Tuesday' in a Tuesday paper")
E("by07", "Albin Kurti, blamed Belgrade for the violence", A("Albin Kurti", "XKX", "GOV"), SRBGOV, ["11"], "112", "2023-05",
  None, True, "blame 112; 'Belgrade' = Serbia's government (a city for a government is an actor); month")
E("by07", "in turn rebuked Kurti for using police", A("United States", "USA", "GOV"), A("Albin Kurti", "XKX", "GOV"),
  ["11"], "111", "2023-05", None, False, "'Washington' = the United States; an outside rebuke: optional")
F("by07", "Serbs make up most of the population", "standing situation and figures")
F("by07", "It was not clear who had called", "speculation and a negated arrest")

# ---------------------------------------------------------------- by08 London, Europe/Eurasia (Britain)
S("by08", "2005-07-08", "Europe/Eurasia", """
Bombs tear through London trains and bus in rush hour, killing dozens

LONDON, Britain —

Three bombs exploded on Underground trains and a fourth tore the roof off a double-decker bus in central London during the morning rush hour on Thursday, killing at least 37 people and wounding about 700, police said.

Prime Minister Tony Blair, who was hosting a summit of the Group of Eight leaders at Gleneagles in Scotland, condemned the attacks as barbaric and flew back to the capital for an emergency meeting of ministers.

A group calling itself the Secret Organisation of al-Qaeda in Europe claimed responsibility on an Islamist website, saying the bombings punished Britain for its role in Iraq and Afghanistan. It threatened Italy and Denmark with similar attacks unless they pulled their troops out of Iraq.

Foreign Secretary Jack Straw said the bombings bore the hallmarks of al-Qaeda, but that the claim could not yet be verified.

Home Secretary Charles Clarke ordered hundreds of extra officers onto the streets, and U.S. authorities raised the alert level for buses and trains across the United States.

Last year, bombs planted by Islamist militants on commuter trains in Madrid killed 191 people.

Police Commissioner Ian Blair said there had been no warning and that no arrests had yet been made.

The attacks came a day after London was chosen to host the 2012 Olympic Games, setting off celebrations in Trafalgar Square.
""")
BOMBERS = A("unidentified bombers", None, None)
LONDONERS = A("London commuters", "GBR", "CVL")
AQE = A("Secret Organisation of al-Qaeda in Europe", None, ["RAD", "UAF"])
E("by08", "Bombs tear through London trains and bus", BOMBERS, LONDONERS, ATTACK, "183", "2005-07-07", P("London", "GBR"),
  False, "headline")
E("by08", "Three bombs exploded on Underground trains and", BOMBERS, LONDONERS, ATTACK, "183", "2005-07-07",
  P("London", "GBR"), True, "bombing 183 (18/19/20) by unnamed bombers (null/null, news-dev); 'in central London'; "
  "'on Thursday' before a Friday paper; the police count is attribution")
E("by08", "a fourth tore the roof off a", BOMBERS, LONDONERS, ATTACK, "183", "2005-07-07", P("London", "GBR"), False,
  "the bus bomb, second clause of the same attack: optional")
E("by08", "condemned the attacks as barbaric and flew", A("Tony Blair", "GBR", "GOV"), BOMBERS, ["11"], "111", "2005-07",
  None, True, "condemnation 111; Gleneagles is in the relative about the summit, not the clause: no place; flying "
  "back is no event; month")
E("by08", "A group calling itself the Secret Organisation", AQE, A("Britain", "GBR", "GOV"), ["11"], "112", "2005-07", None,
  False, "the claim and its charge against Britain: no clear CAMEO class, optional")
E("by08", "It threatened Italy and Denmark with similar", AQE, A("Italy", "ITA", "GOV"), ["13"], "138", "2005-07", None,
  True, "threat of attack 138 (13); 'It' = the group; first member of the compound object; month")
E("by08", "It threatened Italy and Denmark with similar", AQE, A("Denmark", "DNK", "GOV"), ["13"], "138", "2005-07", None,
  False, "second member: optional")
E("by08", "said the bombings bore the hallmarks of", A("Jack Straw", "GBR", "GOV"), A("al-Qaeda", None, ["RAD", "UAF"]),
  ["11"], "112", "2005-07", None, False, "a hedged attribution, not a firm accusation: optional")
E("by08", "Charles Clarke ordered hundreds of extra officers", A("Charles Clarke", "GBR", "GOV"), None, ["15"], "153",
  "2005-07", None, True, "more police on the streets 153 (15); target null; month")
E("by08", "U.S. authorities raised the alert level for", A("U.S. government", "USA", "GOV"), None, ["15"], "151",
  "2005-07", None, False, "raised alert at home, an outside reaction: optional")
E("by08", "bombs planted by Islamist militants on commuter", A("Islamist militants", None, ["RAD", "UAF"]),
  A("Madrid commuters", "ESP", "CVL"), ATTACK, "183", "2004", P("Madrid", "ESP"), True,
  "dated background ('Last year' = 2004), a passive with its agent; 'in Madrid' names the place")
F("by08", "Police Commissioner Ian Blair said there had", "negated warning and negated arrests")
F("by08", "The attacks came a day after London", "agentless choice of a host city, no political event")

# ---------------------------------------------------------------- by09 Caracas, Americas (Venezuela)
S("by09", "2017-07-06", "Americas", """
Government supporters storm Venezuela's congress, beat opposition lawmakers

CARACAS, Venezuela —

Dozens of government supporters, some armed with sticks and metal pipes, stormed Venezuela's opposition-controlled National Assembly on Wednesday, beating several lawmakers and trapping hundreds of people inside the building for hours.

Opposition deputy Americo De Grazia was carried out on a stretcher with a head wound, and at least four other legislators were treated for injuries, colleagues said.

Earlier in the day, Vice President Tareck El Aissami had entered the chamber uninvited for an Independence Day ceremony and urged supporters of the government to gather outside.

National Guard troops posted at the gates did nothing to stop the attackers, witnesses said.

President Nicolas Maduro condemned the violence and said he had ordered an investigation. But the assembly's president, Julio Borges, accused him of sending the groups, which Venezuelans call "colectivos", to intimidate the legislature.

The State Department called the attack an assault on democracy, and Peru and Colombia also protested.

In March the Supreme Court stripped the assembly of its powers, setting off three months of street protests, before reversing most of its ruling days later.

More than 90 people have died in the unrest, which Maduro blames on the opposition.
""")
COLECT = A("pro-government colectivos", "VEN", ["CVL", "GOV"])
VENASM = A("Venezuela's National Assembly", "VEN", ["LEG", "OPP"])
MADURO = A("Nicolas Maduro", "VEN", "GOV")
E("by09", "Government supporters storm Venezuela's congress, beat opposition", COLECT, VENASM, ["18", "14", "17"], "180",
  "2017-07-05", None, False, "headline")
E("by09", "stormed Venezuela's opposition-controlled National Assembly on Wednesday", COLECT, VENASM, ["18", "14", "17"],
  "180", "2017-07-05", None, True, "armed assault on the legislature 180 (18; 14 and 17 also right); 'on Wednesday' "
  "before a Thursday paper; the Assembly is the target, not a place (Caracas not in the clause)")
E("by09", "beating several lawmakers and trapping hundreds of", COLECT, A("Venezuelan opposition lawmakers", "VEN",
  ["LEG", "OPP"]), ["18"], "182", "2017-07-05", None, False, "the beating, participle elaborating the storming: "
  "optional")
E("by09", "urged supporters of the government to gather", A("Tareck El Aissami", "VEN", "GOV"),
  A("Venezuelan government supporters", "VEN", "CVL"), DEMAND, "100", "2017-07-05", None, True,
  "appeal 10 in a dated pluperfect ('Earlier in the day', Wednesday); entering the chamber is no coded event")
E("by09", "President Nicolas Maduro condemned the violence and", MADURO, COLECT, ["11"], "111", "2017-07", None, True,
  "condemnation 111 (of his own supporters' violence); the ordered investigation is no event; month")
E("by09", "Julio Borges, accused him of sending the", A("Julio Borges", "VEN", ["LEG", "OPP"]), MADURO, ["11"], "112",
  "2017-07", None, True, "accusation 112; 'him' = Maduro; month")
E("by09", "The State Department called the attack an", A("U.S. State Department", "USA", "GOV"), A("Venezuela's "
  "government", "VEN", "GOV"), ["11"], "111", "2017-07", None, True, "criticism 111; first of the foreign reactions "
  "in a compound sentence (required as the first member: the story reports them as a group)")
E("by09", "and Peru and Colombia also protested", A("Peru", "PER", "GOV"), A("Venezuela's government", "VEN", "GOV"),
  ["11"], "111", "2017-07", None, False, "second and third members: optional (one line for the first of them)")
E("by09", "In March the Supreme Court stripped the", A("Venezuela's Supreme Court", "VEN", ["JUD", "GOV"]), VENASM,
  ["17", "12", "11"], "172", "2017-03", None, True, "dated background ('In March'): a court taking a legislature's "
  "powers 172 (17/12/11, as owned35's court and parliament removals)")
E("by09", "before reversing most of its ruling days", A("Venezuela's Supreme Court", "VEN", ["JUD", "GOV"]), VENASM,
  ["08"], "081", "2017-03", None, False, "partial reversal 081, participle: optional")
F("by09", "National Guard troops posted at the gates", "negated act ('did nothing')")
F("by09", "More than 90 people have died in", "count; Maduro's standing blame is a present-tense habit")

# ---------------------------------------------------------------- by10 Bogota, Americas (Colombia)
S("by10", "2019-01-19", "Americas", """
Colombia ends peace talks with ELN rebels after Bogota police academy bombing

BOGOTA, Colombia —

President Ivan Duque called off peace talks with the National Liberation Army on Friday, a day after a car bomb killed 20 police cadets at an academy in the capital, and asked Cuba to arrest the rebel negotiators staying in Havana.

Prosecutor General Nestor Humberto Martinez said the bomber, who died in the blast, had been an explosives expert for the rebel group, known as the ELN, for more than two decades.

Duque said the ELN had shown it had no real will for peace and revoked the decrees that had suspended arrest warrants for its 10 negotiators.

Cuba, which has hosted the talks, said it would act in strict respect of the protocols signed by both sides, which provide for the negotiators' safe return if the process breaks down.

Police arrested a man suspected of helping to prepare the attack on Friday, officials said.

The talks opened in 2017 under Duque's predecessor, Juan Manuel Santos, who signed a peace accord with the much larger FARC rebels in 2016.

The United States condemned the bombing and called for the attackers to be brought to justice.

The ELN, which is believed to have about 2,000 fighters, did not immediately comment on the accusation.

Thousands of Colombians were expected to march against violence in cities across the country on Sunday.
""")
COLGOV = A("Colombia's government", "COL", "GOV")
DUQUE = A("Ivan Duque", "COL", "GOV")
ELN = A("National Liberation Army (ELN)", "COL", ["REB", "RAD"])
E("by10", "Colombia ends peace talks with ELN rebels", COLGOV, ELN, ["12", "16"], "125", "2019-01-18", None, False,
  "headline")
E("by10", "President Ivan Duque called off peace talks", DUQUE, ELN, ["12", "16"], "125", "2019-01-18", None, True,
  "ending negotiations 125 (12; 16 also right, a break in relations); 'on Friday' before a Saturday paper")
E("by10", "a day after a car bomb killed", A("unidentified bomber", None, None),
  A("Colombian police cadets", "COL", "COP"), ATTACK, "183", "2019-01-17", P("Bogota", "COL"), True,
  "car bomb 183 (18/19/20); the bomber is unnamed here (null/null, news-dev), the ELN link comes in the next "
  "paragraph as the prosecutor's charge; 'a day after' = Thursday; 'in the capital' with the BOGOTA dateline")
E("by10", "asked Cuba to arrest the rebel negotiators", DUQUE, A("Cuba", "CUB", "GOV"), DEMAND, "100", "2019-01-18", None,
  True, "request to arrest and hand over 10 (10/02); third verb of the lead with its own object; same day")
E("by10", "Nestor Humberto Martinez said the bomber, who", A("Nestor Humberto Martinez", "COL", ["JUD", "GOV"]), ELN,
  ["11"], "112", "2019-01", None, True, "accusation 112 (the bomber was the ELN's man); month")
E("by10", "revoked the decrees that had suspended arrest", DUQUE, ELN, ["17", "16"], "172", "2019-01", None, False,
  "restoring arrest warrants 172, second verb: optional")
E("by10", "said it would act in strict respect", A("Cuba", "CUB", "GOV"), COLGOV, ["12"], "120", "2019-01", None, False,
  "an implied refusal put as an intention: optional")
E("by10", "Police arrested a man suspected of helping", A("Colombian police", "COL", "COP"),
  A("bombing suspect", "COL", ["CRM", "CVL"]), ["17"], "173", "2019-01-18", None, True,
  "arrest 173 reported by officials, undisputed; 'on Friday'")
E("by10", "The talks opened in 2017 under Duque's", COLGOV, ELN, ["04"], "046", "2017", None, False,
  "agentless background ('The talks opened'): optional")
E("by10", "who signed a peace accord with the", A("Juan Manuel Santos", "COL", "GOV"), A("FARC", "COL", ["REB", "RAD"]),
  AGREE, "057", "2016", None, True, "dated background in a relative with its own agent ('in 2016'): signed deal 057 "
  "(05/03/08); first-mentioned direction")
E("by10", "who signed a peace accord with the", A("FARC", "COL", ["REB", "RAD"]), A("Juan Manuel Santos", "COL", "GOV"),
  AGREE, "057", "2016", None, False, "reverse direction: optional")
E("by10", "The United States condemned the bombing and", A("United States", "USA", "GOV"), A("unidentified bomber", None,
  None), ["11"], "111", "2019-01", None, False, "single outside reaction: optional")
F("by10", "The ELN, which is believed to have", "negated comment and a count")
F("by10", "Thousands of Colombians were expected to march", "expected future march, no event yet")

# ---------------------------------------------------------------- by11 Islamabad, South Asia (Pakistan)
S("by11", "2017-11-28", "South Asia", """
Pakistan's law minister quits as Islamists end siege of capital under army-brokered deal

ISLAMABAD, Pakistan —

Pakistan's law minister, Zahid Hamid, resigned on Monday, meeting the main demand of Islamist protesters who had blocked the main road into the capital for three weeks, and the protest leaders called off their sit-in under an agreement brokered by the army.

The deal came two days after police and paramilitary forces tried to clear the Faizabad interchange with tear gas and batons, setting off clashes in which six people were killed and some 200 injured.

As the violence spread to Lahore, Karachi and other cities, the government ordered private news channels off the air, blocked social media sites and asked the army to restore order.

Army chief Qamar Javed Bajwa urged the government to settle the dispute peacefully.

The protesters, led by the cleric Khadim Hussain Rizvi, had demanded Hamid's dismissal over a change to the oath sworn by election candidates that they said softened its wording on the finality of the Prophet Mohammed. The government said the change was a clerical error and restored the original wording in October.

On Monday Justice Shaukat Aziz Siddiqui of the Islamabad High Court criticised the military's role as mediator, asking how serving officers could put their names to such a deal.

Blasphemy is punishable by death under Pakistani law, although no one has been executed for it.

It was not clear whether protesters detained since Saturday would be freed under the agreement.
""")
TLP = A("Tehreek-e-Labaik protesters", "PAK", ["RAD", "PTY", "CVL"])
PAKGOV = A("Pakistan's government", "PAK", "GOV")
PAKCOP = A("Pakistani police", "PAK", "COP")
PAKMIL = A("Pakistan's army", "PAK", "MIL")
E("by11", "Pakistan's law minister quits as Islamists end", A("Zahid Hamid", "PAK", "GOV"), TLP, ["08"], "0831",
  "2017-11-27", None, False, "headline")
E("by11", "Zahid Hamid, resigned on Monday, meeting the", A("Zahid Hamid", "PAK", "GOV"), TLP, ["08"], "0831", "2017-11-27",
  None, True, "resignation under protest pressure 0831, protesters as implied target (news-dev d09); 'on Monday' "
  "before a Tuesday paper")
E("by11", "who had blocked the main road into", TLP, PAKGOV, ["14"], "144", "2017-11", P("Islamabad", "PAK"), False,
  "road block 144 over three weeks, in a relative: optional (owned35: road blocks optional); 'the capital' with "
  "the ISLAMABAD dateline")
E("by11", "the protest leaders called off their sit-in", TLP, PAKGOV, ["08"], "082", "2017-11-27", None, True,
  "ending a protest 082 (ease political dissent), second clause with its own subject; same day")
E("by11", "under an agreement brokered by the army", PAKGOV, TLP, AGREE, "057", "2017-11", None, False,
  "nominal agreement; the army's mediation is a passive: optional")
E("by11", "tried to clear the Faizabad interchange with", PAKCOP, TLP, REPR, "175", "2017-11-25", P("Faizabad", "PAK"),
  True, "police force against a sit-in 175 (17/18); 'two days after' Monday = Saturday; first member of the "
  "compound subject; 'the Faizabad interchange' names the place")
E("by11", "tried to clear the Faizabad interchange with", A("Pakistani paramilitary forces", "PAK", ["MIL", "COP"]), TLP,
  REPR, "175", "2017-11-25", P("Faizabad", "PAK"), False, "second member: optional")
E("by11", "the government ordered private news channels off", PAKGOV, A("Pakistani news channels", "PAK", "MED"), ["17"],
  "1721", "2017-11", None, True, "taking channels off the air 1721 (as owned21 d04's shutdown); no day: month; "
  "the cities are where the violence spread, not where the order was given")
E("by11", "blocked social media sites and asked the", PAKGOV, A("social media platforms", None, "BUS"), ["17", "16"],
  "1721", "2017-11", None, False, "second verb: optional (as owned35 ai11's platforms, null/BUS)")
E("by11", "Army chief Qamar Javed Bajwa urged the", A("Qamar Javed Bajwa", "PAK", "MIL"), PAKGOV, DEMAND, "100", "2017-11",
  None, True, "appeal 10 (10/02); month")
E("by11", "had demanded Hamid's dismissal over a change", TLP, PAKGOV, DEMAND, "1041", "2017-11", None, True,
  "demand for a minister's removal 1041, undated pluperfect: month (the sit-in began in November)")
E("by11", "restored the original wording in October", PAKGOV, A("Pakistani Islamist parties", "PAK", ["RAD", "PTY"]),
  ["08"], "083", "2017-10", None, True, "dated background concession ('in October') 083; the claim of a clerical "
  "error is no event")
E("by11", "Justice Shaukat Aziz Siddiqui of the Islamabad", A("Shaukat Aziz Siddiqui", "PAK", "JUD"), PAKMIL, ["11"],
  "111", "2017-11-27", None, True, "criticism 111; 'On Monday'; 'of the Islamabad High Court' is a title, not a place")
F("by11", "Blasphemy is punishable by death under Pakistani", "definition and a negated execution")
F("by11", "It was not clear whether protesters detained", "speculation")

# ---------------------------------------------------------------- by12 Wellington, Pacific (New Zealand)
S("by12", "2007-10-16", "Pacific", """
New Zealand police arrest 17 in raids over alleged guerrilla training camps

WELLINGTON, New Zealand —

New Zealand police arrested 17 people in dawn raids across the country on Monday, saying they had uncovered military-style training camps in the remote Urewera ranges where firearms and petrol bombs had been tested.

Among those held was Tame Iti, a well-known activist of the Tuhoe tribe, officers said.

Armed police sealed off the small Tuhoe settlement of Ruatoki for several hours, stopping and searching cars and boarding a school bus, residents said.

The suspects appeared in court in Auckland and Whakatane on Tuesday on firearms charges. Police said they might also seek charges under the Terrorism Suppression Act, which has never been used since it was passed after the Sept. 11 attacks.

Maori Party co-leader Pita Sharples accused police of terrorising an entire community and demanded an apology to the people of Ruatoki.

Prime Minister Helen Clark defended the operation, saying she had been briefed beforehand but that police had acted on their own evidence.

In 2005 Iti fired a shotgun at a New Zealand flag during a hearing on Tuhoe land claims.

About 100 supporters of the detained rallied outside police stations in Auckland on Tuesday, demanding their release.

The Tuhoe never signed the 1840 Treaty of Waitangi, and many regard the Urewera as their own land.
""")
NZCOP = A("New Zealand police", "NZL", "COP")
NZACT = A("New Zealand activists", "NZL", ["CVL", "RAD"])
ITI = A("Tame Iti", "NZL", ["CVL", "RAD"])
E("by12", "New Zealand police arrest 17 in raids", NZCOP, NZACT, ["17"], "173", "2007-10-15", None, False, "headline")
E("by12", "New Zealand police arrested 17 people in", NZCOP, NZACT, ["17"], "173", "2007-10-15", None, True,
  "arrests 173; 'on Monday' before a Tuesday paper; 'across the country' names no place; the camps the police "
  "describe are their own account and no event")
E("by12", "Among those held was Tame Iti, a", NZCOP, ITI, ["17"], "173", "2007-10-15", None, False,
  "agentless restatement for one of the detained: optional")
E("by12", "Armed police sealed off the small Tuhoe", NZCOP, A("Ruatoki residents", "NZL", "CVL"), ["19", "17"], "191",
  "2007-10", P("Ruatoki", "NZL"), True, "sealing off a settlement 191 (restrict movement; 17 also right); residents' "
  "account, nobody disputes it; no day in the sentence: month; Ruatoki named")
E("by12", "The suspects appeared in court in Auckland", A("New Zealand courts", "NZL", "JUD"), NZACT, ["17", "11"], "173",
  "2007-10-16", P("Auckland", "NZL"), False, "a court appearance on charges, no act of the court told: optional")
E("by12", "Pita Sharples accused police of terrorising an", A("Pita Sharples", "NZL", ["PTY", "LEG"]), NZCOP, ["11"],
  "112", "2007-10", None, True, "accusation 112; 'Maori Party co-leader' title; month")
E("by12", "demanded an apology to the people of", A("Pita Sharples", "NZL", ["PTY", "LEG"]), NZCOP, DEMAND, "100",
  "2007-10", None, False, "demand for an apology, second verb: optional")
E("by12", "Prime Minister Helen Clark defended the operation", A("Helen Clark", "NZL", "GOV"), NZCOP, ["05"], "051",
  "2007-10", None, True, "verbal support 051; month")
E("by12", "In 2005 Iti fired a shotgun at", ITI, A("New Zealand's government", "NZL", "GOV"), ["14", "18"], "145",
  "2005", None, True, "dated background protest act with a weapon 145 (14; 18 also right); the hearing gives no "
  "place")
E("by12", "rallied outside police stations in Auckland on", A("supporters of the detained", "NZL", ["CVL", "RAD"]), NZCOP,
  ["14"], "141", "2007-10-16", P("Auckland", "NZL"), True, "demonstration 141; 'on Tuesday' in a Tuesday paper; "
  "'in Auckland' names the place")
E("by12", "on Tuesday, demanding their release", A("supporters of the detained", "NZL", ["CVL", "RAD"]), NZCOP, DEMAND, "1053",
  "2007-10-16", P("Auckland", "NZL"), False, "demand for release in the participle: optional")
F("by12", "Police said they might also seek charges", "hypothetical charges; the law's passing is an agentless aside")
F("by12", "The Tuhoe never signed the 1840 Treaty", "negated act and standing situation")

if __name__ == "__main__":
    write(HERE)
